"""Small .docx files written the way Word writes them (its parts, namespaces, relationship and
content types; Strict OOXML and .docm too), from WordprocessingML body text, for the reviu's
reading tests; and the cells and tables such documents hold."""

from __future__ import annotations

import zipfile
from pathlib import Path

_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="{R}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="{WP}" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="{W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)
TRANSISI = {
    "W": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "R": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "WP": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "A": "http://schemas.openxmlformats.org/drawingml/2006/main",
}
STRICT = {
    "W": "http://purl.oclc.org/ooxml/wordprocessingml/main",
    "R": "http://purl.oclc.org/ooxml/officeDocument/relationships",
    "WP": "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
    "A": "http://purl.oclc.org/ooxml/drawingml/main",
}
_SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
         'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
         '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
STYLES = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
    '<w:sz w:val="22"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '</w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
    '{NUMPR}<w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
    '<w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr>'
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
    '</w:style>'
)


def docx(path: Path, body: str, *, numbering: str = "", heading_num: str = "",
         strict: bool = False, makro: bool = False, settings: str = "") -> Path:
    """Write a Word package holding `body` (WordprocessingML inside w:body, without sectPr)."""
    ns = STRICT if strict else TRANSISI
    rel = f"{ns['R']}/" if strict else "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    akar = "w:document" + (' w:conformance="strict"' if strict else "")
    dokumen = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{akar} '
               f'{_NS.format(**ns)}><w:body>{body}{_SECT}</w:body></w:document>')
    gaya = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles '
            f'xmlns:w="{ns["W"]}">{STYLES.format(NUMPR=heading_num)}</w:styles>')
    utama = ("application/vnd.ms-word.document.macroEnabled.main+xml" if makro else
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    jenis = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="'
        'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        f'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="'
        f'{utama}"/><Override PartName="/word/styles.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/'
        'settings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.settings+xml"/>'
        + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.'
           'openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if numbering else "")
        + ('<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.'
           'vbaProject"/>' if makro else "")
        + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="'
            'http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{rel}officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="'
             'http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{rel}styles" Target="styles.xml"/>'
             f'<Relationship Id="rId2" Type="{rel}settings" Target="settings.xml"/>'
             + (f'<Relationship Id="rId3" Type="{rel}numbering" Target="numbering.xml"/>'
                if numbering else "")
             + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/'
                'relationships/vbaProject" Target="vbaProject.bin"/>' if makro else "")
             + "</Relationships>")
    atur = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="'
            f'{ns["W"]}"><w:defaultTabStop w:val="708"/>{settings}<w:compat/></w:settings>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", jenis)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", dokumen)
        z.writestr("word/_rels/document.xml.rels", drels)
        z.writestr("word/styles.xml", gaya)
        z.writestr("word/settings.xml", atur)
        if numbering:
            z.writestr("word/numbering.xml", '<?xml version="1.0" encoding="UTF-8" '
                       f'standalone="yes"?>\n<w:numbering xmlns:w="{ns["W"]}">{numbering}'
                       '</w:numbering>')
        if makro:
            z.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    return path


def p(teks: str, gaya: str = "", tebal: bool = False) -> str:
    """A paragraph of one run."""
    ppr = f'<w:pPr><w:pStyle w:val="{gaya}"/></w:pPr>' if gaya else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if tebal else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{teks}</w:t></w:r></w:p>'


def tc(isi: str, lebar: int = 1200, span: int = 1, vmerge: str | None = None,
       mentah: bool = False) -> str:
    """A cell: `isi` is its text (or raw block XML when `mentah`)."""
    pr = f'<w:tcW w:w="{lebar}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge is not None:
        pr += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{isi if mentah else p(isi)}</w:tc>"


def tr(*sel: str, sebelum: int = 0, sesudah: int = 0, pr: str = "") -> str:
    """A row; `sebelum`/`sesudah` are the grid columns Word's Delete Cells left empty."""
    trpr = pr
    if sebelum:
        trpr += f'<w:gridBefore w:val="{sebelum}"/>'
    if sesudah:
        trpr += f'<w:gridAfter w:val="{sesudah}"/>'
    return f"<w:tr>{f'<w:trPr>{trpr}</w:trPr>' if trpr else ''}{''.join(sel)}</w:tr>"


def tbl(*baris: str, kolom: int | None = 5, lebar: int | list[int] = 1200) -> str:
    """A table with Word's grid (none when `kolom` is None; `lebar` one width or one per
    column, in twips) and single borders."""
    daftar = lebar if isinstance(lebar, list) else [lebar] * (kolom or 0)
    grid = ("<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in daftar) +
            "</w:tblGrid>" if kolom else "")
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            f'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>{grid}{"".join(baris)}'
            "</w:tbl>")


def kepala_capaian() -> str:
    """The header row of a capaian table."""
    return tr(tc("No"), tc("Indikator Kinerja"), tc("Target"), tc("Realisasi"),
              tc("Capaian (%)"))


def tabel_capaian(baris: list[tuple[str, str, str, str, str]]) -> str:
    """Caption and a capaian table: No | Indikator Kinerja | Target | Realisasi | Capaian (%)."""
    return (p("Tabel 3.1 Capaian Indikator Kinerja Tahun 2024") +
            tbl(kepala_capaian(), *(tr(*(tc(x) for x in b)) for b in baris)))
