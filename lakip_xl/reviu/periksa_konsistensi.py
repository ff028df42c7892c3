"""The same indikator or program printed with different numbers in different tables or text."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal

from lakip_xl.calc.angka import bulat
from lakip_xl.reviu.angka import Nilai, baca, cocok, sama_angka, tulis
from lakip_xl.reviu.dokumen import Paragraf
from lakip_xl.reviu.kolom import Baris, Susunan, normal
from lakip_xl.reviu.periksa_anggaran import pasangan
from lakip_xl.reviu.temuan import Temuan

_IKM = re.compile(r"\bikm\b|kepuasan masyarakat", re.I)
_AKHIR = re.compile(r"akhir|renstra|jangka menengah|rpjmd", re.I)  # not this year's target
_NAMA = {"target": "target", "realisasi": "realisasi", "anggaran": "anggaran",
         "realisasi anggaran": "realisasi anggaran"}


def _isian(s: Susunan) -> list[tuple[str, int | None, int, Baris]]:
    """(role, year, column, row) of the values a table states about its rows."""
    hasil = []
    if s.anggaran:
        kolom = []
        for a_i, r_i, _, tahun in pasangan(s):
            # money spent is compared with money spent, not with a kinerja realisasi
            kolom += [("anggaran", tahun or s.tahun, a_i),
                      ("realisasi anggaran", tahun or s.tahun, r_i)]
    else:
        kolom = []
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


def periksa(daftar: list[Susunan]) -> list[Temuan]:
    """One finding for each table whose value differs from what most other tables print."""
    kelompok: dict[tuple[str, str, int | None], list[tuple[Nilai, Susunan, Baris, int]]] = \
        defaultdict(list)
    for s in daftar:
        for peran, tahun, k, b in _isian(s):
            n = b.nilai(k)
            kunci = normal(b.label)
            if n is None or len(kunci) < 8:
                continue
            kelompok[(kunci, peran, tahun)].append((n, s, b, k))
    hasil: list[Temuan] = []
    for (_, peran, _), isi in kelompok.items():
        tabel = {id(s.tabel) for _, s, _, _ in isi}
        if len(tabel) < 2:
            continue
        hitung: Counter[str] = Counter()
        wakil: dict[str, Nilai] = {}
        for n, _, _, _ in isi:
            kunci = next((w for w, x in wakil.items() if sama_angka(x, n)), None)
            if kunci is None:
                kunci = tulis(n.nilai, n.desimal)
                wakil[kunci] = n
            hitung[kunci] += 1
        if len(hitung) < 2:
            continue
        (utama, jml), (_, jml2) = hitung.most_common(2)
        if jml == jml2:
            utama = next(iter(wakil))  # a tie: the first table read sets the value
        lain = sorted({s.tabel.nama for n, s, _, _ in isi if sama_angka(n, wakil[utama])})
        for n, s, b, k in isi:
            if sama_angka(n, wakil[utama]):
                continue
            hasil.append(Temuan(
                "Konsistensi", s.tabel.lokasi(b.label),
                f"Nilai {_NAMA[peran]} berbeda dengan tabel lain untuk baris yang sama.",
                n.teks, utama, f"{_NAMA[peran]} tercetak di {', '.join(lain)}", b.asal(k)))
    return hasil


_RE_NAMA_PERSEN = re.compile(r"([^;:()]{8,300}?)\s*\(\s*(\d+(?:,\d+)?)\s*%")


def _nilai_benar(daftar: list[Susunan]) -> dict[str, tuple[set[Decimal], str]]:
    """Row label -> (right capaian or serapan of this year, the table it comes from)."""
    from lakip_xl.calc.anggaran import serapan_persen
    from lakip_xl.reviu.periksa_capaian import benar_baris

    hasil: dict[str, tuple[set[Decimal], str]] = {}

    def simpan(label: str, nilai: Decimal | None, tabel: str) -> None:
        kunci = normal(label)
        if nilai is None or len(kunci) < 15:
            return
        ada = hasil.setdefault(kunci, (set(), tabel))
        ada[0].add(bulat(nilai, 2))

    for s in daftar:
        if s.anggaran:
            for a_i, r_i, _, tahun in pasangan(s):
                if tahun not in (None, s.tahun):
                    continue
                for b in s.baris:
                    a, r = b.nilai(a_i), b.nilai(r_i)
                    if a is not None and r is not None:
                        simpan(b.label, serapan_persen(a.nilai, r.nilai), s.tabel.nama)
            continue
        for g in s.kelompok:
            if g.target is None or g.tahun not in (None, s.tahun):
                continue
            for b in s.baris:
                if b.jenis in ("data", "program"):
                    simpan(b.label, benar_baris(s, g, b), s.tabel.nama)
    return hasil


def periksa_kalimat(paragraf: list[Paragraf], daftar: list[Susunan]) -> list[Temuan]:
    """"<indikator or program> (X%)" in the text against the right value of that table row."""
    benar = _nilai_benar(daftar)
    if not benar:
        return []
    hasil: list[Temuan] = []
    for p in paragraf:
        if p.judul or p.bab.startswith(("DAFTAR", "TABEL", "GAMBAR")):
            continue
        for m in _RE_NAMA_PERSEN.finditer(p.teks):
            nama = normal(m.group(1))
            kunci = next((k for k in benar if nama.endswith(k)), None)
            n = baca(m.group(2) + "%")
            if kunci is None or n is None:
                continue
            nilai, tabel = benar[kunci]
            if len(nilai) != 1 or any(cocok(n, v) == "sama" for v in nilai):
                continue
            v = next(iter(nilai))
            hasil.append(Temuan(
                "Konsistensi", p.lokasi(), "Persentase dalam teks berbeda dengan baris yang "
                "sama di tabel.", m.group(2) + "%", tulis(v), f"baris '{kunci}' di {tabel}",
                p.indeks))
    return hasil
