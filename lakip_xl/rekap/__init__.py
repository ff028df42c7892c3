"""`lakip rekap`: every OPD workbook of a folder computed and gathered into the Pemda's tables."""
