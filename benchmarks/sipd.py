"""Benchmark: `lakip impor-sipd` of one SKPD from the real 5.473-row Rekap export, as a whole
process, against the floor measured in the same run: a process that only reads that export
with openpyxl in read-only mode (every row's values). Target: <= 2 x the floor.

    python benchmarks/sipd.py [--ulang 5] [--skpd "Kecamatan Namlea"]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR / "benchmarks"))

from jalankan import PEMBUNGKUS  # noqa: E402

REKAP = AKAR.parent / "shared" / "data" / "sipd" / "rekap-apbd-murni-2024.xlsx"
LANTAI = """
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True)
n = sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))
"""


def _ukur(perintah: list[str]) -> tuple[float, int]:
    r = subprocess.run(
        [sys.executable, "-c", PEMBUNGKUS, "0", *perintah], capture_output=True, text=True
    )
    if r.returncode != 0:
        raise SystemExit(r.stderr)
    dt, kb = r.stderr.split()[-2:]
    return float(dt), int(kb)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ulang", type=int, default=5)
    ap.add_argument("--skpd", default="Kecamatan Namlea")
    ap.add_argument("--rekap", type=Path, default=REKAP)
    a = ap.parse_args()
    lakip = [sys.executable, "-m", "lakip_xl.cli"]
    with tempfile.TemporaryDirectory() as d:
        kosong = Path(d) / "kosong.xlsx"
        subprocess.run(
            [*lakip, "baru", "-o", str(kosong), "--tahun", "2024"], check=True, capture_output=True
        )
        lantai, impor = [], []
        for i in range(a.ulang):
            lantai.append(_ukur([sys.executable, "-c", LANTAI, str(a.rekap)]))
            buku = Path(d) / f"buku{i}.xlsx"
            shutil.copyfile(kosong, buku)
            impor.append(_ukur([*lakip, "impor-sipd", str(buku), str(a.rekap), "--skpd", a.skpd]))
    tl = statistics.median(t for t, _ in lantai)
    ti = statistics.median(t for t, _ in impor)
    mb = max(kb for _, kb in impor) / 1024
    print(f"lantai (openpyxl read-only, baca semua baris): {tl:.2f} s")
    print(f"impor-sipd {a.skpd} (termasuk hitung ulang):   {ti:.2f} s, {mb:.0f} MB")
    print(f"rasio: {ti / tl:.2f} x lantai (target <= 2,0)")


if __name__ == "__main__":
    main()
