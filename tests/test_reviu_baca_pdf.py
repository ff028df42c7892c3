"""How `lakip reviu` reads PDFs as offices make them: pages with /Rotate (and rotated content),
words Word hyphenated at a line end, a text cover followed by scanned pages, and the progress
line of a long PDF. Each PDF is printed by LibreOffice from a .docx written as Word writes it
(tests/word_xml.py), then turned or joined with scanned pages as a viewer or scanner does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from test_reviu_baca import angka_salah
from word_xml import docx, p, tabel_capaian

from lakip_xl.libreoffice import konversi as office
from lakip_xl.reviu.baca_pdf import _garis, _kata, sambung
from lakip_xl.reviu.halaman_pdf import halaman
from lakip_xl.reviu.inti import baca, reviu

BAB = ["IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA",
       "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP"]


def _laporan(folder: Path) -> Path:
    """A short LKj with two capaian errors: 30 / 40 x 100 = 75,00 (printed 80,00) and
    45 / 50 x 100 = 90,00 (printed 95,00)."""
    body = "".join(p(b, "Heading1") + p(f"Uraian {b.lower()} Dinas Kearsipan tahun 2024.")
                   for b in BAB[:3])
    body += p(BAB[3], "Heading1") + tabel_capaian([
        ("1", "Persentase arsip tertata", "40,00", "30,00", "80,00"),
        ("2", "Persentase layanan tepat waktu", "50,00", "45,00", "95,00"),
        ("3", "Persentase pengaduan selesai", "100,00", "90,00", "90,00")])
    body += p(BAB[4], "Heading1") + p("Demikian laporan kinerja ini disusun.")
    f = docx(folder / "lkj.docx", body)
    return office.ke_pdf(f, folder / "lkj.pdf", perbarui_indeks=False)


@pytest.fixture(scope="module")
def lkj_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _laporan(tmp_path_factory.mktemp("putar"))


def _putar(pdf: Path, keluaran: Path) -> Path:
    """Every page given /Rotate 90, as a viewer's Rotate Page saves it."""
    dok = pdfium.PdfDocument(str(pdf))
    for i in range(len(dok)):
        dok[i].set_rotation(90)
    dok.save(str(keluaran))
    dok.close()
    return keluaran


def _isi_diputar(pdf: Path, keluaran: Path) -> Path:
    """Every page drawn turned a quarter on a landscape sheet with /Rotate 90 so that it shows
    upright, as some printers and scanners write pages."""
    asal = pdfium.PdfDocument(str(pdf))
    baru = pdfium.PdfDocument.new()
    for i in range(len(asal)):
        w, h = asal[i].get_size()
        obj = asal.page_as_xobject(i, baru).as_pageobject()
        obj.transform(pdfium.PdfMatrix(0, 1, -1, 0, h, 0))  # (x, y) -> (h - y, x)
        hal = baru.new_page(h, w)
        hal.insert_obj(obj)
        hal.gen_content()
        hal.set_rotation(90)
    baru.save(str(keluaran))
    return keluaran


def test_halaman_diputar_dibaca_seperti_tampilannya(lkj_pdf: Path, tmp_path: Path) -> None:
    tegak = reviu(lkj_pdf)
    assert angka_salah(tegak) == [("80,00", "75,00"), ("95,00", "90,00")]
    kurang = sorted(t.seharusnya for t in tegak.temuan if t.jenis == "Kelengkapan")
    for berkas in (_putar(lkj_pdf, tmp_path / "putar.pdf"),
                   _isi_diputar(lkj_pdf, tmp_path / "isi-diputar.pdf")):
        hasil = reviu(berkas)
        assert pdfium.PdfDocument(str(berkas))[0].get_rotation() == 90
        assert angka_salah(hasil) == angka_salah(tegak), berkas.name
        assert sorted(t.seharusnya for t in hasil.temuan if t.jenis == "Kelengkapan") == kurang
        assert [x.teks for x in hasil.dokumen.paragraf if x.judul] == BAB


def test_aturan_pemenggalan_kata() -> None:
    # Word's automatic hyphenation: the hyphen goes, the word is whole
    assert sambung("Capaian Reali-", "sasi anggaran") == "Capaian Realisasi anggaran"
    assert sambung("analisis efi-", "siensi") == "analisis efisiensi"
    assert sambung("pelak\u00ad", "sanaan") == "pelaksanaan"
    # real hyphens stay: before a capital or digit, after a part written with a hyphen, in a
    # repeated word; a slash joins without a space
    assert sambung("pegawai Non-", "ASN") == "pegawai Non-ASN"
    assert sambung("tahun 2019-", "2023") == "tahun 2019-2023"
    assert sambung("per sub-", "kegiatan") == "per sub-kegiatan"
    assert sambung("masing-", "masing") == "masing-masing"
    assert sambung("kegiatan sehari-", "hari") == "kegiatan sehari-hari"
    assert sambung("peraturan perundang-", "undangan") == "peraturan perundang-undangan"
    assert sambung("tingkat Kabupaten/", "Kota") == "tingkat Kabupaten/Kota"
    assert sambung("Program /", "Kegiatan") == "Program / Kegiatan"
    assert sambung("target", "realisasi") == "target realisasi"
    assert sambung("selisih -", "5") == "selisih - 5"
    # a negative number's minus, alone at the line end: the sign of the number after it
    assert sambung("sisa anggaran (-", "79,23%)") == "sisa anggaran (-79,23%)"
    assert sambung("sisa anggaran -", "Rp1.030.000.000") == "sisa anggaran -Rp1.030.000.000"
    assert sambung("interval 76,61 -", "88,30") == "interval 76,61 - 88,30"


def test_pemenggalan_di_pdf_digabung(tmp_path: Path) -> None:
    # the lines as Word's hyphenation prints them, each break where the hyphen was printed
    baris = ["Reali-", "sasi anggaran dan analisis efi-", "siensi per sub-", "kegiatan tingkat "
             "Kabupaten/", "Kota untuk masing-", "masing pegawai Non-", "ASN di kecamatan."]
    isi = "<w:r><w:br/></w:r>".join(f'<w:r><w:t xml:space="preserve">{b}</w:t></w:r>'
                                    for b in baris)
    body = p("BAB I PENDAHULUAN", "Heading1") + f"<w:p>{isi}</w:p>"
    pdf = office.ke_pdf(docx(tmp_path / "penggal.docx", body), tmp_path / "penggal.pdf",
                        perbarui_indeks=False)
    hal = next(halaman(pdf))
    mentah = [g[1] for g in _garis(_kata(hal.huruf))]  # the printed lines, before joining
    assert mentah[1:] == baris
    teks = [x.teks for x in baca(pdf).paragraf]
    assert ("Realisasi anggaran dan analisis efisiensi per sub-kegiatan tingkat Kabupaten/Kota "
            "untuk masing-masing pegawai Non-ASN di kecamatan.") in teks


def test_sampul_teks_lalu_halaman_pindaian(lkj_pdf: Path, tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    # a text cover (the first page of the LKj) followed by two scanned pages: images only
    gambar = []
    for n in (1, 2):
        im = Image.new("RGB", (1240, 1754), "white")
        ImageDraw.Draw(im).text((150, 200 + n * 40), f"BAB III AKUNTABILITAS KINERJA {n}",
                                fill="black")
        gambar.append(im)
    pindai = tmp_path / "pindai.pdf"
    gambar[0].save(pindai, save_all=True, append_images=gambar[1:], resolution=150)
    dok = pdfium.PdfDocument(str(lkj_pdf))
    for i in range(len(dok) - 1, 0, -1):  # keep the cover page only
        dok.del_page(i)
    dok.import_pages(pdfium.PdfDocument(str(pindai)))
    campur = tmp_path / "sampul-dan-pindaian.pdf"
    dok.save(str(campur))
    hasil = reviu(campur)
    assert hasil.dokumen.tak_terbaca == [2, 3]
    assert any("Halaman 2-3 berupa gambar (hasil pindaian)" in c for c in hasil.dokumen.catatan)
    kurang = [t for t in hasil.temuan if t.jenis == "Kelengkapan"]
    assert kurang and all(t.uraian.startswith("Tidak ditemukan di halaman yang terbaca:")
                          and "Halaman 2-3 berupa gambar hasil pindaian" in t.uraian
                          for t in kurang)
    assert all("Halaman 2-3" in b.bukti for b in hasil.butir if not b.ada)
    r = subprocess.run([sys.executable, "-m", "lakip_xl.cli", "reviu", str(campur), "-o",
                        str(tmp_path / "t.xlsx")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "Halaman 2-3 berupa gambar" in r.stdout


def test_pdf_panjang_menulis_kemajuan(tmp_path: Path) -> None:
    halaman = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'.join(
        p(f"Uraian capaian kinerja halaman {n}.") for n in range(1, 61))
    pdf = office.ke_pdf(docx(tmp_path / "panjang.docx", p("BAB I PENDAHULUAN", "Heading1") +
                             halaman), tmp_path / "panjang.pdf", perbarui_indeks=False)
    r = subprocess.run([sys.executable, "-m", "lakip_xl.cli", "reviu", str(pdf), "-o",
                        str(tmp_path / "t.xlsx")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stderr.splitlines() == [f"Membaca panjang.pdf: halaman {n}/60" for n in
                                     (25, 50, 60)]


def test_tabel_tanpa_garis_disebut_di_pdf(tmp_path: Path) -> None:
    # two tables, each with one error: 30 / 40 x 100 = 75,00 (printed 80,00) in the ruled one,
    # 45 / 50 x 100 = 90,00 (printed 95,00) in one drawn without borders. The .docx finds both;
    # the PDF shows the second only as text, finds the first and says which table it could not
    # read, instead of differing silently.
    bergaris = tabel_capaian([("1", "Persentase arsip tertata", "40,00", "30,00", "80,00")])
    polos = tabel_capaian([("1", "Persentase layanan tepat waktu", "50,00", "45,00", "95,00")])
    polos = polos.replace("Tabel 3.1", "Tabel 3.2").replace(
        '<w:tblStyle w:val="TableGrid"/>', "")
    body = p("BAB III AKUNTABILITAS KINERJA", "Heading1") + bergaris + p("") + polos
    f = docx(tmp_path / "tanpa-garis.docx", body)
    pdf = office.ke_pdf(f, tmp_path / "tanpa-garis.pdf", perbarui_indeks=False)
    assert angka_salah(reviu(f)) == [("80,00", "75,00"), ("95,00", "90,00")]
    hasil = reviu(pdf)
    assert angka_salah(hasil) == [("80,00", "75,00")]
    assert hasil.dokumen.catatan == [
        "Tabel 3.2 tercetak tanpa garis tabel di PDF sehingga terbaca sebagai teks, bukan "
        "tabel: angka di dalamnya tidak diperiksa (reviu berkas .docx-nya membacanya)."]


def test_kata_panjang_di_sel_sempit_disambung(tmp_path: Path) -> None:
    # a column too narrow for "Persentase" and "Pengelolaan": LibreOffice breaks the words
    # inside it; the PDF reader joins the pieces (the line is full, the piece goes on in lower
    # case) and keeps the space where a line ended between two words
    from word_xml import tbl, tc, tr

    lebar = [400, 700, 2400, 1100, 1100, 1100]
    kepala = tr(*(tc(x, w) for x, w in zip(("No", "Sasaran", "Indikator Kinerja", "Target",
                                              "Realisasi", "Capaian (%)"), lebar, strict=True)))
    isi = tr(*(tc(x, w) for x, w in zip(("1", "Persentase Pengelolaan arsip",
                                          "Persentase arsip tertata", "40,00", "30,00", "80,00"),
                                         lebar, strict=True)))
    body = (p("BAB III AKUNTABILITAS KINERJA", "Heading1") + p("Tabel 3.1 Capaian") +
            tbl(kepala, isi, kolom=6, lebar=lebar))
    pdf = office.ke_pdf(docx(tmp_path / "sempit.docx", body), tmp_path / "sempit.pdf",
                        perbarui_indeks=False)
    hasil = reviu(pdf)
    sel = hasil.dokumen.tabel[0].baris[1]
    assert sel[1].teks == "Persentase Pengelolaan arsip"
    assert sel[2].teks == "Persentase arsip tertata"
    assert angka_salah(hasil) == [("80,00", "75,00")]


def test_pdf_berkata_sandi_disebut_terkunci(tmp_path: Path) -> None:
    # a PDF exported by LibreOffice with an open password
    f = docx(tmp_path / "sandi.docx", p("BAB I PENDAHULUAN", "Heading1"))
    saring = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
              '"DocumentOpenPassword":{"type":"string","value":"rahasia"}}')
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profil", "--headless",
                    "--convert-to", saring, "--outdir", str(tmp_path), str(f)],
                   capture_output=True, timeout=300, check=True)
    pdf = tmp_path / "sandi.pdf"
    assert b"/Encrypt" in pdf.read_bytes()
    r = subprocess.run([sys.executable, "-m", "lakip_xl.cli", "reviu", str(pdf), "-o",
                        str(tmp_path / "t.xlsx")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    assert r.stderr.strip() == (
        "Galat: Berkas PDF 'sandi.pdf' terkunci kata sandi sehingga tidak dapat dibaca; buka "
        "dengan kata sandinya lalu simpan atau cetak ulang ke PDF tanpa kata sandi, atau reviu "
        "berkas .docx aslinya.")
