"""Segmentation of resolutions in parts ("A", "B" … each with its own acting body), written in the six languages.

The expected ids are read off each document's own structure: the letter of a part, in Latin (en, fr, es, zh),
Cyrillic (ru) or spelt out (ar: "ألف", "باء"), heads a part whose units all carry its key.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.test_segment import _hard_wrap, _with_pages
from tests.test_segment_layouts import LANGS, _ids, _seg


# --- an omnibus General Assembly resolution in two parts ------------------------------------------------------

IN_PARTS = {
    "en": ("A/RES/78/999", "Resolution adopted by the General Assembly on 5 December 2023",
           "78/999. Questions relating to information",
           "A", "Information in the service of humanity", "The General Assembly,",
           "Taking note of the report of the Committee on Information,¹",
           "Recalling its previous resolutions on the matter, including resolution 77/123 of 9 December 2022,",
           "1. Urges all countries to cooperate in reducing the disparities in information flows at all levels;",
           "2. Requests the Secretary-General to report to it at its seventy-ninth session.",
           "B", "United Nations public information policies and activities", "The General Assembly,",
           "Reaffirming the central role of the Department of Global Communications, as the public voice of the United Nations, "
           "in the work of the Organization, and its role in disseminating information among Member States,",
           "Stressing the importance of multilingualism in all the activities of the Department,",
           "1. Requests the Department:", "(a) To continue its work in all the official languages;",
           "(b) To report to the Committee on Information at its next session;",
           "2. Decides to remain seized of the matter.", "¹ A/78/21."),
    "zh": ("A/RES/78/999", "大会2023年12月5日通过的决议", "78/999. 关于新闻的问题",
           "A", "为人类服务的新闻", "大会，", "注意到新闻委员会的报告，¹", "回顾其以往关于此事项的各项决议，包括2022年12月9日第77/123号决议，",
           "1. 敦促所有国家合作减少各级信息流动方面的差距；", "2. 请秘书长向大会第七十九届会议提交报告。",
           "B", "联合国新闻政策和活动", "大会，", "重申全球传播部作为联合国的公共喉舌在本组织工作中发挥的核心作用，以及其在各会员国之间传播信息方面的作用，",
           "强调在全球传播部所有活动中使用多种语文的重要性，", "1. 请全球传播部：", "(a) 继续以所有正式语文开展工作；",
           "(b) 向新闻委员会下届会议提出报告；", "2. 决定继续处理此案。", "¹ A/78/21。"),
    "fr": ("A/RES/78/999", "Résolution adoptée par l'Assemblée générale le 5 décembre 2023",
           "78/999. Questions relatives à l'information",
           "A", "L'information au service de l'humanité", "L'Assemblée générale,",
           "Prenant note du rapport du Comité de l'information¹,", "Rappelant ses résolutions antérieures sur la question, notamment la résolution 77/123 du 9 décembre 2022,",
           "1. Exhorte tous les pays à coopérer pour réduire les disparités dans la circulation de l'information à tous les niveaux ;",
           "2. Prie le Secrétaire général de lui faire rapport à sa soixante-dix-neuvième session.",
           "B", "Politiques et activités de l'Organisation des Nations Unies en matière d'information",
           "L'Assemblée générale,",
           "Réaffirmant le rôle central que joue dans les travaux de l'Organisation le Département de la communication globale, "
           "voix publique de l'Organisation des Nations Unies, et son rôle dans la diffusion de l'information parmi les États Membres,",
           "Soulignant l'importance du multilinguisme dans toutes les activités du Département,",
           "1. Prie le Département :", "a) De poursuivre ses travaux dans toutes les langues officielles ;",
           "b) De faire rapport au Comité de l'information à sa prochaine session ;",
           "2. Décide de rester saisie de la question.", "¹ A/78/21."),
    "es": ("A/RES/78/999", "Resolución aprobada por la Asamblea General el 5 de diciembre de 2023",
           "78/999. Cuestiones relativas a la información",
           "A", "La información al servicio de la humanidad", "La Asamblea General,",
           "Tomando nota del informe del Comité de Información¹,", "Recordando sus resoluciones anteriores sobre la cuestión, incluida la resolución 77/123, de 9 de diciembre de 2022,",
           "1. Insta a todos los países a que cooperen para reducir las disparidades en la corriente de información a todos los niveles;",
           "2. Solicita al Secretario General que la informe en su septuagésimo noveno período de sesiones.",
           "B", "Políticas y actividades de información pública de las Naciones Unidas", "La Asamblea General,",
           "Reafirmando la función central que desempeña en la labor de la Organización el Departamento de Comunicación Global, "
           "como portavoz público de las Naciones Unidas, y su función de difundir información entre los Estados Miembros,",
           "Destacando la importancia del multilingüismo en todas las actividades del Departamento,",
           "1. Solicita al Departamento:", "a) Que prosiga su labor en todos los idiomas oficiales;",
           "b) Que informe al Comité de Información en su próximo período de sesiones;",
           "2. Decide seguir ocupándose de la cuestión.", "¹ A/78/21."),
    "ru": ("A/RES/78/999", "Резолюция, принятая Генеральной Ассамблеей 5 декабря 2023 года",
           "78/999. Вопросы, касающиеся информации",
           "А", "Информация на службе человечества", "Генеральная Ассамблея,",
           "принимая к сведению доклад Комитета по информации¹,", "ссылаясь на свои предыдущие резолюции по этому вопросу, включая резолюцию 77/123 от 9 декабря 2022 года,",
           "1. настоятельно призывает все страны сотрудничать в целях сокращения диспропорций в информационных потоках на всех уровнях;",
           "2. просит Генерального секретаря представить ей доклад на ее семьдесят девятой сессии.",
           "Б", "Политика и деятельность Организации Объединенных Наций в области общественной информации",
           "Генеральная Ассамблея,",
           "вновь подтверждая центральную роль, которую Департамент глобальных коммуникаций как голос Организации Объединенных "
           "Наций играет в работе Организации, и его роль в распространении информации среди государств-членов,",
           "подчеркивая важность многоязычия во всех мероприятиях Департамента,",
           "1. просит Департамент:", "a) продолжать свою работу на всех официальных языках;",
           "b) представить доклад Комитету по информации на его следующей сессии;",
           "2. постановляет продолжать заниматься этим вопросом.", "¹ A/78/21."),
    "ar": ("A/RES/78/999", "قرار اتخذته الجمعية العامة في 5 كانون الأول/ديسمبر 2023", "78/999 - المسائل المتصلة بالإعلام",
           "ألف", "الإعلام في خدمة الإنسانية", "إن الجمعية العامة،", "إذ تحيط علما بتقرير لجنة الإعلام¹،",
           "وإذ تشير إلى قراراتها السابقة بشأن هذه المسألة، بما فيها القرار 77/123 المؤرخ 9 كانون الأول/ديسمبر 2022،",
           "1 - تحث جميع البلدان على التعاون في الحد من أوجه التفاوت في تدفق المعلومات على جميع المستويات؛",
           "2 - تطلب إلى الأمين العام أن يقدم إليها تقريرا في دورتها التاسعة والسبعين.",
           "باء", "السياسات والأنشطة الإعلامية للأمم المتحدة", "إن الجمعية العامة،",
           "إذ تعيد تأكيد الدور المحوري لإدارة التواصل العالمي في عمل المنظمة بوصفها الصوت العام للأمم المتحدة، ودورها في نشر المعلومات بين الدول الأعضاء،",
           "وإذ تشدد على أهمية تعدد اللغات في جميع أنشطة الإدارة،",
           "1 - تطلب إلى الإدارة:", "(أ) أن تواصل عملها بجميع اللغات الرسمية؛", "(ب) أن تقدم تقريرا إلى لجنة الإعلام في دورتها المقبلة؛",
           "2 - تقرر أن تبقي المسألة قيد نظرها.", "¹ A/78/21."),
}

IN_PARTS_UNITS = [
    ("symbol", "symbol"), ("title", "title"), ("title.2", "title"),
    ("A", "part"), ("A.title", "title"), ("A.body", "acting-body"), ("A.pp.1", "preambular"), ("A.pp.2", "preambular"),
    ("A.op.1", "operative"), ("A.op.2", "operative"),
    ("B", "part"), ("B.title", "title"), ("B.body", "acting-body"), ("B.pp.1", "preambular"), ("B.pp.2", "preambular"),
    ("B.op.1", "operative"), ("B.op.1.a", "item"), ("B.op.1.b", "item"), ("B.op.2", "operative"),
    ("fn.1", "footnote"),
]


def _text(lines: Sequence[str]) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_a_resolution_in_parts_gives_each_part_its_own_units(lang: str) -> None:
    seg = _seg(_text(IN_PARTS[lang]), lang)
    assert [(u.id, u.kind) for u in seg.units] == IN_PARTS_UNITS
    lines = IN_PARTS[lang]
    assert (seg.get("A").label, seg.get("B").label) == (lines[3], lines[10])
    assert seg.get("B.title").text == lines[11]
    assert seg.get("B.body").text == lines[12]
    assert seg.get("B.op.1.a").text == lines[16].split(" ", 1)[1]
    assert seg.get("A.pp.1").footnote_refs == ("fn.1",)


@pytest.mark.parametrize("lang", LANGS)
def test_a_part_heading_without_a_title_line(lang: str) -> None:
    lines = [line for number, line in enumerate(IN_PARTS[lang]) if number not in (4, 11)]
    ids = _ids(_text(tuple(lines)), lang)
    assert ids == [uid for uid, _ in IN_PARTS_UNITS if uid not in ("A.title", "B.title")]


@pytest.mark.parametrize("lang", LANGS)
def test_a_part_letter_and_its_title_on_consecutive_lines(lang: str) -> None:
    text = _text(IN_PARTS[lang])
    for letter, title in ((IN_PARTS[lang][3], IN_PARTS[lang][4]), (IN_PARTS[lang][10], IN_PARTS[lang][11])):
        text = text.replace(f"\n\n{letter}\n\n{title}\n\n", f"\n\n{letter}\n{title}\n\n")
    assert [(u.id, u.kind) for u in _seg(text, lang).units] == IN_PARTS_UNITS


#: How a lettered heading sets its letter apart from its title on one line: "B. Title", "باء - العنوان".
TITLE_AFTER_LETTER = {"ar": " - "}


@pytest.mark.parametrize("between", ["\n\n", "\n"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_part_letter_opening_its_titles_line(lang: str, between: str) -> None:
    # "B. Assistance to …", as older General Assembly texts (and their web pages) print a part's heading, with or
    # without blank lines between paragraphs: the same units as a letter standing alone over its title
    lines = IN_PARTS[lang]
    heads = [f"{lines[3]}{TITLE_AFTER_LETTER.get(lang, '. ')}{lines[4]}", f"{lines[10]}{TITLE_AFTER_LETTER.get(lang, '. ')}{lines[11]}"]
    text = between.join([*lines[:3], heads[0], *lines[5:10], heads[1], *lines[12:]]) + "\n"
    seg = _seg(text, lang)
    assert [(u.id, u.kind) for u in seg.units] == IN_PARTS_UNITS
    assert (seg.get("B").text, seg.get("B.title").text, seg.get("B.body").text) == (lines[10], lines[11], lines[12])
    # each unit's raw text is its own stretch of the line
    assert seg.get("B").raw + heads[1][len(seg.get("B").raw):] == heads[1]
    assert heads[1].endswith(seg.get("B.title").raw) and seg.get("B.title").raw == lines[11]


def test_report_sections_with_a_numbered_paragraph_above_their_drafts_are_no_parts() -> None:
    text = ("I. Matters calling for action\n\nA. Draft resolution for adoption by the General Assembly\n\n"
            "1. The Commission recommends the following draft resolution:\n\nDraft resolution I\n\nCrime prevention\n\n"
            "The General Assembly,\n\n1. Decides to act;\n\nB. Draft decision for adoption by the Council\n\n"
            "2. The Commission recommends the following draft decision:\n\nDraft decision I\n\n"
            "The Economic and Social Council,\n\n1. Decides to act again.\n")
    ids = _ids(text, "en")
    assert ids[:4] == ["ch.1", "ch.1.A", "para.1", "dr1"] and "ch.1.B" in ids
    assert not any(uid in ("A", "B") or uid.startswith(("A.", "B.")) for uid in ids)


# Wrapped at these widths, with a page break (job and page numbers, running header) every so many lines.
PAGED = [(40, 9, "zh")] + [(44, 9, lang) for lang in LANGS if lang != "zh"] + [(72, 7, lang) for lang in LANGS if lang != "zh"] + [(60, 11, "en")]


@pytest.mark.parametrize("columns, every, lang", PAGED)
def test_a_hard_wrapped_resolution_in_parts_with_page_breaks(columns: int, every: int, lang: str) -> None:
    plain = _text(IN_PARTS[lang])
    text = _with_pages(_hard_wrap(plain, columns), every, "A/RES/78/999")
    assert text.count("\n") > plain.count("\n") + 10
    expected = [(u.id, u.kind, u.text) for u in _seg(plain, lang).units]
    assert [(u.id, u.kind, u.text) for u in _seg(text, lang).units] == expected


# --- three parts, the second with operative sections ----------------------------------------------------------

# Per language: the three part letters, the acting body, a preambular and two operative paragraphs, two section
# headings.
PARTS_WITH_SECTIONS = {
    "en": (("A", "B", "C"), "The General Assembly,", "Recalling its resolution 77/1,",
           ("1. Calls upon States to act;", "2. Invites States to report."), ("I. Prevention", "II. Cooperation")),
    "zh": (("A", "B", "C"), "大会，", "回顾其第77/1号决议，", ("1. 吁请各国采取行动；", "2. 请各国提交报告。"),
           ("一、预防", "二、合作")),
    "fr": (("A", "B", "C"), "L'Assemblée générale,", "Rappelant sa résolution 77/1,",
           ("1. Demande aux États d'agir ;", "2. Invite les États à faire rapport."), ("I. Prévention", "II. Coopération")),
    "es": (("A", "B", "C"), "La Asamblea General,", "Recordando su resolución 77/1,",
           ("1. Exhorta a los Estados a actuar;", "2. Invita a los Estados a informar."), ("I. Prevención", "II. Cooperación")),
    "ru": (("А", "Б", "В"), "Генеральная Ассамблея,", "ссылаясь на свою резолюцию 77/1,",
           ("1. призывает государства принять меры;", "2. предлагает государствам представить доклады."),
           ("I. Предупреждение", "II. Сотрудничество")),
    "ar": (("ألف", "باء", "جيم"), "إن الجمعية العامة،", "إذ تشير إلى قرارها 77/1،",
           ("1 - تهيب بالدول أن تتخذ إجراءات؛", "2 - تدعو الدول إلى تقديم تقارير."), ("أولا - المنع", "ثانيا - التعاون")),
}


@pytest.mark.parametrize("lang", LANGS)
def test_three_parts_and_operative_sections_inside_a_part(lang: str) -> None:
    letters, body, pp, (op1, op2), (sec1, sec2) = PARTS_WITH_SECTIONS[lang]
    text = "\n\n".join([letters[0], body, pp, op1, op2,
                        letters[1], body, pp, sec1, op1, op2, sec2, op1.replace("1", "3", 1),
                        letters[2], body, op1])
    seg = _seg(text, lang)
    assert [u.id for u in seg.units] == ["A", "A.body", "A.pp.1", "A.op.1", "A.op.2",
                                         "B", "B.body", "B.pp.1", "B.sec.1", "B.op.1", "B.op.2", "B.sec.2", "B.op.3",
                                         "C", "C.body", "C.op.1"]
    assert seg.get("C").label == letters[2]
    assert seg.get("B.sec.2").text == {"zh": "合作", "ar": "التعاون", "en": "Cooperation", "fr": "Coopération",
                                       "es": "Cooperación", "ru": "Сотрудничество"}[lang]


def test_operative_numbering_that_starts_again_in_each_section_of_a_part_stays_unique() -> None:
    text = "\n\n".join(["A", "The General Assembly,", "1. Acts.", "B", "The General Assembly,",
                        "I. Prevention", "1. Calls upon States to act;", "II. Cooperation", "1. Invites States to report."])
    assert _ids(text, "en") == ["A", "A.body", "A.op.1", "B", "B.body", "B.sec.1", "B.op.1", "B.sec.2", "B.sec.2.op.1"]


def test_a_russian_resolution_with_parts_in_latin_looking_letters() -> None:
    # "А", "В" (Cyrillic letters that look like Latin A, B) for parts A and B
    letters, body, pp, (op1, _), _ = PARTS_WITH_SECTIONS["ru"]
    text = "\n\n".join(["А", body, pp, op1, "В", body, op1])
    assert _ids(text, "ru") == ["A", "A.body", "A.pp.1", "A.op.1", "B", "B.body", "B.op.1"]


def test_each_part_keeps_its_own_annex() -> None:
    text = "\n\n".join(["A", "The General Assembly,", "1. Adopts the plan annexed to the present resolution.",
                        "Annex", "Plan of action", "(a) First step;",
                        "B", "The General Assembly,", "1. Adopts the guidelines annexed to the present resolution.",
                        "Annex", "Guidelines", "(a) First guideline."])
    assert _ids(text, "en") == ["A", "A.body", "A.op.1", "A.annex1", "A.annex1.title", "A.annex1.a",
                                "B", "B.body", "B.op.1", "B.annex1", "B.annex1.title", "B.annex1.a"]


# --- what must not start a part -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_single_letter_over_an_acting_body_is_no_part(lang: str) -> None:
    # one letter alone is no evidence of parts: the units keep the ids of a resolution without parts
    lines = IN_PARTS[lang][:10]
    seg = _seg(_text(lines), lang)
    assert [u.id for u in seg.units] == ["symbol", "title", "title.2", "title.3", "title.4", "body", "pp.1", "pp.2",
                                         "op.1", "op.2"]


@pytest.mark.parametrize("lang", LANGS)
def test_letters_without_acting_bodies_are_no_parts(lang: str) -> None:
    # letter lines in the running text of a report (a list of groups, say): no acting body below them
    letters, _, _, _, _ = PARTS_WITH_SECTIONS[lang]
    text = "\n\n".join(["Report", letters[0], "Member States", letters[1], "Observers"])
    assert _ids(text, lang) == ["p.1", "p.2", "p.3", "p.4", "p.5"]


def test_letters_out_of_order_are_no_parts() -> None:
    text = "\n\n".join(["B", "The General Assembly,", "1. Acts.", "A", "The General Assembly,", "1. Acts again."])
    assert not any(uid in ("A", "B") or uid.startswith(("A.", "B.")) for uid in _ids(text, "en"))


def test_a_reports_lettered_sections_stay_sections() -> None:
    text = ("I. Organization of the session\n\nA. Opening\n\n1. The Chair opened the session.\n\n"
            "B. Attendance\n\n2. Many States attended.")
    assert _ids(text, "en") == ["ch.1", "ch.1.A", "para.1", "ch.1.B", "para.2"]


@pytest.mark.parametrize("columns, lang", [(40, "zh")] + [(44, lang) for lang in LANGS if lang != "zh"])
def test_a_part_letter_over_a_long_title_in_a_hard_wrapped_layout(columns: int, lang: str) -> None:
    # no blank line between the letter and its title, which is wider than the page: the letter still stands alone
    lines = list(IN_PARTS[lang])
    lines[11] = lines[11] + {"zh": "，包括联合国各新闻中心网络的工作"}.get(lang, " " + lines[11])
    text = _hard_wrap(_text(tuple(lines)), columns)
    text = text.replace(f"\n\n{lines[10]}\n\n", f"\n\n{lines[10]}\n")
    assert f"\n{lines[10]}\n" in text and f"\n\n{lines[10]}\n\n" not in text
    seg = _seg(text, lang)
    assert [(u.id, u.kind) for u in seg.units] == IN_PARTS_UNITS
    assert seg.get("B").text == lines[10]
