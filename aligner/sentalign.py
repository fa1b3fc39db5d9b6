"""Sentence alignment of two language versions: length and lexical evidence, banded search.

Each candidate bead (0-1, 1-0, 1-1, 1-2 … 1-6, 6-1, 2-2, 2-3, 3-2) is costed by

* a Gale–Church length term: the target length predicted from the source
  length with a ratio and a variance estimated from the document itself;
* a lexical term: the share of content words on either side that have a
  translation on the other side, less the share expected by chance, from the
  dictionary (CC-CEDICT for zh–en, glossary pairs), identical tokens
  (numbers, Latin-script words), cognates (en/fr/es) and a word-association
  table learnt from the confident 1-1 beads of a first pass (Moore 2002,
  hunalign), and what the sentence does as its punctuation tells (asks,
  exclaims, quotes speech, opens or closes a quotation: see
  :data:`SENTENCE_MARKS`);
* where both versions quote speech over several sentences (dialogue), a cost
  for a bead whose two sides leave different numbers of quotations open: a
  line of dialogue and its translation end in the same bead;
* a prior for beads of more than two sentences, higher where both sides have
  two or more (the sentence boundaries cross);
* for a null bead (a sentence with no counterpart: left untranslated, or
  added), a cost that depends on the sentence: the best share of its words
  that one sentence near its first-pass place translates, against the share
  that is typical of the document. A sentence no nearby sentence translates is
  cheap to leave alone, one translated as well as usual costs the full
  ``NULL_COST``, so an added or dropped sentence is no longer glued to a
  neighbouring bead. As in Vecalign, the null cost is read off the document
  itself rather than fixed.

The search is a dynamic programme restricted to a band around a guide path:
an alignment of blocks of consecutive sentences costed the same way (block
lengths, and the rarer words of each block, the ones that tell it from its
neighbours), itself found in a band guided by blocks of blocks, up to a grid
small enough to search whole; the second pass searches around the first.
Where the path runs along the band's edge the band is widened there, and
only there. The band's width does not depend on the document's length, so
time and memory grow linearly with N + M, never with N × M.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Mapping, Sequence

import numpy as np

from aligner.errors import AlignError
from aligner.lexicon import Lexicon, romanised_keys
from aligner.tokens import (COGNATE_MIN_LETTERS, COGNATE_MIN_RATIO, LATIN_LANGUAGES, content_tokens,
                            in_simplified_characters, opens_quotations_with_right_mark)

#: Bead shapes (source sentences, target sentences) the search may use.
BEAD_SHAPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (2, 3), (3, 2), (1, 4), (4, 1), (1, 5), (5, 1), (1, 6), (6, 1),
    (1, 0), (0, 1),
)

#: Cost of a bead with no counterpart (a sentence left untranslated or added) when the sentence
#: has as much word evidence in the sentences around its place as a sentence typically has …
NULL_COST = 8.0
#: … and when it has none at all.
NULL_COST_UNSUPPORTED = 2.0
#: Sentences either side of a sentence's first-pass place searched for its translation.
SUPPORT_REACH = 1
#: Keys of prior evidence: a sentence with few keys is taken to be about as supported as usual.
SUPPORT_PRIOR_KEYS = 4.0
#: Cost of each sentence a bead has beyond the second (1-2 costs one unit, 2-2 two …).
MERGE_COST = 2.0
#: Further cost of a bead with two or more sentences on both sides (2-2, 2-3, 3-2): it says the sentence
#: boundaries of the two versions cross, which is rarer than two beads side by side (1-1 and 1-1, 1-1 and 1-2).
CROSSING_COST = 3.0
#: Cost of a bead whose two sides leave different numbers of quotations open (see :func:`quotation_depth`), per
#: quotation up to ``QUOTATION_CAP`` …
QUOTATION_COST = 1.0
QUOTATION_CAP = 2
#: … in a document whose two versions each have at least this share of sentences that open or close a quotation
#: running over several sentences (dialogue in a novel; not a resolution's quoted titles, nor a version that
#: quotes no speech where the other does).
QUOTATION_SHARE = 0.05
#: Weight of the lexical term per sentence of the bead.
LEXICAL_WEIGHT = 4.0
#: The length model is this many times wider than the spread observed in the document.
LENGTH_WIDENING = 2.0
#: Largest N × M solved without a band.
FULL_GRID_CELLS = 250_000
#: Blocks on either side in the coarse pass that guides the band, at least …
COARSE_BLOCKS = 300
#: … and at most this many sentences per block, so the band stays narrow on long documents.
MAX_BLOCK_SENTENCES = 16
#: Smallest half-width of the band (in target sentences).
MIN_HALF_BAND = 24
#: Widening rounds allowed when the path touches the band's edge …
MAX_WIDENINGS = 3
#: … each widening the rows this close to a touch.
WIDEN_REACH = 4 * MIN_HALF_BAND
#: Band cells whose bead costs are computed together (bounds the memory of the search).
CHUNK_CELLS = 16_384
#: Association pairs need this many co-occurrences and this Dice coefficient.
MIN_COOCCURRENCE = 2
MIN_DICE = 0.5


@dataclass(frozen=True)
class SentenceBead:
    """Source and target sentence indices aligned together; ``score`` in [0, 1]."""

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float


@dataclass(frozen=True)
class _Side:
    lengths: np.ndarray  # characters per sentence
    tokens: tuple[frozenset[str], ...]
    quotes: np.ndarray | None = None  # each sentence's quotation_depth; None: not compared (blocks of sentences)


@dataclass(frozen=True)
class _Evidence:
    """Translation pairs of the document and the matches each sentence gets by chance."""

    forward: Mapping[str, frozenset[str]]  # source key → target keys
    backward: Mapping[str, frozenset[str]]  # target key → source keys
    src_chance: np.ndarray  # expected matched source keys against one random target sentence
    tgt_chance: np.ndarray
    #: cost of leaving each sentence without a counterpart; None: ``NULL_COST`` for all
    src_null: np.ndarray | None = None
    tgt_null: np.ndarray | None = None

    def src_image(self, tokens: frozenset[str]) -> frozenset[str]:
        """Target keys that source ``tokens`` can explain."""
        return _image(tokens, self.forward)

    def tgt_image(self, tokens: frozenset[str]) -> frozenset[str]:
        """Source keys that target ``tokens`` can explain."""
        return _image(tokens, self.backward)


_NOTHING: frozenset[str] = frozenset()


def _image(tokens: frozenset[str], table: Mapping[str, frozenset[str]]) -> frozenset[str]:
    return _NOTHING.union(*(table.get(k, _NOTHING) for k in tokens)) if tokens else _NOTHING


@dataclass(frozen=True)
class _LengthModel:
    ratio: float
    variance: float


def align_sentences(
    src: Sequence[str],
    tgt: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    lexicon: Lexicon | None = None,
    max_bead: int = 6,
) -> list[SentenceBead]:
    """Align two sentence lists; the beads cover every sentence of both sides once, in order.

    ``lexicon`` gives translation pairs (oriented automatically); without one,
    CC-CEDICT is used for zh–en and only the document's own evidence otherwise.
    """
    if max_bead < 1:
        raise AlignError(f"max_bead must be at least 1, got {max_bead}")
    shapes = tuple((a, b) for a, b in BEAD_SHAPES if a <= max_bead and b <= max_bead)
    if not src or not tgt:
        return [SentenceBead((i,), (), 0.0) for i in range(len(src))] + [
            SentenceBead((), (j,), 0.0) for j in range(len(tgt))
        ]
    if lexicon is None and {src_lang, tgt_lang} == {"zh", "en"}:
        lexicon = Lexicon.cedict()
    lex = lexicon.oriented(src_lang, tgt_lang) if lexicon is not None else Lexicon.empty(src_lang, tgt_lang)

    s_side = _side(src, src_lang)
    t_side = _side(tgt, tgt_lang)
    pairs = _static_pairs(s_side, t_side, lex, src_lang, tgt_lang)
    model = _initial_length_model(s_side, t_side)

    band = _coarse_band(s_side, t_side, model, shapes, pairs)
    evidence = _evidence(s_side, t_side, pairs)
    path, band = _search_widening(s_side, t_side, evidence, model, shapes, band)

    beads = _beads(path, s_side, t_side, evidence, model)
    model = _refit_length_model(beads, s_side, t_side, model)
    pairs = _merge_pairs(pairs, _association_pairs(beads, s_side, t_side))
    evidence = _evidence(s_side, t_side, pairs)
    evidence = replace(evidence, **_null_costs(beads, s_side, t_side, evidence))
    band = _Band.around(path, len(src), len(tgt), MIN_HALF_BAND)
    path, band = _search_widening(s_side, t_side, evidence, model, shapes, band)
    return _beads(path, s_side, t_side, evidence, model)


# --------------------------------------------------------------------------- features


def _side(sentences: Sequence[str], lang: str) -> _Side:
    if lang == "zh":  # (the word segmenter and the dictionary know Simplified characters)
        sentences = in_simplified_characters(sentences)
    lengths = np.array([len(s.strip()) for s in sentences], dtype=np.float64)
    quoted = sentences
    if lang == "ar" and opens_quotations_with_right_mark("\n".join(sentences)):  # (”…“ read as “…”)
        quoted = [s.translate(_SWAPPED_QUOTES) for s in sentences]
    return _Side(lengths, tuple(content_tokens(s, lang) | sentence_marks(s) for s in sentences),
                 np.array([quotation_depth(s) for s in quoted], dtype=np.float64))


_SWAPPED_QUOTES = str.maketrans("”“", "“”")


#: A quotation mark as it opens or closes a quotation: curly and angle marks by their shape; straight ones and the
#: single curly ones by where they stand: opening before a word, after a space, a bracket or a dash; closing after
#: punctuation ("now?'", "town,'"), or after a word where a quotation opened before it in the sentence ('the long
#: table') and not otherwise (the possessive "farmers'"); between letters they are apostrophes ("It's", "don’t").
_QUOTATION_MARK = re.compile(
    r"(?P<open>[“«「『]|(?:^|(?<=[\s(\[—–-]))['‘\"](?=\S))"
    r"|(?P<close>[”»」』]|(?<=[.,;:!?…—–-])['’\"](?=[\s)\]]|$))"
    r"|(?P<after_word>(?<=\w)['’\"](?=[\s,.;:!?…—)\]]|$))"
)


def quotation_depth(sentence: str) -> int:
    """How many quotations ``sentence`` leaves open at its end, less those it closes that opened before it: 1 for a
    line of dialogue that runs on to the next sentence ("老张问道：“你明天进城吗？", "'Going to town?' he asked,
    'or staying here?"), -1 for its last sentence ("Tell me now.'"), 0 for a quotation within the sentence."""
    depth = pending = 0  # pending: quotations opened in the sentence and not yet closed
    for m in _QUOTATION_MARK.finditer(sentence):
        if m.group("open"):
            depth, pending = depth + 1, pending + 1
        elif m.group("close") or pending:
            depth, pending = depth - 1, max(pending - 1, 0)
    return depth


#: What a sentence does, told by its punctuation in any of the six languages: asks, exclaims, quotes speech, opens or
#: closes a quotation (a line of dialogue, or one that a quotation runs on from or to). A question is a question in
#: every version, so these keys match like words. Anywhere in a sentence, of the single quotes only an opening one
#: not after a letter and a closing one after punctuation count ("don’t" and "States’" are apostrophes); at its very
#: start or end, the straight one counts too. Quotes nested inside others (『』) count only at the start or end.
SENTENCE_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("<question>", re.compile(r"[?？؟¿]")),
    ("<exclamation>", re.compile(r"[!！¡]")),
    ("<quotation>", re.compile(r"[\"“”«»「」]|(?<![^\W\d_])‘|[.,;:!?…—]’")),
    ("<opens-quotation>", re.compile(r"^\s*[\"“«「『'‘]")),
    ("<closes-quotation>", re.compile(r"[\"”»」』'’]\s*$")),
)


def sentence_marks(sentence: str) -> frozenset[str]:
    """The keys of :data:`SENTENCE_MARKS` that ``sentence`` has."""
    return frozenset(key for key, mark in SENTENCE_MARKS if mark.search(sentence))


def _vocabulary(side: _Side) -> set[str]:
    vocab: set[str] = set()
    for toks in side.tokens:
        vocab |= toks
    return vocab


def _static_pairs(s: _Side, t: _Side, lex: Lexicon, src_lang: str, tgt_lang: str) -> dict[str, set[str]]:
    """Translation pairs present in this document: dictionary (read both ways), identical tokens,
    romanised Chinese names, cognates."""
    s_vocab, t_vocab = _vocabulary(s), _vocabulary(t)
    pairs: dict[str, set[str]] = {}
    for key in s_vocab:
        found = (lex.translations(key) | {key}) & t_vocab
        if src_lang == "zh" and tgt_lang != "zh":
            found |= romanised_keys(key) & t_vocab
        if found:
            pairs[key] = set(found)
    back = lex.inverted()
    for key in t_vocab:
        found = back.translations(key) & s_vocab
        if tgt_lang == "zh" and src_lang != "zh":
            found |= romanised_keys(key) & s_vocab
        for other in found:
            pairs.setdefault(other, set()).add(key)
    if src_lang in LATIN_LANGUAGES and tgt_lang in LATIN_LANGUAGES and src_lang != tgt_lang:
        for key, other in _cognates(s_vocab, t_vocab):
            pairs.setdefault(key, set()).add(other)
    return pairs


def _cognates(s_vocab: set[str], t_vocab: set[str]) -> list[tuple[str, str]]:
    """Look-alike words (as :func:`aligner.tokens.look_alike` tells them), found in bulk."""
    from rapidfuzz import fuzz, process

    def buckets(vocab: set[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for word in vocab:
            if len(word) >= COGNATE_MIN_LETTERS and word.isalpha():
                out.setdefault(word[:2], []).append(word)
        return out

    found = []
    t_buckets = buckets(t_vocab)
    for prefix, s_words in buckets(s_vocab).items():
        t_words = t_buckets.get(prefix)
        if not t_words:
            continue
        scores = process.cdist(s_words, t_words, scorer=fuzz.ratio, score_cutoff=COGNATE_MIN_RATIO, dtype=np.uint8)
        for si, ti in zip(*np.nonzero(scores)):
            found.append((s_words[si], t_words[ti]))
    return found


def _merge_pairs(a: dict[str, set[str]], b: dict[str, set[str]]) -> dict[str, set[str]]:
    merged = {k: set(v) for k, v in a.items()}
    for key, values in b.items():
        merged.setdefault(key, set()).update(values)
    return merged


def _evidence(s: _Side, t: _Side, pairs: dict[str, set[str]]) -> _Evidence:
    reverse: dict[str, set[str]] = {}
    for key, values in pairs.items():
        for value in values:
            reverse.setdefault(value, set()).add(key)
    forward = {k: frozenset(v) for k, v in pairs.items()}
    backward = {k: frozenset(v) for k, v in reverse.items()}
    # chance: how often a key is explained by a sentence picked at random on the other side
    src_df = _explaining_sentences(forward, t.tokens)
    tgt_df = _explaining_sentences(backward, s.tokens)
    n_src, n_tgt = len(s.tokens), len(t.tokens)
    src_chance = np.array([sum(src_df.get(k, 0) for k in toks) / n_tgt for toks in s.tokens])
    tgt_chance = np.array([sum(tgt_df.get(k, 0) for k in toks) / n_src for toks in t.tokens])
    return _Evidence(forward, backward, src_chance, tgt_chance)


def _null_costs(beads: list[SentenceBead], s: _Side, t: _Side, ev: _Evidence) -> dict[str, np.ndarray]:
    """Cost of leaving each sentence without a counterpart, from ``NULL_COST_UNSUPPORTED`` (no word
    of it explained near its place) to ``NULL_COST`` (explained as well as is usual in the document).

    A sentence's support is the best chance-corrected share of its keys that one sentence of the
    other side explains, within ``SUPPORT_REACH`` sentences of the bead a first pass put it in;
    with few keys it is drawn towards the document's typical support.
    """
    n, m = len(s.tokens), len(t.tokens)
    s_place, t_place = np.zeros((n, 2), dtype=np.int64), np.zeros((m, 2), dtype=np.int64)
    i = j = 0
    for bead in beads:  # the other side's span of each sentence's bead (empty: where it falls)
        di, dj = len(bead.src), len(bead.tgt)
        s_place[i:i + di] = (j, j + dj)
        t_place[j:j + dj] = (i, i + di)
        i, j = i + di, j + dj
    s_support = _support(s.tokens, t.tokens, ev.forward, ev.src_chance, s_place)
    t_support = _support(t.tokens, s.tokens, ev.backward, ev.tgt_chance, t_place)
    return {"src_null": _null_scale(s_support, s.tokens), "tgt_null": _null_scale(t_support, t.tokens)}


def _support(
    tokens: Sequence[frozenset[str]], other: Sequence[frozenset[str]], table: Mapping[str, frozenset[str]],
    chance: np.ndarray, place: np.ndarray,
) -> np.ndarray:
    """Best chance-corrected share of each sentence's keys that one sentence near its place
    translates (``table``: key → its translations); nan for a sentence without keys."""
    out = np.full(len(tokens), np.nan)
    for x, toks in enumerate(tokens):
        keys = len(toks)
        if not keys:
            continue
        translations = [table[k] for k in toks if k in table]
        hits = 0
        first, last = max(int(place[x, 0]) - SUPPORT_REACH, 0), min(int(place[x, 1]) + SUPPORT_REACH, len(other))
        for near in other[first:last]:
            hits = max(hits, sum(1 for found in translations if not found.isdisjoint(near)))
        expected = min(float(chance[x]), keys - 0.5)
        out[x] = max(0.0, (hits - expected) / (keys - expected))
    return out


def _null_scale(support: np.ndarray, tokens: Sequence[frozenset[str]]) -> np.ndarray:
    """Null cost per sentence from its support, relative to the median support in the document."""
    keys = np.array([len(x) for x in tokens], dtype=np.float64)
    known = ~np.isnan(support)
    typical = float(np.median(support[known])) if known.any() else 0.0
    if typical <= 0:
        return np.full(len(tokens), NULL_COST)
    shrunk = (np.where(known, support, 0.0) * keys + SUPPORT_PRIOR_KEYS * typical) / (keys + SUPPORT_PRIOR_KEYS)
    return NULL_COST_UNSUPPORTED + (NULL_COST - NULL_COST_UNSUPPORTED) * np.clip(shrunk / typical, 0.0, 1.0)


def _explaining_sentences(table: Mapping[str, frozenset[str]], other: Sequence[frozenset[str]]) -> dict[str, int]:
    """For each key of ``table``: how many of the ``other`` side's sentences hold one of its translations."""
    holding: dict[str, list[int]] = {}
    for index, toks in enumerate(other):
        for key in toks:
            holding.setdefault(key, []).append(index)
    counts = {}
    for key, translations in table.items():
        lists = [holding[v] for v in translations if v in holding]
        if len(lists) == 1:
            counts[key] = len(lists[0])
        elif lists:
            counts[key] = len(set().union(*lists))
    return counts


def _association_pairs(beads: list[SentenceBead], s: _Side, t: _Side) -> dict[str, set[str]]:
    """Word pairs that keep co-occurring in the confident 1-1 beads of a first pass."""
    one_to_one = [b for b in beads if len(b.src) == 1 and len(b.tgt) == 1]
    if not one_to_one:
        return {}
    threshold = float(np.median([b.score for b in one_to_one]))
    confident = [b for b in one_to_one if b.score >= threshold]
    joint: Counter[tuple[str, str]] = Counter()
    s_count: Counter[str] = Counter()
    t_count: Counter[str] = Counter()
    for bead in confident:
        s_toks, t_toks = s.tokens[bead.src[0]], t.tokens[bead.tgt[0]]
        s_count.update(s_toks)
        t_count.update(t_toks)
        joint.update((a, b) for a in s_toks for b in t_toks)
    pairs: dict[str, set[str]] = {}
    for (a, b), n in joint.items():
        if n >= MIN_COOCCURRENCE and 2 * n / (s_count[a] + t_count[b]) >= MIN_DICE:
            pairs.setdefault(a, set()).add(b)
    return pairs


# --------------------------------------------------------------------------- length model


def _initial_length_model(s: _Side, t: _Side) -> _LengthModel:
    ratio = max(float(t.lengths.sum()), 1.0) / max(float(s.lengths.sum()), 1.0)
    # Gale & Church's variance of 6.8 per character, counted in target characters
    return _LengthModel(ratio, 6.8 * ratio * ratio * LENGTH_WIDENING)


def _refit_length_model(beads: list[SentenceBead], s: _Side, t: _Side, model: _LengthModel) -> _LengthModel:
    """Variance of the length difference over the 1-1 beads of a first pass, widened."""
    rows = [b for b in beads if len(b.src) == 1 and len(b.tgt) == 1]
    if len(rows) < 20:
        return model
    ls = s.lengths[[b.src[0] for b in rows]]
    lt = t.lengths[[b.tgt[0] for b in rows]]
    scale = np.maximum((ls + lt / model.ratio) / 2, 1.0)
    variance = float(np.mean((lt - model.ratio * ls) ** 2 / scale))
    return _LengthModel(model.ratio, max(variance, 1e-3 * model.ratio) * LENGTH_WIDENING)


_ERFC = (
    -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806,
    0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277,
)


def _neg_log_two_sided(z: np.ndarray) -> np.ndarray:
    """-log P(|Z| ≥ |z|) for a standard normal Z (Numerical Recipes' erfc, error < 1.2e-7)."""
    x = np.abs(z) / math.sqrt(2.0)
    t = 1.0 / (1.0 + 0.5 * x)
    poly = np.zeros_like(t)
    for coef in reversed(_ERFC):
        poly = poly * t + coef
    return -(np.log(t) - x * x + poly)


def _length_cost(ls: np.ndarray, lt: np.ndarray, model: _LengthModel) -> np.ndarray:
    scale = np.maximum((ls + lt / model.ratio) / 2, 1.0)
    z = (lt - model.ratio * ls) / np.sqrt(model.variance * scale)
    return _neg_log_two_sided(z)


# --------------------------------------------------------------------------- band


@dataclass(frozen=True)
class _Band:
    """For DP row i (source sentences consumed), target positions lo[i] … hi[i] - 1.

    Both bounds never decrease from row to row, consecutive rows share at least
    one column, row 0 starts at 0 and row n ends at m: with 1-0 and 0-1 beads a
    path from (0, 0) to (n, m) always exists inside.
    """

    lo: np.ndarray
    hi: np.ndarray

    @classmethod
    def spanning(cls, lo: np.ndarray, hi: np.ndarray, m: int) -> _Band:
        """The smallest valid band containing columns lo[i] … hi[i] - 1 of every row."""
        lo = np.clip(lo, 0, m).astype(np.int64)
        hi = np.clip(hi, 1, m + 1).astype(np.int64)
        lo[0], hi[-1] = 0, m + 1
        hi = np.maximum.accumulate(np.maximum(hi, lo + 1))
        lo = np.minimum.accumulate(lo[::-1])[::-1].copy()
        lo[1:] = np.minimum(lo[1:], hi[:-1] - 1)
        return cls(lo, hi)

    @classmethod
    def full(cls, n: int, m: int) -> _Band:
        return cls(np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64))

    @classmethod
    def from_centre(cls, centre: np.ndarray, m: int, half: int) -> _Band:
        mid = np.round(centre).astype(np.int64)
        return cls.spanning(mid - half, mid + half + 1, m)

    @classmethod
    def around(cls, path: list[tuple[int, int]], n: int, m: int, half: int) -> _Band:
        """``half`` columns either side of the cells a path visits (rows it jumps over interpolated)."""
        cells = np.array(path, dtype=np.int64)
        rows, first = np.unique(cells[:, 0], return_index=True)
        last = np.r_[first[1:], len(cells)] - 1
        every = np.arange(n + 1)
        lo = np.floor(np.interp(every, rows, cells[first, 1])).astype(np.int64)
        hi = np.ceil(np.interp(every, rows, cells[last, 1])).astype(np.int64)
        return cls.spanning(lo - half, hi + half + 1, m)

    @property
    def width(self) -> int:
        """Columns in the widest row."""
        return int((self.hi - self.lo).max())

    @property
    def cells(self) -> int:
        return int((self.hi - self.lo).sum())

    def touched_rows(self, path: list[tuple[int, int]], m: int) -> np.ndarray:
        """Rows where the path runs along an edge the band could still move."""
        cells = np.array(path, dtype=np.int64)
        i, j = cells[:, 0], cells[:, 1]
        lo, hi = self.lo[i], self.hi[i]
        return np.unique(i[((j == lo) & (lo > 0)) | ((j == hi - 1) & (hi <= m))])

    def widened_near(self, rows: np.ndarray, m: int) -> _Band:
        """The band with the rows within ``WIDEN_REACH`` of ``rows`` about twice as wide."""
        n = len(self.lo) - 1
        marks = np.zeros(n + 2, dtype=np.int64)
        np.add.at(marks, np.clip(rows - WIDEN_REACH, 0, n + 1), 1)
        np.add.at(marks, np.clip(rows + WIDEN_REACH + 1, 0, n + 1), -1)
        near = np.cumsum(marks)[: n + 1] > 0
        grow = np.where(near, np.maximum((self.hi - self.lo) // 2, MIN_HALF_BAND), 0)
        return _Band.spanning(self.lo - grow, self.hi + grow, m)


def _coarse_band(s: _Side, t: _Side, model: _LengthModel, shapes, pairs: dict[str, set[str]]) -> _Band:
    """The full grid for small inputs, else a band around an alignment of sentence blocks."""
    n, m = len(s.lengths), len(t.lengths)
    if (n + 1) * (m + 1) <= FULL_GRID_CELLS:
        return _Band.full(n, m)
    return _guide_band(*_rare_words(s, t, pairs), model, shapes)


def _rare_words(s: _Side, t: _Side, pairs: dict[str, set[str]]) -> tuple[_Side, _Side, dict[str, set[str]]]:
    """The sides and pairs kept to the words seen in at most one sentence in ``COARSE_BLOCKS``:
    the words that tell one block from its neighbours."""
    s_seen = Counter(k for toks in s.tokens for k in toks)
    t_seen = Counter(k for toks in t.tokens for k in toks)
    s_limit, t_limit = max(2, len(s.tokens) // COARSE_BLOCKS), max(2, len(t.tokens) // COARSE_BLOCKS)
    rare: dict[str, set[str]] = {}
    for key, values in pairs.items():
        if s_seen[key] <= s_limit:
            kept = {v for v in values if t_seen[v] <= t_limit}
            if kept:
                rare[key] = kept
    s_vocab = frozenset(rare)
    t_vocab = frozenset(v for values in rare.values() for v in values)
    return (
        _Side(s.lengths, tuple(toks & s_vocab for toks in s.tokens)),
        _Side(t.lengths, tuple(toks & t_vocab for toks in t.tokens)),
        rare,
    )


def _guide_band(s: _Side, t: _Side, pairs: dict[str, set[str]], model: _LengthModel, shapes) -> _Band:
    """A band around an alignment of blocks of consecutive sentences.

    A block is costed like a sentence: its length and the words of all its
    sentences. The blocks are aligned in a band found the same way one level
    up (blocks of blocks), up to at most ``COARSE_BLOCKS`` blocks a side,
    searched whole; every level costs time linear in the number of sentences.
    """
    n, m = len(s.lengths), len(t.lengths)
    blocks = max(COARSE_BLOCKS, math.ceil(max(n, m) / MAX_BLOCK_SENTENCES))
    s_size = max(1, math.ceil(n / blocks))
    t_size = max(1, math.ceil(m / blocks))
    if s_size == t_size == 1:
        return _Band.full(n, m)
    # with words to go by, block lengths are divided by the source block size, so that a block's
    # length weighs like one sentence's and local swings of the length ratio do not outweigh them
    scale = s_size if pairs else 1
    s_blocks = _blocks(s, s_size, scale, bool(pairs))
    t_blocks = _blocks(t, t_size, scale, bool(pairs))
    block_band = _guide_band(s_blocks, t_blocks, pairs, model, shapes)
    evidence = _evidence(s_blocks, t_blocks, pairs)
    path, _ = _search_widening(s_blocks, t_blocks, evidence, model, shapes, block_band)
    centre_i = np.array([min(i * s_size, n) for i, _ in path], dtype=np.float64)
    centre_j = np.array([min(j * t_size, m) for _, j in path], dtype=np.float64)
    centre = np.interp(np.arange(n + 1), centre_i, centre_j)
    return _Band.from_centre(centre, m, max(MIN_HALF_BAND, t_size))


def _blocks(side: _Side, size: int, scale: int, words: bool) -> _Side:
    """Consecutive sentences taken ``size`` at a time, their lengths summed and divided by
    ``scale``, with the words of all of them (or none)."""
    starts = range(0, len(side.lengths), size)
    tokens = tuple(_NOTHING.union(*side.tokens[k:k + size]) if words else _NOTHING for k in starts)
    return _Side(np.add.reduceat(side.lengths, np.array(starts)) / scale, tokens)


def _search_widening(s, t, evidence, model, shapes, band: _Band):
    """Least-cost path in the band; where the path runs along the band's edge, the band is
    widened there (only there) and the search run again, at most ``MAX_WIDENINGS`` times."""
    m = len(t.lengths)
    counts: dict[int, _PairCounts] = {}  # the same evidence: kept from one round to the next
    path = _search(s, t, evidence, model, shapes, band, counts=counts)
    for _ in range(MAX_WIDENINGS):
        touched = band.touched_rows(path, m)
        if not len(touched):
            break
        band = band.widened_near(touched, m)
        path = _search(s, t, evidence, model, shapes, band, counts=counts)
    return path, band


# --------------------------------------------------------------------------- search


@dataclass(frozen=True)
class _PairCounts:
    """Matched keys of one source sentence against target sentences first … first + len - 1."""

    first: int
    source: np.ndarray  # its keys explained by each target sentence
    target: np.ndarray  # each target sentence's keys it explains


class _BeadCosts:
    """Cost of every bead shape ending at each cell of a band, computed a block of rows at a time."""

    def __init__(
        self, s: _Side, t: _Side, ev: _Evidence, model: _LengthModel, shapes, band: _Band,
        counts: dict[int, _PairCounts],
    ):
        self.s, self.t, self.ev, self.model, self.band, self.counts = s, t, ev, model, band, counts
        self.n, self.m = len(s.lengths), len(t.lengths)
        self.sh_a = np.array([a for a, _ in shapes], dtype=np.int64)[:, None]
        self.sh_b = np.array([b for _, b in shapes], dtype=np.int64)[:, None]
        self.maxa, self.maxb = int(self.sh_a.max()), int(max(self.sh_b.max(), 1))
        self.offsets = np.concatenate([[0], np.cumsum(band.hi - band.lo)])
        self.merge = MERGE_COST * np.maximum(self.sh_a + self.sh_b - 2, 0) + CROSSING_COST * (
            (self.sh_a >= 2) & (self.sh_b >= 2))
        self.src_null = np.full(self.n, NULL_COST) if ev.src_null is None else ev.src_null
        self.real = self.sh_b > 0
        self.size = (self.sh_a + self.sh_b) / 2.0
        self.ns = np.array([len(x) for x in s.tokens], dtype=np.float64)
        self.nt = np.array([len(x) for x in t.tokens], dtype=np.float64)
        self.cum_s, self.cum_t = _prefix(s.lengths), _prefix(t.lengths)
        self.quoting = s.quotes is not None and t.quotes is not None and \
            min(np.mean(s.quotes != 0), np.mean(t.quotes != 0)) >= QUOTATION_SHARE
        if self.quoting:
            self.cum_qs, self.cum_qt = _prefix(s.quotes), _prefix(t.quotes)
        self.cum_ns, self.cum_nt = _prefix(self.ns), _prefix(self.nt)
        # matches expected by chance: prefix sums of min(n, k · chance) for k sentences opposite
        top = max(self.maxa, self.maxb) + 1
        self.chance_s = np.stack([_prefix(np.minimum(self.ns, k * ev.src_chance)) for k in range(top)])
        self.chance_t = np.stack([_prefix(np.minimum(self.nt, k * ev.tgt_chance)) for k in range(top)])
        self.tgt_images: dict[int, frozenset[str]] = {}

    def rows(self, i0: int, i1: int) -> tuple[np.ndarray, np.ndarray]:
        """For rows i0 … i1 - 1 (i0 ≥ 1): each shape's cost at each cell (inf where the shape
        cannot end there) and the flat index of the cell it starts from."""
        lo, hi, off = self.band.lo, self.band.hi, self.offsets
        widths = hi[i0:i1] - lo[i0:i1]
        i = np.repeat(np.arange(i0, i1), widths)
        j = lo[i] + np.arange(len(i)) - (off[i] - off[i0])
        i, j = i[None, :], j[None, :]
        p, q = i - self.sh_a, j - self.sh_b  # where each shape starts
        pc = np.maximum(p, 0)
        valid = (p >= 0) & (q >= lo[pc]) & (q < hi[pc])
        qc = np.clip(q, 0, self.m)
        start = np.where(valid, off[pc] + q - lo[pc], 0)

        ls, lt = self.cum_s[i] - self.cum_s[pc], self.cum_t[j] - self.cum_t[qc]
        n_s, n_t = self.cum_ns[i] - self.cum_ns[pc], self.cum_nt[j] - self.cum_nt[qc]
        ch_s = self.chance_s[self.sh_b, i] - self.chance_s[self.sh_b, pc]
        ch_t = self.chance_t[self.sh_a, j] - self.chance_t[self.sh_a, qc]
        covered = self._covered(i0, i1, i[0], j[0])
        room = n_s + n_t - ch_s - ch_t
        lexical = np.where(room > 0, (covered - ch_s - ch_t) / np.where(room > 0, room, 1.0), 0.0)
        with np.errstate(invalid="ignore"):
            cost = np.where(
                self.real,
                _length_cost(ls, lt, self.model) + LEXICAL_WEIGHT * self.size * (1.0 - lexical),
                self.src_null[np.maximum(i - 1, 0)],  # the only shape with no target: 1-0
            ) + self.merge
        if self.quoting:  # quotations left open by the bead's source sentences and by its target sentences
            left_open = np.abs((self.cum_qs[i] - self.cum_qs[pc]) - (self.cum_qt[j] - self.cum_qt[qc]))
            cost = cost + np.where(self.real, QUOTATION_COST * np.minimum(left_open, QUOTATION_CAP), 0.0)
        return np.where(valid, cost, np.inf), start

    def _covered(self, i0: int, i1: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Per shape and cell: source keys explained by the bead's target sentences plus target
        keys explained by its source sentences (each sentence counted at most once per key)."""
        lo, hi = self.band.lo, self.band.hi
        maxa, maxb = self.maxa, self.maxb
        p0, p1 = max(i0 - maxa, 0), i1 - 1  # source sentences the beads of these rows can take
        q0, q1 = max(int(lo[i0]) - maxb, 0), min(int(hi[i1 - 1]) - 1, self.m)
        ms, mt = self._pair_counts(p0, p1, q0, q1)
        # source side: prefix sums over target sentences, one row per source sentence
        ps = _prefix(ms, axis=1)
        jl = j - q0
        w_s = np.zeros((maxa + 1, maxb + 1, len(i)))
        for r in range(maxa):
            pl = np.maximum(i - 1 - r - p0, 0)
            cap = self.ns[np.maximum(i - 1 - r, 0)]
            for b in range(1, maxb + 1):
                w_s[r + 1, b] = w_s[r, b] + np.minimum(cap, ps[pl, jl] - ps[pl, np.maximum(jl - b, 0)])
        # target side: prefix sums over source sentences, one column per target sentence
        pt = _prefix(mt, axis=0)
        il = i - p0
        w_t = np.zeros((maxb + 1, maxa + 1, len(i)))
        for r in range(maxb):
            ql = np.clip(jl - 1 - r, 0, max(q1 - q0 - 1, 0))
            cap = self.nt[np.clip(j - 1 - r, 0, max(self.m - 1, 0))]
            for a in range(1, maxa + 1):
                w_t[r + 1, a] = w_t[r, a] + np.minimum(cap, pt[il, ql] - pt[np.maximum(il - a, 0), ql])
        a, b = self.sh_a[:, 0], self.sh_b[:, 0]
        return w_s[a, b] + w_t[b, a]

    def _pair_counts(self, p0: int, p1: int, q0: int, q1: int) -> tuple[np.ndarray, np.ndarray]:
        """Matched keys of source sentences p0 … p1 - 1 against target sentences q0 … q1 - 1, for
        the pairs some bead in the band can join (others left 0)."""
        ms = np.zeros((max(p1 - p0, 1), max(q1 - q0, 1)))
        mt = np.zeros_like(ms)
        behind = int(self.band.lo[p0 + 1]) - self.maxb  # no sentence from p0 on meets these
        for q in [q for q in self.tgt_images if q < behind]:
            del self.tgt_images[q]
        for p in range(p0, p1):
            row = self._counts_of(p)
            first, last = max(row.first, q0), min(row.first + len(row.source), q1)
            if last > first:
                ms[p - p0, first - q0:last - q0] = row.source[first - row.first:last - row.first]
                mt[p - p0, first - q0:last - q0] = row.target[first - row.first:last - row.first]
        return ms, mt

    def _counts_of(self, p: int) -> _PairCounts:
        lo, hi = self.band.lo, self.band.hi
        first = max(int(lo[p + 1]) - self.maxb, 0)
        last = min(int(hi[min(p + self.maxa, self.n)]) - 1, self.m)
        known = self.counts.get(p)
        if known is not None and known.first <= first and known.first + len(known.source) >= last:
            return known
        s_toks = self.s.tokens[p]
        if not s_toks or last <= first:
            row = _PairCounts(first, np.zeros(max(last - first, 0)), np.zeros(max(last - first, 0)))
        else:
            images = self.tgt_images
            for q in range(first, last):
                if q not in images:
                    images[q] = self.ev.tgt_image(self.t.tokens[q])
            image, t_tokens = self.ev.src_image(s_toks), self.t.tokens
            row = _PairCounts(
                first,
                np.array([len(s_toks & images[q]) for q in range(first, last)], dtype=np.float32),
                np.array([len(image & t_tokens[q]) for q in range(first, last)], dtype=np.float32),
            )
        self.counts[p] = row
        return row


def _prefix(values: np.ndarray, axis: int = 0) -> np.ndarray:
    """Prefix sums with a leading zero along ``axis``."""
    pad = [(0, 0)] * values.ndim
    pad[axis] = (1, 0)
    return np.pad(np.cumsum(values, axis=axis, dtype=np.float64), pad)


def _search(
    s: _Side, t: _Side, ev: _Evidence, model: _LengthModel, shapes, band: _Band,
    counts: dict[int, _PairCounts] | None = None,
):
    """Least-cost path through the band; returns the DP cells (i, j) visited, from (0, 0).

    ``counts`` keeps the sentence pairs' matched keys for another search with the same evidence.
    """
    n, m = len(s.lengths), len(t.lengths)
    many = [(a, b) for a, b in shapes if a >= 1]
    inserts = (0, 1) in shapes
    all_shapes = many + [(0, 1)]
    costs = _BeadCosts(s, t, ev, model, many, band, {} if counts is None else counts)
    off = costs.offsets
    best = np.full(int(off[-1]), np.inf)
    back = np.zeros(int(off[-1]), dtype=np.int8)
    # cost of the 0-1 beads taking target sentences 0 … j - 1
    steps = _prefix(np.full(m, NULL_COST) if ev.tgt_null is None else ev.tgt_null)

    def settle(i: int, cur: np.ndarray, arg: np.ndarray) -> None:
        if inserts:  # 0-1 beads move along the row
            run = steps[band.lo[i]:band.hi[i]] - steps[band.lo[i]]
            shifted = np.minimum.accumulate(cur - run) + run
            arg[shifted < cur - 1e-9] = len(many)
            cur = shifted
        best[off[i]:off[i + 1]] = cur
        back[off[i]:off[i + 1]] = arg

    first = np.full(int(off[1]), np.inf)
    first[0] = 0.0
    settle(0, first, np.zeros(len(first), dtype=np.int8))
    i0 = 1
    while i0 <= n:
        i1 = min(n + 1, max(i0 + 1, int(np.searchsorted(off, off[i0] + CHUNK_CELLS, side="right")) - 1))
        cost, start = costs.rows(i0, i1)
        for i in range(i0, i1):
            a, b = off[i] - off[i0], off[i + 1] - off[i0]
            total = best[start[:, a:b]] + cost[:, a:b]
            arg = np.argmin(total, axis=0)
            settle(i, total[arg, np.arange(b - a)], arg.astype(np.int8))
        i0 = i1

    if not np.isfinite(best[off[n] + m - band.lo[n]]):
        raise AlignError("no alignment found within the search band")
    path = [(n, m)]
    i, j = n, m
    while i > 0 or j > 0:
        a, b = all_shapes[back[off[i] + j - band.lo[i]]]
        i, j = i - a, j - b
        path.append((i, j))
    path.reverse()
    return path


# --------------------------------------------------------------------------- beads


def _beads(path, s: _Side, t: _Side, ev: _Evidence, model: _LengthModel) -> list[SentenceBead]:
    """The beads between consecutive path cells, each with its confidence.

    A bead's confidence is the mean of its length probability and its
    chance-corrected word coverage, in [0, 1]; beads with an empty side get 0.
    """
    cells = np.array(path, dtype=np.int64)
    i0, j0, i1, j1 = cells[:-1, 0], cells[:-1, 1], cells[1:, 0], cells[1:, 1]
    cum_s, cum_t = _prefix(s.lengths), _prefix(t.lengths)
    p_len = np.exp(-_length_cost(cum_s[i1] - cum_s[i0], cum_t[j1] - cum_t[j0], model))
    beads = []
    for a, b, c, d, p in zip(i0.tolist(), i1.tolist(), j0.tolist(), j1.tolist(), p_len.tolist()):
        src_ids, tgt_ids = tuple(range(a, b)), tuple(range(c, d))
        score = _bead_score(src_ids, tgt_ids, s, t, ev, p) if src_ids and tgt_ids else 0.0
        beads.append(SentenceBead(src_ids, tgt_ids, score))
    return beads


def _bead_score(src_ids, tgt_ids, s: _Side, t: _Side, ev: _Evidence, p_len: float) -> float:
    s_toks = _NOTHING.union(*(s.tokens[i] for i in src_ids))
    t_toks = _NOTHING.union(*(t.tokens[j] for j in tgt_ids))
    if not s_toks and not t_toks:
        return p_len
    s_img, t_img = ev.src_image(s_toks), ev.tgt_image(t_toks)
    chance = min(len(s_toks), float(ev.src_chance[list(src_ids)].sum()) * len(tgt_ids)) + min(
        len(t_toks), float(ev.tgt_chance[list(tgt_ids)].sum()) * len(src_ids)
    )
    room = len(s_toks) + len(t_toks) - chance
    covered = len(s_toks & t_img) + len(t_toks & s_img)
    lexical = (covered - chance) / room if room > 0 else 0.0
    return min(1.0, max(0.0, 0.5 * p_len + 0.5 * max(0.0, lexical)))
