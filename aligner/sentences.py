"""Sentence splitting for the six official languages.

Chinese ends sentences on 。！？ (not on ；, which only separates clauses), but a quoted question or exclamation goes on into
the words that say who said it (“有人吗？”他问。); Arabic on . ؟ ! ; Latin and Cyrillic scripts use
spaCy's blank pipelines with a sentencizer, followed by rules that keep
abbreviations of UN documents ("para.", "No.", "vol.", "art.", "т.", "пп." …)
and decimal numbers inside the sentence, give an opening quote, bracket or
Spanish ¿ ¡ to the sentence it opens, and end a sentence after a part named by
one letter ("annex I.") or an abbreviation closing a list or a time ("etc.",
"p.m.") when a capital follows.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from aligner.tokens import blank_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

#: Abbreviations after which a full stop does not end a sentence (lower-cased, without the stop).
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # English
        "para", "paras", "no", "nos", "vol", "vols", "art", "arts", "ibid", "p", "pp", "e.g", "i.e",
        "etc", "mr", "mrs", "ms", "dr", "prof", "cf", "op", "cit", "approx", "fig", "ch", "chap",
        "sect", "rev", "add", "corr", "suppl", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "st", "vs", "v", "inc", "ltd", "co", "annex", "ref", "doc", "docs",
        "res", "distr",
        # French
        "par", "al", "cf", "mme", "mmes", "mlle", "m", "nº", "n°", "p.ex", "chap", "env", "ex", "av", "réf",
        # Spanish
        "núm", "nums", "núms", "párr", "párrs", "sr", "sra", "srta", "pág", "págs", "art", "arts",
        "cap", "ej", "vid", "ss", "dra", "sres", "sras", "cfr",
        # Russian
        "т", "тт", "п", "пп", "ст", "стр", "см", "г", "гг", "гл", "др", "пр", "рис", "табл", "ок",
        "напр", "им", "и.о", "т.е", "т.д", "т.п", "т.к", "г-н", "г-жа", "г-да", "вып", "изд", "ред", "док",
    }
)

_ABBREV_END = re.compile(r"(?:^|[\s(\[«“\"'])((?:[^\W\d_]\.)*[^\W\d_]+)\.$", re.UNICODE)
_ZH_END = re.compile(r"([。！？]+[”’」』）》〉\"']*)")
_AR_END = re.compile(r"([.؟!?]+[\"”»)]*)(?=\s+|$)")

#: Languages that spaCy splits for us; others fall back to the rule-based splitter of their script.
_SPACY_LANGS = frozenset({"en", "fr", "es", "ru"})


def split_sentences(text: str, lang: str) -> list[str]:
    """The sentences of ``text`` (one unit's clean text) in language ``lang``.

    Whitespace at sentence edges is stripped; the sentences, joined in
    order, give back the text's words unchanged.
    """
    text = text.strip()
    if not text:
        return []
    if lang == "zh":
        return _with_speech_tags(_split_on(text, _ZH_END))
    if lang == "ar":
        return _split_on(text, _AR_END)
    if lang in _SPACY_LANGS:
        return _merge_abbreviations(_spacy_split(text, lang))
    return _merge_abbreviations(_split_on(text, re.compile(r"([.!?]+[\"”»)]*)(?=\s+|$)")))


#: A question or exclamation quoted at a sentence's end ("“有人吗？”"), and the words that go on from it, with no
#: mark between, to say who said it ("他小声问。"): one sentence, as in English ('"Anyone here?" he asked.').
_ZH_QUOTED_QUESTION = re.compile(r"[！？][”’」』]$")
_ZH_GOES_ON = re.compile(r"^[\u4e00-\u9fff]")


def _with_speech_tags(sentences: list[str]) -> list[str]:
    """Chinese sentences with a quoted question or exclamation joined to the words that go on from it."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and _ZH_QUOTED_QUESTION.search(joined[-1]) and _ZH_GOES_ON.match(sentence):
            joined[-1] += sentence
        else:
            joined.append(sentence)
    return joined


def _split_on(text: str, pattern: re.Pattern[str]) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        end = match.end()
        piece = text[start:end].strip()
        if piece:
            pieces.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


@lru_cache(maxsize=None)
def _pipeline(lang: str) -> "Language":
    nlp = blank_pipeline(lang)  # (abbreviations are handled here, not by the tokenizer)
    nlp.add_pipe("sentencizer")
    return nlp


def _spacy_split(text: str, lang: str) -> list[str]:
    ends, trailing = _sentence_ends()
    if not ends.search(text.rstrip(trailing)):
        return [text.strip()]  # no sentence can end before the text does: what the sentencizer would say, quicker
    doc = _pipeline(lang)(text)
    starts = [s.start_char for s in doc.sents][1:]
    # marks that open what follows them, left by the sentencizer at the end of the sentence before
    for k, start in enumerate(starts):
        before = text[:start].rstrip()
        match = _OPENING_MARKS_AT_END.search(before)
        if match and match.start() > (starts[k - 1] if k else 0):
            starts[k] = match.start(1)
    # the tokenizer takes a capital and its stop for an initial ("J. Smith"): after a part's name it ends a sentence,
    # unless the part's name opens the text (a heading: "Chapter V. Summary of the debate")
    starts += [m.end() for m in _PART_LETTER_END.finditer(text) if text[:m.start()].strip()]
    starts += [m.end() for m in _CLOSING_ABBREVIATION_END.finditer(text)]
    bounds = [0, *sorted(set(starts)), len(text)]
    return [piece for a, b in zip(bounds, bounds[1:]) if (piece := text[a:b].strip())]


#: Names of the parts of a document that may be numbered by one letter or Roman numeral (annex I, chapter V,
#: section B, приложение I).
_PART_NAMES = (r"(?i:\b(?:annex|annexe|anexo|appendix|appendice|apéndice|chapter|chapitre|capítulo|part|partie|parte|"
               r"section|sección|table|tableau|cuadro|figure|figura|schedule|приложени[еяию]|глав[аеуы]|раздел[аеу]?|"
               r"част[иь]|таблиц[аеуы]))\s+[A-Z]\.")
#: Such a part named at the end of a sentence: the space after its stop (and any closing bracket or quote), where
#: the next sentence begins (a capital, maybe after an opening mark, follows).
_PART_LETTER_END = re.compile(_PART_NAMES + r"[)\]”’»\"']*\s+(?=[“«‘„\"'(\[¿¡]*[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_PART_LETTER_AT_END = re.compile(_PART_NAMES + "$")
#: Abbreviations that close a list or a time (etc., и т. д., и т. п., a.m., p.m.), then a capital: the sentence ends
#: there (the tokenizer keeps their stop, so the sentencizer did not end it).
_CLOSING_ABBREVIATION = r"(?:\betc|\b[ap]\.m|(?<!\w)т\.\s?[дп])\."
#: … unless the capital begins the time's zone ("3 p.m. Vienna time", "10 a.m. New York time", "p.m. GMT").
_TIME_ZONE_AFTER = r"(?!(?:[A-Z][\w\-]*\s+){1,3}(?i:time)\b|(?:GMT|UTC|CES?T|E[SD]T|P[SD]T|MSK)\b)"
_CLOSING_ABBREVIATION_END = re.compile(_CLOSING_ABBREVIATION + r"\s+(?=[“«‘„\"'(\[¿¡]*[A-ZÀ-ÖØ-ÞА-ЯЁ])" + _TIME_ZONE_AFTER)
_CLOSING_ABBREVIATION_AT_END = re.compile(_CLOSING_ABBREVIATION + "$")


#: Marks that open what follows them (`dark. "Anyone`, `. (See`, `. «¿Quién`): a run of them after a space at the end
#: of a sentence belongs to the next one. A straight quote after a space opens too (a closing one follows a word).
_OPENING_MARKS_AT_END = re.compile(r"\s([“«‘„\"'(\[{¿¡]+)$")


@lru_cache(maxsize=None)
def _sentence_ends() -> tuple[re.Pattern[str], str]:
    """What spaCy's sentencizer ends a sentence after, and that with what may close a text after its last one."""
    from spacy.pipeline.sentencizer import Sentencizer

    chars = "".join(Sentencizer.default_punct_chars)
    return re.compile(f"[{re.escape(chars)}]"), chars + " \t\n\"'”’»)]"


def ends_with_abbreviation(sentence: str) -> bool:
    """Whether ``sentence`` ends in an abbreviation's full stop ("para.", "e.g.", "vol."), which ends no sentence."""
    if not sentence.endswith("."):
        return False
    if re.search(r"\d\.$", sentence) or _PART_LETTER_AT_END.search(sentence):  # (annex V., not v. for versus)
        return False
    if _CLOSING_ABBREVIATION_AT_END.search(sentence):  # (split only where a capital follows, see _spacy_split)
        return False
    match = _ABBREV_END.search(sentence)
    if not match:
        return False
    word = match.group(1).lower()
    return word in ABBREVIATIONS


def _starts_as_continuation(sentence: str) -> bool:
    first = sentence.lstrip("«“\"'([ ")
    return bool(first) and (first[0].isdigit() or first[0].islower() or first[0] in ",;:)")


#: A number alone before its text: a resolution's in its title ("52/85. Follow-up to …"), a paragraph's ("3."), a
#: chapter's ("II. Recommendations").
_NUMBER_LABEL = re.compile(r"^(?:\d{1,4}(?:/\d{1,4})?|[IVXLC]{1,7})\.$")


def _merge_abbreviations(sentences: list[str]) -> list[str]:
    merged: list[str] = []
    for sentence in sentences:
        if merged and (
            ends_with_abbreviation(merged[-1])
            or _starts_as_continuation(sentence)
            or re.search(r"\d\.$", merged[-1]) and sentence[:1].isdigit()
            or _NUMBER_LABEL.match(merged[-1])
        ):
            merged[-1] = f"{merged[-1]} {sentence}"
        else:
            merged.append(sentence)
    return merged
