"""Build the editable Word template of the Perjanjian Kinerja (templates/perjanjian-kinerja.docx).

Built like the report's template (`laporan.templat`): an ordinary .docx with docxtpl tags that
staff may restyle and reword in Word. One loop over `daftar` prints every official's PK: page 1
the pernyataan (PermenPANRB 53/2014, Lampiran I), page 2 the lampiran with its two tables; the
signatures of both pages are one table row that never splits over two pages.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from lakip_xl.laporan.templat import Penulis, _tetapkan

LEBAR_ISI_CM = 15.5  # A4 less the margins below
TEMPLAT_PK = Path(__file__).resolve().parents[2] / "templates" / "perjanjian-kinerja.docx"

PEMBUKA = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
    "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
)
JANJI_PERTAMA = (
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
    "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
    "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja "
    "tersebut menjadi tanggung jawab kami."
)
JANJI_KEDUA = (
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
    "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam "
    "rangka pemberian penghargaan dan sanksi."
)
PEMBUKA_SENDIRI = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
    "serta berorientasi pada hasil, yang bertanda tangan di bawah ini:"
)
JANJI_SENDIRI = (
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini dalam "
    "rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam "
    "dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut "
    "menjadi tanggung jawab saya."
)
"""A Kepala Daerah's own PK: one signatory, no pihak kedua."""


def templat_pk() -> Path:
    """The shipped PK template; an installed package builds it once into the user's cache."""
    if TEMPLAT_PK.is_file():
        return TEMPLAT_PK
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lakip_xl"
    tujuan = cache / TEMPLAT_PK.name
    if not tujuan.is_file():
        bangun_templat_pk(tujuan)
    return tujuan


class PenulisPK(Penulis):
    """The report template's writer (styles, A4 page), with the PK's own blocks."""

    def __init__(self) -> None:
        super().__init__()
        normal = self.doc.styles["Normal"].paragraph_format
        normal.line_spacing = 1.15  # page 1 holds the pernyataan and the signatures

    def _halaman(self, s) -> None:
        """A4 with the margins PKs are typed with (2,5 cm; 3 cm left for binding): page 1
        holds the pernyataan and both signatures even with two-line jabatan."""
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.top_margin, s.bottom_margin = Cm(2.5), Cm(2.5)
        s.left_margin, s.right_margin = Cm(3), Cm(2.5)
        s.header_distance = s.footer_distance = Cm(1.25)

    def judul_halaman(self, teks: str) -> None:
        par = self.p(teks, rata="tengah", tebal=True, spasi=1.0)
        par.paragraph_format.page_break_before = True

    def data(self, label: str, ekspr: str) -> None:
        """'Nama    : {{ ... }}' with a tab stop, indented."""
        par = self.p(f"{label}\t: {{{{ {ekspr} }}}}", rata="kiri", spasi=1.0)
        pf = par.paragraph_format
        pf.left_indent, pf.first_line_indent = Cm(4.5), Cm(-3.5)
        pf.tab_stops.add_tab_stop(Cm(4.5))
        pf.keep_with_next = True

    def tanda_tangan(self, ekspr_pertama: str, ekspr_kedua: str | None) -> None:
        """Place and date above the right column, then a table of two signature columns,
        pihak kedua left and pihak pertama right (one column alone without pihak kedua): row 1
        the titles and jabatan, row 2 the room to sign, name, rank and NIP, so the names stand
        level however many lines a jabatan takes. No row splits, row 1 keeps with row 2."""
        par = self.p("{{ tempat_tanggal }}", rata="kanan", spasi=1.0)
        par.paragraph_format.keep_with_next = True
        par.paragraph_format.space_before = Pt(12)
        kolom = [(ekspr_kedua, "PIHAK KEDUA,"), (ekspr_pertama, "PIHAK PERTAMA,")]
        if ekspr_kedua is None:
            kolom = [(ekspr_pertama, "")]
        tabel = self.doc.add_table(rows=2, cols=len(kolom))
        tabel.alignment = WD_TABLE_ALIGNMENT.CENTER if ekspr_kedua else WD_TABLE_ALIGNMENT.RIGHT
        tabel.autofit = False
        for row in tabel.rows:
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        lebar = Cm(LEBAR_ISI_CM / len(kolom) if ekspr_kedua else 9)
        for c, (ekspr, label) in enumerate(kolom):
            atas = [(label, True)] if label else []
            atas.append((f"{{{{ {ekspr}.jabatan }}}}", True))
            bawah = [
                ("", False),
                ("", False),
                ("", False),
                (f"{{{{ {ekspr}.nama }}}}", True),
                (f"{{{{ {ekspr}.pangkat }}}}", False),
                (f"{{{{ {ekspr}.nip }}}}", False),
            ]
            for r, baris in enumerate((atas, bawah)):
                sel = tabel.rows[r].cells[c]
                sel.width = lebar
                sel.paragraphs[0]._p.getparent().remove(sel.paragraphs[0]._p)
                for teks, tebal in baris:
                    p = sel.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    pf = p.paragraph_format
                    pf.line_spacing, pf.space_after = 1.0, Pt(0)
                    pf.keep_with_next = r == 0 or teks != baris[-1][0]
                    if teks:
                        run = p.add_run(teks)
                        run.bold = tebal or None
                        run.underline = ".nama" in teks or None
        for gc in tabel._tbl.tblGrid.findall(qn("w:gridCol")):
            gc.set(qn("w:w"), str(int(lebar.twips)))

    def halaman_pernyataan(self) -> None:
        self.judul_halaman("PERJANJIAN KINERJA TAHUN {{ tahun }}")
        self.p("{{ unit }}", rata="tengah", tebal=True, spasi=1.0)
        self.tag("{%p if pemda %}")
        self.p("{{ pemda }}", rata="tengah", tebal=True, spasi=1.0)
        self.tag("{%p endif %}")
        self.p(spasi=1.0)
        self.tag("{%p if pk.kedua %}")
        self.p(PEMBUKA)
        self.data("Nama", "pk.pertama.nama")
        self.data("Jabatan", "pk.pertama.jabatan")
        self.p("Selanjutnya disebut pihak pertama.")
        self.data("Nama", "pk.kedua.nama")
        self.data("Jabatan", "pk.kedua.jabatan")
        self.p("Selaku atasan langsung pihak pertama, selanjutnya disebut pihak kedua.")
        self.p(JANJI_PERTAMA)
        self.p(JANJI_KEDUA)
        self.tanda_tangan("pk.pertama", "pk.kedua")
        self.tag("{%p else %}")
        self.p(PEMBUKA_SENDIRI)
        self.data("Nama", "pk.pertama.nama")
        self.data("Jabatan", "pk.pertama.jabatan")
        self.p(JANJI_SENDIRI)
        self.tanda_tangan("pk.pertama", None)
        self.tag("{%p endif %}")

    def halaman_lampiran(self) -> None:
        self.judul_halaman("LAMPIRAN PERJANJIAN KINERJA TAHUN {{ tahun }}")
        self.p("{{ pk.pertama.jabatan }}", rata="tengah", tebal=True, spasi=1.0)
        self.p("{{ unit }}", rata="tengah", tebal=True, spasi=1.0)
        for nomor, tabel in ((1, "pk.sasaran"), (2, "pk.anggaran")):
            par = self.p(f"Tabel {nomor}. {{{{ {tabel}.judul }}}}", tebal=True, spasi=1.0)
            par.paragraph_format.space_before = Pt(12)
            self.p(f"{{{{p {tabel}.isi }}}}")
        self.tag("{%p if pk.kedua %}")
        self.tanda_tangan("pk.pertama", "pk.kedua")
        self.tag("{%p else %}")
        self.tanda_tangan("pk.pertama", None)
        self.tag("{%p endif %}")


def bangun_templat_pk(tujuan: Path = TEMPLAT_PK) -> Path:
    """Write the PK template. Deterministic: the same code gives the same document."""
    from lakip_xl.buku.simpan import tulis_aliran

    w = PenulisPK()
    d = w.doc
    d.core_properties.title = "Perjanjian Kinerja"
    d.core_properties.author = "lakip_xl"
    d.core_properties.language = "id-ID"
    w.tag("{%p for pk in daftar %}")
    w.halaman_pernyataan()
    w.halaman_lampiran()
    w.tag("{%p endfor %}")
    w.p(spasi=1.0)  # the body ends with a paragraph, after the last signature table
    w.pengaturan()
    buf = io.BytesIO()
    d.save(buf)
    return tulis_aliran(tujuan, lambda f: f.write(_tetapkan(buf.getvalue())))


if __name__ == "__main__":
    print(bangun_templat_pk(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLAT_PK))
