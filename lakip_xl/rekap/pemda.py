"""The Pemda workbook read and checked: RPJMD indikator with their measuring OPD, the OPD list,
the alias table; every problem named by sheet and cell, in Indonesian."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from lakip_xl.buku import layout_pemda as P
from lakip_xl.buku.baca import Baris, Grid, Masalah, baca_profil, baca_tabel
from lakip_xl.buku.layout import normal
from lakip_xl.buku.saran import pilihan_terdekat
from lakip_xl.calc.capaian import Polaritas, RumusNegatif
from lakip_xl.calc.gabung import Gabung
from lakip_xl.errors import LakipError


@dataclass(frozen=True)
class Pengukur:
    """One OPD measuring a Pemda indikator: its name as in the OPD list and its indikator code."""

    opd: str
    kode_opd: str
    sel: str  # the OPD cell, for messages


@dataclass
class IndikatorPemda:
    """One RPJMD indikator with its target and the OPD that measure it (the lead one first)."""

    kode: str
    tujuan: str
    sasaran: str
    indikator: str
    satuan: str
    polaritas: Polaritas
    target: Decimal | None
    target_lalu: Decimal | None
    realisasi_lalu: Decimal | None
    capaian_lalu: Decimal | None
    gabung: Gabung
    pengukur: list[Pengukur] = field(default_factory=list)
    sel: str = ""  # the Kode cell of its first row


@dataclass(frozen=True)
class OPD:
    """One OPD of the Pemda's list, in the list's order."""

    nama: str
    jenis: str
    kode_sipd: str


@dataclass
class BukuPemda:
    """The Pemda workbook as read, with the problems found."""

    profil: dict[str, Any]
    indikator: list[IndikatorPemda]
    opd: list[OPD]
    alias: dict[str, str]  # normal(name as written in an OPD workbook) -> name in the list
    masalah: list[Masalah]
    rumus_negatif: RumusNegatif = RumusNegatif.SELISIH

    @property
    def galat(self) -> list[Masalah]:
        return [m for m in self.masalah if m.galat]

    def nama_opd(self, nama_instansi: object) -> str | None:
        """The OPD list name of a workbook's Nama Instansi: the same name (case and spacing
        ignored) or its alias; None when neither (never a close name)."""
        n = normal(nama_instansi)
        for o in self.opd:
            if normal(o.nama) == n:
                return o.nama
        return self.alias.get(n)


def _teks(b: Baris, kunci: str) -> str:
    v = b[kunci]
    return "" if v is None else str(v).strip()


def _opd(grid: Grid, masalah: list[Masalah]) -> list[OPD]:
    data = baca_tabel(P.OPD.nama, grid[P.OPD.nama], P.OPD, masalah)
    hasil: list[OPD] = []
    nama: dict[str, str] = {}
    kode: dict[str, str] = {}
    for b in data.baris:
        n = _teks(b, "nama")
        if not n:
            continue
        k = _teks(b, "kode_sipd")
        if normal(n) in nama:
            pesan = f"OPD '{n}' sudah tertulis di sel {nama[normal(n)]}; tulis setiap OPD sekali"
            masalah.append(Masalah(True, P.OPD.nama, b.sel["nama"], pesan))
            continue
        if k and k in kode:
            pesan = (
                f"Kode Unit SIPD '{k}' sudah dipakai di sel {kode[k]}; setiap OPD kodenya sendiri"
            )
            masalah.append(Masalah(True, P.OPD.nama, b.sel["kode_sipd"], pesan))
        nama[normal(n)] = b.sel["nama"]
        if k:
            kode[k] = b.sel["kode_sipd"]
        hasil.append(OPD(n, _teks(b, "jenis"), k))
    if not hasil:
        masalah.append(Masalah(True, P.OPD.nama, None, "belum ada OPD; tulis satu baris per OPD"))
    return hasil


def _alias(grid: Grid, opd: Sequence[OPD], masalah: list[Masalah]) -> dict[str, str]:
    if P.ALIAS.nama not in grid:
        return {}
    data = baca_tabel(P.ALIAS.nama, grid[P.ALIAS.nama], P.ALIAS, masalah)
    daftar = {normal(o.nama): o.nama for o in opd}
    hasil: dict[str, str] = {}
    for b in data.baris:
        a, n = _teks(b, "alias"), _teks(b, "nama")
        if not a or not n:
            continue
        if normal(n) not in daftar:
            masalah.append(Masalah(True, P.ALIAS.nama, b.sel["nama"], _bukan_opd(n, opd)))
            continue
        lama = hasil.get(normal(a))
        if lama is not None and lama != daftar[normal(n)]:
            pesan = f"alias '{a}' sudah menunjuk OPD '{lama}'; satu alias hanya untuk satu OPD"
            masalah.append(Masalah(True, P.ALIAS.nama, b.sel["alias"], pesan))
            continue
        hasil[normal(a)] = daftar[normal(n)]
    return hasil


def _bukan_opd(nama: str, opd: Sequence[OPD]) -> str:
    dekat = pilihan_terdekat(nama, [o.nama for o in opd])
    saran = f"; maksudnya '{dekat}'?" if dekat else "; tambahkan OPD itu di sheet OPD"
    return f"OPD '{nama}' tidak ada di sheet OPD{saran}"


def _baru(b: Baris, masalah: list[Masalah], gabung: Gabung) -> IndikatorPemda:
    s = P.INDIKATOR.nama
    for kunci, judul in (("sasaran", "Sasaran"), ("indikator", "Indikator")):
        if not _teks(b, kunci):
            pesan = f"kolom '{judul}' wajib diisi pada baris pertama indikator {b['kode']}"
            masalah.append(Masalah(True, s, b.sel.get(kunci), pesan))
    if b["target"] is None and "target" not in b.galat:
        pesan = f"Target indikator {b['kode']} kosong; capaiannya tidak dapat dihitung"
        masalah.append(Masalah(False, s, b.sel.get("target"), pesan))
    pol = Polaritas.POSITIF if b["polaritas"] is None else Polaritas.dari_teks(b["polaritas"])
    if b["polaritas"] is None and "polaritas" not in b.galat:
        pesan = "polaritas kosong, dianggap Positif (makin tinggi makin baik)"
        masalah.append(Masalah(False, s, b.sel.get("polaritas"), pesan))
    return IndikatorPemda(
        str(b["kode"]).strip(),
        _teks(b, "tujuan"),
        _teks(b, "sasaran"),
        _teks(b, "indikator"),
        _teks(b, "satuan"),
        pol,
        b["target"],
        b["target_lalu"],
        b["realisasi_lalu"],
        b["capaian_lalu"],
        gabung,
        sel=b.sel["kode"],
    )


_SAMA = ("tujuan", "sasaran", "indikator", "satuan", "polaritas", "target", "gabungan")


def _lanjutan(b: Baris, pertama: Baris, masalah: list[Masalah]) -> None:
    """A continuation row (same Kode) may leave everything but OPD empty; what it types must
    equal the first row's."""
    for kunci in _SAMA:
        v, w = b[kunci], pertama[kunci]
        if v is not None and normal(v) != normal(w):
            judul = P.INDIKATOR.kolom_menurut_kunci(kunci).judul
            pesan = (
                f"kolom '{judul}' berbeda dengan baris pertama indikator {b['kode']} "
                f"(sel {pertama.sel.get(kunci)}); kosongkan sel ini atau samakan isinya"
            )
            masalah.append(Masalah(True, P.INDIKATOR.nama, b.sel.get(kunci), pesan))


def _indikator(grid: Grid, opd: Sequence[OPD], masalah: list[Masalah]) -> list[IndikatorPemda]:
    s = P.INDIKATOR.nama
    data = baca_tabel(s, grid[s], P.INDIKATOR, masalah)
    daftar = {normal(o.nama): o.nama for o in opd}
    hasil: dict[str, IndikatorPemda] = {}
    pertama: dict[str, Baris] = {}
    for b in data.baris:
        if b["kode"] is None:
            continue
        k = normal(b["kode"])
        try:
            gabung = Gabung.dari_teks(b["gabungan"]) if b["gabungan"] else Gabung.UTAMA
        except ValueError as e:
            masalah.append(Masalah(True, s, b.sel.get("gabungan"), str(e)))
            gabung = Gabung.UTAMA
        if k in hasil:
            _lanjutan(b, pertama[k], masalah)
        else:
            hasil[k], pertama[k] = _baru(b, masalah, gabung), b
        ind = hasil[k]
        nama, kode_opd = _teks(b, "opd"), _teks(b, "kode_opd")
        if not nama or not kode_opd:
            continue
        if normal(nama) not in daftar:
            masalah.append(Masalah(True, s, b.sel["opd"], _bukan_opd(nama, opd)))
            continue
        p = Pengukur(daftar[normal(nama)], kode_opd, b.sel["opd"])
        if any(x.opd == p.opd and normal(x.kode_opd) == normal(kode_opd) for x in ind.pengukur):
            pesan = (
                f"OPD '{p.opd}' dengan kode '{kode_opd}' sudah tertulis untuk indikator {ind.kode}"
            )
            masalah.append(Masalah(True, s, b.sel["kode_opd"], pesan))
            continue
        ind.pengukur.append(p)
    for k, ind in hasil.items():
        if len(ind.pengukur) > 1 and pertama[k]["gabungan"] is None:
            pesan = (
                f"indikator {ind.kode} diukur {len(ind.pengukur)} OPD; pilih Gabungan (Jumlah, "
                "Rata-rata atau OPD Utama) di baris pertamanya"
            )
            masalah.append(Masalah(True, s, pertama[k].sel.get("gabungan"), pesan))
    if not hasil:
        masalah.append(
            Masalah(True, s, None, "belum ada indikator RPJMD; tulis satu baris per indikator")
        )
    return list(hasil.values())


def baca_grid_pemda(grid: Grid) -> BukuPemda:
    """Read a Pemda workbook's grid; never raises for bad content (problems are collected)."""
    masalah: list[Masalah] = []
    for t in (P.PROFIL, *P.TABEL):
        if t.nama not in grid and not getattr(t, "opsional", False):
            pesan = f"sheet '{t.nama}' tidak ada; salin dari buku kerja kosong `lakip baru --pemda`"
            masalah.append(Masalah(True, t.nama, None, pesan))
    if masalah:
        return BukuPemda({}, [], [], {}, masalah)
    profil, profil_sel = baca_profil(P.PROFIL.nama, grid[P.PROFIL.nama], masalah, P.PROFIL)
    rumus = RumusNegatif.SELISIH
    try:
        rumus = RumusNegatif.dari_teks(profil.get("rumus_negatif"))
    except ValueError as e:
        masalah.append(Masalah(True, P.PROFIL.nama, profil_sel.get("rumus_negatif"), str(e)))
    opd = _opd(grid, masalah)
    alias = _alias(grid, opd, masalah)
    indikator = _indikator(grid, opd, masalah)
    return BukuPemda(profil, indikator, opd, alias, masalah, rumus)


def periksa_pemda(path: Path) -> BukuPemda:
    """Read and check a Pemda workbook file (LakipError only when it is not a workbook, or is
    an OPD workbook)."""
    from lakip_xl.buku.baca_xml import baca_grid
    from lakip_xl.buku.berkas import periksa_berkas

    periksa_berkas(path)
    grid = baca_grid(path)
    if P.INDIKATOR.nama not in grid and "Indikator" in grid:
        raise LakipError(
            f"Berkas '{path.name}' adalah buku kerja OPD, bukan buku kerja Pemda; buat buku kerja "
            "Pemda dengan `lakip baru --pemda -o pemda.xlsx`"
        )
    return baca_grid_pemda(grid)


def baca_pemda(path: Path) -> BukuPemda:
    """The Pemda workbook for `rekap --pemda`: refused (LakipError naming the first galat and
    how many there are) while it holds a galat."""
    bp = periksa_pemda(path)
    galat = bp.galat
    if galat:
        lain = (
            f" (dan {len(galat) - 1} galat lain; lihat `lakip periksa {path.name}`)"
            if len(galat) > 1
            else ""
        )
        raise LakipError(f"Buku kerja Pemda '{path.name}' bergalat{lain}: {galat[0]}")
    return bp


def buat_pemda(tujuan: Path, tahun: int | None = None) -> Path:
    """A blank Pemda workbook (`lakip baru --pemda`), written through the safe writer."""
    from lakip_xl.buku.xlsx import buat_buku_lembar

    profil = {"Tahun": tahun} if tahun is not None else None
    return buat_buku_lembar(tujuan, P.LEMBAR, P.PETUNJUK_TEKS, profil=profil)


def adalah_pemda(path: Path) -> bool:
    """Whether a file is a Pemda workbook (it has the Indikator RPJMD sheet and no OPD
    Indikator sheet), from its sheet names only; False for anything that is not an .xlsx."""
    import zipfile

    from lakip_xl.buku.tulis import peta_sheet

    try:
        with zipfile.ZipFile(path) as z:
            nama = {normal(n) for n in peta_sheet(z)}
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return False
    return normal(P.INDIKATOR.nama) in nama and normal("Indikator") not in nama
