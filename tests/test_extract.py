"""Term candidates per language: boundaries, nested terms, short forms, normalisation."""

from __future__ import annotations

import pytest

from aligner.errors import GlossaryError
from glossary.extract import extract_candidates, term_key, tokenize, word_key


def by_text(candidates):
    return {c.text: c for c in candidates}


def by_key(candidates):
    return {c.key: c for c in candidates}


# -- Chinese --------------------------------------------------------------------------------------

ZH_NESTED = [
    "鼓励缔约国利用特殊侦查手段。",
    "缔约国应交流特殊侦查手段方面的经验。",
    "在使用特殊侦查手段时，缔约国应尊重主权。",
    "联合调查机构的作用；联合调查的法律依据。",
    "联合调查的所有阶段。",
    "部署联合调查机构。",
]


def test_zh_term_only_seen_inside_a_longer_term_scores_zero():
    found = by_key(extract_candidates(ZH_NESTED, "zh"))
    assert found["特殊侦查手段"].frequency == 3
    assert found["特殊侦查手段"].termhood > 0
    # 侦查手段 occurs three times, always inside 特殊侦查手段: not a term on its own
    assert "侦查手段" not in found
    # 联合调查 occurs inside 联合调查机构 twice and on its own twice: it stays, nested in one candidate
    assert found["联合调查"].frequency == 4
    assert found["联合调查"].standalone == 2
    assert found["联合调查"].nested_in == 1
    assert found["联合调查机构"].standalone == 2


def test_zh_boundaries_exclude_particles_and_resolution_verbs():
    candidates = extract_candidates(ZH_NESTED + ["鼓励缔约国和会员国注意到特殊侦查手段的复杂性"], "zh")
    for c in candidates:
        assert c.words[0] not in {"的", "和", "鼓励", "注意到", "在", "应"}, c.text
        assert c.words[-1] not in {"的", "和", "鼓励", "注意到", "在", "应"}, c.text


@pytest.mark.parametrize("lang, texts, word", [
    ("zh", ["缔约方会议通过了以下决议：", "缔约方会议还通过了以下决议：", "上述决议和下列决定"], ("以下", "上述", "下列")),
    ("en", ["The Conference adopted the following resolutions:", "It also adopted the following resolutions:"],
     ("following",)),
    ("fr", ["La Conférence a adopté les résolutions suivantes :", "Elle a aussi adopté les résolutions suivantes :"],
     ("suivantes",)),
    ("es", ["La Conferencia aprobó las resoluciones siguientes:", "También aprobó las resoluciones siguientes:"],
     ("siguientes",)),
    ("ru", ["Конференция приняла следующие резолюции:", "Она также приняла следующие резолюции:"], ("следующие",)),
    ("ar", ["اعتمد المؤتمر القرارات التالية:", "واعتمد المؤتمر أيضا القرارات التالية:"], ("التالية",)),
])
def test_the_following_and_the_above_mentioned_are_no_part_of_a_term(lang: str, texts: list[str], word: tuple) -> None:
    candidates = extract_candidates(texts, lang, min_freq=1)
    assert candidates, "the sentences give candidates"
    for c in candidates:
        assert not set(c.text.split() if lang != "zh" else c.words) & set(word), c.text


def test_zh_bracketed_organisation_name_and_short_form():
    texts = [
        "鼓励联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）提供技术援助。",
        "请毒品和犯罪问题办公室组织会议。",
        "以及国际刑事警察组织（国际刑警组织）等现有网络。",
    ]
    found = by_text(extract_candidates(texts, "zh"))
    unodc = found["联合国毒品和犯罪问题办公室"]
    assert unodc.short_form == "毒品和犯罪问题办公室"
    assert unodc.marked
    assert found["毒品和犯罪问题办公室"].expansion == "联合国毒品和犯罪问题办公室"
    assert found["毒品和犯罪问题办公室"].frequency == 3  # twice on its own, once inside the full name
    assert found["国际刑事警察组织"].short_form == "国际刑警组织"


def test_zh_book_title_brackets_and_quoted_terms_are_marked():
    texts = ["《联合国打击跨国有组织犯罪公约》第2条所载“严重犯罪”定义"]
    found = by_text(extract_candidates(texts, "zh", min_freq=2))
    assert found["联合国打击跨国有组织犯罪公约"].marked
    assert found["严重犯罪"].marked  # seen once, kept because the text quotes it as a term


def test_zh_min_freq_drops_rare_unmarked_candidates():
    found = by_text(extract_candidates(ZH_NESTED, "zh", min_freq=2))
    assert "特殊侦查手段" in found
    assert "法律依据" not in found


def test_zh_user_words_change_segmentation():
    plain = [t.text for t in tokenize("被判刑人员的移交", "zh")]
    assert "被判刑人员" not in plain
    joined = [t.text for t in tokenize("被判刑人员的移交", "zh", user_words={"被判刑人员"})]
    assert "被判刑人员" in joined
    # the user dictionary of one call does not leak into the default segmenter
    assert [t.text for t in tokenize("被判刑人员的移交", "zh")] == plain


def test_zh_everyday_single_words_are_not_terms():
    texts = ["国际合作问题", "合作问题", "引渡和合作", "引渡请求与合作"]
    found = by_text(extract_candidates(texts, "zh"))
    assert "合作" not in found and "问题" not in found  # everyday words
    assert "引渡" in found  # rare in general Chinese: a term


# -- English and other languages -----------------------------------------------------------------

def test_en_plural_and_singular_counted_together():
    texts = [
        "the establishment of a joint investigative body by States parties",
        "joint investigative bodies in combating crime",
        "deploying joint investigative bodies",
    ]
    found = by_key(extract_candidates(texts, "en"))
    jib = found["joint investigative body"]
    assert jib.frequency == 3
    assert jib.text == "joint investigative bodies"  # the most frequent surface form
    assert "joint investigative body" in jib.variants


def test_en_inner_function_words_allowed_not_at_edges():
    texts = ["the transfer of sentenced persons", "requests for the transfer of sentenced persons"]
    found = by_text(extract_candidates(texts, "en"))
    assert found["transfer of sentenced persons"].frequency == 2
    assert all(not c.text.lower().startswith(("the ", "of ", "for ")) for c in found.values())
    assert all(not c.text.lower().endswith((" the", " of", " for")) for c in found.values())


def test_en_acronym_linked_to_expansion_and_case_kept():
    texts = ["States enable the United Nations Office on Drugs and Crime (UNODC) to deliver assistance.",
             "UNODC is encouraged to organize meetings."]
    found = by_text(extract_candidates(texts, "en"))
    office = found["United Nations Office on Drugs and Crime"]
    assert office.short_form == "UNODC"
    assert found["UNODC"].expansion == "United Nations Office on Drugs and Crime"
    assert found["UNODC"].key == "UNODC"  # acronyms are not case-folded
    assert found["UNODC"].frequency == 2
    # a capitalised name is never cut in two
    assert "Nations Office" not in found and "Drugs and Crime" not in found


def test_en_short_form_before_bracketed_expansion():
    texts = ["the portal known as SHERLOC (Sharing Electronic Resources and Laws on Crime)"]
    found = by_text(extract_candidates(texts, "en"))
    assert found["Sharing Electronic Resources and Laws on Crime"].short_form == "SHERLOC"


def test_en_hyphenated_words_stay_whole():
    texts = ["capacity-building in the area", "technical assistance for capacity-building"]
    found = by_text(extract_candidates(texts, "en"))
    assert found["capacity-building"].frequency == 2


def test_fr_term_with_elided_article_inside_and_acronym():
    texts = [
        "la création d'organes d'enquête conjoints",
        "le recours aux organes d'enquête conjoints",
        "l'Office des Nations Unies contre la drogue et le crime (ONUDC) est invité",
    ]
    found = by_text(extract_candidates(texts, "fr"))
    assert found["organes d'enquête conjoints"].frequency == 2
    assert found["Office des Nations Unies contre la drogue et le crime"].short_form == "ONUDC"


def test_es_term_with_inner_preposition():
    texts = ["los órganos mixtos de investigación", "utilizar órganos mixtos de investigación"]
    found = by_text(extract_candidates(texts, "es"))
    assert found["órganos mixtos de investigación"].frequency == 2


def test_ru_case_forms_counted_together_and_cyrillic_short_form():
    texts = [
        "создание совместных следственных органов",
        "о совместных следственных органах в борьбе",
        "позволить Управлению Организации Объединенных Наций по наркотикам и преступности (ЮНОДК) оказывать",
    ]
    found = extract_candidates(texts, "ru")
    joint = [c for c in found if c.key == term_key("совместных следственных органов", "ru")]
    assert joint and joint[0].frequency == 2
    office = [c for c in found if c.short_form == "ЮНОДК"]
    # cited in the nominative; the dative the text uses stays as the attested form
    assert office and office[0].text == "Управление Организации Объединенных Наций по наркотикам и преступности"
    assert office[0].attested == (("Управлению Организации Объединенных Наций по наркотикам и преступности", 1),)


@pytest.mark.parametrize("same, other", [
    (("судья", "судей", "судьями"), "суде"),  # judges; (in the) court
    (("заключенных", "заключенного", "заключенными"), "заключения"),  # prisoners; detention, conclusion
    (("государства-участники", "государств-участников", "государствами-участниками"), "государство"),
    (("Конвенция", "Конвенции", "конвенцией"), "конвенционный"),
])
def test_russian_words_are_counted_under_their_dictionary_form(same, other):
    """Case forms of one word share a key; a word of the same stem but another lemma does not."""
    keys = {word_key(word, "ru") for word in same}
    assert len(keys) == 1 and word_key(other, "ru") not in keys


def test_a_russian_term_lists_only_its_own_forms():
    texts = ["Обучение судей и прокуроров.", "Подготовка судей и прокуроров.", "Роль судьи в суде.",
             "Дело рассматривается в суде и судьями."]
    found = {c.text: c for c in extract_candidates(texts, "ru", min_freq=2)}
    assert "судья" in found and found["судья"].frequency == 4
    assert "суде" not in found["судья"].variants


def test_ar_short_form_that_repeats_the_head_word():
    texts = ["وتشجع مكتب الأمم المتحدة المعني بالمخدرات والجريمة (المكتب) على تقديم المساعدة"]
    found = extract_candidates(texts, "ar")
    office = [c for c in found if c.short_form == "المكتب"]
    assert office and office[0].text == "مكتب الأمم المتحدة المعني بالمخدرات والجريمة"


def test_word_key_normalisation():
    assert word_key("Bodies", "en") == "body"
    assert word_key("UNODC", "en") == "UNODC"
    assert word_key("series", "en") == "series"
    assert word_key("process", "en") == "process"
    assert word_key("enquêtes", "fr") == "enquête"


@pytest.mark.parametrize("apostrophe", ["'", "’", "‘", "ʼ"])
def test_a_words_apostrophe_counts_as_the_straight_one_whichever_is_printed(apostrophe):
    """The same word with the typographic, the turned or the modifier-letter apostrophe is one word, as in term
    search, and its elided article is a function word."""
    assert word_key(f"d{apostrophe}enquête", "fr") == "d'enquête"
    tokens = tokenize(f"les organes d{apostrophe}enquête conjoints", "fr")
    assert [t.key for t in tokens if not t.stop] == ["organe", "enquête", "conjoint"]
    assert [t.text for t in tokens if t.key == "d'"] == [f"d{apostrophe}"]  # as the text prints it


def test_unknown_language_and_bad_min_freq_are_errors():
    with pytest.raises(GlossaryError):
        extract_candidates(["text"], "de")
    with pytest.raises(GlossaryError):
        extract_candidates(["text"], "en", min_freq=0)


# -- the bundled sample ------------------------------------------------------------------------

NAMED_ZH = ["严重犯罪", "联合调查机构", "特殊侦查手段", "司法协助", "中央机关", "双重犯罪", "被判刑人员的移交"]


@pytest.fixture(scope="module")
def sample_zh():
    import corpora
    from aligner.segment import segment

    return segment(corpora.load("untoc-cop-res-11-1", "zh"))


def test_named_terms_of_the_sample_are_candidates_without_reference(sample_zh):
    texts = [u.text for u in sample_zh.units]
    joined = "".join("".join(t.split()) for t in texts)
    found = by_text(extract_candidates(texts, "zh"))
    for term in NAMED_ZH:
        assert term in joined, f"{term} should occur in the sample"
        assert term in found, f"{term} missing from the candidates"
    assert found["特殊侦查手段"].frequency == joined.count("特殊侦查手段")


def test_es_name_with_function_words_and_english_acronym():
    texts = ["se alienta a la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) a facilitar"]
    found = by_text(extract_candidates(texts, "es"))
    assert found["Oficina de las Naciones Unidas contra la Droga y el Delito"].short_form == "UNODC"


def test_latin_label_after_cyrillic_heading_is_not_a_short_form():
    texts = ["Влияние коронавирусного заболевания (COVID-19) на международное сотрудничество"]
    assert not [c for c in extract_candidates(texts, "ru") if c.short_form == "COVID-19"]


# -- termhood: general-language collocations and fragments ----------------------------------------


def test_keyness_is_dunning_log_likelihood_against_general_language():
    from glossary.extract import keyness

    # 4 occurrences in 1,000 words where general language expects 1: G² = 2(4·ln 4 − 3) ≈ 5.09
    assert keyness(4, 1000, 0.001) == pytest.approx(2 * (4 * 1.386294361 - 3), rel=1e-6)
    assert keyness(1, 1000, 0.002) == 0.0  # used less than in general language: not a keyword
    assert keyness(20, 1000, 0.001) > keyness(4, 1000, 0.001)


def test_zh_word_classes_come_from_jiebas_dictionary():
    from glossary.extract import zh_word_class

    assert zh_word_class("涉及") == "v"
    assert zh_word_class("持久") == "a"
    assert zh_word_class("不是一个词的字符串") == ""


ZH_CRIME = [
    "各国应打击犯罪。",
    "犯罪所得应予没收。",
    "预防犯罪需要国际合作。",
    "犯罪嫌疑人应得到公正审判。",
    "严重犯罪的定义载于公约。",
    "这项改革产生持久影响。",
]


def test_zh_qualifying_collocation_seen_once_is_dropped_but_domain_term_kept():
    found = by_key(extract_candidates(ZH_CRIME, "zh"))
    assert "严重犯罪" in found  # 犯罪 is a keyword of these texts
    assert "持久影响" not in found  # 持久 only qualifies, 影响 is no keyword, seen once


def test_zh_qualifying_collocation_seen_twice_is_kept():
    found = by_key(extract_candidates(ZH_CRIME + ["改革的持久影响值得研究。"], "zh"))
    assert "持久影响" in found


def test_zh_fragments_across_phrase_boundaries_are_rejected():
    texts = ["应对新出现的和不断演变的犯罪形式。", "研究新出现的和不断演变的犯罪形式。",
             "加强涉及电子证据的国际合作。", "促进涉及电子证据的国际合作。"]
    keys = set(by_key(extract_candidates(texts, "zh")))
    assert not [k for k in keys if "的和" in k]  # particle next to a conjunction
    assert not [k for k in keys if k.startswith("涉及") and "的" in k]  # verb + object + 的: a relative clause
    assert "电子证据的国际合作" in keys  # the noun phrase without its verb stays


def test_zh_coordination_of_two_terms_is_not_one_term():
    texts = ["加强沟通和协调。", "改进沟通和协调。", "编写法律问题和实际问题汇编。", "讨论法律问题和实际问题。",
             "推广信息和通信技术。", "利用信息和通信技术。"]
    keys = set(by_key(extract_candidates(texts, "zh")))
    assert "沟通和协调" not in keys  # two bare words
    assert "法律问题和实际问题" not in keys  # two phrases with the same head
    assert "信息和通信技术" in keys  # a shared head: one term


def test_zh_members_of_a_coordination_are_terms_of_their_own():
    # 有组织犯罪 is seen only inside frequent longer strings; the coordination of two terms is no term that holds it
    texts = ["跨国犯罪和有组织犯罪。", "法律问题和实际问题。", "打击跨国有组织犯罪公约。"] * 2
    found = by_key(extract_candidates(texts, "zh", min_freq=2))
    assert found["有组织犯罪"].standalone == 2 and found["有组织犯罪"].frequency == 4
    assert found["法律问题"].standalone == 2
    assert "跨国犯罪和有组织犯罪" not in found and "法律问题和实际问题" not in found
    # a span across the conjunction is still a fragment of the coordination
    assert not [k for k in found if k.endswith("和实际") or k.startswith("犯罪和")]


@pytest.mark.parametrize("lang, texts, member", [
    ("zh", ["培训执法官员或其他从业人员。", "支持执法官员或其他从业人员。"], "执法官员"),
    ("en", ["Train law enforcement officers or other practitioners.",
            "Support law enforcement officers or other practitioners."], "law enforcement officers"),
    ("es", ["Formar a los agentes del orden u otros profesionales.", "Apoyar a los agentes del orden u otros profesionales."],
     "agentes del orden"),
    ("ru", ["Обучение сотрудников полиции или других специалистов.", "Поддержка сотрудников полиции или других специалистов."],
     "сотрудник полиции"),
    ("ar", ["تعزيز التعاون بين السلطات المركزية وغيرها من السلطات المختصة.",
            "تيسير الاتصال بين السلطات المركزية وغيرها من السلطات المختصة."], "السلطات المركزية"),
])
def test_a_phrase_and_other_phrases_are_two_terms(lang, texts, member):
    found = by_text(extract_candidates(texts, lang, min_freq=2))
    assert not [t for t in found if any(f" {w} " in f" {t.lower()} " for w in ("other", "otros", "других", "وغيرها"))
                or "其他" in t]
    assert member in found and found[member].standalone == 2


def test_one_word_and_other_words_sharing_a_head_may_be_adjectives():
    from glossary.extract import two_terms

    assert not two_terms(["central", "and", "other", "competent", "authorities"], "en")
    assert two_terms(["central", "authorities", "and", "other", "competent", "authorities"], "en")
    assert two_terms(["ley", "u", "otros", "profesionales"], "es")


def test_zh_term_may_open_with_an_attributive_prefix():
    texts = ["打击有组织犯罪。", "应对有组织犯罪。", "审查有条件释放。", "实行有条件释放。", "保护无国籍人。", "援助无国籍人。"]
    keys = set(by_key(extract_candidates(texts, "zh")))
    assert {"有组织犯罪", "有条件释放", "无国籍人"} <= keys
    assert not keys & {"组织犯罪", "条件释放"}  # only ever seen with the prefix
    # the verb 有 (have) never ends a term, nor opens one of two words
    keys = set(by_key(extract_candidates(["缔约国有义务。", "各国有义务。"], "zh")))
    assert not [k for k in keys if k.startswith("有")]


def test_fr_coordinated_words_may_be_one_term():
    texts = ["Les services de détection et répression coopèrent.", "Les services de détection et répression échangent."]
    assert "service de détection et répression" in by_key(extract_candidates(texts, "fr"))

def test_zh_words_dating_something_to_the_present_do_not_start_a_term():
    texts = ["利用现有资源开展培训。", "调动现有资源开展培训。", "修订现行法律。", "审查现行法律。"]
    keys = set(by_key(extract_candidates(texts, "zh")))
    assert "现有资源" not in keys and "现行法律" not in keys


# -- general-language classes left out ------------------------------------------------------------

def test_zh_numbered_meeting_is_no_term_but_a_numbered_body_is():
    meetings = [c.text for c in extract_candidates(["工作组第十三次会议通过了建议。", "工作组第十三次会议的报告。"], "zh")]
    assert "工作组" in meetings
    assert not [t for t in meetings if "第十三次" in t]
    sessions = [c.text for c in extract_candidates(["缔约方会议第三届会议。", "在其第三届会议上。"], "zh")]
    assert not [t for t in sessions if "第三届" in t]
    bodies = [c.text for c in extract_candidates(["第六委员会审议了该项目。", "第六委员会的报告。"], "zh")]
    assert "第六委员会" in bodies  # an ordinal without the counter of occurrences names a body


def test_en_lone_adjective_is_no_term_unless_seen_as_a_noun():
    alone = {c.text for c in extract_candidates(["The criminal was caught.", "A criminal act."], "en")}
    assert "criminal" not in alone and "criminal act" in alone
    plural = {c.text for c in extract_candidates(["The criminals were caught.", "A criminal act."], "en")}
    assert "criminals" in plural  # the plural shows a noun
    named = {c.text for c in extract_candidates(["The Tribunal decided.", "The Tribunal met."], "en")}
    assert "Tribunal" in named


def test_en_phrase_ending_in_an_adverb_of_a_word_of_the_text_is_no_term():
    texts = ["The issues were discussed jointly by the States.", "A joint meeting of the General Assembly."]
    found = {c.text for c in extract_candidates(texts, "en")}
    assert "discussed jointly" not in found and "jointly" not in found
    assert "General Assembly" in found  # -ly, but no word "Assemb" in the text


def test_french_elisions_are_words_of_their_own():
    words = [t.text for t in tokenize("L'entraide judiciaire et l'« infraction grave » qu'elle vise jusqu'aux "
                                      "organisations non gouvernementales d’Europe", "fr")]
    assert words[:3] == ["L'", "entraide", "judiciaire"]
    assert "qu'" in words and "jusqu'" in words and "d’" in words and "Europe" in words
    assert "l'" in words and "infraction" in words


def test_french_extraction_does_not_compile_the_french_tokenizer():
    """Its exceptions take seconds to compile; elisions are split off without them."""
    import subprocess
    import sys

    code = ("import sys; from glossary.extract import extract_candidates; "
            "extract_candidates(['entraide judiciaire, entraide judiciaire'], 'fr', min_freq=1); "
            "print('spacy.lang.fr' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# -- words that only ever modify another -----------------------------------------------------------


def test_no_term_ends_in_a_word_the_text_only_uses_before_another_content_word():
    """"investigative" is always followed by "bodies" or "techniques" here: "deploying joint investigative" is a
    piece of "… joint investigative bodies", not a term; "joint investigative bodies" stays."""
    texts = ["States parties should use joint investigative bodies.", "Special investigative techniques are used.",
             "When deploying joint investigative bodies and special investigative techniques, respect human rights.",
             "Joint investigative bodies were set up."]
    found = by_key(extract_candidates(texts, "en"))
    assert "joint investigative body" in found and "special investigative technique" in found
    assert not [key for key in found if key.endswith("investigative")]
    french = ["Les organes d'enquête conjoints sont utiles.", "Les techniques d'enquête spéciales sont utilisées.",
              "Les organes d'enquête conjoints et les techniques d'enquête spéciales."]
    assert not [c.text for c in extract_candidates(french, "fr") if c.text.endswith("enquête")]


def test_a_word_seen_once_at_the_end_of_a_phrase_may_end_a_term():
    texts = ["Law enforcement officials met.", "Law enforcement networks grew.", "Law enforcement agencies.",
             "They cooperate in law enforcement."]
    assert "law enforcement" in by_key(extract_candidates(texts, "en"))


@pytest.mark.parametrize("text, lang, name", [
    ("L'Organisation internationale de police criminelle (INTERPOL) était présente.", "fr",
     "Organisation internationale de police criminelle"),
    ("con la Organización Internacional de Policía Criminal (INTERPOL) y otras entidades", "es",
     "Organización Internacional de Policía Criminal"),
])
def test_name_a_short_form_spells_from_inside_starts_at_its_capitalised_word(text, lang, name):
    """INTERPOL's letters are found from the name's second word on; the name itself starts at the capitalised word
    before them (after an article, or where the letters start in lower case)."""
    found = by_text(extract_candidates([text], lang))
    assert found[name].short_form == "INTERPOL"


def test_a_capitalised_verb_opening_a_paragraph_is_not_taken_into_a_name():
    texts = ["Recalling Financial Action Task Force (FATF) recommendations on cooperation,"]
    found = by_text(extract_candidates(texts, "en"))
    assert found["Financial Action Task Force"].short_form == "FATF"


def test_ar_terms_do_not_start_with_according_to_even_after_a_conjunction():
    """وفقا (according to) is a function word at a term's edge, and so is ووفقا (and according to)."""
    texts = ["تتعاون الدول وفقا للمبادئ الأساسية لنظمها القانونية", "ووفقا لأطرها القانونية الداخلية",
             "وفقا للمبادئ الأساسية", "ووفقا لأطرها القانونية"]
    found = extract_candidates(texts, "ar")
    assert found and not [c.text for c in found if c.text.split()[0] in ("وفقا", "ووفقا")]


def test_ru_infinitive_never_opens_or_closes_a_term():
    texts = ["Призывает содействовать проведению учебных мероприятий.", "Просит содействовать проведению учебных мероприятий."]
    found = [c.text for c in extract_candidates(texts, "ru", min_freq=2)]
    assert found == ["учебное мероприятие"]  # (the noun of action after the infinitive stays off the edge too)
    # a noun in -сть still opens a term
    texts = ["Оценка: деятельность полиции.", "Обзор: деятельность полиции."]
    assert [c.text for c in extract_candidates(texts, "ru", min_freq=2)] == ["деятельность полиции"]


@pytest.mark.parametrize(("lang", "texts", "term", "action"), [
    ("ru", ["Рекомендует проведение страновых обзоров.", "Завершено проведение страновых обзоров."],
     "страновых обзоров", "проведение"),
    ("ru", ["Важно укрепление правовых рамок.", "Необходимо укрепление правовых рамок."], "правовых рамок", "укрепление"),
    ("es", ["Con sujeción a la disponibilidad de recursos.", "Con sujeción a la disponibilidad de recursos."],
     "disponibilidad de recursos", "sujeción"),
    ("ar", ["يوصي بتعزيز الأنشطة التدريبية.", "ويطلب تعزيز الأنشطة التدريبية."], "الأنشطة التدريبية", "تعزيز"),
])
def test_a_noun_of_action_stays_off_the_edge_of_a_term(lang: str, texts: list[str], term: str, action: str) -> None:
    """Nouns of action open stretches of UN prose ("conducting country reviews"), as "strengthening" and 加强 do."""
    found = {c.text for c in extract_candidates(texts, lang, min_freq=2)} | \
        {v for c in extract_candidates(texts, lang, min_freq=2) for v in c.variants}
    assert term in found
    assert not [t for t in found if action in t.split()]


def test_ru_including_and_by_means_of_never_edge_a_term():
    """в том числе (including) and путем (by means of) open stretches of prose, not terms."""
    texts = ["в том числе путем сбора примеров соглашений", "в том числе путем сбора примеров соглашений"]
    found = [c.text for c in extract_candidates(texts, "ru", min_freq=2)]
    assert found and not [t for t in found if t.split()[0] in ("число", "числе", "путем")]


def test_es_verbs_after_que_and_gerunds_never_edge_a_term():
    texts = ["Alienta a los Estados a que promuevan actividades de capacitación, utilizando técnicas especiales.",
             "Insta a los Estados a que promuevan actividades de capacitación, utilizando técnicas especiales."]
    found = {c.text for c in extract_candidates(texts, "es", min_freq=2)}
    assert "actividades de capacitación" in found and "técnicas especiales" in found
    assert not [t for t in found if t.split()[0] in ("promuevan", "utilizando") or t.split()[-1] in ("promuevan", "utilizando")]


def test_russian_words_that_are_all_adjectives_are_no_term():
    """"имеющихся правовых" (existing legal …) qualifies a noun outside it; nouns that end like adjectives do not make
    a term one (мероприятие, режим, критерий)."""
    texts = ["Рекомендует применять гибкий подход к использованию имеющихся правовых инструментов;",
             "Рекомендует рассматривать возможность использования других имеющихся правовых оснований в делах;"]
    assert not [c.text for c in extract_candidates(texts, "ru", min_freq=2) if c.text.startswith("имеющ")]
    texts = ["Отмечает правовой режим.", "Изучает правовой режим.", "Проводит учебное мероприятие.",
             "Завершено учебное мероприятие.", "Прилагаемый критерий оценки.", "Новый критерий оценки."]
    found = {c.text for c in extract_candidates(texts, "ru", min_freq=2)}
    assert {"правовой режим", "учебное мероприятие", "критерий оценки"} <= found


@pytest.mark.parametrize(("lang", "texts", "term"), [
    ("es", ["Para responder a esas solicitudes de asistencia.", "Deben responder a esas solicitudes de asistencia."],
     "solicitudes de asistencia"),
    ("es", ["Conforme a aquellos acuerdos bilaterales.", "Según aquellos acuerdos bilaterales."], "acuerdos bilaterales"),
])
def test_a_demonstrative_never_stands_inside_a_term(lang: str, texts: list[str], term: str) -> None:
    found = {c.text for c in extract_candidates(texts, lang, min_freq=2)}
    assert term in found
    assert not [t for t in found if {"esas", "aquellos"} & set(t.split())]


def test_a_spanish_adverb_never_edges_a_term():
    texts = ["Para aplicar eficazmente la Convención contra la Delincuencia.",
             "Con miras a aplicar eficazmente la Convención contra la Delincuencia."]
    found = {c.text for c in extract_candidates(texts, "es", min_freq=2)}
    assert not [t for t in found if "eficazmente" in (t.split()[0], t.split()[-1])]
    assert [t for t in found if t.startswith("Convención")]
