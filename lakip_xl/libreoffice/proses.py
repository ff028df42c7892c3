"""Headless soffice processes: environment, profile, command line, kill and socket cleanup."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
from pathlib import Path

_PYTHON_ENV_BUANG = ("PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP", "PYTHONUSERBASE")
_PATH_SISTEM = ("/usr/bin", "/bin", "/usr/sbin", "/sbin")

# Seeded into each fresh profile: no .~lock.*# files next to the documents we open.
_REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse">\
<value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseDocumentSystemFileLocking" \
oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def env_anak() -> dict[str, str]:
    """Environment for soffice and the system Python: no venv/pyenv Python settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in _PYTHON_ENV_BUANG and not k.startswith(("PYENV", "VIRTUAL_ENV", "CONDA"))
    }
    # LibreOffice's embedded Python finds its standard library through the first `python3` on
    # PATH; a pyenv/venv one there makes every Python macro fail (std::bad_alloc).
    lama = [d for d in env.get("PATH", "").split(os.pathsep) if d and d not in _PATH_SISTEM]
    env["PATH"] = os.pathsep.join([*_PATH_SISTEM, *lama])
    env.setdefault("SAL_USE_VCLPLUGIN", "svp")
    return env


def profil_baru(profil: Path) -> Path:
    """Create an isolated user profile at `profil` (documents are not locked); its user/."""
    user = profil / "user"
    user.mkdir(parents=True)
    (user / "registrymodifications.xcu").write_text(_REGISTRY, encoding="utf-8")
    return user


def mulai_office(
    soffice: str, pipa: str, profil: Path, kerja: Path, log: Path
) -> subprocess.Popen[bytes]:
    """Start a headless soffice listening on the pipe `pipa`, with HOME and TMPDIR in `kerja`.

    It runs in its own session (process group), so `bunuh` can take its children with it;
    soffice's own lu*.tmp folder goes into kerja/tmp, so a killed office leaves nothing in /tmp.
    """
    env = env_anak()
    env["HOME"] = str(kerja)  # keep ~/.config and font caches of the user untouched
    (kerja / "tmp").mkdir(exist_ok=True)
    env["TMPDIR"] = str(kerja / "tmp")
    with log.open("ab") as keluaran:
        return subprocess.Popen(
            [
                soffice,
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                "--nolockcheck",
                f"--accept=pipe,name={pipa};urp;StarOffice.ComponentContext",
                f"-env:UserInstallation={profil.as_uri()}",
            ],
            stdin=subprocess.DEVNULL,
            stdout=keluaran,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=kerja,
            start_new_session=True,
        )


def bunuh(proses: subprocess.Popen[bytes] | None) -> None:
    """Kill a process started with start_new_session=True together with its process group."""
    if proses is None or proses.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proses.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proses.wait(timeout=10)


def hapus_soket(pipa: str, url_profil: str) -> None:
    """Remove the Unix sockets a killed soffice leaves in /tmp (a clean exit removes them).

    LibreOffice names its single-instance socket SingleOfficeIPC_<md5 of the UTF-16LE profile
    URL, each byte in hex without zero padding>; both names are unique to one office.
    """
    ringkas = hashlib.md5(url_profil.encode("utf-16-le"), usedforsecurity=False).digest()
    ipc = "SingleOfficeIPC_" + "".join(format(b, "x") for b in ringkas)
    for folder in ("/tmp", "/var/tmp"):
        for nama in (pipa, ipc):
            with contextlib.suppress(OSError):
                os.unlink(f"{folder}/OSL_PIPE_{os.getuid()}_{nama}")
