"""Which unit a table row speaks for (its Penanggung Jawab / Unit cell, or the unit its table's
caption names), so that one indikator name under two units is compared as two rows, not one."""

from __future__ import annotations

import re

from lakip_xl.reviu import angka
from lakip_xl.reviu.kolom import Baris, Susunan, normal

_KOLOM_UNIT = re.compile(r"penanggung ?jawab|\bunit\b|pelaksana|\bpj\b")


def _kolom_unit(s: Susunan) -> int | None:
    """The column naming each row's unit, if the table has one."""
    return next((k.indeks for k in s.kolom if k.peran == "lain" and _KOLOM_UNIT.search(k.label)),
                None)


def _teks_unit(s: Susunan, b: Baris, i: int | None) -> str:
    if i is None or i >= len(b.sel):
        return ""
    teks = b.sel[i].teks
    return "" if angka.baca(teks) is not None else normal(teks)


def unit_baris(daftar: list[Susunan]) -> dict[int, str]:
    """id(row) -> the unit it belongs to, for the rows whose unit the document tells: the row's
    own unit cell, else the longest unit name (seen in any unit column) in its table's caption."""
    kolom = {id(s): _kolom_unit(s) for s in daftar}
    semua = {
        u
        for s in daftar
        for b in s.baris
        if b.jenis in ("data", "program") and (u := _teks_unit(s, b, kolom[id(s)]))
    }
    hasil: dict[int, str] = {}
    for s in daftar:
        judul = f" {normal(s.tabel.judul or s.tabel.nama)} "
        dari_judul = max((u for u in semua if f" {u} " in judul), key=len, default="")
        for b in s.baris:
            u = _teks_unit(s, b, kolom[id(s)]) or dari_judul
            if u:
                hasil[id(b)] = u
    return hasil


Kunci = tuple[str, str, "int | None"]


def pisah(kelompok: dict[Kunci, list[tuple]], daftar: list[Susunan]) -> dict[Kunci, list[tuple]]:
    """Groups of rows sharing a label, split by unit where the document names the label under
    two or more units; a row of such a label whose unit is not told cannot be matched and is
    left out. Each value's third item is its row (periksa_konsistensi's groups)."""
    unit = unit_baris(daftar)
    hasil: dict[Kunci, list[tuple]] = {}
    for (label, peran, tahun), isi in kelompok.items():
        milik = [unit.get(id(x[2])) for x in isi]
        if len({u for u in milik if u}) < 2:
            hasil[(label, peran, tahun)] = isi
            continue
        for x, u in zip(isi, milik, strict=True):
            if u:
                hasil.setdefault((f"{label} @ {u}", peran, tahun), []).append(x)
    return hasil
