"""Read a .docx (python-docx): tables with merged cells as full grids, paragraphs with their
chapter, and write a copy with Word comments on the cells and sentences of the findings."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from lakip_xl.errors import LakipError
from lakip_xl.reviu.bab import bab as cari_bab
from lakip_xl.reviu.bab import judul_di_atas
from lakip_xl.reviu.dokumen import Dokumen, Paragraf, Sel, Tabel

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _buka(path: Path):
    try:
        return Document(str(path))
    except Exception as e:  # python-docx raises several types for a damaged package
        raise LakipError(
            f"Berkas '{path.name}' tidak dapat dibaca sebagai dokumen Word (.docx): berkas rusak "
            "atau bukan .docx. Buka di Word lalu Simpan Sebagai 'Word Document (.docx)', atau "
            "reviu PDF-nya."
        ) from e


def _tebal(tc) -> bool:
    for r in tc.iter(f"{_W}r"):
        b = r.find(f"{_W}rPr/{_W}b")
        t = r.find(f"{_W}t")
        aktif = b is not None and b.get(f"{_W}val") not in ("0", "false")
        if aktif and t is not None and (t.text or "").strip():
            return True
    return False


def _grid(tabel: Table, indeks: int) -> list[list[Sel]]:
    cells = tabel._cells  # merged cells repeated, row by row (one pass, not one per row)
    lebar = len(tabel.columns)
    if not lebar:
        return []
    hasil: list[list[Sel]] = []
    cache: dict[int, tuple[str, bool]] = {}
    for r in range(len(cells) // lebar):
        baris = []
        for c in range(lebar):
            cell = cells[r * lebar + c]
            kunci = id(cell._tc)
            if kunci not in cache:
                cache[kunci] = (" ".join(cell.text.split()), _tebal(cell._tc))
            teks, tebal = cache[kunci]
            baris.append(Sel(teks, tebal, (indeks, r, c)))
        hasil.append(baris)
    return hasil


def baca(path: Path) -> Dokumen:
    """The tables and paragraphs of a .docx, in reading order."""
    doc = _buka(path)
    dok = Dokumen(str(path), "docx")
    bab = ""
    per_bab = 0
    terakhir: list[str] = []  # the last paragraphs before a table, for its caption
    i_tabel = i_par = 0
    for el in doc.element.body.iterchildren():
        if el.tag == f"{_W}p":
            p = Paragraph(el, doc)
            teks = " ".join(p.text.split())
            nomor_par = i_par
            i_par += 1
            if not teks:
                continue
            b = cari_bab(teks)
            gaya = el.style or ""  # the style id ("Heading1"); names need a slow look-up
            if b:
                bab, per_bab = b, 0
            per_bab += 1
            judul = gaya.startswith(("Heading", "Judul"))
            dok.paragraf.append(Paragraf(nomor_par, teks, bab, per_bab, None, judul=judul))
            terakhir = [*terakhir[-2:], teks]
        elif el.tag == f"{_W}tbl":
            t = Table(el, doc)
            nomor, judul = judul_di_atas(terakhir)
            dok.tabel.append(Tabel(len(dok.tabel), nomor, judul, bab, _grid(t, i_tabel)))
            i_tabel += 1
            terakhir = []
    return dok


def tulis_komentar(
    path: Path, keluaran: Path, komentar: list[tuple[tuple[int, int, int] | int, str]]
) -> int:
    """Copy `path` to `keluaran` with one Word comment per (place, text); a place is a table
    cell (table, row, column) or a body paragraph index. Returns the number written."""
    doc = _buka(path)
    tabel = list(doc.tables)
    paragraf = [Paragraph(el, doc) for el in doc.element.body.iterchildren(f"{_W}p")]
    n = 0
    for tempat, teks in komentar:
        runs = _runs(tempat, tabel, paragraf)
        if not runs:
            continue
        doc.add_comment(runs, text=teks, author="lakip reviu", initials="LR")
        n += 1
    from lakip_xl.buku.simpan import tulis_aliran
    from lakip_xl.reviu.tujuan import TANDA_KOMENTAR

    doc.core_properties.content_status = TANDA_KOMENTAR
    tulis_aliran(keluaran, doc.save)
    return n


def _runs(tempat, tabel: list[Table], paragraf: list[Paragraph]):
    if isinstance(tempat, int):
        if 0 <= tempat < len(paragraf):
            runs = [r for r in paragraf[tempat].runs if r.text]
            return runs[:1] + runs[-1:] if len(runs) > 1 else runs
        return []
    ti, r, c = tempat
    if not 0 <= ti < len(tabel):
        return []
    t = tabel[ti]
    cells = t._cells
    lebar = len(t.columns)
    if r * lebar + c >= len(cells):
        return []
    runs = [x for p in cells[r * lebar + c].paragraphs for x in p.runs if x.text]
    return runs[:1] + runs[-1:] if len(runs) > 1 else runs
