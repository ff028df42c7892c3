"""Checks that a file is a readable .xlsx/.xlsm before any reader touches it: not empty, not
.xls/.ods/.csv/HTML renamed, not encrypted, not a truncated zip, no zip bomb, no DTD (entity
bombs, external entities), no sheet with more data rows than a workbook of this kind holds.
Standard library (and lxml) only, so checking costs no openpyxl import."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from lxml import etree

from lakip_xl.errors import LakipError, dari_oserror

OLE_AWAL = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Limits on what a workbook may unpack to, checked on the zip directory before anything is
# unpacked or parsed: a zip bomb or an absurdly large sheet is refused at once. A whole
# kabupaten (2.000 indikator, 5.000 anggaran rows, 20.000 SKM respondents) unpacks to about
# 40 MB, its largest sheet to about 15 MB.
MAKS_BAGIAN = 5_000
"""Zip entries of one workbook."""
MAKS_UKURAN_BAGIAN = 256 * 2**20
"""Bytes one part (sheet, image, ...) may unpack to."""
MAKS_UKURAN_TOTAL = 512 * 2**20
"""Bytes all parts together may unpack to."""
MAKS_RASIO = 200
"""Unpacked / packed size of a part larger than RASIO_MULAI: real sheets stay below 30."""
RASIO_MULAI = 8 * 2**20
MAKS_BARIS_DATA = 100_000
"""Rows holding a value in one sheet (five times the SKM respondents of a whole kabupaten)."""
_PROLOG_MAKS = 1 << 16

_AWAL_BARIS = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_R_BARIS = re.compile(rb'\sr\s*=\s*["\'](\d+)')
_ADA_NILAI = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:v|is|f)[\s/>]")
_TAG_NILAI = (b"<v>", b"<v ", b":v>", b":v ", b"<is>", b":is>", b"<f>", b"<f ", b":f>", b":f ")
_PROLOG = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.S)
_DEKLARASI = re.compile(r"<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)")
_PENYANDIAN_SAH = frozenset(
    {
        "utf-8",
        "utf8",
        "us-ascii",
        "ascii",
        "iso-8859-1",
        "latin1",
        "windows-1252",
        "utf-16",
        "utf-16le",
        "utf-16be",
    }
)
_TEKS_HTML = re.compile(rb"<(?:!doctype\s+html|html|table|meta|body|head)[\s>]", re.I)


def _mb(n: int) -> str:
    from lakip_xl.calc.format_id import angka

    return f"{angka(round(n / 2**20))} MB"


def _jenis_ole(path: Path) -> str:
    """'sandi' (an encrypted OOXML package), 'xls', 'doc' or '' for a compound (OLE) file,
    judged by the stream names in its directory (UTF-16 in the file)."""
    ukuran = path.stat().st_size
    with path.open("rb") as f:
        if ukuran <= 64 * 2**20:
            isi = f.read()
        else:
            isi = f.read(8 * 2**20)
            f.seek(-8 * 2**20, 2)
            isi += f.read()
    for jenis, nama in (
        ("sandi", "EncryptedPackage"),
        ("sandi", "EncryptionInfo"),
        ("xls", "Workbook"),
        ("xls", "Book"),
        ("doc", "WordDocument"),
    ):
        if nama.encode("utf-16-le") + b"\0\0" in isi:
            return jenis
    return ""


def _bukan_zip(path: Path, awal: bytes) -> LakipError:
    """The message for a file that is not a zip: which format it seems to be and what to do."""
    nama = path.name
    simpan = "buka di Excel atau LibreOffice lalu Simpan Sebagai 'Excel Workbook (.xlsx)'"
    if awal.startswith(OLE_AWAL):
        jenis = _jenis_ole(path)
        if jenis == "sandi":
            return LakipError(
                f"Berkas '{nama}' dilindungi kata sandi (terenkripsi), sehingga tidak dapat "
                "dibaca. Buka di Excel dengan kata sandinya, hapus kata sandi (File > Info > "
                "Protect Workbook > Encrypt with Password, kosongkan isiannya) lalu simpan; "
                "di LibreOffice: Simpan Sebagai tanpa mencentang 'Simpan dengan kata sandi'."
            )
        if jenis == "doc":
            return LakipError(
                f"Berkas '{nama}' adalah dokumen Word (.doc), bukan buku kerja Excel; pilih "
                "berkas buku kerja yang benar."
            )
        return LakipError(
            f"Berkas '{nama}' berformat .xls lama (Excel 97-2003); {simpan}, lalu ulangi."
        )
    kepala = awal.lstrip(b"\xef\xbb\xbf\xff\xfe\r\n\t ").replace(b"\0", b"")
    if kepala.startswith(b"%PDF"):
        return LakipError(
            f"Berkas '{nama}' adalah PDF, bukan buku kerja Excel; minta berkas .xlsx aslinya."
        )
    if b"urn:schemas-microsoft-com:office:spreadsheet" in awal:
        return LakipError(
            f"Berkas '{nama}' berformat 'XML Spreadsheet 2003'; {simpan}, lalu ulangi."
        )
    if _TEKS_HTML.search(kepala[:4096]):
        return LakipError(
            f"Berkas '{nama}' adalah halaman web (HTML) yang diberi nama seperti buku kerja "
            f"(biasanya hasil unduhan dari aplikasi daring); {simpan}, lalu ulangi."
        )
    return LakipError(
        f"Berkas '{nama}' bukan buku kerja Excel (.xlsx); mungkin CSV atau teks yang diganti "
        f"namanya. {simpan[0].upper()}{simpan[1:]}."
    )


def _ada_dtd(awal: bytes) -> bool:
    """True when the start of an XML part declares a DTD (entities: an entity bomb, an
    external entity), names an unusual encoding, or has a suspiciously long prolog. Excel,
    LibreOffice and the OOXML libraries never write any of these, so such a part is refused
    before any parser sees it."""
    data = awal[3:] if awal.startswith(b"\xef\xbb\xbf") else awal
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        teks = data.decode("utf-16", "ignore")
    elif data[:2] == b"<\0":
        teks = data.decode("utf-16-le", "ignore")
    elif data[:2] == b"\0<":
        teks = data.decode("utf-16-be", "ignore")
    elif b"\0" in data[:4]:
        return True  # UCS-4 or another encoding no spreadsheet writer uses
    else:
        teks = data.decode("utf-8", "ignore")
    m = _DEKLARASI.match(teks)
    if m and m.group(1) and m.group(1).strip().lower() not in _PENYANDIAN_SAH:
        return True
    i = 0
    while True:
        m = _PROLOG.match(teks, i)
        if not m or m.end() == i:
            break
        i = m.end()
    sisa = teks[i:]
    if sisa[:9].upper() == "<!DOCTYPE" or sisa[:8].upper() == "<!ENTITY":
        return True
    # a prolog item that does not end within the first 64 KB is no writer's work either
    return sisa.startswith(("<?", "<!")) or (not sisa and len(awal) >= _PROLOG_MAKS)


def _hitung_baris_data(f: Any, awal: bytes) -> tuple[int, int]:
    """Stream a worksheet's XML (`awal` is what was already read of it) and count the rows
    holding a value, stopping as soon as there are more than MAKS_BARIS_DATA: (rows counted,
    number of the last row looked at). Plain byte scanning: nothing is parsed."""
    jumlah = nomor = 0
    potongan = awal or f.read(1 << 20)
    buf = potongan
    cari = 0
    mulai = -1  # where the row being read starts in buf
    while True:
        selesai = not potongan
        awal_baris = [m.start() for m in _AWAL_BARIS.finditer(buf, cari)]
        if selesai:
            ujung = buf.find(b"sheetData>", max(mulai, 0))
            awal_baris.append(ujung if ujung >= 0 else len(buf))
        for s in awal_baris:
            if mulai >= 0:
                tutup = buf.find(b">", mulai, s)
                m = _R_BARIS.search(buf, mulai, tutup if tutup > 0 else s)
                nomor = int(m.group(1)) if m else nomor + 1
                if _ADA_NILAI.search(buf, mulai + 1, s):
                    jumlah += 1
                    if jumlah > MAKS_BARIS_DATA:
                        return jumlah, nomor
            mulai = s
        if selesai:
            return jumlah, nomor
        if mulai >= 0:
            buf = buf[mulai:]
            mulai = 0
            cari = max(1, len(buf) - 64)  # a row tag may have been cut at the end
        else:
            buf = buf[-64:]
            cari = 0
        potongan = f.read(1 << 20)
        buf += potongan


def _periksa_zip(path: Path, z: zipfile.ZipFile) -> None:
    """Checks on an opened zip: a workbook, within the limits, every part intact, no DTD."""
    nama = path.name
    infos = z.infolist()
    daftar = {i.filename for i in infos}
    if "xl/workbook.xml" not in daftar:
        if "content.xml" in daftar:
            raise LakipError(
                f"Berkas '{nama}' berformat LibreOffice (.ods); di LibreOffice pilih Simpan "
                "Sebagai 'Excel 2007-365 (.xlsx)' lalu ulangi."
            )
        if "word/document.xml" in daftar:
            raise LakipError(
                f"Berkas '{nama}' adalah dokumen Word (.docx), bukan buku kerja Excel; pilih "
                "berkas buku kerja yang benar."
            )
        dalam = [n for n in daftar if n.lower().endswith((".xlsx", ".xlsm"))]
        if dalam:
            raise LakipError(
                f"Berkas '{nama}' adalah arsip ZIP berisi '{dalam[0]}'; ekstrak dulu buku "
                "kerjanya lalu pakai berkas hasil ekstraksi itu."
            )
        raise LakipError(f"Berkas '{nama}' bukan buku kerja Excel (.xlsx).")
    if len(infos) > MAKS_BAGIAN:
        raise LakipError(
            f"Berkas '{nama}' berisi {len(infos)} bagian, jauh lebih banyak dari buku kerja "
            "biasa; berkas ini tidak dibuka. Pakai buku kerja dari `lakip baru` atau cadangannya."
        )
    _periksa_ukuran(
        infos,
        f"Berkas '{nama}'",
        "(bom zip atau sheet raksasa) tidak dibuka. Hapus baris dan isi yang tidak perlu, atau "
        "pakai cadangannya.",
        "hapus sheet, gambar atau baris yang tidak perlu.",
    )
    with z.open("xl/workbook.xml") as f:
        awal = f.read(_PROLOG_MAKS)
    if _ada_dtd(awal):
        raise _berbahaya(nama, "xl/workbook.xml")
    if b"purl.oclc.org/ooxml/spreadsheetml" in awal:
        raise LakipError(
            f"Berkas '{nama}' disimpan sebagai 'Strict Open XML Spreadsheet'; di Excel pilih "
            "Simpan Sebagai 'Excel Workbook (.xlsx)' lalu ulangi."
        )
    rels = "xl/_rels/workbook.xml.rels"
    if rels not in daftar:
        raise LakipError(f"Berkas '{nama}' rusak (bagian {rels} tidak ada); pakai cadangannya.")
    with z.open(rels) as f:
        if _ada_dtd(f.read(_PROLOG_MAKS)):
            raise _berbahaya(nama, rels)
    from lakip_xl.buku.tulis import peta_sheet

    try:
        sheet = {part: s for s, part in peta_sheet(z).items()}
    except etree.XMLSyntaxError:
        raise LakipError(
            f"Berkas '{nama}' rusak (daftar sheet tidak terbaca); pakai cadangannya."
        ) from None
    for part, s in sheet.items():
        if part not in daftar:
            raise LakipError(
                f"Berkas '{nama}' rusak: isi sheet '{s}' ({part}) tidak ada di dalam berkas; "
                "pakai cadangannya."
            )
    for i in infos:
        if i.is_dir():
            continue
        xml = i.filename.lower().endswith((".xml", ".rels", ".vml"))
        lembar = sheet.get(i.filename) if "/worksheets/" in i.filename else None
        with z.open(i) as f:
            awal = f.read(_PROLOG_MAKS)
            if xml and _ada_dtd(awal):
                raise _berbahaya(nama, i.filename)
            # to the end: the CRC is checked there
            tag_baris = _jumlah_tag(f, awal, (b"<row", b":row")) if lembar else _habiskan(f)
        tag_nilai = 0
        if lembar and tag_baris > MAKS_BARIS_DATA:
            with z.open(i) as f:
                tag_nilai = _jumlah_tag(f, b"", _TAG_NILAI)
        if tag_nilai > MAKS_BARIS_DATA:
            with z.open(i) as f:
                jumlah, nomor = _hitung_baris_data(f, b"")
            if jumlah > MAKS_BARIS_DATA:
                from lakip_xl.calc.format_id import angka

                raise LakipError(
                    f"berisi lebih dari {angka(MAKS_BARIS_DATA)} baris data (batas itu "
                    f"terlampaui di baris {angka(nomor)} berkas '{nama}'), jauh di atas "
                    "kebutuhan LKj; hapus baris yang tidak perlu (mis. nomor yang terisi sampai "
                    "baris terakhir), simpan, lalu ulangi",
                    sheet=lembar,
                )


def _jumlah_tag(f: Any, awal: bytes, tag: tuple[bytes, ...]) -> int:
    """Read a part to its end, counting the tags by plain bytes: an upper bound of its <row>
    elements, or of its cells holding a value (<v>, <is>, <f>); only when both exceed
    MAKS_BARIS_DATA must the rows be looked at one by one."""
    jumlah = 0
    sisa = b""
    potongan = awal or f.read(1 << 20)
    while potongan:
        buf = sisa + potongan
        jumlah += sum(buf.count(t) for t in tag)
        sisa = buf[-4:]  # a tag cut in two is counted once, a whole one never twice
        potongan = f.read(1 << 20)
    return jumlah


def _habiskan(f: Any) -> int:
    """Read a part to its end (its CRC is checked there)."""
    while f.read(1 << 20):
        pass
    return 0


def _berbahaya(nama: str, part: str) -> LakipError:
    return LakipError(
        f"Berkas '{nama}' ditolak: bagian {part} memuat deklarasi DTD/entitas XML, yang tidak "
        "pernah ditulis Excel maupun LibreOffice (tanda berkas dimanipulasi, mis. bom entitas "
        "atau entitas eksternal). Minta berkas aslinya atau pakai cadangannya."
    )


def periksa_berkas(path: Path) -> None:
    """Refuse, with an Indonesian sentence naming the file (and the sheet), anything that is not
    a readable .xlsx/.xlsm: another format (also renamed), a damaged or truncated zip, a zip
    bomb, a part with a DTD (entity bomb, external entity), a sheet of more than
    MAKS_BARIS_DATA rows. Streams every part once (each CRC is checked); nothing is parsed."""
    if not path.exists():
        raise LakipError(f"Berkas '{path}' tidak ditemukan; periksa nama dan foldernya.")
    if path.is_dir():
        raise LakipError(f"'{path}' adalah folder, bukan berkas buku kerja.")
    ukuran = path.stat().st_size
    if ukuran == 0:
        raise LakipError(f"Berkas '{path.name}' kosong (0 byte); salin lagi dari cadangan.")
    with path.open("rb") as f:
        awal = f.read(8192)
    if not awal.startswith(b"PK"):
        raise _bukan_zip(path, awal)
    try:
        with zipfile.ZipFile(path) as z:
            _periksa_zip(path, z)
    except LakipError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as e:
        m = re.search(r"for file '([^']+)'", str(e))
        bagian = f" (bagian {m.group(1)})" if m else ""
        raise LakipError(
            f"Berkas '{path.name}' rusak atau terpotong{bagian}; pakai cadangannya atau "
            "unduh/salin ulang."
        ) from None
    except NotImplementedError:
        raise LakipError(
            f"Berkas '{path.name}' dikemas dengan cara yang tidak dikenal (mis. zip berkata "
            f"sandi); {path.suffix} ini tidak dapat dibaca. Simpan ulang di Excel atau "
            "LibreOffice."
        ) from None
    except RuntimeError:
        raise LakipError(
            f"Berkas '{path.name}' berisi bagian yang terkunci kata sandi; simpan ulang tanpa "
            "kata sandi di Excel atau LibreOffice."
        ) from None
    except OSError as e:
        raise dari_oserror(e) from None
    except Exception as e:  # anything else a damaged zip directory may raise
        raise LakipError(
            f"Berkas '{path.name}' rusak sehingga tidak dapat dibaca sebagai buku kerja; pakai "
            "cadangannya atau unduh/salin ulang."
        ) from e


def periksa_docx(path: Path, jenis: str = "Templat") -> None:
    """The same checks for a Word template (.docx) before python-docx or docxtpl opens it:
    a .docx and not another format, an intact zip, no zip bomb (a document.xml that unpacks to
    gigabytes is refused from the zip directory, before anything is unpacked), no DTD."""
    if not path.is_file():
        raise LakipError(f"{jenis} '{path}' tidak ditemukan; periksa nama dan foldernya.")
    with path.open("rb") as f:
        awal = f.read(8192)
    simpan = "buka di Word lalu Simpan Sebagai 'Word Document (.docx)'"
    if not awal:
        raise LakipError(f"{jenis} '{path.name}' kosong (0 byte).")
    if awal.startswith(OLE_AWAL):
        raise LakipError(f"{jenis} '{path.name}' berformat .doc lama; {simpan}, lalu ulangi.")
    if not awal.startswith(b"PK"):
        raise LakipError(f"{jenis} '{path.name}' bukan dokumen Word (.docx); {simpan}.")
    try:
        with zipfile.ZipFile(path) as z:
            _periksa_zip_docx(path, z, jenis)
    except LakipError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, RuntimeError):
        raise LakipError(
            f"{jenis} '{path.name}' rusak atau terpotong; simpan ulang di Word lalu ulangi."
        ) from None
    except Exception as e:  # anything else a damaged zip directory may raise
        raise LakipError(
            f"{jenis} '{path.name}' rusak sehingga tidak dapat dibaca; simpan ulang di Word lalu "
            "ulangi."
        ) from e


def _periksa_ukuran(
    infos: list[zipfile.ZipInfo], berkas: str, saran_bom: str, saran_besar: str
) -> None:
    """Refuse, from the zip directory alone, a part that unpacks too large or too many times its
    packed size (a zip bomb), and a package too large in total. `berkas` names the file
    ("Berkas 'x.xlsx'"); the two advices end the sentences."""
    total = 0
    for i in infos:
        total += i.file_size
        if i.file_size > MAKS_UKURAN_BAGIAN or (
            i.file_size > RASIO_MULAI and i.file_size > MAKS_RASIO * max(i.compress_size, 1)
        ):
            raise LakipError(
                f"{berkas} berisi bagian {i.filename} yang membesar menjadi "
                f"{_mb(i.file_size)} saat dibuka (dari {_mb(i.compress_size)}); berkas seperti "
                f"ini {saran_bom}"
            )
    if total > MAKS_UKURAN_TOTAL:
        raise LakipError(
            f"{berkas} membesar menjadi {_mb(total)} saat dibuka, melebihi batas "
            f"{_mb(MAKS_UKURAN_TOTAL)}; {saran_besar}"
        )


def _periksa_zip_docx(path: Path, z: zipfile.ZipFile, jenis: str) -> None:
    nama = path.name
    infos = z.infolist()
    if "word/document.xml" not in {i.filename for i in infos}:
        raise LakipError(f"{jenis} '{nama}' bukan dokumen Word (.docx).")
    if len(infos) > MAKS_BAGIAN:
        raise LakipError(f"{jenis} '{nama}' berisi {len(infos)} bagian; berkas ini tidak dibuka.")
    _periksa_ukuran(
        infos,
        f"{jenis} '{nama}'",
        "(bom zip) tidak dibuka. Pakai templat dari `lakip templat`.",
        "kecilkan gambar di dalamnya.",
    )
    for i in infos:
        if i.is_dir():
            continue
        with z.open(i) as f:
            awal = f.read(_PROLOG_MAKS)
            if i.filename.lower().endswith((".xml", ".rels")) and _ada_dtd(awal):
                raise LakipError(
                    f"{jenis} '{nama}' ditolak: bagian {i.filename} memuat deklarasi DTD/entitas "
                    "XML, yang tidak pernah ditulis Word maupun LibreOffice."
                )
            while f.read(1 << 20):  # to the end: the CRC is checked there
                pass


# The same checks for other readers of Office files (the reviu reads any .docx with them).
jenis_ole = _jenis_ole
ada_dtd = _ada_dtd
periksa_ukuran = _periksa_ukuran
