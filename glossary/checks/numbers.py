"""Number rule: numbers, dates, article and resolution numbers, symbols and footnote markers that differ between versions.

For every aligned pair of units (pivot unit(s) and their counterpart in each
other version) the anchors the segmenter found are compared with
:func:`aligner.anchors.compare_anchors`; ordinals written as words in one
language and as digits in another compare equal, and so does a number in
digits on one side that the other writes in words ("45" and "Quarante-cinq",
see :mod:`aligner.numberwords`). Footnote references are
compared as well. Each difference is reported once per version and bead, with
the values found only on each side. Each unit's numbers are put in a sorted key
first, so that a bead whose sides have equal keys is passed over without
comparing its anchors.
"""

from __future__ import annotations

from collections import Counter
from typing import Mapping, Sequence

from aligner.align import NUMBER_KINDS
from aligner.anchors import compare_anchors, compared_kind, compared_values
from aligner.numberwords import not_in_words
from aligner.model import Segmentation, Unit
from glossary.checks.model import CheckContext, Finding, Location
from glossary.checks.registry import rule
from glossary.checks.structure import bead_units, document_name, location, versions

#: What a translator calls each anchor kind.
KIND_NAMES: dict[str, str] = {
    "symbol": "document symbol",
    "date": "date",
    "time": "time of day",
    "resolution": "resolution/decision number",
    "article": "article reference",
    "ordinal": "number",
    "number": "number",
    "marker": "footnote",
}


#: A side's numbers as compared: its (kind, value) anchors and its footnote numbers, each sorted.
NumberKey = tuple[tuple[tuple[str, str], ...], tuple[str, ...]]


def _values(pairs: Sequence[tuple[str, str]]) -> str:
    return ", ".join(f"{KIND_NAMES.get(kind, kind)} {value}" for kind, value in pairs)


def _spans(seg: Segmentation, units: Sequence[Unit], wanted: Counter) -> list[Location]:
    """Locations of the anchors whose (kind, value) is in ``wanted``, each value as many times as it is wanted."""
    left = Counter(wanted)
    found = []
    for unit in units:
        for anchor in unit.anchors:
            key = (compared_kind(anchor.kind), anchor.value)
            if left[key] > 0 and anchor.start >= 0:
                left[key] -= 1
                found.append(location(seg, unit, anchor.start, anchor.end))
    return found


def _footnotes(units: Sequence[Unit]) -> Counter:
    return Counter(("marker", number) for number in _footnote_numbers(units))


def _footnote_numbers(units: Sequence[Unit]) -> list[str]:
    """The numbers of the footnotes the units refer to, sorted."""
    return sorted(ref.removeprefix("fn.") for u in units for ref in u.footnote_refs)


def _numbers(ids: Sequence[str], by_id: Mapping[str, NumberKey]) -> NumberKey | None:
    """What the units ``ids`` say together: their compared anchors and their footnote numbers, each sorted
    (None when not one of them is a unit of the document)."""
    if len(ids) == 1:
        return by_id.get(ids[0])
    keys = [by_id[uid] for uid in ids if uid in by_id]
    if len(keys) <= 1:
        return keys[0] if keys else None
    return (tuple(sorted(value for key in keys for value in key[0])),
            tuple(sorted(number for key in keys for number in key[1])))


def numbers_by_id(seg: Segmentation) -> dict[str, NumberKey]:
    """Each unit id of ``seg`` → the unit's anchors as :func:`compare_anchors` compares them and its footnote
    numbers (the first unit of a repeated id): two sides whose keys (see :func:`_numbers`) are equal agree."""
    found: dict[str, NumberKey] = {}
    for u in seg.units:
        if u.id not in found:
            found[u.id] = (compared_values(u.anchors, NUMBER_KINDS),
                           tuple(_footnote_numbers((u,))) if u.footnote_refs else ())
    return found


@rule("number-mismatch", severity="error",
      summary="Numbers, dates, times, article/resolution numbers, document symbols or footnotes differ between aligned units")
def number_mismatch(ctx: CheckContext) -> list[Finding]:
    findings = []
    for alignment, segs in versions(ctx):
        pivot, others = alignment.languages[0], alignment.languages[1:]
        numbers = {lang: ctx.once("numbers-by-id", seg, lambda seg=seg: numbers_by_id(seg))
                   for lang, seg in segs.items()}
        mastheads = {lang: [u for u in seg.units if u.kind == "masthead"] for lang, seg in segs.items()}
        for lang in others:  # each masthead as a whole: its lines follow the version's printed layout
            if mastheads[pivot] and mastheads[lang] and \
                    _numbers([u.id for u in mastheads[pivot]], numbers[pivot]) != \
                    _numbers([u.id for u in mastheads[lang]], numbers[lang]):
                findings += _mismatch(segs, pivot, mastheads[pivot], lang, mastheads[lang])
        in_masthead = {u.id for units in mastheads.values() for u in units}
        for bead in alignment.beads:
            if any(uid in in_masthead for ids in bead.ids.values() for uid in ids):
                continue
            source = _numbers(bead.ids.get(pivot, ()), numbers[pivot])
            if source is None:
                continue
            for lang in others:
                target = _numbers(bead.ids.get(lang, ()), numbers[lang])
                if target is not None and target != source:
                    findings += _mismatch(segs, pivot, bead_units(bead, pivot, segs[pivot]),
                                          lang, bead_units(bead, lang, segs[lang]))
    return findings


def _mismatch(segs: Mapping[str, Segmentation], pivot: str, source: Sequence[Unit], lang: str,
              target: Sequence[Unit]) -> list[Finding]:
    """The finding on pivot units ``source`` and their counterpart ``target`` in ``lang``, whose numbers differ."""
    source_anchors = [a for u in source for a in u.anchors]
    comparison = compare_anchors(source_anchors, [a for u in target for a in u.anchors], kinds=NUMBER_KINDS)
    numbers_a = not_in_words(comparison.only_a, " ".join(u.text for u in target), lang)
    numbers_b = not_in_words(comparison.only_b, " ".join(u.text for u in source), pivot)
    notes_a, notes_b = _footnotes(source), _footnotes(target)
    only_a = numbers_a + sorted((notes_a - notes_b).elements())
    only_b = numbers_b + sorted((notes_b - notes_a).elements())
    if not only_a and not only_b:
        return []
    places = _spans(segs[pivot], source, Counter(numbers_a))
    places += _spans(segs[lang], target, Counter(numbers_b))
    places = places or [location(segs[pivot], u) for u in source] + [location(segs[lang], u) for u in target]
    ids_a = ", ".join(u.id for u in source)
    ids_b = ", ".join(u.id for u in target)
    parts = []
    if only_a:
        parts.append(f"{_values(only_a)} only in {pivot}")
    if only_b:
        parts.append(f"{_values(only_b)} only in {lang}")
    return [Finding(
        rule="number-mismatch",
        severity="error",
        message=f"{ids_a}: {'; '.join(parts)}",
        locations=tuple(places),
        suggestion=f"check the {lang} text of {ids_b} against the {pivot} original ({document_name(segs[pivot])})",
        evidence=((f"only in {pivot}", _values(only_a) or "-"), (f"only in {lang}", _values(only_b) or "-"),
                  ("shared", str(len(comparison.shared)))),
    )]
