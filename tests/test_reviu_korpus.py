"""`lakip reviu` verified like an APIP on nine LKj not made by lakip (tests/lkj_korpus.py): for
each office, as .docx and as its PDF, every hand-listed finding is found and no other."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import openpyxl
import pytest
from lkj_korpus import KORPUS, Harap, LKj, T, bangun_docx

from lakip_xl.libreoffice import konversi as office
from lakip_xl.reviu.inti import HasilReviu, reviu
from lakip_xl.reviu.temuan import Temuan


@pytest.fixture(scope="session")
def korpus_docx(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("korpus-lkj")
    return {k.nama: bangun_docx(k, d / f"{k.nama}.docx") for k in KORPUS}


@pytest.fixture(scope="session")
def korpus_pdf(korpus_docx: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
               ) -> dict[str, Path]:
    """Every document printed to PDF by LibreOffice, in one run for the whole session."""
    soffice = office.cari_soffice()
    if soffice is None:
        pytest.fail("LibreOffice (soffice) tidak ditemukan")
    d = tmp_path_factory.mktemp("korpus-pdf")
    profil = tmp_path_factory.mktemp("lo-profil")
    r = subprocess.run([soffice, f"-env:UserInstallation={profil.as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(d),
                        *map(str, korpus_docx.values())],
                       capture_output=True, text=True, timeout=600)
    hasil = {nama: d / f"{p.stem}.pdf" for nama, p in korpus_docx.items()}
    assert all(p.exists() for p in hasil.values()), r.stderr
    return hasil


def _cocok(t: Temuan, h: Harap) -> bool:
    if t.jenis != h.jenis:
        return False
    if h.jenis == "Kelengkapan":
        return h.lokasi in t.dasar
    return (h.lokasi in t.lokasi and t.tertulis.strip() == h.tertulis
            and t.seharusnya == h.seharusnya)


def _periksa(k: LKj, hasil: HasilReviu) -> None:
    temuan = hasil.temuan
    hilang = [h for h in k.harap if not any(_cocok(t, h) for t in temuan)]
    lebih = [(t.jenis, t.lokasi, t.tertulis, t.seharusnya, t.dasar[:60]) for t in temuan
             if not any(_cocok(t, h) for h in k.harap)]
    assert (hilang, lebih) == ([], []), k.nama
    assert len(temuan) == len(k.harap), [(t.jenis, t.lokasi) for t in temuan]
    assert hasil.dilewati == []
    # locations read as printed: "Tabel 3.1", never "Tabel 3 1"
    assert not [t.lokasi for t in temuan if re.search(r"Tabel \d+ \d", t.lokasi)]
    nomor = [t.nomor for t in hasil.dokumen.tabel if t.nomor]
    assert nomor and all(re.fullmatch(r"(L\.)?\d+(\.\d+)?", n) for n in nomor), nomor
    # a Lampiran's table captioned "Tabel L.1" is located and named as printed
    lampiran = [b.judul for b in k.blok if isinstance(b, T) and b.judul.startswith("Tabel L.")]
    assert [f"Tabel {t.nomor} {t.judul}" for t in hasil.dokumen.tabel
            if t.nomor.startswith("L.")] == lampiran


def test_korpus_beragam() -> None:
    """Eight kinds of office (nine documents), each with its planted errors listed."""
    assert len({k.kantor.split()[0] for k in KORPUS}) >= 8 and len(KORPUS) >= 9
    jenis = {h.jenis for k in KORPUS for h in k.harap}
    assert {"Hitungan", "Kategori", "Konsistensi", "Penyajian", "Kelengkapan"} <= jenis


@pytest.mark.parametrize("k", KORPUS, ids=[k.nama for k in KORPUS])
def test_korpus_docx(k: LKj, korpus_docx: dict[str, Path]) -> None:
    _periksa(k, reviu(korpus_docx[k.nama]))


@pytest.mark.lo
@pytest.mark.parametrize("k", KORPUS, ids=[k.nama for k in KORPUS])
def test_korpus_pdf(k: LKj, korpus_pdf: dict[str, Path]) -> None:
    _periksa(k, reviu(korpus_pdf[k.nama]))


def _isi_tabel(path: Path) -> list[tuple[str, list[list[str]]]]:
    from lakip_xl.reviu.inti import baca

    return [(t.nama, [[" ".join(c.teks.split()) for c in r] for r in t.baris])
            for t in baca(path).tabel]


@pytest.mark.lo
@pytest.mark.parametrize("k", KORPUS, ids=[k.nama for k in KORPUS])
def test_korpus_pdf_tabel_sama_dengan_docx(k: LKj, korpus_docx: dict[str, Path],
                                           korpus_pdf: dict[str, Path]) -> None:
    """Every table of the PDF read cell by cell as in the .docx: its caption, a row Word breaks
    across two pages read as one row ("Program Peningkatan" / "Diversifikasi dan Ketahanan
    Pangan Masyarakat", its numbers on the first page), a table split over pages joined."""
    assert _isi_tabel(korpus_pdf[k.nama]) == _isi_tabel(korpus_docx[k.nama])


def test_kelengkapan_dari_isi(korpus_docx: dict[str, Path]) -> None:
    """RINGKASAN EKSEKUTIF is the Ikhtisar; a comparison in sentences is a comparison (with a
    note); BAB IV named only in the Daftar Isi is missing and says so."""
    butir = {b.kode: b for b in reviu(korpus_docx["dinas-ketahanan-pangan-2024"]).butir}
    assert butir["I"].ada and "RINGKASAN EKSEKUTIF" in butir["I"].bukti
    assert butir["III.2"].ada and butir["III.2"].catatan
    kel = {b.kode: b for b in reviu(korpus_docx["kelurahan-panjang-2024"]).butir}
    assert kel["III.1"].ada and "dalam kalimat" in kel["III.1"].catatan
    assert kel["BAB I"].ada and kel["BAB IV"].ada and kel["L.PK"].ada
    ins = {b.kode: b for b in reviu(korpus_docx["inspektorat-sampang-2024"]).butir}
    assert not ins["BAB IV"].ada and "Daftar Isi" in ins["BAB IV"].catatan
    assert not ins["L.PK"].ada
    # five chapters: BAB 3 is the Perencanaan, BAB 4 the Akuntabilitas, BAB 5 the Penutup
    kom = {b.kode: b for b in reviu(korpus_docx["diskominfo-salatiga-2024"]).butir}
    assert "BAB III PERENCANAAN KINERJA" in kom["BAB II"].bukti
    assert "BAB IV AKUNTABILITAS KINERJA" in kom["BAB III"].bukti
    assert "BAB V PENUTUP" in kom["BAB IV"].bukti
    # its Daftar Lampiran names the Perjanjian Kinerja, its Lampiran does not hold it
    assert not kom["L.PK"].ada


def test_hanya_daftar_isi(tmp_path: Path) -> None:
    """A document holding only a cover and a Daftar Isi has no chapter and no Lampiran."""
    from lkj_korpus import H, P

    isi = LKj("daftar-isi", "", (
        P("LAPORAN KINERJA DINAS PERHUBUNGAN KABUPATEN UJI TAHUN 2024"), H("DAFTAR ISI"),
        P("RINGKASAN EKSEKUTIF .......... ii"), P("BAB I PENDAHULUAN .......... 1"),
        P("BAB II PERENCANAAN KINERJA 5"), P("BAB III AKUNTABILITAS KINERJA ..... 9"),
        P("BAB IV PENUTUP .......... 20"), P("LAMPIRAN PERJANJIAN KINERJA .......... 22"),
        P("LAMPIRAN 2 PERNYATAAN TELAH DIREVIU .......... 25")), ())
    hasil = reviu(bangun_docx(isi, tmp_path / "daftar-isi.docx"))
    butir = {b.kode: b for b in hasil.butir}
    for kode in ("I", "BAB I", "BAB II", "BAB III", "BAB IV", "L.PK", "L.REVIU", "PK"):
        assert not butir[kode].ada, kode
    for kode in ("I", "BAB I", "BAB II", "BAB III", "BAB IV"):
        assert butir[kode].catatan == "hanya tercantum sebagai baris Daftar Isi", kode
    assert {p.bab for p in hasil.dokumen.paragraf} == {"", "DAFTAR ISI"}


def test_kertas_kerja_apip(korpus_docx: dict[str, Path], tmp_path: Path) -> None:
    from lakip_xl.reviu import kaidah
    from lakip_xl.reviu.keluaran import tulis_xlsx

    hasil = reviu(korpus_docx["dinas-ketahanan-pangan-2024"])
    xlsx = tulis_xlsx(hasil, tmp_path / "kertas-kerja.xlsx")
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    baris = list(wb["Kertas Kerja APIP"].iter_rows(values_only=True))
    wb.close()
    assert baris[0] == ("No", "Aspek", "Kondisi", "Kriteria", "Akibat", "Rekomendasi",
                        "Status", "Bukti")
    assert len(baris) - 1 == len(hasil.butir) + len(kaidah.KAIDAH)
    per = {r[1]: r for r in baris[1:]}
    capaian = per["Pengukuran kinerja: capaian indikator"]
    assert capaian[6] == "Tidak terpenuhi" and "Tabel 3.1" in capaian[7]
    assert "tertulis 88,00, seharusnya 77,50" in capaian[2] and "53/2014" in capaian[3]
    jumlah = per["Akuntabilitas keuangan: jumlah dan rincian"]
    assert jumlah[6] == "Tidak terpenuhi" and "Penyediaan dan Penyaluran" in jumlah[7]
    assert per["Kelengkapan: Pernyataan Telah Direviu (APIP)"][6] == "Terpenuhi"
    assert per["Kelengkapan: Perbandingan realisasi dengan tahun-tahun sebelumnya"][6] == \
        "Terpenuhi dengan catatan"
    assert per["Kelengkapan: Perbandingan realisasi dengan target akhir Renstra (jangka "
               "menengah)"][6] == "Tidak terpenuhi"
    assert per["Penyajian: blok berulang"][6] == "Terpenuhi"


@pytest.mark.lo
@pytest.mark.parametrize("k", KORPUS, ids=[k.nama for k in KORPUS])
def test_korpus_satu_putusan(k: LKj, korpus_docx: dict[str, Path],
                             korpus_pdf: dict[str, Path]) -> None:
    """The .docx and its PDF: the same findings with the same values, the same checklist."""
    docx, pdf = reviu(korpus_docx[k.nama]), reviu(korpus_pdf[k.nama])

    def inti(h: HasilReviu) -> list[tuple[str, str, str]]:
        return sorted((t.jenis, t.tertulis.strip(), t.seharusnya) for t in h.temuan)

    assert inti(docx) == inti(pdf)
    assert [(b.kode, b.ada, b.catatan) for b in docx.butir] == [
        (b.kode, b.ada, b.catatan) for b in pdf.butir]
    assert docx.prakiraan == pdf.prakiraan
