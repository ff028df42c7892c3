"""The report's generated sentences, all in one place: averages, comparisons, IKM, budget,
conclusions. Each takes computed values and returns Indonesian text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from lakip_xl.buku import layout as L
from lakip_xl.buku.bergalat import sel_bergalat
from lakip_xl.calc.anggaran import Simpul
from lakip_xl.calc.angka import bulat
from lakip_xl.calc.banding import bandingkan
from lakip_xl.calc.capaian import Status
from lakip_xl.calc.format_id import angka, persen, terbilang_kurung
from lakip_xl.calc.rata import RataRata
from lakip_xl.calc.skm import mutu
from lakip_xl.hitung import Hasil, HasilIndikator, KelompokBelanja
from lakip_xl.laporan.tabel import teks_rp


def jumlah_kata(x: int, benda: str) -> str:
    """'24 (dua puluh empat) indikator'."""
    return f"{terbilang_kurung(x)} {benda}"


def indikator_terukur(hasil: Hasil) -> list[HasilIndikator]:
    """Every indikator the figures use: each measurement once (`Hasil.indikator_unik`), rows
    in error left out (they are in no average and no count)."""
    return [h for h in hasil.indikator_unik if h.capaian.status is not Status.BERGALAT]


def kalimat_jumlah_indikator(hasil: Hasil) -> str:
    """'Laporan Kinerja <nama> Tahun <tahun> mengukur 7 (tujuh) indikator kinerja', then the
    rows in error left out of that count, named with their cell as under the tables."""
    pr = hasil.buku.profil
    s = (
        f"Laporan Kinerja {pr.get('nama_instansi') or '-'} Tahun {pr.get('tahun') or 0} "
        f"mengukur {jumlah_kata(len(indikator_terukur(hasil)), 'indikator kinerja')}"
    )
    salah = [
        f"{h['indikator']} (sheet Indikator sel {sel})"
        for h in hasil.indikator_unik
        if (sel := sel_bergalat(h))
    ]
    if salah:
        s += (
            f", tidak termasuk {jumlah_kata(len(salah), 'indikator')} yang isiannya di buku "
            "kerja masih bergalat: " + "; ".join(salah)
        )
    return s + "."


def rincian_kategori(rr: RataRata) -> str:
    """'2 (dua) indikator berkategori Sangat Memuaskan, 1 (satu) indikator berkategori Baik'."""
    bagian = [
        f"{jumlah_kata(jml, 'indikator')} berkategori {nama}"
        for nama, jml in rr.per_kategori.items()
        if jml
    ]
    if not bagian:
        return ""
    if len(bagian) == 1:
        return bagian[0]
    return ", ".join(bagian[:-1]) + " dan " + bagian[-1]


def batas_terpakai(hasil: Hasil, daftar: list[HasilIndikator]) -> Decimal | None:
    """The Profil cap (100 or 120) when it changes this group's average (a capaian above it
    enters the average as the cap), else None."""
    b = hasil.batas_rata
    if b is None:
        return None
    ada = any(h.capaian.status is Status.ADA and h.capaian.persen_bulat() > b for h in daftar)
    return b if ada else None


def teks_batas(batas: Decimal) -> str:
    """'capaian di atas 100% dibatasi 100% dalam rata-rata'."""
    return f"capaian di atas {persen(batas, 0)} dibatasi {persen(batas, 0)} dalam rata-rata"


def kalimat_rata(rr: RataRata, subjek: str, batas: Decimal | None = None) -> str:
    """'Rata-rata capaian kinerja <subjek> adalah 95,47% (Sangat Memuaskan), dengan rincian ...'
    `batas`: the cap that changed this average (see `batas_terpakai`), said in the sentence."""
    galat = (
        f" Sebanyak {jumlah_kata(rr.bergalat, 'indikator')} tidak dihitung karena isiannya di "
        "buku kerja masih bergalat."
        if rr.bergalat
        else ""
    )
    if rr.persen is None:
        if rr.bergalat and not rr.dikecualikan:
            return f"Capaian kinerja {subjek} belum dapat dihitung.{galat}"
        if rr.dikecualikan:
            return (
                f"Capaian kinerja {subjek} belum dapat dihitung karena realisasi atau target "
                f"{jumlah_kata(rr.dikecualikan, 'indikator')} belum tersedia.{galat}"
            )
        return (
            f"Capaian kinerja {subjek} belum dapat dihitung karena belum ada indikator yang diukur."
        )
    s = (
        f"Rata-rata capaian kinerja {subjek} adalah {persen(rr.persen)} "
        f"({rr.kategori}), dengan rincian {rincian_kategori(rr)}."
    )
    if rr.dikecualikan:
        s += (
            f" Sebanyak {jumlah_kata(rr.dikecualikan, 'indikator')} tidak ikut dirata-ratakan "
            "karena realisasinya belum tersedia atau targetnya belum ditetapkan."
        )
    s += galat
    if batas is not None:
        t = teks_batas(batas)
        s += f" {t[0].upper() + t[1:]} ini."
    return s


def kalimat_banding(
    nama: str,
    lama: Decimal,
    baru: Decimal,
    th_lama: int,
    th_baru: int,
    satuan: str = "poin",
    sisipan: str = "",
) -> str:
    """'IKM tahun 2020 sebesar 84,75 (mutu B, Baik) meningkat 5,22 poin (6,56%) dibanding
    tahun 2019 (79,53).' `sisipan` goes in brackets after the new value."""
    b = bandingkan(lama, baru)
    nilai = angka(b.baru, 2) + (f" ({sisipan})" if sisipan else "")
    if b.arah == "tetap":
        return f"{nama} tahun {th_baru} sebesar {nilai}, sama dengan tahun {th_lama}."
    pers = f" ({persen(abs(b.persen))})" if b.persen is not None else ""
    return (
        f"{nama} tahun {th_baru} sebesar {nilai} {b.arah} "
        f"{angka(abs(b.selisih), 2)} {satuan}{pers} dibanding tahun {th_lama} "
        f"({angka(b.lama, 2)})."
    )


def kalimat_di_bawah_target(daftar: list[HasilIndikator]) -> str:
    """Name the indikator below target with their gap; '' when none."""
    kurang = [
        h for h in daftar if h.capaian.status is Status.ADA and h.capaian.persen_bulat() < 100
    ]
    if not kurang:
        return ""
    bagian = []
    for h in kurang:
        c = h.capaian.persen_bulat()
        bagian.append(
            f"{h['indikator']} ({persen(c)}, kurang {angka(100 - c, 2)} poin dari target)"
        )
    return "Indikator yang belum mencapai target adalah " + "; ".join(bagian) + "."


def kalimat_di_atas_target(daftar: list[HasilIndikator]) -> str:
    lebih = [h for h in daftar if h.capaian.status is Status.ADA and h.capaian.persen_bulat() > 100]
    if not lebih:
        return ""
    return (
        "Indikator yang melampaui target adalah "
        + "; ".join(f"{h['indikator']} ({persen(h.capaian.persen_bulat())})" for h in lebih)
        + "."
    )


def kalimat_sdm(nama: str, kelompok: list[tuple[str, int]]) -> str:
    """'Dalam mendukung tugas dan fungsinya, <nama> memiliki sumber daya manusia berjumlah ...'
    from the (uraian, jumlah) rows of the first staff group."""
    total = sum(j for _, j in kelompok)
    rinci = ", ".join(f"{u} {jumlah_kata(j, 'orang')}" for u, j in kelompok)
    return (
        f"Dalam mendukung tugas dan fungsinya, {nama} memiliki sumber daya "
        f"manusia berjumlah {jumlah_kata(total, 'orang')} yang terdiri dari "
        f"{rinci}."
    )


def kalimat_program_kegiatan(hasil: Hasil) -> str:
    """'Pada tahun 2020 <nama> melaksanakan 3 (tiga) program dan ... dengan anggaran sebesar ...'"""
    pr = hasil.buku.profil
    prog = hasil.anggaran.program
    jml_keg = sum(len(p.anak) for p in prog)
    return (
        f"Pada tahun {pr.get('tahun') or 0} {pr.get('nama_instansi') or '-'} melaksanakan "
        f"{jumlah_kata(len(prog), 'program')} dan "
        f"{jumlah_kata(jml_keg, 'kegiatan')} dengan anggaran sebesar "
        f"{teks_rp(hasil.anggaran.anggaran)}."
    )


def desimal(x: Any) -> Decimal | None:
    """A Fraction (the survey's exact values) as a Decimal; None stays None."""
    if x is None:
        return None
    return Decimal(x.numerator) / Decimal(x.denominator)


def kalimat_ikm(hasil: Hasil) -> list[str]:
    """The IKM paragraph: value and mutu, highest and lowest unsur, change, sample size."""
    skm = hasil.skm
    ikm = skm.ikm
    pr = hasil.buku.profil
    tahun = pr.get("tahun") or 0
    nama = pr.get("nama_instansi") or "-"
    if ikm is None:
        return _kalimat_ikm_akhir(hasil)
    tinggi = max(skm.unsur, key=lambda u: u.nrr)
    rendah = min(skm.unsur, key=lambda u: u.nrr)
    sumber = (
        f"Survei Kepuasan Masyarakat tahun {tahun} terhadap "
        f"{jumlah_kata(skm.responden, 'responden')}"
        if skm.responden
        else f"nilai rata-rata per unsur hasil Survei Kepuasan Masyarakat tahun {tahun}"
    )
    ikm_k = [
        f"Berdasarkan {sumber}, Indeks Kepuasan "
        f"Masyarakat (IKM) {nama} adalah {angka(ikm.konversi_tampil, 2)} (mutu "
        f"{ikm.mutu.huruf}, {ikm.mutu.kinerja}), dengan nilai rata-rata unsur "
        f"{angka(desimal(ikm.nrr_rata), 2)} pada skala 1 sampai 4.",
        f"Unsur dengan NRR tertinggi adalah {tinggi.baris['unsur']} "
        f"({angka(desimal(tinggi.nrr), 2)}), sedangkan yang terendah adalah "
        f"{rendah.baris['unsur']} ({angka(desimal(rendah.nrr), 2)}).",
    ]
    ikm_k += _kalimat_ikm_banding(hasil, ikm.konversi_tampil)
    if skm.sampel_minimal and skm.responden:
        cukup = "memenuhi" if skm.responden >= skm.sampel_minimal else "belum memenuhi"
        ikm_k.append(
            f"Jumlah responden {cukup} sampel minimal "
            f"{angka(skm.sampel_minimal)} orang (Krejcie-Morgan)."
        )
    return ikm_k


def _kalimat_ikm_banding(hasil: Hasil, nilai: Decimal) -> list[str]:
    """This year's IKM against last year's (from Riwayat IKM); [] without last year."""
    tahun = hasil.buku.profil.get("tahun") or 0
    lalu = [r for r in hasil.riwayat_ikm if r[0] == tahun - 1]
    if not lalu:
        return []
    m = mutu(nilai)
    return [
        kalimat_banding(
            "IKM", lalu[0][1], nilai, tahun - 1, tahun, sisipan=f"mutu {m.huruf}, {m.kinerja}"
        )
    ]


def _kalimat_ikm_akhir(hasil: Hasil) -> list[str]:
    """The IKM paragraph of an office that received only the final IKM (no survey answers):
    its value and mutu, and the change from last year; [] without an IKM."""
    nilai = hasil.ikm_tahun
    if nilai is None:
        return []
    pr = hasil.buku.profil
    m = mutu(nilai)
    return [
        f"Indeks Kepuasan Masyarakat (IKM) {pr.get('nama_instansi') or '-'} tahun "
        f"{pr.get('tahun') or 0} adalah {angka(nilai, 2)} (mutu {m.huruf}, {m.kinerja}).",
        *_kalimat_ikm_banding(hasil, nilai),
    ]


def kalimat_sasaran(hasil: Hasil, ss: list[HasilIndikator]) -> list[str]:
    """The Sasaran Strategis paragraph: the average, then per indikator not yet available or its
    change from last year."""
    tahun = hasil.buku.profil.get("tahun") or 0
    kalimat = [kalimat_rata(hasil.rata(ss), "sasaran strategis", batas_terpakai(hasil, ss))]
    for h in ss:
        if h.capaian.status is Status.BELUM_TERSEDIA:
            kalimat.append(
                f"Realisasi indikator {h['indikator']} tahun {tahun} belum tersedia"
                + (f" ({h['keterangan']})" if h["keterangan"] else "")
                + "."
            )
        elif h["realisasi_lalu"] is not None and h["realisasi"] is not None:
            kalimat.append(
                kalimat_banding(
                    f"Realisasi {h['indikator']}",
                    h["realisasi_lalu"],
                    h["realisasi"],
                    tahun - 1,
                    tahun,
                    "poin"
                    if (h["satuan"] or "") in ("%", "Nilai", "nilai")
                    else (h["satuan"] or ""),
                )
            )
    return kalimat


def kalimat_unit(hasil: Hasil, pj: str, daftar: list[HasilIndikator]) -> list[str]:
    """A unit's paragraph: its average, the indikator below and above target, the change of the
    average from last year."""
    tahun = hasil.buku.profil.get("tahun") or 0
    rr = hasil.rata(daftar)
    kal = [kalimat_rata(rr, pj, batas_terpakai(hasil, daftar))]
    for fungsi in (kalimat_di_bawah_target, kalimat_di_atas_target):
        s = fungsi(daftar)
        if s:
            kal.append(s)
    rl = hasil.rata(daftar, lalu=True)
    if rr.persen is not None and rl.persen is not None:
        kal.append(
            kalimat_banding(f"Rata-rata capaian {pj}", rl.persen, rr.persen, tahun - 1, tahun)
        )
    return kal


def kalimat_eselon4(hasil: Hasil, e4: list[HasilIndikator]) -> list[str]:
    """The Eselon IV paragraph: the average, its change from last year, the indikator below and
    above target."""
    tahun = hasil.buku.profil.get("tahun") or 0
    rr4 = hasil.rata(e4)
    kal = [kalimat_rata(rr4, "eselon IV", batas_terpakai(hasil, e4))]
    rl4 = hasil.rata(e4, lalu=True)
    if rr4.persen is not None and rl4.persen is not None:
        kal.append(
            kalimat_banding("Rata-rata capaian eselon IV", rl4.persen, rr4.persen, tahun - 1, tahun)
        )
    for fungsi in (kalimat_di_bawah_target, kalimat_di_atas_target):
        s = fungsi(e4)
        if s:
            kal.append(s)
    return kal


def kalimat_belanja(hasil: Hasil, g: KelompokBelanja) -> str:
    """'Realisasi belanja pegawai sebesar Rp ... atau 95,12% dari anggaran Rp ...', with the
    change from last year when known (Pendapatan: against its target)."""
    pr = hasil.buku.profil
    tahun = pr.get("tahun") or 0
    nama = pr.get("nama_instansi") or "-"
    assert g.serapan is not None
    if g.kelompok == "Pendapatan":
        kal = (
            f"Realisasi pendapatan {nama} tahun {tahun} sebesar "
            f"{teks_rp(g.realisasi)} atau {persen(g.serapan)} dari target "
            f"{teks_rp(g.anggaran)}."
        )
    else:
        kal = (
            f"Realisasi {g.kelompok[0].lower() + g.kelompok[1:]} sebesar "
            f"{teks_rp(g.realisasi)} atau {persen(g.serapan)} dari anggaran "
            f"{teks_rp(g.anggaran)}."
        )
    if g.realisasi_lalu:
        b = bandingkan(g.realisasi_lalu, g.realisasi, 0)
        kal += (
            f" Dibanding tahun {tahun - 1} ({teks_rp(g.realisasi_lalu)}), "
            f"realisasinya {b.arah}"
            + (f" {teks_rp(abs(b.selisih))}" if b.arah != "tetap" else "")
            + "."
        )
    return kal


def kalimat_serapan_program(hasil: Hasil) -> str:
    """'Realisasi belanja program dan kegiatan (belanja langsung) ... sehingga sisa anggaran ...'"""
    pr = hasil.buku.profil
    a = hasil.anggaran
    assert a.serapan is not None
    return (
        "Realisasi belanja program dan kegiatan (belanja langsung) "
        f"{pr.get('nama_instansi') or '-'} tahun {pr.get('tahun') or 0} "
        f"sebesar {teks_rp(a.realisasi)} atau {persen(a.serapan)} dari anggaran "
        f"{teks_rp(a.anggaran)}, sehingga sisa anggaran {teks_rp(a.sisa)} "
        f"({persen(100 - bulat(a.serapan, 2))})."
    )


def kalimat_serapan_rendah(program: list[Simpul]) -> str:
    """The programs with serapan below 80%; '' when none."""
    rendah = [p for p in program if p.serapan is not None and bulat(p.serapan, 2) < 80]
    if not rendah:
        return ""
    return (
        "Program dengan serapan di bawah 80% adalah "
        + "; ".join(f"{p.baris.uraian} ({persen(p.serapan)})" for p in rendah)
        + "."
    )


def kalimat_banding_program(hasil: Hasil, program_lalu: int, kegiatan_lalu: int) -> str:
    """'Pada tahun 2019 terdapat 3 (tiga) program dan ..., sedangkan pada tahun 2020 ...'"""
    tahun = hasil.buku.profil.get("tahun") or 0
    prog = hasil.anggaran.program
    jml_keg = sum(len(p.anak) for p in prog)
    return (
        f"Pada tahun {tahun - 1} terdapat {jumlah_kata(program_lalu, 'program')} dan "
        f"{jumlah_kata(kegiatan_lalu, 'kegiatan')}, sedangkan pada tahun {tahun} "
        f"{jumlah_kata(len(prog), 'program')} dan {jumlah_kata(jml_keg, 'kegiatan')}."
    )


def kalimat_capaian_seluruh(hasil: Hasil) -> str:
    """The office's average over all its indikator, naming the tier it is taken on when that is
    not the default."""
    s = kalimat_rata(
        hasil.rata_semua,
        "seluruh indikator",
        batas_terpakai(hasil, hasil.indikator_keseluruhan),
    )
    if L.normal(hasil.dasar_keseluruhan) != L.normal(L.DASAR_RATA[0]):
        s += f" Rata-rata ini dihitung dari indikator kinerja tingkat {hasil.dasar_keseluruhan}."
    return s
