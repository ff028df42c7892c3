"""`lakip reviu`: the capaian sentence and numbers in prose against the document's own tables.

A .docx typed the way an office types it (python-docx): a Sasaran Strategis table, an Eselon
III table and an anggaran table, and sentences that contradict them or agree with them. The
numbers, worked by hand:
  Tabel 3.1  Tingkat pengangguran terbuka (-), Negatif: (2 x 4,75 - 1,50) / 4,75 x 100 = 168,42
             Persentase pencari kerja yang ditempatkan: 72 / 92,9 x 100 = 77,5027 -> 77,50
             Indeks Kepuasan Masyarakat: 82,50 / 80 x 100 = 103,125 -> 103,13
             average (168,42 + 77,50 + 103,13) / 3 = 349,05 / 3 = 116,35
  Tabel 3.2  90 / 100 = 90,00; 10 / 8 = 125,00; average 215 / 2 = 107,50
  Both tables: 5 indikator, 3 at or above 100 (168,42, 103,13, 125,00), none Cukup (50-60)
  Tabel 3.3  Jumlah 1.000.000.000 / 840.000.000: serapan 840 / 1000 x 100 = 84,00
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lakip_xl.calc import kalimat as K
from lakip_xl.reviu import inti

TABEL = [
    ("Tabel 3.1 Capaian Indikator Sasaran Strategis Tahun 2024", [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Tingkat pengangguran terbuka (-)", "%", "4,75", "1,50", "168,42"],
        ["2", "Persentase pencari kerja yang ditempatkan", "%", "92,9", "72", "77,50"],
        ["3", "Indeks Kepuasan Masyarakat", "Nilai", "80", "82,50", "103,13"],
        ["", "Rata-rata", "", "", "", "116,35"],
    ]),
    ("Tabel 3.2 Capaian Indikator Kinerja Eselon III Tahun 2024", [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Persentase laporan keuangan tepat waktu", "%", "100", "90", "90,00"],
        ["2", "Jumlah pelatihan kerja yang dilaksanakan", "paket", "8", "10", "125,00"],
        ["", "Rata-rata", "", "", "", "107,50"],
    ]),
    ("Tabel 3.3 Realisasi Anggaran Tahun 2024", [
        ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"],
        ["1", "Administrasi Keuangan", "600.000.000", "540.000.000", "90,00"],
        ["2", "Pelatihan Berbasis Kompetensi", "400.000.000", "300.000.000", "75,00"],
        ["", "Jumlah", "1.000.000.000", "840.000.000", "84,00"],
    ]),
]

# (sentence, jenis, tertulis, seharusnya)
SALAH = [
    ("Tingkat pengangguran terbuka tercapai 1,50% dari target 4,75%, dengan capaian kinerja "
     "100%.", "Hitungan", "100%", "168,42"),
    ("Persentase pencari kerja yang ditempatkan tercapai 72% dari target 92,9%, dengan capaian "
     "kinerja 88%.", "Hitungan", "88%", "77,50"),
    # the positive formula on the row Tabel 3.1 marks (-): 1,50 / 4,75 x 100 = 31,58
    ("Capaian sebesar 31,58% (1,50 dari 4,75).", "Polaritas", "31,58%", "168,42"),
    ("Dari target 8 paket terealisasi 10 paket (120%).", "Hitungan", "120%", "125,00"),
    ("Realisasi sebesar 90 dari target 100 atau capaian 95%.", "Hitungan", "95%", "90,00"),
    ("Capaian indikator Persentase laporan keuangan tepat waktu sebesar 95% dengan target 100 "
     "dan realisasi 90.", "Hitungan", "95%", "90,00"),
    ("Realisasi indikator Persentase pencari kerja yang ditempatkan tahun 2024 sebesar 72 atau "
     "80% dari target 92,9.", "Hitungan", "80%", "77,50"),
    # 103,125 truncated
    ("Target sebesar 80 dengan realisasi sebesar 82,50 atau mencapai 103,12%.", "Pembulatan",
     "103,12%", "103,13"),
    ("Capaian rata-rata sasaran strategis sebesar 163%.", "Hitungan", "163%", "116,35"),
    ("Dari 8 indikator kinerja yang diukur, sebagian besar mencapai target.", "Konsistensi",
     "8", "5"),
    ("Terdapat 4 indikator yang telah mencapai target.", "Konsistensi", "4", "3"),
    ("Dengan rincian 3 (tiga) indikator berkategori Cukup.", "Konsistensi", "3", "0"),
    ("Serapan anggaran tahun 2024 sebesar 90,50%.", "Konsistensi", "90,50%", "84,00"),
    ("Total anggaran program dan kegiatan sebesar Rp 1.200.000.000,- untuk 2 program.",
     "Konsistensi", "Rp 1.200.000.000,-", "Rp 1.000.000.000"),
    # no NRR table: the IKM of the text against the IKM row's realisasi in Tabel 3.1
    ("Nilai IKM tahun 2024 adalah 85,20 (mutu B).", "Konsistensi", "85,20", "82,50"),
]

BENAR = [
    "Tingkat pengangguran terbuka tercapai 1,50% dari target 4,75%, dengan capaian kinerja "
    "168,42%.",
    "Persentase pencari kerja yang ditempatkan tercapai 72% dari target 92,9%, dengan capaian "
    "kinerja 77,5%.",
    "Target sebesar 80 dengan realisasi sebesar 82,50 atau mencapai 103,13%.",
    "Capaian indikator Persentase laporan keuangan tepat waktu sebesar 90% dengan target 100 "
    "dan realisasi 90.",
    "Dengan target 92,9 dan realisasi 72, persentase capaian 77,50%.",
    "Rata-rata capaian sasaran strategis sebesar 116,35%.",
    "Rata-rata capaian kinerja eselon III adalah 107,5%.",
    "Dari 5 indikator, 3 indikator telah mencapai target dan 2 indikator belum mencapai target.",
    "Serapan anggaran sebesar 84,00%.",
    "Total anggaran sebesar Rp 1.000.000.000,- dan total realisasi sebesar Rp 840.000.000,-.",
    "Realisasi penempatan meningkat dari 72 menjadi 88 orang, capaian 100%.",
    "Dari target 8 paket terealisasi 10 paket (125%), diikuti 240 peserta dari 12 kecamatan.",
    "Realisasi 72 dari target 92,9 dan realisasi 90 dari target 100, dengan capaian 88%.",
    "Capaian rata-rata tahun 2023 sebesar 163%.",
    "Indeks Kepuasan Masyarakat (IKM) tahun 2024 sebesar 82,50 dengan mutu B.",
]


def _dokumen(path: Path, kalimat: list[str]) -> Path:
    from docx import Document

    d = Document()
    d.add_paragraph("LAPORAN KINERJA DINAS TENAGA KERJA TAHUN 2024")
    d.add_heading("BAB III AKUNTABILITAS KINERJA", 1)
    for judul, isi in TABEL:
        d.add_paragraph(judul)
        t = d.add_table(rows=len(isi), cols=len(isi[0]))
        t.style = "Table Grid"
        for i, baris in enumerate(isi):
            for j, x in enumerate(baris):
                t.cell(i, j).text = x
    for k in kalimat:
        d.add_paragraph(k)
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def hasil(tmp_path_factory: pytest.TempPathFactory) -> inti.HasilReviu:
    d = tmp_path_factory.mktemp("kalimat-reviu")
    return inti.reviu(_dokumen(d / "lkj-disnaker-2024.docx", [k for k, *_ in SALAH] + BENAR))


def _kalimat(hasil: inti.HasilReviu):
    """Findings on the running text, by the paragraph's text."""
    teks = {p.indeks: p.teks for p in hasil.dokumen.paragraf}
    return [(teks.get(t.tempat), t) for t in hasil.temuan if isinstance(t.tempat, int)]


def test_kalimat_salah_ditemukan_dengan_seharusnya(hasil):
    assert hasil.dilewati == []
    dapat = sorted((k, t.jenis, t.tertulis, t.seharusnya) for k, t in _kalimat(hasil))
    assert dapat == sorted(SALAH)
    for _, t in _kalimat(hasil):
        assert t.lokasi.startswith("BAB III AKUNTABILITAS KINERJA, paragraf "), t.lokasi
    dasar = {k: t.dasar for k, t in _kalimat(hasil)}
    assert dasar[SALAH[0][0]] == "(2 x 4,75 - 1,50) / 4,75 x 100 = 168,4211 (indikator negatif)"
    assert dasar[SALAH[1][0]] == "72 / 92,9 x 100 = 77,5027"
    rata = next(k for k, *_ in SALAH if k.startswith("Capaian rata-rata"))
    serapan = next(k for k, *_ in SALAH if k.startswith("Serapan"))
    assert dasar[rata].startswith("rata-rata 3 capaian di Tabel 3")  # "Tabel 3.1" (reader)
    assert dasar[serapan].startswith("840.000.000 / 1.000.000.000 x 100 (Tabel 3")


def test_tabel_tanpa_temuan(hasil):
    """The tables are right: every finding is on a sentence."""
    assert [t for t in hasil.temuan if t.jenis != "Kelengkapan" and
            not isinstance(t.tempat, int)] == []


def test_kalimat_benar_tidak_ditandai(tmp_path: Path):
    h = inti.reviu(_dokumen(tmp_path / "benar.docx", BENAR))
    assert [t for t in h.temuan if t.jenis != "Kelengkapan"] == []


def test_kalimat_berulang_ditandai_di_setiap_paragraf(tmp_path: Path):
    """A wrong sentence repeated (in BAB III and again in the closing chapter) is a finding at
    each paragraph that prints it, with its own place: 72 / 92,9 x 100 = 77,5027 -> 77,50."""
    salah = SALAH[1][0]
    path = _dokumen(tmp_path / "berulang.docx", [salah, "Rincian tiap indikator ada di Tabel 3.1."])
    from docx import Document

    d = Document(str(path))
    d.add_heading("BAB IV PENUTUP", 1)
    d.add_paragraph("Kesimpulan bab ini.")
    d.add_paragraph(salah)
    d.save(str(path))
    h = inti.reviu(path)
    dapat = [(t.lokasi, t.tertulis, t.seharusnya) for k, t in _kalimat(h) if k == salah]
    bab3 = next(p for p in h.dokumen.paragraf if p.teks == salah and p.bab.startswith("BAB III"))
    bab4 = next(p for p in h.dokumen.paragraf if p.teks == salah and p.bab.startswith("BAB IV"))
    assert dapat == [(bab3.lokasi(), "88%", "77,50"), (bab4.lokasi(), "88%", "77,50")]
    assert bab4.lokasi() == "BAB IV PENUTUP, paragraf 3"  # the heading is paragraph 1
    tempat = [t.tempat for k, t in _kalimat(h) if k == salah]
    assert tempat == [bab3.indeks, bab4.indeks]


@pytest.mark.parametrize(("kalimat", "r", "t", "c"), [
    ("... tercapai 72% dari target 92,9%, dengan capaian kinerja 88%.", "72", "92,9", "88"),
    ("realisasi sebesar 72 dari target 92,9 atau capaian 88%.", "72", "92,9", "88"),
    ("capaian sebesar 88% (72 dari 92,9).", "72", "92,9", "88"),
    ("dari target 92,9 terealisasi 72 (88%).", "72", "92,9", "88"),
    # the seed's own wording
    ("mencapai 150% dari target 10 Dokumen terealisasi sebanyak 15 Dokumen", "15", "10", "150"),
    ("Jumlah aduan masyarakat yang difasilitasi (60%) dari target 5 aduan hanya terealisasi 3 "
     "aduan", "3", "5", "60"),
    ("IKM Tahun 2020 adalah 83 dari target 75, dengan nilai capaian sebesar 110,6 %", "83", "75",
     "110,6"),
    ("Target nilai SAKIP tahun 2019 sebesar 65 dengan realisasi sebesar 76,40 atau dengan kata "
     "lain realisasi mencapai 117,53 %", "76,40", "65", "117,53"),
])
def test_bentuk_kalimat_capaian(kalimat: str, r: str, t: str, c: str):
    kl = K.klaim_capaian(kalimat)
    assert kl is not None
    teks = (kl.realisasi.teks.rstrip("% "), kl.target.teks.rstrip("% "),
            kl.capaian.teks.rstrip("% "))
    assert teks == (r, t, c)


@pytest.mark.parametrize("kalimat", [
    "Nilai IKM meningkat dari 72 menjadi 88, capaian 100%.",
    "tercapai 72% dari target 92,9 poin, dengan capaian kinerja 88%.",  # units differ
    "Realisasi 72 dari target 92,9 dan realisasi 90 dari target 100, dengan capaian 88%.",
    "Realisasi sebesar Rp 5.021.250,- dari target Rp 5.000.250,-, atau 99,58%.",  # rupiah rule
])
def test_kalimat_ragu_bukan_klaim(kalimat: str):
    assert K.klaim_capaian(kalimat) is None


def test_seed_kalimat_capaian(tmp_path: Path):
    """The seed's two capaian sentences that truncate: 83 / 75 x 100 = 110,667 printed 110,6;
    76,40 / 65 x 100 = 117,538 printed 117,53. And its Ikhtisar's "24 indikator ...
    berkategori Baik": on its own Tabel 5 scale (Baik: above 60 up to 70) one row of its BAB III
    tables is Baik (the 60 % of Jumlah aduan, 3 of 5)."""
    from seed_docx import bangun

    h = inti.reviu(bangun(tmp_path / "seed.docx"))
    kal = {(t.jenis, t.tertulis, t.seharusnya) for _, t in _kalimat(h)
           if t.uraian.startswith(("Capaian dalam kalimat", "Jumlah indikator"))}
    assert kal == {("Pembulatan", "110,6 %", "110,67"), ("Pembulatan", "117,53 %", "117,54"),
                   ("Konsistensi", "24", "1")}


def test_pdf_temuan_kalimat_sama(tmp_path: Path, hasil):
    """The same document printed to PDF by LibreOffice: the same sentence findings."""
    from lakip_xl.libreoffice import konversi

    docx = Path(hasil.dokumen.path)
    pdf = tmp_path / "lkj-disnaker-2024.pdf"
    konversi.ke_pdf(docx.absolute(), pdf.absolute())
    dari_pdf = inti.reviu(pdf)

    def kunci(h: inti.HasilReviu) -> list[tuple[str, str, str]]:
        return sorted((t.jenis, t.tertulis, t.seharusnya) for t in h.temuan
                      if t.jenis != "Kelengkapan")

    assert kunci(dari_pdf) == kunci(hasil) == sorted((j, t, s) for _, j, t, s in SALAH)


@pytest.mark.parametrize(("kalimat", "temuan"), [
    # overspent (a report made with --paksa over an anggaran galat): 2.330.000.000 /
    # 1.300.000.000 x 100 = 179,2308 -> 179,23; sisa 1.300.000.000 - 2.330.000.000 =
    # -1.030.000.000, 100 - 179,23 = -79,23: printed with their minus, both right
    ("sebesar Rp2.330.000.000 atau 179,23% dari anggaran Rp1.300.000.000, sehingga sisa "
     "anggaran -Rp1.030.000.000 (-79,23%).", []),
    # the minus left out: the sisa printed is not anggaran - realisasi
    ("sebesar Rp2.330.000.000 atau 179,23% dari anggaran Rp1.300.000.000, sehingga sisa "
     "anggaran Rp1.030.000.000 (79,23%).",
     [("79,23%", "179,23"), ("1.030.000.000", "-1.030.000.000")]),
])
def test_sisa_anggaran_bertanda_minus(kalimat: str, temuan: list[tuple[str, str]]):
    from lakip_xl.reviu.dokumen import Paragraf
    from lakip_xl.reviu.periksa_kalimat import periksa_rupiah

    p = Paragraf(0, kalimat, "BAB III", 1)
    assert [(t.tertulis, t.seharusnya) for t in periksa_rupiah(kalimat, p)] == temuan


def test_rentang_bukan_minus():
    """A range's dash is no minus sign: "80-90%" is 90, "(-5,5%)" is -5,5."""
    from decimal import Decimal

    from lakip_xl.reviu.periksa_kalimat import _persen

    assert [n.nilai for _, n in _persen("target 80-90% dan 70 - 75%, turun (-5,5%)")] == [
        Decimal(90), Decimal(75), Decimal("-5.5")]
