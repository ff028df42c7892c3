"""The one module that talks to LibreOffice: PDF export, recalculation, document info, macros.

Each call starts a headless soffice with a fresh isolated profile, runs uno_klien.py against it
and lets it exit. Test/CI facility: when the environment variable LAKIP_LO_TETAP names a folder,
`ke_pdf`, `hitung_ulang` and `muat_info` instead use one soffice kept running in that folder
(`lakip_xl.libreoffice.tetap`), started by the first call that finds none, and take turns on it
with a file lock across threads and processes (child processes inherit the variable). Its client
closes its document and leaves the office running. A shared office that is dead or does not
accept the connection is replaced and the call retried once; one that times out, crashes or is
interrupted is killed, and the next call starts a new one. `jalankan_makro_python` (it needs its
own profile) always starts a fresh office. Whoever set the variable stops the office at the end
with `tetap.hentikan(folder)` (tests/lo_bersama.py does, once per pytest process).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import subprocess
import tempfile
import time
import uuid
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.parsers import expat

from lakip_xl.buku import simpan
from lakip_xl.errors import LakipError, alasan_os
from lakip_xl.libreoffice import proses, tetap

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
_TUNGGU_SAMBUNG_TETAP = 5.0  # the same for a shared office that already answered a call
_TUNGGU_BERHENTI = 15.0  # seconds soffice gets to exit after desktop.terminate()
_EKSTENSI_OOXML = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".docx", ".docm", ".dotx"})
_EKSTENSI_ZIP = _EKSTENSI_OOXML | {".ods", ".ots", ".odt", ".ott"}
_FORMAT_CALC = frozenset({".xlsx", ".xlsm", ".ods", ".xls"})
_FORMAT_WRITER = frozenset({".docx", ".odt", ".doc", ".pdf"})


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
            env=proses.env_anak(),
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


def _ekor(path: Path, batas: int = 400) -> str:
    try:
        teks = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return " ".join(teks.split())[-batas:]


@dataclass(frozen=True)
class _Panggilan:
    """One uno_klien.py command with its deadline and the words of its error messages."""

    perintah: str
    argumen: list[str]
    batas_detik: float
    tenggat: float
    tindakan: str
    gagal: str


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
    """Run uno_klien.py `perintah` against a headless soffice and return its JSON result.

    A fresh isolated soffice, or the shared one of LAKIP_LO_TETAP when that is set and the call
    needs no profile of its own (module docstring); waiting for the shared one's lock may add
    up to `batas_detik`, after which the call starts a fresh office of its own.
    """
    soffice = cari_soffice()
    if soffice is None or not tersedia():
        raise LakipError(_PESAN_TIDAK_ADA)
    folder = tetap.folder()
    if folder is not None and skrip_makro is None and siapkan_profil is None:
        with tetap.kunci(folder, batas_detik) as kunci:
            if kunci is not None:
                return _jalankan_tetap(
                    kunci, soffice, _panggilan(perintah, argumen, batas_detik, tindakan, gagal)
                )
    return _jalankan_baru(
        soffice,
        _panggilan(perintah, argumen, batas_detik, tindakan, gagal),
        skrip_makro,
        siapkan_profil,
    )


def _panggilan(
    perintah: str, argumen: list[str], batas_detik: float, tindakan: str, gagal: str
) -> _Panggilan:
    tenggat = time.monotonic() + batas_detik
    return _Panggilan(perintah, argumen, batas_detik, tenggat, tindakan, gagal)


def _jalankan_baru(
    soffice: str,
    p: _Panggilan,
    skrip_makro: Path | None,
    siapkan_profil: Callable[[Path], object] | None,
) -> dict[str, Any]:
    """Start an isolated headless soffice for this call alone, run the client, let it exit."""
    kerja = Path(tempfile.mkdtemp(prefix="lakip-lo-"))
    pipa = f"lakip{uuid.uuid4().hex[:20]}"
    office: subprocess.Popen[bytes] | None = None
    klien: subprocess.Popen[bytes] | None = None
    profil = kerja / "profil"
    try:
        user = proses.profil_baru(profil)
        if skrip_makro is not None:
            folder = user / "Scripts" / "python"
            folder.mkdir(parents=True)
            shutil.copyfile(skrip_makro, folder / skrip_makro.name)
        if siapkan_profil is not None:
            siapkan_profil(user)
        office = proses.mulai_office(soffice, pipa, profil, kerja, kerja / "soffice.log")
        klien = _mulai_klien(p, pipa, kerja, _TUNGGU_SAMBUNG, tetap_=False)
        kode = _tunggu(
            klien,
            lambda: office.poll() is None,
            lambda: _ekor(kerja / "soffice.log") or f"kode keluar {office.returncode}",
            p,
        )
        _tunggu_berhenti(office)  # the client asked it to terminate, success or not
        return _periksa_hasil(p, kode, _baca_hasil(kerja / "klien.out"), kerja / "klien.err")
    finally:
        proses.bunuh(klien)
        proses.bunuh(office)
        shutil.rmtree(kerja, ignore_errors=True)
        proses.hapus_soket(pipa, profil.as_uri())


def _jalankan_tetap(kunci: tetap.Kunci, soffice: str, p: _Panggilan) -> dict[str, Any]:
    """Run the client against the shared office (LAKIP_LO_TETAP) while holding its lock."""
    for coba in (1, 2):
        office = kunci.pastikan(soffice)
        kerja = Path(tempfile.mkdtemp(prefix="lakip-lo-"))
        klien: subprocess.Popen[bytes] | None = None
        beres = False
        try:
            # an office that answered before answers at once; a new one needs its start-up
            tunggu = _TUNGGU_SAMBUNG if office.baru else _TUNGGU_SAMBUNG_TETAP
            klien = _mulai_klien(p, office.pipa, kerja, tunggu, tetap_=True, kunci=kunci.fd)
            kode = _tunggu(klien, office.hidup, functools.partial(_ekor, office.log), p)
            hasil = _baca_hasil(kerja / "klien.out")
            # no answer from the client at all (the bridge or the office broke under it), or
            # no office answered it: replaced (finally), and in the latter case retried once
            beres = bool(hasil) and hasil.get("tersambung") is not False
            if hasil.get("tersambung") is False and coba == 1:
                continue
            return _periksa_hasil(p, kode, hasil, kerja / "klien.err")
        finally:
            proses.bunuh(klien)
            if not beres:  # timed out, crashed, interrupted or deaf: the next call starts anew
                kunci.hentikan()
            shutil.rmtree(kerja, ignore_errors=True)
    raise AssertionError("unreachable")  # pragma: no cover


def _mulai_klien(
    p: _Panggilan,
    pipa: str,
    kerja: Path,
    tunggu_sambung: float,
    *,
    tetap_: bool,
    kunci: int | None = None,
) -> subprocess.Popen[bytes]:
    """Start uno_klien.py with the system Python; stdout/stderr in kerja/klien.out/.err.

    `kunci` (the shared office's locked descriptor) is inherited, so the lock outlives a
    caller killed while its client still runs.
    """
    env = proses.env_anak()
    env["HOME"] = str(kerja)
    (kerja / "tmp").mkdir(exist_ok=True)
    env["TMPDIR"] = str(kerja / "tmp")
    tunggu = f"{min(tunggu_sambung, p.batas_detik):g}"
    with (kerja / "klien.out").open("wb") as out, (kerja / "klien.err").open("wb") as err:
        return subprocess.Popen(
            [
                PYTHON_SISTEM,
                "-I",
                str(_SKRIP_UNO),
                "--pipa",
                pipa,
                "--tunggu-sambung",
                tunggu,
                *(["--tetap"] if tetap_ else []),
                p.perintah,
                *p.argumen,
            ],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env,
            cwd=kerja,
            start_new_session=True,
            pass_fds=() if kunci is None else (kunci,),
        )


def _periksa_hasil(p: _Panggilan, kode: int, hasil: dict[str, Any], galat: Path) -> dict[str, Any]:
    """The client's result, or the LakipError its failure means."""
    if kode == 0 and hasil.get("ok"):
        return hasil
    if hasil.get("pesan"):  # the UNO client's own sentence (uno_klien.py)
        raise LakipError(
            f"{p.gagal}: {str(hasil['pesan']).rstrip('. ')}.", rincian=hasil.get("rincian")
        )
    raise LakipError(  # LibreOffice's own words are English: shown with --debug
        f"{p.gagal}. Pastikan berkas itu dapat dibuka di LibreOffice, lalu ulangi; "
        "rincian teknisnya tampil dengan --debug.",
        rincian=hasil.get("rincian") or _ekor(galat) or f"kode keluar {kode}",
    )


def _tunggu(
    klien: subprocess.Popen[bytes],
    office_hidup: Callable[[], bool],
    alasan_mati: Callable[[], str],
    p: _Panggilan,
) -> int:
    """Wait for the UNO client; stop early if soffice dies first or the deadline passes."""
    office_mati_sejak: float | None = None
    while True:
        kode = klien.poll()
        if kode is not None:
            return kode
        sekarang = time.monotonic()
        if sekarang >= p.tenggat:
            proses.bunuh(klien)
            raise LakipError(
                f"LibreOffice tidak selesai dalam {p.batas_detik:g} detik saat {p.tindakan}; "
                "prosesnya dihentikan."
            )
        if not office_hidup():
            # soffice can exit right after terminate() while the client is still writing;
            # give the client a moment before calling it a crash.
            if office_mati_sejak is None:
                office_mati_sejak = sekarang
            elif sekarang - office_mati_sejak > 5:
                proses.bunuh(klien)
                raise LakipError(
                    f"LibreOffice berhenti tiba-tiba saat {p.tindakan}; ulangi, dan bila terjadi "
                    "lagi, rincian teknisnya tampil dengan --debug.",
                    rincian=alasan_mati(),
                )
        time.sleep(0.05)


def _tunggu_berhenti(office: subprocess.Popen[bytes]) -> None:
    try:
        office.wait(timeout=_TUNGGU_BERHENTI)
    except subprocess.TimeoutExpired:
        proses.bunuh(office)


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
