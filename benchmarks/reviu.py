"""Benchmark: `lakip reviu` on reports of about 65, 110 and several hundred pages, .docx and PDF.

Reports: the seed LKj rebuilt as .docx (tests/seed_docx.py), lakip's sample report, and the
report of the M workbook (benchmarks/buat_buku.py); each also as PDF through LibreOffice; and a
PDF of over 1.000 pages (the sample's PDF ten times). Each `lakip reviu` runs as its own process
(start-up included) `--ulang` times; the median wall time, CPU time and peak memory are printed
beside the page count (pdfinfo) and the number of tables read; the CPU time is the steadier
figure on a shared machine. For each PDF the floor is poppler's `pdftotext -bbox-layout` on the
same file, measured in the same run (median CPU), and the ratio reviu / floor is printed.

    python benchmarks/reviu.py [--ulang 3] [--folder benchmarks/hasil/reviu]

Writes FOLDER/reviu.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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
    import pypdfium2 as pdfium

    panjang = pdfium.PdfDocument.new()
    contoh_pdf = pdfium.PdfDocument(str(folder / "contoh.pdf"))
    for _ in range(10):
        panjang.import_pages(contoh_pdf)
    panjang.save(str(folder / "panjang.pdf"))
    hasil.append(("contoh x10 .pdf", folder / "panjang.pdf"))
    return hasil


_UKUR = (
    "import resource, subprocess, sys\n"
    "r = subprocess.run(sys.argv[1:])\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "sys.stderr.write(f'\\n@ukur {u.ru_utime + u.ru_stime} {u.ru_maxrss} {r.returncode}\\n')\n"
)
"""A small process that runs the command and reports its CPU time and peak memory: a child
forked straight from this benchmark would count this benchmark's pages as its own."""


def _proses(argumen: list[str]) -> tuple[float, float, int, int, str]:
    """Wall time, CPU time (user + system), peak memory (KB), exit code and output of one
    process."""
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-S", "-c", _UKUR, *argumen], capture_output=True,
                       text=True)
    detik = time.perf_counter() - t
    _, cpu, kb, kode = r.stderr.rstrip().splitlines()[-1].split()
    return detik, float(cpu), int(kb), int(kode), r.stdout


def _lantai(pdf: Path, ulang: int, folder: Path) -> float:
    """Median CPU time of `pdftotext -bbox-layout` on the PDF: the floor of reading it."""
    return statistics.median(_proses(["pdftotext", "-bbox-layout", str(pdf),
                                      str(folder / "lantai.html")])[1] for _ in range(ulang))


def _ukur(berkas: Path, ulang: int, folder: Path) -> tuple[float, float, int, str]:
    """Median wall time, median CPU time, peak memory (KB) and summary of `lakip reviu`."""
    waktu, cpu, memori = [], [], []
    keluar = ""
    for i in range(ulang):
        detik, c, kb, kode, teks = _proses([*LAKIP, "reviu", str(berkas), "-o",
                                            str(folder / f"t{i}.xlsx")])
        if kode != 0:
            raise SystemExit(f"lakip reviu {berkas} gagal (kode {kode})")
        waktu.append(detik)
        cpu.append(c)
        memori.append(kb)
        keluar = teks.splitlines()[0]
    return statistics.median(waktu), statistics.median(cpu), max(memori), keluar


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ulang", type=int, default=3)
    ap.add_argument("--folder", type=Path, default=AKAR / "benchmarks" / "hasil" / "reviu")
    a = ap.parse_args()
    a.folder.mkdir(parents=True, exist_ok=True)
    baris = []
    for nama, berkas in _siapkan(a.folder):
        pdf = berkas if berkas.suffix == ".pdf" else berkas.with_suffix(".pdf")
        detik, cpu, kb, ringkas = _ukur(berkas, a.ulang, a.folder)
        tabel = re.search(r"(\d+) tabel", ringkas)
        baris.append({"laporan": nama, "halaman": _halaman(pdf), "detik": round(detik, 2),
                      "cpu": round(cpu, 2), "mb": round(kb / 1024),
                      "tabel": int(tabel.group(1)) if tabel else None})
        rasio = ""
        if berkas.suffix == ".pdf":
            lantai = _lantai(berkas, a.ulang, a.folder)
            baris[-1] |= {"lantai_cpu": round(lantai, 3), "rasio": round(cpu / lantai, 1)}
            rasio = f"  pdftotext {lantai:.2f} s, rasio {cpu / lantai:.1f}x"
        print(f"{nama:14} {baris[-1]['halaman']:5} halaman {baris[-1]['tabel']:5} tabel "
              f"{detik:7.2f} s ({cpu:.2f} s CPU, {kb / 1024:.0f} MB){rasio}")
    print(f"beban mesin (load average 1 menit): {os.getloadavg()[0]:.1f}")
    (a.folder / "reviu.json").write_text(json.dumps(baris, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
