"""Tests of the .align format and of Vecalign's strict/lax precision, recall and F1."""

from __future__ import annotations

import pytest

from aligner.errors import AlignError
from aligner.scoring import (
    format_align_line,
    joined_within,
    parse_align_line,
    read_align,
    score_alignments,
    score_beads,
    score_many,
    write_align,
)
from aligner.sentalign import SentenceBead

GOLD = [((0,), (0,)), ((1, 2), (1,)), ((3,), (2, 3)), ((4,), ())]
SYSTEM = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), ((), (3,)), ((4,), ())]


def test_hand_computed_scores_with_null_beads():
    s = score_beads(SYSTEM, GOLD)
    # precision over 6 system beads: strict hits [0]:[0] and [4]:[] (null bead present in gold);
    # lax adds [1]:[1] and [3]:[2]; [2]:[] and []:[3] miss
    assert s.precision_strict == pytest.approx(2 / 6)
    assert s.precision_lax == pytest.approx(4 / 6)
    # recall over the 3 non-null gold beads: strict only [0]:[0]; lax all three
    assert s.recall_strict == pytest.approx(1 / 3)
    assert s.recall_lax == pytest.approx(1.0)
    assert s.f1_strict == pytest.approx(1 / 3)
    assert s.f1_lax == pytest.approx(0.8)


def test_perfect_and_disjoint():
    perfect = score_beads(GOLD, GOLD)
    assert (perfect.f1_strict, perfect.f1_lax) == (1.0, 1.0)
    wrong = score_beads([((0,), (3,)), ((4,), (0,))], GOLD)
    assert (wrong.f1_strict, wrong.f1_lax, wrong.precision_lax) == (0.0, 0.0, 0.0)


def test_counts_are_summed_over_files_not_averaged():
    # file 1: 1 of 1 correct; file 2: 0 of 3 correct → micro precision 1/4 (a mean would give 1/2)
    one = ([((0,), (0,))], [((0,), (0,))])
    two = ([((0,), (1,)), ((1,), (2,)), ((2,), (0,))], [((0,), (0,)), ((1,), (1,)), ((2,), (2,))])
    s = score_many([one, two])
    assert s.precision_strict == pytest.approx(1 / 4)
    assert s.recall_strict == pytest.approx(1 / 4)


def test_duplicate_and_empty_beads_ignored():
    s = score_beads([((0,), (0,)), ((0,), (0,)), ((), ())], [((0,), (0,))])
    assert s.precision_strict == 1.0 and s.recall_strict == 1.0


def test_sentence_beads_are_accepted():
    s = score_beads([SentenceBead((0,), (0,), 0.9)], [((0,), (0,))])
    assert s.f1_strict == 1.0


def test_line_format():
    assert format_align_line((0, 1), (2,)) == "[0, 1]:[2]"
    assert format_align_line((), (3,)) == "[]:[3]"
    assert parse_align_line("[0,1]:[2]") == ((0, 1), (2,))
    assert parse_align_line(" [17]:[] ") == ((17,), ())
    for bad in ("[0]", "0:1", "[a]:[1]", "[-1]:[0]"):
        with pytest.raises(AlignError):
            parse_align_line(bad)


def test_round_trip(tmp_path):
    path = tmp_path / "001.align"
    write_align(path, SYSTEM)
    assert path.read_text(encoding="utf-8").splitlines()[4] == "[]:[3]"
    assert read_align(path) == SYSTEM


def test_score_folders(tmp_path):
    gold, system = tmp_path / "gold", tmp_path / "sys"
    gold.mkdir()
    system.mkdir()
    write_align(gold / "a.align", GOLD)
    write_align(system / "a.align", SYSTEM)
    assert score_alignments(system, gold).f1_lax == pytest.approx(0.8)
    write_align(gold / "b.align", GOLD)
    with pytest.raises(AlignError, match="b.align"):
        score_alignments(system, gold)


def test_beads_inside_one_gold_bead_are_joined_and_those_crossing_its_edge_are_not():
    """Verse gold: a verse of two English and three Chinese sentences, then a verse of one each."""
    gold = [((0, 1), (0, 1, 2)), ((2,), (3,))]
    split = [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
    assert joined_within(split, gold) == gold
    assert score_many([(joined_within(split, gold), gold)]).f1_strict == 1.0
    assert score_many([(split, gold)]).precision_strict == pytest.approx(1 / 3)
    crossing = [((0,), (0,)), ((1, 2), (1, 2, 3))]
    assert joined_within(crossing, gold) == crossing
    with_null = [((0,), ()), ((1,), (0, 1, 2)), ((), (3,)), ((2,), ())]
    assert joined_within(with_null, gold) == [((0, 1), (0, 1, 2)), ((2,), (3,))]
