"""`lakip reviu FOLDER`: every LKj of a folder reviewed in a process pool, one kertas kerja with
a summary row per document and the findings of all, each naming its file."""

from __future__ import annotations

import errno
import os
import signal
import sys
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from lakip_xl.jeda_gc import jeda_gc
from lakip_xl.reviu.temuan import JENIS

AKHIRAN = (".docx", ".docm", ".pdf")
"""The documents a folder's reviu reads (a .doc is listed with its reason too)."""
KEPALA_RINGKASAN = (
    "No",
    "Berkas",
    "Instansi",
    "Tahun",
    *JENIS,
    "Jumlah Temuan",
    "Prakiraan Pelaporan (dari 7,50)",
    "Keterangan",
)
KEPALA_TEMUAN = ("Berkas", "No", "Jenis", "Lokasi", "Uraian", "Tertulis", "Seharusnya", "Dasar")
PUTUS = (
    "proses pembacaan berhenti mendadak (kemungkinan kehabisan memori) sebelum berkas ini "
    "selesai; reviu berkas ini sendiri untuk melihat sebabnya."
)


@dataclass
class HasilBerkas:
    """What is kept of one document's reviu: its counts, score and findings (not the text)."""

    nama: str
    instansi: str = ""
    tahun: int | None = None
    jumlah: dict[str, int] = field(default_factory=dict)
    prakiraan: float | None = None
    temuan: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)
    galat: str = ""  # why the document could not be read, in Indonesian


def daftar_berkas(folder: Path) -> list[Path]:
    """The documents of a folder, by name: .docx, .docm, PDF and old .doc (refused with its
    reason); Word's and LibreOffice's lock files (~$x.docx, .~lock.x#) and reviu's own
    commented copies are not documents."""
    from lakip_xl.reviu.tujuan import adalah_salinan_komentar

    hasil = []
    for p in folder.iterdir():
        if not p.is_file() or p.name.startswith(("~$", ".~lock", ".")):
            continue
        if p.suffix.casefold() not in (*AKHIRAN, ".doc"):
            continue
        if p.suffix.casefold() != ".pdf" and adalah_salinan_komentar(p):
            continue
        hasil.append(p)
    return sorted(hasil, key=lambda p: (p.name.casefold(), p.name))


@jeda_gc()  # one file of many: its few cycles are collected when it ends
def reviu_berkas(path: Path) -> HasilBerkas:
    """One document reviewed as `lakip reviu FILE` reviews it, reduced to what the folder's
    kertas kerja shows; a document that cannot be read gets its Indonesian message."""
    from lakip_xl.errors import LakipError, dari_oserror
    from lakip_xl.reviu.inti import reviu
    from lakip_xl.reviu.periksa_kelengkapan import skor
    from lakip_xl.reviu.periksa_penyajian import nama_kantor

    h = HasilBerkas(path.name)
    try:
        hasil = reviu(path)
    except LakipError as e:
        h.galat = str(e)
        return h
    except OSError as e:
        h.galat = str(dari_oserror(e))
        return h
    except (MemoryError, RecursionError):
        h.galat = (
            f"Berkas '{path.name}' terlalu besar atau terlalu dalam susunannya untuk "
            "dibaca; reviu berkas ini sendiri atau simpan ulang dari Word."
        )
        return h
    except Exception as e:  # one document never stops the folder's reviu
        h.galat = (
            f"Galat tak terduga saat membaca '{path.name}' ({type(e).__name__}); reviu "
            "berkas ini sendiri dengan --debug dan kirim keluarannya ke pengembang."
        )
        return h
    dok = hasil.dokumen
    h.instansi = nama_kantor(dok.paragraf)
    h.tahun = dok.tahun
    h.jumlah = dict(hasil.jumlah())
    h.prakiraan = float(skor(hasil.prakiraan)[2])
    h.temuan = [
        (t.jenis, t.lokasi, t.uraian, t.tertulis, t.seharusnya, t.dasar) for t in hasil.temuan
    ]
    h.catatan = list(dok.catatan)
    if hasil.dilewati:
        h.catatan.append(
            f"Pemeriksaan yang dilewati karena isi dokumen: {', '.join(hasil.dilewati)}."
        )
    return h


def _diam() -> None:
    """A worker leaves Ctrl-C to the main process, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _inti() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def reviu_semua(
    berkas: list[Path], kemajuan: Callable[[str], None], proses: int | None = None
) -> list[HasilBerkas]:
    """Every document reviewed in a pool of `proses` processes (bawaan: the cores), results
    in the order of `berkas`; `kemajuan` gets "3/12 nama.docx" as each one finishes. Ctrl-C
    stops the workers and raises KeyboardInterrupt."""
    n = len(berkas)
    hasil: dict[int, HasilBerkas] = {}
    selesai = 0

    def catat(i: int, h: HasilBerkas) -> None:
        nonlocal selesai
        selesai += 1
        hasil[i] = h
        kemajuan(f"{selesai}/{n} {h.nama}" + (" (tidak dapat dibaca)" if h.galat else ""))

    pekerja = max(1, min(n, proses or _inti()))
    if pekerja == 1:
        for i, p in enumerate(berkas):
            catat(i, reviu_berkas(p))
        return [hasil[i] for i in range(n)]
    pool = ProcessPoolExecutor(pekerja, initializer=_diam)
    try:
        antre: dict[Future, int] = {pool.submit(reviu_berkas, p): i for i, p in enumerate(berkas)}
        while antre:
            jadi, _ = wait(antre, return_when=FIRST_COMPLETED)
            for f in jadi:
                i = antre.pop(f)
                try:
                    catat(i, f.result())
                except BrokenProcessPool:
                    catat(i, HasilBerkas(berkas[i].name, galat=PUTUS))
    except BaseException:
        _hentikan(pool)
        raise
    pool.shutdown()
    return [hasil[i] for i in range(n)]


def _hentikan(pool: ProcessPoolExecutor) -> None:
    """Stop the workers at once: the documents being read are dropped, nothing is written."""
    for p in list((getattr(pool, "_processes", None) or {}).values()):
        if p.is_alive():
            p.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def lembar(hasil: list[HasilBerkas]) -> list:
    """The kertas kerja's sheets: Ringkasan (a row per document) and Temuan (every finding,
    its file first)."""
    ringkasan = []
    temuan = []
    for no, h in enumerate(hasil, 1):
        if h.galat:
            ringkasan.append(
                (
                    no,
                    h.nama,
                    "",
                    None,
                    *([None] * len(JENIS)),
                    None,
                    None,
                    f"Tidak dapat dibaca: {h.galat}",
                )
            )
            continue
        ringkasan.append(
            (
                no,
                h.nama,
                h.instansi,
                h.tahun,
                *(h.jumlah.get(j, 0) for j in JENIS),
                sum(h.jumlah.values()),
                h.prakiraan,
                " ".join(h.catatan),
            )
        )
        temuan += [(h.nama, i, *t) for i, t in enumerate(h.temuan, 1)]
    terbaca = [h for h in hasil if not h.galat]
    ringkasan.append(
        (
            "",
            "Jumlah",
            f"{len(terbaca)} dari {len(hasil)} dokumen terbaca",
            None,
            *(sum(h.jumlah.get(j, 0) for h in terbaca) for j in JENIS),
            sum(sum(h.jumlah.values()) for h in terbaca),
            None,
            "",
        )
    )
    return [
        (
            "Ringkasan",
            KEPALA_RINGKASAN,
            ringkasan,
            (4, 34, 40, 7, *([11] * len(JENIS)), 10, 11, 50),
        ),
        ("Temuan", KEPALA_TEMUAN, temuan, (30, 5, 12, 45, 50, 18, 18, 60)),
    ]


def jalankan(
    folder: Path, keluaran: Path | None, *, timpa: bool = False, proses: int | None = None
) -> int:
    """`lakip reviu FOLDER [-o reviu.xlsx]`: the output checked before any document is read,
    written once all are, through the safe writer."""
    from lakip_xl.buku.simpan import aturan
    from lakip_xl.errors import LakipError
    from lakip_xl.reviu.keluaran import tulis_lembar
    from lakip_xl.reviu.tujuan import periksa_keluaran

    folder = Path(folder)
    keluaran = (
        Path(keluaran)
        if keluaran
        else folder.absolute().parent / (f"{folder.absolute().name}-reviu.xlsx")
    )
    periksa_keluaran(folder, keluaran, None, timpa=timpa)
    if not os.access(keluaran.absolute().parent, os.W_OK):  # said before a long run, not after
        from lakip_xl.errors import dari_oserror

        raise dari_oserror(PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(keluaran)))
    berkas = daftar_berkas(folder)
    if not berkas:
        raise LakipError(
            f"Folder '{folder}' tidak berisi laporan .docx, .docm atau .pdf untuk direviu."
        )
    hasil = reviu_semua(berkas, lambda t: print(t, file=sys.stderr, flush=True), proses)
    with aturan(timpa=timpa):
        tulis_lembar(keluaran, lembar(hasil))
    gagal = [h.nama for h in hasil if h.galat]
    temuan = sum(len(h.temuan) for h in hasil)
    print(
        f"Reviu {len(berkas)} dokumen di {folder}: {len(berkas) - len(gagal)} terbaca, "
        f"{temuan} temuan."
    )
    if gagal:
        print(
            f"Tidak dapat dibaca ({len(gagal)}): {', '.join(gagal)}; sebabnya di sheet Ringkasan."
        )
    print(f"Kertas kerja: {keluaran}")
    return 0
