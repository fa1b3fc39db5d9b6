"""How numbers are written as labels: footnote markers in superscript, list items numbered 1, a, A, i or I."""

from __future__ import annotations

#: The superscript digits 0 to 9, as footnote markers are written.
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: Turns the digits of a footnote number into superscript digits (``str.translate``).
SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)

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
