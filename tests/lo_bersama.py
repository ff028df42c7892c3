"""One LibreOffice kept running for a pytest process (LAKIP_LO_TETAP), stopped at its end; the
offices of earlier runs that were killed before their end are stopped when the next one starts."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from lakip_xl.libreoffice import tetap

AWALAN = "lakip-lo-tetap-"
PEMILIK = "pemilik.pid"  # the pytest process the folder belongs to


def _hidup(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sapu_yatim(tmp: Path | None = None) -> list[Path]:
    """Stop the shared office of every earlier run whose pytest process is gone (killed, so
    its fixture never ended) and remove its folder; a folder without an owner's pid, or whose
    owner lives (another run at the same time), is left alone. Returns the folders swept."""
    hasil = []
    for folder in sorted(Path(tmp or tempfile.gettempdir()).glob(AWALAN + "*")):
        try:
            pid = int((folder / PEMILIK).read_text(encoding="ascii"))
        except (OSError, ValueError):
            continue
        if pid != os.getpid() and not _hidup(pid):
            tetap.hentikan(folder, tunggu=5)
            hasil.append(folder)
    return hasil


@pytest.fixture(scope="session", autouse=True)
def libreoffice_bersama() -> Iterator[Path | None]:
    """Point LAKIP_LO_TETAP at a folder of this process (each xdist worker has its own), so
    conversions in this process and in the CLI subprocesses it starts (they inherit the
    variable) share one soffice, started by the first conversion; stop it and remove the
    folder at the end. A variable set from outside is replaced for the run and restored.
    LAKIP_UJI_LO_TETAP=0 turns it off: every conversion starts its own office, as for users
    (to compare timings or rule the shared office out)."""
    if os.environ.get("LAKIP_UJI_LO_TETAP") == "0":
        yield None
        return
    sapu_yatim()
    folder = Path(tempfile.mkdtemp(prefix=AWALAN))
    (folder / PEMILIK).write_text(str(os.getpid()), encoding="ascii")
    lama = os.environ.get(tetap.VAR)
    os.environ[tetap.VAR] = str(folder)
    try:
        yield folder
    finally:
        if lama is None:
            os.environ.pop(tetap.VAR, None)
        else:
            os.environ[tetap.VAR] = lama
        tetap.hentikan(folder)
