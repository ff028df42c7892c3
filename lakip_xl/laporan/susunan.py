"""The report template's structure: its parts in order, each section with the condition under
which it is shown (a section without content is left out with its heading), the numbering of
headings, and Sistematika Penyajian naming only the sections present. `templat.Penulis` (`w`)
writes the paragraphs."""

from __future__ import annotations

from typing import Any

from lakip_xl.laporan.bagian import PENUTUP_IKHTISAR

HURUF = "ABCDEFGHIJKLMNOP"


def _ada(*bagian: str) -> str:
    """A Jinja condition: the staff put text, photos or tables in one of these sections."""
    return " or ".join(f"{x}['{b}']" for b in bagian for x in ("narasi", "gambar", "tambahan"))


# When a section of BAB I-II has content (its heading is shown only then); Sistematika Penyajian
# names the same sections, so it never promises one that is left out.
SYARAT_BAB1 = (
    ("Latar Belakang", "latar belakang", _ada("Latar Belakang")),
    (
        "Struktur Organisasi, Tugas dan Fungsi",
        "struktur organisasi, tugas dan fungsi",
        _ada("Struktur Organisasi", "Tugas dan Fungsi", "Sumber Daya Manusia")
        + " or kalimat.sdm or tabel.pegawai",
    ),
    ("Produk dan Layanan", "produk dan layanan", _ada("Produk dan Layanan") + " or tabel.produk"),
    ("Isu Strategis", "isu strategis", _ada("Isu Strategis")),
)
SYARAT_BAB2 = (
    ("Visi", "visi", "profil.visi or " + _ada("Visi")),
    ("Misi", "misi", _ada("Misi") + " or tabel.misi"),
    (
        "Tujuan dan Sasaran Strategis",
        "tujuan dan sasaran strategis",
        _ada("Tujuan dan Sasaran") + " or tabel.renstra",
    ),
    (
        "Indikator Kinerja Utama (IKU)",
        "indikator kinerja utama",
        _ada("Indikator Kinerja Utama") + " or tabel.iku",
    ),
    (
        "Perjanjian Kinerja Tahun {{ profil.tahun }}",
        "perjanjian kinerja",
        _ada("Perjanjian Kinerja") + " or tabel.pk",
    ),
    (
        "Program dan Kegiatan",
        "program dan kegiatan",
        _ada("Program dan Kegiatan") + " or kalimat.program_kegiatan or tabel.anggaran_sasaran",
    ),
)
SYARAT_IKM = "kalimat.ikm or tabel.ikm_tren or " + _ada("Survei Kepuasan Masyarakat")
SYARAT_KEUANGAN = (
    _ada("Akuntabilitas Keuangan")
    + " or kalimat.keuangan or tabel.belanja or kalimat.belanja_rinci or tabel.program"
    " or tabel.program_banding or tabel.belanja_banding"
)


def _daftar_kata(pilihan: list[tuple[str, str]], bawaan: str = "") -> str:
    """Inline Jinja that writes the words whose condition holds as 'a, b serta c' (`bawaan` when
    none holds). Uses the chapter's counter namespace `bab` (a plain name set inside an `if`
    would count as undeclared for the template check)."""
    isi = ", ".join(f"'{kata}' if ({syarat}) else ''" for kata, syarat in pilihan)
    return (
        f"{{% set bab.kata = ([{isi}] | select | list) or ['{bawaan}'] %}}"
        "{{ bab.kata[:-1] | join(', ') }}{{ ' serta ' if bab.kata | length > 1 else '' }}"
        "{{ bab.kata[-1] }}"
    )


def _mulai_nomor(w: Any, nama: str) -> None:
    """Start a counter for the headings of one chapter (A, B, ... or 1, 2, ...)."""
    w.tag(f"{{%p set {nama} = namespace(n=0) %}}")


def _judul_jika(
    w: Any, teks: str, syarat: str | None, nomor: str = "bab", tingkat: int = 2
) -> None:
    """A numbered heading shown only when `syarat` holds (None: always); the number follows the
    headings shown before it. Close with `_akhir_jika` when `syarat` is given."""
    if syarat is not None:
        w.tag(f"{{%p if {syarat} %}}")
    w.tag(f"{{%p set {nomor}.n = {nomor}.n + 1 %}}")
    label = f"{{{{ '{HURUF}'[{nomor}.n - 1] }}}}" if nomor == "bab" else f"{{{{ {nomor}.n }}}}"
    w.judul(f"{label}. {teks}", tingkat)


def _akhir_jika(w: Any) -> None:
    w.tag("{%p endif %}")


def _sampul(w: Any) -> None:
    """The cover: title, year, logo, the office and its address."""
    for _ in range(2):
        w.p()
    w.p("LAPORAN KINERJA", rata="tengah", tebal=True, ukuran=20, spasi=1.15)
    w.p("INSTANSI PEMERINTAH", rata="tengah", tebal=True, ukuran=16, spasi=1.15)
    w.p("TAHUN {{ profil.tahun }}", rata="tengah", tebal=True, ukuran=16, spasi=1.15)
    w.p()
    w.tag("{%p if logo %}")
    w.p("{{ logo }}", rata="tengah")
    w.tag("{%p endif %}")
    for _ in range(4):
        w.p()
    w.p("{{ profil.NAMA_INSTANSI }}", rata="tengah", tebal=True, ukuran=16, spasi=1.15)
    w.p("{{ profil.PEMERINTAH_DAERAH }}", rata="tengah", tebal=True, ukuran=14, spasi=1.15)
    w.p("{{ profil.alamat }}", rata="tengah", ukuran=11, spasi=1.15)
    w.p("{{ profil.tempat_tanggal }}", rata="tengah", ukuran=11, spasi=1.15)


def _awal(w: Any) -> None:
    """Front matter on roman page numbers: foreword, Ikhtisar (the numbers before the officer's
    closing words), the lists (Daftar Gambar only with a figure, Daftar Lampiran only with an
    appendix)."""
    w.bagian_baru("lowerRoman", 1)
    w.judul1("KATA PENGANTAR")
    w.tag("{%p if narasi['Kata Pengantar'] %}")
    w.narasi("narasi['Kata Pengantar']")
    w.tag("{%p else %}")
    w.p(
        "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya "
        "Laporan Kinerja {{ profil.nama_instansi }} Tahun {{ profil.tahun }} dapat diselesaikan. "
        "Laporan ini disusun berdasarkan Peraturan Menteri Pendayagunaan Aparatur Negara dan "
        "Reformasi Birokrasi Nomor 53 Tahun 2014 sebagai wujud pertanggungjawaban atas "
        "pelaksanaan tugas dan fungsi serta pencapaian sasaran strategis tahun "
        "{{ profil.tahun }}.",
        indent=True,
    )
    w.tag("{%p endif %}")
    w.tanda_tangan()

    w.judul1("IKHTISAR EKSEKUTIF")
    w.narasi("narasi['Ikhtisar Eksekutif']")
    w.kalimat("kalimat.ikhtisar")
    w.narasi(f"narasi['{PENUTUP_IKHTISAR}']")
    w.tanda_tangan()

    w.daftar(
        "DAFTAR ISI",
        'TOC \\o "1-3" \\h \\z \\u',
        "Daftar isi terisi saat dokumen diperbarui (di Word: klik kanan > Perbarui Bidang).",
    )
    w.daftar(
        "DAFTAR TABEL", 'TOC \\h \\z \\c "Tabel"', "Daftar tabel terisi saat dokumen diperbarui."
    )
    w.tag("{%p if grafik.ikm or grafik.capaian or grafik.serapan or gambar %}")
    w.daftar(
        "DAFTAR GAMBAR", 'TOC \\h \\z \\c "Gambar"', "Daftar gambar terisi saat dokumen diperbarui."
    )
    w.tag("{%p endif %}")
    w.tag("{%p if tabel.triwulan or tambahan['Lampiran'] %}")
    w.judul1("DAFTAR LAMPIRAN")
    w.tag("{%p if tabel.triwulan %}")
    w.p("1. {{ tabel.triwulan.judul }}", rata="kiri", spasi=1.15)
    w.tag("{%p endif %}")
    w.tag("{%p for x in tambahan['Lampiran'] %}")
    w.p(
        "{{ loop.index + (1 if tabel.triwulan else 0) }}. {{ x.judul }}", rata="kiri", spasi=1.15
    )
    w.tag("{%p endfor %}")
    w.tag("{%p endif %}")


def _bab1(w: Any) -> None:
    """BAB I Pendahuluan, arabic page numbers from 1; a section without content is left out."""
    w.bagian_baru("decimal", 1)
    w.judul1("BAB I", "PENDAHULUAN")
    _mulai_nomor(w, "bab")
    isi = (
        ("Latar Belakang",),
        (
            "Struktur Organisasi",
            "Tugas dan Fungsi",
            "kalimat.sdm",
            "Sumber Daya Manusia",
            "pegawai",
        ),
        ("Produk dan Layanan", "produk"),
        ("Isu Strategis",),
    )
    for (judul, _, syarat), bagian in zip(SYARAT_BAB1, isi, strict=True):
        _judul_jika(w, judul, syarat)
        for x in bagian:
            if x.startswith("kalimat."):
                w.kalimat1(x)
            elif x[0].islower():
                w.tabel(f"tabel.{x}")
            else:
                w.blok(x)
        _akhir_jika(w)
    _judul_jika(w, "Sistematika Penyajian", None)
    w.tag("{%p if narasi['Sistematika Penyajian'] %}")
    w.blok("Sistematika Penyajian")
    w.tag("{%p else %}")
    bab1 = [(kata, syarat) for _, kata, syarat in SYARAT_BAB1]
    bab2 = [(kata, syarat) for _, kata, syarat in SYARAT_BAB2]
    bab3 = [
        ("capaian kinerja organisasi", "true"),
        ("indeks kepuasan masyarakat", SYARAT_IKM),
        ("realisasi anggaran", SYARAT_KEUANGAN),
    ]
    bab4 = [
        ("simpulan", "true"),
        ("strategi peningkatan kinerja", _ada("Strategi Peningkatan Kinerja")),
    ]
    for teks in (
        f"BAB I Pendahuluan menyajikan {_daftar_kata(bab1, 'sistematika penyajian laporan')}.",
        f"BAB II Perencanaan Kinerja menyajikan {_daftar_kata(bab2, 'perencanaan kinerja')} "
        "tahun {{ profil.tahun }}.",
        f"BAB III Akuntabilitas Kinerja menyajikan {_daftar_kata(bab3)} tahun "
        "{{ profil.tahun }}.",
        f"BAB IV Penutup menyajikan {_daftar_kata(bab4)}.",
    ):
        w.p(teks, indent=True)
    w.tag("{%p endif %}")


def _bab2(w: Any) -> None:
    """BAB II Perencanaan Kinerja; a section without content is left out."""
    w.judul1("BAB II", "PERENCANAAN KINERJA")
    _mulai_nomor(w, "bab")
    isi = (
        ("Visi",),
        ("Misi", "misi"),
        ("Tujuan dan Sasaran", "renstra"),
        ("Indikator Kinerja Utama", "iku"),
        ("Perjanjian Kinerja", "pk"),
        ("Program dan Kegiatan", "kalimat.program_kegiatan", "anggaran_sasaran"),
    )
    for (judul, _, syarat), bagian in zip(SYARAT_BAB2, isi, strict=True):
        _judul_jika(w, judul, syarat)
        if judul == "Visi":
            w.tag("{%p if profil.visi %}")
            w.p("“{{ profil.visi }}”", rata="tengah", tebal=True)
            w.tag("{%p endif %}")
        for x in bagian:
            if x.startswith("kalimat."):
                w.kalimat1(x)
            elif x[0].islower():
                w.tabel(f"tabel.{x}")
            else:
                w.blok(x)
        _akhir_jika(w)


def _bab3a(w: Any) -> None:
    """BAB III A: the scale, then the IKM (from the survey, or the final IKM received)."""
    w.judul1("BAB III", "AKUNTABILITAS KINERJA")
    w.judul("A. Akuntabilitas Kinerja Organisasi")
    w.blok("Pengukuran Kinerja")
    w.tag("{%p if not narasi['Pengukuran Kinerja'] %}")
    w.p("Capaian setiap indikator dikelompokkan menurut skala {{ skala }} berikut.", indent=True)
    w.tag("{%p endif %}")
    w.tabel("tabel.skala")
    w.tag(f"{{%p if {SYARAT_IKM} %}}")
    w.judul(
        "{{ 'Survei Kepuasan Masyarakat' if ada_skm else 'Indeks Kepuasan Masyarakat' }}", 3
    )
    w.blok("Survei Kepuasan Masyarakat")
    w.tag("{%p if kalimat.ikm %}")
    w.tabel("tabel.mutu")
    w.tag("{%p endif %}")
    w.kalimat("kalimat.ikm")
    w.tabel("tabel.skm")
    w.tabel("tabel.responden")
    w.tabel("tabel.ikm_tren")
    w.grafik("ikm")
    w.tag("{%p endif %}")


def _bab3a_capaian(w: Any) -> None:
    """BAB III A.1-4: Sasaran Strategis, the units (numbered under their tier), the recap."""
    _mulai_nomor(w, "capaian")
    _judul_jika(
        w,
        "Capaian Sasaran Strategis",
        _ada("Capaian Sasaran Strategis") + " or kalimat.sasaran or tabel.sasaran",
        "capaian",
        3,
    )
    w.blok("Capaian Sasaran Strategis")
    w.kalimat("kalimat.sasaran")
    w.tabel("tabel.sasaran")
    w.tabel("tabel.sasaran_banding")
    w.tabel("tabel.renstra_akhir")
    w.tabel("tabel.standar")
    w.tabel("tabel.efisiensi")
    w.tabel_daftar("kalimat.program_sasaran")
    _akhir_jika(w)

    for daftar, judul, bagian in (
        ("eselon3", "Capaian Kinerja Eselon III", "Analisis Eselon III"),
        ("eselon4", "Capaian Kinerja Eselon IV", "Analisis Eselon IV"),
        ("lainnya", "Capaian Indikator Kinerja Lainnya", None),
    ):
        _judul_jika(w, judul, daftar, "capaian", 3)
        if bagian:
            w.blok(bagian)
        _unit(w, daftar)
        _akhir_jika(w)
    w.tag("{%p if tabel.eselon4 %}")
    w.p("Rekapitulasi Capaian Indikator Kinerja Eselon IV", tebal=True)
    w.kalimat("kalimat.eselon4")
    w.tag("{%p endif %}")
    w.tabel("tabel.eselon4")
    w.grafik("capaian")
    w.tabel("tabel.rekap_unit")


def _bab3b(w: Any) -> None:
    """BAB III B Akuntabilitas Keuangan, left out with its heading without budget data."""
    w.tag(f"{{%p if {SYARAT_KEUANGAN} %}}")
    w.judul("B. Akuntabilitas Keuangan")
    w.blok("Akuntabilitas Keuangan")
    w.kalimat("kalimat.keuangan")
    w.tabel("tabel.belanja")
    w.tabel_daftar("kalimat.belanja_rinci")
    w.tabel("tabel.program")
    w.grafik("serapan")
    w.tag("{%p if tabel.program_banding or tabel.belanja_banding %}")
    w.judul("Perbandingan dengan Tahun Sebelumnya", 3)
    w.tag("{%p endif %}")
    w.kalimat1("kalimat.banding_program")
    w.tabel("tabel.program_banding")
    w.tabel("tabel.belanja_banding")
    w.tag("{%p endif %}")


def _bab4(w: Any) -> None:
    """BAB IV Penutup."""
    w.judul1("BAB IV", "PENUTUP")
    w.judul("A. Simpulan")
    w.kalimat("kalimat.simpulan")
    w.blok("Simpulan")
    w.tag("{%p if " + _ada("Strategi Peningkatan Kinerja") + " %}")
    w.judul("B. Strategi Peningkatan Kinerja")
    w.blok("Strategi Peningkatan Kinerja")
    w.tag("{%p endif %}")
    w.blok("Penutup")
    w.tanda_tangan()


TITIK = "."  # dotted fill-ins, written by hand after printing (or typed in Word)
SYARAT_PERNYATAAN = "profil.pernyataan_reviu | lower | trim != 'tidak'"


def _pernyataan(w: Any) -> None:
    """PERNYATAAN TELAH DIREVIU: the page the APIP (Inspektorat) fills and signs after its reviu
    (PermenPANRB 53/2014), after BAB IV and before the Lampiran; the conclusion, place and date,
    the Inspektur's name and NIP are dotted fill-ins. Left out when Profil says Tidak."""
    w.tag(f"{{%p if {SYARAT_PERNYATAAN} %}}")
    w.judul1("PERNYATAAN TELAH DIREVIU")
    w.p("{{ profil.NAMA_INSTANSI }}", rata="tengah", tebal=True, spasi=1.15)
    w.tag("{%p if profil.PEMERINTAH_DAERAH %}")
    w.p("{{ profil.PEMERINTAH_DAERAH }}", rata="tengah", tebal=True, spasi=1.15)
    w.tag("{%p endif %}")
    w.p("TAHUN {{ profil.tahun }}", rata="tengah", tebal=True, spasi=1.15)
    for teks in (
        "Kami telah mereviu Laporan Kinerja {{ profil.nama_instansi }} Tahun {{ profil.tahun }} "
        "sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 "
        "Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara "
        "Reviu atas Laporan Kinerja Instansi Pemerintah. Substansi informasi yang dimuat dalam "
        "Laporan Kinerja ini menjadi tanggung jawab manajemen {{ profil.nama_instansi }}.",
        "Reviu bertujuan untuk memberikan keyakinan terbatas mengenai keandalan pengumpulan, "
        "pengklasifikasian, pengikhtisaran dan pelaporan data kinerja dalam Laporan Kinerja "
        "{{ profil.nama_instansi }}.",
    ):
        w.p(teks, indent=True, spasi=1.15)
    # the conclusion: dotted lines that fit the text width, left aligned (never stretched);
    # the page holds the statement and the signature block together
    w.p(f"Berdasarkan reviu kami, {TITIK * 46}", rata="kiri", indent=True, spasi=1.5)
    for _ in range(2):
        akhir = w.p(TITIK * 94, rata="kiri", spasi=1.5)
    akhir.paragraph_format.keep_with_next = True  # the signature never opens a page alone
    for teks, tebal in (
        (f"{TITIK * 20}, {TITIK * 24}", False),
        (
            "{{ ('INSPEKTUR ' ~ (profil.PEMERINTAH_DAERAH | replace('PEMERINTAH ', ''))) "
            "| trim }},",
            True,
        ),
    ):
        w.p(teks, gaya="Tanda Tangan APIP", tebal=tebal, spasi=1.15)
    for _ in range(3):
        w.p(gaya="Tanda Tangan APIP")
    w.p(TITIK * 32, gaya="Tanda Tangan APIP", tebal=True)
    w.p(f"NIP.\u00a0{TITIK * 26}", gaya="Tanda Tangan APIP").paragraph_format.keep_with_next = False
    _akhir_jika(w)


def _lampiran(w: Any) -> None:
    """LAMPIRAN: the quarterly table and the extra sheets named for it."""
    w.tag("{%p if tambahan['Lampiran'] or tabel.triwulan %}")
    w.judul1("LAMPIRAN")
    w.tabel("tabel.triwulan")
    w.tabel_daftar("tambahan['Lampiran']")
    w.tag("{%p endif %}")


def _unit(w: Any, daftar: str) -> None:
    """Each unit of a tier, numbered under its tier's heading ('2.1 Camat' below '2.')."""
    w.tag(f"{{%p for u in {daftar} %}}")
    w.judul("{{ capaian.n }}.{{ u.nomor }} {{ u.nama }}", 4)
    w.kalimat("u.kalimat")
    w.tabel("u.tabel")
    w.tabel("u.tabel_banding")
    w.narasi("u.narasi")
    w.gambar("u.gambar")
    w.tabel_daftar("u.tambahan", "tt")
    w.tabel("u.tabel_program")
    w.tag("{%p endfor %}")


BAGIAN = (
    _sampul, _awal, _bab1, _bab2, _bab3a, _bab3a_capaian, _bab3b, _bab4, _pernyataan, _lampiran
)
"""The template's parts, in the order of the document."""
