"""Sample narrative: the staff's own text of the LKj 2020 of Kecamatan Panyipatan."""

NARASI: list[dict[str, str]] = [
    {
        "Bagian": "Kata Pengantar",
        "Teks": (
            "Puji syukur kehadirat Allah SWT atas limpahan Rahmat, Taufik dan Hidayah-Nya "
            "sehingga penyusunan Laporan Kinerja Kecamatan Panyipatan Tahun 2020 dapat "
            "terselesaikan dengan baik, serta tetap berpedoman pada Peraturan Menteri Negara "
            "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang "
            "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas "
            "Laporan Kinerja Instansi Pemerintah."
        ),
    },
    {
        "Bagian": "Kata Pengantar",
        "Teks": (
            "Dengan berpedoman pada ketentuan – ketentuan diatas dan dengan didasari keinginan "
            "yang luhur guna mewujudkan good governance maka disusunlah Laporan Kinerja yang "
            "merupakan uraian pertanggungjawaban pelaksanaan tugas dan fungsi dalam rangka "
            "pencapaian visi dan misi Kabupaten Tanah Laut serta penjabarannya. Selain itu "
            "Laporan Kinerja Kecamatan Panyipatan disusun sebagai perwujudan pertanggung jawaban"
            " atas penyelenggaraan pemerintahan dalam mencapai tujuan dan sasaran Kecamatan "
            "Panyipatan sebagaimana tercantum dalam Rencana Strategis Kecamatan Panyipatan Tahun"
            " 2019–2023."
        ),
    },
    {
        "Bagian": "Kata Pengantar",
        "Teks": (
            "Dengan disusunnya laporan ini diharapkan pelaksanaan kegiatan pada Kecamatan "
            "Panyipatan sesuai dengan ketentuan yang berlaku dan dapat tersusunnya Laporan "
            "Kinerja Kecamatan Panyipatan tahun 2020 ini, kami menyampaikan terima kasih dan "
            "penghargaan yang setinggi-tingginya kepada semua pihak baik yang secara langsung "
            "maupun tidak langsung telah membantu hingga tersusunnya laporan ini."
        ),
    },
    {
        "Bagian": "Kata Pengantar",
        "Teks": "Akhirnya semoga dapat bermanfaat bagi kita semua, Amin.",
    },
    {
        "Bagian": "Ikhtisar Eksekutif",
        "Teks": (
            "Kecamatan Panyipatan merupakan salah satu dari 11 Kecamatan yang dibentuk di "
            "Kabupaten Tanah laut yang memiliki 10 Desa dengan beragam kehidupan ekonomi dan "
            "kultur masyarakatnya."
        ),
    },
    {
        "Bagian": "Ikhtisar Eksekutif",
        "Teks": (
            "Laporan Kinerja Pemerintah Kecamatan Panyipatan Tahun 2020 merupakan wujud "
            "Akuntabilitas Kinerja Kecamatan Panyipatan kepada publik/pemberi mandat yang "
            "sekaligus memberikan gambaran mengenai keberhasilan dalam melaksanakan urusan yang "
            "menjadi kewenangannya sesuai dengan Undang-Undang Nomor 23 Tahun 2014 tentang "
            "Pemerintahan Daerah, serta pelaksanaan Penetapan/Perjanjian Kinerja tahun 2020 yang"
            " merupakan penjabaran dari Rencana Pembangunan Jangka Menengah Kecamatan Panyipatan"
            " Tahun 2018-2023 sebagaimana ditetapkan dalam Peraturan Daerah Kabupaten Tanah Laut"
            " Nomor 2 Tahun 2019."
        ),
    },
    {
        "Bagian": "Ikhtisar Eksekutif",
        "Teks": (
            "Laporan Kinerja ini merupakan laporan kinerja kedua RPJMD 2018 – 2023. Selain media"
            " pertanggungjawaban kinerja kepada publik/pemberi mandat, Laporan Kinerja ini juga "
            "merupakan instrumen untuk mengevaluasi pencapaian Kinerja Kecamatan Panyipatan "
            "Kabupaten Tanah Laut yang dapat dijadikan umpan balik bagi perbaikan kinerja di "
            "tahun-tahun yang akan datang Sebagai perwujudan Akuntabilitas Kinerja Kecamatan "
            "Panyipatan kepada publik/pemberi mandat yang sekaligus memberikan gambaran mengenai"
            " keberhasilan kecamatan Panyipatan dalam melaksanakan urusan yang menjadi "
            "Kewenangannya sebagaimana yang telah ditetapkan dalam Penetapan/Perjanjian Kinerja "
            "tahun 2020."
        ),
    },
    {
        "Bagian": "Ikhtisar Eksekutif",
        "Teks": (
            "Pencapaian Kinerja Pemerintah Kecamatan Panyipatan Tahun 2020 ini belum sepenuhnya "
            "memenuhi harapan. Namun pada tahun 2020 dan seterusnya akan terus di tingkatkan "
            "akselerasinya dengan melakukan upaya yang lebih keras, cerdas dan terarah melalui "
            "percepatan pembangunan manusia dari aspek pendidikan, kesehatan dan kemampuan "
            "ekonomi, dengan berpedoman pada Rencana Pembangunan Jangka Menengah Pemerintah "
            "Kabupaten Tanah Laut Tahun 2018 - 2023."
        ),
    },
    {
        "Bagian": "Ikhtisar Eksekutif",
        "Teks": (
            "Penyusunan Laporan Kinerja Kecamatan Panyipatan Tahun 2020 ini diharapkan dapat "
            "mendorong penyelenggaraan tugas pemerintahan dan pembangunan secara baik dan benar "
            "(good governance), mendorong perbaikan yang akuntabel, beroperasi secara efisien, "
            "efektif, dan responsif terhadap aspirasi masyarakat dan lingkungannya, serta "
            "menghasilkan umpan balik bagi pemerintah daerah sebagai dasar untuk pengambilan "
            "keputusan dan peningkatan kinerja instansi pemerintah yang bermuara pada "
            "peningkatan kepercayaan masyarakat kepada Pemerintah Kabupaten Tanah Laut."
        ),
    },
    {
        "Bagian": "Ikhtisar Eksekutif",
        "Teks": (
            "Akhirnya, kepada semua pihak yang telah menyumbangkan pikiran dan tenaganya dalam "
            "penyusunan Laporan Kinerja Kecamatan Panyipatan Tahun Anggaran 2020 ini, kami "
            "mengucapkan terima kasih,"
        ),
    },
    {
        "Bagian": "Latar Belakang",
        "Teks": (
            "Sistem Akuntabilitas Kinerja Instansi Pemerintah adalah rangkaian sistematis dari "
            "berbagai aktivitas, alat, dan prosedur yang dirancang untuk tujuan penetapan dan "
            "pengukuran, pengumpulan data, pengklasifikasian, pengikhtisaran, dan pelaporan "
            "kinerja pada instansi pemerintah, dalam rangka pertanggungjawaban dan peningkatan "
            "kinerja instansi pemerintah. Sistem Akuntabilitas Kinerja Instansi Pemerintah "
            "merupakan integrasi dari sistem perencanaan, sistem penganggaran dan sistem "
            "pelaporan kinerja, yang selaras dengan pelaksanaan sistem akuntabilitas keuangan. "
            "Pelaksanaan Sistem Akuntabilitas Kinerja digunakan dalam rangka penyusunan Laporan "
            "Kinerja yang disusun oleh setiap Instansi Pemerintah."
        ),
    },
    {
        "Bagian": "Latar Belakang",
        "Teks": (
            "Berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
            "Kinerja Instansi Pemerintah (SAKIP) dan Peraturan Menteri Pendayagunaan Aparatur "
            "Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis "
            "Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja "
            "Instansi Pemerintah, bahwa Bupati/Walikota menyusun Laporan Kinerja tahunan "
            "Pemerintah Kabupaten/Kota dan menyampaikannya kepada Gubernur, Menteri Perencanaan "
            "Pembangunan Nasional/Kepala Badan Perencanaan Pembangunan Nasional, Menteri "
            "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi dan Menteri Dalam Negeri "
            "paling lambat 3 (tiga) bulan setelah tahun anggaran berakhir."
        ),
    },
    {
        "Bagian": "Latar Belakang",
        "Teks": (
            "Atas dasar tersebut Bupati menyusun Laporan Kinerja (LKj) Pemerintah Kabupaten "
            "Tanah Laut secara periodik setiap akhir tahun anggaran sebagai media "
            "pertanggungjawaban dan sebagai perwujudan kewajiban instansi pemerintah untuk "
            "mempertanggungjawabkan keberhasilan atau kegagalan pelaksanaan program dan kegiatan"
            " yang telah diamanatkan para pemangku kepentingan dalam rangka mencapai misi "
            "organisasi secara terukur dengan sasaran atau target kinerja yang telah ditetapkan."
            " Selain itu Laporan Kinerja (LKj) disusun sebagai media pertanggungjawaban Bupati "
            "kepada masyarakat serta pihak lain yang berkepentingan atas penyelenggaraan "
            "Pemerintahan Daerah dalam rangka mewujudkan Pemerintahan yang baik (Good "
            "Governance) sesuai dengan tuntutan masyarakat."
        ),
    },
    {
        "Bagian": "Latar Belakang",
        "Teks": (
            "Laporan Kinerja Kantor Kecamatan Panyipatan Tahun 2020 merupakan wujud "
            "akuntabilitas pencapaian kinerja dari pelaksanaan Rencana Kerja Tahun 2020 yang "
            "telah ditetapkan melalui Penetapan Kinerja Tahun 2020. Penyusunan Laporan Kinerja "
            "Tahun 2020 ini pada hakekatnya merupakan kewajiban dan upaya untuk memberikan "
            "penjelasan mengenai akuntabilitas terhadap kinerja yang telah dilakukan selama "
            "tahun 2020."
        ),
    },
    {
        "Bagian": "Struktur Organisasi",
        "Teks": (
            "Struktur organisasi Kecamatan Panyipatan disusun berdasarkan Peraturan Bupati Tanah"
            " Laut Nomor 89 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi "
            "serta Tata Kerja Kecamatan. Untuk melaksanakan tugas pokoknya Kecamatan Panyipatan "
            "Kabupaten Tanah Laut, disusun dengan struktur organisasi yang terdiri dari :"
        ),
    },
    {
        "Bagian": "Struktur Organisasi",
        "Teks": "a. Camat",
    },
    {
        "Bagian": "Struktur Organisasi",
        "Teks": "b. Sekretaris Camat",
    },
    {
        "Bagian": "Struktur Organisasi",
        "Teks": "c. Kasubbag Perencanaan dan Keuangan",
    },
    {
        "Bagian": "Struktur Organisasi",
        "Teks": "d. Kasubbag Umum dan Kepegawaian",
    },
    {
        "Bagian": "Struktur Organisasi",
        "Teks": "e. Kasi Tata Pemerintahan",
    },
    {
        "Bagian": "Struktur Organisasi",
        "Teks": "f. Kasi Ketentraman dan Ketertiban",
    },
    {
        "Bagian": "Struktur Organisasi",
        "Teks": "g. Kasi Kemasyarakatan",
    },
    {
        "Bagian": "Struktur Organisasi",
        "Teks": "h. Kasi Pemberdayaan Masyarakat dan Desa / Kelurahan",
    },
    {
        "Bagian": "Struktur Organisasi",
        "Teks": "i. Kasi Pelayanan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "Kecamatan atau sebutan lain adalah wilayah kerja Camat sebagai Perangkat Daerah "
            "Kabupaten/Kota. Kecamatan merupakan Perangkat Daerah Kabupaten/Kota sebagai "
            "pelaksana teknis kewilayahan yang mempunyai wilayah kerja tertentu dan dipimpin "
            "oleh Camat. Camat berkedudukan di bawah dan bertanggung jawab kepada "
            "Bupati/Walikota"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": "Uraian tugas Camat sebagai berikut:",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "a. Menetapkan perencanaan strategis kecamatan berdasarkan Rencana Pembangunan "
            "Jangka Menengah Daerah (RPJMD), Rencana Pembangunan Jangka Pendek Daerah (RPJPD) "
            "Pemerintah Kabupaten Tanah Laut dan program kerja tahun lalu sebagai pedoman kerja;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "b. Mengoordinasikan, membina, mengawasi dan mengendalikan kegiatan dalam bidang "
            "pemerintahan di wilayah kecamatan sesuai dengan kebijakan daerah dan berdasarkan "
            "peraturan perundang-undangan yang berlaku"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "c. Mengoordinasikan, membina, mengawasi dan mengendalikan kegiatan dalam bidang "
            "ketentraman dan ketertiban umum di wilayah kecamatan sesuai dengan kebijakan daerah"
            " dan berdasarkan peraturan perundang-undangan yang berlaku"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "d. Mengoordinasikan, membina, mengawasi dan mengendalikan kegiatan dalam bidang "
            "pemberdayaan masyarakat dan desa di kecamatan sesuai dengan kebijakan daerah dan "
            "berdasarkan peraturan perundang-undangan yang berlaku;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "e. Mengoordinasikan, membina, mengawasi dan mengendalikan kegiatan dalam bidang "
            "pembangunan dan kemasyarakatan di wilayah kecamatan sesuai dengan kebijakan daerah "
            "dan berdasarkan peraturan perundang-undangan yang berlaku"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "f. Mengoordinasikan membina dan mengawasi kegiatan dalam bidang kesejahteraan "
            "rakyat di wilayah kecamatan sesuai dengan kebijakan Daerah dan berdasarkan "
            "peraturan perundang-undangan yang berlaku"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "g. Mengoordinasikan, membina, mengawasi dan mengendalikan kegiatan pelayanan umum "
            "dan masyarakat di kecamatan sesuai dengan kebijakan daerah dan berdasarkan "
            "peraturan perundang-undangan yang berlaku"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "h. Mengoordinasikan, membina, mengawasi dan mengendalikan penyelenggaraan pelayanan"
            " perizinan yang dilimpahkan kepada kecamatan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "i. Mengoordinasikan kegiatan dalam bidang penerapan dan penegakkan peraturan "
            "perundang-undangan daerah di wilayah kecamatan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "j. Mengoordinasikan, membina, mengawasi dan mengendalikan pemeliharaan prasarana, "
            "sarana dan fasilitas pelayanan umum di wilayah kecamatan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "k. Mengoordinasikan penyelenggaraan tugas pemerintahan, pembinaan keagrariaan, dan "
            "pembinaan politik dalam negeri;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "l. Mengoordinasikan penyelenggaraan kegiatan pemerintahan yang dilakukan oleh "
            "Perangkat Daerah di tingkat kecamatan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": "m. Membina dan mengawasi penyelenggaraan kegiatan kelurahan;",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "n. Melaksanakan Urusan Pemerintahan yang menjadi kewenangan kabupaten yang tidak "
            "dilaksanakan oleh unit kerja Pemerintahan Daerah yang ada di kecamatan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": "o. Mengendalikan pengelolaan urusan kesekretariatan;",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": "p. Mengendalikan, mengevaluasi dan melaporkan pelaksanaan tugas kecamatan;",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "q. Membuat laporan hasil pelaksanaan tugas kepada Bupati melalui Sekretaris Daerah "
            "sebagai bahan pertanggungjawaban dan bahan masukan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": "r. Melaksanakan tugas lain yang diperintahkan oleh peraturan perundang-undangan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Camat",
        "Teks": (
            "s. Melaksanakan tugas lain yang diberikan oleh Bupati sesuai dengan tugas dan "
            "fungsi serta kewenangannya."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": (
            "Sekretariat mempunyai tugas menyelenggarakan urusan kesekretariatan, "
            "mengoordinasikan pelaksanaan kegiatan perencanaan program dan anggaran, "
            "administrasi umum dan kepegawaian, serta ketatausahaan."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": "Sekretariat mempunyai fungsi :",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": "a. Pengkoordinasian penyelenggaraan tugas Kecamatan;",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": (
            "b. Pemberian pelayanan administrasi kepada seksi-seksi lain di lingkungan Kecamatan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": (
            "c. Pengkoordinasikan penyusunan rencana program kerja dan anggaran belanja Kecamatan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": (
            "d. Penyiapan Peraturan Perundang-undangan di bidang layanan sesuai dengan norma, "
            "standar dan prosedur yang ditetapkan oleh Pemerintah;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": "e. Penyelenggaraan urusan tata usaha, rumah tangga/penataan barang;",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": "f. Pelaksanaan urusan kepegawaian, pengelolaan keuangan serta penataan barang;",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": "g. Penyelenggaraan kehumasan dan keprotokolian;",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": (
            "h. Pengkoordinasian pelaksanaan, pengumpulan dan penyusunan data, penilaian, "
            "pemantauan evaluasi dan analisa data hasil pelaksanaan tugas, penyiapan dan "
            "penyusunan laporan pelaksanaan program kerja dan penyusunan statistik dan "
            "dokumentasi di lingkungan Kecamatan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": (
            "i. Pengkoordinasian urusan kedinasan yang menyangkut tata persuratan, pendataan dan"
            " pengumpulan bahan pelaporan kedinasan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": "j. Pelaksanaan fungsi lain yang diberikan oleh camat sesuai dengan tugasnya; dan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": (
            "k. Pemberian saran-saran dan pertimbangan kepada Camat tentang langkah-langkah dan "
            "tindakan yang perlu diambil dalam bidang tugasnya."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Sekretariat",
        "Teks": (
            "Untuk melaksanakan tugas-tugas dan fungsi dimaksud Sekretariat Kecamatan Panyipatan"
            " ini dilengkapi dengan 2 (Dua) Sub Bagian yaitu:"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": (
            "1. Menyiapkan bahan dan melaksanakan penyusunan program, rencana kegiatan dan "
            "anggaran Sub Bagian Perencanaan dan Keuangan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": "2. Menyiapkan bahan dan menyusun program, rencana kegiatan anggaran kecamatan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": "3. Menyiapkan bahan dan melaksanakan kerjasama penyusunan rencana strategis",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": "4. Menyiapkan bahan dan menyusun pedoman teknis pelaksanaan kegiatan tahunan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": (
            "5. Menyiapkan bahan dan menyusun satuan biaya, daftar isian pelaksanaan anggaran, "
            "petunjuk operasional kegiatan, revisi anggaran"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": (
            "6. Melaksanakan pengumpulan, pengolahan dan Menyiapkan bahan dan melaksanakan "
            "penyusunan laporan kinerja, Laporan Penyelenggaraan Pemerintahan Daerah (LPPD), "
            "Laporan Keterangan Pertanggungjawaban (LKPJ) dan laporan sejenis sesuai dengan "
            "tugas dan fungsinya penyajian data dan statistik kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": "7. Menyiapkan bahan dan menyusun petunjuk teknis pengelolaan keuangan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": "8. Menyiapkan bahan dan melaksanakan penyusunan kegiatan rutin",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": "9. Melaksanakan urusan akuntansi dan verifikasi keuangan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": (
            "10. Melaksanakan urusan perbendaharaan, pengelolaan penerimaan Negara bukan pajak, "
            "pengujian dan penerbitan surat perintah membayar"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": "11. Melaksanakan urusan gaji pegawai",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": "12. Melaksanakan administrasi keuangan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": "13. Melaksanakan penyiapan pertanggungjawaban dan pengelolaan dokumen keuangan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": (
            "14. Melaksanakan penyusunan laporan keuangan dan laporan sejenis sesuai dengan "
            "tugas dan fungsinya"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": (
            "15. Melaksanakan penyiapan bahan pemantauan tindak lanjut laporan hasil pengawasan "
            "dan penyelesaian tuntutan perbendaharaan dan ganti rugi"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": (
            "16. Menyiapkan bahan dan melaksanakan evaluasi pelaksanaan program dan kegiatan "
            "kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": (
            "17. Melaksanakan pemantauan, evaluasi penyusunan laporan dan pendokumentasian "
            "kegiatan Sub Bagian Perencanaan dan Keuangan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Perencanaan dan Keuangan",
        "Teks": "18. Melaksanakan tugas lain sesuai bidang tugas dan kewenangannya",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": (
            "1. Menyiapkan bahan dan melaksanakan penyusunan program, rencana kegiatan dan "
            "anggaran Sub Bagian Umum dan Kepegawaian"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": "2. Melaksanakan urusan rencana kebutuhan dan usulan pengembangan pegawai",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": (
            "3. Melaksanakan urusan mutasi, tanda jasa, kenaikan pangkat, pemberhentian dan "
            "pensiun pegawai"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": (
            "4. Melaksanakan urusan tata usaha kepegawaian, disiplin pegawai dan evaluasi "
            "kinerja pegawai"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": "5. Melaksanakan urusan tata usaha kearsipan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": "6. Menyiapkan bahan dan melaksanakan fasilitasi penilaian kinerja pegawai",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": "7. Menyiapkan bahan dan mengelola data, dokumen dan informasi kepegawaian",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": (
            "8. Menyiapkan bahan dan menyampaikan Laporan Harta Kekayaan Penyelenggara Negara "
            "(LHKPN) dan Laporan Harta Kekayaan Aparatur Sipil Negara (LHKASN)"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": "9. Melaksanakan urusan rumah tangga, keamanan dan kebersihan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": "10. Melaksanakan urusan kerjasama, hubungan masyarakat dan protocol",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": "11. Melaksanakan evaluasi kelembagaan dan ketatalaksanaan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": "12. Melaksanakan telaah, penyiapan dan penyusunan peraturan perundang-undangan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": (
            "13. Melaksanakan penyusunan Rencana Kebutuhan Barang (RKBU) dan Rencana "
            "Pemeliharaan Barang Unit (RPBU)"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": "14. Melaksanakan penyiapan bahan penatausahaan dan inventarisasi barang",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": (
            "15. Melaksanakan penyiapan bahan administrasi pengadaan, penyaluran, penghapusan "
            "dan pemindahan barang"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": (
            "16. Melaksanakan pemantauan, evaluasi penyusunan laporan dan pendokumentasian "
            "kegiatan Sub Bagian Umum dan Kepegawaian"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Subbag Umum dan Kepegawaian",
        "Teks": "17. Melaksanakan tugas lain sesuai bidang tugas dan kewenangannya",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": (
            "Seksi Tata Pemerintahan dipimpin oleh seorang Kepala Seksi mempunyai tugas sebagai "
            "berikut :"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": (
            "a. Menyusun program kerja Seksi Tata Pemerintahan berdasarkan petunjuk teknis dan "
            "ketentuan sebagai pedoman kerja untuk kelancaran pelaksanaan tugas."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": (
            "b. Menghimpun dan mengolah data kegiatan penyelenggaraan pemerintahan umum tingkat "
            "kecamatan, desa dan kelurahan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": (
            "c. Menyiapkan bahan dan petunjuk teknis pembinaan pemerintahan desa dan kelurahan."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": "d. Melaksanakan sebagian tugas dalam hal pajak bumi dan bangunan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": "e. Menyiapkan bahan dan melaksanakan tugas bidang pertanahan di Kecamatan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": "f. Melakukan penataan dan pengembangan wilayah kecamatan, desa dan kelurahan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": "g. Melaksanakan fasilitasi dan koordinasi administrasi kependudukan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": "h. Mengumpulkan, mengolah dan menganalisa data kependudukan di wilayah kecamatan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": "i. Menyiapkan bahan dan memproses pelayanan administrasi kependudukan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": (
            "j. Menyiapkan bahan dan melaksanakan kegiatan pembinaan dalam rangka peningkatan "
            "dan pemeliharaan sarana dan prasarana pelayanan umum"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": (
            "k. Mengoordinasikan kegiatan pengumpulan bahan dan fasilitasi penyelenggaraan "
            "pemilu lingkup kecamatan meliputi pemilihan kepala desa dan penjaringan aparat desa"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": (
            "l. Menyiapkan bahan dalam rangka koordinasi instansi di daerah, fasilitasi "
            "penyelenggaraan pemilu dan pilkada"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": (
            "m. Mengoordinasikan persiapan dalam rangka pelaksanaan peringatan hari-hari besar "
            "nasional/daerah"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": "n. Menyiapkan bahan dan memfasilitasi perselisihan antar desa bidang pemerintahan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": (
            "o. Melaksanakan pemantauan, evaluasi, penyusunan laporan dan pendokumentasian "
            "kegiatan Seksi Tata Pemerintahan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Tata Pemerintahan",
        "Teks": "p. Melaksanakan tugas lain sesuai bidang tugas dan kewenangannya",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Ketentraman dan Ketertiban",
        "Teks": (
            "Seksi Ketentraman dan Ketertiban dipimpin oleh seorang Kepala Seksi dan mempunyai "
            "tugas adalah sebagai berikut :"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Ketentraman dan Ketertiban",
        "Teks": (
            "a. Membantu Camat dalam merumuskan kebijakan, pelaksanaan evaluasi dan pelaporan "
            "urusan Ketentraman dan ketertiban;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Ketentraman dan Ketertiban",
        "Teks": "b. Melaksanakan pembinaan ketentraman dan ketertiban dalam wilayah kecamatan; dan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Ketentraman dan Ketertiban",
        "Teks": (
            "c. Melaksanakan tugas-tugas lain yang diberikan oleh Camat sesuai dengan bidang "
            "tugasnya."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan dipimpin oleh seorang Kepala Seksi"
            " dan mempunyai tugas adalah sebagai berikut :"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "a. Menyusun program kerja Seksi Pemberdayaan Masyarakat dan Desa berdasarkan "
            "petunjuk teknis dan ketentuan sebagai pedoman kerja untuk kelancaran pelaksanaan "
            "tugas."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "b. Menyusun dan melaporkan data monografi kecamatan serta profil desa dan kelurahan."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": "c. Menyiapkan bahan perumusan rencana pembangunan kecamatan (musbang).",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "d. Mengoordinasikan, memfasilitasi dan memberikan pelayanan administrasi Izin "
            "Mendirikan Bangunan (IMB) yang dilimpahkan ke Kecamatan."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "e. Mengoordinasikan pembinaan, pengawasan dan pelaporan kegiatan penanggulangan "
            "pencemaran dan kerusakan lingkungan hidup"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "f. Menyiapkan bahan dan melaksanakan fasilitasi pembinaan dan pengembangan kegiatan"
            " perekonomian"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "g. Melaksanakan dan mengoordinasikan penyuluhan usaha kecil, mikro dan menengah "
            "kepada masyarakat lingkup kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "h. Melaksanakan dan mengoordinasikan penyuluhan usaha kecil, mikro dan menengah "
            "kepada masyarakat lingkup kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "i. Melaksanakan dan mengoordinasikan penyuluhan usaha kecil, mikro dan menengah "
            "kepada masyarakat lingkup kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "j. Menyiapkan bahan dan memproses rekomendasi perizinan dalam bidang perekonomian, "
            "pemberdayaan masyarakat dan desa"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "k. Menyiapkan bahan dan melaksanakan fasilitasi pembinaan dan pengembangan swadaya "
            "dan pemberdayaan masyarakat"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "l. Menyiapkan bahan dan melaksanakan fasilitasi pembinaan dan pengembangan kegiatan"
            " perekonomian"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "m. Mengoordinasikan dan memfasilitasi pelaksanaan pungutan atas pajak dan retribusi"
            " Daerah di wilayah kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "n. Menyiapkan bahan dan memfasilitasi penyelenggaraan kerjasama antar desa dan "
            "penyelesaian perselisihan antar desa bidang perekonomian, pemberdayaan masyarakat "
            "dan Desa"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "o. Menyiapkan bahan dan menyelenggarakan lomba/penilaian desa/kelurahan tingkat "
            "kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": (
            "p. Melaksanakan pemantauan, evaluasi, penyusunan laporan dan pendokumentasian "
            "kegiatan Seksi Pemberdayaan Masyarakat dan Desa"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "Teks": "q. Melaksanakan tugas lain sesuai bidang tugas dan kewenangannya.",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "Seksi Kemasyarakatan dipimpin oleh seorang Kepala Seksi dan mempunyai tugas adalah "
            "sebagai berikut :"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "a. Menyusun program kerja Seksi Kemasyarakatan berdasarkan petunjuk teknis dan "
            "ketentuan sebagai pedoman kerja untuk kelancaran pelaksanaan tugas;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "b. Menyiapkan bahan perumusan kebijakan dan menyusun petunjuk teknis pembinaan dan "
            "pengembangan kesejahteraan rakyat;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "c. Menyiapkan bahan dan memproses rekomendasi perizinan dalam bidang kemasyarakatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "d. Mengoordinasikan dan memfasilitasi pembinaan dan pengembangan pendidikan, "
            "generasi muda, keolahragaan, kebudayaan, kepramukaan dan peranan wanita."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "e. Mengumpulkan, mengolah data dan informasi, menginventarisasi permasalahan serta "
            "melaksanakan pemecahan permasalahan yang berkaitan dengan pembinaan kemasyarakatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "f. Menyusun program kerja pelaksanaan pembinaan pelayanan dan bantuan sosial, "
            "peranan wanita, pembinaan kepemudaan serta olah raga termasuk pengentasan "
            "kemiskinan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "g. Mengumpulkan dan menyiapkan bahan penyaluran bantuan sosial terhadap bencana "
            "alam dan bencana lainnya"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "h. Mengumpulkan, mengolah, menganalisa dan menyajikan data kesejahteraan rakyat di "
            "wilayah kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "i. Menyiapkan bahan dan memfasilitasi pembinaan lembaga adat dan komunitas adat "
            "terpencil serta organisasi sosial/kemasyarakatan dan lembaga swadaya masyarakat"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "j. Menyiapkan bahan dan memfasilitasi penanggulangan masalah sosial, pencegahan dan"
            " penanggulangan bencana dan pengungsi"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "k. Menyiapkan bahan dan memfasilitasi kegiatan pembinaan dan pengawasan pelaksanaan"
            " program pengembangan dan peningkatan kesehatan masyarakat, penyediaan sarana dan "
            "prasarana penyelenggaraan pelayanan kesehatan dan keluarga berencana"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "l. Mengoordinasikan kegiatan pengawasan, pencegahan dan penanggulangan "
            "penyalahgunaan NAPZA (narkotika, psikotropika, zat aditif) obat dan bahan berbahaya"
            " lainnya"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "m. Mengoordinasikan dan memfasilitasi pembinaan dan pengembangan ketenagakerjaan "
            "dan perburuhan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": (
            "n. Melaksanakan pemantauan, evaluasi, penyusunan laporan dan pendokumentasian "
            "kegiatan Seksi Kemasyarakatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Kemasyarakatan",
        "Teks": "o. Melaksanakan tugas lain sesuai bidang tugas dan kewenangannya",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": "Seksi Pelayanan mempunyai tugas :",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": (
            "a. Menyusun program, mengatur, mengendalikan dan mengevaluasi pelaksanaan kegiatan "
            "Seksi Pelayanan sesuai prosedur untuk kelancaran pelaksanaan tugas;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": (
            "b. Menyiapkan bahan penyusunan pedoman dan petunjuk teknis penyelenggaraan pelayanan;"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": (
            "c. Melaksanakan koordinasi dan kerjasama dengan instansi pemerintah dan instansi "
            "lainnya yang berkaitan dengan pembinaan pelayanan di wilayah Kecamatan."
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": "d. Menyelenggarakan pelayanan administrasi kecamatan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": "e. Menyiapkan bahan dan melaksanakan inovasi-inovasi pelayanan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": "f. Memeriksa dokumen/berkas pemohon pelayanan administrasi kecamatan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": (
            "g. Menyusun dan mengevaluasi laporan penyelenggaraan pelayanan administrasi kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": "h. Mengadministrasikan pelayanan penyelenggaraan pelayanan administrasi kecamatan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": "i. Menyerahkan dokumen layanan administrasi kecamatan",
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": (
            "j. Mengumpulkan, mengolah, mengalisis dan menyajikan data dan informasi pelayanan "
            "administrasi kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": (
            "k. Melaksanakan administrasi, fasilitasi dan upaya pemecahan masalah pengaduan, "
            "informasi, dan konsultasi layanan administrasi kecamatan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": (
            "l. Melaksanakan pemantauan, evaluasi, penyusunan laporan dan pendokumentasian "
            "kegiatan Seksi Pelayanan"
        ),
    },
    {
        "Bagian": "Tugas dan Fungsi",
        "Judul": "Seksi Pelayanan",
        "Teks": "m. Melaksanakan tugas lain sesuai bidang tugas dan kewenangannya",
    },
    {
        "Bagian": "Produk dan Layanan",
        "Teks": (
            "Produk dan layanan yang dihasilkan oleh Kantor Kecamatan Panyipatan berdasarkan "
            "subbagian masing- masing adalah sebagai berikut:"
        ),
    },
    {
        "Bagian": "Sistematika Penyajian",
        "Teks": (
            "Dalam pembuatan Laporan Kinerja Kantor Kecamatan Panyipatan Kabupaten Tanah Laut "
            "untuk tahun 2020 ini tim penyusun membagi dalam beberapa pokok bahasan sebagai "
            "berikut, yaitu :"
        ),
    },
    {
        "Bagian": "Sistematika Penyajian",
        "Teks": (
            "BAB I Pendahuluan berisi Struktur Organisasi, Tugas dan Fungsi (Bagan SOTK), Produk"
            " dan Layanan Sistematika Penyajian dengan penekanan kepada aspek strategis "
            "organisasi serta permasalahan utama (strategic issued) yang sedang dihadapi "
            "organisasi."
        ),
    },
    {
        "Bagian": "Sistematika Penyajian",
        "Teks": (
            "BAB II Perencanaan dan Penetapan Kinerja, menyajikan ringkasan /ikhtiar perjanjian "
            "kinerja tahun yang bersangkutan."
        ),
    },
    {
        "Bagian": "Sistematika Penyajian",
        "Teks": "BAB III Akuntabilitas Kinerja, terdiri dari:",
    },
    {
        "Bagian": "Sistematika Penyajian",
        "Teks": (
            "A. Capaian Indikator Kinerja Utama menyajikan capaian kinerja organisasi untuk "
            "setiap pernyataan kinerja sasaran strategis Organisasi sesuai dengan hasil "
            "pengukuran kinerja organisasi."
        ),
    },
    {
        "Bagian": "Sistematika Penyajian",
        "Teks": (
            "B. Akuntabilitas Keuangan menguraikan ringkasan realisasi anggaran yang digunakan "
            "dan yang telah digunakan untuk mewujudkan kinerja organisasi sesuai dengan dokumen "
            "Perjanjian Kinerja Visi RPJMD baik itu realisasi Belanja Langsung maupun Belanja "
            "tidak langsung tahun anggaran 2020."
        ),
    },
    {
        "Bagian": "Sistematika Penyajian",
        "Teks": (
            "BAB IV Penutup, menjelaskan kesimpulan umum atas capaian kinerja organisasi serta "
            "langkah di masa mendatang yang akan dilakukan organisasi untuk meningkatkan "
            "kinerjanya."
        ),
    },
    {
        "Bagian": "Visi",
        "Teks": (
            "RPJMD Kabupaten Tanah Laut ini telah menjadi acuan dalam penyusunan Rencana Kerja "
            "Pembangunan Daerah (RKPD) dan Rencana Strategis SKPD untuk tahun 2018 sampai dengan"
            " 2023 yang memuat visi, misi, tujuan, sasaran, indikator sasaran serta target "
            "selama periode tersebut."
        ),
    },
    {
        "Bagian": "Visi",
        "Teks": (
            "Dalam melaksanakan program pembangunan Kabupaten Tanah Laut tahun 2018-2023 "
            "sebagaimana ditetapkan dalam Peraturan Daerah Nomor 2 Tahun 2019 memiliki Motto : "
            "Kerja Keras, Cerdas, Tuntas, Berkualitas, dan Ikhlas."
        ),
    },
    {
        "Bagian": "Visi",
        "Teks": (
            "Visi adalah suatu gambaran jauh kedepan, kemana suatu organisasi/lembaga hendak "
            "dibawa. Untuk mewujudkan hal tersebut, maka dibarengi dengan Visi pembangunan "
            "daerah tahun 2018-2023 yaitu sebagai berikut :"
        ),
    },
    {
        "Bagian": "Visi",
        "Teks": (
            "Visi diatas dimaksudkan untuk menjadi dasar Kecamatan Panyipatan sebagai instansi "
            "pemerintah daerah yang berkompeten dan profesional dalam pelayanan publik kepada "
            "masyarakat serta dapat menciptakan hal-hal baru dalam pelayanan yang pada akhirnya "
            "mampu bersinergi dengan masyarakat untuk mencapai kesejahteraan tetap memperhatikan"
            " peraturan perundang-undangan yang berlaku sehingga terciptanya Indeks Kepuasan "
            "Masyarakat yang lebih baik."
        ),
    },
    {
        "Bagian": "Visi",
        "Teks": (
            'Kata "BERINTERAKSI" pada Visi di atas merupakan singkatan dari frasa: "Berkarya, '
            'Inovasi, Tertata, Religius, Aktual, dan Sinergi". Penjabaran makna dari Visi Daerah'
            " Kabupaten Tanah Laut Tahun 2018-2023 adalah sebagai berikut:"
        ),
    },
    {
        "Bagian": "Visi",
        "Judul": "Berkarya",
        "Teks": (
            "Maknanya adalah bahwa selama periode 2018-2023, para pelaku pembangunan di Daerah "
            "Kabupaten Tanah Laut, secara bersama-sama, berkarya mewujudkan tujuan dasar dari "
            "pembangunan daerah, yaitu peningkatan taraf kesejahteraan rakyat."
        ),
    },
    {
        "Bagian": "Visi",
        "Judul": "Inovasi",
        "Teks": (
            "Inovasi dalam penyelenggaraan pelayanan publik, yang dilaksanakan seluruh perangkat"
            " Daerah Kabupaten Tanah Laut, harus semakin ditingkatkan dalam rangka percepatan "
            "peningkatan taraf kesejahteraan rakyat. Inovasi ini berupa terobosan jenis "
            "pelayanan yang mampu memberikan manfaat bagi masyarakat, baik secara langsung "
            "maupun tidak langsung. Selain itu, inovasi di tingkat kelompok-kelompok masyarakat,"
            " khususnya di industri kreatif, juga harus dikembangkan sehingga lebih mampu "
            "mandiri dalam upaya peningkatan taraf kesejahteraan."
        ),
    },
    {
        "Bagian": "Visi",
        "Judul": "Tertata",
        "Teks": (
            "Aspek administrasi dan aspek substansi diatur secara tertib dalam sebuah siklus "
            "atau proses perencanaan yang semakin berkualitas. Dengan demikian, kualitas "
            "perencanaan di perangkat daerah, terutama yang berkaitan dengan akuntabilitas "
            "kinerja harus semakin ditingkatkan secara berkesinambungan."
        ),
    },
    {
        "Bagian": "Visi",
        "Judul": "Religius",
        "Teks": (
            "Peran sektor keagamaan harus semakin ditingkatkan untuk peningkatan produktivitas "
            "aparatur dan masyarakat. Aparatur sipil di tiap perangkat daerah harus menjadi "
            "teladan dan menginspirasi upaya peningkatan produktivitas pada semua lini kehidupan"
            " kemasyarakatan."
        ),
    },
    {
        "Bagian": "Visi",
        "Judul": "Aktual",
        "Teks": (
            "Penekanan pada aspek aktual ini adalah bahwa pilihan kebijakan serta program dan "
            "kegiatan dari perangkat daerah harus relevan secara waktu, relevan secara lokasi, "
            "dan relevan dengan pihak yang dilayani, yaitu masyarakat di Daerah Kabupaten Tanah "
            "Laut."
        ),
    },
    {
        "Bagian": "Visi",
        "Judul": "Sinergi",
        "Teks": (
            "Sinergi dimaksudkan untuk penguatan prinsip kegotong-royongan dalam upaya "
            "peningkatan kesejahteraan rakyat. Ego sektoral dan ego bidang harus dihapus dan "
            "digantikan dengan integrasi, sinkronisasi, dan sinergi baik antardaerah, "
            "antarruang, antarwaktu, antarfungsi pemerintah maupun antara pusat dan daerah."
        ),
    },
    {
        "Bagian": "Visi",
        "Teks": (
            'Tagline dari Visi Daerah Kabupaten Tanah Laut tahun 2018-2023 adalah "DESA DIBINA, '
            'KOTA DITATA". Sedangkan motto dalam pencapaiannya adalah "KERJA KERAS, CERDAS, '
            'TUNTAS, BERKUALITAS, DAN IKHLAS".'
        ),
    },
    {
        "Bagian": "Visi",
        "Teks": (
            "Dengan demikian, fokus dari keseluruhan Visi Daerah Kabupaten Tanah Laut tahun "
            '2018-2023 adalah Tanah Laut yang BERINTERAKSI pada lokus "DESA DIBINA, KOTA DITATA"'
            ' melalui "KERJA KERAS, CERDAS, TUNTAS, BERKUALITAS, DAN IKHLAS". Fokus pada lokus '
            '"DESA DIBINA, KOTA DITATA" adalah karena pada hakikatnya masyarakat berdomisili di '
            "wilayah perdesaan dan perkotaan."
        ),
    },
    {
        "Bagian": "Visi",
        "Teks": (
            "Kondisi yang diharapkan dari pembinaan desa dan penataan kota di seluruh wilayah "
            "Kabupaten Tanah Laut adalah karya nyata dalam wujud peningkatan ketahanan sosial, "
            "ketahanan ekonomi, dan ketahanan lingkungan di tingkat perdesaan dan perkotaan."
        ),
    },
    {
        "Bagian": "Misi",
        "Teks": (
            "Misi merupakan suatu yang harus dilaksanakan agar tujuan Organisasi dapat "
            "terlaksana dan berhasil dengan baik sesuai dengan visi yang telah ditetapkan. "
            "Dengan adanya misi diharapkan seluruh pegawai dan pihak lain yang berkepentingan "
            "dapat mengenal kantor dan mengetahui peran dan program-programnya serta hasil yang "
            "akan diperoleh dimasa yang akan datang."
        ),
    },
    {
        "Bagian": "Misi",
        "Teks": (
            "Memperhatikan perubahan kondisi yang akan dihadapi pada masa yang akan datang dan "
            "dalam rangka mewujudkan “Tanah Laut yang BERINTERAKSI”, maka misi pembangunan "
            "Daerah Kabupaten Tanah Laut pada periode 2018–2023 adalah sebagai berikut:"
        ),
    },
    {
        "Bagian": "Tujuan dan Sasaran",
        "Teks": (
            "Dengan menitikberatkan pada visi dan misi yang telah diuraikan diatas maka tujuan "
            "yang mengacu pada renstra Kecamatan Panyipatan diuraikan sebagai berikut:"
        ),
    },
    {
        "Bagian": "Tujuan dan Sasaran",
        "Teks": "1. Meningkatkan kualitas pelayanan publik yang prima;",
    },
    {
        "Bagian": "Tujuan dan Sasaran",
        "Teks": (
            "2. Meningkatkan akuntabilitas kinerja pengelolaan administrasi pemerintahan kecamatan."
        ),
    },
    {
        "Bagian": "Tujuan dan Sasaran",
        "Teks": (
            "Adapun Sasaran Kecamatan Panyipatan merupakan penjabaran dari tujuan yaitu sebagai "
            "berikut :"
        ),
    },
    {
        "Bagian": "Tujuan dan Sasaran",
        "Teks": "1. Meningkatkan kualitas pelayanan publik yang prima",
    },
    {
        "Bagian": "Tujuan dan Sasaran",
        "Teks": (
            "2. Meningkatkan akuntabilitas kinerja pengelolaan administrasi pemerintahan kecamatan"
        ),
    },
    {
        "Bagian": "Tujuan dan Sasaran",
        "Teks": (
            'Untuk mendukung pencapaian visi "Terwujudnya Tanah Laut Yang Berinteraksi '
            '(Berkarya, Inovasi, Tertata, Religius, Aktual, dan Sinergi)" serta misi Bupati dan '
            "Wakil Bupati Kabupaten Tanah Laut tersebut, maka sesuai dengan tugas dan fungsinya "
            "Kecamatan Panyipatan memiliki peran dalam pencapaian terhadap Misi ke 1 (Satu), dan"
            " 3 (ketiga) dan Sasaran sebagai berikut:"
        ),
    },
    {
        "Bagian": "Tujuan dan Sasaran",
        "Teks": (
            "Sasaran strategi ini merupakan tanggungjawab Kecamatan Panyipatan secara "
            "keseluruhan, sehingga Sasaran ini beserta indikatornya akan diturunkan ke seksi- "
            "seksi penanggungjawab yang ada di kecamatan."
        ),
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": (
            "Berdasarkan visi dan misi serta kriteria pengukuran kinerja Pemerintah Kabupaten "
            "Tanah Laut di atas, Pemerintah Kabupaten Tanah Laut menetapkan tujuan yang "
            "merupakan hasil yang diharapkan sebagai penjabaran atau operasionalisasi dari "
            "pernyataan visi dan misi yang bersangkutan yang wajib dijadikan pegangan dalam "
            "pelaksanaan tugas seluruh aparat Pemerintah Kabupaten Tanah Laut, yang antara lain "
            "terdiri dari:"
        ),
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": (
            "1) Peningkatan layanan bidang pendidikan dan pelatihan yang berkualitas, merata dan"
            " terjangkau bagi seluruh masyarakat."
        ),
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": (
            "2) Peningkatan layanan bidang kesehatan yang berkualitas, merata dan terjangkau "
            "bagi seluruh masyarakat."
        ),
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": (
            "3) Peningkatan kualitas layanan masyarakat lainnya secara merata dan terjangkau "
            "untuk mendukung pembangunan ekonomi, sosial dan budaya."
        ),
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": "4) Peningkatan Inovasi dalam Pelayanan Publik.",
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": "5) Peningkatan Inovasi di masyarakat dan Pengembangan Industri Kreatif.",
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": (
            "6) Meningkatkan tata kelola pemerintahan yang baik dan bersih serta layanan publik "
            "yang berkualitas berbasis teknologi informasi."
        ),
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": "7) Mewujudkan masyarakat yang berakhlak mulia.",
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": "8) Meningkatkan kesejahteraan sosial.",
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": "9) Terwujudnya pembangunan Infrastruktur Sosial dan Ekonomi yang berkualitas.",
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": "10) Peningkatan kinerja unit usaha sektor unggulan daerah.",
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": "11) Peningkatan Kualitas Lingkungan Hidup.",
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": "12) Peningkatan Upaya Membina Desa dan Menata Kota.",
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": (
            "Dan sebagai bentuk pertanggungjawaban kepada publik atas kinerja pemerintah, maka "
            "diperlukan suatu pengukuran kinerja untuk menunjukkan apakah sasaran atau kegiatan "
            "telah berhasil dicapai, yang kemudian dituangkan dalam Indikator Kinerja. Agar "
            "sasaran kegiatan dan program berjalan efektif, efisien dan optimal maka ditetapkan "
            "suatu pengukuran Indikator Kinerja strategis yang menjadi prioritas di setiap "
            "Instansi pemerintah sebagai suatu bentuk penajaman sasaran sehingga diharapkan "
            "tujuan visi dan misi organisasi dapat tercapai sesuai dengan perencanaan yang "
            "tertuang dalam RPJMD, RENSTRA maupun RENJA, yang telah ditetapkan."
        ),
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": (
            "Penetapan Indikator Kinerja Utama Kecamatan Panyipatan disusun dengan maksud dan "
            "tujuan :"
        ),
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": (
            "1. Untuk memperoleh informasi kinerja yang penting dan diperlukan dalam "
            "menyelenggarakan manajemen kinerja secara baik."
        ),
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": (
            "2. Untuk memperoleh ukuran keberhasilan dari pencapaian suatu tujuan dan sasaran "
            "strategis organisasi yang digunakan untuk perbaikan kinerja dan peningkatan "
            "akuntabilitas kinerja."
        ),
    },
    {
        "Bagian": "Indikator Kinerja Utama",
        "Teks": (
            "Indikator Kinerja Utama adalah ukuran keberhasilan dari suatu tujuan dan sasaran "
            "strategis operasional. Setiap lembaga atau Instansi pemerintah wajib merumuskan "
            "Indikator Kinerja Utama sebagai suatu prioritas program dan kegiatan yang mengacu "
            "pada sasaran strategis dalam RPJMD dan RENSTRA Satuan Kerja Perangkat Daerah."
        ),
    },
    {
        "Bagian": "Perjanjian Kinerja",
        "Teks": (
            "Perjanjian kinerja adalah lembar/dokumen yang berisikan penugasan dari pimpinan "
            "instansi yang lebih tinggi kepada pimpinan instansi yang lebih rendah, untuk "
            "melaksanakan program/kegiatan yang disertai dengan indikator kinerja. Melalui "
            "perjanjian kinerja, terwujudlah komitmen penerima amanah dan kesepakatan antara "
            "penerima dan pemberi amanah atas kinerja terukur tertentu berdasarkan tugas, fungsi"
            " dan wewenang serta sumber daya yang tersedia."
        ),
    },
    {
        "Bagian": "Perjanjian Kinerja",
        "Teks": (
            "Dokumen Perjanjian Kinerja sebagaimana diatur dalam Peraturan Menteri Negara "
            "Pedayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang "
            "petunjuk teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Review atas "
            "Laporan atas Kinerja Instansi Pemerintah, merupakan suatu Dokumen pernyataan "
            "Kinerja/Kesepakatan kinerja/ Perjanjian Kinerja antara atasan dan bawahan untuk "
            "mewujudkan target kinerja tertentu berdasarkan sumber Daya yang dimiliki instansi, "
            "Kinerja yang di sepakati tidak dibatasi pada kinerja yang dihasilkan atas kegiatan "
            "tahun bersangkutan, tetapi termasuk kinerja (Outcome) yang seharusnya terwujud "
            "akibat kegiatan tahun tahun sebelumnya, sehingga kinerja setiap tahunnya menjadi "
            "berkesinambungan."
        ),
    },
    {
        "Bagian": "Perjanjian Kinerja",
        "Teks": (
            "Penetapan Kinerja Kecamatan Panyipatan Tahun 2020 ditetapkan mengacu pada Sasaran "
            "Strategis Rencana Pembangunan Jangka Menengah Daerah (RPJMD), untuk mencapai "
            "Sasaran Strategis RPJMD Kabupaten Tanah Laut ini Kecamatan Panyipatan Menetapkan "
            "Indikator Kinerja Utama (IKU), IKU tersebut di ukur dengan beberapa Indikator "
            "Kegiatan untuk Mencapai Sasaran Strategis, yang mana Sasaran Strategis Kecamatan "
            "Panyipatan ditetapkan untuk mendukung pencapaian sasaran RPJMD Kabupaten Tanah "
            "Laut, Perjanjian Kinerja Kecamatan Panyipatan Tahun 2020 dan Indikator Kinerja yang"
            " mengacu pada Tujuan dan Sasaran Rencana Pembangunan Jangka Menengah Daerah yang "
            "telah disepakati baik oleh Kepala Dinas, Pejabat Eselon III dan Pejabat Eselon IV "
            "Dapat dilihat pada Tabel berikut:"
        ),
    },
    {
        "Bagian": "Program dan Kegiatan",
        "Teks": (
            "Rencana strategis Kecamatan Panyipatan Tahun 2020 memuat sejumlah Program dan "
            "Kegiatan, yang mana Pelaksanaan program dan kegiatan di Kecamatan Panyipatan sesuai"
            " dengan tugas dan fungsinya dilaksanakan oleh Sekretariat dan Seksi-Seksi, yang "
            "mana arah program dan kegiatannya berpedoman kepada Renstra Kecamatan Panyipatan "
            "Tahun 2018 - 2023. Sedangkan tujuannya untuk dapat menjabarkan dari visi dan misi "
            "yang telah disepakati, seimbang dengan sarana yang ingin dicapai yaitu pelayanan "
            "yang sebaik – baiknya, sehingga tercapai Pemerintahan yang baik."
        ),
    },
    {
        "Bagian": "Program dan Kegiatan",
        "Teks": (
            "Program dan Kegiatan Kecamatan Panyipatan tahun 2020 berikut merupakan Rencana "
            "Kerja Tahun Anggaran 2020 Murni dan Rencana Kerja Perubahan Tahun Anggaran 2020 "
            "dapat dilihat pada tabel berikut :"
        ),
    },
    {
        "Bagian": "Pengukuran Kinerja",
        "Teks": (
            "Akuntabilitas diartikan sebagai kemampuan untuk menjawab atas mandat yang diberikan"
            " kepada pengemban amanat, sedangkan kinerja diartikan sebagai prestasi kerja "
            "pengemban amanat atas pelaksanaan tugas pokok dan fungsinya. Sebagaimana dimaksud "
            "dalam Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi "
            "Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan"
            " Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah serta "
            "Peraturan Pemerintah Nomor 8 tahun 2006 tentang Pelaporan Keuangan dan Kinerja "
            "Instansi Pemerintah, laporan ini mengungkapkan capaian kinerja sasaran dan hasil "
            "(outcome) yang dicapai dalam tahun 2020 Kabupaten Tanah Laut."
        ),
    },
    {
        "Bagian": "Pengukuran Kinerja",
        "Teks": (
            "Laporan Kinerja tahun 2020 ini merupakan laporan kinerja kedua RPJMD 2018- 2023 dan"
            " menyajikan pengukuran capaian indikator kinerja sasaran, output, dan hasil "
            "sebagaimana yang dituangkan dalam dokumen Penetapan Kinerja. Penetapan indikator "
            "kinerja dan targetnya merupakan prasyarat mutlak agar mekanisme suatu pengukuran "
            "kinerja dapat diterapkan sehingga capaian kinerja suatu instansi dapat diketahui "
            "tingkat keberhasilannya."
        ),
    },
    {
        "Bagian": "Pengukuran Kinerja",
        "Teks": (
            "Metode pengukuran kinerja yang digunakan adalah membandingkan antara rencana "
            "kinerja (performance plan) yang diinginkan dengan realisasi kinerja (performance "
            "result) yang telah dicapai. Dalam hal ini perbandingan tersebut dilakukan terhadap "
            "indikator kinerja, baik indikator kinerja hasil dari indikator kinerja sasaran "
            "sebagaimana ditetapkan dalam dokumen Penetapan Kinerja maupun kinerja tahun "
            "berjalan terhadap tahun sebelumnya. Terhadap terjadinya celah kinerja (performance "
            "gap), dilakukan analisis penyebab terjadinya celah kinerja tersebut, serta "
            "tindakan- tindakan perbaikan apa yang diperlukan untuk meningkatkan kinerja dimasa "
            "mendatang."
        ),
    },
    {
        "Bagian": "Pengukuran Kinerja",
        "Teks": (
            "Pengukuran kinerja digunakan untuk menilai keberhasilan dan kegagalan pelaksanaan "
            "kegiatan sesuai dengan program, sasaran yang telah ditetapkan dalam rangka "
            "mewujudkan misi dan visi instansi pemerintah. Pengukuran kinerja dilaksanakan "
            "sesuai dengan Keputusan Kepala Lembaga Administrasi Negara Nomor 239/IX/618/2004 "
            "tentang Perbaikan Pedoman Penyusunan Pelaporan Akuntabilitas Kinerja Instansi "
            "Pemerintah; dan Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan "
            "Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja,"
            " Pelaporan Kinerja dan Tata Cara Review atas Laporan Kinerja Instansi Pemerintah. "
            "Capaian indikator kinerja utama (IKU) diperoleh berdasarkan pengukuran atas "
            "indikator kerjanya masing-masing, sedangkan capaian kinerja sasaran diperoleh "
            "berdasarkan pengukuran atas indikator kinerja sasaran strategis, cara penyimpulan "
            "hasil pengukuran kinerja pencapaian sasaran strategis dilakukan dengan membuat "
            "capaian rata-rata atas capaian indikator kinerja sasaran."
        ),
    },
    {
        "Bagian": "Pengukuran Kinerja",
        "Teks": (
            "Dalam rangka memberikan kesimpulan pengukuran kinerja, Pemerintah Kabupaten Tanah "
            "laut menetapkan kategorisasi pencapaian kinerja sesuai dengan Peraturan Menteri "
            "Pemberdayaan Aparatur Negara dan Reformasi Birokrasi RI Nomor 12 Tahun 2015 Tentang"
            " Pedoman Evaluasi atas Implementasi Sistem Akuntabilitas Kinerja Instansi "
            "Pemerintah berdasarkan capaian rata-rata atas indikator kinerja menjadi enam "
            "kategori sebagai berikut :"
        ),
    },
    # The seed's two IKM paragraphs stood under the scale and ended in "yaitu :" / "tabel
    # berikut :" with the tables pages later; they open the IKM section here, as sentences.
    {
        "Bagian": "Survei Kepuasan Masyarakat",
        "Teks": (
            "Indikator Kinerja Utama Kecamatan Panyipatan terdiri dari 1 (satu) indikator, yaitu"
            " tingkat kepuasan masyarakat terhadap pelayanan umum yang ada di Kecamatan. "
            "Berdasarkan pengolahan Indeks Kepuasan Masyarakat (IKM) per responden dan per unsur"
            " pelayanan berupa 150 ( seratus lima puluh ) lembar kuisisioner yang dibagikan, "
            "terhadap 9 ( sembilan ) unsur pelayanan berdasarkan Peraturan Menteri Pendayagunaan"
            " Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman "
            "Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik yang "
            "memuat unsur pelayanan yang harus diukur."
        ),
    },
    {
        "Bagian": "Survei Kepuasan Masyarakat",
        "Teks": (
            "Adapun interval penilaian kategorisasi mutu pelayanan yang sudah dikonversi dengan "
            "nilai indeks IKM disajikan pada tabel Nilai Persepsi dan Interval IKM."
        ),
    },
    {
        "Bagian": "Survei Kepuasan Masyarakat",
        "Teks": (
            "Dari hasil olah data nilai rata-rata per unsur pelayanan dapat dilihat bahwa unsur "
            "yang memiliki Nilai Rata-rata (NRR) tertinggi adalah Kewajaran Biaya Pelayanan "
            "sedangkan unsur yang Nilai Rata-rata (NRR) terendah adalah Kesesuaian Persyaratan "
            "dengan Pelayanan. Hal ini menunjukkan bahwa tingkat kepuasan pelayanan paling "
            "tinggi diperoleh dari kejelasan Kewajaran Biaya Pelayanan sesuai ketentuan, "
            "sedangkan Nilai Rata-rata semua unsur menggambarkan bahwa penilaian masyarakat "
            "terhadap unsur-unsur pelayanan Kecamatan Panyipatan pada umumnya baik (mutu "
            "pelayanan) dan sudah merasa puas, akan tetapi unsur-unsur dengan NRR paling rendah "
            "perlu dilakukan perbaikan dalam hal ini unsur persyaratan."
        ),
    },
    {
        "Bagian": "Survei Kepuasan Masyarakat",
        "Teks": (
            "Berdasarkan hasil survei kepuasan masyarakat tahun 2020 terhadap 9 (sembilan) unsur"
            " pelayanan, tingkat pelayanan yang diberikan sudah melebihi target yang telah "
            "ditentukan dan seyogyanya untuk tahun kedepan target yang akan dicapai agar "
            "ditingkatkan lebih tinggi lagi dari target sebelumnya."
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "Pada Tahun 2020 (Tahun Ke-2) pelaksanaan RPJMD Kabupaten Tanah Laut 2018-2023, "
            "Kecamatan Panyipatan menetapkan 2(dua) tujuan yang ingin dicapai. Tujuan pertama "
            "meningkatkan kualitas pelayanan publik kepada masyarakat di Kecamatan dengan "
            "menetapkan 1 (satu) sasaran strategis yaitu Meningkatnya kualitas pelayanan publik "
            "kepada masyarakat dengan Indikator tingkat kepuasan masyarakat (IKM) terhadap "
            "pelayanan umum yang ada di Kecamatan."
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "Aktual bagai ketentuan yang telah disepakati pihak terkait dan telah ditetapkan "
            "oleh Pemerintah Kabupaten Tanah Laut sebagai pedoman, pegangan, petunjuk bagi "
            "setiap kegiatan aparatur Pemerintah dan masyarakat untuk memperlancar dan memadukan"
            " setiap usaha untuk mencapai tujuan, sasaran serta visi dan misi yang telah "
            "diuraikan sebelumnya dituangkan dalam bentuk kebijakan, dengan demikian maka arah "
            "makro kebijakan Kecamatan Panyipatan adalah sebagai berikut :"
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "1. Kebijakan meningkatkan kinerja Pemerintah Kecamatan efektif, efisien, akuntabel "
            "dan transparan dalam upaya meningkatkan kapasitas pelayanan."
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "2. Kebijakan mengembangkan sumber daya manusia yang sehat, cerdas, berakhlak, "
            "professional dan daya saing."
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "3. Kebijakan mengembangkan perekonomian desa yang berdaya saing dalam menunjang "
            "penciptaan lapangan kerja dan pelayanan publik serta meningkatkan peranan swasta "
            "dalam pembangunan ekonomi di pedesaan."
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "Adapun Sasaran Kecamatan Panyipatan merupakan penjabaran dari tujuan yaitu sebagai "
            "berikut :"
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": "1. Meningkatkan kualitas pelayanan publik yang prima",
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "2. Meningkatkan akuntabilitas kinerja pengelolaan administrasi pemerintahan kecamatan"
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "Sasaran strategi ini merupakan tanggungjawab Kecamatan Panyipatan secara "
            "keseluruhan, sehingga Sasaran ini beserta indikatornya akan diturunkan ke seksi- "
            "seksi penanggungjawab yang ada di kecamatan."
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "Dari tabel diatas dapat dijelaskan bahwa sasaran RPJMD telah sesuai dengan target "
            "yang telah ditentukan selama kurun waktu 5 (lima) tahun yaitu :"
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            'Pada Misi ke 1 : "Berkarya meningkatkan kualitas sumber daya manusia dan pelayanan '
            "masyarakat yang berbasis teknologi untuk meningkatkan pembangunan ekonomi, sosial "
            'dan Budaya"'
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": "Dengan Tujuan : Peningkatan kualitas pelayanan publik kecamatan",
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            'Dan Misi ke 3 : "Membangun tata kelola pemerintahan yang baik (Good Governance)"'
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "Dengan Tujuan : Meningkatkan akuntabilitas kinerja pengelolaan administrasi "
            "pemerintahan kecamatan"
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "Untuk mengetahui Analisa Capaian Sasaran Strategis yang ada di kecamatan panyipatan"
            " dapat dilihat dari capaian strategis tahun 2019 dengan capaian strategis tahun "
            "2020 sehingga tergambar capaian kinerja per sasaran serta penanggungjawabnya lebih "
            "rinci dengan penjelasan tabel berikut"
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "Dari tabel diatas dapat disimpulkan bahwa realisasi IKU tahun 2019 mampu melebihi "
            "target yang telah ditetapkan, dan pada tahun 2020 capaian realisasi IKU kembali "
            "melebihi target serta meningkat dibandingkan capaian tahun 2019."
        ),
    },
    {
        "Bagian": "Capaian Sasaran Strategis",
        "Teks": (
            "Sedangkan untuk capaian Nilai SAKIP tahun 2019 termasuk kategori Baik, sedangkan "
            "untuk capaian nilai SAKIP tahun 2020 belum diketahui hasilnya karena masih dalam "
            "proses penilaian."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Teks": (
            "Dalam rangka penguatan akuntabilitas kinerja Kecamatan Panyipatan ditetapkan "
            "indikator Kinerja Utama (IKU) sebagai dasar pengukuran keberhasilan pencapaian "
            "suatu tujuan dan sasaran strategis yang telah ditetapkan."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Teks": (
            "Indikator Kinerja ini telah dilaksanakan pada tahun 2020 sesuai dengan RPJMD "
            "Kabupaten Tanah Laut periode 2018 - 2023 melaksanakan misi 3 (tiga) Membangun tata "
            "kelola pemerintahan yang baik (good government) sebagai urusan pemerintahan fungsi "
            "penunjang untuk mendapatkan Penilaian Indeks Kepuasan Masyarakat, Kecamatan "
            "Panyipatan pada tahun 2020 melakukan survey dengan mengirim quisioner kepada 150 "
            "(seratus lima puluh) masyarakat dilingkup Kecamatan Panyipatan(10 desa) selaku "
            "pengguna Layanan Publik dengan indeks penilaian dalam persen."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Teks": (
            "Berdasarkan pada tabel target dan realisasi capaian Indikator Kinerja Kecamatan "
            "Panyipatan Tahun 2020 diatas, nilai pencapaian sasaran strategis melalui indikator "
            'kinerja secara keseluruhan berkategori "Baik", yang mana telah melebihi target yang'
            " telah ditentukan."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Teks": (
            "Target Indikator Kinerja Utama (IKU) Kecamatan Panyipatan pada tahun 2020 yang "
            "telah ditetapkan adalah juga merupakan Perjanjian kinerja Camat Panyipatan tahun "
            "2020. Adapun realisasi tingkat kepuasan masyarakat terhadap pelayanan umum yang ada"
            " di kecamatan Panyipatan dari tahun 2018-2020 terjadi peningkatan seiring "
            "bertambahnya sarana prasarana menunjang kegiatan. Untuk lebih jelasnya dapat "
            "dilihat pada tabel berikut:"
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Perbandingan Realisasi dengan Target",
        "Teks": (
            "Selain terjadi peningkatan realisasi nilai IKM dari 2019 ke 2020, persentase "
            "capaian juga meningkat. Peningkatan ini tercapai karena adanya hubungan dan "
            "koordinasi yang cukup baik antara dinas/instansi terkait dengan Kecamatan "
            "Panyipatan. Peningkatan sarana dan prasarana penunjang cukup besar mempengaruhi "
            "peningkatan pelayanan terhadap masyarakat."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Perbandingan Realisasi dengan Realisasi Terkait",
        "Teks": (
            "a. Realisasi kinerja serta capaian kinerja tahun 2020 dengan tahun 2019 terjadi "
            "peningkatan yang cukup signifikan;"
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Perbandingan Realisasi dengan Realisasi Terkait",
        "Teks": (
            "b. Realisasi kinerja serta capaian kinerja tahun 2020 dibandingkan tahun 2019 "
            "terjadi peningkatan. Namun dibandingkan dengan capaian kinerja tahun 2018 yang "
            "tidak dapat melampaui target yang telah ditetapkan, capaian kinerja 2020 sudah "
            "dapat melampaui target."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Perbandingan Realisasi dengan Realisasi Terkait",
        "Teks": (
            "c. Realisasi kinerja sampai dengan tahun ini dengan target jangka menengah yang "
            "terdapat dalam dokumen perencanaan strategis Kecamatan Panyipatan: Indeks Kepuasan "
            "Masyarakat Kecamatan Panyipatan tahun 2020 mengalami peningkatan jika dibandingkan "
            "dengan tahun 2019."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Analisis Peningkatan dan Penurunan Kinerja",
        "Teks": (
            "Secara umum kualitas pelayanan pada SKPD/unit pelayanan di lingkungan Pemerintah "
            'Kecamatan Panyipatan pada tahun 2020 dipersepsikan "BAIK" oleh masyarakat '
            "penggunanya. Hal ini dapat dilihat dari indeks kepuasan masyarakat yang diperoleh "
            "berdasarkan hasil survey kepuasan masyarakat di Lingkungan Kecamatan Panyipatan. "
            "Terjadi peningkatan dibandingkan tahun 2019. Dari tahun 2015 indeks kepuasan "
            "masyarakat sudah berkategori Baik."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Upaya yang Dilakukan",
        "Teks": (
            "Upaya yang dilakukan kedepan untuk lebih meningkatkan kualitas pelayanan kepada "
            "masyarakat antarlain:"
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Upaya yang Dilakukan",
        "Teks": (
            "1) mempertahankan kualitas pelayanan yang sudah baik, dengan melakukan upaya-upaya "
            "peningkatan kualitas pelayanan secara konsisten terutama mempertahankan kejelasan "
            "dan kepastian petugas pelayanan serta kenyamanan lingkungan."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Upaya yang Dilakukan",
        "Teks": (
            "2) meningkatkan kualitas pelayanan yang masih kurang baik, agar tingkat kepuasan "
            "masyarakat terhadap kesesuaian biaya pelayanan pada SKPD/Unit pelayanan dapat lebih"
            " baik lagi dengan memperhatikan kebutuhan dan harapan masyarakat."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Upaya yang Dilakukan",
        "Teks": (
            "3) meningkatkan kedisiplinan dan rasa tanggung jawab petugas melalui pemberian "
            "pelatihan untuk meningkatkan keterampilan dan etos kerja atau motivasi petugas dan "
            "menetapkan standardisasi internal mengenai sikap layanan serta disiplin kerja."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Upaya yang Dilakukan",
        "Teks": (
            "4) diperlukan upaya untuk meningkatkan kemudahan pelanggan dalam mengajukan keluhan"
            " melalui pembentukan satuan kerja yang berfungsi menerima dan memproses keluhan "
            "pelanggan serta menyediakan media yang mudah diakses oleh pelanggan seperti saluran"
            " telepon bebas pulsa, sms, email, dan atau kotak saran."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Upaya yang Dilakukan",
        "Teks": (
            "5) diperlukan upaya untuk meningkatkan kepercayaan pelanggan terhadap petugas dalam"
            " memberikan pelayanan. Hal-hal yang dapat dilakukan adalah: (1) memberikan "
            "pelatihan untuk meningkatkan kompetensi petugas, (2) memberikan informasi secara "
            "komunikatif kepada pelanggan."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Upaya yang Dilakukan",
        "Teks": (
            "6) perlunya pemberian penghargaan terhadap pegawai yang berprestasi dan terus "
            "memotivasi untuk mendapatkan prestasi di masa yang akan datang serta "
            "mempertimbangkan kesejahteraan petugas pelayanan dalam bentuk insentif khusus."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Upaya yang Dilakukan",
        "Teks": (
            "7) kegiatan penyusunan Survei Kepuasan Masyarakat dapat terus dilaksanakan sebagai "
            "salah satu cara untuk mempertahankan kualitas pelayanan publik dengan membandingkan"
            " Survei Kepuasan Masyarakat terdahulu secara berkala, survei bisa dilakukan secara "
            "periodik ( 3 sampai dengan 6 bulan sekali atau sekurang-kurangnya 1 tahun sekali "
            ")secara berkelanjutan,sehingga dapat dilakukan perubahan tingkat kepuasan "
            "masyarakat terhadap pelayanan publik."
        ),
    },
    {
        "Bagian": "Analisis Camat",
        "Judul": "Analisis Program/Kegiatan Penunjang Kinerja",
        "Teks": (
            "Dalam mencapai sasaran meningkatnya Tingkat kepuasan masyarakat terhadap pelayanan "
            "umum yang ada di kecamatan, Kantor Kecamatan Panyipatan didukung oleh "
            "Program/kegiatan penunjang sebagaimana tabel berikut."
        ),
    },
    {
        "Bagian": "Analisis Sekretaris Camat",
        "Teks": (
            "Adapun realisasi Sasaran Strategis dan Indikator Kinerja Utama Sekretariat "
            "Kecamatan Panyipatan Tahun 2020 untuk persentase pengelolaan umum dan kepegawaian "
            "yang tertib dapat terealisasi penuh. Sedangkan capaian realisasi Target Nilai SAKIP"
            " Tahun 2020 masih dalam proses penilaian."
        ),
    },
    {
        "Bagian": "Analisis Sekretaris Camat",
        "Teks": (
            "Adapun realisasi capaian target terhadap peningkatan Kualitas perencanaan, "
            "Pelaporan kinerja dan Pelaporan Keuangan (Nilai SAKIP Kecamatan) dan peningkatan "
            "kualitas layanan administrasi umum dan kepegawaian (Persentase pengelolaan "
            "administrasi umum dan kepegawaian yang tertib) yang ada di kecamatan Panyipatan "
            "dari tahun 2018 - 2020 terjadi peningkatan seiring bertambahnya sarana prasarana "
            "menunjang kegiatan. Untuk lebih jelasnya dapat dilihat pada tabel berikut:"
        ),
    },
    {
        "Bagian": "Analisis Sekretaris Camat",
        "Judul": "Perbandingan Realisasi dengan Target",
        "Teks": (
            "Realisasi nilai SAKIP tahun 2019 melampaui target, dengan nilai komponen "
            "perencanaan kinerja 24,42 point, pengukuran kinerja 19,69 point, pelaporan kinerja "
            "10,24 point, evaluasi internal 3,81 point dan pencapaian kinerja 18,25 point "
            "(Sumber data: Rekap Hasil Evaluasi SAKIP Kab. Tanah Laut Tahun 2019)."
        ),
    },
    {
        "Bagian": "Analisis Sekretaris Camat",
        "Judul": "Perbandingan Realisasi dengan Target",
        "Teks": (
            "Sangat diharapkan Nilai SAKIP tahun 2020 juga akan melampaui target dengan usaha "
            "meningkatkan perbaikan Pelaporan Kinerja, dan evaluasi internal."
        ),
    },
    {
        "Bagian": "Analisis Sekretaris Camat",
        "Judul": "Perbandingan Realisasi dengan Target",
        "Teks": (
            "Indikator kinerja Persentase pengelolaan administrasi umum dan kepegawaian yang "
            "tertib di lingkungan Kecamatan Panyipatan dapat terpenuhi seluruh target baik dalam"
            " hal keperluan kepegawaian maupun administrasi umum."
        ),
    },
    {
        "Bagian": "Analisis Sekretaris Camat",
        "Judul": "Perbandingan Realisasi dengan Realisasi Terkait",
        "Teks": (
            "a. Realisasi kinerja serta capaian kinerja tahun 2019 dengan tahun 2020 untuk "
            "Indikator kinerja Persentase pengelolaan administrasi umum dan kepegawaian yang "
            "tertib sama; Realisasi Indikator Nilai SAKIP tahun 2020 masih dalam proses "
            "penilaian. Namun demikian kami optimis bisa melampaui target dengan terus berusaha "
            "memperoleh nilai maksimal komponen penilaian."
        ),
    },
    {
        "Bagian": "Analisis Sekretaris Camat",
        "Judul": "Perbandingan Realisasi dengan Realisasi Terkait",
        "Teks": (
            "b. Realisasi kinerja serta capaian kinerja tahun 2020 dibandingkan tahun sebelumnya"
            " ada peningkatan realisasi dan capaian kinerja."
        ),
    },
    {
        "Bagian": "Analisis Sekretaris Camat",
        "Judul": "Perbandingan Realisasi dengan Realisasi Terkait",
        "Teks": (
            "c. Realisasi kinerja sampai dengan tahun 2020 dengan target jangka menengah yang "
            "terdapat dalam dokumen perencanaan strategis tahun 2021 optimis dapat tercapai "
            "dengan melihat hasil realisasi dan capaian kinerja tahun sebelumnya."
        ),
    },
    {
        "Bagian": "Analisis Sekretaris Camat",
        "Judul": "Analisis Peningkatan dan Penurunan Kinerja",
        "Teks": (
            "Realisasi dan capaian kinerja di sekretariat setiap tahunnya meningkat dapat "
            "dilihat dari realisasi program kegiatan penunjang dan nilai SAKIP kecamatan "
            "Panyipatan. Hal ini ditunjang Sumberdaya Manusia yang ada dan meskipun beberapa "
            "sarana penunjang kurang lengkap namun realisasi capaian kinerja dapat terus "
            "ditingkatkan."
        ),
    },
    {
        "Bagian": "Analisis Sekretaris Camat",
        "Judul": "Analisis Program/Kegiatan Penunjang Kinerja",
        "Teks": (
            "Dalam mencapai sasaran meningkatnya Nilai SAKIP dan Persentase pengelolaan "
            "administrasi umum dan kepegawaian yang tertib, Kantor Kecamatan Panyipatan didukung"
            " oleh Program/kegiatan penunjang sebagaimana tabel berikut."
        ),
    },
    {
        "Bagian": "Analisis Eselon IV",
        "Teks": (
            "Kecamatan Panyipatan sudah melaksanakan pelayanan administrasi terpadu kecamatan "
            "(PATEN), dengan didukung oleh Program dan Kegiatan yang dilaksanakan oleh "
            "seksi-seksi yang ada di Kecamatan Panyipatan. Adapun Target, realisasi dan capaian "
            "Kinerja kepala subbagian dan Kepala Seksi lingkup kecamatan Panyipatan sebagai "
            "berikut:"
        ),
    },
    {
        "Bagian": "Analisis Kasi Tata Pemerintahan",
        "Teks": (
            "Realisasi capaian kinerja Kasi Tata Pemerintahan kecamatan Panyipatan terhadap "
            "target pada umumnya tercapai meskipun ada kegiatan yang belum mencapai target "
            "dikarenakan ada 3 desa yang tidak mengumpulkan laporan kependudukannya. "
            "Terfasilitasinya semua desa baik dalam mengelola administrasi pemerintahan desa dan"
            " BPD melalui pembinaan terkait tugas pokok dan fungsi Kasi Pemerintahan di Desa "
            "serta penyampaian regulasi peraturan perundang undangan terkait kegiatan Kasi "
            "Pemerintahan Desa bersama dinas/instansi yang berwenang."
        ),
    },
    {
        "Bagian": "Analisis Kasi Tata Pemerintahan",
        "Teks": (
            "Fasilitasi pelaksanaan kegiatan kepemimpinan melalui pelaksanaan Upacara HUT RI "
            "ke-75 yang dilaksanakan di Halaman Kantor Kecamatan Panyipatan dengan menerapkan "
            "protokol kesehatan COVID19 yang dilanjutkan dengan mengikuti pelaksanaan Upacara di"
            " tingkat Kabupaten secara virtual."
        ),
    },
    {
        "Bagian": "Analisis Kasi Tata Pemerintahan",
        "Teks": (
            "Kegiatan fasilitasi penyelenggaraan pemilu/Pilkada, Pilkades, penjaringan aparat "
            "desa dan BPD selama tahun 2020 telah terlaksana di 10 (sepuluh) desa."
        ),
    },
    {
        "Bagian": "Analisis Kasi Tata Pemerintahan",
        "Teks": "Adapun rincian pelaksanaan sebagai berikut:",
    },
    {
        "Bagian": "Analisis Kasi Tata Pemerintahan",
        "Teks": (
            "1. Pelaksanaan Pemilihan kepala daerah (PILKADA) dilaksanakan di 10 (sepuluh) desa "
            "secara serentak pada tanggal 9 Desember 2020"
        ),
    },
    {
        "Bagian": "Analisis Kasi Tata Pemerintahan",
        "Teks": (
            "2. Penjaringan dan penyaringan perangkat desa sebanyak 2 (Desa) desa yaitu desa "
            "Kandangan Baru dan Batu Mulya."
        ),
    },
    {
        "Bagian": "Analisis Kasi Tata Pemerintahan",
        "Teks": (
            "3. Pengisian Anggota BPD dilaksanakan secara serentak diseluruh desa lingkup "
            "kecamatan Panyipatan."
        ),
    },
    {
        "Bagian": "Analisis Kasi Tata Pemerintahan",
        "Teks": (
            "4. Upacara peringatan HUT RI ke-75 di halaman kantor kecamatan Panyipatan yang "
            "diikuti oleh FORKOPIMCAM, seluruh kepala Desa dan karyawan karyawan kantor "
            "kecamatan panyipatan."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pemberdayaan Masyarakat Desa",
        "Teks": (
            "Realisasi capaian kinerja Kasi Pemberdayaan Masyarakat Desa kecamatan Panyipatan "
            "terhadap target tercapai kecuali realisasi capaian Pelaksanaan fasilitasi pemasaran"
            " hasil produksi yang direncanakan pada Pameran Pembangunan pada hari Jadi Kabupaten"
            " Tanah Laut ke-55, namun tidak bisa dilaksanakan sehubungan dengan penerapan "
            "protokol kesehatan COVID19 sehingga menghambat fasilitasi kegiatan tersebut. "
            "Capaian yang melebihi target adalah pelayanan administrasi Izin mendirikan Bangunan"
            " (IMB) non komersil sesuai SOP, dari target 10 Dokumen terealisasi sebanyak 15 "
            "Dokumen."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pemberdayaan Masyarakat Desa",
        "Teks": (
            "Pembinaan tentang Penyusunan Monografi Kecamatan serta Profil Desa dilaksanakan "
            "pada 10 (sepuluh) desa. Kegiatan monografi kecamatan dan profil desa di bawah "
            "koordinasi Dinas PMD Kabupaten Tanah Laut. Pelaksanaan kegiatan penyusunan "
            "monografi kecamatan dan profil desa berjalan dengan baik."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pemberdayaan Masyarakat Desa",
        "Teks": (
            "Untuk Meningkatkan wawasan pengelola keuangan desa terutama Bendahara Desa dalam "
            "hal perpajakan telah dilaksanakan edukasi perpajakan bagi bendahara desa "
            "se-Kecamatan Panyipatan yang difasilitasi oleh kecamatan Panyipatan bersama KP2KP "
            "Pelaihari yang dilaksanakan pada tanggal 21 Juli 2020 di Aula Kebersamaan kecamatan"
            " Panyipatan."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pemberdayaan Masyarakat Desa",
        "Teks": (
            "Pembinaan dan fasilitasi Pengelolaan Keuangan Desa Tahun 2020, yaitu kegiatan "
            "Evaluasi rancangan peraturan desa tentang APBDesa. Untuk pelaksanaan kegiatan ini "
            "sudah dilaksanakan Evaluasi APBDesa untuk 10 (sepuluh) desa yang ada di Kecamatan "
            "Panyipatan."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pemberdayaan Masyarakat Desa",
        "Teks": (
            "Kegiatan Pembinaan dan fasilitasi pengelolaan Keuangan Desa juga diadakan untuk "
            "meningkatkan kualitas dan kuantitas pengelolaan keuangan Desa yang dilaksanakan "
            "bersama Dinas PMD Kabupaten tanah Laut, kegiatan tersebut diikuti oleh seluruh Kaur"
            " keuangan dan Bendahara Desa se Kecamatan Panyipatan."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pemberdayaan Masyarakat Desa",
        "Teks": (
            "Pelaksanaan PraMusrenbang desa dilakukan oleh 10 (Sepuluh) desa yang ada dilingkup "
            "kecamatan Panyipatan dan dilanjutkan dengan Pramusrenbang Tingkat Kecamatan dan "
            "Musrenbang Tingkat Kecamatan dengan menghadirkan utusan desa, Pendamping Desa dan "
            "kecamatan serta instansi terkait, Musrenbang tingkat kecamatan dilaksanakan pada "
            "tanggal 17 Februari 2020."
        ),
    },
    {
        "Bagian": "Analisis Kasi Kemasyarakatan",
        "Teks": (
            "Fasilitasi kegiatan dibidang sosial keagamaan, kebudayaan dan olahraga di tingkat "
            "kecamatan yang di targetkan 6 kegiatan tidak terlaksana akibat pengurangan anggaran"
            " (refocusing) dan juga penerapan protokol kesehatan COVID19."
        ),
    },
    {
        "Bagian": "Analisis Kasi Kemasyarakatan",
        "Teks": (
            "Fasilitasi penyaluran bantuan sosial di kecamatan Panyipatan mencapai 5.530 KPM "
            "melebihi dari target 4.269 KPM yang telah ditentukan. Adapun rincian jumlah "
            "penerima bantuan sosial di Kecamatan Panyipatan tahun 2020 (sumber data: Laporan "
            "Tenaga Kesejahteraan Sosial Kecamatan (TKSK) Tahun 2020) adalah sebagai berikut:"
        ),
    },
    {
        "Bagian": "Analisis Kasi Kemasyarakatan",
        "Teks": (
            "Penyaluran bantuan sosial dilaksanakan di kantor desa dan ada yang melalui "
            "perbankan seperti BRI. Bantuan Langsung Tunai (BLT) DD sebanyak 569 KK diserahkan "
            "secara simbolis oleh Bapak Bupati H. Sukamta untuk 8 (Delapan) desa di kecamatan "
            "Panyipatan yaitu desa Kandangan Baru, Panyipatan, Kuringkit, Batu Tungku, Kandangan"
            " Lama, Tanjung Dewa, Batakan, dan Desa Bumi Asih bersama Camat Panyipatan dan forum"
            " koordinasi pimpinan kecamatan Panyipatan."
        ),
    },
    {
        "Bagian": "Analisis Kasi Kemasyarakatan",
        "Teks": (
            "Kecamatan Panyipatan tahun 2020 mendapat alokasi pelaksanaan operasi pasar gas LPG "
            "3 kg untuk masyarakat umum bersama Dinas Koperasi Usaha Kecil dan Perdagangan "
            "(Diskopdag) Kabupaten Tanah Laut pada tanggal 1 juli 2020 di laksanakan di Halaman "
            "Kantor kecamatan Panyipatan, Guna memenuhi kebutuhan LPG 3 Kg dan menurunkan harga "
            "pasar yang mencapai Rp.35.000 hingga Rp.40.000 per tabung gas 3 kg."
        ),
    },
    {
        "Bagian": "Analisis Kasi Kemasyarakatan",
        "Teks": (
            "Selain tersebut diatas, Kecamatan Panyipatan tahun 2020 menyalurkan bantuan "
            "langsung bagi PKH diwilayah kecamatan Panyipatan. Sebanyak 866 keluarga PKH yang "
            "mendapatkan bantuan tersebut."
        ),
    },
    {
        "Bagian": "Analisis Kasi Ketentraman dan Ketertiban",
        "Teks": (
            "Pembinaan kelompok masyarakat dibidang ketenteraman dan ketertiban yang aktif "
            "melalui kelompok perlindungan Masyarakat (Linmas) yang ada di 10 (sepuluh) desa "
            "yang ada di kecamatan Panyipatan."
        ),
    },
    {
        "Bagian": "Analisis Kasi Ketentraman dan Ketertiban",
        "Teks": (
            "Jumlah Penanganan Gangguan dan Ketertiban Masyarakat di Kecamatan yang di "
            "monitoring selama tahun 2020 terealisasi 4 kasus yaitu;"
        ),
    },
    {
        "Bagian": "Analisis Kasi Ketentraman dan Ketertiban",
        "Teks": (
            "1) Patroli bersama dengan Satpol PP, Polsek dan Danramil kecamatan Panyipatan "
            "tentang penerapan protokol kesehatan COVID-19 ke tempat kerumunan masyarakat desa "
            "seperti warung, poskamling dan pasar. Menegur dan membubarkan kerumunan serta "
            "mensosialisasikan prokes COVID 19 dan membagikan Masker kepada warga yang kepadatan"
            " tidak menggunakan masker."
        ),
    },
    {
        "Bagian": "Analisis Kasi Ketentraman dan Ketertiban",
        "Teks": (
            "2) Forum Kerukunan Umat Beragama (FKUB) yang diatur dalam Peraturan Bersama Menteri"
            " Agama dan Menteri Dalam Negeri Nomor 9 Tahun 2006 dan Nomor 8 Tahun 2006 adalah "
            "forum yang dibentuk oleh masyarakat dan difasilitasi oleh Pemerintah dalam rangka "
            "membangun, memelihara, dan memberdayakan umat beragama untuk kerukunan dan "
            "kesejahteraan. Kecamatan Panyipatan melalui kasi trantib memfasilitasi Pelaksanaan "
            "rapat Koordinasi kerukunan antar umat beragama bersama Forum Kerukunan Umat "
            "Beragama (FKUB) Kabupaten Tanah Laut bertempat di aula Kecamatan Panyipatan di "
            "hadiri oleh pemuka atau tokoh agama yang ada di kecamatan Panyipatan."
        ),
    },
    {
        "Bagian": "Analisis Kasi Ketentraman dan Ketertiban",
        "Teks": (
            "3) Patroli persiapan pelaksanaan PEMILU PILKADA bersama Porkopimcam, PPK dan "
            "Panwascam ."
        ),
    },
    {
        "Bagian": "Analisis Kasi Ketentraman dan Ketertiban",
        "Teks": (
            "4) Patroli ke pasar-pasar bersama tim satgas covid kecamatan demi penertiban "
            "protokol kesehatan COVID – 19 bagi para pedagang dan pembeli ."
        ),
    },
    {
        "Bagian": "Analisis Kasi Ketentraman dan Ketertiban",
        "Teks": (
            "5) Kegiatan sosialisasi narkoba bersama BNN Kabupaten Tanah Laut melalui kegiatan "
            "Gowes diwilayah Kecamatan Panyipatan"
        ),
    },
    {
        "Bagian": "Analisis Kasi Ketentraman dan Ketertiban",
        "Teks": (
            "Kecamatan panyipatan mendapat kesempatan ikut andil dalam acara sosialisasi anti "
            "Narkoba melalui kegiatan Gowes bersama karyawan dan karyawan kantor BNN kabupaten "
            "tanah laut, yang nantinya diharapkan melalui kegiatan tersebut dapat mengajak para "
            "pemuda maupun pemudi melakukan kegiatan positif untuk menghindari bahaya Narkoba."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": (
            "Pencapaian Sasaran strategis Kasi Pelayanan dalam rangka menunjang pencapaian "
            "sasaran strategis Kecamatan Panyipatan: salah satu kegiatan yang dilaksanakan dalam"
            " program ini adalah melakukan kegiatan Survei Kepuasan Masyarakat (SKM), dimana "
            "hasil dari pelaksanaan SKM ini adalah untuk mengukur keberhasilan pencapaian "
            "Indikator Kinerja Utama (IKU) Kecamatan Panyipatan Tahun 2020 yakni nilai Indeks "
            "Kepuasan Masyarakat (IKM)."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": (
            "Memberikan Pelayanan Administrasi Terpadu Kecamatan (PATEN) pada tahun 2020 "
            "sebanyak 15 Jenis Produk Pelayanan dapat terealisasi sepenuhnya."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "Adapun jenis pelayanan yang dimaksud sebagai berikut :",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "1. Pelayanan pembuatan IMB rumah tempat tinggal.",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "2. Pelayanan pembuatan Rekomendasi.",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "3. Pelayanan pengambilan KTP Elektronik/Manual.",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "4. Pelayanan pengambilan KK (Kartu Keluarga)",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "5. Pelayanan pengambilan kartu identitas anak (KIA).",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "6. Pelayanan legalisasi Surat Keterangan Ahli Waris.",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "7. Pelayanan legalisasi pembuatan SKCK.",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "8. Pelayanan legalisasi pembuatan Surat Keterangan Usaha (SKTU).",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "9. Pelayanan legalisasi pembuatan Surat Keterangan Domisili.",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "10. Pelayanan Surat Keterangan Pindah.",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "11. Pelayanan Surat Keterangan Kematian.",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "12. Pelayanan legalisasi pembuatan Surat Keterangan Tidak Mampu (SKTM).",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "13. Pelayanan legalisasi pembuatan Surat Ijin Keramaian.",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "14. Pelayanan pembuatan Surat Dispensasi Nikah",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "15. Pelayanan Akta Kelahiran",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": "16. Pelayanan Surat keterangan lain-lain",
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": (
            "PATEN telah menerapkan sistem pelayanan 1 (satu) pintu dimana Seksi Pelayanan "
            "menjadi pintu utama pendistribusian segala jenis administrasi pelayanan dan "
            "administrasi perkantoran di Kecamatan panyipatan."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": (
            "Jumlah Pelayanan Terpadu Kecamatan (PATEN) sesuai SOP sebanyak 15 jenis pelayanan "
            "telah memenuhi target indikator tahun 2020. Volume / Jumlah Pelayanan administrasi "
            "kependudukan dan Legalisasi Surat, ditentukan oleh aktivitas dan kebutuhan "
            "masyarakat di Kecamatan Panyipatan."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": (
            "Data Informasi Pelayanan Administrasi Terpadu Kecamatan (PATEN) disusun dalam "
            "bentuk laporan kegiatan seksi Pelayanan dan Laporan Survei Kepuasan Masyarakat pada"
            " Kecamatan Panyipatan Tahun 2020 dari 150 responden yang mengisi kuisioner."
        ),
    },
    {
        "Bagian": "Analisis Kasi Pelayanan",
        "Teks": (
            "Pelayanan surat ijin keramaian tidak ada realisasi, di karenakan penerapan protokol"
            " kesehatan COVID19 yang tidak mengijinkan adanya kerumunan/berkumpulnya massa/orang"
            " pada suatu tempat yang akan berdampak pada peningkatan penyebaran COVID19. "
            "Walaupun demikian masih ada warga yang datang mengurus ijin keramaian namun ditolak"
            " dengan alasan tersebut diatas."
        ),
    },
    {
        "Bagian": "Analisis Kasubbag Umum dan Kepegawaian",
        "Teks": (
            "Jumlah pegawai dilingkup Kantor Kecamatan Panyipatan sebanyak 24 (dua puluh empat) "
            "orang yaitu 14 (empat belas) orang ASN dan 10 (sepuluh) orang PTT. Semua kebutuhan "
            "administrasi perkantoran terlayani dengan baik."
        ),
    },
    {
        "Bagian": "Analisis Kasubbag Umum dan Kepegawaian",
        "Teks": (
            "Jumlah sarana prasarana yang terpelihara dengan baik dan memadai sebagai sarana dan"
            " penunjang kegiatan sebanyak 46 unit yang terdaftar dalam inventarisasi barang "
            "dalam kondisi baik."
        ),
    },
    {
        "Bagian": "Analisis Kasubbag Umum dan Kepegawaian",
        "Teks": (
            "Jumlah dokumen administrasi kepegawaian sampai dengan per 31 Desember 2020 sebanyak"
            " 14 (empat belas) ASN. Administrasi kepegawaian saat ini sudah menggunakan aplikasi"
            " SIMPeg yang memudahkan proses pencatatan dan pengolahan data dan informasi "
            "kepegawaian yang diminta."
        ),
    },
    {
        "Bagian": "Analisis Kasubbag Umum dan Kepegawaian",
        "Teks": (
            "Pada Tahun 2020 Jumlah pegawai naik gaji berkala sebanyak 7 (tujuh) orang dan "
            "kenaikan pangkat sebanyak 1 (satu) orang, usul pensiun 1 (satu) orang, yang "
            "mengajukan Cuti Tahunan 1 (satu) orang. Realisasi Sasaran Kinerja Pegawai (SKP) "
            "tahun 2020 sudah dilaksanakan penilaian oleh pimpinan sesuai tingkatannya dan ASN "
            "Lingkup kecamatan Panyipatan tidak ada yang memiliki nilai rata-rata kurang atau "
            "sangat kurang."
        ),
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "Jumlah Dokumen Perencanaan target 6 Dokumen terealisasi 6 dokumen yaitu :",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "1. Dokumen Renja",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "2. Dokumen RKA murni",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "3. Dokumen DPA Murni",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "4. Dokumen RKA Refocusing",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "5. Dokumen DPA Refocusing",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "6. Dokumen DPA/RKA Perubahan",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "Jumlah Dokumen Laporan Kinerja target 7 Dokumen terealisasi seluruhnya yaitu :",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "1. Dokumen Lakip;",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "2. Dokumen LPPD/LKPJ;",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "3. Dokumen Laporan capaian kinerja bulanan;",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "4. Dokumen Laporan capaian kinerja triwulan;",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "5. Dokumen Laporan capaian kinerja semesteran;",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "6. Dokumen Laporan prognosis;",
    },
    {
        "Bagian": "Analisis Kasubbag Perencanaan dan Keuangan",
        "Teks": "7. Dokumen Laporan Akhir Tahun.",
    },
    {
        "Bagian": "Analisis Eselon IV",
        "Judul": "Perbandingan Realisasi dengan Target",
        "Teks": (
            "Dari hasil realisasi target sasaran dan indikator kinerja eselon IV tahun 2020 "
            "dibandingkan tahun 2019 ada beberapa capaian yang menurun yaitu Jumlah kelompok "
            "masyarakat yang berhasil memasarkan hasil produksinya dan Jumlah aduan masyarakat "
            "yang difasilitasi. Penurunan capaian pada kegiatan tersebut dikarenakan refocusing "
            "anggaran untuk penanganan COVID-19 dan kegiatan yang sudah direncanakan juga tidak "
            "dapat dilaksanakan karena bertentangan dengan prosedur kesehatan penanganan "
            "COVID19."
        ),
    },
    {
        "Bagian": "Analisis Eselon IV",
        "Judul": "Perbandingan Realisasi dengan Target",
        "Teks": (
            "Sebaliknya realisasi target sasaran dan indikator kinerja eselon IV tahun 2020 "
            "melampaui target seperti Jumlah pelayanan administrasi Izin Mendirikan Bangunan "
            "(IMB) non komersil yang sesuai SOP, dan Jumlah Pelayanan Masyarakat Pelayanan "
            "Terpadu Kecamatan sesuai SOP."
        ),
    },
    {
        "Bagian": "Analisis Eselon IV",
        "Judul": "Perbandingan Realisasi dengan Target",
        "Teks": (
            "Jumlah Masyarakat Tidak Mampu yang di Fasilitasi Penyaluran Bantuan Sosial "
            "meningkat menjadi 5.530 KK dibandingkan tahun 2019 sebanyak 747 KK, hal ini akibat "
            "kebijakan pemerintah daerah dan pusat dalam menangani dampak COVID 19. Bantuan "
            "Langsung Tunai diberikan kepada masyarakat dalam rangka membantu masyarakat miskin "
            "dan pelaku usaha yang terdampak pandemi Covid-19 terhadap sendi-sendi ekonomi dan "
            "kesehatan warga masyarakat."
        ),
    },
    {
        "Bagian": "Analisis Eselon IV",
        "Judul": "Perbandingan Realisasi dengan Target",
        "Teks": (
            "Capaian kinerja sasaran berdasarkan rata-rata capaian mengalami penurunan "
            "dibandingkan tahun 2019 karena masih ada kegiatan yang capaian kinerja terhadap "
            "realisasi target rendah, sebagian besar karena kegiatan tidak bisa dilaksanakan "
            "akibat dampak COVID 19. Walaupun demikian pencapaian di beberapa kegiatan yang "
            "melampaui target mampu mendongkrak pencapaian target rerata."
        ),
    },
    {
        "Bagian": "Analisis Eselon IV",
        "Judul": "Perbandingan Realisasi dengan Realisasi Terkait",
        "Teks": (
            "Realisasi kinerja berdasarkan rata-rata capaian tahun 2020 dibandingkan dengan "
            "tahun 2019 untuk kinerja eselon IV mengalami penurunan dikarenakan beberapa "
            "kegiatan tidak dapat dilaksanakan karena bertentangan dengan prosedur kesehatan "
            "penanganan COVID19."
        ),
    },
    {
        "Bagian": "Analisis Eselon IV",
        "Judul": "Analisis Peningkatan dan Penurunan Kinerja",
        "Teks": (
            "Penurunan capaian kinerja pada indikator kinerja Jumlah kelompok masyarakat yang "
            "berhasil memasarkan hasil produksinya dikarenakan tidak terealisasinya kegiatan "
            "Pameran Hari Jadi Kabupaten Tanah Laut. Pameran ekspo hari jadi kabupaten Tanah "
            "Laut selama ini jadi ajang promosi. Dengan tidak terlaksananya kegiatan tersebut "
            "mengakibatkan fasilitasi pihak kecamatan tidak mencapai target 10 kelompok. Jumlah "
            "aduan masyarakat yang difasilitasi dari target 5 aduan hanya terealisasi 3 aduan, "
            "hal tersebut bukan berarti 2 aduan yang masih kurang dari target tidak "
            "ditindaklanjuti karena selama tahun 2020 hanya ada 3 aduan yang masuk ke Kecamatan "
            "Panyipatan dan semua sudah ditindaklanjuti."
        ),
    },
    {
        "Bagian": "Analisis Eselon IV",
        "Judul": "Analisis Peningkatan dan Penurunan Kinerja",
        "Teks": (
            "Menurunnya capaian kinerja bukan dikarenakan menurunnya kinerja ASN lingkup "
            "Kecamatan Panyipatan, namun lebih pada akibat Dampak COVID19. Presiden Joko Widodo "
            "secara resmi menetapkan COVID-19 sebagai bencana nasional. Penetapan itu dinyatakan"
            " melalui Keputusan Presiden (Keppres) Republik Indonesia Nomor 12 Tahun 2020 "
            "tentang Penetapan Bencana Non-Alam Penyebaran CORONA VIRUS DISEASE 2019 (COVID-19) "
            "Sebagai Bencana Nasional."
        ),
    },
    {
        "Bagian": "Analisis Eselon IV",
        "Judul": "Analisis Program/Kegiatan Penunjang Kinerja",
        "Teks": (
            "Dari 9 (sembilan) program 17 (tujuh belas) kegiatan menjadi 5 (lima) program 9 "
            "(sembilan) kegiatan, dan pagu anggaran murni juga berkurang setelah refocusing dan "
            "perubahan anggaran. Untuk lebih jelasnya dapat dilihat pada tabel berikut:"
        ),
    },
    {
        "Bagian": "Akuntabilitas Keuangan",
        "Teks": (
            "Realisasi keuangan APBD Kantor Kecamatan Panyipatan berdasarkan Laporan Realisasi "
            "Anggaran (LRA) tahun 2020 adalah sebagai berikut :"
        ),
    },
    {
        "Bagian": "Akuntabilitas Keuangan",
        "Teks": (
            "Belanja Tidak Langsung merupakan kegiatan rutin untuk belanja pegawai yang terdiri "
            "dari gaji dan tunjangan serta tambahan penghasilan PNS."
        ),
    },
    {
        "Bagian": "Akuntabilitas Keuangan",
        "Judul": "Perbandingan Program dan Kegiatan Tahun 2019 dan Tahun 2020",
        "Teks": (
            "Jumlah program dan kegiatan serta jumlah anggaran belanja langsung tahun 2020 "
            "menurun dibandingkan tahun 2019 akibat refocusing."
        ),
    },
    {
        "Bagian": "Akuntabilitas Keuangan",
        "Judul": "Perbandingan Program dan Kegiatan Tahun 2019 dan Tahun 2020",
        "Teks": (
            "Belanja Langsung tahun anggaran 2020 mengalami penurunan pagu dan juga realisasi "
            "dibanding tahun 2019."
        ),
    },
    {
        "Bagian": "Simpulan",
        "Teks": (
            "Laporan Kinerja Tahun 2020 ini merupakan pertanggung jawaban atas Kinerja Kecamatan"
            " Panyipatan dalam mencapai tujuan dan Sasaran, Pencapaian sasaran di ukur "
            "berdasarkan Capaian Indikator Kinerja Utama sebagaimana telah ditetapkan dalam "
            "Peraturan Bupati Tanah Laut Nomor 197 Tahun 2019 tentang Penetapan Indikator "
            "Kinerja Utama Satuan Kerja Perangkat Daerah Lingkup Kabupaten Tanah Laut yang mana "
            "Kecamatan Panyipatan ada 1 (satu) sasaran Strategis dan 1 (satu) Indikator Kinerja "
            "Utama."
        ),
    },
    {
        "Bagian": "Simpulan",
        "Teks": (
            "Berdasarkan hasil pengukuran, realisasi kinerja berdasarkan rata-rata capaian tahun"
            " 2020 dibandingkan dengan tahun 2019 untuk kinerja eselon IV mengalami penurunan "
            "dikarenakan adanya refocusing / rasionalisasi anggaran yang telah ditetapkan "
            "Pemerintah dan dikarenakan beberapa kegiatan tidak dapat dilaksanakan karena "
            "bertentangan dengan prosedur kesehatan penanganan COVID19."
        ),
    },
    {
        "Bagian": "Simpulan",
        "Teks": (
            "Secara umum dapat disimpulkan bahwa Kecamatan Panyipatan telah dapat merealisasikan"
            " Program dan Kegiatan Tahun 2020 dengan baik. Tingkat kepuasan masyarakat terhadap "
            "pelayanan penyelenggara Pemerintahan Kecamatan Panyipatan pada tahun 2020 berhasil "
            "meningkat dari tahun 2019 dan melebihi target yang sudah ditetapkan sebelumnya."
        ),
    },
    {
        "Bagian": "Strategi Peningkatan Kinerja",
        "Teks": (
            "Kinerja Kantor Kecamatan Panyipatan Tahun 2020 sudah menunjukkan hasil yang baik, "
            "akan tetapi harus tetap dibenahi dari kelemahan-kelemahan yang ada. Strategi yang "
            "akan dilakukan dalam peningkatan kinerja adalah dengan mengidentifikasi "
            "permasalahan dan tantangan yang dihadapi. Kantor Kecamatan Panyipatan merupakan "
            "salah satu instansi penyelenggara pelayanan kepada masyarakat, baik pelayanan "
            "langsung maupun tidak langsung. Salah satu penunjang yang sangat mendukung dalam "
            "hal pelayanan adalah sarana dan prasarana yang baik. Pada Kecamatan Panyipatan "
            "telah terbangun ruang Pelayanan Terpadu Kecamatan (PATEN) dalam rangka meningkatkan"
            " kualitas pelayanan kepada masyarakat, adanya kekompakan dan saling kerjasama yang "
            "baik antar sesama aparat. Namun masih ada beberapa kekurangan/ permasalahan serta "
            "tantangan yang dihadapi kedepannya, yaitu:"
        ),
    },
    {
        "Bagian": "Strategi Peningkatan Kinerja",
        "Teks": (
            "1. Kekurangan sumberdaya manusia untuk pelayanan kepada masyarakat yang lebih "
            "maksimal."
        ),
    },
    {
        "Bagian": "Strategi Peningkatan Kinerja",
        "Teks": (
            "2. Kekurangan fasilitas sarana dan prasarana bagi aparatur terutama jaringan "
            "internet yang sangat membantu baik dari segi pelayanan maupun kinerja pegawai "
            "karena semua kegiatan mulai perencanaan sampai dengan evaluasi sudah bersifat "
            "elektronik."
        ),
    },
    {
        "Bagian": "Strategi Peningkatan Kinerja",
        "Teks": (
            "3. Tantangan yang dihadapi juga berkaitan dengan peningkatan kualitas aparatur desa"
            " dalam pengelolaan keuangan desa karena aparatur telah secara mandiri mengemban dan"
            " mengelola keuangan desanya."
        ),
    },
    {
        "Bagian": "Strategi Peningkatan Kinerja",
        "Teks": (
            "4. Masih kurangnya minat masyarakat untuk berwirausaha. Tantangan ini masih belum "
            "maksimal teratasi karena berkaitan dengan karakter masyarakat dan wawasan yang "
            "dimiliki."
        ),
    },
    {
        "Bagian": "Strategi Peningkatan Kinerja",
        "Teks": (
            "5. Tantangan bagi aparatur kecamatan panyipatan adanya pelimpahan kewenangan dalam "
            "mengevaluasi rancangan APBDesa dengan memaksimalkan keadaan dan pengetahuan yang "
            "dimiliki aparat kecamatan panyipatan."
        ),
    },
    {
        "Bagian": "Strategi Peningkatan Kinerja",
        "Teks": (
            "Dengan melihat permasalahan dan tantangan di atas, maka dapat menentukan strategi "
            "yang harus dilakukan Kantor Kecamatan Panyipatan dalam meningkatkan kinerja "
            "diantaranya dengan meningkatkan SDM yaitu dengan menambah ASN yang berkompeten. "
            "Selain itu juga memaksimalkan sarana dan prasarana yang ada untuk menunjang "
            "pelayanan publik dan terus menjaga serta meningkatkan peran aktif dan komitmen dari"
            " semua aparatur kecamatan, aparat desa, serta masyarakat untuk berperan aktif dan "
            "turut serta dalam membangun kecamatan khususnya dan daerah pada umumnya."
        ),
    },
    {
        "Bagian": "Penutup",
        "Teks": (
            "Demikian Laporan Kinerja Kecamatan Panyipatan ini disusun dan dibuat berdasarkan "
            "kondisi yang ada saat ini, tidak lupa juga kami mengucapkan terimakasih kepada "
            "semua pihak yang terlibat langsung maupun tidak langsung dalam partisipasinya "
            "sehingga tersusunnya laporan ini sesuai waktu yang ditentukan."
        ),
    },
]
