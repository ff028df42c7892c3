"""Nothing the user put in a workbook is lost by `lakip hitung`, and a killed write leaves the
original intact. Checked on real files and by loading the result in LibreOffice headless."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from conftest import baca_tabel
from lxml import etree
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image as GambarXl
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image

from lakip_xl import operasi
from lakip_xl.buku import layout as L
from lakip_xl.buku.tulis import peta_sheet
from lakip_xl.libreoffice import konversi as office

MAKRO = """
import uno


def tambah_vba(doc):
    libs = doc.BasicLibraries
    libs.VBACompatibilityMode = True
    libs.ProjectName = "VBAProject"
    if not libs.hasByName("VBAProject"):
        libs.createLibrary("VBAProject")
    lib = libs.getByName("VBAProject")
    info = uno.createUnoStruct("com.sun.star.script.ModuleInfo")
    info.ModuleType = uno.getConstantByName("com.sun.star.script.ModuleType.NORMAL")
    lib.insertModuleInfo("Tombol", info)
    lib.insertByName("Tombol", "Sub HitungUlang()\\n    MsgBox \\"Hitung\\"\\nEnd Sub\\n")
    return "ok"
"""


def _png() -> bytes:
    b = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(b, "PNG")
    return b.getvalue()


def _isi_indikator(ws, baris: int, kolom: dict[str, int]) -> None:
    data = [("A-1", "Desa terlayani", 10, 7), ("A-2", "Dokumen", 4, 5)]
    for i, (kode, nama, t, r) in enumerate(data, start=baris):
        ws.cell(i, kolom["Kode"], kode)
        ws.cell(i, kolom["Indikator Kinerja"], nama)
        ws.cell(i, kolom["Target"], t)
        ws.cell(i, kolom["Realisasi"], r)


@pytest.fixture(scope="module")
def kaya_xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A `lakip baru` workbook to which a user added every kind of extra content."""
    d = tmp_path_factory.mktemp("kaya")
    p = d / "kaya.xlsx"
    operasi.buat_baru(p, 2025)
    wb = openpyxl.load_workbook(p)
    ind = wb["Indikator"]
    kolom = {c.value: c.column for c in ind[3] if c.value}
    _isi_indikator(ind, 4, kolom)
    ind.cell(4, kolom["Indikator Kinerja"]).comment = Comment("catatan petugas", "Siti")
    ind.cell(4, kolom["Kode"]).font = Font(bold=True, color="FF0000")
    ind.column_dimensions["E"].width = 61
    huruf = openpyxl.utils.get_column_letter(kolom["Capaian (%)"])
    ind.conditional_formatting.add(
        f"{huruf}4:{huruf}300",
        CellIsRule(operator="lessThan", formula=["100"], fill=PatternFill("solid", "FFC7CE")),
    )
    wb.defined_names["TargetUtama"] = DefinedName("TargetUtama", attr_text="Indikator!$I$4")
    cat = wb.create_sheet("Catatan Saya")
    cat["A1"] = "Bulan"
    cat["B1"] = "Kunjungan"
    for i, (b, n) in enumerate((("Jan", 10), ("Feb", 14), ("Mar", 9)), start=2):
        cat.cell(i, 1, b)
        cat.cell(i, 2, n)
    dv = DataValidation(type="list", formula1='"Ya,Tidak"')
    cat.add_data_validation(dv)
    dv.add("C2:C10")
    ch = BarChart()
    ch.add_data(Reference(cat, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    cat.add_chart(ch, "E2")
    gambar = d / "logo.png"
    gambar.write_bytes(_png())
    wb["Petunjuk"].add_image(GambarXl(str(gambar)), "C2")
    wb.save(p)
    return p


@pytest.fixture(scope="module")
def vba_bin(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real vbaProject.bin, written by LibreOffice from a Basic module in VBA mode."""
    d = tmp_path_factory.mktemp("vba")
    skrip = d / "lakip_uji_vba.py"
    skrip.write_text(MAKRO, encoding="utf-8")
    dasar = d / "dasar.xlsx"
    openpyxl.Workbook().save(dasar)
    xlsm = office.jalankan_makro_python(dasar, d / "dasar.xlsm", skrip, "tambah_vba")
    with zipfile.ZipFile(xlsm) as z:
        return z.read("xl/vbaProject.bin")


@pytest.fixture(scope="module")
def kaya_xlsm(tmp_path_factory: pytest.TempPathFactory, vba_bin: bytes) -> Path:
    """A macro-enabled workbook made by another tool (XlsxWriter): VBA, a form button, an
    image, a chart, a comment, a defined name, conditional formats and validation."""
    d = tmp_path_factory.mktemp("xlsm")
    binp = d / "vbaProject.bin"
    binp.write_bytes(vba_bin)
    p = d / "tombol.xlsm"
    wb = xlsxwriter.Workbook(str(p))
    wb.add_vba_project(str(binp))
    tebal = wb.add_format({"bold": True})
    pr = wb.add_worksheet("Profil")
    pr.write_row(2, 0, ["Isian", "Nilai"], tebal)
    for i, (k, v) in enumerate((("Nama Instansi", "Dinas Uji"), ("Tahun", 2024)), start=3):
        pr.write(i, 0, k)
        pr.write(i, 1, v)
    ind = wb.add_worksheet("Indikator")
    kepala = [
        "Kode",
        "Indikator Kinerja",
        "Polaritas",
        "Target",
        "Realisasi",
        "Capaian (%)",
        "Kategori",
    ]
    ind.write_row(2, 0, kepala, tebal)
    ind.write_row(3, 0, ["N-1", "Kasus", "Negatif", 10, 8])
    ind.write_row(4, 0, ["P-1", "Layanan", "Positif", 200, 150])
    ind.write_comment("B4", "komentar pengguna")
    ind.conditional_format(
        "F4:F20",
        {
            "type": "cell",
            "criteria": "<",
            "value": 100,
            "format": wb.add_format({"bg_color": "#FFC7CE"}),
        },
    )
    ind.data_validation("C4:C20", {"validate": "list", "source": ["Positif", "Negatif"]})
    ind.insert_button("I2", {"macro": "HitungUlang", "caption": "Hitung Ulang", "width": 120})
    ind.insert_image("I6", "logo.png", {"image_data": io.BytesIO(_png())})
    ang = wb.add_worksheet("Anggaran")
    ang.write_row(
        2,
        0,
        [
            "Jenis",
            "Uraian",
            "Anggaran",
            "Realisasi",
            "Jumlah Anggaran",
            "Jumlah Realisasi",
            "Serapan (%)",
            "Sisa",
        ],
        tebal,
    )
    ang.write_row(3, 0, ["Program", "P1"])
    ang.write_row(4, 0, ["Kegiatan", "K1", 1000, 900])
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"values": "=Anggaran!$C$5:$D$5"})
    ang.insert_chart("J2", chart)
    wb.define_name("PaguUtama", "=Anggaran!$C$5")
    wb.close()
    return p


def _isi_zip(p: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(p) as z:
        return {n: z.read(n) for n in z.namelist()}


def _tanpa_data(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    ns = root.nsmap.get(None)
    for tag in ("sheetData", "dimension"):
        for el in root.findall(f"{{{ns}}}{tag}"):
            root.remove(el)
    return etree.tostring(root, method="c14n")


def _periksa_utuh(
    sebelum: dict[str, bytes], sesudah: dict[str, bytes], p: Path, diubah: set[str]
) -> None:
    assert set(sebelum) == set(sesudah)
    with zipfile.ZipFile(p) as z:
        peta = peta_sheet(z)
    bagian_diubah = {peta[s] for s in diubah}
    for nama in sebelum:
        if nama in bagian_diubah:
            # everything but the cells is as it was: validation, conditional formats,
            # drawings (images, charts, buttons), legacy drawings (comments), columns
            assert _tanpa_data(sebelum[nama]) == _tanpa_data(sesudah[nama]), nama
        else:
            assert sebelum[nama] == sesudah[nama], nama


def _sel_isian_sama(p1: Path, p2: Path, sheet: str, kolom_hitung: set[str]) -> None:
    a = baca_tabel(p1, sheet)
    b = baca_tabel(p2, sheet)
    assert len(a) == len(b)
    for ra, rb in zip(a, b, strict=True):
        assert {k: v for k, v in ra.items() if k not in kolom_hitung} == {
            k: v for k, v in rb.items() if k not in kolom_hitung
        }


HITUNG_INDIKATOR = {k.judul for k in L.INDIKATOR.kolom if k.dihitung}
"""The Indikator columns hitung writes (grey, declared as computed in the layout): every other
cell must read back as it was typed."""


@pytest.mark.lo
def test_hitung_menjaga_isi_tambahan_xlsx(kaya_xlsx: Path, tmp_path: Path) -> None:
    p = tmp_path / "kaya.xlsx"
    p.write_bytes(kaya_xlsx.read_bytes())
    sebelum = _isi_zip(p)
    operasi.hitung_berkas(p)
    sesudah = _isi_zip(p)
    assert (tmp_path / "kaya.cadangan.xlsx").read_bytes() == kaya_xlsx.read_bytes()
    _periksa_utuh(sebelum, sesudah, p, {"Indikator", "Ringkasan"})
    assert any(n.startswith("xl/media/") for n in sesudah)
    assert any(n.startswith("xl/charts/") for n in sesudah)
    assert any("comments" in n for n in sesudah)
    _sel_isian_sama(kaya_xlsx, p, "Indikator", HITUNG_INDIKATOR)
    ind = baca_tabel(p, "Indikator")
    assert [r["Capaian (%)"] for r in ind] == [70, 125]
    # a real engine loads it without repair and reads the same values back
    assert office.periksa_paket(p) == []
    ulang = office.hitung_ulang(p, tmp_path / "lo.xlsx")
    wb = openpyxl.load_workbook(ulang, data_only=True)
    assert "Catatan Saya" in wb.sheetnames
    assert "TargetUtama" in wb.defined_names
    kolom = {c.value: c.column for c in wb["Indikator"][3] if c.value}
    assert wb["Indikator"].cell(4, kolom["Capaian (%)"]).value == 70
    assert wb["Indikator"].cell(4, kolom["Indikator Kinerja"]).comment is not None


@pytest.mark.lo
def test_hitung_menjaga_vba_tombol_gambar_grafik_xlsm(
    kaya_xlsm: Path, tmp_path: Path, vba_bin: bytes
) -> None:
    p = tmp_path / "tombol.xlsm"
    p.write_bytes(kaya_xlsm.read_bytes())
    sebelum = _isi_zip(p)
    assert "xl/vbaProject.bin" in sebelum
    assert any(n.endswith(".vml") for n in sebelum)  # the form button
    operasi.hitung_berkas(p)
    sesudah = _isi_zip(p)
    _periksa_utuh(sebelum, sesudah, p, {"Indikator", "Anggaran"})
    assert sesudah["xl/vbaProject.bin"] == vba_bin
    assert b"macroEnabled" in sesudah["[Content_Types].xml"]
    assert (tmp_path / "tombol.cadangan.xlsm").is_file()
    wb = openpyxl.load_workbook(p, data_only=True, keep_vba=True)
    ind = wb["Indikator"]
    # Negatif: (2 x 10 - 8) / 10 = 120; Positif 150 / 200 = 75
    assert [ind.cell(r, 6).value for r in (4, 5)] == [120, 75]
    assert [ind.cell(r, 7).value for r in (4, 5)] == ["Sangat Memuaskan", "Sangat Baik"]
    ang = wb["Anggaran"]
    assert [ang.cell(4, c).value for c in (5, 6, 7, 8)] == [1000, 900, 90, 100]
    info = office.muat_info(p)
    assert "Tombol" in info["basic_modules"].get("VBAProject", [])
    assert not info.get("perlu_perbaikan")


def test_proses_dibunuh_saat_menulis_tidak_merusak_asli(contoh_xlsx: Path, tmp_path: Path) -> None:
    p = tmp_path / "buku.xlsx"
    asli = contoh_xlsx.read_bytes()
    skrip = (
        "import sys\nfrom pathlib import Path\nfrom lakip_xl import operasi\n"
        "for _ in range(200):\n    operasi.hitung_berkas(Path(sys.argv[1]), cadangan=False)\n"
    )
    terbunuh = 0
    for jeda in (0.3, 0.6, 0.9, 1.2, 1.5, 1.8):
        p.write_bytes(asli)
        pr = subprocess.Popen([sys.executable, "-c", skrip, str(p)])
        time.sleep(jeda)
        if pr.poll() is None:
            os.kill(pr.pid, signal.SIGKILL)
            terbunuh += 1
        pr.wait()
        # whatever moment it died, the workbook is a complete one
        with zipfile.ZipFile(p) as z:
            assert z.testzip() is None
        buku = operasi.baca_buku(p)
        assert not [m for m in buku.masalah if m.galat]
        assert len(buku.rows("Indikator")) == 30
    assert terbunuh >= 4


@pytest.mark.lo
def test_contoh_dihitung_lalu_dibuka_libreoffice(contoh_xlsx: Path, tmp_path: Path) -> None:
    """The sample after `lakip hitung` loads in a real engine, which recalculates it and reads
    back the values hitung wrote (worked out by hand: 7/10 desa = 70; 95,39 % serapan)."""
    p = tmp_path / "contoh.xlsx"
    p.write_bytes(contoh_xlsx.read_bytes())
    operasi.hitung_berkas(p)
    assert office.periksa_paket(p) == []
    ulang = office.hitung_ulang(p, tmp_path / "lo.xlsx")
    ind = baca_tabel(ulang, "Indikator")
    desa = next(r for r in ind if r["Kode"] == "IV-03")
    assert desa["Capaian (%)"] == 70
    ang = baca_tabel(ulang, "Anggaran")
    p1 = next(r for r in ang if r["Uraian"] == "Program Pelayanan Administrasi Perkantoran")
    assert p1["Serapan (%)"] == pytest.approx(95.39)
    assert p1["Jumlah Anggaran"] == 434_542_010
