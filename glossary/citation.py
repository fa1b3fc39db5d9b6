"""Citation forms of Russian and Arabic terms: the form a terminologist records, whatever case the text uses.

Russian: the head noun of the phrase (its first noun, after the adjectives
and participles that agree with it) in the nominative singular — plural when
the noun has no singular — with those adjectives made to agree; the words after
the head (genitive complements, prepositional phrases) stay as they are:
организованной преступности → организованная преступность, Конференции
участников → Конференция участников. The analysis and inflection are
pymorphy3's, with the OpenCorpora dictionary its ``pymorphy3-dicts-ru`` wheel
ships. A phrase that has no such reading (no noun, a word before the head that
is no agreeing adjective) is left as it is.

Arabic: the first word without its proclitics (و ف ب ك ل, with لل read as
ال), and the nominative, non-accusative form the text uses: of the attested
forms, the one with no proclitic, no accusative alif tanwīn and no oblique
plural ending is preferred (الدول الأطراف over للدول الأطراف, فريق عامل over
فريقا عاملا). A single proclitic before a word without the article is taken
off only when the rest is a word of the text (وإعادة → إعادة; وزارة stays).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Collection, Sequence

from aligner.tokens import load_russian_morphology


def citation_form(forms: Sequence[tuple[str, int]], lang: str, vocabulary: Collection[str] = ()) -> str:
    """The citation form of a term from its attested surface ``forms`` (form, count), most frequent first.

    ``vocabulary`` holds the words of the text (Arabic: a proclitic is taken
    off a word without the article only when the rest is one of them). In
    languages other than Russian and Arabic the most frequent form is returned.
    """
    if not forms:
        return ""
    if lang == "ru":
        return _most_votes([(russian_citation(form), count) for form, count in forms])
    if lang == "ar":
        return arabic_citation(forms, vocabulary)
    return forms[0][0]


def _most_votes(votes: Sequence[tuple[str, int]]) -> str:
    """The form with most votes, the earliest on a tie."""
    total: Counter = Counter()
    for form, count in votes:
        total[form] += count
    best = max(total.values())
    return next(form for form, _ in votes if total[form] == best)


# -- Russian -----------------------------------------------------------------------------------------

_CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*$")
_ACRONYM = re.compile(r"^[А-ЯЁA-Z][А-ЯЁA-Z0-9\-]*[А-ЯЁA-Z0-9]$")
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
#: Second forms of a case that agree with the first (в лесу, чашка чаю).
_CASE = {"loc2": "loct", "gen2": "gent", "acc2": "accs"}


@lru_cache(maxsize=65536)
def _parses(word: str) -> tuple:
    return tuple(load_russian_morphology().parse(word))


def russian_lemma(word: str) -> str | None:
    """The dictionary form of a lower-case Russian word in its likeliest reading (судей → судья, суде → суд), or
    None for a word not in Cyrillic letters."""
    return _parses(word)[0].normal_form.replace("ё", "е") if _CYRILLIC_WORD.match(word) else None


def russian_citation(phrase: str) -> str:
    """Nominative singular of a Russian phrase's head noun, adjectives before it agreeing; else ``phrase``.

    A noun phrase joined to the head by и / или in the same case is put in the citation form too
    (соглашений или договоренностей → соглашение или договоренность).
    """
    words = phrase.split()
    first = _cited(words)
    if first is None:
        return phrase
    head, cited, case = first
    rest = words[head + 1:]
    if len(rest) > 1 and rest[0] in _CONJUNCTIONS:
        second = _cited(rest[1:], case)
        if second is None:
            return phrase
        cited += [rest[0]] + second[1]
        rest = rest[second[0] + 2:]
    return " ".join(cited + rest)


#: Conjunctions that join two noun phrases in the same case.
_CONJUNCTIONS = frozenset({"и", "или"})


def _cited(words: Sequence[str], case: str = ""):
    """(head index, citation forms of the words up to the head, the head's case in the text), or None."""
    reading = _head_reading(words, case)
    if reading is None:
        return None
    head, adjectives, noun = reading
    coordinated = any(w in _CONJUNCTIONS for w in words[:head])  # правовых и практических вопросов: kept plural
    number = "plur" if "Pltm" in noun.tag or coordinated and noun.tag.number == "plur" else "sing"
    cited = noun.inflect({"nomn", number}) or (noun.inflect({"nomn"}) if number == "sing" else None)
    if cited is None:
        return None
    agree = {"nomn", cited.tag.number or number}
    if cited.tag.number == "sing" and cited.tag.gender in ("masc", "femn", "neut"):
        agree.add(cited.tag.gender)
    inflected = []
    for adjective in adjectives:
        form = adjective if isinstance(adjective, str) else adjective.inflect(agree)
        if form is None:
            return None
        inflected.append(form if isinstance(form, str) else form.word)
    forms = [_like(word, form) for word, form in zip(words[:head + 1], inflected + [cited.word])]
    return head, forms, _CASE.get(noun.tag.case, noun.tag.case)


def _head_reading(words: Sequence[str], case: str = ""):
    """(head index, adjective parses, noun parse) of the best agreeing reading (in ``case`` when given), or None.

    Before the head stand adjectives or participles, two of them possibly joined by
    a conjunction (kept as a string among the parses).
    """
    for head, word in enumerate(words):
        if head and word in _CONJUNCTIONS and words[head - 1] not in _CONJUNCTIONS:
            continue
        if not _CYRILLIC_WORD.match(word) or _ACRONYM.match(word):
            return None
        parses = _parses(word.lower())
        if not parses or parses[0].tag.POS not in _ADJECTIVES | {"NOUN"}:
            return None  # a function word or a verb
        best = None
        nouns = (p for p in parses if p.tag.POS == "NOUN" and (not case or _CASE.get(p.tag.case, p.tag.case) == case))
        for noun in nouns:
            chosen, score = [], noun.score
            for before in words[:head]:
                if before in _CONJUNCTIONS:
                    chosen.append(before)
                    continue
                match = max((p for p in _parses(before.lower()) if _agrees(p, noun)), key=lambda p: p.score, default=None)
                if match is None:
                    break
                chosen.append(match)
                score *= match.score
            else:
                if best is None or score > best[0]:
                    best = (score, chosen, noun)
        if best is not None:
            return head, best[1], best[2]
        if not any(p.tag.POS in _ADJECTIVES for p in parses):
            return None
    return None


def _agrees(adjective, noun) -> bool:
    """An adjective or participle reading in the noun reading's case, number and (singular) gender."""
    a, n = adjective.tag, noun.tag
    if a.POS not in _ADJECTIVES or _CASE.get(a.case, a.case) != _CASE.get(n.case, n.case) or a.number != n.number:
        return False
    return n.number != "sing" or "Ms-f" in n or a.gender == n.gender


def _like(original: str, word: str) -> str:
    """``word`` with the capitals of ``original`` (by hyphen-joined part) and without ё when it had none."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е")
    parts, models = word.split("-"), original.split("-")
    if len(parts) != len(models):
        return word[:1].upper() + word[1:] if original[:1].isupper() else word
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p for p, m in zip(parts, models))


# -- Arabic ------------------------------------------------------------------------------------------

_TANWIN = re.compile("[\u064b-\u064d]")  # fathatan, dammatan, kasratan
#: The accusative alif tanwīn written out (اً, also typed ًا) at the end of an indefinite word.
_ACCUSATIVE_TANWIN = re.compile("(?<=\\w{2})(?:ا\u064b|\u064bا)(?!\\w)")
#: Conjunction or preposition + article on a first word: وال بال كال فال (and with و/ف first: وبال).
_ARTICLE_CLITICS = re.compile(r"^(?:[وف]?[بك]|[وف])(?=ال)")
_LAM_ARTICLE = re.compile(r"^[وف]?لل(?=\w{2})")  # لل = لـ + ال
#: Proclitics before a word without the article: conjunction, preposition, or both.
_CLITICS = ("وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل")
#: Possessive suffixes (its, their) that make a noun definite, as the article does: تشريعاتها الداخلية.
_POSSESSIVES = ("هما", "هم", "هن", "ها")
#: Proclitics taken off with a possessive suffix (not ب or ك: بلغتها, "it reached", reads as بـ + لغتها too).
_POSSESSIVE_CLITICS = ("ول", "فل", "و", "ف", "ل")


def arabic_citation(forms: Sequence[tuple[str, int]], vocabulary: Collection[str] = ()) -> str:
    """The attested Arabic form with no proclitic and no accusative or oblique ending, proclitics taken off."""
    words = set(vocabulary) | {w for form, _ in forms for w in form.split()}
    votes = [(_bare(form, words), count) for form, count in forms]
    groups: dict[tuple[str, ...], Counter] = {}
    for form, count in votes:
        groups.setdefault(_case_blind(form), Counter())[form] += count
    group = max(groups.values(), key=lambda forms_: sum(forms_.values()))  # the first on a tie
    form = min(group, key=lambda f: (_oblique(f), -group[f]))
    return " ".join(_nominative(word, words) for word in form.split())


def _bare(form: str, vocabulary: Collection[str]) -> str:
    """``form`` without tanwīn marks and without the proclitics of its first word."""
    words = _TANWIN.sub("", _ACCUSATIVE_TANWIN.sub("", form)).split()
    if not words:
        return form
    first = words[0]
    if _LAM_ARTICLE.match(first):
        first = "ال" + _LAM_ARTICLE.sub("", first)
    elif _ARTICLE_CLITICS.match(first):
        rest = _ARTICLE_CLITICS.sub("", first)
        if rest in vocabulary or len(rest) >= 6:  # not وكالة, بالغ: words that begin so
            first = rest
    elif not first.startswith("ال"):
        first = _with_article(first, words[1:2], vocabulary) or next(
            (first[len(c):] for c in _CLITICS
             if first.startswith(c) and len(first) - len(c) >= 3 and first[len(c):] in vocabulary), first)
    return " ".join([first] + words[1:])


def _with_article(first: str, following: Sequence[str], vocabulary: Collection[str]) -> str:
    """A first word made definite by a possessive suffix, before a definite adjective, with the article in its
    place where the text has that form (لقوانينها الداخلية → القوانين الداخلية; سلطاتها → السلطات); else ""."""
    if not following or not following[0].startswith("ال"):
        return ""
    for suffix in _POSSESSIVES:
        if not first.endswith(suffix):
            continue
        stem = first[: -len(suffix)]
        stems = [stem, stem[:-1] + "ة"] if stem.endswith("ت") else [stem]  # لجنتها: لجنة
        for clitic in ("",) + _POSSESSIVE_CLITICS:
            for option in stems:
                bare = option[len(clitic):] if option.startswith(clitic) else ""
                if len(bare) >= 2 and "ال" + bare in vocabulary:
                    return "ال" + bare
    return ""


def _accusative(word: str) -> bool:
    """A word that may carry the accusative alif tanwīn: indefinite, ending in alif (not وا, اا)."""
    return (len(word) > 3 and word.endswith("ا") and not word.startswith("ال")
            and not word.endswith(("وا", "اا")))


def _oblique_plural(word: str) -> bool:
    return len(word) > 4 and word.endswith("ين")


def _case_blind(form: str) -> tuple[str, ...]:
    """``form`` with case endings left out: the accusative alif, and the ون / ان / ين of plurals and duals."""
    words = []
    for word in form.split():
        if _accusative(word):
            word = word[:-1]
        elif len(word) > 4 and word.endswith(("ين", "ون", "ان")):
            word = word[:-2]
        words.append(word)
    return tuple(words)


def _oblique(form: str) -> int:
    """How many words of ``form`` may be in the accusative or an oblique plural or dual."""
    return sum(_accusative(w) or _oblique_plural(w) for w in form.split())


def _nominative(word: str, vocabulary: Collection[str]) -> str:
    """``word`` without an accusative alif when the text has the word without it (فريقا → فريق, as in الفريق)."""
    if _accusative(word) and (word[:-1] in vocabulary or "ال" + word[:-1] in vocabulary):
        return word[:-1]
    return word
