"""How numbers are written as labels: footnote markers in superscript, list items numbered 1, a, A, i, I, а, أ, 一 …"""

from __future__ import annotations

from aligner.numbering import ABJAD, CYRILLIC_LIST_LETTERS, letter_key

#: The superscript digits 0 to 9, as footnote markers are written.
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: Turns the digits of a footnote number into superscript digits (``str.translate``).
SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
#: Turns superscript digits back into plain ones (``str.translate``).
PLAIN_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
#: The label a reader writes before a bulleted list item, whatever sign the document shows (a font's private one).
BULLET = "•"

_ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50), ("xl", 40),
          ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def formatted_number(number_format: str, n: int) -> str:
    """``n`` written as a list numbering format says: 1 → "1", "a", "A", "i" or "I"; other formats as "1"."""
    if number_format in ("a", "A") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter if number_format == "a" else letter.upper()
    if number_format in ("i", "I") and 1 <= n < 4000:
        roman = ""
        for numeral, value in _ROMAN:
            while n >= value:
                roman, n = roman + numeral, n - value
        return roman if number_format == "i" else roman.upper()
    return str(n)


_ARABIC_ALPHABETICAL = ("أ", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع",
                        "غ", "ف", "ق", "ك", "ل", "م", "ن", "هـ", "و", "ي")
_CHINESE_DIGITS = "〇一二三四五六七八九"  # digit by digit: 一〇五
_COUNTING_DIGITS = "零一二三四五六七八九"  # counted: 一百零五
_CHINESE_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CELESTIAL_STEMS = "甲乙丙丁戊己庚辛壬癸"
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_LARGEST_LIST_NUMBER = 32767
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _chinese_counting(n: int, digits: str = _COUNTING_DIGITS, units: str = "十百千") -> str:
    """``n`` (1–9999) in Chinese numerals as counted: 十一, 二十, 一百零五."""
    if not 0 < n < 10000:
        return str(n)
    parts, zero = [], False
    for value, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero and parts:
                parts.append(digits[0])
            parts.append(digits[digit] + unit)
            zero = False
        else:
            zero = True
    text = "".join(parts)
    return text[1:] if text.startswith(digits[1] + units[0]) and digits is _COUNTING_DIGITS else text


def _cycled(letters, n: int) -> str:
    """The ``n``-th letter of ``letters`` (n ≥ 1), doubled, tripled … after the last, as Word does."""
    index = n - 1
    return letters[index % len(letters)] * (index // len(letters) + 1)


def list_number(number_format: str, n: int) -> str:
    """``n`` as a list numbering format named as Word names them (``w:numFmt``) writes it: decimal, lowerLetter,
    russianLower, arabicAbjad, chineseCounting …; formats not listed here, and numbers beyond what Word numbers
    lists with (1 to 32767), are written in decimal."""
    if not 0 < n <= _LARGEST_LIST_NUMBER:
        return str(n)
    if number_format in ("lowerLetter", "upperLetter"):
        key = letter_key(n - 1)
        return key if number_format == "lowerLetter" else key.upper()
    if number_format in ("lowerRoman", "upperRoman"):
        return formatted_number("i" if number_format == "lowerRoman" else "I", n)
    if number_format in ("russianLower", "russianUpper"):
        letter = _cycled(CYRILLIC_LIST_LETTERS, n)
        return letter if number_format == "russianLower" else letter.upper()
    if number_format == "arabicAbjad":
        return _cycled(ABJAD, n)
    if number_format == "arabicAlpha":
        return _cycled(_ARABIC_ALPHABETICAL, n)
    if number_format in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
                         "taiwaneseCountingThousand", "japaneseCounting"):
        return _chinese_counting(n)
    if number_format == "chineseLegalSimplified":
        return _chinese_counting(n, _CHINESE_LEGAL_DIGITS, "拾佰仟")
    if number_format in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CHINESE_DIGITS[int(d)] for d in str(n))
    if number_format in ("ideographTraditional", "ideographEnclosedCircle"):
        return _cycled(_CELESTIAL_STEMS, n)
    if number_format in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if number_format in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(_FULL_WIDTH)
    if number_format == "decimalZero":
        return f"{n:02d}"
    if number_format == "none":
        return ""
    return str(n)
