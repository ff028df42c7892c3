"""Sample data: the inputs of the LKj 2020 of Kecamatan Panyipatan (the project's seed)."""

from decimal import Decimal

# Transcribed from seed/000_87370e78a8f249bc.txt (LKj 2020, typed by hand). Only inputs are
# kept: targets, realisasi, anggaran, realisasi anggaran, NRR, earlier IKM and names. Every
# printed percentage, average, subtotal and total is left out: the tool computes them (and
# about fifteen of the seed's are wrong). Where two tables of the seed disagree, the comment
# beside the value names both and says which one was kept.

PROFIL: dict[str, object] = {
    "Nama Instansi": "Kecamatan Panyipatan",
    "Pemerintah Daerah": "Pemerintah Kabupaten Tanah Laut",
    "Alamat": "Jalan Sungai Paring Nomor 1 Panyipatan Kode Pos 70571",
    "Tahun": 2020,
    "Nama Pimpinan": "AGUS SETIYO, SSTP, MM",
    "Jabatan Pimpinan": "Camat Panyipatan",
    "NIP Pimpinan": "19850808 200412 1 001",
    "Tempat dan Tanggal Laporan": "Panyipatan, Maret 2021",
    "Periode Renstra": "2019-2023",  # the year columns of Tabel 1
    "Periode RPJMD": "2018-2023",
    "Visi": "Terwujudnya Tanah Laut yang BERINTERAKSI: Berkarya, Inovasi, Tertata, Religius, "
    "Aktual, dan Sinergi",
    "Skala Kategori": "Tabel 5 LKj (PermenPANRB 12/2015)",
    "Rumus Polaritas Negatif": "(2 x Target - Realisasi) / Target",
    "Batas Capaian untuk Rata-rata": "Tanpa batas",
    # The seed's "rata-rata capaian kinerja seluruh indikator" (its Ikhtisar and BAB IV) is the
    # mean of its Tabel 27, the 24 eselon IV indikator.
    "Dasar Rata-rata Keseluruhan": "Eselon IV / Pengawas",
    "Kode Indikator IKM": "SS-1",
    # The Camat's pihak kedua in the Perjanjian Kinerja (BAB I B: the Camat answers to the
    # Bupati; the Bupati's name as printed in BAB III, the BLT photo: "Bapak Bupati H.
    # Sukamta"). The seed prints neither the place nor the date of the PK: left empty.
    "Nama Kepala Daerah": "H. Sukamta",
    "Jabatan Kepala Daerah": "Bupati Tanah Laut",
}

# --- Misi (BAB II B: the five missions of the RPJMD 2018-2023) ----------------------------

_MISI: list[dict[str, object]] = [
    {
        "No": 1,
        "Misi": "BERKARYA",
        "Uraian": "Diwujudkan dengan meningkatkan kualitas sumberdaya manusia dan pelayanan "
        "masyarakat yang berbasis teknologi, yang pada gilirannya nanti meningkatkan "
        "pembangunan ekonomi, sosial dan budaya di Daerah Kabupaten Tanah Laut",
    },
    {
        "No": 2,
        "Misi": "INOVASI",
        "Uraian": "Diwujudkan dengan menciptakan inovasi di segala sendi kehidupan masyarakat "
        "dan pengembangan industri kreatif",
    },
    {
        "No": 3,
        "Misi": "TERTATA",
        "Uraian": "Diwujudkan dengan membangun tatakelola pemerintahan yang baik (Good Governance)",
    },
    {
        "No": 4,
        "Misi": "RELIGIUS",
        "Uraian": "Diwujudkan dengan meningkatkan kuantitas dan kualitas religiusitas dalam "
        "penyelenggaraan pemerintahan Daerah dan kehidupan masyarakat",
    },
    {
        "No": 5,
        "Misi": "AKTUAL dan SINERGI",
        "Uraian": "Diwujudkan dengan membangun sinergitas yang baik antar tingkat pemerintahan "
        "dalam rangka meningkatkan kesejahteraan masyarakat",
    },
]

# --- Tujuan Sasaran (Tabel 1; Target Tujuan from Tabel 9) ---------------------------------
# Tabel 1 row 2 holds two sasaran and two indikator in one row: split into SS-2 and SS-3.
# Tabel 1 prints "Tenwujudnya" (fixed) and puts the Visi sentence in row 1's Misi cell and
# Misi 1 (Berkarya) in row 2; the narrative after Tabel 9 and Tabel 11 place tujuan 1 under
# Misi 1 (Berkarya) and tujuan 2 under Misi 3 (Tertata, good governance), which is used here.
# Tabel 1 prints B(65) as the five-year target of both row-2 indikator; for the percentage
# indikator (SS-3) Tabel 8, 9, 10 and 14 all give 100 %, so "100%" is used.

_MISI_1 = "Berkarya: meningkatkan kualitas sumber daya manusia dan pelayanan masyarakat yang "
_MISI_1 += "berbasis teknologi untuk meningkatkan pembangunan ekonomi, sosial dan budaya"
_MISI_3 = "Tertata: membangun tata kelola pemerintahan yang baik (Good Governance)"
_TUJUAN_2 = "Terwujudnya akuntabilitas kinerja pengelolaan administrasi pemerintahan kecamatan"
_IND_TUJUAN_2 = (
    "Persentase pengelolaan administrasi perkantoran dan kepegawaian, perencanaan keuangan "
    "yang tertib"
)
_SASARAN_1 = "Peningkatan kualitas pelayanan publik kepada masyarakat"
_SASARAN_2 = "Peningkatan kualitas perencanaan, pelaporan kinerja dan keuangan"
_SASARAN_3 = "Peningkatan kualitas pelayanan administrasi umum dan kepegawaian"


def _target_renstra(teks: str) -> dict[str, object]:
    return {f"Target {tahun}": teks for tahun in range(2019, 2024)}


_TUJUAN_SASARAN: list[dict[str, object]] = [
    {
        "No": 1,
        "Misi": _MISI_1,
        "Tujuan": "Terwujudnya kualitas pelayanan publik yang prima",
        "Indikator Tujuan": "IKM",
        "Target Tujuan": "Baik",  # Tabel 9
        "Sasaran": _SASARAN_1,
        # printed "Tingkat Masyarakat terhadap ..." (the word Kepuasan is missing)
        "Indikator Sasaran": "Tingkat Kepuasan Masyarakat terhadap pelayanan umum yang ada di "
        "Kecamatan (Indeks Kepuasan Masyarakat/IKM)",
        "Satuan": "Nilai",
        **_target_renstra("B (75)"),
        "Kode Indikator": "SS-1",
    },
    {
        "No": 2,
        "Misi": _MISI_3,
        "Tujuan": _TUJUAN_2,
        "Indikator Tujuan": _IND_TUJUAN_2,
        "Target Tujuan": "100%",  # Tabel 9
        "Sasaran": _SASARAN_2,
        "Indikator Sasaran": "Nilai SAKIP",
        "Satuan": "Nilai",
        **_target_renstra("B (65)"),
        "Kode Indikator": "SS-2",
    },
    {
        "No": 3,
        "Misi": _MISI_3,
        "Tujuan": _TUJUAN_2,
        "Indikator Tujuan": _IND_TUJUAN_2,
        "Target Tujuan": "100%",
        "Sasaran": _SASARAN_3,
        "Indikator Sasaran": "Persentase Layanan Administrasi Umum dan Kepegawaian yang tertib",
        "Satuan": "%",
        **_target_renstra("100%"),
        "Kode Indikator": "SS-3",
    },
]

# --- Perjanjian Kinerja (Tabel 3: Jumlah Program / Kegiatan and Anggaran as printed) -------
# Tabel 3 prints Rp 574.651.610 for the Camat, but its own parts (Sekcam 533.253.510 + Kasi
# PMD 41.483.100) and Tabel 4/13 give 574.736.610: a typo of 85.000. The PK's lampiran
# (`lakip pk`) lists the nine programs of the Camat's indikator, whose sum is 574.736.610,
# and its total must equal this cell, so the sum of the parts is used. Only the Camat's name
# and NIP are known (the others print as dotted lines). Atasan from BAB I B (Perbup 89/2016):
# the Kasi answer to the Camat, the Kasubbag to the Sekretaris Camat, the Sekretaris Camat
# to the Camat, the Camat to the Bupati (empty: the Kepala Daerah of Profil).

_ES3 = "Eselon III / Administrator"
_ES4 = "Eselon IV / Pengawas"

_PERJANJIAN_KINERJA: list[dict[str, object]] = [
    {
        "Penanggung Jawab": "Camat",
        "Nama Pejabat": "AGUS SETIYO, SSTP, MM",
        "NIP": "19850808 200412 1 001",
        "Tingkat": _ES3,
        "Jumlah Program": 9,
        "Jumlah Kegiatan": 17,
        "Anggaran": 574736610,
    },
    {
        "Penanggung Jawab": "Sekretaris Camat",
        "Atasan": "Camat",
        "Tingkat": _ES3,
        "Jumlah Program": 3,
        "Jumlah Kegiatan": 7,
        "Anggaran": 533253510,
    },
    {
        "Penanggung Jawab": "Kasi Tata Pemerintahan",
        "Atasan": "Camat",
        "Tingkat": _ES4,
        "Jumlah Program": 1,
        "Jumlah Kegiatan": 1,
        "Anggaran": 0,
    },
    {
        "Penanggung Jawab": "Kasi Pemberdayaan Masyarakat Desa",
        "Atasan": "Camat",
        "Tingkat": _ES4,
        "Jumlah Program": 2,
        "Jumlah Kegiatan": 5,
        "Anggaran": 41483100,
    },
    {
        "Penanggung Jawab": "Kasi Kemasyarakatan",
        "Atasan": "Camat",
        "Tingkat": _ES4,
        "Jumlah Program": 1,
        "Jumlah Kegiatan": 2,
        "Anggaran": 0,
    },
    {
        "Penanggung Jawab": "Kasi Ketentraman dan Ketertiban",
        "Atasan": "Camat",
        "Tingkat": _ES4,
        "Jumlah Program": 1,
        "Jumlah Kegiatan": 1,
        "Anggaran": 0,
    },
    {
        "Penanggung Jawab": "Kasi Pelayanan",
        "Atasan": "Camat",
        "Tingkat": _ES4,
        "Jumlah Program": 1,
        "Jumlah Kegiatan": 1,
        "Anggaran": 0,
    },
    {
        "Penanggung Jawab": "Kasubbag Umum dan Kepegawaian",
        "Atasan": "Sekretaris Camat",
        "Tingkat": _ES4,
        "Jumlah Program": 2,
        "Jumlah Kegiatan": 5,
        "Anggaran": 526979510,
    },
    {
        "Penanggung Jawab": "Kasubbag Perencanaan dan Keuangan",
        "Atasan": "Sekretaris Camat",
        "Tingkat": _ES4,
        "Jumlah Program": 1,
        "Jumlah Kegiatan": 2,
        "Anggaran": 6274000,
    },
]

# --- Pegawai (BAB I B: 24 orang = 14 PNS + 10 PTT) ----------------------------------------
# Pangkat names are as printed although "Penata Muda Tk.I" is III/b (III/a is Penata Muda)
# and "Pengatur" is II/c (II/b is Pengatur Muda Tk.I). Pejabat fungsional: "Tidak ada".


def _pegawai(kelompok: str, *isi: tuple[str, int]) -> list[dict[str, object]]:
    return [{"Kelompok": kelompok, "Uraian": u, "Jumlah": j} for u, j in isi]


_PEGAWAI: list[dict[str, object]] = [
    *_pegawai("Status Kepegawaian", ("PNS", 14), ("PTT", 10)),
    *_pegawai(
        "Pendidikan",
        ("S-2", 3),
        ("S-1", 5),
        ("D-4", 0),
        ("D-III", 3),
        ("SLTA", 3),
        ("SLTP", 0),
    ),
    *_pegawai(
        "Pangkat/Golongan",
        ("Pembina (IV/a)", 2),
        ("Penata Tk. I (III/d)", 6),
        ("Penata Muda Tk. I (III/a)", 2),
        ("Pengatur Tk. I (II/d)", 2),
        ("Pengatur (II/b)", 2),
    ),
    *_pegawai(
        "Jabatan Struktural",
        ("Eselon IIIa", 1),
        ("Eselon IIIb", 1),
        ("Eselon IVa", 5),
        ("Eselon IVb", 2),
        ("Staf Kecamatan", 5),
    ),
]

# --- Produk Layanan (BAB I C) -------------------------------------------------------------


def _produk(unit: str, *produk: str) -> list[dict[str, object]]:
    return [{"Unit": unit, "Produk / Layanan": p} for p in produk]


_PRODUK_LAYANAN: list[dict[str, object]] = [
    *_produk(
        "Subbagian Umum dan Kepegawaian",
        "Kenaikan Pangkat Aparatur Kecamatan Panyipatan",
        "Kenaikan Berkala",
        "Pendidikan dan Pelatihan Aparatur",
        "Hukuman Disiplin",
        "Cuti",
        "Pensiun",
        "Mutasi",
    ),
    *_produk(
        "Subbagian Perencanaan dan Keuangan",
        "Rencana Strategis (Renstra)",
        "Rencana Kerja (Renja)",
        "Rencana Kerja Anggaran (RKA)",
        "Dokumen Pelaksanaan Anggaran (DPA)",
        "Rencana Anggaran Kas",
        "Laporan Keuangan Bulanan",
        "Laporan Keuangan Semesteran",
        "Laporan Keuangan Tahunan (LRA, Neraca, CALK)",
        "LKPJ dan LPPD",
        "Laporan Kinerja/LAKIP",
        "Laporan Monitoring dan Evaluasi per triwulan",
        "Laporan Belanja Langsung",
    ),
    *_produk(
        "Seksi PMD",
        "Izin Mendirikan Bangunan (IMB)",
        "Rekomendasi bangunan",
        "Pembinaan Aparatur Desa terkait pemberdayaan masyarakat desa dan pengelolaan ADD",
    ),
    *_produk(
        "Seksi Tata Pemerintahan",
        "Pelayanan KTP dan KK",
        "Perekaman E-KTP",
        "Surat Keterangan pindah domisili",
        "Legalisasi KTP dan KK",
    ),
    *_produk(
        "Seksi Kemasyarakatan",
        "Surat Keterangan Tidak Mampu (SKTM)",
        "Surat Keterangan Ahli Waris",
        "Rekomendasi Nikah",
        "Usulan proposal dari masyarakat",
    ),
    *_produk(
        "Seksi Ketentraman dan Ketertiban",
        "Surat Keterangan Catatan Kepolisian (SKCK)",
        "Surat izin Keramaian",
        "Surat Kehilangan",
        "Tinjauan lapangan untuk IMB",
        "Fasilitasi keluhan/laporan masyarakat masalah keamanan",
    ),
    *_produk("Seksi Pelayanan", "Dokumen Indeks Kepuasan Masyarakat"),
]

# --- Indikator ----------------------------------------------------------------------------
# SS-*: Tabel 8/9/10 (sasaran strategis, 2019 vs 2020); C-1: Tabel 11/12 (Camat);
# S-*: Tabel 14/15 (Sekretaris Camat); IV-*: Tabel 27 (eselon IV, with the 2019 realisasi),
# Penanggung Jawab and Sasaran from the unit Tables 18-26.
# Seed inconsistencies resolved here:
# - Nilai SAKIP 2020 target: Tabel 1, 3, 8, 9 and 10 say B (65); Tabel 14 and 15 (and the
#   text after Tabel 10 and 16) say 75. The Renstra/PK value 65 is used.
# - Nilai SAKIP 2019 realisasi: Tabel 10 and 15 print 74,61; Tabel 16's five components
#   (24,42 + 19,69 + 10,24 + 3,81 + 18,25) sum to 76,40, as the text after Tabel 15 says.
#   74,61 (the figure of the two target/realisasi tables) is used.
# - The text after Tabel 7 calls 74,61 the IKM of 2019; Tabel 10, 12 and the text after
#   Tabel 12 give IKM 2019 = 79,53, which is used.
# - Tabel 2 names "Semua kasi di kecamatan" as penanggung jawab of the IKM; the IKM is the
#   Camat's Perjanjian Kinerja indikator (Tabel 3, 11), so "Camat" is used.
# - Kode Anggaran: Tabel 4 puts program I under sasaran 1 and lumps all other programs
#   under sasaran 2; SS-2/SS-3 and S-1/S-2 are linked to the Sekretariat's programs II and
#   III (Tabel 17), the Camat's C-1 to all nine programs (Tabel 13), each eselon IV unit to
#   the programs Tabel 3 counts for it.

_SS = "Sasaran Strategis"
_RUMUS_IKM = (
    "Hasil survei kepuasan masyarakat (SKM) atas 9 unsur pelayanan, nilai konversi 25-100; "
    "target 75 (B)"
)
_KET_SAKIP = "masih dalam proses penilaian"
_SEMUA_PROGRAM = "I,II,III,IV,V,VI,VII,X,XI"

_IKM: dict[str, object] = {
    "Sasaran": _SASARAN_1,
    "Indikator Kinerja": "Indeks Kepuasan Masyarakat (IKM)",
    "Satuan": "Nilai",
    "Polaritas": "Positif",
    "IKU": "Ya",
    "Target": 75,
    "Target Tahun Lalu": 75,
    "Realisasi Tahun Lalu": Decimal("79.53"),
    "Realisasi 2 Tahun Lalu": Decimal("73.40"),
    "Target Akhir Renstra": 75,
    "Penjelasan Rumus": _RUMUS_IKM,
}
_SAKIP: dict[str, object] = {
    "Sasaran": _SASARAN_2,
    "Indikator Kinerja": "Nilai SAKIP Kecamatan",
    "Satuan": "Nilai",
    "Polaritas": "Positif",
    "IKU": "Tidak",
    "Target": 65,
    "Target Tahun Lalu": 65,
    "Realisasi Tahun Lalu": Decimal("74.61"),
    "Target Akhir Renstra": 65,
    "Keterangan": _KET_SAKIP,
}
_ADMINISTRASI: dict[str, object] = {
    "Sasaran": _SASARAN_3,
    "Indikator Kinerja": "Persentase pengelolaan administrasi umum dan kepegawaian yang tertib",
    "Satuan": "%",
    "Polaritas": "Positif",
    "IKU": "Tidak",
    "Target": 100,
    "Realisasi": 100,
    "Target Tahun Lalu": 100,
    "Realisasi Tahun Lalu": 100,
    "Target Akhir Renstra": 100,
}

_INDIKATOR_ATAS: list[dict[str, object]] = [
    {"Kode": "SS-1", "Tingkat": _SS, "Penanggung Jawab": "Camat", **_IKM, "Kode Anggaran": "I"},
    {
        "Kode": "SS-2",
        "Tingkat": _SS,
        "Penanggung Jawab": "Sekretaris Camat",
        **_SAKIP,
        "Kode Anggaran": "II,III",
    },
    {
        "Kode": "SS-3",
        "Tingkat": _SS,
        "Penanggung Jawab": "Sekretaris Camat",
        **_ADMINISTRASI,
        "Kode Anggaran": "II,III",
    },
    {
        "Kode": "C-1",
        "Tingkat": _ES3,
        "Penanggung Jawab": "Camat",
        **_IKM,
        "Kode Anggaran": _SEMUA_PROGRAM,
    },
    {
        "Kode": "S-1",
        "Tingkat": _ES3,
        "Penanggung Jawab": "Sekretaris Camat",
        **_SAKIP,
        "Kode Anggaran": "I,II,III",
    },
    {
        "Kode": "S-2",
        "Tingkat": _ES3,
        "Penanggung Jawab": "Sekretaris Camat",
        **_ADMINISTRASI,
        "Kode Anggaran": "I,II,III",
    },
]

# Eselon IV: (indikator, satuan, realisasi 2019, target 2020, realisasi 2020, sasaran) per
# unit, numbers from Tabel 27. Disagreements with the unit tables and Tabel 3 (Tabel 27 kept):
# - IV-03: Tabel 27 prints capaian 100 % for 7 of 10 desa (Tabel 18: 70 %); computed anyway.
# - IV-06: target 6 kegiatan (Tabel 20, 27); Tabel 3 says 7 Kegiatan.
# - IV-09: target 11 dokumen (Tabel 19, 27); Tabel 3 says 10 dokumen.
# - IV-11: satuan dokumen (Tabel 3, 27); Tabel 19 says 10 kali / 15 kali.
# - IV-13: satuan penanganan (Tabel 27); Tabel 3 and 22 say kasus (4 kasus / 4 kasus).
# - IV-14: target 1 kali (Tabel 22, 27); Tabel 3 says 10 kelompok.
# - IV-18: Tabel 23 and 27 have this third Kasi Pelayanan indikator; Tabel 3 has only two.
# - IV-20..22: Tabel 3 lists four Kasubbag Umpeg indikator (10 dokumen administrasi
#   perkantoran, 6 unit sarana terpenuhi, 46 unit terpelihara, 15 ASN); Tabel 25 and 27 list
#   three (14 ASN, 46 unit, 10 dokumen), which are used.
# - IV-23/24: Tabel 3 pairs 6 Dokumen with "Pengendalian, evaluasi, dan pelaporan kinerja"
#   and 7 Laporan with "Penyusunan perencanaan dan kinerja SKPD"; Tabel 26 and 27 pair 6 with
#   the planning documents and 7 with the reports, which is used.
# - Tabel 22 is titled "Seksi Kemasyarakatan" but is the Ketentraman dan Ketertiban table.
# - IV-17: Tabel 24's sixteen PATEN services add up to 1.522, not the 433 of Tabel 23/27.

_Baris = tuple[str, str, int, int, int, str]

# fmt: off
_ESELON_IV: list[tuple[str, str, list[_Baris]]] = [
    (
        "Kasi Tata Pemerintahan",  # Tabel 18
        "IV",
        [
            (
                "Jumlah desa yang mengelola administrasi pemerintahan dengan baik",
                "desa", 10, 10, 10,
                "Fasilitasi pengelolaan administrasi pemerintahan desa dan BPD",
            ),
            (
                "Jumlah desa yang difasilitasi dengan baik pada penyelenggaraan pemilu, "
                "pilkada, dan pemilihan kepala desa serta penjaringan aparat desa dan BPD",
                "desa", 8, 10, 10,
                "Fasilitasi penyelenggaraan pemilu, pilkada, dan pemilihan kepala desa serta "
                "penjaringan aparat desa dan BPD",
            ),
            (
                "Jumlah desa yang data kependudukannya terverifikasi dengan akurat",
                "desa", 10, 10, 7,
                "Monitoring penyusunan laporan kependudukan",
            ),
            (
                "Jumlah fasilitasi pelaksanaan kegiatan kepemimpinan",
                "kegiatan", 1, 3, 3,
                "Fasilitasi pelaksanaan kegiatan kepemimpinan",
            ),
        ],
    ),
    (
        "Kasi Kemasyarakatan",  # Tabel 20
        "VI",
        [
            (
                "Jumlah kelompok organisasi masyarakat yang dibina di bidang sosial",
                "kelompok", 21, 11, 10,
                "Memberikan pembinaan kepada kelompok organisasi masyarakat di bidang "
                "kemasyarakatan",
            ),
            (
                "Jumlah kegiatan di bidang sosial, keagamaan, kebudayaan dan olahraga yang "
                "sesuai SOP",
                "kegiatan", 10, 6, 6,
                "Fasilitasi kegiatan di bidang sosial, keagamaan, kebudayaan dan olahraga di "
                "tingkat kecamatan",
            ),
            (
                "Jumlah masyarakat tidak mampu yang difasilitasi penyaluran bantuan sosialnya",
                "KPM", 1907, 4269, 5530,
                "Fasilitasi penyaluran bantuan sosial di kecamatan",
            ),
        ],
    ),
    (
        "Kasi Pemberdayaan Masyarakat Desa",  # Tabel 19
        "VII,X",
        [
            (
                "Jumlah kelompok masyarakat yang berhasil memasarkan hasil produksinya",
                "kelompok", 10, 10, 0,
                "Memfasilitasi kelompok masyarakat dalam pemasaran hasil produksi",
            ),
            (
                "Jumlah data monografi kecamatan serta profil desa yang akurat",
                "dokumen", 10, 11, 10,
                "Memberikan pembinaan tentang penyusunan monografi kecamatan serta profil desa "
                "yang akurat",
            ),
            (
                "Jumlah desa yang dapat menyusun perencanaan dan pelaporan keuangan dengan baik "
                "dan sesuai ketentuan",
                "desa", 10, 10, 10,
                "Fasilitasi pengelolaan keuangan desa",
            ),
            (
                "Jumlah pelayanan administrasi Izin Mendirikan Bangunan (IMB) non komersil yang "
                "sesuai SOP",
                "dokumen", 11, 10, 15,
                "Memberikan pelayanan administrasi Izin Mendirikan Bangunan (IMB) non komersil",
            ),
            (
                "Jumlah fasilitasi pelaksanaan kegiatan musrenbang",
                "kegiatan", 2, 1, 1,
                "Fasilitasi kegiatan Musrenbang Tk. Kecamatan",
            ),
        ],
    ),
    (
        "Kasi Ketentraman dan Ketertiban",  # Tabel 22
        "V",
        [
            (
                "Jumlah penanganan gangguan dan ketertiban masyarakat di kecamatan yang "
                "difasilitasi",
                "penanganan", 3, 4, 4,
                "Memfasilitasi penanganan gangguan ketentraman dan ketertiban masyarakat di "
                "kecamatan",
            ),
            (
                "Jumlah kelompok masyarakat di bidang ketentraman dan ketertiban yang aktif",
                "kali", 3, 1, 1,
                "Membina kelompok masyarakat di bidang ketentraman dan ketertiban",
            ),
            (
                "Jumlah penanganan gangguan dan ketertiban masyarakat di kecamatan yang "
                "dimonitoring",
                "kasus", 12, 10, 10,
                "Monitoring penanganan gangguan ketentraman dan ketertiban masyarakat di "
                "kecamatan",
            ),
            (
                "Jumlah sosialisasi penanganan gangguan dan ketertiban masyarakat di kecamatan "
                "yang dimonitoring",
                "kali", 1, 1, 1,
                "Melakukan sosialisasi penanganan gangguan ketentraman dan ketertiban "
                "masyarakat di kecamatan",
            ),
        ],
    ),
    (
        "Kasi Pelayanan",  # Tabel 23
        "XI",
        [
            (
                "Jumlah Pelayanan Masyarakat Pelayanan Terpadu Kecamatan sesuai SOP",
                "kali", 12, 424, 433,
                "Memberikan Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
            ),
            (
                "Jumlah aduan masyarakat yang difasilitasi",
                "aduan", 2, 5, 3,
                "Memfasilitasi penanganan aduan masyarakat",
            ),
            (
                "Jumlah data informasi Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
                "dokumen", 2, 18, 18,
                "Menyusun data informasi Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
            ),
        ],
    ),
    (
        "Kasubbag Umum dan Kepegawaian",  # Tabel 25
        "I,II",
        [
            (
                "Jumlah ASN yang administrasi perkantorannya terlayani dengan baik",
                "ASN", 14, 14, 14,
                "Memberikan Pelayanan Administrasi Perkantoran",
            ),
            (
                "Jumlah sarana dan prasarana yang terpelihara dengan baik",
                "unit", 22, 46, 45,
                "Pemenuhan Sarana dan Prasarana Kantor",
            ),
            (
                "Jumlah dokumen administrasi kepegawaian",
                "dokumen", 11, 10, 10,
                "Memberikan Pelayanan Administrasi Kepegawaian",
            ),
        ],
    ),
    (
        "Kasubbag Perencanaan dan Keuangan",  # Tabel 26
        "III",
        [
            (
                "Jumlah dokumen perencanaan kinerja dan perencanaan keuangan yang disusun "
                "sesuai ketentuan yang berlaku",
                "dokumen", 3, 6, 6,
                "Penyusunan dokumen perencanaan kinerja dan perencanaan keuangan",
            ),
            (
                "Jumlah laporan kinerja dan keuangan yang disusun sesuai ketentuan",
                "laporan", 7, 7, 7,
                "Penyusunan laporan kinerja dan keuangan yang disusun sesuai ketentuan",
            ),
        ],
    ),
]
# fmt: on

_KETERANGAN_IV = {
    # Tabel 19 text: the pameran was cancelled.
    "IV-08": "Pameran Pembangunan Hari Jadi Kabupaten Tanah Laut ke-55 tidak dilaksanakan "
    "karena protokol kesehatan COVID-19",
}


# The superior's indikator each eselon IV indikator supports (Indikator Induk): the Kasi's
# serve the Camat's one Perjanjian Kinerja indikator, the IKM (C-1); the Kasubbag's the
# Sekretaris Camat's sasaran their names match (Tabel 3: perencanaan, pelaporan kinerja dan
# keuangan S-1; administrasi umum dan kepegawaian S-2).
_INDUK_IV = {"Kasubbag Umum dan Kepegawaian": "S-2", "Kasubbag Perencanaan dan Keuangan": "S-1"}


def _indikator_eselon_iv() -> list[dict[str, object]]:
    hasil: list[dict[str, object]] = []
    for pj, kode_anggaran, baris in _ESELON_IV:
        for indikator, satuan, lalu, target, realisasi, sasaran in baris:
            kode = f"IV-{len(hasil) + 1:02d}"
            b: dict[str, object] = {
                "Kode": kode,
                "Tingkat": _ES4,
                "Penanggung Jawab": pj,
                "Sasaran": sasaran,
                "Indikator Kinerja": indikator,
                "Satuan": satuan,
                "Polaritas": "Positif",
                "IKU": "Tidak",
                "Target": target,
                "Realisasi": realisasi,
                "Realisasi Tahun Lalu": lalu,
                "Kode Anggaran": kode_anggaran,
            }
            b["Indikator Induk"] = _INDUK_IV.get(pj, "C-1")
            if kode in _KETERANGAN_IV:
                b["Keterangan"] = _KETERANGAN_IV[kode]
            hasil.append(b)
    return hasil


_INDIKATOR: list[dict[str, object]] = _INDIKATOR_ATAS + _indikator_eselon_iv()

# --- Anggaran (Tabel 13 = Tabel 28 = Tabel 31) --------------------------------------------
# Program rows carry no amounts: the tool sums their kegiatan. Printed program totals, for
# checking (anggaran / realisasi / printed serapan):
#   I    434.542.010 / 414.530.124 / 98,31 in Tabel 13 (95,39 in Tabel 17, which is right)
#   II    92.437.500 /  69.759.000 / 75,47
#   III    6.274.000 /   5.323.900 / 84,86
#   IV, V, VI, XI  0 / 0
#   VII   25.085.000 /   4.050.000 / 16,15
#   X     16.398.100 /  16.095.000 / 98,15
#   Jumlah 574.736.610 / 509.758.024 / 88,69
# Wrong printed kegiatan percentages include Musrenbang 8.910.000 / 9.198.100 (printed 95,09,
# right 96,87). Kegiatan 12 (Fasilitasi pembangunan sarana promosi dan hasil produksi) has
# anggaran 20.000.000 and an empty realisasi cell: 0. Tabel 17 swaps the names of the two
# program III kegiatan (2.840.000 is "Penyusunan perencanaan" in Tabel 4 and 13, kept).
# Sasaran: Tabel 4 puts program I under sasaran 1 and lumps programs II-XI under one cell
# "Peningkatan kualitas perencanaan, pelaporan kinerja dan keuangan dan Meningkatkan kualitas
# pelayanan administrasi umum dan kepegawaian"; the first sasaran of that cell is used.
# Penanggung Jawab follows the program counts of Tabel 3 and Tabel 17.

_PJ_PROGRAM = {
    "I": "Kasubbag Umum dan Kepegawaian",
    "II": "Kasubbag Umum dan Kepegawaian",
    "III": "Kasubbag Perencanaan dan Keuangan",
    "IV": "Kasi Tata Pemerintahan",
    "V": "Kasi Ketentraman dan Ketertiban",
    "VI": "Kasi Kemasyarakatan",
    "VII": "Kasi Pemberdayaan Masyarakat Desa",
    "X": "Kasi Pemberdayaan Masyarakat Desa",
    "XI": "Kasi Pelayanan",
}

_PROGRAM: list[tuple[str, str, list[tuple[str, int, int]]]] = [
    (
        "I",
        "Program Pelayanan Administrasi Perkantoran",
        [
            ("Penyediaan Jasa, bahan, peralatan dan perlengkapan kantor", 111065000, 109189835),
            ("Penyediaan Rapat-rapat, konsultasi dan koordinasi", 106493010, 90026929),
            ("Penyediaan Jasa penunjang kinerja SOPD", 216984000, 215313360),
        ],
    ),
    (
        "II",
        "Program Pemenuhan, Peningkatan Sarana dan Prasarana Kerja dan Kualitas Sumber Daya "
        "Manusia",
        [
            ("Pemeliharaan sarana dan prasarana perkantoran", 92437500, 69759000),
            ("Pengadaan Pakaian Dinas beserta kelengkapannya", 0, 0),
        ],
    ),
    (
        "III",
        "Program Perencanaan, Pengendalian dan Evaluasi Kinerja SKPD",
        [
            ("Penyusunan perencanaan dan kinerja SKPD", 2840000, 2049300),
            ("Pengendalian, evaluasi dan pelaporan kinerja", 3434000, 3274600),
        ],
    ),
    (
        "IV",
        "Program Koordinasi dan Fasilitasi Penyelenggaraan Pemerintahan Umum dan Pemerintahan Desa",
        [("Koordinasi dan Fasilitasi Penyelenggaraan Pemerintahan Umum", 0, 0)],
    ),
    (
        "V",
        "Program Koordinasi dan Fasilitasi Ketentraman dan Ketertiban Umum Masyarakat",
        [("Koordinasi dan Fasilitasi Pembinaan Ketentraman dan Ketertiban Umum Masyarakat", 0, 0)],
    ),
    (
        "VI",
        "Program Koordinasi dan Fasilitasi Kegiatan Keagamaan, Sosial dan Kebudayaan di Masyarakat",
        [
            ("Peningkatan rasa solidaritas dan ikatan sosial di kalangan masyarakat", 0, 0),
            ("Pentas seni, budaya, festival, lomba cipta dan kompetisi olah raga", 0, 0),
        ],
    ),
    (
        "VII",
        "Program Pemberdayaan Masyarakat",
        [
            ("Fasilitasi pembangunan sarana promosi dan hasil produksi", 20000000, 0),
            ("Pembinaan dan Pelatihan Masyarakat Desa", 5085000, 4050000),
            ("Pemberian stimulan pembangunan Desa", 0, 0),
        ],
    ),
    (
        "X",
        "Program Perencanaan Pembangunan Kecamatan",
        [
            ("Penyelenggaraan Musrenbang Kecamatan", 9198100, 8910000),
            ("Perencanaan, monitoring dan evaluasi pelaksanaan musyawarah Desa", 7200000, 7185000),
        ],
    ),
    (
        "XI",
        "Program Peningkatan Pelayanan Masyarakat",
        [("Peningkatan kualitas pelayanan, informasi dan penanganan pengaduan", 0, 0)],
    ),
]


def _anggaran() -> list[dict[str, object]]:
    hasil: list[dict[str, object]] = []
    for kode, program, kegiatan in _PROGRAM:
        hasil.append(
            {
                "Kode": kode,
                "Jenis": "Program",
                "Uraian": program,
                "Sasaran": _SASARAN_1 if kode == "I" else _SASARAN_2,
                "Penanggung Jawab": _PJ_PROGRAM[kode],
            }
        )
        for i, (uraian, anggaran, realisasi) in enumerate(kegiatan, 1):
            hasil.append(
                {
                    "Kode": f"{kode}.{i}",
                    "Jenis": "Kegiatan",
                    "Uraian": uraian,
                    "Anggaran": anggaran,
                    "Realisasi": realisasi,
                }
            )
    return hasil


# --- Anggaran Tahun Lalu (Tabel 32, column 2019: 16 program, 28 kegiatan) -----------------
# No amounts per program are printed for 2019, only the total pagu Rp 1.905.544.468
# (see Belanja). Tabel 32 repeats "Kegiatan pemberian stimulan pembangunan desa" as the first
# kegiatan of Program Perencanaan Pembangunan Daerah (it belongs to the program above it):
# that copy is left out, which gives the 28 kegiatan the seed counts (29 rows are printed).

_PROGRAM_LALU: list[tuple[str, list[str]]] = [
    (
        "Program Pelayanan Administrasi Perkantoran",
        [
            "Penyediaan jasa surat menyurat",
            "Penyediaan jasa komunikasi, sumberdaya air dan listrik",
            "Penyediaan jasa kebersihan kantor",
            "Penyediaan jasa perbaikan peralatan kerja",
            "Penyediaan alat tulis kantor",
            "Penyediaan barang cetakan dan penggandaan",
            "Penyediaan komponen instalasi listrik/penerangan bangunan kantor",
            "Penyediaan peralatan dan perlengkapan kantor",
            "Penyediaan makanan dan minuman",
            "Rapat-rapat koordinasi dan konsultasi ke luar daerah",
            "Rapat-rapat koordinasi dan konsultasi di dalam daerah",
            "Penyediaan jasa penunjang kinerja SKPD",
        ],
    ),
    (
        "Program Peningkatan Sarana dan Prasarana Aparatur",
        ["Pemeliharaan rutin/berkala kendaraan dinas/operasional"],
    ),
    (
        "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
        ["Penyusunan laporan capaian kinerja dan ikhtisar realisasi kinerja SKPD"],
    ),
    (
        "Program Penataan Administrasi Kependudukan",
        ["Pengolahan dalam penyusunan laporan informasi kependudukan"],
    ),
    (
        "Program Peningkatan Peran Serta Kepemudaan",
        ["Pendidikan dan pelatihan dasar kepemimpinan"],
    ),
    (
        "Program Penyelesaian Konflik-konflik Pertanahan",
        ["Kegiatan fasilitasi penyelesaian konflik-konflik pertanahan"],
    ),
    (
        "Program Peningkatan Keamanan dan Kenyamanan Lingkungan",
        ["Peningkatan kerjasama dalam pengendalian keamanan dan kenyamanan lingkungan"],
    ),
    (
        "Program Kemitraan Pengembangan Wawasan Kebangsaan",
        [
            "Pentas seni dan budaya, festival, lomba cipta dalam upaya peningkatan wawasan "
            "kebangsaan",
            "Peningkatan rasa solidaritas dan ikatan sosial di kalangan masyarakat",
        ],
    ),
    (
        "Program Pembinaan dan Pemasyarakatan Olah Raga",
        ["Penyelenggaraan kompetisi olah raga"],
    ),
    (
        "Program Pengembangan Kewirausahaan dan Keunggulan Kompetitif Usaha Kecil Menengah",
        ["Fasilitasi pengembangan sarana promosi hasil produksi"],
    ),
    (
        "Program Peningkatan Peran Serta dan Kesetaraan Jender dalam Pembangunan",
        ["Kegiatan pembinaan organisasi perempuan"],
    ),
    (
        "Program Peningkatan Partisipasi Masyarakat dalam Membangun Desa",
        ["Kegiatan pemberian stimulan pembangunan desa"],
    ),
    (
        "Program Perencanaan Pembangunan Daerah",
        ["Penyusunan rencana strategis (renstra) dan rencana kerja (renja) SKPD"],
    ),
    (
        "Program Pembinaan dan Fasilitasi Pengelolaan Keuangan Desa",
        ["Evaluasi rancangan peraturan desa tentang APBDes"],
    ),
    (
        "Program Peningkatan Kualitas Pelayanan Informasi",
        ["Peningkatan kualitas pelayanan informasi"],
    ),
    (
        "Program Pengintensifan Penanganan Pengaduan Masyarakat",
        ["Pembentukan unit khusus penanganan pengaduan masyarakat"],
    ),
]


def _anggaran_lalu() -> list[dict[str, object]]:
    hasil: list[dict[str, object]] = []
    for program, kegiatan in _PROGRAM_LALU:
        hasil.append({"Jenis": "Program", "Uraian": program})
        hasil.extend({"Jenis": "Kegiatan", "Uraian": k} for k in kegiatan)
    return hasil


# --- Belanja (text of BAB III B, Tabel 29, 30, 32, 33) ------------------------------------
# Pendapatan: realisasi 5.021.250 of target 5.000.250 (printed 99,58 %; it is 100,42 %).
# Belanja Tidak Langsung: the detail rows of Tabel 30 (jumlah 2.126.737.656 / 1.638.898.793).
# Belanja Langsung: one row for all program/kegiatan (detail on the Anggaran sheet); 2019:
# pagu 1.905.544.468 (Tabel 32), realisasi 1.770.316.083 ("Belanja Barang dan Jasa 2019",
# Tabel 33). The seed muddles the comparison: Tabel 33 is titled "Belanja Langsung" but its
# row "Belanja Pegawai" holds the Belanja Tidak Langsung realisasi (1.709.213.244 in 2019,
# 1.638.898.793 in 2020); the text before it compares BTL 2019 (1.709.213.244) with BL 2020
# (509.758.024) and calls the pendapatan target 5.000.250 "Belanja Modal". The 2019 BTL
# realisasi is a single total with no 2019 anggaran and no split into the Tabel 30 rows, so
# it has no cell here (putting it on one detail row would distort that row's comparison).

_BELANJA: list[dict[str, object]] = [
    {
        "Kelompok": "Pendapatan",
        "Jenis": "Pendapatan Asli Daerah",
        "Uraian": "Retribusi Daerah",
        "Anggaran": 5000250,
        "Realisasi": 5021250,
    },
    *(
        {
            "Kelompok": "Belanja Tidak Langsung",
            "Jenis": jenis,
            "Uraian": uraian,
            "Anggaran": anggaran,
            "Realisasi": realisasi,
        }
        for jenis, uraian, anggaran, realisasi in [
            ("Gaji dan Tunjangan", "Gaji pokok PNS/uang representasi", 848258222, 674962200),
            ("Gaji dan Tunjangan", "Tunjangan keluarga", 126793002, 88895128),
            ("Gaji dan Tunjangan", "Tunjangan jabatan", 91375200, 73510000),
            ("Gaji dan Tunjangan", "Tunjangan fungsional umum", 16746982, 14035000),
            ("Gaji dan Tunjangan", "Tunjangan beras", 57486960, 42003600),
            ("Gaji dan Tunjangan", "Tunjangan PPh/tunjangan khusus", 7418292, 2187329),
            ("Gaji dan Tunjangan", "Pembulatan gaji", 18199, 8985),
            (
                "Tambahan Penghasilan PNS",
                "Tambahan penghasilan berdasarkan prestasi kerja",
                978450789,
                743296551,
            ),
            (
                "Tambahan Penghasilan PNS",
                "Tambahan penghasilan berdasarkan pertimbangan obyektif lainnya",
                190010,
                0,
            ),
        ]
    ),
    {
        "Kelompok": "Belanja Langsung",
        "Jenis": "Belanja Barang dan Jasa",
        "Uraian": "Belanja program dan kegiatan",
        "Anggaran": 574736610,
        "Realisasi": 509758024,
        "Anggaran Tahun Lalu": 1905544468,
        "Realisasi Tahun Lalu": 1770316083,
    },
]

# --- SKM (Tabel 7: only the NRR per unsur is printed, from 150 respondents) ---------------
# The mean of the nine NRR is 3,39 (printed), which converts to IKM 84,75; the seed prints
# 83 as the 2020 realisasi of the IKM indikator (SS-1, C-1). One fact has one value: the
# realisasi is left empty and `hitung` takes the survey's 84,75 for both rows. Tabel 7's
# per-unsur IKM column is computed: left out.

_UNSUR_SKM: list[dict[str, object]] = [
    {"Kode": f"U{i}", "Unsur Pelayanan": unsur, "NRR Isian": nrr}
    for i, (unsur, nrr) in enumerate(
        [
            ("Kesesuaian Persyaratan dengan Pelayanan", Decimal("3.2")),
            ("Prosedur Pelayanan", Decimal("3.37")),
            ("Kecepatan Pelayanan", Decimal("3.3")),
            ("Kewajaran Biaya Pelayanan", Decimal("4.00")),
            ("Kesesuaian Produk Pelayanan dengan SOP", Decimal("3.29")),
            ("Kompetensi Kemampuan Petugas", Decimal("3.23")),
            ("Kesopanan dan Keramahan Petugas", Decimal("3.24")),
            ("Penanganan Pengaduan Pengguna Layanan", Decimal("3.63")),
            ("Kualitas Sarana dan Prasarana Pelayanan", Decimal("3.25")),
        ],
        1,
    )
]

# --- Riwayat IKM (Tabel 12; Grafik 1 shows 2017-2020 but prints no 2017 value) ------------
# Tabel 12 prints no target for 2018; 75 (the Renstra target) is assumed, consistent with
# the text "capaian kinerja tahun 2018 ... tidak dapat melampaui target".

_RIWAYAT_IKM: list[dict[str, object]] = [
    {"Tahun": 2018, "Nilai IKM": Decimal("73.40"), "Target": 75},
    {"Tahun": 2019, "Nilai IKM": Decimal("79.53"), "Target": 75},
]

TABEL: dict[str, list[dict[str, object]]] = {
    "Misi": _MISI,
    "Tujuan Sasaran": _TUJUAN_SASARAN,
    "Perjanjian Kinerja": _PERJANJIAN_KINERJA,
    "Pegawai": _PEGAWAI,
    "Produk Layanan": _PRODUK_LAYANAN,
    "Indikator": _INDIKATOR,
    "Anggaran": _anggaran(),
    "Anggaran Tahun Lalu": _anggaran_lalu(),
    "Belanja": _BELANJA,
    "SKM": [],  # the seed has no per-respondent answers
    "Unsur SKM": _UNSUR_SKM,
    "Riwayat IKM": _RIWAYAT_IKM,
}

# --- Tables of the office's own -----------------------------------------------------------
# Total rows are left out (Tabel 16: 76,40, see Indikator; Tabel 21: 5.530 KK, which equals
# the sum). Tabel 24's services add up to 1.522 although Tabel 23/27 report 433 PATEN
# services, and the text after it says there was no Surat Ijin Keramaian while the table
# prints 3: the rows are kept as printed.

TABEL_TAMBAHAN: list[dict[str, object]] = [
    {
        "sheet": "Tabel 16 Nilai SAKIP 2019",
        "judul": "Realisasi Nilai SAKIP Kecamatan Panyipatan Tahun 2019 berdasarkan Komponen "
        "Penilaian (Sumber: Rekap Hasil Evaluasi SAKIP Kab. Tanah Laut Tahun 2019)",
        "bagian": "Analisis Sekretaris Camat",
        "kolom": ["No", "Komponen Penilaian", "Nilai"],
        "baris": [
            [1, "Perencanaan kinerja", Decimal("24.42")],
            [2, "Pengukuran kinerja", Decimal("19.69")],
            [3, "Pelaporan kinerja", Decimal("10.24")],
            [4, "Evaluasi internal", Decimal("3.81")],
            [5, "Pencapaian kinerja", Decimal("18.25")],
        ],
    },
    {
        "sheet": "Tabel 21 Penerima Bansos",
        "judul": "Jumlah Penerima Bansos di Kecamatan Panyipatan Tahun 2020",
        "bagian": "Analisis Kasi Kemasyarakatan",
        "kolom": ["No", "Jenis Bantuan Sosial", "Jumlah Penerima (KK)"],
        "baris": [
            [1, "Bantuan Sosial Tunai (BST) dari Kemensos", 1201],
            [2, "Bantuan Pangan Non Tunai (BPNT)", 793],
            [3, "Program Keluarga Harapan (PKH)", 866],
            [4, "Bantuan Langsung Tunai (BLT) APBD", 2101],
            [5, "Bantuan Langsung Tunai (BLT) Dana Desa", 569],
        ],
    },
    {
        "sheet": "Tabel 24 Realisasi Pelayanan",
        "judul": "Realisasi Pelayanan Kecamatan Panyipatan Tahun 2020",
        "bagian": "Analisis Kasi Pelayanan",
        "kolom": ["No", "Jenis Pelayanan", "Jumlah", "Unit Pelayanan"],
        "baris": [
            [1, "Pelayanan pembuatan IMB rumah tempat tinggal", 15, "Seksi PMD"],
            [2, "Pelayanan pembuatan Rekomendasi", 34, "Seksi Pelayanan"],
            [3, "Pelayanan KTP Elektronik/Manual", 194, "Seksi Tapem"],
            [4, "Pelayanan KK (Kartu Keluarga)", 324, "Seksi Tapem"],
            [5, "Pelayanan Kartu Identitas Anak (KIA)", 52, "Seksi Tapem"],
            [6, "Pelayanan legalisasi Surat Keterangan Ahli Waris", 28, "Seksi Tapem"],
            [7, "Pelayanan legalisasi pembuatan SKCK", 52, "Seksi Trantib"],
            [8, "Pelayanan legalisasi pembuatan Surat Keterangan Usaha (SKTU)", 17, "Seksi PMD"],
            [9, "Pelayanan legalisasi pembuatan Surat Keterangan Domisili", 0, "Seksi Tapem"],
            [10, "Pelayanan Surat Keterangan Pindah", 74, "Seksi Tapem"],
            [11, "Pelayanan Surat Keterangan Kematian", 12, "Seksi Tapem"],
            [
                12,
                "Pelayanan legalisasi pembuatan Surat Keterangan Tidak Mampu (SKTM)",
                457,
                "Seksi Kemasyarakatan",
            ],
            [13, "Pelayanan legalisasi pembuatan Surat Ijin Keramaian", 3, "Seksi Trantib"],
            [14, "Pelayanan pembuatan Surat Dispensasi Nikah", 55, "Seksi Kemasyarakatan"],
            [15, "Pelayanan Surat Keterangan lainnya", 103, "Seksi Pelayanan"],
            [16, "Pelayanan Akta Kelahiran", 102, "Seksi Tapem"],
        ],
    },
]

# The staff's own text lives in its own module (long prose). The seed's photos are not shipped,
# so the Gambar sheet stays empty rather than naming files that do not exist.
from lakip_xl.contoh.narasi import NARASI  # noqa: E402

TABEL["Narasi"] = NARASI

# --- Quarterly realisasi (Rencana Aksi and Form E.81, `lakip triwulan`) -------------------
# The seed lists "Rencana aksi 2020" and "Capaian Per Triwulan" among its Lampiran but prints
# neither. THE QUARTERLY NUMBERS BELOW ARE PLAUSIBLE VALUES MADE UP FOR THE SAMPLE, NOT FROM
# THE SEED. They are built so that the quarters accumulate exactly to the seed's annual
# realisasi (the annual figures stay the seed's): counts (Akumulasi Jumlah by default) are
# spread 20/25/25/30 % over the year, targets 25 % a quarter; values that do not add up
# (%, Nilai: Nilai Akhir) rise 85/90/95/100 % of the annual value. The Rupiah of each
# kegiatan are spent 20/25/25/30 %. Nilai SAKIP (no realisasi yet) keeps empty quarters, so
# it shows *) as in the annual report. Realisasi Renstra s.d. Tahun Lalu of the Sasaran
# Strategis and Eselon III indikator is their 2019 realisasi (the Renstra began in 2019);
# Pagu Renstra is not in the seed and is left empty.

_CATATAN_CONTOH = "(Contoh: teks dan angka triwulan disusun untuk peragaan, bukan dari LKj.) "


def _bagi(nilai: object, bagian: tuple[str, ...], digit: int) -> list[Decimal]:
    """Quarter values whose running total follows `bagian` (cumulative shares) of `nilai`."""
    from lakip_xl.calc.angka import bulat

    total = Decimal(str(nilai))
    kum = [bulat(total * Decimal(b), digit) for b in bagian]
    return [k - (kum[i - 1] if i else Decimal(0)) for i, k in enumerate(kum)]


def _tambah_triwulan(indikator: list[dict[str, object]], anggaran: list[dict[str, object]]) -> None:
    from lakip_xl.calc.capaian import Polaritas
    from lakip_xl.calc.triwulan import TRIWULAN, Akumulasi, akumulasi_bawaan

    for b in indikator:
        jenis = akumulasi_bawaan(b.get("Satuan"), Polaritas.dari_teks(b.get("Polaritas")))
        if b.get("Target Akhir Renstra") is not None and b.get("Realisasi Tahun Lalu") is not None:
            b["Realisasi Renstra s.d. Tahun Lalu"] = b["Realisasi Tahun Lalu"]
        if jenis is Akumulasi.JUMLAH:
            target = _bagi(b["Target"], ("0.25", "0.5", "0.75", "1"), 0)
            real = (
                _bagi(b.get("Realisasi"), ("0.2", "0.45", "0.7", "1"), 0)
                if b.get("Realisasi") is not None
                else [None] * 4
            )
        else:
            naik = ("0.85", "0.9", "0.95", "1")
            target = [Decimal(str(b["Target"])) * Decimal(x) for x in naik]
            real = (
                [Decimal(str(b["Realisasi"])) * Decimal(x) for x in naik]
                if b.get("Realisasi") is not None
                else [None] * 4
            )
        for t, nt, nr in zip(TRIWULAN, target, real, strict=True):
            b[f"Target TW {t}"] = nt.normalize() if nt == nt.to_integral_value() else nt
            if nr is not None:
                b[f"Realisasi TW {t}"] = nr.normalize() if nr == nr.to_integral_value() else nr
    for b in anggaran:
        if b["Jenis"] == "Kegiatan" and b.get("Realisasi"):
            for t, v in zip(
                TRIWULAN, _bagi(b["Realisasi"], ("0.2", "0.45", "0.7", "1"), 0), strict=True
            ):
                b[f"Realisasi TW {t}"] = int(v)


_tambah_triwulan(_INDIKATOR, TABEL["Anggaran"])

TABEL["Evaluasi Triwulan"] = [
    {
        "Triwulan": "I",
        "Faktor Pendorong": _CATATAN_CONTOH
        + "Dukungan pimpinan dan koordinasi rutin dengan pemerintah desa.",
        "Faktor Penghambat": _CATATAN_CONTOH
        + "Pencairan anggaran awal tahun dan pembatasan kegiatan tatap muka karena COVID-19.",
        "Tindak Lanjut Triwulan Berikutnya": _CATATAN_CONTOH
        + "Mempercepat pelaksanaan kegiatan yang tertunda dengan rapat daring.",
        "Tindak Lanjut Renja Berikutnya": _CATATAN_CONTOH
        + "Menyusun jadwal kegiatan yang memperhitungkan protokol kesehatan.",
    },
    {
        "Triwulan": "II",
        "Faktor Pendorong": _CATATAN_CONTOH
        + "Pelayanan PATEN tetap berjalan dengan protokol kesehatan; data desa lengkap.",
        "Faktor Penghambat": _CATATAN_CONTOH
        + "Refocusing anggaran untuk penanganan COVID-19 menunda sebagian kegiatan.",
        "Tindak Lanjut Triwulan Berikutnya": _CATATAN_CONTOH
        + "Menyesuaikan kegiatan dengan anggaran perubahan dan memantau verifikasi data "
        "kependudukan desa.",
        "Tindak Lanjut Renja Berikutnya": _CATATAN_CONTOH
        + "Menetapkan target triwulan yang realistis untuk kegiatan tatap muka.",
    },
    {
        "Triwulan": "III",
        "Faktor Pendorong": _CATATAN_CONTOH + "Anggaran perubahan telah ditetapkan.",
        "Faktor Penghambat": _CATATAN_CONTOH
        + "Pameran Pembangunan Hari Jadi Kabupaten ditiadakan.",
        "Tindak Lanjut Triwulan Berikutnya": _CATATAN_CONTOH
        + "Menuntaskan pembinaan desa dan laporan akhir tahun.",
        "Tindak Lanjut Renja Berikutnya": _CATATAN_CONTOH
        + "Mengalihkan kegiatan pameran ke promosi daring.",
    },
    {
        "Triwulan": "IV",
        "Faktor Pendorong": _CATATAN_CONTOH
        + "Seluruh seksi menuntaskan kegiatan dan pelaporan tepat waktu.",
        "Faktor Penghambat": _CATATAN_CONTOH
        + "Verifikasi data kependudukan baru selesai di 7 dari 10 desa.",
        "Tindak Lanjut Triwulan Berikutnya": _CATATAN_CONTOH
        + "Menyusun Laporan Kinerja tahunan dan Rencana Aksi tahun berikutnya.",
        "Tindak Lanjut Renja Berikutnya": _CATATAN_CONTOH
        + "Memprioritaskan verifikasi data kependudukan di tiga desa yang belum selesai.",
    },
]
