Attribute VB_Name = "Lakip"
' Tombol buku kerja LAKIP (Hitung Ulang, Buat Laporan, Dokumen Triwulan, Buat PK).
' Tidak ada logika di sini: setiap Sub memanggil Python (paket lakip-xl) lewat RunPython
' dari modul xlwings di buku kerja ini. Butuh Python dengan: pip install lakip-xl
Option Explicit

Sub HitungUlang()
    RunPython "from lakip_xl.excel.udf import hitung_ulang; hitung_ulang()"
End Sub

Sub BuatLaporan()
    RunPython "from lakip_xl.excel.udf import buat_laporan; buat_laporan()"
End Sub

Sub DokumenTriwulan()
    RunPython "from lakip_xl.excel.udf import dokumen_triwulan; dokumen_triwulan()"
End Sub

Sub BuatPK()
    RunPython "from lakip_xl.excel.udf import buat_pk; buat_pk()"
End Sub
