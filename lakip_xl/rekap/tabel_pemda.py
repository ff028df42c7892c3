"""The Pemda's tables as recap sheets: capaian IKU / sasaran RPJMD, each OPD's measure, what was
not matched, Analisis Faktor, Efisiensi Program dan Anggaran per OPD, comparison with last year."""

from __future__ import annotations

from collections import OrderedDict
from decimal import Decimal

from lakip_xl.calc.anggaran import serapan_persen, sisa
from lakip_xl.calc.angka import bulat
from lakip_xl.calc.banding import bandingkan
from lakip_xl.calc.capaian import Capaian, Status
from lakip_xl.calc.rata import RataRata, rata_rata
from lakip_xl.rekap.hasil import Kolom, Lembar, Nilai
from lakip_xl.rekap.padan import (
    CapaianPemda,
    Cocokan,
    DataOPD,
    persen_tampil,
)


def _c(c: Capaian) -> Nilai:
    if c.status is Status.ADA:
        return persen_tampil(c)
    return "*)" if c.status is Status.BELUM_TERSEDIA else "-"


def per_sasaran(cocok: Cocokan) -> list[tuple[str, RataRata]]:
    """Each sasaran RPJMD (in sheet order) with the average capaian of its indikator."""
    grup: OrderedDict[str, list[CapaianPemda]] = OrderedDict()
    for cp in cocok.capaian:
        grup.setdefault(cp.ind.sasaran, []).append(cp)
    return [(s, rata_rata((cp.capaian for cp in d), cocok.skala)) for s, d in grup.items()]


def _tahun(cocok: Cocokan) -> str:
    t = cocok.pemda.profil.get("tahun")
    return f" Tahun {t}" if t else ""


def _judul(cocok: Cocokan, teks: str) -> tuple[str, ...]:
    nama = cocok.pemda.profil.get("nama_pemda") or ""
    return (f"{teks}{_tahun(cocok)}", str(nama))


def lembar_iku(cocok: Cocokan) -> Lembar:
    """Capaian IKU / indikator RPJMD: target, realisasi combined by rule, capaian, OPD."""
    baris = []
    for no, cp in enumerate(cocok.capaian, start=1):
        ind = cp.ind
        opd = "; ".join(f"{u.opd} ({u.kode_opd})" for u in cp.ukur) or "-"
        ket = cp.catatan
        if not ket and len(cp.ukur) > 1:
            ket = f"{ind.gabung.value} dari {len(cp.ukur)} OPD"
        real = None if cp.realisasi is None else bulat(cp.realisasi, 2)
        baris.append(
            (
                no,
                ind.sasaran,
                ind.kode,
                ind.indikator,
                ind.satuan,
                ind.polaritas.value,
                ind.target,
                ind.target_lalu,
                _c(cp.capaian_lalu),
                real,
                _c(cp.capaian),
                cp.kategori or "-",
                ind.gabung.value if len(cp.ukur) > 1 else "",
                opd,
                ket,
            )
        )
    kolom = (
        Kolom("No", "bulat", 5),
        Kolom("Sasaran", "teks", 30),
        Kolom("Kode", "teks", 9),
        Kolom("Indikator", "teks", 34),
        Kolom("Satuan", "teks", 9),
        Kolom("Polaritas", "teks", 9),
        Kolom("Target", "angka", 10),
        Kolom("Target Tahun Lalu", "angka", 10),
        Kolom("Capaian Tahun Lalu (%)", "persen", 10),
        Kolom("Realisasi", "angka", 10),
        Kolom("Capaian (%)", "persen", 10),
        Kolom("Kategori", "teks", 14),
        Kolom("Gabungan", "teks", 10),
        Kolom("OPD Pengukur (Kode)", "teks", 30),
        Kolom("Keterangan", "teks", 30),
    )
    catatan = (
        "Realisasi diambil dari buku kerja OPD menurut OPD dan Kode Indikator OPD; capaian "
        "dihitung terhadap target RPJMD menurut polaritasnya.",
        "*) realisasi belum tersedia atau belum lengkap (lihat sheet Belum Cocok); "
        "- capaian tidak dapat dihitung.",
    )
    return Lembar(
        "Capaian IKU RPJMD",
        _judul(cocok, "Capaian Indikator Kinerja RPJMD"),
        kolom,
        tuple(baris),
        catatan=catatan,
    )


_CATATAN_SASARAN = (
    "Rata-rata per sasaran, dari capaian yang tertampil (2 desimal); indikator tanpa capaian "
    "tidak dihitung."
)


def lembar_sasaran(cocok: Cocokan, sasaran: list[tuple[str, RataRata]]) -> Lembar:
    """Average capaian per sasaran RPJMD, with its counts."""
    baris = []
    for no, (s, rr) in enumerate(sasaran, start=1):
        rata = None if rr.persen is None else bulat(rr.persen, 2)
        baris.append(
            (
                no,
                s,
                rr.jumlah + rr.dikecualikan + rr.bergalat,
                rr.jumlah,
                rata,
                rr.kategori or "-",
                rr.dikecualikan,
            )
        )
    kolom = (
        Kolom("No", "bulat", 5),
        Kolom("Sasaran RPJMD", "teks", 44),
        Kolom("Jumlah Indikator", "bulat", 10),
        Kolom("Indikator Dirata-rata", "bulat", 10),
        Kolom("Rata-rata Capaian (%)", "persen", 12),
        Kolom("Kategori", "teks", 16),
        Kolom("Tanpa Capaian", "bulat", 10),
    )
    return Lembar(
        "Capaian Sasaran RPJMD",
        _judul(cocok, "Capaian Sasaran RPJMD"),
        kolom,
        tuple(baris),
        catatan=(_CATATAN_SASARAN,),
    )


def lembar_pengukuran(cocok: Cocokan) -> Lembar:
    """Every (Pemda indikator, OPD) pair: what that OPD's workbook holds for the code."""
    baris = []
    for cp in cocok.capaian:
        for u in cp.ukur:
            i = u.indikator
            cap = None if i is None else i.capaian
            baris.append(
                (
                    cp.ind.kode,
                    cp.ind.indikator,
                    u.opd,
                    u.kode_opd,
                    "" if i is None else i.indikator,
                    None if i is None else i.target,
                    None if i is None else i.realisasi,
                    None if cap is None else bulat(cap, 2),
                    u.alasan or "cocok",
                    u.berkas,
                )
            )
    kolom = (
        Kolom("Kode RPJMD", "teks", 9),
        Kolom("Indikator RPJMD", "teks", 30),
        Kolom("OPD", "teks", 28),
        Kolom("Kode Indikator OPD", "teks", 10),
        Kolom("Indikator di Buku Kerja OPD", "teks", 30),
        Kolom("Target OPD", "angka", 10),
        Kolom("Realisasi OPD", "angka", 10),
        Kolom("Capaian OPD (%)", "persen", 10),
        Kolom("Status", "teks", 18),
        Kolom("Berkas", "teks", 22),
    )
    return Lembar(
        "Pengukuran OPD", _judul(cocok, "Pengukuran Indikator RPJMD oleh OPD"), kolom, tuple(baris)
    )


def lembar_tak_cocok(cocok: Cocokan) -> Lembar:
    """What could not be matched: held back, with a suggestion when a name is close."""
    baris = tuple(
        (no, t.sel and f"{t.sheet}!{t.sel}", t.kode, t.opd, t.kode_opd, t.alasan, t.saran)
        for no, t in enumerate(cocok.tak_cocok, start=1)
    )
    kolom = (
        Kolom("No", "bulat", 5),
        Kolom("Sel Buku Kerja Pemda", "teks", 22),
        Kolom("Kode RPJMD", "teks", 9),
        Kolom("OPD", "teks", 28),
        Kolom("Kode OPD", "teks", 10),
        Kolom("Masalah", "teks", 60),
        Kolom("Saran", "teks", 40),
    )
    catatan = (
        ("Tidak ada yang perlu dicocokkan lagi.",)
        if not baris
        else ("Yang tercantum di sini tidak dipakai; saran hanya petunjuk, tidak dipakai sendiri.",)
    )
    return Lembar(
        "Belum Cocok",
        _judul(cocok, "Data yang Belum Dapat Dicocokkan"),
        kolom,
        baris,
        catatan=catatan,
    )


def lembar_faktor(cocok: Cocokan) -> Lembar:
    """Analisis Faktor Pencapaian Kinerja: each measuring OPD's own factor texts."""
    baris = []
    no = 0
    for cp in cocok.capaian:
        for u in cp.ukur:
            d = cocok.opd.get(u.opd)
            if d is None or not u.cocok:
                continue
            no += 1
            f = d.faktor
            if f is None:
                baris.append(
                    (
                        no,
                        cp.ind.indikator,
                        u.opd,
                        "-",
                        "-",
                        "-",
                        "belum ada teks di sheet Evaluasi Triwulan OPD",
                    )
                )
            else:
                baris.append(
                    (
                        no,
                        cp.ind.indikator,
                        u.opd,
                        f.pendukung or "-",
                        f.penghambat or "-",
                        f.upaya or "-",
                        f"Evaluasi Triwulan {f.triwulan}",
                    )
                )
    kolom = (
        Kolom("No", "bulat", 5),
        Kolom("Indikator", "teks", 30),
        Kolom("OPD", "teks", 24),
        Kolom("Faktor Pendukung", "teks", 34),
        Kolom("Faktor Penghambat", "teks", 34),
        Kolom("Upaya", "teks", 34),
        Kolom("Sumber", "teks", 18),
    )
    return Lembar(
        "Analisis Faktor", _judul(cocok, "Analisis Faktor Pencapaian Kinerja"), kolom, tuple(baris)
    )


def urut_data(cocok: Cocokan) -> list[tuple[str, DataOPD]]:
    return [(o.nama, cocok.opd[o.nama]) for o in cocok.pemda.opd if o.nama in cocok.opd]


def lembar_efisiensi(cocok: Cocokan) -> Lembar:
    """Efisiensi Program dan Anggaran: per OPD its programs, efisiensi = anggaran - realisasi."""
    baris: list[tuple[Nilai, ...]] = []
    total_a = total_r = Decimal(0)
    no = 0
    for nama, d in urut_data(cocok):
        for p in d.program:
            no += 1
            sp = serapan_persen(p.anggaran, p.realisasi)
            baris.append(
                (
                    no,
                    nama,
                    p.kode,
                    p.uraian,
                    p.anggaran,
                    p.realisasi,
                    sisa(p.anggaran, p.realisasi),
                    None if sp is None else bulat(sp, 2),
                )
            )
        a = sum((p.anggaran for p in d.program), Decimal(0))
        r = sum((p.realisasi for p in d.program), Decimal(0))
        sp = serapan_persen(a, r)
        baris.append(
            ("", nama, "", f"Jumlah {nama}", a, r, sisa(a, r), None if sp is None else bulat(sp, 2))
        )
        total_a, total_r = total_a + a, total_r + r
    sp = serapan_persen(total_a, total_r)
    jumlah = (
        "",
        "",
        "",
        "Jumlah seluruh OPD",
        total_a,
        total_r,
        sisa(total_a, total_r),
        None if sp is None else bulat(sp, 2),
    )
    kolom = (
        Kolom("No", "bulat", 5),
        Kolom("OPD", "teks", 26),
        Kolom("Kode", "teks", 12),
        Kolom("Program", "teks", 40),
        Kolom("Anggaran (Rp)", "uang", 16),
        Kolom("Realisasi (Rp)", "uang", 16),
        Kolom("Efisiensi (Rp)", "uang", 16),
        Kolom("Serapan (%)", "persen", 9),
    )
    return Lembar(
        "Efisiensi Anggaran",
        _judul(cocok, "Efisiensi Program dan Anggaran"),
        kolom,
        tuple(baris),
        jumlah,
        ("Efisiensi = anggaran - realisasi (Rupiah).",),
    )


def lembar_banding(cocok: Cocokan) -> Lembar:
    """This year's capaian against last year's, per indikator RPJMD."""
    baris = []
    for no, cp in enumerate(cocok.capaian, start=1):
        lalu, kini = persen_tampil(cp.capaian_lalu), persen_tampil(cp.capaian)
        if lalu is None or kini is None:
            baris.append(
                (
                    no,
                    cp.ind.kode,
                    cp.ind.indikator,
                    _c(cp.capaian_lalu),
                    _c(cp.capaian),
                    None,
                    "tidak dapat dibandingkan",
                )
            )
            continue
        b = bandingkan(lalu, kini)
        baris.append((no, cp.ind.kode, cp.ind.indikator, lalu, kini, b.selisih, b.arah))
    kolom = (
        Kolom("No", "bulat", 5),
        Kolom("Kode", "teks", 9),
        Kolom("Indikator", "teks", 40),
        Kolom("Capaian Tahun Lalu (%)", "persen", 11),
        Kolom("Capaian Tahun Ini (%)", "persen", 11),
        Kolom("Selisih (poin)", "persen", 10),
        Kolom("Keterangan", "teks", 16),
    )
    return Lembar(
        "Banding Tahun Lalu",
        _judul(cocok, "Perbandingan Capaian dengan Tahun Lalu"),
        kolom,
        tuple(baris),
    )
