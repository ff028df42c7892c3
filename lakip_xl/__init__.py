"""lakip_xl: Laporan Kinerja (LKj) from one structured Excel workbook."""

__version__ = "0.1.0"
