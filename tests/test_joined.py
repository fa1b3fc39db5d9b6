"""Texts joined for one search, and hits mapped back to them."""

from __future__ import annotations

import re

import pytest

from aligner.joined import JoinedTexts

TEXTS = ["第 11/1 号决议", "", "Recalling resolution 10/4,", "x"]


@pytest.mark.parametrize("separator", ["\0", "\n", " || "])
def test_every_hit_maps_back_to_the_text_and_span_a_search_of_that_text_gives(separator):
    joined = JoinedTexts.of(TEXTS, separator)
    assert joined.text == separator.join(TEXTS)
    pattern = re.compile(r"\d+/\d+|\w")
    found = [joined.local(*m.span()) for m in pattern.finditer(joined.text)]
    expected = [(k, *m.span()) for k, text in enumerate(TEXTS) for m in pattern.finditer(text)]
    assert found == expected


def test_which_and_bounds_give_each_texts_place_including_empty_ones():
    joined = JoinedTexts.of(TEXTS, "\0")
    for k, text in enumerate(TEXTS):
        begin, end = joined.bounds(k)
        assert joined.text[begin:end] == text
        if text:
            assert joined.which(begin) == k and joined.which(end - 1) == k
    # an offset on a separator belongs to the text before it
    assert joined.which(joined.bounds(0)[1]) == 0


def test_one_text_and_no_text():
    one = JoinedTexts.of(["abc"], "\n")
    assert one.starts == (0,) and one.bounds(0) == (0, 3) and one.local(1, 2) == (0, 1, 2)
    none = JoinedTexts.of([], "\n")
    assert none.text == ""
