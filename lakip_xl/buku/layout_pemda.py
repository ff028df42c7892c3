"""The Pemda workbook (`lakip baru --pemda`), declared once: its sheets, headers and help texts.

The Bagian Organisasi lists the RPJMD tujuan, sasaran and indikator with their targets, and
for each the OPD and the code of the OPD indikator that measures it; `lakip rekap --pemda`
fills realisasi and capaian from that OPD's workbook. Built from the same blocks as the OPD
workbook (`buku.bentuk`). Standard library only.
"""

from __future__ import annotations

from lakip_xl.buku.bentuk import Formulir, Isian, Jenis, Kolom, Lembar, Tabel, Teks
from lakip_xl.buku.layout import POLARITAS, RUMUS_NEGATIF
from lakip_xl.calc.gabung import ATURAN_GABUNG
from lakip_xl.calc.kategori import NAMA_SKALA

JENIS_OPD = (
    "Sekretariat Daerah",
    "Sekretariat DPRD",
    "Inspektorat",
    "Dinas",
    "Badan",
    "Satuan Polisi Pamong Praja",
    "Rumah Sakit Umum Daerah",
    "Kecamatan",
    "Kelurahan",
    "Bagian",
)

PETUNJUK = Teks("Petunjuk", "Petunjuk Pengisian Buku Kerja Pemda (Rekap LKjIP)")

PROFIL = Formulir(
    "Profil",
    "Profil Pemerintah Daerah",
    (
        Isian(
            "Nama Pemerintah Daerah",
            "nama_pemda",
            wajib=True,
            petunjuk="mis. Pemerintah Kabupaten Tanah Bumbu",
        ),
        Isian("Tahun", "tahun", Jenis.BULAT, wajib=True, petunjuk="tahun yang dilaporkan"),
        Isian("Nama Kepala Daerah", "nama_kepala", anjuran=True),
        Isian("Jabatan Kepala Daerah", "jabatan_kepala", anjuran=True, petunjuk="mis. Bupati"),
        Isian("Nama Wakil Kepala Daerah", "nama_wakil"),
        Isian("Alamat", "alamat"),
        Isian("Periode RPJMD", "periode_rpjmd", anjuran=True, petunjuk="mis. 2021-2026"),
        Isian("Visi", "visi", petunjuk="visi RPJMD"),
        Isian(
            "Tempat dan Tanggal Laporan",
            "tempat_tanggal",
            anjuran=True,
            petunjuk="mis. Batulicin, Maret 2026",
        ),
        Isian(
            "Skala Kategori",
            "skala",
            Jenis.PILIHAN,
            pilihan=NAMA_SKALA,
            bawaan=NAMA_SKALA[0],
            petunjuk="skala untuk mengelompokkan capaian indikator RPJMD",
        ),
        Isian(
            "Rumus Polaritas Negatif",
            "rumus_negatif",
            Jenis.PILIHAN,
            pilihan=RUMUS_NEGATIF,
            bawaan=RUMUS_NEGATIF[0],
            petunjuk="rumus capaian indikator RPJMD yang makin rendah makin baik",
        ),
    ),
    petunjuk="Isi kolom Nilai. Baris bertanda Wajib (kuning) harus diisi sebelum rekap.",
)

INDIKATOR = Tabel(
    "Indikator RPJMD",
    "Tujuan, Sasaran dan Indikator RPJMD dengan OPD Pengukurnya",
    (
        Kolom("No", "no", Jenis.BULAT, lebar=6),
        Kolom("Tujuan", "tujuan", lebar=30),
        Kolom("Sasaran", "sasaran", lebar=30, petunjuk="wajib pada baris pertama indikator"),
        Kolom(
            "Kode",
            "kode",
            wajib=True,
            lebar=9,
            petunjuk="kode indikator RPJMD, mis. IKD-01; baris lanjutan (OPD berikutnya) "
            "memakai kode yang sama",
        ),
        Kolom("Indikator", "indikator", lebar=36, petunjuk="wajib pada baris pertama indikator"),
        Kolom("Satuan", "satuan", lebar=10),
        Kolom(
            "Polaritas",
            "polaritas",
            Jenis.PILIHAN,
            pilihan=POLARITAS,
            lebar=10,
            petunjuk="Positif: makin tinggi makin baik; Negatif: makin rendah makin baik",
        ),
        Kolom("Target", "target", Jenis.ANGKA, lebar=11),
        Kolom("Target Tahun Lalu", "target_lalu", Jenis.ANGKA, lebar=11),
        Kolom("Realisasi Tahun Lalu", "realisasi_lalu", Jenis.ANGKA, lebar=11),
        Kolom(
            "Capaian Tahun Lalu (%)",
            "capaian_lalu",
            Jenis.PERSEN,
            lebar=11,
            petunjuk="seperti tertulis di LKjIP tahun lalu; kosong: dihitung dari Target dan "
            "Realisasi Tahun Lalu",
        ),
        Kolom(
            "OPD",
            "opd",
            wajib=True,
            lebar=30,
            petunjuk="OPD pengukur, ditulis seperti di sheet OPD",
        ),
        Kolom(
            "Kode Indikator OPD",
            "kode_opd",
            wajib=True,
            lebar=12,
            petunjuk="Kode baris di sheet Indikator buku kerja OPD itu",
        ),
        Kolom(
            "Gabungan",
            "gabungan",
            Jenis.PILIHAN,
            pilihan=ATURAN_GABUNG,
            lebar=12,
            petunjuk="bila diukur beberapa OPD: Jumlah, Rata-rata, atau OPD Utama (OPD pada "
            "baris pertama indikator)",
        ),
        Kolom("Keterangan", "keterangan", lebar=26),
    ),
    petunjuk="Satu baris per indikator dan OPD pengukur. Indikator yang diukur beberapa OPD: "
    "baris berikutnya dengan Kode yang sama, cukup isi OPD dan Kode Indikator OPD.",
)

OPD = Tabel(
    "OPD",
    "Daftar OPD (urutan seperti di LKjIP)",
    (
        Kolom("No", "no", Jenis.BULAT, lebar=6),
        Kolom("Nama OPD", "nama", wajib=True, lebar=40),
        Kolom("Jenis", "jenis", Jenis.PILIHAN, pilihan=JENIS_OPD, pilihan_bebas=True, lebar=22),
        Kolom("Kode Unit SIPD", "kode_sipd", lebar=24, petunjuk="mis. 1.02.0.00.0.00.01.0000"),
    ),
    petunjuk="Urutan baris menjadi urutan OPD di rekap.",
)

ALIAS = Tabel(
    "Alias OPD",
    "Nama OPD seperti Tertulis di Buku Kerja OPD",
    (
        Kolom(
            "Nama di Buku Kerja",
            "alias",
            wajib=True,
            lebar=40,
            petunjuk="Nama Instansi seperti di Profil buku kerja OPD",
        ),
        Kolom("Nama OPD", "nama", wajib=True, lebar=40, petunjuk="nama di sheet OPD"),
    ),
    petunjuk="Isi bila Nama Instansi di buku kerja OPD berbeda dari nama di sheet OPD.",
    opsional=True,
)

LEMBAR: tuple[Lembar, ...] = (PETUNJUK, PROFIL, INDIKATOR, OPD, ALIAS)
TABEL: tuple[Tabel, ...] = (INDIKATOR, OPD, ALIAS)

PETUNJUK_TEKS: tuple[str, ...] = (
    "Buku kerja ini milik Pemda (Bagian Organisasi / Bappeda) untuk rekap LKjIP dari buku kerja "
    "LKj setiap OPD: `lakip rekap FOLDER --pemda BERKAS.xlsx -o rekap.xlsx`.",
    "",
    "LANGKAH",
    "1. Isi sheet Profil.",
    "2. Sheet OPD: satu baris per OPD, urut seperti di LKjIP. Nama OPD dicocokkan dengan Nama "
    "Instansi di Profil buku kerja OPD (huruf besar-kecil dan spasi diabaikan).",
    "3. Sheet Alias OPD: bila Nama Instansi di buku kerja OPD ditulis lain (mis. 'Dinkes'), "
    "tulis nama itu dan nama OPD-nya.",
    "4. Sheet Indikator RPJMD: satu baris per indikator dan OPD pengukur. Kode Indikator OPD "
    "adalah Kode baris di sheet Indikator buku kerja OPD itu; realisasi diambil menurut OPD dan "
    "kode itu, tidak pernah menurut nama indikator.",
    "5. Indikator yang diukur beberapa OPD: tambah baris dengan Kode yang sama, isi OPD dan Kode "
    "Indikator OPD, lalu pilih Gabungan di baris pertama: Jumlah (realisasi dijumlah), "
    "Rata-rata (realisasi dirata-rata) atau OPD Utama (realisasi OPD baris pertama).",
    "",
    "Yang tidak dapat dicocokkan (OPD tidak ditemukan, kode tidak ada) didaftar di rekap dan "
    "capaiannya tidak dihitung; tidak pernah ditebak.",
)
