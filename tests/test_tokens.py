"""Tests of the Chinese script helpers of aligner.tokens."""

from __future__ import annotations

import pytest

from aligner.tokens import traditional_as_in


@pytest.mark.parametrize(("written", "expected"), [
    ("這是為了大眾而著想的祕密", "為了眾人著想"),  # Taiwan's standard: 為 眾 著
    ("這是爲了大衆而着想", "爲了衆人着想"),  # OpenCC's own standard
    ("", "爲了衆人着想"),  # a text with none of the variants: OpenCC's own standard
])
def test_traditional_forms_follow_the_variants_the_text_writes(written: str, expected: str) -> None:
    assert traditional_as_in("为了众人着想", written) == expected


def test_characters_every_standard_writes_alike_are_converted_as_usual() -> None:
    assert traditional_as_in("联合国打击跨国有组织犯罪公约", "為") == "聯合國打擊跨國有組織犯罪公約"
