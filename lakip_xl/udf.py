"""Compatibility entry point: workbooks made by lakip_xl 0.1 call `lakip_xl.udf` from VBA.

New workbooks call `lakip_xl.excel.udf`; this module re-exports its buttons and LAKIP_*
functions so older .xlsm files keep working (xlwings looks the functions up by name here)."""

from lakip_xl.excel.udf import (  # noqa: F401
    LAKIP_CAPAIAN,
    LAKIP_IKM,
    LAKIP_KATEGORI,
    LAKIP_MUTU,
    LAKIP_RUPIAH,
    LAKIP_SERAPAN,
    LAKIP_TERBILANG,
    buat_laporan,
    hitung_ulang,
)
