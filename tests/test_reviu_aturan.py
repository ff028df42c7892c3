"""The presentation rules and "which number is wrong" on small documents typed as offices type
them: each rule finds its case, and leaves alone what only looks like it (values by hand)."""

from __future__ import annotations

from pathlib import Path

from lkj_korpus import H, LKj, P, T, bangun_docx

from lakip_xl.reviu.inti import reviu
from lakip_xl.reviu.temuan import Temuan


def _t(judul: str, *baris: str) -> T:
    return T(judul, tuple(tuple(x.strip() for x in b.split("|")) for b in baris))


_AWAL = (
    P("LAPORAN KINERJA DINAS PENDIDIKAN KABUPATEN UJI TAHUN 2024"),
    H("BAB III AKUNTABILITAS KINERJA"),
)


def _temuan(tmp_path: Path, *blok, jenis: tuple[str, ...] = ()) -> list[Temuan]:
    p = bangun_docx(LKj("uji", "", (*_AWAL, *blok), ()), tmp_path / "uji.docx")
    return [t for t in reviu(p).temuan if t.jenis != "Kelengkapan" and
            (not jenis or t.jenis in jenis)]


def test_dua_nama_instansi(tmp_path: Path) -> None:
    biasa = (
        P("Laporan Kinerja Dinas Pendidikan Kabupaten Uji Tahun 2024 disusun sebagai wujud "
          "pertanggungjawaban kinerja kepada Bupati."),
        # the Pemda's own LKjIP and the office without its region are no other name
        P("Capaian ini mendukung Laporan Kinerja Pemerintah Kabupaten Uji Tahun 2024 dan "
          "tercantum pula dalam Laporan Kinerja Dinas Pendidikan tahun lalu."),
    )
    # a unit's own report of another kind (its Bidang) is named, not the office renamed
    bidang = P("Bahan laporan ini berasal dari Laporan Kinerja Bidang Pembinaan Sekolah Dasar "
               "Tahun 2024 yang disusun setiap triwulan.")
    assert _temuan(tmp_path, *biasa, bidang) == []
    salah = P("Demikian Laporan Kinerja Dinas Kesehatan Tahun 2024 ini kami sampaikan untuk "
              "dipergunakan sebagaimana mestinya.")
    [t] = _temuan(tmp_path, *biasa, salah)
    assert (t.jenis, t.tertulis, t.seharusnya) == (
        "Konsistensi", "Dinas Kesehatan", "Dinas Pendidikan Kabupaten Uji")
    assert t.lokasi.startswith("BAB III") and "PermenPANRB 53/2014" in t.dasar


def test_kolom_uraian_kosong(tmp_path: Path) -> None:
    kepala = "No | Indikator Kinerja | Target | Realisasi | Capaian (%) | Analisis"
    baris = ("1 | Angka partisipasi murni sekolah dasar | 98 | 98 | 100,00 | {}",
             "2 | Angka partisipasi murni sekolah menengah pertama | 90 | 81 | 90,00 | -")
    # one row explained: the column is in use
    isi = _t("Tabel 3.1 Capaian", kepala, baris[0].format("tercapai"), baris[1])
    assert _temuan(tmp_path, isi) == []
    kosong = _t("Tabel 3.1 Capaian", kepala, baris[0].format("-"), baris[1])
    [t] = _temuan(tmp_path, kosong)
    assert (t.jenis, t.lokasi, t.tertulis) == (
        "Penyajian", "Tabel 3.1 Capaian, kolom 'Analisis'", "kosong di 2 baris")


def test_efisien_nol_nol(tmp_path: Path) -> None:
    kepala = "No | Kegiatan | Capaian Kinerja (%) | Serapan Anggaran (%) | Efisiensi"
    for label, harap in (("Tidak dapat dinilai", None), ("Tidak Efisien", None),
                         ("Sangat Efisien", "Tidak dapat dinilai")):
        tabel = _t("Tabel 3.5 Efisiensi Kegiatan", kepala,
                   "1 | Pembangunan Ruang Kelas Baru | 100,00 | 92,00 | Efisien",
                   f"2 | Rehabilitasi Perpustakaan Sekolah | 0,00 | 0,00 | {label}")
        hasil = _temuan(tmp_path, tabel)
        assert [(t.jenis, t.tertulis, t.seharusnya) for t in hasil] == (
            [] if harap is None else [("Kategori", label, harap)]), label


def test_tabel_sama_di_bab_lain_bukan_ulangan(tmp_path: Path) -> None:
    """The Perjanjian Kinerja table of BAB II printed again in the Lampiran is no repeat; the
    same rows twice inside one table are."""
    pk = _t("Tabel 2.1 Perjanjian Kinerja Tahun 2024", "No | Indikator Kinerja | Target",
            "1 | Angka partisipasi murni sekolah dasar | 98 %",
            "2 | Angka partisipasi murni sekolah menengah pertama | 90 %")
    assert _temuan(tmp_path, H("BAB II PERENCANAAN KINERJA"), pk, H("LAMPIRAN"), pk,
                   jenis=("Penyajian",)) == []
    ulang = _t("Tabel 2.1 Perjanjian Kinerja Tahun 2024", "No | Indikator Kinerja | Target",
               "1 | Angka partisipasi murni sekolah dasar | 98 %",
               "1 | Angka partisipasi murni sekolah dasar | 98 %")
    [t] = _temuan(tmp_path, ulang, jenis=("Penyajian",))
    assert (t.tertulis, t.seharusnya) == ("1 baris berulang", "dicetak sekali")


def test_tahun_judul(tmp_path: Path) -> None:
    """Captions of this year with comparisons to last year: no finding; the title of another
    year than every caption and target column of the body: one."""
    def isi(tahun: int) -> tuple:
        return (
            _t(f"Tabel 3.1 Capaian Kinerja Tahun {tahun}",
               f"No | Indikator Kinerja | Target {tahun} | Realisasi {tahun - 1} | "
               f"Realisasi {tahun} | Capaian (%)",
               "1 | Angka partisipasi murni sekolah dasar | 98 | 97 | 98 | 100,00"),
            _t(f"Tabel 3.2 Perbandingan Realisasi Tahun {tahun - 1} dan Tahun {tahun}",
               f"No | Indikator Kinerja | Target {tahun} | Realisasi {tahun} | Capaian (%)",
               "1 | Angka partisipasi murni sekolah dasar | 98 | 98 | 100,00"),
            P(f"C. Perjanjian Kinerja Tahun {tahun}"))
    assert _temuan(tmp_path, *isi(2024)) == []
    [t] = _temuan(tmp_path, *isi(2025))
    assert (t.jenis, t.tertulis, t.seharusnya) == ("Konsistensi", "Tahun 2024", "Tahun 2025")


def test_seri_antar_tabel_diputus_jumlah(tmp_path: Path) -> None:
    """Two tables disagree on a kegiatan's pagu (a tie); the second table's Jumlah confirms
    its 100.000.000 (100.000.000 + 50.000.000 = 150.000.000), so the first table's 120.000.000
    is the one named, though it was read first."""
    a = _t("Tabel 3.3 Anggaran Kegiatan Prioritas", "No | Kegiatan | Anggaran (Rp) | "
           "Realisasi (Rp)", "1 | Pembinaan Sekolah Dasar Negeri | 120.000.000 | 90.000.000")
    b = _t("Tabel 3.4 Realisasi Anggaran Kegiatan", "No | Kegiatan | Anggaran (Rp) | "
           "Realisasi (Rp)", "1 | Pembinaan Sekolah Dasar Negeri | 100.000.000 | 90.000.000",
           "2 | Pembinaan Sekolah Menengah Pertama | 50.000.000 | 45.000.000",
           "Jumlah | | 150.000.000 | 135.000.000")
    [t] = _temuan(tmp_path, a, b)
    assert (t.jenis, t.tertulis, t.seharusnya) == ("Konsistensi", "120.000.000", "100.000.000")
    assert t.lokasi.startswith("Tabel 3.3 ")


def test_rincian_ganjil_realisasi(tmp_path: Path) -> None:
    """The odd cell in the realisasi column: Tabel 3.4 prints 45.000.000 for the second kegiatan
    and its Jumlah 135.000.000 = 90.000.000 + 45.000.000; Tabel 3.3 typed 54.000.000 with a
    Jumlah of 135.000.000: the 54.000.000 is named, not either Jumlah."""
    a = _t("Tabel 3.3 Anggaran Kegiatan", "No | Kegiatan | Anggaran (Rp) | Realisasi (Rp)",
           "1 | Pembinaan Sekolah Dasar Negeri | 100.000.000 | 90.000.000",
           "2 | Pembinaan Sekolah Menengah Pertama | 50.000.000 | 54.000.000",
           "Jumlah | | 150.000.000 | 135.000.000")
    b = _t("Tabel 3.4 Anggaran per Sasaran", "No | Kegiatan | Anggaran (Rp) | Realisasi (Rp)",
           "1 | Pembinaan Sekolah Dasar Negeri | 100.000.000 | 90.000.000",
           "2 | Pembinaan Sekolah Menengah Pertama | 50.000.000 | 45.000.000",
           "Jumlah | | 150.000.000 | 135.000.000")
    [t] = _temuan(tmp_path, a, b)
    assert (t.jenis, t.tertulis, t.seharusnya) == ("Hitungan", "54.000.000", "45.000.000")
    assert t.lokasi.startswith("Tabel 3.3 ") and "Pembinaan Sekolah Menengah" in t.lokasi


def test_blok_kalimat_berulang(tmp_path: Path) -> None:
    """A sasaran block pasted twice in a row is found; the same sentences said again after a
    table (a recap of a single unit) are not a paste."""
    blok = (P("Sasaran pertama adalah meningkatnya akses pendidikan dasar yang merata bagi "
              "seluruh anak usia sekolah di kabupaten."),
            P("Sasaran kedua adalah meningkatnya mutu lulusan pendidikan dasar melalui "
              "peningkatan kompetensi guru dan sarana belajar."))
    tabel = _t("Tabel 3.1 Capaian", "No | Indikator Kinerja | Target | Realisasi | Capaian (%)",
               "1 | Angka partisipasi murni sekolah dasar | 98 | 98 | 100,00")
    assert _temuan(tmp_path, *blok, tabel, *blok, jenis=("Penyajian",)) == []
    [t] = _temuan(tmp_path, *blok, *blok, tabel, jenis=("Penyajian",))
    assert (t.tertulis, t.seharusnya) == ("2 kalimat berulang", "dicetak sekali")
