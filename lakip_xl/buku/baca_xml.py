"""A fast .xlsx reader: every sheet as a grid of values, straight from the XML.

Gives exactly what `xlsx.baca_grid` (openpyxl) gives, several times faster: a sheet in the
plain form every known writer uses is scanned with one regular expression (`pindai_xml`),
any other is parsed with lxml one row at a time (rows discarded as read). It also sees what
openpyxl's data_only reading hides: a formula cell without a cached result comes back as
`TanpaCache`. Entities are never resolved and no DTD or network resource is loaded.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from lxml import etree

from lakip_xl.buku import pindai_xml
from lakip_xl.buku.sel import (  # dekode_xstring: re-exported, the readers' one decoding
    NilaiPersen,
    TanpaCache,
    dekode_xstring,
    nomor_kolom,
    tandai_gabung,
)
from lakip_xl.buku.tulis import NS, peta_sheet
from lakip_xl.errors import LakipError

Q = f"{{{NS}}}"
_GABUNG, _ROW, _C, _V, _F, _IS = (f"{Q}{n}" for n in ("mergeCell", "row", "c", "v", "f", "is"))
_AMAN = {"resolve_entities": False, "no_network": True, "huge_tree": False, "load_dtd": False}
_TANGGAL_BAWAAN = set(range(14, 23)) | {45, 46, 47}
_PERSEN_BAWAAN = {9, 10}
_BUKAN_ANGKA = frozenset({"inlineStr", "s", "str", "e", "d", "b"})
_KUTIP = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def _teks_si(el: etree._Element) -> str:
    """The text of a shared/inline string: its <t>, or its rich-text runs (phonetics left out),
    escapes decoded (`dekode_xstring`)."""
    bagian = []
    for anak in el:
        if anak.tag == f"{Q}t":
            bagian.append(anak.text or "")
        elif anak.tag == f"{Q}r":
            t = anak.find(f"{Q}t")
            if t is not None:
                bagian.append(t.text or "")
    return dekode_xstring("".join(bagian))


def _iso(teks: str) -> Any:
    """A `t="d"` cell (ISO 8601, written by some exporters): a date, datetime or time, as
    openpyxl reads it; text that is not ISO 8601 stays text."""
    t = teks.strip()
    try:
        if "T" not in t and ":" in t:
            return _dt.time.fromisoformat(t)
        if "T" not in t and len(t) <= 10:
            return _dt.date.fromisoformat(t)
        return _dt.datetime.fromisoformat(t.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return teks


def _string_bersama(z: zipfile.ZipFile) -> list[str]:
    nama = next((n for n in z.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
    if nama is None:
        return []
    hasil = []
    with z.open(nama) as f:
        for _, el in etree.iterparse(f, events=("end",), tag=f"{Q}si", **_AMAN):
            hasil.append(_teks_si(el))
            el.clear()
    return hasil


def _jenis_format(kode: str) -> str:
    """'persen', 'tanggal' or '' for a number format code."""
    polos = _KUTIP.sub("", kode).lower()
    if "%" in polos:
        return "persen"
    if "general" in polos:
        return ""
    if re.search(r"[dmyhs]", polos.split(";")[0]):
        return "tanggal"
    return ""


def _gaya(z: zipfile.ZipFile) -> list[str]:
    """Per cellXfs index: 'persen', 'tanggal' or ''."""
    if "xl/styles.xml" not in z.namelist():
        return []
    root = etree.fromstring(z.read("xl/styles.xml"), etree.XMLParser(**_AMAN))
    kode: dict[int, str] = {}
    for nf in root.iter(f"{Q}numFmt"):
        try:
            kode[int(nf.get("numFmtId", "-1"))] = nf.get("formatCode", "")
        except ValueError:
            continue
    hasil = []
    xfs = root.find(f"{Q}cellXfs")
    for xf in xfs if xfs is not None else []:
        try:
            i = int(xf.get("numFmtId", "0"))
        except ValueError:
            i = 0
        if i in kode:
            hasil.append(_jenis_format(kode[i]))
        elif i in _TANGGAL_BAWAAN:
            hasil.append("tanggal")
        elif i in _PERSEN_BAWAAN:
            hasil.append("persen")
        else:
            hasil.append("")
    return hasil


def _tanggal(serial: float, tahun1904: bool) -> Any:
    awal = _dt.datetime(1904, 1, 1) if tahun1904 else _dt.datetime(1899, 12, 30)
    if not tahun1904 and serial < 60:
        serial += 1  # Excel's phantom 29 Feb 1900
    hasil = awal + _dt.timedelta(days=serial)
    if hasil.time() == _dt.time(0) and serial == int(serial):
        return hasil
    return hasil.replace(microsecond=round(hasil.microsecond / 1000) * 1000 % 1_000_000)


def _angka(teks: str) -> int | float:
    try:
        if "." not in teks and "E" not in teks and "e" not in teks:
            return int(teks)
        f = float(teks)
        return f
    except ValueError:
        return float(teks)


def _pengurai(teks: list[str], gaya: list[str], tahun1904: bool) -> Callable[..., Any]:
    """The one conversion of a cell, for both readers: its value from its type `t`, the text
    of its <v> (or of its inline string), its formula text (None: no formula) and its style
    index `s`. None for an empty cell."""
    jenis_gaya: dict[str | None, str] = {}  # a cell's s attribute -> 'persen', 'tanggal' or ''

    def nilai(t: str, v: str | None, rumus: str | None, s: str | None) -> Any:
        if v and t not in _BUKAN_ANGKA:  # a number (most cells), or an unknown type
            try:
                hasil: Any = _angka(v)
            except ValueError:
                hasil = v
            jenis = jenis_gaya.get(s)
            if jenis is None:
                jenis = jenis_gaya[s] = (
                    gaya[int(s)] if s and s.isdigit() and int(s) < len(gaya) else "")
            if jenis == "persen":
                return NilaiPersen(hasil)
            if jenis == "tanggal":
                with contextlib.suppress(OverflowError, ValueError):
                    return _tanggal(float(hasil), tahun1904)
            return hasil
        if t == "inlineStr":
            return v
        if v is None or v == "":
            return TanpaCache(rumus or "(rumus bersama)") if rumus is not None else None
        if t == "s":
            try:
                return teks[int(v)]
            except (ValueError, IndexError):
                return None
        if t == "str":
            return dekode_xstring(v)
        if t == "e":
            return v
        if t == "d":
            return _iso(v)
        return v.strip() in ("1", "true")  # "b"

    return nilai


def _isi_sel(c: etree._Element) -> tuple[str, str | None, str | None]:
    """A <c> element's type, value text (<v>, or its inline string) and formula text (None:
    no <f>; "" for a shared formula's <f/>)."""
    t = c.get("t", "n")
    v = rumus = None
    if len(c) == 1 and (anak := c[0]).tag == _V:  # a bare value: most cells
        return t, anak.text, None
    for anak in c:
        if anak.tag == _V:
            v = anak.text
        elif anak.tag == _F:
            rumus = anak.text or ""
        elif anak.tag == _IS:
            v = _teks_si(anak)
    return t, v, rumus


def _baca_lxml(
    z: zipfile.ZipFile, part: str, nilai: Callable[..., Any]
) -> tuple[list[list[Any]], list[str]]:
    """A worksheet parsed with lxml one row at a time (rows discarded as read): any XML."""
    rows: list[list[Any]] = []
    gabung: list[str] = []
    kolom: dict[str, int] = {}  # column letters -> number ('AB' -> 28), one parse per column
    with z.open(part) as f:
        nomor_baris = 0
        for _, row in etree.iterparse(f, events=("end",), tag=(_ROW, _GABUNG), **_AMAN):
            if row.tag == _GABUNG:
                gabung.append(row.get("ref", ""))
                continue
            r = row.get("r")
            nomor_baris = int(r) if r else nomor_baris + 1
            vals: list[Any] = []
            k = 0
            for c in row:
                if c.tag != _C:
                    continue
                ref = c.get("r")
                if ref:
                    huruf = ref.rstrip("0123456789")
                    k = kolom.get(huruf) or kolom.setdefault(huruf, nomor_kolom(huruf))
                else:
                    k += 1
                x = nilai(*_isi_sel(c), c.get("s"))
                if x is None:
                    continue
                while len(vals) < k - 1:
                    vals.append(None)
                vals.append(x)
            row.clear()
            while row.getprevious() is not None:
                del row.getparent()[0]
            pindai_xml.taruh(rows, nomor_baris, vals)
    return rows, gabung


def baca_sheet(
    z: zipfile.ZipFile, part: str, teks: list[str], gaya: list[str], tahun1904: bool
) -> list[list[Any]]:
    """One worksheet as rows of values (row 1 first); empty trailing cells and rows trimmed.
    Scanned with one regular expression when its XML has the plain form Excel, LibreOffice,
    openpyxl and lakip write (`pindai_xml`), else parsed with lxml; both give the same."""
    nilai = _pengurai(teks, gaya, tahun1904)
    with z.open(part) as f:
        hasil = _pindai(f, nilai, polos(gaya))
    rows, gabung = hasil if hasil is not None else _baca_lxml(z, part, nilai)
    tandai_gabung(rows, gabung)
    return rows


def polos(gaya: list[str]) -> frozenset[str]:
    """The s attributes whose numbers `_pengurai`'s nilai gives as they are ("" for none):
    the styles that are neither a percentage nor a date (`pindai_xml.pindai`'s `polos`)."""
    return frozenset({""} | {str(i) for i, g in enumerate(gaya) if not g})


def _pindai(
    f: BinaryIO, nilai: Callable[..., Any], polos_: frozenset[str] = frozenset()
) -> tuple[list[list[Any]], list[str]] | None:
    """`pindai_xml` with lxml for the rest: the cells it does not convert itself and the
    document outside <sheetData> (its merged ranges; its XML must parse). None: not plain.
    `polos_`: `polos` of the workbook's styles."""

    pengurai = etree.XMLParser(**_AMAN)  # one for the sheet's cells in another form

    def sel_lain(pembuka: str, xml: str) -> tuple[int, Any] | None:
        try:
            akar = etree.fromstring(f"{pembuka}<sheetData><row>{xml}</row></sheetData></worksheet>",
                                    pengurai)
        except etree.XMLSyntaxError:
            return None
        c = akar[0][0][0] if len(akar) and len(akar[0]) and len(akar[0][0]) else None
        if c is None or c.tag != _C:
            return None
        ref = c.get("r")
        k = nomor_kolom(ref.rstrip("0123456789")) if ref else 0
        return k, nilai(*_isi_sel(c), c.get("s"))

    hasil = pindai_xml.pindai(f, nilai, sel_lain, polos_)
    if hasil is None:
        return None
    rows, sisa = hasil
    try:
        akar = etree.fromstring(sisa.encode("utf-8"), pengurai)
    except etree.XMLSyntaxError:
        return None  # the lxml reader names the line
    if akar.tag != f"{Q}worksheet":
        return None
    return rows, [el.get("ref", "") for el in akar.iter(_GABUNG)]


def baca_grid(path: Path) -> dict[str, list[list[Any]]]:
    """Every worksheet of an .xlsx/.xlsm as rows of cell values (cached formula results).

    Cells formatted as a percentage come back as NilaiPersen, date formats as datetime,
    formulas without a cached result as TanpaCache. Chart sheets are left out. The caller
    checks that the file is a workbook first (`berkas.periksa_berkas`); XML that does not parse
    is reported as a LakipError naming the sheet. Merged cells are marked (`tandai_gabung`).
    """
    try:
        return _baca_grid(path)
    except etree.XMLSyntaxError as e:
        raise LakipError(
            f"Berkas '{path.name}' rusak: XML-nya tidak sah (baris {e.lineno}); buka dan simpan "
            "ulang di Excel atau LibreOffice, atau pakai cadangannya."
        ) from None


def _baca_grid(path: Path) -> dict[str, list[list[Any]]]:
    with zipfile.ZipFile(path) as z:
        teks = _string_bersama(z)
        gaya = _gaya(z)
        wb = etree.fromstring(z.read("xl/workbook.xml"), etree.XMLParser(**_AMAN))
        pr = wb.find(f"{Q}workbookPr")
        tahun1904 = pr is not None and pr.get("date1904") in ("1", "true")
        grid: dict[str, list[list[Any]]] = {}
        nama_ada = set(z.namelist())
        for nama, part in peta_sheet(z).items():
            if part not in nama_ada or "/worksheets/" not in part:
                continue
            try:
                grid[nama] = baca_sheet(z, part, teks, gaya, tahun1904)
            except etree.XMLSyntaxError as e:
                raise LakipError(
                    f"isi sheet ini di berkas '{path.name}' rusak: XML-nya tidak sah (baris "
                    f"{e.lineno}, kolom {e.position[1]}); buka dan simpan ulang di Excel atau "
                    "LibreOffice, atau pakai cadangannya",
                    sheet=nama,
                ) from None
        return grid
