"""A corpus of bad and odd workbooks, one per kind of fault, generated rather than stored.

Each case (`Kasus`) is named area-then-state (`indikator-target-nol.xlsx`,
`berkas-zip-terpotong.xlsx`) and says what `lakip periksa`, `lakip hitung` and `lakip laporan`
must do with it: their exit codes, the words their message must hold (the sheet and cell, or
the file) and, for the cases that can go on, computed values. `tests/test_keandalan.py` runs
the three commands as real subprocesses on every case.

    python tests/korpus.py FOLDER      # write every case to FOLDER, to open them by hand

Most cases start from one small, valid workbook (`dasar`): three indikator, a program with
two kegiatan, a complete Profil. No Excel is at hand here: the "saved by Excel" case is made
with XlsxWriter (the library behind many Excel exports, writing what Excel writes: shared
strings, cached formula results), the "saved by LibreOffice" ones by LibreOffice headless.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
from lxml import etree
from sekali import sekali

from lakip_xl.buku import layout as L
from lakip_xl.buku.tulis import NS, peta_sheet, tulis_sel
from lakip_xl.buku.xlsx import buat_buku

Q = f"{{{NS}}}"
TOLAK, GALAT, JALAN = "tolak", "galat", "jalan"
"""What the three commands do: refuse the file as a whole (exit 1, nothing written), find
errors in its content (periksa and laporan exit 1; hitung writes what it can, says which cells
it left out, and exits 0), or go on (exit 0)."""
KELUAR = {TOLAK: (1, 1, 1), GALAT: (1, 0, 1), JALAN: (0, 0, 0)}


def kolom(tabel: L.Tabel, kunci: str) -> int:
    """1-based column of a key in a sheet built by `lakip baru` (no year columns before it)."""
    return [k.kunci for k in tabel.kolom].index(kunci) + 1


def huruf(tabel: L.Tabel, kunci: str) -> str:
    return openpyxl.utils.get_column_letter(kolom(tabel, kunci))


def baris_profil(judul: str) -> int:
    return [i.judul for i in L.PROFIL.isian].index(judul) + L.PROFIL.baris_data


IND, ANG = L.INDIKATOR, L.ANGGARAN
CAPAIAN = huruf(IND, "capaian")
SERAPAN = huruf(ANG, "serapan")


@dataclass(frozen=True)
class Kasus:
    """One bad or odd workbook and what each command must do with it.

    `keluar`: exit codes of periksa, hitung, laporan. `ditulis`: hitung writes the computed
    cells (also when the content has errors); when it does not, and for every
    command that exits non-zero, the input must stay byte-identical. `pesan`: words that the
    output of periksa must hold (of every command when the file is refused or has errors;
    `pesan_perintah` adds words for one command). `nilai`: computed
    cells after hitung as (sheet, A1, value). `dokumen`: words the report must hold.
    """

    nama: str
    buat: Callable[[Path, Path], None]  # (target file, folder with the shared base files)
    jenis: str  # TOLAK, GALAT, JALAN, or "khusus" with its own exit codes
    keluar: tuple[int, int, int]
    pesan: tuple[str, ...]
    ditulis: bool = True
    nilai: tuple[tuple[str, str, Any], ...] = ()
    dokumen: tuple[str, ...] = ()
    pesan_perintah: tuple[tuple[str, str], ...] = ()  # (command, words) for hitung/laporan
    pengiring: tuple[tuple[str, bytes], ...] = ()  # files put beside the workbook
    lo: bool = False  # built with LibreOffice
    besar: bool = False  # a big case: time and memory are reported

    @property
    def ditolak(self) -> bool:
        """The file as a whole is refused: nothing is read, written or rendered."""
        return self.jenis == TOLAK


KORPUS: list[Kasus] = []


def kasus(
    nama: str, jenis: str | tuple[int, int, int], *pesan: str, **lain: Any
) -> Callable[[Callable[[Path, Path], None]], Callable[[Path, Path], None]]:
    def daftar(f: Callable[[Path, Path], None]) -> Callable[[Path, Path], None]:
        if jenis == TOLAK:
            lain["ditulis"] = False
        keluar = KELUAR[jenis] if isinstance(jenis, str) else jenis
        nama_jenis = jenis if isinstance(jenis, str) else "khusus"

        def buat(p: Path, d: Path) -> None:
            """`f`, run once per test run (tests/sekali.py): test_keandalan and
            test_reviu_laporan build the same cases, each case's file depends on nothing else."""
            sekali(f"korpus-{nama}", p, lambda: f(p, d))

        KORPUS.append(Kasus(nama, buat, nama_jenis, keluar, tuple(pesan), **lain))
        return f

    return daftar


# --- the base workbook and helpers -----------------------------------------------------------

PROFIL = {
    "Nama Instansi": "Kecamatan Uji Coba",
    "Pemerintah Daerah": "Pemerintah Kabupaten Uji",
    "Tahun": 2025,
    "Nama Pimpinan": "Siti Aminah, S.STP",
    "Jabatan Pimpinan": "Camat Uji Coba",
    "Tempat dan Tanggal Laporan": "Uji Coba, Januari 2026",
}
INDIKATOR = [
    # capaian: 72 / 80 = 90; 5 / 4 = 125; Negatif (2 x 10 - 8) / 10 = 120
    ("I-1", "Persentase desa yang terlayani", "%", "Positif", 80, 72),
    ("I-2", "Jumlah dokumen perencanaan", "dokumen", "Positif", 4, 5),
    ("I-3", "Jumlah aduan layanan", "aduan", "Negatif", 10, 8),
]
ANGGARAN = [
    # program: 1.500.000 / 1.150.000 = 76,67 %; kegiatan A 90 %, B 50 %
    ("P1", "Program", "Program Pelayanan Masyarakat", None, None),
    ("P1.1", "Kegiatan", "Kegiatan Pelayanan Desa", 1_000_000, 900_000),
    ("P1.2", "Kegiatan", "Kegiatan Penyusunan Dokumen", 500_000, 250_000),
]


def _isi_dasar() -> dict[str, list[dict[str, Any]]]:
    return {
        "Indikator": [
            {
                "Kode": k,
                "Tingkat": L.TINGKAT[3],
                "Penanggung Jawab": "Kasi Pelayanan",
                "Indikator Kinerja": n,
                "Satuan": s,
                "Polaritas": p,
                "Target": t,
                "Realisasi": r,
            }
            for k, n, s, p, t, r in INDIKATOR
        ],
        "Anggaran": [
            {"Kode": k, "Jenis": j, "Uraian": u, "Anggaran": a, "Realisasi": r}
            for k, j, u, a, r in ANGGARAN
        ],
        "Perjanjian Kinerja": [{"Penanggung Jawab": "Kasi Pelayanan", "Tingkat": L.TINGKAT[3]}],
    }


def dasar(folder: Path) -> Path:
    """The small valid workbook most cases start from, as `_dasar.xlsx` in `folder` (built
    once per test process, tests/sekali.py, and copied into each folder once)."""
    p = folder / "_dasar.xlsx"
    if not p.exists():
        tmp = folder / "_dasar.tmp.xlsx"
        sekali("korpus-dasar.xlsx", tmp, lambda: buat_buku(tmp, profil=PROFIL, tabel=_isi_dasar()))
        tmp.replace(p)
    return p


def salin(tujuan: Path, folder: Path) -> Path:
    shutil.copyfile(dasar(folder), tujuan)
    return tujuan


def isi(tujuan: Path, folder: Path, sheet: str, sel: dict[str, Any]) -> None:
    """Copy the base and type values into cells (A1 -> value; text goes in as text)."""
    salin(tujuan, folder)
    tulis_sel(tujuan, {sheet: {_rc(a): v for a, v in sel.items()}}, cadangan=False)


def _rc(a1: str) -> tuple[int, int]:
    m = re.fullmatch(r"([A-Z]+)(\d+)", a1)
    assert m, a1
    return int(m.group(2)), openpyxl.utils.column_index_from_string(m.group(1))


def dengan_openpyxl(tujuan: Path, folder: Path, ubah: Callable[[Any], None]) -> None:
    """Copy the base, change it with openpyxl (as a user's script or another tool would)."""
    wb = openpyxl.load_workbook(dasar(folder))
    ubah(wb)
    wb.save(tujuan)


def ubah_bagian(asal: Path, tujuan: Path, ubah: Callable[[str, bytes], bytes | None]) -> None:
    """Rewrite a zip part by part: `ubah(name, data)` gives the new data, or None to drop it."""
    with zipfile.ZipFile(asal) as z, zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as out:
        for i in z.infolist():
            data = ubah(i.filename, z.read(i))
            if data is not None:
                out.writestr(i.filename, data)


def bagian_sheet(path: Path, sheet: str) -> str:
    with zipfile.ZipFile(path) as z:
        return peta_sheet(z)[sheet]


def ubah_sheet_xml(tujuan: Path, folder: Path, sheet: str, ubah: Callable[[bytes], bytes]) -> None:
    part = bagian_sheet(dasar(folder), sheet)
    ubah_bagian(dasar(folder), tujuan, lambda n, d: ubah(d) if n == part else d)


def sel_xml(tujuan: Path, folder: Path, sheet: str, ref: str, isi_sel: str) -> None:
    """Replace one cell's XML (children and type) in the base, e.g. a formula and its cache."""

    def ubah(xml: bytes) -> bytes:
        root = etree.fromstring(xml)
        r, _ = _rc(ref)
        row = root.find(f"{Q}sheetData/{Q}row[@r='{r}']")
        c = row.find(f"{Q}c[@r='{ref}']")
        baru = etree.fromstring(f'<c xmlns="{NS}" r="{ref}" {isi_sel}</c>')
        if c.get("s"):
            baru.set("s", c.get("s"))
        c.addprevious(baru)
        row.remove(c)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    ubah_sheet_xml(tujuan, folder, sheet, ubah)


# --- berkas: the file itself -----------------------------------------------------------------


@kasus("berkas-kosong.xlsx", TOLAK, "'berkas-kosong.xlsx' kosong (0 byte)", "cadangan")
def _(p: Path, d: Path) -> None:
    p.write_bytes(b"")


@kasus("berkas-zip-terpotong.xlsx", TOLAK, "'berkas-zip-terpotong.xlsx' rusak atau terpotong")
def _(p: Path, d: Path) -> None:
    data = dasar(d).read_bytes()
    p.write_bytes(data[: len(data) * 2 // 3])  # an e-mail attachment cut short


@kasus("berkas-crc-rusak.xlsx", TOLAK, "'berkas-crc-rusak.xlsx' rusak", "pakai cadangannya")
def _(p: Path, d: Path) -> None:
    data = bytearray(dasar(d).read_bytes())
    part = bagian_sheet(dasar(d), "Indikator")
    with zipfile.ZipFile(dasar(d)) as z:
        info = z.getinfo(part)
    awal = info.header_offset + 30 + len(part.encode()) + len(info.extra)
    for i in range(awal + info.compress_size // 2, awal + info.compress_size // 2 + 8):
        data[i] ^= 0x5A  # bytes flipped on the way (a bad disk, a broken transfer)
    p.write_bytes(bytes(data))


@kasus(
    "berkas-bagian-sheet-hilang.xlsx",
    TOLAK,
    "'berkas-bagian-sheet-hilang.xlsx' rusak: isi sheet 'Indikator'",
)
def _(p: Path, d: Path) -> None:
    part = bagian_sheet(dasar(d), "Indikator")
    ubah_bagian(dasar(d), p, lambda n, x: None if n == part else x)


@kasus("berkas-xml-rusak.xlsx", TOLAK, "Sheet 'Indikator'", "XML-nya tidak sah")
def _(p: Path, d: Path) -> None:
    ubah_sheet_xml(p, d, "Indikator", lambda x: x[: len(x) // 2])


@kasus("berkas-csv-dinamai-xlsx.xlsx", TOLAK, "'berkas-csv-dinamai-xlsx.xlsx' bukan buku kerja")
def _(p: Path, d: Path) -> None:
    p.write_text("Kode;Indikator;Target;Realisasi\nI-1;Desa terlayani;80;72,5\n", "utf-8")


@kasus("berkas-html-dinamai-xls.xls", TOLAK, "'berkas-html-dinamai-xls.xls' adalah halaman web")
def _(p: Path, d: Path) -> None:
    p.write_text(
        '<html><head><meta charset="utf-8"></head><body><table><tr><td>Kode</td>'
        "<td>Target</td></tr><tr><td>I-1</td><td>80</td></tr></table></body></html>",
        "utf-8",
    )


@kasus("berkas-xml2003-dinamai-xls.xls", TOLAK, "'XML Spreadsheet 2003'")
def _(p: Path, d: Path) -> None:
    p.write_text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Indikator">'
        '<Table><Row><Cell><Data ss:Type="String">Kode</Data></Cell></Row></Table>'
        "</Worksheet></Workbook>",
        "utf-8",
    )


@kasus("berkas-pdf-dinamai-xlsx.xlsx", TOLAK, "'berkas-pdf-dinamai-xlsx.xlsx' adalah PDF")
def _(p: Path, d: Path) -> None:
    p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")


@kasus("berkas-docx-dinamai-xlsx.xlsx", TOLAK, "adalah dokumen Word (.docx)")
def _(p: Path, d: Path) -> None:
    from lakip_xl.laporan.templat import templat_bawaan

    shutil.copyfile(templat_bawaan(), p)


@kasus("berkas-zip-berisi-xlsx.xlsx", TOLAK, "arsip ZIP berisi 'LKj 2025.xlsx'", "ekstrak")
def _(p: Path, d: Path) -> None:
    with zipfile.ZipFile(p, "w") as z:
        z.write(dasar(d), "LKj 2025.xlsx")


@kasus("berkas-sandi.xlsx", TOLAK, "'berkas-sandi.xlsx' dilindungi kata sandi", "hapus kata sandi")
def _(p: Path, d: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile  # ships with oletools (test extra)

    with dasar(d).open("rb") as f:
        out = io.BytesIO()
        OOXMLFile(f).encrypt("rahasia", out)
    p.write_bytes(out.getvalue())


@kasus("berkas-strict-ooxml.xlsx", TOLAK, "'Strict Open XML Spreadsheet'")
def _(p: Path, d: Path) -> None:
    def ubah(n: str, x: bytes) -> bytes:
        if n.endswith((".xml", ".rels")):
            x = x.replace(NS.encode(), b"http://purl.oclc.org/ooxml/spreadsheetml/main")
            x = x.replace(
                b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                b"http://purl.oclc.org/ooxml/officeDocument/relationships",
            )
        return x

    ubah_bagian(dasar(d), p, ubah)


def _dengan_dtd(xml: bytes, dtd: str) -> bytes:
    """Put a DOCTYPE before the root element (after the XML declaration, if any)."""
    akar = xml.index(b"<", xml.index(b"?>") + 2) if xml.startswith(b"<?xml") else 0
    return xml[:akar] + dtd.encode() + xml[akar:]


@kasus("berkas-bom-entitas.xlsx", TOLAK, "bagian xl/styles.xml", "DTD/entitas XML")
def _(p: Path, d: Path) -> None:
    """A billion-laughs entity bomb in the styles, which every reader parses."""
    ent = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    dtd = f"<!DOCTYPE styleSheet [{''.join(ent)}]>"

    def ubah(n: str, x: bytes) -> bytes:
        if n == "xl/styles.xml":
            x = _dengan_dtd(x, dtd).replace(b'val="Calibri"', b'val="&lol9;"', 1)
        return x

    ubah_bagian(dasar(d), p, ubah)


@kasus("berkas-entitas-eksternal.xlsx", TOLAK, "DTD/entitas XML")
def _(p: Path, d: Path) -> None:
    """An external entity (XXE) that would put /etc/passwd into Nama Instansi and the report."""
    dtd = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    ref = f"B{baris_profil('Nama Instansi')}"

    def ubah(xml: bytes) -> bytes:
        xml = re.sub(
            rb'<c r="' + ref.encode() + rb'"[^>]*?(/>|>.*?</c>)',
            f'<c r="{ref}" t="inlineStr"><is><t>&xxe;</t></is></c>'.encode(),
            xml,
            count=1,
            flags=re.S,
        )
        return _dengan_dtd(xml, dtd)

    ubah_sheet_xml(p, d, "Profil", ubah)


def _zip_mentah(tujuan: Path, isi: list[tuple[str, bytes, int, int]]) -> None:
    """Write a zip from already-deflated parts: (name, deflated data, crc32, unpacked size)."""
    pusat = b""
    with tujuan.open("wb") as f:
        for nama, data, crc, ukuran in isi:
            n = nama.encode()
            awal = f.tell()
            f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc,
                                len(data), ukuran, len(n), 0) + n)  # fmt: skip
            f.write(data)
            pusat += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc,
                                 len(data), ukuran, len(n), 0, 0, 0, 0, 0, awal) + n  # fmt: skip
        mulai = f.tell()
        f.write(pusat)
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(isi), len(isi), len(pusat),
                            mulai, 0))  # fmt: skip


def _kempis(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


@kasus("berkas-bom-zip.xlsx", TOLAK, "membesar menjadi 2.048 MB", "bom zip")
def _(p: Path, d: Path) -> None:
    """A zip bomb: the SKM sheet unpacks from 2 MB to 2 GiB (of blanks inside sheetData)."""
    part = bagian_sheet(dasar(d), "SKM")
    kepala = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{NS}"><sheetData>'.encode()
    ekor = b"</sheetData></worksheet>"
    blok = b" " * (1 << 24)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    awal = c.compress(kepala) + c.flush(zlib.Z_FULL_FLUSH)
    ulang = c.compress(blok) + c.flush(zlib.Z_FULL_FLUSH)  # the same bytes for every block
    akhir = c.compress(ekor) + c.flush()
    kali = 2**31 // len(blok)
    crc = zlib.crc32(kepala)
    for _ in range(kali):
        crc = zlib.crc32(blok, crc)
    crc = zlib.crc32(ekor, crc)
    bom = awal + ulang * kali + akhir
    isi = []
    with zipfile.ZipFile(dasar(d)) as z:
        for i in z.infolist():
            if i.filename == part:
                isi.append((part, bom, crc, len(kepala) + len(blok) * kali + len(ekor)))
            else:
                data = z.read(i)
                isi.append((i.filename, _kempis(data), zlib.crc32(data), len(data)))
    _zip_mentah(p, isi)


@kasus(
    "berkas-sedang-dibuka-excel.xlsx",
    (0, 1, 0),
    "Tidak ada galat",
    ditulis=False,
    pesan_perintah=(("hitung", "'berkas-sedang-dibuka-excel.xlsx' sedang dibuka di Excel"),),
    pengiring=(("~$berkas-sedang-dibuka-excel.xlsx", b"\x0bSiti Aminah" + b" " * 40),),
)
def _(p: Path, d: Path) -> None:
    salin(p, d)


@kasus(
    "berkas-nama-spasi dan ünïcödé (salinan).xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}4", 90),),
)
def _(p: Path, d: Path) -> None:
    salin(p, d)


@kasus(
    "berkas-tanpa-ref-sel.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}4", 90), ("Indikator", f"{CAPAIAN}6", 120)),
)
def _(p: Path, d: Path) -> None:
    """Rows and cells without their `r` reference (allowed by OOXML; some exporters do it)."""

    def ubah(xml: bytes) -> bytes:
        root = etree.fromstring(xml)
        for el in root.iter(f"{Q}row", f"{Q}c"):
            el.attrib.pop("r", None)
        for el in root.iter(f"{Q}row"):
            el.attrib.pop("spans", None)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    ubah_sheet_xml(p, d, "Indikator", ubah)


@kasus(
    "berkas-awalan-namespace.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}5", 125),),
)
def _(p: Path, d: Path) -> None:
    """Sheet XML with a namespace prefix (<x:row>), as the Open XML SDK writes it."""

    def ubah(xml: bytes) -> bytes:
        xml = xml.replace(f'xmlns="{NS}"'.encode(), f'xmlns:x="{NS}"'.encode(), 1)
        return re.sub(rb"<(/?)([A-Za-z]\w*)([\s>/])", rb"<\1x:\2\3", xml)

    ubah_sheet_xml(p, d, "Indikator", ubah)


@kasus(
    "berkas-buatan-xlsxwriter.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(
        ("Indikator", f"{CAPAIAN}4", 90),
        ("Indikator", f"{CAPAIAN}5", 120),
        ("Anggaran", f"{SERAPAN}5", 90),
    ),
)
def _(p: Path, d: Path) -> None:
    """Written the way Excel writes (with XlsxWriter, as no Excel is at hand): shared strings,
    formulas with their cached results, the layout's sheets in another tool's hands."""
    wb = xlsxwriter.Workbook(str(p))
    tebal = wb.add_format({"bold": True})
    for lembar in L.LEMBAR:
        ws = wb.add_worksheet(lembar.nama)
        if isinstance(lembar, L.Tabel):
            ws.write_row(2, 0, [k.judul for k in lembar.kolom], tebal)
        elif isinstance(lembar, L.Formulir):
            ws.write_row(2, 0, list(lembar.judul_kolom), tebal)
            for i, isian in enumerate(lembar.isian, start=3):
                ws.write(i, 0, isian.judul)
                if isian.judul in PROFIL:
                    ws.write(i, 1, PROFIL[isian.judul])
        elif isinstance(lembar, L.Ringkasan):
            ws.write_row(2, 0, list(lembar.judul_kolom), tebal)
    ind = wb.get_worksheet_by_name("Indikator")
    ki = {k.kunci: j for j, k in enumerate(IND.kolom)}
    for i, (kode, nama, pol, t, r) in enumerate(
        (("I-1", "Persentase desa yang terlayani", "Positif", 80, 72),
         ("I-3", "Jumlah aduan layanan", "Negatif", 10, 8)),
        start=3,
    ):  # fmt: skip
        ind.write(i, ki["kode"], kode)
        ind.write(i, ki["indikator"], nama)
        ind.write(i, ki["polaritas"], pol)
        ind.write(i, ki["target"], t)
        ind.write_formula(i, ki["realisasi"], f"={r - 2}+2", None, r)
    ang = wb.get_worksheet_by_name("Anggaran")
    ka = {k.kunci: j for j, k in enumerate(ANG.kolom)}
    ang.write(3, ka["jenis"], "Program")
    ang.write(3, ka["uraian"], "Program Pelayanan Masyarakat")
    ang.write(4, ka["jenis"], "Kegiatan")
    ang.write(4, ka["uraian"], "Kegiatan Pelayanan Desa")
    ang.write(4, ka["anggaran"], 1_000_000)
    huruf_a = openpyxl.utils.get_column_letter(ka["anggaran"] + 1)
    ang.write_formula(4, ka["realisasi"], f"={huruf_a}5*0.9", None, 900_000)
    wb.close()


@kasus(
    "berkas-tahun-lalu.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}4", "*)"), ("Indikator", f"{CAPAIAN}6", "*)")),
)
def _(p: Path, d: Path) -> None:
    """Last year's computed workbook, Tahun moved on and realisasi cleared for the new year."""
    from lakip_xl.operasi import hitung_berkas

    salin(p, d)
    hitung_berkas(p, cadangan=False)
    real = kolom(IND, "realisasi")
    tulis_sel(
        p,
        {
            "Profil": {(baris_profil("Tahun"), 2): 2026},
            "Indikator": {(r, real): None for r in (4, 5, 6)},
        },
        cadangan=False,
    )


# --- lembar: sheets ----------------------------------------------------------------------


@kasus(
    "lembar-indikator-hilang.xlsx", GALAT, "GALAT - Sheet 'Indikator': sheet 'Indikator' tidak ada"
)
def _(p: Path, d: Path) -> None:
    dengan_openpyxl(p, d, lambda wb: wb.remove(wb["Indikator"]))


@kasus("lembar-profil-hilang.xlsx", GALAT, "GALAT - Sheet 'Profil': sheet Profil tidak ada")
def _(p: Path, d: Path) -> None:
    dengan_openpyxl(p, d, lambda wb: wb.remove(wb["Profil"]))


@kasus(
    "lembar-nama-huruf-besar.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("INDIKATOR", f"{CAPAIAN}4", 90),),
)
def _(p: Path, d: Path) -> None:
    def ubah(wb: Any) -> None:
        wb["Indikator"].title = "sementara"  # openpyxl renames "INDIKATOR" to "INDIKATOR1"
        wb["sementara"].title = "INDIKATOR"

    dengan_openpyxl(p, d, ubah)


@kasus(
    "lembar-diurut-ulang-dan-tambahan.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}5", 125),),
)
def _(p: Path, d: Path) -> None:
    """Sheets moved, one hidden, one of the user's own with data of its own."""

    def ubah(wb: Any) -> None:
        wb.move_sheet("Indikator", offset=-5)
        wb.move_sheet("Ringkasan", offset=-10)
        wb["Petunjuk"].sheet_state = "hidden"
        ws = wb.create_sheet("Catatan Saya", 0)
        for i in range(1, 200):
            ws.append([i, f"catatan {i}", i * 1.5])

    dengan_openpyxl(p, d, ubah)


@kasus(
    "lembar-indikator-kosong.xlsx",
    GALAT,
    "GALAT - Sheet 'Indikator': baris judul kolom tidak ditemukan",
)
def _(p: Path, d: Path) -> None:
    def ubah(wb: Any) -> None:
        i = wb.sheetnames.index("Indikator")
        wb.remove(wb["Indikator"])
        wb.create_sheet("Indikator", i)

    dengan_openpyxl(p, d, ubah)


# --- judul: header rows ------------------------------------------------------------------


def _judul(wb: Any, sheet: str, lama: str, baru: str, ke: int = 0) -> None:
    sel = [c for c in wb[sheet][3] if c.value == lama]
    sel[ke].value = baru


@kasus(
    "judul-kode-diganti.xlsx",
    GALAT,
    "GALAT - Sheet 'Indikator': kolom 'Kode' tidak ditemukan di baris judul (baris 3)",
)
def _(p: Path, d: Path) -> None:
    dengan_openpyxl(p, d, lambda wb: _judul(wb, "Indikator", "Kode", "Kode Indikator"))


@kasus(
    "judul-target-ganda.xlsx",
    GALAT,
    f"GALAT - Sheet 'Indikator' sel {huruf(IND, 'target_lalu')}3: judul kolom 'Target' muncul "
    "dua kali",
)
def _(p: Path, d: Path) -> None:
    dengan_openpyxl(p, d, lambda wb: _judul(wb, "Indikator", "Target Tahun Lalu", "Target"))


@kasus(
    "judul-turun-ke-baris-8.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}9", 90), ("Indikator", f"{CAPAIAN}11", 120)),
)
def _(p: Path, d: Path) -> None:
    def ubah(wb: Any) -> None:
        ws = wb["Indikator"]
        ws.insert_rows(1, 5)
        ws["A1"] = "PEMERINTAH KABUPATEN UJI"
        ws["A2"] = "Lampiran: target dan realisasi"

    dengan_openpyxl(p, d, ubah)


@kasus(
    "judul-terlalu-bawah.xlsx",
    GALAT,
    "GALAT - Sheet 'Indikator': baris judul kolom tidak ditemukan di 12 baris pertama",
)
def _(p: Path, d: Path) -> None:
    dengan_openpyxl(p, d, lambda wb: wb["Indikator"].insert_rows(1, 12))


# --- baris, kolom, sel gabung: layout inside a sheet ---------------------------------------


@kasus(
    "baris-kosong-di-sela.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}4", 90), ("Indikator", f"{CAPAIAN}10", 120)),
)
def _(p: Path, d: Path) -> None:
    dengan_openpyxl(p, d, lambda wb: wb["Indikator"].insert_rows(6, 4))


@kasus(
    "kolom-kosong-disisipkan.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{openpyxl.utils.get_column_letter(kolom(IND, 'capaian') + 2)}4", 90),),
)
def _(p: Path, d: Path) -> None:
    dengan_openpyxl(p, d, lambda wb: wb["Indikator"].insert_cols(kolom(IND, "target"), 2))


@kasus(
    "sel-gabung-sasaran.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}6", 120),),
    dokumen=("Meningkatnya mutu pelayanan kecamatan",),
)
def _(p: Path, d: Path) -> None:
    """Sasaran typed once and merged down over its three indikator (a common layout)."""

    def ubah(wb: Any) -> None:
        ws = wb["Indikator"]
        s = huruf(IND, "sasaran")
        ws[f"{s}4"] = "Meningkatnya mutu pelayanan kecamatan"
        ws.merge_cells(f"{s}4:{s}6")

    dengan_openpyxl(p, d, ubah)


@kasus(
    "sel-gabung-target.xlsx",
    GALAT,
    f"GALAT - Sheet 'Indikator' sel {huruf(IND, 'target')}5: kolom 'Target' berada di dalam sel "
    f"gabung {huruf(IND, 'target')}4:{huruf(IND, 'target')}5",
    "Unmerge",
)
def _(p: Path, d: Path) -> None:
    t = huruf(IND, "target")
    dengan_openpyxl(p, d, lambda wb: wb["Indikator"].merge_cells(f"{t}4:{t}5"))


@kasus(
    "baris-terakhir-terisi.xlsx",
    GALAT,
    "GALAT - Sheet 'Indikator' sel A1048576: kolom 'Kode' berisi data di bawah 2.000 baris kosong",
)
def _(p: Path, d: Path) -> None:
    """Someone pressed Ctrl+Down and typed in the sheet's very last row."""
    dengan_openpyxl(p, d, lambda wb: wb["Indikator"].cell(1_048_576, 1, "catatan"))


# --- angka: numbers as staff type them --------------------------------------------------------

T4, R4 = f"{huruf(IND, 'target')}4", f"{huruf(IND, 'realisasi')}4"
A5, RA5 = f"{huruf(ANG, 'anggaran')}5", f"{huruf(ANG, 'realisasi')}5"


@kasus(
    "angka-satuan-di-sel.xlsx",
    JALAN,
    f"Peringatan - Sheet 'Indikator' sel {R4}: kolom 'Realisasi': teks '72 desa' dibaca sebagai "
    "angka 72",
    nilai=(("Indikator", f"{CAPAIAN}4", 90),),
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Indikator", {R4: "72 desa"})


@kasus(
    "angka-koma-desimal.xlsx",
    JALAN,
    f"sel {R4}: kolom 'Realisasi': angka ditulis sebagai teks '72,5'",
    nilai=(("Indikator", f"{CAPAIAN}4", 90.63),),  # 72,5 / 80 = 90,625
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Indikator", {R4: "72,5"})


@kasus(
    "angka-titik-desimal-inggris.xlsx",
    JALAN,
    f"sel {R4}: kolom 'Realisasi': teks '72.5'",
    nilai=(("Indikator", f"{CAPAIAN}4", 90.63),),
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Indikator", {R4: "72.5"})


@kasus(
    "angka-titik-ribuan.xlsx",
    JALAN,
    f"sel {A5}: kolom 'Anggaran'",
    nilai=(("Anggaran", f"{SERAPAN}5", 90), ("Anggaran", f"{SERAPAN}4", 76.67)),
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Anggaran", {A5: "1.000.000", RA5: "900.000"})


@kasus(
    "angka-rupiah-koma-strip.xlsx",
    JALAN,
    f"sel {A5}: kolom 'Anggaran': teks 'Rp 1.000.000,-' dibaca sebagai angka 1.000.000",
    nilai=(("Anggaran", f"{SERAPAN}5", 90),),
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Anggaran", {A5: "Rp 1.000.000,-", RA5: "Rp900.000"})


@kasus(
    "angka-berisi-tanggal.xlsx",
    GALAT,
    f"GALAT - Sheet 'Indikator' sel {T4}: kolom 'Target' berisi tanggal/waktu (01/05/2025)",
    "ubah format sel ke Angka",
)
def _(p: Path, d: Path) -> None:
    """A number typed as 1/5 that Excel turned into a date."""

    def ubah(wb: Any) -> None:
        c = wb["Indikator"][T4]
        c.value = dt.datetime(2025, 5, 1)
        c.number_format = "dd/mm/yyyy"

    dengan_openpyxl(p, d, ubah)


@kasus(
    "persen-pecahan-berformat.xlsx",
    JALAN,
    f"sel {R4}: kolom 'Realisasi': sel berformat persen: 0,72 dibaca sebagai 72",
    nilai=(("Indikator", f"{CAPAIAN}4", 90),),
)
def _(p: Path, d: Path) -> None:
    """0,72 and 0,8 in cells formatted as % (shown as 72% and 80%)."""

    def ubah(wb: Any) -> None:
        ws = wb["Indikator"]
        for ref, v in ((T4, 0.8), (R4, 0.72)):
            ws[ref].value = v
            ws[ref].number_format = "0%"

    dengan_openpyxl(p, d, ubah)


@kasus(
    "persen-pecahan-tanpa-format.xlsx",
    JALAN,
    f"Peringatan - Sheet 'Indikator' sel {R4}: realisasi 0,72 dan target 80 pada satuan %: persen "
    "tampaknya diketik sebagai pecahan",
    nilai=(("Indikator", f"{CAPAIAN}4", 0.9),),
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Indikator", {R4: 0.72})


@kasus(
    "indikator-target-kosong.xlsx",
    JALAN,
    f"Peringatan - Sheet 'Indikator' sel {T4}: target indikator 'Persentase desa yang terlayani' "
    "belum diisi",
    nilai=(("Indikator", f"{CAPAIAN}4", "-"), ("Indikator", f"{CAPAIAN}5", 125)),
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Indikator", {T4: None})


@kasus(
    "indikator-target-nol.xlsx",
    GALAT,
    f"GALAT - Sheet 'Indikator' sel {T4}: target 0, capaian tidak dapat dihitung",
    nilai=(("Indikator", f"{CAPAIAN}4", "-"), ("Indikator", f"{CAPAIAN}5", 125)),
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Indikator", {T4: 0})


@kasus(
    "indikator-realisasi-negatif.xlsx",
    JALAN,
    f"Peringatan - Sheet 'Indikator' sel {R4}: realisasi bernilai negatif (-5)",
    nilai=(("Indikator", f"{CAPAIAN}4", -6.25),),
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Indikator", {R4: -5})


@kasus(
    "anggaran-negatif.xlsx",
    GALAT,
    f"GALAT - Sheet 'Anggaran' sel {A5}: kolom 'Anggaran' berisi -1.000.000; tidak boleh kurang "
    "dari 0",
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Anggaran", {A5: -1_000_000})


@kasus(
    "anggaran-realisasi-melebihi.xlsx",
    GALAT,
    f"GALAT - Sheet 'Anggaran' sel {RA5}: realisasi Rp1.200.000 melebihi anggaran Rp1.000.000",
    nilai=(("Anggaran", f"{SERAPAN}5", 120),),
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Anggaran", {RA5: 1_200_000})


@kasus(
    "anggaran-subtotal-salah.xlsx",
    GALAT,
    f"GALAT - Sheet 'Anggaran' sel {huruf(ANG, 'anggaran')}4: Anggaran Program 'Program "
    "Pelayanan Masyarakat' tertulis Rp2.000.000, tetapi jumlah rinciannya Rp1.500.000",
    nilai=(("Anggaran", f"{SERAPAN}4", 76.67),),
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Anggaran", {f"{huruf(ANG, 'anggaran')}4": 2_000_000})


# --- rumus: formulas -------------------------------------------------------------------------


@kasus(
    "rumus-galat-div0.xlsx",
    GALAT,
    f"GALAT - Sheet 'Indikator' sel {R4}: kolom 'Realisasi' berisi galat rumus #DIV/0!",
)
def _(p: Path, d: Path) -> None:
    sel_xml(p, d, "Indikator", R4, 't="e"><f>72/0</f><v>#DIV/0!</v>')


@kasus(
    "rumus-tanpa-cache.xlsx",
    GALAT,
    f"GALAT - Sheet 'Indikator' sel {R4}: kolom 'Realisasi' berisi rumus =SUM(70,2) yang belum "
    "pernah dihitung",
    "simpan ulang di Excel atau LibreOffice",
)
def _(p: Path, d: Path) -> None:
    """Saved by a tool that does not calculate: a formula without a cached result."""
    sel_xml(p, d, "Indikator", R4, "><f>SUM(70,2)</f>")


# --- teks: text ------------------------------------------------------------------------------

PANJANG = ("Persentase desa yang terlayani dengan baik dan tepat waktu; " * 600)[:32_767]
NON_LATIN = "Kecamatan Ñandú — 中文测试 — العربية — ꦗꦮ — ไทย — Ελληνικά — 😀"


@kasus(
    "teks-sangat-panjang.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}4", 90),),
)
def _(p: Path, d: Path) -> None:
    """Cells at Excel's limit of 32.767 characters."""
    salin(p, d)
    narasi = {(4, 1): "Latar Belakang", (4, 3): PANJANG}
    tulis_sel(
        p,
        {"Indikator": {(4, kolom(IND, "indikator")): PANJANG}, "Narasi": narasi},
        cadangan=False,
    )


@kasus(
    "teks-non-latin.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}4", 90),),
    dokumen=(NON_LATIN, "\u202bمرحبا\u202c"),
)
def _(p: Path, d: Path) -> None:
    salin(p, d)
    tulis_sel(
        p,
        {
            "Profil": {(baris_profil("Nama Instansi"), 2): NON_LATIN},
            "Indikator": {(4, kolom(IND, "indikator")): f"Indeks {NON_LATIN}"},
            "Narasi": {(4, 1): "Latar Belakang", (4, 3): f"Teks {NON_LATIN} \u202bمرحبا\u202c"},
        },
        cadangan=False,
    )


TEKS_RUMUS = ('=HYPERLINK("http://contoh.invalid","klik")', "+62 812", "-Eselon", "@SUM(1)")


@kasus(
    "teks-mirip-rumus.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}4", 90),),
)
def _(p: Path, d: Path) -> None:
    """Text starting with = + - @: stays text in the sheet, and in what hitung writes back."""
    salin(p, d)
    bel = L.BELANJA
    tulis_sel(
        p,
        {
            "Indikator": {
                (4, kolom(IND, "penanggung_jawab")): TEKS_RUMUS[0],
                (5, kolom(IND, "tingkat")): TEKS_RUMUS[2],
                (6, kolom(IND, "keterangan")): TEKS_RUMUS[3],
            },
            "Belanja": {
                (4, kolom(bel, "kelompok")): "=cmd|' /C calc'!A0",
                (4, kolom(bel, "uraian")): TEKS_RUMUS[1],
                (4, kolom(bel, "anggaran")): 100,
                (4, kolom(bel, "realisasi")): 50,
            },
        },
        cadangan=False,
    )


TEKS_JINJA = "{{ 7*7 }} {% for x in range(10**9) %}x{% endfor %} {{ profil.__class__ }}"


@kasus(
    "teks-tag-jinja.xlsx",
    JALAN,
    "Tidak ada galat",
    dokumen=(TEKS_JINJA, f"Sasaran {TEKS_JINJA}"),
)
def _(p: Path, d: Path) -> None:
    """Template tags typed in cells reach the report as literal text, never evaluated."""
    salin(p, d)
    tulis_sel(
        p,
        {
            "Narasi": {(4, 1): "Latar Belakang", (4, 3): TEKS_JINJA},
            "Indikator": {(4, kolom(IND, "sasaran")): f"Sasaran {TEKS_JINJA}"},
        },
        cadangan=False,
    )


# --- profil, skm ----------------------------------------------------------------------------


@kasus(
    "profil-tahun-teks.xlsx",
    GALAT,
    f"GALAT - Sheet 'Profil' sel B{baris_profil('Tahun')}: 'Tahun' berisi teks 'dua ribu dua "
    "puluh lima', bukan angka",
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Profil", {f"B{baris_profil('Tahun')}": "dua ribu dua puluh lima"})


@kasus(
    "profil-nama-instansi-kosong.xlsx",
    GALAT,  # one verdict: periksa names as a galat what laporan refuses for
    f"GALAT - Sheet 'Profil' sel B{baris_profil('Nama Instansi')}: 'Nama Instansi' belum "
    "diisi",
)
def _(p: Path, d: Path) -> None:
    isi(p, d, "Profil", {f"B{baris_profil('Nama Instansi')}": None})


@kasus(
    "skm-jawaban-di-luar-rentang.xlsx",
    GALAT,
    f"GALAT - Sheet 'SKM' sel {huruf(L.SKM, 'u2')}4: kolom 'U2' berisi 5; tidak boleh lebih dari 4",
)
def _(p: Path, d: Path) -> None:
    salin(p, d)
    jawab = {(4, kolom(L.SKM, f"u{i}")): 5 if i == 2 else 3 for i in range(1, 10)}
    tulis_sel(p, {"SKM": {(4, 1): 1, **jawab}}, cadangan=False)


@kasus(
    "skm-bobot-tidak-satu.xlsx",
    GALAT,
    "GALAT - Sheet 'Unsur SKM' sel C4: jumlah bobot 0,99 harus tepat 1",
)
def _(p: Path, d: Path) -> None:
    salin(p, d)
    unsur = {}
    for i, (kode, nama) in enumerate(L.UNSUR_SKM_BAKU, start=4):
        unsur.update({(i, 1): kode, (i, 2): nama, (i, 3): 0.11, (i, 4): 3})
    tulis_sel(p, {"Unsur SKM": unsur}, cadangan=False)


# --- saved by LibreOffice --------------------------------------------------------------------


def _dari_libreoffice(akhiran: str) -> Callable[[Path, Path], None]:
    def buat(p: Path, d: Path) -> None:
        from lakip_xl.libreoffice import konversi as office

        hasil = d / f"_lo{akhiran}"
        if not hasil.exists():
            office.hitung_ulang(dasar(d), hasil)
        shutil.copyfile(hasil, p)

    return buat


kasus("berkas-xls-lama.xls", TOLAK, "'berkas-xls-lama.xls' berformat .xls lama", lo=True)(
    _dari_libreoffice(".xls")
)
kasus(
    "berkas-xls-dinamai-xlsx.xlsx", TOLAK, "'berkas-xls-dinamai-xlsx.xlsx' berformat .xls", lo=True
)(_dari_libreoffice(".xls"))
kasus("berkas-ods-dinamai-xlsx.xlsx", TOLAK, "berformat LibreOffice (.ods)", lo=True)(
    _dari_libreoffice(".ods")
)
kasus(
    "berkas-simpan-libreoffice.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}4", 90), ("Anggaran", f"{SERAPAN}4", 76.67)),
    lo=True,
)(_dari_libreoffice(".xlsx"))


# --- big: a million rows ---------------------------------------------------------------------


def _sheet_sejuta(p: Path, d: Path, baris: Callable[[int], str]) -> None:
    """The base with its SKM sheet replaced by one of 1.048.576 rows (streamed, fast deflate)."""
    part = bagian_sheet(dasar(d), "SKM")
    kepala = "".join(
        f'<c r="{openpyxl.utils.get_column_letter(j)}3" t="inlineStr"><is><t>{k.judul}</t></is></c>'
        for j, k in enumerate(L.SKM.kolom, start=1)
    )
    with (
        zipfile.ZipFile(dasar(d)) as z,
        zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
    ):
        for i in z.infolist():
            if i.filename != part:
                out.writestr(i, z.read(i))
                continue
            zi = zipfile.ZipInfo(part, i.date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            with out.open(zi, "w", force_zip64=True) as f:
                f.write(
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
                    f'xmlns="{NS}"><sheetData><row r="3">{kepala}</row>'.encode()
                )
                for awal in range(4, 1_048_577, 20_000):
                    akhir = min(awal + 20_000, 1_048_577)
                    f.write("".join(baris(r) for r in range(awal, akhir)).encode())
                f.write(b"</sheetData></worksheet>")


# one respondent's answers: cells without their reference follow the previous cell (B to O)
_RESPONDEN = (
    '<c t="inlineStr"><is><t>KTP elektronik</t></is></c><c t="inlineStr"><is><t>Perempuan</t>'
    '</is></c><c><v>35</v></c><c t="inlineStr"><is><t>SMA/SMK</t></is></c><c t="inlineStr"><is>'
    "<t>Petani</t></is></c>" + "<c><v>3</v></c>" * 9 + "</row>"
)


@kasus(
    "skm-sejuta-baris-penuh.xlsx",
    TOLAK,
    "'skm-sejuta-baris-penuh.xlsx' berisi bagian xl/worksheets/",
    "saat dibuka",
    besar=True,
)
def _(p: Path, d: Path) -> None:
    """1.048.573 respondents, every column filled: 400 MB of sheet XML."""
    _sheet_sejuta(p, d, lambda r: f'<row r="{r}"><c r="A{r}"><v>{r - 3}</v></c>{_RESPONDEN}')


@kasus(
    "skm-sejuta-baris-nomor.xlsx",
    TOLAK,
    "Sheet 'SKM': berisi lebih dari 100.000 baris data",
    "baris 100.003",
    besar=True,
)
def _(p: Path, d: Path) -> None:
    """The No column filled down to the sheet's last row (the fill handle dragged too far)."""
    _sheet_sejuta(p, d, lambda r: f'<row r="{r}"><c r="A{r}"><v>{r - 3}</v></c></row>')


@kasus(
    "skm-sejuta-baris-kosong-berformat.xlsx",
    JALAN,
    "Tidak ada galat",
    nilai=(("Indikator", f"{CAPAIAN}4", 90),),
    besar=True,
)
def _(p: Path, d: Path) -> None:
    """A million empty but formatted rows, as a sheet formatted whole is sometimes saved."""
    _sheet_sejuta(
        p,
        d,
        lambda r: f'<row r="{r}" spans="1:15" s="1" customFormat="1" ht="15" customHeight="1"/>',
    )


def tulis_semua(folder: Path, pilih: Callable[[Kasus], bool] = lambda k: True) -> list[Path]:
    """Write the chosen cases into `folder`; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    hasil = []
    for k in KORPUS:
        if pilih(k):
            p = folder / k.nama
            k.buat(p, folder)
            for nama, isi_ in k.pengiring:
                (folder / nama).write_bytes(isi_)
            hasil.append(p)
    return hasil


if __name__ == "__main__":
    tujuan = Path(sys.argv[1] if len(sys.argv) > 1 else "korpus")
    for path in tulis_semua(tujuan):
        print(path)
