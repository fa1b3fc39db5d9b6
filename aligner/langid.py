"""Which of the six UN languages a text is written in.

The script decides first (Han → zh, Arabic → ar, Cyrillic → ru); a text in
Latin script is English, French or Spanish according to its most frequent
function words, with accented letters and word endings as weaker evidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from aligner.errors import InputError

#: The script each of the six UN languages is written in.
LANGUAGE_SCRIPT: dict[str, str] = {"zh": "han", "ar": "arabic", "ru": "cyrillic", "en": "latin", "fr": "latin", "es": "latin"}
#: Language written in each non-Latin script of the six UN languages.
SCRIPT_LANGUAGE: dict[str, str] = {script: lang for lang, script in LANGUAGE_SCRIPT.items() if script != "latin"}

# A Han character carries about as much text as a short Latin or Cyrillic word.
_HAN_WEIGHT = 3

# Frequent function words of UN prose (lower case; elided French forms end in ').
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a for on that with by as is are be this its their which from at or an "
        "has have been was were it these such other shall should all any into also between within "
        "upon would not".split()
    ),
    "fr": frozenset(
        "de la le les des et à en du l' d' qu' n' s' que qui dans pour par sur une un au aux est "
        "sont ses leur leurs ces cette ce il elle avec ou ne pas plus été être son sa notamment afin "
        "entre ainsi".split()
    ),
    "es": frozenset(
        "de la el los las y en del a que por para con una un se su sus al es son lo como o entre "
        "sobre este esta estos estas ha han sido también más según así".split()
    ),
}

# Letters (lower case) and word endings that hint at one language.
_LETTER_HINTS: dict[str, dict[str, float]] = {
    "fr": {c: 0.25 for c in "èêàâçùûîôëïœ"} | {"é": 0.15},
    "es": {c: 0.25 for c in "áíóúñ¿¡"} | {"é": 0.05},
}
_ENDING_HINTS: dict[str, tuple[str, ...]] = {
    "en": ("ing", "ity", "ness", "tion", "ment"),
    "fr": ("ité", "eux", "euse", "aux", "tion", "ment"),
    "es": ("ción", "sión", "dad", "mente", "idad"),
}
_LATIN_ORDER: tuple[str, ...] = ("en", "fr", "es")
_HINTED_LETTER = re.compile("[" + re.escape("".join(sorted(set().union(*_LETTER_HINTS.values())))) + "]")

# Characters looked at: the language is plain long before the end of this.
_SAMPLE = 20_000

_WORD = re.compile(r"[^\W\d_]+['’]?")


#: Code point ranges [start, end) of the scripts told apart by name; the others are named by Unicode.
SCRIPT_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "latin": ((0x0, 0x250), (0x1E00, 0x1F00), (0xFF21, 0xFF5B), (0x2C60, 0x2C80)),
    "cyrillic": ((0x400, 0x530), (0x2DE0, 0x2E00), (0xA640, 0xA6A0), (0x1C80, 0x1C90)),
    "arabic": ((0x600, 0x700), (0x750, 0x780), (0x8A0, 0x900), (0xFB50, 0xFE00), (0xFE70, 0xFF00)),
    "han": ((0x4E00, 0xA000), (0x3400, 0x4DC0), (0x20000, 0x40000), (0xF900, 0xFB00), (0x3005, 0x3008)),
    "greek": ((0x370, 0x400), (0x1F00, 0x2000)),
    "kana": ((0x3040, 0x3100), (0x31F0, 0x3200), (0xFF66, 0xFFA0)),
    "hangul": ((0xAC00, 0xD7B0), (0x1100, 0x1200), (0x3130, 0x3190)),
}


def script_of(char: str) -> str:
    """Script of a letter: ``latin``, ``cyrillic``, ``arabic``, ``han``, ``greek``, ``kana``,
    ``hangul`` or another lower-case Unicode script name; ``""`` for anything not a letter."""
    if not char.isalpha():
        return ""
    cp = ord(char)
    for script, ranges in SCRIPT_RANGES.items():
        if any(start <= cp < end for start, end in ranges):
            return script
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0].lower() if name else "other"


@dataclass(frozen=True)
class _ScriptPatterns:
    """Patterns that count letters by script as :func:`script_of` assigns them, word by word (a word is a run of
    letters and other non-digit word characters such as ¹ or ½, which are not letters)."""

    latin_run: re.Pattern[str]
    acronym: re.Pattern[str]  # a word with Latin letters but no lower-case one (UNODC, CTOC/COP)
    runs: dict[str, re.Pattern[str]]  # runs of letters of each named non-Latin script
    not_han: re.Pattern[str]  # a letter of a named script other than Latin and Han (one scan tells whether any)
    other: re.Pattern[str]  # a word character that is no letter of a named script (another script's, or ¹, ½)


@lru_cache(maxsize=1)
def _script_patterns() -> _ScriptPatterns:
    """Built on first use from the Unicode database."""
    latin = _chars(_letter_runs(SCRIPT_RANGES["latin"]))
    latin += [c for c in _chars(_letter_runs(_unnamed_ranges())) if unicodedata.name(c, "").startswith("LATIN ")]
    letters = _char_class(_runs(latin))
    lower = _char_class(_runs(c for c in latin if c.islower()))
    not_lower = _char_class(_runs(c for c in latin if not c.islower()))
    word_char = r"[^\W\d_]"
    named = {script: _char_class(_letter_runs(ranges)) for script, ranges in SCRIPT_RANGES.items() if script != "latin"}
    return _ScriptPatterns(
        latin_run=re.compile(f"[{letters}]+"),
        acronym=re.compile(rf"(?<!{word_char})[^\W\d_{lower}]*[{not_lower}][^\W\d_{lower}]*(?!{word_char})"),
        runs={script: re.compile(f"[{chars}]+") for script, chars in named.items()},
        not_han=re.compile(f"[{''.join(chars for script, chars in named.items() if script != 'han')}]"),
        other=re.compile(rf"[^\W\d_{letters}{''.join(named.values())}]"),
    )


def _unnamed_ranges() -> list[tuple[int, int]]:
    """The code points outside :data:`SCRIPT_RANGES` that can be letters: planes 0 and 1 (planes 2 and 3 hold CJK
    ideographs only, the others no letters)."""
    gaps, at = [], 0
    for start, end in sorted(r for ranges in SCRIPT_RANGES.values() for r in ranges):
        gaps.append((at, start))
        at = max(at, end)
    return gaps + [(at, 0x20000)]


def _letter_runs(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs [first, last] of consecutive letters (``str.isalpha``) in the code point ``ranges``."""
    runs = []
    for start, end in ranges:
        is_letter = bytes(map(str.isalpha, map(chr, range(start, end))))
        runs += [(start + m.start(), start + m.end() - 1) for m in re.finditer(rb"\x01+", is_letter)]
    return runs


def _runs(chars: Iterable[str]) -> list[tuple[int, int]]:
    """Runs [first, last] of consecutive code points among ``chars``."""
    runs: list[tuple[int, int]] = []
    for point in sorted(map(ord, chars)):
        if runs and runs[-1][1] == point - 1:
            runs[-1] = (runs[-1][0], point)
        else:
            runs.append((point, point))
    return runs


def _chars(runs: Iterable[tuple[int, int]]) -> list[str]:
    """The characters of ``runs``."""
    return [chr(point) for first, last in runs for point in range(first, last + 1)]


def _char_class(runs: Iterable[tuple[int, int]]) -> str:
    """The inside of a regex character class matching the code points of ``runs``."""
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in runs)


def detect_language(text: str, *, source: str = "the text") -> str:
    """Language code (ar, zh, en, fr, es or ru) of ``text``, judged on its first 20,000 characters.

    Raises :class:`InputError` naming ``source`` when the text has no letters
    or is written in a script none of the six languages uses.
    """
    text = text[:_SAMPLE]
    script = _main_script(text)
    if script is None:
        raise InputError(f"cannot tell the language of {source}: it has no letters (give the language with --lang)")
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    if script != "latin":
        raise InputError(
            f"cannot tell the language of {source}: it is mostly in {script} script, "
            "not one of the six UN languages (give the language with --lang)"
        )
    return _latin_language(text)


def _main_script(text: str) -> str | None:
    """The script with the most letters in ``text`` (Han ones weigh :data:`_HAN_WEIGHT`), None if it has none.

    Latin letters of all-capital words (acronyms, document symbols) count only when no other letter does;
    Latin wins a tie, and of other scripts tied the one seen first.
    """
    patterns = _script_patterns()
    weights = _non_latin_weights(text, patterns)
    heaviest = max(weights, key=weights.__getitem__, default=None)  # the first seen of the heaviest
    latin = _count(patterns.latin_run, text)
    if latin and (heaviest is None or latin >= weights[heaviest]):  # else Latin cannot win: no need to tell acronyms
        acronym_letters = sum(_count(patterns.latin_run, word) for word in patterns.acronym.findall(text))
        if latin > acronym_letters:
            latin -= acronym_letters
        elif weights:
            latin = 0
        if latin and (heaviest is None or latin >= weights[heaviest]):
            return "latin"
    return heaviest


def _non_latin_weights(text: str, patterns: _ScriptPatterns) -> dict[str, int]:
    """Weighted letters of each script but Latin, in order of each script's first letter."""
    found: list[tuple[int, str, int]] = []  # (offset of the first letter, script, letters)
    others = patterns.not_han.search(text) is not None
    for script, run in patterns.runs.items():
        if script != "han" and not others:
            continue
        first = run.search(text)
        if first is not None:
            found.append((first.start(), script, _count(run, text[first.start():])))
    for char in patterns.other.finditer(text):
        script = script_of(char.group())
        if script:
            found.append((char.start(), script, 1))
    weights: dict[str, int] = {}
    for _, script, letters in sorted(found):
        weights[script] = weights.get(script, 0) + letters * (_HAN_WEIGHT if script == "han" else 1)
    return weights


def _count(run: re.Pattern[str], text: str) -> int:
    """Characters of ``text`` in the runs ``run`` finds."""
    return sum(map(len, run.findall(text)))


def _latin_language(text: str) -> str:
    """en, fr or es by function words, accented letters and word endings.

    Without any clue the text is taken for English: French and Spanish
    prose rarely goes a line without an accent or a function word.
    """
    scores = dict.fromkeys(_LATIN_ORDER, 0.0)
    lowered = text.lower()
    for token, times in Counter(_WORD.findall(lowered)).items():  # each distinct word once
        token = token.replace("’", "'")
        bare = token.rstrip("'")
        for lang in _LATIN_ORDER:
            if token in _FUNCTION_WORDS[lang] or bare in _FUNCTION_WORDS[lang]:
                scores[lang] += 1.0 * times
            if len(bare) > 4 and bare.endswith(_ENDING_HINTS[lang]):
                scores[lang] += 0.25 * times
    # Letter hints are added one by one in text order (as 0.15 and 0.05 are not exact in binary, another
    # order could round differently), but only for the letters that have one.
    for char in _HINTED_LETTER.findall(lowered):
        for lang, hints in _LETTER_HINTS.items():
            scores[lang] += hints.get(char, 0.0)
    return max(_LATIN_ORDER, key=lambda lang: scores[lang])
