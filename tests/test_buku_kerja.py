"""The workbook: building, reading, checking and computing, on real .xlsx files."""

from __future__ import annotations

import shutil
from decimal import Decimal as D
from pathlib import Path

import kantor
import openpyxl
import pytest
from conftest import AKAR, baca_tabel, cari

from lakip_xl import operasi
from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import baca
from lakip_xl.buku.xlsx import baca_grid
from lakip_xl.cli import main
from lakip_xl.errors import LakipError

# Capaian (%) of the 24 eselon IV indikator of the seed's Tabel 27, worked out by hand from
# its target and realisasi (the seed printed 100 for IV-03 and 97,82 for IV-21).
CAPAIAN_ESELON_IV = {
    "IV-01": 100,
    "IV-02": 100,
    "IV-03": 70,
    "IV-04": 100,
    "IV-05": 90.91,
    "IV-06": 100,
    "IV-07": 129.54,
    "IV-08": 0,
    "IV-09": 90.91,
    "IV-10": 100,
    "IV-11": 150,
    "IV-12": 100,
    "IV-13": 100,
    "IV-14": 100,
    "IV-15": 100,
    "IV-16": 100,
    "IV-17": 102.12,
    "IV-18": 60,
    "IV-19": 100,
    "IV-20": 100,
    "IV-21": 97.83,
    "IV-22": 100,
    "IV-23": 100,
    "IV-24": 100,
}


def grid_tanpa_waktu(path: Path) -> dict[str, list[list[object]]]:
    grid = baca_grid(path)
    grid["Ringkasan"] = [r for r in grid["Ringkasan"] if not (r and r[0] == "Terakhir dihitung")]
    return grid


def test_contoh_yang_dikirim_sama_dengan_buatan_kode(contoh_xlsx: Path) -> None:
    dikirim = AKAR / "workbook" / "contoh-panyipatan-2020.xlsx"
    assert grid_tanpa_waktu(dikirim) == grid_tanpa_waktu(contoh_xlsx)


def test_lembar_dan_urutan_sesuai_deklarasi(contoh_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(contoh_xlsx)
    nama = wb.sheetnames
    assert nama[: len(L.LEMBAR)] == [x.nama for x in L.LEMBAR]
    assert [n for n in nama if n.startswith("Tabel ")] == [
        "Tabel 16 Nilai SAKIP 2019",
        "Tabel 21 Penerima Bansos",
        "Tabel 24 Realisasi Pelayanan",
    ]
    ind = wb["Indikator"]
    kepala = [c.value for c in ind[3]]
    for judul in (
        "Kode",
        "Tingkat",
        "Penanggung Jawab",
        "Sasaran",
        "Indikator Kinerja",
        "Satuan",
        "Polaritas",
        "Target",
        "Realisasi",
        "Realisasi Tahun Lalu",
        "Target Akhir Renstra",
        "Keterangan",
        "Capaian (%)",
        "Kategori",
    ):
        assert judul in kepala
    assert ind.protection.sheet is True and not ind.protection.password
    assert ind.freeze_panes == "A4"
    capaian = ind.cell(4, kepala.index("Capaian (%)") + 1)
    target = ind.cell(4, kepala.index("Target") + 1)
    assert capaian.protection.locked is True and target.protection.locked is False
    dropdown = {
        next(iter(dv.sqref.ranges)).coord.split(":")[0][:-1]: dv.formula1
        for dv in ind.data_validations.dataValidation
        if dv.type == "list"
    }
    kol_pol = openpyxl.utils.get_column_letter(kepala.index("Polaritas") + 1)
    assert dropdown[kol_pol] == '"Positif,Negatif"'
    kol_ting = openpyxl.utils.get_column_letter(kepala.index("Tingkat") + 1)
    assert "Eselon IV / Pengawas" in dropdown[kol_ting]


def test_nilai_hitung_contoh(contoh_xlsx: Path) -> None:
    ind = baca_tabel(contoh_xlsx, "Indikator")
    desa = cari(
        ind,
        "Indikator Kinerja",
        "Jumlah desa yang data kependudukannya terverifikasi dengan akurat",
    )
    assert desa["Capaian (%)"] == 70
    assert desa["Kategori"] == "Baik"
    for kode, nilai in CAPAIAN_ESELON_IV.items():
        assert cari(ind, "Kode", kode)["Capaian (%)"] == pytest.approx(nilai, abs=1e-9), kode
    ikm = cari(ind, "Kode", "SS-1")
    # realisasi left empty: the survey's IKM 84,75 (NRR mean 3,39 x 25) on target 75 = 113,00
    assert ikm["Capaian (%)"] == pytest.approx(113.00)
    assert ikm["Capaian Tahun Lalu (%)"] == pytest.approx(106.04)  # 79,53 on 75
    sakip = cari(ind, "Kode", "SS-2")
    assert sakip["Capaian (%)"] == "*)"
    assert sakip["Kategori"] == "belum tersedia"

    ang = baca_tabel(contoh_xlsx, "Anggaran")
    p1 = cari(ang, "Uraian", "Program Pelayanan Administrasi Perkantoran")
    assert p1["Anggaran"] is None  # the input cell stays empty
    assert (p1["Jumlah Anggaran"], p1["Jumlah Realisasi"]) == (434_542_010, 414_530_124)
    assert p1["Serapan (%)"] == pytest.approx(95.39)  # seed printed 98,31
    assert p1["Sisa"] == 20_011_886
    mus = cari(ang, "Uraian", "Penyelenggaraan Musrenbang Kecamatan")
    assert mus["Serapan (%)"] == pytest.approx(96.87)  # seed printed 95,09

    uns = baca_tabel(contoh_xlsx, "Unsur SKM")
    assert [r["NRR"] for r in uns] == pytest.approx(
        [3.2, 3.37, 3.3, 4.0, 3.29, 3.23, 3.24, 3.63, 3.25]
    )
    assert cari(uns, "Kode", "U4")["NRR Tertimbang"] == pytest.approx(0.4444)

    ring = {r["Uraian"]: r for r in baca_tabel(contoh_xlsx, "Ringkasan")}
    rata = ring["Rata-rata capaian seluruh indikator (%), dasar: Eselon IV / Pengawas"]
    # (15 x 100 + 70 + 90,91 + 129,54 + 0 + 90,91 + 150 + 102,12 + 60 + 97,83) / 24 = 95,47
    assert rata["Nilai"] == pytest.approx(95.47)
    assert rata["Keterangan"].startswith("Sangat Memuaskan; 24 indikator")
    assert ring["Jumlah indikator berkategori Sangat Memuaskan"]["Nilai"] == 21
    assert ring["Jumlah indikator berkategori Baik"]["Nilai"] == 1
    assert ring["Jumlah indikator berkategori Cukup"]["Nilai"] == 1
    assert ring["Jumlah indikator berkategori Kurang"]["Nilai"] == 1
    assert ring["Total anggaran program/kegiatan (Rp)"]["Nilai"] == 574_736_610
    assert ring["Total realisasi program/kegiatan (Rp)"]["Nilai"] == 509_758_024
    assert ring["Serapan anggaran (%)"]["Nilai"] == pytest.approx(88.69)
    assert ring["IKM (nilai konversi)"]["Nilai"] == pytest.approx(84.75)
    assert ring["IKM (nilai konversi)"]["Keterangan"] == "mutu B (Baik)"
    bel = baca_tabel(contoh_xlsx, "Belanja")
    assert cari(bel, "Uraian", "Gaji pokok PNS/uang representasi")["Serapan (%)"] == (
        pytest.approx(79.57)
    )


def test_periksa_contoh_tanpa_galat(contoh_xlsx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["periksa", str(contoh_xlsx)]) == 0
    keluar = capsys.readouterr().out
    assert "Tidak ada galat" in keluar
    # the sample names no missing photo and types no IKM besides its survey's; the seed names
    # only the Camat of its nine officials: one warning for each of the eight others' name and
    # NIP (their Perjanjian Kinerja prints dotted lines)
    assert "(8 peringatan)" in keluar


def _isi(path: Path, sheet: str, baris: list[dict[str, object]], baris_judul: int = 3) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    kolom = {c.value: c.column for c in ws[baris_judul] if c.value}
    for i, data in enumerate(baris, start=baris_judul + 1):
        for k, v in data.items():
            ws.cell(i, kolom[k], v)
    wb.save(path)


def _profil(path: Path, **nilai: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Profil"]
    for row in ws.iter_rows(min_row=4):
        if row[0].value in nilai:
            row[1].value = nilai[row[0].value]
    wb.save(path)


@pytest.fixture
def kosong(tmp_path: Path) -> Path:
    """A blank workbook of 2025 as `lakip baru` makes it (made once per test process by
    tests/kantor.py, copied for each test)."""
    return kantor.kosong(tmp_path / "buku.xlsx", 2025)


def test_buku_kosong_diisi_tangan_dengan_indikator_negatif(kosong: Path) -> None:
    _profil(kosong, **{"Nama Instansi": "Dinas Uji", "Pemerintah Daerah": "Kabupaten Uji"})
    _isi(
        kosong,
        "Indikator",
        [
            {
                "Kode": "N-1",
                "Indikator Kinerja": "Angka kemiskinan",
                "Polaritas": "Negatif",
                "Satuan": "%",
                "Target": 10,
                "Realisasi": 8,
            },
            {
                "Kode": "N-2",
                "Indikator Kinerja": "Kasus DBD",
                "Polaritas": "Negatif",
                "Target": 20,
                "Realisasi": 50,
            },
            {
                "Kode": "P-1",
                "Indikator Kinerja": "Desa mandiri",
                "Polaritas": "Positif",
                "Target": 8,
                "Realisasi": "6 desa",
            },
        ],
    )
    assert main(["hitung", str(kosong)]) == 0
    ind = baca_tabel(kosong, "Indikator")
    # (2 x 10 - 8) / 10 = 120; (2 x 20 - 50) / 20 = -50 -> 0; 6 / 8 = 75
    assert [r["Capaian (%)"] for r in ind] == [120, 0, 75]
    assert [r["Kategori"] for r in ind] == ["Sangat Memuaskan", "Kurang", "Sangat Baik"]
    assert ind[2]["Realisasi"] == "6 desa"  # the typed input is never overwritten
    # the other formula, chosen in Profil: T / R = 10 / 8 = 125; 20 / 50 = 40
    _profil(kosong, **{"Rumus Polaritas Negatif": "Target / Realisasi"})
    assert main(["hitung", str(kosong)]) == 0
    assert [r["Capaian (%)"] for r in baca_tabel(kosong, "Indikator")] == [125, 40, 75]
    assert (kosong.parent / "buku.cadangan.xlsx").is_file()


def test_kolom_dicari_menurut_judul(kosong: Path) -> None:
    wb = openpyxl.load_workbook(kosong)
    ws = wb["Indikator"]
    kolom = {c.value: c.column for c in ws[3] if c.value}
    # the user swaps two columns (and their headers) and adds a title row above the header
    a, b = kolom["Target"], kolom["Realisasi"]
    ws.cell(3, a, "Realisasi")
    ws.cell(3, b, "Target")
    ws.insert_rows(1)
    ws.cell(1, 1, "Judul tambahan dari pengguna")
    ws.cell(5, kolom["Kode"], "X-1")
    ws.cell(5, kolom["Indikator Kinerja"], "Uji")
    ws.cell(5, b, 10)  # now under "Target"
    ws.cell(5, a, 7)  # now under "Realisasi"
    wb.save(kosong)
    hasil = operasi.hitung_berkas(kosong)
    assert hasil.indikator[0].capaian.persen == 70
    wb = openpyxl.load_workbook(kosong, data_only=True)
    assert wb["Indikator"].cell(5, kolom["Capaian (%)"]).value == 70


def _masalah(path: Path) -> list[str]:
    return [str(m) for m in operasi.periksa(path)]


def test_semua_masalah_ditemukan_dengan_sel(kosong: Path) -> None:
    _isi(
        kosong,
        "Indikator",
        [
            {"Kode": "A", "Indikator Kinerja": "Satu", "Target": "abc", "Realisasi": 5},
            {"Kode": "A", "Indikator Kinerja": "Dua", "Target": 0, "Realisasi": 5},
            {
                "Kode": "C",
                "Indikator Kinerja": "Tiga",
                "Polaritas": "Naik",
                "Target": 5,
                "Realisasi": "#DIV/0!",
            },
            {
                "Kode": "D",
                "Indikator Kinerja": "Empat",
                "Target": "Rp 1.234.567,-",
                "Realisasi": 1,
                "Penanggung Jawab": "Kasi Fiktif",
            },
        ],
    )
    _isi(kosong, "Perjanjian Kinerja", [{"Penanggung Jawab": "Kasi Nyata"}])
    _isi(
        kosong,
        "Anggaran",
        [
            {"Jenis": "Kegiatan", "Uraian": "Tanpa program", "Anggaran": 10, "Realisasi": 5},
            {"Jenis": "Program", "Uraian": "P", "Anggaran": 100, "Realisasi": 50},
            {"Jenis": "Kegiatan", "Uraian": "K", "Anggaran": 40, "Realisasi": 50},
        ],
    )
    _isi(kosong, "SKM", [{"No": 1, **{f"U{i}": 3 for i in range(1, 10)}, "U2": 5}])
    _isi(
        kosong,
        "Unsur SKM",
        [
            {"Kode": f"U{i}", "Unsur Pelayanan": n, "Bobot": 0.11}
            for i, (_, n) in enumerate(L.UNSUR_SKM_BAKU, 1)
        ],
    )
    m = "\n".join(_masalah(kosong))
    harapan = [
        "GALAT - Sheet 'Indikator' sel I4: kolom 'Target' berisi teks 'abc', bukan angka",
        "GALAT - Sheet 'Indikator' sel A5: Kode 'A' sudah dipakai di sel A4",
        "GALAT - Sheet 'Indikator' sel I5: target 0, capaian tidak dapat dihitung",
        "GALAT - Sheet 'Indikator' sel G6: kolom 'Polaritas' berisi 'Naik'; maksudnya "
        "'Positif'? Pilih salah satu",
        "GALAT - Sheet 'Indikator' sel J6: kolom 'Realisasi' berisi galat rumus #DIV/0!",
        "GALAT - Sheet 'Anggaran' sel B4: Kegiatan 'Tanpa program' tidak berada di bawah baris "
        "Program",
        "GALAT - Sheet 'Anggaran' sel E5: Anggaran Program 'P' tertulis Rp100, tetapi jumlah "
        "rinciannya Rp40",
        "GALAT - Sheet 'Anggaran' sel F6: realisasi Rp50 melebihi anggaran Rp40 pada Kegiatan 'K'",
        "GALAT - Sheet 'SKM' sel H4: kolom 'U2' berisi 5; tidak boleh lebih dari 4",
        "GALAT - Sheet 'Unsur SKM' sel C4: jumlah bobot 0,99 harus tepat 1",
        "Peringatan - Sheet 'Indikator' sel I7: kolom 'Target': teks 'Rp 1.234.567,-' dibaca "
        "sebagai angka 1.234.567",
        "Peringatan - Sheet 'Indikator' sel C7: penanggung jawab 'Kasi Fiktif' tidak ada di sheet "
        "Perjanjian Kinerja",
    ]
    for h in harapan:
        assert h in m, h
    assert main(["periksa", str(kosong)]) == 1


def test_sheet_hilang_dan_judul_hilang(kosong: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wb = openpyxl.load_workbook(kosong)
    del wb["Anggaran"]
    ws = wb["Indikator"]
    for c in ws[3]:
        if c.value == "Indikator Kinerja":
            c.value = "Nama Indikator"
    wb.save(kosong)
    m = "\n".join(_masalah(kosong))
    assert "GALAT - Sheet 'Anggaran': sheet 'Anggaran' tidak ada" in m
    assert (
        "GALAT - Sheet 'Indikator': kolom 'Indikator Kinerja' tidak ditemukan di baris judul "
        "(baris 3)"
    ) in m
    # hitung still writes what it can, says what is wrong, and succeeds
    assert main(["hitung", str(kosong)]) == 0
    keluar = capsys.readouterr().out
    # the blank workbook's empty Nama Instansi is the third galat (laporan refuses for it)
    assert "3 galat" in keluar and "Sel yang bergalat tidak ikut dihitung" in keluar
    assert "GALAT - Sheet 'Profil' sel B4: 'Nama Instansi' belum diisi" in keluar


def test_persen_diketik_sebagai_pecahan(kosong: Path) -> None:
    wb = openpyxl.load_workbook(kosong)
    ws = wb["Indikator"]
    kolom = {c.value: c.column for c in ws[3] if c.value}
    ws.cell(4, kolom["Kode"], "P")
    ws.cell(4, kolom["Indikator Kinerja"], "Persentase")
    ws.cell(4, kolom["Target"], 1).number_format = "0%"
    c = ws.cell(4, kolom["Realisasi"], 0.7)
    c.number_format = "0%"
    wb.save(kosong)
    hasil = operasi.hitung_buku(kosong)
    assert hasil.indikator[0]["realisasi"] == 70
    assert hasil.indikator[0].capaian.persen == 70
    assert any("sel berformat persen: 0,7 dibaca sebagai 70" in str(m) for m in hasil.masalah)


def test_tanggal_di_sel_angka(kosong: Path) -> None:
    import datetime

    _isi(
        kosong,
        "Indikator",
        [
            {
                "Kode": "T",
                "Indikator Kinerja": "x",
                "Target": datetime.datetime(2020, 5, 1),
                "Realisasi": 1,
            }
        ],
    )
    m = "\n".join(_masalah(kosong))
    assert "sel I4: kolom 'Target' berisi tanggal/waktu (01/05/2020), bukan angka" in m


def test_bukan_buku_kerja(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kasus = {
        "kosong.xlsx": b"",
        "teks.xlsx": b"Kode;Target\nA;1\n",
        "lama.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        "terpotong.xlsx": (AKAR / "workbook" / "contoh-panyipatan-2020.xlsx").read_bytes()[:5000],
    }
    pesan = {
        "kosong.xlsx": "kosong (0 byte)",
        "teks.xlsx": "bukan buku kerja Excel",
        "lama.xls": "format .xls lama",
        "terpotong.xlsx": "rusak atau terpotong",
    }
    for nama, isi in kasus.items():
        p = tmp_path / nama
        p.write_bytes(isi)
        for perintah in ("periksa", "hitung"):
            assert main([perintah, str(p)]) == 1
            err = capsys.readouterr().err
            assert pesan[nama] in err, (nama, err)
            assert "Traceback" not in err
        assert p.read_bytes() == isi
    assert main(["periksa", str(tmp_path / "tidak-ada.xlsx")]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


def test_berkas_terkunci_ditolak(kosong: Path) -> None:
    kunci = kosong.parent / f"~${kosong.name}"
    kunci.write_bytes(b"x")
    sebelum = kosong.read_bytes()
    with pytest.raises(LakipError, match="sedang dibuka di Excel"):
        operasi.hitung_berkas(kosong)
    assert kosong.read_bytes() == sebelum


def test_teks_pengguna_seperti_rumus_tetap_teks(kosong: Path) -> None:
    wb = openpyxl.load_workbook(kosong)
    ws = wb["Indikator"]
    for kolom, nilai in ((1, "=1+1"), (5, "@SUM(A1)"), (9, 5), (10, 5)):
        c = ws.cell(4, kolom, nilai)
        c.data_type = "s" if isinstance(nilai, str) else "n"  # typed as text, as with '=1+1
    wb.save(kosong)
    operasi.hitung_berkas(kosong)
    buku = baca(baca_grid(kosong))
    assert buku.rows("Indikator")[0]["kode"] == "=1+1"


def test_cli_tanpa_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert "lakip 0." in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    bantuan = capsys.readouterr().out
    for kata in ("perintah", "buat buku kerja kosong", "hitung ulang capaian", "pilihan"):
        assert kata in bantuan


def test_baru_tidak_menimpa(kosong: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["baru", "-o", str(kosong)]) == 1
    assert "sudah ada" in capsys.readouterr().err


def test_grid_sama_antara_salinan(contoh_xlsx: Path, tmp_path: Path) -> None:
    salinan = tmp_path / "salinan.xlsx"
    shutil.copy(contoh_xlsx, salinan)
    operasi.hitung_berkas(salinan)
    assert grid_tanpa_waktu(salinan) == grid_tanpa_waktu(contoh_xlsx)
    hasil = operasi.hitung_buku(salinan)
    assert hasil.rata_semua.persen is not None
    assert round(hasil.rata_semua.persen, 2) == D("95.47")


def test_izin_berkas_tetap(kosong: Path) -> None:
    kosong.chmod(0o664)
    operasi.hitung_berkas(kosong)
    assert kosong.stat().st_mode & 0o777 == 0o664


def test_pesan_argparse_berbahasa_indonesia(capsys: pytest.CaptureFixture[str]) -> None:
    for argv, kata in (
        (["baru", "--tahun", "abc"], "nilai 'abc' tidak sah (harus tahun 2000-2100, mis. 2025)"),
        (["periksa"], "argumen berikut wajib diisi: BERKAS"),
        (["hapus"], "pilihan 'hapus' tidak dikenal"),
    ):
        with pytest.raises(SystemExit) as e:
            main(argv)
        assert e.value.code == 2
        err = capsys.readouterr().err
        assert kata in err and "penggunaan: lakip" in err and "error" not in err
