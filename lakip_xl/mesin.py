"""Compatibility entry point: LibreOffice macros installed by lakip_xl 0.1 run
`python -m lakip_xl.mesin laporan ...`; the button logic now lives in `lakip_xl.tombol`."""

import sys

from lakip_xl.tombol import main

if __name__ == "__main__":
    sys.exit(main())
