"""The reviu's reader of printed numbers (`reviu.angka.baca`): a plain number read directly gives
what the general path (`urai_angka` after the cleaning) gives, value, decimals and unit."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lakip_xl.reviu.angka import Nilai, _baca_lain, baca


@pytest.mark.parametrize(
    ("teks", "nilai", "desimal", "satuan"),
    [
        ("85,71", D("85.71"), 2, ""),
        ("1.234.567", D("1234567"), 0, ""),
        ("1.234", D("1234"), 0, ""),  # one dot before three digits: thousands
        ("12.345,678", D("12345.678"), 3, ""),
        ("100,00 %", D("100.00"), 2, "%"),
        ("-3,5%", D("-3.5"), 1, "%"),
        ("-0,00", D("0.00"), 2, ""),  # no negative zero
        ("007", D("7"), 0, ""),
        ("0.500", D("0.500"), 3, ""),  # a 0 before the dot: an English decimal point
        ("1.5", D("1.5"), 1, ""),
        ("1.2345", D("1.2345"), 4, ""),
        ("Rp 5.021.250,-", D("5021250"), 0, "Rp"),
        ("  72 %  ", D("72"), 0, "%"),
    ],
)
def test_angka_tercetak(teks: str, nilai: D, desimal: int, satuan: str) -> None:
    n = baca(teks)
    assert n == Nilai(nilai, desimal, satuan, teks)
    assert str(n.nilai) == str(nilai)  # the decimals as printed, not only an equal value


@pytest.mark.parametrize("teks", ["-", "", "1,2,3", "1.23.456", "12345678901234567",
                                  "0,12345678901", "1,5 juta", "abc"])
def test_bukan_angka(teks: str) -> None:
    assert baca(teks) is None


_POTONG = st.sampled_from(["0", "1", "7", "9", "00", "12", "123", "1234", "05", ".", ",", "-", " ",
                           "%", ".000", ".123", ",5", ",05", "999"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_POTONG, min_size=1, max_size=7).map("".join))
def test_jalan_cepat_sama_dengan_jalan_umum(teks: str) -> None:
    t = " ".join(teks.split())
    assert baca.__wrapped__(teks) == _baca_lain(t, teks)
