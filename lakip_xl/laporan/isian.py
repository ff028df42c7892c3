"""What the staff typed, as the report uses it: Profil values, logo, their paragraphs per section
(Narasi), pictures (Gambar) and extra sheets (tables of their own)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Masalah
from lakip_xl.hitung import Hasil
from lakip_xl.laporan import foto
from lakip_xl.laporan.bagian import PENUTUP_IKHTISAR, Bagian, Gambar, Paragraf
from lakip_xl.laporan.tabel import TabelLaporan, k
from lakip_xl.laporan.tabel_kinerja import judul_kolom, teks_isian

_GELAR_DEPAN = re.compile(r"(?:[A-Za-z]{1,4}\.\s*)+")
"""Titles before a name: Dr., Drs., Dra., Ir., Prof., dr., drg., H., Hj. (a short word with a
full stop; a name's own words have none)."""


def nama_kapital(nama: str) -> str:
    """A name in capitals for a signature block, its academic titles in their own case: the
    titles before it (Dr., Ir.) and everything after the first comma (S.STP, M.Si, S.E.) stay
    as typed: 'Ir. Rahmat Hidayat, M.Si' -> 'Ir. RAHMAT HIDAYAT, M.Si'."""
    inti, koma, belakang = nama.partition(",")
    depan = _GELAR_DEPAN.match(inti)
    awal = depan.group(0) if depan and depan.end() < len(inti.rstrip()) else ""
    return awal + inti[len(awal) :].upper() + koma + belakang


def profil(hasil: Hasil) -> dict[str, str]:
    """Profil values as text, with the upper-case forms the cover uses and the years around."""
    pr = hasil.buku.profil
    tahun = pr.get("tahun") or 0
    profil_k = {
        i.kunci: ("" if pr.get(i.kunci) is None else str(pr.get(i.kunci))) for i in L.PROFIL.isian
    }
    profil_k.update(
        {
            "NAMA_INSTANSI": (pr.get("nama_instansi") or "").upper(),
            "PEMERINTAH_DAERAH": (pr.get("pemerintah_daerah") or "").upper(),
            "JABATAN_PIMPINAN": (pr.get("jabatan_pimpinan") or "").upper(),
            "NAMA_PIMPINAN": nama_kapital(pr.get("nama_pimpinan") or ""),
            "tahun": str(tahun),
            "tahun_lalu": str(tahun - 1),
            "tahun_berikut": str(tahun + 1),
        }
    )
    return profil_k


def logo(hasil: Hasil, folder: Path, masalah: list[Masalah]) -> Path | None:
    """The cover logo file, or None (with a warning when the file named is missing)."""
    buku = hasil.buku
    pr = buku.profil
    logo_ = None
    if pr.get("logo"):
        p = Path(str(pr["logo"]))
        p = p if p.is_absolute() else folder / p
        salah = foto.periksa(p, **foto.UKURAN_LOGO) if p.is_file() else None
        if p.is_file() and salah is None:
            logo_ = p
        elif salah:
            masalah.append(
                Masalah(False, "Profil", buku.profil_sel.get("logo"), f"{salah}; sampul tanpa logo")
            )
        else:
            masalah.append(
                Masalah(
                    False,
                    "Profil",
                    buku.profil_sel.get("logo"),
                    f"berkas logo '{pr['logo']}' tidak ditemukan; sampul tanpa logo",
                )
            )
    return logo_


_KATA_PENUTUP = re.compile(r"^\s*(akhirnya|demikian)\b|terima\s*kasih", re.IGNORECASE)


def narasi(hasil: Hasil) -> Bagian:
    """Staff paragraphs per section. A sub-heading repeated on consecutive rows (one row per
    list item) is shown once, above the first of them. The Ikhtisar's closing paragraphs are
    kept apart (`PENUTUP_IKHTISAR`) to follow the report's numbers."""
    b = Bagian()
    judul_terakhir: dict[str, str] = {}
    for r in hasil.buku.rows("Narasi"):
        if not r["teks"]:
            continue
        kunci = r["bagian"] or ""
        judul = r["judul"] or ""
        tampil = judul if judul and judul != judul_terakhir.get(kunci) else ""
        judul_terakhir[kunci] = judul
        bagian_teks = [x.strip() for x in str(r["teks"]).split("\n") if x.strip()]
        for i, p in enumerate(bagian_teks):
            b.setdefault(kunci, []).append(Paragraf(p, tampil if i == 0 else ""))
    # the officer's closing words of the Ikhtisar ("Akhirnya ... terima kasih") go after the
    # report's numbers, under their own key
    ik = b.get("Ikhtisar Eksekutif", [])
    i = len(ik)
    while i > 0 and _KATA_PENUTUP.search(ik[i - 1].teks):
        i -= 1
    if i < len(ik):
        b[PENUTUP_IKHTISAR] = ik[i:]
        b["Ikhtisar Eksekutif"] = ik[:i]
    return b


def gambar(hasil: Hasil, folder: Path, masalah: list[Masalah]) -> Bagian:
    """Pictures per section; a missing or non-picture file is left out with a warning."""
    b = Bagian()
    for r in hasil.buku.rows("Gambar"):
        if not r["berkas"]:
            continue
        p = Path(str(r["berkas"]))
        if not p.is_absolute():
            p = folder / p
        if not p.is_file():
            masalah.append(
                Masalah(
                    False,
                    "Gambar",
                    r.sel.get("berkas"),
                    f"berkas gambar '{r['berkas']}' tidak ditemukan di folder "
                    f"{folder}; gambar ini dilewati",
                )
            )
            continue
        salah = foto.periksa(p)  # not an image, broken, HEIC/SVG that cannot be read
        if salah:
            masalah.append(
                Masalah(False, "Gambar", r.sel.get("berkas"), f"{salah}; gambar ini dilewati")
            )
            continue
        b.setdefault(r["bagian"] or "", []).append(Gambar(p, r["keterangan"] or ""))
    return b


def tambahan(hasil: Hasil) -> Bagian:
    """The extra sheets' tables per section (Lampiran when none is named)."""
    b = Bagian()
    for tt in hasil.buku.tambahan:
        baris = [
            [
                k(
                    teks_isian(v),
                    rata="kanan"
                    if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)
                    else "kiri",
                )
                for v in r
            ]
            for r in tt.baris
        ]
        lebar = [
            max(
                1.0,
                min(
                    4.0,
                    max(
                        (len(str(x)) for x in [kol] + [r[i] for r in tt.baris if i < len(r)]),
                        default=4,
                    )
                    / 10,
                ),
            )
            for i, kol in enumerate(tt.kolom)
        ]
        tab = TabelLaporan(
            f"tambahan:{tt.sheet}", tt.judul, [judul_kolom(*tt.kolom)], baris, lebar,
            tanda_baku=False,
        )
        b.setdefault(tt.bagian or "Lampiran", []).append(tab)
    return b
