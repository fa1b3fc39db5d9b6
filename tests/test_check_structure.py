"""missing-unit and extra-unit between language versions."""

from __future__ import annotations

import pytest

from aligner.model import Document
from aligner.segment import segment
from glossary.checks.runner import run_checks

ZH = ["回顾其关于国际合作的第 10/4 号决议，", "注意到主管机关在引渡方面的作用，", "欢迎工作组 2021 年的工作，"]
EN = ["Recalling its resolution 10/4 on international cooperation,",
      "Noting the role of competent authorities in extradition,",
      "Welcoming the work of the Working Group in 2021,"]
OPS_ZH = ["鼓励缔约国加强司法协助；", "请秘书处报告本决议执行情况。"]
OPS_EN = ["Encourages States parties to strengthen mutual legal assistance;",
          "Requests the secretariat to report on the implementation of the present resolution."]


def doc(lang, paras, ops):
    head = "第 1/1 号决议\n\n国际合作\n\n缔约方会议，\n\n" if lang == "zh" else \
        "Resolution 1/1\n\nInternational cooperation\n\nThe Conference of the Parties,\n\n"
    text = head + "\n\n".join(paras) + "\n\n" + "\n\n".join(f"{k}. {t}" for k, t in enumerate(ops, 1)) + "\n"
    return segment(Document(text, lang, name=f"r.{lang}"))


def run(zh, en):
    return run_checks([zh, en], rules=["missing-unit", "extra-unit"]).findings


def test_complete_versions_have_no_structure_finding():
    assert run(doc("zh", ZH, OPS_ZH), doc("en", EN, OPS_EN)) == ()


def test_paragraph_missing_in_the_translation():
    found = run(doc("zh", ZH, OPS_ZH), doc("en", [EN[0], EN[2]], OPS_EN))
    assert [(f.rule, f.severity) for f in found] == [("missing-unit", "error")]
    assert [loc.unit for loc in found[0].locations] == ["pp.2"]
    assert found[0].locations[0].lang == "zh" and "en version" in found[0].message


def test_paragraph_only_in_the_translation():
    extra = "Taking note of the report of the Working Group on its thirteenth meeting held in 2022 in Vienna,"
    found = run(doc("zh", ZH, OPS_ZH), doc("en", EN + [extra], OPS_EN))
    assert [(f.rule, f.severity) for f in found] == [("extra-unit", "warning")]
    assert found[0].locations[0].lang == "en" and found[0].locations[0].unit == "pp.4"


def test_bead_units_come_from_the_segmentation_asked_for():
    from aligner.model import Bead
    from glossary.checks.structure import bead_units

    zh, en = doc("zh", ZH, OPS_ZH), doc("en", EN, OPS_EN)
    bead = Bead(ids={"zh": ("pp.2", "op.1"), "en": ("pp.2", "missing")}, texts={}, score=1.0)
    for _ in range(2):  # the second time from the index kept of each segmentation
        assert [u.text for u in bead_units(bead, "zh", zh)] == [ZH[1], OPS_ZH[0]]
        assert [u.text for u in bead_units(bead, "en", en)] == [EN[1]]


MASTHEAD_EN = ("United Nations CTOC/COP/2022/L.5\n\nConference of the Parties to the United Nations Convention against "
               "Transnational Organized Crime Distr.: Limited 14 October 2022\n\nOriginal: English\n\n")
MASTHEAD_ZH = ("联合国 CTOC/COP/2022/L.5\n\n联合国打击跨国有组织犯罪公约缔约方会议 Distr.: Limited 14 October 2022\n\n"
               "Chinese Original: English\n\n")


def with_masthead(seg, masthead):
    return segment(Document(masthead + seg.document.text, seg.lang, name=seg.document.name))


def test_a_masthead_in_one_version_only_is_no_extra_or_missing_unit():
    """The published version has its masthead, the translator's text has none: the document's own units keep their
    ids in both, and the masthead is not reported; a paragraph really missing still is."""
    zh, en = doc("zh", ZH, OPS_ZH), with_masthead(doc("en", EN, OPS_EN), MASTHEAD_EN)
    assert [u.id for u in en.units][:5] == ["masthead.1", "masthead.2", "masthead.3", "symbol", "title"]
    assert [u.id for u in en.units][3:] == [u.id for u in zh.units]
    assert run(zh, en) == () and run(en, zh) == ()
    found = run(zh, with_masthead(doc("en", [EN[0], EN[2]], OPS_EN), MASTHEAD_EN))
    assert [(f.rule, [loc.unit for loc in f.locations]) for f in found] == [("missing-unit", ["pp.2"])]


def test_masthead_lines_laid_out_otherwise_are_no_missing_unit():
    """Both versions given with their masthead: its lines follow each version's printed layout (the organ's name
    over more lines in one), so a line more or less is no unit missing; the document's own units still count."""
    zh = with_masthead(doc("zh", ZH, OPS_ZH), MASTHEAD_ZH)
    assert run(zh, with_masthead(doc("en", EN, OPS_EN), MASTHEAD_EN)) == ()
    wrapped = MASTHEAD_EN.replace("Conference of the Parties to the United Nations Convention against ",
                                  "Conference of the Parties to the\n\nUnited Nations Convention against\n\n")
    en = with_masthead(doc("en", EN, OPS_EN), wrapped)
    assert sum(u.kind == "masthead" for u in en.units) > sum(u.kind == "masthead" for u in zh.units)
    assert run(zh, en) == () and run(en, zh) == ()
    found = run(zh, with_masthead(doc("en", [EN[0], EN[2]], OPS_EN), wrapped))
    assert [(f.rule, [loc.unit for loc in f.locations]) for f in found] == [("missing-unit", ["pp.2"])]


@pytest.mark.parametrize(("lang", "line"), [("zh", "Chinese"), ("fr", "Français"), ("es", "Español")])
def test_a_translation_prints_its_language_over_the_original_language(lang, line):
    """A translation's masthead names its language on a line of its own over "Original: English", which the
    original's masthead does not have: that line goes with the one under it, and the mastheads match."""
    masthead = MASTHEAD_ZH.replace("Chinese Original: English", f"{line}\nOriginal: English")
    zh = with_masthead(doc("zh", ZH, OPS_ZH), masthead)
    assert [(u.id, u.text) for u in zh.units if u.kind == "masthead"][-1] == ("masthead.3", f"{line} Original: English")
    assert run(zh, with_masthead(doc("en", EN, OPS_EN), MASTHEAD_EN)) == ()
    apart = MASTHEAD_ZH.replace("Chinese Original: English", f"{line}\n\nOriginal: English")  # (blank line between)
    assert run(with_masthead(doc("zh", ZH, OPS_ZH), apart), with_masthead(doc("en", EN, OPS_EN), MASTHEAD_EN)) == ()


SESSION_EN = "Eleventh session\n\nVienna, 17–21 October 2022\n\nAgenda item 2\n\n"


def test_the_front_matter_printed_with_a_masthead_is_part_of_the_cover():
    """The published version prints its session and agenda item between the masthead and the resolution: with a
    text that has neither, they are not reported; the resolution's own title missing below them still is."""
    zh = doc("zh", ZH, OPS_ZH)
    en = with_masthead(doc("en", EN, OPS_EN), MASTHEAD_EN + SESSION_EN)
    assert [u.kind for u in en.units][:6] == ["masthead"] * 3 + ["cover"] * 3
    assert run(zh, en) == () and run(en, zh) == ()
    untitled = segment(Document(en.document.text.replace("International cooperation\n\n", ""), "en", name="r.en"))
    found = run(zh, untitled)
    assert [(f.rule, [loc.unit for loc in f.locations]) for f in found] == [("missing-unit", ["title"])]


def test_cover_lines_without_a_masthead_are_a_cover_too():
    """A text that keeps the session and agenda item lines but no masthead, next to one with neither: the cover
    lines are not reported, in either direction; next to one with both, the masthead alone is left out."""
    zh = doc("zh", ZH, OPS_ZH)
    en = with_masthead(doc("en", EN, OPS_EN), SESSION_EN)  # (the cover lines alone)
    assert [u.kind for u in en.units][:4] == ["cover"] * 3 + ["symbol"]
    assert run(zh, en) == () and run(en, zh) == ()
    published = with_masthead(doc("en", EN, OPS_EN), MASTHEAD_EN + SESSION_EN)
    assert run(en, published) == () and run(published, en) == ()


ADOPTED = {"en": "Resolution adopted by the Conference of the Parties on 21 October 2022\n\n"
                 "[without reference to a committee (CTOC/COP/2022/L.5)]\n\n",
           "zh": "缔约方会议2022年10月21日通过的决议\n\n[未经发交委员会（CTOC/COP/2022/L.5）]\n\n"}


def test_a_cover_with_fewer_lines_in_one_version_is_no_missing_or_extra_unit():
    """Both versions print who adopted the resolution; only the published one prints the session and agenda lines
    above it (with or without its masthead): those lines are not reported, in either direction; a paragraph
    really missing still is."""
    zh = with_masthead(doc("zh", ZH, OPS_ZH), ADOPTED["zh"])
    assert [u.kind for u in zh.units][:3] == ["cover", "cover", "symbol"]
    for cover in (MASTHEAD_EN + SESSION_EN, SESSION_EN):
        en = with_masthead(doc("en", EN, OPS_EN), cover + ADOPTED["en"])
        assert run(zh, en) == () and run(en, zh) == ()
    short = with_masthead(doc("en", EN[:-1], OPS_EN), SESSION_EN + ADOPTED["en"])
    assert [(f.rule, [loc.unit for loc in f.locations]) for f in run(zh, short)] == [("missing-unit", ["pp.3"])]


CONTENTS_ZH = "目录\n\n页次\n\n一. 导言 ........ 2\n\n二. 结论 ........ 3\n\n三. 建议 ........ 4\n\n"
CONTENTS_EN = "Contents\n\nPage\n\nI. Introduction . . . . 2\n\nII. Conclusions . . . . 3\n\nIII. Recommendations . . . . 4\n\n"
REPORT_ZH = "一. 导言\n\n1. 工作组举行了会议。\n\n二. 结论\n\n2. 工作组得出了结论。\n\n三. 建议\n\n3. 工作组提出了建议。\n"
REPORT_EN = ("I. Introduction\n\n1. The Working Group met.\n\nII. Conclusions\n\n2. The Working Group drew conclusions.\n\n"
             "III. Recommendations\n\n3. The Working Group made recommendations.\n")


def report(lang, contents=""):
    return segment(Document(contents + (REPORT_ZH if lang == "zh" else REPORT_EN), lang, name=f"r.{lang}"))


def test_a_table_of_contents_in_one_version_only_is_no_extra_or_missing_unit():
    assert run(report("zh"), report("en", CONTENTS_EN)) == ()
    assert run(report("zh", CONTENTS_ZH), report("en")) == ()


def test_tables_of_contents_in_both_versions_are_compared():
    short = CONTENTS_EN.replace("III. Recommendations . . . . 4\n\n", "")
    found = run(report("zh", CONTENTS_ZH), report("en", short))
    assert [(f.rule, [loc.unit for loc in f.locations]) for f in found] == [("missing-unit", ["toc.3"])]
