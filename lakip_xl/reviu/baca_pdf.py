"""Read a born-digital PDF (pdfplumber): ruled tables with their captions, tables split over pages
joined, and the running text as paragraphs with their chapter and page."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from statistics import median

import pdfplumber

from lakip_xl.errors import LakipError
from lakip_xl.reviu import angka
from lakip_xl.reviu.bab import bab as cari_bab
from lakip_xl.reviu.bab import judul_di_atas, judul_tabel
from lakip_xl.reviu.dokumen import Dokumen, Paragraf, Sel, Tabel

PINDAIAN = ("Berkas PDF '{nama}' tidak memuat teks (hasil pindaian/gambar); reviu hanya membaca "
            "PDF yang diekspor dari Word atau LibreOffice, jadi pakai berkas .docx atau PDF "
            "aslinya.")


_KATA_PENDEK = {"di", "ke", "dan", "yang", "dari", "pada", "atau", "per", "se", "thd", "dg",
                "dgn", "s.d", "sd", "no", "rp", "tw", "ta"}


def _gabung(teks: str) -> str:
    """Lines of a cell joined; a word broken in a narrow column ("Targe" / "t") made whole."""
    baris = [b.strip() for b in teks.split("\n") if b.strip()]
    if not baris:
        return ""
    hasil = baris[0]
    for b in baris[1:]:
        akhir = hasil.split(" ")[-1]
        if (len(akhir) <= 5 and akhir[-1:].isalpha() and b[:1].islower()
                and akhir.casefold() not in _KATA_PENDEK):
            hasil += b
        else:
            hasil += " " + b
    return hasil


def _isi(baris: list[str | None]) -> list[str]:
    """Cells of one row: merged cells (None) take the text on their left, as Word repeats it."""
    hasil: list[str] = []
    for x in baris:
        if x is None:
            hasil.append(hasil[-1] if hasil else "")
        else:
            teks = " ".join(_gabung(x).split())
            rapat = "".join(x.split("\n"))  # a number or word broken inside a narrow cell
            if "\n" in x and angka.baca(teks) is None and angka.baca(rapat) is not None:
                teks = " ".join(rapat.split())
            hasil.append(teks)
    return hasil


def _baris_teks(page, kotak: list[tuple[float, float, float, float]]) -> list[tuple[float, str]]:
    """Text lines outside the tables: (top, text)."""
    def di_luar(w) -> bool:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        return not any(x0 <= cx <= x1 and t <= cy <= b for x0, t, x1, b in kotak)

    kata = [w for w in page.extract_words(keep_blank_chars=False, use_text_flow=True)
            if di_luar(w)]
    garis: dict[int, list] = {}
    for w in kata:
        garis.setdefault(round(w["top"] / 3), []).append(w)
    hasil = []
    for k in sorted(garis):
        ws = sorted(garis[k], key=lambda w: w["x0"])
        hasil.append((ws[0]["top"], " ".join(w["text"] for w in ws)))
    return hasil


def _paragraf(garis: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Lines joined into paragraphs where the gap is one line; headings and captions alone."""
    if not garis:
        return []
    jarak = [b[0] - a[0] for a, b in pairwise(garis) if b[0] > a[0]]
    langkah = median(jarak) if jarak else 14.0
    hasil: list[tuple[float, str]] = []
    for top, teks in garis:
        sendiri = cari_bab(teks) or judul_tabel(teks)
        if hasil and not sendiri and top - hasil[-1][0] <= langkah * 1.3 and \
                not (cari_bab(hasil[-1][1]) or judul_tabel(hasil[-1][1])):
            hasil[-1] = (top, f"{hasil[-1][1]} {teks}")
        else:
            hasil.append((top, teks))
    return hasil


def baca(path: Path) -> Dokumen:
    """The tables and paragraphs of a PDF exported from a word processor."""
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as e:  # pdfminer raises many types for damaged or encrypted files
        raise LakipError(f"Berkas '{path.name}' tidak dapat dibaca sebagai PDF: berkas rusak, "
                         "terkunci kata sandi, atau bukan PDF; reviu berkas .docx aslinya.") from e
    try:
        return _baca(pdf, path)
    except LakipError:
        raise
    except Exception as e:
        raise LakipError(f"Berkas PDF '{path.name}' tidak dapat dibaca isinya; pakai berkas .docx "
                         "aslinya.") from e
    finally:
        pdf.close()


def _baca(pdf, path: Path) -> Dokumen:
    dok = Dokumen(str(path), "pdf")
    bab, per_bab, terakhir, ada_teks = "", 0, [], False
    sebelumnya: Tabel | None = None
    for page in pdf.pages:
        if page.chars:
            ada_teks = True
        tabel = sorted(page.find_tables(), key=lambda t: t.bbox[1])
        kotak = [t.bbox for t in tabel]
        acara: list[tuple[float, str, object]] = [(top, "p", teks) for top, teks in
                                                  _paragraf(_baris_teks(page, kotak))]
        acara += [(t.bbox[1], "t", t) for t in tabel]
        for _, jenis, isi in sorted(acara, key=lambda x: (x[0], x[1])):
            if jenis == "p":
                teks = str(isi)
                b = cari_bab(teks)
                if b:
                    bab, per_bab = b, 0
                per_bab += 1
                if not _kepala_halaman(teks):
                    dok.paragraf.append(Paragraf(len(dok.paragraf), teks, bab, per_bab,
                                                 page.page_number, judul=bool(b)))
                    terakhir = [*terakhir[-2:], teks]
                    sebelumnya = None if not _kepala_halaman(teks) else sebelumnya
                continue
            grid = [_isi(r) for r in isi.extract()]  # type: ignore[attr-defined]
            if not grid or not grid[0]:
                continue
            if sebelumnya is not None and not terakhir and len(grid[0]) == len(
                    sebelumnya.baris[0]):
                _sambung(sebelumnya, grid)
                continue
            nomor, judul = judul_di_atas(terakhir)
            t = Tabel(len(dok.tabel), nomor, judul, bab, [], page.page_number)
            t.baris = [[Sel(x, False, None) for x in r] for r in grid]
            dok.tabel.append(t)
            sebelumnya, terakhir = t, []
        terakhir = [] if sebelumnya is not None and not terakhir else terakhir
    if not ada_teks:
        raise LakipError(PINDAIAN.format(nama=path.name))
    return dok


def _kepala_halaman(teks: str) -> bool:
    """A page number or running header line between split table parts."""
    t = teks.strip()
    return t.isdigit() or (len(t) <= 6 and t.strip("-– ").isalnum() and t.islower())


def _sambung(t: Tabel, grid: list[list[str]]) -> None:
    """Rows of a table continued on the next page; a repeated header row is dropped."""
    kepala = [s.teks for s in t.baris[0]]
    for r in grid:
        if r == kepala:
            continue
        t.baris.append([Sel(x, False, None) for x in r])
