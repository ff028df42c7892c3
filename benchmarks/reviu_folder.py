"""Benchmark: `lakip reviu FOLDER` (a process pool over the cores) against its floor, `lakip
reviu FILE` run on each document of the same folder in turn, measured in the same run.

The folder holds N documents: lakip's sample report, alternately as .docx and as its 111-page
PDF. For each N the wall time of both, their ratio (folder / one by one), and the peak memory
of the largest process of the folder run (RUSAGE_CHILDREN maxrss: it should not grow with N,
since only results are kept) are printed.

    python benchmarks/reviu_folder.py [--n 12 24] [--folder benchmarks/hasil/reviu-folder]

Writes FOLDER/reviu-folder.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR))

from lakip_xl.libreoffice.konversi import ke_pdf  # noqa: E402

LAKIP = [sys.executable, "-m", "lakip_xl.cli"]
_UKUR = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "t = time.perf_counter() - t\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(t, u.ru_utime + u.ru_stime, u.ru_maxrss, r.returncode)\n"
)
"""Runs one command; prints its wall time, CPU time, peak memory (KB) and exit code."""


def _ukur(*perintah: str) -> tuple[float, float, int]:
    r = subprocess.run(
        [sys.executable, "-c", _UKUR, *perintah], capture_output=True, text=True, check=True
    )
    wall, cpu, kb, kode = r.stdout.split()
    assert kode == "0", perintah
    return float(wall), float(cpu), int(kb)


def _siapkan(folder: Path) -> tuple[Path, Path]:
    contoh = folder / "contoh.xlsx"
    subprocess.run(
        [*LAKIP, "contoh", "-o", str(contoh), "--timpa"], check=True, capture_output=True
    )
    docx = folder / "contoh.docx"
    subprocess.run(
        [*LAKIP, "laporan", str(contoh), "-o", str(docx), "--timpa"],
        check=True,
        capture_output=True,
    )
    return docx, ke_pdf(docx, docx.with_suffix(".pdf"), perbarui_indeks=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[12, 24])
    ap.add_argument("--folder", type=Path, default=AKAR / "benchmarks" / "hasil" / "reviu-folder")
    a = ap.parse_args()
    a.folder.mkdir(parents=True, exist_ok=True)
    docx, pdf = _siapkan(a.folder)
    hasil = []
    for n in a.n:
        lkj = a.folder / f"lkj-{n}"
        shutil.rmtree(lkj, ignore_errors=True)
        lkj.mkdir()
        berkas = []
        for i in range(n):
            asal = pdf if i % 2 else docx
            berkas.append(lkj / f"laporan-{i:03}{asal.suffix}")
            shutil.copyfile(asal, berkas[-1])
        keluar = a.folder / f"reviu-{n}.xlsx"
        wall, cpu, kb = _ukur(*LAKIP, "reviu", str(lkj), "-o", str(keluar), "--timpa")
        satu = [
            _ukur(*LAKIP, "reviu", str(b), "-o", str(a.folder / "satu.xlsx"), "--timpa")
            for b in berkas
        ]
        lantai = sum(s[0] for s in satu)
        hasil.append(
            {
                "n": n,
                "folder_wall_s": round(wall, 2),
                "folder_cpu_s": round(cpu, 2),
                "folder_puncak_mb": round(kb / 1024),
                "satu_per_satu_wall_s": round(lantai, 2),
                "satu_per_satu_cpu_s": round(sum(s[1] for s in satu), 2),
                "rasio": round(wall / lantai, 2),
            }
        )
    (a.folder / "reviu-folder.json").write_text(json.dumps(hasil, indent=2))
    print(
        "| N | folder (wall) | satu per satu (wall) | rasio | CPU folder / satu per satu | "
        "memori puncak |"
    )
    print("|---|---|---|---|---|---|")
    for h in hasil:
        print(
            f"| {h['n']} | {h['folder_wall_s']} s | {h['satu_per_satu_wall_s']} s | "
            f"{h['rasio']}x | {h['folder_cpu_s']} / {h['satu_per_satu_cpu_s']} s | "
            f"{h['folder_puncak_mb']} MB |"
        )


if __name__ == "__main__":
    main()
