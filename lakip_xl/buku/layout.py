"""The workbook layout, declared once: sheets, headers, types, dropdowns, help texts.

Creating (`xlsx.buat_buku`), reading (`buku.baca`), validating and documenting the workbook
(the Petunjuk sheet and docs) all follow from the declarations below. Standard library only.
"""

from __future__ import annotations

import re

from lakip_xl.buku.bentuk import (  # noqa: F401 (the layout's vocabulary, re-exported)
    BATAS_JENIS,
    WARNA,
    Formulir,
    Isian,
    Jenis,
    Kolom,
    Lembar,
    Peran,
    Ringkasan,
    Tabel,
    Teks,
    Warna,
)
from lakip_xl.calc.kategori import NAMA_SKALA
from lakip_xl.calc.skm import UNSUR_BAKU
from lakip_xl.calc.triwulan import NAMA_PITA, TRIWULAN, Akumulasi

TAHUN_MIN, TAHUN_MAKS = 2000, 2100
"""The report years accepted: Profil's Tahun (a galat on its cell outside them), `lakip baru
--tahun`, the years of the Target column headers."""

# --- closed lists -----------------------------------------------------------------------

TINGKAT = (
    "Sasaran Strategis",
    "Eselon II / JPT Pratama",
    "Eselon III / Administrator",
    "Eselon IV / Pengawas",
)
POLARITAS = ("Positif", "Negatif")
RUMUS_NEGATIF = ("(2 x Target - Realisasi) / Target", "Target / Realisasi")
BATAS_RATA = ("Tanpa batas", "100", "120")
CAPAIAN_TABEL = ("Sebenarnya", "Dibatasi")
YA_TIDAK = ("Ya", "Tidak")
PELAKSANA = ("Plt.", "Plh.")
"""An acting official signs with one of these before the jabatan (Pelaksana Tugas/Harian)."""
DASAR_RATA = ("Semua indikator", *TINGKAT)
JENIS_ANGGARAN = ("Program", "Kegiatan", "Sub Kegiatan")
KELOMPOK_BELANJA = (
    "Pendapatan",
    "Belanja Tidak Langsung",
    "Belanja Langsung",
    "Belanja Operasi",
    "Belanja Modal",
    "Belanja Tidak Terduga",
    "Belanja Transfer",
)
AKUMULASI_TW = tuple(a.value for a in Akumulasi)  # empty: calc.triwulan.akumulasi_bawaan
JENIS_KELAMIN = ("Laki-laki", "Perempuan")
PENDIDIKAN = ("SD", "SMP", "SMA/SMK", "D1-D3", "D4/S1", "S2", "S3")
BAGIAN_NARASI = (
    "Kata Pengantar",
    "Ikhtisar Eksekutif",
    "Latar Belakang",
    "Struktur Organisasi",
    "Tugas dan Fungsi",
    "Sumber Daya Manusia",
    "Produk dan Layanan",
    "Isu Strategis",
    "Sistematika Penyajian",
    "Visi",
    "Misi",
    "Tujuan dan Sasaran",
    "Indikator Kinerja Utama",
    "Perjanjian Kinerja",
    "Program dan Kegiatan",
    "Pengukuran Kinerja",
    "Survei Kepuasan Masyarakat",
    "Capaian Sasaran Strategis",
    "Analisis Eselon III",
    "Analisis Eselon IV",
    "Akuntabilitas Keuangan",
    "Simpulan",
    "Strategi Peningkatan Kinerja",
    "Penutup",
)
"""Fixed report sections, in report order: the Bagian dropdown of Narasi and Gambar, the list on
Petunjuk, the sections periksa accepts (`buku.lengkap`). `Analisis <Penanggung Jawab>` (e.g.
`Analisis Camat`) is also accepted: the text then stands beside that unit's table in BAB III.
Kata Pengantar and Ikhtisar Eksekutif take text only (no pictures, no extra tables)."""
BAGIAN_LAMPIRAN = "Lampiran"
"""Where an extra table ('Tabel ...' sheet) with an empty Bagian goes."""

# --- the sheets ---------------------------------------------------------------------------


def _kolom_tw(judul: str, kunci: str, jenis: Jenis, petunjuk: str = "") -> list[Kolom]:
    """Four quarterly columns '<judul> I' ... '<judul> IV', keys '<kunci>1' ... '<kunci>4'."""
    mn = 0 if jenis is Jenis.UANG else None
    return [Kolom(f"{judul} {t}", f"{kunci}{i}", jenis, minimum=mn, lebar=9, petunjuk=petunjuk)
            for i, t in enumerate(TRIWULAN, start=1)]  # fmt: skip


_P_TW = "triwulan ini saja bila Akumulasi TW Jumlah; nilai akhir triwulan bila Nilai Akhir"
_P_AKUM = "Jumlah, Nilai Akhir (triwulan terakhir) atau Rata-rata; kosong: bawaan (kolom kanan)"
_P_RENSTRA = "realisasi sejak awal Renstra (Form E.81 kolom 6); kosong dibaca 0"


PETUNJUK = Teks("Petunjuk", "Petunjuk Pengisian Buku Kerja Laporan Kinerja")

PROFIL = Formulir(
    "Profil",
    "Profil Instansi dan Pengaturan",
    (
        Isian("Nama Instansi", "nama_instansi", wajib=True, petunjuk="mis. Kecamatan Panyipatan"),
        Isian(
            "Pemerintah Daerah",
            "pemerintah_daerah",
            anjuran=True,
            petunjuk="mis. Pemerintah Kabupaten Tanah Laut",
        ),
        Isian("Alamat", "alamat"),
        Isian("Tahun", "tahun", Jenis.BULAT, wajib=True, petunjuk="tahun yang dilaporkan"),
        Isian("Nama Pimpinan", "nama_pimpinan", anjuran=True),
        Isian(
            "Jabatan Pimpinan", "jabatan_pimpinan", anjuran=True, petunjuk="mis. Camat Panyipatan"
        ),
        Isian("Pangkat/Golongan Pimpinan", "pangkat_pimpinan"),
        Isian(
            "NIP Pimpinan",
            "nip_pimpinan",
            petunjuk="ketik sebagai teks, mis. 19850808 200412 1 001",
        ),
        Isian(
            "Tempat dan Tanggal Laporan",
            "tempat_tanggal",
            anjuran=True,
            petunjuk="mis. Panyipatan, Maret 2021",
        ),
        Isian("Periode Renstra", "periode_renstra", petunjuk="mis. 2019-2023"),
        Isian("Periode RPJMD", "periode_rpjmd", petunjuk="mis. 2018-2023"),
        Isian("Visi", "visi", petunjuk="visi RPJMD yang didukung instansi"),
        Isian(
            "Skala Kategori",
            "skala",
            Jenis.PILIHAN,
            pilihan=NAMA_SKALA,
            bawaan=NAMA_SKALA[0],
            petunjuk="skala untuk mengelompokkan capaian",
        ),
        Isian(
            "Rumus Polaritas Negatif",
            "rumus_negatif",
            Jenis.PILIHAN,
            pilihan=RUMUS_NEGATIF,
            bawaan=RUMUS_NEGATIF[0],
            petunjuk="rumus capaian indikator yang makin rendah makin baik",
        ),
        Isian(
            "Batas Capaian untuk Rata-rata",
            "batas_rata",
            Jenis.PILIHAN,
            pilihan=BATAS_RATA,
            bawaan=BATAS_RATA[0],
            petunjuk="capaian di atas batas dihitung sebesar batas saat merata-rata; "
            "capaian yang ditampilkan tidak diubah",
        ),
        Isian(
            "Capaian di Tabel Laporan",
            "capaian_tabel",
            Jenis.PILIHAN,
            pilihan=CAPAIAN_TABEL,
            bawaan=CAPAIAN_TABEL[0],
            petunjuk="capaian sebenarnya, atau dibatasi sebesar Batas Capaian untuk Rata-rata",
        ),
        Isian(
            "Dasar Rata-rata Keseluruhan",
            "dasar_rata",
            Jenis.PILIHAN,
            pilihan=DASAR_RATA,
            bawaan=DASAR_RATA[0],
            petunjuk="indikator yang dirata-rata untuk 'rata-rata capaian seluruh indikator': "
            "semua (indikator yang sama di beberapa tingkat dihitung sekali) atau satu tingkat",
        ),
        Isian(
            "Kode Indikator IKM",
            "kode_ikm",
            petunjuk="Kode baris di sheet Indikator yang realisasinya adalah IKM dari SKM",
        ),
        Isian(
            "Jumlah Populasi Pengguna Layanan",
            "populasi",
            Jenis.BULAT,
            petunjuk="untuk ukuran sampel minimal SKM (Krejcie-Morgan)",
        ),
        Isian(
            "Halaman Pernyataan Telah Direviu",
            "pernyataan_reviu",
            Jenis.PILIHAN,
            pilihan=YA_TIDAK,
            bawaan=YA_TIDAK[0],
            petunjuk="Ya: laporan memuat halaman Pernyataan Telah Direviu (setelah BAB IV) untuk "
            "diisi dan ditandatangani Inspektorat; Tidak: tanpa halaman itu",
        ),
        Isian(
            "Berkas Logo", "logo", petunjuk="nama berkas gambar logo, relatif ke folder buku kerja"
        ),
        Isian("Pita Monitoring Rencana Aksi", "pita_monitoring", Jenis.PILIHAN, pilihan=NAMA_PITA),
        Isian("Nama Kepala Bappeda", "nama_bappeda", petunjuk="penanda tangan Form E.81"),
        Isian("NIP Kepala Bappeda", "nip_bappeda", petunjuk="ketik sebagai teks"),
        Isian(
            "Nama Kepala Daerah",
            "nama_kepala_daerah",
            petunjuk="pihak kedua Perjanjian Kinerja Kepala/Camat, mis. H. Sukamta",
            baru=True,
        ),
        Isian(
            "Jabatan Kepala Daerah",
            "jabatan_kepala_daerah",
            petunjuk="mis. Bupati Tanah Laut",
            baru=True,
        ),
        Isian(
            "Tempat PK",
            "tempat_pk",
            petunjuk="tempat penandatanganan Perjanjian Kinerja, mis. Pelaihari",
            baru=True,
        ),
        Isian(
            "Tanggal PK",
            "tanggal_pk",
            Jenis.TANGGAL,
            petunjuk="tanggal penandatanganan Perjanjian Kinerja; kosong: titik-titik",
            baru=True,
        ),
    ),
    petunjuk="Isi kolom Nilai. Baris bertanda Wajib (kuning, tebal) harus diisi sebelum membuat "
    "laporan; yang bertanda Dianjurkan tampil kosong di laporan bila tidak diisi.",
)

MISI = Tabel(
    "Misi",
    "Misi RPJMD yang Didukung",
    (
        Kolom("No", "no", Jenis.BULAT, lebar=6),
        Kolom("Misi", "misi", wajib=True, lebar=40),
        Kolom("Uraian", "uraian", lebar=70),
    ),
)

TUJUAN_SASARAN = Tabel(
    "Tujuan Sasaran",
    "Rencana Strategis: Tujuan, Sasaran dan Target per Tahun",
    (
        Kolom("No", "no", Jenis.BULAT, lebar=6),
        Kolom("Misi", "misi", lebar=30),
        Kolom("Tujuan", "tujuan", lebar=30),
        Kolom("Indikator Tujuan", "indikator_tujuan", lebar=28),
        Kolom("Target Tujuan", "target_tujuan", lebar=12),
        Kolom("Sasaran", "sasaran", wajib=True, lebar=30),
        Kolom("Indikator Sasaran", "indikator_sasaran", wajib=True, lebar=30),
        Kolom("Satuan", "satuan", lebar=10),
        Kolom(
            "Kode Indikator",
            "kode_indikator",
            lebar=12,
            petunjuk="Kode baris di sheet Indikator yang mengukur sasaran ini",
        ),
    ),
    petunjuk="Kolom 'Target <tahun>' dibuat untuk setiap tahun periode Renstra; "
    "isi target seperti tertulis di Renstra, mis. B (75) atau 100%.",
    kolom_tahun="Target ",
)

PERJANJIAN_KINERJA = Tabel(
    "Perjanjian Kinerja",
    "Perjanjian Kinerja per Pejabat",
    (
        Kolom(
            "Penanggung Jawab",
            "penanggung_jawab",
            wajib=True,
            lebar=28,
            petunjuk="jabatan seperti ditulis di kolom Penanggung Jawab sheet Indikator",
        ),
        Kolom("Nama Pejabat", "nama", lebar=28),
        Kolom("NIP", "nip", lebar=22),
        Kolom("Tingkat", "tingkat", Jenis.PILIHAN, pilihan=TINGKAT, pilihan_bebas=True, lebar=24),
        Kolom("Jumlah Program", "jumlah_program", Jenis.BULAT, minimum=0, lebar=10),
        Kolom("Jumlah Kegiatan", "jumlah_kegiatan", Jenis.BULAT, minimum=0, lebar=10),
        Kolom("Anggaran", "anggaran", Jenis.UANG, minimum=0, lebar=18),
        Kolom(
            "Atasan",
            "atasan",
            lebar=24,
            petunjuk="Penanggung Jawab baris lain yang menjadi atasan langsung (pihak kedua "
            "Perjanjian Kinerja); kosong untuk Kepala/Camat: atasannya Kepala Daerah (Profil)",
            baru=True,
        ),
        Kolom(
            "Plt./Plh.",
            "pelaksana",
            Jenis.PILIHAN,
            pilihan=PELAKSANA,
            lebar=8,
            petunjuk="isi bila pejabat ini Pelaksana Tugas (Plt.) atau Pelaksana Harian (Plh.)",
            baru=True,
        ),
        Kolom("Pangkat/Golongan", "pangkat", lebar=24, petunjuk="mis. Pembina, IV/a", baru=True),
    ),
    petunjuk="Sasaran, indikator dan target tiap pejabat diambil dari sheet Indikator. "
    "Satu baris per pejabat: `lakip pk` membuat Perjanjian Kinerja tiap baris dengan atasannya.",
)

PEGAWAI = Tabel(
    "Pegawai",
    "Komposisi Sumber Daya Manusia",
    (
        Kolom(
            "Kelompok",
            "kelompok",
            wajib=True,
            lebar=30,
            petunjuk="mis. Status Kepegawaian, Pendidikan, Pangkat/Golongan, Jabatan",
        ),
        Kolom("Uraian", "uraian", wajib=True, lebar=34),
        Kolom("Jumlah", "jumlah", Jenis.BULAT, minimum=0, lebar=10),
    ),
    opsional=True,
)

PRODUK_LAYANAN = Tabel(
    "Produk Layanan",
    "Produk dan Layanan per Unit",
    (
        Kolom("Unit", "unit", wajib=True, lebar=34),
        Kolom("Produk / Layanan", "produk", wajib=True, lebar=60),
    ),
    opsional=True,
)

INDIKATOR = Tabel(
    "Indikator",
    "Target dan Realisasi Indikator Kinerja",
    (
        Kolom("Kode", "kode", wajib=True, lebar=9, petunjuk="kode unik, mis. SS-1, IV-03"),
        Kolom("Tingkat", "tingkat", Jenis.PILIHAN, pilihan=TINGKAT, pilihan_bebas=True, lebar=22),
        Kolom("Penanggung Jawab", "penanggung_jawab", lebar=24),
        Kolom("Sasaran", "sasaran", lebar=34),
        Kolom("Indikator Kinerja", "indikator", wajib=True, lebar=40),
        Kolom("Satuan", "satuan", lebar=10),
        Kolom(
            "Polaritas",
            "polaritas",
            Jenis.PILIHAN,
            pilihan=POLARITAS,
            lebar=10,
            petunjuk="Positif: makin tinggi makin baik; Negatif: makin rendah makin baik",
        ),
        Kolom("IKU", "iku", Jenis.PILIHAN, pilihan=YA_TIDAK, lebar=6),
        Kolom("Target", "target", Jenis.ANGKA, lebar=11),
        Kolom(
            "Realisasi",
            "realisasi",
            Jenis.ANGKA,
            lebar=11,
            petunjuk="kosongkan bila belum tersedia (ditampilkan *) di laporan)",
        ),
        Kolom("Target Tahun Lalu", "target_lalu", Jenis.ANGKA, lebar=11),
        Kolom("Realisasi Tahun Lalu", "realisasi_lalu", Jenis.ANGKA, lebar=11),
        Kolom("Realisasi 2 Tahun Lalu", "realisasi_lalu2", Jenis.ANGKA, lebar=11),
        Kolom("Target Akhir Renstra", "target_akhir", Jenis.ANGKA, lebar=11),
        Kolom(
            "Realisasi Renstra s.d. Tahun Lalu", "renstra_lalu", Jenis.ANGKA, petunjuk=_P_RENSTRA
        ),
        Kolom("Standar Nasional", "standar", Jenis.ANGKA, lebar=11),
        *_kolom_tw("Target TW", "target_tw", Jenis.ANGKA, "target Rencana Aksi, seperti Realisasi"),
        *_kolom_tw("Realisasi TW", "tw", Jenis.ANGKA, _P_TW),
        Kolom("Akumulasi TW", "akumulasi", Jenis.PILIHAN, pilihan=AKUMULASI_TW, petunjuk=_P_AKUM),
        Kolom("Akumulasi TW Berlaku", "akumulasi_berlaku", peran=Peran.HITUNG, lebar=14),
        Kolom(
            "Kode Anggaran",
            "kode_anggaran",
            lebar=14,
            petunjuk="Kode program/kegiatan di sheet Anggaran yang menunjang, pisahkan dengan koma",
        ),
        Kolom(
            "Indikator Induk",
            "induk",
            lebar=12,
            petunjuk="Kode indikator atasan (Perjanjian Kinerja) yang didukung indikator ini",
            baru=True,
        ),
        Kolom("Penjelasan Rumus", "rumus", lebar=26),
        Kolom(
            "Keterangan", "keterangan", lebar=26, petunjuk="mis. alasan realisasi belum tersedia"
        ),
        Kolom("Capaian (%)", "capaian", Jenis.PERSEN, Peran.HITUNG, lebar=11),
        Kolom("Kategori", "kategori", peran=Peran.HITUNG, lebar=16),
        Kolom("Capaian Tahun Lalu (%)", "capaian_lalu", Jenis.PERSEN, Peran.HITUNG, lebar=11),
        Kolom(
            "Capaian thd Target Akhir Renstra (%)",
            "capaian_renstra",
            Jenis.PERSEN,
            Peran.HITUNG,
            lebar=13,
        ),
    ),
    petunjuk="Satu baris untuk setiap indikator kinerja. Ketik angka saja di Target dan "
    "Realisasi; satuannya di kolom Satuan.",
)

ANGGARAN = Tabel(
    "Anggaran",
    "Anggaran dan Realisasi per Program dan Kegiatan",
    (
        Kolom("Kode", "kode", lebar=12),
        Kolom("Jenis", "jenis", Jenis.PILIHAN, pilihan=JENIS_ANGGARAN, wajib=True, lebar=13),
        Kolom("Uraian", "uraian", wajib=True, lebar=50),
        Kolom("Pagu Murni", "pagu_murni", Jenis.UANG, minimum=0, lebar=16),
        Kolom(
            "Anggaran",
            "anggaran",
            Jenis.UANG,
            minimum=0,
            lebar=16,
            petunjuk="pagu terakhir (setelah perubahan); boleh kosong untuk Program",
        ),
        Kolom("Realisasi", "realisasi", Jenis.UANG, minimum=0, lebar=16),
        Kolom("Anggaran Tahun Lalu", "anggaran_lalu", Jenis.UANG, minimum=0, lebar=16),
        Kolom("Realisasi Tahun Lalu", "realisasi_lalu", Jenis.UANG, minimum=0, lebar=16),
        *_kolom_tw("Realisasi TW", "tw", Jenis.UANG, "Rupiah triwulan ini saja"),
        Kolom("Pagu Renstra", "pagu_renstra", Jenis.UANG, minimum=0, lebar=16),
        Kolom("Realisasi Renstra s.d. Tahun Lalu", "renstra_lalu", Jenis.UANG, minimum=0),
        Kolom("Sasaran", "sasaran", lebar=30),
        Kolom("Penanggung Jawab", "penanggung_jawab", lebar=24),
        Kolom("Jumlah Anggaran", "jumlah_anggaran", Jenis.UANG, Peran.HITUNG, lebar=16),
        Kolom("Jumlah Realisasi", "jumlah_realisasi", Jenis.UANG, Peran.HITUNG, lebar=16),
        Kolom("Serapan (%)", "serapan", Jenis.PERSEN, Peran.HITUNG, lebar=10),
        Kolom("Sisa", "sisa", Jenis.UANG, Peran.HITUNG, lebar=16),
    ),
    petunjuk="Urutkan seperti DPA: baris Program, di bawahnya Kegiatan, di bawahnya Sub "
    "Kegiatan. Kegiatan milik Program di atasnya.",
)

ANGGARAN_LALU = Tabel(
    "Anggaran Tahun Lalu",
    "Program dan Kegiatan Tahun Lalu (untuk perbandingan)",
    (
        Kolom("Kode", "kode", lebar=12),
        Kolom("Jenis", "jenis", Jenis.PILIHAN, pilihan=JENIS_ANGGARAN, wajib=True, lebar=13),
        Kolom("Uraian", "uraian", wajib=True, lebar=50),
        Kolom("Anggaran", "anggaran", Jenis.UANG, minimum=0, lebar=16),
        Kolom("Realisasi", "realisasi", Jenis.UANG, minimum=0, lebar=16),
    ),
    opsional=True,
)

BELANJA = Tabel(
    "Belanja",
    "Pendapatan dan Belanja (Laporan Realisasi Anggaran)",
    (
        Kolom("Kode Rekening", "kode", lebar=18, petunjuk="mis. 5.1.02.01.01.0024 (dari SIPD)"),
        Kolom(
            "Kelompok",
            "kelompok",
            Jenis.PILIHAN,
            pilihan=KELOMPOK_BELANJA,
            pilihan_bebas=True,
            wajib=True,
            lebar=22,
        ),
        Kolom(
            "Jenis", "jenis", lebar=30, petunjuk="mis. Gaji dan Tunjangan, Belanja Barang dan Jasa"
        ),
        Kolom("Uraian", "uraian", wajib=True, lebar=44),
        Kolom("Anggaran", "anggaran", Jenis.UANG, minimum=0, lebar=16),
        Kolom("Realisasi", "realisasi", Jenis.UANG, minimum=0, lebar=16),
        Kolom("Anggaran Tahun Lalu", "anggaran_lalu", Jenis.UANG, minimum=0, lebar=16),
        Kolom("Realisasi Tahun Lalu", "realisasi_lalu", Jenis.UANG, minimum=0, lebar=16),
        Kolom("Serapan (%)", "serapan", Jenis.PERSEN, Peran.HITUNG, lebar=10),
        Kolom("Sisa", "sisa", Jenis.UANG, Peran.HITUNG, lebar=16),
    ),
    petunjuk="Satu baris untuk setiap rincian; jumlah per Jenis dan per Kelompok dihitung.",
    opsional=True,
)

_KOLOM_UNSUR = tuple(
    Kolom(f"U{i}", f"u{i}", Jenis.BULAT, minimum=1, maksimum=4, lebar=5) for i in range(1, 10)
)

SKM = Tabel(
    "SKM",
    "Jawaban Survei Kepuasan Masyarakat (satu baris per responden)",
    (
        Kolom("No", "no", Jenis.BULAT, lebar=6),
        Kolom("Jenis Layanan", "layanan", lebar=24),
        Kolom("Jenis Kelamin", "jenis_kelamin", Jenis.PILIHAN, pilihan=JENIS_KELAMIN, lebar=12),
        Kolom("Umur", "umur", Jenis.BULAT, minimum=10, maksimum=120, lebar=7),
        Kolom(
            "Pendidikan",
            "pendidikan",
            Jenis.PILIHAN,
            pilihan=PENDIDIKAN,
            pilihan_bebas=True,
            lebar=12,
        ),
        Kolom("Pekerjaan", "pekerjaan", lebar=16),
        *_KOLOM_UNSUR,
    ),
    petunjuk="Jawaban 1 (tidak baik) sampai 4 (sangat baik). Jawaban kosong boleh.",
    opsional=True,
)

UNSUR_SKM = Tabel(
    "Unsur SKM",
    "Unsur Pelayanan, Bobot dan Nilai Rata-rata (NRR)",
    (
        Kolom("Kode", "kode", wajib=True, lebar=6),
        Kolom("Unsur Pelayanan", "unsur", wajib=True, lebar=44),
        Kolom(
            "Bobot",
            "bobot",
            Jenis.ANGKA,
            minimum=0,
            maksimum=1,
            lebar=9,
            petunjuk="kosongkan semua untuk bobot sama (1/9 untuk 9 unsur)",
        ),
        Kolom(
            "NRR Isian",
            "nrr_isian",
            Jenis.ANGKA,
            minimum=1,
            maksimum=4,
            lebar=9,
            petunjuk="isi hanya bila jawaban per responden tidak ada di sheet SKM",
        ),
        Kolom("Jumlah Responden", "responden", Jenis.BULAT, Peran.HITUNG, lebar=10),
        Kolom("NRR", "nrr", Jenis.ANGKA, Peran.HITUNG, lebar=9),
        Kolom("NRR Tertimbang", "nrr_tertimbang", Jenis.ANGKA, Peran.HITUNG, lebar=10),
    ),
    opsional=True,
)

RIWAYAT_IKM = Tabel(
    "Riwayat IKM",
    "Nilai IKM Tahun-tahun Sebelumnya",
    (
        Kolom("Tahun", "tahun", Jenis.BULAT, wajib=True, lebar=8),
        Kolom(
            "Nilai IKM",
            "ikm",
            Jenis.ANGKA,
            minimum=25,
            maksimum=100,
            wajib=True,
            lebar=10,
            petunjuk="nilai konversi 25-100",
        ),
        Kolom("Target", "target", Jenis.ANGKA, lebar=10),
        Kolom("Mutu", "mutu", peran=Peran.HITUNG, lebar=7),
        Kolom("Kinerja Unit", "kinerja", peran=Peran.HITUNG, lebar=14),
    ),
    opsional=True,
)

NARASI = Tabel(
    "Narasi",
    "Teks Laporan yang Ditulis Sendiri",
    (
        Kolom(
            "Bagian",
            "bagian",
            Jenis.PILIHAN,
            pilihan=BAGIAN_NARASI,
            pilihan_bebas=True,
            wajib=True,
            lebar=26,
        ),
        Kolom("Judul", "judul", lebar=26, petunjuk="judul sub-bagian (boleh kosong)"),
        Kolom(
            "Teks",
            "teks",
            wajib=True,
            lebar=100,
            petunjuk="satu paragraf per baris; Alt+Enter untuk baris baru",
        ),
    ),
    opsional=True,
)

GAMBAR = Tabel(
    "Gambar",
    "Foto dan Gambar Laporan",
    (
        Kolom(
            "Bagian",
            "bagian",
            Jenis.PILIHAN,
            pilihan=BAGIAN_NARASI,
            pilihan_bebas=True,
            wajib=True,
            lebar=26,
        ),
        Kolom(
            "Berkas",
            "berkas",
            wajib=True,
            lebar=36,
            petunjuk="nama berkas gambar (.jpg/.png), relatif ke folder buku kerja",
        ),
        Kolom("Keterangan", "keterangan", wajib=True, lebar=70),
    ),
    opsional=True,
)

EVALUASI_TRIWULAN = Tabel(
    "Evaluasi Triwulan",
    "Evaluasi Renja per Triwulan (teks kaki Form E.81)",
    (
        Kolom("Triwulan", "triwulan", Jenis.PILIHAN, pilihan=TRIWULAN, wajib=True, lebar=9),
        Kolom("Faktor Pendorong", "pendorong", lebar=40),
        Kolom("Faktor Penghambat", "penghambat", lebar=40),
        Kolom("Tindak Lanjut Triwulan Berikutnya", "tindak_lanjut_tw", lebar=40),
        Kolom("Tindak Lanjut Renja Berikutnya", "tindak_lanjut_renja", lebar=40),
    ),
    petunjuk="Satu baris per triwulan; teksnya dicetak di bawah Form E.81 triwulan itu.",
    opsional=True,
)

RINGKASAN = Ringkasan("Ringkasan", "Ringkasan Hasil Perhitungan")

TABEL_TAMBAHAN_AWALAN = "Tabel "
"""Any sheet whose name starts with this is an extra table of the office's own: B1 holds its
title, B2 the report section (Bagian) it belongs to, row 4 its headers, rows 5+ its data."""

LEMBAR: tuple[Lembar, ...] = (
    PETUNJUK,
    PROFIL,
    MISI,
    TUJUAN_SASARAN,
    PERJANJIAN_KINERJA,
    PEGAWAI,
    PRODUK_LAYANAN,
    INDIKATOR,
    ANGGARAN,
    ANGGARAN_LALU,
    BELANJA,
    SKM,
    UNSUR_SKM,
    RIWAYAT_IKM,
    NARASI,
    GAMBAR,
    EVALUASI_TRIWULAN,
    RINGKASAN,
)

TABEL: tuple[Tabel, ...] = tuple(x for x in LEMBAR if isinstance(x, Tabel))


def lembar(nama: str) -> Lembar:
    """The declaration of the sheet called `nama`; KeyError when there is none."""
    for x in LEMBAR:
        if x.nama == nama:
            return x
    raise KeyError(nama)


def normal(teks: object) -> str:
    """Header text as compared when reading: case, spacing and line breaks ignored."""
    if teks is None:
        return ""
    return " ".join(str(teks).split()).casefold()


def tahun_renstra(periode: str | None, tahun: int | None) -> list[int]:
    """The years of a Renstra period "2019-2023"; without one, five years from `tahun` - 1."""
    if periode:
        m = re.fullmatch(r"\s*(\d{4})\s*[-–—/s.d]+\s*(\d{4})\s*", str(periode))
        if m:
            awal, akhir = int(m.group(1)), int(m.group(2))
            if awal <= akhir <= awal + 10:
                return list(range(awal, akhir + 1))
    mulai = (tahun or 2025) - 1
    return list(range(mulai, mulai + 5))


UNSUR_SKM_BAKU = UNSUR_BAKU

PETUNJUK_TEKS: tuple[str, ...] = (
    "Buku kerja ini adalah satu-satunya tempat mengisi data Laporan Kinerja (LKj). "
    "Semua angka di laporan dihitung dari isian di sini.",
    "",
    "ARTI WARNA",
    "Sel putih: isian, diketik oleh petugas.",
    "Judul kolom kuning (dengan komentar 'Wajib') dan sel Nilai kuning di sheet Profil: isian "
    "wajib. Tanpanya laporan tidak dapat dibuat; `lakip periksa` menyebutnya GALAT dengan selnya. "
    "Kolom wajib hanya wajib pada baris yang diisi; sheet boleh kosong.",
    "Sel abu-abu: hasil hitungan. Sel ini dikunci dan diisi oleh tombol Hitung Ulang "
    "(atau perintah `lakip hitung`). Jangan diketik; ketikan akan ditimpa.",
    "",
    "LANGKAH",
    "1. Isi sheet Profil, lalu sheet-sheet lain sesuai urutan. Sheet boleh diisi bertahap.",
    "2. Ketik angka tanpa satuan (10, bukan '10 desa'); pakai koma desimal sesuai pengaturan "
    "Windows. Persen diketik sebagai angka persen: 70 berarti 70 %.",
    "3. Klik Hitung Ulang (atau jalankan `lakip hitung BERKAS.xlsx`). Capaian, kategori, "
    "serapan, NRR, IKM dan Ringkasan terisi. Masalah yang ditemukan ditampilkan dengan nama "
    "sheet dan selnya.",
    "4. Klik Buat Laporan (atau `lakip laporan BERKAS.xlsx`). Berkas .docx dibuat di folder "
    "yang sama; sunting seperlunya di Word lalu tanda tangani.",
    "",
    "Sheet dilindungi tanpa kata sandi hanya agar sel hitungan tidak terketik tidak sengaja. "
    "Buka perlindungan lewat Review > Unprotect Sheet bila perlu menambah kolom sendiri.",
    "Kolom dicari menurut judulnya, jadi kolom boleh dipindah, tetapi judulnya jangan diubah.",
    "Tabel tambahan milik instansi: salin sheet 'Tabel Tambahan', beri nama yang diawali "
    "'Tabel ', isi judul di B1, bagian laporan di B2, judul kolom di baris 4 dan data di bawahnya.",
)


def uraian_lembar() -> list[tuple[str, str, list[str]]]:
    """(sheet, title, [header texts]) for every sheet, for the Petunjuk sheet and the docs;
    required columns and Profil rows are marked "(wajib)"."""

    def tanda(judul: str, wajib: bool) -> str:
        return f"{judul} (wajib)" if wajib else judul

    hasil: list[tuple[str, str, list[str]]] = []
    for x in LEMBAR:
        if isinstance(x, Tabel):
            hasil.append((x.nama, x.judul, [tanda(k.judul, k.wajib) for k in x.kolom]))
        elif isinstance(x, Formulir):
            hasil.append((x.nama, x.judul, [tanda(i.judul, i.wajib) for i in x.isian]))
        else:
            hasil.append((x.nama, x.judul, []))
    return hasil
