"""The Pemda's LKjIP draft (`lakip rekap --docx`) from the recap's data, with the report's
machinery: the template's styles and page (laporan.templat.Penulis), tables laid out by
laporan.wordml, native charts (laporan.grafik), a Daftar Isi field; written by the safe writer."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import parse_xml
from lxml import etree

from lakip_xl.buku.simpan import tulis_aliran
from lakip_xl.calc.anggaran import serapan_persen, sisa
from lakip_xl.calc.angka import bulat
from lakip_xl.calc.format_id import angka, persen
from lakip_xl.laporan import grafik
from lakip_xl.laporan import tabel as lt
from lakip_xl.laporan.render import nomori_keterangan
from lakip_xl.laporan.templat import Penulis, sisip_field
from lakip_xl.laporan.wordml import atur_halaman, satu_bita, tabel_xml
from lakip_xl.rekap.cocok import RekapPemda

_PENANDA = "@@lakip-lkjip-"


class _Dokumen:
    """The document being written: paragraphs through Penulis, tables and charts as markers
    replaced by their XML when saving."""

    def __init__(self) -> None:
        self.w = Penulis()
        self.doc = self.w.doc
        self.isi: dict[str, str] = {}
        self.nomor_grafik = 0

    def _penanda(self, xml: str) -> None:
        teks = f"{_PENANDA}{len(self.isi)}@@"
        self.doc.add_paragraph(teks)
        self.isi[teks] = xml

    def keterangan(self, jenis: str, judul: str) -> None:
        par = self.doc.add_paragraph(style="Caption")
        if jenis == "Gambar":
            par.paragraph_format.keep_with_next = False
        par.add_run(f"{jenis} ")
        sisip_field(par, f"SEQ {jenis} \\* ARABIC", "1")
        par.add_run(f". {judul}")

    def tabel(self, tab: lt.TabelLaporan) -> None:
        self.keterangan("Tabel", tab.judul)
        self._penanda(tabel_xml(tab))

    def grafik(self, g: grafik.Grafik | None, judul: str) -> None:
        if g is None:
            return
        self.nomor_grafik += 1
        paket = self.doc.part.package
        chart = Part(paket.next_partname("/word/charts/chart%d.xml"), CT.DML_CHART, b"", paket)
        nama_data = paket.next_partname("/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx")
        data = Part(nama_data, CT.SML_SHEET, grafik.xlsx(g), paket)
        chart._blob = grafik.chart_xml(g, chart.relate_to(data, RT.PACKAGE))
        rid = self.doc.part.relate_to(chart, RT.CHART)
        n = self.nomor_grafik
        gambar = grafik.inline_xml(rid, 90_000 + n, f"Grafik {n}", g)
        self._penanda(
            '<w:p><w:pPr><w:keepNext/><w:spacing w:line="240" w:lineRule="auto"/>'
            f'<w:jc w:val="center"/></w:pPr><w:r>{gambar}</w:r></w:p>'
        )
        self.keterangan("Gambar", judul)

    def simpan(self, tujuan: Path) -> Path:
        xml = satu_bita(etree.tostring(self.doc.element, encoding="unicode"))
        for teks, isi in self.isi.items():
            i = xml.index(teks)
            awal = max(xml.rfind("<w:p>", 0, i), xml.rfind("<w:p ", 0, i))
            akhir = xml.index("</w:p>", i) + len("</w:p>")
            xml = xml[:awal] + isi + xml[akhir:]
        self.doc.part._element = parse_xml(nomori_keterangan(atur_halaman(xml)))
        self.doc.core_properties.author = "lakip_xl"
        self.doc.core_properties.title = "Laporan Kinerja Instansi Pemerintah"
        return tulis_aliran(tujuan, self.doc.save)


def _kepala(*judul: str) -> list[list[lt.Sel]]:
    return [[lt.t(j, tebal=True) for j in judul]]


def _tabel_rpjmd(rp: RekapPemda) -> lt.TabelLaporan:
    ada_tujuan = any(cp.ind.tujuan for cp in rp.cocok.capaian)
    baris = []
    for no, cp in enumerate(rp.cocok.capaian, start=1):
        ind = cp.ind
        opd = "; ".join(p.opd for p in ind.pengukur) or "-"
        tujuan = [lt.k(ind.tujuan)] if ada_tujuan else []
        baris.append(
            [
                lt.t(no),
                *tujuan,
                lt.k(ind.sasaran),
                lt.k(ind.indikator),
                lt.t(ind.satuan),
                lt.n(ind.target),
                lt.k(opd),
            ]
        )
    judul = [
        "No",
        *(["Tujuan"] if ada_tujuan else []),
        "Sasaran",
        "Indikator",
        "Satuan",
        "Target",
        "OPD Pengukur",
    ]
    lebar = [0.4, *([2.0] if ada_tujuan else []), 2, 2.4, 0.8, 0.8, 1.6]
    return lt.TabelLaporan(
        "rpjmd", "Tujuan, Sasaran, Indikator dan Target RPJMD", _kepala(*judul), baris, lebar
    )


def _tabel_capaian(rp: RekapPemda) -> lt.TabelLaporan:
    baris = []
    for no, cp in enumerate(rp.cocok.capaian, start=1):
        ind = cp.ind
        baris.append(
            [
                lt.t(no),
                lt.k(ind.sasaran),
                lt.k(ind.indikator),
                lt.t(ind.satuan),
                lt.n(ind.target),
                lt.n(None if cp.realisasi is None else bulat(cp.realisasi, 2)),
                lt.capaian_sel(cp.capaian),
                lt.k(cp.kategori or "-"),
            ]
        )
    kepala = _kepala(
        "No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"
    )
    catatan = [
        "Realisasi dari buku kerja OPD pengukur, menurut kode indikator OPD; indikator "
        "yang diukur beberapa OPD digabung menurut aturannya (lihat rekap .xlsx)."
    ]
    return lt.TabelLaporan(
        "capaian",
        "Capaian Indikator Kinerja RPJMD",
        kepala,
        baris,
        [0.4, 2, 2.4, 0.8, 0.8, 0.9, 0.9, 1.2],
        catatan,
    )


def _tabel_sasaran(rp: RekapPemda) -> lt.TabelLaporan:
    baris = []
    for no, (s, rr) in enumerate(rp.sasaran, start=1):
        baris.append(
            [
                lt.t(no),
                lt.k(s),
                lt.t(rr.jumlah + rr.dikecualikan + rr.bergalat),
                lt.pc(rr.persen),
                lt.k(rr.kategori or "-"),
            ]
        )
    kepala = _kepala("No", "Sasaran RPJMD", "Jumlah Indikator", "Rata-rata Capaian (%)", "Kategori")
    return lt.TabelLaporan(
        "sasaran",
        "Rata-rata Capaian per Sasaran RPJMD",
        kepala,
        baris,
        [0.4, 3.4, 1, 1.1, 1.2],
        ["Indikator tanpa capaian tidak ikut dirata-rata."],
    )


def _tabel_banding(rp: RekapPemda) -> lt.TabelLaporan:
    from lakip_xl.calc.banding import bandingkan

    baris = []
    for no, cp in enumerate(rp.cocok.capaian, start=1):
        lalu, kini = cp.capaian_lalu, cp.capaian
        ket = "-"
        if lalu.persen is not None and kini.persen is not None:
            b = bandingkan(lalu.persen, kini.persen)
            ket = f"{b.arah} {angka(abs(b.selisih), 2)} poin" if b.selisih else b.arah
        baris.append(
            [
                lt.t(no),
                lt.k(cp.ind.indikator),
                lt.capaian_sel(lalu),
                lt.capaian_sel(kini),
                lt.k(ket),
            ]
        )
    kepala = _kepala(
        "No", "Indikator", "Capaian Tahun Lalu (%)", "Capaian Tahun Ini (%)", "Perubahan"
    )
    return lt.TabelLaporan(
        "banding",
        "Perbandingan Capaian dengan Tahun Lalu",
        kepala,
        baris,
        [0.4, 3.4, 1.1, 1.1, 1.4],
    )


def _tabel_faktor(rp: RekapPemda) -> lt.TabelLaporan:
    lembar = next(x for x in rp.lembar if x.nama == "Analisis Faktor")
    baris = [
        [lt.t(b[0]), lt.k(b[1]), lt.k(b[2]), lt.k(b[3]), lt.k(b[4]), lt.k(b[5])]
        for b in lembar.baris
    ]
    kepala = _kepala("No", "Indikator", "OPD", "Faktor Pendukung", "Faktor Penghambat", "Upaya")
    return lt.TabelLaporan(
        "faktor",
        "Analisis Faktor Pencapaian Kinerja",
        kepala,
        baris,
        [0.4, 1.6, 1.4, 2, 2, 2],
        ["Teks dari sheet Evaluasi Triwulan buku kerja OPD (triwulan terakhir yang diisi)."],
    )


def _per_opd(rp: RekapPemda) -> list[tuple[str, Any]]:
    return [(o.nama, rp.cocok.opd[o.nama]) for o in rp.pemda.opd if o.nama in rp.cocok.opd]


def _tabel_opd(rp: RekapPemda) -> lt.TabelLaporan:
    baris = []
    for no, (nama, d) in enumerate(_per_opd(rp), start=1):
        kat = "-" if d.rata_capaian is None else rp.cocok.skala.kategori(d.rata_capaian)
        baris.append([lt.t(no), lt.k(nama), lt.t(d.jumlah_rata), lt.pc(d.rata_capaian), lt.k(kat)])
    kepala = _kepala("No", "OPD", "Indikator Dirata-rata", "Rata-rata Capaian (%)", "Kategori")
    return lt.TabelLaporan(
        "opd",
        "Rata-rata Capaian Indikator per OPD",
        kepala,
        baris,
        [0.4, 3.4, 1, 1.1, 1.2],
        [
            "Rata-rata menurut buku kerja masing-masing OPD (sheet "
            "Ringkasan), atas indikator OPD itu sendiri."
        ],
    )


def _tabel_efisiensi(rp: RekapPemda) -> lt.TabelLaporan:
    baris = []
    ta = tr = Decimal(0)
    for no, (nama, d) in enumerate(_per_opd(rp), start=1):
        a = sum((p.anggaran for p in d.program), Decimal(0))
        r = sum((p.realisasi for p in d.program), Decimal(0))
        ta, tr = ta + a, tr + r
        baris.append(
            [
                lt.t(no),
                lt.k(nama),
                lt.rp(a),
                lt.rp(r),
                lt.rp(sisa(a, r)),
                lt.pc(serapan_persen(a, r)),
            ]
        )
    baris.append(
        [
            lt.k("Jumlah", tebal=True, rentang=2),
            lt.rp(ta, tebal=True),
            lt.rp(tr, tebal=True),
            lt.rp(sisa(ta, tr), tebal=True),
            lt.pc(serapan_persen(ta, tr), tebal=True),
        ]
    )
    kepala = _kepala(
        "No", "OPD", "Anggaran (Rp)", "Realisasi (Rp)", "Efisiensi (Rp)", "Serapan (%)"
    )
    return lt.TabelLaporan(
        "efisiensi",
        "Efisiensi Program dan Anggaran per OPD",
        kepala,
        baris,
        [0.4, 2.6, 1.4, 1.4, 1.4, 0.9],
        ["Efisiensi = anggaran - realisasi program OPD."],
    )


def _tabel_tak_cocok(rp: RekapPemda) -> lt.TabelLaporan:
    baris = [
        [lt.t(no), lt.k(t.opd), lt.k(t.alasan), lt.k(t.saran or "-")]
        for no, t in enumerate(rp.cocok.tak_cocok, start=1)
    ]
    return lt.TabelLaporan(
        "tak_cocok",
        "Data OPD yang Belum Dapat Dicocokkan",
        _kepala("No", "OPD", "Masalah", "Saran"),
        baris,
        [0.4, 1.6, 4, 2.4],
        ["Data ini tidak dipakai dalam capaian di atas."],
    )


def _ganti(g: grafik.Grafik | None, kategori: str) -> grafik.Grafik | None:
    return None if g is None else dataclasses.replace(g, judul_kategori=kategori)


def _bab3(d: _Dokumen, rp: RekapPemda) -> None:
    w = d.w
    w.judul1("BAB III", "AKUNTABILITAS KINERJA")
    w.judul("A. Capaian Kinerja")
    n = len(rp.cocok.capaian)
    ada = sum(1 for cp in rp.cocok.capaian if cp.capaian.persen is not None)
    w.p(
        f"Kinerja {rp.pemda.profil.get('nama_pemda') or ''} diukur dengan {n} indikator RPJMD; "
        f"{ada} di antaranya dapat dihitung capaiannya dari buku kerja OPD pengukurnya.",
        indent=True,
    )
    d.tabel(_tabel_capaian(rp))
    for s, rr in rp.sasaran:
        if rr.persen is None:
            w.p(
                f"Sasaran \u201c{s}\u201d: belum ada indikator yang dapat dihitung capaiannya.",
                indent=True,
            )
            continue
        w.p(
            f"Sasaran {s} diukur dengan {rr.jumlah} indikator yang dapat dihitung, dengan "
            f"rata-rata capaian {persen(rr.persen)} ({rr.kategori}).",
            indent=True,
        )
    d.tabel(_tabel_sasaran(rp))
    data = [(s, bulat(rr.persen, 2)) for s, rr in rp.sasaran if rr.persen is not None]
    d.grafik(_ganti(grafik.grafik_capaian(data), "Sasaran"), "Rata-rata Capaian per Sasaran RPJMD")
    d.tabel(_tabel_banding(rp))
    d.tabel(_tabel_faktor(rp))
    d.tabel(_tabel_opd(rp))
    opd = [(nama, x.rata_capaian) for nama, x in _per_opd(rp) if x.rata_capaian is not None]
    d.grafik(_ganti(grafik.grafik_capaian(opd), "OPD"), "Rata-rata Capaian per OPD")
    if rp.cocok.tak_cocok:
        d.tabel(_tabel_tak_cocok(rp))
    w.judul("B. Akuntabilitas Keuangan")
    d.tabel(_tabel_efisiensi(rp))
    serapan = []
    for nama, x in _per_opd(rp):
        a = sum((p.anggaran for p in x.program), Decimal(0))
        r = sum((p.realisasi for p in x.program), Decimal(0))
        serapan.append((nama, serapan_persen(a, r)))
    d.grafik(_ganti(grafik.grafik_serapan(serapan), "OPD"), "Serapan Anggaran per OPD")


def _awal(d: _Dokumen, rp: RekapPemda) -> None:
    w, pr = d.w, rp.pemda.profil
    for _ in range(3):
        w.p()
    w.p("LAPORAN KINERJA", rata="tengah", tebal=True, ukuran=20, spasi=1.15)
    w.p("INSTANSI PEMERINTAH", rata="tengah", tebal=True, ukuran=16, spasi=1.15)
    w.p(f"TAHUN {pr.get('tahun') or ''}", rata="tengah", tebal=True, ukuran=16, spasi=1.15)
    for _ in range(6):
        w.p()
    w.p(str(pr.get("nama_pemda") or "").upper(), rata="tengah", tebal=True, ukuran=16)
    w.p(str(pr.get("tempat_tanggal") or ""), rata="tengah", ukuran=11)
    w.bagian_baru("lowerRoman", 1)
    w.daftar(
        "DAFTAR ISI",
        'TOC \\o "1-3" \\h \\z \\u',
        "Daftar isi terisi saat dokumen diperbarui (di Word: klik kanan > Perbarui Bidang).",
    )
    w.daftar(
        "DAFTAR TABEL", 'TOC \\h \\z \\c "Tabel"', "Daftar tabel terisi saat dokumen diperbarui."
    )
    w.daftar(
        "DAFTAR GAMBAR", 'TOC \\h \\z \\c "Gambar"', "Daftar gambar terisi saat dokumen diperbarui."
    )


def _bab1_2(d: _Dokumen, rp: RekapPemda) -> None:
    w, pr = d.w, rp.pemda.profil
    w.bagian_baru("decimal", 1)
    w.judul1("BAB I", "PENDAHULUAN")
    nama, tahun = pr.get("nama_pemda") or "", pr.get("tahun") or ""
    w.p(
        f"Laporan Kinerja Instansi Pemerintah (LKjIP) {nama} Tahun {tahun} disusun dari Laporan "
        f"Kinerja {len(rp.cocok.opd)} Organisasi Perangkat Daerah (OPD) dari "
        f"{len(rp.pemda.opd)} OPD yang terdaftar, sebagai pertanggungjawaban atas pencapaian "
        "sasaran Rencana Pembangunan Jangka Menengah Daerah (RPJMD).",
        indent=True,
    )
    for label, kunci in (
        ("Kepala Daerah", "nama_kepala"),
        ("Wakil Kepala Daerah", "nama_wakil"),
        ("Periode RPJMD", "periode_rpjmd"),
        ("Visi", "visi"),
    ):
        if pr.get(kunci):
            w.p(f"{label}: {pr[kunci]}", rata="kiri")
    w.judul1("BAB II", "PERENCANAAN KINERJA")
    w.p(
        f"RPJMD menetapkan {len(rp.sasaran)} sasaran dengan {len(rp.cocok.capaian)} indikator; "
        "setiap indikator diukur oleh OPD yang tercantum.",
        indent=True,
    )
    d.tabel(_tabel_rpjmd(rp))


def _bab4(d: _Dokumen, rp: RekapPemda) -> None:
    w, pr = d.w, rp.pemda.profil
    w.judul1("BAB IV", "PENUTUP")
    hitung: dict[str, int] = {k: 0 for k in rp.cocok.skala.nama_kategori}
    for cp in rp.cocok.capaian:
        if cp.kategori:
            hitung[cp.kategori] += 1
    rinci = ", ".join(f"{v} {k}" for k, v in hitung.items() if v)
    ada = sum(hitung.values())
    w.p(
        f"Dari {len(rp.cocok.capaian)} indikator RPJMD, {ada} dapat dihitung capaiannya"
        + (f": {rinci}." if rinci else "."),
        indent=True,
    )
    belum = len(rp.cocok.capaian) - ada
    if belum:
        w.p(
            f"{belum} indikator belum dapat dihitung; datanya perlu dilengkapi oleh OPD "
            "pengukurnya atau kodenya dicocokkan di buku kerja Pemda.",
            indent=True,
        )
    w.p()
    for teks, tebal in (
        (pr.get("tempat_tanggal") or "", False),
        (f"{pr.get('jabatan_kepala') or 'Kepala Daerah'},", True),
    ):
        w.p(str(teks), gaya="Tanda Tangan", tebal=tebal, spasi=1.15)
    for _ in range(3):
        w.p(gaya="Tanda Tangan")
    w.p(str(pr.get("nama_kepala") or ""), gaya="Tanda Tangan", tebal=True)


def tulis_lkjip(rp: RekapPemda, tujuan: Path) -> Path:
    """Write the Pemda's LKjIP draft (.docx); the file appears whole or not at all."""
    d = _Dokumen()
    _awal(d, rp)
    _bab1_2(d, rp)
    _bab3(d, rp)
    _bab4(d, rp)
    d.w.pengaturan()
    return d.simpan(tujuan)
