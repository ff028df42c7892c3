"""UNO client run by the system python3: drives a headless soffice and prints one JSON result."""

# This file is executed as a script by /usr/bin/python3 (Debian's python3-uno), never imported by
# lakip_xl. It must import only the standard library and `uno`.
# lakip_xl.libreoffice.konversi starts soffice
# with an isolated profile and an `--accept=pipe,name=...` listener, then runs:
#
#   python3 -I uno_klien.py --pipa NAME [--tetap] pdf    SRC DST [--tanpa-indeks]
#   python3 -I uno_klien.py --pipa NAME hitung SRC DST [--izinkan-perbaikan]
#   python3 -I uno_klien.py --pipa NAME info   SRC
#   python3 -I uno_klien.py --pipa NAME makro  SRC DST SCRIPT_FILE_NAME FUNCTION
#
# On success it prints {"ok": true, ...} on stdout and exits 0; on failure it prints
# {"ok": false, "pesan": "...", "tersambung": bool} on stdout, the same text on stderr, and
# exits 1. In both cases it asks the office to terminate (desktop.terminate()), unless
# `--tetap` (an office shared between calls, konversi's LAKIP_LO_TETAP): then it leaves the
# office running and closes every document still open in it instead.

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import time
from typing import Any

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

# com.sun.star.document.MacroExecMode.NEVER_EXECUTE / UpdateDocMode.NO_UPDATE
_MACRO_NEVER_EXECUTE = 0
_UPDATE_NO_UPDATE = 0

_FILTER_CALC = {
    ".xlsx": "Calc MS Excel 2007 XML",
    ".xlsm": "Calc MS Excel 2007 VBA XML",
    ".xls": "MS Excel 97",
    ".ods": "calc8",
    ".pdf": "calc_pdf_Export",
}
_FILTER_WRITER = {
    ".docx": "MS Word 2007 XML",
    ".doc": "MS Word 97",
    ".odt": "writer8",
    ".pdf": "writer_pdf_Export",
}
_IMPORT_FILTER = {
    ".xlsx": "Calc MS Excel 2007 XML",
    ".xlsm": "Calc MS Excel 2007 XML",
    ".ods": "calc8",
    ".docx": "MS Word 2007 XML",
    ".odt": "writer8",
}
# XDocumentIndex.getServiceName() -> our label. A Word "TOC \c" list of tables or figures is
# imported as an illustration index built from the caption category; LibreOffice 7.4 reports
# it as "IllustrationsIndex" (plural), not the IDL name.
_INDEX_KINDS = {
    "com.sun.star.text.ContentIndex": "daftar_isi",
    "com.sun.star.text.IllustrationsIndex": "daftar_keterangan",
    "com.sun.star.text.IllustrationIndex": "daftar_keterangan",
    "com.sun.star.text.TableIndex": "daftar_tabel",
    "com.sun.star.text.ObjectIndex": "daftar_objek",
    "com.sun.star.text.UserIndex": "indeks_pengguna",
    "com.sun.star.text.DocumentIndex": "indeks_kata",
    "com.sun.star.text.Bibliography": "pustaka",
}


class Gagal(Exception):
    """A failure with an Indonesian message meant for the user; `rincian` keeps LibreOffice's
    own (English) words for --debug."""

    def __init__(self, pesan: str, rincian: str | None = None) -> None:
        super().__init__(pesan)
        self.rincian = rincian


def _prop(name: str, value: Any) -> PropertyValue:
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def _url(path: str) -> str:
    return uno.systemPathToFileUrl(os.path.abspath(path))


def _uno_message(exc: BaseException) -> str:
    """The readable part of a UNO exception (its Message), else str()."""
    msg = getattr(exc, "Message", None) or str(exc) or type(exc).__name__
    return " ".join(str(msg).split())


def _python_error(exc: BaseException) -> str:
    """ "ValueError: text" out of the provider's "... (<class 'ValueError'>: text File ...)"."""
    message = _uno_message(exc)
    found = re.search(r"<class '([\w.]+)'>: (.*?)(?: File \"|\)?$)", message)
    return f"{found[1]}: {found[2].strip()}" if found else message


def connect(pipe: str, wait_seconds: float) -> Any:
    """Return the remote component context, retrying while soffice starts."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException as exc:
            if time.monotonic() >= deadline:
                raise Gagal(
                    f"tidak bisa tersambung ke LibreOffice dalam {wait_seconds:g} detik"
                ) from exc
            time.sleep(0.2)


def desktop_of(ctx: Any) -> Any:
    return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)


def load(desktop: Any, path: str, *, repair: bool, filter_name: str | None = None) -> Any:
    """Load a document hidden, macros never executed, links not updated."""
    if not os.path.isfile(path):
        raise Gagal(f"berkas {path} tidak ada")
    props = [
        _prop("Hidden", True),
        _prop("MacroExecutionMode", _MACRO_NEVER_EXECUTE),
        _prop("UpdateDocMode", _UPDATE_NO_UPDATE),
        _prop("RepairPackage", repair),
    ]
    if filter_name:
        props.append(_prop("FilterName", filter_name))
    try:
        doc = desktop.loadComponentFromURL(_url(path), "_blank", 0, tuple(props))
    except Exception as exc:  # IllegalArgumentException, IOException, ...
        raise Gagal(
            "LibreOffice tidak dapat membuka berkas ini (rusak, terkunci, atau isinya tidak "
            "didukung)",
            _uno_message(exc),
        ) from exc
    if doc is None:
        raise Gagal("isi berkas tidak dikenali (rusak atau formatnya tidak didukung)")
    return doc


def load_detect_repair(desktop: Any, path: str, allow_repair: bool) -> tuple[Any, bool]:
    """Load without repair; if that fails and repairing is allowed, try again with repair.

    Returns (document, repaired). Measured on LibreOffice 7.4: RepairPackage only matters for
    ODF packages (a truncated or CRC-damaged .ods fails without it and loads with it, the
    truncated one only when the import filter is also named). OOXML ignores it: a damaged
    .xlsx either is not recognised at all or loads with the damaged parts silently empty.
    """
    try:
        return load(desktop, path, repair=False), False
    except Gagal as first:
        if not allow_repair:
            raise
        attempts: list[str | None] = [None]
        ext = os.path.splitext(path)[1].lower()
        if ext in _IMPORT_FILTER:
            attempts.append(_IMPORT_FILTER[ext])
        for filter_name in attempts:
            try:
                return load(desktop, path, repair=True, filter_name=filter_name), True
            except Gagal:
                continue
        raise first from None


def close(doc: Any) -> None:
    try:
        doc.close(True)
    except Exception:
        with contextlib.suppress(Exception):
            doc.dispose()


def is_spreadsheet(doc: Any) -> bool:
    return bool(doc.supportsService("com.sun.star.sheet.SpreadsheetDocument"))


def is_text(doc: Any) -> bool:
    return bool(doc.supportsService("com.sun.star.text.TextDocument"))


def filter_for(ctx: Any, doc: Any, target: str) -> str:
    """Export filter chosen by the target's extension and the document type."""
    ext = os.path.splitext(target)[1].lower()
    table = _FILTER_CALC if is_spreadsheet(doc) else _FILTER_WRITER
    name = table.get(ext)
    if name is None:
        raise Gagal(f"format keluaran {ext or '(tanpa ekstensi)'} tidak didukung")
    factory = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.document.FilterFactory", ctx
    )
    if not factory.hasByName(name):
        if name == "Calc MS Excel 2007 VBA XML":
            name = "Calc MS Excel 2007 XML"
        else:
            raise Gagal(f"filter LibreOffice '{name}' tidak tersedia")
    return name


def store(ctx: Any, doc: Any, target: str) -> str:
    name = filter_for(ctx, doc, target)
    props = [_prop("FilterName", name), _prop("Overwrite", True)]
    try:
        doc.storeToURL(_url(target), tuple(props))
    except Exception as exc:
        raise Gagal(f"gagal menyimpan dengan filter '{name}'", _uno_message(exc)) from exc
    if not os.path.isfile(target):
        raise Gagal("LibreOffice tidak menulis berkas keluaran")
    return name


def update_indexes(doc: Any, rounds: int = 2) -> list[dict[str, Any]]:
    """Update every index (TOC, tables, figures) and refresh fields, `rounds` times.

    A second round is needed because filling the TOC can push headings to later pages.
    """
    found: list[dict[str, Any]] = []
    for _ in range(rounds):
        fields = doc.getTextFields()
        fields.refresh()
        indexes = doc.getDocumentIndexes()
        found = []
        for i in range(indexes.getCount()):
            index = indexes.getByIndex(i)
            index.update()
            entry = {
                "nama": index.getName(),
                "jenis": _INDEX_KINDS.get(index.getServiceName(), index.getServiceName()),
            }
            with contextlib.suppress(Exception):
                if index.getPropertyValue("CreateFromLabels"):
                    entry["kategori"] = index.getPropertyValue("LabelCategory")
            found.append(entry)
        fields.refresh()
        doc.refresh()
    return found


def cmd_pdf(ctx: Any, desktop: Any, args: argparse.Namespace) -> dict[str, Any]:
    doc = load(desktop, args.src, repair=False)
    try:
        if not is_text(doc):
            raise Gagal("berkas bukan dokumen teks")
        indexes = update_indexes(doc) if args.perbarui_indeks else []
        store(ctx, doc, args.dst)
        pages = _page_count(doc)
    finally:
        close(doc)
    return {"indeks": indexes, "halaman": pages}


def _page_count(doc: Any) -> int | None:
    try:
        return int(doc.getCurrentController().PageCount)
    except Exception:
        return None


def cmd_hitung(ctx: Any, desktop: Any, args: argparse.Namespace) -> dict[str, Any]:
    doc, repaired = load_detect_repair(desktop, args.src, args.izinkan_perbaikan)
    try:
        if not is_spreadsheet(doc):
            raise Gagal("berkas bukan lembar kerja")
        doc.calculateAll()
        name = store(ctx, doc, args.dst)
    finally:
        close(doc)
    return {"diperbaiki": repaired, "filter": name}


def basic_info(doc: Any) -> tuple[dict[str, list[str]], dict[str, str], list[str]]:
    modules: dict[str, list[str]] = {}
    sources: dict[str, str] = {}
    locked: list[str] = []
    libs = getattr(doc, "BasicLibraries", None)
    if libs is None:
        return modules, sources, locked
    for lib_name in libs.getElementNames():
        try:
            if libs.isLibraryPasswordProtected(lib_name) and not libs.isLibraryPasswordVerified(
                lib_name
            ):
                locked.append(lib_name)
                modules[lib_name] = []
                continue
        except Exception:
            pass
        if not libs.isLibraryLoaded(lib_name):
            libs.loadLibrary(lib_name)
        lib = libs.getByName(lib_name)
        names = list(lib.getElementNames())
        modules[lib_name] = names
        for mod in names:
            sources[f"{lib_name}.{mod}"] = str(lib.getByName(mod))
    return modules, sources, locked


def cmd_info(ctx: Any, desktop: Any, args: argparse.Namespace) -> dict[str, Any]:
    doc, repaired = load_detect_repair(desktop, args.src, True)
    try:
        if is_spreadsheet(doc):
            kind = "calc"
            sheets = list(doc.getSheets().getElementNames())
        elif is_text(doc):
            kind = "writer"
            sheets = []
        else:
            kind = "lain"
            sheets = []
        modules, sources, locked = basic_info(doc)
    finally:
        close(doc)
    return {
        "jenis": kind,
        "sheets": sheets,
        "basic_modules": modules,
        "basic_source": sources,
        "pustaka_terkunci": locked,
        "perlu_perbaikan": repaired,
    }


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return repr(value)


def cmd_makro(ctx: Any, desktop: Any, args: argparse.Namespace) -> dict[str, Any]:
    doc = load(desktop, args.src, repair=False)
    try:
        uri = f"vnd.sun.star.script:{args.skrip}${args.fungsi}?language=Python&location=user"
        try:
            script = doc.getScriptProvider().getScript(uri)
        except Exception as exc:
            raise Gagal(
                f"fungsi {args.fungsi} tidak ditemukan di {args.skrip}: {_python_error(exc)}"
            ) from exc
        try:
            result = script.invoke((doc,), (), ())
        except Exception as exc:
            raise Gagal(f"fungsi {args.fungsi} melempar galat {_python_error(exc)}") from exc
        store(ctx, doc, args.dst)
    finally:
        close(doc)
    value = result[0] if isinstance(result, tuple) and result else None
    return {"hasil": _jsonable(value)}


def terminate(desktop: Any) -> None:
    # The bridge usually dies during terminate(); that is the expected outcome.
    with contextlib.suppress(Exception):
        desktop.terminate()


def close_all(desktop: Any) -> None:
    """Close every document left open, so a shared office keeps nothing of this call."""
    with contextlib.suppress(Exception):
        components = desktop.getComponents().createEnumeration()
        while components.hasMoreElements():
            close(components.nextElement())


def finish(desktop: Any, keep: bool) -> None:
    """Leave the office as the next call needs it: closed, or (shared) with no document."""
    if desktop is None:
        return
    if keep:
        close_all(desktop)
    else:
        terminate(desktop)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pipa", required=True)
    parser.add_argument("--tunggu-sambung", type=float, default=30.0)
    parser.add_argument("--tetap", action="store_true", help="shared office: do not terminate")
    sub = parser.add_subparsers(dest="perintah", required=True)
    p = sub.add_parser("pdf")
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--tanpa-indeks", dest="perbarui_indeks", action="store_false")
    p = sub.add_parser("hitung")
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--izinkan-perbaikan", action="store_true")
    p = sub.add_parser("info")
    p.add_argument("src")
    p = sub.add_parser("makro")
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("skrip")
    p.add_argument("fungsi")
    args = parser.parse_args(argv)

    commands = {"pdf": cmd_pdf, "hitung": cmd_hitung, "info": cmd_info, "makro": cmd_makro}
    desktop = None
    try:
        ctx = connect(args.pipa, args.tunggu_sambung)
        desktop = desktop_of(ctx)
        result = commands[args.perintah](ctx, desktop, args)
    except Gagal as exc:
        return _fail(str(exc), desktop, args.tetap, rincian=exc.rincian)
    except Exception as exc:  # UNO runtime errors, a dead bridge, ...
        rincian = f"{type(exc).__name__}: {_uno_message(exc)}"
        return _fail("", desktop, args.tetap, rincian=rincian)
    finish(desktop, args.tetap)
    result["ok"] = True
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0


def _fail(message: str, desktop: Any, keep: bool, rincian: str | None = None) -> int:
    """Report a failure: "pesan" is our own Indonesian sentence (empty when we have none);
    "rincian" is LibreOffice's (English) technical text, shown by the caller with --debug;
    "tersambung" is false when no office answered (a shared one is then replaced)."""
    finish(desktop, keep)
    jawab = {"ok": False, "pesan": message, "rincian": rincian, "tersambung": desktop is not None}
    sys.stdout.write(json.dumps(jawab, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    sys.stderr.write(" - ".join(x for x in (message, rincian) if x) + "\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
