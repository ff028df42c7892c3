"""The report's charts are native Word charts: a DrawingML chart part per chart with its own
data workbook (what Word's "Edit Data" and LibreOffice's chart editor open), Indonesian number
formats, the report's font, and values worked out by hand from the workbook's inputs."""

from __future__ import annotations

import io
import posixpath
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from kantor import ES4, badan, dinas, isi, kosong
from lxml import etree

from lakip_xl import operasi
from lakip_xl.libreoffice import konversi as office

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
INDONESIA_2 = "[$-421]#,##0.00"
HIJAU, MERAH = "2E7D32", "C62828"


def _rels(z: zipfile.ZipFile, bagian: str) -> dict[str, str]:
    """Relationship id -> target part of a part."""
    folder, nama = posixpath.split(bagian)
    akar = etree.fromstring(z.read(f"{folder}/_rels/{nama}.rels"))
    return {r.get("Id"): posixpath.normpath(posixpath.join(folder, r.get("Target"))) for r in akar}


def grafik_di(docx: Path) -> list[dict]:
    """Every chart of a .docx in document order, read from its parts: categories, series
    (name -> values) as the chart caches them, the number formats, per-point colours, text
    sizes and fonts, whether it has a legend, and the rows of its embedded workbook."""
    hasil = []
    with zipfile.ZipFile(docx) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        rel = _rels(z, "word/document.xml")
        tipe = etree.fromstring(z.read("[Content_Types].xml"))
        override = {o.get("PartName"): o.get("ContentType") for o in tipe.iter(f"{CT}Override")}
        bawaan = {d.get("Extension"): d.get("ContentType") for d in tipe.iter(f"{CT}Default")}
        for c in doc.iter(f"{C}chart"):
            bagian = rel[c.get(R)]
            assert override["/" + bagian].endswith("drawingml.chart+xml")
            chart = etree.fromstring(z.read(bagian))
            data_id = chart.find(f"{C}externalData").get(R)
            xlsx = _rels(z, bagian)[data_id]
            assert (override.get("/" + xlsx) or bawaan.get("xlsx", "")).endswith(
                "spreadsheetml.sheet"
            )
            ws = openpyxl.load_workbook(io.BytesIO(z.read(xlsx))).active
            seri = {}
            for s in chart.iter(f"{C}ser"):
                nama = s.find(f"{C}tx//{C}v").text
                seri[nama] = [Decimal(v.text) for v in s.find(f"{C}val").iter(f"{C}v")]
            ser0 = next(chart.iter(f"{C}ser"))
            hasil.append(
                {
                    "bagian": bagian,
                    "kategori": [v.text for v in ser0.find(f"{C}cat").iter(f"{C}v")],
                    "seri": seri,
                    "format": {n.get("formatCode") for n in chart.iter(f"{C}numFmt")},
                    "format_label": {
                        n.get("formatCode") for n in chart.iterfind(f".//{C}dLbls/{C}numFmt")
                    },
                    "warna_titik": [
                        p.find(f".//{A}srgbClr").get("val") for p in ser0.iter(f"{C}dPt")
                    ],
                    "ukuran": {int(x) for x in chart.xpath("//@sz")},
                    "fon": {e.get("typeface") for e in chart.iter(f"{A}latin")},
                    "legenda": chart.find(f"{C}chart/{C}legend") is not None,
                    "judul_sumbu": [
                        "".join(t.text for t in j.iter(f"{A}t")) for j in chart.iter(f"{C}title")
                    ],
                    "lembar": [list(r) for r in ws.iter_rows(values_only=True)],
                }
            )
    return hasil


def _laporan(buku: Path) -> Path:
    keluar = buku.with_name("laporan.docx")
    operasi.laporan(buku, keluar, paksa=True)
    return keluar


@pytest.fixture(scope="module")
def laporan_contoh(contoh_xlsx: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    keluar = tmp_path_factory.mktemp("grafik") / "laporan.docx"
    operasi.laporan(contoh_xlsx, keluar)
    return keluar


def test_contoh_tiga_grafik_dengan_angkanya(laporan_contoh: Path) -> None:
    """The sample: IKM 73,40 (2018) and 79,53 (2019) from Riwayat IKM, 84,75 (2020) from the
    survey; capaian C-1 = 84,75 / 75 = 113 %, IV-03 = 7 / 10 = 70 %, IV-08 = 0, IV-11 = 15 / 10
    = 150 %; serapan Pemberdayaan Masyarakat 4.050.000 / 25.085.000 = 16,15 %, Perencanaan
    Pembangunan Kecamatan 16.095.000 / 16.398.100 = 98,15 %."""
    ikm, capaian, serapan = grafik_di(laporan_contoh)
    assert ikm["kategori"] == ["2018", "2019", "2020"]
    assert ikm["seri"] == {
        "Nilai IKM": [Decimal("73.40"), Decimal("79.53"), Decimal("84.75")],
        "Batas mutu B (76,61)": [Decimal("76.61")] * 3,
    }
    assert ikm["legenda"] and ikm["judul_sumbu"] == ["Tahun", "Nilai IKM"]
    assert ikm["lembar"] == [
        ["Tahun", "Nilai IKM", "Batas mutu B (76,61)"],
        ["2018", 73.4, 76.61],
        ["2019", 79.53, 76.61],
        ["2020", 84.75, 76.61],
    ]
    # 26 indikator below the Sasaran Strategis tier have a capaian (S-1 has no realisasi)
    assert len(capaian["kategori"]) == 26 and not capaian["legenda"]
    nilai = dict(zip(capaian["kategori"], capaian["seri"]["Capaian (%)"], strict=True))
    kode = {k.split()[0]: v for k, v in nilai.items()}
    assert kode["C-1"] == 113 and kode["IV-03"] == 70 and kode["IV-08"] == 0
    assert kode["IV-11"] == 150 and kode["IV-05"] == Decimal("90.91")  # 10 / 11
    warna = dict(zip(capaian["kategori"], capaian["warna_titik"], strict=True))
    assert {k.split()[0]: w for k, w in warna.items()}["IV-08"] == MERAH
    assert {k.split()[0]: w for k, w in warna.items()}["IV-11"] == HIJAU
    assert [w == HIJAU for w in capaian["warna_titik"]] == [v >= 100 for v in nilai.values()]
    # full names, not cut: the category axis wraps them
    panjang = (
        "IV-02 Jumlah desa yang difasilitasi dengan baik pada penyelenggaraan pemilu, pilkada, "
        "dan pemilihan kepala desa serta penjaringan aparat desa dan BPD"
    )
    assert panjang in capaian["kategori"]
    s = dict(zip(serapan["kategori"], serapan["seri"]["Serapan (%)"], strict=True))
    assert len(s) == 5  # the four programs without anggaran are left out
    assert s["Program Pemberdayaan Masyarakat"] == Decimal("16.15")
    assert s["Program Perencanaan Pembangunan Kecamatan"] == Decimal("98.15")
    for g in (ikm, capaian, serapan):
        assert g["format_label"] == {INDONESIA_2}  # prints 84,75, not 84.75
        assert g["ukuran"] <= {800, 900} and g["fon"] == {"Arial"}  # never the 18 pt default


def test_badan_capaian_negatif_dan_serapan(tmp_path: Path) -> None:
    """A Badan without survey: no IKM chart. Capaian S-1 72,5 / 70 = 103,57 %, S-2 Negatif
    (2 x 10 - 8) / 10 = 120 %, B-1 96 / 95 = 101,05 %, B-2 Negatif (2 x 2 - 3) / 2 = 50 %,
    K-1 81 / 90 = 90 %, K-2 75 / 100 = 75 %, K-3 without realisasi left out; serapan
    (1.150 + 700) / 2.000 juta = 92,50 % and 480 / 500 juta = 96,00 %."""
    capaian, serapan = grafik_di(_laporan(badan(tmp_path)))
    assert [k.split()[0] for k in capaian["kategori"]] == ["S-1", "S-2", "B-1", "B-2", "K-1", "K-2"]
    assert capaian["seri"]["Capaian (%)"] == [
        Decimal(x) for x in ("103.57", "120.00", "101.05", "50.00", "90.00", "75.00")
    ]
    assert capaian["warna_titik"] == [HIJAU, HIJAU, HIJAU, MERAH, MERAH, MERAH]
    assert capaian["lembar"][0] == ["Indikator", "Capaian (%)"]
    assert capaian["lembar"][2] == [
        "S-2 Persentase keterlambatan penyampaian laporan keuangan",
        120,
    ]
    assert serapan["seri"] == {"Serapan (%)": [Decimal("92.50"), Decimal("96.00")]}
    assert serapan["kategori"] == [
        "Program Penunjang Urusan Pemerintahan Daerah",
        "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
    ]


def test_dinas_hanya_grafik_ikm(tmp_path: Path) -> None:
    """A Dinas with only Sasaran Strategis indikator and no anggaran: the IKM chart alone, its
    years and values as typed in Riwayat IKM (2024 the report year)."""
    (ikm,) = grafik_di(_laporan(dinas(tmp_path)))
    assert ikm["kategori"] == ["2022", "2023", "2024"]
    assert ikm["seri"]["Nilai IKM"] == [Decimal("78.20"), Decimal("80.10"), Decimal("82.50")]


def test_banyak_indikator_jumlah_per_kategori(tmp_path: Path) -> None:
    """45 indikator, realisasi 5 + i mod 7 of 10: capaian 50 % (i mod 7 = 0: 6 indikator), 60,
    70, 80 (7 each), 90 (6), 100 and 110 (6 each). Bands of Tabel 5: Sangat Memuaskan > 90 (12),
    Memuaskan (6), Sangat Baik (7), Baik (7), Cukup (7), Kurang <= 50 (6)."""
    p = kosong(tmp_path / "badan-banyak.xlsx", 2024)
    indikator = [
        {
            "Kode": f"K{i:02d}", "Tingkat": ES4, "Penanggung Jawab": "Seksi A",
            "Indikator Kinerja": f"Indikator nomor {i}", "Target": 10, "Realisasi": 5 + i % 7,
        }
        for i in range(1, 46)
    ]  # fmt: skip
    isi(p, {"Nama Instansi": "Badan Uji", "Tahun": 2024}, {"Indikator": indikator})
    (g,) = grafik_di(_laporan(p))
    assert g["kategori"] == [
        "Sangat Memuaskan", "Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang"
    ]  # fmt: skip
    assert g["seri"] == {"Jumlah kategori": [Decimal(x) for x in (12, 6, 7, 7, 7, 6)]}
    assert g["format_label"] == {"[$-421]#,##0"}
    assert len(set(g["warna_titik"])) == 6  # a colour per kategori


# --- the PDF (LibreOffice draws the charts) ---------------------------------------------------


def _halaman(pdf: Path) -> list[str]:
    teks = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return teks.split("\f")


def _halaman_keterangan(hal: list[str], judul: str) -> str:
    """The page whose text holds a figure's caption (not the Daftar Gambar's line)."""
    return next(h for h in hal if judul in h and f"{judul}..." not in h and "DAFTAR" not in h)


@pytest.mark.lo
def test_pdf_grafik_berangka_indonesia(laporan_contoh: Path, tmp_path: Path) -> None:
    """The PDF prints the charts' text: the years, 84,75 with a decimal comma (never 84.75),
    the axis titles, the capaian labels."""
    pdf = office.ke_pdf(laporan_contoh, tmp_path / "laporan.pdf")
    hal = _halaman(pdf)
    ikm = _halaman_keterangan(hal, "Gambar 1. Perkembangan Indeks Kepuasan Masyarakat")
    for teks in ("2018", "2019", "2020", "73,40", "79,53", "84,75", "Nilai IKM", "Tahun"):
        assert teks in ikm, teks
    assert "84.75" not in ikm and "Batas mutu B (76,61)" in ikm
    capaian = _halaman_keterangan(hal, "Capaian Kinerja per Indikator terhadap Target")
    for teks in ("129,54", "150,00", "0,00", "IV-11 Jumlah pelayanan administrasi", "Capaian (%)"):
        assert teks in capaian, teks
    serapan = _halaman_keterangan(hal, "Gambar 3. Serapan Anggaran per Program")
    assert "16,15" in serapan and "98,15" in serapan and "Serapan (%)" in serapan


@pytest.mark.lo
def test_pdf_aksara_daerah_di_grafik(tmp_path: Path) -> None:
    """Indikator named in aksara Jawa, Bali and Sunda print in the PDF's chart: LibreOffice
    draws chart text with the system's fonts (Noto Sans Javanese/Balinese/Sundanese of Debian's
    fonts-noto-core)."""
    nama = {
        "K-1": "ꦥꦼꦂꦱꦺꦤ꧀ꦠꦱꦺ ꦱꦫꦤ",  # Jawa
        "K-2": "ᬧᬾᬭ᭄ᬲᬾᬦ᭄ᬢᬲᬾ ᬤᬢ",  # Bali
        "B-2": "ᮏᮥᮙ᮪ᮜᮂ ᮓᮧᮊᮥᮙᮨᮔ᮪",  # Sunda
    }
    p = badan(tmp_path)
    wb = openpyxl.load_workbook(p)
    ws = wb["Indikator"]
    kolom = {c.value: c.column for c in ws[3] if c.value}
    for baris in ws.iter_rows(min_row=4):
        kode = baris[kolom["Kode"] - 1].value
        if kode in nama:
            baris[kolom["Indikator Kinerja"] - 1].value = nama[kode]
    wb.save(p)
    docx = _laporan(p)
    capaian = grafik_di(docx)[0]
    for kode, n in nama.items():
        assert f"{kode} {n}" in capaian["kategori"]
    pdf = office.ke_pdf(docx, tmp_path / "laporan.pdf")
    hal = _halaman_keterangan(_halaman(pdf), "Capaian Kinerja per Indikator terhadap Target")
    rapat = "".join(hal.split())
    # the chart's labels carry the code (the tables beside do not); pdftotext splits words of
    # these scripts and sets Sundanese vowel signs apart, so compare without spaces, and for
    # Sunda letter by letter between the label's code and its value
    for kode in ("K-1", "K-2"):
        assert kode + "".join(nama[kode].split()) in rapat, kode
    sunda = rapat[rapat.index("B-2") : rapat.index("50,00")]
    assert set("".join(nama["B-2"].split())) <= set(sunda), sunda
    fon = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    for f in ("NotoSansJavanese", "NotoSansBalinese", "NotoSansSundanese"):
        assert f in fon, f


@pytest.mark.lo
def test_libreoffice_membuka_angka_grafik(laporan_contoh: Path, tmp_path: Path) -> None:
    """LibreOffice reads each chart with its data table (what its chart editor's Data Table
    shows): opened and saved as .odt, the IKM chart's table holds the years and values."""
    profil = (tmp_path / "profil").as_uri()
    subprocess.run(
        [office.cari_soffice(), f"-env:UserInstallation={profil}", "--headless",
         "--convert-to", "odt", "--outdir", str(tmp_path), str(laporan_contoh)],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    tabel = []
    with zipfile.ZipFile(tmp_path / "laporan.odt") as z:
        for n in sorted(z.namelist()):
            if n.startswith("Object ") and n.endswith("/content.xml"):
                akar = etree.fromstring(z.read(n))
                ns = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
                tabel.append(
                    (
                        [t.text for t in akar.iter("{*}p")],
                        [Decimal(v) for v in akar.xpath("//@office:value", namespaces=ns)],
                    )
                )
    ikm = next(nilai for teks, nilai in tabel if "2018" in teks and "2020" in teks)
    assert ikm == [Decimal(x) for x in ("73.4", "76.61", "79.53", "76.61", "84.75", "76.61")]
    assert any(len(nilai) == 26 and Decimal("129.54") in nilai for _, nilai in tabel)
