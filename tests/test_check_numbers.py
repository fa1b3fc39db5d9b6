"""number-mismatch: numbers, dates, resolution numbers and footnotes compared across aligned versions."""

from __future__ import annotations

import pytest

from aligner.model import Document
from aligner.segment import segment
from glossary.checks.runner import run_checks

ZH = ("第 1/1 号决议\n\n国际合作\n\n缔约方会议，\n\n回顾其 2020 年 10 月 16 日第 10/4 号决议，\n\n"
      "注意到《公约》第 18 条，\n\n1. 鼓励缔约国合作；\n\n2. 请秘书处在 2024 年提交报告。\n")
EN = ("Resolution 1/1\n\nInternational cooperation\n\nThe Conference of the Parties,\n\n"
      "Recalling its resolution 10/4 of 16 October 2020,\n\nNoting article 18 of the Convention,\n\n"
      "1. Encourages States parties to cooperate;\n\n2. Requests the secretariat to report in 2024.\n")


def check(zh: str, en: str):
    segs = [segment(Document(zh, "zh", name="r.zh")), segment(Document(en, "en", name="r.en"))]
    return [f for f in run_checks(segs, rules=["number-mismatch"]).findings]


def test_matching_versions_have_no_number_mismatch():
    assert check(ZH, EN) == []


def test_changed_date_and_resolution_number_are_reported_with_both_sides():
    found = check(ZH, EN.replace("resolution 10/4 of 16 October 2020", "resolution 10/3 of 16 October 2021"))
    assert len(found) == 1
    f = found[0]
    assert f.severity == "error" and f.message.startswith("pp.1:")
    evidence = dict(f.evidence)
    assert evidence["only in zh"] == "date 2020-10-16, resolution/decision number 10/4"
    assert evidence["only in en"] == "date 2021-10-16, resolution/decision number 10/3"
    texts = {(loc.lang, loc.excerpt) for loc in f.locations}
    assert any(lang == "en" and "10/3" in ex for lang, ex in texts)
    assert any(lang == "zh" and "10/4" in ex for lang, ex in texts)


MASTHEAD_ZH = "联合国 CTOC/COP/2022/L.5\n\n联合国打击跨国有组织犯罪公约缔约方会议 Distr.: Limited 14 October 2022\n\nChinese\nOriginal: English\n\n"
MASTHEAD_EN = ("United Nations CTOC/COP/2022/L.5\n\nConference of the Parties to the\n\nUnited Nations Convention against "
               "Transnational Organized Crime Distr.: Limited\n\n14 October 2022\n\nOriginal: English\n\n")


def test_mastheads_are_compared_whole_whatever_their_layout():
    """The symbol and date are on other lines of the two mastheads (four lines against three): they agree; a
    symbol or date changed in one is reported once, for the masthead."""
    assert check(MASTHEAD_ZH + ZH, MASTHEAD_EN + EN) == []
    found = check(MASTHEAD_ZH + ZH, MASTHEAD_EN.replace("L.5", "L.6").replace("14 October", "15 October") + EN)
    assert len(found) == 1
    assert dict(found[0].evidence)["only in zh"] == "date 2022-10-14, document symbol CTOC/COP/2022/L.5"
    assert {loc.unit.split(".")[0] for loc in found[0].locations} == {"masthead"}


def test_changed_article_number_and_year_each_give_one_finding():
    en = EN.replace("article 18", "article 16").replace("report in 2024", "report in 2025")
    found = check(ZH, en)
    assert [f.message.split(":")[0] for f in found] == ["op.2", "pp.2"]
    assert "article reference 16 only in en" in found[1].message
    assert "number 2025 only in en" in found[0].message


def test_footnote_reference_missing_in_one_version():
    zh = ZH.replace("第 18 条，", "第 18 条¹，") + "\n¹ 联合国，《条约汇编》，第 2225 卷。\n"
    en = EN + "\n¹ United Nations, Treaty Series, vol. 2225.\n"
    found = check(zh, en)
    assert len(found) == 1 and "footnote 1 only in zh" in found[0].message


def test_units_whose_number_keys_are_equal_are_those_compare_anchors_finds_in_agreement():
    """Equal number keys mean agreement; so do keys that differ only in an article on one side that the other reads
    as a number ("第22条" and "rule 22")."""
    import random

    from aligner.align import NUMBER_KINDS
    from aligner.anchors import compare_anchors
    from aligner.model import Anchor, Segmentation, Unit
    from glossary.checks.numbers import _footnote_numbers, _numbers, numbers_by_id

    rng = random.Random(5)
    kinds = ("number", "ordinal", "date", "resolution", "article", "symbol", "latin", "marker")

    def unit(uid: str) -> Unit:
        anchors = tuple(Anchor(rng.choice(kinds), rng.choice("12")) for _ in range(rng.randint(0, 2)))
        notes = tuple(f"fn.{rng.choice('12')}" for _ in range(rng.choice((0, 0, 0, 1, 2))))
        return Unit(id=uid, kind="paragraph", text="", raw="", footnote_refs=notes, anchors=anchors)

    def as_numbers(key):  # an article on one side and the same number on the other agree (compare_anchors)
        return sorted(("number" if kind == "article" else kind, value) for kind, value in key[0]), key[1]

    agreeing = 0
    for _ in range(2000):
        a = [unit(f"a{i}") for i in range(rng.randint(1, 2))]
        b = [unit(f"b{i}") for i in range(rng.randint(1, 2))]
        keys = numbers_by_id(Segmentation(Document("", "zh"), tuple(a + b)))
        agree = (compare_anchors([x for u in a for x in u.anchors], [x for u in b for x in u.anchors], kinds=NUMBER_KINDS).agree
                 and _footnote_numbers(a) == _footnote_numbers(b))
        key_a, key_b = _numbers([u.id for u in a], keys), _numbers([u.id for u in b], keys)
        assert agree == (key_a == key_b) or agree and as_numbers(key_a) == as_numbers(key_b) != (key_a, key_b)
        agreeing += agree
    assert 30 < agreeing < 1970, agreeing  # both outcomes well tried


def test_third_parties_and_third_states_are_no_numbers():
    zh = ZH.replace("1. 鼓励缔约国合作；", "1. 鼓励缔约国在保护善意第三方权利的同时与第三国合作；")
    en = EN.replace("1. Encourages States parties to cooperate;",
                    "1. Encourages States parties to cooperate with third States, protecting bona fide third parties;")
    assert check(zh, en) == []
    # a third session still counts
    zh = ZH.replace("1. 鼓励缔约国合作；", "1. 鼓励缔约国在第三届会议上合作；")
    en = EN.replace("1. Encourages States parties to cooperate;", "1. Encourages States parties to cooperate at the fourth session;")
    assert [f.rule for f in check(zh, en)] == ["number-mismatch"]


# --- a number in digits in one version, in words in another -----------------------------------------------------

ZH_EXPERTS = ("第 1/1 号决议\n\n国际合作\n\n缔约方会议，\n\n注意到来自 30 个国家的 45 名专家出席了会议，\n\n"
              "1. 鼓励缔约国合作。\n")
WORDED = {
    "en": "Noting that forty-five experts from thirty States attended the meeting,",
    "fr": "Notant que quarante-cinq experts de trente États ont participé à la réunion,",
    "es": "Observando que cuarenta y cinco expertos de treinta Estados asistieron a la reunión,",
    "ru": "отмечая, что в работе совещания приняли участие сорок пять экспертов из тридцати государств,",
    "ar": "وإذ يلاحظ أن خمسة وأربعين خبيرا من ثلاثين دولة حضروا الاجتماع،",
}
HEADS = {"en": "Resolution 1/1\n\nInternational cooperation\n\nThe Conference of the Parties,",
         "fr": "Résolution 1/1\n\nCoopération internationale\n\nLa Conférence des Parties,",
         "es": "Resolución 1/1\n\nCooperación internacional\n\nLa Conferencia de las Partes,",
         "ru": "Резолюция 1/1\n\nМеждународное сотрудничество\n\nКонференция участников,",
         "ar": "القرار 1/1\n\nالتعاون الدولي\n\nإن مؤتمر الأطراف،"}
OPS = {"en": "1. Encourages cooperation.", "fr": "1. Encourage la coopération.", "es": "1. Alienta la cooperación.",
       "ru": "1. поощряет сотрудничество.", "ar": "1 - يشجع التعاون."}


def _versions(lang: str, preamble: str):
    text = f"{HEADS[lang]}\n\n{preamble}\n\n{OPS[lang]}\n"
    return [segment(Document(ZH_EXPERTS, "zh", name="r.zh")), segment(Document(text, lang, name=f"r.{lang}"))]


@pytest.mark.parametrize("lang", sorted(WORDED))
def test_a_number_written_in_words_in_one_version_is_no_mismatch(lang):
    assert run_checks(_versions(lang, WORDED[lang]), rules=["number-mismatch"]).findings == ()


@pytest.mark.parametrize("lang, wrong", [
    ("en", "forty-six experts"), ("fr", "quarante-six experts"), ("es", "cuarenta y seis expertos"),
    ("ru", "сорок шесть экспертов"), ("ar", "ستة وأربعين خبيرا"),
])
def test_a_different_number_in_words_is_still_a_mismatch(lang, wrong):
    right = {"en": "forty-five experts", "fr": "quarante-cinq experts", "es": "cuarenta y cinco expertos",
             "ru": "сорок пять экспертов", "ar": "خمسة وأربعين خبيرا"}[lang]
    assert right in WORDED[lang]
    found = run_checks(_versions(lang, WORDED[lang].replace(right, wrong)), rules=["number-mismatch"]).findings
    assert len(found) == 1 and dict(found[0].evidence)["only in zh"] == "number 45"


def test_chinese_numerals_against_digits():
    zh = ZH_EXPERTS.replace("来自 30 个国家的 45 名专家", "来自三十个国家的四十五名专家")
    en = f"{HEADS['en']}\n\nNoting that 45 experts from 30 States attended the meeting,\n\n{OPS['en']}\n"
    segs = [segment(Document(zh, "zh", name="r.zh")), segment(Document(en, "en", name="r.en"))]
    assert run_checks(segs, rules=["number-mismatch"]).findings == ()
    segs[0] = segment(Document(zh.replace("四十五名", "四十六名"), "zh", name="r.zh"))
    found = run_checks(segs, rules=["number-mismatch"]).findings
    assert len(found) == 1 and dict(found[0].evidence)["only in en"] == "number 45"
