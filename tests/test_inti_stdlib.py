"""The calculation core (and the pure workbook logic on top of it) imports nothing outside the
standard library, so the same code runs in Excel (xlwings) and in LibreOffice's own Python."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import AKAR

MURNI = [
    "lakip_xl.calc.angka",
    "lakip_xl.calc.capaian",
    "lakip_xl.calc.kategori",
    "lakip_xl.calc.rata",
    "lakip_xl.calc.banding",
    "lakip_xl.calc.anggaran",
    "lakip_xl.calc.skm",
    "lakip_xl.calc.efisiensi",
    "lakip_xl.calc.format_id",
    "lakip_xl.buku.layout",
    "lakip_xl.buku.sel",
    "lakip_xl.buku.baca",
    "lakip_xl.hitung",
    "lakip_xl.errors",
]

PROBE = """
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
sebelum = set(sys.modules)
for m in sys.argv[2:]:
    importlib.import_module(m)
baru = sorted({n.split(".")[0] for n in set(sys.modules) - sebelum})
bukan_std = [n for n in baru if n not in sys.stdlib_module_names and n != "lakip_xl"]
print(json.dumps(bukan_std))
"""


def _probe(python: str) -> list[str]:
    r = subprocess.run(
        [python, "-I", "-c", PROBE, str(AKAR), *MURNI],
        capture_output=True,
        text=True,
        cwd="/",
    )
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_inti_hanya_pustaka_standar() -> None:
    assert _probe(sys.executable) == []


def test_inti_jalan_di_python_sistem_tanpa_paket() -> None:
    """Debian's /usr/bin/python3 (the one LibreOffice uses) has none of our dependencies."""
    python = "/usr/bin/python3"
    assert Path(python).exists()
    cek = subprocess.run([python, "-I", "-c", "import openpyxl"], capture_output=True)
    assert cek.returncode != 0  # really a bare interpreter
    assert _probe(python) == []
    hitung = (
        f"import sys; sys.path.insert(0, {str(AKAR)!r})\n"
        "from lakip_xl.calc.capaian import hitung_capaian\n"
        "from lakip_xl.calc.skm import hitung_ikm\n"
        "print(hitung_capaian(75, 83).persen_bulat(), hitung_ikm([3.39] * 9).konversi_tampil)"
    )
    r = subprocess.run(
        [python, "-I", "-c", hitung],
        capture_output=True,
        text=True,
        cwd="/",
    )
    assert r.stdout.split() == ["110.67", "84.75"]
