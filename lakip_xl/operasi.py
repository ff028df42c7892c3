"""The workbook operations behind the CLI and the buttons: baru, contoh, periksa, hitung."""

from __future__ import annotations

from pathlib import Path

from lakip_xl import layout as L
from lakip_xl.buku import Buku, Masalah, baca, urut_masalah
from lakip_xl.hitung import Hasil, hitung, isian_hitung, ringkasan

CONTOH_BAWAAN = Path(__file__).resolve().parent.parent / "workbook" / "contoh-panyipatan-2020.xlsx"


def buat_baru(tujuan: Path, tahun: int | None = None) -> Path:
    """A blank workbook with every sheet, ready to fill."""
    from lakip_xl.xlsx import buat_buku

    return buat_buku(tujuan, tahun=tahun)


def buat_contoh(tujuan: Path) -> Path:
    """The sample workbook (the seed's inputs), with every computed cell filled."""
    from lakip_xl import contoh
    from lakip_xl.xlsx import buat_buku

    buat_buku(tujuan, profil=contoh.PROFIL, tabel=contoh.TABEL, tambahan=contoh.TABEL_TAMBAHAN)
    hitung_berkas(tujuan, cadangan=False)
    return tujuan


def baca_buku(path: Path) -> Buku:
    """Read and check a workbook file (raises LakipError only when it is not a workbook)."""
    from lakip_xl.xlsx import baca_grid

    return baca(baca_grid(path))


def hitung_buku(path: Path) -> Hasil:
    """Read a workbook and compute everything, without writing."""
    return hitung(baca_buku(path))


def periksa(path: Path) -> list[Masalah]:
    """Every problem of a workbook: errors first, each with sheet and cell."""
    return urut_masalah(hitung_buku(path).masalah)


def hitung_berkas(path: Path, *, cadangan: bool = True) -> Hasil:
    """Recompute every computed cell and the Ringkasan sheet, and write them into the file.

    Input cells are never written. The file is replaced atomically; the previous version is
    kept as BUKU.cadangan.xlsx unless `cadangan` is False.
    """
    from lakip_xl.tulis import tulis_sel

    hasil = hitung_buku(path)
    per_sheet = {}
    nama_asli = {L.normal(n): n for n in hasil.buku.nama_lembar}
    for sheet, isian in isian_hitung(hasil).items():
        per_sheet[nama_asli.get(L.normal(sheet), sheet)] = isian
    ganti = {}
    nama_ringkasan = nama_asli.get(L.normal(L.RINGKASAN.nama))
    if nama_ringkasan:
        awal = L.RINGKASAN.baris_judul + 1
        per_sheet[nama_ringkasan] = {
            (awal + i, j + 1): v
            for i, baris in enumerate(ringkasan(hasil))
            for j, v in enumerate(baris)
        }
        ganti[nama_ringkasan] = awal
    tulis_sel(path, per_sheet, ganti, cadangan=cadangan)
    return hasil
