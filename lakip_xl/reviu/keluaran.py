"""The kertas kerja (.xlsx: Temuan, Ringkasan, Kelengkapan, Prakiraan Pelaporan, Kertas Kerja
APIP; the one XlsxWriter module), the Word comments, and the short terminal summary."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import xlsxwriter
import xlsxwriter.exceptions

from lakip_xl.calc.format_id import angka
from lakip_xl.errors import LakipError
from lakip_xl.reviu.inti import HasilReviu
from lakip_xl.reviu.temuan import JENIS

KEPALA_TEMUAN = ("No", "Jenis", "Lokasi", "Uraian", "Tertulis", "Seharusnya", "Dasar")
ARTI_JENIS = {
    "Hitungan": "angka yang tidak sesuai masukannya (capaian, serapan, jumlah, rata-rata, IKM)",
    "Pembulatan": "angka benar tetapi dipotong, bukan dibulatkan seperti ROUND Excel",
    "Polaritas": "capaian cocok hanya dengan rumus polaritas yang lain",
    "Konsistensi": "indikator atau program yang sama dengan angka berbeda di tabel lain atau teks",
    "Kategori": "kategori (tabel atau kalimat) tidak sesuai skala yang dipakai dokumen",
    "Kelengkapan": "bagian wajib PermenPANRB 53/2014 yang tidak ditemukan",
    "Penyajian": "blok yang tercetak dua kali, kolom uraian yang kosong di semua baris",
}


Lembar = tuple[str, Sequence[str], Sequence[Sequence[object]], Sequence[int]]


def tulis_lembar(keluaran: Path, lembar: Sequence[Lembar]) -> Path:
    """Write sheets (name, header, rows, column widths) to a new .xlsx through the safe
    writer (`buku.simpan`): whole or not at all."""
    from lakip_xl.buku.simpan import tulis_aliran

    def tulis(f) -> None:
        wb = xlsxwriter.Workbook(f, {"strings_to_numbers": False, "in_memory": True})
        tebal = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1,
                               "text_wrap": True, "valign": "top"})
        biasa = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
        for nama, kepala, baris, lebar in lembar:
            ws = wb.add_worksheet(nama)
            for c, w in enumerate(lebar):
                ws.set_column(c, c, w)
            ws.write_row(0, 0, list(kepala), tebal)
            for r, isi in enumerate(baris, 1):
                ws.set_row(r, _tinggi(isi, lebar))
                for c, v in enumerate(isi):
                    if v is None or v == "":
                        ws.write_blank(r, c, None, biasa)
                    elif isinstance(v, (int, float)):
                        ws.write_number(r, c, v, biasa)
                    else:
                        ws.write_string(r, c, str(v), biasa)
            ws.freeze_panes(1, 0)
            ws.set_landscape()  # printed and signed by the reviewer: header on every page
            ws.repeat_rows(0)
            ws.fit_to_pages(1, 0)
            if baris:
                ws.autofilter(0, 0, len(baris), len(kepala) - 1)
        try:
            wb.close()
        except xlsxwriter.exceptions.FileCreateError as e:  # the disk's own error, unwrapped
            if e.args and isinstance(e.args[0], OSError):
                raise e.args[0] from None
            raise

    return tulis_aliran(Path(keluaran), tulis)


def _tinggi(isi: Sequence[object], lebar: Sequence[int]) -> float:
    """Row height (points) for wrapped text: Excel and LibreOffice do not grow a row that
    XlsxWriter wrote, so a long Kondisi would be cut on screen and on paper."""
    baris = 1
    for c, v in enumerate(isi):
        if v is None or c >= len(lebar):
            continue
        muat = max(1, lebar[c] - 2)
        n = sum(-(-len(bagian) // muat) or 1 for bagian in str(v).split("\n"))
        baris = max(baris, n)
    return min(409.0, 15.0 * baris)


def tulis_xlsx(hasil: HasilReviu, keluaran: Path) -> Path:
    """Write the kertas kerja to `keluaran`."""
    temuan = [(i, t.jenis, t.lokasi, t.uraian, t.tertulis, t.seharusnya, t.dasar)
              for i, t in enumerate(hasil.temuan, 1)]
    n = hasil.jumlah()
    ringkasan = [(j, n.get(j, 0), ARTI_JENIS[j]) for j in JENIS]
    ringkasan.append(("Jumlah", sum(n.values()), ""))
    ringkasan.append(("", "", ""))
    ringkasan.append(("Berkas", Path(hasil.dokumen.path).name, ""))
    ringkasan.append(("Tabel dibaca", hasil.tabel_dibaca, ""))
    ringkasan.append(("Paragraf dibaca", len(hasil.dokumen.paragraf), ""))
    ringkasan += [("Catatan pembacaan", "", c) for c in hasil.dokumen.catatan]
    cek = [(b.kode, b.uraian, ("Ada" if not b.catatan else "Ada dengan catatan") if b.ada
            else "Tidak ditemukan", b.bukti if b.bukti else b.catatan) for b in hasil.butir]
    skor = _prakiraan(hasil)
    from lakip_xl.reviu import kaidah

    tulis_lembar(keluaran, [
        ("Temuan", KEPALA_TEMUAN, temuan, (5, 12, 45, 50, 18, 18, 60)),
        ("Ringkasan", ("Jenis", "Jumlah", "Arti"), ringkasan, (16, 14, 70)),
        ("Kelengkapan", ("Kode", "Unsur LKj (PermenPANRB 53/2014)", "Status", "Bukti"), cek,
         (9, 60, 16, 70)),
        ("Prakiraan Pelaporan", ("Bagian", "Kriteria (PermenPANRB 88/2021)", "Jawaban",
                                 "Nilai"), skor, (14, 62, 10, 10)),
        ("Kertas Kerja APIP", kaidah.KEPALA, kaidah.baris(hasil.butir, hasil.temuan),
         (4, 22, 48, 44, 32, 32, 13, 38)),
    ])
    return keluaran


def _prakiraan(hasil: HasilReviu) -> list[tuple]:
    from lakip_xl.reviu.periksa_kelengkapan import skor

    baris: list[tuple] = [(b, k, j, float(v)) for b, k, j, v in hasil.prakiraan]
    ada, kual, total = skor(hasil.prakiraan)
    baris += [
        ("", "", "", None),
        ("Keberadaan", "rata-rata jawaban x bobot 3", "", float(ada)),
        ("Kualitas", "rata-rata jawaban x bobot 4,5", "", float(kual)),
        ("Prakiraan", "keberadaan + kualitas, dari 7,5 (pemanfaatan 7,5 tidak dapat dinilai "
         "dari dokumen)", "", float(total)),
    ]
    return baris


def komentar(hasil: HasilReviu, keluaran: Path) -> int:
    """A copy of the .docx with a Word comment on each finding's cell or sentence."""
    if hasil.dokumen.jenis != "docx":
        raise LakipError("--komentar hanya untuk laporan .docx; untuk PDF pakai kertas kerja "
                         ".xlsx.")
    from lakip_xl.reviu.baca_docx import tulis_komentar

    isi = [(t.tempat, f"[{t.jenis}] {t.uraian} Tertulis {t.tertulis}; seharusnya "
            f"{t.seharusnya}. Dasar: {t.dasar}") for t in hasil.temuan if t.tempat is not None]
    return tulis_komentar(Path(hasil.dokumen.path), keluaran, isi)


def ringkas(hasil: HasilReviu) -> str:
    """A short Indonesian summary for the terminal."""
    n = hasil.jumlah()
    dok = hasil.dokumen
    baris = [f"Reviu {Path(dok.path).name}: {hasil.tabel_dibaca} tabel dan "
             f"{len(dok.paragraf)} paragraf dibaca."]
    if not n:
        baris.append("Tidak ada temuan.")
    else:
        rinci = ", ".join(f"{j} {n[j]}" for j in JENIS if n.get(j))
        baris.append(f"{sum(n.values())} temuan: {rinci}.")
    baris += dok.catatan
    if hasil.dilewati:
        baris.append(f"Pemeriksaan yang dilewati karena isi dokumen: {', '.join(hasil.dilewati)}.")
    from lakip_xl.reviu.periksa_kelengkapan import skor

    _, _, total = skor(hasil.prakiraan)
    baris.append(f"Prakiraan nilai komponen Pelaporan (keberadaan + kualitas): "
                 f"{angka(total, 2)} dari 7,50.")
    return "\n".join(baris)
