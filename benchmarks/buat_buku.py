"""Generate realistic workbooks for the benchmark, with the project's own layout (`lakip baru`).

S = the sample (LKj Kecamatan Panyipatan 2020); M = 300 indikator, 600 anggaran rows,
2.000 respondents; L = 2.000 indikator, 5.000 anggaran rows, 20.000 respondents (a whole
kabupaten in one workbook). Deterministic: the same size gives the same workbook.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from lakip_xl import operasi
from lakip_xl.buku import layout
from lakip_xl.buku.xlsx import buat_buku
from lakip_xl.contoh import data as contoh

UKURAN = {
    "M": {"indikator": 300, "anggaran": 600, "responden": 2_000, "unit": 20},
    "L": {"indikator": 2_000, "anggaran": 5_000, "responden": 20_000, "unit": 120},
}
SATUAN = ("desa", "dokumen", "kegiatan", "orang", "%", "unit", "laporan", "kali")


def data(ukuran: str) -> tuple[dict, dict, list]:
    """Profil, tables and extra tables of a workbook of the given size (M or L)."""
    u = UKURAN[ukuran]
    acak = random.Random(f"lakip-{ukuran}")
    profil = dict(contoh.PROFIL)
    profil["Nama Instansi"] = f"Pemerintah Kabupaten Uji ({ukuran})"
    profil["Dasar Rata-rata Keseluruhan"] = "Semua indikator"
    units = [f"Unit Kerja {i:03d}" for i in range(1, u["unit"] + 1)]
    sasaran = [f"Sasaran strategis nomor {i}" for i in range(1, 11)]
    tabel: dict[str, list[dict]] = {k: list(v) for k, v in contoh.TABEL.items()}
    tabel["Perjanjian Kinerja"] = [
        {
            "Penanggung Jawab": pj,
            "Tingkat": layout.TINGKAT[2 if i % 5 == 0 else 3],
            "Jumlah Program": 2,
            "Jumlah Kegiatan": 5,
            "Anggaran": 100_000_000,
        }
        for i, pj in enumerate(units)
    ]
    kode_program: list[str] = []
    anggaran = []
    nomor_p = 0
    while len(anggaran) < u["anggaran"]:
        nomor_p += 1
        kode = f"P{nomor_p:03d}"
        kode_program.append(kode)
        anggaran.append(
            {
                "Kode": kode,
                "Jenis": "Program",
                "Uraian": f"Program pembangunan bidang {nomor_p}",
                "Sasaran": acak.choice(sasaran),
                "Penanggung Jawab": acak.choice(units),
            }
        )
        for k in range(1, acak.randint(3, 8)):
            a = acak.randrange(5_000_000, 900_000_000, 1000)
            anggaran.append(
                {
                    "Kode": f"{kode}.{k}",
                    "Jenis": "Kegiatan",
                    "Uraian": f"Kegiatan {k} program {nomor_p}",
                    "Anggaran": a,
                    "Realisasi": int(a * acak.uniform(0.4, 1.0)),
                }
            )
    tabel["Anggaran"] = anggaran[: u["anggaran"]]
    indikator = []
    for i in range(1, u["indikator"] + 1):
        pj = units[i % len(units)]
        target = acak.randint(5, 500)
        negatif = i % 9 == 0
        indikator.append(
            {
                "Kode": f"K-{i:04d}",
                "Tingkat": layout.TINGKAT[0] if i <= 10 else layout.TINGKAT[2 if i % 5 == 0 else 3],
                "Penanggung Jawab": pj,
                "Sasaran": sasaran[i % len(sasaran)],
                "Indikator Kinerja": f"Persentase capaian layanan nomor {i} pada {pj}",
                "Satuan": SATUAN[i % len(SATUAN)],
                "Polaritas": "Negatif" if negatif else "Positif",
                "IKU": "Ya" if i <= 10 else "Tidak",
                "Target": target,
                "Realisasi": None if i % 97 == 0 else int(target * acak.uniform(0.5, 1.3)),
                "Target Tahun Lalu": target,
                "Realisasi Tahun Lalu": int(target * acak.uniform(0.5, 1.2)),
                "Target Akhir Renstra": int(target * 1.2),
                "Kode Anggaran": acak.choice(kode_program),
            }
        )
    tabel["Indikator"] = [{k: v for k, v in r.items() if v is not None} for r in indikator]
    tabel["Tujuan Sasaran"] = [
        {
            "No": i,
            "Tujuan": f"Tujuan {i}",
            "Sasaran": s,
            "Indikator Sasaran": f"Indikator {i}",
            "Kode Indikator": f"K-{i:04d}",
        }
        for i, s in enumerate(sasaran, 1)
    ]
    layanan = ("KTP", "KK", "IMB", "SKTM", "Rekomendasi")
    tabel["SKM"] = [
        {
            "No": i,
            "Jenis Layanan": acak.choice(layanan),
            "Jenis Kelamin": acak.choice(layout.JENIS_KELAMIN),
            "Umur": acak.randint(18, 70),
            "Pendidikan": acak.choice(layout.PENDIDIKAN),
            "Pekerjaan": "Wiraswasta",
            **{f"U{j}": acak.choice((2, 3, 3, 4, 4)) for j in range(1, 10)},
        }
        for i in range(1, u["responden"] + 1)
    ]
    tabel["Unsur SKM"] = [{"Kode": k, "Unsur Pelayanan": n} for k, n in layout.UNSUR_SKM_BAKU]
    tabel["Gambar"] = []
    return profil, tabel, list(contoh.TABEL_TAMBAHAN)


def buat(ukuran: str, tujuan: Path) -> Path:
    """Write the workbook of a size (S, M or L) to `tujuan`, computed like `lakip hitung`."""
    if ukuran == "S":
        return operasi.buat_contoh(tujuan)
    profil, tabel, tambahan = data(ukuran)
    buat_buku(tujuan, profil=profil, tabel=tabel, tambahan=tambahan)
    operasi.hitung_berkas(tujuan, cadangan=False)
    return tujuan


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("benchmarks/hasil")
    folder.mkdir(parents=True, exist_ok=True)
    for uk in ("S", "M", "L"):
        p = buat(uk, folder / f"buku-{uk}.xlsx")
        print(p, p.stat().st_size, "byte")
