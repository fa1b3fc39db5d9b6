"""Build a multilingual glossary from segmented language versions of UN documents."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from aligner.align import align_documents, is_structured, unit_sentences
from aligner.errors import GlossaryError
from aligner.model import Alignment, Segmentation
from aligner.tokens import in_simplified_characters, traditional_as_in
from glossary.equivalents import AlignedSegment, Lexicon, pair_terms, reference_words
from glossary.extract import extract_candidates
from glossary.model import Entry
from glossary.versions import document_stem, group_versions
from glossary.reference import load_reference

__all__ = ["build_glossary", "aligned_segments", "alignment_segments", "document_versions", "load_reference",
           "without_boilerplate"]


def build_glossary(documents: Sequence[Segmentation] = (), *, alignments: Sequence[Alignment] = (),
                   reference: Sequence[Entry] | None = None, min_freq: int = 2, pivot: str = "zh",
                   lexicon: Lexicon | None = None) -> list[Entry]:
    """Glossary entries (pivot term and its equivalents) found in aligned language versions.

    ``documents`` are segmented language versions; versions of the same
    document (see :func:`document_versions`) are aligned on their unit ids,
    or by the aligner when they have no UN structure.
    ``alignments`` are unit or sentence alignments made elsewhere, used as they
    are. Terms are extracted from every language, paired with the pivot
    language's terms, and kept when seen at least ``min_freq`` times (rarer
    pairs only when the dictionary explains them fully or both texts mark them
    as terms). ``reference`` entries found in the text come first, marked
    ``source="reference"``, with the reference's preferred terms.
    """
    if min_freq < 1:
        raise GlossaryError(f"minimum frequency must be at least 1, not {min_freq}")
    segments: list[AlignedSegment] = []
    for group in document_versions(documents):
        segments.extend(aligned_segments(group))
    for alignment in alignments:
        segments.extend(alignment_segments(alignment))
    langs = _languages(segments)
    if not segments or len(langs) < 2:
        raise GlossaryError("a glossary needs at least two language versions of a document")
    if pivot not in langs:
        raise GlossaryError(f"pivot language {pivot!r} is not among the versions given ({', '.join(sorted(langs))})")
    written = [s.texts.get("zh", "") for s in segments]
    segments = _in_simplified_characters(segments)
    as_written = _as_written([s.texts.get("zh", "") for s in segments], written)
    user_words = reference_words(reference, "zh")
    candidates = {}
    for lang in [pivot] + sorted(langs - {pivot}):
        texts = [s.texts[lang] for s in segments if s.texts.get(lang)]
        candidates[lang] = extract_candidates(texts, lang, min_freq=1, user_words=user_words if lang == "zh" else ())
    entries = pair_terms(segments, candidates, pivot=pivot, lexicon=lexicon, reference=reference, min_freq=min_freq)
    return [_in_traditional_characters(entry, as_written) for entry in entries] if as_written else entries


def _in_simplified_characters(segments: list[AlignedSegment]) -> list[AlignedSegment]:
    """``segments`` with their Chinese in Simplified characters where it is written in Traditional ones."""
    texts = in_simplified_characters([s.texts.get("zh", "") for s in segments])
    return [replace(s, texts={**s.texts, "zh": text}) if s.texts.get("zh") else s for s, text in zip(segments, texts)]


def _as_written(simplified: Sequence[str], written: Sequence[str]) -> Callable[[str], str] | None:
    """How the Chinese texts ``written`` in Traditional characters write a piece of their ``simplified`` form: the
    characters of the same place in them (their most frequent form, where several places have it), so that variants
    stay the document's own (為, not OpenCC's 爲); for a piece found in none, OpenCC's conversion with the variants
    the texts use (:func:`aligner.tokens.traditional_as_in`). None when no text is written in Traditional
    characters."""
    if not any(s != w for s, w in zip(simplified, written)):
        return None
    pairs = [(s, w) for s, w in zip(simplified, written) if s != w and len(s) == len(w)]
    every = "".join(w for s, w in zip(simplified, written) if s != w)

    @lru_cache(maxsize=None)
    def as_written(piece: str) -> str:
        forms: Counter[str] = Counter()
        for s, w in pairs:
            start = s.find(piece)
            while start >= 0:
                forms[w[start:start + len(piece)]] += 1
                start = s.find(piece, start + 1)
        return forms.most_common(1)[0][0] if forms else traditional_as_in(piece, every)

    return lambda text: "…".join(as_written(piece) if piece else piece for piece in text.split("…"))


def _in_traditional_characters(entry: Entry, as_written: Callable[[str], str]) -> Entry:
    """``entry`` with its Chinese terms and their contexts (``as_written``), for a glossary of documents written in
    Traditional characters."""
    terms = tuple(replace(term, text=as_written(term.text), abbreviation_of=as_written(term.abbreviation_of),
                          contexts=tuple(replace(c, snippet=as_written(c.snippet)) for c in term.contexts))
                  for term in entry.terms.get("zh", ()))
    return replace(entry, terms={**entry.terms, "zh": terms}) if terms else entry


def _languages(segments: Sequence[AlignedSegment]) -> set[str]:
    return {lang for s in segments for lang, text in s.texts.items() if text}


def document_versions(documents: Sequence[Segmentation]) -> list[list[Segmentation]]:
    """The language versions of each document a glossary is built from.

    When every document has its own language they are one document's
    versions, whatever their names; otherwise they are grouped by
    :func:`glossary.versions.group_versions`, and two versions in one language
    of the same document raise GlossaryError (which to use is the user's call).
    """
    docs = list(documents)
    if len({d.lang for d in docs}) == len(docs):
        return [docs] if docs else []
    seen: set[tuple[str, str]] = set()
    for doc in docs:
        key = (document_stem(doc), doc.lang)
        if key[0] and key in seen:
            raise GlossaryError(f"two {doc.lang} versions of document {key[0]!r}: give each document's versions once")
        seen.add(key)
    return group_versions(docs)


#: Kinds of unit that give no segment: a masthead's and a cover's lines are the Organization's boilerplate (its
#: name, the organ, the session, "Agenda item 3"), a table of contents repeats the headings below it, a
#: signature holds a name and titles, and an annex's or appendix's heading its number ("Annex I") or the
#: letter it is annexed to, which the letter's heading names already.
_NOT_TEXT = frozenset({"masthead", "cover", "contents", "signature", "annex", "appendix"})


def without_boilerplate(alignment: Alignment, versions: Sequence[Segmentation]) -> Alignment:
    """``alignment`` of ``versions`` (at unit or sentence level) without the beads that hold a unit that gives no
    glossary segment: a masthead, a cover, a table of contents, a signature, an annex's heading."""
    left_out = {(seg.lang, uid) for seg in versions for unit in seg.units if unit.kind in _NOT_TEXT
                for uid in (unit.id, *(sentence_id for sentence_id, _ in unit_sentences(unit)))}
    if not left_out:
        return alignment
    beads = tuple(bead for bead in alignment.beads
                  if not any((lang, uid) in left_out for lang, ids in bead.ids.items() for uid in ids))
    return replace(alignment, beads=beads)


def aligned_segments(versions: Sequence[Segmentation]) -> list[AlignedSegment]:
    """Units of one document's language versions joined on their unit ids, in the first version's order.

    A unit whose versions have the same number of sentences in every language gives one
    segment per sentence; otherwise the whole unit is one segment. A masthead, a cover and a table of
    contents give none.
    Versions without UN structure (paragraphs numbered by their place) are aligned sentence
    by sentence instead.
    """
    if not versions:
        return []
    name = document_stem(versions[0]) or versions[0].document.name
    if len(versions) >= 2 and not all(is_structured(v) for v in versions):
        # paragraphs numbered by their place pair up only where no version splits or joins one: align them
        alignment = align_documents(list(versions), pivot=versions[0].lang, level="sentence")
        return alignment_segments(without_boilerplate(alignment, versions), name)
    by_lang = {v.lang: v for v in versions}
    order = dict.fromkeys(unit.id for version in versions for unit in version.units)
    names = {lang: v.document.name or v.document.path or "" for lang, v in by_lang.items()}
    segments = []
    for unit_id in order:
        units = {lang: v.get(unit_id) for lang, v in by_lang.items()}
        units = {lang: u for lang, u in units.items() if u is not None and u.text.strip()}
        if len(units) < 2 or any(u.kind in _NOT_TEXT for u in units.values()):
            continue
        sizes = {len(u.sentences) for u in units.values()}
        if len(sizes) == 1 and sizes.pop() > 1:
            count = len(next(iter(units.values())).sentences)
            for number in range(count):
                segments.append(AlignedSegment({lang: u.sentences[number] for lang, u in units.items()},
                                               name, unit_id, names))
        else:
            segments.append(AlignedSegment({lang: u.text for lang, u in units.items()}, name, unit_id, names))
    return segments


def alignment_segments(alignment: Alignment, document: str = "") -> list[AlignedSegment]:
    """The beads of an alignment as aligned segments (languages with text only)."""
    name = document or next(iter(alignment.names.values()), "") if alignment.names else document
    segments = []
    for bead in alignment.beads:
        texts = {lang: text for lang, text in bead.texts.items() if text and text.strip()}
        if len(texts) < 2:
            continue
        unit = next((ids[0] for ids in bead.ids.values() if ids), "")
        segments.append(AlignedSegment(texts, name, unit, alignment.names))
    return segments
