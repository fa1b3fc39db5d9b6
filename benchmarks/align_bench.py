"""Sentence-alignment benchmark: hexalign next to Gale–Church on MAC-Dev and on the bundled resolution's 15
language pairs, speed and memory on large input.

Run from the repository root::

    .venv/bin/python benchmarks/align_bench.py [--mac-dev DIR] [--bible DIR] [--sizes 1000,10000,40000]
        [--deleted 0.04 --seeds 3]

The data are read in place (never copied into the repository). MAC-Dev is also given to the unit
aligner (``align_pair``), each line a paragraph of a text without UN structure. With ``--deleted``, MAC-Dev and the
Bible 5k file are also aligned with that share of their source, then of their target, sentences
deleted (gold adjusted: a partner left alone becomes a 1-0 / 0-1 bead), and the precision and
recall of the null beads are reported next to the F1.

The Bible gold aligns whole verses, and a verse often holds several sentences that hexalign aligns
one by one: its scores are given as they are, then with the beads that fall inside one verse joined
(:func:`aligner.scoring.joined_within`), as the data's README advises. A bead crossing a verse's
edge is still a miss.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aligner.scoring import AlignmentScores, joined_within, read_align, score_many  # noqa: E402
from aligner.sentalign import align_sentences  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "align-dev"

#: Per-bead cost cap for the Gale–Church baseline (its DP breaks on all-infinite cells).
GALE_CHURCH_CAP = 30.0

#: Beads as (source ids, target ids).
Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def gale_church(src: list[str], tgt: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """NLTK's Gale–Church on UTF-8 byte lengths, with a capped bead cost."""
    from nltk.translate import gale_church as gc

    original = gc.align_log_prob

    def capped(i, j, source_sents, target_sents, alignment, params):
        return min(original(i, j, source_sents, target_sents, alignment, params), GALE_CHURCH_CAP)

    gc.align_log_prob = capped
    try:
        src_len = [len(s.encode("utf-8")) for s in src]
        tgt_len = [len(t.encode("utf-8")) for t in tgt]
        links = gc.align_blocks(src_len, tgt_len)
    finally:
        gc.align_log_prob = original
    return links_to_beads(links, len(src), len(tgt))


def links_to_beads(links, n: int, m: int):
    """NLTK's sentence-pair links (with gaps for null beads) → beads."""
    src_of: dict[int, set[int]] = {}
    for i, j in links:
        src_of.setdefault(i, set()).add(j)
    groups: list[tuple[set[int], set[int]]] = []
    for i in range(n):
        targets = src_of.get(i, set())
        if groups and targets and groups[-1][1] & targets:
            groups[-1][0].add(i)
            groups[-1][1].update(targets)
        else:
            groups.append(({i}, set(targets)))
    beads = [(tuple(sorted(s)), tuple(sorted(t))) for s, t in groups]
    covered = {j for _, t in beads for j in t}
    out = list(beads)
    for j in range(m):
        if j not in covered:
            out.append(((), (j,)))
    return sorted(out, key=lambda b: (b[1][0] if b[1] else math.inf, b[0][0] if b[0] else -1))


def mac_dev(folder: Path) -> list[list[str]]:
    gold_files = sorted((folder / "gold").glob("*.align"))
    rows = []
    for name, aligner in (("hexalign", "hex"), ("hexalign, unit level", "units"), ("Gale-Church (nltk)", "gc")):
        pairs = []
        start = time.perf_counter()
        for gold_file in gold_files:
            stem = gold_file.name[: -len(".align")]
            zh, en = read_lines(folder / "zh" / stem), read_lines(folder / "en" / stem)
            if aligner == "hex":
                beads = [(b.src, b.tgt) for b in align_sentences(zh, en, "zh", "en")]
            elif aligner == "units":
                beads = paragraph_beads(zh, en, stem)
            else:
                beads = gale_church(zh, en)
            pairs.append((beads, read_align(gold_file)))
        elapsed = time.perf_counter() - start
        scores = score_many(pairs)
        rows.append([f"MAC-Dev zh-en ({len(gold_files)} files)", name, *fmt(scores), f"{elapsed:.1f}"])
    return rows


def paragraph_beads(zh: list[str], en: list[str], name: str) -> Beads:
    """The unit aligner's beads for two texts given one paragraph per line (each line segmented as a unit of
    its own), as line numbers."""
    from aligner.align import align_pair
    from aligner.model import Document
    from aligner.segment import segment

    segs = [segment(Document("\n\n".join(lines), lang, name=f"{name}.{lang}")) for lines, lang in ((zh, "zh"), (en, "en"))]
    if any(len(seg.units) != len(lines) for seg, lines in zip(segs, (zh, en))):
        raise SystemExit(f"{name}: a line did not become a unit of its own")
    where = [{unit.id: k for k, unit in enumerate(seg.units)} for seg in segs]
    return [(tuple(where[0][i] for i in bead.ids["zh"]), tuple(where[1][j] for j in bead.ids["en"]))
            for bead in align_pair(*segs).beads]


def un_sample() -> list[list[str]]:
    """The bundled resolution's sentences, in document order, for each of the 15 language pairs, against gold
    taken from its units: a unit with as many sentences in both versions gives 1-1 beads, any other one bead."""
    import corpora
    from aligner.segment import segment

    langs = ("zh", "en", "fr", "es", "ru", "ar")
    units = {lang: segment(corpora.load("untoc-cop-res-11-1", lang)).units for lang in langs}
    rows = []
    for name, aligner in (("hexalign", "hex"), ("Gale-Church (nltk)", "gc")):
        pairs = []
        start = time.perf_counter()
        for i, a in enumerate(langs):
            for b in langs[i + 1:]:
                src, tgt, gold = [], [], []
                for x, y in zip(units[a], units[b], strict=True):
                    s0, t0 = len(src), len(tgt)
                    src += x.sentences
                    tgt += y.sentences
                    if len(x.sentences) == len(y.sentences):
                        gold += [((s0 + k,), (t0 + k,)) for k in range(len(x.sentences))]
                    else:
                        gold.append((tuple(range(s0, len(src))), tuple(range(t0, len(tgt)))))
                beads = ([(bd.src, bd.tgt) for bd in align_sentences(src, tgt, a, b)] if aligner == "hex"
                         else gale_church(src, tgt))
                pairs.append((beads, gold))
        elapsed = time.perf_counter() - start
        rows.append(["UNTOC sample, 15 language pairs", name, *fmt(score_many(pairs)), f"{elapsed:.1f}"])
    return rows


def fmt(s: AlignmentScores) -> list[str]:
    return [f"{s.precision_strict:.3f}", f"{s.recall_strict:.3f}", f"{s.f1_strict:.3f}", f"{s.f1_lax:.3f}"]


def synthetic(bible: Path, size: int, seed: int = 7):
    """``size`` English sentences cycled from the Bible with Chinese verses, some merged or dropped; gold beads."""
    src_all = read_lines(bible / "src" / "006")
    tgt_all = read_lines(bible / "tgt" / "006")
    gold_all = read_align(bible / "gold" / "006.align")
    rng = random.Random(seed)
    src: list[str] = []
    tgt: list[str] = []
    gold: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    k = 0
    while len(src) < size:
        s_ids, t_ids = gold_all[k % len(gold_all)]
        k += 1
        s_text = [src_all[i] for i in s_ids]
        t_text = [tgt_all[j] for j in t_ids]
        roll = rng.random()
        if roll < 0.02 and t_text:  # drop the Chinese side: a 1-0 bead per English sentence
            t_text = []
        elif roll < 0.04 and s_text:  # drop the English side
            s_text = []
        elif roll < 0.10 and len(t_text) > 1:  # join two Chinese sentences
            t_text = [t_text[0] + t_text[1]] + t_text[2:]
        if s_text and t_text:
            gold.append((tuple(range(len(src), len(src) + len(s_text))), tuple(range(len(tgt), len(tgt) + len(t_text)))))
        else:
            gold.extend(((len(src) + i,), ()) for i in range(len(s_text)))
            gold.extend(((), (len(tgt) + j,)) for j in range(len(t_text)))
        src.extend(s_text)
        tgt.extend(t_text)
    return src, tgt, gold


def delete_sentences(src: list[str], tgt: list[str], gold: Beads, side: str, share: float, rng: random.Random):
    """``src`` and ``tgt`` with ``share`` of one side's sentences deleted, and the gold beads that follow:
    a bead keeps what is left of it, and sentences left with no partner get a null bead each."""
    lines = src if side == "src" else tgt
    gone = set(rng.sample(range(len(lines)), max(1, round(share * len(lines)))))
    kept_s = [i for i in range(len(src)) if side != "src" or i not in gone]
    kept_t = [j for j in range(len(tgt)) if side != "tgt" or j not in gone]
    new_s = {old: new for new, old in enumerate(kept_s)}
    new_t = {old: new for new, old in enumerate(kept_t)}
    new_gold: Beads = []
    for s_ids, t_ids in gold:
        s_left = tuple(new_s[i] for i in s_ids if i in new_s)
        t_left = tuple(new_t[j] for j in t_ids if j in new_t)
        if s_left and t_left:
            new_gold.append((s_left, t_left))
        else:
            new_gold.extend(((i,), ()) for i in s_left)
            new_gold.extend(((), (j,)) for j in t_left)
    return [src[i] for i in kept_s], [tgt[j] for j in kept_t], new_gold


def unaligned(beads: Beads) -> set[tuple[str, int]]:
    """The sentences of null beads, as ("src", i) or ("tgt", j)."""
    return {("src", i) for s, t in beads if not t for i in s} | {("tgt", j) for s, t in beads if not s for j in t}


def deletion_runs(mac_folder: Path, bible: Path, share: float, seeds: int) -> list[list[str]]:
    """Mean F1 over the runs with deleted sentences, and the null beads' pooled precision and recall."""
    mac = []
    for gold_file in sorted((mac_folder / "gold").glob("*.align")):
        stem = gold_file.name[: -len(".align")]
        zh, en = read_lines(mac_folder / "zh" / stem), read_lines(mac_folder / "en" / stem)
        mac.append((zh, en, read_align(gold_file)))
    bible_files = [(read_lines(bible / "src" / "001"), read_lines(bible / "tgt" / "001"),
                    read_align(bible / "gold" / "001.align"))]
    rows = []
    for name, langs, files in ((f"MAC-Dev zh-en ({len(mac)} files)", ("zh", "en"), mac),
                               ("Bible en-zh 001", ("en", "zh"), bible_files)):
        strict, lax, hit, found, expected, seconds = [], [], 0, 0, 0, 0.0
        for seed in range(seeds):
            for side in ("src", "tgt"):
                rng = random.Random(1000 * seed + (side == "tgt"))
                pairs = []
                for src, tgt, gold in files:
                    src, tgt, gold = delete_sentences(src, tgt, gold, side, share, rng)
                    start = time.perf_counter()
                    beads = [(b.src, b.tgt) for b in align_sentences(src, tgt, *langs)]
                    seconds += time.perf_counter() - start
                    pairs.append((beads, gold))
                    system_nulls, gold_nulls = unaligned(beads), unaligned(gold)
                    hit += len(system_nulls & gold_nulls)
                    found += len(system_nulls)
                    expected += len(gold_nulls)
                scores = score_many(pairs)
                strict.append(scores.f1_strict)
                lax.append(scores.f1_lax)
        rows.append([name, f"{share:.0%} of src, then tgt", str(2 * seeds), f"{sum(strict) / len(strict):.3f}",
                     f"{sum(lax) / len(lax):.3f}", f"{hit / found if found else 0:.3f}",
                     f"{hit / expected if expected else 0:.3f}", f"{expected:,}", f"{seconds:.1f}"])
    return rows


def _worker(bible: str, size: int) -> None:
    src, tgt, gold = synthetic(Path(bible), size)
    start = time.perf_counter()
    beads = align_sentences(src, tgt, "en", "zh")
    elapsed = time.perf_counter() - start
    scores = score_many([([(b.src, b.tgt) for b in beads], gold)])
    print(json.dumps({"n": len(src), "m": len(tgt), "seconds": elapsed, "peak_mib": _peak_kib() / 1024,
                      "f1_strict": scores.f1_strict, "f1_lax": scores.f1_lax}))


def _peak_kib() -> int:
    """This process's peak resident memory. Linux's ``ru_maxrss`` survives ``exec`` and starts from the parent's
    resident size at ``fork``, so a worker would report the benchmark's own peak; ``VmHWM`` is the worker's."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def throughput(bible: Path, sizes: list[int]) -> list[list[str]]:
    rows = []
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--worker", str(bible), str(size)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"  synthetic {size:,}: {r['seconds']:.1f} s, peak {r['peak_mib']:.0f} MiB", file=sys.stderr, flush=True)
        rows.append([f"synthetic en-zh {r['n']:,} x {r['m']:,}", "hexalign", "", "", f"{r['f1_strict']:.3f}",
                     f"{r['f1_lax']:.3f}", f"{r['seconds']:.1f}",
                     f"{(r['n'] + r['m']) / r['seconds']:,.0f}", f"{r['peak_mib']:.0f}"])
    return rows


def bible_5k(bible: Path) -> list[list[str]]:
    src, tgt = read_lines(bible / "src" / "001"), read_lines(bible / "tgt" / "001")
    start = time.perf_counter()
    beads = align_sentences(src, tgt, "en", "zh")
    elapsed = time.perf_counter() - start
    system, gold = [(b.src, b.tgt) for b in beads], read_align(bible / "gold" / "001.align")
    label = f"Bible en-zh 001 ({len(src):,} x {len(tgt):,}, verse gold)"
    return [[label, "hexalign", *fmt(score_many([(system, gold)])), f"{elapsed:.1f}",
             f"{(len(src) + len(tgt)) / elapsed:,.0f}", ""],
            [f"{label}, beads inside a verse joined", "hexalign", *fmt(score_many([(joined_within(system, gold), gold)])),
             "", "", ""]]


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        _worker(sys.argv[2], int(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mac-dev", type=Path, default=DATA / "mac-dev")
    parser.add_argument("--bible", type=Path, default=DATA / "bible-en-zh")
    parser.add_argument("--sizes", default="1000,10000,40000")
    parser.add_argument("--deleted", type=float, default=0.0, help="share of sentences deleted in the extra runs")
    parser.add_argument("--seeds", type=int, default=3, help="random deletions per side in the extra runs")
    args = parser.parse_args()
    from tabulate import tabulate

    rows = [r + ["", ""] for r in mac_dev(args.mac_dev) + un_sample()]
    rows += bible_5k(args.bible)
    rows += throughput(args.bible, [int(x) for x in args.sizes.split(",") if x])
    headers = ["data", "aligner", "P strict", "R strict", "F1 strict", "F1 lax", "seconds", "sent/s", "peak MiB"]
    print(tabulate(rows, headers=headers, disable_numparse=True))
    if args.deleted > 0:
        rows = deletion_runs(args.mac_dev, args.bible, args.deleted, args.seeds)
        headers = ["data", "deleted", "runs", "F1 strict", "F1 lax", "null P", "null R", "null beads", "seconds"]
        print()
        print(tabulate(rows, headers=headers, disable_numparse=True))


if __name__ == "__main__":
    main()
