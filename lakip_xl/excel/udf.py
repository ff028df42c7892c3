"""Excel integration through xlwings: worksheet functions (UDFs) and the buttons.

The only module of lakip_xl that imports xlwings (pinned: see pyproject's `excel` extra).

- UDFs: `=LAKIP_CAPAIAN(H5;I5;"Negatif")` and friends are one-line wrappers of the calculation
  core. A problem comes back as a short text "#LAKIP: ..." in the cell, never a traceback.
- Buttons: `hitung_ulang()`, `buat_laporan()`, `dokumen_triwulan()` and `impor_sipd(rekap,
  skpd)` are what the VBA in lakip_xl/excel/macros/Lakip.bas calls through RunPython. They
  take the calling workbook (`xw.Book.caller()`) and run `lakip_xl.tombol` (and
  `lakip_xl.tombol_sipd`), the same reading, core and write plan as `lakip hitung`, writing
  the cells back through Excel so nothing else in the open workbook changes.

The VBA declarations of the UDFs (macros/xlwings_udfs.bas) are generated from this module by
`python -m lakip_xl.excel.xlsm --udf` with xlwings' own generator, and a test keeps them in step.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlwings as xw

from lakip_xl import tombol
from lakip_xl.calc.anggaran import serapan_persen
from lakip_xl.calc.angka import ke_decimal
from lakip_xl.calc.capaian import Polaritas, RumusNegatif, Status, hitung_capaian
from lakip_xl.calc.format_id import rupiah, terbilang, urai_angka
from lakip_xl.calc.kategori import skala
from lakip_xl.calc.skm import hitung_ikm, mutu, mutu_dari_ikm, nrr_dari_jawaban
from lakip_xl.errors import LakipError

KATEGORI = "LAKIP"
AWALAN_GALAT = "#LAKIP: "

# --- argument and result conversion (shared by the one-line UDFs) -------------------------------


class _Galat(ValueError):
    """A problem shown in the cell as '#LAKIP: <pesan>'."""


def _angka(v: Any, nama: str, wajib: bool = True) -> Decimal | None:
    """A number from what Excel passes: float, int, numeric text ("1.234,5") or empty."""
    if v is None or (isinstance(v, str) and not v.strip()):
        if wajib:
            raise _Galat(f"{nama} kosong")
        return None
    if isinstance(v, bool):
        raise _Galat(f"{nama} berisi nilai logika, bukan angka")
    if isinstance(v, str):
        try:
            return urai_angka(v).nilai
        except ValueError:
            raise _Galat(f"{nama} '{v.strip()}' bukan angka") from None
    try:
        return ke_decimal(v)
    except ValueError:
        raise _Galat(f"{nama} bukan angka") from None


def _hasil(v: Any) -> Any:
    """Decimal -> float for Excel; other values as they are."""
    return float(v) if isinstance(v, Decimal) else v


def _aman(fungsi: Callable[..., Any], *args: Any) -> Any:
    """Run a core call; any problem becomes the short text '#LAKIP: ...'."""
    try:
        return _hasil(fungsi(*args))
    except (_Galat, LakipError, ValueError, ZeroDivisionError, ArithmeticError) as e:
        pesan = " ".join(str(e).split()) or type(e).__name__
        return AWALAN_GALAT + pesan[:200]
    except Exception as e:  # never a traceback in a cell
        return f"{AWALAN_GALAT}galat tak terduga ({type(e).__name__})"


def _capaian(target: Any, realisasi: Any, polaritas: Any, rumus: Any) -> Any:
    c = hitung_capaian(
        _angka(target, "target", wajib=False),
        _angka(realisasi, "realisasi", wajib=False),
        Polaritas.dari_teks(polaritas or "Positif"),
        RumusNegatif.dari_teks(rumus),
    )
    if c.status is Status.ADA:
        return c.persen
    if c.status is Status.BELUM_TERSEDIA:
        return "*)"
    raise _Galat(c.alasan)


def _kategori(capaian: Any, nama_skala: Any) -> str:
    return skala(nama_skala).kategori(_angka(capaian, "capaian"))  # type: ignore[arg-type]


def _serapan(anggaran: Any, realisasi: Any) -> Decimal:
    sp = serapan_persen(
        _angka(anggaran, "anggaran", wajib=False), _angka(realisasi, "realisasi", wajib=False)
    )
    if sp is None:
        raise _Galat("anggaran kosong atau 0, serapan tidak dapat dihitung")
    return sp


def _baris_isi(data: Sequence[Sequence[Any]]) -> list[list[Any]]:
    return [list(r) for r in data if any(v not in (None, "") for v in r)]


def _ikm(data: Any, bobot: Any) -> Decimal:
    """IKM (konversi 25-100) from one row/column of NRR or a table of answers (1-4)."""
    rows = _baris_isi(data if isinstance(data, list) else [[data]])
    if not rows:
        raise _Galat("tidak ada data")
    w = None
    if bobot is not None:
        daftar = [v for r in (bobot if isinstance(bobot, list) else [[bobot]]) for v in r]
        w = [_angka(v, "bobot") for v in daftar if v not in (None, "")]
    if len(rows) == 1 or all(len(r) == 1 for r in rows):
        nrr = [_angka(v, "NRR") for r in rows for v in r if v not in (None, "")]
        h = hitung_ikm(nrr, w)  # type: ignore[arg-type]
    else:
        lebar = max(len(r) for r in rows)
        jawaban = []
        for r in rows:
            baris = []
            for v in r:
                d = _angka(v, "jawaban", wajib=False)
                if d is not None and d != d.to_integral_value():
                    raise _Galat(f"jawaban {v} bukan bilangan bulat 1-4")
                baris.append(None if d is None else int(d))
            jawaban.append(baris)
        nilai = nrr_dari_jawaban(jawaban, lebar)
        kosong = [i + 1 for i, n in enumerate(nilai) if n.nrr is None]
        if kosong:
            raise _Galat(f"unsur ke-{kosong[0]} tidak punya jawaban")
        h = hitung_ikm([n.nrr for n in nilai], w)  # type: ignore[misc]
    return Decimal(h.konversi.numerator) / Decimal(h.konversi.denominator)


def _mutu(ikm: Any, bentuk: Any) -> str:
    d = _angka(ikm, "IKM")
    assert d is not None
    if d <= 4:
        m = mutu_dari_ikm(d)
    elif 25 <= d <= 100:
        m = mutu(d)
    else:
        raise _Galat("IKM harus 1-4 atau nilai konversi 25-100")
    b = str(bentuk or "huruf").strip().casefold()
    if b == "huruf":
        return m.huruf
    if b == "kinerja":
        return m.kinerja
    if b == "lengkap":
        return f"{m.huruf} ({m.kinerja})"
    raise _Galat("bentuk harus huruf, kinerja atau lengkap")


def _terbilang(n: Any) -> str:
    d = _angka(n, "angka")
    assert d is not None
    return terbilang(int(d) if d == d.to_integral_value() else d)  # type: ignore[arg-type]


def _rupiah(n: Any, gaya: Any) -> str:
    return rupiah(_angka(n, "angka"), str(gaya or "ringkas").strip().casefold())  # type: ignore[arg-type]


# --- the worksheet functions ----------------------------------------------------------------------

ARGUMEN: dict[str, dict[str, dict[str, Any]]] = {
    "LAKIP_CAPAIAN": {
        "target": {"doc": "Target indikator (angka)."},
        "realisasi": {"doc": "Realisasi indikator (angka); kosong berarti belum tersedia."},
        "polaritas": {"doc": '"Positif" (makin tinggi makin baik, bawaan) atau "Negatif".'},
        "rumus": {
            "doc": 'Rumus polaritas negatif: "(2 x Target - Realisasi) / Target" (bawaan) '
            'atau "Target / Realisasi".'
        },
    },
    "LAKIP_KATEGORI": {
        "capaian": {"doc": "Capaian dalam persen, mis. 88,5."},
        "nama_skala": {"doc": "Nama skala seperti di sheet Profil (bawaan: Tabel 5 LKj)."},
    },
    "LAKIP_SERAPAN": {
        "anggaran": {"doc": "Pagu anggaran (Rp)."},
        "realisasi": {"doc": "Realisasi anggaran (Rp); kosong dihitung 0."},
    },
    "LAKIP_IKM": {
        "data": {
            "ndim": 2,
            "doc": "Satu baris/kolom NRR per unsur, atau tabel jawaban 1-4 (baris = responden, "
            "kolom = unsur).",
        },
        "bobot": {"ndim": 2, "doc": "Bobot per unsur (jumlah 1); kosongkan untuk bobot sama."},
    },
    "LAKIP_MUTU": {
        "ikm": {"doc": "IKM skala 1-4 atau nilai konversi 25-100."},
        "bentuk": {"doc": '"huruf" (bawaan, mis. B), "kinerja" (mis. Baik) atau "lengkap".'},
    },
    "LAKIP_TERBILANG": {"angka": {"doc": "Bilangan bulat, mis. 1250."}},
    "LAKIP_RUPIAH": {
        "angka": {"doc": "Jumlah rupiah."},
        "gaya": {"doc": '"ringkas" (Rp1.250.000, bawaan) atau "resmi" (Rp 1.250.000,-).'},
    },
}
"""Excel's argument help and xlwings conversion options of each UDF, by argument name.
The UDFs' parameters carry no type hints on purpose: xlwings reads hints as converters."""


def daftarkan(
    f: Callable[..., Any], func: Callable[..., Any] = xw.func, arg: Callable[..., Any] = xw.arg
) -> Callable[..., Any]:
    """Apply xlwings' UDF decorators (`func`, `arg`) with the options in ARGUMEN."""
    for nama, opsi in ARGUMEN[f.__name__].items():
        f = arg(nama, **opsi)(f)
    return func(category=KATEGORI)(f)


@daftarkan
def LAKIP_CAPAIAN(target, realisasi, polaritas="Positif", rumus=None):
    """Capaian kinerja (%) dari target dan realisasi menurut polaritasnya; tidak dibulatkan,
    *) bila realisasi belum tersedia."""
    return _aman(_capaian, target, realisasi, polaritas, rumus)


@daftarkan
def LAKIP_KATEGORI(capaian, nama_skala=None):
    """Kategori capaian (mis. Sangat Memuaskan) menurut skala yang dipilih."""
    return _aman(_kategori, capaian, nama_skala)


@daftarkan
def LAKIP_SERAPAN(anggaran, realisasi):
    """Serapan anggaran (%) = realisasi / anggaran x 100, tidak dibulatkan."""
    return _aman(_serapan, anggaran, realisasi)


@daftarkan
def LAKIP_IKM(data, bobot=None):
    """Indeks Kepuasan Masyarakat (nilai konversi 25-100) menurut PermenPANRB 14/2017."""
    return _aman(_ikm, data, bobot)


@daftarkan
def LAKIP_MUTU(ikm, bentuk="huruf"):
    """Mutu pelayanan (A, B, C, D) dari nilai IKM."""
    return _aman(_mutu, ikm, bentuk)


@daftarkan
def LAKIP_TERBILANG(angka):
    """Bilangan dalam kata-kata bahasa Indonesia, mis. seribu dua ratus lima puluh."""
    return _aman(_terbilang, angka)


@daftarkan
def LAKIP_RUPIAH(angka, gaya="ringkas"):
    """Jumlah rupiah dengan pemisah ribuan Indonesia, dibulatkan ke rupiah penuh."""
    return _aman(_rupiah, angka, gaya)


UDF = (
    LAKIP_CAPAIAN,
    LAKIP_KATEGORI,
    LAKIP_SERAPAN,
    LAKIP_IKM,
    LAKIP_MUTU,
    LAKIP_TERBILANG,
    LAKIP_RUPIAH,
)

# --- the workbook through xlwings ---------------------------------------------------------------

_IZIN_PROTEKSI = (
    "AllowFormattingCells",
    "AllowFormattingColumns",
    "AllowFormattingRows",
    "AllowInsertingColumns",
    "AllowInsertingRows",
    "AllowInsertingHyperlinks",
    "AllowDeletingColumns",
    "AllowDeletingRows",
    "AllowSorting",
    "AllowFiltering",
    "AllowUsingPivotTables",
)


def _teks_excel(v: Any) -> Any:
    """Text is written with a leading apostrophe so Excel keeps it as text (never a formula,
    number or date: '28/11/2025 10:00' or '-' stay as typed)."""
    if isinstance(v, str):
        return "'" + v if v else None
    return v


class LembarXlwings:
    """`tombol.Lembar` over an xlwings Book (the workbook the button was clicked in)."""

    def __init__(self, book: Any) -> None:
        self.book = book

    def _sheet(self, nama: str) -> Any:
        return self.book.sheets[nama]

    def baca_grid(self) -> dict[str, list[list[Any]]]:
        grid: dict[str, list[list[Any]]] = {}
        for sh in self.book.sheets:
            if sh.name == tombol.LEMBAR_MASALAH:
                continue
            akhir = sh.used_range.last_cell
            nrow, ncol = akhir.row, akhir.column
            nilai = sh.range((1, 1), (nrow, ncol)).options(ndim=2, err_to_str=True).value
            rows = [list(r) for r in nilai]

            def fmt(a: int, b: int, c: int, sh: Any = sh) -> str | None:
                try:
                    return sh.range((a, c), (b, c)).number_format
                except NotImplementedError:  # engines without synchronous formats
                    return ""

            tombol.tandai_persen(rows, tombol.sel_persen(rows, fmt))
            grid[sh.name] = tombol.rapikan(rows)
        return grid

    @contextlib.contextmanager
    def _tanpa_proteksi(self, sh: Any) -> Iterator[None]:
        """Unprotect a sheet protected without a password, restore the same protection."""
        api = sh.api
        if not getattr(api, "ProtectContents", False):  # unprotected, or not Excel's COM api
            yield
            return
        izin = {k: bool(getattr(api.Protection, k)) for k in _IZIN_PROTEKSI}
        gambar, skenario = bool(api.ProtectDrawingObjects), bool(api.ProtectScenarios)
        try:
            api.Unprotect()
        except Exception:
            raise LakipError(
                "sheet dilindungi dengan kata sandi; buka perlindungannya (Review > Unprotect "
                "Sheet) lalu klik lagi",
                sheet=sh.name,
            ) from None
        try:
            yield
        finally:
            api.Protect(DrawingObjects=gambar, Contents=True, Scenarios=skenario, **izin)

    @contextlib.contextmanager
    def _layar_diam(self) -> Iterator[None]:
        app = self.book.app
        try:
            lama = app.screen_updating
        except NotImplementedError:  # engines that cannot report it
            yield
            return
        app.screen_updating = False
        try:
            yield
        finally:
            app.screen_updating = lama

    def tulis(self, per_sheet: tombol.Tulisan, ganti: Mapping[str, int]) -> None:
        with self._layar_diam():
            for nama in dict.fromkeys([*ganti, *per_sheet]):
                sh = self._sheet(nama)
                with self._tanpa_proteksi(sh):
                    if nama in ganti:
                        akhir = sh.used_range.last_cell
                        if akhir.row >= ganti[nama]:
                            sh.range((ganti[nama], 1), (akhir.row, akhir.column)).clear_contents()
                    for b in tombol.blok_persegi(per_sheet.get(nama, {})):
                        sh.range((b.baris, b.kolom)).value = [
                            [_teks_excel(v) for v in row] for row in b.nilai
                        ]

    def tulis_masalah(self, baris: Sequence[tombol.BarisMasalah]) -> None:
        nama = [s.name for s in self.book.sheets]
        if not baris:
            if tombol.LEMBAR_MASALAH in nama:
                app = self.book.app
                lama = app.display_alerts
                app.display_alerts = False
                try:
                    self._sheet(tombol.LEMBAR_MASALAH).delete()
                finally:
                    app.display_alerts = lama
            return
        with self._layar_diam():
            if tombol.LEMBAR_MASALAH in nama:
                sh = self._sheet(tombol.LEMBAR_MASALAH)
                sh.clear_contents()
            else:
                sh = self.book.sheets.add(tombol.LEMBAR_MASALAH, after=self.book.sheets[-1])
            sh.range((1, 1)).value = [list(tombol.JUDUL_MASALAH)] + [
                [_teks_excel(v) for v in b.nilai()] for b in baris
            ]
            for i, b in enumerate(baris, start=2):
                if b.tautan:
                    tautan = b.tautan.replace('"', '""')
                    teks = (b.sel or b.sheet).replace('"', '""')
                    sh.range((i, 3)).formula = f'=HYPERLINK("#{tautan}","{teks}")'
        if any(b.jenis == "GALAT" for b in baris):
            sh.activate()

    def pesan(self, teks: str, galat: bool = False) -> None:
        self.book.app.alert(teks, title="LAKIP", mode="critical" if galat else "info")

    def berkas(self) -> Path | None:
        nama = self.book.fullname
        if nama and "://" in nama:
            raise LakipError(
                "Buku kerja dibuka dari OneDrive/SharePoint (alamat web), bukan dari folder di "
                "komputer ini; buka dari folder OneDrive lokal atau simpan salinannya di folder "
                "lokal, lalu klik lagi."
            )
        if not nama or not os.path.isabs(nama) or not os.path.exists(nama):
            return None
        return Path(nama)

    def buka(self, path: Path) -> None:
        tombol.buka_berkas(path)


def _buku_pemanggil() -> Any:
    try:
        return xw.Book.caller()
    except Exception as e:
        raise LakipError(
            "Fungsi ini dijalankan dari tombol di Excel (RunPython), bukan langsung: "
            "buku kerja pemanggil tidak ditemukan. Buka buku kerjanya di Excel lalu klik "
            "tombolnya."
        ) from e


def hitung_ulang(book: Any = None) -> None:
    """The Hitung Ulang button (VBA: RunPython "from lakip_xl.excel.udf import hitung_ulang;
    hitung_ulang()")."""
    tombol.hitung_ulang(LembarXlwings(book if book is not None else _buku_pemanggil()))


def buat_laporan(book: Any = None) -> None:
    """The Buat Laporan button: the .docx beside the workbook, then opened in Word."""
    tombol.buat_laporan(LembarXlwings(book if book is not None else _buku_pemanggil()))


def dokumen_triwulan(book: Any = None) -> None:
    """The Dokumen Triwulan button: the Form E.81 of the last quarter with realisasi (.xlsx)
    and the Rencana Aksi (.docx) beside the workbook, the E.81 then opened."""
    tombol.dokumen_triwulan(LembarXlwings(book if book is not None else _buku_pemanggil()))


def buat_pk(book: Any = None) -> None:
    """The Buat PK button: perjanjian-kinerja-BUKU.docx beside the workbook, then opened."""
    tombol.buat_pk(LembarXlwings(book if book is not None else _buku_pemanggil()))


def _teks_vba(teks: str) -> str:
    """A string VBA passed as a Python literal of UTF-16 units (`TeksPython` in Lakip.bas
    escapes every character but letters and digits as \\uXXXX): pairs joined back."""
    return teks.encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def impor_sipd(rekap: str, skpd: str, book: Any = None) -> None:
    """The Impor SIPD button, after Lakip.bas has asked for the Rekap export
    (Application.GetOpenFilename) and the SKPD (InputBox): the import into the open workbook's
    Anggaran and Belanja sheets, written through Excel, then Hitung Ulang."""
    from lakip_xl import tombol_sipd

    lembar = LembarXlwings(book if book is not None else _buku_pemanggil())
    tombol_sipd.impor_sipd(lembar, Path(_teks_vba(rekap)), _teks_vba(skpd))


# --- the VBA declarations of the UDFs (generated, kept in lakip_xl/excel/macros) -------------

MODUL_PYTHON = "lakip_xl.excel.udf"
FOLDER_MAKRO = Path(__file__).with_name("macros")


def _xlwings_udfs() -> Any:
    """xlwings' own UDF machinery (xlwings.udfs). It imports pywin32 at import time; off
    Windows, inert stand-ins let it load for generating VBA text only."""
    import sys
    import types

    if not sys.platform.startswith("win"):
        for nama in ("pythoncom", "pywintypes", "win32com", "win32com.client"):
            sys.modules.setdefault(nama, types.ModuleType(nama))
        sys.modules["pythoncom"].CoInitialize = lambda: None  # type: ignore[attr-defined]
        sys.modules["win32com.client"].Dispatch = None  # type: ignore[attr-defined]
        sys.modules["win32com"].client = sys.modules["win32com.client"]  # type: ignore[attr-defined]
    from xlwings import udfs

    return udfs


def _salinan_terdaftar(udfs: Any) -> list[Any]:
    """Copies of the UDFs decorated with xlwings' real (Windows) decorators."""
    import types

    hasil = []
    for f in UDF:
        g = types.FunctionType(f.__code__, f.__globals__, f.__name__, f.__defaults__)
        g.__doc__ = f.__doc__
        hasil.append(daftarkan(g, udfs.xlfunc, udfs.xlarg))
    return hasil


def vba_udf() -> str:
    """The xlwings_udfs VBA module, as xlwings' "Import Functions" writes it for this module."""
    import io
    import types

    udfs = _xlwings_udfs()
    modul = types.ModuleType(MODUL_PYTHON)
    for g in _salinan_terdaftar(udfs):
        setattr(modul, g.__name__, g)

    class _Buku:
        Name = "lakip.xlsm"

    keluar = io.StringIO()
    vba = udfs.VBAWriter(keluar)
    vba.writeln('Attribute VB_Name = "xlwings_udfs"')
    vba.writeln("'Autogenerated code by xlwings - changes will be lost with next import!")
    vba.writeln("""#Const App = "Microsoft Excel" 'Adjust when using outside of Excel""")
    udfs.generate_vba_wrapper(MODUL_PYTHON, modul, keluar, _Buku())
    return keluar.getvalue().replace("\r\n", "\n")


def _vba_str(teks: str) -> str:
    return '"' + " ".join(teks.split()).replace('"', '""')[:255] + '"'


def vba_daftar_fungsi() -> str:
    """The LakipFungsi VBA module: on opening the workbook, Auto_Open registers each UDF's
    Indonesian description, category and argument help with Application.MacroOptions (what
    xlwings' Import Functions does), so Excel's Insert Function dialog shows them."""
    udfs = _xlwings_udfs()
    baris = [
        'Attribute VB_Name = "LakipFungsi"',
        "' Dibuat otomatis oleh `python -m lakip_xl.excel.udf`; jangan disunting.",
        "' Mendaftarkan keterangan fungsi LAKIP_* agar tampil di Insert Function (fx).",
        "Option Explicit",
        "",
        "Sub Auto_Open()",
        "    DaftarkanFungsiLakip",
        "End Sub",
        "",
        "Sub DaftarkanFungsiLakip()",
        "    Dim tersimpan As Boolean",
        "    tersimpan = ThisWorkbook.Saved",
        "    On Error Resume Next",
    ]
    for g in _salinan_terdaftar(udfs):
        xf = g.__xlfunc__
        args = [a["doc"] for a in xf["args"] if not a["vba"]]
        baris += [
            "    Application.MacroOptions _",
            f'        Macro:="\'" & ThisWorkbook.Name & "\'!{xf["name"]}", _',
            f"        Description:={_vba_str(xf['ret']['doc'])}, _",
            f"        Category:={_vba_str(xf['category'])}, _",
            "        ArgumentDescriptions:=Array( _",
        ]
        baris += [
            f"            {_vba_str(a)}{', _' if i < len(args) - 1 else ')'}"
            for i, a in enumerate(args)
        ]
    baris += [
        "    On Error GoTo 0",
        "    ThisWorkbook.Saved = tersimpan",
        "End Sub",
    ]
    return "\n".join(baris) + "\n"


def tulis_vba(folder: Path = FOLDER_MAKRO) -> list[Path]:
    """Regenerate xlwings_udfs.bas and LakipFungsi.bas in `folder` (after changing a UDF)."""
    hasil = []
    for nama, teks in (("xlwings_udfs.bas", vba_udf()), ("LakipFungsi.bas", vba_daftar_fungsi())):
        path = folder / nama
        path.write_text(teks, encoding="utf-8", newline="\n")
        hasil.append(path)
    return hasil


if __name__ == "__main__":
    for p in tulis_vba():
        print(f"ditulis: {p}")
