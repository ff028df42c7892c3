"""The one table model of the quarterly documents: cells, header, footer and signatures.

Form E.81 and the Rencana Aksi are built into a `Dokumen` once (e81.py, rencana_aksi.py); the
.xlsx and .docx writers only lay that model out, so both files always hold the same numbers.
Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Capaian, Status
from lakip_xl.calc.format_id import angka as fmt_angka

BELUM = "*)"
"""A quarter (or a capaian) without realisasi: printed as is, explained under the table."""
TANPA = "-"
"""Nothing to compute (no target, no anggaran)."""

CATATAN_BELUM = "*) realisasi belum tersedia (belum diisi di buku kerja); tidak dihitung."


@dataclass(frozen=True)
class Sel:
    """One cell. `jenis`: teks, tengah (centred text), angka (a kinerja value), uang (Rupiah)
    or persen (a capaian already x 100). Numbers are Decimal and stay numbers in the .xlsx."""

    nilai: Decimal | int | str | None = None
    jenis: str = "teks"
    tebal: bool = False

    @property
    def angka(self) -> bool:
        return isinstance(self.nilai, (Decimal, int)) and self.jenis != "teks"

    def teks(self) -> str:
        """The text a reader sees, Indonesian formats (1.234.567; 70,00)."""
        v = self.nilai
        if v is None:
            return ""
        if not self.angka:
            return str(v)
        if self.jenis == "uang":
            return fmt_angka(v, 0)
        if self.jenis == "persen":
            return fmt_angka(v, 2)
        return fmt_angka(v)

    @property
    def rata(self) -> str:
        """Horizontal alignment: numbers right, marks centred, text left."""
        if self.angka:
            return "kanan"
        if self.nilai in (BELUM, TANPA) or self.jenis != "teks":
            return "tengah"
        return "kiri"


KOSONG = Sel()


def sel_k(v: Decimal | None, belum: bool = True) -> Sel:
    """A kinerja value, shown with at most 2 decimals; None shows `*)` (or nothing)."""
    if v is None:
        return Sel(BELUM if belum else None, "angka")
    d = v if v == bulat(v, 2) else bulat(v, 2)
    return Sel(d.normalize() if d == d.to_integral_value() else d, "angka")


def sel_rp(v: Decimal | None, belum: bool = True) -> Sel:
    if v is None:
        return Sel(BELUM if belum else None, "uang")
    return Sel(bulat(v, 0), "uang")


def sel_capaian(c: Capaian) -> Sel:
    """A capaian as printed: 2 decimals, `*)` without realisasi, `-` without a target."""
    if c.status is Status.ADA:
        return Sel(c.persen_bulat(2), "persen")
    return Sel(BELUM if c.status is Status.BELUM_TERSEDIA else TANPA, "persen")


def sel_persen(v: Decimal | None) -> Sel:
    return Sel(TANPA, "persen") if v is None else Sel(bulat(v, 2), "persen")


@dataclass(frozen=True)
class Kepala:
    """One header cell: row and column inside the header block (0-based), merged over
    `tinggi` rows and `lebar` columns."""

    baris: int
    kolom: int
    teks: str
    tinggi: int = 1
    lebar: int = 1


@dataclass(frozen=True)
class BarisKaki:
    """A footer row of the table: `label` over the first columns, then either one text over
    the rest or values at their columns."""

    label: str
    nilai: dict[int, Sel] = field(default_factory=dict)
    teks: str | None = None


@dataclass(frozen=True)
class TandaTangan:
    """A signature block under the table."""

    peran: str  # "Disusun", "Dievaluasi"
    jabatan: str
    nama: str
    nip: str
    tempat_tanggal: str = ""


@dataclass
class Dokumen:
    """A quarterly document: title lines, the table (header, rows, footer), notes, signatures."""

    nama_lembar: str
    judul: list[str]
    keterangan: list[str]
    kepala: list[Kepala]
    tinggi_kepala: int
    lebar: list[float]  # column widths in characters
    baris: list[list[Sel]] = field(default_factory=list)
    kaki: list[BarisKaki] = field(default_factory=list)
    lebar_label_kaki: int = 4
    catatan: list[str] = field(default_factory=list)
    tanda_tangan: list[TandaTangan] = field(default_factory=list)
    baris_bagian: set[int] = field(default_factory=set)
    """Body rows that are section headings: their first cell spans the whole width."""

    @property
    def jumlah_kolom(self) -> int:
        return len(self.lebar)

    def kolom_teks(self) -> list[list[str]]:
        """The body as text, row by row (for tests and plain readers)."""
        return [[s.teks() for s in b] for b in self.baris]
