"""The recap's sheets written as one .xlsx, streamed, through the safe writer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lakip_xl.rekap.hasil import Lembar


def tulis_rekap(tujuan: Path, lembar: Sequence[Lembar]) -> Path:
    """Write the sheets (landscape A4 one page wide, header row repeated on every page,
    numbers as numbers with Indonesian-style formats) to `tujuan`: nothing half-written, an
    existing file replaced only with --timpa, a file open in a program never."""
    from lakip_xl.buku.xlsx import tulis_tabel

    return tulis_tabel(tujuan, lembar)
