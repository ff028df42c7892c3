"""Exact numbers: conversion to Decimal and rounding like Excel's ROUND (half away from zero)."""

from __future__ import annotations

import functools
from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation
from numbers import Number

Angka = Decimal | int | float | str

SERATUS = Decimal(100)


def ke_decimal(nilai: Angka) -> Decimal:
    """Convert to Decimal exactly as a person reads the value.

    Floats go through `repr` (shortest round-trip text), so 0.1 becomes Decimal("0.1") and not
    the binary expansion; this is also what Excel shows for a cell. Strings must be plain
    Python decimals ("1234.5"); Indonesian text is parsed by `format_id.urai_angka`.
    Raises ValueError for NaN, infinity, booleans or anything that is not a number.
    """
    if type(nilai) is Decimal and nilai.is_finite():  # the usual case, first
        return nilai
    if isinstance(nilai, bool):
        raise ValueError("nilai logika (TRUE/FALSE) bukan angka")
    if isinstance(nilai, Decimal):
        hasil = nilai
    elif isinstance(nilai, int):
        hasil = Decimal(nilai)
    elif isinstance(nilai, float):
        hasil = Decimal(repr(nilai))
    elif isinstance(nilai, str):
        try:
            hasil = Decimal(nilai.strip())
        except InvalidOperation:
            raise ValueError(f"'{nilai}' bukan angka") from None
    elif isinstance(nilai, Number):
        hasil = Decimal(str(nilai))
    else:
        raise ValueError(f"{nilai!r} bukan angka")
    if not hasil.is_finite():
        raise ValueError("nilai tidak terhingga atau bukan angka")
    return hasil


_KONTEKS_28 = Context(prec=28, Emax=MAX_EMAX, Emin=MIN_EMIN)
_KUANTUM: dict[int, Decimal] = {}


def _konteks(d: Decimal, digit: int) -> Context:
    """A context precise enough for quantizing `d` to `digit` places, so rounding can never
    raise InvalidOperation (the default 28 digits cannot hold 1E+30 to 2 places). The usual
    case shares one context (only its flags change, which nothing reads)."""
    perlu = max(d.adjusted(), 0) + max(digit, 0) + 3
    if perlu <= 28:
        return _KONTEKS_28
    return Context(prec=perlu, Emax=MAX_EMAX, Emin=MIN_EMIN)


def bulat(nilai: Angka, digit: int = 2) -> Decimal:
    """Round like Excel/LibreOffice ROUND: half away from zero on the decimal value.

    bulat(0.125) == Decimal("0.13"); bulat(1.005) == Decimal("1.01"); bulat(2.5, 0) == 3;
    bulat(-2.5, 0) == -3. A negative `digit` rounds to tens, hundreds, ... as ROUND does.
    """
    d = ke_decimal(nilai)
    kuantum = _KUANTUM.get(digit)
    if kuantum is None:
        kuantum = _KUANTUM[digit] = Decimal(1).scaleb(-digit)
    a = d.adjusted()
    if digit >= 0 and (a if a > 0 else 0) + digit <= 25:  # the usual case: _KONTEKS_28,
        # whose plus() leaves a non-zero result of at most 28 digits as it is
        hasil = d.quantize(kuantum, rounding=ROUND_HALF_UP, context=_KONTEKS_28)
        return hasil if hasil else abs(hasil)
    k = _konteks(d, digit)
    hasil = d.quantize(kuantum, rounding=ROUND_HALF_UP, context=k)
    if digit < 0:
        hasil = hasil.quantize(Decimal(1), context=k)
    return k.plus(hasil) if hasil != 0 else abs(hasil)


def persen(bagian: Angka, keseluruhan: Angka) -> Decimal:
    """Exact bagian / keseluruhan x 100, unrounded; keseluruhan 0 raises ZeroDivisionError."""
    k = ke_decimal(keseluruhan)
    if k == 0:
        raise ZeroDivisionError("pembagi nol")
    return ke_decimal(bagian) * SERATUS / k


def besaran_janggal(d: Decimal, batas: tuple[float, float] | None) -> str | None:
    """Why `d` cannot be a real figure when non-zero values must lie within `batas` (smallest,
    largest absolute value), in Indonesian; None when it can (or there are no bounds)."""
    if batas is None or not d:
        return None
    kecil, besar = _desimal(batas[0]), _desimal(batas[1])
    if kecil <= abs(d) <= besar:
        return None
    jauh = "besar" if abs(d) > 1 else "kecil"
    return (
        f"berisi {d:E}, angka yang terlalu {jauh} untuk isian ini; periksa ketikan atau "
        "hasil ekspornya"
    )


@functools.lru_cache(maxsize=64)
def _desimal(x: float) -> Decimal:
    return Decimal(str(x))
