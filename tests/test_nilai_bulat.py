"""An integer cell takes a quick path in buku.baca.nilai_sel: the same values pass and the
same values are refused, with the same reason, as through the Decimal checks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import _Tolak, nilai_sel

UANG = L.Kolom("Pagu", "pagu", L.Jenis.UANG, minimum=0)
BULAT = L.Kolom("Jumlah", "jumlah", L.Jenis.BULAT, minimum=0)
JAWABAN = L.Kolom("U1", "u1", L.Jenis.BULAT, minimum=1, maksimum=4)
ANGKA = L.Kolom("Target", "target", L.Jenis.ANGKA)


@pytest.mark.parametrize(
    ("kolom", "v", "hasil"),
    [
        (UANG, 0, Decimal(0)),
        (UANG, 10**16, Decimal(10**16)),  # the largest rupiah figure (BATAS_JENIS: 1e16)
        (BULAT, 0, 0),
        (BULAT, 10**12, 10**12),  # the largest whole number (1e12)
        (JAWABAN, 1, 1),
        (JAWABAN, 4, 4),
        (ANGKA, -7, Decimal(-7)),  # no minimum: a negative target reads
        (ANGKA, 10**18, Decimal(10**18)),
    ],
)
def test_bulat_yang_sah(kolom: L.Kolom, v: int, hasil: object) -> None:
    d = nilai_sel(v, kolom, [])
    assert d == hasil
    assert type(d) is type(hasil)


@pytest.mark.parametrize(
    ("kolom", "v", "alasan"),
    [
        (UANG, -1, "berisi -1; tidak boleh kurang dari 0"),
        (UANG, 10**16 + 1, "terlalu besar"),
        (BULAT, 10**12 + 1, "terlalu besar"),
        (JAWABAN, 0, "berisi 0; tidak boleh kurang dari 1"),
        (JAWABAN, 5, "berisi 5; tidak boleh lebih dari 4"),
        (ANGKA, 10**18 + 1, "terlalu besar"),
    ],
)
def test_bulat_yang_ditolak(kolom: L.Kolom, v: int, alasan: str) -> None:
    with pytest.raises(_Tolak) as e:
        nilai_sel(v, kolom, [])
    assert alasan in str(e.value)
