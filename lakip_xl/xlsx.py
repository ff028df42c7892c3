"""The one module that uses openpyxl: build a workbook from the layout, read one into a grid."""

from __future__ import annotations

import datetime as _dt
import re
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lakip_xl import layout as L
from lakip_xl.buku import NilaiPersen, TanpaCache, tandai_gabung
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


def _validasi(ws: Worksheet, kolom: L.Kolom | L.Isian, rentang: str) -> None:
    if kolom.jenis is L.Jenis.PILIHAN and kolom.pilihan:
        daftar = ",".join(kolom.pilihan)
        bebas = getattr(kolom, "pilihan_bebas", False)
        if len(daftar) > 250:
            return  # Excel's limit for an inline list
        dv = DataValidation(
            type="list",
            formula1=f'"{daftar}"',
            allow_blank=True,
            showErrorMessage=not bebas,
            errorStyle="stop",
        )
        dv.error = f"Pilih salah satu: {', '.join(kolom.pilihan)}"
        dv.errorTitle = kolom.judul
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
            dv.error = "Ketik angka saja, tanpa satuan (satuan ditulis di kolom Satuan)."
        dv.allow_blank = True
        dv.showErrorMessage = True
        dv.errorTitle = kolom.judul
    else:
        return
    if kolom.petunjuk:
        dv.prompt = kolom.petunjuk[:250]
        dv.promptTitle = kolom.judul[:32]
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
    ws: Worksheet, t: L.Tabel, baris: Sequence[Mapping[str, Any]], tahun: Sequence[int]
) -> None:
    _judul(ws, t.judul, t.petunjuk)
    kolom = _kolom_lengkap(t, tahun)
    hb = t.baris_judul
    akhir = hb + max(BARIS_SIAP, len(baris) + 50)
    for j, (k, _) in enumerate(kolom, start=1):
        huruf = get_column_letter(j)
        c = ws.cell(hb, j, k.judul)
        c.font = Font(bold=True)
        c.fill = _HITUNG if k.dihitung else _KEPALA
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = _BINGKAI
        if k.petunjuk:
            c.comment = Comment(k.petunjuk, "lakip_xl", width=260, height=90)
        cd = ws.column_dimensions[huruf]
        cd.width = k.lebar
        fmt = FORMAT_ANGKA.get(k.jenis, "@" if k.jenis is L.Jenis.TEKS else "General")
        if k.dihitung:
            fmt = FORMAT_ANGKA.get(k.jenis, "General")
        for r in range(hb + 1, akhir + 1):
            c = ws.cell(r, j)
            c.number_format = fmt
            c.border = _BINGKAI
            if k.dihitung:
                c.fill = _HITUNG
                c.protection = _TERKUNCI
            else:
                c.protection = _TERBUKA
            if k.lebar >= 30:
                c.alignment = _BUNGKUS
        if not k.dihitung:
            _validasi(ws, k, f"{huruf}{hb + 1}:{huruf}{MAKS_BARIS}")
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
        v = profil.get(isian.judul, isian.bawaan)
        c = ws.cell(i, 2, _nilai_xl(v) if v is not None else None)
        c.protection = _TERBUKA
        c.border = _BINGKAI
        c.alignment = _BUNGKUS
        c.fill = _WAJIB if isian.wajib else _ISIAN
        if isian.jenis is L.Jenis.TEKS:
            c.number_format = "@"
        ket = ws.cell(i, 3, ("Wajib. " if isian.wajib else "") + isian.petunjuk)
        ket.font = Font(italic=True, size=9, color="FF595959")
        ket.alignment = _BUNGKUS
        _validasi(ws, isian, f"B{i}")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 60
    ws.freeze_panes = ws.cell(hb + 1, 1)
    _lindungi(ws)


def _buat_petunjuk(ws: Worksheet) -> None:
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
        (r + 3, "Contoh isian wajib (Profil)", _WAJIB),
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
    ws.column_dimensions["A"].width = 120


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
    for x in L.LEMBAR:
        ws = wb.create_sheet(x.nama)
        if isinstance(x, L.Teks):
            _buat_petunjuk(ws)
        elif isinstance(x, L.Formulir):
            _buat_profil(ws, x, profil)
        elif isinstance(x, L.Tabel):
            _buat_tabel(ws, x, tabel.get(x.nama, ()), th_renstra)
        else:
            _buat_ringkasan(ws, x)
        ws.sheet_properties.tabColor = "FF7F7F7F" if isinstance(x, L.Ringkasan) else "FF1F4E79"
    if tambahan:
        for t in tambahan:
            _buat_tambahan(
                wb.create_sheet(t["sheet"]), t["judul"], t.get("bagian", ""), t["kolom"], t["baris"]
            )
    else:
        _buat_tambahan(wb.create_sheet("Tabel Tambahan"), "", "", [], [])
    wb.properties.creator = "lakip_xl"
    wb.properties.created = wb.properties.modified = _dt.datetime(2020, 1, 1)
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    sementara = tujuan.with_name(f".{tujuan.name}.tmp")
    wb.save(sementara)
    sementara.replace(tujuan)
    return tujuan


# --- reading -------------------------------------------------------------------------------

OLE_AWAL = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Limits on what a workbook may unpack to, checked on the zip directory before anything is
# unpacked or parsed: a zip bomb or an absurdly large sheet is refused at once. A whole
# kabupaten (2.000 indikator, 5.000 anggaran rows, 20.000 SKM respondents) unpacks to about
# 40 MB, its largest sheet to about 15 MB.
MAKS_BAGIAN = 5_000
"""Zip entries of one workbook."""
MAKS_UKURAN_BAGIAN = 256 * 2**20
"""Bytes one part (sheet, image, ...) may unpack to."""
MAKS_UKURAN_TOTAL = 512 * 2**20
"""Bytes all parts together may unpack to."""
MAKS_RASIO = 200
"""Unpacked / packed size of a part larger than RASIO_MULAI: real sheets stay below 30."""
RASIO_MULAI = 8 * 2**20
MAKS_BARIS_DATA = 100_000
"""Rows holding a value in one sheet (five times the SKM respondents of a whole kabupaten)."""
_PROLOG_MAKS = 1 << 16

_AWAL_BARIS = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_R_BARIS = re.compile(rb'\sr\s*=\s*["\'](\d+)')
_ADA_NILAI = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:v|is|f)[\s/>]")
_TAG_NILAI = (b"<v>", b"<v ", b":v>", b":v ", b"<is>", b":is>", b"<f>", b"<f ", b":f>", b":f ")
_PROLOG = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.S)
_DEKLARASI = re.compile(r"<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)")
_PENYANDIAN_SAH = frozenset(
    {
        "utf-8",
        "utf8",
        "us-ascii",
        "ascii",
        "iso-8859-1",
        "latin1",
        "windows-1252",
        "utf-16",
        "utf-16le",
        "utf-16be",
    }
)
_TEKS_HTML = re.compile(rb"<(?:!doctype\s+html|html|table|meta|body|head)[\s>]", re.I)


def _mb(n: int) -> str:
    from lakip_xl.calc.format_id import angka

    return f"{angka(round(n / 2**20))} MB"


def _jenis_ole(path: Path) -> str:
    """'sandi' (an encrypted OOXML package), 'xls', 'doc' or '' for a compound (OLE) file,
    judged by the stream names in its directory (UTF-16 in the file)."""
    ukuran = path.stat().st_size
    with path.open("rb") as f:
        if ukuran <= 64 * 2**20:
            isi = f.read()
        else:
            isi = f.read(8 * 2**20)
            f.seek(-8 * 2**20, 2)
            isi += f.read()
    for jenis, nama in (
        ("sandi", "EncryptedPackage"),
        ("sandi", "EncryptionInfo"),
        ("xls", "Workbook"),
        ("xls", "Book"),
        ("doc", "WordDocument"),
    ):
        if nama.encode("utf-16-le") + b"\0\0" in isi:
            return jenis
    return ""


def _bukan_zip(path: Path, awal: bytes) -> LakipError:
    """The message for a file that is not a zip: which format it seems to be and what to do."""
    nama = path.name
    simpan = "buka di Excel atau LibreOffice lalu Simpan Sebagai 'Excel Workbook (.xlsx)'"
    if awal.startswith(OLE_AWAL):
        jenis = _jenis_ole(path)
        if jenis == "sandi":
            return LakipError(
                f"Berkas '{nama}' dilindungi kata sandi (terenkripsi), sehingga tidak dapat "
                "dibaca. Buka di Excel dengan kata sandinya, hapus kata sandi (File > Info > "
                "Protect Workbook > Encrypt with Password, kosongkan isiannya) lalu simpan; "
                "di LibreOffice: Simpan Sebagai tanpa mencentang 'Simpan dengan kata sandi'."
            )
        if jenis == "doc":
            return LakipError(
                f"Berkas '{nama}' adalah dokumen Word (.doc), bukan buku kerja Excel; pilih "
                "berkas buku kerja yang benar."
            )
        return LakipError(
            f"Berkas '{nama}' berformat .xls lama (Excel 97-2003); {simpan}, lalu ulangi."
        )
    kepala = awal.lstrip(b"\xef\xbb\xbf\xff\xfe\r\n\t ").replace(b"\0", b"")
    if kepala.startswith(b"%PDF"):
        return LakipError(
            f"Berkas '{nama}' adalah PDF, bukan buku kerja Excel; minta berkas .xlsx aslinya."
        )
    if b"urn:schemas-microsoft-com:office:spreadsheet" in awal:
        return LakipError(
            f"Berkas '{nama}' berformat 'XML Spreadsheet 2003'; {simpan}, lalu ulangi."
        )
    if _TEKS_HTML.search(kepala[:4096]):
        return LakipError(
            f"Berkas '{nama}' adalah halaman web (HTML) yang diberi nama seperti buku kerja "
            f"(biasanya hasil unduhan dari aplikasi daring); {simpan}, lalu ulangi."
        )
    return LakipError(
        f"Berkas '{nama}' bukan buku kerja Excel (.xlsx); mungkin CSV atau teks yang diganti "
        f"namanya. {simpan[0].upper()}{simpan[1:]}."
    )


def _ada_dtd(awal: bytes) -> bool:
    """True when the start of an XML part declares a DTD (entities: an entity bomb, an
    external entity), names an unusual encoding, or has a suspiciously long prolog. Excel,
    LibreOffice and the OOXML libraries never write any of these, so such a part is refused
    before any parser sees it."""
    data = awal[3:] if awal.startswith(b"\xef\xbb\xbf") else awal
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        teks = data.decode("utf-16", "ignore")
    elif data[:2] == b"<\0":
        teks = data.decode("utf-16-le", "ignore")
    elif data[:2] == b"\0<":
        teks = data.decode("utf-16-be", "ignore")
    elif b"\0" in data[:4]:
        return True  # UCS-4 or another encoding no spreadsheet writer uses
    else:
        teks = data.decode("utf-8", "ignore")
    m = _DEKLARASI.match(teks)
    if m and m.group(1) and m.group(1).strip().lower() not in _PENYANDIAN_SAH:
        return True
    i = 0
    while True:
        m = _PROLOG.match(teks, i)
        if not m or m.end() == i:
            break
        i = m.end()
    sisa = teks[i:]
    if sisa[:9].upper() == "<!DOCTYPE" or sisa[:8].upper() == "<!ENTITY":
        return True
    # a prolog item that does not end within the first 64 KB is no writer's work either
    return sisa.startswith(("<?", "<!")) or (not sisa and len(awal) >= _PROLOG_MAKS)


def _hitung_baris_data(f: Any, awal: bytes) -> tuple[int, int]:
    """Stream a worksheet's XML (`awal` is what was already read of it) and count the rows
    holding a value, stopping as soon as there are more than MAKS_BARIS_DATA: (rows counted,
    number of the last row looked at). Plain byte scanning: nothing is parsed."""
    jumlah = nomor = 0
    potongan = awal or f.read(1 << 20)
    buf = potongan
    cari = 0
    mulai = -1  # where the row being read starts in buf
    while True:
        selesai = not potongan
        awal_baris = [m.start() for m in _AWAL_BARIS.finditer(buf, cari)]
        if selesai:
            ujung = buf.find(b"sheetData>", max(mulai, 0))
            awal_baris.append(ujung if ujung >= 0 else len(buf))
        for s in awal_baris:
            if mulai >= 0:
                tutup = buf.find(b">", mulai, s)
                m = _R_BARIS.search(buf, mulai, tutup if tutup > 0 else s)
                nomor = int(m.group(1)) if m else nomor + 1
                if _ADA_NILAI.search(buf, mulai + 1, s):
                    jumlah += 1
                    if jumlah > MAKS_BARIS_DATA:
                        return jumlah, nomor
            mulai = s
        if selesai:
            return jumlah, nomor
        if mulai >= 0:
            buf = buf[mulai:]
            mulai = 0
            cari = max(1, len(buf) - 64)  # a row tag may have been cut at the end
        else:
            buf = buf[-64:]
            cari = 0
        potongan = f.read(1 << 20)
        buf += potongan


def _periksa_zip(path: Path, z: zipfile.ZipFile) -> None:
    """Checks on an opened zip: a workbook, within the limits, every part intact, no DTD."""
    nama = path.name
    infos = z.infolist()
    daftar = {i.filename for i in infos}
    if "xl/workbook.xml" not in daftar:
        if "content.xml" in daftar:
            raise LakipError(
                f"Berkas '{nama}' berformat LibreOffice (.ods); di LibreOffice pilih Simpan "
                "Sebagai 'Excel 2007-365 (.xlsx)' lalu ulangi."
            )
        if "word/document.xml" in daftar:
            raise LakipError(
                f"Berkas '{nama}' adalah dokumen Word (.docx), bukan buku kerja Excel; pilih "
                "berkas buku kerja yang benar."
            )
        dalam = [n for n in daftar if n.lower().endswith((".xlsx", ".xlsm"))]
        if dalam:
            raise LakipError(
                f"Berkas '{nama}' adalah arsip ZIP berisi '{dalam[0]}'; ekstrak dulu buku "
                "kerjanya lalu pakai berkas hasil ekstraksi itu."
            )
        raise LakipError(f"Berkas '{nama}' bukan buku kerja Excel (.xlsx).")
    if len(infos) > MAKS_BAGIAN:
        raise LakipError(
            f"Berkas '{nama}' berisi {len(infos)} bagian, jauh lebih banyak dari buku kerja "
            "biasa; berkas ini tidak dibuka. Pakai buku kerja dari `lakip baru` atau cadangannya."
        )
    total = 0
    for i in infos:
        total += i.file_size
        if i.file_size > MAKS_UKURAN_BAGIAN or (
            i.file_size > RASIO_MULAI and i.file_size > MAKS_RASIO * max(i.compress_size, 1)
        ):
            raise LakipError(
                f"Berkas '{nama}' berisi bagian {i.filename} yang membesar menjadi "
                f"{_mb(i.file_size)} saat dibuka (dari {_mb(i.compress_size)}); berkas seperti "
                "ini (bom zip atau sheet raksasa) tidak dibuka. Hapus baris dan isi yang tidak "
                "perlu, atau pakai cadangannya."
            )
    if total > MAKS_UKURAN_TOTAL:
        raise LakipError(
            f"Berkas '{nama}' membesar menjadi {_mb(total)} saat dibuka, melebihi batas "
            f"{_mb(MAKS_UKURAN_TOTAL)}; hapus sheet, gambar atau baris yang tidak perlu."
        )
    with z.open("xl/workbook.xml") as f:
        awal = f.read(_PROLOG_MAKS)
    if _ada_dtd(awal):
        raise _berbahaya(nama, "xl/workbook.xml")
    if b"purl.oclc.org/ooxml/spreadsheetml" in awal:
        raise LakipError(
            f"Berkas '{nama}' disimpan sebagai 'Strict Open XML Spreadsheet'; di Excel pilih "
            "Simpan Sebagai 'Excel Workbook (.xlsx)' lalu ulangi."
        )
    rels = "xl/_rels/workbook.xml.rels"
    if rels not in daftar:
        raise LakipError(f"Berkas '{nama}' rusak (bagian {rels} tidak ada); pakai cadangannya.")
    with z.open(rels) as f:
        if _ada_dtd(f.read(_PROLOG_MAKS)):
            raise _berbahaya(nama, rels)
    from lakip_xl.tulis import peta_sheet

    try:
        sheet = {part: s for s, part in peta_sheet(z).items()}
    except etree.XMLSyntaxError:
        raise LakipError(
            f"Berkas '{nama}' rusak (daftar sheet tidak terbaca); pakai cadangannya."
        ) from None
    for part, s in sheet.items():
        if part not in daftar:
            raise LakipError(
                f"Berkas '{nama}' rusak: isi sheet '{s}' ({part}) tidak ada di dalam berkas; "
                "pakai cadangannya."
            )
    for i in infos:
        if i.is_dir():
            continue
        xml = i.filename.lower().endswith((".xml", ".rels", ".vml"))
        lembar = sheet.get(i.filename) if "/worksheets/" in i.filename else None
        with z.open(i) as f:
            awal = f.read(_PROLOG_MAKS)
            if xml and _ada_dtd(awal):
                raise _berbahaya(nama, i.filename)
            tag_baris, tag_nilai = _jumlah_tag(f, awal)  # to the end: the CRC is checked there
        if lembar and min(tag_baris, tag_nilai) > MAKS_BARIS_DATA:
            with z.open(i) as f:
                jumlah, nomor = _hitung_baris_data(f, b"")
            if jumlah > MAKS_BARIS_DATA:
                from lakip_xl.calc.format_id import angka

                raise LakipError(
                    f"berisi lebih dari {angka(MAKS_BARIS_DATA)} baris data (batas itu "
                    f"terlampaui di baris {angka(nomor)} berkas '{nama}'), jauh di atas "
                    "kebutuhan LKj; hapus baris yang tidak perlu (mis. nomor yang terisi sampai "
                    "baris terakhir), simpan, lalu ulangi",
                    sheet=lembar,
                )


def _jumlah_tag(f: Any, awal: bytes) -> tuple[int, int]:
    """Read a part to its end. For XML: upper bounds of its <row> elements and of its cells
    holding a value (<v>, <is>, <f>), by plain byte counting; only when both exceed
    MAKS_BARIS_DATA must the rows be looked at one by one."""
    baris = nilai = 0
    sisa = b""
    potongan = awal
    while potongan:
        buf = sisa + potongan
        baris += buf.count(b"<row") + buf.count(b":row")
        nilai += sum(buf.count(t) for t in _TAG_NILAI)
        sisa = buf[-4:]  # a tag cut in two is counted once, a whole one never twice
        potongan = f.read(1 << 20)
    return baris, nilai


def _berbahaya(nama: str, part: str) -> LakipError:
    return LakipError(
        f"Berkas '{nama}' ditolak: bagian {part} memuat deklarasi DTD/entitas XML, yang tidak "
        "pernah ditulis Excel maupun LibreOffice (tanda berkas dimanipulasi, mis. bom entitas "
        "atau entitas eksternal). Minta berkas aslinya atau pakai cadangannya."
    )


def periksa_berkas(path: Path) -> None:
    """Refuse, with an Indonesian sentence naming the file (and the sheet), anything that is not
    a readable .xlsx/.xlsm: another format (also renamed), a damaged or truncated zip, a zip
    bomb, a part with a DTD (entity bomb, external entity), a sheet of more than
    MAKS_BARIS_DATA rows. Streams every part once (each CRC is checked); nothing is parsed."""
    if not path.exists():
        raise LakipError(f"Berkas '{path}' tidak ditemukan; periksa nama dan foldernya.")
    if path.is_dir():
        raise LakipError(f"'{path}' adalah folder, bukan berkas buku kerja.")
    ukuran = path.stat().st_size
    if ukuran == 0:
        raise LakipError(f"Berkas '{path.name}' kosong (0 byte); salin lagi dari cadangan.")
    with path.open("rb") as f:
        awal = f.read(8192)
    if not awal.startswith(b"PK"):
        raise _bukan_zip(path, awal)
    try:
        with zipfile.ZipFile(path) as z:
            _periksa_zip(path, z)
    except LakipError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as e:
        m = re.search(r"for file '([^']+)'", str(e))
        bagian = f" (bagian {m.group(1)})" if m else ""
        raise LakipError(
            f"Berkas '{path.name}' rusak atau terpotong{bagian}; pakai cadangannya atau "
            "unduh/salin ulang."
        ) from None
    except NotImplementedError:
        raise LakipError(
            f"Berkas '{path.name}' dikemas dengan cara yang tidak dikenal (mis. zip berkata "
            f"sandi); {path.suffix} ini tidak dapat dibaca. Simpan ulang di Excel atau "
            "LibreOffice."
        ) from None
    except RuntimeError:
        raise LakipError(
            f"Berkas '{path.name}' berisi bagian yang terkunci kata sandi; simpan ulang tanpa "
            "kata sandi di Excel atau LibreOffice."
        ) from None
    except OSError as e:
        raise LakipError(f"Berkas '{path.name}' tidak dapat dibaca: {e.strerror or e}.") from None
    except Exception as e:  # anything else a damaged zip directory may raise
        raise LakipError(
            f"Berkas '{path.name}' rusak ({type(e).__name__}); pakai cadangannya atau "
            "unduh/salin ulang."
        ) from None


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
    from lakip_xl.tulis import peta_sheet

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
            f"Berkas '{path.name}' tidak dapat dibaca sebagai .xlsx ({type(e).__name__}); "
            "buka dan simpan ulang di Excel atau LibreOffice, atau pakai cadangannya."
        ) from None
    try:
        grid: dict[str, list[list[Any]]] = {}
        gabung: dict[str, list[str]] = {}
        tanpa_cache = _rumus_tanpa_cache(path, gabung)
        for ws in wb.worksheets:
            try:
                rows = _baris_sheet(ws)
            except Exception as e:  # whatever openpyxl meets in a damaged sheet
                raise LakipError(
                    f"isi sheet ini di berkas '{path.name}' tidak dapat dibaca "
                    f"({type(e).__name__}); buka dan simpan ulang di Excel atau LibreOffice, "
                    "atau pakai cadangannya",
                    sheet=ws.title,
                ) from None
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
