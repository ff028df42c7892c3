"""Write the Perjanjian Kinerja .docx: fill the PK template (docxtpl, the report's sandbox) with
every official's PK; the tables go in as the report's do (`laporan.render.sisipkan_tabel`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError, UndefinedError

from lakip_xl.buku import kaskade
from lakip_xl.buku.baca import Masalah, urut_masalah
from lakip_xl.buku.berkas import periksa_docx
from lakip_xl.buku.simpan import tulis_aliran
from lakip_xl.errors import LakipError
from lakip_xl.hitung import Hasil
from lakip_xl.laporan.render import (
    TabelDoc,
    lingkungan,
    periksa_keamanan,
    sebab_templat,
    simpan_dengan_tabel,
)
from lakip_xl.laporan.tabel import TabelLaporan
from lakip_xl.laporan.wordml import XmlMentah
from lakip_xl.pk.susun import PerjanjianKinerja, susun, tempat_tanggal
from lakip_xl.pk.templat import templat_pk

_PENANDA = "LAKIPTABEL:"  # the marker `laporan.render.sisipkan_tabel` replaces


def nama_pk(buku: Path) -> Path:
    """perjanjian-kinerja-BUKU.docx beside the workbook (what the button writes)."""
    return buku.with_name(f"perjanjian-kinerja-{buku.stem}.docx")


def _di(berkas: Path | None) -> str:
    """' buku kerja 'NAME'' after a sheet name, when the workbook's file is known."""
    return f" buku kerja '{berkas.name}'" if berkas is not None else ""


def siapkan(
    hasil: Hasil, pejabat: str | None, paksa: bool, berkas: Path | None = None
) -> list[PerjanjianKinerja]:
    """The PKs to write, or a LakipError in one sentence naming the workbook (`berkas`, when
    known): no official on the PK sheet, an official not there, no Atasan column for several
    officials, galat (without `paksa`)."""
    buku = hasil.buku
    rows = kaskade.baris_pk(buku)
    di = _di(berkas)
    if not rows:
        raise LakipError(
            f"Sheet 'Perjanjian Kinerja'{di} belum berisi pejabat; isi satu baris per pejabat "
            "(Penanggung Jawab, Nama Pejabat, NIP, Atasan) lalu ulangi, tidak ada berkas yang "
            "dibuat."
        )
    if len(rows) > 1 and not kaskade.ada_atasan(buku):
        raise LakipError(
            f"Sheet 'Perjanjian Kinerja'{di} belum punya kolom 'Atasan', jadi atasan tiap pejabat "
            "(pihak kedua) tidak diketahui; tambahkan kolom berjudul 'Atasan' (salin dari buku "
            "kerja `lakip baru`) dan isi Penanggung Jawab atasannya, lalu ulangi."
        )
    daftar = susun(hasil, pejabat)
    if pejabat is not None and not daftar:
        ada = ", ".join(f"'{b['penanggung_jawab']}'" for b in rows)
        raise LakipError(
            f"Pejabat '{pejabat}' tidak ada di kolom Penanggung Jawab sheet 'Perjanjian "
            f"Kinerja'{di}; yang ada: {ada}."
        )
    galat = [m for m in hasil.masalah if m.galat] + [m for pk in daftar for m in pk.masalah]
    if galat and not paksa:
        baris = "\n".join(f"  {m}" for m in urut_masalah(galat)[:20])
        lagi = f"\n  ... dan {len(galat) - 20} lainnya" if len(galat) > 20 else ""
        nama = f" '{berkas.name}'" if berkas is not None else ""
        raise LakipError(
            f"Buku kerja{nama} masih punya {len(galat)} galat; perbaiki dulu (atau pakai "
            f"--paksa):\n{baris}{lagi}"
        )
    return daftar


def _tabel(x: TabelLaporan, tertunda: dict[str, TabelLaporan]) -> TabelDoc:
    kunci = str(len(tertunda))
    tertunda[kunci] = x
    return TabelDoc(x.judul, XmlMentah(f"<w:p><w:r><w:t>{_PENANDA}{kunci}</w:t></w:r></w:p>"), x)


def konteks(hasil: Hasil, daftar: list[PerjanjianKinerja], tertunda: dict) -> dict[str, Any]:
    """The template's names: tahun, unit, pemda, tempat_tanggal and `daftar`, one PK each."""
    profil = hasil.buku.profil
    return {
        "tahun": profil.get("tahun") or "",
        "unit": str(profil.get("nama_instansi") or "").upper(),
        "pemda": str(profil.get("pemerintah_daerah") or "").upper(),
        "tempat_tanggal": tempat_tanggal(profil),
        "daftar": [
            {
                "pejabat": pk.pejabat,
                "pertama": vars(pk.pertama),
                "kedua": vars(pk.kedua) if pk.kedua else None,
                "sasaran": _tabel(pk.sasaran, tertunda),
                "anggaran": _tabel(pk.anggaran, tertunda),
            }
            for pk in daftar
        ],
    }


def tulis_pk(
    hasil: Hasil,
    keluar: Path,
    *,
    pejabat: str | None = None,
    templat: Path | None = None,
    paksa: bool = False,
    berkas: Path | None = None,
) -> tuple[list[PerjanjianKinerja], list[Masalah]]:
    """Write the PKs (all, or `pejabat`'s) to `keluar` (.docx) safely; returns them and the
    workbook's warnings about them. Nothing is written when it is refused; the refusal names
    the workbook `berkas` when given."""
    daftar = siapkan(hasil, pejabat, paksa, berkas)
    templat = templat or templat_pk()
    periksa_docx(templat)
    try:
        tpl = DocxTemplate(str(templat))
    except Exception as e:
        raise LakipError(
            f"Templat '{templat.name}' tidak dapat dibaca sebagai templat Word; simpan ulang di "
            "Word sebagai .docx lalu ulangi."
        ) from e
    periksa_keamanan(templat, tpl)  # external parts, include/import/extends tags
    tertunda: dict[str, TabelLaporan] = {}
    data = konteks(hasil, daftar, tertunda)
    try:
        tpl.render(data, jinja_env=lingkungan(), autoescape=True)
    except (UndefinedError, TemplateSyntaxError) as e:
        raise LakipError(
            f"Templat '{templat.name}' tidak dapat diisi: {sebab_templat(e)}; perbaiki templatnya."
        ) from e
    except LakipError:
        raise
    except Exception as e:
        raise LakipError(
            f"Templat '{templat.name}' tidak dapat diisi: {sebab_templat(e)}; perbaiki "
            "templatnya di Word lalu ulangi."
        ) from e
    tulis_aliran(keluar, lambda f: simpan_dengan_tabel(tpl, tertunda, f))
    peringatan = [m for pk in daftar for m in pk.masalah if not m.galat]
    return daftar, peringatan
