"""Word tables as WordprocessingML text, written directly from `TabelLaporan` (fast: no
python-docx object per cell). Inserted into the template where `{{p x.isi }}` stands."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain

from lakip_xl.laporan.tabel import Sel, TabelLaporan
from lakip_xl.laporan.ukuran import huruf

LEBAR_ISI_TWIP = 7938  # 14 cm: A4 (21 cm) minus margins 4 + 3 cm; 1 cm = 567 twips
LEBAR_LANSKAP_TWIP = 13436  # A4 across (16838 twips) minus margins 3 + 3 cm (1701 twips each)
_RATA = {"kiri": "left", "kanan": "right", "tengah": "center"}


class XmlMentah:
    """Raw WordprocessingML for docxtpl: `__html__` keeps autoescape from escaping it."""

    def __init__(self, xml: str) -> None:
        self.xml = xml

    def __html__(self) -> str:
        return self.xml

    def __str__(self) -> str:
        return self.xml


def teks_xml(t: str) -> str:
    """Text for XML content or a quoted attribute: & < > \" escaped."""
    # str.replace, not xml.sax.saxutils (which imports urllib.request: ~20 ms per run)
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def satu_bita(xml: str) -> str:
    """XML text whose characters beyond Latin-1 are written as character references (&#8211;):
    a document that is all Latin-1 is held by Python in one byte per character, not two or
    four, which for a kabupaten's tens of MB of tables halves the report's memory."""
    if xml.isascii() or max(xml) <= "\xff":
        return xml
    return xml.encode("latin-1", "xmlcharrefreplace").decode("latin-1")


def _teks(t: str) -> str:
    return satu_bita(teks_xml(t))


GAYA_ISI = "TabelIsi"  # Arial 9 pt, 1 pt before/after, single spacing, no indent
GAYA_KECIL = "TabelKecil"  # the same at 7,5 pt, for wide tables
GAYA_MINI = "TabelMini"  # the same at 6,5 pt, for tables too wide even across the page
GAYA_SEMPIT = "TabelSempit"  # 5,5 pt: the quarterly forms' 20-odd columns on one page
GAYA_CATATAN = "TabelCatatan"  # notes under a table: 8 pt italic
UKURAN_PT = {GAYA_ISI: 9.0, GAYA_KECIL: 7.5, GAYA_MINI: 6.5, GAYA_SEMPIT: 5.5}


@functools.lru_cache(maxsize=256)
def _bentuk_paragraf(rata: str, tebal: bool, miring: bool, gaya: str) -> tuple[str, str, str]:
    """A table paragraph's markup before its text and after it, and the paragraph without
    text: formatting comes from its style, so each cell stays small."""
    jc = "" if rata == "kiri" else f'<w:jc w:val="{_RATA[rata]}"/>'
    rpr = ("<w:b/>" if tebal else "") + ("<w:i/>" if miring else "")
    ppr = f'<w:p><w:pPr><w:pStyle w:val="{gaya}"/>{jc}</w:pPr>'
    awal = f"{ppr}<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}<w:t xml:space=\"preserve\">"
    return awal, "</w:t></w:r></w:p>", f"{ppr}</w:p>"


def _paragraf(teks: str, rata: str, tebal: bool, miring: bool, gaya: str) -> str:
    """A table paragraph showing `teks`."""
    awal, akhir, kosong = _bentuk_paragraf(rata, tebal, miring, gaya)
    return f"{awal}{_teks(teks)}{akhir}" if teks else kosong


def _gabung_isi(baris: list[list[Sel]], ncol: int, awal: int) -> dict[tuple[int, int], str]:
    """Vertical merges of the body: a `lanjut_atas` cell continues the cell above it in the
    same column and span (rows numbered from `awal`, after the header rows)."""
    gabung: dict[tuple[int, int], str] = {}
    atas: dict[int, int] = {}  # column -> span of the cell above
    for i, b in enumerate(baris, awal):
        c, kini = 0, {}
        for s in b:
            if c >= ncol:
                break
            r = min(s.rentang, ncol - c)
            if s.lanjut_atas and i > awal and atas.get(c) == r:
                gabung.setdefault((i - 1, c), "restart")
                gabung[(i, c)] = "lanjut"
            kini[c] = r
            c += r
        atas = kini
    return gabung


@functools.lru_cache(maxsize=4096)
def _awal_sel(lebar: int, rentang: int, arsir: bool, gabung_v: str | None) -> str:
    """A cell's start and properties: width, span, vertical merge, the header's shading."""
    tcpr = f'<w:tcW w:w="{lebar}" w:type="dxa"/>'
    if rentang > 1:
        tcpr += f'<w:gridSpan w:val="{rentang}"/>'
    if gabung_v is not None:
        tcpr += '<w:vMerge w:val="restart"/>' if gabung_v == "restart" else "<w:vMerge/>"
    if arsir:
        tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
    tcpr += '<w:vAlign w:val="center"/>' if arsir else ""
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>"


def _bentuk_sel(s: Sel, lebar: int, rentang: int, gaya: str, arsir: bool,
               gabung_v: str | None) -> tuple[str, str, str]:
    """`_sel`'s markup for a one-line text: before the text, after it, and the cell empty."""
    awal_sel = _awal_sel(lebar, rentang, arsir, gabung_v)
    awal, akhir, kosong = _bentuk_paragraf(s.rata, s.tebal, s.miring, gaya)
    return f"{awal_sel}{awal}", f"{akhir}</w:tc>", f"{awal_sel}{kosong}</w:tc>"


def _sel(teks: str, s: Sel, lebar: int, rentang: int, gaya: str, arsir: bool,
         gabung_v: str | None) -> str:
    """A cell showing `teks` in `s`'s alignment and weight (a line break: one paragraph a
    line); `tabel_xml` writes a one-line cell from `_bentuk_sel` itself."""
    if "\n" not in teks:
        awal, akhir, kosong = _bentuk_sel(s, lebar, rentang, gaya, arsir, gabung_v)
        return f"{awal}{_teks(teks)}{akhir}" if teks else kosong
    paragraf = "".join(_paragraf(b, s.rata, s.tebal, s.miring, gaya) for b in teks.split("\n"))
    return f"{_awal_sel(lebar, rentang, arsir, gabung_v)}{paragraf}</w:tc>"


# --- column widths from the text -------------------------------------------------------------

_CADANGAN = 1.03  # measured width + 3 %: no renderer's rounding wraps a word that fits
_TEPI_TWIP = 30  # the borders of a cell
_LANSKAP_PGSZ = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'


@dataclass
class TataTabel:
    """How a table is laid out: paragraph style, column widths (twips), cell margin, and
    whether it needs a landscape page."""

    gaya: str
    lebar: list[int]
    mar: int
    lanskap: bool


def ukur_kolom(
    tab: TabelLaporan,
) -> tuple[list[float], list[float], dict[tuple[int, int], tuple[float, float]]]:
    """Per column, in em: the widest word (the least width at which no word breaks) and the
    widest body line (more is never needed; a header wraps between words, so it counts with
    its widest word only); and for cells spanning columns, (first, span) -> (word, line)."""
    ncol = len(tab.lebar)
    kata, baris = [0.0] * ncol, [0.0] * ncol
    rentang: dict[tuple[int, int], tuple[float, float]] = {}
    muka = {(t, m): huruf(t, m).ukur for t in (False, True) for m in (False, True)}
    biasa, ukur_biasa = huruf().sudah.get, muka[False, False]  # most cells: plain text
    nkepala = len(tab.kepala)
    for i, row in enumerate(chain(tab.kepala, tab.baris)):
        c = 0
        for s in row:
            if c >= ncol:
                break
            r = 1 if s.rentang < 2 else min(s.rentang, ncol - c)
            if s.teks:
                if s.tebal or s.miring:
                    k, w = muka[s.tebal, s.miring](s.teks)
                else:
                    k, w = biasa(s.teks) or ukur_biasa(s.teks)
                if i < nkepala:
                    w = k
                if r == 1:
                    if k > kata[c]:
                        kata[c] = k
                    if w > baris[c]:
                        baris[c] = w
                else:
                    lama = rentang.get((c, r), (0.0, 0.0))
                    rentang[(c, r)] = (max(lama[0], k), max(lama[1], w))
            c += r
    return kata, baris, rentang


def _bagi(total: float, pilih: list[float], bawah: list[float], atas: list[float]) -> list[float]:
    """Share `total` among the columns in proportion to `pilih`, each kept within its
    [bawah, atas]; what is left once every column has its `atas` goes in proportion too."""
    jp = sum(pilih)
    if sum(atas) <= total:
        return [a + (total - sum(atas)) * p / jp for a, p in zip(atas, pilih, strict=True)]

    def isi(f: float) -> float:
        return sum(min(max(f * p, b), a) for p, b, a in zip(pilih, bawah, atas, strict=True))

    lo, hi = 0.0, total / jp
    while isi(hi) < total:
        hi *= 2
    for _ in range(40):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if isi(mid) < total else (lo, mid)
    return [min(max(hi * p, b), a) for p, b, a in zip(pilih, bawah, atas, strict=True)]


def _lebarkan(lebar: list[float], c: int, r: int, perlu: float, pilih: list[float]) -> None:
    """Widen columns c..c+r-1 (in proportion to `pilih`) until together they hold `perlu`."""
    kurang = perlu - sum(lebar[c : c + r])
    if kurang > 0:
        jp = sum(pilih[c : c + r])
        for j in range(c, c + r):
            lebar[j] += kurang * pilih[j] / jp


@dataclass(frozen=True)
class Halaman:
    """A page of its own a table is laid out on (the quarterly documents: landscape, narrow
    margins): the room across it, and the paragraph styles to try, largest first."""

    lebar: int
    gaya: tuple[str, ...]
    mar: int = 57


def _calon(tab: TabelLaporan, halaman: Halaman | None) -> list[tuple[str, bool, int, int]]:
    """(style, landscape, room, cell margin) to try in turn, the report's order by default."""
    if halaman is not None:
        return [(g, False, halaman.lebar, halaman.mar) for g in halaman.gaya]
    if tab.kecil:
        urut = [(GAYA_KECIL, False), (GAYA_KECIL, True), (GAYA_MINI, True)]
    else:
        urut = [(GAYA_ISI, False), (GAYA_KECIL, False), (GAYA_ISI, True), (GAYA_KECIL, True)]
        urut.append((GAYA_MINI, True))
    return [
        (g, ls, LEBAR_LANSKAP_TWIP if ls else LEBAR_ISI_TWIP, 85 if g == GAYA_ISI else 57)
        for g, ls in urut
    ]


def tata_letak(tab: TabelLaporan, halaman: Halaman | None = None) -> TataTabel:
    """Column widths that follow the content: no column narrower than its widest word, the
    space left shared as the table's relative widths (`lebar`) ask. A table too wide for a
    portrait page takes the smaller font, then a landscape page, then the smallest font
    (on a `halaman` of its own: its styles in turn); only a table too wide even then has
    words broken."""
    calon = _calon(tab, halaman)
    if not tab.lebar:  # no column: nothing to share
        return TataTabel(calon[0][0], [], calon[0][3], False)
    kata, baris, rentang = ukur_kolom(tab)
    pilih = [max(float(x), 0.01) for x in tab.lebar]
    for pilihan in calon:
        gaya, lanskap, total, mar = pilihan
        skala, tambah = UKURAN_PT[gaya] * 20 * _CADANGAN, 2 * mar + _TEPI_TWIP
        bawah = [k * skala + tambah for k in kata]
        atas = [w * skala + tambah for w in baris]
        for (c, r), (k, w) in rentang.items():
            _lebarkan(bawah, c, r, k * skala + tambah, pilih)
            _lebarkan(atas, c, r, w * skala + tambah, pilih)
        atas = [max(a, b) for a, b in zip(atas, bawah, strict=True)]
        if sum(bawah) <= total:
            break
    else:  # too wide even across the page in the smallest font: shrink every column alike
        bawah = atas = [b * total / sum(bawah) for b in bawah]
    lebar = [int(x) for x in _bagi(total, pilih, bawah, atas)]
    lebar[lebar.index(max(lebar))] += total - sum(lebar)
    return TataTabel(gaya, lebar, mar, lanskap)


BacaanTabel = tuple[int, list[list[tuple[int, int, bool, tuple[str, bool]]]], str]
"""A table as reading its markup back by pattern gives it (reviu/tabel_cepat.baca_tabel): its
grid width; rows of cells (grid column, span, whether it continues a vertical merge,
(displayed text, bold)); the paragraph style of its cells."""


def _letak(
    tab: TabelLaporan, ncol: int, gabung: dict[tuple[int, int], str]
) -> Iterator[tuple[bool, list[tuple[int, int, str | None, Sel]], int]]:
    """Each row as `tabel_xml` writes it: whether it is a header row; its cells within the
    grid (grid column, span, vertical merge "restart"/"lanjut" or None, the cell); the grid
    column where the filler of a short row starts (`ncol` when the row is full)."""
    nkepala = len(tab.kepala)
    for nomor, baris in enumerate(chain(tab.kepala, tab.baris)):
        sel: list[tuple[int, int, str | None, Sel]] = []
        c = 0
        for s in baris:
            if c >= ncol:
                break
            r = min(s.rentang, ncol - c)
            sel.append((c, r, gabung.get((nomor, c)) if gabung else None, s))
            c += r
        yield nomor < nkepala, sel, c


def _bacaan(tab: TabelLaporan, ncol: int, gabung: dict[tuple[int, int], str],
            gaya: str) -> BacaanTabel:
    """The table `tabel_xml` wrote, as reading its markup back by pattern gives it: a cell
    continuing a merge shows no text of its own, runs of white space (line breaks too) show
    as one space, a cell is bold only when it shows text. Worked out from `tab` when asked:
    a report's tables are not changed once written."""
    kosong = ("", False)
    baris = []
    for _, sel, akhir in _letak(tab, ncol, gabung):
        dibaca: list[tuple[int, int, bool, tuple[str, bool]]] = []
        for c, r, g, s in sel:
            t = s.teks
            if g == "lanjut":
                dibaca.append((c, r, True, kosong))
            elif not t:
                dibaca.append((c, r, False, kosong))
            else:  # printable, no space at either end nor two together: shown as it is
                if t[0] == " " or t[-1] == " " or "  " in t or not t.isprintable():
                    t = " ".join(t.split())
                dibaca.append((c, r, False, (t, s.tebal and bool(t))))
        if akhir < ncol:
            dibaca.append((akhir, ncol - akhir, False, kosong))
        baris.append(dibaca)
    return ncol, baris, gaya


def kunci_tabel(xml: bytes) -> bytes:
    """The key of a written table in `tabel_xml`'s `ditulis`: the SHA-256 of its markup,
    `<w:tbl>` to `</w:tbl>`, as UTF-8 (as it stands in word/document.xml)."""
    return hashlib.sha256(xml).digest()


def tabel_xml(
    tab: TabelLaporan, halaman: Halaman | None = None,
    ditulis: dict[bytes, Callable[[], BacaanTabel]] | None = None,
) -> str:
    """One table (header rows repeated on every page, rows never split, column widths from
    its text, header cells merged down over empty cells below them or into the cell above
    when marked `lanjut_atas`) and its notes, as body XML; a table for a landscape page
    comes between the two markers `atur_halaman` reads (not on a `halaman` of its own).

    `ditulis` gets, under `kunci_tabel` of its markup, how to say what reading that markup
    back gives (`_bacaan`, called only when the report's self-check asks: no second copy of
    the cells while the document is being written); the self-check takes it from there
    instead of parsing the markup again. Only a table that reading accepts (a grid column,
    more than one cell) goes in."""
    ncol = len(tab.lebar)
    tata = tata_letak(tab, halaman)
    lebar, ukuran, mar = tata.lebar, tata.gaya, tata.mar
    tblpr = (
        '<w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{sum(lebar)}" w:type="dxa"/><w:jc w:val="center"/>'
        "<w:tblBorders>"
        + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + '</w:tblBorders><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:left w:w="{mar}" w:type="dxa"/><w:right w:w="{mar}" w:type="dxa"/>'
        '</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
        'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
    )
    grid = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in lebar) + "</w:tblGrid>"
    # header cells to merge down: a cell of span 1 whose text is empty under a non-empty one
    posisi: list[list[tuple[int, int, Sel]]] = []
    for baris in tab.kepala:
        c, pos = 0, []
        for s in baris:
            if c >= ncol:
                break
            r = min(s.rentang, ncol - c)
            pos.append((c, r, s))
            c += r
        posisi.append(pos)
    gabung: dict[tuple[int, int], str] = {}
    for i in range(1, len(posisi)):
        for c, r, s in posisi[i]:
            if r == 1 and not s.teks:
                atas = [p for p in posisi[i - 1] if p[0] == c and p[1] == 1]
                if atas and (atas[0][2].teks or gabung.get((i - 1, c)) == "lanjut"):
                    gabung.setdefault((i - 1, c), "restart")
                    gabung[(i, c)] = "lanjut"
    gabung.update(_gabung_isi(tab.kepala, ncol, 0))
    gabung.update(_gabung_isi(tab.baris, ncol, len(tab.kepala)))
    bagian = [f"<w:tbl>{tblpr}{grid}"]
    n_sel = 0
    bentuk: dict[tuple, tuple[str, str, str]] = {}
    for kepala, sel, akhir in _letak(tab, ncol, gabung):
        trpr = "<w:cantSplit/>" + ("<w:tblHeader/>" if kepala else "")
        xml = []
        for c, r, g, s in sel:  # `_sel` of each cell, its markup around the text looked up once
            w = lebar[c] if r == 1 else sum(lebar[c : c + r])
            teks = "" if g == "lanjut" else s.teks
            if "\n" in teks:
                xml.append(_sel(teks, s, w, r, ukuran, kepala, g))
                continue
            kunci = (w, r, kepala, g, s.rata, s.tebal, s.miring)
            if (b := bentuk.get(kunci)) is None:
                b = bentuk[kunci] = _bentuk_sel(s, w, r, ukuran, kepala, g)
            xml.append(f"{b[0]}{_teks(teks)}{b[1]}" if teks else b[2])
        if akhir < ncol:  # a short row: fill it so Word does not repair the table
            xml.append(_sel("", Sel(""), sum(lebar[akhir:]), ncol - akhir, ukuran, kepala, None))
        n_sel += len(xml)
        bagian.append(f"<w:tr><w:trPr>{trpr}</w:trPr>{''.join(xml)}</w:tr>")
    bagian.append("</w:tbl>")
    if ditulis is not None and ncol and n_sel > 1:  # what reading by pattern accepts
        tbl = "".join(bagian)
        ditulis[kunci_tabel(tbl.encode("utf-8"))] = functools.partial(
            _bacaan, tab, ncol, gabung, ukuran)
        bagian = [tbl]
    for teks in tab.catatan + ([f"Sumber: {tab.sumber}"] if tab.sumber else []):
        bagian.append(_paragraf(teks, "kiri", False, False, GAYA_CATATAN))
    bagian.append('<w:p><w:pPr><w:spacing w:before="0" w:after="40"/></w:pPr></w:p>')
    if tata.lanskap:  # `atur_halaman` puts it on landscape pages, with its caption
        return MULAI_LANSKAP + "".join(bagian) + AKHIR_LANSKAP
    return "".join(bagian)


# --- pages: landscape sections, signature blocks ---------------------------------------------

MULAI_LANSKAP = "<!--lakip:lanskap-->"
AKHIR_LANSKAP = "<!--/lakip:lanskap-->"
_SECTPR = re.compile(r"<w:sectPr[ >].*?</w:sectPr>", re.S)
_KETERANGAN = '<w:pStyle w:val="Caption"/>'
_JUDUL = re.compile(r'<w:pStyle w:val="Heading\d"/>')
_TTD = '<w:pStyle w:val="TandaTangan"/>'
_PEMISAH = (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>{}</w:pPr></w:p>'
)


def _akhir_dari(xml: str, kata: tuple[str, ...], i: int) -> int:
    """The last start of any of `kata` before `i`, or -1. Searched back in growing windows:
    a long document (a kabupaten's, tens of MB) is not scanned whole for each look-up."""
    lebar = 1 << 16
    while True:
        lo = max(0, i - lebar)
        j = max(xml.rfind(k, lo, i) for k in kata)
        if j >= 0 or lo == 0:
            return j
        lebar <<= 3


_P = ("<w:p>", "<w:p ")


def _awal_paragraf(xml: str, i: int) -> int:
    """Where the paragraph ending at `i` starts, or -1 when no paragraph ends there."""
    if not xml.endswith("</w:p>", 0, i):
        return -1
    return _akhir_dari(xml, _P, i)


def _awal_blok(xml: str, i: int) -> int:
    """A landscape table starts with its caption and the headings just above that."""
    j = _awal_paragraf(xml, i)
    if j >= 0 and _KETERANGAN in xml[j:i] and "SEQ Tabel" in xml[j:i]:
        i = j
    while (j := _awal_paragraf(xml, i)) >= 0:
        par = xml[j:i]
        if not _JUDUL.search(par) or "<w:sectPr" in par:
            break
        i = j
    return i


def _kosong(xml: str, a: int, b: int) -> bool:
    """Nothing a reader would see between a and b: no text, table or picture."""
    return all(
        xml.find(x, a, b) < 0 for x in ("<w:t>", "<w:t ", "<w:tbl>", "<w:drawing", "<w:pict")
    )


def _lanskap(sect: str) -> str:
    """A section's properties turned across the page, the binding margin at the top."""
    m = re.search(r"<w:pgMar ([^>]*)/>", sect)
    if m:
        a = dict(re.findall(r'w:(\w+)="([^"]*)"', m.group(1)))
        if {"top", "left", "bottom", "right"} <= a.keys():
            a["top"], a["right"], a["bottom"], a["left"] = (
                a["left"],
                a["top"],
                a["right"],
                a["bottom"],
            )
        mar = "<w:pgMar " + " ".join(f'w:{k}="{v}"' for k, v in a.items()) + "/>"
        sect = sect[: m.start()] + mar + sect[m.end() :]
    return re.sub(r"<w:pgSz [^>]*/>", _LANSKAP_PGSZ, sect)


def _blok_lanskap(xml: str, hapus: list[tuple[int, int, str]]) -> list[list[int]]:
    """(start, end) of each run of landscape tables; tables with nothing but empty
    paragraphs between them share one run. The markers go into `hapus`, to be removed."""
    blok: list[list[int]] = []
    pos = 0
    while (i := xml.find(MULAI_LANSKAP, pos)) >= 0:
        a = _awal_blok(xml, i)
        b = xml.find(AKHIR_LANSKAP, i) + len(AKHIR_LANSKAP)
        hapus += [(i, i + len(MULAI_LANSKAP), ""), (b - len(AKHIR_LANSKAP), b, "")]
        pos = b
        if _akhir_dari(xml, ("<w:tc>", "<w:tc "), i) > _akhir_dari(xml, ("</w:tc>",), i):
            continue  # in a table cell of the template: a section cannot break there
        if blok and _kosong(xml, blok[-1][1], a):
            blok[-1][1] = b
        else:
            blok.append([a, b])
    return blok


def _ubah_lanskap(xml: str) -> list[tuple[int, int, str]]:
    """Edits that put every run of landscape tables on pages of their own section, turned
    across: the section around it is split (portrait, landscape, portrait) with the same
    footer; page numbers carry on, a restart stays with the section's first part."""
    ubah: list[tuple[int, int, str]] = []
    ganti: dict[int, tuple[int, str]] = {}  # a section's own properties, rewritten
    for a, b in _blok_lanskap(xml, ubah):
        m = _SECTPR.search(xml, b)
        if m is None:
            continue
        sect = m.group(0)
        lanjut = re.sub(r' w:start="\d+"', "", sect)
        pertama = m.start() not in ganti
        j = _awal_paragraf(xml, a)
        di_awal = (j >= 0 and "<w:sectPr" in xml[j:a]) or xml.endswith("<w:body>", 0, a)
        if not di_awal:
            ubah.append((a, a, _PEMISAH.format(sect if pertama else lanjut)))
        mulai = sect if pertama and di_awal else lanjut
        if _kosong(xml, b, m.start()):  # the run ends its section: turn the section itself
            ganti[m.start()] = (m.end(), _lanskap(mulai))
        else:
            ubah.append((b, b, _PEMISAH.format(_lanskap(mulai))))
            ganti[m.start()] = (m.end(), lanjut)
    return ubah + [(i, j, t) for i, (j, t) in ganti.items()]


def _ubah_tanda_tangan(xml: str) -> list[tuple[int, int, str]]:
    """Edits that hold the paragraph before a signature block to it (its last lines at
    least), so the block never opens a page alone; the block itself keeps together through
    its style."""
    ubah: list[tuple[int, int, str]] = []
    pos = 0
    while (i := xml.find(_TTD, pos)) >= 0:
        pos = i + len(_TTD)
        p = _akhir_dari(xml, _P, i)
        j = _awal_paragraf(xml, p)
        if j < 0:
            continue
        par = xml[j:p]
        if _TTD in par or "<w:keepNext/>" in par or "<w:sectPr" in par:
            continue
        buka = par.index(">") + 1
        if par.startswith("<w:pPr>", buka):
            gaya = re.match(r"<w:pPr>(<w:pStyle [^>]*/>)?", par[buka:])
            k = buka + gaya.end()  # type: ignore[union-attr]
            ubah.append((j + k, j + k, "<w:keepNext/>"))
        else:
            ubah.append((j + buka, j + buka, "<w:pPr><w:keepNext/></w:pPr>"))
    return ubah


def atur_halaman(xml: str) -> str:
    """The page layout of a rendered document.xml: landscape sections for wide tables, and
    signature blocks held to the paragraph before them (one pass over the text: a
    kabupaten's document is tens of MB)."""
    ubah = _ubah_lanskap(xml) if MULAI_LANSKAP in xml else []
    ubah += _ubah_tanda_tangan(xml)
    hasil, awal = [], 0
    for i, j, teks in sorted(ubah, key=lambda u: (u[0], u[1])):
        hasil += [xml[awal:i], teks]
        awal = j
    hasil.append(xml[awal:])
    return "".join(hasil)
