"""The LibreOffice Calc buttons, host side: install the macro, put buttons into a workbook.

- `pasang()` (`lakip pasang-libreoffice`) copies lakip_xl/libreoffice/makro_calc.py as `lakip.py`
  into the user profile's Scripts/python folder and lakip_xl's standard-library modules into
  Scripts/python/pythonpath/lakip_xl, where LibreOffice's Python finds them, plus the path of
  this Python for the report.
- `pasang_tombol()` (`lakip tombol-libreoffice`, `lakip baru/contoh -o BUKU.ods`) stores a
  workbook as .ods with the Hitung Ulang and Buat Laporan buttons bound to that macro.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

from lakip_xl import __version__
from lakip_xl.buku import simpan
from lakip_xl.errors import LakipError, dari_oserror
from lakip_xl.tombol import KONFIGURASI_LIBREOFFICE

_FOLDER = Path(__file__).resolve().parent
_PAKET = _FOLDER.parent
MAKRO = _FOLDER / "makro_calc.py"
SKRIP_TOMBOL = _FOLDER / "makro_tombol.py"
NAMA_SKRIP = "lakip.py"
"""The name of the macro file in the profile; the buttons' script URLs name it."""

MODUL_INTI = (
    "__init__.py",
    "errors.py",
    "jeda_gc.py",
    "buku/__init__.py",
    "buku/layout.py",
    "buku/bentuk.py",
    "buku/baca.py",
    "buku/nilai.py",
    "buku/sel.py",
    "buku/kunci.py",
    "buku/lengkap.py",
    "buku/saran.py",
    "buku/kolom_target.py",
    "buku/kaskade.py",
    "periksa_teks.py",
    "buku/bergalat.py",
    "hasil.py",
    "hitung.py",
    "operasi.py",
    "tombol.py",
    "tombol_sipd.py",
    "py.typed",
)
"""The lakip_xl modules the macro imports (standard library only), besides lakip_xl/calc."""


def folder_profil() -> Path:
    """The LibreOffice user profile's user/ folder of this account (version 4+ layout)."""
    if sys.platform.startswith("win"):
        dasar = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return dasar / "LibreOffice" / "4" / "user"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "LibreOffice" / "4" / "user"
    dasar = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return dasar / "libreoffice" / "4" / "user"


def pasang(user: Path | None = None, python: str | None = None) -> Path:
    """Install the button macro into a LibreOffice profile's user/ folder; returns lakip.py.

    `python` is the interpreter that has the full lakip-xl (for Buat Laporan); default: this
    one. Installing again replaces the previous copy (close LibreOffice first: it keeps the
    old modules loaded until it is restarted).
    """
    user = Path(user) if user is not None else folder_profil()
    skrip = user / "Scripts" / "python"
    simpan.periksa_tujuan(skrip / NAMA_SKRIP, timpa=True)  # open, read-only: before any copy
    try:
        (skrip / "pythonpath").mkdir(parents=True, exist_ok=True)
        _pasang_paket(skrip / "pythonpath" / "lakip_xl", python)
    except OSError as e:
        if not skrip.is_dir():  # the profile folder itself cannot be made
            raise LakipError(
                f"Gagal memasang makro LibreOffice di {skrip}: {dari_oserror(e).pesan}"
            ) from None
        raise simpan.pesan_os(e, skrip / NAMA_SKRIP) from None
    return simpan.salin(MAKRO, skrip / NAMA_SKRIP, timpa=True)


def _pasang_paket(tujuan: Path, python: str | None) -> None:
    """The standard-library modules into `tujuan`, built in a temp folder beside it and then
    swapped in whole: a failure or Ctrl-C halfway leaves the previous copy as it was."""
    simpan.bersihkan_sementara(tujuan)  # what a killed run left
    baru = simpan.nama_sementara(tujuan)
    lama = simpan.nama_sementara(tujuan, ".lama")
    try:
        simpan.tahan_uji(tujuan.parent.parent / NAMA_SKRIP)
        (baru / "calc").mkdir(parents=True)
        (baru / "buku").mkdir()
        for nama in MODUL_INTI:
            shutil.copyfile(_PAKET / nama, baru / nama)
        for f in sorted((_PAKET / "calc").glob("*.py")):
            shutil.copyfile(f, baru / "calc" / f.name)
        (baru / KONFIGURASI_LIBREOFFICE).write_text(
            json.dumps({"python": python or sys.executable, "versi": __version__}, indent=1),
            encoding="utf-8",
        )
        if tujuan.exists():
            os.rename(tujuan, lama)
        try:
            os.rename(baru, tujuan)
        except BaseException:
            if lama.exists():
                os.rename(lama, tujuan)
            raise
    finally:
        for sisa in (baru, lama):
            shutil.rmtree(sisa, ignore_errors=True)


def pasang_tombol(sumber: Path, tujuan: Path) -> Path:
    """Store `sumber` (.xlsx/.xlsm/.ods) as the .ods `tujuan` with the two buttons on Petunjuk
    and Indikator. Needs LibreOffice on this computer; the buttons need `pasang()` on the
    computer where the workbook is used."""
    from lakip_xl.libreoffice import konversi

    if tujuan.suffix.lower() != ".ods":
        raise LakipError(
            f"Nama berkas '{tujuan.name}' harus berakhiran .ods: tombol LibreOffice disimpan "
            "dalam format ODF."
        )
    # absolute paths: LibreOffice runs in a folder of its own, where a relative name would
    # point elsewhere
    return konversi.jalankan_makro_python(
        Path(sumber).absolute(), Path(tujuan).absolute(), SKRIP_TOMBOL, "pasang"
    )
