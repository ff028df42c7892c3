"""Workbooks of offices unlike the sample, typed into a blank `lakip baru` workbook the way staff
fill it (openpyxl, cell by cell under the headers), for the report tests.

- `dinas`: a Dinas with only Sasaran Strategis indikator, the final IKM it received (Riwayat
  IKM, no survey answers), no anggaran yet, the average capped at 100, a Renstra without Tujuan.
- `badan`: a Badan with Eselon III and IV units, Negatif indikator, one indikator cascaded from
  a Sasaran Strategis to a unit, programs and kegiatan but no Belanja and no survey.

Each distinct workbook (the blank one of a year; a given file with given values typed) is made
once per test process and copied after (tests/sekali.py): the same bytes the steps would give
again, without `lakip baru` and an openpyxl load and save in every test that needs an office.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
from sekali import sekali

LAKIP = [sys.executable, "-m", "lakip_xl.cli"]

SS, ES3, ES4 = "Sasaran Strategis", "Eselon III / Administrator", "Eselon IV / Pengawas"


def kosong(path: Path, tahun: int) -> Path:
    """A blank workbook made by `lakip baru`, as a user starts (its content does not depend on
    the file's name)."""
    return sekali(
        f"kosong-{tahun}.xlsx",
        path,
        lambda: subprocess.run(
            [*LAKIP, "baru", "-o", str(path), "--tahun", str(tahun)], check=True
        ),
    )


def contoh(path: Path) -> Path:
    """The sample workbook made by `lakip contoh`, as a user gets it (its content depends on the
    file's type, .xlsx, .xlsm or .ods, not on its name)."""
    return sekali(
        f"contoh{path.suffix}",
        path,
        lambda: subprocess.run(
            [*LAKIP, "contoh", "-o", str(path)], check=True, capture_output=True
        ),
    )


def isi(path: Path, profil: dict[str, object], tabel: dict[str, list[dict[str, object]]]) -> Path:
    """Type Profil values (column B beside their label) and table rows (under the header
    row 3, matched by header text)."""
    kunci = hashlib.sha256(path.read_bytes() + repr((profil, tabel)).encode()).hexdigest()
    return sekali(f"isi-{kunci[:32]}.xlsx", path, lambda: _isi(path, profil, tabel))


def _isi(path: Path, profil: dict[str, object], tabel: dict[str, list[dict[str, object]]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Profil"]
    label = {r[0].value: r[0].row for r in ws.iter_rows(min_row=4) if r[0].value}
    for judul, nilai in profil.items():
        ws.cell(label[judul], 2, nilai)
    for sheet, baris in tabel.items():
        ws = wb[sheet]
        kolom = {c.value: c.column for c in ws[3] if c.value}
        for i, data in enumerate(baris, start=4):
            for judul, nilai in data.items():
                ws.cell(i, kolom[judul], float(nilai) if isinstance(nilai, Decimal) else nilai)
    wb.save(path)


PROFIL_DINAS: dict[str, object] = {
    "Nama Instansi": "Dinas Ketahanan Pangan",
    "Pemerintah Daerah": "Kabupaten Tanah Bumbu",
    "Alamat": "Jl. Dharma Praja No. 3, Batulicin",
    "Nama Pimpinan": "Ir. Rahmat Hidayat, M.Si",
    "Jabatan Pimpinan": "Kepala Dinas Ketahanan Pangan",
    "NIP Pimpinan": "19700101 199503 1 002",
    "Tempat dan Tanggal Laporan": "Batulicin, Februari 2025",
    "Periode Renstra": "2023-2027",
    "Batas Capaian untuk Rata-rata": "100",
    "Kode Indikator IKM": "IKU-3",
}

INDIKATOR_DINAS: list[dict[str, object]] = [
    {
        "Kode": "IKU-1",
        "Tingkat": SS,
        "Penanggung Jawab": "Kepala Dinas",
        "Sasaran": "Meningkatnya ketersediaan pangan",
        "Indikator Kinerja": "Persentase ketersediaan pangan strategis",
        "Satuan": "%",
        "Polaritas": "Positif",
        "IKU": "Ya",
        "Target": 90,
        "Realisasi": 99,
    },
    {
        "Kode": "IKU-2",
        "Tingkat": SS,
        "Penanggung Jawab": "Kepala Dinas",
        "Sasaran": "Meningkatnya kualitas konsumsi pangan",
        "Indikator Kinerja": "Skor Pola Pangan Harapan (PPH)",
        "Satuan": "Skor",
        "Polaritas": "Positif",
        "IKU": "Ya",
        "Target": Decimal("88.5"),
        "Realisasi": Decimal("84.07"),
    },
    {
        # the final IKM is in Riwayat IKM; the realisasi is left for `hitung` to take from it
        "Kode": "IKU-3",
        "Tingkat": SS,
        "Penanggung Jawab": "Kepala Dinas",
        "Sasaran": "Meningkatnya kualitas pelayanan publik",
        "Indikator Kinerja": "Indeks Kepuasan Masyarakat (IKM)",
        "Satuan": "Nilai",
        "Polaritas": "Positif",
        "IKU": "Ya",
        "Target": 80,
    },
]

RENSTRA_DINAS: list[dict[str, object]] = [
    {
        "No": 1,
        "Sasaran": "Meningkatnya ketersediaan pangan",
        "Indikator Sasaran": "Persentase ketersediaan pangan strategis",
        "Satuan": "%",
        "Target 2023": 88,
        "Target 2024": 90,
        "Target 2025": 91,
        "Target 2026": 92,
        "Target 2027": 93,
        "Kode Indikator": "IKU-1",
    },
    {
        "No": 2,
        "Sasaran": "Meningkatnya kualitas konsumsi pangan",
        "Indikator Sasaran": "Skor Pola Pangan Harapan (PPH)",
        "Satuan": "Skor",
        "Target 2023": Decimal("87.5"),
        "Target 2024": Decimal("88.5"),
        "Target 2025": 89,
        "Target 2026": 90,
        "Target 2027": 91,
        "Kode Indikator": "IKU-2",
    },
    {
        # the same sasaran on the next row, a second indikator with targets typed as fractions
        "Sasaran": "Meningkatnya kualitas konsumsi pangan",
        "Indikator Sasaran": "Rasio konsumsi protein hewani",
        "Satuan": "rasio",
        "Target 2023": Decimal("0.35"),
        "Target 2024": Decimal("0.36"),
        "Target 2025": Decimal("0.37"),
        "Target 2026": Decimal("0.38"),
        "Target 2027": Decimal("0.4"),
    },
    {
        "No": 3,
        "Sasaran": "Meningkatnya kualitas pelayanan publik",
        "Indikator Sasaran": "Indeks Kepuasan Masyarakat (IKM)",
        "Satuan": "Nilai",
        "Target 2023": 78,
        "Target 2024": 80,
        "Target 2025": 81,
        "Target 2026": 82,
        "Target 2027": 83,
        "Kode Indikator": "IKU-3",
    },
]

RIWAYAT_DINAS: list[dict[str, object]] = [
    {"Tahun": 2022, "Nilai IKM": Decimal("78.20"), "Target": 78},
    {"Tahun": 2023, "Nilai IKM": Decimal("80.10"), "Target": 80},
    {"Tahun": 2024, "Nilai IKM": Decimal("82.50"), "Target": 80},
]

NARASI_DINAS: list[dict[str, object]] = [
    {
        "Bagian": "Latar Belakang",
        "Teks": "Dinas Ketahanan Pangan menyusun Laporan Kinerja sebagai wujud "
        "pertanggungjawaban atas pelaksanaan tugas dan fungsinya.",
    },
    {
        "Bagian": "Ikhtisar Eksekutif",
        "Teks": "Laporan Kinerja ini menyajikan capaian sasaran strategis Dinas Ketahanan "
        "Pangan tahun 2024.",
    },
    {
        "Bagian": "Ikhtisar Eksekutif",
        "Teks": "Demikian laporan ini kami sampaikan; kepada semua pihak kami ucapkan terima "
        "kasih.",
    },
]


def dinas(folder: Path, riwayat: list[dict[str, object]] | None = None) -> Path:
    p = kosong(folder / "dinas-ketahanan-pangan-2024.xlsx", 2024)
    return isi(
        p,
        PROFIL_DINAS,
        {
            "Indikator": INDIKATOR_DINAS,
            "Tujuan Sasaran": RENSTRA_DINAS,
            "Riwayat IKM": RIWAYAT_DINAS if riwayat is None else riwayat,
            "Narasi": NARASI_DINAS,
        },
    )


PROFIL_BADAN: dict[str, object] = {
    "Nama Instansi": "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    "Pemerintah Daerah": "Kabupaten Hulu Sungai Selatan",
    "Nama Pimpinan": "Dra. Siti Aminah, M.AP",
    "Jabatan Pimpinan": "Kepala Badan",
    "NIP Pimpinan": "19721212 199803 2 004",
    "Tempat dan Tanggal Laporan": "Kandangan, Januari 2025",
    "Periode Renstra": "2023-2027",
}


def _ind(kode, tingkat, pj, sasaran, nama, satuan, target, realisasi, pol="Positif", **lain):
    b = {
        "Kode": kode,
        "Tingkat": tingkat,
        "Penanggung Jawab": pj,
        "Sasaran": sasaran,
        "Indikator Kinerja": nama,
        "Satuan": satuan,
        "Polaritas": pol,
        "Target": target,
        "Realisasi": realisasi,
    }
    return {**b, **lain}


_RKPD = "Persentase keselarasan program RKPD dengan RPJMD"
_PERENCANAAN = "Meningkatnya kualitas perencanaan pembangunan daerah"

INDIKATOR_BADAN: list[dict[str, object]] = [
    _ind("SS-1", SS, "Kepala Badan", _PERENCANAAN, _RKPD, "%", 95, 96, IKU="Ya"),
    _ind(
        "SS-2", SS, "Kepala Badan", "Meningkatnya inovasi daerah", "Indeks Inovasi Daerah",
        "Skor", 60, 66, IKU="Ya",
    ),
    _ind(
        "S-1", ES3, "Sekretaris", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP Badan",
        "Nilai", 70, Decimal("72.5"),
    ),
    _ind(
        "S-2", ES3, "Sekretaris", "Meningkatnya akuntabilitas kinerja",
        "Persentase keterlambatan penyampaian laporan keuangan", "%", 10, 8, "Negatif",
    ),
    # the Sasaran Strategis measurement cascaded to the unit (same target and realisasi)
    _ind("B-1", ES3, "Kepala Bidang Perencanaan", _PERENCANAAN, _RKPD, "%", 95, 96),
    _ind(
        "B-2", ES3, "Kepala Bidang Perencanaan", _PERENCANAAN,
        "Jumlah dokumen perencanaan yang terlambat ditetapkan", "dokumen", 2, 3, "Negatif",
    ),
    _ind(
        "K-1", ES4, "Kasubbag Umum dan Kepegawaian", "Meningkatnya akuntabilitas kinerja",
        "Persentase sarana prasarana dalam kondisi baik", "%", 90, 81,
    ),
    _ind(
        "K-2", ES4, "Kasubbid Data dan Informasi", "Meningkatnya inovasi daerah",
        "Persentase data pembangunan yang mutakhir", "%", 100, 75,
    ),
    _ind(
        "K-3", ES4, "Kasubbid Data dan Informasi", "Meningkatnya inovasi daerah",
        "Jumlah kajian riset yang diselesaikan", "kajian", 4, None,
        Keterangan="menunggu penilaian tim",
    ),
]

ANGGARAN_BADAN: list[dict[str, object]] = [
    {
        "Kode": "5.01.01",
        "Jenis": "Program",
        "Uraian": "Program Penunjang Urusan Pemerintahan Daerah",
        "Sasaran": "Meningkatnya akuntabilitas kinerja",
    },
    {
        "Kode": "5.01.01.2.01",
        "Jenis": "Kegiatan",
        "Uraian": "Administrasi Keuangan Perangkat Daerah",
        "Anggaran": 1_200_000_000,
        "Realisasi": 1_150_000_000,
    },
    {
        "Kode": "5.01.01.2.02",
        "Jenis": "Kegiatan",
        "Uraian": "Administrasi Umum Perangkat Daerah",
        "Anggaran": 800_000_000,
        "Realisasi": 700_000_000,
    },
    {
        "Kode": "5.01.02",
        "Jenis": "Program",
        "Uraian": "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
        "Sasaran": _PERENCANAAN,
    },
    {
        "Kode": "5.01.02.2.01",
        "Jenis": "Kegiatan",
        "Uraian": "Penyusunan Rencana Kerja Pemerintah Daerah",
        "Anggaran": 500_000_000,
        "Realisasi": 480_000_000,
    },
]


def badan(folder: Path) -> Path:
    p = kosong(folder / "bapperida-2024.xlsx", 2024)
    return isi(p, PROFIL_BADAN, {"Indikator": INDIKATOR_BADAN, "Anggaran": ANGGARAN_BADAN})



# --- offices whose reports `lakip reviu` checks (tests/test_reviu_kantor.py) -----------------

NEGATIF_BADAN = (
    "Persentase keterlambatan penyampaian laporan keuangan",
    "Jumlah dokumen perencanaan yang terlambat ditetapkan",
)
SAMA_NAMA_ES4 = "Persentase dokumen yang diselesaikan tepat waktu"
SAMA_NAMA_ES3 = "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti"

# two units with an indikator of the same name (legal): Eselon IV (also in the Eselon IV table,
# with its Penanggung Jawab) and Eselon III (only in the units' own tables); K-4 points to one
# of the two kegiatan of its program
INDIKATOR_BADAN_REVIU: list[dict[str, object]] = [
    *INDIKATOR_BADAN,
    _ind("S-3", ES3, "Sekretaris", "Meningkatnya akuntabilitas kinerja", SAMA_NAMA_ES3, "%",
         100, 92),
    _ind("B-3", ES3, "Kepala Bidang Perencanaan", _PERENCANAAN, SAMA_NAMA_ES3, "%", 100, 100),
    _ind("K-4", ES4, "Kasubbag Umum dan Kepegawaian", "Meningkatnya akuntabilitas kinerja",
         SAMA_NAMA_ES4, "%", 90, 85, **{"Kode Anggaran": "5.01.01.2.01"}),
    _ind("K-5", ES4, "Kasubbid Data dan Informasi", "Meningkatnya inovasi daerah",
         SAMA_NAMA_ES4, "%", 80, 88),
]


def _renstra(no, tujuan, ind_tujuan, sasaran, ind, satuan, target, kode, **lain):
    b = {"No": no, "Tujuan": tujuan, "Indikator Tujuan": ind_tujuan, "Sasaran": sasaran,
         "Indikator Sasaran": ind, "Satuan": satuan, "Kode Indikator": kode}
    b.update({f"Target {2023 + i}": v for i, v in enumerate(target)})
    return {**b, **lain}


_AKUNTABEL = "Meningkatnya akuntabilitas kinerja"
RENSTRA_BADAN: list[dict[str, object]] = [
    # the Negatif S-2 and B-2 stand in the Renstra too; the Tujuan repeats (one merged cell)
    _renstra(1, "Mewujudkan tata kelola yang akuntabel", "Nilai SAKIP", _AKUNTABEL,
             "Nilai SAKIP Badan", "Nilai", (68, 70, 72, 74, 76), "S-1", **{"Target Tujuan": "B"}),
    _renstra(None, "Mewujudkan tata kelola yang akuntabel", "Nilai SAKIP", _AKUNTABEL,
             "Persentase keterlambatan penyampaian laporan keuangan", "%", (12, 10, 8, 6, 5),
             "S-2"),
    _renstra(2, "Meningkatkan kualitas perencanaan", "Indeks kualitas perencanaan",
             _PERENCANAAN, "Jumlah dokumen perencanaan yang terlambat ditetapkan", "dokumen",
             (3, 2, 1, 1, 0), "B-2"),
    _renstra(None, "Meningkatkan kualitas perencanaan", "Indeks kualitas perencanaan",
             _PERENCANAAN, _RKPD, "%", (94, 95, 96, 97, 98), "SS-1"),
    _renstra(3, "Meningkatkan daya saing daerah", "Indeks daya saing daerah",
             "Meningkatnya inovasi daerah", "Indeks Inovasi Daerah", "Skor",
             (55, 60, 65, 70, 75), "SS-2"),
]

PK_BADAN: list[dict[str, object]] = [
    {"Penanggung Jawab": "Kepala Badan", "Nama Pejabat": "Dra. Siti Aminah, M.AP",
     "NIP": "19721212 199803 2 004", "Tingkat": SS, "Jumlah Program": 2,
     "Jumlah Kegiatan": 3, "Anggaran": 2_500_000_000},
    {"Penanggung Jawab": "Sekretaris", "Nama Pejabat": "H. Ahmad Fauzi, S.E.",
     "NIP": "19780303 200212 1 003", "Tingkat": ES3, "Jumlah Program": 1,
     "Jumlah Kegiatan": 2, "Anggaran": 2_000_000_000},
]


def badan_reviu(folder: Path) -> Path:
    """The Badan with a Renstra (Tujuan, Negatif indikator), a Perjanjian Kinerja, the same
    indikator name in two units, an indikator linked to one kegiatan, the average capped at 100."""
    p = kosong(folder / "bapperida-reviu-2024.xlsx", 2024)
    return isi(
        p,
        {**PROFIL_BADAN, "Batas Capaian untuk Rata-rata": "100"},
        {
            "Indikator": INDIKATOR_BADAN_REVIU,
            "Anggaran": ANGGARAN_BADAN,
            "Tujuan Sasaran": RENSTRA_BADAN,
            "Perjanjian Kinerja": PK_BADAN,
        },
    )


PROFIL_KECAMATAN: dict[str, object] = {
    "Nama Instansi": "Kecamatan Bati-Bati",
    "Pemerintah Daerah": "Pemerintah Kabupaten Tanah Laut",
    "Alamat": "Jl. A. Yani Km. 33, Bati-Bati",
    "Nama Pimpinan": "Muhammad Rizali, S.STP, M.Si",
    "Jabatan Pimpinan": "Camat Bati-Bati",
    "NIP Pimpinan": "19850808 200412 1 001",
    "Tempat dan Tanggal Laporan": "Bati-Bati, Januari 2025",
    "Periode Renstra": "2023-2027",
}
_TERTIB = "Meningkatnya tertib administrasi pemerintahan desa"
_LAYANAN = "Meningkatnya kualitas pelayanan administrasi terpadu kecamatan"
INDIKATOR_KECAMATAN: list[dict[str, object]] = [
    _ind("SS-1", SS, "Camat", _TERTIB, "Persentase desa dengan administrasi pemerintahan tertib",
         "%", 80, 75, IKU="Ya"),
    # partly filled: this year's realisasi not in yet
    _ind("SS-2", SS, "Camat", _LAYANAN,
         "Persentase permohonan PATEN yang diselesaikan tepat waktu", "%", 95, None, IKU="Ya",
         Keterangan="rekap Desember belum masuk"),
    _ind("K-1", ES4, "Kasi Pemerintahan", _TERTIB, "Jumlah desa yang menyampaikan LPPD tepat waktu",
         "desa", 14, 12),
    _ind("K-2", ES4, "Kasi Ketentraman dan Ketertiban Umum", _TERTIB,
         "Jumlah kejadian gangguan ketertiban umum", "kejadian", 12, 9, "Negatif"),
    _ind("K-3", ES4, "Kasi Kesejahteraan Sosial", _LAYANAN,
         "Persentase usulan bantuan sosial yang diverifikasi", "%", 100, 100,
         **{"Kode Anggaran": "1.01.02"}),
]
ANGGARAN_KECAMATAN: list[dict[str, object]] = [
    {"Kode": "1.01.01", "Jenis": "Program", "Sasaran": _TERTIB,
     "Uraian": "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"},
    {"Kode": "1.01.01.2.01", "Jenis": "Kegiatan", "Uraian": "Koordinasi Penyelenggaraan "
     "Kegiatan Pemerintahan di Tingkat Kecamatan", "Anggaran": 185_500_000,
     "Realisasi": 171_240_000},
    {"Kode": "1.01.01.2.02", "Jenis": "Kegiatan", "Uraian": "Pembinaan dan Pengawasan "
     "Penyelenggaraan Pemerintahan Desa", "Anggaran": 96_750_000, "Realisasi": 96_750_000},
    {"Kode": "1.01.02", "Jenis": "Program", "Sasaran": _LAYANAN,
     "Uraian": "Program Pemberdayaan Masyarakat Desa dan Kelurahan"},
    {"Kode": "1.01.02.2.01", "Jenis": "Kegiatan", "Uraian": "Pemberdayaan Lembaga "
     "Kemasyarakatan Tingkat Kecamatan", "Anggaran": 64_000_000, "Realisasi": 51_893_500},
]


def kecamatan(folder: Path) -> Path:
    """A Kecamatan: two Sasaran Strategis (one without realisasi yet), three Kasi (one
    Negatif), programs, no Renstra sheet, no survey, no Belanja."""
    p = kosong(folder / "kecamatan-bati-bati-2024.xlsx", 2024)
    return isi(p, PROFIL_KECAMATAN,
               {"Indikator": INDIKATOR_KECAMATAN, "Anggaran": ANGGARAN_KECAMATAN})


PROFIL_BIDANG: dict[str, object] = {
    "Nama Instansi": "Bidang Pengelolaan Sampah dan Limbah B3 Dinas Lingkungan Hidup",
    "Pemerintah Daerah": "Pemerintah Provinsi Kalimantan Selatan",
    "Nama Pimpinan": "Ir. Hj. Rahmawati, M.T.",
    "Jabatan Pimpinan": "Kepala Bidang Pengelolaan Sampah dan Limbah B3",
    "NIP Pimpinan": "19750505 200003 2 005",
    "Tempat dan Tanggal Laporan": "Banjarbaru, Februari 2025",
    "Periode Renstra": "2023-2027",
    "Rumus Polaritas Negatif": "Target / Realisasi",
}
_SAMPAH = "Meningkatnya pengelolaan sampah regional"
INDIKATOR_BIDANG: list[dict[str, object]] = [
    # the Bidang's own sasaran, at the top level of its report
    _ind("B-1", SS, "Kepala Bidang", _SAMPAH, "Persentase sampah yang tertangani di TPA regional",
         "%", 70, Decimal("72.35"), IKU="Ya",
         **{"Realisasi Tahun Lalu": Decimal("68.4"), "Target Akhir Renstra": 80,
            "Standar Nasional": 70}),
    # Negatif, with Profil's Target / Realisasi: 25 / 20 x 100 = 125,00
    _ind("B-2", SS, "Kepala Bidang", _SAMPAH, "Timbulan sampah yang tidak terkelola", "ribu ton",
         25, 20, "Negatif", IKU="Ya",
         **{"Realisasi Tahun Lalu": 27, "Target Akhir Renstra": 15}),
    _ind("S-1", ES4, "Kepala Seksi Pengurangan Sampah", _SAMPAH,
         "Jumlah bank sampah aktif yang dibina", "unit", 40, 31,
         **{"Realisasi Tahun Lalu": 28}),
    _ind("S-2", ES4, "Kepala Seksi Limbah B3", _SAMPAH,
         "Persentase fasilitas kesehatan yang mengelola limbah B3 sesuai ketentuan", "%", 85, 88,
         **{"Realisasi Tahun Lalu": 79}),
]
RENSTRA_BIDANG: list[dict[str, object]] = [
    _renstra(1, "Terwujudnya lingkungan hidup yang bersih", "Indeks Kualitas Lingkungan Hidup",
             _SAMPAH, "Persentase sampah yang tertangani di TPA regional", "%",
             (65, 70, 73, 76, 80), "B-1"),
    _renstra(None, "Terwujudnya lingkungan hidup yang bersih", "Indeks Kualitas Lingkungan Hidup",
             _SAMPAH, "Timbulan sampah yang tidak terkelola", "ribu ton", (28, 25, 22, 18, 15),
             "B-2"),
]


def bidang(folder: Path) -> Path:
    """A provincial Bidang: its own sasaran and two Seksi (Eselon IV), last year's realisasi,
    Target Akhir Renstra, Standar Nasional, a Negatif indikator under the Target / Realisasi
    formula, a Renstra with Tujuan, no anggaran yet, no survey."""
    p = kosong(folder / "bidang-sampah-dlh-kalsel-2024.xlsx", 2024)
    return isi(p, PROFIL_BIDANG, {"Indikator": INDIKATOR_BIDANG, "Tujuan Sasaran": RENSTRA_BIDANG})


if __name__ == "__main__":
    tujuan = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    tujuan.mkdir(parents=True, exist_ok=True)
    print(dinas(tujuan))
    print(badan(tujuan))
    print(badan_reviu(tujuan))
    print(kecamatan(tujuan))
    print(bidang(tujuan))
