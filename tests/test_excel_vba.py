"""The .xlsm built on Linux, read back with parsers that are not ours (oletools, olefile).

LibreOffice's reading of the same file is in test_excel_libreoffice.py.
"""

from __future__ import annotations

import importlib
import inspect
import io
import itertools
import random
import re
import zipfile
from pathlib import Path

import olefile
import openpyxl
import pytest
import xlwings
from lxml import etree
from oletools.olevba import VBA_Parser, decompress_stream

from lakip_xl.cli import main
from lakip_xl.excel import udf, vba, xlsm
from lakip_xl.operasi import buat_baru, hitung_berkas

XLWINGS_STANDALONE = Path(xlwings.__file__).with_name("quickstart_standalone.xlsm")
REPO = Path(__file__).resolve().parent.parent


def _normal(teks: str) -> str:
    return teks.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")


def _modul_olevba(path: Path) -> dict[str, str]:
    """Module name -> source, as oletools' olevba extracts it."""
    p = VBA_Parser(str(path))
    try:
        return {Path(stream).name: _normal(code) for _f, stream, _n, code in p.extract_macros()}
    finally:
        p.close()


@pytest.fixture(scope="module")
def xlsm_baru(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("xlsm")
    assert main(["baru", "-o", str(d / "baru.xlsm")]) == 0
    return d / "baru.xlsm"


@pytest.fixture(scope="module")
def xlsx_baru(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("xlsx")
    return buat_baru(d / "baru.xlsx")


# --- MS-OVBA pieces -----------------------------------------------------------------------------


@pytest.mark.parametrize("nama", xlsm.MODUL_MAKRO)
def test_kompresi_dibaca_balik_oleh_olevba(nama: str) -> None:
    data = vba.Modul.dari_teks(xlsm.teks_makro(nama)).sumber_crlf()
    wadah = vba.kompresi(data)
    assert decompress_stream(bytearray(wadah)) == data
    assert vba.dekompresi(wadah) == data
    assert len(wadah) < len(data)


def test_kompresi_potongan_penuh_acak_dan_berulang() -> None:
    acak = random.Random(7)
    contoh = [
        b"",
        b"a",
        b"abc" * 5000,
        bytes(acak.getrandbits(8) for _ in range(4096 * 2)),  # raw chunks
        bytes(acak.choice(b"AB ") for _ in range(4096 * 3 + 17)),
    ]
    for data in contoh:
        wadah = vba.kompresi(data)
        assert decompress_stream(bytearray(wadah)) == data
        assert vba.dekompresi(wadah) == data


def test_enkripsi_project_sama_dengan_yang_dibuat_excel() -> None:
    # xlwings' quickstart workbook was saved by Excel: its CMG/DPB/GC decrypt to
    # "not protected", "no password" and "visible", the values our writer encrypts.
    with zipfile.ZipFile(XLWINGS_STANDALONE) as z:
        ole = olefile.OleFileIO(io.BytesIO(z.read("xl/vbaProject.bin")))
    teks = ole.openstream("PROJECT").read().decode("cp1252")
    nilai = dict(re.findall(r'^(CMG|DPB|GC)="([0-9A-F]+)"', teks, re.M))
    assert vba.dekripsi(nilai["CMG"]) == bytes(4)
    assert vba.dekripsi(nilai["DPB"]) == b"\x00"
    assert vba.dekripsi(nilai["GC"]) == b"\xff"
    id_proyek = re.search(r'^ID="(\{[^}]+\})"', teks, re.M).group(1)
    for seed in (0x00, 0x8D, 0xFF):
        for data in (bytes(4), b"\x00", b"\xff"):
            assert vba.dekripsi(vba.enkripsi(data, id_proyek, seed)) == data


def test_berkas_cfb_dibaca_olefile() -> None:
    besar = bytes(range(256)) * 40  # > 4096: regular sectors
    pohon = {"A": {"kecil": b"x" * 10, "besar": besar, "kosong": b""}, "B": b"y" * 4095}
    ole = olefile.OleFileIO(io.BytesIO(vba.tulis_cfb(pohon)))
    assert sorted("/".join(e) for e in ole.listdir()) == ["A/besar", "A/kecil", "A/kosong", "B"]
    assert ole.openstream("A/besar").read() == besar
    assert ole.openstream("A/kecil").read() == b"x" * 10
    assert ole.openstream("B").read() == b"y" * 4095
    assert ole.get_size("A/kosong") == 0


def test_nama_modul_ganda_ditolak() -> None:
    m = vba.Modul.dari_teks('Attribute VB_Name = "A"\nSub X()\nEnd Sub\n')
    with pytest.raises(ValueError):
        vba.ProyekVBA([m, m])


# --- the macros/ text ---------------------------------------------------------------------------


def test_folder_macros_di_akar_repo_menunjuk_teks_yang_dibundel() -> None:
    assert (REPO / "macros").resolve() == xlsm.FOLDER_MAKRO.resolve()
    for nama in xlsm.MODUL_MAKRO:
        assert (REPO / "macros" / nama).is_file()


def test_modul_xlwings_sama_dengan_xlwings_terpasang() -> None:
    asli = _modul_olevba(XLWINGS_STANDALONE)
    assert _normal(xlsm.teks_makro("xlwings.bas")) == asli["xlwings"]
    assert _normal(xlsm.teks_makro("Dictionary.cls")) == asli["Dictionary"]
    assert xlwings.__version__ == xlsm.VERSI_XLWINGS
    assert f'"xlwings64-{xlsm.VERSI_XLWINGS}.dll"' in xlsm.teks_makro("xlwings.bas")


def test_tombol_vba_tanpa_logika() -> None:
    teks = xlsm.teks_makro("Lakip.bas")
    subs = dict(re.findall(r"^Sub (\w+)\(\)\n(.*?)^End Sub", teks, re.M | re.S))
    assert set(subs) == {"HitungUlang", "BuatLaporan", "DokumenTriwulan", "BuatPK", "ImporSIPD"}
    for nama, badan in subs.items():
        baris = [b.strip() for b in badan.splitlines() if b.strip()]
        if nama == "ImporSIPD":  # it asks for the file and the SKPD, then calls Python once
            continue
        assert len(baris) == 1 and baris[0].startswith('RunPython "')


def test_tombol_impor_sipd_menanyakan_berkas_dan_skpd() -> None:
    """Impor SIPD: Excel's file dialog for an .xlsx, an input box for the SKPD, cancelling
    either ends the Sub; then one RunPython of `udf.impor_sipd` with both as Python literals
    made by TeksPython (letters and digits kept, anything else \\uXXXX)."""
    teks = xlsm.teks_makro("Lakip.bas")
    badan = re.search(r"^Sub ImporSIPD\(\)\n(.*?)^End Sub", teks, re.M | re.S).group(1)
    badan = badan.replace(" _\n", " ")
    assert 'Application.GetOpenFilename("Ekspor Rekap SIPD-RI (*.xlsx),*.xlsx"' in badan
    assert "If VarType(berkas) = vbBoolean Then Exit Sub" in badan
    assert 'InputBox("Nama SKPD' in badan and "If StrPtr(skpd) = 0 Then Exit Sub" in badan
    assert badan.count("RunPython ") == 1
    run = re.search(r'RunPython "([^"]+)" & (.*)', badan).group(1, 2)
    assert run[0] == "from lakip_xl.excel.udf import impor_sipd; impor_sipd("
    assert re.sub(r"\s+", " ", run[1]).strip() == (
        'TeksPython(CStr(berkas)) & ", " & TeksPython(skpd) & ")"'
    )
    fungsi = importlib.import_module("lakip_xl.excel.udf").impor_sipd
    assert list(inspect.signature(fungsi).parameters) == ["rekap", "skpd", "book"]
    contoh = "from lakip_xl.excel.udf import impor_sipd; impor_sipd('C\\u003A', 'A\\u0020B')"
    compile(contoh, "<RunPython>", "exec")
    fungsi_teks = re.search(r"^Public Function TeksPython.*?^End Function", teks, re.M | re.S)
    assert fungsi_teks and 'c Like "[A-Za-z0-9]"' in fungsi_teks.group(0)
    assert "Hex$(AscW(c) And &HFFFF&)" in fungsi_teks.group(0)


def test_deklarasi_udf_sama_dengan_generator_xlwings() -> None:
    assert _normal(xlsm.teks_makro("xlwings_udfs.bas")) == _normal(udf.vba_udf())
    assert _normal(xlsm.teks_makro("LakipFungsi.bas")) == _normal(udf.vba_daftar_fungsi())


def test_deklarasi_udf_memuat_setiap_fungsi_dengan_nama_argumennya() -> None:
    teks = xlsm.teks_makro("xlwings_udfs.bas")
    for f in udf.UDF:
        params = inspect.signature(f).parameters.values()
        argumen = ", ".join(
            ("Optional " if p.default is not inspect.Parameter.empty else "") + p.name
            for p in params
        )
        assert f"Function {f.__name__}({argumen})" in teks
        assert f'XLPy.CallUDF("lakip_xl.excel.udf", "{f.__name__}", Array(' in teks
        assert f"'!{f.__name__}\"" in xlsm.teks_makro("LakipFungsi.bas")
    assert len(udf.UDF) >= 7


# --- the built .xlsm ----------------------------------------------------------------------------


def test_modul_xlsm_dibaca_olevba_sama_dengan_macros(xlsm_baru: Path) -> None:
    modul = _modul_olevba(xlsm_baru)
    for nama in xlsm.MODUL_MAKRO:
        teks = xlsm.teks_makro(nama)
        m = vba.Modul.dari_teks(teks)
        assert modul[m.nama] == _normal(m.sumber), nama
    wb = openpyxl.load_workbook(xlsm_baru, read_only=True)
    jumlah = len(wb.sheetnames)
    wb.close()
    dokumen = {"ThisWorkbook"} | {f"Sheet{i}" for i in range(1, jumlah + 1)}
    assert dokumen <= set(modul)
    assert set(modul) == dokumen | {
        vba.Modul.dari_teks(xlsm.teks_makro(n)).nama for n in xlsm.MODUL_MAKRO
    }


def test_project_stream_dan_dir_stream(xlsm_baru: Path) -> None:
    with zipfile.ZipFile(xlsm_baru) as z:
        ole = olefile.OleFileIO(io.BytesIO(z.read("xl/vbaProject.bin")))
    project = ole.openstream("PROJECT").read().decode("cp1252")
    assert "Module=Lakip" in project and "Class=Dictionary" in project
    assert "Document=ThisWorkbook/&H00000000" in project
    assert ole.openstream("VBA/_VBA_PROJECT").read()[:4] == bytes.fromhex("CC61FFFF")
    d = decompress_stream(bytearray(ole.openstream("VBA/dir").read()))
    assert d.startswith(b"\x01\x00\x04\x00\x00\x00")  # PROJECTSYSKIND
    assert d.endswith(b"\x10\x00\x00\x00\x00\x00")  # dir terminator


def test_tombol_memanggil_sub_yang_ada(xlsm_baru: Path) -> None:
    modul = _modul_olevba(xlsm_baru)
    subs = set(re.findall(r"^Sub (\w+)\(", modul["Lakip"], re.M))
    with zipfile.ZipFile(xlsm_baru) as z:
        vml = [n for n in z.namelist() if n.endswith(".vml")]
        makro: list[str] = []
        for n in vml:
            for el in etree.fromstring(z.read(n)).iter(f"{{{xlsm.NS_X}}}FmlaMacro"):
                makro.append(el.text.removeprefix("[0]!"))
    assert sorted(makro) == sorted(
        ["HitungUlang", "BuatLaporan", "DokumenTriwulan", "BuatPK", "ImporSIPD"] * 2
    )
    assert set(makro) <= subs


def test_runpython_mengimpor_fungsi_yang_ada(xlsm_baru: Path) -> None:
    teks = _modul_olevba(xlsm_baru)["Lakip"]
    perintah = re.findall(r'RunPython "([^"]+)"\n', teks)  # Impor SIPD's: its own test
    assert len(perintah) == 4
    for p in perintah:
        m = re.fullmatch(r"from ([\w.]+) import (\w+); (\w+)\(\)", p)
        assert m and m.group(2) == m.group(3), p
        compile(p, "<RunPython>", "exec")
        fungsi = getattr(importlib.import_module(m.group(1)), m.group(2))
        assert callable(fungsi)
        assert not [
            x for x in inspect.signature(fungsi).parameters.values() if x.default is x.empty
        ]


def test_xlsm_memuat_seluruh_isi_xlsx(xlsm_baru: Path, xlsx_baru: Path) -> None:
    with zipfile.ZipFile(xlsx_baru) as a, zipfile.ZipFile(xlsm_baru) as b:
        nama_a, nama_b = set(a.namelist()), set(b.namelist())
        assert nama_a <= nama_b
        assert nama_b - nama_a == {
            "xl/vbaProject.bin",
            "xl/drawings/vmlDrawingLakip1.vml",
            "xl/worksheets/_rels/sheet1.xml.rels",
        }
        for n in nama_a:
            if n.startswith("xl/worksheets/sheet"):
                # same cells, styles, validation and protection; only codeName and the button
                # drawing reference are added
                ra, rb = etree.fromstring(a.read(n)), etree.fromstring(b.read(n))
                for tag in ("sheetData", "dataValidations", "sheetProtection", "cols"):
                    ea = ra.find(f"{{{xlsm.NS}}}{tag}")
                    eb = rb.find(f"{{{xlsm.NS}}}{tag}")
                    assert (ea is None) == (eb is None)
                    if ea is not None:
                        assert etree.tostring(ea) == etree.tostring(eb), (n, tag)
            elif (
                n.endswith((".xml", ".rels"))
                and n
                not in (
                    "[Content_Types].xml",
                    "xl/workbook.xml",
                    "xl/_rels/workbook.xml.rels",
                    "docProps/core.xml",  # openpyxl stamps the save time
                )
                and not n.startswith("xl/drawings/")
            ):
                assert a.read(n) == b.read(n), n
        ct = b.read("[Content_Types].xml").decode()
        assert xlsm.CT_MAKRO in ct and xlsm.CT_VBA in ct
        assert 'codeName="ThisWorkbook"' in b.read("xl/workbook.xml").decode()
    wa = openpyxl.load_workbook(xlsx_baru)
    wb = openpyxl.load_workbook(xlsm_baru, keep_vba=True)
    assert wa.sheetnames == wb.sheetnames
    for sa, sb in zip(wa.worksheets, wb.worksheets, strict=True):
        assert [[c.value for c in r] for r in sa.iter_rows()] == [
            [c.value for c in r] for r in sb.iter_rows()
        ]
        assert sa.protection.sheet == sb.protection.sheet
        assert len(sa.data_validations.dataValidation) == len(sb.data_validations.dataValidation)
        assert sb.sheet_properties.codeName == f"Sheet{wb.sheetnames.index(sb.title) + 1}"


def test_komentar_indikator_tetap_ada_bersama_tombol(xlsm_baru: Path) -> None:
    wb = openpyxl.load_workbook(xlsm_baru)
    ws = wb["Indikator"]
    komentar = [c.comment for r in ws.iter_rows(max_row=3) for c in r if c.comment]
    assert komentar
    with zipfile.ZipFile(xlsm_baru) as z:
        vml = [z.read(n).decode() for n in z.namelist() if n.endswith(".vml")]
    gabung = [v for v in vml if 'ObjectType="Note"' in v and 'ObjectType="Button"' in v]
    assert len(gabung) == 1  # Indikator: comments and buttons share its one legacy drawing


def test_hitung_pada_xlsm_menjaga_makro(tmp_path: Path, xlsm_baru: Path) -> None:
    # `lakip hitung` (and the contoh build) rewrite only cells: the VBA stays byte for byte
    salinan = tmp_path / "b.xlsm"
    salinan.write_bytes(xlsm_baru.read_bytes())
    hitung_berkas(salinan, cadangan=False)
    with zipfile.ZipFile(xlsm_baru) as a, zipfile.ZipFile(salinan) as b:
        assert a.read("xl/vbaProject.bin") == b.read("xl/vbaProject.bin")
        for n in a.namelist():
            if n.endswith(".vml"):
                assert a.read(n) == b.read(n)


def test_contoh_xlsm_berisi_hasil_hitung(tmp_path: Path) -> None:
    tujuan = tmp_path / "contoh.xlsm"
    assert main(["contoh", "-o", str(tujuan)]) == 0
    assert "xl/vbaProject.bin" in zipfile.ZipFile(tujuan).namelist()
    wb = openpyxl.load_workbook(tujuan, data_only=True, read_only=True)
    ringkasan = [r for r in wb["Ringkasan"].iter_rows(values_only=True) if r and r[0]]
    assert any("Rata-rata capaian seluruh indikator" in str(r[0]) for r in ringkasan)
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_xlsm_tidak_ditimpa_tanpa_timpa(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tujuan = tmp_path / "a.xlsm"
    assert main(["baru", "-o", str(tujuan)]) == 0
    assert main(["baru", "-o", str(tujuan)]) == 1
    assert "--timpa" in capsys.readouterr().err


def _lebar_px(lebar: float | None) -> int:
    """A column's stored width -> pixels, by ECMA-376 Part 1 18.3.1.13 (Calibri 11: maximum
    digit width 7 px); a column without a width has Excel's default 9,140625 (64 px)."""
    lebar = 9.140625 if lebar is None else lebar
    return int((256 * lebar + int(128 / 7)) / 256 * 7)


def test_jangkar_tombol_di_dalam_kolomnya(xlsm_baru: Path) -> None:
    """Every button's VML anchor names offsets that lie inside their columns (Excel places a
    button by its anchor; an offset beyond its column's width is squeezed to the edge), and
    the anchors' left edges follow the buttons' order without overlapping."""
    wb = openpyxl.load_workbook(xlsm_baru, keep_vba=True)
    for sheet, daftar in xlsm.TOMBOL.items():
        ws = wb[sheet]
        awal = [0]
        for i in range(1, 30):
            huruf = openpyxl.utils.get_column_letter(i)
            dim = ws.column_dimensions.get(huruf)
            awal.append(awal[-1] + _lebar_px(dim.width if dim and dim.width else None))
        tepi = []
        for t in daftar:
            kk, kx, _, _, ka, ax, _, _ = (int(v) for v in t.anchor.split(","))
            for kol, off in ((kk, kx), (ka, ax)):
                assert 0 <= off <= awal[kol + 1] - awal[kol], (sheet, t.teks, kol, off)
            kiri, kanan = awal[kk] + kx, awal[ka] + ax
            assert kanan - kiri >= 100, (sheet, t.teks)
            tepi.append((kiri, kanan))
        assert all(a[1] < b[0] for a, b in itertools.pairwise(tepi)), (sheet, tepi)
