"""Nothing typed is lost unnamed: what the report would leave out gets a problem with its cell.

Runs after `baca.baca` on the same grid (standard library only): sheets and columns the reader
does not know, Narasi/Gambar/Tabel rows whose Bagian no report section takes, pictures whose
file is missing, an empty Anggaran sheet, Target year columns that do not match Profil's
Periode Renstra.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from lakip_xl.buku import kaskade
from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Buku, DataTabel, Grid, Masalah, baca
from lakip_xl.buku.kolom_target import periksa_kolom_target
from lakip_xl.buku.nilai import kosong
from lakip_xl.buku.sel import a1, huruf_kolom

LEMBAR_ABAIKAN = frozenset({"masalah"})
"""Sheets the buttons write (the list of problems), never read as data."""

BAGIAN_HANYA_TEKS = ("Kata Pengantar", "Ikhtisar Eksekutif")
"""Sections that take the staff's text only (no pictures, no extra tables)."""


def periode_renstra(teks: Any) -> list[int] | None:
    """The years of a Renstra period typed as "2016-2021" (also "2016 - 2021", "2016–2021",
    "2016 s.d. 2021"), or None when it is not one (at most 11 years, start <= end)."""
    if teks is None:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-|–|—|/|s\.?\s*d\.?)\s*(\d{4})\s*", str(teks))
    if not m:
        return None
    awal, akhir = int(m.group(1)), int(m.group(2))
    if not awal <= akhir <= awal + 10:
        return None
    return list(range(awal, akhir + 1))


def baca_lengkap(grid: Grid, folder: Path | None = None) -> Buku:
    """`baca.baca` plus the checks of this module: what the CLI and the buttons read with.
    `folder` is the workbook's folder, where the Gambar sheet's pictures are looked for."""
    buku = baca(grid)
    periksa_lengkap(grid, buku)
    if folder is not None:
        buku.masalah += periksa_gambar(buku, folder)
    return buku


def periksa_lengkap(grid: Grid, buku: Buku) -> None:
    """Add to `buku.masalah` a problem, with its cell, for everything typed that the report
    cannot use, and a galat for what the report cannot do without."""
    m = buku.masalah
    m += _profil(grid, buku)
    m += _lembar_asing(grid)
    m += _tambahan_lebar(grid)
    for nama, data in buku.tabel.items():
        if data.ada and data.baris_judul:
            m += _kolom_asing(_sheet(grid, nama), data)
    m += _bagian(buku)
    m += _renstra(buku)
    m += kaskade.periksa(buku)  # the Perjanjian Kinerja cascade (Atasan, Indikator Induk)
    periode = periode_renstra(buku.profil.get("periode_renstra"))
    m += periksa_kolom_target(_sheet(grid, L.TUJUAN_SASARAN.nama), buku, periode)
    ang = buku.tabel.get(L.ANGGARAN.nama)
    if ang is not None and ang.ada and ang.baris_judul and not ang.baris:
        m.append(
            Masalah(
                False,
                L.ANGGARAN.nama,
                None,
                "sheet Anggaran belum diisi; Laporan Kinerja wajib memuat realisasi anggaran "
                "(BAB III, Akuntabilitas Keuangan): isi program, kegiatan, anggaran dan "
                "realisasinya",
            )
        )


def _sheet(grid: Grid, nama: str) -> Sequence[Sequence[Any]]:
    if nama in grid:
        return grid[nama]
    for n, rows in grid.items():
        if L.normal(n) == L.normal(nama):
            return rows
    return []


def _sel_pertama(rows: Sequence[Sequence[Any]], kolom: int, dari: int) -> int | None:
    """The first row from `dari` down whose cell in `kolom` holds something."""
    for r in range(dari, len(rows) + 1):
        row = rows[r - 1]
        if kolom - 1 < len(row) and not kosong(row[kolom - 1]):
            return r
    return None


def _profil(grid: Grid, buku: Buku) -> list[Masalah]:
    """Profil rows with a label no declaration knows and a value beside it."""
    hasil: list[Masalah] = []
    rows = _sheet(grid, L.PROFIL.nama)
    dikenal = {L.normal(i.judul) for i in L.PROFIL.isian} | {
        L.normal(t) for t in L.PROFIL.judul_kolom
    }
    for r in range(L.PROFIL.baris_data, len(rows) + 1):
        row = rows[r - 1]
        label = row[0] if row else None
        nilai = row[1] if len(row) > 1 else None
        if (
            isinstance(label, str)
            and label.strip()
            and not kosong(nilai)
            and L.normal(label) not in dikenal
        ):
            hasil.append(
                Masalah(
                    False,
                    L.PROFIL.nama,
                    f"B{r}",
                    f"isian '{label.strip()}' tidak dikenal, jadi nilainya tidak dipakai "
                    "laporan; periksa ejaan label di kolom A (lihat sheet Petunjuk)",
                )
            )
    return hasil


def _lembar_asing(grid: Grid) -> list[Masalah]:
    """Sheets with content that the reader does not know (neither layout nor 'Tabel ...')."""
    dikenal = {L.normal(x.nama) for x in L.LEMBAR} | LEMBAR_ABAIKAN
    hasil: list[Masalah] = []
    for nama, rows in grid.items():
        if L.normal(nama) in dikenal or nama.startswith(L.TABEL_TAMBAHAN_AWALAN):
            continue
        for r, row in enumerate(rows, start=1):
            k = next((j for j, v in enumerate(row, start=1) if not kosong(v)), None)
            if k is not None:
                hasil.append(
                    Masalah(
                        False,
                        nama,
                        a1(r, k),
                        f"sheet '{nama}' tidak dikenal, jadi isinya tidak dibaca dan tidak masuk "
                        f"laporan; untuk tabel sendiri beri nama sheet berawalan "
                        f"'{L.TABEL_TAMBAHAN_AWALAN}' (lihat sheet Petunjuk)",
                    )
                )
                break
    return hasil


def _tambahan_lebar(grid: Grid) -> list[Masalah]:
    """Extra tables ('Tabel ...'): data to the right of the last header of row 4 is not part
    of the table the report prints."""
    hasil: list[Masalah] = []
    for nama, rows in grid.items():
        if not nama.startswith(L.TABEL_TAMBAHAN_AWALAN) or len(rows) < 4:
            continue
        kepala = list(rows[3])
        while kepala and kosong(kepala[-1]):
            kepala.pop()
        if not kepala:
            continue  # no header at all: `baca.baca_tambahan` names it
        lebar = len(kepala)
        for r in range(5, len(rows) + 1):
            row = rows[r - 1]
            c = next((j for j in range(lebar + 1, len(row) + 1) if not kosong(row[j - 1])), 0)
            if c:
                hasil.append(
                    Masalah(
                        False,
                        nama,
                        a1(r, c),
                        "sel ini berisi data di kanan kolom terakhir yang berjudul (baris 4), "
                        f"jadi tidak masuk tabel di laporan; beri judul kolom {huruf_kolom(c)} di "
                        "baris 4 atau pindahkan isinya",
                    )
                )
                break
    return hasil


def _kolom_asing(rows: Sequence[Sequence[Any]], data: DataTabel) -> list[Masalah]:
    """Columns of a table sheet with data below a header the layout does not declare, or
    with no header at all: their values are not read."""
    hb = data.baris_judul
    dipakai = set(data.kolom.values()) | set(data.kolom_tahun.values())
    kepala = rows[hb - 1] if hb - 1 < len(rows) else []
    lebar = max((len(r) for r in rows[hb - 1 :]), default=0)
    hasil: list[Masalah] = []
    nama = data.tabel.nama
    for c in range(1, lebar + 1):
        if c in dipakai:
            continue
        r = _sel_pertama(rows, c, hb + 1)
        if r is None:
            continue
        judul = kepala[c - 1] if c - 1 < len(kepala) else None
        if kosong(judul):
            pesan = (
                f"kolom {huruf_kolom(c)} berisi data tetapi tidak punya judul di baris {hb}, "
                "jadi isinya tidak dibaca; beri judul kolom yang dikenal (lihat sheet Petunjuk) "
                "atau pindahkan isinya"
            )
        else:
            pesan = (
                f"kolom '{str(judul).strip()}' (kolom {huruf_kolom(c)}) tidak dikenal, jadi "
                "isinya tidak dibaca dan tidak masuk laporan; periksa ejaan judulnya (lihat "
                "sheet Petunjuk)"
            )
        hasil.append(Masalah(False, nama, a1(r, c), pesan))
    return hasil


def bagian_laporan(buku: Buku) -> dict[str, tuple[str, ...]]:
    """The Bagian values each sheet's rows may name: Narasi any report section (plus
    'Analisis <Penanggung Jawab>' of the units in BAB III), Gambar and extra tables the
    sections that take more than text (extra tables also Lampiran)."""
    unit = tuple(
        dict.fromkeys(
            f"Analisis {b['penanggung_jawab']}"
            for b in buku.rows(L.INDIKATOR.nama)
            if b["penanggung_jawab"]
        )
    )
    semua = (*L.BAGIAN_NARASI, *unit)
    blok = tuple(x for x in semua if x not in BAGIAN_HANYA_TEKS)
    return {"Narasi": semua, "Gambar": blok, "Tabel": (*blok, L.BAGIAN_LAMPIRAN)}


def _saran(teks: str, pilihan: Sequence[str]) -> str:
    return _saran_sekali(teks, tuple(pilihan))


@lru_cache(maxsize=512)  # the same mistyped Bagian on many rows is compared once
def _saran_sekali(teks: str, pilihan: tuple[str, ...]) -> str:
    import difflib

    n = L.normal(teks)
    dekat = [p for p in pilihan if n and (n in L.normal(p) or L.normal(p) in n)]
    dekat = dekat or difflib.get_close_matches(teks, list(pilihan), n=1, cutoff=0.6)
    return f" (maksudnya '{dekat[0]}'?)" if dekat else ""


def _bagian(buku: Buku) -> list[Masalah]:
    """Narasi, Gambar and extra-table rows whose Bagian no report section takes."""
    sah = bagian_laporan(buku)
    hasil: list[Masalah] = []
    for sheet in ("Narasi", "Gambar"):
        pilihan = sah[sheet]
        for b in buku.rows(sheet):
            v = b["bagian"]
            if v is None or v in pilihan:
                continue
            if v in BAGIAN_HANYA_TEKS:
                alasan = f"bagian '{v}' hanya memuat teks dari sheet Narasi"
            else:
                alasan = f"Bagian '{v}' tidak dikenal{_saran(v, pilihan)}"
            hasil.append(
                Masalah(
                    False,
                    sheet,
                    b.sel.get("bagian"),
                    f"{alasan}, jadi baris ini tidak masuk laporan; pilih Bagian dari daftar "
                    "(daftarnya ada di sheet Petunjuk)",
                )
            )
    for tt in buku.tambahan:
        if tt.bagian and tt.bagian not in sah["Tabel"]:
            hasil.append(
                Masalah(
                    False,
                    tt.sheet,
                    "B2",
                    f"Bagian '{tt.bagian}' tidak dikenal{_saran(tt.bagian, sah['Tabel'])}, jadi "
                    "tabel ini tidak masuk laporan; tulis salah satu bagian laporan (daftarnya "
                    "ada di sheet Petunjuk), atau kosongkan untuk Lampiran",
                )
            )
    return hasil


def _renstra(buku: Buku) -> list[Masalah]:
    """Profil's Periode Renstra against the Target year columns of Tujuan Sasaran."""
    teks = buku.profil.get("periode_renstra")
    data = buku.tabel.get(L.TUJUAN_SASARAN.nama)
    if not teks or data is None or not data.ada or not data.baris_judul:
        return []
    sel = buku.profil_sel.get("periode_renstra")
    tahun = periode_renstra(teks)
    if tahun is None:
        return [
            Masalah(
                False,
                L.PROFIL.nama,
                sel,
                f"Periode Renstra '{teks}' tidak terbaca; tulis tahun awal dan akhir, mis. "
                "2021-2026",
            )
        ]
    ada = sorted(data.kolom_tahun)
    kurang = [t for t in tahun if t not in data.kolom_tahun]
    lebih = [t for t in ada if t not in tahun]
    if not kurang and not lebih:
        return []
    rincian, saran = [], []
    if kurang:
        rincian.append("tidak ada kolom " + ", ".join(f"'Target {t}'" for t in kurang))
        saran.append(
            f"tambahkan kolomnya dengan `lakip renstra BERKAS --periode {tahun[0]}-{tahun[-1]}` "
            "(isian lama tetap) atau perbaiki Periode Renstra"
        )
    if lebih:
        rincian.append("kolom " + ", ".join(f"'Target {t}'" for t in lebih) + " di luar periode")
        saran.append("hapus kolom di luar periode bila tidak dipakai lagi")
    return [
        Masalah(
            False,
            L.PROFIL.nama,
            sel,
            f"Periode Renstra {teks} tidak cocok dengan kolom Target per tahun di sheet "
            f"{L.TUJUAN_SASARAN.nama}: {'; '.join(rincian)}. {'; '.join(saran).capitalize()}",
        )
    ]


def periksa_gambar(buku: Buku, folder: Path) -> list[Masalah]:
    """Gambar rows whose picture the report cannot place: missing file, not a picture. The
    same sentences as the report gives when it skips them."""
    hasil: list[Masalah] = []
    for r in buku.rows("Gambar"):
        if not r["berkas"]:
            continue
        p = Path(str(r["berkas"]))
        if not p.is_absolute():
            p = folder / p
        try:
            ada = p.is_file()
        except OSError:
            ada = False
        if not ada:
            pesan = (
                f"berkas gambar '{r['berkas']}' tidak ditemukan di folder {folder}; gambar ini "
                "dilewati"
            )
        elif p.suffix.lower() not in (".png", ".jpg", ".jpeg", ".gif", ".bmp"):
            pesan = f"'{p.name}' bukan gambar PNG/JPG; dilewati"
        else:
            continue
        hasil.append(Masalah(False, "Gambar", r.sel.get("berkas"), pesan))
    return hasil

