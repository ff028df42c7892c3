"""Every OPD workbook computed in a process pool; only the small per-OPD results come back."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from lakip_xl.buku import layout as L
from lakip_xl.errors import LakipError, dari_oserror
from lakip_xl.jeda_gc import jeda_gc
from lakip_xl.rekap.hasil import GagalOpd, HasilOpd

AKHIRAN = (".xlsx", ".xlsm", ".ods")
"""The workbooks a folder is searched for."""
LEMBAR_WAJIB = ("Profil", "Indikator")
"""Without these a file is not a lakip workbook."""


@dataclass
class Kumpulan:
    """What the recap gathered: the OPD it could use (by name) and the files it could not."""

    opd: list[HasilOpd] = field(default_factory=list)
    gagal: list[GagalOpd] = field(default_factory=list)


def _dilewati(p: Path) -> bool:
    """Files in a folder that are no office's workbook: Office/LibreOffice lock files, hidden
    and helper files, and the backups `lakip hitung` keeps (BUKU.cadangan.xlsx)."""
    n = p.name
    return (
        n.startswith(("~$", ".~lock.", "."))
        or p.stem.lower().endswith(".cadangan")
        or not p.is_file()
    )


def daftar_berkas(sumber: Sequence[Path], kecuali: Iterable[Path] = ()) -> list[Path]:
    """The workbooks named: each source is a folder (its .xlsx/.xlsm/.ods, not its
    subfolders, by name) or a file. `kecuali` (the recap's own output) is left out."""
    lewat = {os.path.abspath(p) for p in kecuali}
    hasil: list[Path] = []
    dilihat: set[str] = set()
    for s in sumber:
        if s.is_dir():
            calon = sorted(
                (p for p in s.iterdir() if p.suffix.lower() in AKHIRAN and not _dilewati(p)),
                key=lambda p: p.name.casefold(),
            )
        elif s.exists():
            calon = [s]
        else:
            raise LakipError(f"'{s}' tidak ditemukan; sebutkan folder atau berkas buku kerja OPD.")
        for p in calon:
            k = os.path.abspath(p)
            if k not in dilihat and k not in lewat:
                dilihat.add(k)
                hasil.append(p)
    return hasil


def _baca(path: Path):  # -> Buku
    """Read a workbook without writing it; an .ods through LibreOffice (a temporary .xlsx
    copy, as `periksa` and `laporan` read it)."""
    from lakip_xl import operasi

    if path.suffix.lower() != ".ods":
        return operasi.baca_buku(path)
    import tempfile

    from lakip_xl.libreoffice.konversi import hitung_ulang, tersedia

    if not tersedia():
        raise LakipError(
            f"Berkas '{path.name}' berformat LibreOffice (.ods); membacanya membutuhkan "
            "LibreOffice, yang tidak ditemukan di komputer ini. Simpan sebagai .xlsx lalu ulangi."
        )
    with tempfile.TemporaryDirectory(prefix="lakip-ods-") as tmp:
        salinan = Path(tmp) / f"{path.stem}.xlsx"
        hitung_ulang(path.absolute(), salinan)
        return operasi.baca_buku(salinan, folder=path.resolve().parent)


def _penghenti(hasil) -> str | None:  # hasil: Hasil
    """The first galat that makes a workbook unusable for the recap: a sheet a lakip workbook
    must have is missing, or a Profil setting every figure depends on (name, year, scale,
    formula, cap) is wrong. Galat in table rows only take those rows out, as in `hitung`."""
    nama = {L.normal(n) for n in hasil.buku.nama_lembar}
    hilang = [s for s in LEMBAR_WAJIB if L.normal(s) not in nama]
    if hilang:
        return (
            f"bukan buku kerja lakip: sheet {' dan '.join(hilang)} tidak ada (buat buku kerja "
            "dengan `lakip baru`)"
        )
    for m in hasil.masalah:
        if m.galat and m.sheet and L.normal(m.sheet) == L.normal("Profil"):
            return str(m)
    if not hasil.buku.profil.get("nama_instansi"):
        return "Sheet 'Profil': Nama Instansi belum diisi"
    return None


@jeda_gc()  # one file of many: its few cycles are collected when it ends
def olah(path: str, tahun: int | None = None) -> HasilOpd | GagalOpd:
    """Read and compute one workbook (never written) and reduce it to its recap record, or
    say in Indonesian why it cannot be used. Never raises for a bad file."""
    p = Path(path)
    try:
        from lakip_xl.hitung import hitung
        from lakip_xl.rekap.ringkas import ringkas

        hasil = hitung(_baca(p))
        nama = hasil.buku.profil.get("nama_instansi")
        th = hasil.buku.profil.get("tahun")
        th = th if isinstance(th, int) else None
        henti = _penghenti(hasil)
        if henti:
            return GagalOpd(p.name, path, henti, nama, th)
        if tahun is not None and th != tahun:
            return GagalOpd(
                p.name,
                path,
                f"buku kerja tahun {th}, bukan {tahun} (--tahun); tidak dicampur ke rekap",
                nama,
                th,
            )
        return ringkas(hasil, path, p.name)
    except LakipError as e:
        return GagalOpd(p.name, path, str(e))
    except OSError as e:
        return GagalOpd(p.name, path, str(dari_oserror(e)))
    except Exception as e:  # one bad file never stops the recap
        return GagalOpd(p.name, path, f"galat tak terduga saat membaca ({type(e).__name__}): {e}")


def _abaikan_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops the pool cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


Kemajuan = Callable[[int, int, "HasilOpd | GagalOpd"], None]


def kemajuan_stderr(i: int, n: int, r: HasilOpd | GagalOpd) -> None:
    """The progress line of one file: '12/42 Kecamatan Namlea'."""
    teks = r.nama if isinstance(r, HasilOpd) else f"{r.berkas}: tidak dapat dipakai"
    print(f"{i}/{n} {teks}", file=sys.stderr, flush=True)


def kumpulkan(
    berkas: Sequence[Path],
    tahun: int | None = None,
    *,
    kemajuan: Kemajuan | None = kemajuan_stderr,
    pekerja: int | None = None,
) -> Kumpulan:
    """Compute every workbook in a pool of `pekerja` processes (default: the cores) and keep
    the results; a file that cannot be used joins `gagal`. Ctrl-C cancels what has not
    started, waits for the running files, and raises KeyboardInterrupt (nothing written)."""
    n = len(berkas)
    k = Kumpulan()
    if n == 0:
        return k
    pekerja = max(1, min(pekerja or os.cpu_count() or 1, n))
    # imported once here, so forked workers share them instead of importing them each
    import lakip_xl.hitung
    import lakip_xl.operasi
    import lakip_xl.rekap.ringkas  # noqa: F401
    from lakip_xl.buku import baca_xml, lengkap  # noqa: F401

    kolam = ProcessPoolExecutor(max_workers=pekerja, initializer=_abaikan_sigint)
    try:
        sisa = iter(berkas)
        jalan: set[Future] = set()
        for p in sisa:  # a bounded queue: two files per worker in flight, not all N at once
            jalan.add(kolam.submit(olah, str(p), tahun))
            if len(jalan) >= 2 * pekerja:
                break
        i = 0
        while jalan:
            selesai, jalan = wait(jalan, return_when=FIRST_COMPLETED)
            for f in selesai:
                i += 1
                r = f.result()
                (k.opd if isinstance(r, HasilOpd) else k.gagal).append(r)
                if kemajuan is not None:
                    kemajuan(i, n, r)
                p = next(sisa, None)
                if p is not None:
                    jalan.add(kolam.submit(olah, str(p), tahun))
    except BaseException:
        kolam.shutdown(wait=True, cancel_futures=True)
        raise
    kolam.shutdown(wait=True)
    k.opd.sort(key=lambda h: (L.normal(h.nama), h.berkas.casefold()))
    k.gagal.sort(key=lambda g: g.berkas.casefold())
    return k
