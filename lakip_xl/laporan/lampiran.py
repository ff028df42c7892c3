"""Lampiran: the realisasi per quarter (the staff's extra sheets go where they name, see isian)."""

from __future__ import annotations

from lakip_xl.hitung import Hasil
from lakip_xl.laporan.bagian import Isi
from lakip_xl.laporan.tabel import TANDA_BELUM, TabelLaporan, k, n, t
from lakip_xl.laporan.tabel_kinerja import (
    CATATAN_BELUM,
    ada_belum,
    catatan_negatif,
    judul_kolom,
    sel_capaian,
    sel_indikator,
    sel_target,
)


def bangun(hasil: Hasil) -> Isi:
    """Table `triwulan`: the indikator with a quarterly realisasi (none without them)."""
    isi = Isi()
    _triwulan(hasil, isi)
    return isi


def _triwulan(hasil: Hasil, isi: Isi) -> None:
    """Table `triwulan`."""
    tahun = hasil.buku.profil.get("tahun") or 0
    ind = hasil.indikator
    tw = [h for h in ind if any(h[f"tw{i}"] is not None for i in range(1, 5))]
    if tw:
        isi.tabel["triwulan"] = TabelLaporan(
            "triwulan",
            f"Realisasi Indikator Kinerja per Triwulan Tahun {tahun}",
            [
                judul_kolom(
                    "No",
                    "Indikator Kinerja",
                    "Target",
                    "TW I",
                    "TW II",
                    "TW III",
                    "TW IV",
                    "Realisasi",
                    "Capaian (%)",
                )
            ],
            [
                [t(i), sel_indikator(h), sel_target(h, satuan=False)]
                + [n(h[f"tw{j}"]) for j in range(1, 5)]
                + [
                    n(h["realisasi"])
                    if h["realisasi"] is not None
                    else k(TANDA_BELUM, rata="kanan"),
                    sel_capaian(hasil, h.capaian),
                ]
                for i, h in enumerate(tw, 1)
            ],
            [0.4, 3.6, 0.9, 0.8, 0.8, 0.8, 0.8, 0.9, 1],
            ([CATATAN_BELUM] if ada_belum(tw) else []) + catatan_negatif(hasil, tw),
            kecil=True,
        )
