"""Quarterly (TW) realisasi: how quarters accumulate, the default kind, gaps, monitoring bands."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import Enum

from lakip_xl.calc.angka import Angka, ke_decimal
from lakip_xl.calc.capaian import Polaritas
from lakip_xl.calc.kategori import NAMA_SKALA, Rentang, Skala, skala

TRIWULAN = ("I", "II", "III", "IV")


class Akumulasi(Enum):
    """How the quarters of one indikator combine into the realisasi up to a quarter.

    JUMLAH: the quarters add up (counts: dokumen, desa, kegiatan). NILAI_AKHIR: the last
    filled quarter is the value (percentages, indexes, ratios, most Negatif indikator).
    RATA_RATA: the mean of the filled quarters.
    """

    JUMLAH = "Jumlah"
    NILAI_AKHIR = "Nilai Akhir"
    RATA_RATA = "Rata-rata"

    @classmethod
    def dari_teks(cls, teks: object) -> Akumulasi:
        t = " ".join(str(teks or "").split()).casefold()
        for a in cls:
            if a.value.casefold() == t:
                return a
        raise ValueError(
            f"akumulasi '{teks}' tidak dikenal; pilih Jumlah, Nilai Akhir atau Rata-rata"
        )


SATUAN_NILAI_AKHIR = frozenset(
    {"nilai", "indeks", "index", "rasio", "skor", "predikat", "poin", "peringkat", "opini"}
)
"""Satuan (lower case, spaces ignored) whose quarters do not add up: the last one counts."""


def akumulasi_bawaan(satuan: object, polaritas: Polaritas = Polaritas.POSITIF) -> Akumulasi:
    """The kind used when `Akumulasi TW` is empty: Nilai Akhir for a satuan that is a
    percentage (contains % or 'persen'), an index, a value, a ratio or a score
    (`SATUAN_NILAI_AKHIR`), and for every Negatif indikator (a rate to bring down, e.g. angka
    kemiskinan, is not summed); Jumlah for everything else (counts)."""
    s = " ".join(str(satuan or "").split()).casefold()
    if polaritas is Polaritas.NEGATIF:
        return Akumulasi.NILAI_AKHIR
    if "%" in s or "persen" in s or s.split(" ")[0] in SATUAN_NILAI_AKHIR:
        return Akumulasi.NILAI_AKHIR
    return Akumulasi.JUMLAH


def akumulasi_berlaku(
    teks: object, satuan: object, polaritas: Polaritas = Polaritas.POSITIF
) -> tuple[Akumulasi, bool]:
    """The kind in effect and whether it is the default (`teks` empty). ValueError for an
    unknown kind."""
    if teks is None or not str(teks).strip():
        return akumulasi_bawaan(satuan, polaritas), True
    return Akumulasi.dari_teks(teks), False


def _nilai(nilai: Sequence[Angka | None], sampai: int) -> list[Decimal]:
    return [ke_decimal(v) for v in list(nilai)[:sampai] if v is not None]


def akumulasi(nilai: Sequence[Angka | None], jenis: Akumulasi, sampai: int = 4) -> Decimal | None:
    """The realisasi up to quarter `sampai` (1-4) of the quarterly values `nilai` (TW I
    first, None for an empty quarter): their sum, the last filled one, or their mean,
    exact. None when no quarter up to `sampai` is filled (shown as `*)`)."""
    isi = _nilai(nilai, sampai)
    if not isi:
        return None
    if jenis is Akumulasi.JUMLAH:
        return sum(isi, Decimal(0))
    if jenis is Akumulasi.NILAI_AKHIR:
        return isi[-1]
    return sum(isi, Decimal(0)) / len(isi)


def realisasi_renstra(
    lalu: Angka | None, tahun_ini: Decimal | None, jenis: Akumulasi
) -> Decimal | None:
    """Realisasi of the Renstra up to this year (Form E.81 column 13 = 6 + 12): for Jumlah
    the years add up (an empty `lalu` counts as 0, e.g. the Renstra's first year); for Nilai
    Akhir and Rata-rata the value reached this year is the Renstra's value."""
    if tahun_ini is None:
        return None
    if jenis is Akumulasi.JUMLAH:
        return (Decimal(0) if lalu is None else ke_decimal(lalu)) + tahun_ini
    return tahun_ini


def triwulan_terakhir(nilai: Sequence[object]) -> int:
    """The last quarter (1-4) holding a value; 0 when none does."""
    terakhir = 0
    for i, v in enumerate(list(nilai)[:4], start=1):
        if v is not None:
            terakhir = i
    return terakhir


def triwulan_terlewat(nilai: Sequence[object]) -> list[int]:
    """Quarters (1-4) left empty although a later quarter is filled (filled out of order)."""
    akhir = triwulan_terakhir(nilai)
    return [i for i, v in enumerate(list(nilai)[:akhir], start=1) if v is None]


def _d(x: str) -> Decimal:
    return Decimal(x)


SKALA_MONITORING = Skala(
    "Monitoring Rencana Aksi (wp-eval-sakip)",
    "Pita monitoring Rencana Aksi yang dipakai wp-eval-sakip: 100% atau lebih Sangat Berhasil, "
    "75% sampai di bawah 100% Berhasil, 55% sampai di bawah 75% Cukup Berhasil, di bawah 55% "
    "Kurang Berhasil (capaian dibulatkan 2 desimal lebih dulu)",
    (
        Rentang("Sangat Berhasil", _d("99.99"), "100% atau lebih"),
        Rentang("Berhasil", _d("74.99"), "75% sampai di bawah 100%"),
        Rentang("Cukup Berhasil", _d("54.99"), "55% sampai di bawah 75%"),
        Rentang("Kurang Berhasil", None, "di bawah 55%"),
    ),
)

NAMA_PITA: tuple[str, ...] = (SKALA_MONITORING.nama, *NAMA_SKALA)
"""The monitoring bands an office may choose for its Rencana Aksi (a Profil choice)."""


def pita_monitoring(nama: object) -> Skala:
    """The monitoring scale called `nama`; empty gives the wp-eval-sakip bands. ValueError for
    an unknown name."""
    t = str(nama or "").strip()
    if not t or t.casefold() == SKALA_MONITORING.nama.casefold():
        return SKALA_MONITORING
    try:
        return skala(t)
    except ValueError:
        raise ValueError(
            f"pita monitoring '{t}' tidak dikenal; pilih salah satu: {'; '.join(NAMA_PITA)}"
        ) from None
