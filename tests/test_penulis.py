"""Every writing command through the same failures (cli.MENULIS, the one list): an existing
file, a lock file of Excel/Word or LibreOffice, a read-only folder, a full disk (a small tmpfs),
kill -9 and Ctrl-C in the middle of writing. The same expectations for all: the old file as
it was or no file, no helper file left, one Indonesian sentence naming the user's file, the
exit code the README gives (0 done, 1 refused, 130 interrupted).

A command added to cli.MENULIS joins the matrix; it needs a line in RESEP saying how to run
it (the first test fails until it has one)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from lakip_xl.buku.simpan import AWALAN_BANTU
from lakip_xl.cli import MENULIS

ASING = ("Traceback", "Galat tak terduga", "Exception", "Error", "No space", "Permission",
         "denied", "nomor 32", ".tmp", AWALAN_BANTU)
"""What a user must never read: English, tracebacks, helper files' names."""


@dataclass
class Resep:
    """How one writing command is run in the matrix: its arguments (with {b} for the folder of
    inputs, {d} for the folder written to), the file watched, and what the old file holds."""

    argumen: tuple[str, ...]
    keluaran: str
    lama: str = "teks"  # "teks": a few bytes; "buku": the workbook itself ("sipd": with its
    # Anggaran imported from SIPD); "komentar": a
    # commented copy an earlier reviu made (the only .docx reviu may replace)
    tambahan: tuple[str, ...] = field(default_factory=tuple)  # other outputs of the same run


RESEP: dict[str, list[Resep]] = {
    "baru": [
        Resep(("baru", "-o", "{d}/baru.xlsx", "--tahun", "2025"), "baru.xlsx"),
        Resep(("baru", "--pemda", "-o", "{d}/pemda.xlsx", "--tahun", "2025"), "pemda.xlsx"),
    ],
    "contoh": [Resep(("contoh", "-o", "{d}/contoh.xlsx"), "contoh.xlsx")],
    "renstra": [
        Resep(("renstra", "{b}/buku.xlsx", "--periode", "2026-2030", "-o", "{d}/r.xlsx"),
              "r.xlsx")
    ],
    "hitung": [Resep(("hitung", "{d}/buku.xlsx"), "buku.xlsx", lama="buku",
                     tambahan=("buku.cadangan.xlsx",))],
    "laporan": [Resep(("laporan", "{b}/buku.xlsx", "-o", "{d}/lap.docx", "--paksa"), "lap.docx")],
    "templat": [Resep(("templat", "-o", "{d}/templat.docx"), "templat.docx")],
    "tombol-libreoffice": [
        Resep(("tombol-libreoffice", "{b}/buku.xlsx", "-o", "{d}/buku.ods"), "buku.ods")
    ],
    "pasang-libreoffice": [
        Resep(("pasang-libreoffice", "--profil", "{d}/profil"), "profil/Scripts/python/lakip.py")
    ],
    "triwulan": [
        Resep(("triwulan", "{b}/buku.xlsx", "-o", "{d}/e81.xlsx", "--paksa"), "e81.xlsx")
    ],
    "rencana-aksi": [
        Resep(("rencana-aksi", "{b}/buku.xlsx", "-o", "{d}/ra.docx", "--paksa"), "ra.docx")
    ],
    "pk": [Resep(("pk", "{b}/contoh.xlsx", "-o", "{d}/pk.docx"), "pk.docx")],
    "reviu": [
        Resep(("reviu", "{b}/lap.docx", "-o", "{d}/temuan.xlsx"), "temuan.xlsx"),
        # the commented copy, its kertas kerja written elsewhere first
        Resep(("reviu", "{b}/lap.docx", "-o", "{b}/lain/temuan-{n}.xlsx", "--komentar",
               "{d}/komentar.docx"), "komentar.docx", lama="komentar"),
        # a folder of reports, reviewed in a process pool into one kertas kerja
        Resep(("reviu", "{b}/kumpulan", "-o", "{d}/reviu-kumpulan.xlsx"), "reviu-kumpulan.xlsx"),
    ],
}

_REKAP = next(
    p
    for p in (
        Path(__file__).resolve().parents[2] / "shared" / "data" / "sipd",
        Path("/work/shared/data/sipd"),
    )
    if p.is_dir()
) / "rekap-apbd-murni-2024.xlsx"

RESEP["impor-sipd"] = [
    Resep(("impor-sipd", "{d}/buku.xlsx", str(_REKAP), "--skpd", "Kecamatan Namlea"),
          "buku.xlsx", lama="buku", tambahan=("buku.cadangan.xlsx",))
]
RESEP["rekap"] = [
    Resep(("rekap", "{b}/buku.xlsx", "-o", "{d}/rekap.xlsx", "--tahun", "2024"), "rekap.xlsx")
]
RESEP["impor-realisasi"] = [
    Resep(("impor-realisasi", "{d}/buku.xlsx", "{b}/lra.xlsx"), "buku.xlsx", lama="sipd",
          tambahan=("buku.cadangan.xlsx",))
]

KASUS = [(nama, i) for nama in MENULIS for i in range(len(RESEP.get(nama, [None])))]


def test_setiap_perintah_penulis_punya_resep():
    """The matrix covers every command of cli.MENULIS, and only those; they are commands of
    the CLI, and those MENULIS marks take --timpa."""
    from lakip_xl.cli import JALANKAN, _parser

    assert set(RESEP) == set(MENULIS) and set(MENULIS) <= set(JALANKAN)
    sub = next(a for a in _parser()._actions if a.dest == "perintah").choices
    for nama, timpa in MENULIS.items():
        assert any("--timpa" in a.option_strings for a in sub[nama]._actions) == timpa, nama


@pytest.fixture(scope="module")
def bahan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The inputs, outside the folder written to: a small typed Dinas workbook, its report, a
    commented copy of that report, and the sample workbook (officials for `lakip pk`)."""
    from kantor import dinas

    from lakip_xl import operasi
    from lakip_xl.reviu.perintah import jalankan

    b = tmp_path_factory.mktemp("bahan")
    buku = dinas(b)
    if buku != b / "buku.xlsx":
        shutil.move(buku, b / "buku.xlsx")
    operasi.laporan(b / "buku.xlsx", b / "lap.docx", paksa=True)
    shutil.copyfile(b / "buku.xlsx", b / "sipd.xlsx")
    from lakip_xl.sipd.impor import impor_sipd

    impor_sipd(b / "sipd.xlsx", _REKAP, "Kecamatan Namlea")
    _lra(b / "lra.xlsx")
    (b / "lain").mkdir()
    jalankan(b / "lap.docx", b / "lain" / "awal.xlsx", b / "komentar-lama.docx")
    (b / "kumpulan").mkdir()  # two reports and a commented copy (not a report: left out)
    for nama in ("lap.docx", "lap-2.docx", "komentar-lama.docx"):
        shutil.copyfile(b / ("lap.docx" if nama == "lap-2.docx" else nama), b / "kumpulan" / nama)
    operasi.buat_contoh(b / "contoh.xlsx")  # its Perjanjian Kinerja sheet, for `lakip pk`
    return b


def _lra(path: Path) -> None:
    """A realisasi file whose codes match the Dinas workbook's Anggaran rows."""
    import openpyxl

    from lakip_xl.buku.baca_xml import baca_grid

    rows = baca_grid(path.with_name("sipd.xlsx"))["Anggaran"][3:]
    wb = openpyxl.Workbook()
    wb.active.append(["Kode", "Realisasi"])
    for r in rows:
        if r and r[0]:
            wb.active.append([str(r[0]), 1000])
    wb.save(path)


_N = iter(range(10**6))


def _jalankan(
    resep: Resep, b: Path, d: Path, *argumen: str, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    n = next(_N)
    semua = [a.format(b=b, d=d, n=n) for a in resep.argumen] + list(argumen)
    return subprocess.Popen(
        [sys.executable, "-m", "lakip_xl.cli", *semua],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def _di_sini(resep: Resep, b: Path, d: Path, *argumen: str) -> tuple[int, str, str]:
    """The command run by `lakip_xl.cli.main` in this process (the same code as the console
    script, without a new interpreter's start-up: the refusals cost milliseconds)."""
    from lakip_xl.cli import main

    n = next(_N)
    keluar, galat = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(keluar), contextlib.redirect_stderr(galat):
        kode = main([a.format(b=b, d=d, n=n) for a in resep.argumen] + list(argumen))
    return kode, keluar.getvalue(), galat.getvalue()


def _tunggu(p: subprocess.Popen[str], batas: float = 240) -> tuple[int, str, str]:
    keluar, galat = p.communicate(timeout=batas)
    return p.returncode, keluar, galat


def _siapkan_lama(resep: Resep, b: Path, d: Path) -> bytes:
    """Put the old version of the watched file in place; returns its bytes."""
    path = d / resep.keluaran
    path.parent.mkdir(parents=True, exist_ok=True)
    if resep.lama == "buku":
        shutil.copyfile(b / "buku.xlsx", path)
    elif resep.lama == "sipd":  # a workbook whose Anggaran came from SIPD
        shutil.copyfile(b / "sipd.xlsx", path)
    elif resep.lama == "komentar":  # stamped 1980, so a new copy made within the same
        # two-second zip timestamp of the fixture's still differs from it
        with zipfile.ZipFile(b / "komentar-lama.docx") as asal, zipfile.ZipFile(path, "w") as z:
            for info in asal.infolist():
                data = asal.read(info)
                info.date_time = (1980, 1, 1, 0, 0, 0)
                z.writestr(info, data)
    else:
        path.write_bytes(b"versi lama yang disunting tangan\n")
    return path.read_bytes()


def _isi(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in d.rglob("*") if p.is_file()}


def _bantu(d: Path) -> list[str]:
    """Helper files and folders (temp, lock) anywhere under `d`."""
    return sorted(str(p) for p in d.rglob("*") if p.name.startswith(AWALAN_BANTU))


def _satu_kalimat(galat: str, *harus: str) -> str:
    """The message: exactly one line starting 'Galat: ' (the last), naming what it must, in
    Indonesian; warnings about the workbook may come before it."""
    baris = galat.strip().splitlines()
    utama = [x for x in baris if x.startswith(("Galat: ", "Dibatalkan"))]
    assert len(utama) == 1 and baris[-1] == utama[0], galat
    for h in harus:
        assert h in utama[0], galat
    for a in ASING:
        assert a not in galat, galat
    return utama[0]


def _resep(nama: str, i: int) -> Resep:
    return RESEP[nama][i]


def _timpa(nama: str) -> tuple[str, ...]:
    return ("--timpa",) if MENULIS[nama] else ()


@pytest.fixture
def d(tmp_path: Path) -> Path:
    folder = tmp_path / "keluaran"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(("nama", "i"), KASUS)
def test_berkas_yang_ada(bahan: Path, d: Path, nama: str, i: int) -> None:
    """Without --timpa an existing file is refused and stays; with it, it is replaced. (hitung
    and pasang-libreoffice take no --timpa: they replace their own file, hitung keeping the
    version before it as the backup.)"""
    resep = _resep(nama, i)
    lama = _siapkan_lama(resep, bahan, d)
    path = d / resep.keluaran
    if MENULIS[nama]:
        kode, _, galat = _di_sini(resep, bahan, d)
        assert kode == 1
        _satu_kalimat(galat, Path(resep.keluaran).name, "sudah ada", "--timpa")
        assert _isi(d) == {resep.keluaran: lama}
    kode, _, galat = _tunggu(_jalankan(resep, bahan, d, *_timpa(nama)))
    assert kode == 0, galat
    baru = path.read_bytes()
    assert baru != lama
    if path.suffix in (".xlsx", ".docx", ".ods"):
        assert zipfile.ZipFile(path).testzip() is None
    if nama == "hitung":
        assert (d / "buku.cadangan.xlsx").read_bytes() == lama
    assert _bantu(d) == []


@pytest.mark.parametrize("kunci", ["~${}", ".~lock.{}#"])
@pytest.mark.parametrize(("nama", "i"), KASUS)
def test_berkas_terkunci(bahan: Path, d: Path, nama: str, i: int, kunci: str) -> None:
    """A file a lock says is open in Excel/Word (`~$NAME`) or LibreOffice (`.~lock.NAME#`) is
    never replaced, with --timpa too."""
    resep = _resep(nama, i)
    lama = _siapkan_lama(resep, bahan, d)
    path = d / resep.keluaran
    berkas_kunci = path.with_name(kunci.format(path.name))
    berkas_kunci.write_text("pemilik\n")
    kode, _, galat = _di_sini(resep, bahan, d, *_timpa(nama))
    assert kode == 1
    _satu_kalimat(galat, path.name, "sedang dibuka")
    assert path.read_bytes() == lama
    assert set(_isi(d)) == {resep.keluaran, str(berkas_kunci.relative_to(d))}


@pytest.mark.parametrize(("nama", "i"), KASUS)
def test_folder_hanya_baca(bahan: Path, d: Path, nama: str, i: int) -> None:
    """A folder marked read-only (refused for root too, whom the system would let write)."""
    resep = _resep(nama, i)
    lama = _siapkan_lama(resep, bahan, d)
    path = d / resep.keluaran
    os.chmod(path.parent, 0o555)
    try:
        kode, _, galat = _di_sini(resep, bahan, d, *_timpa(nama))
    finally:
        os.chmod(path.parent, 0o755)
    assert kode == 1
    _satu_kalimat(galat, path.name, "hanya-baca")
    assert _isi(d) == {resep.keluaran: lama}


@contextlib.contextmanager
def _tmpfs(d: Path, ukuran: str = "4m") -> Iterator[Path]:
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={ukuran}", "tmpfs", str(d)], check=True)
    try:
        yield d
    finally:
        subprocess.run(["umount", "-l", str(d)], check=False)


def _penuhi(folder: Path, bebas: int) -> None:
    """Fill the file system of `folder` until `bebas` bytes are left (0: to the last byte)."""
    st = os.statvfs(folder)
    with (folder / "isi-lain.bin").open("wb", buffering=0) as f:
        f.write(b"\0" * max(st.f_bavail * st.f_frsize - bebas - (1 << 16), 0))
    if bebas:
        return
    for nama, potong in (("isi-lain-2.bin", 1 << 12), ("isi-lain-3.bin", 512)):
        with contextlib.suppress(OSError), (folder / nama).open("wb", buffering=0) as f:
            while True:
                f.write(b"\0" * potong)


@pytest.mark.parametrize("bebas_kb", [0, 48])
@pytest.mark.parametrize(("nama", "i"), KASUS)
def test_disk_penuh(bahan: Path, d: Path, nama: str, i: int, bebas_kb: int) -> None:
    """A full disk (nothing left, or 48 KB: most files then fail in the middle of writing):
    one sentence naming the file, the old one intact, no temp file and no 'Exception ignored
    in ZipFile.__del__'; or, when the file fits, a whole new file."""
    resep = _resep(nama, i)
    with _tmpfs(d):
        lama = _siapkan_lama(resep, bahan, d)
        _penuhi(d, bebas_kb * 1024)
        sebelum = _isi(d)
        kode, _, galat = _tunggu(_jalankan(resep, bahan, d, *_timpa(nama)))
        for a in ASING:
            assert a not in galat, galat
        if kode == 0 and bebas_kb:
            assert (d / resep.keluaran).read_bytes() != lama
            assert _bantu(d) == []
            return
        assert kode == 1, galat
        _satu_kalimat(galat, Path(resep.keluaran).name, "penuh")
        assert (d / resep.keluaran).read_bytes() == lama
        assert _isi(d) == sebelum


def _sampai_ditahan(
    resep: Resep, b: Path, d: Path, nama: str, tmp: Path
) -> subprocess.Popen[str]:
    """Start the command and wait until it is in the middle of writing the watched file."""
    tanda = tmp / "sedang-menulis"
    tanda.unlink(missing_ok=True)
    env = {"LAKIP_UJI_TAHAN": str(tanda), "LAKIP_UJI_TAHAN_BERKAS": Path(resep.keluaran).name}
    p = _jalankan(resep, b, d, *_timpa(nama), env=env)
    batas = time.monotonic() + 240
    while not tanda.exists():
        assert p.poll() is None, p.communicate()
        assert time.monotonic() < batas
        time.sleep(0.02)
    return p


@pytest.mark.parametrize(("nama", "i"), KASUS)
def test_kill_9_saat_menulis(bahan: Path, d: Path, tmp_path: Path, nama: str, i: int) -> None:
    """kill -9 in the middle of writing: the old file intact. A stream writer's temp file has
    no name until it is complete, so nothing is left; what a killed run may leave (hitung's
    named temp file and lock) is removed by the next run's first step."""
    resep = _resep(nama, i)
    lama = _siapkan_lama(resep, bahan, d)
    path = d / resep.keluaran
    p = _sampai_ditahan(resep, bahan, d, nama, tmp_path)
    p.send_signal(signal.SIGKILL)
    p.communicate(timeout=60)
    assert path.read_bytes() == lama
    assert set(_isi(d)) - {resep.keluaran} == {str(p.relative_to(d)) for p in _sisa(d)}
    if _bantu(d):  # a named temp file, hitung's lock (a flock, free once its process is
        # gone): removed by the next run, which then completes
        kode, _, galat = _tunggu(_jalankan(resep, bahan, d, *_timpa(nama)))
        assert kode == 0, galat
        assert _bantu(d) == []


def _sisa(d: Path) -> list[Path]:
    """Files under helper names or inside helper folders."""
    return [p for p in d.rglob("*") if p.is_file() and AWALAN_BANTU in str(p.relative_to(d))]


@pytest.mark.parametrize(("nama", "i"), KASUS)
def test_ctrl_c_saat_menulis(bahan: Path, d: Path, tmp_path: Path, nama: str, i: int) -> None:
    """Ctrl-C in the middle of writing: exit 130, the old file intact, no temp file, one
    sentence saying what was finished (the kertas kerja before the commented copy)."""
    resep = _resep(nama, i)
    lama = _siapkan_lama(resep, bahan, d)
    path = d / resep.keluaran
    p = _sampai_ditahan(resep, bahan, d, nama, tmp_path)
    p.send_signal(signal.SIGINT)
    kode, _, galat = _tunggu(p, 60)
    assert kode == 130
    kalimat = _satu_kalimat(galat, "Dibatalkan")
    if resep.lama == "komentar":
        assert "Yang sudah selesai dibuat:" in kalimat and "temuan-" in kalimat, kalimat
    else:
        assert "belum ada berkas yang selesai dibuat" in kalimat, kalimat
    assert path.read_bytes() == lama
    assert _bantu(d) == []
    assert set(_isi(d)) == {resep.keluaran}


# --- reviu's own outputs ---------------------------------------------------------------------


def test_reviu_tidak_pernah_menimpa_buku_kerja_atau_laporan(bahan: Path, d: Path) -> None:
    """`reviu laporan.docx -o LKj-2024.xlsx` (the workbook) and `--komentar lkj-final.docx` (an
    edited report) are refused with --timpa too; so is the report itself as --komentar."""
    shutil.copyfile(bahan / "buku.xlsx", d / "LKj-2024.xlsx")
    shutil.copyfile(bahan / "lap.docx", d / "lkj-final.docx")
    sebelum = _isi(d)
    lap = Resep(("reviu", "{b}/lap.docx"), "")
    for argumen, kata in (
        (("-o", f"{d}/LKj-2024.xlsx", "--timpa"), "adalah buku kerja lakip"),
        (("-o", f"{d}/t.xlsx", "--komentar", f"{d}/lkj-final.docx", "--timpa"),
         "bukan salinan bertanda komentar"),
        (("-o", f"{d}/t.xlsx", "--komentar", f"{bahan}/lap.docx", "--timpa"), "berbeda dari"),
    ):
        kode, _, galat = _di_sini(lap, bahan, d, *argumen)
        assert kode == 1
        _satu_kalimat(galat, kata)
    assert _isi(d) == sebelum


def test_reviu_kedua_tidak_menimpa_kertas_kerja(bahan: Path, d: Path) -> None:
    """The second reviu of one report does not replace the kertas kerja (which holds the
    reviewer's notes) without --timpa; the reviu of its PDF takes another default name."""
    from lakip_xl.reviu.tujuan import nama_kertas_kerja

    shutil.copyfile(bahan / "lap.docx", d / "lkj.docx")
    lap = Resep(("reviu", "{d}/lkj.docx"), "")
    assert _di_sini(lap, bahan, d)[0] == 0
    kertas = d / "lkj-temuan.xlsx"
    catatan = kertas.read_bytes()
    kode, _, galat = _di_sini(lap, bahan, d)
    assert kode == 1
    _satu_kalimat(galat, "lkj-temuan.xlsx", "sudah ada", "--timpa")
    assert kertas.read_bytes() == catatan
    assert nama_kertas_kerja(d / "lkj.pdf") == d / "lkj-temuan-pdf.xlsx"
    assert nama_kertas_kerja(d / "lkj.docx") == kertas


def test_reviu_ke_pipa_yang_ditutup(bahan: Path, d: Path) -> None:
    """`lakip reviu ... | head -1` where the reader is gone before the first line: both files
    are written, the command ends quietly (exit 0, no 'galat sistem nomor 32')."""
    resep = Resep(("reviu", "{b}/lap.docx", "-o", "{d}/t.xlsx", "--komentar", "{d}/k.docx"), "")
    p = _jalankan(resep, bahan, d)
    assert p.stdout is not None
    p.stdout.close()
    galat = p.stderr.read() if p.stderr else ""
    assert p.wait(timeout=240) == 0, galat
    assert galat == ""
    assert zipfile.ZipFile(d / "t.xlsx").testzip() is None
    assert zipfile.ZipFile(d / "k.docx").testzip() is None


def test_delapan_proses_serentak_ke_satu_berkas(bahan: Path, d: Path) -> None:
    """4 reviu and 4 triwulan onto one file at the same moment, with --timpa: every run ends
    (done, or refused in one sentence), none fails on another's temp file ('tidak
    ditemukan'); the file left is one whole workbook, no helper file stays."""
    tujuan = d / "satu.xlsx"
    resep = [
        Resep(("reviu", "{b}/lap.docx", "-o", str(tujuan), "--timpa"), ""),
        Resep(("triwulan", "{b}/buku.xlsx", "-o", str(tujuan), "--timpa", "--paksa"), ""),
    ]
    proses = [_jalankan(resep[i % 2], bahan, d) for i in range(8)]
    hasil = [_tunggu(p) for p in proses]
    kode = [k for k, _, _ in hasil]
    for k, _, galat in hasil:
        assert "tidak ditemukan" not in galat, galat
        if k:
            _satu_kalimat(galat)
    assert kode.count(0) >= 1 and set(kode) <= {0, 1}, hasil
    with zipfile.ZipFile(tujuan) as z:
        assert z.testzip() is None
    assert _bantu(d) == []


# --- the writer itself ------------------------------------------------------------------------


def test_galat_pustaka_di_tengah_simpan(d: Path) -> None:
    """A library that fails halfway through its save: its error goes on, the old file stays
    as it was, no temp file (named or not) is left."""
    from lakip_xl.buku.simpan import tulis_aliran

    path = d / "laporan.docx"
    path.write_bytes(b"lama")

    def rusak(f) -> None:
        f.write(b"x" * 200_000)
        raise ValueError("pustaka gagal")

    with pytest.raises(ValueError, match="pustaka gagal"):
        tulis_aliran(path, rusak, timpa=True)
    assert _isi(d) == {"laporan.docx": b"lama"}


def test_berkas_muncul_saat_menulis(d: Path) -> None:
    """Without --timpa, a file that appears while the command works is not replaced: the name
    is taken only if it is still free (a hard link), else one sentence."""
    from lakip_xl.buku.simpan import tulis_aliran
    from lakip_xl.errors import LakipError

    path = d / "temuan.xlsx"

    def lambat(f) -> None:
        path.write_bytes(b"dibuat proses lain")
        f.write(b"baru")

    with pytest.raises(LakipError, match="sudah ada"):
        tulis_aliran(path, lambat, timpa=False)
    assert _isi(d) == {"temuan.xlsx": b"dibuat proses lain"}
    os.chmod(path, 0o640)
    tulis_aliran(path, lambda f: f.write(b"baru"), timpa=True)
    assert _isi(d) == {"temuan.xlsx": b"baru"}
    assert path.stat().st_mode & 0o777 == 0o640  # the replaced file's permissions kept
