"""Which number is wrong when a detail row and its Jumlah disagree: the detail whose value
another table prints differently, with the value that makes the Jumlah right (two independent
places agree on it), else the Jumlah itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from lakip_xl.reviu.angka import Nilai, cocok, sama_angka
from lakip_xl.reviu.kolom import Baris, Susunan, normal

_IKM = re.compile(r"\bikm\b|kepuasan masyarakat", re.I)
_AKHIR = re.compile(r"akhir|renstra|jangka menengah|rpjmd", re.I)  # not this year's target

Kunci = tuple[str, str, int | None]  # (row label, role, year)


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


def isian(s: Susunan) -> list[tuple[str, int | None, int, Baris]]:
    """(role, year, column, row) of the values a table states about its rows."""
    hasil = []
    kolom = []
    if s.anggaran:
        for a_i, r_i, _, tahun in pasangan(s):
            kolom += [("anggaran", tahun or s.tahun, a_i),  # spent money, not a kinerja value
                      ("realisasi anggaran", tahun or s.tahun, r_i)]
    else:
        for g in s.kelompok:
            tahun = g.tahun or s.tahun
            if g.target is not None and not _AKHIR.search(s.kolom[g.target].label):
                kolom.append(("target", tahun, g.target))
            if g.realisasi is not None:
                kolom.append(("realisasi", tahun, g.realisasi))
    for peran, tahun, k in kolom:
        for b in s.baris:
            if b.jenis in ("data", "program") and b.label and not _IKM.search(b.label):
                hasil.append((peran, tahun, k, b))
    return hasil


@dataclass(frozen=True)
class Ganjil:
    """A detail cell that is the odd one: its value, the value the Jumlah and another table
    agree on, and where that other value is printed."""

    baris: Baris
    kolom: int
    tertulis: Nilai
    benar: Nilai
    tabel_lain: tuple[str, ...]


class Indeks:
    """Every value the tables state about a row, by (label, role, year), to compare tables."""

    def __init__(self, daftar: list[Susunan]) -> None:
        self.nilai: dict[Kunci, list[tuple[Nilai, Susunan, Baris, int]]] = {}
        self.peran: dict[tuple[int, int], tuple[str, int | None]] = {}
        for s in daftar:
            for peran, tahun, k, b in isian(s):
                self.peran[(id(s), k)] = (peran, tahun)
                n = b.nilai(k)
                kunci = normal(b.label)
                if n is None or len(kunci) < 8:
                    continue
                self.nilai.setdefault((kunci, peran, tahun), []).append((n, s, b, k))

    def lain(self, s: Susunan, b: Baris, k: int) -> list[tuple[Nilai, Susunan]]:
        """The same row's value in the same role and year in the other tables."""
        peran = self.peran.get((id(s), k))
        if peran is None:
            return []
        return [(n, s2) for n, s2, _, _ in self.nilai.get((normal(b.label), *peran), [])
                if s2.tabel is not s.tabel]


def ganjil(s: Susunan, total: Baris, rinci: list[Baris], k: int, indeks: Indeks
           ) -> Ganjil | None:
    """The one detail row whose value, replaced by what another table prints for it, makes the
    Jumlah right; None when no detail (or more than one) does."""
    cetak = total.nilai(k)
    ada = [(b, b.nilai(k)) for b in rinci]
    ada = [(b, n) for b, n in ada if n is not None]
    if cetak is None or not ada:
        return None
    jumlah = sum((n.nilai for _, n in ada), Decimal(0))
    calon = []
    for b, n in ada:
        for w, s2 in indeks.lain(s, b, k):
            if sama_angka(w, n):
                continue
            baru = jumlah - n.nilai + w.nilai
            d = max(cetak.desimal, w.desimal, n.desimal)
            if baru == cetak.nilai or (d and cocok(cetak, baru) == "sama"):
                calon.append((b, n, w, s2))
    baris = {id(b) for b, _, _, _ in calon}
    if len(baris) != 1:
        return None
    b, n, w, _ = calon[0]
    tabel = tuple(dict.fromkeys(f"Tabel {s2.tabel.nomor}" if s2.tabel.nomor else s2.tabel.nama
                                for b2, _, w2, s2 in calon if sama_angka(w2, w)))
    return Ganjil(b, k, n, w, tabel)


def semua_ganjil(daftar: list[Susunan]) -> dict[tuple[int, int, int], Ganjil]:
    """(table id, row index, column) -> the odd detail cell, for every Jumlah that disagrees."""
    indeks = Indeks(daftar)
    hasil = {}
    for s in daftar:
        for total, rinci, _ in rincian(s):
            for k in kolom_jumlah(s):
                g = ganjil(s, total, rinci, k, indeks)
                if g is not None:
                    hasil[(id(s.tabel), g.baris.indeks, k)] = g
    return hasil


def terkonfirmasi(daftar: list[Susunan]) -> set[tuple[int, int, int]]:
    """(table id, row index, column) of the detail cells whose table's Jumlah or program row
    adds up with them: a second place in the document confirms their values."""
    hasil = set()
    for s in daftar:
        kolom = kolom_jumlah(s)
        for total, rinci, _ in rincian(s):
            for k in kolom:
                cetak = total.nilai(k)
                ada = [(b, b.nilai(k)) for b in rinci]
                ada = [(b, n) for b, n in ada if n is not None]
                if cetak is None or len(ada) < 2:
                    continue
                if sum((n.nilai for _, n in ada), Decimal(0)) == cetak.nilai:
                    hasil |= {(id(s.tabel), b.indeks, k) for b, _ in ada}
    return hasil


def rincian(s: Susunan) -> list[tuple[Baris, list[Baris], str]]:
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
            bernomor = [x for x in anak if x.no.strip()]
            if bernomor and len(bernomor) < len(anak):
                anak = bernomor  # unnumbered rows ("- sub kegiatan") are parts of the row above
            if anak:
                hasil.append((b, anak, "Baris program"))
    return hasil


def kolom_jumlah(s: Susunan) -> list[int]:
    """The columns of amounts whose Jumlah and program rows must add up."""
    if s.anggaran:
        kolom = [k for a_i, r_i, _, _ in pasangan(s) for k in (a_i, r_i)] + s.peran("sisa")
    elif s.kelompok:
        return []  # performance tables: no sums of targets
    else:
        kolom = [k.indeks for k in s.kolom
                 if k.peran in ("anggaran", "realisasi", "sisa", "target", "lain")]
    return [k for k in kolom if k != 0 and _kolom_angka(s, k)]


def _kolom_angka(s: Susunan, k: int) -> bool:
    """A column holding amounts (most data cells are numbers, not row numbers or years)."""
    nilai: list[Nilai | None] = [b.nilai(k) for b in s.baris if b.jenis != "jumlah"]
    ada = [n for n in nilai if n is not None]
    return len(ada) >= max(2, len(nilai) // 2) and not any(n.persen for n in ada) and \
        s.kolom[k].peran != "no"
