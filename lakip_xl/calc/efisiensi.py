"""Efisiensi of a sasaran: capaian kinerja minus serapan anggaran, graded on a +-5 point band."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lakip_xl.calc.angka import Angka, bulat

BATAS_POIN = Decimal(5)


@dataclass(frozen=True)
class Efisiensi:
    """`selisih_poin` = capaian - serapan (both as printed, 2 decimals)."""

    selisih_poin: Decimal
    kategori: str  # "efisien", "cukup efisien" or "tidak efisien"


def efisiensi(capaian_persen: Angka, serapan_persen: Angka) -> Efisiensi:
    """Above +5 points efisien; -5 to +5 inclusive cukup efisien; below -5 tidak efisien."""
    selisih = bulat(capaian_persen, 2) - bulat(serapan_persen, 2)
    if selisih > BATAS_POIN:
        kat = "efisien"
    elif selisih < -BATAS_POIN:
        kat = "tidak efisien"
    else:
        kat = "cukup efisien"
    return Efisiensi(selisih, kat)
