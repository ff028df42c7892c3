"""The column names of SIPD-RI's "Rekap" export, declared once (found by header, never by
position: the 2025 export adds PAKET/KELOMPOK columns before PAGU)."""

from __future__ import annotations

REKAP: dict[str, str] = {
    "tahun": "TAHUN",
    "kode_skpd": "KODE SKPD",
    "nama_skpd": "NAMA SKPD",
    "kode_sub_unit": "KODE SUB UNIT",
    "nama_sub_unit": "NAMA SUB UNIT",
    "kode_program": "KODE PROGRAM",
    "nama_program": "NAMA PROGRAM",
    "kode_kegiatan": "KODE KEGIATAN",
    "nama_kegiatan": "NAMA KEGIATAN",
    "kode_sub_kegiatan": "KODE SUB KEGIATAN",
    "nama_sub_kegiatan": "NAMA SUB KEGIATAN",
    "kode_rekening": "KODE REKENING",
    "nama_rekening": "NAMA REKENING",
    "pagu": "PAGU",
}
"""Key -> header text of the columns lakip reads (others, such as sumber dana, are ignored)."""

OPSIONAL = frozenset({"kode_sub_unit", "nama_sub_unit", "tahun"})
"""Columns a Rekap may lack: without TAHUN the year is not checked; without a sub unit,
--sub-unit cannot be used."""

KODE = ("kode_program", "kode_kegiatan", "kode_sub_kegiatan", "kode_rekening")
"""Code columns that must be text: Excel turns `7.01` into the number 7.01."""

SEGMEN = {"kode_program": 3, "kode_kegiatan": 5, "kode_sub_kegiatan": 6}
"""How many dot-separated segments each level's code has (7.01.02 / 7.01.02.2.01 /
7.01.02.2.01.0001): a kegiatan code is the first five segments of its sub kegiatan's."""

REALISASI_KODE = (
    "kode sub kegiatan",
    "kode rekening",
    "kode kegiatan",
    "kode program",
    "kode",
)
"""Headers of the code column of a realisasi print (LRA per sub kegiatan), most specific first;
compared case- and space-insensitively."""

REALISASI_NILAI = ("realisasi (rp)", "jumlah realisasi", "realisasi")
"""Headers of its realisasi column."""
