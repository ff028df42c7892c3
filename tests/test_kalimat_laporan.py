"""`lakip laporan` reads back the report it has just written and holds its sentences to the
reviu's rules: our own reports (the sample and the test offices) get no such peringatan; a
workbook whose Narasi contradicts its numbers gets one per sentence, and its report is still
written. The numbers are those worked by hand in test_kalimat_periksa."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import test_kalimat_periksa as korpus
from kantor import badan, contoh, dinas
from test_reviu import lakip

TANDA = "Peringatan - laporan "


def _laporan(buku: Path) -> tuple[int, str, Path]:
    docx = buku.with_name(f"laporan-{buku.stem}.docx")
    r = lakip("laporan", buku, "-o", docx)
    return r.returncode, r.stderr, docx


@pytest.mark.parametrize("kantor", ["contoh", "dinas", "badan"])
def test_laporan_sendiri_tanpa_peringatan_kalimat(tmp_path: Path, kantor: str):
    if kantor == "contoh":
        buku = contoh(tmp_path / "contoh.xlsx")
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


# --- the Buat Laporan button runs the same self-check -------------------------------------------

HARAP_TOMBOL = [
    # Tingkat pengangguran terbuka, Negatif: (2 x 4,75 - 1,50) / 4,75 x 100 = 168,42
    "Tertulis 100%, seharusnya 168,42",
    # 72 / 92,9 x 100 = 77,50
    "Tertulis 88%, seharusnya 77,50",
    # 5 indikator in the capaian tables, 3 of them reach their target
    "Tertulis 8, seharusnya 5",
    "Tertulis 4, seharusnya 3",
]


def test_tombol_buat_laporan_memeriksa_laporannya(tmp_path: Path):
    """The button (here through the engine every other is tested against) reads back the report
    it wrote with the same rules as `lakip laporan`: each finding a peringatan on the Masalah
    sheet (no cell: it is in the report), counted in the closing message, the report written."""
    from lakip_xl import tombol
    from lakip_xl.buku.xlsx import baca_grid

    buku = korpus._buku(tmp_path)
    lembar = tombol.LembarGrid(baca_grid(buku), buku)
    assert tombol.buat_laporan(lembar) == [tmp_path / "laporan-disnaker-2024.docx"]
    laporan = lembar.masalah or []
    dari_laporan = [
        b for b in laporan if b.pesan.startswith("laporan laporan-disnaker-2024.docx, ")
    ]
    for h in HARAP_TOMBOL:
        assert [b for b in dari_laporan if h in b.pesan], h
    assert {(b.jenis, b.sheet, b.sel) for b in dari_laporan} == {("Peringatan", "", "")}
    # the workbook's own problems (the same sentences, with their Narasi cells) stay listed
    assert [b for b in laporan if b.sheet == "Narasi" and b.sel == "C4"]
    teks, galat = lembar.pesan_pesan[-1]
    assert not galat
    assert teks.startswith(f"Laporan dibuat: {tmp_path / 'laporan-disnaker-2024.docx'}\n")
    assert f"Pemeriksaan laporan: {len(dari_laporan)} peringatan (laporan tetap dibuat)" in teks
    assert teks.count("\n- ") == 6  # five listed, then "... dan N lainnya"
    # the same findings as the command's, word for word
    r = lakip("laporan", buku, "-o", tmp_path / "cli.docx")
    cli = {b.split("cli.docx, ", 1)[1] for b in r.stderr.splitlines() if "laporan cli.docx, " in b}
    assert {b.pesan.split(".docx, ", 1)[1] for b in dari_laporan} == cli


def test_tombol_excel_buat_laporan_memeriksa_laporannya(tmp_path: Path, monkeypatch):
    """The Excel side (what RunPython calls, on the stand-in for Excel's COM API): the findings
    reach the Masalah sheet and the message box."""
    import test_excel_mesin as excel

    from lakip_xl import tombol
    from lakip_xl.excel import udf

    buku = korpus._buku(tmp_path)
    excel_buku = excel.BukuPalsu.dari_json(excel.payload_dari_berkas(buku))
    monkeypatch.setattr(tombol, "buka_berkas", lambda p: None)
    udf.buat_laporan(excel_buku)
    teks, judul, mode = excel_buku.app.pesan[-1]
    assert (judul, mode) == ("LAKIP", "info")
    assert "Pemeriksaan laporan: " in teks and "Tertulis 100%, seharusnya 168,42" in teks
    m = excel_buku.sheets[tombol.LEMBAR_MASALAH]
    pesan = [v for (r, c), v in m.nilai.items() if c == 4]
    assert [p for p in pesan if "laporan disnaker-2024.docx" in p] == []  # named by the report
    assert [p for p in pesan if p.startswith("laporan laporan-disnaker-2024.docx, ")]


def test_tombol_laporan_benar_tanpa_temuan(tmp_path: Path):
    """A report that holds to its numbers: the closing message is the plain one."""
    from lakip_xl import tombol
    from lakip_xl.buku.xlsx import baca_grid

    buku = dinas(tmp_path)
    lembar = tombol.LembarGrid(baca_grid(buku), buku)
    berkas = tombol.buat_laporan(lembar)
    assert lembar.pesan_pesan[-1] == (f"Laporan dibuat: {berkas[0]}", False)


def test_jembatan_libreoffice_membawa_temuan_laporan(tmp_path: Path):
    """The bridge the LibreOffice button writes the report through (`python -m lakip_xl.tombol
    laporan GRID.json`) runs the same self-check and hands each finding back as a row
    [galat, sheet, sel, pesan] the macro turns into a Masalah again."""
    import json
    import subprocess
    import sys

    from lakip_xl import tombol
    from lakip_xl.buku.xlsx import baca_grid

    buku = korpus._buku(tmp_path)
    grid = tmp_path / "grid.json"
    grid.write_text(tombol.grid_ke_json(baca_grid(buku)), encoding="utf-8")
    keluar = tmp_path / "laporan-disnaker-2024.docx"
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "lakip_xl.tombol",
            "laporan",
            str(grid),
            "-o",
            str(keluar),
            "--buku",
            str(buku),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    jawab = json.loads(p.stdout.strip().splitlines()[-1])
    assert p.returncode == 0 and jawab["ok"], p.stderr
    temuan = [m for m in jawab["masalah"] if m[3].startswith(f"laporan {keluar.name}, ")]
    for h in HARAP_TOMBOL:
        assert [m for m in temuan if h in m[3]], h
    assert {(g, s, c) for g, s, c, _ in temuan} == {(False, None, None)}
