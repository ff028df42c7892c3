"""The LAKIP_* worksheet functions as plain Python, against the calculation core."""

from __future__ import annotations

import datetime as dt
import inspect
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lakip_xl.calc.anggaran import serapan_persen
from lakip_xl.calc.capaian import Polaritas, RumusNegatif, hitung_capaian
from lakip_xl.calc.format_id import rupiah, terbilang
from lakip_xl.calc.kategori import SEMUA_SKALA
from lakip_xl.calc.skm import hitung_ikm, nrr_dari_jawaban
from lakip_xl.excel import udf


def test_capaian_sama_dengan_inti() -> None:
    for t, r, pol in ((100, 90, "Positif"), (100, 90, "Negatif"), (8, 10.5, "negatif")):
        inti = hitung_capaian(Decimal(str(t)), Decimal(str(r)), Polaritas.dari_teks(pol))
        assert udf.LAKIP_CAPAIAN(float(t), float(r), pol) == float(inti.persen)
    kebalikan = hitung_capaian(Decimal(10), Decimal(8), Polaritas.NEGATIF, RumusNegatif.KEBALIKAN)
    assert udf.LAKIP_CAPAIAN(10.0, 8.0, "Negatif", "Target / Realisasi") == float(kebalikan.persen)
    assert udf.LAKIP_CAPAIAN(100.0, 95.0) == 95.0  # polaritas defaults to Positif
    assert udf.LAKIP_CAPAIAN("1.000", "950,5") == 95.05  # Indonesian number text


def test_capaian_tanpa_nilai() -> None:
    assert udf.LAKIP_CAPAIAN(10.0, None) == "*)"
    assert udf.LAKIP_CAPAIAN(0.0, 5.0) == "#LAKIP: target 0, capaian tidak dapat dihitung"
    assert udf.LAKIP_CAPAIAN(None, 5.0) == "#LAKIP: target belum diisi"
    assert udf.LAKIP_CAPAIAN(10.0, 5.0, "Naik turun").startswith("#LAKIP: polaritas")
    assert udf.LAKIP_CAPAIAN("sepuluh", 5.0) == "#LAKIP: target 'sepuluh' bukan angka"
    assert udf.LAKIP_CAPAIAN(True, 5.0).startswith("#LAKIP: target berisi nilai logika")


def test_kategori_dan_skala() -> None:
    assert udf.LAKIP_KATEGORI(95.0) == "Sangat Memuaskan"
    assert udf.LAKIP_KATEGORI(90.004) == "Memuaskan"  # rounded to 90,00 as printed
    for s in SEMUA_SKALA:
        assert udf.LAKIP_KATEGORI(72.5, s.nama) == s.kategori(Decimal("72.5"))
    assert udf.LAKIP_KATEGORI(50.0, "Skala lain").startswith("#LAKIP: skala 'Skala lain'")
    assert udf.LAKIP_KATEGORI(None) == "#LAKIP: capaian kosong"


def test_serapan() -> None:
    assert udf.LAKIP_SERAPAN(434542010.0, 414530124.0) == float(
        serapan_persen(Decimal(434542010), Decimal(414530124))
    )
    assert udf.LAKIP_SERAPAN(100.0, None) == 0.0
    assert udf.LAKIP_SERAPAN(0.0, 5.0).startswith("#LAKIP: anggaran kosong atau 0")


def test_ikm_dari_nrr_dan_dari_jawaban() -> None:
    nrr = [[3.2, 3.1, 3.4, 3.0, 3.3, 3.5, 3.6, 2.9, 3.2]]
    inti = hitung_ikm([Decimal(str(x)) for x in nrr[0]])
    harap = float(Decimal(inti.konversi.numerator) / Decimal(inti.konversi.denominator))
    assert udf.LAKIP_IKM(nrr) == pytest.approx(harap, abs=1e-12)
    kolom = [[x] for x in nrr[0]]
    assert udf.LAKIP_IKM(kolom) == udf.LAKIP_IKM(nrr)
    jawaban = [[4.0, 3.0, 3.0], [3.0, 4.0, None], [2.0, 3.0, 4.0], [None, None, None]]
    nilai = nrr_dari_jawaban([[4, 3, 3], [3, 4, None], [2, 3, 4]], 3)
    inti = hitung_ikm([n.nrr for n in nilai])
    assert udf.LAKIP_IKM(jawaban) == pytest.approx(float(inti.konversi), abs=1e-12)
    bobot = [[0.5, 0.25, 0.25]]
    inti_b = hitung_ikm([n.nrr for n in nilai], [Decimal("0.5"), Decimal("0.25"), Decimal("0.25")])
    assert udf.LAKIP_IKM(jawaban, bobot) == pytest.approx(float(inti_b.konversi), abs=1e-12)


def test_ikm_galat_singkat() -> None:
    assert udf.LAKIP_IKM([[None, None]]) == "#LAKIP: tidak ada data"
    assert udf.LAKIP_IKM([[5.0, 3.0]]).startswith("#LAKIP: NRR 5")
    assert udf.LAKIP_IKM([[4.0, None], [3.0, None]]) == "#LAKIP: unsur ke-2 tidak punya jawaban"
    assert udf.LAKIP_IKM([[3.5, 2.0], [3.0, 4.0]]).startswith("#LAKIP: jawaban 3.5")
    assert udf.LAKIP_IKM([[3.0, 3.0]], [[0.5, 0.6]]).startswith("#LAKIP: jumlah bobot")


def test_mutu() -> None:
    assert udf.LAKIP_MUTU(88.31) == "A"
    assert udf.LAKIP_MUTU(88.30) == "B"
    assert udf.LAKIP_MUTU(3.3, "kinerja") == "Baik"  # IKM on the 1-4 scale: 82,5
    assert udf.LAKIP_MUTU(70.0, "lengkap") == "C (Kurang Baik)"
    assert udf.LAKIP_MUTU(10.0).startswith("#LAKIP: IKM harus 1-4")
    assert udf.LAKIP_MUTU(80.0, "warna").startswith("#LAKIP: bentuk")


def test_terbilang_dan_rupiah() -> None:
    assert udf.LAKIP_TERBILANG(1250.0) == terbilang(1250)
    assert udf.LAKIP_TERBILANG(-24.0) == "minus dua puluh empat"
    assert udf.LAKIP_TERBILANG(2.5).startswith("#LAKIP: terbilang")
    assert udf.LAKIP_TERBILANG(1e16).startswith("#LAKIP: terbilang")
    assert udf.LAKIP_RUPIAH(574736610.0) == rupiah(574736610) == "Rp574.736.610"
    assert udf.LAKIP_RUPIAH(1250000.4, "resmi") == "Rp 1.250.000,-"
    assert udf.LAKIP_RUPIAH(5.0, "mewah").startswith("#LAKIP: gaya rupiah")


_NILAI_EXCEL = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_NILAI_EXCEL, min_size=1, max_size=4), st.sampled_from(udf.UDF))
def test_tidak_pernah_traceback(args: list[object], fungsi: object) -> None:
    """Whatever Excel passes, a UDF answers with a number or a short text."""
    n = len(inspect.signature(fungsi).parameters)  # type: ignore[arg-type]
    args = (args * 4)[:n]
    if fungsi is udf.LAKIP_IKM:
        args = [[[a] for a in args], *([None] if n > 1 else [])[: n - 1]]
    hasil = fungsi(*args)  # type: ignore[operator]
    assert isinstance(hasil, (float, int, str))
    if isinstance(hasil, str) and hasil.startswith(udf.AWALAN_GALAT):
        assert "Traceback" not in hasil and len(hasil) <= len(udf.AWALAN_GALAT) + 200


def test_setiap_udf_berketerangan_indonesia() -> None:
    for f in udf.UDF:
        assert f.__name__.startswith("LAKIP_")
        assert f.__doc__ and len(f.__doc__) > 20
        params = list(inspect.signature(f).parameters)
        assert list(udf.ARGUMEN[f.__name__]) == params
        for p in params:
            assert udf.ARGUMEN[f.__name__][p]["doc"].strip()
    assert {f.__name__ for f in udf.UDF} >= {
        "LAKIP_CAPAIAN",
        "LAKIP_KATEGORI",
        "LAKIP_SERAPAN",
        "LAKIP_IKM",
        "LAKIP_MUTU",
        "LAKIP_TERBILANG",
        "LAKIP_RUPIAH",
    }


def test_dekorator_xlwings_windows_membaca_opsi() -> None:
    """xlwings' real (Windows) decorators, applied off Windows: categories, docs, ndim."""
    udfs = udf._xlwings_udfs()
    fungsi = {g.__name__: g.__xlfunc__ for g in udf._salinan_terdaftar(udfs)}
    ikm = fungsi["LAKIP_IKM"]
    assert ikm["category"] == udf.KATEGORI
    assert ikm["args"][0]["options"]["ndim"] == 2
    assert ikm["ret"]["doc"] == udf.LAKIP_IKM.__doc__
    assert fungsi["LAKIP_CAPAIAN"]["args"][2]["optional"] == "Positif"
