"""A new Renstra period for an existing workbook: the missing 'Target <tahun>' columns of Tujuan
Sasaran and Profil's Periode Renstra, written into a copy; everything else is kept byte for byte.

The new columns go to the right of the sheet's last column (columns are found by their header,
so their place does not matter), each cell styled as the same row's last Target column, so
they are unlocked in the protected sheet and look like the others.
"""

from __future__ import annotations

import copy
import re
import zipfile
from pathlib import Path

from lxml import etree

from lakip_xl.buku import layout as L
from lakip_xl.buku.lengkap import periode_renstra
from lakip_xl.buku.sel import a1, huruf_kolom, nomor_kolom
from lakip_xl.buku.simpan import tulis_aliran
from lakip_xl.errors import LakipError

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
Q = f"{{{NS}}}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)


def _sel_teks(ref: str, teks: str, gaya: str | None) -> etree._Element:
    c = etree.Element(f"{Q}c", r=ref, t="inlineStr")
    if gaya is not None:
        c.set("s", gaya)
    t = etree.SubElement(etree.SubElement(c, f"{Q}is"), f"{Q}t")
    t.text = teks
    return c


def _kolom_sel(c: etree._Element) -> int:
    return nomor_kolom(c.get("r", "A"))


def _tambah_kolom(xml: bytes, baris_judul: int, contoh: int, judul: list[str]) -> bytes:
    """The sheet with one column per `judul` after its last column: the header in
    `baris_judul`, and in every row below an empty cell styled as column `contoh`."""
    root = etree.fromstring(xml, _PARSER)
    data = root.find(f"{Q}sheetData")
    if data is None or any(not r.get("r") for r in data.findall(f"{Q}row")):
        raise LakipError(
            f"Sheet '{L.TUJUAN_SASARAN.nama}' ditulis dengan cara yang tidak dikenal; tambahkan "
            "kolomnya di Excel atau LibreOffice (lihat README, bagian Buku kerja)."
        )
    rows = data.findall(f"{Q}row")
    akhir = max((_kolom_sel(c) for r in rows for c in r.findall(f"{Q}c")), default=0)
    baru = list(range(akhir + 1, akhir + 1 + len(judul)))
    for row in rows:
        nomor = int(row.get("r"))
        if nomor < baris_judul:
            continue
        sel = {_kolom_sel(c): c for c in row.findall(f"{Q}c")}
        asal = sel.get(contoh)
        gaya = asal.get("s") if asal is not None else None
        if nomor > baris_judul and gaya is None:
            continue
        if "spans" in row.attrib:
            del row.attrib["spans"]
        for k, teks in zip(baru, judul, strict=True):
            ref = a1(nomor, k)
            if nomor == baris_judul:
                row.append(_sel_teks(ref, teks, gaya))
            else:
                c = etree.SubElement(row, f"{Q}c", r=ref)
                c.set("s", gaya)
    cols = root.find(f"{Q}cols")
    tertutup = cols is not None and any(
        int(c.get("min", "0")) <= baru[-1] and int(c.get("max", "0")) >= baru[0]
        for c in cols.findall(f"{Q}col")
    )
    if not tertutup:
        if cols is None:
            cols = etree.Element(f"{Q}cols")
            data.addprevious(cols)
        lama = next(
            (
                c
                for c in cols.findall(f"{Q}col")
                if int(c.get("min", "0")) <= contoh <= int(c.get("max", "0"))
            ),
            None,
        )
        for k in baru:
            col = copy.deepcopy(lama) if lama is not None else etree.Element(f"{Q}col", width="10")
            col.set("min", str(k))
            col.set("max", str(k))
            if lama is None:
                col.set("customWidth", "1")
            cols.append(col)
    dim = root.find(f"{Q}dimension")
    if dim is not None:
        m = re.fullmatch(r"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?", dim.get("ref", ""))
        if m:
            bawah = m.group(4) or m.group(2)
            dim.set("ref", f"{m.group(1)}{m.group(2)}:{huruf_kolom(baru[-1])}{bawah}")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _isi_sel(xml: bytes, ref: str, teks: str) -> bytes | None:
    """The sheet with the text of one existing cell replaced (its style kept); None when the
    sheet has no such cell."""
    root = etree.fromstring(xml, _PARSER)
    for c in root.iter(f"{Q}c"):
        if c.get("r") == ref:
            for x in list(c):
                c.remove(x)
            c.set("t", "inlineStr")
            t = etree.SubElement(etree.SubElement(c, f"{Q}is"), f"{Q}t")
            t.text = teks
            return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return None


def tambah_periode(sumber: Path, tujuan: Path, periode: str) -> tuple[list[int], bool]:
    """Write `tujuan`: `sumber` with a 'Target <tahun>' column for every year of `periode`
    ("2021-2026") that Tujuan Sasaran lacks, and Profil's Periode Renstra set to it. Returns
    the years added and whether Periode Renstra was written. `sumber` is only read; `tujuan`
    appears whole or not at all."""
    from lakip_xl.buku.baca import baca
    from lakip_xl.buku.baca_xml import baca_grid
    from lakip_xl.buku.berkas import periksa_berkas
    from lakip_xl.buku.tulis import peta_sheet

    tahun = periode_renstra(periode)
    if tahun is None:
        raise LakipError(f"Periode '{periode}' tidak sah; tulis seperti 2021-2026.")
    periksa_berkas(sumber)
    buku = baca(baca_grid(sumber))
    data = buku.tabel[L.TUJUAN_SASARAN.nama]
    if not data.ada or not data.baris_judul or "satuan" not in data.kolom:
        raise LakipError(
            f"Sheet '{L.TUJUAN_SASARAN.nama}' atau baris judulnya (dengan kolom Satuan) tidak "
            "ditemukan; salin sheet itu dari buku kerja kosong `lakip baru`."
        )
    kurang = [t for t in tahun if t not in data.kolom_tahun]
    contoh = data.kolom_tahun[max(data.kolom_tahun)] if data.kolom_tahun else data.kolom["satuan"]
    with zipfile.ZipFile(sumber) as z:
        peta = {L.normal(n): part for n, part in peta_sheet(z).items()}
        isi: dict[str, bytes] = {}
        part_ts = peta[L.normal(L.TUJUAN_SASARAN.nama)]
        if kurang:
            isi[part_ts] = _tambah_kolom(
                z.read(part_ts), data.baris_judul, contoh, [f"Target {t}" for t in kurang]
            )
        sel = buku.profil_sel.get("periode_renstra")
        part_profil = peta.get(L.normal(L.PROFIL.nama))
        profil = None
        if sel and part_profil and buku.profil.get("periode_renstra") != periode:
            profil = _isi_sel(z.read(part_profil), sel, periode)
            if profil is not None:
                isi[part_profil] = profil

        def tulis(f) -> None:
            with zipfile.ZipFile(f, "w") as out:
                for info in z.infolist():
                    if info.filename in isi:
                        zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                        zi.compress_type = zipfile.ZIP_DEFLATED
                        out.writestr(zi, isi[info.filename])
                    else:
                        out.writestr(info, z.read(info))

        tulis_aliran(tujuan, tulis)
    return kurang, profil is not None
