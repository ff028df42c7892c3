"""A corpus of LKj not made by lakip: nine offices of eight different kinds, each written in the
wording and headings such offices publish (RINGKASAN EKSEKUTIF, "B A B I", "Capaian Kinerja
Organisasi", tables numbered "Tabel 3.1"...), with planted errors and the findings a reviewer
expects, listed by hand (comments give the arithmetic).

One declaration per document (`LKj`): its blocks (headings, paragraphs, captioned tables) and
its expected findings. `bangun_docx` writes it as Word would (python-docx, Heading styles,
bordered tables); tests/test_reviu_korpus.py converts each .docx to PDF once per session with
LibreOffice and asserts the same findings from both.

    python tests/lkj_korpus.py FOLDER     # write every document to FOLDER, to open them by hand
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt


@dataclass(frozen=True)
class H:
    """A heading (level 1 for chapters, 2 for sections)."""

    teks: str
    level: int = 1


@dataclass(frozen=True)
class P:
    """A paragraph of running text."""

    teks: str


@dataclass(frozen=True)
class T:
    """A table with its caption above it ("Tabel 3.1 ..."); the first row is the header.
    `gabung`: cells merged as Word merges them, (first row, column, last row, column)."""

    judul: str
    baris: tuple[tuple[str, ...], ...]
    gabung: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True)
class Harap:
    """An expected finding: its kind, a part of its location (for a Kelengkapan finding, the
    "butir X" of its basis), the printed value and the value it should have."""

    jenis: str
    lokasi: str
    tertulis: str
    seharusnya: str


def kurang(kode: str) -> Harap:
    """A part of PermenPANRB 53/2014 the document lacks."""
    return Harap("Kelengkapan", f"butir {kode}", "(tidak ada)", "")


@dataclass(frozen=True)
class LKj:
    """One office's report: its kind, its blocks and the findings it must give."""

    nama: str
    kantor: str
    blok: tuple[H | P | T | DI, ...]
    harap: tuple[Harap, ...]


def _t(judul: str, *baris: str, gabung: tuple[tuple[int, int, int, int], ...] = ()) -> T:
    """A table from "a | b | c" rows."""
    return T(judul, tuple(tuple(x.strip() for x in b.split("|")) for b in baris), gabung)


def _pengantar(kantor: str, tahun: int, tempat: str, jabatan: str, nama: str) -> tuple:
    return (
        H("KATA PENGANTAR"),
        P(f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, sehingga Laporan Kinerja "
          f"{kantor} Tahun {tahun} dapat diselesaikan tepat waktu sesuai Peraturan Menteri "
          "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014."),
        P("Laporan ini merupakan wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi "
          "serta pengelolaan sumber daya yang dipercayakan kepada kami selama satu tahun."),
        P(f"{tempat}, Februari {tahun + 1}"),
        P(f"{jabatan},"),
        P(nama),
        P("NIP. 19720315 199803 1 004"),
    )


@dataclass(frozen=True)
class DI:
    """A Daftar Isi line as Word's TOC writes it: title, a tab with a dot leader, the page."""

    judul: str
    halaman: str


def _daftar_isi(*baris: str) -> tuple:
    """Lines typed with dots ("BAB I PENDAHULUAN .......... 1")."""
    return (H("DAFTAR ISI"), *(P(b) for b in baris))


def _daftar_isi_word(*baris: str) -> tuple:
    """The same lines as Word's table of contents lays them out (tab stop with dot leader)."""
    isi = [b.rsplit(" .......... ", 1) for b in baris]
    return (H("DAFTAR ISI"), *(DI(j, h) for j, h in isi))


def _lampiran_pk(kantor: str, tahun: int, pertama: str, kedua: str, *indikator: str) -> tuple:
    return (
        H("LAMPIRAN"),
        P(f"PERJANJIAN KINERJA TAHUN {tahun}"),
        P("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
          "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"),
        P(f"Nama: {pertama}, selanjutnya disebut PIHAK PERTAMA; Nama: {kedua}, selaku atasan "
          "langsung pihak pertama, selanjutnya disebut PIHAK KEDUA."),
        P(f"Pihak pertama berjanji akan mewujudkan target kinerja {kantor} yang seharusnya "
          "sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka "
          "menengah."),
        _t(f"Tabel L.1 Sasaran dan Target Perjanjian Kinerja Tahun {tahun}",
           "No | Indikator Kinerja | Target", *indikator),
    )


def _pernyataan(kantor: str, tahun: int, inspektur: str) -> tuple:
    return (
        H("PERNYATAAN TELAH DIREVIU"),
        P(f"Kami telah mereviu Laporan Kinerja {kantor} Tahun {tahun} sesuai Pedoman Reviu atas "
          "Laporan Kinerja dalam PermenPANRB 53/2014; substansi informasi adalah tanggung "
          "jawab manajemen."),
        P("Reviu bertujuan memberikan keyakinan terbatas mengenai akurasi, keandalan dan "
          "keabsahan data kinerja. Berdasarkan reviu kami tidak terdapat kondisi yang "
          "menimbulkan perbedaan dalam meyakini keandalan informasi tersebut."),
        P(f"Inspektur, {inspektur}, NIP. 19680512 199303 1 007"),
    )


# --- 1. Kecamatan: the office named twice ---------------------------------------------------

KECAMATAN = LKj("kecamatan-sukamaju-2024", "Kecamatan", (
    P("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)"),
    P("KECAMATAN SUKAMAJU KABUPATEN CIANJUR"),
    P("TAHUN 2024"),
    *_pengantar("Kecamatan Sukamaju Kabupaten Cianjur", 2024, "Sukamaju", "CAMAT SUKAMAJU",
                "Drs. ASEP SAEPULOH, M.Si"),
    H("IKHTISAR EKSEKUTIF"),
    P("Laporan Kinerja Kecamatan Sukamaju Tahun 2024 menyajikan capaian tiga indikator kinerja "
      "utama yang ditetapkan dalam Perjanjian Kinerja Camat dengan Bupati Cianjur tahun 2024."),
    P("Dua indikator mencapai predikat sangat tinggi dan satu indikator berpredikat sedang, "
      "yaitu kegiatan pemberdayaan masyarakat desa yang terkendala jadwal musim tanam."),
    *_daftar_isi("KATA PENGANTAR .......... i", "IKHTISAR EKSEKUTIF .......... ii",
                 "BAB I PENDAHULUAN .......... 1", "BAB II PERENCANAAN KINERJA .......... 5",
                 "BAB III AKUNTABILITAS KINERJA .......... 9", "BAB IV PENUTUP .......... 16",
                 "LAMPIRAN .......... 18"),
    H("BAB I PENDAHULUAN"),
    H("A. Latar Belakang", 2),
    P("Kecamatan Sukamaju merupakan perangkat daerah yang dipimpin oleh Camat dan berkedudukan "
      "di bawah serta bertanggung jawab kepada Bupati melalui Sekretaris Daerah Kabupaten."),
    P("Wilayah Kecamatan Sukamaju terdiri atas dua belas desa dengan jumlah penduduk sekitar "
      "empat puluh ribu jiwa yang sebagian besar bekerja di sektor pertanian."),
    H("BAB II PERENCANAAN KINERJA"),
    H("A. Rencana Strategis", 2),
    P("Rencana Strategis Kecamatan Sukamaju Tahun 2022-2026 menetapkan tujuan meningkatnya "
      "kualitas penyelenggaraan pemerintahan dan pelayanan publik di tingkat kecamatan."),
    H("B. Perjanjian Kinerja Tahun 2024", 2),
    _t("Tabel 2.1 Perjanjian Kinerja Kecamatan Sukamaju Tahun 2024",
       "No | Indikator Kinerja | Target",
       "1 | Persentase desa dengan tata kelola pemerintahan baik | 80 %",
       "2 | Persentase pelayanan administrasi selesai tepat waktu | 95 %",
       "3 | Jumlah kegiatan pemberdayaan masyarakat desa | 12 kegiatan"),
    H("BAB III AKUNTABILITAS KINERJA"),
    H("A. Capaian Kinerja Organisasi", 2),
    P("Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap indikator "
      "sasaran yang tercantum dalam Perjanjian Kinerja Tahun 2024, sebagai berikut."),
    # 84 / 80 = 105,00; 93,1 / 95 = 98,00; 9 / 12 = 75,00 (75 is not above 75: Sedang)
    _t("Tabel 3.1 Capaian Indikator Kinerja Kecamatan Sukamaju Tahun 2024",
       "No | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2023 | Realisasi 2024 | "
       "Capaian (%) | Predikat | Target Akhir Renstra (2026)",
       "1 | Persentase desa dengan tata kelola pemerintahan baik | % | 80 | 75 | 84 | 105,00 | "
       "Sangat Tinggi | 90",
       "2 | Persentase pelayanan administrasi selesai tepat waktu | % | 95 | 90 | 93,1 | 98,00 | "
       "Sangat Tinggi | 98",
       "3 | Jumlah kegiatan pemberdayaan masyarakat desa | kegiatan | 12 | 10 | 9 | 75,00 | "
       "Sedang | 15"),
    P("Faktor pendukung keberhasilan adalah komitmen aparatur desa, sedangkan faktor penghambat "
      "kegiatan pemberdayaan adalah jadwal musim tanam yang bersamaan dengan pelatihan."),
    P("Untuk indikator kecamatan belum terdapat standar nasional sehingga perbandingan "
      "dilakukan terhadap target Renstra dan realisasi tahun sebelumnya."),
    H("B. Realisasi Anggaran", 2),
    # programs: 300.000.000 + 120.000.000 = 420.000.000; 288.000.000 + 110.250.000 =
    # 398.250.000; Jumlah 570.000.000 and 539.250.000 / 570.000.000 = 94,61
    _t("Tabel 3.2 Realisasi Anggaran Kecamatan Sukamaju Tahun 2024",
       "No | Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | Serapan (%)",
       " | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 420.000.000 | "
       "398.250.000 | 94,82",
       "1 | Administrasi Keuangan Perangkat Daerah | 300.000.000 | 288.000.000 | 96,00",
       "2 | Administrasi Umum Perangkat Daerah | 120.000.000 | 110.250.000 | 91,88",
       " | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik | 150.000.000 | "
       "141.000.000 | 94,00",
       "3 | Penyelenggaraan Urusan Pemerintahan yang Dilimpahkan kepada Camat | 150.000.000 | "
       "141.000.000 | 94,00",
       "Jumlah | | 570.000.000 | 539.250.000 | 94,61"),
    P("Efisiensi penggunaan anggaran tercermin dari capaian kinerja yang tinggi dengan serapan "
      "anggaran di bawah pagu pada seluruh program."),
    P("Program/kegiatan yang mendukung capaian adalah penyelenggaraan urusan pemerintahan yang "
      "dilimpahkan kepada camat, terutama pembinaan tata kelola pemerintahan desa."),
    H("BAB IV PENUTUP"),
    # planted: the neighbouring office's name left from the template
    P("Demikian Laporan Kinerja Kecamatan Sukaresmi Tahun 2024 ini disusun sebagai bahan "
      "evaluasi dan perbaikan kinerja pada tahun berikutnya."),
    *_lampiran_pk("Kecamatan Sukamaju", 2024, "Drs. ASEP SAEPULOH, M.Si", "Bupati Cianjur",
                  "1 | Persentase desa dengan tata kelola pemerintahan baik | 80 %"),
), (
    Harap("Konsistensi", "BAB IV", "Kecamatan Sukaresmi",
          "Kecamatan Sukamaju Kabupaten Cianjur"),
    kurang("L.REVIU"),
))

# --- 2. Dinas: a wrong capaian and an odd detail cell ---------------------------------------

DINAS = LKj("dinas-ketahanan-pangan-2024", "Dinas", (
    P("LAPORAN KINERJA"),
    P("DINAS KETAHANAN PANGAN KABUPATEN TANAH BUMBU"),
    P("TAHUN 2024"),
    *_pengantar("Dinas Ketahanan Pangan Kabupaten Tanah Bumbu", 2024, "Batulicin",
                "KEPALA DINAS KETAHANAN PANGAN", "Ir. H. SYAHRIAL, M.P."),
    H("RINGKASAN EKSEKUTIF"),
    P("Laporan Kinerja Dinas Ketahanan Pangan Kabupaten Tanah Bumbu Tahun 2024 disusun untuk "
      "mempertanggungjawabkan pencapaian sasaran strategis ketersediaan dan keamanan pangan."),
    # 306.250.000 / 325.000.000 x 100 = 94,23
    P("Realisasi belanja sebesar Rp 306.250.000 dari pagu Rp 325.000.000 atau 94,23%."),
    *_daftar_isi("KATA PENGANTAR .......... i", "RINGKASAN EKSEKUTIF .......... ii",
                 "BAB I PENDAHULUAN .......... 1", "BAB II PERENCANAAN KINERJA .......... 6",
                 "BAB III AKUNTABILITAS KINERJA .......... 11", "BAB IV PENUTUP .......... 22"),
    H("BAB I PENDAHULUAN"),
    H("1.1 Latar Belakang", 2),
    P("Dinas Ketahanan Pangan melaksanakan urusan pemerintahan bidang pangan yang menjadi "
      "kewenangan daerah, meliputi ketersediaan, distribusi, konsumsi dan keamanan pangan."),
    H("BAB II PERENCANAAN KINERJA"),
    H("2.1 Perjanjian Kinerja Tahun 2024", 2),
    _t("Tabel 2.1 Perjanjian Kinerja Dinas Ketahanan Pangan Tahun 2024",
       "No | Sasaran Strategis | Indikator Kinerja | Target",
       "1 | Meningkatnya ketersediaan pangan | Skor Pola Pangan Harapan (PPH) ketersediaan | "
       "92,9",
       "2 | Meningkatnya keamanan pangan segar | Persentase sampel pangan segar yang memenuhi "
       "syarat keamanan | 85 %"),
    H("BAB III AKUNTABILITAS KINERJA"),
    H("3.1 Capaian Kinerja Organisasi", 2),
    # planted: 72 / 92,9 x 100 = 77,50, printed 88,00 (Tinggi either way: above 75)
    # 88,4 / 85 = 104,00; 45 / 60 = 75,00 (Sedang)
    _t("Tabel 3.1 Capaian Kinerja Sasaran Strategis Tahun 2024",
       "No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Capaian (%) | "
       "Predikat",
       "1 | Meningkatnya ketersediaan pangan | Skor Pola Pangan Harapan (PPH) ketersediaan | "
       "92,9 | 72 | 88,00 | Tinggi",
       "2 | Meningkatnya keamanan pangan segar | Persentase sampel pangan segar yang memenuhi "
       "syarat keamanan | 85 | 88,4 | 104,00 | Sangat Tinggi",
       "3 | | Persentase desa rawan pangan yang ditangani | 60 | 45 | 75,00 | Sedang",
       gabung=((2, 1, 3, 1),)),  # one sasaran over its two indikator, merged as Word does
    P("Dibandingkan tahun 2023 yang mencapai skor 70,5, skor PPH ketersediaan tahun 2024 lebih "
      "tinggi, namun masih di bawah target nasional sebesar 95,2."),
    P("Kendala utama adalah alih fungsi lahan sawah dan keterbatasan cadangan pangan daerah."),
    H("3.2 Realisasi Anggaran", 2),
    # planted: Penyediaan dan Penyaluran Pangan Pokok typed 105.000.000; Tabel 3.4 prints
    # 150.000.000 and the program row 230.000.000 = 150.000.000 + 80.000.000 agrees with it
    # (105.000.000 + 80.000.000 = 185.000.000); its serapan 140.000.000 / 150.000.000 = 93,33
    _t("Tabel 3.3 Realisasi Anggaran per Program dan Kegiatan Tahun 2024",
       "No | Program/Kegiatan | Pagu Anggaran (Rp) | Realisasi (Rp) | Serapan (%)",
       " | Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat | 230.000.000 | "
       "216.000.000 | 93,91",
       "1 | Penyediaan dan Penyaluran Pangan Pokok | 105.000.000 | 140.000.000 | 93,33",
       "2 | Pengembangan Pangan Lokal | 80.000.000 | 76.000.000 | 95,00",
       " | Program Pengawasan Keamanan Pangan | 95.000.000 | 90.250.000 | 95,00",
       "3 | Pengawasan Keamanan dan Mutu Pangan Segar | 95.000.000 | 90.250.000 | 95,00",
       "Jumlah | | 325.000.000 | 306.250.000 | 94,23"),
    # 150.000.000 + 80.000.000 + 95.000.000 = 325.000.000; 140.000.000 + 76.000.000 +
    # 90.250.000 = 306.250.000
    _t("Tabel 3.4 Anggaran Penunjang Sasaran Strategis Tahun 2024",
       "No | Sasaran Strategis | Kegiatan | Anggaran (Rp) | Realisasi (Rp) | Serapan (%)",
       "1 | Meningkatnya ketersediaan pangan | Penyediaan dan Penyaluran Pangan Pokok | "
       "150.000.000 | 140.000.000 | 93,33",
       "2 | Meningkatnya ketersediaan pangan | Pengembangan Pangan Lokal | 80.000.000 | "
       "76.000.000 | 95,00",
       "3 | Meningkatnya keamanan pangan segar | Pengawasan Keamanan dan Mutu Pangan Segar | "
       "95.000.000 | 90.250.000 | 95,00",
       "Jumlah | | | 325.000.000 | 306.250.000 | 94,23"),
    P("Efisiensi anggaran dicapai melalui pengadaan cadangan pangan bersama kabupaten "
      "tetangga, dengan serapan anggaran lebih rendah dari capaian kinerjanya."),
    P("Program/kegiatan yang menunjang capaian sasaran adalah penyediaan dan penyaluran pangan "
      "pokok serta pengawasan keamanan dan mutu pangan segar."),
    H("BAB IV PENUTUP"),
    P("Laporan Kinerja Dinas Ketahanan Pangan Kabupaten Tanah Bumbu Tahun 2024 menunjukkan "
      "bahwa sasaran keamanan pangan tercapai, sedangkan ketersediaan pangan perlu ditingkatkan."),
    *_pernyataan("Dinas Ketahanan Pangan Kabupaten Tanah Bumbu", 2024, "Drs. H. RUSLAN"),
    *_lampiran_pk("Dinas Ketahanan Pangan", 2024, "Ir. H. SYAHRIAL, M.P.", "Bupati Tanah Bumbu",
                  "1 | Skor Pola Pangan Harapan (PPH) ketersediaan | 92,9"),
), (
    Harap("Hitungan", "Tabel 3.1 ", "88,00", "77,50"),
    Harap("Hitungan", "Tabel 3.3 ", "105.000.000", "150.000.000"),
    kurang("III.3"),
))

# --- 3. Badan: a wrong kategori and a Keterangan column left empty --------------------------

BADAN = LKj("bkpsdm-lombok-timur-2024", "Badan", (
    P("LAPORAN KINERJA INSTANSI PEMERINTAH"),
    P("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN LOMBOK TIMUR"),
    P("TAHUN 2024"),
    *_pengantar("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Lombok Timur",
                2024, "Selong", "KEPALA BADAN", "H. MUHAMMAD HAIRI, S.H., M.H."),
    H("IKHTISAR EKSEKUTIF"),
    P("Laporan Kinerja Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Tahun 2024 "
      "memuat capaian sasaran profesionalitas aparatur dan kualitas layanan kepegawaian."),
    *_daftar_isi("KATA PENGANTAR .......... i", "IKHTISAR EKSEKUTIF .......... ii",
                 "BAB I PENDAHULUAN .......... 1", "BAB II PERENCANAAN KINERJA .......... 4",
                 "BAB III AKUNTABILITAS KINERJA .......... 8", "BAB IV PENUTUP .......... 19",
                 "LAMPIRAN .......... 21"),
    H("BAB I PENDAHULUAN"),
    P("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia merupakan unsur penunjang urusan "
      "pemerintahan bidang kepegawaian serta pendidikan dan pelatihan aparatur daerah."),
    H("BAB II PERENCANAAN KINERJA"),
    P("Sasaran strategis dalam Renstra 2021-2026 adalah meningkatnya profesionalitas aparatur "
      "sipil negara dan meningkatnya kualitas layanan administrasi kepegawaian."),
    H("C. Perjanjian Kinerja Tahun 2024", 2),
    _t("Tabel 2.1 Perjanjian Kinerja Tahun 2024",
       "No | Indikator Kinerja | Target",
       "1 | Indeks Profesionalitas ASN | 75",
       "2 | Persentase ASN yang memenuhi standar kompetensi jabatan | 60 %",
       "3 | Persentase layanan kepegawaian selesai sesuai standar waktu | 90 %"),
    H("BAB III AKUNTABILITAS KINERJA"),
    H("A. Pengukuran Capaian Kinerja", 2),
    # 71,25 / 75 = 95,00; 42 / 60 = 70,00 (planted "Tinggi": 70 lies above 65 up to 75,
    # Sedang on the Permendagri 86/2017 scale); 91,8 / 90 = 102,00; Keterangan left empty
    _t("Tabel 3.1 Pengukuran Kinerja Sasaran Tahun 2024",
       "No | Sasaran | Indikator Kinerja | Target | Realisasi | Capaian (%) | Kategori | "
       "Keterangan",
       "1 | Meningkatnya profesionalitas ASN | Indeks Profesionalitas ASN | 75 | 71,25 | 95,00 | "
       "Sangat Tinggi | ",
       "2 | | Persentase ASN yang memenuhi standar kompetensi jabatan | 60 | 42 | 70,00 | "
       "Tinggi | ",
       "3 | Meningkatnya kualitas layanan kepegawaian | Persentase layanan kepegawaian selesai "
       "sesuai standar waktu | 90 | 91,8 | 102,00 | Sangat Tinggi | ", gabung=((1, 1, 2, 1),)),
    P("Jika dibandingkan dengan tahun 2023 sebesar 68,4 poin, Indeks Profesionalitas ASN tahun "
      "ini meningkat; target akhir Renstra tahun 2026 sebesar 80 poin."),
    P("Penyebab rendahnya pemenuhan standar kompetensi adalah terbatasnya kuota pelatihan "
      "teknis dari pemerintah provinsi."),
    H("B. Realisasi Anggaran", 2),
    # 2.450 + 860 + 540 = 3.850 million; 2.303 + 791,2 + 507,6 = 3.601,8 million;
    # sisa 147 + 68,8 + 32,4 = 248,2 million; 3.601,8 / 3.850 = 93,55
    _t("Tabel 3.2 Realisasi Anggaran per Program Tahun 2024",
       "No | Uraian | Anggaran (Rp) | Realisasi (Rp) | Sisa Anggaran (Rp) | Serapan (%)",
       "1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 2.450.000.000 | "
       "2.303.000.000 | 147.000.000 | 94,00",
       "2 | Program Kepegawaian Daerah | 860.000.000 | 791.200.000 | 68.800.000 | 92,00",
       "3 | Program Pengembangan Sumber Daya Manusia | 540.000.000 | 507.600.000 | 32.400.000 | "
       "94,00",
       "Jumlah | | 3.850.000.000 | 3.601.800.000 | 248.200.000 | 93,55"),
    P("Analisis efisiensi menunjukkan seluruh program mencapai sasaran dengan serapan anggaran "
      "di bawah pagu, sehingga penggunaan sumber daya dinilai efisien."),
    P("Kegiatan penunjang utama adalah pengembangan kompetensi teknis dan sistem informasi "
      "kepegawaian daerah."),
    H("BAB IV PENUTUP"),
    P("Capaian kinerja tahun 2024 menjadi dasar perbaikan perencanaan pengembangan kompetensi "
      "aparatur pada tahun anggaran berikutnya."),
    *_lampiran_pk("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 2024,
                  "H. MUHAMMAD HAIRI, S.H., M.H.", "Bupati Lombok Timur",
                  "1 | Indeks Profesionalitas ASN | 75"),
), (
    Harap("Kategori", "Tabel 3.1 ", "Tinggi", "Sedang"),
    Harap("Penyajian", "Tabel 3.1 ", "kosong di 3 baris",
          "'Keterangan' diisi untuk tiap baris, atau kolomnya dihapus"),
    kurang("III.4"),
    kurang("L.REVIU"),
))

# --- 4. A provincial Bidang: nothing achieved, nothing spent, "Efisien" ---------------------

BIDANG = LKj("bidang-sampah-jabar-2024", "Bidang provinsi", (
    P("LAPORAN KINERJA BIDANG PENGELOLAAN SAMPAH DAN LIMBAH B3"),
    P("DINAS LINGKUNGAN HIDUP PROVINSI JAWA BARAT"),
    P("TAHUN 2024"),
    *_pengantar("Bidang Pengelolaan Sampah dan Limbah B3", 2024, "Bandung",
                "KEPALA BIDANG PENGELOLAAN SAMPAH DAN LIMBAH B3", "Ir. DEDE SUHERMAN, M.T."),
    H("RINGKASAN EKSEKUTIF"),
    P("Laporan Kinerja Bidang Pengelolaan Sampah dan Limbah B3 Tahun 2024 menguraikan capaian "
      "tiga indikator kinerja bidang beserta realisasi anggaran kegiatannya."),
    *_daftar_isi("KATA PENGANTAR .......... i", "RINGKASAN EKSEKUTIF .......... ii",
                 "BAB I PENDAHULUAN .......... 1",
                 "BAB II PERENCANAAN DAN PERJANJIAN KINERJA .......... 3",
                 "BAB III AKUNTABILITAS KINERJA .......... 6", "BAB IV PENUTUP .......... 14"),
    H("BAB I PENDAHULUAN"),
    P("Bidang Pengelolaan Sampah dan Limbah B3 membantu Kepala Dinas menyiapkan kebijakan dan "
      "fasilitasi pengelolaan sampah regional serta pengawasan limbah bahan berbahaya."),
    H("BAB II PERENCANAAN DAN PERJANJIAN KINERJA"),
    P("Perjanjian kinerja Kepala Bidang tahun 2024 memuat tiga indikator dengan target "
      "sebagaimana tercantum pada lampiran laporan ini."),
    H("BAB III AKUNTABILITAS KINERJA"),
    H("A. Capaian Kinerja", 2),
    # 38 / 40 = 95,00; 27 / 27 = 100,00; 64 / 80 = 80,00 (Tinggi: above 75)
    _t("Tabel 3.1 Capaian Indikator Kinerja Bidang Tahun 2024",
       "No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) | Predikat",
       "1 | Persentase sampah regional yang terolah di TPPAS | % | 40 | 38 | 95,00 | "
       "Sangat Tinggi",
       "2 | Jumlah kabupaten/kota yang difasilitasi pengurangan sampah | kab/kota | 27 | 27 | "
       "100,00 | Sangat Tinggi",
       "3 | Persentase pengelolaan limbah B3 fasyankes terpantau | % | 80 | 64 | 80,00 | "
       "Tinggi"),
    P("Bila dibandingkan dengan tahun 2023 sebesar 35%, sampah regional yang terolah di TPPAS "
      "naik menjadi 38% berkat beroperasinya zona pengolahan kedua."),
    P("Faktor penghambat kegiatan sistem informasi limbah B3 adalah belum tersedianya "
      "aplikasi nasional untuk integrasi data."),
    H("B. Realisasi Anggaran", 2),
    # 3.200 + 750 + 400 = 4.350 million; 3.040 + 712,5 + 0 = 3.752,5 million = 86,26 %
    _t("Tabel 3.2 Realisasi Anggaran Kegiatan Tahun 2024",
       "No | Kegiatan | Anggaran (Rp) | Realisasi (Rp) | Serapan (%)",
       "1 | Pengelolaan Sampah Regional | 3.200.000.000 | 3.040.000.000 | 95,00",
       "2 | Fasilitasi Pengurangan Sampah Kabupaten/Kota | 750.000.000 | 712.500.000 | 95,00",
       "3 | Pengembangan Sistem Informasi Limbah B3 | 400.000.000 | 0 | 0,00",
       "Jumlah | | 4.350.000.000 | 3.752.500.000 | 86,26"),
    # planted: the third kegiatan did nothing and spent nothing, yet is labelled Efisien
    _t("Tabel 3.3 Efisiensi Penggunaan Sumber Daya per Kegiatan",
       "No | Kegiatan | Capaian Kinerja (%) | Serapan Anggaran (%) | Efisiensi",
       "1 | Pengelolaan Sampah Regional | 95,00 | 95,00 | Efisien",
       "2 | Fasilitasi Pengurangan Sampah Kabupaten/Kota | 100,00 | 95,00 | Efisien",
       "3 | Pengembangan Sistem Informasi Limbah B3 | 0,00 | 0,00 | Efisien"),
    P("Kegiatan penunjang capaian adalah pengelolaan sampah regional dan fasilitasi "
      "pengurangan sampah di kabupaten/kota; standar nasional pengolahan sampah mengacu pada "
      "Jakstranas."),
    H("BAB IV PENUTUP"),
    P("Bidang akan menuntaskan pengembangan sistem informasi limbah B3 pada tahun 2025 setelah "
      "aplikasi nasional tersedia bagi pemerintah provinsi."),
    *_lampiran_pk("Bidang Pengelolaan Sampah", 2024, "Ir. DEDE SUHERMAN, M.T.",
                  "Kepala Dinas Lingkungan Hidup",
                  "1 | Persentase sampah regional yang terolah di TPPAS | 40 %"),
), (
    Harap("Kategori", "Tabel 3.3 ", "Efisien", "Tidak dapat dinilai"),
    kurang("III.3"),
    kurang("L.REVIU"),
))

# --- 5. A vertical office (Satker): the title year is last year's ---------------------------

SATKER = LKj("kemenag-purworejo-2024", "Satker vertikal", (
    P("LAPORAN KINERJA"),
    P("KANTOR KEMENTERIAN AGAMA KABUPATEN PURWOREJO"),
    P("TAHUN 2023"),  # planted: the cover of last year's report
    *_pengantar("Kantor Kementerian Agama Kabupaten Purworejo", 2024, "Purworejo",
                "KEPALA KANTOR", "Drs. H. IBNU ASAROFI, M.Pd.I."),
    H("IKHTISAR EKSEKUTIF"),
    P("Laporan Kinerja Kantor Kementerian Agama Kabupaten Purworejo memuat capaian sasaran "
      "program layanan haji, layanan KUA dan pendidikan madrasah berdasarkan DIPA tahun 2024."),
    *_daftar_isi("KATA PENGANTAR .......... i", "IKHTISAR EKSEKUTIF .......... ii",
                 "BAB I PENDAHULUAN .......... 1", "BAB II PERENCANAAN KINERJA .......... 4",
                 "BAB III AKUNTABILITAS KINERJA .......... 7", "BAB IV PENUTUP .......... 15"),
    H("BAB I PENDAHULUAN"),
    P("Kantor Kementerian Agama Kabupaten sebagai instansi vertikal melaksanakan tugas dan "
      "fungsi Kementerian Agama dalam wilayah kabupaten berdasarkan kebijakan Kantor Wilayah."),
    H("BAB II PERENCANAAN KINERJA"),
    H("C. Perjanjian Kinerja Tahun 2024", 2),
    _t("Tabel 2.1 Perjanjian Kinerja Tahun 2024",
       "No | Indikator Kinerja | Target",
       "1 | Persentase jemaah haji yang terlayani sesuai standar | 100 %",
       "2 | Persentase KUA dengan layanan berbasis SIMKAH | 90 %",
       "3 | Persentase madrasah terakreditasi minimal B | 85 %"),
    H("BAB III AKUNTABILITAS KINERJA"),
    H("A. Capaian Kinerja Organisasi", 2),
    # 100 / 100 = 100,00; 94,5 / 90 = 105,00; 76,5 / 85 = 90,00
    _t("Tabel 3.1 Capaian Indikator Kinerja Tahun 2024",
       "No | Sasaran Program | Indikator Kinerja | Target 2024 | Realisasi 2024 | Capaian (%)",
       "1 | Meningkatnya kualitas pelayanan ibadah haji | Persentase jemaah haji yang terlayani "
       "sesuai standar | 100 | 100 | 100,00",
       "2 | Meningkatnya kualitas layanan KUA | Persentase KUA dengan layanan berbasis SIMKAH | "
       "90 | 94,5 | 105,00",
       "3 | Meningkatnya mutu pendidikan madrasah | Persentase madrasah terakreditasi minimal B | "
       "85 | 76,5 | 90,00"),
    P("Dibandingkan tahun 2023 sebesar 71,2%, akreditasi madrasah meningkat; target akhir "
      "Renstra 2024 sebesar 90% sesuai standar nasional pendidikan."),
    P("Kendala akreditasi madrasah swasta adalah keterbatasan sarana laboratorium dan tenaga "
      "kependidikan."),
    H("B. Realisasi Anggaran DIPA Tahun 2024", 2),
    # 18.450 + 2.300 + 9.250 = 30.000 million; 18.081 + 2.185 + 8.880 = 29.146 million;
    # 29.146 / 30.000 = 97,15
    _t("Tabel 3.2 Realisasi Anggaran DIPA Tahun Anggaran 2024",
       "No | Program | Pagu (Rp) | Realisasi (Rp) | Persentase (%)",
       "1 | Program Dukungan Manajemen | 18.450.000.000 | 18.081.000.000 | 98,00",
       "2 | Program Kerukunan Umat dan Layanan Kehidupan Beragama | 2.300.000.000 | "
       "2.185.000.000 | 95,00",
       "3 | Program Pendidikan Islam | 9.250.000.000 | 8.880.000.000 | 96,00",
       "Jumlah | | 30.000.000.000 | 29.146.000.000 | 97,15"),
    P("Efisiensi sumber daya tampak pada capaian layanan KUA yang melampaui target dengan "
      "serapan anggaran program di bawah pagu."),
    P("Program penunjang utama adalah Program Pendidikan Islam melalui bantuan operasional "
      "dan pendampingan akreditasi madrasah."),
    H("BAB IV PENUTUP"),
    P("Laporan Kinerja Kantor Kementerian Agama Kabupaten Purworejo Tahun 2024 menjadi bahan "
      "evaluasi penyusunan rencana kinerja tahun berikutnya."),
    *_pernyataan("Kantor Kementerian Agama Kabupaten Purworejo", 2024,
                 "Drs. H. AHMAD MUSTAFID"),
    *_lampiran_pk("Kantor Kementerian Agama Kabupaten Purworejo", 2024,
                  "Drs. H. IBNU ASAROFI, M.Pd.I.", "Kepala Kantor Wilayah",
                  "1 | Persentase jemaah haji yang terlayani sesuai standar | 100 %"),
), (
    Harap("Konsistensi", "Awal dokumen", "Tahun 2023", "Tahun 2024"),
))

# --- 6. Inspektorat: BAB IV only in the Daftar Isi, a wrong Jumlah ---------------------------

INSPEKTORAT = LKj("inspektorat-sampang-2024", "Inspektorat", (
    P("LKjIP INSPEKTORAT DAERAH KABUPATEN SAMPANG TAHUN 2024"),
    *_pengantar("Inspektorat Daerah Kabupaten Sampang", 2024, "Sampang", "INSPEKTUR",
                "Drs. MOH. ZAINI, M.Si"),
    H("IKHTISAR EKSEKUTIF"),
    P("Pengukuran capaian kinerja Inspektorat Daerah Kabupaten Sampang dilakukan dengan "
      "membandingkan target setiap indikator sasaran dalam perjanjian kinerja dengan "
      "realisasinya."),
    # planted: BAB IV and the Lampiran are contents lines only
    *_daftar_isi_word("KATA PENGANTAR .......... i", "IKHTISAR EKSEKUTIF .......... ii",
                 "BAB I PENDAHULUAN .......... 1", "BAB II PERENCANAAN KINERJA .......... 5",
                 "BAB III AKUNTABILITAS KINERJA .......... 10", "BAB IV PENUTUP .......... 25",
                 "LAMPIRAN .......... 27"),
    H("BAB I PENDAHULUAN"),
    P("Inspektorat Daerah merupakan unsur pengawas penyelenggaraan pemerintahan daerah yang "
      "dipimpin oleh Inspektur dan bertanggung jawab kepada Bupati melalui Sekretaris Daerah."),
    H("BAB II PERENCANAAN KINERJA"),
    H("C. Perjanjian Kinerja Tahun 2024", 2),
    _t("Tabel 2.1 Perjanjian Kinerja Inspektorat Daerah Tahun 2024",
       "No | Indikator Kinerja Utama | Target",
       "1 | Persentase rekomendasi hasil pengawasan yang ditindaklanjuti | 80 %",
       "2 | Level maturitas SPIP | 3",
       "3 | Level kapabilitas APIP | 3"),
    H("BAB III AKUNTABILITAS KINERJA"),
    H("A. Capaian Kinerja Inspektorat Daerah", 2),
    # 85,6 / 80 = 107,00; 3 / 3 = 100,00; 3 / 3 = 100,00; 8 / 10 = 80,00
    _t("Tabel 3.1 Pencapaian Kinerja",
       "No | Indikator Kinerja Utama | Satuan | Target | Realisasi | Capaian",
       "1 | Persentase rekomendasi hasil pengawasan yang ditindaklanjuti | % | 80 | 85,6 | "
       "107,00",
       "2 | Level maturitas SPIP | level | 3 | 3 | 100,00",
       "3 | Level kapabilitas APIP | level | 3 | 3 | 100,00",
       "4 | Persentase penurunan temuan keuangan yang bersifat material | % | 10 | 8 | 80,00"),
    P("Jika dibandingkan dengan tahun 2023 sebesar 78%, tindak lanjut rekomendasi meningkat; "
      "target akhir Renstra 2026 sebesar 90%."),
    P("Faktor pendukung adalah pendampingan tindak lanjut bersama perangkat daerah, sedangkan "
      "kendala penurunan temuan material adalah pergantian bendahara."),
    H("B. Realisasi Anggaran", 2),
    # planted: realisasi 3.934.600.000 + 2.444.000.000 + 456.000.000 = 6.834.600.000, typed
    # 6.843.600.000 (and its serapan 6.843.600.000 / 7.200.000.000 = 95,05 follows the typo)
    _t("Tabel 3.2 Realisasi Anggaran per Program Tahun 2024",
       "No | Program | Anggaran (Rp) | Realisasi (Rp) | Serapan (%)",
       "1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 4.120.000.000 | "
       "3.934.600.000 | 95,50",
       "2 | Program Penyelenggaraan Pengawasan | 2.600.000.000 | 2.444.000.000 | 94,00",
       "3 | Program Perumusan Kebijakan, Pendampingan dan Asistensi | 480.000.000 | "
       "456.000.000 | 95,00",
       "Jumlah | | 7.200.000.000 | 6.843.600.000 | 95,05"),
    P("Efisiensi penggunaan anggaran pengawasan tercapai karena pemeriksaan dilakukan secara "
      "terpadu dengan audit kinerja."),
    P("Program/kegiatan yang mendukung capaian adalah Program Penyelenggaraan Pengawasan "
      "melalui audit, reviu, evaluasi dan pemantauan."),
    P("Sampang, Februari 2025"),
    P("INSPEKTUR KABUPATEN SAMPANG, Drs. MOH. ZAINI, M.Si"),
), (
    Harap("Hitungan", "Tabel 3.2 ", "6.843.600.000", "6.834.600.000"),
    kurang("BAB IV"),
    kurang("III.4"),
    kurang("L.PK"),
    kurang("L.REVIU"),
))

# --- 7. RSUD: indikator rows printed twice, a negatif indikator ------------------------------

RSUD = LKj("rsud-kuala-kapuas-2024", "RSUD", (
    P("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)"),
    P("RSUD dr. H. SOEMARNO SOSROATMODJO KUALA KAPUAS"),
    P("TAHUN 2024"),
    *_pengantar("RSUD dr. H. Soemarno Sosroatmodjo", 2024, "Kuala Kapuas", "DIREKTUR",
                "dr. AGUS WAHYUDI, Sp.PD"),
    H("RINGKASAN EKSEKUTIF"),
    P("Laporan Kinerja Instansi Pemerintah (LKjIP) RSUD dr. H. Soemarno Sosroatmodjo Tahun "
      "2024 merupakan gambaran kinerja penyelenggaraan pelayanan kesehatan rujukan."),
    *_daftar_isi_word("KATA PENGANTAR .......... i", "RINGKASAN EKSEKUTIF .......... ii",
                 "BAB I PENDAHULUAN .......... 1", "BAB II PERENCANAAN KINERJA .......... 6",
                 "BAB III AKUNTABILITAS KINERJA .......... 10", "BAB IV PENUTUP .......... 24"),
    H("BAB I PENDAHULUAN"),
    P("RSUD merupakan unit organisasi bersifat khusus yang memberikan layanan kesehatan "
      "perorangan secara paripurna dengan pola pengelolaan keuangan BLUD."),
    H("BAB II PERENCANAAN KINERJA"),
    H("B. Perjanjian Kinerja", 2),
    _t("Tabel 2.1 Perjanjian Kinerja Direktur RSUD Tahun 2024",
       "No | Indikator Kinerja | Target",
       "1 | Bed Occupancy Rate (BOR) | 75 %",
       "2 | Net Death Rate (NDR) (-) | 25 permil"),
    H("BAB III AKUNTABILITAS KINERJA"),
    H("A. Capaian Kinerja Organisasi", 2),
    # 72 / 75 = 96,00; NDR negatif: (2 x 25 - 22) / 25 = 112,00; 92 / 100 = 92,00;
    # 81,6 / 85 = 96,00; planted: the last two rows printed again
    _t("Tabel 3.1 Capaian Indikator Kinerja Utama RSUD Tahun 2024",
       "No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) | Predikat",
       "1 | Bed Occupancy Rate (BOR) | % | 75 | 72 | 96,00 | Sangat Tinggi",
       "2 | Net Death Rate (NDR) (-) | permil | 25 | 22 | 112,00 | Sangat Tinggi",
       "3 | Persentase pemenuhan Standar Pelayanan Minimal rumah sakit | % | 100 | 92 | 92,00 | "
       "Sangat Tinggi",
       "4 | Cakupan pelayanan rawat jalan pasien rujukan | % | 85 | 81,6 | 96,00 | Sangat Tinggi",
       "3 | Persentase pemenuhan Standar Pelayanan Minimal rumah sakit | % | 100 | 92 | 92,00 | "
       "Sangat Tinggi",
       "4 | Cakupan pelayanan rawat jalan pasien rujukan | % | 85 | 81,6 | 96,00 | "
       "Sangat Tinggi"),
    P("Standar nasional BOR menurut Kementerian Kesehatan adalah 60-85%; dibandingkan tahun "
      "2023 sebesar 70%, BOR tahun 2024 meningkat dan mendekati target akhir Renstra 2026."),
    P("Faktor pendukung adalah beroperasinya gedung rawat inap baru, sedangkan kendala adalah "
      "kekurangan dokter spesialis anestesi."),
    H("B. Realisasi Anggaran", 2),
    # 58.400 + 12.600 = 71.000 million; 55.480 + 11.340 = 66.820 million = 94,11 %
    _t("Tabel 3.2 Realisasi Belanja RSUD Tahun 2024",
       "No | Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | Serapan (%)",
       "1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 58.400.000.000 | "
       "55.480.000.000 | 95,00",
       "2 | Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat | "
       "12.600.000.000 | 11.340.000.000 | 90,00",
       "Jumlah | | 71.000.000.000 | 66.820.000.000 | 94,11"),
    P("Efisiensi biaya pelayanan dicapai melalui pengadaan obat dengan katalog elektronik "
      "dan pengendalian persediaan farmasi."),
    P("Program penunjang capaian adalah Program Pemenuhan Upaya Kesehatan Perorangan melalui "
      "peningkatan sarana rawat inap."),
    H("BAB IV PENUTUP"),
    P("RSUD akan memenuhi kebutuhan dokter spesialis melalui kerja sama pendidikan dokter "
      "spesialis dengan fakultas kedokteran pada tahun berikutnya."),
    *_pernyataan("RSUD dr. H. Soemarno Sosroatmodjo", 2024, "Ir. H. SUGIANTO"),
    *_lampiran_pk("RSUD dr. H. Soemarno Sosroatmodjo", 2024, "dr. AGUS WAHYUDI, Sp.PD",
                  "Bupati Kapuas", "1 | Bed Occupancy Rate (BOR) | 75 %"),
), (
    Harap("Penyajian", "Tabel 3.1 ", "2 baris berulang", "dicetak sekali"),
))

# --- 8. Kelurahan: spaced headings, comparisons in sentences, the misi pasted twice ---------

_MISI = (
    P("1. Meningkatkan kualitas pelayanan administrasi kependudukan dan perizinan yang cepat, "
      "mudah dan terjangkau bagi seluruh warga kelurahan."),
    P("2. Mewujudkan lingkungan kelurahan yang bersih, sehat, hijau dan tertib melalui gerakan "
      "bersama warga di setiap rukun tetangga."),
    P("3. Meningkatkan partisipasi masyarakat dalam perencanaan dan pelaksanaan pembangunan "
      "kelurahan."),
)
KELURAHAN = LKj("kelurahan-panjang-2024", "Kelurahan", (
    P("LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH"),
    P("KELURAHAN PANJANG KECAMATAN MAGELANG TENGAH"),
    P("TAHUN 2024"),
    *_pengantar("Kelurahan Panjang", 2024, "Magelang", "LURAH PANJANG", "SRI WAHYUNI, S.IP"),
    H("IKHTISAR EKSEKUTIF"),
    P("Laporan Akuntabilitas Kinerja Instansi Pemerintah Kelurahan Panjang tahun 2024 merupakan "
      "laporan kinerja tahunan yang berisi pertanggungjawaban kinerja kelurahan."),
    *_daftar_isi_word("KATA PENGANTAR .......... i", "IKHTISAR EKSEKUTIF .......... ii",
                 "BAB I PENDAHULUAN .......... 1", "BAB II PERENCANAAN KINERJA .......... 3",
                 "BAB III AKUNTABILITAS KINERJA .......... 6", "BAB IV PENUTUP .......... 10",
                 "LAMPIRAN .......... 11"),
    H("B A B I"),
    H("P E N D A H U L U A N"),
    P("Kelurahan Panjang merupakan perangkat daerah sebagai wilayah kerja Lurah yang membantu "
      "Camat dalam penyelenggaraan pemerintahan, pemberdayaan masyarakat dan pelayanan."),
    H("B A B II"),
    H("P E R E N C A N A A N  K I N E R J A"),
    H("B. Misi", 2),
    *_MISI,
    *_MISI,  # planted: the misi block pasted twice
    P("Perjanjian Kinerja Lurah tahun 2024 memuat dua indikator dengan target sebagaimana "
      "tercantum dalam lampiran laporan ini."),
    H("B A B III"),
    H("A K U N T A B I L I T A S  K I N E R J A"),
    # in sentences only: 96,9 / 95 = 102,00; 76 / 80 = 95,00
    P("Indikator persentase pelayanan administrasi kependudukan yang selesai tepat waktu "
      "ditargetkan 95% dan terealisasi 96,9% sehingga capaian kinerjanya 102,00%."),
    P("Bila dibandingkan dengan tahun 2023 yang sebesar 93,5%, realisasi tahun 2024 meningkat "
      "karena penerapan antrean daring."),
    P("Indikator persentase RT yang aktif dalam kegiatan kebersihan lingkungan memiliki target "
      "80% dengan realisasi 76%, capaian 95,00%."),
    P("Faktor pendukung adalah peran aktif ketua RT, sedangkan hambatan adalah cuaca pada "
      "musim penghujan yang membatasi kegiatan kerja bakti."),
    # 1.187.500.000 / 1.250.000.000 = 95,00
    P("Pagu anggaran Kelurahan Panjang tahun 2024 sebesar Rp 1.250.000.000 dengan realisasi "
      "Rp 1.187.500.000 atau 95,00%."),
    P("Efisiensi anggaran dicapai dengan memanfaatkan swadaya warga dalam kegiatan kebersihan; "
      "kegiatan penunjang utama adalah pelayanan administrasi terpadu kelurahan."),
    H("B A B IV"),
    H("P E N U T U P"),
    P("Kelurahan Panjang akan terus meningkatkan kualitas pelayanan dan partisipasi warga "
      "dalam pembangunan sesuai misi yang telah ditetapkan."),
    H("LAMPIRAN"),
    P("PERJANJIAN KINERJA TAHUN 2024"),
    P("Kami yang bertanda tangan di bawah ini, Lurah Panjang selaku pihak pertama dan Camat "
      "Magelang Tengah selaku pihak kedua, menyepakati target kinerja berikut."),
    _t("Tabel 1 Perjanjian Kinerja Kelurahan Panjang Tahun 2024",
       "No | Indikator Kinerja | Target",
       "1 | Persentase pelayanan administrasi kependudukan selesai tepat waktu | 95 %",
       "2 | Persentase RT yang aktif dalam kegiatan kebersihan lingkungan | 80 %"),
), (
    Harap("Penyajian", "BAB II", "3 kalimat berulang", "dicetak sekali"),
    kurang("III.3"),
    kurang("III.4"),
    kurang("L.REVIU"),
))

# --- 9. A Dinas with five chapters numbered "BAB 1"-"BAB 5", a wrong rata-rata ------------

KOMINFO = LKj("diskominfo-salatiga-2024", "Dinas (lima bab)", (
    P("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024"),
    P("DINAS KOMUNIKASI DAN INFORMATIKA KOTA SALATIGA"),
    *_pengantar("Dinas Komunikasi dan Informatika Kota Salatiga", 2024, "Salatiga",
                "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "Drs. YULIANTO, M.M."),
    H("RINGKASAN EKSEKUTIF"),
    P("Laporan Kinerja Dinas Komunikasi dan Informatika Kota Salatiga Tahun 2024 melaporkan "
      "capaian sasaran penyelenggaraan pemerintahan berbasis elektronik dan keterbukaan "
      "informasi publik."),
    *_daftar_isi_word("KATA PENGANTAR .......... i", "RINGKASAN EKSEKUTIF .......... ii",
                 "BAB 1 PENDAHULUAN .......... 1", "BAB 2 GAMBARAN UMUM ORGANISASI .......... 4",
                 "BAB 3 PERENCANAAN KINERJA .......... 8",
                 "BAB 4 AKUNTABILITAS KINERJA .......... 12", "BAB 5 PENUTUP .......... 24"),
    H("DAFTAR LAMPIRAN"),  # a list of what is attached, not the attachments
    P("1. Perjanjian Kinerja Tahun 2024"),
    P("2. Rencana Aksi Tahun 2024"),
    H("BAB 1 PENDAHULUAN"),
    P("Dinas Komunikasi dan Informatika menyelenggarakan urusan komunikasi dan informatika, "
      "statistik dan persandian yang menjadi kewenangan pemerintah kota."),
    H("BAB 2 GAMBARAN UMUM ORGANISASI"),
    P("Susunan organisasi terdiri atas Sekretariat, Bidang Informasi dan Komunikasi Publik, "
      "Bidang Aplikasi Informatika, serta Bidang Statistik dan Persandian."),
    H("BAB 3 PERENCANAAN KINERJA"),
    _t("Tabel 3.1 Perjanjian Kinerja Tahun 2024",
       "No | Indikator Kinerja | Target",
       "1 | Indeks SPBE Kota Salatiga | 3,5",
       "2 | Persentase perangkat daerah yang terhubung jaringan intra pemerintah | 90 %",
       "3 | Nilai keterbukaan informasi publik | 85"),
    H("BAB 4 AKUNTABILITAS KINERJA"),
    H("4.1 Capaian Kinerja Organisasi", 2),
    # 3,5 / 3,5 = 100,00; 81 / 90 = 90,00; 88,4 / 85 = 104,00; planted: their mean is
    # (100 + 90 + 104) / 3 = 98,00, printed 96,00 (capped at 100 it would be 96,67)
    _t("Tabel 4.1 Capaian Indikator Kinerja Tahun 2024",
       "No | Indikator Kinerja | Target | Realisasi | Capaian (%)",
       "1 | Indeks SPBE Kota Salatiga | 3,5 | 3,5 | 100,00",
       "2 | Persentase perangkat daerah yang terhubung jaringan intra pemerintah | 90 | 81 | "
       "90,00",
       "3 | Nilai keterbukaan informasi publik | 85 | 88,4 | 104,00",
       "Rata-rata capaian | | | | 96,00"),
    P("Dibandingkan tahun 2023 sebesar 3,2, Indeks SPBE meningkat dan telah mencapai target "
      "akhir Renstra 2026 sebesar 3,5; standar nasional SPBE kategori baik adalah 2,6."),
    P("Faktor penghambat konektivitas adalah belum tersedianya jaringan serat optik di dua "
      "kelurahan pinggiran."),
    H("4.2 Realisasi Anggaran", 2),
    # 2.100 + 1.450 = 3.550 million; 1.995 + 1.363 = 3.358 million = 94,59 %
    _t("Tabel 4.2 Realisasi Anggaran Tahun 2024",
       "No | Program | Anggaran (Rp) | Realisasi (Rp) | Serapan (%)",
       "1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 2.100.000.000 | "
       "1.995.000.000 | 95,00",
       "2 | Program Aplikasi Informatika | 1.450.000.000 | 1.363.000.000 | 94,00",
       "Jumlah | | 3.550.000.000 | 3.358.000.000 | 94,59"),
    P("Efisiensi anggaran diperoleh dari pemakaian pusat data bersama sehingga belanja sewa "
      "server dapat ditekan; program penunjang utama adalah Program Aplikasi Informatika."),
    H("BAB 5 PENUTUP"),
    P("Dinas akan memperluas jaringan intra pemerintah ke seluruh kelurahan dan meningkatkan "
      "kualitas layanan aplikasi pada tahun anggaran berikutnya."),
    *_pernyataan("Dinas Komunikasi dan Informatika Kota Salatiga", 2024, "Drs. BENY SUSANTO"),
    H("LAMPIRAN"),
    P("Dokumen Perjanjian Kinerja dan Rencana Aksi disampaikan terpisah dari laporan ini "
      "kepada Bagian Organisasi Sekretariat Daerah."),
), (
    Harap("Hitungan", "Tabel 4.1 ", "96,00", "98,00"),
    kurang("L.PK"),
))

KORPUS: tuple[LKj, ...] = (KECAMATAN, DINAS, BADAN, BIDANG, SATKER, INSPEKTORAT, RSUD,
                           KELURAHAN, KOMINFO)


def bangun_docx(lkj: LKj, keluaran: Path) -> Path:
    """Write one document as an office types it in Word: Heading styles, bordered tables."""
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    for b in lkj.blok:
        if isinstance(b, H):
            doc.add_heading(b.teks, level=b.level)
        elif isinstance(b, P):
            doc.add_paragraph(b.teks)
        elif isinstance(b, DI):
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT,
                                                      WD_TAB_LEADER.DOTS)
            p.add_run(f"{b.judul}\t{b.halaman}")
        else:
            doc.add_paragraph(b.judul)
            lebar = len(b.baris[0])
            t = doc.add_table(rows=len(b.baris), cols=lebar)
            t.style = "Table Grid"
            for i, r in enumerate(b.baris):
                for j in range(lebar):
                    sel = t.cell(i, j)
                    run = sel.paragraphs[0].add_run(r[j] if j < len(r) else "")
                    run.font.size = Pt(8)
                    run.bold = i == 0 or None
            for r1, c1, r2, c2 in b.gabung:
                t.cell(r1, c1).merge(t.cell(r2, c2))
            doc.add_paragraph("")
    doc.save(str(keluaran))
    return keluaran


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for lkj in KORPUS:
        print(bangun_docx(lkj, folder / f"{lkj.nama}.docx"))
