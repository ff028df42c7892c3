"""A quarterly document model laid out on a landscape Word page (python-docx)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from lakip_xl.laporan.templat import atur_settings
from lakip_xl.triwulan.model import Dokumen

_RATA = {
    "kiri": WD_ALIGN_PARAGRAPH.LEFT,
    "kanan": WD_ALIGN_PARAGRAPH.RIGHT,
    "tengah": WD_ALIGN_PARAGRAPH.CENTER,
}
LEBAR_HALAMAN = Cm(29.7)
TINGGI_HALAMAN = Cm(21.0)
MARGIN = Cm(1.0)
MARGIN_SEL = 22  # twips left and right inside a cell (Word's default is 108)


def _isi(cell, teks: str, ukuran: float, tebal: bool = False, rata: str = "kiri") -> None:
    p = cell.paragraphs[0]
    p.alignment = _RATA.get(rata, WD_ALIGN_PARAGRAPH.LEFT)
    pf = p.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    run = p.add_run(teks)
    run.font.size = Pt(ukuran)
    run.bold = tebal


def _ulang_kepala(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _paragraf(doc, teks: str, ukuran: float, tebal: bool = False, tengah: bool = False) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(1)
    if tengah:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(teks)
    r.font.size = Pt(ukuran)
    r.bold = tebal


def _halaman(doc) -> None:
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = LEBAR_HALAMAN, TINGGI_HALAMAN
    s.left_margin = s.right_margin = MARGIN
    s.top_margin = s.bottom_margin = Cm(1.5)


def _margin_sel(t) -> None:
    mar = OxmlElement("w:tblCellMar")
    for sisi in ("left", "right"):
        el = OxmlElement(f"w:{sisi}")
        el.set(qn("w:w"), str(MARGIN_SEL))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tbl_pr = t._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))  # the schema's order: tblCellMar, then tblLook
    if look is None:
        tbl_pr.append(mar)
    else:
        look.addprevious(mar)


def _tabel(doc, d: Dokumen, ukuran: float) -> None:
    n = d.jumlah_kolom
    baris = d.tinggi_kepala + len(d.baris) + len(d.kaki)
    t = doc.add_table(rows=baris, cols=n)
    t.style = "Table Grid"
    _margin_sel(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    lebar_total = LEBAR_HALAMAN - 2 * MARGIN
    jumlah = sum(d.lebar)
    lebar = [int(lebar_total * w / jumlah) for w in d.lebar]
    for j, kolom in enumerate(t.columns):
        kolom.width = lebar[j]  # the grid LibreOffice lays out by
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = lebar[j]  # the cell widths Word lays out by
    for k in d.kepala:
        c = t.cell(k.baris, k.kolom)
        if k.tinggi > 1 or k.lebar > 1:
            c = c.merge(t.cell(k.baris + k.tinggi - 1, k.kolom + k.lebar - 1))
        _isi(c, k.teks, ukuran, True, "tengah")
    for i in range(d.tinggi_kepala):
        _ulang_kepala(t.rows[i])
    for i, row in enumerate(d.baris):
        r = d.tinggi_kepala + i
        if i in d.baris_bagian:
            c = t.cell(r, 0).merge(t.cell(r, n - 1))
            _isi(c, row[0].teks(), ukuran, True)
            continue
        for j, s in enumerate(row):
            if s.nilai is not None:
                _isi(t.cell(r, j), s.teks(), ukuran, s.tebal, s.rata)
    for i, kaki in enumerate(d.kaki):
        r = d.tinggi_kepala + len(d.baris) + i
        w = d.lebar_label_kaki
        _isi(t.cell(r, 0).merge(t.cell(r, w - 1)), kaki.label, ukuran, True)
        if kaki.teks is not None:
            _isi(t.cell(r, w).merge(t.cell(r, n - 1)), kaki.teks, ukuran)
        else:
            for j, s in kaki.nilai.items():
                _isi(t.cell(r, j), s.teks(), ukuran, True, s.rata)


def _tanda_tangan(doc, d: Dokumen) -> None:
    if not d.tanda_tangan:
        return
    jumlah = max(len(d.tanda_tangan), 2)
    t = doc.add_table(rows=1, cols=jumlah)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    awal = 0 if len(d.tanda_tangan) > 1 else jumlah - 1
    for i, tt in enumerate(d.tanda_tangan):
        c = t.cell(0, awal + i)
        baris = [tt.tempat_tanggal, tt.peran, tt.jabatan, "", "", "", tt.nama]
        if tt.nip:
            baris.append(f"NIP. {tt.nip}")
        c.paragraphs[0].text = ""
        for j, teks in enumerate(baris):
            p = c.paragraphs[0] if j == 0 else c.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(teks)
            run.font.size = Pt(9)
            run.bold = j == 6
            run.underline = j == 6


def tulis_docx(dokumen: list[Dokumen], tujuan: Path) -> Path:
    """Write the documents on landscape A4 pages, one after the other; the file appears
    whole or not at all."""
    doc = Document()
    atur_settings(doc.settings.element)
    _halaman(doc)
    for i, d in enumerate(dokumen):
        if i:
            doc.add_page_break()
        for t in d.judul:
            _paragraf(doc, t, 11, tebal=True, tengah=True)
        for t in d.keterangan:
            _paragraf(doc, t, 8)
        ukuran = 5.5 if d.jumlah_kolom > 24 else 6.5
        _tabel(doc, d, ukuran)
        for t in d.catatan:
            _paragraf(doc, t, 7)
        _tanda_tangan(doc, d)
    doc.core_properties.author = "lakip_xl"
    from lakip_xl.buku.simpan import tulis_aliran

    return tulis_aliran(tujuan, doc.save)
