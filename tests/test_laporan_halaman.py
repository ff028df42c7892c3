"""Pages a Kepala would sign, read from the PDF as a reader sees them: no word broken inside a
table cell, the signature block on one page with its NIP on one line, every caption on the page
where its table or figure starts, landscape pages for tables too wide for portrait, and page
numbers that run on across them. For the sample and for offices unlike it (tests/kantor.py: a
Dinas with only Sasaran Strategis indikator and a received IKM, a Badan with several units; and
a Dinas typed with long names below). Reports are made with `lakip laporan --pdf`."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import kantor
import openpyxl
import pytest
from conftest import AKAR
from docx import Document
from docx.oxml.ns import qn

from lakip_xl.laporan import ukuran, wordml
from lakip_xl.laporan.tabel import Sel, TabelLaporan

NBSP = "\u00a0"


# --- an office with long names, typed into a blank workbook -----------------------------------

ES3, ES4 = kantor.ES3, kantor.ES4
_SASARAN = "Meningkatnya penyelenggaraan pemberdayaan masyarakat dan pemerintahan desa"
_DUKCAPIL = "Meningkatnya kualitas pelayanan administrasi kependudukan"

PROFIL_PANJANG: dict[str, object] = {
    "Nama Instansi": "Dinas Pemberdayaan Masyarakat, Desa, Kependudukan dan Pencatatan Sipil",
    "Pemerintah Daerah": "Kabupaten Hulu Sungai Tengah",
    "Nama Pimpinan": "Dr. H. Muhammad Abdurrahman Syahputra, S.Sos., M.Si.",
    "Jabatan Pimpinan": "Kepala Dinas Pemberdayaan Masyarakat, Desa, Kependudukan dan "
    "Pencatatan Sipil",
    "NIP Pimpinan": "19681231 199003 1 015",
    "Tempat dan Tanggal Laporan": "Barabai, Februari 2025",
    "Periode Renstra": "2021-2026",
}


def _ind(kode: str, tingkat: str, pj: str, sasaran: str, nama: str, satuan: str, target: object,
         realisasi: object, pol: str = "Positif") -> dict[str, object]:
    return {
        "Kode": kode, "Tingkat": tingkat, "Penanggung Jawab": pj, "Sasaran": sasaran,
        "Indikator Kinerja": nama, "Satuan": satuan, "Polaritas": pol, "Target": target,
        "Realisasi": realisasi,
    }  # fmt: skip


INDIKATOR_PANJANG = [
    _ind("SEK-1", ES3, "Sekretaris", _SASARAN,
         "Persentase penyelesaian dokumen perencanaan, pelaporan dan pertanggungjawaban keuangan "
         "tepat waktu", "persen", 100, 100),
    _ind("SEK-2", ES3, "Sekretaris", _SASARAN,
         "Persentase keterlambatan penyampaian laporan pertanggungjawaban keuangan", "persen",
         10, 12, "Negatif"),
    _ind("PMD-1", ES3, "Kepala Bidang Pemberdayaan Kelembagaan Masyarakat Desa", _SASARAN,
         "Persentase desa/kelurahan yang menyelenggarakan musyawarah perencanaan pembangunan "
         "partisipatif", "desa/kelurahan", 85, 88),
    _ind("DUK-1", ES3, "Kepala Bidang Pelayanan Pendaftaran Penduduk", _DUKCAPIL,
         "Persentase kepemilikan kartu tanda penduduk elektronik", "persen", 98, 97),
    _ind("DUK-2", ES4, "Kepala Seksi Identitas Penduduk", _DUKCAPIL,
         "Rata-rata waktu penerbitan dokumen kependudukan (hari kerja)", "hari", 3, 2, "Negatif"),
    _ind("DUK-3", ES4, "Kepala Seksi Pindah Datang dan Pendataan Penduduk", _DUKCAPIL,
         "Persentase penyelenggaraan administrasi kependudukan berbasis teknologi informasi",
         "persen", 75, 60),
    _ind("PMD-2", ES4, "Kepala Seksi Kelembagaan dan Pemberdayaan Kesejahteraan Keluarga",
         _SASARAN, "Jumlah kelompok Pemberdayaan Kesejahteraan Keluarga (PKK) yang dibina",
         "kelompok", 40, 46),
]  # fmt: skip

ANGGARAN_PANJANG = [
    {"Kode": "2.13.01", "Jenis": "Program", "Sasaran": _SASARAN,
     "Uraian": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"},
    {"Kode": "2.13.01.2.02", "Jenis": "Kegiatan", "Anggaran": 2_345_678_900,
     "Realisasi": 2_198_765_432, "Uraian": "Administrasi Keuangan Perangkat Daerah"},
    {"Kode": "2.12.02", "Jenis": "Program", "Sasaran": _DUKCAPIL,
     "Uraian": "Program Pendaftaran Penduduk dan Pencatatan Sipil"},
    {"Kode": "2.12.02.2.01", "Jenis": "Kegiatan", "Anggaran": 1_100_000_000,
     "Realisasi": 1_045_500_000,
     "Uraian": "Penyelenggaraan Pendaftaran Penduduk dan Penerbitan Dokumen Kependudukan"},
]  # fmt: skip

BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def panjang(folder: Path) -> Path:
    """A Dinas with long names (unit, indikator, title of its head), Negatif indikator, three
    Eselon III and three Eselon IV units, and a 15-column monthly table for the Lampiran."""
    p = kantor.kosong(folder / "dpmd-dukcapil-2024.xlsx", 2024)
    kantor.isi(
        p,
        PROFIL_PANJANG,
        {"Indikator": INDIKATOR_PANJANG, "Anggaran": ANGGARAN_PANJANG},
    )
    wb = openpyxl.load_workbook(p)
    ws = wb.create_sheet("Tabel Dokumen Bulanan")
    ws["A1"], ws["B1"] = "Judul", "Penerbitan Dokumen Kependudukan per Bulan Tahun 2024"
    ws["A2"] = "Bagian"
    ws.append([])
    ws.append(["No", "Jenis Dokumen", *BULAN, "Jumlah"])
    for i, (jenis, dasar) in enumerate(
        [("Kartu Tanda Penduduk Elektronik", 1210), ("Kartu Identitas Anak", 845),
         ("Akta Kelahiran", 1032), ("Kartu Keluarga", 1517)], 1
    ):  # fmt: skip
        bulanan = [dasar + 37 * b for b in range(12)]
        ws.append([i, jenis, *bulanan, sum(bulanan)])
    wb.save(p)
    return p


# --- the reports, as a user makes them --------------------------------------------------------


def laporan(xlsx: Path) -> Path:
    docx = xlsx.with_suffix(".docx")
    r = subprocess.run(
        [*kantor.LAKIP, "laporan", xlsx.name, "-o", docx.name, "--pdf"],
        cwd=xlsx.parent,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    return docx


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("halaman")


@pytest.fixture(scope="module")
def contoh(folder: Path) -> Path:
    p = folder / "contoh.xlsx"
    p.write_bytes((AKAR / "workbook" / "contoh-panyipatan-2020.xlsx").read_bytes())
    return laporan(p)


@pytest.fixture(scope="module")
def dinas(folder: Path) -> Path:
    return laporan(kantor.dinas(folder))


@pytest.fixture(scope="module")
def badan(folder: Path) -> Path:
    return laporan(kantor.badan(folder))


@pytest.fixture(scope="module")
def dinas_panjang(folder: Path) -> Path:
    return laporan(panjang(folder))


LAPORAN = ["contoh", "dinas", "badan", "dinas_panjang"]


# --- the PDF as words with their place --------------------------------------------------------


@dataclass
class Baris:
    y: float
    kata: list[str]

    @property
    def teks(self) -> str:
        return " ".join(self.kata).replace(NBSP, " ")


@dataclass
class Halaman:
    lebar: float
    tinggi: float
    baris: list[Baris]  # the footer (page number) left out
    kaki: list[str]  # the footer's words

    @property
    def lanskap(self) -> bool:
        return self.lebar > self.tinggi


def baca_pdf(pdf: Path) -> list[Halaman]:
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    hasil = []
    for hal in xml.split("<page ")[1:]:
        ukuran_hal = re.match(r'width="([\d.]+)" height="([\d.]+)"', hal)
        lebar, tinggi = (float(x) for x in ukuran_hal.groups())
        baris, kaki = [], []
        for y, isi in re.findall(r'<line [^>]*yMin="([\d.]+)"[^>]*>(.*?)</line>', hal, re.S):
            kata = [html.unescape(k) for k in re.findall(r"<word [^>]*>([^<]*)</word>", isi)]
            if float(y) > tinggi - 60:  # the footer sits 1,25 cm above the page's foot
                kaki += kata
            else:
                baris.append(Baris(float(y), kata))
        hasil.append(Halaman(lebar, tinggi, baris, kaki))
    return hasil


def _kata(teks: str) -> list[str]:
    """Words as a line may break them: at spaces, and after a hyphen or slash."""
    return [x for w in teks.split() for x in re.split(r"(?<=[-/])", w) if x]


def _teks(el) -> str:
    return "".join(t.text or "" for t in el.iter(qn("w:t")))


def kata_dokumen(docx: Path) -> tuple[set[str], set[str]]:
    """(every word of the document body, the words of table cells)."""
    body = Document(str(docx)).element.body
    semua = {k for p in body.iter(qn("w:p")) for k in _kata(_teks(p))}
    sel = {k for tc in body.iter(qn("w:tc")) for p in tc.iter(qn("w:p")) for k in _kata(_teks(p))}
    return semua, sel


def potongan_kata(docx: Path, hal: list[Halaman]) -> list[tuple[int, str]]:
    """Pieces of table-cell words in the PDF: a word the document does not have that is the
    start or the end of a cell word ('Realis' + 'asi', 'N' + 'o'). A word broken over two
    lines leaves such a piece on at least one of them."""
    semua, sel = kata_dokumen(docx)
    potongan = {w[:i] for w in sel for i in range(1, len(w))}
    potongan |= {w[i:] for w in sel for i in range(1, len(w))}
    return [
        (n, k)
        for n, h in enumerate(hal, 1)
        # the Daftar Isi/Tabel/Gambar pages hold no table cell, only captions and page
        # numbers (a "8" after a caption too long for its dot leader is no broken word)
        if not (h.baris and h.baris[0].kata[:1] == ["DAFTAR"])
        for b in h.baris
        for k in b.kata
        if k not in semua and (k in potongan or k.rstrip("-") in potongan)
    ]


JUDUL_SUMBU = ("Nilai IKM", "Capaian (%)", "Serapan (%)", "Jumlah indikator", "Jumlah program")
"""Axis titles of the report's charts: the text a page holding a chart prints."""


def halaman_gambar(pdf: Path) -> set[int]:
    """The pages holding an image (a photo, the logo) or a chart (drawn as vector graphics with
    text, so found by its axis title)."""
    keluar = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    gambar = {int(b.split()[0]) for b in keluar.splitlines()[2:] if b.strip()}
    teks = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    grafik = {
        n for n, h in enumerate(teks, 1)
        if "DAFTAR" not in h and any(j in h for j in JUDUL_SUMBU)
    }  # fmt: skip
    return gambar | grafik


def keterangan(hal: list[Halaman], jenis: str) -> dict[int, tuple[int, float]]:
    """Caption number -> (page, y) of the caption in the text (the last line starting
    'Tabel N.': the lists of tables and figures come before the text)."""
    hasil = {}
    for n, h in enumerate(hal, 1):
        for b in h.baris:
            if len(b.kata) > 1 and b.kata[0] == jenis and re.fullmatch(r"\d+\.", b.kata[1]):
                hasil[int(b.kata[1][:-1])] = (n, b.y)
    return hasil


# --- the checks -----------------------------------------------------------------------------


@pytest.mark.lo
@pytest.mark.parametrize("nama", LAPORAN)
def test_tidak_ada_kata_terpotong_di_sel_tabel(nama: str, request: pytest.FixtureRequest) -> None:
    docx = request.getfixturevalue(nama)
    hal = baca_pdf(docx.with_suffix(".pdf"))
    _, sel = kata_dokumen(docx)
    teks_pdf = {k for h in hal for b in h.baris for k in b.kata}
    assert len(sel) > 100 and len(sel & teks_pdf) > 0.95 * len(sel), "kata sel tak terbaca di PDF"
    # a native chart prints its axis values ("0 20 40 60 80 100") as text on its page: numbers
    # there that are the start or end of a cell's number are no broken words
    grafik = halaman_gambar(docx.with_suffix(".pdf"))
    assert [(n, k) for n, k in potongan_kata(docx, hal)
            if not (n in grafik and re.fullmatch(r"\d+", k))] == []


@pytest.mark.lo
@pytest.mark.parametrize("nama", LAPORAN)
def test_tanda_tangan_utuh_di_satu_halaman(nama: str, request: pytest.FixtureRequest) -> None:
    docx = request.getfixturevalue(nama)
    hal = baca_pdf(docx.with_suffix(".pdf"))
    d = Document(str(docx))
    blok = [p.text for p in d.paragraphs if p.style.style_id == "TandaTangan" and p.text.strip()]
    nip = next(t for t in blok if t.startswith("NIP.")).replace(NBSP, " ")
    tempat, jabatan, nama_pimpinan = blok[0], blok[1], blok[2]
    assert re.fullmatch(r"NIP\. \d{8} \d{6} \d \d{3}", nip)
    # the NIP lines of signed blocks (the Pernyataan Telah Direviu page's "NIP. ....." is the
    # APIP's fill-in, in its own style)
    halaman_nip = [n for n, h in enumerate(hal) for b in h.baris
                   if b.teks.startswith("NIP") and re.search(r"\d", b.teks)]
    # Kata Pengantar, Ikhtisar Eksekutif, Penutup: each block signed on one page
    assert len(halaman_nip) == sum(t.startswith("NIP.") for t in blok) >= 2
    for n in halaman_nip:
        baris = [b.teks for b in hal[n].baris]
        assert nip in baris, (n + 1, "NIP terpotong")
        teks = " ".join(baris)
        for bagian in (tempat, jabatan, nama_pimpinan):
            assert " ".join(bagian.split()) in teks, (n + 1, bagian)


@pytest.mark.lo
@pytest.mark.parametrize("nama", LAPORAN)
def test_keterangan_sehalaman_dengan_tabel_dan_gambar(
    nama: str, request: pytest.FixtureRequest
) -> None:
    docx = request.getfixturevalue(nama)
    pdf = docx.with_suffix(".pdf")
    hal = baca_pdf(pdf)
    tabel = Document(str(docx)).tables
    ket = keterangan(hal, "Tabel")
    assert sorted(ket) == list(range(1, len(tabel) + 1))
    for i, t in enumerate(tabel, 1):
        n, y = ket[i]
        kepala = [_kata(c.text)[0] for c in t.rows[0].cells[:2] if c.text.strip()]
        bawah = {k for b in hal[n - 1].baris if b.y > y for k in b.kata}
        assert set(kepala) <= bawah, (f"Tabel {i}", n, kepala)
    gambar = keterangan(hal, "Gambar")
    assert gambar, "tanpa gambar"
    ada = halaman_gambar(pdf)
    for i, (n, _) in sorted(gambar.items()):
        assert n in ada, (f"Gambar {i}", n)


@pytest.mark.lo
def test_tabel_lebar_di_halaman_lanskap_nomor_halaman_berlanjut(
    contoh: Path, dinas_panjang: Path
) -> None:
    for docx, judul in (
        (contoh, "Rencana Strategis"),
        (dinas_panjang, "Penerbitan Dokumen Kependudukan per Bulan"),
    ):
        hal = baca_pdf(docx.with_suffix(".pdf"))
        n = max(  # the caption in the text, after the Daftar Tabel
            i for i, h in enumerate(hal) for b in h.baris
            if re.match(rf"Tabel \d+\. {judul}", b.teks)
        )  # fmt: skip
        assert hal[n].lanskap and not hal[n - 1].lanskap, (docx.name, n + 1)
        # BAB I is page 1; from there every page, across and upright, carries the next number
        awal = next(i for i, h in enumerate(hal) if any(b.teks == "BAB I" for b in h.baris))
        nomor = [h.kaki for h in hal[awal:]]
        assert nomor == [[str(i)] for i in range(1, len(nomor) + 1)], docx.name


# --- column widths and page layout, without LibreOffice ---------------------------------------


def test_lebar_huruf_arial() -> None:
    """Arial's advance widths (2048 units to the em; Liberation Sans has the same): bold
    R 1479, e a s 1139, l i 569; regular e a 1139, s 1024, l i 455."""
    bold = (1479 + 1139 * 5 + 569 * 3) / 2048
    regular = (1479 + 1139 * 3 + 1024 * 2 + 455 * 3) / 2048
    assert ukuran.huruf(tebal=True).kata("Realisasi") == pytest.approx(bold, abs=1e-9)
    assert ukuran.huruf().kata("Realisasi") == pytest.approx(regular, abs=1e-9)
    # words split at spaces only: a NIP joined by non-breaking spaces is one word
    kata, baris = ukuran.huruf().ukur(f"NIP.{NBSP}19681231{NBSP}199003 a")
    assert kata > baris / 2


def _tabel(kepala: list[str], baris: list[list[str]], lebar: list[float]) -> TabelLaporan:
    return TabelLaporan(
        "uji", "Uji", [[Sel(k, "tengah", True) for k in kepala]],
        [[Sel(x) for x in b] for b in baris], lebar,
    )  # fmt: skip


def test_kolom_tidak_lebih_sempit_dari_katanya() -> None:
    """A 'No' column given 2 % of the width still holds 'No'; each column holds its widest
    word in its font (9 pt bold header, 9 pt body) with the cell margins (2 x 85 twips)."""
    t = _tabel(
        ["No", "Indikator Kinerja", "Satuan", "Realisasi", "Kategori"],
        [["1", "Persentase penyelenggaraan administrasi", "persen", "97,00", "Memuaskan"]],
        [0.2, 6, 0.5, 0.5, 0.5],
    )
    tata = wordml.tata_letak(t)
    assert not tata.lanskap and tata.gaya == wordml.GAYA_ISI
    assert sum(tata.lebar) == wordml.LEBAR_ISI_TWIP
    tebal, biasa = ukuran.huruf(tebal=True), ukuran.huruf()
    for i, kata in enumerate(
        [tebal.kata("No"), biasa.kata("penyelenggaraan"), tebal.kata("Satuan"),
         tebal.kata("Realisasi"), biasa.kata("Memuaskan")]
    ):  # fmt: skip
        assert tata.lebar[i] >= kata * 9 * 20 + 2 * 85, i
    # the text column keeps the largest share
    assert tata.lebar[1] == max(tata.lebar)


def test_tabel_terlalu_lebar_ke_halaman_lanskap() -> None:
    """15 columns of 4-digit numbers: too wide for 14 cm even at 7,5 pt, they fit across."""
    t = _tabel(
        ["No", "Jenis Dokumen", *BULAN, "Jumlah"],
        [["1", "Akta Kelahiran", *(f"1.{i:03d}" for i in range(12)), "12.066"]],
        [0.4, 3] + [1] * 13,
    )
    tata = wordml.tata_letak(t)
    assert tata.lanskap and sum(tata.lebar) == wordml.LEBAR_LANSKAP_TWIP
    assert "<!--lakip:lanskap-->" in wordml.tabel_xml(t)


_SECT = (
    '<w:sectPr><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" '
    'w:h="16838"/><w:pgMar w:top="1701" w:right="1701" w:bottom="1701" w:left="2268" '
    'w:header="709" w:footer="709" w:gutter="0"/><w:pgNumType w:fmt="decimal" w:start="1"/>'
    "</w:sectPr>"
)


def test_tabel_lanskap_membelah_bagian_halaman() -> None:
    """The section holding a landscape table becomes three: upright (keeping the restart of
    page numbers), across (margins turned: the 4 cm binding margin on top), upright again;
    the table's caption moves with it, the footer stays the same."""
    keterangan_xml = (
        '<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:instrText> SEQ Tabel \\* ARABIC '
        "</w:instrText></w:r><w:r><w:t>Tabel 1</w:t></w:r></w:p>"
    )
    xml = (
        "<w:body><w:p><w:r><w:t>Awal</w:t></w:r></w:p>" + keterangan_xml
        + wordml.MULAI_LANSKAP + "<w:tbl/>" + wordml.AKHIR_LANSKAP
        + "<w:p><w:r><w:t>Akhir</w:t></w:r></w:p>" + _SECT + "</w:body>"
    )  # fmt: skip
    hasil = wordml.atur_halaman(xml)
    sect = re.findall(r"<w:sectPr>.*?</w:sectPr>", hasil)
    assert len(sect) == 3
    assert 'w:start="1"' in sect[0] and 'w:h="16838"' in sect[0]
    assert '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' in sect[1]
    assert 'w:top="2268" w:right="1701" w:bottom="1701" w:left="1701"' in sect[1]
    assert all('r:id="rId9"' in s for s in sect) and "w:start" not in sect[1] + sect[2]
    # order: Awal | section break | caption, table | section break | Akhir
    assert hasil.index("Awal") < hasil.index(sect[0]) < hasil.index("Tabel 1")
    assert hasil.index("<w:tbl/>") < hasil.index(sect[1]) < hasil.index("Akhir")
    assert "lakip:lanskap" not in hasil


def test_paragraf_sebelum_tanda_tangan_ikut_halamannya() -> None:
    xml = (
        "<w:body><w:p><w:pPr><w:ind w:firstLine=\"709\"/></w:pPr><w:r><w:t>Demikian.</w:t>"
        '</w:r></w:p><w:p><w:pPr><w:pStyle w:val="TandaTangan"/></w:pPr><w:r><w:t>Barabai'
        '</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="TandaTangan"/></w:pPr></w:p></w:body>'
    )
    hasil = wordml.atur_halaman(xml)
    assert '<w:p><w:pPr><w:keepNext/><w:ind w:firstLine="709"/></w:pPr>' in hasil
    assert hasil.count("<w:keepNext/>") == 1


def test_tabel_lanskap_di_dalam_sel_templat_tidak_membelah_bagian() -> None:
    """A template that puts a table inside a table cell: a section cannot break there, so the
    document keeps its one section (and stays valid)."""
    xml = (
        "<w:body><w:tbl><w:tr><w:tc><w:p/>" + wordml.MULAI_LANSKAP + "<w:tbl/>"
        + wordml.AKHIR_LANSKAP + "</w:tc></w:tr></w:tbl>" + _SECT + "</w:body>"
    )  # fmt: skip
    hasil = wordml.atur_halaman(xml)
    assert hasil.count("<w:sectPr>") == 1 and "lakip:lanskap" not in hasil


def test_judul_kolom_gabungan_melebarkan_kolomnya() -> None:
    """A header cell over two narrow columns ('Jumlah Indikator per Kategori' over two
    numbers) makes the two together hold its widest word, 'Kategori' in 9 pt bold."""
    t = TabelLaporan(
        "uji", "Uji",
        [[Sel("Unit", tebal=True), Sel("Jumlah per Kategori", tebal=True, rentang=2)]],
        [[Sel("Camat"), Sel("1"), Sel("2")]],
        [8, 0.1, 0.1],
    )  # fmt: skip
    tata = wordml.tata_letak(t)
    perlu = ukuran.huruf(tebal=True).kata("Kategori") * 9 * 20 + 2 * 85
    assert tata.lebar[1] + tata.lebar[2] >= perlu


def test_tabel_terlalu_lebar_di_huruf_terkecil() -> None:
    """40 columns of 12-digit amounts do not fit even across the page at 6,5 pt: the smallest
    font, across the page, the full width shared (the only case a word may still break)."""
    t = _tabel([f"K{i}" for i in range(40)], [["123.456.789.012"] * 40], [1] * 40)
    tata = wordml.tata_letak(t)
    assert (tata.gaya, tata.lanskap) == (wordml.GAYA_MINI, True)
    assert sum(tata.lebar) == wordml.LEBAR_LANSKAP_TWIP
