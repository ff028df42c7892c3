"""One LibreOffice kept running for a pytest process (LAKIP_LO_TETAP), stopped at its end."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from lakip_xl.libreoffice import tetap


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
    folder = Path(tempfile.mkdtemp(prefix="lakip-lo-tetap-"))
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
