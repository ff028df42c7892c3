"""Reliability: every workbook of the corpus (tests/korpus.py) through `lakip periksa`,
`lakip hitung` and `lakip laporan`, run as real subprocesses, and hostile files refused.

For every case and command: the exit code expected, an Indonesian message naming the sheet
and cell (or the file), no traceback, the input byte-identical whenever the command fails
(and always for periksa and laporan), time and peak memory within bounds. When hitung can go
on it writes exactly the computed cells: everything else reads back the same, the previous
version is kept as the backup, and the computed values are the ones worked out by hand.
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document
from korpus import GALAT, KORPUS, TEKS_RUMUS, Kasus, dasar, tulis_semua
from lxml import etree

from lakip_xl import operasi
from lakip_xl.buku import baca_xml, berkas, tulis, xlsx
from lakip_xl.buku.baca import baca
from lakip_xl.errors import LakipError
from lakip_xl.hitung import hitung
from lakip_xl.libreoffice import konversi as office

PERINTAH = ("periksa", "hitung", "laporan")
BATAS_DETIK = 60.0  # one command on one case (the slowest, a big refused file, takes ~2 s)
BATAS_RSS_MB = 300.0  # peak resident memory of one command (a laporan takes ~100 MB)
TANDA_BOCOR = ("Traceback", "Galat tak terduga", "root:x:0:0")


@dataclass
class Jalan:
    """One command run on one case."""

    kode: int
    keluar: str
    galat: str
    detik: float
    rss_mb: float
    berkas: Path  # the workbook the command got (its own copy)
    asli: bytes  # the workbook's bytes before the command

    @property
    def teks(self) -> str:
        return self.keluar + self.galat


# `python -m lakip_xl.cli ...`, which also leaves its peak memory in the file LAKIP_VMHWM names:
# VmHWM of /proc/self/status, the high-water mark of the process's own memory since exec
# (wait4's ru_maxrss would also count the forking test process).
_CLI = """
import atexit, os, runpy, sys

def _puncak():
    with open("/proc/self/status") as f:
        kb = next((b.split()[1] for b in f if b.startswith("VmHWM:")), "0")
    with open(os.environ["LAKIP_VMHWM"], "w") as f:
        f.write(kb)

atexit.register(_puncak)
sys.argv = ["lakip", *sys.argv[1:]]
runpy.run_module("lakip_xl.cli", run_name="__main__", alter_sys=True)
"""


def _jalankan(perintah: str, berkas: Path) -> Jalan:
    """Run the lakip CLI (`python -m lakip_xl.cli PERINTAH BERKAS`) in the workbook's folder;
    measure wall time and the command's own peak resident memory."""
    asli = berkas.read_bytes()
    argv = [sys.executable, "-c", _CLI, perintah, berkas.name]
    if perintah == "laporan":
        argv += ["-o", "laporan.docx"]
    puncak = berkas.parent / ".vmhwm"
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1"}
    env["LAKIP_VMHWM"] = str(puncak)
    keluar, galat = berkas.parent / ".keluar.txt", berkas.parent / ".galat.txt"
    with keluar.open("wb") as o, galat.open("wb") as e:
        mulai = time.monotonic()
        try:
            kode = subprocess.run(
                argv,
                cwd=berkas.parent,
                stdin=subprocess.DEVNULL,
                stdout=o,
                stderr=e,
                env=env,
                timeout=BATAS_DETIK * 3,
                check=False,
            ).returncode
        except subprocess.TimeoutExpired:
            kode = -9
        detik = time.monotonic() - mulai
    return Jalan(
        kode,
        keluar.read_text("utf-8", "replace"),
        galat.read_text("utf-8", "replace"),
        detik,
        int(puncak.read_text() if puncak.exists() else 0) / 1024,
        berkas,
        asli,
    )


def _ada_libreoffice() -> bool:
    return office.tersedia()


@pytest.fixture(scope="session")
def korpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Jalan]:
    """Every case built, then every (case, command) run, in parallel on the machine's cores."""
    asal = tmp_path_factory.mktemp("korpus")
    lo = _ada_libreoffice()
    with cf.ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        biasa = [k for k in KORPUS if not k.lo]
        dasar(asal)  # the base most cases start from, built once before they copy it
        tugas = [pool.submit(tulis_semua, asal, lambda k, n=k.nama: k.nama == n) for k in biasa]
        if lo:
            tugas.append(pool.submit(tulis_semua, asal, lambda k: k.lo))
        for t in tugas:
            t.result()
        antre = []
        for i, k in enumerate(k for k in KORPUS if lo or not k.lo):
            for perintah in PERINTAH:
                folder = asal.parent / f"{asal.name}-jalan" / f"{i:02d}-{perintah}"
                folder.mkdir(parents=True)
                berkas = folder / k.nama
                shutil.copyfile(asal / k.nama, berkas)
                for nama, isi in k.pengiring:
                    (folder / nama).write_bytes(isi)
                # longest first (big files, then reports that are rendered), for a short wall time
                lama = 3 * k.besar + (perintah == "laporan" and k.keluar[2] == 0)
                antre.append((-lama, k.nama, perintah, berkas))
        kerja = [((n, p), pool.submit(_jalankan, p, b)) for _, n, p, b in sorted(antre)]
        hasil = {kunci: f.result() for kunci, f in kerja}
    hasil_path = os.environ.get("LAKIP_RINGKASAN_KORPUS")
    if hasil_path:
        Path(hasil_path).write_text(
            json.dumps(
                {
                    f"{n} {p}": {"kode": j.kode, "detik": round(j.detik, 2), "rss_mb": j.rss_mb}
                    for (n, p), j in hasil.items()
                },
                indent=1,
                ensure_ascii=False,
            ),
            "utf-8",
        )
    return hasil


def test_korpus_lengkap_dan_bernama_area_lalu_keadaan() -> None:
    nama = [k.nama for k in KORPUS]
    assert len(nama) == len(set(nama))
    assert len(KORPUS) >= 40
    area = {n.split("-")[0] for n in nama}
    assert area >= {"berkas", "lembar", "judul", "angka", "indikator", "anggaran", "teks"}
    for k in KORPUS:
        assert re.match(r"[a-z]+-[a-z0-9]", k.nama), k.nama
        assert k.pesan, k.nama


def _kasus(nama: str) -> Kasus:
    return next(k for k in KORPUS if k.nama == nama)


def _sel(grid: dict[str, list[list[Any]]], sheet: str, a1: str) -> Any:
    m = re.fullmatch(r"([A-Z]+)(\d+)", a1)
    assert m
    r, c = int(m.group(2)), openpyxl.utils.column_index_from_string(m.group(1))
    rows = grid[sheet]
    return rows[r - 1][c - 1] if r - 1 < len(rows) and c - 1 < len(rows[r - 1]) else None


def _sama(nilai: Any, harap: Any) -> bool:
    if isinstance(harap, (int, float)) and isinstance(nilai, (int, float, Decimal)):
        return abs(float(nilai) - harap) < 1e-9
    return nilai == harap


def _teks_docx(path: Path) -> str:
    d = Document(str(path))
    bagian = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            bagian.extend(c.text for c in r.cells)
    return "\n".join(bagian)


def _hanya_sel_hitung_berubah(asli: Path, hasil: Path) -> dict[str, list[list[Any]]]:
    """Everything but the computed cells reads back the same (cell by cell, every sheet), and
    every zip part of a sheet hitung does not write is byte-identical. Returns the grid of
    `hasil` as read (baca_grid), for the computed values to be checked in it."""
    a, b = baca_xml.baca_grid(asli), baca_xml.baca_grid(hasil)
    tulisan, ganti = operasi.rencana_tulis(hitung(baca(a)))
    assert a.keys() == b.keys()
    for sheet, rows in a.items():
        rows_b = b[sheet]
        for r in range(1, max(len(rows), len(rows_b)) + 1):
            if sheet in ganti and r >= ganti[sheet]:
                continue
            ra = rows[r - 1] if r - 1 < len(rows) else []
            rb = rows_b[r - 1] if r - 1 < len(rows_b) else []
            for c in range(1, max(len(ra), len(rb)) + 1):
                if (r, c) in tulisan.get(sheet, {}):
                    continue
                va = ra[c - 1] if c - 1 < len(ra) else None
                vb = rb[c - 1] if c - 1 < len(rb) else None
                assert va == vb, (sheet, r, c, va, vb)
    _bagian_lain_sama(asli, hasil, set(tulisan) | set(ganti))
    return b


def _bagian_lain_sama(asli: Path, hasil: Path, lembar: set[str]) -> None:
    """Every zip part but those of the sheets hitung writes is byte-identical."""
    with zipfile.ZipFile(asli) as za, zipfile.ZipFile(hasil) as zb:
        diubah = {p for s, p in tulis.peta_sheet(za).items() if s in lembar}
        rantai = "xl/calcChain.xml"
        if rantai in za.namelist() and rantai not in zb.namelist():
            # a computed cell held a formula: calcChain goes, and its two references with it
            diubah |= {rantai, "[Content_Types].xml", "xl/_rels/workbook.xml.rels"}
        assert set(za.namelist()) - diubah == set(zb.namelist()) - diubah
        for nama in set(za.namelist()) - diubah:
            assert za.read(nama) == zb.read(nama), nama


@pytest.mark.parametrize("perintah", PERINTAH)
@pytest.mark.parametrize("nama", [k.nama for k in KORPUS])
def test_kasus(korpus: dict[tuple[str, str], Jalan], nama: str, perintah: str) -> None:
    k = _kasus(nama)
    if (nama, perintah) not in korpus:
        pytest.skip("LibreOffice tidak tersedia untuk membuat berkas ini")
    j = korpus[(nama, perintah)]
    for tanda in TANDA_BOCOR:
        assert tanda not in j.teks, (tanda, j.teks[-2000:])
    harap = k.keluar[PERINTAH.index(perintah)]
    assert j.kode == harap, j.teks[-3000:]
    assert j.teks.strip()
    if perintah == "periksa" or k.ditolak or k.jenis == GALAT:
        for pesan in k.pesan:
            assert pesan in j.teks, (pesan, j.teks[-3000:])
    for p, pesan in k.pesan_perintah:
        if p == perintah:
            assert pesan in j.teks, (pesan, j.teks[-3000:])
    if j.kode != 0:
        assert j.galat.startswith("Galat: ") or "GALAT - " in j.teks, j.teks[-2000:]
    cadangan = xlsx_cadangan(j.berkas)
    laporan = j.berkas.parent / "laporan.docx"
    ditulis = perintah == "hitung" and k.ditulis
    if not ditulis:
        assert j.berkas.read_bytes() == j.asli  # byte-identical: periksa, laporan, any failure
        assert not cadangan.exists()
    if perintah == "laporan":
        assert laporan.is_file() == (j.kode == 0)
        if j.kode == 0:
            teks = _teks_docx(laporan)
            for kata in k.dokumen:
                assert kata in teks, kata
    elif ditulis:
        assert cadangan.read_bytes() == j.asli  # the previous version is kept
        asli = j.berkas.with_name(f"_asli-{j.berkas.name}")
        asli.write_bytes(j.asli)
        if not k.besar:  # the big one: its untouched 1M-row sheet is compared byte for byte
            grid = _hanya_sel_hitung_berubah(asli, j.berkas)  # j.berkas read once, here
        else:
            _bagian_lain_sama(asli, j.berkas, {"Indikator", "Anggaran", "Ringkasan"})
            grid = baca_xml.baca_grid(j.berkas)
        for sheet, a1, nilai in k.nilai:
            assert _sama(_sel(grid, sheet, a1), nilai), (sheet, a1, _sel(grid, sheet, a1), nilai)
    assert j.detik < BATAS_DETIK, j.detik
    assert j.rss_mb < BATAS_RSS_MB, j.rss_mb


def xlsx_cadangan(p: Path) -> Path:
    return tulis.nama_cadangan(p)


def test_angka_korpus(korpus: dict[tuple[str, str], Jalan]) -> None:
    """The figures of docs/keandalan.md: inputs tried, refused cleanly, nothing lost."""
    jalan = list(korpus.values())
    gagal = [j for j in jalan if j.kode != 0]
    assert len(jalan) >= 3 * 40
    assert all(not any(t in j.teks for t in TANDA_BOCOR) for j in jalan)
    besar = {n: korpus[(n, p)] for n, p in korpus if _kasus(n).besar and p == "hitung"}
    baris = [
        f"{len({n for n, _ in korpus})} berkas, {len(jalan)} perintah, {len(gagal)} berhenti "
        "dengan pesan, 0 traceback",
        *(f"{n}: hitung {j.detik:.1f} s, {j.rss_mb:.0f} MB" for n, j in sorted(besar.items())),
        f"paling lama {max(j.detik for j in jalan):.1f} s, memori puncak "
        f"{max(j.rss_mb for j in jalan):.0f} MB",
    ]
    print("\n".join(baris))


# --- hostile input, defence in depth -----------------------------------------------------------


def _berkas(korpus: dict[tuple[str, str], Jalan], nama: str, tujuan: Path) -> Path:
    """A fresh copy of a corpus file (the one periksa got: it never changes it)."""
    return Path(shutil.copyfile(korpus[(nama, "periksa")].berkas, tujuan / nama))


@pytest.mark.parametrize(
    "awal",
    [
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>',
        b'<?xml version="1.0"?><!-- catatan --><!doctype x SYSTEM "file:///etc/passwd"><x/>',
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'.encode("utf-16"),
        b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE x+AD4-<x/>',
        b"<?xml version='1.0'?><!--" + b"x" * 70_000 + b"--><!DOCTYPE x><x/>",
        b"\x00\x00\x00<\x00\x00\x00?",
    ],
)
def test_dtd_dan_penyandian_aneh_ditolak(awal: bytes) -> None:
    assert berkas._ada_dtd(awal[: berkas._PROLOG_MAKS])


@pytest.mark.parametrize(
    "awal",
    [
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="x"/>',
        b"\xef\xbb\xbf<?xml version='1.0' encoding='utf-8'?><!-- ok --><sst/>",
        '<?xml version="1.0" encoding="UTF-16"?><x/>'.encode("utf-16"),
        b"<workbook/>",
        b"",
    ],
)
def test_xml_biasa_diterima(awal: bytes) -> None:
    assert not berkas._ada_dtd(awal)


def test_entitas_eksternal_tidak_pernah_dibaca_walau_pemeriksaan_dilewati(
    korpus: dict[tuple[str, str], Jalan], tmp_path: Path
) -> None:
    """Behind the refusal, the readers and the writer never resolve an entity either."""
    p = _berkas(korpus, "berkas-entitas-eksternal.xlsx", tmp_path)
    grid = baca_xml.baca_grid(p)  # what a caller skipping periksa_berkas would get
    assert "root:" not in repr(grid)
    with zipfile.ZipFile(p) as z:
        xml = z.read(tulis.peta_sheet(z)["Profil"])
    with pytest.raises(LakipError, match="DTD"):
        tulis.terapkan(xml, {(1, 1): "x"})
    with pytest.raises(LakipError, match="DTD/entitas"):
        xlsx.baca_grid(p)


def test_bom_zip_ditolak_tanpa_dibuka(korpus: dict[tuple[str, str], Jalan], tmp_path: Path) -> None:
    p = _berkas(korpus, "berkas-bom-zip.xlsx", tmp_path)
    mulai = time.monotonic()
    with pytest.raises(LakipError, match="bom zip"):
        berkas.periksa_berkas(p)
    assert time.monotonic() - mulai < 1.0  # judged from the zip directory, nothing unpacked


def test_bom_entitas_tidak_mengembang_di_pembaca(
    korpus: dict[tuple[str, str], Jalan], tmp_path: Path
) -> None:
    """Behind the refusal, lxml (no entity resolution) stops at the bomb: a LakipError, fast."""
    p = _berkas(korpus, "berkas-bom-entitas.xlsx", tmp_path)
    mulai = time.monotonic()
    with pytest.raises(LakipError, match="rusak"):
        baca_xml.baca_grid(p)
    assert time.monotonic() - mulai < 5.0


# --- what hitung writes back is text, never a formula ----------------------------------------


def test_teks_mirip_rumus_ditulis_sebagai_teks(korpus: dict[tuple[str, str], Jalan]) -> None:
    j = korpus[("teks-mirip-rumus.xlsx", "hitung")]
    assert j.kode == 0
    with zipfile.ZipFile(j.berkas) as z:
        xml = z.read(tulis.peta_sheet(z)["Ringkasan"])
    root = etree.fromstring(xml)
    ns = {"m": tulis.NS}
    assert not root.findall(".//m:f", ns)
    sel = [
        c
        for c in root.iterfind(".//m:c", ns)
        if "".join(c.itertext()).startswith("=cmd|' /C calc'!A0")
    ]
    assert len(sel) == 1 and sel[0].get("t") == "inlineStr"
    wb = openpyxl.load_workbook(j.berkas)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
    ind = {c.value for row in wb["Indikator"].iter_rows() for c in row}
    assert set(TEKS_RUMUS) - {"+62 812"} <= ind  # the typed text itself is untouched


@pytest.mark.lo
def test_teks_mirip_rumus_tetap_teks_di_libreoffice(
    korpus: dict[tuple[str, str], Jalan], tmp_path: Path
) -> None:
    """LibreOffice loads the computed workbook, recalculates and saves it: the text written
    back is still text (no formula, no DDE), in Ringkasan as in the typed cells."""
    j = korpus[("teks-mirip-rumus.xlsx", "hitung")]
    ulang = office.hitung_ulang(j.berkas, tmp_path / "lo.xlsx")
    wb = openpyxl.load_workbook(ulang)
    ring = [c for row in wb["Ringkasan"].iter_rows() for c in row if c.value]
    cmd = [c for c in ring if str(c.value).startswith("=cmd")]
    assert len(cmd) == 1 and cmd[0].data_type == "s"
    assert all(c.data_type != "f" for row in wb["Indikator"].iter_rows() for c in row)


def test_sel_gabung_sasaran_berlaku_untuk_setiap_baris(
    korpus: dict[tuple[str, str], Jalan], tmp_path: Path
) -> None:
    p = _berkas(korpus, "sel-gabung-sasaran.xlsx", tmp_path)
    buku = operasi.baca_buku(p)
    assert [b["sasaran"] for b in buku.rows("Indikator")] == [
        "Meningkatnya mutu pelayanan kecamatan"
    ] * 3
    assert xlsx.baca_grid(p) == baca_xml.baca_grid(p)  # both readers mark merged cells alike


def test_batas_baris_data(korpus: dict[tuple[str, str], Jalan], tmp_path: Path) -> None:
    p = _berkas(korpus, "skm-sejuta-baris-nomor.xlsx", tmp_path)
    with pytest.raises(LakipError) as e:
        berkas.periksa_berkas(p)
    assert e.value.sheet == "SKM" and "100.000" in str(e.value)
