"""Build a multilingual glossary from segmented language versions of UN documents."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import PurePath
from typing import Sequence

from aligner.errors import GlossaryError
from aligner.model import Alignment, Segmentation
from glossary.equivalents import AlignedSegment, Lexicon, pair_terms, reference_words
from glossary.extract import extract_candidates
from glossary.model import Entry
from glossary.reference import load_reference

__all__ = ["build_glossary", "aligned_segments", "alignment_segments", "group_versions", "load_reference"]


def build_glossary(documents: Sequence[Segmentation] = (), *, alignments: Sequence[Alignment] = (),
                   reference: Sequence[Entry] | None = None, min_freq: int = 2, pivot: str = "zh",
                   lexicon: Lexicon | None = None) -> list[Entry]:
    """Glossary entries (pivot term and its equivalents) found in aligned language versions.

    ``documents`` are segmented language versions; versions of the same
    document (see :func:`group_versions`) are aligned on their unit ids.
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
    for group in group_versions(documents):
        segments.extend(aligned_segments(group))
    for alignment in alignments:
        segments.extend(alignment_segments(alignment))
    langs = _languages(segments)
    if not segments or len(langs) < 2:
        raise GlossaryError("a glossary needs at least two language versions of a document")
    if pivot not in langs:
        raise GlossaryError(f"pivot language {pivot!r} is not among the versions given ({', '.join(sorted(langs))})")
    user_words = reference_words(reference, "zh")
    candidates = {}
    for lang in [pivot] + sorted(langs - {pivot}):
        texts = [s.texts[lang] for s in segments if s.texts.get(lang)]
        candidates[lang] = extract_candidates(texts, lang, min_freq=1, user_words=user_words if lang == "zh" else ())
    return pair_terms(segments, candidates, pivot=pivot, lexicon=lexicon, reference=reference, min_freq=min_freq)


def _languages(segments: Sequence[AlignedSegment]) -> set[str]:
    return {lang for s in segments for lang, text in s.texts.items() if text}


def group_versions(documents: Sequence[Segmentation]) -> list[list[Segmentation]]:
    """Language versions of the same document, grouped by name with the language code left out.

    ``res-11-1.zh.txt`` and ``res-11-1.en.txt`` (or ``untoc/zh`` and ``untoc/en``) form
    one group. When every document has its own language, they are one group whatever
    their names.
    """
    docs = list(documents)
    if len({d.lang for d in docs}) == len(docs):
        return [docs] if docs else []
    groups: dict[str, list[Segmentation]] = defaultdict(list)
    for doc in docs:
        groups[_stem(doc)].append(doc)
    for name, group in groups.items():
        if len({d.lang for d in group}) != len(group):
            raise GlossaryError(f"two {group[0].lang} versions of document {name!r}: give each document's versions once")
    return list(groups.values())


def _stem(doc: Segmentation) -> str:
    name = doc.document.path or doc.document.name or doc.lang
    parts = re.split(r"[/\\._\-\s]+", str(PurePath(name).with_suffix("")) if doc.document.path else name)
    return "-".join(p.lower() for p in parts if p and p.lower() != doc.lang)


def aligned_segments(versions: Sequence[Segmentation]) -> list[AlignedSegment]:
    """Units of one document's language versions joined on their unit ids, in the first version's order.

    A unit whose versions have the same number of sentences in every language gives one
    segment per sentence; otherwise the whole unit is one segment.
    """
    if not versions:
        return []
    by_lang = {v.lang: v for v in versions}
    order: list[str] = []
    for version in versions:
        for unit in version.units:
            if unit.id not in order:
                order.append(unit.id)
    name = _stem(versions[0]) or versions[0].document.name
    segments = []
    for unit_id in order:
        units = {lang: v.get(unit_id) for lang, v in by_lang.items()}
        units = {lang: u for lang, u in units.items() if u is not None and u.text.strip()}
        if len(units) < 2:
            continue
        sizes = {len(u.sentences) for u in units.values()}
        if len(sizes) == 1 and sizes.pop() > 1:
            count = len(next(iter(units.values())).sentences)
            for number in range(count):
                segments.append(AlignedSegment({lang: u.sentences[number] for lang, u in units.items()},
                                               name, unit_id))
        else:
            segments.append(AlignedSegment({lang: u.text for lang, u in units.items()}, name, unit_id))
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
        segments.append(AlignedSegment(texts, name, unit))
    return segments
