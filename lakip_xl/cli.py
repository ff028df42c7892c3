"""The `lakip` command: a thin Indonesian CLI over the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lakip_xl import __version__
from lakip_xl.errors import LakipError, dari_oserror
from lakip_xl.jeda_gc import jeda_gc
from lakip_xl.saran_cli import (
    bukan_laporan,
    kutip,
    laporan_ke_pdf,
    salah_ketik,
    tahun_laporan,
)

DESKRIPSI = (
    "lakip: Laporan Kinerja (LKj) dari satu buku kerja Excel. Isi buku kerja, hitung capaian, "
    "serapan dan IKM, lalu buat laporan Word."
)


_TERJEMAHAN = {
    "usage: ": "penggunaan: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah (harus %(type)s)",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan %(value)r tidak dikenal (pilih salah satu: %(choices)s)"
    ),
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "expected one argument": "butuh satu nilai",
    "expected at least one argument": "butuh paling sedikit satu nilai",
    "expected at most one argument": "butuh paling banyak satu nilai",
    "ambiguous option: %(option)s could match %(matches)s": (
        "pilihan %(option)s ambigu: cocok dengan %(matches)s"
    ),
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "positional arguments": "argumen",
    "options": "pilihan",
}


def bilangan_bulat(teks: str) -> int:
    """argparse type for whole numbers; its name is what an error message shows."""
    return int(teks)


bilangan_bulat.__name__ = "bilangan bulat"


def _terjemah(teks: str) -> str:
    """argparse's own messages in Indonesian (argparse looks `_` up at call time)."""
    return _TERJEMAHAN.get(teks, teks)


argparse._ = _terjemah  # type: ignore[attr-defined]


Perintah = Callable[[str, str], argparse.ArgumentParser]
"""Adds one subcommand (name, help) with -h and --debug; returns its parser."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lakip", description=DESKRIPSI, add_help=False)
    p.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")
    p.add_argument(
        "--version",
        action="version",
        version=f"lakip {__version__}",
        help="tampilkan versi lalu keluar",
    )
    p.add_argument(
        "--debug",
        action="store_true",
        help="tampilkan rincian teknis (traceback) bila terjadi galat",
    )
    p._positionals.title = "perintah"
    p._optionals.title = "pilihan"
    sub = p.add_subparsers(dest="perintah", metavar="PERINTAH")

    def perintah(nama: str, bantuan: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(nama, help=bantuan, description=bantuan, add_help=False)
        sp.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")
        sp.add_argument(
            "--debug",
            action="store_true",
            default=argparse.SUPPRESS,
            help="tampilkan traceback bila terjadi galat",
        )
        sp._positionals.title = "argumen"
        sp._optionals.title = "pilihan"
        if MENULIS.get(nama):  # every writing command the same --timpa (buku.simpan obeys it)
            sp.add_argument(
                "--timpa",
                action="store_true",
                help="timpa berkas keluaran yang sudah ada (berkas yang sedang dibuka tidak "
                "pernah ditimpa)",
            )
        return sp

    _perintah_buat(perintah)
    _perintah_periksa(perintah)
    _perintah_laporan(perintah)
    _perintah_libreoffice(perintah)
    from lakip_xl.triwulan.perintah import daftar as _perintah_triwulan

    _perintah_triwulan(perintah)
    from lakip_xl.pk.perintah import daftar as _perintah_pk

    _perintah_pk(perintah)
    from lakip_xl.reviu.perintah import daftar as _perintah_reviu

    _perintah_reviu(perintah)
    from lakip_xl.sipd.perintah import daftar as _perintah_sipd

    _perintah_sipd(perintah)
    from lakip_xl.rekap.perintah import daftar as _perintah_rekap

    _perintah_rekap(perintah)
    return p


def _periode(teks: str) -> str:
    """argparse type for a Renstra period such as 2016-2021."""
    from lakip_xl.buku.lengkap import periode_renstra

    if periode_renstra(teks) is None:
        raise ValueError(teks)
    return teks.strip()


_periode.__name__ = "periode seperti 2016-2021 (paling lama 10 tahun)"


def _perintah_buat(perintah: Perintah) -> None:
    """baru, contoh: new workbooks."""
    sp = perintah("baru", "buat buku kerja kosong yang siap diisi")
    sp.add_argument(
        "-o",
        "--keluaran",
        type=Path,
        default=Path("lakip.xlsx"),
        metavar="BERKAS",
        help="nama berkas keluaran (bawaan: lakip.xlsx); .xlsm: dengan tombol dan fungsi Excel, "
        ".ods: dengan tombol LibreOffice",
    )
    sp.add_argument("--tahun", type=tahun_laporan, metavar="N", help="tahun laporan, mis. 2025")
    sp.add_argument(
        "--renstra",
        type=_periode,
        metavar="AWAL-AKHIR",
        help="periode Renstra, mis. 2021-2026: kolom Target per tahunnya di sheet Tujuan "
        "Sasaran (bawaan: lima tahun mulai tahun sebelum --tahun)",
    )
    sp.add_argument(
        "--pemda",
        action="store_true",
        help="buku kerja Pemda untuk `lakip rekap --pemda`: indikator RPJMD dengan OPD "
        "pengukurnya, daftar OPD dan alias nama OPD (.xlsx)",
    )

    sp = perintah(
        "renstra",
        "salin buku kerja dengan kolom Target per tahun untuk periode Renstra baru (isian lama "
        "tetap utuh)",
    )
    sp.add_argument("berkas", type=Path, metavar="BERKAS", help="buku kerja .xlsx/.xlsm")
    sp.add_argument(
        "--periode", type=_periode, required=True, metavar="AWAL-AKHIR", help="mis. 2021-2026"
    )
    sp.add_argument(
        "-o",
        "--keluaran",
        type=Path,
        metavar="BERKAS",
        help="nama berkas baru (bawaan: BERKAS-renstra-AWAL-AKHIR dengan akhiran yang sama)",
    )

    sp = perintah("contoh", "buat buku kerja contoh (LKj Kecamatan Panyipatan 2020)")
    sp.add_argument(
        "-o",
        "--keluaran",
        type=Path,
        default=Path("contoh-panyipatan-2020.xlsx"),
        metavar="BERKAS",
        help="nama berkas keluaran; .xlsm: dengan tombol dan fungsi Excel, .ods: dengan tombol "
        "LibreOffice",
    )


def _perintah_periksa(perintah: Perintah) -> None:
    """periksa, hitung: reading and computing a workbook."""
    sp = perintah("periksa", "periksa isian buku kerja: daftar galat dan peringatan")
    sp.add_argument("berkas", type=Path, metavar="BERKAS", help="buku kerja .xlsx/.xlsm/.ods")

    sp = perintah("hitung", "hitung ulang capaian, kategori, serapan, IKM dan Ringkasan")
    sp.add_argument("berkas", type=Path, metavar="BERKAS", help="buku kerja .xlsx/.xlsm")
    sp.add_argument(
        "--tanpa-cadangan", action="store_true", help="jangan simpan cadangan BERKAS.cadangan.xlsx"
    )


def _perintah_laporan(perintah: Perintah) -> None:
    """laporan, templat, periksa-template: the Word report."""
    sp = perintah("laporan", "buat Laporan Kinerja (.docx, dan .pdf dengan --pdf) dari buku kerja")
    sp.add_argument(
        "berkas",
        type=Path,
        metavar="BERKAS",
        help="buku kerja .xlsx/.xlsm/.ods (contoh: buat dulu dengan `lakip contoh`)",
    )
    sp.add_argument(
        "-o",
        "--keluaran",
        type=Path,
        metavar="LAPORAN.docx",
        help="nama berkas laporan (bawaan: laporan-BERKAS.docx di samping buku kerja)",
    )
    sp.add_argument(
        "--template",
        type=Path,
        metavar="TEMPLAT.docx",
        help="templat Word sendiri (bawaan: templat lakip_xl)",
    )
    sp.add_argument(
        "--pdf",
        action="store_true",
        help="buat juga PDF di samping .docx (membutuhkan LibreOffice)",
    )
    sp.add_argument(
        "--paksa", action="store_true", help="tetap buat laporan walau buku kerja masih punya galat"
    )

    sp = perintah("periksa-template", "periksa templat Word: daftar variabel yang tidak dikenal")
    sp.add_argument("templat", type=Path, metavar="TEMPLAT.docx", help="templat .docx")

    sp = perintah("templat", "salin templat laporan bawaan untuk disunting di Word")
    sp.add_argument(
        "-o",
        "--keluaran",
        type=Path,
        metavar="BERKAS",
        help="nama berkas keluaran (bawaan: templat-laporan.docx, dengan --pk templat-pk.docx)",
    )
    sp.add_argument(
        "--pk", action="store_true", help="salin templat Perjanjian Kinerja (`lakip pk`)"
    )


def _perintah_libreoffice(perintah: Perintah) -> None:
    """pasang-libreoffice, tombol-libreoffice: the LibreOffice Calc buttons."""
    sp = perintah(
        "pasang-libreoffice",
        "pasang makro tombol Hitung Ulang dan Buat Laporan untuk LibreOffice Calc",
    )
    sp.add_argument(
        "--profil",
        type=Path,
        metavar="FOLDER",
        help="folder user/ profil LibreOffice (bawaan: profil akun ini)",
    )
    sp = perintah(
        "tombol-libreoffice", "simpan buku kerja sebagai .ods dengan tombol untuk LibreOffice"
    )
    sp.add_argument("berkas", type=Path, metavar="BERKAS", help="buku kerja .xlsx/.xlsm/.ods")
    sp.add_argument(
        "-o",
        "--keluaran",
        type=Path,
        metavar="BERKAS.ods",
        help="nama berkas keluaran (bawaan: BERKAS dengan akhiran .ods)",
    )


def _tulis_masalah(masalah: list, keluar: object = None) -> tuple[int, int]:
    keluar = keluar or sys.stdout
    galat = [m for m in masalah if m.galat]
    peringatan = [m for m in masalah if not m.galat]
    for m in galat + peringatan:
        print(f"  {m}", file=keluar, flush=True)
    return len(galat), len(peringatan)


def _tombol(tujuan: Path):
    """The edge that adds the buttons a workbook named `tujuan` gets (.xlsm: Excel, .ods:
    LibreOffice), or None for a plain .xlsx."""
    ext = tujuan.suffix.lower()
    if ext == ".xlsm":
        from lakip_xl.excel.xlsm import jadikan_xlsm

        return jadikan_xlsm
    if ext == ".ods":
        from lakip_xl.libreoffice.pasang import pasang_tombol

        return pasang_tombol
    return None


_SELESAI: list[Path] = []
"""Files the running command has finished, named when it is interrupted (Ctrl-C)."""


def _langkah(teks: str) -> None:
    print(teks, flush=True)


def _selesai(path: Path, teks: str) -> None:
    _SELESAI.append(path)
    print(f"{teks}: {path}", flush=True)


def _baru(args: argparse.Namespace) -> int:
    from lakip_xl import operasi

    if args.pemda:
        from lakip_xl.rekap.pemda import buat_pemda

        operasi.periksa_keluaran(args.keluaran, (".xlsx",), timpa=args.timpa)
        buat_pemda(args.keluaran, args.tahun)
        _selesai(args.keluaran, "Buku kerja Pemda kosong dibuat")
        return 0
    operasi.periksa_keluaran(args.keluaran, operasi.AKHIRAN_BUKU, timpa=args.timpa)
    operasi.buat_baru(
        args.keluaran, args.tahun, tombol=_tombol(args.keluaran), renstra=args.renstra
    )
    _selesai(args.keluaran, "Buku kerja kosong dibuat")
    return 0


def _contoh(args: argparse.Namespace) -> int:
    from lakip_xl import operasi

    operasi.periksa_keluaran(args.keluaran, operasi.AKHIRAN_BUKU, timpa=args.timpa)
    operasi.buat_contoh(args.keluaran, tombol=_tombol(args.keluaran))
    _selesai(args.keluaran, "Buku kerja contoh dibuat")
    return 0


def _renstra(args: argparse.Namespace) -> int:
    from lakip_xl import operasi
    from lakip_xl.buku.renstra import tambah_periode

    sumber = args.berkas
    akhiran = sumber.suffix.lower() if sumber.suffix.lower() in (".xlsx", ".xlsm") else ".xlsx"
    keluar = args.keluaran or sumber.with_name(f"{sumber.stem}-renstra-{args.periode}{akhiran}")
    if sumber.is_file() and keluar.absolute() == sumber.absolute():
        raise LakipError("Berkas keluaran harus berbeda dari berkas asal; pakai -o.")
    operasi.periksa_keluaran(keluar, (akhiran,), timpa=args.timpa)
    tahun, profil = tambah_periode(sumber, keluar, args.periode)
    if tahun:
        daftar = ", ".join(f"Target {t}" for t in tahun)
        print(f"Kolom ditambahkan di sheet Tujuan Sasaran: {daftar}.")
    else:
        print("Semua kolom Target periode itu sudah ada di sheet Tujuan Sasaran.")
    if profil:
        print(f"Periode Renstra di sheet Profil diisi {args.periode}.")
    _selesai(keluar, f"Buku kerja periode {args.periode} dibuat (berkas asal tidak diubah)")
    return 0


def _periksa(args: argparse.Namespace) -> int:
    from lakip_xl.buku.baca import urut_masalah
    from lakip_xl.hitung import hitung
    from lakip_xl.rekap.pemda import adalah_pemda, periksa_pemda

    if args.berkas.suffix.lower() == ".xlsx" and adalah_pemda(args.berkas):
        masalah = urut_masalah(periksa_pemda(args.berkas).masalah)  # the Pemda workbook's own
    else:
        masalah = urut_masalah(hitung(_baca(args.berkas)).masalah)
    g, p = _tulis_masalah(masalah)
    if g:
        print(f"{g} galat dan {p} peringatan di {args.berkas.name}. Perbaiki galatnya dulu.")
        return 1
    print(f"Tidak ada galat di {args.berkas.name} ({p} peringatan).")
    return 0


def _hitung(args: argparse.Namespace) -> int:
    from lakip_xl import operasi

    if args.berkas.suffix.lower() == ".ods" and args.berkas.is_file():
        raise LakipError(_PESAN_ODS_HITUNG.format(nama=args.berkas.name))
    catatan: list[str] = []
    hasil = operasi.hitung_berkas(args.berkas, cadangan=not args.tanpa_cadangan, pesan=catatan)
    g, p = _tulis_masalah(hasil.masalah)
    rr = hasil.rata_semua
    if rr.persen is not None:
        from lakip_xl.calc.format_id import persen

        print(f"Rata-rata capaian {rr.jumlah} indikator: {persen(rr.persen)} ({rr.kategori}).")
    print(f"Selesai menghitung {args.berkas.name}: {g} galat, {p} peringatan.")
    if g:
        print("Sel yang bergalat tidak ikut dihitung; perbaiki isiannya lalu hitung ulang.")
    for baris in catatan:
        print(baris)
    # the computed cells were written: hitung went on, so it succeeds (exit 1 is kept for
    # a file it cannot work on, which it leaves byte for byte as it was)
    return 0


_PESAN_ODS_HITUNG = (
    "Berkas '{nama}' berformat LibreOffice (.ods); `lakip hitung` hanya menulis .xlsx/.xlsm. "
    "Di LibreOffice Calc klik tombol Hitung Ulang (lihat README, bagian Di LibreOffice), atau "
    "simpan sebagai .xlsx: File > Simpan Sebagai > jenis berkas 'Excel 2007-365 (.xlsx)', lalu "
    "`lakip hitung` berkas .xlsx itu."
)


def _baca(path: Path):
    """Read a workbook for periksa and laporan; an .ods is read through LibreOffice (a
    temporary .xlsx copy, the .ods itself is only read)."""
    from lakip_xl import operasi
    from lakip_xl.buku.kunci import pemilik_kunci

    program = pemilik_kunci(path)
    if program and path.is_file():
        print(
            f"Peringatan - '{path.name}' sedang dibuka di {program}: yang dibaca adalah versi yang "
            "terakhir disimpan; simpan dulu bila ada perubahan.",
            file=sys.stderr,
            flush=True,
        )
    if path.suffix.lower() != ".ods" or not path.is_file():
        return operasi.baca_buku(path)
    import tempfile

    from lakip_xl.libreoffice import konversi

    if not konversi.tersedia():
        raise LakipError(
            f"Berkas '{path.name}' berformat LibreOffice (.ods); membacanya membutuhkan "
            "LibreOffice, yang tidak ditemukan di komputer ini. Simpan sebagai .xlsx di "
            "LibreOffice Calc (File > Simpan Sebagai > 'Excel 2007-365 (.xlsx)') lalu ulangi "
            "dengan berkas .xlsx itu."
        )
    with tempfile.TemporaryDirectory(prefix="lakip-ods-") as tmp:
        salinan = Path(tmp) / f"{path.stem}.xlsx"
        konversi.hitung_ulang(path.absolute(), salinan)
        return operasi.baca_buku(salinan, folder=path.resolve().parent)


def _laporan(args: argparse.Namespace) -> int:
    from lakip_xl import operasi
    from lakip_xl.hitung import hitung

    berkas = args.berkas
    if salah := laporan_ke_pdf(berkas, args.keluaran):
        raise LakipError(salah)
    keluaran = args.keluaran or operasi.nama_laporan(berkas)
    ke_pdf = None
    if args.pdf:
        from lakip_xl.libreoffice.konversi import ke_pdf
    operasi.laporan_tujuan(keluaran, args.template, pdf=args.pdf, timpa=args.timpa)
    _langkah(f"Membaca {berkas.name} ...")
    buku = _baca(berkas)
    _langkah("Menghitung capaian, serapan dan IKM ...")
    hasil = hitung(buku)
    sudah = {str(m) for m in hasil.masalah if not m.galat}
    if not [m for m in hasil.masalah if m.galat] or args.paksa:
        _tulis_masalah([m for m in hasil.masalah if not m.galat], sys.stderr)
    _langkah(f"Menulis {keluaran} ...")
    hl = operasi.laporan_hasil(
        hasil,
        keluaran,
        path_buku=berkas,
        templat=args.template,
        paksa=args.paksa,
        timpa=args.timpa,
        catat_tabel=True,  # for the self-check below
    )
    _tulis_masalah([m for m in hl.masalah if str(m) not in sudah], sys.stderr)
    _tinjau_laporan(keluaran, hl.tabel_ditulis)
    hl.tabel_ditulis.clear()  # done with: the report's cells, not kept through the PDF
    _selesai(keluaran, "Laporan dibuat")
    if ke_pdf is not None:
        pdf = keluaran.with_suffix(".pdf")
        _langkah(f"Mengubah {keluaran.name} ke PDF dengan LibreOffice ...")
        ke_pdf(keluaran.absolute(), pdf.absolute())
        _selesai(pdf, "Laporan dibuat")
    return 0


def _tinjau_laporan(path: Path, ditulis: dict[bytes, Any]) -> None:
    """The report just written, checked with the reviu's sentence rules: each finding is a
    peringatan; the report stays written whatever the check meets. `ditulis`: its tables as
    written (`reviu.tabel_cepat.pisahkan`)."""
    from lakip_xl.reviu.tinjau import masalah_laporan

    _tulis_masalah(masalah_laporan(path, ditulis), sys.stderr)


def _pasang_libreoffice(args: argparse.Namespace) -> int:
    from lakip_xl.libreoffice import pasang

    baru = args.profil is not None and not args.profil.exists()
    skrip = pasang.pasang(args.profil)
    if baru:
        print(
            f"Folder profil {kutip(args.profil)} belum ada, jadi dibuat baru. LibreOffice hanya "
            "menjalankan makro ini bila folder itu adalah folder user/ profilnya; bila maksudnya "
            "profil yang sudah dipakai, periksa ejaan --profil."
        )
    print(
        f"Makro LibreOffice dipasang: {skrip}. Tutup lalu buka lagi LibreOffice; tombol "
        "Hitung Ulang dan Buat Laporan di berkas .ods buatan lakip kini berfungsi."
    )
    return 0


def _tombol_libreoffice(args: argparse.Namespace) -> int:
    from lakip_xl import operasi
    from lakip_xl.libreoffice.pasang import pasang_tombol

    if not args.berkas.is_file():
        from lakip_xl.buku.berkas import periksa_berkas

        periksa_berkas(args.berkas)  # the sentence for a missing file or a folder
    keluar = args.keluaran or args.berkas.with_suffix(".ods")
    if keluar.absolute() == args.berkas.absolute():
        raise LakipError("Berkas keluaran harus berbeda dari berkas asal; pakai -o.")
    operasi.periksa_keluaran(keluar, (".ods",), timpa=args.timpa)
    pasang_tombol(args.berkas, keluar)
    _selesai(keluar, "Buku kerja dengan tombol LibreOffice dibuat")
    return 0


def _periksa_template(args: argparse.Namespace) -> int:
    from lakip_xl import operasi
    from lakip_xl.laporan.nama_templat import pesan
    from lakip_xl.laporan.render import temuan_templat

    operasi.periksa_berkas_templat(args.templat)
    temuan = temuan_templat(args.templat)
    if temuan:  # the same sentence laporan refuses this template with
        print(pesan(args.templat.name, temuan))
        return 1
    print(f"Templat {args.templat.name} baik: semua variabelnya dikenal.")
    return 0


def _templat(args: argparse.Namespace) -> int:
    from lakip_xl import operasi
    from lakip_xl.buku.simpan import salin
    from lakip_xl.laporan.templat import templat_bawaan
    from lakip_xl.pk.templat import templat_pk

    keluar = args.keluaran or Path("templat-pk.docx" if args.pk else "templat-laporan.docx")
    operasi.periksa_keluaran(keluar, (".docx",), timpa=args.timpa)
    salin(templat_pk() if args.pk else templat_bawaan(), keluar)
    print(
        f"Templat disalin ke {keluar}; sunting di Word lalu pakai dengan "
        f"`lakip {'pk' if args.pk else 'laporan'} BERKAS --template {kutip(keluar)}`."
    )
    return 0


def _reviu(args: argparse.Namespace) -> int:
    from lakip_xl.reviu.perintah import jalankan_args

    if salah := bukan_laporan(args.laporan):
        raise LakipError(salah)

    return jalankan_args(args)


def _triwulan(args: argparse.Namespace) -> int:
    """triwulan, rencana-aksi: the quarterly documents of a workbook (read, not written; an
    .ods through LibreOffice, as periksa and laporan read it)."""
    from lakip_xl.hitung import hitung
    from lakip_xl.triwulan.perintah import jalankan

    return jalankan(args, hitung(_baca(args.berkas)))


def _pk(args: argparse.Namespace) -> int:
    """pk: the Perjanjian Kinerja of a workbook (read, not written); the output is checked
    before the workbook is read."""
    from lakip_xl.hitung import hitung
    from lakip_xl.pk.perintah import jalankan, tujuan

    keluar = tujuan(args)
    ke_pdf = None
    if args.pdf:
        from lakip_xl.libreoffice.konversi import ke_pdf
    return jalankan(args, hitung(_baca(args.berkas)), keluar, ke_pdf)


def _impor_sipd(args: argparse.Namespace) -> int:
    from lakip_xl.sipd.perintah import jalankan as impor

    return impor(args)


def _impor_realisasi(args: argparse.Namespace) -> int:
    from lakip_xl.sipd.perintah import jalankan_realisasi

    return jalankan_realisasi(args)


def _rekap(args: argparse.Namespace) -> int:
    from lakip_xl.rekap.perintah import jalankan as rekap

    return rekap(args)


MENULIS: dict[str, bool] = {
    "baru": True,
    "contoh": True,
    "renstra": True,
    "hitung": False,
    "laporan": True,
    "templat": True,
    "tombol-libreoffice": True,
    "pasang-libreoffice": False,
    "triwulan": True,
    "rencana-aksi": True,
    "pk": True,
    "reviu": True,
    "impor-sipd": False,
    "impor-realisasi": False,
    "rekap": True,
}
"""Every subcommand that writes a file (all through `buku.simpan`, the one safe writer) ->
whether it takes --timpa (`hitung` rewrites its own workbook keeping a backup,
`pasang-libreoffice` replaces its own installed macro). `main` sets the writer's policy from
it; tests/test_penulis.py runs each of them through the same matrix of failures."""


JALANKAN: dict[str, Callable[[argparse.Namespace], int]] = {
    "baru": _baru,
    "contoh": _contoh,
    "renstra": _renstra,
    "periksa": _periksa,
    "hitung": _hitung,
    "laporan": _laporan,
    "pasang-libreoffice": _pasang_libreoffice,
    "tombol-libreoffice": _tombol_libreoffice,
    "periksa-template": _periksa_template,
    "templat": _templat,
    "triwulan": _triwulan,
    "rencana-aksi": _triwulan,
    "pk": _pk,
    "reviu": _reviu,
    "impor-sipd": _impor_sipd,
    "impor-realisasi": _impor_realisasi,
    "rekap": _rekap,
}
"""Subcommand -> the function that runs it (returns the exit code)."""


def jalankan(args: argparse.Namespace) -> int:
    """Run one parsed command; returns the exit code."""
    fungsi = JALANKAN.get(args.perintah)
    if fungsi is None:
        _parser().print_help()
        return 2
    return fungsi(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `lakip` console script."""
    for aliran in (sys.stdout, sys.stderr):  # a console or file that cannot show a character
        if hasattr(aliran, "reconfigure"):  # (a sheet name in Arabic on cp1252) shows '?'
            aliran.reconfigure(errors="replace")
    parser = _parser()
    salah_ketik(parser, sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if not args.perintah:
        parser.print_help()
        return 2
    _SELESAI.clear()
    from lakip_xl.buku import simpan

    simpan.lupakan_selesai()
    keluaran = sys.stdout
    sys.stdout = _Keluaran(keluaran)  # type: ignore[assignment]
    try:
        with simpan.aturan(timpa=bool(getattr(args, "timpa", False))), jeda_gc():
            return jalankan(args)
    except LakipError as e:
        if getattr(args, "debug", False):
            if e.rincian:
                print(f"Rincian teknis: {e.rincian}", file=sys.stderr)
            raise
        print(f"Galat: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        selesai = _sudah_selesai(simpan.selesai())
        if selesai:
            daftar = ", ".join(str(p) for p in selesai)
            print(f"Dibatalkan. Yang sudah selesai dibuat: {daftar}.", file=sys.stderr)
        else:
            print("Dibatalkan; belum ada berkas yang selesai dibuat.", file=sys.stderr)
        return 130
    except OSError as e:  # a file the system refuses: said in Indonesian, errno by errno
        if getattr(args, "debug", False):
            raise
        print(f"Galat: {dari_oserror(e)}", file=sys.stderr)
        return 1
    except Exception as e:  # the last line of defence: never a traceback for users
        if getattr(args, "debug", False):
            raise
        print(
            f"Galat tak terduga ({type(e).__name__}): {e}. Jalankan lagi dengan --debug dan "
            "kirim keluarannya ke pengembang.",
            file=sys.stderr,
        )
        return 1
    finally:
        sys.stdout = keluaran


def _sudah_selesai(ditulis: list[Path]) -> list[Path]:
    """The files finished before an interruption, each once: those the command announced
    and those the safe writer completed."""
    import os

    hasil: dict[str, Path] = {}
    for p in [*_SELESAI, *ditulis]:
        hasil.setdefault(os.path.abspath(p), p)
    return list(hasil.values())


class _Keluaran:
    """stdout that ends quietly when its reader has gone (`lakip reviu ... | head -1`): the
    rest of the output is dropped, the command goes on and writes its files."""

    def __init__(self, asli) -> None:
        self._asli = asli
        self._putus = False

    def write(self, teks: str) -> int:
        if not self._putus:
            try:
                return self._asli.write(teks)
            except BrokenPipeError:
                self._tutup()
        return len(teks)

    def flush(self) -> None:
        if not self._putus:
            try:
                self._asli.flush()
            except BrokenPipeError:
                self._tutup()

    def _tutup(self) -> None:
        """From now on the output goes nowhere (also what Python flushes when it exits)."""
        import os

        self._putus = True
        try:
            kosong = os.open(os.devnull, os.O_WRONLY)
        except OSError:
            return
        try:
            os.dup2(kosong, self._asli.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        finally:
            os.close(kosong)

    def __getattr__(self, nama: str):
        return getattr(self._asli, nama)


if __name__ == "__main__":
    sys.exit(main())
