"""The quarterly documents (Form E.81, Rencana Aksi) from a blank workbook typed by hand.

Every expected number below is worked out by hand from the typed inputs:

- P-1 (Kegiatan A, Jumlah by default: satuan dokumen): quarters 2, 2, 2, 2, target 8, Renstra
  target 40, Renstra realisasi up to last year 24. TW II: 2 + 2 = 4 (12/7: 4/8 = 50,00 %),
  Renstra 24 + 4 = 28 of 40 = 70,00 %. TW IV: 8 (100,00 %), 24 + 8 = 32 of 40 = 80,00 %.
- P-2 (the program, Nilai Akhir by default: satuan %): 60, 75, 78, 82, target 80, Renstra
  target 90. TW II: 75 (93,75 %; Renstra 75/90 = 83,33 %). TW IV: 82 (102,50 %; 91,11 %).
- P-3 (Kegiatan B, Negatif, so Nilai Akhir): 12, 11, 10, 9, target 10, Renstra target 5,
  Profil formula (2T - R)/T. TW II: 11: (20 - 11)/10 = 90,00 %; Renstra (10 - 11)/5 < 0 ->
  0,00 %. TW IV: 9: 110,00 %; (10 - 9)/5 = 20,00 %.
- P-4 (Kegiatan B): no quarter filled: `*)` everywhere, not an error.
- P-5 (Kegiatan B, Rata-rata chosen): 6, 4, 5, 5, target 5: TW II (6 + 4)/2 = 5: 100,00 %.
- Rupiah: Kegiatan A anggaran 100.000.000, quarters 20, 30, 25, 20 million; Kegiatan B
  50.000.000, quarters 10, (empty), 15, 20 million. Program = A + B: anggaran 150.000.000;
  TW II 30 + 30 = 60.000.000 (40,00 %), Renstra 200 + 60 = 260 of 500 million = 52,00 %;
  TW IV 140.000.000 (93,33 %), 340 of 500 million = 68,00 %.
- Footer TW II: K 12/7 mean of 50; 93,75; 90; 100 = 83,44 (Tinggi, Permendagri 86/2017);
  K Renstra mean of 70; 83,33; 0 = 51,11 (Rendah; P-4 has no realisasi, P-5 no Renstra
  target); Rp 12/7 40,00 (Sangat Rendah), Rp Renstra 52,00 (Rendah).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import docx
import kantor
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT

from lakip_xl.calc.capaian import Polaritas
from lakip_xl.calc.triwulan import (
    SKALA_MONITORING,
    Akumulasi,
    akumulasi,
    akumulasi_bawaan,
    pita_monitoring,
    realisasi_renstra,
    triwulan_terlewat,
)

LAKIP = Path(sys.executable).with_name("lakip")
JT = 1_000_000

PROFIL = {
    "Nama Instansi": "Dinas Contoh",
    "Pemerintah Daerah": "Pemerintah Kabupaten Uji",
    "Nama Pimpinan": "BUDI SANTOSO",
    "Jabatan Pimpinan": "Kepala Dinas Contoh",
    "NIP Pimpinan": "19700101 199003 1 001",
    "Tempat dan Tanggal Laporan": "Pelaihari, Januari 2026",
    "Periode Renstra": "2021-2026",
    "Nama Kepala Bappeda": "SITI AMINAH",
    "NIP Kepala Bappeda": "19750505 200003 2 002",
}
_UMUM = {"Tingkat": "Eselon III / Administrator", "Penanggung Jawab": "Sekretaris"}
INDIKATOR = [
    {
        "Kode": "P-1",
        **_UMUM,
        "Sasaran": "Meningkatnya pelayanan",
        "Indikator Kinerja": "Jumlah dokumen perencanaan",
        "Satuan": "dokumen",
        "Polaritas": "Positif",
        "Target": 8,
        "Realisasi": 8,
        "Target Akhir Renstra": 40,
        "Realisasi Renstra s.d. Tahun Lalu": 24,
        **{f"Target TW {t}": 2 for t in ("I", "II", "III", "IV")},
        **{f"Realisasi TW {t}": 2 for t in ("I", "II", "III", "IV")},
        "Kode Anggaran": "1.1",
    },
    {
        "Kode": "P-2",
        **_UMUM,
        "Sasaran": "Meningkatnya pelayanan",
        "Indikator Kinerja": "Persentase layanan tepat waktu",
        "Satuan": "%",
        "Polaritas": "Positif",
        "Target": 80,
        "Realisasi": 82,
        "Target Akhir Renstra": 90,
        "Realisasi Renstra s.d. Tahun Lalu": 70,
        "Target TW I": 70,
        "Target TW II": 75,
        "Target TW III": 80,
        "Target TW IV": 80,
        "Realisasi TW I": 60,
        "Realisasi TW II": 75,
        "Realisasi TW III": 78,
        "Realisasi TW IV": 82,
        "Kode Anggaran": "1",
    },
    {
        "Kode": "P-3",
        **_UMUM,
        "Sasaran": "Meningkatnya pelayanan",
        "Indikator Kinerja": "Jumlah pengaduan layanan",
        "Satuan": "kasus",
        "Polaritas": "Negatif",
        "Target": 10,
        "Realisasi": 9,
        "Target Akhir Renstra": 5,
        "Target TW I": 12,
        "Target TW II": 10,
        "Target TW III": 10,
        "Target TW IV": 10,
        "Realisasi TW I": 12,
        "Realisasi TW II": 11,
        "Realisasi TW III": 10,
        "Realisasi TW IV": 9,
        "Kode Anggaran": "1.2",
    },
    {
        "Kode": "P-4",
        **_UMUM,
        "Sasaran": "Meningkatnya pelayanan",
        "Indikator Kinerja": "Jumlah peserta pelatihan",
        "Satuan": "orang",
        "Polaritas": "Positif",
        "Target": 100,
        "Target Akhir Renstra": 500,
        **{f"Target TW {t}": 25 for t in ("I", "II", "III", "IV")},
        "Kode Anggaran": "1.2",
    },
    {
        "Kode": "P-5",
        **_UMUM,
        "Sasaran": "Meningkatnya pelayanan",
        "Indikator Kinerja": "Lama penyelesaian izin",
        "Satuan": "hari",
        "Polaritas": "Positif",
        "Target": 5,
        "Realisasi": 5,
        "Akumulasi TW": "Rata-rata",
        **{f"Target TW {t}": 5 for t in ("I", "II", "III", "IV")},
        "Realisasi TW I": 6,
        "Realisasi TW II": 4,
        "Realisasi TW III": 5,
        "Realisasi TW IV": 5,
        "Kode Anggaran": "1.2",
    },
]
ANGGARAN = [
    {
        "Kode": "1",
        "Jenis": "Program",
        "Uraian": "Program Pelayanan",
        "Sasaran": "Meningkatnya pelayanan",
        "Penanggung Jawab": "Sekretariat",
        "Pagu Renstra": 500 * JT,
        "Realisasi Renstra s.d. Tahun Lalu": 200 * JT,
    },
    {
        "Kode": "1.1",
        "Jenis": "Kegiatan",
        "Uraian": "Kegiatan A",
        "Anggaran": 100 * JT,
        "Realisasi": 95 * JT,
        "Realisasi TW I": 20 * JT,
        "Realisasi TW II": 30 * JT,
        "Realisasi TW III": 25 * JT,
        "Realisasi TW IV": 20 * JT,
    },
    {
        "Kode": "1.2",
        "Jenis": "Kegiatan",
        "Uraian": "Kegiatan B",
        "Anggaran": 50 * JT,
        "Realisasi": 45 * JT,
        "Realisasi TW I": 10 * JT,
        "Realisasi TW III": 15 * JT,
        "Realisasi TW IV": 20 * JT,
    },
]
EVALUASI = [
    {
        "Triwulan": "II",
        "Faktor Pendorong": "Dukungan pimpinan",
        "Faktor Penghambat": "Anggaran terlambat cair",
        "Tindak Lanjut Triwulan Berikutnya": "Percepat pengadaan",
        "Tindak Lanjut Renja Berikutnya": "Jadwal kegiatan lebih awal",
    }
]

# 0-based columns of the E.81 sheet: K of form columns 5 ... 14 (Rp is the next column)
K = {5: 4, 6: 6, 7: 8, 8: 10, 9: 12, 10: 14, 11: 16, 12: 18, "12/7": 20, 13: 22, 14: 24}


def lakip(*argumen: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LAKIP), *map(str, argumen)], capture_output=True, text=True, timeout=300, check=False
    )


def _isi_tabel(ws, baris: list[dict]) -> None:
    kolom = {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(3, c).value}
    for i, data in enumerate(baris, start=4):
        for judul, v in data.items():
            ws.cell(i, kolom[judul], v)


def _isi_profil(ws, nilai: dict) -> None:
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, 1).value in nilai:
            ws.cell(r, 2, nilai[ws.cell(r, 1).value])


@pytest.fixture(scope="module")
def buku(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A blank `lakip baru` workbook typed the way staff fill it (openpyxl as the typist)."""
    path = tmp_path_factory.mktemp("tangan") / "Buku Dinas 2025.xlsx"
    p = lakip("baru", "-o", path, "--tahun", "2025", "--renstra", "2021-2026")
    assert p.returncode == 0, p.stderr
    wb = openpyxl.load_workbook(path)
    _isi_profil(wb["Profil"], PROFIL)
    _isi_tabel(
        wb["Perjanjian Kinerja"], [{"Penanggung Jawab": "Sekretaris", "Nama Pejabat": "ANI"}]
    )
    _isi_tabel(wb["Indikator"], INDIKATOR)
    _isi_tabel(wb["Anggaran"], ANGGARAN)
    _isi_tabel(wb["Evaluasi Triwulan"], EVALUASI)
    wb.save(path)
    return path


def _tubuh(path: Path) -> tuple[list[tuple], list[tuple]]:
    """The E.81 body rows (after the row numbering the columns 1 ... 16) and every row."""
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    i = next(n for n, r in enumerate(rows) if r[:4] == ("1", "2", "3", "4"))
    body = []
    for r in rows[i + 1 :]:
        if isinstance(r[0], str) and r[0].startswith("Rata-rata capaian"):
            break  # the footer
        body.append(r)
    return body, rows


@pytest.fixture(scope="module")
def e81_tw2(buku: Path) -> Path:
    keluar = buku.with_name("e81-tw2.xlsx")
    p = lakip("triwulan", buku, "--tw", "2", "-o", keluar)
    assert p.returncode == 0, p.stderr
    assert f"triwulan 2 dibuat: {keluar}" in p.stdout
    return keluar


# --- the rules --------------------------------------------------------------------------------


def test_akumulasi_per_jenis() -> None:
    assert akumulasi([2, 2, None, None], Akumulasi.JUMLAH, 2) == 4
    assert akumulasi([60, 75, 78, 82], Akumulasi.NILAI_AKHIR, 2) == 75
    assert akumulasi([6, 4, 5, 5], Akumulasi.RATA_RATA, 2) == 5
    assert akumulasi([None, None, 3, 3], Akumulasi.JUMLAH, 2) is None
    assert akumulasi([1, None, 4, None], Akumulasi.NILAI_AKHIR, 4) == 4
    assert realisasi_renstra(24, D(4), Akumulasi.JUMLAH) == 28
    assert realisasi_renstra(None, D(4), Akumulasi.JUMLAH) == 4
    assert realisasi_renstra(70, D(75), Akumulasi.NILAI_AKHIR) == 75
    assert triwulan_terlewat([1, None, 3, None]) == [2]
    assert triwulan_terlewat([None, None, None, None]) == []


def test_akumulasi_bawaan_menurut_satuan_dan_polaritas() -> None:
    assert akumulasi_bawaan("dokumen") is Akumulasi.JUMLAH
    assert akumulasi_bawaan("%") is Akumulasi.NILAI_AKHIR
    assert akumulasi_bawaan("Persen") is Akumulasi.NILAI_AKHIR
    assert akumulasi_bawaan("Indeks") is Akumulasi.NILAI_AKHIR
    assert akumulasi_bawaan("Nilai") is Akumulasi.NILAI_AKHIR
    assert akumulasi_bawaan("kasus", Polaritas.NEGATIF) is Akumulasi.NILAI_AKHIR


def test_pita_monitoring() -> None:
    assert [SKALA_MONITORING.kategori(x) for x in (100, "99.99", 75, "74.99", 55, "54.99")] == [
        "Sangat Berhasil",
        "Berhasil",
        "Berhasil",
        "Cukup Berhasil",
        "Cukup Berhasil",
        "Kurang Berhasil",
    ]
    assert pita_monitoring("").nama == SKALA_MONITORING.nama
    assert pita_monitoring("Permendagri 86/2017").kategori(90) == "Tinggi"
    with pytest.raises(ValueError, match="pita monitoring"):
        pita_monitoring("entah")


# --- E.81 from the hand-typed workbook --------------------------------------------------------


def test_e81_tw2_xlsx_angka(e81_tw2: Path) -> None:
    body, _ = _tubuh(e81_tw2)
    assert [r[2] for r in body] == [
        "1 Program Pelayanan",
        "1.1 Kegiatan A",
        "1.2 Kegiatan B",
        None,
        None,
    ]
    assert [r[3] for r in body] == [
        "Persentase layanan tepat waktu (%)",
        "Jumlah dokumen perencanaan (dokumen)",
        "Jumlah pengaduan layanan (kasus)",
        "Jumlah peserta pelatihan (orang)",
        "Lama penyelesaian izin (hari)",
    ]
    prog, a, b, p4, p5 = body
    assert (prog[0], prog[1], prog[26]) == ("1", "Meningkatnya pelayanan", "Sekretariat")
    # P-1, cumulative: 2 + 2 = 4; Renstra 24 + 4 = 28 of 40 = 70 %
    assert [a[K[c]] for c in (5, 6, 7, 8, 9, 10, 11, 12, "12/7", 13, 14)] == [
        40,
        24,
        8,
        2,
        2,
        None,
        None,
        4,
        50,
        28,
        70,
    ]
    # P-2, last value: 60 then 75 -> 75
    assert [prog[K[c]] for c in (8, 9, 12, "12/7", 13, 14)] == [60, 75, 75, 93.75, 75, 83.33]
    # P-3, Negatif with the Profil formula
    assert [b[K[c]] for c in (8, 9, 12, "12/7", 13, 14)] == [12, 11, 11, 90, 11, 0]
    # P-4, nothing filled: *) and no error
    assert [p4[K[c]] for c in (8, 9, 12, "12/7", 13, 14)] == ["*)"] * 6
    # P-5, Rata-rata: (6 + 4) / 2 = 5; no Renstra target: -
    assert [p5[K[c]] for c in (12, "12/7", 14)] == [5, 100, "-"]
    # Rupiah per kegiatan, and the program as their sum
    rp = [c + 1 for c in (K[5], K[6], K[7], K[8], K[9], K[12], K["12/7"], K[13], K[14])]
    assert [a[c] for c in rp] == [None, None, 100 * JT, 20 * JT, 30 * JT, 50 * JT, 50, 50 * JT, "-"]
    assert [b[c] for c in rp] == [None, None, 50 * JT, 10 * JT, "*)", 10 * JT, 20, 10 * JT, "-"]
    assert [prog[c] for c in rp] == [
        500 * JT,
        200 * JT,
        150 * JT,
        30 * JT,
        30 * JT,
        60 * JT,
        40,
        260 * JT,
        52,
    ]
    assert p4[K[7] + 1] is None  # a second indikator line carries no Rupiah


def test_e81_kepala_kaki_dan_format(e81_tw2: Path) -> None:
    wb = openpyxl.load_workbook(e81_tw2)
    ws = wb.active
    body, rows = _tubuh(e81_tw2)
    nomor = next(r for r in rows if r[:4] == ("1", "2", "3", "4"))
    tampak = [v for v in nomor if v is not None]
    assert tampak[:4] == ["1", "2", "3", "4"] and tampak[-2:] == ["15", "16"]
    assert "14 = 13/5 x 100" in tampak and "12/7 x 100" in tampak
    assert [v for v in rows[rows.index(nomor) - 1] if v] == ["K", "Rp"] * 11
    assert rows[0][0] == "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH"
    assert rows[2][0] == "Periode Pelaksanaan: Triwulan II (Januari s.d. Juni 2025)"
    kaki = {
        r[0]: r for r in rows if isinstance(r[0], str) and r[0][:1].isupper() and len(r[0]) > 20
    }
    rata = next(v for k, v in kaki.items() if k.startswith("Rata-rata capaian kinerja"))
    assert (rata[K["12/7"]], rata[K["12/7"] + 1], rata[K[14]], rata[K[14] + 1]) == (
        83.44,
        40,
        51.11,
        52,
    )
    predikat = next(v for k, v in kaki.items() if k.startswith("Predikat kinerja"))
    assert (predikat[K["12/7"]], predikat[K["12/7"] + 1], predikat[K[14]], predikat[K[14] + 1]) == (
        "Tinggi",
        "Sangat Rendah",
        "Rendah",
        "Rendah",
    )
    assert kaki["Faktor penghambat pencapaian kinerja"][4] == "Anggaran terlambat cair"
    assert kaki["Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya"][4] == (
        "Jadwal kegiatan lebih awal"
    )
    teks = [v for r in rows for v in r if isinstance(v, str)]
    for t in ("Disusun", "Dievaluasi", "SITI AMINAH", "NIP. 19750505 200003 2 002", "BUDI SANTOSO"):
        assert t in teks
    assert "Kepala Bappeda Kabupaten Uji" in teks
    # numbers are numbers with grouped formats; the page is landscape, fitted to the width
    a = body[1]
    baris_a = next(r for r in ws.iter_rows() if r[2].value == "1.1 Kegiatan A")
    assert baris_a[K[7] + 1].number_format == "#,##0" and a[K[7] + 1] == 100 * JT
    assert baris_a[K[14]].number_format == "#,##0.00"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows


def test_e81_tw4_docx_dibaca_python_docx(buku: Path) -> None:
    keluar = buku.with_name("e81-tw4.docx")
    p = lakip("triwulan", buku, "--tw", "4", "-o", keluar)
    assert p.returncode == 0, p.stderr
    d = docx.Document(str(keluar))
    s = d.sections[0]
    assert s.orientation == WD_ORIENT.LANDSCAPE and s.page_width > s.page_height
    t = d.tables[0]

    def baris(awal: str) -> list[str]:
        return [c.text for c in next(r for r in t.rows if r.cells[2].text.startswith(awal)).cells]

    prog, a, b = baris("1 Program"), baris("1.1 Kegiatan A"), baris("1.2 Kegiatan B")
    assert [a[K[c]] for c in (12, "12/7", 13, 14)] == ["8", "100,00", "32", "80,00"]
    assert [prog[K[c]] for c in (11, 12, "12/7", 13, 14)] == ["82", "82", "102,50", "82", "91,11"]
    assert [b[K[c]] for c in (12, "12/7", 14)] == ["9", "110,00", "20,00"]
    assert [prog[K[c] + 1] for c in (10, 11, 12, "12/7", 13, 14)] == [
        "40.000.000",
        "40.000.000",
        "140.000.000",
        "93,33",
        "340.000.000",
        "68,00",
    ]
    assert b[K[9] + 1] == "*)"  # Kegiatan B left TW II empty
    ttd = "\n".join(c.text for c in d.tables[1].rows[0].cells)
    assert "Dievaluasi" in ttd and "SITI AMINAH" in ttd and "NIP. 19750505 200003 2 002" in ttd


def test_e81_pdf_dilihat(buku: Path, tmp_path: Path) -> None:
    from lakip_xl.libreoffice.konversi import ke_pdf

    keluar = tmp_path / "e81.docx"
    assert lakip("triwulan", buku, "--tw", "2", "-o", keluar).returncode == 0
    pdf = ke_pdf(keluar, tmp_path / "e81.pdf", perbarui_indeks=False)
    teks = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for t in ("EVALUASI TERHADAP HASIL RENJA", "70,00", "93,75", "60.000.000", "SITI AMINAH"):
        assert t in teks
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    lebar, tinggi = map(float, info.split("Page size:")[1].split("pts")[0].split(" x "))
    assert lebar > tinggi  # landscape
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "hal")],
        check=True,
    )
    assert (tmp_path / "hal-1.png").stat().st_size > 5_000


# --- Rencana Aksi -------------------------------------------------------------------------------


def test_rencana_aksi_docx_dan_xlsx(buku: Path) -> None:
    keluar = buku.with_name("ra.xlsx")
    p = lakip("rencana-aksi", buku, "--tw", "2", "-o", keluar)
    assert p.returncode == 0, p.stderr
    ws = openpyxl.load_workbook(keluar).active
    rows = {r[2]: r for r in ws.iter_rows(values_only=True) if r[2]}
    # target TW I-IV, realisasi TW I-II, capaian TW I-II, realisasi s.d. TW II, capaian of the
    # year, monitoring band (default: wp-eval-sakip)
    p1 = rows["Jumlah dokumen perencanaan"]
    assert p1[5:9] == (2, 2, 2, 2) and p1[9:13] == (2, 2, None, None)
    assert p1[13:20] == (100, 100, None, None, 4, 50, "Sangat Berhasil")
    p2 = rows["Persentase layanan tepat waktu"]
    assert p2[13:20] == (85.71, 100, None, None, 75, 93.75, "Sangat Berhasil")
    p3 = rows["Jumlah pengaduan layanan"]  # Negatif: (24 - 12)/12, (20 - 11)/10
    assert p3[13:20] == (100, 90, None, None, 11, 90, "Berhasil")
    p4 = rows["Jumlah peserta pelatihan"]
    assert p4[9:20] == ("*)", "*)", None, None, "*)", "*)", None, None, "*)", "*)", "*)")
    p5 = rows["Lama penyelesaian izin"]  # 6/5, then mean 5 of mean 5
    assert p5[13:20] == (120, 100, None, None, 5, 100, "Sangat Berhasil")
    assert any(r[0] == "Penanggung Jawab: Sekretaris - ANI" for r in ws.iter_rows(values_only=True))
    keluar = buku.with_name("ra.docx")
    assert lakip("rencana-aksi", buku, "-o", keluar).returncode == 0  # the last quarter: IV
    d = docx.Document(str(keluar))
    assert d.sections[0].orientation == WD_ORIENT.LANDSCAPE
    t = d.tables[0]
    r = next(r for r in t.rows if r.cells[2].text == "Jumlah pengaduan layanan")
    assert [c.text for c in r.cells][13:20] == [
        "100,00",
        "90,00",
        "100,00",
        "110,00",
        "9",
        "110,00",
        "Sangat Berhasil",
    ]


# --- the workbook: periksa, the grey column, the CLI's edges -------------------------------------


def test_kolom_akumulasi_berlaku_dan_periksa(buku: Path, tmp_path: Path) -> None:
    salinan = tmp_path / "hitung.xlsx"
    shutil.copyfile(buku, salinan)
    p = lakip("hitung", salinan, "--tanpa-cadangan")
    assert p.returncode == 0, p.stderr
    ws = openpyxl.load_workbook(salinan)["Indikator"]
    kolom = {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1)}
    berlaku = [ws.cell(r, kolom["Akumulasi TW Berlaku"]).value for r in range(4, 9)]
    assert berlaku == [
        "Jumlah (bawaan)",
        "Nilai Akhir (bawaan)",
        "Nilai Akhir (bawaan)",
        "Jumlah (bawaan)",
        "Rata-rata",
    ]
    p = lakip("periksa", buku)
    assert p.returncode == 0, p.stdout
    wa = openpyxl.load_workbook(buku)["Anggaran"]
    ka = {wa.cell(3, c).value: c for c in range(1, wa.max_column + 1)}
    sel = f"{openpyxl.utils.get_column_letter(ka['Realisasi TW II'])}6"
    assert (
        f"Sheet 'Anggaran' sel {sel}: Realisasi TW II kosong padahal triwulan sesudahnya"
        in p.stdout
    )
    # the one peringatan about the quarters; the others are the PK's missing names (lakip pk)
    lain = [x for x in p.stdout.splitlines() if "Peringatan" in x and "Perjanjian Kinerja" not in x]
    assert len(lain) == 1, p.stdout


def test_periksa_triwulan_salah(buku: Path, tmp_path: Path) -> None:
    salah = tmp_path / "triwulan-salah.xlsx"
    wb = openpyxl.load_workbook(buku)
    wi, wa = wb["Indikator"], wb["Anggaran"]
    ki = {wi.cell(3, c).value: c for c in range(1, wi.max_column + 1)}
    ka = {wa.cell(3, c).value: c for c in range(1, wa.max_column + 1)}
    wi.cell(4, ki["Realisasi"], 7)  # quarters add up to 8
    wi.cell(5, ki["Realisasi TW III"], "tujuh puluh")
    wa.cell(6, ka["Realisasi TW IV"], 30 * JT)  # 10 + 15 + 30 > 50 million
    wb.save(salah)
    huruf = openpyxl.utils.get_column_letter
    p = lakip("periksa", salah)
    assert p.returncode == 1
    assert (
        f"sel {huruf(ki['Realisasi'])}4: Realisasi 7 berbeda dengan akumulasi triwulannya "
        "(Jumlah: 8)" in p.stdout
    )
    assert (
        f"GALAT - Sheet 'Indikator' sel {huruf(ki['Realisasi TW III'])}5: kolom 'Realisasi TW III'"
        in p.stdout
    )
    assert (
        f"GALAT - Sheet 'Anggaran' sel {huruf(ka['Realisasi TW IV'])}6: jumlah Realisasi TW "
        "'Kegiatan B' 55.000.000 melebihi anggarannya 50.000.000" in p.stdout
    )
    assert "berbeda dengan jumlah Realisasi TW I-IV 55.000.000" in p.stdout
    p = lakip("triwulan", salah, "--tw", "2", "-o", tmp_path / "x.xlsx")
    assert p.returncode == 1 and "galat" in p.stderr and not (tmp_path / "x.xlsx").exists()
    assert (
        lakip("triwulan", salah, "--tw", "2", "-o", tmp_path / "x.xlsx", "--paksa").returncode == 0
    )


def test_cli_nama_bawaan_timpa_dan_argumen_salah(buku: Path, tmp_path: Path) -> None:
    salinan = tmp_path / "Buku.xlsx"
    shutil.copyfile(buku, salinan)
    p = lakip("triwulan", salinan)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "evaluasi-renja-tw4-Buku.xlsx").is_file()  # the last filled quarter
    p = lakip("triwulan", salinan)
    assert p.returncode == 1 and "--timpa" in p.stderr
    assert lakip("triwulan", salinan, "--timpa").returncode == 0
    assert lakip("rencana-aksi", salinan).returncode == 0
    assert (tmp_path / "rencana-aksi-Buku.docx").is_file()
    p = lakip("triwulan", salinan, "--tw", "5")
    assert p.returncode == 2 and "tidak sah" in p.stderr
    p = lakip("triwulan", salinan, "-o", tmp_path / "x.pdf")
    assert p.returncode == 1 and "harus berakhiran .xlsx atau .docx" in p.stderr
    assert "Traceback" not in p.stderr


# --- the sample ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def contoh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return kantor.contoh(tmp_path_factory.mktemp("contoh-tw") / "contoh.xlsx")


@pytest.mark.parametrize("akhiran", ["xlsx", "docx"])
def test_contoh_tw2_dan_tw4(contoh: Path, akhiran: str) -> None:
    """The sample's quarters are made up (marked so in contoh/data.py and its Evaluasi
    Triwulan text) by a stated rule: each kegiatan spends 20/25/25/30 % of the seed's annual
    realisasi. Program I: kegiatan realisasi 109.189.835, 90.026.929 and 215.313.360; by TW II
    45 % of each, rounded: 49.135.426 + 40.512.118 + 96.891.012 = 186.538.556 of 434.542.010
    = 42,93 %; by TW IV the seed's 414.530.124 = 95,39 %."""
    harap = {2: ("186.538.556", "42,93"), 4: ("414.530.124", "95,39")}
    for tw, (rp, persen) in harap.items():
        keluar = contoh.with_name(f"e81-{tw}.{akhiran}")
        p = lakip("triwulan", contoh, "--tw", str(tw), "-o", keluar)
        assert p.returncode == 0, p.stderr
        if akhiran == "xlsx":
            body, _ = _tubuh(keluar)
            prog = next(r for r in body if r[2] == "I Program Pelayanan Administrasi Perkantoran")
            assert prog[K[7] + 1] == 434542010
            assert prog[K[12] + 1] == int(rp.replace(".", ""))
            assert prog[K["12/7"] + 1] == float(persen.replace(",", "."))
            sakip = next(r for r in body if r[3] == "Nilai SAKIP Kecamatan (Nilai)")
            assert sakip[K[12]] == "*)"  # no realisasi yet in the seed
        else:
            t = docx.Document(str(keluar)).tables[0]
            prog = next(r for r in t.rows if r.cells[2].text.startswith("I Program Pelayanan"))
            sel = [c.text for c in prog.cells]
            assert (sel[K[12] + 1], sel[K["12/7"] + 1]) == (rp, persen)
    keluar = contoh.with_name(f"ra.{akhiran}")
    assert lakip("rencana-aksi", contoh, "-o", keluar).returncode == 0
    assert keluar.stat().st_size > 5_000


def test_negatif_dengan_rumus_profil_lain(buku: Path, tmp_path: Path) -> None:
    """Profil 'Target / Realisasi': P-3 at TW II is 10/11 = 90,91 % of the Renja target and
    5/11 = 45,45 % of the Renstra target, in every quarter the same formula."""
    salinan = tmp_path / "kebalikan.xlsx"
    wb = openpyxl.load_workbook(buku)
    _isi_profil(wb["Profil"], {"Rumus Polaritas Negatif": "Target / Realisasi"})
    wb.save(salinan)
    keluar = tmp_path / "e81.xlsx"
    assert lakip("triwulan", salinan, "--tw", "2", "-o", keluar).returncode == 0
    b = next(r for r in _tubuh(keluar)[0] if r[2] == "1.2 Kegiatan B")
    assert (b[K[12]], b[K["12/7"]], b[K[14]]) == (11, 90.91, 45.45)
    keluar = tmp_path / "ra.xlsx"
    assert lakip("rencana-aksi", salinan, "--tw", "2", "-o", keluar).returncode == 0
    ws = openpyxl.load_workbook(keluar).active
    p3 = next(r for r in ws.iter_rows(values_only=True) if r[2] == "Jumlah pengaduan layanan")
    assert p3[13:15] == (100, 90.91)  # 12/12, then 10/11


def test_sub_kegiatan_dijumlah_ke_kegiatan_dan_program(tmp_path: Path) -> None:
    """Sub kegiatan rows: TW I 2 + 3 = 5 million on the kegiatan and the program; the
    indikator naming a sub kegiatan sits on its row."""
    path = tmp_path / "sub.xlsx"
    assert lakip("baru", "-o", path, "--tahun", "2025").returncode == 0
    wb = openpyxl.load_workbook(path)
    _isi_profil(wb["Profil"], {"Nama Instansi": "Dinas Uji"})
    _isi_tabel(
        wb["Anggaran"],
        [
            {"Kode": "P", "Jenis": "Program", "Uraian": "Program X"},
            {"Kode": "K", "Jenis": "Kegiatan", "Uraian": "Kegiatan Y"},
            {"Kode": "S1", "Jenis": "Sub Kegiatan", "Uraian": "Sub 1", "Anggaran": 10 * JT,
             "Realisasi TW I": 2 * JT},
            {"Kode": "S2", "Jenis": "Sub Kegiatan", "Uraian": "Sub 2", "Anggaran": 20 * JT,
             "Realisasi TW I": 3 * JT},
        ],
    )  # fmt: skip
    _isi_tabel(
        wb["Indikator"],
        [{"Kode": "X-1", "Indikator Kinerja": "Jumlah desa", "Satuan": "desa", "Target": 4,
          "Realisasi TW I": 1, "Kode Anggaran": "S2"}],
    )  # fmt: skip
    wb.save(path)
    keluar = tmp_path / "e81.xlsx"
    p = lakip("triwulan", path, "--tw", "1", "-o", keluar)
    assert p.returncode == 0, p.stderr
    body, _ = _tubuh(keluar)
    rp = [(r[2], r[K[7] + 1], r[K[8] + 1], r[K["12/7"] + 1]) for r in body]
    assert rp == [
        ("P Program X", 30 * JT, 5 * JT, 16.67),
        ("K Kegiatan Y", 30 * JT, 5 * JT, 16.67),
        ("S1 Sub 1", 10 * JT, 2 * JT, 20),
        ("S2 Sub 2", 20 * JT, 3 * JT, 15),
    ]
    assert (body[3][3], body[3][K[12]], body[3][K["12/7"]]) == ("Jumlah desa (desa)", 1, 25)
