Attribute VB_Name = "Lakip"
' Tombol buku kerja LAKIP (Hitung Ulang, Buat Laporan, Dokumen Triwulan, Buat PK, Impor SIPD).
' Tidak ada logika di sini: setiap Sub memanggil Python (paket lakip-xl) lewat RunPython
' dari modul xlwings di buku kerja ini; Impor SIPD hanya menanyakan berkas dan SKPD dulu.
' Butuh Python dengan: pip install lakip-xl
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

Sub ImporSIPD()
    Dim berkas As Variant, skpd As String
    berkas = Application.GetOpenFilename("Ekspor Rekap SIPD-RI (*.xlsx),*.xlsx", , _
        "Impor SIPD: pilih ekspor Rekap SIPD-RI (.xlsx)")
    If VarType(berkas) = vbBoolean Then Exit Sub
    skpd = InputBox("Nama SKPD (mis. Kecamatan Namlea) atau KODE SKPD seperti tertulis di " & _
        "ekspor SIPD. Kosongkan untuk melihat daftar SKPD di berkas itu.", "Impor SIPD")
    If StrPtr(skpd) = 0 Then Exit Sub
    RunPython "from lakip_xl.excel.udf import impor_sipd; impor_sipd(" & _
        TeksPython(CStr(berkas)) & ", " & TeksPython(skpd) & ")"
End Sub

Public Function TeksPython(teks As String) As String
    ' Teks sebagai literal string Python yang hanya berisi huruf, angka dan \uXXXX, sehingga
    ' tanda kutip, garis miring terbalik dan huruf non-ASCII aman di baris perintah RunPython.
    Dim i As Long, c As String, hasil As String
    hasil = "'"
    For i = 1 To Len(teks)
        c = Mid$(teks, i, 1)
        If c Like "[A-Za-z0-9]" Then
            hasil = hasil & c
        Else
            hasil = hasil & "\u" & Right$("000" & Hex$(AscW(c) And &HFFFF&), 4)
        End If
    Next i
    TeksPython = hasil & "'"
End Function
