"""Capaian of each row against its own target and realisasi (polaritas, rounding), rata-rata rows
against the column they summarise, and kategori against the scale the document prints."""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from lakip_xl.calc.capaian import Capaian, Polaritas, RumusNegatif, Status, hitung_capaian
from lakip_xl.calc.kategori import SEMUA_SKALA, Rentang, Skala
from lakip_xl.calc.rata import rata_rata
from lakip_xl.reviu import angka
from lakip_xl.reviu.angka import Nilai, cocok, tulis
from lakip_xl.reviu.kolom import Baris, Kelompok, Susunan
from lakip_xl.reviu.temuan import Temuan

_NEGATIF = re.compile(r"\(\s*-\s*\)|\bnegatif\b|semakin rendah|makin rendah|minimi[sz]e", re.I)


def _polaritas(s: Susunan, b: Baris) -> Polaritas:
    """Negatif only when the document says so: a Polaritas column, "(-)" or "negatif" beside it."""
    for k in s.kolom:
        if "polaritas" in k.label or "sifat" in k.label:
            teks = b.sel[k.indeks].teks.casefold()
            if "negatif" in teks or teks.strip() in ("-", "(-)", "minimize"):
                return Polaritas.NEGATIF
            return Polaritas.POSITIF
    return Polaritas.NEGATIF if _negatif(b.label) else Polaritas.POSITIF


@functools.lru_cache(maxsize=16384)  # a row's label, asked for by every check of its row
def _negatif(label: str) -> bool:
    return _NEGATIF.search(label) is not None


_RE_KEBALIKAN = re.compile(r"capaian\s*=\s*\(?\s*target\s*/\s*realisasi", re.I)
_RE_SELISIH = re.compile(r"\(\s*2\s*[x×*]\s*target\s*-\s*realisasi\s*\)", re.I)


def rumus_negatif(teks: str) -> RumusNegatif:
    """The negative formula the document states ("capaian = target / realisasi x 100" under a
    table); the default (2 x target - realisasi) / target when it states none or both."""
    if _RE_KEBALIKAN.search(teks) and not _RE_SELISIH.search(teks):
        return RumusNegatif.KEBALIKAN
    return RumusNegatif.SELISIH


def rumus(p: Polaritas, r: RumusNegatif = RumusNegatif.SELISIH) -> str:
    if p is Polaritas.POSITIF:
        return "Realisasi / Target x 100"
    return f"{r.value} x 100"


def capaian_baris(s: Susunan, g: Kelompok, b: Baris) -> tuple[Nilai, Nilai, Decimal] | None:
    """(target, realisasi, right capaian) of a row, when both inputs are printed numbers."""
    t, r = b.nilai(g.target), b.nilai(g.realisasi)
    if t is None or r is None or t.nilai <= 0:
        return None
    c = hitung_capaian(t.nilai, r.nilai, _polaritas(s, b), s.rumus_negatif)
    return (t, r, c.persen) if c.persen is not None else None


def benar_baris(s: Susunan, g: Kelompok, b: Baris) -> Decimal | None:
    """The right capaian of a row; when the printed value follows the other polarity's formula
    (a Polaritas finding), that formula's value, since the document treats it so. Worked out
    once per row and column group of a table read (`Susunan.benar`): the checks of capaian,
    averages, consistency and sentences each ask for it."""
    kunci = (id(g), id(b), s.rumus_negatif)  # the entry holds g and b: no id is reused
    if (ada := s.benar.get(kunci)) is None:
        ada = s.benar[kunci] = (g, b, _benar_baris(s, g, b))
    return ada[2]


def _benar_baris(s: Susunan, g: Kelompok, b: Baris) -> Decimal | None:
    hasil = capaian_baris(s, g, b)
    if hasil is None:
        return None
    t, r, benar = hasil
    c = b.nilai(g.capaian)
    if c is None or cocok(c, benar) != "salah":
        return benar
    lain = Polaritas.NEGATIF if _polaritas(s, b) is Polaritas.POSITIF else Polaritas.POSITIF
    for rn in (RumusNegatif.SELISIH, RumusNegatif.KEBALIKAN):
        alt = hitung_capaian(t.nilai, r.nilai, lain, rn).persen
        if alt is not None and cocok(c, alt) != "salah":
            return alt
    return benar


def _dasar(t: Nilai, r: Nilai, p: Polaritas, benar: Decimal,
           rn: RumusNegatif = RumusNegatif.SELISIH) -> str:
    tt, rr = tulis(t.nilai, t.desimal), tulis(r.nilai, r.desimal)
    if p is Polaritas.POSITIF:
        return f"{rr} / {tt} x 100 = {tulis(benar, 4)} ({rumus(p)}, polaritas positif)"
    if rn is RumusNegatif.KEBALIKAN:
        return f"{tt} / {rr} x 100 = {tulis(benar, 4)} (polaritas negatif, rumus dokumen)"
    return f"(2 x {tt} - {rr}) / {tt} x 100 = {tulis(benar, 4)} (polaritas negatif)"


def _periksa_baris(s: Susunan, g: Kelompok, b: Baris) -> Temuan | None:
    c = b.nilai(g.capaian)
    hasil = capaian_baris(s, g, b)
    if c is None or hasil is None:
        return None
    t, r, benar = hasil
    p = _polaritas(s, b)
    lokasi = s.tabel.lokasi(b.label)
    tempat = b.asal(g.capaian)
    status = cocok(c, benar)
    if status == "sama":
        return None
    seharusnya = tulis(benar, max(2, c.desimal))
    if status == "pembulatan":
        return Temuan("Pembulatan", lokasi, "Capaian dipotong, bukan dibulatkan (ROUND Excel).",
                      c.teks, seharusnya, _dasar(t, r, p, benar, s.rumus_negatif), tempat)
    lain = Polaritas.NEGATIF if p is Polaritas.POSITIF else Polaritas.POSITIF
    for rn in (RumusNegatif.SELISIH, RumusNegatif.KEBALIKAN):
        alt = hitung_capaian(t.nilai, r.nilai, lain, rn)
        if alt.persen is not None and cocok(c, alt.persen) != "salah":
            uraian = (f"Capaian dihitung dengan rumus polaritas {lain.value.lower()} "
                      f"({rumus(lain, rn)}); indikator ini dibaca {p.value.lower()}. Bila "
                      "indikatornya memang negatif, nyatakan polaritasnya dan pakai satu rumus.")
            return Temuan("Polaritas", lokasi, uraian, c.teks, seharusnya,
                          _dasar(t, r, p, benar, s.rumus_negatif), tempat)
    return Temuan("Hitungan", lokasi, "Capaian tidak sesuai target dan realisasi barisnya.",
                  c.teks, seharusnya, _dasar(t, r, p, benar, s.rumus_negatif), tempat)


def _nilai_kolom(s: Susunan, g: Kelompok) -> tuple[list[Decimal], list[Decimal]]:
    """Printed and right capaian of the data rows of one column."""
    cetak, benar = [], []
    for b in s.baris:
        if b.jenis not in ("data", "program"):
            continue
        c = b.nilai(g.capaian)
        nilai = benar_baris(s, g, b) if g.target is not None else None
        if c is None and nilai is None:
            continue
        if c is not None:
            cetak.append(c.nilai)
        benar.append(nilai if nilai is not None else c.nilai)  # type: ignore[union-attr]
    return cetak, benar


def _rata(nilai: list[Decimal], batas: int | None = None) -> Decimal | None:
    r = rata_rata([Capaian(v, Status.ADA) for v in nilai], batas_persen=batas)
    return r.persen


def _rata_benar(benar: list[Decimal], c: Nilai) -> Decimal | None:
    """The right average a printed rata-rata stands for: of the right capaian, or capped at 100
    or 120 when the printed value is that capped average (the basis `_periksa_rata` accepts)."""
    r = _rata(benar)
    if r is None or cocok(c, r) == "sama":
        return r
    return next((x for x in (_rata(benar, 100), _rata(benar, 120))
                 if x is not None and cocok(c, x) == "sama"), r)


def _periksa_rata(s: Susunan, g: Kelompok, b: Baris) -> Temuan | None:
    c = b.nilai(g.capaian)
    cetak, benar = _nilai_kolom(s, g)
    if c is None or not benar:
        return None
    dasar_benar = _rata(benar)
    assert dasar_benar is not None
    if cocok(c, dasar_benar) == "sama":
        return None
    basis = {"berbatas 100": _rata(benar, 100), "berbatas 120": _rata(benar, 120)}
    if any(v is not None and cocok(c, v) == "sama" for v in basis.values()):
        return None
    rinci = [f"rata-rata {len(benar)} capaian yang benar = {tulis(dasar_benar)}"]
    rinci += [f"{k}: {tulis(v)}" for k, v in basis.items() if v is not None]
    if cetak:
        rata_cetak = _rata(cetak)
        assert rata_cetak is not None
        rinci.append(f"rata-rata {len(cetak)} angka tercetak di kolom itu: {tulis(rata_cetak)}")
        if cocok(c, rata_cetak) == "sama":
            uraian = ("Rata-rata sesuai angka tercetak di kolomnya, tetapi sebagian angka itu "
                      "salah; rata-rata capaian yang benar berbeda.")
        else:
            uraian = "Rata-rata tidak cocok dengan dasar mana pun dari kolom yang dirangkumnya."
    else:
        uraian = "Rata-rata tidak cocok dengan kolom yang dirangkumnya."
    jenis = "Pembulatan" if cocok(c, dasar_benar) == "pembulatan" else "Hitungan"
    if jenis == "Pembulatan":
        uraian = "Rata-rata dipotong, bukan dibulatkan (ROUND Excel)."
    return Temuan(jenis, s.tabel.lokasi(b.label), uraian, c.teks,
                  tulis(dasar_benar, max(2, c.desimal)), "; ".join(rinci), b.asal(g.capaian))


_RE_BATAS = re.compile(r"(lebih dari|di ?atas|>)\s*(\d+(?:[.,]\d+)?)", re.I)


def skala_dokumen(daftar: list[Susunan]) -> Skala | None:
    """The category scale the document prints (a table with Rentang and Kategori columns)."""
    for s in daftar:
        rentang, kat = s.peran("rentang"), s.peran("kategori")
        if not rentang or not kat or "capaian" not in s.kolom[rentang[0]].label:
            continue
        isi: list[Rentang] = []
        for b in [*s.baris]:
            teks, nama = b.sel[rentang[0]].teks, b.sel[kat[0]].teks.strip()
            m = _RE_BATAS.search(teks)
            if nama:
                batas = Decimal(m.group(2).replace(",", ".")) if m else None
                isi.append(Rentang(nama, batas, teks))
        if len(isi) >= 3 and sum(r.di_atas is None for r in isi) == 1:
            isi.sort(key=lambda r: (r.di_atas is None, -(r.di_atas or 0)))
            return Skala(f"skala {s.tabel.nama}", s.tabel.nama, tuple(isi))
    return None


def _skala_untuk(kategori: str, skala: Skala | None) -> Skala | None:
    if skala is not None:
        return skala
    rapat = "".join(kategori.split()).casefold()
    for sk in SEMUA_SKALA:
        if rapat in ("".join(n.split()).casefold() for n in sk.nama_kategori):
            return sk
    return None


def _periksa_kategori(s: Susunan, g: Kelompok, b: Baris, skala: Skala | None) -> Temuan | None:
    kat = s.peran("kategori")
    k = next((i for i in kat if i > g.capaian), None)
    if k is None:
        return None
    tertulis = b.sel[k].teks.strip()
    c = b.nilai(g.capaian)
    if not tertulis or c is None or tertulis in ("-", "*)"):
        return None
    if b.jenis == "rata":
        _, benar_daftar = _nilai_kolom(s, g)
        benar = _rata_benar(benar_daftar, c) if benar_daftar else None
    else:
        nilai = benar_baris(s, g, b)
        benar = nilai if nilai is not None else c.nilai
    sk = _skala_untuk(tertulis, skala)
    if benar is None or sk is None:
        return None
    harus = sk.kategori(benar)
    if "".join(harus.split()).casefold() == "".join(tertulis.split()).casefold():
        return None  # a PDF may break a word inside a narrow cell ("Memuask an")
    return Temuan("Kategori", s.tabel.lokasi(b.label),
                  f"Kategori tidak sesuai skala ({sk.nama}).", tertulis, harus,
                  f"capaian {tulis(benar)} pada {sk.nama}", b.asal(k))


def periksa(daftar: list[Susunan], skala: Skala | None) -> list[Temuan]:
    """All capaian, rata-rata and kategori findings of the performance tables."""
    hasil: list[Temuan] = []
    for s in daftar:
        if s.anggaran:
            continue
        for g in s.kelompok:
            for b in s.baris:
                t = None
                if b.jenis in ("data", "program") and g.target is not None:
                    t = _periksa_baris(s, g, b)
                elif b.jenis == "rata":
                    t = _periksa_rata(s, g, b)
                if t:
                    hasil.append(t)
                tk = _periksa_kategori(s, g, b, skala) if b.jenis != "jumlah" else None
                if tk:
                    hasil.append(tk)
    return hasil


def rata_tabel(daftar: list[Susunan]) -> list[tuple[Nilai, Decimal, str]]:
    """(printed, right) rata-rata of every rata-rata row: what sentences may quote."""
    hasil = []
    for s in daftar:
        rata = [b for b in s.baris if b.jenis == "rata"]  # averaging per row is quadratic
        if s.anggaran or not rata:
            continue  # a table with no average row: its column's values are not needed
        for g in s.kelompok:
            _, benar = _nilai_kolom(s, g)
            if not benar:
                continue
            for b in rata:
                c = b.nilai(g.capaian)
                r = _rata_benar(benar, c) if c is not None else None
                if c is not None and r is not None:
                    hasil.append((c, r, s.tabel.nama))
    return hasil


__all__ = ["angka", "capaian_baris", "periksa", "rata_tabel", "skala_dokumen"]
