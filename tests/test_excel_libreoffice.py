"""Headless LibreOffice: the .xlsm's VBA and buttons as LibreOffice reads them, and the
LibreOffice buttons end to end (installed macro, .ods buttons, computed cells, report)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from lakip_xl import tombol as mesin
from lakip_xl.buku.xlsx import baca_grid, buat_buku
from lakip_xl.cli import main
from lakip_xl.contoh import data as contoh
from lakip_xl.excel import vba, xlsm
from lakip_xl.libreoffice import konversi as office
from lakip_xl.libreoffice import pasang as libreoffice
from lakip_xl.operasi import hitung_berkas

pytestmark = pytest.mark.lo

URL_LO = "vnd.sun.star.script:lakip.py${}?language=Python&location=user"
URL_VBA = "vnd.sun.star.script:VBAProject.Lakip.{}?language=Basic&location=document"

# A test macro: list every form control of every sheet with its bound script, or click a
# button (invoke the script its "Execute action" event is bound to, with the document, as
# LibreOffice does on a click), writing what happened to a JSON file.
MAKRO_UJI = """
import json

KELUAR = {keluar!r}
ARG = {arg!r}


def _kontrol(doc):
    hasil = {{}}
    sheets = doc.Sheets
    for i in range(sheets.Count):
        sh = sheets.getByIndex(i)
        forms = sh.DrawPage.Forms
        for f in range(forms.Count):
            form = forms.getByIndex(f)
            for c in range(form.Count):
                acara = [e.ScriptCode for e in form.getScriptEvents(c)
                         if e.EventMethod == "actionPerformed"]
                hasil.setdefault(sh.Name, []).append(
                    {{"label": form.getByIndex(c).Label, "skrip": acara}})
    return hasil


def daftar(doc):
    json.dump({{"kontrol": _kontrol(doc), "desain": doc.ApplyFormDesignMode}},
              open(KELUAR, "w"))
    return "ok"


def _klik(doc, label):
    for tombol in _kontrol(doc)["Petunjuk"]:
        if tombol["label"] == label:
            url = tombol["skrip"][0]
            jawab = doc.getScriptProvider().getScript(url).invoke((doc, *ARG), (), ())[0]
            json.dump({{"url": url, "jawab": json.loads(jawab)}}, open(KELUAR, "w"))
            return "ok"
    raise RuntimeError("tombol " + label + " tidak ada")


def klik_hitung(doc):
    return _klik(doc, "Hitung Ulang")


def klik_laporan(doc):
    return _klik(doc, "Buat Laporan")


def klik_triwulan(doc):
    return _klik(doc, "Dokumen Triwulan")


def klik_sipd(doc):
    return _klik(doc, "Impor SIPD")

"""


def _makro(tmp_path: Path, *arg: str) -> tuple[Path, Path]:
    """The test macro; `arg` follow the document when it clicks (what a dialog would ask)."""
    keluar = tmp_path / "hasil-makro.json"
    skrip = tmp_path / "uji_tombol.py"
    skrip.write_text(MAKRO_UJI.format(keluar=str(keluar), arg=arg), encoding="utf-8")
    return skrip, keluar


def _pasang(user: Path) -> None:
    libreoffice.pasang(user, python=sys.executable)


@pytest.fixture(scope="module")
def masukan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's inputs with one Narasi row whose Bagian is mistyped (a peringatan on the
    Masalah sheet)."""
    path = tmp_path_factory.mktemp("masukan") / "contoh-masukan.xlsx"
    tabel = {
        **contoh.TABEL,
        "Narasi": [*contoh.TABEL["Narasi"], {"Bagian": "Pengantar", "Teks": "Salah ketik."}],
    }
    return buat_buku(path, profil=contoh.PROFIL, tabel=tabel, tambahan=contoh.TABEL_TAMBAHAN)


@pytest.fixture(scope="module")
def ods(masukan: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return libreoffice.pasang_tombol(masukan, tmp_path_factory.mktemp("ods") / "LKj 2020.ods")


@pytest.fixture(scope="module")
def contoh_xlsm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsm") / "contoh.xlsm"
    assert main(["contoh", "-o", str(path)]) == 0
    return path


def _tanpa_waktu(grid: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
    hasil = {}
    for nama, rows in grid.items():
        if nama == mesin.LEMBAR_MASALAH:
            continue
        salin = [list(r) for r in rows]
        for r in salin:
            if r and r[0] == "Terakhir dihitung":
                r[1:] = [None] * (len(r) - 1)
        hasil[nama] = mesin.rapikan(salin)
    return hasil


# --- the .xlsm as LibreOffice reads it ----------------------------------------------------------


def test_xlsm_dibuka_libreoffice_tanpa_perbaikan(contoh_xlsm: Path) -> None:
    info = office.muat_info(contoh_xlsm)
    assert info["jenis"] == "calc"
    assert not info["perlu_perbaikan"] and info["masalah_paket"] == []
    wb = openpyxl.load_workbook(contoh_xlsm, read_only=True)
    assert info["sheets"] == wb.sheetnames
    # LibreOffice imports the VBA project as the Basic library VBAProject
    modul = set(info["basic_modules"]["VBAProject"])
    harap = {vba.Modul.dari_teks(xlsm.teks_makro(n)).nama for n in xlsm.MODUL_MAKRO}
    harap |= {"ThisWorkbook"} | {f"Sheet{i}" for i in range(1, len(wb.sheetnames) + 1)}
    assert modul == harap
    for nama in xlsm.MODUL_MAKRO:
        m = vba.Modul.dari_teks(xlsm.teks_makro(nama))
        kami = [b for b in m.sumber.split("\n") if not b.startswith("Attribute ")]
        lo = [
            b
            for b in info["basic_source"][f"VBAProject.{m.nama}"].replace("\r\n", "\n").split("\n")
            if not b.startswith(
                ("Rem Attribute VBA_ModuleType=", "Option VBASupport", "Option ClassModule")
            )
        ]
        assert "\n".join(lo).strip("\n") == "\n".join(kami).strip("\n"), nama


def test_tombol_xlsm_menurut_libreoffice(contoh_xlsm: Path, tmp_path: Path) -> None:
    skrip, keluar = _makro(tmp_path)
    office.jalankan_makro_python(contoh_xlsm, tmp_path / "x.xlsx", skrip, "daftar")
    kontrol = json.loads(keluar.read_text())["kontrol"]
    info = office.muat_info(contoh_xlsm)
    subs = info["basic_source"]["VBAProject.Lakip"]
    for sheet in ("Petunjuk", "Indikator"):
        assert [(k["label"], k["skrip"]) for k in kontrol[sheet]] == [
            ("Hitung Ulang", [URL_VBA.format("HitungUlang")]),
            ("Buat Laporan", [URL_VBA.format("BuatLaporan")]),
            ("Dokumen Triwulan", [URL_VBA.format("DokumenTriwulan")]),
            ("Buat PK", [URL_VBA.format("BuatPK")]),
            ("Impor SIPD", [URL_VBA.format("ImporSIPD")]),
        ]
    for sub in ("HitungUlang", "BuatLaporan", "DokumenTriwulan", "BuatPK", "ImporSIPD"):
        assert f"Sub {sub}()" in subs
    assert set(kontrol) == {"Petunjuk", "Indikator"}


# --- the LibreOffice buttons ----------------------------------------------------------------


def test_pasang_menyalin_inti_yang_jalan_di_python_sistem(tmp_path: Path) -> None:
    skrip = libreoffice.pasang(tmp_path / "user", python=sys.executable)
    assert skrip == tmp_path / "user" / "Scripts" / "python" / "lakip.py"
    assert skrip.read_text() == libreoffice.MAKRO.read_text()
    pp = skrip.parent / "pythonpath"
    konf = json.loads((pp / "lakip_xl" / mesin.KONFIGURASI_LIBREOFFICE).read_text())
    assert konf["python"] == sys.executable
    kode = (
        "import sys; sys.path.insert(0, sys.argv[1]); awal = set(sys.modules); "
        "import lakip_xl.tombol, lakip_xl.operasi, lakip_xl.calc.format_id; "
        "from lakip_xl.operasi import rencana_tulis; "
        "baru = {m.split('.')[0] for m in set(sys.modules) - awal}; "
        "print(lakip_xl.__file__); print(sorted(baru - set(sys.stdlib_module_names)))"
    )
    p = subprocess.run(
        [office.PYTHON_SISTEM, "-I", "-c", kode, str(pp)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    berkas, luar = p.stdout.strip().splitlines()
    assert berkas.startswith(str(pp))
    assert luar == "['lakip_xl']"
    # installing again replaces the copy
    assert libreoffice.pasang(tmp_path / "user") == skrip


def test_ods_dengan_tombol_terikat_ke_makro(ods: Path, tmp_path: Path) -> None:
    skrip, keluar = _makro(tmp_path)
    office.jalankan_makro_python(ods, tmp_path / "x.ods", skrip, "daftar")
    data = json.loads(keluar.read_text())
    assert data["desain"] is False  # buttons work as soon as the file is opened
    for sheet in ("Petunjuk", "Indikator"):
        assert [(k["label"], k["skrip"]) for k in data["kontrol"][sheet]] == [
            ("Hitung Ulang", [URL_LO.format("HitungUlang")]),
            ("Buat Laporan", [URL_LO.format("BuatLaporan")]),
            ("Dokumen Triwulan", [URL_LO.format("DokumenTriwulan")]),
            ("Buat PK", [URL_LO.format("BuatPK")]),
            ("Impor SIPD", [URL_LO.format("ImporSIPD")]),
        ]
    # the functions the buttons name are the ones the macro exports
    teks = libreoffice.MAKRO.read_text()
    assert (
        "g_exportedScripts = (HitungUlang, BuatLaporan, DokumenTriwulan, BuatPK, ImporSIPD)" in teks
    )
    info = office.muat_info(ods)
    assert not info["perlu_perbaikan"]
    assert "Petunjuk" in info["sheets"] and "Indikator" in info["sheets"]


def test_tombol_hitung_ulang_libreoffice_ujung_ke_ujung(
    ods: Path, masukan: Path, tmp_path: Path
) -> None:
    """Open the .ods headless, click Hitung Ulang (its bound script, from the profile where
    `lakip pasang-libreoffice` installed it), save: the computed cells are what `lakip hitung`
    writes."""
    skrip, keluar = _makro(tmp_path)
    hasil = tmp_path / "hasil.xlsx"
    office.jalankan_makro_python(ods, hasil, skrip, "klik_hitung", siapkan_profil=_pasang)
    data = json.loads(keluar.read_text())
    assert data["url"] == URL_LO.format("HitungUlang")
    assert data["jawab"]["hasil"] == "ok"
    assert data["jawab"]["pesan"][0][0].startswith("Perhitungan selesai.")
    cli = tmp_path / "cli.xlsx"
    shutil.copyfile(masukan, cli)
    hitung_berkas(cli, cadangan=False)
    grid, harap = baca_grid(hasil), baca_grid(cli)
    assert _tanpa_waktu(grid) == _tanpa_waktu(harap)
    # the planned cells were really empty before the click
    awal = baca_grid(masukan)
    assert not any(len(r) > 1 and r[1] is not None for r in awal["Ringkasan"][3:])
    masalah = grid[mesin.LEMBAR_MASALAH]
    assert masalah[0] == list(mesin.JUDUL_MASALAH) and len(masalah) >= 2
    wb = openpyxl.load_workbook(hasil)
    sel = wb[mesin.LEMBAR_MASALAH]["C2"]
    assert str(sel.value).upper().startswith("=HYPERLINK(")


def test_tombol_buat_laporan_libreoffice(ods: Path, tmp_path: Path) -> None:
    buku = tmp_path / ods.name
    shutil.copyfile(ods, buku)
    skrip, keluar = _makro(tmp_path)
    office.jalankan_makro_python(
        buku, tmp_path / "x.ods", skrip, "klik_laporan", siapkan_profil=_pasang, batas_detik=400
    )
    data = json.loads(keluar.read_text())
    laporan = tmp_path / "laporan-LKj 2020.docx"
    assert data["jawab"]["hasil"] == str(laporan), data
    assert data["jawab"]["pesan"][-1] == [f"Laporan dibuat: {laporan}", False]
    with zipfile.ZipFile(laporan) as z:
        assert "Panyipatan" in z.read("word/document.xml").decode()


def test_tombol_dokumen_triwulan_libreoffice(ods: Path, tmp_path: Path) -> None:
    """The third button: the E.81 of the last filled quarter (the sample: TW IV) and the
    Rencana Aksi beside the document, written by the full lakip-xl through the grid bridge."""
    buku = tmp_path / ods.name
    shutil.copyfile(ods, buku)
    skrip, keluar = _makro(tmp_path)
    office.jalankan_makro_python(
        buku, tmp_path / "x.ods", skrip, "klik_triwulan", siapkan_profil=_pasang, batas_detik=400
    )
    data = json.loads(keluar.read_text())
    assert data["url"] == URL_LO.format("DokumenTriwulan")
    e81 = tmp_path / "evaluasi-renja-tw4-LKj 2020.xlsx"
    ra = tmp_path / "rencana-aksi-LKj 2020.docx"
    assert data["jawab"]["hasil"] == str(e81), data
    assert data["jawab"]["pesan"][-1] == [f"Dokumen triwulan dibuat:\n- {e81}\n- {ra}", False]
    ws = openpyxl.load_workbook(e81).active
    # program I at TW IV: its kegiatan spent 414.530.124 of 434.542.010 = 95,39 %
    baris = next(
        r
        for r in ws.iter_rows(values_only=True)
        if r[2] == "I Program Pelayanan Administrasi Perkantoran"
    )
    assert baris[19] == 414530124 and baris[21] == 95.39
    assert ra.stat().st_size > 10_000


def test_cli_baru_ods_dan_tombol_libreoffice(tmp_path: Path) -> None:
    ods = tmp_path / "baru.ods"
    assert main(["baru", "-o", str(ods), "--tahun", "2025"]) == 0
    with zipfile.ZipFile(ods) as z:
        isi = z.read("content.xml").decode()
    for fungsi in ("HitungUlang", "BuatLaporan", "DokumenTriwulan", "BuatPK", "ImporSIPD"):
        assert isi.count(URL_LO.format(fungsi).replace("&", "&amp;")) == 2
    xlsx = tmp_path / "buku.xlsx"
    assert main(["baru", "-o", str(xlsx)]) == 0
    assert main(["tombol-libreoffice", str(xlsx)]) == 0
    assert (tmp_path / "buku.ods").is_file()
    assert main(["tombol-libreoffice", str(xlsx)]) == 1  # exists: needs --timpa
    assert main(["pasang-libreoffice", "--profil", str(tmp_path / "profil")]) == 0
    assert (tmp_path / "profil" / "Scripts" / "python" / "lakip.py").is_file()


# --- Impor SIPD and the report's self-check in LibreOffice --------------------------------------


@pytest.fixture(scope="module")
def ods_kosong(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A blank 2024 workbook (only Nama Instansi typed) with the LibreOffice buttons."""
    folder = tmp_path_factory.mktemp("kosong")
    xlsx = folder / "kosong.xlsx"
    assert main(["baru", "-o", str(xlsx), "--tahun", "2024"]) == 0
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Profil"]
    baris = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Nama Instansi")
    ws.cell(baris, 2).value = "Kecamatan Namlea"
    wb.save(xlsx)
    return libreoffice.pasang_tombol(xlsx, folder / "LKj 2024.ods")


def test_tombol_impor_sipd_libreoffice(ods_kosong: Path, tmp_path: Path) -> None:
    """Open the blank .ods headless, click Impor SIPD with the real murni export and
    "Kecamatan Namlea" (what its dialogs would ask), save: the Anggaran, Belanja and Ringkasan
    sheets are what `lakip impor-sipd` writes into the same workbook as .xlsx."""
    import test_sipd as sipd

    buku = tmp_path / ods_kosong.name
    shutil.copyfile(ods_kosong, buku)
    skrip, keluar = _makro(tmp_path, str(sipd.MURNI), "Kecamatan Namlea")
    hasil = tmp_path / "hasil.xlsx"
    office.jalankan_makro_python(
        buku, hasil, skrip, "klik_sipd", siapkan_profil=_pasang, batas_detik=400
    )
    data = json.loads(keluar.read_text())
    assert data["url"] == URL_LO.format("ImporSIPD")
    assert data["jawab"]["hasil"] == "ok", data
    teks, galat = data["jawab"]["pesan"][-1]
    assert not galat
    assert teks.startswith("SKPD: Kecamatan Namlea.\nBaris ditambahkan: ")
    assert teks.endswith("Anggaran diimpor ke LKj 2024.ods dan dihitung ulang (0 galat).")
    cli = tmp_path / "cli.xlsx"
    shutil.copyfile(ods_kosong.with_name("kosong.xlsx"), cli)
    assert main(["impor-sipd", str(cli), str(sipd.MURNI), "--skpd", "Kecamatan Namlea"]) == 0
    dapat, harap = _tanpa_waktu(baca_grid(hasil)), _tanpa_waktu(baca_grid(cli))
    for nama in ("Anggaran", "Belanja", "Ringkasan"):
        assert dapat[nama] == harap[nama], nama
    kode = [r[0] for r in sipd._anggaran(hasil)]
    assert kode == sorted(sipd._harapan(sipd.MURNI, "Kecamatan Namlea"), key=sipd.kunci_kode)


def test_tombol_impor_sipd_libreoffice_skpd_salah(ods_kosong: Path, tmp_path: Path) -> None:
    import test_sipd as sipd

    skrip, keluar = _makro(tmp_path, str(sipd.MURNI), "Kecamatan Air Buya")
    hasil = tmp_path / "hasil.xlsx"
    office.jalankan_makro_python(
        ods_kosong, hasil, skrip, "klik_sipd", siapkan_profil=_pasang, batas_detik=400
    )
    data = json.loads(keluar.read_text())
    teks, galat = data["jawab"]["pesan"][-1]
    assert data["jawab"]["hasil"] == "tidak" and galat
    assert "SKPD 'Kecamatan Air Buya' tidak ada" in teks
    assert "(maksudnya 'Kecamatan Air Buaya'?)" in teks and teks.endswith("tidak diubah.")
    assert (
        _tanpa_waktu(baca_grid(hasil))["Anggaran"]
        == _tanpa_waktu(baca_grid(ods_kosong.with_name("kosong.xlsx")))["Anggaran"]
    )


def test_tombol_buat_laporan_libreoffice_memeriksa_laporan(tmp_path: Path) -> None:
    """Buat Laporan in LibreOffice on an office whose Narasi contradicts its numbers (the
    corpus of test_kalimat_periksa): the report's self-check findings come back through the
    bridge, in the closing message and on the Masalah sheet."""
    import test_kalimat_periksa as korpus

    ods = libreoffice.pasang_tombol(korpus._buku(tmp_path), tmp_path / "disnaker-2024.ods")
    skrip, keluar = _makro(tmp_path)
    hasil = tmp_path / "hasil.xlsx"
    office.jalankan_makro_python(
        ods, hasil, skrip, "klik_laporan", siapkan_profil=_pasang, batas_detik=400
    )
    data = json.loads(keluar.read_text())
    laporan = tmp_path / "laporan-disnaker-2024.docx"
    assert data["jawab"]["hasil"] == str(laporan), data
    teks, galat = data["jawab"]["pesan"][-1]
    assert not galat and teks.startswith(f"Laporan dibuat: {laporan}\nPemeriksaan laporan: ")
    # Negatif: (2 x 4,75 - 1,50) / 4,75 x 100 = 168,42, typed 100%
    assert "Tertulis 100%, seharusnya 168,42" in teks
    masalah = baca_grid(hasil)[mesin.LEMBAR_MASALAH]
    dari_laporan = [r for r in masalah if r and str(r[-1]).startswith(f"laporan {laporan.name}, ")]
    assert dari_laporan and all(r[0] == "Peringatan" for r in dari_laporan)
