"""A Tujuan or Sasaran repeated on consecutive Renstra rows is one cell merged down (issue 10),
in the WordprocessingML and in the sample report read back with python-docx."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from lakip_xl.laporan.tabel import Sel, TabelLaporan
from lakip_xl.laporan.wordml import tabel_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _vmerge(tc: etree._Element) -> str | None:
    """'restart', 'lanjut' or None for a w:tc."""
    v = tc.find(f"{{{W}}}tcPr/{{{W}}}vMerge")
    if v is None:
        return None
    return "restart" if v.get(f"{{{W}}}val") == "restart" else "lanjut"


def test_sel_lanjut_atas_jadi_vmerge() -> None:
    tab = TabelLaporan(
        "uji",
        "Uji",
        [[Sel("Sasaran"), Sel("Indikator")]],
        [
            [Sel("S1"), Sel("I1")],
            [Sel("", lanjut_atas=True), Sel("I2")],
            [Sel("", lanjut_atas=True), Sel("I3")],
            [Sel("S2"), Sel("I4")],
        ],
        [1, 1],
    )
    xml = f'<w:body xmlns:w="{W}">{tabel_xml(tab)}</w:body>'
    baris = etree.fromstring(xml.encode()).findall(f".//{{{W}}}tr")
    kolom1 = [_vmerge(tr.findall(f"{{{W}}}tc")[0]) for tr in baris]
    kolom2 = [_vmerge(tr.findall(f"{{{W}}}tc")[1]) for tr in baris]
    # header, S1 starts the merge, two rows continue it, S2 stands alone
    assert kolom1 == [None, "restart", "lanjut", "lanjut", None]
    assert kolom2 == [None] * 5


def test_lanjut_atas_tanpa_sel_di_atas_tidak_digabung() -> None:
    """The first body row has nothing above it in the body: it is never merged into the
    header."""
    tab = TabelLaporan("uji", "Uji", [[Sel("A")]], [[Sel("x", lanjut_atas=True)]], [1])
    xml = f'<w:body xmlns:w="{W}">{tabel_xml(tab)}</w:body>'
    assert _vmerge(etree.fromstring(xml.encode()).findall(f".//{{{W}}}tc")[1]) is None


def test_renstra_contoh_menggabungkan_tujuan_berulang(contoh_xlsx: Path, tmp_path: Path) -> None:
    """The sample's Renstra: the second Tujuan ("Terwujudnya akuntabilitas kinerja ...") has
    two sasaran, so its Tujuan, Indikator Tujuan and Target Tujuan cells span two rows."""
    from lakip_xl import operasi

    keluar = tmp_path / "lap.docx"
    operasi.laporan(contoh_xlsx, keluar)
    doc = Document(str(keluar))
    tabel = next(
        t
        for t in doc.tables
        if t.rows[0].cells[1].text == "Tujuan" and "Target Kinerja" in t._tbl.xml
    )
    tr = tabel._tbl.findall(qn("w:tr"))
    # rows: 2 header rows, then Tujuan 1 (one sasaran), Tujuan 2 (two sasaran)
    tujuan = [_vmerge(r.findall(qn("w:tc"))[1]) for r in tr[2:5]]
    assert tujuan == [None, "restart", "lanjut"]
    teks = [r.findall(qn("w:tc"))[1] for r in tr[2:5]]
    assert "".join(teks[1].itertext()).startswith("Terwujudnya akuntabilitas")
    assert "".join(teks[2].itertext()) == ""
