"""Read a .docx as Word displays it (lxml on the package from reviu/ooxml.py): tracked changes
applied, content controls, frame tables, text boxes, list-numbered headings, cells shifted by
w:gridBefore, merged cells as full grids; and write a copy with Word comments (python-docx) on
the cells and sentences of the findings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from lakip_xl.errors import LakipError
from lakip_xl.reviu.bab import bab as cari_bab
from lakip_xl.reviu.bab import judul_di_atas
from lakip_xl.reviu.dokumen import Dokumen, Paragraf, Sel, Tabel
from lakip_xl.reviu.ooxml import MC, SIMPAN, W_NS, Gaya, Penomoran, W, buka, gaya_dari
from lakip_xl.reviu.tabel_cepat import ATRIBUT, Ditulis, TabelCepat

LACAK = ("Dokumen memuat perubahan terlacak (Track Changes) yang belum diterima: dibaca seperti "
         "tampilannya (sisipan ikut dibaca, hapusan diabaikan). Terima atau tolak perubahan itu "
         "sebelum laporan ditandatangani.")
_WADAH = {f"{W}sdt", f"{W}customXml", f"{W}smartTag"}
_LEWATI = {f"{W}pPr", f"{W}rPr", f"{W}sdtPr", f"{W}sdtEndPr", f"{W}delText", f"{W}instrText",
           f"{W}tblPr", f"{W}trPr", f"{W}tcPr", f"{W}tblGrid", f"{W}sectPr"}
_HAPUS = {f"{W}del", f"{W}moveFrom"}
_GAYA_ISI = re.compile(r"(?:toc|contents|daftar ?isi)\s*\d", re.I)
_SISIP = {f"{W}ins", f"{W}moveTo"}


def _aktif(rpr, tag: str) -> bool:
    e = rpr.find(f"{W}{tag}") if rpr is not None else None
    return e is not None and e.get(f"{W}val") not in ("0", "false", "off")


@dataclass
class Jalan:
    """One walk over the body in reading order: paragraphs (every w:p, so indexes match the
    comment writer's walk) and tables as grids of cells."""

    penomoran: Penomoran | None = None
    gaya: dict[str, Gaya] = field(default_factory=dict)
    paragraf: list = field(default_factory=list)  # (w:p, text, heading) in reading order
    tabel: list[list[list[Sel]]] = field(default_factory=list)  # cells as (table, row, col)
    elemen: list | None = None  # when a list: per table, the grid of w:tc elements shown
    urutan: list[tuple[str, int]] = field(default_factory=list)  # ("p"|"t", index)
    cepat: list[TabelCepat] = field(default_factory=list)  # tables read by pattern
    lacak: bool = False  # tracked changes seen
    _kode: list[bool] = field(default_factory=list)  # open fields: True while in their code
    _sisa: str = ""  # text of a paragraph whose mark was deleted, joined to the next
    _isi_toc: int = 0  # inside a Table of Contents content control

    # ---- blocks
    def blok(self, induk) -> None:
        for el in induk:
            tag = el.tag
            if tag == f"{W}p":
                self._paragraf(el)
            elif tag == f"{W}tbl":
                self._tabel(el)
            elif tag in _WADAH:
                isi = el.find(f"{W}sdtContent") if tag == f"{W}sdt" else el
                toc = tag == f"{W}sdt" and any(
                    "contents" in (g.get(f"{W}val") or "").casefold()
                    for g in el.iterfind(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery"))
                self._isi_toc += toc
                if isi is not None:
                    self.blok(isi)
                self._isi_toc -= toc
            elif tag == f"{MC}AlternateContent":
                cabang = _cabang(el)
                if cabang is not None:
                    self.blok(cabang)
            elif tag in _SISIP:
                self.lacak = True
                self.blok(el)
            elif tag in _HAPUS:
                self.lacak = True

    def _paragraf(self, p) -> None:
        teks, kotak, judul = self.teks_paragraf(p)
        ppr = p.find(f"{W}pPr")
        if ppr is not None and ppr.find(f"{W}rPr/{W}del") is not None:
            self.lacak = True  # the paragraph mark was deleted: Word shows it joined to the next
            self._sisa = f"{self._sisa} {teks}".strip()
            teks = ""
        elif self._sisa:
            teks, self._sisa = f"{self._sisa} {teks}".strip(), ""
        self.urutan.append(("p", len(self.paragraf)))
        isi = self.daftar_isi(p) and not judul and not teks.upper().startswith("DAFTAR")
        self.paragraf.append((p, teks, judul, isi))
        for k in kotak:
            self.blok(k)

    def daftar_isi(self, p) -> bool:
        """A paragraph of a table of contents (Word's "toc 1", LibreOffice's "Contents 1")."""
        gaya = p.find(f"{W}pPr/{W}pStyle")
        sid = gaya.get(f"{W}val", "") if gaya is not None else ""
        nama = self.gaya[sid].nama if sid in self.gaya else sid.casefold()
        return bool(_GAYA_ISI.match(nama)) or self._isi_toc > 0

    def teks_paragraf(self, p) -> tuple[str, list, bool]:
        """(displayed text with its list label, text boxes anchored in it, is a heading)."""
        ppr = p.find(f"{W}pPr")
        gaya = ppr.find(f"{W}pStyle") if ppr is not None else None
        sid = gaya.get(f"{W}val") if gaya is not None else None
        label = self.penomoran.label(ppr, sid) if self.penomoran else ""
        bagian: list[str] = [label]
        kotak: list = []
        self._isi(p, bagian, kotak)
        ol = ppr.find(f"{W}outlineLvl") if ppr is not None else None
        tingkat = gaya_dari(self.gaya, sid, lambda g: g.tingkat)
        judul = (sid or "").startswith(("Heading", "Judul")) or tingkat is not None or (
            ol is not None and ol.get(f"{W}val") not in (None, "9"))
        return " ".join("".join(bagian).split()), kotak, judul

    def _isi(self, el, keluar: list[str], kotak: list) -> None:
        for c in el:
            tag = c.tag
            if not isinstance(tag, str) or tag in _LEWATI:
                continue
            if tag == f"{W}t":
                if not any(self._kode):
                    keluar.append(c.text or "")
            elif tag == f"{W}r":
                rpr = c.find(f"{W}rPr")
                if _aktif(rpr, "vanish"):
                    continue
                awal = len(keluar)
                self._isi(c, keluar, kotak)
                if _aktif(rpr, "caps"):
                    keluar[awal:] = [x.upper() for x in keluar[awal:]]
            elif tag in (f"{W}tab", f"{W}ptab", f"{W}br", f"{W}cr"):
                keluar.append(" ")
            elif tag == f"{W}noBreakHyphen":
                keluar.append("-")
            elif tag == f"{W}fldChar":
                jenis = c.get(f"{W}fldCharType")
                if jenis == "begin":
                    self._kode.append(True)
                elif jenis == "separate" and self._kode:
                    self._kode[-1] = False
                elif jenis == "end" and self._kode:
                    self._kode.pop()
            elif tag == f"{W}txbxContent":
                kotak.append(c)
            elif tag in _HAPUS:
                self.lacak = True
            elif tag == f"{MC}AlternateContent":
                cabang = _cabang(c)
                if cabang is not None:
                    self._isi(cabang, keluar, kotak)
            else:
                if tag in _SISIP:
                    self.lacak = True
                self._isi(c, keluar, kotak)

    # ---- tables
    def _baris(self, tbl) -> list:
        hasil = []
        for el in _datar(tbl, f"{W}tr"):
            trpr = el.find(f"{W}trPr")
            if trpr is not None and trpr.find(f"{W}del") is not None:
                self.lacak = True
                continue
            if trpr is not None and trpr.find(f"{W}ins") is not None:
                self.lacak = True
            hasil.append(el)
        return hasil

    def _tabel(self, tbl) -> None:
        i = tbl.get(ATRIBUT) if self.cepat else None
        if i is not None:  # read by pattern (reviu/tabel_cepat.py)
            self._tabel_cepat(self.cepat[int(i)])
            return
        baris = self._baris(tbl)
        sel_baris = [_datar(tr, f"{W}tc") for tr in baris]
        if sum(len(s) for s in sel_baris) == 1:  # a one-cell frame around the real content
            self.blok(sel_baris[0][0])
            return
        lebar = len(tbl.findall(f"{W}tblGrid/{W}gridCol"))
        letak: list[list[tuple[int, int, bool, object]]] = []
        for tr, sel in zip(baris, sel_baris, strict=True):
            c = _val_int(tr.find(f"{W}trPr/{W}gridBefore"))
            posisi = []
            for tc in sel:
                span = max(1, _val_int(tc.find(f"{W}tcPr/{W}gridSpan"), 1))
                vm = tc.find(f"{W}tcPr/{W}vMerge")
                posisi.append((c, span, vm is not None and vm.get(f"{W}val") != "restart", tc))
                c += span
            lebar = max(lebar, c + _val_int(tr.find(f"{W}trPr/{W}gridAfter")))
            letak.append(posisi)
        if not lebar:
            return
        dalam: list = []  # tables nested in cells, read after this one
        self.urutan.append(("t", len(self.tabel)))
        self._kisi(letak, lebar, lambda tc: self._teks_sel(tc, dalam))
        for t in dalam:
            self._tabel(t)

    def _tabel_cepat(self, t: TabelCepat) -> None:
        """A table read by pattern; should one of its cell styles be list-numbered (a label
        before each cell's text), the walk reads its markup instead."""
        if any(gaya_dari(self.gaya, g, lambda x: x.num) for g in t.gaya):
            akar = etree.fromstring(b'<w:body xmlns:w="%s">%s</w:body>' % (W_NS.encode(), t.asli))
            self._tabel(akar[0])
            return
        self.urutan.append(("t", len(self.tabel)))
        self._kisi(t.baris, t.lebar, _sama)

    def _kisi(self, letak: list, lebar: int, isi_sel: Callable[[Any], tuple[str, bool]]) -> None:
        """Rows of (grid column, span, continues a vertical merge, cell) as the next table: a
        full grid of `lebar` columns, a cell continuing the merge above showing that cell
        (Word's display), a spanned cell filling its columns; `isi_sel(cell)` gives its
        (text, bold), once per cell, in order."""
        indeks = len(self.tabel)
        grid: list[list[Sel]] = []
        tc: list[list[object]] = []
        atas: list | None = None  # the row above: per grid column (cell, (text, bold)) or None
        for r, posisi in enumerate(letak):
            baris: list = [None] * lebar
            for c, span, lanjut, sel in posisi:
                asal = atas[c] if lanjut and atas is not None and c < lebar else None
                if asal is None:
                    asal = (sel, isi_sel(sel))
                if span == 1:  # most cells
                    if c < lebar:
                        baris[c] = asal
                else:
                    for k in range(c, c + span if c + span < lebar else lebar):
                        baris[k] = asal
            grid.append([Sel(*a[1], (indeks, r, k)) if a is not None
                         else Sel("", False, (indeks, r, k)) for k, a in enumerate(baris)])
            if self.elemen is not None:
                tc.append([a[0] if a is not None else None for a in baris])
            atas = baris
        self.tabel.append(grid)
        if self.elemen is not None:
            self.elemen.append(tc)

    def _teks_sel(self, tc, dalam: list) -> tuple[str, bool]:
        bagian: list[str] = []
        tebal = False
        for el in _datar(tc, f"{W}p", f"{W}tbl"):
            if el.tag == f"{W}tbl":
                dalam.append(el)
                continue
            teks, kotak, _ = self.teks_paragraf(el)
            bagian.append(teks)
            tebal = tebal or (bool(teks) and _tebal(el))
            for k in kotak:
                dalam.extend(_datar(k, f"{W}tbl"))
        return " ".join(" ".join(bagian).split()), tebal


def _sama(isi: tuple[str, bool]) -> tuple[str, bool]:
    return isi


def _cabang(alt):
    """The one branch of mc:AlternateContent Word displays: its first Choice (else Fallback)."""
    pilihan = alt.find(f"{MC}Choice")
    return pilihan if pilihan is not None else alt.find(f"{MC}Fallback")


def _datar(induk, *tag: str) -> list:
    """Children with one of the tags, looking through content controls and custom XML."""
    hasil = []
    for el in induk:
        if el.tag in tag:
            hasil.append(el)
        elif el.tag in _WADAH:
            isi = el.find(f"{W}sdtContent") if el.tag == f"{W}sdt" else el
            if isi is not None:
                hasil += _datar(isi, *tag)
        elif el.tag == f"{MC}AlternateContent":
            cabang = _cabang(el)
            if cabang is not None:
                hasil += _datar(cabang, *tag)
        elif el.tag in _SISIP:
            hasil += _datar(el, *tag)
    return hasil


def _val_int(el, bawaan: int = 0) -> int:
    if el is None:
        return bawaan
    try:
        return int(el.get(f"{W}val", bawaan))
    except ValueError:
        return bawaan


def _tebal(p) -> bool:
    for r in p.iter(f"{W}r"):
        if _aktif(r.find(f"{W}rPr"), "b") and any((t.text or "").strip()
                                                   for t in r.iter(f"{W}t")):
            return True
    return False


def baca(path: Path, cepat: bool = True, ditulis: Ditulis | None = None) -> Dokumen:
    """The tables and paragraphs of a .docx/.docm, in reading order, as Word displays them.
    `cepat`: lakip's own tables are read by pattern (the same cells, much faster);
    `ditulis`: those the report's writer has just made, taken as it says (`pisahkan`)."""
    paket = buka(path, cepat, ditulis)
    body = paket.dokumen.find(f"{W}body")
    jalan = Jalan(paket.penomoran, paket.gaya, cepat=paket.cepat)
    try:
        if body is not None:
            jalan.blok(body)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError) as e:
        raise LakipError(f"Isi berkas '{path.name}' tidak dapat dibaca (susunan dokumen Word "
                         f"yang tidak lazim); {SIMPAN}.") from e
    dok = Dokumen(str(path), "docx")
    if jalan.lacak:
        dok.catatan.append(LACAK)
    bab, per_bab = "", 0
    terakhir: list[str] = []  # the last paragraphs before a table, for its caption
    for jenis, i in jalan.urutan:
        if jenis == "p":
            _, teks, judul, isi = jalan.paragraf[i]
            if not teks:
                continue
            b = None if isi else cari_bab(teks)  # a contents line names a chapter, is not it
            if b:
                bab, per_bab = b, 0
            per_bab += 1
            dok.paragraf.append(Paragraf(i, teks, bab, per_bab, None, judul=judul and not isi,
                                         daftar_isi=isi))
            terakhir = [*terakhir[-2:], teks]
            continue
        nomor, judul_t = judul_di_atas(terakhir)
        dok.tabel.append(Tabel(len(dok.tabel), nomor, judul_t, bab, jalan.tabel[i]))
        terakhir = []
    return dok


def tulis_komentar(
    path: Path, keluaran: Path, komentar: list[tuple[tuple[int, int, int] | int, str]]
) -> int:
    """Copy `path` to `keluaran` with one Word comment per (place, text); a place is a table
    cell (table, row, column) or a paragraph index of the walk. Returns the number written."""
    from docx import Document
    from docx.text.run import Run

    paket = buka(path)
    if paket.strict or paket.makro:
        jenis = "Strict Open XML" if paket.strict else "bermakro (.docm)"
        raise LakipError(f"--komentar hanya untuk dokumen Word biasa (.docx); '{path.name}' "
                         f"berformat {jenis}. Kertas kerja .xlsx tetap ditulis; untuk komentar, "
                         f"{SIMPAN}.")
    try:
        doc = Document(str(path))
    except Exception as e:  # python-docx raises several types for a package it cannot take
        raise LakipError(f"Salinan bertanda komentar tidak dapat dibuat dari '{path.name}'; "
                         f"{SIMPAN}.") from e
    jalan = Jalan(elemen=[])
    jalan.blok(doc.element.body)
    n = 0
    for tempat, teks in komentar:
        if isinstance(tempat, int):
            el = jalan.paragraf[tempat][0] if 0 <= tempat < len(jalan.paragraf) else None
        else:
            ti, r, c = tempat
            grid = jalan.elemen[ti] if 0 <= ti < len(jalan.elemen) else []
            el = grid[r][c] if r < len(grid) and c < len(grid[r]) else None
        runs = [Run(x, None) for x in _runs(el)] if el is not None else []
        if not runs:
            continue
        doc.add_comment(runs[:1] + runs[-1:] if len(runs) > 1 else runs, text=teks,
                        author="lakip reviu", initials="LR")
        n += 1
    from lakip_xl.buku.simpan import tulis_aliran
    from lakip_xl.reviu.tujuan import TANDA_KOMENTAR

    _status(doc, TANDA_KOMENTAR)
    tulis_aliran(keluaran, doc.save)
    return n


_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"


def _status(doc, teks: str) -> None:
    """Set cp:contentStatus in the core-properties namespace named in full: python-docx's
    `core_properties.content_status` goes through its `cp` prefix, which docxcompose (imported
    with docxtpl for a report in the same process) rebinds to the custom-properties namespace,
    making core.xml invalid."""
    akar = doc.core_properties._element
    el = akar.find(f"{{{_CP}}}contentStatus")
    if el is None:
        el = akar.makeelement(f"{{{_CP}}}contentStatus", {})
        akar.append(el)
    el.text = teks


def _runs(el) -> list:
    """The runs with displayed text of a paragraph or cell (not those of deletions)."""
    hasil = []
    for r in el.iter(f"{W}r"):
        induk = r.getparent()
        if induk is not None and induk.tag in _HAPUS:
            continue
        if any((t.text or "") for t in r.iter(f"{W}t")):
            hasil.append(r)
    return hasil
