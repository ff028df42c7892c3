"""Survei Kepuasan Masyarakat per PermenPANRB 14/2017: NRR, IKM, konversi, mutu, sample size."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from lakip_xl.calc import format_id
from lakip_xl.calc.angka import Angka, bulat, ke_decimal

UNSUR_BAKU: tuple[tuple[str, str], ...] = (
    ("U1", "Persyaratan"),
    ("U2", "Sistem, Mekanisme dan Prosedur"),
    ("U3", "Waktu Penyelesaian"),
    ("U4", "Biaya/Tarif"),
    ("U5", "Produk Spesifikasi Jenis Pelayanan"),
    ("U6", "Kompetensi Pelaksana"),
    ("U7", "Perilaku Pelaksana"),
    ("U8", "Penanganan Pengaduan, Saran dan Masukan"),
    ("U9", "Sarana dan Prasarana"),
)


@dataclass(frozen=True)
class Mutu:
    """Grade of a konversi value: huruf A-D and the kinerja unit words."""

    huruf: str
    kinerja: str


_MUTU: tuple[tuple[Decimal, Mutu], ...] = (
    (Decimal("88.30"), Mutu("A", "Sangat Baik")),
    (Decimal("76.60"), Mutu("B", "Baik")),
    (Decimal("64.99"), Mutu("C", "Kurang Baik")),
)
_MUTU_D = Mutu("D", "Tidak Baik")


def _frac(x: Angka | Fraction) -> Fraction:
    if isinstance(x, Fraction):
        return x
    return Fraction(ke_decimal(x))


def _dec(x: Fraction) -> Decimal:
    return Decimal(x.numerator) / Decimal(x.denominator)


def mutu(konversi: Angka | Fraction) -> Mutu:
    """Grade a konversi value (25-100) after rounding it to 2 decimals, as the table says:
    25,00-64,99 D; 65,00-76,60 C; 76,61-88,30 B; 88,31-100 A. No gaps between bands."""
    k = bulat(_dec(_frac(konversi)), 2)
    for batas, m in _MUTU:
        if k > batas:
            return m
    return _MUTU_D


def mutu_dari_ikm(ikm: Angka | Fraction) -> Mutu:
    """Grade an IKM on the 1-4 scale via its konversi (x 25)."""
    return mutu(_frac(ikm) * 25)


@dataclass(frozen=True)
class NilaiUnsur:
    """NRR of one unsur from raw answers: None when nobody answered it."""

    nrr: Fraction | None
    responden: int
    jumlah_nilai: int


def nrr_dari_jawaban(
    jawaban: Sequence[Sequence[int | None]], jumlah_unsur: int
) -> list[NilaiUnsur]:
    """NRR per unsur = sum of its answers / number of respondents who answered it.

    `jawaban` holds one sequence per respondent of length `jumlah_unsur`, each answer 1-4 or
    None (blank, left out of that unsur only). Answers outside 1-4 raise ValueError: the
    workbook layer reports them with their cell before calling this.
    """
    total = [0] * jumlah_unsur
    n = [0] * jumlah_unsur
    for baris in jawaban:
        for i in range(jumlah_unsur):
            v = baris[i] if i < len(baris) else None
            if v is None:
                continue
            if v not in (1, 2, 3, 4):
                raise ValueError(f"jawaban {v} di luar 1-4")
            total[i] += v
            n[i] += 1
    return [
        NilaiUnsur(Fraction(total[i], n[i]) if n[i] else None, n[i], total[i])
        for i in range(jumlah_unsur)
    ]


@dataclass(frozen=True)
class HasilIKM:
    """IKM of a survey. Fractions are exact; use the *_tampil helpers for printed values."""

    nrr: tuple[Fraction, ...]
    bobot: tuple[Fraction, ...]
    nrr_tertimbang: tuple[Fraction, ...]
    ikm: Fraction  # 1-4
    konversi: Fraction  # 25-100
    mutu: Mutu

    @property
    def konversi_tampil(self) -> Decimal:
        return bulat(_dec(self.konversi), 2)

    @property
    def ikm_tampil(self) -> Decimal:
        return bulat(_dec(self.ikm), 3)

    @property
    def nrr_rata(self) -> Fraction:
        return sum(self.nrr, Fraction(0)) / len(self.nrr)


def bobot_seragam(jumlah_unsur: int) -> tuple[Fraction, ...]:
    """Equal weights 1/n exactly (1/9 for the nine unsur; never 0,111 or 0,11)."""
    return tuple(Fraction(1, jumlah_unsur) for _ in range(jumlah_unsur))


def normalkan_bobot(bobot: Sequence[Angka]) -> tuple[Fraction, ...]:
    """Weights as typed: a float like 0.1111111111111111 (Excel's =1/9) is read as the simple
    fraction it stands for. Raises ValueError (Indonesian) unless they sum to exactly 1."""
    hasil = []
    for b in bobot:
        f = _frac(b)
        dekat = f.limit_denominator(1000)
        if abs(f - dekat) < Fraction(1, 10**12):
            f = dekat
        if f < 0:
            raise ValueError("bobot tidak boleh negatif")
        hasil.append(f)
    jumlah = sum(hasil, Fraction(0))
    if jumlah != 1:
        raise ValueError(
            f"jumlah bobot {format_id.angka(bulat(_dec(jumlah), 6).normalize())} harus tepat 1; "
            "untuk bobot sama, "
            "kosongkan semua bobot atau ketik =1/9"
        )
    return tuple(hasil)


def hitung_ikm(nrr: Sequence[Angka | Fraction], bobot: Sequence[Angka] | None = None) -> HasilIKM:
    """IKM = sum of NRR x bobot (scale 1-4); konversi = IKM x 25; mutu graded on konversi.

    `bobot` None gives equal weights 1/n. Raises ValueError (Indonesian) for an empty list,
    an NRR outside 1-4, or weights of another length or not summing to 1.
    """
    if not nrr:
        raise ValueError("tidak ada NRR unsur untuk dihitung")
    nilai = tuple(_frac(x) for x in nrr)
    for x in nilai:
        if not 1 <= x <= 4:
            raise ValueError(f"NRR {bulat(_dec(x), 3)} di luar rentang 1-4")
    w = bobot_seragam(len(nilai)) if bobot is None else normalkan_bobot(bobot)
    if len(w) != len(nilai):
        raise ValueError(f"ada {len(w)} bobot untuk {len(nilai)} unsur")
    tertimbang = tuple(a * b for a, b in zip(nilai, w, strict=True))
    ikm = sum(tertimbang, Fraction(0))
    konversi = ikm * 25
    return HasilIKM(nilai, w, tertimbang, ikm, konversi, mutu(konversi))


def sampel_minimal(populasi: int) -> int:
    """Krejcie-Morgan minimum sample s = 3,841 N 0,25 / (0,0025 (N-1) + 3,841 x 0,25),
    rounded up: N=100 -> 80, N=1000 -> 278. Population below 1 raises ValueError."""
    if populasi < 1:
        raise ValueError("populasi harus minimal 1")
    chi = Fraction("3.841")
    p = Fraction(1, 4)
    d2 = Fraction(1, 400)
    s = chi * populasi * p / (d2 * (populasi - 1) + chi * p)
    return math.ceil(s)


def ke_decimal_tepat(x: Fraction, digit: int = 2) -> Decimal:
    """A Fraction rounded like Excel to `digit` decimals (exact, no float on the way)."""
    return bulat(_dec(x), digit)


BATAS_UMUR = (20, 30, 40, 50, 60)
"""Lower bounds of the age bands of the respondents' profile (10-year bands)."""


def kelompok_umur(umur: int) -> str:
    """The age band of a respondent as the SKM profile prints it: 'di bawah 20 tahun',
    '20-29 tahun', ..., '60 tahun ke atas'."""
    if umur < BATAS_UMUR[0]:
        return f"di bawah {BATAS_UMUR[0]} tahun"
    for i in range(1, len(BATAS_UMUR)):
        if umur < BATAS_UMUR[i]:
            return f"{BATAS_UMUR[i - 1]}-{BATAS_UMUR[i] - 1} tahun"
    return f"{BATAS_UMUR[-1]} tahun ke atas"


def profil_umur(umur: Sequence[int]) -> dict[str, int]:
    """Respondents counted per age band, bands in age order (empty bands left out)."""
    urutan = [kelompok_umur(b) for b in (BATAS_UMUR[0] - 1, *BATAS_UMUR)]
    hitung = {k: 0 for k in urutan}
    for u in umur:
        hitung[kelompok_umur(u)] += 1
    return {k: v for k, v in hitung.items() if v}
