"""The package's shape, as docs/arsitektur.md draws it: no import cycle, dependencies pointing one
way (calc <- buku <- hitung <- laporan; excel and libreoffice are edges), small functions and
modules. Read from the source with `ast`, so lazy imports inside functions count too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import AKAR

PAKET = AKAR / "lakip_xl"
BATAS_FUNGSI = 120
BATAS_MODUL = 800
DATA = {"lakip_xl.contoh.data", "lakip_xl.contoh.narasi"}
"""The sample office's data modules: long by nature, exempt from the size limits."""


def _nama_modul(path: Path) -> str:
    bagian = list(path.relative_to(AKAR).with_suffix("").parts)
    if bagian[-1] == "__init__":
        bagian.pop()
    return ".".join(bagian)


def _modul() -> dict[str, Path]:
    return {_nama_modul(p): p for p in sorted(PAKET.rglob("*.py"))}


def _impor(path: Path, nama: str, semua: set[str]) -> set[str]:
    """The lakip_xl modules `path` imports, at the top or inside functions."""
    paket = nama if path.name == "__init__.py" else nama.rpartition(".")[0]
    hasil: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            calon = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            dasar = node.module or ""
            if node.level:
                naik = paket.split(".")[: len(paket.split(".")) - node.level + 1]
                dasar = ".".join([*naik, dasar] if dasar else naik)
            calon = [dasar] + [f"{dasar}.{a.name}" for a in node.names]
        else:
            continue
        for c in calon:
            # `import a.b.c` also imports a and a.b; count the deepest lakip_xl module named
            while c and c not in semua:
                c = c.rpartition(".")[0]
            if c and c != nama and c != "lakip_xl":
                hasil.add(c)
    return hasil


def _graf() -> dict[str, set[str]]:
    modul = _modul()
    semua = set(modul)
    return {n: _impor(p, n, semua) for n, p in modul.items()}


def test_tidak_ada_impor_melingkar():
    graf = _graf()
    putih, abu, hitam = set(graf), set(), set()
    siklus: list[list[str]] = []

    def kunjungi(n: str, jalur: list[str]) -> None:
        putih.discard(n)
        abu.add(n)
        for m in sorted(graf[n]):
            if m in abu:
                siklus.append([*jalur[jalur.index(m) :], m] if m in jalur else [n, m])
            elif m in putih:
                kunjungi(m, [*jalur, m])
        abu.discard(n)
        hitam.add(n)

    while putih:
        awal = min(putih)
        kunjungi(awal, [awal])
    assert siklus == []


def _awalan(nama: str, *awal: str) -> bool:
    return any(nama == a or nama.startswith(a + ".") for a in awal)


ATURAN = [
    # (modules, may import only these lakip_xl modules)
    ("lakip_xl.calc", ("lakip_xl.calc",)),
    ("lakip_xl.buku", ("lakip_xl.calc", "lakip_xl.buku", "lakip_xl.errors")),
    ("lakip_xl.periksa_teks", ("lakip_xl.calc", "lakip_xl.buku", "lakip_xl.errors")),
    # the computed values' types and look-ups, filled by hitung
    ("lakip_xl.hasil", ("lakip_xl.calc", "lakip_xl.buku")),
    (
        "lakip_xl.hitung",
        (
            "lakip_xl.calc",
            "lakip_xl.buku",
            "lakip_xl.errors",
            "lakip_xl.periksa_teks",
            "lakip_xl.hasil",
        ),
    ),
    (
        "lakip_xl.laporan",
        (
            "lakip_xl.calc",
            "lakip_xl.buku",
            "lakip_xl.errors",
            "lakip_xl.hitung",
            "lakip_xl.laporan",
        ),
    ),
    (
        "lakip_xl.operasi",
        (
            "lakip_xl.calc",
            "lakip_xl.buku",
            "lakip_xl.errors",
            "lakip_xl.hitung",
            "lakip_xl.laporan",
            "lakip_xl.contoh",
        ),
    ),
    (
        "lakip_xl.triwulan",
        (
            "lakip_xl.calc",
            "lakip_xl.buku",
            "lakip_xl.errors",
            "lakip_xl.hitung",
            "lakip_xl.laporan",
            "lakip_xl.triwulan",
        ),
    ),
    (
        "lakip_xl.reviu",
        (
            "lakip_xl.calc",
            "lakip_xl.buku",
            "lakip_xl.errors",
            "lakip_xl.laporan",
            "lakip_xl.reviu",
            "lakip_xl.jeda_gc",
        ),
    ),
    # the collector's pause, around each command and each file of a folder: a leaf
    ("lakip_xl.jeda_gc", ()),
    # the Pemda's recap: reads OPD workbooks through buku/hitung (an .ods through LibreOffice's
    # converter, as the CLI reads one), writes through buku; only the CLI imports it
    (
        "lakip_xl.rekap",
        (
            "lakip_xl.calc",
            "lakip_xl.buku",
            "lakip_xl.errors",
            "lakip_xl.hitung",
            "lakip_xl.laporan",
            "lakip_xl.operasi",
            "lakip_xl.libreoffice.konversi",
            "lakip_xl.rekap",
            "lakip_xl.jeda_gc",
        ),
    ),
    # the Perjanjian Kinerja documents: computed workbook in, .docx out (the PDF by the CLI)
    (
        "lakip_xl.pk",
        (
            "lakip_xl.calc",
            "lakip_xl.buku",
            "lakip_xl.errors",
            "lakip_xl.hitung",
            "lakip_xl.laporan",
            "lakip_xl.pk",
        ),
    ),
    # SIPD-RI exports into a workbook: reads and writes through buku, recomputed by the CLI
    ("lakip_xl.sipd.susun", ()),
    (
        "lakip_xl.sipd",
        ("lakip_xl.calc", "lakip_xl.buku", "lakip_xl.errors", "lakip_xl.sipd", "lakip_xl.operasi"),
    ),
]


REVIU_DARI_LUAR = {"lakip_xl.reviu.tinjau": ("lakip_xl.cli", "lakip_xl.tombol")}
"""The reviu reads any report, not a workbook. Its one door from outside is `reviu.tinjau`, the
self-check of a report just written, called by the two edges that write reports for a user:
`lakip laporan` (cli) and the Buat Laporan button (tombol). The rest of the reviu is `lakip
reviu`'s, the CLI's alone."""


def test_reviu_hanya_dipanggil_cli_dan_tombol():
    """Outside the reviu, the CLI may import any of it, tombol only the self-check."""
    pemakai = {
        (n, m)
        for n, d in _graf().items()
        if not _awalan(n, "lakip_xl.reviu")
        for m in d
        if _awalan(m, "lakip_xl.reviu")
    }
    salah = sorted(
        (n, m) for n, m in pemakai if n != "lakip_xl.cli" and n not in REVIU_DARI_LUAR.get(m, ())
    )
    assert salah == []
    assert {n for n, _ in pemakai} == {"lakip_xl.cli", "lakip_xl.tombol"}
    assert ("lakip_xl.tombol", "lakip_xl.reviu.tinjau") in pemakai


@pytest.mark.parametrize(("lapis", "boleh"), ATURAN, ids=[a for a, _ in ATURAN])
def test_arah_ketergantungan(lapis: str, boleh: tuple[str, ...]):
    """calc <- buku <- hitung <- laporan <- operasi; operasi never imports the Excel or
    LibreOffice edges (they call it, and the CLI hands it what it needs from them)."""
    salah = {
        n: sorted(m for m in deps if not _awalan(m, *boleh))
        for n, deps in _graf().items()
        if _awalan(n, lapis)
    }
    assert {n: d for n, d in salah.items() if d} == {}


def test_tepi_tidak_saling_impor():
    """Excel and LibreOffice code do not import each other: each speaks to one program."""
    graf = _graf()
    silang = {
        n: sorted(m for m in d if _awalan(m, "lakip_xl.libreoffice"))
        for n, d in graf.items()
        if _awalan(n, "lakip_xl.excel")
    } | {
        n: sorted(m for m in d if _awalan(m, "lakip_xl.excel"))
        for n, d in graf.items()
        if _awalan(n, "lakip_xl.libreoffice")
    }
    assert {n: d for n, d in silang.items() if d} == {}


def test_fungsi_dan_modul_tidak_terlalu_panjang():
    panjang: list[str] = []
    for nama, path in _modul().items():
        if nama in DATA:
            continue
        teks = path.read_text(encoding="utf-8")
        baris = teks.count("\n")
        if baris > BATAS_MODUL:
            panjang.append(f"{nama}: {baris} baris")
        for node in ast.walk(ast.parse(teks)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > BATAS_FUNGSI:
                    panjang.append(f"{nama}.{node.name}: {n} baris")
    assert panjang == []


def test_jalan_masuk_lama_tetap_berfungsi():
    """Workbooks made by 0.1 call `lakip_xl.udf` from VBA, and LibreOffice macros installed by
    0.1 run `python -m lakip_xl.mesin laporan`: both still reach the same functions."""
    import subprocess
    import sys

    from lakip_xl import udf
    from lakip_xl.excel import udf as udf_baru

    for nama in ("hitung_ulang", "buat_laporan", "LAKIP_CAPAIAN", "LAKIP_IKM", "LAKIP_RUPIAH"):
        assert getattr(udf, nama) is getattr(udf_baru, nama)
    r = subprocess.run(
        [sys.executable, "-m", "lakip_xl.mesin", "laporan", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    assert "laporan" in r.stdout
