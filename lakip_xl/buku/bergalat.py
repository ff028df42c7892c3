"""Rows in error are out of every figure: an Indikator row with a galat on one of its cells gets
no capaian ("-"), no kategori, and stays out of every average and count. Pure Python."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from lakip_xl.buku.baca import Baris, Masalah
from lakip_xl.buku.layout import normal
from lakip_xl.calc.capaian import Capaian, Status


class _Baris(Protocol):
    """What is marked: a computed indikator (hitung.HasilIndikator)."""

    baris: Baris
    capaian: Capaian
    kategori: str | None
    capaian_lalu: Capaian
    capaian_renstra: Capaian


def baris_bergalat(masalah: Iterable[Masalah], sheet: str) -> dict[int, Masalah]:
    """Row number -> the first galat naming a cell of that row on `sheet`."""
    hasil: dict[int, Masalah] = {}
    for m in masalah:
        if not m.galat or normal(m.sheet) != normal(sheet) or not m.sel:
            continue
        cocok = re.fullmatch(r"[A-Z]+(\d+)", m.sel)
        if cocok:
            hasil.setdefault(int(cocok.group(1)), m)
    return hasil


def capaian_bergalat(m: Masalah) -> Capaian:
    """The capaian of a row in error: none, with the cell that holds the error."""
    return Capaian(None, Status.BERGALAT, f"isian bergalat di sel {m.sel}")


def tandai_bergalat(indikator: Iterable[_Baris], masalah: Iterable[Masalah]) -> None:
    """Take every Indikator row with a galat out of the figures (its capaian this year, last
    year and against the Renstra end become Status.BERGALAT)."""
    salah = baris_bergalat(masalah, "Indikator")
    for h in indikator:
        m = salah.get(h.baris.nomor)
        if m is None:
            continue
        c = capaian_bergalat(m)
        h.capaian = h.capaian_lalu = h.capaian_renstra = c
        h.kategori = None


def sel_bergalat(h: _Baris) -> str | None:
    """The cell whose error took this indikator out of the figures, or None."""
    if h.capaian.status is not Status.BERGALAT:
        return None
    return h.capaian.alasan.rpartition(" ")[2] or None
