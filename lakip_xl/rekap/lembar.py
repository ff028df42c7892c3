"""The recap's own sheets as plain data: per OPD, every indikator, the files not used."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lakip_xl.buku import layout as L
from lakip_xl.rekap.hasil import GagalOpd, HasilOpd, Kolom, Lembar, Nilai
from lakip_xl.rekap.inti import Kumpulan

NAMA_OPD, NAMA_INDIKATOR, NAMA_GAGAL = "Rekap OPD", "Indikator OPD", "Berkas Tidak Terbaca"


def urutkan(opd: Sequence[HasilOpd], urutan: Sequence[str] | None = None) -> list[HasilOpd]:
    """The OPD in the Pemda's order (`urutan`: names, case and spacing ignored), those it does
    not name after them by name; without `urutan`, by name."""
    if not urutan:
        return sorted(opd, key=lambda h: (L.normal(h.nama), h.berkas.casefold()))
    posisi = {L.normal(n): i for i, n in reversed(list(enumerate(urutan)))}
    return sorted(
        opd,
        key=lambda h: (posisi.get(L.normal(h.nama), len(posisi)), L.normal(h.nama), h.berkas),
    )


def _gabung_urut(daftar: Sequence[Sequence[str]], dasar: Sequence[str] = ()) -> list[str]:
    """Names from several lists, each once: those of `dasar` first in its order, then as met."""
    ada = {n for d in daftar for n in d}
    hasil = [n for n in dasar if n in ada]
    for d in daftar:
        for n in d:
            if n not in hasil:
                hasil.append(n)
    return hasil


def judul_rekap(k: Kumpulan, tahun: int | None) -> tuple[str, ...]:
    """The title lines: the Pemda (as most OPD name it), the year, what was read."""
    pemda = Counter(h.pemerintah_daerah for h in k.opd if h.pemerintah_daerah).most_common(1)
    th = tahun or (Counter(h.tahun for h in k.opd if h.tahun).most_common(1) or [(None, 0)])[0][0]
    judul = "Rekapitulasi Kinerja Perangkat Daerah"
    if pemda:
        judul += f" {pemda[0][0]}"
    if th:
        judul += f" Tahun {th}"
    n = len(k.opd) + len(k.gagal)
    ket = f"{len(k.opd)} OPD dari {n} berkas"
    if k.gagal:
        ket += f"; {len(k.gagal)} berkas tidak dapat dipakai (lihat sheet {NAMA_GAGAL})"
    return (judul, ket)


def ganda(opd: Sequence[HasilOpd]) -> list[str]:
    """One sentence per office named in more than one file (same Nama Instansi and Tahun):
    each file is a row of the recap, so its figures would count twice. Which one is right is
    not guessed; the user keeps one."""
    kelompok: dict[tuple[str, int | None], list[HasilOpd]] = {}
    for h in opd:
        kelompok.setdefault((L.normal(h.nama), h.tahun), []).append(h)
    return [
        f"OPD '{d[0].nama}' ada di {len(d)} berkas ({', '.join(sorted(h.berkas for h in d))}); "
        "angkanya terhitung lebih dari sekali: sisakan satu berkas di folder lalu ulangi"
        for d in kelompok.values()
        if len(d) > 1
    ]


def _atau(v: Nilai) -> Nilai:
    """A figure, or '-' as the Ringkasan shows a missing one."""
    return "-" if v is None else v


def lembar_opd(opd: Sequence[HasilOpd], judul: tuple[str, ...]) -> Lembar:
    """One row per OPD, every figure as that workbook's own Ringkasan sheet states it."""
    tingkat = _gabung_urut(
        [[r.judul for r in h.ringkasan.per_tingkat] for h in opd],
        [f"Rata-rata capaian {t} (%)" for t in L.TINGKAT],
    )
    kategori = _gabung_urut([[n for n, _ in h.ringkasan.per_kategori] for h in opd])
    kolom = (
        Kolom("No", "bulat", 5),
        Kolom("Nama OPD", "teks", 34),
        Kolom("Jenis", "teks", 14),
        Kolom("Tahun", "teks", 7),
        Kolom("Jumlah Indikator", "bulat", 10),
        Kolom("Rata-rata Capaian (%)", "persen", 11),
        Kolom("Kategori Rata-rata", "teks", 14),
        Kolom("Dasar Rata-rata", "teks", 16),
        Kolom("Indikator Dirata-rata", "bulat", 10),
        *(Kolom(t.removeprefix("Rata-rata capaian "), "persen", 11) for t in tingkat),
        *(Kolom(f"Jumlah {n}", "bulat", 10) for n in kategori),
        Kolom("Realisasi Belum Tersedia", "bulat", 10),
        Kolom("Tanpa Target", "bulat", 9),
        Kolom("Anggaran (Rp)", "uang", 17),
        Kolom("Realisasi (Rp)", "uang", 17),
        Kolom("Serapan (%)", "persen", 10),
        Kolom("Efisiensi (Rp)", "uang", 16),
        Kolom("IKM", "persen", 8),
        Kolom("Mutu IKM", "teks", 14),
        Kolom("Galat", "bulat", 7),
        Kolom("Peringatan", "bulat", 10),
        Kolom("Baris Dihitung", "bulat", 9),
        Kolom("Berkas", "teks", 28),
    )
    baris: list[tuple[Nilai, ...]] = []
    for no, h in enumerate(opd, start=1):
        r = h.ringkasan
        per_t = {x.judul: x.persen for x in r.per_tingkat}
        per_k = dict(r.per_kategori)
        kosong = r.anggaran is None
        baris.append(
            (
                no,
                h.nama,
                h.jenis,
                str(h.tahun) if h.tahun else None,
                len(h.indikator),
                _atau(r.rata.persen),
                r.rata.kategori,
                r.dasar,
                r.rata.jumlah,
                *((_atau(per_t[t]) if t in per_t else None) for t in tingkat),
                *(per_k.get(n) for n in kategori),
                r.belum_tersedia,
                r.tanpa_target,
                "belum diisi" if kosong else r.anggaran,
                "belum diisi" if kosong else r.realisasi,
                "belum diisi" if kosong else _atau(r.serapan),
                "belum diisi" if kosong else r.sisa,
                _atau(r.ikm),
                r.mutu,
                r.galat,
                r.peringatan,
                h.baris_dihitung,
                h.berkas,
            )
        )
    catatan = (
        "Setiap angka sama dengan sheet Ringkasan buku kerja OPD itu setelah `lakip hitung`; "
        "buku kerja OPD hanya dibaca, tidak diubah.",
        "Efisiensi (Rp) = anggaran - realisasi program/kegiatan. Rata-rata per tingkat dan "
        "jumlah per kategori dihitung per OPD, tidak digabung antar-OPD.",
        *(f"Peringatan: {g}." for g in ganda(opd)),
    )
    return Lembar(NAMA_OPD, judul, kolom, tuple(baris), catatan=catatan)


def lembar_indikator(opd: Sequence[HasilOpd], judul: tuple[str, ...]) -> Lembar:
    """Every OPD's indikator in one table (the e-SAKIP's 'all OPD' mode)."""
    kolom = (
        Kolom("No", "bulat", 6),
        Kolom("OPD", "teks", 26),
        Kolom("Kode", "teks", 8),
        Kolom("Tingkat", "teks", 14),
        Kolom("Sasaran", "teks", 30),
        Kolom("Indikator", "teks", 36),
        Kolom("Satuan", "teks", 9),
        Kolom("Target", "angka", 10),
        Kolom("Realisasi", "angka", 10),
        Kolom("Capaian (%)", "persen", 10),
        Kolom("Capaian Tahun Lalu (%)", "persen", 10),
        Kolom("Kategori", "teks", 15),
    )
    baris: list[tuple[Nilai, ...]] = []
    for h in opd:
        for i in h.indikator:
            baris.append(
                (
                    len(baris) + 1,
                    h.nama,
                    i.kode,
                    i.tingkat,
                    i.sasaran,
                    i.indikator,
                    i.satuan,
                    i.target,
                    i.realisasi if i.realisasi is not None else "*)",
                    i.capaian,
                    i.capaian_lalu,
                    i.kategori,
                )
            )
    catatan = ("*) realisasi belum tersedia; - capaian tidak dapat dihitung.",)
    return Lembar(NAMA_INDIKATOR, judul, kolom, tuple(baris), catatan=catatan)


def lembar_gagal(gagal: Sequence[GagalOpd], judul: tuple[str, ...]) -> Lembar:
    """The files the recap could not use, each with its first message."""
    kolom = (
        Kolom("No", "bulat", 5),
        Kolom("Berkas", "teks", 30),
        Kolom("Nama Instansi", "teks", 28),
        Kolom("Tahun", "teks", 7),
        Kolom("Sebab", "teks", 90),
    )
    baris = tuple(
        (no, g.berkas, g.nama, str(g.tahun) if g.tahun else None, g.pesan)
        for no, g in enumerate(gagal, start=1)
    )
    catatan = (
        ("Semua berkas dapat dibaca.",)
        if not gagal
        else ("Berkas ini tidak dimasukkan ke rekap; perbaiki lalu jalankan `lakip rekap` lagi.",)
    )
    return Lembar(NAMA_GAGAL, judul, kolom, baris, catatan=catatan)


def lembar_rekap(
    k: Kumpulan, tahun: int | None = None, urutan: Sequence[str] | None = None
) -> list[Lembar]:
    """The recap's three sheets."""
    judul = judul_rekap(k, tahun)
    opd = urutkan(k.opd, urutan)
    return [lembar_opd(opd, judul), lembar_indikator(opd, judul), lembar_gagal(k.gagal, judul)]
