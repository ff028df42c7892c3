"""The reviu's pattern reader of lakip's own tables (reviu/tabel_cepat.py) reads every cell as
the lxml walk does: the whole Dokumen of our reports is equal both ways, every table of them is
read by pattern, hand-built tables give the cells worked out by hand, and a table in any other
markup (or with a list-numbered cell style) is read by the walk."""

from __future__ import annotations

import zipfile
from pathlib import Path

import kantor
import pytest
from docx import Document

from lakip_xl import operasi
from lakip_xl.laporan.tabel import Sel, TabelLaporan
from lakip_xl.laporan.wordml import tabel_xml
from lakip_xl.reviu import baca_docx, ooxml, tabel_cepat


def _laporan(buku: Path) -> Path:
    keluar = buku.with_name("laporan.docx")
    operasi.laporan_hasil(operasi.hitung_buku(buku), keluar, path_buku=buku)
    return keluar


@pytest.mark.parametrize("kantor_", ["contoh", "dinas", "badan_reviu", "bidang"])
def test_laporan_sendiri_sama_dengan_pembacaan_lxml(
    kantor_: str, contoh_xlsx: Path, tmp_path: Path
) -> None:
    if kantor_ == "contoh":
        buku = tmp_path / "contoh.xlsx"
        buku.write_bytes(contoh_xlsx.read_bytes())
    else:
        buku = getattr(kantor, kantor_)(tmp_path)
    docx = _laporan(buku)
    lambat, cepat = baca_docx.baca(docx, cepat=False), baca_docx.baca(docx)
    assert cepat == lambat
    # every table of the report is lakip's own (the template has none): all read by pattern
    assert len(ooxml.buka(docx, cepat=True).cepat) == len(lambat.tabel) > 5


def _docx(tmp_path: Path, *tabel: str, nomor_gaya: bool = False) -> Path:
    """A Word document whose body holds the given table markup between two paragraphs."""
    asal = tmp_path / "asal.docx"
    d = Document()
    d.add_paragraph("Tabel 1 Capaian")
    d.add_paragraph("PENANDA")
    d.add_paragraph("Penutup.")
    if nomor_gaya:  # the cells' style becomes a numbered list style (a label before the text)
        gaya = d.styles.add_style("TabelIsi", 1)
        ppr = gaya.element.get_or_add_pPr()
        ppr.append(ppr.makeelement(f"{ooxml.W}numPr", {}))
        num = ppr[-1]
        num.append(num.makeelement(f"{ooxml.W}ilvl", {f"{ooxml.W}val": "0"}))
        num.append(num.makeelement(f"{ooxml.W}numId", {f"{ooxml.W}val": "1"}))
    d.save(asal)
    keluar = tmp_path / "uji.docx"
    with zipfile.ZipFile(asal) as z, zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            isi = z.read(info.filename)
            if info.filename == "word/document.xml":
                teks = isi.decode("utf-8")
                awal = teks.rindex("<w:p>", 0, teks.index("PENANDA"))
                akhir = teks.index("</w:p>", awal) + len("</w:p>")
                isi = (teks[:awal] + "".join(tabel) + teks[akhir:]).encode("utf-8")
            out.writestr(info, isi)
    return keluar


def _tabel() -> TabelLaporan:
    return TabelLaporan(
        "uji",
        "Capaian",
        kepala=[
            [
                Sel("No", tebal=True),
                Sel("Indikator", tebal=True),
                Sel("Capaian", tebal=True, rentang=2),
            ],
            [Sel(""), Sel(""), Sel("Target", tebal=True), Sel("Realisasi", tebal=True)],
        ],
        baris=[
            [Sel("1"), Sel('Persentase R&D <baru> "siap" – café'), Sel("90"), Sel("85,5")],
            [Sel("2"), Sel("Baris dua\nlanjutan", tebal=True), Sel("100"), Sel("")],
            [Sel("3", lanjut_atas=True), Sel("Sasaran sama"), Sel("  7  "), Sel("8")],
        ],
        lebar=[1, 4, 2, 2],
        tanda_baku=False,
    )


def test_sel_dibaca_seperti_dihitung_tangan(tmp_path: Path) -> None:
    docx = _docx(tmp_path, tabel_xml(_tabel()))
    paket = ooxml.buka(docx, cepat=True)
    assert len(paket.cepat) == 1
    dok = baca_docx.baca(docx)
    assert dok == baca_docx.baca(docx, cepat=False)
    (t,) = dok.tabel
    assert (t.nomor, t.judul) == ("1", "Capaian")
    teks = [[s.teks for s in b] for b in t.baris]
    assert teks == [
        ["No", "Indikator", "Capaian", "Capaian"],  # the span fills both its columns
        ["No", "Indikator", "Target", "Realisasi"],  # empty header cells merged down
        ["1", 'Persentase R&D <baru> "siap" – café', "90", "85,5"],
        ["2", "Baris dua lanjutan", "100", ""],  # two paragraphs read as one line
        ["2", "Sasaran sama", "7", "8"],  # continues the cell above; spaces trimmed
    ]
    tebal = [[s.tebal for s in b] for b in t.baris]
    assert tebal[0] == [True] * 4 and tebal[3] == [False, True, False, False]
    assert tebal[2] == [False] * 4
    assert [p.teks for p in dok.paragraf] == ["Tabel 1 Capaian", "Penutup."]


def test_tanda_lain_dibaca_lxml(tmp_path: Path) -> None:
    """A cell property tabel_xml never writes (w:noWrap): the table is left to the walk, and
    the document reads the same."""
    xml = tabel_xml(_tabel()).replace("<w:tcPr>", "<w:tcPr><w:noWrap/>", 1)
    docx = _docx(tmp_path, xml)
    assert ooxml.buka(docx, cepat=True).cepat == []
    dok = baca_docx.baca(docx)
    assert dok == baca_docx.baca(docx, cepat=False)
    assert dok.tabel[0].baris[2][0].teks == "1"


@pytest.mark.parametrize(
    "ubah",
    [
        # the last cell's properties, after every other token has been read by pattern
        lambda x: x[: x.rindex("<w:tcPr>")] + "<w:tcPr><w:noWrap/>" + x[x.rindex("<w:tcPr>") + 8 :],
        # a bookmark between the last cell and its row's end (Word writes them there)
        lambda x: x[: x.rindex("</w:tr>")]
        + '<w:bookmarkStart w:id="0" w:name="a"/><w:bookmarkEnd w:id="0"/>'
        + x[x.rindex("</w:tr>") :],
        # a line break between two rows, as a pretty-printing tool leaves
        lambda x: x.replace("</w:tr>", "</w:tr>\n", 1),
    ],
    ids=["sel-terakhir", "penanda-di-baris", "baris-baru-antarbaris"],
)
def test_tanda_lain_di_tengah_dibaca_lxml(tmp_path: Path, ubah) -> None:
    """Markup tabel_xml never writes, after cells already read by pattern: the whole table is
    left to the walk, and the document reads the same."""
    xml = ubah(tabel_xml(_tabel()))
    assert xml != tabel_xml(_tabel())
    docx = _docx(tmp_path, xml)
    assert ooxml.buka(docx, cepat=True).cepat == []
    dok = baca_docx.baca(docx)
    assert dok == baca_docx.baca(docx, cepat=False)
    assert dok.tabel[0].baris[2][0].teks == "1"


def test_gaya_bernomor_dibaca_lxml(tmp_path: Path) -> None:
    """Cells whose style is list-numbered show a label before their text: the table read by
    pattern is handed back to the walk, which gives the labels."""
    docx = _docx(tmp_path, tabel_xml(_tabel()), nomor_gaya=True)
    assert len(ooxml.buka(docx, cepat=True).cepat) == 1
    dok = baca_docx.baca(docx)
    assert dok == baca_docx.baca(docx, cepat=False)
    assert dok.tabel[0].baris[2][0].teks.endswith("1") and dok.tabel[0].baris[2][0].teks != "1"


def test_pisahkan_menyisakan_tabel_lain() -> None:
    ours = tabel_xml(_tabel()).encode()
    asing = b"<w:tbl><w:tblPr/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
    kerangka, tabel = tabel_cepat.pisahkan(b"<w:body>" + asing + ours + ours + b"</w:body>")
    assert len(tabel) == 2
    assert kerangka.count(b"lk:i=") == 2 and asing in kerangka
    assert b'lk:i="0"' in kerangka and b'lk:i="1"' in kerangka


def test_tanda_tiruan_dibaca_lxml(tmp_path: Path) -> None:
    """A document that already carries the placeholder's attribute (crafted, or saved by a tool
    that kept it) is not read by pattern at all: the walk reads it, and an empty table with
    the attribute is nothing, not table 0 of ours read twice."""
    tiruan = f'<w:tbl xmlns:lk="{tabel_cepat.NS}" lk:i="0"/>'
    docx = _docx(tmp_path, tabel_xml(_tabel()), tiruan, tabel_xml(_tabel()))
    assert ooxml.buka(docx, cepat=True).cepat == []
    dok = baca_docx.baca(docx)
    assert dok == baca_docx.baca(docx, cepat=False)
    assert len(dok.tabel) == 2
    assert dok.tabel[1].baris[2][1].teks == 'Persentase R&D <baru> "siap" – café'
