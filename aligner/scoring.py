"""Sentence-alignment files (``.align``) and their strict/lax precision, recall and F1.

The file format is the one of Vecalign and Bertalign: one bead per line,
``[source ids]:[target ids]`` with 0-based sentence numbers, ``[]`` for an
empty side. The measures are Vecalign's (after Véronis & Langlais):

* precision runs over the system beads that are not empty on both sides: a
  bead is a strict hit if the gold has exactly that bead, a lax hit if some
  gold bead shares a source sentence with it *and* one of the target
  sentences that gold links to that source is in the bead;
* recall is the same count with system and gold swapped, null beads (an
  empty side) removed from both;
* counts are summed over all files before dividing (0 when nothing to divide).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence, Union

from aligner.errors import AlignError, InputError
from aligner.io import atomic_write

#: One bead of an ``.align`` file: (source ids, target ids).
AlignPair = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class AlignmentScores:
    """Strict and lax precision, recall and F1 of a system alignment against a gold one."""

    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float


def parse_align_line(line: str) -> AlignPair:
    """``[0, 1]:[2]`` → ``((0, 1), (2,))``."""
    left, sep, right = line.strip().partition(":")
    try:
        if not sep:
            raise ValueError
        src, tgt = ast.literal_eval(left.strip()), ast.literal_eval(right.strip())
        if not isinstance(src, list) or not isinstance(tgt, list):
            raise ValueError
        if not all(isinstance(x, int) and x >= 0 for x in src + tgt):
            raise ValueError
    except (ValueError, SyntaxError):
        raise AlignError(f"not an alignment bead: {line.strip()!r}") from None
    return tuple(src), tuple(tgt)


def format_align_line(src: Sequence[int], tgt: Sequence[int]) -> str:
    """``((0, 1), (2,))`` → ``[0, 1]:[2]``."""
    return f"[{', '.join(map(str, src))}]:[{', '.join(map(str, tgt))}]"


def read_align(path: Union[str, Path]) -> list[AlignPair]:
    """Read an ``.align`` file (blank lines skipped)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read alignment file {path}: {err.__class__.__name__}") from None
    return [parse_align_line(line) for line in text.splitlines() if line.strip()]


def write_align(path: Union[str, Path], beads: Iterable[object]) -> None:
    """Write beads (``(src, tgt)`` pairs or objects with ``src``/``tgt``) as an ``.align`` file."""
    lines = [format_align_line(*_pair(bead)) for bead in beads]
    atomic_write(path, "".join(line + "\n" for line in lines))


def _pair(bead: object) -> AlignPair:
    if hasattr(bead, "src") and hasattr(bead, "tgt"):
        return tuple(bead.src), tuple(bead.tgt)  # type: ignore[attr-defined]
    src, tgt = bead  # type: ignore[misc]
    return tuple(src), tuple(tgt)


def _counts(gold: Iterable[AlignPair], test: Iterable[AlignPair]) -> tuple[int, int, int, int]:
    """Strict hits, strict misses, lax hits, lax misses of the ``test`` beads against ``gold``."""
    test_set = {(s, t) for s, t in test if s or t}
    gold_set = {(s, t) for s, t in gold if s or t}
    linked: dict[int, set[int]] = defaultdict(set)
    for s, t in gold_set:
        for i in s:
            linked[i].update(t)
    strict_hit = strict_miss = lax_hit = lax_miss = 0
    for s, t in test_set:
        if (s, t) in gold_set:
            strict_hit += 1
            lax_hit += 1
            continue
        strict_miss += 1
        targets = set().union(*(linked.get(i, set()) for i in s)) if s else set()
        if targets.intersection(t):
            lax_hit += 1
        else:
            lax_miss += 1
    return strict_hit, strict_miss, lax_hit, lax_miss


def _ratio(hit: int, miss: int) -> float:
    return hit / (hit + miss) if hit + miss else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_many(pairs: Iterable[tuple[Sequence[object], Sequence[object]]]) -> AlignmentScores:
    """Scores of several (system beads, gold beads) pairs, counts summed over all of them."""
    p_counts = [0, 0, 0, 0]
    r_counts = [0, 0, 0, 0]
    for system, gold in pairs:
        sys_pairs = [_pair(b) for b in system]
        gold_pairs = [_pair(b) for b in gold]
        for idx, value in enumerate(_counts(gold_pairs, sys_pairs)):
            p_counts[idx] += value
        sys_full = [(s, t) for s, t in sys_pairs if s and t]
        gold_full = [(s, t) for s, t in gold_pairs if s and t]
        for idx, value in enumerate(_counts(sys_full, gold_full)):
            r_counts[idx] += value
    ps, pl = _ratio(p_counts[0], p_counts[1]), _ratio(p_counts[2], p_counts[3])
    rs, rl = _ratio(r_counts[0], r_counts[1]), _ratio(r_counts[2], r_counts[3])
    return AlignmentScores(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))


def joined_within(system: Sequence[object], gold: Sequence[object]) -> list[AlignPair]:
    """``system`` with the beads next to each other that fall inside one ``gold`` bead joined into one.

    For gold coarser than the sentences a system aligns (a verse alignment
    of Bible sentences): a system that splits a verse bead into correct
    smaller beads is then scored as matching it, and one that crosses a
    verse boundary still misses. Null beads are joined like any other.
    """
    owner: dict[tuple[int, int], int] = {}
    for number, bead in enumerate(gold):
        src, tgt = _pair(bead)
        owner.update({(0, i): number for i in src})
        owner.update({(1, j): number for j in tgt})
    joined: list[tuple[tuple[int, ...], tuple[int, ...], int | None]] = []
    for bead in system:
        src, tgt = _pair(bead)
        owners = {owner.get((0, i)) for i in src} | {owner.get((1, j)) for j in tgt}
        inside = owners.pop() if len(owners) == 1 else None
        if inside is not None and joined and joined[-1][2] == inside:
            last_src, last_tgt, _ = joined[-1]
            joined[-1] = (last_src + src, last_tgt + tgt, inside)
        else:
            joined.append((src, tgt, inside))
    return [(src, tgt) for src, tgt, _ in joined]


def score_beads(system: Sequence[object], gold: Sequence[object]) -> AlignmentScores:
    """Strict and lax scores of one system alignment against its gold alignment."""
    return score_many([(system, gold)])


def score_alignments(system_dir: Union[str, Path], gold_dir: Union[str, Path], *,
                     join_within_gold: bool = False) -> AlignmentScores:
    """Score every gold ``.align`` file of ``gold_dir`` against the file of the same name in ``system_dir``;
    with ``join_within_gold``, the system beads inside one gold bead are joined first (:func:`joined_within`)."""
    gold_root, sys_root = Path(gold_dir), Path(system_dir)
    for folder in (gold_root, sys_root):
        if not folder.is_dir():
            raise InputError(f"alignment folder not found: {folder}")
    gold_files = sorted(p for p in gold_root.iterdir() if p.is_file() and not p.name.startswith("."))
    if not gold_files:
        raise InputError(f"no gold alignment files in {gold_root}")
    pairs = []
    for gold_file in gold_files:
        sys_file = sys_root / gold_file.name
        if not sys_file.is_file():
            raise AlignError(f"system alignment missing for {gold_file.name} in {sys_root}")
        system, gold = read_align(sys_file), read_align(gold_file)
        pairs.append((joined_within(system, gold) if join_within_gold else system, gold))
    return score_many(pairs)
