"""Chapters and captions as reports write them: "BAB III", "RINGKASAN EKSEKUTIF", "Tabel 3.1."
(headings seen in published LKj, not only in lakip's template); a Daftar Isi line is none."""

from __future__ import annotations

import re

# The Ikhtisar Eksekutif under the names offices give it (published LKjIP of Kecamatan, RSUD,
# Dinas and Inspektorat use "RINGKASAN EKSEKUTIF" as often as "IKHTISAR EKSEKUTIF").
IKHTISAR = ("IKHTISAR EKSEKUTIF", "RINGKASAN EKSEKUTIF", "EXECUTIVE SUMMARY", "IKHTISAR",
            "RINGKASAN", "RINGKASAN EKSEKUTIF (EXECUTIVE SUMMARY)")
# What each chapter of PermenPANRB 53/2014 is called in published LKj, for headings written
# without "BAB" ("III. AKUNTABILITAS KINERJA") and to tell the parts by their title.
JUDUL_BAB = {
    "I": ("PENDAHULUAN",),
    "II": ("PERENCANAAN KINERJA", "PERENCANAAN DAN PERJANJIAN KINERJA", "PERENCANAAN STRATEGIS",
           "RENCANA STRATEGIS", "PERJANJIAN KINERJA", "PERENCANAAN DAN PENETAPAN KINERJA",
           "RENCANA STRATEGIS DAN PERJANJIAN KINERJA"),
    "III": ("AKUNTABILITAS KINERJA", "CAPAIAN KINERJA", "PENGUKURAN KINERJA",
            "AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "CAPAIAN KINERJA ORGANISASI",
            "ANALISIS CAPAIAN KINERJA"),
    "IV": ("PENUTUP", "KESIMPULAN", "SIMPULAN", "KESIMPULAN DAN SARAN"),
}
_ROMAWI = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI"}
_LAIN = (r"KATA\s+PENGANTAR|DAFTAR\s+ISI|DAFTAR\s+TABEL|DAFTAR\s+GAMBAR|DAFTAR\s+LAMPIRAN|"
         r"DAFTAR\s+GRAFIK|LAMPIRAN\b.*|TABEL\s*[–-]\s*TABEL|GAMBAR\s*[–-]\s*GAMBAR")
_RE_BAB = re.compile(r"^\s*(?:•\s*)?BAB\s*([IVX]+|[1-6])\b\s*[:.\-–]?\s*(.*)$", re.IGNORECASE)
_RE_LAIN = re.compile(rf"^\s*(?:•\s*)?({_LAIN})\s*$", re.IGNORECASE)
_RE_NOMOR_JUDUL = re.compile(r"^\s*(I|II|III|IV)\s*[.)]\s+(.+)$")
RE_JUDUL_TABEL = re.compile(r"^\s*Tabel\s*\.?\s*((?:(?-i:[A-Z]{1,4})\s?[.\-]\s?)?"
                            r"\d+(?:\s?\.\s?\d+)*)\s*[.:]?\s*(.*)$", re.IGNORECASE)
"""A caption: "Tabel 3.1", "Tabel 13.", a Lampiran's "Tabel L.1", a chapter's "Tabel III.2"."""
_RE_PEMANDU = re.compile(r"\.{3,}|…|_{3,}")  # dot leaders before a page number
_RE_HALAMAN = re.compile(r"^(.*\S)\s+(\d{1,3}|[ivxl]{1,6})$")


def _rapat(teks: str) -> str:
    """"B A B I" and "P E N D A H U L U A N" (letters spaced out on covers) made whole."""
    if re.fullmatch(r"(?:\S ){2,}\S", teks):
        return "".join(teks.split(" "))  # "BABI" for "B A B I": split below
    return teks


def baris_daftar_isi(teks: str) -> bool:
    """A line of a Daftar Isi: dot leaders, or a page number after a title of words
    ("BAB I PENDAHULUAN 1", "IKHTISAR EKSEKUTIF ii"; not "BAB 3" nor "LAMPIRAN 2")."""
    if _RE_PEMANDU.search(teks):
        return True
    if len(teks.split()) > 12:
        return False  # a paragraph ending in a number ("NIP. 19680512 199303 1 007")
    m = _RE_HALAMAN.match(" ".join(teks.split()))
    if not m:
        return False
    kata = [w for w in re.findall(r"[A-Za-z]{4,}", m.group(1))
            if w.upper() not in ("LAMPIRAN", "TABEL", "GAMBAR")]
    return bool(kata)


def bab(teks: str) -> str | None:
    """The chapter name a heading line starts ("BAB III AKUNTABILITAS KINERJA"), else None.

    "BAB 3", "B A B III" and "III. AKUNTABILITAS KINERJA" are BAB III; a Daftar Isi line
    ("BAB I PENDAHULUAN ....... 1") starts no chapter."""
    t = " ".join(teks.split())
    if len(t) > 80 or t.endswith(":") or "," in t or baris_daftar_isi(teks):
        return None  # "BAB III Akuntabilitas kinerja, terdiri dari:" in a Sistematika list
    t = _rapat(re.sub(r"^•\s*", "", t))
    t = re.sub(r"^B A B\s+", "BAB ", t)
    t = re.sub(r"^(?:•\s*)?BAB(?=[IVX]+$)", "BAB ", t, flags=re.I)
    m = _RE_BAB.match(t)
    if m:
        nomor = _ROMAWI.get(m.group(1), m.group(1).upper())
        judul = _rapat(m.group(2).strip(" :.-–"))
        if any(w[:1].islower() for w in re.findall(r"\w{4,}", judul)):
            return None  # "Bab 3 menguraikan capaian kinerja" is a sentence
        return f"BAB {nomor} {judul}".strip().upper()
    m = _RE_NOMOR_JUDUL.match(t)
    if m and m.group(2).isupper() and " ".join(m.group(2).split()).strip(" .") in JUDUL_BAB.get(
            m.group(1), ()):
        return f"BAB {m.group(1)} {m.group(2).strip(' .')}"
    if t.upper().strip(" .") in IKHTISAR and (" " in t or t.isupper()):
        return t.upper().strip(" .")
    m = _RE_LAIN.match(t)
    return m.group(1).upper() if m else None


# Words that tell a chapter's part by its title, whatever its number ("BAB IV AKUNTABILITAS
# KINERJA" in a report with a chapter "BAB II GAMBARAN UMUM" before it).
_KATA_BAB = (
    ("BAB I", re.compile(r"\bPENDAHULUAN\b")),
    ("BAB II", re.compile(r"\b(PERENCANAAN|PERJANJIAN|PENETAPAN|RENCANA STRATEGIS)\b")),
    ("BAB III", re.compile(r"\b(AKUNTABILITAS|CAPAIAN|PENGUKURAN|ANALISIS)\b")),
    ("BAB IV", re.compile(r"\b(PENUTUP|KESIMPULAN|SIMPULAN)\b")),
)


def bagian_judul(nama: str) -> tuple[str, bool]:
    """(part, told by its title): the part of PermenPANRB 53/2014 a chapter name stands for
    ("IKHTISAR", "BAB I" ... "BAB IV", "LAMPIRAN", else ""), by title words when the title
    says, else by the chapter's number."""
    n = " ".join(nama.upper().split())
    if n in IKHTISAR:
        return "IKHTISAR", True
    if n.startswith("LAMPIRAN"):
        return "LAMPIRAN", True
    m = re.match(r"BAB ([IVX]+)\b\s*(.*)$", n)
    if not m:
        return "", False
    cocok = [(x.start(), kode) for kode, pola in _KATA_BAB for x in [pola.search(m.group(2))]
             if x]
    if cocok:  # the first word that tells: "AKUNTABILITAS KINERJA (CAPAIAN PERJANJIAN ...)"
        return min(cocok)[1], True
    return f"BAB {m.group(1)}", False


def bagian(nama: str) -> str:
    """The part a chapter name stands for (see `bagian_judul`)."""
    return bagian_judul(nama)[0]


def judul_tabel(teks: str) -> tuple[str, str] | None:
    """("3.1", "Capaian Kinerja ...") from a caption line, else None."""
    t = " ".join(teks.split())
    m = RE_JUDUL_TABEL.match(t)
    if not m or len(t) > 300 or _RE_PEMANDU.search(teks):
        return None
    return "".join(m.group(1).split()), m.group(2).strip(" .:")


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
