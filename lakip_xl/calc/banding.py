"""Comparison of a value between two years: difference in points and percent, and its word."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lakip_xl.calc.angka import SERATUS, Angka, bulat, ke_decimal


@dataclass(frozen=True)
class Perbandingan:
    """`baru` against `lama`. `persen` is None when `lama` is 0 (no base to compare with)."""

    lama: Decimal
    baru: Decimal
    selisih: Decimal  # baru - lama, in the unit of the values ("poin" for percentages)
    persen: Decimal | None  # selisih / |lama| x 100
    arah: str  # "meningkat", "menurun" or "tetap"


def bandingkan(lama: Angka, baru: Angka, digit: int = 2) -> Perbandingan:
    """Compare two values as printed (rounded to `digit` decimals first).

    79,53 -> 83,00 gives selisih 3,47 poin, persen 4,3631..., arah "meningkat". Equal printed
    values are "tetap" even when the raw values differ past the printed digits.
    """
    a = bulat(ke_decimal(lama), digit)
    b = bulat(ke_decimal(baru), digit)
    selisih = b - a
    persen = None if a == 0 else selisih * SERATUS / abs(a)
    arah = "meningkat" if selisih > 0 else "menurun" if selisih < 0 else "tetap"
    return Perbandingan(a, b, selisih, persen, arah)
