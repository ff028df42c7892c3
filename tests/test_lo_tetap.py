"""The shared LibreOffice of LAKIP_LO_TETAP (lakip_xl.libreoffice.tetap): same output as a fresh
office, calls take turns across threads and processes, a dead, deaf or timed-out office is
replaced, nothing is left behind, and without the variable every call has its own office."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from lakip_xl.errors import LakipError
from lakip_xl.libreoffice import konversi as office
from lakip_xl.libreoffice import tetap

pytestmark = pytest.mark.lo

JUDUL = ("Bab Satu Pendahuluan", "Bab Dua Perencanaan", "Bab Tiga Akuntabilitas")


@pytest.fixture(autouse=True)
def _ada_libreoffice() -> None:
    if not office.tersedia():
        pytest.fail("LibreOffice (soffice dengan python3-uno) dibutuhkan oleh uji ini")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A shared office of this test alone (not the session's), stopped at its end."""
    f = tmp_path / "lo-tetap"
    monkeypatch.setenv(tetap.VAR, str(f))
    yield f
    tetap.hentikan(f)


def _docx(path: Path, isi: str = "Isi bab.") -> Path:
    """Three headings on three pages (the table of contents is test_office's)."""
    doc = Document()
    doc.add_paragraph("Laporan Uji", style="Title")
    for judul in JUDUL:
        doc.add_page_break()
        doc.add_heading(judul, 1)
        doc.add_paragraph(isi)
    doc.save(path)
    return path


def _teks(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _status(f: Path) -> dict:
    return json.loads((f / "office.json").read_text(encoding="utf-8"))


def _soket(pipa: str) -> Path:
    return Path(f"/tmp/OSL_PIPE_{os.getuid()}_{pipa}")


def _hidup(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] not in ("Z", "X")


def _dokumen_terbuka(pipa: str) -> int:
    """How many documents the office on `pipa` has open (asked over UNO by the system Python)."""
    kode = (
        "import sys, uno\n"
        "ctx = uno.getComponentContext()\n"
        "r = ctx.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver',"
        " ctx)\n"
        "c = r.resolve(f'uno:pipe,name={sys.argv[1]};urp;StarOffice.ComponentContext')\n"
        "d = c.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', c)\n"
        "e = d.getComponents().createEnumeration()\n"
        "n = 0\n"
        "while e.hasMoreElements():\n"
        "    e.nextElement()\n"
        "    n += 1\n"
        "print(n)\n"
    )
    hasil = subprocess.run(
        [office.PYTHON_SISTEM, "-I", "-c", kode, pipa],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return int(hasil.stdout.strip())


def _anak_office() -> set[int]:
    """Pids of LibreOffice processes whose parent is this process."""
    anak = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            isi = stat.read_text()
        except OSError:
            continue
        nama, _, sisa = isi.partition("(")[2].rpartition(")")
        bagian = sisa.split()
        hidup = bagian[0] not in ("Z", "X") and int(bagian[1]) == os.getpid()
        if hidup and nama in ("oosplash", "soffice.bin", "soffice"):
            anak.add(int(stat.parent.name))
    return anak


# --- the same documents as from a fresh office ------------------------------------------------


def test_dua_pdf_dari_office_bersama_sama_dengan_office_baru(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docx = _docx(tmp_path / "a.docx")
    with monkeypatch.context() as m:
        m.delenv(tetap.VAR)
        baru = _teks(office.ke_pdf(docx, tmp_path / "baru.pdf"))
    assert not folder.exists()  # without the variable the folder is not even made
    pertama = _teks(office.ke_pdf(docx, tmp_path / "b1.pdf"))
    pid = _status(folder)["pid"]
    kedua = _teks(office.ke_pdf(docx, tmp_path / "b2.pdf"))
    assert _status(folder)["pid"] == pid  # one office for both
    assert pertama == kedua == baru
    # one heading a page after the title page
    halaman = baru.split("\f")
    assert [h.split()[:3] for h in halaman[1:4]] == [j.split() for j in JUDUL]
    assert _dokumen_terbuka(_status(folder)["pipa"]) == 0


def test_hitung_ulang_dan_info_di_office_bersama(tmp_path: Path, folder: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"], ws["B1"], ws["C1"] = 21, "=A1*2", "=SUM(A1:B1)"
    wb.create_sheet("Kedua")
    wb.save(tmp_path / "a.xlsx")
    keluar = office.hitung_ulang(tmp_path / "a.xlsx", tmp_path / "b.xlsx")
    pid = _status(folder)["pid"]
    data = openpyxl.load_workbook(keluar, data_only=True)["Data"]
    assert (data["B1"].value, data["C1"].value) == (42, 63)
    assert office.muat_info(tmp_path / "a.xlsx")["sheets"] == ["Data", "Kedua"]
    # a Writer document in the same office after Calc ones
    _teks(office.ke_pdf(_docx(tmp_path / "c.docx"), tmp_path / "c.pdf"))
    assert _status(folder)["pid"] == pid
    assert _dokumen_terbuka(_status(folder)["pipa"]) == 0


# --- taking turns ------------------------------------------------------------------------------


def test_dua_thread_dan_cli_bergiliran(tmp_path: Path, folder: Path, contoh_xlsx: Path) -> None:
    """While the lock is held, two threads and a `lakip laporan --pdf` subprocess (it inherits
    the variable) all wait; released, they take turns on the one office and all finish."""
    office.ke_pdf(_docx(tmp_path / "awal.docx"), tmp_path / "awal.pdf")
    pid = _status(folder)["pid"]
    buku = tmp_path / "cli" / contoh_xlsx.name
    buku.parent.mkdir()
    shutil.copyfile(contoh_xlsx, buku)
    docx = [_docx(tmp_path / f"t{i}.docx", f"Isi thread {i}.") for i in (1, 2)]
    galat: list[BaseException] = []

    def ubah(i: int) -> None:
        try:
            office.ke_pdf(docx[i - 1], tmp_path / f"t{i}.pdf")
        except BaseException as exc:  # reported by the test
            galat.append(exc)

    with tetap.kunci(folder, 10) as kunci:
        assert kunci is not None
        thread = [threading.Thread(target=ubah, args=(i,)) for i in (1, 2)]
        for t in thread:
            t.start()
        cli = subprocess.Popen(
            [sys.executable, "-m", "lakip_xl.cli", "laporan", buku.name, "--pdf"],
            cwd=buku.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert cli.stdout is not None
        for baris in cli.stdout:
            if baris.startswith("Mengubah"):
                break
        time.sleep(3)  # all three are at the lock now; none may get past it
        assert cli.poll() is None and all(t.is_alive() for t in thread)
        assert not list(tmp_path.glob("t?.pdf")) and not list(buku.parent.glob("*.pdf"))
    for t in thread:
        t.join(120)
    _, err = cli.communicate(timeout=240)
    assert cli.returncode == 0, err
    assert galat == []
    for i in (1, 2):
        assert f"Isi thread {i}." in _teks(tmp_path / f"t{i}.pdf")
    (pdf,) = buku.parent.glob("*.pdf")
    assert "Panyipatan" in _teks(pdf)
    assert _status(folder)["pid"] == pid  # the CLI used this process's office
    assert _dokumen_terbuka(_status(folder)["pipa"]) == 0


# --- a broken office is replaced -------------------------------------------------------------


def test_office_bersama_yang_dibunuh_diganti(tmp_path: Path, folder: Path) -> None:
    docx = _docx(tmp_path / "a.docx")
    office.ke_pdf(docx, tmp_path / "a.pdf")
    lama = _status(folder)
    os.killpg(lama["pid"], signal.SIGKILL)
    batas = time.monotonic() + 30
    while _hidup(lama["pid"]):  # (a zombie until reaped counts as dead)
        assert time.monotonic() < batas
        time.sleep(0.05)
    pdf = office.ke_pdf(docx, tmp_path / "b.pdf")
    assert "Bab Dua Perencanaan" in _teks(pdf)
    baru = _status(folder)
    assert baru["pid"] != lama["pid"] and baru["pipa"] != lama["pipa"]
    assert not _hidup(lama["pid"])
    assert not _soket(lama["pipa"]).exists()  # the killed office's socket is removed
    assert not Path(lama["profil"].removeprefix("file://")).exists()


def test_office_bersama_yang_tidak_menjawab_diganti(tmp_path: Path, folder: Path) -> None:
    """A live process recorded as the office but not listening: replaced after a short wait."""
    folder.mkdir()
    tuli = subprocess.Popen(
        [sys.executable, "-c", "import time; print('siap', flush=True); time.sleep(300)",
         "--accept=pipe,name=lakiptuli;"],
        start_new_session=True, stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        # running Python: its command line is set (see test_sapu_office_run_yang_terbunuh)
        assert tuli.stdout is not None and tuli.stdout.readline() == b"siap\n"
        catatan = {
            "pid": tuli.pid,
            "pipa": "lakiptuli",
            "profil": "file:///tidak-ada",
            "log": str(folder / "soffice.log"),
        }
        (folder / "office.json").write_text(json.dumps(catatan), encoding="utf-8")
        mulai = time.monotonic()
        pdf = office.ke_pdf(_docx(tmp_path / "a.docx"), tmp_path / "a.pdf")
        assert time.monotonic() - mulai < 60
        assert "Bab Tiga Akuntabilitas" in _teks(pdf)
        assert tuli.wait(timeout=10) == -signal.SIGKILL
        assert _status(folder)["pid"] != tuli.pid
    finally:
        if tuli.poll() is None:
            tuli.kill()
            tuli.wait()
        if tuli.stdout is not None:
            tuli.stdout.close()


def test_batas_waktu_membunuh_office_bersama(tmp_path: Path, folder: Path) -> None:
    """A timeout kills the shared office; the next call starts a new one."""
    office.ke_pdf(_docx(tmp_path / "kecil.docx"), tmp_path / "kecil.pdf")
    lama = _status(folder)
    besar = tmp_path / "besar.docx"
    doc = Document()
    for i in range(4000):
        doc.add_paragraph(f"Paragraf {i} " + "isi laporan kinerja " * 8)
    doc.save(besar)
    keluar = tmp_path / "keluar"
    keluar.mkdir()
    with pytest.raises(LakipError, match=r"tidak selesai dalam 0\.3 detik"):
        office.ke_pdf(besar, keluar / "besar.pdf", batas_detik=0.3)
    assert list(keluar.iterdir()) == []
    assert not (folder / "office.json").exists()
    assert not _hidup(lama["pid"]) and not _soket(lama["pipa"]).exists()
    pdf = office.ke_pdf(_docx(tmp_path / "kecil.docx"), keluar / "lagi.pdf")
    assert "Bab Satu Pendahuluan" in _teks(pdf)
    assert _status(folder)["pid"] != lama["pid"]


def test_hentikan_tidak_meninggalkan_apa_pun(tmp_path: Path, monkeypatch) -> None:
    f = tmp_path / "lo-tetap"
    monkeypatch.setenv(tetap.VAR, str(f))
    office.ke_pdf(_docx(tmp_path / "a.docx"), tmp_path / "a.pdf")
    status = _status(f)
    assert _hidup(status["pid"])
    tetap.hentikan(f)
    assert not _hidup(status["pid"])
    assert not _soket(status["pipa"]).exists() and not f.exists()


def test_hentikan_juga_office_yang_tidak_tercatat(tmp_path: Path) -> None:
    """A caller killed between starting the office and recording it in office.json leaves an
    office no status names: stopping the folder kills it too (it left one soffice per run)."""
    from lakip_xl.libreoffice import proses

    f = tmp_path / "lo-tetap"
    f.mkdir()
    profil, kerja = f / "profil-yatim", f / "tmp-yatim"
    kerja.mkdir()
    proses.profil_baru(profil)
    anak = proses.mulai_office(
        office.cari_soffice() or "soffice", "lakiptyatim", profil, kerja, f / "soffice.log"
    )
    def cucu() -> set[int]:  # soffice.bin, started by the launcher (oosplash)
        hasil = set()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                bagian = stat.read_text().rpartition(")")[2].split()
            except OSError:
                continue
            if int(bagian[1]) == anak.pid and bagian[0] not in ("Z", "X"):
                hasil.add(int(stat.parent.name))
        return hasil

    batas = time.monotonic() + 30
    while not cucu() and time.monotonic() < batas:
        time.sleep(0.05)
    semua = cucu() | {anak.pid}
    assert len(semua) == 2
    assert not (f / "office.json").exists()
    tetap.hentikan(f)
    anak.wait(timeout=10)
    batas = time.monotonic() + 10
    while any(_hidup(p) for p in semua) and time.monotonic() < batas:
        time.sleep(0.05)
    assert not any(_hidup(p) for p in semua) and not f.exists()


# --- without the variable, or a call that needs its own profile --------------------------------


def test_tanpa_variabel_setiap_panggilan_office_sendiri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sesi = os.environ.get(tetap.VAR)
    monkeypatch.delenv(tetap.VAR)
    sebelum = _anak_office()
    docx = _docx(tmp_path / "a.docx")
    for i in (1, 2):
        assert "Bab Dua Perencanaan" in _teks(office.ke_pdf(docx, tmp_path / f"{i}.pdf"))
        assert _anak_office() <= sebelum  # the call's office has exited
    if sesi and (Path(sesi) / "office.json").exists():
        assert _status(Path(sesi))["pid"] not in _anak_office() - sebelum


def test_makro_python_selalu_office_baru(tmp_path: Path, folder: Path) -> None:
    """jalankan_makro_python installs its script into a profile: never the shared office."""
    skrip = tmp_path / "isi.py"
    skrip.write_text(
        "def isi(doc):\n    doc.Sheets.getByIndex(0).getCellRangeByName('B2').setValue(7)\n",
        encoding="utf-8",
    )
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "a.xlsx")
    keluar = office.jalankan_makro_python(tmp_path / "a.xlsx", tmp_path / "b.xlsx", skrip, "isi")
    assert openpyxl.load_workbook(keluar).active["B2"].value == 7
    assert not folder.exists()


def test_sapu_office_run_yang_terbunuh(tmp_path: Path) -> None:
    """A run killed with SIGKILL never stopped its shared office: the next run stops it and
    removes its folder; the folder of a run still going, or one naming no owner, stays."""
    import lo_bersama

    mati = subprocess.Popen([sys.executable, "-c", "pass"])
    mati.wait()  # a pid no process has any more
    hidup = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    folder = {}
    for nama, pemilik in (("yatim", mati.pid), ("jalan", hidup.pid), ("tanpa", None)):
        folder[nama] = tmp_path / f"{lo_bersama.AWALAN}{nama}"
        folder[nama].mkdir()
        if pemilik is not None:
            (folder[nama] / lo_bersama.PEMILIK).write_text(str(pemilik), encoding="ascii")
    # stands in for the orphan soffice: its command line names a profile in the folder
    soffice = subprocess.Popen(
        [sys.executable, "-c", "import time; print('siap', flush=True); time.sleep(120)",
         f"-env:UserInstallation={folder['yatim'].as_uri()}/profil-1"],
        start_new_session=True, stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        # Popen returns once exec has begun, before the kernel has set the new command line
        # (/proc/PID/cmdline is empty for that moment); the orphan the sweep looks for is an
        # office running long since, so wait until the stand-in runs Python
        assert soffice.stdout is not None and soffice.stdout.readline() == b"siap\n"
        assert lo_bersama.sapu_yatim(tmp_path) == [folder["yatim"]]
        assert soffice.wait(timeout=10) == -signal.SIGKILL
        assert not folder["yatim"].exists()
        assert folder["jalan"].exists() and folder["tanpa"].exists()
        assert hidup.poll() is None
    finally:
        for p in (soffice, hidup):
            p.kill()
            p.wait()
        if soffice.stdout is not None:
            soffice.stdout.close()
