"""Category scales for a capaian percentage (seed Tabel 5, Permendagri 86/2017, SAKIP AA-D)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lakip_xl.calc.angka import Angka, bulat


@dataclass(frozen=True)
class Rentang:
    """One band of a scale: capaian strictly above `di_atas` (None: no lower limit)."""

    nama: str
    di_atas: Decimal | None
    uraian: str
    predikat: str = ""


@dataclass(frozen=True)
class Skala:
    """A named scale, bands from the highest down; the first band whose limit is passed wins."""

    nama: str
    sumber: str
    rentang: tuple[Rentang, ...]

    def kategori(self, capaian_persen: Angka) -> str:
        """The band name for a capaian in percent (70 means 70 %).

        The value is first rounded to 2 decimals, as the report shows it, so the category never
        disagrees with the printed number (90,004 prints 90,00 and is not "above 90").
        Values above 100 fall in the top band; negative values in the lowest.
        """
        return self.rentang_untuk(capaian_persen).nama

    def rentang_untuk(self, capaian_persen: Angka) -> Rentang:
        return self.rentang_tampil(bulat(capaian_persen, 2))

    def rentang_tampil(self, c: Decimal) -> Rentang:
        """The band of a capaian already rounded to 2 decimals (as `bulat(x, 2)` gives it):
        `rentang_untuk` without rounding again, for averages over many rows."""
        for r in self.rentang:
            if r.di_atas is None or c > r.di_atas:
                return r
        return self.rentang[-1]

    @property
    def nama_kategori(self) -> tuple[str, ...]:
        return tuple(r.nama for r in self.rentang)


def _d(x: str | None) -> Decimal | None:
    return None if x is None else Decimal(x)


SKALA_LKJ = Skala(
    "Tabel 5 LKj (PermenPANRB 12/2015)",
    "Skala pengukuran kinerja berdasarkan predikat evaluasi SAKIP PermenPANRB 12/2015",
    (
        Rentang("Sangat Memuaskan", _d("90"), "lebih dari 90%"),
        Rentang("Memuaskan", _d("80"), "di atas 80% sampai dengan 90%"),
        Rentang("Sangat Baik", _d("70"), "di atas 70% sampai dengan 80%"),
        Rentang("Baik", _d("60"), "di atas 60% sampai dengan 70%"),
        Rentang("Cukup", _d("50"), "di atas 50% sampai dengan 60%"),
        Rentang("Kurang", None, "50% atau kurang"),
    ),
)

# The regulation's whole-number bands are read as "above the previous lower limit" (90,01 is
# already Sangat Tinggi, 90,00 still Tinggi).
SKALA_PERMENDAGRI = Skala(
    "Permendagri 86/2017",
    "Skala evaluasi Renja/RKPD Permendagri 86/2017",
    (
        Rentang("Sangat Tinggi", _d("90"), "91% sampai 100% atau lebih"),
        Rentang("Tinggi", _d("75"), "76% sampai 90%"),
        Rentang("Sedang", _d("65"), "66% sampai 75%"),
        Rentang("Rendah", _d("50"), "51% sampai 65%"),
        Rentang("Sangat Rendah", None, "50% atau kurang"),
    ),
)

SKALA_SAKIP = Skala(
    "Predikat SAKIP (PermenPANRB 88/2021)",
    "Predikat evaluasi SAKIP AA sampai D, PermenPANRB 12/2015 dan 88/2021",
    (
        Rentang("Sangat Memuaskan", _d("90"), "di atas 90 sampai 100", "AA"),
        Rentang("Memuaskan", _d("80"), "di atas 80 sampai 90", "A"),
        Rentang("Sangat Baik", _d("70"), "di atas 70 sampai 80", "BB"),
        Rentang("Baik", _d("60"), "di atas 60 sampai 70", "B"),
        Rentang("Cukup", _d("50"), "di atas 50 sampai 60", "CC"),
        Rentang("Kurang", _d("30"), "di atas 30 sampai 50", "C"),
        Rentang("Sangat Kurang", None, "30 atau kurang", "D"),
    ),
)

SEMUA_SKALA: tuple[Skala, ...] = (SKALA_LKJ, SKALA_PERMENDAGRI, SKALA_SAKIP)
NAMA_SKALA: tuple[str, ...] = tuple(s.nama for s in SEMUA_SKALA)


def skala(nama: str | None) -> Skala:
    """The scale called `nama` (case-insensitive); empty gives the default (seed Tabel 5).

    Raises ValueError with the list of valid names for an unknown name.
    """
    if not nama or not str(nama).strip():
        return SKALA_LKJ
    cari = str(nama).strip().casefold()
    for s in SEMUA_SKALA:
        if s.nama.casefold() == cari:
            return s
    daftar = "; ".join(NAMA_SKALA)
    raise ValueError(f"skala '{nama}' tidak dikenal; pilih salah satu: {daftar}")


def kategori(capaian_persen: Angka, nama_skala: str | None = None) -> str:
    """Category of a capaian percentage on the named scale (default: seed Tabel 5)."""
    return skala(nama_skala).kategori(capaian_persen)
