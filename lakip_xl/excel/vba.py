"""Write a VBA project (xl/vbaProject.bin) from module source text, per MS-OVBA and MS-CFB.

Standard library only. The project is "version independent": `_VBA_PROJECT` declares version
0xFFFF, so no compiled performance cache is stored and Excel compiles the modules from their
source on first open (the same form xlwings ships its quickstart workbooks in). Each module
stream holds only the compressed source (MODULEOFFSET 0).

    proyek = ProyekVBA(modul=[Modul.dari_teks(teks_bas), ...])
    data = proyek.ke_bin()          # bytes of vbaProject.bin

`dekompresi` is the MS-OVBA 2.4.1 decompressor, used to check our own output; tests also read
the result back with oletools' olevba and with LibreOffice.
"""

from __future__ import annotations

import re
import struct
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

# --- MS-OVBA 2.4.1 compression ------------------------------------------------------------

_UKURAN_CHUNK = 4096


def _bit_count(selisih: int) -> int:
    """Bits of a CopyToken's offset for a position `selisih` bytes into the chunk (>= 4)."""
    n = 4
    while (1 << n) < selisih:
        n += 1
    return n


def _kompres_chunk(data: bytes) -> bytes:
    """One CompressedChunk (header + data) for at most 4096 decompressed bytes."""
    keluar = bytearray()
    i = 0
    n = len(data)
    posisi: dict[bytes, list[int]] = {}
    while i < n:
        flag_idx = len(keluar)
        keluar.append(0)
        flag = 0
        for bit in range(8):
            if i >= n:
                break
            bc = _bit_count(i)
            maks_len = (0xFFFF >> bc) + 3
            maks_off = 1 << bc
            terbaik_len, terbaik_off = 0, 0
            if i + 3 <= n:
                kandidat = posisi.get(data[i : i + 3], ())
                batas = min(maks_len, n - i)
                for p in reversed(kandidat[-96:]):
                    off = i - p
                    if off > maks_off:
                        break
                    panjang = 3
                    while panjang < batas and data[p + panjang] == data[i + panjang]:
                        panjang += 1
                    if panjang > terbaik_len:
                        terbaik_len, terbaik_off = panjang, off
                        if panjang == batas:
                            break
            if terbaik_len >= 3:
                token = ((terbaik_off - 1) << (16 - bc)) | (terbaik_len - 3)
                keluar += struct.pack("<H", token)
                flag |= 1 << bit
                langkah = terbaik_len
            else:
                keluar.append(data[i])
                langkah = 1
            for j in range(i, i + langkah):
                if j + 3 <= n:
                    posisi.setdefault(data[j : j + 3], []).append(j)
            i += langkah
        keluar[flag_idx] = flag
    if len(keluar) > _UKURAN_CHUNK:
        if n != _UKURAN_CHUNK:
            raise ValueError("potongan terakhir tidak dapat dikompresi")
        # raw chunk: flag 0, size field 4095 (4096 + 2 header bytes - 3)
        return struct.pack("<H", 0x3000 | (_UKURAN_CHUNK + 2 - 3)) + data
    header = 0x8000 | 0x3000 | (len(keluar) + 2 - 3)
    return struct.pack("<H", header) + bytes(keluar)


def kompresi(data: bytes) -> bytes:
    """MS-OVBA CompressedContainer of `data` (signature byte 0x01, then chunks)."""
    keluar = bytearray(b"\x01")
    for awal in range(0, len(data), _UKURAN_CHUNK):
        keluar += _kompres_chunk(data[awal : awal + _UKURAN_CHUNK])
    return bytes(keluar)


def dekompresi(wadah: bytes) -> bytes:
    """Decompress an MS-OVBA CompressedContainer; ValueError when it is malformed."""
    if not wadah or wadah[0] != 1:
        raise ValueError("tanda tangan kontainer VBA bukan 0x01")
    keluar = bytearray()
    i = 1
    while i < len(wadah):
        if i + 2 > len(wadah):
            raise ValueError("header potongan terpotong")
        (header,) = struct.unpack_from("<H", wadah, i)
        ukuran = (header & 0x0FFF) + 3
        if (header >> 12) & 0b0111 != 0b011:
            raise ValueError("tanda tangan potongan salah")
        akhir = min(i + ukuran, len(wadah))
        i += 2
        awal_chunk = len(keluar)
        if not header & 0x8000:
            keluar += wadah[i : i + _UKURAN_CHUNK]
            i += _UKURAN_CHUNK
            continue
        while i < akhir:
            flag = wadah[i]
            i += 1
            for bit in range(8):
                if i >= akhir:
                    break
                if flag & (1 << bit):
                    (token,) = struct.unpack_from("<H", wadah, i)
                    i += 2
                    bc = _bit_count(len(keluar) - awal_chunk)
                    panjang = (token & (0xFFFF >> bc)) + 3
                    off = (token >> (16 - bc)) + 1
                    if off > len(keluar) - awal_chunk:
                        raise ValueError("CopyToken menunjuk ke luar potongan")
                    for _ in range(panjang):
                        keluar.append(keluar[-off])
                else:
                    keluar.append(wadah[i])
                    i += 1
    return bytes(keluar)


# --- MS-OVBA 2.4.3 data encryption (CMG, DPB, GC of the PROJECT stream) -------------------


def enkripsi(data: bytes, id_proyek: str, seed: int = 0x8D) -> str:
    """Encrypt `data` as the PROJECT stream's CMG/DPB/GC values (upper-case hex text)."""
    versi = 2
    kunci = sum(id_proyek.encode("ascii")) & 0xFF
    keluar = bytearray([seed, seed ^ versi, seed ^ kunci])
    tak_enkripsi1 = kunci
    enkripsi1 = seed ^ kunci
    enkripsi2 = seed ^ versi
    for _ in range((seed & 6) // 2):
        sementara = 0
        b = ((enkripsi2 + tak_enkripsi1) & 0xFF) ^ sementara
        keluar.append(b)
        enkripsi2, enkripsi1, tak_enkripsi1 = enkripsi1, b, sementara
    for x in struct.pack("<I", len(data)) + data:
        b = ((enkripsi2 + tak_enkripsi1) & 0xFF) ^ x
        keluar.append(b)
        enkripsi2, enkripsi1, tak_enkripsi1 = enkripsi1, b, x
    return keluar.hex().upper()


def dekripsi(teks_hex: str) -> bytes:
    """Decrypt a CMG/DPB/GC value; ValueError when the version byte is wrong."""
    d = bytes.fromhex(teks_hex)
    seed = d[0]
    if d[1] ^ seed != 2:
        raise ValueError("versi enkripsi bukan 2")
    kunci = d[2] ^ seed
    tak_enkripsi1, enkripsi1, enkripsi2 = kunci, d[2], d[1]
    i = 3
    for _ in range((seed & 6) // 2):
        b = d[i]
        tak = ((enkripsi2 + tak_enkripsi1) & 0xFF) ^ b
        enkripsi2, enkripsi1, tak_enkripsi1 = enkripsi1, b, tak
        i += 1
    keluar = bytearray()
    for b in d[i:]:
        x = ((enkripsi2 + tak_enkripsi1) & 0xFF) ^ b
        keluar.append(x)
        enkripsi2, enkripsi1, tak_enkripsi1 = enkripsi1, b, x
    panjang = struct.unpack("<I", bytes(keluar[:4]))[0]
    return bytes(keluar[4 : 4 + panjang])


# --- modules and the project ----------------------------------------------------------------


class JenisModul(Enum):
    """Procedural (.bas), class (.cls) or document (ThisWorkbook, a sheet) module."""

    STANDAR = "Module"
    KELAS = "Class"
    DOKUMEN = "Document"


BASE_WORKBOOK = "0{00020819-0000-0000-C000-000000000046}"
BASE_SHEET = "0{00020820-0000-0000-C000-000000000046}"

_ATRIBUT_DOKUMEN = (
    'Attribute VB_Base = "{base}"',
    "Attribute VB_GlobalNameSpace = False",
    "Attribute VB_Creatable = False",
    "Attribute VB_PredeclaredId = True",
    "Attribute VB_Exposed = True",
    "Attribute VB_TemplateDerived = False",
    "Attribute VB_Customizable = True",
)


@dataclass(frozen=True)
class Modul:
    """One VBA module: its name, kind and full source (with its Attribute lines)."""

    nama: str
    jenis: JenisModul
    sumber: str
    keterangan: str = ""

    @classmethod
    def dari_teks(cls, teks: str) -> Modul:
        """A module from .bas/.cls text; the name comes from `Attribute VB_Name`, the kind
        from VB_Base (a class has one, a standard module none). Lines before the attributes
        (a .cls export's VERSION/BEGIN header) are dropped."""
        baris = teks.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while baris and not baris[0].startswith("Attribute "):
            baris.pop(0)
        sumber = "\n".join(baris)
        m = re.search(r'^Attribute VB_Name = "([^"]+)"', sumber, re.M)
        if not m:
            raise ValueError("teks modul VBA tidak punya baris Attribute VB_Name")
        base = re.search(r'^Attribute VB_Base = "([^"]+)"', sumber, re.M)
        if base is None:
            jenis = JenisModul.STANDAR
        elif base.group(1) in (BASE_WORKBOOK, BASE_SHEET):
            jenis = JenisModul.DOKUMEN
        else:
            jenis = JenisModul.KELAS
        ket = re.search(r'^Attribute VB_Description = "(.*)"\s*$', sumber, re.M)
        keterangan = ket.group(1).replace("\\r\\n", "\r\n") if ket else ""
        return cls(m.group(1), jenis, sumber, keterangan)

    @classmethod
    def dokumen(cls, nama: str, base: str) -> Modul:
        """An empty document module (ThisWorkbook with BASE_WORKBOOK, a sheet with BASE_SHEET)."""
        baris = [f'Attribute VB_Name = "{nama}"'] + [a.format(base=base) for a in _ATRIBUT_DOKUMEN]
        return cls(nama, JenisModul.DOKUMEN, "\n".join(baris) + "\n")

    def sumber_crlf(self) -> bytes:
        """The source as stored: CRLF line ends, Windows-1252."""
        teks = self.sumber.replace("\r\n", "\n").replace("\n", "\r\n")
        if not teks.endswith("\r\n"):
            teks += "\r\n"
        return teks.encode("cp1252")


@dataclass(frozen=True)
class Referensi:
    """A registered type library reference (REFERENCEREGISTERED)."""

    nama: str
    libid: str


REFERENSI_BAKU = (
    Referensi(
        "stdole",
        "*\\G{00020430-0000-0000-C000-000000000046}#2.0#0#"
        "C:\\Windows\\System32\\stdole2.tlb#OLE Automation",
    ),
    Referensi(
        "Office",
        "*\\G{2DF8D04C-5BFA-101B-BDE5-00AA0044DE52}#2.0#0#"
        "C:\\Program Files\\Common Files\\Microsoft Shared\\OFFICE16\\MSO.DLL#"
        "Microsoft Office 16.0 Object Library",
    ),
)


_TANPA_PROTEKSI = bytes(4)  # ProjectProtectionState: nothing protected
_TANPA_SANDI = bytes(1)  # ProjectPassword: none
_TERLIHAT = bytes([0xFF])  # ProjectVisibilityState: visible


def _rec(rid: int, data: bytes) -> bytes:
    return struct.pack("<HI", rid, len(data)) + data


def _mbcs(teks: str) -> bytes:
    return teks.encode("cp1252")


def _u16(teks: str) -> bytes:
    return teks.encode("utf-16-le")


@dataclass
class ProyekVBA:
    """A VBA project: its modules (document modules first, as Excel lists them)."""

    modul: Sequence[Modul]
    nama: str = "VBAProject"
    id_proyek: str = field(default_factory=lambda: "{" + str(uuid.uuid4()).upper() + "}")
    referensi: Sequence[Referensi] = REFERENSI_BAKU
    seed: int = 0x8D

    def __post_init__(self) -> None:
        nama = [m.nama for m in self.modul]
        if len({n.casefold() for n in nama}) != len(nama):
            raise ValueError("nama modul VBA ganda")
        for n in nama:
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,30}", n):
                raise ValueError(f"nama modul VBA '{n}' tidak sah")

    def stream_dir(self) -> bytes:
        """The uncompressed `dir` stream (MS-OVBA 2.3.4.2)."""
        d = bytearray()
        d += _rec(0x0001, struct.pack("<I", 1))  # SYSKIND: 32-bit Windows
        d += _rec(0x0002, struct.pack("<I", 0x0409))  # LCID
        d += _rec(0x0014, struct.pack("<I", 0x0409))  # LCIDINVOKE
        d += _rec(0x0003, struct.pack("<H", 1252))  # CODEPAGE
        d += _rec(0x0004, _mbcs(self.nama))
        d += _rec(0x0005, b"") + _rec(0x0040, b"")  # DOCSTRING + unicode
        d += _rec(0x0006, b"") + _rec(0x003D, b"")  # HELPFILEPATH 1 and 2
        d += _rec(0x0007, struct.pack("<I", 0))  # HELPCONTEXT
        d += _rec(0x0008, struct.pack("<I", 0))  # LIBFLAGS
        d += struct.pack("<HIIH", 0x0009, 4, 1, 0)  # VERSION: major 1, minor 0
        d += _rec(0x000C, b"") + _rec(0x003C, b"")  # CONSTANTS + unicode
        for r in self.referensi:
            d += _rec(0x0016, _mbcs(r.nama)) + _rec(0x003E, _u16(r.nama))
            libid = _mbcs(r.libid)
            d += _rec(0x000D, struct.pack("<I", len(libid)) + libid + struct.pack("<IH", 0, 0))
        d += _rec(0x000F, struct.pack("<H", len(self.modul)))
        d += _rec(0x0013, struct.pack("<H", 0xFFFF))  # PROJECTCOOKIE
        for m in self.modul:
            d += _rec(0x0019, _mbcs(m.nama)) + _rec(0x0047, _u16(m.nama))
            d += _rec(0x001A, _mbcs(m.nama)) + _rec(0x0032, _u16(m.nama))
            d += _rec(0x001C, _mbcs(m.keterangan)) + _rec(0x0048, _u16(m.keterangan))
            d += _rec(0x0031, struct.pack("<I", 0))  # MODULEOFFSET: source at 0
            d += _rec(0x001E, struct.pack("<I", 0))  # HELPCONTEXT
            d += _rec(0x002C, struct.pack("<H", 0xFFFF))  # MODULECOOKIE
            d += _rec(0x0021 if m.jenis is JenisModul.STANDAR else 0x0022, b"")
            d += _rec(0x002B, b"")  # module terminator
        d += _rec(0x0010, b"")  # dir terminator
        return bytes(d)

    def stream_project(self) -> bytes:
        """The PROJECT stream (MS-OVBA 2.3.1): the project's text properties."""
        baris = [f'ID="{self.id_proyek}"']
        for m in self.modul:
            if m.jenis is JenisModul.DOKUMEN:
                baris.append(f"Document={m.nama}/&H00000000")
            else:
                baris.append(f"{m.jenis.value}={m.nama}")
        baris += [
            f'Name="{self.nama}"',
            'HelpContextID="0"',
            'VersionCompatible32="393222000"',
            f'CMG="{enkripsi(_TANPA_PROTEKSI, self.id_proyek, self.seed)}"',
            f'DPB="{enkripsi(_TANPA_SANDI, self.id_proyek, self.seed)}"',
            f'GC="{enkripsi(_TERLIHAT, self.id_proyek, self.seed)}"',
            "",
            "[Host Extender Info]",
            "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000",
            "",
            "[Workspace]",
        ]
        baris += [f"{m.nama}=0, 0, 0, 0, C" for m in self.modul]
        return ("\r\n".join(baris) + "\r\n").encode("cp1252")

    def stream_projectwm(self) -> bytes:
        """PROJECTwm: each module name in MBCS and UTF-16, NUL terminated."""
        d = bytearray()
        for m in self.modul:
            d += _mbcs(m.nama) + b"\x00" + _u16(m.nama) + b"\x00\x00"
        return bytes(d + b"\x00\x00")

    def ke_bin(self) -> bytes:
        """The vbaProject.bin compound file."""
        vba: dict[str, bytes] = {
            "_VBA_PROJECT": bytes.fromhex("CC61FFFF000100"),
            "dir": kompresi(self.stream_dir()),
        }
        for m in self.modul:
            vba[m.nama] = kompresi(m.sumber_crlf())
        pohon: dict[str, bytes | dict[str, bytes]] = {
            "VBA": vba,  # type: ignore[dict-item]
            "PROJECT": self.stream_project(),
            "PROJECTwm": self.stream_projectwm(),
        }
        return tulis_cfb(pohon)


# --- MS-CFB: a minimal compound file writer (version 3, 512-byte sectors) ------------------

_SEKTOR = 512
_MINI = 64
_BATAS_MINI = 4096
_FREESECT = 0xFFFFFFFF
_ENDOFCHAIN = 0xFFFFFFFE
_FATSECT = 0xFFFFFFFD
_NOSTREAM = 0xFFFFFFFF


@dataclass
class _Entri:
    nama: str
    jenis: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    anak: list[_Entri] = field(default_factory=list)
    kiri: int = _NOSTREAM
    kanan: int = _NOSTREAM
    anak_akar: int = _NOSTREAM
    sektor: int = _ENDOFCHAIN
    indeks: int = 0


def _kunci_nama(nama: str) -> tuple[int, str]:
    return (len(nama), nama.upper())


def _susun_pohon(entri: list[_Entri]) -> int:
    """Sibling tree of one storage's children as a balanced binary search tree (all black)."""
    urut = sorted(entri, key=lambda e: _kunci_nama(e.nama))

    def bangun(awal: int, akhir: int) -> int:
        if awal >= akhir:
            return _NOSTREAM
        tengah = (awal + akhir) // 2
        e = urut[tengah]
        e.kiri = bangun(awal, tengah)
        e.kanan = bangun(tengah + 1, akhir)
        return e.indeks

    return bangun(0, len(urut))


def _rantai(fat: list[int], awal: int, jumlah: int) -> None:
    for i in range(jumlah):
        fat[awal + i] = awal + i + 1 if i < jumlah - 1 else _ENDOFCHAIN


def tulis_cfb(pohon: dict[str, bytes | dict]) -> bytes:
    """A compound file from a tree {name: bytes (stream) | dict (storage)}."""
    akar = _Entri("Root Entry", 5)
    semua = [akar]

    def tambah(induk: _Entri, isi: dict) -> None:
        for nama, nilai in isi.items():
            if len(nama) > 31:
                raise ValueError(f"nama '{nama}' lebih dari 31 karakter")
            if isinstance(nilai, dict):
                e = _Entri(nama, 1)
                e.indeks = len(semua)
                semua.append(e)
                induk.anak.append(e)
                tambah(e, nilai)
            else:
                e = _Entri(nama, 2, bytes(nilai))
                e.indeks = len(semua)
                semua.append(e)
                induk.anak.append(e)

    tambah(akar, pohon)
    for e in semua:
        if e.anak:
            e.anak_akar = _susun_pohon(e.anak)

    # mini stream: small streams packed in 64-byte mini sectors
    mini = bytearray()
    minifat: list[int] = []
    besar: list[_Entri] = []
    for e in semua:
        if e.jenis != 2:
            continue
        if len(e.data) < _BATAS_MINI:
            if not e.data:
                e.sektor = _ENDOFCHAIN
                continue
            n = -(-len(e.data) // _MINI)
            e.sektor = len(minifat)
            minifat.extend([0] * n)
            _rantai(minifat, e.sektor, n)
            mini += e.data + bytes(n * _MINI - len(e.data))
        else:
            besar.append(e)

    def sektor_untuk(n_byte: int) -> int:
        return -(-n_byte // _SEKTOR)

    n_dir = sektor_untuk(len(semua) * 128)
    n_minifat = sektor_untuk(len(minifat) * 4)
    n_mini = sektor_untuk(len(mini))
    n_besar = [sektor_untuk(len(e.data)) for e in besar]
    n_isi = n_dir + n_minifat + n_mini + sum(n_besar)
    n_fat = 1
    while n_fat * (_SEKTOR // 4) < n_isi + n_fat:
        n_fat += 1
    if n_fat > 109:
        raise ValueError("berkas terlalu besar untuk penulis CFB sederhana ini")
    fat = [_FREESECT] * (n_fat * (_SEKTOR // 4))
    for i in range(n_fat):
        fat[i] = _FATSECT
    pos = n_fat
    awal_dir = pos
    _rantai(fat, pos, n_dir)
    pos += n_dir
    awal_minifat = pos if n_minifat else _ENDOFCHAIN
    _rantai(fat, pos, n_minifat)
    pos += n_minifat
    akar.sektor = pos if n_mini else _ENDOFCHAIN
    akar.data = bytes(mini)
    _rantai(fat, pos, n_mini)
    pos += n_mini
    for e, n in zip(besar, n_besar, strict=True):
        e.sektor = pos
        _rantai(fat, pos, n)
        pos += n

    def pad(b: bytes) -> bytes:
        return b + bytes(-len(b) % _SEKTOR)

    header = bytearray()
    header += bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16)
    header += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIII", 0, n_fat, awal_dir, 0)
    header += struct.pack("<IIIII", _BATAS_MINI, awal_minifat, n_minifat, _ENDOFCHAIN, 0)
    difat = list(range(n_fat)) + [_FREESECT] * (109 - n_fat)
    header += struct.pack("<109I", *difat)
    assert len(header) == _SEKTOR

    direktori = bytearray()
    for e in semua:
        nama = _u16(e.nama) + b"\x00\x00"
        ukuran = len(e.data) if e.jenis in (2, 5) else 0
        direktori += nama + bytes(64 - len(nama))
        direktori += struct.pack("<HBB", len(nama), e.jenis, 1)
        direktori += struct.pack("<III", e.kiri, e.kanan, e.anak_akar)
        direktori += bytes(16) + struct.pack("<I", 0) + bytes(16)
        sektor = e.sektor if (e.jenis == 5 or ukuran) else _ENDOFCHAIN
        if e.jenis == 1:
            sektor = 0
        direktori += struct.pack("<IQ", sektor, ukuran)
    while len(direktori) % _SEKTOR:
        direktori += bytes(64) + struct.pack("<HBB", 0, 0, 0)
        direktori += struct.pack("<III", _NOSTREAM, _NOSTREAM, _NOSTREAM) + bytes(48)

    keluar = bytearray(header)
    keluar += struct.pack(f"<{len(fat)}I", *fat)
    keluar += direktori
    if n_minifat:
        mf = minifat + [_FREESECT] * (n_minifat * (_SEKTOR // 4) - len(minifat))
        keluar += struct.pack(f"<{len(mf)}I", *mf)
    keluar += pad(bytes(mini))
    for e in besar:
        keluar += pad(e.data)
    return bytes(keluar)
