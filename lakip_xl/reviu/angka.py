"""Indonesian numbers as printed in a report: "10 desa", "5.530 KPM", "100 %", "Rp 5.021.250,-"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from lakip_xl.calc import kalimat
from lakip_xl.calc.angka import bulat
from lakip_xl.calc.format_id import angka as format_angka
from lakip_xl.calc.format_id import urai_angka


@dataclass(frozen=True)
class Nilai:
    """A printed number: its value, decimals as printed, unit, and whether it is a percentage."""

    nilai: Decimal
    desimal: int
    satuan: str
    teks: str

    @property
    def persen(self) -> bool:
        return "%" in self.satuan


BATAS = Decimal(10) ** 15
_KOSONG = {"", "-", "--", "*)", "*", ")*", "y*", "* %", "n/a", "#"}
_RE_SPASI_TANDA = re.compile(r"\s+([.,])(?=\d)|(?<=\d)([.,])\s+(?=\d{3}\b)")
_RE_TITIK_STRIP = re.compile(r"(?<=\d)\s*\.\s*-\s*\.?$")
_RE_KOMA_STRIP = re.compile(r"(?<=\d),-[.,]?$")
_RE_BUKA = re.compile(r"\(\s+")
_RE_TUTUP = re.compile(r"\s+\)")
_RE_HURUF_KURUNG = re.compile(r"^([A-Za-z]+)\(")
_RE_AKHIR_TITIK = re.compile(r"(?<=\d)[.,]?-?[.]?$")


_RE_POLOS = re.compile(r"(-?)((?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?)( ?%)?")
"""A plain Indonesian number as tables print it ("85,71", "1.234.567", "-3,5 %"): the forms
`urai_angka` reads in only one way (no lone dot before three digits after a 0, no Rp, no
unit but %), read here without its explanations."""


@lru_cache(maxsize=65536)
def baca(teks: str | None) -> Nilai | None:
    """The number in a cell, or None when the cell holds no single readable number.

    Uses the calculation core's reader (`format_id.urai_angka`) after removing what reports add
    around numbers: "Rp." prefixes, ",-" and ".-" endings, "B (75)" grades, "%" with spaces.
    A plain number (`_RE_POLOS`) is read directly, to the same value, decimals and unit.
    """
    if teks is None:
        return None
    t = " ".join(str(teks).split())
    if m := _RE_POLOS.fullmatch(t):
        d = Decimal(m[2].replace(".", "").replace(",", "."))
        if m[1] and d:
            d = -d
        desimal = len(m[2].partition(",")[2])
        if desimal > 10 or abs(d) >= BATAS:
            return None
        return Nilai(d, desimal, "%" if m[3] else "", str(teks))
    return _baca_lain(t, teks)


def _baca_lain(t: str, teks: str) -> Nilai | None:
    """`baca` for any text but a plain number: what reports add removed, then `urai_angka`."""
    if t.casefold() in _KOSONG or not any(c.isdigit() for c in t):
        return None
    t = t.replace("Rp.", "Rp ").replace("Rp,", "Rp ")
    if "-" in t:
        t = _RE_TITIK_STRIP.sub("", t)  # "574.736.610.-" and ".-."
        t = _RE_KOMA_STRIP.sub("", t)
    if "(" in t or ")" in t:
        t = _RE_BUKA.sub("(", t)
        t = _RE_TUTUP.sub(")", t)
        t = _RE_HURUF_KURUNG.sub(r"\1 (", t)
    try:
        u = urai_angka(t)
    except (ValueError, TypeError):
        return None
    d = u.nilai
    desimal = max(0, -d.as_tuple().exponent) if isinstance(d.as_tuple().exponent, int) else 0
    if desimal > 10 or abs(d) >= BATAS:
        return None  # no report prints such a number; beyond exact rounding in 28 digits
    return Nilai(d, desimal, u.satuan, str(teks))


def tahun(teks: str) -> int | None:
    """A year 1990-2099 written alone in a header ("2020", "Tahun 2020", "tahun 2019")."""
    m = re.findall(r"(?<!\d)(19[9]\d|20\d\d)(?!\d)", teks)
    return int(m[-1]) if m else None


def cocok(cetak: Nilai, benar: Decimal) -> str:
    """'sama' if the printed value is the right value rounded to its printed decimals (Excel
    ROUND), 'pembulatan' if it is the right value truncated instead, else 'salah'. The rule is
    `calc.kalimat.cocok`, the one the sentence rules of periksa and reviu use."""
    return kalimat.cocok(cetak.nilai, cetak.desimal, benar)


def tulis(nilai: Decimal, digit: int = 2) -> str:
    """Indonesian text of a value, rounded like Excel to `digit` decimals."""
    return format_angka(nilai, digit)


def tulis_rp(nilai: Decimal) -> str:
    return format_angka(nilai, 0)


def sama_angka(a: Nilai, b: Nilai) -> bool:
    """Two printed values say the same number (90,9 and 90,90 do; 83 and 83,00 do)."""
    d = min(a.desimal, b.desimal)
    return bulat(a.nilai, d) == bulat(b.nilai, d)
