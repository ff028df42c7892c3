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
# the editable install leaves lakip_xl uncompiled; with PYTHONDONTWRITEBYTECODE set (or a
# read-only clone) every `lakip` the tests start would compile it again (~0,2 s each)
.venv/bin/python -m compileall -q -j 0 lakip_xl
echo "ruff check ..."
.venv/bin/ruff check .
echo "pytest ..."
# two processes (pytest-xdist) on this 2-core machine; LAKIP_UJI_PROSES changes the number.
# --dist loadfile: a module runs in one process, so its module- and session-scoped fixtures
# (rendered reports, the corpus) are built once, not once per process; modules start in the
# order tests/conftest.py gives them (the slowest first), not xdist's by number of tests.
.venv/bin/python -m pytest -n "${LAKIP_UJI_PROSES:-2}" --dist loadfile --no-loadscope-reorder "$@"
