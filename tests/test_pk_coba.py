"""`lakip pk` on a provincial Badan typed into a blank workbook: acting officials (Plt./Plh.),
a two-level cascade under the Kepala Badan, anggaran at each official's grain, and refusals
that name the workbook's file with nothing written."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import kantor
import openpyxl
import pytest

from lakip_xl import operasi
from lakip_xl.cli import main
from lakip_xl.pk.susun import susun

SS, ES2, ES3, ES4 = kantor.SS, "Eselon II / JPT Pratama", kantor.ES3, kantor.ES4
KB = "Kepala Badan Pendapatan Daerah"
SEK = "Sekretaris"
KPD = "Kepala Bidang Pajak Daerah"
KSU = "Kepala Subbagian Umum dan Kepegawaian"
KSP = "Kepala Subbidang Pendataan dan Penetapan"

PROFIL = {
    "Nama Instansi": "Badan Pendapatan Daerah",
    "Pemerintah Daerah": "Pemerintah Provinsi Kalimantan Selatan",
    "Nama Pimpinan": "Dr. H. Subhan Nor Yaumil, S.E., M.Si.",
    "Jabatan Pimpinan": "Kepala Badan Pendapatan Daerah Provinsi Kalimantan Selatan",
    "Nama Kepala Daerah": "H. Muhidin",
    "Jabatan Kepala Daerah": "Gubernur Kalimantan Selatan",
    "Tempat PK": "Banjarbaru",
    "Tanggal PK": dt.datetime(2025, 1, 3),
}


def _pk(pj, nama, tingkat, anggaran, atasan=None, pelaksana=None):
    return {
        "Penanggung Jawab": pj,
        "Nama Pejabat": nama,
        "NIP": "19800101 200501 1 001",
        "Tingkat": tingkat,
        "Anggaran": anggaran,
        "Atasan": atasan,
        "Plt./Plh.": pelaksana,
    }


def _ind(kode, tingkat, pj, nama, target, kode_anggaran, induk=None, pol="Positif"):
    return {
        "Kode": kode,
        "Tingkat": tingkat,
        "Penanggung Jawab": pj,
        "Sasaran": f"Sasaran {kode}",
        "Indikator Kinerja": nama,
        "Satuan": "%",
        "Polaritas": pol,
        "Target": target,
        "Kode Anggaran": kode_anggaran,
        "Indikator Induk": induk,
    }


ANGGARAN = [
    ("5.02.01", "Program", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", 1_500_000_000),
    ("5.02.01.1.06", "Kegiatan", "Administrasi Umum Perangkat Daerah", 600_000_000),
    ("5.02.01.1.06.0001", "Sub Kegiatan", "Penyediaan Komponen Instalasi Listrik", 150_000_000),
    ("5.02.01.1.06.0002", "Sub Kegiatan", "Penyediaan Peralatan Kantor", 450_000_000),
    ("5.02.01.1.02", "Kegiatan", "Administrasi Keuangan Perangkat Daerah", 900_000_000),
    ("5.02.02", "Program", "PROGRAM PENGELOLAAN PENDAPATAN DAERAH", 2_250_500_000),
    ("5.02.02.1.01", "Kegiatan", "Pengelolaan Pajak Daerah", 2_250_500_000),
    ("5.02.02.1.01.0001", "Sub Kegiatan", "Pendataan Objek Pajak Daerah", 1_000_250_000),
    ("5.02.02.1.01.0002", "Sub Kegiatan", "Penetapan Wajib Pajak Daerah", 1_250_250_000),
]


def badan_provinsi(path: Path) -> Path:
    """Five officials: Kepala Badan (Kepala Daerah above), a Plt. Sekretaris and a Kepala
    Bidang under him, a Kasubbag under the Sekretaris, a Plh. Kasubbid under the Kepala Bidang."""
    pk = [
        _pk(KB, "Dr. H. Subhan Nor Yaumil, S.E., M.Si.", ES2, 3_750_500_000),
        _pk(SEK, "Hj. Rusmini Aprilia", ES3, 1_500_000_000, KB, "Plt."),
        _pk(KPD, "Ahmad Fauzan Ridha", ES3, 2_250_500_000, KB),
        _pk(KSU, "Nurul Hikmah", ES4, 600_000_000, SEK),
        _pk(KSP, "Muhammad Iqbal Maulana", ES4, 1_000_250_000, KPD, "Plh."),
    ]
    ind = [
        _ind("SS-1", SS, KB, "Persentase capaian target PAD", 100, "5.02.02"),
        _ind("SS-2", SS, KB, "Nilai SAKIP", 75.5, "5.02.01"),
        _ind(
            "E3-1",
            ES3,
            SEK,
            "Pengaduan tak terselesaikan",
            5,
            "5.02.01.1.06; 5.02.01.1.02",
            "SS-2",
            "Negatif",
        ),
        _ind("E3-2", ES3, KPD, "Realisasi pajak daerah", 98, "5.02.02.1.01", "SS-1"),
        _ind(
            "E4-1",
            ES4,
            KSU,
            "Sarana kantor terpenuhi",
            95,
            "5.02.01.1.06.0001, 5.02.01.1.06.0002",
            "E3-1",
        ),
        _ind("E4-2", ES4, KSP, "Objek pajak baru terdata", 90, "5.02.02.1.01.0001", "E3-2"),
    ]
    ang = [{"Kode": a, "Jenis": b, "Uraian": c, "Anggaran": d} for a, b, c, d in ANGGARAN]
    kantor.kosong(path, 2025)
    tabel = {"Perjanjian Kinerja": pk, "Indikator": ind, "Anggaran": ang}
    return kantor.isi(path, PROFIL, tabel)


@pytest.fixture(scope="module")
def badan_xlsx(tmp_path_factory) -> Path:
    return badan_provinsi(tmp_path_factory.mktemp("badan") / "badan.xlsx")


def _kolom_terakhir(pk) -> list[str]:
    """The printed anggaran column of a PK's lampiran table, row by row."""
    return [baris[-1].teks for baris in pk.anggaran.baris]


def test_plt_plh_dan_pihak_kedua_menurut_atasan(badan_xlsx: Path) -> None:
    daftar = {pk.pejabat: pk for pk in susun(operasi.hitung_buku(badan_xlsx))}
    assert list(daftar) == [KB, SEK, KPD, KSU, KSP]
    assert daftar[KB].kedua.jabatan == "Gubernur Kalimantan Selatan"
    assert daftar[SEK].pertama.jabatan == "Plt. Sekretaris"
    assert daftar[KSU].kedua.jabatan == "Plt. Sekretaris"
    assert daftar[KSU].kedua.nama == "Hj. Rusmini Aprilia"
    assert daftar[KSP].pertama.jabatan == "Plh. Kepala Subbidang Pendataan dan Penetapan"
    assert daftar[KSP].kedua.nama == "Ahmad Fauzan Ridha"


def test_anggaran_menurut_tingkat_dan_jumlahnya(badan_xlsx: Path) -> None:
    daftar = {pk.pejabat: pk for pk in susun(operasi.hitung_buku(badan_xlsx))}
    # Kepala: the two programs; 1.500.000.000 + 2.250.500.000
    assert _kolom_terakhir(daftar[KB]) == ["1.500.000.000", "2.250.500.000", "3.750.500.000"]
    # Eselon III: the program and its two kegiatan named; 600.000.000 + 900.000.000
    assert _kolom_terakhir(daftar[SEK]) == [
        "1.500.000.000",
        "600.000.000",
        "900.000.000",
        "1.500.000.000",
    ]
    # Eselon IV: one of the two sub kegiatan only, so the kegiatan row is that part of it
    assert _kolom_terakhir(daftar[KSP]) == ["1.000.250.000", "1.000.250.000", "1.000.250.000"]
    assert [pk.total for pk in daftar.values()] == [
        3_750_500_000,
        1_500_000_000,
        2_250_500_000,
        600_000_000,
        1_000_250_000,
    ]
    assert all(not pk.masalah for pk in daftar.values())


def test_penolakan_menyebut_berkas_dan_tidak_menulis(badan_xlsx: Path, tmp_path: Path, capsys):
    p = Path(shutil.copy(badan_xlsx, tmp_path / "bapenda.xlsx"))
    keluar = tmp_path / "pk.docx"
    assert main(["pk", str(p), "-o", str(keluar), "--pejabat", "Kabid Pajak"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "Galat: Pejabat 'Kabid Pajak' tidak ada di kolom Penanggung Jawab sheet 'Perjanjian "
        "Kinerja' buku kerja 'bapenda.xlsx'; yang ada: 'Kepala Badan Pendapatan Daerah', "
    )
    wb = openpyxl.load_workbook(p)
    wb["Perjanjian Kinerja"]["G6"] = 2_250_000_000  # Kepala Bidang, 500.000 short
    wb.save(p)
    assert main(["pk", str(p), "-o", str(keluar)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Galat: Buku kerja 'bapenda.xlsx' masih punya 1 galat;")
    assert (
        "sel G6: Anggaran 'Kepala Bidang Pajak Daerah' Rp 2.250.000.000,- tidak sama dengan "
        "jumlah anggaran lampiran Perjanjian Kinerjanya Rp 2.250.500.000,-" in err
    )
    assert sorted(x.name for x in tmp_path.iterdir()) == ["bapenda.xlsx"]
    # periksa says beforehand what lakip pk will refuse: the same sentence, as a peringatan
    assert main(["periksa", str(p)]) == 0
    out = capsys.readouterr()
    assert (
        "Anggaran 'Kepala Bidang Pajak Daerah' Rp 2.250.000.000,- tidak sama dengan jumlah "
        "anggaran lampiran Perjanjian Kinerjanya Rp 2.250.500.000,-" in out.out + out.err
    )


def test_laporan_dengan_sub_kegiatan_tanpa_temuan_hitungan(badan_xlsx: Path, tmp_path: Path):
    """The report of an office with Sub Kegiatan rows: reviu adds up a program's kegiatan, not
    its kegiatan and their '- sub kegiatan' rows together (those are parts of the kegiatan
    above them), so our own correct numbers give no Hitungan finding."""
    from lakip_xl.reviu.inti import reviu

    buku = tmp_path / "badan.xlsx"
    buku.write_bytes(badan_xlsx.read_bytes())
    keluar = tmp_path / "laporan.docx"
    assert main(["laporan", str(buku), "-o", str(keluar)]) == 0
    h = reviu(keluar)
    assert [(t.jenis, t.lokasi) for t in h.temuan if t.jenis != "Kelengkapan"] == []
