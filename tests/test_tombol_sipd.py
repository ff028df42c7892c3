"""The Impor SIPD button (any engine): the real 2024 SIPD-RI exports imported into an open
workbook give the rows `lakip impor-sipd` writes (test_sipd's sums, made here from the export
with openpyxl), written through the engine, then recomputed; an empty or misspelt SKPD lists
the file's SKPD and changes nothing. Excel's side through what RunPython calls, with the text
Lakip.bas's TeksPython makes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import test_excel_mesin as excel
import test_sipd as sipd

from lakip_xl import tombol, tombol_sipd
from lakip_xl.buku.xlsx import baca_grid
from lakip_xl.excel import udf

NAMLEA = "Kecamatan Namlea"
MODUL = (sys.executable, "-m", "lakip_xl.tombol_sipd")


@pytest.fixture(scope="module")
def sipd_kosong(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A blank workbook of 2024, as `lakip baru` makes it, with only the office's name typed
    (else Profil's empty Nama Instansi is the one galat)."""
    p = tmp_path_factory.mktemp("kosong") / "kosong.xlsx"
    subprocess.run([*sipd.LAKIP, "baru", "-o", str(p), "--tahun", "2024"], check=True)
    wb = openpyxl.load_workbook(p)
    ws = wb["Profil"]
    baris = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Nama Instansi")
    ws.cell(baris, 2).value = NAMLEA
    wb.save(p)
    return p


def _grid_ke_berkas(grid: dict[str, list[list[Any]]], asal: Path, tujuan: Path) -> Path:
    """The engine's grid saved as a workbook (values only), to read with test_sipd's readers."""
    wb = openpyxl.load_workbook(asal)
    for nama in ("Anggaran", "Belanja"):
        ws = wb[nama]
        for row in ws.iter_rows(min_row=4):
            for c in row:
                c.value = None
        for r, row in enumerate(grid[nama], start=1):
            for c, v in enumerate(row, start=1):
                if r >= 4:
                    ws.cell(r, c).value = v
    wb.save(tujuan)
    return tujuan


def _tanpa_waktu(grid: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
    return excel._tanpa_waktu(grid)


def test_tombol_impor_sipd_sama_dengan_perintah(sipd_kosong: Path, tmp_path: Path) -> None:
    """A blank workbook (`lakip baru --tahun 2024`) open in an engine: Kecamatan Namlea from the
    murni export. Every code and pagu as the export sums them, the Belanja sheet per rekening,
    recomputed; cell for cell what `lakip impor-sipd` then `hitung` write into the file."""
    buku = sipd._salin(sipd_kosong, tmp_path)
    lembar = tombol.LembarGrid.dari_berkas(buku)
    hasil = tombol_sipd.impor_sipd(lembar, sipd.MURNI, NAMLEA)
    assert hasil is not None
    teks, galat = lembar.pesan_pesan[-1]
    assert not galat
    assert teks.startswith(f"SKPD: {NAMLEA}.\nBaris ditambahkan: ")
    assert teks.endswith(f"Anggaran diimpor ke {buku.name} dan dihitung ulang (0 galat).")
    # the rows, as test_sipd checks the command's
    harap = sipd._harapan(sipd.MURNI, NAMLEA)
    ada = sipd._anggaran(_grid_ke_berkas(lembar.grid, buku, tmp_path / "dari-tombol.xlsx"))
    assert [r[0] for r in ada] == sorted(harap, key=sipd.kunci_kode)
    for kode, jenis, _, anggaran, _ in ada:
        assert jenis == harap[kode][0]
        assert (None if anggaran is None else Decimal(str(anggaran))) == harap[kode][1], kode
    total = sum(Decimal(r["PAGU"]) for r in sipd._rekap(sipd.MURNI, NAMLEA) if r["PAGU"])
    assert sum(Decimal(str(r[3])) for r in ada if r[3] is not None) == total
    kosong_pagu = [k for k, (j, v) in harap.items() if j == "Sub Kegiatan" and v is None]
    assert kosong_pagu and all(f"sub kegiatan {k} belum punya pagu" in teks for k in kosong_pagu)
    # the command on a copy of the same blank file: the same cells
    cli = sipd._salin(sipd_kosong, tmp_path, "cli.xlsx")
    j = sipd.lakip("impor-sipd", cli, sipd.MURNI, "--skpd", NAMLEA, cwd=tmp_path)
    assert j.returncode == 0, j.stderr
    harap_grid = _tanpa_waktu(baca_grid(cli))
    dapat = _tanpa_waktu(lembar.grid)
    for nama in ("Anggaran", "Belanja", "Ringkasan"):
        assert dapat[nama] == harap_grid[nama], nama
    # the summary lines are the command's
    assert teks.splitlines()[:-1] == j.stdout.splitlines()[: len(teks.splitlines()) - 1]
    # again: nothing to write, the message says so
    sebelum = {n: [list(r) for r in rows] for n, rows in lembar.grid.items()}
    assert tombol_sipd.impor_sipd(lembar, sipd.MURNI, "7.01.0.00.0.00.01.0000") is None
    assert lembar.pesan_pesan[-1][0].endswith(f"'{buku.name}' tidak diubah.")
    assert lembar.grid == sebelum


def test_tombol_perubahan_menjaga_realisasi(sipd_kosong: Path, tmp_path: Path) -> None:
    """After the murni import staff type a realisasi in the open workbook; the Perubahan 1
    import through the button updates the pagu (BPBD: 3.191.883.360 in total) and keeps it."""
    skpd = "Badan Penanggulangan Bencana Daerah"
    buku = sipd._salin(sipd_kosong, tmp_path)
    lembar = tombol.LembarGrid.dari_berkas(buku)
    assert tombol_sipd.impor_sipd(lembar, sipd.MURNI, skpd) is not None
    rows = lembar.grid["Anggaran"]
    kol = {v: j for j, v in enumerate(rows[2]) if v}
    ketik = "1.05.03.2.01.0003"
    r = next(r for r in rows[3:] if r and r[kol["Kode"]] == ketik)
    r.extend([None] * (kol["Realisasi"] + 1 - len(r)))
    r[kol["Realisasi"]] = 12345678
    assert tombol_sipd.impor_sipd(lembar, sipd.PERUBAHAN, skpd) is not None
    teks = lembar.pesan_pesan[-1][0]
    assert "Pagu " in teks and "->" in teks
    ada = {
        x[0]: x
        for x in sipd._anggaran(_grid_ke_berkas(lembar.grid, buku, tmp_path / "p.xlsx"))
        if x[0]
    }
    harap = sipd._harapan(sipd.PERUBAHAN, skpd)
    assert sum(
        Decimal(str(x[3])) for x in ada.values() if x[3] is not None and x[0] in harap
    ) == Decimal(3191883360)
    assert ada[ketik][4] == 12345678


@pytest.mark.parametrize(
    ("skpd", "harap"),
    [
        ("", "Sebutkan SKPD di kotak isian tombol Impor SIPD (nama atau KODE SKPD) dari "),
        ("Kecamatan Air Buya", "(maksudnya 'Kecamatan Air Buaya'?)"),
    ],
)
def test_tombol_skpd_kosong_atau_salah(
    sipd_kosong: Path, tmp_path: Path, skpd: str, harap: str
) -> None:
    """The command's sentences: the file's SKPD listed (the closest name to a misspelt one),
    in a critical message; nothing written."""
    buku = sipd._salin(sipd_kosong, tmp_path)
    lembar = tombol.LembarGrid.dari_berkas(buku)
    sebelum = {n: [list(r) for r in rows] for n, rows in lembar.grid.items()}
    assert tombol_sipd.impor_sipd(lembar, sipd.MURNI, skpd) is None
    teks, galat = lembar.pesan_pesan[-1]
    assert galat and harap in teks
    assert "7.01.0.00.0.00.02.0000 Kecamatan Air Buaya" in teks
    assert teks.endswith("Buku kerja tidak diubah.")
    assert lembar.grid == sebelum and lembar.masalah is None


def test_tombol_bukan_ekspor_sipd(sipd_kosong: Path, tmp_path: Path) -> None:
    buku = sipd._salin(sipd_kosong, tmp_path)
    lembar = tombol.LembarGrid.dari_berkas(buku)
    assert tombol_sipd.impor_sipd(lembar, buku, NAMLEA) is None  # a workbook, not an export
    teks, galat = lembar.pesan_pesan[-1]
    assert galat and f"Berkas '{buku.name}' bukan ekspor Rekap SIPD-RI" in teks


def _teks_python(s: str) -> str:
    """What Lakip.bas's TeksPython gives for `s` (letters and digits kept, every other UTF-16
    unit as \\uXXXX), written out from the rule."""
    unit = s.encode("utf-16-le")
    hasil = []
    for i in range(0, len(unit), 2):
        u = int.from_bytes(unit[i : i + 2], "little")
        c = chr(u)
        ascii_alnum = c.isascii() and c.isalnum()
        hasil.append(c if ascii_alnum else f"\\u{u:04X}")
    return "'" + "".join(hasil) + "'"


def test_excel_tombol_impor_sipd_lewat_runpython(
    sipd_kosong: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel's side on the stand-in for its COM API: the RunPython line Lakip.bas builds (for a
    path with spaces, a quote and non-ASCII letters, and an SKPD typed with spaces around it)
    runs the import into the open workbook and leaves the file itself untouched."""
    import xlwings as xw

    folder = tmp_path / "Ekspor SIPD 'murni' Désa"
    folder.mkdir()
    rekap = folder / "rekap 2024 ✓.xlsx"
    shutil.copyfile(sipd.MURNI, rekap)
    buku = sipd._salin(sipd_kosong, tmp_path, "LKj 2024.xlsx")
    isi = buku.read_bytes()
    excel_buku = excel.BukuPalsu.dari_json(excel.payload_dari_berkas(buku))
    monkeypatch.setattr(xw.Book, "caller", staticmethod(lambda: excel_buku))
    perintah = (
        "from lakip_xl.excel.udf import impor_sipd; impor_sipd("
        + _teks_python(str(rekap))
        + ", "
        + _teks_python("  Kecamatan Namlea ")
        + ")"
    )
    assert '"' not in perintah and all(c.isascii() for c in perintah)
    exec(compile(perintah, "<RunPython>", "exec"), {})
    teks, judul, mode = excel_buku.app.pesan[-1]
    assert (judul, mode) == ("LAKIP", "info"), teks
    assert teks.endswith("Anggaran diimpor ke LKj 2024.xlsx dan dihitung ulang (0 galat).")
    grid = excel_buku.grid()
    k = grid["Anggaran"][2].index("Kode")
    kode = [r[k] for r in grid["Anggaran"][3:] if len(r) > k and r[k]]
    assert kode == sorted(sipd._harapan(sipd.MURNI, NAMLEA), key=sipd.kunci_kode)
    assert buku.read_bytes() == isi
    # a character outside the BMP travels as two \\u units and comes back whole
    assert udf._teks_vba(eval(_teks_python("✓ 𝔸"))) == "✓ 𝔸"


def test_jembatan_libreoffice_rencana_json(sipd_kosong: Path, tmp_path: Path) -> None:
    """The bridge the LibreOffice button plans through: a grid file in, the cells and summary
    out as JSON; applying them gives the in-process plan."""
    buku = sipd._salin(sipd_kosong, tmp_path)
    grid = baca_grid(buku)
    berkas = tmp_path / "grid.json"
    berkas.write_text(tombol.grid_ke_json(grid), encoding="utf-8")
    p = subprocess.run(
        [
            *MODUL,
            str(berkas),
            "--rekap",
            str(sipd.MURNI),
            "--skpd",
            NAMLEA,
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
    r = tombol_sipd.rencana_sipd(grid, sipd.MURNI, NAMLEA, buku)
    assert jawab["baris"] == r.baris
    assert tombol_sipd.tulisan_dari_json(jawab["tulisan"]) == r.tulisan
    p = subprocess.run(
        [*MODUL, str(berkas), "--rekap", str(buku), "--buku", str(buku)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    jawab = json.loads(p.stdout.strip().splitlines()[-1])
    assert p.returncode == 1 and "bukan ekspor Rekap SIPD-RI" in jawab["pesan"]
