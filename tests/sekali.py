"""Files the tests make identically many times, made once per test process and copied after.

`sekali(kunci, path, buat)`: the first call for `kunci` in a process runs `buat()` (which
writes `path`) and keeps a copy of the file; later calls copy the kept file to `path`. The key
must name everything the file depends on (tests/kantor.py hashes the input file and the values
typed); a test gets its own copy, so it may change it freely.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

_SIMPANAN: list[Path] = []  # this process's folder of kept files (made on first use)
_KUNCI = threading.Lock()  # tests/test_keandalan.py builds its corpus from several threads


def _folder() -> Path:
    with _KUNCI:
        if not _SIMPANAN:
            _SIMPANAN.append(Path(tempfile.mkdtemp(prefix="lakip-uji-sekali-")))
            atexit.register(shutil.rmtree, _SIMPANAN[0], True)
        return _SIMPANAN[0]


def sekali(kunci: str, path: Path, buat: Callable[[], object]) -> Path:
    """`buat()` writes `path`; the first time for `kunci` in this process it runs and its file is
    kept, later calls copy the kept file to `path` instead."""
    simpanan = _folder() / kunci
    if simpanan.exists():
        shutil.copyfile(simpanan, path)
    else:
        buat()
        tmp = simpanan.with_name(f"{kunci}.{threading.get_ident()}.tmp")
        shutil.copyfile(path, tmp)
        tmp.replace(simpanan)  # whole or absent, for a thread that looks at the same moment
    return path
