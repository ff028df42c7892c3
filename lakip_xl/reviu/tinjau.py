"""`lakip laporan`'s self-check: the report just written, read back as the reviu reads any LKj
and held to the reviu's sentence rules (capaian sentences, averages, counts, IKM, serapan and
totals against the report's own tables). Reads the file; writes nothing."""

from __future__ import annotations

from pathlib import Path

from lakip_xl.reviu import inti, periksa_capaian, periksa_ikm, periksa_kalimat
from lakip_xl.reviu.kolom import Susunan, susun
from lakip_xl.reviu.temuan import Temuan

_GAGAL = (ArithmeticError, ValueError, IndexError, KeyError, TypeError)


def tinjau(path: Path) -> list[Temuan]:
    """The sentence findings of a report (.docx or PDF)."""
    dok = inti.baca(path)
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
    return (f"{t.lokasi}: {t.uraian} Tertulis {t.tertulis}, seharusnya {t.seharusnya} "
            f"({t.dasar}).")
