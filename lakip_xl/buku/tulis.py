"""Write computed cells back into an .xlsx/.xlsm by editing only those cells' XML.

Every other part of the file (other sheets, styles, comments, images, charts, buttons,
macros, defined names, validation) is copied byte for byte, which openpyxl's load-and-save
cannot promise. The write is atomic and keeps a backup of the previous version.
"""

from __future__ import annotations

import os
import posixpath
import re
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from lxml import etree

from lakip_xl.buku.baca import huruf_kolom, nomor_kolom
from lakip_xl.errors import LakipError

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
Q = f"{{{NS}}}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

Nilai = Decimal | int | float | str | None
Isian = Mapping[tuple[int, int], Nilai]  # (row, column) -> value

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False
)


def peta_sheet(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> zip part name (e.g. 'xl/worksheets/sheet3.xml')."""
    wb = etree.fromstring(z.read("xl/workbook.xml"), _PARSER)
    rels = etree.fromstring(z.read("xl/_rels/workbook.xml.rels"), _PARSER)
    target = {}
    for r in rels.iter(f"{{{NS_REL}}}Relationship"):
        t = r.get("Target", "")
        part = t.lstrip("/") if t.startswith("/") else posixpath.normpath(posixpath.join("xl", t))
        target[r.get("Id")] = part
    hasil = {}
    for s in wb.iter(f"{Q}sheet"):
        rid = s.get(f"{{{NS_R}}}id")
        if rid in target:
            hasil[s.get("name")] = target[rid]
    return hasil


def _teks_aman(s: str) -> str:
    # characters XML 1.0 cannot hold become spaces instead of breaking the file
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", " ", s)


def _atur_sel(c: etree._Element, v: Nilai) -> bool:
    """Set a cell's value; True when a formula was removed."""
    ada_rumus = c.find(f"{Q}f") is not None
    for tag in ("f", "v", "is"):
        for x in c.findall(f"{Q}{tag}"):
            c.remove(x)
    for a in ("t", "cm", "vm"):
        if a in c.attrib:
            del c.attrib[a]
    if v is None or v == "":
        return ada_rumus
    if isinstance(v, bool):
        v = "Ya" if v else "Tidak"
    if isinstance(v, (int, float, Decimal)):
        teks = format(v, "f") if isinstance(v, Decimal) else repr(v)
        if teks.endswith(".0"):
            teks = teks[:-2]
        etree.SubElement(c, f"{Q}v").text = teks
    else:
        # inline strings are never formulas: "=SUM(...)" typed by a user stays text
        c.set("t", "inlineStr")
        is_ = etree.SubElement(c, f"{Q}is")
        t = etree.SubElement(is_, f"{Q}t")
        t.text = _teks_aman(str(v))
        t.set(XML_SPACE, "preserve")
    return ada_rumus


def _gaya_kolom(root: etree._Element) -> dict[int, str]:
    gaya: dict[int, str] = {}
    cols = root.find(f"{Q}cols")
    if cols is None:
        return gaya
    for col in cols.findall(f"{Q}col"):
        s = col.get("style")
        if s is None:
            continue
        for i in range(int(col.get("min", "0")), min(int(col.get("max", "0")), 16384) + 1):
            gaya[i] = s
    return gaya


def terapkan(xml: bytes, isian: Isian, hapus_dari: int | None = None) -> tuple[bytes, bool]:
    """Apply cell values to one worksheet's XML. Returns the new XML and whether a formula
    was removed. `hapus_dari` first deletes every row from that row number down (for a
    sheet that is rewritten whole, like Ringkasan)."""
    root = etree.fromstring(xml, _PARSER)
    if root.getroottree().docinfo.internalDTD is not None:
        raise LakipError("Lembar kerja memuat deklarasi DTD/entitas XML; berkas ditolak.")
    data = root.find(f"{Q}sheetData")
    if data is None:
        raise LakipError("Lembar kerja tidak punya sheetData; berkas rusak.")
    _lengkapi_ref(data)
    rumus_hilang = False
    if hapus_dari is not None:
        for row in list(data.findall(f"{Q}row")):
            if int(row.get("r", "0")) >= hapus_dari:
                rumus_hilang |= row.find(f".//{Q}f") is not None
                data.remove(row)
    baris = {int(r.get("r")): r for r in data.findall(f"{Q}row")}
    gaya_kolom = _gaya_kolom(root)
    per_baris: dict[int, dict[int, Nilai]] = {}
    for (r, k), v in isian.items():
        per_baris.setdefault(r, {})[k] = v
    gaya_atas: dict[int, str] = {}
    for r in sorted(per_baris):
        row = baris.get(r)
        if row is None:
            if all(v is None for v in per_baris[r].values()):
                continue
            row = etree.Element(f"{Q}row", r=str(r))
            sesudah = [x for n, x in baris.items() if n > r]
            if sesudah:
                sesudah_min = min(sesudah, key=lambda x: int(x.get("r")))
                sesudah_min.addprevious(row)
            else:
                data.append(row)
            baris[r] = row
        if "spans" in row.attrib:
            del row.attrib["spans"]
        sel = {nomor_kolom(c.get("r", "A")): c for c in row.findall(f"{Q}c") if c.get("r")}
        for k in sorted(per_baris[r]):
            v = per_baris[r][k]
            c = sel.get(k)
            if c is None:
                if v is None:
                    continue
                c = etree.Element(f"{Q}c", r=f"{huruf_kolom(k)}{r}")
                s = gaya_atas.get(k) or gaya_kolom.get(k)
                if s is not None:
                    c.set("s", s)
                sesudah = [x for n, x in sel.items() if n > k]
                if sesudah:
                    min(sesudah, key=lambda x: nomor_kolom(x.get("r"))).addprevious(c)
                else:
                    row.append(c)
                sel[k] = c
            rumus_hilang |= _atur_sel(c, v)
            if c.get("s") is not None:
                gaya_atas[k] = c.get("s")
    _perbarui_dimensi(root, data)
    keluar = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return keluar, rumus_hilang


def _lengkapi_ref(data: etree._Element) -> None:
    """Give every row and cell its `r` reference. OOXML lets a writer leave them out (the
    position then follows the previous one); some tools do, and cells are found by it here."""
    if all(
        row.get("r") and all(c.get("r") for c in row.findall(f"{Q}c"))
        for row in data.findall(f"{Q}row")
    ):
        return
    nomor = 0
    for row in data.findall(f"{Q}row"):
        r = row.get("r", "")
        nomor = int(r) if r.isdigit() else nomor + 1
        row.set("r", str(nomor))
        k = 0
        for c in row.findall(f"{Q}c"):
            ref = c.get("r", "")
            if re.fullmatch(r"[A-Z]{1,3}[0-9]+", ref):
                k = nomor_kolom(ref)
            else:
                k += 1
                c.set("r", f"{huruf_kolom(k)}{nomor}")


def _perbarui_dimensi(root: etree._Element, data: etree._Element) -> None:
    dim = root.find(f"{Q}dimension")
    if dim is None:
        return
    maks_r, maks_k, min_r, min_k = 0, 0, 10**7, 10**5
    for row in data.findall(f"{Q}row"):
        r = int(row.get("r"))
        for c in row.findall(f"{Q}c"):
            k = nomor_kolom(c.get("r", "A1"))
            maks_r, maks_k = max(maks_r, r), max(maks_k, k)
            min_r, min_k = min(min_r, r), min(min_k, k)
    if maks_r:
        dim.set("ref", f"{huruf_kolom(min_k)}{min_r}:{huruf_kolom(maks_k)}{maks_r}")


def _buang_calcchain(isi: dict[str, bytes]) -> None:
    """Drop calcChain.xml (Excel rebuilds it) after a formula cell was overwritten."""
    if "xl/calcChain.xml" not in isi:
        return
    del isi["xl/calcChain.xml"]
    ct = etree.fromstring(isi["[Content_Types].xml"], _PARSER)
    for o in list(ct):
        if o.get("PartName") == "/xl/calcChain.xml":
            ct.remove(o)
    isi["[Content_Types].xml"] = etree.tostring(
        ct, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    rels = etree.fromstring(isi["xl/_rels/workbook.xml.rels"], _PARSER)
    for r in list(rels):
        if r.get("Target", "").endswith("calcChain.xml"):
            rels.remove(r)
    isi["xl/_rels/workbook.xml.rels"] = etree.tostring(
        rels, xml_declaration=True, encoding="UTF-8", standalone=True
    )


def berkas_terkunci(path: Path) -> str | None:
    """The program holding `path` open, judged by its lock file, or None. The same detection
    as `laporan` (`buku.kunci`)."""
    from lakip_xl.buku.kunci import pemilik_kunci

    return pemilik_kunci(path)


def nama_cadangan(path: Path) -> Path:
    """The backup kept beside the workbook: BUKU.xlsx -> BUKU.cadangan.xlsx."""
    return path.with_name(f"{path.stem}.cadangan{path.suffix}")


def tulis_sel(
    path: Path,
    per_sheet: Mapping[str, Isian],
    ganti_dari: Mapping[str, int] | None = None,
    *,
    cadangan: bool = True,
) -> Path:
    """Write values into existing sheets of `path`, atomically.

    `per_sheet` maps sheet names to {(row, column): value}; `ganti_dari` names sheets whose
    rows from a given row down are replaced whole. Numbers are written exactly (Decimal as its
    text), text as inline strings (never a formula). Every other zip part is copied as it is.
    The previous file is kept as BUKU.cadangan.xlsx; the original is replaced only by a
    complete, flushed file (os.replace), so a crash leaves it intact.
    """
    ganti_dari = ganti_dari or {}
    kunci = berkas_terkunci(path)
    if kunci:
        raise LakipError(
            f"Berkas '{path.name}' sedang dibuka di {kunci}; simpan dan tutup dulu, lalu ulangi."
        )
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        peta = peta_sheet(z)
        hilang = [s for s in list(per_sheet) + list(ganti_dari) if s not in peta]
        if hilang:
            raise LakipError(f"Sheet '{hilang[0]}' tidak ada di berkas '{path.name}'.")
        isi_baru: dict[str, bytes] = {}
        rumus_hilang = False
        for nama in set(per_sheet) | set(ganti_dari):
            part = peta[nama]
            xml, hilang_rumus = terapkan(
                z.read(part), per_sheet.get(nama, {}), ganti_dari.get(nama)
            )
            isi_baru[part] = xml
            rumus_hilang |= hilang_rumus
        if rumus_hilang:
            for part in ("[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/calcChain.xml"):
                if part in {i.filename for i in infos}:
                    isi_baru.setdefault(part, z.read(part))
            _buang_calcchain(isi_baru)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            with zipfile.ZipFile(tmp, "w") as out:
                for info in infos:
                    if info.filename == "xl/calcChain.xml" and rumus_hilang:
                        continue
                    if info.filename in isi_baru:
                        zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                        zi.compress_type = zipfile.ZIP_DEFLATED
                        zi.external_attr = info.external_attr
                        out.writestr(zi, isi_baru[info.filename])
                    else:
                        with z.open(info) as src, out.open(info, "w") as dst:
                            shutil.copyfileobj(src, dst, 1 << 20)
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    try:
        if cadangan:
            shutil.copy2(path, nama_cadangan(path))
        os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))  # keep the file's permissions
        os.replace(tmp, path)
    except PermissionError:
        Path(tmp).unlink(missing_ok=True)
        raise LakipError(
            f"Berkas '{path.name}' tidak dapat ditulis (mungkin sedang dibuka di Excel atau "
            "folder hanya-baca); tutup berkasnya lalu ulangi."
        ) from None
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise LakipError(f"Berkas '{path.name}' tidak dapat ditulis: {e.strerror}.") from None
    return path
