"""Sentence alignment of two language versions: length and lexical evidence, banded search.

Each candidate bead (0-1, 1-0, 1-1, 1-2 … 1-4, 4-1, 2-2, 2-3, 3-2) is costed by

* a Gale–Church length term: the target length predicted from the source
  length with a ratio and a variance estimated from the document itself;
* a lexical term: the share of content words on either side that have a
  translation on the other side, less the share expected by chance, from the
  dictionary (CC-CEDICT for zh–en, glossary pairs), identical tokens
  (numbers, Latin-script words), cognates (en/fr/es) and a word-association
  table learnt from the confident 1-1 beads of a first pass (Moore 2002,
  hunalign);
* a prior for beads of more than two sentences and for null beads.

The search is a dynamic programme restricted to a band around a guide path
(a length-only alignment of blocks of at most ``MAX_BLOCK_SENTENCES``
sentences, itself found in a band guided by blocks of blocks; then the first
pass), widened where the path touches the band's edge. The band's width does
not depend on the document's length, so time and memory grow linearly with
N + M, never with N × M.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from aligner.errors import AlignError
from aligner.lexicon import Lexicon, romanised_keys
from aligner.tokens import LATIN_LANGUAGES, content_tokens

#: Bead shapes (source sentences, target sentences) the search may use.
BEAD_SHAPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (2, 3), (3, 2), (1, 4), (4, 1), (1, 0), (0, 1),
)

#: Cost of a bead with no counterpart (a sentence left untranslated or added).
NULL_COST = 8.0
#: Cost of each sentence a bead has beyond the second (1-2 costs one unit, 2-2 two …).
MERGE_COST = 2.0
#: Weight of the lexical term per sentence of the bead.
LEXICAL_WEIGHT = 4.0
#: The length model is this many times wider than the spread observed in the document.
LENGTH_WIDENING = 2.0
#: Largest N × M solved without a band.
FULL_GRID_CELLS = 4_000_000
#: Blocks on either side in the coarse pass that guides the band, at least …
COARSE_BLOCKS = 1000
#: … and at most this many sentences per block, so the band stays narrow on long documents.
MAX_BLOCK_SENTENCES = 16
#: Smallest half-width of the band (in target sentences).
MIN_HALF_BAND = 24
#: Widening rounds allowed when the path touches the band's edge.
MAX_WIDENINGS = 3
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


@dataclass(frozen=True)
class _Evidence:
    """Translation pairs of the document and the matches each sentence gets by chance."""

    forward: Mapping[str, frozenset[str]]  # source key → target keys
    backward: Mapping[str, frozenset[str]]  # target key → source keys
    src_chance: np.ndarray  # expected matched source keys against one random target sentence
    tgt_chance: np.ndarray

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
    max_bead: int = 4,
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

    band = _coarse_band(s_side, t_side, model, shapes)
    evidence = _evidence(s_side, t_side, pairs)
    path, band = _search_widening(s_side, t_side, evidence, model, shapes, band)

    beads = _beads(path, s_side, t_side, evidence, model)
    model = _refit_length_model(beads, s_side, t_side, model)
    pairs = _merge_pairs(pairs, _association_pairs(beads, s_side, t_side))
    evidence = _evidence(s_side, t_side, pairs)
    band = _Band.around(path, len(src), len(tgt), MIN_HALF_BAND)
    path, band = _search_widening(s_side, t_side, evidence, model, shapes, band)
    return _beads(path, s_side, t_side, evidence, model)


# --------------------------------------------------------------------------- features


def _side(sentences: Sequence[str], lang: str) -> _Side:
    lengths = np.array([len(s.strip()) for s in sentences], dtype=np.float64)
    return _Side(lengths, tuple(content_tokens(s, lang) for s in sentences))


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
    """Look-alike words (RapidFuzz ratio ≥ 80, same first two letters, five letters or more)."""
    from rapidfuzz import fuzz, process

    def buckets(vocab: set[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for word in vocab:
            if len(word) >= 5 and word.isalpha():
                out.setdefault(word[:2], []).append(word)
        return out

    found = []
    t_buckets = buckets(t_vocab)
    for prefix, s_words in buckets(s_vocab).items():
        t_words = t_buckets.get(prefix)
        if not t_words:
            continue
        scores = process.cdist(s_words, t_words, scorer=fuzz.ratio, score_cutoff=80, dtype=np.uint8)
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
    src_df = Counter(k for toks in t.tokens for k in _image(toks, backward))
    tgt_df = Counter(k for toks in s.tokens for k in _image(toks, forward))
    n_src, n_tgt = len(s.tokens), len(t.tokens)
    src_chance = np.array([sum(src_df[k] for k in toks) / n_tgt for toks in s.tokens])
    tgt_chance = np.array([sum(tgt_df[k] for k in toks) / n_src for toks in t.tokens])
    return _Evidence(forward, backward, src_chance, tgt_chance)


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
    """For DP row i (source sentences consumed), target positions lo[i] … lo[i] + width - 1."""

    lo: np.ndarray
    width: int

    @classmethod
    def full(cls, n: int, m: int) -> _Band:
        return cls(np.zeros(n + 1, dtype=np.int64), m + 1)

    @classmethod
    def from_centre(cls, centre: np.ndarray, m: int, half: int) -> _Band:
        width = min(m + 1, 2 * half + 1)
        lo = np.maximum.accumulate(np.clip(np.round(centre).astype(np.int64) - half, 0, m + 1 - width))
        # consecutive rows must overlap: where the centre jumps, start the climb on earlier rows
        step = max(width - 5, 1)
        rows = np.arange(len(lo))
        lo = np.maximum.accumulate((lo - rows * step)[::-1])[::-1] + rows * step
        lo = np.clip(lo, 0, m + 1 - width)
        lo[0] = 0
        return cls(lo, width)

    @classmethod
    def around(cls, path: list[tuple[int, int]], n: int, m: int, half: int) -> _Band:
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        for i, j in path:
            first.setdefault(i, j)
            last[i] = j
        rows = np.array(sorted(first))
        lo_j = np.array([first[i] for i in rows], dtype=np.float64)
        hi_j = np.array([last[i] for i in rows], dtype=np.float64)
        half = max(half, int(np.max(hi_j - lo_j)) // 2 + MIN_HALF_BAND)
        return cls.from_centre(np.interp(np.arange(n + 1), rows, (lo_j + hi_j) / 2), m, half)

    def touches_edge(self, path: list[tuple[int, int]], m: int) -> bool:
        for i, j in path:
            k = j - self.lo[i]
            if (k == 0 and self.lo[i] > 0) or (k == self.width - 1 and j < m):
                return True
        return False


def _coarse_band(s: _Side, t: _Side, model: _LengthModel, shapes) -> _Band:
    """Full grid for small inputs; otherwise a band around a length-only alignment of sentence blocks.

    The blocks are aligned the same way (in a band guided by blocks of blocks when there are
    many), so every pass costs time linear in the number of sentences.
    """
    n, m = len(s.lengths), len(t.lengths)
    if (n + 1) * (m + 1) <= FULL_GRID_CELLS:
        return _Band.full(n, m)
    blocks = max(COARSE_BLOCKS, math.ceil(max(n, m) / MAX_BLOCK_SENTENCES))
    s_size = max(1, math.ceil(n / blocks))
    t_size = max(1, math.ceil(m / blocks))
    if s_size == t_size == 1:
        return _Band.full(n, m)
    s_lengths = np.add.reduceat(s.lengths, np.arange(0, n, s_size))
    t_lengths = np.add.reduceat(t.lengths, np.arange(0, m, t_size))
    nb, mb = len(s_lengths), len(t_lengths)
    s_blocks = _Side(s_lengths, tuple(_NOTHING for _ in range(nb)))
    t_blocks = _Side(t_lengths, tuple(_NOTHING for _ in range(mb)))
    no_words = _Evidence({}, {}, np.zeros(nb), np.zeros(mb))
    block_band = _coarse_band(s_blocks, t_blocks, model, shapes)
    path, _ = _search_widening(s_blocks, t_blocks, no_words, model, shapes, block_band)
    centre_i = np.array([min(i * s_size, n) for i, _ in path], dtype=np.float64)
    centre_j = np.array([min(j * t_size, m) for _, j in path], dtype=np.float64)
    centre = np.interp(np.arange(n + 1), centre_i, centre_j)
    return _Band.from_centre(centre, m, max(MIN_HALF_BAND, t_size))


def _search_widening(s, t, evidence, model, shapes, band: _Band):
    n, m = len(s.lengths), len(t.lengths)
    for attempt in range(MAX_WIDENINGS + 1):
        try:
            path = _search(s, t, evidence, model, shapes, band)
        except AlignError:
            if attempt == MAX_WIDENINGS or band.width >= m + 1:
                raise
            centre = band.lo + band.width // 2
            band = _Band.from_centre(centre.astype(np.float64), m, band.width)  # twice as wide
            continue
        if band.width >= m + 1 or not band.touches_edge(path, m):
            break
        # recentred on the path found; from the second round on, also twice as wide
        band = _Band.around(path, n, m, band.width // 2 if attempt == 0 else band.width)
    return path, band


# --------------------------------------------------------------------------- search


def _search(s: _Side, t: _Side, ev: _Evidence, model: _LengthModel, shapes, band: _Band):
    """Least-cost path through the band; returns the DP cells (i, j) visited, from (0, 0)."""
    n, m = len(s.lengths), len(t.lengths)
    width, lo = band.width, band.lo
    many = [(a, b) for a, b in shapes if a >= 1]
    sh_a = np.array([a for a, _ in many])
    sh_b = np.array([b for _, b in many])
    inserts = (0, 1) in shapes
    insert_index = len(many)
    merge = MERGE_COST * np.maximum(sh_a + sh_b - 2, 0) + np.where((sh_a == 0) | (sh_b == 0), NULL_COST, 0.0)
    real = sh_b > 0
    size = (sh_a + sh_b) / 2.0

    cum_s = np.concatenate([[0.0], np.cumsum(s.lengths)])
    cum_t = np.concatenate([[0.0], np.cumsum(t.lengths)])
    ns = np.array([len(x) for x in s.tokens], dtype=np.float64)
    nt = np.array([len(x) for x in t.tokens], dtype=np.float64)
    cum_ns = np.concatenate([[0.0], np.cumsum(ns)])
    cum_nt = np.concatenate([[0.0], np.cumsum(nt)])
    maxb = int(max(sh_b.max(), 1))
    maxa = int(sh_a.max())
    # chance matches: cum over sentences of min(n, k · chance) for k = 0 … 4
    chance_s = np.stack([np.concatenate([[0.0], np.cumsum(np.minimum(ns, k * ev.src_chance))]) for k in range(5)])
    chance_t = np.stack([np.concatenate([[0.0], np.cumsum(np.minimum(nt, k * ev.tgt_chance))]) for k in range(5)])

    pad = maxb
    ext = width + pad
    back = np.zeros((n + 1, width), dtype=np.int8)
    rows = np.full((maxa + 1, width), np.inf)
    row_lo = np.zeros(maxa + 1, dtype=np.int64)
    counts: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # source sentence → (ms, mt) over its columns
    count_lo: dict[int, int] = {}
    images: dict[int, frozenset[str]] = {}
    k = np.arange(width)
    win_hi = pad + k  # prefix-sum positions closing and opening a window of b target sentences
    win_lo = pad + k[None, :] - np.arange(maxb + 1)[:, None]
    nt_padded = np.concatenate([np.zeros(pad), nt, np.zeros(width + pad)])  # nt_padded[c + pad] = nt[c]

    for i in range(n + 1):
        j = lo[i] + k
        valid = j <= m
        cur = np.full(width, np.inf)
        if i == 0:
            cur[0] = 0.0 if lo[0] == 0 else np.inf
        else:
            # per-sentence match counts, on this row's extended columns lo[i]-pad … lo[i]+width-1
            for r in range(1, maxa + 1):
                p = i - r
                if p >= 0 and p not in counts:
                    counts[p], count_lo[p] = _pair_counts(p, lo, width, pad, n, m, s.tokens, t.tokens, ev, images)
            ms = np.zeros((maxa, ext))
            mt = np.zeros((maxa, ext))
            base = lo[i] - pad
            ns_rows = np.zeros(maxa)
            for r in range(maxa):
                p = i - 1 - r
                if p < 0:
                    break
                c_ms, c_mt = counts[p]
                off = base - count_lo[p]
                first, last = max(0, -off), min(ext, len(c_ms) - off)
                if last > first:
                    ms[r, first:last] = c_ms[first + off:last + off]
                    mt[r, first:last] = c_mt[first + off:last + off]
                ns_rows[r] = ns[p]
            nt_ext = nt_padded[base + pad:base + pad + ext]
            # covered source keys: for each source sentence, matches in the b target sentences
            pms = np.zeros((maxa, ext + 1))
            np.cumsum(ms, axis=1, out=pms[:, 1:])
            win_s = pms[:, win_hi][:, None, :] - pms[:, win_lo]
            cov_s = np.cumsum(np.minimum(win_s, ns_rows[:, None, None]), axis=0)  # [a-1, b, k]
            # covered target keys: each target sentence against the a source sentences
            mt_a = np.minimum(np.cumsum(mt, axis=0), nt_ext[None, :])
            pmt = np.zeros((maxa, ext + 1))
            np.cumsum(mt_a, axis=1, out=pmt[:, 1:])
            cov_t = pmt[:, win_hi][:, None, :] - pmt[:, win_lo]

            jb = j[None, :] - sh_b[:, None]
            ok = valid[None, :] & (jb >= 0) & (i - sh_a >= 0)[:, None]
            jc = np.clip(j, 0, m)[None, :]
            jbc = np.clip(jb, 0, m)
            ls = (cum_s[i] - cum_s[np.maximum(i - sh_a, 0)])[:, None]
            lt = cum_t[jc] - cum_t[jbc]
            n_s = (cum_ns[i] - cum_ns[np.maximum(i - sh_a, 0)])[:, None]
            n_t = cum_nt[jc] - cum_nt[jbc]
            ch_s = (chance_s[sh_b, i] - chance_s[sh_b, np.maximum(i - sh_a, 0)])[:, None]
            ch_t = chance_t[sh_a[:, None], jc] - chance_t[sh_a[:, None], jbc]
            ai = np.maximum(sh_a - 1, 0)[:, None]
            covered = cov_s[ai, sh_b[:, None], k[None, :]] + cov_t[ai, sh_b[:, None], k[None, :]]
            room = n_s + n_t - ch_s - ch_t
            lexical = np.where(room > 0, (covered - ch_s - ch_t) / np.where(room > 0, room, 1.0), 0.0)
            cost = np.where(
                real[:, None],
                _length_cost(ls, lt, model) + LEXICAL_WEIGHT * size[:, None] * (1.0 - lexical),
                0.0,
            ) + merge[:, None]
            prev_k = lo[i] + k[None, :] - sh_b[:, None] - row_lo[(i - sh_a) % (maxa + 1)][:, None]
            ok &= (prev_k >= 0) & (prev_k < width)
            prev = rows[((i - sh_a) % (maxa + 1))[:, None], np.clip(prev_k, 0, width - 1)]
            total = np.where(ok, prev + cost, np.inf)
            best = np.argmin(total, axis=0)
            cur = total[best, k]
            back[i] = best
            counts.pop(i - maxa, None)
        if inserts:
            step = NULL_COST
            shifted = np.minimum.accumulate(np.where(valid, cur, np.inf) - k * step) + k * step
            took = shifted < cur - 1e-9
            back[i, took] = insert_index
            cur = np.where(valid, shifted, np.inf)
        rows[i % (maxa + 1)] = cur
        row_lo[i % (maxa + 1)] = lo[i]

    if not np.isfinite(rows[n % (maxa + 1)][m - lo[n]]):
        raise AlignError("no alignment found within the search band")
    path = [(n, m)]
    i, jj = n, m
    all_shapes = many + [(0, 1)]
    while i > 0 or jj > 0:
        a, b = all_shapes[back[i, jj - lo[i]]]
        i, jj = i - a, jj - b
        path.append((i, jj))
    path.reverse()
    return path


def _pair_counts(p, lo, width, pad, n, m, s_tokens, t_tokens, ev: _Evidence, images: dict[int, frozenset[str]]):
    """Matched keys of source sentence p against each target sentence it may meet in the band.

    ``images`` caches the target sentences' images over the moving band.
    """
    start = max(0, lo[p + 1] - pad)
    stop = min(m, lo[min(n, p + 4)] + width)
    for q in [q for q in images if q < start]:
        del images[q]
    s_toks = s_tokens[p]
    if not s_toks:
        zeros = np.zeros(max(stop - start, 0))
        return (zeros, zeros), start
    for q in range(start, stop):
        if q not in images:
            images[q] = ev.tgt_image(t_tokens[q])
    image = ev.src_image(s_toks)
    ms = np.fromiter((len(s_toks & images[q]) for q in range(start, stop)), dtype=np.float64)
    mt = np.fromiter((len(image & t_tokens[q]) for q in range(start, stop)), dtype=np.float64)
    return (ms, mt), start


# --------------------------------------------------------------------------- beads


def _beads(path, s: _Side, t: _Side, ev: _Evidence, model: _LengthModel) -> list[SentenceBead]:
    beads = []
    for (i0, j0), (i1, j1) in zip(path, path[1:]):
        src_ids, tgt_ids = tuple(range(i0, i1)), tuple(range(j0, j1))
        beads.append(SentenceBead(src_ids, tgt_ids, _bead_score(src_ids, tgt_ids, s, t, ev, model)))
    return beads


def _bead_score(src_ids, tgt_ids, s: _Side, t: _Side, ev: _Evidence, model: _LengthModel) -> float:
    """Confidence of one bead: mean of the length probability and the chance-corrected word coverage."""
    if not src_ids or not tgt_ids:
        return 0.0
    ls = float(s.lengths[list(src_ids)].sum())
    lt = float(t.lengths[list(tgt_ids)].sum())
    p_len = float(math.exp(-_length_cost(np.array([ls]), np.array([lt]), model)[0]))
    s_toks = frozenset().union(*(s.tokens[i] for i in src_ids))
    t_toks = frozenset().union(*(t.tokens[j] for j in tgt_ids))
    if not s_toks and not t_toks:
        return p_len
    s_img, t_img = ev.src_image(s_toks), ev.tgt_image(t_toks)
    chance = min(len(s_toks), sum(ev.src_chance[list(src_ids)]) * len(tgt_ids)) + min(
        len(t_toks), sum(ev.tgt_chance[list(tgt_ids)]) * len(src_ids)
    )
    room = len(s_toks) + len(t_toks) - chance
    covered = len(s_toks & t_img) + len(t_toks & s_img)
    lexical = (covered - chance) / room if room > 0 else 0.0
    return float(min(1.0, max(0.0, 0.5 * p_len + 0.5 * max(0.0, lexical))))
