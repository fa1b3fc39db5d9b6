"""Segment one version of the bundled sample a given number of times, after one warm-up.

For a count of instructions that the machine's load does not move: run it under
callgrind for 0 and for N segmentations, and divide the difference by N::

    valgrind --tool=callgrind .venv/bin/python benchmarks/segment_repeat.py 0
    valgrind --tool=callgrind .venv/bin/python benchmarks/segment_repeat.py 20

(the "I refs" lines give the totals). ``--root`` segments with the code of
another checkout, so that two versions of the code are counted the same way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("times", type=int, help="segmentations after the warm-up")
    parser.add_argument("--lang", default="zh", help="which version of the sample, or all: the six (default: zh)")
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose code segments (default: this one)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.root))
    import corpora
    from aligner.segment import segment

    langs = ("zh", "en", "fr", "es", "ru", "ar") if args.lang == "all" else (args.lang,)
    docs = [corpora.load("untoc-cop-res-11-1", lang) for lang in langs]
    for doc in docs:
        segment(doc)
    for _ in range(args.times):
        for doc in docs:
            segment(doc)


if __name__ == "__main__":
    main()
