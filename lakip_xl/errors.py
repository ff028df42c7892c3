"""The one exception type users see: an Indonesian sentence, optionally naming sheet and cell."""

from __future__ import annotations


class LakipError(Exception):
    """A problem the user can fix; `str()` is one Indonesian sentence ready to print.

    `sheet` and `cell` (A1 style) are set when the problem sits in a workbook cell. `rincian`
    holds technical detail from another program (often English), shown only with --debug.
    """

    def __init__(
        self,
        pesan: str,
        *,
        sheet: str | None = None,
        cell: str | None = None,
        rincian: str | None = None,
    ) -> None:
        self.pesan = pesan
        self.sheet = sheet
        self.cell = cell
        self.rincian = rincian
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if self.sheet and self.cell:
            return f"Sheet '{self.sheet}' sel {self.cell}: {self.pesan}"
        if self.sheet:
            return f"Sheet '{self.sheet}': {self.pesan}"
        return self.pesan


_ALASAN_ERRNO = {
    "ENOENT": "tidak ditemukan; periksa nama dan foldernya",
    "EACCES": "tidak boleh dibuka (izin ditolak); periksa hak akses berkas atau foldernya",
    "EPERM": "tidak boleh diubah (izin ditolak); periksa hak akses berkas atau foldernya",
    "EROFS": "berada di folder atau disk yang hanya-baca; pilih folder lain",
    "ENOSPC": "tidak dapat ditulis karena disk penuh; kosongkan ruang disk lalu ulangi",
    "EDQUOT": "tidak dapat ditulis karena kuota disk habis",
    "EISDIR": "adalah folder, bukan berkas; tulis nama berkasnya",
    "ENOTDIR": "tidak dapat dipakai: salah satu bagian jalurnya bukan folder",
    "EEXIST": "sudah ada",
    "ENAMETOOLONG": "namanya terlalu panjang; pakai nama atau folder yang lebih pendek",
    "EBUSY": "sedang dipakai program lain; tutup program itu lalu ulangi",
    "ETXTBSY": "sedang dipakai program lain; tutup program itu lalu ulangi",
    "EINVAL": "namanya tidak sah (mungkin memuat tanda yang tidak boleh dalam nama berkas)",
    "EIO": "tidak dapat dibaca atau ditulis karena galat disk atau jaringan",
    "ELOOP": "tidak dapat dibuka: tautan simbolisnya berputar",
    "EMFILE": "tidak dapat dibuka: terlalu banyak berkas terbuka",
    "EXDEV": "tidak dapat dipindah antar-disk",
    "ENODEV": "berada di perangkat yang tidak tersedia",
    "ENXIO": "berada di perangkat yang tidak tersedia",
}


def alasan_os(e: OSError) -> str:
    """What an operating-system error (errno) means for a file, as an Indonesian clause
    ('tidak ditemukan; periksa nama dan foldernya'), never the English strerror."""
    import errno as _errno

    kode = _errno.errorcode.get(e.errno or 0, "")
    return _ALASAN_ERRNO.get(kode) or f"tidak dapat dipakai (galat sistem nomor {e.errno})"


def dari_oserror(e: OSError) -> LakipError:
    """An operating-system error (errno) as one Indonesian sentence naming the file."""
    alasan = alasan_os(e)
    nama = getattr(e, "filename2", None) or e.filename  # a rename: the target is the one
    if nama is None:
        return LakipError(f"Berkas {alasan}.")
    return LakipError(f"Berkas '{nama}' {alasan}.")
