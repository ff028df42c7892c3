"""Benchmark: `lakip reviu` on reports of about 65, 110 and several hundred pages, .docx and PDF.

Reports: the seed LKj rebuilt as .docx (tests/seed_docx.py), lakip's sample report, and the
report of the M workbook (benchmarks/buat_buku.py); each also as PDF through LibreOffice. Each
`lakip reviu` runs as its own process (start-up included) `--ulang` times; the median wall time
and CPU time are printed beside the page count (pdfinfo) and the number of tables read; the
CPU time is the steadier figure on a shared machine.

    python benchmarks/reviu.py [--ulang 3] [--folder benchmarks/hasil/reviu]

Writes FOLDER/reviu.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR / "benchmarks"))
sys.path.insert(0, str(AKAR / "tests"))

from buat_buku import buat  # noqa: E402
from seed_docx import bangun  # noqa: E402

from lakip_xl.libreoffice.konversi import ke_pdf  # noqa: E402

LAKIP = [sys.executable, "-m", "lakip_xl.cli"]


def _halaman(pdf: Path) -> int:
    r = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", r.stdout).group(1))  # type: ignore[union-attr]


def _siapkan(folder: Path) -> list[tuple[str, Path]]:
    seed = bangun(folder / "seed.docx")
    contoh = folder / "contoh.xlsx"
    subprocess.run([*LAKIP, "contoh", "-o", str(contoh), "--timpa"], check=True,
                   capture_output=True)
    subprocess.run([*LAKIP, "laporan", str(contoh), "-o", str(folder / "contoh.docx"), "--timpa"],
                   check=True, capture_output=True)
    m = buat("M", folder / "m.xlsx")
    subprocess.run([*LAKIP, "laporan", str(m), "-o", str(folder / "m.docx"), "--paksa", "--timpa"],
                   check=True, capture_output=True)
    hasil = []
    for nama, docx in (("seed", seed), ("contoh", folder / "contoh.docx"),
                       ("M", folder / "m.docx")):
        pdf = ke_pdf(docx, docx.with_suffix(".pdf"), perbarui_indeks=False)
        hasil += [(f"{nama} .docx", docx), (f"{nama} .pdf", pdf)]
    return hasil


def _ukur(berkas: Path, ulang: int, folder: Path) -> tuple[float, float, str]:
    """Median wall time and median CPU time (user + system) of `lakip reviu` on one file."""
    waktu, cpu = [], []
    keluar = ""
    for i in range(ulang):
        t = time.perf_counter()
        awal = resource.getrusage(resource.RUSAGE_CHILDREN)
        r = subprocess.run([*LAKIP, "reviu", str(berkas), "-o", str(folder / f"t{i}.xlsx")],
                           capture_output=True, text=True)
        akhir = resource.getrusage(resource.RUSAGE_CHILDREN)
        waktu.append(time.perf_counter() - t)
        cpu.append(akhir.ru_utime - awal.ru_utime + akhir.ru_stime - awal.ru_stime)
        if r.returncode != 0:
            raise SystemExit(r.stderr)
        keluar = r.stdout.splitlines()[0]
    return statistics.median(waktu), statistics.median(cpu), keluar


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ulang", type=int, default=3)
    ap.add_argument("--folder", type=Path, default=AKAR / "benchmarks" / "hasil" / "reviu")
    a = ap.parse_args()
    a.folder.mkdir(parents=True, exist_ok=True)
    baris = []
    for nama, berkas in _siapkan(a.folder):
        pdf = berkas if berkas.suffix == ".pdf" else berkas.with_suffix(".pdf")
        detik, cpu, ringkas = _ukur(berkas, a.ulang, a.folder)
        tabel = re.search(r"(\d+) tabel", ringkas)
        baris.append({"laporan": nama, "halaman": _halaman(pdf), "detik": round(detik, 2),
                      "cpu": round(cpu, 2), "tabel": int(tabel.group(1)) if tabel else None})
        print(f"{nama:14} {baris[-1]['halaman']:5} halaman {baris[-1]['tabel']:5} tabel "
              f"{detik:7.2f} s ({cpu:.2f} s CPU)")
    print(f"beban mesin (load average 1 menit): {os.getloadavg()[0]:.1f}")
    (a.folder / "reviu.json").write_text(json.dumps(baris, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
