"""A table's cells as `tabel_xml` writes them: the markup around a one-line text, looked up
once per kind of cell, gives what composing each cell alone from its properties and its
paragraphs gives (any text, line breaks,
markup characters, characters beyond Latin-1, spans past the grid, merges, header rows)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lakip_xl.laporan import wordml
from lakip_xl.laporan.tabel import Sel, TabelLaporan

_TEKS = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff",
                  min_codepoint=9),
    max_size=10,
).map(lambda t: "".join(c for c in t if c in "\t\n\r" or c >= " "))
_SEL = st.builds(Sel, st.one_of(_TEKS, st.sampled_from(["", "85,71", "A & B", "<b>", "ê"])),
                 st.sampled_from(["kiri", "kanan", "tengah"]), st.booleans(), st.integers(1, 3),
                 st.booleans(), st.booleans())


def _sel_tunggal(teks: str, s: Sel, lebar: int, rentang: int, gaya: str, arsir: bool,
                 g: str | None) -> str:
    """One cell composed from its parts: its properties, then a paragraph per line."""
    paragraf = "".join(wordml._paragraf(b, s.rata, s.tebal, s.miring, gaya)
                       for b in teks.split("\n"))
    return f"{wordml._awal_sel(lebar, rentang, arsir, g)}{paragraf}</w:tc>"


def _sel_satu_satu(tab: TabelLaporan) -> list[str]:
    """Each cell of `tab` composed alone, row by row as `tabel_xml` lays them out."""
    xml = wordml.tabel_xml(tab)
    lebar = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', xml)]
    gaya = re.search(r'<w:pStyle w:val="(\w+)"/>', xml)
    ncol = len(tab.lebar)
    gabung = {}
    for i, tr in enumerate(re.findall(r"<w:tr>.*?</w:tr>", xml)):
        c = 0
        for tc in re.findall(r"<w:tc>.*?</w:tc>", tr):
            r = int(m.group(1)) if (m := re.search(r'w:gridSpan w:val="(\d+)"', tc)) else 1
            if "<w:vMerge" in tc:
                gabung[(i, c)] = "restart" if 'w:vMerge w:val="restart"' in tc else "lanjut"
            c += r
    sel = []
    for kepala, baris, akhir in wordml._letak(tab, ncol, gabung):
        for c, r, g, s in baris:
            sel.append(_sel_tunggal("" if g == "lanjut" else s.teks, s, sum(lebar[c:c + r]), r,
                                    gaya.group(1), kepala, g))
        if akhir < ncol:
            sel.append(_sel_tunggal("", Sel(""), sum(lebar[akhir:]), ncol - akhir,
                                    gaya.group(1), kepala, None))
    return sel


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 5),
    st.lists(st.lists(_SEL, min_size=1, max_size=5), max_size=2),
    st.lists(st.lists(_SEL, min_size=1, max_size=5), min_size=1, max_size=5),
)
def test_sel_sama_dengan_ditulis_satu_satu(ncol: int, kepala: list, baris: list) -> None:
    tab = TabelLaporan("x", "X", kepala=kepala, baris=baris, lebar=[1] * ncol)
    xml = wordml.tabel_xml(tab)
    ditulis = re.findall(r"<w:tc>.*?</w:tc>", xml, re.S)
    assert ditulis == _sel_satu_satu(tab)


def test_sel_dihitung_tangan() -> None:
    """A bold right-aligned "A & B" spanning both columns of a header row over a plain cell
    and an empty one: the markup worked out from WordprocessingML's cell properties."""
    tab = TabelLaporan("x", "X", kepala=[[Sel("A & B", "kanan", True, 2)]],
                       baris=[[Sel("85,71"), Sel("")]], lebar=[1, 1])
    xml = wordml.tabel_xml(tab)
    w1, w2 = (int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', xml))
    assert w1 + w2 == wordml.LEBAR_ISI_TWIP
    p = '<w:p><w:pPr><w:pStyle w:val="TabelIsi"/>'
    assert re.findall(r"<w:tc>.*?</w:tc>", xml) == [
        f'<w:tc><w:tcPr><w:tcW w:w="{w1 + w2}" w:type="dxa"/><w:gridSpan w:val="2"/>'
        '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/><w:vAlign w:val="center"/>'
        f'</w:tcPr>{p}<w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
        '<w:t xml:space="preserve">A &amp; B</w:t></w:r></w:p></w:tc>',
        f'<w:tc><w:tcPr><w:tcW w:w="{w1}" w:type="dxa"/></w:tcPr>{p}</w:pPr><w:r>'
        '<w:t xml:space="preserve">85,71</w:t></w:r></w:p></w:tc>',
        f'<w:tc><w:tcPr><w:tcW w:w="{w2}" w:type="dxa"/></w:tcPr>{p}</w:pPr></w:p></w:tc>',
    ]
