"""Number rule: numbers, dates, article and resolution numbers, symbols and footnote markers that differ between versions.

For every aligned pair of units (pivot unit(s) and their counterpart in each
other version) the anchors the segmenter found are compared with
:func:`aligner.anchors.compare_anchors`; ordinals written as words in one
language and as digits in another compare equal. Footnote references are
compared as well. Each difference is reported once per version and bead, with
the values found only on each side.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from aligner.align import NUMBER_KINDS
from aligner.anchors import compare_anchors
from aligner.model import Anchor, Segmentation, Unit
from glossary.checks.model import CheckContext, Finding, Location
from glossary.checks.registry import rule
from glossary.checks.structure import bead_units, document_name, location, pivot_beads

#: What a translator calls each anchor kind.
KIND_NAMES: dict[str, str] = {
    "symbol": "document symbol",
    "date": "date",
    "resolution": "resolution/decision number",
    "article": "article reference",
    "ordinal": "number",
    "number": "number",
    "marker": "footnote",
}


def _values(pairs: Sequence[tuple[str, str]]) -> str:
    return ", ".join(f"{KIND_NAMES.get(kind, kind)} {value}" for kind, value in pairs)


def _spans(seg: Segmentation, units: Sequence[Unit], wanted: Counter) -> list[Location]:
    """Locations of the anchors whose (kind, value) is in ``wanted``, each value as many times as it is wanted."""
    left = Counter(wanted)
    found = []
    for unit in units:
        for anchor in unit.anchors:
            key = (_kind(anchor), anchor.value)
            if left[key] > 0 and anchor.start >= 0:
                left[key] -= 1
                found.append(location(seg, unit, anchor.start, anchor.end))
    return found


def _kind(anchor: Anchor) -> str:
    return "number" if anchor.kind == "ordinal" else anchor.kind


def _footnotes(units: Sequence[Unit]) -> Counter:
    return Counter(("marker", number) for number in _footnote_numbers(units))


def _footnote_numbers(units: Sequence[Unit]) -> list[str]:
    """The numbers of the footnotes the units refer to, sorted."""
    return sorted(ref.removeprefix("fn.") for u in units for ref in u.footnote_refs)


@rule("number-mismatch", severity="error",
      summary="Numbers, dates, article/resolution numbers, document symbols or footnotes differ between aligned units")
def number_mismatch(ctx: CheckContext) -> list[Finding]:
    findings = []
    for alignment, segs, bead, source in pivot_beads(ctx):
        pivot = alignment.languages[0]
        source_anchors = [a for u in source for a in u.anchors]
        source_notes = _footnote_numbers(source)
        for lang in alignment.languages[1:]:
            target = bead_units(bead, lang, segs[lang])
            if not target:
                continue
            comparison = compare_anchors(source_anchors, [a for u in target for a in u.anchors], kinds=NUMBER_KINDS)
            if comparison.agree and source_notes == _footnote_numbers(target):
                continue
            notes_a, notes_b = _footnotes(source), _footnotes(target)
            only_a = list(comparison.only_a) + sorted((notes_a - notes_b).elements())
            only_b = list(comparison.only_b) + sorted((notes_b - notes_a).elements())
            if not only_a and not only_b:
                continue
            places = _spans(segs[pivot], source, Counter(comparison.only_a))
            places += _spans(segs[lang], target, Counter(comparison.only_b))
            places = places or [location(segs[pivot], u) for u in source] + [location(segs[lang], u) for u in target]
            ids_a = ", ".join(u.id for u in source)
            ids_b = ", ".join(u.id for u in target)
            parts = []
            if only_a:
                parts.append(f"{_values(only_a)} only in {pivot}")
            if only_b:
                parts.append(f"{_values(only_b)} only in {lang}")
            findings.append(Finding(
                rule="number-mismatch",
                severity="error",
                message=f"{ids_a}: {'; '.join(parts)}",
                locations=tuple(places),
                suggestion=f"check the {lang} text of {ids_b} against the {pivot} original "
                           f"({document_name(segs[pivot])})",
                evidence=((f"only in {pivot}", _values(only_a) or "-"), (f"only in {lang}", _values(only_b) or "-"),
                          ("shared", str(len(comparison.shared)))),
            ))
    return findings
