"""A worksheet's rows scanned with one regular expression, for the plain XML every known writer
gives; None for anything else, which the lxml reader (`baca_xml`) then parses. Pure: the part
read from a file object a block at a time (memory bounded by the block, not the sheet), cell
texts through the caller's conversion, rows out.

Plain means: UTF-8, an unprefixed <worksheet>, one <sheetData> whose content is only <row>
elements of <c> cells, whitespace between them. A cell in the usual form (attributes r, s, t
in that order; a <v> of text without entities, or an inline string of one such <t>, an <f>
before the value) is converted here; any other cell (other attributes or order, entities,
rich text, a formula without a cached value) is handed whole to `sel_lain`, the lxml reading
of one cell. Anything else in <sheetData> (comments, text, an unclosed row) makes the sheet
not plain. The part of the document outside <sheetData> is returned for the caller to parse.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from typing import Any, BinaryIO

from lakip_xl.buku.sel import dekode_xstring, nomor_kolom

_TOKEN = re.compile(  # the usual cell first: most tokens are one, and alternatives go in order
    r"<c r=\"([A-Z]{1,3})[0-9]+\"(?: s=\"([0-9]+)\")?(?: t=\"(n|s|str|b|e|d|inlineStr)\")?"
    r"(?:/>|>(<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>)?(?:<v>([^<&]*)</v>)?</c>"  # 1-5: usual cell
    r"|>(<is>)<t(?: xml:space=\"preserve\")?>([^<&]*)</t></is></c>)"  # 6-7: inline string
    r"|(<row)((?:\s+[\w:.-]+=\"[^\"]*\")*)\s*(/?)>"  # 8-10: a row's start (or empty row)
    r"|(</row>)"  # 11
    r"|(<c\b[^>]*/>|<c\b[^>]*>.*?</c>)"  # 12: any other cell, whole
    r"|[ \t\r\n]+"  # whitespace between elements
    r"|(.)",  # 13: anything else: not plain
    re.S,
)
_DEKLARASI = re.compile(r"<\?xml[^>]*?encoding=[\"']([\w.-]+)[\"']")
_AKAR = re.compile(r"<worksheet\b[^>]*>")
_R = re.compile(r"\sr=\"([^\"]*)\"")
BLOK = 1 << 20
"""Bytes read from the part at once; the text scanned is cut after the last </row> of what was
read, so that neither the XML nor its tokens are ever all in memory."""
BATAS = 1 << 26
"""Characters held without a row's end (or before <sheetData>, or after it) beyond which the
sheet is left to lxml's streaming parse."""


class _BukanPolos(Exception):
    """The sheet's XML is not in the plain form: the lxml reader takes it."""


class _Baca:
    """The part's text, a block at a time (UTF-8, a byte-order mark dropped)."""

    def __init__(self, f: BinaryIO) -> None:
        self.f, self.dek, self.habis = f, codecs.getincrementaldecoder("utf-8-sig")(), False

    def __call__(self) -> str:
        """The next piece of text; "" at the end. Not UTF-8: _BukanPolos (lxml decodes it)."""
        teks = ""
        while not teks and not self.habis:  # a block can end inside a character: read on
            data = self.f.read(BLOK)
            self.habis = not data
            try:
                teks = self.dek.decode(data, final=self.habis)
            except UnicodeDecodeError:
                raise _BukanPolos from None
        return teks


def pindai(
    f: BinaryIO,
    nilai: Callable[[str, str | None, str | None, str | None], Any],
    sel_lain: Callable[[str, str], tuple[int, Any] | None],
    polos: frozenset[str] = frozenset(),
) -> tuple[list[list[Any]], str] | None:
    """The rows of a worksheet part (row 1 first, trailing empties trimmed, as `baca_xml`) and
    the document without its <sheetData>, or None when the XML is not plain.

    `nilai(t, v, rumus, s)` converts a usual cell; `sel_lain(pembuka, xml)` reads any other
    cell given the root's start tag (its namespaces): (column or 0 when it has no reference,
    value), or None when it does not parse. `polos`: the s attributes ("" for none) whose
    numbers `nilai` gives as they are (no percentage or date format), so that a whole number
    in one of them ("12") and an inline string are converted here without the call, to what
    `nilai` would give."""
    baca = _Baca(f)
    try:
        buf = baca()
        while (i := buf.find("<sheetData")) < 0 or len(buf) < i + len("<sheetData/>"):
            lagi = baca()
            if not lagi or len(buf) > BATAS:
                return None
            buf += lagi
        kepala = buf[:i]
        m = _DEKLARASI.match(kepala)
        akar = _AKAR.search(kepala)
        if akar is None or (m and m.group(1).lower() not in ("utf-8", "utf8")):
            return None
        if buf.startswith("<sheetData/>", i):
            rows, ekor = [], buf[i + len("<sheetData/>"):]
        elif buf.startswith("<sheetData>", i):
            rows, ekor = _Pindai(nilai, sel_lain, akar.group(0), polos).semua(
                buf[i + len("<sheetData>"):], baca)
        else:
            return None
        while lagi := baca():
            ekor += lagi
            if len(ekor) > BATAS:
                return None
    except _BukanPolos:
        return None
    if "<sheetData" in ekor:
        return None
    return rows, kepala + ekor


class _Pindai:
    """The scan of <sheetData>'s content, piece by piece, its state kept between pieces."""

    def __init__(self, nilai: Callable[..., Any], sel_lain: Callable[..., Any], pembuka: str,
                 polos: frozenset[str] = frozenset()):
        self.nilai, self.sel_lain, self.pembuka, self.polos = nilai, sel_lain, pembuka, polos
        self.rows: list[list[Any]] = []
        self.kolom: dict[str, int] = {}  # column letters -> number, one parse per column
        self.vals: list[Any] = []
        self.dalam = False  # inside a <row>
        self.nomor_baris = self.k = 0

    def semua(self, buf: str, baca: Callable[[], str]) -> tuple[list[list[Any]], str]:
        """(the rows, the text after </sheetData>), reading on from `buf`."""
        while True:
            if (j := buf.find("</sheetData>")) >= 0:
                self.potong(buf, j)
                if self.dalam:
                    raise _BukanPolos
                return self.rows, buf[j + len("</sheetData>"):]
            if (ujung := buf.rfind("</row>")) >= 0:
                self.potong(buf, ujung + len("</row>"))
                buf = buf[ujung + len("</row>"):]
            elif len(buf) > BATAS:
                raise _BukanPolos
            lagi = baca()
            if not lagi:
                raise _BukanPolos  # </sheetData> never came: lxml names the error
            buf += lagi

    def potong(self, teks: str, akhir: int) -> None:
        """Scan teks[:akhir], which ends between elements."""
        nilai, sel_lain, kolom, rows, polos = (
            self.nilai, self.sel_lain, self.kolom, self.rows, self.polos)
        vals, dalam, nomor_baris, k = self.vals, self.dalam, self.nomor_baris, self.k
        for huruf, s, t, f, v, is_, it, baris, atribut, kosong, tutup, lain, sisa in (
            _TOKEN.findall(teks, 0, akhir)
        ):
            if huruf:  # the usual cell: most of a sheet
                if not dalam:
                    raise _BukanPolos
                if f and not v:  # a formula never calculated: rare, lxml reads its text
                    raise _BukanPolos
                k = kolom.get(huruf) or kolom.setdefault(huruf, nomor_kolom(huruf))
                if is_:  # nilai gives an inline string's text as it is
                    x = dekode_xstring(it) if t == "inlineStr" else nilai(
                        t or "n", dekode_xstring(it), None, s or None)
                elif (t == "" or t == "n") and v.isdigit() and v.isascii() and s in polos:
                    x = int(v)  # a whole number in a plain style: most cells
                else:
                    x = nilai(t or "n", v or None, None, s or None)
            elif lain:
                if not dalam:
                    raise _BukanPolos
                hasil = sel_lain(self.pembuka, lain)
                if hasil is None:
                    raise _BukanPolos
                k = hasil[0] or k + 1
                x = hasil[1]
            elif baris:
                if dalam or "xmlns" in atribut:
                    raise _BukanPolos
                r = _R.search(atribut)
                nomor = r.group(1) if r else ""
                if nomor and not (nomor.isascii() and nomor.isdigit()):
                    raise _BukanPolos  # the lxml reader's handling of it stands
                nomor_baris = int(nomor) if nomor else nomor_baris + 1
                vals, k, dalam = [], 0, not kosong
                continue
            elif tutup:
                if not dalam:
                    raise _BukanPolos
                taruh(rows, nomor_baris, vals)
                dalam = False
                continue
            elif sisa:
                raise _BukanPolos
            else:
                continue  # whitespace
            if x is None:
                continue
            while len(vals) < k - 1:
                vals.append(None)
            vals.append(x)
        self.vals, self.dalam, self.nomor_baris, self.k = vals, dalam, nomor_baris, k


def taruh(rows: list[list[Any]], nomor_baris: int, vals: list[Any]) -> None:
    """A read row's values at its place (row 1 first); an empty row adds nothing."""
    if vals:
        while len(rows) < nomor_baris - 1:
            rows.append([])
        rows.append(vals)
