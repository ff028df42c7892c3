"""The report template's compiled code is kept in the user's cache folder: the second report
does not compile the template again, prints the same document, and a cache that is damaged or
cannot be written only costs the compile."""

from __future__ import annotations

import zipfile
from pathlib import Path

import jinja2
import pytest

from lakip_xl import operasi


def _dokumen(docx: Path) -> bytes:
    with zipfile.ZipFile(docx) as z:
        return z.read("word/document.xml")


@pytest.fixture
def hitung_kompilasi(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Lengths of the template texts Jinja compiles (the body is the long one)."""
    panjang: list[int] = []
    asli = jinja2.Environment.compile

    def compile_(self, source, *a, **k):  # type: ignore[no-untyped-def]
        panjang.append(len(source) if isinstance(source, str) else 0)
        return asli(self, source, *a, **k)

    monkeypatch.setattr(jinja2.Environment, "compile", compile_)
    return panjang


def test_kedua_kali_tanpa_kompilasi(
    contoh_xlsx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hitung_kompilasi: list[int]
) -> None:
    monkeypatch.setenv("LAKIP_TEMBOLOK", str(tmp_path / "tembolok"))
    operasi.laporan(contoh_xlsx, tmp_path / "a.docx")
    pertama = list(hitung_kompilasi)
    assert max(pertama) > 50_000  # the body of the template, compiled once
    assert len(list((tmp_path / "tembolok").glob("*.kode"))) == len(pertama)
    hitung_kompilasi.clear()
    operasi.laporan(contoh_xlsx, tmp_path / "b.docx")
    assert hitung_kompilasi == []
    assert _dokumen(tmp_path / "a.docx") == _dokumen(tmp_path / "b.docx")


def test_tembolok_rusak_atau_tak_tertulis(
    contoh_xlsx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hitung_kompilasi: list[int]
) -> None:
    tembolok = tmp_path / "tembolok"
    monkeypatch.setenv("LAKIP_TEMBOLOK", str(tembolok))
    operasi.laporan(contoh_xlsx, tmp_path / "a.docx")
    for f in tembolok.glob("*.kode"):
        f.write_bytes(b"bukan kode \x00\xff")  # damaged: compiled again, written anew
    hitung_kompilasi.clear()
    operasi.laporan(contoh_xlsx, tmp_path / "b.docx")
    assert max(hitung_kompilasi) > 50_000
    assert _dokumen(tmp_path / "a.docx") == _dokumen(tmp_path / "b.docx")
    hitung_kompilasi.clear()
    operasi.laporan(contoh_xlsx, tmp_path / "c.docx")
    assert hitung_kompilasi == []  # the damaged files were replaced
    # a cache folder that cannot be made (a file stands in its place): the report is made
    (tmp_path / "berkas").write_text("x")
    monkeypatch.setenv("LAKIP_TEMBOLOK", str(tmp_path / "berkas" / "tembolok"))
    operasi.laporan(contoh_xlsx, tmp_path / "d.docx")
    assert _dokumen(tmp_path / "a.docx") == _dokumen(tmp_path / "d.docx")
