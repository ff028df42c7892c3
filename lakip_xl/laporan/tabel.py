"""Report tables as plain data (cells with alignment and weight), independent of Word."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Capaian, Status
from lakip_xl.calc.format_id import angka, persen, rupiah

TANDA_BELUM = "*)"
TANDA_TARGET = "**)"
TANDA = {  # each ends with ")" (catatan_tanda looks only at cells ending so)
    TANDA_BELUM: "realisasi belum tersedia / masih dalam proses penilaian",
    TANDA_TARGET: "target belum ditetapkan, sehingga capaian tidak dihitung",
}
"""The marks a report table may print, each with its one meaning in the whole document; a
table that prints one gets its note (`TabelLaporan.__post_init__`)."""


@dataclass(slots=True)  # a kabupaten's report builds ~200.000
class Sel:
    """One cell: its text, alignment (kiri, kanan, tengah), weight and column span.
    `lanjut_atas`: the cell continues the one above it (a repeated Sasaran printed once, as
    one merged cell); its own text is not printed."""

    teks: str
    rata: str = "kiri"
    tebal: bool = False
    rentang: int = 1
    miring: bool = False
    lanjut_atas: bool = False


@dataclass
class TabelLaporan:
    """A table of the report. `kepala` rows repeat on every page; `catatan` go below it."""

    kunci: str
    judul: str
    kepala: list[list[Sel]]
    baris: list[list[Sel]]
    lebar: list[float]  # relative column widths: how the room beyond each column's widest
    # word is shared (wordml.tata_letak never makes a column narrower than its widest word)
    catatan: list[str] = field(default_factory=list)
    sumber: str = ""
    kecil: bool = False  # start at the smaller font (wide tables); wordml may go smaller still
    tanda_baku: bool = True  # its marks are ours (TANDA); False: the staff's own table as typed

    def __post_init__(self) -> None:
        if self.tanda_baku:
            self.catatan = catatan_tanda(self.baris, self.catatan)

    @property
    def kosong(self) -> bool:
        return not self.baris

    def teks_sel(self) -> list[list[str]]:
        """All body cell texts, for tests and checks."""
        return [[s.teks for s in b] for b in self.baris]


def _memuat(teks: str, tanda: str) -> bool:
    t = teks.strip()
    return t == tanda or t.endswith(" " + tanda)


def catatan_tanda(baris: list[list[Sel]], catatan: list[str]) -> list[str]:
    """`catatan` with the note of every mark (TANDA) the rows print and the notes lack: the
    marks' notes first, in the order of TANDA, then the other notes as they were."""
    ada = {c.split(" ", 1)[0]: c for c in catatan if c.split(" ", 1)[0] in TANDA}
    # every mark ends with ")": only the cells ending so can print one
    calon = [s.teks for b in baris for s in b if s.teks.rstrip().endswith(")")]
    tanda = [
        ada.get(t, f"{t} {arti}")
        for t, arti in TANDA.items()
        if t in ada or any(_memuat(x, t) for x in calon)
    ]
    return tanda + [c for c in catatan if c.split(" ", 1)[0] not in TANDA]


def k(teks: object, rata: str = "kiri", tebal: bool = False, rentang: int = 1,
      miring: bool = False, lanjut_atas: bool = False) -> Sel:
    """A left-aligned text cell (or aligned by `rata`); None gives an empty cell. The options
    are Sel's, named (no **kw: a report builds ~100.000 of these cells)."""
    return Sel("" if teks is None else str(teks), rata, tebal, rentang, miring, lanjut_atas)


def t(teks: object, tebal: bool = False, rentang: int = 1, miring: bool = False,
      lanjut_atas: bool = False) -> Sel:
    """A centred cell."""
    return Sel("" if teks is None else str(teks), "tengah", tebal, rentang, miring, lanjut_atas)


def n(nilai: Decimal | int | None, digit: int | None = None, **kw: object) -> Sel:
    """A right-aligned number in Indonesian format; None gives '-'."""
    if nilai is None:
        return Sel("-", rata="kanan", **kw)  # type: ignore[arg-type]
    return Sel(angka(nilai, digit), rata="kanan", **kw)  # type: ignore[arg-type]


def rp(nilai: Decimal | int | None, **kw: object) -> Sel:
    """A right-aligned Rupiah amount without the Rp sign (the header says Rp)."""
    if nilai is None:
        return Sel("-", rata="kanan", **kw)  # type: ignore[arg-type]
    return Sel(angka(nilai, 0), rata="kanan", **kw)  # type: ignore[arg-type]


def pc(nilai: Decimal | None, **kw: object) -> Sel:
    """A right-aligned percentage number with 2 decimals (no % sign: the header says %)."""
    if nilai is None:
        return Sel("-", rata="kanan", **kw)  # type: ignore[arg-type]
    return Sel(angka(nilai, 2), rata="kanan", **kw)  # type: ignore[arg-type]


def capaian_sel(c: Capaian, **kw: object) -> Sel:
    """Capaian with 2 decimals, `*)` when realisasi is not yet available, '-' without target."""
    if c.status is Status.ADA:
        return pc(c.persen, **kw)
    teks = TANDA_BELUM if c.status is Status.BELUM_TERSEDIA else "-"
    return Sel(teks, rata="kanan", **kw)  # type: ignore[arg-type]


def teks_capaian(c: Capaian) -> str:
    """Capaian as words use it: '110,67%', or '*)' / '-'."""
    if c.status is Status.ADA and c.persen is not None:
        return persen(c.persen)
    return TANDA_BELUM if c.status is Status.BELUM_TERSEDIA else "-"


def teks_rp(nilai: Decimal | int) -> str:
    return rupiah(bulat(nilai, 0))
