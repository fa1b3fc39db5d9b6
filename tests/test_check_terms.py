"""Term rules: term-variant, reference-deviation, inconsistent-equivalent (true positives and false-positive guards)."""

from __future__ import annotations

import pytest

from aligner.model import Document
from aligner.segment import segment
from glossary.checks.runner import run_checks
from glossary.model import Entry, Term
from glossary.reference import parse_term_table

REFERENCE = parse_term_table(
    "id\tzh\ten\n"
    "untoc\t联合国打击跨国有组织犯罪公约\tUnited Nations Convention against Transnational Organized Crime\n"
    "competent-authorities\t主管机关\tcompetent authorities\n"
    "jib\t联合调查机构\tjoint investigative bodies\n"
    "joint-investigations\t联合调查\tjoint investigations\n"
    "ne-bis-in-idem\t一事不再理\tne bis in idem\n"
)


def res(lang: str, name: str, paras: list[str], ops: list[str]) -> object:
    """A small resolution in zh or en with the given preambular and operative paragraphs."""
    if lang == "zh":
        head = "第 1/1 号决议\n\n国际合作\n\n缔约方会议，\n\n"
    else:
        head = "Resolution 1/1\n\nInternational cooperation\n\nThe Conference of the Parties,\n\n"
    body = "\n\n".join(paras) + "\n\n" + "\n\n".join(f"{k}. {t}" for k, t in enumerate(ops, start=1)) + "\n"
    return segment(Document(head + body, lang, name=name))


def findings(segs, rule, **kw):
    return [f for f in run_checks(segs, rules=[rule], **kw).findings if f.rule == rule]


# --- reference-deviation ---------------------------------------------------------------------------------

def test_near_match_of_a_long_reference_term_is_a_deviation_without_any_alignment():
    doc = res("zh", "a.zh", ["回顾《联合国打击跨国组织犯罪公约》，", "又回顾《联合国打击跨国有组织犯罪公约》，"],
              ["鼓励缔约国执行《联合国打击跨国组织犯罪公约》。"])
    found = findings([doc], "reference-deviation", reference=REFERENCE)
    assert len(found) == 1
    f = found[0]
    assert "联合国打击跨国组织犯罪公约" in f.message and f.suggestion.endswith("“联合国打击跨国有组织犯罪公约”")
    assert [loc.unit for loc in f.locations] == ["pp.1", "op.1"]
    loc = f.locations[0]
    assert doc.get(loc.unit).text[loc.start:loc.end] == "联合国打击跨国组织犯罪公约"
    assert ("联合国打击跨国有组织犯罪公约", "1") in f.evidence


def test_correct_reference_terms_and_short_terms_give_no_deviation():
    doc = res("zh", "a.zh", ["回顾《联合国打击跨国有组织犯罪公约》，", "注意到联合调查和联合调查机构的作用，"],
              ["鼓励主管机关开展联合调查。"])
    assert findings([doc], "reference-deviation", reference=REFERENCE) == []


def test_short_near_match_needs_the_aligned_version_to_show_the_concept():
    zh_text = ["注意到一事不二理原则，"]
    alone = res("zh", "b.zh", zh_text, ["鼓励缔约国合作。"])
    assert findings([alone], "reference-deviation", reference=REFERENCE) == []
    en = res("en", "b.en", ["Noting the principle of ne bis in idem,"], ["Encourages States parties to cooperate."])
    found = findings([alone, en], "reference-deviation", reference=REFERENCE)
    assert len(found) == 1 and "一事不二理" in found[0].message
    assert ("aligned version has", "en: ne bis in idem") in found[0].evidence


def test_the_aligned_versions_evidence_is_the_english_one_whatever_the_order_of_the_files():
    reference = parse_term_table("id\tzh\ten\tfr\nne-bis\t一事不再理原则\tprinciple of ne bis in idem\t"
                                 "principe ne bis in idem\n")
    zh = res("zh", "b.zh", ["注意到一事不二理原则，"], ["鼓励缔约国合作。"])
    en = res("en", "b.en", ["Noting the principle of ne bis in idem,"], ["Encourages States parties to cooperate."])
    fr = segment(Document("Résolution 1/1\n\nCoopération internationale\n\nLa Conférence des Parties,\n\n"
                          "Notant le principe ne bis in idem,\n\n1. Encourage les États parties à coopérer.\n", "fr",
                          name="b.fr"))
    for order in ([zh, fr, en], [fr, en, zh]):
        (found,) = findings(order, "reference-deviation", reference=reference)
        assert ("aligned version has", "en: principle of ne bis in idem") in found.evidence


def test_other_wording_in_one_document_of_a_series_is_found_through_its_aligned_version():
    """主管机关 in one resolution, 主管当局 in another, both “competent authorities” in English."""
    one_zh = res("zh", "res-1.zh", ["注意到主管机关的作用，"], ["鼓励各国主管机关合作。"])
    one_en = res("en", "res-1.en", ["Noting the role of competent authorities,"], ["Encourages competent authorities of States to cooperate."])
    two_zh = res("zh", "res-2.zh", ["回顾主管当局的职能，"], ["请秘书处协助。"])
    two_en = res("en", "res-2.en", ["Recalling the functions of competent authorities,"], ["Requests the secretariat to assist."])
    result = run_checks([one_zh, one_en, two_zh, two_en], reference=REFERENCE, rules=["reference-deviation"])
    assert len(result.groups) == 2
    found = [f for f in result.findings if "主管当局" in f.message]
    assert len(found) == 1
    assert {loc.document for loc in found[0].locations} == {"res-2.zh"}
    assert "主管机关" in found[0].suggestion
    # the same wording without English evidence is not reported
    assert findings([two_zh], "reference-deviation", reference=REFERENCE) == []


def test_deprecated_reference_term_is_an_error():
    entry = Entry("ca", {"zh": (Term("主管机关", "zh"), Term("有关当局", "zh", status="deprecated"))}, source="reference")
    doc = res("zh", "c.zh", ["注意到有关当局的作用，"], ["鼓励主管机关合作。"])
    found = findings([doc], "reference-deviation", reference=[entry])
    assert [f.severity for f in found] == ["error"]
    assert "有关当局" in found[0].message and "主管机关" in found[0].suggestion


# --- term-variant ------------------------------------------------------------------------------------------

def test_traditional_and_simplified_forms_are_variants():
    doc = res("zh", "d.zh", ["注意到聯合調查機構的作用，", "回顾联合调查机构的工作，"], ["鼓励设立联合调查机构。"])
    found = findings([doc], "term-variant", reference=REFERENCE)
    assert len(found) == 1
    assert "聯合調查機構" in found[0].message and "联合调查机构" in found[0].suggestion
    assert [loc.unit for loc in found[0].locations] == ["pp.1"]


def test_a_term_and_a_longer_term_containing_it_are_not_variants():
    """联合调查 (joint investigations) and 联合调查机构 (joint investigative bodies) are different concepts."""
    zh = res("zh", "e.zh", ["注意到联合调查和联合调查机构的作用，", "回顾联合调查，"], ["鼓励设立联合调查机构。"])
    en = res("en", "e.en", ["Noting the role of joint investigations and joint investigative bodies,",
                            "Recalling joint investigations,"], ["Encourages the establishment of joint investigative bodies."])
    assert findings([zh, en], "term-variant", reference=REFERENCE) == []
    assert findings([zh, en], "term-variant", reference=()) == []


def test_near_forms_across_documents_of_one_language_are_variants_with_the_majority_canonical():
    a = res("zh", "a.zh", ["注意到跨国有组织犯罪的威胁，", "关切跨国有组织犯罪的扩散，"], ["鼓励各国打击跨国有组织犯罪。"])
    b = res("zh", "b.zh", ["注意到跨国组织犯罪的威胁，"], ["鼓励各国应对跨国组织犯罪。"])
    found = findings([a, b], "term-variant")
    assert len(found) == 1
    f = found[0]
    assert "“跨国组织犯罪”" in f.message and "跨国有组织犯罪" in f.suggestion
    assert {loc.document for loc in f.locations} == {"b.zh"}
    assert dict(f.evidence) == {"跨国有组织犯罪": "3", "跨国组织犯罪": "2"}


def test_forms_differing_in_a_numeral_are_not_variants():
    a = res("zh", "a.zh", ["回顾工作组第十二次会议的建议，", "注意到工作组第十三次会议的建议，"],
            ["核可工作组第十二次会议和工作组第十三次会议的建议。"])
    assert findings([a], "term-variant") == []


def test_different_reference_concepts_are_never_variants_even_when_alike():
    entries = parse_term_table("id\tzh\nc1\t缔约方会议\nc2\t缔约国会议\n")
    a = res("zh", "a.zh", ["回顾缔约方会议和缔约国会议的工作，"], ["请缔约方会议审议。"])
    assert findings([a], "term-variant", reference=entries) == []


# --- inconsistent-equivalent ---------------------------------------------------------------------------------

def test_one_source_term_rendered_two_ways_across_documents():
    reference = parse_term_table("id\tzh\ten\nca\t主管机关\tcompetent authorities; relevant authorities\n")
    one_zh = res("zh", "r1.zh", ["注意到主管机关的作用，"], ["鼓励主管机关合作。"])
    one_en = res("en", "r1.en", ["Noting the role of competent authorities,"], ["Encourages competent authorities to cooperate."])
    two_zh = res("zh", "r2.zh", ["回顾主管机关的职能，"], ["请秘书处协助。"])
    two_en = res("en", "r2.en", ["Recalling the functions of relevant authorities,"], ["Requests the secretariat to assist."])
    found = findings([one_zh, one_en, two_zh, two_en], "inconsistent-equivalent", reference=reference)
    assert len(found) == 1
    f = found[0]
    assert "主管机关" in f.message and "“relevant authorities” (1)" in f.message
    assert dict(f.evidence) == {"competent authorities": "2", "relevant authorities": "1"}
    assert [(loc.document, loc.unit) for loc in f.locations] == [("r2.en", "pp.1")]
    assert "competent authorities" in f.suggestion


def test_consistent_rendering_and_a_missing_rendering_are_not_reported():
    reference = parse_term_table("id\tzh\ten\nca\t主管机关\tcompetent authorities; relevant authorities\n")
    zh = res("zh", "r1.zh", ["注意到主管机关的作用，"], ["鼓励主管机关合作。"])
    en = res("en", "r1.en", ["Noting the role of competent authorities,"], ["Encourages them to cooperate."])
    assert findings([zh, en], "inconsistent-equivalent", reference=reference) == []


def test_terms_written_alike_but_for_case_are_one_rendering_even_with_the_rule_alone():
    """Terms searched only by this rule (no other rule searched them first) are found too."""
    reference = (Entry("ca", {"zh": (Term("主管机关", "zh"),),
                              "en": (Term("competent authorities", "en"), Term("Competent Authorities", "en"))},
                       source="reference"),)
    zh = res("zh", "r1.zh", ["注意到主管机关的作用，"], ["鼓励主管机关合作。"])
    en = res("en", "r1.en", ["Noting the role of Competent Authorities,"], ["Encourages competent authorities to cooperate."])
    assert findings([zh, en], "inconsistent-equivalent", reference=reference, extract=False) == []


# --- near matches in French, Spanish, Russian and Arabic ---------------------------------------------


def _plain(lang: str, paragraphs: list[str]):
    return segment(Document("\n\n".join(paragraphs) + "\n", lang, name=f"doc.{lang}"))


@pytest.mark.parametrize("lang, misspelt, correct", [
    ("fr", "Rappelant la Convention des Nations Unies contre la criminalite transnationale organisée,",
     "Convention des Nations Unies contre la criminalité transnationale organisée"),
    ("es", "Recordando la Convención de las Naciones Unidas contra la Delincuencia Organisada Transnacional,",
     "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional"),
    ("ru", "ссылаясь на Конвенцию Организации Объединенных Наций против транснациональной организаванной преступности,",
     "Конвенция Организации Объединенных Наций против транснациональной организованной преступности"),
    ("ar", "وإذ يشير إلى اتفاقية الأمم المتحدة لمكافحة الجريمة المنضمة عبر الوطنية،",
     "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية"),
])
def test_a_misspelt_reference_term_is_a_deviation_in_inflected_languages(lang, misspelt, correct):
    from glossary.reference import load_reference

    doc = _plain(lang, [misspelt])
    found = findings([doc], "reference-deviation", reference=load_reference())
    assert len(found) == 1, [f.message for f in found]
    assert found[0].suggestion.endswith(f"“{correct}”")
    loc = found[0].locations[0]
    surface = doc.get(loc.unit).text[loc.start:loc.end]
    assert surface in misspelt and surface.casefold() != correct.casefold()


@pytest.mark.parametrize("apostrophe", ["’", "'", "ʼ"])
def test_a_reference_term_with_either_apostrophe_is_no_deviation(apostrophe):
    """UN French prints the typographic apostrophe, a glossary often the straight one: the same term."""
    from glossary.reference import load_reference

    reference = load_reference()
    terms = [t.text for e in reference for t in e.terms.get("fr", ()) if "'" in t.text]
    assert "organes d'enquête conjoints" in terms  # the shipped list writes it with the straight apostrophe
    doc = _plain("fr", [f"Encourage le recours aux organes d{apostrophe}enquête conjoints.",
                        f"Note le rôle des organes d{apostrophe}enquête conjoints."])
    assert findings([doc], "reference-deviation", reference=reference) == []
    assert findings([doc], "term-variant", reference=reference) == []
    misspelt = _plain("fr", [f"Encourage le recours aux organes d{apostrophe}enquête conjoint."])
    assert findings([misspelt], "reference-deviation", reference=reference) == []  # (a grammatical ending)
    wrong = _plain("fr", [f"Encourage le recours aux organes d{apostrophe}enqête conjoints, qui sont utiles."])
    assert len(findings([wrong], "reference-deviation", reference=reference)) == 1


@pytest.mark.parametrize("lang, grammatical", [
    ("fr", "Encourage le transfèrement de personnes condamnées entre les États parties."),  # de / des
    ("fr", "Note les travaux du Groupe de travail sur le coopération internationale."),  # la / le
    ("es", "Alienta el traslado de las personas condenadas entre los Estados partes."),  # an article added
    ("ar", "يقرر أن ينشئ فريقا عاملا مفتوح العضوية معنيا بالتعاون الدولي."),  # accusative endings
    ("ru", "отмечает работу Рабочей группы по международному сотрудничеству."),  # case endings
])
def test_function_words_and_endings_do_not_make_a_deviation(lang, grammatical):
    from glossary.reference import load_reference

    doc = _plain(lang, [grammatical])
    assert findings([doc], "reference-deviation", reference=load_reference()) == []


@pytest.mark.parametrize("a, b, lang, variant", [
    ("organized crime", "organised crime", "en", True),  # a spelling variant
    ("preventive measures", "prevention measures", "en", False),  # another word of the same stem
    ("الدول الأطراف", "الدول الاطراف", "ar", True),  # the hamza left out
    ("الدول الأطراف", "للدول الأطراف", "ar", False),  # "to the States parties": a proclitic, not a variant
])
def test_near_forms_are_spellings_not_derivations_or_grammatical_forms(a, b, lang, variant):
    from glossary.checks.terms import _near

    assert _near(a, b, lang) is variant


# --- short forms the text defines -----------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "paras", "long", "short", "expected"), [
    ("zh", ["回顾国际刑事警察组织（国际刑警组织）的工作，"], "国际刑事警察组织", "国际刑警组织", True),
    ("zh", ["回顾国际刑事警察组织 （ 国际刑警组织 ） 的工作，"], "国际刑事警察组织", "国际刑警组织", True),
    ("en", ["Noting the work of the United Nations Office on Drugs and Crime (UNODC),"],
     "United Nations Office on Drugs and Crime", "UNODC", True),
    ("en", ["Noting the work of the united nations office on drugs and crime (unodc),"],
     "United Nations Office on Drugs and Crime", "UNODC", True),  # case does not matter
    ("en", ["Noting the work of the United Nations Office on Drugs and Crime (see UNODC),"],
     "United Nations Office on Drugs and Crime", "UNODC", False),
    ("en", ["Noting the work of the United Nations Office on Drugs and Crime and (UNODC),"],
     "United Nations Office on Drugs and Crime", "UNODC", False),
    # a bracket left open in one unit does not hide the definition in the next
    ("en", ["Noting the report (of the Secretariat,", "Noting the work of the United Nations Office on Drugs and "
            "Crime (UNODC),"], "United Nations Office on Drugs and Crime", "UNODC", True),
])
def test_a_short_form_the_text_defines_in_brackets(lang, paras, long, short, expected):
    from glossary.checks.terms import _Analysis, _defined_short_form, _prepare

    doc = res(lang, f"a.{lang}", paras, ["Decides." if lang == "en" else "决定。"])
    an = _Analysis(reference=None, known=None, texts={lang: _prepare(doc).items})
    assert _defined_short_form(an, long, short, lang) is expected
    assert _defined_short_form(an, short, long, lang) is expected  # either order


def test_a_version_in_traditional_characters_gets_the_term_findings_of_its_simplified_form():
    """The sample's Chinese version converted to Traditional characters: the term rules find what they find in the
    Simplified text (the words a segmenter cut from Traditional text are no term candidates, and "国际刑事警察组织
    （国际刑警组织）" still defines its short form); what differs in script only is left out of the comparison."""
    import corpora
    from aligner.tokens import load_opencc, simplified
    from glossary.reference import load_reference

    zh = corpora.load("untoc-cop-res-11-1", "zh").text
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))
    rules = ["term-variant", "reference-deviation"]

    def found(text: str) -> list[tuple[str, str]]:
        seg = segment(Document(text, "zh", name="untoc.zh"))
        result = run_checks([seg, en], rules=rules, reference=load_reference())
        return sorted((f.rule, simplified(f.message)) for f in result.findings
                      if "in Traditional characters" not in f.message)

    expected = found(zh)
    assert expected and found(load_opencc("s2t").convert(zh)) == expected


# --- documents in Traditional characters ---------------------------------------------------------------------

TRADITIONAL_PARAS = ["回顧《聯合國打擊跨國組織犯罪公約》，", "注意到聯合調查機構的作用，"]


def test_a_document_in_traditional_characters_is_told_what_to_write_in_traditional_characters():
    doc = res("zh", "t.zh", TRADITIONAL_PARAS, ["鼓勵設立聯合調查機構。"])
    (deviation,) = findings([doc], "reference-deviation", reference=REFERENCE)
    assert deviation.suggestion == "write “聯合國打擊跨國有組織犯罪公約”"
    assert "聯合國打擊跨國有組織犯罪公約" in deviation.message
    # its terms, written in Traditional characters throughout, are no variants of their Simplified forms
    assert findings([doc], "term-variant", reference=REFERENCE) == []


def test_a_document_in_taiwans_standard_is_told_what_to_write_with_its_own_variants():
    """為 in a text that writes 為 (Taiwan's standard), not 爲 (OpenCC's own standard, which s2t gives)."""
    reference = parse_term_table("id\tzh\ten\npurposes\t为刑事诉讼目的提供协助\tassistance for criminal proceedings\n")
    doc = res("zh", "t.zh", ["回顧各國為打擊犯罪所作的努力，", "注意到為刑事訴訟目的提供援助的重要性，"],
              ["鼓勵各國為刑事訴訟目的提供協助。"])
    (deviation,) = findings([doc], "reference-deviation", reference=reference)
    assert deviation.suggestion == "write “為刑事訴訟目的提供協助”"


def test_in_traditional_characters_a_form_written_otherwise_than_usual_is_a_variant():
    doc = res("zh", "t.zh", TRADITIONAL_PARAS + ["回顧联合調查機構的工作，"], ["鼓勵設立聯合調查機構。"])
    (variant,) = findings([doc], "term-variant", reference=REFERENCE)
    assert variant.suggestion == "write “聯合調查機構”" and "“联合調查機構”" in variant.message
    assert [loc.unit for loc in variant.locations] == ["pp.3"]


def test_in_traditional_characters_two_forms_written_as_often_are_decided_by_the_standard_form():
    # the odd form first, so that the order of the text does not decide
    doc = res("zh", "t.zh", [TRADITIONAL_PARAS[0], "回顧联合調查機構的工作，"], ["鼓勵設立聯合調查機構。"])
    (variant,) = findings([doc], "term-variant", reference=REFERENCE)
    assert variant.suggestion == "write “聯合調查機構”" and [loc.unit for loc in variant.locations] == ["pp.2"]


def test_simplified_and_traditional_documents_each_keep_their_script():
    simplified_doc = res("zh", "s.zh", ["注意到聯合調查機構的作用，", "回顾联合调查机构的工作，"], ["鼓励设立联合调查机构。"])
    traditional_doc = res("zh", "t.zh", TRADITIONAL_PARAS, ["鼓勵設立聯合調查機構。"])
    (variant,) = findings([simplified_doc, traditional_doc], "term-variant", reference=REFERENCE)
    assert [(loc.document, loc.unit) for loc in variant.locations] == [("s.zh", "pp.1")]
    assert variant.suggestion == "write “联合调查机构” in Simplified characters"


def in_traditional_characters(seg):
    from aligner.tokens import load_opencc

    return segment(Document(load_opencc("s2t").convert(seg.document.text), "zh", name=seg.document.name))


def test_a_source_term_of_documents_in_traditional_characters_is_named_in_them():
    reference = parse_term_table("id\tzh\ten\nca\t主管机关\tcompetent authorities; relevant authorities\n")
    one_zh = in_traditional_characters(res("zh", "r1.zh", ["注意到主管机关的作用，"], ["鼓励主管机关合作。"]))
    one_en = res("en", "r1.en", ["Noting the role of competent authorities,"], ["Encourages competent authorities to cooperate."])
    two_zh = in_traditional_characters(res("zh", "r2.zh", ["回顾主管机关的职能，"], ["请秘书处协助。"]))
    two_en = res("en", "r2.en", ["Recalling the functions of relevant authorities,"], ["Requests the secretariat to assist."])
    (found,) = findings([one_zh, one_en, two_zh, two_en], "inconsistent-equivalent", reference=reference)
    assert found.message.startswith("“主管機關” is rendered in en") and found.suggestion.endswith("for “主管機關” throughout")
