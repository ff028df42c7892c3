"""The right capaian of a table row (`benar_baris`), worked out by hand: once per row and
column group however many checks ask, and again when the document's negative formula is not
the one it was worked out with."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import RumusNegatif
from lakip_xl.reviu import periksa_capaian
from lakip_xl.reviu.dokumen import Sel, Tabel
from lakip_xl.reviu.kolom import susun


def _tabel() -> Tabel:
    baris = [
        ["No", "Indikator", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Persentase desa tertib administrasi", "80", "60", "75,00"],
        ["2", "Angka kemiskinan (-)", "10", "12", "80,00"],
    ]
    return Tabel(0, "1", "Capaian Kinerja", "BAB III", [[Sel(t) for t in r] for r in baris])


def test_benar_dihitung_tangan_dan_sekali(monkeypatch: pytest.MonkeyPatch) -> None:
    s = susun(_tabel())
    assert s is not None and len(s.kelompok) == 1
    g = s.kelompok[0]
    positif, negatif = s.baris
    dihitung = []
    asli = periksa_capaian._benar_baris
    monkeypatch.setattr(periksa_capaian, "_benar_baris",
                        lambda *a: dihitung.append(a[2].label) or asli(*a))
    # 60 / 80 x 100 = 75; the negative row (2 x 10 - 12) / 10 x 100 = 80
    for _ in range(3):  # capaian, averages, consistency and sentences ask in turn
        assert periksa_capaian.benar_baris(s, g, positif) == Decimal(75)
        assert periksa_capaian.benar_baris(s, g, negatif) == Decimal(80)
    assert dihitung == [positif.label, negatif.label]
    s.rumus_negatif = RumusNegatif.KEBALIKAN  # 10 / 12 x 100 = 83,33: the printed 80,00 is
    # then wrong, and no formula of the other polarity (12 / 10 x 100 = 120) gives it
    assert bulat(periksa_capaian.benar_baris(s, g, negatif), 2) == Decimal("83.33")
    assert dihitung == [positif.label, negatif.label, negatif.label]
