"""Columns found by their header text (multi-row headers too) and rows sorted into data, program,
Jumlah and rata-rata rows, with rows continued on the next line joined to the row above."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from lakip_xl.calc.capaian import RumusNegatif
from lakip_xl.reviu import angka
from lakip_xl.reviu.angka import Nilai
from lakip_xl.reviu.dokumen import Sel, Tabel

_ROMAWI = re.compile(r"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\.?$")
_LABEL = ("indikator", "kegiatan", "program", "uraian", "belanja", "unsur", "komponen",
          "jenis", "sasaran", "tujuan")


@dataclass
class Kolom:
    """One column: its joined header text, its role and the year it speaks of."""

    indeks: int
    label: str
    peran: str  # target realisasi capaian anggaran sisa nrr konversi kategori no rentang lain
    tahun: int | None


@dataclass
class Baris:
    """One row of data (a continued row already joined)."""

    indeks: int
    sel: list[Sel]
    label: str
    no: str
    jenis: str  # data, program, jumlah, rata

    def nilai(self, kolom: int | None) -> Nilai | None:
        if kolom is None or kolom >= len(self.sel):
            return None
        return angka.baca(self.sel[kolom].teks)

    def asal(self, kolom: int | None) -> tuple[int, int, int] | None:
        if kolom is None or kolom >= len(self.sel):
            kolom = 0
        return self.sel[kolom].asal


@dataclass
class Kelompok:
    """Target, realisasi and capaian columns of one year."""

    target: int | None
    realisasi: int | None
    capaian: int
    tahun: int | None


@dataclass
class Susunan:
    """A table read as data: columns with roles, rows with kinds, capaian groups."""

    tabel: Tabel
    kolom: list[Kolom]
    baris: list[Baris] = field(default_factory=list)
    kelompok: list[Kelompok] = field(default_factory=list)
    tahun: int | None = None  # the report's year
    rumus_negatif: RumusNegatif = RumusNegatif.SELISIH  # the one the document states
    # (id of a Kelompok, id of a Baris, formula) -> (them, the row's right capaian), for
    # benar_baris
    benar: dict[tuple[int, int, RumusNegatif], tuple[Kelompok, Baris, Decimal | None]] = field(
        default_factory=dict, repr=False, compare=False)

    def peran(self, nama: str) -> list[int]:
        return [k.indeks for k in self.kolom if k.peran == nama]

    @property
    def anggaran(self) -> bool:
        return bool(self.peran("anggaran")) and bool(self.peran("realisasi"))


_RE_RENGGANG = re.compile(r"(?:\w ){2,}\w")  # "j u m l a h"
_RE_JUMLAH = re.compile(r"(jumlah|total|sub ?total|jumlah total)( \w+)?:?")
_RE_RATA = re.compile(r"(rata|rerata)")
_RE_RP = re.compile(r"rp\.?", re.I)


def _bersih(teks: str) -> str:
    t = teks.casefold()
    if " " in t and _RE_RENGGANG.fullmatch(t):
        t = t.replace(" ", "")
    return t


def _penomoran(baris: list[Sel]) -> bool:
    """The "1 | 2 | 3 | 4 | 5" row under a header."""
    angka_ = []
    for s in baris:  # a row's first text that is not a number ends the look (most rows)
        if s.teks.strip():
            x = s.teks.strip("() .")
            if not x.isdigit():
                return False
            angka_.append(int(x))
    if len(angka_) < 3:
        return False
    return angka_ == sorted(angka_) and angka_[0] in (0, 1) and angka_[-1] <= len(baris) + 1


def _baris_judul(baris: list[Sel]) -> bool:
    if _penomoran(baris):
        return True
    pertama = baris[0].teks.strip()
    if re.fullmatch(r"\d{1,3}\.?", pertama) or _ROMAWI.match(pertama):
        return False
    for s in baris[1:]:
        n = angka.baca(s.teks)
        if n is None:
            continue
        if n.desimal == 0 and not n.satuan and 1990 <= n.nilai <= 2099:
            continue
        return False
    return True


def _peran(label: str) -> str:
    """The role of a column from its header text (spaces ignored: PDFs break words in cells)."""
    if re.search(r"\b(no|no\.|nomor|urutan)$", label):
        return "no"
    t = label.replace(" ", "")
    if "rentang" in t or "interval" in t:
        return "rentang"
    if re.search(r"kategori|predikat|kriteria|mutu", t):
        return "kategori"
    if sum(w in t for w in ("target", "realisasi", "capaian")) >= 3:
        return "lain"
    if "sisa" in t:
        return "sisa"
    if "tertimbang" in t or "bobot" in t or "selisih" in t:
        return "lain"
    if re.search(r"capaian|%|persen|serapan", t):
        return "capaian"
    if re.search(r"anggaran|pagu", t) and "realisasi" not in t:
        return "anggaran"
    if "realisasi" in t:
        return "realisasi"
    if "target" in t:
        return "anggaran" if "(rp)" in t or t.endswith("rp") else "target"
    if re.search(r"\bnrr\b|nilai rata", label) or "nrr" in t:
        return "nrr"
    if re.search(r"\bikm\b|konversi", label) or "konversi" in t:
        return "konversi"
    return "lain"


def _kepala(tabel: Tabel) -> tuple[int, list[str], list[list[str]]]:
    """Number of header rows, the joined header text of each column, and the header text by
    row (group headers spread over the columns they span)."""
    grid = tabel.baris
    n = 0
    while n < min(len(grid), 5) and _baris_judul(grid[n]):
        n += 1
    n = max(1, min(n, len(grid) - 1 if len(grid) > 1 else 1))
    lebar = len(grid[0])
    teks = [[s.teks for s in grid[r]] for r in range(n)]
    for r in range(n - 1):  # spanning group headers typed into the first cell only
        for c in range(1, lebar):
            if not teks[r][c] and teks[r][c - 1] and any(teks[r + 1][c:c + 1]):
                teks[r][c] = teks[r][c - 1]
    label = []
    for c in range(lebar):
        bagian: list[str] = []
        for r in range(n):
            x = teks[r][c]
            if x and (not bagian or bagian[-1] != x) and not _penomoran(grid[r]):
                bagian.append(x)
        label.append(_bersih(" ".join(bagian)))
    return n, label, teks


def _peran_kolom(c: int, label: str, teks: list[list[str]]) -> str:
    """The role of a column: from its own (lowest) header cell first, so that a group header
    over it ("Capaian Kinerja dan Anggaran") does not make every column a capaian; from the
    whole joined header when its own cell says nothing."""
    bawah = next((_bersih(r[c]) for r in reversed(teks) if c < len(r) and r[c].strip()), "")
    if bawah and bawah != label:
        peran = _peran(bawah)
        if peran != "lain":
            return peran
    return _peran(label)


_GRUP = {"kinerja": ("kinerja", "fisik", "output", "keluaran"),
         "anggaran": ("anggaran", "keuangan", "dana", "pagu", "belanja")}


def _grup(c: int, teks: list[list[str]]) -> str:
    """'kinerja' or 'anggaran' when a group header above the column names one of them alone."""
    for r in range(len(teks) - 2, -1, -1):
        x = _bersih(teks[r][c]) if c < len(teks[r]) else ""
        ada = [g for g, kata in _GRUP.items() if any(k in x for k in kata)]
        if len(ada) == 1:
            return ada[0]
    return ""


def _hanya_rp(tabel: Tabel, n: int, c: int) -> bool:
    """A column holding only the currency sign ("Rp") before the amount in the next column."""
    ada = False
    for r in itertools.islice(tabel.baris, n, None):  # the first other text ends the look
        if c < len(r) and (x := r[c].teks.strip()):
            if not _RE_RP.fullmatch(x):
                return False
            ada = True
    return ada


def _kolom_label(kolom: list[Kolom]) -> list[int]:
    """The columns naming a row, best first. Of two columns of one kind ("Indikator Tujuan |
    Indikator Sasaran") the right one: levels go coarse to fine left to right, and the row's
    numbers belong to the finest."""
    hasil = []
    for kata in _LABEL:
        hasil += [k.indeks for k in reversed(kolom) if k.peran == "lain" and kata in k.label
                  and k.indeks not in hasil]
    return hasil


def _jenis(sel: list[Sel], no: str, label: str) -> str:
    awal = []  # the row's first three texts
    for s in sel:
        if s.teks.strip():
            awal.append(_bersih(s.teks))
            if len(awal) == 3:
                break
    for a in awal:
        if _RE_JUMLAH.fullmatch(a):
            return "jumlah"
    for a in awal:
        if _RE_RATA.match(a):
            return "rata"
    if _ROMAWI.match(no.strip()) or (not no.strip() and label.casefold().startswith("program")):
        return "program"
    return "data"


def susun(tabel: Tabel) -> Susunan | None:
    """Read a table's columns and rows; None for an empty or one-row table."""
    if len(tabel.baris) < 2 or not tabel.baris[0]:
        return None
    n, label, teks = _kepala(tabel)
    kolom = [Kolom(i, lb, "lain" if _hanya_rp(tabel, n, i) else _peran_kolom(i, lb, teks),
                   angka.tahun(lb)) for i, lb in enumerate(label)]
    s = Susunan(tabel, kolom)
    i_no = next((k.indeks for k in kolom if k.peran == "no"), 0)
    i_label = _kolom_label(kolom)
    angka_kolom = [k.indeks for k in kolom if k.peran not in ("no", "lain", "kategori")]
    for r in range(n, len(tabel.baris)):
        sel = tabel.baris[r]
        if _penomoran(sel):
            continue
        label_baris = next((sel[i].teks for i in i_label if sel[i].teks.strip()), "")
        if not label_baris:
            teks = [x.teks for x in sel if x.teks.strip() and angka.baca(x.teks) is None]
            label_baris = max(teks, key=len) if teks else ""
        no = sel[i_no].teks if i_no < len(sel) else ""
        if s.baris and not no.strip() and label_baris and angka_kolom and all(
                angka.baca(sel[i].teks) is None for i in angka_kolom):  # no number: continued
            atas = s.baris[-1]  # a row continued on the next line
            if atas.jenis in ("data", "program") and label_baris != atas.label:
                atas.label = f"{atas.label} {label_baris}".strip()
                continue
        if all(not x.teks.strip() for x in sel):
            continue
        s.baris.append(Baris(r, sel, label_baris, no, _jenis(sel, no, label_baris)))
    s.kelompok = _kelompok(kolom)
    return s


def susun_semua(tabel: Tabel) -> list[Susunan]:
    """The table read as data; a table with both a kinerja and an anggaran column group (the
    common "Capaian Kinerja dan Anggaran" table) as two: its kinerja columns and its anggaran
    columns, each beside the label columns."""
    s = susun(tabel)
    if s is None:
        return []
    _, _, teks = _kepala(tabel)
    grup = [_grup(c, teks) if k.peran not in ("no", "lain") else "" for c, k in
            enumerate(s.kolom)]
    if not ("kinerja" in grup and "anggaran" in grup):
        return [s]
    hasil = []
    for buang in ("anggaran", "kinerja"):
        pilih = [c for c, g in enumerate(grup) if g != buang]
        sub = Tabel(tabel.indeks, tabel.nomor, tabel.judul, tabel.bab,
                    [[r[c] for c in pilih if c < len(r)] for r in tabel.baris], tabel.halaman)
        bagian = susun(sub)
        if bagian is not None:
            hasil.append(bagian)
    return hasil


def _kelompok(kolom: list[Kolom]) -> list[Kelompok]:
    hasil = []
    for k in kolom:
        if k.peran != "capaian":
            continue
        kiri = kolom[: k.indeks]
        real = next((x for x in reversed(kiri) if x.peran == "realisasi"), None)
        tahun = real.tahun if real and real.tahun else k.tahun
        target = None
        batas = real.indeks if real else k.indeks
        calon = [x for x in kolom[:batas] if x.peran == "target"]
        if tahun is not None and any(x.tahun == tahun for x in calon):
            target = next(x for x in reversed(calon) if x.tahun == tahun)
        elif calon:
            target = calon[-1]
        if tahun is None and target is not None:
            tahun = target.tahun
        hasil.append(Kelompok(target.indeks if target else None,
                              real.indeks if real else None, k.indeks, tahun))
    return hasil


@functools.lru_cache(maxsize=16384)  # a row's label is keyed by several checks in turn
def normal(label: str) -> str:
    """A row label as a key: lower case, numbering and punctuation removed."""
    t = re.sub(r"^\s*(\d+|[a-z]|[ivxl]+)[.)]\s+", "", label.casefold())
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(t.split())
