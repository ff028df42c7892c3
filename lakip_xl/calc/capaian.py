"""Capaian of one indikator: realisasi against target by polaritas, with explicit missing states."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from lakip_xl.calc.angka import SERATUS, Angka, bulat, ke_decimal


class Polaritas(Enum):
    """Positif: higher is better. Negatif: lower is better."""

    POSITIF = "Positif"
    NEGATIF = "Negatif"

    @classmethod
    def dari_teks(cls, teks: object) -> Polaritas:
        """Parse "Positif"/"Negatif" (any case, also "+"/"-"); ValueError in Indonesian else."""
        t = str(teks or "").strip().casefold()
        if t in ("positif", "negatif"):
            return cls(t.capitalize())
        if t in SEBUTAN_POLARITAS:
            return cls(SEBUTAN_POLARITAS[t])
        raise ValueError(f"polaritas '{teks}' tidak dikenal; ketik Positif atau Negatif")


SEBUTAN_POLARITAS = {
    "+": "Positif",
    "positive": "Positif",
    "naik": "Positif",
    "-": "Negatif",
    "negative": "Negatif",
    "turun": "Negatif",
}
"""Other words for a polaritas that `Polaritas.dari_teks` reads (lower case) -> the choice the
workbook's dropdown offers for it (the suggestion when the dropdown refuses the word)."""


class RumusNegatif(Enum):
    """Formula for Negatif indikator. SELISIH is the default of PermenPANRB 6/2022."""

    SELISIH = "(2 x Target - Realisasi) / Target"
    KEBALIKAN = "Target / Realisasi"

    @classmethod
    def dari_teks(cls, teks: object) -> RumusNegatif:
        """Parse the Profil setting; empty gives SELISIH."""
        t = " ".join(str(teks or "").split()).casefold()
        if not t:
            return cls.SELISIH
        for r in cls:
            if r.value.casefold() == t:
                return r
        raise ValueError(
            f"rumus polaritas negatif '{teks}' tidak dikenal; pilih "
            f"'{cls.SELISIH.value}' atau '{cls.KEBALIKAN.value}'"
        )


class Status(Enum):
    """Whether a capaian exists, and if not, why."""

    ADA = "ada"
    BELUM_TERSEDIA = "belum tersedia"  # realisasi empty: shown as *) and left out of averages
    TIDAK_DAPAT_DIHITUNG = "tidak dapat dihitung"  # target empty, 0 or negative
    BERGALAT = "isian bergalat"  # a cell of the row holds an error: out of every average and count


@dataclass(frozen=True)
class Capaian:
    """The result for one indikator. `persen` is exact (unrounded) and None unless status is ADA."""

    persen: Decimal | None
    status: Status
    alasan: str = ""

    @property
    def ada(self) -> bool:
        return self.status is Status.ADA

    def persen_bulat(self, digit: int = 2) -> Decimal | None:
        """The displayed value, rounded like Excel; None when there is no capaian."""
        return None if self.persen is None else bulat(self.persen, digit)


def _kosong(x: object) -> bool:
    return x is None or (isinstance(x, str) and not x.strip())


def hitung_capaian(
    target: Angka | None,
    realisasi: Angka | None,
    polaritas: Polaritas = Polaritas.POSITIF,
    rumus_negatif: RumusNegatif = RumusNegatif.SELISIH,
) -> Capaian:
    """Capaian (%) of one indikator.

    Positif: R / T x 100. Negatif: (2T - R) / T x 100 floored at 0, or T / R x 100 when
    `rumus_negatif` is KEBALIKAN. Never divides by zero and never returns a silent 0:
    target empty, 0 or negative gives TIDAK_DAPAT_DIHITUNG with the reason; realisasi empty
    gives BELUM_TERSEDIA (the report prints `*)`). KEBALIKAN with realisasi 0 is
    TIDAK_DAPAT_DIHITUNG. Capaian above 100 is kept as is (no cap).
    """
    if _kosong(target):
        return Capaian(None, Status.TIDAK_DAPAT_DIHITUNG, "target belum diisi")
    t = ke_decimal(target)  # type: ignore[arg-type]
    if t == 0:
        return Capaian(None, Status.TIDAK_DAPAT_DIHITUNG, "target 0, capaian tidak dapat dihitung")
    if t < 0:
        return Capaian(
            None, Status.TIDAK_DAPAT_DIHITUNG, "target negatif, capaian tidak dapat dihitung"
        )
    if _kosong(realisasi):
        return Capaian(None, Status.BELUM_TERSEDIA, "realisasi belum tersedia")
    r = ke_decimal(realisasi)  # type: ignore[arg-type]
    if polaritas is Polaritas.POSITIF:
        return Capaian(r * SERATUS / t, Status.ADA)
    if rumus_negatif is RumusNegatif.KEBALIKAN:
        if r <= 0:
            return Capaian(
                None,
                Status.TIDAK_DAPAT_DIHITUNG,
                "realisasi 0 atau negatif, rumus Target / Realisasi tidak dapat dipakai",
            )
        return Capaian(t * SERATUS / r, Status.ADA)
    nilai = (2 * t - r) * SERATUS / t
    return Capaian(max(nilai, Decimal(0)), Status.ADA)
