"""The one exception type users see: an Indonesian sentence, optionally naming sheet and cell."""

from __future__ import annotations


class LakipError(Exception):
    """A problem the user can fix; `str()` is one Indonesian sentence ready to print.

    `sheet` and `cell` (A1 style) are set when the problem sits in a workbook cell.
    """

    def __init__(self, pesan: str, *, sheet: str | None = None, cell: str | None = None) -> None:
        self.pesan = pesan
        self.sheet = sheet
        self.cell = cell
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if self.sheet and self.cell:
            return f"Sheet '{self.sheet}' sel {self.cell}: {self.pesan}"
        if self.sheet:
            return f"Sheet '{self.sheet}': {self.pesan}"
        return self.pesan
