"""Reviu of a Laporan Kinerja (.docx or PDF): recompute its numbers, list what is wrong."""
