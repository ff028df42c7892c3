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
from hypothesis import given, settings
from hypothesis import strategies as st

from lakip_xl import operasi
from lakip_xl.laporan.tabel import Sel, TabelLaporan
from lakip_xl.laporan.wordml import kunci_tabel, tabel_xml
from lakip_xl.reviu import baca_docx, ooxml, tabel_cepat


def _laporan(buku: Path) -> tuple[Path, dict]:
    keluar = buku.with_name("laporan.docx")
    hl = operasi.laporan_hasil(operasi.hitung_buku(buku), keluar, path_buku=buku,
                               catat_tabel=True)
    return keluar, hl.tabel_ditulis


@pytest.mark.parametrize("kantor_", ["contoh", "dinas", "badan_reviu", "bidang"])
def test_laporan_sendiri_sama_dengan_pembacaan_lxml(
    kantor_: str, contoh_xlsx: Path, tmp_path: Path
) -> None:
    if kantor_ == "contoh":
        buku = tmp_path / "contoh.xlsx"
        buku.write_bytes(contoh_xlsx.read_bytes())
    else:
        buku = getattr(kantor, kantor_)(tmp_path)
    docx, ditulis = _laporan(buku)
    lambat, cepat = baca_docx.baca(docx, cepat=False), baca_docx.baca(docx)
    assert cepat == lambat
    # every table of the report is lakip's own (the template has none): all read by pattern
    paket = ooxml.buka(docx, cepat=True)
    assert len(paket.cepat) == len(lambat.tabel) > 5
    # and every one is a table the writer says how it reads: the self-check takes them so,
    # and gets the same document
    assert all(kunci_tabel(t.asli) in ditulis for t in paket.cepat)
    assert baca_docx.baca(docx, ditulis=ditulis) == lambat


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


def _tbl(xml: str) -> bytes:
    """The `<w:tbl>` of tabel_xml's output, as it stands in word/document.xml."""
    return xml[xml.index("<w:tbl>") : xml.index("</w:tbl>") + len("</w:tbl>")].encode("utf-8")


def test_tabel_ditulis_seperti_dihitung_tangan() -> None:
    """What the writer says reading its table back gives, cell by cell, worked out by hand from
    `_tabel`: header cells merged down and the `lanjut_atas` cell continue the cell above
    (no text of their own), the span covers two grid columns, two paragraphs read as one
    line, spaces trimmed, bold only where there is text."""
    ditulis: dict = {}
    xml = tabel_xml(_tabel(), ditulis=ditulis)
    assert list(ditulis) == [kunci_tabel(_tbl(xml))]
    lebar, baris, gaya = ditulis[kunci_tabel(_tbl(xml))]()
    assert (lebar, gaya) == (4, "TabelIsi")
    assert baris == [
        [(0, 1, False, ("No", True)), (1, 1, False, ("Indikator", True)),
         (2, 2, False, ("Capaian", True))],
        [(0, 1, True, ("", False)), (1, 1, True, ("", False)), (2, 1, False, ("Target", True)),
         (3, 1, False, ("Realisasi", True))],
        [(0, 1, False, ("1", False)), (1, 1, False, ('Persentase R&D <baru> "siap" – café', False)),
         (2, 1, False, ("90", False)), (3, 1, False, ("85,5", False))],
        [(0, 1, False, ("2", False)), (1, 1, False, ("Baris dua lanjutan", True)),
         (2, 1, False, ("100", False)), (3, 1, False, ("", False))],
        [(0, 1, True, ("", False)), (1, 1, False, ("Sasaran sama", False)),
         (2, 1, False, ("7", False)), (3, 1, False, ("8", False))],
    ]
    t = tabel_cepat.baca_tabel(_tbl(xml))
    assert t is not None and (t.lebar, t.baris, t.gaya) == (lebar, baris, {gaya})


def test_tabel_diubah_dibaca_dari_berkas() -> None:
    """A table changed after it was written (its bytes are no longer the writer's) is read
    from the markup: the self-check sees what the file holds, not what was meant."""
    ditulis: dict = {}
    xml = tabel_xml(_tabel(), ditulis=ditulis)
    ubah = xml.replace(">85,5<", ">86,5<")
    assert ubah != xml
    _, (asli,) = tabel_cepat.pisahkan(b"<w:body>" + _tbl(xml) + b"</w:body>", ditulis)
    _, (baru,) = tabel_cepat.pisahkan(b"<w:body>" + _tbl(ubah) + b"</w:body>", ditulis)
    assert asli.baris[2][3] == (3, 1, False, ("85,5", False))
    assert baru.baris[2][3] == (3, 1, False, ("86,5", False))
    assert baru.asli == _tbl(ubah)


def test_tabel_kecil_tidak_dicatat() -> None:
    """A table reading by pattern refuses (one cell, or no column at all) is not noted: the
    walk reads it, as it reads any table."""
    ditulis: dict = {}
    satu = TabelLaporan("a", "A", kepala=[], baris=[[Sel("x")]], lebar=[1])
    kosong = TabelLaporan("b", "B", kepala=[], baris=[], lebar=[])
    for t in (satu, kosong):
        xml = tabel_xml(t, ditulis=ditulis)
        assert tabel_cepat.baca_tabel(_tbl(xml)) is None
    assert ditulis == {}


_TEKS = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff",
                  min_codepoint=9),
    max_size=12,
).map(lambda t: "".join(c for c in t if c in "\t\n\r" or c >= " "))
_SEL = st.builds(Sel, _TEKS, st.sampled_from(["kiri", "kanan", "tengah"]), st.booleans(),
                 st.integers(1, 3), st.booleans(), st.booleans())


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 5),
    st.lists(st.lists(_SEL, max_size=5), max_size=2),
    st.lists(st.lists(_SEL, max_size=5), max_size=5),
    st.booleans(),
)
def test_tabel_ditulis_sama_dengan_pembacaan_pola(ncol, kepala, baris, kecil) -> None:
    """Any table, any text (white space of every kind, line breaks, markup characters,
    characters beyond Latin-1), spans past the grid, merges: what the writer notes is
    exactly what reading its markup by pattern gives, and it notes it exactly when that
    reading accepts the table."""
    tab = TabelLaporan("x", "X", kepala=kepala, baris=baris, lebar=[1] * ncol, kecil=kecil)
    ditulis: dict = {}
    xml = tabel_xml(tab, ditulis=ditulis)
    dibaca = tabel_cepat.baca_tabel(_tbl(xml))
    if dibaca is None:
        assert ditulis == {}
    else:
        assert list(ditulis) == [kunci_tabel(_tbl(xml))]
        assert len(dibaca.gaya) == 1
        lebar, baris, gaya = ditulis[kunci_tabel(_tbl(xml))]()
        assert (lebar, baris, {gaya}) == (dibaca.lebar, dibaca.baris, dibaca.gaya)


def test_pemeriksaan_laporan_memakai_tabel_ditulis(contoh_xlsx: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`lakip laporan`'s self-check takes every table of the report as its writer noted it:
    none is parsed again by pattern, and the check still reads the whole report."""
    from lakip_xl import cli
    from lakip_xl.reviu import tinjau

    dibaca: list[bytes] = []
    asli = tabel_cepat.baca_tabel
    monkeypatch.setattr(tabel_cepat, "baca_tabel", lambda xml: dibaca.append(xml) or asli(xml))
    ditinjau: list[int] = []
    asli_tinjau = tinjau.tinjau

    def hitung_tabel(path, ditulis=None):
        ditinjau.append(len(ditulis or {}))
        return asli_tinjau(path, ditulis)

    monkeypatch.setattr(tinjau, "tinjau", hitung_tabel)
    tujuan = tmp_path / "laporan.docx"
    assert cli.main(["laporan", str(contoh_xlsx), "-o", str(tujuan)]) == 0
    assert len(ditinjau) == 1 and ditinjau[0] > 5
    assert dibaca == []
    assert len(ooxml.buka(tujuan, cepat=True).cepat) > 5


def test_tanpa_pemeriksaan_tanpa_catatan(contoh_xlsx: Path, tmp_path: Path) -> None:
    """A report written by a caller that does not check it (`operasi.laporan`, a library
    use) keeps no record of its tables: nothing of them stays in memory with the result."""
    hl = operasi.laporan(contoh_xlsx, tmp_path / "laporan.docx")
    assert hl.tabel_ditulis == {}
    assert len(ooxml.buka(tmp_path / "laporan.docx", cepat=True).cepat) > 5
