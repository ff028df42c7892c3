"""Charts of the report (matplotlib, PNG): IKM trend, capaian per indikator, serapan per program."""

from __future__ import annotations

import contextlib
import functools
from decimal import Decimal
from pathlib import Path
from typing import Any

from lakip_xl.calc.format_id import angka

FON_CADANGAN = (
    "Noto Sans",
    "Noto Sans Javanese",
    "Noto Sans Balinese",
    "Noto Sans Sundanese",
    "Noto Sans Buginese",
    "Noto Sans Batak",
    "Noto Sans Arabic",
    "Noto Sans CJK JP",
    "Noto Sans Symbols",
    "Noto Sans Symbols2",
    "Noto Emoji",
)
"""Fonts (Debian's fonts-noto-*) a chart falls back to, per character, when DejaVu Sans lacks a
glyph: aksara Jawa, Bali, Sunda, Bugis, Batak, Arab Pegon, CJK, symbols, emoji."""


@functools.lru_cache(maxsize=1)
def fon() -> tuple[str, ...]:
    """DejaVu Sans, then the fallback fonts installed on this computer (naming one that is not
    installed would make matplotlib print English warnings)."""
    from matplotlib import font_manager

    fm = font_manager.fontManager
    ada = {f.name for f in fm.ttflist}
    if not all(f in ada for f in FON_CADANGAN):  # installed after matplotlib built its cache
        berkas = {
            Path(b).name.split("-")[0]: b
            for b in sorted(font_manager.findSystemFonts(), key=lambda b: "-Regular." in b)
        }  # the regular face of each family wins
        for f in FON_CADANGAN:
            nama = f.replace(" ", "").replace("CJKJP", "CJK")
            if f not in ada and nama in berkas:
                with contextlib.suppress(Exception):  # a font file matplotlib cannot read
                    fm.addfont(berkas[nama])
        ada = {f.name for f in fm.ttflist}
    return ("DejaVu Sans", *(f for f in FON_CADANGAN if f in ada))


def _gambar(lebar: float, tinggi: float) -> tuple[Any, Any]:
    """A figure and its axes without pyplot (no global state, quicker to import). Every text is
    literal: `$` in a name ("US$ 1 juta ke US$ 2 juta") is never read as mathtext."""
    import matplotlib

    matplotlib.rcParams.update(
        {
            "font.family": list(fon()),
            "text.parse_math": False,
            "text.usetex": False,
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(lebar, tinggi))
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def _simpan(fig: Any, tujuan: Path, kiri: float | None = None) -> Path:
    """Save as PNG. Bar charts pass their left margin (label width) instead of paying for
    tight_layout, which measures every label."""
    if kiri is None:
        fig.tight_layout()
    else:
        tinggi = fig.get_figheight()  # margins in inches, whatever the chart's height
        fig.subplots_adjust(left=kiri, right=0.97, top=1 - 0.15 / tinggi, bottom=0.55 / tinggi)
    fig.savefig(tujuan, dpi=130, metadata={"Software": None})
    return tujuan


def _batang(
    ax: Any, label: list[str], nilai: list[Decimal], warna: list[str], digit: int = 2
) -> None:
    """Horizontal bars top-down in the given order, each with its value (2 decimals). Bars sit
    at numeric positions so two indikator with the same (shortened) name stay two bars."""
    y = list(range(len(nilai)))[::-1]
    ax.barh(y, [float(v) for v in nilai], color=warna, height=0.6)
    ax.set_yticks(y, label)
    for yi, v in zip(y, nilai, strict=True):
        ax.text(float(v) + 1, yi, angka(v, digit), va="center", fontsize=7)
    ax.tick_params(axis="y", labelsize=7)


def _jumlah(data: list[tuple[str, int]], sumbu: str, tujuan: Path) -> Path:
    """Bars of counts per group (a distribution), for when one bar per item is unreadable."""
    fig, ax = _gambar(6.3, 0.35 * len(data) + 1.0)
    label = [n for n, _ in data]
    _batang(ax, label, [Decimal(x) for _, x in data], ["#1F4E79"] * len(data), 0)
    ax.set_xlabel(sumbu)
    ax.set_xlim(0, max(x for _, x in data) * 1.15 + 1)
    return _simpan(fig, tujuan, kiri=_kiri(label))


def _kiri(label: list[str]) -> float:
    """Left margin for horizontal bars: room for the longest label at font size 7."""
    return min(0.55, 0.04 + 0.0105 * max((len(x) for x in label), default=10))


def _pendek(teks: str, n: int = 48) -> str:
    return teks if len(teks) <= n else teks[: n - 1].rstrip() + "…"


def grafik_ikm(tren: list[tuple[int, Decimal]], tujuan: Path) -> Path | None:
    """Line chart of IKM per year with its value on each point; None for fewer than 2 years."""
    if len(tren) < 2:
        return None
    fig, ax = _gambar(6.0, 3.0)
    x = [str(t) for t, _ in tren]
    y = [float(v) for _, v in tren]
    ax.plot(x, y, marker="o", color="#1F4E79")
    for xi, (_, v) in zip(x, tren, strict=True):
        ax.annotate(
            angka(v, 2), (xi, float(v)), textcoords="offset points", xytext=(0, 6), ha="center"
        )
    ax.set_ylim(max(0, min(y) - 10), min(100, max(y) + 8))
    ax.set_ylabel("Nilai IKM")
    ax.axhline(76.61, color="#BFBFBF", linestyle="--", linewidth=0.8)
    ax.text(
        0.0,
        76.9,
        "batas mutu B (76,61)",
        color="#7F7F7F",
        fontsize=7,
        transform=ax.get_yaxis_transform(),
    )
    return _simpan(fig, tujuan)


BATAS_BATANG = 40  # more bars than this are unreadable on a page: show the distribution


def grafik_capaian(
    data: list[tuple[str, Decimal]], tujuan: Path, kategori: list[tuple[str, int]] | None = None
) -> Path | None:
    """Horizontal bars of capaian per indikator against the 100 % line; above BATAS_BATANG
    indikator, bars of the number of indikator per kategori instead (when given)."""
    if not data:
        return None
    if len(data) > BATAS_BATANG:
        if not kategori:
            return None
        return _jumlah(kategori, f"Jumlah indikator (dari {len(data)} indikator)", tujuan)
    fig, ax = _gambar(6.3, max(2.5, 0.28 * len(data) + 0.8))
    label = [_pendek(n) for n, _ in data]
    warna = ["#2E7D32" if v >= 100 else "#C62828" for _, v in data]
    _batang(ax, label, [v for _, v in data], warna)
    ax.axvline(100, color="black", linewidth=0.8)
    ax.set_xlabel("Capaian (%)")
    ax.set_xlim(0, max(120, float(max(v for _, v in data)) * 1.12))
    return _simpan(fig, tujuan, kiri=_kiri(label))


def grafik_serapan(data: list[tuple[str, Decimal | None]], tujuan: Path) -> Path | None:
    """Horizontal bars of serapan per program (programs without anggaran are left out); above
    BATAS_BATANG programs, the number of programs per serapan band instead."""
    ada = [(n, v) for n, v in data if v is not None]
    if not ada:
        return None
    if len(ada) > BATAS_BATANG:
        pita = (
            ("< 50%", 0, 50),
            ("50% - < 75%", 50, 75),
            ("75% - < 90%", 75, 90),
            ("90% - < 100%", 90, 100),
            (">= 100%", 100, 10**9),
        )
        jumlah = [(n, sum(1 for _, v in ada if a <= v < b)) for n, a, b in pita]
        return _jumlah(jumlah, f"Jumlah program (dari {len(ada)} program)", tujuan)
    fig, ax = _gambar(6.3, max(2.2, 0.35 * len(ada) + 0.8))
    label = [_pendek(n, 52) for n, _ in ada]
    nilai = [v for _, v in ada]
    _batang(ax, label, nilai, ["#1F4E79"] * len(nilai))  # type: ignore[arg-type]
    ax.set_xlabel("Serapan (%)")
    ax.set_xlim(0, max(110, float(max(nilai)) * 1.1))  # type: ignore[type-var]
    return _simpan(fig, tujuan, kiri=_kiri(label))
