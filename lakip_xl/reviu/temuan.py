"""A finding of the reviu: what is printed, what it should be, and the rule with its numbers."""

from __future__ import annotations

from dataclasses import dataclass

JENIS = ("Hitungan", "Pembulatan", "Polaritas", "Konsistensi", "Kategori", "Kelengkapan",
         "Penyajian")


@dataclass(frozen=True)
class Temuan:
    """One finding. `tempat` is where a Word comment goes: a table cell (table, row, column) or
    a paragraph index in the .docx; None when it has no single place."""

    jenis: str
    lokasi: str
    uraian: str
    tertulis: str
    seharusnya: str
    dasar: str
    tempat: tuple[int, int, int] | int | None = None

    def __post_init__(self) -> None:
        if self.jenis not in JENIS:
            raise ValueError(f"jenis temuan '{self.jenis}' tidak dikenal")
