"""The check runner: grouping of versions, rule selection, sorting."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

import corpora
from aligner.errors import HexalignError
from aligner.model import Document
from aligner.segment import segment
from glossary.checks.registry import RULES
from glossary.checks.model import SharedWork
from glossary.checks.runner import check_each, join_on_ids, resolve_rules, run_checks
from glossary.versions import group_versions
from glossary.reference import load_reference

HEAD = {"zh": "第 {n}/1 号决议\n\n国际合作\n\n缔约方会议，\n\n",
        "en": "Resolution {n}/1\n\nInternational cooperation\n\nThe Conference of the Parties,\n\n"}
PARAS = {"zh": ["回顾其第 {n}/2 号决议，", "注意到主管机关的作用，", "1. 鼓励缔约国合作。"],
         "en": ["Recalling its resolution {n}/2,", "Noting the role of competent authorities,",
                "1. Encourages States parties to cooperate."]}


def res(lang: str, n: int, name: str, extra: int = 0):
    paras = PARAS[lang][:2] + ([PARAS[lang][1]] * extra) + PARAS[lang][2:]
    text = HEAD[lang].format(n=n) + "\n\n".join(p.format(n=n) for p in paras) + "\n"
    return segment(Document(text, lang, name=name))


def names(groups):
    return [[s.document.name for s in g] for g in groups]


def test_six_language_versions_of_one_document_form_one_group():
    segs = [segment(corpora.load("untoc-cop-res-11-1", lang)) for lang in ("zh", "en", "fr", "es", "ru", "ar")]
    result = run_checks(segs, rules=["missing-unit", "extra-unit", "number-mismatch"])
    assert len(result.groups) == 1 and len(result.groups[0]) == 6
    assert len(result.context.alignments) == 1
    assert result.context.alignments[0].languages == ("zh", "en", "fr", "es", "ru", "ar")
    assert result.findings == ()


def test_three_documents_in_one_language_are_not_aligned():
    segs = [res("zh", n, f"res-{n}") for n in (1, 2, 3)]
    result = run_checks(segs, rules=["missing-unit"])
    assert len(result.groups) == 3 and result.context.alignments == ()


def test_several_documents_with_versions_are_grouped_by_name():
    segs = [res("zh", 1, "res-1.zh"), res("zh", 2, "res-2.zh"), res("en", 2, "res-2.en"), res("en", 1, "res-1.en"),
            res("zh", 3, "res-3.zh")]
    assert names(group_versions(segs)) == [["res-1.zh", "res-1.en"], ["res-2.zh", "res-2.en"], ["res-3.zh"]]
    result = run_checks(segs, rules=["number-mismatch"])
    assert len(result.context.alignments) == 2 and result.findings == ()


def test_unnamed_versions_are_grouped_by_structure_but_not_different_structures():
    zh, en = res("zh", 1, "a"), res("en", 1, "b")
    assert names(group_versions([zh, en])) == [["a", "b"]]
    other = segment(Document("Some notes\n\nwithout any structure.\n", "en", name="c"))
    assert names(group_versions([zh, other])) == [["a"], ["c"]]
    longer = res("en", 1, "d", extra=6)  # 6 more preambular paragraphs: under 80 % of ids shared
    assert names(group_versions([zh, longer])) == [["a"], ["d"]]


def test_files_named_by_their_language_in_other_folders_are_grouped_by_structure():
    """``untoc/zh.txt`` with ``downloads/en.pdf``: a folder's name is no sign of another document; the structure
    says they are versions. Names of their own still win over structure."""
    zh, en = res("zh", 1, "zh"), res("en", 1, "en")
    zh = dataclasses.replace(zh, document=dataclasses.replace(zh.document, path="untoc/zh.txt"))
    en = dataclasses.replace(en, document=dataclasses.replace(en.document, path="downloads/en.pdf"))
    assert names(group_versions([zh, en])) == [["zh", "en"]]
    other = res("en", 1, "res-2.en")
    other = dataclasses.replace(other, document=dataclasses.replace(other.document, path="res-2.en.txt"))
    named = dataclasses.replace(zh, document=dataclasses.replace(zh.document, path="res-1.zh.txt"))
    assert names(group_versions([named, other])) == [["zh"], ["res-2.en"]]


def test_unknown_rule_lists_the_known_ones():
    with pytest.raises(HexalignError) as error:
        resolve_rules(["number-mismatch", "no-such-rule"])
    assert "no-such-rule" in str(error.value) and "term-variant" in str(error.value)
    assert resolve_rules(None) == sorted(RULES)
    for rule_id in ("term-variant", "reference-deviation", "inconsistent-equivalent", "number-mismatch",
                    "missing-unit", "extra-unit", "zh-halfwidth-punct"):
        assert rule_id in RULES


def test_findings_are_sorted_by_severity_rule_document_unit():
    zh = res("zh", 1, "r.zh")
    en = segment(Document(HEAD["en"].format(n=1) + "Recalling its resolution 7/2,\n\n1. Encourages States parties to cooperate.\n",
                          "en", name="r.en"))
    result = run_checks([zh, en], rules=["number-mismatch", "missing-unit", "extra-unit"])
    keys = [(f.severity, f.rule) for f in result.findings]
    assert ("error", "number-mismatch") in keys and ("error", "missing-unit") in keys
    assert keys == sorted(keys, key=lambda k: (["error", "warning", "info"].index(k[0]), k[1]))
    assert result.reaches("error") and result.counts["error"] == len(keys)


def test_no_document_is_an_error():
    with pytest.raises(HexalignError):
        run_checks([])


def test_structure_fast_path_gives_the_same_findings_as_full_alignment_on_identical_structure():
    zh = res("zh", 1, "r.zh")
    en = segment(Document(HEAD["en"].format(n=1) + "Recalling its resolution 1/3,\n\nNoting the role of competent authorities,\n\n"
                          "1. Encourages States parties to cooperate.\n", "en", name="r.en"))
    rules = ["number-mismatch", "missing-unit", "extra-unit", "reference-deviation"]
    fast = run_checks([zh, en], rules=rules, alignment="structure", extract=False)
    full = run_checks([zh, en], rules=rules, alignment="full", extract=False)
    assert [f.message for f in fast.findings] == [f.message for f in full.findings]
    assert [f.rule for f in fast.findings] == ["number-mismatch"]
    with pytest.raises(HexalignError):
        run_checks([zh, en], alignment="quick")


def _draft(text: str, n: int):
    return segment(Document(text, "zh", name=f"drafts/d{n}/untoc-cop-res-11-1.zh.txt"))


def test_each_draft_checked_against_one_version_gives_what_a_run_of_its_own_gives():
    zh = corpora.load("untoc-cop-res-11-1", "zh").text
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))
    # a term in Traditional characters, a changed date, a half-width comma, and the text unchanged
    edits = [("主管机关", "主管機關"), ("2005 年", "2006 年"), ("合作，", "合作,"), ("", "")]
    drafts = [_draft(zh.replace(old, new, 1) if old else zh, n) for n, (old, new) in enumerate(edits)]
    reference = load_reference()
    for extract, alignment in ((False, "structure"), (True, "full")):
        each = list(check_each(drafts, [en], reference=reference, extract=extract, alignment=alignment))
        alone = [run_checks([d, en], reference=reference, extract=extract, alignment=alignment) for d in drafts]
        assert [r.findings for r in each] == [r.findings for r in alone]
        assert [r.groups for r in each] == [r.groups for r in alone]
    counts = [Counter(f.rule for f in r.findings) for r in alone]
    assert counts[0]["zh-traditional"] > counts[3]["zh-traditional"]
    assert counts[1]["number-mismatch"] > counts[3]["number-mismatch"]
    assert counts[2]["zh-halfwidth-punct"] > counts[3]["zh-halfwidth-punct"]


def test_shared_work_is_remembered_for_the_shared_documents_only():
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))
    other = segment(corpora.load("untoc-cop-res-11-1", "en"))
    shared = SharedWork((en,))
    calls = []
    assert shared.once("units", en, lambda: calls.append("en") or len(en.units)) == len(en.units)
    shared.once("units", en, lambda: calls.append("en again"))
    shared.once("units", other, lambda: calls.append("other"))
    shared.once("units", other, lambda: calls.append("other again"))
    assert calls == ["en", "other", "other again"]  # equal content is not the same document


def test_versions_joined_on_ids_flag_the_units_whose_numbers_differ():
    zh = res("zh", 1, "r.zh")
    same = res("en", 1, "r.en")
    other = segment(Document(HEAD["en"].format(n=1) + "Recalling its resolution 1/3,\n\nNoting the role of competent authorities,\n\n"
                             "1. Encourages States parties to cooperate.\n", "en", name="r.en"))
    assert [u.id for u in zh.units] == [u.id for u in other.units]
    assert not any(b.flags for b in join_on_ids([same, zh], "zh").beads)
    for shared in (None, SharedWork((other,)), SharedWork((zh, other))):
        joined = join_on_ids([other, zh], "zh", shared)
        assert joined.languages == ("zh", "en")
        flagged = [b.ids["zh"] for b in joined.beads if b.flags]
        assert flagged == [("pp.1",)] and joined.beads[[u.id for u in zh.units].index("pp.1")].flags == ("en:number-mismatch",)
        assert [b.texts["en"] for b in joined.beads] == [u.text for u in other.units]


def test_a_batch_tunes_garbage_collection_while_it_runs_and_restores_it_after():
    import gc

    from glossary.checks.runner import BATCH_YOUNG_THRESHOLD

    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    zh = corpora.load("untoc-cop-res-11-1", "zh").text
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))
    seen = []
    for _ in check_each([_draft(zh, 0), _draft(zh, 1)], [en], extract=False, alignment="structure"):
        seen.append((gc.get_threshold()[0], gc.get_freeze_count()))
    assert len(seen) == 2
    assert all(threshold >= BATCH_YOUNG_THRESHOLD and frozen > 0 for threshold, frozen in seen)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_batch_left_early_restores_garbage_collection():
    import gc

    before = gc.get_threshold()
    zh = corpora.load("untoc-cop-res-11-1", "zh").text
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))
    results = check_each([_draft(zh, 0), _draft(zh, 1)], [en], extract=False, alignment="structure")
    next(results)
    results.close()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("alignment, extract", [("structure", False), ("full", True)])
def test_a_finished_run_leaves_nothing_for_the_cycle_collector(alignment, extract):
    """Everything a run makes is freed by reference counting when its result goes: a batch does not pile up garbage."""
    import gc

    segs = [segment(corpora.load("untoc-cop-res-11-1", lang)) for lang in ("zh", "en")]
    reference = load_reference()
    run_checks(segs, reference=reference, alignment=alignment, extract=extract)  # loads models and fills caches
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        result = run_checks(segs, reference=reference, alignment=alignment, extract=extract)
        assert result.findings
        del result
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_work_on_a_document_is_done_once_per_run_by_the_runner_and_the_rules_together(monkeypatch):
    """The fast path's bead flags and the number-mismatch rule read one number key per document."""
    from glossary.checks import numbers

    made = []
    original = numbers.numbers_by_id
    monkeypatch.setattr(numbers, "numbers_by_id", lambda seg: made.append(seg.lang) or original(seg))
    segs = [segment(corpora.load("untoc-cop-res-11-1", lang)) for lang in ("zh", "en")]
    run_checks(segs, rules=["number-mismatch"], alignment="structure", extract=False)
    assert sorted(made) == ["en", "zh"]
    made.clear()
    list(check_each(segs[:1] * 2, segs[1:], rules=["number-mismatch"], alignment="structure", extract=False))
    assert sorted(made) == ["en", "zh", "zh"]  # the version checked against: once for the batch


def test_versions_numbered_by_paragraph_place_are_aligned_even_on_the_fast_path():
    """Same number of paragraphs, but the Chinese joins two where the English splits another: joined on their
    positional ids, every paragraph between would be compared with the wrong one."""
    zh = segment(Document("那天晚上我没有离开。她拉住我，请我留下来。\n\n2021年3月，我们去了市场。\n\n我们买了15个苹果，"
                          "然后回家做饭。", "zh", name="story.zh"))
    en = segment(Document("I did not leave that night.\n\nShe held on to me and asked me to stay.\n\n"
                          "In March 2021 we went to the market and bought 15 apples, then went home to cook.",
                          "en", name="story.en"))
    assert [u.id for u in zh.units] == ["p.1", "p.2", "p.3"] and [u.id for u in en.units] == ["p.1", "p.2", "p.3"]
    result = run_checks([zh, en], rules=["number-mismatch"], alignment="structure", extract=False)
    assert result.findings == ()
