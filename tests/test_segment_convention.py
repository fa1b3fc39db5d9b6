"""Conventions: chapters over articles, in the six languages (texts written for these tests in the style of UN conventions)."""

from __future__ import annotations

import re

import pytest

from aligner.model import Document
from aligner.segment import segment

CONVENTION = {
    "en": """United Nations Convention against Corruption

Chapter I
General provisions

Article 1
Statement of purpose

The purposes of this Convention are to promote and strengthen measures to prevent and combat corruption.

Article 2
Use of terms

For the purposes of this Convention:

(a) "Public official" shall mean any person holding a legislative, executive or judicial office;

(b) "Proceeds of crime" shall mean any property derived from the commission of an offence.

Chapter II
Preventive measures

Article 5
Preventive anti-corruption policies and practices

1. Each State Party shall develop and implement effective anti-corruption policies.

2. Each State Party shall endeavour to establish effective practices aimed at the prevention of corruption.
""",
    "zh": """联合国反腐败公约

第一章 总则

第一条
宗旨声明

本公约的宗旨是促进和加强各项措施，以便更加高效而有力地预防和打击腐败。

第二条
术语的使用

在本公约中：

（一）“公职人员”系指担任立法、行政或者司法职务的任何人员；

（二）“犯罪所得”系指通过实施犯罪而直接或间接产生或者获得的任何财产。

第二章 预防措施

第五条
预防性反腐败政策和做法

一、各缔约国均应制订和执行有效的反腐败政策。

二、各缔约国均应努力制订和促进预防腐败的有效做法。
""",
    "fr": """Convention des Nations Unies contre la corruption

Chapitre premier
Dispositions générales

Article premier
Objet

La présente Convention a pour objet de promouvoir et renforcer les mesures visant à prévenir et combattre la corruption.

Article 2
Terminologie

Aux fins de la présente Convention:

a) On entend par «agent public» toute personne qui détient un mandat législatif, exécutif ou judiciaire;

b) On entend par «produit du crime» tout bien provenant directement ou indirectement de la commission d'une infraction.

Chapitre II
Mesures préventives

Article 5
Politiques et pratiques de prévention de la corruption

1. Chaque État Partie élabore et applique des politiques de prévention de la corruption efficaces.

2. Chaque État Partie s'efforce de mettre en place des pratiques efficaces visant à prévenir la corruption.
""",
    "es": """Convención de las Naciones Unidas contra la Corrupción

Capítulo I
Disposiciones generales

Artículo 1
Finalidad

La finalidad de la presente Convención es promover y fortalecer las medidas para prevenir y combatir la corrupción.

Artículo 2
Definiciones

A los efectos de la presente Convención:

a) Por "funcionario público" se entenderá toda persona que ocupe un cargo legislativo, ejecutivo o judicial;

b) Por "producto del delito" se entenderá los bienes derivados de la comisión de un delito.

Capítulo II
Medidas preventivas

Artículo 5
Políticas y prácticas de prevención de la corrupción

1. Cada Estado Parte formulará y aplicará políticas coordinadas y eficaces contra la corrupción.

2. Cada Estado Parte procurará establecer prácticas eficaces encaminadas a prevenir la corrupción.
""",
    "ru": """Конвенция Организации Объединенных Наций против коррупции

Глава I
Общие положения

Статья 1
Цели

Цели настоящей Конвенции заключаются в содействии принятию и укреплению мер, направленных на предупреждение коррупции.

Статья 2
Термины

Для целей настоящей Конвенции:

a) «публичное должностное лицо» означает любое лицо, занимающее должность в законодательном, исполнительном или судебном органе;

b) «доходы от преступления» означают любое имущество, приобретенное в результате совершения преступления.

Глава II
Меры по предупреждению коррупции

Статья 5
Политика и практика предупреждения коррупции

1. Каждое Государство-участник разрабатывает и осуществляет эффективную политику противодействия коррупции.

2. Каждое Государство-участник стремится устанавливать эффективные виды практики, направленные на предупреждение коррупции.
""",
    "ar": """اتفاقية الأمم المتحدة لمكافحة الفساد

الفصل الأول
أحكام عامة

المادة 1
بيان الأغراض

أغراض هذه الاتفاقية هي ترويج وتدعيم التدابير الرامية إلى منع ومكافحة الفساد.

المادة 2
المصطلحات المستخدمة

لأغراض هذه الاتفاقية:

(أ) يقصد بتعبير "موظف عمومي" أي شخص يشغل منصبا تشريعيا أو تنفيذيا أو قضائيا؛

(ب) يقصد بتعبير "العائدات الإجرامية" أي ممتلكات متأتية من ارتكاب جرم.

الفصل الثاني
التدابير الوقائية

المادة 5
سياسات وممارسات مكافحة الفساد الوقائية

1 - تقوم كل دولة طرف بوضع وتنفيذ سياسات فعالة لمكافحة الفساد.

2 - تسعى كل دولة طرف إلى إرساء ممارسات فعالة تستهدف منع الفساد.
""",
}

#: The units a reader of the Convention sees, the same in every version.
EXPECTED = [
    ("title", "title"),
    ("chap.1", "heading"),
    ("art.1", "article"), ("art.1.title", "article-title"), ("art.1.p1", "paragraph"),
    ("art.2", "article"), ("art.2.title", "article-title"), ("art.2.p1", "paragraph"),
    ("art.2.p1.a", "item"), ("art.2.p1.b", "item"),
    ("chap.2", "heading"),
    ("art.5", "article"), ("art.5.title", "article-title"), ("art.5.1", "paragraph"), ("art.5.2", "paragraph"),
]
TITLES = {"en": ("General provisions", "Preventive measures"), "zh": ("总则", "预防措施"),
          "fr": ("Dispositions générales", "Mesures préventives"), "es": ("Disposiciones generales", "Medidas preventivas"),
          "ru": ("Общие положения", "Меры по предупреждению коррупции"), "ar": ("أحكام عامة", "التدابير الوقائية")}


@pytest.mark.parametrize("lang", sorted(CONVENTION))
def test_chapters_head_the_articles_with_the_same_ids_in_every_language(lang):
    seg = segment(Document(CONVENTION[lang], lang))
    assert [(u.id, u.kind) for u in seg.units] == EXPECTED
    first, second = TITLES[lang]
    assert seg.get("chap.1").text == first and seg.get("chap.2").text == second


@pytest.mark.parametrize("sentence", [
    "Chapter II of the Convention sets out the preventive measures that States parties shall take.",
    "第二章规定了缔约国应当采取的预防措施。",
])
def test_a_paragraph_that_begins_by_naming_a_chapter_is_no_chapter(sentence):
    lang = "zh" if sentence.startswith("第") else "en"
    text = CONVENTION[lang].replace(CONVENTION[lang].split("\n\n")[-1].strip(), sentence)
    seg = segment(Document(text, lang))
    assert [u.id for u in seg.units].count("chap.2") == 1  # only the real chapter heading
    assert seg.units[-1].text == sentence and seg.units[-1].kind == "paragraph"


#: How each language sets an article's title apart when it prints it on the article's line.
TITLE_ON_THE_LINE = {"zh": "\u3000", "en": ". ", "fr": " – ", "es": ". ", "ru": ". ", "ar": " - "}


@pytest.mark.parametrize("lang", sorted(CONVENTION))
def test_an_article_with_its_title_on_its_line(lang):
    # "第一条　宗旨声明", as Chinese conventions print their articles; "Article 2. Use of terms"
    text = CONVENTION[lang]
    joined = re.sub(r"(?m)^((?:Article|Artículo|Статья|المادة) \S+|第[一二三四五六七八九十]+条)\n(?=\S)",
                    lambda m: m.group(1) + TITLE_ON_THE_LINE[lang], text)
    assert joined != text
    published, read = segment(Document(text, lang)), segment(Document(joined, lang))
    assert [(u.id, u.kind, u.text) for u in read.units] == [(u.id, u.kind, u.text) for u in published.units]


def test_a_sentence_that_opens_with_an_articles_name_is_no_heading():
    text = CONVENTION["zh"] + "\n\n第五条规定，各国应当合作。\n"
    assert segment(Document(text, "zh")).units[-1].kind == "paragraph"


#: A resolution adopting a convention and a protocol, each in an annex of its own.
ADOPTING = {
    "en": '55/25. United Nations Convention against Transnational Organized Crime\n\nThe General Assembly,\n\nRecalling its resolution 53/111 of 9 December 1998,\n\n1. Adopts the United Nations Convention against Transnational Organized Crime annexed to the present resolution;\n\n2. Urges all States to sign the Convention.\n\nAnnex I\n\nUnited Nations Convention against Transnational Organized Crime\n\nArticle 1\n\nStatement of purpose\n\nThe purpose of this Convention is to promote cooperation to prevent and combat transnational organized crime more effectively.\n\nArticle 2\n\nUse of terms\n\nFor the purposes of this Convention:\n\n(a) "Organized criminal group" shall mean a structured group of three or more persons;\n\n(b) "Serious crime" shall mean conduct constituting an offence punishable by a maximum deprivation of liberty of at least four years.\n\nAnnex II\n\nProtocol to Prevent, Suppress and Punish Trafficking in Persons\n\nArticle 1\n\nRelation with the Convention\n\n1. This Protocol supplements the Convention.\n\n2. The provisions of the Convention shall apply.\n',
    "zh": '55/25. 联合国打击跨国有组织犯罪公约\n\n大会，\n\n回顾其1998年12月9日第53/111号决议，\n\n1. 通过本决议所附《联合国打击跨国有组织犯罪公约》；\n\n2. 敦促所有国家签署该公约。\n\n附件一\n\n联合国打击跨国有组织犯罪公约\n\n第1条\n\n宗旨\n\n本公约的宗旨是促进合作，以便更有效地预防和打击跨国有组织犯罪。\n\n第2条\n\n术语的使用\n\n在本公约中：\n\n(a) “有组织犯罪集团”系指由三人或多人所组成的有组织结构的集团；\n\n(b) “严重犯罪”系指构成可受到最高刑至少四年的剥夺自由或更严厉处罚的犯罪的行为。\n\n附件二\n\n关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书\n\n第1条\n\n与公约的关系\n\n1. 本议定书是对公约的补充。\n\n2. 公约的规定应适用于本议定书。\n',
}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_articles_of_a_convention_a_resolution_annexes_lie_inside_their_annex(lang: str) -> None:
    seg = segment(Document(ADOPTING[lang], lang))
    assert [u.id for u in seg.units] == [
        "title", "body", "pp.1", "op.1", "op.2",
        "annex1", "annex1.title", "annex1.art.1", "annex1.art.1.title", "annex1.art.1.p1", "annex1.art.2",
        "annex1.art.2.title", "annex1.art.2.p1", "annex1.art.2.p1.a", "annex1.art.2.p1.b",
        "annex2", "annex2.title", "annex2.art.1", "annex2.art.1.title", "annex2.art.1.1", "annex2.art.1.2"]
    assert seg.get("annex2.art.1").kind == "article" and seg.get("annex1.art.2.p1.b").kind == "item"

