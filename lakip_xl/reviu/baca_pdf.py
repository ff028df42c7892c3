"""Read a born-digital PDF page by page (pages from reviu/halaman_pdf.py, ruled tables found by
pdfplumber's table finder on their ruling lines): tables with their captions, tables split over
pages joined, the running text as paragraphs with their chapter and page, words Word hyphenated at
a line end made whole, and the pages that hold only a scan named."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from statistics import median

from pdfplumber.table import TableFinder

from lakip_xl.errors import LakipError
from lakip_xl.reviu import angka
from lakip_xl.reviu.bab import bab as cari_bab
from lakip_xl.reviu.bab import judul_di_atas, judul_tabel
from lakip_xl.reviu.dokumen import Dokumen, Paragraf, Sel, Tabel
from lakip_xl.reviu.halaman_pdf import Halaman, Huruf, halaman

PINDAIAN = ("Berkas PDF '{nama}' tidak memuat teks (hasil pindaian/gambar); reviu hanya membaca "
            "PDF yang diekspor dari Word atau LibreOffice, jadi pakai berkas .docx atau PDF "
            "aslinya.")
TAK_TERBACA = ("{halaman} berupa gambar (hasil pindaian) tanpa teks, sehingga tidak dapat dibaca; "
               "angka dan Kelengkapan hanya dinilai dari halaman yang terbaca.")
TANPA_GARIS = ("{tabel} tercetak tanpa garis tabel di PDF sehingga terbaca sebagai teks, bukan "
               "tabel: angka di dalamnya tidak diperiksa (reviu berkas .docx-nya membacanya).")
_DAFTAR_ISI = re.compile(r"(?:\.{4,}|…{2,}|\. \. \. )\s*[\dIVXLCivxlc]+\s*$")
"""A line of a table of contents: dot leaders and a page number at its end."""
SETIAP = 25
"""Pages between two progress lines of a long PDF."""
PANJANG = 50
"""A PDF of at least this many pages shows progress."""

_KATA_PENDEK = {"di", "ke", "dan", "yang", "dari", "pada", "atau", "per", "se", "thd", "dg",
                "dgn", "s.d", "sd", "no", "rp", "tw", "ta"}
_TANDA_HUBUNG = "-\u00ad\u2010\u2011"
_AWALAN_BERTANDA = {"sub", "non", "pra", "pasca", "antar", "multi", "semi", "inter", "e",
                    "eks", "ex", "anti", "pro", "swa", "co", "re"}
"""Parts Indonesian LKj write with a hyphen before a lower-case word ("sub-kegiatan")."""
_RE_MINUS = re.compile(r"(?:^|\(|(?<![\d.,])\s)-$")
"""A line ending in a minus sign alone, after "(" or a word (not a range's "80 -")."""


def sambung(kiri: str, kanan: str) -> str:
    """Two lines joined as one text. A word Word hyphenated at the line end ("Reali-" + "sasi")
    is made whole; a real hyphen stays: before a capital or digit ("Non-" + "ASN"), after a
    part written with a hyphen ("sub-" + "kegiatan"), in a repeated word ("masing-" +
    "masing", "sehari-" + "hari", "perundang-" + "undangan"), between numbers ("2019-" +
    "2023"). A line ending in a word and "/" ("Kabupaten/" + "Kota") or in a minus sign before
    a number ("(-" + "79,23%)") joins with no space."""
    if not kiri:
        return kanan
    if not kanan:
        return kiri
    if kiri[-1] == "/" and len(kiri) > 1 and kiri[-2] != " " and kanan[0].isalnum():
        return kiri + kanan
    if kiri[-1] == "-" and len(kiri) > 1 and kiri[-2].isdigit() and kanan[0].isdigit():
        return kiri + kanan  # a range of years or numbers, "2019-" + "2023"
    if (kiri.endswith("(-") and kanan[0].isdigit()) or \
            (_RE_MINUS.search(kiri) and kanan.startswith("Rp")):
        return kiri + kanan  # a negative number's sign, "(-" + "79,23%)", "sisa -" + "Rp5"
    if kiri[-1] not in _TANDA_HUBUNG or len(kiri) < 2 or not kiri[-2].isalpha() or \
            not kanan[0].isalpha():
        return f"{kiri} {kanan}"
    if kiri[-1] == "\u00ad":
        return kiri[:-1] + kanan
    batang = re.split(r"[\s/(\"']", kiri[:-1])[-1]
    if "-" in batang:
        batang = batang.rsplit("-", 1)[-1]
    berikut = re.match(r"[^\W\d_]+", kanan)
    kata = berikut.group(0).casefold() if berikut else ""
    b = batang.casefold()
    ulang = any(b[-k:] == kata[:k] for k in range(3, min(len(b), len(kata)) + 1))
    if kanan[0].isupper() or b in _AWALAN_BERTANDA or ulang:
        return kiri[:-1] + "-" + kanan
    return kiri[:-1] + kanan


PUTUS = "\x01"
"""Between two lines of a cell where a word too long for the column went on (no space)."""


def _gabung(teks: str) -> str:
    """Lines of a cell joined: a word broken in a narrow column (lines joined by PUTUS: "Targe" /
    "t", "574.651." / "610") made whole, a word hyphenated at the line end made whole, other
    lines joined with a space."""
    hasil = ""
    for bagian in teks.split("\n"):
        baris = "".join(x.strip() for x in bagian.split(PUTUS)).strip()
        hasil = sambung(hasil, baris) if baris else hasil
    return hasil


def _teks_sel(kata: list[_Kata], sel: tuple[float, float, float, float], tepi: float) -> str:
    """The text of a cell, its lines separated by "\n", or by PUTUS where a word too long for
    the column went on: a line that fills the column (its padding `tepi` on each side) with
    one word (or words glued by commas) and ends in a word's fragment by shape (short, or
    followed by a short piece, or a number)."""
    garis = _garis(kata, kotak=True)
    if not garis:
        return ""
    lebar = sel[2] - sel[0] - 2 * tepi
    hasil = garis[0][1]
    for a, b in pairwise(garis):
        akhir = a[1].split(" ")[-1]
        huruf = (a[4] - a[3]) / max(1, len(a[1]))
        # a word longer than the column fills a line of its own: not one more letter fitted
        penuh = a[4] - a[3] >= lebar - huruf * 1.5 and (" " not in a[1] or "," in akhir)
        berikut = b[1].split(" ")[0]
        bentuk = (len(akhir) <= 5 or len(berikut) <= 3 or not any(c.isalpha() for c in akhir))
        # a short word of its own ("dan", "di") is no piece ("se" may be: "Persenta" / "se")
        biasa = akhir.casefold() in _KATA_PENDEK or berikut.casefold() in _KATA_PENDEK - {"se"}
        lanjut = (b[1][:1].isdigit() or b[1][:1].islower()) and akhir[-1:] not in _TANDA_HUBUNG
        hasil += (PUTUS if penuh and bentuk and lanjut and not biasa else "\n") + b[1]
    return hasil


def _isi(baris: list[str]) -> list[str]:
    """Cells of one row, their lines joined."""
    return [" ".join(_gabung(x).split()) for x in baris]


@dataclass
class _Kata:
    teks: str
    x0: float
    top: float
    x1: float
    bottom: float
    tebal: bool


def _kata(huruf: list[Huruf]) -> list[_Kata]:
    """Words in content order: a blank, a jump to another line or a gap ends a word."""
    hasil: list[_Kata] = []
    kini: _Kata | None = None
    for h in huruf:
        if h.kosong:
            kini = None
            continue
        if kini is not None and (abs(h.top - kini.top) > 3 or h.x0 > kini.x1 + 3
                                 or h.x1 < kini.x0):
            kini = None
        if kini is None:
            kini = _Kata(h.teks, h.x0, h.top, h.x1, h.bottom, h.tebal)
            hasil.append(kini)
        else:
            kini.teks += h.teks
            kini.x1 = max(kini.x1, h.x1)
            kini.bottom = max(kini.bottom, h.bottom)
            kini.tebal = kini.tebal and h.tebal
    return hasil


def _garis(kata: list[_Kata], kotak: bool = False) -> list[tuple]:
    """Words grouped into lines (tops within 3 points: glyph boxes differ a little within a
    line): (top, text, all bold), with the line's x0 and x1 after them when `kotak`; top to
    bottom, each line left to right."""
    garis: list[list[_Kata]] = []
    for w in sorted(kata, key=lambda w: w.top):
        if garis and w.top - garis[-1][0].top <= 3:
            garis[-1].append(w)
        else:
            garis.append([w])
    hasil: list[tuple] = []
    for ws in garis:
        ws.sort(key=lambda w: w.x0)
        baris = (ws[0].top, " ".join(w.teks for w in ws), all(w.tebal for w in ws))
        hasil.append((*baris, ws[0].x0, max(w.x1 for w in ws)) if kotak else baris)
    return hasil


def _paragraf(garis: list[tuple[float, str, bool]],
              tabel: tuple[float, ...] = ()) -> list[tuple[float, str]]:
    """Lines joined into paragraphs where the gap is one line and no table (`tabel`: the tops
    of the page's tables) stands between them; headings alone, a caption with the lines Word
    wrapped it onto."""
    if not garis:
        return []
    jarak = [b[0] - a[0] for a, b in pairwise(garis) if b[0] > a[0]]
    langkah = median(jarak) if jarak else 14.0
    hasil: list[tuple[float, str]] = []
    def sendiri(teks: str) -> bool:  # a heading, a caption, a line of a table of contents
        return bool(cari_bab(teks) or judul_tabel(teks) or _KEPALA_GAMBAR.match(teks)
                    or _DAFTAR_ISI.search(teks))

    def judul(teks: str) -> bool:  # a table's caption, which Word may wrap over two lines
        return bool(judul_tabel(teks)) and not (cari_bab(teks) or _DAFTAR_ISI.search(teks))

    for top, teks, _ in garis:
        if hasil and not sendiri(teks) and top - hasil[-1][0] <= langkah * 1.3 and \
                not any(hasil[-1][0] < t < top for t in tabel) and \
                (not sendiri(hasil[-1][1]) or judul(hasil[-1][1])):
            hasil[-1] = (top, sambung(hasil[-1][1], teks))
        else:
            hasil.append((top, teks))
    return hasil


def _di(h: Huruf | _Kata, kotak: tuple[float, float, float, float]) -> bool:
    cx, cy = (h.x0 + h.x1) / 2, (h.top + h.bottom) / 2
    x0, top, x1, bottom = kotak
    return x0 <= cx < x1 and top <= cy < bottom


def _tabel(hal: Halaman) -> list[tuple[tuple, list[list[str]], list[list[bool]]]]:
    """The ruled tables of a page: (bbox, cell texts by row, bold flags), top to bottom, as a
    full grid like the .docx reader's. A one-cell frame is not a table: its text is running
    text."""
    hasil = []
    for t in TableFinder(hal, {}).tables:
        if len(t.cells) < 2:
            continue
        kotak = t.bbox
        rows = t.rows
        isi_sel = _bagi(hal.huruf, kotak, rows)
        tepi = max(0.0, min((min(h.x0 for h in hs if not h.kosong) - rows[r].cells[c][0]
                             for (r, c), hs in isi_sel.items()
                             if any(not h.kosong for h in hs)), default=0.0))
        baris: list[list[str]] = []
        tebal: list[list[bool]] = []
        xs = sorted({c[0] for c in t.cells})
        for r, row in enumerate(rows):
            isi: list[str] = []
            tb: list[bool] = []
            kiri: tuple | None = None
            for i, (x, sel) in enumerate(zip(xs, row.cells, strict=True)):
                if sel is None:
                    # a merged cell shows its text in every grid cell it covers, as Word
                    # repeats it; a row shortened with Word's Delete Cells has nothing here.
                    # A cell of a row above reaching down over x (a header merged over two
                    # rows) is asked first: its left neighbour may end a point past x
                    if baris and _dari_atas(t.cells, x, row):
                        isi.append(baris[-1][i])
                        tb.append(tebal[-1][i])
                    elif kiri is not None and kiri[2] > x + 1:
                        isi.append(isi[-1])
                        tb.append(tb[-1])
                    else:
                        isi.append("")
                        tb.append(False)
                    continue
                kiri = sel
                kata = _kata(isi_sel.get((r, i), []))
                isi.append(_teks_sel(kata, sel, tepi))
                tb.append(any(w.tebal for w in kata))
            baris.append(isi)
            tebal.append(tb)
        hasil.append((kotak, baris, tebal))
    return sorted(hasil, key=lambda x: x[0][1])


def _bagi(huruf: list[Huruf], kotak: tuple, rows) -> dict[tuple[int, int], list[Huruf]]:
    """The characters of each cell (row, column), by the centre of each character."""
    atas = [r.bbox[1] for r in rows]
    hasil: dict[tuple[int, int], list[Huruf]] = {}
    for h in huruf:
        if not _di(h, kotak):
            continue
        cx, cy = (h.x0 + h.x1) / 2, (h.top + h.bottom) / 2
        for r in range(bisect_right(atas, cy) - 1, -1, -1):  # a tall cell starts above
            c = next((c for c, sel in enumerate(rows[r].cells) if sel is not None and
                      sel[0] <= cx < sel[2] and sel[1] <= cy < sel[3]), None)
            if c is not None:
                hasil.setdefault((r, c), []).append(h)
                break
    return hasil


def _dari_atas(sel: list[tuple], x: float, row) -> bool:
    """True when a cell from a row above spans down over position x of this row."""
    top = row.bbox[1]
    return any(c[0] <= x + 1 < c[2] and c[1] < top - 1 and c[3] > top + 1 for c in sel)


def baca(path: Path, kemajuan: Callable[[str], None] | None = None) -> Dokumen:
    """The tables and paragraphs of a PDF exported from a word processor; `kemajuan` gets a
    progress line every SETIAP pages of a long PDF."""
    try:
        return _baca(path, kemajuan)
    except LakipError:
        raise
    except Exception as e:
        raise LakipError(f"Berkas PDF '{path.name}' tidak dapat dibaca isinya; pakai berkas .docx "
                         "aslinya.") from e


def _baca(path: Path, kemajuan: Callable[[str], None] | None) -> Dokumen:
    dok = Dokumen(str(path), "pdf")
    keadaan = _Keadaan(dok)
    for hal in halaman(path):
        dok.halaman = hal.dari
        if kemajuan and hal.dari >= PANJANG and (hal.nomor % SETIAP == 0 or
                                                  hal.nomor == hal.dari):
            kemajuan(f"halaman {hal.nomor}/{hal.dari}")
        if not hal.ada_teks:
            if hal.gambar:
                dok.tak_terbaca.append(hal.nomor)
            continue
        keadaan.ada_teks = True
        keadaan.halaman(hal)
    if not keadaan.ada_teks:
        raise LakipError(PINDAIAN.format(nama=path.name))
    if dok.tak_terbaca:
        dok.catatan.append(TAK_TERBACA.format(halaman=nama_halaman(dok.tak_terbaca)))
    tanpa_garis = _judul_tanpa_tabel(dok, keadaan.judul_terpakai)
    if tanpa_garis:
        dok.catatan.append(TANPA_GARIS.format(tabel=", ".join(tanpa_garis)))
    return dok


def _judul_tanpa_tabel(dok: Dokumen, terpakai: set[str]) -> list[str]:
    """Captions ("Tabel 3.2") in the body with no ruled table read under them (`terpakai`: the
    captions of the tables read): a table drawn without borders, which a PDF shows only as
    text."""
    hasil: list[str] = []
    for p in dok.paragraf:
        j = judul_tabel(p.teks)
        if not j or ".." in p.teks or p.teks in terpakai or p.bab.startswith(("DAFTAR", "TABEL")):
            continue
        m = re.match(r"\s*(Tabel\s*\.?\s*(?:[A-Z]{1,4}[.\-])?\d+(?:[.,]\d+)*)", p.teks)
        nama = " ".join(m.group(1).split()) if m else f"Tabel {j[0]}"
        if nama not in hasil:
            hasil.append(nama)
    return hasil


def nama_halaman(nomor: list[int]) -> str:
    """"Halaman 2-5 dan 9" from [2, 3, 4, 5, 9]."""
    rentang: list[list[int]] = []
    for n in nomor:
        if rentang and n == rentang[-1][1] + 1:
            rentang[-1][1] = n
        else:
            rentang.append([n, n])
    teks = [f"{a}" if a == b else f"{a}-{b}" for a, b in rentang]
    if len(teks) == 1:
        return f"Halaman {teks[0]}"
    return f"Halaman {', '.join(teks[:-1])} dan {teks[-1]}"


class _Keadaan:
    """What carries from page to page: the chapter, the caption lines, a table to continue."""

    def __init__(self, dok: Dokumen) -> None:
        self.dok = dok
        self.bab, self.per_bab = "", 0
        self.terakhir: list[str] = []
        self.sebelumnya: Tabel | None = None
        self.ada_teks = False
        self.judul_terpakai: set[str] = set()  # captions of the tables read

    def halaman(self, hal: Halaman) -> None:
        _tanpa_grafik(hal)
        tabel = _tabel(hal)
        kotak = [t[0] for t in tabel]
        kata = [w for w in _kata(hal.huruf) if not any(_di(w, k) for k in kotak)]
        garis = _paragraf(_garis(kata), tuple(k[1] for k in kotak))
        acara: list[tuple[float, str, object]] = [(top, "p", teks) for top, teks in garis]
        acara += [(t[0][1], "t", t) for t in tabel]
        for _, jenis, isi in sorted(acara, key=lambda x: (x[0], x[1])):
            if jenis == "p":
                self._paragraf(str(isi), hal.nomor)
            else:
                self._tabel(isi, hal.nomor)  # type: ignore[arg-type]

    def _paragraf(self, teks: str, nomor: int) -> None:
        isi = bool(_DAFTAR_ISI.search(teks))
        b = None if isi else cari_bab(teks)
        if b:
            self.bab, self.per_bab = b, 0
        self.per_bab += 1
        if not _kepala_halaman(teks):
            self.dok.paragraf.append(Paragraf(len(self.dok.paragraf), teks, self.bab,
                                              self.per_bab, nomor, judul=bool(b),
                                              daftar_isi=isi))
            self.terakhir = [*self.terakhir[-2:], teks]
            self.sebelumnya = None

    def _tabel(self, isi: tuple, nomor: int) -> None:
        _, baris, tebal = isi
        grid = [_isi(r) for r in baris]
        if not grid or not grid[0]:
            return
        t = self.sebelumnya
        if t is not None and not self.terakhir and len(grid[0]) == len(t.baris[0]):
            _sambung(t, grid, tebal)
            return
        nomor_t, judul = judul_di_atas(self.terakhir)
        if nomor_t:
            self.judul_terpakai.update(self.terakhir)
        t = Tabel(len(self.dok.tabel), nomor_t, judul, self.bab, [], nomor)
        t.baris = [[Sel(x, tb, None) for x, tb in zip(r, b, strict=False)]
                   for r, b in zip(grid, tebal, strict=True)]
        self.dok.tabel.append(t)
        self.sebelumnya, self.terakhir = t, []


_KEPALA_GAMBAR = re.compile(r"\s*(Gambar|Grafik|Diagram)\s*\.?\s*\d", re.I)
JARAK_JUDUL = 40.0
"""Points between a figure and its caption line at most."""
TEPI_GRAFIK = 8.0
"""Points a chart's labels reach beyond its filled area at the sides (LibreOffice draws a long
category label, turned, just past the left edge)."""


def _baris_dekat(huruf: list[Huruf], kotak: tuple, bawah: bool) -> str:
    """The text line nearest below (or above) a box, within JARAK_JUDUL points."""
    _, top, _, bottom = kotak
    if bawah:
        calon = [h for h in huruf if not h.kosong and bottom <= h.top <= bottom + JARAK_JUDUL]
        if not calon:
            return ""
        batas = min(h.top for h in calon)
        baris = [h for h in calon if h.top - batas < 3]
    else:
        calon = [h for h in huruf if not h.kosong and top - JARAK_JUDUL <= h.bottom <= top]
        if not calon:
            return ""
        batas = max(h.bottom for h in calon)
        baris = [h for h in calon if batas - h.bottom < 3]
    return "".join(h.teks for h in sorted(baris, key=lambda h: h.x0))


def _tanpa_grafik(hal: Halaman) -> None:
    """Leave out what a chart draws (axis values, data labels, legend, gridlines): a filled
    area with a "Gambar N" caption right below or above it. The .docx reader never sees a
    chart's text (it lives in the chart part), so the PDF reads like the .docx: the caption
    stays, the chart's numbers are not read as running text or as a ruled table."""
    grafik = [(k[0] - TEPI_GRAFIK, k[1] - 2, k[2] + TEPI_GRAFIK, k[3] + 2) for k in hal.bidang
              if _KEPALA_GAMBAR.match(_baris_dekat(hal.huruf, k, True))
              or _KEPALA_GAMBAR.match(_baris_dekat(hal.huruf, k, False))]
    if not grafik:
        return
    hal.huruf = [h for h in hal.huruf if not any(_di(h, k) for k in grafik)]
    hal.garis = [g for g in hal.garis if not any(
        k[0] - 1 <= g["x0"] and g["x1"] <= k[2] + 1 and k[1] - 1 <= g["top"] and
        g["bottom"] <= k[3] + 1 for k in grafik)]


def _kepala_halaman(teks: str) -> bool:
    """A page number or running header line between split table parts."""
    t = teks.strip()
    return t.isdigit() or (len(t) <= 6 and t.strip("-– ").isalnum() and t.islower())


def _sambung(t: Tabel, grid: list[list[str]], tebal: list[list[bool]]) -> None:
    """Rows of a table continued on the next page; the header rows Word repeats on every page
    (the header and its "1 | 2 | 3" numbering row) are dropped."""
    kepala = [[s.teks for s in r] for r in t.baris[:5]]
    awal = 0
    while awal < len(grid) and awal < 5 and grid[awal] in kepala:
        awal += 1
    if awal < len(grid) and _sisa_baris(t.baris[-1], grid[awal]):
        for sel, teks in zip(t.baris[-1], grid[awal], strict=False):
            if teks:
                sel.teks = sambung(sel.teks, teks)
        awal += 1
    for r, b in zip(grid[awal:], tebal[awal:], strict=True):
        t.baris.append([Sel(x, tb, None) for x, tb in zip(r, b, strict=False)])


def _sisa_baris(akhir: list[Sel], baris: list[str]) -> bool:
    """True when the first row of a table's next page is the rest of its page's last row (a
    row Word lets break across the page): only words, each under a filled cell of that row,
    and some filled cells (its numbers) with nothing under them."""
    pasang = list(zip((s.teks for s in akhir), baris, strict=False))
    return (len(baris) == len(akhir) and any(b for _, b in pasang)
            and all(a for a, b in pasang if b) and any(a and not b for a, b in pasang)
            and all(angka.baca(b) is None for _, b in pasang if b))
