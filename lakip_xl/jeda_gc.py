"""Python's cyclic garbage collector paused for one file's work, and one collection after it.

Reading a workbook and writing its report build hundreds of thousands of long-lived objects (a
workbook's cells, a report's table cells) and free them by reference counting; of what the
collector looks for, cycles, they make few. While it runs, each full collection walks every one
of those objects again: on the L benchmark workbook `lakip laporan` spent about a sixth of its
time there, with the same peak memory paused. The few cycles a file's work leaves are collected
when its block ends, so a command over many files (rekap, reviu of a folder) wraps each file
and stays flat in memory. A process that goes on (Excel's Python for the buttons) gets its
collector back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def jeda_gc() -> Iterator[None]:
    """Pause the cyclic collector inside the block; after it (whether it ends or raises)
    collect once and restore the collector's state. Nests: an inner block (one file of many)
    collects at its end and leaves the outer pause in place."""
    jalan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        if jalan:
            gc.enable()
