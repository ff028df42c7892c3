"""How `lakip reviu` reads .docx files as offices make them in Word: tracked changes, tables in
frames, content controls and text boxes, cells shifted by Delete Cells, merges, Strict OOXML,
passwords, macros, list-numbered chapters and zip bombs. Each document is written in the test as
Word writes it (tests/word_xml.py); expected findings are worked out by hand in the comments."""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from word_xml import docx, p, tabel_capaian, tbl, tc, tr

from lakip_xl.errors import LakipError
from lakip_xl.libreoffice import konversi as office
from lakip_xl.reviu.inti import baca, reviu

INS = 'w:id="{}" w:author="Staf Perencanaan" w:date="2025-02-10T09:00:00Z"'


def angka_salah(hasil) -> list[tuple[str, str]]:
    """(Tertulis, Seharusnya) of every finding that is not about completeness."""
    return sorted((t.tertulis.strip(), t.seharusnya) for t in hasil.temuan
                  if t.jenis != "Kelengkapan")


def lakip(*argumen: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lakip_xl.cli", *map(str, argumen)],
                          capture_output=True, text=True, timeout=600)


def test_perubahan_terlacak_dibaca_seperti_tampilannya(tmp_path: Path) -> None:
    # Realisasi edited 80,00 -> 90,00 under Track Changes: "8" deleted, "9" inserted.
    diedit = tc(f'<w:p><w:del {INS.format(1)}><w:r><w:delText>8</w:delText></w:r></w:del>'
                f'<w:ins {INS.format(2)}><w:r><w:t>9</w:t></w:r></w:ins>'
                '<w:r><w:t>0,00</w:t></w:r></w:p>', mentah=True)
    dihapus = f"<w:del {INS.format(3)}/>"
    disisip = f"<w:ins {INS.format(4)}/>"
    body = (
        p("BAB III AKUNTABILITAS KINERJA", "Heading1")
        # the moved sentence shows once, where it was moved to
        + f'<w:p><w:moveFrom {INS.format(5)}><w:r><w:t>Capaian dihitung dari realisasi. '
          '</w:t></w:r></w:moveFrom><w:r><w:t>Tabel berikut memuat capaian.</w:t></w:r>'
          f'<w:moveTo {INS.format(6)}><w:r><w:t xml:space="preserve"> Capaian dihitung dari '
          'realisasi.</w:t></w:r></w:moveTo></w:p>'
        + p("Tabel 3.1 Capaian Indikator Kinerja Tahun 2024")
        + tbl(tr(tc("No"), tc("Indikator Kinerja"), tc("Target"), tc("Realisasi"),
                 tc("Capaian (%)")),
              # 90,00 / 100,00 x 100 = 90,00: right once the edit is read
              tr(tc("1"), tc("Persentase desa tertib administrasi"), tc("100,00"), diedit,
                 tc("90,00")),
              # a deleted row no longer shows: its wrong capaian is no finding
              tr(tc("2"), tc("Persentase arsip tertata"), tc("100,00"), tc("50,00"),
                 tc("75,00"), pr=dihapus),
              # an inserted row shows: 40,00 / 50,00 x 100 = 80,00, printed 90,00
              tr(tc("3"), tc("Persentase layanan tepat waktu"), tc("50,00"), tc("40,00"),
                 tc("90,00"), pr=disisip))
    )
    f = docx(tmp_path / "lacak.docx", body)
    hasil = reviu(f)
    tabel = hasil.dokumen.tabel[0]
    assert [s.teks for s in tabel.baris[1]][2:] == ["100,00", "90,00", "90,00"]
    assert [r[1].teks for r in tabel.baris] == ["Indikator Kinerja", "Persentase desa tertib "
                                                "administrasi", "Persentase layanan tepat waktu"]
    assert "Tabel berikut memuat capaian. Capaian dihitung dari realisasi." in [
        x.teks for x in hasil.dokumen.paragraf]
    assert angka_salah(hasil) == [("90,00", "80,00")]
    r = lakip("reviu", f, "-o", tmp_path / "temuan.xlsx", "--komentar", tmp_path / "kom.docx")
    assert r.returncode == 0, r.stderr
    assert "Salinan bertanda komentar (1 komentar)" in r.stdout
    with zipfile.ZipFile(tmp_path / "kom.docx") as z:
        xml = z.read("word/document.xml").decode()
    # the comment sits on the cell of the inserted row's capaian (the finding's place)
    baris = xml.split("<w:tr>")[-1]
    assert "commentRangeStart" in baris and "Persentase layanan tepat waktu" in baris
    assert "perubahan terlacak (Track Changes)" in r.stdout
    assert "dibaca seperti tampilannya" in r.stdout
    import openpyxl

    wb = openpyxl.load_workbook(tmp_path / "temuan.xlsx", read_only=True)
    catatan = [row for row in wb["Ringkasan"].iter_rows(values_only=True)
               if row[0] == "Catatan pembacaan"]
    wb.close()
    assert len(catatan) == 1 and "sisipan ikut dibaca, hapusan diabaikan" in catatan[0][2]


def _kotak_teks(isi: str) -> str:
    """A text box as Word 2010+ saves it: the DrawingML shape and its VML fallback, both holding
    the same content."""
    return (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor '
        'distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5400000" cy="1800000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext '
        'cx="5400000" cy="1800000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'</wps:spPr><wps:txbx><w:txbxContent>{isi}</w:txbxContent></wps:txbx><wps:bodyPr '
        'rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData>'
        '</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype '
        'id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>'
        '</v:shapetype><v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:425.2pt;height:141.75pt;'
        'z-index:1" strokeweight=".5pt"><v:textbox><w:txbxContent>'
        f'{isi}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r></w:p>"
    )


def _tabel(baris: tuple[str, str, str, str, str], sel_sdt: bool = False) -> str:
    kepala = tr(tc("No"), tc("Indikator Kinerja"), tc("Target"), tc("Realisasi"),
                tc("Capaian (%)"))
    sel = [tc(x) for x in baris]
    if sel_sdt:  # the capaian cell inside a cell-level content control
        sel[4] = ('<w:sdt><w:sdtPr><w:alias w:val="Capaian"/><w:tag w:val="capaian"/><w:id '
                  f'w:val="11"/></w:sdtPr><w:sdtContent>{sel[4]}</w:sdtContent></w:sdt>')
    return tbl(kepala, tr(*sel))


def test_tabel_dalam_bingkai_kontrol_isi_dan_kotak_teks(tmp_path: Path) -> None:
    bingkai = tbl(tr(tc(p("Tabel 3.1 Capaian Sasaran 1") +
                        _tabel(("1", "Persentase desa tertib", "100,00", "90,00", "95,00")) +
                        p(""), lebar=9000, mentah=True)), kolom=1, lebar=9000)
    sdt = ('<w:sdt><w:sdtPr><w:id w:val="7"/><w:docPartObj><w:docPartGallery w:val="Quick '
           'Parts"/></w:docPartObj></w:sdtPr><w:sdtContent>' + p("Tabel 3.2 Capaian Sasaran 2")
           + _tabel(("1", "Persentase arsip tertata", "100,00", "80,00", "85,00"))
           + "</w:sdtContent></w:sdt>")
    sel = p("Tabel 3.3 Capaian Sasaran 3") + _tabel(
        ("1", "Persentase layanan tepat waktu", "100,00", "70,00", "75,00"), sel_sdt=True)
    kotak = _kotak_teks(p("Tabel 3.4 Capaian Sasaran 4") + _tabel(
        ("1", "Persentase pengaduan selesai", "100,00", "60,00", "65,00")) + p(""))
    body = p("BAB III AKUNTABILITAS KINERJA", "Heading1") + bingkai + sdt + sel + kotak
    hasil = reviu(docx(tmp_path / "wadah.docx", body))
    # each capaian is realisasi / 100,00 x 100: 90, 80, 70, 60; each found once (the text box's
    # two branches are one table), and the one-cell frame is no table of its own
    assert angka_salah(hasil) == [("65,00", "60,00"), ("75,00", "70,00"), ("85,00", "80,00"),
                                  ("95,00", "90,00")]
    assert hasil.tabel_dibaca == 4
    # each with the caption typed above it, inside its frame, control or text box
    assert [t.judul[-9:] for t in hasil.dokumen.tabel] == [
        "Sasaran 1", "Sasaran 2", "Sasaran 3", "Sasaran 4"]


def test_gabung_vertikal_di_baris_pertama_dan_tanpa_tblgrid(tmp_path: Path) -> None:
    # a first row that continues a vertical merge (nothing above it) and a table without
    # w:tblGrid, as some converters write: both read; 45 / 50 x 100 = 90,00, printed 95,00
    aneh = tbl(tr(tc("No", vmerge="continue"), tc("Indikator Kinerja", vmerge="continue"),
                  tc("Target"), tc("Realisasi"), tc("Capaian (%)")),
               tr(tc("1"), tc("Persentase desa tertib"), tc("50,00"), tc("45,00"),
                  tc("95,00")), kolom=None)
    body = p("BAB III AKUNTABILITAS KINERJA", "Heading1") + p("Tabel 3.1 Capaian") + aneh
    hasil = reviu(docx(tmp_path / "aneh.docx", body))
    assert hasil.dilewati == []
    assert angka_salah(hasil) == [("95,00", "90,00")]
    assert [s.teks for s in hasil.dokumen.tabel[0].baris[0]] == [
        "No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]


def test_sel_bergeser_gridbefore_gridafter(tmp_path: Path) -> None:
    # Word's Delete Cells left the first row short on the left and a total row short on the
    # right: the grid keeps every value under its own header. 30 / 40 x 100 = 75,00 printed
    # 80,00; the other rows are right (90/100 = 90,00; 8/10 = 80,00).
    t = tbl(tr(tc("Indikator Kinerja", span=2), tc("Target"), tc("Realisasi"),
               tc("Capaian (%)")),
            tr(tc("Persentase desa tertib"), tc("100,00"), tc("90,00"), tc("90,00"),
               sebelum=1),
            tr(tc("2"), tc("Jumlah dokumen perencanaan"), tc("10"), tc("8"), tc("80,00")),
            tr(tc("3"), tc("Persentase arsip tertata"), tc("40,00"), tc("30,00"),
               tc("80,00")),
            tr(tc("Keterangan: capaian = realisasi / target x 100", span=3), sesudah=2))
    body = p("BAB III AKUNTABILITAS KINERJA", "Heading1") + p("Tabel 3.1 Capaian") + t
    hasil = reviu(docx(tmp_path / "geser.docx", body))
    baris = [[s.teks for s in r] for r in hasil.dokumen.tabel[0].baris]
    assert baris[1] == ["", "Persentase desa tertib", "100,00", "90,00", "90,00"]
    assert baris[4][3:] == ["", ""]
    assert angka_salah(hasil) == [("80,00", "75,00")]


def test_strict_ooxml_dibaca(tmp_path: Path) -> None:
    # 40 / 50 x 100 = 80,00, printed 90,00
    body = p("BAB III AKUNTABILITAS KINERJA", "Heading1") + tabel_capaian(
        [("1", "Persentase layanan tepat waktu", "50,00", "40,00", "90,00")])
    f = docx(tmp_path / "strict.docx", body, strict=True)
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in zipfile.ZipFile(f).read(
        "word/document.xml")
    hasil = reviu(f)
    assert angka_salah(hasil) == [("90,00", "80,00")]
    assert hasil.dokumen.paragraf[0].bab == "BAB III AKUNTABILITAS KINERJA"


def test_docm_dibaca(tmp_path: Path) -> None:
    body = p("BAB III AKUNTABILITAS KINERJA", "Heading1") + tabel_capaian(
        [("1", "Persentase layanan tepat waktu", "50,00", "40,00", "90,00")])
    hasil = reviu(docx(tmp_path / "laporan.docm", body, makro=True))
    assert angka_salah(hasil) == [("90,00", "80,00")]


def test_docx_berkata_sandi_disebut_dilindungi(tmp_path: Path) -> None:
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    polos = docx(tmp_path / "polos.docx", p("BAB I PENDAHULUAN", "Heading1"))
    sandi = tmp_path / "laporan-sandi.docx"
    with polos.open("rb") as masuk, sandi.open("wb") as keluar:
        OOXMLFile(masuk).encrypt("rahasia", keluar)
    assert sandi.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    assert msoffcrypto.OfficeFile(sandi.open("rb")).is_encrypted()
    with pytest.raises(LakipError) as e:
        baca(sandi)
    pesan = str(e.value)
    assert "dilindungi kata sandi" in pesan and "rusak" not in pesan
    r = lakip("reviu", sandi, "-o", tmp_path / "t.xlsx")
    assert r.returncode == 1 and "dilindungi kata sandi" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle '
    'w:val="Heading1"/><w:suff w:val="space"/><w:lvlText w:val="BAB %1"/><w:lvlJc '
    'w:val="center"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText '
    'w:val="%2."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt '
    'w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>'
    '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
)


def _butir(num: str, ilvl: int, teks: str) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
            f'</w:pPr><w:r><w:t>{teks}</w:t></w:r></w:p>')


ISI = ("Bagian ini menguraikan hal yang diatur dalam pedoman penyusunan laporan kinerja "
       "instansi pemerintah.")


def test_bab_bernomor_daftar_word(tmp_path: Path) -> None:
    # Heading 1 numbered by the list "BAB %1" in upper Roman: the text typed is only the title.
    # Each chapter has a sentence of body text: Kelengkapan finds a chapter by its body, and a
    # heading with only short list items under it is "ada tetapi tanpa isi" (issue 18).
    body = (p("IKHTISAR EKSEKUTIF") + p(ISI) + p("PENDAHULUAN", "Heading1")
            + _butir("1", 1, "Latar Belakang") + _butir("1", 1, "Maksud dan Tujuan")
            + _butir("2", 0, "Camat") + _butir("2", 1, "sekretariat") + _butir("2", 1, "seksi")
            + _butir("2", 0, "Sekretaris") + p(ISI) + p("PERENCANAAN KINERJA", "Heading1")
            + _butir("1", 1, "Rencana Strategis") + p(ISI) + p("AKUNTABILITAS KINERJA", "Heading1")
            + p(ISI) + p("PENUTUP", "Heading1") + p(ISI))
    f = docx(tmp_path / "bernomor.docx", body, numbering=NUMBERING,
             heading_num='<w:numPr><w:numId w:val="1"/></w:numPr>')
    dok = baca(f)
    teks = [x.teks for x in dok.paragraf]
    assert teks == ["IKHTISAR EKSEKUTIF", ISI, "BAB I PENDAHULUAN", "A. Latar Belakang",
                    "B. Maksud dan Tujuan", "1. Camat", "a) sekretariat", "b) seksi",
                    "2. Sekretaris", ISI, "BAB II PERENCANAAN KINERJA", "A. Rencana Strategis",
                    ISI, "BAB III AKUNTABILITAS KINERJA", ISI, "BAB IV PENUTUP", ISI]
    assert [x.bab for x in dok.paragraf][-1] == "BAB IV PENUTUP"
    hasil = reviu(f)
    ada = {b.uraian.split(" ")[0] + " " + b.uraian.split(" ")[1]: b.ada for b in hasil.butir}
    assert ada["BAB I"] and ada["BAB II"] and ada["BAB III"] and ada["BAB IV"]


def _bom(path: Path, ukuran: int) -> Path:
    """A .docx whose document.xml inflates to `ukuran` bytes of Word paragraphs."""
    polos = docx(path.with_name("dasar.docx"), p("BAB I PENDAHULUAN", "Heading1"))
    isi = b"<w:p><w:r><w:t>Realisasi 100</w:t></w:r></w:p>" * 20_000
    with zipfile.ZipFile(polos) as z, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                                                       compresslevel=9) as bom:
        for i in z.infolist():
            if i.filename != "word/document.xml":
                bom.writestr(i, z.read(i))
        with bom.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(z.read("word/document.xml").split(b"<w:body>")[0] + b"<w:body>")
            tulis = 0
            while tulis < ukuran:
                f.write(isi)
                tulis += len(isi)
            f.write(b"</w:body></w:document>")
    return path


def test_bom_zip_ditolak_dari_direktori_zip(tmp_path: Path) -> None:
    bom = _bom(tmp_path / "bom.docx", 400 * 2**20)
    assert bom.stat().st_size < 4 * 2**20
    awal = time.process_time()
    with pytest.raises(LakipError) as e:
        baca(bom)
    detik = time.process_time() - awal
    assert "bom zip" in str(e.value) and "word/document.xml" in str(e.value)
    assert "400 MB" in str(e.value)
    print(f"bom zip ditolak dalam {detik:.3f} s CPU")


def test_tabel_capaian_kinerja_dan_anggaran(tmp_path: Path) -> None:
    # The common three-row header: "Capaian Kinerja dan Anggaran" over "Kinerja" and
    # "Anggaran", each over its own columns; the amounts each with a separate "Rp" cell before
    # them; a row shortened on the right with Delete Cells (w:gridAfter).
    h1 = tr(tc("No", 450, vmerge="restart"),
            tc("Sasaran / Indikator Kinerja", 2150, vmerge="restart"),
            tc("Capaian Kinerja dan Anggaran", 6400, span=8))
    h2 = tr(tc("", 450, vmerge="continue"), tc("", 2150, vmerge="continue"),
            tc("Kinerja", 2700, span=3), tc("Anggaran", 3700, span=5))
    h3 = tr(tc("", 450, vmerge="continue"), tc("", 2150, vmerge="continue"),
            *(tc(x, 900) for x in ("Target", "Realisasi", "Capaian (%)")),
            tc("Pagu", 1400, span=2), tc("Realisasi", 1400, span=2), tc("Serapan (%)", 900))
    data = [
        # 90 / 100 = 90,00 and 45.000.000 / 50.000.000 = 90,00: right
        ("1", "Persentase desa tertib administrasi", "100,00", "90,00", "90,00", "Rp",
         "50.000.000", "Rp", "45.000.000", "90,00"),
        # 30 / 40 = 75,00 printed 80,00; 19.000.000 / 20.000.000 = 95,00 printed 90,00
        ("2", "Persentase arsip tertata", "40,00", "30,00", "80,00", "Rp", "20.000.000", "Rp",
         "19.000.000", "90,00"),
    ]
    lebar = [450, 2150, 900, 900, 900, 350, 1050, 350, 1050, 900]
    baris = [tr(*(tc(x, w) for x, w in zip(b, lebar, strict=True))) for b in data]
    # no anggaran for this indikator: its row ends after the kinerja columns; 100 / 100 = 100
    baris.append(tr(*(tc(x, w) for x, w in zip(("3", "Persentase pengaduan selesai", "100,00",
                                                "100,00", "100,00"), lebar, strict=False)),
                    sesudah=5))
    # 50.000.000 + 20.000.000 = 70.000.000; 45.000.000 + 19.000.000 = 64.000.000;
    # 64.000.000 / 70.000.000 = 91,43: right
    baris.append(tr(tc("Jumlah", 5300, span=5), tc("Rp", 350), tc("70.000.000", 1050),
                    tc("Rp", 350), tc("64.000.000", 1050), tc("91,43", 900)))
    body = (p("BAB III AKUNTABILITAS KINERJA", "Heading1")
            + p("Tabel 3.5 Capaian Kinerja dan Anggaran Tahun 2024")
            + tbl(h1, h2, h3, *baris, kolom=10, lebar=lebar))
    f = docx(tmp_path / "campur.docx", body)
    # the same findings from the .docx and from its PDF (LibreOffice), where the columns come
    # from the ruling lines
    for berkas in (f, office.ke_pdf(f, tmp_path / "campur.pdf", perbarui_indeks=False)):
        hasil = reviu(berkas)
        assert angka_salah(hasil) == [("80,00", "75,00"), ("90,00", "95,00")], berkas
        jenis = {(t.tertulis, t.dasar.split(" (")[-1]) for t in hasil.temuan
                 if t.jenis == "Hitungan"}
        assert jenis == {("80,00", "Realisasi / Target x 100, polaritas positif)"),
                         ("90,00", "serapan)")}
        assert not [t for t in hasil.temuan if t.jenis == "Konsistensi"]


def _baris_isi(teks: str, halaman: str, tingkat: int = 1) -> str:
    """A table of contents line as Word writes it: style "toc N", the title, a tab with dot
    leader, the page number."""
    return (f'<w:p><w:pPr><w:pStyle w:val="TOC{tingkat}"/><w:tabs><w:tab w:val="right" '
            'w:leader="dot" w:pos="9016"/></w:tabs></w:pPr><w:hyperlink w:anchor="_Toc1" '
            f'w:history="1"><w:r><w:t>{teks}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{halaman}'
            "</w:t></w:r></w:hyperlink></w:p>")


def test_daftar_isi_bukan_bab(tmp_path: Path) -> None:
    # Word's table of contents: a content control of the gallery "Table of Contents" holding a
    # TOC field whose cached result lists the chapters. Its lines name chapters, they are not
    # chapters: read (as displayed, in the .docx and in its PDF), marked, no chapter set.
    toc = ('<w:sdt><w:sdtPr><w:id w:val="5"/><w:docPartObj><w:docPartGallery w:val="Table of '
           'Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
           + p("DAFTAR ISI", "Heading1")
           + '<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/>'
           '</w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>'
           '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>'
           + _baris_isi("BAB I PENDAHULUAN", "1") + _baris_isi("BAB II PERENCANAAN KINERJA", "5")
           + _baris_isi("BAB III AKUNTABILITAS KINERJA", "9") + _baris_isi("BAB IV PENUTUP", "20")
           + '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>')
    gaya = ('<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn '
            'w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/></w:style>')
    f = docx(tmp_path / "isi.docx", p("KATA PENGANTAR", "Heading1") + toc)
    with zipfile.ZipFile(f) as z:
        isi = {n: z.read(n) for n in z.namelist()}
    isi["word/styles.xml"] = isi["word/styles.xml"].replace(b"</w:styles>",
                                                            gaya.encode() + b"</w:styles>")
    with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in isi.items():
            z.writestr(n, data)
    pdf = office.ke_pdf(f, tmp_path / "isi.pdf", perbarui_indeks=False)
    for berkas in (f, pdf):
        dok = baca(berkas)
        baris = [x for x in dok.paragraf if x.daftar_isi]
        assert [x.teks.split(" .")[0].rstrip(" .0123456789") for x in baris] == [
            "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA",
            "BAB IV PENUTUP"], berkas.name
        assert {x.bab for x in dok.paragraf} == {"KATA PENGANTAR", "DAFTAR ISI"}, berkas.name
        assert not any(x.judul for x in baris)
