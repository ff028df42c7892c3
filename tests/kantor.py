"""Workbooks of offices unlike the sample, typed into a blank `lakip baru` workbook the way staff
fill it (openpyxl, cell by cell under the headers), for the report tests.

- `dinas`: a Dinas with only Sasaran Strategis indikator, the final IKM it received (Riwayat
  IKM, no survey answers), no anggaran yet, the average capped at 100, a Renstra without Tujuan.
- `badan`: a Badan with Eselon III and IV units, Negatif indikator, one indikator cascaded from
  a Sasaran Strategis to a unit, programs and kegiatan but no Belanja and no survey.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl

LAKIP = [sys.executable, "-m", "lakip_xl.cli"]

SS, ES3, ES4 = "Sasaran Strategis", "Eselon III / Administrator", "Eselon IV / Pengawas"


def kosong(path: Path, tahun: int) -> Path:
    """A blank workbook made by `lakip baru`, as a user starts."""
    subprocess.run([*LAKIP, "baru", "-o", str(path), "--tahun", str(tahun)], check=True)
    return path


def isi(path: Path, profil: dict[str, object], tabel: dict[str, list[dict[str, object]]]) -> Path:
    """Type Profil values (column B beside their label) and table rows (under the header
    row 3, matched by header text)."""
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
    return path


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


if __name__ == "__main__":
    tujuan = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    tujuan.mkdir(parents=True, exist_ok=True)
    print(dinas(tujuan))
    print(badan(tujuan))
