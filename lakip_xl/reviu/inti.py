"""Read a Laporan Kinerja and run every check: the one entry point of the reviu."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from lakip_xl.errors import LakipError
from lakip_xl.reviu import (
    periksa_anggaran,
    periksa_capaian,
    periksa_ikm,
    periksa_kalimat,
    periksa_kelengkapan,
    periksa_konsistensi,
    periksa_penyajian,
    terbaca,
)
from lakip_xl.reviu.dokumen import Dokumen
from lakip_xl.reviu.kolom import Susunan, susun_semua
from lakip_xl.reviu.periksa_kelengkapan import Butir
from lakip_xl.reviu.tabel_cepat import Ditulis
from lakip_xl.reviu.temuan import Temuan


@dataclass
class HasilReviu:
    """What the reviu read and found."""

    dokumen: Dokumen
    temuan: list[Temuan]
    butir: list[Butir] = field(default_factory=list)
    prakiraan: list[tuple[str, str, str, Decimal]] = field(default_factory=list)
    tabel_dibaca: int = 0
    dilewati: list[str] = field(default_factory=list)  # checks the document could not take

    def jumlah(self) -> Counter[str]:
        return Counter(t.jenis for t in self.temuan)


def baca(path: Path, kemajuan: Callable[[str], None] | None = None,
         ditulis: Ditulis | None = None) -> Dokumen:
    """The document, from .docx or PDF; one Indonesian sentence for anything unreadable.
    `kemajuan` gets a progress line now and then while a long PDF is read; `ditulis`: the
    tables of a .docx its writer has just made (`tabel_cepat.pisahkan`)."""
    path = Path(path)
    if not path.exists():
        raise LakipError(f"Berkas '{path}' tidak ditemukan; periksa nama dan foldernya.")
    if path.is_dir():
        raise LakipError(f"'{path}' adalah folder, bukan berkas laporan .docx atau .pdf.")
    akhiran = path.suffix.casefold()
    try:
        with path.open("rb") as f:
            kepala = f.read(5)
    except OSError as e:
        from lakip_xl.errors import dari_oserror

        raise dari_oserror(e) from None
    if akhiran == ".pdf" or kepala.startswith(b"%PDF"):
        from lakip_xl.reviu import baca_pdf

        dok = baca_pdf.baca(path, kemajuan)
    elif akhiran in (".docx", ".docm") or kepala.startswith(b"PK"):
        from lakip_xl.reviu import baca_docx

        dok = baca_docx.baca(path, ditulis=ditulis)
    elif akhiran == ".doc":
        raise LakipError(f"Berkas '{path.name}' berformat Word lama (.doc); simpan ulang sebagai "
                         ".docx (Word: Simpan Sebagai > Dokumen Word) lalu ulangi.")
    else:
        raise LakipError(f"Berkas '{path.name}' bukan laporan .docx atau .pdf.")
    if not dok.paragraf and not dok.tabel:
        raise LakipError(f"Berkas '{path.name}' tidak berisi teks atau tabel yang dapat dibaca.")
    dok.tahun = _tahun(dok)
    return dok


def _tahun(dok: Dokumen) -> int | None:
    """The report's year: "TAHUN 2020" in the title, else the commonest year in the first pages."""
    awal = " ".join(p.teks for p in dok.paragraf[:40])
    m = re.search(r"(?:LAPORAN KINERJA|LAKIP|LKj)[^.]{0,80}?TAHUN\s+(20\d\d)", awal, re.I)
    if m:
        return int(m.group(1))
    tahun = Counter(re.findall(r"\b(20\d\d)\b", awal))
    return int(tahun.most_common(1)[0][0]) if tahun else None


def periksa(dok: Dokumen) -> HasilReviu:
    """Every check on a document already read."""
    daftar: list[Susunan] = []
    rumus_negatif = periksa_capaian.rumus_negatif(dok.teks_semua())
    for t in dok.tabel:
        for s in susun_semua(t):
            s.rumus_negatif = rumus_negatif  # the year is set below, once it is known
            daftar.append(s)
    dilewati: list[str] = []

    def aman(nama: str, fungsi, *argumen, kosong=None):
        """One family of checks; a document it cannot handle skips it, never the reviu."""
        try:
            return fungsi(*argumen)
        except (ArithmeticError, ValueError, IndexError, KeyError, TypeError):
            dilewati.append(nama)
            return [] if kosong is None else kosong

    temuan: list[Temuan] = []
    tahun, th_isi = aman("tahun judul", periksa_penyajian.tahun_judul, dok, daftar,
                         kosong=([], None))
    if th_isi is not None:  # the title's year is wrong: the checks take the body's
        temuan += tahun
        dok.tahun = th_isi
    for s in daftar:
        s.tahun = dok.tahun
    skala = aman("skala kategori", periksa_capaian.skala_dokumen, daftar, kosong=False) or None
    ikm = aman("IKM", periksa_ikm.cari, daftar, kosong=False) or None
    temuan += aman("capaian", periksa_capaian.periksa, daftar, skala)
    temuan += aman("anggaran", periksa_anggaran.periksa, daftar)
    temuan += aman("IKM", periksa_ikm.periksa_tabel, daftar, ikm)
    rata = aman("rata-rata", periksa_capaian.rata_tabel, daftar)
    temuan += aman("kalimat", periksa_kalimat.periksa, dok.paragraf, rata, ikm, dok.tahun,
                   skala, daftar)
    temuan += aman("konsistensi", periksa_konsistensi.periksa, daftar)
    temuan += aman("konsistensi teks", periksa_konsistensi.periksa_kalimat, dok.paragraf, daftar)
    temuan += aman("penyajian", periksa_penyajian.periksa, dok, daftar)
    butir, kurang = periksa_kelengkapan.periksa(dok, daftar)
    butir, kurang = terbaca.sesuaikan(dok, butir, kurang)
    temuan += kurang
    prakiraan = periksa_kelengkapan.prakiraan(butir, daftar, dok.tahun)
    return HasilReviu(dok, temuan, butir, prakiraan, len(daftar), dilewati)


def reviu(path: Path, kemajuan: Callable[[str], None] | None = None) -> HasilReviu:
    """Read and review one report."""
    return periksa(baca(path, kemajuan))
