"""The Pemda workbook (`lakip baru --pemda`) and the recap's Pemda tables: RPJMD indikator filled
from OPD workbooks by (OPD, code), several OPD combined by rule, what cannot be matched listed.

The OPD workbooks are typed into blank `lakip baru` workbooks (tests/kantor.py); every expected
value below is worked out by hand in the comment beside it."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from kantor import LAKIP, SS, isi, kosong
from ooxml_sah import pelanggaran

from lakip_xl import operasi
from lakip_xl.rekap.cocok import tabel_pemda
from lakip_xl.rekap.padan import data_opd
from lakip_xl.rekap.pemda import baca_pemda, periksa_pemda

D = Decimal


def _ind(kode, nama, satuan, target, realisasi, pol="Positif", **lain):
    return {"Kode": kode, "Tingkat": SS, "Penanggung Jawab": "Kepala", "Sasaran": "Sasaran OPD",
            "Indikator Kinerja": nama, "Satuan": satuan, "Polaritas": pol, "Target": target,
            "Realisasi": realisasi, **lain}  # fmt: skip


def _program(kode, uraian, anggaran, realisasi):
    return [
        {"Kode": kode, "Jenis": "Program", "Uraian": uraian},
        {"Kode": f"{kode}.2.01", "Jenis": "Kegiatan", "Uraian": f"Kegiatan {uraian}",
         "Anggaran": anggaran, "Realisasi": realisasi},
    ]  # fmt: skip


OPD_KERJA = {
    "dinkes.xlsx": (
        {"Nama Instansi": "Dinas Kesehatan", "Periode Renstra": "2021-2026"},
        {
            "Indikator": [
                _ind("IKU-1", "Angka kematian ibu", "per 100.000 KH", 100, 90, "Negatif"),
                _ind("IKU-2", "Persentase balita gizi baik", "%", 90, 81),
            ],
            "Anggaran": _program(
                "1.02.02", "Program Pemenuhan Upaya Kesehatan", 1_000_000_000, 900_000_000
            ),
            "Evaluasi Triwulan": [
                {"Triwulan": "II", "Faktor Pendorong": "teks triwulan dua"},
                {
                    "Triwulan": "IV",
                    "Faktor Pendorong": "Dukungan bidan desa",
                    "Faktor Penghambat": "Akses jalan ke desa terpencil",
                    "Tindak Lanjut Renja Berikutnya": "Menambah rumah tunggu kelahiran",
                },
            ],
        },
    ),
    # its Nama Instansi differs from the Pemda's list: matched through the alias table
    "disdik.xlsx": (
        {"Nama Instansi": "Disdik Kab. Tanah Bumbu"},
        {"Indikator": [_ind("P-01", "Angka Partisipasi Murni SD", "%", 95, 96)]},
    ),
    "kec-batulicin.xlsx": (
        {"Nama Instansi": "Kecamatan Batulicin"},
        {
            "Indikator": [
                _ind("K-1", "Jumlah desa mandiri", "desa", 12, 12),
                _ind("K-2", "Persentase layanan administrasi tepat waktu", "%", 90, 92),
            ],
            "Anggaran": _program(
                "7.01.01", "Program Penyelenggaraan Pemerintahan", 500_000_000, 450_000_000
            ),
        },
    ),
    "kec-kusan-hilir.xlsx": (
        {"Nama Instansi": "Kecamatan Kusan Hilir"},
        {
            "Indikator": [
                _ind("KH-1", "Jumlah desa mandiri", "desa", 10, 9),
                _ind("KH-2", "Persentase layanan administrasi tepat waktu", "%", 90, 87),
            ]
        },
    ),
    # an office the Pemda does not list
    "bkd.xlsx": (
        {"Nama Instansi": "Badan Kepegawaian Daerah"},
        {"Indikator": [_ind("B-1", "Indeks profesionalitas ASN", "Indeks", 70, 71)]},
    ),
}

_KES, _DIK, _DESA = (
    "Meningkatnya derajat kesehatan masyarakat",
    "Meningkatnya akses pendidikan dasar",
    "Meningkatnya kemandirian desa dan mutu layanan kecamatan",
)


def _rpjmd(kode, sasaran, nama, satuan, target, opd, kode_opd, **lain):
    return {"Kode": kode, "Sasaran": sasaran, "Indikator": nama, "Satuan": satuan,
            "Target": target, "OPD": opd, "Kode Indikator OPD": kode_opd, **lain}  # fmt: skip


INDIKATOR_RPJMD = [
    _rpjmd(
        "IKD-01",
        _KES,
        "Angka kematian ibu",
        "per 100.000 KH",
        110,
        "Dinas Kesehatan",
        "IKU-1",
        Polaritas="Negatif",
        **{"Capaian Tahun Lalu (%)": 105},
    ),
    # the code is wrong (IKU-9): listed, and the OPD's indikator of a close name suggested
    _rpjmd(
        "IKD-05",
        _KES,
        "Persentase balita berstatus gizi baik",
        "%",
        85,
        "Dinas Kesehatan",
        "IKU-9",
        Polaritas="Positif",
    ),
    _rpjmd(
        "IKD-02",
        _DIK,
        "Angka Partisipasi Murni SD",
        "%",
        94,
        "Dinas Pendidikan",
        "P-01",
        Polaritas="Positif",
    ),
    # measured by two Kecamatan, summed
    _rpjmd(
        "IKD-03",
        _DESA,
        "Jumlah desa mandiri",
        "desa",
        25,
        "Kecamatan Batulicin",
        "K-1",
        Polaritas="Positif",
        Gabungan="Jumlah",
        **{"Target Tahun Lalu": 20, "Realisasi Tahun Lalu": 18},
    ),
    {"Kode": "IKD-03", "OPD": "Kecamatan Kusan Hilir", "Kode Indikator OPD": "KH-1"},
    # measured by two Kecamatan, averaged
    _rpjmd(
        "IKD-04",
        _DESA,
        "Persentase layanan administrasi tepat waktu",
        "%",
        90,
        "Kecamatan Batulicin",
        "K-2",
        Polaritas="Positif",
        Gabungan="Rata-rata",
    ),
    {"Kode": "IKD-04", "OPD": "Kecamatan Kusan Hilir", "Kode Indikator OPD": "KH-2"},
    # an OPD of the list whose workbook is not in the folder
    _rpjmd(
        "IKD-06",
        _DESA,
        "Produksi perikanan tangkap",
        "ton",
        5000,
        "Dinas Perikanan",
        "DP-1",
        Polaritas="Positif",
    ),
]

OPD_PEMDA = [
    {"No": 1, "Nama OPD": "Dinas Pendidikan", "Jenis": "Dinas", "Kode Unit SIPD": "1.01.0.00"},
    {"No": 2, "Nama OPD": "Dinas Kesehatan", "Jenis": "Dinas", "Kode Unit SIPD": "1.02.0.00"},
    {"No": 3, "Nama OPD": "Dinas Perikanan", "Jenis": "Dinas"},
    {"No": 4, "Nama OPD": "Kecamatan Batulicin", "Jenis": "Kecamatan"},
    {"No": 5, "Nama OPD": "Kecamatan Kusan Hilir", "Jenis": "Kecamatan"},
]  # fmt: skip

PROFIL_PEMDA = {
    "Nama Pemerintah Daerah": "Pemerintah Kabupaten Tanah Bumbu",
    "Nama Kepala Daerah": "H. Andi Rudi Latif",
    "Jabatan Kepala Daerah": "Bupati Tanah Bumbu",
    "Periode RPJMD": "2021-2026",
    "Tempat dan Tanggal Laporan": "Batulicin, Maret 2026",
}


def pemda_kosong(path: Path) -> Path:
    subprocess.run([*LAKIP, "baru", "--pemda", "-o", str(path), "--tahun", "2025"], check=True)
    return path


def pemda(path: Path, indikator=INDIKATOR_RPJMD, opd=OPD_PEMDA) -> Path:
    pemda_kosong(path)
    alias = [{"Nama di Buku Kerja": "Disdik Kab. Tanah Bumbu", "Nama OPD": "Dinas Pendidikan"}]
    return isi(path, PROFIL_PEMDA,
               {"Indikator RPJMD": indikator, "OPD": opd, "Alias OPD": alias})  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    f = tmp_path_factory.mktemp("rekap-pemda")
    for nama, (profil, tabel) in OPD_KERJA.items():
        isi(kosong(f / nama, 2025), profil, tabel)
    pemda(f / "pemda.xlsx")
    return f


@pytest.fixture(scope="module")
def rekap(folder: Path):
    data = [data_opd(operasi.hitung_buku(folder / n), n) for n in OPD_KERJA]
    return tabel_pemda(baca_pemda(folder / "pemda.xlsx"), data)


def _cp(rekap, kode):
    return next(c for c in rekap.cocok.capaian if c.ind.kode == kode)


def test_buku_pemda_kosong_sah_dan_bersheet(tmp_path: Path):
    p = pemda_kosong(tmp_path / "pemda.xlsx")
    assert pelanggaran(p) == []
    wb = openpyxl.load_workbook(p)
    assert wb.sheetnames == ["Petunjuk", "Profil", "Indikator RPJMD", "OPD", "Alias OPD"]
    kepala = [c.value for c in wb["Indikator RPJMD"][3] if c.value]
    for judul in ("Sasaran", "Kode", "Indikator", "Polaritas", "Target", "Target Tahun Lalu",
                  "Capaian Tahun Lalu (%)", "OPD", "Kode Indikator OPD", "Gabungan"):  # fmt: skip
        assert judul in kepala
    # the Gabungan dropdown offers the three rules
    dv = [d for d in wb["Indikator RPJMD"].data_validations.dataValidation if d.type == "list"]
    assert any(d.formula1 == '"Jumlah,Rata-rata,OPD Utama"' for d in dv)
    assert wb["Profil"]["B5"].value == 2025


def test_buku_pemda_tidak_menimpa(tmp_path: Path):
    p = pemda_kosong(tmp_path / "pemda.xlsx")
    r = subprocess.run([*LAKIP, "baru", "--pemda", "-o", str(p)], capture_output=True, text=True)
    assert r.returncode == 1
    assert "sudah ada" in r.stderr and "Traceback" not in r.stderr


def test_satu_opd_negatif(rekap):
    # Negatif, (2 x 110 - 90) / 110 x 100 = 130 / 110 x 100 = 118,1818... -> 118,18
    cp = _cp(rekap, "IKD-01")
    assert cp.realisasi == 90
    assert cp.capaian.persen_bulat() == D("118.18")
    assert [u.alasan for u in cp.ukur] == [""]


def test_lewat_alias(rekap):
    # 'Disdik Kab. Tanah Bumbu' -> Dinas Pendidikan; 96 / 94 x 100 = 102,1276... -> 102,13
    cp = _cp(rekap, "IKD-02")
    assert cp.ukur[0].berkas == "disdik.xlsx"
    assert cp.capaian.persen_bulat() == D("102.13")


def test_dua_opd_dijumlah(rekap):
    # 12 + 9 = 21 desa; 21 / 25 x 100 = 84,00
    cp = _cp(rekap, "IKD-03")
    assert [u.realisasi for u in cp.ukur] == [12, 9]
    assert cp.realisasi == 21
    assert cp.capaian.persen_bulat() == D("84.00")
    # last year from the typed Target / Realisasi Tahun Lalu: 18 / 20 x 100 = 90,00
    assert cp.capaian_lalu.persen_bulat() == D("90.00")


def test_dua_opd_dirata(rekap):
    # (92 + 87) / 2 = 89,5; 89,5 / 90 x 100 = 99,4444... -> 99,44
    cp = _cp(rekap, "IKD-04")
    assert cp.realisasi == D("89.5")
    assert cp.capaian.persen_bulat() == D("99.44")


def test_kode_tidak_ada_didaftar_tidak_ditebak(rekap):
    cp = _cp(rekap, "IKD-05")
    assert cp.realisasi is None and cp.capaian.persen is None
    assert cp.ukur[0].alasan == "kode tidak ditemukan"
    t = next(t for t in rekap.cocok.tak_cocok if t.kode == "IKD-05")
    assert "kode 'IKU-9' tidak ada" in t.alasan and "dinkes.xlsx" in t.alasan
    assert t.sel == "L5"  # the OPD cell of its row (row 4 is IKD-01)
    assert "IKU-2" in t.saran  # a suggestion only: the capaian stays empty


def test_opd_tanpa_buku_kerja_dan_opd_tak_terdaftar(rekap):
    cp = _cp(rekap, "IKD-06")
    assert cp.capaian.persen is None and cp.ukur[0].alasan == "OPD tidak ditemukan"
    alasan = [t.alasan for t in rekap.cocok.tak_cocok]
    assert any("'Dinas Perikanan'" in a for a in alasan)
    assert any("'Badan Kepegawaian Daerah'" in a and "bkd.xlsx" in a for a in alasan)
    assert len(rekap.cocok.tak_cocok) == 3


def test_rata_per_sasaran(rekap):
    rata = {s: rr for s, rr in rekap.sasaran}
    # kesehatan: 118,18 only (IKD-05 has no capaian, counted apart)
    assert rata[_KES].persen == D("118.18") and rata[_KES].dikecualikan == 1
    # desa: (84,00 + 99,44) / 2 = 91,72; IKD-06 left out
    assert rata[_DESA].persen == D("91.72") and rata[_DESA].jumlah == 2


def test_urutan_opd_seperti_daftar_pemda(rekap):
    assert rekap.urutan == ["Disdik Kab. Tanah Bumbu", "Dinas Kesehatan", "Kecamatan Batulicin",
                            "Kecamatan Kusan Hilir"]  # fmt: skip


def _lembar(rekap, nama):
    return next(x for x in rekap.lembar if x.nama == nama)


def test_efisiensi_per_opd(rekap):
    e = _lembar(rekap, "Efisiensi Anggaran")
    # Dinas Kesehatan: 1.000.000.000 - 900.000.000 = 100.000.000 (90,00 %), Batulicin 50.000.000
    prog = [b for b in e.baris if b[0] != ""]
    assert [(b[1], b[4], b[5], b[6], b[7]) for b in prog] == [
        ("Dinas Kesehatan", 1_000_000_000, 900_000_000, 100_000_000, D("90.00")),
        ("Kecamatan Batulicin", 500_000_000, 450_000_000, 50_000_000, D("90.00")),
    ]
    assert e.jumlah[4:] == (1_500_000_000, 1_350_000_000, 150_000_000, D("90.00"))


def test_analisis_faktor_dari_teks_opd(rekap):
    f = _lembar(rekap, "Analisis Faktor")
    dinkes = next(b for b in f.baris if b[1] == "Angka kematian ibu")
    # the last triwulan typed (IV), not II
    assert dinkes[3:] == ("Dukungan bidan desa", "Akses jalan ke desa terpencil",
                          "Menambah rumah tunggu kelahiran", "Evaluasi Triwulan IV")  # fmt: skip
    batulicin = next(b for b in f.baris if b[2] == "Kecamatan Batulicin")
    assert batulicin[3] == "-" and "belum ada teks" in batulicin[6]


def test_banding_tahun_lalu(rekap):
    b = {r[1]: r for r in _lembar(rekap, "Banding Tahun Lalu").baris}
    assert b["IKD-01"][3:] == (D("105.00"), D("118.18"), D("13.18"), "meningkat")  # typed 105
    assert b["IKD-03"][3:] == (D("90.00"), D("84.00"), D("-6.00"), "menurun")
    assert b["IKD-02"][6] == "tidak dapat dibandingkan"


def test_lembar_iku(rekap):
    iku = {r[2]: r for r in _lembar(rekap, "Capaian IKU RPJMD").baris}
    r = iku["IKD-03"]
    opd = "Kecamatan Batulicin (K-1); Kecamatan Kusan Hilir (KH-1)"
    # 84,00 is above 80 and at most 90: Memuaskan on the default scale (Tabel 5 LKj)
    assert r[9:] == (D("21.00"), D("84.00"), "Memuaskan", "Jumlah", opd, "Jumlah dari 2 OPD")
    assert iku["IKD-05"][10] == "*)"


# --- the Pemda workbook's own checks -----------------------------------------------------------


def test_periksa_opd_salah_tulis_dan_gabungan_kosong(tmp_path: Path):
    salah = [
        _rpjmd("IKD-01", _KES, "Angka kematian ibu", "", 110, "Dinas Kesehtan", "IKU-1"),
        _rpjmd("IKD-03", _DESA, "Jumlah desa mandiri", "desa", 25, "Kecamatan Batulicin", "K-1"),
        {"Kode": "IKD-03", "OPD": "Kecamatan Kusan Hilir", "Kode Indikator OPD": "KH-1",
         "Target": 30},
    ]  # fmt: skip
    bp = periksa_pemda(pemda(tmp_path / "p.xlsx", indikator=salah))
    pesan = [str(m) for m in bp.galat]
    assert (
        "GALAT - Sheet 'Indikator RPJMD' sel L4: OPD 'Dinas Kesehtan' tidak ada di sheet OPD; "
        "maksudnya 'Dinas Kesehatan'?" in pesan
    )
    assert any("sel H6: kolom 'Target' berbeda dengan baris pertama indikator IKD-03 (sel H5)" in p
               for p in pesan)  # fmt: skip
    assert any("sel N5: indikator IKD-03 diukur 2 OPD; pilih Gabungan" in p for p in pesan)
    peringatan = [str(m) for m in bp.masalah if not m.galat]
    assert any("sel G4: polaritas kosong, dianggap Positif" in p for p in peringatan)
    with pytest.raises(Exception, match=r"bergalat \(dan 2 galat lain"):
        baca_pemda(tmp_path / "p.xlsx")
    # `lakip periksa` knows a Pemda workbook and prints the same messages
    r = subprocess.run([*LAKIP, "periksa", str(tmp_path / "p.xlsx")], capture_output=True,
                       text=True)  # fmt: skip
    assert r.returncode == 1
    assert "Sheet 'Indikator RPJMD' sel L4: OPD 'Dinas Kesehtan' tidak ada di sheet OPD" in r.stdout
    # galat: L4, H6, N5; peringatan: Polaritas empty on both first rows (G4, G5)
    assert "3 galat dan 2 peringatan di p.xlsx" in r.stdout


def test_periksa_alias_ke_opd_yang_tidak_ada(tmp_path: Path):
    p = pemda(tmp_path / "p.xlsx")
    wb = openpyxl.load_workbook(p)
    wb["Alias OPD"]["B5"] = "Dinas Pendidikn"
    wb["Alias OPD"]["A5"] = "Diknas"
    wb.save(p)
    pesan = [str(m) for m in periksa_pemda(p).galat]
    assert pesan == [
        "GALAT - Sheet 'Alias OPD' sel B5: OPD 'Dinas Pendidikn' tidak ada di sheet OPD; "
        "maksudnya 'Dinas Pendidikan'?"
    ]


def test_buku_kerja_opd_bukan_buku_pemda(folder: Path):
    with pytest.raises(Exception, match="buku kerja OPD, bukan buku kerja Pemda"):
        baca_pemda(folder / "dinkes.xlsx")


# --- the LKjIP draft (.docx) ------------------------------------------------------------------


def test_lkjip_docx_sah_dengan_grafik_dan_daftar_isi(rekap, tmp_path: Path):
    import zipfile

    from docx import Document

    from lakip_xl.rekap.lkjip import tulis_lkjip

    p = tulis_lkjip(rekap, tmp_path / "lkjip.docx")
    assert pelanggaran(p) == []
    with zipfile.ZipFile(p) as z:
        nama = z.namelist()
        xml = z.read("word/document.xml").decode()
    # three native charts (per sasaran, per OPD, serapan per OPD), each with its data workbook
    assert sorted(n for n in nama if n.startswith("word/charts/chart")) == [
        f"word/charts/chart{i}.xml" for i in (1, 2, 3)
    ]
    assert len([n for n in nama if n.startswith("word/embeddings/")]) == 3
    assert 'TOC \\o "1-3"' in xml
    doc = Document(str(p))
    sel = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    teks = "\n".join(par.text for par in doc.paragraphs)
    assert "118,18" in sel and "84,00" in sel and "99,44" in sel  # the capaian worked above
    assert "150.000.000" in sel  # efisiensi, all OPD: 1.500.000.000 - 1.350.000.000
    # per OPD, as each workbook's own Ringkasan: Dinas Kesehatan (110 + 90) / 2 = 100,00
    # (IKU-1 Negatif: (2 x 100 - 90) / 100 = 110); Kusan Hilir (90 + 96,67) / 2 = 93,335 -> 93,34
    # (KH-1 9 / 10 = 90,00; KH-2 87 / 90 = 96,666... shown 96,67)
    assert "100,00" in sel and "93,34" in sel
    assert "rata-rata capaian 91,72% (Sangat Memuaskan)" in teks
    assert "Dari 6 indikator RPJMD, 4 dapat dihitung capaiannya" in teks
    # the unmatched code's OPD factor texts are not shown against it
    faktor = next(t for t in doc.tables if t.rows[0].cells[3].text == "Faktor Pendukung")
    baris = [[c.text for c in r.cells] for r in faktor.rows[1:]]
    assert [b[1] for b in baris if b[2] == "Dinas Kesehatan"] == ["Angka kematian ibu"]


# --- through the recap's own per-OPD result and command -----------------------------------------


def test_sama_lewat_hasil_rekap(folder: Path):
    """The recap's per-OPD record (rekap.ringkas, built in its worker) gives the same values."""
    from lakip_xl.rekap.ringkas import ringkas

    data = [ringkas(operasi.hitung_buku(folder / n), str(folder / n), n) for n in OPD_KERJA]
    rp = tabel_pemda(baca_pemda(folder / "pemda.xlsx"), data)
    cap = {c.ind.kode: c.capaian.persen_bulat() for c in rp.cocok.capaian}
    assert cap == {"IKD-01": D("118.18"), "IKD-05": None, "IKD-02": D("102.13"),
                   "IKD-03": D("84.00"), "IKD-04": D("99.44"), "IKD-06": None}  # fmt: skip
    assert len(rp.cocok.tak_cocok) == 3


def test_perintah_rekap_pemda_dan_docx(folder: Path, tmp_path: Path):
    keluar, docx = tmp_path / "rekap.xlsx", tmp_path / "lkjip.docx"
    r = subprocess.run(
        [*LAKIP, "rekap", str(folder), "--pemda", str(folder / "pemda.xlsx"), "-o", str(keluar),
         "--docx", str(docx)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert pelanggaran(keluar) == [] and pelanggaran(docx) == []
    wb = openpyxl.load_workbook(keluar, read_only=True)
    for nama in ("Capaian IKU RPJMD", "Capaian Sasaran RPJMD", "Pengukuran OPD", "Belum Cocok",
                 "Analisis Faktor", "Efisiensi Anggaran", "Banding Tahun Lalu"):  # fmt: skip
        assert nama in wb.sheetnames
    nilai = [v for row in wb["Capaian IKU RPJMD"].iter_rows(values_only=True) for v in row]
    assert 84 in nilai and 99.44 in nilai and 118.18 in nilai
    wb.close()


@pytest.mark.lo
def test_perintah_rekap_pdf(folder: Path, tmp_path: Path):
    """--pdf: the LKjIP draft as PDF beside its .docx, its numbers Indonesian as printed text;
    --pdf without --docx is refused in one sentence and nothing is written."""
    keluar, docx = tmp_path / "rekap.xlsx", tmp_path / "lkjip.docx"
    r = subprocess.run(
        [*LAKIP, "rekap", str(folder), "-o", str(keluar), "--pdf"], capture_output=True, text=True
    )
    assert r.returncode == 1 and "--pdf membutuhkan --docx" in r.stderr
    assert list(tmp_path.iterdir()) == []
    r = subprocess.run(
        [*LAKIP, "rekap", str(folder), "--pemda", str(folder / "pemda.xlsx"), "-o", str(keluar),
         "--docx", str(docx), "--pdf"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    teks = subprocess.run(
        ["pdftotext", "-layout", str(docx.with_suffix(".pdf")), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "84,00" in teks and "99,44" in teks and "118,18" in teks
    assert "84.00" not in teks
