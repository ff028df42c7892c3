"""Numbers in sentences: the capaian sentence (R, T, C), "sebesar Rp X dari Rp Y atau Z%", sisa,
"meningkat A poin (B%)", rata-rata quoted from a table, averages, counts, serapan and totals
against the tables (`kalimat_tabel`), and the IKM wherever the text names it."""

from __future__ import annotations

import dataclasses
import functools
import re
from decimal import Decimal

from lakip_xl.calc import kalimat as K
from lakip_xl.calc.anggaran import serapan_persen
from lakip_xl.calc.banding import bandingkan
from lakip_xl.calc.kategori import Skala
from lakip_xl.reviu import kalimat_tabel, periksa_ikm
from lakip_xl.reviu.angka import Nilai, baca, cocok, sama_angka, tulis, tulis_rp
from lakip_xl.reviu.dokumen import Paragraf
from lakip_xl.reviu.kolom import Susunan
from lakip_xl.reviu.temuan import Temuan

_RE_RP = re.compile(r"(?<![\w-])(-\s?)?Rp\.?\s*(-\s?)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,-|\.-|,00)?",
                    re.I)
"""An amount, with the minus a negative sisa is printed with ("-Rp1.030.000.000")."""
_RE_PERSEN = re.compile(r"(?<![\d.,\w])(-)?(\d{1,3}(?:[.,]\d+)?)\s*%")
"""A percentage, its minus kept ("(-79,23%)"), not a range's dash ("80-90%")."""


kalimat = K.kalimat


def _rupiah(k: str) -> list[tuple[int, Decimal]]:
    return [(m.start(), Decimal(m.group(3).replace(".", "")) * (-1 if m[1] or m[2] else 1))
            for m in _RE_RP.finditer(k)]


def _persen(k: str) -> list[tuple[int, Nilai]]:
    hasil = []
    for m in _RE_PERSEN.finditer(k):
        n = baca(m.group(0).lstrip("-"))
        if n is not None:
            hasil.append((m.start(), Nilai(-n.nilai, n.desimal, n.satuan, m.group(0)) if m[1]
                          else n))
    return hasil


def _urut(k: str, rp: list[tuple[int, Decimal]]) -> tuple[Decimal, Decimal] | None:
    """(realisasi, anggaran) of a sentence with two amounts: "X dari Y" or "pagu Y ... X"."""
    (p1, a), (p2, b) = rp[0], rp[1]
    antara = k[p1:p2].casefold()
    sebelum = k[max(0, p1 - 40):p1].casefold()
    if re.search(r"\bdari\b", antara):
        return a, b
    if re.search(r"pagu|anggaran|target", sebelum) and re.search(r"realisasi|terealisasi",
                                                                    antara):
        return b, a
    return None


def periksa_rupiah(k: str, p: Paragraf) -> list[Temuan]:
    rp = _rupiah(k)
    if len(rp) < 2:
        return []
    pasangan = _urut(k, rp)
    if pasangan is None:
        return []
    real, pagu = pasangan
    benar = serapan_persen(pagu, real)
    hasil: list[Temuan] = []
    if benar is None:
        return hasil
    dasar = f"{tulis_rp(real)} / {tulis_rp(pagu)} x 100 = {tulis(benar, 4)}"
    for _, n in _persen(k):
        if cocok(n, benar) == "sama" or cocok(n, 100 - benar) == "sama":
            continue
        uraian = "Persentase dalam kalimat tidak sesuai dua jumlah rupiah yang disebutnya."
        if real and cocok(n, pagu * 100 / real) == "sama":
            uraian += " Angka itu adalah pembagian yang terbalik (anggaran / realisasi)."
        hasil.append(Temuan("Hitungan", p.lokasi(), uraian, n.teks, tulis(benar), dasar,
                            p.indeks))
    if len(rp) >= 3 and re.search(r"\bsisa", k, re.I):
        sisa = rp[2][1]
        if sisa != pagu - real:
            hasil.append(Temuan("Hitungan", p.lokasi(), "Sisa anggaran dalam kalimat tidak "
                                "sama dengan anggaran dikurangi realisasi.", tulis_rp(sisa),
                                tulis_rp(pagu - real),
                                f"{tulis_rp(pagu)} - {tulis_rp(real)}", p.indeks))
    return hasil


_RE_NAIK = re.compile(
    r"(?P<baru>\d+(?:,\d+)?)\s*(?:%\s*)?(?:\([^)]*\)\s*)?,?\s*(?P<arah>meningkat|menurun|naik|"
    r"turun)\s+(?:sebesar\s+)?(?P<poin>\d+(?:,\d+)?)\s*(?:poin|point)\s*\((?P<persen>\d+(?:,\d+)?)"
    r"\s*%\)\s*dibanding(?:kan)?\s+(?:dengan\s+)?tahun\s+\d{4}\s*\((?P<lama>\d+(?:,\d+)?)\)",
    re.I)


_RE_DIBANDING = re.compile(r"dibanding", re.I)
"""A word `_RE_NAIK` cannot match without: the sentences lacking it are not scanned."""


def periksa_naik(k: str, p: Paragraf) -> list[Temuan]:
    """"X meningkat A poin (B%) dibanding tahun N (Y)": A = X - Y, B = A / Y x 100."""
    if not _RE_DIBANDING.search(k):
        return []
    hasil = []
    for m in _RE_NAIK.finditer(k):
        baru, lama = baca(m["baru"]), baca(m["lama"])
        poin, persen = baca(m["poin"]), baca(m["persen"])
        if None in (baru, lama, poin, persen):
            continue
        b = bandingkan(lama.nilai, baru.nilai)  # type: ignore[union-attr]
        dasar = (f"{tulis(b.baru)} - {tulis(b.lama)} = {tulis(b.selisih)} poin; "
                 f"{tulis(b.selisih)} / {tulis(b.lama)} x 100")
        if cocok(poin, abs(b.selisih)) != "sama":  # type: ignore[arg-type]
            hasil.append(Temuan("Hitungan", p.lokasi(), "Selisih poin tidak sesuai dua nilai "
                                "yang dibandingkan.", m["poin"], tulis(abs(b.selisih)), dasar,
                                p.indeks))
        if b.persen is not None and cocok(persen, abs(b.persen)) != "sama":  # type: ignore
            hasil.append(Temuan("Hitungan", p.lokasi(), "Persentase perubahan tidak sesuai dua "
                                "nilai yang dibandingkan.", m["persen"] + "%",
                                tulis(abs(b.persen)), dasar, p.indeks))
        arah = "meningkat" if b.selisih > 0 else "menurun" if b.selisih < 0 else "tetap"
        if (m["arah"].casefold() in ("naik", "meningkat") and arah == "menurun") or \
                (m["arah"].casefold() in ("turun", "menurun") and arah == "meningkat"):
            hasil.append(Temuan("Hitungan", p.lokasi(), "Arah perubahan terbalik.", m["arah"],
                                arah, dasar, p.indeks))
    return hasil


def periksa_rata(k: str, p: Paragraf, rata: list[tuple[Nilai, Decimal, str]],
                 sah: K.Calon | None = None) -> list[Temuan]:
    """A rata-rata quoted in the text that is a wrong rata-rata row of a table; not when the
    row is one of the averages its table allows (`sah`: capped at 100 or 120)."""
    if not re.search(r"rata|rerata", k, re.I):
        return []
    hasil = []
    for _, n in _persen(k):
        if sah is not None and sah.memuat(n.nilai, n.desimal):
            continue
        for cetak, benar, tabel in rata:
            if sama_angka(n, cetak) and cocok(cetak, benar) != "sama" and \
                    cocok(n, benar) != "sama":
                hasil.append(Temuan(
                    "Hitungan", p.lokasi(), f"Rata-rata yang dikutip dari {tabel} salah.",
                    n.teks, tulis(benar), f"rata-rata capaian yang benar di {tabel}",
                    p.indeks))
                break
    return hasil


_RE_RATA = re.compile(r"rata|rerata|capaian", re.I)
_RE_BUKAN_RATA = re.compile(r"\bIKM\b|kepuasan|mutu", re.I)


@functools.lru_cache(maxsize=16)
def _pola_kategori(nama: tuple[str, ...]) -> re.Pattern[str]:
    """"95,47% (Sangat Memuaskan)", "95,47% atau kategori Baik": a number and a kategori name
    of the scale (`calc.kalimat.nama_kategori_urut`: the longest name first)."""
    _, pola = K.nama_kategori_urut(nama)
    return re.compile(rf"(\d+(?:,\d+)?)\s*%\s*(?:\(|atau\s+(?:dengan\s+)?(?:kategori|"
                      rf"kriteria|predikat)\s*\W?)\s*({pola})\b", re.I)


def periksa_kategori(k: str, p: Paragraf, skala: Skala | None) -> list[Temuan]:
    """"rata-rata capaian ... 95,47% (Sangat Memuaskan)": the kategori of the printed number on
    the scale the document prints. Not for the IKM, graded on its own mutu table."""
    if skala is None or not _RE_RATA.search(k) or _RE_BUKAN_RATA.search(k):
        return []
    hasil = []
    for m in _pola_kategori(tuple(skala.nama_kategori)).finditer(k):
        n = baca(m.group(1))
        if n is None:
            continue
        harus = skala.kategori(n.nilai)
        if harus.casefold() != m.group(2).casefold():
            hasil.append(Temuan("Kategori", p.lokasi(), f"Kategori tidak sesuai skala "
                                f"({skala.nama}).", m.group(2), harus,
                                f"{tulis(n.nilai, n.desimal)} pada {skala.nama}", p.indeks))
    return hasil


def periksa(paragraf: list[Paragraf], rata: list[tuple[Nilai, Decimal, str]],
            ikm: periksa_ikm.IKM | None, tahun: int | None,
            skala: Skala | None = None, daftar: list[Susunan] | None = None) -> list[Temuan]:
    """All sentence findings of the running text. A sentence met again (a report repeats its
    lists) is checked once: its findings, which depend on nothing but the sentence and the
    document's tables, are placed again at the paragraph it is met in."""
    hasil: list[Temuan] = []
    fakta = kalimat_tabel.fakta(daftar or [])
    dicetak = K.Calon(c.nilai for c, _, _ in rata)
    sah = kalimat_tabel.calon_rata(fakta)
    sudah: dict[str, tuple[Paragraf, list[Temuan]]] = {}
    for p in paragraf:
        if p.judul or p.bab.startswith(("DAFTAR", "TABEL", "GAMBAR")):
            continue
        for k in kalimat(p.teks):
            if k in sudah:
                asal, temuan = sudah[k]
                hasil += [_pindah(t, asal, p) for t in temuan]
                continue
            temuan = _periksa_kalimat(k, p, fakta, dicetak, sah, rata, ikm, tahun, skala)
            sudah[k] = (p, temuan)
            hasil += temuan
    return hasil


def _pindah(t: Temuan, asal: Paragraf, p: Paragraf) -> Temuan:
    """A finding of a sentence in paragraph `asal`, for the same sentence in paragraph `p`."""
    if asal is p:
        return t
    return dataclasses.replace(t, lokasi=p.lokasi() if t.lokasi == asal.lokasi() else t.lokasi,
                               tempat=p.indeks if t.tempat == asal.indeks else t.tempat)


def _periksa_kalimat(k: str, p: Paragraf, fakta: kalimat_tabel.Fakta, dicetak: K.Calon,
                     sah: K.Calon, rata: list[tuple[Nilai, Decimal, str]],
                     ikm: periksa_ikm.IKM | None, tahun: int | None,
                     skala: Skala | None) -> list[Temuan]:
    """The findings of one sentence of paragraph `p`."""
    hasil = kalimat_tabel.periksa_kalimat(k, p, fakta, skala, dicetak, tahun, ikm is not None)
    hasil += periksa_rupiah(k, p)
    hasil += periksa_naik(k, p)
    hasil += periksa_rata(k, p, rata, sah)
    hasil += periksa_kategori(k, p, skala)
    if ikm is not None:
        for tertulis, harus in periksa_ikm.periksa_kalimat(k, tahun, ikm):
            mutu = harus.startswith("mutu")
            hasil.append(Temuan("Kategori" if mutu else "Hitungan", p.lokasi(),
                                "Mutu pelayanan dalam teks tidak sesuai IKM." if mutu
                                else "IKM dalam teks tidak sama dengan hasil NRR per "
                                "unsur.", tertulis, harus, ikm.dasar(), p.indeks))
    return hasil
