"""Properties of the core, checked on generated inputs (hypothesis).

Capaian is monotone in realisasi for each polaritas and formula; roll-ups (anggaran, belanja,
averages) equal the sum of their parts; IKM lies in 25-100 whatever the answers and weights;
Indonesian numbers typed into a cell read back as the value that was formatted, and what
Hitung Ulang writes back reads back the same, text never becoming a formula. The plain
format/parse round trips of `format_id` are in tests/test_format_id.py (test_sifat_*).
"""

from __future__ import annotations

import re
from decimal import Decimal as D
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Baris, Buku, DataTabel
from lakip_xl.buku.nilai import nilai_sel
from lakip_xl.buku.tulis import NS, terapkan
from lakip_xl.calc.anggaran import BarisAnggaran, JenisBaris, susun
from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Polaritas, RumusNegatif, Status, hitung_capaian
from lakip_xl.calc.format_id import angka, persen, rupiah
from lakip_xl.calc.kategori import NAMA_SKALA, skala
from lakip_xl.calc.rata import rata_rata
from lakip_xl.calc.skm import hitung_ikm, nrr_dari_jawaban
from lakip_xl.hitung import _hitung_belanja

ANGKA = st.decimals(
    min_value=D("-1e9"), max_value=D("1e9"), places=2, allow_nan=False, allow_infinity=False
)
POSITIF = st.decimals(
    min_value=D("0.01"), max_value=D("1e9"), places=2, allow_nan=False, allow_infinity=False
)
UANG = st.integers(min_value=0, max_value=10**13).map(D)


# --- capaian -------------------------------------------------------------------------------


@given(POSITIF, ANGKA, ANGKA)
def test_capaian_positif_naik_bersama_realisasi(t: D, r1: D, r2: D) -> None:
    r1, r2 = sorted((r1, r2))
    c1, c2 = hitung_capaian(t, r1), hitung_capaian(t, r2)
    assert c1.status is c2.status is Status.ADA
    assert c1.persen <= c2.persen
    assert c1.persen_bulat(2) <= c2.persen_bulat(2)  # rounding keeps the order


@given(POSITIF, ANGKA, ANGKA)
def test_capaian_negatif_turun_bersama_realisasi(t: D, r1: D, r2: D) -> None:
    r1, r2 = sorted((r1, r2))
    c1 = hitung_capaian(t, r1, Polaritas.NEGATIF)
    c2 = hitung_capaian(t, r2, Polaritas.NEGATIF)
    assert c1.persen >= c2.persen >= 0
    assert c1.persen_bulat(2) >= c2.persen_bulat(2)


@given(POSITIF, POSITIF, POSITIF)
def test_capaian_negatif_kebalikan_turun_bersama_realisasi(t: D, r1: D, r2: D) -> None:
    r1, r2 = sorted((r1, r2))
    c1 = hitung_capaian(t, r1, Polaritas.NEGATIF, RumusNegatif.KEBALIKAN)
    c2 = hitung_capaian(t, r2, Polaritas.NEGATIF, RumusNegatif.KEBALIKAN)
    assert c1.persen >= c2.persen > 0


@given(st.sampled_from(NAMA_SKALA), ANGKA, ANGKA)
def test_kategori_tidak_memburuk_bila_capaian_naik(nama: str, a: D, b: D) -> None:
    a, b = sorted((a, b))
    sk = skala(nama)
    urutan = sk.nama_kategori  # best band first
    assert urutan.index(sk.kategori(a)) >= urutan.index(sk.kategori(b))


NEGATIF = st.decimals(max_value=D("-0.01"), places=2, allow_nan=False, allow_infinity=False)


@given(st.one_of(st.none(), st.just(D(0)), NEGATIF), ANGKA)
def test_target_kosong_nol_negatif_tanpa_capaian(t: D | None, r: D) -> None:
    for pol in Polaritas:
        c = hitung_capaian(t, r, pol)
        assert c.status is Status.TIDAK_DAPAT_DIHITUNG and c.persen is None and c.alasan


# --- roll-ups ----------------------------------------------------------------------------


@st.composite
def baris_dpa(draw: st.DrawFn) -> list[BarisAnggaran]:
    """Rows in DPA order: programs, their kegiatan, their sub kegiatan; leaves have amounts,
    parents are left empty (computed) or hold the correct subtotal, as staff type them."""
    rows: list[BarisAnggaran] = []
    for p in range(draw(st.integers(1, 4))):
        keg = []
        for k in range(draw(st.integers(0, 4))):
            subs = [
                (draw(UANG), draw(UANG)) for _ in range(draw(st.integers(0, 3)))
            ]  # (anggaran, realisasi) of each sub kegiatan
            keg.append((k, subs, (draw(UANG), draw(UANG))))
        rows.append(BarisAnggaran(JenisBaris.PROGRAM, f"P{p}", ref=f"P{p}"))
        for k, subs, daun in keg:
            if subs:
                isi = draw(st.booleans())
                a = sum((x for x, _ in subs), D(0)) if isi else None
                r = sum((y for _, y in subs), D(0)) if isi else None
            else:
                a, r = daun
            rows.append(BarisAnggaran(JenisBaris.KEGIATAN, f"K{p}.{k}", a, r, f"K{p}.{k}"))
            for s, (a, r) in enumerate(subs):
                rows.append(
                    BarisAnggaran(JenisBaris.SUB_KEGIATAN, f"S{p}.{k}.{s}", a, r, f"S{p}.{k}.{s}")
                )
    return rows


@given(baris_dpa())
def test_jumlah_anggaran_sama_dengan_rinciannya(rows: list[BarisAnggaran]) -> None:
    h = susun(rows)
    assert not [m for m in h.masalah if m.kode in ("subtotal", "yatim")]
    daun = [s for s in h.simpul.values() if not s.anak]
    assert h.anggaran == sum((s.anggaran for s in daun), D(0))
    assert h.realisasi == sum((s.realisasi for s in daun), D(0))
    assert h.anggaran == sum((p.anggaran for p in h.program), D(0))
    for s in h.simpul.values():
        if s.anak:
            assert s.anggaran == sum((a.anggaran for a in s.anak), D(0))
            assert s.realisasi == sum((a.realisasi for a in s.anak), D(0))
        assert s.sisa == s.anggaran - s.realisasi


@given(baris_dpa(), st.integers(1, 10**6))
def test_subtotal_yang_salah_selalu_ditemukan(rows: list[BarisAnggaran], selisih: int) -> None:
    induk = [i for i, b in enumerate(rows[:-1]) if rows[i + 1].jenis.value != "Program"
             and b.jenis is not JenisBaris.SUB_KEGIATAN]  # fmt: skip
    assume(induk)
    i = induk[0]
    benar = susun(rows).simpul[rows[i].ref].anggaran
    b = rows[i]
    rows[i] = BarisAnggaran(b.jenis, b.uraian, benar + selisih, b.realisasi, b.ref)
    h = susun(rows)
    assert any(m.kode == "subtotal" and m.ref == b.ref for m in h.masalah)
    assert h.simpul[b.ref].anggaran == benar  # the typed subtotal is checked, not trusted


def _baris_belanja(data: list[tuple[str, str, D, D]]) -> Buku:
    rows = [
        Baris(4 + i, {"kelompok": k, "jenis": j, "uraian": "x", "anggaran": a, "realisasi": r}, {})
        for i, (k, j, a, r) in enumerate(data)
    ]
    tabel = {t.nama: DataTabel(t, True) for t in L.TABEL}
    tabel["Belanja"].baris = rows
    return Buku({}, {}, tabel, [], [], [])


@given(
    st.lists(
        st.tuples(st.sampled_from(L.KELOMPOK_BELANJA[:3]), st.sampled_from(["A", "B"]), UANG, UANG),
        max_size=20,
    )
)
def test_jumlah_belanja_per_kelompok(data: list[tuple[str, str, D, D]]) -> None:
    grup = _hitung_belanja(_baris_belanja(data))
    assert sum((g.anggaran for g in grup), D(0)) == sum((a for *_, a, _ in data), D(0))
    for g in grup:
        rinci = [x for x in data if x[0] == g.kelompok]
        assert g.anggaran == sum((a for *_, a, _ in rinci), D(0))
        assert g.realisasi == sum((r for *_, r in rinci), D(0))
        assert sum(len(v) for v in g.jenis.values()) == len(rinci)


@given(st.lists(st.tuples(POSITIF, ANGKA), min_size=1, max_size=30))
def test_rata_rata_di_antara_bagiannya(data: list[tuple[D, D]]) -> None:
    capaian = [hitung_capaian(t, r) for t, r in data]
    rr = rata_rata(capaian)
    tampil = [c.persen_bulat(2) for c in capaian]
    assert min(tampil) <= rr.persen <= max(tampil)
    assert rr.jumlah == len(data) == sum(rr.per_kategori.values())
    # the mean of the printed values: a reader can redo it from the table
    assert bulat(rr.persen, 2) == bulat(sum(tampil, D(0)) / len(tampil), 2)


# --- IKM -------------------------------------------------------------------------------------

NRR = st.fractions(min_value=1, max_value=4, max_denominator=10_000)


@given(st.lists(NRR, min_size=1, max_size=12), st.data())
def test_ikm_antara_25_dan_100(nrr: list[Fraction], data: st.DataObject) -> None:
    bobot = None
    if data.draw(st.booleans()):
        mentah = data.draw(st.lists(st.integers(1, 100), min_size=len(nrr), max_size=len(nrr)))
        bobot = [Fraction(b, sum(mentah)) for b in mentah]
    h = hitung_ikm(nrr, bobot)
    assert 25 <= h.konversi <= 100
    assert 25 <= h.konversi_tampil <= 100
    assert min(nrr) * 25 <= h.konversi <= max(nrr) * 25
    assert h.mutu.huruf in "ABCD"


@given(
    st.lists(
        st.lists(st.one_of(st.none(), st.integers(1, 4)), min_size=9, max_size=9),
        min_size=1,
        max_size=60,
    )
)
def test_ikm_dari_jawaban_responden(jawaban: list[list[int | None]]) -> None:
    unsur = nrr_dari_jawaban(jawaban, 9)
    assume(all(u.nrr is not None for u in unsur))
    for u in unsur:
        assert 1 <= u.nrr <= 4
        assert u.responden == sum(1 for j in jawaban if j[unsur.index(u)] is not None)
    assert 25 <= hitung_ikm([u.nrr for u in unsur]).konversi <= 100


# --- typed in a cell, written back -------------------------------------------------------------

KOLOM_ANGKA = L.INDIKATOR.kolom_menurut_kunci("target")
KOLOM_UANG = L.ANGGARAN.kolom_menurut_kunci("realisasi")


@given(ANGKA)
def test_angka_indonesia_diketik_di_sel_dibaca_kembali(x: D) -> None:
    for teks in (angka(x), angka(x, 2), persen(x)):
        assert nilai_sel(teks, KOLOM_ANGKA, []) == bulat(x, 2)


@given(UANG, st.sampled_from(["ringkas", "resmi"]))
def test_rupiah_diketik_di_sel_dibaca_kembali(x: D, gaya: str) -> None:
    assert nilai_sel(rupiah(x, gaya), KOLOM_UANG, []) == x


def _sel(xml: bytes) -> etree._Element:
    return etree.fromstring(xml).find(f"{{{NS}}}sheetData/{{{NS}}}row/{{{NS}}}c")


LEMBAR = (
    f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1"><f>SUM(B1:B2)</f><v>3</v></c>'
    "</row></sheetData></worksheet>"
).encode()


@given(st.sampled_from("=+-@"), st.text(max_size=60))
def test_teks_yang_ditulis_tidak_pernah_menjadi_rumus(awal: str, sisa: str) -> None:
    teks = awal + sisa
    xml, _ = terapkan(LEMBAR, {(1, 1): teks})
    c = _sel(xml)
    assert c.find(f"{{{NS}}}f") is None  # the formula that was there is gone, none is added
    assert c.get("t") == "inlineStr"
    # kept as typed; only characters XML 1.0 cannot hold become spaces
    assert "".join(c.itertext()) == re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", " ", teks)


@settings(max_examples=200)
@given(st.one_of(ANGKA, st.integers(-(10**15), 10**15)))
def test_angka_yang_ditulis_dibaca_kembali_sama(x: D | int) -> None:
    xml, _ = terapkan(LEMBAR, {(1, 1): x})
    c = _sel(xml)
    assert c.get("t") is None and c.find(f"{{{NS}}}f") is None
    assert D(c.findtext(f"{{{NS}}}v")) == x


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, min_value=-(10**27), max_value=10**27, places=None
    ),
    st.integers(min_value=0, max_value=8),
)
@settings(max_examples=400, deadline=None)
def test_bulat_sama_dengan_round_excel(x: D, digit: int):
    """ROUND as Excel defines it, worked out with exact fractions: the value times 10^digit,
    half away from zero, over 10^digit; and shown with exactly `digit` places, zero unsigned
    (the usual case and the wide one take different paths in `bulat`)."""
    from decimal import Context, localcontext

    f = Fraction(x) * 10**digit
    n = int(abs(f) + Fraction(1, 2)) * (1 if f >= 0 else -1)
    with localcontext(Context(prec=200)):
        harus = D(n).scaleb(-digit)
    assert bulat(x, digit) == harus
    assert -bulat(x, digit).as_tuple().exponent == digit
    assert not (bulat(x, digit) == 0 and bulat(x, digit).is_signed())
