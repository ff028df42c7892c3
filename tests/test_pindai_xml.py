"""The regular-expression scan of a worksheet gives what the lxml reader gives, on every form of
sheet XML: generated sheets in every cell form, hand-written ones with values worked out by
hand, and the files real writers made (lakip, openpyxl, xlsxwriter, LibreOffice, SIPD-RI);
what it does not recognise it leaves to lxml, which then reads the sheet alone."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl.utils import get_column_letter
from test_sipd import MURNI, PERUBAHAN

from lakip_xl.buku import baca_xml, pindai_xml
from lakip_xl.buku.sel import NilaiPersen, TanpaCache
from lakip_xl.buku.tulis import peta_sheet
from lakip_xl.libreoffice import konversi

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
AKAR_XML = (
    f'<worksheet xmlns="{NS}" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/'
    '2009/9/ac">'
)
GAYA = ["", "persen", "tanggal"]  # s="0" plain, s="1" a percentage, s="2" a date
TEKS = ["bersama nol", "bersama satu"]  # the shared strings


def _nilai() -> Any:
    return baca_xml._pengurai(TEKS, GAYA, False)


def _zip(xml: str) -> zipfile.ZipFile:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("s.xml", xml)
    return zipfile.ZipFile(buf)


def _dua_jalan(xml: str) -> tuple[Any, Any]:
    """(the scan's rows and merged ranges, or None; lxml's)."""
    z = _zip(xml)
    cepat = baca_xml._pindai(io.BytesIO(xml.encode()), _nilai(), baca_xml.polos(GAYA))
    return cepat, baca_xml._baca_lxml(z, "s.xml", _nilai())


def _sheet(baris: str, ekor: str = "") -> str:
    kepala = '<?xml version="1.0" encoding="UTF-8"?>\n'
    return f"{kepala}{AKAR_XML}<sheetData>{baris}</sheetData>{ekor}</worksheet>"


def test_nilai_dihitung_tangan() -> None:
    xml = _sheet(
        '<row r="1" spans="1:4" x14ac:dyDescent="0.25"><c r="A1" s="0" t="s"><v>1</v></c>'
        '<c r="C1" s="1"><v>0.7</v></c><c r="D1" s="2"><v>43831</v></c></row>'
        '<row r="3"><c r="B3" t="inlineStr"><is><t xml:space="preserve"> baris_x000D_\n'
        'dua </t></is></c><c r="C3"><f>SUM(A1:A2)</f><v>12.5</v></c>'
        '<c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c>'
        '<c r="G3" t="str"><v>hasil ké-中</v></c><c r="H3" s="0"/></row>',
        '<mergeCells count="1"><mergeCell ref="A3:A4"/></mergeCells>',
    )
    cepat, lxml = _dua_jalan(xml)
    assert cepat is not None  # the plain form: scanned
    assert cepat == lxml
    lama = pindai_xml.BLOK
    try:
        for blok in (1, 2, 7):  # blocks ending inside tags and inside a character
            pindai_xml.BLOK = blok
            assert _dua_jalan(xml)[0] == cepat
    finally:
        pindai_xml.BLOK = lama
    rows, gabung = cepat
    assert rows == [
        ["bersama satu", None, NilaiPersen(0.7), datetime.datetime(2020, 1, 1)],
        [],
        [None, " baris\ndua ", 12.5, None, True, "#N/A", "hasil ké-中"],
    ]
    assert gabung == ["A3:A4"]


def test_bilangan_bulat_dan_teks_tanpa_panggilan() -> None:
    """The quick path of a whole number or an inline string gives what the cell's conversion
    gives: a whole number as an int only in a plain style (s="0", no s, an s past the styles'
    list), a percentage or a date in their styles, other digits ("²", "012", "1_000") and a
    string typed as a number through the conversion."""
    assert baca_xml.polos(GAYA) == frozenset({"", "0"})
    xml = _sheet(
        '<row r="1"><c r="A1" s="0" t="n"><v>12</v></c><c r="B1"><v>0012</v></c>'
        '<c r="C1" s="1" t="n"><v>1</v></c><c r="D1" s="2"><v>43831</v></c>'
        '<c r="E1" s="0"><v>²</v></c><c r="F1" s="0"><v>1_000</v></c>'
        '<c r="G1" s="9"><v>7</v></c><c r="H1" s="00"><v>8</v></c>'
        '<c r="I1" t="inlineStr"><is><t>a_x000D_b</t></is></c>'
        '<c r="J1" t="n"><is><t>5</t></is></c></row>'
    )
    cepat, lxml = _dua_jalan(xml)
    assert cepat == lxml
    assert cepat[0] == [[12, 12, NilaiPersen(1), datetime.datetime(2020, 1, 1), "²", 1000, 7, 8,
                         "a\nb", 5]]
    assert [type(x) for x in cepat[0][0][:2]] == [int, int]


@pytest.mark.parametrize(
    ("isi", "harap"),
    [
        ('<row r="1"><!-- catatan --><c r="A1"><v>1</v></c></row>', [[1]]),  # a comment
        ('<row r="1">teks<c r="A1"><v>1</v></c></row>', [[1]]),  # text between cells
        ('<c r="A1"><v>1</v></c>', []),  # a cell outside a row: not a row's
        ('<row r="1"><c r="A1"><f>5*2</f></c></row>', [[TanpaCache("5*2")]]),  # never calculated
        ("<row r='1'><c r='A1'><v>1</v></c></row>", [[1]]),  # single quotes
        ('<row r="1"><c r="A1"><v>1</v></c>', None),  # an unclosed row: not XML
    ],
)
def test_bukan_polos_dibaca_lxml(isi: str, harap: list | None) -> None:
    """What the scan does not recognise it leaves whole to lxml, whose reading stands."""
    xml = _sheet(isi)
    assert baca_xml._pindai(io.BytesIO(xml.encode()), _nilai()) is None
    z = _zip(xml)
    if harap is None:  # lxml's error, which baca_grid turns into its sentence
        with pytest.raises(etree.XMLSyntaxError):
            baca_xml.baca_sheet(z, "s.xml", TEKS, GAYA, False)
    else:
        assert baca_xml.baca_sheet(z, "s.xml", TEKS, GAYA, False) == harap


@pytest.mark.parametrize(
    "xml",
    [
        f'<x:worksheet xmlns:x="{NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c>'
        "</x:row></x:sheetData></x:worksheet>",  # a prefixed namespace
        '<?xml version="1.0" encoding="ISO-8859-1"?>' + AKAR_XML + "<sheetData/></worksheet>",
    ],
)
def test_bentuk_lain_dibaca_lxml(xml: str) -> None:
    assert baca_xml._pindai(io.BytesIO(xml.encode("latin-1")), _nilai()) is None
    z = _zip(xml)
    baris = baca_xml.baca_sheet(z, "s.xml", TEKS, GAYA, False)
    assert baris == ([[1]] if "x:row" in xml else [])


def test_xml_rusak_di_luar_sheetdata_dibaca_lxml() -> None:
    xml = _sheet('<row r="1"><c r="A1"><v>1</v></c></row>', "<mergeCells><mergeCell ref=")
    assert baca_xml._pindai(io.BytesIO(xml.encode()), _nilai()) is None


# --- generated sheets: every cell form, both readers --------------------------------------------

_teks = st.text(st.sampled_from(list("ab &<>\"'_x0D\r\n\t中é ")), max_size=8)
_sel = st.one_of(
    st.tuples(st.just("n"), st.integers(-10**15, 10**15).map(str)),
    st.tuples(st.just("n"), st.floats(allow_nan=False, allow_infinity=False).map(repr)),
    st.tuples(st.just("s"), st.sampled_from(["0", "1", "7", "x"])),
    st.tuples(st.just("str"), _teks),
    st.tuples(st.just("inlineStr"), _teks),
    st.tuples(st.just("b"), st.sampled_from(["0", "1"])),
    st.tuples(st.just("e"), st.sampled_from(["#N/A", "#DIV/0!"])),
    st.tuples(st.just("d"), st.sampled_from(["2024-02-29", "2024-02-29T10:30:00", "bukan"])),
)
_bentuk = st.sampled_from(["biasa", "tanpa_t", "urutan", "rich", "rumus", "tanpa_r", "kosong"])


def _esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _c(kol: str, baris: int, gaya: int, jenis: str, teks: str, bentuk: str) -> str:
    r = "" if bentuk == "tanpa_r" else f' r="{kol}{baris}"'
    if bentuk == "kosong":
        return f'<c{r} s="{gaya}"/>'
    t = "" if bentuk == "tanpa_t" and jenis == "n" else f' t="{jenis}"'
    atribut = f'{t} s="{gaya}"{r}' if bentuk == "urutan" else f'{r} s="{gaya}"{t}'
    if jenis == "inlineStr":
        isi = (f"<is><r><t>{_esc(teks)}</t></r><r><t>x</t></r></is>" if bentuk == "rich"
               else f'<is><t xml:space="preserve">{_esc(teks)}</t></is>')
    else:
        rumus = '<f t="shared" si="0"/>' if bentuk == "rumus" else ""
        isi = f"{rumus}<v>{_esc(teks)}</v>"
    return f"<c{atribut}>{isi}</c>"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 4),  # the gap before the row
            st.booleans(),  # r on the row
            st.lists(st.tuples(st.integers(1, 30), st.integers(0, 2), _sel, _bentuk), max_size=6),
        ),
        max_size=6,
    ),
    st.sampled_from(["", "\n", "\r\n  "]),
    st.integers(1, 64),
)
def test_sama_dengan_lxml_pada_sheet_buatan(baris: list, spasi: str, potong: int) -> None:
    teks, nomor = [], 0
    for loncat, ada_r, sel in baris:
        nomor += loncat
        cells, k = [], 0
        for lompat, gaya, (jenis, isi), bentuk in sel:
            k += lompat
            cells.append(_c(get_column_letter(k), nomor, gaya, jenis, isi, bentuk))
        r = f' r="{nomor}"' if ada_r else ""
        teks.append(f"<row{r} spans=\"1:9\">{spasi.join(cells)}</row>" if cells else f"<row{r}/>")
    xml = _sheet(spasi.join(teks))
    lama = pindai_xml.BLOK
    pindai_xml.BLOK = potong  # blocks cut anywhere: in a tag, in a UTF-8 character
    try:
        cepat, lxml = _dua_jalan(xml)
    finally:
        pindai_xml.BLOK = lama
    if cepat is not None:
        assert cepat == lxml
    else:  # only a formula never calculated leaves the whole sheet to lxml
        assert '<f t="shared" si="0"/><v></v>' in xml


# --- files real writers made ---------------------------------------------------------------------


def _sheet_sheet(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return [p for p in peta_sheet(z).values() if "/worksheets/" in p]


def _sama_dan_polos(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        teks, gaya = baca_xml._string_bersama(z), baca_xml._gaya(z)
        for part in _sheet_sheet(path):
            nilai = baca_xml._pengurai(teks, gaya, False)
            with z.open(part) as f:
                cepat = baca_xml._pindai(f, nilai, baca_xml.polos(gaya))
            assert cepat is not None, (path.name, part)
            lxml = baca_xml._baca_lxml(z, part, baca_xml._pengurai(teks, gaya, False))
            assert cepat == lxml, (path.name, part)


def test_berkas_lakip_openpyxl_xlsxwriter(contoh_xlsx: Path, tmp_path: Path) -> None:
    _sama_dan_polos(contoh_xlsx)
    opx = tmp_path / "opx.xlsx"
    openpyxl.load_workbook(contoh_xlsx).save(opx)
    _sama_dan_polos(opx)
    xw = tmp_path / "xw.xlsx"
    wb = xlsxwriter.Workbook(str(xw))
    ws = wb.add_worksheet("Data")
    ws.write("A1", "teks & <simbol> ünïcödé")
    ws.write_number("B3", 0.7, wb.add_format({"num_format": "0.00%"}))
    ws.write_formula("D4", "=1/0", None, "#DIV/0!")
    ws.write_rich_string("A5", "tebal ", wb.add_format({"bold": True}), "sekali")
    wb.close()
    _sama_dan_polos(xw)


def test_berkas_libreoffice(contoh_xlsx: Path, tmp_path: Path) -> None:
    """Calc's own .xlsx (its attributes, its <f aca="false">): scanned, as lxml reads it."""
    _sama_dan_polos(konversi.hitung_ulang(contoh_xlsx, tmp_path / "calc.xlsx"))


@pytest.mark.parametrize("berkas", [MURNI, PERUBAHAN], ids=["murni", "perubahan"])
def test_berkas_sipd(berkas: Path) -> None:
    _sama_dan_polos(berkas)
