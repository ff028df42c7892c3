"""Commands that refuse what they should, as a user runs them (subprocesses): report years out
of range, laporan without a workbook or to a PDF, reviu given a workbook, mistyped options and
commands with the one meant, paths to copy quoted, a LibreOffice profile folder created."""

from __future__ import annotations

import shutil
from pathlib import Path

import kantor
import pytest
from test_perintah import lakip

USAGE_BARU = "penggunaan: lakip baru"
USAGE_LAPORAN = "penggunaan: lakip laporan"


@pytest.mark.parametrize("tahun", ["24", "20244", "-5", "0", "1999", "2101"])
def test_baru_menolak_tahun_di_luar_2000_2100(tmp_path: Path, tahun: str) -> None:
    keluar = tmp_path / "buku.xlsx"
    j = lakip("baru", "-o", keluar, f"--tahun={tahun}")
    assert j.returncode == 2, j.stderr
    assert j.stderr.startswith(USAGE_BARU), j.stderr
    assert (
        f"lakip baru: galat: argumen --tahun: nilai '{tahun}' tidak sah (harus tahun 2000-2100, "
        "mis. 2025)"
    ) in j.stderr
    assert not keluar.exists() and list(tmp_path.iterdir()) == []


def test_baru_menerima_batas_tahun(tmp_path: Path) -> None:
    for tahun in ("2000", "2100"):
        j = lakip("baru", "-o", tmp_path / f"buku-{tahun}.xlsx", "--tahun", tahun)
        assert j.returncode == 0, j.stderr
        assert (tmp_path / f"buku-{tahun}.xlsx").is_file()


def test_laporan_tanpa_buku_kerja_ditolak(tmp_path: Path) -> None:
    for argumen in ((), ("--pdf",), ("-o", "lap.docx", "--timpa")):
        j = lakip("laporan", *argumen, cwd=tmp_path)
        assert j.returncode == 2, j.stderr
        assert j.stderr.startswith(USAGE_LAPORAN), j.stderr
        assert j.stderr.rstrip().endswith(
            "lakip laporan: galat: BERKAS wajib diisi: buku kerja yang dilaporkan, mis. `lakip "
            "laporan buku.xlsx`; untuk mencoba dengan contoh, buat dulu buku kerja contoh "
            "dengan `lakip contoh`"
        ), j.stderr
        assert list(tmp_path.iterdir()) == []  # nothing built into the current folder


def test_laporan_ke_pdf_menyarankan_opsi_pdf(tmp_path: Path) -> None:
    j = lakip("laporan", "buku kerja.xlsx", "-o", "lap an.pdf", cwd=tmp_path)
    assert j.returncode == 1, j.stderr
    assert j.stderr.strip() == (
        "Galat: Nama berkas 'lap an.pdf' harus berakhiran .docx: laporan ditulis sebagai Word; "
        'untuk PDF tambahkan --pdf, mis. `lakip laporan "buku kerja.xlsx" -o "lap an.docx" '
        '--pdf` (PDF-nya "lap an.pdf" dibuat di samping .docx).'
    )
    assert list(tmp_path.iterdir()) == []


def test_reviu_buku_kerja_ditolak(tmp_path: Path) -> None:
    buku = tmp_path / "buku.xlsx"
    assert lakip("baru", "-o", buku, "--tahun", "2024").returncode == 0
    j = lakip("reviu", buku)
    assert j.returncode == 1
    assert j.stderr.strip() == (
        "Galat: 'buku.xlsx' adalah buku kerja, sedangkan `lakip reviu` membaca Laporan Kinerja "
        f"(.docx atau .pdf). Buat laporannya dengan `lakip laporan {buku}` lalu reviu laporan "
        f"itu; untuk memeriksa isian buku kerja pakai `lakip periksa {buku}`."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["buku.xlsx"]


@pytest.mark.parametrize(
    ("argumen", "usage", "pesan"),
    [
        (
            ("baru", "--tahn", "2024"),
            USAGE_BARU,
            "pilihan --tahn tidak dikenal; maksudnya --tahun?",
        ),
        (("baru", "--timpah"), USAGE_BARU, "pilihan --timpah tidak dikenal; maksudnya --timpa?"),
        (
            ("laporan", "buku.xlsx", "--tempalte", "t.docx"),
            USAGE_LAPORAN,
            "pilihan --tempalte tidak dikenal; maksudnya --template?",
        ),
        (
            ("laporan", "buku.xlsx", "--paksaa"),
            USAGE_LAPORAN,
            "pilihan --paksaa tidak dikenal; maksudnya --paksa?",
        ),
        (
            ("periksa", "buku.xlsx", "--tahun", "2024"),
            "penggunaan: lakip periksa",
            "pilihan --tahun tidak dikenal; daftar pilihannya: `lakip periksa --help`",
        ),
        (("laproan", "buku.xlsx"), "penggunaan: lakip ", "perintah 'laproan' tidak dikenal; "
         "maksudnya 'laporan'?"),
    ],
)
def test_salah_ketik_disarankan(
    tmp_path: Path, argumen: tuple[str, ...], usage: str, pesan: str
) -> None:
    j = lakip(*argumen, cwd=tmp_path)
    assert j.returncode == 2, j.stderr
    assert j.stderr.startswith(usage), j.stderr
    assert j.stderr.rstrip().endswith(pesan), j.stderr
    assert list(tmp_path.iterdir()) == []


def test_singkatan_opsi_tetap_diterima(tmp_path: Path) -> None:
    """argparse's own abbreviations (--tah for --tahun) are not taken for typos."""
    j = lakip("baru", "-o", tmp_path / "b.xlsx", "--tah", "2024")
    assert j.returncode == 0, j.stderr


def test_templat_menyarankan_perintah_dengan_path_berkutip(tmp_path: Path) -> None:
    keluar = tmp_path / "folder kantor" / "templat saya.docx"
    j = lakip("templat", "-o", keluar)
    assert j.returncode == 0, j.stderr
    assert j.stdout.strip() == (
        f"Templat disalin ke {keluar}; sunting di Word lalu pakai dengan `lakip laporan BERKAS "
        f'--template "{keluar}"`.'
    )


def test_pasang_libreoffice_ke_folder_baru_mengatakannya(tmp_path: Path) -> None:
    profil = tmp_path / "profil salah ketik"
    j = lakip("pasang-libreoffice", "--profil", profil)
    assert j.returncode == 0, j.stderr
    assert j.stdout.startswith(
        f'Folder profil "{profil}" belum ada, jadi dibuat baru. LibreOffice hanya menjalankan '
        "makro ini bila folder itu adalah folder user/ profilnya; bila maksudnya profil yang "
        "sudah dipakai, periksa ejaan --profil."
    ), j.stdout
    assert (profil / "Scripts" / "python" / "lakip.py").is_file()
    j = lakip("pasang-libreoffice", "--profil", profil)  # it exists now: nothing more said
    assert j.returncode == 0 and "belum ada" not in j.stdout
    shutil.rmtree(profil)


def test_periksa_template_dan_laporan_kata_yang_sama(tmp_path: Path) -> None:
    from docx import Document

    from lakip_xl.laporan.templat import TEMPLAT_BAWAAN

    buku = kantor.badan(tmp_path)  # typed into a blank `lakip baru` workbook
    d = Document(str(TEMPLAT_BAWAAN))
    d.add_paragraph("{{ profil.almat }}")
    t = tmp_path / "templat.docx"
    d.save(str(t))
    pesan = (
        "Templat 'templat.docx' tidak dapat diisi: nilai 'almat' tidak ada di "
        "{{ profil.almat }} (maksudnya 'alamat'?). Perbaiki ejaannya di Word (daftar variabel "
        "ada di README, bagian Laporan)."
    )
    j = lakip("periksa-template", t)
    assert j.returncode == 1 and j.stdout.strip() == pesan, j.stdout
    j = lakip("laporan", buku, "--template", t, "-o", tmp_path / "lap.docx", "--paksa")
    assert j.returncode == 1 and j.stderr.strip().splitlines()[-1] == f"Galat: {pesan}"
    assert not (tmp_path / "lap.docx").exists()
