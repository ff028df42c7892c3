"""Anggaran tables: serapan = realisasi / anggaran, program = sum of its kegiatan, Jumlah rows,
sisa = anggaran - realisasi; and Jumlah rows of any other table of counts."""

from __future__ import annotations

from decimal import Decimal

from lakip_xl.calc.anggaran import serapan_persen
from lakip_xl.calc.anggaran import sisa as hitung_sisa
from lakip_xl.reviu.angka import Nilai, cocok, tulis, tulis_rp
from lakip_xl.reviu.kolom import Baris, Susunan
from lakip_xl.reviu.temuan import Temuan


def _serapan(s: Susunan, b: Baris, a_i: int, r_i: int, p_i: int) -> Temuan | None:
    a, r, p = b.nilai(a_i), b.nilai(r_i), b.nilai(p_i)
    if a is None or r is None or p is None or a.nilai <= 0:
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


def _rincian(s: Susunan) -> list[tuple[Baris, list[Baris], str]]:
    """(total row, the rows it adds up, what it is) for program and Jumlah rows."""
    hasil = []
    program = [b for b in s.baris if b.jenis == "program"]
    data = [b for b in s.baris if b.jenis == "data"]
    awal = 0
    for i, b in enumerate(s.baris):
        if b.jenis == "jumlah":
            bagian = s.baris[awal:i]
            atas = [x for x in bagian if x.jenis == "program"] or [
                x for x in bagian if x.jenis == "data"]
            if atas:
                hasil.append((b, atas, "Baris Jumlah"))
            awal = i + 1
    if program and data:
        for i, b in enumerate(s.baris):
            if b.jenis != "program":
                continue
            anak = []
            for x in s.baris[i + 1:]:
                if x.jenis != "data":
                    break
                anak.append(x)
            if anak:
                hasil.append((b, anak, "Baris program"))
    return hasil


def pasangan(s: Susunan) -> list[tuple[int, int, int | None, int | None]]:
    """(anggaran, realisasi, serapan %, year) column groups of an anggaran table."""
    hasil = []
    anggaran = s.peran("anggaran")
    for n, a_i in enumerate(anggaran):
        batas = anggaran[n + 1] if n + 1 < len(anggaran) else len(s.kolom)
        tahun = s.kolom[a_i].tahun
        real = [k for k in s.peran("realisasi") if a_i < k < batas]
        if not real:
            continue
        persen = [k for k in s.peran("capaian") if real[0] < k < batas]
        serapan = [k for k in persen if "serapan" in s.kolom[k].label]
        p_i = (serapan or persen or [None])[0]
        hasil.append((a_i, real[0], p_i, tahun or s.kolom[real[0]].tahun))
    return hasil


def periksa(daftar: list[Susunan]) -> list[Temuan]:
    """Findings of the anggaran tables and of Jumlah rows in tables of counts."""
    hasil: list[Temuan] = []
    for s in daftar:
        angka_kolom = [k.indeks for k in s.kolom
                       if k.peran in ("anggaran", "realisasi", "sisa", "target", "lain")]
        if s.anggaran:
            angka_kolom = []
            for a_i, r_i, p_i, _ in pasangan(s):
                for b in s.baris:
                    t = _serapan(s, b, a_i, r_i, p_i) if p_i is not None else None
                    if t:
                        hasil.append(t)
                    for si in s.peran("sisa"):
                        t = _sisa(s, b, a_i, r_i, si)
                        if t:
                            hasil.append(t)
                angka_kolom += [a_i, r_i]
            angka_kolom += s.peran("sisa")
        elif s.kelompok:
            continue  # performance tables: no sums of targets
        kolom_angka = [k for k in angka_kolom if k != 0 and _kolom_angka(s, k)]
        for total, rinci, apa in _rincian(s):
            for k in kolom_angka:
                t = _jumlah(s, total, k, rinci, apa)
                if t:
                    hasil.append(t)
    return hasil


def _kolom_angka(s: Susunan, k: int) -> bool:
    """A column holding amounts (most data cells are numbers, not row numbers or years)."""
    nilai: list[Nilai | None] = [b.nilai(k) for b in s.baris if b.jenis != "jumlah"]
    ada = [n for n in nilai if n is not None]
    return len(ada) >= max(2, len(nilai) // 2) and not any(n.persen for n in ada) and \
        s.kolom[k].peran != "no"
