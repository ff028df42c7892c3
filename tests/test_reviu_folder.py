"""`lakip reviu FOLDER`: every LKj of a folder (our own reports as .docx and PDF, LKj not made
by lakip, a damaged file, an old .doc) in one kertas kerja: a summary row per document whose
counts and Prakiraan are that document's own single reviu, every finding naming its file, the
unreadable ones listed with their reason, a progress line per file, Ctrl-C stopping cleanly."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import kantor
import openpyxl
import pytest
from lkj_korpus import KECAMATAN, KELURAHAN, RSUD, bangun_docx
from ooxml_sah import pelanggaran
from test_reviu import lakip

from lakip_xl.libreoffice import konversi as office
from lakip_xl.reviu.inti import reviu
from lakip_xl.reviu.periksa_kelengkapan import skor
from lakip_xl.reviu.temuan import JENIS

DIBACA = (
    "kecamatan-sukamaju-2024.docx",
    "kelurahan-panjang-2024.pdf",
    "laporan-bidang.docx",
    "laporan-dinas.docx",
    "laporan-dinas.pdf",
    "rsud-kuala-kapuas-2024.docx",
)
RUSAK = ("dokumen-lama.doc", "laporan-sandi.docx", "pindaian.pdf", "rusak.docx")
SEMUA = len(DIBACA) + len(RUSAK)


def _laporan(buku: Path, keluar: Path, *lain: str) -> Path:
    r = lakip("laporan", buku, "-o", keluar, *lain)
    assert r.returncode == 0, r.stderr
    return keluar


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two of our reports (the Dinas as .docx and its PDF, the provincial Bidang as .docx),
    three LKj not made by lakip (two .docx, one PDF), a .docx cut off in the middle, a
    password-protected .docx, a scanned PDF (pages of images), an old .doc; and what is no
    document: Word's lock file, a text note, a subfolder."""
    bahan = tmp_path_factory.mktemp("bahan")
    lkj = tmp_path_factory.mktemp("lkj-2024")
    _laporan(kantor.dinas(bahan), lkj / "laporan-dinas.docx", "--pdf")
    _laporan(kantor.bidang(bahan), lkj / "laporan-bidang.docx")
    for k in (KECAMATAN, RSUD):
        bangun_docx(k, lkj / f"{k.nama}.docx")
    kel = bangun_docx(KELURAHAN, bahan / f"{KELURAHAN.nama}.docx")
    office.ke_pdf(kel, lkj / f"{KELURAHAN.nama}.pdf", perbarui_indeks=False)
    isi = (lkj / "laporan-bidang.docx").read_bytes()
    (lkj / "rusak.docx").write_bytes(isi[: len(isi) // 2])
    from msoffcrypto.format.ooxml import OOXMLFile
    from PIL import Image, ImageDraw

    with (
        (lkj / "laporan-bidang.docx").open("rb") as masuk,
        (lkj / "laporan-sandi.docx").open("wb") as keluar,
    ):
        OOXMLFile(masuk).encrypt("rahasia", keluar)
    halaman = [Image.new("RGB", (620, 877), "white") for _ in range(2)]
    for i, im in enumerate(halaman):
        ImageDraw.Draw(im).text((80, 100), f"BAB {i + 1} LAPORAN KINERJA", fill="black")
    halaman[0].save(lkj / "pindaian.pdf", save_all=True, append_images=halaman[1:])
    (lkj / "dokumen-lama.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (lkj / "~$laporan-dinas.docx").write_bytes(b"\x0bpenyunting")
    (lkj / "catatan.txt").write_text("bukan laporan\n")
    (lkj / "arsip").mkdir()
    shutil.copyfile(lkj / "laporan-dinas.docx", lkj / "arsip" / "laporan-2023.docx")
    return lkj


@pytest.fixture(scope="module")
def hasil(folder: Path, tmp_path_factory: pytest.TempPathFactory):
    keluar = tmp_path_factory.mktemp("keluar") / "reviu-2024.xlsx"
    r = lakip("reviu", folder, "-o", keluar)
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(keluar, read_only=True)
    lembar = {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb}
    wb.close()
    return keluar, r, lembar


def test_ringkasan_sama_dengan_reviu_satu_per_satu(folder: Path, hasil) -> None:
    """Each document's row: its counts per family and its Prakiraan are those of `reviu` on
    that file alone."""
    _, _, lembar = hasil
    kepala, *baris = lembar["Ringkasan"]
    assert kepala == (
        "No",
        "Berkas",
        "Instansi",
        "Tahun",
        *JENIS,
        "Jumlah Temuan",
        "Prakiraan Pelaporan (dari 7,50)",
        "Keterangan",
    )
    per = {r[1]: r for r in baris if r[0]}
    assert sorted(per) == sorted(DIBACA + RUSAK)
    assert [r[1] for r in baris if r[0]] == sorted(DIBACA + RUSAK)  # by name
    for nama in DIBACA:
        sendiri = reviu(folder / nama)
        n = Counter(t.jenis for t in sendiri.temuan)
        r = per[nama]
        assert r[4:11] == tuple(n.get(j, 0) for j in JENIS), nama
        assert r[11] == len(sendiri.temuan), nama
        assert r[12] == float(skor(sendiri.prakiraan)[2]), nama
        assert r[3] == 2024, nama
    # the office as the report names itself
    assert per["laporan-dinas.docx"][2] == per["laporan-dinas.pdf"][2]
    assert per["laporan-dinas.docx"][2].startswith("Dinas Ketahanan Pangan")
    assert per["kecamatan-sukamaju-2024.docx"][2].casefold().startswith("kecamatan sukamaju")
    # one document, one verdict: the Dinas's .docx and its PDF
    assert per["laporan-dinas.docx"][4:13] == per["laporan-dinas.pdf"][4:13]
    # the Jumlah row adds up the documents read
    jumlah = baris[-1]
    assert jumlah[1] == "Jumlah" and jumlah[2] == f"{len(DIBACA)} dari {SEMUA} dokumen terbaca"
    assert jumlah[4:12] == tuple(sum(per[d][c] for d in DIBACA) for c in range(4, 12))


def test_berkas_rusak_disebut_dengan_sebabnya(hasil) -> None:
    _, r, lembar = hasil
    per = {b[1]: b for b in lembar["Ringkasan"][1:] if b[0]}
    rusak = per["rusak.docx"]
    assert rusak[4:13] == (None,) * 9
    assert rusak[13].startswith("Tidak dapat dibaca: Berkas 'rusak.docx' tidak dapat dibaca")
    assert "Word lama (.doc)" in per["dokumen-lama.doc"][13]
    assert "dilindungi kata sandi" in per["laporan-sandi.docx"][13]
    assert "tidak memuat teks (hasil pindaian/gambar)" in per["pindaian.pdf"][13]
    assert (
        "Tidak dapat dibaca (4): dokumen-lama.doc, laporan-sandi.docx, pindaian.pdf, rusak.docx"
    ) in r.stdout
    assert "Traceback" not in r.stderr


def test_temuan_semua_dokumen_menyebut_berkasnya(folder: Path, hasil) -> None:
    """The Temuan sheet holds every finding of every document read, in its own order, each
    row naming its file first."""
    _, _, lembar = hasil
    kepala, *baris = lembar["Temuan"]
    assert kepala == (
        "Berkas",
        "No",
        "Jenis",
        "Lokasi",
        "Uraian",
        "Tertulis",
        "Seharusnya",
        "Dasar",
    )
    for nama in DIBACA:
        harap = [
            (
                nama,
                i,
                t.jenis,
                t.lokasi,
                t.uraian,
                t.tertulis or None,
                t.seharusnya or None,
                t.dasar or None,
            )
            for i, t in enumerate(reviu(folder / nama).temuan, 1)
        ]
        assert [b for b in baris if b[0] == nama] == harap, nama
    assert {b[0] for b in baris} <= set(DIBACA)


def test_kemajuan_per_berkas_dan_kertas_kerja_sah(hasil) -> None:
    keluar, r, _ = hasil
    kemajuan = [b for b in r.stderr.splitlines() if f"/{SEMUA} " in b]
    assert [b.split(" ", 1)[0] for b in kemajuan] == [f"{i}/{SEMUA}" for i in range(1, SEMUA + 1)]
    nama = sorted(b.split(" ", 1)[1].removesuffix(" (tidak dapat dibaca)") for b in kemajuan)
    assert nama == sorted(DIBACA + RUSAK)
    assert sum(" (tidak dapat dibaca)" in b for b in kemajuan) == len(RUSAK)
    assert pelanggaran(keluar) == []


def test_ctrl_c_berhenti_bersih(folder: Path, tmp_path: Path) -> None:
    """Ctrl-C after the first document: exit 130, one Indonesian sentence, no traceback, no
    kertas kerja, and no worker left running."""
    banyak = tmp_path / "banyak"
    banyak.mkdir()
    for i in range(40):
        shutil.copyfile(folder / "laporan-dinas.pdf", banyak / f"laporan-{i:02}.pdf")
    keluar = tmp_path / "reviu-banyak.xlsx"
    p = subprocess.Popen(
        [sys.executable, "-m", "lakip_xl.cli", "reviu", str(banyak), "-o", str(keluar)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert p.stderr is not None
    pertama = p.stderr.readline()
    assert pertama.startswith("1/40 laporan-"), pertama
    p.send_signal(signal.SIGINT)
    _, galat = p.communicate(timeout=120)
    assert p.returncode == 130, galat
    assert galat.strip().splitlines()[-1] == "Dibatalkan; belum ada berkas yang selesai dibuat."
    assert "Traceback" not in galat and "40/40" not in galat
    assert not keluar.exists() and sorted(tmp_path.iterdir()) == [banyak]
    sisa = []
    for cmd in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(banyak).encode() in cmd.read_bytes():
                sisa.append(cmd.parent.name)
        except OSError:
            continue
    assert sisa == []


def test_folder_ditolak_dengan_sebabnya(folder: Path, tmp_path: Path) -> None:
    kosong = tmp_path / "kosong"
    kosong.mkdir()
    (kosong / "catatan.txt").write_text("x")
    r = lakip("reviu", kosong, "-o", tmp_path / "r.xlsx")
    assert r.returncode == 1
    assert r.stderr.strip() == (
        f"Galat: Folder '{kosong}' tidak berisi laporan .docx, .docm atau .pdf untuk direviu."
    )
    r = lakip("reviu", folder, "-o", tmp_path / "r.xlsx", "--komentar", tmp_path / "k.docx")
    assert r.returncode == 1 and "--komentar hanya untuk satu laporan" in r.stderr
    r = lakip("reviu", folder, "-o", tmp_path / "r.docx")
    assert r.returncode == 1 and "harus berakhiran .xlsx" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kosong"]


def test_nama_bawaan_di_samping_folder(folder: Path, tmp_path: Path) -> None:
    """Without -o the kertas kerja is FOLDER-reviu.xlsx beside the folder, never inside it."""
    sub = tmp_path / "lkj-opd"
    sub.mkdir()
    shutil.copyfile(folder / "laporan-dinas.docx", sub / "laporan-dinas.docx")
    r = lakip("reviu", sub)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "lkj-opd-reviu.xlsx").is_file()
    assert sorted(p.name for p in sub.iterdir()) == ["laporan-dinas.docx"]
    assert "1/1 laporan-dinas.docx" in r.stderr
