"""The document as the reviu sees it: tables of text cells and paragraphs, each with its place."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)  # one per grid position: a kabupaten's report holds ~200.000
class Sel:
    """One cell as printed; `tebal` when its text is bold; `asal` locates it for comments."""

    teks: str
    tebal: bool = False
    asal: tuple[int, int, int] | None = None  # (table index in the file, row, column)


@dataclass
class Tabel:
    """A table with its caption. `baris` is a full grid: merged cells repeat their text."""

    indeks: int
    nomor: str  # "13" from "Tabel 13", "" when uncaptioned
    judul: str  # caption text after the number
    bab: str  # the chapter it sits in ("BAB III ..."), "" before the first chapter
    baris: list[list[Sel]]
    halaman: int | None = None

    @property
    def nama(self) -> str:
        if self.nomor:
            judul = f" {self.judul}" if self.judul else ""
            return f"Tabel {self.nomor}{judul}"
        return f"tabel tanpa judul ke-{self.indeks + 1}" + (f" ({self.bab})" if self.bab else "")

    def lokasi(self, label: str = "") -> str:
        teks = self.nama if len(self.nama) <= 90 else self.nama[:87] + "..."
        if label:
            teks += f", baris '{label if len(label) <= 70 else label[:67] + '...'}'"
        if self.halaman:
            teks += f", halaman {self.halaman}"
        return teks


@dataclass
class Paragraf:
    """A paragraph of running text; `nomor` counts paragraphs within its chapter from 1."""

    indeks: int
    teks: str
    bab: str
    nomor: int
    halaman: int | None = None
    judul: bool = False  # a heading
    daftar_isi: bool = False  # a line of a table of contents (it names a part, is not it)

    def lokasi(self) -> str:
        teks = f"{self.bab or 'Awal dokumen'}, paragraf {self.nomor}"
        if self.halaman:
            teks += f", halaman {self.halaman}"
        return teks


@dataclass
class Dokumen:
    """Everything read from one file."""

    path: str
    jenis: str  # "docx" or "pdf"
    tabel: list[Tabel] = field(default_factory=list)
    paragraf: list[Paragraf] = field(default_factory=list)
    tahun: int | None = None  # the report's year
    catatan: list[str] = field(default_factory=list)  # how it was read (tracked changes, ...)
    halaman: int | None = None  # pages of a PDF
    tak_terbaca: list[int] = field(default_factory=list)  # PDF pages without text (scans)

    def teks_semua(self) -> str:
        bagian = [p.teks for p in self.paragraf]
        bagian += [t.nama for t in self.tabel]
        return "\n".join(bagian)
