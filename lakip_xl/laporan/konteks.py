"""The report's content as data: every table and generated sentence, from one computed `Hasil`.

Pure Python (no Word, no Jinja): the renderer turns `TabelLaporan` into Word tables and
image paths into pictures. Every number comes from `lakip_xl.hitung`; nothing is recomputed.
Each part of the report is built by its own module (ikhtisar, bab1, bab2, bab3_ikm,
bab3_sasaran, bab3_unit, bab3_anggaran, bab4, lampiran; the sentences in kalimat, the shared
tables in tabel_kinerja, the staff's own text and pictures in isian); `bangun` calls them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lakip_xl.buku.baca import Masalah
from lakip_xl.hitung import Hasil
from lakip_xl.laporan import (
    bab1,
    bab2,
    bab3_anggaran,
    bab3_ikm,
    bab3_sasaran,
    bab3_unit,
    bab4,
    ikhtisar,
    isian,
    lampiran,
)
from lakip_xl.laporan.bagian import Bagian, Gambar, Isi, Paragraf, Unit
from lakip_xl.laporan.tabel import TabelLaporan

if TYPE_CHECKING:
    from collections.abc import Callable

    from lakip_xl.laporan.wordml import BacaanTabel

__all__ = ["NAMA_KONTEKS", "Bagian", "Gambar", "Konteks", "Paragraf", "Unit", "bangun"]


NAMA_KONTEKS = (
    "profil",
    "logo",
    "narasi",
    "gambar",
    "tambahan",
    "tabel",
    "kalimat",
    "eselon3",
    "eselon4",
    "lainnya",
    "skala",
    "ada_skm",
    "ada_anggaran",
    "ada_belanja",
    "grafik",
)
"""The top-level names a report template may use (documented in the README)."""

TABEL = (
    "sasaran",
    "sasaran_banding",
    "renstra_akhir",
    "standar",
    "efisiensi",
    "pegawai",
    "produk",
    "misi",
    "renstra",
    "iku",
    "pk",
    "anggaran_sasaran",
    "skm",
    "responden",
    "ikm_tren",
    "eselon4",
    "rekap_unit",
    "belanja",
    "belanja_banding",
    "program",
    "program_banding",
    "triwulan",
)
"""The report tables a template may ask for; None when the workbook gives no data for them."""


@dataclass
class Konteks:
    """Everything the template may use, plus the problems met while building it."""

    data: dict[str, Any]
    masalah: list[Masalah] = field(default_factory=list)
    tabel_ditulis: dict[bytes, Callable[[], BacaanTabel]] = field(default_factory=dict)
    """Once written: its tables as reading them back gives them (wordml.tabel_xml), for the
    self-check (reviu.tinjau)."""


def bangun(hasil: Hasil, folder: Path | None = None) -> Konteks:
    """The template context of the report for a computed workbook: one call per part.

    `folder` is where picture paths of the Gambar sheet are resolved (the workbook's folder).
    Missing pictures are left out with a warning in `Konteks.masalah`.
    """
    folder = folder or Path.cwd()
    masalah: list[Masalah] = []
    narasi = isian.narasi(hasil)
    gambar = isian.gambar(hasil, folder, masalah)
    tambahan = isian.tambahan(hasil)
    b3_ikm = bab3_ikm.bangun(hasil)
    b3_unit = bab3_unit.bangun(hasil, narasi, gambar, tambahan)
    b3_anggaran = bab3_anggaran.bangun(hasil)
    ikm, keuangan = b3_ikm.kalimat["ikm"], b3_anggaran.kalimat["keuangan"]
    bagian = [
        bab1.bangun(hasil),
        bab2.bangun(hasil),
        b3_ikm,
        bab3_sasaran.bangun(hasil),
        b3_unit,
        b3_anggaran,
        ikhtisar.bangun(hasil, ikm, keuangan),
        bab4.bangun(hasil, ikm, keuangan),
        lampiran.bangun(hasil),
    ]
    logo = isian.logo(hasil, folder, masalah)
    return Konteks(_gabung(hasil, bagian, narasi, gambar, tambahan, logo), masalah)


def _gabung(
    hasil: Hasil,
    bagian: list[Isi],
    narasi: Bagian,
    gambar: Bagian,
    tambahan: Bagian,
    logo: Path | None,
) -> dict[str, Any]:
    """The parts' tables, sentences and units as one template context."""
    tabel: dict[str, TabelLaporan | None] = {}
    kalimat: dict[str, Any] = {}
    unit: dict[str, list[Unit]] = {}
    for isi in bagian:
        tabel.update(isi.tabel)
        kalimat.update(isi.kalimat)
        unit.update(isi.unit)
    for kunci in ("sdm", "program_kegiatan", "banding_program"):
        kalimat.setdefault(kunci, "")
    for kunci in ("ikm", "sasaran", "program_sasaran", "eselon4", "keuangan", "belanja_rinci"):
        kalimat.setdefault(kunci, [])
    data = {
        "profil": isian.profil(hasil),
        "logo": logo,
        "narasi": narasi,
        "gambar": gambar,
        "tambahan": tambahan,
        "tabel": Bagian(tabel),
        "kalimat": kalimat,
        "eselon3": unit["eselon3"],
        "eselon4": unit["eselon4"],
        "lainnya": unit["lainnya"],
        "skala": hasil.skala.nama,
        "ada_skm": hasil.skm.ikm is not None,
        "ada_anggaran": bool(hasil.anggaran.program),
        "ada_belanja": bool(hasil.belanja),
        "grafik": {},
    }
    for kunci in TABEL:
        data["tabel"].setdefault(kunci, None)
    assert set(data) == set(NAMA_KONTEKS), set(data) ^ set(NAMA_KONTEKS)
    return data


def semua_tabel(data: dict[str, Any]) -> list[TabelLaporan]:
    """Every table in a context, in no particular order (for checks and tests)."""
    hasil: list[TabelLaporan] = [x for x in data["tabel"].values() if x is not None]
    for u in data["eselon3"] + data["eselon4"]:
        hasil += [x for x in (u.tabel, u.tabel_banding, u.tabel_program) if x is not None]
        hasil += u.tambahan
    hasil += data["kalimat"].get("program_sasaran", [])
    hasil += data["kalimat"].get("belanja_rinci", [])
    for daftar in data["tambahan"].values():
        hasil += daftar
    return hasil
