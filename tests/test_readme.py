"""The README's quick start is itself tested: its first command runs here for real, and CI
runs its second command."""

from __future__ import annotations

import re
import subprocess

from conftest import AKAR
from docx import Document

from lakip_xl.buku.baca import baca
from lakip_xl.buku.xlsx import baca_grid


def _perintah_mulai_cepat() -> list[str]:
    teks = (AKAR / "README.md").read_text(encoding="utf-8")
    bagian = teks.split("## Mulai cepat", 1)[1].split("\n## ", 1)[0]
    blok = re.search(r"```bash\n(.*?)```", bagian, re.S)
    assert blok, "README: blok perintah Mulai cepat tidak ada"
    return [b.strip() for b in blok.group(1).splitlines() if b.strip()]


def test_dua_perintah_dan_ci_menjalankan_yang_kedua() -> None:
    perintah = _perintah_mulai_cepat()
    assert perintah == ["bash scripts/mulai.sh", "bash scripts/uji.sh"]
    ci = (AKAR / ".ci" / "run").read_text(encoding="utf-8")
    assert perintah[1] in ci


def test_perintah_pertama_membuat_laporan_contoh() -> None:
    r = subprocess.run(
        _perintah_mulai_cepat()[0].split(), cwd=AKAR, capture_output=True, text=True, timeout=900
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    keluaran = AKAR / "keluaran"
    buku = baca(baca_grid(keluaran / "contoh-panyipatan-2020.xlsx"))
    assert not buku.galat
    d = Document(str(keluaran / "laporan-kinerja-2020.docx"))
    teks = "\n".join(p.text for p in d.paragraphs)
    assert "Rata-rata capaian kinerja seluruh indikator adalah 95,47% (Sangat Memuaskan)" in teks
