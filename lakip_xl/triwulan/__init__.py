"""Quarterly documents from the annual workbook: Form E.81 (Permendagri 86/2017) and the
Rencana Aksi of the Perjanjian Kinerja with its monitoring."""
