"""Chapters and captions as reports write them: "BAB III", "IKHTISAR EKSEKUTIF", "Tabel 13."."""

from __future__ import annotations

import re

_RE_BAB = re.compile(
    r"^\s*(?:•\s*)?(BAB\s+[IVX]+\b.*|IKHTISAR\s+EKSEKUTIF|KATA\s+PENGANTAR|DAFTAR\s+ISI|"
    r"DAFTAR\s+TABEL|DAFTAR\s+GAMBAR|DAFTAR\s+LAMPIRAN|LAMPIRAN\b.*|TABEL\s*[–-]\s*TABEL|"
    r"GAMBAR\s*[–-]\s*GAMBAR)\s*$",
    re.IGNORECASE,
)
RE_JUDUL_TABEL = re.compile(r"^\s*Tabel\s*\.?\s*(\d+)\s*[.:]?\s*(.*)$", re.IGNORECASE)


def bab(teks: str) -> str | None:
    """The chapter name a heading line starts ("BAB III AKUNTABILITAS KINERJA"), else None."""
    t = " ".join(teks.split())
    if len(t) > 80 or t.endswith(":") or "," in t:
        return None  # "BAB III Akuntabilitas kinerja, terdiri dari:" in a Sistematika list
    m = _RE_BAB.match(t)
    return m.group(1).upper() if m else None


def judul_tabel(teks: str) -> tuple[str, str] | None:
    """("13", "Realisasi Program ...") from a caption line, else None."""
    t = " ".join(teks.split())
    m = RE_JUDUL_TABEL.match(t)
    if not m or len(t) > 300:
        return None
    return m.group(1), m.group(2).strip(" .:")


def judul_di_atas(terakhir: list[str]) -> tuple[str, str]:
    """(number, title) of a table from the paragraphs just above it: "Tabel 13." then its
    title on the next line, or both on one line; ("", "") when none is a caption."""
    for k in range(len(terakhir) - 1, -1, -1):
        j = judul_tabel(terakhir[k])
        if j:
            nomor, judul = j
            if not judul and k + 1 < len(terakhir):
                judul = terakhir[k + 1]
            return nomor, judul
    return "", ""
