"""Real headless-LibreOffice tests of lakip_xl.libreoffice.konversi: PDF indexes, recalculation,
info, macros."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from lakip_xl.errors import LakipError
from lakip_xl.libreoffice import konversi as office
from lakip_xl.libreoffice import tetap

MAKRO = """\
import uno


def isi_b1(doc):
    doc.Sheets.getByIndex(0).getCellRangeByName("B1").setValue(42)
    return "selesai"


def tambah_vba(doc):
    libs = doc.BasicLibraries
    libs.VBACompatibilityMode = True
    libs.ProjectName = "VBAProject"
    if not libs.hasByName("VBAProject"):
        libs.createLibrary("VBAProject")
    lib = libs.getByName("VBAProject")
    info = uno.createUnoStruct("com.sun.star.script.ModuleInfo")
    info.ModuleType = uno.getConstantByName("com.sun.star.script.ModuleType.NORMAL")
    lib.insertModuleInfo("Modul1", info)
    lib.insertByName("Modul1", "Sub HitungUlang()\\n    Application.CalculateFull\\nEnd Sub\\n")
    return list(libs.getElementNames())


def gagal(doc):
    raise ValueError("sengaja gagal")
"""

# Title of each heading/caption -> the page it is put on in the test document.
HALAMAN_BAB = {
    "Bab Satu Pendahuluan": 2,
    "Bab Dua Perencanaan": 3,
    "Sub Rencana Strategis": 3,
    "Bab Tiga Akuntabilitas": 4,
}
HALAMAN_TABEL = {"Tabel 1. Capaian kinerja": 2, "Tabel 2. Anggaran": 3}
BARIS_DAFTAR = re.compile(r"^\s*(?P<judul>\S.*?)\s*\.{3,}\s*(?P<hal>\d+)\s*$")


# --- building the inputs ---------------------------------------------------------------------


def _field(paragraph: Paragraph, instr: str, placeholder: str) -> None:
    """Append a complex Word field (begin, instrText, separate, result, end) to `paragraph`."""

    def fld_char(kind: str) -> None:
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld_char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    run._r.append(text)
    fld_char("separate")
    paragraph.add_run(placeholder)
    fld_char("end")


def _caption(doc: Document, judul: str) -> None:
    p = doc.add_paragraph("Tabel ", style="Caption")
    _field(p, r"SEQ Tabel \* ARABIC", "1")  # stale result on purpose: LibreOffice renumbers
    p.add_run(f". {judul}")


def _buat_docx(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Laporan Uji", style="Title")
    doc.add_paragraph("Daftar Isi")
    _field(doc.add_paragraph(), r'TOC \o "1-3" \h \z \u', "Perbarui daftar isi.")
    doc.add_paragraph("Daftar Tabel")
    _field(doc.add_paragraph(), r'TOC \h \z \c "Tabel"', "Perbarui daftar tabel.")
    doc.add_page_break()
    doc.add_heading("Bab Satu Pendahuluan", 1)
    doc.add_paragraph("Isi bab satu.")
    _caption(doc, "Capaian kinerja")
    tabel = doc.add_table(rows=2, cols=2)
    tabel.cell(0, 0).text = "Indikator"
    tabel.cell(0, 1).text = "Capaian"
    doc.add_page_break()
    doc.add_heading("Bab Dua Perencanaan", 1)
    doc.add_heading("Sub Rencana Strategis", 2)
    _caption(doc, "Anggaran")
    doc.add_page_break()
    doc.add_heading("Bab Tiga Akuntabilitas", 1)
    doc.add_paragraph("Penutup.")
    doc.save(path)
    return path


def _buat_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"], ws["A2"], ws["A3"] = 1, 2, 3.5
    ws["C1"] = "=A1*2"
    ws["C2"] = "=SUM(A1:A3)"
    ws["C3"] = "=ROUND(0.125,2)"
    wb.create_sheet("Ringkasan")["A1"] = "=Data!C2*10"
    wb.save(path)
    return path


def _pdftotext(pdf: Path) -> list[str]:
    """Text of each page (pdftotext -layout), split on form feeds."""
    hasil = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return hasil.stdout.split("\f")


def _daftar(teks: str) -> dict[str, int]:
    """Entries "title ....... page" of a TOC/table list, as {title: page}."""
    entri = {}
    for baris in teks.splitlines():
        m = BARIS_DAFTAR.match(baris)
        if m:
            entri[m["judul"]] = int(m["hal"])
    return entri


def _jumlah_halaman(pdf: Path) -> int:
    hasil = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    m = re.search(r"^Pages:\s+(\d+)", hasil.stdout, re.MULTILINE)
    assert m, hasil.stdout
    return int(m[1])


# --- shared, expensive outputs -----------------------------------------------------------------


@pytest.fixture(scope="module")
def kerja(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("office")


@pytest.fixture(scope="module")
def docx_uji(kerja: Path) -> Path:
    return _buat_docx(kerja / "laporan.docx")


@pytest.fixture(scope="module")
def pdf_uji(kerja: Path, docx_uji: Path) -> Path:
    pdf = kerja / "keluaran" / "laporan.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"berkas lama")  # must be replaced
    mulai = time.perf_counter()
    assert office.ke_pdf(docx_uji, pdf) == pdf
    print(f"ke_pdf: {time.perf_counter() - mulai:.2f} s")
    return pdf


@pytest.fixture(scope="module")
def halaman_pdf(pdf_uji: Path) -> list[str]:
    return _pdftotext(pdf_uji)


@pytest.fixture(scope="module")
def xlsx_uji(kerja: Path) -> Path:
    return _buat_xlsx(kerja / "uji.xlsx")


@pytest.fixture(scope="module")
def xlsx_dihitung(kerja: Path, xlsx_uji: Path) -> Path:
    mulai = time.perf_counter()
    keluar = office.hitung_ulang(xlsx_uji, kerja / "uji-dihitung.xlsx")
    print(f"hitung_ulang: {time.perf_counter() - mulai:.2f} s")
    return keluar


@pytest.fixture(scope="module")
def skrip_makro(kerja: Path) -> Path:
    path = kerja / "makro_uji.py"
    path.write_text(MAKRO, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def xlsm_vba(kerja: Path, xlsx_dihitung: Path, skrip_makro: Path) -> Path:
    """An .xlsm whose VBA project LibreOffice wrote from a Basic module in VBA mode."""
    return office.jalankan_makro_python(
        xlsx_dihitung, kerja / "dengan-vba.xlsm", skrip_makro, "tambah_vba"
    )


# --- availability ----------------------------------------------------------------------------


@pytest.mark.lo
def test_libreoffice_tersedia() -> None:
    assert office.cari_soffice() is not None
    assert office.tersedia() is True


# --- ke_pdf ------------------------------------------------------------------------------------


@pytest.mark.lo
def test_pdf_dengan_nama_relatif(
    docx_uji: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paths relative to the caller's folder: LibreOffice runs elsewhere, the PDF still lands
    where it was asked for."""
    (tmp_path / "a.docx").write_bytes(docx_uji.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert office.ke_pdf(Path("a.docx"), Path("a.pdf"), perbarui_indeks=False) == Path("a.pdf")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.lo
def test_pdf_jumlah_halaman(pdf_uji: Path, halaman_pdf: list[str]) -> None:
    assert _jumlah_halaman(pdf_uji) == 4
    assert pdf_uji.read_bytes().startswith(b"%PDF")


@pytest.mark.lo
def test_pdf_judul_ada_di_halaman_yang_dimaksud(halaman_pdf: list[str]) -> None:
    for judul, hal in HALAMAN_BAB.items():
        assert judul in halaman_pdf[hal - 1], (judul, hal)


@pytest.mark.lo
def test_pdf_daftar_isi_memuat_nomor_halaman_yang_benar(halaman_pdf: list[str]) -> None:
    daftar = _daftar(halaman_pdf[0])
    for judul, hal in HALAMAN_BAB.items():
        assert daftar.get(judul) == hal, (judul, daftar)
    assert "Perbarui daftar isi." not in halaman_pdf[0]


@pytest.mark.lo
def test_pdf_daftar_tabel_dan_nomor_keterangan(halaman_pdf: list[str]) -> None:
    daftar = _daftar(halaman_pdf[0])
    for judul, hal in HALAMAN_TABEL.items():
        assert daftar.get(judul) == hal, (judul, daftar)
    assert "Perbarui daftar tabel." not in halaman_pdf[0]
    # The second caption's SEQ field held a stale "1"; LibreOffice renumbered it.
    assert "Tabel 2. Anggaran" in halaman_pdf[2]


@pytest.mark.lo
def test_pdf_ditulis_atomik_tanpa_sisa(pdf_uji: Path) -> None:
    assert sorted(p.name for p in pdf_uji.parent.iterdir()) == ["laporan.pdf"]


@pytest.mark.lo
def test_pdf_tanpa_perbarui_indeks_membiarkan_daftar_isi(kerja: Path, docx_uji: Path) -> None:
    pdf = office.ke_pdf(docx_uji, kerja / "tanpa-indeks.pdf", perbarui_indeks=False)
    halaman = _pdftotext(pdf)
    assert "Perbarui daftar isi." in halaman[0]
    assert not _daftar(halaman[0])


# --- hitung_ulang ----------------------------------------------------------------------------


@pytest.mark.lo
def test_openpyxl_tidak_menyimpan_nilai_cache(xlsx_uji: Path) -> None:
    ws = openpyxl.load_workbook(xlsx_uji, data_only=True)["Data"]
    assert ws["C1"].value is None  # the reason hitung_ulang exists


@pytest.mark.lo
def test_hitung_ulang_mengisi_nilai_cache(xlsx_dihitung: Path) -> None:
    wb = openpyxl.load_workbook(xlsx_dihitung, data_only=True)
    ws = wb["Data"]
    assert ws["C1"].value == 2
    assert ws["C2"].value == pytest.approx(6.5)
    assert ws["C3"].value == pytest.approx(0.13)
    assert wb["Ringkasan"]["A1"].value == pytest.approx(65)


@pytest.mark.lo
def test_hitung_ulang_mempertahankan_rumus(xlsx_dihitung: Path) -> None:
    ws = openpyxl.load_workbook(xlsx_dihitung)["Data"]
    assert ws["C1"].value == "=A1*2"
    assert ws["C2"].value == "=SUM(A1:A3)"
    assert ws["C3"].value == "=ROUND(0.125,2)"


@pytest.mark.lo
def test_hitung_ulang_xlsm_mempertahankan_vba(kerja: Path, xlsm_vba: Path) -> None:
    keluar = office.hitung_ulang(xlsm_vba, kerja / "dengan-vba-dihitung.xlsm")
    with zipfile.ZipFile(keluar) as arsip:
        assert "xl/vbaProject.bin" in arsip.namelist()
        jenis = arsip.read("[Content_Types].xml").decode()
    assert "macroEnabled" in jenis
    ws = openpyxl.load_workbook(keluar, data_only=True, keep_vba=True)["Data"]
    assert ws["C3"].value == pytest.approx(0.13)


def _rusakkan_xml(asal: Path, tujuan: Path) -> Path:
    """Copy an .xlsx with the first sheet's XML cut in half (a still valid ZIP)."""
    with zipfile.ZipFile(asal) as zin, zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            zout.writestr(info, data)
    return tujuan


def test_periksa_paket_utuh_dan_rusak(tmp_path: Path) -> None:
    utuh = _buat_xlsx(tmp_path / "utuh.xlsx")
    assert office.periksa_paket(utuh) == []
    rusak = _rusakkan_xml(utuh, tmp_path / "rusak.xlsx")
    masalah = office.periksa_paket(rusak)
    assert len(masalah) == 1 and "xl/worksheets/sheet1.xml" in masalah[0]
    terpotong = tmp_path / "terpotong.xlsx"
    terpotong.write_bytes(utuh.read_bytes()[:-40])
    assert "ZIP" in office.periksa_paket(terpotong)[0]
    assert office.periksa_paket(tmp_path / "lama.xls") == []


@pytest.mark.lo
def test_hitung_ulang_menolak_berkas_rusak(tmp_path: Path, xlsx_uji: Path) -> None:
    rusak = _rusakkan_xml(xlsx_uji, tmp_path / "rusak.xlsx")
    keluar = tmp_path / "keluar.xlsx"
    with pytest.raises(LakipError, match="rusak"):
        office.hitung_ulang(rusak, keluar)
    assert not keluar.exists()
    with pytest.warns(RuntimeWarning, match="diperbaiki"):
        office.hitung_ulang(rusak, keluar, izinkan_perbaikan=True)
    # What LibreOffice does to the damaged sheet: it is loaded empty, without any message.
    assert openpyxl.load_workbook(keluar, data_only=True)["Data"]["C1"].value is None


# --- muat_info -------------------------------------------------------------------------------


@pytest.mark.lo
def test_muat_info_xlsx(xlsx_uji: Path) -> None:
    info = office.muat_info(xlsx_uji)
    assert info["sheets"] == ["Data", "Ringkasan"]
    assert info["jenis"] == "calc"
    assert info["basic_modules"] == {}
    assert info["basic_source"] == {}
    assert info["perlu_perbaikan"] is False


@pytest.mark.lo
def test_muat_info_docx(docx_uji: Path) -> None:
    info = office.muat_info(docx_uji)
    assert info["sheets"] == []
    assert info["jenis"] == "writer"
    assert info["basic_modules"] == {"Standard": []}


@pytest.mark.lo
def test_muat_info_membaca_modul_vba(xlsm_vba: Path) -> None:
    info = office.muat_info(xlsm_vba)
    assert info["sheets"] == ["Data", "Ringkasan"]
    assert info["basic_modules"]["VBAProject"] == ["Modul1"]
    sumber = info["basic_source"]["VBAProject.Modul1"]
    assert "Sub HitungUlang()" in sumber
    assert "Option VBASupport 1" in sumber


@pytest.mark.lo
def test_muat_info_vba_buatan_excel() -> None:
    """xlwings ships quickstart.xlsm, a real Excel workbook with a VBA project."""
    spec = importlib.util.find_spec("xlwings")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("xlwings tidak terpasang")
    xlsm = Path(next(iter(spec.submodule_search_locations))) / "quickstart.xlsm"
    info = office.muat_info(xlsm)
    assert info["sheets"][0] == "Sheet1"
    modul = info["basic_modules"]["VBAProject"]
    # Standard modules by name, document modules by the sheets' code names.
    assert {"Module1", "ThisWorkbook", "Sheet1"} <= set(modul)
    sumber = info["basic_source"]
    assert sumber["VBAProject.Module1"].startswith("Rem Attribute VBA_ModuleType=VBAModule")
    assert "Sub SampleCall()" in sumber["VBAProject.Module1"]
    assert "VBA_ModuleType=VBADocumentModule" in sumber["VBAProject.ThisWorkbook"]


# --- jalankan_makro_python -------------------------------------------------------------------


@pytest.mark.lo
def test_makro_python_mengisi_sel(kerja: Path, xlsx_dihitung: Path, skrip_makro: Path) -> None:
    keluar = office.jalankan_makro_python(
        xlsx_dihitung, kerja / "makro.xlsx", skrip_makro, "isi_b1"
    )
    ws = openpyxl.load_workbook(keluar, data_only=True)["Data"]
    assert ws["B1"].value == 42
    assert ws["C2"].value == pytest.approx(6.5)


@pytest.mark.lo
def test_makro_python_yang_gagal(tmp_path: Path, xlsx_uji: Path, skrip_makro: Path) -> None:
    keluar = tmp_path / "x.xlsx"
    with pytest.raises(LakipError, match="sengaja gagal"):
        office.jalankan_makro_python(xlsx_uji, keluar, skrip_makro, "gagal")
    with pytest.raises(LakipError, match="tidak ditemukan"):
        office.jalankan_makro_python(xlsx_uji, keluar, skrip_makro, "tidak_ada")
    assert list(tmp_path.iterdir()) == []


# --- errors ----------------------------------------------------------------------------------


def test_format_keluaran_ditolak_sebelum_libreoffice(tmp_path: Path) -> None:
    xlsx = _buat_xlsx(tmp_path / "a.xlsx")
    with pytest.raises(LakipError, match=r"Format keluaran a\.csv tidak didukung"):
        office.hitung_ulang(xlsx, tmp_path / "a.csv")


def test_berkas_sumber_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(LakipError, match="tidak ditemukan"):
        office.ke_pdf(tmp_path / "tidak-ada.docx", tmp_path / "x.pdf")
    with pytest.raises(LakipError, match="tidak ditemukan"):
        office.hitung_ulang(tmp_path / "tidak-ada.xlsx", tmp_path / "x.xlsx")


@pytest.mark.lo
def test_batas_waktu_menghentikan_libreoffice(
    tmp_path: Path, docx_uji: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh office of the call's own (test_lo_tetap has the shared office's timeout)."""
    monkeypatch.delenv(tetap.VAR, raising=False)
    pdf = tmp_path / "x.pdf"
    mulai = time.perf_counter()
    with pytest.raises(LakipError, match=r"tidak selesai dalam 0\.2"):
        office.ke_pdf(docx_uji, pdf, batas_detik=0.2)
    assert time.perf_counter() - mulai < 20
    assert list(tmp_path.iterdir()) == []
