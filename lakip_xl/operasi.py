"""The workbook operations behind the CLI and the buttons: baru, contoh, periksa, hitung."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Buku, Masalah, urut_masalah
from lakip_xl.errors import LakipError
from lakip_xl.hitung import Hasil, hitung, isian_hitung, ringkasan

if TYPE_CHECKING:
    from lakip_xl.laporan.wordml import BacaanTabel

DENGAN_TOMBOL = (".xlsm", ".ods")
"""Extensions `buat_baru`/`buat_contoh` give the Hitung Ulang and Buat Laporan buttons."""
CONTOH_BAWAAN = Path(__file__).resolve().parent.parent / "workbook" / "contoh-panyipatan-2020.xlsx"


def contoh_bawaan() -> Path:
    """The shipped sample workbook; an installed package builds it once into the user's cache
    folder (workbook/ lives beside the package in the repository)."""
    if CONTOH_BAWAAN.is_file():
        return CONTOH_BAWAAN

    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lakip_xl"
    tujuan = cache / CONTOH_BAWAAN.name
    if not tujuan.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        buat_contoh(tujuan)
    return tujuan


Pengubah = Callable[[Path, Path], Path]
"""Turns a built .xlsx (first path) into the workbook with buttons named by the second path:
`lakip_xl.excel.xlsm.jadikan_xlsm` (.xlsm) or `lakip_xl.libreoffice.pasang.pasang_tombol`
(.ods). The caller (the CLI) picks it: operasi never imports the Excel or LibreOffice edges."""


def _dengan_tombol(tujuan: Path, buat: Callable[[Path], Path], tombol: Pengubah | None) -> Path:
    """Build the .xlsx with `buat`, then make it the workbook with buttons that `tujuan`
    names, with `tombol`."""
    if tombol is None:
        raise ValueError(f"{tujuan.suffix} needs the edge that adds the buttons (tombol=...)")
    from lakip_xl.buku.simpan import nama_sementara

    tujuan = tujuan.absolute()  # LibreOffice runs in a folder of its own
    sementara = nama_sementara(tujuan, ".xlsx")
    try:
        buat(sementara)
        return tombol(sementara, tujuan)
    finally:
        sementara.unlink(missing_ok=True)


def buat_baru(
    tujuan: Path,
    tahun: int | None = None,
    *,
    tombol: Pengubah | None = None,
    renstra: str | None = None,
) -> Path:
    """A blank workbook with every sheet, ready to fill (.xlsm/.ods: with the buttons that
    `tombol` adds). `renstra` ("2016-2021") fills Profil's Periode Renstra and gives Tujuan
    Sasaran one Target column per year of that period."""
    from lakip_xl.buku.xlsx import buat_buku

    profil = {"Periode Renstra": renstra} if renstra else None
    if tujuan.suffix.lower() in DENGAN_TOMBOL:
        return _dengan_tombol(tujuan, lambda p: buat_buku(p, tahun=tahun, profil=profil), tombol)
    return buat_buku(tujuan, tahun=tahun, profil=profil)


def buat_contoh(tujuan: Path, *, tombol: Pengubah | None = None) -> Path:
    """The sample workbook (the seed's inputs), with every computed cell filled (.xlsm/.ods:
    with the buttons that `tombol` adds)."""
    from lakip_xl.buku.xlsx import buat_buku
    from lakip_xl.contoh import data as contoh

    if tujuan.suffix.lower() in DENGAN_TOMBOL:
        return _dengan_tombol(tujuan, buat_contoh, tombol)

    buat_buku(tujuan, profil=contoh.PROFIL, tabel=contoh.TABEL, tambahan=contoh.TABEL_TAMBAHAN)
    hitung_berkas(tujuan, cadangan=False)
    return tujuan


def baca_buku(path: Path, folder: Path | None = None) -> Buku:
    """Read and check a workbook file (raises LakipError only when it is not a workbook).

    Reads with the streaming XML reader (`baca_xml`); tests hold it equal to openpyxl's.
    `folder` is where the Gambar sheet's pictures are looked for (default: the workbook's)."""
    from lakip_xl.buku.baca_xml import baca_grid
    from lakip_xl.buku.berkas import periksa_berkas
    from lakip_xl.buku.lengkap import baca_lengkap

    periksa_berkas(path)
    return baca_lengkap(baca_grid(path), folder or path.resolve().parent)


def hitung_buku(path: Path) -> Hasil:
    """Read a workbook and compute everything, without writing."""
    return hitung(baca_buku(path))


def periksa(path: Path) -> list[Masalah]:
    """Every problem of a workbook: errors first, each with sheet and cell."""
    return urut_masalah(hitung_buku(path).masalah)


Tulisan = dict[str, dict[tuple[int, int], object]]


def rencana_tulis(hasil: Hasil) -> tuple[Tulisan, dict[str, int]]:
    """What Hitung Ulang writes: sheet -> {(row, column): value}, and the sheets rewritten
    whole from a row down (Ringkasan). Sheet names are as found in the workbook. Engines
    (the .xlsx writer, xlwings in Excel, UNO in LibreOffice) all apply this same plan."""
    per_sheet: Tulisan = {}
    nama_asli = {L.normal(n): n for n in hasil.buku.nama_lembar}
    for sheet, isian in isian_hitung(hasil).items():
        per_sheet[nama_asli.get(L.normal(sheet), sheet)] = dict(isian)
    ganti: dict[str, int] = {}
    nama_ringkasan = nama_asli.get(L.normal(L.RINGKASAN.nama))
    if nama_ringkasan:
        awal = L.RINGKASAN.baris_judul + 1
        per_sheet[nama_ringkasan] = {
            (awal + i, j + 1): v
            for i, baris in enumerate(ringkasan(hasil))
            for j, v in enumerate(baris)
        }
        ganti[nama_ringkasan] = awal
    return per_sheet, ganti


def hitung_berkas(
    path: Path, *, cadangan: bool = True, pesan: list[str] | None = None
) -> Hasil:
    """Recompute every computed cell and the Ringkasan sheet, and write them into the file.

    Input cells are never written. The file is replaced atomically; the previous version is
    kept as BUKU.cadangan.xlsx unless `cadangan` is False. The workbook is locked for the whole
    run (a second run is refused); a run that changes nothing writes nothing. What was done
    (the backup's name) is appended to `pesan`.
    """
    from lakip_xl.buku.tulis import kunci_buku, tulis_sel

    with kunci_buku(path):
        hasil = hitung_buku(path)
        per_sheet, ganti = rencana_tulis(hasil)
        waktu = {  # the time of computing alone is no reason to write
            s: {(r, k + 1) for (r, k), v in isian.items() if v == "Terakhir dihitung"}
            for s, isian in per_sheet.items()
        }
        ditulis = tulis_sel(
            path, per_sheet, ganti, cadangan=cadangan, abaikan=waktu  # type: ignore[arg-type]
        )
    if pesan is not None:
        pesan.append(ditulis.pesan)
    return hasil


@dataclass
class HasilLaporan:
    """What `laporan` wrote and the warnings met on the way."""

    berkas: list[Path] = field(default_factory=list)
    masalah: list[Masalah] = field(default_factory=list)
    tabel_ditulis: dict[bytes, Callable[[], BacaanTabel]] = field(default_factory=dict)
    """The report's tables as reading them back gives them, for its self-check."""


def laporan(
    path: Path,
    keluar: Path | None = None,
    *,
    templat: Path | None = None,
    ke_pdf: Callable[[Path, Path], object] | None = None,
    paksa: bool = False,
    timpa: bool = True,
) -> HasilLaporan:
    """Write the Laporan Kinerja of a workbook (.docx, and .pdf beside it with `ke_pdf`, the
    converter the caller brings: `lakip_xl.libreoffice.konversi.ke_pdf`).

    Refuses, listing them, when the workbook still has errors, unless `paksa`. The output
    defaults to LAPORAN-<workbook name>.docx beside the workbook. The workbook is only read.
    """
    laporan_tujuan(keluar or nama_laporan(path), templat, pdf=ke_pdf is not None, timpa=timpa)
    return laporan_hasil(
        hitung_buku(path),
        keluar,
        path_buku=path,
        templat=templat,
        ke_pdf=ke_pdf,
        paksa=paksa,
        timpa=timpa,
    )


def nama_laporan(buku: Path) -> Path:
    """Where the report of BUKU.xlsx goes by default: laporan-BUKU.docx beside it."""
    return buku.with_name(f"laporan-{buku.stem}.docx")


AKHIRAN_BUKU = (".xlsx", ".xlsm", ".ods")
"""What `baru` and `contoh` write: a plain workbook, with Excel buttons, with LibreOffice
buttons."""


def periksa_keluaran(path: Path, akhiran: tuple[str, ...], *, timpa: bool) -> None:
    """Refuse, in one Indonesian sentence, an output path that is a folder, has the wrong
    extension, is open in a program (always), or exists (unless `timpa`): the safe writer's
    own check (`buku.simpan.periksa_tujuan`), made before any work."""
    from lakip_xl.buku.simpan import periksa_tujuan

    periksa_tujuan(path, akhiran, timpa=timpa)


def laporan_tujuan(keluar: Path, templat: Path | None, *, pdf: bool, timpa: bool) -> None:
    """The report's files and the template, checked before anything is read or written."""
    periksa_keluaran(keluar, (".docx",), timpa=timpa)
    if pdf:
        periksa_keluaran(keluar.with_suffix(".pdf"), (".pdf",), timpa=timpa)
    if templat is not None:
        periksa_berkas_templat(templat)


def periksa_berkas_templat(templat: Path) -> None:
    """Refuse a template that is missing or not a Word .docx, in Indonesian (python-docx
    would say 'is not a Word file' in English)."""
    import zipfile

    if not templat.is_file():
        raise LakipError(f"Templat '{templat}' tidak ditemukan; periksa opsi --template.")
    try:
        with zipfile.ZipFile(templat) as z:
            word = "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        word = False
    if not word:
        raise LakipError(
            f"Templat '{templat.name}' bukan dokumen Word (.docx); buat templat dengan "
            "`lakip templat -o templat.docx` lalu sunting dan simpan di Word sebagai .docx."
        )


def laporan_hasil(
    hasil: Hasil,
    keluar: Path | None = None,
    *,
    path_buku: Path,
    templat: Path | None = None,
    ke_pdf: Callable[[Path, Path], object] | None = None,
    paksa: bool = False,
    timpa: bool = True,
    catat_tabel: bool = False,
) -> HasilLaporan:
    """`laporan` for a workbook already read and computed (by any engine: openpyxl, Excel
    through xlwings, LibreOffice through UNO). `path_buku` names the workbook: the report
    goes beside it and relative image paths are resolved from its folder. A report that is
    open in Word or LibreOffice is never replaced; an existing one only with `timpa`.
    `catat_tabel`: the result's `tabel_ditulis` says how the report's tables read back, for
    a self-check that follows (`reviu.tinjau.masalah_laporan`)."""
    from lakip_xl.buku.simpan import aturan
    from lakip_xl.laporan.render import render

    path = path_buku
    keluar = keluar or nama_laporan(path)
    laporan_tujuan(keluar, templat, pdf=ke_pdf is not None, timpa=timpa)
    galat = [m for m in hasil.masalah if m.galat]
    if galat and not paksa:
        daftar = "\n".join(f"  {m}" for m in urut_masalah(galat)[:20])
        lagi = f"\n  ... dan {len(galat) - 20} lainnya" if len(galat) > 20 else ""
        raise LakipError(
            f"Buku kerja '{path.name}' masih punya {len(galat)} galat; perbaiki dulu (atau pakai "
            f"--paksa):\n{daftar}{lagi}"
        )
    for kunci, judul in (("nama_instansi", "Nama Instansi"), ("tahun", "Tahun")):
        if not hasil.buku.profil.get(kunci):
            raise LakipError(
                f"'{judul}' belum diisi; laporan membutuhkan isian ini.",
                sheet="Profil",
                cell=hasil.buku.profil_sel.get(kunci),
            )
    with aturan(timpa=timpa):  # the same answer when the file appears meanwhile
        konteks = render(hasil, keluar, templat=templat, folder_buku=path.resolve().parent,
                         catat_tabel=catat_tabel)
        hl = HasilLaporan(
            [keluar], urut_masalah([m for m in hasil.masalah if not m.galat] + konteks.masalah),
            konteks.tabel_ditulis,
        )
        if ke_pdf is not None:
            tujuan = keluar.with_suffix(".pdf")
            ke_pdf(keluar.resolve(), tujuan.resolve())
            hl.berkas.append(tujuan)
    return hl
