"""The workbook: its layout (the one declaration), reading, file checks, creating and writing back.

Standard library only, except `xlsx` (the one openpyxl module) and `tulis`/`baca_xml` (lxml)."""
