"""Alignment of language versions: unit by unit, sentence by sentence, two or six at once.

Structural ids (``pp.3`` in one version, ``pp.3`` in the other) propose
pairs, but every pair is verified by a bilingual score built from the length
ratio (calibrated on the two documents), shared anchors (numbers, dates,
resolution and article numbers, symbols, footnote markers, Latin-script
names) and, for Chinese–English, dictionary evidence. A dynamic programme
over the same score decides the beads, so paragraphs missing, added, merged
or split in one version come out as 1-0, 0-1, 2-1, 1-2 or 2-2 beads.
"""

from __future__ import annotations

import bisect
import math
import re
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from aligner.anchors import compare_anchors, find_anchors
from aligner.errors import AlignError
from aligner.model import Alignment, Anchor, Bead, Segmentation, Unit
from aligner.numberwords import numbers_agree

if TYPE_CHECKING:
    from aligner.lexicon import Lexicon
    from glossary.model import Entry

#: Anchor kinds whose disagreement is a number mismatch.
NUMBER_KINDS: tuple[str, ...] = ("symbol", "date", "time", "resolution", "article", "ordinal", "number")

#: Bead shapes (source units, target units) the unit aligner may use.
UNIT_SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))
#: Kinds of running text: one version's numbered paragraph or item may be another's plain paragraph.
RUNNING_TEXT_KINDS: frozenset[str] = frozenset({"preambular", "operative", "paragraph", "item", "subitem"})
#: Score factor of a bead whose two sides are of different kinds, both running text …
RUNNING_TEXT_KIND_FACTOR = 0.9
#: … and of different kinds otherwise (a heading against a paragraph, say).
OTHER_KIND_FACTOR = 0.6
_SHAPE_PENALTY = {(1, 1): 0.0, (2, 1): 0.12, (1, 2): 0.12, (2, 2): 0.2}


@dataclass(frozen=True)
class AlignConfig:
    """Settings of the aligner; the defaults suit UN documents."""

    low_confidence: float = 0.5  # beads scoring below this are flagged low-confidence
    length_anomaly: float = 3.5  # |z| of the length ratio above which a bead is flagged
    accept: float = 0.35  # a pair must score above this to be worth aligning rather than skipping
    band: int = 60  # half-width of the search band, in units, for long documents


@dataclass(frozen=True)
class _LengthModel:
    mean: float  # expected log(target length / source length)
    spread: float  # standard deviation of that log ratio for long units


@dataclass(frozen=True)
class _Lexical:
    """Dictionary coverage of a pair, calibrated between chance level and the level of true pairs."""

    score: Callable[[Sequence[Unit], Sequence[Unit]], float | None]


# --- public API ---------------------------------------------------------------


def align_pair(
    source: Segmentation,
    target: Segmentation,
    *,
    lexicon: Lexicon | None = None,
    config: AlignConfig = AlignConfig(),
) -> Alignment:
    """Unit-level alignment of two language versions (footnotes aligned among themselves)."""
    src_lang, tgt_lang = source.lang, target.lang
    if src_lang == tgt_lang and source.document.name == target.document.name and source.document.path == target.document.path:
        raise AlignError(f"cannot align {source.document.name or source.document.path} with itself")
    scorer = _Scorer(source, target, lexicon, config)
    # paragraphs without UN structure are aligned as the sentence aligner aligns sentences: by length, the
    # dictionary and the texts' own word associations, across the whole text (between structural units, in a
    # structured document)
    group = _with_plain_runs_realigned if scorer.structured else _as_sentences
    beads: list[Bead] = []
    for src_units, tgt_units in (
        (source.body, target.body),
        (source.footnotes, target.footnotes),
    ):
        beads.extend(scorer.bead(a, b) for a, b in group(list(src_units), list(tgt_units), scorer, config))
    return Alignment(
        languages=(src_lang, tgt_lang),
        beads=tuple(beads),
        level="unit",
        names={src_lang: _name(source), tgt_lang: _name(target)},
    )


def align_sentences_within(
    alignment: Alignment,
    source: Segmentation,
    target: Segmentation,
    *,
    lexicon: Lexicon | None = None,
    config: AlignConfig = AlignConfig(),
) -> Alignment:
    """Sentence-level alignment inside each unit bead of a two-language ``alignment``."""
    from aligner.sentalign import align_sentences

    src_lang, tgt_lang = alignment.languages
    units = {src_lang: {u.id: u for u in source.units}, tgt_lang: {u.id: u for u in target.units}}
    beads: list[Bead] = []
    for bead in alignment.beads:
        src_sents = _sentences(bead.ids[src_lang], units[src_lang])
        tgt_sents = _sentences(bead.ids[tgt_lang], units[tgt_lang])
        if not src_sents or not tgt_sents:
            beads.extend(_sentence_bead(src_lang, tgt_lang, [s], [], None, config) for s in src_sents)
            beads.extend(_sentence_bead(src_lang, tgt_lang, [], [t], None, config) for t in tgt_sents)
            continue
        if len(src_sents) == 1 and len(tgt_sents) == 1:
            # one sentence each side: the unit's verified score is the sentence pair's
            beads.append(_sentence_bead(src_lang, tgt_lang, src_sents, tgt_sents, bead.score, config))
            continue
        found = align_sentences([t for _, t in src_sents], [t for _, t in tgt_sents], src_lang, tgt_lang, lexicon=lexicon)
        for sb in found:
            beads.append(
                _sentence_bead(
                    src_lang, tgt_lang, [src_sents[i] for i in sb.src], [tgt_sents[j] for j in sb.tgt], sb.score, config
                )
            )
    return Alignment(languages=alignment.languages, beads=tuple(beads), level="sentence", names=alignment.names)


def align_presplit(
    source: Sequence[str],
    target: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    lexicon: Lexicon | None = None,
    config: AlignConfig = AlignConfig(),
    names: Mapping[str, str] | None = None,
) -> Alignment:
    """Sentence alignment of two texts given one sentence per line; ids are 0-based line numbers (blank lines
    are in no bead)."""
    from aligner.sentalign import align_sentences

    src_lines = [i for i, line in enumerate(source) if line.strip()]
    tgt_lines = [j for j, line in enumerate(target) if line.strip()]
    found = align_sentences([source[i] for i in src_lines], [target[j] for j in tgt_lines], src_lang, tgt_lang,
                            lexicon=lexicon)
    beads = [
        _sentence_bead(
            src_lang,
            tgt_lang,
            [(str(src_lines[i]), source[src_lines[i]]) for i in sb.src],
            [(str(tgt_lines[j]), target[tgt_lines[j]]) for j in sb.tgt],
            sb.score if sb.src and sb.tgt else None,
            config,
        )
        for sb in found
    ]
    return Alignment(languages=(src_lang, tgt_lang), beads=tuple(beads), level="sentence", names=dict(names or {}))


def align_documents(
    docs: Sequence[Segmentation],
    *,
    pivot: str = "zh",
    level: str = "unit",
    glossary: Sequence[Entry] = (),
    config: AlignConfig = AlignConfig(),
) -> Alignment:
    """Align two or more language versions; with more than two, every version is aligned to the pivot.

    The result has one column per language (pivot first) and one bead per
    pivot unit or group of units; units found only in another version get
    beads of their own where they stand. The terms of ``glossary`` entries
    count as dictionary evidence for each language pair.
    """
    if len(docs) < 2:
        raise AlignError("give at least two language versions to align")
    langs = [d.lang for d in docs]
    duplicates = sorted({lang for lang in langs if langs.count(lang) > 1})
    if duplicates:
        raise AlignError(f"two files in the same language ({', '.join(duplicates)}): give one version per language")
    if level not in {"unit", "sentence"}:
        raise AlignError(f"unknown alignment level {level!r}: use unit or sentence")
    by_lang = {d.lang: d for d in docs}
    pivot_lang = pivot if pivot in by_lang else docs[0].lang
    source = by_lang[pivot_lang]
    pairwise: list[Alignment] = []
    for doc in docs:
        if doc.lang == pivot_lang:
            continue
        lexicon = lexicon_for(pivot_lang, doc.lang, glossary)
        if level == "sentence" and not (is_structured(source) and is_structured(doc)):
            pair = _align_whole_texts(source, doc, lexicon=lexicon, config=config)
        else:
            pair = align_pair(source, doc, lexicon=lexicon, config=config)
            if level == "sentence":
                pair = align_sentences_within(pair, source, doc, lexicon=lexicon, config=config)
        pairwise.append(pair)
    if len(pairwise) == 1:
        return pairwise[0]
    if level == "sentence":
        pivot_texts = dict(_sentences([u.id for u in source.units], {u.id: u for u in source.units}))
    else:
        pivot_texts = {u.id: u.text for u in source.units}
    return merge_on_pivot(pairwise, pivot_texts)


def _align_whole_texts(
    source: Segmentation, target: Segmentation, *, lexicon: Lexicon | None, config: AlignConfig
) -> Alignment:
    """Sentence alignment of two texts without UN structure, across paragraph boundaries."""
    from aligner.sentalign import align_sentences

    src = _sentences([u.id for u in source.units], {u.id: u for u in source.units})
    tgt = _sentences([u.id for u in target.units], {u.id: u for u in target.units})
    found = align_sentences([t for _, t in src], [t for _, t in tgt], source.lang, target.lang, lexicon=lexicon)
    beads = [
        _sentence_bead(source.lang, target.lang, [src[i] for i in sb.src], [tgt[j] for j in sb.tgt], sb.score, config)
        for sb in found
    ]
    return Alignment(
        languages=(source.lang, target.lang),
        beads=tuple(beads),
        level="sentence",
        names={source.lang: _name(source), target.lang: _name(target)},
    )


def lexicon_for(src_lang: str, tgt_lang: str, glossary: Sequence[Entry] = ()) -> Lexicon | None:
    """The dictionary for a language pair: CC-CEDICT for zh–en, plus the glossary's term pairs."""
    from aligner.lexicon import Lexicon

    base = Lexicon.cedict().oriented(src_lang, tgt_lang) if {src_lang, tgt_lang} == {"zh", "en"} else None
    pairs = [
        (s.text, t.text)
        for entry in glossary
        for s in entry.terms.get(src_lang, ())
        for t in entry.terms.get(tgt_lang, ())
    ]
    if not pairs:
        return base
    return (base or Lexicon.empty(src_lang, tgt_lang)).with_pairs(pairs)


def merge_on_pivot(pairwise: Sequence[Alignment], pivot_texts: Mapping[str, str]) -> Alignment:
    """Combine alignments that share their first (pivot) language into one multi-column alignment.

    Pivot units that any version joins in one bead share one row; each other
    language contributes the ids of its beads that touch the row's pivot
    units. Units with no pivot counterpart stand in rows of their own, after
    the row they follow, those of several versions with the same ids (a
    masthead the pivot text lacks) in one. Flags are prefixed with the language
    they concern (``fr:number-mismatch``); the score is the lowest of the
    versions.
    """
    pivot = pairwise[0].languages[0]
    if any(a.languages[0] != pivot for a in pairwise):
        raise AlignError("alignments to merge must all start with the same pivot language")
    order: dict[str, int] = {}
    for alignment in pairwise:
        for bead in alignment.beads:
            for uid in bead.ids[pivot]:
                order.setdefault(uid, len(order))
    # union-find over pivot units that share a bead in any version
    parent = {uid: uid for uid in order}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for alignment in pairwise:
        for bead in alignment.beads:
            ids = bead.ids[pivot]
            for other in ids[1:]:
                parent[find(other)] = find(ids[0])
    groups: dict[str, list[str]] = {}
    for uid in order:
        groups.setdefault(find(uid), []).append(uid)
    rows = sorted(groups.values(), key=lambda g: order[g[0]])
    row_of = {uid: i for i, group in enumerate(rows) for uid in group}

    languages = (pivot,) + tuple(a.languages[1] for a in pairwise)
    cells: list[dict] = [
        {"ids": {pivot: tuple(g)}, "texts": {pivot: _join_texts([pivot_texts.get(u, "") for u in g], pivot)}, "scores": [], "flags": []}
        for g in rows
    ]
    inserted: dict[int, list[dict]] = {}
    for alignment in pairwise:
        lang = alignment.languages[1]
        last_row = -1
        for bead in alignment.beads:
            if bead.ids[pivot]:
                row = row_of[bead.ids[pivot][0]]
                last_row = row
                cell = cells[row]
                cell["ids"][lang] = cell["ids"].get(lang, ()) + tuple(bead.ids[lang])
                previous = cell["texts"].get(lang, "")
                cell["texts"][lang] = _join_texts([t for t in (previous, bead.texts.get(lang, "")) if t], lang)
                cell["scores"].append(bead.score)
                cell["flags"].extend(f"{lang}:{f}" for f in bead.flags)
            else:  # no pivot counterpart: the same ids in other versions at the same place share a row
                extras = inserted.setdefault(last_row, [])
                ids = tuple(bead.ids[lang])
                cell = next((c for c in extras if lang not in c["ids"] and c["key"] == ids), None)
                if cell is None:
                    cell = {"key": ids, "ids": {pivot: ()}, "texts": {pivot: ""}, "scores": [], "flags": []}
                    extras.append(cell)
                cell["ids"][lang] = ids
                cell["texts"][lang] = bead.texts.get(lang, "")
                cell["scores"].append(bead.score)
                cell["flags"].extend(f"{lang}:{f}" for f in bead.flags)
    beads: list[Bead] = []
    for row in [-1] + list(range(len(cells))):
        if row >= 0:
            beads.append(_merged_bead(cells[row], languages))
        beads.extend(_merged_bead(extra, languages) for extra in inserted.get(row, []))
    level = pairwise[0].level
    names: dict[str, str] = {}
    for alignment in pairwise:
        names.update(alignment.names)
    return Alignment(languages=languages, beads=tuple(beads), level=level, names=names)


# --- scoring ------------------------------------------------------------------


class _Scorer:
    """Scores candidate beads between two segmented documents."""

    def __init__(self, source: Segmentation, target: Segmentation, lexicon: Lexicon | None, config: AlignConfig) -> None:
        self.src_lang = source.lang
        self.tgt_lang = target.lang
        self.config = config
        self.structured = is_structured(source) and is_structured(target)
        self.lexicon = lexicon
        self.length = _length_model(source, target, self.structured)
        self.lexical = _lexical_model(source, target, lexicon, self.structured)
        self.shared_ids = {u.id for u in source.units if not _positional(u.id)} & {u.id for u in target.units}
        self.untranslated = {u.id for u in target.units if _untranslated(u, target.lang)}
        self.sizes = {id(u): _size(u) for u in (*source.units, *target.units)}
        self._cache: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[float, float]] = {}

    def score(self, src: Sequence[Unit], tgt: Sequence[Unit]) -> tuple[float, float]:
        """(score in [0, 1], length z) of aligning units ``src`` with units ``tgt``."""
        key = (tuple(u.id for u in src), tuple(u.id for u in tgt))
        if key not in self._cache:
            self._cache[key] = self._score(src, tgt)
        return self._cache[key]

    def _score(self, src: Sequence[Unit], tgt: Sequence[Unit]) -> tuple[float, float]:
        z = _length_z(sum(self.sizes[id(u)] for u in src), sum(self.sizes[id(u)] for u in tgt), self.length)
        parts: list[tuple[float, float]] = [(1.0, math.exp(-z * z / 8))]
        comparison = compare_anchors(_anchors_of(src), _anchors_of(tgt))
        if comparison.similarity is not None:
            weight = min(2.0, 0.5 + 0.25 * comparison.total)
            parts.append((weight, comparison.similarity))
        lexical = self.lexical.score(src, tgt)
        if lexical is not None:
            parts.append((1.5, lexical))
        if self.structured and len(src) == 1 and len(tgt) == 1 and (src[0].id in self.shared_ids
                                                                     or tgt[0].id in self.shared_ids):
            # ids tell only where both versions use them: not "annex1.a" against "annex1.p1", an item whose
            # letter one version lost
            parts.append((1.0, 1.0 if src[0].id == tgt[0].id else 0.0))
        score = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
        src_kinds, tgt_kinds = {u.kind for u in src}, {u.kind for u in tgt}
        if src_kinds != tgt_kinds:
            score *= RUNNING_TEXT_KIND_FACTOR if src_kinds | tgt_kinds <= RUNNING_TEXT_KINDS else OTHER_KIND_FACTOR
        if any(u.id in self.untranslated for u in tgt):
            score *= 0.5
        return score, z

    def bead(self, src: Sequence[Unit], tgt: Sequence[Unit]) -> Bead:
        """The bead for ``src`` and ``tgt`` with its score and flags."""
        flags: list[str] = []
        if src and tgt:
            score, z = self.score(src, tgt)
            if score < self.config.low_confidence:
                flags.append("low-confidence")
            if _number_mismatch(src, tgt, self.src_lang, self.tgt_lang):
                flags.append("number-mismatch")
            if abs(z) > self.config.length_anomaly:
                flags.append("length-anomaly")
        else:
            score = 0.0
            flags.append("missing-in-target" if src else "missing-in-source")
        if any(u.id in self.untranslated for u in tgt):
            flags.append("untranslated")
        return Bead(
            ids={self.src_lang: tuple(u.id for u in src), self.tgt_lang: tuple(u.id for u in tgt)},
            texts={self.src_lang: _join_texts([u.text for u in src], self.src_lang),
                   self.tgt_lang: _join_texts([u.text for u in tgt], self.tgt_lang)},
            score=round(score, 4),
            flags=tuple(flags),
        )


def _dp(src: list[Unit], tgt: list[Unit], scorer: _Scorer, config: AlignConfig) -> list[tuple[list[Unit], list[Unit]]]:
    """Best sequence of beads by dynamic programming inside a band around the path the shared ids propose, or
    around the diagonal where they propose none (or one that leaves the last cell out of reach)."""
    guide = _guide(src, tgt, config.band // 4) if scorer.structured else None
    path = _search(src, tgt, scorer, config, guide)
    if path is None and guide is not None:
        path = _search(src, tgt, scorer, config, None)
    if path is None:
        raise AlignError("the two versions are too different in length to align")
    return path


def _search(src: list[Unit], tgt: list[Unit], scorer: _Scorer, config: AlignConfig,
            guide: list[tuple[float, int]] | None) -> list[tuple[list[Unit], list[Unit]]] | None:
    """The best sequence of beads inside the band ``guide`` gives (the diagonal's where None), or None where
    the band leaves the last cell out of reach."""
    n, m = len(src), len(tgt)
    half = max(config.band, abs(n - m) + config.band // 2)
    neg = -math.inf
    best: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        if guide:
            centre, half = guide[i]
        else:
            centre = i * m / n if n else 0
        lo, hi = max(0, int(centre) - half), min(m, int(centre) + half + 1)
        for j in range(lo, hi + 1):
            if (i, j) == (0, 0):
                continue
            value, move = neg, (0, 0)
            for a, b in UNIT_SHAPES:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0 or (pi, pj) not in best:
                    continue
                if a and b:
                    score, _ = scorer.score(src[pi:i], tgt[pj:j])
                    gain = score - config.accept - _SHAPE_PENALTY[(a, b)]
                else:
                    gain = 0.0
                total = best[(pi, pj)] + gain
                if total > value:
                    value, move = total, (a, b)
            if value > neg:
                best[(i, j)], back[(i, j)] = value, move
    if (n, m) not in best:
        return None
    path: list[tuple[list[Unit], list[Unit]]] = []
    i, j = n, m
    while (i, j) != (0, 0):
        a, b = back[(i, j)]
        path.append((src[i - a:i], tgt[j - b:j]))
        i, j = i - a, j - b
    path.reverse()
    return path


def _as_sentences(src: list[Unit], tgt: list[Unit], scorer: _Scorer,
                  config: AlignConfig) -> list[tuple[list[Unit], list[Unit]]]:
    """Beads of units found by :func:`aligner.sentalign.align_sentences`, each unit's text one "sentence"."""
    from aligner.sentalign import align_sentences

    found = align_sentences([u.text for u in src], [u.text for u in tgt], scorer.src_lang, scorer.tgt_lang,
                            lexicon=scorer.lexicon)
    return [([src[i] for i in bead.src], [tgt[j] for j in bead.tgt]) for bead in found]


def _with_plain_runs_realigned(src: list[Unit], tgt: list[Unit], scorer: _Scorer,
                               config: AlignConfig) -> list[tuple[list[Unit], list[Unit]]]:
    """The beads of :func:`_dp`, each run of beads made only of unnumbered paragraphs (positional ids) aligned
    again by :func:`_as_sentences`: the programme over the unit score takes a paragraph that one version joins
    with its neighbour for a missing one."""
    path = _dp(src, tgt, scorer, config)
    result: list[tuple[list[Unit], list[Unit]]] = []
    run: list[tuple[list[Unit], list[Unit]]] = []

    def close() -> None:
        run_src = [u for a, _ in run for u in a]
        run_tgt = [u for _, b in run for u in b]
        result.extend(_as_sentences(run_src, run_tgt, scorer, config) if len(run) > 1 and run_src and run_tgt else run)
        run.clear()

    for a, b in path:
        if all(_positional(u.id) for u in (*a, *b)):
            run.append((a, b))
        else:
            close()
            result.append((a, b))
    close()
    return result


def _guide(src: Sequence[Unit], tgt: Sequence[Unit], widest: int) -> list[tuple[float, int]] | None:
    """For each source position, the target position its structural id proposes (interpolated between ids) and
    how far on either side to search: :data:`_NEAR` more than the stretch between the ids around it, at most
    ``widest``; None where the versions share no id."""
    where = {u.id: j for j, u in enumerate(tgt) if not _positional(u.id)}
    shared = _in_order([(i + 1, where[u.id] + 1) for i, u in enumerate(src) if u.id in where])
    known = [(0, 0.0)] + [(i, float(j)) for i, j in shared] + [(len(src), float(len(tgt)))]
    if len(known) <= 2:
        return None
    centres: list[float] = []
    gaps = [0] * (len(src) + 1)  # the longest stretch between two ids each position lies in or at the edge of
    for (i0, j0), (i1, j1) in zip(known, known[1:]):
        for i in range(i0, i1):
            centres.append(j0 + (j1 - j0) * (i - i0) / (i1 - i0) if i1 > i0 else j0)
        gap = max(i1 - i0, int(abs(j1 - j0)))
        for i in range(i0, i1 + 1):
            gaps[i] = max(gaps[i], gap)
    centres.append(float(len(tgt)))
    return [(centre, min(widest, _NEAR + gap)) for centre, gap in zip(centres, gaps)]


def _in_order(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (source position, target position; in source order) whose target positions
    rise too: ids that two versions place in different orders (a moved paragraph, an id given twice) guide no
    search."""
    tails: list[int] = []  # tails[k]: the pair ending the rising run of k + 1 pairs with the lowest last position
    lows: list[int] = []  # and that position
    before = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        at = bisect.bisect_left(lows, j)
        before[k] = tails[at - 1] if at else -1
        if at == len(tails):
            tails.append(k)
            lows.append(j)
        else:
            tails[at], lows[at] = k, j
    run: list[tuple[int, int]] = []
    k = tails[-1] if tails else -1
    while k >= 0:
        run.append(pairs[k])
        k = before[k]
    return run[::-1]


#: How far beyond the stretch between two shared ids the programme searches: room for 2-1 and 2-2 beads and for
#: an id one version gives to its neighbour's paragraph.
_NEAR = 4


def _length_model(source: Segmentation, target: Segmentation, structured: bool) -> _LengthModel:
    """Expected log length ratio and its spread, from the units whose ids pair up (or the whole texts)."""
    ratios: list[float] = []
    if structured:
        tgt_by_id = {u.id: u for u in target.units if not _positional(u.id)}
        for unit in source.units:
            other = tgt_by_id.get(unit.id)
            if other is not None and len(unit.text) >= 20 and len(other.text) >= 20:
                ratios.append(math.log(_size(other) / _size(unit)))
    if len(ratios) >= 5:
        mean = statistics.median(ratios)
        mad = statistics.median(abs(r - mean) for r in ratios) * 1.4826
        return _LengthModel(mean, min(0.6, max(0.12, mad)))
    src_total = sum(_size(u) for u in source.units) or 1
    tgt_total = sum(_size(u) for u in target.units) or 1
    return _LengthModel(math.log(tgt_total / src_total), 0.3)


def _length_z(ls: int, lt: int, model: _LengthModel) -> float:
    """How far the length ratio of a pair of ``ls`` and ``lt`` characters is from the expected one, in spreads."""
    # short texts vary more: add sampling noise that shrinks with length
    spread = math.sqrt(model.spread ** 2 + 2.0 / (ls + lt * math.exp(-model.mean)))
    return (math.log(lt / ls) - model.mean) / spread


def _size(unit: Unit) -> int:
    """Length of a unit for the length model: characters without spaces, anchors (numbers, symbols) left out."""
    text = unit.text
    spans = sorted((a.start, a.end) for a in unit.anchors if 0 <= a.start < a.end)
    size, last = 0, 0
    for start, end in spans:
        if start >= last:
            size += sum(1 for ch in text[last:start] if not ch.isspace())
            last = end
    size += sum(1 for ch in text[last:] if not ch.isspace())
    return max(1, size)


def _lexical_model(source: Segmentation, target: Segmentation, lexicon: Lexicon | None, structured: bool) -> _Lexical:
    """Dictionary evidence for the pair, when a lexicon exists for it (CC-CEDICT for zh–en)."""
    from aligner.tokens import content_tokens, in_simplified_characters

    if lexicon is None:
        lexicon = lexicon_for(source.lang, target.lang)
    if lexicon is None:
        return _Lexical(lambda src, tgt: None)
    lex = lexicon.oriented(source.lang, target.lang)
    tokens = {}
    for side, seg in (("s", source), ("t", target)):
        texts = [u.text for u in seg.units]
        if seg.lang == "zh":  # (the word segmenter and the dictionary know Simplified characters)
            texts = in_simplified_characters(texts)
        tokens.update({(side, u.id): content_tokens(text, seg.lang) for u, text in zip(seg.units, texts)})

    translations: dict[str, frozenset[str]] = {}  # source key → its translations, looked up once

    def coverage(src: Sequence[Unit], tgt: Sequence[Unit]) -> float | None:
        s_keys = frozenset().union(*(tokens[("s", u.id)] for u in src))
        t_keys = frozenset().union(*(tokens[("t", u.id)] for u in tgt))
        if len(s_keys) < 2 or len(t_keys) < 2:
            return None
        hit = 0
        for key in s_keys:
            found = translations.get(key)
            if found is None:
                found = translations[key] = lex.translations(key)
            if not found.isdisjoint(t_keys):
                hit += 1
        return hit / len(s_keys)

    # calibrate: chance level from shifted pairs, true level from id pairs
    src_units, tgt_units = list(source.body), list(target.body)
    chance = [c for k in range(len(src_units)) if (c := coverage([src_units[k]], [tgt_units[(k + 3) % len(tgt_units)]])) is not None] if tgt_units else []
    tgt_by_id = {u.id: u for u in tgt_units if not _positional(u.id)}
    true = [c for u in src_units if structured and u.id in tgt_by_id and (c := coverage([u], [tgt_by_id[u.id]])) is not None]
    low = statistics.median(chance) if chance else 0.1
    high = statistics.median(true) if len(true) >= 5 else max(low + 0.2, 0.4)
    if high - low < 0.05:
        return _Lexical(lambda src, tgt: None)

    def score(src: Sequence[Unit], tgt: Sequence[Unit]) -> float | None:
        value = coverage(src, tgt)
        if value is None:
            return None
        return min(1.0, max(0.0, (value - low) / (high - low)))

    return _Lexical(score)


def _number_mismatch(src: Sequence[Unit], tgt: Sequence[Unit], src_lang: str, tgt_lang: str) -> bool:
    refs_src = sorted(r for u in src for r in u.footnote_refs)
    refs_tgt = sorted(r for u in tgt for r in u.footnote_refs)
    if refs_src != refs_tgt:
        return True
    return _numbers_differ(_anchors_of(src), " ".join(u.text for u in src), src_lang,
                           _anchors_of(tgt), " ".join(u.text for u in tgt), tgt_lang)


def _numbers_differ(anchors_a: Sequence[Anchor], text_a: str, lang_a: str,
                    anchors_b: Sequence[Anchor], text_b: str, lang_b: str) -> bool:
    """Whether two texts' numbers differ: their anchors of :data:`NUMBER_KINDS` disagree, even once a number in
    digits on one side that the other writes in words is taken as the same."""
    comparison = compare_anchors(anchors_a, anchors_b, kinds=NUMBER_KINDS)
    return not comparison.agree and not numbers_agree(comparison.only_a, text_a, lang_a, comparison.only_b, text_b, lang_b)


def _anchors_of(units: Sequence[Unit]) -> list[Anchor]:
    return [a for u in units for a in u.anchors]


#: An id made from a paragraph's place among unnumbered ones (p.3, annex1.p2, p.3.a), not from the document's own
#: numbering: two versions share it whether or not the paragraphs match, so it tells nothing about their content.
_POSITIONAL_ID = re.compile(r"(?:^|\.)p\.?\d+(?:\.|$)")


def _positional(uid: str) -> bool:
    return _POSITIONAL_ID.search(uid) is not None


def is_structured(seg: Segmentation) -> bool:
    """True when the ids come from the document's structure, not from paragraph positions."""
    body = seg.body
    return bool(body) and any(not u.id.startswith("p.") for u in body)


def _untranslated(unit: Unit, lang: str) -> bool:
    """True for a long unit written in another language than its document's (not a signature: names and titles)."""
    from aligner.errors import InputError
    from aligner.langid import detect_language

    if len(unit.text) < 60 or unit.kind == "signature":
        return False
    try:
        return detect_language(unit.text) != lang
    except InputError:
        return False


# --- helpers ------------------------------------------------------------------


def unit_sentences(unit: Unit) -> list[tuple[str, str]]:
    """The sentences of ``unit`` as sentence alignment gives them, with their ids: (``op.1.s1``, text) …; a unit
    whose text has no sentence of its own is one."""
    sentences = unit.sentences or ((unit.text,) if unit.text else ())
    return [(f"{unit.id}.s{k}", sentence) for k, sentence in enumerate(sentences, start=1)]


def _sentences(unit_ids: Sequence[str], units: Mapping[str, Unit]) -> list[tuple[str, str]]:
    return [pair for uid in unit_ids for pair in unit_sentences(units[uid])]


def _sentence_bead(
    src_lang: str,
    tgt_lang: str,
    src: Sequence[tuple[str, str]],
    tgt: Sequence[tuple[str, str]],
    score: float | None,
    config: AlignConfig,
) -> Bead:
    flags: list[str] = []
    if not src:
        flags.append("missing-in-source")
    elif not tgt:
        flags.append("missing-in-target")
    else:
        if score is not None and score < config.low_confidence:
            flags.append("low-confidence")
        src_text = " ".join(t for _, t in src)
        tgt_text = " ".join(t for _, t in tgt)
        if _numbers_differ(find_anchors(src_text, src_lang), src_text, src_lang, find_anchors(tgt_text, tgt_lang), tgt_text,
                           tgt_lang):
            flags.append("number-mismatch")
    return Bead(
        ids={src_lang: tuple(i for i, _ in src), tgt_lang: tuple(i for i, _ in tgt)},
        texts={src_lang: _join_texts([t for _, t in src], src_lang), tgt_lang: _join_texts([t for _, t in tgt], tgt_lang)},
        score=round(score if score is not None and src and tgt else 0.0, 4),
        flags=tuple(flags),
    )


def _join_texts(texts: Sequence[str], lang: str) -> str:
    joiner = "" if lang == "zh" else " "
    return joiner.join(t for t in texts if t)


def _merged_bead(cell: dict, languages: Sequence[str]) -> Bead:
    ids = {lang: tuple(cell["ids"].get(lang, ())) for lang in languages}
    texts = {lang: cell["texts"].get(lang, "") for lang in languages}
    flags = list(dict.fromkeys(cell["flags"]))
    for lang in languages[1:]:
        if not ids[lang] and ids[languages[0]]:
            flags.append(f"{lang}:missing-in-target")
    scores = cell["scores"] or [0.0]
    return Bead(ids=ids, texts=texts, score=round(min(scores), 4), flags=tuple(dict.fromkeys(flags)))


def _name(seg: Segmentation) -> str:
    return seg.document.name or seg.document.path or seg.lang
