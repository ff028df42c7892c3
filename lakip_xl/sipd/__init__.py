"""SIPD-RI exports read into a workbook: the Anggaran and Belanja sheets (`lakip impor-sipd`).

`kolom` declares the export's column names once; `rekap` reads an export into plain rows;
`susun` turns the rows of one SKPD into the workbook's rows (standard library only); `impor`
merges them with what the workbook holds, by code, and writes it the way `hitung` does.
"""
