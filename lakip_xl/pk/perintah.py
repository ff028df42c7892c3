"""`lakip pk`: its arguments, and writing the Perjanjian Kinerja of a workbook the CLI has read
and computed (the PDF through the converter the CLI hands in)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from lakip_xl.buku.simpan import periksa_tujuan
from lakip_xl.errors import LakipError
from lakip_xl.hitung import Hasil

NAMA = ("pk",)


def daftar(perintah: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add the subcommand to the CLI's parser (`perintah` makes one subparser)."""
    sp = perintah(
        "pk",
        "buat Perjanjian Kinerja (.docx, dan .pdf dengan --pdf) tiap pejabat di sheet "
        "Perjanjian Kinerja, dengan atasannya sebagai pihak kedua",
    )
    sp.add_argument("berkas", type=Path, metavar="BERKAS", help="buku kerja .xlsx/.xlsm/.ods")
    sp.add_argument(
        "-o",
        "--keluaran",
        type=Path,
        metavar="PK.docx",
        help="berkas keluaran .docx (bawaan: perjanjian-kinerja-BERKAS.docx di samping buku kerja)",
    )
    sp.add_argument(
        "--pejabat",
        metavar="JABATAN",
        help="hanya Perjanjian Kinerja pejabat ini (Penanggung Jawab di sheet Perjanjian "
        'Kinerja, mis. "Sekretaris Camat")',
    )
    sp.add_argument(
        "--template",
        type=Path,
        metavar="TEMPLAT.docx",
        help="templat Word sendiri (salin dulu dengan `lakip templat --pk`)",
    )
    sp.add_argument(
        "--pdf",
        action="store_true",
        help="buat juga PDF di samping .docx (membutuhkan LibreOffice)",
    )
    sp.add_argument(
        "--paksa", action="store_true", help="tetap buat walau buku kerja masih punya galat"
    )


def tujuan(args: argparse.Namespace) -> Path:
    """The .docx to write, refused in one sentence before the workbook is read when it cannot
    be written (the workbook itself, another extension, open in a program, exists)."""
    from lakip_xl.pk.dokumen import nama_pk  # docxtpl: not needed to build the CLI's parser

    keluar: Path = args.keluaran or nama_pk(args.berkas)
    if keluar.suffix.lower() != ".docx":
        raise LakipError(
            f"Nama berkas '{keluar.name}' harus berakhiran .docx"
            + ("; untuk PDF pakai --pdf." if keluar.suffix.lower() == ".pdf" else ".")
        )
    if keluar.resolve() == args.berkas.resolve():
        raise LakipError(
            "Berkas keluaran harus berbeda dari buku kerja; pilih nama lain dengan -o."
        )
    periksa_tujuan(keluar, (".docx",), timpa=args.timpa)
    if args.pdf:
        periksa_tujuan(keluar.with_suffix(".pdf"), (".pdf",), timpa=args.timpa)
    if args.template is not None and not args.template.is_file():
        raise LakipError(f"Templat '{args.template}' tidak ditemukan; periksa opsi --template.")
    return keluar


def jalankan(
    args: argparse.Namespace, hasil: Hasil, keluar: Path, ke_pdf: Callable | None = None
) -> int:
    """Write the PKs; print the warnings about them and where they went."""
    from lakip_xl.pk.dokumen import tulis_pk

    daftar_pk, peringatan = tulis_pk(
        hasil,
        keluar,
        pejabat=args.pejabat,
        templat=args.template,
        paksa=args.paksa,
        berkas=args.berkas,
    )
    for m in peringatan:
        print(f"  {m}", file=sys.stderr)
    print(f"Perjanjian Kinerja dibuat ({len(daftar_pk)} pejabat): {keluar}")
    if ke_pdf is not None:
        pdf = keluar.with_suffix(".pdf")
        ke_pdf(keluar.absolute(), pdf.absolute(), perbarui_indeks=False)
        print(f"Perjanjian Kinerja dibuat: {pdf}")
    return 0
