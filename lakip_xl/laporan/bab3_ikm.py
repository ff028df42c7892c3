"""BAB III A: the measurement scale and the Survei Kepuasan Masyarakat (SKM) and its IKM."""

from __future__ import annotations

from lakip_xl.calc.skm import mutu
from lakip_xl.hitung import Hasil
from lakip_xl.laporan.bagian import Isi
from lakip_xl.laporan.kalimat import desimal, kalimat_ikm
from lakip_xl.laporan.tabel import TabelLaporan, k, n, t
from lakip_xl.laporan.tabel_kinerja import judul_kolom, tabel_mutu, tabel_skala


def bangun(hasil: Hasil) -> Isi:
    """Tables `skala`, `mutu`, `skm`, `responden`, `ikm_tren`; sentences `ikm`."""
    isi = Isi()
    isi.tabel["skala"] = tabel_skala(hasil.skala)
    isi.tabel["mutu"] = tabel_mutu()
    isi.kalimat["ikm"] = kalimat_ikm(hasil)
    if hasil.skm.ikm is not None:
        _skm(hasil, isi)
        _responden(hasil, isi)
    _tren(hasil, isi)
    return isi


def _skm(hasil: Hasil, isi: Isi) -> None:
    """Table `skm`: NRR per unsur, IKM and mutu."""
    tahun = hasil.buku.profil.get("tahun") or 0
    nama = hasil.buku.profil.get("nama_instansi") or "-"
    skm = hasil.skm
    ikm = skm.ikm
    baris = []
    for i, u in enumerate(skm.unsur, 1):
        baris.append(
            [
                t(i),
                k(f"{u.baris['kode']} {u.baris['unsur'] or ''}".strip()),
                n(desimal(u.nrr), 2),
                n(desimal(u.bobot), 4),
                n(desimal(u.nrr_tertimbang), 4),
                n(desimal(u.nrr * 25), 2),
            ]
        )
    baris.append(
        [
            k("IKM (jumlah NRR tertimbang)", tebal=True, rentang=4),
            n(desimal(ikm.ikm), 4, tebal=True),
            n(ikm.konversi_tampil, 2, tebal=True),
        ]
    )
    baris.append(
        [
            k("Mutu pelayanan / kinerja unit", tebal=True, rentang=4),
            t(ikm.mutu.huruf, tebal=True),
            k(ikm.mutu.kinerja, tebal=True),
        ]
    )
    isi.tabel["skm"] = TabelLaporan(
        "skm",
        f"Nilai Rata-rata (NRR) per Unsur Pelayanan dan Indeks Kepuasan Masyarakat "
        f"(IKM) {nama} Tahun {tahun}",
        [
            judul_kolom(
                "No",
                "Unsur Pelayanan",
                "NRR",
                "Bobot",
                "NRR Tertimbang",
                "Nilai Konversi (x 25)",
            )
        ],
        baris,
        [0.5, 4, 1, 1, 1.2, 1.3],
    )


def _responden(hasil: Hasil, isi: Isi) -> None:
    """Table `responden`: the respondents per characteristic (None without them)."""
    tahun = hasil.buku.profil.get("tahun") or 0
    skm = hasil.skm
    resp = []
    for judul, kunci in (
        ("Jenis Layanan", "layanan"),
        ("Jenis Kelamin", "jenis_kelamin"),
        ("Umur", "umur"),
        ("Pendidikan", "pendidikan"),
        ("Pekerjaan", "pekerjaan"),
    ):
        c = skm.profil_responden.get(kunci) or {}
        if not c:
            continue
        jumlah = sum(c.values())
        resp.append([k(judul, tebal=True, rentang=3)])
        resp += [[k(""), k(nilai), n(x)] for nilai, x in c.items()]
        resp.append([k(""), k("Jumlah", miring=True), n(jumlah)])
    isi.tabel["responden"] = (
        TabelLaporan(
            "responden",
            f"Profil Responden Survei Kepuasan Masyarakat Tahun {tahun}",
            [judul_kolom("Karakteristik", "Kelompok", "Jumlah (orang)")],
            resp,
            [2, 3, 1.5],
        )
        if resp
        else None
    )


def _tren(hasil: Hasil, isi: Isi) -> None:
    """Table `ikm_tren`: IKM per year, this year's the one IKM of the report year."""
    tahun = hasil.buku.profil.get("tahun") or 0
    nama = hasil.buku.profil.get("nama_instansi") or "-"
    tren = sorted(
        [(r[0], r[1]) for r in hasil.riwayat_ikm if r[0] != tahun]
        + ([(tahun, hasil.ikm_tahun)] if hasil.ikm_tahun is not None else [])
    )
    if tren:
        isi.tabel["ikm_tren"] = TabelLaporan(
            "ikm_tren",
            f"Perkembangan Indeks Kepuasan Masyarakat {nama}",
            [judul_kolom("Tahun", "Nilai IKM", "Mutu", "Kinerja Unit Pelayanan")],
            [[t(y), n(v, 2), t(mutu(v).huruf), k(mutu(v).kinerja)] for y, v in tren],
            [1, 1.2, 1, 2],
        )
