"""`lakip impor-sipd`: one SKPD of a SIPD-RI Rekap merged, by code, into the workbook's Anggaran
and Belanja sheets, written the way `hitung` writes (refused while open, atomic, backup, nothing
written when nothing changes), then recomputed."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca_xml import baca_grid
from lakip_xl.buku.berkas import periksa_berkas
from lakip_xl.buku.tulis import HasilTulis, kunci_buku, tulis_sel
from lakip_xl.calc.format_id import rupiah
from lakip_xl.errors import LakipError
from lakip_xl.sipd import susun
from lakip_xl.sipd.rekap import Rekap, baca_rekap


@dataclass
class Ringkas:
    """What an import changed, for the summary the CLI prints."""

    skpd: str
    ditambah: list[str] = field(default_factory=list)
    pagu_berubah: list[tuple[str, Decimal | None, Decimal | None]] = field(default_factory=list)
    hilang: list[str] = field(default_factory=list)  # gone from SIPD, removed
    hilang_disimpan: list[str] = field(default_factory=list)  # gone from SIPD, kept (typed)
    diketik: list[str] = field(default_factory=list)  # rows without a code, kept
    tanpa_pagu: list[str] = field(default_factory=list)
    belanja: int = 0
    tulis: HasilTulis | None = None

    def baris(self) -> list[str]:
        """The summary, one Indonesian line each."""

        def r(v: Decimal | None) -> str:
            return "kosong" if v is None else rupiah(v)

        hasil = [f"SKPD: {self.skpd}."]
        if self.ditambah:
            hasil.append(f"Baris ditambahkan: {len(self.ditambah)}.")
        for kode, lama, baru in self.pagu_berubah:
            hasil.append(f"Pagu {kode} berubah: {r(lama)} -> {r(baru)}.")
        for kode in self.hilang:
            hasil.append(f"Baris {kode} tidak ada lagi di SIPD; dihapus dari sheet Anggaran.")
        for kode in self.hilang_disimpan:
            hasil.append(
                f"Peringatan: baris {kode} tidak ada lagi di SIPD, tetapi punya isian yang "
                "diketik (mis. realisasi); baris itu tetap di sheet Anggaran, periksa."
            )
        for u in self.diketik:
            hasil.append(f"Baris tanpa kode yang diketik sendiri tetap di tempatnya: {u}.")
        for kode in self.tanpa_pagu:
            hasil.append(
                f"Peringatan: sub kegiatan {kode} belum punya pagu di SIPD (PAGU kosong); "
                "anggarannya dibiarkan kosong, bukan 0."
            )
        if self.belanja:
            hasil.append(f"Sheet Belanja: {self.belanja} rekening.")
        if not (self.ditambah or self.pagu_berubah or self.hilang or self.hilang_disimpan):
            hasil.append("Anggaran sudah sama dengan SIPD.")
        return hasil


def pilih_skpd(
    rekap: Rekap, skpd: str | None, sub_unit: str | None, cara: str = "dengan --skpd"
) -> tuple[str, list[dict]]:
    """The name and rows of the SKPD (and sub unit) asked for; LakipError listing the file's
    SKPD (with the closest name) when none or an unknown one was given (`cara`: where the user
    names it, the option or the button's input box)."""
    daftar = susun.daftar_skpd(rekap.baris)
    cocok = susun.cocok_skpd(daftar, skpd) if skpd else None
    if cocok is None:
        isi = "; ".join(f"{k} {n}" for k, n, _ in daftar)
        saran = susun.nama_terdekat(daftar, skpd) if skpd else None
        awal = (
            f"SKPD '{skpd}' tidak ada di '{rekap.path.name}'"
            + (f" (maksudnya '{saran}'?)" if saran else "")
            if skpd
            else f"Sebutkan SKPD {cara} (nama atau KODE SKPD) dari '{rekap.path.name}'"
        )
        raise LakipError(f"{awal}. SKPD di berkas itu: {isi}. Buku kerja tidak diubah.")
    kode, nama = cocok
    baris = [b for b in rekap.baris if b.get("kode_skpd") == kode]
    if sub_unit:
        d = " ".join(sub_unit.split()).casefold()
        pilihan = [
            b
            for b in baris
            if d
            in (
                " ".join(str(b.get("nama_sub_unit") or "").split()).casefold(),
                str(b.get("kode_sub_unit") or "").casefold(),
            )
        ]
        if not pilihan:
            unit = sorted({f"{b.get('kode_sub_unit')} {b.get('nama_sub_unit')}" for b in baris})
            raise LakipError(
                f"Sub unit '{sub_unit}' tidak ada di SKPD {nama}. Sub unit yang ada: "
                f"{'; '.join(unit)}. Buku kerja tidak diubah."
            )
        baris, nama = pilihan, f"{nama} / {pilihan[0].get('nama_sub_unit')}"
    return nama, baris


def _kepala(rows: list[list[Any]], tabel: L.Tabel, path: Path) -> dict[str, int]:
    """{key: 0-based column} of a layout table's header row, by header text."""
    if len(rows) < tabel.baris_judul:
        raise LakipError(f"Sheet '{tabel.nama}' di '{path.name}' tidak punya baris judul.")
    judul = {L.normal(v): j for j, v in enumerate(rows[tabel.baris_judul - 1]) if v is not None}
    kolom = {k.kunci: judul[L.normal(k.judul)] for k in tabel.kolom if L.normal(k.judul) in judul}
    for kunci in ("kode", "jenis", "uraian", "anggaran"):
        if kunci not in kolom:
            nama = tabel.kolom_menurut_kunci(kunci).judul
            raise LakipError(
                f"Sheet '{tabel.nama}' di '{path.name}' tidak punya kolom '{nama}' di baris "
                f"{tabel.baris_judul}; kembalikan judulnya, lalu ulangi."
            )
    return kolom


def _sel(row: list[Any], j: int) -> Any:
    return row[j] if j < len(row) else None


def _teks(v: Any) -> str:
    return "" if v is None else " ".join(str(v).split())


def _gabung_anggaran(
    rows: list[list[Any]],
    kolom: dict[str, int],
    baru: list[susun.BarisAnggaran],
    rk: Ringkas,
    path: Path,
) -> list[list[Any]]:
    """The new data rows of the Anggaran sheet: SIPD's rows in DPA order, each keeping every
    other cell typed on the row of the same code; rows without a code (typed by hand) after
    the row they followed; rows gone from SIPD removed, or kept when something was typed on
    them besides code, jenis, uraian and anggaran."""
    awal = L.ANGGARAN.baris_data - 1
    hitung = {kolom[k.kunci] for k in L.ANGGARAN.kolom if k.dihitung and k.kunci in kolom}
    dasar = {kolom[k] for k in ("kode", "jenis", "uraian", "anggaran")}
    lama: list[list[Any]] = [list(r) for r in rows[awal:] if any(v is not None for v in r)]
    kode_baru = {b.kode: b for b in baru}
    per_kode: dict[str, list[Any]] = {}
    sisipan: dict[str | None, list[list[Any]]] = {}  # anchor code -> rows kept after it
    jangkar: str | None = None
    lain = []
    for r in lama:
        kode = _teks(_sel(r, kolom["kode"]))
        if not kode:
            rk.diketik.append(_teks(_sel(r, kolom["uraian"])) or "(tanpa uraian)")
            sisipan.setdefault(jangkar, []).append(r)
            continue
        if kode in kode_baru:
            per_kode[kode] = r
            jangkar = kode
            continue
        lain.append(kode)
        diketik = any(v is not None for j, v in enumerate(r) if j not in dasar and j not in hitung)
        if diketik:
            rk.hilang_disimpan.append(kode)
            sisipan.setdefault(jangkar, []).append(r)
        else:
            rk.hilang.append(kode)
    if lain and not per_kode:
        raise LakipError(
            f"Sheet Anggaran di '{path.name}' sudah berisi baris dengan kode yang tidak ada di "
            f"SIPD untuk {rk.skpd} ({', '.join(lain[:5])}{' ...' if len(lain) > 5 else ''}); "
            "mungkin SKPD yang salah. Periksa --skpd, atau kosongkan sheet Anggaran dulu. "
            "Buku kerja tidak diubah."
        )
    lebar = max([len(r) for r in lama] + [max(kolom.values()) + 1])
    hasil: list[list[Any]] = list(sisipan.get(None, []))
    for b in baru:
        r = per_kode.get(b.kode)
        if r is None:
            r = [None] * lebar
            rk.ditambah.append(b.kode)
        else:
            r = r + [None] * (lebar - len(r))
            if b.jenis == "Sub Kegiatan":
                lama_pagu = _sel(r, kolom["anggaran"])
                lama_d = None if lama_pagu is None else Decimal(str(lama_pagu))
                if lama_d != b.anggaran:
                    rk.pagu_berubah.append((b.kode, lama_d, b.anggaran))
        r[kolom["kode"]] = b.kode
        r[kolom["jenis"]] = b.jenis
        if not _teks(r[kolom["uraian"]]):
            r[kolom["uraian"]] = b.uraian
        r[kolom["anggaran"]] = b.anggaran  # Program/Kegiatan: empty, rolled up by hitung
        hasil.append(r)
        hasil.extend(sisipan.get(b.kode, []))
    return hasil  # computed cells move with their row; hitung recomputes them afterwards


def _sama(a: Any, b: Any) -> bool:
    if isinstance(a, int | float | Decimal) and isinstance(b, int | float | Decimal):
        return Decimal(str(a)) == Decimal(str(b))
    return (None if a == "" else a) == (None if b == "" else b)


def _sel_tulis(rows: list[list[Any]], baru: list[list[Any]], awal: int) -> dict:
    """{(row, column): value} writing `baru` from sheet row `awal` and emptying the old rows
    below it (the cells keep their format and protection); a cell already holding the value
    is left alone, so an import that changes nothing writes nothing."""
    isian: dict[tuple[int, int], Any] = {}
    lama = rows[awal - 1 :]
    lebar = max([len(r) for r in baru + lama] + [1])
    for i in range(max(len(lama), len(baru))):
        r = baru[i] if i < len(baru) else []
        ada = lama[i] if i < len(lama) else []
        for j in range(lebar):
            v = r[j] if j < len(r) else None
            if not _sama(ada[j] if j < len(ada) else None, v):
                isian[(awal + i, j + 1)] = v
    return isian


def _belanja(rows: list[list[Any]], baru: list[susun.BarisBelanja], path: Path) -> list[list]:
    tabel = L.BELANJA
    judul = {L.normal(v): j for j, v in enumerate(rows[tabel.baris_judul - 1]) if v is not None}
    kolom = {k.kunci: judul[L.normal(k.judul)] for k in tabel.kolom if L.normal(k.judul) in judul}
    if "kode" not in kolom:
        raise LakipError(
            f"Sheet Belanja di '{path.name}' tidak punya kolom 'Kode Rekening' (buku kerja "
            "dari versi lama): tambahkan judul kolom itu di baris 3, lalu ulangi."
        )
    awal = tabel.baris_data - 1
    lama = {
        _teks(_sel(r, kolom["kode"])): list(r) for r in rows[awal:] if _teks(_sel(r, kolom["kode"]))
    }
    tanpa_kode = [list(r) for r in rows[awal:] if any(r) and not _teks(_sel(r, kolom["kode"]))]
    lebar = max([len(r) for r in rows[awal:]] + [max(kolom.values()) + 1])
    hasil = []
    for b in baru:
        r = lama.get(b.kode, [])
        r = r + [None] * (lebar - len(r))
        r[kolom["kode"]] = b.kode
        r[kolom["kelompok"]] = b.kelompok
        r[kolom["jenis"]] = b.jenis
        if not _teks(r[kolom["uraian"]]):
            r[kolom["uraian"]] = b.uraian
        r[kolom["anggaran"]] = b.anggaran
        hasil.append(r)
    return hasil + tanpa_kode


def rencana_impor(
    grid: dict[str, list[list[Any]]], nama: str, baris: list[dict], buku: Path
) -> tuple[Ringkas, dict[str, dict[tuple[int, int], Any]]]:
    """The cells an import of one SKPD's rows (`pilih_skpd`) writes into a workbook read as a
    grid (from its file, or from Excel or LibreOffice while it is open), and its summary;
    `buku` names the workbook in messages. Writes nothing."""
    rk = Ringkas(nama)
    baru, rk.tanpa_pagu = susun.anggaran(baris)
    nama_asli = {L.normal(n): n for n in grid}
    sheet = nama_asli.get(L.normal(L.ANGGARAN.nama))
    if sheet is None:
        raise LakipError(f"'{buku.name}' tidak punya sheet Anggaran; ini bukan buku kerja lakip.")
    rows = grid[sheet]
    kolom = _kepala(rows, L.ANGGARAN, buku)
    data = _gabung_anggaran(rows, kolom, baru, rk, buku)
    per_sheet = {sheet: _sel_tulis(rows, data, L.ANGGARAN.baris_data)}
    sheet_b = nama_asli.get(L.normal(L.BELANJA.nama))
    if sheet_b is not None:
        rows_b = grid[sheet_b]
        data_b = _belanja(rows_b, susun.belanja(baris), buku)
        rk.belanja = len(data_b)
        per_sheet[sheet_b] = _sel_tulis(rows_b, data_b, L.BELANJA.baris_data)
    return rk, per_sheet


def impor_sipd(
    buku: Path, rekap_path: Path, skpd: str | None, sub_unit: str | None = None
) -> Ringkas:
    """Merge one SKPD of a Rekap export into `buku` (Anggaran, and Belanja when the sheet is
    there) and write it like `hitung`; the caller recomputes it afterwards."""
    periksa_berkas(buku)
    if buku.suffix.lower() not in (".xlsx", ".xlsm"):
        raise LakipError(
            f"'{buku.name}': impor-sipd menulis buku kerja .xlsx/.xlsm; simpan .ods sebagai "
            ".xlsx lalu ulangi."
        )
    rekap = baca_rekap(rekap_path)
    nama, baris = pilih_skpd(rekap, skpd, sub_unit)
    with kunci_buku(buku):
        rk, per_sheet = rencana_impor(baca_grid(buku), nama, baris, buku)
        rk.tulis = tulis_sel(buku, per_sheet)
    return rk
