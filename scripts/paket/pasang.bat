@echo off
rem Memasang lakip_xl dari paket ini saja, tanpa internet.
setlocal
cd /d "%~dp0"
where python >nul 2>nul
if errorlevel 1 (
    echo Python tidak ditemukan. Pasang Python 3.11, 3.12 atau 3.13 ^(64-bit^) dari python.org
    echo dan centang "Add python.exe to PATH" di layar pertama pemasangnya, lalu jalankan lagi.
    pause
    exit /b 1
)
python -c "import sys, struct; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 13) and struct.calcsize('P') == 8 else 1)"
if errorlevel 1 (
    echo Paket ini untuk Python 3.11, 3.12 atau 3.13 versi 64-bit. Python yang terpasang:
    python --version
    pause
    exit /b 1
)
echo Memasang lakip_xl dari folder wheels ^(tanpa internet^) ...
python -m pip install --no-index --find-links "%~dp0wheels" "lakip-xl[excel]"
if errorlevel 1 (
    echo Pemasangan gagal; pesan pip ada di atas.
    pause
    exit /b 1
)
python -c "import lakip_xl.excel.udf"
if errorlevel 1 (
    echo lakip_xl terpasang, tetapi fungsi Excel-nya tidak dapat dimuat; pesan di atas.
    pause
    exit /b 1
)
echo Selesai: lakip_xl terpasang. Coba di Command Prompt: lakip --version
pause
