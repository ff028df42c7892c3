"""The rows of one SKPD of a SIPD-RI Rekap turned into the workbook's Anggaran rows (Program /
Kegiatan / Sub Kegiatan in DPA order, pagu summed per sub kegiatan) and Belanja rows (kelompok
and jenis by the rekening code). Standard library only: plain rows in, plain rows out."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

KELOMPOK_REKENING = {
    "5.1": "Belanja Operasi",
    "5.2": "Belanja Modal",
    "5.3": "Belanja Tidak Terduga",
    "5.4": "Belanja Transfer",
}
JENIS_REKENING = {
    "5.1.01": "Belanja Pegawai",
    "5.1.02": "Belanja Barang dan Jasa",
    "5.1.03": "Belanja Bunga",
    "5.1.04": "Belanja Subsidi",
    "5.1.05": "Belanja Hibah",
    "5.1.06": "Belanja Bantuan Sosial",
    "5.2.01": "Belanja Modal Tanah",
    "5.2.02": "Belanja Modal Peralatan dan Mesin",
    "5.2.03": "Belanja Modal Gedung dan Bangunan",
    "5.2.04": "Belanja Modal Jalan, Irigasi dan Jaringan",
    "5.2.05": "Belanja Modal Aset Tetap Lainnya",
    "5.2.06": "Belanja Modal Aset Lainnya",
    "5.3.01": "Belanja Tidak Terduga",
    "5.4.01": "Belanja Bagi Hasil",
    "5.4.02": "Belanja Bantuan Keuangan",
}
"""Permendagri 90/2019 (77/2020) code list: the group names NAMA REKENING does not give."""


@dataclass(frozen=True)
class BarisAnggaran:
    kode: str
    jenis: str  # Program, Kegiatan, Sub Kegiatan
    uraian: str
    anggaran: Decimal | None  # Sub Kegiatan only: the sum of its PAGU; None: no pagu yet


@dataclass(frozen=True)
class BarisBelanja:
    kode: str
    kelompok: str
    jenis: str
    uraian: str
    anggaran: Decimal | None


def uang(v: Any) -> Decimal | None:
    """A money value as SIPD prints it: a number, '190,754,000.00', '190.754.000,00',
    '89,920,779,177.000000000', negatives in parentheses; empty is None (not 0). The last
    separator is the decimal one unless exactly three digits follow it. ValueError otherwise."""
    if v is None or isinstance(v, bool):
        return None if v is None else _tolak(v)
    if isinstance(v, int):
        return Decimal(v)
    if isinstance(v, float):
        return Decimal(repr(v))
    if isinstance(v, Decimal):
        return v
    t = str(v).strip().replace("Rp", "").replace(" ", "").replace("\u00a0", "")
    if t in ("", "-"):
        return None
    negatif = t.startswith("(") and t.endswith(")")
    t = t.strip("()")
    if t.startswith("-"):
        negatif, t = True, t[1:]
    if not re.fullmatch(r"[0-9.,]+", t):
        return _tolak(v)
    posisi = max(t.rfind("."), t.rfind(","))
    if posisi >= 0 and len(t) - posisi - 1 != 3:
        utuh, pecahan = t[:posisi], t[posisi + 1 :]
    else:
        utuh, pecahan = t, ""
    utuh = utuh.replace(".", "").replace(",", "")
    try:
        n = Decimal(f"{utuh or '0'}.{pecahan or '0'}")
    except InvalidOperation:
        return _tolak(v)
    return -n if negatif and n else n  # '(0)' is 0, not -0


def _tolak(v: Any) -> Decimal:
    raise ValueError(v)


def kunci_kode(kode: str) -> tuple[tuple[int, int | str], ...]:
    """DPA order: codes compared segment by segment as numbers (2 before 10); a segment that
    is not a number (SIPD's placeholder `X.XX` for a program not yet mapped) after them."""
    return tuple((0, int(s)) if s.isdigit() else (1, s) for s in kode.split("."))


def daftar_skpd(baris: Iterable[dict[str, Any]]) -> list[tuple[str, str, int]]:
    """(KODE SKPD, NAMA SKPD, rows) of every SKPD in the file, in code order."""
    hitung: dict[tuple[str, str], int] = {}
    for b in baris:
        k = (b.get("kode_skpd") or "", str(b.get("nama_skpd") or "").strip())
        hitung[k] = hitung.get(k, 0) + 1
    return sorted(((k, n, j) for (k, n), j in hitung.items()), key=lambda x: kunci_kode(x[0]))


def _normal(teks: str) -> str:
    return " ".join(teks.split()).casefold()


def cocok_skpd(daftar: list[tuple[str, str, int]], dicari: str) -> tuple[str, str] | None:
    """The (kode, nama) of the SKPD named `dicari` (its name, any case and spacing, or its
    code), or None."""
    d = _normal(dicari)
    for kode, nama, _ in daftar:
        if d in (_normal(nama), kode.casefold()):
            return kode, nama
    return None


def nama_terdekat(daftar: list[tuple[str, str, int]], dicari: str) -> str | None:
    """The SKPD name closest to what was typed ("Kecamatan Air Buya" -> "Kecamatan Air Buaya")."""
    nama = {_normal(n): n for _, n, _ in daftar}
    hasil = difflib.get_close_matches(_normal(dicari), list(nama), n=1, cutoff=0.6)
    return nama[hasil[0]] if hasil else None


def anggaran(baris: Iterable[dict[str, Any]]) -> tuple[list[BarisAnggaran], list[str]]:
    """Program, Kegiatan and Sub Kegiatan rows in DPA order, each sub kegiatan's anggaran the
    sum of its rows' PAGU (empty when every PAGU is empty: no rincian yet; a PAGU of 0 is 0),
    and the codes of the sub kegiatan without pagu."""
    program: dict[str, str] = {}
    kegiatan: dict[str, str] = {}
    sub: dict[str, tuple[str, Decimal | None]] = {}
    for b in baris:
        kp, kk, ks = b["kode_program"], b["kode_kegiatan"], b["kode_sub_kegiatan"]
        if not (kp and kk and ks):
            continue
        program.setdefault(kp, str(b.get("nama_program") or "").strip())
        kegiatan.setdefault(kk, str(b.get("nama_kegiatan") or "").strip())
        nama, jumlah = sub.get(ks, (str(b.get("nama_sub_kegiatan") or "").strip(), None))
        pagu = uang(b.get("pagu"))
        if pagu is not None:
            jumlah = (jumlah or Decimal(0)) + pagu
        sub[ks] = (nama, jumlah)
    hasil: list[BarisAnggaran] = []
    for kp in sorted(program, key=kunci_kode):
        hasil.append(BarisAnggaran(kp, "Program", program[kp], None))
        for kk in sorted((k for k in kegiatan if _anak(k, kp)), key=kunci_kode):
            hasil.append(BarisAnggaran(kk, "Kegiatan", kegiatan[kk], None))
            for ks in sorted((k for k in sub if _anak(k, kk)), key=kunci_kode):
                hasil.append(BarisAnggaran(ks, "Sub Kegiatan", *sub[ks]))
    tanpa = [ks for ks in sorted(sub, key=kunci_kode) if sub[ks][1] is None]
    return hasil, tanpa


def _anak(kode: str, induk: str) -> bool:
    return kode.startswith(induk + ".")


def belanja(baris: Iterable[dict[str, Any]]) -> list[BarisBelanja]:
    """One Belanja row per rekening (its leaf name, its pagu summed over sub kegiatan and
    sumber dana), kelompok and jenis from the first two and three code segments."""
    per: dict[str, tuple[str, Decimal | None]] = {}
    for b in baris:
        kode = b.get("kode_rekening")
        if not kode:
            continue
        nama, jumlah = per.get(kode, (str(b.get("nama_rekening") or "").strip(), None))
        pagu = uang(b.get("pagu"))
        if pagu is not None:
            jumlah = (jumlah or Decimal(0)) + pagu
        per[kode] = (nama, jumlah)
    hasil = []
    for kode in sorted(per, key=kunci_kode):
        seg = kode.split(".")
        kelompok = KELOMPOK_REKENING.get(".".join(seg[:2]), "Belanja")
        jenis = JENIS_REKENING.get(".".join(seg[:3]), "")
        hasil.append(BarisBelanja(kode, kelompok, jenis, *per[kode]))
    return hasil
