"""What each Perjanjian Kinerja holds: the two parties, the sasaran/indikator/target table and
the anggaran table at the grain of the official's level, from a computed workbook."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal

from lakip_xl.buku import kaskade
from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Baris, Masalah
from lakip_xl.calc.anggaran import Simpul
from lakip_xl.calc.capaian import Polaritas
from lakip_xl.calc.format_id import tanggal
from lakip_xl.hitung import Hasil, HasilIndikator
from lakip_xl.laporan.tabel import TANDA_TARGET, Sel, TabelLaporan, k, n, rp, t

TITIK = "." * 40
"""Where a name is missing: a dotted line to write it by hand."""
NBSP = "\u00a0"
TITIK_NIP = f"NIP.{NBSP}" + "." * 28
TITIK_TEMPAT = "." * 20
TANDA_NEGATIF = "(-)"
CATATAN_NEGATIF = f"{TANDA_NEGATIF} indikator berpolaritas negatif (makin rendah makin baik)"

PROGRAM, PROGRAM_KEGIATAN, KEGIATAN_SUB = 1, 2, 3
"""The grain of the anggaran table: Kepala/Camat (and eselon II) list programs, eselon III
programs with their kegiatan, eselon IV kegiatan with their sub kegiatan."""
_JUDUL_ANGGARAN = {
    PROGRAM: ("Program", "Program dan Anggaran"),
    PROGRAM_KEGIATAN: ("Program / Kegiatan", "Program, Kegiatan dan Anggaran"),
    KEGIATAN_SUB: ("Kegiatan / Sub Kegiatan", "Kegiatan, Sub Kegiatan dan Anggaran"),
}
_JUDUL_SASARAN = {
    PROGRAM: ("Sasaran Strategis", "Indikator Kinerja"),
    PROGRAM_KEGIATAN: ("Sasaran Program", "Indikator Kinerja"),
    KEGIATAN_SUB: ("Sasaran Kegiatan", "Indikator Kinerja"),
}


@dataclass
class Pihak:
    """One party as printed: a missing name or NIP is a dotted line; `nip` is the whole line
    ("NIP. ..."), empty for a Kepala Daerah without one."""

    nama: str
    jabatan: str
    pangkat: str
    nip: str


@dataclass
class PerjanjianKinerja:
    """One official's PK: page 1 the parties, page 2 the two tables (and the total)."""

    pejabat: str
    pertama: Pihak
    kedua: Pihak | None  # None: a Kepala Daerah's own PK, one signatory
    sasaran: TabelLaporan
    anggaran: TabelLaporan
    total: Decimal
    masalah: list[Masalah] = field(default_factory=list)


def _teks(v: object) -> str:
    return " ".join(str(v).split()) if v not in (None, "") else ""


def _jabatan(b: Baris, profil: dict, kepala: bool) -> str:
    """The jabatan printed: the head's from Profil (Jabatan Pimpinan), else the Penanggung
    Jawab as typed; Plt./Plh. before it for an acting official."""
    j = _teks(profil.get("jabatan_pimpinan")) if kepala else ""
    j = j or _teks(b["penanggung_jawab"])
    return f"{b['pelaksana']} {j}" if b["pelaksana"] else j


def pihak(b: Baris, profil: dict, kepala: bool) -> Pihak:
    """An official of the PK sheet as a party; the head (empty Atasan) falls back on the
    Profil's Nama, Pangkat and NIP Pimpinan where his row leaves them empty."""
    cadangan = (lambda x: _teks(profil.get(x))) if kepala else (lambda x: "")
    nama = _teks(b["nama"]) or cadangan("nama_pimpinan")
    nip = _teks(b["nip"]) or cadangan("nip_pimpinan")
    pangkat = _teks(b["pangkat"]) or cadangan("pangkat_pimpinan")
    baris_nip = f"NIP.{NBSP}{nip.replace(' ', NBSP)}" if nip else TITIK_NIP
    return Pihak(nama or TITIK, _jabatan(b, profil, kepala), pangkat, baris_nip)


def kepala_daerah(profil: dict) -> Pihak:
    """The Kepala Daerah of Profil (the Kepala/Camat's pihak kedua), usually without NIP."""
    return Pihak(
        _teks(profil.get("nama_kepala_daerah")) or TITIK,
        _teks(profil.get("jabatan_kepala_daerah")) or TITIK,
        "",
        "",
    )


def tempat_tanggal(profil: dict) -> str:
    """'Pelaihari, 2 Januari 2020' from Profil's Tempat PK and Tanggal PK; dots for what is
    not filled (the year of the workbook stays)."""
    tempat = _teks(profil.get("tempat_pk")) or TITIK_TEMPAT
    tgl = profil.get("tanggal_pk")
    teks = tanggal(tgl) if tgl is not None else f"{TITIK_TEMPAT} {profil.get('tahun') or ''}"
    return f"{tempat}, {teks.strip()}"


def butir(p: kaskade.Pejabat) -> int:
    """The grain of an official's anggaran table (PROGRAM, PROGRAM_KEGIATAN, KEGIATAN_SUB)."""
    if p.atasan is None:
        return PROGRAM
    if p.baris["tingkat"] == L.TINGKAT[3]:
        return KEGIATAN_SUB
    if p.baris["tingkat"] == L.TINGKAT[2]:
        return PROGRAM_KEGIATAN
    return PROGRAM


def indikator_pk(hasil: Hasil, p: kaskade.Pejabat) -> list[HasilIndikator]:
    """The official's indikator (by Penanggung Jawab), one row per indikator: the same
    indikator at several levels prints once, as the row at the PK's Tingkat."""
    per_baris = {id(h.baris): h for h in hasil.indikator}
    pilih: OrderedDict[str, HasilIndikator] = OrderedDict()
    for b in kaskade.indikator_pejabat(hasil.buku, p.nama_jabatan):
        h = per_baris.get(id(b))
        if h is None:
            continue
        kunci = L.normal(b["indikator"])
        if kunci not in pilih or (b["tingkat"] == p.baris["tingkat"] != pilih[kunci]["tingkat"]):
            pilih[kunci] = h
    return list(pilih.values())


def tabel_sasaran(daftar: list[HasilIndikator], grain: int) -> TabelLaporan:
    """Table 1 of the lampiran: No, sasaran, indikator, target, satuan; a sasaran repeated on
    the rows below it printed once."""
    js, ji = _JUDUL_SASARAN[grain]
    baris: list[list[Sel]] = []
    for i, h in enumerate(daftar, start=1):
        sama = bool(baris) and L.normal(h["sasaran"]) == L.normal(daftar[i - 2]["sasaran"])
        nama = h["indikator"]
        if h.polaritas is Polaritas.NEGATIF:
            nama = f"{nama} {TANDA_NEGATIF}"
        target = n(h["target"]) if h["target"] is not None else k(TANDA_TARGET, rata="kanan")
        baris.append(
            [t(i), Sel(_teks(h["sasaran"]), lanjut_atas=sama), k(nama), target, t(h["satuan"])]
        )
    if not baris:
        baris.append([t("-"), k("(belum ada indikator di sheet Indikator)"), k(""), k(""), k("")])
    catatan = [CATATAN_NEGATIF] if any(h.polaritas is Polaritas.NEGATIF for h in daftar) else []
    kepala = [[t(x, tebal=True) for x in ("No", js, ji, "Target", "Satuan")]]
    return TabelLaporan(
        "pk_sasaran",
        "Sasaran, Indikator dan Target Kinerja",
        kepala,
        baris,
        [0.5, 3, 3, 1, 1],
        catatan,
    )


def _pilihan(hasil: Hasil, daftar: list[Baris]) -> set[int]:
    """The anggaran nodes the official's indikator name (Kode Anggaran), by id."""
    return kaskade.pilihan(daftar, hasil.simpul_kode)


_tercakup = kaskade.tercakup


def _disentuh(s: Simpul, pilih: set[int]) -> bool:
    return id(s) in pilih or any(_disentuh(a, pilih) for a in s.anak)


def _baris_anggaran(hasil: Hasil, pilih: set[int], grain: int) -> list[list[Sel]]:
    baris: list[list[Sel]] = []

    def induk(no: str, s: Simpul, penuh: bool, anak: bool) -> bool:
        """A row of the first level; True when its own children follow."""
        baris.append(
            [t(no), k(s.baris.uraian, tebal=anak), rp(_tercakup(s, pilih, penuh), tebal=anak)]
        )
        return anak

    nomor = 0
    for p in hasil.anggaran.program:
        penuh_p = id(p) in pilih
        if not (penuh_p or _disentuh(p, pilih)):
            continue
        if grain == PROGRAM or (grain == KEGIATAN_SUB and not p.anak):
            nomor += 1
            induk(str(nomor), p, penuh_p, False)
            continue
        if grain == PROGRAM_KEGIATAN:
            nomor += 1
            induk(str(nomor), p, penuh_p, True)
            anak = [kg for kg in p.anak if penuh_p or _disentuh(kg, pilih)]
            for j, kg in enumerate(anak, start=1):
                baris.append(
                    [t(f"{nomor}.{j}"), k(kg.baris.uraian), rp(_tercakup(kg, pilih, penuh_p))]
                )
            continue
        for kg in p.anak:
            penuh_k = penuh_p or id(kg) in pilih
            if not (penuh_k or _disentuh(kg, pilih)):
                continue
            nomor += 1
            sub = [sk for sk in kg.anak if penuh_k or id(sk) in pilih]
            induk(str(nomor), kg, penuh_k, bool(sub))
            for j, sk in enumerate(sub, start=1):
                baris.append([t(f"{nomor}.{j}"), k(sk.baris.uraian), rp(sk.anggaran)])
    return baris


def tabel_anggaran(hasil: Hasil, daftar: list[Baris], grain: int) -> tuple[TabelLaporan, Decimal]:
    """Table 2 of the lampiran at the official's grain, with its total (Jumlah)."""
    pilih = _pilihan(hasil, daftar)
    baris = _baris_anggaran(hasil, pilih, grain)
    total = kaskade.total_lampiran(daftar, hasil.anggaran.program, hasil.simpul_kode)
    if not baris:
        baris.append([t("-"), k("(belum ada Kode Anggaran pada indikatornya)"), rp(None)])
    baris.append([k(""), k("Jumlah", tebal=True), rp(total, tebal=True)])
    kolom, judul = _JUDUL_ANGGARAN[grain]
    kepala = [[t("No", tebal=True), t(kolom, tebal=True), t("Anggaran (Rp)", tebal=True)]]
    return TabelLaporan("pk_anggaran", judul, kepala, baris, [0.6, 5, 1.6]), total


def susun(hasil: Hasil, pejabat: str | None = None) -> list[PerjanjianKinerja]:
    """The PK of every official of the PK sheet (or only of `pejabat`), in sheet order."""
    profil = hasil.buku.profil
    daftar = kaskade.pejabat(hasil.buku)
    if pejabat is not None:
        daftar = [p for p in daftar if L.normal(p.nama_jabatan) == L.normal(pejabat)]
    hasil_pk = []
    for p in daftar:
        kepala = p.atasan is None
        if p.kepala_daerah:
            kedua = None
        elif p.atasan is None:
            kedua = kepala_daerah(profil)
        else:
            kedua = pihak(p.atasan, profil, p.atasan["atasan"] is None)
        grain = butir(p)
        ind = indikator_pk(hasil, p)
        baris_ind = kaskade.indikator_pejabat(hasil.buku, p.nama_jabatan)
        anggaran, total = tabel_anggaran(hasil, baris_ind, grain)
        hasil_pk.append(
            PerjanjianKinerja(
                p.nama_jabatan,
                pihak(p.baris, profil, kepala),
                kedua,
                tabel_sasaran(ind, grain),
                anggaran,
                total,
                kaskade.beda_total(p, baris_ind, total, galat=True),
            )
        )
    return hasil_pk
