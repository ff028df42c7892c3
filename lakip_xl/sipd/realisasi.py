"""`lakip impor-realisasi`: the Realisasi column of the Anggaran sheet filled, by code, from any
.xlsx with a code column and a realisasi column (SIPD Penatausahaan's LRA prints vary), written
the way `hitung` writes; every code of the file that matches no row is named."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca_xml import baca_grid
from lakip_xl.buku.berkas import periksa_berkas
from lakip_xl.buku.sel import huruf_kolom
from lakip_xl.buku.tulis import HasilTulis, kunci_buku, tulis_sel
from lakip_xl.errors import LakipError
from lakip_xl.sipd.kolom import REALISASI_KODE, REALISASI_NILAI
from lakip_xl.sipd.susun import kunci_kode, uang


@dataclass
class HasilRealisasi:
    diisi: int = 0
    induk: list[str] = field(default_factory=list)  # program/kegiatan codes: rolled up instead
    tak_cocok: list[str] = field(default_factory=list)
    tulis: HasilTulis | None = None

    def baris(self) -> list[str]:
        hasil = [f"Realisasi diisi pada {self.diisi} baris sheet Anggaran."]
        if self.induk:
            hasil.append(
                f"{len(self.induk)} kode program/kegiatan dilewati: realisasinya dijumlahkan "
                "dari sub kegiatannya oleh Hitung Ulang."
            )
        for k in self.tak_cocok:
            hasil.append(f"Peringatan: kode {k} di berkas realisasi tidak ada di sheet Anggaran.")
        return hasil


def _normal(v: Any) -> str:
    return " ".join(str(v).split()).casefold() if v is not None else ""


def _cari_kolom(
    rows: list[list[Any]], path: Path, kolom: tuple[str, str] | None
) -> tuple[int, int, int]:
    """(header row index, code column, realisasi column) in the first 20 rows."""
    for i, row in enumerate(rows[:20]):
        teks = [_normal(v) for v in row]
        if kolom:
            k = [j for j, t in enumerate(teks) if t == _normal(kolom[0])]
            r = [j for j, t in enumerate(teks) if t == _normal(kolom[1])]
        else:
            k = next(
                ([j for j, t in enumerate(teks) if t == h] for h in REALISASI_KODE if h in teks), []
            )
            r = next(
                ([j for j, t in enumerate(teks) if t == h] for h in REALISASI_NILAI if h in teks),
                [],
            )
        if k and r:
            return i, k[0], r[0]
    if kolom:
        raise LakipError(
            f"Berkas '{path.name}' tidak punya kolom '{kolom[0]}' dan '{kolom[1]}' pada baris "
            "judul yang sama (20 baris pertama); periksa tulisan judulnya."
        )
    raise LakipError(
        f"Berkas '{path.name}' tidak punya kolom kode (mis. 'Kode Sub Kegiatan', 'Kode') dan "
        "kolom realisasi (mis. 'Realisasi', 'Realisasi (Rp)', 'Jumlah Realisasi') pada satu "
        "baris judul; sebutkan judulnya dengan --kolom KODE REALISASI."
    )


def baca_realisasi(path: Path, kolom: tuple[str, str] | None = None) -> dict[str, Decimal]:
    """{code: realisasi} of a realisasi print; LakipError naming the cell of a value that is
    not money, or of a code given twice."""
    periksa_berkas(path)
    gagal: LakipError | None = None
    for sheet, rows in baca_grid(path).items():  # noqa: B007 (named in messages below)
        try:
            i, jk, jr = _cari_kolom(rows, path, kolom)
        except LakipError as e:
            gagal = e
            continue
        break
    else:
        raise gagal or LakipError(f"Berkas '{path.name}' tidak berisi sheet.")
    hasil: dict[str, Decimal] = {}
    baris_kode: dict[str, int] = {}
    for n, row in enumerate(rows[i + 1 :], start=i + 2):
        kode = row[jk] if jk < len(row) else None
        nilai = row[jr] if jr < len(row) else None
        if not isinstance(kode, str) or not kode.strip() or not kode.strip()[0].isdigit():
            continue  # headings, totals, footers
        kode = kode.strip()
        sel = f"{huruf_kolom(jr + 1)}{n}"
        try:
            v = uang(nilai)
        except ValueError:
            raise LakipError(
                f"Berkas '{path.name}' sheet '{sheet}' sel {sel}: '{nilai}' bukan angka Rupiah."
            ) from None
        if v is None:
            continue
        if kode in hasil:
            raise LakipError(
                f"Berkas '{path.name}' sheet '{sheet}': kode {kode} ada dua kali (baris "
                f"{baris_kode[kode]} dan {n}); lakip tidak menebak mana yang benar."
            )
        hasil[kode], baris_kode[kode] = v, n
    return hasil


def impor_realisasi(
    buku: Path, sumber: Path, kolom: tuple[str, str] | None = None
) -> HasilRealisasi:
    """Fill Realisasi of the Anggaran rows whose code is in `sumber` (codes compared segment by
    segment, so `7.1.2` matches `7.01.02`); rows with rows below them are rolled up instead."""
    periksa_berkas(buku)
    data = baca_realisasi(sumber, kolom)
    hasil = HasilRealisasi()
    with kunci_buku(buku):
        grid = baca_grid(buku)
        nama = {L.normal(n): n for n in grid}.get(L.normal(L.ANGGARAN.nama))
        if nama is None:
            raise LakipError(
                f"'{buku.name}' tidak punya sheet Anggaran; ini bukan buku kerja lakip."
            )
        rows = grid[nama]
        judul = {L.normal(v): j for j, v in enumerate(rows[L.ANGGARAN.baris_judul - 1]) if v}
        jk, jr = judul.get("kode"), judul.get("realisasi")
        if jk is None or jr is None:
            raise LakipError(
                f"Sheet Anggaran di '{buku.name}' tidak punya kolom 'Kode' dan 'Realisasi'."
            )
        awal = L.ANGGARAN.baris_data
        kode_baris = {
            kunci_kode(str(r[jk]).strip()): n
            for n, r in enumerate(rows[awal - 1 :], start=awal)
            if jk < len(r) and r[jk] is not None and str(r[jk]).strip()
        }
        semua = list(kode_baris)
        isian = {}
        for kode, nilai in data.items():
            k = kunci_kode(kode)
            if k not in kode_baris:
                hasil.tak_cocok.append(kode)
            elif any(len(x) > len(k) and x[: len(k)] == k for x in semua):
                hasil.induk.append(kode)
            else:
                isian[(kode_baris[k], jr + 1)] = nilai
        hasil.diisi = len(isian)
        hasil.tulis = tulis_sel(buku, {nama: isian})
    return hasil
