"""Completeness against PermenPANRB 53/2014 and a pre-score of the Pelaporan Kinerja component
of PermenPANRB 88/2021, each criterion named so a reviewer can disagree with one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from lakip_xl.calc.angka import bulat
from lakip_xl.reviu.dokumen import Dokumen
from lakip_xl.reviu.kolom import Susunan
from lakip_xl.reviu.temuan import Temuan


@dataclass(frozen=True)
class Butir:
    """One checklist item: what the rule asks, whether the document has it, and the evidence."""

    kode: str
    uraian: str
    ada: bool
    bukti: str


def _cari(pola: str, teks: str) -> str:
    m = re.search(pola, teks, re.I | re.S)
    if not m:
        return ""
    awal = max(0, m.start() - 30)
    return " ".join(teks[awal:m.end() + 40].split())


def _tabel_dengan(daftar: list[Susunan], syarat) -> str:
    nama = [s.tabel.nama for s in daftar if syarat(s)]
    return ", ".join(n[:60] for n in nama[:3]) + (" ..." if len(nama) > 3 else "")


def _butir(dok: Dokumen, daftar: list[Susunan]) -> list[Butir]:
    bab = " | ".join(dict.fromkeys(p.bab for p in dok.paragraf))
    teks = dok.teks_semua()
    iii = "\n".join(p.teks for p in dok.paragraf if p.bab.startswith("BAB III"))
    th = dok.tahun or 0
    kinerja = [s for s in daftar if s.kelompok and not s.anggaran]

    def lalu(s: Susunan) -> bool:
        return any(k.tahun and k.tahun < th and k.peran in ("realisasi", "capaian")
                   for k in s.kolom)

    def renstra(s: Susunan) -> bool:
        return "renstra" in s.tabel.nama.casefold() or any(
            "akhir" in k.label or "renstra" in k.label or (k.tahun and k.tahun >= th + 2)
            for k in s.kolom if k.peran == "target")

    daftar_bab = [
        ("I", "Ikhtisar Eksekutif", r"IKHTISAR EKSEKUTIF"),
        ("BAB I", "BAB I Pendahuluan", r"BAB I\b.*"),
        ("BAB II", "BAB II Perencanaan Kinerja (Renstra, Perjanjian Kinerja)", r"BAB II\b.*"),
        ("BAB III", "BAB III Akuntabilitas Kinerja", r"BAB III\b.*"),
        ("BAB IV", "BAB IV Penutup", r"BAB IV\b.*"),
    ]
    hasil = []
    for kode, uraian, pola in daftar_bab:
        nama = next((b for b in bab.split(" | ") if re.fullmatch(pola, b)), "")
        hasil.append(Butir(kode, uraian, bool(nama), f"bab '{nama}'" if nama else ""))
    judul = " | ".join([p.teks for p in dok.paragraf if p.judul or len(p.teks) < 120]
                       + [t.nama for t in dok.tabel])
    bukti = _cari(r"perjanjian kinerja", judul)
    hasil.insert(3, Butir("PK", "Perjanjian Kinerja tahun berjalan", bool(bukti), bukti))
    tabel = [
        ("III.1", "Perbandingan target dan realisasi tahun ini", kinerja, lambda s: True),
        ("III.2", "Perbandingan realisasi dengan tahun-tahun sebelumnya", kinerja, lalu),
        ("III.3", "Perbandingan realisasi dengan target akhir Renstra (jangka menengah)",
         daftar, renstra),
        ("III.B", "Realisasi anggaran (tabel anggaran dan realisasi)", daftar,
         lambda s: s.anggaran),
    ]
    for kode, uraian, sumber, syarat in tabel:
        bukti = _tabel_dengan(sumber, syarat)
        hasil.append(Butir(kode, uraian, bool(bukti), bukti))
    teks_butir = [
        ("III.4", "Perbandingan dengan standar nasional (bila ada)",
         r"standar nasional|target nasional|capaian nasional|rata-rata nasional"),
        ("III.5", "Analisis penyebab keberhasilan/kegagalan dan solusinya",
         r"penyebab|dikarenakan|faktor (pendukung|penghambat|pendorong)|kendala|hambatan"),
        ("III.6", "Analisis efisiensi penggunaan sumber daya",
         r"efisiensi|(tidak|cukup) efisien|efisien\W.{0,60}(anggaran|sumber ?daya|biaya)"),
        ("III.7", "Analisis program/kegiatan yang menunjang capaian",
         r"program\s*/\s*kegiatan\s+penunjang|program penunjang|kegiatan penunjang|"
         r"program\s*/\s*kegiatan yang (mendukung|menunjang)"),
    ]
    for kode, uraian, pola in teks_butir:
        bukti = _cari(pola, iii) or _cari(pola, " ".join(s.tabel.nama for s in daftar))
        hasil.append(Butir(kode, uraian, bool(bukti), bukti))
    lampiran = [
        ("L.PK", "Lampiran Perjanjian Kinerja", r"lampiran.{0,400}perjanjian kinerja"),
        ("L.REVIU", "Pernyataan Telah Direviu (APIP)", r"telah direviu|pernyataan.{0,20}reviu"),
    ]
    for kode, uraian, pola in lampiran:
        bukti = _cari(pola, teks)
        hasil.append(Butir(kode, uraian, bool(bukti), bukti))
    bukti = _cari(r"\bNIP\.?\s*\d", teks)
    hasil.append(Butir("NIP", "Ditandatangani pimpinan (nama dan NIP)", bool(bukti), bukti))
    return hasil


def _tingkat(rasio: Decimal) -> tuple[str, Decimal]:
    """Grade a share of indikator: a > 90 %, b > 75 %, c > 40 %, d > 10 %, e otherwise."""
    for batas, huruf, nilai in ((90, "a", "1"), (75, "b", "0.75"), (40, "c", "0.5"),
                                (10, "d", "0.25")):
        if rasio * 100 > batas:
            return huruf, Decimal(nilai)
    return "e", Decimal(0)


def _rasio(daftar: list[Susunan], syarat) -> Decimal:
    kinerja = [s for s in daftar if s.kelompok and not s.anggaran]

    def kunci(b) -> str:  # spaces ignored: a PDF's narrow cells break words differently
        return "".join(b.label.casefold().split())

    semua = {kunci(b) for s in kinerja for b in s.baris if b.jenis == "data"}
    punya = {kunci(b) for s in kinerja if syarat(s) for b in s.baris if b.jenis == "data"}
    return Decimal(len(punya & semua)) / Decimal(len(semua)) if semua else Decimal(0)


def prakiraan(butir: list[Butir], daftar: list[Susunan], tahun: int | None
              ) -> list[tuple[str, str, str, Decimal]]:
    """(component part, criterion, answer, value 0-1) of the Pelaporan pre-score."""
    ada = {b.kode: b.ada for b in butir}
    th = tahun or 0

    def yt(x: bool) -> tuple[str, Decimal]:
        return ("Y", Decimal(1)) if x else ("T", Decimal(0))

    baris = []
    for kriteria, nilai in (
        ("Laporan Kinerja disusun", yt(True)),
        ("Laporan Kinerja ditandatangani pimpinan (formal: nama dan NIP)", yt(ada["NIP"])),
        ("Laporan Kinerja telah direviu (pernyataan APIP)", yt(ada["L.REVIU"])),
    ):
        baris.append(("Keberadaan", kriteria, *nilai))
    lengkap = sum(ada[k] for k in ("I", "BAB I", "BAB II", "BAB III", "BAB IV"))
    baris.append(("Kualitas", "Disusun sesuai sistematika PermenPANRB 53/2014",
                  *_tingkat(Decimal(lengkap) / 5)))
    baris.append(("Kualitas", "Membandingkan realisasi dengan target tahun ini",
                  *_tingkat(_rasio(daftar, lambda s: True))))
    baris.append(("Kualitas", "Membandingkan realisasi dengan tahun-tahun sebelumnya",
                  *_tingkat(_rasio(daftar, lambda s: any(
                      k.tahun and k.tahun < th and k.peran in ("realisasi", "capaian")
                      for k in s.kolom)))))
    baris.append(("Kualitas", "Membandingkan realisasi dengan target jangka menengah (Renstra)",
                  *yt(ada["III.3"])))
    baris.append(("Kualitas", "Membandingkan dengan standar nasional", *yt(ada["III.4"])))
    baris.append(("Kualitas", "Menjelaskan upaya dan hambatan (analisis penyebab)",
                  *yt(ada["III.5"])))
    baris.append(("Kualitas", "Menganalisis efisiensi sumber daya", *yt(ada["III.6"])))
    baris.append(("Kualitas", "Informasi keuangan terkait capaian sasaran", *yt(ada["III.B"])))
    return baris


def skor(baris: list[tuple[str, str, str, Decimal]]) -> tuple[Decimal, Decimal, Decimal]:
    """(keberadaan of 3, kualitas of 4,5, their sum): mean answer x weight, 2 decimals."""
    bobot = {"Keberadaan": Decimal(3), "Kualitas": Decimal("4.5")}
    hasil = {}
    for bagian, b in bobot.items():
        nilai = [v for p, _, _, v in baris if p == bagian]
        hasil[bagian] = bulat(sum(nilai, Decimal(0)) / len(nilai) * b, 2)
    return hasil["Keberadaan"], hasil["Kualitas"], hasil["Keberadaan"] + hasil["Kualitas"]


def periksa(dok: Dokumen, daftar: list[Susunan]) -> tuple[list[Butir], list[Temuan]]:
    """The checklist and a Kelengkapan finding for each item the document lacks."""
    butir = _butir(dok, daftar)
    temuan = [
        Temuan("Kelengkapan", "Dokumen", f"Tidak ditemukan: {b.uraian}.", "(tidak ada)",
               b.uraian, f"PermenPANRB 53/2014, butir {b.kode}")
        for b in butir if not b.ada
    ]
    return butir, temuan
