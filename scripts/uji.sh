#!/usr/bin/env bash
# Perintah kedua README: pasang semua kebutuhan uji (termasuk LibreOffice bila root) lalu
# jalankan ruff dan seluruh rangkaian uji. Dipakai juga oleh .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
bash scripts/pasang-libreoffice.sh
buat_venv
echo "Memasang lakip_xl beserta kebutuhan uji ke .venv ..."
.venv/bin/python -m pip install -q -c scripts/versi-teruji.txt -e '.[test]'
echo "ruff check ..."
.venv/bin/ruff check .
echo "pytest ..."
# two processes (pytest-xdist) on this 2-core machine; LAKIP_UJI_PROSES changes the number
.venv/bin/python -m pytest -n "${LAKIP_UJI_PROSES:-2}" "$@"
