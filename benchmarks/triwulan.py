"""Benchmark: the E.81 and Rencana Aksi written as .docx against the same document as .xlsx.

For each workbook size (S = the sample, M = 600 anggaran rows and 300 indikator, L = 5.000
anggaran rows and 2.000 indikator; see buat_buku.py) the workbook is computed once, then each
document is written as .xlsx and as .docx at least 5 times in this process; the median times
and the ratio .docx / .xlsx are reported (target: <= 3). The .xlsx writer is the floor: the
same table model laid out by openpyxl.

    python benchmarks/triwulan.py [--ulang 5] [--ukuran S M] [--folder benchmarks/hasil]

Writes benchmarks/hasil/triwulan.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR / "benchmarks"))

from buat_buku import buat  # noqa: E402

TARGET = 3.0


def median_waktu(tulis, ulang: int) -> float:
    waktu = []
    for _ in range(ulang):
        t = time.perf_counter()
        tulis()
        waktu.append(time.perf_counter() - t)
    return statistics.median(waktu)


def main() -> None:
    from lakip_xl import operasi
    from lakip_xl.triwulan.dokumen import tulis_e81, tulis_rencana_aksi

    ap = argparse.ArgumentParser(description="Benchmark E.81 / Rencana Aksi .docx vs .xlsx.")
    ap.add_argument("--ulang", type=int, default=5, help="runs per measurement (>= 5)")
    ap.add_argument("--ukuran", nargs="+", default=["S", "M"], choices=["S", "M", "L"])
    ap.add_argument("--folder", type=Path, default=AKAR / "benchmarks" / "hasil")
    a = ap.parse_args()
    a.folder.mkdir(parents=True, exist_ok=True)
    hasil = []
    print(f"{'uk':2} {'dokumen':12} {'baris':>6} {'xlsx s':>8} {'docx s':>8} {'rasio':>6}  target")
    for uk in a.ukuran:
        buku = a.folder / f"buku-{uk}.xlsx"
        if not buku.exists():
            buat(uk, buku)
        h = operasi.hitung_buku(buku)
        for nama, tulis in (
            ("E.81", lambda p, h=h: tulis_e81(h, 2, p, paksa=True)),
            ("Rencana Aksi", lambda p, h=h: tulis_rencana_aksi(h, p, 2, paksa=True)),
        ):
            xlsx, docx = a.folder / f"tw-{uk}.xlsx", a.folder / f"tw-{uk}.docx"
            tulis(docx)  # warm-up: fonts measured, modules imported
            t_x = median_waktu(lambda t=tulis, p=xlsx: t(p), a.ulang)
            t_d = median_waktu(lambda t=tulis, p=docx: t(p), a.ulang)
            baris = len(h.buku.rows("Anggaran")) if nama == "E.81" else len(h.indikator)
            rasio = t_d / t_x
            status = "ok" if rasio <= TARGET else "LEBIH"
            print(
                f"{uk:2} {nama:12} {baris:>6} {t_x:>8.3f} {t_d:>8.3f} {rasio:>6.2f}  "
                f"<= {TARGET:g} x {status}"
            )
            hasil.append(
                dict(ukuran=uk, dokumen=nama, baris=baris, xlsx_s=t_x, docx_s=t_d, rasio=rasio)
            )
    keluar = a.folder / "triwulan.json"
    keluar.write_text(
        json.dumps({"mesin": platform.platform(), "ulang": a.ulang, "hasil": hasil}, indent=1)
    )
    print(keluar)


if __name__ == "__main__":
    main()
