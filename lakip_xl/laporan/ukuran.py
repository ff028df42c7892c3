"""Text widths in the report's table font (Arial, or Liberation Sans, its metric twin), in em."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

FONT_TABEL = ("Arial", "Liberation Sans")
TIDAK_ADA = 1.0  # a character the font lacks: Word draws it from another font, at most 1 em


class _Lebar(dict[str, float]):
    """str -> width in em, measured on first use by `ukur`."""

    def __init__(self, ukur: Callable[[str], float]) -> None:
        super().__init__()
        self._ukur = ukur

    def __missing__(self, kunci: str) -> float:
        w = self[kunci] = self._ukur(kunci)
        return w


class Huruf:
    """Advance widths of one face (regular, bold, italic or bold italic), read from its TTF
    file once per character, word and cell text: widths scale with the size, so one cache
    serves every font size. Kerning is ignored, so a word is never measured too narrow."""

    def __init__(self, berkas: str) -> None:
        from matplotlib.ft2font import FT2Font

        try:
            from matplotlib.ft2font import LoadFlags

            self._tanpa_hinting = LoadFlags.NO_HINTING
        except ImportError:  # matplotlib before 3.10
            from matplotlib.ft2font import LOAD_NO_HINTING  # type: ignore[attr-defined]

            self._tanpa_hinting = LOAD_NO_HINTING
        self.berkas = berkas
        self._ft = FT2Font(berkas)
        self._ft.set_size(72, 72)  # 72 px per em: linearHoriAdvance / 65536 / 72 is in em
        self._huruf = _Lebar(self._ukur_huruf)
        self._kata = _Lebar(lambda k: sum(map(self._huruf.__getitem__, k)))
        self.sudah: dict[str, tuple[float, float]] = {}  # text -> (widest word, widest line)

    def _ukur_huruf(self, c: str) -> float:
        if self._ft.get_char_index(ord(c)) == 0:
            return TIDAK_ADA
        try:
            maju = self._ft.load_char(ord(c), flags=self._tanpa_hinting).linearHoriAdvance
        except RuntimeError:
            return TIDAK_ADA
        return maju / 65536 / 72

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


@cache
def berkas_font(tebal: bool = False, miring: bool = False) -> str:
    """The TTF file of the table font in this weight and style: Arial where Windows or macOS
    has it, Liberation Sans on Linux (the one LibreOffice puts in Arial's place), else
    matplotlib's own DejaVu Sans, wider than Arial, so columns err on the wide side."""
    from matplotlib import font_manager as fm

    berat = "bold" if tebal else "normal"
    for nama in FONT_TABEL:
        sifat = fm.FontProperties(family=nama, weight=berat, style="italic" if miring else "normal")
        try:
            return fm.findfont(sifat, fallback_to_default=False, rebuild_if_missing=False)
        except ValueError:
            continue
    return fm.findfont(fm.FontProperties(family="DejaVu Sans", weight=berat))


@cache
def huruf(tebal: bool = False, miring: bool = False) -> Huruf:
    """The measured face of the table font (one per process)."""
    return Huruf(berkas_font(tebal, miring))
