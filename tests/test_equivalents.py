"""Pairing term candidates across hand-built aligned segments."""

from __future__ import annotations

import pytest

from aligner.errors import GlossaryError
from glossary.equivalents import AlignedSegment, cedict_lexicon, cognate_share, dictionary_coverage, pair_terms
from glossary.extract import Candidate, extract_candidates
from glossary.model import Entry, Term

SEGMENTS = [
    AlignedSegment({
        "zh": "缔约国应当加强引渡和司法协助方面的合作。",
        "en": "States parties should strengthen cooperation in extradition and mutual legal assistance.",
        "fr": "Les États parties devraient renforcer la coopération en matière d'extradition et d'entraide judiciaire.",
    }, "doc", "op.1"),
    AlignedSegment({
        "zh": "司法协助请求应当及时回复。",
        "en": "Requests for mutual legal assistance should be answered in a timely manner.",
        "fr": "Les demandes d'entraide judiciaire devraient recevoir une réponse rapide.",
    }, "doc", "op.2"),
    AlignedSegment({
        "zh": "引渡程序和司法协助程序不同。",
        "en": "Extradition procedures and mutual legal assistance procedures differ.",
        "fr": "Les procédures d'extradition et les procédures d'entraide judiciaire diffèrent.",
    }, "doc", "op.3"),
    AlignedSegment({
        "zh": "特殊侦查手段的使用。",
        "en": "The use of special investigative techniques.",
        "fr": "Le recours aux techniques d'enquête spéciales.",
    }, "doc", "op.4"),
    AlignedSegment({
        "zh": "缔约国可以使用特殊侦查手段。",
        "en": "States parties may use special investigative techniques.",
        "fr": "Les États parties peuvent utiliser des techniques d'enquête spéciales.",
    }, "doc", "op.5"),
]


def candidates(langs, segments=SEGMENTS):
    return {lang: extract_candidates([s.texts[lang] for s in segments], lang) for lang in langs}


def pairs_of(entries, lang="en"):
    return {e.preferred("zh").text: e.preferred(lang).text for e in entries if e.preferred(lang)}


@pytest.fixture(scope="module")
def zh_en():
    return pair_terms(SEGMENTS, candidates(("zh", "en")), pivot="zh")


def test_terms_pair_with_their_translations(zh_en):
    pairs = pairs_of(zh_en)
    assert pairs["司法协助"] == "mutual legal assistance"
    assert pairs["特殊侦查手段"] == "special investigative techniques"
    assert pairs["引渡"].lower() == "extradition"
    assert pairs["缔约国"] == "States parties"


def test_one_to_one_linking(zh_en):
    english = [e.preferred("en").text.lower() for e in zh_en]
    assert len(english) == len(set(english))


def test_entries_carry_frequency_contexts_and_confidence(zh_en):
    mla = next(e for e in zh_en if e.preferred("zh").text == "司法协助")
    assert mla.source == "extracted"
    assert mla.concept == "mutual-legal-assistance"
    assert mla.preferred("zh").frequency == 3
    assert mla.preferred("en").frequency == 3
    assert [c.unit for c in mla.preferred("zh").contexts] == ["op.1", "op.2", "op.3"]
    assert all("司法协助" in c.snippet and c.document == "doc" for c in mla.preferred("zh").contexts)
    assert 0 < mla.confidence <= 1


def test_a_pair_seen_once_is_less_sure_than_one_seen_in_several_places():
    """A pair seen once that the dictionary explains word for word (执法网络 / law enforcement networks) is less sure
    than 特殊侦查手段 / special investigative techniques, seen twice, each time with its translation."""
    once = AlignedSegment({"zh": "各国加强了执法网络。", "en": "States strengthened law enforcement networks."}, "doc", "op.6")
    entries = pair_terms(SEGMENTS + [once], candidates(("zh", "en"), SEGMENTS + [once]), pivot="zh")
    confidence = {e.preferred("zh").text: e.confidence for e in entries}
    assert pairs_of(entries)["执法网络"] == "law enforcement networks"
    assert confidence["执法网络"] < confidence["特殊侦查手段"]
    assert confidence["执法网络"] <= 0.5


def test_pairing_without_dictionary_uses_cooccurrence_alone():
    entries = pair_terms(SEGMENTS, candidates(("zh", "en")), pivot="zh", lexicon={})
    assert pairs_of(entries)["特殊侦查手段"] == "special investigative techniques"


def test_plain_mappings_are_accepted_as_segments():
    plain = [dict(s.texts) for s in SEGMENTS]
    entries = pair_terms(plain, candidates(("zh", "en")), pivot="zh")
    mla = next(e for e in entries if e.preferred("zh").text == "司法协助")
    assert [c.unit for c in mla.preferred("en").contexts] == ["1", "2", "3"]


def test_one_entry_holds_every_language():
    entries = pair_terms(SEGMENTS, candidates(("zh", "en", "fr")), pivot="zh")
    sit = next(e for e in entries if e.preferred("zh").text == "特殊侦查手段")
    assert set(sit.languages) == {"zh", "en", "fr"}
    assert sit.preferred("fr").text == "techniques d'enquête spéciales"
    mla = next(e for e in entries if e.preferred("zh").text == "司法协助")
    assert mla.preferred("fr").text == "entraide judiciaire"


def test_reference_fixes_the_equivalents_it_knows():
    reference = [Entry("mla", {
        "zh": (Term("司法协助", "zh"),),
        "en": (Term("mutual legal assistance", "en"),),
        "fr": (Term("entraide judiciaire", "fr"),),
        "ru": (Term("взаимная правовая помощь", "ru"),),
    }, source="reference", note="article 18")]
    entries = pair_terms(SEGMENTS, candidates(("zh", "en", "fr")), pivot="zh", reference=reference)
    mla = [e for e in entries if any(t.text == "司法协助" for t in e.terms.get("zh", ()))]
    assert len(mla) == 1
    entry = mla[0]
    assert entry.concept == "mla" and entry.source == "reference" and entry.confidence == 1.0
    assert entry.note == "article 18"
    assert entry.preferred("en").text == "mutual legal assistance"
    assert entry.preferred("fr").frequency == 3
    assert "ru" not in entry.terms  # not in the texts
    assert any(e.source == "extracted" for e in entries)


def test_rare_pair_needs_full_dictionary_support():
    segments = [AlignedSegment({"zh": "包括双重犯罪、部分承认判刑", "en": "including dual criminality, partial recognition"})]
    cands = candidates(("zh", "en"), segments)
    entries = pair_terms(segments, cands, pivot="zh", min_freq=2)
    assert pairs_of(entries).get("双重犯罪") == "dual criminality"
    # with no dictionary, one co-occurrence is not enough evidence
    assert "双重犯罪" not in pairs_of(pair_terms(segments, cands, pivot="zh", lexicon={}, min_freq=2))


def test_dictionary_coverage_from_cedict():
    lexicon = cedict_lexicon()
    assert dictionary_coverage(["严重", "犯罪"], "serious crime", lexicon) == (1.0, 1.0)
    assert dictionary_coverage(["双重", "犯罪"], "dual criminality", lexicon) == (1.0, 1.0)
    assert dictionary_coverage(["司法", "协助"], "mutual legal assistance", lexicon) == (0.5, 1 / 3)
    assert dictionary_coverage(["司法", "协助"], "weather forecast", lexicon) == (0.0, 0.0)


def test_each_part_of_a_hyphenated_english_word_can_be_explained():
    """能力 (capacity) and 建设 (build) each explain a part of capacity-building."""
    assert dictionary_coverage(["能力", "建设"], "capacity-building", cedict_lexicon()) == (1.0, 1.0)


def test_missing_pivot_is_an_error():
    with pytest.raises(GlossaryError):
        pair_terms(SEGMENTS, candidates(("en",)), pivot="zh")


def test_consistent_pair_needs_its_own_cooccurrences_outside_a_longer_linked_pair():
    """A frequent pair the dictionary does not explain is kept on co-occurrence alone, unless a longer linked pair
    accounts for its co-occurrences."""
    from glossary.equivalents import _consistent, _Pair
    from glossary.extract import Candidate

    def cand(text, lang, words):
        return Candidate(text=text, lang=lang, frequency=8, termhood=1.0, key=text.lower(), words=words)

    sources = {c.key: c for c in (cand("主管机关", "zh", ("主管", "机关")), cand("被判刑", "zh", ("被", "判刑")),
                                  cand("被判刑人员", "zh", ("被", "判刑", "人员")))}
    targets = {c.key: c for c in (cand("competent authorities", "en", ("competent", "authorities")),
                                  cand("persons", "en", ("persons",)),
                                  cand("sentenced persons", "en", ("sentenced", "persons")))}
    longer = _Pair("被判刑人员", "sentenced persons", 0.9, 1.0, 1.0, 12)
    linked = {"被判刑人员": longer}
    assert _consistent(_Pair("主管机关", "competent authorities", 0.3, 0.93, 0.0, 7), linked, sources, targets, 2)
    assert not _consistent(_Pair("主管机关", "competent authorities", 0.3, 0.8, 0.0, 7), linked, sources, targets, 2)
    assert not _consistent(_Pair("主管机关", "competent authorities", 0.3, 1.0, 0.0, 3), linked, sources, targets, 2)
    assert not _consistent(_Pair("被判刑", "persons", 0.2, 0.96, 0.0, 13), linked, sources, targets, 2)
    assert _consistent(_Pair("被判刑", "persons", 0.2, 0.96, 0.0, 13), {}, sources, targets, 2)


# -- single words seen once, listed among terms --------------------------------------------------

LISTED = SEGMENTS + [
    AlignedSegment({
        "zh": "就引渡、司法协助和没收事宜开展国际合作。",
        "en": "International cooperation on extradition, mutual legal assistance and confiscation.",
    }, "doc", "op.6"),
]


def test_single_word_seen_once_listed_with_two_terms_is_paired():
    entries = pair_terms(LISTED, candidates(("zh", "en"), LISTED), pivot="zh")
    pairs = pairs_of(entries)
    assert pairs["没收"] == "confiscation"
    assert pairs["引渡"].lower() == "extradition"
    confiscation = next(e for e in entries if e.preferred("zh").text == "没收")
    assert confiscation.terms["zh"][0].frequency == 1


def test_single_word_seen_once_outside_an_enumeration_is_not_paired():
    alone = SEGMENTS + [AlignedSegment({"zh": "法院下令没收资产。", "en": "The court ordered the confiscation of assets."},
                                       "doc", "op.6")]
    assert "没收" not in pairs_of(pair_terms(alone, candidates(("zh", "en"), alone), pivot="zh"))


def test_single_word_seen_once_listed_with_one_term_only_is_not_paired():
    short = SEGMENTS + [AlignedSegment({"zh": "就司法协助和没收开展合作。",
                                        "en": "Cooperation on mutual legal assistance and confiscation."}, "doc", "op.6")]
    assert "没收" not in pairs_of(pair_terms(short, candidates(("zh", "en"), short), pivot="zh"))


def tokens(text):
    from glossary.extract import tokenize

    return tokenize(text, "zh")


@pytest.mark.parametrize("text, word, expected", [
    ("就引渡、司法协助和没收事宜开展合作。", "没收", True),  # the last member begins with the word
    ("没收、引渡和司法协助。", "没收", True),  # the first member
    ("引渡、没收和司法协助。", "没收", True),  # a middle member is the word itself
    ("对检察官、引渡官员、没收官员和司法协助的培训。", "没收", False),  # a middle member only begins with it
    ("引渡和司法协助。法院下令没收。", "没收", False),  # another sentence
    ("引渡，司法协助和没收。", "没收", False),  # a comma closes the enumeration: one term left in it
])
def test_listed_with_terms(text, word, expected):
    from glossary.equivalents import listed_with_terms

    assert listed_with_terms(tokens(text), word, {"引渡", "司法协助"}) is expected


# -- dictionary coverage and nested rare pairs ----------------------------------------------------

def test_one_gloss_explains_one_english_word():
    lexicon = {"知识": {"knowledge"}, "管理": {"management"}}
    zh, en = dictionary_coverage(["知识", "管理"], "knowledge management known", lexicon)
    assert zh == 1.0
    assert en == pytest.approx(2 / 3)  # known is a form of knowledge, but that gloss is used up
    assert dictionary_coverage(["执法"], "law enforcement", {"执法": {"enforce", "law"}}) == (1.0, 1.0)


LEX = {"执法": {"enforce", "law"}, "网络": {"network"}, "移交": {"transfer"}, "过程": {"process"},
       "缔约国": {"state", "party"}, "合作": {"cooperation"}, "加强": {"strengthen"}}


def test_rare_pair_fully_explained_takes_the_whole_english_phrase():
    segments = [
        AlignedSegment({"zh": "缔约国应当加强执法网络。", "en": "States parties should strengthen law enforcement networks."}),
        AlignedSegment({"zh": "缔约国应当合作。", "en": "States parties should cooperate."}),
    ]
    pairs = pairs_of(pair_terms(segments, candidates(("zh", "en"), segments), pivot="zh", lexicon=LEX))
    assert pairs["执法网络"] == "law enforcement networks"


def test_rare_pair_around_a_frequent_pair_is_a_passing_combination():
    segments = [
        AlignedSegment({"zh": "缔约国应当便利移交。", "en": "States parties should facilitate transfer."}),
        AlignedSegment({"zh": "移交应当迅速。", "en": "The transfer should be prompt."}),
        AlignedSegment({"zh": "移交过程很长。", "en": "The transfer process is long."}),
    ]
    pairs = pairs_of(pair_terms(segments, candidates(("zh", "en"), segments), pivot="zh", lexicon=LEX))
    assert pairs["移交"].lower() == "transfer"
    assert "移交过程" not in pairs


def test_lopsided_pair_is_a_piece_of_a_name_and_its_head():
    from glossary.equivalents import _lopsided, _Pair
    from glossary.extract import Candidate

    long = Candidate("议定书实施情况审议机制", "zh", 4, 1.0, words=("议定书", "实施", "情况", "审议", "机制"))
    head = Candidate("mechanisms", "en", 5, 1.0, words=("mechanisms",))
    weak = _Pair("议定书实施情况审议机制", "mechanisms", 0.55, 0.8, 0.6, 4, coverage=0.2)
    assert _lopsided(weak, long, head)
    explained = _Pair("议定书实施情况审议机制", "mechanisms", 0.55, 0.8, 0.75, 4, coverage=0.5)
    assert not _lopsided(explained, long, head)  # the dictionary explains half of each side
    two = Candidate("主管机关", "zh", 4, 1.0, words=("主管机关",))
    pair = Candidate("competent authorities", "en", 4, 1.0, words=("competent", "authorities"))
    assert not _lopsided(_Pair("主管机关", "competent authorities", 0.6, 0.9, 0.0, 4), two, pair)


#: Two more segments whose English leaves out what the Chinese and French say (审议进展 / état d'avancement).
UNTRANSLATED_IN_ENGLISH = SEGMENTS + [
    AlignedSegment({"zh": "缔约国应通报审议进展情况。", "en": "States parties should report.",
                    "fr": "Les États parties devraient communiquer l'état d'avancement des examens."}, "doc", "op.6"),
    AlignedSegment({"zh": "秘书处将汇编审议进展情况。", "en": "The secretariat will compile the information.",
                    "fr": "Le secrétariat compilera l'état d'avancement des examens."}, "doc", "op.7"),
]


def test_with_english_given_a_chinese_term_needs_its_english_equivalent():
    """Without English, co-occurrence pairs 审议进展 with its French; with English given (and the dictionary
    between the two), a term English does not confirm is left out: pairs in the other languages rest on
    co-occurrence alone."""
    zh_fr = pairs_of(pair_terms(UNTRANSLATED_IN_ENGLISH, candidates(("zh", "fr"), UNTRANSLATED_IN_ENGLISH),
                                pivot="zh"), "fr")
    assert zh_fr["审议进展"] == "état d'avancement des examens"
    entries = pair_terms(UNTRANSLATED_IN_ENGLISH, candidates(("zh", "en", "fr"), UNTRANSLATED_IN_ENGLISH), pivot="zh")
    assert "审议进展" not in {e.preferred("zh").text for e in entries}
    assert all(e.preferred("en") for e in entries)
    assert pairs_of(entries, "fr")["特殊侦查手段"] == "techniques d'enquête spéciales"


def _term(text: str, lang: str, words: tuple[str, ...]) -> Candidate:
    return Candidate(text, lang, 2, 1.0, words=words)


@pytest.mark.parametrize("a, b, share", [
    (("judges", "en", ("judges",)), ("juges", "fr", ("juges",)), 1.0),
    (("training activities", "en", ("training", "activities")), ("activités de formation", "fr", ("activités", "de", "formation")), 0.5),
    (("Convention", "en", ("Convention",)), ("Convention des Nations Unies", "fr", ("Convention", "des", "Nations", "Unies")), 0.5),
    (("law enforcement", "en", ("law", "enforcement")), ("detección y represión", "es", ("detección", "y", "represión")), 0.0),
])
def test_cognate_share_counts_look_alike_content_words_on_both_sides(a, b, share):
    assert cognate_share(_term(*a), _term(*b)) == pytest.approx(share)


#: Three occupations always listed together: co-occurrence cannot tell them apart, and "juges" stands in a longer
#: repeated phrase ("à l'intention des juges"), which lowers its own score.
OCCUPATIONS = [
    AlignedSegment({"en": "Programmes for judges, prosecutors and investigators were held.",
                    "fr": "Des programmes à l'intention des juges, des procureurs et des enquêteurs ont eu lieu."}),
    AlignedSegment({"en": "Programmes for judges, prosecutors and investigators should continue.",
                    "fr": "Les programmes à l'intention des juges, des procureurs et des enquêteurs devraient se poursuivre."}),
    AlignedSegment({"en": "Judges, prosecutors and investigators may request assistance.",
                    "fr": "Les juges, les procureurs et les enquêteurs peuvent demander une assistance."}),
]


def test_terms_listed_together_are_told_apart_by_their_spelling():
    entries = pair_terms(OCCUPATIONS, candidates(("en", "fr"), OCCUPATIONS), pivot="en")
    pairs = {e.preferred("en").text: e.preferred("fr").text for e in entries if e.preferred("fr")}
    assert pairs["judges"] == "juges"


def test_a_name_both_texts_mark_is_kept_around_a_frequent_pair():
    """A rare pair around a frequent one (international / internationale) is a passing combination unless both
    texts mark it as a name with its short form."""
    segments = [AlignedSegment({"en": en, "fr": fr}) for en, fr in [
        ("International experts met in Vienna.", "Des experts internationaux se sont réunis à Vienne."),
        ("International cooperation should continue.", "La coopération internationale devrait se poursuivre."),
        ("International assistance was requested.", "Une assistance internationale a été demandée."),
        ("The International Criminal Police Organization (INTERPOL) attended.",
         "L'Organisation internationale de police criminelle (INTERPOL) était présente."),
    ]]
    entries = pair_terms(segments, candidates(("en", "fr"), segments), pivot="en")
    pairs = {e.preferred("en").text: e.preferred("fr").text for e in entries if e.preferred("fr")}
    assert pairs["International"] == "internationale"
    assert pairs["International Criminal Police Organization"] == "Organisation internationale de police criminelle"


def test_pair_the_dictionary_explains_is_kept_though_mostly_inside_a_longer_term():
    # 有组织犯罪 and organized crime are each seen on their own only once, inside longer terms otherwise
    segments = [
        AlignedSegment({"zh": "缔约国应当打击跨国有组织犯罪。", "en": "States parties should combat transnational organized crime."}),
        AlignedSegment({"zh": "跨国有组织犯罪日益严重。", "en": "Transnational organized crime is growing."}),
        AlignedSegment({"zh": "缔约国应当研究跨国有组织犯罪。", "en": "States parties should study transnational organized crime."}),
        AlignedSegment({"zh": "有组织犯罪不断演变。", "en": "Organized crime is evolving."}),
    ] + [AlignedSegment({"zh": f"{verb}跨国组织犯罪。", "en": f"They {en} transnational organized crime."})
         for verb, en in (("预防", "prevent"), ("制止", "stop"), ("调查", "investigate"), ("惩治", "punish"))]
    lexicon = {**LEX, "跨国": {"transnational"}, "组织": {"organize"}, "犯罪": {"crime"}}
    pairs = pairs_of(pair_terms(segments, candidates(("zh", "en"), segments), pivot="zh", lexicon=lexicon))
    assert pairs["跨国组织犯罪"].lower() == "transnational organized crime"
    assert pairs["有组织犯罪"].lower() == "organized crime"


def test_rare_pair_opening_with_an_attributive_prefix_keeps_it():
    segments = [
        AlignedSegment({"zh": "缔约国应当考虑有条件释放。", "en": "States parties should consider conditional release."}),
        AlignedSegment({"zh": "缔约国应当合作。", "en": "States parties should cooperate."}),
    ]
    lexicon = {**LEX, "条件": {"condition", "conditional"}, "释放": {"release"}}
    pairs = pairs_of(pair_terms(segments, candidates(("zh", "en"), segments), pivot="zh", lexicon=lexicon))
    assert pairs.get("有条件释放") == "conditional release"
    assert "条件释放" not in pairs


def test_country_nation_and_state_explain_one_another():
    lexicon = {"会员国": {"member", "nation"}, "发展中国家": {"developing", "country"}}
    assert dictionary_coverage(["会员国"], "Member States", lexicon) == (1.0, 1.0)
    assert dictionary_coverage(["发展中国家"], "developing States", lexicon) == (1.0, 1.0)
    assert dictionary_coverage(["会员国"], "Member organizations", lexicon) == (1.0, 0.5)
