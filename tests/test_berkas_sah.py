"""Every file the commands write opens in Word and Excel without a repair: each XML part valid
against the ECMA-376 Transitional schemas (tests/xsd/), and Excel's and Word's limits kept."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import kantor
import ooxml_sah as sah
import pytest
import seed_docx
from lxml import etree

from lakip_xl import cli
from lakip_xl.buku import batas
from lakip_xl.buku import layout as L


def _lakip(*argumen: object) -> None:
    assert cli.main([str(a) for a in argumen]) == 0, argumen


@pytest.fixture(scope="module")
def berkas(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One file of every kind the commands write, for the sample and for a Badan typed into a
    blank workbook (anggaran, Negatif indikator, Eselon units, no survey)."""
    d = tmp_path_factory.mktemp("sah")
    f = {n: d / n for n in ("baru.xlsx", "baru.xlsm", "contoh.xlsx", "contoh.xlsm")}
    _lakip("baru", "-o", f["baru.xlsx"], "--tahun", 2025, "--renstra", "2025-2029")
    _lakip("baru", "-o", f["baru.xlsm"], "--tahun", 2025)
    _lakip("contoh", "-o", f["contoh.xlsx"])
    _lakip("contoh", "-o", f["contoh.xlsm"])
    _lakip("renstra", f["contoh.xlsx"], "--periode", "2021-2026")
    f["renstra.xlsx"] = d / "contoh-renstra-2021-2026.xlsx"
    _lakip("renstra", f["contoh.xlsm"], "--periode", "2022-2027")
    f["renstra.xlsm"] = d / "contoh-renstra-2022-2027.xlsm"
    badan = kantor.badan(d)
    _lakip("hitung", badan)  # computed cells written into the file's XML
    f["badan-hitung.xlsx"] = badan
    xlsm = d / "badan.xlsm"
    shutil.copy(f["baru.xlsm"], xlsm)
    _lakip("hitung", xlsm)
    f["baru-hitung.xlsm"] = xlsm
    _lakip("templat", "-o", d / "templat.docx")
    f["templat.docx"] = d / "templat.docx"
    for nama, buku in (("contoh", f["contoh.xlsx"]), ("badan", badan)):
        _lakip("laporan", buku, "-o", d / f"laporan-{nama}.docx")
        f[f"laporan-{nama}.docx"] = d / f"laporan-{nama}.docx"
        for akhiran in ("xlsx", "docx"):
            _lakip("triwulan", buku, "--tw", 2, "-o", d / f"e81-{nama}.{akhiran}")
            _lakip("rencana-aksi", buku, "-o", d / f"ra-{nama}.{akhiran}")
            f[f"e81-{nama}.{akhiran}"] = d / f"e81-{nama}.{akhiran}"
            f[f"ra-{nama}.{akhiran}"] = d / f"ra-{nama}.{akhiran}"
    seed = seed_docx.bangun(d / "lkj-seed.docx")  # a report with wrong numbers: comments
    _lakip("reviu", seed, "-o", d / "kk-seed.xlsx", "--komentar", d / "seed-komentar.docx")
    _lakip("reviu", f["laporan-badan.docx"], "-o", d / "kk-badan.xlsx")
    f.update({n: d / n for n in ("kk-seed.xlsx", "seed-komentar.docx", "kk-badan.xlsx")})
    f["lkj-seed.docx"] = seed
    _lakip("rekap", f["contoh.xlsx"], badan, "-o", d / "rekap.xlsx")  # two offices, two years
    f["rekap.xlsx"] = d / "rekap.xlsx"
    return f


JENIS = [
    "baru.xlsx", "baru.xlsm", "contoh.xlsx", "contoh.xlsm", "renstra.xlsx", "renstra.xlsm",
    "badan-hitung.xlsx", "baru-hitung.xlsm", "templat.docx", "laporan-contoh.docx",
    "laporan-badan.docx", "e81-contoh.xlsx", "e81-contoh.docx", "ra-contoh.xlsx",
    "ra-contoh.docx", "e81-badan.xlsx", "e81-badan.docx", "ra-badan.xlsx", "ra-badan.docx",
    "kk-seed.xlsx", "seed-komentar.docx", "kk-badan.xlsx", "rekap.xlsx",
]  # fmt: skip


@pytest.mark.parametrize("nama", JENIS)
def test_tanpa_pelanggaran(berkas: dict[str, Path], nama: str) -> None:
    if nama == "seed-komentar.docx":  # a copy of a report typed elsewhere (python-docx's
        # default settings.xml lacks w:zoom/@w:percent): only the parts reviu wrote count
        with zipfile.ZipFile(berkas["lkj-seed.docx"]) as a, zipfile.ZipFile(berkas[nama]) as b:
            asli = {n: a.read(n) for n in a.namelist()}
            ditulis = {n for n in b.namelist() if asli.get(n) != b.read(n)}
        assert "word/comments.xml" in ditulis and "word/document.xml" in ditulis
        pelanggaran = [p for p in sah.pelanggaran(berkas[nama]) if p.split(":")[0] in ditulis]
        assert pelanggaran == []
        return
    assert sah.pelanggaran(berkas[nama]) == []


def test_semua_bagian_xml_diperiksa(berkas: dict[str, Path]) -> None:
    """The checker looks at every XML part: only pictures and the VBA project are passed by."""
    for nama in JENIS:
        with zipfile.ZipFile(berkas[nama]) as z:
            lewat = [n for n in z.namelist() if n.lower().endswith(sah._LEWATI)]
        assert all(n.endswith((".bin", ".png", ".jpeg", ".jpg")) for n in lewat), lewat
    with zipfile.ZipFile(berkas["seed-komentar.docx"]) as z:
        assert "word/comments.xml" in z.namelist()  # the commented copy's own part is checked


def _ubah(asal: Path, tujuan: Path, bagian: str, ubah) -> Path:
    with zipfile.ZipFile(asal) as a, zipfile.ZipFile(tujuan, "w") as b:
        for n in a.namelist():
            data = a.read(n)
            b.writestr(n, ubah(data) if n == bagian else data)
    return tujuan


def test_pemeriksa_menangkap_pelanggaran(berkas: dict[str, Path], tmp_path: Path) -> None:
    """The checker is not blind: each defect once found in these files is reported."""
    docx = berkas["laporan-badan.docx"]
    salah = _ubah(
        docx,
        tmp_path / "urutan.docx",
        "word/settings.xml",
        lambda b: b.replace(b"</w:settings>", b'<w:updateFields w:val="true"/></w:settings>'),
    )
    assert any("updateFields" in p for p in sah.pelanggaran(salah))
    tanpa_persen = _ubah(
        docx, tmp_path / "zoom.docx", "word/settings.xml",
        lambda b: etree.tostring(_tanpa_persen(etree.fromstring(b))),
    )  # fmt: skip
    assert any("percent" in p for p in sah.pelanggaran(tanpa_persen))
    xlsx = berkas["contoh.xlsx"]
    with zipfile.ZipFile(xlsx) as z:
        sheet = next(n for n in z.namelist() if b"<dataValidation " in z.read(n))
    salah = _ubah(xlsx, tmp_path / "validasi.xlsx", sheet, _pesan_panjang)
    assert any("error 256 huruf" in p for p in sah.pelanggaran(salah))


def _pesan_panjang(data: bytes) -> bytes:
    akar = etree.fromstring(data)
    dv = next(akar.iter(f"{{{sah.S}}}dataValidation"))
    dv.set("error", "x" * (batas.TEKS_VALIDASI + 1))
    return etree.tostring(akar)


def _tanpa_persen(akar: etree._Element) -> etree._Element:
    for z in akar.iter(f"{{{sah.W}}}zoom"):
        z.attrib.pop(f"{{{sah.W}}}percent", None)
    return akar


def test_mc_abaikan_yang_boleh_diabaikan() -> None:
    """Markup Compatibility as Office applies it: an ignorable unknown namespace is dropped,
    an unknown one that is not ignorable fails, AlternateContent takes its Fallback."""
    w, mc = sah.W, sah.MC
    x = "urn:contoh:ekstensi"
    doc = (
        f'<w:document xmlns:w="{w}" xmlns:mc="{mc}" xmlns:x="{x}" mc:Ignorable="x">'
        '<w:body><w:p x:baru="1"><x:hal/></w:p>'
        '<mc:AlternateContent><mc:Choice Requires="x"><x:lain/></mc:Choice>'
        "<mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent></w:body></w:document>"
    )
    akar = sah.proses_mc(etree.fromstring(doc))
    assert sah.skema().validate(akar), sah.skema().error_log
    assert [etree.QName(e).localname for e in akar[0]] == ["p", "p"]
    keras = doc.replace(' mc:Ignorable="x"', "")
    assert not sah.skema().validate(sah.proses_mc(etree.fromstring(keras)))


def test_judul_validasi_muat_dan_tetap_bermakna() -> None:
    judul = "Realisasi Renstra s.d. Tahun Lalu"
    assert len(judul) > batas.JUDUL_VALIDASI
    pendek = batas.judul_validasi(judul)
    assert len(pendek) <= batas.JUDUL_VALIDASI
    assert pendek.startswith("Realisasi Renstra s.d.") and pendek.endswith("Lalu")
    assert batas.judul_validasi("Capaian (%)") == "Capaian (%)"
    sangat = batas.judul_validasi("Sangat " * 10)
    assert len(sangat) <= batas.JUDUL_VALIDASI and sangat.endswith("…")


def test_pesan_validasi_muat() -> None:
    """Every header, help text and choice list of the layout fits Excel's limits, and a list
    too long to print in the message points to the Petunjuk sheet, which lists it."""
    for lembar in L.LEMBAR:
        for k in [*getattr(lembar, "kolom", ()), *getattr(lembar, "isian", ())]:
            assert len(batas.judul_validasi(k.judul)) <= batas.JUDUL_VALIDASI
            assert len(batas.teks_validasi(k.petunjuk)) <= batas.TEKS_VALIDASI
            if getattr(k, "pilihan", None):
                pesan = batas.pesan_pilihan(k.pilihan)
                assert len(pesan) <= batas.TEKS_VALIDASI
                semua = f"Pilih salah satu: {', '.join(k.pilihan)}"
                assert pesan == semua or "Petunjuk" in pesan
    panjang = "Kalimat pertama. " + "kata " * 80
    pendek = batas.teks_validasi(panjang)
    assert len(pendek) <= batas.TEKS_VALIDASI and pendek.startswith("Kalimat pertama.")
    assert "Petunjuk" in pendek
