"""BAB II Perencanaan Kinerja: Misi, Renstra, IKU, Perjanjian Kinerja and the budget per sasaran."""

from __future__ import annotations

from collections import OrderedDict

from lakip_xl.buku import layout as L
from lakip_xl.calc.anggaran import Simpul
from lakip_xl.calc.capaian import Polaritas, Status
from lakip_xl.hitung import Hasil, HasilIndikator
from lakip_xl.laporan.bagian import Isi
from lakip_xl.laporan.kalimat import kalimat_program_kegiatan
from lakip_xl.laporan.tabel import TANDA_BELUM, TabelLaporan, k, n, rp, t
from lakip_xl.laporan.tabel_kinerja import (
    CATATAN_BELUM,
    TANDA_NEGATIF,
    catatan_negatif,
    judul_kolom,
    nomor_kolom,
    sel_capaian,
    sel_indikator,
    sel_target,
    teks_isian,
)


def bangun(hasil: Hasil) -> Isi:
    """Tables `misi`, `renstra`, `iku`, `pk`, `anggaran_sasaran`; sentence `program_kegiatan`."""
    isi = Isi()
    for bagian in (_misi, _renstra, _iku, _perjanjian, _anggaran_sasaran):
        bagian(hasil, isi)
    prog = hasil.anggaran.program
    if prog:
        isi.kalimat["program_kegiatan"] = kalimat_program_kegiatan(hasil)
    return isi


def _misi(hasil: Hasil, isi: Isi) -> None:
    """Table `misi` (None without Misi rows); the Uraian column only when a row has one."""
    buku = hasil.buku
    misi = buku.rows("Misi")
    uraian = any(str(r["uraian"] or "").strip() for r in misi)
    isi.tabel["misi"] = (
        TabelLaporan(
            "misi",
            "Misi RPJMD",
            [judul_kolom("No", "Misi", "Uraian")[: 3 if uraian else 2]],
            [
                [t(r["no"] or i), k(r["misi"], tebal=True), k(r["uraian"])][: 3 if uraian else 2]
                for i, r in enumerate(misi, 1)
            ],
            [0.5, 2, 5] if uraian else [0.5, 7],
        )
        if misi
        else None
    )


def _renstra(hasil: Hasil, isi: Isi) -> None:
    """Table `renstra`: the Renstra rows with this year's realisasi and capaian. A Tujuan,
    Sasaran or their indikator repeated on consecutive rows is printed once, as one cell merged
    down over those rows; the Tujuan columns are left out when no row names a Tujuan."""
    pr = hasil.buku.profil
    tahun = pr.get("tahun") or 0
    renstra = hasil.buku.rows("Tujuan Sasaran")
    if not renstra:
        return
    th = sorted({y for r in renstra for y in r.tahun})
    ada_tujuan = any(r["tujuan"] or r["indikator_tujuan"] for r in renstra)
    ada_target_tujuan = any(r["target_tujuan"] for r in renstra)
    kunci = ["tujuan", "indikator_tujuan"] if ada_tujuan else []
    kunci += ["sasaran", "indikator_sasaran"]
    # the Tujuan's target beside its indikator; it follows the merging of the Tujuan
    kolom = list(kunci)
    if ada_target_tujuan:
        kolom.insert(2 if ada_tujuan else 0, "target_tujuan")
    judul = {
        "tujuan": "Tujuan",
        "indikator_tujuan": "Indikator Tujuan",
        "target_tujuan": "Target Tujuan",
        "sasaran": "Sasaran",
        "indikator_sasaran": "Indikator Sasaran",
    }
    kep1 = [t(x, tebal=True) for x in ["No", *(judul[x] for x in kolom), "Satuan"]]
    kep1.append(t("Target Kinerja pada Tahun", tebal=True, rentang=len(th)))
    kep1 += [t(f"Realisasi {tahun}", tebal=True), t("Capaian (%)", tebal=True)]
    kep2 = [t("") for _ in range(len(kolom) + 2)] + [t(y, tebal=True) for y in th]
    kep2 += [t(""), t("")]
    baris = []
    sebelum: dict[str, str] = {}
    nomor = 0
    for r in renstra:
        sama = {x: bool(r[x]) and L.normal(r[x]) == sebelum.get(x) for x in kunci}
        # a cell repeats only under the same cell to its left (a new Tujuan starts afresh)
        for i in range(1, len(kunci)):
            sama[kunci[i]] = sama[kunci[i]] and sama[kunci[i - 1]]
        target_lalu = sebelum.get("target_tujuan")
        sebelum = {x: L.normal(r[x]) for x in (*kunci, "target_tujuan")}
        sama["target_tujuan"] = (
            ada_tujuan
            and sama["indikator_tujuan"]
            and (not r["target_tujuan"] or L.normal(r["target_tujuan"]) == target_lalu)
        )
        if sama["target_tujuan"] and not r["target_tujuan"]:
            sebelum["target_tujuan"] = target_lalu or ""
        baru_sasaran = not sama["sasaran"]
        nomor += baru_sasaran
        h = hasil.indikator_kode(r["kode_indikator"])
        teks = {x: r[x] for x in kolom}
        if h is not None and h.polaritas is Polaritas.NEGATIF and r["indikator_sasaran"]:
            # marked like every table printing a Negatif indikator beside its capaian
            teks["indikator_sasaran"] = f"{r['indikator_sasaran']} {TANDA_NEGATIF}"
        baris.append(
            [t((r["no"] or nomor) if baru_sasaran else "", lanjut_atas=not baru_sasaran)]
            + [
                t("" if sama[x] else teks_isian(r[x] or ""), lanjut_atas=sama[x])
                if x == "target_tujuan"
                else k("" if sama[x] else teks[x], lanjut_atas=sama[x])
                for x in kolom
            ]
            + [t(r["satuan"])]
            + [t("-" if r.tahun.get(y) is None else teks_isian(r.tahun[y])) for y in th]
            + [
                n(h["realisasi"])
                if h is not None and h["realisasi"] is not None
                else k(TANDA_BELUM if h is not None else "-", rata="kanan"),
                sel_capaian(hasil, h.capaian) if h else k("-", rata="kanan"),
            ]
        )
    terukur = [h for r in renstra if (h := hasil.indikator_kode(r["kode_indikator"])) is not None]
    lebar = [0.4] + ([1.6, 1.3] if ada_tujuan else []) + ([0.8] if ada_target_tujuan else [])
    lebar += [1.8, 1.9, 0.8]
    isi.tabel["renstra"] = TabelLaporan(
        "renstra",
        f"Rencana Strategis {pr.get('nama_instansi') or '-'} "
        f"{pr.get('periode_renstra') or ''}".strip(),
        [kep1, kep2],
        baris,
        lebar + [0.85] * len(th) + [1, 1],
        ([CATATAN_BELUM] if any(h.capaian.status is Status.BELUM_TERSEDIA for h in terukur) else [])
        + catatan_negatif(hasil, terukur),
        kecil=True,
    )


def _iku(hasil: Hasil, isi: Isi) -> None:
    """Table `iku`: the indikator marked IKU."""
    nama = hasil.buku.profil.get("nama_instansi") or "-"
    ind = hasil.indikator
    iku = [h for h in ind if h["iku"] == "Ya"]
    if iku:
        isi.tabel["iku"] = TabelLaporan(
            "iku",
            f"Indikator Kinerja Utama (IKU) {nama}",
            [
                judul_kolom(
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
                    sel_indikator(h),
                    k(h["rumus"] or "-"),
                    k(h["penanggung_jawab"]),
                ]
                for i, h in enumerate(iku, 1)
            ],
            [0.5, 2.5, 2.5, 2.5, 2],
            catatan_negatif(hasil, iku),
        )


def _perjanjian(hasil: Hasil, isi: Isi) -> None:
    """Table `pk`: each official of the Perjanjian Kinerja with their indikator."""
    buku = hasil.buku
    tahun = hasil.buku.profil.get("tahun") or 0
    nama = hasil.buku.profil.get("nama_instansi") or "-"
    ind = hasil.indikator
    pk = buku.rows("Perjanjian Kinerja")
    if pk:
        baris = []
        tercetak: list[HasilIndikator] = []
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
                    k(_pejabat(r["penanggung_jawab"], r["nama"], r["nip"]), tebal=True, rentang=3),
                    k(" / ".join(prog_keg) or "-"),
                    rp(r["anggaran"]),
                ]
            )
            tercetak += milik
            for i, h in enumerate(milik, 1):
                baris.append(
                    [
                        k(f"{i}. {h['sasaran'] or '-'}"),
                        k(f"{i}. {sel_indikator(h).teks}"),
                        sel_target(h),
                        k(""),
                        k(""),
                    ]
                )
        isi.tabel["pk"] = TabelLaporan(
            "pk",
            f"Perjanjian Kinerja Pejabat Struktural {nama} Tahun {tahun}",
            [
                judul_kolom(
                    "Sasaran", "Indikator Kinerja", "Target", "Program / Kegiatan", "Anggaran (Rp)"
                ),
                nomor_kolom(5),
            ],
            baris,
            [3, 3, 1.2, 1.5, 1.6],
            catatan_negatif(hasil, tercetak),
        )


def _pejabat(jabatan: str, nama: str | None, nip: str | None) -> str:
    """An official as the Perjanjian Kinerja names them: 'Camat (NAMA, NIP. 1985...)'."""
    nip = "NIP.\u00a0" + nip.replace(" ", "\u00a0") if nip else None  # a NIP never wraps
    siapa = [x for x in (nama, nip) if x]
    return f"{jabatan}" + (f" ({', '.join(siapa)})" if siapa else "")


def _anggaran_sasaran(hasil: Hasil, isi: Isi) -> None:
    """Table `anggaran_sasaran`: programs and kegiatan per sasaran."""
    buku = hasil.buku
    tahun = hasil.buku.profil.get("tahun") or 0
    nama = hasil.buku.profil.get("nama_instansi") or "-"
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
        isi.tabel["anggaran_sasaran"] = TabelLaporan(
            "anggaran_sasaran",
            f"Anggaran Penunjang Sasaran Strategis {nama} Tahun {tahun}",
            [
                judul_kolom(
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
