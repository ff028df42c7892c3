"""BAB I Pendahuluan: the office's staff (SDM) and its products and services."""

from __future__ import annotations

from collections import OrderedDict

from lakip_xl.hitung import Hasil
from lakip_xl.laporan.bagian import Isi
from lakip_xl.laporan.kalimat import kalimat_sdm
from lakip_xl.laporan.tabel import TabelLaporan, k, n, t
from lakip_xl.laporan.tabel_kinerja import judul_kolom


def bangun(hasil: Hasil) -> Isi:
    """Tables `pegawai` and `produk`, sentence `sdm`."""
    isi = Isi()
    _pegawai(hasil, isi)
    _produk(hasil, isi)
    return isi


def _pegawai(hasil: Hasil, isi: Isi) -> None:
    pr = hasil.buku.profil
    tahun = pr.get("tahun") or 0
    nama = pr.get("nama_instansi") or "-"
    pegawai = hasil.buku.rows("Pegawai")
    if not pegawai:
        return
    per_kel: OrderedDict[str, list] = OrderedDict()
    for r in pegawai:
        per_kel.setdefault(r["kelompok"] or "", []).append(r)
    baris = []
    for kel, rs in per_kel.items():
        baris.append(
            [k(kel, tebal=True, rentang=2), n(sum(r.get("jumlah", 0) for r in rs), tebal=True)]
        )
        baris += [[t(""), k(r["uraian"]), n(r["jumlah"])] for r in rs]
    isi.tabel["pegawai"] = TabelLaporan(
        "pegawai",
        f"Komposisi Sumber Daya Manusia {nama} Tahun {tahun}",
        [judul_kolom("No", "Uraian", "Jumlah (orang)")],
        baris,
        [0.5, 4, 1.5],
    )
    pertama = next(iter(per_kel.values()))
    isi.kalimat["sdm"] = kalimat_sdm(
        nama, [(r["uraian"], r.get("jumlah", 0)) for r in pertama]
    )


def _produk(hasil: Hasil, isi: Isi) -> None:
    nama = hasil.buku.profil.get("nama_instansi") or "-"
    produk = hasil.buku.rows("Produk Layanan")
    if not produk:
        return
    per_unit: OrderedDict[str, list[str]] = OrderedDict()
    for r in produk:
        per_unit.setdefault(r["unit"] or "", []).append(r["produk"] or "")
    baris = []
    for i, (u, ps) in enumerate(per_unit.items(), 1):
        baris.append([t(i), k(u), k("\n".join(f"{j}) {p}" for j, p in enumerate(ps, 1)))])
    isi.tabel["produk"] = TabelLaporan(
        "produk",
        f"Produk dan Layanan {nama}",
        [judul_kolom("No", "Unit", "Produk / Layanan")],
        baris,
        [0.5, 2.5, 5],
    )
