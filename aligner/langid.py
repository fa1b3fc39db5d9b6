"""Which of the six UN languages a text is written in.

The script decides first (Han → zh, Arabic → ar, Cyrillic → ru); a text in
Latin script is English, French or Spanish according to its most frequent
function words, with accented letters and word endings as weaker evidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from aligner.errors import InputError

#: Language written in each non-Latin script of the six UN languages.
SCRIPT_LANGUAGE: dict[str, str] = {"han": "zh", "arabic": "ar", "cyrillic": "ru"}

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

# Characters looked at: the language is plain long before the end of this.
_SAMPLE = 20_000

_WORD = re.compile(r"[^\W\d_]+['’]?")


def script_of(char: str) -> str:
    """Script of a letter: ``latin``, ``cyrillic``, ``arabic``, ``han``, ``greek``, ``kana``,
    ``hangul`` or another lower-case Unicode script name; ``""`` for anything not a letter."""
    if not char.isalpha():
        return ""
    cp = ord(char)
    if cp < 0x250 or 0x1E00 <= cp < 0x1F00 or 0xFF21 <= cp <= 0xFF5A or 0x2C60 <= cp < 0x2C80:
        return "latin"
    if 0x400 <= cp < 0x530 or 0x2DE0 <= cp < 0x2E00 or 0xA640 <= cp < 0xA6A0 or 0x1C80 <= cp < 0x1C90:
        return "cyrillic"
    if (0x600 <= cp < 0x700 or 0x750 <= cp < 0x780 or 0x8A0 <= cp < 0x900
            or 0xFB50 <= cp < 0xFE00 or 0xFE70 <= cp < 0xFF00):
        return "arabic"
    if (0x4E00 <= cp < 0xA000 or 0x3400 <= cp < 0x4DC0 or 0x20000 <= cp < 0x40000
            or 0xF900 <= cp < 0xFB00 or 0x3005 <= cp <= 0x3007):
        return "han"
    if 0x370 <= cp < 0x400 or 0x1F00 <= cp < 0x2000:
        return "greek"
    if 0x3040 <= cp < 0x3100 or 0x31F0 <= cp < 0x3200 or 0xFF66 <= cp < 0xFFA0:
        return "kana"
    if 0xAC00 <= cp < 0xD7B0 or 0x1100 <= cp < 0x1200 or 0x3130 <= cp < 0x3190:
        return "hangul"
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0].lower() if name else "other"


def detect_language(text: str, *, source: str = "the text") -> str:
    """Language code (ar, zh, en, fr, es or ru) of ``text``, judged on its first 20,000 characters.

    Raises :class:`InputError` naming ``source`` when the text has no letters
    or is written in a script none of the six languages uses.
    """
    text = text[:_SAMPLE]
    weights = _script_weights(text)
    if not weights:
        raise InputError(f"cannot tell the language of {source}: it has no letters (give the language with --lang)")
    script = max(weights, key=lambda s: (weights[s], s == "latin"))
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    if script != "latin":
        raise InputError(
            f"cannot tell the language of {source}: it is mostly in {script} script, "
            "not one of the six UN languages (give the language with --lang)"
        )
    return _latin_language(text)


def _script_weights(text: str) -> Counter[str]:
    """Letters per script; all-capital Latin words (acronyms, document symbols) count only
    when nothing else does."""
    weights: Counter[str] = Counter()
    acronym_letters = 0
    for word in re.findall(r"[^\W\d_]+", text):
        latin_is_acronym = not any(c.islower() for c in word if script_of(c) == "latin")
        for char in word:
            script = script_of(char)
            if script == "latin" and latin_is_acronym:
                acronym_letters += 1
            elif script:
                weights[script] += _HAN_WEIGHT if script == "han" else 1
    if not weights and acronym_letters:
        weights["latin"] = acronym_letters
    return weights


def _latin_language(text: str) -> str:
    """en, fr or es by function words, accented letters and word endings.

    Without any clue the text is taken for English: French and Spanish
    prose rarely goes a line without an accent or a function word.
    """
    scores = dict.fromkeys(_LATIN_ORDER, 0.0)
    lowered = text.lower()
    for token in _WORD.findall(lowered):
        token = token.replace("’", "'")
        bare = token.rstrip("'")
        for lang in _LATIN_ORDER:
            if token in _FUNCTION_WORDS[lang] or bare in _FUNCTION_WORDS[lang]:
                scores[lang] += 1.0
            if len(bare) > 4 and bare.endswith(_ENDING_HINTS[lang]):
                scores[lang] += 0.25
    for char in lowered:
        for lang, hints in _LETTER_HINTS.items():
            scores[lang] += hints.get(char, 0.0)
    return max(_LATIN_ORDER, key=lambda lang: scores[lang])
