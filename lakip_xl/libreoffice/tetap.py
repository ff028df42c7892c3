"""One headless soffice kept running between conversions (LAKIP_LO_TETAP), for tests and CI.

The folder named by LAKIP_LO_TETAP holds:

- ``kunci``: a lock file. A conversion holds ``fcntl.flock(LOCK_EX)`` on it from before it looks
  at the office until its UNO client has exited, so calls from threads and processes (CLI
  subprocesses inherit the variable) take turns. The client inherits the locked descriptor: a
  caller killed with SIGKILL keeps the office busy until its client is gone too.
- ``office.json``: pid, pipe name and profile of the running office (absent when none runs).
- ``profil-*``, ``tmp-*``: that office's user profile and TMPDIR; ``soffice.log`` its output.

Whoever holds the lock and finds no live office starts one (`Kunci.pastikan`) in its own
session, so it outlives the process that started it; `Kunci.hentikan` kills it and removes its
profile, sockets and state, and `hentikan` does that for the owner of the folder at the end.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lakip_xl.libreoffice import proses

VAR = "LAKIP_LO_TETAP"
_STATUS = "office.json"
# Offices this process started: kept so they are reaped (no zombie looks alive) and awaited.
_ANAK: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class Office:
    """A running shared office: the launcher's pid (its process group), pipe, profile URL."""

    pid: int
    pipa: str
    profil: str
    log: Path
    baru: bool = False  # started by this call (it has not answered anyone yet)

    def hidup(self) -> bool:
        """True while the launcher process runs (not a zombie) with this office's pipe."""
        anak = _ANAK.get(self.pid)
        if anak is not None and anak.poll() is not None:
            return False
        try:
            stat = Path(f"/proc/{self.pid}/stat").read_text(encoding="ascii", errors="replace")
            argv = Path(f"/proc/{self.pid}/cmdline").read_bytes()
        except FileNotFoundError:
            return False
        except OSError:  # no /proc: ask the kernel whether the pid exists
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                return False
            except PermissionError:
                return True
            return True
        keadaan = stat.rpartition(")")[2].split()[:1]
        return keadaan not in (["Z"], ["X"]) and f"name={self.pipa};".encode() in argv


def folder() -> Path | None:
    """The shared office's folder from LAKIP_LO_TETAP, or None when unset (or not POSIX)."""
    nilai = os.environ.get(VAR, "").strip()
    if not nilai or os.name != "posix":
        return None
    return Path(nilai)


class Kunci:
    """The held lock of a shared office's folder: start, use and stop its office."""

    def __init__(self, folder: Path, fd: int) -> None:
        self.folder = folder
        self.fd = fd

    def office(self) -> Office | None:
        """The office recorded in the folder (alive or not), or None."""
        try:
            data = json.loads((self.folder / _STATUS).read_text(encoding="utf-8"))
            return Office(
                int(data["pid"]), str(data["pipa"]), str(data["profil"]), Path(data["log"])
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def pastikan(self, soffice: str) -> Office:
        """The live office, started first when none runs (the caller's client waits for it)."""
        office = self.office()
        if office is not None and office.hidup():
            return office
        self.hentikan()
        tanda = uuid.uuid4().hex[:20]
        pipa = f"lakipt{tanda}"
        profil = self.folder / f"profil-{tanda}"
        kerja = self.folder / f"tmp-{tanda}"
        kerja.mkdir()
        proses.profil_baru(profil)
        log = self.folder / "soffice.log"
        anak = proses.mulai_office(soffice, pipa, profil, kerja, log)
        _ANAK[anak.pid] = anak
        office = Office(anak.pid, pipa, profil.as_uri(), log, baru=True)
        data = {"pid": office.pid, "pipa": pipa, "profil": office.profil, "log": str(log)}
        sementara = self.folder / f".{_STATUS}.{tanda}"
        sementara.write_text(json.dumps(data), encoding="utf-8")
        os.replace(sementara, self.folder / _STATUS)
        return office

    def hentikan(self) -> None:
        """Kill the recorded office (SIGKILL to its group), remove its sockets, files, state."""
        office = self.office()
        (self.folder / _STATUS).unlink(missing_ok=True)
        if office is None:
            return
        if office.hidup():
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(office.pid, signal.SIGKILL)  # the launcher leads its own group
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(office.pid, signal.SIGKILL)
        anak = _ANAK.pop(office.pid, None)
        if anak is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                anak.wait(timeout=10)
        else:
            batas = time.monotonic() + 10
            while office.hidup() and time.monotonic() < batas:
                time.sleep(0.05)
        proses.hapus_soket(office.pipa, office.profil)
        tanda = office.pipa.removeprefix("lakipt")
        for nama in (f"profil-{tanda}", f"tmp-{tanda}"):
            shutil.rmtree(self.folder / nama, ignore_errors=True)


@contextlib.contextmanager
def kunci(folder: Path, tunggu: float) -> Iterator[Kunci | None]:
    """Hold the folder's lock for the block; None when it is not free within `tunggu` s, or
    the folder is not this user's (a command run as another user starts its own office)."""
    import fcntl  # POSIX only, like the facility

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.stat().st_uid != os.getuid():
            raise PermissionError(folder)
        fd = os.open(folder / "kunci", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError:
        yield None
        return
    try:
        batas = time.monotonic() + tunggu
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= batas:
                    yield None
                    return
                time.sleep(0.02)
        # Closing (not LOCK_UN) releases it: a client that inherited it keeps it while alive.
        yield Kunci(folder, fd)
    finally:
        os.close(fd)


def hentikan(folder: Path, tunggu: float = 600) -> None:
    """Stop the folder's office when the lock is free (or after `tunggu` s) and remove the
    folder: no soffice, profile or socket is left. An office that a caller killed with SIGKILL
    started but never recorded (between starting it and writing office.json) goes too: every
    process whose command line names a profile in the folder."""
    with kunci(folder, tunggu) as dipegang:
        (dipegang or Kunci(folder, -1)).hentikan()
    _hentikan_yatim(folder)
    shutil.rmtree(folder, ignore_errors=True)


def _hentikan_yatim(folder: Path) -> None:
    """SIGKILL the process group of every process whose command line holds the folder's path
    (only the offices started for it carry it: -env:UserInstallation=file://FOLDER/profil-*)."""
    # with the separator: a folder named like this one plus a suffix is another's
    tanda = {f"{folder}/".encode(), f"{folder.as_uri()}/".encode()}
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            argv = cmdline.read_bytes()
            pid = int(cmdline.parent.name)
        except (OSError, ValueError):
            continue
        if pid == os.getpid() or not any(t in argv for t in tanda):
            continue
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(os.getpgid(pid), signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
