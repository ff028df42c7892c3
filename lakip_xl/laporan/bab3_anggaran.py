"""BAB III B: budget (belanja per group and its detail, programs and kegiatan, last year against
this year) and the sentences on serapan."""

from __future__ import annotations

from decimal import Decimal

from lakip_xl.calc.anggaran import serapan_persen
from lakip_xl.calc.banding import bandingkan
from lakip_xl.calc.format_id import romawi
from lakip_xl.hitung import Hasil, KelompokBelanja
from lakip_xl.laporan.bagian import Isi
from lakip_xl.laporan.kalimat import (
    kalimat_banding_program,
    kalimat_belanja,
    kalimat_serapan_program,
    kalimat_serapan_rendah,
)
from lakip_xl.laporan.tabel import TabelLaporan, k, pc, rp, t
from lakip_xl.laporan.tabel_kinerja import judul_kolom, nomor_kolom, tabel_program


def bangun(hasil: Hasil) -> Isi:
    """Tables `belanja`, `belanja_banding`, `program`, `program_banding`; sentences `keuangan`
    (the first is the programs' serapan when there are programs), `belanja_rinci` (the detail
    table per group) and `banding_program`."""
    isi = Isi(kalimat={"keuangan": [], "belanja_rinci": [], "banding_program": ""})
    bel = hasil.belanja
    if bel:
        _belanja(hasil, isi)
        for g in bel:
            isi.kalimat["belanja_rinci"].append(_rinci(hasil, g))
            if g.serapan is not None:
                isi.kalimat["keuangan"].append(kalimat_belanja(hasil, g))
        _belanja_banding(hasil, isi)
    a = hasil.anggaran
    if a.program:
        nama = hasil.buku.profil.get("nama_instansi") or "-"
        tahun = hasil.buku.profil.get("tahun") or 0
        isi.tabel["program"] = tabel_program(
            hasil,
            a.program,
            "program",
            f"Anggaran dan Realisasi Berdasarkan Program dan Kegiatan {nama} Tahun {tahun}",
        )
        if a.serapan is not None:
            isi.kalimat["keuangan"].insert(0, kalimat_serapan_program(hasil))
        rendah = kalimat_serapan_rendah(a.program)
        if rendah:
            isi.kalimat["keuangan"].append(rendah)
    _program_banding(hasil, isi)
    return isi


def _belanja(hasil: Hasil, isi: Isi) -> None:
    """Table `belanja`: anggaran and realisasi per belanja group, with their sum."""
    tahun = hasil.buku.profil.get("tahun") or 0
    nama = hasil.buku.profil.get("nama_instansi") or "-"
    bel = hasil.belanja
    baris = []
    for i, g in enumerate([g for g in bel if g.kelompok != "Pendapatan"], 1):
        baris.append([t(i), k(g.kelompok), rp(g.anggaran), rp(g.realisasi), pc(g.serapan)])
    belanja_saja = [g for g in bel if g.kelompok != "Pendapatan"]
    if belanja_saja:
        ta = sum((g.anggaran for g in belanja_saja), Decimal(0))
        tr = sum((g.realisasi for g in belanja_saja), Decimal(0))
        baris.append(
            [
                k("Jumlah", tebal=True, rentang=2),
                rp(ta, tebal=True),
                rp(tr, tebal=True),
                pc(serapan_persen(ta, tr), tebal=True),
            ]
        )
        isi.tabel["belanja"] = TabelLaporan(
            "belanja",
            f"Anggaran dan Realisasi Belanja {nama} Tahun {tahun}",
            [judul_kolom("No", "Belanja", "Anggaran (Rp)", "Realisasi (Rp)", "%"), nomor_kolom(5)],
            baris,
            [0.5, 4, 1.6, 1.6, 1],
        )


def _rinci(hasil: Hasil, g: KelompokBelanja) -> TabelLaporan:
    """The detail table of one group (or of Pendapatan against its target)."""
    tahun = hasil.buku.profil.get("tahun") or 0
    nama = hasil.buku.profil.get("nama_instansi") or "-"
    baris = []
    for i, (jenis, rs) in enumerate(g.jenis.items(), 1):
        ja = sum((r.get("anggaran", Decimal(0)) for r in rs), Decimal(0))
        jr = sum((r.get("realisasi", Decimal(0)) for r in rs), Decimal(0))
        if jenis:
            baris.append(
                [
                    t(romawi(i), tebal=True),
                    k(jenis, tebal=True),
                    rp(ja, tebal=True),
                    rp(jr, tebal=True),
                    pc(serapan_persen(ja, jr), tebal=True),
                ]
            )
        for j, r in enumerate(rs, 1):
            baris.append(
                [
                    t(j),
                    k(r["uraian"]),
                    rp(r["anggaran"]),
                    rp(r["realisasi"]),
                    pc(serapan_persen(r["anggaran"], r["realisasi"])),
                ]
            )
    baris.append(
        [
            k("Jumlah", tebal=True, rentang=2),
            rp(g.anggaran, tebal=True),
            rp(g.realisasi, tebal=True),
            pc(g.serapan, tebal=True),
        ]
    )
    judul_g = (
        "Target dan Realisasi Pendapatan"
        if g.kelompok == "Pendapatan"
        else f"Anggaran dan Realisasi {g.kelompok}"
    )
    return TabelLaporan(
        f"belanja:{g.kelompok}",
        f"{judul_g} {nama} Tahun {tahun}",
        [
            judul_kolom(
                "No",
                "Uraian",
                "Anggaran (Rp)" if g.kelompok != "Pendapatan" else "Target (Rp)",
                "Realisasi (Rp)",
                "%",
            ),
            nomor_kolom(5),
        ],
        baris,
        [0.6, 4.4, 1.6, 1.6, 1],
    )


def _belanja_banding(hasil: Hasil, isi: Isi) -> None:
    """Table `belanja_banding`: last year and this year per group."""
    tahun = hasil.buku.profil.get("tahun") or 0
    bel = hasil.belanja
    ada_lalu = [g for g in bel if g.realisasi_lalu or g.anggaran_lalu]
    if ada_lalu:
        baris = []
        for i, g in enumerate(ada_lalu, 1):
            b = bandingkan(g.realisasi_lalu, g.realisasi, 0)
            baris.append(
                [
                    t(i),
                    k(g.kelompok),
                    rp(g.anggaran_lalu),
                    rp(g.realisasi_lalu),
                    rp(g.anggaran),
                    rp(g.realisasi),
                    k(b.arah),
                ]
            )
        isi.tabel["belanja_banding"] = TabelLaporan(
            "belanja_banding",
            f"Perbandingan Anggaran dan Realisasi Tahun {tahun - 1}-{tahun}",
            [
                [
                    t("No", tebal=True),
                    t("Uraian", tebal=True),
                    t(f"Tahun {tahun - 1}", tebal=True, rentang=2),
                    t(f"Tahun {tahun}", tebal=True, rentang=2),
                    t("Realisasi", tebal=True),
                ],
                [t(""), t("")]
                + [t(x, tebal=True) for x in ("Anggaran (Rp)", "Realisasi (Rp)")] * 2
                + [t("")],
            ],
            baris,
            [0.5, 2.8, 1.5, 1.5, 1.5, 1.5, 1.1],
            kecil=True,
        )


def _program_banding(hasil: Hasil, isi: Isi) -> None:
    """Table `program_banding` and sentence `banding_program`: last year's programs and
    kegiatan beside this year's."""
    buku = hasil.buku
    tahun = hasil.buku.profil.get("tahun") or 0
    a = hasil.anggaran
    jml_keg = sum(len(p.anak) for p in a.program)
    lalu = buku.rows("Anggaran Tahun Lalu")
    if lalu and a.program:
        p_lalu = [r for r in lalu if r["jenis"] == "Program"]
        k_lalu = [r for r in lalu if r["jenis"] == "Kegiatan"]
        isi.kalimat["banding_program"] = kalimat_banding_program(hasil, len(p_lalu), len(k_lalu))
        baris = []
        kiri = [(r["jenis"], r["uraian"]) for r in lalu]
        kanan = []
        for p in a.program:
            kanan.append(("Program", p.baris.uraian))
            kanan += [("Kegiatan", kg.baris.uraian) for kg in p.anak]
        for i in range(max(len(kiri), len(kanan))):
            x = kiri[i] if i < len(kiri) else ("", "")
            y = kanan[i] if i < len(kanan) else ("", "")
            baris.append(
                [
                    k(x[1] if x[0] == "Program" else "", tebal=True),
                    k(x[1] if x[0] != "Program" else ""),
                    k(y[1] if y[0] == "Program" else "", tebal=True),
                    k(y[1] if y[0] != "Program" else ""),
                ]
            )
        baris.append(
            [
                k(f"{len(p_lalu)} program", tebal=True),
                k(f"{len(k_lalu)} kegiatan", tebal=True),
                k(f"{len(a.program)} program", tebal=True),
                k(f"{jml_keg} kegiatan", tebal=True),
            ]
        )
        isi.tabel["program_banding"] = TabelLaporan(
            "program_banding",
            f"Perbandingan Program dan Kegiatan Tahun {tahun - 1}-{tahun}",
            [
                [t(tahun - 1, tebal=True, rentang=2), t(tahun, tebal=True, rentang=2)],
                judul_kolom("Program", "Kegiatan", "Program", "Kegiatan"),
            ],
            baris,
            [2, 2.5, 2, 2.5],
            kecil=True,
        )
