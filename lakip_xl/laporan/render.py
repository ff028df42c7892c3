"""The one module that uses docxtpl: fill the Word template with the report context."""

from __future__ import annotations

import dataclasses
import os
import tempfile
from pathlib import Path
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docxtpl import DocxTemplate, InlineImage
from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Status
from lakip_xl.errors import LakipError
from lakip_xl.hitung import Hasil
from lakip_xl.laporan import grafik
from lakip_xl.laporan.konteks import NAMA_KONTEKS, Bagian, Gambar, Konteks, Unit, bangun
from lakip_xl.laporan.tabel import TabelLaporan
from lakip_xl.laporan.templat import FONT_TABEL, templat_bawaan

LEBAR_ISI_CM = 14.0  # A4 (21 cm) minus margins 4 + 3 cm
LEBAR_GAMBAR_CM = 14.0


@dataclasses.dataclass
class TabelDoc:
    """A table ready for the template: `judul` for the caption, `isi` the Word table."""

    judul: str
    isi: Any
    sumber: TabelLaporan


def lingkungan() -> SandboxedEnvironment:
    """The Jinja environment: sandboxed, autoescaped, undefined variables are errors."""
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


# --- tables ----------------------------------------------------------------------------------


def _arsir(cell: Any, warna: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), warna)
    tcpr.append(shd)


def _baris_opsi(row: Any, kepala: bool) -> None:
    trpr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trpr.append(cs)
    if kepala:
        th = OxmlElement("w:tblHeader")
        trpr.append(th)


def _isi_sel(cell: Any, teks: str, rata: str, tebal: bool, miring: bool, ukuran: float) -> None:
    par = cell.paragraphs[0]
    baris = teks.split("\n")
    for i, b in enumerate(baris):
        if i:
            par = cell.add_paragraph()
        r = par.add_run(b)
        r.bold = tebal or None
        r.italic = miring or None
        r.font.size = Pt(ukuran)
        r.font.name = FONT_TABEL
        par.alignment = {
            "kanan": WD_ALIGN_PARAGRAPH.RIGHT,
            "tengah": WD_ALIGN_PARAGRAPH.CENTER,
            "kiri": WD_ALIGN_PARAGRAPH.LEFT,
        }[rata]
        pf = par.paragraph_format
        pf.space_before = pf.space_after = Pt(1)
        pf.line_spacing = 1.0
        pf.first_line_indent = Cm(0)


def tabel_word(tpl: DocxTemplate, tab: TabelLaporan) -> Any:
    """Build the Word table of a TabelLaporan in a docxtpl Subdoc: header rows repeat on each
    page, numbers right-aligned, bold rows for programs and totals, rows never split."""
    sd = tpl.new_subdoc()
    ncol = len(tab.lebar)
    tbl = sd.add_table(rows=0, cols=ncol)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(tab.lebar)
    lebar = [Cm(LEBAR_ISI_CM * x / total) for x in tab.lebar]
    ukuran = 7.5 if tab.kecil else 9.0
    posisi_kepala: list[list[tuple[int, int, str]]] = []
    for nomor, isi in enumerate(tab.kepala + tab.baris):
        kepala = nomor < len(tab.kepala)
        row = tbl.add_row()
        _baris_opsi(row, kepala)
        c = 0
        pos = []
        for s in isi:
            if c >= ncol:
                break
            akhir = min(c + s.rentang, ncol) - 1
            cell = row.cells[c]
            if akhir > c:
                cell = cell.merge(row.cells[akhir])
            _isi_sel(cell, s.teks, s.rata, s.tebal, s.miring, ukuran)
            if kepala:
                _arsir(cell, "D9E2F3")
            pos.append((c, akhir, s.teks))
            c = akhir + 1
        if kepala:
            posisi_kepala.append(pos)
    # merge a header cell down into the empty cell under it
    for i in range(1, len(posisi_kepala)):
        for c, akhir, teks in posisi_kepala[i]:
            if teks or c != akhir:
                continue
            atas = [p for p in posisi_kepala[i - 1] if p[0] == c and p[1] == c and p[2]]
            if atas:
                a = tbl.cell(i - 1, c)
                b = tbl.cell(i, c)
                m = a.merge(b)
                for par in m.paragraphs[1:]:
                    par._p.getparent().remove(par._p)
    tbl.autofit = False
    for j, col in enumerate(tbl.columns):
        col.width = lebar[j]
    for row in tbl.rows:
        for j, cell in enumerate(row.cells):
            if j < ncol:
                cell.width = lebar[j]
    tblpr = tbl._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    mar = OxmlElement("w:tblCellMar")
    for sisi in ("left", "right"):
        el = OxmlElement(f"w:{sisi}")
        el.set(qn("w:w"), "57" if tab.kecil else "85")
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)
    for teks in tab.catatan + ([f"Sumber: {tab.sumber}"] if tab.sumber else []):
        par = sd.add_paragraph()
        r = par.add_run(teks)
        r.italic = True
        r.font.size = Pt(8)
        par.paragraph_format.space_after = Pt(0)
        par.paragraph_format.line_spacing = 1.0
    sd.add_paragraph().paragraph_format.space_after = Pt(2)
    return sd


# --- context conversion --------------------------------------------------------------------


def _ubah(tpl: DocxTemplate, x: Any) -> Any:
    if isinstance(x, TabelLaporan):
        return TabelDoc(x.judul, tabel_word(tpl, x), x)
    if isinstance(x, Gambar):
        return {"gambar": InlineImage(tpl, str(x.berkas), width=Cm(12)), "keterangan": x.keterangan}
    if isinstance(x, Unit):
        return {f.name: _ubah(tpl, getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, Bagian):
        b = Bagian()
        b.update({k: _ubah(tpl, v) for k, v in x.items()})
        return b
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return x
    if isinstance(x, dict):
        return {k: _ubah(tpl, v) for k, v in x.items()}
    if isinstance(x, list):
        return [_ubah(tpl, v) for v in x]
    return x


def _grafik(hasil: Hasil, folder: Path) -> dict[str, Path | None]:
    tahun = hasil.buku.profil.get("tahun") or 0
    tren = sorted(
        [(r[0], r[1]) for r in hasil.riwayat_ikm if r[0] != tahun]
        + ([(tahun, hasil.skm.ikm.konversi_tampil)] if hasil.skm.ikm else [])
    )
    capaian = [
        (h["indikator"] or "", bulat(h.capaian.persen, 2))
        for h in hasil.indikator
        if h.capaian.status is Status.ADA and h["tingkat"] != "Sasaran Strategis"
    ]
    serapan = [(p.baris.uraian, p.serapan) for p in hasil.anggaran.program]
    return {
        "ikm": grafik.grafik_ikm(tren, folder / "grafik-ikm.png"),
        "capaian": grafik.grafik_capaian(capaian, folder / "grafik-capaian.png"),
        "serapan": grafik.grafik_serapan(serapan, folder / "grafik-serapan.png"),
    }


def nama_variabel(data: dict[str, Any]) -> set[str]:
    """Top-level names a template may use."""
    return set(data)


def periksa_templat(templat: Path, data: dict[str, Any] | None = None) -> list[str]:
    """Names a template uses that the report does not provide (empty list: all known)."""
    if not templat.is_file():
        raise LakipError(f"Templat '{templat}' tidak ditemukan.")
    try:
        tpl = DocxTemplate(str(templat))
        dipakai = tpl.get_undeclared_template_variables(jinja_env=lingkungan())
    except TemplateError as e:
        raise LakipError(f"Templat '{templat.name}' tidak valid: {e}") from None
    except Exception as e:
        raise LakipError(f"Templat '{templat.name}' tidak dapat dibaca: {e}") from None
    dikenal = nama_variabel(data) if data is not None else set(NAMA_KONTEKS)
    return sorted(dipakai - dikenal)


def render(
    hasil: Hasil, keluar: Path, *, templat: Path | None = None, folder_buku: Path | None = None
) -> Konteks:
    """Render the report of a computed workbook to `keluar` (.docx), atomically.

    Returns the context (its `masalah` lists warnings such as missing photos). Raises
    LakipError naming the unknown variables when the template uses names the report lacks.
    """
    templat = templat or templat_bawaan()
    if not templat.is_file():
        raise LakipError(f"Templat '{templat}' tidak ditemukan; periksa opsi --template.")
    konteks = bangun(hasil, folder_buku)
    asing = periksa_templat(templat, konteks.data)
    if asing:
        raise LakipError(
            f"Templat '{templat.name}' memakai variabel yang tidak dikenal: {', '.join(asing)}; "
            "perbaiki ejaannya di Word (lihat daftar variabel di README)."
        )
    tpl = DocxTemplate(str(templat))
    with tempfile.TemporaryDirectory(prefix="lakip-grafik-") as tmp:
        data = _ubah(tpl, konteks.data)
        g = _grafik(hasil, Path(tmp))
        data["grafik"] = {
            k: (InlineImage(tpl, str(v), width=Cm(LEBAR_GAMBAR_CM)) if v else None)
            for k, v in g.items()
        }
        if konteks.data["logo"] is not None:
            data["logo"] = InlineImage(tpl, str(konteks.data["logo"]), height=Cm(3.5))
        try:
            tpl.render(data, jinja_env=lingkungan(), autoescape=True)
        except UndefinedError as e:
            raise LakipError(
                f"Templat '{templat.name}' memakai nilai yang tidak ada: {e}; perbaiki templatnya."
            ) from None
        except TemplateError as e:
            raise LakipError(f"Templat '{templat.name}' tidak dapat diisi: {e}") from None
        keluar.parent.mkdir(parents=True, exist_ok=True)
        fd, sementara = tempfile.mkstemp(
            prefix=f".{keluar.stem}.", suffix=".docx", dir=keluar.parent
        )
        os.close(fd)
        try:
            tpl.save(sementara)
            os.chmod(sementara, 0o644)
            os.replace(sementara, keluar)
        except PermissionError:
            Path(sementara).unlink(missing_ok=True)
            raise LakipError(
                f"Berkas '{keluar.name}' tidak dapat ditulis; mungkin sedang dibuka "
                "di Word. Tutup dulu lalu ulangi."
            ) from None
        except BaseException:
            Path(sementara).unlink(missing_ok=True)
            raise
    return konteks
