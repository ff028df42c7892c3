#!/usr/bin/env bash
# Pasang LibreOffice headless (Calc + Writer), Python-UNO, poppler-utils, fon metrik-kompatibel,
# dan fon Noto untuk aksara daerah di grafik.
# Idempoten: bila semuanya sudah ada, keluar 0 dengan cepat.
set -euo pipefail

PAKET=(
    libreoffice-calc-nogui
    libreoffice-writer-nogui
    python3-uno
    libreoffice-script-provider-python
    poppler-utils
    fonts-liberation2
    fonts-crosextra-carlito
    fonts-crosextra-caladea
    fonts-texgyre
    # aksara Jawa, Bali, Sunda, Bugis, Batak and symbols in chart labels (12 MB); CJK would need
    # fonts-noto-cjk (56 MB), left out: without it a chart warns once in Indonesian
    fonts-noto-core
)

paket_hilang() {
    local p status
    for p in "${PAKET[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
        if [[ "$status" != "installed" ]]; then
            printf '%s\n' "$p"
        fi
    done
}

alat_lengkap() {
    { command -v soffice >/dev/null 2>&1 || [[ -x /usr/lib/libreoffice/program/soffice ]]; } \
        && [[ -x /usr/bin/python3 ]] \
        && /usr/bin/python3 -c 'import uno' >/dev/null 2>&1 \
        && command -v pdftotext >/dev/null 2>&1 \
        && command -v pdfinfo >/dev/null 2>&1
}

mapfile -t HILANG < <(paket_hilang)

if [[ ${#HILANG[@]} -eq 0 ]] && alat_lengkap; then
    echo "LibreOffice, Python-UNO, poppler-utils, dan fon sudah terpasang; tidak ada yang perlu dilakukan."
    exit 0
fi

if [[ ${#HILANG[@]} -eq 0 ]]; then
    # Every package is registered but a tool is broken: reinstall them all.
    HILANG=("${PAKET[@]}")
fi

if [[ "$(id -u)" -ne 0 ]]; then
    echo "Paket berikut belum terpasang: ${HILANG[*]}." >&2
    echo "Jalankan sebagai root: sudo bash $0" >&2
    echo "atau langsung: sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive" \
        "apt-get install -y --no-install-recommends ${PAKET[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "Memperbarui daftar paket (apt-get update)..."
apt-get update
echo "Memasang paket: ${PAKET[*]}..."
apt-get install -y --no-install-recommends "${PAKET[@]}"

if alat_lengkap; then
    echo "Selesai: LibreOffice headless dan Python-UNO siap dipakai."
else
    echo "Pemasangan selesai, tetapi soffice, 'import uno' di /usr/bin/python3," \
        "atau pdftotext/pdfinfo masih belum berfungsi." >&2
    exit 1
fi
