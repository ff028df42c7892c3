"""Anggaran tables: serapan = realisasi / anggaran, program = sum of its kegiatan, Jumlah rows,
sisa = anggaran - realisasi; and Jumlah rows of any other table of counts."""

from __future__ import annotations

from decimal import Decimal

from lakip_xl.calc.anggaran import serapan_persen
from lakip_xl.calc.anggaran import sisa as hitung_sisa
from lakip_xl.reviu.angka import cocok, tulis, tulis_rp
from lakip_xl.reviu.kolom import Baris, Susunan
from lakip_xl.reviu.silang import (
    Ganjil,
    Indeks,
    ganjil,
    kolom_jumlah,
    pasangan,
    rincian,
    semua_ganjil,
)
from lakip_xl.reviu.temuan import Temuan

__all__ = ["kolom_jumlah", "pasangan", "periksa", "rincian"]


def _serapan(s: Susunan, b: Baris, a_i: int, r_i: int, p_i: int,
             salah: dict[tuple[int, int, int], Ganjil] | None = None) -> Temuan | None:
    a, r, p = b.nilai(a_i), b.nilai(r_i), b.nilai(p_i)
    if a is None or r is None or p is None or a.nilai <= 0:
        return None
    for k in (a_i, r_i):  # an odd amount already named: the serapan may follow the right one
        g = (salah or {}).get((id(s.tabel), b.indeks, k))
        if g is not None:
            a2, r2 = (g.benar, r) if k == a_i else (a, g.benar)
            benar2 = serapan_persen(a2.nilai, r2.nilai) if a2.nilai > 0 else None
            if benar2 is not None and cocok(p, benar2) == "sama":
                return None
    benar = serapan_persen(a.nilai, r.nilai)
    if benar is None:
        return None
    status = cocok(p, benar)
    if status == "sama":
        return None
    dasar = f"{tulis_rp(r.nilai)} / {tulis_rp(a.nilai)} x 100 = {tulis(benar, 4)} (serapan)"
    jenis = "Pembulatan" if status == "pembulatan" else "Hitungan"
    uraian = ("Persentase dipotong, bukan dibulatkan (ROUND Excel)." if jenis == "Pembulatan"
              else "Persentase realisasi anggaran tidak sesuai anggaran dan realisasinya.")
    return Temuan(jenis, s.tabel.lokasi(b.label), uraian, p.teks,
                  tulis(benar, max(2, p.desimal)), dasar, b.asal(p_i))


def _jumlah(s: Susunan, b: Baris, kolom: int, rinci: list[Baris], apa: str) -> Temuan | None:
    cetak = b.nilai(kolom)
    nilai = [x.nilai(kolom) for x in rinci]
    ada = [n for n in nilai if n is not None]
    if cetak is None or not ada or cetak.persen:
        return None
    benar = sum((n.nilai for n in ada), Decimal(0))
    d = max([cetak.desimal, *(n.desimal for n in ada)])
    if cetak.nilai == benar or (d and cocok(cetak, benar) == "sama"):
        return None
    bagian = " + ".join(tulis(n.nilai, n.desimal) for n in ada)
    if len(ada) > 8:
        bagian = f"jumlah {len(ada)} baris ({tulis(ada[0].nilai, ada[0].desimal)} + ... + " \
                 f"{tulis(ada[-1].nilai, ada[-1].desimal)})"
    judul = s.kolom[kolom].label or f"kolom {kolom + 1}"
    return Temuan("Hitungan", s.tabel.lokasi(b.label),
                  f"{apa} tidak sama dengan jumlah rinciannya (kolom '{judul}').",
                  cetak.teks, tulis(benar, d), f"{bagian} = {tulis(benar, d)}", b.asal(kolom))


def _sisa(s: Susunan, b: Baris, a_i: int, r_i: int, s_i: int) -> Temuan | None:
    a, r, x = b.nilai(a_i), b.nilai(r_i), b.nilai(s_i)
    if a is None or r is None or x is None or x.persen:
        return None
    benar = hitung_sisa(a.nilai, r.nilai)
    if benar == x.nilai:
        return None
    return Temuan("Hitungan", s.tabel.lokasi(b.label), "Sisa anggaran tidak sama dengan "
                  "anggaran dikurangi realisasi.", x.teks, tulis_rp(benar),
                  f"{tulis_rp(a.nilai)} - {tulis_rp(r.nilai)} = {tulis_rp(benar)}", b.asal(s_i))


def _ganjil(s: Susunan, total: Baris, g: Ganjil, apa: str) -> Temuan:
    """The finding on the odd detail cell instead of on the Jumlah it makes wrong."""
    b, k = g.baris, g.kolom
    kepala = s.tabel.baris[0][k].teks if s.tabel.baris and k < len(s.tabel.baris[0]) else ""
    judul = kepala or s.kolom[k].label or f"kolom {k + 1}"
    lain = ", ".join(g.tabel_lain)
    cetak = total.nilai(k)
    return Temuan(
        "Hitungan", s.tabel.lokasi(b.label),
        f"Angka rincian (kolom '{judul}') berbeda dengan {lain} untuk baris yang sama; dengan "
        f"angka itu {apa.lower()} '{_pendek(total.label) or 'Jumlah'}' sama dengan jumlah "
        "rinciannya, jadi angka rincian inilah yang salah, bukan jumlahnya.",
        g.tertulis.teks, tulis(g.benar.nilai, g.benar.desimal),
        f"{g.benar.teks.strip()} tercetak di {lain} dan dikonfirmasi {apa.lower()} "
        f"{cetak.teks.strip() if cetak else ''}", b.asal(k))


def _pendek(teks: str, n: int = 60) -> str:
    return teks if len(teks) <= n else teks[: n - 3] + "..."


def periksa(daftar: list[Susunan]) -> list[Temuan]:
    """Findings of the anggaran tables and of Jumlah rows in tables of counts; a Jumlah that
    disagrees with its details because one detail is the odd one names that detail."""
    hasil: list[Temuan] = []
    indeks = Indeks(daftar)
    salah = semua_ganjil(daftar)
    for s in daftar:
        if s.anggaran:
            for a_i, r_i, p_i, _ in pasangan(s):
                for b in s.baris:
                    t = _serapan(s, b, a_i, r_i, p_i, salah) if p_i is not None else None
                    if t:
                        hasil.append(t)
                    for si in s.peran("sisa"):
                        t = _sisa(s, b, a_i, r_i, si)
                        if t:
                            hasil.append(t)
        kolom = kolom_jumlah(s)
        for total, rinci, apa in rincian(s):
            for k in kolom:
                t = _jumlah(s, total, k, rinci, apa)
                if t is None:
                    continue
                g = ganjil(s, total, rinci, k, indeks)
                hasil.append(t if g is None else _ganjil(s, total, g, apa))
    return hasil
