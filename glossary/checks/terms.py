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
  end) is reported. Approximate matching covers Chinese and English; other
  languages get deprecated terms and listed variants only.
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
from typing import Iterator, Mapping, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

from aligner.model import Segmentation, Unit
from glossary.checks.model import CheckContext, Finding, Location
from glossary.checks.registry import rule
from glossary.checks.structure import document_name, location, versions
from glossary.model import Entry, Term

#: The rules of this module (the runner extracts term candidates only when one of them runs).
TERM_RULES: frozenset[str] = frozenset({"term-variant", "reference-deviation", "inconsistent-equivalent"})

_PARTICLES = set("的之")
_FUNCTION_CHARS = set("的地得了着过之和及与或并而且在对以于为由从向将把给同跟等其该各此这那本每某也又还更最都均亦即再已所应可能会须必是")
_NUMERALS = set("0123456789０１２３４５６７８９一二三四五六七八九十百千零〇两第次届")
#: Languages with approximate (near-form) matching.
_NEAR_LANGS = frozenset({"zh", "en"})


# --- finding terms in text ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` with Traditional Chinese characters converted to Simplified."""
    return _t2s().convert(text)


_MIXED = re.compile(r"[A-Za-z0-9]")


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
    words = form.casefold().replace("-", " ").split()
    body = r"[\s\-‑]+".join(_word_pattern(w, lang) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)")


@dataclass
class _Text:
    """A unit's text prepared for term search: Simplified (Chinese) or casefolded (others)."""

    seg: Segmentation
    unit: Unit
    search: str
    found: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    concepts: dict[tuple, dict[str, str]] = field(default_factory=dict)  # reference forms → concept → form used
    words: tuple[list[int], dict] | None = None  # edges of the blocks jieba cuts on their own, and their words (Chinese)
    nears: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def word_spans(self) -> list[tuple[int, int]]:
        """Spans of the words of this text (not for Chinese; remembered)."""
        if "\0words" not in self.found:
            self.found["\0words"] = [m.span() for m in _WORD.finditer(self.search)]
        return self.found["\0words"]

    def near(self, form: str) -> list[tuple[int, int]]:
        """Spans one or two edits from ``form`` (remembered; see :func:`_near_spans`)."""
        spans = self.nears.get(form)
        if spans is None:
            lang = self.seg.document.lang
            if lang == "zh":
                target, search = _simplified_form(form), self.search
                # a near match starts with the form's first character, and k edits leave all but 2k of its character pairs
                limit = 1 if len(target) < 10 else 2
                quick = len(target) >= 5 and target[0] in search and \
                    sum(target[i:i + 2] in search for i in range(len(target) - 1)) >= len(target) - 1 - 2 * limit
                spans = list(_near_spans(search, form, lang)) if quick else []
            else:
                spans = list(_near_spans(self.search, form, lang, self.word_spans()))
            self.nears[form] = spans
        return spans

    def find(self, form: str) -> list[tuple[int, int]]:
        """Spans of ``form`` in this text (remembered)."""
        spans = self.found.get(form)
        if spans is None:
            lang = self.seg.document.lang
            probe = _probe(form, lang)
            spans = find_form(self.search, form, lang) if probe is None or probe in self.search else []
            self.found[form] = spans
        return spans


@lru_cache(maxsize=50000)
def _probe(form: str, lang: str) -> str | None:
    """A part of ``form`` every occurrence contains (a quick test before the search), None when there is none."""
    if lang == "zh":
        return None if _MIXED.search(form) else _simplified_form(form)
    return _first_stem(form) if form else None


def _prepare(seg: Segmentation, unit: Unit) -> _Text:
    text = unit.text
    if seg.lang == "zh":
        converted = simplified(text)
        search = converted if len(converted) == len(text) else text
    else:
        search = text.casefold()
        if len(search) != len(text):
            search = text.lower()
    return _Text(seg, unit, search)


def find_form(search: str, form: str, lang: str) -> list[tuple[int, int]]:
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
    if _first_stem(form) not in search:
        return []
    return [m.span() for m in form_pattern(form, lang).finditer(search)]


@lru_cache(maxsize=20000)
def _first_stem(form: str) -> str:
    """The part of a form's first word every inflected occurrence contains (a quick test before the pattern)."""
    first = form.casefold().replace("-", " ").split()[0] if form.strip() else ""
    if first.startswith("ال"):
        first = first[2:]
    return first[: max(3, len(first) - 3)] if len(first) > 3 else first


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


def _reference_forms(reference: Sequence[Entry]) -> dict[str, dict[str, Form]]:
    forms: dict[str, dict[str, Form]] = defaultdict(dict)
    for entry in reference:
        for lang, terms in entry.terms.items():
            best = entry.preferred(lang)
            for term in terms:
                key = _key(term.text, lang)
                if key and key not in forms[lang]:
                    forms[lang][key] = Form(term.text, lang, entry.concept, term.status, best.text if best else term.text)
    return forms


def _key(text: str, lang: str) -> str:
    return simplified(text) if lang == "zh" else " ".join(text.casefold().replace("-", " ").split())


def extracted_entries(documents: Sequence[Segmentation], *, min_freq: int = 2) -> list[Entry]:
    """Term candidates of the documents (per language, all documents of that language together) as glossary entries."""
    from glossary.extract import LANGUAGES, extract_candidates

    by_lang: dict[str, list[str]] = defaultdict(list)
    for seg in documents:
        if seg.lang in LANGUAGES:
            by_lang[seg.lang].extend(u.text for u in seg.units if u.text)
    entries = []
    for lang, texts in by_lang.items():
        for cand in extract_candidates(texts, lang, min_freq=1):
            if cand.frequency >= min_freq or cand.marked:
                terms = (Term(cand.text, lang, frequency=cand.frequency),)
                entries.append(Entry(concept=f"extracted:{lang}:{cand.key}", terms={lang: terms}, source="extracted"))
    return entries


# --- the shared analysis ----------------------------------------------------------------------------


@dataclass
class _Analysis:
    """Where each known form occurs, per language, in the documents and in the aligned beads."""

    ctx: CheckContext
    reference: dict[str, dict[str, Form]]
    texts: dict[str, list[_Text]] = field(default_factory=dict)  # lang → prepared units
    # (alignment index, bead index) → lang → prepared units of that bead
    beads: dict[tuple[int, int], dict[str, list[_Text]]] = field(default_factory=dict)
    deviations: list[tuple[Form, _Text, int, int, str]] = field(default_factory=list)
    hits: dict[tuple[str, str], dict[tuple[int, int], int]] = field(default_factory=dict)
    targets: dict[str, list[tuple[str, str]]] | None = None
    all_forms: dict[str, dict[str, Form]] | None = None

    def bead_hits(self, form: str, lang: str) -> dict[tuple[int, int], int]:
        """How often ``form`` occurs in each aligned bead's ``lang`` text (beads without it left out)."""
        key = (lang, form)
        if key not in self.hits:
            found = {}
            for bead, cell in self.beads.items():
                n = sum(len(i.find(form)) for i in cell.get(lang, ()))
                if n:
                    found[bead] = n
            self.hits[key] = found
        return self.hits[key]


_LAST: list[tuple[CheckContext, _Analysis]] = []


def _analysis(ctx: CheckContext) -> _Analysis:
    """The analysis of ``ctx``, made once for all the term rules of a run."""
    if _LAST and _LAST[0][0] is ctx:
        return _LAST[0][1]
    result = _Analysis(ctx, ctx.shared.once_for("reference-forms", ctx.reference, lambda: _reference_forms(ctx.reference)))
    prepared: dict[tuple[int, str], _Text] = {}
    for seg in ctx.documents:
        for item in ctx.shared.once("term-texts", seg, lambda seg=seg: [_prepare(seg, unit) for unit in seg.units]):
            prepared[(id(seg), item.unit.id)] = item
            result.texts.setdefault(seg.lang, []).append(item)
    for a_index, (alignment, segs) in enumerate(versions(ctx)):
        for b_index, bead in enumerate(alignment.beads):
            cell = {lang: [prepared[(id(segs[lang]), uid)] for uid in bead.ids.get(lang, ())
                           if (id(segs[lang]), uid) in prepared] for lang in alignment.languages}
            result.beads[(a_index, b_index)] = cell
    result.deviations = _find_deviations(result)
    _LAST[:] = [(ctx, result)]
    return result


def _by_concept(reference: dict[str, dict[str, Form]]) -> dict[str, dict[str, list[Form]]]:
    concepts: dict[str, dict[str, list[Form]]] = defaultdict(lambda: defaultdict(list))
    for lang, forms in reference.items():
        for form in forms.values():
            concepts[form.concept][lang].append(form)
    return concepts


def _find_deviations(an: _Analysis) -> list[tuple[Form, _Text, int, int, str]]:
    """Near matches of reference forms: (reference form, unit, start, end, evidence from aligned versions)."""
    found: list[tuple[Form, _Text, int, int, str]] = []
    concepts = an.ctx.shared.once_for("reference-concepts", an.ctx.reference, lambda: _by_concept(an.reference))
    seen: set[tuple[int, str, int]] = set()

    def add(form: Form, item: _Text, start: int, end: int, why: str) -> None:
        key = (id(item.seg), item.unit.id, start)
        if key not in seen and not _covered(an, item, start, end):
            seen.add(key)
            found.append((form, item, start, end, why))

    # evidence of aligned versions: (seg id, unit id) → concepts that at least half the other versions use there
    aligned_concepts: dict[tuple[int, str], dict[str, str]] = defaultdict(dict)
    concepts_of: dict[int, dict[str, str]] = {}  # id(item) → concept → the form the unit uses
    for lang, items in an.texts.items():
        forms = list(an.reference.get(lang, {}).values())
        known = tuple((form.concept, form.text) for form in forms)
        probes = [(concept, text, _probe(text, lang)) for concept, text in known]
        for item in items:
            used = item.concepts.get(known)
            if used is None:
                used = {}
                search = item.search
                for concept, text, probe in probes:
                    if concept not in used and (probe is None or probe in search) and item.find(text):
                        used[concept] = text
                item.concepts[known] = used
            concepts_of[id(item)] = used
    for cell in an.beads.values():
        present: dict[str, list[str]] = defaultdict(list)
        for lang, items in cell.items():
            seen_here: dict[str, str] = {}
            for item in items:
                for concept, text in concepts_of.get(id(item), {}).items():
                    seen_here.setdefault(concept, text)
            for concept, text in seen_here.items():
                present[concept].append(f"{lang}: {text}")
        with_text = [lang for lang, items in cell.items() if items]
        for lang, items in cell.items():
            others = len(with_text) - (lang in with_text)
            for item in items:
                for concept, uses in present.items():
                    elsewhere = [u for u in uses if not u.startswith(f"{lang}:")]
                    if elsewhere and 2 * len(elsewhere) >= others:
                        aligned_concepts[(id(item.seg), item.unit.id)].setdefault(concept, elsewhere[0])

    for lang, items in an.texts.items():
        if lang not in _NEAR_LANGS:
            continue
        forms = [f for f in an.reference.get(lang, {}).values() if f.status != "deprecated"]
        shortest = 8 if lang == "zh" else 20  # shorter forms are matched approximately only with aligned evidence
        long_forms = [f for f in forms if len(f.text) >= shortest]
        for item in items:
            evidence = aligned_concepts.get((id(item.seg), item.unit.id), {})
            chosen = [f for f in forms if len(f.text) >= shortest or evidence.get(f.concept)] if evidence else long_forms
            for form in chosen:
                why = evidence.get(form.concept, "")
                for start, end in item.near(form.text):
                    add(form, item, start, end, why)
            # the concept is in an aligned version and none of its forms here: the closest form in the text
            for concept, why in evidence.items():
                own = concepts[concept].get(lang, [])
                if not own or concept in concepts_of.get(id(item), {}):
                    continue
                best = _closest(item, [f for f in own if f.status != "deprecated"], lang)
                if best is not None:
                    add(best[0], item, best[1], best[2], why)
    return found


def _covered(an: _Analysis, item: _Text, start: int, end: int) -> bool:
    """True when the span lies inside an exact reference form, or crosses the edge of one at least as long.

    Reference forms wholly inside the span (技术援助 in a misspelt
    技术援助问题政府专家工作组) do not count.
    """
    for form in an.reference.get(item.seg.lang, {}).values():
        for s, e in item.find(form.text):
            if s <= start and end <= e:
                return True
            if (s < start < e or s < end < e) and e - s >= end - start:
                return True
    return False


_WORD = re.compile(r"[\w\-‑']+")


def _near_spans(search: str, form: str, lang: str, spans: Sequence[tuple[int, int]] = ()) -> Iterator[tuple[int, int]]:
    """Spans of ``search`` one or two edits from ``form`` (but not ``form`` itself)."""
    if lang == "zh":
        target = _simplified_form(form)
        limit = 1 if len(target) < 10 else 2
        if len(target) < 5:
            return
        start = search.find(target[0])
        while start >= 0:
            after = start + 1
            for size in range(len(target) - limit, len(target) + limit + 1):
                window = search[start:start + size]
                if len(window) == size and target not in window and window[-1] == target[-1] \
                        and window.replace(" ", "") != target.replace(" ", "") \
                        and Levenshtein.distance(window, target, score_cutoff=limit) <= limit \
                        and not _numeral_edit(window, target) and not _particle_edit(window, target):
                    yield start, start + size
                    after = start + size
                    break
            start = search.find(target[0], after)
        return
    words = form.casefold().split()
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
            if Levenshtein.distance(window, target, score_cutoff=limit) <= limit and not _numeral_edit(window, target):
                yield start, end
                break


def _closest(item: _Text, forms: Sequence[Form], lang: str) -> tuple[Form, int, int] | None:
    """A span of ``search`` that reads as another wording of one of ``forms``.

    Chinese only: whole words of the text, as long as the form (four characters
    or more), with its first or last two characters and at least half of all.
    """
    if lang != "zh":
        return None
    search = item.search
    heads = [_simplified_form(f.text) for f in forms if len(f.text) >= 4]
    if not any(t[:2] in search or t[-2:] in search for t in heads):
        return None
    best: tuple[float, Form, int, int] | None = None
    for form in forms:
        target = simplified(form.text)
        size = len(target)
        if size < 4:
            continue
        # a window sharing half the form from its head or its end starts with its first or ends with its last two characters
        for start in sorted(_starts_of(search, target[:2], 0) | _starts_of(search, target[-2:], size - 2)):
            window = search[start:start + size]
            if len(window) < size:
                continue
            head = len(_common_prefix(window, target))
            tail = len(_common_prefix(window[::-1], target[::-1]))
            if max(head, tail) * 2 < size or head + tail >= size:
                continue
            lo, hi = (start + head, start + size) if head >= tail else (start, start + size - tail)
            changed = search[lo:hi]
            if set(changed) & (_FUNCTION_CHARS | _NUMERALS) or not all("\u3400" <= ch <= "\u9fff" for ch in window):
                continue
            starts, ends = _word_bounds(item, start, start + size)
            if start not in starts or start + size not in ends:
                continue  # whole words of the text only
            if lo not in starts or hi not in ends or any(lo < b < hi for b in ends):
                continue  # the changed part must be one word of the text
            score = Indel.normalized_similarity(window, target)
            if score >= 0.5 and (best is None or score > best[0]):
                best = (score, form, start, start + size)
    return None if best is None else (best[1], best[2], best[3])


def _starts_of(search: str, part: str, offset: int) -> set[int]:
    """Where windows start whose characters from ``offset`` on begin with ``part``."""
    found, at = set(), search.find(part)
    while at >= 0:
        if at >= offset:
            found.add(at - offset)
        at = search.find(part, at + 1)
    return found


def _word_bounds(item: _Text, start: int, end: int) -> tuple[set[int], set[int]]:
    """Where the words jieba cuts a Chinese text into start and end, from ``start`` to ``end`` at least (remembered).

    jieba cuts each run of Chinese characters (and of the other characters)
    on its own, so only the runs around the span are cut.
    """
    import jieba

    search = item.search
    if item.words is None:
        runs = {edge for m in jieba.re_han_default.finditer(search) for edge in m.span()}
        item.words = (sorted(runs | {0, len(search)}), {})
    edges, cut = item.words
    lo, hi = edges[bisect_right(edges, start) - 1], edges[bisect_left(edges, end)]
    if (lo, hi) not in cut:
        starts, ends, at = set(), set(), lo
        for word in jieba.cut(search[lo:hi], HMM=False):
            starts.add(at)
            at += len(word)
            ends.add(at)
        cut[(lo, hi)] = (starts, ends)
    return cut[(lo, hi)]


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


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
    for lang, forms in an.reference.items():
        deprecated = [f for f in forms.values() if f.status == "deprecated"]
        for form in deprecated:
            places = [location(item.seg, item.unit, s, e)
                      for item in an.texts.get(lang, []) for s, e in item.find(form.text)]
            if places:
                findings.append(Finding(
                    rule="reference-deviation", severity="error",
                    message=f"deprecated term “{form.text}” ({lang}) used {len(places)} time(s); the reference has “{form.preferred}”",
                    locations=tuple(places), suggestion=f"replace “{form.text}” with “{form.preferred}”",
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
        right = sum(len(i.find(form.text)) for i in an.texts.get(lang, []))
        docs = sorted({document_name(i.seg) for i, *_ in places})
        why = next((w for *_, w in places if w), "")
        evidence = [(surface, str(len(places))), (form.preferred, str(right)), ("reference", form.concept)]
        if why:
            evidence.append(("aligned version has", why))
        findings.append(Finding(
            rule="reference-deviation", severity="warning",
            message=f"“{surface}” ({lang}) differs from the reference term “{form.preferred}”: "
                    f"{len(places)} time(s) in {', '.join(docs)}",
            locations=tuple(location(i.seg, i.unit, s, e) for i, s, e, _ in places),
            suggestion=f"write “{form.preferred}”",
            evidence=tuple(evidence),
        ))
    return findings


# --- term-variant ------------------------------------------------------------------------------------


def _forms(an: _Analysis) -> dict[str, dict[str, Form]]:
    """Every known form per language (key → Form): reference, glossary and extracted entries."""
    if an.all_forms is not None:
        return an.all_forms
    forms: dict[str, dict[str, Form]] = {lang: dict(f) for lang, f in an.reference.items()}
    for entry in an.ctx.glossary:
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
    an.all_forms = forms
    return forms


def _occurrences(items: Sequence[_Text], form: str, lang: str,
                 skip: Mapping[tuple[int, str], list[tuple[int, int]]] | None = None) -> list[tuple[_Text, int, int]]:
    """Where ``form`` occurs in ``items``, leaving out spans inside the ``skip`` spans of a unit."""
    found = []
    for item in items:
        for s, e in item.find(form):
            if skip and any(a <= s and e <= b for a, b in skip.get((id(item.seg), item.unit.id), ())):
                continue
            found.append((item, s, e))
    return found


def _surface_groups(items: Sequence[_Text], forms: Mapping[str, Form], lang: str) -> dict[str, Counter]:
    """Chinese forms written in more than one script: Simplified key → Counter of surfaces."""
    groups: dict[str, Counter] = {}
    if lang != "zh":
        return groups
    for key, form in forms.items():
        surfaces = Counter(item.unit.text[s:e] for item, s, e in _occurrences(items, form.text, lang))
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
    if lang != "en" and _inflection(a, b):
        return False
    if lang == "en" and form_pattern(a, lang).fullmatch(b):
        return False
    return Levenshtein.distance(a, b, score_cutoff=2) <= 2


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
        for lang, forms in _forms(an).items():
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
    skip: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for _, item, s, e, _ in an.deviations:
        skip[(id(item.seg), item.unit.id)].append((s, e))
    for lang, forms in _forms(an).items():
        items = an.texts.get(lang, [])
        if not items:
            continue
        counts = {key: len(_occurrences(items, form.text, lang, skip)) for key, form in forms.items()}
        attested = [key for key, n in counts.items() if n > 0]
        links: list[tuple[str, str]] = []
        # forms that differ only in script (Traditional / Simplified)
        for key, surfaces in _surface_groups(items, {k: forms[k] for k in attested}, lang).items():
            findings.append(_script_finding(an, forms[key], surfaces, items))
        # near forms and related forms
        for i, j in _candidate_pairs(attested, forms):
            a, b = attested[i], attested[j]
            if _variant_pair(an, forms[a], forms[b], a, b, lang):
                links.append((a, b))
        for component in _components(links):
            findings.append(_variant_finding(an, [forms[k] for k in component], {k: counts[k] for k in component}, items, skip))
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
    own = {(f.lang, _key(f.text, f.lang)) for forms in an.reference.values() for f in forms.values()
           if f.concept == listed.concept and f.lang != lang}
    return bool(profile and profile & own)


def _defined_short_form(an: _Analysis, a: str, b: str, lang: str) -> bool:
    """True when the text gives one form in brackets right after the other: 国际刑事警察组织（国际刑警组织）."""
    for long, short in ((a, b), (b, a)):
        pattern = re.compile(re.escape(long) + r"\s*[（(]\s*" + re.escape(short) + r"\s*[）)]", re.IGNORECASE)
        if any(pattern.search(item.unit.text) for item in an.texts.get(lang, [])):
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
    preferred = [f.preferred for f in an.reference.get(forms[0].lang, {}).values() if f.status == "preferred"]
    inside = [f for f in forms if any(_key(f.text, f.lang) in _key(p, f.lang) for p in preferred)]
    if len(inside) == 1:
        return inside[0], "part of a reference term"
    best = max(forms, key=lambda f: (counts[_key(f.text, f.lang)], -forms.index(f)))
    return best, "most frequent form"


def _variant_finding(an: _Analysis, forms: Sequence[Form], counts: Mapping[str, int], items: Sequence[_Text],
                     skip: Mapping[tuple[int, str], list[tuple[int, int]]]) -> Finding:
    lang = forms[0].lang
    keep, why = _canonical(an, forms, counts)
    others = [f for f in forms if f is not keep]
    places: list[Location] = []
    docs: set[str] = set()
    for form in others:
        longer = [f.text for f in forms if f is not form and _key(form.text, lang) in _key(f.text, lang)]
        for item, s, e in _occurrences(items, form.text, lang, skip):
            if any(ls <= s and e <= le for lf in longer for ls, le in item.find(lf)):
                continue
            places.append(location(item.seg, item.unit, s, e))
            docs.add(document_name(item.seg))
    evidence = tuple((f.text, str(counts[_key(f.text, lang)])) for f in sorted(forms, key=lambda f: -counts[_key(f.text, lang)]))
    names = ", ".join(f"“{f.text}”" for f in others)
    return Finding(
        rule="term-variant", severity="warning",
        message=f"{names} ({lang}) is a variant of “{keep.text}” ({why}) in {', '.join(sorted(docs)) or 'the documents'}",
        locations=tuple(places),
        suggestion=f"write “{keep.text}” throughout",
        evidence=evidence,
    )


def _script_finding(an: _Analysis, form: Form, surfaces: Counter, items: Sequence[_Text]) -> Finding:
    keep = simplified(form.text)
    wrong = [s for s in surfaces if s != keep]
    places = [location(item.seg, item.unit, s, e) for item, s, e in _occurrences(items, form.text, "zh")
              if item.unit.text[s:e] != keep]
    return Finding(
        rule="term-variant", severity="warning",
        message=f"{', '.join(f'“{w}”' for w in wrong)} (zh) is “{keep}” in Traditional characters",
        locations=tuple(places),
        suggestion=f"write “{keep}” in Simplified characters",
        evidence=tuple((s, str(n)) for s, n in surfaces.most_common()),
    )


# --- inconsistent-equivalent -------------------------------------------------------------------------------


@rule("inconsistent-equivalent", severity="warning",
      summary="One source term is rendered by different target terms across aligned units or documents")
def inconsistent_equivalent(ctx: CheckContext) -> list[Finding]:
    an = _analysis(ctx)
    findings: list[Finding] = []
    entries = [e for e in (*ctx.reference, *ctx.glossary) if e.source != "extracted"]
    usage: dict[tuple[str, str], list[tuple[_Text, dict[str, list[tuple[int, int]]]]]] = defaultdict(list)
    sources: dict[tuple[str, str], Counter] = defaultdict(Counter)
    aligned = list(versions(ctx))
    probes: dict[str, list[list[tuple[str, str | None]]]] = {}  # pivot → per entry, its pivot terms and their probes
    for (a_index, _), cell in an.beads.items():
        pivot = aligned[a_index][0].languages[0]
        if pivot not in probes:
            probes[pivot] = [[(t.text, _probe(t.text, pivot)) for t in e.terms.get(pivot, ())] for e in entries]
        pivot_items = cell.get(pivot, [])
        joined = "\0".join(i.search for i in pivot_items)  # a quick test before looking in each unit
        for entry, pivot_forms in zip(entries, probes[pivot]):
            source = next((text for text, probe in pivot_forms if probe is None or probe in joined
                           for i in pivot_items if i.find(text)), None)
            if source is None:
                continue
            for lang, items in cell.items():
                terms = entry.terms.get(lang, ())
                if lang == pivot or len(terms) < 2:
                    continue
                for item in items:
                    spans = {t.text: item.find(t.text) for t in terms}
                    spans = {t: sp for t, sp in spans.items() if sp}
                    if spans:
                        usage[(entry.concept, lang)].append((item, spans))
                        sources[(entry.concept, lang)][source] += 1
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
        source = sources[(concept, lang)].most_common(1)[0][0]
        findings.append(Finding(
            rule="inconsistent-equivalent", severity="warning",
            message=f"“{source}” is rendered in {lang} as {', '.join(f'“{t}” ({n})' for t, n in used.most_common())}",
            locations=tuple(places),
            suggestion=f"use “{keep}” for “{source}” throughout",
            evidence=tuple((t, str(n)) for t, n in used.most_common()),
        ))
    return findings
