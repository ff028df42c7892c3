"""The self-check of a report just written (`lakip laporan` and the Buat Laporan button): the
report read back as the reviu reads any LKj and held to the reviu's sentence rules (capaian
sentences, averages, counts, IKM, serapan and totals against the report's own tables). Reads
the file; writes nothing."""

from __future__ import annotations

from pathlib import Path

from lakip_xl.buku.baca import Masalah
from lakip_xl.errors import LakipError
from lakip_xl.reviu import inti, periksa_capaian, periksa_ikm, periksa_kalimat
from lakip_xl.reviu.kolom import Susunan, susun
from lakip_xl.reviu.tabel_cepat import Ditulis
from lakip_xl.reviu.temuan import Temuan

_GAGAL = (ArithmeticError, ValueError, IndexError, KeyError, TypeError)


def tinjau(path: Path, ditulis: Ditulis | None = None) -> list[Temuan]:
    """The sentence findings of a report (.docx or PDF); `ditulis`: its tables as the
    writer made them (`tabel_cepat.pisahkan`)."""
    dok = inti.baca(path, ditulis=ditulis)
    daftar: list[Susunan] = []
    for t in dok.tabel:
        s = susun(t)
        if s is not None:
            s.tahun = dok.tahun
            daftar.append(s)
    skala = periksa_capaian.skala_dokumen(daftar)
    try:
        ikm = periksa_ikm.cari(daftar)
    except _GAGAL:
        ikm = None
    rata = periksa_capaian.rata_tabel(daftar)
    return periksa_kalimat.periksa(dok.paragraf, rata, ikm, dok.tahun, skala, daftar)


def pesan(t: Temuan) -> str:
    """One Indonesian line for a finding, as `laporan` prints it."""
    return f"{t.lokasi}: {t.uraian} Tertulis {t.tertulis}, seharusnya {t.seharusnya} ({t.dasar})."


def masalah_laporan(path: Path, ditulis: Ditulis | None = None) -> list[Masalah]:
    """The self-check's findings on a report just written, one peringatan each (no sheet or
    cell: they are in the report), or one peringatan saying the check was skipped; never
    raises, the report stays written. The one call of `lakip laporan` and Buat Laporan;
    `ditulis`: the report's tables as its writer made them (wordml.tabel_xml)."""
    try:
        temuan = tinjau(path, ditulis)
    except (LakipError, *_GAGAL) as e:
        return [Masalah(False, None, None, f"pemeriksaan kalimat laporan dilewati: {e}")]
    return [Masalah(False, None, None, f"laporan {path.name}, {pesan(t)}") for t in temuan]
