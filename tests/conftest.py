"""Shared fixtures: the sample workbook built by code, its computed result, and helpers."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sekali
from lo_bersama import libreoffice_bersama  # noqa: F401  (autouse: one soffice per process)

from lakip_xl import operasi

AKAR = Path(__file__).resolve().parents[1]

# The slowest modules, longest first (seconds summed from `--durations=0` of the full suite,
# 7 December 2026, afternoon, after the test speedups of that day): they start first, so that
# with `-n 2 --dist loadfile --no-loadscope-reorder` (scripts/uji.sh) no long module is left
# to run alone at the end. Modules not listed follow in their usual order; the order inside a
# module is kept.
MODUL_LAMA = (
    "test_keandalan.py",  # 115 s: the corpus, every case through three CLI subprocesses
    "test_excel_libreoffice.py",  # 65 s: the LibreOffice buttons, each office its own profile
    "test_berkas_nyata.py",  # 61 s
    "test_paket.py",  # 57 s: wheels installed offline
    "test_penulis.py",  # 55 s
    "test_perintah.py",  # 54 s
    "test_lo_tetap.py",  # 37 s
    "test_reviu_kantor.py",  # 32 s
    "test_reviu_laporan.py",  # 25 s
    "test_laporan.py",  # 25 s
    "test_buku_kerja.py",  # 21 s
    "test_reviu_satu_putusan.py",  # 20 s
    "test_berkas_sah.py",  # 20 s
    "test_triwulan_docx.py",  # 19 s
    "test_sipd.py",  # 18 s
    "test_excel_mesin.py",  # 17 s
    "test_laporan_kantor.py",  # 17 s
)


def pytest_configure(config: pytest.Config) -> None:
    """The run's folder of files made once (tests/sekali.py), made by the main process before
    pytest-xdist starts its workers: they inherit its name."""
    if not hasattr(config, "workerinput") and sekali.LINGKUNGAN not in os.environ:
        os.environ[sekali.LINGKUNGAN] = tempfile.mkdtemp(prefix="lakip-uji-sekali-")
        config.add_cleanup(_hapus_sekali)


def _hapus_sekali() -> None:
    shutil.rmtree(os.environ.pop(sekali.LINGKUNGAN), ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the slow modules first (MODUL_LAMA); a stable sort, so each module keeps its order."""
    urutan = {nama: i for i, nama in enumerate(MODUL_LAMA)}
    items.sort(key=lambda item: urutan.get(item.path.name, len(MODUL_LAMA)))


@pytest.fixture(scope="session")
def contoh_xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample workbook, freshly built by the code of `lakip contoh` (operasi.buat_contoh;
    once per test run, tests/sekali.py; read-only for tests: copy it)."""
    p = tmp_path_factory.mktemp("contoh") / "contoh-panyipatan-2020.xlsx"
    return sekali.sekali("contoh-operasi.xlsx", p, lambda: operasi.buat_contoh(p))


@pytest.fixture(scope="session")
def hasil_contoh(contoh_xlsx: Path) -> Any:
    return operasi.hitung_buku(contoh_xlsx)


def baca_tabel(path: Path, sheet: str, baris_judul: int = 3) -> list[dict[str, Any]]:
    """Rows of a table sheet as dicts keyed by header text (cached values). Read-only mode parses
    that sheet alone; its recorded dimension is ignored, so every cell is read."""
    wb = openpyxl.load_workbook(path, data_only=True, read_only=True)
    ws = wb[sheet]
    ws.reset_dimensions()
    kepala = list(next(ws.iter_rows(min_row=baris_judul, max_row=baris_judul, values_only=True)))
    hasil = []
    for row in ws.iter_rows(min_row=baris_judul + 1, values_only=True):
        if all(v is None for v in row):
            continue
        hasil.append({k: v for k, v in zip(kepala, row, strict=False) if k})
    wb.close()
    return hasil


def cari(rows: list[dict[str, Any]], kolom: str, nilai: Any) -> dict[str, Any]:
    cocok = [r for r in rows if r.get(kolom) == nilai]
    assert len(cocok) == 1, (kolom, nilai, len(cocok))
    return cocok[0]
