"""Unit and sentence alignment: the sample, perturbed versions with known beads and flags, six-way rows."""

from __future__ import annotations

import re

import pytest

import corpora
from aligner.align import align_documents, align_pair, align_presplit, align_sentences_within
from aligner.model import Alignment, Document, Segmentation
from aligner.segment import segment

SAMPLE = "untoc-cop-res-11-1"
OTHERS = ("en", "fr", "es", "ru", "ar")


@pytest.fixture(scope="module")
def sample() -> dict[str, Segmentation]:
    return {lang: segment(corpora.load(SAMPLE, lang)) for lang in ("zh", *OTHERS)}


def _edited(lang: str, edit) -> Segmentation:
    doc = corpora.load(SAMPLE, lang)
    text = edit(doc.text)
    assert text != doc.text, "the edit changed nothing"
    return segment(Document(text=text, lang=lang, name=f"{doc.name}-edited"))


def _pairs(alignment: Alignment) -> list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    src, tgt = alignment.languages
    return [(b.ids[src], b.ids[tgt], b.flags) for b in alignment.beads]


def _line_starting(text: str, prefix: str) -> str:
    return next(line for line in text.split("\n") if line.startswith(prefix))


@pytest.mark.parametrize("lang", OTHERS)
def test_sample_aligns_unit_for_unit_without_flags(sample: dict[str, Segmentation], lang: str) -> None:
    alignment = align_pair(sample["zh"], sample[lang])
    assert [(b.ids["zh"], b.ids[lang]) for b in alignment.beads] == [((u.id,), (u.id,)) for u in sample["zh"].units]
    assert all(not b.flags for b in alignment.beads)
    assert all(0.5 <= b.score <= 1.0 for b in alignment.beads)


def test_six_way_table_has_every_unit_in_its_row(sample: dict[str, Segmentation]) -> None:
    alignment = align_documents([sample[lang] for lang in ("zh", *OTHERS)], pivot="zh")
    assert alignment.languages == ("zh", *OTHERS)
    assert len(alignment.beads) == len(sample["zh"].units)
    for bead, unit in zip(alignment.beads, sample["zh"].units):
        assert all(bead.ids[lang] == (unit.id,) for lang in alignment.languages)
        assert not bead.flags
        assert bead.texts["ar"] == sample["ar"].get(unit.id).text


def test_recommendation_deleted_from_target(sample: dict[str, Segmentation]) -> None:
    target = _edited("en", lambda t: t.replace(_line_starting(t, "(c) States parties are further") + "\n\n", ""))
    beads = _pairs(align_pair(sample["zh"], target))
    assert (("annex1.c",), (), ("missing-in-target",)) in beads
    others = [b for b in beads if b[0] != ("annex1.c",)]
    assert all(b[0] == b[1] and not b[2] for b in others)


def test_two_preambular_paragraphs_merged(sample: dict[str, Segmentation]) -> None:
    def merge(text: str) -> str:
        second = _line_starting(text, "Reaffirming its decision 3/2")
        return text.replace(",\n\n" + second, ", " + second[0].lower() + second[1:])

    target = _edited("en", merge)
    beads = _pairs(align_pair(sample["zh"], target))
    assert (("pp.2", "pp.3"), ("pp.2",), ()) in beads
    # the later paragraphs are renumbered in the target and still found
    assert (("pp.4",), ("pp.3",), ()) in beads
    assert (("pp.8",), ("pp.7",), ()) in beads
    assert all(b[0] == b[1] for b in beads if b[0] and b[0][0].startswith(("op.", "annex")))


def test_paragraph_split_in_two(sample: dict[str, Segmentation]) -> None:
    def split(text: str) -> str:
        line = _line_starting(text, "Recalling also its resolution 8/1")
        first, second = line.split(", in which ", 1)
        return text.replace(line, f"{first},\n\nin which {second}")

    target = _edited("en", split)
    beads = _pairs(align_pair(sample["zh"], target))
    assert (("pp.5",), ("pp.5", "pp.6"), ()) in beads
    assert (("pp.6",), ("pp.7",), ()) in beads


def test_untranslated_english_paragraph_inserted_into_french(sample: dict[str, Segmentation]) -> None:
    english = _line_starting(corpora.load(SAMPLE, "en").text, "Recalling also its resolution 8/1")

    def insert(text: str) -> str:
        line = _line_starting(text, "Rappelant sa décision 4/2")
        return text.replace(line, f"{line}\n\n{english}")

    target = _edited("fr", insert)
    assert target.get("pp.5").text.startswith("Recalling also")
    beads = _pairs(align_pair(sample["zh"], target))
    assert ((), ("pp.5",), ("missing-in-source", "untranslated")) in beads
    assert (("pp.5",), ("pp.6",), ()) in beads
    assert (("pp.4",), ("pp.4",), ()) in beads


def test_wrong_article_number_is_flagged(sample: dict[str, Segmentation]) -> None:
    def wrong(text: str) -> str:
        line = _line_starting(text, "(j) States parties are encouraged")
        return text.replace(line, line.replace("article 20 of the Convention", "article 21 of the Convention"))

    target = _edited("en", wrong)
    beads = _pairs(align_pair(sample["zh"], target))
    assert (("annex1.j",), ("annex1.j",), ("number-mismatch",)) in beads
    assert sum(1 for b in beads if b[2]) == 1


@pytest.mark.parametrize("forty_five, flagged", [("Quarante-cinq", False), ("Quarante-six", True)])
def test_a_number_in_words_against_digits_is_flagged_only_when_it_differs(forty_five: str, flagged: bool) -> None:
    zh = segment(Document("报告\n\n1. 来自30个国家的45名专家出席了会议。与会者讨论了合作。\n", "zh", name="r.zh"))
    fr = segment(Document(f"Rapport\n\n1. {forty_five} experts de 30 États ont participé à la réunion. "
                          "Les participants ont examiné la coopération.\n", "fr", name="r.fr"))
    units = _pairs(align_pair(zh, fr))
    assert [(("para.1",), ("para.1",), ("number-mismatch",) if flagged else ())] == [b for b in units if b[0] == ("para.1",)]
    sentences = align_sentences_within(align_pair(zh, fr), zh, fr)
    first = [b for b in sentences.beads if "para.1.s1" in b.ids["zh"]]
    assert len(first) == 1 and ("number-mismatch" in first[0].flags) == flagged


#: Item letters at the start of a line: "(a) ", "a) ", "а) " (Cyrillic), "(أ) ", "（a）".
_ITEM_LETTER = re.compile(r"^[ \t]*(?:\([a-z]\)|[a-z]\)|[а-я]\)|\([\u0621-\u064a]\)|（[a-z]）)[ \t]*", re.MULTILINE)


@pytest.mark.parametrize(("source", "target"), [("fr", "es"), ("es", "ru"), ("ar", "fr"), ("zh", "ru")])
def test_items_whose_letters_one_version_lost_still_align_one_to_one(
        sample: dict[str, Segmentation], source: str, target: str) -> None:
    """Without their letters the target's items are plain paragraphs ("annex1.p1"): neither their ids nor their
    kind may keep them from their lettered counterparts, for a pair with no dictionary either."""
    lost = _edited(target, lambda t: _ITEM_LETTER.sub("", t))
    original = {u.text: u.id for u in sample[target].units}
    expected = {original[u.text]: u.id for u in lost.units if u.text in original}
    assert expected["annex1.a"] == "annex1.p1" and expected["annex2.m"] == "annex2.p13"
    beads = _pairs(align_pair(sample[source], lost))
    got = {b[0][0]: b[1] for b in beads if len(b[0]) == 1}
    assert {uid: got.get(uid) for uid in expected} == {uid: (tid,) for uid, tid in expected.items()}
    assert sum(1 for b in beads if "low-confidence" in b[2]) <= 1  # length is all a pair like ar–fr has there


def test_six_way_with_a_missing_unit_keeps_rows(sample: dict[str, Segmentation]) -> None:
    target = _edited("ru", lambda t: t.replace(_line_starting(t, "d) государствам-участникам") + "\n\n", ""))
    docs = [sample["zh"], sample["en"], target, sample["ar"]]
    alignment = align_documents(docs, pivot="zh")
    row = next(b for b in alignment.beads if b.ids["zh"] == ("annex1.d",))
    assert row.ids["ru"] == () and row.ids["en"] == ("annex1.d",) and row.ids["ar"] == ("annex1.d",)
    assert "ru:missing-in-target" in row.flags


def test_six_way_units_without_a_pivot_counterpart_share_a_row_by_id(sample: dict[str, Segmentation]) -> None:
    """The published versions have their masthead, the pivot text has none: each masthead line is one row with
    every version's unit of that id, not one row per version; where one version alone has them, its own rows."""
    masthead = {"en": ("United Nations CTOC/COP/2022/L.5", "Distr.: Limited 14 October 2022"),
                "fr": ("Nations Unies CTOC/COP/2022/L.5", "Distr. limitée 14 octobre 2022"),
                "ar": ("الأمم المتحدة CTOC/COP/2022/L.5", "Distr.: Limited 14 October 2022")}
    docs = [sample["zh"]] + [_edited(lang, lambda t, lang=lang: "\n\n".join(masthead[lang]) + "\n\n" + t)
                             for lang in masthead]
    alignment = align_documents(docs, pivot="zh")
    top = alignment.beads[:2]
    assert [b.ids for b in top] == [{"zh": (), "en": (f"masthead.{n}",), "fr": (f"masthead.{n}",),
                                     "ar": (f"masthead.{n}",)} for n in (1, 2)]
    assert all(f"{lang}:missing-in-source" in b.flags for b in top for lang in masthead)
    assert alignment.beads[2].ids["zh"] == ("symbol",)
    only_en = align_documents([sample["zh"], docs[1], sample["fr"]], pivot="zh")
    assert [b.ids for b in only_en.beads[:2]] == [{"zh": (), "en": (f"masthead.{n}",), "fr": ()} for n in (1, 2)]


def test_sentence_level_inside_units(sample: dict[str, Segmentation]) -> None:
    units = align_pair(sample["zh"], sample["en"])
    sentences = align_sentences_within(units, sample["zh"], sample["en"])
    assert sentences.level == "sentence"
    # (c) has two sentences in both versions: 1-1 twice
    c = [(b.ids["zh"], b.ids["en"]) for b in sentences.beads if b.ids["zh"] and b.ids["zh"][0].startswith("annex1.c.")]
    assert c == [(("annex1.c.s1",), ("annex1.c.s1",)), (("annex1.c.s2",), ("annex1.c.s2",))]
    covered = [i for b in sentences.beads for i in b.ids["zh"]]
    assert covered == [f"{u.id}.s{k}" for u in sample["zh"].units for k in range(1, len(u.sentences) + 1)]


def test_presplit_ids_are_line_numbers() -> None:
    src = ["第一句话。", "第二句话很长，包括许多词语。", "第三句。"]
    tgt = ["The first sentence.", "The second sentence is long and contains many words.", "The third."]
    alignment = align_presplit(src, tgt, "zh", "en")
    assert [(b.ids["zh"], b.ids["en"]) for b in alignment.beads] == [(("0",), ("0",)), (("1",), ("1",)), (("2",), ("2",))]


def test_same_language_twice_is_refused(sample: dict[str, Segmentation]) -> None:
    from aligner.errors import AlignError

    with pytest.raises(AlignError, match="same language"):
        align_documents([sample["zh"], sample["en"], sample["en"]])


def test_glossary_terms_become_dictionary_evidence() -> None:
    from aligner.align import lexicon_for
    from glossary.model import Entry, Term

    entry = Entry(concept="jib", terms={"zh": (Term("联合调查机构", "zh"),), "fr": (Term("organes d'enquête conjoints", "fr"),)})
    assert lexicon_for("zh", "fr") is None
    lexicon = lexicon_for("zh", "fr", [entry])
    assert lexicon is not None and lexicon.src_lang == "zh" and lexicon.tgt_lang == "fr"
    assert any(lexicon.translations(key) for key in lexicon.entries)
    zh_en = lexicon_for("en", "zh")
    assert zh_en is not None and zh_en.src_lang == "en" and len(zh_en) > 1000


def test_plain_texts_align_sentences_across_paragraph_boundaries() -> None:
    zh = Document(text="今天天气很好。我们去公园散步。\n\n后来下雨了。我们回家了。", lang="zh", name="story-zh")
    en = Document(text="The weather was fine today. We went for a walk in the park. Later it rained.\n\nWe went home.",
                  lang="en", name="story-en")
    alignment = align_documents([segment(zh), segment(en)], level="sentence")
    assert [(b.ids["zh"], b.ids["en"]) for b in alignment.beads] == [
        (("p.1.s1",), ("p.1.s1",)), (("p.1.s2",), ("p.1.s2",)), (("p.2.s1",), ("p.1.s3",)), (("p.2.s2",), ("p.2.s1",))
    ]


def test_a_chinese_version_in_traditional_characters_aligns_as_its_simplified_form(sample) -> None:
    """The dictionary evidence of the unit aligner reads Traditional characters as Simplified ones: the same beads
    and scores."""
    from aligner.tokens import load_opencc

    zh = corpora.load("untoc-cop-res-11-1", "zh").text
    traditional = segment(Document(load_opencc("s2t").convert(zh), "zh", name="untoc.zh"))
    simplified = segment(Document(zh, "zh", name="untoc.zh"))
    expected = [(b.ids, round(b.score, 6)) for b in align_pair(simplified, sample["en"]).beads]
    assert [(b.ids, round(b.score, 6)) for b in align_pair(traditional, sample["en"]).beads] == expected


#: A story in paragraphs; the English joins the first two and the fifth and sixth (written for this test).
STORY_ZH = [
    "那天晚上我没有离开。", "她拉住我，请我留下来。", "第二天早上，我们一起去了市场，买了很多水果和蔬菜。",
    "市场上的人很多，卖鱼的老人一直在唱歌。", "我们回家以后，她开始做饭。", "我在院子里看书。",
    "晚饭以后，我们坐在门口，看着天上的星星，谈了很久。", "她说她明年想去北京上大学。",
]
STORY_EN = [
    "I did not leave that night: she held on to me and asked me to stay.",
    "The next morning we went to the market together and bought a lot of fruit and vegetables.",
    "The market was crowded, and the old man selling fish kept singing.",
    "When we got home she started cooking while I read a book in the yard.",
    "After dinner we sat at the door, looked at the stars in the sky and talked for a long time.",
    "She said she wanted to go to university in Beijing next year.",
]


def test_paragraphs_without_un_structure_align_as_sentences_do() -> None:
    zh = segment(Document(text="\n\n".join(STORY_ZH), lang="zh", name="story-zh"))
    en = segment(Document(text="\n\n".join(STORY_EN), lang="en", name="story-en"))
    assert [u.id for u in zh.units] == [f"p.{k}" for k in range(1, 9)]
    pairs = [(b.ids["zh"], b.ids["en"]) for b in align_pair(zh, en).beads]
    assert pairs == [
        (("p.1", "p.2"), ("p.1",)), (("p.3",), ("p.2",)), (("p.4",), ("p.3",)), (("p.5", "p.6"), ("p.4",)),
        (("p.7",), ("p.5",)), (("p.8",), ("p.6",)),
    ]


@pytest.mark.parametrize("uid, positional", [
    ("p.1", True), ("annex1.p2", True), ("p.3.a", True), ("ch.1.p3", True),
    ("annex1.p", False), ("pp.1", False), ("op.12", False), ("ch.1", False), ("dr1.op.1", False),
])
def test_ids_made_from_a_paragraphs_place_are_positional(uid: str, positional: bool) -> None:
    from aligner.align import _positional

    assert _positional(uid) is positional


REPORT_EN = """I. Introduction

The Working Group met in Vienna in June 2021. It discussed the use of special investigative techniques.

The meeting was opened by the Chair, who welcomed the participants and recalled the mandate of the Working Group.

II. Discussion

Several speakers described the legal frameworks of their countries for joint investigations.

One speaker noted the need for training of judges and prosecutors.
"""
#: The Chinese version gives the first paragraph's second sentence a paragraph of its own (written for this test).
REPORT_ZH = """一、导言

工作组于2021年6月在维也纳举行会议。

会议讨论了特殊侦查手段的使用。

主席宣布会议开幕，欢迎与会者并回顾了工作组的任务授权。

二、讨论情况

若干发言者介绍了本国关于联合调查的法律框架。

一位发言者指出需要对法官和检察官进行培训。
"""


def test_unnumbered_paragraphs_between_headings_align_by_content_not_by_place() -> None:
    zh = segment(Document(REPORT_ZH, "zh", name="report-zh"))
    en = segment(Document(REPORT_EN, "en", name="report-en"))
    assert [u.id for u in en.units] == ["ch.1", "p.1", "p.2", "ch.2", "p.3", "p.4"]
    pairs = [(b.ids["zh"], b.ids["en"]) for b in align_pair(zh, en).beads]
    assert pairs == [(("ch.1",), ("ch.1",)), (("p.1", "p.2"), ("p.1",)), (("p.3",), ("p.2",)), (("ch.2",), ("ch.2",)),
                     (("p.4",), ("p.3",)), (("p.5",), ("p.4",))]


def test_presplit_ids_count_blank_lines_which_are_in_no_bead() -> None:
    src = ["第一句话。", "", "第二句话很长，包括许多词语。", "第三句。"]
    tgt = ["The first sentence.", "The second sentence is long and contains many words.", "  ", "The third."]
    alignment = align_presplit(src, tgt, "zh", "en")
    assert [(b.ids["zh"], b.ids["en"]) for b in alignment.beads] == [(("0",), ("0",)), (("2",), ("1",)), (("3",), ("3",))]


def _resolution(lang: str, operative: list[str], extra_after: int = 0, extra: int = 0) -> Segmentation:
    head = {"en": "Resolution 1/1\n\nTitle\n\nThe Conference of the Parties,\n\n",
            "fr": "Résolution 1/1\n\nTitre\n\nLa Conférence des Parties,\n\n"}[lang]
    paras = [f"{k}. {text}" for k, text in enumerate(operative, start=1)]
    word = {"en": "Unnumbered note", "fr": "Note sans numéro"}[lang]
    paras[extra_after:extra_after] = [f"{word} {k} on item {k * 7}." for k in range(1, extra + 1)]
    return segment(Document(head + "\n\n".join(paras) + "\n", lang, name=f"r.{lang}"))


def test_the_search_narrows_where_ids_are_shared_and_widens_over_a_stretch_without_them() -> None:
    from aligner.align import _NEAR, _guide

    en = _resolution("en", [f"Decides item {k}." for k in range(1, 31)], extra_after=10, extra=12)
    fr = _resolution("fr", [f"Décide le point {k}." for k in range(1, 31)])
    guide = _guide(list(en.units), list(fr.units), 15)
    assert guide is not None and len(guide) == len(en.units) + 1
    halves = [half for _, half in guide]
    first_note = [u.id for u in en.units].index("p.1")
    assert halves[first_note - 3] == _NEAR + 1  # op.8: its neighbours' ids are shared
    assert all(half == 15 for half in halves[first_note:first_note + 12])  # 12 notes French lacks: capped
    assert halves[-3] == _NEAR + 1
    centres = [centre for centre, _ in guide]
    assert centres == sorted(centres)


def test_notes_one_version_lacks_between_shared_ids_are_beads_of_their_own() -> None:
    en = _resolution("en", [f"Decides item {k} on cooperation." for k in range(1, 31)], extra_after=10, extra=12)
    fr = _resolution("fr", [f"Décide le point {k} sur la coopération." for k in range(1, 31)])
    beads = align_pair(en, fr).beads
    pairs = [(b.ids["en"], b.ids["fr"]) for b in beads]
    assert [p for p in pairs if p[0] and p[0][0].startswith("p.")] == [((f"p.{k}",), ()) for k in range(1, 13)]
    assert all(a == b for a, b in pairs if a and b)


def test_a_signature_is_never_untranslated() -> None:
    # "(Firmado) Alexander Marschik Embajador Representante Permanente": names and titles, in no language of their own
    from tests.test_segment_letters import LETTER

    zh, es = (segment(Document("\n\n".join(LETTER[lang]), lang, name=f"letter.{lang}")) for lang in ("zh", "es"))
    assert len(es.get("signature").text) >= 60
    beads = _pairs(align_pair(zh, es))
    assert [b for b in beads if b[0] == ("signature",)] == [(("signature",), ("signature",), ())]


def test_many_paragraphs_added_in_one_place_still_align(sample: dict[str, Segmentation]) -> None:
    # 45 paragraphs no other version has, between two recommendations: further from the path the shared ids
    # propose than the search around it reaches, so the search falls back on the band around the diagonal
    def added(text: str) -> str:
        line = _line_starting(text, "(d) ")
        extra = "\n\n".join(f"An added paragraph, number {n}, with words that no other version has." for n in range(45))
        return text.replace(line, f"{extra}\n\n{line}")

    target = _edited("en", added)
    beads = _pairs(align_pair(sample["zh"], target))
    assert sum(1 for zh, en, _ in beads if not zh) == 45
    assert [(zh, en) for zh, en, _ in beads if zh] == [((u.id,), (u.id,)) for u in sample["zh"].units]


def test_shared_ids_out_of_order_guide_nothing() -> None:
    from aligner.align import _in_order

    # (source position, target position) of shared ids: the 5 and the 9 cross the others
    assert _in_order([(1, 1), (2, 5), (3, 2), (4, 3), (5, 4), (6, 9), (7, 6)]) == [(1, 1), (3, 2), (4, 3), (5, 4), (7, 6)]
    assert _in_order([]) == [] and _in_order([(1, 3)]) == [(1, 3)]
