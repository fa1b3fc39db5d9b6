"""Tests of the one Excel cell writer the alignment, glossary and report files share."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from aligner.errors import HexalignError
from aligner.xlsx import MAX_CELL, put_cell, put_row, xml_text


def _saved(workbook: Workbook):
    buffer = io.BytesIO()
    workbook.save(buffer)
    return load_workbook(io.BytesIO(buffer.getvalue())).active


def test_texts_stay_texts_and_numbers_numbers() -> None:
    workbook = Workbook()
    put_row(workbook.active, 1, ["=SUM(A1:A3)", "+33 1 23", 7, 0.5, "主管机关"])
    sheet = _saved(workbook)
    assert [c.value for c in sheet[1]] == ["=SUM(A1:A3)", "+33 1 23", 7, 0.5, "主管机关"]
    assert [c.data_type for c in sheet[1]] == ["s", "s", "n", "n", "s"]  # no formula


@pytest.mark.parametrize(("text", "kept"), [
    ("line one\x0bline two", "line one line two"),  # Word's line break inside a paragraph
    ("page\x0cnext", "page next"),
    ("a\ufffeb\ud800c", "a b c"),  # a non-character and a lone surrogate
    ("tab\tand\nnewline", "tab\tand\nnewline"),  # what XML holds is kept
])
def test_characters_xml_cannot_hold_become_spaces(text: str, kept: str) -> None:
    assert xml_text(text) == kept
    workbook = Workbook()
    put_cell(workbook.active, 1, 1, text)
    assert _saved(workbook)["A1"].value == kept


def test_a_text_longer_than_a_cell_is_refused_with_its_row() -> None:
    workbook = Workbook()
    put_cell(workbook.active, 3, 1, "x" * MAX_CELL)
    with pytest.raises(HexalignError, match=r"row 4 .* \(32768 > 32767 characters\)"):
        put_cell(workbook.active, 4, 1, "x" * (MAX_CELL + 1))
