"""What the `lakip` command refuses before it runs, and the suggestions it gives: report years
out of range, an option or command mistyped ('maksudnya --tahun?'), `laporan` without a
workbook or with `-o` to a PDF, `reviu` given a workbook, paths to copy into a shell. Standard
library and the workbook layout (the year range) only; `cli.py` calls these (mistyped
arguments print the subcommand's usage line and exit with code 2; a wrong file is one
sentence, exit 1)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

from lakip_xl.buku.layout import TAHUN_MAKS, TAHUN_MIN

_MIRIP = 0.75  # difflib ratio from which a mistyped name suggests the one it resembles


def tahun_laporan(teks: str) -> int:
    """argparse type for a report year: a whole number from 2000 to 2100."""
    t = int(teks)
    if not TAHUN_MIN <= t <= TAHUN_MAKS:
        raise ValueError(teks)
    return t


tahun_laporan.__name__ = f"tahun {TAHUN_MIN}-{TAHUN_MAKS}, mis. 2025"


def kutip(path: object) -> str:
    """A path as it is typed into Command Prompt, PowerShell or bash: in double quotes when it
    holds a space or a character those shells treat specially."""
    s = str(path)
    if s and not re.search(r"[\s&()\[\]{}^=;!'+,`~$<>|*?#%\"]", s):
        return s
    return '"' + s.replace('"', '\\"') + '"'


def _subparser(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for aksi in parser._actions:
        if isinstance(aksi, argparse._SubParsersAction):
            return dict(aksi.choices)
    return {}


def _opsi(parser: argparse.ArgumentParser) -> list[str]:
    return [o for o in parser._option_string_actions if o.startswith("--")]


def _dikenal(opsi: str, daftar: Sequence[str]) -> bool:
    """Whether argparse takes `opsi`: an option, or the start of exactly one (--tah for
    --tahun)."""
    nama = opsi.split("=", 1)[0]
    return nama in daftar or len([d for d in daftar if d.startswith(nama)]) == 1


def salah_ketik(parser: argparse.ArgumentParser, argv: Sequence[str]) -> None:
    """Before argparse parses `argv`: a mistyped command or long option is refused with the
    one it was likely meant to be ('--tahn' -> 'maksudnya --tahun?'), on the usage line of
    the command (exit 2). Anything else is left to argparse."""
    import difflib

    sub = _subparser(parser)
    argv = list(argv)
    i = next((j for j, a in enumerate(argv) if not a.startswith("-")), None)
    if i is None:
        return
    nama = argv[i]
    if nama not in sub:
        dekat = difflib.get_close_matches(nama, list(sub), n=1, cutoff=_MIRIP)
        if dekat:
            parser.error(f"perintah '{nama}' tidak dikenal; maksudnya '{dekat[0]}'?")
        return
    sp = sub[nama]
    daftar = _opsi(sp)
    for a in argv[i + 1 :]:
        if a == "--":
            return
        if not a.startswith("--") or _dikenal(a, daftar):
            continue
        opsi = a.split("=", 1)[0]
        if any(d.startswith(opsi) for d in daftar):
            continue  # the start of several options: argparse says it is ambiguous
        dekat = difflib.get_close_matches(opsi, daftar, n=1, cutoff=_MIRIP)
        if dekat:
            sp.error(f"pilihan {opsi} tidak dikenal; maksudnya {dekat[0]}?")
        sp.error(f"pilihan {opsi} tidak dikenal; daftar pilihannya: `lakip {nama} --help`")
    if nama == "laporan" and not _ada_posisional(sp, argv[i + 1 :]):
        sp.error(
            "BERKAS wajib diisi: buku kerja yang dilaporkan, mis. `lakip laporan buku.xlsx`; "
            "untuk mencoba dengan contoh, buat dulu buku kerja contoh dengan `lakip contoh`"
        )


def _ada_posisional(sp: argparse.ArgumentParser, argv: Sequence[str]) -> bool:
    """Whether `argv` (after the command) holds a positional argument, or asks for help."""
    lewati = False
    for a in argv:
        if lewati:
            lewati = False
            continue
        if a in ("-h", "--help") or a == "--":
            return True
        if not a.startswith("-") or a == "-":
            return True
        nama = a.split("=", 1)[0]
        aksi = sp._option_string_actions.get(nama) or next(
            (x for o, x in sp._option_string_actions.items() if o.startswith(nama)), None
        )
        lewati = aksi is not None and aksi.nargs != 0 and "=" not in a and not (
            len(nama) == 2 and len(a) > 2  # -oFILE
        )
    return False


def laporan_ke_pdf(berkas: Path, keluar: Path | None) -> str | None:
    """The sentence for `laporan -o X.pdf` (the report is a .docx; --pdf adds the PDF), or
    None for any other output."""
    if keluar is None or keluar.suffix.lower() != ".pdf":
        return None
    docx = keluar.with_suffix(".docx")
    return (
        f"Nama berkas '{keluar.name}' harus berakhiran .docx: laporan ditulis sebagai Word; "
        f"untuk PDF tambahkan --pdf, mis. `lakip laporan {kutip(berkas)} -o {kutip(docx)} "
        f"--pdf` (PDF-nya {kutip(keluar)} dibuat di samping .docx)."
    )


BUKU_KERJA = (".xlsx", ".xlsm", ".xls", ".ods")


def bukan_laporan(berkas: Path) -> str | None:
    """The sentence for a workbook given to `reviu` (which reads a report), or None."""
    if berkas.suffix.lower() not in BUKU_KERJA:
        return None
    return (
        f"'{berkas.name}' adalah buku kerja, sedangkan `lakip reviu` membaca Laporan Kinerja "
        f"(.docx atau .pdf). Buat laporannya dengan `lakip laporan {kutip(berkas)}` lalu "
        f"reviu laporan itu; untuk memeriksa isian buku kerja pakai `lakip periksa "
        f"{kutip(berkas)}`."
    )
