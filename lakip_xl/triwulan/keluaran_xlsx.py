"""A quarterly document model laid out as a printable .xlsx sheet (through buku.xlsx)."""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

from lakip_xl.buku import layout as L
from lakip_xl.triwulan.model import Dokumen, Sel

FORMAT = {"uang": "#,##0", "persen": "#,##0.00"}


def format_sel(s: Sel) -> str | None:
    """The Excel number format of a number cell: thousands grouped, 2 decimals for a capaian
    or a fractional kinerja value (Excel shows 1.234,56 on an Indonesian Windows)."""
    if not s.angka:
        return None
    if s.jenis in FORMAT:
        return FORMAT[s.jenis]
    v = Decimal(s.nilai)  # type: ignore[arg-type]
    return "#,##0" if v == v.to_integral_value() else "#,##0.00"


def lembar_cetak(d: Dokumen):  # -> buku.xlsx.LembarCetak
    """The sheet's cells: title, header (merged as in the form), body, footer, notes and the
    signature blocks."""
    from lakip_xl.buku.xlsx import LembarCetak, SelCetak

    n = d.jumlah_kolom
    sel: list[SelCetak] = []
    r = 1
    for t in d.judul:
        sel.append(SelCetak(r, 1, t, tebal=True, rata="tengah", lebar=n, bingkai=False, ukuran=11))
        r += 1
    for t in d.keterangan:
        sel.append(SelCetak(r, 1, t, lebar=n, bingkai=False, ukuran=9))
        r += 1
    r += 1
    awal_kepala = r
    for k in d.kepala:
        sel.append(
            SelCetak(
                r + k.baris,
                k.kolom + 1,
                k.teks,
                tebal=True,
                rata="tengah",
                tinggi=k.tinggi,
                lebar=k.lebar,
                latar=L.WARNA.kepala,
                ukuran=7,
            )
        )
    r += d.tinggi_kepala
    akhir_kepala = r - 1
    for i, row in enumerate(d.baris):
        if i in d.baris_bagian:
            sel.append(SelCetak(r, 1, row[0].teks(), tebal=True, lebar=n, latar="FFF2F2F2"))
        else:
            for j, s in enumerate(row, start=1):
                v = s.nilai if s.angka else (s.teks() or None)
                sel.append(SelCetak(r, j, v, format_sel(s), s.tebal, s.rata))
        r += 1
    for kaki in d.kaki:
        w = d.lebar_label_kaki
        sel.append(SelCetak(r, 1, kaki.label, tebal=True, lebar=w))
        if kaki.teks is not None:
            sel.append(SelCetak(r, w + 1, kaki.teks, lebar=n - w))
        else:
            for j in range(w, n):
                s = kaki.nilai.get(j)
                if s is None:
                    sel.append(SelCetak(r, j + 1, None))
                else:
                    v = s.nilai if s.angka else s.teks()
                    sel.append(SelCetak(r, j + 1, v, format_sel(s), True, s.rata))
        r += 1
    r += 1
    for t in d.catatan:
        sel.append(SelCetak(r, 1, t, lebar=n, bingkai=False, ukuran=8))
        r += 1
    r += 1
    sel.extend(_tanda_tangan(d, r))
    lebar = [w * 0.9 for w in d.lebar]
    return LembarCetak(
        d.nama_lembar, sel, lebar, (awal_kepala, akhir_kepala), tinggi_baris(sel, lebar)
    )


def tinggi_baris(sel: list, lebar: list[float]) -> dict[int, float]:
    """Row heights (points) that show every wrapped text of the table: spreadsheet programs
    do not grow a row for merged cells, nor always on opening a file."""
    tinggi: dict[int, float] = {}
    for s in sel:
        if not s.bingkai or not isinstance(s.nilai, str) or not s.nilai:
            continue
        w = sum(lebar[s.kolom - 1 : s.kolom - 1 + s.lebar])
        per_baris = max(1, int(w * 9 / s.ukuran))  # characters per line at this font size
        baris = sum(max(1, math.ceil(len(b) / per_baris)) for b in s.nilai.split("\n"))
        perlu = (baris * s.ukuran * 1.3 + 3) / s.tinggi
        for r in range(s.baris, s.baris + s.tinggi):
            tinggi[r] = max(tinggi.get(r, 12.0), round(perlu, 1))
    return tinggi


def _tanda_tangan(d: Dokumen, r: int) -> list:
    from lakip_xl.buku.xlsx import SelCetak

    n = d.jumlah_kolom
    keluar = []
    jumlah = len(d.tanda_tangan)
    for i, t in enumerate(d.tanda_tangan):
        lebar = n // max(jumlah, 1)
        kol = 1 + i * lebar if jumlah > 1 else n - n // 3 + 1
        if jumlah == 1:
            lebar = n // 3
        baris = [
            t.tempat_tanggal,
            t.peran,
            t.jabatan,
            "",
            "",
            "",
            t.nama,
            f"NIP. {t.nip}" if t.nip else "",
        ]
        for j, teks in enumerate(baris):
            sel = SelCetak(
                r + j,
                kol,
                teks or None,
                tebal=j == 6,
                rata="tengah",
                lebar=lebar,
                bingkai=False,
                ukuran=9,
            )
            keluar.append(sel)
    return keluar


def tulis_xlsx(dokumen: list[Dokumen], tujuan: Path) -> Path:
    """Write the documents, one sheet each, as a printable workbook."""
    from lakip_xl.buku.xlsx import tulis_cetak

    return tulis_cetak(tujuan, [lembar_cetak(d) for d in dokumen])
