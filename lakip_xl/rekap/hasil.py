"""What the recap keeps of one OPD workbook: small, frozen, picklable (never the workbook).

`HasilOpd` is built in a worker process from the same `Hasil` that `lakip hitung` writes into
the workbook (its Ringkasan rows are kept verbatim); the main process only ever holds these.
`Lembar` is a sheet of the recap's .xlsx as plain data: the recap's own sheets and any other
part (the Pemda tables) hand their sheets to the writer this way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

Nilai = Decimal | int | str | None
"""A value as a computed cell holds it (numbers as Decimal/int; '-', '*)', 'belum diisi')."""


@dataclass(frozen=True)
class IndikatorOpd:
    """One row of the Indikator sheet, as typed and as computed (capaian as its cell shows it:
    a Decimal rounded to 2 places, '*)' when the realisasi is not yet available, '-' when it
    cannot be computed)."""

    nomor: int  # row on the Indikator sheet
    kode: str | None
    tingkat: str | None
    penanggung_jawab: str | None
    sasaran: str | None
    indikator: str | None
    satuan: str | None
    polaritas: str  # "Positif" / "Negatif" (as computed)
    iku: bool
    target: Nilai
    realisasi: Nilai
    target_lalu: Nilai
    realisasi_lalu: Nilai
    capaian: Nilai
    capaian_lalu: Nilai  # None when no Target Tahun Lalu was typed
    kategori: str | None  # the Kategori cell (a band, or the reason there is none)
    kode_anggaran: str | None
    keterangan: str | None
    bergalat: bool  # the row holds an error: out of every average and count


@dataclass(frozen=True)
class AnggaranOpd:
    """One Program / Kegiatan / Sub Kegiatan row of the Anggaran sheet with its computed
    amounts (a row with children carries their sum, as the Jumlah columns show)."""

    nomor: int
    kode: str | None
    jenis: str  # "Program", "Kegiatan", "Sub Kegiatan"
    uraian: str
    anggaran: Decimal
    realisasi: Decimal
    serapan: Decimal | None  # % rounded to 2, None when anggaran is 0
    sisa: Decimal  # anggaran - realisasi (efisiensi in Rupiah)


@dataclass(frozen=True)
class FaktorOpd:
    """One row of the Evaluasi Triwulan sheet (the OPD's own texts on its factors)."""

    triwulan: str | None
    pendorong: str | None
    penghambat: str | None
    tindak_lanjut_tw: str | None
    tindak_lanjut_renja: str | None


@dataclass(frozen=True)
class RataOpd:
    """An average capaian as the Ringkasan row states it."""

    judul: str  # the Ringkasan's uraian
    persen: Decimal | None  # rounded to 2 places (None: '-')
    kategori: str | None
    jumlah: int
    dikecualikan: int
    bergalat: int


@dataclass(frozen=True)
class RingkasanOpd:
    """The figures of the workbook's Ringkasan sheet, typed. Every one comes from the same
    `Hasil` properties `hitung.ringkasan` prints; `baris` is that sheet's rows verbatim."""

    dasar: str  # basis of the overall average (Profil: Dasar Rata-rata Keseluruhan)
    rata: RataOpd  # overall
    per_tingkat: tuple[RataOpd, ...]  # in sheet order
    skala: str
    per_kategori: tuple[tuple[str, int], ...]  # every band of the scale, zeros included
    belum_tersedia: int
    tanpa_target: int
    anggaran: Decimal | None  # None: the Anggaran sheet is empty ('belum diisi')
    realisasi: Decimal | None
    serapan: Decimal | None  # % rounded to 2
    sisa: Decimal | None  # efisiensi (Rp) = anggaran - realisasi
    ikm: Decimal | None  # nilai konversi
    mutu: str | None  # "A (Sangat Baik)"
    galat: int
    peringatan: int
    baris: tuple[tuple[str, Nilai, str], ...]  # the Ringkasan rows (uraian, nilai, keterangan)


@dataclass(frozen=True)
class HasilOpd:
    """One OPD workbook, computed and reduced to what the recap needs."""

    berkas: str  # file name (no folder)
    path: str  # the path as given
    nama: str  # Profil: Nama Instansi
    jenis: str  # Dinas, Badan, Kecamatan, ... (from the name)
    tahun: int | None
    pemerintah_daerah: str | None
    indikator: tuple[IndikatorOpd, ...]
    anggaran: tuple[AnggaranOpd, ...]
    faktor: tuple[FaktorOpd, ...]
    ringkasan: RingkasanOpd
    baris_dihitung: int  # rows given computed cells by `lakip hitung`
    galat: tuple[str, ...]  # every galat, as `lakip periksa` prints it (sheet, cell, text)
    rumus_negatif: str = ""

    @property
    def program(self) -> tuple[AnggaranOpd, ...]:
        """The Program rows only (Efisiensi Program dan Anggaran)."""
        return tuple(a for a in self.anggaran if a.jenis == "Program")


@dataclass(frozen=True)
class GagalOpd:
    """A file the recap could not use, with its first message (Indonesian)."""

    berkas: str
    path: str
    pesan: str
    nama: str | None = None  # the office when it could be read
    tahun: int | None = None


# --- sheets handed to the writer -----------------------------------------------------------


@dataclass(frozen=True)
class Kolom:
    """A column of a recap sheet. `jenis`: 'teks', 'bulat' (#,##0), 'uang' (#,##0),
    'persen' (#,##0.00), 'angka' (as many decimals as the value has); numbers stay numbers,
    Excel shows them 1.234,56 on an Indonesian Windows."""

    judul: str
    jenis: str = "teks"
    lebar: float = 14


@dataclass(frozen=True)
class Lembar:
    """One sheet of the recap .xlsx: the sheet name (<= 31 characters), title lines above the
    header, the header row (repeated on every printed page), the data rows, and an optional
    total row printed bold at the bottom. Landscape A4, one page wide."""

    nama: str
    judul: tuple[str, ...]
    kolom: tuple[Kolom, ...]
    baris: tuple[tuple[Nilai, ...], ...]
    jumlah: tuple[Nilai, ...] | None = None
    catatan: tuple[str, ...] = field(default_factory=tuple)  # lines under the table
