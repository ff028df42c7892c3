"""Matching: each Pemda indikator filled from the OPD workbooks by (OPD, code), never by name;
what each OPD measured, the combined realisasi by the indikator's rule, its capaian, and what
cannot be matched (listed, never guessed). Pure functions over small per-OPD data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from lakip_xl.buku.layout import normal
from lakip_xl.buku.saran import pilihan_terdekat
from lakip_xl.calc.angka import bulat
from lakip_xl.calc.capaian import Capaian, Status, hitung_capaian
from lakip_xl.calc.gabung import Gabung, gabungkan
from lakip_xl.calc.kategori import Skala, skala
from lakip_xl.calc.triwulan import TRIWULAN
from lakip_xl.hitung import Hasil
from lakip_xl.rekap.hasil import HasilOpd
from lakip_xl.rekap.pemda import BukuPemda, IndikatorPemda, Pengukur


@dataclass(frozen=True)
class IndikatorOPD:
    """One indikator of an OPD workbook as computed by `hitung` (what the Pemda recap uses)."""

    kode: str
    indikator: str
    satuan: str
    polaritas: str
    target: Decimal | None
    realisasi: Decimal | None
    target_lalu: Decimal | None
    realisasi_lalu: Decimal | None
    capaian: Decimal | None  # exact; None with `status` saying why
    status: str  # calc.capaian.Status value
    capaian_lalu: Decimal | None
    keterangan: str = ""


@dataclass(frozen=True)
class ProgramOPD:
    """One Program of an OPD's Anggaran sheet with its rolled-up amounts."""

    kode: str
    uraian: str
    anggaran: Decimal
    realisasi: Decimal


@dataclass(frozen=True)
class FaktorOPD:
    """The OPD's own factor texts: Evaluasi Triwulan of the last triwulan it typed."""

    triwulan: str
    pendukung: str
    penghambat: str
    upaya: str


@dataclass(frozen=True)
class DataOPD:
    """What the Pemda recap needs of one OPD workbook: small and picklable (no Buku inside)."""

    nama: str
    tahun: int | None
    berkas: str
    indikator: tuple[IndikatorOPD, ...]
    program: tuple[ProgramOPD, ...]
    faktor: FaktorOPD | None
    rata_capaian: Decimal | None  # the workbook's own overall average (its Ringkasan's)
    jumlah_rata: int
    anggaran: Decimal
    realisasi_anggaran: Decimal

    def cari(self, kode: str) -> IndikatorOPD | None:
        """The indikator with this Kode (case and spacing ignored)."""
        n = normal(kode)
        return next((i for i in self.indikator if normal(i.kode) == n), None)


def _t(v: object) -> str:
    return "" if v is None else str(v).strip()


def _faktor(baris: Sequence[tuple[object, ...]]) -> FaktorOPD | None:
    """(triwulan, pendorong, penghambat, tindak lanjut renja, tindak lanjut tw) rows -> the
    texts of the last triwulan that holds any."""
    terakhir: tuple[str, list[str]] | None = None
    for tw, *isi in baris:
        teks = [_t(x) for x in isi]
        if (
            tw in TRIWULAN
            and any(teks)
            and (terakhir is None or TRIWULAN.index(tw) >= TRIWULAN.index(terakhir[0]))
        ):
            terakhir = (str(tw), teks)
    if terakhir is None:
        return None
    tw, (dorong, hambat, renja, lanjut) = terakhir
    return FaktorOPD(tw, dorong, hambat, renja or lanjut)


def data_opd(hasil: Hasil, berkas: str = "") -> DataOPD:
    """The Pemda recap's data of one computed OPD workbook, from `hitung`'s Hasil."""
    ind = tuple(
        IndikatorOPD(
            _t(h["kode"]),
            _t(h["indikator"]),
            _t(h["satuan"]),
            h.polaritas.value,
            h["target"],
            h["realisasi"],
            h["target_lalu"],
            h["realisasi_lalu"],
            h.capaian.persen,
            h.capaian.status.value,
            h.capaian_lalu.persen,
            _t(h["keterangan"]),
        )
        for h in hasil.indikator
        if h["kode"]
    )
    kode = {b.nomor: _t(b["kode"]) for b in hasil.buku.rows("Anggaran")}
    prog = tuple(
        ProgramOPD(kode.get(s.baris.ref, ""), s.baris.uraian, s.anggaran, s.realisasi)  # type: ignore[arg-type]
        for s in hasil.anggaran.program
    )
    rr = hasil.rata_semua
    profil = hasil.buku.profil
    return DataOPD(
        _t(profil.get("nama_instansi")),
        profil.get("tahun"),
        berkas,
        ind,
        prog,
        _faktor(
            [
                (
                    b["triwulan"],
                    b["pendorong"],
                    b["penghambat"],
                    b["tindak_lanjut_renja"],
                    b["tindak_lanjut_tw"],
                )
                for b in hasil.buku.rows("Evaluasi Triwulan")
            ]
        ),
        rr.persen,
        rr.jumlah,
        hasil.anggaran.anggaran,
        hasil.anggaran.realisasi,
    )


def _dec(v: object) -> Decimal | None:
    return v if isinstance(v, Decimal) else Decimal(v) if isinstance(v, int) else None


def dari_hasil_opd(h: HasilOpd) -> DataOPD:
    """The same data from the recap's per-OPD result (`rekap.hasil.HasilOpd`)."""
    ind = []
    for i in h.indikator:
        if not i.kode:
            continue
        cap = _dec(i.capaian)
        status = (
            Status.BERGALAT
            if i.bergalat
            else Status.ADA
            if cap is not None
            else Status.BELUM_TERSEDIA
            if i.realisasi is None
            else Status.TIDAK_DAPAT_DIHITUNG
        )
        ind.append(
            IndikatorOPD(
                _t(i.kode),
                _t(i.indikator),
                _t(i.satuan),
                i.polaritas,
                _dec(i.target),
                _dec(i.realisasi),
                _dec(i.target_lalu),
                _dec(i.realisasi_lalu),
                cap,
                status.value,
                _dec(i.capaian_lalu),
                _t(i.keterangan),
            )
        )
    prog = tuple(ProgramOPD(_t(a.kode), a.uraian, a.anggaran, a.realisasi) for a in h.program)
    faktor = _faktor(
        [
            (f.triwulan, f.pendorong, f.penghambat, f.tindak_lanjut_renja, f.tindak_lanjut_tw)
            for f in h.faktor
        ]
    )
    r = h.ringkasan
    return DataOPD(
        h.nama,
        h.tahun,
        h.berkas,
        tuple(ind),
        prog,
        faktor,
        r.rata.persen,
        r.rata.jumlah,
        r.anggaran or Decimal(0),
        r.realisasi or Decimal(0),
    )


# --- matching ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ukur:
    """One OPD's measure of a Pemda indikator; `realisasi` None unless it was matched and typed."""

    opd: str
    kode_opd: str
    cocok: bool  # the OPD's workbook was found and holds the code
    alasan: str  # why not matched or not usable ("" when usable)
    indikator: IndikatorOPD | None = None
    berkas: str = ""

    @property
    def realisasi(self) -> Decimal | None:
        return None if self.indikator is None or self.alasan else self.indikator.realisasi


@dataclass(frozen=True)
class TakCocok:
    """What the recap could not match, held back: the Pemda's cell, what, and a suggestion."""

    sheet: str
    sel: str
    kode: str  # the Pemda indikator code ("" for a workbook whose OPD is not in the list)
    opd: str
    kode_opd: str
    alasan: str
    saran: str = ""

    def __str__(self) -> str:
        tempat = f"Sheet '{self.sheet}' sel {self.sel}: " if self.sel else ""
        saran = f" ({self.saran})" if self.saran else ""
        return f"{tempat}{self.alasan}{saran}"


@dataclass
class CapaianPemda:
    """One Pemda indikator: each OPD's measure, the combined realisasi, its capaian."""

    ind: IndikatorPemda
    ukur: list[Ukur]
    realisasi: Decimal | None
    capaian: Capaian
    kategori: str | None
    capaian_lalu: Capaian
    catatan: str = ""  # why the realisasi was not combined


@dataclass
class Cocokan:
    """The Pemda's workbook against the OPD data: per indikator, and what was not matched."""

    pemda: BukuPemda
    skala: Skala
    capaian: list[CapaianPemda]
    tak_cocok: list[TakCocok] = field(default_factory=list)
    opd: dict[str, DataOPD] = field(default_factory=dict)  # list name -> its data


def peta_opd(bp: BukuPemda, data: Sequence[DataOPD]) -> tuple[dict[str, DataOPD], list[TakCocok]]:
    """OPD list name -> its workbook's data, by Nama Instansi or alias; workbooks whose name is
    in neither, and OPD found in two workbooks, are listed (a close name only as a suggestion)."""
    hasil: dict[str, DataOPD] = {}
    dua: dict[str, list[str]] = {}
    tak: list[TakCocok] = []
    daftar = [o.nama for o in bp.opd]
    for d in data:
        nama = bp.nama_opd(d.nama)
        if nama is None:
            dekat = pilihan_terdekat(d.nama, daftar)
            saran = (
                f"mungkin '{dekat}': tulis '{d.nama}' di sheet Alias OPD bila benar"
                if dekat
                else "tambahkan di sheet OPD atau Alias OPD"
            )
            alasan = (
                f"Nama Instansi '{d.nama}' di berkas '{d.berkas}' tidak ada di sheet OPD "
                "maupun Alias OPD"
            )
            tak.append(TakCocok("OPD", "", "", d.nama, "", alasan, saran))
            continue
        if nama in hasil:
            dua.setdefault(nama, [hasil[nama].berkas]).append(d.berkas)
            continue
        hasil[nama] = d
    for nama, berkas in dua.items():
        del hasil[nama]
        alasan = (
            f"OPD '{nama}' ada di {len(berkas)} berkas ({', '.join(berkas)}); "
            "tidak ada yang dipakai"
        )
        tak.append(
            TakCocok("OPD", "", "", nama, "", alasan, "sisakan satu berkas per OPD di folder")
        )
    return hasil, tak


def _ukur(
    p: Pengukur, ind: IndikatorPemda, opd: dict[str, DataOPD], ganda: set[str]
) -> tuple[Ukur, TakCocok | None]:
    s = "Indikator RPJMD"
    d = opd.get(p.opd)
    if d is None:
        sebab = (
            "ada di lebih dari satu berkas"
            if p.opd in ganda
            else "tidak ditemukan di antara buku kerja yang terbaca"
        )
        alasan = f"indikator {ind.kode}: buku kerja OPD '{p.opd}' {sebab}"
        return Ukur(p.opd, p.kode_opd, False, "OPD tidak ditemukan"), TakCocok(
            s, p.sel, ind.kode, p.opd, p.kode_opd, alasan
        )
    i = d.cari(p.kode_opd)
    if i is None:
        dekat = pilihan_terdekat(ind.indikator, [x.indikator for x in d.indikator])
        saran = ""
        if dekat:
            kode = next(x.kode for x in d.indikator if x.indikator == dekat)
            saran = f"indikator bernama mirip di OPD itu: {kode} '{dekat}'; periksa kodenya"
        alasan = (
            f"indikator {ind.kode}: kode '{p.kode_opd}' tidak ada di sheet Indikator buku "
            f"kerja '{d.berkas}' ({p.opd})"
        )
        return Ukur(p.opd, p.kode_opd, False, "kode tidak ditemukan", berkas=d.berkas), TakCocok(
            s, p.sel, ind.kode, p.opd, p.kode_opd, alasan, saran
        )
    if i.status == Status.BERGALAT.value:
        return Ukur(p.opd, p.kode_opd, True, "baris indikator OPD bergalat", i, d.berkas), None
    if i.realisasi is None:
        return Ukur(p.opd, p.kode_opd, True, "realisasi belum tersedia", i, d.berkas), None
    return Ukur(p.opd, p.kode_opd, True, "", i, d.berkas), None


def _gabung(ind: IndikatorPemda, ukur: list[Ukur]) -> tuple[Decimal | None, str]:
    """The combined realisasi, or None with the reason: only complete data is combined."""
    if not ukur:
        return None, "belum ada OPD pengukur"
    dipakai = ukur[:1] if ind.gabung is Gabung.UTAMA or len(ukur) == 1 else ukur
    kurang = [u for u in dipakai if u.realisasi is None]
    if kurang:
        sebab = "; ".join(f"{u.opd}: {u.alasan}" for u in kurang)
        return None, f"realisasi tidak digabung ({sebab})"
    return gabungkan([u.realisasi for u in dipakai], ind.gabung), ""  # type: ignore[misc]


def _lalu(bp: BukuPemda, ind: IndikatorPemda) -> Capaian:
    if ind.capaian_lalu is not None:
        return Capaian(ind.capaian_lalu, Status.ADA)
    return hitung_capaian(ind.target_lalu, ind.realisasi_lalu, ind.polaritas, bp.rumus_negatif)


def cocokkan(bp: BukuPemda, data: Sequence[DataOPD]) -> Cocokan:
    """Fill every Pemda indikator from the OPD data by (OPD, code) and compute its capaian."""
    sk = skala(bp.profil.get("skala"))
    opd, tak = peta_opd(bp, data)
    ganda = {t.opd for t in tak if t.kode == "" and "berkas (" in t.alasan}
    hasil: list[CapaianPemda] = []
    for ind in bp.indikator:
        ukur: list[Ukur] = []
        for p in ind.pengukur:
            u, t = _ukur(p, ind, opd, ganda)
            ukur.append(u)
            if t is not None:
                tak.append(t)
        real, catatan = _gabung(ind, ukur)
        cap = hitung_capaian(ind.target, real, ind.polaritas, bp.rumus_negatif)
        if real is None and ind.target is not None and catatan:
            cap = Capaian(None, Status.BELUM_TERSEDIA, catatan)
        kat = sk.kategori(cap.persen) if cap.persen is not None else None
        hasil.append(CapaianPemda(ind, ukur, real, cap, kat, _lalu(bp, ind), catatan))
    return Cocokan(bp, sk, hasil, tak, opd)


def persen_tampil(c: Capaian) -> Decimal | None:
    """A capaian as the tables print it (2 decimals, Excel rounding)."""
    return None if c.persen is None else bulat(c.persen, 2)
