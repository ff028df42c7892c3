# Shared by mulai.sh and uji.sh: make .venv with a Python >= 3.10 and echo its path.
# On a fresh Debian/Ubuntu `python3 -m venv` needs the python3-venv package: installed when root.
buat_venv() {
    local py="${PYTHON:-python3}"
    if ! command -v "$py" >/dev/null 2>&1; then
        echo "Python 3.10 atau lebih baru tidak ditemukan; pasang dulu (apt-get install python3)." >&2
        return 1
    fi
    if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
        echo "Dibutuhkan Python 3.10 atau lebih baru; yang ada: $("$py" --version 2>&1)." >&2
        return 1
    fi
    if [[ ! -x .venv/bin/python ]]; then
        if ! "$py" -m venv .venv >/dev/null 2>&1; then
            rm -rf .venv
            if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
                echo "Memasang python3-venv..."
                apt-get update -qq
                DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
                "$py" -m venv .venv
            else
                echo "Gagal membuat virtualenv; jalankan: sudo apt-get install python3-venv" >&2
                return 1
            fi
        fi
    fi
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
}
