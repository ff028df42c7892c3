"""Files the tests make identically many times, made once per test run and copied after.

`sekali(kunci, path, buat)`: the first call for `kunci` runs `buat()` (which writes `path`) and
keeps a copy of the file; later calls, in this process or another test process of the same run
(pytest-xdist), copy the kept file to `path`. The key must name everything the file depends on
(tests/kantor.py hashes the input file and the values typed); a test gets its own copy, so it
may change it freely.

The folder of kept files is made by tests/conftest.py before pytest-xdist starts its workers,
which inherit its name in LAKIP_UJI_SEKALI, and removed at the end of the run. Without it (a
helper run as a script) each process keeps its own.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

LINGKUNGAN = "LAKIP_UJI_SEKALI"
"""The environment variable naming the run's folder of kept files."""

_SIMPANAN: list[Path] = []  # this process's folder, when the run has none
_KUNCI = threading.Lock()  # tests/test_keandalan.py builds its corpus from several threads


def _folder() -> Path:
    bersama = os.environ.get(LINGKUNGAN)
    if bersama:
        return Path(bersama)
    with _KUNCI:
        if not _SIMPANAN:
            _SIMPANAN.append(Path(tempfile.mkdtemp(prefix="lakip-uji-sekali-")))
            atexit.register(shutil.rmtree, _SIMPANAN[0], True)
        return _SIMPANAN[0]


def sekali(kunci: str, path: Path, buat: Callable[[], object]) -> Path:
    """`buat()` writes `path`; the first time for `kunci` in this run it runs and its file is
    kept, later calls copy the kept file to `path` instead. Two processes making the same
    file at the same moment each use their own; one of the two is kept."""
    simpanan = _folder() / kunci
    if simpanan.exists():
        shutil.copyfile(simpanan, path)
    else:
        buat()
        tmp = simpanan.with_name(f".{kunci}.{os.getpid()}-{threading.get_ident()}.tmp")
        shutil.copyfile(path, tmp)
        os.replace(tmp, simpanan)  # whole or absent, for whoever looks at the same moment
    return path
