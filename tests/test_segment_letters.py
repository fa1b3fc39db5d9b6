"""Letters and notes verbales transmitting a text, written in the six languages: the letter's paragraphs, its
salutation, the signature with the signatory's titles (in the order each version prints them) and the annexes
to the letter, whose headings name the letter ("Annex I to the letter dated …", "…的信的附件一").
"""

from __future__ import annotations

import pytest

from tests.test_segment import _hard_wrap, _with_pages
from tests.test_segment_layouts import LANGS, _ids, _seg
from tests.test_segment_parts import _text

LETTER = {
    "zh": (
        '2023年5月5日奥地利常驻联合国代表给秘书长的信',
        '谨随函转递2023年4月3日和4日在维也纳举行的打击跨国有组织犯罪专家会议的摘要（见附件）。',
        '请将本函及其附件作为大会议程项目105下的文件分发为荷。',
        '常驻代表\n大使\n亚历山大·马尔席克（签名）',
        '2023年5月5日奥地利常驻联合国代表给秘书长的信的附件一',
        '打击跨国有组织犯罪专家会议摘要',
        '1. 来自30个国家的45名专家出席了会议。',
        '2. 与会者讨论了下列问题：',
        '(a) 联合调查机构；',
        '(b) 特殊侦查手段。',
        '3. 与会者商定于2024年再次举行会议。',
        '2023年5月5日奥地利常驻联合国代表给秘书长的信的附件二',
        '主席的发言',
        '1. 来自30个国家的45名专家出席了会议。',
        '2. 与会者讨论了下列问题：',
    ),
    "en": (
        'Letter dated 5 May 2023 from the Permanent Representative of Austria to the United Nations addressed to the Secretary-General',
        'I have the honour to transmit herewith the summary of the expert meeting on countering transnational organized crime, held in Vienna on 3 and 4 April 2023 (see annex).',
        'I should be grateful if the present letter and its annex could be circulated as a document of the General Assembly, under agenda item 105.',
        '(Signed) Alexander Marschik\nAmbassador\nPermanent Representative',
        'Annex I to the letter dated 5 May 2023 from the Permanent Representative of Austria to the United Nations addressed to the Secretary-General',
        'Summary of the expert meeting on countering transnational organized crime',
        '1. The meeting was attended by 45 experts from 30 States.',
        '2. Participants discussed the following:',
        '(a) Joint investigative bodies;',
        '(b) Special investigative techniques.',
        '3. Participants agreed to meet again in 2024.',
        'Annex II to the letter dated 5 May 2023 from the Permanent Representative of Austria to the United Nations addressed to the Secretary-General',
        'Statement by the Chair',
        '1. The meeting was attended by 45 experts from 30 States.',
        '2. Participants discussed the following:',
    ),
    "fr": (
        'Lettre datée du 5 mai 2023, adressée au Secrétaire général par le Représentant permanent de l’Autriche auprès de l’Organisation des Nations Unies',
        'J’ai l’honneur de vous faire tenir ci-joint le résumé de la réunion d’experts sur la lutte contre la criminalité transnationale organisée, tenue à Vienne les 3 et 4 avril 2023 (voir annexe).',
        'Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente lettre et de son annexe comme document de l’Assemblée générale, au titre du point 105 de l’ordre du jour.',
        'L’Ambassadeur,\nReprésentant permanent\n(Signé) Alexander Marschik',
        'Annexe I à la lettre datée du 5 mai 2023 adressée au Secrétaire général par le Représentant permanent de l’Autriche auprès de l’Organisation des Nations Unies',
        'Résumé de la réunion d’experts sur la lutte contre la criminalité transnationale organisée',
        '1. Quarante-cinq experts de 30 États ont participé à la réunion.',
        '2. Les participants ont examiné les questions suivantes :',
        'a) Les organes d’enquête conjoints ;',
        'b) Les techniques d’enquête spéciales.',
        '3. Les participants sont convenus de se réunir de nouveau en 2024.',
        'Annexe II à la lettre datée du 5 mai 2023 adressée au Secrétaire général par le Représentant permanent de l’Autriche auprès de l’Organisation des Nations Unies',
        'Déclaration du Président',
        '1. Quarante-cinq experts de 30 États ont participé à la réunion.',
        '2. Les participants ont examiné les questions suivantes :',
    ),
    "es": (
        'Carta de fecha 5 de mayo de 2023 dirigida al Secretario General por el Representante Permanente de Austria ante las Naciones Unidas',
        'Tengo el honor de transmitirle adjunto el resumen de la reunión de expertos sobre la lucha contra la delincuencia organizada transnacional, celebrada en Viena los días 3 y 4 de abril de 2023 (véase el anexo).',
        'Le agradecería que tuviera a bien hacer distribuir la presente carta y su anexo como documento de la Asamblea General, en relación con el tema 105 del programa.',
        '(Firmado) Alexander Marschik\nEmbajador\nRepresentante Permanente',
        'Anexo I de la carta de fecha 5 de mayo de 2023 dirigida al Secretario General por el Representante Permanente de Austria ante las Naciones Unidas',
        'Resumen de la reunión de expertos sobre la lucha contra la delincuencia organizada transnacional',
        '1. Asistieron a la reunión 45 expertos de 30 Estados.',
        '2. Los participantes examinaron las siguientes cuestiones:',
        'a) Los órganos mixtos de investigación;',
        'b) Las técnicas especiales de investigación.',
        '3. Los participantes acordaron volver a reunirse en 2024.',
        'Anexo II de la carta de fecha 5 de mayo de 2023 dirigida al Secretario General por el Representante Permanente de Austria ante las Naciones Unidas',
        'Declaración del Presidente',
        '1. Asistieron a la reunión 45 expertos de 30 Estados.',
        '2. Los participantes examinaron las siguientes cuestiones:',
    ),
    "ru": (
        'Письмо Постоянного представителя Австрии при Организации Объединенных Наций от 5 мая 2023 года на имя Генерального секретаря',
        'Имею честь препроводить настоящим резюме совещания экспертов по противодействию транснациональной организованной преступности, состоявшегося в Вене 3 и 4 апреля 2023 года (см. приложение).',
        'Буду признателен за распространение настоящего письма и приложения к нему в качестве документа Генеральной Ассамблеи по пункту 105 повестки дня.',
        '(Подпись) Александер Маршик\nПосол\nПостоянный представитель',
        'Приложение I к письму Постоянного представителя Австрии при Организации Объединенных Наций от 5 мая 2023 года на имя Генерального секретаря',
        'Резюме совещания экспертов по противодействию транснациональной организованной преступности',
        '1. В работе совещания приняли участие 45 экспертов из 30 государств.',
        '2. Участники обсудили следующие вопросы:',
        'a) совместные следственные органы;',
        'b) специальные методы расследования.',
        '3. Участники договорились вновь встретиться в 2024 году.',
        'Приложение II к письму Постоянного представителя Австрии при Организации Объединенных Наций от 5 мая 2023 года на имя Генерального секретаря',
        'Заявление Председателя',
        '1. В работе совещания приняли участие 45 экспертов из 30 государств.',
        '2. Участники обсудили следующие вопросы:',
    ),
    "ar": (
        'رسالة مؤرخة 5 أيار/مايو 2023 موجهة إلى الأمين العام من الممثل الدائم للنمسا لدى الأمم المتحدة',
        'يشرفني أن أحيل طيه موجز اجتماع الخبراء المعني بمكافحة الجريمة المنظمة عبر الوطنية، الذي عقد في فيينا يومي 3 و 4 نيسان/أبريل 2023 (انظر المرفق).',
        'وأرجو ممتنا تعميم هذه الرسالة ومرفقها بوصفهما وثيقة من وثائق الجمعية العامة، في إطار البند 105 من جدول الأعمال.',
        '(توقيع) ألكسندر مارشيك\nالسفير\nالممثل الدائم',
        'المرفق الأول للرسالة المؤرخة 5 أيار/مايو 2023 الموجهة إلى الأمين العام من الممثل الدائم للنمسا لدى الأمم المتحدة',
        'موجز اجتماع الخبراء المعني بمكافحة الجريمة المنظمة عبر الوطنية',
        '1 - حضر الاجتماع 45 خبيرا من 30 دولة.',
        '2 - ناقش المشاركون ما يلي:',
        '(أ) هيئات التحقيق المشتركة؛',
        '(ب) أساليب التحري الخاصة.',
        '3 - اتفق المشاركون على الاجتماع مرة أخرى في عام 2024.',
        'المرفق الثاني للرسالة المؤرخة 5 أيار/مايو 2023 الموجهة إلى الأمين العام من الممثل الدائم للنمسا لدى الأمم المتحدة',
        'بيان الرئيس',
        '1 - حضر الاجتماع 45 خبيرا من 30 دولة.',
        '2 - ناقش المشاركون ما يلي:',
    ),
}

LETTER_UNITS = [
    ("p.1", "heading"), ("p.2", "paragraph"), ("p.3", "paragraph"), ("signature", "signature"),
    ("annex1", "annex"), ("annex1.title", "annex-title"), ("annex1.1", "paragraph"), ("annex1.2", "paragraph"),
    ("annex1.2.a", "item"), ("annex1.2.b", "item"), ("annex1.3", "paragraph"),
    ("annex2", "annex"), ("annex2.title", "annex-title"), ("annex2.1", "paragraph"), ("annex2.2", "paragraph"),
]
SALUTATION = {"en": "Excellency,", "fr": "Monsieur le Secrétaire général,", "es": "Señor Secretario General:",
              "ru": "Уважаемый господин Генеральный секретарь,", "ar": "سيدي الأمين العام،", "zh": "秘书长阁下："}


@pytest.mark.parametrize("lang", LANGS)
def test_a_letter_with_two_annexes(lang: str) -> None:
    lines = LETTER[lang]
    seg = _seg(_text(lines), lang)
    assert [(u.id, u.kind) for u in seg.units] == LETTER_UNITS
    assert seg.get("annex1").text == lines[4]  # the heading names the letter, whole
    assert seg.get("annex2.title").text == lines[12]


@pytest.mark.parametrize("lang", LANGS)
def test_the_signature_is_one_unit_with_the_signatorys_titles(lang: str) -> None:
    # the Chinese and French versions print the titles above the name, the others below it
    signature = _seg(_text(LETTER[lang]), lang).get("signature")
    lines = LETTER[lang][3].split("\n")
    assert len(lines) == 3 and all(line in signature.raw for line in lines)


@pytest.mark.parametrize("lang", LANGS)
def test_a_signature_whose_lines_stand_apart(lang: str) -> None:
    lines = list(LETTER[lang])
    lines[3:4] = lines[3].split("\n")
    seg = _seg(_text(lines), lang)
    assert [u.id for u in seg.units] == [uid for uid, _ in LETTER_UNITS]
    assert all(line in seg.get("signature").raw for line in lines[3:6])


@pytest.mark.parametrize("lang, mark, written", [
    ("en", "(Signed)", "(SIGNED)"), ("en", "(Signed)", "(signed)"), ("fr", "(Signé)", "(Signe)"),
    ("fr", "(Signé)", "(SIGNÉ)"), ("es", "(Firmado)", "(FIRMADO)"), ("ru", "(Подпись)", "(ПОДПИСЬ)"),
])
def test_a_signatures_mark_in_capitals_or_without_its_accent(lang: str, mark: str, written: str) -> None:
    """The mark is found however it is written: in capitals (older documents), in lower case, without its
    accent (text that lost it)."""
    lines = [line.replace(mark, written) for line in LETTER[lang]]
    assert written in lines[3]
    assert [(u.id, u.kind) for u in _seg(_text(lines), lang).units] == LETTER_UNITS


@pytest.mark.parametrize("lang", LANGS)
def test_a_salutation_is_no_acting_body(lang: str) -> None:
    # "Excellency," ends in a comma as "The General Assembly," does: the letter is still no resolution
    lines = list(LETTER[lang])
    lines.insert(1, SALUTATION[lang])
    assert _ids(_text(lines), lang) == ["p.1", "p.2", "p.3", "p.4"] + [uid for uid, _ in LETTER_UNITS[3:]]


@pytest.mark.parametrize("lang", LANGS)
def test_two_signatories(lang: str) -> None:
    lines = list(LETTER[lang])
    lines.insert(4, lines[3])
    ids = _ids(_text(lines), lang)
    assert ids[3:5] == ["signature", "signature.2"] and ids[5] == "annex1"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("every", [5, 7, 9])
def test_a_letter_over_page_breaks(lang: str, every: int) -> None:
    text = _with_pages(_text(LETTER[lang]), every, "A/77/888")
    assert [(u.id, u.kind) for u in _seg(text, lang).units] == LETTER_UNITS


@pytest.mark.parametrize("lang, columns", [("zh", 80), ("en", 80), ("en", 90), ("fr", 80), ("fr", 90), ("es", 90),
                                           ("ru", 90), ("ar", 80)])
def test_a_hard_wrapped_letter(lang: str, columns: int) -> None:
    assert _ids(_hard_wrap(_text(LETTER[lang]), columns), lang) == [uid for uid, _ in LETTER_UNITS]


def test_a_paragraph_broken_after_a_comma_by_a_page_break_is_no_acting_body() -> None:
    # the first half of the letter's first paragraph, at the foot of the page, ends in a comma
    text = _with_pages(_hard_wrap(_text(LETTER["es"]), 72), 5, "A/77/888")
    assert "transnacional,\n\nV.22" in text
    assert _ids(text, "es") == [uid for uid, _ in LETTER_UNITS]


def test_a_sentence_naming_the_annex_to_a_letter_is_text() -> None:
    lines = list(LETTER["en"])
    lines.insert(6, "Annex to the letter dated 5 May 2023 contains the summary.")
    ids = _ids(_text(lines), "en")
    assert ids[:7] == ["p.1", "p.2", "p.3", "signature", "annex1", "annex1.title", "annex1.intro"]
    assert "annex1~2" not in ids


def test_a_running_sentence_at_the_top_is_no_front_matter() -> None:
    # a note verbale opens with a sentence, then a comma-ended line: no preamble
    text = _text(["Note verbale dated 5 May 2023 from the Permanent Mission of Austria to the United Nations",
                  "The Permanent Mission of Austria presents its compliments to the Secretary-General and has the "
                  "honour to transmit the following information.", "In this regard,", "the Mission notes the report."])
    assert _ids(text, "en") == ["p.1", "p.2", "p.3", "p.4"]


def test_a_note_at_the_top_is_no_running_text() -> None:
    # a reissue note above the resolution ends in a full stop, as a letter's sentence does: the resolution keeps
    # its acting body and preamble
    text = _text(["A/RES/77/232", "* Reissued for technical reasons on 5 May 2023, owing to the late submission "
                  "of corrections.", "Resolution adopted by the General Assembly on 19 December 2022",
                  "77/232. Strengthening the United Nations crime prevention and criminal justice programme",
                  "The General Assembly,", "Recalling its resolution 76/187 of 16 December 2021,",
                  "1. Requests the Secretary-General to report."])
    ids = _ids(text, "en")
    assert "body" in ids and ids[-2:] == ["pp.1", "op.1"]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_annex_to_a_note_verbale(lang: str) -> None:
    text = {
        "en": _text(["Note verbale dated 5 May 2023 from the Permanent Mission of Austria to the United Nations addressed "
                     "to the Secretary-General",
                     "The Permanent Mission of Austria to the United Nations presents its compliments to the "
                     "Secretary-General and has the honour to transmit herewith the information requested (see annex).",
                     "Annex to the note verbale dated 5 May 2023 from the Permanent Mission of Austria to the United "
                     "Nations addressed to the Secretary-General", "Information provided by Austria",
                     "1. Austria has designated a central authority."]),
        "ru": _text(["Вербальная нота Постоянного представительства Австрии при Организации Объединенных Наций от 5 мая "
                     "2023 года на имя Генерального секретаря",
                     "Постоянное представительство Австрии при Организации Объединенных Наций свидетельствует свое "
                     "уважение Генеральному секретарю и имеет честь препроводить запрошенную информацию (см. приложение).",
                     "Приложение к вербальной ноте Постоянного представительства Австрии при Организации Объединенных "
                     "Наций от 5 мая 2023 года на имя Генерального секретаря", "Информация, представленная Австрией",
                     "1. Австрия назначила центральный орган."]),
    }[lang]
    assert _ids(text, lang) == ["p.1", "p.2", "annex1", "annex1.title", "annex1.1"]
