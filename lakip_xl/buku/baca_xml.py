"""A fast, streaming .xlsx reader: every sheet as a grid of values, straight from the XML.

Gives exactly what `xlsx.baca_grid` (openpyxl) gives, several times faster and in bounded
memory: rows are parsed one at a time with lxml and discarded. It also sees what openpyxl's
data_only reading hides: a formula cell without a cached result comes back as `TanpaCache`.
Entities are never resolved and no DTD or network resource is loaded.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import re
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from lakip_xl.buku.sel import NilaiPersen, TanpaCache, nomor_kolom, tandai_gabung
from lakip_xl.buku.tulis import NS, peta_sheet
from lakip_xl.errors import LakipError

Q = f"{{{NS}}}"
_GABUNG = f"{Q}mergeCell"
_AMAN = {"resolve_entities": False, "no_network": True, "huge_tree": False, "load_dtd": False}
_TANGGAL_BAWAAN = set(range(14, 23)) | {45, 46, 47}
_PERSEN_BAWAAN = {9, 10}
_BUKAN_ANGKA = frozenset({"inlineStr", "s", "str", "e", "d", "b"})
_KUTIP = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def _baris_dari_ref(ref: str) -> int:
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    return int(ref[i:])


_XSTRING = re.compile(r"_x([0-9A-Fa-f]{4})_")
_KENDALI = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def dekode_xstring(teks: str) -> str:
    """Decode OOXML's escapes in a string (ST_Xstring): `_xHHHH_` is the character U+HHHH
    (Excel writes a line break inside a cell as `_x000D_`), `_x005F_` a literal underscore,
    so `_x005F_x000D_` reads `_x000D_`; read left to right, as openpyxl's `unescape`. Line
    breaks become "\n"; control characters, which no text of a report can hold, are dropped;
    an escaped surrogate pair becomes its character."""
    if "_x" in teks:
        teks = _XSTRING.sub(lambda m: chr(int(m.group(1), 16)), teks)
        if any("\ud800" <= c <= "\udfff" for c in teks):
            teks = teks.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if "\r" in teks:
        teks = teks.replace("\r\n", "\n").replace("\r", "\n")
    return _KENDALI.sub("", teks) if _KENDALI.search(teks) else teks


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


def baca_sheet(
    z: zipfile.ZipFile, part: str, teks: list[str], gaya: list[str], tahun1904: bool
) -> list[list[Any]]:
    """One worksheet as rows of values (row 1 first); empty trailing cells and rows trimmed."""
    rows: list[list[Any]] = []
    gabung: list[str] = []
    tag_c, tag_v, tag_f, tag_is = f"{Q}c", f"{Q}v", f"{Q}f", f"{Q}is"  # built once, not per cell
    kolom: dict[str, int] = {}  # column letters -> number ('AB' -> 28), one parse per column
    jenis_gaya: dict[str | None, str] = {}  # a cell's s attribute -> 'persen', 'tanggal' or ''
    with z.open(part) as f:
        nomor_baris = 0
        for _, row in etree.iterparse(f, events=("end",), tag=(f"{Q}row", _GABUNG), **_AMAN):
            if row.tag == _GABUNG:
                gabung.append(row.get("ref", ""))
                continue
            r = row.get("r")
            nomor_baris = int(r) if r else nomor_baris + 1
            vals: list[Any] = []
            k = 0
            for c in row:
                if c.tag != tag_c:
                    continue
                ref = c.get("r")
                if ref:
                    huruf = ref.rstrip("0123456789")
                    k = kolom.get(huruf) or kolom.setdefault(huruf, nomor_kolom(huruf))
                else:
                    k += 1
                t = c.get("t", "n")
                v = f_ = None
                if len(c) == 1 and (anak := c[0]).tag == tag_v:  # a bare value: most cells
                    v = anak.text
                else:
                    for anak in c:
                        if anak.tag == tag_v:
                            v = anak.text
                        elif anak.tag == tag_f:
                            f_ = anak
                        elif anak.tag == tag_is:
                            v = _teks_si(anak)
                nilai: Any
                if v and t not in _BUKAN_ANGKA:  # a number (most cells), or an unknown type
                    try:
                        nilai = _angka(v)
                    except ValueError:
                        nilai = v
                    s = c.get("s")
                    jenis = jenis_gaya.get(s)
                    if jenis is None:
                        jenis = jenis_gaya[s] = (
                            gaya[int(s)] if s and s.isdigit() and int(s) < len(gaya) else "")
                    if jenis == "persen":
                        nilai = NilaiPersen(nilai)
                    elif jenis == "tanggal":
                        with contextlib.suppress(OverflowError, ValueError):
                            nilai = _tanggal(float(nilai), tahun1904)
                elif t == "inlineStr":
                    nilai = v if v is not None else None
                elif v is None or v == "":
                    nilai = TanpaCache(f_.text or "(rumus bersama)") if f_ is not None else None
                elif t == "s":
                    try:
                        nilai = teks[int(v)]
                    except (ValueError, IndexError):
                        nilai = None
                elif t == "str":
                    nilai = dekode_xstring(v)
                elif t == "e":
                    nilai = v
                elif t == "d":
                    nilai = _iso(v)
                else:  # "b"
                    nilai = v.strip() in ("1", "true")
                if nilai is None:
                    continue
                while len(vals) < k - 1:
                    vals.append(None)
                vals.append(nilai)
            row.clear()
            while row.getprevious() is not None:
                del row.getparent()[0]
            if vals:
                while len(rows) < nomor_baris - 1:
                    rows.append([])
                rows.append(vals)
    tandai_gabung(rows, gabung)
    return rows


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
