"""Indonesian formatting (numbers, rupiah, words, Roman numerals, dates) and number parsing."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal

from .angka import Angka, bulat, ke_decimal

__all__ = [
    "NAMA_BULAN",
    "Urai",
    "angka",
    "bulan",
    "persen",
    "romawi",
    "rupiah",
    "tanggal",
    "terbilang",
    "terbilang_kurung",
    "urai_angka",
    "urai_tanggal",
]

NAMA_BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

BATAS_TERBILANG = 10**15  # terbilang() accepts |n| < BATAS_TERBILANG (below "seribu triliun").

_KATA_DASAR = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)
_KELOMPOK = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))

_ROMAWI = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


# --------------------------------------------------------------------------- numbers


def _teks_angka(d: Decimal) -> str:
    """Group a finite Decimal the Indonesian way, keeping its exponent; zero never gets a sign."""
    negatif = d < 0  # False for -0, so zero is never shown with a sign
    polos = format(d.copy_abs(), "f")
    bulat_teks, _, pecahan = polos.partition(".")
    hasil = format(int(bulat_teks), ",").replace(",", ".")
    if pecahan:
        hasil += "," + pecahan
    return "-" + hasil if negatif else hasil


def angka(nilai: Angka, digit: int | None = None) -> str:
    """Format a number with Indonesian separators: '.' groups thousands, ',' marks decimals.

    angka(574736610) == "574.736.610"; angka(88.6, 2) == "88,60"; angka(-1234.5, 2) == "-1.234,50".
    With `digit` the value is first rounded with `bulat` (half away from zero) and shown with
    exactly that many decimals (none when digit <= 0; a negative digit rounds to tens, hundreds).
    Without `digit` nothing is rounded: ints show no decimals, floats show their repr digits
    (3.0 -> "3", 88.6 -> "88,6"), a Decimal keeps its own exponent (Decimal("3.00") -> "3,00").
    Zero never carries a sign ("-0,00" is shown as "0,00"). Raises ValueError for NaN, infinity,
    booleans and non-numbers, and when rounding needs more than 28 significant digits.
    """
    if digit is None:
        d = ke_decimal(nilai)
        if isinstance(nilai, float) and d == d.to_integral_value():
            d = d.to_integral_value()
        return _teks_angka(d)
    jenis = type(nilai)
    if jenis is not Decimal and jenis is not int:  # bool, float and others: never remembered
        return _teks_angka(bulat(nilai, digit))
    # Rounded to `digit`, equal values (1, Decimal("1.0")) give one text: remembered by value.
    # NaN (never equal to itself) is never found, so it raises every time; sNaN has no hash.
    kunci = (nilai, digit)
    try:
        teks = _DIBULATKAN.get(kunci)
    except TypeError:
        return _teks_angka(bulat(nilai, digit))
    if teks is None:
        teks = _teks_angka(bulat(nilai, digit))
        if len(_DIBULATKAN) >= _BATAS_INGAT:
            _DIBULATKAN.clear()
        _DIBULATKAN[kunci] = teks
    return teks


_DIBULATKAN: dict[tuple[Decimal | int, int], str] = {}
"""(value, digit) -> angka's text, for the report's many repeated amounts and percentages."""
_BATAS_INGAT = 65_536


def persen(nilai: Angka, digit: int = 2, spasi: bool = False) -> str:
    """Format a value that is already a percentage: persen(88.69) == "88,69%".

    Rounds like `angka(nilai, digit)`; spasi=True puts a plain space before '%' ("88,69 %").
    """
    return angka(nilai, digit) + (" %" if spasi else "%")


def rupiah(nilai: Angka, gaya: str = "ringkas") -> str:
    """Format an amount of rupiah, rounded to whole rupiah with `bulat` (half away from zero).

    gaya "ringkas" (as babel/CLDR id_ID): "Rp574.736.610", negative "-Rp574.736.610".
    gaya "resmi" (as written in letters and reports): "Rp 574.736.610,-", negative
    "-Rp 574.736.610,-". Zero is never negative. Any other gaya raises ValueError.
    """
    if gaya not in ("ringkas", "resmi"):
        raise ValueError(f"gaya rupiah '{gaya}' tidak dikenal; pilih 'ringkas' atau 'resmi'")
    teks = angka(nilai, 0)
    tanda, teks = ("-", teks[1:]) if teks.startswith("-") else ("", teks)
    if gaya == "ringkas":
        return f"{tanda}Rp{teks}"
    return f"{tanda}Rp {teks},-"


# --------------------------------------------------------------------------- words


def _bilangan_bulat(n: object, nama: str) -> int:
    """Return n as an int; integral floats/Decimals are accepted, anything else is ValueError."""
    if isinstance(n, bool) or not isinstance(n, (int, float, Decimal)):
        raise ValueError(f"{nama}: {n!r} bukan bilangan bulat")
    if isinstance(n, int):
        return n
    d = ke_decimal(n)
    if d != d.to_integral_value():
        raise ValueError(f"{nama}: {n!r} bukan bilangan bulat")
    return int(d)


def _ratusan(n: int) -> str:
    """Words for 1..999."""
    if n < 12:
        return _KATA_DASAR[n]
    if n < 20:
        return _KATA_DASAR[n - 10] + " belas"
    if n < 100:
        puluh, sisa = divmod(n, 10)
        kata = _KATA_DASAR[puluh] + " puluh"
        return kata + (" " + _KATA_DASAR[sisa] if sisa else "")
    ratus, sisa = divmod(n, 100)
    kata = "seratus" if ratus == 1 else _KATA_DASAR[ratus] + " ratus"
    return kata + (" " + _ratusan(sisa) if sisa else "")


def terbilang(n: int) -> str:
    """Spell an integer in lower-case Indonesian: 1100 -> "seribu seratus".

    1000 is "seribu" but 1000000 is "satu juta"; negatives start with "minus". Accepts an int or
    an integral float/Decimal (24.0). Raises ValueError for non-integers, booleans, strings and
    for |n| >= 10**15 (from "seribu triliun" on, which Indonesian has no settled word for).
    """
    n = _bilangan_bulat(n, "terbilang")
    if abs(n) >= BATAS_TERBILANG:
        raise ValueError(f"terbilang: {n} di luar jangkauan (paling besar 999.999.999.999.999)")
    if n == 0:
        return "nol"
    if n < 0:
        return "minus " + terbilang(-n)
    kata: list[str] = []
    for besar, nama in _KELOMPOK:
        kelompok, n = divmod(n, besar)
        if kelompok == 1 and nama == "ribu":
            kata.append("seribu")
        elif kelompok:
            kata.append(f"{_ratusan(kelompok)} {nama}")
    if n:
        kata.append(_ratusan(n))
    return " ".join(kata)


def terbilang_kurung(n: int) -> str:
    """The number then its words in brackets: terbilang_kurung(24) == "24 (dua puluh empat)".

    Same inputs and errors as `terbilang`; the number is grouped like `angka` ("1.000 (seribu)").
    """
    n = _bilangan_bulat(n, "terbilang")
    return f"{angka(n)} ({terbilang(n)})"


def romawi(n: int) -> str:
    """Roman numeral for 1..3999 (romawi(1999) == "MCMXCIX"); ValueError outside that range."""
    n = _bilangan_bulat(n, "angka Romawi")
    if not 1 <= n <= 3999:
        raise ValueError(f"angka Romawi hanya untuk 1 sampai 3999, bukan {n}")
    hasil = []
    for nilai, lambang in _ROMAWI:
        jumlah, n = divmod(n, nilai)
        hasil.append(lambang * jumlah)
    return "".join(hasil)


# --------------------------------------------------------------------------- dates


def bulan(n: int) -> str:
    """Indonesian month name for 1..12 (bulan(3) == "Maret"); ValueError outside that range."""
    n = _bilangan_bulat(n, "bulan")
    if not 1 <= n <= 12:
        raise ValueError(f"bulan harus 1 sampai 12, bukan {n}")
    return NAMA_BULAN[n - 1]


def tanggal(d: datetime.date) -> str:
    """Long Indonesian date, day without leading zero: date(2025, 3, 31) -> "31 Maret 2025".

    A datetime is accepted and its time ignored. Anything else raises TypeError.
    """
    if not isinstance(d, datetime.date):
        raise TypeError(f"{d!r} bukan tanggal")
    return f"{d.day} {NAMA_BULAN[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------- parsing

_BULAN_TEKS: dict[str, int] = {
    **{nama.casefold(): i for i, nama in enumerate(NAMA_BULAN, start=1)},
    **{nama.casefold()[:3]: i for i, nama in enumerate(NAMA_BULAN, start=1)},
    "pebruari": 2, "peb": 2, "agt": 8, "ags": 8, "agus": 8, "sept": 9, "nopember": 11, "nop": 11,
}  # fmt: skip
_TANGGAL_KATA = re.compile(r"(\d{1,2})\s*[-/ ]?\s*([A-Za-z]+)\.?\s*[-/ ]?\s*(\d{4})")
_TANGGAL_ANGKA = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})")
_TANGGAL_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def urai_tanggal(teks: str) -> tuple[datetime.datetime, bool] | None:
    """A date typed as text, the Indonesian way: "2 Januari 2025", "2 Jan 2025", "2-Jan-2025",
    "02/01/2025" (day first), "2025-01-02"; None for anything else or a day the month does not
    have. The flag says whether the month was written in figures (day and month could then
    have been meant the other way round)."""
    t = " ".join(teks.split())
    if m := _TANGGAL_KATA.fullmatch(t):
        bulan_ = _BULAN_TEKS.get(m.group(2).casefold())
        hari, tahun, angka_ = int(m.group(1)), int(m.group(3)), False
    elif m := _TANGGAL_ANGKA.fullmatch(t):
        hari, bulan_, tahun, angka_ = int(m.group(1)), int(m.group(3)), int(m.group(4)), True
    elif m := _TANGGAL_ISO.fullmatch(t):
        tahun, bulan_, hari, angka_ = int(m.group(1)), int(m.group(2)), int(m.group(3)), False
    else:
        return None
    if bulan_ is None or not 1900 <= tahun <= 2999:
        return None
    try:
        return datetime.datetime(tahun, bulan_, hari), angka_
    except ValueError:
        return None


@dataclass(frozen=True)
class Urai:
    """A number read from text: its value, the trailing unit ("" if none) and a note.

    `catatan` is an Indonesian sentence explaining any interpretation (thousands separators,
    English decimal point, ignored grade text, ...); it is "" for a plain number.
    """

    nilai: Decimal
    satuan: str
    catatan: str


_SPASI = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\t": " ", "\u2212": "-"}
)
_RE_PREDIKAT = re.compile(r"(?P<predikat>[^\W\d_][^()0-9]*?)\s*\((?P<isi>[^()]*)\)")
_RE_AKHIRAN_STRIP = re.compile(r"(?<=[0-9])\s*[.,]\s*-$")
_RE_RP = re.compile(r"(?P<tanda>[+-]?)rp\.?\s*(?P<sisa>.*)", re.IGNORECASE)
_RE_BILANGAN = re.compile(r"(?P<tanda>[+-]?)(?P<angka>[0-9](?:[0-9.,]| (?=[0-9]))*)(?P<sisa>.*)")
_RE_EKSPONEN = re.compile(r"[eE][+-]?[0-9]")
_KATA_PENGALI = frozenset(
    {"ratus", "ribu", "rb", "rb.", "juta", "jt", "jt.", "miliar", "milyar", "triliun", "trilyun"}
)

_ALASAN_TITIK_RIBUAN = "titik sebagai pemisah ribuan"
_ALASAN_KOMA_RIBUAN = "koma sebagai pemisah ribuan gaya Inggris"
_ALASAN_SPASI_RIBUAN = "spasi sebagai pemisah ribuan"
_ALASAN_TITIK_DESIMAL = "titik dibaca sebagai koma desimal"
_ALASAN_KOMA_RAGU = "koma dibaca sebagai koma desimal, bukan pemisah ribuan"


class _BukanAngka(Exception):
    """Internal: the text is not a number; the argument says why (Indonesian, may be "")."""


def _kelompok_sah(bagian: str, pemisah: str) -> bool:
    """True if `bagian` is digits grouped by `pemisah` in threes ("1.234.567")."""
    kelompok = bagian.split(pemisah)
    pertama, *sisa = kelompok
    return (
        1 <= len(pertama) <= 3
        and pertama.isdigit()
        and not (pertama.startswith("0") and sisa)
        and all(len(k) == 3 and k.isdigit() for k in sisa)
    )


def _baca_bilangan(teks: str) -> tuple[Decimal, list[str]]:
    """Read an unsigned number made of digits and '.', ',' or ' ' separators."""
    alasan: list[str] = []
    titik, koma, spasi = teks.count("."), teks.count(","), teks.count(" ")
    if teks[-1] in ".,":
        raise _BukanAngka("diakhiri tanda pemisah")
    if spasi:
        ribuan = " "
        if titik + koma > 1:
            raise _BukanAngka("pemisah campur aduk")
        desimal = "," if koma else "." if titik else ""
        alasan.append(_ALASAN_SPASI_RIBUAN)
        if desimal == ".":
            alasan.append(_ALASAN_TITIK_DESIMAL)
    elif titik and koma:
        if teks.rfind(",") > teks.rfind("."):  # 1.234,56: Indonesian
            ribuan, desimal = ".", ","
            alasan.append(_ALASAN_TITIK_RIBUAN)
        else:  # 1,234.56: English
            ribuan, desimal = ",", "."
            alasan += [_ALASAN_KOMA_RIBUAN, _ALASAN_TITIK_DESIMAL]
        if teks.count(desimal) > 1:
            raise _BukanAngka("tanda desimal lebih dari satu")
    elif koma > 1:
        ribuan, desimal = ",", ""
        alasan.append(_ALASAN_KOMA_RIBUAN)
    elif koma == 1:
        ribuan, desimal = "", ","
        depan, belakang = teks.split(",")
        if len(belakang) == 3 and depan.lstrip("0"):
            alasan.append(_ALASAN_KOMA_RAGU)
    elif titik > 1:
        ribuan, desimal = ".", ""
        alasan.append(_ALASAN_TITIK_RIBUAN)
    elif titik == 1:
        if _kelompok_sah(teks, "."):  # 1.234: one dot and exactly three digits
            ribuan, desimal = ".", ""
            alasan.append(_ALASAN_TITIK_RIBUAN)
        else:  # 1.5, 1.25, 0.500, 1.2345: a decimal point typed the English way
            ribuan, desimal = "", "."
            alasan.append(_ALASAN_TITIK_DESIMAL)
    else:
        ribuan, desimal = "", ""

    depan, _, belakang = teks.partition(desimal) if desimal else (teks, "", "")
    if ribuan:
        if not _kelompok_sah(depan, ribuan):
            raise _BukanAngka("pengelompokan ribuan tidak sah")
        depan = depan.replace(ribuan, "")
    if not depan.isdigit() or (desimal and not belakang.isdigit()):
        raise _BukanAngka("")
    return Decimal(f"{depan}.{belakang}" if desimal else depan), alasan


def _satuan_sah(sisa: str) -> str:
    """Validate the text after the number and return it as the unit ("" if empty)."""
    sisa = sisa.strip()
    if not sisa:
        return ""
    if _RE_EKSPONEN.match(sisa):
        raise _BukanAngka("notasi eksponen tidak diterima")
    kata = sisa.split(" ")
    if kata[0].lower() in _KATA_PENGALI:
        raise _BukanAngka(f"tulis angka lengkap, bukan dengan kata '{kata[0]}'")
    for k in kata:
        if k[0].isdigit() or not (k in ("%", "‰") or any(c.isalpha() for c in k)):
            raise _BukanAngka(f"'{sisa}' bukan satuan")
    return sisa


def _urai(teks: str) -> tuple[Decimal, str, list[str]]:
    """Parse normalised text; raises _BukanAngka."""
    alasan: list[str] = []
    cocok = _RE_PREDIKAT.fullmatch(teks)
    if cocok:
        if cocok["predikat"].rstrip(".").lower() == "rp":
            raise _BukanAngka("jumlah rupiah ditulis dalam kurung")
        isi = cocok["isi"].strip()
        bil = _RE_BILANGAN.fullmatch(isi)
        if not bil or bil["sisa"]:
            raise _BukanAngka("isi kurung bukan angka")
        nilai, alasan_isi = _baca_bilangan(bil["angka"])
        alasan.append(f"predikat '{cocok['predikat']}' diabaikan, dipakai angka dalam kurung")
        alasan += alasan_isi
        return (nilai.copy_negate() if bil["tanda"] == "-" else nilai), "", alasan

    akhiran = _RE_AKHIRAN_STRIP.search(teks)
    if akhiran:
        teks = teks[: akhiran.start()]
        alasan.append("akhiran ',-' diabaikan")

    tanda_rp = ""
    satuan_rp = ""
    rp = _RE_RP.fullmatch(teks)
    if rp:
        tanda_rp, teks, satuan_rp = rp["tanda"], rp["sisa"], "Rp"

    bil = _RE_BILANGAN.fullmatch(teks)
    if not bil:
        raise _BukanAngka("")
    if tanda_rp and bil["tanda"]:
        raise _BukanAngka("tanda minus/plus ganda")
    satuan = _satuan_sah(bil["sisa"])
    if satuan_rp:
        if satuan:
            raise _BukanAngka("ada teks setelah jumlah rupiah")
        satuan = satuan_rp
    nilai, alasan_bil = _baca_bilangan(bil["angka"])
    alasan = alasan_bil + alasan
    if "-" in (tanda_rp, bil["tanda"]):
        nilai = nilai.copy_negate()
    return nilai, satuan, alasan


def urai_angka(teks: str) -> Urai:
    """Read a number as Indonesian staff type it in a text cell.

    "88,69" -> 88.69; "574.736.610" -> 574736610; "1.234,5" -> 1234.5; "10 desa" -> (10, "desa");
    "100 %" -> (100, "%"); "Rp 1.234.567,-" -> (1234567, "Rp"); "Baik (73,40)" -> 73.40 (grade
    text ignored); "−5" (Unicode minus) -> -5. Dots are thousands when there are several with
    groups of three, or one dot before exactly three digits ("1.234" -> 1234, "0.500" -> 0.5);
    any other single dot is an English decimal point ("1.5" -> 1.5), as is a dot after commas
    ("1,234.56" -> 1234.56); spaces between groups of three are thousands ("1 234 567").
    Every such interpretation is explained in `catatan`; a plain number, with or without unit,
    gets catatan "". Surrounding and non-breaking spaces are ignored. The value keeps the
    decimals as typed (Decimal("75.00") for "75,00").
    Raises ValueError (Indonesian, naming the text) for anything else: "", "-", "abc",
    "10 desa 5", "1,2,3", "*)", magnitude words ("1,5 juta"), exponents ("1e5"), accounting
    brackets ("(5)"). Raises TypeError when `teks` is not a str.
    """
    if not isinstance(teks, str):
        raise TypeError(f"urai_angka membutuhkan teks, bukan {type(teks).__name__}")
    bersih = re.sub(" +", " ", teks.translate(_SPASI)).strip()
    if not bersih:
        raise ValueError("teks kosong tidak dapat dibaca sebagai angka")
    try:
        nilai, satuan, alasan = _urai(bersih)
    except _BukanAngka as e:
        rinci = f" ({e.args[0]})" if e.args and e.args[0] else ""
        raise ValueError(f"'{teks.strip()}' tidak dapat dibaca sebagai angka{rinci}") from None
    if nilai == 0:
        nilai = nilai.copy_abs()
    catatan = ""
    if alasan:
        dibaca = format(nilai, "f").replace(".", ",")
        catatan = f"dibaca sebagai {dibaca} ({'; '.join(alasan)})"
    return Urai(nilai, satuan, catatan)
