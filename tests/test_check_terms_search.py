"""Term search in a whole document at once: every form, every place, the same as unit by unit."""

from __future__ import annotations

import re

import jieba
import pytest

import corpora
from aligner.model import Document
from aligner.segment import segment
from glossary.checks import terms
from glossary.checks.model import SharedWork
from glossary.checks.runner import check_each, run_checks
from glossary.model import Entry, Term
from glossary.reference import load_reference, parse_term_table


def zh_doc(paras: list[str], name: str = "t.zh"):
    head = "第 1/1 号决议\n\n国际合作\n\n缔约方会议，\n\n"
    return segment(Document(head + "\n\n".join(paras) + "\n", "zh", name=name))


def spans_in(text: str, form: str) -> list[tuple[int, int]]:
    """Non-overlapping places of ``form`` in ``text``, left to right (written out here, independently of the code)."""
    found, at = [], 0
    while True:
        at = text.find(form, at)
        if at < 0:
            return found
        found.append((at, at + len(form)))
        at += len(form)


def test_every_form_is_found_at_every_place_in_its_unit_overlapping_forms_included():
    seg = zh_doc(["注意到联合调查和联合调查机构的作用，", "回顾联合调查机构联合调查机构的工作，", "鼓励设立联合调查机构。",
                  "加强合作合作合作，"])
    doc = terms._prepare(seg)
    for form in ("联合调查", "联合调查机构", "调查机构", "机构", "合作", "合作合作"):
        expected = {k: spans_in(item.search, form) for k, item in enumerate(doc.items)}
        assert doc.hits(form) == {k: s for k, s in expected.items() if s}, form
    # a longer form and the shorter forms inside it are each found where they stand
    pp2 = next(k for k, item in enumerate(doc.items) if item.unit.id == "pp.2")
    assert doc.hits("联合调查机构")[pp2] == [(2, 8), (8, 14)]
    assert doc.hits("联合调查")[pp2] == [(2, 6), (8, 12)]
    assert doc.hits("机构联合")[pp2] == [(6, 10)]
    assert [spans for spans in doc.hits("合作合作").values()] == [[(2, 6)]]  # a form overlapping itself: once


def test_a_form_is_never_found_across_two_units():
    seg = zh_doc(["注意到各国的联合", "调查机构的作用，"])
    doc = terms._prepare(seg)
    assert doc.hits("联合调查") == {}
    assert doc.hits("的联合") and doc.hits("调查机构")


def test_traditional_characters_are_found_under_the_simplified_form_at_their_own_offsets():
    seg = zh_doc(["注意到聯合調查機構的作用，", "回顾联合调查机构的工作，"])
    doc = terms._prepare(seg)
    found = doc.hits("联合调查机构")
    assert len(found) == 2
    for k, spans in found.items():
        unit = doc.items[k].unit
        assert [unit.text[s:e] for s, e in spans] in (["聯合調查機構"], ["联合调查机构"])
    assert doc.hits("聯合調查機構") == found  # the Traditional form finds the same places


def test_forms_with_latin_letters_are_found_with_or_without_spaces():
    seg = zh_doc(["关切2019冠状病毒病（COVID-19）大流行，", "注意到 2019 冠状病毒病的影响，"])
    doc = terms._prepare(seg)
    found = doc.hits("2019冠状病毒病")
    surfaces = sorted(doc.items[k].unit.text[s:e] for k, spans in found.items() for s, e in spans)
    assert surfaces == ["2019 冠状病毒病", "2019冠状病毒病"]


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "ar"])
def test_whole_document_search_gives_what_a_unit_by_unit_search_gives(lang):
    seg = segment(corpora.load("untoc-cop-res-11-1", lang))
    doc = terms._prepare(seg)
    forms = [t.text for e in load_reference() for t in e.terms.get(lang, ())]
    assert len(forms) > 40
    assert any(doc.hits(form) for form in forms)
    for form in forms:
        by_unit = {k: terms.find_form(item.search, form, lang) for k, item in enumerate(doc.items)
                   if terms._first_stem(form) in item.search}
        assert doc.hits(form) == {k: s for k, s in by_unit.items() if s}, form


TRICKY = {"en": ("outlaws law-abiding laws lawful law", ["law", "laws", "law enforcement"]),
          "fr": ("les autorités centrales, autoritésx autorité centrale", ["autorité centrale"]),
          "es": ("autoridades centrales; la autoridad central", ["autoridad central"]),
          "ru": ("центральные органы центрального органа", ["центральный орган"]),
          "ar": ("والقانون وللقانون قانون القانونية", ["القانون", "قانون"])}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar"])
def test_a_long_text_is_searched_from_the_probe_with_the_spans_of_a_full_scan(lang):
    text = " ".join(u.text.casefold() for u in segment(corpora.load("untoc-cop-res-11-1", lang)).units)
    tricky, tricky_forms = TRICKY[lang]
    text = f"{tricky} {text} {tricky} {tricky}"
    assert len(text) > terms._LONG_TEXT
    forms = [t.text for e in load_reference() for t in e.terms.get(lang, ())] + tricky_forms
    found = 0
    for form in forms:
        spans = terms.find_form(text, form, lang)
        assert spans == [m.span() for m in terms.form_pattern(form, lang).finditer(text)], form
        found += len(spans)
    assert found > 50
    assert len(terms.find_form(text, tricky_forms[0], lang)) >= 3  # the tricky line's forms, three times over


def test_english_forms_are_found_inflected_and_not_inside_other_words():
    seg = segment(Document("Resolution 1/1\n\nThe Conference of the Parties,\n\n1. Invites State party experts,\n\n"
                           "2. Thanks the States parties and the statesmen parties.\n", "en", name="t.en"))
    doc = terms._prepare(seg)
    found = [doc.items[k].search[s:e] for k, spans in doc.hits("States parties").items() for s, e in spans]
    assert found == ["state party", "states parties"]


def test_simplified_conversion_in_one_go_is_the_conversion_unit_by_unit():
    from aligner.tokens import simplified_each

    texts = ["聯合調查機構", "", "主管機關的作用", "乾燥的天氣", "没有繁体字", "發展\n中國家"]
    assert simplified_each(texts) == [terms.simplified(t) for t in texts]
    assert simplified_each(texts[:5]) == [terms.simplified(t) for t in texts[:5]]


def test_pieces_cover_the_form_and_one_survives_the_edits():
    for form, edits in (("联合国打击跨国有组织犯罪公约", 2), ("被判刑人员的移交", 1), ("缔约方会议", 1)):
        pieces = terms._pieces(form, edits)
        assert len(pieces) == edits + 1 and "".join(pieces) == form and all(pieces)


NEAR_CASES = [
    # (form, paragraphs): near matches next to, inside and overlapping exact ones
    ("联合国打击跨国有组织犯罪公约", ["回顾《联合国打击跨国组织犯罪公约》和《联合国打击跨国有组织犯罪公约》，",
                             "又回顾联合国打击跨国有组织犯罪公约联合国打击跨国组织犯罪公约，"]),
    ("被判刑人员的移交", ["注意到被判刑人员移交的问题，", "注意到被判刑人员的移交问题，", "关于被判刑人的移交，"]),
    ("缔约方会议", ["缔约国会议和缔约方会议，", "缔约方会议缔约方会议议", "缔约方会会议", "缔结方会议"]),
    ("国际合作作", ["加强国际合作作用，", "国际合作作，"]),  # the form ends with a repeated character: a shorter window
    # at the start of the form itself ends like the form
]


@pytest.mark.parametrize("form, paras", NEAR_CASES)
def test_near_matches_found_through_the_index_are_those_of_a_full_scan(form, paras):
    seg = zh_doc(paras)
    doc = terms._prepare(seg)
    full = {}
    for k, item in enumerate(doc.items):
        spans = list(terms._near_spans(item.search, form, "zh"))
        target = terms._simplified_form(form)
        limit = 1 if len(target) < 10 else 2
        quick = target[0] in item.search and \
            sum(target[i:i + 2] in item.search for i in range(len(target) - 1)) >= len(target) - 1 - 2 * limit
        if spans and quick:
            full[k] = spans
    assert full, "the case must hold near matches"
    terms._find_near(doc, [form])
    assert doc.near[form] == full


def test_jieba_makes_words_of_several_chinese_characters_only_from_its_dictionary():
    """What :func:`terms._may_be_word` relies on to avoid cutting a text."""
    text = corpora.load("untoc-cop-res-11-1", "zh").text
    words = [w for w in jieba.cut(text, HMM=False) if len(w) > 1 and re.fullmatch("[\u3400-\u9fff]+", w)]
    assert len(words) > 200
    assert all(terms._may_be_word(w) for w in words)
    assert not terms._may_be_word("移交请") and terms._may_be_word("请") and terms._may_be_word("请求")


def test_other_wording_is_still_found_where_the_changed_part_is_a_word():
    reference = parse_term_table("id\tzh\ten\nca\t主管机关\tcompetent authorities\n")
    zh = zh_doc(["注意到主管当局的作用，"], name="w.zh")
    en = segment(Document("Resolution 1/1\n\nInternational cooperation\n\nThe Conference of the Parties,\n\n"
                          "Noting the role of competent authorities,\n", "en", name="w.en"))
    found = [f for f in run_checks([zh, en], reference=reference, rules=["reference-deviation"]).findings]
    assert len(found) == 1 and "主管当局" in found[0].message


def test_work_on_the_shared_version_follows_the_reference_and_the_glossary_of_each_run():
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))
    zh = segment(corpora.load("untoc-cop-res-11-1", "zh"))
    shared = SharedWork((en,))
    one = parse_term_table("id\tzh\ten\nca\t主管机关\tcompetent authorities; relevant authorities\n")
    other = (Entry("ca", {"zh": (Term("主管机关", "zh"), Term("有关机关", "zh", status="deprecated"))}, source="reference"),)
    text = zh.document.text.replace("主管机关", "有关机关", 1)
    draft = segment(Document(text, "zh", name=zh.document.name, path=zh.document.path))
    for reference, glossary in ((one, ()), (other, ()), (one, tuple(other)), (other, ())):
        with_shared = run_checks([draft, en], reference=reference, glossary=glossary, alignment="structure",
                                 extract=False, shared=shared)
        alone = run_checks([draft, en], reference=reference, glossary=glossary, alignment="structure", extract=False)
        assert with_shared.findings == alone.findings
    deprecated = [f for f in alone.findings if f.severity == "error" and f.rule == "reference-deviation"]
    assert len(deprecated) == 1 and "有关机关" in deprecated[0].message


def test_check_each_finds_the_same_terms_in_every_copy_of_a_draft():
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))
    text = corpora.load("untoc-cop-res-11-1", "zh").text.replace("主管机关", "主管機關", 1)
    drafts = [segment(Document(text, "zh", name=f"d{n}/untoc-cop-res-11-1/zh.txt")) for n in range(3)]
    results = list(check_each(drafts, [en], reference=load_reference(), extract=False, alignment="structure"))
    shapes = [sorted((f.rule, f.message.replace(f"d{n}/", "")) for f in r.findings) for n, r in enumerate(results)]
    assert shapes[0] == shapes[1] == shapes[2]
    assert any(rule == "term-variant" and "主管機關" in message for rule, message in shapes[0])


def test_how_a_shared_version_uses_the_reference_is_worked_out_again_when_the_reference_changes():
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))
    zh = segment(corpora.load("untoc-cop-res-11-1", "zh"))
    shared = SharedWork((en,))
    one = parse_term_table("id\tzh\ten\nca\t主管机关\tcompetent authorities\n")
    other = parse_term_table("id\tzh\ten\ncp\t缔约方会议\tConference of the Parties\n")
    for reference, concept in ((one, "ca"), (other, "cp"), (one, "ca")):
        run_checks([zh, en], reference=reference, alignment="structure", extract=False, shared=shared,
                   rules=["reference-deviation"])
        doc = shared.once("term-texts", en, lambda: None)  # the prepared version the runs share
        assert doc is not None and {c for used in doc.use.concepts.values() for c in used} == {concept}


def test_a_form_is_searched_once_per_document_and_found_in_every_unit_holding_it():
    seg = zh_doc(["注意到联合调查和联合调查机构的作用，", "回顾联合调查机构的工作，"])
    doc = terms._prepare(seg)
    first = doc.hits("联合调查")
    assert doc.hits("联合调查") is first  # remembered for the document
    assert {doc.items[k].unit.id for k in first} == {"pp.1", "pp.2"}
