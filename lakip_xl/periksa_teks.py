"""Typed text against the computed numbers: each sentence of Narasi (the Analisis texts
included) and of the extra 'Tabel ...' sheets that states a capaian, an average, a count of
indikator, the IKM, a serapan or a total other than the computed one gets a peringatan with its
sheet and cell. The sentence rules are `calc.kalimat`, the same the reviu applies to a report.

`hitung.hitung` calls `periksa(hasil)` last; this module reads the computed values through the
shape `Hitungan` describes, so it needs nothing above `buku`. Standard library only."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any, Protocol

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Buku, Masalah
from lakip_xl.buku.sel import a1
from lakip_xl.calc import kalimat as K
from lakip_xl.calc.capaian import RumusNegatif, Status
from lakip_xl.calc.kategori import Skala
from lakip_xl.calc.rata import RataRata, rata_rata


class Hitungan(Protocol):
    """What this module reads of `hitung.Hasil`."""

    buku: Buku
    skala: Skala
    rumus_negatif: RumusNegatif
    batas_rata: Decimal | None
    indikator: list[Any]  # hitung.HasilIndikator
    anggaran: Any  # calc.anggaran.Hierarki
    anggaran_baris: dict[int, Any]
    belanja: list[Any]
    ikm_tahun: Decimal | None

    @property
    def indikator_keseluruhan(self) -> list[Any]: ...


PANJANG_KUTIPAN = 160
_RE_ANGKA = re.compile(r"\d")


def _kutip(k: str) -> str:
    k = " ".join(k.split())
    return k if len(k) <= PANJANG_KUTIPAN else k[: PANJANG_KUTIPAN - 3] + "..."


def teks_buku(buku: Buku) -> Iterator[tuple[str, str | None, str, str]]:
    """(sheet, cell, bagian, text) of every typed text the report prints as prose: Narasi rows
    and the text cells of the extra tables."""
    for b in buku.rows(L.NARASI.nama) if L.NARASI.nama in buku.tabel else []:
        if isinstance(b["teks"], str) and b["teks"].strip():
            yield L.NARASI.nama, b.sel.get("teks"), str(b["bagian"] or ""), b["teks"]
    for tt in buku.tambahan:
        nomor = tt.nomor
        for i, baris in enumerate(tt.baris):
            for j, v in enumerate(baris):
                if isinstance(v, str) and re.search(r"\d", v) and re.search(r"[A-Za-z]{3}", v):
                    sel = a1(nomor[i], j + 1) if i < len(nomor) else None
                    yield tt.sheet, sel, tt.bagian, v


# --- the groups a sentence may speak of ---------------------------------------------------------


def _kelompok(hasil: Hitungan) -> dict[str, list[Any]]:
    """Every group of indikator an average or a count in the text may be about."""
    g: dict[str, list[Any]] = {"keseluruhan": list(hasil.indikator_keseluruhan),
                               "semua": list(hasil.indikator)}
    for kunci in ("tingkat", "penanggung_jawab", "sasaran"):
        for h in hasil.indikator:
            if h[kunci]:
                g.setdefault(f"{kunci}:{L.normal(h[kunci])}", []).append(h)
    return g


def _utama(hasil: Hitungan, kelompok: dict[str, list[Any]], k: str, bagian: str,
           sampai: int) -> list[Any]:
    """The group the sentence is about: its words first, then its Bagian, else all."""
    sub = K.subjek(k, sampai)
    nb = L.normal(bagian)
    if sub is None and nb.startswith("analisis "):
        pj = nb[len("analisis "):]
        if f"penanggung_jawab:{pj}" in kelompok:
            return kelompok[f"penanggung_jawab:{pj}"]
        sub = "eselon iv" if "eselon iv" in pj else "eselon iii" if "eselon iii" in pj else None
    if sub is None and "sasaran strategis" in nb:
        sub = "sasaran strategis"
    if sub in ("eselon iii", "eselon iv", "sasaran strategis"):
        for nama, daftar in kelompok.items():
            if nama.startswith("tingkat:") and re.search(rf"{sub}\b", nama):
                return daftar
    return kelompok["keseluruhan"]


def _rata(hasil: Hitungan, daftar: list[Any], batas: Decimal | None, lalu: bool) -> RataRata:
    return rata_rata((h.capaian_lalu if lalu else h.capaian for h in daftar), hasil.skala, batas)


class Konteks:
    """The computed values sentences are held to, each gathered once, when first needed."""

    def __init__(self, hasil: Hitungan) -> None:
        self.hasil = hasil
        self.kelompok = _kelompok(hasil)
        self._rata: K.Calon | None = None
        self._serapan: K.Calon | None = None
        self._jumlah: dict[str, list[set[int]]] = {}

    def calon_rata(self) -> K.Calon:
        """Every average of every group: this year and last, with each cap."""
        if self._rata is None:
            h = self.hasil
            self._rata = K.Calon(p for daftar in self.kelompok.values()
                                 for batas in {h.batas_rata, None, Decimal(100), Decimal(120)}
                                 for lalu in (False, True)
                                 if (p := _rata(h, daftar, batas, lalu).persen) is not None)
        return self._rata

    def calon_serapan(self) -> K.Calon:
        """The serapan of the total, every program, kegiatan and Belanja group."""
        if self._serapan is None:
            h = self.hasil
            sp = [x for s in h.anggaran_baris.values() if (x := s.serapan) is not None]
            sp += [x for g in h.belanja if g.anggaran and (x := g.serapan) is not None]
            if h.anggaran.serapan is not None:
                sp.append(h.anggaran.serapan)
            self._serapan = K.Calon(sp)
        return self._serapan

    def jumlah(self, jenis: str) -> list[set[int]]:
        """The counts of `jenis` of every group."""
        if jenis not in self._jumlah:
            self._jumlah[jenis] = [_hitung_jenis(self.hasil, d, jenis)
                                   for d in self.kelompok.values()]
        return self._jumlah[jenis]


def _hitung_jenis(hasil: Hitungan, daftar: list[Any], jenis: str) -> set[int]:
    """The counts a writer may mean by `jenis` for one group."""
    ada = [h.capaian.persen_bulat(2) for h in daftar if h.capaian.status is Status.ADA]
    belum = len(daftar) - len(ada)
    if jenis == "semua":
        return {len(daftar), len(ada)}
    if jenis == "tanpa capaian":
        return {belum}
    if jenis == "mencapai":
        return {sum(c >= 100 for c in ada)}
    if jenis == "melampaui":
        return {sum(c > 100 for c in ada), sum(c >= 100 for c in ada)}
    if jenis == "tidak mencapai":
        n = sum(c < 100 for c in ada)
        return {n, n + belum}
    return {rata_rata((h.capaian for h in daftar), hasil.skala).per_kategori.get(jenis, -1)}


# --- the checks, sentence by sentence -----------------------------------------------------------


def _capaian(hasil: Hitungan, k: str) -> tuple[str, str, str] | None:
    kl = K.klaim_capaian(k)
    if kl is None:
        return None
    t, r = kl.target.nilai, kl.realisasi.nilai
    sama = [h for h in hasil.indikator if h["target"] == t and h["realisasi"] == r]
    nama = [h for h in hasil.indikator
            if h["indikator"] and L.normal(h["indikator"]) in L.normal(k)]
    pol = {h.polaritas for h in sama or nama}
    s = K.periksa_capaian(k, pol.pop() if len(pol) == 1 else None, hasil.rumus_negatif)
    if s is None:
        return None
    return "capaian", s.tertulis, f"{s.seharusnya}% ({s.dasar})"


def _tahun_lain(hasil: Hitungan, k: str) -> bool:
    tahun = hasil.buku.profil.get("tahun")
    return any(int(y) != tahun for y in re.findall(r"(?<!\d)(20\d\d|19\d\d)(?!\d)", k))


def _rata_jumlah(ks: Konteks, k: str, bagian: str) -> list[tuple[str, str, str]]:
    hasil, kelompok = ks.hasil, ks.kelompok
    hasil_: list[tuple[str, str, str]] = []
    for b in K.klaim_rata(k):
        utama = _utama(hasil, kelompok, k, bagian, b.awal)
        if not K.cocok_salah_satu(b, ks.calon_rata()):
            p = _rata(hasil, utama, hasil.batas_rata, False)
            if p.persen is not None:
                hasil_.append(("rata-rata capaian", b.teks,
                               f"{K.tulis(p.persen)}% (rata-rata {p.jumlah} indikator)"))
    for j in K.klaim_jumlah(k, hasil.skala.nama_kategori):
        utama = _utama(hasil, kelompok, k, bagian, j.awal)
        if any(j.jumlah in n for n in ks.jumlah(j.jenis)):
            continue
        benar = sorted(_hitung_jenis(hasil, utama, j.jenis))[0]
        apa = {"semua": "jumlah indikator", "mencapai": "jumlah indikator yang mencapai target",
               "melampaui": "jumlah indikator yang melampaui target",
               "tidak mencapai": "jumlah indikator yang tidak mencapai target",
               "tanpa capaian": "jumlah indikator tanpa capaian"}.get(
                   j.jenis, f"jumlah indikator berkategori {j.jenis}")
        hasil_.append((apa, str(j.jumlah), f"{benar} indikator"))
    return hasil_


def _ikm_anggaran(ks: Konteks, k: str) -> list[tuple[str, str, str]]:
    hasil = ks.hasil
    hasil_: list[tuple[str, str, str]] = []
    if hasil.ikm_tahun is not None:
        for b in K.klaim_ikm(k):
            if not K.cocok_salah_satu(b, [hasil.ikm_tahun]):
                hasil_.append(("IKM", b.teks, K.tulis(hasil.ikm_tahun)))
    a = hasil.anggaran
    kelompok_belanja = [g for g in hasil.belanja if g.anggaran]
    if a.simpul or kelompok_belanja:
        utama = a.serapan if a.simpul else kelompok_belanja[0].serapan
        for b in K.klaim_serapan(k):
            if utama is not None and not K.cocok_salah_satu(b, ks.calon_serapan()):
                hasil_.append(("serapan anggaran", b.teks, f"{K.tulis(utama)}%"))
        for jenis, b in K.klaim_total(k):
            nilai = [a.anggaran if jenis == "anggaran" else a.realisasi] if a.simpul else []
            nilai += [g.anggaran if jenis == "anggaran" else g.realisasi
                      for g in kelompok_belanja]
            nilai.append(sum(nilai[1 if a.simpul else 0:], Decimal(0)))
            if b.nilai not in nilai:
                hasil_.append((f"total {jenis}", b.teks, f"Rp {K.tulis(nilai[0], 0)}"))
    return hasil_


def periksa_kalimat(ks: Konteks, k: str, bagian: str) -> list[tuple[str, str, str]]:
    """(what, typed, computed) for each number of one sentence that is not the computed one."""
    temuan: list[tuple[str, str, str]] = []
    if not _RE_ANGKA.search(k):
        return temuan
    c = _capaian(ks.hasil, k)
    if c is not None:
        temuan.append(c)
    if not _tahun_lain(ks.hasil, k):
        temuan += _rata_jumlah(ks, k, bagian)
        temuan += _ikm_anggaran(ks, k)
    return temuan


def periksa(hasil: Hitungan, teks: Sequence[tuple[str, str | None, str, str]] | None = None,
            ) -> list[Masalah]:
    """A peringatan for each typed sentence that contradicts a computed number."""
    ks = Konteks(hasil)
    masalah = []
    for sheet, sel, bagian, isi in teks if teks is not None else teks_buku(hasil.buku):
        for k in K.kalimat(isi):
            for apa, tertulis, benar in periksa_kalimat(ks, k, bagian):
                masalah.append(Masalah(False, sheet, sel, (
                    f"teks menulis {apa} {tertulis}, sedangkan hasil hitung {benar}; perbaiki "
                    f"kalimat \"{_kutip(k)}\" agar laporan tidak memuat dua angka berbeda")))
    return masalah


