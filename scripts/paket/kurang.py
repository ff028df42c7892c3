"""Print the requirements a folder of wheels lacks for CPython X.Y on 64-bit Windows.

pip download --platform picks wheels for another platform but evaluates environment markers
for the machine it runs on, so a Windows-only dependency (pywin32 for xlwings) is never
fetched. This walks the wheels' METADATA from lakip-xl[excel] with Windows' marker values and
prints, one per line, each requirement no wheel in the folder satisfies. Standard library and
`packaging` (or pip's own copy of it) only.
"""

from __future__ import annotations

import sys
import zipfile
from email.parser import Parser
from pathlib import Path

try:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name, parse_wheel_filename
except ImportError:  # a Python with pip only: pip carries its own copy
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.utils import canonicalize_name, parse_wheel_filename


def lingkungan(versi: str) -> dict[str, str]:
    return {
        "implementation_name": "cpython",
        "implementation_version": f"{versi}.0",
        "os_name": "nt",
        "platform_machine": "AMD64",
        "platform_python_implementation": "CPython",
        "platform_release": "10",
        "platform_system": "Windows",
        "platform_version": "10.0.19045",
        "python_full_version": f"{versi}.0",
        "python_version": versi,
        "sys_platform": "win32",
    }


def kurang(folder: Path, versi: str) -> list[str]:
    tag_py = f"cp{versi.replace('.', '')}"
    meta: dict[str, str] = {}
    for roda in folder.glob("*.whl"):
        nama, _, _, tags = parse_wheel_filename(roda.name)
        if not any(t.interpreter in (tag_py, "py3", "py2.py3") or t.abi == "abi3" for t in tags):
            continue
        with zipfile.ZipFile(roda) as z:
            isi = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
            meta[str(nama)] = z.read(isi).decode()
    env = lingkungan(versi)
    belum, dilihat, hilang = [("lakip-xl", "excel")], set(), []
    while belum:
        nama, extra = belum.pop()
        if (nama, extra) in dilihat:
            continue
        dilihat.add((nama, extra))
        if nama not in meta:
            hilang.append(nama)
            continue
        for teks in Parser().parsestr(meta[nama]).get_all("Requires-Dist") or []:
            req = Requirement(teks)
            if req.marker is None or req.marker.evaluate({**env, "extra": extra}):
                anak = canonicalize_name(req.name)
                belum.append((anak, ""))
                belum.extend((anak, e) for e in req.extras)
    return sorted(set(hilang))


if __name__ == "__main__":
    print("\n".join(kurang(Path(sys.argv[1]), sys.argv[2])))
