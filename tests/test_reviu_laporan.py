"""`lakip reviu` on lakip's own reports: the sample and a workbook unlike it give no arithmetic
or consistency finding; the same report with numbers changed in its XML gives exactly those."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from test_reviu import lakip, temuan

from lakip_xl import operasi

ANGKA = {"Hitungan", "Pembulatan", "Polaritas", "Konsistensi", "Kategori"}


@pytest.fixture(scope="module")
def laporan_contoh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("reviu-laporan")
    buku = d / "contoh.xlsx"
    assert lakip("contoh", "-o", buku).returncode == 0
    r = lakip("laporan", buku, "-o", d / "laporan.docx")
    assert r.returncode == 0, r.stderr
    return d / "laporan.docx"


def test_laporan_contoh_tanpa_temuan_angka(laporan_contoh: Path) -> None:
    xlsx = laporan_contoh.with_name("temuan.xlsx")
    r = lakip("reviu", laporan_contoh, "-o", xlsx)
    assert r.returncode == 0, r.stderr
    salah = [t for t in temuan(xlsx) if t["Jenis"] in ANGKA]
    assert salah == []


def _ubah(asal: Path, tujuan: Path, ganti: list[tuple[str, str]]) -> None:
    """Copy a .docx, replacing the first table cell holding each text."""
    with zipfile.ZipFile(asal) as z:
        isi = {n: z.read(n) for n in z.namelist()}
    xml = isi["word/document.xml"].decode("utf-8")
    for lama, baru in ganti:
        sel = f'<w:t xml:space="preserve">{lama}</w:t>'
        assert sel in xml, lama
        xml = xml.replace(sel, f'<w:t xml:space="preserve">{baru}</w:t>', 1)
    isi["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in isi.items():
            z.writestr(n, data)


def test_angka_diubah_ditemukan_tepat(laporan_contoh: Path) -> None:
    ubah = laporan_contoh.with_name("laporan-diubah.docx")
    # Jumlah of the Sekretaris Camat's programs: 489.613.024 / 533.253.510 = 91,82 -> typed 84,13
    # Kasi Kemasyarakatan bansos: 5.530 / 4.269 = 129,54 -> typed 125,00
    _ubah(laporan_contoh, ubah, [("91,82", "84,13"), ("129,54", "125,00")])
    xlsx = ubah.with_name("temuan-diubah.xlsx")
    assert lakip("reviu", ubah, "-o", xlsx).returncode == 0
    salah = sorted((t["Jenis"], t["Tertulis"], t["Seharusnya"]) for t in temuan(xlsx)
                   if t["Jenis"] in ANGKA)
    assert salah == [("Hitungan", "125,00", "129,54"), ("Hitungan", "84,13", "91,82")]


def test_buku_lain_dari_lakip_baru(tmp_path: Path) -> None:
    p = tmp_path / "dinas.xlsx"
    operasi.buat_baru(p, 2024)
    wb = openpyxl.load_workbook(p)
    for row in wb["Profil"].iter_rows(min_row=4):
        if row[0].value == "Nama Instansi":
            row[1].value = "Dinas Perpustakaan"
        if row[0].value == "Pemerintah Daerah":
            row[1].value = "Pemerintah Kota Uji"
    isian = {
        "Indikator": [
            {"Kode": "A", "Tingkat": "Sasaran Strategis", "Sasaran": "Minat baca naik",
             "Indikator Kinerja": "Indeks minat baca", "Target": 60, "Realisasi": 45},
            {"Kode": "B", "Tingkat": "Sasaran Strategis", "Sasaran": "Minat baca naik",
             "Indikator Kinerja": "Waktu tunggu layanan", "Polaritas": "Negatif",
             "Target": 100, "Realisasi": 90},
            {"Kode": "C", "Tingkat": "Sasaran Strategis", "Sasaran": "Koleksi bertambah",
             "Indikator Kinerja": "Judul buku baru", "Target": 1200, "Realisasi": 1337},
        ],
        "Anggaran": [
            {"Jenis": "Program", "Uraian": "Program Pembinaan Perpustakaan"},
            {"Jenis": "Kegiatan", "Uraian": "Pengadaan buku", "Anggaran": 80_000_000,
             "Realisasi": 61_000_000},
            {"Jenis": "Kegiatan", "Uraian": "Layanan keliling", "Anggaran": 45_500_000,
             "Realisasi": 45_123_457},
        ],
    }
    for sheet, rows in isian.items():
        ws = wb[sheet]
        kolom = {c.value: c.column for c in ws[3] if c.value}
        for i, r in enumerate(rows, start=4):
            for k, v in r.items():
                ws.cell(i, kolom[k], v)
    wb.save(p)
    r = lakip("laporan", p, "-o", tmp_path / "dinas.docx")
    assert r.returncode == 0, r.stderr
    xlsx = tmp_path / "temuan.xlsx"
    assert lakip("reviu", tmp_path / "dinas.docx", "-o", xlsx).returncode == 0
    salah = [t for t in temuan(xlsx) if t["Jenis"] in ("Hitungan", "Konsistensi")]
    assert salah == []
