"""The report read like a reader reads it, for the sample and for offices unlike it (see
tests/kantor.py): one value per fact, Jumlah rows that add up, no section without content,
numbers in Indonesian format. Reports are made with `lakip laporan --pdf` as a subprocess and
read back with python-docx and pdftotext. Expected values are worked out by hand below."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import kantor
import openpyxl
import pytest
from conftest import AKAR, baca_tabel
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext")


def lakip(*argumen: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*kantor.LAKIP, *argumen], cwd=cwd, capture_output=True, text=True, check=False
    )


def laporan(xlsx: Path, pdf: bool = True) -> Path:
    """`lakip laporan` as a user runs it; returns the .docx (the .pdf lies beside it)."""
    docx = xlsx.with_suffix(".docx")
    r = lakip("laporan", xlsx.name, "-o", docx.name, *(["--pdf"] if pdf else []), cwd=xlsx.parent)
    assert r.returncode == 0, r.stdout + r.stderr
    return docx


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("kantor")


@pytest.fixture(scope="module")
def dinas(folder: Path) -> Path:
    return laporan(kantor.dinas(folder))


@pytest.fixture(scope="module")
def badan(folder: Path) -> Path:
    return laporan(kantor.badan(folder))


@pytest.fixture(scope="module")
def contoh(folder: Path) -> Path:
    p = folder / "contoh.xlsx"
    shutil.copy(AKAR / "workbook" / "contoh-panyipatan-2020.xlsx", p)
    return laporan(p)


# --- reading the documents -----------------------------------------------------------------


def isi_dokumen(docx: Path) -> list[Paragraph | Table]:
    d = Document(str(docx))
    hasil: list[Paragraph | Table] = []
    for el in d.element.body.iterchildren():
        if el.tag.endswith("}p"):
            hasil.append(Paragraph(el, d))
        elif el.tag.endswith("}tbl"):
            hasil.append(Table(el, d))
    return hasil


def teks_docx(docx: Path) -> str:
    return "\n".join(x.text for x in isi_dokumen(docx) if isinstance(x, Paragraph))


def teks_pdf(docx: Path) -> str:
    """The PDF's text with runs of white space made one space (justified lines spread words)."""
    keluar = subprocess.run(
        ["pdftotext", str(docx.with_suffix(".pdf")), "-"], capture_output=True, text=True
    )
    return re.sub(r"\s+", " ", keluar.stdout)


def tabel(docx: Path, awal_judul: str) -> Table:
    """The table under the caption 'Tabel N. <awal_judul>...'."""
    isi = isi_dokumen(docx)
    for i, x in enumerate(isi):
        if isinstance(x, Paragraph) and re.match(rf"Tabel \d+\. {re.escape(awal_judul)}", x.text):
            return next(y for y in isi[i + 1 :] if isinstance(y, Table))
    raise AssertionError(f"tidak ada tabel '{awal_judul}'")


def baris_tabel(t: Table, kepala: bool = False) -> list[list[str]]:
    """Rows as texts per grid column (a merged cell repeats its text), body rows only unless
    `kepala`."""
    hasil = []
    for r in t.rows:
        if (r._tr.trPr is not None and r._tr.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader"
        ) is not None) != kepala:
            continue
        hasil.append([c.text.strip() for c in r.cells])
    return hasil


def angka(teks: str) -> Decimal | None:
    """'1.234.567' -> 1234567, '98,33' -> 98.33; None when the cell is not a number."""
    t = teks.strip()
    if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", t):
        return None
    return Decimal(t.replace(".", "").replace(",", "."))


def judul(docx: Path) -> list[tuple[int, str]]:
    return [
        (int(x.style.name.split()[-1]), x.text)
        for x in isi_dokumen(docx)
        if isinstance(x, Paragraph) and x.style.name.startswith("Heading")
    ]


# --- checks every report must pass ---------------------------------------------------------


def periksa_jumlah(docx: Path) -> int:
    """Every row labelled Jumlah is the sum of the rows above it (of the Roman-numbered rows
    when the table groups rows under them), column by column, for amounts and counts (not
    percentages). Returns how many Jumlah rows were checked."""
    diperiksa = 0
    for t in (x for x in isi_dokumen(docx) if isinstance(x, Table)):
        kepala = baris_tabel(t, kepala=True)
        badan = baris_tabel(t)
        for i, b in enumerate(badan):
            if not b[0].startswith("Jumlah"):
                continue
            atas = badan[:i]
            romawi = [r for r in atas if re.fullmatch(r"[IVXLC]+", r[0])]
            atas = romawi or atas
            for j, sel in enumerate(b):
                nilai = angka(sel)
                if nilai is None or sel == b[0] or any("%" in k[j] for k in kepala if j < len(k)):
                    continue
                jumlah = sum((angka(r[j]) or Decimal(0) for r in atas if j < len(r)), Decimal(0))
                assert jumlah == nilai, (docx.name, kepala[0], b, j)
            diperiksa += 1
    return diperiksa


def periksa_judul_berisi(docx: Path) -> None:
    """No heading is directly followed by a heading of the same or a higher level."""
    isi = [
        x
        for x in isi_dokumen(docx)
        if isinstance(x, Table) or x.text.strip() or x._p.xpath(".//w:drawing")
    ]
    for a, b in zip(isi, [*isi[1:], None], strict=True):
        if not (isinstance(a, Paragraph) and a.style.name.startswith("Heading")):
            continue
        level = int(a.style.name.split()[-1])
        kosong = b is None or (
            isinstance(b, Paragraph)
            and b.style.name.startswith("Heading")
            and int(b.style.name.split()[-1]) <= level
        )
        assert not kosong, f"{docx.name}: judul tanpa isi '{a.text}'"


def daftar_isi(docx: Path) -> str:
    """The Daftar Isi as LibreOffice filled it in the PDF."""
    teks = teks_pdf(docx)
    awal = teks.index("DAFTAR ISI")
    entri = teks.index("DAFTAR TABEL", awal)  # the list's own line for Daftar Tabel
    return teks[awal : teks.index("DAFTAR TABEL", entri + 1)]


@pytest.mark.parametrize("nama", ["contoh", "dinas", "badan"])
def test_jumlah_dan_judul(nama: str, request: pytest.FixtureRequest) -> None:
    docx = request.getfixturevalue(nama)
    assert periksa_jumlah(docx) >= (1 if nama != "dinas" else 0)
    periksa_judul_berisi(docx)
    pdf = teks_pdf(docx)
    for tingkat, teks in judul(docx):
        if tingkat == 4:  # '2.1 Camat': a heading number, not a decimal
            pdf = pdf.replace(teks, "")
    # every number Indonesian: no decimal point between digits outside codes and dates
    assert not re.search(r"(?<![\d.])\d{1,3}\.\d{1,2}(?![\d.])", pdf), re.findall(
        r".{30}(?<![\d.])\d{1,3}\.\d{1,2}(?![\d.]).{30}", pdf
    )
    assert "bilangan bulat" not in pdf
    for keterangan in re.findall(r"Tabel \d+\. [^.]*", pdf):
        assert not re.search(r"\([^)]*\(", keterangan), keterangan  # no nested brackets
    # the Daftar Isi holds exactly the headings of the document
    toc = daftar_isi(docx)
    for tingkat, teks in judul(docx):
        if tingkat <= 3 and teks not in ("DAFTAR ISI",):
            assert re.sub(r"\s+", " ", teks).split(" (")[0][:25] in toc, teks


# --- the Dinas: only Sasaran Strategis, a final IKM without survey, capped average -------------


def test_dinas_ikm_akhir_satu_nilai(dinas: Path) -> None:
    """IKM 2024 = 82,50 (Riwayat IKM); the IKM indikator's realisasi left empty takes it:
    capaian 82,50 / 80 = 103,125 -> 103,13. Last year 80,10: +2,40 poin, 2,40 / 80,10 = 3,00%."""
    teks = teks_docx(dinas)
    assert (
        "Indeks Kepuasan Masyarakat (IKM) Dinas Ketahanan Pangan tahun 2024 adalah 82,50 "
        "(mutu B, Baik)." in teks
    )
    assert (
        "IKM tahun 2024 sebesar 82,50 (mutu B, Baik) meningkat 2,40 poin (3,00%) dibanding "
        "tahun 2023 (80,10)." in teks
    )
    assert set(re.findall(r"IKM\) Dinas Ketahanan Pangan tahun 2024 adalah ([\d,]+)", teks)) == {
        "82,50"
    }
    sasaran = baris_tabel(tabel(dinas, "Target, Realisasi dan Capaian Sasaran Strategis"))
    assert sasaran[2][3:6] == ["80 Nilai", "82,50 Nilai", "103,13"]
    tren = baris_tabel(tabel(dinas, "Perkembangan Indeks Kepuasan Masyarakat"))
    assert tren == [
        ["2022", "78,20", "B", "Baik"],
        ["2023", "80,10", "B", "Baik"],
        ["2024", "82,50", "B", "Baik"],
    ]
    pdf = teks_pdf(dinas)
    assert pdf.count("adalah 82,50 (mutu B, Baik)") == 3  # Ikhtisar, BAB III A, Simpulan
    # the Ringkasan sheet shows it too, with its source
    xlsx = dinas.with_suffix(".xlsx")
    assert lakip("hitung", xlsx.name, cwd=xlsx.parent).returncode == 0
    ring = {r["Uraian"]: r for r in baca_tabel(xlsx, "Ringkasan")}
    assert ring["IKM (nilai konversi)"]["Nilai"] == pytest.approx(82.50)
    assert "Riwayat IKM" in ring["IKM (nilai konversi)"]["Keterangan"]


def test_dinas_rata_rata_dibatasi_100(dinas: Path) -> None:
    """Capaian 99/90 = 110,00; 84,07/88,5 = 94,99; 103,13. Capped at 100 for the average:
    (100 + 94,99 + 100) / 3 = 294,99 / 3 = 98,33. The tables keep the true capaian."""
    sasaran = baris_tabel(tabel(dinas, "Target, Realisasi dan Capaian Sasaran Strategis"))
    assert [r[5] for r in sasaran[:3]] == ["110,00", "94,99", "103,13"]
    assert sasaran[3][-2:] == ["98,33", "Sangat Memuaskan"]
    teks = teks_docx(dinas)
    assert "Capaian di atas 100% dibatasi 100% dalam rata-rata." in teks  # the table's note
    kalimat = (
        "Rata-rata capaian kinerja seluruh indikator adalah 98,33% (Sangat Memuaskan), dengan "
        "rincian 3 (tiga) indikator berkategori Sangat Memuaskan. Capaian di atas 100% "
        "dibatasi 100% dalam rata-rata ini."
    )
    assert teks.count(kalimat) == 2  # Ikhtisar and Simpulan
    assert teks_pdf(dinas).count("98,33") == 4  # Ikhtisar, BAB III sentence and table, Simpulan


def test_dinas_capaian_dibatasi_di_tabel(folder: Path) -> None:
    """Profil 'Capaian di Tabel Laporan: Dibatasi' prints 110,00 as 100,00, and says so."""
    sub = folder / "dibatasi"
    sub.mkdir()
    xlsx = kantor.isi(kantor.dinas(sub), {"Capaian di Tabel Laporan": "Dibatasi"}, {})
    docx = laporan(xlsx, pdf=False)
    sasaran = baris_tabel(tabel(docx, "Target, Realisasi dan Capaian Sasaran Strategis"))
    assert [r[5] for r in sasaran[:3]] == ["100,00", "94,99", "100,00"]
    assert sasaran[3][-2] == "98,33"
    assert "Capaian di atas 100% ditampilkan 100%." in teks_docx(docx)


def test_dinas_bagian_tanpa_data_tidak_dicetak(dinas: Path) -> None:
    teks = teks_docx(dinas)
    pdf = teks_pdf(dinas)
    for hilang in ("Akuntabilitas Keuangan", "realisasi anggaran", "DAFTAR LAMPIRAN", "LAMPIRAN"):
        assert hilang not in teks and hilang not in pdf, hilang
    assert [t for t in judul(dinas) if t[0] >= 2] == [
        (2, "A. Latar Belakang"),
        (2, "B. Sistematika Penyajian"),
        (2, "A. Tujuan dan Sasaran Strategis"),
        (2, "B. Indikator Kinerja Utama (IKU)"),
        (2, "A. Akuntabilitas Kinerja Organisasi"),
        (3, "Indeks Kepuasan Masyarakat"),
        (3, "1. Capaian Sasaran Strategis"),
        (2, "A. Simpulan"),
    ]
    for s in (
        "BAB I Pendahuluan menyajikan latar belakang.",
        "BAB II Perencanaan Kinerja menyajikan tujuan dan sasaran strategis serta indikator "
        "kinerja utama tahun 2024.",
        "BAB III Akuntabilitas Kinerja menyajikan capaian kinerja organisasi serta indeks "
        "kepuasan masyarakat tahun 2024.",
        "BAB IV Penutup menyajikan simpulan.",
    ):
        assert s in teks
    toc = daftar_isi(dinas)
    assert "Latar Belakang" in toc and "Struktur Organisasi" not in toc
    assert "Akuntabilitas Keuangan" not in toc
    # the closing words of the Ikhtisar follow the report's numbers
    ikhtisar = teks[teks.index("IKHTISAR EKSEKUTIF") : teks.index("DAFTAR ISI")]
    assert ikhtisar.index("98,33%") < ikhtisar.index("82,50") < ikhtisar.index("terima kasih")


def test_dinas_renstra_tanpa_tujuan(dinas: Path) -> None:
    """No Tujuan: no Tujuan columns; the sasaran repeated on the next row is printed once;
    targets typed as numbers print the Indonesian way (0.35 -> 0,35)."""
    t = tabel(dinas, "Rencana Strategis")
    assert "Tujuan" not in " ".join(baris_tabel(t, kepala=True)[0])
    rows = baris_tabel(t)
    assert rows[1][1] == "Meningkatnya kualitas konsumsi pangan"
    # the repeated sasaran (and its No) is one cell merged down: python-docx gives the merged
    # cell's text in both rows, and the second row's cells continue the first's
    assert rows[2][:3] == [
        "2",
        "Meningkatnya kualitas konsumsi pangan",
        "Rasio konsumsi protein hewani",
    ]
    lanjut = [tc.vMerge for tc in t.rows[-len(rows) + 2]._tr.tc_lst[:3]]
    assert lanjut == ["continue", "continue", None]
    assert rows[2][4:9] == ["0,35", "0,36", "0,37", "0,38", "0,4"]
    assert rows[1][4:6] == ["87,5", "88,5"]
    assert rows[3][-2:] == ["82,50", "103,13"]  # the realisasi once, beside its Satuan column


def test_dinas_tanpa_gambar_tanpa_daftar_gambar(folder: Path) -> None:
    """With only this year's IKM there is no trend chart, and no figure at all: no Daftar
    Gambar page."""
    sub = folder / "tanpa-gambar"
    sub.mkdir()
    riwayat = [r for r in kantor.RIWAYAT_DINAS if r["Tahun"] == 2024]
    docx = laporan(kantor.dinas(sub, riwayat), pdf=False)
    teks = teks_docx(docx)
    assert "DAFTAR GAMBAR" not in teks and "Gambar 1" not in teks
    assert "adalah 82,50 (mutu B, Baik)." in teks


def test_ikm_tertulis_berbeda_adalah_galat(folder: Path) -> None:
    """A realisasi typed for the IKM indikator that differs from Riwayat IKM is a galat naming
    the cell (IKU-3 is the third indikator: row 6; Realisasi is column J)."""
    sub = folder / "ikm-beda"
    sub.mkdir()
    xlsx = kantor.dinas(sub)
    wb = openpyxl.load_workbook(xlsx)
    wb["Indikator"]["J6"] = 83
    wb.save(xlsx)
    r = lakip("periksa", xlsx.name, cwd=sub)
    assert r.returncode == 1
    assert "Sheet 'Indikator' sel J6: IKM tahun 2024 tertulis 83,00" in r.stdout + r.stderr


# --- the Badan: units, Negatif indikator, a cascaded measurement, no survey, no Belanja -------


def test_badan_rekap_per_unit(badan: Path) -> None:
    """Capaian by hand: S-1 72,5/70 = 103,57; S-2 Negatif (2x10-8)/10 = 120,00; B-1 96/95 =
    101,05; B-2 (2x2-3)/2 = 50,00; K-1 81/90 = 90,00; K-2 75/100 = 75,00; K-3 *).
    Units: Sekretaris (103,57+120)/2 = 111,785 -> 111,79; Kepala Bidang (101,05+50)/2 =
    75,525 -> 75,53; Kasubbag 90,00; Kasubbid 75,00 (K-3 left out).
    Jumlah of the units: 7 indikator; (103,57+120+101,05+50+90+75)/6 = 539,62/6 = 89,94.
    The office counts the cascaded B-1 once with SS-1 (101,05) and adds SS-2 66/60 = 110,00:
    8 indikator, (539,62 + 110,00)/7 = 649,62/7 = 92,80."""
    rows = baris_tabel(tabel(badan, "Rekapitulasi Capaian Kinerja per Unit"))
    assert rows == [
        ["Sekretaris", "2", "111,79", "Sangat Memuaskan", "2", "0", "0", "0", "0", "0"],
        ["Kepala Bidang Perencanaan", "2", "75,53", "Sangat Baik", "1", "0", "0", "0", "0", "1"],
        ["Kasubbag Umum dan Kepegawaian", "1", "90,00", "Memuaskan", "0", "1", "0", "0", "0", "0"],
        ["Kasubbid Data dan Informasi", "2", "75,00", "Sangat Baik", "0", "0", "1", "0", "0", "0"],
        ["Jumlah seluruh unit", "7", "89,94", "Memuaskan", "3", "1", "1", "0", "0", "1"],
        [
            "Kinerja instansi (indikator yang sama di beberapa tingkat dihitung sekali)",
            "8",
            "92,80",
            "Sangat Memuaskan",
            "4",
            "1",
            "1",
            "0",
            "0",
            "1",
        ],
    ]
    teks = teks_docx(badan)
    assert "karena itu angkanya tidak sama dengan baris Jumlah seluruh unit" in teks
    assert teks.count("Rata-rata capaian kinerja seluruh indikator adalah 92,80%") == 2
    assert "mengukur 8 (delapan) indikator kinerja" in teks
    xlsx = badan.with_suffix(".xlsx")
    assert lakip("hitung", xlsx.name, cwd=xlsx.parent).returncode == 0
    ring = {r["Uraian"]: r for r in baca_tabel(xlsx, "Ringkasan")}
    assert ring["Rata-rata capaian seluruh indikator (%), dasar: Semua indikator"][
        "Nilai"
    ] == pytest.approx(92.80)


def test_badan_unit_bernomor_di_bawah_tingkatnya(badan: Path) -> None:
    j = judul(badan)
    i = j.index((3, "2. Capaian Kinerja Eselon III"))
    assert j[i + 1 : i + 3] == [(4, "2.1 Sekretaris"), (4, "2.2 Kepala Bidang Perencanaan")]
    i = j.index((3, "3. Capaian Kinerja Eselon IV"))
    assert j[i + 1 : i + 3] == [
        (4, "3.1 Kasubbag Umum dan Kepegawaian"),
        (4, "3.2 Kasubbid Data dan Informasi"),
    ]


def test_badan_tanpa_skm_tanpa_belanja(badan: Path) -> None:
    """Programs 2.000.000.000/1.850.000.000 and 500.000.000/480.000.000: serapan
    2.330.000.000/2.500.000.000 = 93,20%, sisa 170.000.000 (6,80%)."""
    teks = teks_docx(badan)
    assert "Indeks Kepuasan Masyarakat" not in teks and "IKM" not in teks
    assert "Anggaran dan Realisasi Belanja" not in teks
    kalimat = "sebesar Rp2.330.000.000 atau 93,20% dari anggaran Rp2.500.000.000"
    assert teks.count(kalimat) == 3  # Ikhtisar, BAB III B and Simpulan
    assert "sisa anggaran Rp170.000.000 (6,80%)" in teks
    program = baris_tabel(tabel(badan, "Anggaran dan Realisasi Berdasarkan Program"))
    assert program[-1] == ["Jumlah", "Jumlah", "2.500.000.000", "2.330.000.000", "93,20"]
    assert (
        "BAB III Akuntabilitas Kinerja menyajikan capaian kinerja organisasi serta realisasi "
        "anggaran tahun 2024." in teks
    )
    assert "DAFTAR LAMPIRAN" not in teks


# --- the sample: one IKM -----------------------------------------------------------------------


def test_contoh_satu_ikm(contoh: Path) -> None:
    """NRR mean 3,39 x 25 = 84,75: the IKM everywhere, and the Camat's capaian 84,75/75 =
    113,00 (not the seed's typed 83 and 110,67); 2019: 79,53, so +5,22 poin (6,56%)."""
    teks = teks_docx(contoh)
    pdf = teks_pdf(contoh)
    for salah in ("83,00", "110,67"):
        assert salah not in teks and salah not in pdf
    assert "IKM tahun 2020 sebesar 84,75 (mutu B, Baik) meningkat 5,22 poin (6,56%)" in teks
    camat = baris_tabel(tabel(contoh, "Target, Realisasi dan Capaian Indikator Kinerja Camat"))
    assert camat[0][3:6] == ["75 Nilai", "84,75 Nilai", "113,00"]
    rekap = baris_tabel(tabel(contoh, "Rekapitulasi Capaian Kinerja per Unit"))
    assert rekap[0][:3] == ["Camat", "1", "113,00"]
    # Tabel 50 of the issue: the units add up to 27 indikator, 23 Sangat Memuaskan; the
    # office's average (Eselon IV only) is its own row: 24 indikator, 95,47, 21
    assert rekap[-2][:5] == ["Jumlah seluruh unit", "27", "96,32", "Sangat Memuaskan", "23"]
    assert rekap[-1][:5] == [
        "Kinerja instansi (indikator tingkat Eselon IV / Pengawas)",
        "24",
        "95,47",
        "Sangat Memuaskan",
        "21",
    ]
    # the sample names no photo it does not ship: a first run warns about nothing but the
    # names and NIP the seed does not give (it names only the Camat of its nine officials,
    # so eight PKs print dotted lines there)
    r = lakip("laporan", "contoh.xlsx", "-o", "lagi.docx", cwd=contoh.parent)
    peringatan = [x for x in (r.stdout + r.stderr).splitlines() if "Peringatan" in x]
    assert r.returncode == 0 and len(peringatan) == 8, r.stdout + r.stderr
    assert all("Nama Pejabat dan NIP" in x and "Perjanjian Kinerja" in x for x in peringatan)
