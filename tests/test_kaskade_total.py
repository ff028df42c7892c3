"""buku/kaskade.total_lampiran: the anggaran a PK's lampiran totals, from the Kode Anggaran its
indikator name, worked out by hand on a small tree; the walk kept to the chosen branches
(`peta_induk`, used when periksa checks every official) gives the same totals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lakip_xl.buku.kaskade import peta_induk, total_lampiran
from lakip_xl.calc.anggaran import BarisAnggaran, JenisBaris, Simpul


def _simpul(jenis: JenisBaris, nama: str, anggaran: int, *anak: Simpul) -> Simpul:
    return Simpul(BarisAnggaran(jenis, nama), list(anak), Decimal(anggaran))


S1 = _simpul(JenisBaris.SUB_KEGIATAN, "S1", 40)
S2 = _simpul(JenisBaris.SUB_KEGIATAN, "S2", 20)
K1 = _simpul(JenisBaris.KEGIATAN, "K1", 60, S1, S2)
K2 = _simpul(JenisBaris.KEGIATAN, "K2", 40)
K3 = _simpul(JenisBaris.KEGIATAN, "K3", 50)
P1 = _simpul(JenisBaris.PROGRAM, "P1", 100, K1, K2)
P2 = _simpul(JenisBaris.PROGRAM, "P2", 50, K3)
KODE = {s.baris.uraian: s for s in (S1, S2, K1, K2, K3, P1, P2)}


@pytest.mark.parametrize(
    ("kode", "total"),
    [
        (["S1, K2"], 80),  # a sub kegiatan and a kegiatan of one program: 40 + 40
        (["S1", "K1"], 60),  # K1 already covers its S1: counted once
        (["P1"], 100),
        (["S2; K3"], 70),  # two programs: 20 + 50
        (["P1", "S1", "K3"], 150),
        ([None], 0),
        (["X9"], 0),  # a code naming no row
    ],
)
def test_total_lampiran(kode: list[str | None], total: int) -> None:
    daftar = [{"kode_anggaran": k} for k in kode]
    program = [P1, P2]
    induk = peta_induk(program)
    assert total_lampiran(daftar, program, KODE.get) == Decimal(total)
    assert total_lampiran(daftar, program, KODE.get, induk) == Decimal(total)


def test_peta_induk() -> None:
    induk = peta_induk([P1, P2])
    assert {
        KODE[n].baris.uraian: induk[id(KODE[n])].baris.uraian
        for n in ("S1", "S2", "K1", "K2", "K3")
    } == {"S1": "K1", "S2": "K1", "K1": "P1", "K2": "P1", "K3": "P2"}
    assert id(P1) not in induk and id(P2) not in induk
