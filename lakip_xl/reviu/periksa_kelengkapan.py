"""Completeness against PermenPANRB 53/2014 and a pre-score of the Pelaporan Kinerja component
of PermenPANRB 88/2021, each criterion named so a reviewer can disagree with one. A part is
found by its body (text or tables under its heading), never by a line of the Daftar Isi."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from lakip_xl.calc.angka import bulat
from lakip_xl.reviu import pernyataan
from lakip_xl.reviu.bab import bagian, bagian_judul, baris_daftar_isi
from lakip_xl.reviu.dokumen import Dokumen, Paragraf, Tabel
from lakip_xl.reviu.kolom import Susunan
from lakip_xl.reviu.temuan import Temuan

KATA_ISI = 12  # a paragraph of at least this many words is body text, not a heading or a list


@dataclass(frozen=True)
class Butir:
    """One checklist item: what the rule asks, whether the document has it, and the evidence;
    `catatan` when it is there with a reservation (in sentences only, a list only...)."""

    kode: str
    uraian: str
    ada: bool
    bukti: str
    catatan: str = ""


@dataclass
class Bab:
    """One chapter as printed: its heading, the part it stands for, and its body."""

    nama: str
    bagian: str
    urutan: int  # 0 for the first chapter of the document
    paragraf: list[Paragraf] = field(default_factory=list)
    tabel: list[Tabel] = field(default_factory=list)

    @property
    def isi(self) -> list[Paragraf]:
        """Paragraphs of body text (not headings, contents lines or short list items)."""
        return [p for p in self.paragraf if not p.judul and not baris_daftar_isi(p.teks)
                and len(p.teks.split()) >= KATA_ISI]

    @property
    def berisi(self) -> bool:
        return bool(self.isi or self.tabel)

    def bukti(self) -> str:
        halaman = sorted({p.halaman for p in self.paragraf if p.halaman} |
                         {t.halaman for t in self.tabel if t.halaman})
        teks = f"bab '{self.nama}' ({len(self.isi)} paragraf, {len(self.tabel)} tabel"
        if halaman:
            teks += f", halaman {halaman[0]}" + (f"-{halaman[-1]}" if len(halaman) > 1 else "")
        return teks + ")"


def bab_dokumen(dok: Dokumen) -> list[Bab]:
    """The chapters in reading order, each with its paragraphs and tables."""
    hasil: list[Bab] = []
    for p in dok.paragraf:
        if not hasil or hasil[-1].nama != p.bab:
            hasil.append(Bab(p.bab, bagian(p.bab), len(hasil)))
        hasil[-1].paragraf.append(p)
    judul: dict[int, bool] = {}
    for b in hasil:
        nama = b.nama
        if b.bagian.startswith("BAB") and re.fullmatch(r"BAB [IVX]+", b.nama):
            awal = next((p.teks for p in b.paragraf[1:3] if len(p.teks.split()) <= 8), "")
            nama = f"{b.nama} {awal.upper()}"
        b.bagian, judul[b.urutan] = bagian_judul(nama)
    for b in hasil:  # a part its title names elsewhere is not this chapter's by number only
        if b.bagian.startswith("BAB") and not judul[b.urutan] and any(
                x.bagian == b.bagian and judul[x.urutan] for x in hasil):
            b.bagian = ""
    for t in dok.tabel:
        b = next((x for x in reversed(hasil) if x.nama == t.bab), None)
        if b is not None:
            b.tabel.append(t)
    pertama = next((b.urutan for b in hasil if b.bagian.startswith("BAB")), None)
    for b in hasil:  # a LAMPIRAN list before the first chapter is a Daftar Lampiran
        if b.bagian == "LAMPIRAN" and (pertama is None or b.urutan < pertama):
            b.bagian = "DAFTAR LAMPIRAN"
    return hasil


def _cari(pola: str, teks: str) -> str:
    m = re.search(pola, teks, re.I | re.S)
    if not m:
        return ""
    awal = max(0, m.start() - 30)
    return " ".join(teks[awal:m.end() + 40].split())


def _tabel_dengan(daftar: list[Susunan], syarat) -> str:
    nama = [s.tabel.nama for s in daftar if syarat(s)]
    return ", ".join(n[:60] for n in nama[:3]) + (" ..." if len(nama) > 3 else "")


_T = r"(?:[^.]|\.(?=\d))"  # any text of one sentence (a dot only inside a number)
_RE_BANDING = {
    # a sentence comparing target and realisasi of this year: "realisasi 95 dari target 100",
    # "tercapai 72% dari target 92,9%", "ditargetkan 80 ... terealisasi 76"
    "III.1": rf"(target\w*\W{_T}{{0,120}}?(realisasi|tercapai|terealisasi|capaian)|(realisasi|"
             rf"tercapai|terealisasi)\W{_T}{{0,120}}?target)",
    "III.2": rf"(dibanding(kan)?|lebih (tinggi|rendah) dari){_T}{{0,60}}(tahun (sebelumnya|"
             r"lalu|20\d\d)|20\d\d)",
    "III.3": r"(target (akhir )?(renstra|rpjmd|jangka menengah)|akhir periode renstra)",
    "III.B": rf"(pagu|anggaran){_T}{{0,80}}\bRp\.?\s?\d{_T}{{0,160}}?(realisasi|terealisasi|"
             r"terserap|serapan)",
}


def _kalimat_banding(kode: str, bab_iii: list[Paragraf]) -> str:
    """A sentence of BAB III that makes the comparison `kode` asks, with at least two numbers."""
    for p in bab_iii:
        for k in re.split(r"(?<=[.;!?])\s+(?=[A-Z(])", p.teks):
            if re.search(_RE_BANDING[kode], k, re.I) and len(re.findall(r"\d+(?:[.,]\d+)?",
                                                                         k)) >= 2:
                return " ".join(k.split())[:160] + f" ({p.lokasi()})"
    return ""


def _bab_butir(bab: list[Bab], semua: list[Paragraf]) -> list[Butir]:
    """The Ikhtisar and BAB I-IV, each found by its body; a Daftar Isi line alone is none."""
    hasil = []
    for kode, bag, uraian in (("I", "IKHTISAR", "Ikhtisar Eksekutif"),
                              ("BAB I", "BAB I", "BAB I Pendahuluan"),
                              ("BAB II", "BAB II",
                               "BAB II Perencanaan Kinerja (Renstra, Perjanjian Kinerja)"),
                              ("BAB III", "BAB III", "BAB III Akuntabilitas Kinerja"),
                              ("BAB IV", "BAB IV", "BAB IV Penutup")):
        calon = [b for b in bab if b.bagian == bag]
        isi = next((b for b in calon if b.berisi), None)
        if isi is not None:
            hasil.append(Butir(kode, uraian, True, isi.bukti()))
            continue
        catatan = ""
        if calon:
            catatan = f"judul '{calon[0].nama}' ada tetapi tanpa isi"
        elif any(bagian(j) == bag for p in semua if baris_daftar_isi(p.teks)
                 for j in _judul_daftar_isi(p.teks)):
            catatan = "hanya tercantum sebagai baris Daftar Isi"
        hasil.append(Butir(kode, uraian, False, catatan, catatan))
    return hasil


def _judul_daftar_isi(teks: str) -> list[str]:
    """The titles of Daftar Isi lines, also when a PDF joined several into one paragraph:
    "BAB I PENDAHULUAN.....1 BAB II PERENCANAAN KINERJA.....5" or "BAB IV PENUTUP 25"."""
    judul = [" ".join(j.split()).upper() for j in
             re.findall(r"(.+?)\s*(?:\.{2,}|…+|_{3,})\s*\S+(?:\s+|$)", teks)]
    return judul or [" ".join(re.sub(r"\s+\S+$", "", teks).split()).upper()]


def _kepala_pk(p: Paragraf) -> bool:
    """A heading of the Perjanjian Kinerja: a short line naming it, or its capitals running
    into the first sentence (a PDF joins a heading to the line after it)."""
    if baris_daftar_isi(p.teks):
        return False
    return bool(re.match(r"\s*(PERJANJIAN|PENETAPAN) KINERJA", p.teks)) or bool(
        re.search(r"perjanjian kinerja", p.teks, re.I) and len(p.teks.split()) <= 15)


def _pk(bab: list[Bab]) -> tuple[Butir, Butir]:
    """The Perjanjian Kinerja of the year (BAB II or a Lampiran: a table or its text) and the
    Lampiran that holds the signed agreement itself."""
    bukti, catatan = "", ""
    for b in bab:
        if b.bagian not in ("BAB II", "LAMPIRAN", "BAB III"):
            continue
        t = next((t for t in b.tabel if re.search(r"perjanjian kinerja|penetapan kinerja",
                                                    t.nama, re.I)), None)
        if t is not None:
            bukti = f"{t.nama} ({b.nama})"
            break
        judul = next((p for p in b.paragraf if _kepala_pk(p)), None)
        if judul is not None and b.tabel:
            bukti = f"'{judul.teks[:80]}' dan tabelnya ({b.nama})"
            break
        kal = next((p for p in b.isi if re.search(r"perjanjian kinerja", p.teks, re.I) and
                    re.search(r"target", p.teks, re.I)), None)
        if kal is not None and not catatan:
            catatan = f"hanya dalam kalimat: {kal.lokasi()}"
    pk = Butir("PK", "Perjanjian Kinerja tahun berjalan", bool(bukti or catatan),
               bukti or catatan, "" if bukti else catatan)
    lampiran = ""
    for b in bab:
        if b.bagian not in ("LAMPIRAN", "BAB IV"):
            continue
        kepala = [p for p in b.paragraf if _kepala_pk(p)]
        if not kepala:
            continue
        sesudah = b.paragraf[b.paragraf.index(kepala[0]):]
        pihak = any(re.search(r"pihak pertama|bertanda tangan di ?bawah ini", p.teks, re.I)
                    for p in sesudah)
        if pihak or (b.bagian == "LAMPIRAN" and b.tabel):
            lampiran = f"'{kepala[0].teks[:80]}' ({b.nama})"
            break
    l_pk = Butir("L.PK", "Lampiran Perjanjian Kinerja", bool(lampiran), lampiran)
    return pk, l_pk


def _butir(dok: Dokumen, daftar: list[Susunan]) -> list[Butir]:
    bab = bab_dokumen(dok)
    teks = "\n".join(p.teks for b in bab if not b.bagian.startswith("DAFTAR") and
                     not b.nama.startswith(("DAFTAR", "TABEL", "GAMBAR")) for p in b.paragraf)
    bab_iii = [p for b in bab if b.bagian == "BAB III" for p in b.paragraf]
    iii = "\n".join(p.teks for p in bab_iii)
    th = dok.tahun or 0
    kinerja = [s for s in daftar if s.kelompok and not s.anggaran]

    def lalu(s: Susunan) -> bool:
        return any(k.tahun and k.tahun < th and k.peran in ("realisasi", "capaian")
                   for k in s.kolom)

    def renstra(s: Susunan) -> bool:
        return "renstra" in s.tabel.nama.casefold() or any(
            "akhir" in k.label or "renstra" in k.label or (k.tahun and k.tahun >= th + 2)
            for k in s.kolom if k.peran == "target")

    hasil = _bab_butir(bab, dok.paragraf)
    pk, l_pk = _pk(bab)
    hasil.insert(3, pk)
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
        if bukti:
            hasil.append(Butir(kode, uraian, True, bukti))
            continue
        kal = _kalimat_banding(kode, bab_iii)
        hasil.append(Butir(kode, uraian, bool(kal), kal,
                           "dalam kalimat, tidak dalam tabel" if kal else ""))
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
        bukti = _cari(pola, iii) or _cari(pola, " ".join(
            s.tabel.nama for s in daftar if bagian(s.tabel.bab) == "BAB III"))
        hasil.append(Butir(kode, uraian, bool(bukti), bukti))
    hasil.append(l_pk)
    bukti = next((p.teks[:120] for b in bab if b.bagian not in ("DAFTAR LAMPIRAN",) and
                  not b.nama.startswith("DAFTAR") for p in b.paragraf
                  if re.search(r"telah direviu|pernyataan.{0,20}reviu", p.teks, re.I)
                  and not baris_daftar_isi(p.teks)), "")
    hasil.append(Butir("L.REVIU", "Pernyataan Telah Direviu (APIP)", bool(bukti), bukti))
    bukti = _cari(r"\bNIP\.?\s*\d", teks)
    hasil.append(Butir("NIP", "Ditandatangani pimpinan (nama dan NIP)", bool(bukti), bukti))
    return [pernyataan.butir(dok, b) if b.kode == "L.REVIU" else b for b in hasil]


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
    kalimat = {b.kode for b in butir if b.ada and b.catatan}
    th = tahun or 0

    def yt(x: bool) -> tuple[str, Decimal]:
        return ("Y", Decimal(1)) if x else ("T", Decimal(0))

    def bagian_indikator(kode: str, syarat) -> tuple[str, Decimal]:
        if kode in kalimat and not any(s.kelompok and not s.anggaran for s in daftar):
            return "c", Decimal("0.5")  # in sentences: the share of indikator cannot be counted
        return _tingkat(_rasio(daftar, syarat))

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
                  *bagian_indikator("III.1", lambda s: True)))
    baris.append(("Kualitas", "Membandingkan realisasi dengan tahun-tahun sebelumnya",
                  *bagian_indikator("III.2", lambda s: any(
                      k.tahun and k.tahun < th and k.peran in ("realisasi", "capaian")
                      for k in s.kolom))))
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
    for bagian_, b in bobot.items():
        nilai = [v for p, _, _, v in baris if p == bagian_]
        hasil[bagian_] = bulat(sum(nilai, Decimal(0)) / len(nilai) * b, 2)
    return hasil["Keberadaan"], hasil["Kualitas"], hasil["Keberadaan"] + hasil["Kualitas"]


def periksa(dok: Dokumen, daftar: list[Susunan]) -> tuple[list[Butir], list[Temuan]]:
    """The checklist and a Kelengkapan finding for each item the document lacks."""
    butir = _butir(dok, daftar)
    temuan = [
        Temuan("Kelengkapan", "Dokumen", f"Tidak ditemukan: {b.uraian}" +
               (f" ({b.catatan})." if b.catatan else "."), "(tidak ada)",
               b.uraian, f"PermenPANRB 53/2014, butir {b.kode}")
        for b in butir if not b.ada
    ]
    return butir, temuan
