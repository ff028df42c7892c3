"""Numbers in the prose against the document's own tables: the capaian sentence's polaritas
from the row with the same target and realisasi, an average against the rows it averages, a
count of indikator against the rows of the capaian tables, serapan and totals against the
anggaran tables. The sentence rules are `calc.kalimat`; this module only gathers what the
tables say."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from lakip_xl.calc import kalimat as K
from lakip_xl.calc.anggaran import serapan_persen
from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Polaritas
from lakip_xl.calc.kategori import SKALA_LKJ, Skala
from lakip_xl.reviu.dokumen import Paragraf
from lakip_xl.reviu.kolom import Susunan, normal
from lakip_xl.reviu.periksa_anggaran import pasangan
from lakip_xl.reviu.periksa_capaian import _polaritas, benar_baris
from lakip_xl.reviu.temuan import Temuan

_AKHIR = re.compile(r"akhir|renstra|rencana strategis|jangka menengah|rpjmd", re.I)


@dataclass
class Kelompok:
    """The rows of one capaian column group of one table: label, right capaian (None when the
    row has no computable one), printed capaian, and whether its capaian cell is a bare "-"
    (a row the report left out of its figures, e.g. one in error)."""

    nama: str
    bab: str
    baris: list[tuple[str, Decimal | None, Decimal | None, bool]] = field(default_factory=list)
    lalu: bool = False  # a previous year's column
    cache: dict[object, list] = field(default_factory=dict)


@dataclass
class Fakta:
    """What the tables of a document say, for the sentences to be held against."""

    kelompok: list[Kelompok] = field(default_factory=list)
    jumlah_baris: set[int] = field(default_factory=set)  # data rows of every table
    polaritas: dict[tuple[Decimal, Decimal], set[Polaritas]] = field(default_factory=dict)
    serapan: list[Decimal] = field(default_factory=list)
    rupiah: set[Decimal] = field(default_factory=set)
    jumlah_anggaran: list[tuple[Decimal, Decimal, str]] = field(default_factory=list)
    ikm: dict[Decimal, str] = field(default_factory=dict)  # IKM realisasi -> its table
    _populasi: list[Kelompok] | None = None
    _calon: K.Calon | None = None
    _jumlah: dict[tuple[int, str], set[int]] = field(default_factory=dict)
    _anggaran_utama: tuple[Decimal, Decimal, str, Decimal | None] | None = None

    def anggaran_utama(self) -> tuple[Decimal, Decimal, str, Decimal | None]:
        """The largest Jumlah row of the anggaran tables (anggaran, realisasi, table) and its
        serapan; worked out once, not per sentence. Only when `jumlah_anggaran` is filled."""
        if self._anggaran_utama is None:
            a, r, tabel = max(self.jumlah_anggaran, key=lambda x: x[0])
            self._anggaran_utama = (a, r, tabel, serapan_persen(a, r))
        return self._anggaran_utama


def fakta(daftar: list[Susunan]) -> Fakta:
    f = Fakta()
    for s in daftar:
        data = [b for b in s.baris if b.jenis in ("data", "program")]
        if data:
            f.jumlah_baris.add(len(data))
        if s.anggaran:
            _anggaran(f, s)
            continue
        if _AKHIR.search(s.tabel.judul):
            continue  # the Renstra and its end targets: not this year's capaian
        for g in s.kelompok:
            if g.target is None or _AKHIR.search(s.kolom[g.target].label):
                continue
            kel = Kelompok(s.tabel.nama, s.tabel.bab,
                           lalu=g.tahun is not None and s.tahun is not None and g.tahun < s.tahun)
            for b in data:
                t, r, c = b.nilai(g.target), b.nilai(g.realisasi), b.nilai(g.capaian)
                if t is not None and r is not None:
                    f.polaritas.setdefault((t.nilai, r.nilai), set()).add(_polaritas(s, b))
                if r is not None and not kel.lalu and K.klaim_ikm(f"{b.label} {r.teks}"):
                    f.ikm.setdefault(r.nilai, s.tabel.nama)
                kel.baris.append((normal(b.label), benar_baris(s, g, b),
                                  c.nilai if c is not None else None, _strip(b, g.capaian)))
            if kel.baris:
                f.kelompok.append(kel)
    return f


def _strip(b, kolom: int | None) -> bool:
    """The capaian cell holds only a dash: the row has no capaian and is out of the counts."""
    return kolom is not None and kolom < len(b.sel) and b.sel[kolom].teks.strip() in ("-", "–")


def _anggaran(f: Fakta, s: Susunan) -> None:
    for a_i, r_i, p_i, tahun in pasangan(s):
        if tahun not in (None, s.tahun):
            continue
        jumlah_a = jumlah_r = Decimal(0)
        for b in s.baris:
            a, r, p = b.nilai(a_i), b.nilai(r_i), b.nilai(p_i)
            for n in (a, r):
                if n is not None:
                    f.rupiah.add(n.nilai)
            if a is not None and r is not None and (sp := serapan_persen(a.nilai, r.nilai)):
                f.serapan.append(sp)
            if p is not None:
                f.serapan.append(p.nilai)
            if b.jenis == "jumlah" and a is not None and r is not None:
                f.jumlah_anggaran.append((a.nilai, r.nilai, s.tabel.nama))
            elif b.jenis == "data" and a is not None and r is not None:
                jumlah_a += a.nilai
                jumlah_r += r.nilai
        f.rupiah |= {jumlah_a, jumlah_r}
        if not any(n == s.tabel.nama for _, _, n in f.jumlah_anggaran) and jumlah_a:
            f.jumlah_anggaran.append((jumlah_a, jumlah_r, s.tabel.nama))


# --- the groups a sentence may speak of ---------------------------------------------------------


def _rapat(label: str) -> str:
    """A label without spaces: a PDF joins or splits words of a wrapped cell ("umumdan")."""
    return re.sub(r"\s+|capaian$", "", label)


def _gabung(kelompok: list[Kelompok], nama: str, per_nama: bool = False) -> Kelompok:
    """The union of tables, a row printed in several tables once: with `per_nama` the same
    label (spaces ignored); else the same label and the same right or the same printed
    capaian. A copy whose realisasi was mistyped in one table (its right capaian differs, its
    printed one does not) is the same row, not one more: the mistyped cell is that table's own
    finding, and the averages and counts in the prose still agree with the rows they were
    written from."""
    g = Kelompok(nama, "")
    dilihat: set[tuple[str, ...]] = set()
    for k in kelompok:
        for b in k.baris:
            if per_nama:
                kunci = [(_rapat(b[0]),)]
            else:
                kunci = [
                    (b[0], jenis, K.tulis(v))
                    for jenis, v in (("benar", b[1]), ("cetak", b[2]))
                    if v is not None
                ] or [(b[0], "tanpa capaian", "")]
            if not any(x in dilihat for x in kunci):
                g.baris.append(b)
            dilihat.update(kunci)
    return g


def _populasi(f: Fakta) -> list[Kelompok]:
    """Each table's group, and the unions of this year's (all, and BAB III's); once."""
    if f._populasi is None:
        f._populasi = _kumpul(f)
    return f._populasi


def _kumpul(f: Fakta) -> list[Kelompok]:
    ini = [k for k in f.kelompok if not k.lalu]
    bab3 = [k for k in ini if re.search(r"\bBAB\s+III\b", k.bab)]
    hasil = list(f.kelompok)
    if len(ini) > 1:
        hasil.append(_gabung(ini, "seluruh tabel capaian"))
    if len(bab3) > 1:
        hasil.append(_gabung(bab3, "tabel capaian BAB III"))
    if len(ini) > 1:  # a PDF may read a comparison table's columns apart: its rows once by name
        hasil.append(_gabung(ini, "seluruh tabel capaian (per nama indikator)", per_nama=True))
    return hasil


def _utama(f: Fakta, k: str, sampai: int) -> Kelompok | None:
    """The group the sentence names ("sasaran strategis", "eselon IV"), else all of BAB III."""
    ini = [g for g in _populasi(f) if not g.lalu]
    sub = K.subjek(k, sampai)
    if sub and sub != "seluruh":
        kata = {"sasaran strategis": r"sasaran|kinerja utama|\biku\b", "eselon iii":
                r"eselon\s*iii\b|administrator", "eselon iv": r"eselon\s*iv\b|pengawas"}[sub]
        cocok = [g for g in ini if re.search(kata, g.nama, re.I)]
        if len(cocok) == 1:
            return cocok[0]
        return None
    semua = [g for g in ini if g.nama in ("tabel capaian BAB III", "seluruh tabel capaian")]
    return semua[0] if semua else (ini[0] if len(ini) == 1 else None)


def _nilai(g: Kelompok, tercetak: bool = False) -> list[Decimal]:
    """The group's capaian (right, rounded to 2 decimals as printed; or as printed); once."""
    if tercetak not in g.cache:
        g.cache[tercetak] = [b[2] for b in g.baris if b[2] is not None] if tercetak else \
            [bulat(b[1], 2) for b in g.baris if b[1] is not None]
    return g.cache[tercetak]


def _rata(nilai: list[Decimal], batas: int | None = None) -> Decimal | None:
    """The mean as `calc.rata` takes it (each value as printed, capped for the mean only)."""
    if not nilai:
        return None
    if batas is None:
        return sum(nilai, Decimal(0)) / len(nilai)
    atas = Decimal(batas)
    return sum((min(v, atas) for v in nilai), Decimal(0)) / len(nilai)


def calon_rata(f: Fakta) -> K.Calon:
    """Every average the tables allow: of the right or the printed capaian of each group, with
    no cap or capped at 100 or 120."""
    if f._calon is None:
        f._calon = K.Calon(r for g in _populasi(f) for tercetak in (False, True)
                           for batas in (None, 100, 120)
                           if (nilai := _nilai(g, tercetak)) and (r := _rata(nilai, batas))
                           is not None)
    return f._calon


def _hitung(g: Kelompok, jenis: str, skala: Skala, f: Fakta | None = None) -> set[int]:
    """The counts a writer may mean by `jenis` for one group (cached in `f`)."""
    if f is None:
        return _hitung_baru(g, jenis, skala)
    kunci = (id(g), jenis)
    if kunci not in f._jumlah:
        f._jumlah[kunci] = _hitung_baru(g, jenis, skala)
    return f._jumlah[kunci]


def _hitung_baru(g: Kelompok, jenis: str, skala: Skala) -> set[int]:
    nilai, cetak = _nilai(g), _nilai(g, True)
    if jenis == "semua":  # every row, the rows with a capaian, the rows not left out ("-")
        return {len(g.baris), len(nilai), len(g.baris) - sum(b[3] for b in g.baris)}
    if jenis == "tanpa capaian":
        return {len(g.baris) - len(nilai)}
    if jenis == "mencapai":
        return {sum(v >= 100 for v in nilai), sum(v >= 100 for v in cetak)}
    if jenis == "melampaui":
        return {sum(v > 100 for v in x) for x in (nilai, cetak)} | {sum(v >= 100 for v in nilai)}
    if jenis == "tidak mencapai":
        n = sum(v < 100 for v in nilai)
        return {n, n + len(g.baris) - len(nilai), sum(v < 100 for v in cetak)}
    return {sum(k == jenis for k in _kategori(g, tercetak, skala)) for tercetak in (False, True)}


def _kategori(g: Kelompok, tercetak: bool, skala: Skala) -> list[str]:
    """The kategori of each of the group's capaian (`_nilai`) on a scale; once per scale."""
    kunci = ("kategori", tercetak, skala.nama)
    if kunci not in g.cache:
        g.cache[kunci] = [skala.kategori(v) for v in _nilai(g, tercetak)]
    return g.cache[kunci]


# --- the checks ---------------------------------------------------------------------------------


def periksa_kalimat(k: str, p: Paragraf, f: Fakta, skala: Skala | None,
                    dicetak_rata: K.Calon, tahun: int | None,
                    ikm_nrr: bool = False) -> list[Temuan]:
    """Findings of one sentence against the document's tables (the IKM only when the document
    has no NRR table, which `periksa_ikm` holds the text to)."""
    hasil: list[Temuan] = []
    pol = set().union(*(f.polaritas.get((kl.target.nilai, kl.realisasi.nilai), set())
                        for kl in [K.klaim_capaian(k)] if kl is not None))
    s = K.periksa_capaian(k, pol.pop() if len(pol) == 1 else None)
    if s is not None:
        hasil.append(Temuan(s.jenis, p.lokasi(), s.uraian, s.tertulis, s.seharusnya, s.dasar,
                            p.indeks))
    if any(int(y) != tahun for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", k)):
        return hasil
    hasil += _rata_jumlah(k, p, f, skala or SKALA_LKJ, dicetak_rata)
    hasil += _anggaran_kalimat(k, p, f)
    if not ikm_nrr and len(f.ikm) == 1:
        (nilai, tabel), = f.ikm.items()
        hasil += [Temuan("Konsistensi", p.lokasi(), "IKM dalam teks tidak sama dengan realisasi "
                         "IKM di tabel capaian.", b.teks, K.tulis(nilai), f"realisasi IKM di "
                         f"{tabel}", p.indeks)
                  for b in K.klaim_ikm(k) if not K.cocok_salah_satu(b, [nilai])]
    return hasil


def _rata_jumlah(k: str, p: Paragraf, f: Fakta, skala: Skala,
                 dicetak_rata: K.Calon) -> list[Temuan]:
    hasil: list[Temuan] = []
    if not f.kelompok:
        return hasil
    for b in K.klaim_rata(k):
        utama = _utama(f, k, b.awal)
        nilai = _nilai(utama) if utama is not None else []
        if not nilai or K.cocok_salah_satu(b, dicetak_rata) or \
                K.cocok_salah_satu(b, calon_rata(f)):
            continue
        r = _rata(nilai)
        nama = utama.nama if utama is not None else ""
        hasil.append(Temuan("Hitungan", p.lokasi(), "Rata-rata capaian dalam teks tidak sesuai "
                            "baris tabel yang dirata-ratakannya.", b.teks, K.tulis(r or 0),
                            f"rata-rata {len(nilai)} capaian di {nama}", p.indeks))
    for j in K.klaim_jumlah(k, skala.nama_kategori):
        utama = _utama(f, k, j.awal)
        if j.jenis == "semua" and j.jumlah in f.jumlah_baris:
            continue
        if any(j.jumlah in _hitung(g, j.jenis, skala, f) for g in _populasi(f)) or \
                utama is None:
            continue
        benar = min(_hitung(utama, j.jenis, skala, f))
        apa = "indikator" if j.jenis == "semua" else f"indikator ({j.jenis})"
        hasil.append(Temuan("Konsistensi", p.lokasi(), f"Jumlah {apa} dalam teks tidak sesuai "
                            "baris tabel capaian.", str(j.jumlah), str(benar),
                            f"baris {utama.nama}", p.indeks))
    return hasil


def _anggaran_kalimat(k: str, p: Paragraf, f: Fakta) -> list[Temuan]:
    hasil: list[Temuan] = []
    if not f.jumlah_anggaran:
        return hasil
    a, r, tabel, utama = f.anggaran_utama()
    for b in K.klaim_serapan(k):
        if utama is not None and not K.cocok_salah_satu(b, [utama, *f.serapan]):
            hasil.append(Temuan("Konsistensi", p.lokasi(), "Serapan anggaran dalam teks tidak "
                                "sesuai tabel anggaran.", b.teks, K.tulis(utama),
                                f"{K.tulis(r, 0)} / {K.tulis(a, 0)} x 100 ({tabel})", p.indeks))
    for jenis, b in K.klaim_total(k):
        if b.nilai not in f.rupiah:
            benar = a if jenis == "anggaran" else r
            hasil.append(Temuan("Konsistensi", p.lokasi(), f"Total {jenis} dalam teks tidak "
                                "sesuai tabel anggaran.", b.teks, f"Rp {K.tulis(benar, 0)}",
                                f"baris Jumlah {tabel}", p.indeks))
    return hasil
