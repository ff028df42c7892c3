"""Reading a workbook grid into typed rows, finding every problem with its sheet and cell.

Pure Python: the grid comes from any engine (openpyxl, xlwings, LibreOffice UNO) as plain
values, so the same reading and checking runs behind the CLI, the Excel button and the
LibreOffice button.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from lakip_xl.buku import layout as L
from lakip_xl.buku.nilai import (
    JENIS_ANGKA,
    Tolak,
    kosong,
    nilai_sel,
    rentang_bulat,
    teks_sel,
)
from lakip_xl.buku.saran import saran_isian
from lakip_xl.buku.sel import a1, huruf_kolom
from lakip_xl.calc.format_id import angka as fmt_angka

BARIS_CARI_JUDUL = 12  # header rows are searched in the first rows of a sheet
BATAS_BARIS_KOSONG = 2000  # this many empty rows in a row end a table


@dataclass(frozen=True)
class Masalah:
    """One problem: `galat` (error: the value cannot be used) or a warning."""

    galat: bool
    sheet: str | None
    sel: str | None
    pesan: str

    def __str__(self) -> str:
        jenis = "GALAT" if self.galat else "Peringatan"
        tempat = ""
        if self.sheet and self.sel:
            tempat = f"Sheet '{self.sheet}' sel {self.sel}: "
        elif self.sheet:
            tempat = f"Sheet '{self.sheet}': "
        return f"{jenis} - {tempat}{self.pesan}"


@dataclass
class Baris:
    """One data row of a table sheet: parsed values by column key, and their cells."""

    nomor: int
    nilai: dict[str, Any]
    sel: dict[str, str]  # kunci -> A1 of the cell it came from
    tahun: dict[int, Any] = field(default_factory=dict)  # per-year columns (Target 2019 ...)
    galat: set[str] = field(default_factory=set)  # kunci of the cells whose value was refused

    def __getitem__(self, kunci: str) -> Any:
        return self.nilai.get(kunci)

    def get(self, kunci: str, bawaan: Any = None) -> Any:
        v = self.nilai.get(kunci)
        return bawaan if v is None else v


@dataclass
class DataTabel:
    """A table sheet as read: its rows and where each declared column was found."""

    tabel: L.Tabel
    ada: bool  # the sheet exists in the workbook
    baris: list[Baris] = field(default_factory=list)
    kolom: dict[str, int] = field(default_factory=dict)  # kunci -> 1-based column
    baris_judul: int = 0
    kolom_tahun: dict[int, int] = field(default_factory=dict)  # year -> column


@dataclass
class TabelTambahan:
    """An office's own table from a sheet named 'Tabel ...'."""

    sheet: str
    judul: str
    bagian: str
    kolom: list[str]
    baris: list[list[Any]]
    nomor: list[int] = field(default_factory=list)  # the sheet row of each row of `baris`


@dataclass
class Buku:
    """Everything read from a workbook, plus the problems found while reading."""

    profil: dict[str, Any]
    profil_sel: dict[str, str]  # kunci -> A1 of its value cell
    tabel: dict[str, DataTabel]
    tambahan: list[TabelTambahan]
    masalah: list[Masalah]
    nama_lembar: list[str]

    def rows(self, nama: str) -> list[Baris]:
        return self.tabel[nama].baris

    @property
    def galat(self) -> list[Masalah]:
        return [m for m in self.masalah if m.galat]

    @property
    def peringatan(self) -> list[Masalah]:
        return [m for m in self.masalah if not m.galat]


Grid = Mapping[str, Sequence[Sequence[Any]]]
"""Sheet name -> rows (row 1 first) -> cell values (column A first). Values are None, str,
int, float, Decimal, bool, datetime/date/time, NilaiPersen, TanpaCache or SelGabung."""


# --- reading -----------------------------------------------------------------------------------


def _cari_judul(rows: Sequence[Sequence[Any]], tabel: L.Tabel) -> tuple[int, dict[str, list[int]]]:
    """The header row (1-based) with the most declared header texts, and text -> columns."""
    dikenal = {L.normal(k.judul) for k in tabel.kolom}
    terbaik, skor_terbaik, peta_terbaik = 0, 0, {}
    for i, row in enumerate(rows[:BARIS_CARI_JUDUL], start=1):
        peta: dict[str, list[int]] = {}
        for j, v in enumerate(row, start=1):
            if isinstance(v, str) and v.strip():
                peta.setdefault(L.normal(v), []).append(j)
        skor = sum(1 for t in peta if t in dikenal)
        if tabel.kolom_tahun:
            awal = L.normal(tabel.kolom_tahun)
            skor += sum(1 for t in peta if re.fullmatch(re.escape(awal) + r"\s*\d{4}", t))
        if skor > skor_terbaik:
            terbaik, skor_terbaik, peta_terbaik = i, skor, peta
    return terbaik, peta_terbaik


def _petakan_kolom(
    nama_sheet: str, tabel: L.Tabel, peta: dict[str, list[int]], nomor_judul: int,
    data: DataTabel, masalah: list[Masalah],
) -> None:
    """Each declared column at the header cell that names it (`data.kolom`); a problem for a
    header named twice and for a column not found."""
    for k in tabel.kolom:
        kolom = peta.get(L.normal(k.judul), [])
        if len(kolom) > 1:
            daftar = " dan ".join(huruf_kolom(c) for c in kolom)
            masalah.append(
                Masalah(
                    True,
                    nama_sheet,
                    a1(nomor_judul, kolom[1]),
                    f"judul kolom '{k.judul}' muncul dua kali (kolom {daftar}); "
                    "hapus atau ganti nama salah satunya",
                )
            )
        if kolom:
            data.kolom[k.kunci] = kolom[0]
        elif k.baru:
            pass  # a column added in a later version: an older workbook reads it empty
        elif k.wajib or not k.dihitung:
            masalah.append(
                Masalah(
                    k.wajib,
                    nama_sheet,
                    None,
                    f"kolom '{k.judul}' tidak ditemukan di baris judul (baris {nomor_judul}); "
                    f"tambahkan kolom dengan judul persis '{k.judul}'"
                    + ("" if k.wajib else " (kolom ini dibaca kosong)"),
                )
            )
        else:
            masalah.append(
                Masalah(
                    False,
                    nama_sheet,
                    None,
                    f"kolom hasil '{k.judul}' tidak ditemukan; hasilnya tidak ditulis ke sheet ini",
                )
            )


def baca_tabel(
    nama_sheet: str, rows: Sequence[Sequence[Any]], tabel: L.Tabel, masalah: list[Masalah]
) -> DataTabel:
    """Read one table sheet: find its header row, map columns by header text, parse rows."""
    data = DataTabel(tabel, True)
    nomor_judul, peta = _cari_judul(rows, tabel)
    if nomor_judul == 0:
        wajib = ", ".join(k.judul for k in tabel.kolom if k.wajib) or tabel.kolom[0].judul
        masalah.append(
            Masalah(
                True,
                nama_sheet,
                None,
                f"baris judul kolom tidak ditemukan di {BARIS_CARI_JUDUL} baris pertama; "
                f"pastikan ada judul kolom seperti: {wajib}",
            )
        )
        return data
    data.baris_judul = nomor_judul
    _petakan_kolom(nama_sheet, tabel, peta, nomor_judul, data, masalah)
    if tabel.kolom_tahun:
        awal = L.normal(tabel.kolom_tahun)
        for t, kolom in peta.items():
            m = re.fullmatch(re.escape(awal) + r"\s*(\d{4})", t)
            if m:
                data.kolom_tahun[int(m.group(1))] = kolom[0]
    isian = [
        (k, data.kolom[k.kunci]) for k in tabel.kolom if k.kunci in data.kolom and not k.dihitung
    ]
    ada_satuan = "satuan" in data.kolom
    kolom_hasil = [
        (k.kunci, data.kolom[k.kunci]) for k in tabel.kolom if k.dihitung and k.kunci in data.kolom
    ]
    # each row's cells by key (the input columns, then the computed ones): letters + row number
    alamat_kolom = [(k.kunci, huruf_kolom(c)) for k, c in isian] + [
        (kunci, huruf_kolom(c)) for kunci, c in kolom_hasil]
    # nilai_sel's common case, an int within its number column's bounds, without the call
    bulat = {k.kunci: (*rentang_bulat(k), k.jenis is L.Jenis.BULAT) for k, _ in isian
             if k.jenis in JENIS_ANGKA}
    kosong_berturut = 0
    catatan: list[str] = []  # a cell's notes (nilai_sel appends), emptied after each cell
    for nomor in range(nomor_judul + 1, len(rows) + 1):
        row = rows[nomor - 1]
        sel_isian = [(k, row[c - 1] if c - 1 < len(row) else None) for k, c in isian]
        tahun_isi = {
            th: row[c - 1] if c - 1 < len(row) else None for th, c in data.kolom_tahun.items()
        }
        if all(kosong(v) for _, v in sel_isian) and all(kosong(v) for v in tahun_isi.values()):
            kosong_berturut += 1
            if kosong_berturut >= BATAS_BARIS_KOSONG:
                _data_tertinggal(nama_sheet, rows, nomor, isian, masalah)
                break
            continue
        kosong_berturut = 0
        angka_baris = str(nomor)
        b = Baris(nomor, {}, {kunci: h + angka_baris for kunci, h in alamat_kolom})
        nilai, sel = b.nilai, b.sel
        for k, v in sel_isian:
            kunci = k.kunci
            if type(v) is int and (r := bulat.get(kunci)) is not None and r[0] <= v <= r[1]:
                nilai[kunci] = v if r[2] else Decimal(v)
                continue
            if v is None:  # an empty cell, as nilai_sel reads it (a row's cells are often)
                x = nilai[kunci] = None
            else:
                try:
                    x = nilai[kunci] = nilai_sel(v, k, catatan, ada_satuan)
                except Tolak as e:
                    nilai[kunci] = None
                    b.galat.add(kunci)
                    masalah.append(Masalah(True, nama_sheet, sel[kunci], f"kolom '{k.judul}' {e}"))
                    catatan.clear()
                    continue
                if catatan:  # one list for the table, emptied after each cell that wrote to it
                    for c_ in catatan:
                        masalah.append(
                            Masalah(False, nama_sheet, sel[kunci], f"kolom '{k.judul}': {c_}"))
                    catatan.clear()
            if x is None and k.wajib:
                masalah.append(
                    Masalah(
                        True, nama_sheet, sel[kunci],
                        f"kolom '{k.judul}' wajib diisi pada baris ini",
                    )
                )
        for th, v in tahun_isi.items():
            b.tahun[th] = None if kosong(v) else teks_sel(v)
        data.baris.append(b)
    return data


def _data_tertinggal(
    nama_sheet: str,
    rows: Sequence[Sequence[Any]],
    nomor: int,
    isian: Sequence[tuple[L.Kolom, int]],
    masalah: list[Masalah],
) -> None:
    """After a table ended at a long run of empty rows: an error at the first value below."""
    for n in range(nomor + 1, len(rows) + 1):
        row = rows[n - 1]
        if not row:
            continue
        for k, c in isian:
            if c - 1 < len(row) and not kosong(row[c - 1]):
                masalah.append(
                    Masalah(
                        True,
                        nama_sheet,
                        a1(n, c),
                        f"kolom '{k.judul}' berisi data di bawah {fmt_angka(BATAS_BARIS_KOSONG)} "
                        "baris kosong berturut-turut, sehingga baris ini tidak dibaca; hapus "
                        "baris-baris kosong di atasnya atau hapus isi sel ini",
                    )
                )
                return


def baca_profil(
    nama: str,
    rows: Sequence[Sequence[Any]],
    masalah: list[Masalah],
    formulir: L.Formulir = L.PROFIL,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Read the Profil form: labels in the first column that holds them, values beside them
    (`formulir`: another workbook's form, e.g. the Pemda workbook's Profil)."""
    profil: dict[str, Any] = {i.kunci: None for i in formulir.isian}
    sel: dict[str, str] = {}
    dikenal = {L.normal(i.judul): i for i in formulir.isian}
    ditemukan: set[str] = set()
    ditolak: set[str] = set()  # refused values: their one galat says it, not "belum diisi"
    for nomor, row in enumerate(rows, start=1):
        for j, v in enumerate(row[:4], start=1):
            isian = dikenal.get(L.normal(v)) if isinstance(v, str) else None
            if isian is None:
                continue
            if isian.kunci in ditemukan:
                masalah.append(
                    Masalah(
                        False,
                        nama,
                        a1(nomor, j),
                        f"isian '{isian.judul}' muncul dua kali; yang dipakai yang pertama",
                    )
                )
                break
            ditemukan.add(isian.kunci)
            alamat = a1(nomor, j + 1)
            sel[isian.kunci] = alamat
            nilai = row[j] if j < len(row) else None
            catatan: list[str] = []
            try:
                profil[isian.kunci] = nilai_sel(nilai, isian, catatan)
            except Tolak as e:
                ditolak.add(isian.kunci)
                pesan = f"'{isian.judul}' {saran_isian(isian.kunci, nilai, str(e))}"
                masalah.append(Masalah(True, nama, alamat, pesan))
            for c in catatan:
                masalah.append(Masalah(False, nama, alamat, f"'{isian.judul}': {c}"))
            break
    for isian in formulir.isian:
        if isian.kunci not in ditemukan and isian.baru:
            continue  # a row added in a later version: an older workbook reads it empty
        if isian.kunci not in ditemukan:
            masalah.append(
                Masalah(
                    isian.wajib,
                    nama,
                    None,
                    f"baris isian '{isian.judul}' tidak ditemukan di kolom A; tambahkan barisnya",
                )
            )
        elif profil[isian.kunci] is None:
            if isian.bawaan is not None:
                profil[isian.kunci] = isian.bawaan
            elif (isian.wajib or isian.anjuran) and isian.kunci not in ditolak:
                masalah.append(
                    Masalah(isian.wajib, nama, sel[isian.kunci], f"'{isian.judul}' belum diisi")
                )
    tahun = profil.get("tahun")
    if isinstance(tahun, int) and not L.TAHUN_MIN <= tahun <= L.TAHUN_MAKS:
        masalah.append(
            Masalah(
                True,
                nama,
                sel.get("tahun"),
                f"'Tahun' berisi {tahun}, di luar tahun laporan {L.TAHUN_MIN}-{L.TAHUN_MAKS}; "
                "yang diharapkan tahun yang dilaporkan, empat angka, mis. 2025",
            )
        )
    return profil, sel


def baca_tambahan(
    nama: str, rows: Sequence[Sequence[Any]], masalah: list[Masalah]
) -> TabelTambahan | None:
    """An extra table: B1 title, B2 section, row 4 headers, rows 5+ data."""

    def sel(r: int, c: int) -> Any:
        return rows[r - 1][c - 1] if r - 1 < len(rows) and c - 1 < len(rows[r - 1]) else None

    judul = teks_sel(sel(1, 2)) if not kosong(sel(1, 2)) else ""
    bagian = teks_sel(sel(2, 2)) if not kosong(sel(2, 2)) else ""
    kepala = list(rows[3]) if len(rows) >= 4 else []
    while kepala and kosong(kepala[-1]):
        kepala.pop()
    if not kepala:
        if any(not kosong(v) for r in rows[4:] for v in r):
            masalah.append(
                Masalah(
                    False,
                    nama,
                    "A4",
                    "tabel tambahan tanpa judul kolom di baris 4; tabel ini tidak dimasukkan",
                )
            )
        return None
    if not judul:
        masalah.append(Masalah(False, nama, "B1", "judul tabel tambahan belum diisi di B1"))
    data, nomor = [], []
    for n, r in enumerate(rows[4:], start=5):
        nilai = [r[i] if i < len(r) else None for i in range(len(kepala))]
        if all(kosong(v) for v in nilai):
            continue
        data.append(["" if kosong(v) else v for v in nilai])
        nomor.append(n)
    return TabelTambahan(nama, judul or nama, bagian, [teks_sel(k) for k in kepala], data, nomor)


def baca(grid: Grid) -> Buku:
    """Read the whole workbook grid. Never raises for bad content: problems are collected."""
    masalah: list[Masalah] = []
    nama_lembar = list(grid.keys())
    peta_nama = {L.normal(n): n for n in nama_lembar}

    def cari(nama: str) -> str | None:
        return nama if nama in grid else peta_nama.get(L.normal(nama))

    profil: dict[str, Any] = {i.kunci: i.bawaan for i in L.PROFIL.isian}
    profil_sel: dict[str, str] = {}
    n = cari(L.PROFIL.nama)
    if n is None:
        masalah.append(
            Masalah(
                True,
                L.PROFIL.nama,
                None,
                "sheet Profil tidak ada; salin dari buku kerja kosong `lakip baru`",
            )
        )
    else:
        profil, profil_sel = baca_profil(n, grid[n], masalah)
    tabel: dict[str, DataTabel] = {}
    for t in L.TABEL:
        n = cari(t.nama)
        if n is None:
            tabel[t.nama] = DataTabel(t, False)
            masalah.append(
                Masalah(
                    not t.opsional,
                    t.nama,
                    None,
                    f"sheet '{t.nama}' tidak ada"
                    + (
                        "; bagian laporan yang memakainya dilewati"
                        if t.opsional
                        else "; salin sheet ini dari buku kerja kosong `lakip baru`"
                    ),
                )
            )
            continue
        tabel[t.nama] = baca_tabel(n, grid[n], t, masalah)
    tambahan = []
    for n in nama_lembar:
        if n.startswith(L.TABEL_TAMBAHAN_AWALAN):
            tt = baca_tambahan(n, grid[n], masalah)
            if tt is not None:
                tambahan.append(tt)
    buku = Buku(profil, profil_sel, tabel, tambahan, masalah, nama_lembar)
    periksa_silang(buku)
    return buku


# --- cross-sheet checks ----------------------------------------------------------------------


def _duplikat(buku: Buku, sheet: str, kunci: str, judul: str) -> None:
    dilihat: dict[str, Baris] = {}
    for b in buku.rows(sheet):
        v = b[kunci]
        if v is None:
            continue
        k = L.normal(v)
        if k in dilihat:
            buku.masalah.append(
                Masalah(
                    True,
                    sheet,
                    b.sel.get(kunci),
                    f"{judul} '{v}' sudah dipakai di sel {dilihat[k].sel.get(kunci)}; "
                    f"setiap {judul} harus unik",
                )
            )
        else:
            dilihat[k] = b


def periksa_silang(buku: Buku) -> None:
    """Checks between sheets: duplicate kode, references that do not match yet (warnings)."""
    _duplikat(buku, "Indikator", "kode", "Kode")
    _duplikat(buku, "Anggaran", "kode", "Kode")
    M = buku.masalah
    kode_ind = {L.normal(b["kode"]) for b in buku.rows("Indikator") if b["kode"]}
    kode_ang = {L.normal(b["kode"]) for b in buku.rows("Anggaran") if b["kode"]}
    sasaran_renstra = {L.normal(b["sasaran"]) for b in buku.rows("Tujuan Sasaran") if b["sasaran"]}
    pj_pk = {
        L.normal(b["penanggung_jawab"])
        for b in buku.rows("Perjanjian Kinerja")
        if b["penanggung_jawab"]
    }
    for b in buku.rows("Indikator"):
        if b["kode_anggaran"]:
            for k in _pisah(b["kode_anggaran"]):
                if L.normal(k) not in kode_ang:
                    M.append(
                        Masalah(
                            False,
                            "Indikator",
                            b.sel.get("kode_anggaran"),
                            f"Kode Anggaran '{k}' tidak ada di sheet Anggaran",
                        )
                    )
        if (
            b["sasaran"]
            and sasaran_renstra
            and b["tingkat"] == L.TINGKAT[0]
            and L.normal(b["sasaran"]) not in sasaran_renstra
        ):
            M.append(
                Masalah(
                    False,
                    "Indikator",
                    b.sel.get("sasaran"),
                    f"sasaran '{b['sasaran']}' tidak ada di sheet Tujuan Sasaran",
                )
            )
        if b["penanggung_jawab"] and pj_pk and L.normal(b["penanggung_jawab"]) not in pj_pk:
            M.append(
                Masalah(
                    False,
                    "Indikator",
                    b.sel.get("penanggung_jawab"),
                    f"penanggung jawab '{b['penanggung_jawab']}' tidak ada di sheet "
                    "Perjanjian Kinerja",
                )
            )
        if b["polaritas"] is None and b["indikator"] and "polaritas" not in b.galat:
            M.append(
                Masalah(
                    False,
                    "Indikator",
                    b.sel.get("polaritas"),
                    "polaritas kosong, dianggap Positif (makin tinggi makin baik)",
                )
            )
    for b in buku.rows("Tujuan Sasaran"):
        k = b["kode_indikator"]
        if k and L.normal(k) not in kode_ind:
            M.append(
                Masalah(
                    False,
                    "Tujuan Sasaran",
                    b.sel.get("kode_indikator"),
                    f"Kode Indikator '{k}' tidak ada di sheet Indikator",
                )
            )
    k = buku.profil.get("kode_ikm")
    if k and L.normal(k) not in kode_ind:
        M.append(
            Masalah(
                False,
                "Profil",
                buku.profil_sel.get("kode_ikm"),
                f"Kode Indikator IKM '{k}' tidak ada di sheet Indikator",
            )
        )


def _pisah(teks: str) -> list[str]:
    return [x.strip() for x in re.split(r"[,;]", str(teks)) if x.strip()]


def pisah_kode(teks: Any) -> list[str]:
    """The codes of a 'Kode Anggaran' cell: separated by commas or semicolons."""
    return _pisah(teks) if teks else []


def urut_masalah(masalah: Iterable[Masalah]) -> list[Masalah]:
    """Errors first, then by sheet order of the layout, then by cell."""
    urutan = {x.nama: i for i, x in enumerate(L.LEMBAR)}

    def kunci(m: Masalah) -> tuple[bool, int, str, int, int, str]:
        mt = re.fullmatch(r"([A-Z]+)(\d+)", m.sel or "")
        baris = int(mt.group(2)) if mt else 0
        kol = mt.group(1) if mt else ""
        return (not m.galat, urutan.get(m.sheet or "", 99), m.sheet or "", baris, len(kol), kol)

    return sorted(masalah, key=kunci)
