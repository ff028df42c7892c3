"""The buttons' engine interface (mesin.Lembar) on both sides: xlwings and openpyxl-read files.

Excel itself is not available here, so the xlwings side runs against
- `BukuPalsu`, a small stand-in for the part of xlwings' Excel (COM) API the buttons use,
  built from a JSON payload of an openpyxl-read workbook, that behaves like Excel where it
  matters (protected sheets refuse writes, a leading apostrophe makes text, NumberFormat of a
  mixed range is None), and
- a real `xlwings.Book(json=...)` (xlwings' remote engine, which records what the code does
  to the workbook as actions; replayed here onto the grid).
Both must give exactly what `lakip hitung` writes into the file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlwings as xw

from lakip_xl import tombol as mesin
from lakip_xl.buku.baca import baca
from lakip_xl.buku.sel import NilaiPersen, TanpaCache
from lakip_xl.buku.xlsx import baca_grid, buat_buku
from lakip_xl.contoh import data as contoh
from lakip_xl.excel import udf
from lakip_xl.hitung import hitung
from lakip_xl.operasi import hitung_berkas, rencana_tulis

# --- a stand-in for xlwings' Excel engine -------------------------------------------------------

_IZIN = {k: False for k in udf._IZIN_PROTEKSI} | {"AllowFormattingCells": True}


class _Proteksi:
    def __init__(self, izin: dict[str, bool]) -> None:
        for k, v in izin.items():
            setattr(self, k, v)


class _Api:
    """Worksheet COM object: protection only."""

    def __init__(self, terlindung: bool, sandi: bool = False) -> None:
        self.ProtectContents = terlindung
        self.ProtectDrawingObjects = terlindung
        self.ProtectScenarios = terlindung
        self.Protection = _Proteksi(dict(_IZIN))
        self.sandi = sandi
        self.riwayat: list[str] = []

    def Unprotect(self) -> None:
        if self.sandi:
            raise RuntimeError("The password you supplied is not correct.")
        self.ProtectContents = False
        self.riwayat.append("buka")

    def Protect(self, **kw: bool) -> None:
        self.ProtectContents = kw["Contents"]
        self.ProtectDrawingObjects = kw["DrawingObjects"]
        self.ProtectScenarios = kw["Scenarios"]
        self.Protection = _Proteksi({k: kw[k] for k in udf._IZIN_PROTEKSI})
        self.riwayat.append("kunci")


class _Range:
    def __init__(self, sheet: _Sheet, a: tuple[int, int], b: tuple[int, int] | None = None):
        self.sheet = sheet
        self.r1, self.c1 = a
        self.r2, self.c2 = b or a
        self.opsi: dict[str, Any] = {}

    @property
    def row(self) -> int:
        return self.r1

    @property
    def column(self) -> int:
        return self.c1

    @property
    def last_cell(self) -> _Range:
        return _Range(self.sheet, (self.r2, self.c2))

    def options(self, **opsi: Any) -> _Range:
        r = _Range(self.sheet, (self.r1, self.c1), (self.r2, self.c2))
        r.opsi = opsi
        return r

    def _sel(self) -> Iterator[tuple[int, int]]:
        for r in range(self.r1, self.r2 + 1):
            for c in range(self.c1, self.c2 + 1):
                yield r, c

    @property
    def value(self) -> Any:
        # xlwings' Excel engine: numbers come back as float, error cells as their text with
        # err_to_str (else None), empty cells as None
        def baca(r: int, c: int) -> Any:
            v = self.sheet.nilai.get((r, c))
            if isinstance(v, bool) or v is None or isinstance(v, (str, dt.datetime)):
                if isinstance(v, str) and v.startswith("#") and not self.opsi.get("err_to_str"):
                    return None
                return v
            return float(v)

        rows = [
            [baca(r, c) for c in range(self.c1, self.c2 + 1)] for r in range(self.r1, self.r2 + 1)
        ]
        if self.opsi.get("ndim") == 2:
            return rows
        if self.r1 == self.r2 and self.c1 == self.c2:
            return rows[0][0]
        return rows

    @value.setter
    def value(self, data: Any) -> None:
        if not isinstance(data, list):
            data = [[data]]
        self.sheet.periksa_tulis()
        for i, row in enumerate(data):
            for j, v in enumerate(row):
                sel = (self.r1 + i, self.c1 + j)
                self.sheet.rumus.pop(sel, None)
                if v is None:
                    self.sheet.nilai.pop(sel, None)
                elif isinstance(v, str) and v.startswith("'"):
                    self.sheet.nilai[sel] = v[1:]  # Excel: apostrophe prefix, kept as text
                elif isinstance(v, str):
                    if v.startswith("=") or v.replace(".", "").replace("/", "").isdigit():
                        raise AssertionError(f"Excel would parse {v!r}; text must be prefixed")
                    self.sheet.nilai[sel] = v
                else:
                    assert isinstance(v, (int, float)), v
                    self.sheet.nilai[sel] = v

    @property
    def number_format(self) -> str | None:
        fmt = {self.sheet.format.get(s, "General") for s in self._sel()}
        return fmt.pop() if len(fmt) == 1 else None

    @property
    def formula(self) -> str:
        return self.sheet.rumus.get((self.r1, self.c1), "")

    @formula.setter
    def formula(self, teks: str) -> None:
        self.sheet.periksa_tulis()
        self.sheet.rumus[(self.r1, self.c1)] = teks
        self.sheet.nilai[(self.r1, self.c1)] = teks.split('","')[-1].rstrip('")')

    def clear_contents(self) -> None:
        self.sheet.periksa_tulis()
        for s in self._sel():
            self.sheet.nilai.pop(s, None)
            self.sheet.rumus.pop(s, None)


class _Sheet:
    def __init__(self, buku: BukuPalsu, nama: str, terlindung: bool = False) -> None:
        self.buku = buku
        self.name = nama
        self.nilai: dict[tuple[int, int], Any] = {}
        self.format: dict[tuple[int, int], str] = {}
        self.rumus: dict[tuple[int, int], str] = {}
        self.api = _Api(terlindung)
        self.aktif = False

    def periksa_tulis(self) -> None:
        if self.api.ProtectContents:
            raise RuntimeError(f"The cell you're trying to change is on a protected sheet ({self})")

    def range(self, a: tuple[int, int], b: tuple[int, int] | None = None) -> _Range:
        return _Range(self, a, b)

    @property
    def used_range(self) -> _Range:
        sel = list(self.nilai) + list(self.format)
        if not sel:
            return _Range(self, (1, 1))
        return _Range(self, (1, 1), (max(r for r, _ in sel), max(c for _, c in sel)))

    def clear_contents(self) -> None:
        self.nilai.clear()
        self.rumus.clear()

    def delete(self) -> None:
        assert not self.buku.app.display_alerts, "Excel would ask for confirmation"
        self.buku.sheets.daftar.remove(self)

    def activate(self) -> None:
        for s in self.buku.sheets:
            s.aktif = s is self

    def __repr__(self) -> str:
        return f"<Sheet {self.name}>"


class _Sheets:
    def __init__(self, buku: BukuPalsu) -> None:
        self.buku = buku
        self.daftar: list[_Sheet] = []

    def __iter__(self) -> Iterator[_Sheet]:
        return iter(list(self.daftar))

    def __getitem__(self, kunci: str | int) -> _Sheet:
        if isinstance(kunci, int):
            return self.daftar[kunci]
        for s in self.daftar:
            if s.name.lower() == kunci.lower():
                return s
        raise KeyError(kunci)

    def add(self, name: str, before: Any = None, after: _Sheet | None = None) -> _Sheet:
        s = _Sheet(self.buku, name)
        i = self.daftar.index(after) + 1 if after is not None else 0
        self.daftar.insert(i, s)
        s.activate()
        return s


class _App:
    def __init__(self) -> None:
        self.screen_updating = True
        self.display_alerts = True
        self.pesan: list[tuple[str, str | None, str | None]] = []

    def alert(
        self,
        prompt: str,
        title: str | None = None,
        buttons: str = "ok",
        mode: str | None = None,
        callback: Any = None,
    ) -> str:
        self.pesan.append((prompt, title, mode))
        return "ok"


class BukuPalsu:
    """What `xw.Book.caller()` gives inside Excel, for the API the buttons use."""

    def __init__(self, fullname: str) -> None:
        self.fullname = fullname
        self.app = _App()
        self.sheets = _Sheets(self)

    @classmethod
    def dari_json(cls, payload: str) -> BukuPalsu:
        data = json.loads(payload)
        b = cls(data["fullname"])
        for s in data["sheets"]:
            sh = _Sheet(b, s["name"], s.get("terlindung", False))
            for r, c, v, fmt in s["sel"]:
                if isinstance(v, dict):
                    v = dt.datetime.fromisoformat(v["datetime"])
                if v is not None:
                    sh.nilai[(r, c)] = v
                if fmt and fmt != "General":
                    sh.format[(r, c)] = fmt
            b.sheets.daftar.append(sh)
        return b

    def grid(self) -> dict[str, list[list[Any]]]:
        """Values as openpyxl would read them from the saved file (for comparing)."""
        hasil = {}
        for s in self.sheets:
            rows: list[list[Any]] = []
            for (r, c), v in s.nilai.items():
                while len(rows) < r:
                    rows.append([])
                while len(rows[r - 1]) < c:
                    rows[r - 1].append(None)
                rows[r - 1][c - 1] = v
            hasil[s.name] = mesin.rapikan(rows)
        return hasil


def payload_dari_berkas(path: Path, fullname: str | None = None) -> str:
    """A JSON payload of a workbook file: every cell's value and number format, protection."""
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        sel = []
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                fmt = c.number_format
                if v is None and fmt in (None, "General"):
                    continue
                if isinstance(v, dt.datetime):
                    v = {"datetime": v.isoformat()}
                sel.append([c.row, c.column, v, fmt])
        sheets.append({"name": ws.title, "terlindung": bool(ws.protection.sheet), "sel": sel})
    return json.dumps({"fullname": fullname or str(path), "sheets": sheets})


# --- fixtures -----------------------------------------------------------------------------------

WAKTU = "Terakhir dihitung"


TABEL_SALAH_KETIK = {
    **contoh.TABEL,
    "Narasi": [*contoh.TABEL["Narasi"], {"Bagian": "Pengantar", "Teks": "Salah ketik."}],
}
"""The sample's inputs with a mistake staff make (Bagian "Pengantar" for "Kata Pengantar"): one
peringatan, so the buttons also list a problem on the Masalah sheet."""


@pytest.fixture(scope="module")
def masukan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's inputs with every computed cell still empty, plus a percent-formatted
    realisasi (Excel users do that) to check both readers mark it."""
    path = tmp_path_factory.mktemp("masukan") / "contoh-masukan.xlsx"
    buat_buku(path, profil=contoh.PROFIL, tabel=TABEL_SALAH_KETIK, tambahan=contoh.TABEL_TAMBAHAN)
    wb = openpyxl.load_workbook(path)
    ws = wb["Indikator"]
    kolom = {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1)}
    c = next(
        ws.cell(r, kolom["Realisasi"])
        for r in range(4, ws.max_row + 1)
        if isinstance(ws.cell(r, kolom["Realisasi"]).value, (int, float))
    )
    c.value = float(c.value) / 100
    c.number_format = "0.00%"
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def masukan_polos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's inputs as `lakip baru` lays them out, computed cells empty."""
    path = tmp_path_factory.mktemp("polos") / "contoh-polos.xlsx"
    return buat_buku(
        path, profil=contoh.PROFIL, tabel=TABEL_SALAH_KETIK, tambahan=contoh.TABEL_TAMBAHAN
    )


@pytest.fixture(scope="module")
def hasil_cli(masukan: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What `lakip hitung` writes, read back with openpyxl."""
    path = tmp_path_factory.mktemp("cli") / "cli.xlsx"
    shutil.copyfile(masukan, path)
    hitung_berkas(path, cadangan=False)
    return baca_grid(path)


def _tanpa_waktu(grid: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
    """Values comparable across runs: Ringkasan's 'Terakhir dihitung' time blanked, percent
    cells as their number, sheets other than the layout's dropped."""
    hasil = {}
    for nama, rows in grid.items():
        if nama == mesin.LEMBAR_MASALAH:
            continue
        salin = [[v.nilai if isinstance(v, NilaiPersen) else v for v in r] for r in rows]
        for r in salin:
            if r and r[0] == WAKTU:
                r[1:] = [None] * (len(r) - 1)
        hasil[nama] = mesin.rapikan(salin)
    return hasil


def _rencana(masukan: Path) -> dict[str, dict[tuple[int, int], Any]]:
    plan, _ = rencana_tulis(hitung(baca(baca_grid(masukan))))
    return mesin.nilai_tulisan(plan)


# --- the interface, openpyxl side ---------------------------------------------------------------


def test_lembar_grid_sama_dengan_lakip_hitung(masukan: Path, hasil_cli: dict) -> None:
    lembar = mesin.LembarGrid.dari_berkas(masukan)
    hasil = mesin.hitung_ulang(lembar)
    assert hasil is not None
    assert _tanpa_waktu(lembar.grid) == _tanpa_waktu(hasil_cli)
    assert lembar.masalah and lembar.masalah[0].jenis in ("GALAT", "Peringatan")
    assert lembar.pesan_pesan[-1][0].startswith("Perhitungan selesai.")


# --- the interface, xlwings side (stand-in for Excel) -------------------------------------------


def test_xlwings_membaca_grid_yang_sama_dengan_openpyxl(masukan: Path) -> None:
    buku = BukuPalsu.dari_json(payload_dari_berkas(masukan))
    dari_xlwings = udf.LembarXlwings(buku).baca_grid()
    dari_openpyxl = mesin.LembarGrid.dari_berkas(masukan).baca_grid()
    assert dari_xlwings == dari_openpyxl
    persen = [v for r in dari_xlwings["Indikator"] for v in r if isinstance(v, NilaiPersen)]
    assert len(persen) == 1


def test_xlwings_hitung_ulang_sama_dengan_lakip_hitung(masukan: Path, hasil_cli: dict) -> None:
    buku = BukuPalsu.dari_json(payload_dari_berkas(masukan))
    izin_awal = vars(buku.sheets["Indikator"].api.Protection).copy()
    hasil = udf.hitung_ulang(buku)
    assert hasil is None  # the button returns nothing; its effect is in the workbook
    assert _tanpa_waktu(buku.grid()) == _tanpa_waktu(hasil_cli)
    for nama in ("Indikator", "Anggaran", "Ringkasan"):
        api = buku.sheets[nama].api
        assert api.riwayat == ["buka", "kunci"] and api.ProtectContents
        assert vars(api.Protection) == izin_awal
    assert buku.app.screen_updating
    judul, mode = buku.app.pesan[-1][1:]
    assert judul == "LAKIP" and mode == "info"  # warnings only


def test_xlwings_lembar_masalah_dengan_tautan(masukan: Path) -> None:
    buku = BukuPalsu.dari_json(payload_dari_berkas(masukan))
    lembar = udf.LembarXlwings(buku)
    hasil = mesin.hitung_lembar(lembar)
    m = buku.sheets[mesin.LEMBAR_MASALAH]
    assert buku.sheets[-1] is m
    assert [m.nilai[(1, c)] for c in range(1, 5)] == list(mesin.JUDUL_MASALAH)
    baris = mesin.baris_masalah(hasil.masalah)
    assert len(baris) == len(hasil.masalah) >= 1
    for i, b in enumerate(baris, start=2):
        assert m.nilai[(i, 1)] == b.jenis and m.nilai[(i, 4)] == b.pesan
        if b.sheet and b.sel:
            assert m.rumus[(i, 3)] == f'=HYPERLINK("#\'{b.sheet}\'!{b.sel}","{b.sel}")'
    # a second run does not add a second sheet; with no problems the sheet goes
    mesin.hitung_lembar(lembar)
    assert [s.name for s in buku.sheets].count(mesin.LEMBAR_MASALAH) == 1
    lembar.tulis_masalah([])
    assert mesin.LEMBAR_MASALAH not in [s.name for s in buku.sheets]
    assert buku.app.display_alerts


def test_xlwings_galat_aktifkan_masalah_dan_kotak_pesan_kritis(masukan: Path) -> None:
    buku = BukuPalsu.dari_json(payload_dari_berkas(masukan))
    profil = buku.sheets["Profil"]
    profil.nilai[(7, 2)] = "dua ribu dua puluh"  # Tahun: not a number
    udf.hitung_ulang(buku)
    assert buku.sheets[mesin.LEMBAR_MASALAH].aktif
    teks, _, mode = buku.app.pesan[-1]
    assert mode == "critical" and "galat" in teks and "Sheet 'Profil' sel B7" in teks


def test_xlwings_sheet_bersandi_pesan_jelas(masukan: Path) -> None:
    buku = BukuPalsu.dari_json(payload_dari_berkas(masukan))
    buku.sheets["Indikator"].api.sandi = True
    udf.hitung_ulang(buku)
    teks, _, mode = buku.app.pesan[-1]
    assert mode == "critical"
    assert teks.startswith("Sheet 'Indikator': sheet dilindungi dengan kata sandi")


def test_xlwings_buat_laporan_di_samping_buku(
    masukan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "LKj 2020.xlsx"
    shutil.copyfile(masukan, path)
    buku = BukuPalsu.dari_json(payload_dari_berkas(path))
    dibuka: list[Path] = []
    monkeypatch.setattr(mesin, "buka_berkas", dibuka.append)
    monkeypatch.setattr(xw.Book, "caller", staticmethod(lambda: buku))
    udf.buat_laporan()  # as RunPython calls it: the workbook comes from Book.caller()
    laporan = tmp_path / "laporan-LKj 2020.docx"
    assert dibuka == [laporan]
    with zipfile.ZipFile(laporan) as z:
        assert "Panyipatan" in z.read("word/document.xml").decode()
    assert buku.app.pesan[-1][0] == f"Laporan dibuat: {laporan}"
    assert buku.sheets["Indikator"].nilai  # Hitung Ulang ran first
    assert path.read_bytes() == masukan.read_bytes()  # the file itself is not written


def test_xlwings_dokumen_triwulan_di_samping_buku(
    masukan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Dokumen Triwulan button in Excel: the E.81 of the last filled quarter (the sample's
    TW IV) and the Rencana Aksi beside the workbook, the E.81 opened, the file untouched."""
    path = tmp_path / "LKj 2020.xlsx"
    shutil.copyfile(masukan, path)
    buku = BukuPalsu.dari_json(payload_dari_berkas(path))
    dibuka: list[Path] = []
    monkeypatch.setattr(mesin, "buka_berkas", dibuka.append)
    monkeypatch.setattr(xw.Book, "caller", staticmethod(lambda: buku))
    udf.dokumen_triwulan()  # as RunPython calls it
    e81 = tmp_path / "evaluasi-renja-tw4-LKj 2020.xlsx"
    ra = tmp_path / "rencana-aksi-LKj 2020.docx"
    assert dibuka == [e81]
    assert buku.app.pesan[-1][0] == f"Dokumen triwulan dibuat:\n- {e81}\n- {ra}"
    ws = openpyxl.load_workbook(e81).active
    # Program X: Musrenbang 8.910.000 + Musdes 7.185.000 = 16.095.000 of 16.398.100 = 98,15 %
    baris = next(r for r in ws.iter_rows(values_only=True) if str(r[2]).startswith("X Program"))
    assert (baris[9], baris[19], baris[21]) == (16398100, 16095000, 98.15)
    assert ra.stat().st_size > 10_000
    assert path.read_bytes() == masukan.read_bytes()


def test_xlwings_buat_laporan_buku_belum_disimpan(masukan: Path) -> None:
    buku = BukuPalsu.dari_json(payload_dari_berkas(masukan, fullname="Book1"))
    assert udf.LembarXlwings(buku).berkas() is None
    udf.buat_laporan(buku)
    teks, _, mode = buku.app.pesan[-1]
    assert mode == "critical" and "belum pernah disimpan" in teks


def test_xlwings_buat_laporan_buku_di_onedrive_web(masukan: Path) -> None:
    url = "https://contoso-my.sharepoint.com/personal/x/Documents/LKj.xlsm"
    buku = BukuPalsu.dari_json(payload_dari_berkas(masukan, fullname=url))
    udf.buat_laporan(buku)
    teks, _, mode = buku.app.pesan[-1]
    assert mode == "critical" and "OneDrive/SharePoint" in teks


def test_tanpa_excel_pesan_indonesia() -> None:
    with pytest.raises(Exception, match="dijalankan dari tombol di Excel"):
        udf.hitung_ulang()


# --- the interface against xlwings' own Book (remote engine, JSON payload) ----------------------


_SKRIP_JSON_BOOK = """
import json, sys
import xlwings as xw
from lakip_xl import tombol as mesin
from lakip_xl.excel import udf
payload = json.load(open(sys.argv[1], encoding="utf-8"))
buku = xw.Book(json=payload)
lembar = udf.LembarXlwings(buku)
grid = lembar.baca_grid()
mesin.hitung_ulang(lembar)
json.dump({"grid": mesin.grid_ke_json(grid), "actions": buku.json()["actions"]},
          open(sys.argv[2], "w", encoding="utf-8"), default=str)
"""


def _jalankan_book_json(path: Path, tmp_path: Path) -> tuple[dict, list[dict]]:
    """Run the button on xlwings' JSON Book in a fresh Python: the remote engine registers at
    import time, only with a key in the environment (xlwings' PolyForm Noncommercial key;
    used for this test only)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = [[c.value for c in r] for r in ws.iter_rows()] or [[None]]
        lebar = max(len(r) for r in rows)
        rows = [
            [v.isoformat() if isinstance(v, dt.datetime) else v for v in r]
            + [None] * (lebar - len(r))
            for r in rows
        ]
        sheets.append({"name": ws.title, "values": rows, "pictures": [], "tables": []})
    payload = {
        "client": "Microsoft Office Scripts",
        "version": xw.__version__,
        "book": {"name": path.name, "active_sheet_index": 0, "selection": "A1"},
        "names": [],
        "sheets": sheets,
    }
    masuk, keluar = tmp_path / "payload.json", tmp_path / "aksi.json"
    masuk.write_text(json.dumps(payload), encoding="utf-8")
    env = dict(os.environ, XLWINGS_LICENSE_KEY="noncommercial")
    subprocess.run(
        [sys.executable, "-c", _SKRIP_JSON_BOOK, str(masuk), str(keluar)],
        env=env,
        check=True,
        timeout=300,
    )
    data = json.loads(keluar.read_text(encoding="utf-8"))
    return mesin.grid_dari_json(data["grid"]), data["actions"]


def _terapkan_aksi(aksi: list[dict], grid: dict[str, list[list[Any]]]) -> tuple[dict, list]:
    """Replay the recorded actions as Excel would apply them."""
    nama = list(grid)
    pesan = []
    sel: dict[str, dict[tuple[int, int], Any]] = {
        n: {(r + 1, c + 1): v for r, row in enumerate(rows) for c, v in enumerate(row)}
        for n, rows in grid.items()
    }
    for a in aksi:
        f = a["func"]
        if f == "addSheet":
            posisi, n = a["args"]
            nama.insert(posisi, n)
            sel[n] = {}
        elif f == "alert":
            pesan.append(a["args"])
        else:
            s = sel[nama[a["sheet_position"]]]
            r0, c0 = a["start_row"] + 1, a["start_column"] + 1
            if f == "rangeClearContents":
                for r in range(r0, r0 + a["row_count"]):
                    for c in range(c0, c0 + a["column_count"]):
                        s.pop((r, c), None)
            elif f in ("setValues", "setFormula"):
                for i, row in enumerate(a["values"]):
                    for j, v in enumerate(row):
                        if isinstance(v, str) and v.startswith("'"):
                            v = v[1:]
                        s[(r0 + i, c0 + j)] = v
            else:
                raise AssertionError(f"aksi tak terduga {f}")
    hasil = {}
    for n in nama:
        rows: list[list[Any]] = []
        for (r, c), v in s_items(sel[n]):
            while len(rows) < r:
                rows.append([])
            while len(rows[r - 1]) < c:
                rows[r - 1].append(None)
            rows[r - 1][c - 1] = v
        hasil[n] = mesin.rapikan(rows)
    return hasil, pesan


def s_items(d: dict[tuple[int, int], Any]) -> list[tuple[tuple[int, int], Any]]:
    return sorted(d.items())


def test_xlwings_book_json_hitung_ulang_sama_dengan_lakip_hitung(
    masukan_polos: Path, tmp_path: Path
) -> None:
    cli = tmp_path / "cli.xlsx"
    shutil.copyfile(masukan_polos, cli)
    hitung_berkas(cli, cadangan=False)
    grid, aksi = _jalankan_book_json(masukan_polos, tmp_path)
    assert grid == mesin.LembarGrid.dari_berkas(masukan_polos).baca_grid()
    hasil, pesan = _terapkan_aksi(aksi, {n: [list(r) for r in rows] for n, rows in grid.items()})
    assert _tanpa_waktu(hasil) == _tanpa_waktu(baca_grid(cli))
    assert hasil[mesin.LEMBAR_MASALAH][0] == list(mesin.JUDUL_MASALAH)
    assert [a["func"] for a in aksi].count("addSheet") == 1
    assert pesan[-1][:2] == [pesan[-1][0], "LAKIP"] and pesan[-1][0].startswith("Perhitungan")


# --- mesin helpers ------------------------------------------------------------------------------


def test_blok_persegi() -> None:
    isian = {(5, 24): 1, (5, 25): "a", (6, 24): 2, (6, 25): "b", (8, 24): 3, (6, 30): None}
    blok = mesin.blok_persegi(isian)
    assert [(b.baris, b.kolom, b.nilai) for b in blok] == [
        (5, 24, [[1, "a"], [2, "b"]]),
        (6, 30, [[None]]),
        (8, 24, [[3]]),
    ]
    ditulis = {
        (b.baris + i, b.kolom + j): v
        for b in blok
        for i, row in enumerate(b.nilai)
        for j, v in enumerate(row)
    }
    assert ditulis == isian


def test_sel_persen_membelah_rentang_campuran() -> None:
    nilai = [["Judul"], ["Capaian"], [0.5], [0.7], [12], ["teks"], [0.1]]
    fmt = {3: "0%", 4: "0.00%", 5: "0.00", 7: "0%"}
    ditanya: list[tuple[int, int, int]] = []

    def format_rentang(a: int, b: int, c: int) -> str | None:
        ditanya.append((a, b, c))
        f = {fmt.get(r, "General") for r in range(a, b + 1)}
        return f.pop() if len(f) == 1 else None

    assert mesin.sel_persen(nilai, format_rentang) == {(3, 1), (4, 1), (7, 1)}
    assert all(a >= 3 for a, _, _ in ditanya)  # rows without numbers are not asked about


def test_grid_json_bolak_balik() -> None:
    from decimal import Decimal

    grid = {
        "A": [
            [None, "teks", 1, 2.5, True, Decimal("1.10")],
            [NilaiPersen(0.7), TanpaCache("SUM(A1:A2)"), dt.datetime(2020, 3, 31, 8, 0)],
            [dt.date(2021, 1, 2), dt.time(10, 30)],
        ]
    }
    assert mesin.grid_dari_json(mesin.grid_ke_json(grid)) == grid


def test_laporan_dari_grid_json_lewat_subproses(masukan: Path, tmp_path: Path) -> None:
    """The bridge the LibreOffice button uses: a grid file in, the report out."""
    grid = tmp_path / "grid.json"
    grid.write_text(mesin.grid_ke_json(baca_grid(masukan)), encoding="utf-8")
    keluar = tmp_path / "laporan.docx"
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "lakip_xl.tombol",
            "laporan",
            str(grid),
            "-o",
            str(keluar),
            "--buku",
            str(masukan),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    jawab = json.loads(p.stdout.strip().splitlines()[-1])
    assert p.returncode == 0 and jawab["ok"], p.stderr
    assert jawab["berkas"] == [str(keluar)] and keluar.stat().st_size > 10_000
    rusak = tmp_path / "rusak.json"
    rusak.write_text(mesin.grid_ke_json({"Petunjuk": []}), encoding="utf-8")
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "lakip_xl.tombol",
            "laporan",
            str(rusak),
            "-o",
            str(keluar),
            "--buku",
            str(masukan),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    jawab = json.loads(p.stdout.strip().splitlines()[-1])
    assert p.returncode == 1 and not jawab["ok"] and "galat" in jawab["pesan"]


def test_dokumen_triwulan_dari_grid_json_lewat_subproses(masukan: Path, tmp_path: Path) -> None:
    """The bridge the LibreOffice Dokumen Triwulan button uses: a grid file in, both files out
    beside the workbook named by --buku."""
    grid = tmp_path / "grid.json"
    grid.write_text(mesin.grid_ke_json(baca_grid(masukan)), encoding="utf-8")
    buku = tmp_path / "Buku TW.xlsx"
    p = subprocess.run(
        [sys.executable, "-m", "lakip_xl.tombol", "triwulan", str(grid), "--buku", str(buku)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    jawab = json.loads(p.stdout.strip().splitlines()[-1])
    assert p.returncode == 0 and jawab["ok"], p.stderr
    assert jawab["berkas"] == [
        str(tmp_path / "evaluasi-renja-tw4-Buku TW.xlsx"),
        str(tmp_path / "rencana-aksi-Buku TW.docx"),
    ]


def test_inti_tombol_hanya_pustaka_standar() -> None:
    """What the LibreOffice macro imports must load in a Python without third-party packages."""
    kode = (
        "import sys; import lakip_xl; awal = set(sys.modules); "
        "import lakip_xl.tombol, lakip_xl.operasi, lakip_xl.buku.baca, lakip_xl.hitung; "
        "import lakip_xl.calc.format_id; "
        "baru = {m.split('.')[0] for m in set(sys.modules) - awal}; "
        "print(sorted(baru - set(sys.stdlib_module_names) - {'lakip_xl'}))"
    )
    p = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, timeout=60, check=True
    )
    assert p.stdout.strip() == "[]"
