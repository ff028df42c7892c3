"""One computed workbook (`Hasil`) reduced to the recap's `HasilOpd`, figure for figure as its
Ringkasan sheet states them."""

from __future__ import annotations

from decimal import Decimal

from lakip_xl.buku import layout as L
from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Status
from lakip_xl.calc.rata import RataRata
from lakip_xl.calc.skm import mutu
from lakip_xl.hitung import Hasil, HasilIndikator, _persen_sel, isian_hitung, ringkasan
from lakip_xl.rekap.hasil import (
    AnggaranOpd,
    FaktorOpd,
    HasilOpd,
    IndikatorOpd,
    RataOpd,
    RingkasanOpd,
)

JENIS_OPD: tuple[tuple[str, str], ...] = (
    # (how the name starts, normalised; the jenis shown)
    ("sekretariat daerah", "Sekretariat Daerah"),
    ("sekretariat dprd", "Sekretariat DPRD"),
    ("sekretariat dewan", "Sekretariat DPRD"),
    ("dinas", "Dinas"),
    ("badan", "Badan"),
    ("kecamatan", "Kecamatan"),
    ("kelurahan", "Kelurahan"),
    ("inspektorat", "Inspektorat"),
    ("satuan polisi", "Satuan Polisi Pamong Praja"),
    ("satpol", "Satuan Polisi Pamong Praja"),
    ("rumah sakit", "Rumah Sakit"),
    ("rsud", "Rumah Sakit"),
    ("biro", "Biro"),
    ("bagian", "Bagian"),
    ("bidang", "Bidang"),
    ("kantor", "Kantor"),
    ("uptd", "UPTD"),
    ("upt", "UPTD"),
    ("puskesmas", "Puskesmas"),
    ("sekretariat", "Sekretariat"),
)
JABATAN_OPD: tuple[tuple[str, str], ...] = (
    ("camat", "Kecamatan"),
    ("lurah", "Kelurahan"),
    ("kepala dinas", "Dinas"),
    ("kepala badan", "Badan"),
    ("inspektur", "Inspektorat"),
    ("sekretaris daerah", "Sekretariat Daerah"),
    ("sekretaris dprd", "Sekretariat DPRD"),
    ("kepala bagian", "Bagian"),
    ("kepala biro", "Biro"),
    ("direktur", "Rumah Sakit"),
)
LAINNYA = "Lainnya"


def jenis_opd(nama: str | None, jabatan: str | None = None) -> str:
    """The kind of office: from the start of its name (Dinas ..., Kecamatan ...), else from
    the head's title (Camat ..., Kepala Dinas ...), else 'Lainnya'."""
    for teks, daftar in ((nama, JENIS_OPD), (jabatan, JABATAN_OPD)):
        t = L.normal(teks or "")
        for awal, jenis in daftar:
            if t == awal or t.startswith(awal + " "):
                return jenis
    return LAINNYA


def _teks(v: object) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _indikator(h: HasilIndikator) -> IndikatorOpd:
    b = h.baris
    return IndikatorOpd(
        nomor=b.nomor,
        kode=_teks(b["kode"]),
        tingkat=_teks(b["tingkat"]),
        penanggung_jawab=_teks(b["penanggung_jawab"]),
        sasaran=_teks(b["sasaran"]),
        indikator=_teks(b["indikator"]),
        satuan=_teks(b["satuan"]),
        polaritas=h.polaritas.value,
        iku=L.normal(b["iku"] or "") == "ya",
        target=b["target"],
        realisasi=b["realisasi"],
        target_lalu=b["target_lalu"],
        realisasi_lalu=b["realisasi_lalu"],
        capaian=_persen_sel(h.capaian),  # the Capaian (%) cell, as `hitung` writes it
        capaian_lalu=_persen_sel(h.capaian_lalu) if b["target_lalu"] is not None else None,
        kategori=h.kategori or h.capaian.status.value,
        kode_anggaran=_teks(b["kode_anggaran"]),
        keterangan=_teks(b["keterangan"]),
        bergalat=h.capaian.status is Status.BERGALAT,
    )


def _anggaran(hasil: Hasil) -> tuple[AnggaranOpd, ...]:
    hasil_baris = []
    for b in hasil.buku.rows("Anggaran"):
        s = hasil.anggaran_baris.get(b.nomor)
        if s is None:
            continue
        sp = s.serapan
        hasil_baris.append(
            AnggaranOpd(
                nomor=b.nomor,
                kode=_teks(b["kode"]),
                jenis=s.baris.jenis.value,
                uraian=s.baris.uraian,
                anggaran=s.anggaran,
                realisasi=s.realisasi,
                serapan=bulat(sp, 2) if sp is not None else None,
                sisa=s.sisa,
            )
        )
    return tuple(hasil_baris)


def _faktor(hasil: Hasil) -> tuple[FaktorOpd, ...]:
    if "Evaluasi Triwulan" not in hasil.buku.tabel:
        return ()
    return tuple(
        FaktorOpd(
            _teks(b["triwulan"]),
            _teks(b["pendorong"]),
            _teks(b["penghambat"]),
            _teks(b["tindak_lanjut_tw"]),
            _teks(b["tindak_lanjut_renja"]),
        )
        for b in hasil.buku.rows("Evaluasi Triwulan")
    )


def _rata(judul: str, rr: RataRata) -> RataOpd:
    """An average as `hitung.ringkasan` prints it (rounded to 2 places)."""
    return RataOpd(
        judul=judul,
        persen=bulat(rr.persen, 2) if rr.persen is not None else None,
        kategori=rr.kategori,
        jumlah=rr.jumlah,
        dikecualikan=rr.dikecualikan,
        bergalat=rr.bergalat,
    )


def _ringkasan(hasil: Hasil) -> RingkasanOpd:
    """The Ringkasan figures, from the same `Hasil` properties `hitung.ringkasan` reads."""
    semua = hasil.rata_semua
    a = hasil.anggaran
    ada_anggaran = bool(a.simpul)
    ikm = hasil.skm.ikm
    if ikm is not None:
        nilai_ikm: Decimal | None = ikm.konversi_tampil
        m = ikm.mutu
    elif hasil.ikm_tahun is not None:
        nilai_ikm, m = hasil.ikm_tahun, mutu(hasil.ikm_tahun)
    else:
        nilai_ikm, m = None, None
    galat = sum(1 for x in hasil.masalah if x.galat)
    return RingkasanOpd(
        dasar=hasil.dasar_keseluruhan,
        rata=_rata(
            f"Rata-rata capaian seluruh indikator (%), dasar: {hasil.dasar_keseluruhan}", semua
        ),
        per_tingkat=tuple(
            _rata(f"Rata-rata capaian {t} (%)", hasil.rata(d))
            for t, d in hasil.per("tingkat").items()
        ),
        skala=hasil.skala.nama,
        per_kategori=tuple(semua.per_kategori.items()),
        belum_tersedia=semua.belum_tersedia,
        tanpa_target=semua.tidak_dapat_dihitung,
        anggaran=a.anggaran if ada_anggaran else None,
        realisasi=a.realisasi if ada_anggaran else None,
        serapan=bulat(a.serapan, 2) if ada_anggaran and a.serapan is not None else None,
        sisa=a.sisa if ada_anggaran else None,
        ikm=nilai_ikm,
        mutu=f"{m.huruf} ({m.kinerja})" if m is not None else None,
        galat=galat,
        peringatan=len(hasil.masalah) - galat,
        baris=tuple(ringkasan(hasil)),
    )


def baris_dihitung(hasil: Hasil) -> int:
    """How many rows `lakip hitung` gives computed cells (every table sheet)."""
    return sum(len({r for r, _ in isian}) for isian in isian_hitung(hasil).values())


def ringkas(hasil: Hasil, path: str, berkas: str) -> HasilOpd:
    """The recap's record of one computed workbook."""
    p = hasil.buku.profil
    nama = _teks(p.get("nama_instansi")) or berkas
    tahun = p.get("tahun")
    return HasilOpd(
        berkas=berkas,
        path=path,
        nama=nama,
        jenis=jenis_opd(nama, _teks(p.get("jabatan_pimpinan"))),
        tahun=tahun if isinstance(tahun, int) else None,
        pemerintah_daerah=_teks(p.get("pemerintah_daerah")),
        indikator=tuple(_indikator(h) for h in hasil.indikator),
        anggaran=_anggaran(hasil),
        faktor=_faktor(hasil),
        ringkasan=_ringkasan(hasil),
        baris_dihitung=baris_dihitung(hasil),
        galat=tuple(str(m) for m in hasil.masalah if m.galat),
        rumus_negatif=hasil.rumus_negatif.value if hasattr(hasil.rumus_negatif, "value") else "",
    )
