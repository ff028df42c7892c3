#!/usr/bin/env bash
# Paket pasang tanpa internet untuk kantor dengan koneksi lambat atau berkuota:
#   bash scripts/buat-paket-windows.sh          -> dist/lakip-xl-<versi>-windows.zip
#   bash scripts/buat-paket-windows.sh --linux  -> dist/lakip-xl-<versi>-linux.zip (Python ini)
# Isinya: wheel lakip_xl, wheel setiap kebutuhannya (Windows x64, CPython 3.11-3.13; versi
# persis seperti di scripts/versi-teruji.txt, yang juga dipakai scripts/uji.sh), dan
# pasang.bat (pasang.sh untuk --linux) yang memasang dari paket itu saja (pip --no-index).
# Butuh internet sekali, di komputer yang membuat paket; komputer tujuan tidak.
set -euo pipefail
cd "$(dirname "$0")/.."
akar="$(pwd)"
py="${PYTHON:-}"
if [[ -z "$py" ]]; then
    if [[ -x .venv/bin/python ]]; then py=.venv/bin/python; else py=python3; fi
fi
py="$(command -v "$py")"
case "$py" in /*) ;; *) py="$akar/$py" ;; esac

target=windows
case "${1:-}" in
    "") ;;
    --linux) target=linux ;;
    *)
        echo "penggunaan: bash scripts/buat-paket-windows.sh [--linux]" >&2
        exit 2
        ;;
esac

# CPython versions of the Windows bundle: xlwings 0.37.8 (pinned: the .xlsm's VBA names its
# DLL) needs Python >= 3.11, so 3.10 cannot run the Excel buttons and is not bundled.
VERSI_PYTHON_WINDOWS=(3.11 3.12 3.13)

versi="$("$py" -c 'import re,sys; print(re.search(r"__version__ = \"(.+)\"", open("lakip_xl/__init__.py").read())[1])')"
sementara="$(mktemp -d)"
trap 'rm -rf "$sementara"' EXIT
nama="lakip-xl-$versi-$target"
paket="$sementara/$nama"
mkdir -p "$paket/wheels"

PYTHON="$py" bash scripts/buat-wheel.sh >/dev/null
wheel="dist/lakip_xl-$versi-py3-none-any.whl"
cp "$wheel" "$paket/wheels/"

unduh() {
    # pip download with the tested versions as constraints; extra arguments select the platform
    "$py" -m pip download --quiet --only-binary=:all: -c scripts/versi-teruji.txt \
        -d "$paket/wheels" "$@" "$wheel[excel]" \
        || { echo "Gagal mengunduh kebutuhan ($*): periksa koneksi ke PyPI." >&2; exit 1; }
}

if [[ "$target" == windows ]]; then
    for v in "${VERSI_PYTHON_WINDOWS[@]}"; do
        echo "Mengunduh wheel untuk Windows x64, Python $v ..."
        unduh --platform win_amd64 --python-version "$v" --implementation cp
        # pip evaluates markers for this machine: fetch what only Windows needs (pywin32)
        for _ in 1 2 3; do
            mapfile -t hilang < <("$py" scripts/paket/kurang.py "$paket/wheels" "$v" | sed "/^$/d")
            [[ ${#hilang[@]} -eq 0 ]] && break
            "$py" -m pip download --quiet --only-binary=:all: -c scripts/versi-teruji.txt \
                -c scripts/paket/versi-windows.txt -d "$paket/wheels" --platform win_amd64 \
                --python-version "$v" --implementation cp "${hilang[@]}" \
                || { echo "Gagal mengunduh ${hilang[*]} untuk Python $v." >&2; exit 1; }
        done
        if [[ -n "$("$py" scripts/paket/kurang.py "$paket/wheels" "$v")" ]]; then
            echo "Kebutuhan untuk Python $v tetap kurang: $("$py" scripts/paket/kurang.py "$paket/wheels" "$v")" >&2
            exit 1
        fi
    done
    cp scripts/paket/pasang.bat "$paket/pasang.bat"
    # Windows' cmd wants CRLF line ends
    sed -i 's/\r\?$/\r/' "$paket/pasang.bat"
else
    echo "Mengunduh wheel untuk Python ini ($("$py" -c 'import platform; print(platform.python_version())'), Linux) ..."
    # the Linux variant (the same bundle for this machine) leaves out xlwings, which has
    # no use without Excel: the [excel] extra is Windows' only
    "$py" -m pip download --quiet --only-binary=:all: -c scripts/versi-teruji.txt \
        -d "$paket/wheels" "$wheel" \
        || { echo "Gagal mengunduh kebutuhan: periksa koneksi ke PyPI." >&2; exit 1; }
    cp scripts/paket/pasang.sh "$paket/pasang.sh"
fi
cp scripts/paket/BACA.txt "$paket/BACA.txt"
"$py" - "$paket" "$versi" <<'PY'
import sys
from pathlib import Path
p = Path(sys.argv[1]) / "BACA.txt"
p.write_text(p.read_text(encoding="utf-8").replace("{versi}", sys.argv[2]), encoding="utf-8")
PY

mkdir -p dist
rm -f "dist/$nama.zip"
(cd "$sementara" && "$py" -m zipfile -c "$akar/dist/$nama.zip" "$nama")
jumlah=$(find "$paket/wheels" -name '*.whl' | wc -l)
ukuran=$(du -m "dist/$nama.zip" | cut -f1)
echo "Paket dibuat: dist/$nama.zip ($jumlah wheel, $ukuran MB)"
