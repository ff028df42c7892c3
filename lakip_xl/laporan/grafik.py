"""The report's charts (IKM trend, capaian per indikator, serapan per program) as native Word
charts: DrawingML chart XML and its data workbook, written here as text (no library)."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal

from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Status
from lakip_xl.calc.format_id import angka
from lakip_xl.hitung import Hasil
from lakip_xl.laporan.wordml import teks_xml

FONT = "Arial"  # the report's table font (laporan/templat.py FONT_TABEL)
UKURAN_PT = 9  # axis labels and titles, as the tables' text
UKURAN_LABEL_PT = 8  # the values printed on bars and points
LEBAR_CM = 14.0  # the text width of an A4 portrait page (laporan/wordml.py LEBAR_ISI_TWIP)
EMU_CM = 360_000
BATAS_BATANG = 40  # more bars than this are unreadable on a page: show the distribution
BATAS_MUTU_B = Decimal("76.61")  # lowest IKM of mutu B (calc/skm.py)
LEMBAR = "Data"  # the sheet of the chart's workbook
INDONESIA = "[$-421]"  # LCID of Indonesian: LibreOffice then prints 84,75 (not 84.75)

BIRU = "1F4E79"
HIJAU = "2E7D32"
MERAH = "C62828"
ABU = "808080"
WARNA_KATEGORI = ("1B5E20", "43A047", "9CCC65", "FDD835", "FB8C00", "C62828")
"""Bars of a distribution per kategori, from the top band (green) down to the lowest (red)."""


@dataclass(frozen=True)
class Seri:
    """One series: its name (the workbook's column header), values, and how it is drawn."""

    nama: str
    nilai: list[Decimal]
    warna: str = BIRU
    warna_titik: list[str] | None = None  # a colour per bar (kategori, above/below target)
    label: bool = True  # the value printed on each bar or point
    putus: bool = False  # a dashed line without markers (a reference line)


@dataclass(frozen=True)
class Grafik:
    """A chart as data: kind, categories, series and axes. `chart_xml` and `xlsx` write it."""

    jenis: str  # "batang" (horizontal bars, top-down) or "garis" (a line over the years)
    judul_kategori: str  # column A's header in the workbook, and the category axis title
    kategori: list[str]
    seri: list[Seri]
    sumbu: str  # the value axis title
    digit: int = 2
    minimum: Decimal | None = None
    maksimum: Decimal | None = None
    satuan: Decimal | None = None  # major unit of the value axis
    garis_target: bool = False  # a black gridline at 100 on the value axis (the target)
    tinggi_cm: float = 7.5
    judul_sumbu_kategori: bool = True

    @property
    def format_angka(self) -> str:
        return f"{INDONESIA}#,##0" + ("." + "0" * self.digit if self.digit else "")


def _bulat_atas(x: Decimal, kelipatan: int = 10) -> Decimal:
    return Decimal(int(-(-x // kelipatan)) * kelipatan)


# --- the three charts, as data --------------------------------------------------------------


def grafik_ikm(tren: list[tuple[int, Decimal]]) -> Grafik | None:
    """IKM per year as a line with its value on each point, and the lowest value of mutu B as
    a dashed line; None for fewer than 2 years."""
    if len(tren) < 2:
        return None
    nilai = [bulat(v, 2) for _, v in tren]
    return Grafik(
        "garis",
        "Tahun",
        [str(t) for t, _ in tren],
        [
            Seri("Nilai IKM", nilai),
            Seri(
                f"Batas mutu B ({angka(BATAS_MUTU_B, 2)})",
                [BATAS_MUTU_B] * len(nilai),
                ABU,
                label=False,
                putus=True,
            ),
        ],
        "Nilai IKM",
        minimum=Decimal(max(0, int(min(min(nilai), BATAS_MUTU_B)) // 10 * 10 - 10)),
        maksimum=Decimal(100),
        satuan=Decimal(10),
        tinggi_cm=7.5,
    )


def _tinggi_batang(n: int) -> float:
    """Room for two lines of label per bar, within a page (A4 text is ~24 cm high)."""
    return min(22.0, 2.6 + 0.75 * n)


def _jumlah(
    data: list[tuple[str, int]], judul: str, sumbu: str, warna: list[str] | None = None
) -> Grafik:
    """Bars of counts per group (a distribution), for when one bar per item is unreadable."""
    nilai = [Decimal(x) for _, x in data]
    return Grafik(
        "batang",
        judul,
        [n for n, _ in data],
        [Seri(f"Jumlah {judul.lower()}", nilai, warna_titik=warna)],
        sumbu,
        digit=0,
        minimum=Decimal(0),
        maksimum=_bulat_atas(max(nilai) * Decimal("1.15") + 1, 5),
        tinggi_cm=_tinggi_batang(len(data)),
    )


def grafik_capaian(
    data: list[tuple[str, Decimal]], kategori: list[tuple[str, int]] | None = None
) -> Grafik | None:
    """Horizontal bars of capaian per indikator, green at or above the target (100 %), red
    below, against a black line at 100; above BATAS_BATANG indikator, bars of the number of
    indikator per kategori instead (when given)."""
    if not data:
        return None
    if len(data) > BATAS_BATANG:
        if not kategori:
            return None
        warna = [WARNA_KATEGORI[min(i, len(WARNA_KATEGORI) - 1)] for i in range(len(kategori))]
        return _jumlah(
            kategori, "Kategori", f"Jumlah indikator (dari {len(data)} indikator)", warna
        )
    nilai = [bulat(v, 2) for _, v in data]
    return Grafik(
        "batang",
        "Indikator",
        [n for n, _ in data],
        [Seri("Capaian (%)", nilai, warna_titik=[HIJAU if v >= 100 else MERAH for v in nilai])],
        "Capaian (%); garis tegak: target 100%",
        minimum=min(Decimal(0), _bulat_atas(min(nilai) * Decimal("1.15"))),
        maksimum=max(Decimal(120), _bulat_atas(max(nilai) * Decimal("1.15"))),
        satuan=Decimal(100),
        garis_target=True,
        tinggi_cm=_tinggi_batang(len(data)),
        judul_sumbu_kategori=False,
    )


PITA_SERAPAN = (
    ("< 50%", 0, 50),
    ("50% - < 75%", 50, 75),
    ("75% - < 90%", 75, 90),
    ("90% - < 100%", 90, 100),
    (">= 100%", 100, 10**9),
)


def grafik_serapan(data: list[tuple[str, Decimal | None]]) -> Grafik | None:
    """Horizontal bars of serapan per program (programs without anggaran are left out); above
    BATAS_BATANG programs, the number of programs per serapan band instead."""
    ada = [(n, bulat(v, 2)) for n, v in data if v is not None]
    if not ada:
        return None
    if len(ada) > BATAS_BATANG:
        jumlah = [(n, sum(1 for _, v in ada if a <= v < b)) for n, a, b in PITA_SERAPAN]
        return _jumlah(jumlah, "Rentang Serapan", f"Jumlah program (dari {len(ada)} program)")
    nilai = [v for _, v in ada]
    return Grafik(
        "batang",
        "Program",
        [n for n, _ in ada],
        [Seri("Serapan (%)", nilai)],
        "Serapan (%)",
        minimum=Decimal(0),
        maksimum=max(Decimal(110), _bulat_atas(max(nilai) * Decimal("1.15"))),
        satuan=Decimal(20),
        tinggi_cm=_tinggi_batang(len(ada)),
        judul_sumbu_kategori=False,
    )


JUDUL = {
    "ikm": "Perkembangan Indeks Kepuasan Masyarakat",
    "capaian": "Capaian Kinerja per Indikator terhadap Target (100%)",
    "capaian_sebaran": "Jumlah Indikator per Kategori Capaian",
    "serapan": "Serapan Anggaran per Program",
    "serapan_sebaran": "Jumlah Program per Rentang Serapan Anggaran",
}


def grafik_laporan(hasil: Hasil) -> dict[str, tuple[Grafik, str] | None]:
    """The report's charts with their captions: IKM per year (the report year's IKM from this
    year's result), capaian of every indikator below the Sasaran Strategis tier that has one,
    serapan per program."""
    tahun = hasil.buku.profil.get("tahun") or 0
    tren = sorted(
        [(r[0], r[1]) for r in hasil.riwayat_ikm if r[0] != tahun]
        + ([(tahun, hasil.ikm_tahun)] if hasil.ikm_tahun is not None else [])
    )
    capaian = [
        (f"{h['kode'] or ''} {h['indikator'] or ''}".strip(), h.capaian.persen)
        for h in hasil.indikator
        if h.capaian.status is Status.ADA and h["tingkat"] != "Sasaran Strategis"
    ]
    serapan = [(p.baris.uraian, p.serapan) for p in hasil.anggaran.program]
    g = {
        "ikm": grafik_ikm(tren),
        "capaian": grafik_capaian(capaian, list(hasil.rata_semua.per_kategori.items())),
        "serapan": grafik_serapan(serapan),
    }
    return {
        k: (
            v,
            JUDUL[k if v.judul_kategori not in ("Kategori", "Rentang Serapan") else f"{k}_sebaran"],
        )
        if v
        else None
        for k, v in g.items()
    }


# --- DrawingML ------------------------------------------------------------------------------

NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_TAK_SAH = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _teks(t: str) -> str:
    """Text for XML: escaped, quotes too, characters XML cannot hold removed."""
    return teks_xml(_TAK_SAH.sub("", t))


def _kolom(i: int) -> str:
    """Column letter of the i-th column (0 = A), enough for a few series."""
    return chr(ord("A") + i)


def _huruf(ukuran_pt: float, tebal: bool = False) -> str:
    """a:defRPr in the report's font and size, black."""
    b = ' b="1"' if tebal else ' b="0"'
    return (
        f'<a:defRPr sz="{round(ukuran_pt * 100)}"{b}>'
        '<a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
        f'<a:latin typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:defRPr>'
    )


def _txpr(ukuran_pt: float, tebal: bool = False, rot: int | None = None) -> str:
    putar = f' rot="{rot}" vert="horz"' if rot is not None else ""
    return (
        f"<c:txPr><a:bodyPr{putar}/><a:lstStyle/><a:p><a:pPr>{_huruf(ukuran_pt, tebal)}</a:pPr>"
        '<a:endParaRPr lang="id-ID"/></a:p></c:txPr>'
    )


def _judul(teks: str, rot: int | None = None) -> str:
    """An axis title: rich text in the report's font, not over the plot."""
    putar = f' rot="{rot}" vert="horz"' if rot is not None else ""
    return (
        f"<c:title><c:tx><c:rich><a:bodyPr{putar}/><a:lstStyle/><a:p>"
        f"<a:pPr>{_huruf(UKURAN_PT)}</a:pPr>"
        f'<a:r><a:rPr lang="id-ID" sz="{UKURAN_PT * 100}" b="0"/><a:t>{_teks(teks)}</a:t></a:r>'
        '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
    )


def _garis(warna: str, lebar_pt: float = 0.75, putus: bool = False) -> str:
    dash = '<a:prstDash val="dash"/>' if putus else ""
    return (
        f'<a:ln w="{round(lebar_pt * 12700)}"><a:solidFill><a:srgbClr val="{warna}"/>'
        f"</a:solidFill>{dash}</a:ln>"
    )


def _isi(warna: str) -> str:
    return f'<c:spPr><a:solidFill><a:srgbClr val="{warna}"/></a:solidFill></c:spPr>'


def _label(g: Grafik, posisi: str) -> str:
    """Data labels: the value in Indonesian format, in the report's font."""
    return (
        f'<c:dLbls><c:numFmt formatCode="{_teks(g.format_angka)}" sourceLinked="0"/>'
        f"<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{_txpr(UKURAN_LABEL_PT)}"
        f'<c:dLblPos val="{posisi}"/><c:showLegendKey val="0"/><c:showVal val="1"/>'
        '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>'
        '<c:showBubbleSize val="0"/></c:dLbls>'
    )


def _data(g: Grafik, i: int, s: Seri) -> str:
    """c:tx, c:cat and c:val of series i: references into the workbook, with their values."""
    n = len(g.kategori)
    kol = _kolom(i + 1)
    kat = "".join(f'<c:pt idx="{j}"><c:v>{_teks(k)}</c:v></c:pt>' for j, k in enumerate(g.kategori))
    nilai = "".join(f'<c:pt idx="{j}"><c:v>{v}</c:v></c:pt>' for j, v in enumerate(s.nilai))
    return (
        f'<c:tx><c:strRef><c:f>{LEMBAR}!${kol}$1</c:f><c:strCache><c:ptCount val="1"/>'
        f'<c:pt idx="0"><c:v>{_teks(s.nama)}</c:v></c:pt></c:strCache></c:strRef></c:tx>',
        f"<c:cat><c:strRef><c:f>{LEMBAR}!$A$2:$A${n + 1}</c:f><c:strCache>"
        f'<c:ptCount val="{n}"/>{kat}</c:strCache></c:strRef></c:cat>'
        f"<c:val><c:numRef><c:f>{LEMBAR}!${kol}$2:${kol}${n + 1}</c:f><c:numCache>"
        f'<c:formatCode>{_teks(g.format_angka)}</c:formatCode><c:ptCount val="{n}"/>{nilai}'
        "</c:numCache></c:numRef></c:val>",
    )


def _seri_batang(g: Grafik, i: int, s: Seri) -> str:
    tx, catval = _data(g, i, s)
    titik = "".join(
        f'<c:dPt><c:idx val="{j}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>'
        f"{_isi(w)}</c:dPt>"
        for j, w in enumerate(s.warna_titik or [])
    )
    label = _label(g, "outEnd") if s.label else ""
    return (
        f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/>{tx}{_isi(s.warna)}'
        f'<c:invertIfNegative val="0"/>{titik}{label}{catval}</c:ser>'
    )


def _seri_garis(g: Grafik, i: int, s: Seri) -> str:
    tx, catval = _data(g, i, s)
    if s.putus:
        garis = _garis(s.warna, 1.0, putus=True)
        penanda = '<c:marker><c:symbol val="none"/></c:marker>'
    else:
        garis = _garis(s.warna, 2.0)
        penanda = (
            '<c:marker><c:symbol val="circle"/><c:size val="7"/>'
            f'<c:spPr><a:solidFill><a:srgbClr val="{s.warna}"/></a:solidFill>'
            f"{_garis(s.warna)}</c:spPr></c:marker>"
        )
    label = _label(g, "t") if s.label else ""
    return (
        f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/>{tx}<c:spPr>{garis}</c:spPr>'
        f'{penanda}{label}{catval}<c:smooth val="0"/></c:ser>'
    )


def _sumbu(g: Grafik) -> str:
    """The category axis and the value axis (ids 1 and 2). Bars run top-down in the
    workbook's order: the category axis is reversed and the value axis crosses it at its
    maximum, so the values stay at the bottom."""
    batang = g.jenis == "batang"
    urut = "maxMin" if batang else "minMax"
    skala = "".join(
        f'<c:{n} val="{v}"/>' for n, v in (("max", g.maksimum), ("min", g.minimum)) if v is not None
    )
    garis_kisi = (
        f"<c:majorGridlines><c:spPr>{_garis('000000', 1.25)}</c:spPr></c:majorGridlines>"
        if g.garis_target
        else f"<c:majorGridlines><c:spPr>{_garis('D9D9D9', 0.5)}</c:spPr></c:majorGridlines>"
    )
    judul_kat = (
        _judul(g.judul_kategori, -5400000 if batang else None) if g.judul_sumbu_kategori else ""
    )
    satuan = f'<c:majorUnit val="{g.satuan}"/>' if g.satuan else ""
    garis_sumbu = f"<c:spPr>{_garis('7F7F7F')}</c:spPr>"
    return (
        f'<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="{urut}"/></c:scaling>'
        f'<c:delete val="0"/><c:axPos val="{"l" if batang else "b"}"/>{judul_kat}'
        '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>'
        f'<c:minorTickMark val="none"/><c:tickLblPos val="low"/>{garis_sumbu}'
        f'{_txpr(UKURAN_PT if not batang else UKURAN_LABEL_PT)}<c:crossAx val="2"/>'
        '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        '<c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:tickMarkSkip val="1"/>'
        '<c:noMultiLvlLbl val="0"/></c:catAx>'
        f'<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/>{skala}</c:scaling>'
        f'<c:delete val="0"/><c:axPos val="{"b" if batang else "l"}"/>{garis_kisi}'
        f"{_judul(g.sumbu, None if batang else -5400000)}"
        f'<c:numFmt formatCode="{_teks(g.format_angka if not batang else INDONESIA + "#,##0")}"'
        ' sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>'
        f'<c:tickLblPos val="nextTo"/>{garis_sumbu}{_txpr(UKURAN_PT)}<c:crossAx val="1"/>'
        f'<c:crosses val="{"max" if batang else "autoZero"}"/>'
        f'<c:crossBetween val="between"/>{satuan}</c:valAx>'
    )


def chart_xml(g: Grafik, rid_data: str) -> bytes:
    """The chart part (word/charts/chartN.xml), elements in the order of ECMA-376's schema;
    `rid_data` is the relationship id of its workbook (word/embeddings/...xlsx)."""
    if g.jenis == "batang":
        seri = "".join(_seri_batang(g, i, s) for i, s in enumerate(g.seri))
        plot = (
            f'<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>'
            f'<c:varyColors val="0"/>{seri}<c:gapWidth val="60"/>'
            '<c:axId val="1"/><c:axId val="2"/></c:barChart>'
        )
    else:
        seri = "".join(_seri_garis(g, i, s) for i, s in enumerate(g.seri))
        plot = (
            f'<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{seri}'
            '<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>'
        )
    legenda = (
        f'<c:legend><c:legendPos val="b"/><c:overlay val="0"/>{_txpr(UKURAN_PT)}</c:legend>'
        if len(g.seri) > 1
        else ""
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<c:chartSpace xmlns:c="{NS_C}" xmlns:a="{NS_A}" xmlns:r="{NS_R}">'
        '<c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>'
        '<c:chart><c:autoTitleDeleted val="1"/>'
        f"<c:plotArea><c:layout/>{plot}{_sumbu(g)}</c:plotArea>{legenda}"
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln>'
        f"</c:spPr>{_txpr(UKURAN_PT)}"
        f'<c:externalData r:id="{rid_data}"><c:autoUpdate val="0"/></c:externalData>'
        "</c:chartSpace>"
    )
    return xml.encode("utf-8")


def inline_xml(rid: str, id_bentuk: int, nama: str, g: Grafik) -> str:
    """The w:drawing of a chart in a run: an inline frame of the page width pointing at the
    chart part through relationship `rid`."""
    cx, cy = round(LEBAR_CM * EMU_CM), round(g.tinggi_cm * EMU_CM)
    return (
        f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="{NS_WP}">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{id_bentuk}" name="{_teks(nama)}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="{NS_A}"><a:graphicData uri="{NS_C}">'
        f'<c:chart xmlns:c="{NS_C}" xmlns:r="{NS_R}" r:id="{rid}"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing>"
    )


# --- the chart's workbook (SpreadsheetML), what Word's "Edit Data" opens ---------------------

_NS_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_DOK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _sel_teks(ref: str, t: str, gaya: int = 0) -> str:
    s = f' s="{gaya}"' if gaya else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t>{_teks(t.strip())}</t></is></c>'


def _lembar(g: Grafik) -> str:
    kolom = [g.judul_kategori, *(s.nama for s in g.seri)]
    baris = [
        '<row r="1">'
        + "".join(_sel_teks(f"{_kolom(i)}1", k, 1) for i, k in enumerate(kolom))
        + "</row>"
    ]
    for j, k in enumerate(g.kategori, 2):
        nilai = "".join(
            f'<c r="{_kolom(i)}{j}" s="2"><v>{s.nilai[j - 2]}</v></c>'
            for i, s in enumerate(g.seri, 1)
        )
        baris.append(f'<row r="{j}">{_sel_teks(f"A{j}", k)}{nilai}</row>')
    lebar = max((len(k) for k in g.kategori), default=10)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_NS_S}">'
        f'<dimension ref="A1:{_kolom(len(g.seri))}{len(g.kategori) + 1}"/>'
        f'<cols><col min="1" max="1" width="{min(80, max(12, lebar + 2))}" customWidth="1"/>'
        f'<col min="2" max="{len(g.seri) + 1}" width="18" customWidth="1"/></cols>'
        f"<sheetData>{''.join(baris)}</sheetData></worksheet>"
    )


def _gaya(g: Grafik) -> str:
    kode = "#,##0" + ("." + "0" * g.digit if g.digit else "")
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_NS_S}">'
        f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{kode}"/></numFmts>'
        f'<fonts count="2"><font><sz val="10"/><name val="{FONT}"/></font>'
        f'<font><b/><sz val="10"/><name val="{FONT}"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '</cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"'
        ' xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"'
        ' applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"'
        ' applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def xlsx(g: Grafik) -> bytes:
    """The chart's data as a one-sheet .xlsx: column A the categories, one column per series
    (the cells the chart's formulas name)."""
    kepala = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    bagian = {
        "[Content_Types].xml": f'{kepala}<Types xmlns="{_NS_CT}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/></Types>',
        "_rels/.rels": f'{kepala}<Relationships xmlns="{_NS_PR}"><Relationship Id="rId1" '
        f'Type="{_DOK}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'{kepala}<workbook xmlns="{_NS_S}" xmlns:r="{_DOK}"><sheets>'
        f'<sheet name="{LEMBAR}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'{kepala}<Relationships xmlns="{_NS_PR}">'
        f'<Relationship Id="rId1" Type="{_DOK}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_DOK}/styles" Target="styles.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": _lembar(g),
        "xl/styles.xml": _gaya(g),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, isi in bagian.items():
            z.writestr(
                zipfile.ZipInfo(nama, (1980, 1, 1, 0, 0, 0)),
                isi.encode("utf-8"),
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return buf.getvalue()
