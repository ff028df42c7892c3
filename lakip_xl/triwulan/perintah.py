"""`lakip triwulan` and `lakip rencana-aksi`: their arguments, and writing what they ask for
from a workbook the CLI has read and computed."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from lakip_xl.buku.simpan import periksa_tujuan
from lakip_xl.errors import LakipError
from lakip_xl.hitung import Hasil
from lakip_xl.triwulan.dokumen import (
    AKHIRAN,
    nama_e81,
    nama_rencana_aksi,
    triwulan_terakhir_buku,
    tulis_e81,
    tulis_rencana_aksi,
)

NAMA = ("triwulan", "rencana-aksi")


def _triwulan(teks: str) -> int:
    """argparse type for a quarter: 1-4 (also I-IV)."""
    t = teks.strip().upper()
    romawi = {"I": 1, "II": 2, "III": 3, "IV": 4}
    n = romawi.get(t) or int(t)
    if n not in (1, 2, 3, 4):
        raise ValueError(teks)
    return n


_triwulan.__name__ = "triwulan 1, 2, 3 atau 4"


def daftar(perintah: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add the two subcommands to the CLI's parser (`perintah` makes one subparser)."""
    sp = perintah(
        "triwulan",
        "buat Evaluasi Renja triwulan (Form E.81 Permendagri 86/2017) dari buku kerja, "
        ".xlsx untuk Bappeda atau .docx",
    )
    sp.add_argument("berkas", type=Path, metavar="BERKAS", help="buku kerja .xlsx/.xlsm/.ods")
    sp.add_argument(
        "--tw",
        type=_triwulan,
        metavar="N",
        help="triwulan 1-4 (bawaan: triwulan terakhir yang sudah ada realisasinya)",
    )
    _keluaran(sp, "E81.xlsx|E81.docx", "evaluasi-renja-twN-BERKAS.xlsx")
    sp = perintah(
        "rencana-aksi",
        "buat Rencana Aksi Perjanjian Kinerja dengan monitoring capaian per triwulan "
        "(.docx atau .xlsx)",
    )
    sp.add_argument("berkas", type=Path, metavar="BERKAS", help="buku kerja .xlsx/.xlsm/.ods")
    sp.add_argument(
        "--tw",
        type=_triwulan,
        metavar="N",
        help="keadaan s.d. triwulan 1-4 (bawaan: triwulan terakhir yang ada realisasinya)",
    )
    _keluaran(sp, "RENCANA-AKSI.docx|.xlsx", "rencana-aksi-BERKAS.docx")


def _keluaran(sp: argparse.ArgumentParser, metavar: str, bawaan: str) -> None:
    sp.add_argument(
        "-o",
        "--keluaran",
        type=Path,
        metavar=metavar,
        help=f"berkas keluaran .xlsx atau .docx (bawaan: {bawaan} di samping buku kerja)",
    )
    sp.add_argument(
        "--paksa", action="store_true", help="tetap buat walau buku kerja masih punya galat"
    )


def jalankan(args: argparse.Namespace, hasil: Hasil) -> int:
    """Write the document `args` asks for from the computed workbook; prints where."""
    tw = args.tw if args.tw is not None else triwulan_terakhir_buku(hasil) or None
    if args.perintah == "triwulan":
        keluar = args.keluaran or nama_e81(args.berkas, tw or 1)
    else:
        keluar = args.keluaran or nama_rencana_aksi(args.berkas)
    if keluar.resolve() == args.berkas.resolve():
        raise LakipError(
            "Berkas keluaran harus berbeda dari buku kerja; pilih nama lain dengan -o."
        )
    # open in a program: refused, with --timpa too
    periksa_tujuan(keluar, AKHIRAN, timpa=args.timpa)
    if args.perintah == "triwulan":
        tulis_e81(hasil, tw, keluar, paksa=args.paksa)
        print(f"Evaluasi Renja (Form E.81) triwulan {tw or 1} dibuat: {keluar}")
    else:
        tulis_rencana_aksi(hasil, keluar, tw, paksa=args.paksa)
        print(f"Rencana Aksi dibuat: {keluar}")
    if args.tw is None and not triwulan_terakhir_buku(hasil):
        print("Catatan: belum ada Realisasi TW yang diisi; semua triwulan dicetak *).")
    return 0
