"""Word tables as WordprocessingML text, written directly from `TabelLaporan` (fast: no
python-docx object per cell). Inserted into the template where `{{p x.isi }}` stands."""

from __future__ import annotations

from xml.sax.saxutils import escape

from lakip_xl.laporan.tabel import Sel, TabelLaporan

LEBAR_ISI_TWIP = 7938  # 14 cm: A4 (21 cm) minus margins 4 + 3 cm; 1 cm = 567 twips
_RATA = {"kiri": "left", "kanan": "right", "tengah": "center"}


class XmlMentah:
    """Raw WordprocessingML for docxtpl: `__html__` keeps autoescape from escaping it."""

    def __init__(self, xml: str) -> None:
        self.xml = xml

    def __html__(self) -> str:
        return self.xml

    def __str__(self) -> str:
        return self.xml


def _teks(t: str) -> str:
    return escape(t).replace('"', "&quot;")


GAYA_ISI = "TabelIsi"  # Arial 9 pt, 1 pt before/after, single spacing, no indent
GAYA_KECIL = "TabelKecil"  # the same at 7,5 pt, for wide tables
GAYA_CATATAN = "TabelCatatan"  # notes under a table: 8 pt italic


def _paragraf(teks: str, rata: str, tebal: bool, miring: bool, gaya: str) -> str:
    """A table paragraph: formatting comes from its style, so each cell stays small."""
    jc = "" if rata == "kiri" else f'<w:jc w:val="{_RATA[rata]}"/>'
    rpr = ("<w:b/>" if tebal else "") + ("<w:i/>" if miring else "")
    run = (
        f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}"
        f'<w:t xml:space="preserve">{_teks(teks)}</w:t></w:r>'
        if teks
        else ""
    )
    return f'<w:p><w:pPr><w:pStyle w:val="{gaya}"/>{jc}</w:pPr>{run}</w:p>'


def _sel(s: Sel, lebar: int, rentang: int, gaya: str, arsir: bool, gabung_v: str | None) -> str:
    tcpr = f'<w:tcW w:w="{lebar}" w:type="dxa"/>'
    if rentang > 1:
        tcpr += f'<w:gridSpan w:val="{rentang}"/>'
    if gabung_v is not None:
        tcpr += '<w:vMerge w:val="restart"/>' if gabung_v == "restart" else "<w:vMerge/>"
    if arsir:
        tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
    tcpr += '<w:vAlign w:val="center"/>' if arsir else ""
    paragraf = "".join(
        _paragraf(b, s.rata, s.tebal, s.miring, gaya)
        for b in (s.teks.split("\n") if s.teks else [""])
    )
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{paragraf}</w:tc>"


def tabel_xml(tab: TabelLaporan) -> str:
    """One table (header rows repeated on every page, rows never split, fixed column widths,
    header cells merged down over empty cells below them) and its notes, as body XML."""
    ncol = len(tab.lebar)
    total = sum(tab.lebar)
    lebar = [round(LEBAR_ISI_TWIP * x / total) for x in tab.lebar]
    ukuran = GAYA_KECIL if tab.kecil else GAYA_ISI
    mar = 57 if tab.kecil else 85
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
    bagian = [f"<w:tbl>{tblpr}{grid}"]
    for nomor, baris in enumerate(tab.kepala + tab.baris):
        kepala = nomor < len(tab.kepala)
        trpr = "<w:cantSplit/>" + ("<w:tblHeader/>" if kepala else "")
        sel = []
        c = 0
        for s in baris:
            if c >= ncol:
                break
            r = min(s.rentang, ncol - c)
            g = gabung.get((nomor, c)) if kepala else None
            sel.append(
                _sel(
                    Sel("" if g == "lanjut" else s.teks, s.rata, s.tebal, s.rentang, s.miring),
                    sum(lebar[c : c + r]),
                    r,
                    ukuran,
                    kepala,
                    None if g is None else ("restart" if g == "restart" else "lanjut"),
                )
            )
            c += r
        if c < ncol:  # a short row: fill it so Word does not repair the table
            sel.append(_sel(Sel(""), sum(lebar[c:]), ncol - c, ukuran, kepala, None))
        bagian.append(f"<w:tr><w:trPr>{trpr}</w:trPr>{''.join(sel)}</w:tr>")
    bagian.append("</w:tbl>")
    for teks in tab.catatan + ([f"Sumber: {tab.sumber}"] if tab.sumber else []):
        bagian.append(_paragraf(teks, "kiri", False, False, GAYA_CATATAN))
    bagian.append('<w:p><w:pPr><w:spacing w:before="0" w:after="40"/></w:pPr></w:p>')
    return "".join(bagian)
