"""The one way every output file is written: nothing replaced unasked or while open, nothing
half-written.

Edges: the file system only (standard library). A file is written to a temp file beside it
(unnamed where the system allows, else `.~lakip-sementara-...` with a name unique per run),
flushed to the disk, then renamed into place; on any failure (full disk, no permission,
Ctrl-C, a library error mid-save) the temp file is removed and the old file stays as it was.
An existing file is replaced only with `timpa` (the command's --timpa, see `aturan`), a file
whose lock says it is open in Excel, Word or LibreOffice never. Messages are one Indonesian
sentence naming the user's file.

- `tulis_aliran(path, tulis)`: for a library that writes to a stream (openpyxl, python-docx,
  docxtpl, XlsxWriter, zipfile);
- `sementara(path)`: a temp path for a tool that writes to a path (LibreOffice), renamed in
  when the block ends without an error;
- `salin(asal, path)`: a copy;
- `periksa_tujuan(path)`: the same refusals, before a command starts its work.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import hashlib
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from lakip_xl.buku.kunci import pemilik_kunci, pesan_terkunci
from lakip_xl.errors import LakipError, alasan_os

MAKS_NAMA = 255
"""Bytes of one file name on every file system a user meets (ext4, NTFS, FAT, SMB)."""
AWALAN_BANTU = ".~lakip-"
"""Start of every helper file (temp, lock) beside an output: recognisable, and hidden where
dot files are."""

_TIMPA: contextvars.ContextVar[bool] = contextvars.ContextVar("lakip_timpa", default=True)
_SELESAI: list[Path] = []


# --- the command's policy and what it finished ------------------------------------------------


@contextlib.contextmanager
def aturan(*, timpa: bool) -> Iterator[None]:
    """Within the block, an output that exists is replaced only when `timpa` (the CLI sets it
    from the command's --timpa; outside any block, library callers replace)."""
    token = _TIMPA.set(timpa)
    try:
        yield
    finally:
        _TIMPA.reset(token)


def timpa_berlaku(timpa: bool | None = None) -> bool:
    """`timpa` when given, else the policy of the running command."""
    return _TIMPA.get() if timpa is None else timpa


def catat_selesai(path: Path) -> None:
    """Remember that `path` is complete (named when the command is interrupted later); an
    intermediate helper file is not worth naming."""
    if not Path(path).name.startswith(AWALAN_BANTU):
        _SELESAI.append(Path(path))


def selesai() -> list[Path]:
    """The files finished so far by this process, in order, each once."""
    return list(dict.fromkeys(_SELESAI))


def lupakan_selesai() -> None:
    _SELESAI.clear()


# --- names beside the output ------------------------------------------------------------------


def _bita(teks: str) -> int:
    return len(os.fsencode(teks))


def _potong(teks: str, maks: int) -> str:
    """`teks` cut to at most `maks` bytes in the file system's encoding."""
    while _bita(teks) > maks:
        teks = teks[:-1]
    return teks


def _hash_nama(target: Path) -> str:
    return hashlib.sha1(os.fsencode(target.name)).hexdigest()[:8]


def nama_bantu(target: Path, jenis: str, pid: int | None = None, akhiran: str = "") -> Path:
    """A helper file beside `target`: `.~lakip-<jenis>-<hash>[-<pid>]-<name>.tmp<akhiran>`, the
    name shortened so the whole stays within MAKS_NAMA bytes (the hash keeps it unique)."""
    awal = f"{AWALAN_BANTU}{jenis}-{_hash_nama(target)}-" + (f"{pid}-" if pid is not None else "")
    akhir = ".tmp" + akhiran
    return target.with_name(awal + _potong(target.name, MAKS_NAMA - _bita(awal + akhir)) + akhir)


def nama_sementara(target: Path, akhiran: str = "") -> Path:
    """A temp name beside `target`, unique per run (process id and a random part), so runs at
    the same time onto one file never share it."""
    awal = f"{AWALAN_BANTU}sementara-{_hash_nama(target)}-{os.getpid()}-{secrets.token_hex(3)}-"
    akhir = ".tmp" + akhiran
    return target.with_name(awal + _potong(target.name, MAKS_NAMA - _bita(awal + akhir)) + akhir)


def _pid_hidup(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def bersihkan_sementara(target: Path) -> list[Path]:
    """Remove the temp files earlier runs on `target` left when they were killed (their
    process is gone), also those of lakip 0.1 (`.BUKU.xxxxxxxx.tmp`). Returns what was removed."""
    h = _hash_nama(target)
    pola = re.compile(
        rf"{re.escape(AWALAN_BANTU)}(?:sementara|cadangan)-{h}-(\d+)-.*\.tmp(?:\.[A-Za-z0-9]+)?"
        rf"|\.{re.escape(target.stem)}\.[a-z0-9_]{{8}}\.tmp"
    )
    dihapus = []
    try:
        isi = list(os.scandir(target.parent))
    except OSError:
        return dihapus
    for e in isi:
        m = pola.fullmatch(e.name)
        if not m or e.is_symlink() or (m.group(1) and _pid_hidup(int(m.group(1)))):
            continue
        with contextlib.suppress(OSError):
            if e.is_dir():  # a folder being built (`pasang-libreoffice`)
                import shutil

                shutil.rmtree(e.path)
            else:
                os.unlink(e.path)
            dihapus.append(Path(e.path))
    return dihapus


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) to the disk, where the system allows it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --- refusals ---------------------------------------------------------------------------------


def _terkunci(path: Path) -> None:
    program = pemilik_kunci(path)
    if program:
        raise LakipError(pesan_terkunci(path, program))


def _folder_dapat_ditulis(path: Path) -> None:
    folder = path.parent.absolute()
    if folder.exists() and not folder.is_dir():
        raise LakipError(f"'{path.parent}' bukan folder; pilih folder lain untuk '{path.name}'.")
    if not folder.is_dir():
        return
    # the mode too: an administrator would be let through a folder marked read-only
    if not folder.stat().st_mode & 0o222 or not os.access(folder, os.W_OK | os.X_OK):
        raise LakipError(
            f"Folder '{folder}' hanya-baca atau tidak boleh ditulis (izin ditolak) sehingga "
            f"'{path.name}' tidak dapat dibuat di sana; pilih folder lain dengan -o."
        )


def periksa_tujuan(
    path: Path, akhiran: tuple[str, ...] | None = None, *, timpa: bool | None = None
) -> None:
    """Refuse, in one Indonesian sentence, an output path that is a folder, has the wrong
    extension, is open in a program (always, also with `timpa`), exists (unless `timpa`), is
    marked read-only, or sits in a folder that cannot be written."""
    path = Path(path)
    if path.is_dir():
        contoh = path / ("nama" + (akhiran[0] if akhiran else ""))
        raise LakipError(f"'{path}' adalah folder; tulis nama berkasnya, mis. -o {contoh}.")
    if akhiran and path.suffix.lower() not in akhiran:
        daftar = " atau ".join([", ".join(akhiran[:-1]), akhiran[-1]] if akhiran[:-1] else akhiran)
        raise LakipError(f"Nama berkas '{path.name}' harus berakhiran {daftar}.")
    _terkunci(path)
    if path.exists():
        if not timpa_berlaku(timpa):
            raise LakipError(
                f"Berkas '{path}' sudah ada; pakai --timpa untuk menimpanya atau pilih nama "
                "lain dengan -o."
            )
        if path.is_file() and not path.stat().st_mode & 0o222:
            raise LakipError(
                f"Berkas '{path}' bersifat hanya-baca (read-only) sehingga tidak ditimpa; "
                "hilangkan centang Read-only di Properties berkas itu atau pilih nama lain."
            )
    _folder_dapat_ditulis(path)


def pesan_os(e: OSError, path: Path, ada: bool | None = None) -> LakipError:
    """A failed write of `path` as one Indonesian sentence naming it (never a temp name), with
    what became of the old file."""
    nama = f"'{path}'"
    if ada is None:
        ada = path.exists()
    akibat = "berkas lama tetap utuh" if ada else "berkas itu tidak dibuat"
    no = e.errno
    if no in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return LakipError(
            f"Disk penuh saat menulis {nama} ({akibat}); kosongkan ruang disk atau pilih folder "
            "lain, lalu ulangi."
        )
    if no == errno.EROFS:
        return LakipError(
            f"Folder '{path.parent}' hanya-baca (mis. flashdisk yang dikunci) sehingga {nama} "
            f"tidak dapat ditulis ({akibat}); pilih folder lain."
        )
    if no in (errno.EACCES, errno.EPERM):
        return LakipError(
            f"Berkas {nama} tidak dapat ditulis: izin ditolak, atau berkas itu sedang dibuka di "
            f"program lain ({akibat}); tutup berkasnya atau pilih folder lain, lalu ulangi."
        )
    return LakipError(f"Berkas {nama} tidak dapat ditulis ({akibat}): {alasan_os(e)}.")


# --- writing ----------------------------------------------------------------------------------

_DITAHAN = False


def tahan_uji(target: Path) -> None:
    """Test seam: with LAKIP_UJI_TAHAN naming a file, the first write of the process (of a
    file whose name holds LAKIP_UJI_TAHAN_BERKAS, when set) creates that file and waits, so
    a test can interrupt or kill the process in the middle of writing."""
    global _DITAHAN
    tanda = os.environ.get("LAKIP_UJI_TAHAN")
    if not tanda or _DITAHAN or os.environ.get("LAKIP_UJI_TAHAN_BERKAS", "") not in target.name:
        return
    _DITAHAN = True
    Path(tanda).touch()
    time.sleep(60)


class _Aliran:
    """The temp file as a buffered, seekable stream for a library's save. After the first
    failed write, and once the save is over, it only counts what follows: a library's late
    close (python-docx leaves its ZipFile open when a write fails; its __del__ writes the
    directory) then finds consistent positions, prints no English error, touches no disk."""

    closed = False

    def __init__(self, fd: int, target: Path) -> None:
        self.fd = fd
        self.target = target
        self.gagal: OSError | None = None
        self.mati = False
        self._buf = bytearray()
        self._pos = 0  # where the next byte goes, buffered bytes included
        self._akhir = 0  # the length of the file as the library sees it

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False

    def seekable(self) -> bool:
        return True

    def _hidup(self) -> bool:
        return self.gagal is None and not self.mati

    def write(self, b) -> int:
        n = len(b)
        if self._hidup():
            tahan_uji(self.target)
            self._buf += b
        self._pos += n
        self._akhir = max(self._akhir, self._pos)
        if self._hidup() and len(self._buf) >= 1 << 16:
            self.flush()
        return n

    def flush(self) -> None:
        if not self._hidup():
            self._buf.clear()
            return
        data = memoryview(bytes(self._buf))
        self._buf.clear()
        try:
            while data:
                data = data[os.write(self.fd, data) :]
        except OSError as e:
            self.gagal = e
            raise

    def seek(self, pos: int, whence: int = 0) -> int:
        self.flush()
        dasar = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._akhir}[whence]
        self._pos = dasar + pos
        if self._hidup():
            os.lseek(self.fd, self._pos, os.SEEK_SET)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self.flush()


def _mode_baru(target: Path) -> int:
    """The permissions of the file replaced, or those a new file gets (umask applied)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _buka_sementara(target: Path) -> tuple[int, Path | None]:
    """An open temp file in `target`'s folder: unnamed (O_TMPFILE, nothing is left if the
    process is killed) where the system allows, else under a unique helper name."""
    if hasattr(os, "O_TMPFILE"):
        try:
            return os.open(target.parent, os.O_TMPFILE | os.O_RDWR, 0o600), None
        except OSError as e:
            if e.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
                raise
    nama = nama_sementara(target)
    return os.open(nama, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                   0o600), nama


def _namai(fd: int, target: Path) -> Path:
    """Give the finished unnamed temp file its helper name beside `target` (linkat through
    /proc; where that is refused, its bytes are copied to a named temp file)."""
    nama = nama_sementara(target)
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{fd}", nama.name, dst_dir_fd=folder, follow_symlinks=True)
        return nama
    except OSError:
        pass
    finally:
        os.close(folder)
    baru = os.open(nama, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        pos = 0
        while data := os.pread(fd, 1 << 20, pos):
            pos += len(data)
            while data:
                data = data[os.write(baru, data) :]
        os.fchmod(baru, os.fstat(fd).st_mode & 0o7777)
        os.fsync(baru)
    except BaseException:
        os.close(baru)
        _hapus(nama)
        raise
    os.close(baru)
    return nama


def _pasang(target: Path, tmp: Path, timpa: bool) -> None:
    """Rename the finished temp file into place: an existing file only with `timpa`, a file
    opened meanwhile never. Without `timpa` a hard link takes the name only if it is free (two
    runs at once: one wins, the other is refused)."""
    _terkunci(target)
    if not timpa:
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise LakipError(
                f"Berkas '{target}' sudah ada (dibuat saat perintah ini berjalan); pakai --timpa "
                "untuk menimpanya atau pilih nama lain dengan -o."
            ) from None
        except OSError:  # no hard links here (FAT flash disks, some shares): check, then rename
            pass
        else:
            os.unlink(tmp)
            return
        if target.exists():
            raise LakipError(
                f"Berkas '{target}' sudah ada; pakai --timpa untuk menimpanya atau pilih nama "
                "lain dengan -o."
            )
    os.replace(tmp, target)


def _tujuan(path: Path) -> Path:
    """The file a write to `path` replaces: a symbolic link is followed (the link stays)."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def tulis_aliran(
    path: Path, tulis: Callable[[BinaryIO], object], *, timpa: bool | None = None
) -> Path:
    """Write `path` with `tulis(stream)` (e.g. `wb.save`, `doc.save`), safely: see the module.
    Returns `path`."""
    path = Path(path)
    target = _tujuan(path)
    timpa = timpa_berlaku(timpa)
    periksa_tujuan(target, timpa=timpa)
    ada = target.exists()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        bersihkan_sementara(target)
        fd, nama = _buka_sementara(target)
    except OSError as e:
        raise pesan_os(e, path, ada) from None
    aliran = _Aliran(fd, target)
    try:
        try:
            tulis(aliran)  # type: ignore[arg-type]
            aliran.flush()
            if aliran.gagal is not None:  # the library caught the error and went on
                raise aliran.gagal
            if hasattr(os, "fchmod"):
                os.fchmod(fd, _mode_baru(target))
            os.fsync(fd)
            if nama is None:
                nama = _namai(fd, target)
        finally:
            aliran.mati = True
            os.close(fd)
        _pasang(target, nama, timpa)
    except OSError as e:
        _hapus(nama)
        raise pesan_os(e, path, ada) from None
    except BaseException:
        _hapus(nama)
        raise
    fsync_folder(target.parent)
    catat_selesai(path)
    return path


def _hapus(nama: Path | None) -> None:
    if nama is not None:
        with contextlib.suppress(OSError):
            os.unlink(nama)


@contextlib.contextmanager
def sementara(
    path: Path, akhiran: str | None = None, *, timpa: bool | None = None
) -> Iterator[Path]:
    """A temp path beside `path` for a tool that writes a file by name (it ends with `akhiran`,
    default `path`'s extension, which the tool may read to choose the format). When the block
    ends without an error, the file there is flushed and renamed into place; otherwise it is
    removed and `path` stays as it was."""
    path = Path(path)
    target = _tujuan(path)
    timpa = timpa_berlaku(timpa)
    periksa_tujuan(target, timpa=timpa)
    ada = target.exists()
    nama = nama_sementara(target, target.suffix if akhiran is None else akhiran)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        bersihkan_sementara(target)
        tahan_uji(target)
        yield nama
        if not nama.is_file():
            raise LakipError(f"Berkas '{path}' tidak terbentuk; tidak ada berkas yang ditulis.")
        os.chmod(nama, _mode_baru(target))
        with open(nama, "rb") as f:
            os.fsync(f.fileno())
        _pasang(target, nama, timpa)
    except OSError as e:
        _hapus(nama)
        raise pesan_os(e, path, ada) from None
    except LakipError:
        _hapus(nama)
        if _hampir_penuh(target.parent):  # the tool failed to store: it does not say why
            raise pesan_os(OSError(errno.ENOSPC, "penuh"), path, ada) from None
        raise
    except BaseException:
        _hapus(nama)
        raise
    fsync_folder(target.parent)
    catat_selesai(path)


def _hampir_penuh(folder: Path) -> bool:
    """Less than 1 MiB free where `folder` is: too little for any document lakip writes."""
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return st.f_bavail * st.f_frsize < 1 << 20


def salin(asal: Path, path: Path, *, timpa: bool | None = None) -> Path:
    """Copy `asal` to `path` safely (see the module)."""
    import shutil

    def tulis(f: BinaryIO) -> None:
        with open(asal, "rb") as sumber:
            shutil.copyfileobj(sumber, f, 1 << 20)

    return tulis_aliran(path, tulis, timpa=timpa)
