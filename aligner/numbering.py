"""Paragraph and item numbering of the six languages, mapped to language-independent keys.

"(a)" (zh, en), "a)" (fr, es, ru), "(أ)" in Arabic abjad order and the Chinese
legal style "（一）" all give the key ``a``; Roman sub-items "(i)", "(ii)" give
``i``, ``ii``; annex and article numbers in words or Roman numerals give ints;
section letters "A.", "ألف -", "А." (Cyrillic) give their place in the alphabet.
"""

from __future__ import annotations

import re
import string

#: Arabic letters in abjad order, as used for lettered paragraphs in UN Arabic texts.
ABJAD: tuple[str, ...] = (
    "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن",
    "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ",
)
_ABJAD_INDEX = {letter: i for i, letter in enumerate(ABJAD)}
_ABJAD_INDEX["ه"] = 4  # "هـ" is sometimes written without the tatweel
_ABJAD_INDEX["ا"] = 0  # and "أ" without its hamza, as LibreOffice numbers Arabic lists

#: Russian letters in alphabetical order as used for lettered lists (ё, й, ъ, ы, ь are skipped).
CYRILLIC_LIST_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

ARABIC_ORDINALS: dict[str, int] = {
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
    "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10,
}
WORD_ORDINALS: dict[str, int] = {"premier": 1, "première": 1, "unique": 1}
#: The ordinal adverbs UN Arabic numbers the chapters of a report with ("أولا - مقدمة": "I. Introduction").
ARABIC_CHAPTER_ORDINALS: dict[str, int] = {
    "أولا": 1, "ثانيا": 2, "ثالثا": 3, "رابعا": 4, "خامسا": 5,
    "سادسا": 6, "سابعا": 7, "ثامنا": 8, "تاسعا": 9, "عاشرا": 10,
    "حادي عشر": 11, "ثاني عشر": 12, "ثالث عشر": 13, "رابع عشر": 14, "خامس عشر": 15,
    "سادس عشر": 16, "سابع عشر": 17, "ثامن عشر": 18, "تاسع عشر": 19, "عشرون": 20,
}
#: The names of the letters, in abjad order, that UN Arabic heads lettered sections with ("ألف -": "A.").
ARABIC_LETTER_NAMES: tuple[str, ...] = (
    "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم", "نون",
    "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد", "ظاء", "غين",
)
#: Capital Cyrillic letters that look like Latin ones: Russian texts write section A, B, C … with them.
_CYRILLIC_LOOKALIKES = {"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O", "Р": "P",
                        "Т": "T", "Х": "X"}


def chinese_number(text: str) -> int:
    """Value of a Chinese numeral such as 十二 or 二十三 (up to 9999); ValueError if it is not one."""
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


def chinese_digits(text: str) -> int:
    """Value of a number written in Chinese characters digit by digit, as a year is (二〇二三 → 2023); ValueError if
    it is not one."""
    if not text or any(ch not in _CN_DIGITS for ch in text):
        raise ValueError(f"not Chinese digits: {text!r}")
    return int("".join(str(_CN_DIGITS[ch]) for ch in text))


def roman_number(text: str) -> int:
    """Value of a Roman numeral (case-insensitive); ValueError if it is not one."""
    text = text.lower()
    if not text or not re.fullmatch(r"c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})", text):
        raise ValueError(f"not a Roman numeral: {text!r}")
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total


def to_roman(number: int) -> str:
    """Lower-case Roman numeral of 1 ≤ ``number`` < 400."""
    parts = []
    for value, symbol in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            parts.append(symbol)
            number -= value
    return "".join(parts)


def letter_key(index: int) -> str:
    """The key of the ``index``-th (0-based) lettered item: a … z, then aa, bb … as in UN English."""
    letters = string.ascii_lowercase
    return letters[index % 26] * (index // 26 + 1)


def letter_index(key: str) -> int:
    """Inverse of :func:`letter_key` for a Latin key such as ``k`` or ``bb``; ValueError otherwise."""
    key = key.lower()
    if not key or len(set(key)) != 1 or key[0] not in string.ascii_lowercase:
        raise ValueError(f"not a list letter: {key!r}")
    return (len(key) - 1) * 26 + string.ascii_lowercase.index(key[0])


def item_index(token: str) -> int:
    """0-based position of a list item token in its language's sequence.

    Accepts Latin letters (``k``, ``bb``), Arabic abjad letters, Russian list
    letters and Chinese numerals (一 → 0).
    """
    token = token.strip()
    if token in _ABJAD_INDEX:
        return _ABJAD_INDEX[token]
    if len(token) == 1 and token.lower() in CYRILLIC_LIST_LETTERS:
        return CYRILLIC_LIST_LETTERS.index(token.lower())
    if token and all(ch in _CN_DIGITS or ch in _CN_UNITS for ch in token):
        return chinese_number(token) - 1
    return letter_index(token)


def ordinal_number(word: str) -> int:
    """Number of an annex or article written as a numeral, Roman numeral or ordinal word."""
    word = word.strip().rstrip(".")
    if word.isdigit():
        return int(word)
    if word in ARABIC_ORDINALS:
        return ARABIC_ORDINALS[word]
    if word.lower() in WORD_ORDINALS:
        return WORD_ORDINALS[word.lower()]
    if word.lower().endswith("er") and word[:-2].isdigit():
        return int(word[:-2])
    try:
        return roman_number(word)
    except ValueError:
        return chinese_number(word)


def section_letter_index(token: str, expected: int = 0) -> int:
    """0-based place of a section letter: Latin (also full-width), Cyrillic, or an Arabic letter name.

    A Cyrillic capital that looks like a Latin one ("В") is read in either alphabet (B, or the third letter
    after "Б"); ``expected``, the place that would continue the current sequence, decides between them.
    """
    token = token.strip()
    if token in ARABIC_LETTER_NAMES:
        return ARABIC_LETTER_NAMES.index(token)
    if len(token) == 1 and "Ａ" <= token <= "Ｚ":
        return ord(token) - ord("Ａ")
    if len(token) == 1 and "A" <= token <= "Z":
        return ord(token) - ord("A")
    if len(token) != 1 or token.lower() not in CYRILLIC_LIST_LETTERS:
        raise ValueError(f"not a section letter: {token!r}")
    in_order = CYRILLIC_LIST_LETTERS.index(token.lower())
    lookalike = _CYRILLIC_LOOKALIKES.get(token)
    if lookalike is None or in_order == expected:
        return in_order
    return ord(lookalike) - ord("A")
