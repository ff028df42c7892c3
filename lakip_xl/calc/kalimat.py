"""Numbers claimed in the prose of an LKj, read from plain text: the capaian sentence (realisasi,
target, capaian), averages, counts of indikator, IKM, serapan and totals; and whether a printed
number is a computed one (Excel rounding to the printed decimals). Standard library only:
`lakip reviu` (documents), `periksa` (workbooks) and `laporan`'s self-check use these rules."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Polaritas, RumusNegatif, hitung_capaian
from lakip_xl.calc.format_id import angka as _format

_RE_KALIMAT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(])")
_RE_BILANGAN = re.compile(
    r"(?<![\d.,/])(?P<rp>Rp\.?\s*)?(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?![\d]|[.,]\d)(?:,-|\.-)?(?P<persen>\s*(?:%|persen\b))?",
    re.I,
)
_RE_RP = re.compile(r"Rp", re.I)
"""What `_RE_BILANGAN`'s rupiah group starts with: a sentence without it has no amount."""
_RE_NEGATIF = re.compile(
    r"\bnegatif\b|\(\s*-\s*\)|semakin (?:rendah|kecil|sedikit)|makin (?:rendah|kecil)", re.I
)
_TAHUN = range(1990, 2101)


def kalimat(teks: str) -> list[str]:
    """Sentences of a paragraph (a dot after "Rp" or inside a number does not end one)."""
    return [k for k in _RE_KALIMAT.split(teks) if k.strip()]


@dataclass(frozen=True)
class Bilangan:
    """A number written in a sentence: value, decimals as written, its text and place."""

    nilai: Decimal
    desimal: int
    teks: str
    persen: bool
    rupiah: bool
    awal: int
    akhir: int
    satuan: str = ""  # the word after it ("Dokumen", "aduan"), "%" for a percentage


_BUKAN_SATUAN = {
    "dari", "atau", "dengan", "dan", "yang", "sehingga", "maka", "pada", "di", "ke", "untuk",
    "tahun", "sedangkan", "namun", "tetapi", "serta", "sebesar", "sebanyak", "menjadi",
    "dibanding", "dibandingkan", "terhadap", "realisasi", "target", "capaian", "atas", "ini",
    "itu", "telah", "sudah", "belum", "tidak", "hanya", "terealisasi", "tercapai", "mencapai",
}


_RE_SATUAN = re.compile(r"\s+([A-Za-z][A-Za-z-]*)")


def _satuan(k: str, akhir: int) -> str:
    m = _RE_SATUAN.match(k, akhir)
    if not m or m.group(1).casefold() in _BUKAN_SATUAN:
        return ""
    return m.group(1).casefold()


def bilangan(k: str) -> list[Bilangan]:
    """The numbers of a sentence in order; years (1990-2100 with no decimals or %) left out."""
    return list(_bilangan(k))


@functools.lru_cache(maxsize=1024)  # each sentence is read by several rules in turn
def _bilangan(k: str) -> tuple[Bilangan, ...]:
    hasil = []
    for m in _RE_BILANGAN.finditer(k):
        teks = m["n"]
        persen = bool(m["persen"])
        rp = bool(m["rp"])
        ribuan = "." in teks
        d = Decimal(teks.replace(".", "").replace(",", "."))
        if not persen and not rp and not ribuan and "," not in teks and int(d) in _TAHUN:
            continue
        desimal = len(teks.partition(",")[2])
        hasil.append(Bilangan(d, desimal, m.group(0).strip(), persen, rp, m.start(), m.end(),
                              "%" if persen else _satuan(k, m.end())))
    return tuple(hasil)


def potong(nilai: Decimal, digit: int) -> Decimal:
    """Truncated (not rounded) to `digit` decimals: what a typist who drops digits prints."""
    return nilai.quantize(Decimal(1).scaleb(-digit), rounding=ROUND_DOWN)


def cocok(nilai: Decimal, desimal: int, benar: Decimal) -> str:
    """'sama' if the printed value is the right value rounded to its printed decimals (Excel
    ROUND), 'pembulatan' if it is the right value truncated instead, else 'salah'."""
    if bulat(benar, desimal) == nilai:
        return "sama"
    if desimal > 0 and potong(benar, desimal) == nilai:
        return "pembulatan"
    if desimal == 0 and potong(benar, 0) == nilai and benar - nilai < 1:
        return "pembulatan"
    return "salah"


def tulis(nilai: Decimal, digit: int = 2) -> str:
    """Indonesian text of a value, rounded like Excel to `digit` decimals."""
    return _format(nilai, digit)


def sebut_negatif(k: str) -> bool:
    """The sentence itself says the indikator is Negatif (lower is better)."""
    return bool(_RE_NEGATIF.search(k))


# --- the capaian sentence ----------------------------------------------------------------------

_ISI = r"(?:\s+(?:sebesar|sebanyak|mencapai|adalah|yaitu|hanya|baru|ditetapkan|yang|telah|" \
       r"dapat|kinerja|kinerjanya|nya|tahun\s+ini|\d{4})|\s*:)*\s*$"
_RE_T = re.compile(r"\btarget(?:nya)?(?:(?:\s+(?:kinerja|sebesar|yaitu|adalah|yang|ditetapkan|"
                   r"tahun\s+\d{4})|\s*:)*|(?:\s+[\w-]+){1,4}?\s+(?:sebesar|yaitu|adalah|:))\s*$",
                   re.I)
_RE_DARI_T = re.compile(r"^\W*dari\s+target\b", re.I)
_RE_C = re.compile(r"\b(?:capaian|pencapaian|persentase capaian|tingkat capaian)(?:\s+kinerja"
                   r"(?:nya)?)?(?:\s+(?:sebesar|mencapai|adalah|yaitu|:|target))*\s*:?\s*$", re.I)
_RE_R = re.compile(r"\b(?:realisasi(?:nya)?(?:\s+kinerja)?|terealisasi|direalisasikan|dicapai)"
                   + _ISI, re.I)
_RE_BERNAMA = re.compile(r"\b(capaian|pencapaian|realisasi(?:nya)?)\b(?:\s+[\w()/,-]+){1,12}?\s+"
                         r"(?:sebesar|adalah|yaitu|mencapai|sebanyak)\s*$", re.I)
_RE_A = re.compile(r"\b(?:tercapai|mencapai)(?:\s+(?:sebesar|angka|nilai))*\s*$", re.I)
_RE_ATAU = re.compile(r"\batau(?:\s+(?:sebesar|mencapai|dengan\s+capaian(?:\s+kinerja)?|"
                      r"capaian(?:\s+kinerja)?|setara))*\s*$", re.I)
_RE_DARI = re.compile(r"\bdari\s*$", re.I)
_RE_BANDING = re.compile(r"\bdari\b[^.;]{0,60}?\bmenjadi\b|\bdibanding(?:kan)?\b|\btahun "
                         r"(?:lalu|sebelumnya)\b|\bsisa\b|\bselisih\b|\bpoin\b", re.I)
_RE_HITUNGAN = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:indikator|sasaran|program|kegiatan|unsur|"
                          r"tujuan|misi|IKU|responden)\b", re.I)


@dataclass(frozen=True)
class KlaimCapaian:
    """One capaian sentence: the realisasi, target and capaian it names."""

    realisasi: Bilangan
    target: Bilangan
    capaian: Bilangan
    negatif: bool  # the sentence says the indikator is Negatif


def _peran(k: str, daftar: list[Bilangan]) -> list[str]:
    """The role of each number from the words just before it: T, R, C, A (tercapai/mencapai:
    realisasi or capaian), P (a percentage in parentheses), D ("dari X": a target after an
    unnamed realisasi), or ''."""
    peran = []
    for i, b in enumerate(daftar):
        awal = daftar[i - 1].akhir if i else max(0, b.awal - 160)
        sebelum = k[awal:b.awal]
        if b.rupiah or _RE_HITUNGAN.match(k, b.akhir):
            peran.append("x")
        elif _RE_T.search(sebelum):
            peran.append("Td" if _RE_DARI_T.search(sebelum) else "T")
        elif _RE_C.search(sebelum) and b.persen:
            peran.append("C")
        elif _RE_R.search(sebelum):
            peran.append("R")
        elif _RE_A.search(sebelum):
            peran.append("A")
        elif _RE_ATAU.search(sebelum) and b.persen:
            peran.append("C")
        elif (m := _RE_BERNAMA.search(sebelum)) and not re.search(
                r"\b(?:capaian|pencapaian|realisasi|target)\b", sebelum[m.end(1):], re.I):
            # "realisasi indikator X tahun 2024 sebesar 85": the indikator's name between
            peran.append("R" if m.group(1).casefold().startswith("realisasi") else
                         "C" if b.persen else "")
        elif b.persen and sebelum.rstrip().endswith("(") and k[b.akhir:].lstrip().startswith(")"):
            peran.append("P")
        elif _RE_DARI.search(sebelum):
            peran.append("D")
        else:
            peran.append("")
    return peran


def _selesaikan(peran: list[str]) -> list[str]:
    """Settle the doubtful roles once the sure ones are known."""
    p = list(peran)
    for i, r in enumerate(p):  # "IKM adalah 83 dari target 75": the number before is R
        if r == "Td":
            p[i] = "T"
            if i and p[i - 1] == "":
                p[i - 1] = "R"
    for i, r in enumerate(p):  # "R dari T": an unnamed number before "dari X"
        if r == "D" and "T" not in p and i and p[i - 1] in ("", "A", "R"):
            p[i] = "T"
            if p[i - 1] in ("", "A"):
                p[i - 1] = "R"
    p = ["" if r == "D" else r for r in p]
    if "C" not in p and p.count("R") == 2:  # "realisasi R ... realisasi mencapai C%"
        j = max(i for i, r in enumerate(p) if r == "R")
        p[j] = "C*"
    if "A" in p:
        ganti = "C" if "R" in p and "C" not in p else "R" if "C" in p and "R" not in p else ""
        p = [ganti if r == "A" else r for r in p]
    if "C" not in p and "C*" not in p and p.count("P") == 1:
        p = ["C" if r == "P" else r for r in p]
    return p


def _capaian_tersisa(k: str, daftar: list[Bilangan], p: list[str]) -> list[str]:
    """With R and T named and no C: the one unnamed percentage after the word capaian."""
    if "C" in p or p.count("R") != 1 or p.count("T") != 1:
        return p
    m = re.search(r"\b(?:capaian|pencapaian)\b", k, re.I)
    calon = [i for i, (b, r) in enumerate(zip(daftar, p, strict=True))
             if r == "" and b.persen and m is not None and b.awal > m.end()]
    if len(calon) == 1:
        p = list(p)
        p[calon[0]] = "C"
    return p


@functools.lru_cache(maxsize=1024)  # the table rules and the capaian rule read it in turn
def klaim_capaian(k: str) -> KlaimCapaian | None:
    """The capaian sentence's R, T and C, when the sentence names exactly one of each; None
    when it does not or is unsure (a comparison of years, two targets, amounts in rupiah)."""
    if _RE_BANDING.search(k):
        return None
    daftar = bilangan(k)
    if len(daftar) < 3 or any(b.rupiah for b in daftar):
        return None
    peran = _selesaikan(_peran(k, daftar))
    p = _capaian_tersisa(k, daftar, [r.rstrip("*") for r in peran])
    if p.count("T") != 1 or p.count("R") != 1 or p.count("C") != 1:
        return None
    r, t, c = (daftar[p.index(x)] for x in "RTC")
    if not c.persen or t.nilai <= 0:
        return None
    if r.satuan and t.satuan and r.satuan != t.satuan:
        return None  # "72% dari target 92,9 poin": units that differ
    if c.persen and c.nilai == 0 and r.nilai != 0:
        return None
    return KlaimCapaian(r, t, c, sebut_negatif(k))


def nilai_capaian(kl: KlaimCapaian, polaritas: Polaritas,
                  rumus: RumusNegatif = RumusNegatif.SELISIH) -> Decimal | None:
    return hitung_capaian(kl.target.nilai, kl.realisasi.nilai, polaritas, rumus).persen


def dasar_capaian(kl: KlaimCapaian, polaritas: Polaritas, rumus: RumusNegatif,
                  benar: Decimal) -> str:
    """The arithmetic, in words a reviewer can redo."""
    t = tulis(kl.target.nilai, kl.target.desimal)
    r = tulis(kl.realisasi.nilai, kl.realisasi.desimal)
    if polaritas is Polaritas.POSITIF:
        return f"{r} / {t} x 100 = {tulis(benar, 4)}"
    if rumus is RumusNegatif.KEBALIKAN:
        return f"{t} / {r} x 100 = {tulis(benar, 4)} (indikator negatif)"
    return f"(2 x {t} - {r}) / {t} x 100 = {tulis(benar, 4)} (indikator negatif)"


@dataclass(frozen=True)
class Salah:
    """A number in a sentence that is not the computed one."""

    jenis: str  # "Hitungan", "Pembulatan", "Polaritas"
    uraian: str
    tertulis: str
    seharusnya: str
    dasar: str
    nilai: Decimal  # the computed value, unrounded


def periksa_capaian(k: str, polaritas: Polaritas | None = None,
                    rumus: RumusNegatif = RumusNegatif.SELISIH) -> Salah | None:
    """The capaian of a capaian sentence against R/T (or the negative formula when the
    sentence or the caller, from the document or workbook, says Negatif). With the polaritas
    unknown, a capaian that fits either formula is not flagged."""
    kl = klaim_capaian(k)
    if kl is None:
        return None
    pol = Polaritas.NEGATIF if kl.negatif else polaritas
    dipakai = pol or Polaritas.POSITIF
    benar = nilai_capaian(kl, dipakai, rumus)
    if benar is None:
        return None
    c = kl.capaian
    status = cocok(c.nilai, c.desimal, benar)
    if status == "sama":
        return None
    lain = [(Polaritas.NEGATIF if dipakai is Polaritas.POSITIF else Polaritas.POSITIF, rn)
            for rn in RumusNegatif]
    lain += [(dipakai, rn) for rn in RumusNegatif if dipakai is Polaritas.NEGATIF]
    cocok_lain = [(pl, rn) for pl, rn in lain
                  if (v := nilai_capaian(kl, pl, rn)) is not None
                  and cocok(c.nilai, c.desimal, v) == "sama"]
    if cocok_lain and (pol is None or pol is cocok_lain[0][0]):
        return None  # a formula the document may use for this indikator
    seharusnya = tulis(benar, max(2, c.desimal))
    dasar = dasar_capaian(kl, dipakai, rumus, benar)
    if pol is None and (neg := nilai_capaian(kl, Polaritas.NEGATIF, rumus)) is not None:
        dasar += f"; bila indikatornya negatif: {dasar_capaian(kl, Polaritas.NEGATIF, rumus, neg)}"
    if status == "pembulatan":
        return Salah("Pembulatan", "Capaian dalam kalimat dipotong, bukan dibulatkan (ROUND "
                     "Excel).", c.teks, seharusnya, dasar, benar)
    if cocok_lain:
        return Salah("Polaritas", f"Capaian dalam kalimat dihitung dengan rumus polaritas "
                     f"{cocok_lain[0][0].value.lower()}; indikator ini "
                     f"{dipakai.value.lower()}.", c.teks, seharusnya, dasar, benar)
    return Salah("Hitungan", "Capaian dalam kalimat tidak sesuai realisasi dan target yang "
                 "disebut kalimat itu.", c.teks, seharusnya, dasar, benar)


# --- averages, counts, IKM, serapan, totals -----------------------------------------------------

_RE_AMBANG = re.compile(r"(?:di\s*bawah|di\s*atas|kurang\s+dari|lebih\s+dari|minimal|"
                        r"maksimal|paling\s+(?:sedikit|banyak|rendah|tinggi)|batas|[<>≤≥]=?)"
                        r"\s*$", re.I)


def _bukan_ambang(k: str, daftar: list[Bilangan]) -> list[Bilangan]:
    """The numbers that are no threshold ("serapan di bawah 80%")."""
    return [b for b in daftar if not _RE_AMBANG.search(k[max(0, b.awal - 20):b.awal])]


_RE_RATA = re.compile(r"\b(?:rata-rata|rata rata|rerata)\b", re.I)
_RE_BUKAN_RATA = re.compile(r"\b(?:IKM|NRR|unsur|kepuasan|serapan|anggaran|keuangan|belanja|"
                            r"responden|nilai rata)\b", re.I)


def klaim_rata(k: str) -> list[Bilangan]:
    """The average capaian a sentence states ("capaian rata-rata sasaran strategis sebesar
    163%", "rata-rata capaian kinerja ... adalah 88,86%"): the first percentage after the words
    rata-rata and capaian, with no other number between. Not for comparisons of years."""
    m = _RE_RATA.search(k)
    if m is None or not re.search(r"\bcapaian\b", k, re.I) or _RE_BUKAN_RATA.search(k) or \
            _RE_BANDING.search(k):
        return []
    daftar = _bukan_ambang(k, [b for b in bilangan(k) if b.awal > m.end()])
    if not daftar or not daftar[0].persen or daftar[0].awal - m.end() > 120:
        return []
    sebelum = k[max(0, daftar[0].awal - 12):daftar[0].awal]
    if re.search(r"target", sebelum, re.I):
        return []
    return [daftar[0]]


@dataclass(frozen=True)
class KlaimJumlah:
    """A count of indikator: `jenis` is 'semua', 'mencapai', 'melampaui', 'tidak mencapai',
    'tanpa capaian' (left out of the average), or the kategori name ("Baik")."""

    jumlah: int
    teks: str
    jenis: str
    awal: int = 0


_RE_JUMLAH = re.compile(r"(?<![\d.,])(\d{1,3})\s*(?:\([A-Za-z ]+\)\s*)?indikator\b", re.I)
_RE_SEMUA = re.compile(r"\b(?:dari|sebanyak|terdapat|terdiri\s+(?:dari|atas)|memiliki|ada|mengukur|"
                       r"sejumlah|seluruhnya|total|keseluruhan)\s*$", re.I)


def nama_kategori_urut(kategori: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """A scale's kategori names, the longest first (so "Sangat Baik" is not read as "Baik"),
    and the pattern matching any of them: for every rule that reads a kategori name."""
    nama = tuple(sorted(kategori, key=len, reverse=True))
    return nama, "|".join(re.escape(n) for n in nama)


@functools.lru_cache(maxsize=16)
def _pola_berkategori(kategori: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The names (`nama_kategori_urut`) and the pattern of "berkategori <name>"; built once
    per scale, not per sentence."""
    nama, pola = nama_kategori_urut(kategori)
    if not nama:
        return nama, None
    return nama, re.compile(rf"\b(?:ber)?(?:kategori|kriteria|predikat)\s*\W?\s*({pola})\b",
                            re.I)


def klaim_jumlah(k: str, kategori: Sequence[str] = ()) -> list[KlaimJumlah]:
    """Counts of indikator a sentence states: "Dari 8 indikator", "terdapat 4 indikator yang
    mencapai target", "24 (dua puluh empat) indikator ... berkategori Baik"."""
    temuan = list(_RE_JUMLAH.finditer(k))
    if not temuan:
        return []
    nama, pola_kat = _pola_berkategori(tuple(kategori))
    hasil = []
    for i, m in enumerate(temuan):
        ujung = temuan[i + 1].start() if i + 1 < len(temuan) else len(k)
        sesudah = re.split(r"[,;:]", k[m.end():min(ujung, m.end() + 120)])[0]
        sebelum = k[max(0, m.start() - 30):m.start()]
        jenis = ""
        if re.search(r"tidak\s+(?:ikut\s+)?(?:dirata|dihitung|diukur)|dikecualikan|belum\s+"
                     r"tersedia|tanpa\s+(?:target|realisasi|capaian)", sesudah, re.I):
            jenis = "tanpa capaian"
        elif re.search(r"\b(?:tidak|belum)\s+(?:dapat\s+)?(?:mencapai|memenuhi)\s+target|"
                     r"di\s*bawah\s+target", sesudah, re.I):
            jenis = "tidak mencapai"
        elif re.search(r"\b(?:melampaui|melebihi)\s+target", sesudah, re.I):
            jenis = "melampaui"
        elif re.search(r"\b(?:mencapai|memenuhi)\s+target|\btercapai\b", sesudah, re.I):
            jenis = "mencapai"
        elif pola_kat is not None and (mk := pola_kat.search(sesudah)):
            jenis = next(n for n in nama if n.casefold() == mk.group(1).casefold())
        elif _RE_SEMUA.search(sebelum):
            jenis = "semua"
        if jenis:
            hasil.append(KlaimJumlah(int(m.group(1)), m.group(0), jenis, m.start()))
    return hasil


_RE_IKM = re.compile(r"\b(?:IKM|Indeks Kepuasan Masyarakat)\b", re.I)


def klaim_ikm(k: str) -> list[Bilangan]:
    """The IKM value (25-100) a sentence states: the first number after "IKM" that no
    "target" precedes; none when the sentence names a year's comparison or a target only."""
    m = _RE_IKM.search(k)
    if m is None or _RE_BANDING.search(k):
        return []
    for b in bilangan(k):
        if b.awal < m.end() or b.rupiah:
            continue
        sebelum = k[max(0, b.awal - 40):b.awal]
        if re.search(r"target|sasaran|unsur|responden|skala|sampai", sebelum, re.I) or \
                _RE_HITUNGAN.match(k, b.akhir):
            return []
        return [b] if Decimal(25) <= b.nilai <= 100 else []
    return []


def klaim_serapan(k: str) -> list[Bilangan]:
    """The serapan (%) a sentence states: "serapan anggaran sebesar 88,69%", "realisasi
    keuangan mencapai 88,69%" (the first percentage after those words, no number between)."""
    m = re.search(r"\b(?:serapan|penyerapan)(?:\s+anggaran)?\b|\brealisasi\s+(?:anggaran|"
                  r"keuangan)\b", k, re.I)
    if m is None or _RE_BANDING.search(k):
        return []
    daftar = _bukan_ambang(k, [b for b in bilangan(k) if b.awal > m.end()])
    if not daftar or not daftar[0].persen or daftar[0].awal - m.end() > 80:
        return []
    return [daftar[0]]


def klaim_total(k: str) -> list[tuple[str, Bilangan]]:
    """Totals in rupiah a sentence states: ('anggaran', amount) after "total/jumlah/pagu
    anggaran", ('realisasi', amount) after "total/jumlah realisasi"."""
    if not _RE_RP.search(k):
        return []  # no amount in rupiah: the sentence's numbers need not be read
    hasil = []
    for b in bilangan(k):
        if not b.rupiah:
            continue
        sebelum = k[max(0, b.awal - 50):b.awal]
        if re.search(r"\b(?:total|jumlah|seluruh)\s+(?:pagu\s+)?anggaran(?:\s+\w+){0,3}?\s*"
                     r"(?:sebesar|adalah|yaitu|:)?\s*$|\bpagu\s+anggaran\s*(?:sebesar|adalah|"
                     r":)?\s*$", sebelum, re.I):
            hasil.append(("anggaran", b))
        elif re.search(r"\b(?:total|jumlah)\s+realisasi(?:\s+anggaran)?\s*(?:sebesar|adalah|"
                       r"yaitu|:)?\s*$", sebelum, re.I):
            hasil.append(("realisasi", b))
    return hasil


class Calon:
    """Candidate values a written number may be, rounded once per number of decimals."""

    def __init__(self, nilai: Iterable[Decimal]) -> None:
        self.nilai = list(nilai)
        self._bulat: dict[int, set[Decimal]] = {}

    def memuat(self, nilai: Decimal, desimal: int) -> bool:
        if desimal not in self._bulat:
            self._bulat[desimal] = {bulat(v, desimal) for v in self.nilai}
        return nilai in self._bulat[desimal]


def cocok_salah_satu(b: Bilangan, calon: Iterable[Decimal] | Calon) -> bool:
    """The written number is one of the candidates, rounded to its decimals."""
    if isinstance(calon, Calon):
        return calon.memuat(b.nilai, b.desimal)
    return any(cocok(b.nilai, b.desimal, v) == "sama" for v in calon)


def subjek(k: str, sampai: int | None = None) -> str | None:
    """Which group a sentence speaks of: 'sasaran strategis', 'eselon iii', 'eselon iv',
    'seluruh', or None. With `sampai` (where the number stands) the words just before the
    number decide first."""
    if sampai is not None:
        dekat = subjek(k[max(0, sampai - 120):sampai])
        if dekat is not None:
            return dekat
    t = k.casefold()
    for kunci, pola in (("eselon iv", r"eselon\s*(?:iv|4)\b|pengawas"),
                        ("eselon iii", r"eselon\s*(?:iii|3)\b|administrator"),
                        ("sasaran strategis", r"sasaran\s+strategis|\biku\b|kinerja\s+utama"),
                        ("seluruh", r"seluruh|keseluruhan|secara umum")):
        if re.search(pola, t):
            return kunci
    return None
