"""Segmentation of UN layouts that the bundled sample lacks, each written in the six languages.

A General Assembly resolution with sub-paragraphs and sub-sub-paragraphs, a resolution whose operative part
has numbered sections and whose annexes hold numbered paragraphs, chapters and lettered sections, a decision,
and a report with chapters, lettered sections and lettered items. Every document breaks one paragraph over a
page, with the footnote, page number, job number and running header in the middle, as PDF text gives it.
The expected ids are read off each document's own numbering; all six versions must give the same ones.
"""

from __future__ import annotations

import re

import pytest

import corpora
from aligner.model import Document, Segmentation
from aligner.segment import segment

LANGS = ("zh", "en", "fr", "es", "ru", "ar")


def _seg(text: str, lang: str) -> Segmentation:
    return segment(Document(text=text, lang=lang, name="test"))


def _ids(text: str, lang: str) -> list[str]:
    return [u.id for u in _seg(text, lang).units]


# --- a General Assembly resolution: sub-paragraphs (a), (b) and sub-sub-paragraphs (i), (ii) ---------------

GA_RESOLUTION = {
    "en": """A/RES/78/250

Resolution adopted by the General Assembly on 22 December 2023

78/250. Strengthening international cooperation against transnational organized crime

The General Assembly,

Recalling its resolution 55/25 of 15 November 2000, by which it adopted the United Nations Convention against Transnational Organized Crime,¹

Reaffirming its commitment to the effective implementation of the Convention and the Protocols thereto,

1. Welcomes the work of the Conference of the Parties to the Convention;

2. Requests the United Nations Office on Drugs and Crime, within existing resources:

(a) To continue to provide technical assistance to States, upon request, including:

(i) Assistance in the drafting of legislation;

(ii) Training for judges, prosecutors and

2/4 23-26174

A/RES/78/250

¹ United Nations, Treaty Series, vol. 2225, No. 39574.

law enforcement officers;

(b) To report to the General Assembly at its seventy-ninth session on the implementation of the present resolution;²

3. Decides to remain seized of the matter.

² See A/79/100.
""",
    "zh": """A/RES/78/250

大会2023年12月22日通过的决议

78/250. 加强打击跨国有组织犯罪的国际合作

大会，

回顾其2000年11月15日第55/25号决议，大会在该决议中通过了《联合国打击跨国有组织犯罪公约》，¹

重申致力于有效执行《公约》及其各项议定书，

1. 欢迎《公约》缔约方会议的工作；

2. 请联合国毒品和犯罪问题办公室在现有资源范围内：

(a) 继续应请求向各国提供技术援助，包括：

㈠ 协助起草立法；

㈡ 为法官、检察官和

2/4 23-26174

A/RES/78/250

¹ 联合国，《条约汇编》，第2225卷，第39574号。

执法人员提供培训；

(b) 就本决议的执行情况向大会第七十九届会议提出报告；²

3. 决定继续处理此案。

² 见A/79/100。
""",
    "fr": """A/RES/78/250

Résolution adoptée par l'Assemblée générale le 22 décembre 2023

78/250. Renforcement de la coopération internationale contre la criminalité transnationale organisée

L'Assemblée générale,

Rappelant sa résolution 55/25 du 15 novembre 2000, par laquelle elle a adopté la Convention des Nations Unies contre la criminalité transnationale organisée¹,

Réaffirmant son attachement à l'application effective de la Convention et des Protocoles s'y rapportant,

1. Salue les travaux de la Conférence des Parties à la Convention ;

2. Prie l'Office des Nations Unies contre la drogue et le crime, dans la limite des ressources existantes :

a) De continuer à fournir une assistance technique aux États qui en font la demande, notamment :

i) Une aide à la rédaction de textes législatifs ;

ii) Une formation à l'intention des juges, des procureurs et

2/4 23-26174

A/RES/78/250

¹ Nations Unies, Recueil des Traités, vol. 2225, no 39574.

des agents des services de détection et de répression ;

b) De lui faire rapport, à sa soixante-dix-neuvième session, sur l'application de la présente résolution² ;

3. Décide de rester saisie de la question.

² Voir A/79/100.
""",
    "es": """A/RES/78/250

Resolución aprobada por la Asamblea General el 22 de diciembre de 2023

78/250. Fortalecimiento de la cooperación internacional contra la delincuencia organizada transnacional

La Asamblea General,

Recordando su resolución 55/25, de 15 de noviembre de 2000, en la que aprobó la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional¹,

Reafirmando su compromiso con la aplicación efectiva de la Convención y sus Protocolos,

1. Acoge con beneplácito la labor de la Conferencia de las Partes en la Convención;

2. Solicita a la Oficina de las Naciones Unidas contra la Droga y el Delito que, con cargo a los recursos existentes:

a) Siga prestando asistencia técnica a los Estados que la soliciten, en particular:

i) Asistencia en la redacción de legislación;

ii) Capacitación para jueces, fiscales y

2/4 23-26174

A/RES/78/250

¹ Naciones Unidas, Treaty Series, vol. 2225, núm. 39574.

funcionarios encargados de hacer cumplir la ley;

b) Le presente, en su septuagésimo noveno período de sesiones, un informe sobre la aplicación de la presente resolución²;

3. Decide seguir ocupándose de la cuestión.

² Véase A/79/100.
""",
    "ru": """A/RES/78/250

Резолюция, принятая Генеральной Ассамблеей 22 декабря 2023 года

78/250. Укрепление международного сотрудничества в борьбе с транснациональной организованной преступностью

Генеральная Ассамблея,

ссылаясь на свою резолюцию 55/25 от 15 ноября 2000 года, в которой она приняла Конвенцию Организации Объединенных Наций против транснациональной организованной преступности¹,

вновь подтверждая свою приверженность эффективному осуществлению Конвенции и протоколов к ней,

1. приветствует работу Конференции участников Конвенции;

2. просит Управление Организации Объединенных Наций по наркотикам и преступности в рамках имеющихся ресурсов:

a) продолжать оказывать государствам по их просьбе техническую помощь, в том числе:

i) помощь в разработке законодательства;

ii) подготовку судей, прокуроров и

2/4 23-26174

A/RES/78/250

¹ United Nations, Treaty Series, vol. 2225, No. 39574.

сотрудников правоохранительных органов;

b) представить Генеральной Ассамблее на ее семьдесят девятой сессии доклад об осуществлении настоящей резолюции²;

3. постановляет продолжить рассмотрение этого вопроса.

² См. A/79/100.
""",
    "ar": """A/RES/78/250

قرار اتخذته الجمعية العامة في 22 كانون الأول/ديسمبر 2023

78/250 - تعزيز التعاون الدولي لمكافحة الجريمة المنظمة عبر الوطنية

إن الجمعية العامة،

إذ تشير إلى قرارها 55/25 المؤرخ 15 تشرين الثاني/نوفمبر 2000، الذي اعتمدت بموجبه اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية¹،

وإذ تؤكد من جديد التزامها بالتنفيذ الفعال للاتفاقية والبروتوكولات الملحقة بها،

1 - ترحب بعمل مؤتمر الأطراف في الاتفاقية؛

2 - تطلب إلى مكتب الأمم المتحدة المعني بالمخدرات والجريمة، في حدود الموارد المتاحة:

(أ) أن يواصل تقديم المساعدة التقنية إلى الدول، بناء على طلبها، بما في ذلك:

’1‘ المساعدة في صياغة التشريعات؛

’2‘ تدريب القضاة وأعضاء النيابة العامة

2/4 23-26174

A/RES/78/250

¹ الأمم المتحدة، مجموعة المعاهدات، المجلد 2225، الرقم 39574.

وموظفي إنفاذ القانون؛

(ب) أن يقدم إلى الجمعية العامة في دورتها التاسعة والسبعين تقريرا عن تنفيذ هذا القرار²؛

3 - تقرر أن تبقي المسألة قيد نظرها.

² انظر A/79/100.
""",
}

GA_IDS = ["symbol", "title", "title.2", "body", "pp.1", "pp.2", "op.1", "op.2", "op.2.a", "op.2.a.i", "op.2.a.ii",
          "op.2.b", "op.3", "fn.1", "fn.2"]
GA_KINDS = ["symbol", "title", "title", "acting-body", "preambular", "preambular", "operative", "operative", "item",
            "subitem", "subitem", "item", "operative", "footnote", "footnote"]

# The second half of the sub-sub-paragraph (ii), after the page break, as each version has it.
GA_BREAK = {"en": "prosecutors and law enforcement officers;", "zh": "检察官和执法人员提供培训；",
            "fr": "des procureurs et des agents des services", "es": "fiscales y funcionarios encargados",
            "ru": "прокуроров и сотрудников правоохранительных", "ar": "النيابة العامة وموظفي إنفاذ القانون؛"}


@pytest.mark.parametrize("lang", LANGS)
def test_general_assembly_resolution(lang: str) -> None:
    seg = _seg(GA_RESOLUTION[lang], lang)
    assert [u.id for u in seg.units] == GA_IDS
    assert [u.kind for u in seg.units] == GA_KINDS
    sub = seg.get("op.2.a.ii")
    assert GA_BREAK[lang] in sub.text
    assert "¹" not in sub.raw and "23-26174" not in sub.raw  # footnote and page furniture are not in the paragraph
    assert [u.text for u in seg.units].count("A/RES/78/250") == 1  # the running header is dropped, the symbol kept
    assert seg.get("pp.1").footnote_refs == ("fn.1",) and seg.get("op.2.b").footnote_refs == ("fn.2",)
    assert "A/79/100" in seg.get("fn.2").text


@pytest.mark.parametrize("lang", LANGS)
def test_sub_sub_paragraph_labels_are_kept(lang: str) -> None:
    seg = _seg(GA_RESOLUTION[lang], lang)
    label = seg.get("op.2.a.i").label
    assert label == {"en": "(i)", "zh": "㈠", "fr": "i)", "es": "i)", "ru": "i)", "ar": "’1‘"}[lang]
    assert not seg.get("op.2.a.i").text.startswith(label)


# --- a resolution with sections in its operative part, and annexes of three kinds --------------------------

SECTIONED = {
    "en": """Resolution 11/3

Strengthening the implementation of the Convention

The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,

Recalling its resolution 10/1 of 16 October 2020,

Noting with concern the growing links between transnational organized crime and other forms of crime,

I. Strengthening international cooperation

1. Urges States parties to make full use of the Convention as a legal basis for extradition;

2. Encourages States parties to designate central authorities;

II. Technical assistance

3. Requests the Secretariat to continue to provide technical assistance;

4. Also requests the Secretariat to report to the Conference at its twelfth session.

Annex I

Guidelines on central authorities

1. Central authorities should have adequate resources.

2. States parties should consider:

(a) Publishing the contact details of their central authorities;

(b) Using secure electronic channels.

Annex II

Report of the expert group meeting

I. Introduction

1. The expert group meeting was held in Vienna from 3 to 5 May 2022.

II. Summary of deliberations

A. International cooperation

2. Experts discussed practical challenges.

B. Technical assistance

3. Experts called for more training.
""",
    "zh": """第 11/3 号决议

加强《公约》的执行

联合国打击跨国有组织犯罪公约缔约方会议，

回顾其2020年10月16日第10/1号决议，

关切地注意到跨国有组织犯罪与其他形式犯罪之间的联系日益增多，

一、加强国际合作

1. 敦促缔约国充分利用《公约》作为引渡的法律依据；

2. 鼓励缔约国指定中央机关；

二、技术援助

3. 请秘书处继续提供技术援助；

4. 又请秘书处向缔约方会议第十二届会议报告。

附件一

关于中央机关的准则

1. 中央机关应当拥有充足的资源。

2. 缔约国应当考虑：

(a) 公布其中央机关的联系方式；

(b) 使用安全的电子渠道。

附件二

专家组会议的报告

一、导言

1. 专家组会议于2022年5月3日至5日在维也纳举行。

二、讨论摘要

A. 国际合作

2. 专家们讨论了实际困难。

B. 技术援助

3. 专家们呼吁加强培训。
""",
    "fr": """Résolution 11/3

Renforcement de l'application de la Convention

La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée,

Rappelant sa résolution 10/1 du 16 octobre 2020,

Notant avec préoccupation les liens croissants entre la criminalité transnationale organisée et d'autres formes de criminalité,

I. Renforcement de la coopération internationale

1. Exhorte les États parties à utiliser pleinement la Convention comme base légale de l'extradition ;

2. Encourage les États parties à désigner des autorités centrales ;

II. Assistance technique

3. Prie le secrétariat de continuer à fournir une assistance technique ;

4. Prie également le secrétariat de lui faire rapport à sa douzième session.

Annexe I

Lignes directrices relatives aux autorités centrales

1. Les autorités centrales devraient disposer de ressources suffisantes.

2. Les États parties devraient envisager :

a) De publier les coordonnées de leurs autorités centrales ;

b) D'utiliser des voies électroniques sécurisées.

Annexe II

Rapport de la réunion du groupe d'experts

I. Introduction

1. La réunion du groupe d'experts s'est tenue à Vienne du 3 au 5 mai 2022.

II. Résumé des débats

A. Coopération internationale

2. Les experts ont examiné les difficultés pratiques.

B. Assistance technique

3. Les experts ont demandé davantage de formation.
""",
    "es": """Resolución 11/3

Fortalecimiento de la aplicación de la Convención

La Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional,

Recordando su resolución 10/1, de 16 de octubre de 2020,

Observando con preocupación los crecientes vínculos entre la delincuencia organizada transnacional y otras formas de delincuencia,

I. Fortalecimiento de la cooperación internacional

1. Insta a los Estados partes a que utilicen plenamente la Convención como base jurídica para la extradición;

2. Alienta a los Estados partes a que designen autoridades centrales;

II. Asistencia técnica

3. Solicita a la Secretaría que siga prestando asistencia técnica;

4. Solicita también a la Secretaría que la informe en su 12º período de sesiones.

Anexo I

Directrices sobre las autoridades centrales

1. Las autoridades centrales deberían contar con recursos suficientes.

2. Los Estados partes deberían considerar:

a) Publicar los datos de contacto de sus autoridades centrales;

b) Utilizar canales electrónicos seguros.

Anexo II

Informe de la reunión del grupo de expertos

I. Introducción

1. La reunión del grupo de expertos se celebró en Viena del 3 al 5 de mayo de 2022.

II. Resumen de las deliberaciones

A. Cooperación internacional

2. Los expertos examinaron las dificultades prácticas.

B. Asistencia técnica

3. Los expertos pidieron más capacitación.
""",
    "ru": """Резолюция 11/3

Укрепление осуществления Конвенции

Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности,

ссылаясь на свою резолюцию 10/1 от 16 октября 2020 года,

отмечая с обеспокоенностью растущую взаимосвязь между транснациональной организованной преступностью и другими формами преступности,

I. Укрепление международного сотрудничества

1. настоятельно призывает государства-участники в полной мере использовать Конвенцию в качестве правового основания для выдачи;

2. рекомендует государствам-участникам назначить центральные органы;

II. Техническая помощь

3. просит секретариат продолжать оказывать техническую помощь;

4. просит также секретариат представить ей доклад на ее двенадцатой сессии.

Приложение I

Руководящие принципы в отношении центральных органов

1. Центральные органы должны располагать достаточными ресурсами.

2. Государствам-участникам следует рассмотреть возможность:

a) опубликовать контактные данные своих центральных органов;

b) использовать защищенные электронные каналы.

Приложение II

Доклад о работе совещания группы экспертов

I. Введение

1. Совещание группы экспертов было проведено в Вене 3–5 мая 2022 года.

II. Резюме обсуждений

А. Международное сотрудничество

2. Эксперты обсудили практические трудности.

В. Техническая помощь

3. Эксперты призвали расширить подготовку кадров.
""",
    "ar": """القرار 11/3

تعزيز تنفيذ الاتفاقية

إن مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية،

إذ يشير إلى قراره 10/1 المؤرخ 16 تشرين الأول/أكتوبر 2020،

وإذ يلاحظ مع القلق تزايد الصلات بين الجريمة المنظمة عبر الوطنية وأشكال الجريمة الأخرى،

أولا - تعزيز التعاون الدولي

1 - يحث الدول الأطراف على الاستفادة الكاملة من الاتفاقية كأساس قانوني لتسليم المجرمين؛

2 - يشجع الدول الأطراف على تعيين سلطات مركزية؛

ثانيا - المساعدة التقنية

3 - يطلب إلى الأمانة أن تواصل تقديم المساعدة التقنية؛

4 - يطلب أيضا إلى الأمانة أن تقدم إليه تقريرا في دورته الثانية عشرة.

المرفق الأول

مبادئ توجيهية بشأن السلطات المركزية

1 - ينبغي أن تتوافر للسلطات المركزية موارد كافية.

2 - ينبغي للدول الأطراف أن تنظر في ما يلي:

(أ) نشر بيانات الاتصال بسلطاتها المركزية؛

(ب) استخدام قنوات إلكترونية مأمونة.

المرفق الثاني

تقرير اجتماع فريق الخبراء

أولا - مقدمة

1 - عقد اجتماع فريق الخبراء في فيينا من 3 إلى 5 أيار/مايو 2022.

ثانيا - موجز المداولات

ألف - التعاون الدولي

2 - ناقش الخبراء التحديات العملية.

باء - المساعدة التقنية

3 - دعا الخبراء إلى مزيد من التدريب.
""",
}

SECTIONED_IDS = [
    ("symbol", "symbol"), ("title", "title"), ("body", "acting-body"), ("pp.1", "preambular"), ("pp.2", "preambular"),
    ("sec.1", "heading"), ("op.1", "operative"), ("op.2", "operative"),
    ("sec.2", "heading"), ("op.3", "operative"), ("op.4", "operative"),
    ("annex1", "annex"), ("annex1.title", "annex-title"), ("annex1.1", "paragraph"), ("annex1.2", "paragraph"),
    ("annex1.2.a", "item"), ("annex1.2.b", "item"),
    ("annex2", "annex"), ("annex2.title", "annex-title"), ("annex2.ch.1", "heading"), ("annex2.1", "paragraph"),
    ("annex2.ch.2", "heading"), ("annex2.ch.2.A", "heading"), ("annex2.2", "paragraph"),
    ("annex2.ch.2.B", "heading"), ("annex2.3", "paragraph"),
]


@pytest.mark.parametrize("lang", LANGS)
def test_operative_sections_and_annexes(lang: str) -> None:
    seg = _seg(SECTIONED[lang], lang)
    assert [(u.id, u.kind) for u in seg.units] == SECTIONED_IDS


@pytest.mark.parametrize("lang", LANGS)
def test_section_headings_keep_their_number_as_label(lang: str) -> None:
    seg = _seg(SECTIONED[lang], lang)
    labels = [seg.get(uid).label for uid in ("sec.2", "annex2.ch.2", "annex2.ch.2.B")]
    assert labels == {"en": ["II.", "II.", "B."], "fr": ["II.", "II.", "B."], "es": ["II.", "II.", "B."],
                      "ru": ["II.", "II.", "В."], "zh": ["二、", "二、", "B."], "ar": ["ثانيا -", "ثانيا -", "باء -"]}[lang]
    heading = seg.get("sec.2").text
    assert heading == {"en": "Technical assistance", "fr": "Assistance technique", "es": "Asistencia técnica",
                       "ru": "Техническая помощь", "zh": "技术援助", "ar": "المساعدة التقنية"}[lang]


# The numeral of a section on a line of its own, the title on the next, as many resolutions print it.
NUMERAL_ON_ITS_OWN_LINE = {
    "en": ("The General Assembly,", "Recalling its resolution 77/1,", ["I", "II"], ["Prevention", "Cooperation"],
           ["1. Calls upon States to act;", "2. Invites States to report.", "3. Requests the Secretary-General to report."]),
    "zh": ("大会，", "回顾其第77/1号决议，", ["一", "二"], ["预防", "合作"],
           ["1. 吁请各国采取行动；", "2. 请各国提交报告。", "3. 请秘书长提交报告。"]),
    "ar": ("إن الجمعية العامة،", "إذ تشير إلى قرارها 77/1،", ["أولا", "ثانيا"], ["المنع", "التعاون"],
           ["1 - تهيب بالدول أن تتخذ إجراءات؛", "2 - تدعو الدول إلى تقديم تقارير.", "3 - تطلب إلى الأمين العام أن يقدم تقريرا."]),
    "ru": ("Генеральная Ассамблея,", "ссылаясь на свою резолюцию 77/1,", ["I", "II"], ["Предупреждение", "Сотрудничество"],
           ["1. призывает государства принять меры;", "2. предлагает государствам представить доклады.",
            "3. просит Генерального секретаря представить доклад."]),
}


@pytest.mark.parametrize("lang", sorted(NUMERAL_ON_ITS_OWN_LINE))
def test_a_section_numeral_on_its_own_line_heads_the_title_below_it(lang: str) -> None:
    body, pp, numerals, titles, paras = NUMERAL_ON_ITS_OWN_LINE[lang]
    text = "\n\n".join([body, pp, numerals[0], titles[0], paras[0], paras[1], numerals[1], titles[1], paras[2]])
    seg = _seg(text, lang)
    assert [u.id for u in seg.units] == ["body", "pp.1", "sec.1", "op.1", "op.2", "sec.2", "op.3"]
    assert (seg.get("sec.2").label, seg.get("sec.2").text) == (numerals[1], titles[1])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_operative_numbering_that_starts_again_in_each_section_stays_unique(lang: str) -> None:
    body, pp, numerals, titles, paras = NUMERAL_ON_ITS_OWN_LINE[lang]
    renumbered = paras[2].replace("3", "1", 1)
    text = "\n\n".join([body, pp, numerals[0], titles[0], paras[0], paras[1], numerals[1], titles[1], renumbered])
    assert _ids(text, lang) == ["body", "pp.1", "sec.1", "op.1", "op.2", "sec.2", "sec.2.op.1"]


def test_a_numbered_chinese_paragraph_with_closing_punctuation_is_no_section() -> None:
    # Chinese legal style numbers paragraphs "一、"; a heading has no closing punctuation
    text = "大会，\n\n回顾其决议，\n\n一、核可建议；\n\n二、请秘书处报告。"
    assert _ids(text, "zh") == ["body", "pp.1", "op.1", "op.2"]


# --- a decision -------------------------------------------------------------------------------------------

DECISION = {
    "en": ("Decision 11/2", "Venue of the twelfth session of the Conference",
           "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,",
           "Recalling its decision 10/2,",
           "1. Decides that its twelfth session will be held in Vienna in 2024;",
           "2. Requests the Secretariat to make the necessary arrangements."),
    "zh": ("第 11/2 号决定", "缔约方会议第十二届会议的会址",
           "联合国打击跨国有组织犯罪公约缔约方会议，", "回顾其第10/2号决定，",
           "1. 决定其第十二届会议将于2024年在维也纳举行；", "2. 请秘书处作出必要安排。"),
    "fr": ("Décision 11/2", "Lieu de la douzième session de la Conférence",
           "La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée,",
           "Rappelant sa décision 10/2,",
           "1. Décide que sa douzième session se tiendra à Vienne en 2024 ;",
           "2. Prie le secrétariat de prendre les dispositions nécessaires."),
    "es": ("Decisión 11/2", "Lugar de celebración del 12º período de sesiones de la Conferencia",
           "La Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional,",
           "Recordando su decisión 10/2,",
           "1. Decide que su 12º período de sesiones se celebre en Viena en 2024;",
           "2. Solicita a la Secretaría que adopte las disposiciones necesarias."),
    "ru": ("Решение 11/2", "Место проведения двенадцатой сессии Конференции",
           "Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности,",
           "ссылаясь на свое решение 10/2,",
           "1. постановляет провести свою двенадцатую сессию в Вене в 2024 году;",
           "2. просит секретариат принять необходимые меры."),
    "ar": ("المقرر 11/2", "مكان انعقاد الدورة الثانية عشرة للمؤتمر",
           "إن مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية،",
           "إذ يشير إلى مقرره 10/2،",
           "1 - يقرر أن تعقد دورته الثانية عشرة في فيينا في عام 2024؛",
           "2 - يطلب إلى الأمانة أن تتخذ الترتيبات اللازمة."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_decision(lang: str) -> None:
    symbol, title, body, pp, op1, op2 = DECISION[lang]
    seg = _seg("\n\n".join(DECISION[lang]), lang)
    assert [(u.id, u.kind) for u in seg.units] == [("symbol", "symbol"), ("title", "title"), ("body", "acting-body"),
                                                   ("pp.1", "preambular"), ("op.1", "operative"), ("op.2", "operative")]
    assert seg.get("symbol").text == symbol
    # a decision without a preamble: the acting body is followed by the operative paragraphs
    assert _ids("\n\n".join([symbol, title, body, op1, op2]), lang) == ["symbol", "title", "body", "op.1", "op.2"]


# --- a report: chapters, lettered sections, numbered paragraphs, lettered items ---------------------------

REPORT = {
    "en": """CTOC/COP/WG.2/2023/5

Report on the meeting of the Working Group of Government Experts on Technical Assistance held in Vienna on 5 and 6 June 2023

I. Introduction

1. The Working Group of Government Experts on Technical Assistance held its sixteenth meeting in Vienna on 5 and 6 June 2023.

II. Recommendations

2. The Working Group adopted the following recommendations:

(a) States parties should share information on good practices;

(b) The Secretariat should continue:

(i) To develop tools;

(ii) To organize regional workshops.

III. Organization of the meeting

A. Opening of the meeting

3. The meeting was opened by the Chair, who noted that the Working Group had been established by the Conference in its decision 2/6.¹

B. Attendance

4. The meeting was attended by representatives of 95 States parties to the Convention and of several

2/3 23-10500

CTOC/COP/WG.2/2023/5

¹ See CTOC/COP/2005/8, chap. I.

intergovernmental organizations.

C. Documentation

5. The Working Group had before it the following documents:

(a) Provisional agenda (CTOC/COP/WG.2/2023/1);

(b) Background paper prepared by the Secretariat (CTOC/COP/WG.2/2023/2).
""",
    "zh": """CTOC/COP/WG.2/2023/5

2023年6月5日和6日在维也纳举行的技术援助问题政府专家工作组会议的报告

一、导言

1. 技术援助问题政府专家工作组于2023年6月5日和6日在维也纳举行了第十六次会议。

二、建议

2. 工作组通过了下列建议：

(a) 缔约国应当交流关于良好做法的信息；

(b) 秘书处应当继续：

㈠ 开发工具；

㈡ 举办区域讲习班。

三、会议安排

A. 会议开幕

3. 会议由主席宣布开幕，主席指出，工作组是缔约方会议在其第2/6号决定中设立的。¹

B. 出席情况

4. 《公约》95个缔约国以及若干

2/3 23-10500

CTOC/COP/WG.2/2023/5

¹ 见CTOC/COP/2005/8，第一章。

政府间组织的代表出席了会议。

C. 文件

5. 工作组收到了下列文件：

(a) 临时议程（CTOC/COP/WG.2/2023/1）；

(b) 秘书处编写的背景文件（CTOC/COP/WG.2/2023/2）。
""",
    "fr": """CTOC/COP/WG.2/2023/5

Rapport sur la réunion du Groupe de travail d'experts gouvernementaux sur l'assistance technique tenue à Vienne les 5 et 6 juin 2023

I. Introduction

1. Le Groupe de travail d'experts gouvernementaux sur l'assistance technique a tenu sa seizième réunion à Vienne les 5 et 6 juin 2023.

II. Recommandations

2. Le Groupe de travail a adopté les recommandations suivantes :

a) Les États parties devraient échanger des informations sur les bonnes pratiques ;

b) Le secrétariat devrait continuer :

i) D'élaborer des outils ;

ii) D'organiser des ateliers régionaux.

III. Organisation de la réunion

A. Ouverture de la réunion

3. La réunion a été ouverte par la Présidente, qui a rappelé que le Groupe de travail avait été créé par la Conférence dans sa décision 2/6¹.

B. Participation

4. Ont participé à la réunion des représentants de 95 États parties à la Convention et de plusieurs

2/3 23-10500

CTOC/COP/WG.2/2023/5

¹ Voir CTOC/COP/2005/8, chap. I.

organisations intergouvernementales.

C. Documentation

5. Le Groupe de travail était saisi des documents suivants :

a) Ordre du jour provisoire (CTOC/COP/WG.2/2023/1) ;

b) Document d'information établi par le secrétariat (CTOC/COP/WG.2/2023/2).
""",
    "es": """CTOC/COP/WG.2/2023/5

Informe sobre la reunión del Grupo de Trabajo de Expertos Gubernamentales sobre Asistencia Técnica celebrada en Viena los días 5 y 6 de junio de 2023

I. Introducción

1. El Grupo de Trabajo de Expertos Gubernamentales sobre Asistencia Técnica celebró su 16ª reunión en Viena los días 5 y 6 de junio de 2023.

II. Recomendaciones

2. El Grupo de Trabajo aprobó las recomendaciones siguientes:

a) Los Estados partes deberían intercambiar información sobre buenas prácticas;

b) La Secretaría debería seguir:

i) Elaborando instrumentos;

ii) Organizando talleres regionales.

III. Organización de la reunión

A. Apertura de la reunión

3. Inauguró la reunión la Presidenta, quien recordó que el Grupo de Trabajo había sido establecido por la Conferencia en su decisión 2/6¹.

B. Asistencia

4. Asistieron a la reunión representantes de 95 Estados partes en la Convención y de varias

2/3 23-10500

CTOC/COP/WG.2/2023/5

¹ Véase CTOC/COP/2005/8, cap. I.

organizaciones intergubernamentales.

C. Documentación

5. El Grupo de Trabajo tuvo ante sí los siguientes documentos:

a) Programa provisional (CTOC/COP/WG.2/2023/1);

b) Documento de antecedentes preparado por la Secretaría (CTOC/COP/WG.2/2023/2).
""",
    "ru": """CTOC/COP/WG.2/2023/5

Доклад о работе совещания Рабочей группы правительственных экспертов по технической помощи, состоявшегося в Вене 5 и 6 июня 2023 года

I. Введение

1. Рабочая группа правительственных экспертов по технической помощи провела свое шестнадцатое совещание в Вене 5 и 6 июня 2023 года.

II. Рекомендации

2. Рабочая группа приняла следующие рекомендации:

a) государствам-участникам следует обмениваться информацией о передовой практике;

b) секретариату следует продолжать:

i) разрабатывать инструменты;

ii) организовывать региональные семинары-практикумы.

III. Организация работы совещания

А. Открытие совещания

3. Совещание открыл Председатель, который отметил, что Рабочая группа была учреждена Конференцией в ее решении 2/6¹.

Б. Участники

4. В работе совещания приняли участие представители 95 государств – участников Конвенции и ряда

2/3 23-10500

CTOC/COP/WG.2/2023/5

¹ См. CTOC/COP/2005/8, глава I.

межправительственных организаций.

В. Документация

5. Рабочей группе были представлены следующие документы:

a) предварительная повестка дня (CTOC/COP/WG.2/2023/1);

b) справочный документ, подготовленный Секретариатом (CTOC/COP/WG.2/2023/2).
""",
    "ar": """CTOC/COP/WG.2/2023/5

تقرير عن اجتماع الفريق العامل الحكومي الدولي المعني بالمساعدة التقنية المعقود في فيينا يومي 5 و6 حزيران/يونيه 2023

أولا - مقدمة

1 - عقد الفريق العامل الحكومي الدولي المعني بالمساعدة التقنية اجتماعه السادس عشر في فيينا يومي 5 و6 حزيران/يونيه 2023.

ثانيا - التوصيات

2 - اعتمد الفريق العامل التوصيات التالية:

(أ) ينبغي للدول الأطراف أن تتبادل المعلومات عن الممارسات الجيدة؛

(ب) ينبغي للأمانة أن تواصل ما يلي:

’1‘ استحداث الأدوات؛

’2‘ تنظيم حلقات عمل إقليمية.

ثالثا - تنظيم الاجتماع

ألف - افتتاح الاجتماع

3 - افتتح الاجتماع الرئيس، الذي أشار إلى أن الفريق العامل أنشئ بموجب مقرر المؤتمر 2/6.¹

باء - الحضور

4 - حضر الاجتماع ممثلو 95 دولة طرفا في الاتفاقية وعدد من

2/3 23-10500

CTOC/COP/WG.2/2023/5

¹ انظر CTOC/COP/2005/8، الفصل الأول.

المنظمات الحكومية الدولية.

جيم - الوثائق

5 - كان معروضا على الفريق العامل الوثائق التالية:

(أ) جدول الأعمال المؤقت (CTOC/COP/WG.2/2023/1)؛

(ب) ورقة معلومات أساسية أعدتها الأمانة (CTOC/COP/WG.2/2023/2).
""",
}

REPORT_IDS = [
    ("symbol", "symbol"), ("p.1", "heading"),
    ("ch.1", "heading"), ("para.1", "paragraph"),
    ("ch.2", "heading"), ("para.2", "paragraph"), ("para.2.a", "item"), ("para.2.b", "item"),
    ("para.2.b.i", "subitem"), ("para.2.b.ii", "subitem"),
    ("ch.3", "heading"), ("ch.3.A", "heading"), ("para.3", "paragraph"), ("ch.3.B", "heading"), ("para.4", "paragraph"),
    ("ch.3.C", "heading"), ("para.5", "paragraph"), ("para.5.a", "item"), ("para.5.b", "item"),
    ("fn.1", "footnote"),
]


@pytest.mark.parametrize("lang", LANGS)
def test_report_sections_and_lettered_items(lang: str) -> None:
    seg = _seg(REPORT[lang], lang)
    assert [(u.id, u.kind) for u in seg.units] == REPORT_IDS
    assert seg.get("para.3").footnote_refs == ("fn.1",)
    assert seg.get("ch.3.C").label == {"en": "C.", "fr": "C.", "es": "C.", "zh": "C.", "ru": "В.", "ar": "جيم -"}[lang]
    para4 = seg.get("para.4")
    assert "¹" not in para4.raw and "23-10500" not in para4.raw
    tail = {"en": "several intergovernmental organizations.", "zh": "若干政府间组织的代表出席了会议。",
            "fr": "plusieurs organisations intergouvernementales.", "es": "varias organizaciones intergubernamentales.",
            "ru": "ряда межправительственных организаций.", "ar": "وعدد من المنظمات الحكومية الدولية."}[lang]
    assert para4.text.endswith(tail)


def test_report_numbered_subsections_inside_a_lettered_section() -> None:
    text = ("II. Recommendations\n\n3. The Working Group adopted the following recommendations:\n\n"
            "A. International cooperation\n\n1. Extradition\n\n"
            "4. States should review their treaties.\n\n2. Mutual legal assistance\n\n"
            "5. States should designate central authorities.\n\nB. Technical assistance\n\n6. Training should continue.")
    assert _ids(text, "en") == ["ch.2", "para.3", "ch.2.A", "ch.2.A.1", "para.4", "ch.2.A.2", "para.5", "ch.2.B", "para.6"]


def test_lettered_sections_without_chapters() -> None:
    text = ("Note by the Secretariat\n\nA. Background\n\n1. The Conference requested a note.\n\n"
            "B. Action required\n\n2. The Conference may wish to take note of the present note.")
    seg = _seg(text, "en")
    assert [u.id for u in seg.units] == ["p.1", "sec.A", "para.1", "sec.B", "para.2"]
    assert seg.get("sec.B").text == "Action required"


def test_a_ninth_lettered_section_is_no_roman_chapter() -> None:
    letters = "ABCDEFGHI"
    text = "\n\n".join(f"{c}. Heading {c}\n\n{n}. Paragraph {n}." for n, c in enumerate(letters, start=1))
    assert _ids(text, "en")[-2:] == ["sec.I", "para.9"]


def test_russian_section_letters_in_latin_or_in_cyrillic_order() -> None:
    latin_lookalikes = "А. Первый\n\n1. Текст.\n\nВ. Второй\n\n2. Текст.\n\nС. Третий\n\n3. Текст."
    cyrillic_order = "А. Первый\n\n1. Текст.\n\nБ. Второй\n\n2. Текст.\n\nВ. Третий\n\n3. Текст."
    for text in (latin_lookalikes, cyrillic_order):
        assert _ids(text, "ru") == ["sec.A", "para.1", "sec.B", "para.2", "sec.C", "para.3"]


@pytest.mark.parametrize("lang", LANGS)
def test_report_symbol_line_only_at_the_top(lang: str) -> None:
    # a report without a symbol line starts with its title as p.1, as before
    text = REPORT[lang].split("\n\n", 1)[1]
    assert _ids(text, lang)[:3] == ["p.1", "ch.1", "para.1"]


def test_a_capital_initial_out_of_the_letter_sequence_is_no_section() -> None:
    text = "I. Attendance\n\n1. The following took part:\n\nJ. Smith (Chair)\n\nA. Opening\n\n2. The Chair opened the meeting."
    ids = _ids(text, "en")
    assert ids == ["ch.1", "para.1", "p.1", "ch.1.A", "para.2"]


# --- the same documents as hard-wrapped PDF text ------------------------------------------------------------

# Each document already has a page break with footnote, page and job numbers and running header. The width of a
# hard-wrapped text is measured on its wrapped lines; the short Chinese versions have too few of them at the
# wider widths (a known limit), so those are run on the other languages.
LAYOUTS = [(44, lang) for lang in LANGS] + [(columns, lang) for columns in (58, 72) for lang in LANGS if lang != "zh"]


@pytest.mark.parametrize("columns, lang", LAYOUTS)
@pytest.mark.parametrize("documents", [GA_RESOLUTION, SECTIONED, REPORT], ids=["ga", "sectioned", "report"])
def test_a_hard_wrapped_layout_gives_the_same_units(columns: int, lang: str, documents: dict[str, str]) -> None:
    from tests.test_segment import _hard_wrap

    plain = documents[lang]
    text = _hard_wrap(plain, columns)
    assert text.count("\n") > plain.count("\n") + 2
    expected = [(u.id, u.kind, u.text) for u in _seg(plain, lang).units]
    assert [(u.id, u.kind, u.text) for u in _seg(text, lang).units] == expected


def test_an_acting_body_broken_by_a_page_break_is_found() -> None:
    from tests.test_segment import _hard_wrap

    text = _hard_wrap(SECTIONED["en"], 44)
    assert "United\nNations Convention against Transnational\nOrganized Crime," in text
    text = text.replace("against Transnational\n", "against Transnational\n\n2/9 V.22-10002\n\nResolution 11/3\n\n")
    seg = _seg(text, "en")
    assert [(u.id, u.kind) for u in seg.units] == SECTIONED_IDS
    assert seg.get("body").text.endswith("against Transnational Organized Crime,")


@pytest.mark.parametrize(("item", "sub"), [("（{}）", "（{}）"), ("({})", "({})"), ("（{}）", "㈠")])
def test_chinese_sub_paragraphs_in_full_width_brackets(item: str, sub: str) -> None:
    text = GA_RESOLUTION["zh"].replace("(a) ", item.format("a") + " ").replace("(b) ", item.format("b") + " ")
    if sub != "㈠":
        text = text.replace("㈠ ", sub.format("i") + " ").replace("㈡ ", sub.format("ii") + " ")
    assert _ids(text, "zh") == GA_IDS


def test_circled_numerals_that_are_the_first_level_stay_lettered_items() -> None:
    text = "大会，\n\n回顾其决议，\n\n1. 请秘书处：\n\n㈠ 提供援助；\n\n㈡ 提交报告。"
    assert _ids(text, "zh") == ["body", "pp.1", "op.1", "op.1.a", "op.1.b"]


@pytest.mark.parametrize(("token", "expected", "index"), [
    ("A", 0, 0), ("C", 0, 2), ("Ｂ", 0, 1), ("ألف", 0, 0), ("جيم", 0, 2), ("غين", 0, 27),
    ("Б", 1, 1), ("В", 1, 1), ("В", 2, 2), ("С", 2, 2), ("Г", 3, 3), ("Е", 4, 4), ("Е", 5, 5),
])
def test_section_letters_of_the_six_languages(token: str, expected: int, index: int) -> None:
    from aligner.numbering import section_letter_index

    assert section_letter_index(token, expected) == index


def test_a_token_that_is_no_section_letter_is_refused() -> None:
    from aligner.numbering import section_letter_index

    with pytest.raises(ValueError):
        section_letter_index("Ъ")


def test_section_letters_start_again_in_each_chapter() -> None:
    text = ("I. Opening\n\nA. Attendance\n\n1. Many attended.\n\nB. Agenda\n\n2. The agenda was adopted.\n\n"
            "II. Deliberations\n\nA. Cooperation\n\n3. Experts spoke.")
    assert _ids(text, "en") == ["ch.1", "ch.1.A", "para.1", "ch.1.B", "para.2", "ch.2", "ch.2.A", "para.3"]


def test_full_width_section_letters_in_chinese() -> None:
    text = "一、会议安排\n\nＡ．会议开幕\n\n1. 会议由主席宣布开幕。\n\nＢ．出席情况\n\n2. 许多国家出席了会议。"
    seg = _seg(text, "zh")
    assert [u.id for u in seg.units] == ["ch.1", "ch.1.A", "para.1", "ch.1.B", "para.2"]
    assert seg.get("ch.1.B").text == "出席情况"


@pytest.mark.parametrize("numeral", ["一、", "一. ", "一．"])
def test_chinese_chapter_numerals_with_a_pause_mark_or_a_full_stop(numeral: str) -> None:
    text = f"报告\n\n{numeral}导言\n\n1. 工作组举行了会议。\n\n{numeral.replace('一', '二')}建议\n\n2. 工作组通过了建议。"
    seg = _seg(text, "zh")
    assert [u.id for u in seg.units] == ["p.1", "ch.1", "para.1", "ch.2", "para.2"]
    assert seg.get("ch.2").text == "建议"


# --- a report with an annex; a Security Council resolution --------------------------------------------------

REPORT_WITH_ANNEX = {
    "en": ("I. Introduction", "1. The present report is submitted pursuant to resolution 11/1.",
           "2. It summarizes the replies received.", "Annex", "List of documents",
           "1. The Secretariat prepared the following documents:", "(a) Provisional agenda;", "(b) Background paper."),
    "zh": ("一、导言", "1. 本报告系根据第11/1号决议提交。", "2. 本报告概述了所收到的答复。", "附件", "文件清单",
           "1. 秘书处编写了下列文件：", "(a) 临时议程；", "(b) 背景文件。"),
    "fr": ("I. Introduction", "1. Le présent rapport est soumis en application de la résolution 11/1.",
           "2. Il résume les réponses reçues.", "Annexe", "Liste des documents",
           "1. Le secrétariat a établi les documents suivants :", "a) Ordre du jour provisoire ;", "b) Document d'information."),
    "es": ("I. Introducción", "1. El presente informe se presenta en cumplimiento de la resolución 11/1.",
           "2. En él se resumen las respuestas recibidas.", "Anexo", "Lista de documentos",
           "1. La Secretaría preparó los documentos siguientes:", "a) Programa provisional;", "b) Documento de antecedentes."),
    "ru": ("I. Введение", "1. Настоящий доклад представляется во исполнение резолюции 11/1.",
           "2. В нем кратко излагаются полученные ответы.", "Приложение", "Перечень документов",
           "1. Секретариат подготовил следующие документы:", "a) предварительная повестка дня;", "b) справочный документ."),
    "ar": ("أولا - مقدمة", "1 - يقدم هذا التقرير عملا بالقرار 11/1.", "2 - ويوجز التقرير الردود الواردة.", "المرفق",
           "قائمة الوثائق", "1 - أعدت الأمانة الوثائق التالية:", "(أ) جدول الأعمال المؤقت؛", "(ب) ورقة معلومات أساسية."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_reports_annex_numbers_its_paragraphs_again(lang: str) -> None:
    seg = _seg("\n\n".join(REPORT_WITH_ANNEX[lang]), lang)
    assert [(u.id, u.kind) for u in seg.units] == [
        ("ch.1", "heading"), ("para.1", "paragraph"), ("para.2", "paragraph"), ("annex1", "annex"),
        ("annex1.title", "annex-title"), ("annex1.1", "paragraph"), ("annex1.1.a", "item"), ("annex1.1.b", "item")]


SECURITY_COUNCIL = {
    "en": ("S/RES/2719 (2023)", "Resolution 2719 (2023)", "Adopted by the Security Council at its 9999th meeting, on 28 December 2023",
           "The Security Council,", "Recalling its previous resolutions,", "1. Decides to remain seized of the matter."),
    "zh": ("S/RES/2719 (2023)", "第2719(2023)号决议", "2023年12月28日安全理事会第9999次会议通过",
           "安全理事会，", "回顾其以往各项决议，", "1. 决定继续处理此案。"),
    "fr": ("S/RES/2719 (2023)", "Résolution 2719 (2023)", "Adoptée par le Conseil de sécurité à sa 9999e séance, le 28 décembre 2023",
           "Le Conseil de sécurité,", "Rappelant ses résolutions antérieures,", "1. Décide de rester saisi de la question."),
    "es": ("S/RES/2719 (2023)", "Resolución 2719 (2023)", "Aprobada por el Consejo de Seguridad en su 9999ª sesión, celebrada el 28 de diciembre de 2023",
           "El Consejo de Seguridad,", "Recordando sus resoluciones anteriores,", "1. Decide seguir ocupándose de la cuestión."),
    "ru": ("S/RES/2719 (2023)", "Резолюция 2719 (2023)", "принятая Советом Безопасности на его 9999-м заседании 28 декабря 2023 года",
           "Совет Безопасности,", "ссылаясь на свои предыдущие резолюции,", "1. постановляет продолжать заниматься этим вопросом."),
    "ar": ("S/RES/2719 (2023)", "القرار 2719 (2023)", "الذي اتخذه مجلس الأمن في جلسته 9999 المعقودة في 28 كانون الأول/ديسمبر 2023",
           "إن مجلس الأمن،", "إذ يشير إلى قراراته السابقة،", "1 - يقرر أن يبقي المسألة قيد نظره."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_security_council_resolution_number_line(lang: str) -> None:
    seg = _seg("\n\n".join(SECURITY_COUNCIL[lang]), lang)
    assert [(u.id, u.kind) for u in seg.units] == [
        ("symbol", "symbol"), ("symbol.2", "symbol"), ("adoption", "adoption"), ("body", "acting-body"),
        ("pp.1", "preambular"), ("op.1", "operative")]
    assert seg.get("adoption").text == SECURITY_COUNCIL[lang][2]


@pytest.mark.parametrize("lang", LANGS)
def test_a_title_under_the_number_is_no_adoption_line(lang: str) -> None:
    # a resolution's title that speaks of the Council: the line under the number is its title, not its adoption
    title = {"en": "Adopted texts of the Security Council and their implementation", "zh": "安全理事会通过的各项决议的执行情况",
             "fr": "Adoptée par le Conseil de sécurité", "es": "Aprobada por el Consejo de Seguridad",
             "ru": "принятая Советом Безопасности", "ar": "اتخذه مجلس الأمن"}[lang]
    lines = list(SECURITY_COUNCIL[lang])
    lines[2] = title
    seg = _seg("\n\n".join(lines), lang)
    assert seg.get("title") is not None and seg.get("title").text == title and seg.get("adoption") is None


def test_a_number_line_ending_in_a_comma_is_no_acting_body() -> None:
    # "Резолюция 2720 (2023)," / "принятая Советом Безопасности …": Russian runs the number line on into the
    # participle that says who adopted the resolution
    lines = list(SECURITY_COUNCIL["ru"][1:])
    lines[0] += ","
    seg = _seg("\n\n".join(lines), "ru")
    assert [(u.id, u.kind) for u in seg.units] == [
        ("symbol", "symbol"), ("adoption", "adoption"), ("body", "acting-body"), ("pp.1", "preambular"),
        ("op.1", "operative")]


def test_arabic_chapters_past_the_tenth() -> None:
    text = "عاشرا - المسائل الأخرى\n\n30 - لم تثر أي مسائل أخرى.\n\nحادي عشر - اعتماد التقرير\n\n31 - اعتمد التقرير."
    seg = _seg(text, "ar")
    assert [u.id for u in seg.units] == ["ch.10", "para.30", "ch.11", "para.31"]
    assert seg.get("ch.11").label == "حادي عشر -"


# --- a General Assembly resolution as PDF text gives it: cover page, plain footnote numbers, first-page footer ----

GA_AS_PDF = {
    "en": """United Nations A/RES/80/7

General Assembly Distr.: General 18 November 2025

Eightieth session Agenda item 89

Resolution adopted by the General Assembly on 14 November 2025

[without reference to a Main Committee (A/80/L.7)]

80/7. Report of the International Atomic Energy Agency

The General Assembly,

Having received the report of the International Atomic Energy Agency for 2024,1

Taking note of the statement made by the Director General of the Agency on 3 November 2025,2 which gives further information on the work of the Agency in 2025,

Recognizing the importance of the work of the Agency,

1. Takes note with appreciation of the report of the International Atomic Energy Agency;

2. Affirms its confidence in the role of the Agency in the peaceful uses of nuclear energy;

3. Appeals to States to continue to support the activities of the Agency.

43rd plenary meeting 14 November 2025

1 GC(69)/3.

2 See Official Records of the General Assembly, Eightieth Session, Plenary Meetings, 40th meeting (A/80/PV.40).

25-18492 (E) 201125

*2518492*
""",
    "zh": """联合国 A/RES/80/7

大 会 Distr.: General 18 November 2025

第八十届会议 议程项目 89

2025 年 11 月 14 日大会决议

[未经发交主要委员会（A/80/L.7）]

80/7. 国际原子能机构的报告

大会，

收到国际原子能机构 2024 年的报告，1

注意到原子能机构总干事 2025 年 11 月 3 日的发言，2 其中进一步介绍了原子能机构 2025 年的工作，

认识到原子能机构工作的重要性，

1. 赞赏地注意到国际原子能机构的报告；

2. 申明信任原子能机构在和平利用核能方面的作用；

3. 呼吁各国继续支持原子能机构的活动。

2025 年 11 月 14 日 第 43 次全体会议

1 GC(69)/3。

2 见《大会正式记录，第八十届会议，全体会议》，第 40 次会议（A/80/PV.40）。

25-18492 (C) 201125

*2518492*
""",
    "fr": """Nations Unies A/RES/80/7

Assemblée générale Distr. générale 18 novembre 2025

Quatre-vingtième session Point 89 de l'ordre du jour

Résolution adoptée par l'Assemblée générale le 14 novembre 2025

[sans renvoi à une grande commission (A/80/L.7)]

80/7. Rapport de l'Agence internationale de l'énergie atomique

L'Assemblée générale,

Ayant reçu le rapport de l'Agence internationale de l'énergie atomique pour l'année 2024,1

Prenant acte de la déclaration faite par le Directeur général de l'Agence le 3 novembre 2025,2 qui donne des informations complémentaires sur les travaux de l'Agence en 2025,

Consciente de l'importance des travaux de l'Agence,

1. Prend acte avec satisfaction du rapport de l'Agence internationale de l'énergie atomique ;

2. Réaffirme sa confiance dans le rôle de l'Agence dans les utilisations pacifiques de l'énergie nucléaire ;

3. Demande aux États de continuer à appuyer les activités de l'Agence.

43e séance plénière 14 novembre 2025

1 GC(69)/3.

2 Voir Documents officiels de l'Assemblée générale, quatre-vingtième session, séances plénières, 40e séance (A/80/PV.40).

25-18492 (F) 201125

*2518492*
""",
    "es": """Naciones Unidas A/RES/80/7

Asamblea General Distr. general 18 de noviembre de 2025

Octogésimo período de sesiones Tema 89 del programa

Resolución aprobada por la Asamblea General el 14 de noviembre de 2025

[sin remisión previa a una Comisión Principal (A/80/L.7)]

80/7. Informe del Organismo Internacional de Energía Atómica

La Asamblea General,

Habiendo recibido el informe del Organismo Internacional de Energía Atómica correspondiente a 2024,1

Tomando nota de la declaración formulada por el Director General del Organismo el 3 de noviembre de 2025,2 que ofrece más información sobre la labor del Organismo en 2025,

Reconociendo la importancia de la labor del Organismo,

1. Toma nota con aprecio del informe del Organismo Internacional de Energía Atómica;

2. Afirma su confianza en la función del Organismo en los usos pacíficos de la energía nuclear;

3. Exhorta a los Estados a que sigan apoyando las actividades del Organismo.

43ª sesión plenaria 14 de noviembre de 2025

1 GC(69)/3.

2 Véase Documentos Oficiales de la Asamblea General, octogésimo período de sesiones, sesiones plenarias, 40ª sesión (A/80/PV.40).

25-18492 (S) 201125

*2518492*
""",
    "ru": """Организация Объединенных Наций A/RES/80/7

Генеральная Ассамблея Distr.: General 18 November 2025

Восьмидесятая сессия Пункт 89 повестки дня

Резолюция, принятая Генеральной Ассамблеей 14 ноября 2025 года

[без передачи в главный комитет (A/80/L.7)]

80/7. Доклад Международного агентства по атомной энергии

Генеральная Ассамблея,

получив доклад Международного агентства по атомной энергии за 2024 год1,

принимая к сведению заявление Генерального директора Агентства от 3 ноября 2025 года2, в котором представлена дополнительная информация о работе Агентства в 2025 году,

признавая важность работы Агентства,

1. принимает с признательностью к сведению доклад Международного агентства по атомной энергии;

2. подтверждает свое доверие к роли Агентства в мирном использовании ядерной энергии;

3. призывает государства продолжать поддерживать деятельность Агентства.

43-е пленарное заседание 14 ноября 2025 года

1 GC(69)/3.

2 См. Официальные отчеты Генеральной Ассамблеи, восьмидесятая сессия, пленарные заседания, 40-е заседание (A/80/PV.40).

25-18492 (R) 201125

*2518492*
""",
    "ar": """الأمم المتحدة A/RES/80/7

الجمعية العامة Distr.: General 18 November 2025

الدورة الثمانون البند 89 من جدول الأعمال

قرار اتخذته الجمعية العامة في 14 تشرين الثاني/نوفمبر 2025

[دون إحالة إلى لجنة رئيسية (A/80/L.7)]

80/7 - تقرير الوكالة الدولية للطاقة الذرية

إن الجمعية العامة،

وقد تلقت تقرير الوكالة الدولية للطاقة الذرية عن عام 2024(1)،

وإذ تحيط علما بالبيان الذي أدلى به المدير العام للوكالة في 3 تشرين الثاني/نوفمبر 2025(2)، الذي يقدم معلومات إضافية عن أعمال الوكالة في عام 2025،

وإذ تسلم بأهمية أعمال الوكالة،

1 - تحيط علما مع التقدير بتقرير الوكالة الدولية للطاقة الذرية؛

2 - تؤكد ثقتها في دور الوكالة في استخدام الطاقة النووية في الأغراض السلمية؛

3 - تناشد الدول أن تواصل دعم أنشطة الوكالة.

الجلسة العامة 43 14 تشرين الثاني/نوفمبر 2025

(1) GC(69)/3.

(2) انظر الوثائق الرسمية للجمعية العامة، الدورة الثمانون، الجلسات العامة، الجلسة 40 (A/80/PV.40).

25-18492 (A) 201125

*2518492*
""",
}
GA_AS_PDF_IDS = ["masthead.1", "masthead.2", "cover.1", "cover.2", "cover.3", "title", "body", "pp.1", "pp.2",
                 "pp.3", "op.1", "op.2", "op.3", "adoption", "fn.1", "fn.2"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_general_assembly_resolution_as_pdf_text_gives_it(lang: str) -> None:
    """The masthead's first line holds the Organization's name and the symbol, its second the organ, the
    distribution and the date; footnote numbers lost their superscript ("for 2024,1", "2024(1)،" in Arabic); the
    first page's footer has the job number with its date and the bar code in text; the session and agenda item,
    on one line, the line saying who adopted the resolution and the bracketed line under it are the cover; the
    plenary meeting line closes the resolution."""
    seg = _seg(GA_AS_PDF[lang], lang)
    assert [u.id for u in seg.units] == GA_AS_PDF_IDS
    assert seg.get("masthead.1").kind == "masthead" and seg.get("masthead.1").text.endswith("A/RES/80/7")
    assert seg.get("title").text.startswith("80/7") and seg.get("cover.1").kind == "cover"
    assert seg.get("adoption").kind == "adoption"
    assert seg.get("pp.1").footnote_refs == ("fn.1",) and seg.get("pp.2").footnote_refs == ("fn.2",)
    assert seg.get("fn.1").text.startswith("GC(69)/3") and "A/80/PV.40" in seg.get("fn.2").text
    assert not any("2518492" in u.text or "201125" in u.text for u in seg.units)
    assert not seg.get("pp.1").text.rstrip("،,").endswith(("1", "(1)"))  # the marker is out of the clean text


#: The cover's three lines above, as pdftotext gives them without ``-layout``: each item on its own line.
GA_COVER_LINES = {
    "en": ["United Nations", "A/RES/80/7", "General Assembly", "Distr.: General", "18 November 2025",
           "Eightieth session", "Agenda item 89"],
    "zh": ["联合国", "A/RES/80/7", "大 会", "Distr.: General", "18 November 2025", "第八十届会议", "议程项目 89"],
    "fr": ["Nations Unies", "A/RES/80/7", "Assemblée générale", "Distr. générale", "18 novembre 2025",
           "Quatre-vingtième session", "Point 89 de l'ordre du jour"],
    "es": ["Naciones Unidas", "A/RES/80/7", "Asamblea General", "Distr. general", "18 de noviembre de 2025",
           "Octogésimo período de sesiones", "Tema 89 del programa"],
    "ru": ["Организация Объединенных Наций", "A/RES/80/7", "Генеральная Ассамблея", "Distr.: General",
           "18 November 2025", "Восьмидесятая сессия", "Пункт 89 повестки дня"],
    "ar": ["الأمم المتحدة", "A/RES/80/7", "الجمعية العامة", "Distr.: General", "18 November 2025",
           "الدورة الثمانون", "البند 89 من جدول الأعمال"],
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_cover_page_with_each_item_on_its_own_line_is_front_matter(lang: str) -> None:
    """Ten pieces of front matter above the acting body: the masthead's five (down to its date, the masthead of a
    resolution having no original language), the cover's four (session, agenda item; the line under it says who
    adopted the resolution, so is no title of the item; the bracketed line under that), then the resolution's
    title; the preamble and operative part are still found."""
    text = GA_AS_PDF[lang].split("\n\n", 3)[3]
    seg = _seg("\n\n".join(GA_COVER_LINES[lang]) + "\n\n" + text, lang)
    ids = [u.id for u in seg.units]
    assert ids[:10] == ["masthead.1", "masthead.2", "masthead.3", "masthead.4", "masthead.5", "cover.1", "cover.2",
                        "cover.3", "cover.4", "title"]
    assert ids[10:] == GA_AS_PDF_IDS[6:]
    assert [seg.get(uid).text for uid in ("cover.1", "cover.2")] == GA_COVER_LINES[lang][5:]
    assert seg.get("masthead.2").text == "A/RES/80/7" and seg.get("masthead.5").text == GA_COVER_LINES[lang][4]


@pytest.mark.parametrize("columns, lang", LAYOUTS)
def test_a_general_assembly_resolution_as_pdf_text_hard_wrapped(columns: int, lang: str) -> None:
    from tests.test_segment import _hard_wrap

    plain = GA_AS_PDF[lang]
    expected = [(u.id, u.kind, u.text, u.footnote_refs) for u in _seg(plain, lang).units]
    assert [(u.id, u.kind, u.text, u.footnote_refs) for u in _seg(_hard_wrap(plain, columns), lang).units] == expected


def test_a_decimal_comma_is_no_footnote_marker() -> None:
    """"3,1 %" is a figure: the marker of footnote 1 is the one glued to "précédente"."""
    text = ("L'Assemblée générale,\n\nNotant une hausse de 3,1 % par rapport à l'année précédente1,\n\n"
            "1. Prend acte du rapport.\n\n1 Voir A/80/100.\n")
    seg = _seg(text, "fr")
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1", "fn.1"]
    assert seg.get("pp.1").text == "Notant une hausse de 3,1 % par rapport à l'année précédente,"


#: A report as PDF text gives it: a cover page whose first line is the Organization's name and the symbol, the
#: symbol again as the running header of page 2, footnote numbers in plain digits ("in 2024.2").
REPORT_AS_PDF = """United Nations E/CN.15/2025/5

Economic and Social Council Distr.: General 10 February 2025

Original: English

Commission on Crime Prevention and Criminal Justice
Thirty-fourth session
Vienna, 19–23 May 2025
Item 5 of the provisional agenda*
Integration and coordination of efforts by the United Nations Office on Drugs and Crime

Implementation of the United Nations Convention against Transnational Organized Crime

Report of the Secretary-General

Summary
The present report has been prepared pursuant to resolution 33/2 of the Commission. It describes the activities undertaken by the Office in 2024 to assist States in implementing the Convention.

* E/CN.15/2025/1.

V.25-01234 (E) 120225

*2501234*

I. Introduction

1. In its resolution 33/2, the Commission requested the Secretary-General to report on the implementation of the Convention at its thirty-fourth session.1

2. The report covers the period from January to December 2024.

II. Activities of the Office

A. Legislative assistance

3. The Office provided legislative assistance to 25 States, including:

(a) Review of draft laws on mutual legal assistance;

(b) Training of legislative drafters.

B. Capacity-building

4. More than 2,000 practitioners were trained in 2024.2

1 See E/CN.15/2024/10.

2 Data as at 31 December 2024.

E/CN.15/2025/5

V.25-01234 2/4

III. Conclusions

5. The Commission may wish to take note of the present report.
"""


def test_a_report_as_pdf_text_gives_it() -> None:
    seg = _seg(REPORT_AS_PDF, "en")
    ids = [u.id for u in seg.units]
    assert ids[0] == "masthead.1" and seg.get("masthead.1").text == "United Nations E/CN.15/2025/5"
    assert ids[ids.index("ch.1"):] == ["ch.1", "para.1", "para.2", "ch.2", "ch.2.A", "para.3", "para.3.a", "para.3.b",
                                       "ch.2.B", "para.4", "ch.3", "para.5", "fn.*", "fn.1", "fn.2"]  # no header on page 2
    assert seg.get("para.1").footnote_refs == ("fn.1",) and seg.get("para.4").footnote_refs == ("fn.2",)
    assert seg.get("para.4").text == "More than 2,000 practitioners were trained in 2024."
    assert seg.get("fn.2").text == "Data as at 31 December 2024."
    agenda = next(u for u in seg.units if u.text.startswith("Item 5 of the provisional agenda"))
    assert agenda.footnote_refs == ("fn.*",) and seg.get("fn.*").text == "E/CN.15/2025/1."


# --- footnotes in plain digits, as PDF text gives them when the superscripts are lost ------------------------


def _plain_digit_footnotes(text: str, rule: bool = False) -> str:
    """``text`` with its superscript footnote numbers and markers in plain digits, the first footnote moved to the
    bottom of its page (above the footer, below a footnote rule if ``rule``), where a PDF page has it."""
    note = next(block for block in text.split("\n\n") if block.startswith("¹ "))
    text = text.replace(f"{note}\n\n", "")
    text = text.replace("2/4 23-26174", ("__________\n\n" if rule else "") + f"{note}\n\n2/4 23-26174")
    return text.replace("¹", "1").replace("²", "2")


@pytest.mark.parametrize("rule", [False, True], ids=["footer", "rule"])
@pytest.mark.parametrize("lang", LANGS)
def test_footnotes_in_plain_digits(lang: str, rule: bool) -> None:
    text = _plain_digit_footnotes(GA_RESOLUTION[lang], rule)
    assert "¹" not in text and "\n1 " in text and "\n2 " in text
    seg = _seg(text, lang)
    expected = _seg(GA_RESOLUTION[lang], lang)
    assert [(u.id, u.kind, u.text, u.footnote_refs) for u in seg.units] == \
        [(u.id, u.kind, u.text, u.footnote_refs) for u in expected.units]
    assert seg.get("fn.1").label == "1" and seg.get("fn.1").raw.startswith("1 ")
    assert seg.get("pp.1").raw.rstrip("،,").endswith("1")  # the marker stays in the raw text


@pytest.mark.parametrize("columns, lang", LAYOUTS)
def test_footnotes_in_plain_digits_in_a_hard_wrapped_layout(columns: int, lang: str) -> None:
    from tests.test_segment import _hard_wrap

    plain = _plain_digit_footnotes(GA_RESOLUTION[lang])
    expected = [(u.id, u.kind, u.text, u.footnote_refs) for u in _seg(plain, lang).units]
    assert [(u.id, u.kind, u.text, u.footnote_refs) for u in _seg(_hard_wrap(plain, columns), lang).units] == expected


def _pages_after_notes(text: str, foot: list[str]) -> str:
    """``text`` with the lines ``foot`` (page furniture, a form feed) after each run of its footnotes, where a page
    ends."""
    lines, out = text.split("\n"), []
    for number, line in enumerate(lines):
        out.append(line)
        following = next((later for later in lines[number + 1:] if later.strip()), "")
        if line.startswith(tuple("¹²³⁴")) and not following.startswith(tuple("¹²³⁴")):
            out += foot
    return "\n".join(out)


@pytest.mark.parametrize("lang", LANGS)
def test_the_sample_with_its_footnote_numbers_in_plain_digits(lang: str) -> None:
    """The sample with its superscripts lost and page furniture below its footnotes: the same units. In Chinese
    the text goes on right after a marker ("议定书2而开展")."""
    import corpora

    source = corpora.load("untoc-cop-res-11-1", lang).text
    plain = _pages_after_notes(source, ["", "V.22-10006 2/9", ""]).translate(str.maketrans("¹²³⁴", "1234"))
    assert "¹" not in plain and "V.22-10006" in plain
    expected = [(u.id, u.kind, u.text, u.footnote_refs) for u in _seg(source, lang).units]
    assert [(u.id, u.kind, u.text, u.footnote_refs) for u in _seg(plain, lang).units] == expected


def test_a_chinese_article_or_counted_figure_is_no_footnote_marker() -> None:
    """"第3条" and "3名" are an article and a figure; footnote 3's marker is the one after "机制"."""
    text = ("大会，\n\n回顾《公约》第3条规定的3名专家的工作和审议机制3而开展的工作，\n\n1. 决定继续审议。\n\n"
            "3 见A/80/100。\n\nV.22-10006 2/9\n")
    seg = _seg(text.replace("3 见", "1 见").replace("机制3而", "机制1而"), "zh")
    assert seg.get("pp.1").text == "回顾《公约》第3条规定的3名专家的工作和审议机制而开展的工作，"
    assert seg.get("pp.1").footnote_refs == ("fn.1",)


def test_a_footnote_marker_after_an_acronym() -> None:
    text = ("The General Assembly,\n\nWelcoming the work of UNODC1 in this field,\n\n1. Decides to continue.\n\n"
            "1 See A/80/100.\n\nV.22-10006 2/9\n")
    seg = _seg(text, "en")
    assert seg.get("pp.1").text == "Welcoming the work of UNODC in this field," and seg.get("pp.1").footnote_refs == ("fn.1",)


def test_a_footnote_in_plain_digits_over_several_lines_and_glued_markers() -> None:
    text = ("The General Assembly,\n\nRecalling the Convention1 and the Protocols thereto,2\n\n"
            "Noting resolution 55/25 of 15 November 2000 and the 2021 report,\n\n1. Decides to continue.\n\n"
            "__________\n1  United Nations, Treaty Series, vol. 2225,\nNo. 39574.\n2  Ibid., vols. 2237, 2241 and 2326.\n\n"
            "2/5 V.22-12345\n")
    seg = _seg(text, "en")
    assert [u.id for u in seg.units] == ["body", "pp.1", "pp.2", "op.1", "fn.1", "fn.2"]
    assert seg.get("pp.1").text == "Recalling the Convention and the Protocols thereto,"
    assert seg.get("pp.1").footnote_refs == ("fn.1", "fn.2")
    assert seg.get("pp.2").text == "Noting resolution 55/25 of 15 November 2000 and the 2021 report,"
    assert seg.get("fn.1").text == "United Nations, Treaty Series, vol. 2225, No. 39574."


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar"])
def test_footnote_markers_pdftotext_sets_apart_from_their_words(lang: str) -> None:
    """pdftotext gives a raised footnote number a little right of its word as a figure after a space ("Crime 1 and
    that", "thereto, 2"), and starts each page with a form feed: the sample so given, its footnotes at the foot of
    their pages, gives its units, texts and footnote references."""
    import corpora

    source = corpora.load("untoc-cop-res-11-1", lang).text
    spaced = re.sub(r"(?<=\S)([¹²³⁴])", r" \1", _pages_after_notes(source, ["\f"])).translate(str.maketrans("¹²³⁴", "1234"))
    assert "¹" not in spaced and re.search(r"[^\W\d] 1\W", spaced) and "\f" in spaced
    expected = [(u.id, u.kind, u.text, u.footnote_refs) for u in _seg(source, lang).units]
    assert [(u.id, u.kind, u.text, u.footnote_refs) for u in _seg(spaced, lang).units] == expected


@pytest.mark.parametrize("before, after", [
    ("under article 1 of the Convention", "under the Convention 1 and its Protocols"),
    ("in paragraph 1 and", "in the report 1 and"),
    ("on 1 March 2024 the", "on Monday 1 the"),
])
def test_a_figure_a_word_counts_or_a_date_is_no_footnote_marker_set_apart(before: str, after: str) -> None:
    """A figure after a space is a footnote marker only where it follows no word that counts or numbers it, and goes
    on in lower case or punctuation: the marker is the later figure."""
    text = (f"The General Assembly,\n\nRecalling the work done {before} text, and {after} text,\n\n"
            "1. Decides to continue.\n\n1 See A/80/100.\n\fNoting the report,\n\n2. Requests a report.\n")
    seg = _seg(text, "en")
    assert seg.get("pp.1").footnote_refs == ("fn.1",) and seg.get("fn.1").text == "See A/80/100."
    assert before in seg.get("pp.1").text and after.replace(" 1 ", " ").replace(" 1", "") in seg.get("pp.1").text


# Resolutions whose last lines on a page, above the footer, start with a number that is no footnote.
NOT_FOOTNOTES = {
    # an operative paragraph numbered without a full stop, with no marker of a footnote 1 above it
    "numbered paragraph": "The General Assembly,\n\nRecalling resolution 55/25,\n\n1 Decides to continue;\n\n2/5 V.22-12345\n\n"
                          "2 Requests a report.",
    # the same, where the preamble does have a footnote 1 (superscript): the numbering goes on from it
    "after a footnote": "The General Assembly,\n\nRecalling resolution 55/25,¹\n\n¹ See A/RES/55/25.\n\n"
                        "Noting the report,1\n\n1 Decides to continue;\n\n2/5 V.22-12345\n\n2 Requests a report.",
    # a wrapped line that starts with a number; "25" stands in the text above, but in a resolution symbol
    "wrapped number": "The General Assembly,\n\nRecalling resolution 55/25 and the meeting held on\n"
                      "25 and 26 March 2021 in Vienna,\n\n2/5 V.22-12345\n\n1. Decides to continue.",
    # numbers that do not follow each other
    "out of sequence": "The General Assembly,\n\nRecalling the Convention,1 and its Protocols,3\n\n"
                       "1 United Nations, Treaty Series, vol. 2225.\n3 Ibid., vol. 2237.\n\n2/5 V.22-12345\n\n1. Decides to continue.",
    "out of sequence, apart": "The General Assembly,\n\nRecalling the Convention,1 and its Protocols,3\n\n"
                              "1 United Nations, Treaty Series, vol. 2225,\n\n3 Ibid., vol. 2237.\n\n2/5 V.22-12345\n\n"
                              "1. Decides to continue.",
}


@pytest.mark.parametrize("name", sorted(NOT_FOOTNOTES))
def test_numbers_at_the_start_of_a_line_that_are_no_footnotes(name: str) -> None:
    text = NOT_FOOTNOTES[name]
    seg = _seg(text, "en")
    plain_notes = [u for u in seg.units if u.kind == "footnote" and u.label.isdecimal()]
    assert plain_notes == []
    assert all(u.footnote_refs in ((), ("fn.1",)) for u in seg.units)
    joined = " ".join(u.text for u in seg.units)
    kept = {"numbered paragraph": ["55/25", "1 Decides"], "after a footnote": ["Noting the report,1", "1 Decides"],
            "wrapped number": ["55/25", "25 and 26 March 2021"], "out of sequence": ["Convention,1", "Protocols,3"],
            "out of sequence, apart": ["Convention,1", "Protocols,3"]}
    for words in kept[name]:
        assert words in joined


# --- footnote markers lost to "?" in a conversion to a code page without superscript digits --------------------

#: Language and code page: GBK and Windows-1251 lose every superscript, Windows-1252 and -1256 only "⁴"; KOI8-R and
#: DOS 850 also lose the quotation marks (« », “ ”) and KOI8-R the dash between figures ("23–27 мая").
LOST_MARKERS = [("zh", "gbk"), ("ru", "cp1251"), ("ru", "koi8-r"), ("ar", "cp1256"), ("fr", "cp1252"),
                ("es", "cp850"), ("en", "cp1252")]


def _units(seg: Segmentation) -> list[tuple]:
    return [(u.id, u.kind, u.text, u.footnote_refs) for u in seg.units]


@pytest.mark.parametrize("lang, encoding", LOST_MARKERS)
def test_the_sample_converted_to_a_code_page_without_superscripts(tmp_path, lang: str, encoding: str) -> None:
    """Each lost character is a "?" in the file; the footnotes and their markers are read as in the original, and
    every other "?" stays in the text."""
    from aligner.readers import read_document

    source = corpora.load("untoc-cop-res-11-1", lang).text
    path = tmp_path / f"{lang}.txt"
    path.write_bytes(source.encode(encoding, errors="replace"))
    lossy = read_document(path, lang=lang)
    assert "\n? " in lossy.text or "\n?\u00a0" in lossy.text
    lost = str.maketrans({char: "?" for char in set(source) if char.encode(encoding, errors="replace") == b"?"})
    expected = [(uid, kind, text.translate(lost), refs) for uid, kind, text, refs in _units(_seg(source, lang))]
    assert _units(segment(lossy)) == expected


def test_lost_markers_after_kept_ones_and_as_unknown_characters() -> None:
    """Footnotes 1 and 2 kept their superscripts, 3 lost them (as "?" or, where a reader could not decode them,
    as U+FFFD): 3 is numbered on from 2."""
    text = ("The General Assembly,\n\nRecalling the Convention¹ and the Protocols thereto,²\n\n"
            "Noting the report of the Working Group,?\n\n1. Decides to continue.\n\n"
            "¹ United Nations, Treaty Series, vol. 2225.\n\n² Ibid., vol. 2237.\n\n? CTOC/COP/WG.2/2022/4.\n")
    for mark in ("?", "\ufffd"):
        seg = _seg(text.replace("?", mark), "en")
        assert [u.id for u in seg.units] == ["body", "pp.1", "pp.2", "op.1", "fn.1", "fn.2", "fn.3"]
        assert seg.get("pp.2").text == "Noting the report of the Working Group," and seg.get("pp.2").footnote_refs == ("fn.3",)
        assert seg.get("fn.3").text == "CTOC/COP/WG.2/2022/4."


def test_a_lost_footnote_number_of_two_digits() -> None:
    """Footnote 10 lost both digits: "??" in the text and at the start of its line; a single "?" cannot be it."""
    paragraphs = "".join(f"Recalling resolution {n}/1,?\n\n" for n in range(1, 11))
    notes = "".join(f"? Resolution {n}/1.\n\n" for n in range(1, 10)) + "?? Resolution 10/1.\n"
    text = f"The General Assembly,\n\n{paragraphs.replace('10/1,?', '10/1,??')}1. Decides to continue.\n\n{notes}"
    seg = _seg(text, "en")
    assert seg.get("pp.10").footnote_refs == ("fn.10",) and seg.get("fn.10").text == "Resolution 10/1."
    assert [u.id for u in seg.units if u.kind == "footnote"] == [f"fn.{n}" for n in range(1, 11)]
    one_mark = _seg(text.replace("10/1,??", "10/1,?"), "en")
    assert [u for u in one_mark.units if u.kind == "footnote"] == []


def test_a_real_question_mark_beside_lost_markers() -> None:
    """A question in the text is no lost marker: one "?" more than lost footnotes, the one that reads as a question
    mark (after a word, before a capital or the end of the line) is left in the text; where none does, no "?" is
    read as a marker."""
    text = ("The General Assembly,\n\nRecalling the Convention,?\n\nConsidering the question: what is to be done?\n\n"
            "1. Decides to continue.\n\n? United Nations, Treaty Series, vol. 2225.\n")
    seg = _seg(text, "en")
    assert seg.get("pp.1").text == "Recalling the Convention," and seg.get("pp.1").footnote_refs == ("fn.1",)
    assert seg.get("pp.2").text == "Considering the question: what is to be done?"
    assert seg.get("fn.1").text == "United Nations, Treaty Series, vol. 2225."
    unsure = _seg(text.replace("to be done?", "to be done? and by whom,"), "en")
    assert [u for u in unsure.units if u.kind == "footnote"] == []
    assert "Recalling the Convention,?" in [u.text for u in unsure.units]


# --- a footnote run on to the next page with no rule line above that page's footnotes ---------------------------

# Per language: symbol, title, acting body, a preambular paragraph with marker 1, footnote 1 broken off at the
# bottom of page 1, the footer, a preambular paragraph with marker 2, an operative paragraph, the rest of
# footnote 1 (at the bottom of page 2, above footnote 2), footnote 2.
RUN_ON = {
    "en": ("Resolution 11/1", "International cooperation", "The Conference of the Parties,",
           "Recalling the United Nations Convention against Transnational Organized Crime,¹",
           "¹ United Nations, Treaty Series, vol. 2225, No. 39574; the Protocols thereto are", "2/5 V.22-12345",
           "Noting the work of the Working Group on International Cooperation,²",
           "1. Encourages States parties to cooperate.", "published in vols. 2237, 2241 and 2326.",
           "² See CTOC/COP/WG.3/2022/4."),
    "zh": ("第 11/1 号决议", "国际合作", "缔约方会议，", "回顾《联合国打击跨国有组织犯罪公约》，¹",
           "¹ 联合国，《条约汇编》，第2225卷，第39574号；各项议定书见", "2/5 V.22-12345",
           "注意到国际合作工作组的工作，²", "1. 鼓励各缔约国开展合作。", "第2237、2241和2326卷。",
           "² 见CTOC/COP/WG.3/2022/4。"),
    "fr": ("Résolution 11/1", "Coopération internationale", "La Conférence des Parties,",
           "Rappelant la Convention des Nations Unies contre la criminalité transnationale organisée¹,",
           "¹ Nations Unies, Recueil des Traités, vol. 2225, no 39574 ; les Protocoles s'y rapportant sont",
           "2/5 V.22-12345", "Prenant note des travaux du Groupe de travail sur la coopération internationale²,",
           "1. Encourage les États parties à coopérer.", "publiés dans les vol. 2237, 2241 et 2326.",
           "² Voir CTOC/COP/WG.3/2022/4."),
    "es": ("Resolución 11/1", "Cooperación internacional", "La Conferencia de las Partes,",
           "Recordando la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional¹,",
           "¹ Naciones Unidas, Treaty Series, vol. 2225, núm. 39574; los Protocolos correspondientes figuran en",
           "2/5 V.22-12345", "Tomando nota de la labor del Grupo de Trabajo sobre Cooperación Internacional²,",
           "1. Alienta a los Estados partes a cooperar.", "los vols. 2237, 2241 y 2326.",
           "² Véase CTOC/COP/WG.3/2022/4."),
    "ru": ("Резолюция 11/1", "Международное сотрудничество", "Конференция участников,",
           "ссылаясь на Конвенцию Организации Объединенных Наций против транснациональной организованной преступности¹,",
           "¹ United Nations, Treaty Series, vol. 2225, No. 39574; протоколы к ней опубликованы в", "2/5 V.22-12345",
           "отмечая работу Рабочей группы по международному сотрудничеству²,",
           "1. призывает государства-участники сотрудничать.", "vols. 2237, 2241 и 2326.",
           "² См. CTOC/COP/WG.3/2022/4."),
    "ar": ("القرار 11/1", "التعاون الدولي", "إن مؤتمر الأطراف،",
           "إذ يشير إلى اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية¹،",
           "¹ الأمم المتحدة، مجموعة المعاهدات، المجلد 2225، الرقم 39574؛ والبروتوكولات الملحقة بها منشورة في",
           "2/5 V.22-12345", "وإذ يرحب بعمل الفريق العامل المعني بالتعاون الدولي²،", "1 - يشجع الدول الأطراف على التعاون.",
           "المجلدات 2237 و2241 و2326.", "² انظر CTOC/COP/WG.3/2022/4."),
}
RUN_ON_IDS = ["symbol", "title", "body", "pp.1", "pp.2", "op.1", "fn.1", "fn.2"]


def _run_on_text(lines: tuple[str, ...]) -> str:
    return "\n\n".join(lines) + "\n"


def _check_run_on(seg: Segmentation, lines: tuple[str, ...], ids: list[str]) -> None:
    assert [u.id for u in seg.units] == ids
    tail = lines[8]
    assert seg.get("fn.1").text.endswith(tail) and seg.get("fn.1").text.startswith(lines[4][2:].split(" ")[0])
    assert tail in seg.get("fn.1").raw
    assert all(tail not in u.text for u in seg.units if u.kind != "footnote")
    assert seg.get("op.1").text == lines[7].split(" ", 1)[1].removeprefix("- ")


@pytest.mark.parametrize("lang", LANGS)
def test_a_footnote_run_on_without_a_rule_line_above_the_next_pages_footnotes(lang: str) -> None:
    lines = RUN_ON[lang]
    seg = _seg(_run_on_text(lines), lang)
    _check_run_on(seg, lines, RUN_ON_IDS)
    assert seg.get("fn.2").text == lines[9][2:]


@pytest.mark.parametrize("lang", LANGS)
def test_a_footnote_run_on_without_a_rule_line_above_the_next_footer(lang: str) -> None:
    # the second page has no footnote of its own: the rest of footnote 1 stands right above the footer, or ends the text
    lines = RUN_ON[lang][:6] + (RUN_ON[lang][6].replace("²", ""),) + RUN_ON[lang][7:9]
    ids = RUN_ON_IDS[:-1]
    _check_run_on(_seg(_run_on_text(lines + ("3/5 V.22-12345",)), lang), lines, ids)
    _check_run_on(_seg(_run_on_text(lines), lang), lines, ids)


@pytest.mark.parametrize("columns, lang", [(44, lang) for lang in LANGS] + [(72, lang) for lang in LANGS if lang != "zh"])
def test_a_footnote_run_on_without_a_rule_line_hard_wrapped(columns: int, lang: str) -> None:
    from tests.test_segment import _hard_wrap

    # (the body of so short a text is not always joined as in the plain text: too few wrapped lines to measure)
    plain = _run_on_text(RUN_ON[lang])
    expected = [(u.id, u.text) for u in _seg(plain, lang).units if u.kind == "footnote"]
    seg = _seg(_hard_wrap(plain, columns), lang)
    assert [(u.id, u.text) for u in seg.units if u.kind == "footnote"] == expected
    assert not any(RUN_ON[lang][8].split(" ")[-1] in u.text for u in seg.units if u.kind != "footnote")


def _not_run_on(lines: list[str], lang: str, tail: str) -> None:
    """``tail`` stays in the body: footnote 1 keeps its own text."""
    seg = _seg(_run_on_text(tuple(lines)), lang)
    assert seg.get("fn.1").text == lines[4][2:]
    assert any(tail in u.text for u in seg.units if u.kind != "footnote")


@pytest.mark.parametrize("lang", LANGS)
def test_text_after_a_finished_footnote_is_no_run_on(lang: str) -> None:
    lines = list(RUN_ON[lang])
    lines[4] = lines[4].rsplit(";" if lang != "ar" else "؛", 1)[0] + ("。" if lang == "zh" else ".")
    _not_run_on(lines, lang, lines[8])


@pytest.mark.parametrize("lang", LANGS)
def test_a_numbered_or_marked_paragraph_at_the_bottom_of_a_page_is_no_run_on(lang: str) -> None:
    lines = list(RUN_ON[lang])
    lines[8] = lines[7].replace("1", "2", 1)  # a second operative paragraph
    _not_run_on(lines, lang, lines[7].split(" ", 1)[1].removeprefix("- "))
    seg = _seg(_run_on_text(tuple(lines)), lang)
    assert [u.id for u in seg.units] == ["symbol", "title", "body", "pp.1", "pp.2", "op.1", "op.2", "fn.1", "fn.2"]
    lines = list(RUN_ON[lang])
    lines[8] = lines[8][:-1] + "²" + lines[8][-1]  # it carries the marker of footnote 2
    lines[6] = lines[6].replace("²", "")
    _not_run_on(lines, lang, RUN_ON[lang][8][:-1])


@pytest.mark.parametrize("lang", LANGS)
def test_text_two_pages_after_the_footnote_or_after_an_unfinished_paragraph_is_no_run_on(lang: str) -> None:
    lines = list(RUN_ON[lang])
    _not_run_on(lines[:7] + ["3/5 V.22-12346"] + lines[7:], lang, lines[8])
    broken = lines[7].rstrip(".。")  # the paragraph above breaks off: the text below is not a footnote's
    _not_run_on(lines[:7] + [broken] + lines[8:], lang, lines[8])


def test_text_followed_by_more_text_is_no_run_on() -> None:
    lines = list(RUN_ON["en"])
    _not_run_on(lines[:9] + ["2. Requests the Secretariat to report."] + lines[9:], "en", lines[8])


@pytest.mark.parametrize("lang", LANGS)
def test_a_footnote_in_plain_digits_run_on_to_the_next_page(lang: str) -> None:
    lines = tuple(line.replace("¹", "1").replace("²", "2") for line in RUN_ON[lang])
    seg = _seg(_run_on_text(lines), lang)
    _check_run_on(seg, lines, RUN_ON_IDS)
    assert seg.get("pp.2").footnote_refs == ("fn.2",) and seg.get("fn.2").label == "2"


def test_a_plain_digit_footnote_whose_wrapped_line_starts_with_a_number() -> None:
    text = ("The General Assembly,\n\nRecalling the Convention,1 and the Protocols thereto,2\n\n1. Decides to continue.\n\n"
            "1 Adopted by the General Assembly in resolution 55/25 of\n15 November 2000.\n2 Ibid.\n\n2/5 V.22-12345\n")
    seg = _seg(text, "en")
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1", "fn.1", "fn.2"]
    assert seg.get("fn.1").text == "Adopted by the General Assembly in resolution 55/25 of 15 November 2000."
    assert seg.get("pp.1").footnote_refs == ("fn.1", "fn.2")


def test_a_numbered_paragraph_without_a_full_stop_above_plain_digit_footnotes() -> None:
    text = ("The General Assembly,\n\nRecalling the Convention,1\n\n1 Decides to continue;\n\n"
            "1 United Nations, Treaty Series, vol. 2225.\n\n2/5 V.22-12345\n")
    seg = _seg(text, "en")
    assert [u.text for u in seg.units if u.kind == "footnote"] == ["United Nations, Treaty Series, vol. 2225."]
    assert any(u.text == "1 Decides to continue;" for u in seg.units)


def _rewrapped_at(text: str, line_start: str, share: float, columns: int) -> str:
    """``text`` (hard-wrapped at ``columns``) with the line starting ``line_start`` broken again at a space before
    ``share`` of the width, the rest of its paragraph wrapped again: a line of justified Arabic that holds few
    characters."""
    from tests.test_segment import _hard_wrap

    lines = text.split("\n")
    k = next(i for i, line in enumerate(lines) if line.startswith(line_start))
    end = next(i for i in range(k, len(lines)) if not lines[i].strip())
    paragraph = " ".join(lines[k:end])
    cut = paragraph.rfind(" ", 0, int(share * columns))
    lines[k:end] = [paragraph[:cut]] + _hard_wrap(paragraph[cut + 1:], columns).split("\n")
    return "\n".join(lines)


@pytest.mark.parametrize("start, share", [("إذ يلاحظ", 0.66), ("وإذ يشير إلى قراره 10/4", 0.66)])
def test_an_arabic_line_holding_few_characters_goes_on_its_paragraph(start: str, share: float) -> None:
    """Arabic letters differ in width, and a line justified with kashidas holds fewer of them: a line that counts
    ~60 % of the width in characters, mid-sentence (or at a comma, in a text with blank lines between its
    paragraphs), goes on its paragraph; Arabic has no lower case to tell so."""
    from aligner.tokens import columns
    from tests.test_segment import _hard_wrap

    plain = corpora.load("untoc-cop-res-11-1", "ar").text
    expected = [(u.id, u.text) for u in _seg(plain, "ar").units]
    wrapped = _rewrapped_at(_hard_wrap(plain, 90), start, share, 90)
    short = next(line for line in wrapped.split("\n") if line.startswith(start))
    assert 0.55 * 90 <= columns(short) < 0.66 * 90 and short[-1] not in ".؛:"  # mid-sentence, or at a comma
    assert [(u.id, u.text) for u in _seg(wrapped, "ar").units] == expected


def test_an_arabic_paragraph_number_glued_to_its_text() -> None:
    """PDF text may give an Arabic paragraph's number and dash glued to its first word ("1-يقر")."""
    seg = _seg("إن مؤتمر الأطراف،\n\n1-يقر التوصيات الواردة في المرفق؛\n\n2-يطلب إلى الأمانة أن تقدم تقريرا.\n", "ar")
    assert [(u.id, u.label, u.text) for u in seg.units][1:] == [
        ("op.1", "1-", "يقر التوصيات الواردة في المرفق؛"), ("op.2", "2-", "يطلب إلى الأمانة أن تقدم تقريرا.")]


#: A General Assembly resolution of the 1990s as the Organization's plain-text files give it: the masthead with
#: "Distr." and "GENERAL" on two lines, the cover in capitals, hard-wrapped paragraphs indented, "Page 2" under
#: the running symbol, footnotes numbered "1/" under a rule at the bottom of each page, form feeds between pages,
#: the plenary meeting and date right-aligned on two lines.
OLD_GA_EN = """          UNITED
          NATIONS                                              A
          General Assembly                      Distr.
                                                GENERAL

                                                A/RES/52/85
                                                12 December 1997

Fifty-second session
Agenda item 103

               RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY

               [on the report of the Third Committee (A/52/635)]

     52/85.    Follow-up to the Naples Political Declaration and Global
               Action Plan against Organized Transnational Crime

     The General Assembly,

     Recalling its resolution 49/159 of 23 December 1994, in which it
approved the Naples Political Declaration and Global Action Plan against
Organized Transnational Crime, 1/ adopted by the World Ministerial
Conference on Organized Transnational Crime, held at Naples, Italy, from
21 to 23 November 1994,

     1.   Takes note of the report of the Secretary-General on the
implementation of the Naples Political Declaration and Global Action
Plan 2/ and the report on the question of the elaboration of an
international convention against organized transnational crime; 3/

_______________

     1/  A/49/748, annex, chap. I, sect. A.

     2/  E/CN.15/1997/7 and Add.1.

     3/  E/CN.15/1997/7/Add.2.
\f
                                                A/RES/52/85
                                                Page 2

     2.   Also takes note of the forty recommendations of the Senior Experts
Group on Transnational Organized Crime, endorsed at Lyon, France, from 27
to 29 June 1996; 4/

                                                   70th plenary meeting
                                                   12 December 1997

_______________

     4/  E/CN.15/1997/7/Add.1.
"""


#: The Chinese version, as a GB2312 file of the time gives it ("第2页" under the symbol, the date above the meeting).
OLD_GA_ZH = """联合国                                                  A
大    会                                    Distr.
                                            GENERAL

                                            A/RES/52/85
                                            1998年2月9日

第五十二届会议
议程项目103

                      大会决议

            [根据第三委员会的报告(A/52/635)通过]

     52/85．《那不勒斯政治宣言和打击有组织跨国犯罪全球行动计划》
            的后续行动

     大会，

     回顾其核可1994年11月21日至23日在意大利那不勒斯举行的有组织跨国
犯罪问题世界部长级会议通过的《那不勒斯政治宣言和打击有组织跨国犯罪全球
行动计划》1/的1994年12月23日第49/159号决议，

     1．注意到秘书长关于《那不勒斯政治宣言和打击有组织跨国犯罪全球行动
计划》执行情况的报告2/和关于拟订一项打击有组织跨国犯罪国际公约问题的报
告；3/

_______________

     1/  A/49/748，附件，第一章，A节。

     2/  E/CN.15/1997/7和Add.1。

     3/  E/CN.15/1997/7/Add.2。
\f
                                            A/RES/52/85
                                            第2页

     2．又注意到经济及社会理事会第1997/22号决议附件一所载有组织跨国犯罪
问题高级专家组核可的四十项建议；4/

                                                1997年12月12日
                                                第70次全体会议

_______________

     4/  E/CN.15/1997/7/Add.1。
"""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_general_assembly_resolution_of_the_1990s_as_plain_text(lang: str, tmp_path) -> None:
    from aligner.readers import read_document

    text = {"en": OLD_GA_EN, "zh": OLD_GA_ZH}[lang]
    path = tmp_path / f"A_RES_52_85.{lang}.txt"
    path.write_bytes(text.encode("gb2312" if lang == "zh" else "ascii"))
    seg = segment(read_document(path, lang=lang))
    assert [u.id for u in seg.units] == [
        "masthead.1", "masthead.2", "masthead.3", "cover.1", "cover.2", "cover.3", "cover.4", "title", "body",
        "pp.1", "op.1", "op.2", "adoption", "fn.1", "fn.2", "fn.3", "fn.4"]
    # the masthead keeps its symbol (repeated as the running header of page 2), on the sixth line in English
    assert seg.get("masthead.3").text.startswith("A/RES/52/85 ")
    assert seg.get("cover.3").text in ("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY", "大会决议")  # no item title
    assert seg.get("cover.2").text in ("Agenda item 103", "议程项目103")
    assert len(seg.get("title").sentences) == 1  # "52/85." ends no sentence
    assert all("  " not in u.text for u in seg.units) and "    " in seg.get("masthead.2").raw  # layout spaces out
    assert seg.get("title").text.endswith(("Organized Transnational Crime", "》的后续行动"))
    assert seg.get("op.1").footnote_refs == ("fn.2", "fn.3") and seg.get("op.2").footnote_refs == ("fn.4",)
    assert seg.get("op.2").text.endswith(("from 27 to 29 June 1996;", "四十项建议；"))  # "Page 2" is page furniture
    assert seg.get("adoption").text in ("70th plenary meeting 12 December 1997", "1997年12月12日第70次全体会议")
    assert seg.get("fn.4").text.startswith("E/CN.15/1997/7/Add.1")


def _endnoted(text: str, heading: str, broken: bool) -> str:
    """``text`` with the footnotes of each page gathered at its end, under a rule or a ``heading``; ``broken``: the
    notes go on over a page break after the second one."""
    rule = "_______________\n"
    body, notes = [], []
    for page in text.split("\f"):
        above, _, below = page.partition(rule)
        body.append(above.rstrip("\n") + "\n")
        notes += [note.strip() for note in below.strip("\n").split("\n\n") if note.strip()]
    gathered = ["     " + note for note in notes]
    if broken:
        gathered[2:2] = ["\f\n                                                A/RES/52/85\n                                                Page 3"]
    return "\f".join(body) + "\n" + (heading or rule) + "\n\n" + "\n\n".join(gathered) + "\n"


@pytest.mark.parametrize("heading,broken", [("", False), ("Notes", False), ("", True)])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_footnotes_numbered_1_slash_gathered_at_the_end_of_a_text_with_pages(lang: str, heading: str,
                                                                           broken: bool) -> None:
    """The 1990s resolution with its footnotes at the end rather than at the foot of each page: they are read
    all the same, their markers standing on the pages before."""
    text = _endnoted({"en": OLD_GA_EN, "zh": OLD_GA_ZH}[lang], heading and {"en": heading, "zh": "注"}[lang], broken)
    assert text.count("\f") == 1 + broken and "     3/  E/CN.15/1997/7/Add.2" in text
    seg = _seg(text, lang)
    ids = [u.id for u in seg.units]
    assert ids[ids.index("adoption"):] == ["adoption"] + ["p.1"] * bool(heading) + ["fn.1", "fn.2", "fn.3", "fn.4"]
    assert seg.get("pp.1").footnote_refs == ("fn.1",) and seg.get("op.1").footnote_refs == ("fn.2", "fn.3")
    assert seg.get("op.2").footnote_refs == ("fn.4",) and "4/" not in seg.get("op.2").text
    assert seg.get("fn.3").text.startswith("E/CN.15/1997/7/Add.2") and seg.get("fn.4").text.startswith("E/CN.15/1997/7/Add.1")


@pytest.mark.parametrize("source", ["sample", "1990s"])
def test_a_text_in_traditional_characters_gives_the_units_of_the_simplified_one(source: str) -> None:
    """A Chinese text in Traditional characters (read from Big5, say): "第 11/1 號決議", "第五十二屆會議", "議程項目103",
    "第70次全體會議" and "大會決議" are read as their Simplified forms are."""
    from aligner.tokens import load_opencc

    simplified = corpora.load("untoc-cop-res-11-1", "zh").text if source == "sample" else OLD_GA_ZH
    traditional = load_opencc("s2t").convert(simplified)
    assert "號決議" in traditional or "屆會議" in traditional
    expected = [(u.id, u.kind) for u in _seg(simplified, "zh").units]
    assert [(u.id, u.kind) for u in _seg(traditional, "zh").units] == expected


@pytest.mark.parametrize("source", ["sample", "1990s"])
def test_a_text_with_radicals_for_its_characters_gives_the_units_of_the_published_one(source: str) -> None:
    """Text copied from a PDF set in a CJK font that draws some characters with the glyphs of radicals ("附件⼀",
    "2021 年 3 ⽉", "执⾏"): the same ids and texts as the published text; each raw text keeps the radicals, as the
    source has them (for the check zh-radical to report)."""
    from tests.test_ideographs import as_printed

    text = corpora.load("untoc-cop-res-11-1", "zh").text if source == "sample" else OLD_GA_ZH
    printed = as_printed(text)
    assert printed != text
    expected, got = _seg(text, "zh"), _seg(printed, "zh")
    assert [(u.id, u.kind, u.text) for u in got.units] == [(u.id, u.kind, u.text) for u in expected.units]
    assert [u.raw for u in got.units] == [as_printed(u.raw) for u in expected.units]


@pytest.mark.parametrize("marked", [
    lambda line: "\u200f" + line,  # a right-to-left mark opening each line, as web pages and word processors put it
    lambda line: "\u202b" + line + "\u202c",  # each line a right-to-left embedding, as pdftotext gives Arabic lines
    lambda line: re.sub(r"\d+(?:/\d+)?", lambda m: "\u202a" + m.group() + "\u202c", line),  # figures left to right
])
def test_marks_of_direction_in_an_arabic_text_change_no_unit(marked) -> None:
    """Invisible marks that set the direction of bidirectional text, in a text a library caller segments (the readers
    leave them out of a file's): the same ids and texts; each raw text keeps them, as the source has them."""
    text = corpora.load("untoc-cop-res-11-1", "ar").text
    with_marks = "\n".join(marked(line) if line else line for line in text.split("\n"))
    assert with_marks != text
    expected, got = _seg(text, "ar"), _seg(with_marks, "ar")
    assert [(u.id, u.kind, u.text) for u in got.units] == [(u.id, u.kind, u.text) for u in expected.units]
    assert [u.raw for u in got.units] == [
        "\n".join(marked(line) if line else line for line in u.raw.split("\n")) for u in expected.units]


@pytest.mark.parametrize("lang", ["es", "ar"])
def test_a_callers_text_with_decomposed_accents_gives_the_units_of_the_composed_one(lang: str) -> None:
    """Text a library caller passes with its accents and hamzas as separate marks (Unicode NFD), as the readers
    never give it: read as a file's is, composed."""
    import unicodedata

    text = corpora.load("untoc-cop-res-11-1", lang).text
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert [(u.id, u.kind, u.text) for u in _seg(decomposed, lang).units] == \
        [(u.id, u.kind, u.text) for u in _seg(text, lang).units]


def test_letter_spaced_chinese_headings_are_read_closed_up() -> None:
    """"附 件 一", "第 11/1 号 决 议" (or set apart with ideographic spaces), as Chinese type sets short headings
    apart: the same units as the published text, each raw text as the document writes it; a line whose characters
    also stand side by side keeps its spaces."""
    text = corpora.load("untoc-cop-res-11-1", "zh").text
    spaced = (text.replace("\n附件一\n", "\n附 件 一\n").replace("\n附件二\n", "\n附\u3000件\u3000二\n")
              .replace("第 11/1 号决议", "第 11/1 号 决 议"))
    assert spaced.count(" 件 ") == 1 and "号 决 议" in spaced
    published, read = _seg(text, "zh"), _seg(spaced, "zh")
    assert [(u.id, u.kind, u.text) for u in read.units] == [(u.id, u.kind, u.text) for u in published.units]
    assert (read.get("annex1").raw, read.get("annex2").raw) == ("附 件 一", "附\u3000件\u3000二")
    assert _seg("大会 第七十七届会议\n\n议程项目 84\n", "zh").units[0].text == "大会 第七十七届会议"


@pytest.mark.parametrize("heading, spaced", [("附件一", "附件 一"), ("附件2", "附件 2"), ("第十八条", "第 18 条"),
                                             ("第二章", "第 2 章")])
def test_a_chinese_heading_with_a_space_before_or_after_its_number(heading: str, spaced: str) -> None:
    text = "第 1/1 号决议\n\n标题\n\n缔约方会议，\n\n1. 决定；\n\n{}\n\n其案文。\n"
    assert _ids(text.format(spaced), "zh") == _ids(text.format(heading), "zh")
    assert _ids(text.format(spaced), "zh")[4] in ("annex1", "annex2", "art.18", "chap.2")


@pytest.mark.parametrize("label, between", [(r"\d+(?:\.|\s-)", "\n\n"), (r"\d+(?:\.|\s-)", "\n"), (r"\([^)]{1,4}\)|[a-z]\)", "\n\n")],
                         ids=["number, blank line", "number, next line", "item, blank line"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_number_or_label_alone_on_its_line_heads_the_text_below_it(lang: str, label: str, between: str) -> None:
    """"1." / "Endorses …", as a PDF's column of paragraph numbers or a list copied out of a word processor gives
    them: the units of the published text, each raw text the document's own."""
    text = corpora.load("untoc-cop-res-11-1", lang).text
    apart = re.sub(rf"(?m)^({label})[ \t]+", lambda m: m.group(1) + between, text)
    assert apart.count(between) >= text.count(between) + 2
    published, read = _seg(text, lang), _seg(apart, lang)
    assert [(u.id, u.kind, u.label, u.text) for u in read.units] == [(u.id, u.kind, u.label, u.text) for u in published.units]
    unit = read.get("op.1") if label.startswith("\\d") else read.get("annex1.a")
    assert between in unit.raw and unit.raw in apart


def test_a_label_alone_at_the_end_or_over_another_label_stays_alone() -> None:
    assert _ids("The General Assembly,\n\n1. Decides to act;\n\n2.\n", "en")[-1] == "op.2"
    assert _ids("The General Assembly,\n\n1.\n\n(a) To act;\n", "en") == ["body", "op.1", "op.1.a"]


ANNEX_NAME = r"(?m)^((?:Annex|Annexe|Anexo|Приложение) [IV]+|附件[一二]|المرفق \S+)\n\n(?=\S)"


@pytest.mark.parametrize("between", [". ", ": ", " – ", " "])
@pytest.mark.parametrize("lang", LANGS)
def test_an_annex_heading_with_its_title_on_its_line(lang: str, between: str) -> None:
    """"Annex I. Recommendations adopted by …", "附件一：…": the units of the heading over its title."""
    text = corpora.load("untoc-cop-res-11-1", lang).text
    between = {"zh": {". ": "：", ": ": "：", " – ": "　"}.get(between, between), "ar": " - "}.get(lang, between)
    joined = re.sub(ANNEX_NAME, lambda m: m.group(1) + between, text)
    assert joined.count(between) > text.count(between)
    published, read = _seg(text, lang), _seg(joined, lang)
    assert [(u.id, u.kind, u.text) for u in read.units] == [(u.id, u.kind, u.text) for u in published.units]
    assert read.get("annex1.title").raw in joined


@pytest.mark.parametrize("line", ["Annex I contains the recommendations of the Working Group.",
                                  "Annex I to resolution 55/25"])
def test_a_sentence_or_phrase_opening_with_an_annexs_name_is_no_heading(line: str) -> None:
    ids = _ids(f"Resolution 1/1\n\nTitle\n\nThe Conference,\n\n1. Decides to act.\n\n{line}\n", "en")
    assert not any(uid.startswith("annex") for uid in ids)



# --- bulleted items --------------------------------------------------------------------------------------------

BULLETED = {
    "en": ("Resolution 11/1", "Title", "The Conference of the Parties,", "Recalling its decision 2/2,",
           "1. Decides that the working group shall discuss:", "• Extradition;", "• Mutual legal assistance;",
           "• Confiscation;", "2. Requests the Secretariat to report."),
    "fr": ("Résolution 11/1", "Titre", "La Conférence des Parties,", "Rappelant sa décision 2/2,",
           "1. Décide que le groupe de travail examinera :", "– l’extradition ;", "– l’entraide judiciaire ;",
           "– la confiscation ;", "2. Prie le Secrétariat de lui faire rapport."),
    "es": ("Resolución 11/1", "Título", "La Conferencia de las Partes,", "Recordando su decisión 2/2,",
           "1. Decide que el grupo de trabajo examine:", "• la extradición;", "• la asistencia judicial recíproca;",
           "• el decomiso;", "2. Solicita a la Secretaría que la informe."),
    "ru": ("Резолюция 11/1", "Название", "Конференция Участников,", "ссылаясь на свое решение 2/2,",
           "1. постановляет, что рабочая группа обсудит:", "- выдачу;", "- взаимную правовую помощь;",
           "- конфискацию;", "2. просит Секретариат представить доклад."),
    "ar": ("القرار 11/1", "العنوان", "إن مؤتمر الأطراف،", "إذ يشير إلى مقرره 2/2،",
           "1 - يقرر أن يناقش الفريق العامل ما يلي:", "• تسليم المجرمين؛", "• المساعدة القانونية المتبادلة؛",
           "• المصادرة؛", "2 - يطلب إلى الأمانة أن تقدم تقريرا."),
    "zh": ("第 11/1 号决议", "标题", "缔约方会议，", "回顾其第 2/2 号决定，", "1. 决定工作组应讨论：", "·引渡；",
           "·司法协助；", "·没收；", "2. 请秘书处提出报告。"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_bulleted_items_are_items_of_the_paragraph_that_introduces_them(lang: str) -> None:
    lines = BULLETED[lang]
    seg = _seg("\n\n".join(lines), lang)
    assert [u.id for u in seg.units] == ["symbol", "title", "body", "pp.1", "op.1", "op.1.bullet1", "op.1.bullet2",
                                         "op.1.bullet3", "op.2"]
    second = seg.get("op.1.bullet2")
    assert second.kind == "item" and second.label == lines[6][0] and second.text == lines[6][1:].strip()


def test_bullets_of_a_report_paragraph_and_of_a_lettered_item() -> None:
    text = ("I. Introduction\n\n1. The working group discussed:\n\n- extradition;\n\n- confiscation.\n\n"
            "2. The group agreed:\n\n(a) To meet on:\n\n• 3 May;\n\n• 4 May;\n\n(b) To report.")
    assert _ids(text, "en") == ["ch.1", "para.1", "para.1.bullet1", "para.1.bullet2", "para.2", "para.2.a",
                                "para.2.a.bullet1", "para.2.a.bullet2", "para.2.b"]


def test_the_bullet_a_pdfs_text_layer_gives_for_words_symbol_font_is_a_bullet() -> None:
    text = "I. Introduction\n\n1. The working group discussed:\n\n\uf0b7 extradition;\n\n\uf0b7\tconfiscation."
    seg = _seg(text, "en")
    assert [u.id for u in seg.units] == ["ch.1", "para.1", "para.1.bullet1", "para.1.bullet2"]
    assert seg.get("para.1.bullet2").text == "confiscation."


def test_a_dash_with_no_space_after_it_or_a_bullet_under_the_acting_body_is_no_item() -> None:
    text = ("Resolution 11/1\n\nTitle\n\nThe Conference of the Parties,\n\n• Recalling its decision 2/2,\n\n"
            "1. Notes that:\n\n-5 degrees were recorded;\n\n2. Decides to act.")
    seg = _seg(text, "en")
    assert [u.id for u in seg.units] == ["symbol", "title", "body", "pp.1", "op.1", "p.1", "op.2"]
    assert seg.get("p.1").text == "-5 degrees were recorded;"


def test_a_bullet_alone_on_its_line_heads_the_text_below_it() -> None:
    text = "I. Introduction\n\n1. The working group discussed:\n\n•\nextradition;\n\n•\n\nconfiscation."
    seg = _seg(text, "en")
    assert [u.id for u in seg.units] == ["ch.1", "para.1", "para.1.bullet1", "para.1.bullet2"]
    assert seg.get("para.1.bullet2").text == "confiscation."


def test_a_web_pages_bulleted_list_gives_the_ids_of_the_bulleted_text(tmp_path) -> None:
    from aligner.readers import read_document
    from aligner.segment import segment

    page = tmp_path / "page.html"
    page.write_text("<html><body><p>I. Introduction</p><p>1. The working group discussed:</p>"
                    "<ul><li>extradition;</li><li>confiscation.</li></ul><p>2. It met twice.</p></body></html>",
                    encoding="utf-8")
    plain = "I. Introduction\n\n1. The working group discussed:\n\n• extradition;\n\n• confiscation.\n\n2. It met twice."
    from_page = segment(read_document(page, lang="en"))
    assert [u.id for u in from_page.units] == _ids(plain, "en") == [
        "ch.1", "para.1", "para.1.bullet1", "para.1.bullet2", "para.2"]
    assert from_page.get("para.1.bullet2").text == "confiscation."


# --- the record of the vote under a resolution's adoption lines ----------------------------------------------------

VOTE_LINES = {
 "en": ("51st meeting", "3 April 2023", "[Adopted without a vote.]"),
 "fr": ("51e séance", "3 avril 2023", "[Adoptée sans vote.]"),
 "es": ("51ª sesión", "3 de abril de 2023", "[Aprobada sin votación.]"),
 "ru": ("51-е заседание", "3 апреля 2023 года", "[Принята без голосования.]"),
 "ar": ("الجلسة 51", "3 نيسان/أبريل 2023", "[اعتُمد دون تصويت.]"),
 "zh": ("2023年4月3日", "第51次会议", "[未经表决获得通过。]"),
}
VOTE_HEAD = {"en": "52/1. Title\n\nThe Human Rights Council,\n\nGuided by the Charter,\n\n1. Requests a report.\n\n",
     "fr": "52/1. Titre\n\nLe Conseil des droits de l’homme,\n\nGuidé par la Charte,\n\n1. Demande un rapport.\n\n",
     "es": "52/1. Título\n\nEl Consejo de Derechos Humanos,\n\nGuiándose por la Carta,\n\n1. Solicita un informe.\n\n",
     "ru": "52/1. Название\n\nСовет по правам человека,\n\nруководствуясь Уставом,\n\n1. просит представить доклад.\n\n",
     "ar": "52/1 - العنوان\n\nإن مجلس حقوق الإنسان،\n\nإذ يسترشد بالميثاق،\n\n1 - يطلب تقديم تقرير.\n\n",
     "zh": "52/1. 标题\n\n人权理事会，\n\n遵循《宪章》，\n\n1. 请提交一份报告。\n\n"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_record_of_the_vote_in_brackets_is_part_of_the_adoption(lang: str) -> None:
    first, second, vote = VOTE_LINES[lang]
    seg = _seg(VOTE_HEAD[lang] + f"{first}\n{second}\n\n{vote}\n", lang)
    assert [u.id for u in seg.units][-2:] == ["op.1", "adoption"]
    assert seg.get("adoption").text.endswith(vote) and seg.get("adoption").text.startswith(first)


def test_a_bracketed_paragraph_away_from_the_adoption_lines_stays_a_paragraph() -> None:
    text = VOTE_HEAD["en"] + "[Text in brackets.]\n\n51st meeting\n3 April 2023\n"
    seg = _seg(text, "en")
    assert [u.id for u in seg.units][-3:] == ["op.1", "p.1", "adoption"]


@pytest.mark.parametrize(("lang", "lines"), [
    ("ru", ("Он подошел к двери.", "— Кто там? — спросил он.", "— Это я, — ответила она.", "Дверь открылась.")),
    ("fr", ("Il s’approcha de la porte.", "– Qui est là ? demanda-t-il.", "– C’est moi, répondit-elle.", "La porte s’ouvrit.")),
    ("es", ("Se acercó a la puerta.", "—¿Quién es? —preguntó él.", "— Soy yo —respondió ella.", "La puerta se abrió.")),
])
def test_dialogue_lines_of_plain_text_stay_paragraphs_with_their_dashes(lang: str, lines: tuple[str, ...]) -> None:
    seg = _seg("\n\n".join(lines), lang)
    assert [u.id for u in seg.units] == ["p.1", "p.2", "p.3", "p.4"]
    assert [u.text for u in seg.units] == list(lines)


def test_a_bullet_sign_under_a_paragraph_of_plain_text_is_an_item() -> None:
    seg = _seg("The group discussed the following topics:\n\n• extradition;\n\n• confiscation.", "en")
    assert [u.id for u in seg.units] == ["p.1", "p.1.bullet1", "p.1.bullet2"]
