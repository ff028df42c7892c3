"""The lakip buttons inside LibreOffice Calc (a Python macro): Hitung Ulang, Buat Laporan,
Dokumen Triwulan, Buat PK, Impor SIPD.

`lakip pasang-libreoffice` copies this file as `lakip.py` into the LibreOffice user profile's
Scripts/python folder, and the pure-Python part of lakip_xl (reading, core, write plan) into
Scripts/python/pythonpath/lakip_xl. Buttons call
`vnd.sun.star.script:lakip.py$HitungUlang?language=Python&location=user` (and BuatLaporan).

Runs in LibreOffice's own Python: it imports only the standard library, `uno` and lakip_xl's
standard-library modules. The report needs python-docx and friends, which LibreOffice's Python
does not have, so Buat Laporan saves the read grid to a JSON file and runs
`python -m lakip_xl.tombol laporan` with the Python that ran the installer; Impor SIPD likewise
has that Python read the export and plan the cells (`python -m lakip_xl.tombol_sipd`), then
writes them into the open document here and runs Hitung Ulang.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import uno


def _siapkan_path() -> None:
    """Put this script's pythonpath folder first on sys.path (LibreOffice appends it last, so
    another lakip_xl installed in the system Python would otherwise win)."""
    berkas = globals().get("__file__")
    if not berkas:
        return
    if str(berkas).startswith("file:"):
        berkas = uno.fileUrlToSystemPath(str(berkas))
    folder = os.path.join(os.path.dirname(str(berkas)), "pythonpath")
    if os.path.isdir(folder):
        if folder in sys.path:
            sys.path.remove(folder)
        sys.path.insert(0, folder)


_siapkan_path()

from lakip_xl import tombol  # noqa: E402
from lakip_xl.buku.sel import NilaiPersen  # noqa: E402
from lakip_xl.errors import LakipError  # noqa: E402

# com.sun.star.sheet.CellFlags / FormulaResult, com.sun.star.util.NumberFormat
_VALUE, _DATETIME, _STRING, _FORMULA = 1, 2, 4, 16
_HAPUS_ISI = _VALUE | _DATETIME | _STRING | _FORMULA
_HASIL_ERROR = 4
_NF_DATE, _NF_TIME, _NF_LOGICAL = 2, 4, 1024


def _rentang_alamat(ranges: Any) -> list[Any]:
    try:
        return list(ranges.getRangeAddresses())
    except Exception:
        return []


class LembarUno:
    """`tombol.Lembar` over a LibreOffice Calc document (UNO)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.pesan_pesan: list[tuple[str, bool]] = []
        self.dibuka: list[Path] = []
        self.grid_terakhir: dict[str, list[list[Any]]] | None = None

    # reading -------------------------------------------------------------------------------

    def _tanggal_nol(self) -> _dt.datetime:
        try:
            d = self.doc.NullDate
            return _dt.datetime(d.Year, d.Month, d.Day)
        except Exception:
            return _dt.datetime(1899, 12, 30)

    def baca_grid(self) -> dict[str, list[list[Any]]]:
        grid: dict[str, list[list[Any]]] = {}
        formats = self.doc.NumberFormats
        info_format: dict[int, tuple[bool, int]] = {}
        nol = self._tanggal_nol()
        sheets = self.doc.Sheets
        for i in range(sheets.Count):
            sh = sheets.getByIndex(i)
            if sh.Name == tombol.LEMBAR_MASALAH:
                continue
            kursor = sh.createCursor()
            kursor.gotoEndOfUsedArea(False)
            alamat = kursor.RangeAddress
            nrow, ncol = alamat.EndRow + 1, alamat.EndColumn + 1
            rng = sh.getCellRangeByPosition(0, 0, ncol - 1, nrow - 1)
            rows = [list(r) for r in rng.getDataArray()]
            for a in _rentang_alamat(rng.queryFormulaCells(_HASIL_ERROR)):
                for r in range(a.StartRow, a.EndRow + 1):
                    for c in range(a.StartColumn, a.EndColumn + 1):
                        rows[r][c] = sh.getCellByPosition(c, r).getString()
            angka = _rentang_alamat(rng.queryContentCells(_VALUE | _DATETIME))
            angka += _rentang_alamat(rng.queryFormulaCells(1))
            for a in angka:
                for r in range(a.StartRow, a.EndRow + 1):
                    for c in range(a.StartColumn, a.EndColumn + 1):
                        v = rows[r][c]
                        if not isinstance(v, float):
                            continue
                        kunci = sh.getCellByPosition(c, r).NumberFormat
                        if kunci not in info_format:
                            f = formats.getByKey(kunci)
                            info_format[kunci] = ("%" in (f.FormatString or ""), f.Type)
                        persen, jenis = info_format[kunci]
                        if jenis & _NF_LOGICAL:
                            rows[r][c] = bool(v)
                        elif jenis & (_NF_DATE | _NF_TIME):
                            rows[r][c] = nol + _dt.timedelta(days=v)
                        elif persen:
                            rows[r][c] = NilaiPersen(_bulat_int(v))
                        else:
                            rows[r][c] = _bulat_int(v)
            grid[sh.Name] = tombol.rapikan(rows)
        self.grid_terakhir = grid
        return grid

    # writing -------------------------------------------------------------------------------

    def _isi(self, sh: Any, baris: int, kolom: int, v: Any) -> None:
        cell = sh.getCellByPosition(kolom - 1, baris - 1)
        if v is None:
            cell.clearContents(_HAPUS_ISI)
        elif isinstance(v, str):
            cell.setString(v)
        else:
            cell.setValue(float(v))

    def tulis(self, per_sheet: tombol.Tulisan, ganti: Mapping[str, int]) -> None:
        # LibreOffice lets the API write single locked cells of a protected sheet, so the
        # protection stays exactly as it is.
        sheets = self.doc.Sheets
        for nama, dari in ganti.items():
            sh = sheets.getByName(nama)
            kursor = sh.createCursor()
            kursor.gotoEndOfUsedArea(False)
            a = kursor.RangeAddress
            if a.EndRow + 1 >= dari:
                sh.getCellRangeByPosition(0, dari - 1, a.EndColumn, a.EndRow).clearContents(
                    _HAPUS_ISI
                )
        for nama, isian in per_sheet.items():
            sh = sheets.getByName(nama)
            # cell by cell: setDataArray is refused on a protected sheet, single cells are not
            for (r, c), v in sorted(isian.items()):
                self._isi(sh, r, c, v)

    def tulis_masalah(self, baris: Sequence[tombol.BarisMasalah]) -> None:
        sheets = self.doc.Sheets
        ada = sheets.hasByName(tombol.LEMBAR_MASALAH)
        if not baris:
            if ada:
                sheets.removeByName(tombol.LEMBAR_MASALAH)
            return
        if not ada:
            sheets.insertNewByName(tombol.LEMBAR_MASALAH, sheets.Count)
        sh = sheets.getByName(tombol.LEMBAR_MASALAH)
        sh.getCellRangeByPosition(0, 0, 3, 1048575).clearContents(_HAPUS_ISI)
        data = (tuple(tombol.JUDUL_MASALAH), *(tuple(b.nilai()) for b in baris))
        sh.getCellRangeByPosition(0, 0, 3, len(data) - 1).setDataArray(data)
        for i, b in enumerate(baris, start=1):
            if b.sheet:
                nama = b.sheet.replace("'", "''")
                sel = b.sel or "A1"
                teks = (b.sel or b.sheet).replace('"', '""')
                sh.getCellByPosition(2, i).setFormula(f'=HYPERLINK("#\'{nama}\'.{sel}";"{teks}")')
        for k in range(4):
            sh.Columns.getByIndex(k).OptimalWidth = True

    # the user ------------------------------------------------------------------------------

    def _jendela(self) -> Any:
        try:
            win = self.doc.CurrentController.Frame.ContainerWindow
        except Exception:
            return None
        return win if win is not None and win.isVisible() else None

    def pesan(self, teks: str, galat: bool = False) -> None:
        self.pesan_pesan.append((teks, galat))
        win = self._jendela()
        if win is None:  # headless or hidden: nothing to show a box on
            return
        from com.sun.star.awt.MessageBoxType import ERRORBOX, INFOBOX

        kotak = win.Toolkit.createMessageBox(win, ERRORBOX if galat else INFOBOX, 1, "LAKIP", teks)
        kotak.execute()

    def berkas(self) -> Path | None:
        if not self.doc.hasLocation():
            return None
        url = self.doc.getURL()
        return Path(uno.fileUrlToSystemPath(url)) if url.startswith("file:") else None

    def buka(self, path: Path) -> None:
        self.dibuka.append(path)
        if self._jendela() is None:
            return
        ctx = uno.getComponentContext()
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(path)), "_blank", 0, ())


def _bulat_int(v: float) -> Any:
    """Whole numbers as int, as openpyxl reads them from a file."""
    return int(v) if v.is_integer() and abs(v) < 2**53 else v


def konfigurasi() -> dict[str, Any]:
    import lakip_xl

    path = Path(lakip_xl.__file__).with_name(tombol.KONFIGURASI_LIBREOFFICE)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def jalankan_lakip(argumen: Sequence[str], modul: str = "lakip_xl.tombol") -> dict[str, Any]:
    """`python -m MODUL ARGUMEN...` run by the full lakip-xl in its own Python (python-docx,
    docxtpl, openpyxl, lxml); its JSON answer ({"ok": false, "pesan"} when it gave none).
    LakipError when that Python is missing."""
    python = konfigurasi().get("python")
    if not python or not os.path.exists(python):
        raise LakipError(
            "Python dengan lakip-xl tidak ditemukan; jalankan `lakip pasang-libreoffice` "
            "lagi dari Python tempat lakip-xl dipasang."
        )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP", "PYTHONUSERBASE")
    }
    hasil = subprocess.run(
        [python, "-m", modul, *argumen],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
        **({"creationflags": 0x08000000} if sys.platform.startswith("win") else {}),
    )
    for baris in reversed(hasil.stdout.strip().splitlines()):
        try:
            return json.loads(baris)
        except ValueError:
            continue
    alasan = hasil.stderr.strip()[-400:] or "sebab tidak diketahui"
    return {"ok": False, "pesan": alasan}


def _simpan_grid(lembar: LembarUno) -> str:
    """The grid last read, as a temporary JSON file (the caller removes it)."""
    assert lembar.grid_terakhir is not None
    fd, json_path = tempfile.mkstemp(prefix="lakip-grid-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(tombol.grid_ke_json(lembar.grid_terakhir))
    return json_path


def _laporan_subproses(lembar: LembarUno, perintah: str = "laporan") -> Any:
    """The report (or with `perintah` "triwulan" the quarterly documents) written by the full
    lakip-xl in its own Python: `tulis(hasil, keluar, path_buku)` gives an
    `operasi.HasilLaporan` (the files, and the warnings of the report's self-check)."""
    from lakip_xl.buku.baca import Masalah
    from lakip_xl.operasi import HasilLaporan

    def tulis(_hasil: Any, keluar: Path | None, path_buku: Path) -> Any:
        json_path = _simpan_grid(lembar)
        try:
            jawab = jalankan_lakip(
                [
                    perintah,
                    json_path,
                    *(["-o", str(keluar)] if keluar is not None else []),
                    "--buku",
                    str(path_buku),
                ]
            )
        finally:
            os.unlink(json_path)
        if not jawab.get("ok"):
            apa = {"laporan": "Laporan", "pk": "Perjanjian Kinerja"}.get(
                perintah, "Dokumen triwulan"
            )
            raise LakipError(f"{apa} gagal dibuat: {jawab.get('pesan')}")
        masalah = [Masalah(bool(g), s, c, p) for g, s, c, p in jawab.get("masalah", [])]
        return HasilLaporan([Path(b) for b in jawab["berkas"]], masalah)

    return tulis


def _dokumen(args: tuple[Any, ...]) -> Any:
    """The document: passed in (headless runs, tests) or the one the button is in."""
    for a in args:
        if a is not None and hasattr(a, "supportsService"):
            try:
                if a.supportsService("com.sun.star.sheet.SpreadsheetDocument"):
                    return a
            except Exception:
                pass
    ctx = globals().get("XSCRIPTCONTEXT")
    if ctx is not None:
        return ctx.getDocument()
    raise LakipError("Dokumen Calc tidak ditemukan.")


def HitungUlang(*args: Any) -> str:  # the name the buttons call
    """Button Hitung Ulang: compute and write the computed cells of this document."""
    lembar = LembarUno(_dokumen(args))
    hasil = tombol.hitung_ulang(lembar)
    return _jawaban("ok" if hasil is not None else "galat", lembar)


def BuatLaporan(*args: Any) -> str:
    """Button Buat Laporan: Hitung Ulang, then the .docx beside the document, opened."""
    lembar = LembarUno(_dokumen(args))
    berkas = tombol.buat_laporan(lembar, _laporan_subproses(lembar))
    return _jawaban(str(berkas[0]) if berkas else "galat", lembar)


def DokumenTriwulan(*args: Any) -> str:
    """Button Dokumen Triwulan: Hitung Ulang, then the E.81 of the last filled quarter and
    the Rencana Aksi beside the document, the E.81 opened."""
    lembar = LembarUno(_dokumen(args))
    tulis = _laporan_subproses(lembar, "triwulan")
    berkas = tombol.dokumen_triwulan(lembar, lambda h, k, p: tulis(h, k, p).berkas)
    return _jawaban(str(berkas[0]) if berkas else "galat", lembar)


def BuatPK(*args: Any) -> str:
    """Button Buat PK: Hitung Ulang, then the Perjanjian Kinerja beside the document, opened."""
    lembar = LembarUno(_dokumen(args))
    tulis = _laporan_subproses(lembar, "pk")
    berkas = tombol.buat_pk(lembar, lambda h, k, p: tulis(h, k, p).berkas)
    return _jawaban(str(berkas[0]) if berkas else "galat", lembar)


def _rencana_subproses(grid: Any, rekap: Path, skpd: str | None, buku: Path) -> Any:
    """Impor SIPD's plan made by the full lakip-xl (`python -m lakip_xl.tombol_sipd`): the
    export is read with lxml, which LibreOffice's Python lacks."""
    from lakip_xl import tombol_sipd

    fd, json_path = tempfile.mkstemp(prefix="lakip-grid-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(tombol.grid_ke_json(grid))
        argumen = [json_path, "--rekap", str(rekap), "--buku", str(buku)]
        if skpd:
            argumen += ["--skpd", skpd]
        jawab = jalankan_lakip(argumen, "lakip_xl.tombol_sipd")
    finally:
        os.unlink(json_path)
    if not jawab.get("ok"):
        raise LakipError(str(jawab.get("pesan")))
    return tombol_sipd.RencanaSipd(
        list(jawab["baris"]), tombol_sipd.tulisan_dari_json(jawab["tulisan"])
    )


def _tanya_berkas(lembar: LembarUno) -> Path | None:
    """The file dialog for the Rekap export; None when cancelled."""
    ctx = uno.getComponentContext()
    fp = ctx.ServiceManager.createInstanceWithContext("com.sun.star.ui.dialogs.FilePicker", ctx)
    fp.initialize(
        (uno.getConstantByName("com.sun.star.ui.dialogs.TemplateDescription.FILEOPEN_SIMPLE"),)
    )
    fp.setTitle("Impor SIPD: pilih ekspor Rekap SIPD-RI (.xlsx)")
    fp.appendFilter("Ekspor Rekap SIPD-RI (*.xlsx)", "*.xlsx")
    fp.setCurrentFilter("Ekspor Rekap SIPD-RI (*.xlsx)")
    path = lembar.berkas()
    if path is not None:
        fp.setDisplayDirectory(uno.systemPathToFileUrl(str(path.parent)))
    if fp.execute() != 1:
        return None
    berkas = fp.getSelectedFiles() or fp.getFiles()
    return Path(uno.fileUrlToSystemPath(berkas[0])) if berkas else None


def _tanya_skpd() -> str | None:
    """A small input box for the SKPD (as VBA's InputBox); None when cancelled."""
    ctx = uno.getComponentContext()
    smgr = ctx.ServiceManager
    model = smgr.createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", ctx)
    model.Title, model.Width, model.Height = "Impor SIPD", 230, 78
    isi = (
        (
            "Label",
            "FixedText",
            {
                "PositionY": 6,
                "Height": 26,
                "MultiLine": True,
                "Label": "Nama SKPD (mis. Kecamatan Namlea) atau KODE SKPD "
                "seperti tertulis di ekspor SIPD. Kosongkan untuk melihat "
                "daftar SKPD di berkas itu.",
            },
        ),
        ("Isian", "Edit", {"PositionY": 36, "Height": 14}),
        (
            "OK",
            "Button",
            {
                "PositionX": 118,
                "PositionY": 56,
                "Width": 50,
                "Height": 14,
                "Label": "OK",
                "PushButtonType": 1,
                "DefaultButton": True,
            },
        ),
        (
            "Batal",
            "Button",
            {
                "PositionX": 174,
                "PositionY": 56,
                "Width": 50,
                "Height": 14,
                "Label": "Batal",
                "PushButtonType": 2,
            },
        ),
    )
    for nama, jenis, sifat in isi:
        m = model.createInstance(f"com.sun.star.awt.UnoControl{jenis}Model")
        m.PositionX, m.Width = 6, 218
        for k, v in sifat.items():
            setattr(m, k, v)
        model.insertByName(nama, m)
    dlg = smgr.createInstanceWithContext("com.sun.star.awt.UnoControlDialog", ctx)
    dlg.setModel(model)
    dlg.createPeer(smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", ctx), None)
    try:
        return dlg.getControl("Isian").getText() if dlg.execute() == 1 else None
    finally:
        dlg.dispose()


def ImporSIPD(*args: Any) -> str:
    """Button Impor SIPD: ask for the Rekap export and the SKPD, import them into the Anggaran
    and Belanja sheets of this document, then Hitung Ulang. A headless caller passes the
    document, the export's path and the SKPD instead of answering the dialogs."""
    from lakip_xl import tombol_sipd

    lembar = LembarUno(_dokumen(args))
    teks = [a for a in args if isinstance(a, str)]
    if teks:
        rekap, skpd = Path(teks[0]), (teks[1] if len(teks) > 1 else None)
    elif lembar._jendela() is None:
        return _jawaban("batal", lembar)  # no screen to ask on
    else:
        rekap = _tanya_berkas(lembar)
        skpd = _tanya_skpd() if rekap is not None else None
        if rekap is None or skpd is None:
            return _jawaban("batal", lembar)
    hasil = tombol_sipd.impor_sipd(lembar, rekap, skpd, _rencana_subproses)
    return _jawaban("ok" if hasil is not None else "tidak", lembar)


def _jawaban(hasil: str, lembar: LembarUno) -> str:
    """What a headless caller gets back: JSON with the result and the messages shown."""
    return json.dumps({"hasil": hasil, "pesan": lembar.pesan_pesan}, ensure_ascii=False)


g_exportedScripts = (HitungUlang, BuatLaporan, DokumenTriwulan, BuatPK, ImporSIPD)
