"""The building blocks of the workbook layout: cell types, columns, Profil rows, sheet kinds.

`buku/layout.py` declares the workbook with these; nothing here names a sheet. Standard library
only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Jenis(Enum):
    """What a cell holds: decides validation, number format and parsing."""

    TEKS = "teks"
    ANGKA = "angka"  # any number (Decimal)
    BULAT = "bulat"  # whole number
    UANG = "uang"  # Rupiah, whole or with sen
    PERSEN = "persen"  # a percentage number: 70 means 70 %
    PILIHAN = "pilihan"  # closed list (dropdown)
    TANGGAL = "tanggal"


BATAS_JENIS: dict[Jenis, tuple[float, float]] = {
    Jenis.ANGKA: (1e-9, 1e18),
    Jenis.UANG: (1e-2, 1e16),
    Jenis.PERSEN: (1e-9, 1e6),
    Jenis.BULAT: (1, 1e12),
}
"""Smallest non-zero and largest absolute value a number cell of each type may hold. Beyond
them a value is a typing or export slip (1E+30, 1E-308), never a real figure of an office: a
whole country's budget is about Rp 3e15, a growth of 1e6 % is unheard of."""


class Peran(Enum):
    """Input cells are typed by staff; computed cells are written only by Hitung Ulang."""

    ISIAN = "isian"
    HITUNG = "hitung"


@dataclass(frozen=True)
class Kolom:
    """One column of a table sheet, found again by its header text when reading."""

    judul: str
    kunci: str
    jenis: Jenis = Jenis.TEKS
    peran: Peran = Peran.ISIAN
    wajib: bool = False
    pilihan: tuple[str, ...] = ()
    pilihan_bebas: bool = False  # dropdown offered, other text allowed
    minimum: float | None = None
    maksimum: float | None = None
    lebar: float = 14
    petunjuk: str = ""
    baru: bool = False  # added later: a workbook made before it reads it empty, no warning

    @property
    def dihitung(self) -> bool:
        return self.peran is Peran.HITUNG


@dataclass(frozen=True)
class Isian:
    """One row of the Profil form: a label in column A, its value in column B."""

    judul: str
    kunci: str
    jenis: Jenis = Jenis.TEKS
    wajib: bool = False  # the report cannot do without it: a galat while empty
    pilihan: tuple[str, ...] = ()
    bawaan: object = None
    petunjuk: str = ""
    anjuran: bool = False  # the report shows an empty place without it: a warning
    baru: bool = False  # added later: a workbook made before it reads it empty, no warning


@dataclass(frozen=True)
class Tabel:
    """A sheet holding one table: title in row 1, header in `baris_judul`, data below it."""

    nama: str
    judul: str
    kolom: tuple[Kolom, ...]
    petunjuk: str = ""
    baris_judul: int = 3
    kolom_tahun: str | None = None  # prefix of repeated per-year columns, e.g. "Target "
    opsional: bool = False  # a workbook without this sheet is still readable

    @property
    def baris_data(self) -> int:
        return self.baris_judul + 1

    def kolom_menurut_kunci(self, kunci: str) -> Kolom:
        for k in self.kolom:
            if k.kunci == kunci:
                return k
        raise KeyError(kunci)


@dataclass(frozen=True)
class Formulir:
    """A key-value sheet: labels in column A (`Isian`), values in column B (`Nilai`)."""

    nama: str
    judul: str
    isian: tuple[Isian, ...]
    petunjuk: str = ""
    baris_judul: int = 3
    judul_kolom: tuple[str, str, str] = ("Isian", "Nilai", "Keterangan")

    @property
    def baris_data(self) -> int:
        return self.baris_judul + 1


@dataclass(frozen=True)
class Teks:
    """A sheet of plain text (Petunjuk)."""

    nama: str
    judul: str


@dataclass(frozen=True)
class Ringkasan:
    """The computed summary sheet: Uraian | Nilai | Keterangan, rewritten by Hitung Ulang."""

    nama: str
    judul: str
    baris_judul: int = 3
    judul_kolom: tuple[str, str, str] = ("Uraian", "Nilai", "Keterangan")


Lembar = Tabel | Formulir | Teks | Ringkasan


@dataclass(frozen=True)
class Warna:
    """Fill colours that tell input cells from computed cells (explained on Petunjuk)."""

    isian: str = "FFFFFFFF"
    hitung: str = "FFE7E6E6"
    judul: str = "FF1F4E79"
    kepala: str = "FFDDEBF7"
    wajib: str = "FFFFF2CC"


WARNA = Warna()
