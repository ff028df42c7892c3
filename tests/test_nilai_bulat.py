"""An integer cell takes a quick path in buku.nilai.nilai_sel: the same values pass and the
same values are refused, with the same reason, as through the Decimal checks. A text in a
text column takes one too, and reads as the general path reads it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import baca_tabel
from lakip_xl.buku.nilai import Tolak, bulat_sah, nilai_sel, periksa_batas

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
    with pytest.raises(Tolak) as e:
        nilai_sel(v, kolom, [])
    assert alasan in str(e.value)


def _lolos_batas(v: int, kolom: L.Kolom | L.Isian) -> bool:
    """The rule itself: the Decimal checks every typed number goes through."""
    try:
        periksa_batas(Decimal(v), kolom)
    except Tolak:
        return False
    return True


def _kolom_angka() -> list[L.Kolom | L.Isian]:
    kolom: list[L.Kolom | L.Isian] = [UANG, BULAT, JAWABAN, ANGKA]
    for lembar in L.LEMBAR:
        kolom += getattr(lembar, "kolom", ()) or getattr(lembar, "isian", ())
    return [k for k in kolom if k.jenis in (L.Jenis.ANGKA, L.Jenis.UANG, L.Jenis.PERSEN,
                                            L.Jenis.BULAT)]


def test_rentang_bulat_sama_dengan_pemeriksaan_decimal() -> None:
    """Every number column of the workbook: an int passes the quick check exactly when it
    passes the Decimal checks, at and around each bound (type, minimum, maksimum)."""
    kolom = _kolom_angka()
    assert len(kolom) > 20
    for k in kolom:
        calon = {0, 1, -1, 4, 5, 10**12, 10**16, 10**18}
        for b in (getattr(k, "minimum", None), getattr(k, "maksimum", None)):
            if b is not None:
                calon |= {int(b) - 1, int(b), int(b) + 1}
        for v in list(calon):
            calon |= {v + 1, -v, -v - 1}
        for v in calon:
            assert bulat_sah(v, k) is _lolos_batas(v, k), (k.judul, v)


def test_tabel_bulat_cepat_sama_dengan_nilai_sel() -> None:
    """A SKM sheet typed with answers 1..4 and slips 0 and 5: the rows read as typed, each slip
    named by its cell, as nilai_sel names it."""
    kepala = [k.judul for k in L.SKM.kolom]
    u1 = kepala.index("U1") if "U1" in kepala else next(
        i for i, k in enumerate(L.SKM.kolom) if k.kunci == "u1")
    rows = [kepala]
    for no, jawaban in enumerate([1, 4, 0, 5], 1):
        baris: list[object] = [None] * len(kepala)
        baris[0] = no
        for i, k in enumerate(L.SKM.kolom):
            if k.kunci.startswith("u") and k.kunci[1:].isdigit():
                baris[i] = 3
        baris[u1] = jawaban
        rows.append(baris)
    masalah: list = []
    data = baca_tabel("SKM", rows, L.SKM, masalah)
    assert [b.nilai["u1"] for b in data.baris] == [1, 4, None, None]
    assert [type(b.nilai["u2"]) for b in data.baris] == [int] * 4
    kolom = chr(ord("A") + u1)
    salah = {(m.sel, m.pesan) for m in masalah if m.galat}
    judul = L.SKM.kolom[u1].judul
    assert (f"{kolom}4", f"kolom '{judul}' berisi 0; tidak boleh kurang dari 1") in salah
    assert (f"{kolom}5", f"kolom '{judul}' berisi 5; tidak boleh lebih dari 4") in salah


NAMA = L.Kolom("Penanggung Jawab", "penanggung_jawab", L.Jenis.TEKS)
KELAMIN = L.Kolom(
    "Jenis Kelamin", "jenis_kelamin", L.Jenis.PILIHAN, pilihan=("Laki-laki", "Perempuan"))
TINGKAT = L.Kolom("Tingkat", "tingkat", L.Jenis.PILIHAN, pilihan=("IKU", "IKK"), pilihan_bebas=True)


class _Teks(str):
    """A text that is not exactly a str: nilai_sel reads it by its general path."""


def _baca(v: str, kolom: L.Kolom = NAMA) -> tuple[str, object]:
    try:
        return "nilai", nilai_sel(v, kolom, [])
    except Tolak as e:
        return "tolak", str(e)


@pytest.mark.parametrize(
    ("v", "hasil"),
    [
        ("  Kasi Pelayanan ", ("nilai", "Kasi Pelayanan")),
        ("Camat\n", ("nilai", "Camat")),
        ("   ", ("nilai", None)),
        ("", ("nilai", None)),
        (" #N/A ", ("tolak", "berisi galat rumus #N/A; perbaiki rumusnya atau ketik nilainya")),
    ],
)
def test_teks_dibaca_seperti_dihitung_tangan(v: str, hasil: tuple[str, object]) -> None:
    assert _baca(v) == hasil == _baca(_Teks(v))


@pytest.mark.parametrize(
    ("v", "kolom", "hasil"),
    [
        (" perempuan ", KELAMIN, ("nilai", "Perempuan")),  # the choice as declared
        ("Perempuan", KELAMIN, ("nilai", "Perempuan")),  # typed exactly as declared
        ("LAKI-LAKI", KELAMIN, ("nilai", "Laki-laki")),
        ("", KELAMIN, ("nilai", None)),
        ("IKD", TINGKAT, ("nilai", "IKD")),  # other text allowed in this column
        ("ikk", TINGKAT, ("nilai", "IKK")),
    ],
)
def test_pilihan_dibaca_seperti_dihitung_tangan(v: str, kolom: L.Kolom, hasil) -> None:
    assert _baca(v, kolom) == hasil == _baca(_Teks(v), kolom)


def test_pilihan_lain_ditolak() -> None:
    jenis, pesan = _baca("wanita", KELAMIN)
    assert jenis == "tolak" and str(pesan).startswith("berisi 'wanita'; ")
    assert _baca(_Teks("wanita"), KELAMIN) == (jenis, pesan)


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(st.text(max_size=20), st.sampled_from(
        ["#DIV/0!", " #REF! ", "#VALUE!\t", "laki-laki", " Perempuan", "iku ", "IKK"])),
    st.sampled_from([NAMA, KELAMIN, TINGKAT]),
)
def test_teks_jalan_cepat_sama_dengan_jalan_umum(v: str, kolom: L.Kolom) -> None:
    """Any text, white space of every kind, formula errors and choices among them, in a text
    column and in choice columns with and without other text allowed: the quick path and the
    general path give the same value, or refuse with the same sentence."""
    assert _baca(v, kolom) == _baca(_Teks(v), kolom)


_PILIHAN = [k for t in L.TABEL for k in t.kolom if k.jenis is L.Jenis.PILIHAN and k.pilihan]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PILIHAN), st.data())
def test_pilihan_tepat_sama_dengan_bentuk_normal(kolom: L.Kolom, data) -> None:
    """Every declared choice column: a choice typed exactly as declared, in capitals, in
    small letters or with spaces added gives the choice its normal form names (the exact
    look-up is only a shortcut to it); a text that is no choice is refused or kept alike."""
    p = data.draw(st.sampled_from(kolom.pilihan))
    bentuk = data.draw(
        st.sampled_from([p, p.upper(), p.casefold(), f"  {p} ", p.replace(" ", "  ")]))
    harap = {L.normal(x): x for x in kolom.pilihan}[L.normal(bentuk)]
    assert _baca(bentuk, kolom) == ("nilai", harap) == _baca(_Teks(bentuk), kolom)
    lain = data.draw(st.text(max_size=12))
    assert _baca(lain, kolom) == _baca(_Teks(lain), kolom)
