"""Benchmark: `lakip rekap` of N OPD workbooks against `lakip hitung` run on each in turn.

The offices are varied (tests/kantor.py's Dinas, Badan, Kecamatan and provincial Bidang, and
the sample Kecamatan Panyipatan), copied round-robin to N files (N = 24, 60, 1.000). In the same
run:
- the floor: `lakip hitung --tanpa-cadangan` on each file in turn, one process per file (what a
  Bagian Organisasi would do today, start-up included). For N up to --serial-maks (default 60)
  every file is run; above it, each kind of office is run --ulang times and the floor is the
  sum over the N files of their kind's median (an extrapolation, said so in the output);
- `lakip rekap FOLDER -o rekap.xlsx` as one process (its pool over os.cpu_count() cores).
Reported: wall time and CPU time (user + system, the process and its workers) of both, their
ratios (target <= 0,6 on wall time), and the recap parent's own peak RSS, which must not grow
with N (the workers' peak apart). The machine is shared: CPU time is the steadier figure.

    python benchmarks/rekap.py [--n 24 60 1000] [--ulang 3] [--serial-maks 60]
                               [--folder benchmarks/hasil/rekap]

Writes FOLDER/rekap.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR / "tests"))

TARGET = "<= 0,6 x hitung satu per satu; memori induk tidak tumbuh dengan N"

# One command in a child; prints wall s, CPU s (the child and all it waited for), its own peak
# RSS (KB) and its children's, on stderr.
PEMBUNGKUS = """
import resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
dt = time.perf_counter() - t
c = resource.getrusage(resource.RUSAGE_CHILDREN)
if r.returncode != 0:
    sys.stderr.write(r.stderr.decode(errors="replace"))
    sys.exit(r.returncode)
print(f"{dt} {c.ru_utime + c.ru_stime} {c.ru_maxrss}", file=sys.stderr)
"""

# The recap in this child's own process (so its own peak RSS is the parent's, the pool's
# workers counted apart): wall s, CPU s (self + workers), peak RSS self KB, workers KB.
REKAP = """
import resource, sys, time
t = time.perf_counter()
from lakip_xl.cli import main
kode = main(sys.argv[1:])
dt = time.perf_counter() - t
s = resource.getrusage(resource.RUSAGE_SELF)
c = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime
print(f"HASIL {dt} {cpu} {s.ru_maxrss} {c.ru_maxrss}", file=sys.stderr)
sys.exit(kode)
"""


def kantor_dasar(folder: Path) -> list[Path]:
    """The varied offices every N is copied from."""
    import kantor

    from lakip_xl import operasi

    folder.mkdir(parents=True, exist_ok=True)
    dasar = [
        folder / "dinas-ketahanan-pangan-2024.xlsx",
        folder / "bapperida-2024.xlsx",
        folder / "kecamatan-bati-bati-2024.xlsx",
        folder / "bidang-sampah-dlh-kalsel-2024.xlsx",
        folder / "kecamatan-panyipatan-2020.xlsx",
    ]
    buat = [kantor.dinas, kantor.badan, kantor.kecamatan, kantor.bidang]
    for p, f in zip(dasar, buat, strict=False):
        if not p.exists():
            f(folder)
    if not dasar[-1].exists():
        operasi.buat_contoh(dasar[-1])
    return dasar


def isi_folder(dasar: list[Path], n: int, folder: Path) -> list[tuple[Path, int]]:
    """N copies round-robin over the offices: (file, which office)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    hasil = []
    for i in range(n):
        j = i % len(dasar)
        p = folder / f"opd-{i:04}-{dasar[j].stem}.xlsx"
        shutil.copyfile(dasar[j], p)
        hasil.append((p, j))
    return hasil


def hitung_satu(path: Path) -> tuple[float, float]:
    """`lakip hitung` on one file in its own process: wall s, CPU s."""
    r = subprocess.run(
        [
            sys.executable,
            "-c",
            PEMBUNGKUS,
            sys.executable,
            "-m",
            "lakip_xl.cli",
            "hitung",
            "--tanpa-cadangan",
            str(path),
        ],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        raise SystemExit(f"hitung gagal: {path}\n{r.stderr}")
    dt, cpu, _ = r.stderr.strip().splitlines()[-1].split()
    return float(dt), float(cpu)


def rekap(folder: Path, keluar: Path) -> tuple[float, float, float, float]:
    """`lakip rekap` of a folder: wall s, CPU s, parent peak MB, workers' peak MB."""
    r = subprocess.run(
        [sys.executable, "-c", REKAP, "rekap", str(folder), "-o", str(keluar), "--timpa"],
        capture_output=True,
        text=True,
    )
    baris = [b for b in r.stderr.splitlines() if b.startswith("HASIL ")]
    if r.returncode != 0 or not baris:
        raise SystemExit(f"rekap gagal:\n{r.stderr[-3000:]}")
    dt, cpu, kb, kb_anak = baris[-1].split()[1:]
    return float(dt), float(cpu), int(kb) / 1024, int(kb_anak) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description="Benchmark lakip rekap.")
    ap.add_argument("--n", type=int, nargs="+", default=[24, 60, 1000])
    ap.add_argument("--ulang", type=int, default=3, help="runs of each measurement (median)")
    ap.add_argument("--serial-maks", type=int, default=60)
    ap.add_argument("--folder", type=Path, default=AKAR / "benchmarks" / "hasil" / "rekap")
    a = ap.parse_args()
    dasar = kantor_dasar(a.folder / "dasar")
    # each office's hitung cost, measured in this run (for the extrapolated floor)
    per_jenis: list[tuple[float, float]] = []
    for p in dasar:
        salinan = a.folder / "satu.xlsx"
        ukur = []
        for _ in range(a.ulang):
            shutil.copyfile(p, salinan)
            ukur.append(hitung_satu(salinan))
        per_jenis.append(
            (statistics.median(u[0] for u in ukur), statistics.median(u[1] for u in ukur))
        )
    hasil = []
    print(
        f"{'N':>5} {'hitung s':>9} {'cpu s':>8} {'rekap s':>8} {'cpu s':>8} {'rasio':>6} "
        f"{'rasio cpu':>9} {'induk MB':>8} {'pekerja MB':>10}  lantai"
    )
    for n in a.n:
        berkas = isi_folder(dasar, n, a.folder / f"opd-{n}")
        if n <= a.serial_maks:
            satu = [hitung_satu(p) for p, _ in berkas]  # the files are rewritten: copy again
            lantai = (sum(s[0] for s in satu), sum(s[1] for s in satu))
            cara = "diukur"
            berkas = isi_folder(dasar, n, a.folder / f"opd-{n}")
        else:
            lantai = (
                sum(per_jenis[j][0] for _, j in berkas),
                sum(per_jenis[j][1] for _, j in berkas),
            )
            cara = f"ekstrapolasi dari median {a.ulang}x per jenis kantor"
        ukur = [rekap(a.folder / f"opd-{n}", a.folder / f"rekap-{n}.xlsx") for _ in range(a.ulang)]
        t = statistics.median(u[0] for u in ukur)
        cpu = statistics.median(u[1] for u in ukur)
        mb = max(u[2] for u in ukur)
        mb_anak = max(u[3] for u in ukur)
        baris = {
            "n": n,
            "hitung_s": round(lantai[0], 2),
            "hitung_cpu_s": round(lantai[1], 2),
            "lantai": cara,
            "rekap_s": round(t, 2),
            "rekap_cpu_s": round(cpu, 2),
            "rasio": round(t / lantai[0], 3),
            "rasio_cpu": round(cpu / lantai[1], 3),
            "induk_peak_mb": round(mb, 1),
            "pekerja_peak_mb": round(mb_anak, 1),
            "rekap_semua_s": [round(u[0], 2) for u in ukur],
            "target": TARGET,
        }
        hasil.append(baris)
        print(
            f"{n:5} {lantai[0]:9.1f} {lantai[1]:8.1f} {t:8.1f} {cpu:8.1f} {t / lantai[0]:6.2f} "
            f"{cpu / lantai[1]:9.2f} {mb:8.0f} {mb_anak:10.0f}  {cara}",
            flush=True,
        )
        shutil.rmtree(a.folder / f"opd-{n}")
    mesin = {
        "python": platform.python_version(),
        "mesin": platform.machine(),
        "cpu": os.cpu_count(),
        "beban": os.getloadavg(),
        "waktu": time.strftime("%Y-%m-%d %H:%M"),
        "hitung_per_jenis_s": [round(x[0], 3) for x in per_jenis],
    }
    (a.folder / "rekap.json").write_text(json.dumps({"mesin": mesin, "hasil": hasil}, indent=1))


if __name__ == "__main__":
    main()
