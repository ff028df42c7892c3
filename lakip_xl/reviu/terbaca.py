"""What the reading could not see, said in the kertas kerja: Kelengkapan judged on the readable
pages only when some pages of a PDF are scans."""

from __future__ import annotations

from dataclasses import replace

from lakip_xl.reviu.dokumen import Dokumen
from lakip_xl.reviu.periksa_kelengkapan import Butir
from lakip_xl.reviu.temuan import Temuan


def sesuaikan(dok: Dokumen, butir: list[Butir], temuan: list[Temuan]
              ) -> tuple[list[Butir], list[Temuan]]:
    """Kelengkapan items and findings that say they were judged on the readable pages only,
    naming the pages that could not be read."""
    if not dok.tak_terbaca:
        return butir, temuan
    from lakip_xl.reviu.baca_pdf import nama_halaman

    tak = nama_halaman(dok.tak_terbaca)
    catatan = f"{tak} berupa gambar hasil pindaian dan tidak dapat dibaca"
    butir = [b if b.ada else replace(
        b, bukti=f"tidak ditemukan di halaman yang terbaca ({catatan}; periksa di halaman itu)")
        for b in butir]
    temuan = [t if t.jenis != "Kelengkapan" or not t.uraian.startswith("Tidak ditemukan:")
              else replace(t, uraian=t.uraian.replace(
                  "Tidak ditemukan:", "Tidak ditemukan di halaman yang terbaca:", 1).rstrip(".")
                  + f" ({catatan}).") for t in temuan]
    return butir, temuan
