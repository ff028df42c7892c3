"""Form E.81 (Permendagri 86/2017): the quarterly evaluation of the Renja, as a table model.

Rows follow the Anggaran sheet (program, kegiatan, sub kegiatan) grouped under the program's
sasaran; K comes from every indikator whose Kode Anggaran names the row, Rp from the row
itself (a program is the sum of its kegiatan, through `calc.anggaran.susun`).
"""

from __future__ import annotations

from collections import OrderedDict
from decimal import Decimal

from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Baris, pisah_kode
from lakip_xl.calc.anggaran import BarisAnggaran, JenisBaris, Simpul, serapan_persen, susun
from lakip_xl.calc.capaian import Capaian, Status, hitung_capaian
from lakip_xl.calc.kategori import SKALA_PERMENDAGRI
from lakip_xl.calc.rata import RataRata, rata_rata
from lakip_xl.calc.triwulan import (
    TRIWULAN,
    Akumulasi,
    akumulasi,
    akumulasi_berlaku,
    realisasi_renstra,
)
from lakip_xl.hitung import Hasil, HasilIndikator
from lakip_xl.triwulan.model import (
    CATATAN_BELUM,
    KOSONG,
    BarisKaki,
    Dokumen,
    Kepala,
    Sel,
    TandaTangan,
    sel_capaian,
    sel_k,
    sel_persen,
    sel_rp,
)

KUNCI_TW = ("tw1", "tw2", "tw3", "tw4")
JUMLAH_KOLOM = 28
KOL_RENJA = 20  # the added pair: capaian against this year's Renja target (12/7 x 100)
KOL_RENSTRA = 24  # column 14: capaian against the Renstra target (13/5 x 100)
BULAN_AKHIR = ("Maret", "Juni", "September", "Desember")


def _pasangan(awal: int) -> int:
    """0-based column of the K half of form column `awal` (5 ... 14; 12/7 is the added pair)."""
    urut = [5, 6, 7, 8, 9, 10, 11, 12, "12/7", 13, 14]
    return 4 + 2 * urut.index(awal)


def kepala_e81(tahun: object, tw: int) -> tuple[list[Kepala], int]:
    """The four header rows of the form, the last numbering the columns 1 ... 16."""
    sd = f"s.d. Triwulan {TRIWULAN[tw - 1]}"
    k: list[Kepala] = [
        Kepala(0, 0, "No", 3),
        Kepala(0, 1, "Sasaran", 3),
        Kepala(0, 2, "Program/Kegiatan/Sub Kegiatan", 3),
        Kepala(0, 3, "Indikator Kinerja Program (outcome)/Kegiatan (output)", 3),
        Kepala(0, 26, "Unit Perangkat Daerah Penanggung Jawab", 3),
        Kepala(0, 27, "Keterangan", 3),
        Kepala(0, 10, "Realisasi Kinerja pada Triwulan", 1, 8),
    ]
    judul = {
        5: "Target Kinerja dan Anggaran Renstra Perangkat Daerah pada Akhir Periode Renstra",
        6: "Realisasi Capaian Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Renja Tahun Lalu",
        7: f"Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun {tahun or ''} yang "
        "Dievaluasi".replace("  ", " "),
        12: f"Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi ({sd})",
        "12/7": "Tambahan: Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang "
        "Dievaluasi (%)",
        13: f"Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun Berjalan ({sd})",
        14: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun "
        "Berjalan (%)",
    }
    for kol, teks in judul.items():
        k.append(Kepala(0, _pasangan(kol), teks, 2, 2))
    for i, t in enumerate(TRIWULAN):
        k.append(Kepala(1, _pasangan(8 + i), t, 1, 2))
    for kol in (5, 6, 7, 8, 9, 10, 11, 12, "12/7", 13, 14):
        c = _pasangan(kol)
        k.append(Kepala(2, c, "K"))
        k.append(Kepala(2, c + 1, "Rp"))
    nomor = {0: "1", 1: "2", 2: "3", 3: "4", 26: "15", 27: "16"}
    for kol in (5, 6, 7, 8, 9, 10, 11):
        nomor[_pasangan(kol)] = str(kol)
    nomor[_pasangan(12)] = "12 = 8+9+10+11"
    nomor[_pasangan("12/7")] = "12/7 x 100"
    nomor[_pasangan(13)] = "13 = 6+12"
    nomor[_pasangan(14)] = "14 = 13/5 x 100"
    for c, teks in nomor.items():
        lebar = 2 if 4 <= c < 26 else 1
        k.append(Kepala(3, c, teks, 1, lebar))
    return k, 4


def _gulung(hasil: Hasil, kunci: str) -> dict[int, Decimal | None]:
    """An Anggaran column rolled up the hierarchy by the core (`susun`): a row with children
    is the sum of its children; a parent whose children are all empty keeps its own entry;
    None where nothing in the row's subtree is filled."""
    rows = [b for b in hasil.buku.rows("Anggaran") if b["jenis"] is not None]
    isian = {b.nomor: b[kunci] for b in rows}
    h = susun(
        [
            BarisAnggaran(
                JenisBaris.dari_teks(b["jenis"]), b["uraian"] or "", b[kunci], None, b.nomor
            )
            for b in rows
        ]
    )

    def ada(s: Simpul) -> bool:
        return isian.get(s.baris.ref) is not None or any(ada(a) for a in s.anak)  # type: ignore[arg-type]

    keluar: dict[int, Decimal | None] = {}
    for ref, s in h.simpul.items():
        if not ada(s):
            keluar[ref] = None  # type: ignore[index]
        elif s.anak and not any(ada(a) for a in s.anak):
            keluar[ref] = s.baris.anggaran  # type: ignore[index]
        else:
            keluar[ref] = s.anggaran  # type: ignore[index]
    return keluar


def jenis_akumulasi(h: HasilIndikator) -> Akumulasi:
    """The kind in effect for an indikator (Jumlah when the cell holds an unknown kind)."""
    try:
        return akumulasi_berlaku(h["akumulasi"], h["satuan"], h.polaritas)[0]
    except ValueError:
        return Akumulasi.JUMLAH


def _tw_sel(nilai: list, tw: int, uang: bool = False) -> list[Sel]:
    """Columns 8-11: a quarter up to `tw` without a value is `*)`, later quarters are blank."""
    keluar = []
    for i, v in enumerate(nilai, start=1):
        if i > tw:
            keluar.append(Sel(None, "uang" if uang else "angka"))
        else:
            keluar.append(sel_rp(v) if uang else sel_k(v))
    return keluar


def kinerja(hasil: Hasil, h: HasilIndikator, tw: int) -> tuple[dict[int, Sel], Capaian, Capaian]:
    """The K cells of one indikator up to quarter `tw`, and its capaian 12/7 and 14."""
    jenis = jenis_akumulasi(h)
    rumus = hasil.rumus_negatif
    nilai = [h[k] for k in KUNCI_TW]
    r12 = akumulasi(nilai, jenis, tw)
    r13 = realisasi_renstra(h["renstra_lalu"], r12, jenis)
    c_renja = hitung_capaian(h["target"], r12, h.polaritas, rumus)
    c_renstra = hitung_capaian(h["target_akhir"], r13, h.polaritas, rumus)
    sel: dict[int, Sel] = {
        _pasangan(5): sel_k(h["target_akhir"], belum=False),
        _pasangan(6): sel_k(h["renstra_lalu"], belum=False),
        _pasangan(7): sel_k(h["target"], belum=False),
        _pasangan(12): sel_k(r12),
        _pasangan("12/7"): sel_capaian(c_renja),
        _pasangan(13): sel_k(r13),
        _pasangan(14): sel_capaian(c_renstra),
    }
    for i, s in enumerate(_tw_sel(nilai, tw)):
        sel[_pasangan(8 + i)] = s
    return sel, c_renja, c_renstra


def _anggaran_sel(
    s: Simpul, gulung: dict[str, dict[int, Decimal | None]], tw: int
) -> tuple[dict[int, Sel], Capaian, Capaian]:
    """The Rp cells of one Anggaran row up to quarter `tw`, and its serapan 12/7 and 14 as
    capaian (for the footer's averages)."""
    ref = s.baris.ref
    nilai = [gulung[k][ref] for k in KUNCI_TW]  # type: ignore[index]
    r12 = akumulasi(nilai, Akumulasi.JUMLAH, tw)
    lalu = gulung["renstra_lalu"][ref]  # type: ignore[index]
    r13 = realisasi_renstra(lalu, r12, Akumulasi.JUMLAH)
    pagu = gulung["pagu_renstra"][ref]  # type: ignore[index]
    caps = []
    for dasar, r in ((s.anggaran, r12), (pagu, r13)):
        sp = serapan_persen(dasar, r) if r is not None else None
        if r is None:
            caps.append(Capaian(None, Status.BELUM_TERSEDIA))
        elif sp is None:
            caps.append(Capaian(None, Status.TIDAK_DAPAT_DIHITUNG))
        else:
            caps.append(Capaian(sp, Status.ADA))
    sel: dict[int, Sel] = {
        _pasangan(5) + 1: sel_rp(pagu, belum=False),
        _pasangan(6) + 1: sel_rp(lalu, belum=False),
        _pasangan(7) + 1: sel_rp(s.anggaran),
        _pasangan(12) + 1: sel_rp(r12),
        _pasangan("12/7") + 1: sel_capaian(caps[0]),
        _pasangan(13) + 1: sel_rp(r13),
        _pasangan(14) + 1: sel_capaian(caps[1]),
    }
    for i, x in enumerate(_tw_sel(nilai, tw, uang=True)):
        sel[_pasangan(8 + i) + 1] = x
    return sel, caps[0], caps[1]


def _kunci_indikator(h: HasilIndikator) -> tuple:
    return (L.normal(h["indikator"]), h["target"], h["realisasi"], h.polaritas)


def _indikator_per_baris(hasil: Hasil) -> dict[int, list[HasilIndikator]]:
    """Anggaran row number -> the indikator naming it in Kode Anggaran (a measurement repeated
    on several tiers once)."""
    per: dict[int, list[HasilIndikator]] = {}
    dilihat: dict[int, set[tuple]] = {}
    for h in hasil.indikator:
        for kode in pisah_kode(h["kode_anggaran"]):
            s = hasil.simpul_kode(kode)
            if s is None:
                continue
            ref = s.baris.ref
            k = _kunci_indikator(h)
            if k in dilihat.setdefault(ref, set()):  # type: ignore[arg-type]
                continue
            dilihat[ref].add(k)  # type: ignore[index]
            per.setdefault(ref, []).append(h)  # type: ignore[arg-type]
    return per


def _teks_evaluasi(hasil: Hasil, tw: int) -> Baris | None:
    for b in hasil.buku.rows("Evaluasi Triwulan"):
        if b["triwulan"] == TRIWULAN[tw - 1]:
            return b
    return None


def _uraian(s: Simpul, b: Baris) -> str:
    return " ".join(x for x in (str(b["kode"] or ""), str(b["uraian"] or "")) if x)


def _baris_simpul(
    hasil: Hasil,
    s: Simpul,
    konteks: dict,
    tw: int,
) -> list[list[Sel]]:
    """The lines of one Anggaran row: the first carries Rp, each indikator one line of K."""
    b: Baris = konteks["baris"][s.baris.ref]
    unit = b["penanggung_jawab"] or konteks["unit"]
    rp, c_renja, c_renstra = _anggaran_sel(s, konteks["gulung"], tw)
    if s.baris.jenis is JenisBaris.PROGRAM:
        konteks["rp_program"].append((c_renja, c_renstra))
    daftar = konteks["indikator"].get(s.baris.ref, [])
    keluar: list[list[Sel]] = []
    for i, h in enumerate(daftar or [None]):
        row = [KOSONG] * JUMLAH_KOLOM
        if i == 0:
            program = s.baris.jenis is JenisBaris.PROGRAM
            if program:
                konteks["nomor"] += 1
                row[0] = Sel(str(konteks["nomor"]), "tengah")
            row[2] = Sel(_uraian(s, b), tebal=program)
            for c, x in rp.items():
                row[c] = x
            row[26] = Sel(unit)
        if h is not None:
            k, cr, cs = kinerja(hasil, h, tw)
            satuan = f" ({h['satuan']})" if h["satuan"] else ""
            row[3] = Sel(f"{h['indikator']}{satuan}")
            for c, x in k.items():
                row[c] = x
            row[27] = Sel(h["keterangan"])
            kunci = _kunci_indikator(h)
            if kunci not in konteks["k_dilihat"]:
                konteks["k_dilihat"].add(kunci)
                konteks["k"].append((cr, cs))
        keluar.append(row)
    for anak in s.anak:
        konteks["unit"] = unit
        keluar.extend(_baris_simpul(hasil, anak, konteks, tw))
    return keluar


def _kaki(hasil: Hasil, konteks: dict, tw: int) -> list[BarisKaki]:
    def rata(daftar: list[Capaian]) -> RataRata:
        return rata_rata(daftar, SKALA_PERMENDAGRI, hasil.batas_rata)

    nilai: dict[int, Sel] = {}
    predikat: dict[int, Sel] = {}
    for i, kol in ((0, KOL_RENJA), (1, KOL_RENSTRA)):
        for j, sumber in ((0, konteks["k"]), (1, konteks["rp_program"])):
            rr = rata([x[i] for x in sumber])
            nilai[kol + j] = sel_persen(rr.persen)
            predikat[kol + j] = Sel(rr.kategori or "-", "tengah")
    ev = _teks_evaluasi(hasil, tw)

    def teks(kunci: str) -> str:
        v = ev[kunci] if ev is not None else None
        return (
            v or f"(belum diisi di sheet '{L.EVALUASI_TRIWULAN.nama}', Triwulan {TRIWULAN[tw - 1]})"
        )

    return [
        BarisKaki(
            "Rata-rata capaian kinerja (%) (K: tiap indikator sekali; Rp: rata-rata program)", nilai
        ),
        BarisKaki("Predikat kinerja (skala Permendagri 86/2017)", predikat),
        BarisKaki("Faktor pendorong keberhasilan kinerja", teks=teks("pendorong")),
        BarisKaki("Faktor penghambat pencapaian kinerja", teks=teks("penghambat")),
        BarisKaki(
            "Tindak lanjut yang diperlukan dalam triwulan berikutnya",
            teks=teks("tindak_lanjut_tw"),
        ),
        BarisKaki(
            "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya",
            teks=teks("tindak_lanjut_renja"),
        ),
    ]


def tanda_tangan(hasil: Hasil, dengan_bappeda: bool) -> list[TandaTangan]:
    """'Disusun' by the head of the office, 'Dievaluasi' by the Kepala Bappeda (Profil)."""
    p = hasil.buku.profil
    tempat = str(p.get("tempat_tanggal") or "").split(",")[0].strip()
    tanggal = f"{tempat}, ............................" if tempat else ""
    garis = "...................................."
    ttd = [
        TandaTangan(
            "Disusun",
            str(p.get("jabatan_pimpinan") or "Kepala Perangkat Daerah"),
            str(p.get("nama_pimpinan") or garis),
            str(p.get("nip_pimpinan") or ""),
            tanggal,
        )
    ]
    if dengan_bappeda:
        pemda = str(p.get("pemerintah_daerah") or "").replace("Pemerintah ", "")
        ttd.append(
            TandaTangan(
                "Dievaluasi",
                f"Kepala Bappeda {pemda}".strip(),
                str(p.get("nama_bappeda") or garis),
                str(p.get("nip_bappeda") or ""),
                tanggal,
            )
        )
    return ttd


def susun_e81(hasil: Hasil, tw: int) -> Dokumen:
    """Form E.81 of quarter `tw` (1-4): realisasi up to that quarter."""
    if tw not in (1, 2, 3, 4):
        raise ValueError(f"triwulan {tw} tidak ada; pilih 1, 2, 3 atau 4")
    p = hasil.buku.profil
    tahun = p.get("tahun")
    kepala, tinggi = kepala_e81(tahun, tw)
    konteks: dict = {
        "baris": {b.nomor: b for b in hasil.buku.rows("Anggaran")},
        "gulung": {k: _gulung(hasil, k) for k in (*KUNCI_TW, "pagu_renstra", "renstra_lalu")},
        "indikator": _indikator_per_baris(hasil),
        "nomor": 0,
        "unit": "",
        "k": [],
        "k_dilihat": set(),
        "rp_program": [],
    }
    grup: OrderedDict[str, tuple[str, list[Simpul]]] = OrderedDict()
    for prog in hasil.anggaran.program:
        sas = konteks["baris"][prog.baris.ref]["sasaran"] or ""
        grup.setdefault(L.normal(sas), (sas, []))[1].append(prog)
    baris: list[list[Sel]] = []
    for sas, daftar in grup.values():
        awal = len(baris)
        for prog in daftar:
            konteks["unit"] = ""
            baris.extend(_baris_simpul(hasil, prog, konteks, tw))
        if len(baris) > awal:
            baris[awal][1] = Sel(sas)
    sasaran_rkpd = "; ".join(
        dict.fromkeys(str(b["sasaran"]) for b in hasil.buku.rows("Tujuan Sasaran") if b["sasaran"])
    )
    lebar = [3, 11, 14, 15] + [7, 11.5] * 11 + [9, 9]
    return Dokumen(
        f"E.81 TW {TRIWULAN[tw - 1]}",
        [
            "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
            " ".join(str(x) for x in (p.get("nama_instansi"), p.get("pemerintah_daerah")) if x),
        ],
        [
            f"Periode Pelaksanaan: Triwulan {TRIWULAN[tw - 1]} (Januari s.d. "
            f"{BULAN_AKHIR[tw - 1]} {tahun or ''})".replace(" )", ")"),
            "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: "
            + (sasaran_rkpd or "-"),
        ],
        kepala,
        tinggi,
        lebar,
        baris,
        _kaki(hasil, konteks, tw),
        4,
        [
            CATATAN_BELUM,
            "- tidak dapat dihitung (target atau anggaran kosong atau 0).",
            "K = kinerja (satuan indikator), Rp = anggaran (Rupiah). Realisasi s.d. triwulan "
            "dihitung menurut Akumulasi TW tiap indikator (Jumlah, Nilai Akhir atau Rata-rata); "
            "indikator Negatif memakai rumus polaritas negatif di Profil.",
        ],
        tanda_tangan(hasil, True),
    )
