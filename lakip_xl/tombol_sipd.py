"""What the Impor SIPD button does, for any engine: one SKPD of a SIPD-RI Rekap export merged
by code into the open workbook's Anggaran and Belanja sheets (the merge of `lakip impor-sipd`,
`sipd.impor.rencana_impor`), written through the engine as Hitung Ulang writes, then Hitung
Ulang, with the command's messages.

Standard library only at import (it runs inside LibreOffice's Python too). Reading the export
needs the full lakip-xl (lxml), so the plan of cells is made by `rencana_sipd`: in this process
for Excel (xlwings runs the full Python), through `python -m lakip_xl.tombol_sipd GRID.json
--rekap REKAP.xlsx --skpd NAMA --buku BUKU` (JSON out) for LibreOffice.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lakip_xl.buku.sel import NilaiPersen
from lakip_xl.errors import LakipError, dari_oserror
from lakip_xl.hitung import Hasil
from lakip_xl.tombol import Lembar, hitung_lembar, nilai_mesin, tak_terduga, terjaga

CARA_SKPD = "di kotak isian tombol Impor SIPD"
"""Where the button's user names the SKPD (the command says `--skpd`)."""

Sel = tuple[int, int]


@dataclass
class RencanaSipd:
    """An import planned on a grid: the summary lines `lakip impor-sipd` prints and the cells
    to write per sheet, as engines store values (int, float, str, None)."""

    baris: list[str]
    tulisan: dict[str, dict[Sel, Any]] = field(default_factory=dict)

    @property
    def berubah(self) -> bool:
        return any(self.tulisan.values())


def _nilai(v: Any) -> Any:
    """A merged cell's value as an engine writes it: a percent cell moves as its number."""
    return nilai_mesin(v.nilai if isinstance(v, NilaiPersen) else v)


def rencana_sipd(
    grid: Mapping[str, list[list[Any]]], rekap: Path, skpd: str | None, buku: Path
) -> RencanaSipd:
    """Read `rekap`, pick the SKPD (LakipError listing the file's SKPD, with the closest name,
    when it is empty or unknown) and plan its rows into `grid`, the open workbook named `buku`.
    Needs the full lakip-xl (the export is read with lxml)."""
    from lakip_xl.sipd.impor import pilih_skpd, rencana_impor
    from lakip_xl.sipd.rekap import baca_rekap

    r = baca_rekap(Path(rekap))
    nama, baris = pilih_skpd(r, (skpd or "").strip() or None, None, cara=CARA_SKPD)
    rk, per_sheet = rencana_impor(dict(grid), nama, baris, buku)
    tulisan = {s: {k: _nilai(v) for k, v in isian.items()} for s, isian in per_sheet.items()}
    return RencanaSipd(rk.baris(), tulisan)


Perencana = Callable[[Mapping[str, list[list[Any]]], Path, "str | None", Path], RencanaSipd]


def _nama_buku(lembar: Lembar) -> Path:
    """The workbook's file for messages; an unsaved (or web) workbook by a plain name."""
    try:
        path = lembar.berkas()
    except LakipError:
        path = None
    return path if path is not None else Path("buku kerja ini")


def impor_lembar(
    lembar: Lembar, rekap: Path, skpd: str | None, rencana: Perencana | None = None
) -> tuple[RencanaSipd, Hasil | None]:
    """Impor SIPD on an open workbook: plan the import on the grid the engine reads, write the
    cells through the engine and run Hitung Ulang; nothing is written (and None computed) when
    nothing changes."""
    buku = _nama_buku(lembar)
    r = (rencana or rencana_sipd)(lembar.baca_grid(), Path(rekap), skpd, buku)
    if not r.berubah:
        return r, None
    lembar.tulis(r.tulisan, {})
    return r, hitung_lembar(lembar)


def teks_impor(r: RencanaSipd, hasil: Hasil | None, buku: Path) -> str:
    """The closing message: the command's summary and its last line."""
    if hasil is None:
        return "\n".join([*r.baris, f"'{buku.name}' tidak diubah."])
    galat = sum(1 for m in hasil.masalah if m.galat)
    akhir = f"Anggaran diimpor ke {buku.name} dan dihitung ulang ({galat} galat)."
    if galat:
        akhir += " Rinciannya ada di sheet 'Masalah'."
    return "\n".join([*r.baris, akhir])


def impor_sipd(
    lembar: Lembar, rekap: Path | str, skpd: str | None, rencana: Perencana | None = None
) -> Hasil | None:
    """The Impor SIPD button, once the user has picked the export and typed the SKPD:
    `impor_lembar`, then a message; never raises. The Hasil of the recomputation, or None
    (nothing changed, or a message said why not)."""
    jadi = terjaga(lembar, lambda: impor_lembar(lembar, Path(rekap), skpd, rencana))
    if jadi is None:
        return None
    r, hasil = jadi
    galat = hasil is not None and any(m.galat for m in hasil.masalah)
    lembar.pesan(teks_impor(r, hasil, _nama_buku(lembar)), galat=galat)
    return hasil


# --- the LibreOffice bridge: a grid file in, the plan out as JSON --------------------------------


def tulisan_ke_json(tulisan: Mapping[str, Mapping[Sel, Any]]) -> list[list[Any]]:
    return [[s, [[r, c, v] for (r, c), v in sorted(isian.items())]] for s, isian in tulisan.items()]


def tulisan_dari_json(data: Sequence[Sequence[Any]]) -> dict[str, dict[Sel, Any]]:
    return {s: {(int(r), int(c)): v for r, c, v in sel} for s, sel in data}


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m lakip_xl.tombol_sipd GRID.json --rekap REKAP.xlsx [--skpd NAMA] --buku BUKU`:
    one JSON line, {"ok": true, "baris": [...], "tulisan": [...]} or {"ok": false, "pesan"}."""
    from lakip_xl.tombol import grid_dari_json

    p = argparse.ArgumentParser(prog="python -m lakip_xl.tombol_sipd")
    p.add_argument("grid", type=Path)
    p.add_argument("--rekap", type=Path, required=True, help="ekspor Rekap SIPD-RI (.xlsx)")
    p.add_argument("--skpd", default=None, help="nama atau KODE SKPD")
    p.add_argument("--buku", type=Path, required=True, help="path buku kerja asal")
    args = p.parse_args(argv)
    try:
        grid = grid_dari_json(args.grid.read_text(encoding="utf-8"))
        r = rencana_sipd(grid, args.rekap, args.skpd, args.buku)
    except LakipError as e:
        jawab: dict[str, Any] = {"ok": False, "pesan": str(e)}
    except OSError as e:
        jawab = {"ok": False, "pesan": str(dari_oserror(e))}
    except Exception as e:
        jawab = {"ok": False, "pesan": tak_terduga(e)}
    else:
        jawab = {"ok": True, "baris": r.baris, "tulisan": tulisan_ke_json(r.tulisan)}
    print(json.dumps(jawab, ensure_ascii=False))
    return 0 if jawab["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
