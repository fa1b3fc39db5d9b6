"""Text in XML and in Excel cells: what every file hexalign writes in those formats does with the texts it is given."""

from __future__ import annotations

import re
from typing import Any, Sequence, Union

from aligner.errors import HexalignError

#: Excel refuses longer cell values.
MAX_CELL = 32767
#: Characters XML 1.0, and so an Excel file, cannot hold: control characters, non-characters, lone surrogates.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """``text`` with each character XML cannot hold replaced by a space."""
    return NOT_IN_XML.sub(" ", text)


def put_cell(sheet: Any, row: int, column: int, value: Union[str, int, float]) -> Any:
    """Write one cell of an openpyxl ``sheet`` and return it.

    A text stays a text, even one that starts with ``=`` (never a formula), and
    each character XML cannot hold becomes a space; a text longer than Excel
    allows raises :class:`HexalignError` naming its row.
    """
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = xml_text(value)
        if len(value) > MAX_CELL:
            raise HexalignError(f"a text in row {row} is longer than an Excel cell can hold "
                                f"({len(value)} > {MAX_CELL} characters)")
        cell.value = value
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def put_row(sheet: Any, row: int, values: Sequence[Union[str, int, float]]) -> list[Any]:
    """Write ``values`` into ``row`` of ``sheet``, one cell each from the first column (see :func:`put_cell`)."""
    return [put_cell(sheet, row, column, value) for column, value in enumerate(values, start=1)]
