"""Text widths in the report's table font (Arial, or Liberation Sans, its metric twin), in em,
read from the font file found in the computer's font folders (standard library only)."""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from functools import cache
from pathlib import Path

FONT_TABEL = ("Arial", "Liberation Sans")
TIDAK_ADA = 1.0  # a character the font lacks: Word draws it from another font, at most 1 em
TANPA_FON = 0.7  # no font file at all: wider than Arial's average letter (~0,55 em)


class _Lebar(dict[str, float]):
    """str -> width in em, measured on first use by `ukur`."""

    def __init__(self, ukur: Callable[[str], float]) -> None:
        super().__init__()
        self._ukur = ukur

    def __missing__(self, kunci: str) -> float:
        w = self[kunci] = self._ukur(kunci)
        return w


def _tabel(ttf: bytes) -> dict[bytes, bytes]:
    """The tables of a TrueType/OpenType font file by tag (its table directory)."""
    n = struct.unpack_from(">H", ttf, 4)[0]
    hasil = {}
    for i in range(n):
        tag, _, awal, panjang = struct.unpack_from(">4sIII", ttf, 12 + 16 * i)
        hasil[tag] = ttf[awal : awal + panjang]
    return hasil


def _cmap(cmap: bytes) -> dict[int, int]:
    """Character -> glyph, from the Unicode subtable of the cmap table (format 12 if there is
    one, else format 4)."""
    sub = {}
    for i in range(struct.unpack_from(">H", cmap, 2)[0]):
        platform, enc, awal = struct.unpack_from(">HHI", cmap, 4 + 8 * i)
        if (platform, enc) in ((3, 10), (0, 4), (0, 6), (3, 1), (0, 3)):
            sub.setdefault(struct.unpack_from(">H", cmap, awal)[0], awal)
    peta: dict[int, int] = {}
    if 12 in sub:
        a = sub[12]
        for j in range(struct.unpack_from(">I", cmap, a + 12)[0]):
            mulai, akhir, glif = struct.unpack_from(">III", cmap, a + 16 + 12 * j)
            for c in range(mulai, min(akhir, mulai + 0xFFFF) + 1):
                peta[c] = glif + c - mulai
    elif 4 in sub:
        a = sub[4]
        n = struct.unpack_from(">H", cmap, a + 6)[0] // 2
        akhir = struct.unpack_from(f">{n}H", cmap, a + 14)
        mulai = struct.unpack_from(f">{n}H", cmap, a + 16 + 2 * n)
        delta = struct.unpack_from(f">{n}h", cmap, a + 16 + 4 * n)
        o_rentang = a + 16 + 6 * n  # idRangeOffset[], glyphIdArray[] follows it
        for i in range(n):
            rentang = struct.unpack_from(">H", cmap, o_rentang + 2 * i)[0]
            for c in range(mulai[i], akhir[i] + 1):
                if c == 0xFFFF:
                    continue
                if rentang == 0:
                    g = (c + delta[i]) & 0xFFFF
                else:
                    g = struct.unpack_from(
                        ">H", cmap, o_rentang + 2 * i + rentang + 2 * (c - mulai[i])
                    )[0]
                    g = (g + delta[i]) & 0xFFFF if g else 0
                if g:
                    peta[c] = g
    return peta


def lebar_ttf(ttf: bytes) -> dict[int, float]:
    """Character -> advance width in em (hmtx / unitsPerEm, unhinted) of a .ttf/.otf file,
    read with the standard library: characters the font lacks are left out."""
    t = _tabel(ttf)
    em = struct.unpack_from(">H", t[b"head"], 18)[0]
    n_metrik = struct.unpack_from(">H", t[b"hhea"], 34)[0]
    maju = struct.unpack_from(f">{n_metrik * 2}H", t[b"hmtx"])[::2]
    return {c: maju[min(g, n_metrik - 1)] / em for c, g in _cmap(t[b"cmap"]).items()}


class Huruf:
    """Advance widths of one face (regular, bold, italic or bold italic), read from its TTF
    file's hmtx table, cached per character, word and cell text: widths scale with the size, so
    one cache serves every font size. Kerning is ignored, so a word is never measured too
    narrow. Without a font file every character counts TANPA_FON em."""

    def __init__(self, berkas: str | None) -> None:
        self.berkas = berkas
        self._lebar: dict[int, float] = {}
        if berkas is not None:
            self._lebar = lebar_ttf(Path(berkas).read_bytes())
        self._huruf = _Lebar(self._ukur_huruf)
        self._kata = _Lebar(lambda k: sum(map(self._huruf.__getitem__, k)))
        self.sudah: dict[str, tuple[float, float]] = {}  # text -> (widest word, widest line)

    def _ukur_huruf(self, c: str) -> float:
        if self.berkas is None:
            return TANPA_FON
        return self._lebar.get(ord(c), TIDAK_ADA)

    def huruf(self, c: str) -> float:
        """The advance width of one character, in em."""
        return self._huruf[c]

    def kata(self, k: str) -> float:
        """The width of one word (no space in it), in em."""
        return self._kata[k]

    def ukur(self, teks: str) -> tuple[float, float]:
        """(widest word, widest line) of a text, in em. Words are split at ordinary spaces
        only: a non-breaking space joins (a NIP, '10 %'); lines at newlines."""
        hasil = self.sudah.get(teks)
        if hasil is None:
            if "\n" in teks:
                ukuran = [self.ukur(b) for b in teks.split("\n")]
                hasil = (max(u[0] for u in ukuran), max(u[1] for u in ukuran))
            else:
                hasil = (
                    max(map(self._kata.__getitem__, teks.split(" "))),
                    sum(map(self._huruf.__getitem__, teks)),
                )
            if len(self.sudah) > 500_000:  # a long-running process: keep memory bounded
                self.sudah.clear()
            self.sudah[teks] = hasil
        return hasil


BERKAS_FON = {
    (False, False): ("arial.ttf", "LiberationSans-Regular.ttf", "DejaVuSans.ttf"),
    (True, False): (
        "arialbd.ttf", "Arial Bold.ttf", "LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"
    ),
    (False, True): (
        "ariali.ttf", "Arial Italic.ttf", "LiberationSans-Italic.ttf", "DejaVuSans-Oblique.ttf"
    ),
    (True, True): (
        "arialbi.ttf", "Arial Bold Italic.ttf", "LiberationSans-BoldItalic.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
}  # fmt: skip
"""The table font's file names per (bold, italic), best first: Arial as Windows and macOS name
it, Liberation Sans (its metric twin, which LibreOffice puts in Arial's place on Linux), then
DejaVu Sans, wider than Arial, so columns err on the wide side."""


def folder_fon() -> list[Path]:
    """The folders where this computer keeps fonts (Windows, macOS, Linux), those present."""
    rumah = Path.home()
    folder = [
        Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
        Path(os.environ.get("LOCALAPPDATA", rumah)) / "Microsoft" / "Windows" / "Fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        rumah / "Library" / "Fonts",
        rumah / ".local" / "share" / "fonts",
        rumah / ".fonts",
        *(
            Path(d) / "fonts"
            for d in (os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":")
            if d
        ),
    ]
    return [f for f in dict.fromkeys(folder) if f.is_dir()]


@cache
def _daftar_fon() -> dict[str, str]:
    """Font file name (lower case) -> its path, the first found in `folder_fon` order."""
    ada: dict[str, str] = {}
    for folder in folder_fon():
        for akar, _, berkas in os.walk(folder):
            for b in berkas:
                ada.setdefault(b.lower(), os.path.join(akar, b))
    return ada


@cache
def berkas_font(tebal: bool = False, miring: bool = False) -> str | None:
    """The TTF file of the table font in this weight and style (see BERKAS_FON); None when
    this computer has none of them."""
    ada = _daftar_fon()
    return next((ada[n.lower()] for n in BERKAS_FON[tebal, miring] if n.lower() in ada), None)


@cache
def huruf(tebal: bool = False, miring: bool = False) -> Huruf:
    """The measured face of the table font (one per process)."""
    return Huruf(berkas_font(tebal, miring))
