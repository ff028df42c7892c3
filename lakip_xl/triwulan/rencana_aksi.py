"""The Rencana Aksi of the Perjanjian Kinerja (PermenPANRB 53/2014) and its quarterly
monitoring, as a table model: target and realisasi per quarter, capaian against them, and
the monitoring band the office chose in Profil."""

from __future__ import annotations

from lakip_xl.buku import layout as L
from lakip_xl.calc.capaian import hitung_capaian
from lakip_xl.calc.kategori import Skala
from lakip_xl.calc.triwulan import TRIWULAN, akumulasi, pita_monitoring
from lakip_xl.hitung import Hasil, HasilIndikator
from lakip_xl.triwulan.e81 import KUNCI_TW, jenis_akumulasi, tanda_tangan
from lakip_xl.triwulan.model import (
    CATATAN_BELUM,
    KOSONG,
    Dokumen,
    Kepala,
    Sel,
    sel_capaian,
    sel_k,
)

JUMLAH_KOLOM = 21
KUNCI_TARGET_TW = ("target_tw1", "target_tw2", "target_tw3", "target_tw4")


def kepala_rencana_aksi(tahun: object, tw: int) -> tuple[list[Kepala], int]:
    """Two header rows and a row numbering the columns."""
    k = [
        Kepala(0, 0, "No", 2),
        Kepala(0, 1, "Sasaran", 2),
        Kepala(0, 2, "Indikator Kinerja", 2),
        Kepala(0, 3, "Satuan", 2),
        Kepala(0, 4, f"Target {tahun or 'Tahun'}", 2),
        Kepala(0, 5, "Target Triwulan", 1, 4),
        Kepala(0, 9, "Realisasi Triwulan", 1, 4),
        Kepala(0, 13, "Capaian s.d. Triwulan thd Target s.d. Triwulan (%)", 1, 4),
        Kepala(0, 17, f"Realisasi s.d. TW {TRIWULAN[tw - 1]}", 2),
        Kepala(0, 18, f"Capaian thd Target {tahun or 'Tahun'} (%)", 2),
        Kepala(0, 19, f"Monitoring TW {TRIWULAN[tw - 1]}", 2),
        Kepala(0, 20, "Keterangan", 2),
    ]
    for awal in (5, 9, 13):
        for i, t in enumerate(TRIWULAN):
            k.append(Kepala(1, awal + i, t))
    k.extend(Kepala(2, c, str(c + 1)) for c in range(JUMLAH_KOLOM))
    return k, 3


def baris_indikator(hasil: Hasil, h: HasilIndikator, tw: int, pita: Skala) -> list[Sel]:
    """One indikator's line: quarters up to `tw`, capaian of each quarter against the
    target up to that quarter (both accumulated the indikator's way), the year's capaian and
    the monitoring band of quarter `tw`."""
    jenis = jenis_akumulasi(h)
    rumus = hasil.rumus_negatif
    nilai = [h[k] for k in KUNCI_TW]
    target = [h[k] for k in KUNCI_TARGET_TW]
    row = [KOSONG] * JUMLAH_KOLOM
    row[1] = Sel(h["sasaran"])
    row[2] = Sel(h["indikator"])
    row[3] = Sel(h["satuan"], "tengah")
    row[4] = sel_k(h["target"], belum=False)
    capaian_tw = None
    for q in range(1, 5):
        row[4 + q] = sel_k(target[q - 1], belum=False)
        if q > tw:
            continue
        row[8 + q] = sel_k(nilai[q - 1])
        c = hitung_capaian(
            akumulasi(target, jenis, q), akumulasi(nilai, jenis, q), h.polaritas, rumus
        )
        row[12 + q] = sel_capaian(c)
        capaian_tw = c
    r = akumulasi(nilai, jenis, tw)
    row[17] = sel_k(r)
    row[18] = sel_capaian(hitung_capaian(h["target"], r, h.polaritas, rumus))
    if capaian_tw is not None and capaian_tw.persen is not None:
        row[19] = Sel(pita.kategori(capaian_tw.persen), "tengah")
    else:
        row[19] = Sel(sel_capaian(capaian_tw).nilai if capaian_tw else "-", "tengah")
    row[20] = Sel(h["keterangan"])
    return row


def _kelompok(hasil: Hasil) -> list[tuple[str, list[HasilIndikator]]]:
    """Indikator per pejabat, in the order of the Perjanjian Kinerja sheet, then the rest."""
    per = hasil.per("penanggung_jawab")
    urut = [str(b["penanggung_jawab"]) for b in hasil.buku.rows("Perjanjian Kinerja")]
    kunci = {L.normal(k): k for k in per}
    keluar = []
    for pj in urut:
        k = kunci.pop(L.normal(pj), None)
        if k is not None:
            keluar.append((k, per[k]))
    keluar.extend((k, per[k]) for k in kunci.values())
    return keluar


def susun_rencana_aksi(hasil: Hasil, tw: int) -> Dokumen:
    """The Rencana Aksi with its monitoring up to quarter `tw` (1-4)."""
    if tw not in (1, 2, 3, 4):
        raise ValueError(f"triwulan {tw} tidak ada; pilih 1, 2, 3 atau 4")
    p = hasil.buku.profil
    try:
        pita = pita_monitoring(p.get("pita_monitoring"))
    except ValueError:
        pita = pita_monitoring(None)
    pejabat = {L.normal(b["penanggung_jawab"]): b for b in hasil.buku.rows("Perjanjian Kinerja")}
    kepala, tinggi = kepala_rencana_aksi(p.get("tahun"), tw)
    baris: list[list[Sel]] = []
    bagian: set[int] = set()
    nomor = 0
    for pj, daftar in _kelompok(hasil):
        b = pejabat.get(L.normal(pj))
        nama = f" - {b['nama']}" if b is not None and b["nama"] else ""
        bagian.add(len(baris))
        baris.append([Sel(f"Penanggung Jawab: {pj}{nama}", tebal=True)] + [KOSONG] * 20)
        for h in daftar:
            nomor += 1
            row = baris_indikator(hasil, h, tw, pita)
            row[0] = Sel(str(nomor), "tengah")
            baris.append(row)
    pita_teks = "; ".join(f"{r.nama}: {r.uraian}" for r in pita.rentang)
    return Dokumen(
        "Rencana Aksi",
        [
            "RENCANA AKSI DAN MONITORING CAPAIAN PERJANJIAN KINERJA",
            " ".join(str(x) for x in (p.get("nama_instansi"), p.get("pemerintah_daerah")) if x),
        ],
        [
            f"Tahun {p.get('tahun') or ''}, keadaan s.d. Triwulan {TRIWULAN[tw - 1]}".replace(
                "Tahun ,", "Keadaan"
            )
        ],
        kepala,
        tinggi,
        [4, 22, 30, 9, 9] + [7] * 12 + [10, 10, 14, 18],
        baris,
        [],
        4,
        [
            CATATAN_BELUM,
            "- tidak dapat dihitung (target triwulan kosong atau 0).",
            "Capaian triwulan = realisasi s.d. triwulan itu terhadap target s.d. triwulan itu, "
            "keduanya menurut Akumulasi TW indikator (Jumlah, Nilai Akhir atau Rata-rata); "
            "indikator Negatif memakai rumus polaritas negatif di Profil.",
            f"Monitoring ({pita.nama}): {pita_teks}.",
        ],
        tanda_tangan(hasil, False),
        bagian,
    )
