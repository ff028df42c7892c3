"""Columns staff type that the report prints: Target Tujuan, the officials' NIP, Pagu Murni and
the respondents' age, each found back in the .docx where a reader of an LKj looks for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from kantor import ES3, INDIKATOR_BADAN, PROFIL_BADAN, SS, badan, isi, kosong

from lakip_xl import operasi
from lakip_xl.calc.skm import kelompok_umur, profil_umur

NIP = "19721212 199803 2 004"
NIP_KABID = "19800315 200501 1 007"

RENSTRA = [
    {
        "No": 1,
        "Tujuan": "Meningkatnya kualitas perencanaan pembangunan daerah",
        "Indikator Tujuan": "Nilai evaluasi SAKIP",
        "Target Tujuan": "BB (75)",
        "Sasaran": "Meningkatnya kualitas dokumen perencanaan",
        "Indikator Sasaran": "Persentase dokumen perencanaan tepat waktu",
        "Satuan": "%",
        "Target 2024": 95,  # the Indikator sheet's target of SS-1
        "Kode Indikator": "SS-1",
    },
    {
        # the same Tujuan and its target on the next row: printed once
        "No": 2,
        "Tujuan": "Meningkatnya kualitas perencanaan pembangunan daerah",
        "Indikator Tujuan": "Nilai evaluasi SAKIP",
        "Target Tujuan": "BB (75)",
        "Sasaran": "Meningkatnya konsistensi program",
        "Indikator Sasaran": "Persentase program RKPD yang konsisten",
        "Satuan": "%",
        "Target 2024": 95,
    },
    {
        "No": 3,
        "Tujuan": "Meningkatnya pemanfaatan riset daerah",
        "Indikator Tujuan": "Rasio rekomendasi riset yang dipakai",
        "Target Tujuan": 0.35,  # a number typed into the text column
        "Sasaran": "Meningkatnya hasil riset yang dipakai",
        "Indikator Sasaran": "Jumlah rekomendasi riset yang dipakai",
        "Satuan": "rekomendasi",
        "Target 2024": 6,
    },
]

PERJANJIAN = [
    {
        "Penanggung Jawab": "Kepala Badan",
        "Nama Pejabat": "Dra. Siti Aminah, M.AP",
        "NIP": NIP,
        "Tingkat": SS,
        "Jumlah Program": 1,
        "Jumlah Kegiatan": 2,
        "Anggaran": 400_000_000,
    },
    {"Penanggung Jawab": "Kepala Bidang Perencanaan", "NIP": NIP_KABID, "Tingkat": ES3},
]

ANGGARAN = [
    {"Kode": "5.01.02", "Jenis": "Program", "Uraian": "Program Perencanaan Pembangunan Daerah"},
    {
        "Kode": "5.01.02.2.01",
        "Jenis": "Kegiatan",
        "Uraian": "Penyusunan RKPD",
        "Pagu Murni": 312_500_000,
        "Anggaran": 250_000_000,
        "Realisasi": 200_000_000,
    },
    {
        "Kode": "5.01.02.2.02",
        "Jenis": "Kegiatan",
        "Uraian": "Evaluasi Rencana Pembangunan",
        "Pagu Murni": 187_250_000,
        "Anggaran": 150_000_000,
        "Realisasi": 150_000_000,
    },
]

UNSUR = [{"Kode": f"U{i}", "Unsur Pelayanan": f"Unsur pelayanan {i}"} for i in range(1, 10)]
UMUR = [19, 20, 29, 45, 61, 38]
SKM = [
    {"No": i, "Jenis Kelamin": "Perempuan", "Umur": u, **{f"U{j}": 3 for j in range(1, 10)}}
    for i, u in enumerate(UMUR, 1)
]


def _baris(d) -> list[list[str]]:
    """Every table row as cell texts, a cell spanning columns once."""
    hasil = []
    for tb in d.tables:
        for r in tb.rows:
            sel: list = []
            for c in r.cells:
                if not sel or c._tc is not sel[-1][0]:
                    sel.append((c._tc, c.text))
            hasil.append([x for _, x in sel])
    return hasil


@pytest.fixture(scope="module")
def dok(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("kolom")
    p = kosong(folder / "bapperida-kolom.xlsx", 2024)
    isi(
        p,
        PROFIL_BADAN,
        {
            "Indikator": INDIKATOR_BADAN,
            "Tujuan Sasaran": RENSTRA,
            "Perjanjian Kinerja": PERJANJIAN,
            "Anggaran": ANGGARAN,
            "Unsur SKM": UNSUR,
            "SKM": SKM,
        },
    )
    keluar = folder / "laporan.docx"
    operasi.laporan(p, keluar)
    return Document(str(keluar))


def _tabel_dengan(d, judul: str) -> list[list[str]]:
    """The rows of the one table whose header row holds `judul`."""
    cocok = [
        [[c.text for c in r.cells] for r in tb.rows]
        for tb in d.tables
        if any(judul in c.text for r in tb.rows[:2] for c in r.cells)
    ]
    assert len(cocok) == 1, judul
    return cocok[0]


def test_target_tujuan_di_tabel_renstra(dok) -> None:
    tb = next(tb for tb in dok.tables if any(c.text == "Target Tujuan" for c in tb.rows[0].cells))
    kepala = [c.text for c in tb.rows[0].cells]
    kolom = kepala.index("Target Tujuan")
    assert kepala[kolom - 1] == "Indikator Tujuan"
    sel = [r.cells[kolom] for r in tb.rows[2:]]
    # one Tujuan over two rows: its target once (an empty cell, or one cell merged down);
    # 0.35 typed as a number prints 0,35
    assert [c.text for c in sel][::2] == ["BB (75)", "0,35"]
    assert sel[1].text == "" or sel[1]._tc is sel[0]._tc


def test_nip_pejabat_di_perjanjian_kinerja(dok) -> None:
    sel = [c for r in _baris(dok) for c in r]
    kepala = [c for c in sel if c.startswith("Kepala Badan (")]
    # the NIP is joined by non-breaking spaces: it never wraps inside the cell
    nbsp = "\u00a0"
    assert kepala == [f"Kepala Badan (Dra. Siti Aminah, M.AP, NIP.{nbsp}{NIP.replace(' ', nbsp)})"]
    assert [c.replace(nbsp, " ") for c in sel if c.startswith("Kepala Bidang Perencanaan (")] == [
        f"Kepala Bidang Perencanaan (NIP. {NIP_KABID})"
    ]


def test_pagu_murni_di_tabel_program(dok) -> None:
    program = _tabel_dengan(dok, "Pagu Murni (Rp)")
    kepala = program[0]
    assert kepala[2:5] == ["Pagu Murni (Rp)", "Anggaran Perubahan (Rp)", "Realisasi (Rp)"]
    rows = {r[1]: r[2:] for r in program[2:]}
    # the program takes its kegiatan's pagu murni: 312.500.000 + 187.250.000 = 499.750.000
    assert rows["Program Perencanaan Pembangunan Daerah"] == [
        "499.750.000",
        "400.000.000",
        "350.000.000",
        "87,50",
    ]
    assert rows["Penyusunan RKPD"] == ["312.500.000", "250.000.000", "200.000.000", "80,00"]
    assert rows["Evaluasi Rencana Pembangunan"] == [
        "187.250.000",
        "150.000.000",
        "150.000.000",
        "100,00",
    ]
    jumlah = [r for r in program if r[0] == "Jumlah"]
    assert jumlah and jumlah[0][2:] == ["499.750.000", "400.000.000", "350.000.000", "87,50"]


def test_umur_responden_dikelompokkan(dok) -> None:
    resp = _tabel_dengan(dok, "Karakteristik")
    baris = [[c for i, c in enumerate(r) if i == 0 or c != r[i - 1]] for r in resp]
    mulai = baris.index(["Umur"])
    umur = baris[mulai + 1 : mulai + 6]
    # 19 | 20, 29 | 38 | 45 | 61: five bands, six respondents
    assert umur == [
        ["", "di bawah 20 tahun", "1"],
        ["", "20-29 tahun", "2"],
        ["", "30-39 tahun", "1"],
        ["", "40-49 tahun", "1"],
        ["", "60 tahun ke atas", "1"],
    ]
    assert baris[mulai + 6] == ["", "Jumlah", "6"]


def test_kelompok_umur_di_batasnya() -> None:
    assert kelompok_umur(10) == "di bawah 20 tahun"
    assert kelompok_umur(20) == "20-29 tahun"
    assert kelompok_umur(59) == "50-59 tahun"
    assert kelompok_umur(60) == "60 tahun ke atas"
    assert profil_umur([]) == {}
    assert list(profil_umur([70, 15, 15])) == ["di bawah 20 tahun", "60 tahun ke atas"]


def test_tanpa_pagu_murni_tanpa_kolomnya(tmp_path: Path) -> None:
    p = badan(tmp_path)
    keluar = tmp_path / "laporan.docx"
    operasi.laporan(p, keluar)
    d = Document(str(keluar))
    kepala = [c.text for tb in d.tables for r in tb.rows[:1] for c in r.cells]
    assert "Anggaran (Rp)" in kepala
    assert not any("Pagu Murni" in c for c in kepala)


def test_jumlah_isian_seperti_anggaran() -> None:
    from decimal import Decimal

    from lakip_xl.calc.anggaran import BarisAnggaran, JenisBaris, jumlah_isian, susun

    P, K, S = JenisBaris.PROGRAM, JenisBaris.KEGIATAN, JenisBaris.SUB_KEGIATAN
    h = susun(
        [
            BarisAnggaran(P, "A", ref=1),
            BarisAnggaran(K, "A.1", ref=2),
            BarisAnggaran(S, "A.1.a", Decimal(10), ref=3),
            BarisAnggaran(S, "A.1.b", Decimal(5), ref=4),
            BarisAnggaran(K, "A.2", Decimal(7), ref=5),
            BarisAnggaran(P, "B", ref=6),
            BarisAnggaran(K, "B.1", Decimal(1), ref=7),
            BarisAnggaran(K, "B.2", Decimal(1), ref=8),
        ]
    )
    murni = {3: Decimal(12), 4: Decimal(6), 5: Decimal(9), 6: Decimal(50), 7: Decimal(20)}
    a, b = h.program
    # A: (12 + 6) from its sub kegiatan + 9 = 27; B typed 50 (B.2 empty, so no sum possible)
    assert jumlah_isian(a, murni) == 27
    assert jumlah_isian(a.anak[0], murni) == 18
    assert jumlah_isian(b, murni) == 50
    assert jumlah_isian(b, {**murni, 6: None}) is None
    assert jumlah_isian(b.anak[1], murni) is None
