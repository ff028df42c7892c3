"""Writing the quarterly documents of a computed workbook to .xlsx or .docx."""

from __future__ import annotations

from pathlib import Path

from lakip_xl.buku.baca import urut_masalah
from lakip_xl.calc.triwulan import TRIWULAN, triwulan_terakhir
from lakip_xl.errors import LakipError
from lakip_xl.hitung import Hasil
from lakip_xl.triwulan.model import Dokumen

AKHIRAN = (".xlsx", ".docx")


def triwulan_terakhir_buku(hasil: Hasil) -> int:
    """The last quarter (1-4) with any realisasi on the Indikator or Anggaran sheet; 0: none."""
    kunci = ("tw1", "tw2", "tw3", "tw4")
    terakhir = 0
    for sheet in ("Indikator", "Anggaran"):
        for b in hasil.buku.rows(sheet):
            terakhir = max(terakhir, triwulan_terakhir([b[k] for k in kunci]))
    return terakhir


def _siap(hasil: Hasil, keluar: Path, paksa: bool) -> None:
    if keluar.suffix.lower() not in AKHIRAN:
        raise LakipError(f"Nama berkas '{keluar.name}' harus berakhiran .xlsx atau .docx.")
    galat = [m for m in hasil.masalah if m.galat]
    if galat and not paksa:
        daftar = "\n".join(f"  {m}" for m in urut_masalah(galat)[:20])
        lagi = f"\n  ... dan {len(galat) - 20} lainnya" if len(galat) > 20 else ""
        raise LakipError(
            f"Buku kerja masih punya {len(galat)} galat; perbaiki dulu (atau pakai --paksa):\n"
            f"{daftar}{lagi}"
        )


def _tw(tw: int | None, hasil: Hasil) -> int:
    if tw is None:
        tw = triwulan_terakhir_buku(hasil) or 1
    if tw not in (1, 2, 3, 4):
        raise LakipError(f"Triwulan {tw} tidak ada; pilih 1, 2, 3 atau 4.")
    return tw


def tulis(dokumen: list[Dokumen], keluar: Path) -> Path:
    """Write the model(s) as .xlsx (one sheet each) or .docx, by the file's extension."""
    if keluar.suffix.lower() == ".xlsx":
        from lakip_xl.triwulan.keluaran_xlsx import tulis_xlsx

        return tulis_xlsx(dokumen, keluar)
    from lakip_xl.triwulan.keluaran_docx import tulis_docx

    return tulis_docx(dokumen, keluar)


def tulis_e81(hasil: Hasil, tw: int | None, keluar: Path, *, paksa: bool = False) -> Path:
    """Form E.81 of quarter `tw` (None: the last quarter with realisasi) to .xlsx or .docx."""
    from lakip_xl.triwulan.e81 import susun_e81

    _siap(hasil, keluar, paksa)
    return tulis([susun_e81(hasil, _tw(tw, hasil))], keluar)


def tulis_rencana_aksi(
    hasil: Hasil, keluar: Path, tw: int | None = None, *, paksa: bool = False
) -> Path:
    """The Rencana Aksi with its monitoring up to quarter `tw` (None: the last with
    realisasi) to .docx or .xlsx."""
    from lakip_xl.triwulan.rencana_aksi import susun_rencana_aksi

    _siap(hasil, keluar, paksa)
    return tulis([susun_rencana_aksi(hasil, _tw(tw, hasil))], keluar)


def nama_e81(buku: Path, tw: int) -> Path:
    """evaluasi-renja-tw2-BUKU.xlsx beside the workbook (what the button writes)."""
    return buku.with_name(f"evaluasi-renja-tw{tw}-{buku.stem}.xlsx")


def nama_rencana_aksi(buku: Path) -> Path:
    return buku.with_name(f"rencana-aksi-{buku.stem}.docx")


def teks_triwulan(tw: int) -> str:
    return f"Triwulan {TRIWULAN[tw - 1]}"
