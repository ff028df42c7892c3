"""The Pemda part of `lakip rekap --pemda`: the Pemda workbook matched against every OPD's
result (rekap.padan) and laid out as the recap's extra sheets (rekap.tabel_pemda)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lakip_xl.calc.rata import RataRata
from lakip_xl.rekap import tabel_pemda as T
from lakip_xl.rekap.hasil import HasilOpd, Lembar
from lakip_xl.rekap.padan import Cocokan, DataOPD, cocokkan, dari_hasil_opd
from lakip_xl.rekap.pemda import BukuPemda


@dataclass
class RekapPemda:
    """The Pemda part of the recap: the matching, the sheets, the OPD order for sheet 1."""

    cocok: Cocokan
    lembar: list[Lembar]
    urutan: list[str]  # OPD names as written in their workbooks, in the Pemda's list order
    sasaran: list[tuple[str, RataRata]]  # sasaran RPJMD -> average capaian of its indikator

    @property
    def pemda(self) -> BukuPemda:
        return self.cocok.pemda


def tabel_pemda(bp: BukuPemda, opd: Sequence[HasilOpd | DataOPD]) -> RekapPemda:
    """Match the Pemda workbook against every OPD's result and lay out its sheets."""
    data = [dari_hasil_opd(h) if isinstance(h, HasilOpd) else h for h in opd]
    cocok = cocokkan(bp, data)
    sasaran = T.per_sasaran(cocok)
    lembar = [
        T.lembar_iku(cocok),
        T.lembar_sasaran(cocok, sasaran),
        T.lembar_pengukuran(cocok),
        T.lembar_tak_cocok(cocok),
        T.lembar_faktor(cocok),
        T.lembar_efisiensi(cocok),
        T.lembar_banding(cocok),
    ]
    urutan = [d.nama for _, d in T.urut_data(cocok)]
    return RekapPemda(cocok, lembar, urutan, sasaran)
