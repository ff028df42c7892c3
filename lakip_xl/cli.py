"""The `lakip` command: a thin Indonesian CLI over the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from lakip_xl import __version__
from lakip_xl.errors import LakipError

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
        return sp

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
    sp.add_argument("--tahun", type=bilangan_bulat, metavar="N", help="tahun laporan, mis. 2025")
    sp.add_argument("--timpa", action="store_true", help="timpa berkas yang sudah ada")

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
    sp.add_argument("--timpa", action="store_true", help="timpa berkas yang sudah ada")

    sp = perintah("periksa", "periksa isian buku kerja: daftar galat dan peringatan")
    sp.add_argument("berkas", type=Path, metavar="BERKAS", help="buku kerja .xlsx/.xlsm")

    sp = perintah("hitung", "hitung ulang capaian, kategori, serapan, IKM dan Ringkasan")
    sp.add_argument("berkas", type=Path, metavar="BERKAS", help="buku kerja .xlsx/.xlsm")
    sp.add_argument(
        "--tanpa-cadangan", action="store_true", help="jangan simpan cadangan BERKAS.cadangan.xlsx"
    )
    sp = perintah("laporan", "buat Laporan Kinerja (.docx, dan .pdf dengan --pdf) dari buku kerja")
    sp.add_argument(
        "berkas",
        type=Path,
        nargs="?",
        metavar="BERKAS",
        help="buku kerja .xlsx/.xlsm (bawaan: buku kerja contoh)",
    )
    sp.add_argument(
        "-o",
        "--keluaran",
        type=Path,
        metavar="LAPORAN.docx",
        help="nama berkas laporan (bawaan: di samping buku kerja)",
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
    sp.add_argument("--timpa", action="store_true", help="timpa berkas yang sudah ada")

    sp = perintah("periksa-template", "periksa templat Word: daftar variabel yang tidak dikenal")
    sp.add_argument("templat", type=Path, metavar="TEMPLAT.docx", help="templat .docx")

    sp = perintah("templat", "salin templat laporan bawaan untuk disunting di Word")
    sp.add_argument(
        "-o",
        "--keluaran",
        type=Path,
        default=Path("templat-laporan.docx"),
        metavar="BERKAS",
        help="nama berkas keluaran",
    )
    sp.add_argument("--timpa", action="store_true", help="timpa berkas yang sudah ada")
    return p


def _tulis_masalah(masalah: list, keluar: object = None) -> tuple[int, int]:
    keluar = keluar or sys.stdout
    galat = [m for m in masalah if m.galat]
    peringatan = [m for m in masalah if not m.galat]
    for m in galat + peringatan:
        print(f"  {m}", file=keluar)
    return len(galat), len(peringatan)


def _jangan_timpa(path: Path, timpa: bool) -> None:
    if path.exists() and not timpa:
        raise LakipError(
            f"Berkas '{path}' sudah ada; pakai --timpa untuk menimpanya atau "
            "pilih nama lain dengan -o."
        )


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


def jalankan(args: argparse.Namespace) -> int:
    """Run one parsed command; returns the exit code."""
    from lakip_xl import operasi

    if args.perintah == "baru":
        _jangan_timpa(args.keluaran, args.timpa)
        operasi.buat_baru(args.keluaran, args.tahun, tombol=_tombol(args.keluaran))
        print(f"Buku kerja kosong dibuat: {args.keluaran}")
        return 0
    if args.perintah == "contoh":
        _jangan_timpa(args.keluaran, args.timpa)
        operasi.buat_contoh(args.keluaran, tombol=_tombol(args.keluaran))
        print(f"Buku kerja contoh dibuat: {args.keluaran}")
        return 0
    if args.perintah == "periksa":
        masalah = operasi.periksa(args.berkas)
        g, p = _tulis_masalah(masalah)
        if g:
            print(f"{g} galat dan {p} peringatan di {args.berkas.name}. Perbaiki galatnya dulu.")
            return 1
        print(f"Tidak ada galat di {args.berkas.name} ({p} peringatan).")
        return 0
    if args.perintah == "hitung":
        hasil = operasi.hitung_berkas(args.berkas, cadangan=not args.tanpa_cadangan)
        g, p = _tulis_masalah(hasil.masalah)
        rr = hasil.rata_semua
        if rr.persen is not None:
            from lakip_xl.calc.format_id import persen

            print(f"Rata-rata capaian {rr.jumlah} indikator: {persen(rr.persen)} ({rr.kategori}).")
        print(f"Selesai menghitung {args.berkas.name}: {g} galat, {p} peringatan.")
        if g:
            print("Sel yang bergalat tidak ikut dihitung; perbaiki isiannya lalu hitung ulang.")
        # the computed cells were written: hitung went on, so it succeeds (exit 1 is kept for
        # a file it cannot work on, which it leaves byte for byte as it was)
        return 0
    if args.perintah == "laporan":
        berkas = args.berkas or operasi.contoh_bawaan()
        keluaran = args.keluaran
        if args.berkas is None and keluaran is None:
            keluaran = Path("laporan-contoh-panyipatan-2020.docx")
        ke_pdf = None
        if args.pdf:
            from lakip_xl.libreoffice.konversi import ke_pdf
        hasil = operasi.laporan(
            berkas, keluaran, templat=args.template, ke_pdf=ke_pdf, paksa=args.paksa
        )
        _tulis_masalah(hasil.masalah, sys.stderr)
        for f in hasil.berkas:
            print(f"Laporan dibuat: {f}")
        return 0
    if args.perintah == "pasang-libreoffice":
        from lakip_xl.libreoffice import pasang

        skrip = pasang.pasang(args.profil)
        print(
            f"Makro LibreOffice dipasang: {skrip}. Tutup lalu buka lagi LibreOffice; tombol "
            "Hitung Ulang dan Buat Laporan di berkas .ods buatan lakip kini berfungsi."
        )
        return 0
    if args.perintah == "tombol-libreoffice":
        from lakip_xl.libreoffice.pasang import pasang_tombol

        keluar = args.keluaran or args.berkas.with_suffix(".ods")
        if keluar.resolve() == args.berkas.resolve():
            raise LakipError("Berkas keluaran harus berbeda dari berkas asal; pakai -o.")
        _jangan_timpa(keluar, args.timpa)
        pasang_tombol(args.berkas, keluar)
        print(f"Buku kerja dengan tombol LibreOffice dibuat: {keluar}")
        return 0
    if args.perintah == "periksa-template":
        from lakip_xl.laporan.render import periksa_templat

        asing = periksa_templat(args.templat)
        if asing:
            print(f"Variabel tidak dikenal di {args.templat.name}: {', '.join(asing)}")
            return 1
        print(f"Templat {args.templat.name} baik: semua variabelnya dikenal.")
        return 0
    if args.perintah == "templat":
        import shutil

        from lakip_xl.laporan.templat import templat_bawaan

        _jangan_timpa(args.keluaran, args.timpa)
        shutil.copyfile(templat_bawaan(), args.keluaran)
        print(
            f"Templat disalin ke {args.keluaran}; sunting di Word lalu pakai dengan "
            f"`lakip laporan BERKAS --template {args.keluaran}`."
        )
        return 0
    _parser().print_help()
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `lakip` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.perintah:
        parser.print_help()
        return 2
    try:
        return jalankan(args)
    except LakipError as e:
        if getattr(args, "debug", False):
            raise
        print(f"Galat: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except Exception as e:  # the last line of defence: never a traceback for users
        if getattr(args, "debug", False):
            raise
        print(
            f"Galat tak terduga ({type(e).__name__}): {e}. Jalankan lagi dengan --debug dan "
            "kirim keluarannya ke pengembang.",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
