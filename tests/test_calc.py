"""The calculation core against values worked out by hand from aturan.md and the seed's inputs."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import pytest

from lakip_xl.calc.anggaran import BarisAnggaran, JenisBaris, serapan_persen, sisa, susun
from lakip_xl.calc.angka import bulat, ke_decimal, persen
from lakip_xl.calc.banding import bandingkan
from lakip_xl.calc.capaian import Polaritas, RumusNegatif, Status, hitung_capaian
from lakip_xl.calc.efisiensi import efisiensi
from lakip_xl.calc.kategori import SKALA_LKJ, SKALA_PERMENDAGRI, SKALA_SAKIP, kategori, skala
from lakip_xl.calc.rata import rata_rata
from lakip_xl.calc.skm import (
    bobot_seragam,
    hitung_ikm,
    mutu,
    mutu_dari_ikm,
    normalkan_bobot,
    nrr_dari_jawaban,
    sampel_minimal,
)

P, N = Polaritas.POSITIF, Polaritas.NEGATIF


# --- rounding ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nilai", "digit", "hasil"),
    [
        (0.125, 2, "0.13"),  # Python round() gives 0.12
        (1.005, 2, "1.01"),  # Python round() gives 1.0
        (2.5, 0, "3"),  # Python round() gives 2
        (-2.5, 0, "-3"),
        (3.5, 0, "4"),
        (0.5, 0, "1"),
        (-0.125, 2, "-0.13"),
        (D("88.685"), 2, "88.69"),
        (D("88.6849999"), 2, "88.68"),
        (1234.5678, 1, "1234.6"),
        (1250, -2, "1300"),
        (-0.001, 2, "0.00"),  # never "-0.00"
        ("110.666666", 2, "110.67"),
        (0.1 + 0.2, 2, "0.30"),
    ],
)
def test_bulat_seperti_excel(nilai, digit, hasil):
    assert str(bulat(nilai, digit)) == hasil


def test_ke_decimal_tanpa_artefak_biner():
    assert ke_decimal(0.1) == D("0.1")
    assert ke_decimal(88.69) == D("88.69")
    for buruk in (True, float("nan"), float("inf"), "abc", None, [1]):
        with pytest.raises(ValueError):
            ke_decimal(buruk)


# --- capaian --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "realisasi", "polaritas", "rumus", "hasil"),
    [
        # the seed's inputs, recomputed
        (10, 7, P, None, "70.00"),  # 7 of 10 desa (seed printed 100 % in Tabel 27)
        (75, 83, P, None, "110.67"),  # IKM 83 on target 75
        (11, 10, P, None, "90.91"),
        (4269, 5530, P, None, "129.54"),
        (10, 15, P, None, "150.00"),
        (46, 45, P, None, "97.83"),  # seed printed 97,82
        (424, 433, P, None, "102.12"),
        (5, 3, P, None, "60.00"),
        (10, 0, P, None, "0.00"),  # realisasi 0 is a real 0, not missing
        # Negatif, (2T - R) / T
        (10, 8, N, RumusNegatif.SELISIH, "120.00"),
        (10, 12, N, RumusNegatif.SELISIH, "80.00"),
        (10, 10, N, RumusNegatif.SELISIH, "100.00"),
        (10, 20, N, RumusNegatif.SELISIH, "0.00"),
        (10, 25, N, RumusNegatif.SELISIH, "0.00"),  # floor 0, not -50
        (D("2.5"), D("1.5"), N, RumusNegatif.SELISIH, "140.00"),
        # Negatif, T / R (option)
        (10, 8, N, RumusNegatif.KEBALIKAN, "125.00"),
        (10, 12, N, RumusNegatif.KEBALIKAN, "83.33"),
        (3, 9, N, RumusNegatif.KEBALIKAN, "33.33"),
    ],
)
def test_capaian(target, realisasi, polaritas, rumus, hasil):
    c = hitung_capaian(target, realisasi, polaritas, rumus or RumusNegatif.SELISIH)
    assert c.status is Status.ADA
    assert str(c.persen_bulat()) == hasil


def test_capaian_tepat_tanpa_pembulatan_dini():
    c = hitung_capaian(75, 83)
    assert c.persen == D(8300) / D(75)


@pytest.mark.parametrize(
    ("target", "realisasi", "status", "alasan"),
    [
        (None, 5, Status.TIDAK_DAPAT_DIHITUNG, "target belum diisi"),
        ("  ", 5, Status.TIDAK_DAPAT_DIHITUNG, "target belum diisi"),
        (0, 5, Status.TIDAK_DAPAT_DIHITUNG, "target 0"),
        (D("0.00"), 0, Status.TIDAK_DAPAT_DIHITUNG, "target 0"),
        (-5, 5, Status.TIDAK_DAPAT_DIHITUNG, "target negatif"),
        (65, None, Status.BELUM_TERSEDIA, "realisasi belum tersedia"),
        (65, "", Status.BELUM_TERSEDIA, "realisasi belum tersedia"),
        (None, None, Status.TIDAK_DAPAT_DIHITUNG, "target belum diisi"),
    ],
)
def test_capaian_tanpa_nilai_selalu_dengan_alasan(target, realisasi, status, alasan):
    c = hitung_capaian(target, realisasi)
    assert c.status is status
    assert c.persen is None
    assert c.persen_bulat() is None
    assert alasan in c.alasan


def test_kebalikan_realisasi_nol_tidak_membagi_nol():
    c = hitung_capaian(10, 0, N, RumusNegatif.KEBALIKAN)
    assert c.status is Status.TIDAK_DAPAT_DIHITUNG
    assert "Target / Realisasi" in c.alasan


def test_polaritas_dan_rumus_dari_teks():
    assert Polaritas.dari_teks(" negatif ") is N
    assert Polaritas.dari_teks("POSITIF") is P
    assert RumusNegatif.dari_teks("") is RumusNegatif.SELISIH
    assert RumusNegatif.dari_teks("target / realisasi") is RumusNegatif.KEBALIKAN
    with pytest.raises(ValueError, match="Positif atau Negatif"):
        Polaritas.dari_teks("naik turun")
    with pytest.raises(ValueError, match="tidak dikenal"):
        RumusNegatif.dari_teks("R/T")


# --- kategori -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("capaian", "lkj", "permendagri", "sakip"),
    [
        ("150", "Sangat Memuaskan", "Sangat Tinggi", "Sangat Memuaskan"),
        ("100", "Sangat Memuaskan", "Sangat Tinggi", "Sangat Memuaskan"),
        ("91", "Sangat Memuaskan", "Sangat Tinggi", "Sangat Memuaskan"),
        ("90.01", "Sangat Memuaskan", "Sangat Tinggi", "Sangat Memuaskan"),
        ("90.00", "Memuaskan", "Tinggi", "Memuaskan"),
        ("90.004", "Memuaskan", "Tinggi", "Memuaskan"),  # prints 90,00
        ("90.005", "Sangat Memuaskan", "Sangat Tinggi", "Sangat Memuaskan"),  # prints 90,01
        ("80.01", "Memuaskan", "Tinggi", "Memuaskan"),
        ("80", "Sangat Baik", "Tinggi", "Sangat Baik"),
        ("76", "Sangat Baik", "Tinggi", "Sangat Baik"),
        ("75.01", "Sangat Baik", "Tinggi", "Sangat Baik"),
        ("75", "Sangat Baik", "Sedang", "Sangat Baik"),
        ("70.01", "Sangat Baik", "Sedang", "Sangat Baik"),
        ("70", "Baik", "Sedang", "Baik"),
        ("66", "Baik", "Sedang", "Baik"),
        ("65.01", "Baik", "Sedang", "Baik"),
        ("65", "Baik", "Rendah", "Baik"),
        ("60.01", "Baik", "Rendah", "Baik"),
        ("60", "Cukup", "Rendah", "Cukup"),
        ("50.01", "Cukup", "Rendah", "Cukup"),
        ("50", "Kurang", "Sangat Rendah", "Kurang"),
        ("30.01", "Kurang", "Sangat Rendah", "Kurang"),
        ("30", "Kurang", "Sangat Rendah", "Sangat Kurang"),
        ("0", "Kurang", "Sangat Rendah", "Sangat Kurang"),
        ("-5", "Kurang", "Sangat Rendah", "Sangat Kurang"),
    ],
)
def test_kategori_kedua_sisi_setiap_batas(capaian, lkj, permendagri, sakip):
    assert SKALA_LKJ.kategori(D(capaian)) == lkj
    assert SKALA_PERMENDAGRI.kategori(D(capaian)) == permendagri
    assert SKALA_SAKIP.kategori(D(capaian)) == sakip


def test_skala_menurut_nama():
    assert skala(None) is SKALA_LKJ
    assert skala("permendagri 86/2017") is SKALA_PERMENDAGRI
    assert kategori(70, "Permendagri 86/2017") == "Sedang"
    with pytest.raises(ValueError, match="pilih salah satu"):
        skala("Skala Karangan")
    assert SKALA_SAKIP.rentang_untuk(95).predikat == "AA"
    assert SKALA_SAKIP.rentang_untuk(76.4).predikat == "BB"


# --- averages -------------------------------------------------------------------------------


def test_rata_rata_dengan_kategori_dan_yang_dikecualikan():
    daftar = [
        hitung_capaian(10, 7),  # 70,00 Baik
        hitung_capaian(75, 83),  # 110,67 Sangat Memuaskan
        hitung_capaian(11, 10),  # 90,91 Sangat Memuaskan
        hitung_capaian(65, None),  # *) left out
        hitung_capaian(0, 3),  # target 0, left out
    ]
    r = rata_rata(daftar)
    # (70,00 + 110,67 + 90,91) / 3 = 271,58 / 3 = 90,5266...
    assert r.jumlah == 3
    assert r.belum_tersedia == 1
    assert r.tidak_dapat_dihitung == 1
    assert r.dikecualikan == 2
    assert bulat(r.persen) == D("90.53")
    assert r.kategori == "Sangat Memuaskan"
    assert r.per_kategori == {
        "Sangat Memuaskan": 2,
        "Memuaskan": 0,
        "Sangat Baik": 0,
        "Baik": 1,
        "Cukup": 0,
        "Kurang": 0,
    }


def test_rata_rata_batas_hanya_untuk_rata_rata():
    daftar = [hitung_capaian(10, 15), hitung_capaian(10, 7)]  # 150 and 70
    assert rata_rata(daftar).persen == D(110)
    r100 = rata_rata(daftar, batas_persen=100)
    assert r100.persen == D(85)  # (100 + 70) / 2
    assert r100.per_kategori["Sangat Memuaskan"] == 1  # the 150 still counts as shown
    assert rata_rata(daftar, batas_persen=120).persen == D(95)
    assert daftar[0].persen_bulat() == D("150.00")  # displayed value untouched


def test_rata_rata_kelompok_kosong():
    r = rata_rata([hitung_capaian(65, None)])
    assert r.persen is None and r.kategori is None and r.belum_tersedia == 1
    assert rata_rata([]).jumlah == 0


# --- comparison between years ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lama", "baru", "selisih", "persen", "arah"),
    [
        ("79.53", "83.00", "3.47", "4.36", "meningkat"),  # the seed's IKM 2019 -> 2020
        ("94.58", "88.86", "-5.72", "-6.05", "menurun"),
        ("100", "100", "0.00", "0.00", "tetap"),
        ("50.004", "50.001", "0.00", "0.00", "tetap"),  # equal as printed
        ("-10", "-5", "5.00", "50.00", "meningkat"),
    ],
)
def test_bandingkan(lama, baru, selisih, persen, arah):
    b = bandingkan(D(lama), D(baru))
    assert b.selisih == D(selisih)
    assert bulat(b.persen) == D(persen)
    assert b.arah == arah


def test_bandingkan_dari_nol():
    b = bandingkan(0, 5)
    assert b.persen is None and b.arah == "meningkat" and b.selisih == 5


# --- anggaran -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("anggaran", "realisasi", "serapan"),
    [
        (434_542_010, 414_530_124, "95.39"),  # seed printed 98,31
        (574_736_610, 509_758_024, "88.69"),
        (9_198_100, 8_910_000, "96.87"),  # seed printed 95,09
        (92_437_500, 69_759_000, "75.47"),
        (25_085_000, 4_050_000, "16.15"),
        (2_126_737_656, 1_638_898_793, "77.06"),
        (5_000_250, 5_021_250, "100.42"),  # seed printed 99,58
        (100, None, "0.00"),
    ],
)
def test_serapan(anggaran, realisasi, serapan):
    assert bulat(serapan_persen(anggaran, realisasi)) == D(serapan)


def test_serapan_tanpa_anggaran_dan_sisa():
    assert serapan_persen(0, 0) is None
    assert serapan_persen(None, 5) is None
    assert sisa(574_736_610, 509_758_024) == 64_978_586
    assert sisa(None, None) == 0
    assert sisa(10, 12) == -2


def _b(jenis, uraian, a=None, r=None, ref=None):
    j = {"P": JenisBaris.PROGRAM, "K": JenisBaris.KEGIATAN, "S": JenisBaris.SUB_KEGIATAN}[jenis]
    return BarisAnggaran(
        j, uraian, None if a is None else D(a), None if r is None else D(r), ref or uraian
    )


def test_susun_program_dari_kegiatan_seperti_seed():
    h = susun(
        [
            _b("P", "Program Pelayanan Administrasi Perkantoran"),
            _b("K", "Jasa", 111_065_000, 109_189_835),
            _b("K", "Rapat", 106_493_010, 90_026_929),
            _b("K", "Penunjang", 216_984_000, 215_313_360),
            _b("P", "Program Perencanaan Pembangunan Kecamatan", 16_398_100, 16_095_000),
            _b("K", "Musrenbang", 9_198_100, 8_910_000),
            _b("K", "Musdes", 7_200_000, 7_185_000),
        ]
    )
    assert h.masalah == []
    p1, p2 = h.program
    assert (p1.anggaran, p1.realisasi) == (434_542_010, 414_530_124)
    assert bulat(p1.serapan) == D("95.39")
    assert bulat(p2.serapan) == D("98.15")
    assert h.anggaran == 434_542_010 + 16_398_100
    assert h.realisasi == 414_530_124 + 16_095_000
    assert h.simpul["Musrenbang"].sisa == 288_100


def test_susun_sub_kegiatan_dan_subtotal_salah():
    h = susun(
        [
            _b(
                "P", "P1", 300, 100
            ),  # entered: program total 300 / 100, but children give 350 / 100
            _b("K", "K1"),
            _b("S", "S1", 100, 50),
            _b("S", "S2", 200, 50),
            _b("K", "K2", 50, 0),
        ]
    )
    k1 = h.simpul["K1"]
    assert (k1.anggaran, k1.realisasi) == (300, 100)
    assert h.anggaran == 350  # the sum of the children is used, not the entered 300
    kode = [(m.ref, m.kode) for m in h.masalah]
    assert kode == [("P1", "subtotal")]
    assert "Rp300" in h.masalah[0].pesan and "Rp350" in h.masalah[0].pesan


def test_susun_yatim_melebihi_negatif():
    h = susun(
        [
            _b("K", "Tanpa Program", 10, 5),
            _b("P", "P1"),
            _b("S", "Sub tanpa kegiatan", 5, 5),
            _b("K", "K1", 10, 12),
            _b("K", "K2", -1, 0),
        ]
    )
    kode = sorted((str(m.ref), m.kode) for m in h.masalah)
    assert kode == [
        ("K1", "melebihi"),
        ("K2", "negatif"),
        ("P1", "melebihi"),  # 22 - 1 = 21 > 9
        ("Sub tanpa kegiatan", "yatim"),
        ("Tanpa Program", "yatim"),
    ]
    # orphans still count in the total: 10 + 5 + (10 - 1) = 24
    assert h.anggaran == 24


def test_jenis_baris_dari_teks():
    assert JenisBaris.dari_teks(" sub  kegiatan ") is JenisBaris.SUB_KEGIATAN
    with pytest.raises(ValueError, match="Program, Kegiatan atau Sub Kegiatan"):
        JenisBaris.dari_teks("Aktivitas")


# --- SKM / IKM ------------------------------------------------------------------------------

NRR_SEED = [D(x) for x in ("3.2", "3.37", "3.3", "4.00", "3.29", "3.23", "3.24", "3.63", "3.25")]


def test_ikm_dari_nrr_seed():
    h = hitung_ikm(NRR_SEED)
    # sum 30,51 / 9 = 3,39 exactly; x 25 = 84,75 (the seed printed 83)
    assert h.ikm == Fraction(339, 100)
    assert h.konversi == Fraction(8475, 100)
    assert h.konversi_tampil == D("84.75")
    assert (h.mutu.huruf, h.mutu.kinerja) == ("B", "Baik")
    assert h.bobot == bobot_seragam(9)
    assert h.nrr_tertimbang[3] == Fraction(4, 9)


def test_ikm_dari_jawaban_dengan_kosong():
    jawaban = [
        [4, 3, None],
        [3, 3, 2],
        [4, None, 2],
        [1, 3, None],
    ]
    u = nrr_dari_jawaban(jawaban, 3)
    assert [x.responden for x in u] == [4, 3, 2]
    assert [x.nrr for x in u] == [Fraction(12, 4), Fraction(9, 3), Fraction(4, 2)]
    h = hitung_ikm([x.nrr for x in u])
    # (3 + 3 + 2) / 3 = 8/3 -> x 25 = 66,666... -> 66,67 -> C
    assert h.konversi_tampil == D("66.67")
    assert h.mutu.huruf == "C"


def test_jawaban_di_luar_rentang():
    with pytest.raises(ValueError, match="di luar 1-4"):
        nrr_dari_jawaban([[5]], 1)
    assert nrr_dari_jawaban([[None]], 1)[0].nrr is None


def test_bobot_dapat_diatur_dan_harus_satu():
    h = hitung_ikm([D(4), D(2)], [D("0.75"), D("0.25")])
    assert h.ikm == Fraction(7, 2)
    assert normalkan_bobot([1 / 9] * 9) == bobot_seragam(9)  # Excel's =1/9
    with pytest.raises(ValueError, match="harus tepat 1"):
        normalkan_bobot([D("0.111")] * 9)
    with pytest.raises(ValueError, match="harus tepat 1"):
        normalkan_bobot([D("0.11")] * 9)
    with pytest.raises(ValueError, match="2 bobot untuk 3 unsur"):
        hitung_ikm([3, 3, 3], [D("0.5"), D("0.5")])
    with pytest.raises(ValueError, match="di luar rentang"):
        hitung_ikm([D("4.5")])
    with pytest.raises(ValueError, match="tidak ada NRR"):
        hitung_ikm([])


@pytest.mark.parametrize(
    ("konversi", "huruf", "kinerja"),
    [
        ("100", "A", "Sangat Baik"),
        ("88.31", "A", "Sangat Baik"),
        ("88.305", "A", "Sangat Baik"),  # rounds to 88,31
        ("88.304", "B", "Baik"),  # rounds to 88,30
        ("88.30", "B", "Baik"),
        ("76.61", "B", "Baik"),
        ("76.605", "B", "Baik"),
        ("76.604", "C", "Kurang Baik"),
        ("76.60", "C", "Kurang Baik"),
        ("65.00", "C", "Kurang Baik"),
        ("64.995", "C", "Kurang Baik"),
        ("64.994", "D", "Tidak Baik"),
        ("64.99", "D", "Tidak Baik"),
        ("25", "D", "Tidak Baik"),
    ],
)
def test_mutu_setelah_dibulatkan(konversi, huruf, kinerja):
    m = mutu(D(konversi))
    assert (m.huruf, m.kinerja) == (huruf, kinerja)


def test_mutu_dari_ikm_skala_empat():
    # interval NRR 3,0644 - 3,532 is B; 3,0644 x 25 = 76,61
    assert mutu_dari_ikm(D("3.0644")).huruf == "B"
    assert mutu_dari_ikm(D("3.064")).huruf == "C"  # 76,60
    assert mutu_dari_ikm(D("3.5324")).huruf == "A"  # 88,31
    assert mutu_dari_ikm(D("3.532")).huruf == "B"  # 88,30
    assert mutu_dari_ikm(D("2.5996")).huruf == "D"  # 64,99
    assert mutu_dari_ikm(D("2.60")).huruf == "C"  # 65,00


@pytest.mark.parametrize(("n", "s"), [(1, 1), (10, 10), (100, 80), (1000, 278), (10_000, 370)])
def test_sampel_krejcie_morgan(n, s):
    assert sampel_minimal(n) == s


def test_sampel_populasi_nol():
    with pytest.raises(ValueError):
        sampel_minimal(0)


# --- efisiensi ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("capaian", "serapan", "selisih", "kat"),
    [
        ("110.67", "88.69", "21.98", "efisien"),
        ("93.69", "88.69", "5.00", "cukup efisien"),
        ("93.70", "88.69", "5.01", "efisien"),
        ("83.69", "88.69", "-5.00", "cukup efisien"),
        ("83.68", "88.69", "-5.01", "tidak efisien"),
        ("70", "95.39", "-25.39", "tidak efisien"),
    ],
)
def test_efisiensi(capaian, serapan, selisih, kat):
    e = efisiensi(D(capaian), D(serapan))
    assert e.selisih_poin == D(selisih)
    assert e.kategori == kat


def test_persen_pembantu():
    assert bulat(persen(7, 10)) == D("70.00")
    with pytest.raises(ZeroDivisionError):
        persen(1, 0)
