"""A date typed as text, as staff write it ("6 Januari 2025", "06/01/2025"), is read as that
date: the Perjanjian Kinerja prints it; figures-only dates are read day first and periksa says
how it read them; a day the month does not have is refused, naming the cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import kantor
import pytest
from docx import Document
from test_pk import ANG_DINAS, IND_DINAS, PK_DINAS, PROFIL_DINAS

from lakip_xl import operasi
from lakip_xl.buku import layout as L
from lakip_xl.buku.nilai import Tolak, nilai_sel
from lakip_xl.calc.format_id import urai_tanggal
from lakip_xl.cli import main

TANGGAL = L.Isian("Tanggal PK", "tanggal_pk", L.Jenis.TANGGAL)


@pytest.mark.parametrize(
    ("teks", "tanggal", "angka"),
    [
        ("6 Januari 2025", dt.datetime(2025, 1, 6), False),
        ("06 jan 2025", dt.datetime(2025, 1, 6), False),
        ("6-Jan-2025", dt.datetime(2025, 1, 6), False),
        ("  6  Januari   2025 ", dt.datetime(2025, 1, 6), False),
        ("30 Nopember 2025", dt.datetime(2025, 11, 30), False),  # the older spelling
        ("3 Pebruari 2025", dt.datetime(2025, 2, 3), False),
        ("17 Agt 2025", dt.datetime(2025, 8, 17), False),
        ("29 Februari 2024", dt.datetime(2024, 2, 29), False),  # a leap year
        ("06/01/2025", dt.datetime(2025, 1, 6), True),  # day first, as Indonesia writes it
        ("6.1.2025", dt.datetime(2025, 1, 6), True),
        ("2025-01-06", dt.datetime(2025, 1, 6), False),  # ISO: year first, unambiguous
    ],
)
def test_tanggal_teks_terbaca(teks: str, tanggal: dt.datetime, angka: bool) -> None:
    assert urai_tanggal(teks) == (tanggal, angka)


@pytest.mark.parametrize(
    "teks",
    ["29 Februari 2025", "31 April 2025", "13/13/2025", "Januari 2025", "6/1/25", "6 Jnuari 2025",
     "6/1-2025", "besok", "6 Januari 2025 pukul 10"],
)  # fmt: skip
def test_bukan_tanggal(teks: str) -> None:
    assert urai_tanggal(teks) is None


def test_nilai_sel_tanggal_teks() -> None:
    catatan: list[str] = []
    assert nilai_sel("6 Januari 2025", TANGGAL, catatan) == dt.datetime(2025, 1, 6)
    assert catatan == []  # the month in words: nothing to doubt
    assert nilai_sel("06/01/2025", TANGGAL, catatan) == dt.datetime(2025, 1, 6)
    assert catatan == [
        "tanggal ditulis sebagai teks '06/01/2025', dibaca sebagai 6 Januari 2025 "
        "(hari/bulan/tahun); sebaiknya ketik sebagai tanggal"
    ]
    with pytest.raises(Tolak, match="berisi '31 April 2025', bukan tanggal"):
        nilai_sel("31 April 2025", TANGGAL, [])


def _dinas(folder: Path, tanggal: str) -> Path:
    p = kantor.kosong(folder / "dinas-pk.xlsx", 2025)
    return kantor.isi(p, {**PROFIL_DINAS, "Tanggal PK": tanggal},
                      {"Perjanjian Kinerja": PK_DINAS, "Indikator": IND_DINAS,
                       "Anggaran": ANG_DINAS})  # fmt: skip


def test_pk_mencetak_tanggal_yang_diketik_sebagai_teks(tmp_path: Path) -> None:
    buku = _dinas(tmp_path, "6 Januari 2025")
    masalah = operasi.periksa(buku)
    assert [str(m) for m in masalah if "Tanggal PK" in str(m)] == []
    keluar = tmp_path / "pk.docx"
    assert main(["pk", str(buku), "-o", str(keluar)]) == 0
    teks = [p.text for p in Document(str(keluar)).paragraphs]
    assert teks.count("Batulicin, 6 Januari 2025") == 16  # eight PKs, two pages each


def test_tanggal_yang_tidak_ada_disebut_selnya(tmp_path: Path) -> None:
    buku = _dinas(tmp_path, "31 April 2025")
    galat = [str(m) for m in operasi.periksa(buku) if m.galat]
    assert len(galat) == 1
    assert galat == ["GALAT - Sheet 'Profil' sel B31: 'Tanggal PK' berisi '31 April 2025', bukan "
                     "tanggal; ketik tanggal yang ada, mis. 02/01/2025 (hari/bulan/tahun) atau "
                     "2 Januari 2025"]
