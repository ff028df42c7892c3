"""Open a Word package for reading (zipfile, lxml): the zip checks templates get, the true reason
for a file that is not one (password, .doc, damaged), Strict OOXML mapped onto the transitional
names, and the list numbering and styles a paragraph's displayed text depends on."""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from lakip_xl.buku import berkas
from lakip_xl.errors import LakipError, dari_oserror
from lakip_xl.reviu.tabel_cepat import Ditulis, TabelCepat, pisahkan

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_STRICT = {  # Strict OOXML (ISO 29500 Strict) namespaces and their transitional twins
    b"http://purl.oclc.org/ooxml/wordprocessingml/main": W_NS.encode(),
    b"http://purl.oclc.org/ooxml/officeDocument/relationships":
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    b"http://purl.oclc.org/ooxml/drawingml/main":
        b"http://schemas.openxmlformats.org/drawingml/2006/main",
    b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing":
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True,
                          remove_blank_text=False)
SIMPAN = "buka di Word lalu Simpan Sebagai 'Word Document (.docx)', atau reviu PDF-nya"


@dataclass
class Paket:
    """The parts of a Word document the reviu reads, already parsed."""

    dokumen: etree._Element  # w:document
    strict: bool = False
    makro: bool = False  # a .docm (macros are never run, only the text is read)
    gaya: dict[str, Gaya] = field(default_factory=dict)
    penomoran: Penomoran | None = None
    cepat: list[TabelCepat] = field(default_factory=list)  # lakip's own tables, by pattern


@dataclass
class Gaya:
    """A paragraph style: its name, the style it is based on, its list numbering, heading level."""

    nama: str
    dasar: str | None
    num: tuple[str, int] | None  # (numId, ilvl)
    tingkat: int | None  # outline level, 0 = Heading 1


def _tolak_bukan_zip(path: Path, awal: bytes) -> LakipError:
    nama = path.name
    if awal.startswith(berkas.OLE_AWAL):
        jenis = berkas.jenis_ole(path)
        if jenis == "sandi":
            return LakipError(
                f"Berkas '{nama}' dilindungi kata sandi (terenkripsi), sehingga isinya tidak "
                "dapat dibaca. Buka di Word dengan kata sandinya, hapus kata sandi (File > Info > "
                "Protect Document > Encrypt with Password, kosongkan isiannya) lalu simpan, atau "
                "reviu PDF-nya."
            )
        if jenis == "xls":
            return LakipError(f"Berkas '{nama}' adalah buku kerja Excel lama (.xls), bukan "
                              "laporan .docx atau .pdf.")
        return LakipError(f"Berkas '{nama}' berformat Word lama (.doc); simpan ulang sebagai "
                          ".docx (Word: Simpan Sebagai > Dokumen Word) lalu ulangi.")
    return LakipError(f"Berkas '{nama}' bukan dokumen Word (.docx) maupun PDF; {SIMPAN}.")


def _rusak(path: Path) -> LakipError:
    return LakipError(
        f"Berkas '{path.name}' tidak dapat dibaca sebagai dokumen Word (.docx): berkas rusak "
        "atau bukan .docx. Buka di Word lalu Simpan Sebagai 'Word Document (.docx)', atau "
        "reviu PDF-nya.")


def _xml(z: zipfile.ZipFile, nama: str, strict: bool, cepat: list | None = None,
         ditulis: Ditulis | None = None) -> etree._Element | None:
    """A part parsed; with `cepat`, lakip's own tables are read by pattern into it first
    (reviu/tabel_cepat.py, those of `ditulis` taken as written) and stand as placeholders
    in the tree."""
    try:
        data = z.read(nama)
    except KeyError:
        return None
    if berkas.ada_dtd(data[:1 << 16]):
        raise LakipError(f"Berkas '{Path(z.filename or '').name}' ditolak: bagian {nama} memuat "
                         "deklarasi DTD/entitas XML, yang tidak pernah ditulis Word maupun "
                         "LibreOffice (tanda berkas dimanipulasi).")
    if strict:
        for lama, baru in _STRICT.items():
            data = data.replace(lama, baru)
    elif cepat is not None:
        data, tabel = pisahkan(data, ditulis)
        cepat += tabel
    return etree.fromstring(data, _PARSER)


def _bagian_utama(z: zipfile.ZipFile) -> str | None:
    """The main document part named by _rels/.rels (word/document.xml in every writer seen)."""
    try:
        rels = etree.fromstring(z.read("_rels/.rels"), _PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return "word/document.xml" if "word/document.xml" in z.namelist() else None
    for r in rels.iter(f"{_REL_NS}Relationship"):
        if r.get("Type", "").endswith("/officeDocument"):
            return r.get("Target", "").lstrip("/")
    return None


def _rel_bagian(z: zipfile.ZipFile, utama: str, akhir: str) -> str | None:
    """The part a relationship of type .../`akhir` of the main part points to."""
    folder, nama = posixpath.split(utama)
    try:
        rels = etree.fromstring(z.read(posixpath.join(folder, "_rels", nama + ".rels")), _PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return None
    for r in rels.iter(f"{_REL_NS}Relationship"):
        if r.get("Type", "").endswith("/" + akhir):
            return posixpath.normpath(posixpath.join(folder, r.get("Target", "")))
    return None


def buka(path: Path, cepat: bool = False, ditulis: Ditulis | None = None) -> Paket:
    """The parsed document of a .docx/.docm (Strict too); one sentence for anything else.
    `cepat`: lakip's own tables are read by pattern (Paket.cepat), the rest by lxml;
    `ditulis`: tables the report's writer has just made, taken as it says (`pisahkan`)."""
    try:
        with path.open("rb") as f:
            awal = f.read(8)
    except OSError as e:
        raise dari_oserror(e) from None
    if not awal.startswith(b"PK"):
        raise _tolak_bukan_zip(path, awal)
    try:
        with zipfile.ZipFile(path) as z:
            return _baca_zip(path, z, cepat, ditulis)
    except LakipError:
        raise
    except OSError as e:
        raise dari_oserror(e) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, RuntimeError,
            NotImplementedError, etree.XMLSyntaxError) as e:
        raise _rusak(path) from e


def _baca_zip(path: Path, z: zipfile.ZipFile, cepat: bool, ditulis: Ditulis | None) -> Paket:
    infos = z.infolist()
    nama = path.name
    if len(infos) > berkas.MAKS_BAGIAN:
        raise LakipError(f"Berkas '{nama}' berisi {len(infos)} bagian, jauh lebih banyak dari "
                         "dokumen Word biasa; berkas ini tidak dibuka.")
    berkas.periksa_ukuran(infos, f"Berkas '{nama}'",
                          f"(bom zip) tidak dibuka; {SIMPAN}.", "kecilkan gambar di dalamnya.")
    utama = _bagian_utama(z)
    if utama is None or utama not in z.namelist():
        if "content.xml" in z.namelist():
            raise LakipError(f"Berkas '{nama}' berformat LibreOffice (.odt); di LibreOffice pilih "
                             "Simpan Sebagai 'Word 2007-365 (.docx)' lalu ulangi.")
        if "xl/workbook.xml" in z.namelist():
            raise LakipError(f"Berkas '{nama}' adalah buku kerja Excel, bukan laporan .docx atau "
                             ".pdf.")
        raise LakipError(f"Berkas '{nama}' bukan dokumen Word (.docx); {SIMPAN}.")
    if "[Content_Types].xml" not in z.namelist():  # Word opens no package without it
        raise _rusak(path)
    with z.open(utama) as f:
        kepala = f.read(4096)
    strict = b"purl.oclc.org/ooxml/wordprocessingml" in kepala
    tabel: list[TabelCepat] = []
    dokumen = _xml(z, utama, strict, tabel if cepat else None, ditulis)
    if dokumen is None or dokumen.tag != f"{W}document":
        raise LakipError(f"Berkas '{nama}' bukan dokumen Word (.docx); {SIMPAN}.")
    jenis = z.read("[Content_Types].xml")
    paket = Paket(dokumen, strict, b"macroEnabled" in jenis, cepat=tabel)
    gaya = _rel_bagian(z, utama, "styles")
    if gaya and gaya in z.namelist():
        paket.gaya = _gaya(_xml(z, gaya, strict))
    nomor = _rel_bagian(z, utama, "numbering")
    if nomor and nomor in z.namelist():
        paket.penomoran = Penomoran(_xml(z, nomor, strict), paket.gaya)
    return paket


def _num_pr(ppr) -> tuple[str, int] | None:
    if ppr is None:
        return None
    n = ppr.find(f"{W}numPr")
    if n is None:
        return None
    num = n.find(f"{W}numId")
    lvl = n.find(f"{W}ilvl")
    num_id = num.get(f"{W}val") if num is not None else None
    tingkat = int(lvl.get(f"{W}val", "0")) if lvl is not None else 0
    return (num_id, tingkat) if num_id is not None else None


def _gaya(root) -> dict[str, Gaya]:
    hasil: dict[str, Gaya] = {}
    if root is None:
        return hasil
    for s in root.iter(f"{W}style"):
        if s.get(f"{W}type") not in (None, "paragraph"):
            continue
        sid = s.get(f"{W}styleId", "")
        nama = s.find(f"{W}name")
        dasar = s.find(f"{W}basedOn")
        ppr = s.find(f"{W}pPr")
        ol = ppr.find(f"{W}outlineLvl") if ppr is not None else None
        teks = (nama.get(f"{W}val", "") if nama is not None else sid).casefold()
        tingkat = int(ol.get(f"{W}val", "9")) if ol is not None else None
        m = re.fullmatch(r"(?:heading|judul)\s*(\d)", teks)
        if tingkat is None and m:
            tingkat = int(m.group(1)) - 1
        hasil[sid] = Gaya(teks, dasar.get(f"{W}val") if dasar is not None else None,
                          _num_pr(ppr), tingkat)
    return hasil


def gaya_dari(gaya: dict[str, Gaya], sid: str | None, ambil) -> object:
    """The first value `ambil(style)` gives along the basedOn chain of style `sid`."""
    lihat: set[str] = set()
    while sid and sid in gaya and sid not in lihat:
        lihat.add(sid)
        nilai = ambil(gaya[sid])
        if nilai is not None:
            return nilai
        sid = gaya[sid].dasar
    return None


_ROMAWI = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _romawi(n: int) -> str:
    hasil = ""
    for nilai, huruf in _ROMAWI:
        while n >= nilai:
            hasil, n = hasil + huruf, n - nilai
    return hasil


def _huruf(n: int) -> str:
    """A, B, ..., Z, AA, BB (Word repeats the letter past Z)."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_nomor(n: int, fmt: str) -> str:
    """A list counter as Word displays it in format `fmt` (w:numFmt)."""
    if fmt == "upperRoman":
        return _romawi(n)
    if fmt == "lowerRoman":
        return _romawi(n).lower()
    if fmt == "upperLetter":
        return _huruf(n)
    if fmt == "lowerLetter":
        return _huruf(n).lower()
    if fmt in ("none", "bullet"):
        return ""
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


@dataclass
class _Level:
    mulai: int
    fmt: str
    teks: str
    suff: str
    restart: int | None


class Penomoran:
    """Word's list numbering (numbering.xml): the label each numbered paragraph displays, counted
    in document order ("BAB %1" with upperRoman -> "BAB I")."""

    def __init__(self, root, gaya: dict[str, Gaya]) -> None:
        self.gaya = gaya
        abstrak: dict[str, dict[int, _Level]] = {}
        for a in root.iter(f"{W}abstractNum"):
            abstrak[a.get(f"{W}abstractNumId", "")] = {
                int(lv.get(f"{W}ilvl", "0")): self._level(lv) for lv in a.iter(f"{W}lvl")}
        self.num: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        for n in root.iter(f"{W}num"):
            aid = n.find(f"{W}abstractNumId")
            a = aid.get(f"{W}val", "") if aid is not None else ""
            level = dict(abstrak.get(a, {}))
            mulai: dict[int, int] = {}
            for o in n.iter(f"{W}lvlOverride"):
                i = int(o.get(f"{W}ilvl", "0"))
                lv = o.find(f"{W}lvl")
                if lv is not None:
                    level[i] = self._level(lv)
                s = o.find(f"{W}startOverride")
                if s is not None:
                    mulai[i] = int(s.get(f"{W}val", "1"))
            self.num[n.get(f"{W}numId", "")] = (a, level, mulai)
        self.hitung: dict[str, dict[int, int]] = {}
        self.ditimpa: set[str] = set()

    @staticmethod
    def _level(lv) -> _Level:
        def val(tag: str, bawaan: str) -> str:
            e = lv.find(f"{W}{tag}")
            return e.get(f"{W}val", bawaan) if e is not None else bawaan

        restart = lv.find(f"{W}lvlRestart")
        return _Level(int(val("start", "1")), val("numFmt", "decimal"), val("lvlText", ""),
                      val("suff", "tab"), int(restart.get(f"{W}val")) if restart is not None
                      else None)

    def label(self, ppr, sid: str | None) -> str:
        """The label a paragraph displays before its text ("BAB I "), "" when not numbered.
        Call once per paragraph, in document order: the counters move on."""
        num = _num_pr(ppr) or gaya_dari(self.gaya, sid, lambda g: g.num)
        if not num or num[0] in ("0", None) or num[0] not in self.num:
            return ""
        num_id, ilvl = num  # type: ignore[misc]
        if ppr is not None and ppr.find(f"{W}numPr") is not None and \
                ppr.find(f"{W}numPr/{W}ilvl") is None:
            gaya_num = gaya_dari(self.gaya, sid, lambda g: g.num)
            ilvl = gaya_num[1] if gaya_num and gaya_num[0] == num_id else 0  # type: ignore[index]
        abstrak, level, mulai = self.num[num_id]
        lv = level.get(ilvl)
        if lv is None:
            return ""
        hitung = self.hitung.setdefault(abstrak, {})
        if num_id not in self.ditimpa and mulai:  # a startOverride restarts the list once
            self.ditimpa.add(num_id)
            for i in mulai:
                hitung.pop(i, None)
        awal = mulai.get(ilvl, lv.mulai)
        hitung[ilvl] = hitung[ilvl] + 1 if ilvl in hitung else awal
        for i in [i for i in hitung if i > ilvl]:
            batas = level[i].restart if i in level else None
            if batas is None or (batas != 0 and batas > ilvl):
                del hitung[i]

        def ganti(m: re.Match) -> str:
            i = int(m.group(1)) - 1
            lvi = level.get(i)
            n = hitung.get(i, lvi.mulai if lvi else 1)
            return format_nomor(n, lvi.fmt if lvi else "decimal")

        if lv.fmt == "bullet":
            return "• "
        teks = re.sub(r"%(\d)", ganti, lv.teks)
        return f"{teks} " if teks and lv.suff != "nothing" else teks
