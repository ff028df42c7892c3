"""Shared fixtures: the sample workbook built by code, its computed result, and helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from lakip_xl import operasi

AKAR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def contoh_xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample workbook, freshly built by `lakip contoh` (read-only for tests: copy it)."""
    p = tmp_path_factory.mktemp("contoh") / "contoh-panyipatan-2020.xlsx"
    operasi.buat_contoh(p)
    return p


@pytest.fixture(scope="session")
def hasil_contoh(contoh_xlsx: Path) -> Any:
    return operasi.hitung_buku(contoh_xlsx)


def baca_tabel(path: Path, sheet: str, baris_judul: int = 3) -> list[dict[str, Any]]:
    """Rows of a table sheet as dicts keyed by header text (cached values)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[sheet]
    kepala = [c.value for c in ws[baris_judul]]
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
