"""Ikhtisar Eksekutif: the office's average, the IKM and the programs' serapan, in brief."""

from __future__ import annotations

from lakip_xl.calc.format_id import terbilang, terbilang_kurung
from lakip_xl.hitung import Hasil
from lakip_xl.laporan.bagian import Isi
from lakip_xl.laporan.kalimat import indikator_terukur, kalimat_capaian_seluruh


def bangun(hasil: Hasil, ikm: list[str], keuangan: list[str]) -> Isi:
    """Sentences `capaian_seluruh`, `ikhtisar`, `jumlah_indikator`, `tahun_terbilang`. `ikm` and
    `keuangan` are BAB III's sentences: their first one is repeated here. `jumlah_indikator`
    counts what BAB IV's "mengukur" counts (`indikator_terukur`: rows in error left out)."""
    tahun = hasil.buku.profil.get("tahun") or 0
    a = hasil.anggaran
    capaian = kalimat_capaian_seluruh(hasil)
    ikhtisar = [capaian]
    if ikm:
        ikhtisar.append(ikm[0])
    if a.program and a.serapan is not None:
        ikhtisar.append(keuangan[0])
    return Isi(
        kalimat={
            "capaian_seluruh": capaian,
            "ikhtisar": ikhtisar,
            "jumlah_indikator": terbilang_kurung(len(indikator_terukur(hasil))),
            "tahun_terbilang": terbilang(tahun) if tahun else "",
        }
    )
