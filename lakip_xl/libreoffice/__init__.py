"""Everything LibreOffice: headless conversion and recalculation, the UNO client, the Calc macro,
its installer, and the buttons in .ods workbooks."""
