"""Building a glossary from the bundled sample, with and without a reference list; reading reference lists."""

from __future__ import annotations

from typing import Sequence

import pytest

import corpora
from aligner.errors import GlossaryError
from aligner.model import Alignment, Bead, Document, Segmentation, Unit
from aligner.segment import segment
from glossary.build import aligned_segments, alignment_segments, build_glossary, document_versions, load_reference
from glossary.reference import SHIPPED_REFERENCE, parse_term_table

CORPUS = "untoc-cop-res-11-1"

#: The core terms of the sample and their English equivalents (checked by hand against zh.txt and en.txt).
NAMED = {
    "严重犯罪": "serious crime",
    "联合调查机构": "joint investigative bodies",
    "特殊侦查手段": "special investigative techniques",
    "中央机关": "central authorities",
    "双重犯罪": "dual criminality",
    "被判刑人员的移交": "transfer of sentenced persons",
    "司法协助": "mutual legal assistance",
}


@pytest.fixture(scope="module")
def sample():
    return [segment(corpora.load(CORPUS, lang)) for lang in ("zh", "en")]


@pytest.fixture(scope="module")
def without_reference(sample):
    return build_glossary(sample, reference=None)


@pytest.fixture(scope="module")
def with_reference(sample):
    return build_glossary(sample, reference=load_reference(None))


def entry_for(entries, zh):
    return next((e for e in entries if any(t.text == zh for t in e.terms.get("zh", ()))), None)


def test_named_terms_paired_without_reference(without_reference):
    for zh, en in NAMED.items():
        entry = entry_for(without_reference, zh)
        assert entry is not None, f"{zh} not in the glossary"
        assert entry.preferred("en").text == en, f"{zh} paired with {entry.preferred('en').text}"
        assert entry.source == "extracted"


def test_word_order_variants_join_one_entry(without_reference):
    entry = entry_for(without_reference, "被判刑人员的移交")
    forms = {t.text for t in entry.terms["zh"]}
    assert {"被判刑人员移交", "移交被判刑人员"} <= forms
    assert entry.preferred("zh").text == "被判刑人员的移交"


def test_short_forms_listed_under_full_forms(without_reference):
    entry = entry_for(without_reference, "联合国毒品和犯罪问题办公室")
    assert entry.preferred("en").text == "United Nations Office on Drugs and Crime"
    zh_short = [t for t in entry.terms["zh"] if t.abbreviation_of]
    en_short = [t for t in entry.terms["en"] if t.abbreviation_of]
    assert [t.text for t in zh_short] == ["毒品和犯罪问题办公室"]
    assert [t.text for t in en_short] == ["UNODC"]
    assert en_short[0].abbreviation_of == "United Nations Office on Drugs and Crime"


def test_contexts_point_at_units(without_reference):
    entry = entry_for(without_reference, "双重犯罪")
    context = entry.preferred("zh").contexts[0]
    assert context.unit == "annex2.h"
    assert "双重犯罪" in context.snippet
    assert "dual criminality" in entry.preferred("en").contexts[0].snippet
    # each context names the version its snippet comes from
    assert (context.document, entry.preferred("en").contexts[0].document) == (f"{CORPUS}/zh", f"{CORPUS}/en")


def test_concept_ids_are_unique(without_reference):
    concepts = [e.concept for e in without_reference]
    assert len(concepts) == len(set(concepts))


def test_reference_fixes_preferred_terms(with_reference):
    jib = next(e for e in with_reference if e.concept == "jib")
    assert jib.source == "reference"
    assert jib.preferred("zh").text == "联合调查机构" and jib.preferred("zh").frequency == 4
    assert jib.preferred("en").text == "joint investigative bodies"
    assert "fr" not in jib.terms  # only the versions given
    # a reference term is not extracted a second time
    assert sum(1 for e in with_reference if any(t.text == "联合调查机构" for t in e.terms.get("zh", ()))) == 1
    # the text writes 一事不二理, not the reference's 一事不再理: only the English term is found
    ne_bis = next(e for e in with_reference if e.concept == "ne-bis-in-idem")
    assert "zh" not in ne_bis.terms and ne_bis.preferred("en").text == "ne bis in idem"


def test_reference_blocks_wrong_pairs_for_variants(with_reference):
    # 联合国打击跨国组织犯罪公约 (without 有) is a variant of the reference title: it must not be paired
    # with a fragment of the English title the reference already owns
    entry = entry_for(with_reference, "联合国打击跨国组织犯罪公约")
    assert entry is None or entry.preferred("en").text == "United Nations Convention against Transnational Organized Crime"


def test_min_freq_bounds_statistical_pairs(sample, without_reference):
    strict = build_glossary(sample, reference=None, min_freq=4)
    assert len(strict) < len(without_reference)
    # terms seen at least four times in both versions keep their pairs
    for zh in ("特殊侦查手段", "司法协助", "被判刑人员的移交", "联合调查机构"):
        assert entry_for(strict, zh).preferred("en").text == NAMED[zh]
    # 中央机关 / central authorities (3 times) stays: CC-CEDICT explains every word of both terms
    assert entry_for(strict, "中央机关").preferred("en").text == "central authorities"


def test_build_needs_two_languages_and_the_pivot(sample):
    with pytest.raises(GlossaryError):
        build_glossary(sample[:1])
    with pytest.raises(GlossaryError):
        build_glossary(sample, pivot="fr")
    with pytest.raises(GlossaryError):
        build_glossary(sample, min_freq=0)


def _seg(name: str, lang: str, units: list[tuple[str, str, tuple[str, ...]]]) -> Segmentation:
    doc = Document(text="", lang=lang, name=name, path=None)
    return Segmentation(doc, tuple(Unit(uid, "para", text, text, sentences) for uid, text, sentences in units))


def test_document_versions_by_name_without_language_code():
    a_zh, a_en = _seg("res-1.zh", "zh", []), _seg("res-1.en", "en", [])
    b_zh, b_en = _seg("res-2-zh", "zh", []), _seg("res-2-en", "en", [])
    groups = document_versions([a_zh, b_zh, a_en, b_en])
    assert sorted(sorted(s.document.name for s in g) for g in groups) == [["res-1.en", "res-1.zh"],
                                                                         ["res-2-en", "res-2-zh"]]
    with pytest.raises(GlossaryError):
        document_versions([a_zh, _seg("res-1.zh", "zh", []), a_en])


def test_aligned_segments_by_unit_id_and_sentence():
    zh = _seg("d/zh", "zh", [("pp.1", "甲。乙。", ("甲。", "乙。")), ("pp.2", "丙", ("丙",)), ("op.1", "丁", ("丁",))])
    en = _seg("d/en", "en", [("pp.1", "A. B.", ("A.", "B.")), ("pp.2", "C", ("C",))])
    segments = aligned_segments([zh, en])
    assert [(s.unit, s.texts["zh"], s.texts["en"]) for s in segments] == [
        ("pp.1", "甲。", "A."), ("pp.1", "乙。", "B."), ("pp.2", "丙", "C")]
    assert segments[0].document == "d"


def _version(name: str, lang: str, units: Sequence[tuple[str, str, str]]) -> Segmentation:
    """A version of document ``name`` made of ``units`` (id, kind, text), each one sentence."""
    return Segmentation(Document(text="", lang=lang, name=name, path=None),
                        tuple(Unit(uid, kind, text, text, (text,)) for uid, kind, text in units))


def test_a_masthead_gives_no_aligned_segment():
    """A masthead's cells ("联合国 A/RES/77/232", "大会 Distr.: General") are the Organization's boilerplate."""
    zh = _version("d/zh", "zh", [("masthead.1", "masthead", "大会 Distr.: General"), ("pp.1", "preambular", "回顾其决议，")])
    en = _version("d/en", "en", [("masthead.1", "masthead", "General Assembly Distr.: General"),
                                 ("pp.1", "preambular", "Recalling its resolution,")])
    assert [s.unit for s in aligned_segments([zh, en])] == ["pp.1"]


def test_cover_lines_and_a_table_of_contents_give_no_aligned_segment():
    """A cover's lines ("Agenda item 3") are boilerplate; a table of contents repeats the headings below it."""
    def version(name: str, lang: str, texts: tuple[str, str, str]) -> Segmentation:
        return _version(name, lang, [("cover.1", "cover", texts[0]), ("toc.1", "contents", texts[1]),
                                     ("ch.1", "heading", texts[1]), ("para.1", "paragraph", texts[2])])

    zh = version("d/zh", "zh", ("议程项目3", "导言", "工作组举行了会议。"))
    en = version("d/en", "en", ("Agenda item 3", "Introduction", "The Working Group met."))
    assert [s.unit for s in aligned_segments([zh, en])] == ["ch.1", "para.1"]


def test_a_signature_gives_no_aligned_segment():
    """A signature holds the signatory's name and titles ("Permanent Representative"), which are no terms."""
    zh = _version("d/zh", "zh", [("p.1", "paragraph", "谨随函转递会议摘要。"),
                                 ("signature", "signature", "常驻代表 大使 亚历山大（签名）")])
    en = _version("d/en", "en", [("p.1", "paragraph", "I have the honour to transmit the summary."),
                                 ("signature", "signature", "(Signed) Alexander Ambassador Permanent Representative")])
    assert [s.unit for s in aligned_segments([zh, en])] == ["p.1"]


def test_alignment_beads_become_segments():
    alignment = Alignment(("zh", "en"), (
        Bead({"zh": ("s1",), "en": ("s1", "s2")}, {"zh": "甲", "en": "A B"}, 0.9),
        Bead({"zh": ("s2",), "en": ()}, {"zh": "乙", "en": ""}, 0.1),
    ), names={"zh": "res.zh", "en": "res.en"})
    segments = alignment_segments(alignment)
    assert len(segments) == 1 and segments[0].texts == {"zh": "甲", "en": "A B"} and segments[0].unit == "s1"
    assert segments[0].names == {"zh": "res.zh", "en": "res.en"}


# -- reference lists ------------------------------------------------------------------------------

def test_shipped_reference_has_six_languages_and_sources():
    entries = load_reference(None)
    assert SHIPPED_REFERENCE.is_file()
    jib = next(e for e in entries if e.concept == "jib")
    assert set(jib.languages) == {"zh", "en", "fr", "es", "ru", "ar"}
    assert jib.preferred("fr").text == "organes d'enquête conjoints"
    assert all(e.source == "reference" for e in entries)
    assert all("source:" in e.note for e in entries)
    assert len({e.concept for e in entries}) == len(entries)


def test_csv_with_regional_tags_and_variants(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("concept,zh-CN,en-GB,note\nmla,司法协助,mutual legal assistance; MLA,art. 18\n,引渡,extradition,\n",
                    encoding="utf-8")
    entries = load_reference(path)
    assert [e.concept for e in entries] == ["mla", "extradition"]
    mla = entries[0]
    assert mla.preferred("en").text == "mutual legal assistance"
    assert [(t.text, t.status) for t in mla.terms["en"]] == [("mutual legal assistance", "preferred"),
                                                           ("MLA", "admitted")]
    assert mla.note == "art. 18"


def test_bad_reference_lists_are_errors(tmp_path):
    with pytest.raises(GlossaryError):
        load_reference(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("term\tmeaning\nfoo\tbar\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="no language column"):
        load_reference(bad)
    binary = tmp_path / "bin.tsv"
    binary.write_bytes(b"\xff\xfe\x00zh\ten\n")
    with pytest.raises(GlossaryError):
        load_reference(binary)
    with pytest.raises(GlossaryError):
        load_reference(tmp_path / "terms.xlsx")
    with pytest.raises(GlossaryError, match="twice"):
        parse_term_table("id\ten\nx\ta\nx\tb\n")


def test_tbx_reference_goes_through_the_formats_module(tmp_path):
    formats = pytest.importorskip("glossary.formats")
    from glossary.model import Entry, Term

    entries = [Entry("mla", {"zh": (Term("司法协助", "zh"),), "en": (Term("mutual legal assistance", "en"),)})]
    path = tmp_path / "ref.tbx"
    path.write_bytes(formats.write_tbx(entries))
    loaded = load_reference(path)
    assert loaded[0].preferred("zh").text == "司法协助"


def test_a_chinese_version_in_traditional_characters_gives_the_glossary_of_its_simplified_form_in_its_script():
    """Converted to Traditional characters (as read from Big5), the sample's Chinese version gives the same zh–en
    pairs (found on its Simplified form, which the segmenter and dictionary know), its Chinese terms and their
    contexts written in Traditional characters."""
    from aligner.tokens import load_opencc

    to_traditional = load_opencc("s2t").convert
    zh = corpora.load("untoc-cop-res-11-1", "zh").text
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))

    def entries(text: str) -> list:
        return [e for e in build_glossary([segment(Document(text, "zh", name="untoc.zh")), en])
                if "zh" in e.terms and "en" in e.terms]

    expected = {(e.terms["zh"][0].text, e.terms["en"][0].text) for e in entries(zh)}
    assert ("联合调查机构", "joint investigative bodies") in expected
    found = entries(to_traditional(zh))
    assert {(e.terms["zh"][0].text, e.terms["en"][0].text) for e in found} == \
        {(to_traditional(z), e) for z, e in expected}
    jib = next(e.terms["zh"][0] for e in found if e.terms["en"][0].text == "joint investigative bodies")
    assert jib.text == "聯合調查機構" and jib.contexts and all("聯合調查機構" in c.snippet for c in jib.contexts)


def test_a_glossary_in_traditional_characters_keeps_the_documents_own_variants():
    """A text in Taiwan's standard characters (為, 眾, 著, 秘) gets its glossary's Chinese terms and contexts in
    those, not in the forms OpenCC's s2t would give them (爲, 衆, 着, 祕)."""
    from aligner.tokens import load_opencc

    zh = load_opencc("s2tw").convert(corpora.load("untoc-cop-res-11-1", "zh").text)
    assert all(ch in zh for ch in "為眾著") and not any(ch in zh for ch in "爲衆着祕")
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))
    found = build_glossary([segment(Document(zh, "zh", name="untoc.zh")), en])
    texts = [t.text for e in found for t in e.terms.get("zh", ())]
    texts += [c.snippet for e in found for t in e.terms.get("zh", ()) for c in t.contexts]
    assert sum(any(ch in text for ch in "為眾著秘") for text in texts) > 10  # (what makes the case)
    assert not [text for text in texts if any(ch in text for ch in "爲衆着祕")]


def test_an_equivalent_in_a_third_language_agrees_with_the_english_terms_own():
    """The six sample versions: where the English term has its own equivalent in a language, the Chinese term
    takes no other one there (examples ↔ exemples, ejemplos; judges ↔ juges, судья; transnational organized crime ↔
    delincuencia organizada transnacional), and none is given where the English term's equivalent is another term
    (electronic means ↔ voie électronique, which the Chinese term is not seen with often enough: not "rapide")."""
    from aligner.align import align_documents

    docs = [segment(corpora.load(CORPUS, lang)) for lang in ("zh", "en", "fr", "es", "ru", "ar")]
    reference = load_reference()
    alignment = align_documents(docs, pivot="zh", level="sentence", glossary=reference)
    entries = {e.preferred("zh").text: e for e in build_glossary(alignments=[alignment], reference=reference)
               if e.preferred("zh")}
    examples = entries["实例"]
    assert examples.preferred("fr").text == "exemples" and examples.preferred("es").text == "ejemplos"
    assert entries["法官"].preferred("ru").text == "судья" and entries["法官"].preferred("fr").text == "juges"
    crime = entries["跨国组织犯罪"]
    assert crime.preferred("en").text == "transnational organized crime"
    assert crime.preferred("es").text == "delincuencia organizada transnacional"
    assert entries["电子手段"].preferred("en").text == "electronic means" and entries["电子手段"].preferred("fr") is None


def test_versions_without_un_structure_are_aligned_not_joined_on_paragraph_numbers():
    from tests.test_align import STORY_EN, STORY_ZH

    zh = segment(Document("\n\n".join(STORY_ZH), "zh", name="story.zh"))
    en = segment(Document("\n\n".join(STORY_EN), "en", name="story.en"))
    segments = aligned_segments([zh, en])
    assert segments[0].texts == {"zh": STORY_ZH[0] + STORY_ZH[1], "en": STORY_EN[0]}
    assert segments[1].texts == {"zh": STORY_ZH[2], "en": STORY_EN[1]}
    assert len(segments) == 6


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030"])
def test_a_reference_list_is_read_in_the_encodings_a_spreadsheet_saves(tmp_path, encoding):
    """UTF-8 with a byte-order mark, UTF-16 ("Unicode text") and the computer's own code page, as the glossary files."""
    path = tmp_path / "terms.tsv"
    path.write_bytes("concept\tzh\ten\nca\t主管机关\tcompetent authorities\n".encode(encoding))
    [entry] = load_reference(path)
    assert (entry.concept, entry.preferred("zh").text, entry.preferred("en").text) == \
        ("ca", "主管机关", "competent authorities")


def test_a_reference_list_with_nul_bytes_is_refused_as_binary(tmp_path):
    path = tmp_path / "terms.tsv"
    path.write_bytes(b"concept\tzh\ten\nca\t\x00\x00\tcompetent authorities\n")  # valid UTF-8, yet binary
    with pytest.raises(GlossaryError, match="NUL bytes"):
        load_reference(path)
