"""Details a reader of the report sees: the lists of contents and tables, the Misi table, the
name under the signature."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import kantor
import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm
from test_laporan_halaman import baca_pdf, laporan

from lakip_xl import operasi
from lakip_xl.laporan.isian import nama_kapital
from lakip_xl.laporan.konteks import bangun
from lakip_xl.laporan.templat import TEMPLAT_BAWAAN

AKAR = Path(__file__).resolve().parents[1]
NOMOR = r"(?<![A-Za-z])(\d+|[ivxlc]+)"  # a page number, Arabic or (front matter) Roman


@pytest.fixture(scope="module")
def contoh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("rincian") / "contoh.xlsx"
    shutil.copy(AKAR / "workbook" / "contoh-panyipatan-2020.xlsx", p)
    return laporan(p)


def _halaman_daftar(pdf: Path, judul: str) -> list[list[str]]:
    """The text lines of each page of one list (DAFTAR ISI, DAFTAR TABEL), in order."""
    hal = baca_pdf(pdf)
    mulai = next(i for i, h in enumerate(hal) if h.baris and h.baris[0].teks == judul)
    hasil = [[b.teks for b in hal[mulai].baris[1:]]]
    for h in hal[mulai + 1 :]:
        if not h.baris or h.baris[0].teks.startswith("DAFTAR"):
            break
        hasil.append([b.teks for b in h.baris])
    return hasil


@pytest.mark.lo
def test_daftar_tabel_nomor_halaman_setelah_titik(contoh: Path) -> None:
    """Every entry of the Daftar Tabel ends in a dot leader and its page number: a caption
    that fills its line wraps instead of running into the number ('... Tahun 202041')."""
    baris = [b for h in _halaman_daftar(contoh.with_suffix(".pdf"), "DAFTAR TABEL") for b in h]
    entri: list[list[str]] = []
    for b in baris:  # an entry starts with its caption's number and may wrap
        if re.match(r"Tabel \d+\. ", b):
            entri.append([b])
        elif entri:
            entri[-1].append(b)
    assert len(entri) >= 30 and baris[0].startswith("Tabel 1. ")
    leader = rf"\S(?: ?\.){{3,}}\s*{NOMOR}$"  # pdftotext may space the dots
    for e in entri:
        assert re.search(leader, e[-1]), e
        assert not any(re.search(leader, x) for x in e[:-1]), e


@pytest.mark.lo
def test_daftar_isi_tidak_menyisakan_baris_sendiri(contoh: Path) -> None:
    """The Daftar Isi does not leave its last lines alone on a page of their own: the
    sample's 30 entries, single-spaced 12 pt lines 3 pt apart (about 17 pt each, 520 pt in
    all), fit the 23,7 cm (672 pt) of one page under its heading."""
    hal = _halaman_daftar(contoh.with_suffix(".pdf"), "DAFTAR ISI")
    entri = [[b for b in h if re.search(rf"(?: ?\.){{3,}}\s*{NOMOR}$", b)] for h in hal]
    assert sum(map(len, entri)) >= 30
    assert len(entri) == 1, [len(e) for e in entri]


def test_gaya_daftar_di_templat() -> None:
    """Word's list styles (toc 1-3, table of figures) and LibreOffice's (Figure Index 1):
    left-aligned, a right tab with dot leader at the right margin (14 cm of text), the text
    kept 1 cm short of it."""
    d = Document(str(TEMPLAT_BAWAAN))
    for nama in ("toc 1", "toc 2", "toc 3", "table of figures", "Figure Index 1"):
        st = next(s for s in d.styles if s.name == nama)
        pf = st.paragraph_format
        assert pf.alignment == WD_ALIGN_PARAGRAPH.LEFT
        assert abs(pf.right_indent - Cm(1)) < Cm(0.01)  # 567 twips
        (tab,) = list(pf.tab_stops)
        assert tab.alignment == WD_TAB_ALIGNMENT.RIGHT and tab.leader == WD_TAB_LEADER.DOTS
        assert abs(tab.position - Cm(21 - 4 - 3)) < Cm(0.01)


def _misi(folder: Path, baris: list[dict[str, object]]):
    p = kantor.isi(
        kantor.kosong(folder / "misi.xlsx", 2024), {"Nama Instansi": "Dinas Uji"}, {"Misi": baris}
    )
    return bangun(operasi.hitung_buku(p), folder).data["tabel"]["misi"]


def test_misi_tanpa_kolom_uraian_kosong(tmp_path: Path) -> None:
    """Misi typed without any Uraian: the table has no empty Uraian column; once a row has
    one, the column is there (empty for the rows without)."""
    misi = _misi(tmp_path, [{"No": 1, "Misi": "Misi pertama"}, {"No": 2, "Misi": "Misi kedua"}])
    assert [s.teks for s in misi.kepala[0]] == ["No", "Misi"]
    assert all(len(b) == 2 for b in misi.baris) and len(misi.lebar) == 2
    (tmp_path / "misi.xlsx").unlink()
    misi = _misi(
        tmp_path,
        [{"No": 1, "Misi": "Misi pertama", "Uraian": "Uraian misi pertama"},
         {"No": 2, "Misi": "Misi kedua"}],
    )  # fmt: skip
    assert [s.teks for s in misi.kepala[0]] == ["No", "Misi", "Uraian"]
    assert [b[2].teks for b in misi.baris] == ["Uraian misi pertama", ""]


@pytest.mark.parametrize(
    ("ketik", "tercetak"),
    [
        ("Ir. Rahmat Hidayat, M.Si", "Ir. RAHMAT HIDAYAT, M.Si"),
        ("Budi Santoso, S.STP, M.Si", "BUDI SANTOSO, S.STP, M.Si"),
        ("Dra. Siti Aminah, M.AP", "Dra. SITI AMINAH, M.AP"),
        ("Dr. H. Muhammad Syahputra, S.Sos., M.Si.", "Dr. H. MUHAMMAD SYAHPUTRA, S.Sos., M.Si."),
        ("Hj. Nor Aida, S.E.", "Hj. NOR AIDA, S.E."),
        ("AGUS SETIYO, SSTP, MM", "AGUS SETIYO, SSTP, MM"),
        ("siti rahmah", "SITI RAHMAH"),
    ],
)
def test_nama_kapital_gelar_tetap(ketik: str, tercetak: str) -> None:
    assert nama_kapital(ketik) == tercetak


def test_nama_di_tanda_tangan_laporan(tmp_path: Path) -> None:
    """The Dinas's Kepala typed as 'Ir. Rahmat Hidayat, M.Si' signs as 'Ir. RAHMAT HIDAYAT,
    M.Si' (never 'M.SI')."""
    buku = kantor.dinas(tmp_path)
    docx = tmp_path / "laporan.docx"
    from lakip_xl import cli

    assert cli.main(["laporan", str(buku), "-o", str(docx)]) == 0
    ttd = [p.text for p in Document(str(docx)).paragraphs if p.style.style_id == "TandaTangan"]
    assert "Ir. RAHMAT HIDAYAT, M.Si" in ttd
    assert not any("M.SI" in t for t in ttd)
