"""Run the consistency checks on a set of documents: group versions, align them, apply the rules.

The files may be several documents in one language, several language
versions of one document, or both. Versions of the same document are
recognised by :func:`glossary.versions.group_versions` and each group is
aligned unit by unit on the pivot language.
"""

from __future__ import annotations

import dataclasses
import gc
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Collection, Iterable, Iterator, Sequence

from aligner.errors import HexalignError
from aligner.model import Alignment, Bead, Segmentation
from glossary.checks import numbers, structure, terms, typography  # noqa: F401 - the rule modules register themselves
from glossary.checks.model import SEVERITIES, CheckContext, Finding, SharedWork
from glossary.checks.registry import RULES
from glossary.model import Entry
from glossary.versions import group_versions

#: How versions are aligned: the unit aligner, or joined on identical unit ids when they have them (fast path).
ALIGNMENT_MODES: tuple[str, ...] = ("full", "structure")


@dataclass(frozen=True)
class CheckResult:
    """The findings of a check run, worst first, and the context the rules saw (for the report)."""

    findings: tuple[Finding, ...]
    context: CheckContext
    groups: tuple[tuple[str, ...], ...] = ()  # names of the documents taken as versions of one document

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(f.severity for f in self.findings)
        return {s: found[s] for s in SEVERITIES}

    def reaches(self, severity: str) -> bool:
        """True when some finding is at least as severe as ``severity`` (``error`` > ``warning`` > ``info``)."""
        if severity not in SEVERITIES:
            raise HexalignError(f"unknown severity {severity!r}: use {', '.join(SEVERITIES)}")
        worst = SEVERITIES.index(severity)
        return any(SEVERITIES.index(f.severity) <= worst for f in self.findings if f.severity in SEVERITIES)


def resolve_rules(rules: Collection[str] | None) -> list[str]:
    """The rule ids to run (all registered ones when ``rules`` is None); unknown ids raise HexalignError."""
    if rules is None:
        return sorted(RULES)
    wanted = [r.strip() for r in rules if r.strip()]
    unknown = [r for r in wanted if r not in RULES]
    if unknown:
        raise HexalignError(f"unknown rule(s) {', '.join(unknown)}; known rules: {', '.join(sorted(RULES))}")
    if not wanted:
        raise HexalignError(f"no rule selected; known rules: {', '.join(sorted(RULES))}")
    return list(dict.fromkeys(wanted))


def run_checks(
    segmentations: Sequence[Segmentation],
    *,
    reference: Sequence[Entry] = (),
    glossary: Sequence[Entry] = (),
    rules: Collection[str] | None = None,
    pivot: str = "zh",
    extract: bool = True,
    alignment: str = "full",
    shared: SharedWork | None = None,
) -> CheckResult:
    """Check ``segmentations`` with the selected rules (all by default) and return the sorted findings.

    ``reference`` is the reference glossary whose preferred terms win;
    ``glossary`` further entries (a termbase). With ``extract``, term
    candidates extracted from the documents join the term forms compared.
    ``alignment`` is ``full`` (the unit aligner) or ``structure`` (the fast
    path: versions whose unit ids are all the same are joined on their ids,
    others aligned in full). ``shared`` holds the work on documents several
    runs have in common (see :func:`check_each`).
    """
    if alignment not in ALIGNMENT_MODES:
        raise HexalignError(f"unknown alignment mode {alignment!r}: use {' or '.join(ALIGNMENT_MODES)}")
    selected = resolve_rules(rules)
    if not segmentations:
        raise HexalignError("no document to check")
    docs = _unique_names(segmentations)
    groups = group_versions(docs)
    shared = shared if shared is not None else SharedWork()
    scratch: dict = {}  # the work of this run the rules share (see CheckContext.once)
    alignments = tuple(align_group(group, pivot, alignment, shared, scratch) for group in groups if len(group) > 1)
    entries = tuple(glossary)
    if extract and any(r in terms.TERM_RULES for r in selected):
        entries += tuple(terms.extracted_entries(docs))
    ctx = CheckContext(documents=tuple(docs), alignments=alignments, reference=tuple(reference), glossary=entries,
                       shared=shared, scratch=scratch)
    findings: list[Finding] = []
    for rule_id in selected:
        findings.extend(RULES[rule_id].run(ctx))
    return CheckResult(
        findings=tuple(sorted(findings, key=_sort_key)),
        context=ctx,
        groups=tuple(tuple(structure.document_name(s) for s in g) for g in groups),
    )


def check_each(
    drafts: Iterable[Segmentation],
    against: Sequence[Segmentation],
    *,
    reference: Sequence[Entry] = (),
    glossary: Sequence[Entry] = (),
    rules: Collection[str] | None = None,
    pivot: str = "zh",
    extract: bool = True,
    alignment: str = "full",
) -> Iterator[CheckResult]:
    """Check each of ``drafts`` on its own with the versions ``against`` (a folder of drafts against one reference translation).

    Each result is what ``run_checks([draft, *against], ...)`` gives; what
    depends on ``against`` alone (its typography findings, its prepared texts
    and term look-ups) is worked out once for all the drafts. While the
    drafts are checked, garbage collection is tuned for the batch (see
    :func:`batch_collection`).
    """
    shared = SharedWork(tuple(against))
    reference, glossary = tuple(reference), tuple(glossary)
    with batch_collection():
        for draft in drafts:
            yield run_checks([draft, *against], reference=reference, glossary=glossary, rules=rules, pivot=pivot,
                             extract=extract, alignment=alignment, shared=shared)


#: Container objects allocated between two young-generation collections while a batch runs (Python's default: 700).
BATCH_YOUNG_THRESHOLD = 20_000


@contextmanager
def batch_collection() -> Iterator[None]:
    """Garbage collection tuned for a batch of documents checked one after the other, restored afterwards.

    What is alive when the batch starts (loaded dictionaries and models, the
    reference list, the versions checked against) lives as long as the batch,
    so it is set aside from collection instead of being scanned again and
    again; and the many small objects each document makes are collected less
    often. Objects are still freed as soon as nothing refers to them; only
    reference cycles wait for a collection.
    """
    thresholds = gc.get_threshold()
    already_frozen = gc.get_freeze_count() > 0
    gc.freeze()
    gc.set_threshold(max(thresholds[0], BATCH_YOUNG_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if not already_frozen:
            gc.unfreeze()


def merge_results(results: Sequence[CheckResult]) -> CheckResult:
    """The results of several runs as one report: every document once, a finding seen in several runs once."""
    if not results:
        raise HexalignError("no document to check")
    documents = list({id(seg): seg for r in results for seg in r.context.documents}.values())
    findings = dict.fromkeys(f for r in results for f in r.findings)
    first = results[0].context
    ctx = CheckContext(documents=tuple(documents), alignments=tuple(a for r in results for a in r.context.alignments),
                       reference=first.reference, glossary=first.glossary, shared=first.shared)
    return CheckResult(findings=tuple(sorted(findings, key=_sort_key)), context=ctx,
                       groups=tuple(g for r in results for g in r.groups))


def align_group(group: Sequence[Segmentation], pivot: str, mode: str = "full", shared: SharedWork | None = None,
                run: dict | None = None) -> Alignment:
    """Unit alignment of the versions of one document on ``pivot`` (the first version when absent).

    ``shared`` holds the work on documents several runs have in common, ``run``
    the work of this run (see :meth:`SharedWork.once`).
    """
    from aligner.align import align_documents, is_structured

    # ids numbering paragraphs by their place agree whether or not the paragraphs do
    if mode == "structure" and len({tuple(u.id for u in seg.units) for seg in group}) == 1 \
            and all(is_structured(seg) for seg in group):
        return join_on_ids(group, pivot, shared, run)
    return align_documents(list(group), pivot=pivot)


def join_on_ids(group: Sequence[Segmentation], pivot: str, shared: SharedWork | None = None,
                run: dict | None = None) -> Alignment:
    """The alignment of versions with the same unit ids: one bead per id (flags: number mismatches only)."""
    work = shared if shared is not None else SharedWork()
    ordered = sorted(group, key=lambda s: s.lang != pivot)
    first = ordered[0]
    # the number-mismatch rule's keys: equal anchors parts mean the units agree on numbers
    keys = {seg.lang: work.once("numbers-by-id", seg, lambda seg=seg: numbers.numbers_by_id(seg), run) for seg in ordered}
    langs = tuple(keys)
    beads = []
    for unit in first.units:
        uid = unit.id
        own = keys[first.lang][uid][0]
        flags = tuple(f"{lang}:number-mismatch" for lang in langs[1:] if keys[lang][uid][0] != own)
        beads.append(Bead(ids=dict.fromkeys(langs, (uid,)), texts={seg.lang: seg.get(uid).text for seg in ordered},
                          score=1.0, flags=flags))
    return Alignment(languages=langs, beads=tuple(beads), level="unit",
                     names={s.lang: structure.document_name(s) for s in ordered})


def _unique_names(docs: Sequence[Segmentation]) -> list[Segmentation]:
    """The documents, renamed after their path where two share a name (so findings can say which one)."""
    names = Counter(structure.document_name(d) for d in docs)
    result = []
    for doc in docs:
        if names[structure.document_name(doc)] > 1 and doc.document.path:
            doc = dataclasses.replace(doc, document=dataclasses.replace(doc.document, name=doc.document.path))
        result.append(doc)
    return result


def _sort_key(finding: Finding) -> tuple:
    rank = SEVERITIES.index(finding.severity) if finding.severity in SEVERITIES else len(SEVERITIES)
    first = finding.locations[0] if finding.locations else None
    return (rank, finding.rule, first.document if first else "", first.unit if first else "",
            first.start if first else -1, finding.message)
