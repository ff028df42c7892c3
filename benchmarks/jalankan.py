"""Benchmark: `lakip hitung`, `periksa` and `laporan` at sizes S, M, L, as whole processes.

Each command runs as its own process (start-up included), at least 5 times; the median wall
time and the peak memory (max RSS) are reported beside the floor: a script that only loads the
same workbook with openpyxl and saves it (for hitung), and one that only loads it and saves an
equivalent .docx with python-docx (the same tables and rows, plain text; for laporan).

    python benchmarks/jalankan.py [--ulang 5] [--ukuran S M L] [--perintah laporan]
                                  [--folder benchmarks/hasil]

The report is also set beside its own floor: opening the finished .docx with python-docx and
saving it (columns "docx s" and its ratio). CPU time (user + sys, median) is reported beside
the wall time, with the report's ratio to its floor's CPU time: on a shared machine it moves
far less with the load than the wall time.

Writes benchmarks/hasil/hasil.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR / "benchmarks"))

from buat_buku import buat  # noqa: E402

TARGET = {
    ("S", "hitung"): "<= 1,0 s",
    ("S", "laporan"): "<= 5 x docx, <= 80 MB",
    ("L", "hitung"): "<= 1,3 x lantai",
    ("L", "laporan"): "<= 5 s, <= 350 MB",
}

# A child that runs a command and reports its own wall time, peak RSS (KB) and CPU time
# (user + sys, s) on stderr. CPU time moves less with the load of a shared machine.
PEMBUNGKUS = """
import resource, subprocess, sys, time
t = time.perf_counter()
boleh = {int(x) for x in sys.argv[1].split(",")}
r = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
dt = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
if r.returncode not in boleh:
    sys.stderr.write(r.stderr.decode(errors="replace"))
    sys.exit(r.returncode)
print(f"{dt} {ru.ru_maxrss} {ru.ru_utime + ru.ru_stime}", file=sys.stderr)
"""

LANTAI_HITUNG = """
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
wb.save(sys.argv[2])
"""

LANTAI_LAPORAN = """
import json, sys
from docx import Document
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
for ws in wb.worksheets:
    for _ in ws.iter_rows(values_only=True):
        pass
bentuk = json.loads(open(sys.argv[3]).read())
d = Document()
for kolom, baris in bentuk:
    d.add_paragraph("Tabel")
    t = d.add_table(rows=baris, cols=kolom)
    for r in t.rows:
        for c in r.cells:
            c.text = "1.234.567"
d.save(sys.argv[2])
"""

# The floor the report is held to (issue 21): open the finished report with python-docx, save it.
LANTAI_DOCX = """
import sys
from docx import Document
Document(sys.argv[1]).save(sys.argv[2])
"""


def ukur(
    perintah: list[str],
    ulang: int,
    sebelum: Callable[[], None] | None = None,
    boleh: tuple[int, ...] = (0,),
) -> tuple[float, float, float]:
    """Median wall time (s), largest peak memory (MB) and median CPU time (user + sys, s)
    over `ulang` runs of
    `python PERINTAH...` (a fresh interpreter each time). An exit code outside `boleh` stops
    the benchmark: a run that failed measures nothing."""
    waktu, mem, cpu = [], [], []
    for _ in range(ulang):
        if sebelum:
            sebelum()
        kode = ",".join(map(str, boleh))
        r = subprocess.run(
            [sys.executable, "-c", PEMBUNGKUS, kode, sys.executable, *perintah],
            capture_output=True,
            text=True,
        )
        if r.returncode != 0:
            raise SystemExit(f"gagal: {' '.join(perintah)}\n{r.stderr}")
        dt, kb, c = r.stderr.strip().splitlines()[-1].split()
        waktu.append(float(dt))
        mem.append(int(kb) / 1024)
        cpu.append(float(c))
    return statistics.median(waktu), max(mem), statistics.median(cpu)


def bentuk_laporan(buku: Path) -> list[tuple[int, int]]:
    """(columns, rows) of every table the report of this workbook holds."""
    from lakip_xl import operasi
    from lakip_xl.laporan.konteks import bangun, semua_tabel

    k = bangun(operasi.hitung_buku(buku), buku.parent)
    return [(len(t.lebar), len(t.kepala) + len(t.baris)) for t in semua_tabel(k.data)]


def main() -> None:
    ap = argparse.ArgumentParser(description="Benchmark lakip hitung/periksa/laporan.")
    ap.add_argument("--ulang", type=int, default=5, help="runs per measurement (>= 5)")
    ap.add_argument("--ukuran", nargs="+", default=["S", "M", "L"], choices=["S", "M", "L"])
    ap.add_argument("--folder", type=Path, default=AKAR / "benchmarks" / "hasil")
    ap.add_argument(
        "--perintah",
        nargs="+",
        default=["hitung", "periksa", "laporan"],
        choices=["hitung", "periksa", "laporan"],
        help="commands to measure (default: all)",
    )
    a = ap.parse_args()
    a.folder.mkdir(parents=True, exist_ok=True)
    lakip = ["-m", "lakip_xl.cli"]
    hasil = []
    print(
        f"{'uk':2} {'perintah':8} {'median s':>9} {'cpu s':>7} {'peak MB':>8} {'lantai s':>9} "
        f"{'rasio':>6} {'docx s':>9} {'rasio':>6} {'docx cpu':>8} {'rasio':>6}  target"
    )
    for uk in a.ukuran:
        asli = a.folder / f"buku-{uk}.xlsx"
        if not asli.exists():
            buat(uk, asli)
        kerja = a.folder / f"kerja-{uk}.xlsx"

        def salin(asli: Path = asli, kerja: Path = kerja) -> None:
            shutil.copyfile(asli, kerja)

        salin()
        bentuk = a.folder / f"bentuk-{uk}.json"
        bentuk.write_text(json.dumps(bentuk_laporan(kerja)))
        laporan = a.folder / f"laporan-{uk}.docx"
        perintah = {
            "hitung": ([*lakip, "hitung", "--tanpa-cadangan", str(kerja)], salin, (0,)),
            # periksa exits 1 when the workbook has galat: that is its answer, not a failure
            "periksa": ([*lakip, "periksa", str(kerja)], None, (0, 1)),
            "laporan": (
                [*lakip, "laporan", str(kerja), "-o", str(laporan), "--paksa", "--timpa"],
                None,
                (0,),
            ),
        }
        lantai_cmd = {
            "hitung": (["-c", LANTAI_HITUNG, str(kerja), str(a.folder / "lantai.xlsx")], salin),
            "laporan": (
                ["-c", LANTAI_LAPORAN, str(kerja), str(a.folder / "lantai.docx"), str(bentuk)],
                None,
            ),
        }
        for cmd in a.perintah:
            argumen, sebelum, boleh = perintah[cmd]
            lt = None
            if cmd in lantai_cmd:
                lt = ukur(lantai_cmd[cmd][0], a.ulang, lantai_cmd[cmd][1])
            t, mb, cpu = ukur(argumen, a.ulang, sebelum, boleh)
            # the report's own floor: open the finished .docx with python-docx and save it
            ld = (
                ukur(["-c", LANTAI_DOCX, str(laporan), str(a.folder / "lantai-jadi.docx")], a.ulang)
                if cmd == "laporan"
                else None
            )
            rasio = t / lt[0] if lt else None
            baris = {
                "ukuran": uk,
                "perintah": cmd,
                "median_s": round(t, 3),
                "cpu_s": round(cpu, 3),
                "peak_mb": round(mb, 1),
                "lantai_s": round(lt[0], 3) if lt else None,
                "lantai_cpu_s": round(lt[2], 3) if lt else None,
                "lantai_peak_mb": round(lt[1], 1) if lt else None,
                "rasio": round(rasio, 2) if rasio else None,
                "lantai_docx_s": round(ld[0], 3) if ld else None,
                "rasio_docx": round(t / ld[0], 2) if ld else None,
                "lantai_docx_cpu_s": round(ld[2], 3) if ld else None,
                "rasio_docx_cpu": round(cpu / ld[2], 2) if ld and ld[2] else None,
                "target": TARGET.get((uk, cmd), ""),
            }
            hasil.append(baris)
            print(
                f"{uk:2} {cmd:8} {t:9.2f} {cpu:7.2f} {mb:8.0f} "
                f"{(f'{lt[0]:9.2f}' if lt else '        -')} "
                f"{(f'{rasio:6.2f}' if rasio else '     -')} "
                f"{(f'{ld[0]:9.2f} {t / ld[0]:6.2f}' if ld else '        -      -')} "
                f"{(f'{ld[2]:8.2f} {cpu / ld[2]:6.2f}' if ld and ld[2] else '       -      -')}  "
                f"{baris['target']}"
            )
    sys_info = {
        "python": platform.python_version(),
        "mesin": platform.machine(),
        "cpu": subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip(),
        "waktu": time.strftime("%Y-%m-%d %H:%M"),
    }
    (a.folder / "hasil.json").write_text(json.dumps({"mesin": sys_info, "hasil": hasil}, indent=1))


if __name__ == "__main__":
    main()
