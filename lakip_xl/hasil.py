"""The computed values of a workbook (`Hasil` and its parts) and the look-ups the report and
the writers make in them; `hitung.hitung` fills them. Standard library only."""

from __future__ import annotations

import datetime as _dt
from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Baris, Buku, Masalah, pisah_kode
from lakip_xl.calc.anggaran import Hierarki, Simpul, serapan_persen
from lakip_xl.calc.capaian import Capaian, Polaritas, RumusNegatif
from lakip_xl.calc.kategori import Skala
from lakip_xl.calc.rata import RataRata, rata_rata
from lakip_xl.calc.skm import HasilIKM, Mutu


@dataclass
class HasilIndikator:
    """One indikator with its computed capaian for this year, last year and the Renstra end."""

    baris: Baris
    polaritas: Polaritas
    capaian: Capaian
    kategori: str | None
    capaian_lalu: Capaian
    capaian_renstra: Capaian

    def __getitem__(self, kunci: str) -> Any:
        return self.baris[kunci]


@dataclass
class HasilUnsur:
    """One SKM unsur: NRR from the answers (or as typed), its weight and weighted NRR."""

    baris: Baris
    responden: int
    nrr: Fraction | None
    dari_jawaban: bool
    bobot: Fraction | None = None
    nrr_tertimbang: Fraction | None = None


@dataclass
class HasilSKM:
    """The survey: unsur, IKM (None when there is nothing to compute) and respondents."""

    unsur: list[HasilUnsur]
    ikm: HasilIKM | None
    responden: int  # rows on the SKM sheet
    sampel_minimal: int | None
    profil_responden: dict[str, OrderedDict[str, int]]  # kolom -> value -> count


@dataclass
class KelompokBelanja:
    """A Belanja group (Kelompok) with its Jenis subtotals and rows."""

    kelompok: str
    jenis: OrderedDict[str, list[Baris]]
    anggaran: Decimal = Decimal(0)
    realisasi: Decimal = Decimal(0)
    anggaran_lalu: Decimal = Decimal(0)
    realisasi_lalu: Decimal = Decimal(0)

    @property
    def serapan(self) -> Decimal | None:
        return serapan_persen(self.anggaran, self.realisasi)


@dataclass
class Hasil:
    """All computed values of a workbook."""

    buku: Buku
    skala: Skala
    rumus_negatif: RumusNegatif
    batas_rata: Decimal | None
    indikator: list[HasilIndikator]
    anggaran: Hierarki
    anggaran_baris: dict[int, Simpul]  # row number -> node
    belanja: list[KelompokBelanja]
    skm: HasilSKM
    riwayat_ikm: list[tuple[int, Decimal, Decimal | None, Mutu]]
    masalah: list[Masalah]
    waktu: _dt.datetime
    _indeks: dict[str, dict[str, Any]] = field(default_factory=dict)
    ikm_tahun: Decimal | None = None  # the report year's IKM, whatever its source (one value)
    sumber_ikm: str = ""  # where ikm_tahun comes from, in words

    def rata(self, daftar: list[HasilIndikator], lalu: bool = False) -> RataRata:
        """Average capaian of a group (this year, or last year with `lalu`)."""
        return rata_rata(
            (h.capaian_lalu if lalu else h.capaian for h in daftar), self.skala, self.batas_rata
        )

    def per(self, kunci: str, tingkat: str | None = None) -> OrderedDict[str, list[HasilIndikator]]:
        """Indikator grouped by a column (tingkat, penanggung_jawab, sasaran), in sheet order."""
        g: OrderedDict[str, list[HasilIndikator]] = OrderedDict()
        for h in self.indikator:
            if tingkat is not None and h["tingkat"] != tingkat:
                continue
            g.setdefault(h[kunci] or "(tidak diisi)", []).append(h)
        return g

    @property
    def dasar_keseluruhan(self) -> str:
        """The Profil setting naming which indikator the overall average covers."""
        return str(self.buku.profil.get("dasar_rata") or L.DASAR_RATA[0])

    @property
    def indikator_keseluruhan(self) -> list[HasilIndikator]:
        """The indikator of the overall average: one Tingkat, or every indikator with repeated
        measurements (same indikator, target and realisasi cascaded to several tiers) once."""
        dasar = self.dasar_keseluruhan
        if L.normal(dasar) != L.normal(L.DASAR_RATA[0]):
            return [h for h in self.indikator if L.normal(h["tingkat"]) == L.normal(dasar)]
        return self.indikator_unik

    @property
    def indikator_unik(self) -> list[HasilIndikator]:
        """Every indikator, a measurement repeated on several tiers counted once."""
        dilihat: set[tuple] = set()
        hasil = []
        for h in self.indikator:
            kunci = (L.normal(h["indikator"]), h["target"], h["realisasi"], h.polaritas)
            if kunci not in dilihat:
                dilihat.add(kunci)
                hasil.append(h)
        return hasil

    @property
    def rata_semua(self) -> RataRata:
        """The overall average capaian (see `indikator_keseluruhan`)."""
        return self.rata(self.indikator_keseluruhan)

    def indikator_kode(self, kode: str | None) -> HasilIndikator | None:
        """The indikator with this Kode (case and spacing ignored; the first if repeated)."""
        if not kode:
            return None
        if "indikator" not in self._indeks:
            idx: dict[str, Any] = {}
            for h in self.indikator:
                if h["kode"]:
                    idx.setdefault(L.normal(h["kode"]), h)
            self._indeks["indikator"] = idx
        return self._indeks["indikator"].get(L.normal(kode))

    def simpul_kode(self, kode: str) -> Simpul | None:
        """The program/kegiatan node with this Kode on the Anggaran sheet."""
        if "anggaran" not in self._indeks:
            idx: dict[str, Any] = {}
            for b in self.buku.rows("Anggaran"):
                if b["kode"] and b.nomor in self.anggaran_baris:
                    idx.setdefault(L.normal(b["kode"]), self.anggaran_baris[b.nomor])
            self._indeks["anggaran"] = idx
        return self._indeks["anggaran"].get(L.normal(kode))

    def letak_program(self) -> dict[int, int]:
        """id() of each program and kegiatan node -> its program's place in `anggaran.program`
        (built once, then reused)."""
        if "program" not in self._indeks:
            idx: dict[int, Any] = {}
            for i, p in enumerate(self.anggaran.program):
                idx[id(p)] = i
                idx.update((id(kg), i) for kg in p.anak)
            self._indeks["program"] = idx
        return self._indeks["program"]

    def isian_kolom(self, sheet: str, kunci: str) -> dict[int, Any]:
        """Row number -> the value typed in one column of a sheet (built once, then reused)."""
        if (k := f"{sheet}:{kunci}") not in self._indeks:
            self._indeks[k] = {b.nomor: b[kunci] for b in self.buku.rows(sheet)}
        return self._indeks[k]

    def anggaran_indikator(self, h: HasilIndikator) -> list[Simpul]:
        return [s for k in pisah_kode(h["kode_anggaran"]) if (s := self.simpul_kode(k))]

    @property
    def ikm_konversi(self) -> Decimal | None:
        return self.skm.ikm.konversi_tampil if self.skm.ikm else None

    @property
    def galat(self) -> list[Masalah]:
        return [m for m in self.masalah if m.galat]
