"""`lakip impor-sipd`: its arguments, and the run (import, then recompute like `hitung`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

NAMA = ("impor-sipd", "impor-realisasi")


def daftar(perintah: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add the subcommand to the CLI's parser (`perintah` makes one subparser)."""
    sp = perintah(
        "impor-sipd",
        "isi sheet Anggaran dan Belanja dari ekspor Rekap SIPD-RI (.xlsx), menurut kode",
    )
    sp.add_argument("berkas", type=Path, metavar="BUKU", help="buku kerja .xlsx/.xlsm")
    sp.add_argument("rekap", type=Path, metavar="REKAP.xlsx", help="ekspor Rekap dari SIPD-RI")
    sp.add_argument(
        "--skpd",
        metavar="NAMA",
        help='nama SKPD (mis. "Kecamatan Namlea") atau KODE SKPD; tanpa ini: daftar SKPD',
    )
    sp.add_argument(
        "--sub-unit", metavar="NAMA", help="nama atau kode sub unit (UPT, puskesmas, sekolah)"
    )

    sp = perintah(
        "impor-realisasi",
        "isi kolom Realisasi sheet Anggaran dari berkas realisasi (.xlsx, mis. LRA per sub "
        "kegiatan dari SIPD Penatausahaan), menurut kode",
    )
    sp.add_argument("berkas", type=Path, metavar="BUKU", help="buku kerja .xlsx/.xlsm")
    sp.add_argument("sumber", type=Path, metavar="REALISASI.xlsx", help="berkas realisasi")
    sp.add_argument(
        "--kolom",
        nargs=2,
        metavar=("KODE", "REALISASI"),
        help="judul kolom kode dan kolom realisasi bila bukan 'Kode ...' dan 'Realisasi ...'",
    )


def jalankan_realisasi(args: argparse.Namespace) -> int:
    """Fill Realisasi by code, print what matched and what did not, recompute."""
    from lakip_xl import operasi
    from lakip_xl.sipd.realisasi import impor_realisasi

    h = impor_realisasi(args.berkas, args.sumber, tuple(args.kolom) if args.kolom else None)
    for baris in h.baris():
        print(baris, flush=True)
    if h.tulis is None or not h.tulis.berubah:
        print(f"'{args.berkas.name}' tidak diubah.")
        return 0
    operasi.hitung_berkas(args.berkas)
    print(f"Realisasi diimpor ke {args.berkas.name} dan dihitung ulang.")
    if h.tulis.cadangan is not None:
        print(f"Cadangan (versi sebelum impor): {h.tulis.cadangan}")
    return 0


def jalankan(args: argparse.Namespace) -> int:
    """Import, print the summary, recompute the workbook; 0 when written or unchanged."""
    from lakip_xl import operasi
    from lakip_xl.sipd.impor import impor_sipd

    rk = impor_sipd(args.berkas, args.rekap, args.skpd, args.sub_unit)
    for baris in rk.baris():
        print(baris, flush=True)
    if rk.tulis is None or not rk.tulis.berubah:
        print(f"'{args.berkas.name}' tidak diubah.")
        return 0
    catatan: list[str] = []
    hasil = operasi.hitung_berkas(args.berkas, pesan=catatan)
    galat = sum(1 for m in hasil.masalah if m.galat)
    print(f"Anggaran diimpor ke {args.berkas.name} dan dihitung ulang ({galat} galat).")
    if rk.tulis.cadangan is not None:
        print(f"Cadangan (versi sebelum impor): {rk.tulis.cadangan}")
    return 0
