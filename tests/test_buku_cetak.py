"""Every sheet of the workbook prints for the Kepala's signature: landscape, one page wide, the
header row on every page, the sheet's name and page number in the footer; `hitung` and
`renstra` keep that setup."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import kantor
import openpyxl
import pytest

from lakip_xl import cli
from lakip_xl.buku import layout as L

AKAR = Path(__file__).resolve().parents[1]


def _lakip(*argumen: object) -> None:
    assert cli.main([str(a) for a in argumen]) == 0, argumen


@pytest.fixture(scope="module")
def buku(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A blank workbook, the sample, a Badan typed into a blank one and computed by `hitung`
    (its computed cells written into the XML), and the `renstra` copies of both."""
    d = tmp_path_factory.mktemp("cetak")
    f = {"baru": d / "baru.xlsx", "contoh": d / "contoh.xlsx", "xlsm": d / "baru.xlsm"}
    _lakip("baru", "-o", f["baru"], "--tahun", 2025)
    _lakip("baru", "-o", f["xlsm"], "--tahun", 2025)
    shutil.copy(AKAR / "workbook" / "contoh-panyipatan-2020.xlsx", f["contoh"])
    f["hitung"] = kantor.badan(d)
    _lakip("hitung", f["hitung"])
    _lakip("renstra", f["hitung"], "--periode", "2025-2029")
    f["renstra"] = f["hitung"].with_name(f"{f['hitung'].stem}-renstra-2025-2029.xlsx")
    _lakip("renstra", f["contoh"], "--periode", "2021-2026")
    f["renstra-contoh"] = d / "contoh-renstra-2021-2026.xlsx"
    return f


def _baris_judul(nama: str) -> int:
    """The header row of a sheet, from the layout (extra tables: row 4, under Judul/Bagian)."""
    if nama.startswith(L.TABEL_TAMBAHAN_AWALAN):
        return 4
    return L.lembar(nama).baris_judul


@pytest.mark.parametrize("nama", ["baru", "xlsm", "contoh", "hitung", "renstra", "renstra-contoh"])
def test_setiap_sheet_siap_cetak(buku: dict[str, Path], nama: str) -> None:
    wb = openpyxl.load_workbook(buku[nama])
    assert len(wb.worksheets) >= len(L.LEMBAR)
    for ws in wb.worksheets:
        if ws.title == "Petunjuk":
            assert ws.print_title_rows is None
        else:
            hb = _baris_judul(ws.title)
            assert ws.print_title_rows == f"${hb}:${hb}", ws.title
        ps = ws.page_setup
        assert (ps.orientation, int(ps.paperSize), ps.fitToWidth, ps.fitToHeight) == (
            "landscape", 9, 1, 0,
        ), ws.title  # fmt: skip
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.oddFooter.left.text == "&A" and ws.oddFooter.right.text == "Halaman &P"


def test_hitung_benar_benar_menulis(buku: dict[str, Path]) -> None:
    """The `hitung` case above is a file `hitung` rewrote (its computed cells filled)."""
    wb = openpyxl.load_workbook(buku["hitung"], data_only=True)
    ws = wb["Indikator"]
    kepala = [c.value for c in ws[3]]
    kolom = kepala.index("Capaian (%)")
    assert any(r[kolom] is not None for r in ws.iter_rows(min_row=4, values_only=True))
    with zipfile.ZipFile(buku["hitung"]) as z:
        assert "_xlnm.Print_Titles" in z.read("xl/workbook.xml").decode()


def _pdf(xlsx: Path, folder: Path) -> Path:
    """The workbook printed to PDF by LibreOffice Calc (a profile of its own, so runs beside
    another soffice do not wait on each other)."""
    profil = (folder / "profil-lo").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profil}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(xlsx)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return folder / f"{xlsx.stem}.pdf"


@pytest.mark.lo
def test_pdf_selebar_satu_halaman(buku: dict[str, Path], tmp_path: Path) -> None:
    """The sample printed by LibreOffice: landscape pages, each with its sheet's name and
    page number in the footer, every sheet printed, and every page of a sheet showing the
    whole header row (every word of every column's header): the sheet is one page wide."""
    pdf = _pdf(buku["contoh"], tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    lebar, tinggi = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert lebar > tinggi
    jumlah = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    wb = openpyxl.load_workbook(buku["contoh"])
    kata_kepala = {
        ws.title: {
            k
            for c in ws[_baris_judul(ws.title)]
            if c.value
            for k in str(c.value).split()
        }
        for ws in wb.worksheets
        if ws.title != "Petunjuk"
    }
    dicetak: dict[str, int] = {}
    for hal in range(1, jumlah + 1):
        teks = subprocess.run(
            ["pdftotext", "-f", str(hal), "-l", str(hal), "-layout", str(pdf), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        baris = [b for b in teks.splitlines() if b.strip()]
        m = re.fullmatch(r"(.+?) +Halaman (\d+)", baris[-1].strip())
        assert m, (hal, baris[-1])
        sheet = m.group(1)
        assert int(m.group(2)) == hal
        dicetak[sheet] = dicetak.get(sheet, 0) + 1
        if sheet in kata_kepala:
            kurang = kata_kepala[sheet] - set(" ".join(baris[:-1]).split())
            assert not kurang, (hal, sheet, kurang)
    assert set(dicetak) == {ws.title for ws in wb.worksheets}
    assert dicetak["Indikator"] == 1  # 24 indikator rows: one landscape page, not 3 columns each
