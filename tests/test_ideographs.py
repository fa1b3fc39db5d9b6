"""Chinese characters a PDF gives as the radicals they share a glyph with, written as the characters meant."""

from __future__ import annotations

import unicodedata

import pytest

from aligner.ideographs import misplaced_radicals, with_ideographs

#: Characters and the radicals Chromium's PDFs of the sample, set in Noto Serif CJK SC, gave for them (pypdf read
#: "执⾏", "附件⼀", "2021 年 3 ⽉ 25 ⽇"): Kangxi radicals, and supplementary ones for simplified forms.
AS_PRINTED = {"行": "⾏", "一": "⼀", "月": "⽉", "日": "⽇", "用": "⽤", "方": "⽅", "鼓": "⿎", "工": "⼯", "人": "⼈",
              "面": "⾯", "十": "⼗", "大": "⼤", "立": "⽴", "二": "⼆", "又": "⼜", "见": "⻅", "门": "⻔", "长": "⻓",
              "角": "⻆", "户": "⼾"}


def as_printed(text: str) -> str:
    return text.translate(str.maketrans(AS_PRINTED))


def test_radicals_are_the_characters_they_look_like():
    text = "又鼓励缔约国执行附件一，于 2021 年 3 月 25 日见面并长期使用门户"
    printed = as_printed(text)
    assert printed != text and not any(ch in printed for ch in "行一月日用方鼓工人面又见门长户")
    assert with_ideographs(printed) == text


def test_every_kangxi_radical_is_a_unified_ideograph():
    for code in range(0x2F00, 0x2FD6):
        meant = with_ideographs(chr(code))
        assert len(meant) == 1 and unicodedata.name(meant).startswith("CJK UNIFIED IDEOGRAPH"), hex(code)


def test_compatibility_ideographs_are_their_unified_ones():
    assert with_ideographs("\uf95e\uf9d1") == "\u4e39\u516d"  # 丹 六, as Unicode decomposes them
    assert with_ideographs("\ufa0e") == "\ufa0e"  # a compatibility block's own unified ideograph stays


def test_the_door_radical_is_written_as_the_document_writes_its_characters():
    """Unicode decomposes ⼾ to the Traditional 戶; Simplified faces draw 户 with its glyph."""
    assert with_ideographs("⼾籍登记的国家和会员国") == "户籍登记的国家和会员国"
    assert with_ideographs("⼾籍登記的國家和會員國") == "戶籍登記的國家和會員國"


def test_offsets_do_not_move_and_other_text_is_left_as_it_is():
    text = "联合国 United Nations «ООН» الأمم المتحدة 第 11/1 号决议（COVID-19）"
    assert with_ideographs(text) == text
    printed = as_printed("执行《公约》第 19 条")
    assert len(with_ideographs(printed)) == len(printed)


def test_misplaced_radicals_are_found_with_the_characters_meant():
    text = as_printed("执行附件一") + "行"
    assert misplaced_radicals(text) == [(1, "行"), (4, "一")]
    assert misplaced_radicals("执行附件一") == []
    assert misplaced_radicals("⼾籍登記的會員國") == [(0, "戶")]


@pytest.mark.parametrize("radical", ["⺀", "⺁", "⺄"])
def test_radicals_that_share_no_glyph_with_a_character_stay(radical):
    assert with_ideographs(radical) == radical and misplaced_radicals(radical) == []
