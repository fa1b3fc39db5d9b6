"""Cardinal numbers from one to ninety-nine written in words, in the six languages.

UN style spells a number out at the start of a sentence ("Forty-five experts
attended", "Quarante-cinq experts ont participé"), and Arabic and Chinese
often spell small numbers ("ثلاثة خبراء", "三名专家"), where another version
writes digits. :func:`written_in_words` tells whether a text spells a given
number, and :func:`not_in_words` and :func:`numbers_agree` use it so that the
number checks and the aligner's flags do not report such a pair as a mismatch.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from aligner.numbering import chinese_number

#: The numbers whose spellings are known: one is left out, as "un", "une", "uno", "один", "واحد" and "一" are
#: as often an article or another word.
LOWEST, HIGHEST = 2, 99

_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
             "sixteen seventeen eighteen nineteen").split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

_FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
             "dix-sept dix-huit dix-neuf").split()
_FR_TENS = "vingt trente quarante cinquante soixante".split()

_ES_UNITS = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
             "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco "
             "veintiséis veintisiete veintiocho veintinueve").split()
_ES_TENS = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()

#: Russian numbers as patterns of their forms in every case (один, одного, одной …).
_RU_UNITS = ("", "од(?:ин|на|но|ни|ного|ной|ному|ним|ном|ну|ною|них|ними)", "дв(?:а|е|ух|ум|умя)",
             "тр(?:и|[её]х|[её]м|емя|ёмя)", "четыр(?:е|[её]х|[её]м|ьмя)", "пят(?:ь|и|ью)", "шест(?:ь|и|ью)",
             "сем(?:ь|и|ью)", "вос(?:емь|ьми|емью|ьмью)", "девят(?:ь|и|ью)", "десят(?:ь|и|ью)",
             "одиннадцат(?:ь|и|ью)", "двенадцат(?:ь|и|ью)", "тринадцат(?:ь|и|ью)", "четырнадцат(?:ь|и|ью)",
             "пятнадцат(?:ь|и|ью)", "шестнадцат(?:ь|и|ью)", "семнадцат(?:ь|и|ью)", "восемнадцат(?:ь|и|ью)",
             "девятнадцат(?:ь|и|ью)")
_RU_TENS = ("двадцат(?:ь|и|ью)", "тридцат(?:ь|и|ью)", "сорок(?:а)?", "пят(?:ьдесят|идесяти|ьюдесятью)",
            "шест(?:ьдесят|идесяти|ьюдесятью)", "сем(?:ьдесят|идесяти|ьюдесятью)",
            "вос(?:емьдесят|ьмидесяти|емьюдесятью)", "девяност(?:о|а)")

#: Arabic numbers as patterns of their masculine and feminine, nominative and oblique forms.
_AR_UNITS = ("", "(?:واحدة?|إحدى|أحد)", "(?:اثنان|اثنين|اثنتان|اثنتين|اثنا|اثني|اثنتا|اثنتي)", "ثلاثة?",
             "أربعة?", "خمسة?", "ستة?", "سبعة?", "(?:ثماني|ثمان|ثمانية)", "تسعة?", "عشرة?")
_AR_TENS = ("عشر(?:ون|ين)", "ثلاث(?:ون|ين)", "أربع(?:ون|ين)", "خمس(?:ون|ين)", "ست(?:ون|ين)", "سبع(?:ون|ين)",
            "ثمان(?:ون|ين)", "تسع(?:ون|ين)")

#: Chinese numerals, counted only before a measure word (四十五名, 三个, 两项), and not as an ordinal (第三); or
#: after 百分之, as a percentage (百分之五十: 50 per cent).
_ZH_NUMERAL = re.compile(r"(?<![第一二三四五六七八九十两百千])([一二三四五六七八九十两]{1,3})(?=[名个項项次位国國条條届屆天周年家份种種人])"
                         r"|百分之([一二三四五六七八九十两]{1,3})(?![一二三四五六七八九十两百千点])")


def _en(n: int) -> list[str]:
    if n < 20:
        return [_EN_UNITS[n]]
    tens, unit = _EN_TENS[n // 10 - 2], n % 10
    return [tens] if not unit else [f"{tens}-{_EN_UNITS[unit]}", f"{tens} {_EN_UNITS[unit]}"]


def _fr(n: int) -> list[str]:
    if n < 20:
        return [_FR_UNITS[n]]
    if n < 70:
        tens, unit = _FR_TENS[n // 10 - 2], n % 10
    elif n < 80:
        tens, unit = "soixante", n - 60
    else:
        tens, unit = "quatre-vingt", n - 80
    if not unit:
        return ["quatre-vingts"] if tens == "quatre-vingt" else [tens]
    if unit in (1, 11) and tens != "quatre-vingt":  # vingt et un, soixante et onze (and, reformed, vingt-et-un)
        word = _FR_UNITS[unit]
        return [f"{tens} et {word}", f"{tens}-et-{word}"] + ([f"{tens} et une", f"{tens}-et-une"] if unit == 1 else [])
    return [f"{tens}-{_FR_UNITS[unit]}"] + ([f"{tens}-une"] if unit == 1 else [])


def _es(n: int) -> list[str]:
    if n < 30:
        word = _ES_UNITS[n]
        return [word] + (["veintiún", "veintiuna"] if n == 21 else [])
    tens, unit = _ES_TENS[n // 10 - 3], n % 10
    if not unit:
        return [tens]
    return [f"{tens} y {_ES_UNITS[unit]}"] + ([f"{tens} y un", f"{tens} y una"] if unit == 1 else [])


def _ru(n: int) -> list[str]:
    if n < 20:
        return [_RU_UNITS[n]]
    tens, unit = _RU_TENS[n // 10 - 2], n % 10
    return [tens] if not unit else [rf"{tens}\s+{_RU_UNITS[unit]}"]


def _ar(n: int) -> list[str]:
    if n <= 10:
        return [_AR_UNITS[n]]
    if n < 20:
        return [rf"{_AR_UNITS[n % 10]}\s+عشرة?"]
    tens, unit = _AR_TENS[n // 10 - 2], n % 10
    return [tens] if not unit else [rf"{_AR_UNITS[unit]}\s+و{tens}"]


_SPELLINGS = {"en": _en, "fr": _fr, "es": _es}
_PATTERNS = {"ru": _ru, "ar": _ar}


@lru_cache(maxsize=2048)
def _pattern(number: int, lang: str) -> re.Pattern[str] | None:
    if lang in _SPELLINGS:
        forms = [re.escape(form).replace(r"\ ", r"\s+") for form in _SPELLINGS[lang](number)]
    elif lang in _PATTERNS:
        forms = _PATTERNS[lang](number)
    else:
        return None
    prefix = "(?:[وفبل])?" if lang == "ar" else ""  # a conjunction or preposition written on the word
    return re.compile(rf"(?<!\w){prefix}(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE)


def written_in_words(number: int, text: str, lang: str) -> bool:
    """Whether ``text``, in ``lang``, writes ``number`` (:data:`LOWEST` to :data:`HIGHEST`) in words."""
    if not LOWEST <= number <= HIGHEST:
        return False
    if lang == "zh":
        return any(chinese_number((m.group(1) or m.group(2)).replace("两", "二")) == number
                   for m in _ZH_NUMERAL.finditer(text))
    pattern = _pattern(number, lang)
    return pattern is not None and pattern.search(text) is not None


def not_in_words(values: Sequence[tuple[str, str]], text: str, lang: str) -> list[tuple[str, str]]:
    """The (anchor kind, value) pairs of ``values``, found on one side of a comparison, less the numbers that
    ``text``, the other side in ``lang``, writes in words ("45" against "Quarante-cinq", "3" against "三名")."""
    return [(kind, value) for kind, value in values
            if not (kind == "number" and value.isdigit() and written_in_words(int(value), text, lang))]


def numbers_agree(only_a: Sequence[tuple[str, str]], text_a: str, lang_a: str,
                  only_b: Sequence[tuple[str, str]], text_b: str, lang_b: str) -> bool:
    """Whether two sides whose anchor comparison left ``only_a`` and ``only_b`` agree once numbers in digits on
    one side and in words on the other (texts ``text_a`` and ``text_b``) are taken as the same."""
    return not not_in_words(only_a, text_b, lang_b) and not not_in_words(only_b, text_a, lang_a)
