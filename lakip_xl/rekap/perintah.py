"""The `lakip rekap` subcommand: arguments, the order of the work, what the user reads."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lakip_xl.errors import LakipError

BANTUAN = (
    "rekap Pemda: hitung setiap buku kerja OPD di folder (tanpa mengubahnya) lalu tulis satu "
    ".xlsx: per OPD, semua indikator, dan berkas yang tidak dapat dibaca"
)


def _tahun(teks: str) -> int:
    """argparse type of --tahun; its name is what argparse's message shows."""
    return int(teks)


_tahun.__name__ = "tahun, mis. 2025"


def daftar(perintah) -> None:
    """Add the `rekap` subcommand to the CLI's parser (`perintah` makes one subparser)."""
    sp = perintah("rekap", BANTUAN)
    sp.add_argument(
        "sumber",
        type=Path,
        nargs="+",
        metavar="FOLDER",
        help="folder buku kerja OPD (.xlsx/.xlsm/.ods; subfolder tidak ikut), dan/atau berkas",
    )
    sp.add_argument(
        "-o", "--keluaran", type=Path, required=True, metavar="REKAP.xlsx", help="berkas rekap"
    )
    sp.add_argument(
        "--tahun",
        type=_tahun,
        metavar="TAHUN",
        help="tahun laporan; buku kerja tahun lain didaftar sebagai tidak dipakai",
    )
    sp.add_argument(
        "--pemda",
        type=Path,
        metavar="PEMDA.xlsx",
        help="buku kerja Pemda (`lakip baru --pemda`): urutan OPD dan indikator RPJMD/IKU",
    )
    sp.add_argument(
        "--docx", type=Path, metavar="LKJIP.docx", help="tulis juga draf LKjIP Pemda (.docx)"
    )
    sp.add_argument(
        "--pdf",
        action="store_true",
        help="buat juga PDF draf LKjIP di samping .docx-nya (membutuhkan LibreOffice)",
    )


def jalankan(args: argparse.Namespace) -> int:
    """Run `lakip rekap`: check the outputs, gather, write; returns the exit code."""
    from lakip_xl import operasi
    from lakip_xl.rekap.inti import AKHIRAN, daftar_berkas, kumpulkan
    from lakip_xl.rekap.lembar import ganda, lembar_rekap
    from lakip_xl.rekap.tulis import tulis_rekap

    keluar: Path = args.keluaran
    operasi.periksa_keluaran(keluar, (".xlsx",), timpa=args.timpa)
    docx: Path | None = getattr(args, "docx", None)
    pemda_path: Path | None = getattr(args, "pemda", None)
    if docx is not None:
        if pemda_path is None:
            raise LakipError("Opsi --docx membutuhkan --pemda (buku kerja Pemda).")
        operasi.periksa_keluaran(docx, (".docx",), timpa=args.timpa)
        if getattr(args, "pdf", False):
            operasi.periksa_keluaran(docx.with_suffix(".pdf"), (".pdf",), timpa=args.timpa)
    elif getattr(args, "pdf", False):
        raise LakipError("Opsi --pdf membutuhkan --docx (draf LKjIP yang dibuat PDF-nya).")
    bp = _baca_pemda(pemda_path) if pemda_path is not None else None
    berkas = daftar_berkas(args.sumber, kecuali=[p for p in (keluar, docx, pemda_path) if p])
    if not berkas:
        jenis = "/".join(AKHIRAN)
        raise LakipError(
            f"Tidak ada buku kerja OPD ({jenis}) di {', '.join(map(str, args.sumber))}."
        )
    k = kumpulkan(berkas, args.tahun)
    rp = _tabel_pemda(bp, k.opd) if bp is not None else None
    lembar = lembar_rekap(k, args.tahun, getattr(rp, "urutan", None))
    if rp is not None:
        lembar += list(rp.lembar)
    tulis_rekap(keluar, lembar)
    print(f"Rekap {len(k.opd)} OPD ditulis ke {keluar}.")
    for g in ganda(k.opd):
        print(f"Peringatan: {g}.", file=sys.stderr)
    if k.gagal:
        print(f"{len(k.gagal)} berkas tidak dapat dipakai (sheet Berkas Tidak Terbaca):")
        for g in k.gagal:
            print(f"  {g.berkas}: {g.pesan}")
    if rp is not None and getattr(rp, "cocok", None) is not None and rp.cocok.tak_cocok:
        print(f"{len(rp.cocok.tak_cocok)} data Pemda belum cocok (sheet Belum Cocok).")
    if docx is not None and rp is not None:
        from lakip_xl.rekap.lkjip import tulis_lkjip

        tulis_lkjip(rp, docx)
        print(f"Draf LKjIP ditulis ke {docx}.")
        if getattr(args, "pdf", False):
            from lakip_xl.libreoffice.konversi import ke_pdf

            pdf = docx.with_suffix(".pdf")
            ke_pdf(docx.absolute(), pdf.absolute())  # its Daftar Isi filled with page numbers
            print(f"Draf LKjIP ditulis ke {pdf}.")
    return 0 if k.opd else 1


def _baca_pemda(path: Path):
    """The Pemda workbook (pemda's module), read before the long work starts."""
    from lakip_xl.rekap.pemda import baca_pemda

    return baca_pemda(path)


def _tabel_pemda(bp, opd):
    """The Pemda's tables from the OPD results (pemda's module)."""
    from lakip_xl.rekap.cocok import tabel_pemda

    return tabel_pemda(bp, opd)
