"""The one module that uses docxtpl: fill the Word template with the report context."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import io
import os
import re
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from lakip_xl import __version__
from lakip_xl.buku.berkas import periksa_docx
from lakip_xl.buku.simpan import tulis_aliran
from lakip_xl.errors import LakipError
from lakip_xl.hitung import Hasil
from lakip_xl.laporan import foto, grafik, nama_templat, tembolok
from lakip_xl.laporan.konteks import Bagian, Gambar, Konteks, Unit, bangun
from lakip_xl.laporan.tabel import TabelLaporan
from lakip_xl.laporan.templat import pastikan_gaya_tabel, templat_bawaan
from lakip_xl.laporan.wordml import BacaanTabel, XmlMentah, atur_halaman, satu_bita, tabel_xml


@dataclasses.dataclass
class TabelDoc:
    """A table ready for the template: `judul` for the caption, `isi` the Word table."""

    judul: str
    isi: Any
    sumber: TabelLaporan


# --- the template is code: bounds ------------------------------------------------------------

MAKS_KELUARAN = 64 * 2**20
"""Characters one rendered part may have (the sample report's document.xml has ~1,5 M)."""
MAKS_DETIK = 120.0
"""Wall-clock seconds the template may run (the sample report renders in under 2 s)."""
MAKS_ANGKA = 100_000
"""Largest number a template may pass to a filter or method ({{ x|center(10**9) }})."""
TAG_TERLARANG = {
    nodes.Include: "{% include %}",
    nodes.Import: "{% import %}",
    nodes.FromImport: "{% from ... import %}",
    nodes.Extends: "{% extends %}",
}


class _Batas:
    """A trace function that stops a template running longer than its time (two nested loops
    over a long text): it only looks at frames of template code (`<template>`)."""

    def __init__(self, detik: float) -> None:
        self.akhir = time.monotonic() + detik
        self.langkah = 0

    def __call__(self, frame: Any, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename != "<template>":
            return None
        return self.baris

    def baris(self, frame: Any, event: str, arg: Any) -> Any:
        self.langkah += 1
        if self.langkah % 4096 == 0 and time.monotonic() > self.akhir:
            raise SecurityError("templat berjalan terlalu lama (batas waktu terlampaui)")
        return self.baris


def _besar(x: Any) -> int:
    return len(x) if isinstance(x, (str, bytes, list, tuple)) else 0


def _periksa_argumen(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for a in (*args, *kwargs.values()):
        if isinstance(a, int) and not isinstance(a, bool) and abs(a) > MAKS_ANGKA:
            raise SecurityError(f"angka {a} terlalu besar untuk templat (batas {MAKS_ANGKA})")


def _terbatas(f: Any) -> Any:
    @functools.wraps(f)
    def filter_(*args: Any, **kwargs: Any) -> Any:
        _periksa_argumen(args[1:], kwargs)
        return f(*args, **kwargs)

    return filter_


class LingkunganTerbatas(SandboxedEnvironment):
    """The sandbox with bounds on what a template may build: no string or list multiplied past
    MAKS_KELUARAN, no huge powers, no huge numbers given to filters and methods, output of at
    most MAKS_KELUARAN characters."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.filters = {n: _terbatas(f) for n, f in self.filters.items()}
        self.concat = self._gabung  # type: ignore[method-assign]

    @staticmethod
    def _gabung(potongan: Any) -> str:
        hasil, jumlah = [], 0
        for p in potongan:
            jumlah += len(p)
            if jumlah > MAKS_KELUARAN:
                raise SecurityError(f"templat menghasilkan lebih dari {MAKS_KELUARAN} karakter")
            hasil.append(p)
        return "".join(hasil)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            n, k = (left, right) if isinstance(right, int) else (right, left)
            if isinstance(k, int) and _besar(n) * k > MAKS_KELUARAN:
                raise SecurityError("templat membuat teks yang terlalu panjang dengan '*'")
        elif operator == "**":
            if isinstance(right, (int, float)) and abs(right) > 100:
                raise SecurityError("templat memakai pangkat yang terlalu besar")
        elif operator == "+" and _besar(left) + _besar(right) > MAKS_KELUARAN:
            raise SecurityError("templat membuat teks yang terlalu panjang dengan '+'")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _periksa_argumen(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def compile(  # type: ignore[override]
        self,
        source: Any,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> Any:
        """Jinja's compile, the code of a template's text kept in the user's cache folder
        (`tembolok`): the same template is not compiled again on every report (~0,14 s). Only a
        template whose parse passed LingkunganPeriksa's check is ever stored, and the key holds
        lakip's version, so a cached template was checked against this version's context."""
        if raw or defer_init or name or filename or not isinstance(source, str):
            return super().compile(source, name, filename, raw, defer_init)
        garam = " ".join(
            map(
                str,
                (
                    __version__, jinja2.__version__, sys.version, type(self).__qualname__,
                    sorted(self.intercepted_binops), self.autoescape, self.optimized,
                ),
            )
        )  # fmt: skip
        return tembolok.kode(source, garam, lambda: super(LingkunganTerbatas, self).compile(source))


def lingkungan() -> SandboxedEnvironment:
    """The Jinja environment: sandboxed and bounded, autoescaped, undefined variables are
    errors."""
    return LingkunganTerbatas(autoescape=True, undefined=StrictUndefined)


class LingkunganPeriksa(LingkunganTerbatas):
    """The rendering environment that checks each part's syntax tree, from the parse that
    renders it, before any of it runs: include/import/extends tags, and every name, value and
    filter the context lacks (`nama_templat`), in the words periksa-template uses."""

    def __init__(self, nama_templat: str, **kw: Any) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, **kw)
        self.nama_templat = nama_templat

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        pohon = super()._parse(source, name, filename)
        periksa_pohon_templat(self.nama_templat, pohon, self)
        return pohon


def periksa_pohon_templat(nama: str, pohon: nodes.Template, env: SandboxedEnvironment) -> None:
    """Refuse a template's syntax tree that has include/import/extends tags or names the
    report context lacks, in one Indonesian sentence."""
    tag = sorted({TAG_TERLARANG[type(n)] for n in pohon.find_all(tuple(TAG_TERLARANG))})
    if tag:
        raise LakipError(_pesan_luar(nama, [f"tag {t}" for t in tag]))
    temuan = nama_templat.periksa_pohon(pohon, env, nama_templat.skema_konteks())
    if temuan:
        raise LakipError(nama_templat.pesan(nama, temuan))


@contextlib.contextmanager
def batas_waktu(detik: float | None = None) -> Iterator[None]:
    """Run the template code inside with a wall-clock limit (template frames only are traced):
    MAKS_DETIK, or LAKIP_BATAS_DETIK_TEMPLAT seconds when that is set."""
    detik = detik or float(os.environ.get("LAKIP_BATAS_DETIK_TEMPLAT") or MAKS_DETIK)
    lama = sys.gettrace()
    sys.settrace(_Batas(detik))
    try:
        yield
    finally:
        sys.settrace(lama)


def _xml_templat(tpl: DocxTemplate) -> str:
    """The Jinja source of a template: body, headers and footers, as docxtpl renders them."""
    tpl.init_docx(reload=False)
    xml = tpl.patch_xml(tpl.xml_to_string(tpl.docx._element.body))
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for rel in tpl.docx._part.rels.values():
            if rel.reltype == uri and rel.target_part.blob:
                xml += tpl.patch_xml(tpl.xml_to_string(parse_xml(rel.target_part.blob)))
    return xml


def tag_terlarang(tpl: DocxTemplate) -> list[str]:
    """The include/import/extends tags of a template (a report template stands alone)."""
    pohon = lingkungan().parse(_xml_templat(tpl))
    return sorted({TAG_TERLARANG[type(n)] for n in pohon.find_all(tuple(TAG_TERLARANG))})


def bagian_luar(templat: Path) -> list[str]:
    """What a template pulls in from outside or imports whole when Word opens it: external
    relationships other than hyperlinks (linked pictures, attached templates, OLE links,
    frames) and altChunk parts (HTML, RTF or documents merged in), in Indonesian."""
    temuan: list[str] = []
    with zipfile.ZipFile(templat) as z:
        for nama in z.namelist():
            if not nama.endswith(".rels"):
                continue
            akar = etree.fromstring(z.read(nama), etree.XMLParser(resolve_entities=False))
            for r in akar:
                jenis = r.get("Type", "").rsplit("/", 1)[-1]
                if jenis == "aFChunk":
                    temuan.append(f"bagian altChunk '{r.get('Target')}' (isi yang disisipkan Word)")
                elif r.get("TargetMode") == "External" and jenis != "hyperlink":
                    temuan.append(f"tautan luar ({jenis}) ke '{r.get('Target')}'")
    return temuan


def _pesan_luar(nama: str, temuan: list[str]) -> str:
    return (
        f"Templat '{nama}' memuat {'; '.join(temuan)}. Templat laporan harus berdiri "
        "sendiri: hapus bagian itu di Word (tag include/import/extends tidak didukung; "
        "gambar dan isi dari luar disisipkan langsung, bukan ditautkan) lalu ulangi."
    )


def periksa_keamanan(templat: Path, tpl: DocxTemplate | None = None) -> None:
    """Refuse a template with external links or altChunk parts (and, given `tpl`, with
    include/import/extends tags: a parse of its own), in one Indonesian sentence."""
    temuan = ([f"tag {t}" for t in tag_terlarang(tpl)] if tpl is not None else [])
    temuan += bagian_luar(templat)
    if temuan:
        raise LakipError(_pesan_luar(templat.name, temuan))


# --- context conversion --------------------------------------------------------------------


_PENANDA = "LAKIPTABEL:"
_NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _ubah(tpl: DocxTemplate, x: Any, tertunda: dict[str, TabelLaporan]) -> Any:
    """Context for docxtpl: tables become small marker paragraphs (their Word XML is put in
    after rendering, see `_sisipkan_tabel`), pictures InlineImage, units plain dicts."""
    if isinstance(x, TabelLaporan):
        kunci = str(len(tertunda))
        tertunda[kunci] = x
        penanda = f"<w:p><w:r><w:t>{_PENANDA}{kunci}</w:t></w:r></w:p>"
        return TabelDoc(x.judul, XmlMentah(penanda), x)
    if isinstance(x, Gambar):
        gambar = InlineImage(tpl, _foto(x.berkas).berkas(), width=Cm(foto.LEBAR_FOTO_CM))
        return {"gambar": gambar, "keterangan": x.keterangan}
    if isinstance(x, Unit):
        return {f.name: _ubah(tpl, getattr(x, f.name), tertunda) for f in dataclasses.fields(x)}
    if isinstance(x, Bagian):
        b = Bagian()
        b.update({k: _ubah(tpl, v, tertunda) for k, v in x.items()})
        return b
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return x
    if isinstance(x, dict):
        return {k: _ubah(tpl, v, tertunda) for k, v in x.items()}
    if isinstance(x, list):
        return [_ubah(tpl, v, tertunda) for v in x]
    return x


def _foto(path: Path, **ukuran: Any) -> foto.FotoSiap:
    """A photo or logo ready to embed (checked before, in the context: a file that changed
    since is refused here, never embedded as it is)."""
    try:
        return foto.siapkan(Path(path), **ukuran)
    except foto.FotoDitolak as e:
        raise LakipError(f"Gambar tidak dapat dipasang: {e}.") from None


def sebab_templat(e: Exception) -> str:
    """What went wrong in a template, in Indonesian words (Jinja's messages are English): the
    sandbox's own sentences as they are, an unknown name or filter by its name."""
    s = str(e)
    if isinstance(e, SecurityError):
        if s.startswith(("templat ", "angka ")):  # raised by this module, already Indonesian
            return s
        return "templat memakai atribut atau perintah yang tidak diizinkan"
    if m := re.search(r"has no attribute '([^']+)'", s):
        return f"nilai '{m.group(1)}' tidak ada"
    if m := re.search(r"'([^']+)' is undefined", s):
        return f"nama '{m.group(1)}' tidak dikenal"
    if m := re.search(r"No (filter|test) named '([^']+)'", s):
        return f"{'filter' if m.group(1) == 'filter' else 'uji'} '{m.group(2)}' tidak dikenal"
    if isinstance(e, TemplateError):
        return "penulisan {{ ... }} atau {% ... %} salah (tanda tidak lengkap atau tak berpasangan)"
    if isinstance(e, ArithmeticError):
        return "sebuah rumus di templat tidak dapat dihitung (mis. pembagian dengan nol)"
    return "sebuah rumus di templat tidak dapat dihitung"


def sisipkan_tabel(xml: str, tertunda: dict[str, TabelLaporan],
                   ditulis: dict[bytes, Callable[[], BacaanTabel]] | None = None) -> str:
    """The document XML with each marker paragraph replaced by its table's WordprocessingML
    (each table as read back into `ditulis`, when given: `tabel_xml`)."""
    if _PENANDA not in xml:
        return xml
    bagian: list[str] = []
    awal = 0
    while (i := xml.find(_PENANDA, awal)) >= 0:
        mulai = max(xml.rfind("<w:p>", 0, i), xml.rfind("<w:p ", 0, i))
        selesai = xml.find("</w:p>", i) + len("</w:p>")
        j = k = i + len(_PENANDA)
        while k < len(xml) and xml[k].isdigit():
            k += 1
        bagian += [xml[awal:mulai], tabel_xml(tertunda[xml[j:k]], ditulis=ditulis)]
        awal = selesai
    bagian.append(xml[awal:])
    return "".join(bagian)


_SEQ = re.compile(
    r"(<w:instrText[^>]*> SEQ (\w+) [^<]*</w:instrText>.*?"
    r'<w:fldChar w:fldCharType="separate"/>.*?<w:t[^>]*>)\d*(</w:t>)',
    re.S,
)


def nomori_keterangan(xml: str) -> str:
    """Number the SEQ caption fields (Tabel 1, 2, ... and Gambar 1, 2, ...) in document order,
    so the captions read right even before Word or LibreOffice updates the fields."""
    hitung: dict[str, int] = {}

    def ganti(m: re.Match[str]) -> str:
        hitung[m.group(2)] = hitung.get(m.group(2), 0) + 1
        return f"{m.group(1)}{hitung[m.group(2)]}{m.group(3)}"

    return _SEQ.sub(ganti, xml)


TEKAN = 3
"""zlib level of the saved report: on the L workbook's 36 MB document.xml level 3 takes a quarter
of the default level 6's time (0,15 s against 0,56 s) for a file ~20 % larger (1,55 MB against
1,25 MB; the sample 142 KB against 115 KB); Word and LibreOffice read any level."""


def simpan_dengan_tabel(
    tpl: DocxTemplate,
    tertunda: dict[str, TabelLaporan],
    tujuan: Any,
    olah: Callable[[str], str] | None = None,
    ditulis: dict[bytes, Callable[[], BacaanTabel]] | None = None,
) -> None:
    """Save the rendered document with its tables spliced into word/document.xml as text
    (then `olah` over that XML, if given; each table as read back into `ditulis`, when
    given); used by the report and the Perjanjian Kinerja.

    Tables go in after docxtpl (whose passes over the document would otherwise walk every
    table row) and without building an lxml tree of them, which for a kabupaten's thousands
    of rows costs seconds and a gigabyte; only the tables the template uses are built."""
    pastikan_gaya_tabel(tpl.docx)
    buf = io.BytesIO()
    tpl.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as z, zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            isi = z.read(info.filename)
            if info.filename == "word/document.xml":
                isi = sisipkan_tabel(satu_bita(isi.decode("utf-8")), tertunda, ditulis)
                if olah is not None:
                    isi = olah(isi)
                isi = isi.encode("utf-8")
            out.writestr(info, isi, compress_type=zipfile.ZIP_DEFLATED, compresslevel=TEKAN)


def _simpan(tpl: DocxTemplate, tertunda: dict[str, TabelLaporan], tujuan: Any,
            ditulis: dict[bytes, Callable[[], BacaanTabel]] | None) -> None:
    """The report: its page setup and caption numbers applied after the tables."""
    simpan_dengan_tabel(tpl, tertunda, tujuan, lambda x: nomori_keterangan(atur_halaman(x)),
                        ditulis)


class GrafikDoc:
    """A chart for docxtpl: where the template prints it, its chart part and data workbook
    join the document and the run gets the inline drawing (as InlineImage does for
    pictures)."""

    def __init__(self, tpl: DocxTemplate, g: grafik.Grafik, nomor: int) -> None:
        self.tpl, self.g, self.nomor = tpl, g, nomor
        self._bagian: Part | None = None

    def _bagian_grafik(self, paket: Any) -> Part:
        if self._bagian is None:
            nama = paket.next_partname("/word/charts/chart%d.xml")
            chart = Part(nama, CT.DML_CHART, b"", paket)
            nama_data = paket.next_partname("/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx")
            data = Part(nama_data, CT.SML_SHEET, grafik.xlsx(self.g), paket)
            chart._blob = grafik.chart_xml(self.g, chart.relate_to(data, RT.PACKAGE))
            self._bagian = chart
        return self._bagian

    def __html__(self) -> str:
        part = self.tpl.current_rendering_part
        rid = part.relate_to(self._bagian_grafik(part.package), RT.CHART)
        gambar = grafik.inline_xml(rid, 90_000 + self.nomor, f"Grafik {self.nomor}", self.g)
        return f'</w:t></w:r><w:r>{gambar}</w:r><w:r><w:t xml:space="preserve">'

    __str__ = __html__


def temuan_templat(templat: Path) -> nama_templat.Temuan:
    """What a template uses that the report context lacks, from one parse of its body,
    headers and footers; refuses (LakipError) what cannot be a report template at all."""
    periksa_docx(templat)
    try:
        tpl = DocxTemplate(str(templat))
        periksa_keamanan(templat)
        env = lingkungan()
        pohon = env.parse(_xml_templat(tpl))
        tag = sorted({TAG_TERLARANG[type(n)] for n in pohon.find_all(tuple(TAG_TERLARANG))})
        if tag:
            raise LakipError(_pesan_luar(templat.name, [f"tag {t}" for t in tag]))
        return nama_templat.periksa_pohon(pohon, env, nama_templat.skema_konteks())
    except LakipError:
        raise
    except TemplateError as e:
        raise LakipError(f"Templat '{templat.name}' tidak valid: {sebab_templat(e)}.") from e
    except Exception as e:
        raise LakipError(
            f"Templat '{templat.name}' tidak dapat dibaca sebagai templat Word; simpan ulang di "
            "Word sebagai .docx lalu ulangi."
        ) from e


def periksa_templat(templat: Path) -> list[str]:
    """Names and values a template uses that the report does not provide (empty list: all
    known); an unknown filter or test refuses it, as rendering would."""
    temuan = temuan_templat(templat)
    if temuan.filter:
        raise LakipError(nama_templat.pesan(templat.name, temuan))
    return temuan.daftar()


def render(
    hasil: Hasil, keluar: Path, *, templat: Path | None = None, folder_buku: Path | None = None,
    catat_tabel: bool = False,
) -> Konteks:
    """Render the report of a computed workbook to `keluar` (.docx), atomically. With
    `catat_tabel`, `Konteks.tabel_ditulis` says how its tables read back (for the
    self-check that follows; no record is kept for a caller that does not check).

    Returns the context (its `masalah` lists warnings such as missing photos). Raises
    LakipError naming the unknown variables when the template uses names the report lacks.
    """
    batas = batas_waktu() if templat is not None else contextlib.nullcontext()  # the user's
    templat = templat or templat_bawaan()
    if not templat.is_file():
        raise LakipError(f"Templat '{templat}' tidak ditemukan; periksa opsi --template.")
    periksa_docx(templat)
    if keluar.is_file() and not keluar.stat().st_mode & 0o222:
        raise LakipError(
            f"Berkas '{keluar.name}' bersifat hanya-baca (read-only); laporan tidak menimpanya. "
            "Hilangkan centang Read-only di Properties berkas itu, atau pilih nama lain dengan -o."
        )
    konteks = bangun(hasil, folder_buku)
    try:
        tpl = DocxTemplate(str(templat))
    except Exception as e:
        raise LakipError(
            f"Templat '{templat.name}' tidak dapat dibaca sebagai templat Word; simpan ulang di "
            "Word sebagai .docx lalu ulangi."
        ) from e
    periksa_keamanan(templat)  # the tags and names: checked on the parse that renders
    tertunda: dict[str, TabelLaporan] = {}
    data = _ubah(tpl, konteks.data, tertunda)
    data["grafik"] = {
        k: {"gambar": GrafikDoc(tpl, v[0], i), "judul": v[1]} if v else None
        for i, (k, v) in enumerate(grafik.grafik_laporan(hasil).items(), 1)
    }
    if konteks.data["logo"] is not None:
        logo = _foto(konteks.data["logo"], **foto.UKURAN_LOGO).berkas()
        data["logo"] = InlineImage(tpl, logo, height=Cm(foto.TINGGI_LOGO_CM))
    try:
        with batas:
            tpl.render(data, jinja_env=LingkunganPeriksa(templat.name), autoescape=True)
    except SecurityError as e:
        raise LakipError(
            f"Templat '{templat.name}' dihentikan: {sebab_templat(e)}. Templat laporan hanya "
            "mengisi nilai; sederhanakan perulangan dan rumusnya di Word lalu ulangi."
        ) from e
    except UndefinedError as e:
        raise LakipError(
            f"Templat '{templat.name}' tidak dapat diisi: {sebab_templat(e)}; perbaiki templatnya."
        ) from e
    except TemplateSyntaxError as e:  # the words periksa-template says (temuan_templat)
        raise LakipError(f"Templat '{templat.name}' tidak valid: {sebab_templat(e)}.") from e
    except LakipError:
        raise
    except Exception as e:  # Jinja's own errors, or a formula such as 1/0 in the template
        raise LakipError(
            f"Templat '{templat.name}' tidak dapat diisi: {sebab_templat(e)}; perbaiki "
            "templatnya di Word lalu ulangi."
        ) from e
    ditulis: dict[bytes, Callable[[], BacaanTabel]] | None = {} if catat_tabel else None
    tulis_aliran(keluar, lambda f: _simpan(tpl, tertunda, f, ditulis))
    konteks.tabel_ditulis = ditulis or {}
    return konteks
