"""Defects of presentation seen in real and generated LKj: two names of the reporting office, a
misi/sasaran/program block printed twice, an Evaluasi/Keterangan/Analisis/Faktor column empty
in every row, a kegiatan with 0 % capaian and 0 % serapan called Efisien, and a title year
that is not the year the body reports."""

from __future__ import annotations

import re
from collections import Counter

from lakip_xl.reviu.bab import bagian
from lakip_xl.reviu.dokumen import Dokumen, Paragraf
from lakip_xl.reviu.kolom import Susunan, normal
from lakip_xl.reviu.temuan import Temuan

DASAR_53 = "PermenPANRB 53/2014"

# --- one office, one name --------------------------------------------------------------------

_JENIS_KANTOR = (r"Kecamatan|Kelurahan|Dinas|Badan|Inspektorat|Sekretariat|Satuan|"
                 r"Rumah Sakit Umum Daerah|Rumah Sakit|RSUD|Bagian|Bidang|Balai|UPTD|UPT|Biro|"
                 r"Kementerian|Kantor Wilayah|Kanwil|Pusat|Direktorat")
_RE_LAPORAN = re.compile(
    r"(?:Laporan\s+Kinerja(?:\s+Instansi\s+Pemerintah)?|Laporan\s+Akuntabilitas\s+Kinerja"
    r"(?:\s+Instansi\s+Pemerintah)?|LKjIP|LKIP|LAKIP|LKj)\s*(?:\(\s*[A-Za-z]{2,8}\s*\)\s*)?"
    r"(?:(?:Pemerintah|Kantor|pada)\s+)?"
    rf"(?P<nama>(?:{_JENIS_KANTOR})\b(?:\s+(?:[A-Z][\w.'/-]*|dan|&))*)", re.IGNORECASE)
_HENTI = {"tahun", "ta", "ta.", "t.a.", "periode", "triwulan", "semester", "ini", "yang",
          "merupakan", "disusun", "sebagai", "dan", "&", "adalah", "tersebut", "telah"}


def _nama_kantor(teks: str) -> list[str]:
    """Names the report gives itself: "Laporan Kinerja Dinas Pangan Provinsi X Tahun 2024"."""
    hasil = []
    for m in _RE_LAPORAN.finditer(teks):
        kata = m.group("nama").split()
        potong = []
        for i, w in enumerate(kata):
            if i and (w.casefold() in _HENTI or not w[:1].isupper()):
                break
            potong.append(w.strip(".,;:()"))
        if len(potong) >= 2:
            hasil.append(" ".join(potong))
    return hasil


def nama_kantor(paragraf: list[Paragraf]) -> str:
    """The office the report names itself first ("Laporan Kinerja Dinas Ketahanan Pangan"), in
    the form it uses most often (the first of equals); "" when it never names itself."""
    sebut = [n for p in paragraf if not p.bab.startswith(("DAFTAR", "TABEL", "GAMBAR"))
             for n in _nama_kantor(p.teks)]
    if not sebut:
        return ""
    bentuk = Counter(n for n in sebut if _sama_kantor(n, sebut[0]))
    return bentuk.most_common(1)[0][0]


def _sama_kantor(a: str, b: str) -> bool:
    """One name is the other with or without its region ("Kecamatan X" and "Kecamatan X
    Kabupaten Y"), in any case."""
    x, y = normal(a).split(), normal(b).split()
    n = min(len(x), len(y))
    return x[:n] == y[:n]


def nama_instansi(paragraf: list[Paragraf]) -> list[Temuan]:
    """The office called by two different names in one report."""
    sebut: list[tuple[str, Paragraf]] = []
    for p in paragraf:
        if p.bab.startswith(("DAFTAR", "TABEL", "GAMBAR")):
            continue
        sebut += [(n, p) for n in _nama_kantor(p.teks)]
    if len(sebut) < 2:
        return []
    kelompok: list[list[tuple[str, Paragraf]]] = []
    for n, p in sebut:
        g = next((g for g in kelompok if _sama_kantor(g[0][0], n)), None)
        if g is None:
            kelompok.append([(n, p)])
        else:
            g.append((n, p))
    if len(kelompok) < 2:
        return []
    kelompok.sort(key=lambda g: -len(g))  # stable: a tie keeps the name printed first
    # the fullest name, as written in running text rather than on the cover in capitals
    utama = max((n for n, _ in kelompok[0]), key=lambda n: (len(n.split()), not n.isupper()))
    jenis = normal(utama).split()[0]
    hasil = []
    for g in kelompok[1:]:
        if normal(g[0][0]).split()[0] != jenis:
            continue  # a Bidang's or a Kelurahan's own report named in a Badan's or Kecamatan's
        n, p = g[0]
        hasil.append(Temuan(
            "Konsistensi", p.lokasi(),
            f"Instansi pelapor disebut dengan nama lain: '{n}' ({len(g)} kali), sedangkan bagian "
            f"lain laporan menyebutnya '{utama}' ({len(kelompok[0])} kali).", n, utama,
            f"{DASAR_53}: Laporan Kinerja adalah laporan satu instansi pemerintah atas kinerjanya; "
            "nama instansi pelapor harus sama di seluruh dokumen (sampul, kata pengantar, isi)",
            p.indeks))
    return hasil


# --- the same block printed twice ------------------------------------------------------------


_RE_KALIMAT = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z0-9(])")
# a list marker alone or ending a short heading: "1.", "b)", "B. Misi 1."
_RE_PENANDA = re.compile(r"(?:\S+\s+){0,2}\(?(?:\d{1,2}|[A-Za-z])[.)]")


def blok_paragraf(paragraf: list[Paragraf]) -> list[Temuan]:
    """A run of two or more sentences (25 words or more together) printed again right after
    itself: a misi, sasaran or program block pasted twice. Sentences, not paragraphs, so a list
    read from a PDF as one paragraph is judged alike; a summary that repeats a unit's sentences
    after other content (one unit: its recap says the same) is no paste."""
    hasil: list[Temuan] = []
    per_bab: dict[str, list[tuple[str, Paragraf]]] = {}
    for p in paragraf:
        if p.judul or p.bab.startswith(("DAFTAR", "TABEL", "GAMBAR")):
            continue
        for k in _RE_KALIMAT.split(p.teks):
            if k.strip() and not _RE_PENANDA.fullmatch(k.strip()):  # not a list's "1."
                per_bab.setdefault(p.bab, []).append((" ".join(k.casefold().split()), p))
    for isi in per_bab.values():
        teks = [k for k, _ in isi]
        letak: dict[str, list[int]] = {}
        for i, t in enumerate(teks):
            letak.setdefault(t, []).append(i)
        i = 0
        while i < len(isi):
            panjang, ulang = 0, -1
            for j in letak[teks[i]]:
                if j <= i:
                    continue
                n = 0
                while j + n < len(isi) and i + n < j and teks[i + n] == teks[j + n]:
                    n += 1
                if i + n == j and n > panjang:  # the copy follows the block at once
                    panjang, ulang = n, j
            blok = teks[i:i + panjang]
            kalimat = sum(len(k.split()) >= 4 for k in blok)
            if sum(len(k.split()) for k in blok) >= 25 and kalimat >= 2:
                awal, p = isi[i][1], isi[ulang][1]
                mulai = next(k for k in blok if len(k.split()) >= 4)
                hasil.append(Temuan(
                    "Penyajian", p.lokasi(),
                    f"Blok {kalimat} kalimat (mulai '{_pendek(mulai)}') tercetak dua kali "
                    f"dalam bab yang sama ({awal.lokasi()} dan {p.lokasi()}).",
                    f"{kalimat} kalimat berulang", "dicetak sekali",
                    f"{DASAR_53}: Laporan Kinerja menyajikan informasi secara ringkas dan jelas; "
                    "misi, sasaran atau program yang sama cukup disajikan sekali", p.indeks))
                i = ulang + panjang
            else:
                i += 1
    return hasil


def _pendek(teks: str, n: int = 60) -> str:
    return teks if len(teks) <= n else teks[: n - 3] + "..."


def blok_baris(daftar: list[Susunan]) -> list[Temuan]:
    """Rows of a table printed again, identical in every cell (a program or sasaran block)."""
    hasil: list[Temuan] = []
    for s in daftar:
        lihat: dict[tuple[str, ...], int] = {}
        i = 0
        while i < len(s.baris):
            b = s.baris[i]
            kunci = tuple(" ".join(x.teks.split()) for x in b.sel)
            if b.jenis in ("data", "program") and len(b.label) >= 20 and kunci in lihat:
                n = 1
                while i + n < len(s.baris) and tuple(
                        " ".join(x.teks.split()) for x in s.baris[i + n].sel) in lihat:
                    n += 1
                pertama = s.baris[lihat[kunci]]
                hasil.append(Temuan(
                    "Penyajian", s.tabel.lokasi(b.label),
                    f"{n} baris tabel tercetak ulang persis sama dengan baris di atasnya (mulai "
                    f"'{_pendek(pertama.label)}'); jumlah baris dan rata-ratanya ikut bertambah.",
                    f"{n} baris berulang", "dicetak sekali",
                    f"{DASAR_53}: tiap sasaran, indikator, program dan kegiatan disajikan sekali "
                    "dalam satu tabel", b.asal(0)))
                i += n
                continue
            lihat.setdefault(kunci, i)
            i += 1
    return hasil


# --- a column left empty ---------------------------------------------------------------------

# the columns of explanation the issue lists (Evaluasi, Keterangan, Analisis, Faktor) and their
# synonyms in published LKj; not an IKU's "Penjelasan / formulasi" (a definition, not analysis)
_RE_KOLOM_URAIAN = re.compile(r"evaluasi|keterangan|analisis|analisa|faktor|catatan|solusi|"
                              r"tindak ?lanjut|upaya|kendala|hambatan|penyebab")
_KOSONG = {"", "-", "–", "—", "--"}


def kolom_kosong(daftar: list[Susunan]) -> list[Temuan]:
    """An Evaluasi, Keterangan, Analisis or Faktor column empty in every data row."""
    hasil: list[Temuan] = []
    for s in daftar:
        baris = [b for b in s.baris if b.jenis in ("data", "program")]
        if len(baris) < 2:
            continue
        dilihat: set[str] = set()
        for k in s.kolom:
            if k.label in dilihat or not _RE_KOLOM_URAIAN.search(k.label.replace(" ", "")):
                continue
            if any(b.sel[k.indeks].teks.strip() not in _KOSONG for b in baris
                   if k.indeks < len(b.sel)):
                continue
            dilihat.add(k.label)
            judul = k.label[:1].upper() + k.label[1:]
            hasil.append(Temuan(
                "Penyajian", f"{s.tabel.lokasi()}, kolom '{judul}'",
                f"Kolom '{judul}' kosong di semua {len(baris)} baris: tabel menyediakan uraian "
                "yang tidak diisi.", f"kosong di {len(baris)} baris",
                f"'{judul}' diisi untuk tiap baris, atau kolomnya dihapus",
                f"{DASAR_53}: Laporan Kinerja memuat penjelasan yang memadai atas pencapaian "
                "kinerja serta analisis penyebab keberhasilan/kegagalan dan solusinya",
                s.tabel.baris[0][k.indeks].asal if s.tabel.baris and k.indeks < len(
                    s.tabel.baris[0]) else None))
    return hasil


# --- nothing achieved, nothing spent, "Efisien" ---------------------------------------------

_RE_EFISIEN = re.compile(r"^\s*(sangat\s+)?efisien\s*$", re.I)


def _kolom(s: Susunan, syarat) -> int | None:
    return next((k.indeks for k in s.kolom if syarat(k.label.replace(" ", ""))), None)


def efisien_nol(daftar: list[Susunan]) -> list[Temuan]:
    """A kegiatan with 0 % capaian kinerja and 0 % serapan anggaran labelled (Sangat) Efisien."""
    hasil: list[Temuan] = []
    for s in daftar:
        e = _kolom(s, lambda t: "efisien" in t and "capaian" not in t)
        serap = _kolom(s, lambda t: "serapan" in t or (("anggaran" in t or "keuangan" in t) and
                                                         ("%" in t or "capaian" in t)))
        kinerja = _kolom(s, lambda t: ("capaian" in t or "kinerja" in t) and not any(
            x in t for x in ("anggaran", "keuangan", "serapan", "efisien")))
        if e is None or serap is None or kinerja is None:
            continue
        for b in s.baris:
            c, p = b.nilai(kinerja), b.nilai(serap)
            label = b.sel[e].teks if e < len(b.sel) else ""
            if c is None or p is None or c.nilai != 0 or p.nilai != 0 or \
                    not _RE_EFISIEN.match(label):
                continue
            hasil.append(Temuan(
                "Kategori", s.tabel.lokasi(b.label),
                "Kegiatan dengan capaian kinerja 0 % dan serapan anggaran 0 % dinyatakan "
                f"'{label.strip()}': tanpa keluaran dan tanpa belanja tidak ada efisiensi yang "
                "dapat dinilai.", label.strip(), "Tidak dapat dinilai",
                f"capaian {c.teks.strip()} dan serapan {p.teks.strip()}; efisiensi "
                f"membandingkan keluaran dengan sumber daya yang dipakai ({DASAR_53}: analisis "
                "efisiensi penggunaan sumber daya)", b.asal(e)))
    return hasil


# --- the year of the title -------------------------------------------------------------------

_RE_TAHUN = re.compile(r"\b(?:tahun(?:\s+anggaran)?|ta\.?|t\.a\.?)\s*(20\d\d)\b(?!\s*[-–/]\s*"
                       r"20\d\d|\s*s\.?\s?d\.?)", re.I)
_RE_JUDUL = re.compile(r"(?:LAPORAN\s+KINERJA|LAPORAN\s+AKUNTABILITAS|LAKIP|LKjIP|LKIP|LKj)"
                       r"[^.]{0,80}?TAHUN\s+(20\d\d)", re.I)


def tahun_isi(dok: Dokumen, daftar: list[Susunan]) -> tuple[Counter[int], dict[int, list[str]]]:
    """The years the body reports: the latest "Tahun YYYY" of each table caption and heading of
    BAB II and III, and the first target year of each capaian table; (votes, evidence)."""
    suara: Counter[int] = Counter()
    bukti: dict[int, list[str]] = {}

    def pilih(teks: str, asal: str) -> None:
        th = [int(y) for y in _RE_TAHUN.findall(teks)]
        if th:
            suara[max(th)] += 1
            bukti.setdefault(max(th), []).append(asal)

    for t in dok.tabel:
        if bagian(t.bab) in ("BAB II", "BAB III") and t.judul:
            pilih(t.judul, t.nama[:60])
    for p in dok.paragraf:
        if bagian(p.bab) in ("BAB II", "BAB III") and len(p.teks.split()) <= 15:
            pilih(p.teks, f"'{_pendek(p.teks)}'")
    for s in daftar:
        th = [s.kolom[g.target].tahun for g in s.kelompok
              if g.target is not None and s.kolom[g.target].tahun]
        if th and bagian(s.tabel.bab) == "BAB III":
            suara[min(th)] += 1  # the first target year of a capaian table (not the Renstra's)
            bukti.setdefault(min(th), []).append(f"kolom target {s.tabel.nama[:40]}")
    return suara, bukti


def tahun_judul(dok: Dokumen, daftar: list[Susunan]) -> tuple[list[Temuan], int | None]:
    """(finding, body year) when the title (read as the reviu reads it: the first "LAPORAN
    KINERJA ... TAHUN YYYY" of the first pages, across the cover's lines) names another year
    than the one the body reports in most of its captions, headings and target columns."""
    awal = dok.paragraf[:40]
    gabung, batas = "", []
    for p in awal:
        gabung += p.teks + " "
        batas.append(len(gabung))
    m = _RE_JUDUL.search(gabung)
    suara, semua = tahun_isi(dok, daftar)
    if m is None or not suara:
        return [], None
    p = awal[next(i for i, b in enumerate(batas) if b > m.start(1))]
    th = int(m.group(1))
    th_isi, n = suara.most_common(1)[0]
    if th == th_isi or n < 3 or suara[th] * 3 > n:
        return [], None
    bukti = semua[th_isi][:4]
    return [Temuan(
        "Konsistensi", p.lokasi(),
        f"Tahun pada judul laporan ({th}) berbeda dengan tahun kinerja yang dilaporkan di isinya "
        f"({th_isi}).", f"Tahun {th}", f"Tahun {th_isi}",
        f"tahun kinerja di isi laporan: {'; '.join(bukti)}. {DASAR_53}: Laporan Kinerja "
        "disusun atas kinerja satu tahun anggaran, disebut sama di judul dan isinya",
        p.indeks)], th_isi


def periksa(dok: Dokumen, daftar: list[Susunan]) -> list[Temuan]:
    """All presentation findings but the title year (`tahun_judul`, run before the others)."""
    return (nama_instansi(dok.paragraf) + blok_paragraf(dok.paragraf) + blok_baris(daftar) +
            kolom_kosong(daftar) + efisien_nol(daftar))

