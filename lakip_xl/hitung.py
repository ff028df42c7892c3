"""Every computed value of a workbook, from its inputs, through the calculation core.

`hitung(buku)` gives one `Hasil` (declared in `lakip_xl.hasil`) that both the workbook writer
(the computed cells) and the report use, so no number is computed twice. Standard library only.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, OrderedDict
from decimal import Decimal
from fractions import Fraction
from typing import Any

from lakip_xl import periksa_teks
from lakip_xl.buku import kaskade
from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Baris, Buku, Masalah
from lakip_xl.buku.bergalat import tandai_bergalat
from lakip_xl.buku.sel import a1
from lakip_xl.calc.anggaran import (
    BarisAnggaran,
    Hierarki,
    JenisBaris,
    Simpul,
    serapan_persen,
    susun,
)
from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Capaian, Polaritas, RumusNegatif, Status, hitung_capaian
from lakip_xl.calc.format_id import angka as fmt_angka
from lakip_xl.calc.format_id import persen as fmt_persen
from lakip_xl.calc.kategori import Skala, skala
from lakip_xl.calc.rata import RataRata
from lakip_xl.calc.skm import (
    hitung_ikm,
    mutu,
    normalkan_bobot,
    nrr_dari_jawaban,
    profil_umur,
    sampel_minimal,
)
from lakip_xl.calc.triwulan import (
    TRIWULAN,
    akumulasi,
    akumulasi_berlaku,
    triwulan_terlewat,
)
from lakip_xl.hasil import Hasil, HasilIndikator, HasilSKM, HasilUnsur, KelompokBelanja

__all__ = [
    "Hasil",
    "HasilIndikator",
    "HasilSKM",
    "HasilUnsur",
    "KelompokBelanja",
    "hitung",
    "isian_hitung",
    "ringkasan",
    "teks_akumulasi",
]


def _batas(teks: Any) -> Decimal | None:
    t = str(teks or "").strip()
    if not t or L.normal(t) == L.normal(L.BATAS_RATA[0]):
        return None
    return Decimal(t)


def _hitung_indikator(
    buku: Buku, sk: Skala, rumus: RumusNegatif, masalah: list[Masalah]
) -> list[HasilIndikator]:
    hasil = []
    for b in buku.rows("Indikator"):
        try:
            pol = Polaritas.dari_teks(b["polaritas"]) if b["polaritas"] else Polaritas.POSITIF
        except ValueError as e:
            masalah.append(Masalah(True, "Indikator", b.sel.get("polaritas"), str(e)))
            pol = Polaritas.POSITIF
        c = hitung_capaian(b["target"], b["realisasi"], pol, rumus)
        if b["target"] is not None and c.status is Status.TIDAK_DAPAT_DIHITUNG:
            masalah.append(
                Masalah(
                    True,
                    "Indikator",
                    b.sel.get("target"),
                    f"{c.alasan} untuk indikator '{b['indikator']}'; isi target yang benar",
                )
            )
        elif b["target"] is None and b["indikator"] and "target" not in b.galat:
            masalah.append(
                Masalah(
                    False,
                    "Indikator",
                    b.sel.get("target"),
                    f"target indikator '{b['indikator']}' belum diisi; capaian tidak dihitung",
                )
            )
        for kunci in ("target", "realisasi"):
            v = b[kunci]
            if v is not None and v < 0:
                masalah.append(
                    Masalah(
                        False,
                        "Indikator",
                        b.sel.get(kunci),
                        f"{kunci} bernilai negatif ({fmt_angka(v)}); periksa lagi",
                    )
                )
        _persen_pecahan(b, masalah)
        c_lalu = hitung_capaian(b["target_lalu"], b["realisasi_lalu"], pol, rumus)
        c_ren = hitung_capaian(b["target_akhir"], b["realisasi"], pol, rumus)
        kat = sk.kategori(c.persen) if c.persen is not None else None
        hasil.append(HasilIndikator(b, pol, c, kat, c_lalu, c_ren))
    return hasil


def _persen_pecahan(b: Baris, masalah: list[Masalah]) -> None:
    """Warn when a percentage indikator has one of target/realisasi typed as a fraction (0,7)
    and the other as a percentage number (70): the capaian would be off a hundredfold."""
    satuan = L.normal(b["satuan"])
    if not ("%" in satuan or "persen" in satuan):
        return
    t, r = b["target"], b["realisasi"]
    if t is None or r is None:
        return
    for pecahan, lain, kunci, kunci_lain in (
        (r, t, "realisasi", "target"),
        (t, r, "target", "realisasi"),
    ):
        if 0 < pecahan <= 1 and lain >= 20 and lain / 5 <= pecahan * 100 <= lain * 5:
            persen = fmt_angka(pecahan * 100)
            masalah.append(
                Masalah(
                    False,
                    "Indikator",
                    b.sel.get(kunci),
                    f"{kunci} {fmt_angka(pecahan)} dan {kunci_lain} {fmt_angka(lain)} pada satuan "
                    f"%: persen tampaknya diketik sebagai pecahan; ketik {persen} bila maksudnya "
                    f"{persen}%",
                )
            )
            return


_KUNCI_TW = ("tw1", "tw2", "tw3", "tw4")


def teks_akumulasi(h: HasilIndikator) -> str:
    """What the grey 'Akumulasi TW Berlaku' cell shows: the kind in effect, marked (bawaan)
    when it is the default by Satuan and Polaritas."""
    try:
        jenis, bawaan = akumulasi_berlaku(h["akumulasi"], h["satuan"], h.polaritas)
    except ValueError:
        return "-"
    return f"{jenis.value} (bawaan)" if bawaan else jenis.value


def _tw_terlewat(sheet: str, b: Baris, masalah: list[Masalah]) -> None:
    nilai = [b[k] for k in _KUNCI_TW]
    for i in triwulan_terlewat(nilai):
        if _KUNCI_TW[i - 1] in b.galat:
            continue  # its own galat says what the cell holds
        masalah.append(
            Masalah(
                False,
                sheet,
                b.sel.get(_KUNCI_TW[i - 1]),
                f"Realisasi TW {TRIWULAN[i - 1]} kosong padahal triwulan sesudahnya sudah diisi; "
                "isi triwulan berurutan (yang kosong dicetak *) di dokumen triwulan)",
            )
        )


def _periksa_triwulan(
    buku: Buku, indikator: list[HasilIndikator], simpul: dict[int, Simpul], masalah: list[Masalah]
) -> None:
    """Quarterly realisasi: quarters left empty before a filled one, the annual Realisasi
    disagreeing with the quarters' accumulation, and Rupiah spent above the row's Anggaran."""
    for h in indikator:
        b = h.baris
        _tw_terlewat("Indikator", b, masalah)
        nilai = [b[k] for k in _KUNCI_TW]
        if b["realisasi"] is None or nilai[3] is None:
            continue
        try:
            jenis, _ = akumulasi_berlaku(b["akumulasi"], b["satuan"], h.polaritas)
        except ValueError:
            continue
        acc = akumulasi(nilai, jenis)
        if acc is not None and bulat(acc, 2) != bulat(b["realisasi"], 2):
            masalah.append(
                Masalah(
                    False,
                    "Indikator",
                    b.sel.get("realisasi"),
                    f"Realisasi {fmt_angka(b['realisasi'])} berbeda dengan akumulasi "
                    f"triwulannya ({jenis.value}: {fmt_angka(bulat(acc, 2).normalize())}); "
                    "samakan agar laporan tahunan dan Evaluasi Renja TW IV sama",
                )
            )
    for b in buku.rows("Anggaran"):
        _tw_terlewat("Anggaran", b, masalah)
        isi = [(k, b[k]) for k in _KUNCI_TW if b[k] is not None]
        if not isi:
            continue
        jumlah = sum((v for _, v in isi), Decimal(0))
        s = simpul.get(b.nomor)
        if s is not None and not s.anak and jumlah > s.anggaran:
            masalah.append(
                Masalah(
                    True,
                    "Anggaran",
                    b.sel.get(isi[-1][0]),
                    f"jumlah Realisasi TW '{b['uraian']}' {fmt_angka(jumlah)} melebihi "
                    f"anggarannya {fmt_angka(s.anggaran)}; periksa angka triwulannya",
                )
            )
        if b["realisasi"] is not None and b["tw4"] is not None and jumlah != b["realisasi"]:
            masalah.append(
                Masalah(
                    False,
                    "Anggaran",
                    b.sel.get("realisasi"),
                    f"Realisasi {fmt_angka(b['realisasi'])} berbeda dengan jumlah Realisasi TW "
                    f"I-IV {fmt_angka(jumlah)} pada '{b['uraian']}'; samakan angkanya",
                )
            )


def _hitung_anggaran(buku: Buku, masalah: list[Masalah]) -> tuple[Hierarki, dict[int, Simpul]]:
    rows = []
    for b in buku.rows("Anggaran"):
        if b["jenis"] is None:
            continue
        rows.append(
            BarisAnggaran(
                JenisBaris.dari_teks(b["jenis"]),
                b["uraian"] or "",
                b["anggaran"],
                b["realisasi"],
                b.nomor,
            )
        )
    h = susun(rows)
    kolom = buku.tabel["Anggaran"].kolom
    for m in h.masalah:
        kunci = (
            "realisasi" if m.kode == "melebihi" else "anggaran" if m.kode != "yatim" else "jenis"
        )
        sel = a1(m.ref, kolom[kunci]) if kunci in kolom else None  # type: ignore[arg-type]
        masalah.append(Masalah(m.galat, "Anggaran", sel, m.pesan))
    return h, {int(k): v for k, v in h.simpul.items()}  # type: ignore[call-overload]


def _hitung_belanja(buku: Buku) -> list[KelompokBelanja]:
    grup: OrderedDict[str, KelompokBelanja] = OrderedDict()
    for b in buku.rows("Belanja"):
        k = b["kelompok"] or "(tanpa kelompok)"
        g = grup.setdefault(k, KelompokBelanja(k, OrderedDict()))
        g.jenis.setdefault(b["jenis"] or "", []).append(b)
        g.anggaran += b.get("anggaran", Decimal(0))
        g.realisasi += b.get("realisasi", Decimal(0))
        g.anggaran_lalu += b.get("anggaran_lalu", Decimal(0))
        g.realisasi_lalu += b.get("realisasi_lalu", Decimal(0))
    return list(grup.values())


def _hitung_skm(buku: Buku, masalah: list[Masalah]) -> HasilSKM:
    unsur_rows = buku.rows("Unsur SKM")
    jawaban_rows = buku.rows("SKM")
    kode_kolom = [f"u{i}" for i in range(1, 10)]
    jawaban = [list(map(b.nilai.get, kode_kolom)) for b in jawaban_rows]  # b[k] of each
    nilai = nrr_dari_jawaban(jawaban, 9) if jawaban else []
    unsur: list[HasilUnsur] = []
    for b in unsur_rows:
        kode = str(b["kode"] or "").strip().upper()
        idx = int(kode[1:]) - 1 if kode[:1] == "U" and kode[1:].isdigit() else -1
        nu = nilai[idx] if 0 <= idx < len(nilai) else None
        if nu is not None and nu.nrr is not None:
            if b["nrr_isian"] is not None:
                masalah.append(
                    Masalah(
                        False,
                        "Unsur SKM",
                        b.sel.get("nrr_isian"),
                        f"NRR Isian {kode} diabaikan karena jawaban responden ada di sheet SKM",
                    )
                )
            unsur.append(HasilUnsur(b, nu.responden, nu.nrr, True))
        elif b["nrr_isian"] is not None:
            unsur.append(HasilUnsur(b, 0, Fraction(b["nrr_isian"]), False))
        else:
            unsur.append(HasilUnsur(b, 0, None, False))
    ikm = None
    bobot: list[Any] | None = None  # None: equal weights
    bobot_sah = True
    bobot_isi = [u.baris["bobot"] for u in unsur]
    if any(x is not None for x in bobot_isi):
        sel_bobot = unsur[0].baris.sel.get("bobot")
        if any(x is None for x in bobot_isi):
            bobot_sah = False
            masalah.append(
                Masalah(
                    True,
                    "Unsur SKM",
                    unsur[bobot_isi.index(None)].baris.sel.get("bobot"),
                    "bobot sebagian kosong; isi semua bobot atau kosongkan semuanya",
                )
            )
        else:
            try:
                normalkan_bobot(bobot_isi)
                bobot = bobot_isi
            except ValueError as e:
                bobot_sah = False
                masalah.append(Masalah(True, "Unsur SKM", sel_bobot, str(e)))
    berisi = [u for u in unsur if u.nrr is not None]
    if berisi:
        if len(berisi) < len(unsur):
            for u in unsur:
                if u.nrr is None:
                    masalah.append(
                        Masalah(
                            True,
                            "Unsur SKM",
                            u.baris.sel.get("nrr_isian"),
                            f"unsur {u.baris['kode']} belum punya NRR (tidak ada jawaban dan NRR "
                            "Isian kosong); IKM tidak dihitung",
                        )
                    )
        elif bobot_sah:
            ikm = hitung_ikm([u.nrr for u in unsur], bobot)  # type: ignore[misc]
            for u, w, t in zip(unsur, ikm.bobot, ikm.nrr_tertimbang, strict=True):
                u.bobot, u.nrr_tertimbang = w, t
    elif jawaban_rows and not unsur_rows:
        masalah.append(
            Masalah(
                True,
                "Unsur SKM",
                None,
                "jawaban SKM ada tetapi daftar unsur kosong; isi sheet Unsur SKM",
            )
        )
    populasi = buku.profil.get("populasi")
    sampel = sampel_minimal(populasi) if isinstance(populasi, int) and populasi > 0 else None
    if sampel is not None and jawaban_rows and len(jawaban_rows) < sampel:
        masalah.append(
            Masalah(
                False,
                "SKM",
                None,
                f"responden {len(jawaban_rows)} orang, kurang dari sampel minimal {sampel} untuk "
                f"populasi {fmt_angka(populasi)} (Krejcie-Morgan)",
            )
        )
    profil_resp: dict[str, OrderedDict[str, int]] = {}
    for kunci in ("layanan", "jenis_kelamin", "pendidikan", "pekerjaan"):  # first seen first
        profil_resp[kunci] = OrderedDict(
            Counter(str(v) for b in jawaban_rows if (v := b.nilai.get(kunci))))
    umur = [v for b in jawaban_rows if (v := b.nilai.get("umur"))]
    profil_resp["umur"] = OrderedDict(profil_umur(umur))
    return HasilSKM(unsur, ikm, len(jawaban_rows), sampel, profil_resp)


def _ikm_tahun(hasil: Hasil) -> None:
    """One IKM for the report year: the survey's when there is one, else `Riwayat IKM` of that
    year, else the realisasi of the Kode Indikator IKM indikator. That indikator, and the same
    indikator cascaded to other tiers, takes it as realisasi when left empty; a typed value that
    differs is a galat naming its cell."""
    buku = hasil.buku
    tahun = buku.profil.get("tahun")
    utama = hasil.indikator_kode(buku.profil.get("kode_ikm"))
    riwayat = [b for b in buku.rows("Riwayat IKM") if tahun and b["tahun"] == tahun and b["ikm"]]
    if hasil.ikm_konversi is not None:
        nilai, sumber = hasil.ikm_konversi, "hasil sheet SKM"
    elif riwayat:
        nilai, sumber = bulat(riwayat[0]["ikm"], 2), f"sheet Riwayat IKM tahun {tahun}"
    elif utama is not None and utama["realisasi"] is not None:
        nilai, sumber = bulat(utama["realisasi"], 2), f"realisasi indikator {utama['kode']}"
    else:
        return
    hasil.ikm_tahun, hasil.sumber_ikm = nilai, sumber
    beda = [("Riwayat IKM", b, "ikm") for b in riwayat if bulat(b["ikm"], 2) != nilai]
    sama = [] if utama is None else [
        h for h in hasil.indikator if L.normal(h["indikator"]) == L.normal(utama["indikator"])
    ]
    for h in sama:
        if h["realisasi"] is None:
            h.baris.nilai["realisasi"] = nilai
            h.capaian = hitung_capaian(h["target"], nilai, h.polaritas, hasil.rumus_negatif)
            h.kategori = (
                hasil.skala.kategori(h.capaian.persen) if h.capaian.persen is not None else None
            )
            h.capaian_renstra = hitung_capaian(
                h["target_akhir"], nilai, h.polaritas, hasil.rumus_negatif
            )
        elif bulat(h["realisasi"], 2) != nilai:
            beda.append(("Indikator", h.baris, "realisasi"))
    for sheet, b, kunci in beda:
        hasil.masalah.append(
            Masalah(
                True,
                sheet,
                b.sel.get(kunci),
                f"IKM tahun {tahun} tertulis {fmt_angka(b[kunci], 2)}, sedangkan {sumber} "
                f"adalah {fmt_angka(nilai, 2)}; satu IKM per tahun: samakan angkanya, atau "
                "kosongkan sel ini agar IKM itu yang dipakai",
            )
        )


def hitung(buku: Buku, waktu: _dt.datetime | None = None) -> Hasil:
    """Compute everything. Never raises for bad content: problems join `hasil.masalah`."""
    masalah = list(buku.masalah)
    try:
        sk = skala(buku.profil.get("skala"))
    except ValueError as e:
        masalah.append(Masalah(True, "Profil", buku.profil_sel.get("skala"), str(e)))
        sk = skala(None)
    try:
        rumus = RumusNegatif.dari_teks(buku.profil.get("rumus_negatif"))
    except ValueError as e:
        masalah.append(Masalah(True, "Profil", buku.profil_sel.get("rumus_negatif"), str(e)))
        rumus = RumusNegatif.SELISIH
    try:
        batas = _batas(buku.profil.get("batas_rata"))
    except Exception:
        masalah.append(
            Masalah(
                True,
                "Profil",
                buku.profil_sel.get("batas_rata"),
                "Batas Capaian untuk Rata-rata harus Tanpa batas, 100 atau 120",
            )
        )
        batas = None
    indikator = _hitung_indikator(buku, sk, rumus, masalah)
    ang, ang_baris = _hitung_anggaran(buku, masalah)
    _periksa_triwulan(buku, indikator, ang_baris, masalah)
    belanja = _hitung_belanja(buku)
    for b in buku.rows("Belanja"):
        if (
            b["realisasi"] is not None
            and b["anggaran"] is not None
            and b["kelompok"] != ("Pendapatan")
            and b["realisasi"] > b["anggaran"]
        ):
            masalah.append(
                Masalah(
                    True,
                    "Belanja",
                    b.sel.get("realisasi"),
                    f"realisasi melebihi anggaran pada '{b['uraian']}'",
                )
            )
    skm_hasil = _hitung_skm(buku, masalah)
    riwayat = []
    for b in buku.rows("Riwayat IKM"):
        if b["tahun"] is not None and b["ikm"] is not None:
            riwayat.append((b["tahun"], b["ikm"], b["target"], mutu(b["ikm"])))
    hasil = Hasil(
        buku,
        sk,
        rumus,
        batas,
        indikator,
        ang,
        ang_baris,
        belanja,
        skm_hasil,
        riwayat,
        masalah,
        waktu or _dt.datetime.now().replace(microsecond=0),
    )
    _ikm_tahun(hasil)
    tandai_bergalat(hasil.indikator, masalah)
    hasil.masalah += kaskade.periksa_total(buku, ang.program, hasil.simpul_kode)  # lakip pk
    hasil.masalah += periksa_teks.periksa(hasil)  # typed sentences against these numbers
    return hasil


# --- what Hitung Ulang writes ------------------------------------------------------------------

Nilai = Decimal | int | str | None


def _persen_sel(c: Capaian) -> Nilai:
    if c.status is Status.ADA:
        return c.persen_bulat(2)
    return "*)" if c.status is Status.BELUM_TERSEDIA else "-"


def isian_hitung(hasil: Hasil) -> dict[str, dict[tuple[int, int], Nilai]]:
    """Sheet -> {(row, column): value} for every computed cell of the table sheets."""
    buku = hasil.buku
    tulis: dict[str, dict[tuple[int, int], Nilai]] = {}

    def taruh(sheet: str, b: Baris, kunci: str, nilai: Nilai) -> None:
        kol = buku.tabel[sheet].kolom.get(kunci)
        if kol is not None:
            tulis.setdefault(sheet, {})[(b.nomor, kol)] = nilai

    for h in hasil.indikator:
        taruh("Indikator", h.baris, "capaian", _persen_sel(h.capaian))
        taruh("Indikator", h.baris, "kategori", h.kategori or h.capaian.status.value)
        taruh("Indikator", h.baris, "akumulasi_berlaku", teks_akumulasi(h))
        taruh(
            "Indikator",
            h.baris,
            "capaian_lalu",
            _persen_sel(h.capaian_lalu) if h["target_lalu"] is not None else None,
        )
        taruh(
            "Indikator",
            h.baris,
            "capaian_renstra",
            _persen_sel(h.capaian_renstra) if h["target_akhir"] is not None else None,
        )
    for b in buku.rows("Anggaran"):
        s = hasil.anggaran_baris.get(b.nomor)
        if s is None:
            continue
        taruh("Anggaran", b, "jumlah_anggaran", s.anggaran)
        taruh("Anggaran", b, "jumlah_realisasi", s.realisasi)
        sp = s.serapan
        taruh("Anggaran", b, "serapan", bulat(sp, 2) if sp is not None else "-")
        taruh("Anggaran", b, "sisa", s.sisa)
    for b in buku.rows("Belanja"):
        sp = serapan_persen(b["anggaran"], b["realisasi"])
        taruh("Belanja", b, "serapan", bulat(sp, 2) if sp is not None else "-")
        taruh(
            "Belanja", b, "sisa", (b.get("anggaran", Decimal(0)) - b.get("realisasi", Decimal(0)))
        )
    for u in hasil.skm.unsur:
        taruh("Unsur SKM", u.baris, "responden", u.responden if u.dari_jawaban else None)
        taruh("Unsur SKM", u.baris, "nrr", _dec(u.nrr, 2))
        taruh("Unsur SKM", u.baris, "nrr_tertimbang", _dec(u.nrr_tertimbang, 4))
    for b in buku.rows("Riwayat IKM"):
        if b["ikm"] is not None:
            m = mutu(b["ikm"])
            taruh("Riwayat IKM", b, "mutu", m.huruf)
            taruh("Riwayat IKM", b, "kinerja", m.kinerja)
    return tulis


def _dec(x: Fraction | None, digit: int) -> Decimal | None:
    if x is None:
        return None
    return bulat(Decimal(x.numerator) / Decimal(x.denominator), digit)


_URAIAN_ANGGARAN = (
    "Total anggaran program/kegiatan (Rp)",
    "Total realisasi program/kegiatan (Rp)",
    "Serapan anggaran (%)",
    "Sisa anggaran (Rp)",
)


def ringkasan(hasil: Hasil) -> list[tuple[str, Nilai, str]]:
    """The rows of the Ringkasan sheet: (uraian, nilai, keterangan)."""
    r: list[tuple[str, Nilai, str]] = []

    def rata_baris(judul: str, rr: RataRata) -> None:
        ket = []
        if rr.kategori:
            ket.append(rr.kategori)
        ket.append(f"{rr.jumlah} indikator")
        if rr.dikecualikan:
            ket.append(f"{rr.dikecualikan} tanpa capaian tidak dihitung")
        if rr.bergalat:
            ket.append(f"{rr.bergalat} bergalat tidak dihitung")
        r.append((judul, bulat(rr.persen, 2) if rr.persen is not None else "-", "; ".join(ket)))

    rata_baris(
        f"Rata-rata capaian seluruh indikator (%), dasar: {hasil.dasar_keseluruhan}",
        hasil.rata_semua,
    )
    for tingkat, daftar in hasil.per("tingkat").items():
        rata_baris(f"Rata-rata capaian {tingkat} (%)", hasil.rata(daftar))
    semua = hasil.rata_semua
    for nama, n in semua.per_kategori.items():
        r.append((f"Jumlah indikator berkategori {nama}", n, hasil.skala.nama))
    r.append(("Jumlah indikator realisasi belum tersedia", semua.belum_tersedia, "ditandai *)"))
    r.append(("Jumlah indikator tanpa target", semua.tidak_dapat_dihitung, ""))
    a = hasil.anggaran
    if not a.simpul:  # an empty Anggaran sheet: not Rp 0 but nothing typed yet
        for uraian in _URAIAN_ANGGARAN:
            r.append((uraian, "belum diisi", "sheet Anggaran kosong"))
    else:
        r.append(("Total anggaran program/kegiatan (Rp)", a.anggaran, ""))
        r.append(("Total realisasi program/kegiatan (Rp)", a.realisasi, ""))
        sp = bulat(a.serapan, 2) if a.serapan is not None else "-"
        r.append(("Serapan anggaran (%)", sp, ""))
        r.append(("Sisa anggaran (Rp)", a.sisa, ""))
    for g in hasil.belanja:
        sp = g.serapan
        r.append(
            (
                f"{g.kelompok}: anggaran / realisasi (Rp)",
                g.anggaran,
                f"realisasi {fmt_angka(g.realisasi)}"
                + (f"; {fmt_persen(sp)}" if sp is not None else ""),
            )
        )
    ikm = hasil.skm.ikm
    if ikm is not None:
        r.append(
            (
                "IKM (nilai konversi)",
                ikm.konversi_tampil,
                f"mutu {ikm.mutu.huruf} ({ikm.mutu.kinerja})",
            )
        )
        r.append(("IKM (skala 1-4)", _dec(ikm.ikm, 3), ""))
        r.append(
            (
                "Jumlah responden SKM",
                hasil.skm.responden,
                f"sampel minimal {hasil.skm.sampel_minimal}" if hasil.skm.sampel_minimal else "",
            )
        )
    elif hasil.ikm_tahun is not None:
        m = mutu(hasil.ikm_tahun)
        r.append(
            (
                "IKM (nilai konversi)",
                hasil.ikm_tahun,
                f"mutu {m.huruf} ({m.kinerja}); dari {hasil.sumber_ikm}",
            )
        )
    else:
        r.append(("IKM (nilai konversi)", "-", "belum ada data SKM"))
    galat = sum(1 for m in hasil.masalah if m.galat)
    r.append(
        (
            "Masalah ditemukan",
            galat,
            f"{len(hasil.masalah) - galat} peringatan; jalankan `lakip periksa` untuk rinciannya",
        )
    )
    r.append(("Terakhir dihitung", hasil.waktu.strftime("%d/%m/%Y %H:%M"), ""))
    return r
