"""E.81 and Rencana Aksi as .docx: written by the report's table machinery, whole words in
every cell of the PDF, landscape, header cells merged as the form draws them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import kantor
import pytest
from docx import Document
from docx.oxml.ns import qn
from test_laporan_halaman import _kata, baca_pdf, kata_dokumen, potongan_kata

from lakip_xl.laporan import tabel as lt
from lakip_xl.laporan import wordml
from lakip_xl.laporan.ukuran import huruf
from lakip_xl.triwulan.keluaran_docx import HALAMAN

AKAR = Path(__file__).resolve().parents[1]
LAKIP = [sys.executable, "-m", "lakip_xl.cli"]


def _dokumen(buku: Path) -> list[Path]:
    hasil = []
    for perintah, nama in (("triwulan", "e81"), ("rencana-aksi", "ra")):
        keluar = buku.with_name(f"{nama}-{buku.stem}.docx")
        argumen = [*LAKIP, perintah, str(buku), "--tw", "2", "-o", str(keluar)]
        subprocess.run(argumen, check=True, capture_output=True)
        hasil.append(keluar)
    return hasil


@pytest.fixture(scope="module")
def docx(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The sample's and a Badan's E.81 and Rencana Aksi, each with its PDF beside it."""
    from lakip_xl.libreoffice.konversi import ke_pdf

    d = tmp_path_factory.mktemp("tw-docx")
    contoh = d / "contoh.xlsx"
    shutil.copy(AKAR / "workbook" / "contoh-panyipatan-2020.xlsx", contoh)
    semua = _dokumen(contoh) + _dokumen(kantor.badan(d))
    for p in semua:
        ke_pdf(p, p.with_suffix(".pdf"), perbarui_indeks=False)
    return semua


@pytest.mark.lo
@pytest.mark.parametrize("i", range(4), ids=["e81-contoh", "ra-contoh", "e81-badan", "ra-badan"])
def test_kata_utuh_di_pdf(docx: list[Path], i: int) -> None:
    p = docx[i]
    hal = baca_pdf(p.with_suffix(".pdf"))
    _, sel = kata_dokumen(p)
    # every cell word is in the PDF (split as kata_dokumen splits; a signature block near the
    # page's foot is read as its footer)
    kata_pdf = [k for h in hal for b in h.baris for k in b.kata] + [k for h in hal for k in h.kaki]
    teks_pdf = {x for k in kata_pdf for x in _kata(k)}
    assert len(sel) > 50 and sel <= teks_pdf, sorted(sel - teks_pdf)
    assert potongan_kata(p, hal) == []
    assert all(h.lanskap for h in hal)


@pytest.mark.parametrize("i", range(4), ids=["e81-contoh", "ra-contoh", "e81-badan", "ra-badan"])
def test_lebar_kolom_dari_huruf(docx: list[Path], i: int) -> None:
    """The grid fills the page across (29,7 cm less two 1 cm margins) and no column is
    narrower than the widest single-column word in it, measured in its own type size."""
    d = Document(str(docx[i]))
    tbl = d.element.body.find(qn("w:tbl"))
    grid = [int(g.get(qn("w:w"))) for g in tbl.iter(qn("w:gridCol"))]
    assert sum(grid) == (16838 - 2 * 567) == HALAMAN.lebar
    gaya = {p.get(qn("w:val")) for p in tbl.iter(qn("w:pStyle"))}
    assert len(gaya) == 1
    pt = wordml.UKURAN_PT[gaya.pop()]
    for tr in tbl.iter(qn("w:tr")):
        c = 0
        for tc in tr.iter(qn("w:tc")):
            span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            r = 1 if span is None else int(span.get(qn("w:val")))
            if r == 1:
                for t in tc.iter(qn("w:t")):
                    tebal = t.getparent().find(f"{qn('w:rPr')}/{qn('w:b')}") is not None
                    for kata in (t.text or "").split(" "):
                        if kata:
                            perlu = huruf(tebal).kata(kata) * pt * 20
                            assert grid[c] >= perlu, (kata, grid[c], perlu)
            c += r


def test_kepala_bergabung_ke_bawah_dan_ke_samping() -> None:
    """A header cell two rows high and two columns wide: one cell spanning two grid columns
    that restarts a vertical merge, continued in the row below with the same span."""
    kepala = [
        [lt.Sel("No", "tengah", True), lt.Sel("Target", "tengah", True, rentang=2)],
        [lt.Sel("", lanjut_atas=True), lt.Sel("", lanjut_atas=True, rentang=2)],
    ]
    tab = lt.TabelLaporan("x", "", kepala, [[lt.k("1"), lt.k("a"), lt.k("b")]], [1, 2, 2])
    xml = wordml.tabel_xml(tab, HALAMAN)
    baris = xml.split("<w:tr>")[1:]
    assert baris[0].count('<w:vMerge w:val="restart"/>') == 2
    assert baris[1].count("<w:vMerge/>") == 2 and '<w:gridSpan w:val="2"/>' in baris[1]
    assert wordml.MULAI_LANSKAP not in xml  # a page of its own: no landscape section marks


def _nilai(xlsx: Path) -> list[tuple]:
    import openpyxl

    wb = openpyxl.load_workbook(xlsx, data_only=True)
    return [tuple(r) for ws in wb.worksheets for r in ws.iter_rows(values_only=True)]


@pytest.mark.lo
@pytest.mark.parametrize("perintah", ["triwulan", "rencana-aksi"])
def test_ods_dibaca_seperti_xlsx(tmp_path: Path, perintah: str) -> None:
    """An .ods workbook (what `lakip contoh -o x.ods` writes, as LibreOffice users keep it)
    gives the same document as the same workbook in .xlsx, and the .ods is left as it was."""
    xlsx = tmp_path / "contoh.xlsx"
    shutil.copy(AKAR / "workbook" / "contoh-panyipatan-2020.xlsx", xlsx)
    ods = tmp_path / "contoh.ods"
    subprocess.run([*LAKIP, "contoh", "-o", str(ods)], check=True, capture_output=True)
    isi_ods = ods.read_bytes()
    keluar = {}
    for buku in (xlsx, ods):
        keluar[buku.suffix] = tmp_path / f"{perintah}-{buku.suffix[1:]}.xlsx"
        argumen = [*LAKIP, perintah, str(buku), "--tw", "2", "-o", str(keluar[buku.suffix])]
        p = subprocess.run(argumen, capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
    assert _nilai(keluar[".ods"]) == _nilai(keluar[".xlsx"])
    assert len(_nilai(keluar[".ods"])) > 20
    assert ods.read_bytes() == isi_ods
