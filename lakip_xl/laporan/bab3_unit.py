"""BAB III A.2-3: capaian per unit (Eselon III, Eselon IV, the office's own tiers), the Eselon IV
table and the recap per unit."""

from __future__ import annotations

from lakip_xl.buku import layout as L
from lakip_xl.calc.rata import RataRata
from lakip_xl.hitung import Hasil, HasilIndikator
from lakip_xl.laporan.bagian import Bagian, Isi, Unit
from lakip_xl.laporan.kalimat import kalimat_eselon4, kalimat_unit
from lakip_xl.laporan.tabel import Sel, TabelLaporan, k, n, pc, t
from lakip_xl.laporan.tabel_kinerja import (
    CATATAN_BELUM,
    ada_belum,
    catatan_batas,
    catatan_bergalat,
    catatan_indikator,
    catatan_negatif,
    nilai_satuan,
    program_dari_kode,
    sel_capaian,
    sel_indikator,
    sel_target,
    tabel_banding,
    tabel_capaian,
    tabel_program,
    tabel_riwayat,
)


def bangun(hasil: Hasil, narasi: Bagian, gambar: Bagian, tambahan: Bagian) -> Isi:
    """Units `eselon3`, `eselon4`, `lainnya` (with the staff's analysis paragraphs, pictures and
    tables of each); tables `eselon4`, `rekap_unit`; sentences `eselon4`."""
    staf = (narasi, gambar, tambahan)
    isi = Isi(kalimat={"eselon4": []})
    isi.unit["eselon3"] = _unit(hasil, (L.TINGKAT[1], L.TINGKAT[2]), staf)
    isi.unit["eselon4"] = _unit(hasil, (L.TINGKAT[3],), staf)
    # indikator of a Tingkat of the office's own (or none): their own tables, never dropped
    ind = hasil.indikator
    lain = tuple(dict.fromkeys(h["tingkat"] for h in ind if h["tingkat"] not in L.TINGKAT))
    isi.unit["lainnya"] = _unit(hasil, lain, staf)
    e4 = [h for h in ind if h["tingkat"] == L.TINGKAT[3]]
    if e4:
        _eselon4(hasil, e4, isi)
        isi.kalimat["eselon4"] = kalimat_eselon4(hasil, e4)
    _rekap(hasil, isi.unit["eselon3"] + isi.unit["eselon4"] + isi.unit["lainnya"], isi)
    return isi


def _unit(
    hasil: Hasil, tingkat_cocok: tuple[str | None, ...], staf: tuple[Bagian, Bagian, Bagian]
) -> list[Unit]:
    """One `Unit` per penanggung jawab of these tiers, in sheet order."""
    tahun = hasil.buku.profil.get("tahun") or 0
    narasi, gambar, tambahan = staf
    hasil_unit = []
    for tk in tingkat_cocok:
        for pj, daftar in hasil.per("penanggung_jawab", tk).items():
            kal = kalimat_unit(hasil, pj, daftar)
            progs = program_dari_kode(hasil, daftar)
            no = len(hasil_unit) + 1
            hasil_unit.append(
                Unit(
                    no,
                    pj,
                    tk,
                    tabel_capaian(
                        hasil,
                        daftar,
                        f"unit:{pj}",
                        f"Target, Realisasi dan Capaian Indikator Kinerja {pj} Tahun {tahun}",
                    ),
                    tabel_riwayat(
                        hasil,
                        daftar,
                        f"riwayat:{pj}",
                        f"Realisasi Indikator Kinerja {pj} Tahun {tahun - 2}-{tahun}",
                    )
                    or tabel_banding(
                        hasil,
                        daftar,
                        f"banding:{pj}",
                        f"Perbandingan Capaian {pj} Tahun {tahun - 1} dan {tahun}",
                    ),
                    tabel_program(
                        hasil,
                        progs,
                        f"program:{pj}",
                        f"Realisasi Program Penunjang {pj} Tahun Anggaran {tahun}",
                    ),
                    kal,
                    narasi[f"Analisis {pj}"],
                    gambar[f"Analisis {pj}"],
                    tambahan[f"Analisis {pj}"],
                )
            )
    return hasil_unit


def _eselon4(hasil: Hasil, e4: list[HasilIndikator], isi: Isi) -> None:
    """Table `eselon4`: every Eselon IV indikator with last year and this year."""
    tahun = hasil.buku.profil.get("tahun") or 0
    nama = hasil.buku.profil.get("nama_instansi") or "-"
    baris = []
    for i, h in enumerate(e4, 1):
        baris.append(
            [
                t(i),
                sel_indikator(h),
                k(h["penanggung_jawab"]),
                k(
                    nilai_satuan(h["realisasi_lalu"], h["satuan"])
                    if h["realisasi_lalu"] is not None
                    else "-",
                    rata="kanan",
                ),
                sel_target(h),
                k(nilai_satuan(h["realisasi"], h["satuan"]), rata="kanan"),
                sel_capaian(hasil, h.capaian),
            ]
        )
    rr4 = hasil.rata(e4)
    baris.append([k("Rata-rata capaian", tebal=True, rentang=6), pc(rr4.persen, tebal=True)])
    isi.tabel["eselon4"] = TabelLaporan(
        "eselon4",
        f"Realisasi Target Indikator Kinerja Eselon IV {nama} Tahun {tahun - 1}-{tahun}",
        [
            [
                t("No", tebal=True),
                t("Indikator Kinerja", tebal=True),
                t("Penanggung Jawab", tebal=True),
                t(f"Realisasi {tahun - 1}", tebal=True),
                t(f"Target {tahun}", tebal=True),
                t(f"Realisasi {tahun}", tebal=True),
                t("Capaian (%)", tebal=True),
            ]
        ],
        baris,
        [0.4, 3.6, 1.8, 1.1, 1.1, 1.1, 1],
        ([CATATAN_BELUM] if ada_belum(e4) else [])
        + catatan_negatif(hasil, e4)
        + catatan_batas(hasil, e4)
        + catatan_indikator(e4),
        kecil=True,
    )


def _rekap(hasil: Hasil, semua_unit: list[Unit], isi: Isi) -> None:
    """Table `rekap_unit`: average and count per kategori of each unit; a Jumlah row that is
    the sum of the unit rows; and, when the office's average is taken on another basis (one
    tier, or a measurement cascaded to several tiers counted once), a row naming that basis."""
    tahun = hasil.buku.profil.get("tahun") or 0
    nama = hasil.buku.profil.get("nama_instansi") or "-"
    sk = hasil.skala
    if semua_unit:
        nama_kat = sk.nama_kategori
        baris = []
        semua: list[HasilIndikator] = []
        per = {tk: hasil.per("penanggung_jawab", tk) for tk in {u.tingkat for u in semua_unit}}
        for u in semua_unit:
            daftar = per[u.tingkat][u.nama]
            semua += daftar
            baris.append(_baris_rekap(k(u.nama), hasil.rata(daftar), nama_kat))
        jumlah = hasil.rata(semua)
        baris.append(_baris_rekap(k("Jumlah seluruh unit", tebal=True), jumlah, nama_kat, True))
        catatan = catatan_batas(hasil, semua) + catatan_bergalat(hasil.indikator)
        rs = hasil.rata_semua
        if (rs.persen, rs.per_kategori, rs.jumlah) != (
            jumlah.persen,
            jumlah.per_kategori,
            jumlah.jumlah,
        ):
            dasar = hasil.dasar_keseluruhan
            if L.normal(dasar) == L.normal(L.DASAR_RATA[0]):
                label = "Kinerja instansi (indikator yang sama di beberapa tingkat dihitung sekali)"
                uraian = (
                    "indikator yang sama dengan target dan realisasi yang sama di beberapa "
                    "tingkat dihitung sekali"
                )
            else:
                label = f"Kinerja instansi (indikator tingkat {dasar})"
                uraian = f"hanya indikator tingkat {dasar} yang dihitung"
            baris.append(_baris_rekap(k(label, tebal=True), rs, nama_kat, True))
            catatan.append(
                "Baris Kinerja instansi memakai dasar rata-rata capaian seluruh indikator "
                f"(Profil: Dasar Rata-rata Keseluruhan): {uraian}; karena itu angkanya tidak "
                "sama dengan baris Jumlah seluruh unit."
            )
        isi.tabel["rekap_unit"] = TabelLaporan(
            "rekap_unit",
            f"Rekapitulasi Capaian Kinerja per Unit {nama} Tahun {tahun}",
            [
                [
                    t("Unit", tebal=True),
                    t("Jumlah Indikator", tebal=True),
                    t("Rata-rata Capaian (%)", tebal=True),
                    t("Kategori", tebal=True),
                    t("Jumlah Indikator per Kategori", tebal=True, rentang=len(nama_kat)),
                ],
                [t(""), t(""), t(""), t("")] + [t(x, tebal=True) for x in nama_kat],
            ],
            baris,
            [2.6, 0.9, 1, 1.3] + [0.8] * len(nama_kat),
            catatan,
            kecil=True,
        )


def _baris_rekap(
    label: Sel, rr: RataRata, nama_kat: tuple[str, ...], tebal: bool = False
) -> list[Sel]:
    """Unit | count | average | kategori | count per kategori."""
    return [
        label,
        n(rr.jumlah + rr.dikecualikan, tebal=tebal),
        pc(rr.persen, tebal=tebal),
        k(rr.kategori or "-", tebal=tebal),
    ] + [n(rr.per_kategori[x], tebal=tebal) for x in nama_kat]
