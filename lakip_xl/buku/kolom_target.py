"""The Target year columns of Tujuan Sasaran against Profil's Tahun and Periode Renstra: a column
whose year is not a year ('Target 23', left by a workbook made for year 24), and a report year
without its Target column, each warned with the cell and the `lakip renstra --periode` fix.
Pure Python (the grid and the read workbook)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Buku, Masalah
from lakip_xl.buku.sel import a1, huruf_kolom

TAHUN_SAH = range(L.TAHUN_MIN, L.TAHUN_MAKS + 1)


def _periode_usulan(periode: list[int] | None, tahun: int | None) -> str:
    """The period to name in the `lakip renstra` fix: Profil's own, else five years around
    the report year (as `lakip baru` makes them), else a placeholder."""
    if periode:
        return f"{periode[0]}-{periode[-1]}"
    if tahun is not None:
        t = L.tahun_renstra(None, tahun)
        return f"{t[0]}-{t[-1]}"
    return "AWAL-AKHIR"


def periksa_kolom_target(
    rows: Sequence[Sequence[Any]], buku: Buku, periode: list[int] | None
) -> list[Masalah]:
    """Warnings for the Target year columns of the Tujuan Sasaran sheet (its grid `rows`);
    `periode`: the years of Profil's Periode Renstra, when it reads as one."""
    data = buku.tabel.get(L.TUJUAN_SASARAN.nama)
    if data is None or not data.ada or not data.baris_judul or not L.TUJUAN_SASARAN.kolom_tahun:
        return []
    tahun = buku.profil.get("tahun")
    tahun = tahun if isinstance(tahun, int) and tahun in TAHUN_SAH else None
    perbaiki = f"`lakip renstra BERKAS --periode {_periode_usulan(periode, tahun)}`"
    sheet = L.TUJUAN_SASARAN.nama
    awal = re.escape(L.normal(L.TUJUAN_SASARAN.kolom_tahun))
    hasil: list[Masalah] = []
    judul = rows[data.baris_judul - 1] if data.baris_judul <= len(rows) else []
    salah: list[tuple[int, str]] = []
    for c, v in enumerate(judul, start=1):
        m = re.fullmatch(awal + r"\s*(-?\s*\d+)", L.normal(v)) if isinstance(v, str) else None
        if m is None:
            continue
        if len(m.group(1).strip("- ")) == 4 and int(m.group(1).replace(" ", "")) in TAHUN_SAH:
            continue
        salah.append((c, str(v).strip()))
    if salah:
        nama = ", ".join(f"'{v}' ({huruf_kolom(c)})" for c, v in salah)
        hasil.append(
            Masalah(
                False,
                sheet,
                a1(data.baris_judul, salah[0][0]),
                f"judul kolom {nama} bukan tahun (empat angka, {L.TAHUN_MIN}-{L.TAHUN_MAKS}), "
                "jadi tidak dibaca sebagai target per tahun; buat kolom Target periode Renstra "
                f"dengan {perbaiki} (isian lain tetap), pindahkan isinya bila ada, lalu hapus "
                "kolom itu",
            )
        )
    if tahun is not None and data.kolom_tahun and tahun not in data.kolom_tahun:
        ada = ", ".join(f"'Target {t}'" for t in sorted(data.kolom_tahun))
        hasil.append(
            Masalah(
                False,
                L.PROFIL.nama,
                buku.profil_sel.get("tahun"),
                f"Tahun {tahun} tidak punya kolom 'Target {tahun}' di sheet {sheet} (yang ada: "
                f"{ada}), jadi target Renstra tahun ini tidak tercetak; tambahkan kolom periode "
                f"Renstra yang memuat {tahun} dengan {perbaiki} dan isi Periode Renstra di Profil",
            )
        )
    return hasil
