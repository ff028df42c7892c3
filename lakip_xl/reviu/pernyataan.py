"""The "Pernyataan Telah Direviu" page, found by its title line: filled and signed by the APIP
(conclusion written, the Inspektur's name and NIP) or still blank (dotted fill-ins)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from lakip_xl.reviu.dokumen import Dokumen, Paragraf

# the title opening a paragraph (a PDF may join it with the lines below), never a contents
# line ("PERNYATAAN TELAH DIREVIU ........ 45")
_JUDUL = re.compile(r"\s*(?:lembar\s+)?pernyataan\s+telah\s+di\s?reviu\b\.?"
                    r"(?!\s*(?:[.…]\s?){3,}\s*\d+\s*$)(?!\s*\d+\s*$)", re.I)
_T = r"(?:[.…_]\s?){5,}"  # a dotted fill-in: ".....", "……", "_____", ". . . . ."
_ISIAN = re.compile(_T)
_KOSONG = (  # (what is still to be filled, how a blank one reads)
    ("kesimpulan", re.compile(rf"reviu kami\s*,?\s*{_T}", re.I)),
    ("tempat dan tanggal", re.compile(rf"(?:^|\s){_T}\s*,\s*{_T}")),
    ("nama Inspektur", re.compile(rf"{_T}\s*NIP\b", re.I)),
    ("NIP", re.compile(rf"\bNIP\.?\s*:?\s*{_T}", re.I)),
)
_NIP = re.compile(r"\bNIP\.?\s*:?\s*\d{8}", re.I)
_PANJANG = 40  # paragraphs after the title that may belong to the page


@dataclass(frozen=True)
class Pernyataan:
    """The page as read: its title paragraph, whether it is signed, the fill-ins still blank."""

    judul: Paragraf
    kosong: tuple[str, ...]  # kesimpulan, tempat dan tanggal, nama Inspektur, NIP, isian lain
    bertanda_tangan: bool  # a NIP of digits on the page

    @property
    def terisi(self) -> bool:
        return not self.kosong and self.bertanda_tangan


def _halaman(dok: Dokumen, i: int, awal: str) -> list[str]:
    """The text of the page whose title opens paragraph i (`awal`: what follows the title in
    that paragraph): up to the next chapter or heading, and no further than the first NIP line
    (the signature closes the page)."""
    judul = dok.paragraf[i]
    isi = [awal] if awal.strip() else []
    for q in dok.paragraf[i + 1 : i + 1 + _PANJANG]:
        if re.search(r"\bNIP\b", isi[-1] if isi else "", re.I):
            break
        if q.bab != judul.bab or q.judul:
            break
        isi.append(q.teks)
    return isi


def cari(dok: Dokumen) -> Pernyataan | None:
    """The page, when a paragraph of its own carries its title (not a Daftar Isi line)."""
    for i, p in enumerate(dok.paragraf):
        m = _JUDUL.match(p.teks)
        if m is None or p.bab.startswith("DAFTAR"):
            continue
        teks = "\n".join(_halaman(dok, i, p.teks[m.end():]))
        kosong = [apa for apa, pola in _KOSONG if pola.search(teks)]
        sisa = teks
        for _, pola in _KOSONG:
            sisa = pola.sub(" ", sisa)
        if _ISIAN.search(sisa) and not kosong:
            kosong.append("isian lain")
        return Pernyataan(p, tuple(kosong), bool(_NIP.search(teks)))
    return None


def butir(dok: Dokumen, b: Any) -> Any:
    """Kelengkapan's L.REVIU item judged by the page itself, when the document has the page:
    present only when filled and signed. `b` is that item (a `periksa_kelengkapan.Butir`)."""
    ps = cari(dok)
    if ps is None:
        return b
    tempat = ps.judul.lokasi()
    if ps.terisi:
        return replace(b, ada=True, bukti=f"Pernyataan Telah Direviu terisi dan ditandatangani "
                                          f"({tempat})")
    kurang = list(ps.kosong)
    if not ps.bertanda_tangan and "NIP" not in kurang:
        kurang.append("tanda tangan (nama dan NIP)")
    return replace(
        b,
        ada=False,
        uraian="Pernyataan Telah Direviu (APIP) yang diisi dan ditandatangani: halamannya ada "
        f"tetapi masih kosong ({', '.join(kurang)})",
        bukti=f"halaman Pernyataan Telah Direviu belum diisi ({tempat})",
    )
