"""Rebuild the seed LKj (shared/seed/000_87370e78a8f249bc.txt) as the .docx its office typed.

Headings (`#` lines) become Word headings, paragraphs stay paragraphs, and every run of
TAB-separated lines becomes one Word table (grid borders, `<b>` cells bold), printed numbers
untouched. Run as a script: `python tests/seed_docx.py OUT.docx [--pdf]`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

SEED = Path("/work/shared/seed/000_87370e78a8f249bc.txt")
_BOLD = re.compile(r"</?b>")
_MD = re.compile(r"\*\*|(?<![\\\w])\*(?=\S)|(?<=\S)\*(?![\w)])")


def _bersih(teks: str) -> str:
    teks = _MD.sub("", teks.replace("\\*", "*"))
    return " ".join(teks.split())


def _blok(baris: list[str]) -> list[tuple[str, object]]:
    """Split the seed into ('h', (level, text)), ('p', text) and ('t', rows) blocks."""
    hasil: list[tuple[str, object]] = []
    i = 0
    while i < len(baris):
        b = baris[i].rstrip("\n")
        if "\t" in b:
            rows: list[str] = []
            while i < len(baris):
                if "\t" in baris[i]:
                    rows.append(baris[i].rstrip("\n"))
                    i += 1
                elif not baris[i].strip():
                    j = i
                    while j < len(baris) and not baris[j].strip():
                        j += 1
                    if j < len(baris) and "\t" in baris[j]:
                        i = j
                        continue
                    break
                else:
                    break
            hasil.append(("t", rows))
            continue
        i += 1
        if not b.strip():
            continue
        m = re.match(r"^(#+)\s*(.*)$", b)
        if m:
            teks = _bersih(m.group(2)).lstrip("• ").strip()
            if teks:
                hasil.append(("h", (min(len(m.group(1)), 4), teks)))
        else:
            hasil.append(("p", _bersih(b.lstrip("- ").strip()) if b.lstrip().startswith("- ")
                          else _bersih(b)))
    return hasil


def _tabel(doc, rows: list[str]) -> None:
    sel = [r.split("\t") for r in rows]
    lebar = max(len(r) for r in sel)
    t = doc.add_table(rows=len(sel), cols=lebar)
    t.style = "Table Grid"
    for i, r in enumerate(sel):
        for j in range(lebar):
            teks = r[j] if j < len(r) else ""
            tebal = "<b>" in teks
            cell = t.cell(i, j)
            p = cell.paragraphs[0]
            isi = _bersih(_BOLD.sub("", teks))
            if isi:
                run = p.add_run(isi)
                run.bold = tebal or None
                run.font.size = Pt(8)


def bangun(keluaran: Path, seed: Path = SEED) -> Path:
    """Write the seed as .docx to `keluaran`; returns the path."""
    doc = Document()
    for jenis, isi in _blok(seed.read_text(encoding="utf-8").splitlines()):
        if jenis == "h":
            level, teks = isi  # type: ignore[misc]
            doc.add_heading(teks, level=level)
        elif jenis == "p":
            doc.add_paragraph(isi)  # type: ignore[arg-type]
        else:
            _tabel(doc, isi)  # type: ignore[arg-type]
    doc.save(str(keluaran))
    return keluaran


if __name__ == "__main__":
    keluar = bangun(Path(sys.argv[1]))
    if "--pdf" in sys.argv:
        from lakip_xl.libreoffice.konversi import ke_pdf

        print(ke_pdf(keluar, keluar.with_suffix(".pdf"), perbarui_indeks=False))
    print(keluar)
