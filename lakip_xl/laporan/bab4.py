"""BAB IV Penutup: the conclusions (what was measured, the average, IKM, serapan, shortfalls)."""

from __future__ import annotations

from lakip_xl.hitung import Hasil
from lakip_xl.laporan.bagian import Isi
from lakip_xl.laporan.kalimat import (
    kalimat_capaian_seluruh,
    kalimat_di_bawah_target,
    kalimat_jumlah_indikator,
)


def bangun(hasil: Hasil, ikm: list[str], keuangan: list[str]) -> Isi:
    """Sentences `simpulan`. `ikm` and `keuangan` are BAB III's sentences: their first one is
    repeated here."""
    a = hasil.anggaran
    simpulan = [kalimat_jumlah_indikator(hasil) + " " + kalimat_capaian_seluruh(hasil)]
    if ikm:
        simpulan.append(ikm[0])
    if a.program and a.serapan is not None:
        simpulan.append(keuangan[0])
    bawah = kalimat_di_bawah_target(hasil.indikator)
    if bawah:
        simpulan.append(bawah)
    return Isi(kalimat={"simpulan": simpulan})
