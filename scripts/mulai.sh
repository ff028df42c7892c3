#!/usr/bin/env bash
# Perintah pertama README: pasang lakip_xl di .venv lalu buat laporan dari buku kerja contoh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
buat_venv
echo "Memasang lakip_xl ke .venv ..."
.venv/bin/python -m pip install -q -c scripts/versi-teruji.txt -e .
mkdir -p keluaran
.venv/bin/lakip --version
.venv/bin/lakip contoh -o keluaran/contoh-panyipatan-2020.xlsx --timpa
.venv/bin/lakip periksa keluaran/contoh-panyipatan-2020.xlsx
if .venv/bin/lakip laporan --help >/dev/null 2>&1; then
    .venv/bin/lakip laporan keluaran/contoh-panyipatan-2020.xlsx -o keluaran/laporan-kinerja-2020.docx \
        --timpa
fi
echo "Selesai. Hasil ada di folder keluaran/."
