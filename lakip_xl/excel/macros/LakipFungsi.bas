Attribute VB_Name = "LakipFungsi"
' Dibuat otomatis oleh `python -m lakip_xl.excel.udf`; jangan disunting.
' Mendaftarkan keterangan fungsi LAKIP_* agar tampil di Insert Function (fx).
Option Explicit

Sub Auto_Open()
    DaftarkanFungsiLakip
End Sub

Sub DaftarkanFungsiLakip()
    Dim tersimpan As Boolean
    tersimpan = ThisWorkbook.Saved
    On Error Resume Next
    Application.MacroOptions _
        Macro:="'" & ThisWorkbook.Name & "'!LAKIP_CAPAIAN", _
        Description:="Capaian kinerja (%) dari target dan realisasi menurut polaritasnya; tidak dibulatkan, *) bila realisasi belum tersedia.", _
        Category:="LAKIP", _
        ArgumentDescriptions:=Array( _
            "Target indikator (angka).", _
            "Realisasi indikator (angka); kosong berarti belum tersedia.", _
            """Positif"" (makin tinggi makin baik, bawaan) atau ""Negatif"".", _
            "Rumus polaritas negatif: ""(2 x Target - Realisasi) / Target"" (bawaan) atau ""Target / Realisasi"".")
    Application.MacroOptions _
        Macro:="'" & ThisWorkbook.Name & "'!LAKIP_KATEGORI", _
        Description:="Kategori capaian (mis. Sangat Memuaskan) menurut skala yang dipilih.", _
        Category:="LAKIP", _
        ArgumentDescriptions:=Array( _
            "Capaian dalam persen, mis. 88,5.", _
            "Nama skala seperti di sheet Profil (bawaan: Tabel 5 LKj).")
    Application.MacroOptions _
        Macro:="'" & ThisWorkbook.Name & "'!LAKIP_SERAPAN", _
        Description:="Serapan anggaran (%) = realisasi / anggaran x 100, tidak dibulatkan.", _
        Category:="LAKIP", _
        ArgumentDescriptions:=Array( _
            "Pagu anggaran (Rp).", _
            "Realisasi anggaran (Rp); kosong dihitung 0.")
    Application.MacroOptions _
        Macro:="'" & ThisWorkbook.Name & "'!LAKIP_IKM", _
        Description:="Indeks Kepuasan Masyarakat (nilai konversi 25-100) menurut PermenPANRB 14/2017.", _
        Category:="LAKIP", _
        ArgumentDescriptions:=Array( _
            "Satu baris/kolom NRR per unsur, atau tabel jawaban 1-4 (baris = responden, kolom = unsur).", _
            "Bobot per unsur (jumlah 1); kosongkan untuk bobot sama.")
    Application.MacroOptions _
        Macro:="'" & ThisWorkbook.Name & "'!LAKIP_MUTU", _
        Description:="Mutu pelayanan (A, B, C, D) dari nilai IKM.", _
        Category:="LAKIP", _
        ArgumentDescriptions:=Array( _
            "IKM skala 1-4 atau nilai konversi 25-100.", _
            """huruf"" (bawaan, mis. B), ""kinerja"" (mis. Baik) atau ""lengkap"".")
    Application.MacroOptions _
        Macro:="'" & ThisWorkbook.Name & "'!LAKIP_TERBILANG", _
        Description:="Bilangan dalam kata-kata bahasa Indonesia, mis. seribu dua ratus lima puluh.", _
        Category:="LAKIP", _
        ArgumentDescriptions:=Array( _
            "Bilangan bulat, mis. 1250.")
    Application.MacroOptions _
        Macro:="'" & ThisWorkbook.Name & "'!LAKIP_RUPIAH", _
        Description:="Jumlah rupiah dengan pemisah ribuan Indonesia, dibulatkan ke rupiah penuh.", _
        Category:="LAKIP", _
        ArgumentDescriptions:=Array( _
            "Jumlah rupiah.", _
            """ringkas"" (Rp1.250.000, bawaan) atau ""resmi"" (Rp 1.250.000,-).")
    On Error GoTo 0
    ThisWorkbook.Saved = tersimpan
End Sub
