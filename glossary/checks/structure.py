"""Structure rules: units present in one language version and not in another.

Both rules read the unit alignments the runner made between versions of the
same document (pivot first): a pivot unit the aligner could not match in
version X is ``missing-unit`` in X; a unit of X with no pivot counterpart is
``extra-unit`` in X. A masthead never counts: its lines follow each version's
printed layout (an organ's name over two lines in one, four in another). A
published version's cover (the front matter above the first unit both
versions share) and its table of contents count only where both versions
were given with theirs. This module also holds the small helpers the other
consistency rules share: finding the segmentations behind an alignment and
building locations.
"""

from __future__ import annotations

from typing import Iterator, Mapping, Sequence

from aligner.model import Alignment, Bead, Segmentation, Unit
from glossary.checks.model import CheckContext, Finding, Location
from glossary.checks.registry import rule
from glossary.checks.typography import excerpt


def document_name(seg: Segmentation) -> str:
    """The name a report shows for a document (its name, else its path, else its language)."""
    return seg.document.name or seg.document.path or seg.document.lang


def location(seg: Segmentation, unit: Unit, start: int = -1, end: int = -1) -> Location:
    """Where ``unit.text[start:end]`` of ``seg`` is; the whole unit when no span is given."""
    if start < 0:
        shown = unit.text if len(unit.text) <= 60 else unit.text[:59] + "…"
        return Location(document_name(seg), seg.lang, unit.id, -1, -1, shown.replace("\n", " "))
    return Location(document_name(seg), seg.lang, unit.id, start, end, excerpt(unit.text, start, end))


def versions(ctx: CheckContext) -> Iterator[tuple[Alignment, Mapping[str, Segmentation]]]:
    """Each alignment of the context with the segmentation of each of its languages."""
    for alignment in ctx.alignments:
        segs: dict[str, Segmentation] = {}
        for lang in alignment.languages:
            name = alignment.names.get(lang)
            match = [s for s in ctx.documents if s.lang == lang and (name is None or document_name(s) == name)]
            if match:
                segs[lang] = match[0]
        if len(segs) == len(alignment.languages):
            yield alignment, segs


def bead_units(bead: Bead, lang: str, seg: Segmentation) -> list[Unit]:
    """The units of ``seg`` that ``bead`` holds for ``lang``."""
    units = (seg.get(uid) for uid in bead.ids.get(lang, ()))
    return [u for u in units if u is not None]


def has_flag(bead: Bead, flag: str, lang: str, pivot: str) -> bool:
    """True when ``bead`` carries ``flag`` for version ``lang`` (``lang:flag`` in a merged alignment)."""
    return f"{lang}:{flag}" in bead.flags or (flag in bead.flags and len(bead.ids) == 2 and lang != pivot)


def _without_cover(units: list[Unit], this: Segmentation, other: Segmentation, above_shared: bool) -> list[Unit]:
    """``units`` of ``this`` version less its masthead, whose lines follow the version's printed layout, and less
    its cover where the ``other`` version was given without it, or with less of it (a text file next to a published
    PDF, say): above the first unit both versions share (``above_shared``), its cover lines (session, agenda item)
    and the other front matter printed with them. A cover missing there is no unit missing from the document."""
    missing = (_cover_kinds(this) - _cover_kinds(other)) | {_MASTHEAD}
    front = _FRONT_MATTER if missing else _COVER_LINES
    if any(u.kind == _CONTENTS for u in units) and not any(u.kind == _CONTENTS for u in other.units):
        missing |= {_CONTENTS}  # a table of contents, laid out for the published document as its cover is
    return [u for u in units if u.kind not in missing and not (above_shared and u.kind in front)]


#: Kinds of the units a published document opens with: its masthead, then its cover lines.
_MASTHEAD = "masthead"
_COVER = frozenset({_MASTHEAD, "cover"})
#: Kinds of the front matter a published document prints above its own text: its cover lines, and titles, symbols
#: or headings between them and the text.
_COVER_LINES = frozenset({"cover"})
_FRONT_MATTER = _COVER_LINES | {"title", "symbol", "heading"}
#: The kind of the units of a table of contents, compared only where both versions have one.
_CONTENTS = "contents"


def _cover_kinds(seg: Segmentation) -> set[str]:
    """The kinds of cover unit that open ``seg`` (a cover opens the document)."""
    kinds: set[str] = set()
    for unit in seg.units:
        if unit.kind not in _COVER:
            break
        kinds.add(unit.kind)
    return kinds


def _with_shared(alignment: Alignment) -> Iterator[tuple[Bead, set[str]]]:
    """Each bead of ``alignment``, with the versions that share a unit with the pivot in it or a bead before it."""
    pivot, shared = alignment.languages[0], set()
    for bead in alignment.beads:
        if bead.ids.get(pivot):
            shared.update(lang for lang in alignment.languages[1:] if bead.ids.get(lang))
        yield bead, shared


def _summary(units: Sequence[Unit]) -> str:
    return ", ".join(u.id for u in units)


@rule("missing-unit", severity="error", summary="A unit of the pivot version has no counterpart in another language version")
def missing_unit(ctx: CheckContext) -> list[Finding]:
    findings = []
    for alignment, segs in versions(ctx):
        pivot = alignment.languages[0]
        for bead, shared in _with_shared(alignment):
            missing_in = [lang for lang in alignment.languages[1:]
                          if not bead.ids.get(lang) and has_flag(bead, "missing-in-target", lang, pivot)]
            source = bead_units(bead, pivot, segs[pivot]) if missing_in else []
            if not source:
                continue
            for lang in missing_in:
                units = _without_cover(source, segs[pivot], segs[lang], lang not in shared)
                if not units:
                    continue
                target = document_name(segs[lang])
                findings.append(Finding(
                    rule="missing-unit",
                    severity="error",
                    message=f"{_summary(units)} of the {pivot} version has no counterpart in the {lang} version ({target})",
                    locations=tuple(location(segs[pivot], u) for u in units),
                    suggestion=f"translate {_summary(units)} into {lang}, or check that the {lang} file is complete",
                    evidence=(("missing in", f"{lang} ({target})"), ("pivot units", _summary(units))),
                ))
    return findings


@rule("extra-unit", severity="warning", summary="A language version has a unit with no counterpart in the pivot version")
def extra_unit(ctx: CheckContext) -> list[Finding]:
    findings = []
    for alignment, segs in versions(ctx):
        pivot = alignment.languages[0]
        for bead, shared in _with_shared(alignment):
            if bead.ids.get(pivot):
                continue
            for lang in alignment.languages[1:]:
                extra = _without_cover(bead_units(bead, lang, segs[lang]), segs[lang], segs[pivot], lang not in shared)
                if not extra or not has_flag(bead, "missing-in-source", lang, pivot):
                    continue
                findings.append(Finding(
                    rule="extra-unit",
                    severity="warning",
                    message=f"{_summary(extra)} of the {lang} version has no counterpart in the {pivot} version "
                            f"({document_name(segs[pivot])})",
                    locations=tuple(location(segs[lang], u) for u in extra),
                    suggestion=f"remove the unit from the {lang} version, or add it to the other versions",
                    evidence=(("only in", f"{lang} ({document_name(segs[lang])})"), ("units", _summary(extra))),
                ))
    return findings
