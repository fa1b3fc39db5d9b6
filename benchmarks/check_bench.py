"""Check benchmark: throughput and precision/recall of ``hexalign check`` on injected defects.

A corpus of perturbed Chinese versions of the bundled resolution is written to
a work folder; each document gets one term defect (a reference term written
in Traditional characters, with a character dropped, or in other wording), one
number defect (a digit of a date, number or resolution number changed) and
one punctuation defect (a full-width comma or semicolon made half-width), each
in a different unit the unperturbed text has no finding in. Every document
is then read, segmented and checked against the (unperturbed) English version
with all rules and the shipped reference list.

Run from the repository root::

    .venv/bin/python benchmarks/check_bench.py [--docs 1000] [--baseline 20] [--seed 11] [--workdir DIR]

The fast path (versions with identical unit ids joined on their ids, term
candidates not extracted, every document checked on its own against the one
English version with :func:`check_each`, which works on the English version
once) runs on every document. On the first ``--baseline`` documents it runs
again, side by side with two baselines: ``run_checks`` called afresh for each
document (the English version re-analysed every time), and the full unit
alignment with term extraction (``hexalign check`` without ``--fast``).

Below the table, where the time of the fast path goes: reading, segmenting,
and checking (the runner's grouping, alignment and sorting, then each rule;
the term rules share one analysis, counted under the first of them to run).
Scoring the findings is left out of every figure.

Times are the CPU time of this process (``time.process_time``): what one core
spends on the work, whatever else the machine is running. The last rate
column is the wall-clock rate of the same run, for comparison.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import corpora  # noqa: E402
from aligner.model import Segmentation  # noqa: E402
from aligner.readers import read_document  # noqa: E402
from aligner.segment import segment  # noqa: E402
from aligner.tokens import load_opencc  # noqa: E402
from glossary.checks.model import Finding  # noqa: E402
from glossary.checks.registry import RULES  # noqa: E402
from glossary.checks.runner import check_each, run_checks  # noqa: E402
from glossary.reference import load_reference  # noqa: E402

SAMPLE = "untoc-cop-res-11-1"
#: Which rules may find each kind of defect.
FAMILIES = {
    "term": {"term-variant", "reference-deviation", "inconsistent-equivalent", "zh-traditional"},
    "number": {"number-mismatch"},
    "punct": {"zh-halfwidth-punct"},
}
#: Other wordings of a reference term that a translator might write.
WORDINGS = {"主管机关": "主管当局", "中央机关": "中央当局"}
_HAN = lambda ch: "\u4e00" <= ch <= "\u9fff"  # noqa: E731


@dataclass(frozen=True)
class Defect:
    kind: str
    unit: str
    before: str
    after: str


# --- the corpus -----------------------------------------------------------------------------------


def clean_units(zh: Segmentation, en: Segmentation, reference) -> tuple[list, set[str]]:
    """Body units of the sample with no finding at all (raw text found once in the document), and the other unit ids."""
    base = run_checks([zh, en], reference=reference, extract=True, alignment="full")
    dirty = {loc.unit for f in base.findings for loc in f.locations}
    text = zh.document.text
    return [u for u in zh.body if u.id not in dirty and u.raw and text.count(u.raw) == 1], dirty


def _term_edits(raw: str, reference, rng: random.Random) -> list[tuple[str, str]]:
    from glossary.checks.terms import simplified

    s2t = load_opencc("s2t")
    edits = []
    for entry in reference:
        term = entry.preferred("zh")
        if term is None or term.text not in raw:
            continue
        form = term.text
        traditional = s2t.convert(form)
        if traditional != form:
            edits.append((form, traditional))
        if len(form) >= 5:
            middle = [i for i in range(1, len(form) - 1) if form[i] not in "的之和" and simplified(form[i]) == form[i]]
            if middle:
                i = rng.choice(middle)
                edits.append((form, form[:i] + form[i + 1:]))
        if form in WORDINGS:
            edits.append((form, WORDINGS[form]))
    return edits


def _number_edits(unit) -> list[tuple[str, str]]:
    edits = []
    for anchor in unit.anchors:
        if anchor.kind in ("number", "date", "resolution", "article") and anchor.text in unit.raw:
            digits = [i for i, ch in enumerate(anchor.text) if ch.isdigit()]
            if digits:
                i = digits[-1]
                changed = anchor.text[:i] + str((int(anchor.text[i]) + 1) % 10) + anchor.text[i + 1:]
                edits.append((anchor.text, changed))
    return edits


def _punct_edits(raw: str) -> list[tuple[str, str]]:
    edits = []
    for i in range(1, len(raw) - 1):
        if raw[i] in "，；" and _HAN(raw[i - 1]) and _HAN(raw[i + 1]):
            edits.append((raw[i - 1:i + 2], raw[i - 1] + {"，": ",", "；": ";"}[raw[i]] + raw[i + 1]))
    return edits


def perturb(text: str, units: list, reference, rng: random.Random) -> tuple[str, list[Defect]]:
    """``text`` with one term, one number and one punctuation defect, each in its own unit."""
    defects: list[Defect] = []
    used: set[str] = set()
    for kind in ("term", "number", "punct"):
        options = []
        for unit in units:
            if unit.id in used:
                continue
            if kind == "term":
                edits = _term_edits(unit.raw, reference, rng)
            elif kind == "number":
                edits = _number_edits(unit)
            else:
                edits = _punct_edits(unit.raw)
            options.extend((unit, before, after) for before, after in edits if unit.raw.count(before) == 1)
        unit, before, after = rng.choice(options)
        new_raw = unit.raw.replace(before, after, 1)
        text = text.replace(unit.raw, new_raw, 1)
        used.add(unit.id)
        defects.append(Defect(kind, unit.id, before, after))
    return text, defects


def write_corpus(folder: Path, count: int, seed: int, zh: Segmentation, units: list, reference) -> list[tuple[Path, list[Defect]]]:
    rng = random.Random(seed)
    corpus = []
    for n in range(count):
        text, defects = perturb(zh.document.text, units, reference, rng)
        path = folder / f"doc{n:04d}" / SAMPLE / "zh.txt"  # named like the sample: a version of the same document
        path.parent.mkdir(parents=True)
        path.write_text(text, encoding="utf-8")
        corpus.append((path, defects))
    return corpus


# --- scoring -----------------------------------------------------------------------------------------


@dataclass
class Score:
    found: int = 0
    defects: int = 0
    true_findings: int = 0
    findings: int = 0
    by_kind: dict | None = None  # kind → [found, injected]
    seconds_read: float = 0.0
    seconds_segment: float = 0.0
    seconds_check: float = 0.0
    seconds_rules: dict = field(default_factory=dict)  # rule id → seconds spent in it
    seconds_wall: float = 0.0  # reading, segmenting and checking, by the wall clock
    documents: int = 0

    def add(self, findings: list[Finding], defects: list[Defect], doc_name: str, dirty: set[str]) -> None:
        """Score the findings on one document; findings only on units the sample already had findings on are left out."""
        units = {d.unit for d in defects}
        mine = [f for f in findings if any(loc.document == doc_name and (loc.unit not in dirty or loc.unit in units)
                                           for loc in f.locations)]
        self.findings += len(mine)
        self.true_findings += sum(1 for f in mine if any(loc.document == doc_name and loc.unit in units for loc in f.locations))
        self.defects += len(defects)
        self.by_kind = self.by_kind or {kind: [0, 0] for kind in FAMILIES}
        for d in defects:
            self.by_kind[d.kind][1] += 1
            if any(f.rule in FAMILIES[d.kind] and any(loc.document == doc_name and loc.unit == d.unit for loc in f.locations)
                   for f in mine):
                self.found += 1
                self.by_kind[d.kind][0] += 1

    @property
    def recall(self) -> float:
        return self.found / self.defects if self.defects else 0.0

    @property
    def precision(self) -> float:
        return self.true_findings / self.findings if self.findings else 1.0

    def rate(self, seconds: float) -> float:
        return self.documents / seconds if seconds else 0.0


def run(corpus, en: Segmentation, reference, dirty: set[str], *, alignment: str, extract: bool, each: bool) -> Score:
    """Read, segment and check every document of ``corpus`` against ``en`` (with check_each, or run_checks per document)."""
    score = Score()
    drafts: list[Segmentation] = []

    def read_and_segment():
        for path, _ in corpus:
            t0 = time.process_time()
            doc = read_document(path, lang="zh")
            t1 = time.process_time()
            seg = segment(doc)
            score.seconds_read += t1 - t0
            score.seconds_segment += time.process_time() - t1
            drafts.append(seg)
            yield seg

    options = dict(reference=reference, extract=extract, alignment=alignment)
    with timed_rules(score.seconds_rules):
        start, start_wall = time.process_time(), time.perf_counter()
        scoring_wall = 0.0
        if each:
            results = check_each(read_and_segment(), [en], **options)
        else:
            results = (run_checks([seg, en], **options) for seg in read_and_segment())
        scoring = 0.0
        for (_, defects), result in zip(corpus, results):
            t0, t0_wall = time.process_time(), time.perf_counter()
            seg = drafts.pop()  # only the document just checked is kept
            score.documents += 1
            score.add(list(result.findings), defects, seg.document.name or seg.document.path, dirty)
            scoring += time.process_time() - t0
            scoring_wall += time.perf_counter() - t0_wall
        score.seconds_check = time.process_time() - start - score.seconds_read - score.seconds_segment - scoring
        score.seconds_wall = time.perf_counter() - start_wall - scoring_wall
    return score


@contextmanager
def timed_rules(seconds: dict):
    """Every registered rule timed into ``seconds`` (rule id → seconds) while the block runs."""
    def timed(rule):
        def run(ctx):
            t0 = time.process_time()
            try:
                return rule.run(ctx)
            finally:
                seconds[rule.id] = seconds.get(rule.id, 0.0) + time.process_time() - t0
        return dataclasses.replace(rule, run=run)

    saved = dict(RULES)
    RULES.update({rule_id: timed(rule) for rule_id, rule in saved.items()})
    try:
        yield
    finally:
        RULES.update(saved)


def print_breakdown(score: Score) -> None:
    """Where the time of a run goes, in milliseconds per document."""
    n = max(1, score.documents)
    rules = sum(score.seconds_rules.values())
    rows = [("read", score.seconds_read), ("segment", score.seconds_segment),
            ("check: grouping, alignment, sorting", score.seconds_check - rules)]
    term_rules = {r: t for r, t in score.seconds_rules.items() if r in FAMILIES["term"] - {"zh-traditional"}}
    rows.append(("check: term rules (one shared analysis)", sum(term_rules.values())))
    rows += [(f"  {r}", t) for r, t in sorted(term_rules.items(), key=lambda x: -x[1])]
    others = {r: t for r, t in score.seconds_rules.items() if r not in term_rules}
    rows.append(("check: other rules", sum(others.values())))
    rows += [(f"  {r}", t) for r, t in sorted(others.items(), key=lambda x: -x[1])]
    total = score.seconds_read + score.seconds_segment + score.seconds_check
    print(f"\nwhere the time goes (fast path, all documents), CPU ms per document; total {1000 * total / n:.2f}")
    for label, seconds in rows:
        print(f"  {label:44} {1000 * seconds / n:8.2f}")
    print("  (the term rules share one analysis, counted under the first of them to run)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--baseline", type=int, default=20, help="documents checked the slow way too (0: none)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workdir", type=Path, default=None, help="folder for the generated corpus (a temporary one by default)")
    args = parser.parse_args()

    reference = load_reference()
    zh = segment(corpora.load(SAMPLE, "zh"))
    en = segment(corpora.load(SAMPLE, "en"))
    units, dirty = clean_units(zh, en, reference)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        corpus = write_corpus(Path(tmp), args.docs, args.seed, zh, units, reference)
        run(corpus[:3], en, reference, dirty, alignment="structure", extract=False, each=True)  # warm-up: models
        fast = run(corpus, en, reference, dirty, alignment="structure", extract=False, each=True)
        rows = [("fast path, all documents", fast)]
        if args.baseline:
            subset = corpus[: args.baseline]
            rows.append((f"fast path, first {len(subset)}",
                         run(subset, en, reference, dirty, alignment="structure", extract=False, each=True)))
            rows.append((f"run_checks per document, first {len(subset)}",
                         run(subset, en, reference, dirty, alignment="structure", extract=False, each=False)))
            rows.append((f"baseline (full alignment + extraction), first {len(subset)}",
                         run(subset, en, reference, dirty, alignment="full", extract=True, each=False)))
    print(f"{len(units)} clean units to inject into; {args.docs} documents, 3 defects each (term, number, punctuation)\n")
    header = (f"{'run':48} {'docs':>5} {'read+seg docs/s':>16} {'check docs/s':>13} {'end-to-end docs/s':>18} "
              f"{'(wall clock)':>13} {'recall':>7} {'precision':>9}")
    print(header)
    print("-" * len(header))
    for label, s in rows:
        total = s.seconds_read + s.seconds_segment + s.seconds_check
        print(f"{label:48} {s.documents:>5} {s.rate(s.seconds_read + s.seconds_segment):>16.1f} {s.rate(s.seconds_check):>13.1f} "
              f"{s.rate(total):>18.1f} {s.rate(s.seconds_wall):>13.1f} {s.recall:>7.3f} {s.precision:>9.3f}")
    print(f"\nfast path: {fast.found}/{fast.defects} defects found, {fast.true_findings}/{fast.findings} findings on injected defects")
    print("recall per kind: " + ", ".join(f"{kind} {n}/{total}" for kind, (n, total) in (fast.by_kind or {}).items()))
    print_breakdown(fast)


if __name__ == "__main__":
    main()
