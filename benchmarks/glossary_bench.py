"""Benchmark of glossary building: zh–en term pairs of the bundled sample against a hand-made list.

Builds the glossary of corpus ``untoc-cop-res-11-1`` (Chinese pivot, English)
with no reference list, then reports precision and recall of the extracted
zh–en pairs against ``benchmarks/data/expected-zh-en-pairs.tsv`` (written by
hand, see its header), the precision of the more and of the less confident half
of the pairs, which of the named core terms were paired correctly, and the build
time.

    python benchmarks/glossary_bench.py [--expected FILE] [--min-freq N] [--show]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tabulate import tabulate  # noqa: E402

import corpora  # noqa: E402
from aligner.segment import segment  # noqa: E402
from glossary.build import build_glossary  # noqa: E402
from glossary.extract import word_key  # noqa: E402
from glossary.model import Entry  # noqa: E402

CORPUS = "untoc-cop-res-11-1"
EXPECTED = ROOT / "benchmarks" / "data" / "expected-zh-en-pairs.tsv"

#: The core terms the glossary must pair (those that occur in the sample).
NAMED = [
    ("严重犯罪", "serious crime"),
    ("联合调查机构", "joint investigative bodies"),
    ("特殊侦查手段", "special investigative techniques"),
    ("中央机关", "central authorities"),
    ("双重犯罪", "dual criminality"),
    ("被判刑人员的移交", "transfer of sentenced persons"),
    ("司法协助", "mutual legal assistance"),
]


def norm(text: str, lang: str) -> str:
    """Comparison form: no spaces in Chinese; English case-folded with singular nouns."""
    if lang == "zh":
        return "".join(text.split())
    return " ".join(word_key(w.lower(), "en") for w in text.replace("-", " - ").split())


def read_expected(path: Path) -> list[tuple[set[str], set[str]]]:
    """Expected pairs as (zh forms, en forms), comparison forms."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("zh\t"):
            continue
        zh, en = line.split("\t")[:2]
        pairs.append(({norm(z, "zh") for z in zh.split(" | ")}, {norm(e, "en") for e in en.split(" | ")}))
    return pairs


def forms(entry: Entry, lang: str) -> set[str]:
    return {norm(t.text, lang) for t in entry.terms.get(lang, ())}


def _halves(pairs: list[Entry], correct: list[Entry]) -> tuple[float, float]:
    """Precision of the more confident half of the pairs and of the less confident half (a reviser reads the
    glossary sorted by confidence: the first half should be the surer)."""
    ranked = sorted(pairs, key=lambda e: -e.confidence)
    half = len(ranked) // 2
    right = {id(e) for e in correct}
    return tuple(sum(id(e) in right for e in part) / len(part) if part else 0.0
                 for part in (ranked[:half], ranked[half:]))


def evaluate(entries: list[Entry], expected: list[tuple[set[str], set[str]]]) -> dict:
    pairs = [e for e in entries if e.terms.get("zh") and e.terms.get("en")]
    correct = [e for e in pairs if any(forms(e, "zh") & zh and forms(e, "en") & en for zh, en in expected)]
    found = [x for x in expected if any(forms(e, "zh") & x[0] and forms(e, "en") & x[1] for e in pairs)]
    return {
        "pairs": len(pairs),
        "correct": len(correct),
        "expected": len(expected),
        "found": len(found),
        "precision": len(correct) / len(pairs) if pairs else 0.0,
        "recall": len(found) / len(expected) if expected else 0.0,
        "f1": 2 * len(correct) * len(found) / (len(correct) * len(expected) + len(found) * len(pairs))
        if correct and found else 0.0,
        "ranked": _halves(pairs, correct),
        "wrong": [e for e in pairs if e not in correct],
        "missed": [x for x in expected if x not in found],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expected", type=Path, default=EXPECTED, help="hand-made zh–en pair list (TSV)")
    parser.add_argument("--min-freq", type=int, default=2)
    parser.add_argument("--show", action="store_true", help="list the pairs counted wrong and the pairs missed")
    args = parser.parse_args(argv)

    docs = [segment(corpora.load(CORPUS, lang)) for lang in ("zh", "en")]
    build_glossary(docs[:1] + docs[1:], reference=None, min_freq=args.min_freq)  # warm-up: loads models, dictionary
    started = time.perf_counter()
    entries = build_glossary(docs, reference=None, min_freq=args.min_freq)
    seconds = time.perf_counter() - started

    result = evaluate(entries, read_expected(args.expected))
    print(tabulate([[CORPUS, "zh→en", args.min_freq, result["pairs"], result["expected"],
                     f"{result['precision']:.1%}", f"{result['recall']:.1%}", f"{result['f1']:.1%}",
                     f"{seconds:.1f}"]],
                   headers=["corpus", "pairs", "min freq", "extracted", "expected", "precision", "recall", "F1",
                            "build s"]))
    top, bottom = result["ranked"]
    print(f"\nsorted by confidence: precision {top:.1%} in the more confident half, {bottom:.1%} in the other")
    print()
    rows = []
    for zh, en in NAMED:
        entry = next((e for e in entries if norm(zh, "zh") in forms(e, "zh")), None)
        got = entry.preferred("en").text if entry and entry.preferred("en") else "—"
        rows.append([zh, en, got, "yes" if entry and norm(en, "en") in forms(entry, "en") else "no"])
    print(tabulate(rows, headers=["named term", "expected en", "extracted en", "correct"]))
    if args.show:
        print("\ncounted wrong:")
        for e in result["wrong"]:
            print(f"  {e.preferred('zh').text}\t{e.preferred('en').text}\t{e.confidence}")
        print("\nmissed:")
        for zh, en in result["missed"]:
            print(f"  {' | '.join(sorted(zh))}\t{' | '.join(sorted(en))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
