"""Installing without a Linux machine: the repository ZIP, and the offline bundle
(scripts/buat-paket-windows.sh) checked wheel by wheel against the dependency metadata, plus its
Linux twin installed here with no index and no network."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

from lakip_xl import __version__

AKAR = Path(__file__).resolve().parents[1]
VERSI_WINDOWS = ((3, 11), (3, 12), (3, 13))


def _pin(*berkas: str) -> dict[str, str]:
    """Pinned versions as {canonical name: version}: scripts/versi-teruji.txt (what the tests
    ran with), and any other pin file named (Windows-only packages)."""
    hasil = {}
    for b in ("versi-teruji.txt", *berkas):
        for baris in (AKAR / "scripts" / b).read_text().splitlines():
            if baris and not baris.startswith("#"):
                nama, versi = baris.split("==")
                hasil[canonicalize_name(nama)] = versi
    return hasil


def _tanpa_pip_config() -> dict[str, str]:
    """The environment with this machine's pip configuration (extra indexes, find-links) gone,
    so an install can only use what it is given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    return env


def test_versi_teruji_sama_dengan_yang_diuji() -> None:
    """Every runtime dependency of lakip-xl (and theirs) is pinned in scripts/versi-teruji.txt at
    the version this test run has installed: the bundle holds what the tests ran with."""
    pin = _pin()
    env = default_environment()
    belum = [canonicalize_name("lakip-xl")]
    dilihat: set[str] = set()
    salah = []
    while belum:
        nama = belum.pop()
        if nama in dilihat:
            continue
        dilihat.add(nama)
        dist = metadata.distribution(nama)
        if nama != "lakip-xl" and pin.get(nama) != dist.version:
            salah.append((nama, dist.version, pin.get(nama)))
        for teks in dist.requires or []:
            req = Requirement(teks)
            if req.marker is None or req.marker.evaluate({**env, "extra": ""}):
                belum.append(canonicalize_name(req.name))
    assert not salah, f"jalankan scripts/kunci-versi.sh: {salah}"
    assert {"openpyxl", "python-docx", "lxml"} <= dilihat


def test_zip_repositori_terpasang_di_venv_baru(tmp_path: Path) -> None:
    """GitHub's "Download ZIP" of the repository (an archive of HEAD with the folder
    lakip_xl-main/) installs with `pip install lakip_xl-main.zip`: the build backend is pure
    Python. (--no-deps: the dependencies are the bundle test's; here the ZIP's own build.)"""
    arsip = tmp_path / "lakip_xl-main.zip"
    subprocess.run(
        ["git", "archive", "--format=zip", "--prefix=lakip_xl-main/", "-o", str(arsip), "HEAD"],
        cwd=AKAR,
        check=True,
        timeout=120,
    )
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    j = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "--no-deps", str(arsip)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert j.returncode == 0, j.stderr
    j = subprocess.run(
        [str(venv / "bin" / "lakip"), "--version"], capture_output=True, text=True, check=False
    )
    assert (j.returncode, j.stdout.strip()) == (0, f"lakip {__version__}")


def _buat_paket(*arg: str) -> Path:
    j = subprocess.run(
        ["bash", str(AKAR / "scripts" / "buat-paket-windows.sh"), *arg],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert j.returncode == 0, j.stderr[-2000:]
    varian = "linux" if arg else "windows"
    nama = f"lakip-xl-{__version__}-{varian}"
    assert j.stdout.splitlines()[-1].startswith(f"Paket dibuat: dist/{nama}.zip (")
    return AKAR / "dist" / f"{nama}.zip"


def _tag_windows(versi: tuple[int, int]) -> set[Tag]:
    """The wheel tags CPython `versi` on Windows x64 accepts (as pip computes them)."""
    platform = ["win_amd64"]
    return set(cpython_tags(versi, platforms=platform)) | set(
        compatible_tags(versi, interpreter=f"cp{versi[0]}{versi[1]}", platforms=platform)
    )


def _lingkungan_windows(versi: tuple[int, int]) -> dict[str, str]:
    """Marker values of CPython `versi` on 64-bit Windows."""
    return {
        "implementation_name": "cpython",
        "implementation_version": f"{versi[0]}.{versi[1]}.0",
        "os_name": "nt",
        "platform_machine": "AMD64",
        "platform_python_implementation": "CPython",
        "platform_release": "10",
        "platform_system": "Windows",
        "platform_version": "10.0.19045",
        "python_full_version": f"{versi[0]}.{versi[1]}.0",
        "python_version": f"{versi[0]}.{versi[1]}",
        "sys_platform": "win32",
    }


@pytest.mark.lama
def test_paket_windows_lengkap_tanpa_internet() -> None:
    """The Windows bundle: for CPython 3.11-3.13 on win_amd64, every dependency reachable from
    lakip-xl[excel] (walked here from the wheels' own METADATA, markers evaluated for Windows)
    has a wheel of the pinned version whose tags that Python accepts; pasang.bat installs with
    --no-index from the bundle and checks the Excel functions load."""
    pin = _pin("paket/versi-windows.txt")
    paket = _buat_paket()
    with zipfile.ZipFile(paket) as z:
        akar = f"lakip-xl-{__version__}-windows/"
        bat = z.read(akar + "pasang.bat").decode()
        roda: dict[str, list[tuple[str, set[Tag], str]]] = {}
        for nama in z.namelist():
            if nama.endswith(".whl"):
                dist, versi, _, tags = parse_wheel_filename(nama.rsplit("/", 1)[1])
                with zipfile.ZipFile(z.open(nama)) as w:
                    meta_nama = next(n for n in w.namelist() if n.endswith(".dist-info/METADATA"))
                    meta = w.read(meta_nama).decode()
                roda.setdefault(str(dist), []).append((str(versi), set(tags), meta))
    assert "\r\n" in bat and "--no-index --find-links" in bat
    assert 'python -c "import lakip_xl.excel.udf"' in bat
    for versi_py in VERSI_WINDOWS:
        diterima = _tag_windows(versi_py)
        lingkungan = _lingkungan_windows(versi_py)
        belum = [("lakip-xl", "excel")]
        dilihat = set()
        while belum:
            nama, extra = belum.pop()
            if (nama, extra) in dilihat:
                continue
            dilihat.add((nama, extra))
            cocok = [r for r in roda.get(nama, []) if r[1] & diterima]
            assert cocok, f"tidak ada wheel {nama} untuk Python {versi_py} Windows x64"
            versi, _, meta = cocok[0]
            if nama != "lakip-xl":
                assert versi == pin[nama], (nama, versi, pin[nama])
            for teks in Parser().parsestr(meta).get_all("Requires-Dist") or []:
                req = Requirement(teks)
                if req.marker is None or req.marker.evaluate({**lingkungan, "extra": extra}):
                    belum.append((canonicalize_name(req.name), ""))
                    belum.extend((canonicalize_name(req.name), e) for e in req.extras)
        assert ("xlwings", "") in dilihat and ("openpyxl", "") in dilihat


@pytest.mark.lama
def test_paket_linux_terpasang_tanpa_internet(tmp_path: Path) -> None:
    """The same script's Linux variant: its pasang.sh installs into a fresh virtualenv from the
    bundle alone (pip with --no-index, this machine's pip config out of the way, and no network
    at all when root can make a namespace without one), then `lakip contoh` and
    `lakip laporan` run from that virtualenv."""
    paket = _buat_paket("--linux")
    with zipfile.ZipFile(paket) as z:
        z.extractall(tmp_path)
    folder = tmp_path / f"lakip-xl-{__version__}-linux"
    perintah = ["bash", str(folder / "pasang.sh")]
    if os.geteuid() == 0 and shutil.which("unshare"):
        perintah = ["unshare", "--net", *perintah]
    j = subprocess.run(
        perintah,
        capture_output=True,
        text=True,
        timeout=900,
        env={**_tanpa_pip_config(), "PYTHON": sys.executable},
        check=False,
    )
    assert j.returncode == 0, j.stderr[-2000:]
    lakip = folder / ".venv" / "bin" / "lakip"
    for arg in (["contoh", "-o", "c.xlsx"], ["laporan", "c.xlsx", "-o", "l.docx"]):
        j = subprocess.run(
            [str(lakip), *arg], cwd=tmp_path, capture_output=True, text=True, timeout=600
        )
        assert j.returncode == 0, j.stderr
    with zipfile.ZipFile(tmp_path / "l.docx") as z:
        assert b"Panyipatan" in z.read("word/document.xml")
