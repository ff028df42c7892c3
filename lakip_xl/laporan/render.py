"""The one module that uses docxtpl: fill the Word template with the report context."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Status
from lakip_xl.errors import LakipError
from lakip_xl.hitung import Hasil
from lakip_xl.laporan import foto, grafik
from lakip_xl.laporan.konteks import NAMA_KONTEKS, Bagian, Gambar, Konteks, Unit, bangun
from lakip_xl.laporan.tabel import TabelLaporan
from lakip_xl.laporan.templat import pastikan_gaya_tabel, templat_bawaan
from lakip_xl.laporan.wordml import XmlMentah, atur_halaman, tabel_xml

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


def sisipkan_tabel(xml: str, tertunda: dict[str, TabelLaporan]) -> str:
    """The document XML with each marker paragraph replaced by its table's WordprocessingML."""
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
        bagian += [xml[awal:mulai], tabel_xml(tertunda[xml[j:k]])]
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


def _simpan(tpl: DocxTemplate, tertunda: dict[str, TabelLaporan], tujuan: str) -> None:
    """Save the rendered document with its tables spliced into word/document.xml as text.

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
                isi = sisipkan_tabel(isi.decode("utf-8"), tertunda)
                isi = nomori_keterangan(atur_halaman(isi))
                isi = isi.encode("utf-8")
            out.writestr(info, isi, compress_type=zipfile.ZIP_DEFLATED)


def _grafik(hasil: Hasil, folder: Path) -> dict[str, Path | None]:
    tahun = hasil.buku.profil.get("tahun") or 0
    tren = sorted(
        [(r[0], r[1]) for r in hasil.riwayat_ikm if r[0] != tahun]
        + ([(tahun, hasil.ikm_tahun)] if hasil.ikm_tahun is not None else [])
    )
    capaian = [
        (f"{h['kode'] or ''} {h['indikator'] or ''}".strip(), bulat(h.capaian.persen, 2))
        for h in hasil.indikator
        if h.capaian.status is Status.ADA and h["tingkat"] != "Sasaran Strategis"
    ]
    serapan = [(p.baris.uraian, p.serapan) for p in hasil.anggaran.program]
    return {
        "ikm": grafik.grafik_ikm(tren, folder / "grafik-ikm.png"),
        "capaian": grafik.grafik_capaian(
            capaian,
            folder / "grafik-capaian.png",
            list(hasil.rata_semua.per_kategori.items()),
        ),
        "serapan": grafik.grafik_serapan(serapan, folder / "grafik-serapan.png"),
    }


def nama_variabel(data: dict[str, Any]) -> set[str]:
    """Top-level names a template may use."""
    return set(data)


def periksa_templat(
    templat: Path, data: dict[str, Any] | None = None, tpl: DocxTemplate | None = None
) -> list[str]:
    """Names a template uses that the report does not provide (empty list: all known).
    `tpl`, when given, is the already opened template (rendering reuses it)."""
    if not templat.is_file():
        raise LakipError(f"Templat '{templat}' tidak ditemukan.")
    try:
        tpl = tpl or DocxTemplate(str(templat))
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
    try:
        tpl = DocxTemplate(str(templat))
    except Exception as e:
        raise LakipError(f"Templat '{templat.name}' tidak dapat dibaca: {e}") from None
    asing = periksa_templat(templat, konteks.data, tpl)
    if asing:
        raise LakipError(
            f"Templat '{templat.name}' memakai variabel yang tidak dikenal: {', '.join(asing)}; "
            "perbaiki ejaannya di Word (lihat daftar variabel di README)."
        )
    with tempfile.TemporaryDirectory(prefix="lakip-grafik-") as tmp:
        tertunda: dict[str, TabelLaporan] = {}
        data = _ubah(tpl, konteks.data, tertunda)
        g = _grafik(hasil, Path(tmp))
        judul = {
            "ikm": "Perkembangan Indeks Kepuasan Masyarakat",
            "capaian": "Capaian Kinerja per Indikator terhadap Target (100%)"
            if len(hasil.indikator) <= grafik.BATAS_BATANG
            else "Jumlah Indikator per Kategori Capaian",
            "serapan": "Serapan Anggaran per Program"
            if len(hasil.anggaran.program) <= grafik.BATAS_BATANG
            else "Jumlah Program per Rentang Serapan Anggaran",
        }
        data["grafik"] = {
            k: (
                {"gambar": InlineImage(tpl, str(v), width=Cm(LEBAR_GAMBAR_CM)), "judul": judul[k]}
                if v
                else None
            )
            for k, v in g.items()
        }
        if konteks.data["logo"] is not None:
            logo = _foto(konteks.data["logo"], **foto.UKURAN_LOGO).berkas()
            data["logo"] = InlineImage(tpl, logo, height=Cm(foto.TINGGI_LOGO_CM))
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
            _simpan(tpl, tertunda, sementara)
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
