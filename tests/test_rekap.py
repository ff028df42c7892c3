"""`lakip rekap`: a folder of OPD workbooks typed into blank workbooks (a Dinas, a Badan, a
Kecamatan, a Dinas with a row in error; a damaged file, one with a Profil galat, one of another
year, one that is no lakip workbook) recapped into one .xlsx, each OPD row held equal to that
workbook's own Ringkasan sheet after `lakip hitung`."""

from __future__ import annotations

import hashlib
import re
import shutil
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from kantor import INDIKATOR_BADAN, INDIKATOR_DINAS, INDIKATOR_KECAMATAN, badan, dinas, kecamatan
from korpus import huruf
from ooxml_sah import pelanggaran_excel, pelanggaran_skema

from lakip_xl.buku import layout as L
from lakip_xl.buku.simpan import AWALAN_BANTU
from lakip_xl.rekap.hasil import HasilOpd
from lakip_xl.rekap.inti import daftar_berkas, kumpulkan
from lakip_xl.rekap.lembar import NAMA_GAGAL, NAMA_INDIKATOR, NAMA_OPD, urutkan
from lakip_xl.rekap.ringkas import jenis_opd

LAKIP = [sys.executable, "-m", "lakip_xl.cli"]
BARIS_KEPALA = 4  # two title lines, a blank row, the header


def _ubah(path: Path, profil: dict[str, object], sel: dict[tuple[str, str], object] = {}) -> Path:  # noqa: B006
    """Type over Profil values (column B beside their label) and single cells."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Profil"]
    label = {r[0].value: r[0].row for r in ws.iter_rows(min_row=4) if r[0].value}
    for judul, nilai in profil.items():
        ws.cell(label[judul], 2, nilai)
    for (sheet, a1), nilai in sel.items():
        wb[sheet][a1] = nilai
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The OPD folder, as a Bagian Organisasi collects it."""
    d = tmp_path_factory.mktemp("opd")
    dinas(d)
    badan(d)
    kecamatan(d)
    # a Dinas whose first Target is text: that row is out of every figure, the OPD stays in
    pendidikan = shutil.copyfile(d / "dinas-ketahanan-pangan-2024.xlsx", d / "disdik-2024.xlsx")
    _ubah(
        pendidikan,
        {"Nama Instansi": "Dinas Pendidikan"},
        {("Indikator", f"{huruf(L.INDIKATOR, 'target')}4"): "sembilan puluh"},
    )
    # another year: listed, not mixed in
    shutil.copyfile(d / "kecamatan-bati-bati-2024.xlsx", d / "kecamatan-jorong-2023.xlsx")
    _ubah(d / "kecamatan-jorong-2023.xlsx", {"Nama Instansi": "Kecamatan Jorong", "Tahun": 2023})
    # a Profil galat every average depends on
    shutil.copyfile(d / "bapperida-2024.xlsx", d / "bkpsdm-2024.xlsx")
    _ubah(
        d / "bkpsdm-2024.xlsx",
        {
            "Nama Instansi": "Badan Kepegawaian dan Pengembangan SDM",
            "Batas Capaian untuk Rata-rata": "150",
        },
    )
    # damaged: cut in half on the way
    utuh = (d / "bapperida-2024.xlsx").read_bytes()
    (d / "dinas-sosial-2024.xlsx").write_bytes(utuh[: len(utuh) // 2])
    # no lakip workbook
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Daftar hadir rapat"
    wb.save(d / "daftar-hadir.xlsx")
    # not offices at all: hitung's backup, Excel's lock file, a text file
    shutil.copyfile(d / "bapperida-2024.xlsx", d / "bapperida-2024.cadangan.xlsx")
    (d / "~$bapperida-2024.xlsx").write_bytes(b"\0" * 162)
    (d / "catatan.txt").write_text("kumpulan LKj OPD\n", encoding="utf-8")
    return d


BAIK = {
    "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah": "bapperida-2024.xlsx",
    "Dinas Ketahanan Pangan": "dinas-ketahanan-pangan-2024.xlsx",
    "Dinas Pendidikan": "disdik-2024.xlsx",
    "Kecamatan Bati-Bati": "kecamatan-bati-bati-2024.xlsx",
}
BURUK = {
    "bkpsdm-2024.xlsx": "Batas Capaian untuk Rata-rata",
    "daftar-hadir.xlsx": "bukan buku kerja lakip",
    "dinas-sosial-2024.xlsx": "rusak atau terpotong",
    "kecamatan-jorong-2023.xlsx": "tahun 2023, bukan 2024",
}


@pytest.fixture(scope="module")
def rekap(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict]:
    """`lakip rekap FOLDER -o rekap.xlsx --tahun 2024`, the folder's bytes before and after."""
    sebelum = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    keluar = tmp_path_factory.mktemp("keluar") / "rekap-2024.xlsx"
    j = subprocess.run(
        [*LAKIP, "rekap", str(folder), "-o", str(keluar), "--tahun", "2024"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert j.returncode == 0, j.stderr
    sesudah = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    assert sesudah == sebelum  # the workbooks are only read
    return keluar, j.stderr, {"stdout": j.stdout}


@pytest.fixture(scope="module")
def dihitung(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each usable workbook copied and given `lakip hitung`, as its office would."""
    d = tmp_path_factory.mktemp("dihitung")
    hasil = {}
    for nama, berkas in BAIK.items():
        p = shutil.copyfile(folder / berkas, d / berkas)
        subprocess.run(
            [*LAKIP, "hitung", str(p), "--tanpa-cadangan"],
            check=True,
            timeout=300,
            capture_output=True,
        )
        hasil[nama] = p
    return hasil


def _tabel(path: Path, sheet: str, baris_judul: int) -> list[dict[str, object]]:
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[sheet]
    kepala = [c.value for c in ws[baris_judul]]
    hasil = []
    for row in ws.iter_rows(min_row=baris_judul + 1, values_only=True):
        if row[0] is None or not isinstance(row[0], int):
            break
        hasil.append(dict(zip(kepala, row, strict=False)))
    return hasil


def _ringkasan(path: Path) -> dict[str, tuple[object, object]]:
    """The Ringkasan sheet of a computed workbook: uraian -> (nilai, keterangan)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    return {
        r[0]: (r[1], r[2])
        for r in wb["Ringkasan"].iter_rows(min_row=4, values_only=True)
        if r[0] is not None
    }


def test_setiap_baris_opd_sama_dengan_ringkasannya(rekap, dihitung) -> None:
    """Every figure of an OPD's row is the one its own Ringkasan sheet shows after hitung."""
    keluar, _, _ = rekap
    baris = {b["Nama OPD"]: b for b in _tabel(keluar, NAMA_OPD, BARIS_KEPALA)}
    assert list(baris) == sorted(BAIK)  # by name; the bad files are not rows
    for nama, path in dihitung.items():
        b, rk = baris[nama], _ringkasan(path)
        assert b["Berkas"] == path.name
        assert b["Tahun"] == "2024"
        dasar = next(k for k in rk if k.startswith("Rata-rata capaian seluruh indikator"))
        assert b["Rata-rata Capaian (%)"] == rk[dasar][0]
        assert b["Kategori Rata-rata"] == rk[dasar][1].split(";")[0]
        assert f"{b['Indikator Dirata-rata']} indikator" in rk[dasar][1]
        for k, (nilai, _) in rk.items():
            if m := re.fullmatch(r"Rata-rata capaian (.+) \(%\)", k):
                assert b[f"{m.group(1)} (%)"] == nilai, (nama, k)
            if m := re.fullmatch(r"Jumlah indikator berkategori (.+)", k):
                assert b[f"Jumlah {m.group(1)}"] == nilai, (nama, k)
        assert b["Realisasi Belum Tersedia"] == rk["Jumlah indikator realisasi belum tersedia"][0]
        assert b["Tanpa Target"] == rk["Jumlah indikator tanpa target"][0]
        assert b["Anggaran (Rp)"] == rk["Total anggaran program/kegiatan (Rp)"][0]
        assert b["Realisasi (Rp)"] == rk["Total realisasi program/kegiatan (Rp)"][0]
        assert b["Serapan (%)"] == rk["Serapan anggaran (%)"][0]
        assert b["Efisiensi (Rp)"] == rk["Sisa anggaran (Rp)"][0]
        assert b["IKM"] == rk["IKM (nilai konversi)"][0]
        if b["Mutu IKM"] is not None:
            assert rk["IKM (nilai konversi)"][1].startswith(f"mutu {b['Mutu IKM']}")
        assert b["Galat"] == rk["Masalah ditemukan"][0]
        assert rk["Masalah ditemukan"][1].startswith(f"{b['Peringatan']} peringatan")


def test_angka_rekap_dihitung_dengan_tangan(rekap) -> None:
    """Figures worked out by hand from the typed offices (tests/kantor.py)."""
    baris = {b["Nama OPD"]: b for b in _tabel(rekap[0], NAMA_OPD, BARIS_KEPALA)}
    kec = baris["Kecamatan Bati-Bati"]
    # 75/80 = 93,75; 12/14 = 85,71; Negatif (2x12-9)/12 = 125; 100/100 = 100; SS-2 has no
    # realisasi yet: (93,75 + 85,71 + 125 + 100) / 4 = 101,115 -> 101,12
    assert kec["Rata-rata Capaian (%)"] == 101.12
    assert kec["Sasaran Strategis (%)"] == 93.75
    assert kec["Eselon IV / Pengawas (%)"] == 103.57  # 310,71 / 3
    assert kec["Jumlah Indikator"] == 5 and kec["Realisasi Belum Tersedia"] == 1
    # 185.500.000 + 96.750.000 + 64.000.000; realisasi 171.240.000 + 96.750.000 + 51.893.500
    assert kec["Anggaran (Rp)"] == 346_250_000 and kec["Realisasi (Rp)"] == 319_883_500
    assert kec["Efisiensi (Rp)"] == 26_366_500
    assert kec["Serapan (%)"] == 92.39  # 319.883.500 / 346.250.000 = 92,385...
    assert kec["Jenis"] == "Kecamatan"
    bad = baris["Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"]
    assert bad["Jenis"] == "Badan" and bad["Jumlah Indikator"] == 9
    assert bad["Anggaran (Rp)"] == 2_500_000_000 and bad["Efisiensi (Rp)"] == 170_000_000
    assert bad["Serapan (%)"] == 93.2  # 2.330.000.000 / 2.500.000.000
    assert baris["Dinas Ketahanan Pangan"]["Anggaran (Rp)"] == "belum diisi"
    assert baris["Dinas Pendidikan"]["Galat"] == 1  # the Target typed as words


def test_tabel_indikator_memuat_setiap_baris(rekap, dihitung) -> None:
    """Every OPD's indikator, each with the capaian and kategori its workbook shows."""
    ind = _tabel(rekap[0], NAMA_INDIKATOR, BARIS_KEPALA)
    diketik = 2 * len(INDIKATOR_DINAS) + len(INDIKATOR_BADAN) + len(INDIKATOR_KECAMATAN)
    assert len(ind) == diketik
    assert [b["No"] for b in ind] == list(range(1, diketik + 1))
    for nama, path in dihitung.items():
        milik = [b for b in ind if b["OPD"] == nama]
        buku = [b for b in _tabel_buku(path) if b["Kode"]]
        assert [b["Kode"] for b in milik] == [b["Kode"] for b in buku]
        for r, b in zip(milik, buku, strict=True):
            assert r["Indikator"] == b["Indikator Kinerja"]
            assert r["Capaian (%)"] == b["Capaian (%)"], (nama, b["Kode"])
            assert r["Kategori"] == b["Kategori"], (nama, b["Kode"])
            assert r["Capaian Tahun Lalu (%)"] == b["Capaian Tahun Lalu (%)"]
    ss2 = next(b for b in ind if b["OPD"] == "Kecamatan Bati-Bati" and b["Kode"] == "SS-2")
    assert ss2["Realisasi"] == "*)" and ss2["Capaian (%)"] == "*)"


def _tabel_buku(path: Path) -> list[dict[str, object]]:
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb["Indikator"]
    kepala = [c.value for c in ws[3]]
    return [
        dict(zip(kepala, r, strict=False))
        for r in ws.iter_rows(min_row=4, values_only=True)
        if any(v is not None for v in r)
    ]


def test_berkas_buruk_didaftar_dengan_pesannya(rekap) -> None:
    """Each bad file is listed with its first message; the files that are no office's
    workbook (a backup, a lock file, a text file) are not read at all."""
    keluar, galat, keluaran = rekap
    gagal = {b["Berkas"]: b for b in _tabel(keluar, NAMA_GAGAL, BARIS_KEPALA)}
    assert set(gagal) == set(BURUK)
    for berkas, pesan in BURUK.items():
        assert pesan in gagal[berkas]["Sebab"], gagal[berkas]
        assert f"  {berkas}: " in keluaran["stdout"]
    assert gagal["kecamatan-jorong-2023.xlsx"]["Nama Instansi"] == "Kecamatan Jorong"
    assert "Profil" in gagal["bkpsdm-2024.xlsx"]["Sebab"]
    # a progress line per file read, on stderr
    kemajuan = [b for b in galat.splitlines() if re.match(r"\d+/8 ", b)]
    assert len(kemajuan) == 8
    assert "8/8 " in galat and "Traceback" not in galat
    assert any(b.endswith(" Kecamatan Bati-Bati") for b in kemajuan)
    wb = openpyxl.load_workbook(keluar)
    assert wb[NAMA_OPD]["A2"].value.startswith("4 OPD dari 8 berkas; 4 berkas tidak dapat")


def test_berkas_rekap_sah_dan_siap_cetak(rekap) -> None:
    """The .xlsx passes the ECMA-376 schemas and Excel's limits; every sheet prints landscape
    one page wide with its header row on every page; money and percent keep Indonesian-style
    number formats (numbers stay numbers)."""
    keluar = rekap[0]
    assert pelanggaran_skema(keluar) == []
    assert pelanggaran_excel(keluar) == []
    wb = openpyxl.load_workbook(keluar)
    assert wb.sheetnames == [NAMA_OPD, NAMA_INDIKATOR, NAMA_GAGAL]
    for ws in wb:
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == f"${BARIS_KEPALA}:${BARIS_KEPALA}"
    ws = wb[NAMA_OPD]
    kepala = {c.value: c.column for c in ws[BARIS_KEPALA]}
    kec = next(r for r in ws.iter_rows(min_row=5) if r[1].value == "Kecamatan Bati-Bati")
    assert kec[kepala["Anggaran (Rp)"] - 1].number_format == "#,##0"
    assert kec[kepala["Serapan (%)"] - 1].number_format == "#,##0.00"
    assert kec[kepala["Rata-rata Capaian (%)"] - 1].number_format == "#,##0.00"


def test_tanpa_tahun_semua_tahun_dipakai(folder: Path) -> None:
    """Without --tahun the 2023 workbook is an OPD like the others (in process, no writing)."""
    k = kumpulkan(daftar_berkas([folder]), kemajuan=None)
    assert "Kecamatan Jorong" in [h.nama for h in k.opd]
    assert {g.berkas for g in k.gagal} == set(BURUK) - {"kecamatan-jorong-2023.xlsx"}
    jorong = next(h for h in k.opd if h.nama == "Kecamatan Jorong")
    assert jorong.tahun == 2023 and jorong.ringkasan.rata.persen == Decimal("101.12")
    # the Program rows of the Efisiensi Program dan Anggaran table, with their kegiatan's sums
    assert [(a.kode, a.anggaran, a.sisa) for a in jorong.program] == [
        ("1.01.01", Decimal(282_250_000), Decimal(14_260_000)),
        ("1.01.02", Decimal(64_000_000), Decimal(12_106_500)),
    ]


def test_berkas_disebut_satu_per_satu(folder: Path, tmp_path: Path) -> None:
    """FOLDER [FILES...]: files named one by one join the folder's; the output is not read."""
    keluar = tmp_path / "rekap.xlsx"
    daftar = daftar_berkas([folder / "bapperida-2024.xlsx", folder], kecuali=[keluar])
    assert daftar[0].name == "bapperida-2024.xlsx" and len(daftar) == 8
    shutil.copyfile(folder / "bapperida-2024.xlsx", tmp_path / "satu.xlsx")
    assert daftar_berkas([tmp_path], kecuali=[tmp_path / "satu.xlsx"]) == []
    j = subprocess.run(
        [*LAKIP, "rekap", str(tmp_path / "kosong"), "-o", str(keluar)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert j.returncode == 1 and "tidak ditemukan" in j.stderr and "Traceback" not in j.stderr


def test_ctrl_c_menghentikan_dengan_bersih(folder: Path, tmp_path: Path) -> None:
    """Ctrl-C while the pool works: exit 130, one Indonesian sentence, no traceback, no
    recap file and no helper file."""
    banyak = tmp_path / "banyak"
    banyak.mkdir()
    for i in range(40):
        shutil.copyfile(folder / "bapperida-2024.xlsx", banyak / f"opd-{i:02}.xlsx")
    keluar = tmp_path / "keluar"
    keluar.mkdir()
    p = subprocess.Popen(
        [*LAKIP, "rekap", str(banyak), "-o", str(keluar / "rekap.xlsx")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert p.stderr is not None
    baris = p.stderr.readline()  # the first file is done: the pool is at work
    assert re.match(r"1/40 ", baris), baris
    p.send_signal(signal.SIGINT)
    t0 = time.monotonic()
    _, galat = p.communicate(timeout=120)
    assert p.returncode == 130, galat
    assert "Dibatalkan" in galat and "Traceback" not in galat and "KeyboardInterrupt" not in galat
    assert not [b for b in galat.splitlines() if b.startswith("40/40")]
    assert list(keluar.iterdir()) == []
    assert not [q for q in tmp_path.rglob("*") if AWALAN_BANTU in q.name]
    assert time.monotonic() - t0 < 60


def test_jenis_opd_dari_nama_atau_jabatan() -> None:
    assert jenis_opd("Dinas Kesehatan") == "Dinas"
    assert jenis_opd("BADAN  Pendapatan Daerah") == "Badan"
    assert jenis_opd("Kecamatan Namlea") == "Kecamatan"
    assert jenis_opd("Sekretariat Daerah Kabupaten Buru") == "Sekretariat Daerah"
    assert jenis_opd("Sekretariat DPRD") == "Sekretariat DPRD"
    assert jenis_opd("Satuan Polisi Pamong Praja") == "Satuan Polisi Pamong Praja"
    assert jenis_opd("RSUD Namlea") == "Rumah Sakit"
    assert jenis_opd("Inspektorat Daerah") == "Inspektorat"
    # the name says nothing: the head's title does
    assert jenis_opd("Bapperida", "Kepala Badan") == "Badan"
    assert jenis_opd("Namlea", "Camat Namlea") == "Kecamatan"
    assert jenis_opd("Dinasti Abadi") == "Lainnya"  # a word starting like Dinas is not one


def _opd(nama: str, berkas: str) -> HasilOpd:
    from lakip_xl.rekap.hasil import RataOpd, RingkasanOpd

    rata = RataOpd("r", None, None, 0, 0, 0)
    rk = RingkasanOpd(
        "Semua indikator", rata, (), "s", (), 0, 0, None, None, None, None, None, None, 0, 0, ()
    )
    return HasilOpd(berkas, berkas, nama, jenis_opd(nama), 2025, None, (), (), (), rk, 0, ())


def test_urutan_pemda_lalu_nama() -> None:
    """The Pemda's order when it gives one (names matched ignoring case and spacing), the
    OPD it does not list after, by name."""
    opd = [
        _opd("Kecamatan Namlea", "c"),
        _opd("Dinas Kesehatan", "a"),
        _opd("Badan Keuangan", "b"),
        _opd("Inspektorat", "d"),
    ]
    assert [h.nama for h in urutkan(opd)] == [
        "Badan Keuangan",
        "Dinas Kesehatan",
        "Inspektorat",
        "Kecamatan Namlea",
    ]
    assert [h.nama for h in urutkan(opd, ["INSPEKTORAT", "kecamatan  namlea"])] == [
        "Inspektorat",
        "Kecamatan Namlea",
        "Badan Keuangan",
        "Dinas Kesehatan",
    ]


def test_ods_dibaca_lewat_libreoffice(folder: Path, tmp_path: Path) -> None:
    """An .ods workbook (saved by LibreOffice Calc) is read through LibreOffice, not written,
    and gives the same figures as the .xlsx it was saved from."""
    from lakip_xl.libreoffice.konversi import hitung_ulang

    xlsx = shutil.copyfile(folder / "kecamatan-bati-bati-2024.xlsx", tmp_path / "kec.xlsx")
    ods = hitung_ulang(xlsx, tmp_path / "kecamatan-bati-bati-2024.ods")
    sebelum = ods.read_bytes()
    k = kumpulkan(daftar_berkas([tmp_path]), 2024, kemajuan=None)
    assert k.gagal == [] and [h.berkas for h in k.opd] == [
        "kec.xlsx",
        "kecamatan-bati-bati-2024.ods",
    ]
    a, b = k.opd
    assert b.ringkasan.baris[:-1] == a.ringkasan.baris[:-1]  # all but 'Terakhir dihitung'
    assert [i.capaian for i in b.indikator] == [i.capaian for i in a.indikator]
    assert b.ringkasan.rata.persen == Decimal("101.12")
    assert ods.read_bytes() == sebelum


def test_opd_yang_sama_di_dua_berkas_diperingatkan() -> None:
    """Two files of one office (a copy 'dinas (1).xlsx'): both stay rows, as read, and the
    recap says so in a sentence naming both files; another year of the same office is not a
    copy."""
    from lakip_xl.rekap.lembar import ganda

    opd = [_opd("Dinas Kesehatan", "dinas.xlsx"), _opd("dinas  kesehatan", "dinas (1).xlsx"),
           _opd("Inspektorat", "insp.xlsx")]  # fmt: skip
    assert ganda(opd) == [
        "OPD 'Dinas Kesehatan' ada di 2 berkas (dinas (1).xlsx, dinas.xlsx); angkanya "
        "terhitung lebih dari sekali: sisakan satu berkas di folder lalu ulangi"
    ]
    assert ganda(opd[:1] + opd[2:]) == []
