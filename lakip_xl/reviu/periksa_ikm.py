"""Survei Kepuasan Masyarakat: NRR x 25 = konversi per unsur, IKM of the NRR, its mutu, and the
IKM wherever the document quotes it (PermenPANRB 14/2017, through calc.skm)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from lakip_xl.calc.skm import HasilIKM, hitung_ikm
from lakip_xl.reviu.angka import Nilai, cocok, tulis
from lakip_xl.reviu.kolom import Susunan
from lakip_xl.reviu.temuan import Temuan

_RE_IKM = re.compile(r"\bIKM\b|indeks kepuasan|kepuasan masyarakat|\bIKU\b", re.I)


@dataclass
class IKM:
    """The survey found in the document: its result and where the NRR are."""

    hasil: HasilIKM
    nrr: list[Nilai]
    tabel: str

    @property
    def toleransi(self) -> Decimal:
        """How far the konversi may lie from the printed NRR's: each NRR is printed rounded,
        so its true value is within half a unit of its last printed decimal."""
        h = sum((Decimal(5).scaleb(-n.desimal - 1) for n in self.nrr), Decimal(0))
        return h / len(self.nrr) * 25

    def sesuai(self, cetak: Nilai, benar: Decimal | None = None,
               toleransi: Decimal | None = None) -> bool:
        """The printed value agrees with the konversi within the NRR's printed rounding."""
        benar = self.konversi if benar is None else benar
        toleransi = self.toleransi if toleransi is None else toleransi
        return abs(cetak.nilai - benar) <= toleransi + Decimal(5).scaleb(-cetak.desimal - 1)

    @property
    def konversi(self) -> Decimal:
        k = self.hasil.konversi
        return Decimal(k.numerator) / Decimal(k.denominator)

    @property
    def ikm(self) -> Decimal:
        k = self.hasil.ikm
        return Decimal(k.numerator) / Decimal(k.denominator)

    def dasar(self) -> str:
        isi = " + ".join(tulis(n.nilai, n.desimal) for n in self.nrr)
        return (f"IKM = ({isi}) / {len(self.nrr)} = {tulis(self.ikm, 4)}; konversi = "
                f"{tulis(self.ikm, 4)} x 25 = {tulis(self.konversi)} (PermenPANRB 14/2017, "
                f"{self.tabel})")


def _unsur(s: Susunan) -> list[tuple[int, Nilai]]:
    kolom = s.peran("nrr")
    if not kolom:
        return []
    hasil = []
    for i, b in enumerate(s.baris):
        n = b.nilai(kolom[0])
        if b.jenis == "data" and n is not None and 1 <= n.nilai <= 4 and not _RE_IKM.search(
                b.label):
            hasil.append((i, n))
    return hasil


def cari(daftar: list[Susunan]) -> IKM | None:
    """The survey table (an NRR column with 3 or more unsur), computed with calc.skm."""
    for s in daftar:
        unsur = _unsur(s)
        if len(unsur) >= 3:
            nrr = [n for _, n in unsur]
            return IKM(hitung_ikm([Fraction(n.nilai) for n in nrr]), nrr, s.tabel.nama)
    return None


def periksa_tabel(daftar: list[Susunan], ikm: IKM | None) -> list[Temuan]:
    """Konversi per unsur, the IKM rows of the survey table, and IKM realisasi in other tables."""
    hasil: list[Temuan] = []
    for s in daftar:
        kon = s.peran("konversi")
        for i, n in _unsur(s):
            b = s.baris[i]
            c = b.nilai(kon[0]) if kon else None
            if c is None:
                continue
            benar = n.nilai * 25
            st = cocok(c, benar)
            toleransi = Decimal(5).scaleb(-n.desimal - 1) * 25  # NRR printed rounded
            if st != "sama" and abs(c.nilai - benar) > toleransi + Decimal(5).scaleb(
                    -c.desimal - 1):
                hasil.append(Temuan(
                    "Pembulatan" if st == "pembulatan" else "Hitungan",
                    s.tabel.lokasi(b.label), "Nilai konversi unsur tidak sama dengan NRR x 25.",
                    c.teks, tulis(benar, max(c.desimal, 2)),
                    f"{tulis(n.nilai, n.desimal)} x 25 = {tulis(benar)}", b.asal(kon[0])))
        if ikm is not None:
            hasil += _baris_ikm(s, ikm)
    return hasil


def _mutu_baris(s: Susunan, ikm: IKM) -> list[Temuan]:
    """The "Mutu pelayanan" row of the survey table: letter and words of the IKM's mutu."""
    hasil = []
    m = ikm.hasil.mutu
    for b in s.baris:
        if "mutu" not in b.label.casefold():
            continue
        for sel in b.sel:
            teks = sel.teks.strip()
            if re.fullmatch(r"[A-D]", teks) and teks != m.huruf:
                harus, apa = m.huruf, "Huruf mutu"
            elif teks.casefold() in _KINERJA and teks.casefold() != m.kinerja.casefold():
                harus, apa = m.kinerja, "Kinerja unit"
            else:
                continue
            hasil.append(Temuan("Kategori", s.tabel.lokasi(b.label), f"{apa} tidak sesuai "
                                f"IKM {tulis(ikm.konversi)} (PermenPANRB 14/2017).", teks,
                                harus, ikm.dasar(), sel.asal))
    return hasil


_KINERJA = {"sangat baik", "baik", "kurang baik", "tidak baik"}


def _baris_ikm(s: Susunan, ikm: IKM) -> list[Temuan]:
    hasil = _mutu_baris(s, ikm) if s.peran("nrr") else []
    for b in s.baris:
        if not _RE_IKM.search(b.label) and not (s.peran("nrr") and b.jenis in ("jumlah", "rata")):
            continue
        kolom = [g.realisasi for g in s.kelompok if g.realisasi is not None and
                 (g.tahun is None or g.tahun == s.tahun)] if s.kelompok else []
        kolom += s.peran("konversi") if s.peran("nrr") else []
        for k in dict.fromkeys(kolom):
            c = b.nilai(k)
            if c is None or not 25 <= c.nilai <= 100:
                continue
            if cocok(c, ikm.konversi) != "sama" and not ikm.sesuai(c):
                hasil.append(Temuan(
                    "Hitungan", s.tabel.lokasi(b.label),
                    "IKM tidak sama dengan hasil NRR per unsur (IKM x 25).", c.teks,
                    tulis(ikm.konversi), ikm.dasar(), b.asal(k)))
    return hasil


_RE_ANGKA = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d+)?)(?![\d.,]*\d)(\s*%)?")


def periksa_kalimat(teks: str, tahun: int | None, ikm: IKM) -> list[tuple[str, str]]:
    """(printed, why) for every IKM the sentence quotes that NRR x 25 does not give.

    Numbers after "target", or after another year than the report's, are not this year's IKM.
    """
    if not re.search(r"\bIKM\b|indeks kepuasan|kepuasan masyarakat", teks, re.I):
        return []
    salah = []
    for m in re.finditer(r"\bmutu\s+(?:pelayanan\s+)?([A-D])\b", teks):
        if m.group(1) != ikm.hasil.mutu.huruf:
            salah.append((m.group(0), f"mutu {ikm.hasil.mutu.huruf}"))
    for m in _RE_ANGKA.finditer(teks):
        nilai = Decimal(m.group(1).replace(",", "."))
        sebelum = teks[max(0, m.start() - 30):m.start()].casefold()
        if "target" in sebelum or "targetnya" in sebelum:
            continue
        tahun_lain = [int(y) for y in re.findall(r"20\d\d", sebelum)]
        if tahun_lain and tahun is not None and tahun_lain[-1] != tahun:
            continue
        setelah = teks[m.end():m.end() + 12].casefold()
        if re.match(r"\s*(poin|point|responden|orang|unsur|lembar|\()", setelah) and \
                not setelah.lstrip().startswith("(mutu") and not setelah.lstrip().startswith("("):
            continue
        des = len(m.group(1).partition(",")[2])
        cetak = Nilai(nilai, des, "", m.group(0).strip())
        if m.group(2) and re.search(r"\brp\b", teks.casefold()):
            continue  # a percentage beside rupiah amounts is a serapan
        if 25 <= nilai <= 100:
            if re.search(r"(meningkat|peningkatan|menurun|penurunan|naik|turun)\w*\b[^.]{0,20}$",
                         sebelum) and m.group(2):
                continue
            if cocok(cetak, ikm.konversi) != "sama" and not ikm.sesuai(cetak):
                salah.append((cetak.teks, tulis(ikm.konversi)))
        elif 1 <= nilai <= 4 and des >= 2 and cocok(cetak, ikm.ikm) != "sama" and \
                not ikm.sesuai(cetak, ikm.ikm, ikm.toleransi / 25):
            salah.append((cetak.teks, tulis(ikm.ikm, max(2, des))))
    return salah
