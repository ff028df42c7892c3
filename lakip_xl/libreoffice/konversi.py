"""The one module that talks to LibreOffice: PDF export, recalculation, document info, macros."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
import warnings
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.parsers import expat

from lakip_xl.buku import simpan
from lakip_xl.errors import LakipError, alasan_os

__all__ = [
    "PYTHON_SISTEM",
    "cari_soffice",
    "hitung_ulang",
    "jalankan_makro_python",
    "ke_pdf",
    "muat_info",
    "periksa_paket",
    "tersedia",
]

#: The interpreter that has Debian's python3-uno; a venv/pyenv Python cannot `import uno`.
PYTHON_SISTEM = "/usr/bin/python3"
_SOFFICE_DEBIAN = "/usr/lib/libreoffice/program/soffice"
_SKRIP_UNO = Path(__file__).with_name("uno_klien.py")
_PESAN_TIDAK_ADA = (
    "LibreOffice tidak ditemukan; jalankan scripts/pasang-libreoffice.sh sebagai root."
)
_TUNGGU_SAMBUNG = 30.0  # seconds the UNO client keeps retrying while soffice starts
_TUNGGU_BERHENTI = 15.0  # seconds soffice gets to exit after desktop.terminate()
_PYTHON_ENV_BUANG = ("PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP", "PYTHONUSERBASE")
_EKSTENSI_OOXML = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".docx", ".docm", ".dotx"})
_EKSTENSI_ZIP = _EKSTENSI_OOXML | {".ods", ".ots", ".odt", ".ott"}
_FORMAT_CALC = frozenset({".xlsx", ".xlsm", ".ods", ".xls"})
_FORMAT_WRITER = frozenset({".docx", ".odt", ".doc", ".pdf"})
_PATH_SISTEM = ("/usr/bin", "/bin", "/usr/sbin", "/sbin")

# Seeded into each fresh profile: no .~lock.*# files next to the documents we open.
_REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse">\
<value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseDocumentSystemFileLocking" \
oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def cari_soffice() -> str | None:
    """Path of the LibreOffice launcher (soffice/libreoffice on PATH, then Debian's), or None."""
    for nama in ("soffice", "libreoffice"):
        ditemukan = shutil.which(nama)
        if ditemukan:
            return ditemukan
    if os.path.isfile(_SOFFICE_DEBIAN) and os.access(_SOFFICE_DEBIAN, os.X_OK):
        return _SOFFICE_DEBIAN
    return None


@functools.lru_cache(maxsize=1)
def tersedia() -> bool:
    """True when soffice exists and the system Python can `import uno` (answer is cached)."""
    if cari_soffice() is None or not os.access(PYTHON_SISTEM, os.X_OK):
        return False
    try:
        hasil = subprocess.run(
            [PYTHON_SISTEM, "-I", "-c", "import uno"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
            env=_env_anak(),
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return hasil.returncode == 0


def ke_pdf(
    docx: Path, pdf: Path, *, perbarui_indeks: bool = True, batas_detik: float = 180
) -> Path:
    """Export a Writer document (.docx/.odt) to PDF after updating its indexes and fields.

    With `perbarui_indeks`, every document index (table of contents, list of tables and
    figures) is updated and text fields are refreshed, twice, because filling the TOC can move
    headings to later pages. The PDF is written atomically: a temporary file in the target
    directory, then `os.replace`.
    """
    docx, pdf = Path(docx), Path(pdf)
    _pastikan_sumber(docx)
    argumen = [str(docx.resolve())]
    with simpan.sementara(pdf, ".pdf") as sementara:
        argumen.append(str(Path(sementara).absolute()))  # soffice runs in another folder
        if not perbarui_indeks:
            argumen.append("--tanpa-indeks")
        _jalankan(
            "pdf",
            argumen,
            batas_detik=batas_detik,
            tindakan=f"mengubah berkas {docx.name} ke PDF",
            gagal=f"LibreOffice gagal mengubah berkas {docx.name} ke PDF",
        )
    return pdf


def hitung_ulang(
    xlsx: Path, keluar: Path, *, izinkan_perbaikan: bool = False, batas_detik: float = 180
) -> Path:
    """Recalculate every formula in Calc (calculateAll) and store the result at `keluar`.

    The format follows the extension of `keluar`: .xlsx ("Calc MS Excel 2007 XML"), .xlsm
    ("Calc MS Excel 2007 VBA XML"), .ods, .xls. The stored file holds the recalculated cached
    values, so `openpyxl.load_workbook(..., data_only=True)` sees them. It is meant for reading
    values back, not for handing to Excel users: for .xlsm LibreOffice 7.4 regenerates
    xl/vbaProject.bin from its Basic import (class-module attributes are lost) and drops the
    workbook/sheet codeName attributes the VBA document modules are bound to.

    A damaged package is refused (LakipError) unless `izinkan_perbaikan`: LibreOffice does not
    say when it repairs an .xlsx, it silently loads damaged parts as empty sheets, so the file
    is checked first with `periksa_paket`. With `izinkan_perbaikan` the damaged file is loaded
    (with RepairPackage, which rescues .ods packages) and a RuntimeWarning names the problem.
    """
    xlsx, keluar = Path(xlsx), Path(keluar)
    _pastikan_sumber(xlsx)
    _pastikan_format(keluar, _FORMAT_CALC)
    masalah = periksa_paket(xlsx)
    if masalah and not izinkan_perbaikan:
        raise LakipError(
            f"Berkas {xlsx.name} rusak ({masalah[0]}), jadi perhitungan ulang dibatalkan agar "
            "LibreOffice tidak mengosongkan bagian yang rusak tanpa peringatan."
        )
    with simpan.sementara(keluar) as sementara:
        argumen = [str(xlsx.resolve()), str(Path(sementara).absolute())]
        if izinkan_perbaikan:
            argumen.append("--izinkan-perbaikan")
        hasil = _jalankan(
            "hitung",
            argumen,
            batas_detik=batas_detik,
            tindakan=f"menghitung ulang berkas {xlsx.name}",
            gagal=f"LibreOffice gagal menghitung ulang berkas {xlsx.name}",
        )
    if masalah or hasil.get("diperbaiki"):
        alasan = masalah[0] if masalah else "paket ZIP harus diperbaiki"
        warnings.warn(
            f"Berkas {xlsx.name} diperbaiki oleh LibreOffice ({alasan}); periksa isinya.",
            RuntimeWarning,
            stacklevel=2,
        )
    return keluar


def muat_info(path: Path, *, batas_detik: float = 180) -> dict[str, Any]:
    """Sheets and Basic/VBA macro modules of any document LibreOffice can open.

    Returns {"sheets": [...], "basic_modules": {library: [module, ...]},
    "basic_source": {"Library.Module": source}} plus "jenis" ("calc"/"writer"/"lain"),
    "pustaka_terkunci" (password-protected libraries, not read), "masalah_paket"
    (`periksa_paket`) and "perlu_perbaikan" (the package is damaged or needed RepairPackage).
    VBA of an .xlsm/.xls is imported into the library "VBAProject" and each module's source
    starts with "Rem Attribute VBA_ModuleType=VBAModule" and "Option VBASupport 1". Writer
    documents have a "Standard" library; an .xlsx without macros has no library at all.
    """
    path = Path(path)
    _pastikan_sumber(path)
    masalah = periksa_paket(path)
    hasil = _jalankan(
        "info",
        [str(path.resolve())],
        batas_detik=batas_detik,
        tindakan=f"membuka berkas {path.name}",
        gagal=f"LibreOffice gagal membuka berkas {path.name}",
    )
    hasil.pop("ok", None)
    hasil["masalah_paket"] = masalah
    hasil["perlu_perbaikan"] = bool(masalah or hasil.get("perlu_perbaikan"))
    return hasil


def periksa_paket(path: Path) -> list[str]:
    """Integrity problems of a ZIP-based document (.xlsx/.xlsm/.docx/.ods/...), [] when intact.

    Checks what LibreOffice would silently repair: the ZIP directory, every member's CRC and
    that every XML part is well-formed. Other formats (.xls, .doc, .csv) return [].
    """
    path = Path(path)
    if path.suffix.lower() not in _EKSTENSI_ZIP:
        return []
    try:
        arsip = zipfile.ZipFile(path)
    except OSError as exc:
        return [f"berkas {alasan_os(exc)}"]
    except zipfile.BadZipFile:
        return ["bukan arsip ZIP yang utuh (terpotong atau rusak)"]
    masalah: list[str] = []
    with arsip:
        nama = set(arsip.namelist())
        if path.suffix.lower() in _EKSTENSI_OOXML and "[Content_Types].xml" not in nama:
            masalah.append("bagian [Content_Types].xml tidak ada")
        for info in arsip.infolist():
            if info.is_dir():
                continue
            try:
                with arsip.open(info) as isi:
                    if info.filename.endswith((".xml", ".rels", ".vml")):
                        _periksa_xml(isi)
                    else:
                        while isi.read(1 << 20):
                            pass
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
                masalah.append(f"bagian {info.filename} rusak (isinya terpotong atau berubah)")
            except expat.ExpatError as exc:
                masalah.append(
                    f"bagian {info.filename} bukan XML yang sah (baris {exc.lineno}, kolom "
                    f"{exc.offset + 1})"
                )
            except NotImplementedError:
                masalah.append(
                    f"bagian {info.filename} tidak bisa dibaca (dikemas dengan cara yang tidak "
                    "dikenal)"
                )
    return masalah


def jalankan_makro_python(
    doc: Path,
    keluar: Path,
    skrip: Path,
    fungsi: str,
    *,
    batas_detik: float = 180,
    siapkan_profil: Callable[[Path], object] | None = None,
) -> Path:
    """Run `fungsi(document)` from the Python file `skrip` inside LibreOffice, store to `keluar`.

    `skrip` is copied into the isolated profile's user/Scripts/python/ and called through the
    document's script provider (vnd.sun.star.script:NAME.py$FUNC?language=Python&location=user)
    with the loaded document as its only argument. Inside such a call
    XSCRIPTCONTEXT.getDocument() would not return the hidden document, so the macro must use
    its argument. The format of `keluar` follows its extension. `siapkan_profil`, when given,
    is called with the isolated profile's user/ folder before LibreOffice starts (e.g. to
    install more user macros there, as `lakip pasang-libreoffice --profil` does).
    """
    doc, keluar, skrip = Path(doc), Path(keluar), Path(skrip)
    _pastikan_sumber(doc)
    _pastikan_format(keluar, _FORMAT_CALC | _FORMAT_WRITER)
    if not skrip.is_file():
        raise LakipError(f"Skrip makro {skrip} tidak ditemukan.")
    if skrip.suffix != ".py":
        raise LakipError(f"Skrip makro {skrip.name} harus berupa berkas .py.")
    if not fungsi.isidentifier():
        raise LakipError(f"Nama fungsi makro '{fungsi}' tidak sah.")
    with simpan.sementara(keluar) as sementara:
        _jalankan(
            "makro",
            [str(doc.resolve()), str(sementara), skrip.name, fungsi],
            batas_detik=batas_detik,
            tindakan=f"menjalankan makro {skrip.name}${fungsi} pada berkas {doc.name}",
            gagal=f"LibreOffice gagal menjalankan makro {skrip.name}${fungsi} pada berkas "
            f"{doc.name}",
            skrip_makro=skrip,
            siapkan_profil=siapkan_profil,
        )
    return keluar


# ---------------------------------------------------------------------------------------------


def _periksa_xml(isi: Any) -> None:
    """Parse a stream with expat (no DTD or external entities are fetched) to prove it is XML."""
    pengurai = expat.ParserCreate()
    while True:
        potongan = isi.read(1 << 20)
        if not potongan:
            break
        pengurai.Parse(potongan, False)
    pengurai.Parse(b"", True)


def _pastikan_format(keluar: Path, format_sah: frozenset[str]) -> None:
    if keluar.suffix.lower() not in format_sah:
        daftar = ", ".join(sorted(format_sah))
        raise LakipError(
            f"Format keluaran {keluar.name} tidak didukung; gunakan salah satu dari {daftar}."
        )


def _pastikan_sumber(path: Path) -> None:
    if not path.is_file():
        raise LakipError(f"Berkas {path} tidak ditemukan.")


def _env_anak() -> dict[str, str]:
    """Environment for soffice and the system Python: no venv/pyenv Python settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in _PYTHON_ENV_BUANG and not k.startswith(("PYENV", "VIRTUAL_ENV", "CONDA"))
    }
    # LibreOffice's embedded Python finds its standard library through the first `python3` on
    # PATH; a pyenv/venv one there makes every Python macro fail (std::bad_alloc).
    lama = [d for d in env.get("PATH", "").split(os.pathsep) if d and d not in _PATH_SISTEM]
    env["PATH"] = os.pathsep.join([*_PATH_SISTEM, *lama])
    env.setdefault("SAL_USE_VCLPLUGIN", "svp")
    return env


def _bunuh(proses: subprocess.Popen[bytes] | None) -> None:
    """Kill a process started with start_new_session=True together with its process group."""
    if proses is None or proses.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proses.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proses.wait(timeout=10)


def _ekor(path: Path, batas: int = 400) -> str:
    try:
        teks = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return " ".join(teks.split())[-batas:]


def _jalankan(
    perintah: str,
    argumen: list[str],
    *,
    batas_detik: float,
    tindakan: str,
    gagal: str,
    skrip_makro: Path | None = None,
    siapkan_profil: Callable[[Path], object] | None = None,
) -> dict[str, Any]:
    """Start an isolated headless soffice, run uno_klien.py `perintah`, return its JSON result."""
    soffice = cari_soffice()
    if soffice is None or not tersedia():
        raise LakipError(_PESAN_TIDAK_ADA)
    tenggat = time.monotonic() + batas_detik
    kerja = Path(tempfile.mkdtemp(prefix="lakip-lo-"))
    pipa = f"lakip{uuid.uuid4().hex[:20]}"
    office: subprocess.Popen[bytes] | None = None
    klien: subprocess.Popen[bytes] | None = None
    profil = kerja / "profil"
    try:
        (profil / "user").mkdir(parents=True)
        (profil / "user" / "registrymodifications.xcu").write_text(_REGISTRY, encoding="utf-8")
        if skrip_makro is not None:
            folder = profil / "user" / "Scripts" / "python"
            folder.mkdir(parents=True)
            shutil.copyfile(skrip_makro, folder / skrip_makro.name)
        if siapkan_profil is not None:
            siapkan_profil(profil / "user")
        env = _env_anak()
        env["HOME"] = str(kerja)  # keep ~/.config and font caches of the user untouched
        # soffice's own lu*.tmp folder goes here too, so a killed office leaves nothing in /tmp.
        (kerja / "tmp").mkdir()
        env["TMPDIR"] = str(kerja / "tmp")
        with (kerja / "soffice.log").open("wb") as log_office:
            office = subprocess.Popen(
                [
                    soffice,
                    "--headless",
                    "--invisible",
                    "--nologo",
                    "--norestore",
                    "--nodefault",
                    "--nolockcheck",
                    f"--accept=pipe,name={pipa};urp;StarOffice.ComponentContext",
                    f"-env:UserInstallation={profil.as_uri()}",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log_office,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=kerja,
                start_new_session=True,
            )
        keluaran, galat = kerja / "klien.out", kerja / "klien.err"
        with keluaran.open("wb") as out, galat.open("wb") as err:
            klien = subprocess.Popen(
                [
                    PYTHON_SISTEM,
                    "-I",
                    str(_SKRIP_UNO),
                    "--pipa",
                    pipa,
                    "--tunggu-sambung",
                    f"{min(_TUNGGU_SAMBUNG, batas_detik):g}",
                    perintah,
                    *argumen,
                ],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                env=env,
                cwd=kerja,
                start_new_session=True,
            )
        kode = _tunggu(klien, office, tenggat, batas_detik, tindakan, kerja)
        _tunggu_berhenti(office)  # the client asked it to terminate, success or not
        hasil = _baca_hasil(keluaran)
        if kode != 0 or not hasil.get("ok"):
            if hasil.get("pesan"):  # the UNO client's own sentence (uno_klien.py)
                raise LakipError(
                    f"{gagal}: {str(hasil['pesan']).rstrip('. ')}.", rincian=hasil.get("rincian")
                )
            raise LakipError(  # LibreOffice's own words are English: shown with --debug
                f"{gagal}. Pastikan berkas itu dapat dibuka di LibreOffice, lalu ulangi; "
                "rincian teknisnya tampil dengan --debug.",
                rincian=hasil.get("rincian") or _ekor(galat) or f"kode keluar {kode}",
            )
        return hasil
    finally:
        _bunuh(klien)
        _bunuh(office)
        shutil.rmtree(kerja, ignore_errors=True)
        _hapus_soket(pipa, profil.as_uri())


def _hapus_soket(pipa: str, url_profil: str) -> None:
    """Remove the Unix sockets a killed soffice leaves in /tmp (a clean exit removes them).

    LibreOffice names its single-instance socket SingleOfficeIPC_<md5 of the UTF-16LE profile
    URL, each byte in hex without zero padding>; both names are unique to this run.
    """
    ringkas = hashlib.md5(url_profil.encode("utf-16-le"), usedforsecurity=False).digest()
    ipc = "SingleOfficeIPC_" + "".join(format(b, "x") for b in ringkas)
    for folder in ("/tmp", "/var/tmp"):
        for nama in (pipa, ipc):
            with contextlib.suppress(OSError):
                os.unlink(f"{folder}/OSL_PIPE_{os.getuid()}_{nama}")


def _tunggu(
    klien: subprocess.Popen[bytes],
    office: subprocess.Popen[bytes],
    tenggat: float,
    batas_detik: float,
    tindakan: str,
    kerja: Path,
) -> int:
    """Wait for the UNO client; stop early if soffice dies first or the deadline passes."""
    office_mati_sejak: float | None = None
    while True:
        kode = klien.poll()
        if kode is not None:
            return kode
        sekarang = time.monotonic()
        if sekarang >= tenggat:
            _bunuh(klien)
            _bunuh(office)
            raise LakipError(
                f"LibreOffice tidak selesai dalam {batas_detik:g} detik saat {tindakan}; "
                "prosesnya dihentikan."
            )
        if office.poll() is not None:
            # soffice can exit right after terminate() while the client is still writing;
            # give the client a moment before calling it a crash.
            if office_mati_sejak is None:
                office_mati_sejak = sekarang
            elif sekarang - office_mati_sejak > 5:
                _bunuh(klien)
                alasan = _ekor(kerja / "soffice.log") or f"kode keluar {office.returncode}"
                raise LakipError(
                    f"LibreOffice berhenti tiba-tiba saat {tindakan}; ulangi, dan bila terjadi "
                    "lagi, rincian teknisnya tampil dengan --debug.",
                    rincian=alasan,
                )
        time.sleep(0.05)


def _tunggu_berhenti(office: subprocess.Popen[bytes]) -> None:
    try:
        office.wait(timeout=_TUNGGU_BERHENTI)
    except subprocess.TimeoutExpired:
        _bunuh(office)


def _baca_hasil(keluaran: Path) -> dict[str, Any]:
    """The last JSON line the UNO client printed, or {} when there is none."""
    try:
        baris = keluaran.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return {}
    for teks in reversed(baris):
        with contextlib.suppress(ValueError):
            hasil = json.loads(teks)
            if isinstance(hasil, dict):
                return hasil
    return {}
