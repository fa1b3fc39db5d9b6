"""Words broken across a line end with a hyphen, as justified PDF text leaves them ("essen-" / "tial").

Whether the hyphen belongs to the word ("follow-up", "государств-участников")
or was added where the line broke ("inter-national") is read off the document
itself: a hyphenated or unbroken spelling of the same word elsewhere in it
decides (or the unbroken word with another ending: "pour-" / "suite" where
the text has "poursuites"); failing that, two halves that are both words of
the document make a compound, as do the prefixes that English and French
keep hyphenated ("non-", "self-", "cross-", "demi-", "ci-" …) and the French
words written with a hyphen after another ("-ci", "-là", "-même"). Where the
document is silent, English and Russian go by a dictionary (CC-CEDICT's
English glosses, OpenCorpora): a joined form it knows is one word; two halves
it knows, and no joined form, a compound ("cost-" / "sharing",
"специалистов-практиков"), unless one half is only a prefix or an ending
("sub-" / "regional", "enforce-" / "able"). Any other break is a line-end
hyphenation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aligner.tokens import load_russian_morphology

#: Languages whose typesetting hyphenates words at line ends.
HYPHENATING_LANGUAGES: frozenset[str] = frozenset({"en", "fr", "es", "ru"})
#: Hyphens a line may end with inside a word: hyphen-minus, hyphen, soft hyphen (always a line-end break).
HYPHENS = "-\u2010\u00ad"
_SOFT_HYPHEN = "\u00ad"
#: Prefixes written with a hyphen before a word that starts in lower case.
KEPT_PREFIXES: dict[str, frozenset[str]] = {
    "en": frozenset({"non", "self", "cross", "well", "ex", "all", "half", "quasi", "semi", "vice"}),
    "fr": frozenset({"non", "demi", "semi", "quasi", "mi", "ex", "vice", "sous", "avant", "après", "arrière", "ci"}),
    "es": frozenset({"ex"}),
    "ru": frozenset({"вице", "экс", "обер", "лейб"}),
}
#: Words written with a hyphen after the word they follow ("celle-ci", "ci-après" aside, "eux-mêmes").
KEPT_SUFFIXES: dict[str, frozenset[str]] = {"fr": frozenset({"ci", "là", "même", "mêmes"})}
_WORD = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")
_TAIL = re.compile(rf"([^\W\d_]+)[{HYPHENS}]$")
_COMPOUND_TAIL = re.compile(r"[^\W\d_][-\u2010\u2011][^\W\d_]+[-\u2010]$")  # "case-by-", "state-of-the-"
_HEAD = re.compile(r"[^\W\d_]+")
#: English prefixes a word is written solid with ("subregional", "interregional", "pretrial"), and endings that
#: are words too ("able", "less"): neither half of a compound.
_EN_SOLID_PREFIXES = frozenset(
    "inter intra sub pre pro multi trans micro macro supra mis dis tri over under out".split())
_EN_ENDINGS = frozenset(
    "able ible less ness ship ships hood ward wards ment ments ful wise est eth ling lings ion ions ity ant ants "
    "ent ents ance ence age ages ism isms ist ists ous ize ise ized ised ally ably ing ings ery".split())
#: Endings taken off an English word to find it in the dictionary, (ending, what the stem ends in instead):
#: inflections, and the nouns of verbs (extradition, criminalization).
_EN_INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                   ("ing", "e"), ("ly", ""), ("er", ""), ("ers", ""), ("est", ""), ("ness", ""),
                   ("ion", "e"), ("ions", "e"), ("ation", "e"), ("ations", "e"), ("ion", ""), ("ions", ""))
#: British spellings as the dictionary (American) writes them: colour, centre, defence, programme, organise, signalling.
_EN_AMERICAN = tuple((re.compile(a), b) for a, b in (
    (r"our(s|ed|ing)?$", r"or\1"), (r"tre(s)?$", r"ter\1"), (r"ence(s)?$", r"ense\1"), (r"mme(s)?$", r"m\1"),
    (r"is(e|ed|es|ing|ation|ations)$", r"iz\1"), (r"ll(ed|ing|er|ers)$", r"l\1")))


@dataclass(frozen=True)
class Spellings:
    """The words of a document (casefolded), as evidence of how a broken word is spelt."""

    words: frozenset[str]  # every word, and every part of a hyphenated one
    hyphenated: frozenset[str]  # hyphenated words, written with "-"

    @classmethod
    def of(cls, text: str) -> Spellings:
        """The spellings in ``text``; the halves of a word broken at a line end are not counted as written (nor is
        a word in lower case at the start of a line, which may be the second half of one broken at a page end)."""
        found = set()
        for line in text.split("\n"):
            words = [m.group(0) for m in _WORD.finditer(line)]
            if words and _TAIL.search(line.rstrip()):
                words.pop()
            if words and words[0][0].islower() and line.lstrip()[:1] == words[0][0]:
                words.pop(0)
            found.update(w.casefold().replace("\u2010", "-").replace("\u2011", "-") for w in words)
        words: set[str] = set()
        hyphenated: set[str] = set()
        for word in found:
            if "-" in word:
                hyphenated.add(word)
                words.update(word.split("-"))
            else:
                words.add(word)
        return cls(frozenset(words), frozenset(hyphenated))


def join_broken(left: str, right: str, lang: str, spellings: Spellings) -> str | None:
    """``left`` and ``right`` (two lines, stripped) joined again when ``left`` ends inside a word broken
    with a hyphen; None when it does not (the lines are joined as usual, with a space).

    A letter or digit must follow on ``right``: "COVID-" / "19" is "COVID-19", "paras. 2-" / "4" is "2-4".
    """
    if not left or not right or left[-1] not in HYPHENS or len(left) < 2 or not left[-2].isalnum():
        return None
    if not right[0].isalnum():
        return None
    if left[-1] == _SOFT_HYPHEN:
        return left[:-1] + right
    tail, head = _TAIL.search(left), _HEAD.match(right)
    if lang not in HYPHENATING_LANGUAGES or tail is None or head is None or not head.group(0)[0].islower():
        return left + right  # a digit or a capital after it, or no hyphenation in the language
    if _COMPOUND_TAIL.search(left) or right[head.end():head.end() + 1] in ("-", "\u2010", "\u2011"):
        # "case-by-" / "case", "case-" / "by-case": a line breaks at the hyphens of a compound, never inside it
        return left + right
    return left[:-1] + right if _line_end_break(tail.group(1), head.group(0), lang, spellings) else left + right


def _inflected_in(word: str, broken_at: int, words: frozenset[str]) -> bool:
    """True when the document has ``word`` with another ending: a word sharing all but its last two letters,
    and at least one letter after the break (poursuite / poursuites, полном / полного)."""
    stem = word[:max(broken_at + 1, len(word) - 2)]
    return len(stem) >= 4 and any(w.startswith(stem) and abs(len(w) - len(word)) <= 3 for w in words)


def _line_end_break(first: str, second: str, lang: str, spellings: Spellings) -> bool:
    """True when ``first`` + "-" + ``second`` is one word broken at a line end, not a hyphenated word."""
    a, b = first.casefold(), second.casefold()
    if f"{a}-{b}" in spellings.hyphenated:
        return False
    if a + b in spellings.words or _inflected_in(a + b, len(a), spellings.words):
        return True
    if lang == "en":  # a dictionary of English, where the document is silent
        verdict = _english_line_end_break(a, b)
        if verdict is not None:
            return verdict
    if a in KEPT_PREFIXES.get(lang, ()) or b in KEPT_SUFFIXES.get(lang, ()):
        return False
    if lang == "ru":  # a dictionary of Russian, where the document is silent
        known = load_russian_morphology().word_is_known
        if known(a + b):
            return True
        if known(a) and known(b):
            return False  # специалистов-практиков, условно-досрочное
    return not (len(a) > 1 and len(b) > 1 and a in spellings.words and b in spellings.words)


def _english_line_end_break(first: str, second: str) -> bool | None:
    """What the dictionary says of ``first`` + "-" + ``second`` (lower case): True for one word broken at a line
    end, False for a compound, None when it does not tell."""
    from aligner.lexicon import english_spellings  # (only for English broken at a hyphen the document is silent on)

    words, hyphenated = english_spellings()
    if f"{first}-{second}" in hyphenated:
        return False
    if _known_english(first + second, words):
        return True
    if (len(first) >= 3 and len(second) >= 3 and first not in _EN_SOLID_PREFIXES and second not in _EN_ENDINGS
            and _known_english(first, words) and _known_english(second, words)):
        return False
    return None


def _known_english(word: str, words: frozenset[str]) -> bool:
    """True when ``word``, or its stem, in American or British spelling, is in ``words``."""
    return _stem_known(word, words) or any(
        _stem_known(american, words) for pattern, ending in _EN_AMERICAN
        if (american := pattern.sub(ending, word)) != word)


def _stem_known(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    for ending, instead in _EN_INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            if stem + instead in words:
                return True
            if not instead and stem[-1] == stem[-2] and stem[-1] not in "aeiouls" and stem[:-1] in words:
                return True  # "gripping", "jabbed"
    return False
