"""A quarterly document model laid out on a landscape Word page: the table written as
WordprocessingML by the report's table machinery (laporan/wordml.py: widths from the text in
the table font, smaller type only when needed), the page and styles through python-docx."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Pt
from lxml import etree

from lakip_xl.laporan import tabel as lt
from lakip_xl.laporan import wordml
from lakip_xl.laporan.templat import atur_settings, pastikan_gaya_tabel
from lakip_xl.triwulan.model import Dokumen, Kepala

LEBAR_HALAMAN = Cm(29.7)
TINGGI_HALAMAN = Cm(21.0)
MARGIN = Cm(1.0)
HALAMAN = wordml.Halaman(
    lebar=16838 - 2 * 567,  # A4 across (29,7 cm) less the two 1 cm margins, in twips
    gaya=(wordml.GAYA_ISI, wordml.GAYA_KECIL, wordml.GAYA_MINI, wordml.GAYA_SEMPIT),
    mar=40,
)
"""The room across a landscape A4 page with 1 cm margins, and the type sizes tried in turn."""


def _kepala(d: Dokumen) -> list[list[lt.Sel]]:
    """The header block as rows of cells: a header cell spanning rows is continued below by
    cells marked `lanjut_atas`, which wordml merges into it."""
    tempat: dict[tuple[int, int], Kepala] = {}
    for k in d.kepala:
        for i in range(k.baris, k.baris + k.tinggi):
            tempat[(i, k.kolom)] = k
    hasil = []
    for i in range(d.tinggi_kepala):
        baris, c = [], 0
        while c < d.jumlah_kolom:
            k = tempat.get((i, c))
            if k is None:
                baris.append(lt.Sel("", rata="tengah", tebal=True))
                c += 1
                continue
            lanjut = k.baris < i
            baris.append(
                lt.Sel("" if lanjut else k.teks, "tengah", True, k.lebar, lanjut_atas=lanjut)
            )
            c += k.lebar
        hasil.append(baris)
    return hasil


def tabel_laporan(d: Dokumen) -> lt.TabelLaporan:
    """The document's table (header, rows, footer) as a report table."""
    n = d.jumlah_kolom
    baris: list[list[lt.Sel]] = []
    for i, row in enumerate(d.baris):
        if i in d.baris_bagian:
            baris.append([lt.Sel(row[0].teks(), tebal=True, rentang=n)])
        else:
            baris.append([lt.Sel(s.teks(), s.rata, s.tebal) for s in row])
    w = d.lebar_label_kaki
    for kaki in d.kaki:
        isi = [lt.Sel(kaki.label, tebal=True, rentang=w)]
        if kaki.teks is not None:
            isi.append(lt.Sel(kaki.teks, rentang=n - w))
        else:
            for j in range(w, n):
                s = kaki.nilai.get(j)
                isi.append(lt.Sel("", "kiri") if s is None else lt.Sel(s.teks(), s.rata, True))
        baris.append(isi)
    return lt.TabelLaporan(d.nama_lembar, "", _kepala(d), baris, list(d.lebar))


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


def _penanda(doc, nomor: int) -> str:
    """A paragraph standing where table `nomor` goes; its text is the marker to replace."""
    teks = f"@@lakip-tabel-{nomor}@@"
    doc.add_paragraph(teks)
    return teks


def _sisip_tabel(doc, tabel: dict[str, str]) -> None:
    """Put each table's WordprocessingML in place of its marker paragraph, as text: the body
    is serialised and parsed once (moving a parsed table of thousands of cells into
    python-docx's tree node by node takes minutes)."""
    xml = etree.tostring(doc.element, encoding="unicode")
    for teks, isi in tabel.items():
        i = xml.index(teks)
        awal, akhir = xml.rindex("<w:p>", 0, i), xml.index("</w:p>", i) + len("</w:p>")
        xml = xml[:awal] + isi + xml[akhir:]
    doc.part._element = parse_xml(xml)


def _tanda_tangan(doc, d: Dokumen) -> None:
    if not d.tanda_tangan:
        return
    jumlah = max(len(d.tanda_tangan), 2)
    t = doc.add_table(rows=1, cols=jumlah)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    awal = 0 if len(d.tanda_tangan) > 1 else jumlah - 1
    sel = t.rows[0].cells
    for i, tt in enumerate(d.tanda_tangan):
        c = sel[awal + i]
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
    pastikan_gaya_tabel(doc)
    _halaman(doc)
    tabel: dict[str, str] = {}
    for i, d in enumerate(dokumen):
        if i:
            doc.add_page_break()
        for t in d.judul:
            _paragraf(doc, t, 11, tebal=True, tengah=True)
        for t in d.keterangan:
            _paragraf(doc, t, 8)
        tabel[_penanda(doc, i)] = wordml.tabel_xml(tabel_laporan(d), HALAMAN)
        for t in d.catatan:
            _paragraf(doc, t, 7)
        _tanda_tangan(doc, d)
    _sisip_tabel(doc, tabel)
    doc.core_properties.author = "lakip_xl"
    from lakip_xl.buku.simpan import tulis_aliran

    return tulis_aliran(tujuan, doc.save)
