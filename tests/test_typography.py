"""Typography rules: true positives, and the look-alikes each rule must leave alone."""

from __future__ import annotations

import random
import re

import pytest

import corpora
from aligner.model import Document, Segmentation, Unit
from aligner.tokens import load_opencc
from glossary.checks import typography  # noqa: F401  (registers the rules)
from glossary.checks.model import CheckContext, Finding
from glossary.checks.registry import RULES

TYPOGRAPHY_RULES = (
    "zh-halfwidth-punct",
    "zh-fullwidth-in-latin",
    "zh-cjk-spacing",
    "zh-traditional",
    "zh-radical",
    "zh-unbalanced",
    "doubled-punct",
    "double-space",
    "space-before-punct",
    "fr-spacing",
    "unbalanced",
    "ar-latin-punct",
)


def ctx_of(lang: str, *raws: str) -> CheckContext:
    """One document in ``lang`` whose units u1, u2 … have the given raw texts."""
    units = tuple(Unit(id=f"u{i}", kind="paragraph", text=raw, raw=raw) for i, raw in enumerate(raws, 1))
    return CheckContext(documents=(Segmentation(Document(text="\n\n".join(raws), lang=lang, name=f"doc-{lang}"), units),))


def run(rule_id: str, lang: str, *raws: str) -> list[Finding]:
    return RULES[rule_id].run(ctx_of(lang, *raws))


def spans(findings: list[Finding], ctx_raws: tuple[str, ...]) -> list[str]:
    """The offending characters of every location, read back from the unit texts."""
    out = []
    for f in findings:
        for loc in f.locations:
            out.append(ctx_raws[int(loc.unit[1:]) - 1][loc.start : loc.end])
    return out


def test_all_rules_are_registered_with_valid_severity():
    for rule_id in TYPOGRAPHY_RULES:
        assert rule_id in RULES
        assert RULES[rule_id].severity in ("error", "warning", "info")
        assert RULES[rule_id].summary


# ------------------------------------------------------------ zh-halfwidth-punct


def test_zh_halfwidth_comma_and_semicolon_between_han():
    raws = ("鼓励缔约国在收到移交请求后,适当考虑该请求并及时回复;",)
    found = run("zh-halfwidth-punct", "zh", *raws)
    assert spans(found, raws) == [",", ";"]
    assert found[0].suggestion == "replace “,” with “，”"
    assert found[1].suggestion == "replace “;” with “；”"
    loc = found[0].locations[0]
    assert (loc.document, loc.lang, loc.unit) == ("doc-zh", "zh", "u1")
    assert "," in loc.excerpt and "请求后" in loc.excerpt
    assert dict(found[0].evidence) == {", in document": "1", "， in document": "0"}


@pytest.mark.parametrize("text", ["这是问题?", "请注意!下一步", "如下:第一"])
def test_zh_halfwidth_question_exclamation_colon(text):
    assert len(run("zh-halfwidth-punct", "zh", text)) == 1


def test_zh_halfwidth_brackets_around_chinese_are_warned():
    raws = ("同时铭记使用这类手段(特别是用于获取电子证据)所涉问题",)
    found = run("zh-halfwidth-punct", "zh", *raws)
    assert len(found) == 1 and found[0].severity == "warning"
    assert spans(found, raws) == ["(特别是用于获取电子证据)"]


def test_zh_halfwidth_brackets_around_latin_gloss_are_info():
    raws = ("2019 冠状病毒病(COVID-19)大流行",)
    found = run("zh-halfwidth-punct", "zh", *raws)
    assert [(f.severity, s) for f, s in zip(found, spans(found, raws))] == [("info", "(COVID-19)")]


def test_zh_the_year_of_a_security_council_resolution_keeps_its_half_width_brackets():
    """UN Chinese writes 第2719(2023)号决议; a year in brackets elsewhere is still reported."""
    assert run("zh-halfwidth-punct", "zh", "回顾安全理事会第2719(2023)号决议和第2720 (2023)号决议，") == []
    raws = ("该报告(2023)已印发",)
    assert spans(run("zh-halfwidth-punct", "zh", *raws), raws) == ["(2023)"]


def test_zh_mixed_full_and_half_width_bracket():
    raws = ("联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室)根据请求",)
    found = run("zh-halfwidth-punct", "zh", *raws)
    assert spans(found, raws) == [")"]


@pytest.mark.parametrize(
    "text",
    [
        "(a) 鼓励缔约国依据国内法律酌情进一步利用《公约》",
        "《公约》第 2 条(b)项所载“严重犯罪”定义的广泛适用范围",
        "⁴ CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4，第 7 段和第 10 段。",
        "CTOC/COP/WG.3/2021/3，第 2-4 段。",
        "2019 冠状病毒病（COVID-19）大流行",
        "增长了 2.5 倍，共 1,000 人，于 10:30 开会",
        "见 https://www.unodc.org/search?q=a,b;c:d 网站",
        "英文版题为 United Nations, Treaty Series; vol. 2225 的出版物",
        "通过了下列建议⁴供联合国打击跨国有组织犯罪公约缔约方会议核可：",
        "(iv) 其他事项",
    ],
)
def test_zh_halfwidth_leaves_alone(text):
    assert run("zh-halfwidth-punct", "zh", text) == []


def test_zh_halfwidth_only_in_chinese_documents():
    assert run("zh-halfwidth-punct", "en", "请求后,适当") == []


# ------------------------------------------------------------ zh-fullwidth-in-latin


def test_zh_fullwidth_comma_inside_latin_title():
    raws = ("见 Official Records of the General Assembly，Seventy-fifth Session 一书",)
    found = run("zh-fullwidth-in-latin", "zh", *raws)
    assert spans(found, raws) == ["，"]
    assert found[0].severity == "info"
    assert "“,”" in found[0].suggestion


@pytest.mark.parametrize(
    "text",
    [
        "CTOC/COP/WG.3/2021/3，第 2-4 段。",
        "毒品和犯罪问题办公室（UNODC）、开发署（UNDP）",
        "UNODC，UNDP 和 WHO",
        "2019 冠状病毒病（COVID-19）大流行",
    ],
)
def test_zh_fullwidth_in_chinese_context_is_fine(text):
    assert run("zh-fullwidth-in-latin", "zh", text) == []


# ------------------------------------------------------------ zh-cjk-spacing


def test_zh_cjk_spacing_reports_minority_unspaced_with_counts():
    raws = (
        "2021 年 3 月 25 日举行",  # 5 spaced boundaries: 1 年, 年 3, 3 月, 月 2, 5 日
        "2021 年 3 月 26 日举行",  # 5 more
        "2022年5月举行",  # 3 unspaced: 2年, 年5, 5月
    )
    found = run("zh-cjk-spacing", "zh", *raws)
    assert len(found) == 1
    assert {loc.unit for loc in found[0].locations} == {"u3"}
    assert spans(found, raws) == ["2年", "年5", "5月"]
    assert dict(found[0].evidence) == {"spaced": "10", "unspaced": "3", "document style": "spaced"}
    assert "2022 年 5 月" in found[0].suggestion


def test_zh_cjk_spacing_reports_minority_spaced():
    raws = ("第17条和第18条", "第16条", "第 19 条")
    found = run("zh-cjk-spacing", "zh", *raws)
    assert [loc.unit for f in found for loc in f.locations] == ["u3", "u3"]
    assert spans(found, raws) == ["第 1", "9 条"]
    assert dict(found[0].evidence)["document style"] == "unspaced"
    assert "第19条" in found[0].suggestion


def test_zh_cjk_spacing_suggests_a_whole_figure_or_symbol():
    found = run("zh-cjk-spacing", "zh", "第17条和第18条", "第2022/15号决议", "第 77/555 号决定")
    assert found[0].suggestion == "write “第77/555号”, as in the rest of the document"


def test_zh_cjk_spacing_tie_takes_the_first_style():
    raws = ("第 19 条", "第20条")
    found = run("zh-cjk-spacing", "zh", *raws)
    assert [loc.unit for f in found for loc in f.locations] == ["u2", "u2"]


@pytest.mark.parametrize(
    "raws",
    [
        ("2021 年 3 月", "第 19 条和 COVID-19 大流行"),
        ("2021年3月", "第19条"),
        ("公约¹ 和议定书²", "第 19 条"),  # footnote markers are not digits
    ],
)
def test_zh_cjk_spacing_consistent_documents(raws):
    assert run("zh-cjk-spacing", "zh", *raws) == []


def test_zh_cjk_spacing_leaves_a_mastheads_cells_alone():
    """"联合国 A/RES/77/232" and "大会 Distr.: General" are a masthead's cells on one line, neither counted nor
    reported; the document's own text still is."""
    from aligner.segment import segment

    text = ("联合国 A/RES/77/232\n\n大会 Distr.: General\n2022年12月28日\n\n第七十七届会议\n议程项目84\n\n"
            "大会，\n\n回顾其2021年12月9日第76/114号决议，\n\n1. 决定在第 78 届会议上审议。\n")
    seg = segment(Document(text, "zh", name="r"))
    assert [u.kind for u in seg.units][:2] == ["masthead", "masthead"]
    found = RULES["zh-cjk-spacing"].run(CheckContext(documents=(seg,)))
    assert [loc.unit for f in found for loc in f.locations] == ["op.1", "op.1"]


def test_zh_cjk_spacing_is_per_document():
    zh_a = Segmentation(Document("", "zh", name="a"), (Unit("u1", "paragraph", "2021 年", "2021 年"),))
    zh_b = Segmentation(Document("", "zh", name="b"), (Unit("u1", "paragraph", "2022年", "2022年"),))
    assert RULES["zh-cjk-spacing"].run(CheckContext(documents=(zh_a, zh_b))) == []


# ------------------------------------------------------------ zh-traditional


def test_zh_traditional_characters_in_simplified_document():
    raws = ("联合国毒品和犯罪问题办公室应继续开展工作", "这个國家的發展")
    found = run("zh-traditional", "zh", *raws)
    assert len(found) == 1
    assert spans(found, raws) == ["國", "發"]
    evidence = dict(found[0].evidence)
    assert (evidence["國"], evidence["發"]) == ("国", "发")
    # 联 国 问 题 办 应 继 续 开 这 个: 11 Simplified-only characters; 國 發: 2 Traditional-only ones
    assert (evidence["Simplified-only characters in document"], evidence["Traditional-only characters in document"]) == ("11", "2")
    assert "國→国" in found[0].suggestion


@pytest.mark.parametrize("text", ["乾隆年间的宫商角徵羽", "联合国毒品和犯罪问题办公室", "皇后与后来"])
def test_zh_traditional_leaves_simplified_words_alone(text):
    assert run("zh-traditional", "zh", "联合国毒品和犯罪问题办公室应继续开展工作", text) == []


def test_zh_traditional_document_is_not_checked():
    assert run("zh-traditional", "zh", "聯合國毒品和犯罪問題辦公室應繼續開展工作", "這個国家") == []


# ------------------------------------------------------------ zh-radical


def test_zh_radical_reports_every_radical_standing_for_a_character_in_one_finding():
    raws = ("执⾏《公约》附件⼀", "2021 年 3 ⽉ 25 ⽇执⾏", "联合国毒品和犯罪问题办公室")
    found = run("zh-radical", "zh", *raws)
    assert len(found) == 1 and found[0].severity == "error"
    assert spans(found, raws) == ["⾏", "⼀", "⽉", "⽇", "⾏"]
    assert [loc.unit for loc in found[0].locations] == ["u1", "u1", "u2", "u2", "u2"]
    assert dict(found[0].evidence) == {"⾏→行": "2", "⼀→一": "1", "⽉→月": "1", "⽇→日": "1", "radicals in document": "5"}
    assert "⾏ (U+2F8F) for 行" in found[0].message and found[0].suggestion.startswith("replace throughout: ⾏→行、")


@pytest.mark.parametrize("lang,raws", [
    ("zh", ("执行《公约》附件一", "2021 年 3 月 25 日")),
    ("zh", ("⺀ is a radical of its own",)),  # no character shares its glyph
    ("en", ("The radical ⾏ means walk",)),
])
def test_zh_radical_leaves_characters_and_other_languages_alone(lang, raws):
    assert run("zh-radical", lang, *raws) == []


def test_a_text_with_radicals_is_checked_as_the_published_one_plus_the_radicals():
    """The sample's Chinese version with radicals for some of its characters, checked with its English version:
    every finding of the published text, in the same units, and one more, for the radicals."""
    import dataclasses

    from aligner.segment import segment
    from glossary.checks.runner import run_checks
    from tests.test_ideographs import as_printed

    zh = corpora.load("untoc-cop-res-11-1", "zh")
    en = segment(corpora.load("untoc-cop-res-11-1", "en"))
    printed = dataclasses.replace(zh, text=as_printed(zh.text))

    def found(doc):
        return run_checks([segment(doc), en], extract=False).findings

    published, radicals = found(zh), found(printed)
    assert [f for f in radicals if f.rule != "zh-radical"] and published
    assert [(f.rule, [loc.unit for loc in f.locations]) for f in radicals if f.rule != "zh-radical"] == \
        [(f.rule, [loc.unit for loc in f.locations]) for f in published]
    [report] = [f for f in radicals if f.rule == "zh-radical"]
    assert len(report.locations) == sum(a != b for a, b in zip(zh.text, printed.text))


# ------------------------------------------------------------ zh-unbalanced


def test_zh_unbalanced_marks():
    raws = ("实施《公约第 20 条", "他说“好", "办公室（毒品和犯罪问题办公室", "》之后")
    found = run("zh-unbalanced", "zh", *raws)
    assert spans(found, raws) == ["《", "“", "（", "》"]
    assert dict(found[0].evidence) == {"《": "1", "》": "0"}
    assert "》" in found[0].suggestion


def test_zh_balanced_marks_are_fine():
    text = "《公约》第 2 条(b)项所载“严重犯罪”定义（见“《议定书》”）和「引文」"
    assert run("zh-unbalanced", "zh", text) == []


# ------------------------------------------------------------ doubled-punct


@pytest.mark.parametrize("text,mark", [("请求，，并", "，，"), ("结束。。", "。。"), ("one,, two", ",,"), ("a;; b", ";;"), ("a, , b", ", ,"), ("etc..", ".."), ("؟؟", "؟؟")])
def test_doubled_punct(text, mark):
    found = run("doubled-punct", "en", text)
    assert spans(found, (text,)) == [mark]


@pytest.mark.parametrize("text", ["and so on...", "等等……", "WG.3/2021/3", "1.2.3", "http://a.org/x,,y", "a, b; c"])
def test_doubled_punct_leaves_alone(text):
    assert run("doubled-punct", "en", text) == []


# ------------------------------------------------------------ double-space


def test_double_space_inside_a_line():
    raws = ("the  Convention and   the Protocols",)
    found = run("double-space", "en", *raws)
    assert spans(found, raws) == ["  ", "   "]
    assert found[1].message == "3 spaces in a row"


@pytest.mark.parametrize(
    "text",
    ["  indented line", "trailing spaces   ", "(a)  Encourages States", "1.  Endorses", "¹  United Nations", "a)  Les États", "1 -  يقرر", "one\n  two",
     "1/  A/49/748, annex.", "52/85.    Follow-up to the Naples Political Declaration"],
)
def test_double_space_leaves_layout_alone(text):
    assert run("double-space", "en", text) == []


def test_double_space_leaves_a_mastheads_and_a_covers_cells_alone():
    """A masthead and cover are set out as the page lays them out (cells apart); the text below is still checked."""
    from aligner.segment import segment

    text = ("United Nations          A/RES/52/85\n\nGeneral Assembly          Distr.: General\n\n"
            "Fifty-second session          Agenda item 103\n\nThe General Assembly,\n\n1. Decides  to act.\n")
    seg = segment(Document(text, "en", name="r"))
    assert [u.kind for u in seg.units][:3] == ["masthead", "masthead", "cover"]
    found = RULES["double-space"].run(CheckContext(documents=(seg,)))
    assert [loc.unit for f in found for loc in f.locations] == ["op.1"]


# ------------------------------------------------------------ space-before-punct


@pytest.mark.parametrize(
    "lang,text,mark",
    [
        ("en", "the Convention , and", " ,"),
        ("en", "the Convention .", " ."),
        ("en", "Note : this", " :"),
        ("en", "(see article 2 )", " )"),
        ("es", "¿Qué es ?", " ?"),
        ("fr", "de la Convention , et", " ,"),
        ("fr", "de la Convention .", " ."),
        ("ar", "الدول الأطراف ، وتشجع", " ،"),
        ("ru", "Конвенции ; и", " ;"),
    ],
)
def test_space_before_punct(lang, text, mark):
    found = run("space-before-punct", lang, text)
    assert spans(found, (text,)) == [mark]


@pytest.mark.parametrize(
    "text",
    [
        "présente résolution ;",
        "les fasse siennes :",
        "intitulée « Application des dispositions »,",
        "Pourquoi ?",
        "Attention !",
        "résolution\u202f;",
        "résolution\u00a0:",
    ],
)
def test_space_before_punct_respects_french_spacing(text):
    assert run("space-before-punct", "fr", text) == []


@pytest.mark.parametrize("text", ["and so on ...", "a value of .5 units", "written in .NET", "Recalling its decision 2/2,", "2019 冠状病毒病 ，"])
def test_space_before_punct_leaves_alone(text):
    assert run("space-before-punct", "en", text) == []


def test_space_before_punct_not_for_chinese():
    assert run("space-before-punct", "zh", "公约 ，和") == []


# ------------------------------------------------------------ fr-spacing


def test_fr_spacing_missing_spaces_are_info():
    raws = ("la présente résolution; intitulée «Application»",)
    found = run("fr-spacing", "fr", *raws)
    assert [f.severity for f in found] == ["info", "info", "info"]
    assert spans(found, raws) == ["n;", "«A", "n»"]


@pytest.mark.parametrize(
    "text",
    [
        "résolution ;",
        "intitulée « Application »",
        "intitulée\u00a0«\u202fApplication\u202f»",
        "à 10:30 heures",
        "voir https://www.unodc.org/a;b",
        "Vraiment ?!",
    ],
)
def test_fr_spacing_correct_french(text):
    assert run("fr-spacing", "fr", text) == []


def test_fr_spacing_only_french():
    assert run("fr-spacing", "en", "the resolution; entitled") == []


# ------------------------------------------------------------ unbalanced


@pytest.mark.parametrize(
    "lang,text,marks",
    [
        ("en", "entitled “Implementation of the provisions,", ["“"]),
        ("en", "the pandemic (COVID-19 on cooperation", ["("]),
        ("en", "the pandemic COVID-19) on cooperation", [")"]),
        ("fr", "intitulée « Application des dispositions", ["«"]),
        ("es", "véase [nota", ["["]),
        ("ru", "озаглавленную «Осуществление „положений", ["«", "„"]),
        ("en", "(see article 2 (b) of the Convention", ["("]),
    ],
)
def test_unbalanced(lang, text, marks):
    found = run("unbalanced", lang, text)
    assert spans(found, (text,)) == marks


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "a) Les États parties sont encouragés"),
        ("fr", "à l'article 2 b) de la Convention"),
        ("es", "en el artículo 2 b) de la Convención"),
        ("ru", "а) государствам-участникам рекомендуется"),
        ("en", "contained in article 2 (b) of the Convention"),
        ("en", "entitled “Implementation” and (COVID-19) [sic]"),
        ("ru", "озаглавленной «Осуществление „положений“ Конвенции»"),
        ("ar", "(أ) تشجيع الدول الأطراف على \"التعاون\""),
        ("fr", "(COVID-19) « mot » iv) et xii)"),
    ],
)
def test_unbalanced_leaves_alone(lang, text):
    assert run("unbalanced", lang, text) == []


def test_unbalanced_odd_straight_quotes():
    raws = ('قرار "تنفيذ الأحكام و"التعاون"',)
    found = run("unbalanced", "ar", *raws)
    assert len(found) == 1
    assert spans(found, raws) == ['"', '"', '"']
    assert dict(found[0].evidence) == {'"': "3"}


def test_unbalanced_is_not_for_chinese():
    assert run("unbalanced", "zh", "实施《公约") == []


#: The quoted paragraphs of a presidential statement of the Security Council: each paragraph opens the quotation
#: again and only the last closes it (en, fr, ar, zh), or the first opens it and the last closes it (es, ru).
STATEMENT = {
    "en": (
        '“The Security Council reaffirms its primary responsibility for the maintenance of international peace and security.',
        '“The Security Council expresses deep concern at the links between transnational organized crime and terrorism, and stresses the need to enhance coordination of efforts at the national, subregional, regional and international levels.',
        '“The Security Council requests the Secretary-General to report on the implementation of this statement within 90 days.”',
    ),
    "fr": (
        '« Le Conseil de sécurité réaffirme qu’il a la responsabilité principale du maintien de la paix et de la sécurité internationales.',
        '« Le Conseil se déclare profondément préoccupé par les liens entre la criminalité transnationale organisée et le terrorisme, et souligne qu’il faut mieux coordonner l’action menée aux niveaux national, sous-régional, régional et international.',
        '« Le Conseil prie le Secrétaire général de lui faire rapport sur l’application de la présente déclaration dans un délai de 90 jours. »',
    ),
    "es": (
        '“El Consejo de Seguridad reafirma que tiene la responsabilidad primordial de mantener la paz y la seguridad internacionales.',
        'El Consejo de Seguridad expresa profunda preocupación por los vínculos entre la delincuencia organizada transnacional y el terrorismo, y destaca la necesidad de mejorar la coordinación de las actividades en los planos nacional, subregional, regional e internacional.',
        'El Consejo de Seguridad solicita al Secretario General que informe sobre la aplicación de la presente declaración en un plazo de 90 días.”',
    ),
    "ru": (
        '«Совет Безопасности вновь подтверждает, что он несет главную ответственность за поддержание международного мира и безопасности.',
        'Совет Безопасности выражает глубокую обеспокоенность по поводу связей между транснациональной организованной преступностью и терроризмом и подчеркивает необходимость улучшить координацию усилий на национальном, субрегиональном, региональном и международном уровнях.',
        'Совет Безопасности просит Генерального секретаря представить доклад об осуществлении настоящего заявления в течение 90 дней».',
    ),
    "ar": (
        '”يعيد مجلس الأمن تأكيد مسؤوليته الرئيسية عن صون السلام والأمن الدوليين.',
        '”ويعرب مجلس الأمن عن بالغ القلق إزاء الصلات بين الجريمة المنظمة عبر الوطنية والإرهاب، ويشدد على ضرورة تعزيز تنسيق الجهود على الصعد الوطني ودون الإقليمي والإقليمي والدولي.',
        '”ويطلب مجلس الأمن إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا البيان في غضون 90 يوما“.',
    ),
    "zh": (
        '“安全理事会重申其负有维护国际和平与安全的首要责任。',
        '“安全理事会对跨国有组织犯罪与恐怖主义之间的联系深表关切，强调需要加强国家、次区域、区域和国际各级的工作协调。',
        '“安全理事会请秘书长在90天内报告本声明的执行情况。”',
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar", "zh"])
def test_a_quotation_over_several_paragraphs_is_balanced(lang):
    assert run("zh-unbalanced" if lang == "zh" else "unbalanced", lang, *STATEMENT[lang]) == []


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "ar", "zh"])
def test_a_quotation_left_open_is_still_unbalanced(lang):
    # the last paragraph loses its closing mark: the quotation opened in the first paragraph is never closed
    raws = list(STATEMENT[lang])
    closing = {"en": "”", "fr": "»", "ru": "»", "ar": "“", "zh": "”"}[lang]
    assert raws[-1].count(closing) == 1
    raws[-1] = raws[-1].replace(closing, "")
    found = run("zh-unbalanced" if lang == "zh" else "unbalanced", lang, *raws)
    opened = "u1" if lang == "ru" else f"u{len(raws)}"  # where the quotation left open was last opened
    assert len(found) == 1 and [loc.unit for loc in found[0].locations] == [opened]


def _straight(raws):
    return [raw.replace("“", '"').replace("”", '"') for raw in raws]


@pytest.mark.parametrize("raws", [
    _straight(STATEMENT["en"]),  # each paragraph opening the quotation again
    _straight(STATEMENT["es"]),  # the first opening it, the last closing it
    _straight([STATEMENT["en"][0], STATEMENT["en"][1].replace("coordination", '"coordination"'), STATEMENT["en"][2]]),
])
def test_a_quotation_in_straight_marks_over_several_paragraphs_is_balanced(raws):
    assert run("unbalanced", "en", *raws) == []


def test_a_quotation_in_straight_marks_left_open_is_still_unbalanced():
    raws = _straight(STATEMENT["en"])
    raws[-1] = raws[-1].rstrip('"')
    found = run("unbalanced", "en", *raws)
    assert [loc.unit for f in found for loc in f.locations] == [f"u{len(raws)}"]
    raws = _straight(STATEMENT["es"])
    raws[-1] = raws[-1].rstrip('"')
    assert [loc.unit for f in run("unbalanced", "en", *raws) for loc in f.locations] == ["u1"]


#: The record of a recorded vote under a Human Rights Council resolution, in brackets over several paragraphs.
VOTE = {
    "en": ("[Adopted by a recorded vote of 30 to 12, with 5 abstentions. The voting was as follows:", "In favour:",
           "Argentina, Armenia, Benin", "Against:", "China, Cuba", "Abstaining:", "India, Malaysia]"),
    "fr": ("[Adoptée par 30 voix contre 12, avec 5 abstentions, à l’issue d’un vote enregistré. Les voix se sont "
           "réparties comme suit :", "Ont voté pour :", "Argentine, Arménie, Bénin", "Ont voté contre :", "Chine, Cuba",
           "Se sont abstenus :", "Inde, Malaisie]"),
}


@pytest.mark.parametrize("lang", sorted(VOTE))
def test_brackets_over_several_paragraphs_are_balanced(lang):
    assert run("unbalanced", lang, *VOTE[lang]) == []


def test_brackets_left_open_or_closed_alone_stay_unbalanced():
    raws = list(VOTE["en"])
    raws[-1] = raws[-1].rstrip("]")
    assert [loc.unit for f in run("unbalanced", "en", *raws) for loc in f.locations] == ["u1"]
    raws = ["The Council decides [to act.", "It requests a report [see annex].", "It adjourns.]"]
    assert [loc.unit for f in run("unbalanced", "en", *raws) for loc in f.locations] == ["u1", "u3"]


def test_a_paragraph_not_followed_by_more_quotation_stays_unbalanced():
    raws = ("“The Council reaffirms its responsibility.", "The Council decides to remain seized of the matter.")
    found = run("unbalanced", "en", *raws)
    assert [loc.unit for f in found for loc in f.locations] == ["u1"]


@pytest.mark.parametrize("text, marks", [
    ("البند المعنون ”الأخطار التي تهدد السلام والأمن الدوليين“ في جدول الأعمال", []),  # as UN Arabic prints them
    ("البند المعنون “الأخطار التي تهدد السلام والأمن الدوليين” في جدول الأعمال", []),  # as other texts do
    ("البند المعنون ”الأخطار التي تهدد السلام والأمن الدوليين في جدول الأعمال", ["”"]),
])
def test_arabic_quotation_marks_either_way_round(text, marks):
    assert spans(run("unbalanced", "ar", text), (text,)) == marks


# ------------------------------------------------------------ ar-latin-punct


@pytest.mark.parametrize(
    "text,mark,arabic",
    [("الدول الأطراف, وتشجع", ",", "،"), ("الاتفاقية; والبروتوكولات", ";", "؛"), ("هل تشجع الدول?", "?", "؟")],
)
def test_ar_latin_punct(text, mark, arabic):
    found = run("ar-latin-punct", "ar", text)
    assert spans(found, (text,)) == [mark]
    assert found[0].suggestion == f"replace “{mark}” with “{arabic}”"


@pytest.mark.parametrize(
    "text",
    [
        "CTOC/COP/WG.3/2021/3، الفقرات 2-4.",
        "بنسبة 2,5 في المائة",
        "جائحة مرض فيروس كورونا (COVID-19) على التعاون",
        "انظر United Nations, Treaty Series, vol. 2225",
        "الدول الأطراف، وتشجع؛ وهل؟",
        "https://www.unodc.org/a,b",
    ],
)
def test_ar_latin_punct_leaves_alone(text):
    assert run("ar-latin-punct", "ar", text) == []


def test_ar_latin_punct_only_arabic():
    assert run("ar-latin-punct", "fr", "الدول الأطراف, وتشجع") == []


# ------------------------------------------------------------ the sample corpus


def _sample_context() -> CheckContext:
    """The six versions of the bundled resolution, segmented (or one unit per line before segment() exists)."""
    try:
        from aligner.segment import segment
    except ImportError:
        segment = None
    docs = []
    for lang in corpora.languages("untoc-cop-res-11-1"):
        path = corpora.path("untoc-cop-res-11-1", lang)
        doc = Document(text=path.read_text(encoding="utf-8"), lang=lang, name=f"untoc/{lang}", path=str(path))
        if segment is not None:
            docs.append(segment(doc))
        else:
            lines = [(n, line) for n, line in enumerate(doc.text.split("\n"), 1) if line.strip()]
            docs.append(Segmentation(doc, tuple(Unit(f"line.{n}", "paragraph", line, line, line=n) for n, line in lines)))
    return CheckContext(documents=tuple(docs))


def test_sample_corpus_findings_are_exactly_the_real_ones():
    """Checked by reading the six files: only the Chinese version has typographic slips.

    Annex II (k), (l) and (m) of zh.txt use half-width "," and ";" (4 commas,
    2 semicolons); annex II writes "2022年5月23日至27日" (twice), "第17条"
    (twice) and footnote 4 "第7段和第10段" without the spaces the rest of the
    document puts between Chinese characters and digits: 7 + 7 + 2 + 2 + 4 = 22
    unspaced boundaries.
    """
    ctx = _sample_context()
    by_doc = {seg.document.name: seg for seg in ctx.documents}
    found = [f for rule_id in TYPOGRAPHY_RULES for f in RULES[rule_id].run(ctx)]
    assert {loc.document for f in found for loc in f.locations} == {"untoc/zh"}
    assert {f.rule for f in found} == {"zh-halfwidth-punct", "zh-cjk-spacing"}

    def text_at(loc):
        return by_doc[loc.document].get(loc.unit).raw[loc.start : loc.end]

    half = [f for f in found if f.rule == "zh-halfwidth-punct"]
    assert [text_at(f.locations[0]) for f in half] == [",", ";", ",", ";", ",", ","]
    assert all(f.severity == "warning" for f in half)
    for f in half:
        assert by_doc["untoc/zh"].get(f.locations[0].unit).raw.lstrip().startswith(("(k)", "(l)", "(m)"))

    spacing = [f for f in found if f.rule == "zh-cjk-spacing"]
    boundaries = [text_at(loc) for f in spacing for loc in f.locations]
    assert len(boundaries) == 22
    assert all(re.fullmatch(r"[\u4e00-\u9fff][0-9]|[0-9][\u4e00-\u9fff]", b) for b in boundaries)
    assert dict(spacing[0].evidence)["unspaced"] == "22"
    assert dict(spacing[0].evidence)["document style"] == "spaced"
    suggestions = {f.suggestion for f in spacing}
    assert suggestions == {
        "write “2022 年 5 月 23 日至 27 日”, as in the rest of the document",
        "write “第 17 条”, as in the rest of the document",
        "write “第 7 段和第 10 段”, as in the rest of the document",
    }


def test_evidence_counts_how_the_document_writes_the_mark():
    found = run("space-before-punct", "en", "the Convention , and", "the Protocols, and the annex,")
    assert len(found) == 1
    assert dict(found[0].evidence) == {"“,” after a space in document": "1", "“,” in document": "3"}
    found = run("fr-spacing", "fr", "la résolution; et", "la décision ; et la note ;")
    assert len(found) == 1
    assert dict(found[0].evidence) == {"“;” spaced in document": "2", "“;” unspaced in document": "1"}
    found = run("doubled-punct", "zh", "请求，，并", "结束。。")
    assert [dict(f.evidence) for f in found] == [{"doubled marks in document": "2"}] * 2


# --- the faster searches give what the plain ones give ---------------------------------------------------

_PIECES = ["中", "文", "國", "𠀀", "A", "b", "12", "3", " ", "\u00a0", "，", ",", ",,", "，，", "。。", "..", "...", "(", ")",
           "（", "）", "《", "》", "“", "”", "‘", "’", "「", "」", "[", "]", "«", "»", "„", "  ", "\u2009\u2009", "\n", "a)",
           "www.un.org", "x@y.org", "?", "!", ";", "；"]


def _random_raws(seed: int, count: int = 600) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def _reference_spacing_spans(text: str):
    masked = typography._masked(text)
    spaced = [(m.start() - 1, m.end() + 1) for m in typography._SPACED.finditer(text) if m.start() not in masked]
    unspaced = [(m.start() - 1, m.start() + 1) for m in typography._UNSPACED.finditer(text)
                if m.start() not in masked and m.start() - 1 not in masked]
    return spaced, unspaced


def _reference_unmatched(text: str, pairs, excused) -> list[int]:
    """Each pair's marks walked with a stack."""
    bad = []
    for opening, closing in pairs:
        stack = []
        for i, ch in enumerate(text):
            if ch == opening:
                stack.append(i)
            elif ch == closing:
                if stack:
                    stack.pop()
                elif not excused(i):
                    bad.append(i)
        bad.extend(stack)
    return sorted(bad)


@pytest.mark.parametrize("seed", range(3))
def test_spacing_spans_are_the_boundaries_between_han_and_latin(seed):
    for raw in _random_raws(seed):
        if typography._ASCII_ALNUM.search(raw):
            assert typography._spacing_spans(raw) == _reference_spacing_spans(raw), raw


@pytest.mark.parametrize("seed", range(3))
def test_unmatched_marks_as_a_stack_finds_them(seed):
    for raw in _random_raws(seed):
        for pairs in (typography._ZH_PAIRS, typography._LATIN_PAIRS, typography._RU_PAIRS):
            excused = lambda i, raw=raw: raw[i] == ")" and typography._closes_label(raw, i)  # noqa: E731
            assert typography._unmatched(raw, pairs, excused) == _reference_unmatched(raw, pairs, excused), raw


@pytest.mark.parametrize("seed", range(3))
def test_doubled_marks_as_one_pattern_finds_them(seed):
    doubled = re.compile(r"([,;:!?，。；：、！？،؛؟])[ \u00a0\u202f]*\1|(?<!\.)\.\.(?!\.)")
    for raw in _random_raws(seed):
        assert [m.span() for m in typography._doubled(raw)] == [m.span() for m in doubled.finditer(raw)], raw


def test_script_counts_match_converting_each_character_on_its_own():
    from collections import Counter

    text = corpora.load("untoc-cop-res-11-1", "zh").text + "乾隆國際會議為發展與合作𠀀𠈓𡁻𣆶𤋮"
    counts = Counter(typography._HAN_CHAR.findall(text))
    expected = tuple(sum(n for char, n in counts.items() if load_opencc(config).convert(char) != char)
                     for config in ("s2t", "t2s"))
    assert typography._script_counts(text) == expected
    assert expected[1] >= 7  # 國際會議為發與 at least


# --- one pass over the whole document gives what a pass over each unit gives ------------------------------


def test_document_text_maps_spans_back_to_their_unit():
    ctx = ctx_of("zh", "甲乙", "", "丙\n丁戊", "己")
    doc = typography.DocumentText.of(ctx.documents[0])
    assert doc.text == "甲乙\n\n丙\n丁戊\n己"
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]", doc.text)]
    assert [(u.id, s, e) for u, s, e in doc.locate(spans)] == [
        ("u1", 0, 1), ("u1", 1, 2), ("u3", 0, 1), ("u3", 2, 3), ("u3", 3, 4), ("u4", 0, 1)]
    assert [(u.id, group) for u, group in doc.per_unit(spans)] == [
        ("u1", [(0, 1), (1, 2)]), ("u3", [(0, 1), (2, 3), (3, 4)]), ("u4", [(0, 1)])]
    assert doc.count("\n") == 4 and doc.count("丁") == 1


_DOCUMENT_PATTERNS = ("_HALF_MARK_OR_LABEL", "_FULL_PUNCT_BEFORE_LATIN", "_DOUBLED_MARK",
                      "_DOUBLED_DOTS", "_MULTI_SPACE", "_MASKED", "_SPACE_BEFORE", "_LATIN_PUNCT")


@pytest.mark.parametrize("seed", range(3))
def test_no_pattern_run_over_a_document_matches_across_units(seed):
    raws = _random_raws(seed, 200)
    for name in _DOCUMENT_PATTERNS:
        pattern = getattr(typography, name)
        for k in range(0, len(raws), 5):
            units = raws[k:k + 5]
            doc = typography.DocumentText.of(ctx_of("zh", *units).documents[0])
            by_unit = [(u.id, *m.span()) for u in doc.units for m in pattern.finditer(u.raw)]
            whole = [(u.id, s, e) for u, s, e in doc.locate(m.span() for m in pattern.finditer(doc.text))]
            assert whole == by_unit, (name, units)


@pytest.mark.parametrize("seed", range(3))
def test_quick_space_searches_agree_with_the_plain_patterns(seed):
    plain = re.compile(r"(?<=\S)[ \u00a0\u202f\u2009]{2,}(?=\S)")
    for raw in _random_raws(seed) + ["a  b", "a\u00a0 b", "a \u2009", "ab"]:
        assert typography._has_two_spaces(raw) == bool(re.search(r"[ \u00a0\u202f\u2009]{2}", raw)), raw
        assert [m.span() for m in typography._MULTI_SPACE.finditer(raw)] == [m.span() for m in plain.finditer(raw)], raw


@pytest.mark.parametrize("seed", range(3))
def test_brackets_left_out_as_list_labels_are_never_reported(seed):
    for raw in _random_raws(seed) + ["(a)(b", "((a)", "(a))", "( iv )", "(a\n)", "中(12)文(1234)"]:
        single = {m.start() for m in typography._HALF_MARK_OR_LABEL.finditer(raw) if m.end() - m.start() == 1}
        reported = {i for start, end, *_ in typography._halfwidth_brackets(raw) for i in (start, end - 1) if raw[i] in "()"}
        assert reported <= single, raw


def test_a_stray_bracket_is_reported_beside_list_labels():
    raws = ("(a) 鼓励缔约国(b)项和(c合作",)
    found = run("zh-halfwidth-punct", "zh", *raws)
    assert [(f.severity, f.message) for f in found] == [("warning", "unmatched half-width bracket in Chinese text")]
    assert spans(found, raws) == ["("]


def test_zh_marks_paired_across_a_line_break_of_one_unit_are_balanced():
    raws = ("《联合国打击跨国\n有组织犯罪公约》第 2 条", "“未闭合的引号")
    found = run("zh-unbalanced", "zh", *raws)
    assert [loc.unit for f in found for loc in f.locations] == ["u2"]
    assert spans(found, raws) == ["“"]
    assert run("zh-unbalanced", "zh", raws[0]) == []


def test_each_documents_text_is_made_once_per_run_for_all_typography_rules(monkeypatch):
    from aligner.segment import segment
    from glossary.checks import typography as typo
    from glossary.checks.runner import run_checks

    made = []
    original = typo.DocumentText.of.__func__

    def counting(cls, seg):
        made.append(seg.lang)
        return original(cls, seg)

    monkeypatch.setattr(typo.DocumentText, "of", classmethod(counting))
    zh = segment(Document("第 1/1 号决议\n\n缔约方会议，\n\n回顾其决议,并注意到。\n", "zh", name="a.zh"))
    en = segment(Document("Resolution 1/1\n\nThe Conference of the Parties,\n\nRecalling  its resolution,\n", "en", name="a.en"))
    rules = ["zh-halfwidth-punct", "zh-cjk-spacing", "zh-traditional", "doubled-punct", "double-space", "unbalanced"]
    first = run_checks([zh, en], rules=rules, extract=False)
    assert sorted(made) == ["en", "zh"]
    assert {f.rule for f in first.findings} >= {"zh-halfwidth-punct", "double-space"}
    run_checks([zh, en], rules=rules, extract=False)  # a new run makes them again: nothing outlives its run
    assert sorted(made) == ["en", "en", "zh", "zh"]


# ------------------------------------------------------------ dot leaders (a table of contents)


@pytest.mark.parametrize(("rule_id", "lang", "entry"), [
    ("space-before-punct", "en", "I. Introduction . . . . . . . . . . 1–4 3"),
    ("space-before-punct", "ru", "II. Рекомендации Рабочей группы . . . 3 2"),
    ("doubled-punct", "en", "II. Recommendations .......................... 5"),
    ("doubled-punct", "fr", "Annexe ………………… 12"),
    ("zh-halfwidth-punct", "zh", "一、导言 ........................ 1-4 3"),
    ("zh-halfwidth-punct", "zh", "二、建议 ．．．．．．．．．． 5"),
])
def test_dot_leaders_are_no_punctuation_fault(rule_id: str, lang: str, entry: str) -> None:
    assert run(rule_id, lang, entry) == []


@pytest.mark.parametrize(("rule_id", "lang", "text"), [
    ("space-before-punct", "en", "The Conference adopted it . The session closed."),
    ("doubled-punct", "en", "It was adopted.. The session closed."),
    ("zh-halfwidth-punct", "zh", "缔约方会议通过了该决议,并决定继续审议。"),
])
def test_faults_near_dot_leaders_are_still_found(rule_id: str, lang: str, text: str) -> None:
    entry = {"zh": "导言 ........ 3"}.get(lang, "Introduction . . . . . . 3")
    found = run(rule_id, lang, entry, text)
    assert len(found) == 1 and found[0].locations[0].unit == "u2"


# ------------------------------------------------------------ footnote markers lost to "?" in a conversion


@pytest.mark.parametrize(("lang", "encoding"), [("zh", "gbk"), ("ru", "cp1251"), ("ar", "cp1256"), ("fr", "cp1252"),
                                                ("es", "cp850"), ("en", "cp1252")])
def test_markers_lost_in_a_conversion_are_no_punctuation_fault(lang: str, encoding: str) -> None:
    """The sample converted to a code page without superscript digits (DOS 850 also without « » “ ”): the "?" that
    stand for footnote markers, read as markers, and those that stand for quotation marks, are no "?" written
    wrongly; the findings are those of the original text."""
    from aligner.segment import segment
    from glossary.checks.runner import run_checks

    source = corpora.load("untoc-cop-res-11-1", lang)
    lossy = Document(source.text.encode(encoding, errors="replace").decode(encoding), lang, name=source.name)
    assert "\n? " in lossy.text

    def found(doc: Document) -> list[tuple[str, str, str]]:
        return sorted((f.rule, f.locations[0].unit, f.message)
                      for f in run_checks([segment(doc)], rules=TYPOGRAPHY_RULES, extract=False).findings)

    assert found(lossy) == found(source)


@pytest.mark.parametrize(("rule_id", "lang", "text"), [
    ("zh-halfwidth-punct", "zh", "缔约方会议是否应当继续审议?我们认为应当。"),
    ("fr-spacing", "fr", "La Conférence doit-elle poursuivre l’examen? Elle le doit."),
    ("ar-latin-punct", "ar", "هل ينبغي أن يواصل المؤتمر النظر في المسألة? نعم."),
])
def test_a_question_mark_beside_a_lost_marker_is_still_found(rule_id: str, lang: str, text: str) -> None:
    """A unit whose footnote marker, lost to "?" at its end, was read: that "?" is no fault, the question mark that
    stays in its clean text still is."""
    unit = Unit(id="u1", kind="paragraph", text=text, raw=text + "?", footnote_refs=("fn.1",))
    ctx = CheckContext(documents=(Segmentation(Document(text=unit.raw, lang=lang, name="d"), (unit,)),))
    findings = RULES[rule_id].run(ctx)
    assert len(findings) == 1
    location = findings[0].locations[0]
    assert location.start <= text.index("?") < location.end


def test_a_space_before_a_question_mark_is_still_found() -> None:
    assert len(run("space-before-punct", "en", "Should the Conference continue ? It should.")) == 1


# ------------------------------------------------------------ characters lost in a conversion


def _check_lossy(lang: str, encoding: str) -> list[Finding]:
    from aligner.segment import segment
    from glossary.checks.runner import run_checks

    source = corpora.load("untoc-cop-res-11-1", lang)
    lossy = Document(source.text.encode(encoding, errors="replace").decode(encoding), lang, name=source.name)
    return list(run_checks([segment(lossy)], rules=["lost-character"], extract=False).findings)


def test_characters_lost_in_a_conversion_to_koi8_r() -> None:
    """KOI8-R has no « », –, — nor №: each is a "?" in the file, reported where it stands (the lost footnote markers,
    read back, are not)."""
    findings = _check_lossy("ru", "koi8-r")
    seg_text = corpora.load("untoc-cop-res-11-1", "ru").text
    lost = sum(seg_text.count(ch) for ch in "«»–—№")
    located = [loc for f in findings for loc in f.locations]
    assert all(f.severity == "error" for f in findings)
    assert {"pp.2", "annex2.intro", "fn.1"} <= {loc.unit for loc in located}
    assert 0.8 * lost <= len(located) <= lost


def test_lost_quotation_marks_are_reported_in_pairs() -> None:
    """DOS 850 has no “ ”: "titulada ?Aplicación … Transnacional?," loses both marks of each quotation."""
    findings = {f.locations[0].unit: f for f in _check_lossy("es", "cp850")}
    assert len(findings["pp.2"].locations) == 2
    raw = corpora.load("untoc-cop-res-11-1", "es").text
    assert raw.count("“") + raw.count("”") == sum(len(f.locations) for f in findings.values())


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Conference adopted the r\ufffdsolution."),
    ("zh", "缔约方会议通过了该\ufffd决议。"),
    ("fr", "La Conf?rence a adopt? la r?solution."),
    ("ru", "Совещание состоялось 23?27 мая."),
    ("es", "la resolución titulada ?Aplicación de la Convención"),
    ("ru", "т. 2225, ? 39574"),
])
def test_a_lost_character_is_reported(lang: str, text: str) -> None:
    findings = run("lost-character", lang, text)
    assert len(findings) == 1 and findings[0].severity == "error"
    assert all(text[loc.start:loc.end] in ("?", "\ufffd") for loc in findings[0].locations)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Should the Conference continue? It should."),
    ("fr", "Pourquoi ? parce que la Conférence l’a décidé."),  # French spacing
    ("es", "¿Debe continuar la Conferencia?"),
    ("ru", "Следует ли продолжать? Да."),
    ("ar", "هل ينبغي أن يواصل المؤتمر؟"),
    ("en", "See https://www.unodc.org/index.php?lang=en for details."),
    ("zh", "缔约方会议是否应当继续审议?我们认为应当。"),  # left to zh-halfwidth-punct
])
def test_question_marks_are_no_lost_character(lang: str, text: str) -> None:
    assert run("lost-character", lang, text) == []


def test_the_sample_has_no_lost_character_nor_its_conversions_lost_footnote_markers() -> None:
    assert _check_lossy("zh", "gbk") == [] and _check_lossy("en", "cp1252") == []
    assert _check_lossy("zh", "utf-8") == []


def test_a_lost_dash_between_spaces_is_no_space_before_a_question_mark() -> None:
    assert run("space-before-punct", "ru", "в ходе процесса передачи ? по таким вопросам") == []
    assert len(run("space-before-punct", "en", "Should it continue ? It should.")) == 1


def test_arabic_marks_lost_in_a_conversion_to_dos_720() -> None:
    """DOS 720 has no Arabic comma, semicolon or question mark: each is a "?" in the file, as are the lost footnote
    markers. They are lost characters, not Latin punctuation to replace with "؟" nor a doubled "?"."""
    from aligner.segment import segment
    from glossary.checks.runner import run_checks

    source = corpora.load("untoc-cop-res-11-1", "ar")
    lossy = Document(source.text.encode("cp720", errors="replace").decode("cp720"), "ar", name=source.name)
    lost = sum(1 for ch in source.text if ch.encode("cp720", errors="replace") == b"?")
    findings = run_checks([segment(lossy)], rules=TYPOGRAPHY_RULES + ("lost-character",), extract=False).findings
    assert {f.rule for f in findings} == {"lost-character"}
    located = sum(len(f.locations) for f in findings)
    assert 0.9 * lost <= located <= lost  # (a marker lost next to a lost comma is one run: "الوطنية??")


def test_a_latin_question_mark_in_an_arabic_text_with_its_own_marks_is_still_reported() -> None:
    text = "هل ينبغي أن يواصل المؤتمر النظر في المسألة? نعم، وقرر ذلك؛ فما العمل? وماذا بعد?"
    assert [f.rule for f in run("ar-latin-punct", "ar", text)] == ["ar-latin-punct"] * 3
    assert run("lost-character", "ar", text) == []
