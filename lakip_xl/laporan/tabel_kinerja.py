"""Report tables shared by several parts: capaian, comparison with last year, history, programs,
the scales; and the small cell helpers they use."""

from __future__ import annotations

import re
from collections import ChainMap, OrderedDict
from decimal import Decimal

from lakip_xl.buku import layout as L
from lakip_xl.buku.bergalat import sel_bergalat
from lakip_xl.calc.anggaran import JenisBaris, Simpul, jumlah_isian, serapan_persen
from lakip_xl.calc.banding import bandingkan
from lakip_xl.calc.capaian import Capaian, Polaritas, RumusNegatif, Status
from lakip_xl.calc.format_id import angka, persen, romawi
from lakip_xl.calc.kategori import Skala
from lakip_xl.hitung import Hasil, HasilIndikator
from lakip_xl.laporan.kalimat import batas_terpakai, teks_batas
from lakip_xl.laporan.tabel import (
    TANDA,
    TANDA_BELUM,
    TANDA_TARGET,
    Sel,
    TabelLaporan,
    capaian_sel,
    k,
    n,
    pc,
    rp,
    t,
)

CATATAN_BELUM = f"{TANDA_BELUM} {TANDA[TANDA_BELUM]}"
TANDA_NEGATIF = "(-)"
TANDA_SEBAGIAN = "(hanya kegiatan pendukung)"
CATATAN_SEBAGIAN = (
    f"Program bertanda {TANDA_SEBAGIAN} memuat hanya kegiatan yang mendukung indikator di atas "
    "(Kode Anggaran di sheet Indikator); anggaran dan realisasi program seluruhnya tercantum pada "
    "tabel Anggaran dan Realisasi Berdasarkan Program dan Kegiatan."
)
_RUMUS_NEGATIF = {
    RumusNegatif.SELISIH: "(2 x target - realisasi) / target x 100",
    RumusNegatif.KEBALIKAN: "target / realisasi x 100",
}


def sel_indikator(h: HasilIndikator) -> Sel:
    """The indikator's name; a Negatif one (lower is better) is marked "(-)", so a reader, or a
    reviu, redoes its capaian with the negative formula the table's note names."""
    if h.polaritas is Polaritas.NEGATIF:
        return k(f"{h['indikator']} {TANDA_NEGATIF}")
    return k(h["indikator"])


def catatan_negatif(hasil: Hasil, daftar: list[HasilIndikator]) -> list[str]:
    """The note under a table that holds a Negatif indikator: which formula its capaian uses."""
    if not any(h.polaritas is Polaritas.NEGATIF for h in daftar):
        return []
    return [
        f"{TANDA_NEGATIF} indikator berpolaritas negatif (makin rendah makin baik): capaian = "
        f"{_RUMUS_NEGATIF[hasil.rumus_negatif]}"
    ]


def catatan_bergalat(daftar: list[HasilIndikator]) -> list[str]:
    """The note naming the rows of a table left out of every figure because the workbook
    holds an error in them, with the cell."""
    salah = [
        f"{h['indikator']} (sheet Indikator sel {sel})" for h in daftar if (sel := sel_bergalat(h))
    ]
    if not salah:
        return []
    return [
        "Tidak dihitung dalam rata-rata dan jumlah karena isiannya di buku kerja masih "
        "bergalat: " + "; ".join(salah) + "."
    ]


def catatan_indikator(daftar: list[HasilIndikator]) -> list[str]:
    """The notes under a table of capaian about its rows: those left out of every figure
    (`catatan_bergalat`), and the Keterangan typed on the Indikator sheet. Nothing typed is
    dropped silently."""
    cat = catatan_bergalat(daftar)
    for h in daftar:
        if h["keterangan"]:
            ket = str(h["keterangan"]).strip()
            cat.append(f"Keterangan {h['indikator']}: {ket}" + ("" if ket[-1:] in ".!?" else "."))
    return cat


def dibatasi_di_tabel(hasil: Hasil) -> Decimal | None:
    """The cap to print capaian with, when Profil asks for capaian capped in the tables."""
    if L.normal(hasil.buku.profil.get("capaian_tabel")) != L.normal(L.CAPAIAN_TABEL[1]):
        return None
    return hasil.batas_rata


def sel_capaian(hasil: Hasil, c: Capaian, **kw: object) -> Sel:
    """A capaian cell: the true capaian, or capped when Profil asks for it (see
    `dibatasi_di_tabel`)."""
    b = dibatasi_di_tabel(hasil)
    if b is not None and c.status is Status.ADA and c.persen_bulat() > b:
        return pc(b, **kw)
    return capaian_sel(c, **kw)


def catatan_batas(hasil: Hasil, daftar: list[HasilIndikator]) -> list[str]:
    """The notes under a capaian table: capaian printed capped, and the cap changing the
    average ('capaian di atas 100% dibatasi 100% dalam rata-rata')."""
    b = batas_terpakai(hasil, daftar)
    if b is None:
        return []
    t = teks_batas(b)
    cat = [t[0].upper() + t[1:] + "."]
    if dibatasi_di_tabel(hasil) is not None:
        cat.insert(0, f"Capaian di atas {persen(b, 0)} ditampilkan {persen(b, 0)}.")
    return cat


def nilai_satuan(v: Decimal | None, satuan: str | None, tanda: str = TANDA_BELUM) -> str:
    """A value with its unit ('72,29%', '5 dokumen'), or the mark of a missing one (`tanda`:
    realisasi not yet available by default)."""
    if v is None:
        return tanda
    s = angka(v)
    if satuan and satuan.strip() == "%":
        return s + "%"
    return f"{s} {satuan}".strip() if satuan else s


def sel_target(h: HasilIndikator, satuan: bool = True) -> Sel:
    """The target cell: with its unit (or a plain number), or the mark of a target not set."""
    if h["target"] is None:
        return k(TANDA_TARGET, rata="kanan")
    if not satuan:
        return n(h["target"])
    return k(nilai_satuan(h["target"], h["satuan"]), rata="kanan")


def judul_kolom(*judul: str | Sel) -> list[Sel]:
    """A header row: bold centred cells."""
    return [j if isinstance(j, Sel) else t(j, tebal=True) for j in judul]


def nomor_kolom(jumlah: int) -> list[Sel]:
    """The row of column numbers 1..n under a header."""
    return [t(i, miring=True) for i in range(1, jumlah + 1)]


def teks_isian(v: object) -> str:
    """A value as the staff typed it, numbers in Indonesian format (0.35 -> '0,35')."""
    if isinstance(v, bool):
        return "Ya" if v else "Tidak"
    if isinstance(v, (int, Decimal)):
        return angka(v)
    if isinstance(v, float):
        return angka(Decimal(repr(v)))
    s = str(v)
    if re.fullmatch(r"-?\d+\.\d+", s.strip()):
        # a number cell read into a text column (a Renstra target typed as 0.35)
        return angka(Decimal(s.strip()))
    return s


def ada_belum(daftar: list[HasilIndikator]) -> bool:
    """Whether an indikator of the list has its realisasi not yet available."""
    return any(h.capaian.status is Status.BELUM_TERSEDIA for h in daftar)


def tabel_skala(skala: Skala) -> TabelLaporan:
    baris = [[t(romawi(i)), k(r.uraian), k(r.nama)] for i, r in enumerate(skala.rentang, 1)]
    return TabelLaporan(
        "skala",
        "Skala Pengukuran Kinerja",
        [judul_kolom("Urutan", "Rentang Capaian", "Kategori Capaian")],
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
            judul_kolom(
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
            sel_indikator(h),
            sel_target(h),
            k(nilai_satuan(h["realisasi"], h["satuan"]), rata="kanan"),
            sel_capaian(hasil, h.capaian),
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
    cat = [CATATAN_BELUM] if ada_belum(daftar) else []
    cat += catatan_negatif(hasil, daftar)
    if len(daftar) > 1:
        cat += catatan_batas(hasil, daftar)
    cat += catatan_indikator(daftar)
    return TabelLaporan(kunci, judul, [judul_kolom(*kepala)], baris, lebar, cat)


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
                sel_indikator(h),
                k(
                    nilai_satuan(h["target_lalu"], h["satuan"])
                    if h["target_lalu"] is not None
                    else "-",
                    rata="kanan",
                ),
                k(
                    nilai_satuan(h["realisasi_lalu"], h["satuan"])
                    if h["realisasi_lalu"] is not None
                    else "-",
                    rata="kanan",
                ),
                sel_capaian(hasil, h.capaian_lalu)
                if h["target_lalu"] is not None
                else k("-", rata="kanan"),
                sel_target(h),
                k(nilai_satuan(h["realisasi"], h["satuan"]), rata="kanan"),
                sel_capaian(hasil, h.capaian),
                k(ket),
            ]
        )
    cat = [CATATAN_BELUM] if ada_belum(daftar) else []
    cat += catatan_negatif(hasil, daftar)
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
            sel_indikator(h),
            t(h["satuan"] or ""),
            n(h["realisasi_lalu2"]),
            n(h["realisasi_lalu"]),
            sel_target(h, satuan=False),
            n(h["realisasi"]) if h["realisasi"] is not None else k(TANDA_BELUM, rata="kanan"),
            sel_capaian(hasil, h.capaian),
        ]
        for i, h in enumerate(daftar, 1)
    ]
    return TabelLaporan(
        kunci,
        judul,
        [kepala1, kepala2],
        baris,
        [0.5, 3, 1, 1, 1, 1, 1, 1.1],
        catatan_negatif(hasil, daftar),
    )


def tabel_program(
    hasil: Hasil, simpul: list[Simpul], kunci: str, judul: str, dengan_total: bool = True
) -> TabelLaporan | None:
    """Programs (bold, Roman numerals) with their kegiatan and sub kegiatan, and a total row."""
    if not simpul:
        return None
    murni = _pagu_murni(hasil, simpul)
    ada_murni = any(v is not None for v in murni.values())

    def uang(s: Simpul, **kw: object) -> list[Sel]:
        """(Pagu Murni,) Anggaran, Realisasi, Serapan of a row."""
        awal = [rp(murni.get(id(s)), **kw)] if ada_murni else []
        return [*awal, rp(s.anggaran, **kw), rp(s.realisasi, **kw), pc(s.serapan, **kw)]

    baris: list[list[Sel]] = []
    nomor_keg = 0
    sebagian = False
    for i, p in enumerate(simpul, 1):
        tebal = p.baris.jenis is JenisBaris.PROGRAM
        nomor = t(romawi(i) if tebal else i, tebal=tebal)
        uraian = p.baris.uraian
        if hasil.anggaran_baris.get(p.baris.ref) is not p:  # type: ignore[arg-type]
            # a program copied with only some kegiatan: its sum is not the program's anggaran
            uraian = f"{uraian} {TANDA_SEBAGIAN}"
            sebagian = True
        baris.append([nomor, k(uraian, tebal=tebal), *uang(p, tebal=tebal)])
        for keg in p.anak:
            nomor_keg += 1
            baris.append([t(nomor_keg), k(keg.baris.uraian), *uang(keg)])
            for sub in keg.anak:
                baris.append([t(""), k("- " + sub.baris.uraian, miring=True), *uang(sub)])
    if dengan_total:
        ta = sum((p.anggaran for p in simpul), Decimal(0))
        tr = sum((p.realisasi for p in simpul), Decimal(0))
        m = [murni.get(id(p)) for p in simpul]
        tm = None if None in m else sum(m, Decimal(0))  # type: ignore[arg-type]
        baris.append(
            [k("Jumlah", tebal=True, rentang=2)]
            + ([rp(tm, tebal=True)] if ada_murni else [])
            + [rp(ta, tebal=True), rp(tr, tebal=True), pc(serapan_persen(ta, tr), tebal=True)]
        )
    kepala = ["No", "Program / Kegiatan"]
    kepala += ["Pagu Murni (Rp)", "Anggaran Perubahan (Rp)"] if ada_murni else ["Anggaran (Rp)"]
    kepala += ["Realisasi (Rp)", "Serapan (%)"]
    return TabelLaporan(
        kunci,
        judul,
        [judul_kolom(*kepala), nomor_kolom(len(kepala))],
        baris,
        [0.6, 4.3] + [1.6] * (len(kepala) - 3) + [1.2],
        [CATATAN_SEBAGIAN] if sebagian else [],
        kecil=ada_murni,
    )


def _pagu_murni(hasil: Hasil, simpul: list[Simpul]) -> dict[int, Decimal | None]:
    """Pagu Murni of every row of these programs (by id): as typed, or the sum of its rows.
    A program copied with only some of its kegiatan (`program_dari_kode`) takes theirs."""
    isian = hasil.isian_kolom("Anggaran", "pagu_murni")  # built once per report
    hasil_murni: dict[int, Decimal | None] = {}

    # a stack, not a recursive closure: that would be a reference cycle holding `hasil` (the
    # whole workbook) until the cyclic collector runs, which a command pauses (jeda_gc)
    tumpuk = list(reversed(simpul))
    while tumpuk:
        s = tumpuk.pop()
        if hasil.anggaran_baris.get(s.baris.ref) is s:  # type: ignore[arg-type]
            hasil_murni[id(s)] = jumlah_isian(s, isian)
        else:  # a copy: its own typed value is not its sum (ChainMap: no copy of every row)
            hasil_murni[id(s)] = jumlah_isian(s, ChainMap({s.baris.ref: None}, isian))
        tumpuk.extend(reversed(s.anak))
    return hasil_murni


def program_dari_kode(hasil: Hasil, daftar: list[HasilIndikator]) -> list[Simpul]:
    """Programs supporting these indikator (via Kode Anggaran), each once, in sheet order.
    A kegiatan code brings its program with only the named kegiatan."""
    dipilih: OrderedDict[int, Simpul] = OrderedDict()
    for h in daftar:
        for s in hasil.anggaran_indikator(h):
            dipilih[id(s)] = s
    if not dipilih:
        return []
    hasil_program = []
    letak = hasil.letak_program()
    for i in sorted({letak[kunci] for kunci in dipilih if kunci in letak}):
        p = hasil.anggaran.program[i]
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

