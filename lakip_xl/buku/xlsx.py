"""The one module that uses openpyxl: build a workbook from the layout, read one into a grid."""

from __future__ import annotations

import contextlib
import copy
import datetime as _dt
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lakip_xl.buku import batas as B
from lakip_xl.buku import layout as L
from lakip_xl.buku.berkas import periksa_berkas
from lakip_xl.buku.sel import NilaiPersen, TanpaCache, tandai_gabung
from lakip_xl.errors import LakipError

BARIS_SIAP = 300  # data rows pre-formatted below the header of every table sheet
MAKS_BARIS = 1_048_576

_TIPIS = Side(style="thin", color="FFBFBFBF")
_BINGKAI = Border(left=_TIPIS, right=_TIPIS, top=_TIPIS, bottom=_TIPIS)
_ISIAN = PatternFill("solid", fgColor=L.WARNA.isian)
_HITUNG = PatternFill("solid", fgColor=L.WARNA.hitung)
_KEPALA = PatternFill("solid", fgColor=L.WARNA.kepala)
_WAJIB = PatternFill("solid", fgColor=L.WARNA.wajib)
_TERBUKA = Protection(locked=False)
_TERKUNCI = Protection(locked=True)
_BUNGKUS = Alignment(wrap_text=True, vertical="top")

TEKS_WAJIB = "Wajib: setiap baris yang diisi harus mengisi kolom ini."
TEKS_WAJIB_PROFIL = "Wajib: laporan tidak dapat dibuat tanpa isian ini."

FORMAT_ANGKA = {
    L.Jenis.UANG: "#,##0",
    L.Jenis.PERSEN: "0.00",
    L.Jenis.ANGKA: "General",
    L.Jenis.BULAT: "0",
    L.Jenis.TANGGAL: "DD/MM/YYYY",
}


def _nilai_xl(v: Any) -> Any:
    """Python value as openpyxl stores it: Decimal as int when whole, else float."""
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v


def _lindungi(ws: Worksheet) -> None:
    p = ws.protection
    p.sheet = True
    # False means "allowed" in openpyxl's SheetProtection.
    p.formatCells = p.formatColumns = p.formatRows = False
    p.insertRows = p.deleteRows = p.sort = p.autoFilter = False
    p.insertColumns = True
    p.insertHyperlinks = False


def _judul(ws: Worksheet, teks: str, petunjuk: str = "") -> None:
    ws["A1"] = teks
    ws["A1"].font = Font(bold=True, size=14, color=L.WARNA.judul)
    if petunjuk:
        ws["A2"] = petunjuk
        ws["A2"].font = Font(italic=True, size=9, color="FF595959")


DaftarSel = dict[tuple[str, ...], str]
"""A closed list -> the cell range on Petunjuk that holds it, one item per row (for lists
longer than Excel's 255-character inline limit)."""


def _validasi(
    ws: Worksheet,
    kolom: L.Kolom | L.Isian,
    rentang: str,
    daftar_sel: DaftarSel | None = None,
    ada_satuan: bool = False,
) -> None:
    if kolom.jenis is L.Jenis.PILIHAN and kolom.pilihan:
        daftar = ",".join(kolom.pilihan)
        bebas = getattr(kolom, "pilihan_bebas", False)
        sumber = f'"{daftar}"'
        if len(daftar) > 250:  # Excel's limit for an inline list: the list's cells instead
            if kolom.pilihan not in (daftar_sel or {}):
                return
            sumber = (daftar_sel or {})[kolom.pilihan]
        dv = DataValidation(
            type="list",
            formula1=sumber,
            allow_blank=True,
            showErrorMessage=not bebas,
            errorStyle="stop",
        )
        dv.error = B.pesan_pilihan(kolom.pilihan)
        dv.errorTitle = B.judul_validasi(kolom.judul)
    elif kolom.jenis in (L.Jenis.ANGKA, L.Jenis.UANG, L.Jenis.BULAT):
        mn = getattr(kolom, "minimum", None)
        mx = getattr(kolom, "maksimum", None)
        jenis = "whole" if kolom.jenis is L.Jenis.BULAT else "decimal"
        if mn is not None and mx is not None:
            dv = DataValidation(type=jenis, operator="between", formula1=str(mn), formula2=str(mx))
            dv.error = f"Ketik angka {mn} sampai {mx}."
        elif mn is not None:
            dv = DataValidation(type=jenis, operator="greaterThanOrEqual", formula1=str(mn))
            dv.error = f"Ketik angka, paling kecil {mn}."
        else:
            dv = DataValidation(type=jenis, operator="between", formula1="-1E+15", formula2="1E+15")
            dv.error = (
                "Ketik angka rupiah saja, tanpa Rp."
                if kolom.jenis is L.Jenis.UANG
                else "Ketik angka saja, tanpa satuan (satuan ditulis di kolom Satuan)."
                if ada_satuan
                else "Ketik angka saja, tanpa satuan."
            )
        dv.allow_blank = True
        dv.showErrorMessage = True
        dv.errorTitle = B.judul_validasi(kolom.judul)
    else:
        return
    if kolom.petunjuk:
        dv.prompt = B.teks_validasi(kolom.petunjuk)
        dv.promptTitle = B.judul_validasi(kolom.judul)
        dv.showInputMessage = True
    ws.add_data_validation(dv)
    dv.add(rentang)


def _kolom_lengkap(t: L.Tabel, tahun: Sequence[int]) -> list[tuple[L.Kolom, int | None]]:
    """The columns as laid out in the sheet; year columns follow 'Satuan' (or the end)."""
    hasil: list[tuple[L.Kolom, int | None]] = []
    for k in t.kolom:
        hasil.append((k, None))
        if t.kolom_tahun and k.kunci == "satuan":
            for th in tahun:
                hasil.append((L.Kolom(f"{t.kolom_tahun}{th}", f"tahun_{th}", lebar=10), th))
    return hasil


def _buat_tabel(
    ws: Worksheet,
    t: L.Tabel,
    baris: Sequence[Mapping[str, Any]],
    tahun: Sequence[int],
    daftar_sel: DaftarSel | None = None,
) -> None:
    _judul(ws, t.judul, t.petunjuk)
    kolom = _kolom_lengkap(t, tahun)
    hb = t.baris_judul
    akhir = hb + max(BARIS_SIAP, len(baris) + 50)
    for j, (k, _) in enumerate(kolom, start=1):
        huruf = get_column_letter(j)
        c = ws.cell(hb, j, k.judul)
        c.font = Font(bold=True)
        c.fill = _HITUNG if k.dihitung else _WAJIB if k.wajib else _KEPALA
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = _BINGKAI
        komentar = f"{TEKS_WAJIB}\n{k.petunjuk}" if k.wajib else k.petunjuk
        if komentar:
            c.comment = Comment(komentar.strip(), "lakip_xl", width=260, height=90)
        cd = ws.column_dimensions[huruf]
        cd.width = B.lebar_kolom(k.judul, k.lebar)
        fmt = FORMAT_ANGKA.get(k.jenis, "@" if k.jenis is L.Jenis.TEKS else "General")
        if k.dihitung:
            fmt = FORMAT_ANGKA.get(k.jenis, "General")
        c = ws.cell(hb + 1, j)
        c.number_format = fmt
        c.border = _BINGKAI
        if k.dihitung:
            c.fill = _HITUNG
            c.protection = _TERKUNCI
        else:
            c.protection = _TERBUKA
        if k.lebar >= 30:
            c.alignment = _BUNGKUS
        # the rows below share the first row's style indices (openpyxl's own idiom when it
        # copies cells): assigning each style object per cell looks it up in the workbook's
        # style lists again, most of the time `lakip baru` took
        for r in range(hb + 2, akhir + 1):
            ws.cell(r, j)._style = copy.copy(c._style)
        if not k.dihitung:
            ada_satuan = any(x.kunci == "satuan" for x in t.kolom)
            _validasi(ws, k, f"{huruf}{hb + 1}:{huruf}{MAKS_BARIS}", daftar_sel, ada_satuan)
    for i, data in enumerate(baris, start=hb + 1):
        for j, (k, th) in enumerate(kolom, start=1):
            v = data.get(k.judul)
            if v is not None and not k.dihitung:
                ws.cell(i, j, _nilai_xl(v))
            elif th is not None and data.get(f"{t.kolom_tahun}{th}") is not None:
                ws.cell(i, j, data[f"{t.kolom_tahun}{th}"])
    ws.row_dimensions[hb].height = 32
    ws.freeze_panes = ws.cell(hb + 1, 1)
    _lindungi(ws)


def _buat_profil(ws: Worksheet, f: L.Formulir, profil: Mapping[str, Any]) -> None:
    _judul(ws, f.judul, f.petunjuk)
    hb = f.baris_judul
    for j, teks in enumerate(f.judul_kolom, start=1):
        c = ws.cell(hb, j, teks)
        c.font = Font(bold=True)
        c.fill = _KEPALA
        c.border = _BINGKAI
    for i, isian in enumerate(f.isian, start=hb + 1):
        label = ws.cell(i, 1, isian.judul)
        label.border = _BINGKAI
        if isian.wajib:
            label.font = Font(bold=True)
            label.fill = _WAJIB
            label.comment = Comment(TEKS_WAJIB_PROFIL, "lakip_xl", width=260, height=60)
        v = profil.get(isian.judul, isian.bawaan)
        c = ws.cell(i, 2, _nilai_xl(v) if v is not None else None)
        c.protection = _TERBUKA
        c.border = _BINGKAI
        c.alignment = _BUNGKUS
        c.fill = _WAJIB if isian.wajib else _ISIAN
        if isian.jenis is L.Jenis.TEKS:
            c.number_format = "@"
        elif isian.jenis is L.Jenis.TANGGAL:
            c.number_format = FORMAT_ANGKA[L.Jenis.TANGGAL]
        awal = "Wajib. " if isian.wajib else "Dianjurkan. " if isian.anjuran else ""
        ket = ws.cell(i, 3, awal + isian.petunjuk)
        ket.font = Font(italic=True, size=9, color="FF595959")
        ket.alignment = _BUNGKUS
        _validasi(ws, isian, f"B{i}")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 60
    ws.freeze_panes = ws.cell(hb + 1, 1)
    _lindungi(ws)


def _buat_petunjuk(ws: Worksheet) -> DaftarSel:
    _judul(ws, L.PETUNJUK.judul)
    r = 3
    for baris in L.PETUNJUK_TEKS:
        c = ws.cell(r, 1, baris)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if baris.isupper():
            c.font = Font(bold=True)
        r += 1
    contoh = (
        (r + 1, "Contoh sel isian", _ISIAN),
        (r + 2, "Contoh sel hasil hitungan", _HITUNG),
        (r + 3, "Contoh judul kolom wajib dan isian wajib (Profil)", _WAJIB),
    )
    for baris, teks, isi in contoh:
        c = ws.cell(baris, 1, teks)
        c.fill = isi
        c.border = _BINGKAI
    r += 5
    ws.cell(r, 1, "DAFTAR SHEET DAN KOLOM").font = Font(bold=True)
    r += 1
    for nama, judul, kolom in L.uraian_lembar():
        ws.cell(r, 1, f"{nama}: {judul}").font = Font(bold=True)
        r += 1
        if kolom:
            c = ws.cell(r, 1, "Kolom: " + "; ".join(kolom))
            c.alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "BAGIAN LAPORAN").font = Font(bold=True)
    for teks in _TEKS_BAGIAN:
        r += 1
        ws.cell(r, 1, teks).alignment = Alignment(wrap_text=True, vertical="top")
    awal = r + 1
    for r, bagian in enumerate(L.BAGIAN_NARASI, start=awal):
        ws.cell(r, 1, bagian)
    ws.column_dimensions["A"].width = 120
    return {L.BAGIAN_NARASI: f"{quote_sheetname(ws.title)}!$A${awal}:$A${r}"}


_TEKS_BAGIAN = (
    "Kolom Bagian (sheet Narasi dan Gambar, sel B2 tabel tambahan) menentukan tempat isinya di "
    "laporan. Pilih dari daftar di bawah ini (urut seperti di laporan).",
    "Juga boleh 'Analisis <Penanggung Jawab>' (mis. 'Analisis Seksi Pemerintahan', persis "
    "seperti di kolom Penanggung Jawab sheet Indikator): teks di samping tabel unit itu di "
    "BAB III. Kata Pengantar dan Ikhtisar Eksekutif hanya memuat teks. Tabel tambahan tanpa "
    f"Bagian masuk {L.BAGIAN_LAMPIRAN}. Bagian lain tidak masuk laporan; `lakip periksa` "
    "menyebut selnya.",
)


def _buat_ringkasan(ws: Worksheet, r: L.Ringkasan) -> None:
    _judul(ws, r.judul, "Seluruh sheet ini diisi oleh Hitung Ulang.")
    for j, teks in enumerate(r.judul_kolom, start=1):
        c = ws.cell(r.baris_judul, j, teks)
        c.font = Font(bold=True)
        c.fill = _HITUNG
        c.border = _BINGKAI
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 60
    ws.freeze_panes = ws.cell(r.baris_judul + 1, 1)
    _lindungi(ws)


def _buat_tambahan(
    ws: Worksheet, judul: str, bagian: str, kolom: Sequence[str], baris: Sequence[Sequence[Any]]
) -> None:
    ws["A1"], ws["B1"] = "Judul", judul
    ws["A2"], ws["B2"] = "Bagian", bagian
    ws["A3"] = (
        "Judul kolom di baris 4, data mulai baris 5. Bagian: bagian laporan tempat "
        "tabel ini dimuat (lihat daftar di sheet Narasi)."
    )
    ws["A3"].font = Font(italic=True, size=9, color="FF595959")
    ws["A1"].font = ws["A2"].font = Font(bold=True)
    for j, k in enumerate(kolom, start=1):
        c = ws.cell(4, j, k)
        c.font = Font(bold=True)
        c.fill = _KEPALA
        c.border = _BINGKAI
        ws.column_dimensions[get_column_letter(j)].width = max(10, min(50, len(str(k)) + 4))
    for i, row in enumerate(baris, start=5):
        for j, v in enumerate(row, start=1):
            ws.cell(i, j, _nilai_xl(v)).border = _BINGKAI


def _lanskap_selebar(ws: Worksheet, tepi: float) -> None:
    """Landscape A4, one page wide and as many pages down as needed, `tepi` inches above and
    below (0,4 at the sides): the page of both the input sheets and the printable sheets."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = tepi


def atur_cetak(ws: Worksheet, baris_judul: int | None) -> None:
    """Print setup of a sheet, so an office can print its workbook for the Kepala's
    signature: landscape A4, one page wide (as many pages down as it needs), the header row
    repeated on every page, the sheet's name and page number in the footer."""
    _lanskap_selebar(ws, 0.6)
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Halaman &P"
    ws.oddFooter.left.size = ws.oddFooter.right.size = 8
    if baris_judul:
        ws.print_title_rows = f"{baris_judul}:{baris_judul}"


def buat_buku(
    tujuan: Path,
    *,
    tahun: int | None = None,
    profil: Mapping[str, Any] | None = None,
    tabel: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
    tambahan: Sequence[Mapping[str, Any]] = (),
) -> Path:
    """Write a new workbook with every sheet of the layout, filled with the given inputs.

    `profil` maps Profil labels to values, `tabel` sheet names to rows keyed by header text,
    `tambahan` holds extra tables ({sheet, judul, bagian, kolom, baris}). Without data the
    workbook is blank, ready to fill; `tahun` pre-fills Profil's Tahun. Computed cells stay
    empty until Hitung Ulang.
    """
    profil = dict(profil or {})
    if tahun is not None:
        profil["Tahun"] = tahun
    tabel = tabel or {}
    th_renstra = L.tahun_renstra(profil.get("Periode Renstra"), profil.get("Tahun"))
    wb = Workbook()
    wb.remove(wb.active)
    daftar_sel: DaftarSel = {}
    for x in L.LEMBAR:
        ws = wb.create_sheet(x.nama)
        if isinstance(x, L.Teks):
            daftar_sel.update(_buat_petunjuk(ws))
        elif isinstance(x, L.Formulir):
            _buat_profil(ws, x, profil)
        elif isinstance(x, L.Tabel):
            _buat_tabel(ws, x, tabel.get(x.nama, ()), th_renstra, daftar_sel)
        else:
            _buat_ringkasan(ws, x)
        ws.sheet_properties.tabColor = "FF7F7F7F" if isinstance(x, L.Ringkasan) else "FF1F4E79"
        atur_cetak(ws, getattr(x, "baris_judul", None))
    if tambahan:
        for t in tambahan:
            ws = wb.create_sheet(t["sheet"])
            _buat_tambahan(ws, t["judul"], t.get("bagian", ""), t["kolom"], t["baris"])
            atur_cetak(ws, 4)
    else:
        ws = wb.create_sheet("Tabel Tambahan")
        _buat_tambahan(ws, "", "", [], [])
        atur_cetak(ws, 4)
    wb.properties.creator = "lakip_xl"
    wb.properties.created = wb.properties.modified = _dt.datetime(2020, 1, 1)
    return _simpan(wb, tujuan)


def buat_buku_lembar(
    tujuan: Path,
    lembar: Sequence[L.Lembar],
    petunjuk: Sequence[str],
    *,
    profil: Mapping[str, Any] | None = None,
    tabel: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
) -> Path:
    """Write a workbook of another declaration (the Pemda workbook, `buku.layout_pemda`) with
    the same blocks as the OPD workbook: a Teks sheet gets the `petunjuk` lines, a Formulir
    its rows, a Tabel its header, types and dropdowns, filled with `profil` and `tabel`."""
    profil = dict(profil or {})
    tabel = tabel or {}
    wb = Workbook()
    wb.remove(wb.active)
    for x in lembar:
        ws = wb.create_sheet(x.nama)
        if isinstance(x, L.Teks):
            _judul(ws, x.judul)
            for r, baris in enumerate(petunjuk, start=3):
                c = ws.cell(r, 1, baris)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if baris.isupper():
                    c.font = Font(bold=True)
            ws.column_dimensions["A"].width = 120
        elif isinstance(x, L.Formulir):
            _buat_profil(ws, x, profil)
        elif isinstance(x, L.Tabel):
            _buat_tabel(ws, x, tabel.get(x.nama, ()), ())
        else:
            _buat_ringkasan(ws, x)
        ws.sheet_properties.tabColor = "FF1F4E79"
        atur_cetak(ws, getattr(x, "baris_judul", None))
    wb.properties.creator = "lakip_xl"
    wb.properties.created = wb.properties.modified = _dt.datetime(2020, 1, 1)
    return _simpan(wb, tujuan)


# --- reading -------------------------------------------------------------------------------

_SEL_RUMUS = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]+)"[^>]*>\s*(?:<f(?:\s[^>]*)?>([^<]*)</f>|<f[^>]*/>)'
    rb"\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>"
)


_SEL_GABUNG = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref="([^"]+)"')


def _rumus_tanpa_cache(
    path: Path, gabung: dict[str, list[str]] | None = None
) -> dict[str, dict[tuple[int, int], str]]:
    """Formula cells that carry no cached result (a file saved by a tool that does not
    calculate, e.g. openpyxl): sheet -> {(row, column): formula}. Read straight from the XML,
    since openpyxl's data_only reading shows them as empty cells. The merged ranges of each
    sheet go into `gabung` (openpyxl's read-only mode does not read them)."""
    from lakip_xl.buku.tulis import peta_sheet

    hasil: dict[str, dict[tuple[int, int], str]] = {}
    with zipfile.ZipFile(path) as z:
        for nama, part in peta_sheet(z).items():
            try:
                xml = z.read(part)
            except KeyError:
                continue
            if gabung is not None and b"mergeCell" in xml:
                gabung[nama] = [m.group(1).decode() for m in _SEL_GABUNG.finditer(xml)]
            if b"<f" not in xml:
                continue
            for m in _SEL_RUMUS.finditer(xml):
                kol = 0
                for ch in m.group(1).decode():
                    kol = kol * 26 + ord(ch) - 64
                rumus = (m.group(3) or b"").decode("utf-8", "replace") or "(rumus bersama)"
                hasil.setdefault(nama, {})[(int(m.group(2)), kol)] = rumus
    return hasil


def baca_grid(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet as rows of values (cached results for formulas). Cells formatted as a
    percentage come back as NilaiPersen so 0,7 shown as 70% is not read as 0,7."""
    periksa_berkas(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as e:  # openpyxl raises many kinds on a damaged workbook
        raise LakipError(
            f"Berkas '{path.name}' tidak dapat dibaca sebagai .xlsx; buka dan simpan ulang di "
            "Excel atau LibreOffice, atau pakai cadangannya."
        ) from e
    try:
        grid: dict[str, list[list[Any]]] = {}
        gabung: dict[str, list[str]] = {}
        tanpa_cache = _rumus_tanpa_cache(path, gabung)
        for ws in wb.worksheets:
            try:
                rows = _baris_sheet(ws)
            except Exception as e:  # whatever openpyxl meets in a damaged sheet
                raise LakipError(
                    f"isi sheet ini di berkas '{path.name}' tidak dapat dibaca; buka dan simpan "
                    "ulang di Excel atau LibreOffice, atau pakai cadangannya",
                    sheet=ws.title,
                ) from e
            for (r, c), rumus in tanpa_cache.get(ws.title, {}).items():
                while len(rows) < r:
                    rows.append([])
                baris = rows[r - 1]
                while len(baris) < c:
                    baris.append(None)
                if baris[c - 1] is None:
                    baris[c - 1] = TanpaCache(rumus)
            while rows and not rows[-1]:
                rows.pop()
            tandai_gabung(rows, gabung.get(ws.title, ()))
            grid[ws.title] = rows
        return grid
    finally:
        wb.close()


def _baris_sheet(ws: Any) -> list[list[Any]]:
    rows: list[list[Any]] = []
    ws.reset_dimensions()  # trust the cells, not a <dimension> written by another tool
    for row in ws.iter_rows():
        vals = []
        for c in row:
            v = getattr(c, "value", None)
            if (
                isinstance(v, (int, float))
                and not isinstance(v, bool)
                and "%" in (getattr(c, "number_format", "") or "")
            ):
                v = NilaiPersen(v)
            vals.append(v)
        while vals and vals[-1] is None:
            vals.pop()
        rows.append(vals)
    return rows


# --- printable documents (the quarterly E.81 and Rencana Aksi) ------------------------------


@dataclass(frozen=True)
class SelCetak:
    """One cell of a printable sheet (1-based), merged over `tinggi` rows and `lebar` columns.
    `format` is an Excel number format (numbers stay numbers); `rata` kiri/kanan/tengah."""

    baris: int
    kolom: int
    nilai: Any
    format: str | None = None
    tebal: bool = False
    rata: str = "kiri"
    tinggi: int = 1
    lebar: int = 1
    bingkai: bool = True
    latar: str | None = None
    ukuran: float = 8


@dataclass
class LembarCetak:
    """A sheet laid out for printing: cells, column widths, the rows repeated on every page."""

    nama: str
    sel: list[SelCetak]
    lebar_kolom: list[float]
    ulang_baris: tuple[int, int] | None = None
    tinggi_baris: dict[int, float] = field(default_factory=dict)


_RATA = {"kiri": "left", "kanan": "right", "tengah": "center"}


def tulis_cetak(tujuan: Path, lembar: Sequence[LembarCetak]) -> Path:
    """Write printable sheets: landscape A4, fitted to the page width (prints on F4 too),
    narrow margins, header rows repeated. The file is written beside `tujuan` and moved in
    place, so a failed write leaves no half file."""
    wb = Workbook()
    wb.remove(wb.active)
    for lc in lembar:
        ws = wb.create_sheet(lc.nama[:31])
        for j, w in enumerate(lc.lebar_kolom, start=1):
            ws.column_dimensions[get_column_letter(j)].width = w
        for s in lc.sel:
            c = ws.cell(s.baris, s.kolom, _nilai_xl(s.nilai))
            c.font = Font(bold=s.tebal, size=s.ukuran)
            c.alignment = Alignment(
                horizontal=_RATA.get(s.rata, "left"), vertical="top", wrap_text=True
            )
            if s.format:
                c.number_format = s.format
            if s.latar:
                c.fill = PatternFill("solid", fgColor=s.latar)
            if s.tinggi > 1 or s.lebar > 1:
                ws.merge_cells(
                    start_row=s.baris,
                    start_column=s.kolom,
                    end_row=s.baris + s.tinggi - 1,
                    end_column=s.kolom + s.lebar - 1,
                )
            if s.bingkai:
                for r in range(s.baris, s.baris + s.tinggi):
                    for k in range(s.kolom, s.kolom + s.lebar):
                        ws.cell(r, k).border = _BINGKAI_CETAK
        for r, h in lc.tinggi_baris.items():
            ws.row_dimensions[r].height = h
        _lanskap_selebar(ws, 0.5)
        ws.print_options.horizontalCentered = True
        if lc.ulang_baris:
            ws.print_title_rows = f"{lc.ulang_baris[0]}:{lc.ulang_baris[1]}"
    wb.properties.creator = "lakip_xl"
    return _simpan(wb, tujuan)


def _simpan(wb: Workbook, tujuan: Path) -> Path:
    """Save through a hidden temp file beside `tujuan`, then rename it in: never a
    half-written workbook under the user's name, nor a temp file left behind."""
    from lakip_xl.buku.simpan import tulis_aliran

    return tulis_aliran(tujuan, wb.save)


_GARIS = Side(style="thin")
_BINGKAI_CETAK = Border(left=_GARIS, right=_GARIS, top=_GARIS, bottom=_GARIS)


# --- long tables, streamed (the recap of every OPD) ------------------------------------------

FORMAT_TABEL = {"bulat": "#,##0", "uang": "#,##0", "persen": "#,##0.00"}
"""Number formats of a table's columns by kind (Excel shows 1.234,56 on an Indonesian
Windows); 'angka' shows as many decimals as the value has, 'teks' none."""


def format_nilai(jenis: str, v: Any) -> str | None:
    """The number format of one value in a column of kind `jenis` (None: not a number)."""
    if isinstance(v, bool) or not isinstance(v, (int, float, Decimal)):
        return None
    if jenis in FORMAT_TABEL:
        return FORMAT_TABEL[jenis]
    if isinstance(v, Decimal) and v != v.to_integral_value():
        digit = max(0, -v.normalize().as_tuple().exponent)  # type: ignore[operator]
        return "#,##0." + "0" * min(digit, 10)
    return "#,##0" if jenis != "teks" else "General"


def tulis_tabel(tujuan: Path, lembar: Sequence[Any]) -> Path:
    """Write sheets of one long table each, streamed (openpyxl's write-only mode: memory does
    not grow with the rows): title lines, a bold shaded header row repeated on every printed
    page and frozen on screen, the rows, an optional bold total row, notes under it; landscape
    A4 one page wide. Each sheet is duck-typed: `nama`, `judul` (lines), `kolom` (each with
    `judul`, `jenis` from FORMAT_TABEL or 'angka'/'teks', `lebar`), `baris`, `jumlah`,
    `catatan`. Written through the safe writer (buku.simpan)."""
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    tebal, biasa = Font(bold=True, size=9), Font(size=9)
    kepala = PatternFill("solid", fgColor=L.WARNA.kepala)
    bungkus = Alignment(wrap_text=True, vertical="top")
    for lb in lembar:
        ws = wb.create_sheet(re.sub(r"[\\/*?:\[\]]", "-", lb.nama)[:31])
        baris_kepala = len(lb.judul) + 2
        # what the sheet's XML holds above its rows is set before the first row is streamed
        for j, k in enumerate(lb.kolom, start=1):
            ws.column_dimensions[get_column_letter(j)].width = k.lebar
        _lanskap_selebar(ws, 0.5)  # type: ignore[arg-type]
        ws.freeze_panes = f"A{baris_kepala + 1}"
        for t in lb.judul:
            c = WriteOnlyCell(ws, t)
            c.font = Font(bold=True, size=11)
            ws.append([c])
        ws.append([])

        def sel(v: Any, jenis: str, huruf: Font, ws: Any = ws) -> Any:
            c = WriteOnlyCell(ws, _nilai_xl(v))
            c.font, c.border, c.alignment = huruf, _BINGKAI_CETAK, bungkus
            if (f := format_nilai(jenis, v)) is not None:
                c.number_format = f
            return c

        judul = []
        for k in lb.kolom:
            c = sel(k.judul, "teks", tebal)
            c.fill = kepala
            judul.append(c)
        ws.append(judul)
        for row in lb.baris:
            ws.append([sel(v, k.jenis, biasa) for v, k in zip(row, lb.kolom, strict=False)])
        if lb.jumlah is not None:
            ws.append([sel(v, k.jenis, tebal) for v, k in zip(lb.jumlah, lb.kolom, strict=False)])
        if lb.catatan:
            ws.append([])
            for t in lb.catatan:
                ws.append([WriteOnlyCell(ws, t)])
        ws.print_title_rows = f"{baris_kepala}:{baris_kepala}"
        ws.oddFooter.left.text = "&A"
        ws.oddFooter.right.text = "Halaman &P dari &N"
    wb.properties.creator = "lakip_xl"

    def simpan(aliran: Any) -> None:
        try:
            wb.save(aliran)
        except BaseException:  # a full disk, Ctrl-C: the sheets not yet packed are closed
            for ws in wb.worksheets:  # now, into their own temp files, not at exit with a
                if not ws.closed:  # traceback from a half-closed stream
                    with contextlib.suppress(Exception):
                        ws.close()
            raise

    from lakip_xl.buku.simpan import tulis_aliran

    return tulis_aliran(tujuan, simpan)
