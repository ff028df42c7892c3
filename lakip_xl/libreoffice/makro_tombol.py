"""LibreOffice macro that puts the lakip buttons (Hitung Ulang, Buat Laporan, Dokumen Triwulan,
Buat PK, Impor SIPD) into a Calc document.

Run by `lakip_xl.libreoffice.pasang_tombol` through `office.jalankan_makro_python`, which then
stores the document (.ods). Imports only the standard library and `uno`. Each button is a form
push button whose "Execute action" event calls the user-profile Python macro installed by
`lakip pasang-libreoffice` (lakip.py, from lakip_xl/libreoffice/makro_calc.py).
"""

from __future__ import annotations

import json
from typing import Any

import uno

SKRIP = "vnd.sun.star.script:lakip.py${fungsi}?language=Python&location=user"

# sheet -> [(function, caption, (column, x offset in 1/100 mm from that column's left edge))]
TOMBOL = {
    "Petunjuk": (
        ("HitungUlang", "Hitung Ulang", (0, 14800)),
        ("BuatLaporan", "Buat Laporan", (0, 18500)),
        ("DokumenTriwulan", "Dokumen Triwulan", (0, 22200)),
        ("BuatPK", "Buat PK", (0, 25900)),
        ("ImporSIPD", "Impor SIPD", (0, 29600)),
    ),
    "Indikator": (
        ("HitungUlang", "Hitung Ulang", (4, 150)),
        ("BuatLaporan", "Buat Laporan", (4, 3850)),
        ("DokumenTriwulan", "Dokumen Triwulan", (4, 7550)),
        ("BuatPK", "Buat PK", (4, 11250)),
        ("ImporSIPD", "Impor SIPD", (4, 14950)),
    ),
}
LEBAR, TINGGI, ATAS = 3500, 1000, 100  # 1/100 mm


def _struct(nama: str, **nilai: Any) -> Any:
    s = uno.createUnoStruct(nama)
    for k, v in nilai.items():
        setattr(s, k, v)
    return s


def _form(doc: Any, sheet: Any) -> Any:
    forms = sheet.DrawPage.Forms
    if forms.Count:
        return forms.getByIndex(0)
    form = doc.createInstance("com.sun.star.form.component.Form")
    form.Name = "Standard"
    forms.insertByIndex(0, form)
    return form


def pasang(doc: Any) -> str:
    """Add the buttons (replacing earlier ones of the same name); returns a JSON summary."""
    ringkas: dict[str, list[str]] = {}
    sheets = doc.Sheets
    for nama_sheet, tombol in TOMBOL.items():
        if not sheets.hasByName(nama_sheet):
            continue
        sheet = sheets.getByName(nama_sheet)
        form = _form(doc, sheet)
        dp = sheet.DrawPage
        for fungsi, teks, (kolom, geser) in tombol:
            nama = f"Tombol{fungsi}"
            for i in range(dp.Count - 1, -1, -1):
                shape = dp.getByIndex(i)
                if getattr(shape, "Control", None) is not None and shape.Control.Name == nama:
                    dp.remove(shape)
            x = sheet.getCellByPosition(kolom, 0).Position.X + geser
            model = doc.createInstance("com.sun.star.form.component.CommandButton")
            model.Name = nama
            model.Label = teks
            model.HelpText = f"Klik untuk {teks} (makro lakip.py dari `lakip pasang-libreoffice`)"
            model.Printable = False
            shape = doc.createInstance("com.sun.star.drawing.ControlShape")
            shape.Position = _struct("com.sun.star.awt.Point", X=x, Y=ATAS)
            shape.Size = _struct("com.sun.star.awt.Size", Width=LEBAR, Height=TINGGI)
            shape.Control = model
            dp.add(shape)
            indeks = next(i for i in range(form.Count) if form.getByIndex(i).Name == nama)
            acara = _struct(
                "com.sun.star.script.ScriptEventDescriptor",
                ListenerType="XActionListener",
                EventMethod="actionPerformed",
                AddListenerParam="",
                ScriptType="Script",
                ScriptCode=SKRIP.format(fungsi=fungsi),
            )
            form.registerScriptEvent(indeks, acara)
            ringkas.setdefault(nama_sheet, []).append(acara.ScriptCode)
    doc.ApplyFormDesignMode = False  # buttons work on opening, not in design mode
    return json.dumps(ringkas)


g_exportedScripts = (pasang,)
