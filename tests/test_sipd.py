"""`lakip impor-sipd` on the real SIPD-RI exports of Kab. Buru 2024 (murni and Perubahan 1):
every code and pagu checked against sums made here from the export with openpyxl, an
independent reader; the Perubahan keeps what staff typed; bad files change nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from conftest import AKAR

from lakip_xl.sipd.susun import kunci_kode, uang

SIPD = next(
    (
        p
        for p in (AKAR.parent / "shared" / "data" / "sipd", Path("/work/shared/data/sipd"))
        if p.is_dir()
    ),
    AKAR.parent / "shared" / "data" / "sipd",
)
MURNI = SIPD / "rekap-apbd-murni-2024.xlsx"
PERUBAHAN = SIPD / "rekap-perubahan-1-2024.xlsx"
LAKIP = [sys.executable, "-m", "lakip_xl.cli"]


def lakip(*arg: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*LAKIP, *map(str, arg)], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def _rekap(path: Path, skpd: str) -> list[dict]:
    ws = openpyxl.load_workbook(path, read_only=True)["Sheet 1"]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:] if r[5] == skpd]


def _harapan(path: Path, skpd: str) -> dict[str, tuple[str, Decimal | None]]:
    """{code: (jenis, anggaran)} as the export says, summed here: a sub kegiatan's pagu is the
    sum of its rows' PAGU, empty when every PAGU is empty."""
    hasil: dict[str, tuple[str, Decimal | None]] = {}
    for r in _rekap(path, skpd):
        hasil[r["KODE PROGRAM"]] = ("Program", None)
        hasil[r["KODE KEGIATAN"]] = ("Kegiatan", None)
        lama = hasil.get(r["KODE SUB KEGIATAN"], ("Sub Kegiatan", None))[1]
        if r["PAGU"] is not None:
            lama = (lama or Decimal(0)) + Decimal(r["PAGU"])
        hasil[r["KODE SUB KEGIATAN"]] = ("Sub Kegiatan", lama)
    return hasil


def _anggaran(path: Path) -> list[tuple]:
    ws = openpyxl.load_workbook(path)["Anggaran"]
    kol = {c.value: c.column - 1 for c in ws[3] if c.value}
    return [
        (r[kol["Kode"]], r[kol["Jenis"]], r[kol["Uraian"]], r[kol["Anggaran"]], r[kol["Realisasi"]])
        for r in ws.iter_rows(min_row=4, values_only=True)
        if any(v is not None for v in r[: kol["Sasaran"]])
    ]


@pytest.fixture(scope="module")
def kosong(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("sipd") / "kosong.xlsx"
    subprocess.run([*LAKIP, "baru", "-o", str(p), "--tahun", "2024"], check=True)
    return p


def _salin(kosong: Path, tmp_path: Path, nama: str = "lkj.xlsx") -> Path:
    p = tmp_path / nama
    shutil.copyfile(kosong, p)
    return p


def test_uang_seperti_sipd_mencetaknya() -> None:
    assert uang(190754000) == Decimal(190754000)
    assert uang("190,754,000.00") == Decimal("190754000.00")
    assert uang("190.754.000,00") == Decimal("190754000.00")
    assert uang("89,920,779,177.000000000") == Decimal("89920779177")
    assert uang("(1.500.000)") == Decimal(-1500000)
    assert uang("1.500") == Decimal(1500)  # three digits after the last dot: thousands
    assert uang("12,5") == Decimal("12.5")
    assert uang("") is None and uang(None) is None
    with pytest.raises(ValueError):
        uang("seratus")


def test_urutan_dpa() -> None:
    kode = ["7.01.10", "7.01.02", "X.XX.01", "7.01.02.2.01"]
    assert sorted(kode, key=kunci_kode) == ["7.01.02", "7.01.02.2.01", "7.01.10", "X.XX.01"]


def test_kecamatan_dari_apbd_murni(kosong: Path, tmp_path: Path) -> None:
    """Kecamatan Namlea into a blank workbook: every row of the export's SKPD, in DPA order,
    codes as text, each sub kegiatan's pagu the export's sum; empty pagu empty, with a
    peringatan; the Belanja sheet per rekening, grouped by the code list."""
    buku = _salin(kosong, tmp_path)
    j = lakip("impor-sipd", buku, MURNI, "--skpd", "Kecamatan Namlea", cwd=tmp_path)
    assert j.returncode == 0, j.stderr
    harap = _harapan(MURNI, "Kecamatan Namlea")
    ada = _anggaran(buku)
    assert [r[0] for r in ada] == sorted(harap, key=kunci_kode)
    for kode, jenis, uraian, anggaran, _ in ada:
        assert isinstance(kode, str) and uraian
        assert jenis == harap[kode][0]
        harga = harap[kode][1]
        assert (None if anggaran is None else Decimal(str(anggaran))) == harga, kode
    kosong_pagu = [k for k, (j_, v) in harap.items() if j_ == "Sub Kegiatan" and v is None]
    assert kosong_pagu  # the Kecamatan has sub kegiatan without rincian yet
    for k in kosong_pagu:
        assert f"sub kegiatan {k} belum punya pagu" in j.stdout
    # a PAGU of 0 stays 0 (7.01.01.2.05.0002 has rows whose PAGU is 0)
    nol = [r for r in ada if r[0] == "7.01.01.2.05.0002"]
    assert nol and nol[0][3] == 0
    total = sum(Decimal(r["PAGU"]) for r in _rekap(MURNI, "Kecamatan Namlea") if r["PAGU"])
    assert sum(Decimal(str(r[3])) for r in ada if r[3] is not None) == total
    ws = openpyxl.load_workbook(buku)["Belanja"]
    kol = {c.value: c.column - 1 for c in ws[3] if c.value}
    bel = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[kol["Kode Rekening"]]]
    per_rek: dict[str, Decimal] = {}
    for r in _rekap(MURNI, "Kecamatan Namlea"):
        if r["KODE REKENING"]:
            per_rek[r["KODE REKENING"]] = per_rek.get(r["KODE REKENING"], 0) + Decimal(r["PAGU"])
    assert {r[kol["Kode Rekening"]]: Decimal(str(r[kol["Anggaran"]])) for r in bel} == per_rek
    pegawai = next(r for r in bel if r[kol["Kode Rekening"]].startswith("5.1.01"))
    assert (pegawai[kol["Kelompok"]], pegawai[kol["Jenis"]]) == (
        "Belanja Operasi",
        "Belanja Pegawai",
    )
    # the workbook was recomputed: the program row's Jumlah Anggaran is its sub kegiatan's sum
    wsa = openpyxl.load_workbook(buku, data_only=True)["Anggaran"]
    kol = {c.value: c.column - 1 for c in wsa[3] if c.value}
    prog = next(
        r for r in wsa.iter_rows(min_row=4, values_only=True) if r[kol["Kode"]] == "7.01.01"
    )
    harga_prog = sum(
        v
        for k, (j_, v) in harap.items()
        if k.startswith("7.01.01.") and j_ == "Sub Kegiatan" and v is not None
    )
    assert Decimal(str(prog[kol["Jumlah Anggaran"]])) == harga_prog
    # the same file again: nothing changes, nothing written
    isi = buku.read_bytes()
    j = lakip("impor-sipd", buku, MURNI, "--skpd", "7.01.0.00.0.00.01.0000", cwd=tmp_path)
    assert j.returncode == 0 and "tidak diubah" in j.stdout
    assert buku.read_bytes() == isi


def test_perubahan_menjaga_isian(kosong: Path, tmp_path: Path) -> None:
    """BPBD: murni, then realisasi and an own row typed by staff, then Perubahan 1: pagu
    updated (2.801.899.897 -> 3.191.883.360 in total), the realisasi kept on its code, the own
    row kept, SIPD's placeholder X.XX codes replaced by 1.05.01 ones: the old rows listed."""
    buku = _salin(kosong, tmp_path)
    skpd = "Badan Penanggulangan Bencana Daerah"
    assert lakip("impor-sipd", buku, MURNI, "--skpd", skpd, cwd=tmp_path).returncode == 0
    wb = openpyxl.load_workbook(buku)
    ws = wb["Anggaran"]
    kol = {c.value: c.column for c in ws[3] if c.value}
    baris = {ws.cell(r, kol["Kode"]).value: r for r in range(4, ws.max_row + 1)}
    ketik = "1.05.03.2.01.0003"
    ws.cell(baris[ketik], kol["Realisasi"], 12345678)
    ws.cell(baris["X.XX.01.2.01.0001"], kol["Realisasi"], 500000)
    akhir = max(r for r in baris.values() if r) + 1
    ws.cell(akhir, kol["Jenis"], "Kegiatan")
    ws.cell(akhir, kol["Uraian"], "Kegiatan sendiri tanpa kode")
    wb.save(buku)
    j = lakip("impor-sipd", buku, PERUBAHAN, "--skpd", skpd, cwd=tmp_path)
    assert j.returncode == 0, j.stderr
    ada = {r[0]: r for r in _anggaran(buku) if r[0]}
    harap = _harapan(PERUBAHAN, skpd)
    for kode, (jenis, harga) in harap.items():
        assert ada[kode][1] == jenis
        assert (None if ada[kode][3] is None else Decimal(str(ada[kode][3]))) == harga
    assert sum(
        Decimal(str(r[3])) for r in ada.values() if r[3] is not None and r[0] in harap
    ) == Decimal(3191883360)
    assert ada[ketik][4] == 12345678
    # the placeholder row with a typed realisasi stays (with a peringatan); the others go
    assert "X.XX.01.2.01.0001" in ada
    assert "baris X.XX.01.2.01.0001 tidak ada lagi di SIPD, tetapi punya isian" in j.stdout
    assert "Baris X.XX.01.2.09.0009 tidak ada lagi di SIPD; dihapus" in j.stdout
    assert "X.XX.01.2.09.0009" not in ada
    assert any(r[2] == "Kegiatan sendiri tanpa kode" for r in _anggaran(buku))
    assert "Kegiatan sendiri tanpa kode" in j.stdout
    assert "Pagu " in j.stdout and "->" in j.stdout
    assert (tmp_path / "lkj.cadangan.xlsx").is_file()


def _tulis_rekap(path: Path, kepala: list[str], baris: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet 1"
    ws.append(kepala)
    for b in baris:
        ws.append(b)
    wb.save(path)
    return path


KEPALA = [
    "NO",
    "TAHUN",
    "KODE SKPD",
    "NAMA SKPD",
    "KODE PROGRAM",
    "NAMA PROGRAM",
    "KODE KEGIATAN",
    "NAMA KEGIATAN",
    "KODE SUB KEGIATAN",
    "NAMA SUB KEGIATAN",
    "KODE REKENING",
    "NAMA REKENING",
    "PAGU",
]


def _baris(no: int, tahun: int, program: object = "7.01.02", sub: object = "7.01.02.2.01.0001"):
    return [
        no,
        tahun,
        "7.01.0.00.0.00.01.0000",
        "Kecamatan Uji",
        program,
        "PROGRAM A",
        "7.01.02.2.01",
        "Kegiatan A",
        sub,
        "Sub A",
        "5.1.02.01.01.0024",
        "Belanja ATK",
        1000000,
    ]


@pytest.mark.parametrize(
    ("kasus", "pesan"),
    [
        ("pdf", "adalah cetakan PDF"),
        ("xls", "berformat .xls lama"),
        ("bukan", "bukan ekspor Rekap SIPD-RI"),
        ("kolom", "kolom NAMA SUB KEGIATAN, PAGU tidak ada"),
        ("dua_tahun", "lebih dari satu tahun anggaran (2024, 2025)"),
        ("kode_angka", "sel I2: kolom KODE SUB KEGIATAN berisi angka"),
        ("tanpa_skpd", "Sebutkan SKPD dengan --skpd"),
        ("kode_lain", "sudah berisi baris dengan kode yang tidak ada di SIPD"),
    ],
)
def test_berkas_salah_tidak_mengubah_apa_pun(
    kasus: str, pesan: str, kosong: Path, tmp_path: Path
) -> None:
    buku = _salin(kosong, tmp_path)
    rekap = tmp_path / "rekap.xlsx"
    skpd = ["--skpd", "Kecamatan Uji"]
    if kasus == "pdf":
        rekap = tmp_path / "rekap.pdf"
        rekap.write_bytes(b"%PDF-1.7\n%\xe2\xe3\n")
    elif kasus == "xls":
        rekap = tmp_path / "rekap.xls"
        rekap.write_bytes(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + "Workbook".encode("utf-16-le")
            + b"\0\0"
            + b"\0" * 600
        )
    elif kasus == "bukan":
        shutil.copyfile(kosong, rekap)
    elif kasus == "kolom":
        _tulis_rekap(
            rekap,
            [k for k in KEPALA if k not in ("PAGU", "NAMA SUB KEGIATAN")],
            [_baris(1, 2024)[:9] + _baris(1, 2024)[10:12]],
        )
    elif kasus == "dua_tahun":
        _tulis_rekap(rekap, KEPALA, [_baris(1, 2024), _baris(2, 2025)])
    elif kasus == "kode_angka":
        _tulis_rekap(rekap, KEPALA, [_baris(1, 2024, sub=7.01)])
    elif kasus == "tanpa_skpd":
        _tulis_rekap(rekap, KEPALA, [_baris(1, 2024)])
        skpd = []
    elif kasus == "kode_lain":
        _tulis_rekap(rekap, KEPALA, [_baris(1, 2024)])
        wb = openpyxl.load_workbook(buku)
        wb["Anggaran"]["A4"], wb["Anggaran"]["B4"], wb["Anggaran"]["C4"] = (
            "1.02.02",
            "Program",
            "Program dinas lain",
        )
        wb.save(buku)
    isi = buku.read_bytes()
    j = lakip("impor-sipd", buku, rekap, *skpd, cwd=tmp_path)
    assert j.returncode == 1, j.stdout
    assert pesan in j.stderr and "Traceback" not in j.stderr
    assert len(j.stderr.strip().splitlines()) == 1
    assert buku.read_bytes() == isi
    assert not (tmp_path / "lkj.cadangan.xlsx").exists()


def test_kode_program_jadi_angka_dipulihkan(kosong: Path, tmp_path: Path) -> None:
    """A program code that Excel turned into a number (7.01 -> 7.01 float) is rebuilt from
    the sub kegiatan's code text: the first three segments."""
    buku = _salin(kosong, tmp_path)
    rekap = _tulis_rekap(tmp_path / "rekap.xlsx", KEPALA, [_baris(1, 2024, program=7.01)])
    j = lakip("impor-sipd", buku, rekap, "--skpd", "Kecamatan Uji", cwd=tmp_path)
    assert j.returncode == 0, j.stderr
    assert [r[:2] for r in _anggaran(buku)] == [
        ("7.01.02", "Program"),
        ("7.01.02.2.01", "Kegiatan"),
        ("7.01.02.2.01.0001", "Sub Kegiatan"),
    ]


def test_skpd_salah_ketik_disarankan(kosong: Path, tmp_path: Path) -> None:
    buku = _salin(kosong, tmp_path)
    isi = buku.read_bytes()
    j = lakip("impor-sipd", buku, MURNI, "--skpd", "Kecamatan Air Buya", cwd=tmp_path)
    assert j.returncode == 1
    assert "SKPD 'Kecamatan Air Buya' tidak ada" in j.stderr
    assert "(maksudnya 'Kecamatan Air Buaya'?)" in j.stderr
    assert "7.01.0.00.0.00.02.0000 Kecamatan Air Buaya" in j.stderr
    assert buku.read_bytes() == isi


def test_buku_terbuka_ditolak(kosong: Path, tmp_path: Path) -> None:
    buku = _salin(kosong, tmp_path)
    (tmp_path / ".~lock.lkj.xlsx#").write_text("x")
    isi = buku.read_bytes()
    j = lakip("impor-sipd", buku, MURNI, "--skpd", "Kecamatan Namlea", cwd=tmp_path)
    assert j.returncode == 1 and "sedang dibuka" in j.stderr
    assert buku.read_bytes() == isi
    with zipfile.ZipFile(buku) as z:
        assert z.testzip() is None


def _tulis_lra(path: Path, baris: list[list]) -> Path:
    """An LRA per sub kegiatan as Penatausahaan prints it: a title, a two-row header area,
    money as text in both styles, a total row, a program line without realisasi."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN"])
    ws.append([])
    ws.append(["No", "Kode Sub Kegiatan", "Uraian", "Anggaran", "Realisasi (Rp)"])
    for b in baris:
        ws.append(b)
    ws.append([None, "JUMLAH", None, None, "999.999.999,00"])
    wb.save(path)
    return path


def test_realisasi_menurut_kode(kosong: Path, tmp_path: Path) -> None:
    """Realisasi from an LRA: '190,754,000.00' and '190.754.000,00' read alike, a code with
    other segment widths (7.1.1.2.2.1) matches 7.01.01.2.02.0001, a program code is rolled up
    (not typed), a code the workbook lacks is named, the serapan computed: 1.500.000 of the
    0001 sub kegiatan's 1.773.764.355 pagu is 0,08 %."""
    buku = _salin(kosong, tmp_path)
    assert (
        lakip("impor-sipd", buku, MURNI, "--skpd", "Kecamatan Namlea", cwd=tmp_path).returncode == 0
    )
    lra = _tulis_lra(
        tmp_path / "lra.xlsx",
        [
            [1, "7.01.01", "PROGRAM PENUNJANG", None, "1,500,000.00"],
            [2, "7.1.1.2.2.1", "Penyediaan Gaji", None, "1.500.000,00"],
            [3, "7.01.03.2.01.0001", "Sub", None, "(0)"],
            [4, "9.99.99.2.01.0001", "Bukan milik kantor ini", None, 250000],
        ],
    )
    j = lakip("impor-realisasi", buku, lra, cwd=tmp_path)
    assert j.returncode == 0, j.stderr
    assert "Realisasi diisi pada 2 baris" in j.stdout
    assert "1 kode program/kegiatan dilewati" in j.stdout
    assert "kode 9.99.99.2.01.0001 di berkas realisasi tidak ada di sheet Anggaran" in j.stdout
    ada = {r[0]: r for r in _anggaran(buku)}
    assert ada["7.01.01.2.02.0001"][4] == 1500000
    assert ada["7.01.03.2.01.0001"][4] == 0
    assert ada["7.01.01"][4] is None
    ws = openpyxl.load_workbook(buku, data_only=True)["Anggaran"]
    kol = {c.value: c.column - 1 for c in ws[3] if c.value}
    sub = next(r for r in ws.iter_rows(min_row=4, values_only=True) if r[0] == "7.01.01.2.02.0001")
    # 1.500.000 / 1.773.764.355 x 100 = 0,0845... -> 0,08
    assert round(Decimal(str(sub[kol["Serapan (%)"]])), 2) == Decimal("0.08")


def test_realisasi_tanpa_kolom_dikenal_ditolak(kosong: Path, tmp_path: Path) -> None:
    buku = _salin(kosong, tmp_path)
    wb = openpyxl.Workbook()
    wb.active.append(["Nomor", "Uraian", "Nilai"])
    wb.active.append(["7.01.01", "x", 5])
    wb.save(tmp_path / "lain.xlsx")
    isi = buku.read_bytes()
    j = lakip("impor-realisasi", buku, tmp_path / "lain.xlsx", cwd=tmp_path)
    assert j.returncode == 1 and "sebutkan judulnya dengan --kolom KODE REALISASI" in j.stderr
    assert buku.read_bytes() == isi
    j = lakip(
        "impor-realisasi", buku, tmp_path / "lain.xlsx", "--kolom", "Nomor", "Nilai", cwd=tmp_path
    )
    assert j.returncode == 0 and "kode 7.01.01 di berkas realisasi tidak ada" in j.stdout
