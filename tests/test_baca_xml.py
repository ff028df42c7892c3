"""The streaming XML reader gives exactly what openpyxl gives, on every kind of workbook."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import xlsxwriter

from lakip_xl.buku import baca_xml, xlsx
from lakip_xl.buku.sel import NilaiPersen, TanpaCache


def test_sama_dengan_openpyxl_pada_contoh(contoh_xlsx: Path) -> None:
    assert baca_xml.baca_grid(contoh_xlsx) == xlsx.baca_grid(contoh_xlsx)


def test_sama_dengan_openpyxl_pada_buatan_xlsxwriter(tmp_path: Path) -> None:
    p = tmp_path / "x.xlsx"
    wb = xlsxwriter.Workbook(str(p))
    ws = wb.add_worksheet("Data")
    persen = wb.add_format({"num_format": "0.00%"})
    tgl = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws.write("A1", "teks & <simbol> ünïcödé 中文")
    ws.write_number("B3", 0.7, persen)
    ws.write_datetime("C2", datetime.datetime(2020, 5, 17), tgl)
    ws.write_formula("D4", "=1/0", None, "#DIV/0!")
    ws.write_boolean("E1", True)
    ws.write_number("F9", 1234567.891)
    ws.write_rich_string("A5", "tebal ", wb.add_format({"bold": True}), "sekali")
    wb.add_worksheet("Kosong")
    wb.close()
    a = baca_xml.baca_grid(p)
    assert a == xlsx.baca_grid(p)
    assert a["Data"][0][0] == "teks & <simbol> ünïcödé 中文"
    assert a["Data"][2][1] == NilaiPersen(0.7)
    assert a["Data"][1][2] == datetime.datetime(2020, 5, 17)
    assert a["Data"][3][3] == "#DIV/0!"
    assert a["Data"][4][0] == "tebal sekali"
    assert a["Kosong"] == []


def test_rumus_tanpa_hasil_tersimpan(tmp_path: Path) -> None:
    p = tmp_path / "r.xlsx"
    wb = openpyxl.Workbook()
    wb.active["B2"] = "=5*2"
    wb.active["A1"] = 3
    wb.save(p)
    a = baca_xml.baca_grid(p)
    assert a == xlsx.baca_grid(p)
    assert a["Sheet"] == [[3], [None, TanpaCache("5*2")]]
