"""Reading a SIPD-RI "Rekap" export (.xlsx) into plain rows; refusing, in one sentence, what is
not one (another format, a PDF print, missing columns, two years, codes Excel made numbers)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lakip_xl.buku.baca_xml import baca_grid
from lakip_xl.buku.berkas import periksa_berkas
from lakip_xl.buku.sel import huruf_kolom
from lakip_xl.errors import LakipError
from lakip_xl.sipd.kolom import KODE, OPSIONAL, REKAP, SEGMEN


@dataclass(frozen=True)
class Rekap:
    """The export's data rows as {key of kolom.REKAP: value}, with where they came from."""

    path: Path
    sheet: str
    baris: list[dict[str, Any]]
    nomor: list[int]  # the sheet row of each data row (for messages)
    tahun: int | None


def _kepala(rows: list[list[Any]]) -> tuple[int, dict[str, int]] | None:
    """(header row index, {key: column index}) of the first of the top rows naming the codes."""
    dicari = {v: k for k, v in REKAP.items()}
    for i, row in enumerate(rows[:10]):
        teks = [" ".join(str(v).split()).upper() if v is not None else "" for v in row]
        kolom = {dicari[t]: j for j, t in enumerate(teks) if t in dicari}
        if "kode_sub_kegiatan" in kolom and "kode_skpd" in kolom:
            return i, kolom
    return None


def _teks_kode(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, str):
        return v.strip() or None
    return None  # a number: handled by _pulihkan_kode


def _pulihkan_kode(baris: dict[str, Any], nomor: int, path: Path, kolom: dict[str, int]) -> None:
    """Excel turns a code like `7.01` into the number 7.01 (and `7.01.02.2.01` stays text):
    a program or kegiatan code that is a number is rebuilt from the sub kegiatan's code, its
    first segments; a sub kegiatan or rekening code that is a number cannot be, and is refused."""
    for kunci in KODE:
        v = baris.get(kunci)
        if v is None or isinstance(v, str):
            continue
        sub = baris.get("kode_sub_kegiatan")
        if kunci in ("kode_program", "kode_kegiatan") and isinstance(sub, str):
            baris[kunci] = ".".join(sub.strip().split(".")[: SEGMEN[kunci]])
            continue
        sel = f"{huruf_kolom(kolom[kunci] + 1)}{nomor}"
        raise LakipError(
            f"Berkas '{path.name}' sel {sel}: kolom {REKAP[kunci]} berisi angka ({v}), bukan "
            "kode teks; Excel mengubahnya saat berkas disimpan. Unduh ulang ekspor dari SIPD "
            "dan impor tanpa membuka atau menyimpannya di Excel."
        )


def baca_rekap(path: Path) -> Rekap:
    """The data rows of a Rekap export; LakipError for anything that is not one."""
    if path.suffix.lower() == ".pdf" or (path.is_file() and path.open("rb").read(5) == b"%PDF-"):
        raise LakipError(
            f"Berkas '{path.name}' adalah cetakan PDF; lakip membaca ekspor Excel. Di SIPD-RI "
            "pilih unduh/simpan sebagai Excel (.xlsx), lalu impor berkas itu."
        )
    periksa_berkas(path)
    grid = baca_grid(path)
    for sheet, rows in grid.items():  # noqa: B007 (the sheet found is named below)
        ketemu = _kepala(rows)
        if ketemu is not None:
            break
    else:
        kurang = ", ".join(REKAP[k] for k in REKAP if k not in OPSIONAL)
        raise LakipError(
            f"Berkas '{path.name}' bukan ekspor Rekap SIPD-RI: tidak ada baris judul dengan "
            f"kolom {kurang}. Unduh laporan Rekap (per sub kegiatan dan rekening) dari SIPD-RI."
        )
    i, kolom = ketemu
    kurang = [REKAP[k] for k in REKAP if k not in kolom and k not in OPSIONAL]
    if kurang:
        raise LakipError(
            f"Berkas '{path.name}' sheet '{sheet}' bukan ekspor Rekap SIPD-RI yang lengkap: "
            f"kolom {', '.join(kurang)} tidak ada di baris judul (baris {i + 1})."
        )
    baris, nomor = [], []
    for n, row in enumerate(rows[i + 1 :], start=i + 2):
        data = {k: (row[j] if j < len(row) else None) for k, j in kolom.items()}
        if all(v is None for v in data.values()):
            continue
        if data.get("kode_sub_kegiatan") is None and data.get("kode_skpd") is None:
            continue  # a footer or total line
        _pulihkan_kode(data, n, path, kolom)
        for k in ("kode_skpd", "kode_sub_unit", *KODE):
            if k in data:
                data[k] = _teks_kode(data[k])
        baris.append(data)
        nomor.append(n)
    tahun_ada = sorted({int(b["tahun"]) for b in baris if isinstance(b.get("tahun"), int | float)})
    if len(tahun_ada) > 1:
        raise LakipError(
            f"Berkas '{path.name}' memuat lebih dari satu tahun anggaran "
            f"({', '.join(str(t) for t in tahun_ada)}); unduh satu berkas per tahun."
        )
    return Rekap(path, sheet, baris, nomor, tahun_ada[0] if tahun_ada else None)
