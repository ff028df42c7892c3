"""Everything Excel: worksheet functions and buttons (xlwings), the VBA project and the .xlsm."""
