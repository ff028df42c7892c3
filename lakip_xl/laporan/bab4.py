"""BAB IV Penutup: the conclusions (what was measured, the average, IKM, serapan, shortfalls)."""

from __future__ import annotations

from lakip_xl.hitung import Hasil
from lakip_xl.laporan.bagian import Isi
from lakip_xl.laporan.kalimat import (
    jumlah_kata,
    kalimat_capaian_seluruh,
    kalimat_di_bawah_target,
)


def bangun(hasil: Hasil, ikm: list[str], keuangan: list[str]) -> Isi:
    """Sentences `simpulan`. `ikm` and `keuangan` are BAB III's sentences: their first one is
    repeated here."""
    pr = hasil.buku.profil
    tahun = pr.get("tahun") or 0
    nama = pr.get("nama_instansi") or "-"
    a = hasil.anggaran
    simpulan = [
        f"Laporan Kinerja {nama} Tahun {tahun} mengukur "
        f"{jumlah_kata(len(hasil.indikator_unik), 'indikator kinerja')}. "
        + kalimat_capaian_seluruh(hasil)
    ]
    if ikm:
        simpulan.append(ikm[0])
    if a.program and a.serapan is not None:
        simpulan.append(keuangan[0])
    bawah = kalimat_di_bawah_target(hasil.indikator)
    if bawah:
        simpulan.append(bawah)
    return Isi(kalimat={"simpulan": simpulan})
