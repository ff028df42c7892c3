"""Real files and real machines: numbers Excel can hold but no office has, backups that must
survive a second run, locks, links, read-only files and folders, long names, killed runs.

Every case runs `lakip` as a subprocess, the way a user runs it, on a generated workbook (the
small base of tests/korpus.py), and checks the Indonesian sentence, the exit code, that the
workbook and its backup are complete, and that no helper file is left behind.
"""

from __future__ import annotations

import io
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from korpus import ANG, CAPAIAN, IND, bagian_sheet, dasar, huruf, isi

from lakip_xl.buku import tulis
from lakip_xl.buku.baca_xml import baca_grid

LAKIP = Path(sys.executable).with_name("lakip")
BOCOR = ("Traceback", "Galat tak terduga")
REALISASI = huruf(IND, "realisasi")
REALISASI_ANG = huruf(ANG, "realisasi")
KOLOM_REALISASI = openpyxl.utils.column_index_from_string(REALISASI)


def lakip(*argumen: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`lakip ...` as a user runs it; never a traceback or an unexpected error."""
    j = subprocess.run(
        [str(LAKIP), *map(str, argumen)], capture_output=True, text=True, cwd=cwd, timeout=300
    )
    for t in BOCOR:
        assert t not in j.stdout + j.stderr, j.stdout + j.stderr
    return j


def sisa_bantu(folder: Path) -> list[str]:
    """Helper files (temp, lock, backup link) left in a folder."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((".~lakip-", ".buku.")))


@pytest.fixture
def buku(tmp_path: Path) -> Path:
    """The small base workbook (not yet computed) as buku.xlsx in its own folder."""
    folder = tmp_path / "kerja"
    folder.mkdir()
    p = folder / "buku.xlsx"
    shutil.copyfile(dasar(tmp_path), p)
    return p


def capaian(p: Path, baris: int = 4) -> object:
    kolom = openpyxl.utils.column_index_from_string(CAPAIAN)
    return baca_grid(p)["Indikator"][baris - 1][kolom - 1]


# --- numbers no office has -------------------------------------------------------------------


@pytest.mark.parametrize("nilai", ["1E+30", "1E+308", "1E-308"])
def test_angka_di_luar_batas_jadi_galat_bersel(tmp_path: Path, nilai: str) -> None:
    """Realisasi 1E+30 / 1E+308 / 1E-308 (an export slip): a galat naming the cell in periksa,
    hitung and laporan, never InvalidOperation; the other indikator are still computed."""
    p = tmp_path / "angka-realisasi-ekstrem.xlsx"
    isi(p, tmp_path, "Indikator", {f"{REALISASI}4": float(nilai)})
    kolom_ang = openpyxl.utils.column_index_from_string(REALISASI_ANG)
    tulis.tulis_sel(p, {"Anggaran": {(5, kolom_ang): float(nilai)}}, cadangan=False)
    kata = "terlalu kecil" if "-" in nilai else "terlalu besar"
    for perintah, kode in (("periksa", 1), ("hitung", 0), ("laporan", 1)):
        j = lakip(perintah, p)
        assert j.returncode == kode, (perintah, j.stdout, j.stderr)
        teks = j.stdout + j.stderr
        assert f"Sheet 'Indikator' sel {REALISASI}4" in teks and kata in teks, teks
        assert f"Sheet 'Anggaran' sel {REALISASI_ANG}5" in teks, teks
    # I-2: 5 / 4 = 125 % is computed; I-1 with the bad realisasi is left empty
    assert capaian(p, 5) == 125
    assert capaian(p, 4) == "-"  # a row in error: no capaian, out of every figure


# --- backups ---------------------------------------------------------------------------------


def test_hitung_dua_kali_cadangan_tetap_versi_pengguna(buku: Path) -> None:
    asli = buku.read_bytes()
    cadangan = buku.with_name("buku.cadangan.xlsx")
    j = lakip("hitung", buku)
    assert j.returncode == 0 and "buku.cadangan.xlsx" in j.stdout, j.stdout
    assert cadangan.read_bytes() == asli
    sekali = buku.read_bytes()
    assert capaian(buku) == 90  # 72 / 80
    # the second run changes nothing: nothing is written, the backup stays the original
    j = lakip("hitung", buku)
    assert j.returncode == 0 and "tidak ditulis ulang" in j.stdout, j.stdout
    assert buku.read_bytes() == sekali and cadangan.read_bytes() == asli
    # the user edits and saves (openpyxl, as another program would): that version is the backup
    wb = openpyxl.load_workbook(buku)
    wb["Indikator"][f"{REALISASI}4"] = 76
    wb.save(buku)
    disimpan = buku.read_bytes()
    assert lakip("hitung", buku).returncode == 0
    assert cadangan.read_bytes() == disimpan
    assert capaian(buku) == 95  # 76 / 80
    assert sisa_bantu(buku.parent) == []


def test_hasil_hitung_yang_berubah_tidak_menggeser_cadangan(buku: Path) -> None:
    """A file hitung wrote and the user did not save since (e.g. recomputed by a newer
    version) is not a version of the user's: the backup keeps the user's original."""
    asli = buku.read_bytes()
    assert lakip("hitung", buku).returncode == 0
    # change a computed cell while keeping hitung's mark, as a newer rule would
    kolom = openpyxl.utils.column_index_from_string(CAPAIAN)
    tulis.tulis_sel(buku, {"Indikator": {(4, kolom): 91}}, cadangan=False)
    with zipfile.ZipFile(buku, "a") as z:
        z.comment = tulis.TANDA_LAKIP
    assert capaian(buku) == 91
    j = lakip("hitung", buku)
    assert j.returncode == 0 and "buku.cadangan.xlsx" in j.stdout
    assert capaian(buku) == 90
    assert buku.with_name("buku.cadangan.xlsx").read_bytes() == asli


def test_hitung_pada_cadangan_ditolak(buku: Path) -> None:
    assert lakip("hitung", buku).returncode == 0
    cadangan = buku.with_name("buku.cadangan.xlsx")
    isi_cadangan = cadangan.read_bytes()
    j = lakip("hitung", cadangan)
    assert j.returncode == 1
    assert "cadangan" in j.stderr and "Salin dulu ke nama baru" in j.stderr, j.stderr
    assert cadangan.read_bytes() == isi_cadangan
    assert not buku.with_name("buku.cadangan.cadangan.xlsx").exists()


def test_nama_cadangan_dipakai_folder_ditolak(buku: Path) -> None:
    folder = buku.with_name("buku.cadangan.xlsx")
    folder.mkdir()
    asli = buku.read_bytes()
    j = lakip("hitung", buku)
    assert j.returncode == 1 and "dipakai oleh folder" in j.stderr, j.stderr
    assert buku.read_bytes() == asli and list(folder.iterdir()) == []
    assert sisa_bantu(buku.parent) == []


# --- read-only, links, long names ------------------------------------------------------------


def test_buku_hanya_baca_ditolak(buku: Path) -> None:
    asli = buku.read_bytes()
    buku.chmod(0o444)
    j = lakip("hitung", buku)
    assert j.returncode == 1 and "hanya-baca" in j.stderr, j.stderr
    assert buku.read_bytes() == asli and buku.stat().st_mode & 0o777 == 0o444
    assert sisa_bantu(buku.parent) == [] and not buku.with_name("buku.cadangan.xlsx").exists()


def test_folder_hanya_baca_ditolak(buku: Path) -> None:
    asli = buku.read_bytes()
    buku.parent.chmod(0o555)
    try:
        j = lakip("hitung", buku)
    finally:
        buku.parent.chmod(0o755)
    assert j.returncode == 1 and "hanya-baca" in j.stderr and str(buku.parent) in j.stderr
    assert buku.read_bytes() == asli and sisa_bantu(buku.parent) == []


def test_tautan_simbolik_ditulis_ke_aslinya(buku: Path, tmp_path: Path) -> None:
    """A desktop link to a shared workbook: the shared original is updated, the link stays."""
    tautan_folder = tmp_path / "desktop"
    tautan_folder.mkdir()
    tautan = tautan_folder / "Pintasan buku.xlsx"
    tautan.symlink_to(buku)
    asli = buku.read_bytes()
    j = lakip("hitung", tautan)
    assert j.returncode == 0, j.stderr
    assert tautan.is_symlink() and tautan.resolve() == buku
    assert capaian(buku) == 90
    assert buku.with_name("buku.cadangan.xlsx").read_bytes() == asli
    assert list(tautan_folder.iterdir()) == [tautan]


def test_nama_berkas_hampir_255_byte(tmp_path: Path) -> None:
    """The lock and temp names are shortened to fit; the backup name, longer than the
    workbook's, is refused with a sentence (or --tanpa-cadangan goes on)."""
    folder = tmp_path / "panjang"
    folder.mkdir()
    nama = "Laporan Kinerja " + "é" * 115 + ".xlsx"  # 16 + 230 + 5 = 251 bytes
    assert len(os.fsencode(nama)) == 251
    p = folder / nama
    shutil.copyfile(dasar(tmp_path), p)
    asli = p.read_bytes()
    j = lakip("hitung", p)
    assert j.returncode == 1 and "terlalu panjang" in j.stderr and "Pendekkan" in j.stderr
    assert p.read_bytes() == asli and sisa_bantu(folder) == []
    j = lakip("hitung", "--tanpa-cadangan", p)
    assert j.returncode == 0, j.stderr
    assert capaian(p) == 90 and sorted(x.name for x in folder.iterdir()) == [nama]


# --- concurrent and killed runs --------------------------------------------------------------


def test_hitung_kedua_saat_pertama_berjalan_ditolak(buku: Path) -> None:
    asli = buku.read_bytes()
    with tulis.kunci_buku(buku):  # a first run holds the workbook
        j = lakip("hitung", buku)
    assert j.returncode == 1 and "sedang dihitung oleh lakip lain" in j.stderr, j.stderr
    assert buku.read_bytes() == asli
    # two clicks at the same moment: one computes, the other is told it is busy or finds
    # nothing to change; the backup is the original either way
    pr = [
        subprocess.Popen([str(LAKIP), "hitung", str(buku)], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for x in pr:
        x.wait(timeout=120)
    assert all(x.returncode in (0, 1) for x in pr)
    assert buku.with_name("buku.cadangan.xlsx").read_bytes() == asli
    assert capaian(buku) == 90 and sisa_bantu(buku.parent) == []


def test_sementara_dari_proses_terbunuh_dibersihkan(contoh_xlsx: Path, tmp_path: Path) -> None:
    """kill -9 at several moments: the workbook and the backup stay complete; the temp files
    left (named `.~lakip-sementara-...`) are removed by the next run."""
    p = tmp_path / "buku.xlsx"
    asli = contoh_xlsx.read_bytes()
    p.write_bytes(asli)
    cadangan = p.with_name("buku.cadangan.xlsx")
    terbunuh = 0
    acak = random.Random(15)

    def ubah(i: int) -> None:
        """An edit (the user's) so that every run writes."""
        wb_ubah = tmp_path / "ubah.xlsx"
        shutil.copyfile(p, wb_ubah)
        tulis.tulis_sel(wb_ubah, {"Indikator": {(5, KOLOM_REALISASI): 100 + i}}, cadangan=False)
        wb_ubah.replace(p)

    # how long one run takes here (python start to rename): the kills land within it, so
    # they hit a run in progress on a fast machine as on a loaded one
    ubah(0)
    awal = time.monotonic()
    subprocess.run([str(LAKIP), "hitung", str(p)], stdout=subprocess.DEVNULL, check=True)
    lama = time.monotonic() - awal
    for i in range(1, 31):
        if terbunuh >= 5:
            break
        ubah(i)
        pr = subprocess.Popen([str(LAKIP), "hitung", str(p)], stdout=subprocess.DEVNULL)
        time.sleep(acak.uniform(0.1, 0.95) * lama)
        if pr.poll() is None:
            os.kill(pr.pid, signal.SIGKILL)
            terbunuh += 1
        pr.wait()
        for f in (p, cadangan) if cadangan.exists() else (p,):
            with zipfile.ZipFile(f) as z:
                assert z.testzip() is None
            assert lakip("periksa", f).returncode in (0, 1)
    assert terbunuh >= 5
    assert lakip("hitung", p).returncode == 0
    assert sisa_bantu(tmp_path) == []


def test_sementara_lama_dikenali(buku: Path) -> None:
    """Temp files of runs killed earlier (this version's and 0.1's `.buku.xxxxxxxx.tmp`) are
    removed; a temp file of a live process is not."""
    folder = buku.parent
    mati = tulis._nama_bantu(buku, "sementara", 999_999_999)
    lama = folder / ".buku.ab12cd34.tmp"
    hidup = tulis._nama_bantu(buku, "sementara", os.getppid())
    for f in (mati, lama, hidup):
        f.write_bytes(b"PK" + b"\0" * 1000)
    assert lakip("hitung", buku).returncode == 0
    assert not mati.exists() and not lama.exists() and hidup.exists()
    hidup.unlink()


def test_decimal_tidak_pernah_invalidoperation() -> None:
    from lakip_xl.calc.angka import bulat

    assert bulat(Decimal("1E+30"), 2) == Decimal("1E+30")
    assert bulat(Decimal("1E-308"), 2) == 0
    assert bulat(Decimal("123456789012345678901234567890.125"), 2) == Decimal(
        "123456789012345678901234567890.13"
    )


# --- a full disk -----------------------------------------------------------------------------


@pytest.fixture
def tmpfs(tmp_path: Path):
    """A 2 MB tmpfs (a small USB stick) mounted for the test."""
    titik = tmp_path / "usb"
    titik.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(titik)], check=True)
    try:
        yield titik
    finally:
        subprocess.run(["umount", "-l", str(titik)], check=False)


def _sisakan(folder: Path, bebas: int) -> None:
    """Fill the file system of `folder` until about `bebas` bytes are left."""
    isi = folder / "isi-lain.bin"
    with isi.open("wb") as f:
        sisa = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize - bebas
        f.write(b"\0" * max(sisa, 0))


@pytest.mark.parametrize("bebas_kb", [0, 40, 120, 170, 300, 600])
def test_disk_penuh_buku_dan_cadangan_tetap_utuh(
    contoh_xlsx: Path, tmpfs: Path, bebas_kb: int
) -> None:
    """On a nearly full disk at several levels of free space: either hitung completes, or it
    says the disk is full; the workbook and the older backup are complete, no temp file left."""
    p = tmpfs / "buku.xlsx"
    cadangan = tmpfs / "buku.cadangan.xlsx"
    lama = contoh_xlsx.read_bytes()
    cadangan.write_bytes(lama)  # an older backup, valid
    shutil.copyfile(contoh_xlsx, p)
    kolom = openpyxl.utils.column_index_from_string(REALISASI)
    tulis.tulis_sel(p, {"Indikator": {(5, kolom): 99}}, cadangan=False)  # the user's edit
    disimpan = p.read_bytes()
    _sisakan(tmpfs, bebas_kb * 1024)
    j = lakip("hitung", p)
    assert j.returncode == (0 if bebas_kb >= 300 else 1), j.stderr  # the file is 178 KB
    if j.returncode == 0:
        assert "buku.cadangan.xlsx" in j.stdout
        assert cadangan.read_bytes() == disimpan
        assert p.read_bytes() != disimpan
    else:
        assert "Disk penuh" in j.stderr and "buku.xlsx" in j.stderr, j.stderr
        assert p.read_bytes() == disimpan and cadangan.read_bytes() == lama
    for f in (p, cadangan):
        with zipfile.ZipFile(f) as z:
            assert z.testzip() is None
    assert sisa_bantu(tmpfs) == []


# --- what Excel and exporters write ----------------------------------------------------------


def test_xstring_sama_dengan_aturan_ooxml() -> None:
    """Decoding as openpyxl's `unescape` (the ST_Xstring rule, left to right), then line
    breaks as "\\n" and control characters dropped."""
    from openpyxl.utils.escape import unescape

    from lakip_xl.buku.baca_xml import dekode_xstring

    for s in ("a_x000D_b", "_x005F_x000D_", "_x00e9__x00E9_", "x_x0041_y", "_x12_", "biasa"):
        harap = unescape(s).replace("\r", "\n")
        assert dekode_xstring(s) == harap, s
    assert dekode_xstring("_x005F_x000D_") == "_x000D_"  # an escaped "_x" stays literal
    assert dekode_xstring("a_x0007_b_x001F_") == "ab"
    assert dekode_xstring("_xD83D__xDE00_") == "\U0001f600"
    assert dekode_xstring("Satu._x000D_\nDua") == "Satu.\nDua"


def _narasi_excel(p: Path, folder: Path) -> None:
    """Narasi row 4 as Excel writes a text pasted from Word: CR LF as `_x000D_` + LF, a bell
    character as `_x0007_`, and a typed `_x000D_` escaped as `_x005F_x000D_`."""
    teks = (
        "Paragraf pertama._x000D_\nParagraf kedua_x0007_ berakhir._x000D_\n"
        "Kode _x005F_x000D_ diketik apa adanya."
    )

    def ubah(xml: bytes) -> bytes:
        baris = (
            f'<row r="4"><c r="A4" t="inlineStr"><is><t>Latar Belakang</t></is></c>'
            f'<c r="C4" t="inlineStr"><is><t xml:space="preserve">{teks}</t></is></c></row>'
        ).encode()
        return xml.replace(b"</sheetData>", baris + b"</sheetData>").replace(
            b"<sheetData/>", b"<sheetData>" + baris + b"</sheetData>"
        )

    from korpus import ubah_sheet_xml

    ubah_sheet_xml(p, folder, "Narasi", ubah)


def test_baris_baru_excel_jadi_paragraf(tmp_path: Path) -> None:
    from docx import Document

    p = tmp_path / "narasi-baris-baru-excel.xlsx"
    _narasi_excel(p, tmp_path)
    j = lakip("laporan", p)
    assert j.returncode == 0, j.stderr
    dok = Document(str(tmp_path / "laporan-narasi-baris-baru-excel.docx"))
    paragraf = [x.text for x in dok.paragraphs]
    assert "Paragraf pertama." in paragraf and "Paragraf kedua berakhir." in paragraf
    assert "Kode _x000D_ diketik apa adanya." in paragraf
    semua = "\n".join(paragraf)
    assert "_x0007_" not in semua and "\x07" not in semua and "_x000D_\n" not in semua


def test_sel_tanggal_iso_dan_1904_dilaporkan_sebagai_tanggal(tmp_path: Path) -> None:
    """`t="d"` (ISO 8601) and a date serial of a 1904 workbook in Realisasi: read as the date
    they are (17/05/2020) and reported where a number is expected."""
    from korpus import sel_xml, ubah_bagian

    iso = tmp_path / "indikator-realisasi-tanggal-iso.xlsx"
    sel_xml(iso, tmp_path, "Indikator", f"{REALISASI}4", 't="d"><v>2020-05-17T00:00:00Z</v>')
    # 1904 system: 17 May 2020 is serial 42.506 (43.968 in the 1900 system, less 1.462)
    angka = tmp_path / "_angka.xlsx"
    sel_xml(angka, tmp_path, "Indikator", f"{REALISASI}4", "><v>42506</v>")
    with zipfile.ZipFile(angka) as z:
        xfs = z.read("xl/styles.xml").split(b"<cellXfs")[1].split(b"</cellXfs>")[0]
    gaya = xfs.count(b"<xf ")  # index of the date style added below
    sheet = bagian_sheet(angka, "Indikator")
    sel = re.compile(rf'<c r="{REALISASI}4"( s="\d+")?'.encode())

    def ubah(nama: str, data: bytes) -> bytes:
        if nama == "xl/workbook.xml":
            return data.replace(b"<workbookPr/>", b'<workbookPr date1904="1"/>')
        if nama == "xl/styles.xml":
            tgl = b'<xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
            return data.replace(b"</cellXfs>", tgl)
        if nama == sheet:
            return sel.sub(f'<c r="{REALISASI}4" s="{gaya}"'.encode(), data)
        return data

    tahun1904 = tmp_path / "indikator-realisasi-tanggal-1904.xlsx"
    ubah_bagian(angka, tahun1904, ubah)
    assert openpyxl.load_workbook(tahun1904)["Indikator"][f"{REALISASI}4"].value.date() == (
        date(2020, 5, 17)
    )
    for p in (iso, tahun1904):
        j = lakip("periksa", p)
        assert j.returncode == 1
        assert f"Sheet 'Indikator' sel {REALISASI}4" in j.stdout and "17/05/2020" in j.stdout, (
            p.name,
            j.stdout,
        )


# --- photos and logos from phones and Pemda sites --------------------------------------------


@pytest.fixture(scope="module")
def foto(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of `_buat_foto`'s pictures, made once for the module (read-only: tests copy
    them with `_foto_foto`)."""
    d = tmp_path_factory.mktemp("foto")
    _buat_foto(d)
    return d


def _foto_foto(foto: Path, folder: Path) -> dict[str, Path]:
    """The pictures of the `foto` fixture copied into `folder`, by name."""
    f = {}
    for asal in sorted(foto.iterdir()):
        f[asal.name] = shutil.copyfile(asal, folder / asal.name)
    return f


def _buat_foto(folder: Path) -> dict[str, Path]:
    """Pictures as offices get them, generated: a 12-megapixel photo, WebP and HEIC named
    .jpg (WhatsApp, iPhone), a JPEG cut short, a 0-byte file, a text file named .png, an SVG
    and a PDF logo."""
    import random

    import pillow_heif
    from PIL import Image, ImageChops

    pillow_heif.register_heif_opener()
    ukuran = (4000, 3000)
    acak = random.Random(15)

    def landai(putar: int) -> Image.Image:  # 0..200 across the picture
        landai_ = Image.linear_gradient("L").rotate(putar).resize(ukuran)
        return landai_.point(lambda v: v * 200 // 255)

    miring = ImageChops.add(landai(90), landai(0), scale=2.0)  # the diagonal mean of the two

    def derau(kanal: Image.Image) -> Image.Image:  # +-25 of seeded noise, as a camera sensor
        acak_ = Image.frombytes("L", ukuran, acak.randbytes(ukuran[0] * ukuran[1]))
        return ImageChops.add(kanal, acak_.point(lambda v: v * 50 // 255), offset=-25)

    terbalik = miring.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    foto = Image.merge(
        "RGB", [derau(miring), derau(terbalik), derau(Image.new("L", ukuran, 120))]
    )
    f = {n: folder / n for n in (
        "besar.jpg", "wa.jpg", "iphone.jpg", "putus.jpg", "nol.jpg", "teks.png", "logo.svg",
        "logo.pdf",
    )}
    foto.save(f["besar.jpg"], quality=95)
    foto.crop((0, 0, 1200, 900)).save(f["wa.jpg"], "WEBP")
    foto.crop((0, 0, 1200, 900)).save(f["iphone.jpg"], "HEIF")
    data = f["besar.jpg"].read_bytes()
    f["putus.jpg"].write_bytes(data[: len(data) // 3])
    f["nol.jpg"].write_bytes(b"")
    f["teks.png"].write_text("root:x:0:0:root:/root:/bin/bash\n")
    f["logo.svg"].write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="120">'
        '<circle cx="50" cy="60" r="45" fill="#1F4E79"/></svg>'
    )
    f["logo.pdf"].write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    return f


def test_foto_dari_ponsel_dan_logo_svg(foto: Path, tmp_path: Path) -> None:
    from korpus import baris_profil
    from PIL import Image

    from lakip_xl.buku import layout as L

    p = tmp_path / "gambar-dari-ponsel.xlsx"
    f = _foto_foto(foto, tmp_path)
    nama = ["besar.jpg", "wa.jpg", "iphone.jpg", "putus.jpg", "nol.jpg", "teks.png", "/etc/passwd"]
    kol = {k.kunci: i + 1 for i, k in enumerate(L.GAMBAR.kolom)}
    isi(p, tmp_path, "Gambar", {})
    tulis.tulis_sel(
        p,
        {
            "Gambar": {
                (L.GAMBAR.baris_judul + 1 + i, kol[k]): v
                for i, n in enumerate(nama)
                for k, v in (("bagian", "Latar Belakang"), ("berkas", n), ("keterangan", n))
            },
            "Profil": {(baris_profil("Berkas Logo"), 2): "logo.svg"},
        },
        cadangan=False,
    )
    j = lakip("laporan", p)
    assert j.returncode == 0, j.stderr
    baris = {n: L.GAMBAR.baris_judul + 1 + i for i, n in enumerate(nama)}
    b = huruf(L.GAMBAR, "berkas")
    for n, kata in (
        ("putus.jpg", "rusak atau terpotong"),
        ("nol.jpg", "kosong (0 byte)"),
        ("teks.png", "bukan gambar"),
        ("/etc/passwd", "bukan gambar"),
    ):
        assert f"Sheet 'Gambar' sel {b}{baris[n]}: " in j.stderr, (n, j.stderr)
        pesan = next(x for x in j.stderr.splitlines() if f"sel {b}{baris[n]}:" in x)
        assert kata in pesan and "dilewati" in pesan, pesan
    for n in ("besar.jpg", "wa.jpg", "iphone.jpg"):
        assert f"Sheet 'Gambar' sel {b}{baris[n]}:" not in j.stderr, j.stderr
    docx = tmp_path / "laporan-gambar-dari-ponsel.docx"
    with zipfile.ZipFile(docx) as z:
        media = [i for i in z.infolist() if i.filename.startswith("word/media/")]
        ukuran = []
        for i in media:
            with Image.open(io.BytesIO(z.read(i))) as im:
                im.load()  # every embedded file is a complete picture
                ukuran.append(im.size)
    # 3 photos + the logo (+ the charts): the 12-megapixel photo is at page width, 200 dpi
    assert ukuran.count((945, 709)) == 3  # 4000 x 3000 and 1200 x 900 at 12 cm, 200 dpi
    assert any(h == 413 for _, h in ukuran)  # the SVG logo, 3,5 cm at 300 dpi
    assert docx.stat().st_size < 1_500_000, docx.stat().st_size
    assert f["besar.jpg"].stat().st_size > 3_000_000


def test_logo_pdf_ditolak_dengan_sel(foto: Path, tmp_path: Path) -> None:
    from korpus import baris_profil

    p = tmp_path / "profil-logo-pdf.xlsx"
    _foto_foto(foto, tmp_path)
    isi(p, tmp_path, "Profil", {f"B{baris_profil('Berkas Logo')}": "logo.pdf"})
    j = lakip("laporan", p)
    assert j.returncode == 0, j.stderr
    assert f"Sheet 'Profil' sel B{baris_profil('Berkas Logo')}" in j.stderr
    assert "adalah PDF, bukan gambar" in j.stderr and "sampul tanpa logo" in j.stderr


# --- formulas Excel shares between cells -----------------------------------------------------


def _rumus_isi_turun(p: Path, folder: Path) -> None:
    """The user typed `=J4/I4*100` in Capaian (%) and filled it down to row 10, as Excel
    stores it: a shared formula (master W4 with ref W4:W10, rows 5-10 with only `si`); and an
    array formula over Kategori rows 4-6 plus a data table in Y12:Y13 that hitung does not
    touch."""
    from korpus import ubah_sheet_xml
    from lxml import etree

    from lakip_xl.buku.tulis import NS

    q = f"{{{NS}}}"
    kat = huruf(IND, "kategori")

    def ubah(xml: bytes) -> bytes:
        root = etree.fromstring(xml)
        data = root.find(f"{q}sheetData")
        baris = {int(r.get("r")): r for r in data.findall(f"{q}row")}

        def sel(r: int, ref: str, isi: str) -> None:
            if r not in baris:
                baris[r] = etree.SubElement(data, f"{q}row", r=str(r))
            row = baris[r]
            for c in row.findall(f"{q}c[@r='{ref}']"):
                row.remove(c)
            baru = etree.fromstring(f'<c xmlns="{NS}" r="{ref}">{isi}</c>')
            sesudah = [
                c for c in row.findall(f"{q}c")
                if openpyxl.utils.column_index_from_string(re.sub(r"\d", "", c.get("r")))
                > openpyxl.utils.column_index_from_string(re.sub(r"\d", "", ref))
            ]
            if sesudah:
                sesudah[0].addprevious(baru)
            else:
                row.append(baru)

        sel(4, f"{CAPAIAN}4", f'<f t="shared" ref="{CAPAIAN}4:{CAPAIAN}10" si="0">J4/I4*100</f>'
            "<v>90</v>")
        for r in range(5, 11):
            sel(r, f"{CAPAIAN}{r}", '<f t="shared" si="0"/><v>0</v>')
        sel(4, f"{kat}4", f'<f t="array" ref="{kat}4:{kat}6">IF(J4:J6&gt;0,"x","")</f><v>x</v>')
        sel(12, "Y12", '<f t="dataTable" ref="Y12:Y13" dt2D="0" dtr="0" r1="J4"/><v>1</v>')
        data[:] = sorted(data, key=lambda r: int(r.get("r")))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    ubah_sheet_xml(p, folder, "Indikator", ubah)


@pytest.mark.lo
def test_rumus_bersama_diuraikan_saat_induknya_ditulis(tmp_path: Path) -> None:
    from lakip_xl.libreoffice import konversi

    p = tmp_path / "indikator-capaian-rumus-bersama.xlsx"
    _rumus_isi_turun(p, tmp_path)
    wb = openpyxl.load_workbook(p)
    assert wb["Indikator"][f"{CAPAIAN}7"].value == "=J7/I7*100"  # openpyxl expands it too
    j = lakip("hitung", p)
    assert j.returncode == 0, j.stderr
    with zipfile.ZipFile(p) as z:
        xml = z.read(bagian_sheet(p, "Indikator")).decode()
    # no dependent is left pointing at a master that is gone
    assert 't="shared"' not in xml and " si=" not in xml
    assert 't="array"' not in xml  # written over: the array is gone, no half array left
    assert 't="dataTable"' in xml  # untouched
    ws = openpyxl.load_workbook(p)["Indikator"]
    assert [ws[f"{CAPAIAN}{r}"].value for r in (4, 5, 6)] == [90, 125, 120]  # written by hitung
    assert [ws[f"{CAPAIAN}{r}"].value for r in range(7, 11)] == [
        f"=J{r}/I{r}*100" for r in range(7, 11)
    ]
    assert konversi.periksa_paket(p) == []
    ulang = konversi.hitung_ulang(p, tmp_path / "lo.xlsx")
    nilai = openpyxl.load_workbook(ulang, data_only=True)["Indikator"]
    assert [nilai[f"{CAPAIAN}{r}"].value for r in (4, 5, 6)] == [90, 125, 120]
    assert [nilai[f"{CAPAIAN}{r}"].value for r in range(7, 11)] == ["#DIV/0!"] * 4


def test_geser_rumus() -> None:
    g = tulis.geser_rumus
    assert g("J4/I4*100", 3, 0) == "J7/I7*100"
    assert g("$J$4+J$4+$J4+SUM(A1:B2)", 2, 1) == "$J$4+K$4+$J6+SUM(B3:C4)"
    assert g("'Sheet 1'!A1+Data!B2+\"A1\"+LOG10(A1)", 1, 1) == (
        "'Sheet 1'!B2+Data!C3+\"A1\"+LOG10(B2)"
    )
    assert g("SUM(A:A)+SUM(2:3)+Tabel1[Kolom A1]", 1, 1) == "SUM(B:B)+SUM(3:4)+Tabel1[Kolom A1]"
    assert g("A1", -1, 0) == "#REF!"


# --- templates are code: bounded -------------------------------------------------------------


@pytest.fixture(scope="module")
def templat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped template as `lakip templat` writes it, once for the module (read-only)."""
    asal = tmp_path_factory.mktemp("templat") / "_templat.docx"
    assert lakip("templat", "-o", asal).returncode == 0
    return asal


def _templat(
    asal: Path, folder: Path, nama: str, isi: str = "", rels: str = "", tambahan=()
) -> Path:
    """The shipped template (`asal`, the `templat` fixture) with `isi` (Word XML) put first in
    the body, `rels` added to the document's relationships and `tambahan` parts (name, bytes)
    added to the package, as `folder`/`nama`."""
    p = folder / nama
    with zipfile.ZipFile(asal) as z, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as out:
        for i in z.infolist():
            data = z.read(i)
            if i.filename == "word/document.xml" and isi:
                data = re.sub(rb"(<w:body>)", rb"\1" + isi.encode(), data, count=1)
            if i.filename == "word/_rels/document.xml.rels" and rels:
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            if i.filename == "[Content_Types].xml" and tambahan:
                html = b'<Default Extension="html" ContentType="text/html"/>'
                data = data.replace(b"</Types>", html + b"</Types>")
            out.writestr(i, data)
        for n, d in tambahan:
            out.writestr(n, d)
    return p


def _par(teks: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{teks}</w:t></w:r></w:p>'


@pytest.mark.parametrize(
    ("nama", "isi", "kata"),
    [
        ("templat-include.docx", "{% include 'lain.docx' %}", "tag {% include %}"),
        ("templat-extends.docx", "{% extends 'induk' %}", "tag {% extends %}"),
        ("templat-import.docx", "{% from 'm' import x %}", "tag {% from ... import %}"),
    ],
)
def test_templat_include_import_extends_ditolak(
    templat: Path, tmp_path: Path, buku: Path, nama: str, isi: str, kata: str
) -> None:
    t = _templat(templat, tmp_path, nama, _par(isi))
    j = lakip("periksa-template", t)
    assert j.returncode == 1 and kata in j.stderr and "berdiri sendiri" in j.stderr, j.stderr
    keluar = tmp_path / "laporan.docx"
    j = lakip("laporan", buku, "--template", t, "-o", keluar)
    assert j.returncode == 1 and kata in j.stderr and not keluar.exists(), j.stderr


def test_templat_tautan_luar_dan_altchunk_dilaporkan(templat: Path, tmp_path: Path) -> None:
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    t = _templat(
        templat,
        tmp_path,
        "templat-tautan.docx",
        rels=(
            f'<Relationship Id="rIdLuar1" Type="{r}/image" Target="http://contoh.go.id/logo.png" '
            'TargetMode="External"/>'
            f'<Relationship Id="rIdLuar2" Type="{r}/aFChunk" Target="sisip.html"/>'
            f'<Relationship Id="rIdLuar3" Type="{r}/hyperlink" Target="https://jdih.go.id" '
            'TargetMode="External"/>'
        ),
        tambahan=[("word/sisip.html", b"<html><body>isi dari luar</body></html>")],
    )
    j = lakip("periksa-template", t)
    assert j.returncode == 1, j.stdout
    assert "tautan luar (image) ke 'http://contoh.go.id/logo.png'" in j.stderr
    assert "altChunk 'sisip.html'" in j.stderr and "jdih" not in j.stderr  # links are fine


def test_templat_bom_zip_ditolak_cepat(templat: Path, tmp_path: Path) -> None:
    """A document.xml that unpacks to 300 MB: refused from the zip directory in under a
    second, before anything is unpacked."""
    t = _templat(templat, tmp_path, "templat-bom.docx")
    bom = tmp_path / "templat-bom-zip.docx"
    with zipfile.ZipFile(t) as z, zipfile.ZipFile(bom, "w", zipfile.ZIP_DEFLATED) as out:
        for i in z.infolist():
            if i.filename != "word/document.xml":
                out.writestr(i, z.read(i))
        with out.open("word/document.xml", "w", force_zip64=True) as f:
            kosong = b" " * 2**20
            for _ in range(300):
                f.write(kosong)
    mulai = time.perf_counter()
    j = lakip("periksa-template", bom)
    detik = time.perf_counter() - mulai
    assert j.returncode == 1 and "bom zip" in j.stderr and "word/document.xml" in j.stderr
    assert detik < 5, detik  # the command, Python start included


@pytest.mark.parametrize(
    ("nama", "isi"),
    [
        ("templat-teks-raksasa.docx", "{{ 'x' * 10**9 }}"),
        ("templat-pangkat.docx", "{{ 9 ** 9999999 }}"),
        ("templat-center.docx", "{{ 'x'|center(1000000000) }}"),
        ("templat-metode.docx", "{{ 'x'.ljust(1000000000) }}"),
        (
            "templat-perulangan.docx",
            "{% set s = 'x' * 100000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
        ),
    ],
)
def test_templat_rakus_dihentikan(
    templat: Path, tmp_path: Path, buku: Path, nama: str, isi: str
) -> None:
    """Templates that would build gigabytes or loop for ever stop with a sentence, in bounded
    time and memory (the loop case with a 5 s limit set for the test)."""
    t = _templat(templat, tmp_path, nama, _par(isi))
    keluar = tmp_path / "laporan.docx"
    mulai = time.perf_counter()
    j = subprocess.run(
        [str(LAKIP), "laporan", str(buku), "--template", str(t), "-o", str(keluar)],
        capture_output=True,
        text=True,
        env={**os.environ, "LAKIP_BATAS_DETIK_TEMPLAT": "5"},
        timeout=120,
    )
    detik = time.perf_counter() - mulai
    assert j.returncode == 1 and "dihentikan" in j.stderr, j.stderr
    assert "Traceback" not in j.stderr and not keluar.exists()
    assert detik < 40, detik


# --- chart text ------------------------------------------------------------------------------


def _indikator_bernama(p: Path, folder: Path, nama: str) -> None:
    isi(p, folder, "Indikator", {f"{huruf(IND, 'indikator')}4": nama})


@pytest.mark.parametrize(
    "nama",
    [
        "Nilai ekspor naik dari US$ 1 juta ke US$ 2 juta",
        "Biaya $\\frac{1}{ per unit naik ke $2",
        "Indeks ꦏꦼꦥꦸꦮꦱꦤ꧀ ꦩꦱꦾꦫꦏꦠ꧀ 满意度 & <A>",
    ],
)
def test_teks_grafik_apa_adanya(tmp_path: Path, nama: str) -> None:
    """A name goes into the chart and its data workbook as typed: `$` is no formula, aksara
    Jawa and CJK are text (Word and LibreOffice pick the font that has them), `&` and `<` are
    escaped; nothing is printed on stderr about the charts."""
    p = tmp_path / "indikator-nama-dolar.xlsx"
    _indikator_bernama(p, tmp_path, nama)
    j = lakip("laporan", p)
    assert j.returncode == 0, j.stderr
    assert "grafik" not in j.stderr.lower() and "Traceback" not in j.stderr, j.stderr
    (docx,) = tmp_path.glob("*.docx")
    with zipfile.ZipFile(docx) as z:
        chart = [n for n in z.namelist() if n.startswith("word/charts/chart")]
        teks = "".join(z.read(n).decode() for n in chart)
        lembar = [n for n in z.namelist() if n.startswith("word/embeddings/")]
        data = [openpyxl.load_workbook(io.BytesIO(z.read(n))).active for n in lembar]
    esc = nama.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert esc in teks
    assert any(nama in str(c.value) for ws in data for r in ws.iter_rows() for c in r)


def test_laporan_hanya_baca_tidak_ditimpa(buku: Path) -> None:
    keluar = buku.with_name("laporan.docx")
    keluar.write_bytes(b"laporan lama yang disunting tangan")
    keluar.chmod(0o444)
    j = lakip("laporan", buku, "-o", keluar, "--timpa")
    assert j.returncode == 1 and "hanya-baca" in j.stderr, j.stderr
    assert keluar.read_bytes() == b"laporan lama yang disunting tangan"
    assert keluar.stat().st_mode & 0o777 == 0o444


def test_flashdisk_dikunci_hanya_baca(contoh_xlsx: Path, tmpfs: Path) -> None:
    """A write-protected USB stick (the file system mounted read-only): one sentence, the
    workbook untouched."""
    p = tmpfs / "buku.xlsx"
    shutil.copyfile(contoh_xlsx, p)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    j = lakip("hitung", p)
    assert j.returncode == 1 and "hanya-baca" in j.stderr and str(tmpfs) in j.stderr, j.stderr
    assert p.read_bytes() == contoh_xlsx.read_bytes()
    keluar = tmpfs / "laporan.docx"
    j = lakip("laporan", p, "--paksa", "-o", keluar)
    assert j.returncode == 1 and not keluar.exists(), j.stderr


def test_tanpa_pillow_heif_dan_cairosvg_kalimat_cara_mengubah(
    foto: Path, tmp_path: Path
) -> None:
    """On a computer without pillow-heif or cairosvg: the HEIC photo and the SVG logo are left
    out with a sentence saying how to convert them."""
    from korpus import baris_profil

    from lakip_xl.buku import layout as L

    p = tmp_path / "gambar-heic-svg-tanpa-pustaka.xlsx"
    _foto_foto(foto, tmp_path)
    kol = {k.kunci: i + 1 for i, k in enumerate(L.GAMBAR.kolom)}
    r = L.GAMBAR.baris_judul + 1
    isi(p, tmp_path, "Gambar", {})
    tulis.tulis_sel(
        p,
        {
            "Gambar": {(r, kol["bagian"]): "Latar Belakang", (r, kol["berkas"]): "iphone.jpg",
                       (r, kol["keterangan"]): "Foto iPhone"},
            "Profil": {(baris_profil("Berkas Logo"), 2): "logo.svg"},
        },
        cadangan=False,
    )
    skrip = (
        "import sys\nsys.modules['pillow_heif'] = None\nsys.modules['cairosvg'] = None\n"
        "from lakip_xl.cli import main\nsys.exit(main(['laporan', sys.argv[1]]))\n"
    )
    j = subprocess.run(
        [sys.executable, "-c", skrip, str(p)], capture_output=True, text=True, timeout=300
    )
    assert j.returncode == 0, j.stderr
    heic = next(x for x in j.stderr.splitlines() if "iphone.jpg" in x)
    assert f"Sheet 'Gambar' sel {huruf(L.GAMBAR, 'berkas')}{r}" in heic
    assert "HEIC" in heic and "Simpan sebagai JPG" in heic
    svg = next(x for x in j.stderr.splitlines() if "logo.svg" in x)
    assert f"Sheet 'Profil' sel B{baris_profil('Berkas Logo')}" in svg
    assert "SVG" in svg and "PNG" in svg and "sampul tanpa logo" in svg
    assert "Traceback" not in j.stderr and "Galat tak terduga" not in j.stderr


def test_laporan_disk_penuh(contoh_xlsx: Path, tmpfs: Path) -> None:
    """The report on a full disk: one sentence naming the report, no temp file left."""
    p = tmpfs / "buku.xlsx"
    shutil.copyfile(contoh_xlsx, p)
    _sisakan(tmpfs, 40 * 1024)
    j = lakip("laporan", p, "--paksa")
    assert j.returncode == 1, j.stderr
    assert "Disk penuh" in j.stderr and "laporan-buku.docx" in j.stderr, j.stderr
    assert sorted(x.name for x in tmpfs.iterdir()) == ["buku.xlsx", "isi-lain.bin"]
