"""Term rules: variant forms of one term, deviations from the reference glossary, inconsistent equivalents.

The term forms compared come from the reference glossary (preferred terms,
admitted variants, deprecated terms), the glossary entries given (a termbase)
and the term candidates extracted from the documents. Decisions a reviser may
want to know:

* ``term-variant`` groups attested forms of one language that are the same
  term written differently: equal after Traditional→Simplified conversion,
  one edit apart (Chinese, at least five characters, never a numeral), or a
  few letters apart (other languages; inflection — a shared stem — never
  counts). Two forms the reference lists under different concepts are never
  variants, and when the documents have aligned versions, forms whose aligned
  translations differ are not variants; forms further apart (主管机关 /
  主管当局, a form and its short form) are variants only when the aligned
  translations show one concept. The canonical form is the reference's
  preferred term, else the form a reference term contains, else the most
  frequent one.
* ``reference-deviation`` reports deprecated terms, and near matches of a
  reference term that are not the reference form. Without an aligned version
  only long terms (eight Chinese characters, twenty letters) are matched
  approximately; shorter ones need the aligned version to show the concept.
  Where an aligned version uses a reference term and this version has none of
  the concept's forms, the closest form in the text (sharing its head or its
  end) is reported (in Chinese). In French, Spanish, Russian and Arabic a
  near match that differs only in articles, prepositions or word endings is
  the term in another grammatical context, not a deviation.
* ``inconsistent-equivalent`` reports, for each concept with several forms
  in a language, the places where aligned versions use different forms for
  the concept present in the pivot text. A target text with none of the
  concept's forms is not reported.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, Mapping, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

from aligner.joined import JoinedTexts
from aligner.model import Segmentation, Unit
from aligner.tokens import (STRAIGHT_APOSTROPHES, in_simplified_characters, load_jieba, simplified, simplified_each,
                            traditional_as_in)
from glossary.checks.model import CheckContext, Finding, Location
from glossary.checks.registry import rule
from glossary.checks.structure import document_name, location, versions
from glossary.model import Entry, Term

#: The rules of this module (the runner extracts term candidates only when one of them runs).
TERM_RULES: frozenset[str] = frozenset({"term-variant", "reference-deviation", "inconsistent-equivalent"})

_PARTICLES = set("的之")
_FUNCTION_CHARS = set("的地得了着过之和及与或并而且在对以于为由从向将把给同跟等其该各此这那本每某也又还更最都均亦即再已所应可能会须必是")
_NUMERALS = set("0123456789０１２３４５６７８９一二三四五六七八九十百千零〇两第次届")
#: Characters a changed word of another wording never contains (see :func:`_closest`).
_KEPT_CHARS = frozenset(_FUNCTION_CHARS | _NUMERALS)
_HAN_ONLY = re.compile("[\u3400-\u9fff]*")
#: Languages with approximate (near-form) matching: the six official languages.
_NEAR_LANGS = frozenset({"zh", "en", "fr", "es", "ru", "ar"})

Span = tuple[int, int]


# --- finding one form in a text ----------------------------------------------------------------


_MIXED = re.compile(r"[A-Za-z0-9]")


def _fold(text: str) -> str:
    """``text`` casefolded, its apostrophes straight (the typographic one, as UN French and English texts have it,
    and the straight one, as glossaries have it, are one in term search)."""
    return text.casefold().translate(STRAIGHT_APOSTROPHES)


@lru_cache(maxsize=2000)
def _spaced_pattern(target: str) -> re.Pattern[str]:
    """A Chinese form with Latin letters or digits, found with or without spaces between the scripts."""
    return re.compile(r"\s?".join(re.escape(ch) for ch in target.replace(" ", "")))


@lru_cache(maxsize=50000)
def _simplified_form(form: str) -> str:
    return simplified(form)


def _word_pattern(word: str, lang: str) -> str:
    if lang in ("en", "fr", "es"):
        if lang == "en" and word.endswith("ies") and len(word) > 4:
            return re.escape(word[:-3]) + "(?:y|ies)"
        if lang == "en" and word.endswith("y") and len(word) > 3:
            return re.escape(word[:-1]) + "(?:y|ies)"
        base = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 and not word.endswith("ss") else word
        return re.escape(base) + "(?:s|x|es)?"
    if lang in ("ru", "ar") and len(word) > 4:
        stem = word[2:] if lang == "ar" and word.startswith("ال") else word
        stem = stem[: max(3, len(stem) - 2)]
        prefix = "(?:[وفبلك]{0,2}(?:ال|لل)?)" if lang == "ar" else ""
        return prefix + re.escape(stem) + r"\w{0,4}"
    return re.escape(word)


@lru_cache(maxsize=20000)
def form_pattern(form: str, lang: str) -> re.Pattern[str]:
    """A pattern finding ``form`` in casefolded text, tolerant of plural and case endings (not for Chinese)."""
    words = _fold(form).replace("-", " ").split()
    body = r"[\s\-‑]+".join(_word_pattern(w, lang) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def find_form(search: str, form: str, lang: str) -> list[Span]:
    """Spans where ``form`` occurs in a prepared text."""
    if not form:
        return []
    if lang == "zh":
        target = _simplified_form(form)
        if _MIXED.search(target):
            return [m.span() for m in _spaced_pattern(target).finditer(search)]
        spans, start = [], search.find(target)
        while start >= 0:
            spans.append((start, start + len(target)))
            start = search.find(target, start + len(target))
        return spans
    probe = _first_stem(form)
    at = search.find(probe)
    if at < 0:
        return []
    pattern = form_pattern(form, lang)
    if len(search) < _LONG_TEXT or not probe:
        return [m.span() for m in pattern.finditer(search)]
    # in a long text, the pattern is tried only at the start of each word holding the probe: every occurrence
    # starts a word and holds the probe in its first word (the spans are those finditer gives)
    spans: list[Span] = []
    while at >= 0:
        start = at
        while start and (search[start - 1].isalnum() or search[start - 1] == "_"):  # (the \w of the pattern)
            start -= 1
        if not spans or start >= spans[-1][1]:
            match = pattern.match(search, start)
            if match is not None:
                spans.append(match.span())
        at = search.find(probe, at + 1)
    return spans


#: Text longer than this is searched from the occurrences of a form's probe (a whole document's units, joined).
_LONG_TEXT = 5000


@lru_cache(maxsize=20000)
def _first_stem(form: str) -> str:
    """The part of a form's first word every inflected occurrence contains (a quick test before the pattern)."""
    first = _fold(form).replace("-", " ").split()[0] if form.strip() else ""
    if first.startswith("ال"):
        first = first[2:]
    return first[: max(3, len(first) - 3)] if len(first) > 3 else first


# --- documents prepared for term search -----------------------------------------------------------


#: Joins the units of a document so that one search covers them all (no term form contains it, no match crosses it).
_JOIN = "\0"


@dataclass(frozen=True, eq=False, slots=True)
class _Text:
    """One unit of a prepared document and its text prepared for term search: Simplified (Chinese) or casefolded."""

    seg: Segmentation
    unit: Unit
    search: str
    index: int  # the unit's place among the document's units
    key: tuple[int, str]  # (id of the segmentation, unit id): the unit wherever it is prepared


@dataclass(eq=False)
class _Doc:
    """A document's units prepared for term search, and where the forms searched so far occur in them.

    ``found`` and ``near`` depend on the document and the form alone, so a
    document several runs share keeps them from one run to the next.
    """

    seg: Segmentation
    lang: str
    items: list[_Text]
    joined: JoinedTexts  # the prepared texts joined by _JOIN
    changed: frozenset[int]  # the units whose prepared text differs from their text (Traditional characters)
    by_id: dict[str, _Text]  # the last unit of each id
    found: dict[str, dict[int, list[Span]]] = field(default_factory=dict)  # form → unit index → spans, in text order
    near: dict[str, dict[int, list[Span]]] = field(default_factory=dict)  # reference form → unit index → near spans
    use: _Use | None = None  # how it uses the known forms of the last run

    def hits(self, form: str) -> dict[int, list[Span]]:
        """Where ``form`` occurs: unit index → spans in that unit's text, in text order (searched once)."""
        got = self.found.get(form)
        if got is None:
            got = self.found[form] = _search(self, form)
        return got

    def units_with(self, part: str) -> list[int]:
        """Indexes of the units whose text contains ``part``, in order."""
        found: list[int] = []
        joined = self.joined
        at = joined.text.find(part)
        while at >= 0:
            k = joined.which(at)
            found.append(k)
            at = joined.text.find(part, joined.bounds(k)[1])
        return found


def _prepare(seg: Segmentation) -> _Doc:
    """The units of ``seg`` prepared for term search."""
    units = seg.units
    texts = [unit.text for unit in units]
    if seg.lang == "zh":
        searches = [c if len(c) == len(t) else t for c, t in zip(simplified_each(texts), texts)]
        changed = frozenset(k for k, (text, search) in enumerate(zip(texts, searches)) if text != search)
    else:
        searches = []
        for text in texts:
            folded = _fold(text)
            searches.append(folded if len(folded) == len(text) else text.lower().translate(STRAIGHT_APOSTROPHES))
        changed = frozenset()
    items = [_Text(seg, unit, search, k, (id(seg), unit.id)) for k, (unit, search) in enumerate(zip(units, searches))]
    return _Doc(seg, seg.lang, items, JoinedTexts.of(searches, _JOIN), changed, {item.unit.id: item for item in items})


def _search(doc: _Doc, form: str) -> dict[int, list[Span]]:
    """Where ``form`` occurs, found in the whole document at once (unit by unit when it holds _JOIN)."""
    if not form:
        return {}
    lang, joined = doc.lang, doc.joined
    if _JOIN in form:
        return {item.index: spans for item in doc.items if (spans := find_form(item.search, form, lang))}
    got: dict[int, list[Span]] = {}
    if lang == "zh" and not _MIXED.search(form):  # a Chinese form found as it is
        target = _simplified_form(form)
        size, at = len(target), joined.text.find(target)
        while at >= 0:
            k, s, e = joined.local(at, at + size)
            got.setdefault(k, []).append((s, e))
            at = joined.text.find(target, at + size)
        return got
    probe = _first_stem(form) if lang != "zh" else None  # a part of the form its every occurrence contains
    if probe is not None and probe not in joined.text:
        return {}
    for start, end in find_form(joined.text, form, lang):
        k, s, e = joined.local(start, end)
        if probe is not None and probe not in doc.items[k].search:
            continue
        got.setdefault(k, []).append((s, e))
    return got


# --- near matches ------------------------------------------------------------------------------------


_WORD = re.compile(r"[\w\-‑']+")


def _near_spans(search: str, form: str, lang: str, spans: Sequence[Span] = (),
                starts: Sequence[int] | None = None) -> Iterator[Span]:
    """Spans of ``search`` one or two edits from ``form`` (but not ``form`` itself).

    ``spans`` (not Chinese) are the words of ``search`` (found here when not
    given). ``starts`` (Chinese), where given, are the only places a match
    may start, in order; by default every place holding the form's first
    character.
    """
    if lang == "zh":
        target = _simplified_form(form)
        limit = _edit_limit(target)
        if len(target) < 5:
            return
        after = 0
        for start in _starts_of(search, target[0], 0) if starts is None else starts:
            if start < after:
                continue  # inside the last match
            for size in range(len(target) - limit, len(target) + limit + 1):
                window = search[start:start + size]
                if len(window) == size and target not in window and window[-1] == target[-1] \
                        and window.replace(" ", "") != target.replace(" ", "") \
                        and Levenshtein.distance(window, target, score_cutoff=limit) <= limit \
                        and not _numeral_edit(window, target) and not _particle_edit(window, target):
                    yield start, start + size
                    after = start + size
                    break
        return
    words = _fold(form).split()
    target = " ".join(words)
    if len(target) < 10:
        return
    if words[0][: max(3, len(words[0]) - 3)] not in search or words[-1][: max(3, len(words[-1]) - 3)] not in search:
        return
    spans = spans or [m.span() for m in _WORD.finditer(search)]
    n = len(words)
    limit = 2 if len(target) < 30 else 3
    head, tail = words[0][:3], words[-1][:3]
    for i, (first, _) in enumerate(spans):
        if search[first:first + 3] != head:
            continue
        for size in (n - 1, n, n + 1):
            if size < 1 or i + size > len(spans):
                continue
            start, end = first, spans[i + size - 1][1]
            window = " ".join(search[start:end].split())
            if target in window or window.startswith(target) or target.startswith(window) \
                    or window.split()[-1][:3] != tail or form_pattern(form, lang).fullmatch(search[start:end]):
                continue  # the form itself, or the form with a suffix (jurisdiction / jurisdictional)
            if Levenshtein.distance(window, target, score_cutoff=limit) <= limit and not _numeral_edit(window, target) \
                    and not (lang in _FUNCTION_WORDS and _grammatical_edit(window, target, lang)):
                yield start, end
                break


#: Articles, prepositions and conjunctions: changing one makes a grammatical form of a term, not another spelling.
_FUNCTION_WORDS = {
    "fr": frozenset("de des du d' la le les l' à au aux en et un une".split()),
    "es": frozenset("de del la las el los lo a al en y e un una".split()),
    "ru": frozenset("в во и на по с со о об к ко".split()),
    "ar": frozenset("في من على إلى عن و".split()),
}
#: A word, or an elided article with its apostrophe (d'entraide: d', entraide).
_ELIDED_OR_WORD = re.compile(r"[^\s'’]+['’]?")


def _grammatical_edit(a: str, b: str, lang: str) -> bool:
    """True when two word sequences (fr, es, ru, ar) differ only in function words and inflected endings.

    transfèrement de / des personnes condamnées; فريق عامل / فريقا عاملا: the same term in another context.
    """
    wa, wb = _ELIDED_OR_WORD.findall(a), _ELIDED_OR_WORD.findall(b)
    function = _FUNCTION_WORDS[lang]
    for op in Levenshtein.opcodes(wa, wb):
        if op.tag == "equal":
            continue
        left, right = wa[op.src_start:op.src_end], wb[op.dest_start:op.dest_end]
        if all(w in function for w in left + right):
            continue
        if len(left) == len(right) and all((x in function and y in function) or _inflected(x, y, lang)
                                           for x, y in zip(left, right)):
            continue
        return False
    return True


def _inflected(x: str, y: str, lang: str) -> bool:
    """True when one word is the other with another ending (as :func:`form_pattern` allows)."""
    return bool(re.fullmatch(_word_pattern(x, lang), y) or re.fullmatch(_word_pattern(y, lang), x))


def _edit_limit(target: str) -> int:
    """How many edits a near match of a Chinese form may have."""
    return 1 if len(target) < 10 else 2


def _pieces(target: str, edits: int) -> list[str]:
    """``target`` cut into ``edits + 1`` pieces of (nearly) equal length: one of them survives ``edits`` edits intact."""
    n, parts = len(target), edits + 1
    bounds = [n * i // parts for i in range(parts + 1)]
    return [target[bounds[i]:bounds[i + 1]] for i in range(parts)]


@lru_cache(maxsize=20000)
def _window_pattern(target: str, limit: int) -> re.Pattern[str]:
    """Where a span within ``limit`` edits of ``target`` may start in a joined document.

    At the form's first character, with its last character at the right
    distance in the same unit; not at the form itself when no shorter span
    starting there could end with that last character.
    """
    n = len(target)
    own_start = "" if any(target[n - 1 - j] == target[-1] for j in range(1, limit + 1)) else f"(?!{re.escape(target[1:])})"
    return re.compile(f"{re.escape(target[0])}{own_start}(?=[^{_JOIN}]{{{n - limit - 2},{n + limit - 2}}}{re.escape(target[-1])})")


@lru_cache(maxsize=20000)
def _pieces_pattern(target: str, edits: int) -> re.Pattern[str]:
    """Any of the :func:`_pieces` of ``target``."""
    return re.compile("|".join(re.escape(piece) for piece in _pieces(target, edits)))


def _near_starts(doc: _Doc, form: str) -> dict[int, list[int] | None]:
    """Unit index → the places where a near match of ``form`` (Chinese) may start, in order (None: anywhere).

    A match starts and ends with the form's first and last characters and,
    k edits away, holds one of k + 1 pieces of the form intact.
    """
    target = _simplified_form(form)
    if len(target) < 5:
        return {}
    if _JOIN in target:
        return dict.fromkeys(range(len(doc.items)))  # looked for unit by unit
    limit = _edit_limit(target)
    reach = len(target) + limit
    pieces = _pieces_pattern(target, limit)
    starts: dict[int, list[int] | None] = {}
    joined = doc.joined
    for match in _window_pattern(target, limit).finditer(joined.text):
        at = match.start()
        if pieces.search(joined.text, at, at + reach):
            k = joined.which(at)
            starts.setdefault(k, []).append(at - joined.starts[k])
    return starts


def _find_near(doc: _Doc, forms: Sequence[str]) -> None:
    """Fill ``doc.near`` for the ``forms`` not looked at yet."""
    words: dict[int, list[Span]] = {}  # unit index → the spans of its words (not Chinese)
    for form in forms:
        if form in doc.near:
            continue
        got = doc.near[form] = {}
        if doc.lang == "zh":
            for k, starts in _near_starts(doc, form).items():
                spans = list(_near_spans(doc.items[k].search, form, "zh", starts=starts))
                if spans:
                    got[k] = spans
            continue
        for k in _near_candidates(doc, form):
            search = doc.items[k].search
            if k not in words:
                words[k] = [m.span() for m in _WORD.finditer(search)]
            spans = list(_near_spans(search, form, doc.lang, words[k]))
            if spans:
                got[k] = spans


def _near_candidates(doc: _Doc, form: str) -> list[int]:
    """The units that may hold a near match of ``form`` (not Chinese): those with the stems of its first and last words."""
    if _JOIN in form:
        return list(range(len(doc.items)))
    words = _fold(form).split()
    if len(" ".join(words)) < 10:
        return []
    first, last = (w[: max(3, len(w) - 3)] for w in (words[0], words[-1]))
    return [k for k in doc.units_with(first) if last in doc.items[k].search]


def _starts_of(search: str, part: str, offset: int) -> list[int]:
    """Where windows start whose characters from ``offset`` on begin with ``part``, in order."""
    found, at = [], search.find(part)
    while at >= 0:
        if at >= offset:
            found.append(at - offset)
        at = search.find(part, at + 1)
    return found


# --- the term forms -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Form:
    """A term form of one language and what the glossaries say about it."""

    text: str
    lang: str
    concept: str = ""  # reference concept id, "" when not in the reference
    status: str = ""  # preferred | admitted | deprecated in the reference, "" otherwise
    preferred: str = ""  # the reference's preferred form of the concept
    extracted: bool = False  # only known as a term candidate extracted from the documents


def _key(text: str, lang: str) -> str:
    return simplified(text) if lang == "zh" else " ".join(_fold(text).replace("-", " ").split())


def extracted_entries(documents: Sequence[Segmentation], *, min_freq: int = 2) -> list[Entry]:
    """Term candidates of the documents (per language, all documents of that language together) as glossary entries."""
    from glossary.extract import LANGUAGES, extract_candidates

    by_lang: dict[str, list[str]] = defaultdict(list)
    for seg in documents:
        if seg.lang in LANGUAGES:
            texts = [u.text for u in seg.units if u.text]
            by_lang[seg.lang].extend(in_simplified_characters(texts) if seg.lang == "zh" else texts)
    entries = []
    for lang, texts in by_lang.items():
        for cand in extract_candidates(texts, lang, min_freq=1):
            if cand.frequency >= min_freq or cand.marked:
                surface = cand.attested[0][0] if cand.attested else cand.text  # as written (not a citation form)
                terms = (Term(surface, lang, frequency=cand.frequency),)
                entries.append(Entry(concept=f"extracted:{lang}:{cand.key}", terms={lang: terms}, source="extracted"))
    return entries


@dataclass(frozen=True)
class _Reference:
    """What the term rules need from a reference glossary, worked out once for every run that uses it."""

    forms: dict[str, dict[str, Form]]  # lang → key → form (the first term with that key)
    concepts: dict[str, dict[str, list[Form]]]  # concept → lang → its forms
    nearable: dict[str, list[Form]]  # lang → the forms that can have near matches (see :func:`_near_spans`)


def _reference(reference: Sequence[Entry]) -> _Reference:
    forms: dict[str, dict[str, Form]] = defaultdict(dict)
    for entry in reference:
        for lang, terms in entry.terms.items():
            best = entry.preferred(lang)
            for term in terms:
                key = _key(term.text, lang)
                if key and key not in forms[lang]:
                    forms[lang][key] = Form(term.text, lang, entry.concept, term.status, best.text if best else term.text)
    concepts: dict[str, dict[str, list[Form]]] = {}
    for lang, by_key in forms.items():
        for form in by_key.values():
            concepts.setdefault(form.concept, {}).setdefault(lang, []).append(form)
    nearable = {lang: [f for f in by_key.values() if f.status != "deprecated" and (_JOIN in f.text or _long_enough(f.text, lang))]
                for lang, by_key in forms.items()}
    return _Reference(dict(forms), concepts, nearable)


def _long_enough(text: str, lang: str) -> bool:
    """True when a form is long enough to have near matches."""
    return len(_simplified_form(text)) >= 5 if lang == "zh" else len(" ".join(text.casefold().split())) >= 10


@dataclass
class _Known:
    """The known forms of a run's reference and glossary, and the pairs of them alike enough to compare."""

    glossary: tuple[Entry, ...]
    forms: dict[str, dict[str, Form]]
    entries: list[Entry]  # the reference and glossary entries (not extracted ones)
    pairs: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # lang → candidate pairs of keys (when worked out once)
    renderable: dict[str, list[int]] = field(default_factory=dict)  # lang → entries with several terms in another language

    def rendered_in_several_ways(self, lang: str) -> list[int]:
        """Indexes of the entries with several terms in a language other than ``lang``."""
        if lang not in self.renderable:
            self.renderable[lang] = [i for i, entry in enumerate(self.entries)
                                     if any(len(terms) >= 2 for other, terms in entry.terms.items() if other != lang)]
        return self.renderable[lang]


#: Languages with at most this many known forms (none extracted) have their candidate pairs worked out once per glossary.
_PAIRS_ONCE = 500


def _known(ctx: CheckContext, reference: _Reference) -> _Known:
    """The known forms of ``ctx``, worked out once for runs sharing the reference and the glossary."""
    held: list[_Known] = ctx.shared.once_for("known-forms", ctx.reference, list)
    if not held or held[0].glossary is not ctx.glossary:
        entries = [e for e in (*ctx.reference, *ctx.glossary) if e.source != "extracted"]
        held[:] = [_Known(ctx.glossary, _all_forms(reference.forms, ctx.glossary), entries)]
    return held[0]


def _all_forms(reference: dict[str, dict[str, Form]], glossary: Sequence[Entry]) -> dict[str, dict[str, Form]]:
    forms: dict[str, dict[str, Form]] = {lang: dict(f) for lang, f in reference.items()}
    for entry in glossary:
        extracted = entry.source == "extracted"
        for lang, terms in entry.terms.items():
            best = entry.preferred(lang)
            for term in terms:
                key = _key(term.text, lang)
                if not key:
                    continue
                if extracted:
                    forms.setdefault(lang, {}).setdefault(key, Form(term.text, lang, extracted=True))
                else:  # a termbase entry: its terms are one concept, like the reference's
                    forms.setdefault(lang, {}).setdefault(key, Form(term.text, lang, f"glossary:{entry.concept}", term.status,
                                                                    best.text if best else term.text))
    return forms


# --- the shared analysis ----------------------------------------------------------------------------


_NO_CONCEPTS: dict[str, str] = {}

Bead = tuple[int, int]  # (alignment index, bead index)


@dataclass
class _Analysis:
    """Where each known form occurs, per language, in the documents and in the aligned beads."""

    reference: _Reference
    known: _Known
    docs: dict[str, list[_Doc]] = field(default_factory=dict)  # lang → prepared documents
    doc_of: dict[int, _Doc] = field(default_factory=dict)  # id(seg) → its prepared document
    texts: dict[str, list[_Text]] = field(default_factory=dict)  # lang → prepared units
    beads: dict[Bead, dict[str, list[_Text]]] = field(default_factory=dict)  # bead → lang → its units
    beads_of: dict[_Text, list[Bead]] = field(default_factory=dict)  # unit → the beads holding it
    # unit → reference concept it uses → "lang: the first of its forms used" (in reference order)
    concepts_of: dict[_Text, dict[str, str]] = field(default_factory=dict)
    uses: dict[_Doc, _Use] = field(default_factory=dict)  # how each document uses the known forms
    deviations: list[tuple[Form, _Text, int, int, str]] = field(default_factory=list)
    bead_counts: dict[tuple[str, str], dict[Bead, int]] = field(default_factory=dict)
    targets: dict[str, list[tuple[str, str]]] | None = None
    # lang → the units' search texts casefolded and joined by _JOIN, and where what stands in brackets in them opens
    # (stripped content up to the first closing bracket → offsets of the opening bracket)
    brackets: dict[str, tuple[str, dict[str, list[int]]]] = field(default_factory=dict)

    def bracketed(self, lang: str) -> tuple[str, dict[str, list[int]]]:
        """The ``lang`` units' texts (as prepared for search, casefolded) joined, and where each bracketed content
        opens in them."""
        if lang not in self.brackets:
            folded = _JOIN.join(item.search.casefold() for item in self.texts.get(lang, ()))
            opened: dict[str, list[int]] = {}
            for match in _BRACKETED.finditer(folded):
                opened.setdefault(match.group(1).strip(), []).append(match.start())
            self.brackets[lang] = (folded, opened)
        return self.brackets[lang]

    def bead_hits(self, form: str, lang: str) -> dict[Bead, int]:
        """How often ``form`` occurs in each aligned bead's ``lang`` text (beads without it left out)."""
        found = self.bead_counts.get((lang, form))
        if found is None:
            found = self.bead_counts[(lang, form)] = {}
            for doc in self.docs.get(lang, ()):
                for k, spans in doc.hits(form).items():
                    for bead in self.beads_of.get(doc.items[k], ()):
                        found[bead] = found.get(bead, 0) + len(spans)
        return found

    def spans(self, item: _Text, form: str) -> Sequence[Span]:
        """Where ``form`` occurs in the unit ``item``."""
        return self.doc_of[item.key[0]].hits(form).get(item.index, ())

    def occurrences(self, form: str, lang: str,
                    skip: Mapping[tuple[int, str], list[Span]] | None = None) -> list[tuple[_Text, int, int]]:
        """Where ``form`` occurs in the ``lang`` documents, leaving out spans inside the ``skip`` spans of a unit."""
        found = []
        for doc in self.docs.get(lang, ()):
            for k, spans in doc.hits(form).items():
                item = doc.items[k]
                inside = skip.get(item.key) if skip else None
                for s, e in spans:
                    if inside and any(a <= s and e <= b for a, b in inside):
                        continue
                    found.append((item, s, e))
        return found

    def count(self, form: str, lang: str, skip: Mapping[tuple[int, str], list[Span]] | None = None) -> int:
        """How often ``form`` occurs in the ``lang`` documents, spans inside the ``skip`` spans of a unit left out."""
        total = 0
        for doc in self.docs.get(lang, ()):
            for k, spans in doc.hits(form).items():
                inside = skip.get(doc.items[k].key) if skip else None
                total += sum(1 for s, e in spans if not any(a <= s and e <= b for a, b in inside)) if inside else len(spans)
        return total


def _analysis(ctx: CheckContext) -> _Analysis:
    """The analysis of ``ctx``, made once for all the term rules of a run."""
    held = ctx.scratch.get("term-analysis")
    if held is not None:
        return held
    reference = ctx.shared.once_for("term-reference", ctx.reference, lambda: _reference(ctx.reference))
    an = _Analysis(reference, _known(ctx, reference))
    for seg in ctx.documents:
        doc = ctx.once("term-texts", seg, lambda seg=seg: _prepare(seg))
        an.docs.setdefault(seg.lang, []).append(doc)
        an.doc_of[id(seg)] = doc
        an.texts.setdefault(seg.lang, []).extend(doc.items)
        an.uses[doc] = _use(an, doc)
        for k, used in an.uses[doc].concepts.items():
            an.concepts_of[doc.items[k]] = used
    for a_index, (alignment, segs) in enumerate(versions(ctx)):
        columns = [(lang, an.doc_of[id(segs[lang])].by_id) for lang in alignment.languages]
        for b_index, bead in enumerate(alignment.beads):
            cell = an.beads[(a_index, b_index)] = {lang: [units[uid] for uid in bead.ids.get(lang, ()) if uid in units]
                                                   for lang, units in columns}
            for items in cell.values():
                for item in items:
                    an.beads_of.setdefault(item, []).append((a_index, b_index))
    an.deviations = _find_deviations(an)
    ctx.scratch["term-analysis"] = an
    return an


@dataclass(frozen=True)
class _Use:
    """How a document uses the known forms, unit by unit (unit index → …): worked out once per document and known forms."""

    known: _Known
    concepts: dict[int, dict[str, str]]  # … → reference concept → "lang: the first of its forms (in reference order) used"
    spans: dict[int, list[Span]]  # … → the spans of exact reference forms
    near: dict[int, list[tuple[Form, list[Span]]]]  # … → reference forms (not deprecated) with near matches, and their spans
    entries: dict[int, dict[int, int]]  # … → entry with a term there (see :func:`_entry_terms`) → the first such term


def _use(an: _Analysis, doc: _Doc) -> _Use:
    """How ``doc`` uses the known forms of the run (kept in the document for runs with the same known forms)."""
    if doc.use is None or doc.use.known is not an.known:
        lang = doc.lang
        concepts: dict[int, dict[str, str]] = {}
        spans_at: dict[int, list[Span]] = {}
        for form in an.reference.forms.get(lang, {}).values():
            hits = doc.hits(form.text)
            if hits:
                label = f"{lang}: {form.text}"
                for k, spans in hits.items():
                    concepts.setdefault(k, {}).setdefault(form.concept, label)
                    spans_at.setdefault(k, []).extend(spans)
        near: dict[int, list[tuple[Form, list[Span]]]] = {}
        if lang in _NEAR_LANGS:
            forms = an.reference.nearable.get(lang, [])
            _find_near(doc, [form.text for form in forms])
            for form in forms:
                for k, spans in doc.near[form.text].items():
                    near.setdefault(k, []).append((form, spans))
        doc.use = _Use(an.known, concepts, spans_at, near, _entry_terms(an.known, doc))
    return doc.use


def _find_deviations(an: _Analysis) -> list[tuple[Form, _Text, int, int, str]]:
    """Near matches of reference forms: (reference form, unit, start, end, evidence from aligned versions)."""
    aligned_concepts = _aligned_evidence(an)
    found: list[tuple[Form, _Text, int, int, str]] = []
    seen: set[tuple[int, str, int]] = set()
    for lang, docs in an.docs.items():
        if lang not in _NEAR_LANGS:
            continue
        for doc in docs:
            use = an.uses[doc]
            for item in doc.items:
                evidence = aligned_concepts.get(item.key)
                if item.index not in use.near:
                    if evidence is None or lang != "zh":
                        continue  # no near match, and no other wording to look for
                    if evidence.keys() <= an.concepts_of.get(item, _NO_CONCEPTS).keys():
                        continue  # every concept the aligned versions show is here
                deviations = _unit_deviations(an, item, evidence or _NO_CONCEPTS, use.near.get(item.index, ()),
                                              use.spans.get(item.index, ()))
                for form, start, end, why in deviations:
                    key = (*item.key, start)
                    if key not in seen:
                        seen.add(key)
                        found.append((form, item, start, end, why))
    return found


def _aligned_evidence(an: _Analysis) -> dict[tuple[int, str], dict[str, str]]:
    """Evidence of aligned versions: (seg id, unit id) → concept → "lang: form" used there.

    A concept counts when at least one, and at least half, of the other
    versions in the unit's bead use it. Worked out only for the units where it
    can matter: Chinese ones (other wordings to find) and those with near
    matches.
    """
    concepts_of = an.concepts_of
    near = {doc.items[k] for doc, use in an.uses.items() for k in use.near}  # the units with near matches

    aligned_concepts: dict[tuple[int, str], dict[str, str]] = {}
    for cell in an.beads.values():
        present: dict[str, list[tuple[str, str]]] = {}  # concept → (lang, "lang: form") of the versions using it
        with_text: list[tuple[str, list[_Text], dict[str, str]]] = []  # the versions with text: lang, units, concepts used
        for lang, items in cell.items():
            if not items:
                continue
            if len(items) == 1:
                seen_here = concepts_of.get(items[0], _NO_CONCEPTS)
            else:
                seen_here = {}
                for item in items:
                    for concept, label in concepts_of.get(item, _NO_CONCEPTS).items():
                        seen_here.setdefault(concept, label)
            with_text.append((lang, items, seen_here))
            for concept, label in seen_here.items():
                present.setdefault(concept, []).append((lang, label))
        if not present:
            continue
        others = len(with_text) - 1  # for each version with text, the other versions with text
        needed = max(1, (others + 1) // 2)  # at least one, and at least half of them, use the concept
        for lang, items, seen_here in with_text:
            if lang != "zh" and near.isdisjoint(items):
                continue  # no near match to weigh, no other wording to look for
            shown = {concept: _evidence(uses, lang)
                     for concept, uses in present.items() if len(uses) - (concept in seen_here) >= needed}
            if shown:
                for item in items:
                    evidence = aligned_concepts.setdefault(item.key, {})
                    for concept, use in shown.items():
                        evidence.setdefault(concept, use)
    return aligned_concepts


def _evidence(uses: Sequence[tuple[str, str]], lang: str) -> str:
    """Of the versions using a concept (language, "lang: form"), the one to show a ``lang`` unit as evidence: the
    English one where there is one (the language UN texts are mostly drafted in, whatever order the files came
    in), else the first other."""
    for other, label in uses:
        if other == "en" != lang:
            return label
    return uses[1][1] if uses[0][0] == lang else uses[0][1]


def _unit_deviations(an: _Analysis, item: _Text, evidence: Mapping[str, str], near: Sequence[tuple[Form, list[Span]]],
                     reference_spans: Sequence[Span]) -> list[tuple[Form, int, int, str]]:
    """Near matches of reference forms in one unit, given the concepts its aligned versions show.

    ``near`` holds the reference forms with near spans in the unit, and the
    spans; ``reference_spans`` the spans of the exact reference forms there.
    """
    lang = item.seg.lang
    shortest = 8 if lang == "zh" else 20  # shorter forms are matched approximately only with aligned evidence
    found = []
    for form, spans in near:
        if len(form.text) >= shortest or evidence.get(form.concept):
            why = evidence.get(form.concept, "")
            found.extend((form, start, end, why) for start, end in spans if not _covered(reference_spans, start, end))
    # the concept is in an aligned version and none of its forms here: the closest form in the text
    if evidence and lang == "zh":
        used = an.concepts_of.get(item, _NO_CONCEPTS)
        for concept, why in evidence.items():
            own = an.reference.concepts[concept].get(lang, [])
            if not own or concept in used:
                continue
            best = _closest(item.search, [f for f in own if f.status != "deprecated"])
            if best is not None and not _covered(reference_spans, best[1], best[2]):
                found.append((best[0], best[1], best[2], why))
    return found


def _covered(reference_spans: Sequence[Span], start: int, end: int) -> bool:
    """True when the span lies inside an exact reference form, or crosses the edge of one at least as long.

    Reference forms wholly inside the span (技术援助 in a misspelt
    技术援助问题政府专家工作组) do not count.
    """
    for s, e in reference_spans:
        if s <= start and end <= e:
            return True
        if (s < start < e or s < end < e) and e - s >= end - start:
            return True
    return False


def _closest(search: str, forms: Sequence[Form]) -> tuple[Form, int, int] | None:
    """A span of ``search`` (Chinese) that reads as another wording of one of ``forms``.

    Whole words of the text, as long as the form (four characters or more),
    with its first or last two characters and at least half of all.
    """
    heads = [_simplified_form(f.text) for f in forms if len(f.text) >= 4]
    if not any(t[:2] in search or t[-2:] in search for t in heads):
        return None
    best: tuple[float, Form, int, int] | None = None
    for form in forms:
        target = _simplified_form(form.text)
        size = len(target)
        if size < 4:
            continue
        # a window sharing half the form from its head or its end starts with or ends with that half
        half = (size + 1) // 2
        for start in sorted(set(_starts_of(search, target[:half], 0)) | set(_starts_of(search, target[-half:], size - half))):
            window = search[start:start + size]
            if len(window) < size:
                continue
            head = _common_prefix(window, target)
            tail = _common_prefix(window[::-1], target[::-1])
            if max(head, tail) * 2 < size or head + tail >= size:
                continue
            lo, hi = (start + head, start + size) if head >= tail else (start, start + size - tail)
            changed = search[lo:hi]
            if not _KEPT_CHARS.isdisjoint(changed) or not _HAN_ONLY.fullmatch(window):
                continue
            if not _may_be_word(changed):
                continue  # the changed part must be one word of the text (no need to cut the text to know it is not)
            starts, ends = _word_bounds(search, start, start + size)
            if start not in starts or start + size not in ends:
                continue  # whole words of the text only
            if lo not in starts or hi not in ends or any(lo < b < hi for b in ends):
                continue  # the changed part must be one word of the text
            score = Indel.normalized_similarity(window, target)
            if score >= 0.5 and (best is None or score > best[0]):
                best = (score, form, start, start + size)
    return None if best is None else (best[1], best[2], best[3])


def _may_be_word(part: str) -> bool:
    """False when jieba cannot cut ``part`` (Chinese characters) as one word: several characters not in its dictionary.

    Without its HMM, jieba makes a word of several Chinese characters only
    from its dictionary (words of positive frequency).
    """
    if len(part) < 2:
        return True
    return bool(load_jieba().dt.FREQ.get(part))


def _word_bounds(search: str, start: int, end: int) -> tuple[set[int], set[int]]:
    """Where the words jieba cuts a Chinese text into start and end, from ``start`` to ``end`` at least.

    jieba cuts each run of Chinese characters (and of the other characters)
    on its own, so only the runs around the span are cut.
    """
    jieba = load_jieba()
    edges = sorted({edge for m in jieba.re_han_default.finditer(search) for edge in m.span()} | {0, len(search)})
    lo, hi = edges[bisect_right(edges, start) - 1], edges[bisect_left(edges, end)]
    starts, ends, at = set(), set(), lo
    for word in jieba.cut(search[lo:hi], HMM=False):
        starts.add(at)
        at += len(word)
        ends.add(at)
    return starts, ends


def _common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` have in common from their start."""
    n, size = 0, min(len(a), len(b))
    while n < size and a[n] == b[n]:
        n += 1
    return n


def _numeral_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ in a numeral (第十二次 / 第十三次), which makes them different things."""
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            continue
        left, right = set(a[op.src_start:op.src_end]), set(b[op.dest_start:op.dest_end])
        if (left & _NUMERALS or not left) and (right & _NUMERALS or not right):
            return True
    return False


def _particle_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ only by a linking particle (被判刑人员的移交 / 被判刑人员移交)."""
    ops = [op for op in Levenshtein.opcodes(a, b) if op.tag != "equal"]
    return bool(ops) and all(op.tag in ("insert", "delete") and
                             set(a[op.src_start:op.src_end] + b[op.dest_start:op.dest_end]) <= _PARTICLES for op in ops)


# --- reference-deviation -------------------------------------------------------------------------------


@rule("reference-deviation", severity="warning",
      summary="A term differs from the reference glossary's preferred form (near match or deprecated term)")
def reference_deviation(ctx: CheckContext) -> list[Finding]:
    an = _analysis(ctx)
    findings: list[Finding] = []
    # deprecated terms
    for lang, forms in an.reference.forms.items():
        deprecated = [f for f in forms.values() if f.status == "deprecated"]
        for form in deprecated:
            found = an.occurrences(form.text, lang)
            places = [location(item.seg, item.unit, s, e) for item, s, e in found]
            if places:
                segs = [item.seg for item, _, _ in found]
                term, preferred = _as_written(form.text, lang, segs), _as_written(form.preferred, lang, segs)
                findings.append(Finding(
                    rule="reference-deviation", severity="error",
                    message=f"deprecated term “{term}” ({lang}) used {len(places)} time(s); the reference has “{preferred}”",
                    locations=tuple(places), suggestion=f"replace “{term}” with “{preferred}”",
                    evidence=((form.text, str(len(places))), ("reference", f"{form.concept}: {form.preferred}")),
                ))
    # near matches, one finding per (reference form, surface form)
    grouped: dict[tuple[str, str, str], list[tuple[_Text, int, int, str]]] = defaultdict(list)
    forms_of: dict[tuple[str, str, str], Form] = {}
    for form, item, start, end, why in an.deviations:
        surface = item.unit.text[start:end]
        key = (form.lang, form.text, surface)
        grouped[key].append((item, start, end, why))
        forms_of[key] = form
    for key, places in grouped.items():
        lang, _, surface = key
        form = forms_of[key]
        right = an.count(form.text, lang)
        docs = sorted({document_name(i.seg) for i, *_ in places})
        why = next((w for *_, w in places if w), "")
        evidence = [(surface, str(len(places))), (form.preferred, str(right)), ("reference", form.concept)]
        if why:
            evidence.append(("aligned version has", why))
        preferred = _as_written(form.preferred, lang, [i.seg for i, *_ in places])
        findings.append(Finding(
            rule="reference-deviation", severity="warning",
            message=f"“{surface}” ({lang}) differs from the reference term “{preferred}”: "
                    f"{len(places)} time(s) in {', '.join(docs)}",
            locations=tuple(location(i.seg, i.unit, s, e) for i, s, e, _ in places),
            suggestion=f"write “{preferred}”",
            evidence=tuple(evidence),
        ))
    return findings


# --- term-variant ------------------------------------------------------------------------------------


def _surface_groups(an: _Analysis, forms: Mapping[str, Form], lang: str) -> dict[str, Counter]:
    """Chinese forms written in more than one script: Simplified key → Counter of surfaces."""
    groups: dict[str, Counter] = {}
    if lang != "zh":
        return groups
    docs = an.docs.get(lang, ())
    converted = any(doc.changed for doc in docs)
    for key, form in forms.items():
        if not _MIXED.search(form.text) and \
                (not converted or not any(k in doc.changed for doc in docs for k in doc.hits(form.text))):
            continue  # found as it is, in units with no Traditional characters: one surface
        surfaces = Counter(item.unit.text[s:e] for item, s, e in an.occurrences(form.text, lang))
        if len(surfaces) > 1:
            groups[key] = surfaces
    return groups


def _inflection(a: str, b: str) -> bool:
    """True when two word sequences differ only in word endings (a shared stem)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    return all(x == y or x[: max(3, min(len(x), len(y)) - 3)] == y[: max(3, min(len(x), len(y)) - 3)] for x, y in zip(wa, wb))


def _near(a: str, b: str, lang: str) -> bool:
    """True when two forms are one term written slightly differently (see the module description)."""
    if a == b or a in b or b in a or _numeral_edit(a, b):
        return False
    if lang == "zh":
        return min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b, score_cutoff=1) <= 1 and not _particle_edit(a, b)
    if len(a.split()) != len(b.split()) or min(len(a), len(b)) < 10:
        return False
    if lang != "en" and (_inflection(a, b) or (lang in _FUNCTION_WORDS and _grammatical_edit(a, b, lang))):
        return False
    if lang == "en" and (form_pattern(a, lang).fullmatch(b) or _derived(a, b)):
        return False
    return Levenshtein.distance(a, b, score_cutoff=2) <= 2


#: English endings that make another word of the same stem (prevent-ion, prevent-ive), not another spelling.
_EN_DERIVATIONS = ("ion", "ive", "ing", "ed", "al", "ity", "ment", "ory", "ant", "ent", "ance", "ence", "er", "or")


def _derived(a: str, b: str) -> bool:
    """True when two English word sequences differ only in words derived from one stem (preventive / prevention)."""
    pairs = [(x, y) for x, y in zip(a.split(), b.split()) if x != y]
    return bool(pairs) and all(any(x.endswith(ex) and y.endswith(ey) and x[:-len(ex)] == y[:-len(ey)]
                                   for ex in _EN_DERIVATIONS for ey in _EN_DERIVATIONS if ex != ey)
                               for x, y in pairs)


def _profile(an: _Analysis, form: str, lang: str) -> set[tuple[str, str]] | None:
    """Forms of other languages found in at least 80 % of the aligned beads where ``form`` occurs.

    None when ``form`` occurs in no aligned bead.
    """
    cells = set(an.bead_hits(form, lang))
    if not cells:
        return None
    found = set()
    for other_lang, known in _target_forms(an).items():
        if other_lang == lang:
            continue
        for key, text in known:
            if len(cells & an.bead_hits(text, other_lang).keys()) >= 0.8 * len(cells):
                found.add((other_lang, key))
    return found


def _target_forms(an: _Analysis) -> dict[str, list[tuple[str, str]]]:
    """Specific forms per language usable as translation evidence (present in some beads, not in most)."""
    if an.targets is None:
        total = max(1, len(an.beads))
        an.targets = {}
        for lang, forms in an.known.forms.items():
            an.targets[lang] = [(key, form.text) for key, form in forms.items()
                                if form.concept or (len(key) >= 3 if lang == "zh" else len(key.split()) >= 2)
                                and 0 < len(an.bead_hits(form.text, lang)) <= 0.5 * total]
    return an.targets


def _related(a: str, b: str, lang: str) -> bool:
    """Chinese forms sharing their head or end and half their characters: 主管机关 / 主管当局."""
    return lang == "zh" and min(len(a), len(b)) >= 3 and (a[:2] == b[:2] or a[-2:] == b[-2:]) \
        and Indel.normalized_similarity(a, b) >= 0.5


@rule("term-variant", severity="warning",
      summary="Near-identical forms of one term are used within or across documents of the same language")
def term_variant(ctx: CheckContext) -> list[Finding]:
    an = _analysis(ctx)
    findings: list[Finding] = []
    skip: dict[tuple[int, str], list[Span]] = {}  # the near matches of reference forms: not counted as forms
    for _, item, s, e, _ in an.deviations:
        skip.setdefault(item.key, []).append((s, e))
    for lang, forms in an.known.forms.items():
        items = an.texts.get(lang, [])
        if not items:
            continue
        counts = {key: an.count(form.text, lang, skip) for key, form in forms.items()}
        attested = [key for key, n in counts.items() if n > 0]
        links: list[tuple[str, str]] = []
        # forms that differ only in script (Traditional / Simplified)
        for key, surfaces in _surface_groups(an, {k: forms[k] for k in attested}, lang).items():
            finding = _script_finding(an, forms[key], surfaces)
            if finding is not None:
                findings.append(finding)
        # near forms and related forms
        for i, j in _attested_pairs(an, lang, attested):
            a, b = attested[i], attested[j]
            if _variant_pair(an, forms[a], forms[b], a, b, lang):
                links.append((a, b))
        for component in _components(links):
            findings.append(_variant_finding(an, [forms[k] for k in component], {k: counts[k] for k in component}, skip))
    return _drop_nested(findings)


def _drop_nested(findings: list[Finding]) -> list[Finding]:
    """Findings without those whose every location lies inside a location of another finding (a longer form)."""
    def inside(x: Location, y: Location) -> bool:
        return (x.document, x.unit) == (y.document, y.unit) and y.start <= x.start and x.end <= y.end

    def covered(f: Finding, g: Finding) -> bool:
        return bool(f.locations) and all(any(inside(x, y) for y in g.locations) for x in f.locations)

    kept = []
    for k, finding in enumerate(findings):
        if any(covered(finding, g) and (not covered(g, finding) or j < k) for j, g in enumerate(findings) if j != k):
            continue
        kept.append(finding)
    return kept


def _attested_pairs(an: _Analysis, lang: str, attested: Sequence[str]) -> list[tuple[int, int]]:
    """:func:`_candidate_pairs` of the attested forms, taken from the pairs of all known forms where those are worked out once."""
    known = an.known
    forms = known.forms[lang]
    if len(forms) > _PAIRS_ONCE or any(f.extracted for f in forms.values()):
        return _candidate_pairs(attested, forms)
    if lang not in known.pairs:
        keys = list(forms)
        known.pairs[lang] = {(keys[i], keys[j]) for i, j in _candidate_pairs(keys, forms)}
    where = {key: i for i, key in enumerate(attested)}
    return sorted((where[a], where[b]) for a, b in known.pairs[lang] if a in where and b in where)


def _candidate_pairs(keys: Sequence[str], forms: Mapping[str, Form]) -> list[tuple[int, int]]:
    """Index pairs of forms alike enough to compare: half their characters shared, or one inside the other."""
    if len(keys) < 2:
        return []
    import numpy

    matrix = process.cdist(keys, keys, scorer=Indel.normalized_similarity, score_cutoff=0.5, workers=1)
    pairs = {(int(i), int(j)) for i, j in zip(*numpy.nonzero(numpy.triu(matrix, 1)))}
    for i, a in enumerate(keys):
        if forms[a].extracted:
            continue
        for j, b in enumerate(keys):
            if i != j and (a in b or b in a):
                pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def _variant_pair(an: _Analysis, fa: Form, fb: Form, a: str, b: str, lang: str) -> bool:
    if fa.concept and fb.concept:
        return fa.concept == fb.concept
    if a in b or b in a or _particle_edit(a, b) or _defined_short_form(an, fa.text, fb.text, lang):
        return False  # a term inside a longer one, or a short form the text defines, is another term
    if _near(a, b, lang):
        pa = _profile(an, fa.text, lang)
        pb = _profile(an, fb.text, lang)
        return not (pa and pb) or bool(pa & pb)
    if not _related(a, b, lang):
        return False
    # further apart: only when the aligned versions use the reference term for both
    listed, other = (fa, fb) if fa.concept else (fb, fa) if fb.concept else (None, None)
    if listed is None:
        return False
    profile = _profile(an, other.text, lang)
    own = {(f.lang, _key(f.text, f.lang)) for forms in an.reference.forms.values() for f in forms.values()
           if f.concept == listed.concept and f.lang != lang}
    return bool(profile and profile & own)


def _defined_short_form(an: _Analysis, a: str, b: str, lang: str) -> bool:
    """True when the text gives one form in brackets right after the other: 国际刑事警察组织（国际刑警组织）."""
    folded, opened = an.bracketed(lang)
    for long, short in ((a, b), (b, a)):
        if not (_BRACKETS & set(short) or _follows(folded, long.casefold(), opened.get(short.casefold().strip(), ()))):
            continue  # the texts have no "long (short)": no need to look unit by unit
        pattern = re.compile(re.escape(long) + r"\s*[（(]\s*" + re.escape(short) + r"\s*[）)]", re.IGNORECASE)
        if any(pattern.search(item.search) for item in an.texts.get(lang, [])):
            return True
    return False


#: What stands in brackets within one unit, with no bracket inside (group 1); and the brackets.
_BRACKETED = re.compile(f"[（(]([^（()）{_JOIN}]*)[）)]")
_BRACKETS = frozenset("（()）")


def _follows(folded: str, long: str, openings: Sequence[int]) -> bool:
    """True when ``long`` stands right before one of the ``openings`` (white space between allowed)."""
    for at in openings:
        end = at
        while end and folded[end - 1].isspace():
            end -= 1
        if folded.endswith(long, 0, end):
            return True
    return False


def _components(links: Sequence[tuple[str, str]]) -> list[list[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[find(x)].append(x)
    return [sorted(g) for g in groups.values()]


def _canonical(an: _Analysis, forms: Sequence[Form], counts: Mapping[str, int]) -> tuple[Form, str]:
    """The form to keep and why."""
    for form in forms:
        if form.concept and form.text == form.preferred:
            return form, "glossary" if form.concept.startswith("glossary:") else "reference glossary"
    preferred = [f.preferred for f in an.reference.forms.get(forms[0].lang, {}).values() if f.status == "preferred"]
    inside = [f for f in forms if any(_key(f.text, f.lang) in _key(p, f.lang) for p in preferred)]
    if len(inside) == 1:
        return inside[0], "part of a reference term"
    best = max(forms, key=lambda f: (counts[_key(f.text, f.lang)], -forms.index(f)))
    return best, "most frequent form"


def _variant_finding(an: _Analysis, forms: Sequence[Form], counts: Mapping[str, int],
                     skip: Mapping[tuple[int, str], list[Span]]) -> Finding:
    lang = forms[0].lang
    keep, why = _canonical(an, forms, counts)
    others = [f for f in forms if f is not keep]
    places: list[Location] = []
    docs: set[str] = set()
    segs: list[Segmentation] = []
    for form in others:
        longer = [f.text for f in forms if f is not form and _key(form.text, lang) in _key(f.text, lang)]
        for item, s, e in an.occurrences(form.text, lang, skip):
            if any(ls <= s and e <= le for lf in longer for ls, le in an.spans(item, lf)):
                continue
            places.append(location(item.seg, item.unit, s, e))
            docs.add(document_name(item.seg))
            segs.append(item.seg)
    evidence = tuple((f.text, str(counts[_key(f.text, lang)])) for f in sorted(forms, key=lambda f: -counts[_key(f.text, lang)]))
    names = ", ".join(f"“{_as_written(f.text, lang, segs)}”" for f in others)
    kept = _as_written(keep.text, lang, segs)
    return Finding(
        rule="term-variant", severity="warning",
        message=f"{names} ({lang}) is a variant of “{kept}” ({why}) in {', '.join(sorted(docs)) or 'the documents'}",
        locations=tuple(places),
        suggestion=f"write “{kept}” throughout",
        evidence=evidence,
    )


def _script_finding(an: _Analysis, form: Form, surfaces: Counter) -> Finding | None:
    """The occurrences of a Chinese form written in the other script than their document's, or, in documents
    in Traditional characters, otherwise than those documents mostly write it (採取 / 采取)."""
    keep = simplified(form.text)
    found = an.occurrences(form.text, "zh")
    traditional = {id(item.seg) for item, _, _ in found if _traditional(item.seg)}
    usual = Counter(item.unit.text[s:e] for item, s, e in found if id(item.seg) in traditional)
    most = max(usual.values(), default=0)
    tied = [w for w, n in usual.items() if n == most]  # the forms those documents write most
    if len(tied) == 1:
        keep_traditional = tied[0]
    else:  # none or a tie: OpenCC's standard form, with the variants those documents write, decides
        standard = traditional_as_in(keep, "".join({id(item.seg): item.seg.document.text for item, _, _ in found
                                                    if id(item.seg) in traditional}.values()))
        keep_traditional = standard if standard in tied or not tied else tied[0]
    wrong: dict[str, str] = {}  # surface → the form its document should have
    places = []
    for item, s, e in found:
        expected = keep_traditional if id(item.seg) in traditional else keep
        if item.unit.text[s:e] != expected:
            wrong.setdefault(item.unit.text[s:e], expected)
            places.append(location(item.seg, item.unit, s, e))
    if not places:
        return None
    if set(wrong.values()) == {keep}:
        message, suggestion = f"is “{keep}” in Traditional characters", f"write “{keep}” in Simplified characters"
    elif set(wrong.values()) == {keep_traditional}:
        message = f"is written “{keep_traditional}” in the documents in Traditional characters"
        suggestion = f"write “{keep_traditional}”"
    else:
        message = f"is “{keep}” in Simplified documents and “{keep_traditional}” in Traditional ones"
        suggestion = f"write “{keep}” in Simplified documents, “{keep_traditional}” in Traditional ones"
    return Finding(
        rule="term-variant", severity="warning",
        message=f"{', '.join(f'“{w}”' for w in wrong)} (zh) {message}",
        locations=tuple(places),
        suggestion=suggestion,
        evidence=tuple((s, str(n)) for s, n in surfaces.most_common()),
    )


def _traditional(seg: Segmentation) -> bool:
    """True for a Chinese document written in Traditional characters."""
    from glossary.checks.typography import mostly_traditional

    return seg.lang == "zh" and mostly_traditional(seg.document.text)


def _as_written(text: str, lang: str, segs: Iterable[Segmentation]) -> str:
    """``text`` in Traditional characters, with the variants the documents use (為 or 爲), when every document of
    ``segs`` is written in them, else as it is."""
    segs = list({id(seg): seg for seg in segs}.values())  # (callers pass one per occurrence)
    if lang == "zh" and segs and all(_traditional(seg) for seg in segs):
        return traditional_as_in(text, "".join(seg.document.text for seg in segs))
    return text


# --- inconsistent-equivalent -------------------------------------------------------------------------------


@rule("inconsistent-equivalent", severity="warning",
      summary="One source term is rendered by different target terms across aligned units or documents")
def inconsistent_equivalent(ctx: CheckContext) -> list[Finding]:
    an = _analysis(ctx)
    findings: list[Finding] = []
    entries = an.known.entries
    usage: dict[tuple[str, str], list[tuple[_Text, dict[str, list[Span]]]]] = defaultdict(list)
    sources: dict[tuple[str, str], Counter] = defaultdict(Counter)
    source_docs: dict[tuple[str, str], list[Segmentation]] = defaultdict(list)  # the documents of the source terms
    aligned = [alignment for alignment, _ in versions(ctx)]
    used = {seg_id: an.uses[doc].entries for seg_id, doc in an.doc_of.items()}
    if not any(used.values()):
        return findings  # no unit uses a term that could be rendered in more than one way
    for (a_index, _), cell in an.beads.items():
        pivot = aligned[a_index].languages[0]
        first: dict[int, int] = {}  # entry index → the first of its pivot terms some pivot unit of the bead uses
        for item in cell.get(pivot, ()):
            for e_index, t_index in used[item.key[0]].get(item.index, _NO_TERMS).items():
                if t_index < first.get(e_index, t_index + 1):
                    first[e_index] = t_index
        for e_index in sorted(first):
            entry = entries[e_index]
            source = entry.terms[pivot][first[e_index]].text
            for lang, items in cell.items():
                terms = entry.terms.get(lang, ())
                if lang == pivot or len(terms) < 2:
                    continue
                for item in items:
                    spans = {t.text: an.spans(item, t.text) for t in terms}
                    spans = {t: sp for t, sp in spans.items() if sp}
                    if spans:
                        usage[(entry.concept, lang)].append((item, spans))
                        sources[(entry.concept, lang)][source] += 1
                        source_docs[(entry.concept, lang)] += [unit.seg for unit in cell[pivot]]
    by_concept = {e.concept: e for e in entries}
    for (concept, lang), uses in usage.items():
        used = Counter(t for _, spans in uses for t in spans)
        sets = [frozenset(spans) for _, spans in uses]
        if len(used) < 2 or all(a & b for a in sets for b in sets):
            continue  # one form throughout, or forms used together (coronavirus disease (COVID-19))
        entry = by_concept[concept]
        best = entry.preferred(lang)
        keep = best.text if best is not None and best.text in used else used.most_common(1)[0][0]
        places = [location(item.seg, item.unit, *spans[t][0]) for item, spans in uses if keep not in spans for t in spans]
        pivot_docs = source_docs[(concept, lang)]
        source = _as_written(sources[(concept, lang)].most_common(1)[0][0], pivot_docs[0].lang, pivot_docs)
        findings.append(Finding(
            rule="inconsistent-equivalent", severity="warning",
            message=f"“{source}” is rendered in {lang} as {', '.join(f'“{t}” ({n})' for t, n in used.most_common())}",
            locations=tuple(places),
            suggestion=f"use “{keep}” for “{source}” throughout",
            evidence=tuple((t, str(n)) for t, n in used.most_common()),
        ))
    return findings


_NO_TERMS: dict[int, int] = {}


def _entry_terms(known: _Known, doc: _Doc) -> dict[int, dict[int, int]]:
    """Unit index → index of an entry with a term of the document's language there → the first such term.

    Only entries with several terms in another language count (one term
    cannot be rendered inconsistently).
    """
    by_unit: dict[int, dict[int, int]] = {}
    for e_index in known.rendered_in_several_ways(doc.lang):
        for t_index, term in enumerate(known.entries[e_index].terms.get(doc.lang, ())):
            for k in doc.hits(term.text):
                by_unit.setdefault(k, {}).setdefault(e_index, t_index)
    return by_unit
