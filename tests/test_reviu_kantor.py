"""`lakip reviu` on our own reports: the sample and offices typed into blank workbooks (a Dinas,
a Badan with units, Negatif indikator and the average capped, a Kecamatan partly filled, a
provincial Bidang) get no finding but the Kelengkapan items they genuinely lack; the same for
their PDF. And the report's own parts the reviu reads: the "(-)" mark in the Renstra, the same
indikator name in two units, one anggaran per program, the Pernyataan Telah Direviu page."""

from __future__ import annotations

import re
from pathlib import Path

import kantor
import openpyxl
import pytest
from docx import Document
from test_reviu import lakip

from lakip_xl.reviu.inti import HasilReviu, baca, reviu

# What each report genuinely lacks (PermenPANRB 53/2014 items), worked out from its workbook:
#   PK     no Perjanjian Kinerja rows          III.2 no realisasi of earlier years
#   III.3  no Renstra targets (sheet Tujuan Sasaran, Target Akhir Renstra)
#   III.4  no Standar Nasional                 III.5 no analysis of causes typed in Narasi
#   III.B, III.6, III.7  no anggaran at all (no budget table, no efficiency, no programs)
#   L.PK   no Perjanjian Kinerja document attached as Lampiran
#   L.REVIU  the Pernyataan Telah Direviu page is there but still blank (the APIP fills it)
# L.PK is genuine for every report, the sample too: the report prints the PK's table in BAB II
# but never attaches the signed agreement itself (the office attaches it), and reviu says
# "Lampiran Perjanjian Kinerja: Ada" only when the document holds it (issue 18).
# The Dinas has III.2: its IKM is an indikator sasaran with earlier years (Riwayat IKM), and the
# report compares it with 2023 in a sentence ("... meningkat 2,40 poin ... dibanding tahun 2023
# (80,10)"), which is a comparison with earlier years written in a sentence (issue 18).
KURANG = {
    "contoh": {"III.4", "L.PK", "L.REVIU"},
    "dinas": {"PK", "III.B", "III.4", "III.5", "III.6", "III.7", "L.PK", "L.REVIU"},
    "badan": {"PK", "III.3", "III.4", "III.5", "L.PK", "L.REVIU"},
    "badan_reviu": {"III.4", "III.5", "L.PK", "L.REVIU"},
    "kecamatan": {"PK", "III.3", "III.4", "III.5", "L.PK", "L.REVIU"},
    "bidang": {"PK", "III.B", "III.5", "III.6", "III.7", "L.PK", "L.REVIU"},
}
# the PDF read gives the .docx verdict for every one; see test_pdf_sama_dengan_docx
PDF_SAMA = tuple(sorted(KURANG))
BLANKO = "halamannya ada tetapi masih kosong (kesimpulan, tempat dan tanggal, nama Inspektur, NIP)"


def _buku(nama: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if nama == "contoh":
        return kantor.contoh(folder / "contoh.xlsx")
    return getattr(kantor, nama)(folder)


def _laporan(buku: Path, *lain: str) -> Path:
    keluar = buku.with_name("laporan.docx")
    r = lakip("laporan", buku, "-o", keluar, "--timpa", *lain)
    assert r.returncode == 0, r.stderr
    return keluar


@pytest.fixture(scope="module")
def laporan(tmp_path_factory: pytest.TempPathFactory):
    """The .docx report of an office, built once per module."""
    dibuat: dict[str, Path] = {}

    def buat(nama: str) -> Path:
        if nama not in dibuat:
            dibuat[nama] = _laporan(_buku(nama, tmp_path_factory.mktemp(nama)))
        return dibuat[nama]

    return buat


def _vonis(h: HasilReviu) -> tuple[list[tuple[str, str, str, str]], set[str], object]:
    """(findings other than Kelengkapan, the Kelengkapan items missing, the Pelaporan score)."""
    from lakip_xl.reviu.periksa_kelengkapan import skor

    lain = sorted((t.jenis, t.lokasi, t.tertulis, t.seharusnya) for t in h.temuan
                  if t.jenis != "Kelengkapan")
    return lain, {b.kode for b in h.butir if not b.ada}, skor(h.prakiraan)


@pytest.mark.parametrize("nama", sorted(KURANG))
def test_laporan_sendiri_tanpa_temuan(nama: str, laporan) -> None:
    h = reviu(laporan(nama))
    lain, kurang, _ = _vonis(h)
    assert lain == [] and h.dilewati == []
    assert kurang == KURANG[nama]
    # every missing item is one Kelengkapan finding, and nothing else is
    assert sorted(t.dasar for t in h.temuan) == sorted(
        f"PermenPANRB 53/2014, butir {k}" for k in KURANG[nama])


@pytest.mark.lo
@pytest.mark.parametrize("nama", PDF_SAMA)
def test_pdf_sama_dengan_docx(nama: str, tmp_path: Path) -> None:
    """`lakip laporan --pdf`: the PDF gets the .docx verdict (findings, Kelengkapan, score)."""
    docx = _laporan(_buku(nama, tmp_path), "--pdf")
    dari_docx, dari_pdf = reviu(docx), reviu(docx.with_suffix(".pdf"))
    assert dari_pdf.dilewati == []
    lain, kurang, skor = _vonis(dari_pdf)
    assert (lain, kurang) == ([], KURANG[nama])
    assert skor == _vonis(dari_docx)[2]
    # a native chart's text (axis values, data labels, legend) is read from neither: the .docx
    # keeps it in the chart part, the PDF leaves out what is drawn above a "Gambar N" caption
    pdf = baca(docx.with_suffix(".pdf")).paragraf
    assert not any("Batas mutu B" in p.teks for p in pdf)
    def gambar(paragraf: list) -> list[str]:
        return [m.group() for p in paragraf if p.bab.startswith("BAB")
                and (m := re.match(r"Gambar \d+", p.teks))]

    assert gambar(pdf) == gambar(baca(docx).paragraf)
    # every table found, named and read cell by cell as in the .docx: a caption Word wraps
    # over two lines is one caption ("... Indikator Kinerja Kepala" / "Bidang Perencanaan
    # Tahun 2024"), and the line under a table never joins the caption above it
    def isi(h: HasilReviu) -> list[tuple[str, list[list[str]]]]:
        return [(t.nama, [[" ".join(c.teks.split()) for c in r] for r in t.baris])
                for t in h.dokumen.tabel]

    assert isi(dari_pdf) == isi(dari_docx)


def _tabel_dengan(docx: Path, teks: str):
    doc = Document(str(docx))
    return doc, [t for t in doc.tables if any(teks in c.text for r in t.rows for c in r.cells)]


def _teks_sel(sel, teks: str) -> None:
    """Replace a cell's (or a paragraph's) text, keeping its first run's formatting."""
    p = sel.paragraphs[0] if hasattr(sel, "paragraphs") else sel
    p.runs[0].text = teks
    for r in p.runs[1:]:
        r.text = ""


def test_renstra_negatif_bertanda(laporan, tmp_path: Path) -> None:
    """The Negatif S-2 and B-2 stand in the Renstra: marked "(-)", the formula under the table;
    without the mark reviu names that very row (8 on a target of 10: 8 / 10 = 80,00 positive,
    (2 x 10 - 8) / 10 = 120,00 printed)."""
    docx = laporan("badan_reviu")
    doc, (renstra,) = _tabel_dengan(docx, "Indikator Sasaran")
    sel = {c.text for r in renstra.rows for c in r.cells}
    for nama in kantor.NEGATIF_BADAN:
        assert f"{nama} (-)" in sel and nama not in sel
    teks = [p.text for p in doc.paragraphs]
    i = next(i for i, p in enumerate(teks) if p.startswith("Tabel") and "Rencana Strategis" in p)
    catatan = next(p for p in teks[i:] if p.startswith("(-) indikator berpolaritas negatif"))
    assert catatan.endswith("capaian = (2 x target - realisasi) / target x 100")

    tanpa = tmp_path / "tanpa-tanda.docx"
    for r in renstra.rows:
        for c in r.cells:
            if c.text == f"{kantor.NEGATIF_BADAN[0]} (-)":
                _teks_sel(c, kantor.NEGATIF_BADAN[0])
    doc.save(str(tanpa))
    lain, _, _ = _vonis(reviu(tanpa))
    assert [(j, t, s) for j, _, t, s in lain] == [("Polaritas", "120,00", "80,00")]
    assert "Rencana Strategis" in lain[0][1]
    assert f"baris '{kantor.NEGATIF_BADAN[0]}'" in lain[0][1]


def test_renstra_rumus_kebalikan(laporan, tmp_path: Path) -> None:
    """The Bidang's Profil picks Target / Realisasi: 25 / 20 x 100 = 125,00 is right (the note
    says so); 120,00, the other negative formula's value, is named with 125,00."""
    docx = laporan("bidang")
    doc, (renstra,) = _tabel_dengan(docx, "Indikator Sasaran")
    baris = next(r for r in renstra.rows
                 if any(c.text == "Timbulan sampah yang tidak terkelola (-)" for c in r.cells))
    assert baris.cells[-1].text == "125,00"
    _teks_sel(baris.cells[-1], "120,00")
    salah = tmp_path / "salah.docx"
    doc.save(str(salah))
    lain, _, _ = _vonis(reviu(salah))
    assert [(j, t, s) for j, _, t, s in lain] == [("Hitungan", "120,00", "125,00")]


def test_nama_sama_dua_unit(laporan, tmp_path: Path) -> None:
    """One indikator name in two Eselon IV units and in two Eselon III units: no finding (the
    verdict test); a realisasi changed in the Eselon IV table (88% -> 86%) is caught against
    the same unit's own table, and its capaian with it (86 / 80 x 100 = 107,50)."""
    docx = laporan("badan_reviu")
    doc, tabel = _tabel_dengan(docx, "Penanggung Jawab")
    (baris,) = [r for t in tabel for r in t.rows if r.cells[1].text == kantor.SAMA_NAMA_ES4
                and r.cells[2].text == "Kasubbid Data dan Informasi"]
    assert [c.text for c in baris.cells[4:]] == ["80%", "88%", "110,00"]
    _teks_sel(baris.cells[5], "86%")
    ubah = tmp_path / "ubah.docx"
    doc.save(str(ubah))
    lain, _, _ = _vonis(reviu(ubah))
    assert [(j, t, s) for j, _, t, s in lain] == [
        ("Hitungan", "110,00", "107,50"), ("Konsistensi", "86%", "88")]
    assert all("Eselon IV" in lokasi for _, lokasi, _, _ in lain)


def test_program_satu_anggaran(laporan) -> None:
    """K-4 points to one of its program's two kegiatan: the program is 1.200.000.000 +
    800.000.000 = 2.000.000.000 (realisasi 1.150.000.000 + 700.000.000 = 1.850.000.000) in
    every table that names it; the unit's table shows the linked kegiatan under a program
    marked as such, with a note."""
    program = "Program Penunjang Urusan Pemerintahan Daerah"
    doc = Document(str(laporan("badan_reviu")))
    angka = []
    for t in doc.tables:
        for r in t.rows:
            teks = [c.text for c in r.cells]
            if program in teks:
                angka.append(next(x for x in teks[teks.index(program) + 1:] if x))
    assert len(angka) >= 2 and set(angka) == {"2.000.000.000"}
    tanda = f"{program} (hanya kegiatan pendukung)"
    (unit,) = [t for t in doc.tables if any(c.text == tanda for r in t.rows for c in r.cells)]
    baris = next(r for r in unit.rows if r.cells[1].text == tanda)
    assert [c.text for c in baris.cells[2:]] == ["1.200.000.000", "1.150.000.000", "95,83"]
    teks = [p.text for p in doc.paragraphs]
    assert any(p.startswith("Program bertanda (hanya kegiatan pendukung) memuat hanya kegiatan")
               for p in teks)


def _halaman_pernyataan(doc) -> list:
    par = doc.paragraphs
    i = next(i for i, p in enumerate(par) if p.text == "PERNYATAAN TELAH DIREVIU")
    j = next(j for j in range(i, len(par)) if par[j].text.startswith("NIP"))
    return par[i:j + 1]


def _isi_pernyataan(asal: Path, tujuan: Path, tanda_tangan: bool = True) -> None:
    """The page as the Inspektorat fills it in Word: the conclusion, place and date, name, NIP."""
    doc = Document(str(asal))
    for p in _halaman_pernyataan(doc):
        t = p.text
        if t.startswith("Berdasarkan reviu kami"):
            t = ("Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan "
                 "perbedaan dalam meyakini keandalan informasi yang disajikan di dalam Laporan "
                 "Kinerja ini.")
        elif re.fullmatch(r"\.+", t) and "," not in t and not p.runs[0].bold:
            t = ""
        elif "," in t and re.fullmatch(r"[., ]+", t):
            t = "Kandangan, 20 Maret 2025"
        elif tanda_tangan and re.fullmatch(r"\.+", t):
            t = "Drs. H. Rahmadi Noor, M.Si"
        elif tanda_tangan and t.startswith("NIP"):
            t = "NIP. 19690417 199003 1 006"
        if t != p.text:
            _teks_sel(p, t)
    doc.save(str(tujuan))


def _butir_reviu(h: HasilReviu):
    return next(b for b in h.butir if b.kode == "L.REVIU")


def test_pernyataan_telah_direviu(laporan, tmp_path: Path) -> None:
    """After BAB IV, before the Lampiran; the Inspektur of the office's Pemda; blank fill-ins
    named; filled and signed it counts, filled but unsigned it does not."""
    docx = laporan("contoh")
    doc = Document(str(docx))
    judul = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert judul[-3].startswith("BAB IV")
    assert judul[-2:] == ["PERNYATAAN TELAH DIREVIU", "LAMPIRAN"]
    halaman = [p.text for p in _halaman_pernyataan(doc)]
    assert "INSPEKTUR KABUPATEN TANAH LAUT," in halaman
    assert halaman[-1].startswith("NIP.\u00a0.....")
    b = _butir_reviu(reviu(docx))
    assert not b.ada and b.uraian.endswith(BLANKO)

    terisi = tmp_path / "terisi.docx"
    _isi_pernyataan(docx, terisi)
    h = reviu(terisi)
    assert _butir_reviu(h).ada
    assert "L.REVIU" not in _vonis(h)[1] and _vonis(h)[0] == []

    belum = tmp_path / "belum-ditandatangani.docx"
    _isi_pernyataan(docx, belum, tanda_tangan=False)
    b = _butir_reviu(reviu(belum))
    assert not b.ada and b.uraian.endswith("masih kosong (nama Inspektur, NIP)")


@pytest.mark.lo
def test_pernyataan_terisi_pdf(laporan, tmp_path: Path) -> None:
    """The filled page printed to PDF is told filled as in the .docx; the blank one blank."""
    from lakip_xl.libreoffice import konversi as office

    docx = laporan("kecamatan")
    terisi = tmp_path / "terisi.docx"
    _isi_pernyataan(docx, terisi)
    for asal, ada in ((docx, False), (terisi, True)):
        pdf = office.ke_pdf(asal, tmp_path / f"{asal.stem}.pdf")
        b = _butir_reviu(reviu(pdf))
        assert b.ada is ada
        if not ada:
            assert b.uraian.endswith(BLANKO)


def test_pernyataan_dapat_ditiadakan(tmp_path: Path) -> None:
    """Profil 'Halaman Pernyataan Telah Direviu: Tidak': no page; reviu says it is missing."""
    buku = kantor.kecamatan(tmp_path)
    wb = openpyxl.load_workbook(buku)
    ws = wb["Profil"]
    baris = next(r for r in range(1, ws.max_row + 1)
                 if ws.cell(r, 1).value == "Halaman Pernyataan Telah Direviu")
    assert ws.cell(baris, 2).value == "Ya"  # the blank workbook's default
    ws.cell(baris, 2).value = "Tidak"
    wb.save(buku)
    docx = _laporan(buku)
    assert not any("DIREVIU" in p.text.upper() for p in Document(str(docx)).paragraphs)
    b = _butir_reviu(reviu(docx))
    assert not b.ada and b.uraian == "Pernyataan Telah Direviu (APIP)"
