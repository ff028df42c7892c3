"""The calculation core: standard library only, so it runs in tests, Excel and LibreOffice."""
