"""Serapan, sisa and the roll-up sub kegiatan -> kegiatan -> program -> total, with checks."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from lakip_xl.calc.angka import SERATUS, Angka, ke_decimal
from lakip_xl.calc.format_id import rupiah as _rp


class JenisBaris(Enum):
    """Level of a budget row, top to bottom."""

    PROGRAM = "Program"
    KEGIATAN = "Kegiatan"
    SUB_KEGIATAN = "Sub Kegiatan"

    @classmethod
    def dari_teks(cls, teks: object) -> JenisBaris:
        t = " ".join(str(teks or "").split()).casefold()
        for j in cls:
            if j.value.casefold() == t:
                return j
        if t in ("subkegiatan", "sub-kegiatan"):
            return cls.SUB_KEGIATAN
        raise ValueError(f"jenis '{teks}' tidak dikenal; pilih Program, Kegiatan atau Sub Kegiatan")


def serapan_persen(anggaran: Angka | None, realisasi: Angka | None) -> Decimal | None:
    """Realisasi / anggaran x 100, exact. None when anggaran is empty or 0 (nothing to absorb);
    an empty realisasi with a positive anggaran counts as 0 spent."""
    if anggaran is None:
        return None
    a = ke_decimal(anggaran)
    if a == 0:
        return None
    r = Decimal(0) if realisasi is None else ke_decimal(realisasi)
    return r * SERATUS / a


def sisa(anggaran: Angka | None, realisasi: Angka | None) -> Decimal:
    """Anggaran - realisasi; empty values count as 0. Negative when realisasi exceeds anggaran."""
    a = Decimal(0) if anggaran is None else ke_decimal(anggaran)
    r = Decimal(0) if realisasi is None else ke_decimal(realisasi)
    return a - r


@dataclass(frozen=True)
class BarisAnggaran:
    """One row as entered. `anggaran`/`realisasi` None means the cell was left empty.
    `ref` identifies the row for messages (e.g. its row number)."""

    jenis: JenisBaris
    uraian: str
    anggaran: Decimal | None = None
    realisasi: Decimal | None = None
    ref: Hashable = None


@dataclass
class Simpul:
    """A row with its children and the amounts used: the children's sum when it has children."""

    baris: BarisAnggaran
    anak: list[Simpul] = field(default_factory=list)
    anggaran: Decimal = Decimal(0)
    realisasi: Decimal = Decimal(0)

    @property
    def serapan(self) -> Decimal | None:
        return serapan_persen(self.anggaran, self.realisasi)

    @property
    def sisa(self) -> Decimal:
        return self.anggaran - self.realisasi


@dataclass(frozen=True)
class MasalahAnggaran:
    """A problem found in the roll-up; `kode` is stable for tests, `pesan` is Indonesian."""

    ref: Hashable
    kode: str
    pesan: str
    galat: bool = True  # False: a warning


@dataclass
class Hierarki:
    """The programs with their kegiatan and sub kegiatan, the totals, and the problems found."""

    program: list[Simpul]
    anggaran: Decimal
    realisasi: Decimal
    masalah: list[MasalahAnggaran]
    simpul: dict[Hashable, Simpul]  # every row by ref

    @property
    def serapan(self) -> Decimal | None:
        return serapan_persen(self.anggaran, self.realisasi)

    @property
    def sisa(self) -> Decimal:
        return self.anggaran - self.realisasi


def susun(baris: Sequence[BarisAnggaran]) -> Hierarki:
    """Build the hierarchy from rows in DPA order: a Kegiatan belongs to the Program above it,
    a Sub Kegiatan to the Kegiatan above it.

    A row with children takes the sum of its children; an amount entered on it is checked
    against that sum (error `subtotal` when they differ). A leaf left empty counts as 0.
    Problems: `yatim` (kegiatan before any program, sub kegiatan without kegiatan: still
    counted in the total), `subtotal`, `melebihi` (realisasi above anggaran), `negatif`.
    """
    program: list[Simpul] = []
    masalah: list[MasalahAnggaran] = []
    semua: dict[Hashable, Simpul] = {}
    yatim: list[Simpul] = []
    prog: Simpul | None = None
    keg: Simpul | None = None
    for b in baris:
        s = Simpul(b)
        semua[b.ref] = s
        if b.jenis is JenisBaris.PROGRAM:
            program.append(s)
            prog, keg = s, None
        elif b.jenis is JenisBaris.KEGIATAN:
            keg = s
            if prog is None:
                yatim.append(s)
                masalah.append(
                    MasalahAnggaran(
                        b.ref,
                        "yatim",
                        f"Kegiatan '{b.uraian}' tidak berada di bawah baris Program; "
                        "tambahkan baris Program di atasnya",
                    )
                )
            else:
                prog.anak.append(s)
        else:
            if keg is None:
                yatim.append(s)
                masalah.append(
                    MasalahAnggaran(
                        b.ref,
                        "yatim",
                        f"Sub Kegiatan '{b.uraian}' tidak berada di bawah baris Kegiatan; "
                        "tambahkan baris Kegiatan di atasnya",
                    )
                )
            else:
                keg.anak.append(s)
    for s in program + yatim:
        _jumlahkan(s, masalah)
    akar = program + yatim
    total_a = sum((s.anggaran for s in akar), Decimal(0))
    total_r = sum((s.realisasi for s in akar), Decimal(0))
    return Hierarki(program, total_a, total_r, masalah, semua)


def _jumlahkan(s: Simpul, masalah: list[MasalahAnggaran]) -> None:
    b = s.baris
    for nilai, nama in ((b.anggaran, "anggaran"), (b.realisasi, "realisasi")):
        if nilai is not None and nilai < 0:
            masalah.append(
                MasalahAnggaran(
                    b.ref, "negatif", f"{nama} '{b.uraian}' bernilai negatif; periksa isiannya"
                )
            )
    if s.anak:
        for a in s.anak:
            _jumlahkan(a, masalah)
        s.anggaran = sum((a.anggaran for a in s.anak), Decimal(0))
        s.realisasi = sum((a.realisasi for a in s.anak), Decimal(0))
        for isian, hitung, nama in (
            (b.anggaran, s.anggaran, "Anggaran"),
            (b.realisasi, s.realisasi, "Realisasi"),
        ):
            if isian is not None and isian != hitung:
                masalah.append(
                    MasalahAnggaran(
                        b.ref,
                        "subtotal",
                        f"{nama} {b.jenis.value} '{b.uraian}' tertulis {_rp(isian)}, tetapi jumlah "
                        f"rinciannya {_rp(hitung)}; perbaiki angkanya atau kosongkan sel ini "
                        "agar dihitung otomatis",
                    )
                )
    else:
        s.anggaran = b.anggaran if b.anggaran is not None else Decimal(0)
        s.realisasi = b.realisasi if b.realisasi is not None else Decimal(0)
    if s.anggaran >= 0 and s.realisasi > s.anggaran:
        masalah.append(
            MasalahAnggaran(
                b.ref,
                "melebihi",
                f"realisasi {_rp(s.realisasi)} melebihi anggaran {_rp(s.anggaran)} pada "
                f"{b.jenis.value} '{b.uraian}'; periksa kedua angka",
            )
        )


def jumlah_isian(s: Simpul, isian: Mapping[Hashable, Decimal | None]) -> Decimal | None:
    """A column typed per row (e.g. pagu murni, keyed by the row's `ref`) as a row shows it:
    the value typed on the row, else the sum of its children's when every child has one;
    None when neither."""
    sendiri = isian.get(s.baris.ref)
    if sendiri is not None or not s.anak:
        return sendiri
    anak = [jumlah_isian(a, isian) for a in s.anak]
    if any(a is None for a in anak):
        return None
    return sum(anak, Decimal(0))  # type: ignore[arg-type]
