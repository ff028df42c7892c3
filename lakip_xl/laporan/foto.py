"""Photos and the logo of the report: read what phones and Pemda sites give, refuse what is not
a picture, and shrink big photos to the page.

Pictures come from WhatsApp and phones: WebP or HEIC saved as `.jpg`, a JPEG cut short by a
failed download, a 0-byte file, a 12-megapixel photo; logos are often SVG or PDF. `periksa`
says in one Indonesian sentence what is wrong with a file (None when it can be used);
`siapkan` gives the bytes to embed (JPEG or PNG, at most the page width at DPI dots per inch).
A file is embedded only after Pillow decoded it completely; nothing else ever reaches the .docx.
"""

from __future__ import annotations

import functools
import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lakip_xl.errors import alasan_os

DPI = 200
"""Resolution photos are kept at: sharp in print, a 12-megapixel photo becomes ~0,3 MB."""
LEBAR_FOTO_CM = 12.0
"""Width of a photo in the report (render.py places them at this width)."""
TINGGI_LOGO_CM = 3.5
"""Height of the logo on the cover."""
UKURAN_LOGO: dict[str, Any] = {"lebar_cm": None, "tinggi_cm": TINGGI_LOGO_CM, "dpi": 300}
"""`siapkan` arguments for the logo: 3,5 cm high, at 300 dpi (the cover is printed large)."""
MAKS_BYTE = 64 * 2**20
"""A bigger file is no phone photo: refused before it is read."""
MAKS_PIKSEL = 120_000_000
"""Pixels of one picture (a 108-megapixel phone photo fits; a decompression bomb does not)."""
MAKS_BYTE_SVG = 5 * 2**20
UTUH_BYTE = 1 * 2**20
"""A JPEG or PNG this small that needs no shrinking or turning is embedded as it is."""
FORMAT_DIBACA = ("JPEG", "PNG", "GIF", "BMP", "WEBP", "TIFF", "HEIF", "AVIF", "MPO")
"""Formats opened; never EPS/PS (Pillow runs Ghostscript for them) or anything exotic."""

_HEIC = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif")


class FotoDitolak(Exception):
    """A file that cannot go into the report; `str()` is the Indonesian reason."""


@dataclass
class FotoSiap:
    """A picture ready to embed: its bytes (JPEG or PNG) and pixel size."""

    data: bytes
    lebar: int
    tinggi: int

    def berkas(self) -> io.BytesIO:
        """A fresh stream of the bytes (python-docx reads the stream it is given)."""
        return io.BytesIO(self.data)


def _jenis_awal(awal: bytes) -> str:
    """'svg', 'pdf', 'heic' or '' judged by a file's first bytes (not by its name)."""
    kepala = awal.lstrip(b"\xef\xbb\xbf \t\r\n")
    if kepala.startswith(b"%PDF"):
        return "pdf"
    if kepala.startswith((b"<svg", b"<?xml", b"<!--", b"<!DOCTYPE svg")) and b"<svg" in awal:
        return "svg"
    if awal[4:8] == b"ftyp" and (awal[8:12] in _HEIC or any(b in awal[8:64] for b in _HEIC)):
        return "heic"
    return ""


def _heif_terpasang() -> bool:
    try:
        import pillow_heif
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def _svg(path: Path, data: bytes, tinggi_px: int) -> bytes:
    """An SVG logo drawn to PNG (cairosvg: no external files, no entities)."""
    if len(data) > MAKS_BYTE_SVG:
        raise FotoDitolak(f"'{path.name}' adalah SVG yang terlalu besar untuk sebuah logo")
    try:
        import cairosvg
    except (ImportError, OSError):  # not installed, or the cairo library is missing
        raise FotoDitolak(
            f"'{path.name}' adalah gambar SVG, yang belum dapat dibaca di komputer ini; simpan "
            "logonya sebagai PNG (buka SVG di Inkscape atau LibreOffice Draw, lalu Ekspor > PNG) "
            "atau pasang `pip install cairosvg`"
        ) from None
    try:
        return cairosvg.svg2png(bytestring=data, output_height=tinggi_px, unsafe=False)
    except Exception as e:  # whatever a malformed SVG makes the parser raise
        raise FotoDitolak(
            f"'{path.name}' adalah SVG yang rusak atau tidak dapat digambar; simpan ulang "
            "sebagai PNG"
        ) from e


def _buka(path: Path, data: bytes) -> Any:
    """Open with Pillow (header only), with the reasons a user can act on."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAKS_PIKSEL
    Image.init()
    format_ = [f for f in FORMAT_DIBACA if f in Image.OPEN]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=format_)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise FotoDitolak(
            f"'{path.name}' berukuran lebih dari {MAKS_PIKSEL // 1_000_000} megapiksel; "
            "perkecil dulu"
        ) from None
    except UnidentifiedImageError:
        raise FotoDitolak(
            f"'{path.name}' bukan gambar yang dikenal (isinya bukan JPG, PNG, GIF, BMP, WebP "
            "atau HEIC), walau namanya seperti gambar; pilih berkas foto yang benar"
        ) from None
    except (OSError, ValueError, SyntaxError):
        raise FotoDitolak(f"'{path.name}' rusak; salin ulang fotonya") from None
    if im.width * im.height > MAKS_PIKSEL:
        raise FotoDitolak(f"'{path.name}' terlalu besar ({im.width} x {im.height} piksel)")
    return im


def _muat(path: Path, data: bytes, maks: tuple[int, int]) -> Any:
    """Decode the whole picture (a truncated file fails here), turned as the camera held it
    and shrunk to fit `maks` pixels."""
    from PIL import Image, ImageOps

    im = _buka(path, data)
    try:
        if im.format == "JPEG":
            im.draft("RGB", maks)  # decode at 1/2, 1/4 or 1/8 scale: fast and light
        im.load()
        im = ImageOps.exif_transpose(im) or im
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise FotoDitolak(
            f"'{path.name}' rusak atau terpotong (mis. unduhan yang gagal); salin ulang fotonya "
            "dari ponsel atau WhatsApp"
        ) from None
    if im.width > maks[0] or im.height > maks[1]:
        im.thumbnail(maks, Image.Resampling.LANCZOS)
    return im


def _baca(path: Path) -> bytes:
    if not path.is_file():
        raise FotoDitolak(f"berkas '{path}' tidak ditemukan")
    try:
        ukuran = path.stat().st_size
        if ukuran == 0:
            raise FotoDitolak(f"'{path.name}' kosong (0 byte); salin ulang fotonya")
        if ukuran > MAKS_BYTE:
            raise FotoDitolak(
                f"'{path.name}' berukuran {ukuran // 2**20} MB, terlalu besar untuk sebuah foto"
            )
        return path.read_bytes()
    except OSError as e:
        raise FotoDitolak(f"'{path.name}' {alasan_os(e)}") from e


def _maks_px(lebar_cm: float | None, tinggi_cm: float | None, dpi: int) -> tuple[int, int]:
    def px(cm: float | None) -> int:
        return round(cm / 2.54 * dpi) if cm else 100_000

    return px(lebar_cm), px(tinggi_cm)


def siapkan(
    path: Path,
    *,
    lebar_cm: float | None = LEBAR_FOTO_CM,
    tinggi_cm: float | None = None,
    dpi: int = DPI,
) -> FotoSiap:
    """The picture at `path`, ready to embed at `lebar_cm` x `tinggi_cm` (either may be None):
    decoded completely, turned upright, no larger than that size at `dpi`, as JPEG (photos) or
    PNG (pictures with transparency or few colours: logos, charts). Raises FotoDitolak."""
    try:
        st = path.stat()
    except OSError:
        raise FotoDitolak(f"berkas '{path}' tidak ditemukan") from None
    return _siapkan(path, st.st_mtime_ns, st.st_size, _maks_px(lebar_cm, tinggi_cm, dpi))


@functools.lru_cache(maxsize=32)
def _siapkan(path: Path, _waktu: int, _ukuran: int, maks: tuple[int, int]) -> FotoSiap:
    """`siapkan` once per file version and size (`periksa` and the renderer both ask)."""
    data = _baca(path)
    jenis = _jenis_awal(data[:4096])
    if jenis == "pdf":
        raise FotoDitolak(
            f"'{path.name}' adalah PDF, bukan gambar; ekspor halamannya sebagai PNG atau JPG "
            "(mis. di LibreOffice Draw: Berkas > Ekspor) lalu pakai berkas itu"
        )
    if jenis == "svg":
        data = _svg(path, data, min(maks[1], 4 * maks[0], 2000))
    elif jenis == "heic" and not _heif_terpasang():
        raise FotoDitolak(
            f"'{path.name}' adalah foto HEIC (format iPhone) yang belum dapat dibaca di komputer "
            "ini; ubah ke JPG (buka di aplikasi Foto lalu Simpan sebagai JPG, atau di iPhone: "
            "Pengaturan > Kamera > Format > Paling Kompatibel) atau pasang `pip install "
            "pillow-heif`"
        )
    asli = _buka(path, data)
    format_, ukuran, miring = asli.format, asli.size, asli.getexif().get(0x0112, 1) > 1
    im = _muat(path, data, maks)
    if format_ in ("JPEG", "PNG") and len(data) <= UTUH_BYTE and im.size == ukuran and not miring:
        return FotoSiap(data, im.width, im.height)  # already fine: embedded as it is
    return FotoSiap(_simpan(im), im.width, im.height)


def _simpan(im: Any) -> bytes:
    out = io.BytesIO()
    transparan = im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info
    if transparan or (im.mode in ("P", "1") and im.getcolors(256) is not None):
        if im.mode not in ("RGBA", "RGB", "LA", "L", "P", "1"):
            im = im.convert("RGBA")
        im.save(out, "PNG", optimize=True)
    else:
        if im.mode != "RGB":
            im = im.convert("RGB")
        im.save(out, "JPEG", quality=85, optimize=True, progressive=True)
    return out.getvalue()


def periksa(path: Path, **ukuran: Any) -> str | None:
    """Why the picture at `path` cannot go into the report (one Indonesian sentence), or None."""
    try:
        siapkan(path, **ukuran)
    except FotoDitolak as e:
        return str(e)
    return None
