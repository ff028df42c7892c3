"""`lakip pk`: one Perjanjian Kinerja per official, the two parties from the Atasan column, the
targets and the anggaran of the workbook at the grain of the level; what periksa says of the
cascade. For the sample (the values worked out from the seed's Tabel 3 and 4) and for a Dinas
typed into a blank `lakip baru` workbook (Kepala, Sekretaris, two Kabid, four Kasubag/Kasi, one
Plt.), whose figures are worked out below."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import kantor
import openpyxl
import pytest
from docx import Document
from ooxml_sah import pelanggaran

from lakip_xl import operasi
from lakip_xl.buku import kaskade
from lakip_xl.cli import main
from lakip_xl.pk.susun import NBSP, TITIK, TITIK_NIP, susun

ES2 = "Eselon II / JPT Pratama"
ES3, ES4 = kantor.ES3, kantor.ES4
KADIS = "Kepala Dinas Ketahanan Pangan"
SEK = "Sekretaris"
KABID_A = "Kepala Bidang Ketersediaan Pangan"
KABID_B = "Kepala Bidang Konsumsi dan Keamanan Pangan"
UMUM, KEU = "Kasubag Umum dan Kepegawaian", "Kasubag Keuangan"
KASI_A, KASI_B = "Kasi Distribusi Pangan", "Kasi Keamanan Pangan"


def nip(teks: str) -> str:
    return "NIP." + NBSP + teks.replace(" ", NBSP)


# --- the sample -----------------------------------------------------------------------------


def test_contoh_satu_pk_per_pejabat_dengan_kedua_pihak(hasil_contoh) -> None:
    daftar = susun(hasil_contoh)
    assert [pk.pejabat for pk in daftar] == [
        "Camat", "Sekretaris Camat", "Kasi Tata Pemerintahan",
        "Kasi Pemberdayaan Masyarakat Desa", "Kasi Kemasyarakatan",
        "Kasi Ketentraman dan Ketertiban", "Kasi Pelayanan", "Kasubbag Umum dan Kepegawaian",
        "Kasubbag Perencanaan dan Keuangan",
    ]  # fmt: skip
    pk = {p.pejabat: p for p in daftar}
    camat = pk["Camat"]
    assert (camat.pertama.nama, camat.pertama.jabatan, camat.pertama.nip) == (
        "AGUS SETIYO, SSTP, MM", "Camat Panyipatan", nip("19850808 200412 1 001"))  # fmt: skip
    # the Camat answers to the Bupati (BAB I B), named in BAB III: "Bapak Bupati H. Sukamta"
    assert (camat.kedua.nama, camat.kedua.jabatan, camat.kedua.nip) == (
        "H. Sukamta", "Bupati Tanah Laut", "")  # fmt: skip
    for nama in ("Sekretaris Camat", "Kasi Pelayanan", "Kasi Kemasyarakatan"):
        assert pk[nama].kedua.nama == "AGUS SETIYO, SSTP, MM"
        assert pk[nama].kedua.jabatan == "Camat Panyipatan"
        # the seed names nobody but the Camat: dotted lines to write by hand
        assert (pk[nama].pertama.nama, pk[nama].pertama.nip) == (TITIK, TITIK_NIP)
    for nama in ("Kasubbag Umum dan Kepegawaian", "Kasubbag Perencanaan dan Keuangan"):
        assert (pk[nama].kedua.jabatan, pk[nama].kedua.nama) == ("Sekretaris Camat", TITIK)


def test_contoh_target_dan_anggaran_dari_buku_kerja(hasil_contoh) -> None:
    pk = {p.pejabat: p for p in susun(hasil_contoh)}
    # the Camat's PK indikator (Tabel 3): the IKM, target B (75); printed once, although the
    # workbook holds it as Sasaran Strategis (SS-1) and as the Camat's (C-1)
    assert pk["Camat"].sasaran.teks_sel() == [[
        "1", "Peningkatan kualitas pelayanan publik kepada masyarakat",
        "Indeks Kepuasan Masyarakat (IKM)", "75", "Nilai"]]  # fmt: skip
    # Tabel 4: the nine programs; I = 111.065.000 + 106.493.010 + 216.984.000 = 434.542.010,
    # II = 92.437.500 + 0, III = 2.840.000 + 3.434.000, VII = 20.000.000 + 5.085.000 + 0,
    # X = 9.198.100 + 7.200.000; their sum 574.736.610 (Tabel 4's JUMLAH)
    angka = [r[2] for r in pk["Camat"].anggaran.teks_sel()]
    assert angka == ["434.542.010", "92.437.500", "6.274.000", "0", "0", "0", "25.085.000",
                     "16.398.100", "0", "574.736.610"]  # fmt: skip
    # the totals of Tabel 3 for each official
    assert {n: p.total for n, p in pk.items()} == {
        "Camat": 574_736_610, "Sekretaris Camat": 533_253_510, "Kasi Tata Pemerintahan": 0,
        "Kasi Pemberdayaan Masyarakat Desa": 41_483_100, "Kasi Kemasyarakatan": 0,
        "Kasi Ketentraman dan Ketertiban": 0, "Kasi Pelayanan": 0,
        "Kasubbag Umum dan Kepegawaian": 526_979_510,
        "Kasubbag Perencanaan dan Keuangan": 6_274_000,
    }  # fmt: skip
    # each equals the Anggaran typed on the PK sheet: no galat
    assert [m for p in pk.values() for m in p.masalah] == []
    # eselon III: program -> kegiatan (Sekcam: programs I, II, III and their kegiatan)
    sek = pk["Sekretaris Camat"].anggaran.teks_sel()
    assert [r[0] for r in sek] == ["1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "3", "3.1",
                                   "3.2", ""]  # fmt: skip
    # eselon IV: kegiatan (the sample's 2020 DPA has no sub kegiatan): Kasi PMD VII and X
    pmd = pk["Kasi Pemberdayaan Masyarakat Desa"].anggaran.teks_sel()
    assert [r[2] for r in pmd] == ["20.000.000", "5.085.000", "0", "9.198.100", "7.200.000",
                                   "41.483.100"]  # fmt: skip
    assert [r[3:] for r in pk["Kasi Pelayanan"].sasaran.teks_sel()] == [
        ["424", "kali"], ["5", "aduan"], ["18", "dokumen"]]  # fmt: skip


def test_contoh_periksa_memperingatkan_nama_dan_nip(contoh_xlsx, capsys) -> None:
    assert main(["periksa", str(contoh_xlsx)]) == 0
    keluar = capsys.readouterr().out
    # eight officials without name and NIP (all but the Camat); nothing else
    assert keluar.count("belum diisi; Perjanjian Kinerjanya") == 8
    assert (
        "Peringatan - Sheet 'Perjanjian Kinerja' sel B5: Nama Pejabat dan NIP 'Sekretaris Camat' "
        "belum diisi" in keluar
    )
    assert "(8 peringatan)" in keluar


# --- a Dinas typed into a blank workbook ---------------------------------------------------

SAS_DINAS = "Meningkatnya ketahanan pangan masyarakat"


def _pk(pj, atasan, tingkat, anggaran, nama=None, nip_=None, **lain):
    return {"Penanggung Jawab": pj, "Atasan": atasan, "Tingkat": tingkat, "Anggaran": anggaran,
            "Nama Pejabat": nama, "NIP": nip_, **lain}  # fmt: skip


PK_DINAS = [
    _pk(KADIS, None, ES2, 1_250_000_000, "Ir. Rahmat Hidayat, M.Si", "19700101 199503 1 002",
        **{"Pangkat/Golongan": "Pembina Utama Muda, IV/c"}),
    _pk(SEK, KADIS, ES3, 800_000_000, "Hj. Noor Aida, S.E., M.M.", "19750505 200003 2 004"),
    _pk(KABID_A, KADIS, ES3, 300_000_000, "Yusran Effendi, S.P.", "19800303 200501 1 006",
        **{"Plt./Plh.": "Plt."}),
    _pk(KABID_B, KADIS, ES3, 150_000_000, "drh. Siti Rahmah", "19820808 200604 2 001"),
    _pk(UMUM, SEK, ES4, 500_000_000, "Ahmad Rizani, S.Sos.", "19830101 200901 1 003"),
    _pk(KEU, SEK, ES4, 300_000_000, "Rina Marlina, S.E.", "19850202 201001 2 005"),
    _pk(KASI_A, KABID_A, ES4, 300_000_000),  # name and NIP not known yet
    _pk(KASI_B, KABID_B, ES4, 150_000_000, "Muhammad Fajri, S.TP.", "19900909 201503 1 002"),
]  # fmt: skip


def _ind(kode, tingkat, pj, sasaran, nama, satuan, target, ang, induk=None, pol="Positif"):
    return {"Kode": kode, "Tingkat": tingkat, "Penanggung Jawab": pj, "Sasaran": sasaran,
            "Indikator Kinerja": nama, "Satuan": satuan, "Polaritas": pol, "Target": target,
            "Kode Anggaran": ang, "Indikator Induk": induk}  # fmt: skip


IND_DINAS = [
    _ind("IKU-1", ES2, KADIS, SAS_DINAS, "Skor Pola Pangan Harapan (PPH)", "skor",
         Decimal("88.5"), "2.09.01,2.09.02,2.09.03"),
    _ind("IKU-2", ES2, KADIS, SAS_DINAS, "Persentase penduduk rawan pangan", "%",
         Decimal("7.25"), "2.09.02", pol="Negatif"),
    _ind("SEK-1", ES3, SEK, "Meningkatnya akuntabilitas kinerja perangkat daerah",
         "Nilai SAKIP Dinas", "nilai", 70, "2.09.01"),
    _ind("KT-1", ES3, KABID_A, "Meningkatnya ketersediaan pangan",
         "Persentase cadangan pangan pemerintah daerah yang tersedia", "%", 100, "2.09.02",
         "IKU-1"),
    _ind("KK-1", ES3, KABID_B, "Meningkatnya keamanan pangan segar",
         "Persentase pangan segar yang memenuhi syarat keamanan pangan", "%", 90, "2.09.03",
         "IKU-1"),
    _ind("UM-1", ES4, UMUM, "Terselenggaranya administrasi umum perangkat daerah",
         "Persentase layanan administrasi umum yang selesai tepat waktu", "%", 100,
         "2.09.01.1.02", "SEK-1"),
    _ind("KU-1", ES4, KEU, "Tersusunnya dokumen perencanaan dan evaluasi kinerja",
         "Jumlah dokumen perencanaan dan evaluasi kinerja yang tepat waktu", "dokumen", 6,
         "2.09.01.1.01", "SEK-1"),
    _ind("DI-1", ES4, KASI_A, "Tersedianya cadangan pangan pemerintah",
         "Jumlah cadangan pangan pemerintah", "ton", 25, "2.09.02.1.01", "KT-1"),
    _ind("KP-1", ES4, KASI_B, "Terawasinya keamanan pangan segar",
         "Jumlah sampel pangan segar yang diuji", "sampel", 120, "2.09.03.1.01", "KK-1"),
    _ind("KP-2", ES4, KASI_B, "Terawasinya keamanan pangan segar",
         "Jumlah kasus keracunan pangan segar", "kasus", 2, "2.09.03.1.01", "KK-1", "Negatif"),
]  # fmt: skip


def _ang(kode, jenis, uraian, anggaran=None):
    return {"Kode": kode, "Jenis": jenis, "Uraian": uraian, "Anggaran": anggaran}


ANG_DINAS = [
    _ang("2.09.01", "Program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
    _ang("2.09.01.1.01", "Kegiatan", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat "
         "Daerah"),
    _ang("2.09.01.1.01.01", "Sub Kegiatan", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
         120_000_000),
    _ang("2.09.01.1.01.02", "Sub Kegiatan", "Evaluasi Kinerja Perangkat Daerah", 180_000_000),
    _ang("2.09.01.1.02", "Kegiatan", "Administrasi Umum Perangkat Daerah"),
    _ang("2.09.01.1.02.01", "Sub Kegiatan", "Penyediaan Bahan Logistik Kantor", 200_000_000),
    _ang("2.09.01.1.02.02", "Sub Kegiatan", "Penyelenggaraan Rapat Koordinasi dan Konsultasi "
         "SKPD", 300_000_000),
    _ang("2.09.02", "Program", "Program Peningkatan Diversifikasi dan Ketahanan Pangan "
         "Masyarakat"),
    _ang("2.09.02.1.01", "Kegiatan", "Penyediaan dan Penyaluran Pangan Pokok sesuai dengan "
         "Kebutuhan Daerah"),
    _ang("2.09.02.1.01.01", "Sub Kegiatan", "Penyediaan Infrastruktur Pendukung Kemandirian "
         "Pangan", 175_000_000),
    _ang("2.09.02.1.01.02", "Sub Kegiatan", "Pengadaan Cadangan Pangan Pemerintah", 125_000_000),
    _ang("2.09.03", "Program", "Program Pengawasan Keamanan Pangan Segar"),
    _ang("2.09.03.1.01", "Kegiatan", "Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah "
         "Kabupaten/Kota"),
    _ang("2.09.03.1.01.01", "Sub Kegiatan", "Pengawasan Keamanan dan Mutu Pangan Segar",
         150_000_000),
]  # fmt: skip

PROFIL_DINAS = {
    **kantor.PROFIL_DINAS,
    "Nama Kepala Daerah": "H. Ahmad Fauzi Rahman",
    "Jabatan Kepala Daerah": "Bupati Tanah Bumbu",
    "Tempat PK": "Batulicin",
    "Tanggal PK": dt.datetime(2025, 1, 6),
}


def dinas(folder: Path) -> Path:
    p = kantor.kosong(folder / "dinas-pk.xlsx", 2025)
    return kantor.isi(p, PROFIL_DINAS, {"Perjanjian Kinerja": PK_DINAS, "Indikator": IND_DINAS,
                                        "Anggaran": ANG_DINAS})  # fmt: skip


@pytest.fixture(scope="module")
def dinas_xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return dinas(tmp_path_factory.mktemp("pk"))


def test_dinas_delapan_pk_dengan_atasan_yang_benar(dinas_xlsx: Path) -> None:
    hasil = operasi.hitung_buku(dinas_xlsx)
    assert [m for m in hasil.masalah if m.galat] == []
    pk = {p.pejabat: p for p in susun(hasil)}
    assert len(pk) == 8
    kedua = {n: p.kedua.jabatan for n, p in pk.items()}
    assert kedua == {
        KADIS: "Bupati Tanah Bumbu", SEK: "Kepala Dinas Ketahanan Pangan",
        KABID_A: "Kepala Dinas Ketahanan Pangan", KABID_B: "Kepala Dinas Ketahanan Pangan",
        UMUM: SEK, KEU: SEK, KASI_A: "Plt. " + KABID_A, KASI_B: KABID_B,
    }  # fmt: skip
    assert pk[KABID_A].pertama.jabatan == "Plt. Kepala Bidang Ketersediaan Pangan"
    assert pk[KADIS].pertama.pangkat == "Pembina Utama Muda, IV/c"
    assert pk[KADIS].kedua.nama == "H. Ahmad Fauzi Rahman"
    assert pk[UMUM].kedua.nama == "Hj. Noor Aida, S.E., M.M."
    assert (pk[KASI_A].pertama.nama, pk[KASI_A].pertama.nip) == (TITIK, TITIK_NIP)


def test_dinas_anggaran_menurut_tingkat(dinas_xlsx: Path) -> None:
    pk = {p.pejabat: p for p in susun(operasi.hitung_buku(dinas_xlsx))}
    # Kepala: programs; 2.09.01 = 120 + 180 + 200 + 300 = 800 juta, 2.09.02 = 175 + 125,
    # 2.09.03 = 150; total 1.250 juta = the PK sheet's Anggaran
    assert pk[KADIS].anggaran.teks_sel() == [
        ["1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "800.000.000"],
        ["2", "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
         "300.000.000"],
        ["3", "Program Pengawasan Keamanan Pangan Segar", "150.000.000"],
        ["", "Jumlah", "1.250.000.000"],
    ]  # fmt: skip
    # Eselon III: program -> kegiatan (Sekretaris: 300 + 500 = 800 juta)
    assert [(r[0], r[2]) for r in pk[SEK].anggaran.teks_sel()] == [
        ("1", "800.000.000"), ("1.1", "300.000.000"), ("1.2", "500.000.000"),
        ("", "800.000.000")]  # fmt: skip
    # Eselon IV: kegiatan -> sub kegiatan (Kasi Distribusi: 175 + 125 = 300 juta)
    assert [(r[0], r[2]) for r in pk[KASI_A].anggaran.teks_sel()] == [
        ("1", "300.000.000"), ("1.1", "175.000.000"), ("1.2", "125.000.000"),
        ("", "300.000.000")]  # fmt: skip
    assert {n: p.total for n, p in pk.items()} == {
        b["Penanggung Jawab"]: b["Anggaran"] for b in PK_DINAS
    }
    # targets in Indonesian format, the Negatif indikator marked as in the report
    assert [r[2:] for r in pk[KADIS].sasaran.teks_sel()] == [
        ["Skor Pola Pangan Harapan (PPH)", "88,5", "skor"],
        ["Persentase penduduk rawan pangan (-)", "7,25", "%"]]  # fmt: skip
    assert pk[KASI_B].sasaran.catatan == [
        "(-) indikator berpolaritas negatif (makin rendah makin baik)"
    ]


def test_dinas_periksa_kaskade_bersih_kecuali_nama_kasi(dinas_xlsx: Path) -> None:
    hasil = operasi.hitung_buku(dinas_xlsx)
    pk = [str(m) for m in hasil.masalah if m.sheet == "Perjanjian Kinerja"
          or any(k in m.pesan for k in ("Induk", "Kepala Daerah", "Atasan"))]  # fmt: skip
    assert pk == [
        "Peringatan - Sheet 'Perjanjian Kinerja' sel B10: Nama Pejabat dan NIP 'Kasi Distribusi "
        "Pangan' belum diisi; Perjanjian Kinerjanya (lakip pk) mencetak titik-titik di "
        "tempatnya untuk ditulis tangan"
    ]


def _ubah(path: Path, sheet: str, kunci: str, nilai_kunci: str, kolom: str, nilai) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    kol = {c.value: c.column for c in ws[3] if c.value}
    for r in range(4, ws.max_row + 1):
        if ws.cell(r, kol[kunci]).value == nilai_kunci:
            ws.cell(r, kol[kolom]).value = nilai
    wb.save(path)


def test_periksa_atasan_yatim_dan_anggaran_anak(dinas_xlsx: Path, tmp_path: Path) -> None:
    p = shutil.copy(dinas_xlsx, tmp_path / "salah.xlsx")
    _ubah(p, "Perjanjian Kinerja", "Penanggung Jawab", KEU, "Atasan", "Sekretaris Dinas")
    _ubah(p, "Perjanjian Kinerja", "Penanggung Jawab", KASI_B, "Anggaran", 200_000_000)
    _ubah(p, "Indikator", "Kode", "DI-1", "Indikator Induk", None)
    _ubah(p, "Indikator", "Kode", "UM-1", "Indikator Induk", "KT-1")
    masalah = {str(m) for m in operasi.periksa(p)}
    # Anggaran is column G, Atasan H; rows 4-11 the officials in PK_DINAS order
    assert (
        "GALAT - Sheet 'Perjanjian Kinerja' sel H9: Atasan 'Sekretaris Dinas' bukan Penanggung "
        "Jawab baris mana pun di sheet ini; ketik persis seperti di kolom Penanggung Jawab, atau "
        "kosongkan untuk Kepala Daerah" in masalah
    )
    assert (
        "Peringatan - Sheet 'Perjanjian Kinerja' sel G11: Anggaran 'Kasi Keamanan Pangan' "
        "Rp 200.000.000,- lebih besar daripada anggaran atasannya 'Kepala Bidang Konsumsi dan "
        "Keamanan Pangan' Rp 150.000.000,- (sel G7); periksa kedua angka" in masalah
    )
    induk = sorted(m for m in masalah if "Induk" in m)
    assert len(induk) == 2
    assert induk[0].startswith("Peringatan - Sheet 'Indikator' sel ")
    assert "'Jumlah cadangan pangan pemerintah' belum menunjuk Indikator Induk" in " ".join(induk)
    assert "Indikator Induk 'KT-1' milik 'Kepala Bidang Ketersediaan Pangan', bukan atasan " \
        "'Sekretaris'" in " ".join(induk)  # fmt: skip


def test_pk_menolak_total_yang_beda_dan_menyebut_kedua_sel(
    dinas_xlsx: Path, tmp_path: Path, capsys
) -> None:
    p = shutil.copy(dinas_xlsx, tmp_path / "beda.xlsx")
    _ubah(p, "Perjanjian Kinerja", "Penanggung Jawab", SEK, "Anggaran", 799_000_000)
    keluar = tmp_path / "pk.docx"
    assert main(["pk", str(p), "-o", str(keluar)]) == 1
    err = capsys.readouterr().err
    assert (
        "GALAT - Sheet 'Perjanjian Kinerja' sel G5: Anggaran 'Sekretaris' Rp 799.000.000,- tidak "
        "sama dengan jumlah anggaran lampiran Perjanjian Kinerjanya Rp 800.000.000,-, yaitu "
        "anggaran yang ditunjuk Kode Anggaran indikatornya (sheet Indikator sel " in err
    )
    assert not keluar.exists()


def test_tanpa_baris_pk_ditolak_tanpa_berkas(tmp_path: Path, capsys) -> None:
    p = kantor.isi(kantor.kosong(tmp_path / "kosong.xlsx", 2025), kantor.PROFIL_DINAS, {})
    keluar = tmp_path / "pk.docx"
    assert main(["pk", str(p), "-o", str(keluar)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == (
        "Galat: Sheet 'Perjanjian Kinerja' buku kerja 'kosong.xlsx' belum berisi pejabat; isi "
        "satu baris per pejabat "
        "(Penanggung Jawab, Nama Pejabat, NIP, Atasan) lalu ulangi, tidak ada berkas yang dibuat."
    )
    assert list(tmp_path.iterdir()) == [p]


def test_buku_lama_tanpa_kolom_baru_tetap_terbaca(dinas_xlsx: Path, tmp_path: Path) -> None:
    """A workbook made before these columns: read without a word about them; `lakip pk` asks
    for the Atasan column instead of making every official answer to the Bupati."""
    p = shutil.copy(dinas_xlsx, tmp_path / "lama.xlsx")
    wb = openpyxl.load_workbook(p)
    for sheet, judul in (("Perjanjian Kinerja", ("Atasan", "Plt./Plh.", "Pangkat/Golongan")),
                         ("Indikator", ("Indikator Induk",))):  # fmt: skip
        ws = wb[sheet]
        for j in judul:
            kol = next(c.column for c in ws[3] if c.value == j)
            ws.delete_cols(kol)
    ws = wb["Profil"]
    for r in range(ws.max_row, 3, -1):
        if ws.cell(r, 1).value in ("Nama Kepala Daerah", "Jabatan Kepala Daerah", "Tempat PK",
                                   "Tanggal PK"):  # fmt: skip
            ws.delete_rows(r)
    wb.save(p)
    masalah = operasi.periksa(p)
    assert [
        str(m)
        for m in masalah
        if any(k in m.pesan for k in ("Atasan", "Induk", "Kepala Daerah", "Plt", "Pangkat", "PK"))
    ] == []
    buku = operasi.baca_buku(p)
    assert not kaskade.ada_atasan(buku)
    keluar = tmp_path / "pk.docx"
    assert main(["pk", str(p), "-o", str(keluar)]) == 1
    assert not keluar.exists()


# --- the document -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pk_dinas(dinas_xlsx: Path) -> Path:
    keluar = dinas_xlsx.with_name("pk-dinas.docx")
    assert main(["pk", str(dinas_xlsx), "-o", str(keluar)]) == 0
    return keluar


def test_docx_sah_dan_berisi_delapan_pk(pk_dinas: Path) -> None:
    assert pelanggaran(pk_dinas) == []
    d = Document(str(pk_dinas))
    teks = [p.text for p in d.paragraphs]
    assert teks.count("PERJANJIAN KINERJA TAHUN 2025") == 8
    assert teks.count("LAMPIRAN PERJANJIAN KINERJA TAHUN 2025") == 8
    # each PK and each lampiran starts on a new page
    judul = [p for p in d.paragraphs if p.text.endswith("KINERJA TAHUN 2025")]
    assert all(p.paragraph_format.page_break_before for p in judul)
    assert teks.count("Batulicin, 6 Januari 2025") == 16  # both pages of eight PKs
    assert "Jabatan\t: Plt. Kepala Bidang Ketersediaan Pangan" in teks
    # 8 x 2 signature tables + 8 x 2 lampiran tables
    assert len(d.tables) == 32


def test_pk_satu_pejabat_dan_templat_sendiri(dinas_xlsx: Path, tmp_path: Path) -> None:
    templat = tmp_path / "templat-pk.docx"
    assert main(["templat", "--pk", "-o", str(templat)]) == 0
    keluar = tmp_path / "pk-sek.docx"
    assert main(["pk", str(dinas_xlsx), "-o", str(keluar), "--pejabat", "sekretaris",
                 "--template", str(templat)]) == 0  # fmt: skip
    teks = [p.text for p in Document(str(keluar)).paragraphs]
    assert teks.count("PERJANJIAN KINERJA TAHUN 2025") == 1
    assert "Nama\t: Hj. Noor Aida, S.E., M.M." in teks


@pytest.mark.lo
def test_pdf_tanda_tangan_sehalaman_tanpa_kata_terpotong(pk_dinas: Path) -> None:
    from test_laporan_halaman import baca_pdf, potongan_kata

    from lakip_xl.libreoffice.konversi import ke_pdf

    pdf = ke_pdf(pk_dinas, pk_dinas.with_suffix(".pdf"), perbarui_indeks=False)
    halaman = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                             text=True, check=True).stdout.split("\f")[:-1]  # fmt: skip
    assert len(halaman) == 16  # two pages per PK: nothing spills over
    for n, h in enumerate(halaman, 1):
        # both signature columns on the page that names them: titles, names and NIPs
        assert h.count("PIHAK KEDUA,") == h.count("PIHAK PERTAMA,") == 1, n
        # the Bupati signs without NIP (the Kepala Dinas's PK, pages 1-2)
        assert h.count("NIP.") == (1 if n <= 2 else 2), n
        assert ("LAMPIRAN" in h) == (n % 2 == 0)
    assert "Ir. Rahmat Hidayat, M.Si" in halaman[0] and "H. Ahmad Fauzi Rahman" in halaman[0]
    assert potongan_kata(pk_dinas, baca_pdf(pdf)) == []


# --- the Buat PK button -------------------------------------------------------------------


def test_tombol_buat_pk_di_samping_buku(contoh_xlsx: Path, tmp_path: Path) -> None:
    """The button (any engine, here the grid engine the tests use): Hitung Ulang, then
    perjanjian-kinerja-BUKU.docx beside the workbook, opened."""
    from lakip_xl import tombol

    buku = shutil.copy(contoh_xlsx, tmp_path / "LKj 2020.xlsx")
    lembar = tombol.LembarGrid.dari_berkas(buku)
    berkas = tombol.buat_pk(lembar)
    keluar = tmp_path / "perjanjian-kinerja-LKj 2020.docx"
    assert berkas == [keluar] and lembar.dibuka == [keluar]
    teks = [p.text for p in Document(str(keluar)).paragraphs]
    assert teks.count("PERJANJIAN KINERJA TAHUN 2020") == 9


def test_jembatan_grid_pk_untuk_libreoffice(contoh_xlsx: Path, tmp_path: Path, capsys) -> None:
    """What the LibreOffice button runs in the full Python: `python -m lakip_xl.tombol pk`."""
    import json

    from lakip_xl import tombol
    from lakip_xl.buku.baca_xml import baca_grid

    grid = tmp_path / "grid.json"
    grid.write_text(tombol.grid_ke_json(baca_grid(contoh_xlsx)), encoding="utf-8")
    buku = tmp_path / "buku.xlsx"
    assert tombol.main(["pk", str(grid), "--buku", str(buku)]) == 0
    jawab = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert jawab["ok"] and jawab["berkas"] == [str(tmp_path / "perjanjian-kinerja-buku.docx")]
