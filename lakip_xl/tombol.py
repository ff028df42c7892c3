"""What the Hitung Ulang, Buat Laporan, Dokumen Triwulan and Buat PK buttons do, for any engine.

Standard library only (it runs inside LibreOffice's Python too). An engine is any object that
satisfies `Lembar`: it reads every sheet of the open workbook as a grid of values and writes a
plan of cell values back through the application, so nothing else in the open file changes.
Three engines exist: Excel through xlwings (`lakip_xl.excel.udf.LembarXlwings`), LibreOffice through
UNO (`lakip_xl.libreoffice.makro_calc.LembarUno`) and, for tests and the CLI, a file read by
openpyxl (`LembarGrid`). All of them run the same reading (`buku.baca`), the same core
(`hitung.hitung`) and the same write plan (`operasi.rencana_tulis`) as `lakip hitung`.

`python -m lakip_xl.tombol laporan GRID.json -o LAPORAN.docx --buku BUKU` writes the report of
a grid saved with `grid_ke_json` and runs the report's self-check (`reviu.tinjau`, as `lakip
laporan` does); the LibreOffice button uses it because LibreOffice's own Python has no
python-docx."""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from lakip_xl.buku.baca import Masalah, urut_masalah
from lakip_xl.buku.lengkap import baca_lengkap
from lakip_xl.buku.sel import NilaiPersen, TanpaCache
from lakip_xl.errors import LakipError, dari_oserror
from lakip_xl.hitung import Hasil, hitung
from lakip_xl.jeda_gc import jeda_gc
from lakip_xl.operasi import HasilLaporan

LEMBAR_MASALAH = "Masalah"
"""The sheet the buttons list problems on, each with a link to its cell. Never read as data."""

JUDUL_MASALAH = ("Jenis", "Sheet", "Sel", "Pesan")

KONFIGURASI_LIBREOFFICE = "lakip_libreoffice.json"
"""Written by `lakip pasang-libreoffice` beside the copied lakip_xl modules: {"python": the
interpreter that has the full lakip-xl, used by the LibreOffice Buat Laporan button}."""

Sel = tuple[int, int]
Tulisan = Mapping[str, Mapping[Sel, Any]]


@dataclass(frozen=True)
class BarisMasalah:
    """One row of the Masalah sheet: the link target is `'sheet'!sel` when both are known."""

    jenis: str
    sheet: str
    sel: str
    pesan: str

    @property
    def tautan(self) -> str | None:
        """Internal link target in Excel syntax ('Sheet'!A1), or None."""
        if not self.sheet:
            return None
        sel = self.sel or "A1"
        return "'" + self.sheet.replace("'", "''") + "'!" + sel

    def nilai(self) -> list[str]:
        return [self.jenis, self.sheet, self.sel, self.pesan]


@dataclass(frozen=True)
class Blok:
    """A rectangle of values to write at (baris, kolom), row-major."""

    baris: int
    kolom: int
    nilai: list[list[Any]]

    @property
    def tinggi(self) -> int:
        return len(self.nilai)

    @property
    def lebar(self) -> int:
        return len(self.nilai[0]) if self.nilai else 0


class Lembar(Protocol):
    """An open workbook in some spreadsheet engine."""

    def baca_grid(self) -> dict[str, list[list[Any]]]:
        """Every sheet except Masalah: sheet name -> rows (row 1 first) -> values, with
        percentage-formatted numbers as NilaiPersen and formula errors as their text."""
        ...

    def tulis(self, per_sheet: Tulisan, ganti: Mapping[str, int]) -> None:
        """Write values (None clears a cell); for each sheet in `ganti` first clear every
        row from that row down. Values are None, str, int or float."""
        ...

    def tulis_masalah(self, baris: Sequence[BarisMasalah]) -> None:
        """Fill the Masalah sheet (header + rows, the Sel column linking to the cell), creating
        it when needed; with no rows, remove the sheet."""
        ...

    def pesan(self, teks: str, galat: bool = False) -> None:
        """Tell the user (a message box where there is a screen)."""
        ...

    def berkas(self) -> Path | None:
        """The workbook's file, or None when it was never saved."""
        ...

    def buka(self, path: Path) -> None:
        """Open a produced file (the report) in its application."""
        ...


# --- values -----------------------------------------------------------------------------------


def nilai_mesin(v: Any) -> Any:
    """A planned value as engines store it: Decimal -> int when whole, else float."""
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, bool):
        return "Ya" if v else "Tidak"
    return v


def nilai_tulisan(per_sheet: Tulisan) -> dict[str, dict[Sel, Any]]:
    """The write plan with engine-ready values."""
    return {s: {k: nilai_mesin(v) for k, v in isian.items()} for s, isian in per_sheet.items()}


def blok_persegi(isian: Mapping[Sel, Any]) -> list[Blok]:
    """Group cells into rectangles: runs of adjacent columns per row, then equal runs on
    consecutive rows merged. An engine writes each rectangle in one call."""
    per_baris: dict[int, dict[int, Any]] = {}
    for (r, c), v in isian.items():
        per_baris.setdefault(r, {})[c] = v
    potongan: list[tuple[int, int, int, list[Any]]] = []  # row, first col, last col, values
    for r in sorted(per_baris):
        kolom = sorted(per_baris[r])
        awal = kolom[0]
        sebelum = awal
        for c in [*kolom[1:], None]:
            if c is not None and c == sebelum + 1:
                sebelum = c
                continue
            potongan.append((r, awal, sebelum, [per_baris[r][k] for k in range(awal, sebelum + 1)]))
            if c is not None:
                awal = sebelum = c
    hasil: list[Blok] = []
    terbuka: dict[tuple[int, int], Blok] = {}  # (first col, last col) -> block ending last row
    for r, c1, c2, nilai in potongan:
        b = terbuka.get((c1, c2))
        if b is not None and b.baris + b.tinggi == r:
            b.nilai.append(nilai)
            continue
        b = Blok(r, c1, [nilai])
        hasil.append(b)
        terbuka[(c1, c2)] = b
    return hasil


def _nilai_baca(v: Any) -> Any:
    """A read value as openpyxl gives it from a file: '' is empty, whole floats are int."""
    if isinstance(v, str) and v == "":
        return None
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def rapikan(rows: list[list[Any]]) -> list[list[Any]]:
    """Values as openpyxl reads them ('' is empty, whole floats are int), without trailing
    empty cells in a row or trailing empty rows."""
    keluar = []
    for row in rows:
        vals = [_nilai_baca(v) for v in row]
        while vals and vals[-1] is None:
            vals.pop()
        keluar.append(vals)
    while keluar and not keluar[-1]:
        keluar.pop()
    return keluar


def sel_persen(
    nilai: Sequence[Sequence[Any]],
    format_rentang: Callable[[int, int, int], str | None],
) -> set[Sel]:
    """Cells (1-based row, column) holding a number under a percentage format.

    `format_rentang(baris_awal, baris_akhir, kolom)` gives the number format of a column
    range, or None when the range mixes formats (as Excel's Range.NumberFormat does); mixed
    ranges are halved until uniform. Only ranges that hold numbers are asked about.
    """
    hasil: set[Sel] = set()
    ncol = max((len(r) for r in nilai), default=0)

    def angka(r: int, c: int) -> bool:
        row = nilai[r - 1]
        v = row[c - 1] if c - 1 < len(row) else None
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    def periksa(a: int, b: int, c: int) -> None:
        baris = [r for r in range(a, b + 1) if angka(r, c)]
        if not baris:
            return
        a, b = baris[0], baris[-1]
        fmt = format_rentang(a, b, c)
        if fmt is not None:
            if "%" in fmt:
                hasil.update((r, c) for r in baris)
            return
        if a == b:
            return
        t = (a + b) // 2
        periksa(a, t, c)
        periksa(t + 1, b, c)

    for c in range(1, ncol + 1):
        periksa(1, len(nilai), c)
    return hasil


def tandai_persen(rows: list[list[Any]], sel: set[Sel]) -> list[list[Any]]:
    for r, c in sel:
        rows[r - 1][c - 1] = NilaiPersen(rows[r - 1][c - 1])
    return rows


def baris_masalah(masalah: Sequence[Masalah]) -> list[BarisMasalah]:
    """The Masalah sheet rows: errors first, then warnings, each in sheet and cell order."""
    return [
        BarisMasalah("GALAT" if m.galat else "Peringatan", m.sheet or "", m.sel or "", m.pesan)
        for m in urut_masalah(masalah)
    ]


def teks_ringkas(hasil: Hasil) -> str:
    """The closing message of Hitung Ulang, in Indonesian."""
    from lakip_xl.calc.format_id import persen

    galat = sum(1 for m in hasil.masalah if m.galat)
    peringatan = len(hasil.masalah) - galat
    baris = ["Perhitungan selesai."]
    rr = hasil.rata_semua
    if rr.persen is not None:
        baris.append(
            f"Rata-rata capaian {rr.jumlah} indikator: {persen(rr.persen)} ({rr.kategori})."
        )
    if galat or peringatan:
        baris.append(
            f"Ditemukan {galat} galat dan {peringatan} peringatan; rinciannya ada di sheet "
            f"'{LEMBAR_MASALAH}' (klik sel untuk menuju tempatnya)."
        )
        for m in urut_masalah(hasil.masalah)[:5]:
            baris.append(f"- {m}")
        if len(hasil.masalah) > 5:
            baris.append(f"- ... dan {len(hasil.masalah) - 5} lainnya")
    else:
        baris.append("Tidak ada galat atau peringatan.")
    return "\n".join(baris)


# --- the two buttons --------------------------------------------------------------------------


def hitung_lembar(lembar: Lembar) -> Hasil:
    """Hitung Ulang on an open workbook: read, compute, write the computed cells and the
    Ringkasan sheet back through the engine, and list the problems on the Masalah sheet."""
    from lakip_xl.operasi import rencana_tulis

    try:  # the pictures of the Gambar sheet are looked for beside a saved workbook
        path = lembar.berkas()
    except LakipError:  # e.g. a workbook on OneDrive: computed all the same
        path = None
    folder = path.resolve().parent if path is not None else None
    hasil = hitung(baca_lengkap(lembar.baca_grid(), folder))
    per_sheet, ganti = rencana_tulis(hasil)
    lembar.tulis(nilai_tulisan(per_sheet), ganti)
    lembar.tulis_masalah(baris_masalah(hasil.masalah))
    return hasil


def terjaga(lembar: Lembar, kerja: Callable[[], Any]) -> Any:
    """Run a button's work; any failure becomes one Indonesian message on `lembar` and None
    (the buttons never raise: a message, not a traceback)."""
    try:
        with jeda_gc():
            return kerja()
    except LakipError as e:
        lembar.pesan(str(e), galat=True)
    except OSError as e:
        lembar.pesan(str(dari_oserror(e)), galat=True)
    except Exception as e:  # the button's last line of defence
        lembar.pesan(tak_terduga(e), galat=True)
    return None


def _buka_dan_kabari(lembar: Lembar, berkas: list[Path], apa: str, kabar: str) -> list[Path]:
    """Open the first file written and tell the user `kabar`; when it cannot be opened, say
    where `apa` (Laporan, Dokumen) was made instead."""
    try:
        lembar.buka(berkas[0])
    except Exception as e:
        alasan = dari_oserror(e).pesan if isinstance(e, OSError) else _TAK_TERBUKA
        lembar.pesan(f"{apa} dibuat di {berkas[0]}, tetapi gagal dibuka: {alasan}", galat=True)
        return berkas
    lembar.pesan(kabar)
    return berkas


def hitung_ulang(lembar: Lembar) -> Hasil | None:
    """The Hitung Ulang button: `hitung_lembar`, then a message; never raises."""
    hasil = terjaga(lembar, lambda: hitung_lembar(lembar))
    if hasil is not None:
        lembar.pesan(teks_ringkas(hasil), galat=any(m.galat for m in hasil.masalah))
    return hasil


def nama_laporan(buku: Path) -> Path:
    """Where the report of BUKU.xlsx goes: laporan-BUKU.docx beside it (as `lakip laporan`)."""
    return buku.with_name(f"laporan-{buku.stem}.docx")


def cadangan_laporan(keluar: Path) -> Path:
    """Where Buat Laporan keeps the previous report: laporan-BUKU.sebelumnya.docx."""
    return keluar.with_name(f"{keluar.stem}.sebelumnya{keluar.suffix}")


def simpan_laporan_lama(keluar: Path) -> Path | None:
    """Before Buat Laporan writes `keluar`: refuse when it is open in Word or LibreOffice
    (it may hold unsaved edits), else move an existing report aside as the backup (replacing
    an older backup) and return where it went; None when there was no report yet."""
    from lakip_xl.buku.kunci import pemilik_kunci, pesan_terkunci

    program = pemilik_kunci(keluar)
    if program and keluar.exists():
        raise LakipError(pesan_terkunci(keluar, program))
    if not keluar.is_file():
        return None
    cadangan = cadangan_laporan(keluar)
    program = pemilik_kunci(cadangan)
    if program and cadangan.exists():
        raise LakipError(pesan_terkunci(cadangan, program))
    try:
        os.replace(keluar, cadangan)
    except OSError as e:
        raise LakipError(
            f"Laporan lama '{keluar.name}' tidak dapat disimpan sebagai '{cadangan.name}' "
            f"(galat sistem nomor {e.errno}); tutup berkasnya atau periksa hak akses folder, "
            "lalu ulangi."
        ) from None
    return cadangan


def tulis_laporan_diperiksa(hasil: Hasil, keluar: Path, path_buku: Path) -> HasilLaporan:
    """The report written in this process (`operasi.laporan_hasil`), then read back by the
    self-check `lakip laporan` runs (`reviu.tinjau.masalah_laporan`): its findings join the
    warnings. Buat Laporan's writer in Excel, and the LibreOffice bridge's (`main`)."""
    from lakip_xl.operasi import laporan_hasil
    from lakip_xl.reviu.tinjau import masalah_laporan

    hl = laporan_hasil(hasil, keluar, path_buku=path_buku, catat_tabel=True)
    hl.masalah.extend(masalah_laporan(keluar, hl.tabel_ditulis))
    hl.tabel_ditulis.clear()
    return hl


def laporan_lembar(
    lembar: Lembar,
    tulis_laporan: Callable[[Hasil, Path, Path], HasilLaporan] | None = None,
    cadangan: list[Path] | None = None,
) -> tuple[Hasil, HasilLaporan]:
    """Buat Laporan on an open workbook: Hitung Ulang first (so the cells match the report),
    then the report beside the workbook. `tulis_laporan(hasil, keluar, path_buku)` writes it
    and returns its files and warnings (default `tulis_laporan_diperiksa`, in this process).
    Warnings of the report itself (its self-check) are added to the Masalah sheet. A previous
    report is moved aside first (`simpan_laporan_lama`; its new path joins `cadangan`) and put
    back when no new report is written."""
    path = lembar.berkas()
    if path is None:
        raise LakipError(
            "Buku kerja belum pernah disimpan; simpan dulu (File > Simpan) agar laporan dapat "
            "dibuat di folder yang sama."
        )
    hasil = hitung_lembar(lembar)
    keluar = nama_laporan(path)
    lama = simpan_laporan_lama(keluar)
    try:
        hl = (tulis_laporan or tulis_laporan_diperiksa)(hasil, keluar, path)
    except BaseException:
        if lama is not None and not keluar.exists():
            os.replace(lama, keluar)  # no new report: the previous one is where it was
        raise
    if lama is not None and cadangan is not None:
        cadangan.append(lama)
    if baru := masalah_laporan_baru(hasil, hl):
        lembar.tulis_masalah(baris_masalah([*hasil.masalah, *baru]))
    return hasil, hl


def masalah_laporan_baru(hasil: Hasil, hl: HasilLaporan) -> list[Masalah]:
    """The warnings met writing and checking the report that Hitung Ulang did not give."""
    sudah = set(hasil.masalah)
    return [m for m in hl.masalah if m not in sudah]


def teks_laporan(hl: HasilLaporan, baru: Sequence[Masalah], cadangan: Sequence[Path]) -> str:
    """The closing message of Buat Laporan: where the report is, the previous one's backup,
    and the warnings of the report itself (its self-check), the first five listed."""
    baris = [f"Laporan dibuat: {hl.berkas[0]}"]
    baris += [f"Laporan sebelumnya disimpan sebagai {p}." for p in cadangan]
    if baru:
        baris.append(
            f"Pemeriksaan laporan: {len(baru)} peringatan (laporan tetap dibuat); rinciannya ada "
            f"di sheet '{LEMBAR_MASALAH}'."
        )
        baris += [f"- {m}" for m in baru[:5]]
        if len(baru) > 5:
            baris.append(f"- ... dan {len(baru) - 5} lainnya")
    return "\n".join(baris)


def buat_laporan(
    lembar: Lembar,
    tulis_laporan: Callable[[Hasil, Path, Path], HasilLaporan] | None = None,
) -> list[Path]:
    """The Buat Laporan button: `laporan_lembar`, open the report, tell the user (with the
    report's self-check findings); never raises. Returns the files written ([] on failure)."""
    cadangan: list[Path] = []
    jadi = terjaga(lembar, lambda: laporan_lembar(lembar, tulis_laporan, cadangan))
    if jadi is None:
        return []
    hasil, hl = jadi
    kabar = teks_laporan(hl, masalah_laporan_baru(hasil, hl), cadangan)
    return _buka_dan_kabari(lembar, hl.berkas, "Laporan", kabar)


def tulis_triwulan(hasil: Hasil, keluar: Path | None, path_buku: Path) -> list[Path]:
    """The quarterly documents beside the workbook: the Form E.81 of the last quarter with
    realisasi (.xlsx, to `keluar` when given) and the Rencana Aksi (.docx)."""
    from lakip_xl.triwulan.dokumen import (
        nama_e81,
        nama_rencana_aksi,
        triwulan_terakhir_buku,
        tulis_e81,
        tulis_rencana_aksi,
    )

    tw = triwulan_terakhir_buku(hasil)
    if not tw:
        raise LakipError(
            "Belum ada Realisasi TW yang diisi di sheet Indikator atau Anggaran; isi realisasi "
            "triwulan dulu, lalu klik Dokumen Triwulan lagi."
        )
    return [
        tulis_e81(hasil, tw, keluar or nama_e81(path_buku, tw)),
        tulis_rencana_aksi(hasil, nama_rencana_aksi(path_buku), tw),
    ]


def dokumen_triwulan(
    lembar: Lembar,
    tulis: Callable[[Hasil, Path | None, Path], list[Path]] | None = None,
) -> list[Path]:
    """The Dokumen Triwulan button: Hitung Ulang, then the E.81 of the last filled quarter and
    the Rencana Aksi beside the workbook (`tulis`, default `tulis_triwulan` in this process),
    the E.81 opened; never raises. Returns the files written ([] on failure)."""

    def kerja() -> list[Path]:
        path = lembar.berkas()
        if path is None:
            raise LakipError(
                "Buku kerja belum pernah disimpan; simpan dulu (File > Simpan) agar dokumen "
                "triwulan dapat dibuat di folder yang sama."
            )
        return (tulis or tulis_triwulan)(hitung_lembar(lembar), None, path)

    berkas = terjaga(lembar, kerja)
    if not berkas:
        return []
    kabar = "Dokumen triwulan dibuat:" + "".join(f"\n- {b}" for b in berkas)
    return _buka_dan_kabari(lembar, berkas, "Dokumen", kabar)


def tulis_pk(hasil: Hasil, keluar: Path | None, path_buku: Path) -> list[Path]:
    """The Perjanjian Kinerja of every official beside the workbook (to `keluar` when given);
    a workbook with galat is refused, as `lakip pk` refuses it."""
    from lakip_xl.pk.dokumen import nama_pk
    from lakip_xl.pk.dokumen import tulis_pk as tulis

    keluar = keluar or nama_pk(path_buku)
    tulis(hasil, keluar)
    return [keluar]


def buat_pk(
    lembar: Lembar, tulis: Callable[[Hasil, Path | None, Path], list[Path]] | None = None
) -> list[Path]:
    """The Buat PK button: Hitung Ulang, then perjanjian-kinerja-BUKU.docx beside the workbook
    (`tulis`, default `tulis_pk` in this process), opened; never raises."""

    def kerja() -> list[Path]:
        path = lembar.berkas()
        if path is None:
            raise LakipError(
                "Buku kerja belum pernah disimpan; simpan dulu (File > Simpan) agar Perjanjian "
                "Kinerja dapat dibuat di folder yang sama."
            )
        return (tulis or tulis_pk)(hitung_lembar(lembar), None, path)

    berkas = terjaga(lembar, kerja)
    if not berkas:
        return []
    return _buka_dan_kabari(lembar, berkas, "Dokumen", f"Perjanjian Kinerja dibuat: {berkas[0]}")


_TAK_TERBUKA = "berkasnya tidak dapat dibuka otomatis; bukalah sendiri dari foldernya."


def tak_terduga(e: BaseException) -> str:
    """The one message for a failure no check foresaw: its type and text, and whom to tell."""
    return (
        f"Galat tak terduga ({type(e).__name__}): {e}. Kirim pesan ini beserta buku kerjanya "
        "ke pengembang."
    )


def buka_berkas(path: Path) -> None:
    """Open a file in the program the system associates with it."""
    if sys.platform.startswith("win"):
        os.startfile(str(path))  # type: ignore[attr-defined]
    elif sys.platform == "darwin":
        subprocess.Popen(["open", str(path)])
    else:
        subprocess.Popen(["xdg-open", str(path)])


# --- a grid as a file: the openpyxl side and the LibreOffice report bridge ---------------------


def _ke_json(v: Any) -> Any:
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, Decimal):
        return {"$": "dec", "v": str(v)}
    if isinstance(v, NilaiPersen):
        return {"$": "persen", "v": _ke_json(v.nilai)}
    if isinstance(v, TanpaCache):
        return {"$": "rumus", "v": v.rumus}
    if isinstance(v, _dt.datetime):
        return {"$": "datetime", "v": v.isoformat()}
    if isinstance(v, _dt.date):
        return {"$": "date", "v": v.isoformat()}
    if isinstance(v, _dt.time):
        return {"$": "time", "v": v.isoformat()}
    return str(v)


def _dari_json(v: Any) -> Any:
    if not isinstance(v, dict):
        return v
    jenis, isi = v.get("$"), v.get("v")
    if jenis == "dec":
        return Decimal(isi)
    if jenis == "persen":
        return NilaiPersen(_dari_json(isi))
    if jenis == "rumus":
        return TanpaCache(isi)
    if jenis == "datetime":
        return _dt.datetime.fromisoformat(isi)
    if jenis == "date":
        return _dt.date.fromisoformat(isi)
    if jenis == "time":
        return _dt.time.fromisoformat(isi)
    raise ValueError(f"nilai grid tidak dikenal: {v!r}")


def grid_ke_json(grid: Mapping[str, Sequence[Sequence[Any]]]) -> str:
    """A grid as JSON text (every value type of `buku.Grid` survives)."""
    return json.dumps(
        {"sheets": [[n, [[_ke_json(v) for v in row] for row in rows]] for n, rows in grid.items()]},
        ensure_ascii=False,
    )


def grid_dari_json(teks: str) -> dict[str, list[list[Any]]]:
    data = json.loads(teks)
    return {n: [[_dari_json(v) for v in row] for row in rows] for n, rows in data["sheets"]}


class LembarGrid:
    """An engine over an in-memory grid (e.g. read from a file by openpyxl): writes apply to
    the grid, problems and messages are kept. The reference the other engines are tested
    against."""

    def __init__(self, grid: Mapping[str, Sequence[Sequence[Any]]], path: Path | None = None):
        self.grid = {n: [list(r) for r in rows] for n, rows in grid.items()}
        self.path = path
        self.masalah: list[BarisMasalah] | None = None
        self.pesan_pesan: list[tuple[str, bool]] = []
        self.dibuka: list[Path] = []

    @classmethod
    def dari_berkas(cls, path: Path) -> LembarGrid:
        from lakip_xl.buku.xlsx import baca_grid

        return cls(baca_grid(path), path)

    def baca_grid(self) -> dict[str, list[list[Any]]]:
        return {n: [list(r) for r in rows] for n, rows in self.grid.items() if n != LEMBAR_MASALAH}

    def tulis(self, per_sheet: Tulisan, ganti: Mapping[str, int]) -> None:
        for nama, dari in ganti.items():
            rows = self.grid[nama]
            del rows[dari - 1 :]
        for nama, isian in per_sheet.items():
            rows = self.grid[nama]
            for (r, c), v in isian.items():
                while len(rows) < r:
                    rows.append([])
                row = rows[r - 1]
                while len(row) < c:
                    row.append(None)
                row[c - 1] = v
            self.grid[nama] = rapikan(rows)

    def tulis_masalah(self, baris: Sequence[BarisMasalah]) -> None:
        self.masalah = list(baris)
        if baris:
            self.grid[LEMBAR_MASALAH] = [list(JUDUL_MASALAH)] + [b.nilai() for b in baris]
        else:
            self.grid.pop(LEMBAR_MASALAH, None)

    def pesan(self, teks: str, galat: bool = False) -> None:
        self.pesan_pesan.append((teks, galat))

    def berkas(self) -> Path | None:
        return self.path

    def buka(self, path: Path) -> None:
        self.dibuka.append(path)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m lakip_xl.tombol laporan GRID.json -o OUT.docx --buku BUKU` (or `triwulan
    GRID.json --buku BUKU`: the quarterly documents beside BUKU)."""
    p = argparse.ArgumentParser(prog="python -m lakip_xl.tombol")
    sub = p.add_subparsers(dest="perintah", required=True)
    sp = sub.add_parser("laporan", help="buat laporan dari grid JSON")
    sp.add_argument("grid", type=Path)
    sp.add_argument("-o", "--keluaran", type=Path, required=True)
    sp.add_argument("--buku", type=Path, required=True, help="path buku kerja asal")
    sp = sub.add_parser("triwulan", help="buat E.81 dan Rencana Aksi dari grid JSON")
    sp.add_argument("grid", type=Path)
    sp.add_argument("-o", "--keluaran", type=Path, help="E.81 .xlsx (bawaan: di samping buku)")
    sp.add_argument("--buku", type=Path, required=True, help="path buku kerja asal")
    sp = sub.add_parser("pk", help="buat Perjanjian Kinerja dari grid JSON")
    sp.add_argument("grid", type=Path)
    sp.add_argument("-o", "--keluaran", type=Path, help=".docx (bawaan: di samping buku)")
    sp.add_argument("--buku", type=Path, required=True, help="path buku kerja asal")
    args = p.parse_args(argv)
    try:
        grid = grid_dari_json(args.grid.read_text(encoding="utf-8"))
        hasil = hitung(baca_lengkap(grid, args.buku.resolve().parent))
        if args.perintah == "triwulan":
            hl = HasilLaporan(tulis_triwulan(hasil, args.keluaran, args.buku), hasil.masalah)
        elif args.perintah == "pk":
            hl = HasilLaporan(tulis_pk(hasil, args.keluaran, args.buku), hasil.masalah)
        else:
            hl = tulis_laporan_diperiksa(hasil, args.keluaran, args.buku)
    except LakipError as e:
        print(json.dumps({"ok": False, "pesan": str(e)}, ensure_ascii=False))
        return 1
    except OSError as e:
        print(json.dumps({"ok": False, "pesan": str(dari_oserror(e))}, ensure_ascii=False))
        return 1
    except Exception as e:
        print(json.dumps({"ok": False, "pesan": tak_terduga(e)}, ensure_ascii=False))
        return 1
    print(
        json.dumps(
            {
                "ok": True,
                "berkas": [str(b) for b in hl.berkas],
                "masalah": [[m.galat, m.sheet, m.sel, m.pesan] for m in hl.masalah],
            },
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
