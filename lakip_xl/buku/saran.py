"""Suggestions for a refused cell: the dropdown choice a typo was meant to be, the year a Profil
Tahun was meant to be. Pure functions, standard library only."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any

from lakip_xl.buku.layout import normal
from lakip_xl.calc.capaian import SEBUTAN_POLARITAS

_SEBUTAN = {normal(k): v for k, v in SEBUTAN_POLARITAS.items()}


def pilihan_terdekat(teks: str, pilihan: Sequence[str]) -> str | None:
    """The choice `teks` was most likely meant to be ('Negativ' -> 'Negatif'; a word the
    calculation reads for a choice, 'Naik' -> 'Positif'), or None."""
    n = normal(teks)
    if not n:
        return None
    if _SEBUTAN.get(n) in pilihan:
        return _SEBUTAN[n]
    peta = {normal(p): p for p in pilihan}
    dekat = difflib.get_close_matches(n, list(peta), n=1, cutoff=0.6)
    return peta[dekat[0]] if dekat else None


def saran_pilihan(teks: str, pilihan: Sequence[str]) -> str:
    """The rest of the sentence for a value outside a dropdown: the likely choice, then all."""
    semua = f"pilih salah satu: {', '.join(pilihan)}"
    dekat = pilihan_terdekat(teks, pilihan)
    return f"maksudnya '{dekat}'? {semua[0].upper()}{semua[1:]}" if dekat else semua


def saran_isian(kunci: str, nilai: Any, alasan: str) -> str:
    """The reason a Profil value was refused, saying also what is expected when the type's own
    words do not (Tahun: a year of four digits; 'TA 2024' -> 'maksudnya 2024?')."""
    if kunci != "tahun":
        return alasan
    teks = str(nilai).strip()
    m = re.search(r"(?<!\d)(2\d\d\d)(?!\d)", teks)
    tebakan = f"; maksudnya {m.group(1)}?" if m else ""
    alasan = alasan.removesuffix("; ketik angkanya saja")
    return (
        f"{alasan}; yang diharapkan tahun laporan saja, empat angka tanpa huruf, mis. 2025"
        f"{tebakan}"
    )
