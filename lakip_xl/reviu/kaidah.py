"""The APIP working paper (Catatan Reviu): one row per Kelengkapan item and per family of
findings, in the shape Inspektorat working papers use (No | Aspek | Kondisi | Kriteria | Akibat |
Rekomendasi | Status | Bukti), each rule with its basis so the reviewer can sign it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lakip_xl.reviu.periksa_kelengkapan import Butir
from lakip_xl.reviu.temuan import Temuan

KEPALA = ("No", "Aspek", "Kondisi", "Kriteria", "Akibat", "Rekomendasi", "Status", "Bukti")
TERPENUHI, CATATAN, TIDAK = "Terpenuhi", "Terpenuhi dengan catatan", "Tidak terpenuhi"
_53 = "PermenPANRB 53/2014"
_88 = "PermenPANRB 88/2021"


@dataclass(frozen=True)
class Kaidah:
    """A family of findings and what the working paper says about it."""

    kode: str
    aspek: str
    diperiksa: str  # what was checked, said when nothing was found
    kriteria: str
    akibat: str
    rekomendasi: str
    cocok: Callable[[Temuan], bool]
    ringan: bool = False  # findings that leave the criterion met with a note


def _u(t: Temuan, *kata: str) -> bool:
    """A word of the rule in the finding's description or its arithmetic."""
    teks = f"{t.uraian} {t.dasar}".casefold()
    return any(k in teks for k in kata)


KAIDAH: tuple[Kaidah, ...] = (
    Kaidah("nama", "Identitas: nama instansi pelapor",
           "Nama instansi pelapor disebut sama di seluruh laporan.",
           f"Laporan Kinerja adalah laporan satu instansi atas kinerjanya ({_53}); nama instansi "
           "sama di sampul, kata pengantar dan isi.",
           "Pembaca tidak dapat memastikan instansi mana yang melaporkan; laporan tampak disalin "
           "dari dokumen instansi lain.",
           "Seragamkan nama instansi pelapor di seluruh dokumen.",
           lambda t: t.jenis == "Konsistensi" and _u(t, "instansi pelapor")),
    Kaidah("tahun", "Identitas: tahun laporan",
           "Tahun pada judul sama dengan tahun kinerja yang dilaporkan di isi.",
           f"Laporan Kinerja disusun atas kinerja satu tahun anggaran ({_53}); judul dan isi "
           "menyebut tahun yang sama.",
           "Laporan dapat dianggap laporan tahun lain; penilaian ketepatan waktu dan "
           "keberadaan laporan tahun berjalan keliru.",
           "Betulkan tahun pada judul/sampul sesuai tahun kinerja yang dilaporkan.",
           lambda t: t.jenis == "Konsistensi" and _u(t, "tahun pada judul")),
    Kaidah("ikm", "Pengukuran kinerja: Indeks Kepuasan Masyarakat",
           "IKM, nilai konversi dan mutu pelayanan sesuai NRR per unsur.",
           "IKM = rata-rata NRR unsur; konversi = IKM x 25; mutu A-D menurut interval konversi "
           "(PermenPANRB 14/2017).",
           "Capaian indikator kepuasan masyarakat salah dilaporkan.",
           "Hitung ulang IKM dari NRR per unsur dan kutip hasil yang sama di seluruh laporan.",
           lambda t: _u(t, "ikm", "konversi", "mutu pelayanan", "huruf mutu", "kinerja unit")),
    Kaidah("capaian", "Pengukuran kinerja: capaian indikator",
           "Capaian setiap baris yang memuat target dan realisasi dihitung ulang: sesuai.",
           f"Capaian = realisasi / target x 100 untuk indikator positif, rumus negatif yang "
           f"ditetapkan untuk indikator negatif, satu rumus untuk satu polaritas ({_53}, "
           f"pengukuran kinerja; {_88}, kualitas Pengukuran Kinerja).",
           "Capaian dan kategori kinerja yang dilaporkan tidak menggambarkan realisasi; "
           "kesimpulan keberhasilan sasaran dapat keliru.",
           "Hitung ulang capaian dari target dan realisasi, nyatakan polaritas indikator, dan "
           "perbaiki angka pada tabel serta kalimat yang mengutipnya.",
           lambda t: t.jenis == "Polaritas" or (t.jenis in ("Hitungan", "Pembulatan") and
                                                 t.uraian.startswith("Capaian"))),
    Kaidah("rata", "Pengukuran kinerja: rata-rata capaian",
           "Baris rata-rata capaian sesuai capaian yang dirangkumnya.",
           f"Rata-rata capaian dihitung dari capaian yang benar pada baris yang dirangkum, "
           f"dengan dasar yang sama di seluruh laporan ({_53}).",
           "Capaian kinerja organisasi secara keseluruhan salah dilaporkan.",
           "Hitung ulang rata-rata dari capaian yang benar dan sebutkan dasarnya.",
           lambda t: t.jenis in ("Hitungan", "Pembulatan") and _u(t, "rata-rata")),
    Kaidah("jumlah", "Akuntabilitas keuangan: jumlah dan rincian",
           "Setiap baris Jumlah dan baris program sama dengan jumlah rinciannya.",
           f"Baris Jumlah/program = jumlah rinciannya; angka yang dikonfirmasi dua tempat (Jumlah "
           f"dan tabel lain) dipakai sebagai angka yang benar ({_53}).",
           "Total anggaran atau realisasi yang dilaporkan tidak dapat diandalkan.",
           "Perbaiki angka yang ditunjuk (rincian atau Jumlah) sesuai angka yang dikonfirmasi.",
           lambda t: t.jenis == "Hitungan" and _u(t, "jumlah rinciannya", "angka rincian")),
    Kaidah("anggaran", "Akuntabilitas keuangan: serapan dan sisa anggaran",
           "Persentase serapan dan sisa anggaran sesuai pagu dan realisasinya.",
           f"Serapan = realisasi / anggaran x 100; sisa = anggaran - realisasi ({_53}, "
           f"realisasi anggaran; {_88}, informasi keuangan terkait capaian sasaran).",
           "Informasi efisiensi dan akuntabilitas keuangan menyesatkan.",
           "Hitung ulang serapan dan sisa dari pagu dan realisasi yang tercetak.",
           lambda t: t.jenis in ("Hitungan", "Pembulatan") and _u(
               t, "anggaran", "rupiah", "sisa", "(serapan)")),
    Kaidah("kalimat", "Penjelasan capaian dalam kalimat",
           "Angka dalam kalimat sesuai angka yang disebut bersamanya dan tabel laporan.",
           f"Penjelasan yang memadai atas pencapaian kinerja ({_53}): angka dalam uraian sama "
           "dengan hitungan dan tabelnya.",
           "Uraian kinerja bertentangan dengan tabelnya; pembaca tidak tahu angka mana yang "
           "benar.",
           "Samakan angka dalam kalimat dengan hasil hitung ulang dan tabelnya.",
           lambda t: t.jenis in ("Hitungan", "Pembulatan") and _u(
               t, "kalimat", "teks", "selisih poin", "persentase perubahan", "arah perubahan")),
    Kaidah("kategori", "Pengukuran kinerja: kategori/predikat capaian",
           "Kategori setiap capaian sesuai skala yang dipakai dokumen.",
           f"Kategori ditetapkan dari capaian menurut skala pengukuran yang dinyatakan dalam "
           f"laporan ({_53}; skala Permendagri 86/2017 bila dipakai).",
           "Predikat keberhasilan kinerja yang dilaporkan keliru.",
           "Tetapkan kategori dari capaian yang benar menurut skala yang tercantum.",
           lambda t: t.jenis == "Kategori" and not _u(t, "efisien")),
    Kaidah("efisiensi", "Analisis efisiensi sumber daya",
           "Label efisiensi kegiatan sesuai capaian kinerja dan serapan anggarannya.",
           f"Analisis efisiensi penggunaan sumber daya ({_53}; {_88}, kualitas Pelaporan "
           "Kinerja): efisiensi membandingkan keluaran dengan sumber daya yang dipakai.",
           "Kegiatan yang tidak berjalan dilaporkan efisien; analisis efisiensi tidak dapat "
           "diandalkan.",
           "Nyatakan kegiatan tanpa capaian dan tanpa realisasi sebagai tidak dapat dinilai dan "
           "jelaskan sebabnya.",
           lambda t: t.jenis == "Kategori" and _u(t, "efisien")),
    Kaidah("konsistensi", "Keandalan data: angka yang sama di beberapa tabel",
           "Indikator dan program yang tercetak di beberapa tabel memakai angka yang sama.",
           f"Satu fakta satu angka: target, realisasi dan anggaran yang sama tercetak sama di "
           f"setiap tabel dan kalimat ({_53}, keandalan data kinerja).",
           "Data kinerja tidak andal; pembaca tidak tahu angka mana yang benar.",
           "Samakan angka dengan sumber datanya (Perjanjian Kinerja, DPA, laporan realisasi).",
           lambda t: t.jenis == "Konsistensi"),
    Kaidah("blok", "Penyajian: blok berulang",
           "Tidak ada misi, sasaran, program atau baris tabel yang tercetak dua kali.",
           f"Laporan Kinerja ringkas dan jelas ({_53}): setiap misi, sasaran, indikator, "
           "program dan kegiatan disajikan sekali.",
           "Jumlah indikator/program dan rata-ratanya bertambah; laporan tampak tidak diperiksa.",
           "Hapus blok yang berulang dan periksa kembali jumlah serta rata-ratanya.",
           lambda t: t.jenis == "Penyajian" and _u(t, "tercetak"), ringan=True),
    Kaidah("kolom", "Penyajian: kolom uraian kosong",
           "Kolom Evaluasi, Keterangan, Analisis dan Faktor terisi.",
           f"Penjelasan yang memadai atas pencapaian kinerja dan analisis penyebab ({_53}).",
           "Analisis yang dijanjikan tabel tidak ada; kualitas Pelaporan Kinerja menurun.",
           "Isi kolom untuk tiap baris atau hapus kolomnya.",
           lambda t: t.jenis == "Penyajian" and _u(t, "kolom"), ringan=True),
    Kaidah("lain", "Keandalan data: angka lain",
           "Angka lain yang dapat dihitung ulang dari dokumen sesuai.",
           f"Setiap angka kinerja dan keuangan dapat ditelusuri ke masukannya ({_53}).",
           "Sebagian angka laporan tidak dapat diandalkan.",
           "Perbaiki angka yang ditunjuk sesuai hitung ulangnya.",
           lambda t: True),
)

# Basis, consequence and recommendation of each Kelengkapan item (PermenPANRB 53/2014
# sistematika; the comparisons are also the Pelaporan Kinerja quality criteria of 88/2021).
_KELENGKAPAN = {
    "I": ("Ikhtisar Eksekutif menyajikan ringkas sasaran, capaian dan kendala", _53),
    "BAB I": ("BAB I Pendahuluan: gambaran organisasi, struktur, SDM dan isu strategis", _53),
    "BAB II": ("BAB II Perencanaan Kinerja: ringkasan Renstra, Renja dan Perjanjian Kinerja",
               _53),
    "PK": ("Perjanjian Kinerja tahun berjalan disajikan dalam BAB II", _53),
    "BAB III": ("BAB III Akuntabilitas Kinerja: capaian kinerja organisasi dan realisasi "
                "anggaran", _53),
    "BAB IV": ("BAB IV Penutup: simpulan dan langkah perbaikan", _53),
    "III.1": ("membandingkan target dan realisasi kinerja tahun ini", f"{_53}; {_88}"),
    "III.2": ("membandingkan realisasi tahun ini dengan tahun-tahun sebelumnya",
              f"{_53}; {_88}"),
    "III.3": ("membandingkan realisasi dengan target jangka menengah (Renstra)",
              f"{_53}; {_88}"),
    "III.4": ("membandingkan dengan standar nasional bila ada", f"{_53}; {_88}"),
    "III.5": ("menganalisis penyebab keberhasilan/kegagalan dan alternatif solusinya",
              f"{_53}; {_88}"),
    "III.6": ("menganalisis efisiensi penggunaan sumber daya", f"{_53}; {_88}"),
    "III.7": ("menganalisis program/kegiatan yang menunjang keberhasilan atau kegagalan",
              f"{_53}; {_88}"),
    "III.B": ("menyajikan realisasi anggaran yang digunakan untuk mewujudkan kinerja",
              f"{_53}; {_88}"),
    "L.PK": ("Lampiran memuat Perjanjian Kinerja tahun berjalan yang ditandatangani", _53),
    "L.REVIU": ("Laporan Kinerja direviu APIP dan memuat Pernyataan Telah Direviu",
                f"{_53}, tata cara reviu; {_88}, keberadaan Pelaporan Kinerja"),
    "NIP": ("Laporan Kinerja ditandatangani pimpinan (nama dan NIP)",
            f"{_88}, keberadaan Pelaporan Kinerja"),
}


def _baris_butir(b: Butir) -> tuple[str, str, str, str, str, str, str]:
    aturan, dasar = _KELENGKAPAN.get(b.kode, (b.uraian, _53))
    if b.ada and not b.catatan:
        kondisi, status = f"{b.uraian}: ada.", TERPENUHI
    elif b.ada:
        kondisi, status = f"{b.uraian}: ada, {b.catatan}.", CATATAN
    else:
        kondisi = f"{b.uraian}: tidak ditemukan" + (f" ({b.catatan})" if b.catatan else "") + "."
        status = TIDAK
    akibat = {TERPENUHI: "",
              CATATAN: "Informasinya ada tetapi tidak dalam bentuk yang mudah diperiksa (mis. "
                       "hanya dalam kalimat); kualitas Pelaporan Kinerja dapat dinilai lebih "
                       "rendah.",
              TIDAK: "Laporan belum memuat informasi yang diwajibkan; nilai komponen Pelaporan "
                     "Kinerja (keberadaan/kualitas) berkurang."}[status]
    saran = {TERPENUHI: "", CATATAN: f"Sajikan dalam tabel untuk setiap indikator: {aturan}.",
             TIDAK: f"Lengkapi laporan: {aturan}."}[status]
    return (f"Kelengkapan: {b.uraian}", kondisi, f"LKj {aturan} ({dasar}, butir {b.kode}).",
            akibat, saran, status, b.bukti)


def _contoh(t: Temuan) -> str:
    return f"{t.lokasi}: tertulis {t.tertulis.strip()}, seharusnya {t.seharusnya}"


def _baris_kaidah(k: Kaidah, isi: list[Temuan]) -> tuple[str, str, str, str, str, str, str]:
    if not isi:
        return (k.aspek, k.diperiksa, k.kriteria, "", "", TERPENUHI, "")
    contoh = "; ".join(_contoh(t) for t in isi[:3]) + (
        f"; dan {len(isi) - 3} lainnya" if len(isi) > 3 else "")
    kondisi = f"Ditemukan {len(isi)} hal yang tidak sesuai: {contoh}."
    status = CATATAN if k.ringan or all(t.jenis == "Pembulatan" for t in isi) else TIDAK
    bukti = "; ".join(t.lokasi for t in isi)
    if len(bukti) > 1500:
        bukti = bukti[:1497] + "..."
    return (k.aspek, kondisi, k.kriteria, k.akibat, k.rekomendasi, status, bukti)


def kelompok(temuan: list[Temuan]) -> dict[str, list[Temuan]]:
    """The findings of each family (the first family whose rule matches takes a finding)."""
    hasil: dict[str, list[Temuan]] = {k.kode: [] for k in KAIDAH}
    for t in temuan:
        if t.jenis == "Kelengkapan":
            continue
        k = next((k for k in KAIDAH if k.cocok(t)), None)
        hasil["lain" if k is None else k.kode].append(t)
    return hasil


def baris(butir: list[Butir], temuan: list[Temuan]) -> list[tuple]:
    """The rows of the working paper, numbered."""
    isi = [_baris_butir(b) for b in butir]
    per = kelompok(temuan)
    isi += [_baris_kaidah(k, per[k.kode]) for k in KAIDAH]
    return [(i, *r) for i, r in enumerate(isi, 1)]
