"""Appendices ("Appendix I", "Appendice A", "附录一", "التذييل الأول") and lettered annexes ("Annex A"), written in
the six languages: an appendix is a part of its own, inside the annex it follows, and its units carry its key.
"""

from __future__ import annotations

import pytest

from tests.test_segment import _with_pages
from tests.test_segment_layouts import LANGS, _ids, _seg
from tests.test_segment_parts import _text

# --- a resolution adopting guidelines, annexed with two appendices ------------------------------------------------

WITH_APPENDICES = {
    "zh": (
        '第 11/5 号决议',
        '司法协助',
        '联合国打击跨国有组织犯罪公约缔约方会议，',
        '回顾公约第十八条，',
        '1. 通过本决议所附准则；',
        '2. 请秘书处分发准则。',
        '附件',
        '司法协助准则',
        '1. 缔约国应指定中央机关。',
        '2. 请求应以书面形式提出。',
        '附录一',
        '请求示范表格',
        '1. 请求机关名称。',
        '2. 请求的目的。',
        '附录二',
        '联络点',
        '(a) 中央机关；',
        '(b) 主管机关。',
    ),
    "en": (
        'Resolution 11/5',
        'Mutual legal assistance',
        'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
        'Recalling article 18 of the Convention,',
        '1. Adopts the guidelines annexed to the present resolution;',
        '2. Requests the secretariat to disseminate the guidelines.',
        'Annex',
        'Guidelines on mutual legal assistance',
        '1. States parties should designate a central authority.',
        '2. Requests should be made in writing.',
        'Appendix I',
        'Model form for requests',
        '1. Name of the requesting authority.',
        '2. Purpose of the request.',
        'Appendix II',
        'Contact points',
        '(a) Central authorities;',
        '(b) Competent authorities.',
    ),
    "fr": (
        'Résolution 11/5',
        'Entraide judiciaire',
        'La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée,',
        'Rappelant l’article 18 de la Convention,',
        '1. Adopte les lignes directrices annexées à la présente résolution ;',
        '2. Prie le secrétariat de diffuser les lignes directrices.',
        'Annexe',
        'Lignes directrices sur l’entraide judiciaire',
        '1. Les États parties devraient désigner une autorité centrale.',
        '2. Les demandes devraient être faites par écrit.',
        'Appendice I',
        'Formulaire type de demande',
        '1. Nom de l’autorité requérante.',
        '2. Objet de la demande.',
        'Appendice II',
        'Points de contact',
        'a) Autorités centrales ;',
        'b) Autorités compétentes.',
    ),
    "es": (
        'Resolución 11/5',
        'Asistencia judicial recíproca',
        'La Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional,',
        'Recordando el artículo 18 de la Convención,',
        '1. Aprueba las directrices que figuran en el anexo de la presente resolución;',
        '2. Solicita a la secretaría que difunda las directrices.',
        'Anexo',
        'Directrices sobre asistencia judicial recíproca',
        '1. Los Estados partes deberían designar una autoridad central.',
        '2. Las solicitudes deberían presentarse por escrito.',
        'Apéndice I',
        'Formulario modelo de solicitud',
        '1. Nombre de la autoridad requirente.',
        '2. Finalidad de la solicitud.',
        'Apéndice II',
        'Puntos de contacto',
        'a) Autoridades centrales;',
        'b) Autoridades competentes.',
    ),
    "ru": (
        'Резолюция 11/5',
        'Взаимная правовая помощь',
        'Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности,',
        'ссылаясь на статью 18 Конвенции,',
        '1. принимает руководящие принципы, содержащиеся в приложении к настоящей резолюции;',
        '2. просит секретариат распространить руководящие принципы.',
        'Приложение',
        'Руководящие принципы взаимной правовой помощи',
        '1. Государствам-участникам следует назначить центральный орган.',
        '2. Просьбы следует направлять в письменной форме.',
        'Добавление I',
        'Типовая форма просьбы',
        '1. Название запрашивающего органа.',
        '2. Цель просьбы.',
        'Добавление II',
        'Контактные лица',
        'a) центральные органы;',
        'b) компетентные органы.',
    ),
    "ar": (
        'القرار 11/5',
        'المساعدة القانونية المتبادلة',
        'إنَّ مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظَّمة عبر الوطنية،',
        'إذ يشير إلى المادة 18 من الاتفاقية،',
        '1 - يعتمد المبادئ التوجيهية المرفقة بهذا القرار؛',
        '2 - يطلب إلى الأمانة أن تعمِّم المبادئ التوجيهية.',
        'المرفق',
        'المبادئ التوجيهية بشأن المساعدة القانونية المتبادلة',
        '1 - ينبغي للدول الأطراف أن تعيِّن سلطة مركزية.',
        '2 - ينبغي أن تقدَّم الطلبات كتابةً.',
        'التذييل الأول',
        'نموذج استمارة الطلب',
        '1 - اسم السلطة الطالبة.',
        '2 - الغرض من الطلب.',
        'التذييل الثاني',
        'جهات الاتصال',
        '(أ) السلطات المركزية؛',
        '(ب) السلطات المختصة.',
    ),
}

APPENDIX_UNITS = [
    ("symbol", "symbol"), ("title", "title"), ("body", "acting-body"), ("pp.1", "preambular"),
    ("op.1", "operative"), ("op.2", "operative"),
    ("annex1", "annex"), ("annex1.title", "annex-title"), ("annex1.1", "paragraph"), ("annex1.2", "paragraph"),
    ("annex1.app1", "appendix"), ("annex1.app1.title", "annex-title"), ("annex1.app1.1", "paragraph"),
    ("annex1.app1.2", "paragraph"),
    ("annex1.app2", "appendix"), ("annex1.app2.title", "annex-title"), ("annex1.app2.a", "item"),
    ("annex1.app2.b", "item"),
]


@pytest.mark.parametrize("lang", LANGS)
def test_appendices_of_an_annex_are_parts_inside_it(lang: str) -> None:
    lines = WITH_APPENDICES[lang]
    seg = _seg(_text(lines), lang)
    assert [(u.id, u.kind) for u in seg.units] == APPENDIX_UNITS
    assert seg.get("annex1.app1").text == lines[10]
    assert seg.get("annex1.app1.title").text == lines[11]
    assert seg.get("annex1.app2.b").text.startswith(lines[-1][lines[-1].index(")") + 1:].strip())


@pytest.mark.parametrize("lang", LANGS)
def test_appendices_over_page_breaks(lang: str) -> None:
    text = _with_pages(_text(WITH_APPENDICES[lang]), 9, "CTOC/COP/2024/15")
    assert [(u.id, u.kind) for u in _seg(text, lang).units] == APPENDIX_UNITS


@pytest.mark.parametrize("lang, joint", [("en", ". "), ("fr", " – "), ("zh", "："), ("ar", " - "), ("ru", ". ")])
def test_an_appendix_with_its_title_on_its_line(lang: str, joint: str) -> None:
    lines = list(WITH_APPENDICES[lang])
    lines[10:12] = [lines[10] + joint + lines[11]]
    seg = _seg(_text(lines), lang)
    assert [(u.id, u.kind) for u in seg.units] == APPENDIX_UNITS
    assert seg.get("annex1.app1").text == WITH_APPENDICES[lang][10]
    assert seg.get("annex1.app1.title").text == WITH_APPENDICES[lang][11]


def test_a_reports_appendix_without_an_annex() -> None:
    text = _text(["E/CN.15/2025/5", "Report of the Secretary-General", "I. Introduction",
                  "1. The present report is submitted pursuant to resolution 11/5.",
                  "2. It summarizes the replies received.", "Appendix", "Questionnaire",
                  "1. Does your country have a central authority?", "2. How many requests did it receive?"])
    assert _ids(text, "en") == ["symbol", "p.1", "ch.1", "para.1", "para.2", "app1", "app1.title", "app1.1", "app1.2"]


def test_an_addendums_heading_at_the_top_is_no_appendix() -> None:
    # "Добавление" names an addendum as well as an appendix: over the title of an addendum, it is a cover's line
    text = _text(["A/77/100/Add.1", "Добавление", "Доклад Генерального секретаря",
                  "1. Настоящий доклад представляется во исполнение резолюции 11/5.", "2. Второй пункт."])
    assert not any(uid.startswith("app") for uid in _ids(text, "ru"))
    text = _text(["Резолюция 11/5", "Добавление", "Конференция участников Конвенции,", "1. принимает решение;"])
    assert not any("app" in uid for uid in _ids(text, "ru"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sentence_naming_an_appendix_is_text(lang: str) -> None:
    sentence = {"en": "Appendix I contains the model form.", "fr": "L’appendice I contient le formulaire type."}[lang]
    lines = list(WITH_APPENDICES[lang])
    lines.insert(10, sentence)
    units = _seg(_text(lines), lang).units
    assert [(u.id, u.kind, u.text) for u in units[10:12]] == [
        ("annex1.p1", "paragraph", sentence), ("annex1.app1", "appendix", lines[11])]


# --- annexes lettered, not numbered ----------------------------------------------------------------------------

LETTERED = {
    "en": ("Report of the meeting", "1. The meeting was held in Vienna.", "Annex A", "List of participants",
           "1. Member States.", "Annex B", "List of documents", "(a) The agenda;", "(b) The report."),
    "fr": ("Rapport de la réunion", "1. La réunion s’est tenue à Vienne.", "Annexe A", "Liste des participants",
           "1. États Membres.", "Annexe B", "Liste des documents", "a) L’ordre du jour ;", "b) Le rapport."),
    "es": ("Informe de la reunión", "1. La reunión se celebró en Viena.", "Anexo A", "Lista de participantes",
           "1. Estados Miembros.", "Anexo B", "Lista de documentos", "a) El programa;", "b) El informe."),
    "ru": ("Доклад о работе совещания", "1. Совещание состоялось в Вене.", "Приложение А", "Список участников",
           "1. Государства-члены.", "Приложение Б", "Список документов", "a) повестка дня;", "b) доклад."),
    "zh": ("会议报告", "1. 会议在维也纳举行。", "附件A", "与会者名单", "1. 会员国。", "附件B", "文件清单",
           "(a) 议程；", "(b) 报告。"),
    "ar": ("تقرير الاجتماع", "1 - عُقد الاجتماع في فيينا.", "المرفق ألف", "قائمة المشاركين", "1 - الدول الأعضاء.",
           "المرفق باء", "قائمة الوثائق", "(أ) جدول الأعمال؛", "(ب) التقرير."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_lettered_annexes_take_their_latin_letter(lang: str) -> None:
    assert _ids(_text(LETTERED[lang]), lang) == [
        "p.1", "para.1", "annexA", "annexA.title", "annexA.1", "annexB", "annexB.title", "annexB.a", "annexB.b"]


@pytest.mark.parametrize("heading, key", [("Annex I", "annex1"), ("Annex V", "annex5"), ("Annex X", "annex10"),
                                          ("Annex C", "annexC"), ("Annex 3", "annex3"), ("Приложение В", "annexB")])
def test_roman_numerals_and_letters(heading: str, key: str) -> None:
    lang = "ru" if heading.startswith("П") else "en"
    text = _text(["Report", "1. Text of the report.", heading, "Title of the annex", "1. Its first paragraph."])
    assert _ids(text, lang)[2:] == [key, f"{key}.title", f"{key}.1"]
