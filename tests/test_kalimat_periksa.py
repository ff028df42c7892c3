"""`periksa` and Hitung Ulang: typed sentences (Narasi, Analisis texts, extra tables) that
contradict the computed numbers get a peringatan with sheet, cell, the number typed and the one
computed; correct sentences get none. A Dinas typed into a blank `lakip baru` workbook.

The office's numbers, worked by hand (default scale Tabel 5 LKj, no cap on averages):
  IKU-1 Tingkat pengangguran terbuka, Negatif, T 4,75 R 1,50: (2 x 4,75 - 1,50) / 4,75 x 100
        = 8 / 4,75 x 100 = 168,4210... -> 168,42 (Sangat Memuaskan)
  IKU-2 Persentase pencari kerja yang ditempatkan, T 92,9 R 72: 72 / 92,9 x 100 = 77,5026...
        -> 77,50 (Sangat Baik)
  IKU-3 Indeks Kepuasan Masyarakat, T 80, R = the IKM of 2024 in Riwayat IKM, 82,50:
        82,5 / 80 x 100 = 103,125 -> 103,13 (half away from zero) (Sangat Memuaskan)
  E3-1  Persentase laporan keuangan tepat waktu (Sekretaris), T 100 R 90 -> 90,00 (Memuaskan)
  E3-2  Jumlah pelatihan kerja yang dilaksanakan (Kepala Bidang Penempatan), T 8 R 10 paket:
        10 / 8 x 100 = 125,00 (Sangat Memuaskan)
  Sasaran Strategis average: (168,42 + 77,50 + 103,13) / 3 = 349,05 / 3 = 116,35
  Eselon III average: (90,00 + 125,00) / 2 = 107,50
  All five: (168,42 + 77,50 + 103,13 + 90,00 + 125,00) / 5 = 563,05 / 5 = 112,61
  Mencapai target (>= 100): 168,42, 103,13, 125,00 -> 3 of 5; Sangat Memuaskan: 3
  Anggaran: kegiatan 600.000.000 / 540.000.000 (90%) and 400.000.000 / 300.000.000 (75%):
        total 1.000.000.000, realisasi 840.000.000, serapan 840 / 1000 x 100 = 84,00
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from kantor import ES3, SS, isi, kosong

from lakip_xl import operasi

PROFIL = {
    "Nama Instansi": "Dinas Tenaga Kerja",
    "Pemerintah Daerah": "Kabupaten Banjar",
    "Nama Pimpinan": "Drs. Ahmad Fauzi, M.Si",
    "Jabatan Pimpinan": "Kepala Dinas Tenaga Kerja",
    "NIP Pimpinan": "19700505 199603 1 001",
    "Tempat dan Tanggal Laporan": "Martapura, Februari 2025",
    "Kode Indikator IKM": "IKU-3",
}


def _ind(kode, tingkat, pj, sasaran, nama, satuan, target, realisasi, pol="Positif"):
    return {"Kode": kode, "Tingkat": tingkat, "Penanggung Jawab": pj, "Sasaran": sasaran,
            "Indikator Kinerja": nama, "Satuan": satuan, "Polaritas": pol, "Target": target,
            "Realisasi": realisasi}


INDIKATOR = [
    _ind("IKU-1", SS, "Kepala Dinas", "Menurunnya pengangguran", "Tingkat pengangguran terbuka",
         "%", 4.75, 1.5, "Negatif"),
    _ind("IKU-2", SS, "Kepala Dinas", "Menurunnya pengangguran",
         "Persentase pencari kerja yang ditempatkan", "%", 92.9, 72),
    _ind("IKU-3", SS, "Kepala Dinas", "Meningkatnya pelayanan publik",
         "Indeks Kepuasan Masyarakat", "Nilai", 80, None),
    _ind("E3-1", ES3, "Sekretaris", "Meningkatnya akuntabilitas",
         "Persentase laporan keuangan tepat waktu", "%", 100, 90),
    _ind("E3-2", ES3, "Kepala Bidang Penempatan", "Meningkatnya kompetensi tenaga kerja",
         "Jumlah pelatihan kerja yang dilaksanakan", "paket", 8, 10),
]
RIWAYAT = [{"Tahun": 2023, "Nilai IKM": 80.1, "Target": 80},
           {"Tahun": 2024, "Nilai IKM": 82.5, "Target": 80}]
ANGGARAN = [
    {"Kode": "2.07.01", "Jenis": "Program", "Uraian": "Program Penunjang Urusan Pemerintahan",
     "Sasaran": "Meningkatnya akuntabilitas"},
    {"Kode": "2.07.01.2.01", "Jenis": "Kegiatan", "Uraian": "Administrasi Keuangan",
     "Anggaran": 600_000_000, "Realisasi": 540_000_000},
    {"Kode": "2.07.01.2.02", "Jenis": "Kegiatan", "Uraian": "Pelatihan Berbasis Kompetensi",
     "Anggaran": 400_000_000, "Realisasi": 300_000_000},
]

# (Bagian, sentence, typed, the computed number as the message gives it)
SALAH = [
    ("Capaian Sasaran Strategis",
     "Tingkat pengangguran terbuka tercapai 1,50% dari target 4,75%, dengan capaian kinerja "
     "100%.",
     "capaian 100%", "168,42% ((2 x 4,75 - 1,50) / 4,75 x 100 = 168,4211 (indikator negatif))"),
    ("Capaian Sasaran Strategis",
     "Persentase pencari kerja yang ditempatkan tercapai 72% dari target 92,9%, dengan capaian "
     "kinerja 88%.",
     "capaian 88%", "77,50% (72 / 92,9 x 100 = 77,5027)"),
    ("Analisis Sekretaris",
     "Persentase laporan keuangan tepat waktu: realisasi sebesar 90 dari target 100 atau "
     "capaian 95%.",
     "capaian 95%", "90,00% (90 / 100 x 100 = 90,0000)"),
    ("Analisis Kepala Bidang Penempatan",
     "Jumlah pelatihan kerja yang dilaksanakan memperoleh capaian sebesar 80% (10 dari 8 "
     "paket).",
     "capaian 80%", "125,00% (10 / 8 x 100 = 125,0000)"),
    ("Analisis Kepala Bidang Penempatan",
     "Dari target 8 paket pelatihan terealisasi 10 paket (120%).",
     "capaian 120%", "125,00% (10 / 8 x 100 = 125,0000)"),
    # 82,5 / 80 x 100 = 103,125: 103,12 drops the last digit instead of rounding it up
    ("Survei Kepuasan Masyarakat",
     "Target sebesar 80 dengan realisasi sebesar 82,50 atau mencapai 103,12%.",
     "capaian 103,12%", "103,13% (82,50 / 80 x 100 = 103,1250)"),
    # the indikator's name between the word and the number
    ("Analisis Sekretaris",
     "Capaian indikator Persentase laporan keuangan tepat waktu sebesar 95% dengan target 100 "
     "dan realisasi 90.",
     "capaian 95%", "90,00% (90 / 100 x 100 = 90,0000)"),
    ("Capaian Sasaran Strategis",
     "Realisasi indikator Persentase pencari kerja yang ditempatkan tahun 2024 sebesar 72 atau "
     "80% dari target 92,9.",
     "capaian 80%", "77,50% (72 / 92,9 x 100 = 77,5027)"),
    ("Ikhtisar Eksekutif", "Capaian rata-rata sasaran strategis sebesar 163%.",
     "rata-rata capaian 163%", "116,35% (rata-rata 3 indikator)"),
    ("Analisis Eselon III", "Rata-rata capaian kinerja eselon III adalah 97,00%.",
     "rata-rata capaian 97,00%", "107,50% (rata-rata 2 indikator)"),
    ("Ikhtisar Eksekutif", "Dari 8 indikator kinerja yang diukur, sebagian besar mencapai "
     "target.", "jumlah indikator 8", "5 indikator"),
    ("Simpulan", "Terdapat 4 indikator yang telah mencapai target.",
     "jumlah indikator yang mencapai target 4", "3 indikator"),
    ("Simpulan", "Dengan rincian 4 (empat) indikator berkategori Sangat Memuaskan.",
     "jumlah indikator berkategori Sangat Memuaskan 4", "3 indikator"),
    ("Survei Kepuasan Masyarakat",
     "Nilai IKM Dinas Tenaga Kerja tahun 2024 adalah 85,20 (mutu B).", "IKM 85,20", "82,50"),
    ("Akuntabilitas Keuangan", "Serapan anggaran tahun 2024 sebesar 90,50%.",
     "serapan anggaran 90,50%", "84,00%"),
    ("Akuntabilitas Keuangan",
     "Total anggaran program dan kegiatan sebesar Rp 1.200.000.000,- untuk 2 program.",
     "total anggaran Rp 1.200.000.000,-", "Rp 1.000.000.000"),
]

BENAR = [
    # Negatif: (2 x 4,75 - 1,50) / 4,75 x 100 = 168,42
    "Tingkat pengangguran terbuka tercapai 1,50% dari target 4,75%, dengan capaian kinerja "
    "168,42%.",
    # 77,5026 printed with one decimal: 77,5
    "Persentase pencari kerja yang ditempatkan tercapai 72% dari target 92,9%, dengan capaian "
    "kinerja 77,5%.",
    # the rounding edge: 103,125 -> 103,13 (half away from zero), and 103 with no decimals
    "Target sebesar 80 dengan realisasi sebesar 82,50 atau mencapai 103,13%.",
    "Target sebesar 80 dengan realisasi sebesar 82,50 atau mencapai 103%.",
    # several numbers: 10 / 8 x 100 = 125; 240 peserta and 12 kecamatan are no R or T
    "Dari target 8 paket pelatihan terealisasi 10 paket (125%), diikuti 240 peserta dari 12 "
    "kecamatan.",
    # a comparison of two years is no capaian sentence
    "Realisasi penempatan meningkat dari 72 menjadi 88 orang, capaian 100%.",
    "Nilai IKM meningkat dari 80,10 menjadi 82,50.",
    "Capaian indikator Persentase laporan keuangan tepat waktu sebesar 90% dengan target 100 "
    "dan realisasi 90.",
    # 72 / 92,9 x 100 = 77,5027 -> 77,50
    "Dengan target 92,9 dan realisasi 72, persentase capaian 77,50%.",
    "Rata-rata capaian sasaran strategis adalah 116,35%.",
    # 5 indikator, 3 of them >= 100, 2 below
    "Dari 5 indikator, 3 indikator telah mencapai target dan 2 indikator belum mencapai target.",
    "Dengan rincian 3 (tiga) indikator berkategori Sangat Memuaskan.",
    "Indeks Kepuasan Masyarakat (IKM) tahun 2024 sebesar 82,50 dengan mutu B.",
    "Target IKM tahun 2024 sebesar 80.",
    "Serapan anggaran sebesar 84%.",
    # a kegiatan's serapan: 540 / 600 x 100 = 90
    "Serapan anggaran kegiatan Administrasi Keuangan sebesar 90%.",
    "Total anggaran program dan kegiatan sebesar Rp 1.000.000.000,- dengan realisasi "
    "Rp 840.000.000,-.",
    # another year: not this year's numbers
    "Capaian rata-rata tahun 2023 sebesar 163%.",
    # two pairs of R and T: unsure which the capaian belongs to
    "Realisasi 72 dari target 92,9 dan realisasi 90 dari target 100, dengan capaian 88%.",
]

TABEL_SALAH = ("Capaian sebesar 31,58% (1,50 dari 4,75).",
               "capaian 31,58%",
               "168,42% ((2 x 4,75 - 1,50) / 4,75 x 100 = 168,4211 (indikator negatif))")


def _buku(folder: Path) -> Path:
    p = kosong(folder / "disnaker-2024.xlsx", 2024)
    narasi = [{"Bagian": b, "Teks": k} for b, k, _, _ in SALAH]
    narasi += [{"Bagian": "Simpulan", "Teks": k} for k in BENAR]
    isi(p, PROFIL, {"Indikator": INDIKATOR, "Riwayat IKM": RIWAYAT, "Anggaran": ANGGARAN,
                    "Narasi": narasi})
    wb = openpyxl.load_workbook(p)
    ws = wb.copy_worksheet(wb["Tabel Tambahan"])
    ws.title = "Tabel Analisis Capaian"
    ws["B1"], ws["B2"] = "Analisis capaian indikator", "Capaian Sasaran Strategis"
    ws["A4"], ws["B4"] = "Indikator", "Analisis"
    ws["A5"], ws["B5"] = "Tingkat pengangguran terbuka", "Penempatan membaik."
    ws["A6"], ws["B6"] = "Tingkat pengangguran terbuka", TABEL_SALAH[0]
    wb.save(p)
    return p


@pytest.fixture(scope="module")
def masalah(tmp_path_factory: pytest.TempPathFactory) -> list:
    return operasi.periksa(_buku(tmp_path_factory.mktemp("kalimat")))


def _pesan(apa_tertulis: str, benar: str, kalimat: str) -> str:
    return (f"teks menulis {apa_tertulis}, sedangkan hasil hitung {benar}; perbaiki kalimat "
            f"\"{kalimat}\" agar laporan tidak memuat dua angka berbeda")


def test_setiap_kalimat_salah_ditemukan_dengan_sel_dan_angkanya(masalah):
    teks = [m for m in masalah if m.pesan.startswith("teks menulis")]
    harap = [("Narasi", f"C{4 + i}", _pesan(t, b, k)) for i, (_, k, t, b) in enumerate(SALAH)]
    harap.append(("Tabel Analisis Capaian", "B6", _pesan(*TABEL_SALAH[1:], TABEL_SALAH[0])))
    assert sorted((m.sheet, m.sel, m.pesan) for m in teks) == sorted(harap)
    assert all(not m.galat for m in teks)
    assert len(SALAH) + 1 >= 10


def test_kalimat_benar_tidak_ditandai(masalah):
    baris_benar = {f"C{4 + len(SALAH) + i}" for i in range(len(BENAR))}
    assert [str(m) for m in masalah if m.sheet == "Narasi" and m.sel in baris_benar] == []
    assert len(BENAR) >= 10


def test_sel_masalah_hitung_ulang(tmp_path: Path):
    """Hitung Ulang's Masalah sheet lists the same peringatan (the buttons share `hitung`)."""
    from lakip_xl.tombol import baris_masalah

    p = _buku(tmp_path)
    baris = baris_masalah(operasi.hitung_buku(p).masalah)
    teks = [b for b in baris if b.pesan.startswith("teks menulis capaian 100%")]
    assert [(b.jenis, b.sheet, b.sel, b.tautan) for b in teks] == [
        ("Peringatan", "Narasi", "C4", "'Narasi'!C4")
    ]
