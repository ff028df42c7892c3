#!/usr/bin/env bash
# Buat paket wheel lakip-xl dari commit terakhir (bukan dari berkas yang sedang disunting):
#   bash scripts/buat-wheel.sh            -> dist/lakip_xl-<versi>-py3-none-any.whl
# Pasang di komputer mana pun yang punya Python 3.10+ (kebutuhannya diunduh pip):
#   pip install dist/lakip_xl-0.1.0-py3-none-any.whl
set -euo pipefail
cd "$(dirname "$0")/.."
akar="$(pwd)"
py="${PYTHON:-}"
if [[ -z "$py" ]]; then
    if [[ -x .venv/bin/python ]]; then py=.venv/bin/python; else py=python3; fi
fi
sementara="$(mktemp -d)"
trap 'rm -rf "$sementara"' EXIT
git archive --format=tar HEAD | tar -x -C "$sementara"
mkdir -p "$akar/dist"
"$py" -m pip wheel --no-deps --quiet -w "$sementara/dist" "$sementara"
for f in "$sementara"/dist/*.whl; do
    cp "$f" "$akar/dist/"
    echo "Wheel dibuat: dist/$(basename "$f")"
done
