"""Messages from damaged files and failing disks are Indonesian to the last word: no Python class
name, no English errno text, run the way a user runs the commands."""

from __future__ import annotations

import errno
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import AKAR

from lakip_xl.buku.tulis import pesan_os
from lakip_xl.errors import alasan_os

LAKIP = AKAR / ".venv" / "bin" / "lakip"

# words of the library exceptions and errno texts that reached users before
INGGRIS = re.compile(
    r"Error\b|Exception|BadZip|PackageNotFound|KeyError|\bfile\b|\bnot\b|\bno such\b|denied|"
    r"\binput/output\b|\bis a\b|\bthere is\b",
    re.IGNORECASE,
)


def lakip(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LAKIP), *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def _docx_tanpa_content_types(p: Path) -> Path:
    """A zip that looks like a .docx but has no [Content_Types].xml (python-docx refuses it)."""
    with zipfile.ZipFile(p, "w") as z:
        z.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body/></w:document>",
        )
    return p


def _docx_rusak_isinya(p: Path) -> Path:
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", "bukan xml <<")
        z.writestr("word/document.xml", "x")
    return p


@pytest.mark.parametrize("buat", [_docx_tanpa_content_types, _docx_rusak_isinya])
def test_reviu_docx_rusak_tanpa_nama_kelas(tmp_path: Path, buat) -> None:
    dok = buat(tmp_path / "lkj-rusak.docx")
    j = lakip("reviu", dok, "-o", tmp_path / "kertas-kerja.xlsx", cwd=tmp_path)
    assert j.returncode == 1, j.stderr
    pesan = j.stderr.strip()
    assert pesan.startswith("Galat: Berkas 'lkj-rusak.docx' tidak dapat dibaca sebagai dokumen")
    assert "Simpan Sebagai" in pesan
    assert not INGGRIS.search(pesan), pesan
    assert "(" not in pesan.replace("(.docx)", ""), pesan  # no "(ClassName)" at the end
    assert "Traceback" not in j.stderr


def test_reviu_pdf_rusak_tanpa_nama_kelas(tmp_path: Path) -> None:
    pdf = tmp_path / "lkj-rusak.pdf"
    pdf.write_bytes(b"%PDF-1.4\nbukan pdf sungguhan\n")
    j = lakip("reviu", pdf, "-o", tmp_path / "kertas-kerja.xlsx", cwd=tmp_path)
    assert j.returncode == 1, j.stderr
    assert j.stderr.strip() == (
        "Galat: Berkas 'lkj-rusak.pdf' tidak dapat dibaca sebagai PDF: berkas rusak, terkunci "
        "kata sandi, atau bukan PDF; reviu berkas .docx aslinya."
    )


def test_periksa_zip_terpotong_tanpa_nama_kelas(tmp_path: Path) -> None:
    buku = tmp_path / "buku-utuh.xlsx"
    subprocess.run([str(LAKIP), "baru", "-o", str(buku), "--tahun", "2024"], check=True)
    data = buku.read_bytes()
    rusak = tmp_path / "buku-terpotong.xlsx"
    rusak.write_bytes(data[: len(data) // 2])
    j = lakip("periksa", rusak, cwd=tmp_path)
    assert j.returncode == 1, j.stderr
    pesan = j.stderr.strip()
    assert pesan == (
        "Galat: Berkas 'buku-terpotong.xlsx' rusak atau terpotong; pakai cadangannya atau "
        "unduh/salin ulang."
    )


@pytest.mark.parametrize(
    ("no", "teks_inggris", "alasan"),
    [
        (errno.EIO, "Input/output error", "tidak dapat dibaca atau ditulis karena galat disk"),
        (errno.ENOENT, "No such file or directory", "tidak ditemukan"),
        (errno.ELOOP, "Too many levels of symbolic links", "tautan simbolisnya berputar"),
    ],
)
def test_galat_disk_dengan_alasan_indonesia(no: int, teks_inggris: str, alasan: str) -> None:
    e = OSError(no, teks_inggris, "/tmp/.~lakip-sementara-x.xlsx")
    assert alasan in alasan_os(e)
    pesan = str(pesan_os(e, Path("/data/buku.xlsx"), "menulis"))
    assert alasan in pesan and "'buku.xlsx'" in pesan
    assert teks_inggris not in pesan and not INGGRIS.search(pesan), pesan


@pytest.mark.parametrize(
    ("isi", "pesan"),
    [
        ("{{ 1/0 }}", "tidak dapat diisi: sebuah rumus di templat tidak dapat dihitung"),
        ("{{ profil.tahun.bulan }}", "tidak dapat diisi: nilai 'bulan' tidak ada"),
        ("{{ profil|rahasia }}", "tidak valid: filter 'rahasia' tidak dikenal"),
        ("{% for x in %}{% endfor %}", "tidak valid: penulisan {{ ... }} atau {% ... %} salah"),
        ("{{ profil.__class__ }}", "dihentikan: templat memakai atribut atau perintah yang"),
    ],
)
def test_templat_salah_dalam_bahasa_indonesia(
    tmp_path: Path, contoh_xlsx: Path, isi: str, pesan: str
) -> None:
    from docx import Document

    from lakip_xl.laporan.templat import TEMPLAT_BAWAAN

    buku = tmp_path / "contoh.xlsx"
    buku.write_bytes(contoh_xlsx.read_bytes())
    d = Document(str(TEMPLAT_BAWAAN))
    d.add_paragraph(isi)
    t = tmp_path / "templat-ubahan.docx"
    d.save(str(t))
    j = lakip("laporan", buku, "--template", t, "-o", tmp_path / "lap.docx", cwd=tmp_path)
    assert j.returncode == 1, j.stderr
    galat = j.stderr.strip().splitlines()[-1]
    assert galat.startswith(f"Galat: Templat 'templat-ubahan.docx' {pesan}"), galat
    assert "tak terduga" not in j.stderr and "Traceback" not in j.stderr
    assert not INGGRIS.search(galat), galat


@pytest.mark.lo
def test_libreoffice_gagal_berbahasa_indonesia(tmp_path: Path) -> None:
    """A .docx whose document part LibreOffice cannot read: the message is ours, in
    Indonesian; LibreOffice's own (English) words are kept for --debug only."""
    from lakip_xl.errors import LakipError
    from lakip_xl.libreoffice import konversi

    rusak = tmp_path / "rusak.docx"
    with zipfile.ZipFile(rusak, "w") as z:
        z.writestr("[Content_Types].xml", "bukan xml")
        z.writestr("word/document.xml", "\x00\x01 bukan dokumen")
    with pytest.raises(LakipError) as info:
        konversi.ke_pdf(rusak, tmp_path / "rusak.pdf")
    pesan = str(info.value)
    assert pesan.startswith("LibreOffice gagal mengubah berkas rusak.docx ke PDF")
    assert not INGGRIS.search(pesan), pesan
    assert not (tmp_path / "rusak.pdf").exists()


def test_debug_menampilkan_rincian_teknis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--debug` shows the technical detail a LakipError carries; without it, only the
    Indonesian sentence."""
    import io
    from contextlib import redirect_stderr

    from lakip_xl import cli
    from lakip_xl.errors import LakipError

    def gagal(_args: object) -> int:
        raise LakipError("Kalimat untuk petugas.", rincian="English detail from a library")

    monkeypatch.setattr(cli, "jalankan", gagal)
    err = io.StringIO()
    with redirect_stderr(err):
        assert cli.main(["periksa", str(tmp_path / "x.xlsx")]) == 1
    assert err.getvalue() == "Galat: Kalimat untuk petugas.\n"
    err = io.StringIO()
    with redirect_stderr(err), pytest.raises(LakipError):
        cli.main(["periksa", str(tmp_path / "x.xlsx"), "--debug"])
    assert "Rincian teknis: English detail from a library" in err.getvalue()
