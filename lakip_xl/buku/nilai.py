"""One cell's value parsed by its column's declared type (layout.Kolom or Isian): the value, or
Tolak with the Indonesian reason; notes on what was read leniently go to the caller's list.
Pure: plain values in, from any engine."""

from __future__ import annotations

import datetime as _dt
import functools
from decimal import Decimal
from typing import Any

from lakip_xl.buku import layout as L
from lakip_xl.buku.saran import saran_pilihan
from lakip_xl.buku.sel import GALAT_RUMUS, NilaiPersen, SelGabung, TanpaCache
from lakip_xl.calc.angka import besaran_janggal, ke_decimal
from lakip_xl.calc.format_id import angka as fmt_angka
from lakip_xl.calc.format_id import tanggal as fmt_tanggal
from lakip_xl.calc.format_id import urai_angka, urai_tanggal


class Tolak(Exception):
    pass


def kosong(v: Any) -> bool:
    """Empty, or a merged cell's continuation (it holds nothing of its own)."""
    return v is None or (isinstance(v, str) and not v.strip()) or isinstance(v, SelGabung)


def teks_sel(v: Any) -> str:
    if isinstance(v, SelGabung):
        return ""
    if isinstance(v, NilaiPersen):
        v = v.nilai
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, _dt.datetime):
        if v.time() == _dt.time(0):
            return v.strftime("%d/%m/%Y")
        return v.strftime("%d/%m/%Y %H:%M")
    if isinstance(v, _dt.date):
        return v.strftime("%d/%m/%Y")
    return str(v).strip()


def _angka(v: Any, kolom: L.Kolom | L.Isian, catatan: list[str], ada_satuan: bool) -> Decimal:
    """A number from a cell value; raises Tolak with the Indonesian reason. `ada_satuan`: the
    sheet has a Satuan column, where a unit typed with the number belongs."""
    if isinstance(v, NilaiPersen):
        d = ke_decimal(v.nilai) * 100
        catatan.append(
            f"sel berformat persen: {fmt_angka(ke_decimal(v.nilai))} dibaca sebagai "
            f"{fmt_angka(d)} (angka persen); sebaiknya ketik {fmt_angka(d)} dengan format angka"
        )
        return d
    if isinstance(v, bool):
        raise Tolak(f"berisi nilai logika {v}; ketik angka")
    if isinstance(v, (_dt.datetime, _dt.date, _dt.time)):
        raise Tolak(
            f"berisi tanggal/waktu ({teks_sel(v)}), bukan angka; ubah format sel ke Angka "
            "lalu ketik ulang angkanya"
        )
    if isinstance(v, (int, float, Decimal)):
        try:
            return ke_decimal(v)
        except ValueError as e:
            raise Tolak(f"berisi {v!r}, bukan angka") from e
    t = str(v).strip()
    try:
        u = urai_angka(t)
    except ValueError:
        raise Tolak(f"berisi teks '{t}', bukan angka; ketik angkanya saja") from None
    if u.satuan and u.satuan not in ("%",):
        if kolom.jenis is L.Jenis.UANG:
            tempat = "kolom ini sudah dalam rupiah; ketik angkanya saja"
        elif ada_satuan:
            tempat = "satuan ditulis di kolom Satuan"
        else:
            tempat = "ketik angkanya saja"
        catatan.append(
            f"teks '{t}' dibaca sebagai angka {fmt_angka(u.nilai)} (satuan '{u.satuan}' "
            f"diabaikan; {tempat})"
        )
    elif u.catatan:
        catatan.append(f"teks '{t}' {u.catatan}")
    elif isinstance(v, str):
        catatan.append(
            f"angka ditulis sebagai teks '{t}', dibaca sebagai {fmt_angka(u.nilai)}; "
            "sebaiknya ketik sebagai angka"
        )
    return u.nilai


# a tuple, not a set: `in` compares enum members by identity, a set would hash each through
# Enum.__hash__ (Python code), once per cell read
JENIS_ANGKA = (L.Jenis.ANGKA, L.Jenis.UANG, L.Jenis.PERSEN, L.Jenis.BULAT)
_BATAS_JENIS = {id(j): b for j, b in L.BATAS_JENIS.items()}  # by identity, for the same reason


@functools.lru_cache(maxsize=256)
def _cocok(pilihan: tuple[str, ...]) -> dict[str, str]:
    """The choice each text names, by its normal form; and, under each choice exactly as
    declared (how most cells hold it), what its normal form names, found without `normal`."""
    peta = {L.normal(p): p for p in pilihan}
    return peta | {p: peta[L.normal(p)] for p in pilihan}


@functools.lru_cache(maxsize=256)
def _batas_decimal(x: float) -> Decimal:
    return Decimal(str(x))


def periksa_batas(d: Decimal, kolom: L.Kolom | L.Isian) -> None:
    if salah := besaran_janggal(d, L.BATAS_JENIS.get(kolom.jenis)):
        raise Tolak(salah)
    mn, mx = getattr(kolom, "minimum", None), getattr(kolom, "maksimum", None)
    if mn is not None and d < _batas_decimal(mn):
        raise Tolak(f"berisi {fmt_angka(d)}; tidak boleh kurang dari {fmt_angka(mn)}")
    if mx is not None and d > _batas_decimal(mx):
        raise Tolak(f"berisi {fmt_angka(d)}; tidak boleh lebih dari {fmt_angka(mx)}")


def rentang_bulat(kolom: L.Kolom | L.Isian) -> tuple[float, float]:
    """(lo, hi): the integers v with lo <= v <= hi are those passing `periksa_batas` for a
    number column. An int is 0 or at least 1 in size, so of its type's bounds only the largest
    size counts; an int compares exactly with a float, and no integer lies between a float
    bound and its shortest decimal form."""
    atas = _BATAS_JENIS[id(kolom.jenis)][1]
    mn, mx = getattr(kolom, "minimum", None), getattr(kolom, "maksimum", None)
    return (-atas if mn is None else max(-atas, mn), atas if mx is None else min(atas, mx))


def bulat_sah(v: int, kolom: L.Kolom | L.Isian) -> bool:
    """Whether an integer passes `periksa_batas` (a number column's)."""
    lo, hi = rentang_bulat(kolom)
    return lo <= v <= hi


def nilai_sel(
    v: Any, kolom: L.Kolom | L.Isian, catatan: list[str], ada_satuan: bool = False
) -> Any:
    """Parse one cell by its declared type. Returns None for empty; raises Tolak.
    `ada_satuan`: its sheet has a Satuan column (named in the note on a unit typed)."""
    if v is None:
        return None
    jenis = kolom.jenis
    if type(v) is int and jenis in JENIS_ANGKA:  # the common case, fast
        if bulat_sah(v, kolom):
            return v if jenis is L.Jenis.BULAT else Decimal(v)
        d = Decimal(v)
        periksa_batas(d, kolom)  # raises with the reason
        return v if jenis is L.Jenis.BULAT else d
    if type(v) is str and (jenis is L.Jenis.TEKS or jenis is L.Jenis.PILIHAN):  # most texts
        t = v.strip()
        if t in GALAT_RUMUS:
            raise Tolak(f"berisi galat rumus {t}; perbaiki rumusnya atau ketik nilainya")
        if not t:
            return None
        return _pilihan(t, kolom) if jenis is L.Jenis.PILIHAN and kolom.pilihan else t
    if isinstance(v, TanpaCache):
        raise Tolak(
            f"berisi rumus ={v.rumus} yang belum pernah dihitung (berkas disimpan oleh program "
            "yang tidak menghitung); buka dan simpan ulang di Excel atau LibreOffice"
        )
    if isinstance(v, str) and v.strip() in GALAT_RUMUS:
        raise Tolak(f"berisi galat rumus {v.strip()}; perbaiki rumusnya atau ketik nilainya")
    jenis = kolom.jenis
    angka = jenis in JENIS_ANGKA
    if isinstance(v, SelGabung):
        if angka:
            raise Tolak(
                f"berada di dalam sel gabung {v.rentang}, jadi angkanya tidak terbaca untuk "
                "baris ini; pisahkan sel gabung itu (Merge & Center > Unmerge Cells) lalu "
                "ketik angkanya di setiap baris"
            )
        if not v.sekolom:
            return None
        v = v.nilai  # text merged down the column belongs to every row it covers
    if kosong(v):
        return None
    if angka:
        d = _angka(v, kolom, catatan, ada_satuan)
        if jenis is L.Jenis.BULAT and d != d.to_integral_value():
            raise Tolak(f"berisi {fmt_angka(d)}; harus bilangan bulat")
        periksa_batas(d, kolom)
        return int(d) if jenis is L.Jenis.BULAT else d
    if jenis is L.Jenis.TANGGAL:
        if isinstance(v, (_dt.datetime, _dt.date)):
            return v
        if isinstance(v, str) and (u := urai_tanggal(v)) is not None:
            d, angka_bulan = u
            if angka_bulan:
                catatan.append(
                    f"tanggal ditulis sebagai teks '{teks_sel(v)}', dibaca sebagai "
                    f"{fmt_tanggal(d)} (hari/bulan/tahun); sebaiknya ketik sebagai tanggal"
                )
            return d
        raise Tolak(
            f"berisi '{teks_sel(v)}', bukan tanggal; ketik tanggal yang ada, mis. 02/01/2025 "
            "(hari/bulan/tahun) atau 2 Januari 2025"
        )
    t = teks_sel(v)
    if isinstance(v, float) and not v.is_integer() and abs(v) >= 1e15:
        catatan.append(f"angka panjang {t} mungkin terpotong; ketik sebagai teks (awali dengan ')")
    if jenis is L.Jenis.PILIHAN and kolom.pilihan:
        return _pilihan(t, kolom)
    return t


def _pilihan(t: str, kolom: L.Kolom | L.Isian) -> str:
    """The choice a text names (case and spacing aside), the text itself in a column that
    allows other text; else Tolak with the nearest choices."""
    peta = _cocok(kolom.pilihan)
    p = peta.get(t) or peta.get(L.normal(t))
    if p is not None:
        return p
    if not getattr(kolom, "pilihan_bebas", False):
        raise Tolak(f"berisi '{t}'; {saran_pilihan(t, kolom.pilihan)}")
    return t
