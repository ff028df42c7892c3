"""BAB III A.1: capaian of the Sasaran Strategis, Renstra end targets, national standards, and
efficiency with the supporting programs per sasaran."""

from __future__ import annotations

from decimal import Decimal

from lakip_xl.buku import layout as L
from lakip_xl.calc.anggaran import serapan_persen
from lakip_xl.calc.efisiensi import efisiensi
from lakip_xl.hitung import Hasil, HasilIndikator
from lakip_xl.laporan.bagian import Isi
from lakip_xl.laporan.kalimat import kalimat_sasaran
from lakip_xl.laporan.tabel import TANDA_BELUM, TabelLaporan, capaian_sel, k, n, pc, rp, t
from lakip_xl.laporan.tabel_kinerja import (
    CATATAN_BELUM,
    ada_belum,
    catatan_negatif,
    judul_kolom,
    nilai_satuan,
    program_dari_kode,
    sel_indikator,
    tabel_banding,
    tabel_capaian,
    tabel_program,
)


def bangun(hasil: Hasil) -> Isi:
    """Tables `sasaran`, `sasaran_banding`, `renstra_akhir`, `standar`, `efisiensi`; sentences
    `sasaran` and `program_sasaran` (the supporting-program tables per sasaran)."""
    isi = Isi(kalimat={"sasaran": [], "program_sasaran": []})
    ss = [h for h in hasil.indikator if h["tingkat"] == L.TINGKAT[0]]
    if ss:
        _capaian(hasil, ss, isi)
        isi.kalimat["sasaran"] = kalimat_sasaran(hasil, ss)
        _renstra_akhir(hasil, ss, isi)
        _standar(hasil, ss, isi)
        _efisiensi(hasil, isi)
    return isi


def _capaian(hasil: Hasil, ss: list[HasilIndikator], isi: Isi) -> None:
    """Tables `sasaran` and `sasaran_banding`."""
    tahun = hasil.buku.profil.get("tahun") or 0
    nama = hasil.buku.profil.get("nama_instansi") or "-"
    isi.tabel["sasaran"] = tabel_capaian(
        hasil,
        ss,
        "sasaran",
        f"Target, Realisasi dan Capaian Sasaran Strategis {nama} Tahun {tahun}",
    )
    isi.tabel["sasaran_banding"] = tabel_banding(
        hasil,
        ss,
        "sasaran_banding",
        f"Perbandingan Target dan Realisasi Indikator Sasaran Tahun {tahun - 1} dan "
        f"Tahun {tahun}",
    )


def _renstra_akhir(hasil: Hasil, ss: list[HasilIndikator], isi: Isi) -> None:
    """Table `renstra_akhir`: realisasi against the Renstra end target."""
    pr = hasil.buku.profil
    tahun = hasil.buku.profil.get("tahun") or 0
    ren = [h for h in ss if h["target_akhir"] is not None]
    if ren:
        isi.tabel["renstra_akhir"] = TabelLaporan(
            "renstra_akhir",
            "Realisasi Sampai Dengan Tahun Ini Dibanding Target Akhir "
            f"Renstra {pr.get('periode_renstra') or ''}".strip(),
            [
                judul_kolom(
                    "No",
                    "Indikator",
                    "Target Akhir Renstra",
                    f"Realisasi {tahun}",
                    "Capaian thd Target Akhir (%)",
                )
            ],
            [
                [
                    t(i),
                    sel_indikator(h),
                    k(nilai_satuan(h["target_akhir"], h["satuan"]), rata="kanan"),
                    k(nilai_satuan(h["realisasi"], h["satuan"]), rata="kanan"),
                    capaian_sel(h.capaian_renstra),
                ]
                for i, h in enumerate(ren, 1)
            ],
            [0.5, 4, 1.5, 1.5, 1.5],
            ([CATATAN_BELUM] if ada_belum(ren) else []) + catatan_negatif(hasil, ren),
        )


def _standar(hasil: Hasil, ss: list[HasilIndikator], isi: Isi) -> None:
    """Table `standar`: realisasi against the national standard."""
    tahun = hasil.buku.profil.get("tahun") or 0
    std = [h for h in ss if h["standar"] is not None]
    if std:
        isi.tabel["standar"] = TabelLaporan(
            "standar",
            "Perbandingan Realisasi dengan Standar Nasional",
            [
                judul_kolom(
                    "No", "Indikator", "Standar Nasional", f"Realisasi {tahun}", "Keterangan"
                )
            ],
            [
                [
                    t(i),
                    sel_indikator(h),
                    n(h["standar"]),
                    n(h["realisasi"]),
                    k(
                        "di atas standar"
                        if h["realisasi"] is not None and h["realisasi"] >= h["standar"]
                        else "di bawah standar"
                        if h["realisasi"] is not None
                        else TANDA_BELUM
                    ),
                ]
                for i, h in enumerate(std, 1)
            ],
            [0.5, 4, 1.5, 1.5, 1.5],
            catatan_negatif(hasil, std),
        )


def _efisiensi(hasil: Hasil, isi: Isi) -> None:
    """Table `efisiensi` and the supporting-program tables per sasaran."""
    tahun = hasil.buku.profil.get("tahun") or 0
    ang_rows = [r for r in hasil.buku.rows("Anggaran") if r["jenis"] == "Program"]
    eff_baris, dukung = [], []
    for sas, daftar in hasil.per("sasaran", L.TINGKAT[0]).items():
        rr = hasil.rata(daftar)
        progs = program_dari_kode(hasil, daftar)
        if not progs:
            progs = [
                hasil.anggaran_baris[r.nomor]
                for r in ang_rows
                if r["sasaran"]
                and L.normal(r["sasaran"]) == L.normal(sas)
                and r.nomor in hasil.anggaran_baris
            ]
        if progs:
            ta = sum((p.anggaran for p in progs), Decimal(0))
            tr = sum((p.realisasi for p in progs), Decimal(0))
            sp = serapan_persen(ta, tr)
            if rr.persen is not None and sp is not None:
                e = efisiensi(rr.persen, sp)
                eff_baris.append(
                    [
                        k(sas),
                        pc(rr.persen),
                        rp(ta),
                        rp(tr),
                        pc(sp),
                        n(e.selisih_poin, 2),
                        k(e.kategori),
                    ]
                )
            else:
                eff_baris.append(
                    [
                        k(sas),
                        pc(rr.persen),
                        rp(ta),
                        rp(tr),
                        pc(sp),
                        k("-", rata="kanan"),
                        k("tidak dapat dinilai"),
                    ]
                )
            tp = tabel_program(
                hasil, progs, f"program:{sas}", f"Program Penunjang Sasaran {sas}"
            )
            if tp:
                dukung.append(tp)
    isi.tabel["efisiensi"] = (
        TabelLaporan(
            "efisiensi",
            f"Efisiensi Penggunaan Sumber Daya per Sasaran Tahun {tahun}",
            [
                judul_kolom(
                    "Sasaran",
                    "Capaian Kinerja (%)",
                    "Anggaran (Rp)",
                    "Realisasi (Rp)",
                    "Serapan (%)",
                    "Selisih (poin)",
                    "Efisiensi",
                )
            ],
            eff_baris,
            [3, 1.1, 1.5, 1.5, 1, 1, 1.3],
            [
                "Efisiensi = capaian kinerja dikurangi serapan anggaran: lebih dari +5 poin "
                "efisien, -5 sampai +5 cukup efisien, kurang dari -5 tidak efisien."
            ],
            kecil=True,
        )
        if eff_baris
        else None
    )
    isi.kalimat["program_sasaran"] = dukung
