"""What a cell of a workbook grid can hold besides plain values, and how cells are named (A1).

Standard library only: every engine (the streaming reader, openpyxl, xlwings, LibreOffice UNO)
hands the reader a grid of these."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

GALAT_RUMUS = frozenset(
    {
        "#DIV/0!",
        "#N/A",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#NULL!",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "Err:502",
        "Err:504",
        "Err:507",
        "Err:508",
        "Err:511",
        "Err:522",
    }
)


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


@dataclass(frozen=True)
class NilaiPersen:
    """A number read from a cell formatted as a percentage (0,7 shown as 70%)."""

    nilai: float | int | Decimal


@dataclass(frozen=True)
class TanpaCache:
    """A formula cell whose result was never calculated (file saved by a tool that does not
    calculate); the reader puts this where the value should be."""

    rumus: str


@dataclass(frozen=True)
class SelGabung:
    """A cell inside a merged range other than its top-left cell: `rentang` is the range
    ("D4:D6"), `nilai` the value of the top-left cell, `sekolom` whether that cell is in the
    same column. Readers of .xlsx put this where openpyxl would give None (`tandai_gabung`)."""

    rentang: str
    nilai: Any
    sekolom: bool


BATAS_SEL_GABUNG = 100_000  # a merged range over more cells than this is left unmarked


def _sel_a1(ref: str) -> tuple[int, int]:
    m = re.fullmatch(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})", ref.strip())
    if not m:
        raise ValueError(ref)
    kol = 0
    for ch in m.group(1).upper():
        kol = kol * 26 + ord(ch) - 64
    return int(m.group(2)), kol


def tandai_gabung(rows: list[list[Any]], rentang: Iterable[str]) -> None:
    """Put a SelGabung in every empty cell of each merged range (as "A1:B3") except its
    top-left cell, within the rows read; ranges whose top-left cell is empty are skipped."""
    for ref in rentang:
        try:
            a, _, b = ref.partition(":")
            (r1, c1), (r2, c2) = _sel_a1(a), _sel_a1(b or a)
        except ValueError:
            continue
        r1, r2 = min(r1, r2), min(max(r1, r2), len(rows))
        c1, c2 = min(c1, c2), max(c1, c2)
        if r1 > len(rows) or (r2 - r1 + 1) * (c2 - c1 + 1) > BATAS_SEL_GABUNG:
            continue
        atas = rows[r1 - 1]
        asal = atas[c1 - 1] if c1 - 1 < len(atas) else None
        if asal is None or (isinstance(asal, str) and not asal.strip()):
            continue
        for r in range(r1, r2 + 1):
            row = rows[r - 1]
            for c in range(c1, c2 + 1):
                if (r, c) == (r1, c1):
                    continue
                while len(row) < c:
                    row.append(None)
                if row[c - 1] is None:
                    row[c - 1] = SelGabung(ref, asal, c == c1)


@cache  # called for every cell read (its A1 name): a few hundred distinct columns at most
def huruf_kolom(i: int) -> str:
    """1 -> A, 27 -> AA."""
    s = ""
    while i > 0:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def nomor_kolom(ref: str) -> int:
    """'A' or 'A1' -> 1, 'AA7' -> 27 (the letters at the start of a cell reference)."""
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        else:
            break
    return n


def a1(baris: int, kolom: int) -> str:
    return f"{huruf_kolom(kolom)}{baris}"
