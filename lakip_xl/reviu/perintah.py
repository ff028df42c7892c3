"""`lakip reviu`: read, check, write the kertas kerja (and the commented copy), print a summary."""

from __future__ import annotations

import sys
from pathlib import Path

from lakip_xl.errors import LakipError


def jalankan(berkas: Path, keluaran: Path | None = None, komentar: Path | None = None) -> int:
    """Run the reviu as the CLI does; returns 0 once the document was read."""
    from lakip_xl.reviu import keluaran as kel
    from lakip_xl.reviu.inti import reviu

    berkas = Path(berkas)
    keluaran = Path(keluaran) if keluaran else berkas.with_name(f"{berkas.stem}-temuan.xlsx")
    if keluaran.suffix.casefold() != ".xlsx":
        raise LakipError(f"Kertas kerja harus berakhiran .xlsx, bukan '{keluaran.name}'.")
    if komentar is not None:
        komentar = Path(komentar)
        if komentar.suffix.casefold() != ".docx":
            raise LakipError(f"Salinan bertanda komentar harus berakhiran .docx, bukan "
                             f"'{komentar.name}'.")
        if berkas.suffix.casefold() == ".pdf":
            raise LakipError("--komentar hanya untuk laporan .docx; temuan PDF ada di kertas "
                             "kerja .xlsx (kolom Lokasi menyebut halamannya).")
    for tujuan in (keluaran, komentar):
        if tujuan is not None and Path(tujuan).resolve() == berkas.resolve():
            raise LakipError("Berkas keluaran harus berbeda dari laporan yang direviu.")
    def kemajuan(teks: str) -> None:
        print(f"Membaca {berkas.name}: {teks}", file=sys.stderr, flush=True)

    hasil = reviu(berkas, kemajuan)
    kel.tulis_xlsx(hasil, keluaran)
    print(kel.ringkas(hasil))
    print(f"Kertas kerja: {keluaran}")
    if komentar is not None:
        n = kel.komentar(hasil, Path(komentar))
        print(f"Salinan bertanda komentar ({n} komentar): {komentar}")
    return 0


def daftar(perintah) -> None:
    """Add the `reviu` subcommand to the CLI's parser (`perintah` makes one subparser)."""
    sp = perintah("reviu", "reviu Laporan Kinerja (.docx/.pdf): hitung ulang angkanya, daftar "
                  "temuan ke kertas kerja .xlsx")
    sp.add_argument("laporan", type=Path, metavar="LAPORAN", help="laporan .docx atau .pdf")
    sp.add_argument("-o", "--keluaran", type=Path, metavar="TEMUAN.xlsx",
                    help="kertas kerja (bawaan: LAPORAN-temuan.xlsx di samping laporan)")
    sp.add_argument("--komentar", type=Path, metavar="TERANOTASI.docx",
                    help="tulis juga salinan .docx dengan komentar Word di tiap temuan")


def jalankan_args(args) -> int:
    """The CLI's runner for `reviu`."""
    return jalankan(args.laporan, args.keluaran, args.komentar)
