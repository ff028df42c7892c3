"""The Perjanjian Kinerja cascade of a workbook: each official's superior (the Atasan column),
his indikator, and what periksa says of it. Standard library only.

An empty Atasan means the Kepala Daerah of Profil (the Kepala/Camat's pihak kedua). Nothing
is guessed: an Atasan that is no row's Penanggung Jawab is a galat, an eselon IV indikator
without an Indikator Induk of its superior a peringatan, each with its cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Baris, Buku, Masalah, pisah_kode
from lakip_xl.calc.anggaran import Simpul
from lakip_xl.calc.format_id import rupiah

PK = L.PERJANJIAN_KINERJA.nama
IND = L.INDIKATOR.nama
ES4 = L.TINGKAT[3]
KEPALA_DAERAH = "kepala daerah"
"""A PK row whose Tingkat reads this (typed: the dropdown is open) is a Kepala Daerah's own
PK: one signatory, no pihak kedua."""


@dataclass
class Pejabat:
    """One official of the Perjanjian Kinerja sheet and his direct superior's row (None: the
    Kepala Daerah of Profil, or nobody for a Kepala Daerah's own PK)."""

    baris: Baris
    atasan: Baris | None

    @property
    def nama_jabatan(self) -> str:
        return str(self.baris["penanggung_jawab"])

    @property
    def kepala_daerah(self) -> bool:
        """The Kepala Daerah's own PK (Tingkat 'Kepala Daerah'): he signs alone."""
        return L.normal(self.baris["tingkat"]) == KEPALA_DAERAH


def ada_atasan(buku: Buku) -> bool:
    """The Perjanjian Kinerja sheet has the Atasan column (workbooks made before it lack it)."""
    data = buku.tabel.get(PK)
    return data is not None and "atasan" in data.kolom


def baris_pk(buku: Buku) -> list[Baris]:
    """The PK rows that name an official (a Penanggung Jawab)."""
    return [b for b in buku.rows(PK) if b["penanggung_jawab"]]


def pejabat(buku: Buku) -> list[Pejabat]:
    """Every official in sheet order, his Atasan found by its Penanggung Jawab (an Atasan that
    names no row gives None here; `periksa` calls it a galat)."""
    rows = baris_pk(buku)
    peta = {L.normal(b["penanggung_jawab"]): b for b in rows}
    hasil = []
    for b in rows:
        a = peta.get(L.normal(b["atasan"])) if b["atasan"] else None
        hasil.append(Pejabat(b, a if a is not b else None))
    return hasil


def indikator_per_pejabat(buku: Buku) -> dict[str, list[Baris]]:
    """The Indikator rows by their Penanggung Jawab (L.normal), each list in sheet order."""
    hasil: dict[str, list[Baris]] = {}
    for b in buku.rows(IND):
        if b["indikator"]:
            hasil.setdefault(L.normal(b["penanggung_jawab"]), []).append(b)
    return hasil


def indikator_pejabat(buku: Buku, pj: str) -> list[Baris]:
    """The Indikator rows whose Penanggung Jawab is `pj`, in sheet order."""
    return indikator_per_pejabat(buku).get(L.normal(pj), [])


def periksa(buku: Buku) -> list[Masalah]:
    """The cascade's problems: Atasan naming no row or making a circle (galat), missing names
    and NIP, eselon IV indikator without an Indikator Induk of the superior, an official's
    anggaran above his superior's (peringatan), each with its cell."""
    rows = baris_pk(buku)
    if not rows:
        return []
    hasil: list[Masalah] = []
    hasil += _atasan(rows)
    hasil += _nama_nip(buku, rows)
    if ada_atasan(buku):
        daftar = pejabat(buku)
        hasil += _anggaran(daftar)
        if "induk" in buku.tabel[IND].kolom:
            hasil += _induk(buku, daftar)
    return hasil


def _atasan(rows: list[Baris]) -> list[Masalah]:
    peta = {L.normal(b["penanggung_jawab"]): b for b in rows}
    hasil = []
    for b in rows:
        a = b["atasan"]
        if not a:
            continue
        sel = b.sel.get("atasan")
        if L.normal(a) == L.normal(b["penanggung_jawab"]):
            hasil.append(
                Masalah(
                    True,
                    PK,
                    sel,
                    f"Atasan '{a}' adalah pejabat baris ini sendiri; "
                    "isi Penanggung Jawab atasan langsungnya, atau kosongkan untuk "
                    "Kepala Daerah",
                )
            )
        elif L.normal(a) not in peta:
            hasil.append(
                Masalah(
                    True,
                    PK,
                    sel,
                    f"Atasan '{a}' bukan Penanggung Jawab baris mana "
                    "pun di sheet ini; ketik persis seperti di kolom Penanggung "
                    "Jawab, atau kosongkan untuk Kepala Daerah",
                )
            )
        else:
            jalur, x = [b], peta[L.normal(a)]
            while x is not None and x not in jalur:
                jalur.append(x)
                x = peta.get(L.normal(x["atasan"])) if x["atasan"] else None
            if x is b:
                lingkar = " -> ".join(str(y["penanggung_jawab"]) for y in [*jalur, b])
                hasil.append(
                    Masalah(
                        True,
                        PK,
                        sel,
                        f"Atasan membentuk lingkaran ({lingkar}); "
                        "setiap rantai atasan harus berakhir pada pejabat yang "
                        "kolom Atasannya kosong",
                    )
                )
    return hasil


def _nama_nip(buku: Buku, rows: list[Baris]) -> list[Masalah]:
    hasil = []
    for b in rows:
        kurang = [j for k, j in (("nama", "Nama Pejabat"), ("nip", "NIP")) if not b[k]]
        if kurang:
            sel = b.sel.get("nama" if not b["nama"] else "nip")
            hasil.append(
                Masalah(
                    False,
                    PK,
                    sel,
                    f"{' dan '.join(kurang)} '{b['penanggung_jawab']}' "
                    "belum diisi; Perjanjian Kinerjanya (lakip pk) mencetak "
                    "titik-titik di tempatnya untuk ditulis tangan",
                )
            )
    if "nama_kepala_daerah" in buku.profil_sel and ada_atasan(buku):
        butuh = [b for b in rows if not b["atasan"] and L.normal(b["tingkat"]) != KEPALA_DAERAH]
        for kunci, judul in (
            ("nama_kepala_daerah", "Nama Kepala Daerah"),
            ("jabatan_kepala_daerah", "Jabatan Kepala Daerah"),
        ):
            if butuh and not buku.profil.get(kunci):
                hasil.append(
                    Masalah(
                        False,
                        "Profil",
                        buku.profil_sel.get(kunci),
                        f"'{judul}' "
                        f"belum diisi; ia pihak kedua Perjanjian Kinerja "
                        f"'{butuh[0]['penanggung_jawab']}' (titik-titik di "
                        "tempatnya)",
                    )
                )
    return hasil


def _anggaran(daftar: list[Pejabat]) -> list[Masalah]:
    hasil = []
    for p in daftar:
        a, b = p.atasan, p.baris
        if a is None or b["anggaran"] is None or a["anggaran"] is None:
            continue
        if b["anggaran"] > a["anggaran"]:
            hasil.append(
                Masalah(
                    False,
                    PK,
                    b.sel.get("anggaran"),
                    f"Anggaran "
                    f"'{b['penanggung_jawab']}' {rupiah(b['anggaran'], 'resmi')} "
                    f"lebih besar daripada anggaran atasannya "
                    f"'{a['penanggung_jawab']}' {rupiah(a['anggaran'], 'resmi')} "
                    f"(sel {a.sel.get('anggaran')}); periksa kedua angka",
                )
            )
    return hasil


def _induk(buku: Buku, daftar: list[Pejabat]) -> list[Masalah]:
    kode = {L.normal(b["kode"]): b for b in buku.rows(IND) if b["kode"]}
    atasan = {L.normal(p.nama_jabatan): p.atasan for p in daftar}
    hasil = []
    for b in buku.rows(IND):
        sel, induk = b.sel.get("induk"), b["induk"]
        if induk and L.normal(induk) not in kode:
            hasil.append(
                Masalah(
                    False, IND, sel, f"Indikator Induk '{induk}' tidak ada di kolom Kode sheet ini"
                )
            )
            continue
        a = atasan.get(L.normal(b["penanggung_jawab"]))
        if b["tingkat"] != ES4 or a is None:
            continue
        if not induk:
            hasil.append(
                Masalah(
                    False,
                    IND,
                    sel,
                    f"indikator eselon IV '{b['indikator']}' belum "
                    f"menunjuk Indikator Induk, yaitu Kode indikator atasannya "
                    f"'{a['penanggung_jawab']}' yang didukungnya",
                )
            )
            continue
        pemilik = kode[L.normal(induk)]["penanggung_jawab"]
        if L.normal(pemilik) != L.normal(a["penanggung_jawab"]):
            hasil.append(
                Masalah(
                    False,
                    IND,
                    sel,
                    f"Indikator Induk '{induk}' milik "
                    f"'{pemilik or '(tanpa Penanggung Jawab)'}', bukan atasan "
                    f"'{a['penanggung_jawab']}' (sheet Perjanjian Kinerja); pilih "
                    "Kode indikator atasan langsung",
                )
            )
    return hasil


# --- the lampiran's anggaran total against the PK sheet ----------------------------------------


def pilihan(daftar: list[Baris], simpul_kode: Callable[[str], Simpul | None]) -> set[int]:
    """The anggaran nodes the indikator rows name in Kode Anggaran, by id."""
    return {
        id(s)
        for b in daftar
        for kode in pisah_kode(b["kode_anggaran"])
        if (s := simpul_kode(kode)) is not None
    }


def tercakup(
    s: Simpul, pilih: set[int], penuh: bool = False, jalur: set[int] | None = None
) -> Decimal:
    """The part of a node's anggaran the choice covers: all of it when it (or a node above
    it) is chosen, else the covered parts of its children. `jalur`, when given, holds every
    node above a chosen one: the only children worth walking into."""
    if penuh or id(s) in pilih:
        return s.anggaran
    return sum(
        (tercakup(a, pilih, jalur=jalur) for a in s.anak if jalur is None or id(a) in jalur),
        Decimal(0),
    )


def peta_induk(program: list[Simpul]) -> dict[int, Simpul]:
    """Each anggaran node's parent, by id (the programs have none)."""
    induk: dict[int, Simpul] = {}
    antre = list(program)
    while antre:
        s = antre.pop()
        for a in s.anak:
            induk[id(a)] = s
            antre.append(a)
    return induk


def total_lampiran(
    daftar: list[Baris],
    program: list[Simpul],
    simpul_kode: Callable[[str], Simpul | None],
    induk: dict[int, Simpul] | None = None,
) -> Decimal:
    """The anggaran a PK's lampiran totals: what the official's indikator point to. `induk`
    (peta_induk of `program`, for many officials at once) keeps the walk to the chosen
    nodes' branches."""
    pilih = pilihan(daftar, simpul_kode)
    jalur: set[int] | None = None
    if induk is not None:
        jalur = set(pilih)
        for i in pilih:
            while (atas := induk.get(i)) is not None and id(atas) not in jalur:
                jalur.add(id(atas))
                i = id(atas)
    akar = program if jalur is None else [p for p in program if id(p) in jalur]
    return sum((tercakup(p, pilih, jalur=jalur) for p in akar), Decimal(0))


def beda_total(p: Pejabat, daftar: list[Baris], total: Decimal, galat: bool) -> list[Masalah]:
    """The PK sheet's Anggaran differs from the lampiran's total: one message naming both
    (a galat for `lakip pk`, a peringatan for periksa)."""
    b = p.baris
    if b["anggaran"] is None or b["anggaran"] == total:
        return []
    sel_kode = [s for x in daftar if x["kode_anggaran"] and (s := x.sel.get("kode_anggaran"))]
    sumber = (
        f"Kode Anggaran indikatornya (sheet Indikator sel {', '.join(sel_kode)})"
        if sel_kode
        else "Kode Anggaran indikatornya, yang belum diisi"
    )
    return [
        Masalah(
            galat,
            PK,
            b.sel.get("anggaran"),
            f"Anggaran '{p.nama_jabatan}' "
            f"{rupiah(b['anggaran'], 'resmi')} tidak sama dengan jumlah anggaran "
            f"lampiran Perjanjian Kinerjanya {rupiah(total, 'resmi')}, yaitu anggaran "
            f"yang ditunjuk {sumber}; samakan salah satunya",
        )
    ]


def periksa_total(
    buku: Buku, program: list[Simpul], simpul_kode: Callable[[str], Simpul | None]
) -> list[Masalah]:
    """What `lakip pk` will refuse, said by periksa (a peringatan): an official whose
    indikator name Kode Anggaran and whose PK Anggaran is not their total. An office that
    links no Kode Anggaran to an official's indikator is not told (its report does not
    depend on it; `lakip pk` asks for them)."""
    hasil = []
    per_pj = indikator_per_pejabat(buku)
    induk = peta_induk(program)
    for p in pejabat(buku):
        daftar = per_pj.get(L.normal(p.nama_jabatan), [])
        if any(b["kode_anggaran"] for b in daftar):
            total = total_lampiran(daftar, program, simpul_kode, induk)
            hasil += beda_total(p, daftar, total, galat=False)
    return hasil
