"""Validates every XML part of an Office file against the vendored ECMA-376 schemas and limits.

The schemas in tests/xsd/ are the ECMA-376 Transitional ones (see tests/xsd/LISENSI.md). lxml's
XMLSchema cannot load them as they are: many `xsd:import`s name only a namespace, so they are
stitched together once per process: every import gets the local file of its namespace as
schemaLocation, and one wrapper schema imports them all.

Markup Compatibility (ECMA-376 part 3) is processed the way Office does before validating:
elements and attributes of a namespace listed in `mc:Ignorable` that the schemas do not know
are dropped (with their content, unless `mc:ProcessContent` names them), `mc:AlternateContent`
is replaced by its first `mc:Choice` whose `Requires` prefixes are all known, else by its
`mc:Fallback`; the `mc:` attributes themselves are then removed. An element of an unknown
namespace that is not declared ignorable stays and fails validation, as it would in Word.

Parts that are not XML (pictures, vbaProject.bin) are skipped. A VML drawing part (`.vml`:
Excel's comment boxes and form buttons) has, as Office writes it, an unqualified `<xml>` root
that no schema declares (Part 4 §19.1 defines only its content): each of its child elements
(v:shape, v:shapetype, o:shapelayout) is validated as a root of its own.
"""

from __future__ import annotations

import copy
import functools
import io
import re
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

XSD = Path(__file__).resolve().parent / "xsd"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XS = "http://www.w3.org/2001/XMLSchema"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"

# Excel's specifications and limits (support.microsoft.com, "Excel specifications and limits";
# data validation text: Excel's Data Validation dialog accepts 255 characters, titles 32).
BATAS_NAMA_SHEET = 31
BATAS_TEKS_VALIDASI = 255
BATAS_JUDUL_VALIDASI = 32
BATAS_RUMUS = 8192
BATAS_ISI_SEL = 32767
BATAS_BARIS = 1_048_576
BATAS_KOLOM = 16_384

_LEWATI = (".bin", ".png", ".jpeg", ".jpg", ".gif", ".emf", ".wmf", ".tif", ".tiff")


def _namespace_berkas() -> dict[str, Path]:
    hasil: dict[str, Path] = {}
    for f in sorted(XSD.glob("*.xsd")):
        ns = etree.parse(str(f)).getroot().get("targetNamespace")
        hasil.setdefault(ns, f)
    return hasil


@functools.lru_cache(maxsize=1)
def skema() -> etree.XMLSchema:
    """One XMLSchema holding every vendored namespace, imports resolved to local files."""
    peta = _namespace_berkas()
    folder = Path(tempfile.mkdtemp(prefix="lakip-xsd-"))
    for f in peta.values():
        pohon = etree.parse(str(f), etree.XMLParser(load_dtd=False, no_network=True))
        for imp in pohon.getroot().iter(f"{{{XS}}}import"):
            lokal = peta.get(imp.get("namespace"))
            if lokal is None:
                raise AssertionError(f"{f.name}: tidak ada skema untuk {imp.get('namespace')}")
            imp.set("schemaLocation", lokal.name)
        (folder / f.name).write_bytes(etree.tostring(pohon, xml_declaration=True, encoding="UTF-8"))
    impor = "".join(
        f'<xs:import namespace="{ns}" schemaLocation="{f.name}"/>' for ns, f in peta.items()
    )
    pembungkus = folder / "_semua.xsd"
    pembungkus.write_text(
        f'<xs:schema xmlns:xs="{XS}" targetNamespace="urn:lakip:semua">{impor}</xs:schema>',
        encoding="utf-8",
    )
    return etree.XMLSchema(etree.parse(str(pembungkus)))


@functools.lru_cache(maxsize=1)
def namespace_dikenal() -> frozenset[str]:
    return frozenset(_namespace_berkas()) | {MC, "http://www.w3.org/XML/1998/namespace"}


def _prefiks(el: etree._Element, daftar: str | None) -> set[str]:
    """Namespaces named by a space-separated prefix list (mc:Ignorable etc.) in el's scope."""
    return {el.nsmap[p] for p in (daftar or "").split() if p in el.nsmap}


def proses_mc(akar: etree._Element) -> etree._Element:
    """The element tree as an Office reader sees it after Markup Compatibility processing."""
    dikenal = namespace_dikenal()

    def proses(el: etree._Element, abaikan: frozenset[str], isi: frozenset[str]) -> None:
        abaikan = abaikan | (_prefiks(el, el.get(f"{{{MC}}}Ignorable")) - dikenal)
        isi = isi | _prefiks(el, el.get(f"{{{MC}}}ProcessContent"))
        for nama in list(el.attrib):
            ns = etree.QName(nama).namespace
            if ns == MC or (ns in abaikan):
                del el.attrib[nama]
        for anak in list(el):
            if not isinstance(anak.tag, str):
                continue
            q = etree.QName(anak)
            if q.namespace == MC and q.localname == "AlternateContent":
                pilihan = _pilih(anak, dikenal)
                posisi = el.index(anak)
                el.remove(anak)
                for i, p in enumerate(pilihan):
                    el.insert(posisi + i, p)
                    proses(p, abaikan, isi)
                continue
            if q.namespace in abaikan:
                posisi = el.index(anak)
                el.remove(anak)
                if q.namespace in isi:
                    for i, cucu in enumerate(list(anak)):
                        el.insert(posisi + i, cucu)
                        proses(cucu, abaikan, isi)
                continue
            proses(anak, abaikan, isi)

    proses(akar, frozenset(), frozenset())
    return akar


def _pilih(alt: etree._Element, dikenal: frozenset[str]) -> list[etree._Element]:
    for c in alt:
        if not isinstance(c.tag, str):
            continue
        if etree.QName(c).localname == "Choice":
            perlu = c.get("Requires", "").split()
            if all(c.nsmap.get(p) in dikenal for p in perlu):
                return list(c)
        elif etree.QName(c).localname == "Fallback":
            return list(c)
    return []


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _ralat_sml(akar: etree._Element) -> etree._Element:
    """One known gap of the SpreadsheetML schema: it types `<t>` (cell and shared-string
    text) as a bare string, so `xml:space="preserve"` on it fails, although that attribute is
    how text with leading or trailing spaces keeps them, and Excel itself writes it on every
    such text (openpyxl and XlsxWriter do the same). It is removed from SpreadsheetML `<t>`
    only; any other attribute there still fails."""
    for t in akar.iter(f"{{{S}}}t"):
        t.attrib.pop(_XML_SPACE, None)
    return akar


def pelanggaran_skema(path: Path | io.BytesIO, awalan: str = "") -> list[str]:
    """Every schema violation of every XML part of an Office file, as 'part:line: message'.
    An embedded package (a chart's data workbook, word/embeddings/*.xlsx) is checked part by
    part the same way, its parts named inside it ('word/embeddings/x.xlsx/xl/workbook.xml')."""
    hasil: list[str] = []
    sk = skema()
    with zipfile.ZipFile(path) as z:
        for nama in z.namelist():
            if nama.endswith("/") or nama.lower().endswith(_LEWATI):
                continue
            data = z.read(nama)
            if nama.lower().endswith((".xlsx", ".docx")) and data.startswith(b"PK"):
                hasil += pelanggaran_skema(io.BytesIO(data), f"{awalan}{nama}/")
                continue
            nama = awalan + nama
            try:
                akar = etree.fromstring(data, etree.XMLParser(huge_tree=True))
            except etree.XMLSyntaxError as e:
                hasil.append(f"{nama}: bukan XML: {e}")
                continue
            akar = _ralat_sml(proses_mc(akar))
            calon = [c for c in akar if isinstance(c.tag, str)] if akar.tag == "xml" else [akar]
            for el in calon:  # VML: the children of its bare <xml> root
                if not sk.validate(etree.ElementTree(copy.deepcopy(el) if el is not akar else el)):
                    hasil.extend(f"{nama}:{g.line}: {g.message}" for g in sk.error_log)
    return hasil


def _bagian(z: zipfile.ZipFile, awal: str) -> list[tuple[str, etree._Element]]:
    return [
        (n, etree.fromstring(z.read(n), etree.XMLParser(huge_tree=True)))
        for n in z.namelist()
        if n.startswith(awal) and n.endswith(".xml")
    ]


def pelanggaran_excel(path: Path) -> list[str]:
    """Excel's documented limits: sheet names, validation texts, formulas, cells, rows."""
    hasil: list[str] = []
    with zipfile.ZipFile(path) as z:
        wb = etree.fromstring(z.read("xl/workbook.xml"))
        for sh in wb.iter(f"{{{S}}}sheet"):
            if len(sh.get("name", "")) > BATAS_NAMA_SHEET:
                hasil.append(f"nama sheet {sh.get('name')!r} > {BATAS_NAMA_SHEET}")
        if "xl/sharedStrings.xml" in z.namelist():
            sst = etree.fromstring(z.read("xl/sharedStrings.xml"), etree.XMLParser(huge_tree=True))
            for i, si in enumerate(sst.iter(f"{{{S}}}si")):
                teks = "".join(t.text or "" for t in si.iter(f"{{{S}}}t"))
                if len(teks) > BATAS_ISI_SEL:
                    hasil.append(f"sharedStrings #{i}: {len(teks)} huruf > {BATAS_ISI_SEL}")
        for nama, ws in _bagian(z, "xl/worksheets/"):
            hasil.extend(_batas_sheet(nama, ws))
    return hasil


def _batas_sheet(nama: str, ws: etree._Element) -> list[str]:
    hasil = []
    for dv in ws.iter(f"{{{S}}}dataValidation"):
        ref = dv.get("sqref")
        for attr, batas in (
            ("error", BATAS_TEKS_VALIDASI),
            ("prompt", BATAS_TEKS_VALIDASI),
            ("errorTitle", BATAS_JUDUL_VALIDASI),
            ("promptTitle", BATAS_JUDUL_VALIDASI),
        ):
            if len(dv.get(attr, "")) > batas:
                hasil.append(f"{nama} {ref}: {attr} {len(dv.get(attr))} huruf > {batas}")
        for f in dv.iter(f"{{{S}}}formula1", f"{{{S}}}formula2"):
            # a list typed into the rule (not a range) is limited to 255 characters too
            if (f.text or "").startswith('"') and len(f.text) - 2 > BATAS_TEKS_VALIDASI:
                hasil.append(f"{nama} {ref}: daftar pilihan {len(f.text) - 2} huruf")
    for f in ws.iter(f"{{{S}}}f"):
        if len(f.text or "") > BATAS_RUMUS:
            hasil.append(f"{nama}: rumus {len(f.text)} huruf > {BATAS_RUMUS}")
    for c in ws.iter(f"{{{S}}}c"):
        for t in c.iter(f"{{{S}}}t"):
            if len(t.text or "") > BATAS_ISI_SEL:
                hasil.append(f"{nama} {c.get('r')}: {len(t.text)} huruf > {BATAS_ISI_SEL}")
    for r in ws.iter(f"{{{S}}}row"):
        if int(r.get("r", "0")) > BATAS_BARIS:
            hasil.append(f"{nama}: baris {r.get('r')} > {BATAS_BARIS}")
    for c in ws.iter(f"{{{S}}}c"):
        kolom = re.match(r"[A-Z]+", c.get("r", "A"))
        n = 0
        for huruf in kolom.group(0) if kolom else "A":
            n = n * 26 + ord(huruf) - 64
        if n > BATAS_KOLOM:
            hasil.append(f"{nama}: sel {c.get('r')} di luar kolom XFD")
    return hasil


def pelanggaran_word(path: Path) -> list[str]:
    """Ids Word relies on being unique: drawing ids (wp:docPr/@id) and bookmark ids."""
    hasil: list[str] = []
    with zipfile.ZipFile(path) as z:
        bagian = [
            (n, etree.fromstring(z.read(n), etree.XMLParser(huge_tree=True)))
            for n in z.namelist()
            if n.startswith("word/") and n.endswith(".xml") and "/_rels/" not in n
        ]
    gambar: dict[str, str] = {}
    for nama, akar in bagian:
        for dp in akar.iter(f"{{{WP}}}docPr"):
            i = dp.get("id")
            if i in gambar:
                hasil.append(f"{nama}: wp:docPr id {i} juga dipakai di {gambar[i]}")
            gambar[i] = nama
        mulai: dict[str, int] = {}
        for bm in akar.iter(f"{{{W}}}bookmarkStart"):
            i = bm.get(f"{{{W}}}id")
            mulai[i] = mulai.get(i, 0) + 1
        nama_bm = [bm.get(f"{{{W}}}name") for bm in akar.iter(f"{{{W}}}bookmarkStart")]
        for i, n in mulai.items():
            if n > 1:
                hasil.append(f"{nama}: w:bookmarkStart id {i} dipakai {n} kali")
        for n in {x for x in nama_bm if nama_bm.count(x) > 1}:
            hasil.append(f"{nama}: nama bookmark {n!r} ganda")
        akhir = {bm.get(f"{{{W}}}id") for bm in akar.iter(f"{{{W}}}bookmarkEnd")}
        for i in set(mulai) - akhir:
            hasil.append(f"{nama}: w:bookmarkStart id {i} tanpa bookmarkEnd")
    return hasil


def pelanggaran(path: Path) -> list[str]:
    """All violations of one generated file: schema, plus the Word or Excel limits."""
    hasil = pelanggaran_skema(path)
    with zipfile.ZipFile(path) as z:
        nama = set(z.namelist())
    if "xl/workbook.xml" in nama:
        hasil += pelanggaran_excel(path)
    if "word/document.xml" in nama:
        hasil += pelanggaran_word(path)
    return hasil
