#!/usr/bin/env bash
# Tulis ulang scripts/versi-teruji.txt dari .venv: versi persis setiap paket yang terpasang
# (kebutuhan lakip_xl dan kebutuhan uji). scripts/uji.sh dan scripts/mulai.sh memasang dengan
# batasan ini, dan scripts/buat-paket-windows.sh membungkus versi yang sama, jadi paket
# Windows berisi versi yang sudah diuji. Jalankan setelah menambah atau menaikkan kebutuhan,
# lalu jalankan scripts/uji.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
{
    echo "# Versi yang dipakai uji (scripts/uji.sh) dan dibungkus scripts/buat-paket-windows.sh."
    echo "# Dibuat oleh scripts/kunci-versi.sh; jangan disunting dengan tangan."
    .venv/bin/python -m pip freeze --exclude-editable | grep -v '^#' | LC_ALL=C sort -f
} > scripts/versi-teruji.txt
echo "scripts/versi-teruji.txt: $(grep -vc '^#' scripts/versi-teruji.txt) paket"
