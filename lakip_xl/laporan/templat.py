"""Build the editable Word template of the report (templates/laporan-kinerja.docx).

The template is an ordinary .docx with Jinja tags (docxtpl): staff may change its letterhead,
fonts, wording and the order of sections in Word. Tables are inserted where `{{p ... .isi }}`
stands; captions carry Word SEQ fields so Word's Daftar Tabel/Gambar work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from lakip_xl.laporan import susunan

TEMPLAT_BAWAAN = Path(__file__).resolve().parents[2] / "templates" / "laporan-kinerja.docx"


def templat_bawaan() -> Path:
    """The shipped template; an installed (non-editable) package builds it once into the
    user's cache folder, since templates/ lives beside the package in the repository."""
    if TEMPLAT_BAWAAN.is_file():
        return TEMPLAT_BAWAAN
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lakip_xl"
    tujuan = cache / TEMPLAT_BAWAAN.name
    if not tujuan.is_file():
        bangun_templat(tujuan)
    return tujuan


FONT_ISI = "Bookman Old Style"
FONT_TABEL = "Arial"
LEKUK_TANDA_TANGAN_CM = 7  # the signature block's 7 cm column holds a NIP in 12 pt
LEBAR_ISI_CM = 14  # A4 (21 cm) less the margins, 4 cm left and 3 cm right
NBSP = "\u00a0"


# --- low-level helpers ----------------------------------------------------------------------


def sisip_field(p: Paragraph, instr: str, hasil: str = "", tebal: bool = False) -> None:
    """Append a complex field (begin, instruction, separate, result, end) to a paragraph."""

    def run_dengan(el: OxmlElement) -> None:
        r = OxmlElement("w:r")
        if tebal:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        r.append(el)
        p._p.append(r)

    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    b.set(qn("w:dirty"), "true")
    run_dengan(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run_dengan(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run_dengan(s)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = hasil
    run_dengan(t)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run_dengan(e)


def pastikan_gaya_tabel(doc: Any) -> None:
    """Add the paragraph styles report tables use (TabelIsi, TabelKecil, TabelMini,
    TabelSempit, TabelCatatan) to a document that lacks them, e.g. a template made from
    scratch. Existing ones are kept, so staff may restyle tables in Word."""
    from docx.enum.style import WD_STYLE_TYPE

    ada = {st.style_id for st in doc.styles}
    for gaya_id, nama, ukuran, miring in (
        ("TabelIsi", "Tabel Isi", 9, False),
        ("TabelKecil", "Tabel Kecil", 7.5, False),
        ("TabelMini", "Tabel Mini", 6.5, False),
        ("TabelSempit", "Tabel Sempit", 5.5, False),
        ("TabelCatatan", "Tabel Catatan", 8, True),
    ):
        if gaya_id in ada:
            continue
        st = doc.styles.add_style(nama, WD_STYLE_TYPE.PARAGRAPH)
        st.element.set(qn("w:styleId"), gaya_id)
        st.base_style = doc.styles["Normal"]
        st.font.name = FONT_TABEL
        st.font.size = Pt(ukuran)
        st.font.italic = miring or None
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(a), FONT_TABEL)
        pf = st.paragraph_format
        pf.space_before = pf.space_after = Pt(1)
        pf.line_spacing = 1.0
        pf.first_line_indent = Cm(0)
        pf.alignment = WD_ALIGN_PARAGRAPH.LEFT
        pf.keep_with_next = False


class Penulis:
    """Writes the template paragraph by paragraph."""

    def __init__(self) -> None:
        self.doc = Document()
        self._gaya()
        self._halaman(self.doc.sections[0])

    # styles and page
    def _gaya(self) -> None:
        st = self.doc.styles
        normal = st["Normal"]
        normal.font.name = FONT_ISI
        normal.font.size = Pt(12)
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), FONT_ISI)
        pf = normal.paragraph_format
        pf.line_spacing = 1.5
        pf.space_after = Pt(6)
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for nama, ukuran, tengah in (
            ("Heading 1", 14, True),
            ("Heading 2", 12, False),
            ("Heading 3", 12, False),
            ("Heading 4", 12, False),
        ):
            h = st[nama]
            h.font.name = FONT_ISI
            h.font.size = Pt(ukuran)
            h.font.bold = True
            h.font.italic = False
            h.font.color.rgb = RGBColor(0, 0, 0)
            hr = h.element.get_or_add_rPr().find(qn("w:rFonts"))
            if hr is not None:
                for a in list(hr.attrib):
                    del hr.attrib[a]
                for a in ("w:ascii", "w:hAnsi", "w:cs"):
                    hr.set(qn(a), FONT_ISI)
            h.paragraph_format.space_before = Pt(12)
            h.paragraph_format.space_after = Pt(6)
            h.paragraph_format.keep_with_next = True
            h.paragraph_format.line_spacing = 1.15
            if tengah:
                h.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cap = st["Caption"]
        cap.font.name = FONT_ISI
        cap.font.size = Pt(11)
        cap.font.bold = True
        cap.font.italic = False
        cap.font.color.rgb = RGBColor(0, 0, 0)
        cap.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cap.paragraph_format.keep_with_next = True
        cap.paragraph_format.space_before = Pt(6)
        cap.paragraph_format.line_spacing = 1.0
        tabel = st["Table Grid"]
        tabel.font.name = FONT_TABEL
        tabel.font.size = Pt(9)
        for nama in ("TOC Heading",):
            st[nama].font.color.rgb = RGBColor(0, 0, 0)
        pastikan_gaya_tabel(self.doc)
        self._gaya_tanda_tangan()
        self._gaya_daftar()

    def _gaya_daftar(self) -> None:
        """The entries of the Daftar Isi, Tabel and Gambar: left-aligned and single-spaced
        (not the body's justified 1,5 lines: a Daftar Isi of 35 lines fits one page instead of
        leaving its last lines alone on the next), a dot leader to the page number at the
        right margin; the text wraps 1 cm before it, so a caption that fills its line never
        runs into its page number ("... Tahun 202041"). Word lists tables and figures in
        "table of figures"; LibreOffice in its own "Figure Index 1", defined alike."""
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

        for nama, gaya_id, lekuk in (
            ("toc 1", "TOC1", 0.0),
            ("toc 2", "TOC2", 0.5),
            ("toc 3", "TOC3", 1.0),
            ("table of figures", "TableofFigures", 0.0),
            ("Figure Index 1", "FigureIndex1", 0.0),
        ):
            st = self.doc.styles.add_style(nama, WD_STYLE_TYPE.PARAGRAPH)
            st.element.set(qn("w:styleId"), gaya_id)
            st.base_style = self.doc.styles["Normal"]
            pf = st.paragraph_format
            pf.alignment = WD_ALIGN_PARAGRAPH.LEFT
            pf.line_spacing = 1.0
            pf.space_before, pf.space_after = Pt(0), Pt(3)
            pf.left_indent, pf.right_indent = Cm(lekuk), Cm(1)
            pf.first_line_indent = Cm(0)
            pf.tab_stops.add_tab_stop(
                Cm(LEBAR_ISI_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )

    def _gaya_tanda_tangan(self) -> None:
        """The signature block's style: centred in the right part of the page, every line
        kept with the next, so the block never splits over two pages."""
        from docx.enum.style import WD_STYLE_TYPE

        st = self.doc.styles.add_style("Tanda Tangan", WD_STYLE_TYPE.PARAGRAPH)
        st.element.set(qn("w:styleId"), "TandaTangan")
        st.base_style = self.doc.styles["Normal"]
        pf = st.paragraph_format
        pf.left_indent = Cm(LEKUK_TANDA_TANGAN_CM)
        pf.first_line_indent = Cm(0)
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf.line_spacing = 1.0
        pf.keep_with_next = True
        pf.keep_together = True
        # the APIP's signature on the Pernyataan Telah Direviu page: the same block, its own
        # name (the head of the office signs in "Tanda Tangan")
        apip = self.doc.styles.add_style("Tanda Tangan APIP", WD_STYLE_TYPE.PARAGRAPH)
        apip.element.set(qn("w:styleId"), "TandaTanganAPIP")
        apip.base_style = st

    def _halaman(self, s) -> None:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.top_margin, s.bottom_margin = Cm(3), Cm(3)
        s.left_margin, s.right_margin = Cm(4), Cm(3)
        s.header_distance = s.footer_distance = Cm(1.25)

    def _nomor_halaman(self, s, format_: str, mulai: int | None) -> None:
        s.footer.is_linked_to_previous = False
        f = s.footer
        p = f.paragraphs[0] if f.paragraphs else f.add_paragraph()
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sisip_field(p, "PAGE", "1")
        pg = s._sectPr.find(qn("w:pgNumType"))
        if pg is None:  # in the schema's order, before w:cols (Word is strict about it)
            pg = OxmlElement("w:pgNumType")
            cols = s._sectPr.find(qn("w:cols"))
            if cols is not None:
                cols.addprevious(pg)
            else:
                s._sectPr.append(pg)
        pg.set(qn("w:fmt"), format_)
        if mulai is not None:
            pg.set(qn("w:start"), str(mulai))

    def bagian_baru(self, format_: str, mulai: int | None) -> None:
        s = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self._halaman(s)
        self._nomor_halaman(s, format_, mulai)

    # paragraphs
    def p(
        self,
        teks: str = "",
        *,
        gaya: str | None = None,
        rata: str | None = None,
        tebal: bool = False,
        ukuran: float | None = None,
        indent: bool = False,
        spasi: float | None = None,
    ) -> Paragraph:
        par = self.doc.add_paragraph(style=gaya)
        if teks:
            r = par.add_run(teks)
            r.bold = tebal or None
            if ukuran:
                r.font.size = Pt(ukuran)
        if tebal:  # a bold line heads what follows it: never left alone at a page's foot
            par.paragraph_format.keep_with_next = True
        if rata:
            par.alignment = {
                "tengah": WD_ALIGN_PARAGRAPH.CENTER,
                "kiri": WD_ALIGN_PARAGRAPH.LEFT,
                "kanan": WD_ALIGN_PARAGRAPH.RIGHT,
            }[rata]
        if indent:
            par.paragraph_format.first_line_indent = Cm(1.25)
        if spasi is not None:
            par.paragraph_format.line_spacing = spasi
        return par

    def tag(self, teks: str) -> None:
        """A paragraph holding only a {%p ... %} tag (docxtpl removes it when rendering)."""
        self.doc.add_paragraph(teks)

    def judul1(self, teks: str, baris2: str | None = None) -> None:
        par = self.doc.add_paragraph(style="Heading 1")
        par.paragraph_format.page_break_before = True
        par.add_run(teks)
        if baris2:
            par.add_run().add_break(WD_BREAK.LINE)
            par.add_run(baris2)

    def judul(self, teks: str, tingkat: int = 2) -> None:
        self.doc.add_paragraph(teks, style=f"Heading {tingkat}")

    def kalimat(self, ekspr: str) -> None:
        """Generated paragraphs: a list of strings."""
        self.tag(f"{{%p for s in {ekspr} %}}")
        self.p("{{ s }}", indent=True)
        self.tag("{%p endfor %}")

    def kalimat1(self, ekspr: str) -> None:
        """One generated paragraph, left out when empty."""
        self.tag(f"{{%p if {ekspr} %}}")
        self.p(f"{{{{ {ekspr} }}}}", indent=True)
        self.tag("{%p endif %}")

    def keterangan(self, jenis: str, ekspr: str) -> None:
        """A numbered caption: above a table (kept with it), below a figure (the figure is
        kept with it)."""
        par = self.doc.add_paragraph(style="Caption")
        if jenis == "Gambar":
            par.paragraph_format.keep_with_next = False
        par.add_run(f"{jenis} ")
        sisip_field(par, f"SEQ {jenis} \\* ARABIC", "1")
        par.add_run(f". {{{{ {ekspr} }}}}")

    def tabel(self, ekspr: str) -> None:
        """Caption with a SEQ Tabel field, then the table; both left out without data."""
        self.tag(f"{{%p if {ekspr} %}}")
        self.keterangan("Tabel", f"{ekspr}.judul")
        self.p(f"{{{{p {ekspr}.isi }}}}")
        self.tag("{%p endif %}")

    def tabel_daftar(self, ekspr: str, nama: str = "x") -> None:
        self.tag(f"{{%p for {nama} in {ekspr} %}}")
        self.keterangan("Tabel", f"{nama}.judul")
        self.p(f"{{{{p {nama}.isi }}}}")
        self.tag("{%p endfor %}")

    def narasi(self, ekspr: str) -> None:
        """The staff's own paragraphs (with optional sub-headings), as typed in Narasi."""
        self.tag(f"{{%p for par in {ekspr} %}}")
        self.tag("{%p if par.judul %}")
        self.p("{{ par.judul }}", tebal=True)
        self.tag("{%p endif %}")
        self.p("{{ par.teks }}", indent=True)
        self.tag("{%p endfor %}")

    def gambar(self, ekspr: str) -> None:
        self.tag(f"{{%p for g in {ekspr} %}}")
        self.p("{{ g.gambar }}", rata="tengah", spasi=1.0).paragraph_format.keep_with_next = True
        self.keterangan("Gambar", "g.keterangan")
        self.tag("{%p endfor %}")

    def grafik(self, nama: str) -> None:
        """A chart of the report with its numbered caption, left out when there is none."""
        self.tag(f"{{%p if grafik.{nama} %}}")
        par = self.p(f"{{{{ grafik.{nama}.gambar }}}}", rata="tengah", spasi=1.0)
        par.paragraph_format.keep_with_next = True
        self.keterangan("Gambar", f"grafik.{nama}.judul")
        self.tag("{%p endif %}")

    def blok(self, bagian: str) -> None:
        """Everything the workbook holds for one section: text, photos, extra tables."""
        self.narasi(f"narasi['{bagian}']")
        self.gambar(f"gambar['{bagian}']")
        self.tabel_daftar(f"tambahan['{bagian}']")

    def daftar(self, judul: str, instr: str, kosong: str) -> None:
        self.judul1(judul)
        par = self.p(spasi=1.15)
        sisip_field(par, instr, kosong)

    def tanda_tangan(self) -> None:
        """Place and date, title, room to sign, name, rank, NIP: one block on one page (the
        paragraph before it is held to it when rendering); the NIP never wraps."""
        for teks, tebal in (
            ("{{ profil.tempat_tanggal }}", False),
            ("{{ profil.JABATAN_PIMPINAN }},", True),
        ):
            self.p(teks, gaya="Tanda Tangan", tebal=tebal, spasi=1.15)
        for _ in range(3):
            self.p(gaya="Tanda Tangan")
        for teks, tebal in (
            ("{{ profil.NAMA_PIMPINAN }}", True),
            ("{{ profil.pangkat_pimpinan }}", False),
            (f"NIP.{NBSP}{{{{ profil.nip_pimpinan|replace(' ', '{NBSP}') }}}}", False),
        ):
            if "pangkat" in teks:
                self.tag("{%p if profil.pangkat_pimpinan %}")
            par = self.p(teks, gaya="Tanda Tangan", tebal=tebal)
            if "pangkat" in teks:
                self.tag("{%p endif %}")
        par.paragraph_format.keep_with_next = False

    def pengaturan(self) -> None:
        """Ask Word to update fields (Daftar Isi, captions) when the file is opened."""
        atur_settings(self.doc.settings.element, perbarui_field=True)


# CT_Settings' children that come after w:updateFields, in the schema's order (ECMA-376 Part 1
# §17.15.1.78): a new w:updateFields goes before the first of them that the document has.
_SETELAH_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
    "listSeparator",
)  # fmt: skip
_SETELAH_THEME_FONT_LANG = _SETELAH_UPDATE_FIELDS[9:]  # after "themeFontLang"


def atur_settings(settings, perbarui_field: bool = False, bahasa: str = "id-ID") -> None:
    """word/settings.xml as the schema wants it: a zoom with its percentage, the theme's
    language set on the one w:themeFontLang, and (when asked) w:updateFields in its place, so
    Word updates the Daftar Isi and captions when the file is opened."""
    zoom = settings.find(qn("w:zoom"))
    if zoom is not None and zoom.get(qn("w:percent")) is None:
        zoom.set(qn("w:percent"), "100")
    lang = settings.find(qn("w:themeFontLang"))
    if lang is None:
        lang = OxmlElement("w:themeFontLang")
        _sisipkan(settings, lang, _SETELAH_THEME_FONT_LANG)
    lang.set(qn("w:val"), bahasa)
    if perbarui_field and settings.find(qn("w:updateFields")) is None:
        u = OxmlElement("w:updateFields")
        u.set(qn("w:val"), "true")
        _sisipkan(settings, u, _SETELAH_UPDATE_FIELDS)


def _sisipkan(induk, anak, setelah: tuple[str, ...]) -> None:
    """Insert `anak` before the first child of `induk` whose local name is in `setelah`."""
    for i, el in enumerate(induk):
        if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] in setelah:
            induk.insert(i, anak)
            return
    induk.append(anak)


def bangun_templat(tujuan: Path = TEMPLAT_BAWAAN) -> Path:
    """Write the report template. Deterministic: the same code gives the same document."""
    w = Penulis()
    d = w.doc
    d.core_properties.title = "Laporan Kinerja"
    d.core_properties.author = "lakip_xl"
    d.core_properties.language = "id-ID"

    for bagian in susunan.BAGIAN:
        bagian(w)
    w.pengaturan()
    import io

    from lakip_xl.buku.simpan import tulis_aliran

    buf = io.BytesIO()
    d.save(buf)
    return tulis_aliran(tujuan, lambda f: f.write(_tetapkan(buf.getvalue())))


def _tetapkan(docx: bytes) -> bytes:
    """The saved .docx made byte-stable: fixed zip timestamps and core-property dates."""
    import io
    import zipfile

    from lxml import etree

    isi = {}
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        for n in z.namelist():
            isi[n] = z.read(n)
    core = "docProps/core.xml"
    if core in isi:
        root = etree.fromstring(isi[core])
        for el in root.iter():
            if el.tag.endswith("}created") or el.tag.endswith("}modified"):
                el.text = "2020-01-01T00:00:00Z"
        isi[core] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    keluar = io.BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(isi, key=lambda x: (x != "[Content_Types].xml", x)):
            zi = zipfile.ZipInfo(n, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, isi[n])
    return keluar.getvalue()

if __name__ == "__main__":
    print(bangun_templat(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLAT_BAWAAN))
