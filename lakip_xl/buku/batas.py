"""Excel's limits on the texts a workbook carries, and shortening that keeps their meaning.

Excel reports a workbook as damaged ("We found a problem with some content") when a data
validation's message is longer than 255 characters or its title longer than 32; a sheet name
has at most 31. Pure functions, standard library only.
"""

from __future__ import annotations

from collections.abc import Sequence

TEKS_VALIDASI = 255  # error and prompt message of a data validation
JUDUL_VALIDASI = 32  # errorTitle and promptTitle
NAMA_SHEET = 31

_SINGKATAN = (
    ("Tahun", "Th."),
    ("Sampai Dengan", "s.d."),
    ("Realisasi", "Real."),
    ("Anggaran", "Angg."),
    ("Kegiatan", "Keg."),
    ("Target", "Tgt."),
)
"""Abbreviations an office reads without thinking, tried in turn on a title too long."""

_LANJUT = " (lihat sheet Petunjuk)"


def judul_validasi(judul: str, batas: int = JUDUL_VALIDASI) -> str:
    """A column header as the title of a validation message: abbreviated word by word until
    it fits, cut at a word with an ellipsis only when abbreviations are not enough."""
    for panjang, pendek in _SINGKATAN:
        if len(judul) <= batas:
            break
        judul = judul.replace(panjang, pendek)
    if len(judul) <= batas:
        return judul
    return _potong(judul, batas)


def _potong(teks: str, batas: int, akhir: str = "…") -> str:
    """The longest run of whole words that fits with `akhir` after it."""
    ruang = batas - len(akhir)
    potong = teks[: ruang + 1]
    i = potong.rfind(" ")
    potong = potong[:i] if 0 < i <= ruang else teks[:ruang]
    return potong.rstrip(" ,;:") + akhir


def teks_validasi(teks: str, batas: int = TEKS_VALIDASI) -> str:
    """A validation message that fits: whole sentences kept while they fit, then whole words,
    always ending with where the full text is (the Petunjuk sheet lists every column)."""
    if len(teks) <= batas:
        return teks
    ruang = batas - len(_LANJUT)
    kalimat = [k + "." for k in teks.split(". ") if k]
    hasil = ""
    for k in kalimat:
        calon = f"{hasil} {k}".strip()
        if len(calon) > ruang:
            break
        hasil = calon
    if not hasil:
        hasil = _potong(teks, ruang)
    return hasil.rstrip(".") + "." + _LANJUT if not hasil.endswith("…") else hasil + _LANJUT


def pesan_pilihan(pilihan: Sequence[str], batas: int = TEKS_VALIDASI) -> str:
    """The error message of a closed list: the choices themselves when they fit, else where
    to find them (the cell's own drop-down, and the Petunjuk sheet)."""
    teks = f"Pilih salah satu: {', '.join(pilihan)}"
    if len(teks) <= batas:
        return teks
    return (
        f"Pilih salah satu dari {len(pilihan)} pilihan di daftar sel ini (klik panah di "
        "kanan sel). Daftar lengkapnya ada di sheet Petunjuk."
    )


def lebar_kolom(judul: str, lebar: float) -> float:
    """A column's width (Excel's unit: one '0' of the default font) at least as wide as the
    longest word of its bold header, so a wrapped header never breaks inside a word
    ('Responde|n'): bold letters are about 1,15 digits wide, plus the cell's padding."""
    kata = max((len(k) for k in judul.split()), default=0)
    return max(lebar, round(kata * 1.15 + 1.5, 1))
