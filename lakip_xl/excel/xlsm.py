"""A macro-enabled workbook (.xlsm) from the .xlsx that `lakip baru`/`lakip contoh` build.

The .xlsx is kept as it is (every sheet, style, comment, validation and protection); this
module only adds what makes it an Excel application, editing the package parts directly:

- xl/vbaProject.bin, written from the VBA text in lakip_xl/excel/macros (the button Subs, the UDF
  declarations, the xlwings 0.37.8 standalone module and its Dictionary class) by
  `lakip_xl.excel.vba`, plus an empty document module for the workbook and each sheet;
- the workbook and sheet code names those document modules are bound to;
- the macro-enabled content type and the vbaProject relationship;
- the buttons Hitung Ulang, Buat Laporan, Dokumen Triwulan and Impor SIPD (legacy form buttons
  in VML, as Excel's own Insert > Form Controls > Button) on Petunjuk and Indikator, each
  calling a Sub of Lakip.bas.

Standard library + lxml (already a dependency). No xlwings needed to build.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from lakip_xl.buku.simpan import tulis_aliran
from lakip_xl.errors import LakipError
from lakip_xl.excel.vba import BASE_SHEET, BASE_WORKBOOK, Modul, ProyekVBA

FOLDER_MAKRO = Path(__file__).with_name("macros")
VERSI_XLWINGS = "0.37.8"
"""The xlwings whose VBA module is embedded: its DLL name carries this exact version, so the
Python side must have exactly this xlwings (pyproject pins it)."""

MODUL_MAKRO = ("Lakip.bas", "xlwings_udfs.bas", "LakipFungsi.bas", "xlwings.bas", "Dictionary.cls")
"""The VBA text files of lakip_xl/excel/macros embedded in every .xlsm, in project order."""

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_V = "urn:schemas-microsoft-com:vml"
NS_O = "urn:schemas-microsoft-com:office:office"
NS_X = "urn:schemas-microsoft-com:office:excel"
REL_VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
REL_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"
CT_MAKRO = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
CT_VBA = "application/vnd.ms-office.vbaProject"
CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)


@dataclass(frozen=True)
class Tombol:
    """A form button: the Sub it runs, its caption and its VML anchor (LeftColumn,
    LeftOffset px, TopRow, TopOffset, RightColumn, RightOffset, BottomRow, BottomOffset;
    columns and rows 0-based) with the matching absolute position in points."""

    makro: str
    teks: str
    anchor: str
    kiri_pt: float
    atas_pt: float
    lebar_pt: float = 97.5
    tinggi_pt: float = 27


TOMBOL: dict[str, tuple[Tombol, ...]] = {
    # Petunjuk: column A is 120 characters wide; the buttons sit right of the title.
    "Petunjuk": (
        Tombol("HitungUlang", "Hitung Ulang", "0, 560, 0, 2, 0, 690, 1, 18", 420, 1.5),
        Tombol("BuatLaporan", "Buat Laporan", "0, 700, 0, 2, 0, 830, 1, 18", 525, 1.5),
        # column A (width 120) is 840 px wide, B-H 64 px each (ECMA-376 18.3.1.13):
        # 840-970 px is B + 0 to D (968 px) + 2
        Tombol("DokumenTriwulan", "Dokumen Triwulan", "1, 0, 0, 2, 3, 2, 1, 18", 630, 1.5),
        # 980-1110 px: D (968 px) + 12 to F (1096 px) + 14
        Tombol("BuatPK", "Buat PK", "3, 12, 0, 2, 5, 14, 1, 18", 735, 1.5),
        # 1120-1250 px: F + 24 to H (1224 px) + 26
        Tombol("ImporSIPD", "Impor SIPD", "5, 24, 0, 2, 7, 26, 1, 18", 840, 1.5),
    ),
    # Indikator: rows 1-2 stay visible (panes frozen at row 4); column E is 40 wide.
    "Indikator": (
        Tombol("HitungUlang", "Hitung Ulang", "4, 6, 0, 2, 4, 136, 1, 18", 487, 1.5),
        Tombol("BuatLaporan", "Buat Laporan", "4, 146, 0, 2, 4, 276, 1, 18", 592, 1.5),
        # column E ends 285 px after its left edge: the third button starts in F
        Tombol("DokumenTriwulan", "Dokumen Triwulan", "5, 1, 0, 2, 6, 56, 1, 18", 697, 1.5),
        # columns G (10 wide: 75 px), H (6: 47 px), I (11: 82 px): the fourth from G to I
        Tombol("BuatPK", "Buat PK", "6, 66, 0, 2, 8, 74, 1, 18", 802, 1.5),
        # G 87 px, H 47, I 82, J 87: 10 px after the fourth button, 130 px wide, J to K
        Tombol("ImporSIPD", "Impor SIPD", "9, 2, 0, 2, 10, 45, 1, 18", 907, 1.5),
    ),
}

_URUTAN_SETELAH_LEGACY = (
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
)


def teks_makro(nama: str) -> str:
    """The text of one file of lakip_xl/excel/macros (LF line ends)."""
    path = FOLDER_MAKRO / nama
    if not path.is_file():
        raise LakipError(f"Berkas makro {nama} tidak ditemukan di {FOLDER_MAKRO}.")
    return path.read_text(encoding="utf-8").replace("\r\n", "\n")


def modul_makro() -> list[Modul]:
    """The embedded non-document modules, from lakip_xl/excel/macros."""
    return [Modul.dari_teks(teks_makro(n)) for n in MODUL_MAKRO]


def proyek_vba(jumlah_sheet: int) -> ProyekVBA:
    """The VBA project: ThisWorkbook, Sheet1..SheetN, then the modules of lakip_xl/excel/macros."""
    dokumen = [Modul.dokumen("ThisWorkbook", BASE_WORKBOOK)]
    dokumen += [Modul.dokumen(f"Sheet{i}", BASE_SHEET) for i in range(1, jumlah_sheet + 1)]
    return ProyekVBA(dokumen + modul_makro())


def _xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, _PARSER)


def _bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _target(dasar: str, target: str) -> str:
    """A relationship target resolved to a zip part name."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(dasar), target))


def _rels_of(part: str) -> str:
    return posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")


def _rel_baru(rels: etree._Element, jenis: str, target: str) -> str:
    ada = {r.get("Id") for r in rels}
    n = 1
    while f"rIdLakip{n}" in ada:
        n += 1
    rid = f"rIdLakip{n}"
    etree.SubElement(rels, f"{{{NS_REL}}}Relationship", Id=rid, Type=jenis, Target=target)
    return rid


def _shape_tombol(t: Tombol, id_shape: int, z: int) -> etree._Element:
    v, o, x = f"{{{NS_V}}}", f"{{{NS_O}}}", f"{{{NS_X}}}"
    s = etree.Element(
        f"{v}shape",
        {
            "id": f"_x0000_s{id_shape}",
            "type": "#_x0000_t201",
            "style": f"position:absolute;margin-left:{t.kiri_pt:g}pt;margin-top:{t.atas_pt:g}pt;"
            f"width:{t.lebar_pt:g}pt;height:{t.tinggi_pt:g}pt;z-index:{z};"
            "mso-wrap-style:tight",
            f"{o}button": "t",
            "fillcolor": "buttonFace [67]",
            "strokecolor": "windowText [64]",
            f"{o}insetmode": "auto",
        },
    )
    etree.SubElement(s, f"{v}fill", {"color2": "buttonFace [67]", f"{o}detectmouseclick": "t"})
    etree.SubElement(s, f"{o}lock", {f"{v}ext": "edit", "rotation": "t"})
    tb = etree.SubElement(
        s, f"{v}textbox", {"style": "mso-direction-alt:auto", f"{o}singleclick": "f"}
    )
    div = etree.SubElement(tb, "div", style="text-align:center")
    font = etree.SubElement(div, "font", face="Calibri", size="220", color="#000000")
    font.text = t.teks
    cd = etree.SubElement(s, f"{x}ClientData", ObjectType="Button")
    for tag, teks in (
        ("Anchor", t.anchor),
        ("PrintObject", "False"),
        ("AutoFill", "False"),
        ("FmlaMacro", f"[0]!{t.makro}"),
        ("TextHAlign", "Center"),
        ("TextVAlign", "Center"),
    ):
        etree.SubElement(cd, f"{x}{tag}").text = teks
    return s


def _shapetype_tombol() -> etree._Element:
    v, o = f"{{{NS_V}}}", f"{{{NS_O}}}"
    st = etree.Element(
        f"{v}shapetype",
        {
            "id": "_x0000_t201",
            "coordsize": "21600,21600",
            f"{o}spt": "201",
            "path": "m,l,21600r21600,l21600,xe",
        },
    )
    etree.SubElement(st, f"{v}stroke", joinstyle="miter")
    etree.SubElement(
        st,
        f"{v}path",
        {
            "shadowok": "f",
            f"{o}extrusionok": "f",
            "strokeok": "f",
            "fillok": "f",
            f"{o}connecttype": "rect",
        },
    )
    etree.SubElement(st, f"{o}lock", {f"{v}ext": "edit", "shapetype": "t"})
    return st


def _vml_kosong(idmap: int) -> etree._Element:
    root = etree.Element("xml", nsmap={"v": NS_V, "o": NS_O, "x": NS_X})
    sl = etree.SubElement(root, f"{{{NS_O}}}shapelayout", {f"{{{NS_V}}}ext": "edit"})
    etree.SubElement(sl, f"{{{NS_O}}}idmap", {f"{{{NS_V}}}ext": "edit", "data": str(idmap)})
    return root


def _tambah_tombol_vml(root: etree._Element, tombol: Sequence[Tombol], idmap: int) -> None:
    """Append button shapes (and their shapetype) to a VML drawing."""
    ids = [
        int(m.group(1))
        for s in root.iter(f"{{{NS_V}}}shape")
        if (m := re.fullmatch(r"_x0000_s(\d+)", s.get("id", "")))
    ]
    berikut = max([idmap * 1024, *ids]) + 1
    if not any(st.get("id") == "_x0000_t201" for st in root.iter(f"{{{NS_V}}}shapetype")):
        root.append(_shapetype_tombol())
    z = sum(1 for _ in root.iter(f"{{{NS_V}}}shape")) + 1
    for i, t in enumerate(tombol):
        root.append(_shape_tombol(t, berikut + i, z + i))


def _sisip_legacy(ws: etree._Element, rid: str) -> None:
    el = etree.Element(f"{{{NS}}}legacyDrawing")
    el.set(f"{{{NS_R}}}id", rid)
    for anak in ws:
        if isinstance(anak.tag, str) and etree.QName(anak).localname in _URUTAN_SETELAH_LEGACY:
            anak.addprevious(el)
            return
    ws.append(el)


def _sheet_pr(ws: etree._Element) -> etree._Element:
    pr = ws.find(f"{{{NS}}}sheetPr")
    if pr is None:
        pr = etree.Element(f"{{{NS}}}sheetPr")
        ws.insert(0, pr)
    return pr


def jadikan_xlsm(
    sumber: Path, tujuan: Path, tombol: dict[str, tuple[Tombol, ...]] | None = None
) -> Path:
    """Write `tujuan` (.xlsm): the .xlsx `sumber` with the VBA project, code names and buttons.

    `tombol` maps sheet names to their buttons (default TOMBOL; sheets not in the workbook are
    skipped). Written atomically.
    """
    tombol = TOMBOL if tombol is None else tombol
    if tujuan.suffix.lower() != ".xlsm":
        raise LakipError(f"Nama berkas '{tujuan.name}' harus berakhiran .xlsm.")
    with zipfile.ZipFile(sumber) as z:
        infos = z.infolist()
        isi = {i.filename: z.read(i.filename) for i in infos}
    if "xl/vbaProject.bin" in isi:
        raise LakipError(f"Berkas '{sumber.name}' sudah berisi makro.")

    wb = _xml(isi["xl/workbook.xml"])
    wb_rels = _xml(isi["xl/_rels/workbook.xml.rels"])
    target = {r.get("Id"): _target("xl/workbook.xml", r.get("Target", "")) for r in wb_rels}
    sheets = [(s.get("name"), target[s.get(f"{{{NS_R}}}id")]) for s in wb.iter(f"{{{NS}}}sheet")]

    # code names: ThisWorkbook and Sheet1..SheetN, matching the document modules
    wpr = wb.find(f"{{{NS}}}workbookPr")
    if wpr is None:
        wpr = etree.Element(f"{{{NS}}}workbookPr")
        wb.insert(0, wpr)
    wpr.set("codeName", "ThisWorkbook")
    isi["xl/workbook.xml"] = _bytes(wb)

    ct = _xml(isi["[Content_Types].xml"])
    for o in ct.iter(f"{{{NS_CT}}}Override"):
        if o.get("PartName") == "/xl/workbook.xml":
            o.set("ContentType", CT_MAKRO)
    bawaan = {d.get("Extension", "").lower() for d in ct.iter(f"{{{NS_CT}}}Default")}
    if "bin" not in bawaan:
        etree.SubElement(ct, f"{{{NS_CT}}}Default", Extension="bin", ContentType=CT_VBA)
    if "vml" not in bawaan:
        etree.SubElement(ct, f"{{{NS_CT}}}Default", Extension="vml", ContentType=CT_VML)
    # Defaults must precede Overrides
    urut = sorted(ct, key=lambda e: 0 if etree.QName(e).localname == "Default" else 1)
    ct[:] = urut
    isi["[Content_Types].xml"] = _bytes(ct)

    _rel_baru(wb_rels, REL_VBA, "vbaProject.bin")
    isi["xl/_rels/workbook.xml.rels"] = _bytes(wb_rels)

    baru: list[str] = []
    for i, (nama, part) in enumerate(sheets, start=1):
        ws = _xml(isi[part])
        _sheet_pr(ws).set("codeName", f"Sheet{i}")
        if nama in tombol:
            rels_part = _rels_of(part)
            rels = (
                _xml(isi[rels_part])
                if rels_part in isi
                else etree.Element(f"{{{NS_REL}}}Relationships", nsmap={None: NS_REL})
            )
            legacy = ws.find(f"{{{NS}}}legacyDrawing")
            idmap = 100 + i
            if legacy is not None:
                rid = legacy.get(f"{{{NS_R}}}id")
                vml_part = next(
                    _target(part, r.get("Target", "")) for r in rels if r.get("Id") == rid
                )
                vml = _xml(isi[vml_part])
                idmap = 1
                for im in vml.iter(f"{{{NS_O}}}idmap"):
                    idmap = int((im.get("data") or "1").split(",")[0])
            else:
                vml_part = f"xl/drawings/vmlDrawingLakip{i}.vml"
                vml = _vml_kosong(idmap)
                rid = _rel_baru(rels, REL_VML, f"/{vml_part}")
                _sisip_legacy(ws, rid)
                isi[rels_part] = _bytes(rels)
                baru += [p for p in (vml_part, rels_part) if p not in baru]
            _tambah_tombol_vml(vml, tombol[nama], idmap)
            isi[vml_part] = etree.tostring(vml, encoding="UTF-8")
            if vml_part not in baru and vml_part not in {x.filename for x in infos}:
                baru.append(vml_part)
        isi[part] = _bytes(ws)

    isi["xl/vbaProject.bin"] = proyek_vba(len(sheets)).ke_bin()
    baru.append("xl/vbaProject.bin")

    def tulis(f) -> None:
        with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as out:
            lama = {i.filename for i in infos}
            for info in infos:
                zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                zi.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(zi, isi[info.filename])
            for nama in baru:
                if nama not in lama:
                    zi = zipfile.ZipInfo(nama, date_time=(2020, 1, 1, 0, 0, 0))
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    out.writestr(zi, isi[nama])

    return tulis_aliran(tujuan, tulis)
