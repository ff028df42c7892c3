"""A Negatif indikator says so in every table that prints its capaian ("(-)" and a note with the
Profil's formula), so a reader, and `lakip reviu`, redo its capaian the way the report did."""

from __future__ import annotations

from pathlib import Path

import kantor
import openpyxl
from docx import Document
from test_reviu import lakip, temuan

ANGKA = {"Hitungan", "Pembulatan", "Polaritas", "Konsistensi", "Kategori"}
NEGATIF = (
    "Persentase keterlambatan penyampaian laporan keuangan",
    "Jumlah dokumen perencanaan yang terlambat ditetapkan",
)


def _laporan(buku: Path) -> Path:
    keluar = buku.with_suffix(".docx")
    r = lakip("laporan", buku, "-o", keluar, "--timpa")
    assert r.returncode == 0, r.stderr
    return keluar


def _teks_tabel(docx: Path) -> tuple[list[str], list[str]]:
    """Every table cell's text, and every paragraph's."""
    doc = Document(str(docx))
    sel = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return sel, [p.text for p in doc.paragraphs]


def test_indikator_negatif_bertanda_dan_bercatatan(tmp_path: Path) -> None:
    docx = _laporan(kantor.badan(tmp_path))
    sel, paragraf = _teks_tabel(docx)
    for nama in NEGATIF:
        assert f"{nama} (-)" in sel
        # never printed unmarked beside a capaian
        assert nama not in sel
    catatan = [p for p in paragraf if p.startswith("(-) indikator berpolaritas negatif")]
    assert catatan
    assert all(p.endswith("(2 x target - realisasi) / target x 100") for p in catatan)


def test_rumus_kebalikan_disebut_di_catatan(tmp_path: Path) -> None:
    """An office whose Profil picks Target / Realisasi: the note names that formula."""
    buku = kantor.badan(tmp_path)
    wb = openpyxl.load_workbook(buku)
    ws = wb["Profil"]
    label = "Rumus Polaritas Negatif"
    baris = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == label)
    ws.cell(baris, 2).value = "Target / Realisasi"
    wb.save(buku)
    _, paragraf = _teks_tabel(_laporan(buku))
    catatan = [p for p in paragraf if p.startswith("(-) indikator berpolaritas negatif")]
    assert catatan and all(p.endswith("target / realisasi x 100") for p in catatan)


def test_reviu_laporan_badan_tanpa_temuan_angka(tmp_path: Path) -> None:
    """With the polarity printed, reviu redoes the negatif capaian (8 on a target of 10:
    (2 x 10 - 8) / 10 x 100 = 120,00; 3 on 2: (4 - 3) / 2 x 100 = 50,00) and finds nothing,
    Polaritas included."""
    docx = _laporan(kantor.badan(tmp_path))
    sel, _ = _teks_tabel(docx)
    assert "120,00" in sel and "50,00" in sel
    xlsx = tmp_path / "temuan.xlsx"
    r = lakip("reviu", docx, "-o", xlsx)
    assert r.returncode == 0, r.stderr
    assert [t for t in temuan(xlsx) if t["Jenis"] in ANGKA] == []
