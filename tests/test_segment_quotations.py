"""Resolutions that quote another in full, and resolutions with one unnumbered operative paragraph.

The Economic and Social Council recommends to the General Assembly a draft resolution by quoting it whole under
its one operative paragraph, with no comma after its own acting body: each paragraph of the quoted draft opens
with a quotation mark (Russian opens the quotation once and closes it once). The quoted draft's units carry the
key ``dr1``; the quoting resolution keeps its own ids around it. The expected ids are read off the documents'
structure, written here in the six languages.
"""

from __future__ import annotations

import re

import pytest

from tests.test_segment import _hard_wrap, _with_pages
from tests.test_segment_layouts import LANGS, _ids, _seg
from tests.test_segment_parts import _text

#: An Economic and Social Council resolution recommending a draft resolution to the General Assembly.
ECOSOC = {
    "zh": (
        '2023/18. 加强国际合作打击非法资金流动',
        '经济及社会理事会',
        '建议大会通过以下决议草案：',
        '“加强国际合作打击非法资金流动',
        '“大会，',
        '“回顾其2022年12月15日第77/232号决议，',
        '“关切地注意到跨国有组织犯罪与非法资金流动之间的联系，',
        '“1. 敦促会员国加强国际合作，包括通过司法协助；',
        '“2. 请联合国毒品和犯罪问题办公室继续根据请求向会员国提供技术援助；',
        '“3. 又请秘书长就本决议执行情况向大会第八十届会议提交报告。”',
        '2023年7月25日\n第21次全体会议',
    ),
    "en": (
        '2023/18. Strengthening international cooperation to combat illicit financial flows',
        'The Economic and Social Council',
        'Recommends to the General Assembly the adoption of the following draft resolution:',
        '“Strengthening international cooperation to combat illicit financial flows',
        '“The General Assembly,',
        '“Recalling its resolution 77/232 of 15 December 2022,',
        '“Noting with concern the links between transnational organized crime and illicit financial flows,',
        '“1. Urges Member States to strengthen international cooperation, including through mutual legal assistance;',
        '“2. Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance to Member States, upon request;',
        '“3. Also requests the Secretary-General to report to the General Assembly at its eightieth session on the implementation of the present resolution.”',
        '21st plenary meeting\n25 July 2023',
    ),
    "fr": (
        '2023/18. Renforcement de la coopération internationale pour lutter contre les flux financiers illicites',
        'Le Conseil économique et social',
        'Recommande à l’Assemblée générale d’adopter le projet de résolution suivant :',
        '« Renforcement de la coopération internationale pour lutter contre les flux financiers illicites',
        '« L’Assemblée générale,',
        '« Rappelant sa résolution 77/232 du 15 décembre 2022,',
        '« Notant avec préoccupation les liens entre la criminalité transnationale organisée et les flux financiers illicites,',
        '« 1. Prie instamment les États Membres de renforcer la coopération internationale, notamment par l’entraide judiciaire ;',
        '« 2. Prie l’Office des Nations Unies contre la drogue et le crime de continuer à fournir une assistance technique aux États Membres qui en font la demande ;',
        '« 3. Prie également le Secrétaire général de lui faire rapport, à sa quatre-vingtième session, sur l’application de la présente résolution. »',
        '21e séance plénière\n25 juillet 2023',
    ),
    "es": (
        '2023/18. Fortalecimiento de la cooperación internacional para combatir las corrientes financieras ilícitas',
        'El Consejo Económico y Social',
        'Recomienda a la Asamblea General que apruebe el siguiente proyecto de resolución:',
        '“Fortalecimiento de la cooperación internacional para combatir las corrientes financieras ilícitas',
        '“La Asamblea General,',
        '“Recordando su resolución 77/232, de 15 de diciembre de 2022,',
        '“Observando con preocupación los vínculos entre la delincuencia organizada transnacional y las corrientes financieras ilícitas,',
        '“1. Insta a los Estados Miembros a que fortalezcan la cooperación internacional, incluso mediante la asistencia judicial recíproca;',
        '“2. Solicita a la Oficina de las Naciones Unidas contra la Droga y el Delito que siga prestando asistencia técnica a los Estados Miembros que la soliciten;',
        '“3. Solicita también al Secretario General que la informe, en su octogésimo período de sesiones, sobre la aplicación de la presente resolución”.',
        '21ª sesión plenaria\n25 de julio de 2023',
    ),
    "ru": (
        '2023/18. Укрепление международного сотрудничества в целях борьбы с незаконными финансовыми потоками',
        'Экономический и Социальный Совет',
        'рекомендует Генеральной Ассамблее принять следующий проект резолюции:',
        '«Укрепление международного сотрудничества в целях борьбы с незаконными финансовыми потоками',
        'Генеральная Ассамблея,',
        'ссылаясь на свою резолюцию 77/232 от 15 декабря 2022 года,',
        'отмечая с обеспокоенностью связь между транснациональной организованной преступностью и незаконными финансовыми потоками,',
        '1. настоятельно призывает государства-члены укреплять международное сотрудничество, в том числе посредством взаимной правовой помощи;',
        '2. просит Управление Организации Объединенных Наций по наркотикам и преступности продолжать оказывать государствам-членам по их просьбе техническую помощь;',
        '3. просит также Генерального секретаря представить Генеральной Ассамблее на ее восьмидесятой сессии доклад об осуществлении настоящей резолюции».',
        '21-е пленарное заседание\n25 июля 2023 года',
    ),
    "ar": (
        '2023/18 - تعزيز التعاون الدولي على مكافحة التدفقات المالية غير المشروعة',
        'إن المجلس الاقتصادي والاجتماعي',
        'يوصي الجمعية العامة باعتماد مشروع القرار التالي:',
        '”تعزيز التعاون الدولي على مكافحة التدفقات المالية غير المشروعة',
        '”إن الجمعية العامة،',
        '”إذ تشير إلى قرارها 77/232 المؤرخ 15 كانون الأول/ديسمبر 2022،',
        '”وإذ تلاحظ مع القلق الصلات بين الجريمة المنظمة عبر الوطنية والتدفقات المالية غير المشروعة،',
        '”1 - تحث الدول الأعضاء على تعزيز التعاون الدولي، بما في ذلك من خلال المساعدة القانونية المتبادلة؛',
        '”2 - تطلب إلى مكتب الأمم المتحدة المعني بالمخدرات والجريمة أن يواصل تقديم المساعدة التقنية إلى الدول الأعضاء، بناء على طلبها؛',
        '”3 - تطلب أيضا إلى الأمين العام أن يقدم إليها في دورتها الثمانين تقريرا عن تنفيذ هذا القرار.“',
        'الجلسة العامة 21\n25 تموز/يوليه 2023',
    ),
}

ECOSOC_UNITS = [
    ("title", "title"), ("body", "acting-body"), ("op.1", "operative"),
    ("dr1.title", "title"), ("dr1.body", "acting-body"), ("dr1.pp.1", "preambular"), ("dr1.pp.2", "preambular"),
    ("dr1.op.1", "operative"), ("dr1.op.2", "operative"), ("dr1.op.3", "operative"), ("adoption", "adoption"),
]


@pytest.mark.parametrize("lang", LANGS)
def test_a_quoted_draft_resolution_is_walked_as_a_resolution_of_its_own(lang: str) -> None:
    paragraphs = ECOSOC[lang]
    seg = _seg(_text(paragraphs), lang)
    assert [(u.id, u.kind) for u in seg.units] == ECOSOC_UNITS
    assert seg.get("body").text == paragraphs[1]
    assert seg.get("op.1").text == paragraphs[2]
    # the quoted paragraphs keep their opening mark, as printed; the label is the paragraph's number
    assert seg.get("dr1.body").text == paragraphs[4]
    op = seg.get("dr1.op.2")
    assert op.label in ("2.", "2 -")
    assert op.text.replace(" ", "") == paragraphs[8].replace(op.label, "", 1).replace(" ", "")
    assert seg.get("dr1.op.3").text.rstrip().endswith(paragraphs[9].rstrip()[-3:])


def test_english_straight_quotation_marks() -> None:
    paragraphs = [p.replace("“", '"').replace("”", '"') for p in ECOSOC["en"]]
    assert [(u.id, u.kind) for u in _seg(_text(paragraphs), "en").units] == ECOSOC_UNITS


def test_a_quotation_opened_once_and_closed_once() -> None:
    """As Russian prints it, here in English: only the title opens with the mark, only the last paragraph closes."""
    paragraphs = [p.removeprefix("“") for p in ECOSOC["en"]]
    paragraphs[3] = "“" + paragraphs[3]
    assert [(u.id, u.kind) for u in _seg(_text(paragraphs), "en").units] == ECOSOC_UNITS


@pytest.mark.parametrize("lang", LANGS)
def test_a_quoted_draft_in_a_pdf_layout(lang: str) -> None:
    text = _with_pages(_hard_wrap(_text(ECOSOC[lang]), 40 if lang == "zh" else 70), 9, "E/RES/2023/18")
    assert _ids(text, lang) == [uid for uid, _ in ECOSOC_UNITS]


def test_a_quoted_draft_with_no_title() -> None:
    paragraphs = [p for number, p in enumerate(ECOSOC["en"]) if number != 3]
    assert _ids(_text(paragraphs), "en") == [uid for uid, _ in ECOSOC_UNITS if uid != "dr1.title"]


QUOTING_WITH_PREAMBLE = _text([
    "2022/15. Promoting technical assistance",
    "The Economic and Social Council,",
    "Recalling its resolution 2021/20 of 22 July 2021,",
    "1. Recommends to the General Assembly the adoption of the following draft resolution:",
    "“Promoting technical assistance",
    "“The General Assembly,",
    "“Recalling its resolution 76/185 of 16 December 2021,",
    "“1. Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance;",
    "“2. Invites Member States to provide extrabudgetary resources:",
    "“(a) To strengthen capacity;",
    "“(b) To share good practices;",
    "“3. Requests the Secretary-General to report to it at its seventy-eighth session.”;",
    "2. Requests the Secretary-General to transmit the present resolution to Member States.",
    "18th plenary meeting\n21 July 2022",
])


def test_the_quoting_resolution_goes_on_after_the_quotation() -> None:
    assert _ids(QUOTING_WITH_PREAMBLE, "en") == [
        "title", "body", "pp.1", "op.1", "dr1.title", "dr1.body", "dr1.pp.1", "dr1.op.1", "dr1.op.2", "dr1.op.2.a",
        "dr1.op.2.b", "dr1.op.3", "op.2", "adoption"]


def test_a_quoted_paragraphs_number_before_its_mark() -> None:
    """Word's list numbering sets the number before the quoted paragraph's mark: "1. “Requests …"."""
    text = re.sub(r"“(\d+\.|\([a-z]\)) ", r"\1 “", QUOTING_WITH_PREAMBLE)
    assert "1. “Requests" in text and "(a) “To" in text
    assert _ids(text, "en") == _ids(QUOTING_WITH_PREAMBLE, "en")


def test_a_quotation_left_open_ends_at_the_last_paragraph_opening_with_its_mark() -> None:
    text = QUOTING_WITH_PREAMBLE.replace("session.”;", "session.;")
    assert _ids(text, "en") == _ids(QUOTING_WITH_PREAMBLE, "en")


def test_a_quotation_opened_once_and_never_closed_is_none() -> None:
    paragraphs = [p.removeprefix("“") for p in ECOSOC["en"]]
    paragraphs[3] = "“" + paragraphs[3]
    paragraphs[9] = paragraphs[9].removesuffix("”")
    ids = _ids(_text(paragraphs), "en")
    assert not any(uid.startswith("dr1.") for uid in ids)


def test_a_compilation_of_resolutions_each_quoting_a_draft() -> None:
    """The Council's resolutions one after another, each with its number opening its title and no comma after its
    acting body: each under its number's key, its quoted draft under that."""
    text = "\n".join(_text(ECOSOC["en"]).replace("2023/18.", f"2023/{n}.") for n in (18, 19))
    assert _ids(text, "en") == [key + uid for key in ("res2023-18", "res2023-19")
                                for uid in ["", *(f".{uid}" for uid, _ in ECOSOC_UNITS)]]


def test_a_draft_in_a_report_quoting_a_draft() -> None:
    text = _text([
        "Chapter I", "Matters calling for action by the Economic and Social Council",
        "1. The Commission recommends to the Economic and Social Council the adoption of the following draft resolutions:",
        "Draft resolution I", "Promoting technical assistance", "The Economic and Social Council",
        "Recommends to the General Assembly the adoption of the following draft resolution:",
        "“Promoting technical assistance", "“The General Assembly,", "“Recalling its resolution 76/185,",
        "“1. Requests the Office to continue to provide technical assistance;",
        "“2. Requests the Secretary-General to report to it at its seventy-eighth session.”",
        "Draft resolution II", "Other matters", "The Economic and Social Council,", "Recalling its resolution 2021/20,",
        "1. Decides to hold a meeting.",
        "Chapter II", "Organization of the session", "2. The Commission held its session in Vienna.",
    ])
    assert _ids(text, "en") == [
        "ch.1", "para.1", "dr1", "dr1.title", "dr1.body", "dr1.op.1", "dr1.dr1.title", "dr1.dr1.body",
        "dr1.dr1.pp.1", "dr1.dr1.op.1", "dr1.dr1.op.2", "dr2", "dr2.title", "dr2.body", "dr2.pp.1", "dr2.op.1",
        "ch.2", "para.2"]


QUOTED_PARAGRAPHS = _text([
    "Resolution 5/2", "Review mechanism",
    "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,",
    "Recalling paragraph 5 of the Declaration, which reads:",
    "“We commit ourselves to strengthening cooperation,”",
    "Noting the progress made,",
    "1. Decides to amend rule 3 to read as follows:",
    "“3. The Conference shall meet every two years.”;",
    "2. Requests the secretariat to support the mechanism.",
])


def test_paragraphs_quoted_whole_are_no_quoted_resolution() -> None:
    """A paragraph quoted and closed at once, and a quoted rule with no acting body, stay where they were."""
    assert _ids(QUOTED_PARAGRAPHS, "en") == ["symbol", "title", "body", "pp.1", "pp.2", "pp.3", "op.1", "p.1", "op.2"]


# --- one unnumbered operative paragraph ---------------------------------------------------------------------

SINGLE_OPERATIVE = {
    "en": ("78/123. Crime prevention", "The General Assembly,", "Recalling its resolution 77/1,",
           "Noting the report of the Secretary-General,",
           "Decides to include in the provisional agenda of its seventy-ninth session the item entitled “Crime prevention”.",
           "54th plenary meeting\n15 December 2023"),
    "zh": ("78/123. 预防犯罪", "大会，", "回顾其第77/1号决议，", "注意到秘书长的报告，",
           "决定将题为“预防犯罪”的项目列入大会第七十九届会议临时议程。", "2023年12月15日\n第54次全体会议"),
    "fr": ("78/123. Prévention du crime", "L’Assemblée générale,", "Rappelant sa résolution 77/1,",
           "Prenant note du rapport du Secrétaire général,",
           "Décide d’inscrire à l’ordre du jour provisoire de sa soixante-dix-neuvième session la question intitulée "
           "« Prévention du crime ».", "54e séance plénière\n15 décembre 2023"),
    "es": ("78/123. Prevención del delito", "La Asamblea General,", "Recordando su resolución 77/1,",
           "Tomando nota del informe del Secretario General,",
           "Decide incluir en el programa provisional de su septuagésimo noveno período de sesiones el tema titulado "
           "“Prevención del delito”.", "54ª sesión plenaria\n15 de diciembre de 2023"),
    "ru": ("78/123. Предупреждение преступности", "Генеральная Ассамблея,", "ссылаясь на свою резолюцию 77/1,",
           "принимая к сведению доклад Генерального секретаря,",
           "постановляет включить в предварительную повестку дня своей семьдесят девятой сессии пункт, озаглавленный "
           "«Предупреждение преступности».", "54-е пленарное заседание\n15 декабря 2023 года"),
    "ar": ("78/123 - منع الجريمة", "إن الجمعية العامة،", "إذ تشير إلى قرارها 77/1،", "وإذ تحيط علما بتقرير الأمين العام،",
           "تقرر أن تدرج في جدول الأعمال المؤقت لدورتها التاسعة والسبعين البند المعنون ”منع الجريمة“.",
           "الجلسة العامة 54\n15 كانون الأول/ديسمبر 2023"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_one_unnumbered_operative_paragraph_ends_the_preamble(lang: str) -> None:
    seg = _seg(_text(SINGLE_OPERATIVE[lang]), lang)
    assert [(u.id, u.kind) for u in seg.units] == [
        ("title", "title"), ("body", "acting-body"), ("pp.1", "preambular"), ("pp.2", "preambular"),
        ("op.1", "operative"), ("adoption", "adoption")]
    assert seg.get("op.1").text == SINGLE_OPERATIVE[lang][4]


def test_lettered_items_under_the_one_operative_paragraph() -> None:
    paragraphs = list(SINGLE_OPERATIVE["en"][:4]) + [
        "Decides:", "(a) To include the item in the provisional agenda of its seventy-ninth session;",
        "(b) To consider the item biennially.", SINGLE_OPERATIVE["en"][5]]
    assert _ids(_text(paragraphs), "en") == ["title", "body", "pp.1", "pp.2", "op.1", "op.1.a", "op.1.b", "adoption"]


def test_a_preambular_paragraph_ending_in_a_full_stop_by_mistake_stays_preambular() -> None:
    """A preambular paragraph followed by others, or by numbered paragraphs, is no operative paragraph."""
    paragraphs = list(SINGLE_OPERATIVE["en"])
    paragraphs[2] = paragraphs[2].replace(",", ".")
    assert _ids(_text(paragraphs), "en")[:5] == ["title", "body", "pp.1", "pp.2", "op.1"]
    numbered = list(SINGLE_OPERATIVE["en"][:4]) + ["Noting also the work of the Commission.", "1. Decides to act;",
                                                   "2. Requests a report."]
    assert _ids(_text(numbered), "en") == ["title", "body", "pp.1", "pp.2", "pp.3", "op.1", "op.2"]


# --- an acting body with no comma ---------------------------------------------------------------------------

def test_an_organs_name_over_a_session_line_stays_a_cover_line() -> None:
    text = _text(["Commission on Narcotic Drugs", "Sixty-sixth session", "Vienna, 13–17 March 2023",
                  "Item 5 of the provisional agenda", "Policy directives",
                  "1. The Commission met in Vienna.", "2. It adopted its agenda."])
    ids = _ids(text, "en")
    assert "body" not in ids and ids[-2:] == ["para.1", "para.2"]
