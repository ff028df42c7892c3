"""The survey computed from the SKM sheet's rows: NRR per unsur and the respondents' profile
(counts per answer in the order first met, empty cells left out, ages in bands), worked out by
hand for five respondents."""

from __future__ import annotations

from collections import OrderedDict
from fractions import Fraction

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Baris, Buku, DataTabel
from lakip_xl.hitung import _hitung_skm


def _buku(jawaban: list[dict], unsur: list[dict]) -> Buku:
    def tabel(nama: str, isi: list[dict]) -> DataTabel:
        return DataTabel(L.lembar(nama), True, [Baris(i + 2, dict(b), {}) for i, b in
                                                enumerate(isi)])

    return Buku({}, {}, {"SKM": tabel("SKM", jawaban), "Unsur SKM": tabel("Unsur SKM", unsur)},
                [], [], ["SKM", "Unsur SKM"])


def test_profil_dan_nrr_dihitung_tangan() -> None:
    responden = [
        ("KTP", "Perempuan", "S1", 12, 34, [4, 3]),
        ("IMB", "Laki-laki", None, "PNS", 19, [3, 3]),
        ("KTP", "Perempuan", "SMA", 12, 60, [2, None]),
        ("KTP", None, "S1", None, None, [4, 4]),
        ("SKTM", "Laki-laki", "S1", "PNS", 29, [1, 2]),
    ]
    jawaban = [
        {"layanan": a, "jenis_kelamin": b, "pendidikan": c, "pekerjaan": d, "umur": e,
         "u1": u[0], "u2": u[1]}
        for a, b, c, d, e, u in responden
    ]
    unsur = [{"kode": "U1", "nrr_isian": None, "bobot": None},
             {"kode": "U2", "nrr_isian": None, "bobot": None}]
    masalah: list = []
    h = _hitung_skm(_buku(jawaban, unsur), masalah)
    assert h.responden == 5
    # U1: (4 + 3 + 2 + 4 + 1) / 5; U2: (3 + 3 + 4 + 2) / 4, the blank answer left out
    assert [(u.nrr, u.responden) for u in h.unsur] == [(Fraction(14, 5), 5), (Fraction(3), 4)]
    p = h.profil_responden
    assert p["layanan"] == OrderedDict([("KTP", 3), ("IMB", 1), ("SKTM", 1)])
    assert list(p["layanan"]) == ["KTP", "IMB", "SKTM"]  # first met first
    assert list(p["jenis_kelamin"].items()) == [("Perempuan", 2), ("Laki-laki", 2)]
    assert list(p["pendidikan"].items()) == [("S1", 3), ("SMA", 1)]
    assert list(p["pekerjaan"].items()) == [("12", 2), ("PNS", 2)]  # a number as its text
    assert list(p["umur"].items()) == [("di bawah 20 tahun", 1), ("20-29 tahun", 1),
                                       ("30-39 tahun", 1), ("60 tahun ke atas", 1)]
    assert all(type(x) is OrderedDict for x in p.values())
