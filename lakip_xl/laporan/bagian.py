"""The pieces a report part returns: its tables and sentences, units, staff paragraphs, pictures."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lakip_xl.laporan.tabel import TabelLaporan

PENUTUP_IKHTISAR = "Ikhtisar Eksekutif: penutup"
"""The Narasi key holding the officer's closing words of the Ikhtisar (see `isian.narasi`),
printed after the report's numbers."""

class Bagian(dict):
    """A mapping section -> list that gives an empty list for sections without content, so the
    template can ask for any section under StrictUndefined."""

    def __missing__(self, kunci: str) -> list[Any]:
        return []


@dataclass
class Paragraf:
    """A paragraph of the staff's own text, with an optional sub-heading."""

    teks: str
    judul: str = ""


@dataclass
class Gambar:
    """A picture file with its caption (the renderer embeds it)."""

    berkas: Path
    keterangan: str


@dataclass
class Unit:
    """One Eselon III/IV unit's part of BAB III."""

    nomor: int
    nama: str
    tingkat: str
    tabel: TabelLaporan
    tabel_banding: TabelLaporan | None
    tabel_program: TabelLaporan | None
    kalimat: list[str]
    narasi: list[Paragraf]
    gambar: list[Gambar]
    tambahan: list[TabelLaporan]




@dataclass
class Isi:
    """One part of the report: its tables (by template name) and sentences (by template name)."""

    tabel: dict[str, TabelLaporan | None] = field(default_factory=dict)
    kalimat: dict[str, Any] = field(default_factory=dict)
    unit: dict[str, list[Unit]] = field(default_factory=dict)
