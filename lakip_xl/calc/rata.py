"""Average capaian of a group of indikator, with counts per kategori and missing data left out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from lakip_xl.calc.angka import Angka, bulat, ke_decimal
from lakip_xl.calc.capaian import Capaian, Status
from lakip_xl.calc.kategori import SKALA_LKJ, Skala


@dataclass(frozen=True)
class RataRata:
    """Average of a group. `persen` is None when no indikator in it has a capaian."""

    persen: Decimal | None
    jumlah: int  # indikator averaged
    belum_tersedia: int  # realisasi empty (*), left out
    tidak_dapat_dihitung: int  # target empty/0, left out
    per_kategori: dict[str, int]  # every band of the scale, in order, zeros included
    kategori: str | None
    bergalat: int = 0  # rows whose input holds an error: out of the average and every count

    @property
    def dikecualikan(self) -> int:
        return self.belum_tersedia + self.tidak_dapat_dihitung


def rata_rata(
    daftar: Iterable[Capaian],
    skala: Skala = SKALA_LKJ,
    batas_persen: Angka | None = None,
) -> RataRata:
    """Arithmetic mean of the capaian of a group of indikator.

    Each capaian enters as displayed (rounded to 2 decimals), so a reader can redo the mean
    from the report's table. `batas_persen` (100 or 120; None = no cap, the default) caps
    each value for the mean only; the per-kategori counts use the uncapped value, as shown.
    Indikator without a capaian are counted apart and left out; an empty group gives None.
    Rows in error (Status.BERGALAT) are in no count but their own.
    """
    batas = None if batas_persen is None else ke_decimal(batas_persen)
    nilai: list[Decimal] = []
    belum = tidak = galat = 0
    per_kategori = {nama: 0 for nama in skala.nama_kategori}
    for c in daftar:
        if c.status is Status.BERGALAT:
            galat += 1
            continue
        if c.status is Status.BELUM_TERSEDIA:
            belum += 1
            continue
        if c.status is not Status.ADA or c.persen is None:
            tidak += 1
            continue
        tampil = bulat(c.persen, 2)
        per_kategori[skala.rentang_tampil(tampil).nama] += 1
        nilai.append(tampil if batas is None else min(tampil, batas))
    if not nilai:
        return RataRata(None, 0, belum, tidak, per_kategori, None, galat)
    rata = sum(nilai, Decimal(0)) / len(nilai)
    return RataRata(rata, len(nilai), belum, tidak, per_kategori, skala.kategori(rata), galat)
