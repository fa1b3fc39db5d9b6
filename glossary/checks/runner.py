"""Run the consistency checks on a set of documents: group versions, align them, apply the rules.

The files may be several documents in one language, several language
versions of one document, or both. Versions of the same document are
recognised by their names (the same name once the language code is left out)
or, failing that, by their structure: different languages and at least
:data:`SAME_STRUCTURE` of their structural unit ids shared. Each group of
versions is aligned unit by unit on the pivot language.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from typing import Collection, Iterable, Iterator, Sequence

from aligner.errors import HexalignError
from aligner.model import Alignment, Bead, Segmentation, Unit
from glossary.checks import numbers, structure, terms, typography  # noqa: F401 - the rule modules register themselves
from glossary.checks.model import SEVERITIES, CheckContext, Finding, SharedWork
from glossary.checks.registry import RULES
from glossary.model import Entry

#: How versions are aligned: the unit aligner, or joined on identical unit ids when they have them (fast path).
ALIGNMENT_MODES: tuple[str, ...] = ("full", "structure")

#: Share of structural unit ids two documents must have in common to be taken as versions of one document.
SAME_STRUCTURE = 0.8


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
    alignments = tuple(align_group(group, pivot, alignment, shared) for group in groups if len(group) > 1)
    entries = tuple(glossary)
    if extract and any(r in terms.TERM_RULES for r in selected):
        entries += tuple(terms.extracted_entries(docs))
    ctx = CheckContext(documents=tuple(docs), alignments=alignments, reference=tuple(reference), glossary=entries,
                       shared=shared)
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
    and term look-ups) is worked out once for all the drafts.
    """
    shared = SharedWork(tuple(against))
    reference, glossary = tuple(reference), tuple(glossary)
    for draft in drafts:
        yield run_checks([draft, *against], reference=reference, glossary=glossary, rules=rules, pivot=pivot,
                         extract=extract, alignment=alignment, shared=shared)


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


def align_group(group: Sequence[Segmentation], pivot: str, mode: str = "full", shared: SharedWork | None = None) -> Alignment:
    """Unit alignment of the versions of one document on ``pivot`` (the first version when absent).

    ``shared`` holds the work on documents several runs have in common.
    """
    from aligner.align import align_documents

    if mode == "structure" and len({tuple(u.id for u in seg.units) for seg in group}) == 1:
        return join_on_ids(group, pivot, shared)
    return align_documents(list(group), pivot=pivot)


def join_on_ids(group: Sequence[Segmentation], pivot: str, shared: SharedWork | None = None) -> Alignment:
    """The alignment of versions with the same unit ids: one bead per id (flags: number mismatches only)."""
    from aligner.align import NUMBER_KINDS
    from aligner.anchors import compare_anchors

    work = shared if shared is not None else SharedWork()
    ordered = sorted(group, key=lambda s: s.lang != pivot)
    first = ordered[0]
    keys = {id(seg): work.once("number-keys", seg, lambda seg=seg: _number_keys(seg, NUMBER_KINDS)) for seg in ordered}
    columns = {seg.lang: (work.once("units-by-id", seg, lambda seg=seg: _units_by_id(seg)), keys[id(seg)]) for seg in ordered}
    own = keys[id(first)]
    langs = tuple(columns)
    beads = []
    for unit in first.units:
        uid = unit.id
        texts: dict[str, str] = {}
        flags = []
        for lang, (units, their_keys) in columns.items():
            twin = units.get(uid)
            texts[lang] = twin.text
            if lang != first.lang and own[id(unit)] != their_keys[id(twin)] and \
                    not compare_anchors(unit.anchors, twin.anchors, kinds=NUMBER_KINDS).agree:
                flags.append(f"{lang}:number-mismatch")
        beads.append(Bead(ids=dict.fromkeys(langs, (uid,)), texts=texts, score=1.0, flags=tuple(flags)))
    return Alignment(languages=tuple(s.lang for s in ordered), beads=tuple(beads), level="unit",
                     names={s.lang: structure.document_name(s) for s in ordered})


def _units_by_id(seg: Segmentation) -> dict[str, Unit]:
    """The units of ``seg`` by id (the first one of an id, as :meth:`Segmentation.get` gives)."""
    found: dict[str, Unit] = {}
    for unit in seg.units:
        found.setdefault(unit.id, unit)
    return found


def _number_keys(seg: Segmentation, kinds: Collection[str]) -> dict[int, list[tuple[str, str]]]:
    """id of each unit of ``seg`` → its anchors of ``kinds`` (kind, value), sorted: units with the same agree on numbers."""
    return {id(unit): sorted((a.kind, a.value) for a in unit.anchors if a.kind in kinds) for unit in seg.units}


def group_versions(docs: Sequence[Segmentation]) -> list[list[Segmentation]]:
    """Documents grouped as language versions of one document, in the order given."""
    groups: list[list[Segmentation]] = []
    for doc in docs:
        home = next((g for g in groups if _joins(doc, g)), None)
        if home is None:
            groups.append([doc])
        else:
            home.append(doc)
    return groups


def _joins(doc: Segmentation, group: list[Segmentation]) -> bool:
    if any(member.lang == doc.lang for member in group):
        return False
    first = group[0]
    stem, other = _stem(doc), _stem(first)
    if stem and other:
        return stem == other
    return shared_structure(doc, first) >= SAME_STRUCTURE


def shared_structure(a: Segmentation, b: Segmentation) -> float:
    """Share of structural unit ids two documents have in common (0 for documents without UN structure)."""
    ids_a = {u.id for u in a.units if not u.id.startswith("p.")}
    ids_b = {u.id for u in b.units if not u.id.startswith("p.")}
    if not ids_a or not ids_b:
        return 0.0
    return len(ids_a & ids_b) / max(len(ids_a), len(ids_b))


_FILE_TYPES = frozenset({"txt", "text", "docx", "doc", "odt", "rtf", "pdf", "html", "htm", "xml", "md", "tmx", "xliff"})


def _stem(seg: Segmentation) -> str:
    """The document's file name with its language code left out (``res-11-1.zh.txt`` → ``res-11-1``).

    A file named after its language only (``untoc/zh.txt``) takes its folder's
    name; "" when the name has no language code.
    """
    name = (seg.document.path or seg.document.name or "").replace("\\", "/")
    folders = [p for p in name.split("/") if p]
    if not folders:
        return ""

    def words(part: str) -> list[str]:
        found = [w.lower() for w in re.split(r"[._\-\s]+", part) if w]
        return found[:-1] if len(found) > 1 and found[-1] in _FILE_TYPES else found

    parts = words(folders[-1])
    kept = [p for p in parts if p != seg.lang]
    if len(kept) == len(parts) and not (len(folders) > 1 and folders[-2].lower() == seg.lang):
        return ""
    if not kept and len(folders) > 1:
        kept = words(folders[-2])
    elif len(kept) == len(parts) and len(folders) > 1 and folders[-2].lower() == seg.lang:
        return "-".join(kept)  # zh/res-11-1.txt
    return "-".join(kept)


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
