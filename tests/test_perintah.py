"""The commands as a user runs them (subprocesses): nothing overwritten or lost unasked, one
verdict in periksa, hitung and laporan, Indonesian to the last message, any path a user types."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from conftest import AKAR

from lakip_xl.buku import layout as L
from lakip_xl.buku.kunci import pemilik_kunci
from lakip_xl.libreoffice import konversi, tetap

TANDA_ASING = (
    "Traceback",
    "Galat tak terduga",
    "Errno",
    "No such file",
    "Permission denied",
    "Is a directory",
    "is not a",
    "Error",
)
"""Text that must never reach a user: tracebacks, English messages of Python or libraries."""


def lakip(
    *argumen: str | Path, cwd: Path | None = None, sebagai_lain: bool = False, batas: float = 240
) -> subprocess.CompletedProcess[str]:
    """`lakip ARGUMEN...` as a user runs it; `sebagai_lain`: as an unprivileged user (root
    reads and writes anything, so permission cases need another user)."""
    awal: list[str] = []
    env = dict(os.environ)
    rumah = None  # the other user's HOME, removed afterwards
    if sebagai_lain and os.geteuid() == 0:
        awal = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        env["HOME"] = rumah = tempfile.mkdtemp(prefix="lakip-home-")
        os.chmod(rumah, 0o777)
    try:
        hasil = subprocess.run(
            [*awal, sys.executable, "-m", "lakip_xl.cli", *map(str, argumen)],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=batas,
            env=env,
            check=False,
        )
    finally:
        if rumah is not None:
            shutil.rmtree(rumah, ignore_errors=True)
    for tanda in TANDA_ASING:
        assert tanda not in hasil.stdout + hasil.stderr, (argumen, hasil.stdout, hasil.stderr)
    return hasil


def _isi_profil(path: Path, **nilai: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Profil"]
    for r in range(1, ws.max_row + 1):
        label = ws.cell(r, 1).value
        if label in nilai:
            ws.cell(r, 2).value = nilai[label]
    wb.save(path)


def _isi_tabel(path: Path, sheet: str, baris: list[dict[str, object]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    kolom = {c.value: c.column for c in ws[3] if c.value}
    for i, data in enumerate(baris, start=4):
        for judul, v in data.items():
            ws.cell(i, kolom[judul]).value = v
    wb.save(path)


@pytest.fixture(scope="module")
def buku_kecil(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second office typed into a blank workbook: Profil, one indikator, one program."""
    p = tmp_path_factory.mktemp("kecil") / "dinas-uji-2025.xlsx"
    assert lakip("baru", "-o", p, "--tahun", "2025").returncode == 0
    _isi_profil(p, **{"Nama Instansi": "Dinas Uji", "Pemerintah Daerah": "Kabupaten Uji"})
    _isi_tabel(
        p,
        "Indikator",
        [
            {
                "Kode": "SS-1",
                "Tingkat": "Sasaran Strategis",
                "Indikator Kinerja": "Persentase layanan tepat waktu",
                "Satuan": "%",
                "Polaritas": "Positif",
                "Target": 80,
                "Realisasi": 72,
            }
        ],
    )
    _isi_tabel(
        p,
        "Anggaran",
        [
            {
                "Kode": "1",
                "Jenis": "Program",
                "Uraian": "Program Uji",
                "Anggaran": 1000,
                "Realisasi": 900,
            }
        ],
    )
    return p


@pytest.fixture
def buku(buku_kecil: Path, tmp_path: Path) -> Path:
    p = tmp_path / buku_kecil.name
    shutil.copyfile(buku_kecil, p)
    return p


# --- nothing overwritten without asking ---------------------------------------------------


def test_laporan_tidak_menimpa_tanpa_timpa(buku: Path) -> None:
    laporan = buku.with_name("laporan.docx")
    assert lakip("laporan", buku, "-o", laporan).returncode == 0
    laporan.write_bytes(b"disunting tangan")  # edited by hand after it was generated
    j = lakip("laporan", buku, "-o", laporan)
    assert j.returncode == 1
    assert "sudah ada; pakai --timpa" in j.stderr
    assert laporan.read_bytes() == b"disunting tangan"
    j = lakip("laporan", buku, "-o", laporan, "--timpa")
    assert j.returncode == 0, j.stderr
    assert zipfile.is_zipfile(laporan)


# The lock files Word and LibreOffice leave beside an open document. Word drops the first
# characters of long names: "laporan.docx" (7-letter stem) -> "~$aporan.docx",
# "laporan-dinas.docx" (13) -> "~$poran-dinas.docx"; Excel keeps the whole name.
KUNCI = [
    ("laporan-dinas.docx", ".~lock.laporan-dinas.docx#", "LibreOffice"),
    ("lap.docx", "~$lap.docx", "Word"),
    ("laporan.docx", "~$aporan.docx", "Word"),
    ("laporan-dinas.docx", "~$poran-dinas.docx", "Word"),
]


@pytest.mark.parametrize(("nama", "kunci", "program"), KUNCI, ids=[k for _, k, _ in KUNCI])
def test_laporan_yang_sedang_dibuka_tidak_ditimpa(
    buku: Path, nama: str, kunci: str, program: str
) -> None:
    laporan = buku.with_name(nama)
    laporan.write_bytes(b"dibuka di Word")
    (buku.parent / kunci).write_bytes(b"")
    j = lakip("laporan", buku, "-o", laporan, "--timpa")  # not even with --timpa
    assert j.returncode == 1
    assert f"Berkas '{nama}' sedang dibuka di {program}" in j.stderr
    assert laporan.read_bytes() == b"dibuka di Word"


def test_kunci_word_nama_pendek_tidak_salah_sangka(tmp_path: Path) -> None:
    # only the names Word and Excel really write count: two characters dropped from a stem of
    # 8 or more, one from a stem of 7, none from a shorter one
    (tmp_path / "~$poran-dinas.docx").write_bytes(b"")
    assert pemilik_kunci(tmp_path / "laporan-dinas.docx") == "Word"
    assert pemilik_kunci(tmp_path / "aporan-dinas.docx") is None
    (tmp_path / "~$aporan.docx").write_bytes(b"")
    assert pemilik_kunci(tmp_path / "laporan.docx") == "Word"
    assert pemilik_kunci(tmp_path / "lap.docx") is None
    assert pemilik_kunci(tmp_path / "buku.xlsx") is None
    (tmp_path / "~$buku.xlsx").write_bytes(b"")
    assert pemilik_kunci(tmp_path / "buku.xlsx") == "Excel"


@pytest.mark.parametrize(
    ("kunci", "program"),
    [
        (".~lock.dinas-uji-2025.xlsx#", "LibreOffice"),
        ("~$dinas-uji-2025.xlsx", "Excel"),
        ("~$nas-uji-2025.xlsx", "Excel"),  # Word's truncated style, also seen for workbooks
    ],
)
def test_hitung_dan_laporan_satu_putusan_atas_berkas_kunci(
    buku: Path, kunci: str, program: str
) -> None:
    """hitung refuses a workbook open in a program; laporan refuses a report open in one: by
    the same lock files (`buku.kunci`)."""
    (buku.parent / kunci).write_bytes(b"")
    asli = buku.read_bytes()
    j = lakip("hitung", buku)
    assert j.returncode == 1
    assert f"sedang dibuka di {program}" in j.stderr
    assert buku.read_bytes() == asli
    # periksa only reads: it goes on, saying the saved version is what it read
    j = lakip("periksa", buku)
    assert j.returncode == 0
    assert f"dibuka di {program}: yang dibaca adalah versi yang terakhir disimpan" in j.stderr
    laporan = buku.with_name(buku.name.replace(".xlsx", ".docx"))
    laporan.write_bytes(b"lama")
    (buku.parent / kunci.replace(".xlsx", ".docx")).write_bytes(b"")
    j = lakip("laporan", buku, "-o", laporan, "--timpa")
    assert j.returncode == 1
    assert "sedang dibuka di" in j.stderr
    assert laporan.read_bytes() == b"lama"


def test_tombol_buat_laporan_menyimpan_laporan_lama(buku: Path) -> None:
    """The Buat Laporan button (any engine) keeps the previous report and says where."""
    from lakip_xl import tombol
    from lakip_xl.buku.baca_xml import baca_grid

    lama = buku.with_name(f"laporan-{buku.stem}.docx")
    lama.write_bytes(b"laporan lama yang disunting")
    lembar = tombol.LembarGrid(baca_grid(buku), buku)
    berkas = tombol.buat_laporan(lembar)
    assert berkas == [lama]
    cadangan = buku.with_name(f"laporan-{buku.stem}.sebelumnya.docx")
    assert cadangan.read_bytes() == b"laporan lama yang disunting"
    assert zipfile.is_zipfile(lama)
    teks, galat = lembar.pesan_pesan[-1]
    assert not galat
    assert f"Laporan sebelumnya disimpan sebagai {cadangan}" in teks
    # open in Word: nothing is moved or written, the message says so
    (buku.parent / f"~$poran-{buku.stem}.docx").write_bytes(b"")
    isi = lama.read_bytes()
    lembar = tombol.LembarGrid(baca_grid(buku), buku)
    assert tombol.buat_laporan(lembar) == []
    assert "sedang dibuka di Word" in lembar.pesan_pesan[-1][0]
    assert lama.read_bytes() == isi
    assert cadangan.read_bytes() == b"laporan lama yang disunting"


def test_tombol_laporan_gagal_mengembalikan_laporan_lama(buku: Path) -> None:
    from lakip_xl import tombol
    from lakip_xl.buku.baca_xml import baca_grid

    lama = buku.with_name(f"laporan-{buku.stem}.docx")
    lama.write_bytes(b"lama")
    grid = baca_grid(buku)
    target = grid["Indikator"][2].index("Target")
    grid["Indikator"][3][target] = "delapan puluh"  # Target as text: a galat, no report
    lembar = tombol.LembarGrid(grid, buku)
    assert tombol.buat_laporan(lembar) == []
    assert lama.read_bytes() == b"lama"
    assert not buku.with_name(f"laporan-{buku.stem}.sebelumnya.docx").exists()


# --- nothing typed left out unnamed ---------------------------------------------------------


def _periksa(path: Path) -> tuple[int, str]:
    j = lakip("periksa", path)
    return j.returncode, j.stdout


def test_bagian_narasi_tidak_dikenal_disebut_dengan_selnya(buku: Path) -> None:
    _isi_tabel(
        buku,
        "Narasi",
        [
            {"Bagian": "Pengantar", "Teks": "Puji syukur ..."},  # typed for "Kata Pengantar"
            {"Bagian": "kata pengantar", "Teks": "Dengan hormat ..."},  # case: accepted
            {"Bagian": "Analisis Seksi Tidak Ada", "Teks": "Analisis ..."},
        ],
    )
    _isi_tabel(buku, "Gambar", [{"Bagian": "Kata Pengantar", "Berkas": "x.png", "Keterangan": "k"}])
    kode, keluar = _periksa(buku)
    assert kode == 0
    assert (
        "Peringatan - Sheet 'Narasi' sel A4: Bagian 'Pengantar' tidak dikenal (maksudnya "
        "'Kata Pengantar'?), jadi baris ini tidak masuk laporan" in keluar
    )
    assert "sel A5" not in keluar
    assert "Sheet 'Narasi' sel A6: Bagian 'Analisis Seksi Tidak Ada' tidak dikenal" in keluar
    assert "Sheet 'Gambar' sel A4: bagian 'Kata Pengantar' hanya memuat teks" in keluar
    assert "Sheet 'Gambar' sel B4: berkas gambar 'x.png' tidak ditemukan" in keluar


def test_bagian_dropdown_dan_petunjuk(buku: Path) -> None:
    wb = openpyxl.load_workbook(buku)
    petunjuk = [c.value for c in wb["Petunjuk"]["A"]]
    for sheet in ("Narasi", "Gambar"):
        dv = [d for d in wb[sheet].data_validations.dataValidation if "A4" in str(d.sqref)]
        assert len(dv) == 1 and dv[0].type == "list"
        # the list is the Petunjuk cells that hold the sections, one per row, in report order
        rentang = dv[0].formula1.split("!")[1].replace("$", "")
        awal, akhir = (int(x[1:]) for x in rentang.split(":"))
        assert petunjuk[awal - 1 : akhir] == list(L.BAGIAN_NARASI)
        assert dv[0].showErrorMessage is False  # "Analisis <unit>" may be typed
    assert "BAGIAN LAPORAN" in petunjuk


def test_isi_yang_tidak_dibaca_disebut(buku: Path) -> None:
    wb = openpyxl.load_workbook(buku)
    wb.create_sheet("Catatan Camat")["B3"] = "angka ini penting"
    wb["Indikator"].cell(3, 60).value = "Target Perubahan"
    wb["Indikator"].cell(4, 60).value = 85
    wb["Anggaran"].cell(5, 61).value = "tanpa judul"
    wb["Profil"].cell(40, 1).value = "Nama Sekretaris"
    wb["Profil"].cell(40, 2).value = "Budi"
    tt = wb.create_sheet("Tabel Bansos")
    tt["A1"], tt["B1"], tt["A2"], tt["B2"] = "Judul", "Penerima Bansos", "Bagian", "Lampirann"
    tt["A4"], tt["A5"], tt["C6"] = "Desa", "Panyipatan", 12  # C6: right of the last header
    wb.save(buku)
    kode, keluar = _periksa(buku)
    assert kode == 0
    assert "Sheet 'Catatan Camat' sel B3: sheet 'Catatan Camat' tidak dikenal" in keluar
    assert (
        "Sheet 'Indikator' sel BH4: kolom 'Target Perubahan' (kolom BH) tidak dikenal" in keluar
    )
    assert "Sheet 'Anggaran' sel BI5: kolom BI berisi data tetapi tidak punya judul" in keluar
    assert "Sheet 'Profil' sel B40: isian 'Nama Sekretaris' tidak dikenal" in keluar
    assert "Sheet 'Tabel Bansos' sel B2: Bagian 'Lampirann' tidak dikenal" in keluar
    assert "Sheet 'Tabel Bansos' sel C6: sel ini berisi data di kanan kolom terakhir" in keluar


# --- one verdict ------------------------------------------------------------------------------


def test_buku_kosong_satu_putusan(tmp_path: Path) -> None:
    """A blank workbook: periksa says galat for what laporan refuses for; hitung writes the
    computed cells and exits 0 with the galat listed; the Ringkasan says 'belum diisi'."""
    p = tmp_path / "kosong.xlsx"
    assert lakip("baru", "-o", p).returncode == 0
    kode, keluar = _periksa(p)
    assert kode == 1
    assert "GALAT - Sheet 'Profil' sel B4: 'Nama Instansi' belum diisi" in keluar
    assert "GALAT - Sheet 'Profil' sel B7: 'Tahun' belum diisi" in keluar
    assert "Peringatan - Sheet 'Anggaran': sheet Anggaran belum diisi" in keluar
    j = lakip("laporan", p)
    assert j.returncode == 1 and "Nama Instansi" in j.stderr
    assert not p.with_name("laporan-kosong.docx").exists()
    j = lakip("hitung", p)
    assert j.returncode == 0
    assert "2 galat" in j.stdout
    ringkasan = {r[0]: r[1] for r in openpyxl.load_workbook(p)["Ringkasan"].values if r[0]}
    assert ringkasan["Total anggaran program/kegiatan (Rp)"] == "belum diisi"
    assert ringkasan["Serapan anggaran (%)"] == "belum diisi"
    _isi_profil(p, **{"Nama Instansi": "Dinas Kosong", "Tahun": 2025})
    assert _periksa(p)[0] == 0
    j = lakip("laporan", p)
    assert j.returncode == 0, j.stderr
    assert "sheet Anggaran belum diisi" in j.stderr


def test_kolom_wajib_ditandai(buku: Path) -> None:
    from lakip_xl.buku.xlsx import TEKS_WAJIB, TEKS_WAJIB_PROFIL

    wb = openpyxl.load_workbook(buku)
    for t in L.TABEL:
        ws = wb[t.nama]
        for c in ws[t.baris_judul]:
            k = next((k for k in t.kolom if k.judul == c.value), None)
            if k is None:
                continue
            wajib = c.fill.fgColor.rgb == L.WARNA.wajib
            assert wajib == k.wajib, (t.nama, k.judul)
            assert (c.comment is not None and c.comment.text.startswith(TEKS_WAJIB)) == k.wajib
    ws = wb["Profil"]
    for r in range(4, ws.max_row + 1):
        i = next((i for i in L.PROFIL.isian if i.judul == ws.cell(r, 1).value), None)
        if i is not None:
            assert (ws.cell(r, 1).comment is not None) == i.wajib
            if i.wajib:
                assert ws.cell(r, 1).comment.text == TEKS_WAJIB_PROFIL
    # the report needs Nama Instansi and Tahun; the rest of Profil only shows empty places
    assert [i.judul for i in L.PROFIL.isian if i.wajib] == ["Nama Instansi", "Tahun"]
    petunjuk = "\n".join(str(c.value) for c in wb["Petunjuk"]["A"] if c.value)
    assert "Indikator Kinerja (wajib)" in petunjuk and "Nama Instansi (wajib)" in petunjuk


def test_renstra_mengikuti_periode(tmp_path: Path) -> None:
    p = tmp_path / "renstra.xlsx"
    assert lakip("baru", "-o", p, "--tahun", "2020", "--renstra", "2016-2021").returncode == 0
    wb = openpyxl.load_workbook(p)
    kepala = [c.value for c in wb["Tujuan Sasaran"][3] if c.value]
    assert [k for k in kepala if k.startswith("Target 2")] == [
        f"Target {t}" for t in range(2016, 2022)
    ]
    assert wb["Profil"]["B13"].value == "2016-2021"
    kode, keluar = _periksa(p)
    assert kode == 1  # the blank workbook has no Nama Instansi
    assert "Periode Renstra" not in keluar
    _isi_profil(p, **{"Nama Instansi": "Dinas Renstra", "Periode Renstra": "2021-2026"})
    kode, keluar = _periksa(p)
    assert kode == 0  # a warning: the report goes on
    assert (
        "Peringatan - Sheet 'Profil' sel B13: Periode Renstra 2021-2026 tidak cocok dengan kolom "
        "Target per tahun di sheet Tujuan Sasaran: tidak ada kolom 'Target 2022', 'Target 2023', "
        "'Target 2024', 'Target 2025', 'Target 2026'; kolom 'Target 2016', 'Target 2017', "
        "'Target 2018', 'Target 2019', 'Target 2020' di luar periode" in keluar
    )
    j = lakip("baru", "-o", tmp_path / "x.xlsx", "--renstra", "2016")
    assert j.returncode == 2 and "nilai '2016' tidak sah" in j.stderr


# --- any path a user may type -----------------------------------------------------------------


@pytest.fixture
def folder_bersama(buku: Path) -> Iterator[Path]:
    """A folder another user can enter: `buku.xlsx` readable by all, `rahasia.xlsx` readable by
    no one but root, `hanya-baca/` a folder no one but root may write into."""
    d = Path(tempfile.mkdtemp(prefix="lakip-jalur-"))
    os.chmod(d, 0o777)
    shutil.copyfile(buku, d / "buku.xlsx")
    os.chmod(d / "buku.xlsx", 0o644)
    shutil.copyfile(buku, d / "rahasia.xlsx")
    os.chmod(d / "rahasia.xlsx", 0o000)
    (d / "hanya-baca").mkdir()
    shutil.copyfile(buku, d / "hanya-baca" / "buku.xlsx")
    os.chmod(d / "hanya-baca" / "buku.xlsx", 0o444)
    os.chmod(d / "hanya-baca", 0o555)
    (d / "templat-palsu.docx").write_text("bukan dokumen Word", encoding="utf-8")
    (d / "catatan.txt").write_text("Nama Instansi;Tahun\n", encoding="utf-8")
    yield d
    os.chmod(d / "hanya-baca", 0o755)
    shutil.rmtree(d)


BACA = [
    # (arguments with {d} for the folder, what the message says)
    (("periksa", "{d}/tidak-ada.xlsx"), "tidak ditemukan"),
    (("hitung", "{d}/tidak-ada.xlsx"), "tidak ditemukan"),
    (("laporan", "{d}/tidak-ada.xlsx"), "tidak ditemukan"),
    (("tombol-libreoffice", "{d}/tidak-ada.xlsx"), "tidak ditemukan"),
    (("periksa-template", "{d}/tidak-ada.docx"), "tidak ditemukan"),
    (("laporan", "{d}/buku.xlsx", "--template", "{d}/tidak-ada.docx"), "tidak ditemukan"),
    (("periksa", "{d}"), "adalah folder"),
    (("hitung", "{d}"), "adalah folder"),
    (("laporan", "{d}"), "adalah folder"),
    (("tombol-libreoffice", "{d}"), "adalah folder"),
    (("periksa", "{d}/catatan.txt"), "bukan buku kerja"),
    (("hitung", "{d}/catatan.txt"), "bukan buku kerja"),
    (("laporan", "{d}/catatan.txt"), "bukan buku kerja"),
    (("periksa-template", "{d}/templat-palsu.docx"), "bukan dokumen Word"),
    (("laporan", "{d}/buku.xlsx", "--template", "{d}/templat-palsu.docx"), "bukan dokumen Word"),
    (("periksa", "{d}/rahasia.xlsx"), "izin ditolak"),
    (("hitung", "{d}/rahasia.xlsx"), "hanya-baca"),  # refused before reading: not writable
    (("laporan", "{d}/rahasia.xlsx"), "izin ditolak"),
    (("baru", "-o", "{d}/hanya-baca/baru.xlsx"), "izin ditolak"),
    (("contoh", "-o", "{d}/hanya-baca/contoh.xlsx"), "izin ditolak"),
    (("templat", "-o", "{d}/hanya-baca/templat.docx"), "izin ditolak"),
    (("laporan", "{d}/buku.xlsx", "-o", "{d}/hanya-baca/lap.docx"), "izin ditolak"),
    (("hitung", "{d}/hanya-baca/buku.xlsx"), "hanya-baca"),
    (("pasang-libreoffice", "--profil", "{d}/hanya-baca/profil"), "izin ditolak"),
    (("triwulan", "{d}/tidak-ada.xlsx"), "tidak ditemukan"),
    (("triwulan", "{d}"), "adalah folder"),
    (("triwulan", "{d}/rahasia.xlsx"), "izin ditolak"),
    (("rencana-aksi", "{d}/tidak-ada.xlsx"), "tidak ditemukan"),
    (("rencana-aksi", "{d}/catatan.txt"), "bukan buku kerja"),
    (("rencana-aksi", "{d}/rahasia.xlsx"), "izin ditolak"),
    (("reviu", "{d}/tidak-ada.docx"), "tidak ditemukan"),
    # a folder is reviewed document by document: refused when it holds none, and a kertas
    # kerja it cannot write is said before any document is read
    (("reviu", "{d}/hanya-baca"), "tidak berisi laporan .docx, .docm atau .pdf"),
    (("reviu", "{d}", "-o", "{d}/hanya-baca/r.xlsx"), "izin ditolak"),
    (("renstra", "{d}/tidak-ada.xlsx", "--periode", "2021-2026"), "tidak ditemukan"),
    (("renstra", "{d}/catatan.txt", "--periode", "2021-2026"), "bukan buku kerja"),
    (("renstra", "{d}/rahasia.xlsx", "--periode", "2021-2026"), "izin ditolak"),
    (
        ("renstra", "{d}/buku.xlsx", "--periode", "2021-2026", "-o", "{d}/hanya-baca/r.xlsx"),
        "izin ditolak",
    ),
]


@pytest.mark.parametrize(("argumen", "pesan"), BACA, ids=[" ".join(a) for a, _ in BACA])
def test_jalur_salah_hilang_terkunci_hanya_baca(
    folder_bersama: Path, argumen: tuple[str, ...], pesan: str
) -> None:
    """Wrong, missing, unreadable and read-only paths: one Indonesian sentence, exit 1, nothing
    changed and nothing left behind (run as an unprivileged user: root may read anything)."""
    d = folder_bersama
    sebelum = {p: p.stat().st_mtime_ns for p in d.rglob("*")}
    j = lakip(*(a.format(d=d) for a in argumen), cwd=d, sebagai_lain=True)
    assert j.returncode == 1, (j.stdout, j.stderr)
    assert j.stderr.startswith("Galat: ") and pesan in j.stderr, j.stderr
    assert ".tmp" not in j.stderr  # the user's names, not helper files
    assert {p: p.stat().st_mtime_ns for p in d.rglob("*")} == sebelum


KELUARAN = [
    (("baru", "-o", "{d}"), "adalah folder; tulis nama berkasnya"),
    (("baru", "-o", "{d}", "--timpa"), "adalah folder; tulis nama berkasnya"),
    (("contoh", "-o", "{d}", "--timpa"), "adalah folder; tulis nama berkasnya"),
    (("templat", "-o", "{d}", "--timpa"), "adalah folder; tulis nama berkasnya"),
    (("laporan", "{b}", "-o", "{d}", "--timpa"), "adalah folder; tulis nama berkasnya"),
    (("baru", "-o", "{d}/buku.txt"), "Nama berkas 'buku.txt' harus berakhiran .xlsx, .xlsm atau"),
    (("contoh", "-o", "{d}/contoh.xls"), "harus berakhiran .xlsx, .xlsm atau .ods"),
    (("templat", "-o", "{d}/t.dotx"), "harus berakhiran .docx"),
    (("laporan", "{b}", "-o", "{d}/l.pdf"), "harus berakhiran .docx"),
    (("tombol-libreoffice", "{b}", "-o", "{d}/b.xlsx"), "harus berakhiran .ods"),
    (("tombol-libreoffice", "{b}", "-o", "{d}", "--timpa"), "adalah folder; tulis nama berkasnya"),
    (("renstra", "{b}", "--periode", "2021-2026", "-o", "{d}"), "adalah folder; tulis nama"),
    (("renstra", "{b}", "--periode", "2021-2026", "-o", "{d}/r.ods"), "harus berakhiran .xlsx"),
]


@pytest.mark.parametrize(("argumen", "pesan"), KELUARAN, ids=[" ".join(a) for a, _ in KELUARAN])
def test_keluaran_folder_atau_akhiran_salah(
    buku: Path, tmp_path: Path, argumen: tuple[str, ...], pesan: str
) -> None:
    d = tmp_path / "keluaran"
    d.mkdir()
    j = lakip(*(a.format(d=d, b=buku) for a in argumen), cwd=tmp_path)
    assert j.returncode == 1
    assert pesan in j.stderr
    assert j.stderr.count("\n") == 1  # one sentence
    assert list(d.iterdir()) == []  # no hidden .NAME.tmp left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([buku.name, "keluaran"])


# --- LibreOffice: relative paths, .ods workbooks, the PDF --------------------------------------


def test_ods_dengan_jalur_relatif(buku: Path) -> None:
    """The README's own examples, typed in the workbook's folder: relative names."""
    d = buku.parent
    j = lakip("baru", "-o", "x.ods", "--tahun", "2025", cwd=d)
    assert j.returncode == 0, j.stderr
    j = lakip("tombol-libreoffice", buku.name, cwd=d)
    assert j.returncode == 0, j.stderr
    ods = buku.with_suffix(".ods")
    with zipfile.ZipFile(ods) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        assert "lakip.py$HitungUlang" in z.read("content.xml").decode()
    assert sorted(p.name for p in d.iterdir()) == sorted([buku.name, "x.ods", ods.name])
    # the .ods is read by periksa and laporan (through LibreOffice) and never written
    asli = ods.read_bytes()
    j = lakip("periksa", ods.name, cwd=d)
    assert j.returncode == 0, j.stdout + j.stderr
    assert f"Tidak ada galat di {ods.name}" in j.stdout
    j = lakip("laporan", ods.name, cwd=d)
    assert j.returncode == 0, j.stderr
    laporan = d / f"laporan-{buku.stem}.docx"
    with zipfile.ZipFile(laporan) as z:
        assert "Dinas Uji" in z.read("word/document.xml").decode()
    # hitung says exactly how to go on
    j = lakip("hitung", ods.name, cwd=d)
    assert j.returncode == 1
    assert "File &gt; Simpan Sebagai" not in j.stderr
    assert "Hitung Ulang" in j.stderr and "'Excel 2007-365 (.xlsx)'" in j.stderr
    assert ods.read_bytes() == asli


def test_contoh_ods_relatif(tmp_path: Path) -> None:
    j = lakip("contoh", "-o", "c.ods", cwd=tmp_path)
    assert j.returncode == 0, j.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.ods"]


def _anak(pid: int) -> list[int]:
    """The running children of process `pid` (from /proc)."""
    hasil = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            bagian = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(bagian[1]) == pid and bagian[0] not in ("Z", "X"):
            hasil.append(int(stat.parent.name))
    return hasil


def test_laporan_pdf_langkah_demi_langkah_dan_ctrl_c(buku: Path) -> None:
    """--pdf says each step as it goes; Ctrl-C during the PDF names the .docx as finished.
    The interrupted run starts its own LibreOffice (not the shared one: the signal must reach
    the CLI while its own office converts)."""
    proses = subprocess.Popen(
        [sys.executable, "-m", "lakip_xl.cli", "laporan", buku.name, "--pdf"],
        cwd=buku.parent,
        env={k: v for k, v in os.environ.items() if k != tetap.VAR},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proses.stdout is not None
    baris: list[str] = []
    for b in proses.stdout:
        baris.append(b.rstrip("\n"))
        if b.startswith("Mengubah"):
            # interrupt while LibreOffice runs: once the CLI has started it (a fixed pause raced
            # a conversion finishing within the pause on a quiet machine)
            batas = time.monotonic() + 60
            while not _anak(proses.pid) and time.monotonic() < batas:
                time.sleep(0.05)
            time.sleep(0.3)
            proses.send_signal(signal.SIGINT)
            break
    keluar, galat = proses.communicate(timeout=120)
    baris += keluar.splitlines()
    docx = f"laporan-{buku.stem}.docx"
    assert baris[:5] == [
        f"Membaca {buku.name} ...",
        "Menghitung capaian, serapan dan IKM ...",
        f"Menulis {docx} ...",
        f"Laporan dibuat: {docx}",
        f"Mengubah {docx} ke PDF dengan LibreOffice ...",
    ]
    assert proses.returncode == 130
    assert f"Dibatalkan. Yang sudah selesai dibuat: {docx}." in galat
    assert "Traceback" not in galat
    assert sorted(p.name for p in buku.parent.iterdir()) == sorted([buku.name, docx])
    # uninterrupted: both files, in that order, each named as it is finished
    j = lakip("laporan", buku.name, "--pdf", "--timpa", cwd=buku.parent)
    assert j.returncode == 0, j.stderr
    assert j.stdout.splitlines()[-1] == f"Laporan dibuat: laporan-{buku.stem}.pdf"
    assert buku.with_name(f"laporan-{buku.stem}.pdf").read_bytes().startswith(b"%PDF")


def test_wheel_terpasang_di_venv_baru(tmp_path: Path) -> None:
    """README's install steps: scripts/buat-wheel.sh builds dist/lakip_xl-<versi>-py3-none-any.whl
    from the last commit; it installs into a fresh virtualenv and `lakip --version` runs.
    (The dependencies come from the package index with a plain `pip install WHEEL`; here the
    wheel alone is installed, --no-deps, so the test needs no network for them.)"""
    from lakip_xl import __version__

    wheel = AKAR / "dist" / f"lakip_xl-{__version__}-py3-none-any.whl"
    j = subprocess.run(
        ["bash", str(AKAR / "scripts" / "buat-wheel.sh")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert j.returncode == 0, j.stderr
    assert j.stdout.strip() == f"Wheel dibuat: dist/{wheel.name}"
    with zipfile.ZipFile(wheel) as z:
        nama = z.namelist()
        meta = z.read(f"lakip_xl-{__version__}.dist-info/METADATA").decode()
        titik = z.read(f"lakip_xl-{__version__}.dist-info/entry_points.txt").decode()
    assert "lakip_xl/cli.py" in nama and "lakip_xl/excel/macros/Lakip.bas" in nama
    assert "Requires-Dist: openpyxl" in meta and "lakip = lakip_xl.cli:main" in titik
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "--no-deps", str(wheel)],
        check=True,
        timeout=300,
    )
    j = subprocess.run(
        [str(venv / "bin" / "lakip"), "--version"], capture_output=True, text=True, check=False
    )
    assert (j.returncode, j.stdout.strip()) == (0, f"lakip {__version__}")


def test_renstra_periode_baru_tanpa_mengetik_ulang(contoh_xlsx: Path, tmp_path: Path) -> None:
    """`lakip renstra` copies a workbook with the Target columns of a new period: every other
    zip part byte for byte, every typed cell the same, the new cells unlocked like the others,
    and LibreOffice opens it without repair."""
    from lakip_xl.buku.baca_xml import baca_grid

    asal = tmp_path / "lkj.xlsx"
    shutil.copyfile(contoh_xlsx, asal)
    isi_asal = asal.read_bytes()
    j = lakip("renstra", asal.name, "--periode", "2021-2026", cwd=tmp_path)
    assert j.returncode == 0, j.stderr
    baru = tmp_path / "lkj-renstra-2021-2026.xlsx"
    assert j.stdout.splitlines() == [
        "Kolom ditambahkan di sheet Tujuan Sasaran: Target 2024, Target 2025, Target 2026.",
        "Periode Renstra di sheet Profil diisi 2021-2026.",
        f"Buku kerja periode 2021-2026 dibuat (berkas asal tidak diubah): {baru.name}",
    ]
    assert asal.read_bytes() == isi_asal
    with zipfile.ZipFile(asal) as a, zipfile.ZipFile(baru) as b:
        assert a.namelist() == b.namelist()
        beda = [n for n in a.namelist() if a.read(n) != b.read(n)]
    assert len(beda) == 2  # the Profil and Tujuan Sasaran sheets, nothing else
    ga, gb = baca_grid(asal), baca_grid(baru)
    assert {n: v for n, v in ga.items() if n not in ("Profil", "Tujuan Sasaran")} == {
        n: v for n, v in gb.items() if n not in ("Profil", "Tujuan Sasaran")
    }
    lebar = max(len(r) for r in ga["Tujuan Sasaran"])

    def sel(grid: list[list[object]], r: int, c: int) -> object:
        return grid[r][c] if r < len(grid) and c < len(grid[r]) else None

    ta, tb = ga["Tujuan Sasaran"], gb["Tujuan Sasaran"]
    assert all(
        sel(ta, r, c) == sel(tb, r, c) for r in range(len(ta)) for c in range(lebar)
    )  # every cell of the old columns as it was
    assert gb["Tujuan Sasaran"][2][lebar:] == ["Target 2024", "Target 2025", "Target 2026"]
    wb = openpyxl.load_workbook(baru)
    ws = wb["Tujuan Sasaran"]
    assert ws.cell(4, lebar + 3).protection.locked is False
    assert ws.cell(4, lebar + 3).number_format == ws.cell(4, 13).number_format
    assert wb["Profil"]["B13"].value == "2021-2026"
    # periksa: the old period's columns outside the new one are named, nothing else
    kode, keluar = _periksa(baru)
    assert kode == 0
    assert "kolom 'Target 2019', 'Target 2020' di luar periode" in keluar
    assert "tidak ada kolom" not in keluar
    assert not konversi.muat_info(baru)["perlu_perbaikan"]
    # nothing to add: said so; the copy is still made for the Profil period
    j = lakip("renstra", baru.name, "--periode", "2021-2026", "-o", "lagi.xlsx", cwd=tmp_path)
    assert j.returncode == 0
    assert "Semua kolom Target periode itu sudah ada" in j.stdout
    j = lakip("renstra", asal.name, "--periode", "2021-2026", cwd=tmp_path)
    assert j.returncode == 1 and "sudah ada; pakai --timpa" in j.stderr


def test_bagian_laporan_sama_dengan_deklarasi() -> None:
    """The sections the report's template prints are the ones declared once in layout.py (the
    dropdown, Petunjuk and periksa use that declaration): none missing, none extra."""
    import re

    from lakip_xl.buku.lengkap import BAGIAN_HANYA_TEKS
    from lakip_xl.laporan.templat import templat_bawaan

    with zipfile.ZipFile(templat_bawaan()) as z:
        xml = z.read("word/document.xml").decode()

    def dipakai(nama: str) -> set[str]:
        return set(re.findall(nama + r"\[(?:'|&apos;)([^'&]+)(?:'|&apos;)\]", xml))

    from lakip_xl.laporan.bagian import PENUTUP_IKHTISAR  # split off Ikhtisar: not typed

    assert dipakai("narasi") - {PENUTUP_IKHTISAR} == set(L.BAGIAN_NARASI)
    blok = set(L.BAGIAN_NARASI) - set(BAGIAN_HANYA_TEKS)
    assert dipakai("gambar") == blok
    assert dipakai("tambahan") == blok | {L.BAGIAN_LAMPIRAN}


def test_konsol_yang_tidak_bisa_menampilkan_huruf(buku: Path) -> None:
    """A console or redirected file in an old code page: names it cannot show become '?',
    never a crash (UnicodeEncodeError used to end in 'Galat tak terduga')."""
    nama = buku.with_name("lkj عربي ünï.xlsx")
    shutil.copyfile(buku, nama)
    env = dict(os.environ, PYTHONIOENCODING="ascii")
    j = subprocess.run(
        [sys.executable, "-m", "lakip_xl.cli", "periksa", nama.name],
        cwd=buku.parent,
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert (j.returncode, j.stderr) == (0, b"")
    assert j.stdout.decode("ascii").splitlines()[-1].startswith(
        "Tidak ada galat di lkj ???? ?n?.xlsx ("
    )
