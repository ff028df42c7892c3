"""The pages of a PDF, one at a time (pypdfium2, the only module): characters with their boxes and
weight, the ruling lines of tables, whether the page holds images; every page turned so its text
runs left to right (a page with /Rotate or rotated content reads as it displays)."""

from __future__ import annotations

import ctypes
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from lakip_xl.errors import LakipError

_TEKS, _JALUR, _GAMBAR, _FORM = (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH,
                                 raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM)
BIDANG = 50.0
"""Points a filled area measures at least on each side to be a figure's background."""
_KOSONG = {" ", "\t", "\r", "\n", "\xa0", "\u200b", "\ufffe", "\x00"}


@dataclass
class Huruf:
    """One character in reading coordinates (points, y down from the top of the page)."""

    teks: str
    x0: float
    top: float
    x1: float
    bottom: float
    tebal: bool = False
    kosong: bool = False  # a blank (space, line end)


@dataclass
class Halaman:
    """One page as the reviu reads it."""

    nomor: int  # 1-based
    dari: int  # pages in the document
    lebar: float
    tinggi: float
    huruf: list[Huruf] = field(default_factory=list)  # in content order, blanks included
    garis: list[dict] = field(default_factory=list)  # ruling segments, pdfplumber edge dicts
    gambar: bool = False  # holds an image (a scanned page when it has no text)
    bidang: list[tuple[float, float, float, float]] = field(default_factory=list)
    """Filled areas of at least BIDANG points a side (x0, top, x1, bottom): a chart's
    background, a shaded box."""

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.lebar, self.tinggi)

    @property
    def edges(self) -> list[dict]:  # what pdfplumber's TableFinder asks a page for
        return self.garis

    @property
    def ada_teks(self) -> bool:
        return any(not h.kosong for h in self.huruf)


class _Bingkai:
    """User space -> reading frame for text running at `sudut` degrees (0, 90, 180, 270)."""

    def __init__(self, kotak: tuple[float, float, float, float], sudut: int) -> None:
        self.l, self.b, self.r, self.t = kotak
        self.sudut = sudut

    def __call__(self, x: float, y: float) -> tuple[float, float]:
        if self.sudut == 90:
            return y - self.b, x - self.l
        if self.sudut == 180:
            return self.r - x, y - self.b
        if self.sudut == 270:
            return self.t - y, self.r - x
        return x - self.l, self.t - y

    @property
    def ukuran(self) -> tuple[float, float]:
        w, h = self.r - self.l, self.t - self.b
        return (h, w) if self.sudut in (90, 270) else (w, h)


def _sudut(tp, n: int) -> int:
    """The direction most of the page's text runs in, in user space (0, 90, 180 or 270)."""
    hitung: Counter[int] = Counter()
    langkah = max(1, n // 400)
    for j in range(0, n, langkah):
        if chr(raw.FPDFText_GetUnicode(tp, j) or 32) in _KOSONG:
            continue
        a = raw.FPDFText_GetCharAngle(tp, j)
        if a < 0:
            continue
        hitung[-round(math.degrees(a) / 90) % 4 * 90] += 1  # pdfium measures clockwise
    return hitung.most_common(1)[0][0] if hitung else 0


def _huruf(tp, n: int, bingkai: _Bingkai) -> list[Huruf]:
    kotak = raw.FS_RECTF()
    hasil: list[Huruf] = []
    for j in range(n):
        kode = raw.FPDFText_GetUnicode(tp, j)
        teks = chr(kode) if kode else " "
        if teks == "\x02":  # pdfium's mark for a hyphen that ends a line
            teks = "-"
        if teks in _KOSONG or raw.FPDFText_IsGenerated(tp, j) == 1:
            if hasil and not hasil[-1].kosong:
                h = hasil[-1]
                hasil.append(Huruf(" ", h.x1, h.top, h.x1, h.bottom, kosong=True))
            continue
        if not raw.FPDFText_GetLooseCharBox(tp, j, kotak):  # the font's box, as pdfplumber's
            continue
        xa, ya = bingkai(kotak.left, kotak.bottom)
        xb, yb = bingkai(kotak.right, kotak.top)
        if 0xF000 <= kode <= 0xF0FF or teks in "\u2022\u25aa\u25cf\u2023":
            teks = "•"  # a bullet from a Symbol/Wingdings font
        hasil.append(Huruf(teks, min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb),
                           raw.FPDFText_GetFontWeight(tp, j) >= 600))
    return hasil


def _kali(m1: tuple, m2: tuple) -> tuple:
    """The matrix applying m1 then m2 (PDF order a b c d e f)."""
    a, b, c, d, e, f = m1
    A, B, C, D, E, F = m2
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _matriks(obj) -> tuple:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return (1, 0, 0, 1, 0, 0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _jalur(obj, m: tuple, bingkai: _Bingkai, keluar: list[dict]) -> None:
    """The straight, axis-parallel segments of one path as pdfplumber edges."""
    x, y = ctypes.c_float(), ctypes.c_float()
    a, b, c, d, e, f = m
    awal = sebelum = None
    for k in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        if not raw.FPDFPathSegment_GetPoint(seg, x, y):
            continue
        titik = bingkai(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        jenis = raw.FPDFPathSegment_GetType(seg)
        if jenis == raw.FPDF_SEGMENT_MOVETO:
            awal = sebelum = titik
            continue
        if jenis == raw.FPDF_SEGMENT_LINETO and sebelum is not None:
            _sisi(sebelum, titik, keluar)
        sebelum = titik
        if raw.FPDFPathSegment_GetClose(seg) and awal is not None:
            _sisi(titik, awal, keluar)
            sebelum = awal


def _bidang(obj, m: tuple, bingkai: _Bingkai, keluar: list[tuple]) -> None:
    """The box of a filled path at least BIDANG points wide and high."""
    mode, garis = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(mode), ctypes.byref(garis)) or not mode.value:
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    a, b, c, d, e, f = m
    titik = []
    for k in range(raw.FPDFPath_CountSegments(obj)):
        if raw.FPDFPathSegment_GetPoint(raw.FPDFPath_GetPathSegment(obj, k), x, y):
            titik.append(bingkai(a * x.value + c * y.value + e, b * x.value + d * y.value + f))
    if not titik:
        return
    xs, ys = [t[0] for t in titik], [t[1] for t in titik]
    if max(xs) - min(xs) >= BIDANG and max(ys) - min(ys) >= BIDANG:
        keluar.append((min(xs), min(ys), max(xs), max(ys)))


def _sisi(p: tuple[float, float], q: tuple[float, float], keluar: list[dict]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 0.5 and abs(x0 - x1) >= 1:
        kiri, kanan = sorted((x0, x1))
        keluar.append({"x0": kiri, "x1": kanan, "top": y0, "bottom": y0, "width": kanan - kiri,
                       "height": 0, "orientation": "h", "object_type": "line"})
    elif abs(x0 - x1) < 0.5 and abs(y0 - y1) >= 1:
        atas, bawah = sorted((y0, y1))
        keluar.append({"x0": x0, "x1": x0, "top": atas, "bottom": bawah, "width": 0,
                       "height": bawah - atas, "orientation": "v", "object_type": "line"})


def _objek(induk, hitung, ambil, m: tuple, bingkai: _Bingkai, hal: Halaman) -> None:
    for k in range(hitung(induk)):
        obj = ambil(induk, k)
        jenis = raw.FPDFPageObj_GetType(obj)
        if jenis == _JALUR:
            _jalur(obj, _kali(_matriks(obj), m), bingkai, hal.garis)
            _bidang(obj, _kali(_matriks(obj), m), bingkai, hal.bidang)
        elif jenis == _GAMBAR:
            hal.gambar = True
        elif jenis == _FORM:
            _objek(obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject,
                   _kali(_matriks(obj), m), bingkai, hal)


def _halaman(page, nomor: int, dari: int) -> Halaman:
    tp = page.get_textpage()
    try:
        n = raw.FPDFText_CountChars(tp.raw)
        kotak = page.get_cropbox()
        bingkai = _Bingkai(kotak, _sudut(tp.raw, n))
        lebar, tinggi = bingkai.ukuran
        hal = Halaman(nomor, dari, lebar, tinggi, _huruf(tp.raw, n, bingkai))
    finally:
        tp.close()
    _objek(page.raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, (1, 0, 0, 1, 0, 0),
           bingkai, hal)
    return hal


def jumlah_halaman(path: Path) -> int:
    pdf = _buka(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _buka(path: Path):
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if "password" in str(e).casefold():
            raise LakipError(f"Berkas PDF '{path.name}' terkunci kata sandi sehingga tidak dapat "
                             "dibaca; buka dengan kata sandinya lalu simpan atau cetak ulang ke "
                             "PDF tanpa kata sandi, atau reviu berkas .docx aslinya.") from e
        raise LakipError(f"Berkas '{path.name}' tidak dapat dibaca sebagai PDF: berkas rusak, "
                         "terkunci kata sandi, atau bukan PDF; reviu berkas .docx aslinya.") from e


def halaman(path: Path) -> Iterator[Halaman]:
    """Every page of the PDF in order; each page is released before the next is read."""
    pdf = _buka(path)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                yield _halaman(page, i + 1, len(pdf))
            finally:
                page.close()
    finally:
        pdf.close()
