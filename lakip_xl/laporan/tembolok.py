"""Compiled report templates kept between runs in the user's cache folder (reads and writes
files there; nothing else), keyed by the template's text and what compiles it."""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import CodeType

SIMPAN_PALING_BANYAK = 64  # compiled parts kept (a template has ~8: body, headers, footers)
AKHIRAN = ".kode"


def folder() -> Path:
    """LAKIP_TEMBOLOK when set; else the user's cache folder (Windows: LOCALAPPDATA, macOS:
    ~/Library/Caches, elsewhere XDG_CACHE_HOME or ~/.cache), in lakip_xl/templat."""
    if atur := os.environ.get("LAKIP_TEMBOLOK"):
        return Path(atur)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        akar = Path(os.environ["LOCALAPPDATA"])
    elif sys.platform == "darwin":
        akar = Path.home() / "Library" / "Caches"
    else:
        akar = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return akar / "lakip_xl" / "templat"


def kode(sumber: str, garam: str, kompilasi: Callable[[], CodeType]) -> CodeType:
    """The code of a template source: from the cache when this source was compiled before with
    the same `garam` (the versions and settings that shape the code), else `kompilasi()`, then
    kept. A cache that cannot be read or written only costs the compile, never the report."""
    kunci = hashlib.sha256(f"{garam}\0{sumber}".encode("utf-8", "surrogatepass")).hexdigest()
    tempat = folder()
    berkas = tempat / f"{kunci}{AKHIRAN}"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        hasil = marshal.loads(berkas.read_bytes())
        if isinstance(hasil, CodeType):
            return hasil
    hasil = kompilasi()
    with contextlib.suppress(OSError, ValueError):
        tempat.mkdir(parents=True, exist_ok=True)
        fd, sementara = tempfile.mkstemp(prefix=".~lakip-", suffix=".sementara", dir=tempat)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(hasil))
            os.replace(sementara, berkas)
        finally:
            Path(sementara).unlink(missing_ok=True)
        _pangkas(tempat)
    return hasil


def _pangkas(tempat: Path) -> None:
    """Keep the SIMPAN_PALING_BANYAK most recently written templates."""
    ada = sorted(tempat.glob(f"*{AKHIRAN}"), key=lambda p: p.stat().st_mtime, reverse=True)
    for lama in ada[SIMPAN_PALING_BANYAK:]:
        lama.unlink(missing_ok=True)
