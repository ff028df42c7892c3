"""Every name a report template uses, checked against the context `laporan` builds: top-level
names, attributes and keys of known objects (`profil.almat`), loop variables, filters and
tests. It walks the Jinja syntax tree of the parse that renders (render.py's environment hands
it over) or of periksa-template's one parse, so both commands say the same words. The context's
shape comes from `konteks.bangun` on an empty workbook and the declared types of its pieces:
no workbook is needed and no value of one changes the verdict."""

from __future__ import annotations

import dataclasses
import difflib
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import nodes

from lakip_xl.laporan.bagian import Paragraf, Unit
from lakip_xl.laporan.tabel import TabelLaporan

# --- the shape of the context ----------------------------------------------------------------


@dataclass(frozen=True)
class Skema:
    """What a value of the context is, as far as a template can tell.

    jenis: 'apa' (anything: not checked), 'teks' (a string, number or flag: only its string
    methods), 'peta' (a mapping: `kunci` its keys, None for any key; `nilai` the value of
    every key, or `per_kunci` per key), 'obj' (fixed attributes `per_kunci`), 'daftar' (a list
    of `nilai`)."""

    jenis: str
    nilai: Skema | None = None
    kunci: frozenset[str] | None = None
    per_kunci: Mapping[str, Skema] = field(default_factory=dict, hash=False, compare=False)


APA = Skema("apa")
TEKS = Skema("teks")


def _obj(**atribut: Skema) -> Skema:
    return Skema("obj", kunci=frozenset(atribut), per_kunci=atribut)


TABEL = _obj(judul=TEKS, isi=APA, sumber=APA)  # render.TabelDoc, what a table becomes
GAMBAR = _obj(gambar=APA, keterangan=TEKS)  # what render._ubah makes of a Gambar
GRAFIK = ("ikm", "capaian", "serapan")
"""The charts render.py puts under `grafik` (each {gambar, judul} or None)."""


def _dari_kelas(kelas: type) -> Skema:
    """A dataclass of the context (Unit, Paragraf), as the template sees it."""
    return _obj(**{f.name: _dari_tipe(str(f.type)) for f in dataclasses.fields(kelas)})


def _dari_tipe(tipe: str) -> Skema:
    """The schema of a dataclass field from its annotation text."""
    if "TabelLaporan" in tipe:
        return Skema("daftar", TABEL) if tipe.startswith("list") else TABEL
    if "Paragraf" in tipe:
        return Skema("daftar", _dari_kelas(Paragraf))
    if "Gambar" in tipe:
        return Skema("daftar", GAMBAR)
    if tipe.startswith("list"):
        return Skema("daftar", TEKS)
    return TEKS


def _dari_nilai(x: Any) -> Skema:
    """The schema of a value found in the (empty workbook's) context."""
    if isinstance(x, TabelLaporan):
        return TABEL
    if isinstance(x, (str, int, float, bool)) or x is None:
        return TEKS
    if isinstance(x, list):
        return Skema("daftar", _dari_nilai(x[0]) if x else APA)
    if isinstance(x, dict):
        per = {str(k): _dari_nilai(v) for k, v in x.items()}
        return Skema("peta", kunci=frozenset(per), per_kunci=per)
    return APA


@functools.lru_cache(maxsize=1)
def skema_konteks() -> dict[str, Skema]:
    """Top-level name -> schema of the report context (`konteks.bangun` on an empty workbook,
    with the declared types where that context holds nothing: tables, units, narasi)."""
    from lakip_xl.buku.baca import baca
    from lakip_xl.hitung import hitung
    from lakip_xl.laporan.konteks import TABEL as NAMA_TABEL
    from lakip_xl.laporan.konteks import bangun

    data = bangun(hitung(baca({}))).data
    unit = Skema("daftar", _dari_kelas(Unit))
    daftar_kalimat = {"program_sasaran", "belanja_rinci"}  # lists of tables (see konteks)
    kalimat = {
        k: Skema("daftar", TABEL) if k in daftar_kalimat else _dari_nilai(v)
        for k, v in data["kalimat"].items()
    }
    tabel = frozenset(data["tabel"]) | frozenset(NAMA_TABEL)
    hasil = {k: _dari_nilai(v) for k, v in data.items()}
    hasil.update(
        narasi=Skema("peta", Skema("daftar", _dari_kelas(Paragraf))),
        gambar=Skema("peta", Skema("daftar", GAMBAR)),
        tambahan=Skema("peta", Skema("daftar", TABEL)),
        tabel=Skema("peta", TABEL, kunci=tabel),
        kalimat=Skema("peta", kunci=frozenset(kalimat), per_kunci=kalimat),
        eselon3=unit,
        eselon4=unit,
        lainnya=unit,
        logo=APA,
        grafik=Skema("peta", _obj(gambar=APA, judul=TEKS), kunci=frozenset(GRAFIK)),
    )
    return hasil


# --- walking the template --------------------------------------------------------------------


@dataclass
class Temuan:
    """What a template uses that the context lacks: unknown names, values (attributes or keys
    of known objects, with the expression) and filters or tests."""

    nama: dict[str, str] = field(default_factory=dict)  # name -> suggestion ('' for none)
    nilai: dict[str, tuple[str, str]] = field(default_factory=dict)  # expression -> (key, saran)
    filter: dict[str, str] = field(default_factory=dict)  # "filter 'x'" -> suggestion

    def __bool__(self) -> bool:
        return bool(self.nama or self.nilai or self.filter)

    def daftar(self) -> list[str]:
        """Every unknown thing: names, then expressions, then filters/tests (sorted)."""
        return sorted(self.nama) + sorted(self.nilai) + sorted(self.filter)


def _saran(nama: str, pilihan: Iterable[str]) -> str:
    dekat = difflib.get_close_matches(nama, sorted(pilihan), n=1, cutoff=0.7)
    return dekat[0] if dekat else ""


_METODE = {"teks": str, "peta": dict, "daftar": list}


class _Pemeriksa:
    """One walk over a template's syntax tree, with the names bound at each point."""

    def __init__(self, lingkungan: Any, skema: Mapping[str, Skema]) -> None:
        self.env = lingkungan
        self.temuan = Temuan()
        self.global_ = dict(skema)
        for g in lingkungan.globals:
            self.global_.setdefault(g, APA)

    # expressions: each returns (schema, the expression as written)

    def nilai(self, node: nodes.Node, lingkup: dict[str, Skema]) -> tuple[Skema, str]:
        if isinstance(node, nodes.Name):
            if node.name in lingkup:
                return lingkup[node.name], node.name
            self.temuan.nama.setdefault(node.name, _saran(node.name, lingkup))
            return APA, node.name
        if isinstance(node, nodes.Getattr):
            s, jalur = self.nilai(node.node, lingkup)
            return self._kunci(s, node.attr, f"{jalur}.{node.attr}"), f"{jalur}.{node.attr}"
        if isinstance(node, nodes.Getitem):
            s, jalur = self.nilai(node.node, lingkup)
            if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                j = f"{jalur}[{node.arg.value!r}]"
                return self._kunci(s, node.arg.value, j), j
            self.nilai(node.arg, lingkup)
            isi = s.nilai if s.jenis in ("daftar", "peta") and s.nilai is not None else APA
            return (s if isinstance(node.arg, nodes.Slice) else isi), f"{jalur}[...]"
        if isinstance(node, nodes.Filter):
            return self._filter(node, lingkup)
        if isinstance(node, nodes.Test):
            self._nama_filter("uji", node.name, self.env.tests)
            self._anak(node, lingkup)
            return TEKS, ""
        if isinstance(node, nodes.Call):
            return self._panggil(node, lingkup)
        if isinstance(node, (nodes.Const, nodes.TemplateData)):
            return TEKS, repr(getattr(node, "value", getattr(node, "data", "")))
        self._anak(node, lingkup)
        return (Skema("daftar", APA) if isinstance(node, nodes.List) else APA), ""

    def _anak(self, node: nodes.Node, lingkup: dict[str, Skema]) -> None:
        for n in node.iter_child_nodes():
            self.nilai(n, lingkup) if isinstance(n, nodes.Expr) else self.blok([n], lingkup)

    def _kunci(self, s: Skema, kunci: str, jalur: str) -> Skema:
        """The value of `kunci` (attribute or key) of a value of schema `s`."""
        if s.jenis == "apa" or kunci.startswith("_"):
            return APA  # '_' names: the sandbox refuses them in its own words
        if s.jenis in ("peta", "obj") and (s.kunci is None or kunci in s.kunci):
            return s.per_kunci.get(kunci) or s.nilai or APA
        if s.jenis in _METODE and hasattr(_METODE[s.jenis], kunci) and not kunci.startswith("_"):
            return APA  # a method (|upper, .items()); the sandbox decides what it may do
        if s.jenis == "daftar" and kunci.isdigit():
            return s.nilai or APA
        self.temuan.nilai.setdefault(jalur, (kunci, _saran(kunci, s.kunci or ())))
        return APA

    def _nama_filter(self, jenis: str, nama: str, ada: Mapping[str, Any]) -> None:
        if nama not in ada:
            self.temuan.filter.setdefault(f"{jenis} '{nama}'", _saran(nama, ada))

    def _filter(self, node: nodes.Filter, lingkup: dict[str, Skema]) -> tuple[Skema, str]:
        self._nama_filter("filter", node.name, self.env.filters)
        s, jalur = self.nilai(node.node, lingkup) if node.node is not None else (APA, "")
        for a in [*node.args, *(k.value for k in node.kwargs)]:
            self.nilai(a, lingkup)
        for a in (node.dyn_args, node.dyn_kwargs):
            if a is not None:
                self.nilai(a, lingkup)
        if node.name in ("default", "d", "sort", "reverse", "unique", "list", "select", "reject"):
            return s, jalur
        if node.name in ("selectattr", "rejectattr", "batch", "slice"):
            return s, jalur
        if node.name in ("first", "last", "random") and s.jenis == "daftar":
            return s.nilai or APA, jalur
        return APA, jalur

    def _panggil(self, node: nodes.Call, lingkup: dict[str, Skema]) -> tuple[Skema, str]:
        _, jalur = self.nilai(node.node, lingkup)
        for a in [*node.args, *(k.value for k in node.kwargs)]:
            self.nilai(a, lingkup)
        for a in (node.dyn_args, node.dyn_kwargs):
            if a is not None:
                self.nilai(a, lingkup)
        if isinstance(node.node, nodes.Getattr):
            induk, _ = self.nilai(node.node.node, lingkup)
            if induk.jenis == "peta" and node.node.attr == "values" and induk.nilai:
                return Skema("daftar", induk.nilai), jalur + "()"
            if induk.jenis == "peta" and node.node.attr == "get" and induk.nilai:
                return induk.nilai, jalur + "()"
        return APA, jalur + "()"

    # statements

    def _ikat(self, target: nodes.Node, s: Skema, lingkup: dict[str, Skema]) -> None:
        if isinstance(target, nodes.Name):
            lingkup[target.name] = s
        elif isinstance(target, nodes.Tuple):
            for t in target.items:
                self._ikat(t, APA, lingkup)
        elif isinstance(target, nodes.NSRef):
            self.nilai(nodes.Name(target.name, "load"), lingkup)

    def blok(self, isi: Iterable[nodes.Node], lingkup: dict[str, Skema]) -> None:
        for node in isi:
            self._pernyataan(node, lingkup)

    def _pernyataan(self, node: nodes.Node, lingkup: dict[str, Skema]) -> None:
        if isinstance(node, nodes.For):
            s, _ = self.nilai(node.iter, lingkup)
            dalam = dict(lingkup, loop=APA)
            self._ikat(node.target, s.nilai if s.jenis == "daftar" and s.nilai else
                       (TEKS if s.jenis in ("peta", "teks") else APA), dalam)
            if node.test is not None:
                self.nilai(node.test, dalam)
            self.blok(node.body, dalam)
            self.blok(node.else_, lingkup)
        elif isinstance(node, nodes.Assign):
            s, _ = self.nilai(node.node, lingkup)
            self._ikat(node.target, s, lingkup)
        elif isinstance(node, nodes.AssignBlock):
            self.blok(node.body, lingkup)
            self._ikat(node.target, TEKS, lingkup)
        elif isinstance(node, nodes.With):
            dalam = dict(lingkup)
            for t, v in zip(node.targets, node.values, strict=False):
                self._ikat(t, self.nilai(v, lingkup)[0], dalam)
            self.blok(node.body, dalam)
        elif isinstance(node, (nodes.Macro, nodes.CallBlock)):
            dalam = dict(lingkup, caller=APA, varargs=APA, kwargs=APA)
            for a in node.args:
                self._ikat(a, APA, dalam)
            for d in node.defaults:
                self.nilai(d, lingkup)
            if isinstance(node, nodes.CallBlock):
                self.nilai(node.call, lingkup)
            self.blok(node.body, dalam)
        elif isinstance(node, (nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
            return  # refused on their own (render.tag_terlarang)
        elif isinstance(node, nodes.Expr):
            self.nilai(node, lingkup)
        else:
            self._anak(node, lingkup)


def periksa_pohon(pohon: nodes.Template, lingkungan: Any, skema: Mapping[str, Skema]) -> Temuan:
    """What the template `pohon` (a Jinja syntax tree) uses that the context `skema` lacks."""
    p = _Pemeriksa(lingkungan, skema)
    lingkup = dict(p.global_)
    for m in pohon.find_all(nodes.Macro):  # a macro may be called above its definition
        lingkup.setdefault(m.name, APA)
    p.blok(pohon.body, lingkup)
    return p.temuan


def gabung(temuan: Iterable[Temuan]) -> Temuan:
    """The findings of several parts (body, headers, footers) as one."""
    hasil = Temuan()
    for t in temuan:
        for k, v in t.nama.items():
            hasil.nama.setdefault(k, v)
        for k, w in t.nilai.items():
            hasil.nilai.setdefault(k, w)
        for k, v in t.filter.items():
            hasil.filter.setdefault(k, v)
    return hasil


def pesan(nama_templat: str, t: Temuan) -> str:
    """The one sentence periksa-template prints and laporan refuses with."""
    bagian = []
    if t.nama:
        saran = [f"{n}: maksudnya '{s}'?" for n, s in sorted(t.nama.items()) if s]
        bagian.append(
            f"memakai variabel yang tidak dikenal: {', '.join(sorted(t.nama))}"
            + (f" ({'; '.join(saran)})" if saran else "")
        )
    if t.nilai:
        isi = [
            f"nilai '{k}' tidak ada di {{{{ {jalur} }}}}" + (f" (maksudnya '{s}'?)" if s else "")
            for jalur, (k, s) in sorted(t.nilai.items())
        ]
        bagian.append("tidak dapat diisi: " + "; ".join(isi))
    if t.filter:
        isi = [
            f"{f} tidak dikenal" + (f" (maksudnya '{s}'?)" if s else "")
            for f, s in sorted(t.filter.items())
        ]
        bagian.append("tidak valid: " + "; ".join(isi))
    return (
        f"Templat '{nama_templat}' {'; '.join(bagian)}. Perbaiki ejaannya di Word (daftar "
        "variabel ada di README, bagian Laporan)."
    )
