"""The Laporan Kinerja, read back like a reader: Word tables, sentences, PDF text and pages."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from docx.oxml.ns import qn

from lakip_xl import operasi
from lakip_xl.cli import main
from lakip_xl.errors import LakipError
from lakip_xl.laporan.render import periksa_templat
from lakip_xl.laporan.templat import TEMPLAT_BAWAAN, bangun_templat
from lakip_xl.libreoffice import konversi as office


@pytest.fixture(scope="module")
def laporan_contoh(contoh_xlsx: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    keluar = tmp_path_factory.mktemp("laporan") / "laporan.docx"
    operasi.laporan(contoh_xlsx, keluar)
    return keluar


@pytest.fixture(scope="module")
def dok(laporan_contoh: Path):
    return Document(str(laporan_contoh))


def teks_paragraf(d) -> str:
    return "\n".join(p.text for p in d.paragraphs)


def baris_tabel(d) -> list[list[str]]:
    hasil = []
    for t in d.tables:
        for r in t.rows:
            sel = []
            for c in r.cells:
                if not sel or c._tc is not sel[-1][0]:
                    sel.append((c._tc, c.text))
            hasil.append([x for _, x in sel])
    return hasil


def cari_baris(d, awal: str) -> list[list[str]]:
    return [r for r in baris_tabel(d) if any(c.startswith(awal) for c in r)]


def test_templat_dikirim_sama_dengan_buatan_kode(tmp_path: Path) -> None:
    baru = bangun_templat(tmp_path / "t.docx")
    assert baru.read_bytes() == TEMPLAT_BAWAAN.read_bytes()


def test_templat_a4_dan_mutakhirkan_field() -> None:
    d = Document(str(TEMPLAT_BAWAAN))
    for s in d.sections:
        assert (round(s.page_width.cm, 1), round(s.page_height.cm, 1)) == (21.0, 29.7)
    assert d.styles["Normal"].font.name == "Bookman Old Style"
    with zipfile.ZipFile(TEMPLAT_BAWAAN) as z:
        assert b'<w:updateFields w:val="true"/>' in z.read("word/settings.xml")
    assert periksa_templat(TEMPLAT_BAWAAN) == []


def test_tabel_program_dengan_angka_benar(dok) -> None:
    p1 = [
        r
        for r in cari_baris(dok, "Program Pelayanan Administrasi Perkantoran")
        if "434.542.010" in r
    ]
    # 414.530.124 / 434.542.010 = 95,39 % (the seed printed 98,31)
    assert [
        "I",
        "Program Pelayanan Administrasi Perkantoran",
        "434.542.010",
        "414.530.124",
        "95,39",
    ] in p1
    mus = cari_baris(dok, "Penyelenggaraan Musrenbang Kecamatan")
    assert any(r[-3:] == ["9.198.100", "8.910.000", "96,87"] for r in mus)
    jumlah = [r for r in baris_tabel(dok) if r[:1] == ["Jumlah"] and "574.736.610" in r]
    assert ["Jumlah", "574.736.610", "509.758.024", "88,69"] in jumlah
    btl = [r for r in baris_tabel(dok) if r[:1] == ["Jumlah"] and "2.126.737.656" in r]
    assert ["Jumlah", "2.126.737.656", "1.638.898.793", "77,06"] in btl


def test_baris_program_tebal_dan_kepala_berulang(dok) -> None:
    tebal = 0
    for t in dok.tables:
        assert t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        for r in t.rows:
            if r.cells[0].text == "I" and "Program Pelayanan" in r.cells[1].text:
                assert all(run.bold for p in r.cells[1].paragraphs for run in p.runs)
                assert r.cells[2].paragraphs[0].alignment == 2  # right
                tebal += 1
    assert tebal >= 2  # BAB II per sasaran is another layout; BAB III program tables


def test_capaian_eselon_iv_dan_rata_rata(dok) -> None:
    desa = cari_baris(dok, "Jumlah desa yang data kependudukannya terverifikasi dengan akurat")
    assert any(r[-1] == "70,00" and "7 desa" in r and "10 desa" in r for r in desa)
    rata = [r for r in baris_tabel(dok) if r[:1] == ["Rata-rata capaian"]]
    assert ["Rata-rata capaian", "95,47"] in rata
    sakip = [r for r in baris_tabel(dok) if "Nilai SAKIP Kecamatan" in r]
    assert any("*)" in r for r in sakip)
    teks = teks_paragraf(dok)
    assert "*) realisasi belum tersedia / masih dalam proses penilaian" in "\n".join(
        p.text for t in [dok] for p in t.paragraphs
    ) or any("*) realisasi belum tersedia" in p.text for p in dok.paragraphs)
    assert (
        "Jumlah desa yang data kependudukannya terverifikasi dengan akurat (70,00%, kurang "
        "30,00 poin dari target)" in teks
    )


def test_kalimat_yang_dihasilkan(dok) -> None:
    teks = teks_paragraf(dok)
    assert (
        "Rata-rata capaian kinerja seluruh indikator adalah 95,47% (Sangat Memuaskan), "
        "dengan rincian 21 (dua puluh satu) indikator berkategori Sangat Memuaskan, 1 (satu) "
        "indikator berkategori Baik, 1 (satu) indikator berkategori Cukup dan 1 (satu) "
        "indikator berkategori Kurang."
    ) in teks
    assert (
        "Realisasi belanja program dan kegiatan (belanja langsung) Kecamatan Panyipatan "
        "tahun 2020 sebesar Rp509.758.024 atau 88,69% dari anggaran Rp574.736.610"
    ) in teks
    # 84,75 - 79,53 = 5,22 poin; 5,22 / 79,53 = 6,56 %
    assert (
        "IKM tahun 2020 sebesar 84,75 (mutu B, Baik) meningkat 5,22 poin (6,56%) dibanding "
        "tahun 2019 (79,53)."
    ) in teks
    # 5.021.250 / 5.000.250 = 100,42 % (the seed printed 99,58)
    assert "sebesar Rp5.021.250 atau 100,42% dari target Rp5.000.250" in teks
    assert "Puji syukur kehadirat Allah SWT" in teks  # the staff's own Kata Pengantar
    assert "None" not in teks and "{{" not in teks and "{%" not in teks


def test_keterangan_tabel_memakai_field_seq(laporan_contoh: Path, dok) -> None:
    with zipfile.ZipFile(laporan_contoh) as z:
        xml = z.read("word/document.xml").decode()
    seq_tabel = len(re.findall(r"SEQ Tabel", xml))
    assert seq_tabel == len(dok.tables)
    # numbered already in the file, before any field update: 1, 2, 3, ... in order
    nomor = [int(m) for m in re.findall(r"^Tabel (\d+)\. ", teks_paragraf(dok), re.M)]
    assert nomor == list(range(1, len(dok.tables) + 1))
    assert "TOC \\o &quot;1-3&quot;" in xml or 'TOC \\o "1-3"' in xml


def _buku(
    tmp_path: Path,
    nama: str,
    tahun: int,
    indikator: list[dict],
    narasi: list[dict] | None = None,
    anggaran: list[dict] | None = None,
) -> Path:
    p = tmp_path / f"{nama}.xlsx"
    operasi.buat_baru(p, tahun)
    wb = openpyxl.load_workbook(p)
    for row in wb["Profil"].iter_rows(min_row=4):
        if row[0].value == "Nama Instansi":
            row[1].value = nama
        if row[0].value == "Pemerintah Daerah":
            row[1].value = "Pemerintah Kota Uji"
    for sheet, rows in (
        ("Indikator", indikator),
        ("Narasi", narasi or []),
        ("Anggaran", anggaran or []),
    ):
        ws = wb[sheet]
        kolom = {c.value: c.column for c in ws[3] if c.value}
        for i, r in enumerate(rows, start=4):
            for k, v in r.items():
                c = ws.cell(i, kolom[k], v)
                if isinstance(v, str):
                    c.data_type = "s"
    wb.save(p)
    return p


def test_buku_lain_dengan_angkanya_sendiri(tmp_path: Path) -> None:
    p = _buku(
        tmp_path,
        "Dinas Perpustakaan",
        2024,
        [
            {
                "Kode": "A",
                "Tingkat": "Sasaran Strategis",
                "Sasaran": "Minat baca naik",
                "Indikator Kinerja": "Indeks minat baca",
                "Target": 60,
                "Realisasi": 45,
            },
            {
                "Kode": "B",
                "Tingkat": "Sasaran Strategis",
                "Sasaran": "Minat baca naik",
                "Indikator Kinerja": "Kunjungan",
                "Polaritas": "Negatif",
                "Target": 100,
                "Realisasi": 90,
            },
        ],
        anggaran=[
            {"Jenis": "Program", "Uraian": "Program Pembinaan Perpustakaan"},
            {
                "Jenis": "Kegiatan",
                "Uraian": "Pengadaan buku",
                "Anggaran": 80_000_000,
                "Realisasi": 61_000_000,
            },
        ],
    )
    keluar = tmp_path / "lap.docx"
    operasi.laporan(p, keluar)
    d = Document(str(keluar))
    teks = teks_paragraf(d)
    # 45 / 60 = 75 %; (2 x 100 - 90) / 100 = 110 %; mean 92,50 %
    assert (
        "Rata-rata capaian kinerja seluruh indikator adalah 92,50% (Sangat Memuaskan), "
        "dengan rincian 1 (satu) indikator berkategori Sangat Memuaskan dan 1 (satu) "
        "indikator berkategori Sangat Baik."
    ) in teks
    # 61.000.000 / 80.000.000 = 76,25 %
    assert "sebesar Rp61.000.000 atau 76,25% dari anggaran Rp80.000.000" in teks
    assert "DINAS PERPUSTAKAAN" in teks
    assert "Panyipatan" not in teks + str(baris_tabel(d))
    assert ["Jumlah", "80.000.000", "61.000.000", "76,25"] in baris_tabel(d)


def test_buku_sebagian_terisi_tetap_jadi(tmp_path: Path) -> None:
    p = _buku(tmp_path, "Kecamatan Baru", 2025, [])
    keluar = tmp_path / "lap.docx"
    operasi.laporan(p, keluar)
    teks = teks_paragraf(Document(str(keluar)))
    assert (
        "Capaian kinerja seluruh indikator belum dapat dihitung karena belum ada indikator "
        "yang diukur."
    ) in teks
    assert "None" not in teks and "{{" not in teks


def test_teks_pengguna_tercetak_apa_adanya(tmp_path: Path) -> None:
    aneh = 'Nilai {{ profil.tahun }} & <b>tebal</b> {% if 1 %}x{% endif %} "kutip"'
    p = _buku(
        tmp_path,
        "Kantor Uji",
        2025,
        [{"Kode": "A", "Indikator Kinerja": "Uji & <coba>", "Target": 1, "Realisasi": 1}],
        narasi=[{"Bagian": "Latar Belakang", "Teks": aneh}],
    )
    keluar = tmp_path / "lap.docx"
    operasi.laporan(p, keluar)
    d = Document(str(keluar))
    assert aneh in teks_paragraf(d)
    assert any("Uji & <coba>" in r for r in baris_tabel(d))


def _templat_dengan(tmp_path: Path, teks: str) -> Path:
    d = Document(str(TEMPLAT_BAWAAN))
    d.add_paragraph(teks)
    p = tmp_path / "templat.docx"
    d.save(str(p))
    return p


def test_templat_berbahaya_ditolak_sandbox(tmp_path: Path, contoh_xlsx: Path) -> None:
    t = _templat_dengan(tmp_path, "{{ profil.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(LakipError) as e:
        operasi.laporan(contoh_xlsx, tmp_path / "x.docx", templat=t)
    assert "Templat" in str(e.value)
    assert not (tmp_path / "x.docx").exists()


def test_variabel_tidak_dikenal(
    tmp_path: Path, contoh_xlsx: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    t = _templat_dengan(tmp_path, "{{ nama_kantor }} dan {{ anggaran_total }}")
    assert periksa_templat(t) == ["anggaran_total", "nama_kantor"]
    assert main(["periksa-template", str(t)]) == 1
    assert "anggaran_total, nama_kantor" in capsys.readouterr().out
    with pytest.raises(LakipError, match="tidak dikenal: anggaran_total, nama_kantor"):
        operasi.laporan(contoh_xlsx, tmp_path / "x.docx", templat=t)
    assert main(["periksa-template", str(TEMPLAT_BAWAAN)]) == 0


def test_templat_disunting_di_word_tag_terpecah(tmp_path: Path, contoh_xlsx: Path) -> None:
    """Word often splits a tag over several runs (spell check, formatting): it still renders."""
    with zipfile.ZipFile(TEMPLAT_BAWAAN) as z:
        isi = {n: z.read(n) for n in z.namelist()}
    xml = isi["word/document.xml"].decode()
    lama = "<w:t>{{ profil.NAMA_INSTANSI }}</w:t></w:r>"
    assert lama in xml
    pecah = (
        "<w:t>{{ pro</w:t></w:r><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>fil.NAMA_</w:t></w:r>"
        '<w:r><w:rPr><w:b/><w:lang w:val="id-ID"/></w:rPr><w:t>INSTANSI }}</w:t></w:r>'
    )
    isi["word/document.xml"] = xml.replace(lama, pecah, 1).encode()
    t = tmp_path / "disunting.docx"
    with zipfile.ZipFile(t, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in isi.items():
            z.writestr(n, b)
    keluar = tmp_path / "lap.docx"
    operasi.laporan(contoh_xlsx, keluar, templat=t)
    teks = teks_paragraf(Document(str(keluar)))
    assert "KECAMATAN PANYIPATAN" in teks
    assert "{{" not in teks and "fil.NAMA_" not in teks


def test_laporan_menolak_buku_bergalat(tmp_path: Path) -> None:
    p = _buku(
        tmp_path,
        "Kantor",
        2025,
        [{"Kode": "A", "Indikator Kinerja": "x", "Target": 0, "Realisasi": 1}],
    )
    with pytest.raises(LakipError, match="masih punya 1 galat"):
        operasi.laporan(p, tmp_path / "lap.docx")
    assert not (tmp_path / "lap.docx").exists()
    operasi.laporan(p, tmp_path / "lap.docx", paksa=True)
    assert (tmp_path / "lap.docx").is_file()


def test_cli_laporan_tanpa_berkas_ditolak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a workbook, laporan refuses on its usage line (the sample is `lakip contoh`)
    instead of quietly building the sample office's report into the current folder."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as e:
        main(["laporan"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "penggunaan: lakip laporan" in err and "`lakip contoh`" in err
    assert list(tmp_path.iterdir()) == []


# --- PDF, read back with poppler ------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_contoh(contoh_xlsx: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    keluar = tmp_path_factory.mktemp("pdf") / "laporan.docx"
    hasil = operasi.laporan(contoh_xlsx, keluar, ke_pdf=office.ke_pdf)
    assert hasil.berkas == [keluar, keluar.with_suffix(".pdf")]
    return keluar.with_suffix(".pdf")


def _halaman(pdf: Path) -> list[str]:
    t = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return t.split("\f")


@pytest.mark.lo
def test_pdf_daftar_isi_bernomor_halaman(pdf_contoh: Path) -> None:
    hal = _halaman(pdf_contoh)
    info = subprocess.run(["pdfinfo", str(pdf_contoh)], capture_output=True, text=True).stdout
    jumlah = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 60 <= jumlah <= 160
    isi = "\n".join(h for h in hal if "DAFTAR ISI" in h or "BAB IV PENUTUP....." in h)
    entri = dict(re.findall(r"^\s*(BAB I+V? [A-Z ]+?)\.{3,}\s*(\d+)\s*$", isi, re.M))
    assert list(entri) == [
        "BAB I PENDAHULUAN",
        "BAB II PERENCANAAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA",
        "BAB IV PENUTUP",
    ]
    nomor = [int(x) for x in entri.values()]
    assert nomor[0] == 1 and nomor == sorted(nomor)
    # the TOC page number of BAB III is the page where BAB III starts (arabic numbering)
    awal_bab1 = next(i for i, h in enumerate(hal) if re.search(r"^\s*BAB I\s*$", h, re.M))
    awal_bab3 = next(i for i, h in enumerate(hal) if re.search(r"^\s*BAB III\s*$", h, re.M))
    assert awal_bab3 - awal_bab1 + 1 == nomor[2]


@pytest.mark.lo
def test_pdf_daftar_tabel_dan_isi(pdf_contoh: Path) -> None:
    semua = "\n".join(_halaman(pdf_contoh))
    assert re.search(r"Tabel 1\. Komposisi Sumber Daya Manusia.*?\.{3,}\s*\d+", semua, re.S)
    assert "Rata-rata capaian kinerja seluruh indikator adalah 95,47%" in re.sub(r"\s+", " ", semua)
    assert "574.736.610" in semua and "88,69" in semua and "84,75" in semua


def test_banyak_indikator_grafik_sebaran(tmp_path: Path) -> None:
    """Above 40 indikator a bar per indikator is unreadable: the report shows how many
    indikator fall in each kategori instead, and every indikator is still in a table."""
    indikator = [
        {
            "Kode": f"K{i:02d}",
            "Tingkat": "Eselon IV / Pengawas",
            "Penanggung Jawab": "Seksi A",
            "Indikator Kinerja": f"Indikator nomor {i}",
            "Target": 10,
            "Realisasi": 5 + i % 7,
        }
        for i in range(1, 46)
    ]
    p = _buku(tmp_path, "Badan Uji", 2024, indikator)
    keluar = tmp_path / "lap.docx"
    operasi.laporan(p, keluar)
    d = Document(str(keluar))
    teks = teks_paragraf(d)
    assert "Jumlah Indikator per Kategori Capaian" in teks
    assert "Capaian Kinerja per Indikator terhadap Target" not in teks
    assert sum(1 for r in baris_tabel(d) if any(c.startswith("Indikator nomor ") for c in r)) >= 45


def test_foto_dan_triwulan_masuk_laporan(tmp_path: Path) -> None:
    from PIL import Image

    (tmp_path / "foto").mkdir()
    Image.new("RGB", (320, 200), (30, 120, 200)).save(tmp_path / "foto" / "rapat.png")
    p = _buku(
        tmp_path,
        "Kantor Foto",
        2025,
        [
            {
                "Kode": "A",
                "Tingkat": "Eselon IV / Pengawas",
                "Penanggung Jawab": "Seksi Satu",
                "Indikator Kinerja": "Dokumen selesai",
                "Target": 8,
                "Realisasi": 8,
                "Realisasi TW I": 2,
                "Realisasi TW II": 4,
                "Realisasi TW III": 6,
                "Realisasi TW IV": 8,
            },
        ],
    )
    wb = openpyxl.load_workbook(p)
    ws = wb["Gambar"]
    ws["A4"], ws["B4"], ws["C4"] = "Analisis Seksi Satu", "foto/rapat.png", "Rapat koordinasi"
    ws["A5"], ws["B5"], ws["C5"] = "Latar Belakang", "foto/tidak-ada.png", "Hilang"
    wb.save(p)
    keluar = tmp_path / "lap.docx"
    hasil = operasi.laporan(p, keluar)
    assert any("foto/tidak-ada.png" in str(m) and "sel B5" in str(m) for m in hasil.masalah)
    d = Document(str(keluar))
    teks = teks_paragraf(d)
    assert "Rapat koordinasi" in teks and "Hilang" not in teks
    with zipfile.ZipFile(keluar) as z:
        xml = z.read("word/document.xml").decode()
        assert sum(1 for n in z.namelist() if n.startswith("word/media/")) >= 1
    assert "SEQ Gambar" in xml
    tw = [r for r in baris_tabel(d) if r[:2] == ["1", "Dokumen selesai"] and len(r) == 9]
    assert tw == [["1", "Dokumen selesai", "8", "2", "4", "6", "8", "8", "100,00"]]


def test_logo_di_sampul(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (120, 140), (200, 160, 20)).save(tmp_path / "logo.png")
    p = _buku(tmp_path, "Kantor Berlogo", 2025, [])
    wb = openpyxl.load_workbook(p)
    for row in wb["Profil"].iter_rows(min_row=4):
        if row[0].value == "Berkas Logo":
            row[1].value = "logo.png"
    wb.save(p)
    keluar = tmp_path / "lap.docx"
    operasi.laporan(p, keluar)
    with zipfile.ZipFile(keluar) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        xml = z.read("word/document.xml").decode()
    assert media
    # the logo sits on the cover, before the Kata Pengantar
    assert xml.find("<w:drawing>") < xml.find("KATA PENGANTAR")
