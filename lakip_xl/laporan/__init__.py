"""The Laporan Kinerja: context from the computed workbook, Word template, rendering, PDF."""
