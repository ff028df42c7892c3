"""lakip's own report tables (the exact markup of laporan/wordml.tabel_xml) read from the raw
bytes of word/document.xml by pattern, cell for cell as the lxml walk of reviu/baca_docx reads
them, and each replaced by a placeholder element the walk resolves; a table in any other
markup (edited and saved in Word or LibreOffice, another writer's) is left to the walk."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

#: The namespace of the placeholder `<w:tbl lk:i="N"/>` standing for table N of `pisahkan`.
NS = "urn:lakip-xl:tabel-cepat"
ATRIBUT = f"{{{NS}}}i"
_NS_B = NS.encode("ascii")

_AWAL = b'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
_AKHIR = b"</w:tbl>"
_KEPALA = re.compile(
    rb"<w:tbl><w:tblPr>(?:(?!</w:tblPr>)[^\x00])*</w:tblPr><w:tblGrid>"
    rb'((?:<w:gridCol w:w="\d+"/>)+)</w:tblGrid>'
)
_PAR = (
    rb'<w:p><w:pPr><w:pStyle w:val="([A-Za-z0-9]+)"/>(?:<w:jc w:val="[a-z]+"/>)?</w:pPr>'
    rb'(?:<w:r>(?:<w:rPr>(<w:b/>)?(?:<w:i/>)?</w:rPr>)?<w:t xml:space="preserve">([^<]*)'
    rb"</w:t></w:r>)?</w:p>"
)
# one token of a table body: a row's start, a cell (its first paragraph's style, bold mark and
# text, then any further paragraphs whole), a row's end; or, where none of these starts, the rest of
# the table (other markup). So the tokens `findall` gives cover the body end to end.
_TOKEN = re.compile(
    rb"(<w:tr><w:trPr><w:cantSplit/>(?:<w:tblHeader/>)?</w:trPr>)|(</w:tr>)|"
    rb'<w:tc><w:tcPr><w:tcW w:w="\d+" w:type="dxa"/>(?:<w:gridSpan w:val="(\d+)"/>)?'
    rb"(<w:vMerge/>)?(?:<w:vMerge w:val=\"restart\"/>)?"
    rb'(?:<w:shd w:val="clear" w:color="auto" w:fill="[0-9A-F]{6}"/>)?'
    rb'(?:<w:vAlign w:val="center"/>)?</w:tcPr>'
    + _PAR
    + rb"((?:"
    + _PAR.replace(b"(", b"(?:").replace(b"(?:?:", b"(?:")
    + rb")*)</w:tc>"
    + rb"|([\s\S]+)"
)
_PARAGRAF = re.compile(_PAR)
_GAYA = re.compile(rb'<w:pStyle w:val="([A-Za-z0-9]+)"/>')
_RUJUKAN = re.compile(r"&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));")
_NAMA = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


@dataclass
class TabelCepat:
    """One table read by pattern: its grid width, rows of cells (grid column, span, whether it
    continues a vertical merge, (displayed text, bold)), the paragraph styles its cells use
    (the walk checks none is list-numbered) and its original markup (read by the walk instead
    when one is)."""

    lebar: int
    baris: list[list[tuple[int, int, bool, tuple[str, bool]]]]
    gaya: set[str]
    asli: bytes


def _balik(m: re.Match[str]) -> str:
    if m.group(1):
        return chr(int(m.group(1)))
    if m.group(2):
        return chr(int(m.group(2), 16))
    return _NAMA[m.group(3)]


def _teks(data: bytes) -> str:
    t = data.decode("utf-8")
    return _RUJUKAN.sub(_balik, t) if "&" in t else t


def _isi(tebal: bytes, teks: bytes, lagi: bytes) -> tuple[str, bool]:
    """A cell's displayed text and weight from its first paragraph (its `<w:b/>` and text, b""
    when absent) and any further ones."""
    t = " ".join(_teks(teks).split()) if teks else ""
    b = bool(t) and bool(tebal)
    if lagi:
        bagian = [t]
        for p in _PARAGRAF.finditer(lagi):
            tp = " ".join(_teks(p.group(3)).split()) if p.group(3) else ""
            bagian.append(tp)
            b = b or (bool(tp) and p.group(2) is not None)
        t = " ".join(" ".join(bagian).split())
    return t, b


def baca_tabel(xml: bytes) -> TabelCepat | None:
    """One `<w:tbl>...</w:tbl>` in tabel_xml's markup, or None for any other markup."""
    m = _KEPALA.match(xml)
    if m is None:
        return None
    lebar = m.group(1).count(b"<w:gridCol ")
    baris: list[list[tuple[int, int, bool, tuple[str, bool]]]] = []
    isi: list[tuple[int, int, bool, tuple[str, bool]]] | None = None
    kolom = 0
    gaya: set[bytes] = set()
    # one findall for the body (no match object per cell); a group that took no part is b""
    for buka, tutup, span, lanjut, g, tebal, teks, lagi, lain in _TOKEN.findall(
        xml, m.end(), len(xml) - len(_AKHIR)
    ):
        if lain:  # other markup
            return None
        if buka:  # a row starts
            if isi is not None:
                return None
            isi, kolom = [], 0
        elif tutup:  # the row ends
            if isi is None:
                return None
            baris.append(isi)
            lebar = max(lebar, kolom)
            isi = None
        else:
            if isi is None:
                return None
            rentang = max(1, int(span)) if span else 1
            gaya.add(g)
            if lagi:
                gaya.update(_GAYA.findall(lagi))
            isi.append((kolom, rentang, bool(lanjut), _isi(tebal, teks, lagi)))
            kolom += rentang
    if isi is not None or sum(len(b) for b in baris) <= 1:
        return None  # other markup, or a one-cell frame (the walk reads through it)
    return TabelCepat(lebar, baris, {g.decode("ascii") for g in gaya}, xml)


Ditulis = Mapping[
    bytes, Callable[[], tuple[int, list[list[tuple[int, int, bool, tuple[str, bool]]]], str]]]
"""Tables as their writer says reading them back gives them (grid width, rows, the cells'
paragraph style), when asked, by the SHA-256 of their markup (laporan/wordml.tabel_xml)."""


def pisahkan(xml: bytes, ditulis: Ditulis | None = None) -> tuple[bytes, list[TabelCepat]]:
    """The document part with each table in tabel_xml's markup replaced by a placeholder
    `<w:tbl lk:i="N"/>`, and those tables read; other tables stay as they are. A part that
    already names the placeholder's namespace (no writer does) is left whole to the walk.

    `ditulis`: a table whose markup is byte for byte one the report's writer has just made
    is taken as it says, not parsed (the self-check of `lakip laporan`: tests hold the two
    equal); any other table, or one changed since, is read by pattern."""
    if _AWAL not in xml or _NS_B in xml:
        return xml, []  # no table of ours, or markup naming the placeholder's namespace
    bagian: list[bytes] = []
    tabel: list[TabelCepat] = []
    awal = 0
    cari = xml.find(_AWAL)
    while cari >= 0:
        akhir = xml.find(_AKHIR, cari)
        if akhir < 0:
            break
        akhir += len(_AKHIR)
        potong = xml[cari:akhir]
        t = None
        if b"<w:tbl>" not in potong[1:]:
            tahu = ditulis.get(hashlib.sha256(potong).digest()) if ditulis else None
            if tahu is None:
                t = baca_tabel(potong)
            else:
                lebar, baris, gaya = tahu()
                t = TabelCepat(lebar, baris, {gaya}, potong)
        if t is not None:
            bagian += [
                xml[awal:cari],
                f'<w:tbl xmlns:lk="{NS}" lk:i="{len(tabel)}"/>'.encode("ascii"),
            ]
            tabel.append(t)
            awal = akhir
        cari = xml.find(_AWAL, akhir)
    if not tabel:
        return xml, []
    bagian.append(xml[awal:])
    return b"".join(bagian), tabel
