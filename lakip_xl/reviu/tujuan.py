"""Where `lakip reviu` may write: its kertas kerja and its commented copy, never a workbook or
a report. Reads only the zip's small parts (xl/workbook.xml, docProps/core.xml,
word/comments.xml) of a file that is already there."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lakip_xl.buku import layout as L
from lakip_xl.buku.simpan import periksa_tujuan
from lakip_xl.errors import LakipError

TANDA_KOMENTAR = "Salinan bertanda komentar lakip reviu"
"""The Status (cp:contentStatus) of a commented copy: how a later reviu knows the file is its
own and may be replaced with --timpa (Word keeps it when the copy is saved again)."""
PENULIS_KOMENTAR = "lakip reviu"
"""The author of every comment reviu writes."""
_BATAS_BAGIAN = 8 << 20


def nama_kertas_kerja(laporan: Path) -> Path:
    """The default kertas kerja beside the report: LAPORAN-temuan.xlsx for a .docx and
    LAPORAN-temuan-pdf.xlsx for a PDF, so the reviu of a report and of its PDF keep apart."""
    laporan = Path(laporan)
    akhir = "-temuan-pdf.xlsx" if laporan.suffix.casefold() == ".pdf" else "-temuan.xlsx"
    return laporan.with_name(f"{laporan.stem}{akhir}")


def _bagian(path: Path, nama: str) -> str | None:
    """The text of one zip part of `path`, or None (no zip, no such part, too large)."""
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo(nama)
            if info.file_size > _BATAS_BAGIAN:
                return None
            return z.read(info).decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError):
        return None


def adalah_buku_lakip(path: Path) -> bool:
    """True when `path` is a workbook holding at least three of lakip's input sheets."""
    xml = _bagian(path, "xl/workbook.xml")
    if xml is None:
        return False
    nama = {L.normal(n) for n in re.findall(r"<(?:\w+:)?sheet\b[^>]*\bname=\"([^\"]*)\"", xml)}
    return len(nama & {L.normal(lb.nama) for lb in L.LEMBAR}) >= 3


def adalah_salinan_komentar(path: Path) -> bool:
    """True when `path` is a commented copy an earlier reviu wrote."""
    inti = _bagian(path, "docProps/core.xml") or ""
    komentar = _bagian(path, "word/comments.xml") or ""
    return TANDA_KOMENTAR in inti or f'w:author="{PENULIS_KOMENTAR}"' in komentar


def _sama(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def periksa_keluaran(laporan: Path, keluaran: Path, komentar: Path | None, *, timpa: bool) -> None:
    """Refuse, before the report is read, an output reviu must not write: not .xlsx/.docx,
    the report itself, a lakip workbook or a report that is not reviu's own copy (never, also
    with `timpa`), an existing file (unless `timpa`), a file open in a program (always)."""
    if keluaran.suffix.casefold() != ".xlsx":
        raise LakipError(f"Kertas kerja harus berakhiran .xlsx, bukan '{keluaran.name}'.")
    if komentar is not None:
        if komentar.suffix.casefold() != ".docx":
            raise LakipError(
                f"Salinan bertanda komentar harus berakhiran .docx, bukan '{komentar.name}'."
            )
        if laporan.suffix.casefold() == ".pdf":
            raise LakipError(
                "--komentar hanya untuk laporan .docx; temuan PDF ada di kertas kerja .xlsx "
                "(kolom Lokasi menyebut halamannya)."
            )
    for tujuan in (keluaran, komentar):
        if tujuan is not None and _sama(tujuan, laporan):
            raise LakipError("Berkas keluaran harus berbeda dari laporan yang direviu.")
        if tujuan is not None and not tujuan.absolute().parent.is_dir():
            raise LakipError(
                f"Folder '{tujuan.parent}' tidak ditemukan; buat dulu foldernya atau pilih folder "
                f"lain untuk '{tujuan.name}'."
            )
    if keluaran.is_file() and adalah_buku_lakip(keluaran):
        raise LakipError(
            f"Berkas '{keluaran}' adalah buku kerja lakip, bukan kertas kerja reviu; reviu tidak "
            f"pernah menimpanya, juga dengan --timpa: pilih nama lain dengan -o, mis. "
            f"'{nama_kertas_kerja(laporan).name}'."
        )
    periksa_tujuan(keluaran, (".xlsx",), timpa=timpa)
    if komentar is None:
        return
    if komentar.is_file() and not adalah_salinan_komentar(komentar):
        raise LakipError(
            f"Berkas '{komentar}' sudah ada dan bukan salinan bertanda komentar buatan reviu "
            "(mungkin laporan yang sedang disunting); reviu tidak pernah menimpanya, juga dengan "
            "--timpa: pilih nama lain dengan --komentar."
        )
    periksa_tujuan(komentar, (".docx",), timpa=timpa)
