"""`lakip reviu`: read, check, write the kertas kerja (and the commented copy), print a summary."""

from __future__ import annotations

import sys
from pathlib import Path


def jalankan(
    berkas: Path,
    keluaran: Path | None = None,
    komentar: Path | None = None,
    *,
    timpa: bool = False,
) -> int:
    """Run the reviu as the CLI does; returns 0 once the document was read. Every output is
    checked before the report is read and written through the safe writer."""
    from lakip_xl.buku.simpan import aturan
    from lakip_xl.reviu import keluaran as kel
    from lakip_xl.reviu.inti import reviu
    from lakip_xl.reviu.tujuan import nama_kertas_kerja, periksa_keluaran

    berkas = Path(berkas)
    if berkas.is_dir():
        return _folder(berkas, keluaran, komentar, timpa=timpa)
    keluaran = Path(keluaran) if keluaran else nama_kertas_kerja(berkas)
    komentar = Path(komentar) if komentar is not None else None
    periksa_keluaran(berkas, keluaran, komentar, timpa=timpa)

    def kemajuan(teks: str) -> None:
        print(f"Membaca {berkas.name}: {teks}", file=sys.stderr, flush=True)

    hasil = reviu(berkas, kemajuan)
    with aturan(timpa=timpa):
        kel.tulis_xlsx(hasil, keluaran)
        print(kel.ringkas(hasil))
        print(f"Kertas kerja: {keluaran}")
        if komentar is not None:
            n = kel.komentar(hasil, komentar)
            print(f"Salinan bertanda komentar ({n} komentar): {komentar}")
    return 0


def _folder(folder: Path, keluaran: Path | None, komentar: Path | None, *, timpa: bool) -> int:
    """`lakip reviu FOLDER`: every LKj of the folder, one kertas kerja."""
    from lakip_xl.errors import LakipError
    from lakip_xl.reviu import folder as f

    if komentar is not None:
        raise LakipError("--komentar hanya untuk satu laporan .docx, bukan folder; reviu "
                         "laporannya satu per satu untuk salinan bertanda komentar.")
    return f.jalankan(folder, keluaran, timpa=timpa)


def daftar(perintah) -> None:
    """Add the `reviu` subcommand to the CLI's parser (`perintah` makes one subparser)."""
    sp = perintah("reviu", "reviu Laporan Kinerja (.docx/.pdf) atau semua laporan di satu "
                  "folder: hitung ulang angkanya, daftar temuan ke kertas kerja .xlsx")
    sp.add_argument("laporan", type=Path, metavar="LAPORAN",
                    help="laporan .docx atau .pdf, atau folder berisi laporan-laporan")
    sp.add_argument("-o", "--keluaran", type=Path, metavar="TEMUAN.xlsx",
                    help="kertas kerja (bawaan: LAPORAN-temuan.xlsx di samping laporan, "
                    "LAPORAN-temuan-pdf.xlsx untuk PDF, FOLDER-reviu.xlsx di samping folder)")
    sp.add_argument("--komentar", type=Path, metavar="TERANOTASI.docx",
                    help="tulis juga salinan .docx dengan komentar Word di tiap temuan")


def jalankan_args(args) -> int:
    """The CLI's runner for `reviu`."""
    return jalankan(args.laporan, args.keluaran, args.komentar, timpa=args.timpa)
