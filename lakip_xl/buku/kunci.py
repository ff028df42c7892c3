"""Whether a file is open in Excel, Word or LibreOffice, judged by the lock file beside it.

Standard library only (LibreOffice's Python copies it with the button macro).
"""

from __future__ import annotations

from pathlib import Path

_PROGRAM_OFFICE = {
    ".docx": "Word",
    ".docm": "Word",
    ".doc": "Word",
    ".rtf": "Word",
    ".pdf": "program lain",
}


def _nama_pemilik(nama: str) -> list[str]:
    """The names Microsoft Office may give the owner file of `nama`: Excel writes `~$` + the
    whole name; Word keeps the name when its stem has up to 6 characters, and otherwise
    replaces the first character (7) or the first two (8 or more) with `~$`."""
    stem = nama.rsplit(".", 1)[0] if "." in nama else nama
    calon = [f"~${nama}"]
    if len(stem) >= 8:
        calon.append(f"~${nama[2:]}")
    elif len(stem) == 7:
        calon.append(f"~${nama[1:]}")
    return calon


def pemilik_kunci(path: Path) -> str | None:
    """The program holding `path` open ("Excel", "Word", "LibreOffice"), or None.

    LibreOffice leaves `.~lock.NAME#` beside the file; Excel and Word leave an owner file
    starting with `~$` (for Word with the first characters of a long name dropped). Lock files
    stay behind when the program crashed: the message that names the program says to close it,
    and to delete the lock file when nothing has the file open."""
    path = Path(path)
    folder = path.parent
    try:
        if (folder / f".~lock.{path.name}#").exists():
            return "LibreOffice"
        for calon in _nama_pemilik(path.name):
            if (folder / calon).exists():
                return _PROGRAM_OFFICE.get(path.suffix.lower(), "Excel")
    except OSError:
        return None
    return None


def berkas_kunci(path: Path) -> Path | None:
    """The lock file that makes `pemilik_kunci(path)` answer, or None."""
    path = Path(path)
    folder = path.parent
    for calon in [f".~lock.{path.name}#", *_nama_pemilik(path.name)]:
        try:
            if (folder / calon).exists():
                return folder / calon
        except OSError:
            return None
    return None


def pesan_terkunci(path: Path, program: str) -> str:
    """The Indonesian sentence for a file that is open in `program`."""
    kunci = berkas_kunci(path)
    sisa = (
        f" Bila berkas itu tidak sedang dibuka, hapus berkas kunci '{kunci.name}' di folder yang "
        "sama (sisa program yang tertutup paksa)."
        if kunci is not None
        else ""
    )
    return (
        f"Berkas '{Path(path).name}' sedang dibuka di {program}; simpan dan tutup dulu, lalu "
        f"ulangi.{sisa}"
    )
