"""Write computed cells back into an .xlsx/.xlsm by editing only those cells' XML.

Every other part of the file (other sheets, styles, comments, images, charts, buttons,
macros, defined names, validation) is copied byte for byte, which openpyxl's load-and-save
cannot promise. The write is atomic and keeps a backup of the previous version.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import posixpath
import re
import shutil
import stat
import zipfile
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path

from lxml import etree

from lakip_xl.buku.sel import huruf_kolom, nomor_kolom
from lakip_xl.buku.simpan import (  # the primitives every writer shares
    MAKS_NAMA,
    bersihkan_sementara,
    catat_selesai,
    fsync_folder,
    nama_sementara,
    tahan_uji,
)
from lakip_xl.buku.simpan import _bita as _bita
from lakip_xl.buku.simpan import nama_bantu as _nama_bantu
from lakip_xl.errors import LakipError, alasan_os

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
    ditulis = set(isian)
    if hapus_dari is not None:
        for c in data.iter(f"{Q}c"):
            r = _baris_dari(c.get("r", ""))
            if r >= hapus_dari:
                ditulis.add((r, nomor_kolom(c.get("r"))))
    rumus_hilang = lepas_rumus_bersama(data, ditulis)
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


def _baris_dari(ref: str) -> int:
    angka = ref.lstrip("$ABCDEFGHIJKLMNOPQRSTUVWXYZ").lstrip("$")
    return int(angka) if angka.isdigit() else 0


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


# --- formulas shared by several cells ---------------------------------------------------------

_REF = re.compile(
    r'"(?:[^"]|"")*"'  # a string literal
    r"|'(?:[^']|'')*'!"  # a quoted sheet name
    r"|\[[^\]]*\]"  # a structured reference or an external book
    r"|(?<![\w.$])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![\w(!])"  # A1
    r"|(?<![\w.$])(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![\w(!])"  # A:C
    r"|(?<![\w.$:])(\$?)([0-9]+):(\$?)([0-9]+)(?![\w(!.])"  # 1:3
)
_MAKS_BARIS, _MAKS_KOLOM = 1_048_576, 16_384


def geser_rumus(rumus: str, baris: int, kolom: int) -> str:
    """A formula as it reads when copied `baris` rows down and `kolom` columns right: relative
    references move, absolute ($) ones stay (what Excel does on fill and for a shared formula's
    dependent cells). A reference moved off the sheet becomes #REF!."""

    def kol(dolar: str, huruf: str) -> str | None:
        if dolar:
            return dolar + huruf
        k = nomor_kolom(huruf) + kolom
        return huruf_kolom(k) if 1 <= k <= _MAKS_KOLOM else None

    def bar(dolar: str, angka: str) -> str | None:
        if dolar:
            return dolar + angka
        r = int(angka) + baris
        return str(r) if 1 <= r <= _MAKS_BARIS else None

    def ganti(m: re.Match[str]) -> str:
        g = m.groups()
        if g[1] is not None:
            bagian = [kol(g[0], g[1]), bar(g[2], g[3])]
        elif g[5] is not None:
            bagian = [kol(g[4], g[5]), ":", kol(g[6], g[7])]
        elif g[9] is not None:
            bagian = [bar(g[8], g[9]), ":", bar(g[10], g[11])]
        else:
            return m.group(0)
        return "#REF!" if None in bagian else "".join(bagian)  # type: ignore[arg-type]

    return _REF.sub(ganti, rumus)


def _dalam(ref: str, r: int, k: int) -> bool:
    a, _, b = ref.partition(":")
    b = b or a
    try:
        r1, k1 = _baris_kolom(a)
        r2, k2 = _baris_kolom(b)
    except ValueError:
        return False
    return r1 <= r <= r2 and k1 <= k <= k2


def _baris_kolom(a1: str) -> tuple[int, int]:
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?([0-9]+)", a1)
    if not m:
        raise ValueError(a1)
    return int(m.group(2)), nomor_kolom(m.group(1))


def lepas_rumus_bersama(data: etree._Element, ditulis: set[tuple[int, int]]) -> bool:
    """Keep formula groups consistent before the cells in `ditulis` are overwritten.

    A shared formula (Excel's fill-down) lives in its master cell; the other cells of the
    group hold only its index (`si`). When the master is overwritten, each dependent that is
    kept gets its own plain formula (the master's, moved to its place). An array formula or a
    data table of which any cell is overwritten cannot stay an array: its formula is removed
    and the cells keep their last values. True when a formula was removed or changed."""
    master: dict[str, tuple[int, int, str]] = {}
    anggota: dict[str, list[tuple[etree._Element, etree._Element]]] = {}
    berubah = False
    for c in data.iter(f"{Q}c"):
        f = c.find(f"{Q}f")
        if f is None:
            continue
        t = f.get("t")
        try:
            r, k = _baris_kolom(c.get("r", ""))
        except ValueError:
            continue
        if t == "shared" and f.get("si") is not None:
            if f.get("ref") and (f.text or "").strip():
                if (r, k) in ditulis:
                    master[f.get("si")] = (r, k, f.text)
            elif (r, k) not in ditulis:
                anggota.setdefault(f.get("si"), []).append((c, f))
        elif (
            t in ("array", "dataTable")
            and f.get("ref")
            and (r, k) not in ditulis
            and any(_dalam(f.get("ref"), rr, kk) for rr, kk in ditulis)
        ):
            c.remove(f)
            berubah = True
    for si, (r0, k0, rumus) in master.items():
        for c, f in anggota.get(si, []):
            r, k = _baris_kolom(c.get("r"))
            for a in ("t", "si", "ref"):
                f.attrib.pop(a, None)
            f.text = geser_rumus(rumus, r - r0, k - k0)
            berubah = True
    return berubah


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
    """The program holding `path` open, judged by its lock file, or None. (A lock name too
    long for the file system cannot exist.) The same detection as `laporan` (`buku.kunci`)."""
    from lakip_xl.buku.kunci import pemilik_kunci

    return pemilik_kunci(path)


# --- names beside the workbook ---------------------------------------------------------------

TANDA_LAKIP = b"lakip_xl hitung"
"""Zip comment of a workbook written by `hitung` (Excel and LibreOffice drop it on saving):
such a file is not a version the user saved, so it does not replace the backup."""


def nama_cadangan(path: Path) -> Path:
    """The backup kept beside the workbook: BUKU.xlsx -> BUKU.cadangan.xlsx."""
    return path.with_name(f"{path.stem}.cadangan{path.suffix}")


def adalah_cadangan(path: Path) -> bool:
    """True for a backup made by `hitung` (BUKU.cadangan.xlsx)."""
    return path.stem.lower().endswith(".cadangan")


def pesan_os(e: OSError, path: Path, tindakan: str) -> LakipError:
    """One Indonesian sentence for a failed file operation: what happened and what to do."""
    nama = f"'{path.name}'"
    no = e.errno
    if no in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return LakipError(
            f"Disk penuh saat {tindakan} {nama}: kosongkan ruang atau simpan di folder lain, "
            "lalu ulangi. Buku kerja tidak diubah."
        )
    if no == errno.EROFS:
        return LakipError(
            f"Folder {path.parent} hanya-baca (mis. flashdisk yang dikunci atau CD) sehingga "
            f"{nama} tidak dapat ditulis; salin buku kerja ke folder lain lalu ulangi."
        )
    if no in (errno.EACCES, errno.EPERM):
        return LakipError(
            f"Tidak ada izin untuk {tindakan} {nama} di folder {path.parent}; salin buku kerja "
            "ke folder Anda sendiri (mis. Dokumen) lalu ulangi."
        )
    if no == errno.ENAMETOOLONG:
        return LakipError(
            f"Nama berkas {nama} terlalu panjang untuk berkas bantu di sampingnya; pendekkan "
            "namanya (mis. di bawah 200 huruf) lalu ulangi."
        )
    if no == errno.EFBIG:
        return LakipError(
            f"Berkas {nama} terlalu besar untuk disk ini (mis. flashdisk FAT32, batas 4 GB); "
            "simpan di folder lain lalu ulangi."
        )
    if no == errno.EISDIR:
        return LakipError(f"{nama} adalah folder, bukan berkas; pilih nama berkas lain.")
    return LakipError(
        f"Gagal {tindakan} {nama}: berkas {alasan_os(e)}. Buku kerja tidak diubah; periksa disk "
        "dan foldernya lalu ulangi."
    )


# --- the lock -------------------------------------------------------------------------------


def _kunci_fd(fd: int) -> bool:
    """Try an exclusive, non-blocking lock on an open file: True when taken."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as e:
        if e.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            return True  # a file system without locks (some network shares): go on
        raise
    return True


def target_tulis(path: Path) -> Path:
    """The file a write to `path` must replace: a symbolic link is followed to its target
    (the link stays, the shared original is updated)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


@contextlib.contextmanager
def kunci_buku(path: Path) -> Iterator[Path]:
    """Hold `path` for a whole `hitung`: refuse a backup file, a read-only file or folder and
    a workbook another lakip is computing; clean the temp files of killed runs. Yields the
    file to write (a symbolic link resolved to its target)."""
    if adalah_cadangan(path):
        salinan = path.with_name(f"{path.stem[: -len('.cadangan')]}-pulih{path.suffix}")
        raise LakipError(
            f"Berkas '{path.name}' adalah cadangan buatan lakip; hitung tidak dijalankan pada "
            f"cadangan agar cadangannya tetap utuh. Salin dulu ke nama baru (mis. "
            f"'{salinan.name}') lalu hitung salinan itu."
        )
    target = target_tulis(path)
    if not target.is_file():
        return_ = LakipError(f"Berkas '{path}' tidak ditemukan; periksa nama dan foldernya.")
        if target.is_dir():
            return_ = LakipError(f"'{path}' adalah folder, bukan berkas buku kerja.")
        raise return_
    for p in {path, target}:  # open in Excel or LibreOffice: refused before any work
        if program := berkas_terkunci(p):
            raise LakipError(
                f"Berkas '{p.name}' sedang dibuka di {program}; simpan dan tutup dulu, lalu ulangi."
            )
    _periksa_dapat_ditulis(target)
    kunci = _nama_bantu(target, "kunci")
    while True:
        try:
            fd = os.open(kunci, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise pesan_os(e, target, "mengunci") from None
        if not _kunci_fd(fd):
            os.close(fd)
            raise LakipError(
                f"Berkas '{path.name}' sedang dihitung oleh lakip lain (mis. tombol Hitung "
                "Ulang diklik dua kali); tunggu sampai selesai lalu ulangi."
            )
        try:
            sama = os.path.samestat(os.fstat(fd), os.stat(kunci))
        except OSError:
            sama = False
        if sama:
            break
        os.close(fd)  # the holder before us removed it as we opened it: take the new one
    try:
        bersihkan_sementara(target)
        yield target
    finally:
        with contextlib.suppress(OSError):
            os.unlink(kunci)
        os.close(fd)


def _periksa_dapat_ditulis(target: Path) -> None:
    """Refuse, before any work, a workbook marked read-only or in a read-only folder (also for
    an administrator, whom the system would let through)."""
    if not target.stat().st_mode & 0o222:
        raise LakipError(
            f"Berkas '{target.name}' bersifat hanya-baca (read-only); hitung tidak menimpanya. "
            "Hilangkan centang Read-only di Properties berkas itu (atau salin ke nama baru) lalu "
            "ulangi."
        )
    folder = target.parent
    if not folder.stat().st_mode & 0o222 or not os.access(folder, os.W_OK):
        raise LakipError(
            f"Folder {folder} hanya-baca sehingga '{target.name}' tidak dapat ditulis; salin buku "
            "kerja ke folder lain lalu ulangi."
        )


# --- writing ----------------------------------------------------------------------------------


@dataclasses.dataclass
class HasilTulis:
    """What `tulis_sel` did: whether the file changed, and where the previous version is."""

    path: Path
    berubah: bool
    cadangan: Path | None = None

    def __fspath__(self) -> str:
        return os.fspath(self.path)

    @property
    def pesan(self) -> str:
        """One Indonesian sentence for the user."""
        if not self.berubah:
            tetap = f" Cadangan tetap: {self.cadangan}" if self.cadangan is not None else ""
            return (
                f"Tidak ada sel hitungan yang berubah; '{self.path.name}' tidak ditulis ulang."
                + tetap
            )
        if self.cadangan is not None:
            return (
                f"Cadangan (versi terakhir yang Anda simpan sebelum dihitung): {self.cadangan}"
            )
        return f"'{self.path.name}' diperbarui (tanpa cadangan)."


def _kanonik(xml: bytes) -> bytes:
    root = etree.fromstring(xml, _PARSER)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _nilai_lama(xml: bytes, sel: set[tuple[int, int]]) -> dict[tuple[int, int], Nilai]:
    """The values `hitung` wrote earlier in these cells (numbers and inline text), as
    `terapkan` takes them; a cell holding anything else is left out."""
    root = etree.fromstring(xml, _PARSER)
    hasil: dict[tuple[int, int], Nilai] = {}
    for r, k in sel:
        c = root.find(f"{Q}sheetData/{Q}row[@r='{r}']/{Q}c[@r='{huruf_kolom(k)}{r}']")
        if c is None:
            hasil[(r, k)] = None
        elif c.get("t") == "inlineStr":
            hasil[(r, k)] = "".join(c.find(f"{Q}is").itertext())
        elif c.get("t") is None and c.findtext(f"{Q}v") is not None:
            hasil[(r, k)] = Decimal(c.findtext(f"{Q}v"))
    return hasil


def _isi_baru(
    z: zipfile.ZipFile,
    nama_berkas: str,
    per_sheet: Mapping[str, Isian],
    ganti_dari: Mapping,
    abaikan: Mapping[str, set[tuple[int, int]]],
) -> tuple[dict[str, bytes], bool, bool]:
    """The changed parts: (part -> new bytes, a formula was removed, anything changed).
    A change only in the cells of `abaikan` (the time of computing) is no change."""
    peta = peta_sheet(z)
    hilang = [s for s in list(per_sheet) + list(ganti_dari) if s not in peta]
    if hilang:
        raise LakipError(f"Sheet '{hilang[0]}' tidak ada di berkas '{nama_berkas}'.")
    isi_baru: dict[str, bytes] = {}
    rumus_hilang = berubah = False
    for nama in set(per_sheet) | set(ganti_dari):
        part = peta[nama]
        asli = z.read(part)
        xml, hilang_rumus = terapkan(asli, per_sheet.get(nama, {}), ganti_dari.get(nama))
        if xml != asli and xml != _kanonik(asli):
            isi_baru[part] = xml
            lama = _nilai_lama(asli, abaikan.get(nama, set()))
            isian_lama = {**per_sheet.get(nama, {}), **lama}
            tetap = lama and terapkan(asli, isian_lama, ganti_dari.get(nama))[0] == _kanonik(asli)
            berubah |= not tetap
        rumus_hilang |= hilang_rumus
    if rumus_hilang:
        berubah = True
        daftar = set(z.namelist())
        for part in ("[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/calcChain.xml"):
            if part in daftar:
                isi_baru.setdefault(part, z.read(part))
        _buang_calcchain(isi_baru)
    return isi_baru, rumus_hilang, berubah


def _tulis_zip(z: zipfile.ZipFile, tmp: Path, isi_baru: dict[str, bytes], buang: bool, tanda: bool):
    """Write the new package to `tmp` (created exclusively) and flush it to the disk."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as f:
        tahan_uji(tmp)
        with zipfile.ZipFile(f, "w") as out:
            for info in z.infolist():
                if info.filename == "xl/calcChain.xml" and buang:
                    continue
                if info.filename in isi_baru:
                    zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    zi.external_attr = info.external_attr
                    out.writestr(zi, isi_baru[info.filename])
                else:
                    with z.open(info) as src, out.open(info, "w") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
            out.comment = TANDA_LAKIP if tanda else b""
        f.flush()
        os.fsync(f.fileno())


def _buatan_hitung(target: Path) -> bool:
    """True when `target` is exactly what `hitung` last wrote (not saved by the user since)."""
    with contextlib.suppress(OSError, zipfile.BadZipFile), zipfile.ZipFile(target) as z:
        return z.comment == TANDA_LAKIP
    return False


def _pasang(target: Path, tmp: Path, cadangan: Path | None) -> None:
    """Put the finished temp file in place, the previous version becoming the backup. At every
    moment a complete workbook and a complete backup exist: the backup is replaced by renaming
    a hard link of the workbook over it (where links are not supported, as on FAT flash disks,
    the workbook itself is renamed to the backup), then the temp file is renamed over the
    workbook."""
    os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))  # keep the file's permissions
    if cadangan is not None:
        tautan = _nama_bantu(target, "cadangan", os.getpid())
        try:
            os.link(target, tautan)
        except OSError:
            os.replace(target, cadangan)
        else:
            try:
                os.replace(tautan, cadangan)
            except BaseException:
                tautan.unlink(missing_ok=True)
                raise
    os.replace(tmp, target)
    fsync_folder(target.parent)


def tulis_sel(
    path: Path,
    per_sheet: Mapping[str, Isian],
    ganti_dari: Mapping[str, int] | None = None,
    *,
    cadangan: bool = True,
    abaikan: Mapping[str, set[tuple[int, int]]] | None = None,
) -> HasilTulis:
    """Write values into existing sheets of `path`, atomically.

    `per_sheet` maps sheet names to {(row, column): value}; `ganti_dari` names sheets whose
    rows from a given row down are replaced whole. Numbers are written exactly (Decimal as its
    text), text as inline strings (never a formula). Every other zip part is copied as it is.
    Nothing is written when no cell changes (a change in the cells of `abaikan`, such as the
    time of computing, does not count). Otherwise the new file is written to a temp file
    beside the workbook (a symbolic link is followed: the link stays) and flushed; the
    previous version becomes BUKU.cadangan.xlsx (unless it was itself written by `hitung`, or
    `cadangan` is False); then the temp file replaces the workbook (os.replace), so a crash or
    a full disk leaves the workbook and its backup intact.
    """
    ganti_dari = ganti_dari or {}
    target = target_tulis(path)
    for p in {path, target}:
        kunci = berkas_terkunci(p)
        if kunci:
            raise LakipError(
                f"Berkas '{p.name}' sedang dibuka di {kunci}; simpan dan tutup dulu, lalu ulangi."
            )
    _periksa_dapat_ditulis(target)
    nama_c = nama_cadangan(target) if cadangan else None
    if nama_c is not None:
        if _bita(nama_c.name) > MAKS_NAMA:
            raise LakipError(
                f"Nama berkas '{path.name}' terlalu panjang: nama cadangannya ('{nama_c.name}') "
                f"melebihi {MAKS_NAMA} byte. Pendekkan namanya lalu ulangi (atau hitung dengan "
                "--tanpa-cadangan)."
            )
        if (nama_c.exists() and not nama_c.is_file()) or nama_c.is_symlink():
            raise LakipError(
                f"Nama cadangan '{nama_c.name}' sudah dipakai oleh folder atau tautan; ganti "
                "nama atau pindahkan dulu, lalu ulangi."
            )
    tmp = nama_sementara(target)
    try:
        with zipfile.ZipFile(target) as z:
            isi_baru, rumus_hilang, berubah = _isi_baru(
                z, path.name, per_sheet, ganti_dari, abaikan or {}
            )
            if not berubah:
                ada = nama_c if nama_c is not None and nama_c.is_file() else None
                return HasilTulis(path, False, ada)
            _tulis_zip(z, tmp, isi_baru, rumus_hilang, tanda=cadangan)
        simpan = nama_c
        if simpan is not None and _buatan_hitung(target) and simpan.is_file():
            simpan = None  # the current file is hitung's own output: keep the user's backup
        _pasang(target, tmp, simpan)
        catat_selesai(path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise pesan_os(e, path, "menulis") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return HasilTulis(path, True, nama_c)
