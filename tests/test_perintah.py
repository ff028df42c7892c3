"""The commands as a user runs them (subprocesses): nothing overwritten or lost unasked, one
verdict in periksa, hitung and laporan, Indonesian to the last message, any path a user types."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest

from lakip_xl.buku.kunci import pemilik_kunci

TANDA_ASING = (
    "Traceback",
    "Galat tak terduga",
    "Errno",
    "No such file",
    "Permission denied",
    "Is a directory",
    "Read-only",
    "is not a",
    "Error",
)
"""Text that must never reach a user: tracebacks, English messages of Python or libraries."""


def lakip(
    *argumen: str | Path, cwd: Path | None = None, sebagai_lain: bool = False, batas: float = 240
) -> subprocess.CompletedProcess[str]:
    """`lakip ARGUMEN...` as a user runs it; `sebagai_lain`: as an unprivileged user (root
    reads and writes anything, so permission cases need another user)."""
    awal: list[str] = []
    env = dict(os.environ)
    if sebagai_lain and os.geteuid() == 0:
        awal = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        env["HOME"] = env["MPLCONFIGDIR"] = tempfile.mkdtemp(prefix="lakip-home-")
        os.chmod(env["HOME"], 0o777)
    hasil = subprocess.run(
        [*awal, sys.executable, "-m", "lakip_xl.cli", *map(str, argumen)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=batas,
        env=env,
        check=False,
    )
    for tanda in TANDA_ASING:
        assert tanda not in hasil.stdout + hasil.stderr, (argumen, hasil.stdout, hasil.stderr)
    return hasil


def _isi_profil(path: Path, **nilai: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Profil"]
    for r in range(1, ws.max_row + 1):
        label = ws.cell(r, 1).value
        if label in nilai:
            ws.cell(r, 2).value = nilai[label]
    wb.save(path)


def _isi_tabel(path: Path, sheet: str, baris: list[dict[str, object]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    kolom = {c.value: c.column for c in ws[3] if c.value}
    for i, data in enumerate(baris, start=4):
        for judul, v in data.items():
            ws.cell(i, kolom[judul]).value = v
    wb.save(path)


@pytest.fixture(scope="module")
def buku_kecil(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second office typed into a blank workbook: Profil, one indikator, one program."""
    p = tmp_path_factory.mktemp("kecil") / "dinas-uji-2025.xlsx"
    assert lakip("baru", "-o", p, "--tahun", "2025").returncode == 0
    _isi_profil(p, **{"Nama Instansi": "Dinas Uji", "Pemerintah Daerah": "Kabupaten Uji"})
    _isi_tabel(
        p,
        "Indikator",
        [
            {
                "Kode": "SS-1",
                "Tingkat": "Sasaran Strategis",
                "Indikator Kinerja": "Persentase layanan tepat waktu",
                "Satuan": "%",
                "Polaritas": "Positif",
                "Target": 80,
                "Realisasi": 72,
            }
        ],
    )
    _isi_tabel(
        p,
        "Anggaran",
        [
            {
                "Kode": "1",
                "Jenis": "Program",
                "Uraian": "Program Uji",
                "Anggaran": 1000,
                "Realisasi": 900,
            }
        ],
    )
    return p


@pytest.fixture
def buku(buku_kecil: Path, tmp_path: Path) -> Path:
    p = tmp_path / buku_kecil.name
    shutil.copyfile(buku_kecil, p)
    return p


# --- nothing overwritten without asking ---------------------------------------------------


def test_laporan_tidak_menimpa_tanpa_timpa(buku: Path) -> None:
    laporan = buku.with_name("laporan.docx")
    assert lakip("laporan", buku, "-o", laporan).returncode == 0
    laporan.write_bytes(b"disunting tangan")  # edited by hand after it was generated
    j = lakip("laporan", buku, "-o", laporan)
    assert j.returncode == 1
    assert "sudah ada; pakai --timpa" in j.stderr
    assert laporan.read_bytes() == b"disunting tangan"
    j = lakip("laporan", buku, "-o", laporan, "--timpa")
    assert j.returncode == 0, j.stderr
    assert zipfile.is_zipfile(laporan)


# The lock files Word and LibreOffice leave beside an open document. Word drops the first
# characters of long names: "laporan.docx" (7-letter stem) -> "~$aporan.docx",
# "laporan-dinas.docx" (13) -> "~$poran-dinas.docx"; Excel keeps the whole name.
KUNCI = [
    ("laporan-dinas.docx", ".~lock.laporan-dinas.docx#", "LibreOffice"),
    ("lap.docx", "~$lap.docx", "Word"),
    ("laporan.docx", "~$aporan.docx", "Word"),
    ("laporan-dinas.docx", "~$poran-dinas.docx", "Word"),
]


@pytest.mark.parametrize(("nama", "kunci", "program"), KUNCI, ids=[k for _, k, _ in KUNCI])
def test_laporan_yang_sedang_dibuka_tidak_ditimpa(
    buku: Path, nama: str, kunci: str, program: str
) -> None:
    laporan = buku.with_name(nama)
    laporan.write_bytes(b"dibuka di Word")
    (buku.parent / kunci).write_bytes(b"")
    j = lakip("laporan", buku, "-o", laporan, "--timpa")  # not even with --timpa
    assert j.returncode == 1
    assert f"Berkas '{nama}' sedang dibuka di {program}" in j.stderr
    assert laporan.read_bytes() == b"dibuka di Word"


def test_kunci_word_nama_pendek_tidak_salah_sangka(tmp_path: Path) -> None:
    # only the names Word and Excel really write count: two characters dropped from a stem of
    # 8 or more, one from a stem of 7, none from a shorter one
    (tmp_path / "~$poran-dinas.docx").write_bytes(b"")
    assert pemilik_kunci(tmp_path / "laporan-dinas.docx") == "Word"
    assert pemilik_kunci(tmp_path / "aporan-dinas.docx") is None
    (tmp_path / "~$aporan.docx").write_bytes(b"")
    assert pemilik_kunci(tmp_path / "laporan.docx") == "Word"
    assert pemilik_kunci(tmp_path / "lap.docx") is None
    assert pemilik_kunci(tmp_path / "buku.xlsx") is None
    (tmp_path / "~$buku.xlsx").write_bytes(b"")
    assert pemilik_kunci(tmp_path / "buku.xlsx") == "Excel"


@pytest.mark.parametrize(
    ("kunci", "program"),
    [
        (".~lock.dinas-uji-2025.xlsx#", "LibreOffice"),
        ("~$dinas-uji-2025.xlsx", "Excel"),
        ("~$nas-uji-2025.xlsx", "Excel"),  # Word's truncated style, also seen for workbooks
    ],
)
def test_hitung_dan_laporan_satu_putusan_atas_berkas_kunci(
    buku: Path, kunci: str, program: str
) -> None:
    """hitung refuses a workbook open in a program; laporan refuses a report open in one: by
    the same lock files (`buku.kunci`)."""
    (buku.parent / kunci).write_bytes(b"")
    asli = buku.read_bytes()
    j = lakip("hitung", buku)
    assert j.returncode == 1
    assert f"sedang dibuka di {program}" in j.stderr
    assert buku.read_bytes() == asli
    laporan = buku.with_name(buku.name.replace(".xlsx", ".docx"))
    laporan.write_bytes(b"lama")
    (buku.parent / kunci.replace(".xlsx", ".docx")).write_bytes(b"")
    j = lakip("laporan", buku, "-o", laporan, "--timpa")
    assert j.returncode == 1
    assert "sedang dibuka di" in j.stderr
    assert laporan.read_bytes() == b"lama"


def test_tombol_buat_laporan_menyimpan_laporan_lama(buku: Path) -> None:
    """The Buat Laporan button (any engine) keeps the previous report and says where."""
    from lakip_xl import tombol
    from lakip_xl.buku.baca_xml import baca_grid

    lama = buku.with_name(f"laporan-{buku.stem}.docx")
    lama.write_bytes(b"laporan lama yang disunting")
    lembar = tombol.LembarGrid(baca_grid(buku), buku)
    berkas = tombol.buat_laporan(lembar)
    assert berkas == [lama]
    cadangan = buku.with_name(f"laporan-{buku.stem}.sebelumnya.docx")
    assert cadangan.read_bytes() == b"laporan lama yang disunting"
    assert zipfile.is_zipfile(lama)
    teks, galat = lembar.pesan_pesan[-1]
    assert not galat
    assert f"Laporan sebelumnya disimpan sebagai {cadangan}" in teks
    # open in Word: nothing is moved or written, the message says so
    (buku.parent / f"~$poran-{buku.stem}.docx").write_bytes(b"")
    isi = lama.read_bytes()
    lembar = tombol.LembarGrid(baca_grid(buku), buku)
    assert tombol.buat_laporan(lembar) == []
    assert "sedang dibuka di Word" in lembar.pesan_pesan[-1][0]
    assert lama.read_bytes() == isi
    assert cadangan.read_bytes() == b"laporan lama yang disunting"


def test_tombol_laporan_gagal_mengembalikan_laporan_lama(buku: Path) -> None:
    from lakip_xl import tombol
    from lakip_xl.buku.baca_xml import baca_grid

    lama = buku.with_name(f"laporan-{buku.stem}.docx")
    lama.write_bytes(b"lama")
    grid = baca_grid(buku)
    target = grid["Indikator"][2].index("Target")
    grid["Indikator"][3][target] = "delapan puluh"  # Target as text: a galat, no report
    lembar = tombol.LembarGrid(grid, buku)
    assert tombol.buat_laporan(lembar) == []
    assert lama.read_bytes() == b"lama"
    assert not buku.with_name(f"laporan-{buku.stem}.sebelumnya.docx").exists()
