"""`lakip laporan` reads back the report it has just written and holds its sentences to the
reviu's rules: our own reports (the sample and the test offices) get no such peringatan; a
workbook whose Narasi contradicts its numbers gets one per sentence, and its report is still
written. The numbers are those worked by hand in test_kalimat_periksa."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import test_kalimat_periksa as korpus
from kantor import badan, dinas
from test_reviu import lakip

TANDA = "Peringatan - laporan "


def _laporan(buku: Path) -> tuple[int, str, Path]:
    docx = buku.with_name(f"laporan-{buku.stem}.docx")
    r = lakip("laporan", buku, "-o", docx)
    return r.returncode, r.stderr, docx


@pytest.mark.parametrize("kantor", ["contoh", "dinas", "badan"])
def test_laporan_sendiri_tanpa_peringatan_kalimat(tmp_path: Path, kantor: str):
    if kantor == "contoh":
        buku = tmp_path / "contoh.xlsx"
        assert lakip("contoh", "-o", buku).returncode == 0
    else:
        buku = {"dinas": dinas, "badan": badan}[kantor](tmp_path)
    kode, galat, docx = _laporan(buku)
    assert kode == 0, galat
    assert docx.is_file()
    assert [b for b in galat.splitlines() if TANDA in b] == []


def test_laporan_dengan_kalimat_salah_tetap_ditulis(tmp_path: Path):
    buku = korpus._buku(tmp_path)
    kode, galat, docx = _laporan(buku)
    assert kode == 0, galat
    assert docx.is_file()
    baris = [b.split(": ", 1)[1] for b in galat.splitlines() if TANDA in b]
    # the report prints the Narasi as typed, so the same sentences come back from the .docx
    harap = [
        # Tingkat pengangguran terbuka, Negatif: (2 x 4,75 - 1,50) / 4,75 x 100 = 168,42
        "Capaian dalam kalimat tidak sesuai realisasi dan target yang disebut kalimat itu. "
        "Tertulis 100%, seharusnya 168,42 ((2 x 4,75 - 1,50) / 4,75 x 100 = 168,4211 "
        "(indikator negatif)).",
        # 72 / 92,9 x 100 = 77,50
        "Capaian dalam kalimat tidak sesuai realisasi dan target yang disebut kalimat itu. "
        "Tertulis 88%, seharusnya 77,50 (72 / 92,9 x 100 = 77,5027).",
        # 82,5 / 80 x 100 = 103,125 -> 103,13, typed truncated
        "Capaian dalam kalimat dipotong, bukan dibulatkan (ROUND Excel). Tertulis 103,12%, "
        "seharusnya 103,13 (82,50 / 80 x 100 = 103,1250).",
        # kegiatan 540.000.000 + 300.000.000 of 600.000.000 + 400.000.000: 84,00
        "Serapan anggaran dalam teks tidak sesuai tabel anggaran. Tertulis 90,50%, seharusnya "
        "84,00 (840.000.000 / 1.000.000.000 x 100 (Tabel ",
        # 5 indikator in the capaian tables
        "Jumlah indikator dalam teks tidak sesuai baris tabel capaian. Tertulis 8, seharusnya 5",
        # 168,42, 103,13 and 125,00 reach their target
        "Jumlah indikator (mencapai) dalam teks tidak sesuai baris tabel capaian. Tertulis 4, "
        "seharusnya 3",
        # the IKM of 2024 in Riwayat IKM, printed as the IKM indikator's realisasi
        "IKM dalam teks tidak sama dengan realisasi IKM di tabel capaian. Tertulis 85,20, "
        "seharusnya 82,50",
    ]
    for h in harap:
        assert any(h in b for b in baris), (h, baris)
    # a correct sentence of the corpus gives none
    for k in korpus.BENAR:
        assert not [b for b in galat.splitlines() if TANDA in b and k in b]


def test_laporan_benar_tanpa_peringatan(tmp_path: Path):
    """The same office with only the correct sentences: the self-check is silent."""
    buku = korpus._buku(tmp_path)
    wb = openpyxl.load_workbook(buku)
    ws = wb["Narasi"]
    for r in range(4, 4 + len(korpus.SALAH)):
        ws.cell(r, 3).value = "Laporan ini disusun sesuai ketentuan."
    del wb["Tabel Analisis Capaian"]
    wb.save(buku)
    kode, galat, _ = _laporan(buku)
    assert kode == 0, galat
    assert [b for b in galat.splitlines() if TANDA in b] == []
