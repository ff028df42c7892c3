"""Realisasi of one indikator measured by several OPD, combined by the indikator's own rule."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import Enum

from lakip_xl.calc.angka import Angka, ke_decimal


class Gabung(Enum):
    """How the realisasi of several OPD make the Pemda's one realisasi."""

    JUMLAH = "Jumlah"
    RATA = "Rata-rata"
    UTAMA = "OPD Utama"

    @classmethod
    def dari_teks(cls, teks: object) -> Gabung:
        """Parse the Gabungan cell (any case); ValueError in Indonesian else."""
        t = " ".join(str(teks or "").split()).casefold()
        for g in cls:
            if g.value.casefold() == t:
                return g
        if t in ("rata rata", "rerata", "rata2"):
            return cls.RATA
        if t in ("utama", "opd utama", "lead"):
            return cls.UTAMA
        pilihan = ", ".join(g.value for g in cls)
        raise ValueError(f"aturan gabungan '{teks}' tidak dikenal; pilih {pilihan}")


ATURAN_GABUNG: tuple[str, ...] = tuple(g.value for g in Gabung)


def gabungkan(realisasi: Sequence[Angka], aturan: Gabung) -> Decimal:
    """The combined realisasi, exact: the sum, the arithmetic mean, or the first (lead) OPD's.

    The caller passes only complete data (every OPD matched and its realisasi typed): a
    combination of part of the OPD is never made. ValueError on an empty list."""
    if not realisasi:
        raise ValueError("tidak ada realisasi untuk digabung")
    nilai = [ke_decimal(r) for r in realisasi]
    if aturan is Gabung.UTAMA:
        return nilai[0]
    total = sum(nilai, Decimal(0))
    if aturan is Gabung.JUMLAH:
        return total
    return total / len(nilai)
