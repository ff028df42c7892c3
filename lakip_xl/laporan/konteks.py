"""The report's content as data: every table and generated sentence, from one computed `Hasil`.

Pure Python (no Word, no Jinja): the renderer turns `TabelLaporan` into Word tables and
image paths into pictures. Every number comes from `lakip_xl.hitung`; nothing is recomputed.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Masalah
from lakip_xl.calc.anggaran import JenisBaris, Simpul, serapan_persen
from lakip_xl.calc.angka import bulat
from lakip_xl.calc.banding import bandingkan
from lakip_xl.calc.capaian import Status
from lakip_xl.calc.efisiensi import efisiensi
from lakip_xl.calc.format_id import angka, persen, romawi, terbilang, terbilang_kurung
from lakip_xl.calc.kategori import Skala
from lakip_xl.calc.rata import RataRata
from lakip_xl.calc.skm import mutu
from lakip_xl.hitung import Hasil, HasilIndikator
from lakip_xl.laporan.tabel import (
    TANDA_BELUM,
    Sel,
    TabelLaporan,
    capaian_sel,
    k,
    n,
    pc,
    rp,
    t,
    teks_rp,
)

CATATAN_BELUM = "*) realisasi belum tersedia / masih dalam proses penilaian"

NAMA_KONTEKS = (
    "profil",
    "logo",
    "narasi",
    "gambar",
    "tambahan",
    "tabel",
    "kalimat",
    "eselon3",
    "eselon4",
    "lainnya",
    "skala",
    "ada_skm",
    "ada_anggaran",
    "ada_belanja",
    "grafik",
)
"""The top-level names a report template may use (documented in the README)."""


class Bagian(dict):
    """A mapping section -> list that gives an empty list for sections without content, so the
    template can ask for any section under StrictUndefined."""

    def __missing__(self, kunci: str) -> list[Any]:
        return []


@dataclass
class Paragraf:
    """A paragraph of the staff's own text, with an optional sub-heading."""

    teks: str
    judul: str = ""


@dataclass
class Gambar:
    """A picture file with its caption (the renderer embeds it)."""

    berkas: Path
    keterangan: str


@dataclass
class Unit:
    """One Eselon III/IV unit's part of BAB III."""

    nomor: int
    nama: str
    tingkat: str
    tabel: TabelLaporan
    tabel_banding: TabelLaporan | None
    tabel_program: TabelLaporan | None
    kalimat: list[str]
    narasi: list[Paragraf]
    gambar: list[Gambar]
    tambahan: list[TabelLaporan]


@dataclass
class Konteks:
    """Everything the template may use, plus the problems met while building it."""

    data: dict[str, Any]
    masalah: list[Masalah] = field(default_factory=list)


# --- sentences ---------------------------------------------------------------------------


def jumlah_kata(x: int, benda: str) -> str:
    """'24 (dua puluh empat) indikator'."""
    return f"{terbilang_kurung(x)} {benda}"


def rincian_kategori(rr: RataRata) -> str:
    """'2 (dua) indikator berkategori Sangat Memuaskan, 1 (satu) indikator berkategori Baik'."""
    bagian = [
        f"{jumlah_kata(jml, 'indikator')} berkategori {nama}"
        for nama, jml in rr.per_kategori.items()
        if jml
    ]
    if not bagian:
        return ""
    if len(bagian) == 1:
        return bagian[0]
    return ", ".join(bagian[:-1]) + " dan " + bagian[-1]


def kalimat_rata(rr: RataRata, subjek: str) -> str:
    """'Rata-rata capaian kinerja <subjek> adalah 95,47% (Sangat Memuaskan), dengan rincian ...'"""
    if rr.persen is None:
        if rr.dikecualikan:
            return (
                f"Capaian kinerja {subjek} belum dapat dihitung karena realisasi atau target "
                f"{jumlah_kata(rr.dikecualikan, 'indikator')} belum tersedia."
            )
        return (
            f"Capaian kinerja {subjek} belum dapat dihitung karena belum ada indikator yang diukur."
        )
    s = (
        f"Rata-rata capaian kinerja {subjek} adalah {persen(rr.persen)} "
        f"({rr.kategori}), dengan rincian {rincian_kategori(rr)}."
    )
    if rr.dikecualikan:
        s += (
            f" Sebanyak {jumlah_kata(rr.dikecualikan, 'indikator')} tidak ikut dirata-ratakan "
            "karena realisasinya belum tersedia atau targetnya belum ditetapkan."
        )
    return s


def kalimat_banding(
    nama: str,
    lama: Decimal,
    baru: Decimal,
    th_lama: int,
    th_baru: int,
    satuan: str = "poin",
    sisipan: str = "",
) -> str:
    """'IKM tahun 2020 sebesar 84,75 (mutu B, Baik) meningkat 5,22 poin (6,56%) dibanding
    tahun 2019 (79,53).' `sisipan` goes in brackets after the new value."""
    b = bandingkan(lama, baru)
    nilai = angka(b.baru, 2) + (f" ({sisipan})" if sisipan else "")
    if b.arah == "tetap":
        return f"{nama} tahun {th_baru} sebesar {nilai}, sama dengan tahun {th_lama}."
    pers = f" ({persen(abs(b.persen))})" if b.persen is not None else ""
    return (
        f"{nama} tahun {th_baru} sebesar {nilai} {b.arah} "
        f"{angka(abs(b.selisih), 2)} {satuan}{pers} dibanding tahun {th_lama} "
        f"({angka(b.lama, 2)})."
    )


def kalimat_di_bawah_target(daftar: list[HasilIndikator]) -> str:
    """Name the indikator below target with their gap; '' when none."""
    kurang = [
        h for h in daftar if h.capaian.status is Status.ADA and h.capaian.persen_bulat() < 100
    ]
    if not kurang:
        return ""
    bagian = []
    for h in kurang:
        c = h.capaian.persen_bulat()
        bagian.append(
            f"{h['indikator']} ({persen(c)}, kurang {angka(100 - c, 2)} poin dari target)"
        )
    return "Indikator yang belum mencapai target adalah " + "; ".join(bagian) + "."


def kalimat_di_atas_target(daftar: list[HasilIndikator]) -> str:
    lebih = [h for h in daftar if h.capaian.status is Status.ADA and h.capaian.persen_bulat() > 100]
    if not lebih:
        return ""
    return (
        "Indikator yang melampaui target adalah "
        + "; ".join(f"{h['indikator']} ({persen(h.capaian.persen_bulat())})" for h in lebih)
        + "."
    )


# --- helpers -----------------------------------------------------------------------------


def _nilai_satuan(v: Decimal | None, satuan: str | None) -> str:
    if v is None:
        return TANDA_BELUM
    s = angka(v)
    if satuan and satuan.strip() == "%":
        return s + "%"
    return f"{s} {satuan}".strip() if satuan else s


def _kepala(*judul: str | Sel) -> list[Sel]:
    return [j if isinstance(j, Sel) else t(j, tebal=True) for j in judul]


def _nomor_kolom(jumlah: int) -> list[Sel]:
    return [t(i, miring=True) for i in range(1, jumlah + 1)]


def _ada_belum(daftar: list[HasilIndikator]) -> bool:
    return any(h.capaian.status is Status.BELUM_TERSEDIA for h in daftar)


# --- tables ------------------------------------------------------------------------------


def tabel_skala(skala: Skala) -> TabelLaporan:
    baris = [[t(romawi(i)), k(r.uraian), k(r.nama)] for i, r in enumerate(skala.rentang, 1)]
    return TabelLaporan(
        "skala",
        f"Skala Pengukuran Kinerja ({skala.nama})",
        [_kepala("Urutan", "Rentang Capaian", "Kategori Capaian")],
        baris,
        [1, 3, 2],
        sumber=skala.sumber,
    )


def tabel_mutu() -> TabelLaporan:
    data = [
        ("1", "1,00 - 2,5996", "25,00 - 64,99", "D", "Tidak Baik"),
        ("2", "2,60 - 3,064", "65,00 - 76,60", "C", "Kurang Baik"),
        ("3", "3,0644 - 3,532", "76,61 - 88,30", "B", "Baik"),
        ("4", "3,5324 - 4,00", "88,31 - 100,00", "A", "Sangat Baik"),
    ]
    return TabelLaporan(
        "mutu",
        "Nilai Persepsi, Interval IKM, Interval Konversi IKM, Mutu Pelayanan dan "
        "Kinerja Unit Pelayanan",
        [
            _kepala(
                "Nilai Persepsi",
                "Nilai Interval IKM",
                "Nilai Interval Konversi IKM",
                "Mutu Pelayanan",
                "Kinerja Unit Pelayanan",
            )
        ],
        [[t(a), t(b), t(c), t(d), t(e)] for a, b, c, d, e in data],
        [1, 2, 2, 1, 2],
        sumber="PermenPANRB Nomor 14 Tahun 2017",
    )


def tabel_capaian(
    hasil: Hasil, daftar: list[HasilIndikator], kunci: str, judul: str, dengan_sasaran: bool = True
) -> TabelLaporan:
    """No | (Sasaran) | Indikator | Target | Realisasi | Capaian (%) | Kategori, with average."""
    kepala = (
        ["No"]
        + (["Sasaran"] if dengan_sasaran else [])
        + ["Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Kategori"]
    )
    baris = []
    for i, h in enumerate(daftar, 1):
        b = [t(i)]
        if dengan_sasaran:
            b.append(k(h["sasaran"]))
        b += [
            k(h["indikator"]),
            k(_nilai_satuan(h["target"], h["satuan"]), rata="kanan"),
            k(_nilai_satuan(h["realisasi"], h["satuan"]), rata="kanan"),
            capaian_sel(h.capaian),
            k(h.kategori or "-"),
        ]
        baris.append(b)
    rr = hasil.rata(daftar)
    if len(daftar) > 1:
        span = 4 if dengan_sasaran else 3
        baris.append(
            [
                k("Rata-rata capaian", tebal=True, rentang=span + 1),
                pc(rr.persen, tebal=True),
                k(rr.kategori or "-", tebal=True),
            ]
        )
    lebar = [0.5] + ([2.5] if dengan_sasaran else []) + [3, 1.2, 1.2, 1.1, 1.4]
    cat = [CATATAN_BELUM] if _ada_belum(daftar) else []
    return TabelLaporan(kunci, judul, [_kepala(*kepala)], baris, lebar, cat)


def tabel_banding(
    hasil: Hasil, daftar: list[HasilIndikator], kunci: str, judul: str
) -> TabelLaporan | None:
    """Last year vs this year per indikator: target, realisasi, capaian, and the change."""
    if not any(h["realisasi_lalu"] is not None for h in daftar):
        return None
    th = hasil.buku.profil.get("tahun") or 0
    kepala1 = [
        t("No", tebal=True),
        t("Indikator Kinerja", tebal=True),
        t(f"Tahun {th - 1}", tebal=True, rentang=3),
        t(f"Tahun {th}", tebal=True, rentang=3),
        t("Keterangan", tebal=True),
    ]
    kepala2 = [t(""), t("")] + [
        t(x, tebal=True) for x in ("Target", "Realisasi", "Capaian (%)")
    ] * 2
    kepala2.append(t(""))
    baris = []
    for i, h in enumerate(daftar, 1):
        ket = "-"
        if h["realisasi"] is not None and h["realisasi_lalu"] is not None:
            b = bandingkan(h["realisasi_lalu"], h["realisasi"])
            ket = (
                f"realisasi {b.arah}"
                if b.arah == "tetap"
                else f"realisasi {b.arah} {angka(abs(b.selisih), 2)}"
            )
        baris.append(
            [
                t(i),
                k(h["indikator"]),
                k(
                    _nilai_satuan(h["target_lalu"], h["satuan"])
                    if h["target_lalu"] is not None
                    else "-",
                    rata="kanan",
                ),
                k(
                    _nilai_satuan(h["realisasi_lalu"], h["satuan"])
                    if h["realisasi_lalu"] is not None
                    else "-",
                    rata="kanan",
                ),
                capaian_sel(h.capaian_lalu)
                if h["target_lalu"] is not None
                else k("-", rata="kanan"),
                k(_nilai_satuan(h["target"], h["satuan"]), rata="kanan"),
                k(_nilai_satuan(h["realisasi"], h["satuan"]), rata="kanan"),
                capaian_sel(h.capaian),
                k(ket),
            ]
        )
    cat = [CATATAN_BELUM] if _ada_belum(daftar) else []
    return TabelLaporan(
        kunci,
        judul,
        [kepala1, kepala2],
        baris,
        [0.5, 3, 1.1, 1.1, 1, 1.1, 1.1, 1, 1.6],
        cat,
        kecil=True,
    )


def tabel_riwayat(
    hasil: Hasil, daftar: list[HasilIndikator], kunci: str, judul: str
) -> TabelLaporan | None:
    """Realisasi of the two previous years and this year's target, realisasi and capaian."""
    if not any(h["realisasi_lalu2"] is not None for h in daftar):
        return None
    th = hasil.buku.profil.get("tahun") or 0
    kepala1 = [
        t("No", tebal=True),
        t("Indikator Kinerja", tebal=True),
        t("Satuan", tebal=True),
        t("Realisasi", tebal=True, rentang=2),
        t(f"Tahun {th}", tebal=True, rentang=3),
    ]
    kepala2 = [
        t(""),
        t(""),
        t(""),
        t(th - 2, tebal=True),
        t(th - 1, tebal=True),
        t("Target", tebal=True),
        t("Realisasi", tebal=True),
        t("Capaian (%)", tebal=True),
    ]
    baris = [
        [
            t(i),
            k(h["indikator"]),
            t(h["satuan"] or ""),
            n(h["realisasi_lalu2"]),
            n(h["realisasi_lalu"]),
            n(h["target"]),
            n(h["realisasi"]) if h["realisasi"] is not None else k(TANDA_BELUM, rata="kanan"),
            capaian_sel(h.capaian),
        ]
        for i, h in enumerate(daftar, 1)
    ]
    return TabelLaporan(kunci, judul, [kepala1, kepala2], baris, [0.5, 3, 1, 1, 1, 1, 1, 1.1])


def tabel_program(
    hasil: Hasil, simpul: list[Simpul], kunci: str, judul: str, dengan_total: bool = True
) -> TabelLaporan | None:
    """Programs (bold, Roman numerals) with their kegiatan and sub kegiatan, and a total row."""
    if not simpul:
        return None
    baris: list[list[Sel]] = []
    nomor_keg = 0
    for i, p in enumerate(simpul, 1):
        tebal = p.baris.jenis is JenisBaris.PROGRAM
        baris.append(
            [
                t(romawi(i) if tebal else i, tebal=tebal),
                k(p.baris.uraian, tebal=tebal),
                rp(p.anggaran, tebal=tebal),
                rp(p.realisasi, tebal=tebal),
                pc(p.serapan, tebal=tebal),
            ]
        )
        for keg in p.anak:
            nomor_keg += 1
            baris.append(
                [
                    t(nomor_keg),
                    k(keg.baris.uraian),
                    rp(keg.anggaran),
                    rp(keg.realisasi),
                    pc(keg.serapan),
                ]
            )
            for sub in keg.anak:
                baris.append(
                    [
                        t(""),
                        k("- " + sub.baris.uraian, miring=True),
                        rp(sub.anggaran),
                        rp(sub.realisasi),
                        pc(sub.serapan),
                    ]
                )
    if dengan_total:
        ta = sum((p.anggaran for p in simpul), Decimal(0))
        tr = sum((p.realisasi for p in simpul), Decimal(0))
        baris.append(
            [
                k("Jumlah", tebal=True, rentang=2),
                rp(ta, tebal=True),
                rp(tr, tebal=True),
                pc(serapan_persen(ta, tr), tebal=True),
            ]
        )
    return TabelLaporan(
        kunci,
        judul,
        [
            _kepala("No", "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"),
            _nomor_kolom(5),
        ],
        baris,
        [0.6, 4.3, 1.6, 1.6, 1.2],
    )


def _program_dari_kode(hasil: Hasil, daftar: list[HasilIndikator]) -> list[Simpul]:
    """Programs supporting these indikator (via Kode Anggaran), each once, in sheet order.
    A kegiatan code brings its program with only the named kegiatan."""
    dipilih: OrderedDict[int, Simpul] = OrderedDict()
    for h in daftar:
        for s in hasil.anggaran_indikator(h):
            dipilih[id(s)] = s
    if not dipilih:
        return []
    hasil_program = []
    for p in hasil.anggaran.program:
        if id(p) in dipilih:
            hasil_program.append(p)
            continue
        anak = [kg for kg in p.anak if id(kg) in dipilih]
        if anak:
            salinan = Simpul(p.baris, anak)
            salinan.anggaran = sum((a.anggaran for a in anak), Decimal(0))
            salinan.realisasi = sum((a.realisasi for a in anak), Decimal(0))
            hasil_program.append(salinan)
    return hasil_program


# --- the whole context -------------------------------------------------------------------


def _narasi(hasil: Hasil) -> Bagian:
    """Staff paragraphs per section. A sub-heading repeated on consecutive rows (one row per
    list item) is shown once, above the first of them."""
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
    return b


def _gambar(hasil: Hasil, folder: Path, masalah: list[Masalah]) -> Bagian:
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
        if p.suffix.lower() not in (".png", ".jpg", ".jpeg", ".gif", ".bmp"):
            masalah.append(
                Masalah(
                    False,
                    "Gambar",
                    r.sel.get("berkas"),
                    f"'{p.name}' bukan gambar PNG/JPG; dilewati",
                )
            )
            continue
        b.setdefault(r["bagian"] or "", []).append(Gambar(p, r["keterangan"] or ""))
    return b


def _tambahan(hasil: Hasil) -> Bagian:
    b = Bagian()
    for tt in hasil.buku.tambahan:
        baris = [
            [
                k(
                    _teks_tambahan(v),
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
        tab = TabelLaporan(f"tambahan:{tt.sheet}", tt.judul, [_kepala(*tt.kolom)], baris, lebar)
        b.setdefault(tt.bagian or "Lampiran", []).append(tab)
    return b


def _teks_tambahan(v: Any) -> str:
    if isinstance(v, bool):
        return "Ya" if v else "Tidak"
    if isinstance(v, (int, Decimal)):
        return angka(v)
    if isinstance(v, float):
        return angka(Decimal(repr(v)))
    return str(v)


def bangun(hasil: Hasil, folder: Path | None = None) -> Konteks:
    """The template context of the report for a computed workbook.

    `folder` is where picture paths of the Gambar sheet are resolved (the workbook's folder).
    Missing pictures are left out with a warning in `Konteks.masalah`.
    """
    folder = folder or Path.cwd()
    masalah: list[Masalah] = []
    buku = hasil.buku
    pr = buku.profil
    tahun = pr.get("tahun") or 0
    nama = pr.get("nama_instansi") or "-"
    sk = hasil.skala
    ind = hasil.indikator
    narasi = _narasi(hasil)
    gambar = _gambar(hasil, folder, masalah)
    tambahan = _tambahan(hasil)
    tabel: dict[str, TabelLaporan | None] = {}
    kalimat: dict[str, Any] = {}

    # BAB I: SDM and products
    pegawai = buku.rows("Pegawai")
    if pegawai:
        per_kel: OrderedDict[str, list] = OrderedDict()
        for r in pegawai:
            per_kel.setdefault(r["kelompok"] or "", []).append(r)
        baris = []
        for kel, rs in per_kel.items():
            baris.append(
                [k(kel, tebal=True, rentang=2), n(sum(r.get("jumlah", 0) for r in rs), tebal=True)]
            )
            baris += [[t(""), k(r["uraian"]), n(r["jumlah"])] for r in rs]
        tabel["pegawai"] = TabelLaporan(
            "pegawai",
            f"Komposisi Sumber Daya Manusia {nama} Tahun {tahun}",
            [_kepala("No", "Uraian", "Jumlah (orang)")],
            baris,
            [0.5, 4, 1.5],
        )
        pertama = next(iter(per_kel.values()))
        total = sum(r.get("jumlah", 0) for r in pertama)
        rinci = ", ".join(
            f"{r['uraian']} {jumlah_kata(r.get('jumlah', 0), 'orang')}" for r in pertama
        )
        kalimat["sdm"] = (
            f"Dalam mendukung tugas dan fungsinya, {nama} memiliki sumber daya "
            f"manusia berjumlah {jumlah_kata(total, 'orang')} yang terdiri dari "
            f"{rinci}."
        )
    produk = buku.rows("Produk Layanan")
    if produk:
        per_unit: OrderedDict[str, list[str]] = OrderedDict()
        for r in produk:
            per_unit.setdefault(r["unit"] or "", []).append(r["produk"] or "")
        baris = []
        for i, (u, ps) in enumerate(per_unit.items(), 1):
            baris.append([t(i), k(u), k("\n".join(f"{j}) {p}" for j, p in enumerate(ps, 1)))])
        tabel["produk"] = TabelLaporan(
            "produk",
            f"Produk dan Layanan {nama}",
            [_kepala("No", "Unit", "Produk / Layanan")],
            baris,
            [0.5, 2.5, 5],
        )

    # BAB II
    misi = buku.rows("Misi")
    tabel["misi"] = (
        TabelLaporan(
            "misi",
            "Misi RPJMD",
            [_kepala("No", "Misi", "Uraian")],
            [
                [t(r["no"] or i), k(r["misi"], tebal=True), k(r["uraian"])]
                for i, r in enumerate(misi, 1)
            ],
            [0.5, 2, 5],
        )
        if misi
        else None
    )
    renstra = buku.rows("Tujuan Sasaran")
    if renstra:
        th = sorted({y for r in renstra for y in r.tahun})
        kep1 = [
            t(x, tebal=True)
            for x in ("No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Satuan")
        ]
        kep1.append(t("Target Kinerja pada Tahun", tebal=True, rentang=len(th)))
        kep1 += [t(f"Realisasi {tahun}", tebal=True), t("Capaian (%)", tebal=True)]
        kep2 = [t("") for _ in range(6)] + [t(y, tebal=True) for y in th] + [t(""), t("")]
        baris = []
        for i, r in enumerate(renstra, 1):
            h = hasil.indikator_kode(r["kode_indikator"])
            baris.append(
                [
                    t(r["no"] or i),
                    k(r["tujuan"]),
                    k(r["indikator_tujuan"]),
                    k(r["sasaran"]),
                    k(r["indikator_sasaran"]),
                    t(r["satuan"]),
                ]
                + [t(r.tahun.get(y) or "-") for y in th]
                + [
                    k(_nilai_satuan(h["realisasi"], h["satuan"]) if h else "-", rata="kanan"),
                    capaian_sel(h.capaian) if h else k("-", rata="kanan"),
                ]
            )
        tabel["renstra"] = TabelLaporan(
            "renstra",
            f"Rencana Strategis {nama} {pr.get('periode_renstra') or ''}".strip(),
            [kep1, kep2],
            baris,
            [0.4, 1.6, 1.3, 1.6, 1.6, 0.8] + [0.85] * len(th) + [1, 1],
            [CATATAN_BELUM]
            if any(
                (h := hasil.indikator_kode(r["kode_indikator"])) is not None
                and h.capaian.status is Status.BELUM_TERSEDIA
                for r in renstra
            )
            else [],
            kecil=True,
        )
    iku = [h for h in ind if h["iku"] == "Ya"]
    if iku:
        tabel["iku"] = TabelLaporan(
            "iku",
            f"Indikator Kinerja Utama (IKU) {nama}",
            [
                _kepala(
                    "No",
                    "Sasaran Strategis",
                    "Indikator Kinerja",
                    "Penjelasan / Formulasi",
                    "Penanggung Jawab",
                )
            ],
            [
                [
                    t(i),
                    k(h["sasaran"]),
                    k(h["indikator"]),
                    k(h["rumus"] or "-"),
                    k(h["penanggung_jawab"]),
                ]
                for i, h in enumerate(iku, 1)
            ],
            [0.5, 2.5, 2.5, 2.5, 2],
        )
    pk = buku.rows("Perjanjian Kinerja")
    if pk:
        baris = []
        per_pj: dict[str, list[HasilIndikator]] = {}
        for h in ind:
            if h["penanggung_jawab"]:
                per_pj.setdefault(L.normal(h["penanggung_jawab"]), []).append(h)
        for r in pk:
            milik = per_pj.get(L.normal(r["penanggung_jawab"]), [])
            # an official's own indikator; the sasaran-level copies only when there are none
            sendiri = [h for h in milik if h["tingkat"] != L.TINGKAT[0]]
            milik = sendiri or milik
            prog_keg = []
            if r["jumlah_program"] is not None:
                prog_keg.append(f"{r['jumlah_program']} Program")
            if r["jumlah_kegiatan"] is not None:
                prog_keg.append(f"{r['jumlah_kegiatan']} Kegiatan")
            baris.append(
                [
                    k(
                        f"{r['penanggung_jawab']}" + (f" ({r['nama']})" if r["nama"] else ""),
                        tebal=True,
                        rentang=3,
                    ),
                    k(" / ".join(prog_keg) or "-"),
                    rp(r["anggaran"]),
                ]
            )
            for i, h in enumerate(milik, 1):
                baris.append(
                    [
                        k(f"{i}. {h['sasaran'] or '-'}"),
                        k(f"{i}. {h['indikator']}"),
                        k(_nilai_satuan(h["target"], h["satuan"]), rata="kanan"),
                        k(""),
                        k(""),
                    ]
                )
        tabel["pk"] = TabelLaporan(
            "pk",
            f"Perjanjian Kinerja Pejabat Struktural {nama} Tahun {tahun}",
            [
                _kepala(
                    "Sasaran", "Indikator Kinerja", "Target", "Program / Kegiatan", "Anggaran (Rp)"
                ),
                _nomor_kolom(5),
            ],
            baris,
            [3, 3, 1.2, 1.5, 1.6],
        )
    # programs per sasaran (Tabel 4)
    ang_rows = [r for r in buku.rows("Anggaran") if r["jenis"] == "Program"]
    if ang_rows:
        per_sas: OrderedDict[str, list[Simpul]] = OrderedDict()
        for r in ang_rows:
            s = hasil.anggaran_baris.get(r.nomor)
            if s is not None:
                per_sas.setdefault(r["sasaran"] or "-", []).append(s)
        baris = []
        for i, (sas, progs) in enumerate(per_sas.items(), 1):
            pertama = True
            for p in progs:
                keg = p.anak or [None]
                for j, kg in enumerate(keg):
                    baris.append(
                        [
                            t(i if pertama else ""),
                            k(sas if pertama else ""),
                            k(p.baris.uraian if j == 0 else ""),
                            rp(p.anggaran) if j == 0 else k(""),
                            k(kg.baris.uraian if kg else "-"),
                            rp(kg.anggaran) if kg else k("-"),
                        ]
                    )
                    pertama = False
        total = hasil.anggaran.anggaran
        baris.append(
            [
                k("Jumlah", tebal=True, rentang=3),
                rp(total, tebal=True),
                k(""),
                rp(total, tebal=True),
            ]
        )
        tabel["anggaran_sasaran"] = TabelLaporan(
            "anggaran_sasaran",
            f"Anggaran Penunjang Sasaran Strategis {nama} Tahun {tahun}",
            [
                _kepala(
                    "No",
                    "Sasaran Strategis",
                    "Program",
                    "Anggaran (Rp)",
                    "Kegiatan",
                    "Anggaran (Rp)",
                )
            ],
            baris,
            [0.4, 2, 2.2, 1.4, 2.4, 1.4],
            kecil=True,
        )
    prog = hasil.anggaran.program
    jml_keg = sum(len(p.anak) for p in prog)
    if prog:
        kalimat["program_kegiatan"] = (
            f"Pada tahun {tahun} {nama} melaksanakan {jumlah_kata(len(prog), 'program')} dan "
            f"{jumlah_kata(jml_keg, 'kegiatan')} dengan anggaran sebesar "
            f"{teks_rp(hasil.anggaran.anggaran)}."
        )

    # BAB III A: scale, SKM
    tabel["skala"] = tabel_skala(sk)
    tabel["mutu"] = tabel_mutu()
    skm = hasil.skm
    if skm.ikm is not None:
        ikm = skm.ikm
        baris = []
        for i, u in enumerate(skm.unsur, 1):
            baris.append(
                [
                    t(i),
                    k(f"{u.baris['kode']} {u.baris['unsur'] or ''}".strip()),
                    n(_dec(u.nrr), 2),
                    n(_dec(u.bobot), 4),
                    n(_dec(u.nrr_tertimbang), 4),
                    n(_dec(u.nrr * 25), 2),
                ]
            )
        baris.append(
            [
                k("IKM (jumlah NRR tertimbang)", tebal=True, rentang=4),
                n(_dec(ikm.ikm), 4, tebal=True),
                n(ikm.konversi_tampil, 2, tebal=True),
            ]
        )
        baris.append(
            [
                k("Mutu pelayanan / kinerja unit", tebal=True, rentang=4),
                t(ikm.mutu.huruf, tebal=True),
                k(ikm.mutu.kinerja, tebal=True),
            ]
        )
        tabel["skm"] = TabelLaporan(
            "skm",
            f"Nilai Rata-rata (NRR) per Unsur Pelayanan dan Indeks Kepuasan Masyarakat "
            f"(IKM) {nama} Tahun {tahun}",
            [
                _kepala(
                    "No",
                    "Unsur Pelayanan",
                    "NRR",
                    "Bobot",
                    "NRR Tertimbang",
                    "Nilai Konversi (x 25)",
                )
            ],
            baris,
            [0.5, 4, 1, 1, 1.2, 1.3],
        )
        tinggi = max(skm.unsur, key=lambda u: u.nrr)
        rendah = min(skm.unsur, key=lambda u: u.nrr)
        sumber = (
            f"Survei Kepuasan Masyarakat tahun {tahun} terhadap "
            f"{jumlah_kata(skm.responden, 'responden')}"
            if skm.responden
            else f"nilai rata-rata per unsur hasil Survei Kepuasan Masyarakat tahun {tahun}"
        )
        ikm_k = [
            f"Berdasarkan {sumber}, Indeks Kepuasan "
            f"Masyarakat (IKM) {nama} adalah {angka(ikm.konversi_tampil, 2)} (mutu "
            f"{ikm.mutu.huruf}, {ikm.mutu.kinerja}), dengan nilai rata-rata unsur "
            f"{angka(_dec(ikm.nrr_rata), 2)} pada skala 1 sampai 4.",
            f"Unsur dengan NRR tertinggi adalah {tinggi.baris['unsur']} "
            f"({angka(_dec(tinggi.nrr), 2)}), sedangkan yang terendah adalah "
            f"{rendah.baris['unsur']} ({angka(_dec(rendah.nrr), 2)}).",
        ]
        lalu = [r for r in hasil.riwayat_ikm if r[0] == tahun - 1]
        if lalu:
            ikm_k.append(
                kalimat_banding(
                    "IKM",
                    lalu[0][1],
                    ikm.konversi_tampil,
                    tahun - 1,
                    tahun,
                    sisipan=f"mutu {ikm.mutu.huruf}, {ikm.mutu.kinerja}",
                )
            )
        if skm.sampel_minimal and skm.responden:
            cukup = "memenuhi" if skm.responden >= skm.sampel_minimal else "belum memenuhi"
            ikm_k.append(
                f"Jumlah responden {cukup} sampel minimal "
                f"{angka(skm.sampel_minimal)} orang (Krejcie-Morgan)."
            )
        kalimat["ikm"] = ikm_k
        resp = []
        for judul, kunci in (
            ("Jenis Layanan", "layanan"),
            ("Jenis Kelamin", "jenis_kelamin"),
            ("Pendidikan", "pendidikan"),
            ("Pekerjaan", "pekerjaan"),
        ):
            c = skm.profil_responden.get(kunci) or {}
            if not c:
                continue
            jumlah = sum(c.values())
            resp.append([k(judul, tebal=True, rentang=3)])
            resp += [[k(""), k(nilai), n(x)] for nilai, x in c.items()]
            resp.append([k(""), k("Jumlah", miring=True), n(jumlah)])
        tabel["responden"] = (
            TabelLaporan(
                "responden",
                f"Profil Responden Survei Kepuasan Masyarakat Tahun {tahun}",
                [_kepala("Karakteristik", "Kelompok", "Jumlah (orang)")],
                resp,
                [2, 3, 1.5],
            )
            if resp
            else None
        )
    else:
        kalimat["ikm"] = []
    tren = sorted(
        [(r[0], r[1]) for r in hasil.riwayat_ikm if r[0] != tahun]
        + ([(tahun, skm.ikm.konversi_tampil)] if skm.ikm else [])
    )
    if tren:
        tabel["ikm_tren"] = TabelLaporan(
            "ikm_tren",
            f"Perkembangan Indeks Kepuasan Masyarakat {nama}",
            [_kepala("Tahun", "Nilai IKM", "Mutu", "Kinerja Unit Pelayanan")],
            [[t(y), n(v, 2), t(mutu(v).huruf), k(mutu(v).kinerja)] for y, v in tren],
            [1, 1.2, 1, 2],
        )

    # BAB III A.1: sasaran strategis
    ss = [h for h in ind if h["tingkat"] == L.TINGKAT[0]]
    kalimat["sasaran"] = []
    if ss:
        tabel["sasaran"] = tabel_capaian(
            hasil,
            ss,
            "sasaran",
            f"Target, Realisasi dan Capaian Sasaran Strategis {nama} Tahun {tahun}",
        )
        tabel["sasaran_banding"] = tabel_banding(
            hasil,
            ss,
            "sasaran_banding",
            f"Perbandingan Target dan Realisasi Indikator Sasaran Tahun {tahun - 1} dan "
            f"Tahun {tahun}",
        )
        kalimat["sasaran"].append(kalimat_rata(hasil.rata(ss), "sasaran strategis"))
        for h in ss:
            if h.capaian.status is Status.BELUM_TERSEDIA:
                kalimat["sasaran"].append(
                    f"Realisasi indikator {h['indikator']} tahun {tahun} belum tersedia"
                    + (f" ({h['keterangan']})" if h["keterangan"] else "")
                    + "."
                )
            elif h["realisasi_lalu"] is not None and h["realisasi"] is not None:
                kalimat["sasaran"].append(
                    kalimat_banding(
                        f"Realisasi {h['indikator']}",
                        h["realisasi_lalu"],
                        h["realisasi"],
                        tahun - 1,
                        tahun,
                        "poin"
                        if (h["satuan"] or "") in ("%", "Nilai", "nilai")
                        else (h["satuan"] or ""),
                    )
                )
        ren = [h for h in ss if h["target_akhir"] is not None]
        if ren:
            tabel["renstra_akhir"] = TabelLaporan(
                "renstra_akhir",
                "Realisasi Sampai Dengan Tahun Ini Dibanding Target Akhir "
                f"Renstra {pr.get('periode_renstra') or ''}".strip(),
                [
                    _kepala(
                        "No",
                        "Indikator",
                        "Target Akhir Renstra",
                        f"Realisasi {tahun}",
                        "Capaian thd Target Akhir (%)",
                    )
                ],
                [
                    [
                        t(i),
                        k(h["indikator"]),
                        k(_nilai_satuan(h["target_akhir"], h["satuan"]), rata="kanan"),
                        k(_nilai_satuan(h["realisasi"], h["satuan"]), rata="kanan"),
                        capaian_sel(h.capaian_renstra),
                    ]
                    for i, h in enumerate(ren, 1)
                ],
                [0.5, 4, 1.5, 1.5, 1.5],
                [CATATAN_BELUM] if _ada_belum(ren) else [],
            )
        std = [h for h in ss if h["standar"] is not None]
        if std:
            tabel["standar"] = TabelLaporan(
                "standar",
                "Perbandingan Realisasi dengan Standar Nasional",
                [
                    _kepala(
                        "No", "Indikator", "Standar Nasional", f"Realisasi {tahun}", "Keterangan"
                    )
                ],
                [
                    [
                        t(i),
                        k(h["indikator"]),
                        n(h["standar"]),
                        n(h["realisasi"]),
                        k(
                            "di atas standar"
                            if h["realisasi"] is not None and h["realisasi"] >= h["standar"]
                            else "di bawah standar"
                            if h["realisasi"] is not None
                            else TANDA_BELUM
                        ),
                    ]
                    for i, h in enumerate(std, 1)
                ],
                [0.5, 4, 1.5, 1.5, 1.5],
            )
        # efisiensi and supporting programs per sasaran
        eff_baris, dukung = [], []
        for sas, daftar in hasil.per("sasaran", L.TINGKAT[0]).items():
            rr = hasil.rata(daftar)
            progs = _program_dari_kode(hasil, daftar)
            if not progs:
                progs = [
                    hasil.anggaran_baris[r.nomor]
                    for r in ang_rows
                    if r["sasaran"]
                    and L.normal(r["sasaran"]) == L.normal(sas)
                    and r.nomor in hasil.anggaran_baris
                ]
            if progs:
                ta = sum((p.anggaran for p in progs), Decimal(0))
                tr = sum((p.realisasi for p in progs), Decimal(0))
                sp = serapan_persen(ta, tr)
                if rr.persen is not None and sp is not None:
                    e = efisiensi(rr.persen, sp)
                    eff_baris.append(
                        [
                            k(sas),
                            pc(rr.persen),
                            rp(ta),
                            rp(tr),
                            pc(sp),
                            n(e.selisih_poin, 2),
                            k(e.kategori),
                        ]
                    )
                else:
                    eff_baris.append(
                        [
                            k(sas),
                            pc(rr.persen)
                            if rr.persen is not None
                            else k(TANDA_BELUM, rata="kanan"),
                            rp(ta),
                            rp(tr),
                            pc(sp),
                            k("-", rata="kanan"),
                            k("tidak dapat dinilai"),
                        ]
                    )
                tp = tabel_program(
                    hasil, progs, f"program:{sas}", f"Program Penunjang Sasaran {sas}"
                )
                if tp:
                    dukung.append(tp)
        tabel["efisiensi"] = (
            TabelLaporan(
                "efisiensi",
                f"Efisiensi Penggunaan Sumber Daya per Sasaran Tahun {tahun}",
                [
                    _kepala(
                        "Sasaran",
                        "Capaian Kinerja (%)",
                        "Anggaran (Rp)",
                        "Realisasi (Rp)",
                        "Serapan (%)",
                        "Selisih (poin)",
                        "Efisiensi",
                    )
                ],
                eff_baris,
                [3, 1.1, 1.5, 1.5, 1, 1, 1.3],
                [
                    "Efisiensi = capaian kinerja dikurangi serapan anggaran: lebih dari +5 poin "
                    "efisien, -5 sampai +5 cukup efisien, kurang dari -5 tidak efisien."
                ],
                kecil=True,
            )
            if eff_baris
            else None
        )
        kalimat["program_sasaran"] = dukung
    else:
        kalimat["program_sasaran"] = []

    # BAB III A.2-3: units
    def unit_list(tingkat_cocok: tuple[str | None, ...]) -> list[Unit]:
        hasil_unit = []
        for tk in tingkat_cocok:
            for pj, daftar in hasil.per("penanggung_jawab", tk).items():
                rr = hasil.rata(daftar)
                kal = [kalimat_rata(rr, pj)]
                for fungsi in (kalimat_di_bawah_target, kalimat_di_atas_target):
                    s = fungsi(daftar)
                    if s:
                        kal.append(s)
                rl = hasil.rata(daftar, lalu=True)
                if rr.persen is not None and rl.persen is not None:
                    kal.append(
                        kalimat_banding(
                            f"Rata-rata capaian {pj}", rl.persen, rr.persen, tahun - 1, tahun
                        )
                    )
                progs = _program_dari_kode(hasil, daftar)
                no = len(hasil_unit) + 1
                hasil_unit.append(
                    Unit(
                        no,
                        pj,
                        tk,
                        tabel_capaian(
                            hasil,
                            daftar,
                            f"unit:{pj}",
                            f"Target, Realisasi dan Capaian Indikator Kinerja {pj} Tahun {tahun}",
                        ),
                        tabel_riwayat(
                            hasil,
                            daftar,
                            f"riwayat:{pj}",
                            f"Realisasi Indikator Kinerja {pj} Tahun {tahun - 2}-{tahun}",
                        )
                        or tabel_banding(
                            hasil,
                            daftar,
                            f"banding:{pj}",
                            f"Perbandingan Capaian {pj} Tahun {tahun - 1} dan {tahun}",
                        ),
                        tabel_program(
                            hasil,
                            progs,
                            f"program:{pj}",
                            f"Realisasi Program Penunjang {pj} Tahun Anggaran {tahun}",
                        ),
                        kal,
                        narasi[f"Analisis {pj}"],
                        gambar[f"Analisis {pj}"],
                        tambahan[f"Analisis {pj}"],
                    )
                )
        return hasil_unit

    eselon3 = unit_list((L.TINGKAT[1], L.TINGKAT[2]))
    eselon4 = unit_list((L.TINGKAT[3],))
    # indikator of a Tingkat of the office's own (or none): their own tables, never dropped
    lain = tuple(dict.fromkeys(h["tingkat"] for h in ind if h["tingkat"] not in L.TINGKAT))
    lainnya = unit_list(lain)
    e4 = [h for h in ind if h["tingkat"] == L.TINGKAT[3]]
    kalimat["eselon4"] = []
    if e4:
        baris = []
        for i, h in enumerate(e4, 1):
            baris.append(
                [
                    t(i),
                    k(h["indikator"]),
                    k(h["penanggung_jawab"]),
                    k(
                        _nilai_satuan(h["realisasi_lalu"], h["satuan"])
                        if h["realisasi_lalu"] is not None
                        else "-",
                        rata="kanan",
                    ),
                    k(_nilai_satuan(h["target"], h["satuan"]), rata="kanan"),
                    k(_nilai_satuan(h["realisasi"], h["satuan"]), rata="kanan"),
                    capaian_sel(h.capaian),
                ]
            )
        rr4 = hasil.rata(e4)
        baris.append([k("Rata-rata capaian", tebal=True, rentang=6), pc(rr4.persen, tebal=True)])
        tabel["eselon4"] = TabelLaporan(
            "eselon4",
            f"Realisasi Target Indikator Kinerja Eselon IV {nama} Tahun {tahun - 1}-{tahun}",
            [
                [
                    t("No", tebal=True),
                    t("Indikator Kinerja", tebal=True),
                    t("Penanggung Jawab", tebal=True),
                    t(f"Realisasi {tahun - 1}", tebal=True),
                    t(f"Target {tahun}", tebal=True),
                    t(f"Realisasi {tahun}", tebal=True),
                    t("Capaian (%)", tebal=True),
                ]
            ],
            baris,
            [0.4, 3.6, 1.8, 1.1, 1.1, 1.1, 1],
            [CATATAN_BELUM] if _ada_belum(e4) else [],
            kecil=True,
        )
        kalimat["eselon4"].append(kalimat_rata(rr4, "eselon IV"))
        rl4 = hasil.rata(e4, lalu=True)
        if rr4.persen is not None and rl4.persen is not None:
            kalimat["eselon4"].append(
                kalimat_banding(
                    "Rata-rata capaian eselon IV", rl4.persen, rr4.persen, tahun - 1, tahun
                )
            )
        for fungsi in (kalimat_di_bawah_target, kalimat_di_atas_target):
            s = fungsi(e4)
            if s:
                kalimat["eselon4"].append(s)
    # recap per unit (average and counts per kategori)
    semua_unit = eselon3 + eselon4 + lainnya
    if semua_unit:
        nama_kat = sk.nama_kategori
        baris = []
        for u in semua_unit:
            daftar = hasil.per("penanggung_jawab", u.tingkat)[u.nama]
            rr = hasil.rata(daftar)
            baris.append(
                [k(u.nama), n(rr.jumlah + rr.dikecualikan), pc(rr.persen), k(rr.kategori or "-")]
                + [n(rr.per_kategori[x]) for x in nama_kat]
            )
        rs = hasil.rata_semua
        baris.append(
            [
                k("Seluruh indikator", tebal=True),
                n(len(ind), tebal=True),
                pc(rs.persen, tebal=True),
                k(rs.kategori or "-", tebal=True),
            ]
            + [n(rs.per_kategori[x], tebal=True) for x in nama_kat]
        )
        tabel["rekap_unit"] = TabelLaporan(
            "rekap_unit",
            f"Rekapitulasi Capaian Kinerja per Unit {nama} Tahun {tahun}",
            [
                [
                    t("Unit", tebal=True),
                    t("Jumlah Indikator", tebal=True),
                    t("Rata-rata Capaian (%)", tebal=True),
                    t("Kategori", tebal=True),
                    t("Jumlah Indikator per Kategori", tebal=True, rentang=len(nama_kat)),
                ],
                [t(""), t(""), t(""), t("")] + [t(x, tebal=True) for x in nama_kat],
            ],
            baris,
            [2.6, 0.9, 1, 1.3] + [0.8] * len(nama_kat),
            kecil=True,
        )

    # BAB III B: keuangan
    bel = hasil.belanja
    kalimat["keuangan"] = []
    if bel:
        baris = []
        for i, g in enumerate([g for g in bel if g.kelompok != "Pendapatan"], 1):
            baris.append([t(i), k(g.kelompok), rp(g.anggaran), rp(g.realisasi), pc(g.serapan)])
        belanja_saja = [g for g in bel if g.kelompok != "Pendapatan"]
        if belanja_saja:
            ta = sum((g.anggaran for g in belanja_saja), Decimal(0))
            tr = sum((g.realisasi for g in belanja_saja), Decimal(0))
            baris.append(
                [
                    k("Jumlah", tebal=True, rentang=2),
                    rp(ta, tebal=True),
                    rp(tr, tebal=True),
                    pc(serapan_persen(ta, tr), tebal=True),
                ]
            )
            tabel["belanja"] = TabelLaporan(
                "belanja",
                f"Anggaran dan Realisasi Belanja {nama} Tahun {tahun}",
                [_kepala("No", "Belanja", "Anggaran (Rp)", "Realisasi (Rp)", "%"), _nomor_kolom(5)],
                baris,
                [0.5, 4, 1.6, 1.6, 1],
            )
        rinci = []
        for g in bel:
            baris = []
            for i, (jenis, rs) in enumerate(g.jenis.items(), 1):
                ja = sum((r.get("anggaran", Decimal(0)) for r in rs), Decimal(0))
                jr = sum((r.get("realisasi", Decimal(0)) for r in rs), Decimal(0))
                if jenis:
                    baris.append(
                        [
                            t(romawi(i), tebal=True),
                            k(jenis, tebal=True),
                            rp(ja, tebal=True),
                            rp(jr, tebal=True),
                            pc(serapan_persen(ja, jr), tebal=True),
                        ]
                    )
                for j, r in enumerate(rs, 1):
                    baris.append(
                        [
                            t(j),
                            k(r["uraian"]),
                            rp(r["anggaran"]),
                            rp(r["realisasi"]),
                            pc(serapan_persen(r["anggaran"], r["realisasi"])),
                        ]
                    )
            baris.append(
                [
                    k("Jumlah", tebal=True, rentang=2),
                    rp(g.anggaran, tebal=True),
                    rp(g.realisasi, tebal=True),
                    pc(g.serapan, tebal=True),
                ]
            )
            judul_g = (
                "Target dan Realisasi Pendapatan"
                if g.kelompok == "Pendapatan"
                else f"Anggaran dan Realisasi {g.kelompok}"
            )
            rinci.append(
                TabelLaporan(
                    f"belanja:{g.kelompok}",
                    f"{judul_g} {nama} Tahun {tahun}",
                    [
                        _kepala(
                            "No",
                            "Uraian",
                            "Anggaran (Rp)" if g.kelompok != "Pendapatan" else "Target (Rp)",
                            "Realisasi (Rp)",
                            "%",
                        ),
                        _nomor_kolom(5),
                    ],
                    baris,
                    [0.6, 4.4, 1.6, 1.6, 1],
                )
            )
            if g.serapan is not None:
                if g.kelompok == "Pendapatan":
                    kal = (
                        f"Realisasi pendapatan {nama} tahun {tahun} sebesar "
                        f"{teks_rp(g.realisasi)} atau {persen(g.serapan)} dari target "
                        f"{teks_rp(g.anggaran)}."
                    )
                else:
                    kal = (
                        f"Realisasi {g.kelompok[0].lower() + g.kelompok[1:]} sebesar "
                        f"{teks_rp(g.realisasi)} atau {persen(g.serapan)} dari anggaran "
                        f"{teks_rp(g.anggaran)}."
                    )
                if g.realisasi_lalu:
                    b = bandingkan(g.realisasi_lalu, g.realisasi, 0)
                    kal += (
                        f" Dibanding tahun {tahun - 1} ({teks_rp(g.realisasi_lalu)}), "
                        f"realisasinya {b.arah}"
                        + (f" {teks_rp(abs(b.selisih))}" if b.arah != "tetap" else "")
                        + "."
                    )
                kalimat["keuangan"].append(kal)
        kalimat["belanja_rinci"] = rinci
        ada_lalu = [g for g in bel if g.realisasi_lalu or g.anggaran_lalu]
        if ada_lalu:
            baris = []
            for i, g in enumerate(ada_lalu, 1):
                b = bandingkan(g.realisasi_lalu, g.realisasi, 0)
                baris.append(
                    [
                        t(i),
                        k(g.kelompok),
                        rp(g.anggaran_lalu),
                        rp(g.realisasi_lalu),
                        rp(g.anggaran),
                        rp(g.realisasi),
                        k(b.arah),
                    ]
                )
            tabel["belanja_banding"] = TabelLaporan(
                "belanja_banding",
                f"Perbandingan Anggaran dan Realisasi Tahun {tahun - 1}-{tahun}",
                [
                    [
                        t("No", tebal=True),
                        t("Uraian", tebal=True),
                        t(f"Tahun {tahun - 1}", tebal=True, rentang=2),
                        t(f"Tahun {tahun}", tebal=True, rentang=2),
                        t("Realisasi", tebal=True),
                    ],
                    [t(""), t("")]
                    + [t(x, tebal=True) for x in ("Anggaran (Rp)", "Realisasi (Rp)")] * 2
                    + [t("")],
                ],
                baris,
                [0.5, 2.8, 1.5, 1.5, 1.5, 1.5, 1.1],
                kecil=True,
            )
    else:
        kalimat["belanja_rinci"] = []
    a = hasil.anggaran
    if a.program:
        tabel["program"] = tabel_program(
            hasil,
            a.program,
            "program",
            f"Anggaran dan Realisasi Berdasarkan Program dan Kegiatan {nama} Tahun {tahun}",
        )
        if a.serapan is not None:
            kalimat["keuangan"].insert(
                0,
                (
                    "Realisasi belanja program dan kegiatan (belanja langsung) "
                    f"{nama} tahun {tahun} "
                    f"sebesar {teks_rp(a.realisasi)} atau {persen(a.serapan)} dari anggaran "
                    f"{teks_rp(a.anggaran)}, sehingga sisa anggaran {teks_rp(a.sisa)} "
                    f"({persen(100 - bulat(a.serapan, 2))})."
                ),
            )
        rendah = [p for p in a.program if p.serapan is not None and bulat(p.serapan, 2) < 80]
        if rendah:
            kalimat["keuangan"].append(
                "Program dengan serapan di bawah 80% adalah "
                + "; ".join(f"{p.baris.uraian} ({persen(p.serapan)})" for p in rendah)
                + "."
            )
    lalu = buku.rows("Anggaran Tahun Lalu")
    if lalu and a.program:
        p_lalu = [r for r in lalu if r["jenis"] == "Program"]
        k_lalu = [r for r in lalu if r["jenis"] == "Kegiatan"]
        kalimat["banding_program"] = (
            f"Pada tahun {tahun - 1} terdapat {jumlah_kata(len(p_lalu), 'program')} dan "
            f"{jumlah_kata(len(k_lalu), 'kegiatan')}, sedangkan pada tahun {tahun} "
            f"{jumlah_kata(len(a.program), 'program')} dan {jumlah_kata(jml_keg, 'kegiatan')}."
        )
        baris = []
        kiri = [(r["jenis"], r["uraian"]) for r in lalu]
        kanan = []
        for p in a.program:
            kanan.append(("Program", p.baris.uraian))
            kanan += [("Kegiatan", kg.baris.uraian) for kg in p.anak]
        for i in range(max(len(kiri), len(kanan))):
            x = kiri[i] if i < len(kiri) else ("", "")
            y = kanan[i] if i < len(kanan) else ("", "")
            baris.append(
                [
                    k(x[1] if x[0] == "Program" else "", tebal=True),
                    k(x[1] if x[0] != "Program" else ""),
                    k(y[1] if y[0] == "Program" else "", tebal=True),
                    k(y[1] if y[0] != "Program" else ""),
                ]
            )
        baris.append(
            [
                k(f"{len(p_lalu)} program", tebal=True),
                k(f"{len(k_lalu)} kegiatan", tebal=True),
                k(f"{len(a.program)} program", tebal=True),
                k(f"{jml_keg} kegiatan", tebal=True),
            ]
        )
        tabel["program_banding"] = TabelLaporan(
            "program_banding",
            f"Perbandingan Program dan Kegiatan Tahun {tahun - 1}-{tahun}",
            [
                [t(tahun - 1, tebal=True, rentang=2), t(tahun, tebal=True, rentang=2)],
                _kepala("Program", "Kegiatan", "Program", "Kegiatan"),
            ],
            baris,
            [2, 2.5, 2, 2.5],
            kecil=True,
        )
    else:
        kalimat["banding_program"] = ""

    # Ikhtisar, simpulan
    rs = hasil.rata_semua
    kalimat["capaian_seluruh"] = kalimat_rata(rs, "seluruh indikator")
    if L.normal(hasil.dasar_keseluruhan) != L.normal(L.DASAR_RATA[0]):
        kalimat["capaian_seluruh"] += (
            f" Rata-rata ini dihitung dari indikator kinerja tingkat {hasil.dasar_keseluruhan}."
        )
    ikhtisar = [kalimat["capaian_seluruh"]]
    if skm.ikm is not None:
        ikhtisar.append(kalimat["ikm"][0])
    if a.program and a.serapan is not None:
        ikhtisar.append(kalimat["keuangan"][0])
    kalimat["ikhtisar"] = ikhtisar
    simpulan = [
        f"Laporan Kinerja {nama} Tahun {tahun} mengukur "
        f"{jumlah_kata(len(hasil.indikator_unik), 'indikator kinerja')}. "
        + kalimat["capaian_seluruh"]
    ]
    if skm.ikm is not None:
        simpulan.append(kalimat["ikm"][0])
    if a.program and a.serapan is not None:
        simpulan.append(kalimat["keuangan"][0])
    bawah = kalimat_di_bawah_target(ind)
    if bawah:
        simpulan.append(bawah)
    kalimat["simpulan"] = simpulan
    kalimat["jumlah_indikator"] = terbilang_kurung(len(ind))
    kalimat["tahun_terbilang"] = terbilang(tahun) if tahun else ""

    profil_k = {
        i.kunci: ("" if pr.get(i.kunci) is None else str(pr.get(i.kunci))) for i in L.PROFIL.isian
    }
    profil_k.update(
        {
            "NAMA_INSTANSI": (pr.get("nama_instansi") or "").upper(),
            "PEMERINTAH_DAERAH": (pr.get("pemerintah_daerah") or "").upper(),
            "JABATAN_PIMPINAN": (pr.get("jabatan_pimpinan") or "").upper(),
            "NAMA_PIMPINAN": (pr.get("nama_pimpinan") or "").upper(),
            "tahun": str(tahun),
            "tahun_lalu": str(tahun - 1),
            "tahun_berikut": str(tahun + 1),
        }
    )
    logo = None
    if pr.get("logo"):
        p = Path(str(pr["logo"]))
        p = p if p.is_absolute() else folder / p
        if p.is_file():
            logo = p
        else:
            masalah.append(
                Masalah(
                    False,
                    "Profil",
                    buku.profil_sel.get("logo"),
                    f"berkas logo '{pr['logo']}' tidak ditemukan; sampul tanpa logo",
                )
            )
    tw = [h for h in ind if any(h[f"tw{i}"] is not None for i in range(1, 5))]
    if tw:
        tabel["triwulan"] = TabelLaporan(
            "triwulan",
            f"Realisasi Indikator Kinerja per Triwulan Tahun {tahun}",
            [
                _kepala(
                    "No",
                    "Indikator Kinerja",
                    "Target",
                    "TW I",
                    "TW II",
                    "TW III",
                    "TW IV",
                    "Realisasi",
                    "Capaian (%)",
                )
            ],
            [
                [t(i), k(h["indikator"]), n(h["target"])]
                + [n(h[f"tw{j}"]) for j in range(1, 5)]
                + [
                    n(h["realisasi"])
                    if h["realisasi"] is not None
                    else k(TANDA_BELUM, rata="kanan"),
                    capaian_sel(h.capaian),
                ]
                for i, h in enumerate(tw, 1)
            ],
            [0.4, 3.6, 0.9, 0.8, 0.8, 0.8, 0.8, 0.9, 1],
            [CATATAN_BELUM] if _ada_belum(tw) else [],
            kecil=True,
        )
    for kunci in ("sdm", "program_kegiatan", "banding_program"):
        kalimat.setdefault(kunci, "")
    for kunci in ("ikm", "sasaran", "program_sasaran", "eselon4", "keuangan", "belanja_rinci"):
        kalimat.setdefault(kunci, [])
    data = {
        "profil": profil_k,
        "logo": logo,
        "narasi": narasi,
        "gambar": gambar,
        "tambahan": tambahan,
        "tabel": Bagian({k_: v for k_, v in tabel.items()}),
        "kalimat": kalimat,
        "eselon3": eselon3,
        "eselon4": eselon4,
        "lainnya": lainnya,
        "skala": sk.nama,
        "ada_skm": skm.ikm is not None,
        "ada_anggaran": bool(a.program),
        "ada_belanja": bool(bel),
        "grafik": {},
    }
    for kunci in (
        "sasaran",
        "sasaran_banding",
        "renstra_akhir",
        "standar",
        "efisiensi",
        "pegawai",
        "produk",
        "misi",
        "renstra",
        "iku",
        "pk",
        "anggaran_sasaran",
        "skm",
        "responden",
        "ikm_tren",
        "eselon4",
        "rekap_unit",
        "belanja",
        "belanja_banding",
        "program",
        "program_banding",
        "triwulan",
    ):
        data["tabel"].setdefault(kunci, None)
    assert set(data) == set(NAMA_KONTEKS), set(data) ^ set(NAMA_KONTEKS)
    return Konteks(data, masalah)


def _dec(x: Any) -> Decimal | None:
    if x is None:
        return None
    return Decimal(x.numerator) / Decimal(x.denominator)


def semua_tabel(data: dict[str, Any]) -> list[TabelLaporan]:
    """Every table in a context, in no particular order (for checks and tests)."""
    hasil: list[TabelLaporan] = [x for x in data["tabel"].values() if x is not None]
    for u in data["eselon3"] + data["eselon4"]:
        hasil += [x for x in (u.tabel, u.tabel_banding, u.tabel_program) if x is not None]
        hasil += u.tambahan
    hasil += data["kalimat"].get("program_sasaran", [])
    hasil += data["kalimat"].get("belanja_rinci", [])
    for daftar in data["tambahan"].values():
        hasil += daftar
    return hasil
