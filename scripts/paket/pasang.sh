#!/usr/bin/env bash
# Memasang lakip_xl dari paket ini saja, tanpa internet, ke virtualenv .venv di folder ini
# (atau ke Python yang sedang aktif bila dijalankan dengan --di-sini).
set -euo pipefail
cd "$(dirname "$0")"
py="${PYTHON:-python3}"
if [[ "${1:-}" != "--di-sini" ]]; then
    "$py" -m venv .venv
    py=.venv/bin/python
fi
echo "Memasang lakip_xl dari folder wheels (tanpa internet) ..."
"$py" -m pip install --quiet --no-index --find-links wheels lakip-xl
"$py" -c "import lakip_xl.cli"
echo "Selesai: lakip_xl terpasang. Coba: $(dirname "$py")/lakip --version"
