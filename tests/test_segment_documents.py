"""Segmentation of further kinds of UN documents, as translators receive them, each written in the six languages.

A draft report of a functional commission carrying draft resolutions and a draft decision for adoption (each
draft with its own acting body and its operative paragraphs numbered from 1 again, the drafts numbered again in
each section of the report); asterisk footnotes on a cover page ("Item 12 of the provisional agenda*"); a
decision of a commission and a resolution of the Human Rights Council with their cover lines. The documents are
written as PDF text gives them: cover lines, page furniture ("2/4 V.25-03456"), the symbol as running header,
footnotes in plain digits. The expected ids are read off each document's own structure; all six versions must
give the same ones.
"""

from __future__ import annotations

import re

import pytest

from tests.test_segment import _hard_wrap
from tests.test_segment_layouts import LANGS, _ids, _seg


# --- a commission's draft report carrying draft resolutions and a draft decision -------------------------------

COMMISSION_REPORT = {
    "en": """United Nations E/CN.15/2025/L.1/Add.1

Economic and Social Council Distr.: Limited 22 May 2025

Original: English

Commission on Crime Prevention and Criminal Justice
Thirty-fourth session
Vienna, 19–23 May 2025
Item 12 of the provisional agenda*
Adoption of the report of the Commission on its thirty-fourth session

Draft report

Rapporteur: Ms. Ana Pereira (Portugal)

* E/CN.15/2025/1.

V.25-03456 (E) 220525

*2503456*

I. Matters calling for action by the Economic and Social Council or brought to its attention

A. Draft resolutions to be recommended by the Economic and Social Council for adoption by the General Assembly

1. The Commission on Crime Prevention and Criminal Justice recommends to the Economic and Social Council the approval of the following draft resolutions for adoption by the General Assembly:

Draft resolution I

Preventing and combating trafficking in cultural property

The General Assembly,

Recalling its resolution 78/198 of 19 December 2023 on preventing and combating trafficking in cultural property,1

Concerned about the growing involvement of organized criminal groups in all forms of trafficking in cultural property,

1. Urges Member States to take effective measures at the national level:

(a) To protect cultural property against trafficking;

(b) To strengthen cooperation between their law enforcement authorities;

2. Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance to States upon request;

3. Also requests the Secretary-General to report to the General Assembly at its eighty-second session on the implementation of the present resolution.

Draft resolution II

Follow-up to the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice

The General Assembly,

Recalling the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law,2

1 For the discussion, see chapter III.

2 General Assembly resolution 76/181, annex.

2/4 V.25-03456

E/CN.15/2025/L.1/Add.1

Welcoming the offer of the Government of the United Arab Emirates to host the Fifteenth Congress,

1. Invites Member States to be represented at the Congress at the highest possible level;

2. Requests the Secretary-General to facilitate the organization of the Congress.

B. Draft resolution for adoption by the Economic and Social Council

2. The Commission on Crime Prevention and Criminal Justice recommends to the Economic and Social Council the adoption of the following draft resolution:

Draft resolution I

Restorative justice in criminal matters

The Economic and Social Council,

Recalling its resolution 2002/12 of 24 July 2002,

1. Encourages Member States to develop restorative justice programmes;

2. Requests the Secretary-General to disseminate the present resolution.

C. Draft decision for adoption by the Economic and Social Council

3. The Commission on Crime Prevention and Criminal Justice recommends to the Economic and Social Council the adoption of the following draft decision:

Draft decision

Report of the Commission on Crime Prevention and Criminal Justice on its thirty-fourth session and provisional agenda for its thirty-fifth session

The Economic and Social Council takes note of the report of the Commission on Crime Prevention and Criminal Justice on its thirty-fourth session and approves the provisional agenda for its thirty-fifth session.

II. Organization of the session

4. The Commission held its thirty-fourth session in Vienna from 19 to 23 May 2025.
""",
    "zh": """联合国 E/CN.15/2025/L.1/Add.1

经济及社会理事会 Distr.: Limited 22 May 2025

Chinese Original: English

预防犯罪和刑事司法委员会
第三十四届会议
2025年5月19日至23日，维也纳
临时议程*项目12
通过委员会第三十四届会议报告

报告草稿

报告员：Ana Pereira女士（葡萄牙）

* E/CN.15/2025/1。

V.25-03456 (C) 220525

*2503456*

一. 需要经济及社会理事会采取行动或提请其注意的事项

A. 建议经济及社会理事会提请大会通过的决议草案

1. 预防犯罪和刑事司法委员会建议经济及社会理事会核准以下决议草案，供大会通过：

决议草案一

预防和打击贩运文化财产行为

大会，

回顾其2023年12月19日关于预防和打击贩运文化财产行为的第78/198号决议，1

关切有组织犯罪集团日益参与各种形式的贩运文化财产行为，

1. 敦促会员国在国家一级采取有效措施：

(a) 保护文化财产免遭贩运；

(b) 加强本国执法当局之间的合作；

2. 请联合国毒品和犯罪问题办公室继续应请求向各国提供技术援助；

3. 又请秘书长就本决议的执行情况向大会第八十二届会议提出报告。

决议草案二

第十五届联合国预防犯罪和刑事司法大会的后续行动

大会，

回顾《关于推进预防犯罪、刑事司法和法治的京都宣言》，2

1 讨论情况见第三章。

2 大会第76/181号决议，附件。

2/4 V.25-03456

E/CN.15/2025/L.1/Add.1

欢迎阿拉伯联合酋长国政府提出主办第十五届大会，

1. 邀请会员国派最高级别代表出席大会；

2. 请秘书长为大会的组织工作提供便利。

B. 建议经济及社会理事会通过的决议草案

2. 预防犯罪和刑事司法委员会建议经济及社会理事会通过以下决议草案：

决议草案一

刑事事项中的恢复性司法

经济及社会理事会，

回顾其2002年7月24日第2002/12号决议，

1. 鼓励会员国制定恢复性司法方案；

2. 请秘书长分发本决议。

C. 建议经济及社会理事会通过的决定草案

3. 预防犯罪和刑事司法委员会建议经济及社会理事会通过以下决定草案：

决定草案

预防犯罪和刑事司法委员会第三十四届会议报告和第三十五届会议临时议程

经济及社会理事会注意到预防犯罪和刑事司法委员会第三十四届会议的报告，并核准委员会第三十五届会议临时议程。

二. 会议安排

4. 委员会于2025年5月19日至23日在维也纳举行了第三十四届会议。
""",
    "fr": """Nations Unies E/CN.15/2025/L.1/Add.1

Conseil économique et social Distr. limitée 22 mai 2025

Français Original : anglais

Commission pour la prévention du crime et la justice pénale
Trente-quatrième session
Vienne, 19-23 mai 2025
Point 12 de l'ordre du jour provisoire*
Adoption du rapport de la Commission sur les travaux de sa trente-quatrième session

Projet de rapport

Rapporteuse : Mme Ana Pereira (Portugal)

* E/CN.15/2025/1.

V.25-03456 (F) 220525

*2503456*

I. Questions appelant une décision du Conseil économique et social ou portées à son attention

A. Projets de résolution que le Conseil économique et social est invité à recommander à l'Assemblée générale pour adoption

1. La Commission pour la prévention du crime et la justice pénale recommande au Conseil économique et social d'approuver les projets de résolution suivants en vue de leur adoption par l'Assemblée générale :

Projet de résolution I

Prévenir et combattre le trafic de biens culturels

L'Assemblée générale,

Rappelant sa résolution 78/198 du 19 décembre 2023 sur la prévention et la répression du trafic de biens culturels1,

Préoccupée par l'implication croissante de groupes criminels organisés dans toutes les formes de trafic de biens culturels,

1. Exhorte les États Membres à prendre des mesures efficaces au niveau national :

a) Pour protéger les biens culturels contre le trafic ;

b) Pour renforcer la coopération entre leurs services de détection et de répression ;

2. Prie l'Office des Nations Unies contre la drogue et le crime de continuer à fournir une assistance technique aux États qui en font la demande ;

3. Prie également le Secrétaire général de lui faire rapport, à sa quatre-vingt-deuxième session, sur l'application de la présente résolution.

Projet de résolution II

Suite donnée au quinzième Congrès des Nations Unies pour la prévention du crime et la justice pénale

L'Assemblée générale,

Rappelant la Déclaration de Kyoto visant à faire progresser la prévention de la criminalité, la justice pénale et l'état de droit2,

1 Pour les débats, voir le chapitre III.

2 Résolution 76/181 de l'Assemblée générale, annexe.

2/4 V.25-03456

E/CN.15/2025/L.1/Add.1

Accueillant avec satisfaction l'offre du Gouvernement des Émirats arabes unis d'accueillir le quinzième Congrès,

1. Invite les États Membres à se faire représenter au Congrès au niveau le plus élevé possible ;

2. Prie le Secrétaire général de faciliter l'organisation du Congrès.

B. Projet de résolution dont la Commission recommande l'adoption au Conseil économique et social

2. La Commission pour la prévention du crime et la justice pénale recommande au Conseil économique et social d'adopter le projet de résolution suivant :

Projet de résolution I

La justice réparatrice en matière pénale

Le Conseil économique et social,

Rappelant sa résolution 2002/12 du 24 juillet 2002,

1. Encourage les États Membres à élaborer des programmes de justice réparatrice ;

2. Prie le Secrétaire général de diffuser la présente résolution.

C. Projet de décision dont la Commission recommande l'adoption au Conseil économique et social

3. La Commission pour la prévention du crime et la justice pénale recommande au Conseil économique et social d'adopter le projet de décision suivant :

Projet de décision

Rapport de la Commission pour la prévention du crime et la justice pénale sur les travaux de sa trente-quatrième session et ordre du jour provisoire de sa trente-cinquième session

Le Conseil économique et social prend note du rapport de la Commission pour la prévention du crime et la justice pénale sur les travaux de sa trente-quatrième session et approuve l'ordre du jour provisoire de sa trente-cinquième session.

II. Organisation de la session

4. La Commission a tenu sa trente-quatrième session à Vienne du 19 au 23 mai 2025.
""",
    "es": """Naciones Unidas E/CN.15/2025/L.1/Add.1

Consejo Económico y Social Distr. limitada 22 de mayo de 2025

Español Original: inglés

Comisión de Prevención del Delito y Justicia Penal
34º período de sesiones
Viena, 19 a 23 de mayo de 2025
Tema 12 del programa provisional*
Aprobación del informe de la Comisión sobre su 34º período de sesiones

Proyecto de informe

Relatora: Sra. Ana Pereira (Portugal)

* E/CN.15/2025/1.

V.25-03456 (S) 220525

*2503456*

I. Cuestiones que requieren la adopción de medidas por el Consejo Económico y Social o que se señalan a su atención

A. Proyectos de resolución cuya aprobación por la Asamblea General se recomienda al Consejo Económico y Social

1. La Comisión de Prevención del Delito y Justicia Penal recomienda al Consejo Económico y Social que apruebe los siguientes proyectos de resolución para su aprobación por la Asamblea General:

Proyecto de resolución I

Prevención y lucha contra el tráfico de bienes culturales

La Asamblea General,

Recordando su resolución 78/198, de 19 de diciembre de 2023, relativa a la prevención y la lucha contra el tráfico de bienes culturales1,

Preocupada por la creciente participación de grupos delictivos organizados en todas las formas de tráfico de bienes culturales,

1. Insta a los Estados Miembros a que adopten medidas eficaces a nivel nacional:

a) Para proteger los bienes culturales contra el tráfico;

b) Para reforzar la cooperación entre sus autoridades encargadas de hacer cumplir la ley;

2. Solicita a la Oficina de las Naciones Unidas contra la Droga y el Delito que siga prestando asistencia técnica a los Estados que la soliciten;

3. Solicita también al Secretario General que la informe, en su octogésimo segundo período de sesiones, sobre la aplicación de la presente resolución.

Proyecto de resolución II

Seguimiento del 15º Congreso de las Naciones Unidas sobre Prevención del Delito y Justicia Penal

La Asamblea General,

Recordando la Declaración de Kioto sobre la Promoción de la Prevención del Delito, la Justicia Penal y el Estado de derecho2,

1 Para el debate, véase el capítulo III.

2 Resolución 76/181 de la Asamblea General, anexo.

2/4 V.25-03456

E/CN.15/2025/L.1/Add.1

Acogiendo con beneplácito el ofrecimiento del Gobierno de los Emiratos Árabes Unidos de acoger el 15º Congreso,

1. Invita a los Estados Miembros a que estén representados en el Congreso al más alto nivel posible;

2. Solicita al Secretario General que facilite la organización del Congreso.

B. Proyecto de resolución cuya aprobación se recomienda al Consejo Económico y Social

2. La Comisión de Prevención del Delito y Justicia Penal recomienda al Consejo Económico y Social que apruebe el siguiente proyecto de resolución:

Proyecto de resolución I

Justicia restaurativa en asuntos penales

El Consejo Económico y Social,

Recordando su resolución 2002/12, de 24 de julio de 2002,

1. Alienta a los Estados Miembros a que elaboren programas de justicia restaurativa;

2. Solicita al Secretario General que difunda la presente resolución.

C. Proyecto de decisión cuya aprobación se recomienda al Consejo Económico y Social

3. La Comisión de Prevención del Delito y Justicia Penal recomienda al Consejo Económico y Social que apruebe el siguiente proyecto de decisión:

Proyecto de decisión

Informe de la Comisión de Prevención del Delito y Justicia Penal sobre su 34º período de sesiones y programa provisional de su 35º período de sesiones

El Consejo Económico y Social toma nota del informe de la Comisión de Prevención del Delito y Justicia Penal sobre su 34º período de sesiones y aprueba el programa provisional de su 35º período de sesiones.

II. Organización del período de sesiones

4. La Comisión celebró su 34º período de sesiones en Viena del 19 al 23 de mayo de 2025.
""",
    "ru": """Организация Объединенных Наций E/CN.15/2025/L.1/Add.1

Экономический и Социальный Совет Distr.: Limited 22 May 2025

Russian Original: English

Комиссия по предупреждению преступности и уголовному правосудию
Тридцать четвертая сессия
Вена, 19–23 мая 2025 года
Пункт 12 предварительной повестки дня*
Утверждение доклада Комиссии о работе ее тридцать четвертой сессии

Проект доклада

Докладчик: г-жа Ана Перейра (Португалия)

* E/CN.15/2025/1.

V.25-03456 (R) 220525

*2503456*

I. Вопросы, требующие принятия решения Экономическим и Социальным Советом или доводимые до его сведения

А. Проекты резолюций, рекомендуемые Экономическому и Социальному Совету для принятия Генеральной Ассамблеей

1. Комиссия по предупреждению преступности и уголовному правосудию рекомендует Экономическому и Социальному Совету одобрить для принятия Генеральной Ассамблеей следующие проекты резолюций:

Проект резолюции I

Предупреждение незаконного оборота культурных ценностей и борьба с ним

Генеральная Ассамблея,

ссылаясь на свою резолюцию 78/198 от 19 декабря 2023 года о предупреждении незаконного оборота культурных ценностей и борьбе с ним1,

будучи обеспокоена растущей причастностью организованных преступных групп ко всем формам незаконного оборота культурных ценностей,

1. настоятельно призывает государства-члены принять эффективные меры на национальном уровне:

a) для защиты культурных ценностей от незаконного оборота;

b) для укрепления сотрудничества между их правоохранительными органами;

2. просит Управление Организации Объединенных Наций по наркотикам и преступности продолжать оказывать государствам по их просьбе техническую помощь;

3. просит также Генерального секретаря представить Генеральной Ассамблее на ее восемьдесят второй сессии доклад об осуществлении настоящей резолюции.

Проект резолюции II

Последующая деятельность по итогам пятнадцатого Конгресса Организации Объединенных Наций по предупреждению преступности и уголовному правосудию

Генеральная Ассамблея,

ссылаясь на Киотскую декларацию об активизации деятельности по предупреждению преступности, развитию уголовного правосудия и поощрению верховенства права2,

1 Обсуждение см. в главе III.

2 Резолюция 76/181 Генеральной Ассамблеи, приложение.

2/4 V.25-03456

E/CN.15/2025/L.1/Add.1

приветствуя предложение правительства Объединенных Арабских Эмиратов принять у себя пятнадцатый Конгресс,

1. предлагает государствам-членам обеспечить свое представительство на Конгрессе на как можно более высоком уровне;

2. просит Генерального секретаря содействовать организации Конгресса.

Б. Проект резолюции для принятия Экономическим и Социальным Советом

2. Комиссия по предупреждению преступности и уголовному правосудию рекомендует Экономическому и Социальному Совету принять следующий проект резолюции:

Проект резолюции I

Реституционное правосудие в вопросах уголовного правосудия

Экономический и Социальный Совет,

ссылаясь на свою резолюцию 2002/12 от 24 июля 2002 года,

1. рекомендует государствам-членам разрабатывать программы реституционного правосудия;

2. просит Генерального секретаря распространить настоящую резолюцию.

В. Проект решения для принятия Экономическим и Социальным Советом

3. Комиссия по предупреждению преступности и уголовному правосудию рекомендует Экономическому и Социальному Совету принять следующий проект решения:

Проект решения

Доклад Комиссии по предупреждению преступности и уголовному правосудию о работе ее тридцать четвертой сессии и предварительная повестка дня ее тридцать пятой сессии

Экономический и Социальный Совет принимает к сведению доклад Комиссии по предупреждению преступности и уголовному правосудию о работе ее тридцать четвертой сессии и утверждает предварительную повестку дня ее тридцать пятой сессии.

II. Организация работы сессии

4. Комиссия провела свою тридцать четвертую сессию в Вене 19–23 мая 2025 года.
""",
    "ar": """الأمم المتحدة E/CN.15/2025/L.1/Add.1

المجلس الاقتصادي والاجتماعي Distr.: Limited 22 May 2025

Arabic Original: English

لجنة منع الجريمة والعدالة الجنائية
الدورة الرابعة والثلاثون
فيينا، 19-23 أيار/مايو 2025
البند 12 من جدول الأعمال المؤقت*
اعتماد تقرير اللجنة عن أعمال دورتها الرابعة والثلاثين

مشروع التقرير

المقررة: السيدة آنا بيريرا (البرتغال)

* E/CN.15/2025/1.

V.25-03456 (A) 220525

*2503456*

أولا - المسائل التي تستدعي أن يتخذ المجلس الاقتصادي والاجتماعي إجراء بشأنها أو التي يوجه إليها انتباهه

ألف - مشاريع قرارات يوصى المجلس الاقتصادي والاجتماعي بأن يقدمها إلى الجمعية العامة لاعتمادها

1 - توصي لجنة منع الجريمة والعدالة الجنائية المجلس الاقتصادي والاجتماعي بأن يوافق على مشروعي القرارين التاليين لكي تعتمدهما الجمعية العامة:

مشروع القرار الأول

منع ومكافحة الاتجار بالممتلكات الثقافية

إن الجمعية العامة،

إذ تشير إلى قرارها 78/198 المؤرخ 19 كانون الأول/ديسمبر 2023 بشأن منع ومكافحة الاتجار بالممتلكات الثقافية(1)،

وإذ يساورها القلق إزاء تزايد تورط الجماعات الإجرامية المنظمة في جميع أشكال الاتجار بالممتلكات الثقافية،

1 - تحث الدول الأعضاء على اتخاذ تدابير فعالة على الصعيد الوطني:

(أ) لحماية الممتلكات الثقافية من الاتجار؛

(ب) لتعزيز التعاون بين سلطات إنفاذ القانون فيها؛

2 - تطلب إلى مكتب الأمم المتحدة المعني بالمخدرات والجريمة أن يواصل تقديم المساعدة التقنية إلى الدول بناء على طلبها؛

3 - تطلب أيضا إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الثانية والثمانين تقريرا عن تنفيذ هذا القرار.

مشروع القرار الثاني

متابعة مؤتمر الأمم المتحدة الخامس عشر لمنع الجريمة والعدالة الجنائية

إن الجمعية العامة،

إذ تشير إلى إعلان كيوتو بشأن التقدم في منع الجريمة والعدالة الجنائية وسيادة القانون(2)،

(1) للاطلاع على المناقشة، انظر الفصل الثالث.

(2) قرار الجمعية العامة 76/181، المرفق.

2/4 V.25-03456

E/CN.15/2025/L.1/Add.1

وإذ ترحب بعرض حكومة الإمارات العربية المتحدة استضافة المؤتمر الخامس عشر،

1 - تدعو الدول الأعضاء إلى أن تكون ممثلة في المؤتمر على أعلى مستوى ممكن؛

2 - تطلب إلى الأمين العام أن ييسر تنظيم المؤتمر.

باء - مشروع قرار يوصى المجلس الاقتصادي والاجتماعي باعتماده

2 - توصي لجنة منع الجريمة والعدالة الجنائية المجلس الاقتصادي والاجتماعي باعتماد مشروع القرار التالي:

مشروع القرار الأول

العدالة التصالحية في المسائل الجنائية

إن المجلس الاقتصادي والاجتماعي،

إذ يشير إلى قراره 2002/12 المؤرخ 24 تموز/يوليه 2002،

1 - يشجع الدول الأعضاء على وضع برامج للعدالة التصالحية؛

2 - يطلب إلى الأمين العام أن يعمم هذا القرار.

جيم - مشروع مقرر يوصى المجلس الاقتصادي والاجتماعي باعتماده

3 - توصي لجنة منع الجريمة والعدالة الجنائية المجلس الاقتصادي والاجتماعي باعتماد مشروع المقرر التالي:

مشروع المقرر

تقرير لجنة منع الجريمة والعدالة الجنائية عن أعمال دورتها الرابعة والثلاثين وجدول الأعمال المؤقت لدورتها الخامسة والثلاثين

يحيط المجلس الاقتصادي والاجتماعي علما بتقرير لجنة منع الجريمة والعدالة الجنائية عن أعمال دورتها الرابعة والثلاثين ويوافق على جدول الأعمال المؤقت لدورتها الخامسة والثلاثين.

ثانيا - تنظيم الدورة

4 - عقدت اللجنة دورتها الرابعة والثلاثين في فيينا في الفترة من 19 إلى 23 أيار/مايو 2025.
""",
}
DRAFT_II = {"en": "Draft resolution II", "zh": "决议草案二", "fr": "Projet de résolution II",
            "es": "Proyecto de resolución II", "ru": "Проект резолюции II", "ar": "مشروع القرار الثاني"}
COMMISSION_REPORT_IDS = [
    "masthead.1", "masthead.2", "masthead.3", "cover.1", "cover.2", "cover.3", "cover.4", "cover.5", "p.1", "p.2",
    "ch.1", "ch.1.A", "para.1",
    "dr1", "dr1.title", "dr1.body", "dr1.pp.1", "dr1.pp.2", "dr1.op.1", "dr1.op.1.a", "dr1.op.1.b", "dr1.op.2",
    "dr1.op.3",
    "dr2", "dr2.title", "dr2.body", "dr2.pp.1", "dr2.pp.2", "dr2.op.1", "dr2.op.2",
    "ch.1.B", "para.2",
    "ch.1.B.dr1", "ch.1.B.dr1.title", "ch.1.B.dr1.body", "ch.1.B.dr1.pp.1", "ch.1.B.dr1.op.1", "ch.1.B.dr1.op.2",
    "ch.1.C", "para.3",
    "dd1", "dd1.title", "dd1.p.1",
    "ch.2", "para.4",
    "fn.*", "fn.1", "fn.2",
]


@pytest.mark.parametrize("lang", LANGS)
def test_a_commission_report_carrying_drafts_gives_each_draft_its_own_units(lang: str) -> None:
    """Each draft is walked as a resolution of its own (title, acting body, preamble, operative paragraphs numbered
    from 1 again), its ids prefixed by its key; the report's own chapters, sections and paragraphs go on after it."""
    seg = _seg(COMMISSION_REPORT[lang], lang)
    assert [u.id for u in seg.units] == COMMISSION_REPORT_IDS
    kinds = {u.id: u.kind for u in seg.units}
    assert [kinds[k] for k in ("dr1", "dr2", "ch.1.B.dr1", "dd1")] == ["draft"] * 4
    assert [kinds[k] for k in ("dr1.title", "dr1.body", "dr1.pp.2", "dr1.op.3", "dr1.op.1.b")] == \
        ["title", "acting-body", "preambular", "operative", "item"]
    assert kinds["dd1.p.1"] == "paragraph" and kinds["para.2"] == "paragraph" and kinds["ch.1.C"] == "heading"
    # the draft's heading keeps its own words as its label; the Roman number is read in every language
    assert seg.get("dr2").label == DRAFT_II[lang] and seg.get("dr2").text == DRAFT_II[lang]
    assert seg.get("dr1.op.1").label in {"1.", "1 -"} and seg.get("dr2.op.2").label in {"2.", "2 -"}
    # footnotes in plain digits inside the drafts, across the page break with the running header
    assert seg.get("dr1.pp.1").footnote_refs == ("fn.1",) and seg.get("dr2.pp.1").footnote_refs == ("fn.2",)
    assert not any("V.25-03456" in u.text or "E/CN.15/2025/L.1/Add.1" in u.text for u in seg.units[1:])
    assert "76/181" in seg.get("fn.2").text


def test_a_draft_heading_is_read_in_each_language() -> None:
    headings = {"Draft resolution III": "dr3", "Draft decision II": "dd2", "Projet de résolution IV": "dr4",
                "Projet de décision": "dd1", "Proyecto de resolución II": "dr2", "Proyecto de decisión I": "dd1",
                "Проект резолюции II": "dr2", "Проект решения": "dd1", "决议草案三": "dr3", "决定草案二": "dd2",
                "مشروع القرار الثالث": "dr3", "مشروع المقرر الثاني": "dd2", "مشروع قرار": "dr1"}
    for heading, key in headings.items():
        text = f"I. Matters\n\n1. The following drafts:\n\n{heading}\n\nTitle\n\nThe Council,\n\n1. Decides."
        assert _ids(text, "en") == ["ch.1", "para.1", key, f"{key}.title", f"{key}.body", f"{key}.op.1"], heading


def test_a_draft_mentioned_in_running_text_or_with_a_number_out_of_form_is_no_draft() -> None:
    text = ("I. Matters\n\n1. The Commission adopted the following:\n\nDraft resolution IIII\n\n"
            "Draft resolution I was adopted without a vote.\n\n2. The Commission closed its session.")
    assert _ids(text, "en") == ["ch.1", "para.1", "p.1", "p.2", "para.2"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_draft_decision_without_an_acting_body_holds_its_text(lang: str) -> None:
    """A draft decision whose text follows its title directly: the text is a paragraph of the draft, not a
    second title line; the report's next chapter ends the draft."""
    seg = _seg(COMMISSION_REPORT[lang], lang)
    assert seg.get("dd1.title").text.endswith(("session", "sesiones", "сессии", "议程", "والثلاثين", "session"))
    assert seg.get("dd1.p.1").text.endswith((".", "。"))
    assert seg.get("ch.2").label in {"II.", "二.", "ثانيا -"}


def test_operative_paragraphs_of_a_draft_after_the_reports_paragraphs_do_not_take_the_reports_ids() -> None:
    """Before drafts were read, "1." inside a draft collided with the report's para.1 (``ch.1.para.1``)."""
    ids = _ids(COMMISSION_REPORT["en"], "en")
    assert "ch.1.para.1" not in ids and ids.count("para.1") == 1


@pytest.mark.parametrize("columns, lang", [(44, lang) for lang in LANGS] +
                         [(columns, lang) for columns in (58, 72) for lang in LANGS if lang != "zh"])
def test_a_hard_wrapped_commission_report_gives_the_same_units(columns: int, lang: str) -> None:
    """From the first chapter on (the cover's lines, set one under another, are read as one wrapped block there;
    the short Chinese version has too few wrapped lines at the wider widths, as in test_segment_layouts)."""
    plain = [(u.id, u.kind, u.text, u.footnote_refs) for u in _seg(COMMISSION_REPORT[lang], lang).units]
    wrapped = [(u.id, u.kind, u.text, u.footnote_refs)
               for u in _seg(_hard_wrap(COMMISSION_REPORT[lang], columns), lang).units]
    start = [u[0] for u in plain].index("ch.1")
    assert wrapped[[u[0] for u in wrapped].index("ch.1"):] == plain[start:]


def test_a_draft_keeps_its_annex_and_the_reports_next_section_ends_it() -> None:
    """A draft's annex, with its own chapters numbered from I, stays the draft's (``dr1.annex1.ch.2``); the next
    draft and the report's next lettered section and chapter each end the one before."""
    text = "\n\n".join([
        "I. Matters calling for action by the Economic and Social Council",
        "A. Draft resolutions for adoption by the General Assembly",
        "1. The Commission recommends the following draft resolutions:",
        "Draft resolution I", "Model strategies on the elimination of violence against children",
        "The General Assembly,", "Recalling its resolution 69/194,",
        "1. Adopts the model strategies annexed to the present resolution;",
        "2. Requests the Secretary-General to disseminate them.",
        "Annex", "Model strategies", "I. General principles", "1. States should ensure that children are protected.",
        "II. Prevention", "2. States should adopt prevention programmes:", "(a) In schools;", "(b) In communities.",
        "Draft resolution II", "Technical assistance", "The General Assembly,",
        "1. Requests the Office to continue its work.",
        "B. Draft decision for adoption by the Economic and Social Council",
        "2. The Commission recommends the following draft decision:",
        "Draft decision", "Provisional agenda", "The Economic and Social Council approves the provisional agenda.",
        "II. Organization of the session", "3. The Commission held its session in Vienna."])
    assert _ids(text, "en") == [
        "ch.1", "ch.1.A", "para.1",
        "dr1", "dr1.title", "dr1.body", "dr1.pp.1", "dr1.op.1", "dr1.op.2",
        "dr1.annex1", "dr1.annex1.title", "dr1.annex1.ch.1", "dr1.annex1.1", "dr1.annex1.ch.2", "dr1.annex1.2",
        "dr1.annex1.2.a", "dr1.annex1.2.b",
        "dr2", "dr2.title", "dr2.body", "dr2.op.1",
        "ch.1.B", "para.2", "dd1", "dd1.title", "dd1.p.1", "ch.2", "para.3"]


# --- asterisk footnotes on a cover page ----------------------------------------------------------------------

#: The cover of a pre-session report: the agenda item's footnote "*" and the title's "**", both at the bottom of
#: the cover page, then a footnote in plain digits on the next page. Per language: the Organization, the organ,
#: the commission's lines, the agenda item, its title, the report's title, the title line with "**", the summary,
#: the two asterisk footnotes, the chapter, the paragraph with footnote 1, footnote 1.
PRESESSION = {
    "en": ("United Nations", "Economic and Social Council",
           "Commission on Crime Prevention and Criminal Justice\nThirty-fourth session\nVienna, 19–23 May 2025",
           "Item 5 of the provisional agenda*",
           "Integration and coordination of efforts by the United Nations Office on Drugs and Crime and by Member "
           "States in the field of crime prevention and criminal justice",
           "Technical assistance provided by the United Nations Office on Drugs and Crime",
           "Report of the Secretary-General**",
           "Summary\nThe present report describes the technical assistance provided by the Office in 2024.",
           "* E/CN.15/2025/1.",
           "** The present report was submitted after the deadline owing to the need to include information "
           "received from Member States.",
           "I. Introduction",
           "1. In its resolution 33/1, the Commission requested the Secretary-General to report to it at its "
           "thirty-fourth session on the technical assistance provided by the Office.1",
           "1 See E/CN.15/2024/15, chap. I, sect. D."),
    "zh": ("联合国", "经济及社会理事会", "预防犯罪和刑事司法委员会\n第三十四届会议\n2025年5月19日至23日，维也纳",
           "临时议程*项目5",
           "联合国毒品和犯罪问题办公室和会员国在预防犯罪和刑事司法领域的工作的统筹协调",
           "联合国毒品和犯罪问题办公室提供的技术援助", "秘书长的报告**",
           "摘要\n本报告介绍办公室2024年提供的技术援助。",
           "* E/CN.15/2025/1。", "** 本报告逾期提交，原因是需要列入从会员国收到的资料。",
           "一. 导言",
           "1. 委员会在第33/1号决议中请秘书长向委员会第三十四届会议报告办公室提供的技术援助情况。1",
           "1 见E/CN.15/2024/15，第一章，D节。"),
    "fr": ("Nations Unies", "Conseil économique et social",
           "Commission pour la prévention du crime et la justice pénale\nTrente-quatrième session\nVienne, 19-23 mai 2025",
           "Point 5 de l'ordre du jour provisoire*",
           "Intégration et coordination des efforts déployés par l'Office des Nations Unies contre la drogue et le "
           "crime et par les États Membres dans le domaine de la prévention du crime et de la justice pénale",
           "Assistance technique fournie par l'Office des Nations Unies contre la drogue et le crime",
           "Rapport du Secrétaire général**",
           "Résumé\nLe présent rapport décrit l'assistance technique fournie par l'Office en 2024.",
           "* E/CN.15/2025/1.",
           "** Le présent rapport a été soumis après la date limite en raison de la nécessité d'y inclure des "
           "informations communiquées par les États Membres.",
           "I. Introduction",
           "1. Dans sa résolution 33/1, la Commission a prié le Secrétaire général de lui faire rapport, à sa "
           "trente-quatrième session, sur l'assistance technique fournie par l'Office1.",
           "1 Voir E/CN.15/2024/15, chap. I, sect. D."),
    "es": ("Naciones Unidas", "Consejo Económico y Social",
           "Comisión de Prevención del Delito y Justicia Penal\n34º período de sesiones\nViena, 19 a 23 de mayo de 2025",
           "Tema 5 del programa provisional*",
           "Integración y coordinación de los esfuerzos de la Oficina de las Naciones Unidas contra la Droga y el "
           "Delito y de los Estados Miembros en la esfera de la prevención del delito y la justicia penal",
           "Asistencia técnica prestada por la Oficina de las Naciones Unidas contra la Droga y el Delito",
           "Informe del Secretario General**",
           "Resumen\nEn el presente informe se describe la asistencia técnica prestada por la Oficina en 2024.",
           "* E/CN.15/2025/1.",
           "** El presente informe se presentó después del plazo establecido debido a la necesidad de incluir "
           "información recibida de los Estados Miembros.",
           "I. Introducción",
           "1. En su resolución 33/1, la Comisión solicitó al Secretario General que la informara, en su 34º "
           "período de sesiones, sobre la asistencia técnica prestada por la Oficina1.",
           "1 Véase E/CN.15/2024/15, cap. I, secc. D."),
    "ru": ("Организация Объединенных Наций", "Экономический и Социальный Совет",
           "Комиссия по предупреждению преступности и уголовному правосудию\nТридцать четвертая сессия\n"
           "Вена, 19–23 мая 2025 года",
           "Пункт 5 предварительной повестки дня*",
           "Интеграция и координация усилий Управления Организации Объединенных Наций по наркотикам и "
           "преступности и государств-членов в области предупреждения преступности и уголовного правосудия",
           "Техническая помощь, оказываемая Управлением Организации Объединенных Наций по наркотикам и преступности",
           "Доклад Генерального секретаря**",
           "Резюме\nВ настоящем докладе описывается техническая помощь, оказанная Управлением в 2024 году.",
           "* E/CN.15/2025/1.",
           "** Настоящий доклад был представлен после установленного срока в связи с необходимостью включить в "
           "него информацию, полученную от государств-членов.",
           "I. Введение",
           "1. В своей резолюции 33/1 Комиссия просила Генерального секретаря представить ей на ее тридцать "
           "четвертой сессии доклад о технической помощи, оказываемой Управлением1.",
           "1 См. E/CN.15/2024/15, глава I, раздел D."),
    "ar": ("الأمم المتحدة", "المجلس الاقتصادي والاجتماعي",
           "لجنة منع الجريمة والعدالة الجنائية\nالدورة الرابعة والثلاثون\nفيينا، 19-23 أيار/مايو 2025",
           "البند 5 من جدول الأعمال المؤقت*",
           "إدماج وتنسيق الجهود التي يبذلها مكتب الأمم المتحدة المعني بالمخدرات والجريمة والدول الأعضاء في "
           "مجال منع الجريمة والعدالة الجنائية",
           "المساعدة التقنية التي يقدمها مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
           "تقرير الأمين العام**",
           "موجز\nيصف هذا التقرير المساعدة التقنية التي قدمها المكتب في عام 2024.",
           "* E/CN.15/2025/1.",
           "** قُدِّم هذا التقرير بعد الموعد المحدد بسبب الحاجة إلى إدراج معلومات وردت من الدول الأعضاء.",
           "أولا - مقدمة",
           "1 - طلبت اللجنة، في قرارها 33/1، إلى الأمين العام أن يقدم إليها في دورتها الرابعة والثلاثين تقريرا "
           "عن المساعدة التقنية التي يقدمها المكتب(1).",
           "(1) انظر E/CN.15/2024/15، الفصل الأول، الباب دال."),
}


def _presession(lang: str) -> str:
    """The pre-session report of ``lang`` as PDF text gives it: cover, footer with job number and bar code, the
    second page with the symbol as running header and its footer."""
    (organization, organ, commission, item, item_title, title, report_of, summary, note, note2, chapter, paragraph,
     footnote) = PRESESSION[lang]
    return "\n\n".join([
        f"{organization} E/CN.15/2025/7", f"{organ} Distr.: General 5 March 2025", f"{commission}\n{item}\n{item_title}",
        title, report_of, summary, note, note2, "V.25-01111 (E) 050325", "*2501111*",
        "E/CN.15/2025/7", chapter, paragraph, footnote, "2/3 V.25-01111"]) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_asterisk_footnotes_on_a_cover_page(lang: str) -> None:
    """"*" and "**" become footnotes ``fn.*`` and ``fn.**``, referred to by the units that carry their markers
    (without the marker in their text); footnotes in plain digits are still read, after them."""
    seg = _seg(_presession(lang), lang)
    item, report_of = PRESESSION[lang][3], PRESESSION[lang][6]
    notes = [u for u in seg.units if u.kind == "footnote"]
    assert [u.id for u in notes] == ["fn.*", "fn.**", "fn.1"]
    assert [u.label for u in notes] == ["*", "**", "1"]
    assert seg.get("fn.*").text == PRESESSION[lang][8][2:] and seg.get("fn.**").text == PRESESSION[lang][9][3:]
    carriers = {u.text: u.footnote_refs for u in seg.units if u.footnote_refs}
    assert carriers[item.replace("*", "")] == ("fn.*",) and carriers[report_of.replace("*", "")] == ("fn.**",)
    assert seg.get("para.1").footnote_refs == ("fn.1",)
    assert not any("*" in u.text for u in seg.units)
    assert any(item in u.raw for u in seg.units)  # the raw text keeps the marker as the document has it
    assert [u.id for u in seg.units] == [u.id for u in _seg(_presession("en"), "en").units]


def test_asterisk_footnotes_in_a_hard_wrapped_layout() -> None:
    for lang in ("en", "fr", "ru"):
        seg = _seg(_hard_wrap(_presession(lang), 44), lang)
        assert [u.id for u in seg.units if u.kind == "footnote"] == ["fn.*", "fn.**", "fn.1"], lang
        assert sum(u.footnote_refs.count("fn.*") + u.footnote_refs.count("fn.**") for u in seg.units) == 2


def test_asterisks_that_mark_no_footnote_stay_text() -> None:
    """A list with asterisk bullets has no marker above it; a footnote line without a marker of as many asterisks
    above it stays text; a marker of another number of asterisks is no reference."""
    bullets = "I. Activities\n\n1. The Office:\n\n* trained judges;\n\n* drafted laws."
    seg = _seg(bullets, "en")
    assert [u.kind for u in seg.units] == ["heading", "paragraph", "paragraph", "paragraph"]
    assert [u.text for u in seg.units][2:] == ["* trained judges;", "* drafted laws."]
    text = "Item 5 of the provisional agenda**\n\nSome text.\n\n* E/CN.15/2025/1."
    seg = _seg(text, "en")
    assert not any(u.kind == "footnote" for u in seg.units) and seg.units[0].footnote_refs == ()


def test_an_asterisk_footnote_before_its_marker_is_no_footnote() -> None:
    text = "* Footnote text first.\n\nThen a title*\n\nAnd more."
    assert not any(u.kind == "footnote" for u in _seg(text, "en").units)


# --- a resolution of the Human Rights Council, with its cover lines -------------------------------------------

#: Per language: the organ line, the "Original" line, the Council's lines (session, dates, agenda item and its
#: title), the title lines, the acting body, three preambular paragraphs (the second with footnote 1), the
#: operative part (with two sub-paragraphs), the footnote, the meeting line and the adoption line of page 2.
HRC_RESOLUTION = {
    "en": ("General Assembly Distr.: General 9 April 2025", "Original: English",
           "Human Rights Council\nFifty-eighth session\n24 February–4 April 2025\nAgenda item 3\n"
           "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, "
           "including the right to development",
           "Resolution adopted by the Human Rights Council on 3 April 2025", "58/12. The right to education",
           "The Human Rights Council,",
           "Guided by the purposes and principles of the Charter of the United Nations,",
           "Recalling the Universal Declaration of Human Rights and the International Covenant on Economic, Social "
           "and Cultural Rights,1",
           "Recalling also all previous resolutions of the Commission on Human Rights and the Human Rights Council "
           "on the right to education,",
           "1. Decides to extend the mandate of the Special Rapporteur on the right to education for a period of "
           "three years;",
           "2. Calls upon all States:", "(a) To ensure free and compulsory primary education for all;",
           "(b) To remove barriers to education for girls;",
           "3. Requests the United Nations High Commissioner for Human Rights to provide the Special Rapporteur "
           "with all the assistance necessary;",
           "4. Decides to continue its consideration of this question under the same agenda item.",
           "1 General Assembly resolution 2200 A (XXI), annex.", "47th meeting 3 April 2025",
           "[Adopted without a vote.]"),
    "zh": ("大 会 Distr.: General 9 April 2025", "Chinese Original: English",
           "人权理事会\n第五十八届会议\n2025年2月24日至4月4日\n议程项目3\n"
           "增进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权",
           "人权理事会2025年4月3日通过的决议", "58/12. 受教育权",
           "人权理事会，", "遵循《联合国宪章》的宗旨和原则，", "回顾《世界人权宣言》和《经济社会文化权利国际公约》，1",
           "又回顾人权委员会和人权理事会以往关于受教育权的所有决议，",
           "1. 决定将教育权问题特别报告员的任期延长三年；", "2. 吁请所有国家：", "(a) 确保人人享有免费义务初等教育；",
           "(b) 消除女童受教育的障碍；", "3. 请联合国人权事务高级专员向特别报告员提供一切必要协助；",
           "4. 决定继续在同一议程项目下审议这一问题。", "1 大会第2200 A(XXI)号决议，附件。",
           "2025年4月3日 第47次会议", "[未经表决获得通过。]"),
    "fr": ("Assemblée générale Distr. générale 9 avril 2025", "Français Original : anglais",
           "Conseil des droits de l'homme\nCinquante-huitième session\n24 février-4 avril 2025\n"
           "Point 3 de l'ordre du jour\nPromotion et protection de tous les droits de l'homme, civils, politiques, "
           "économiques, sociaux et culturels, y compris le droit au développement",
           "Résolution adoptée par le Conseil des droits de l'homme le 3 avril 2025", "58/12. Le droit à l'éducation",
           "Le Conseil des droits de l'homme,",
           "Guidé par les buts et principes énoncés dans la Charte des Nations Unies,",
           "Rappelant la Déclaration universelle des droits de l'homme et le Pacte international relatif aux droits "
           "économiques, sociaux et culturels1,",
           "Rappelant également toutes les résolutions antérieures de la Commission des droits de l'homme et du "
           "Conseil des droits de l'homme sur le droit à l'éducation,",
           "1. Décide de prolonger le mandat du Rapporteur spécial sur le droit à l'éducation pour une période de "
           "trois ans ;",
           "2. Demande à tous les États :", "a) De garantir un enseignement primaire gratuit et obligatoire pour tous ;",
           "b) D'éliminer les obstacles à l'éducation des filles ;",
           "3. Prie le Haut-Commissaire des Nations Unies aux droits de l'homme de fournir au Rapporteur spécial "
           "toute l'assistance nécessaire ;",
           "4. Décide de poursuivre l'examen de la question au titre du même point de l'ordre du jour.",
           "1 Résolution 2200 A (XXI) de l'Assemblée générale, annexe.", "47e séance 3 avril 2025",
           "[Adoptée sans vote.]"),
    "es": ("Asamblea General Distr. general 9 de abril de 2025", "Español Original: inglés",
           "Consejo de Derechos Humanos\n58º período de sesiones\n24 de febrero a 4 de abril de 2025\n"
           "Tema 3 de la agenda\nPromoción y protección de todos los derechos humanos, civiles, políticos, "
           "económicos, sociales y culturales, incluido el derecho al desarrollo",
           "Resolución aprobada por el Consejo de Derechos Humanos el 3 de abril de 2025",
           "58/12. El derecho a la educación", "El Consejo de Derechos Humanos,",
           "Guiándose por los propósitos y principios de la Carta de las Naciones Unidas,",
           "Recordando la Declaración Universal de Derechos Humanos y el Pacto Internacional de Derechos "
           "Económicos, Sociales y Culturales1,",
           "Recordando también todas las resoluciones anteriores de la Comisión de Derechos Humanos y del Consejo "
           "de Derechos Humanos sobre el derecho a la educación,",
           "1. Decide prorrogar el mandato del Relator Especial sobre el derecho a la educación por un período de "
           "tres años;",
           "2. Exhorta a todos los Estados a que:", "a) Garanticen una enseñanza primaria gratuita y obligatoria para todos;",
           "b) Eliminen los obstáculos a la educación de las niñas;",
           "3. Solicita al Alto Comisionado de las Naciones Unidas para los Derechos Humanos que proporcione al "
           "Relator Especial toda la asistencia necesaria;",
           "4. Decide seguir examinando esta cuestión en relación con el mismo tema de la agenda.",
           "1 Resolución 2200 A (XXI) de la Asamblea General, anexo.", "47ª sesión 3 de abril de 2025",
           "[Aprobada sin votación.]"),
    "ru": ("Генеральная Ассамблея Distr.: General 9 April 2025", "Russian Original: English",
           "Совет по правам человека\nПятьдесят восьмая сессия\n24 февраля — 4 апреля 2025 года\nПункт 3 повестки дня\n"
           "Поощрение и защита всех прав человека, гражданских, политических, экономических, социальных и "
           "культурных прав, включая право на развитие",
           "Резолюция, принятая Советом по правам человека 3 апреля 2025 года", "58/12. Право на образование",
           "Совет по правам человека,",
           "руководствуясь целями и принципами Устава Организации Объединенных Наций,",
           "ссылаясь на Всеобщую декларацию прав человека и Международный пакт об экономических, социальных и "
           "культурных правах1,",
           "ссылаясь также на все предыдущие резолюции Комиссии по правам человека и Совета по правам человека "
           "о праве на образование,",
           "1. постановляет продлить мандат Специального докладчика по вопросу о праве на образование на "
           "трехлетний период;",
           "2. призывает все государства:", "a) обеспечить бесплатное и обязательное начальное образование для всех;",
           "b) устранить препятствия для получения образования девочками;",
           "3. просит Верховного комиссара Организации Объединенных Наций по правам человека оказывать "
           "Специальному докладчику всю необходимую помощь;",
           "4. постановляет продолжить рассмотрение этого вопроса в рамках того же пункта повестки дня.",
           "1 Резолюция 2200 A (XXI) Генеральной Ассамблеи, приложение.", "47-е заседание 3 апреля 2025 года",
           "[Принята без голосования.]"),
    "ar": ("الجمعية العامة Distr.: General 9 April 2025", "Arabic Original: English",
           "مجلس حقوق الإنسان\nالدورة الثامنة والخمسون\n24 شباط/فبراير - 4 نيسان/أبريل 2025\nالبند 3 من جدول الأعمال\n"
           "تعزيز وحماية جميع حقوق الإنسان، المدنية والسياسية والاقتصادية والاجتماعية والثقافية، بما في ذلك الحق "
           "في التنمية",
           "قرار اعتمده مجلس حقوق الإنسان في 3 نيسان/أبريل 2025", "58/12 - الحق في التعليم",
           "إن مجلس حقوق الإنسان،", "إذ يسترشد بمقاصد ميثاق الأمم المتحدة ومبادئه،",
           "وإذ يشير إلى الإعلان العالمي لحقوق الإنسان والعهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية "
           "والثقافية(1)،",
           "وإذ يشير أيضا إلى جميع القرارات السابقة للجنة حقوق الإنسان ومجلس حقوق الإنسان بشأن الحق في التعليم،",
           "1 - يقرر تمديد ولاية المقرر الخاص المعني بالحق في التعليم لفترة ثلاث سنوات؛",
           "2 - يهيب بجميع الدول:", "(أ) أن تكفل التعليم الابتدائي المجاني والإلزامي للجميع؛",
           "(ب) أن تزيل العقبات التي تحول دون تعليم الفتيات؛",
           "3 - يطلب إلى مفوض الأمم المتحدة السامي لحقوق الإنسان أن يقدم إلى المقرر الخاص كل ما يلزم من مساعدة؛",
           "4 - يقرر أن يواصل النظر في هذه المسألة في إطار البند نفسه من جدول الأعمال.",
           "(1) قرار الجمعية العامة 2200 ألف (د-21)، المرفق.", "الجلسة 47 3 نيسان/أبريل 2025",
           "[اعتُمد دون تصويت.]"),
}
_ORGANIZATION = {"en": "United Nations", "zh": "联合国", "fr": "Nations Unies", "es": "Naciones Unidas",
                 "ru": "Организация Объединенных Наций", "ar": "الأمم المتحدة"}


def _hrc_resolution(lang: str) -> str:
    """The resolution as PDF text gives it: the cover's lines, the footnote and footer at the bottom of page 1, the
    symbol as running header of page 2, with the meeting and adoption lines."""
    *head, footnote, meeting, adopted = HRC_RESOLUTION[lang]
    return "\n\n".join([f"{_ORGANIZATION[lang]} A/HRC/RES/58/12", *head, footnote, "V.25-05678 (E) 090425",
                        "*2505678*", "A/HRC/RES/58/12", "2/2 V.25-05678", meeting, adopted]) + "\n"


HRC_IDS = ["masthead.1", "masthead.2", "masthead.3", "cover.1", "cover.2", "cover.3", "cover.4", "cover.5", "cover.6",
           "title", "body", "pp.1", "pp.2", "pp.3", "op.1", "op.2", "op.2.a", "op.2.b", "op.3", "op.4", "adoption",
           "fn.1"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_human_rights_council_resolution_with_its_cover_lines(lang: str) -> None:
    seg = _seg(_hrc_resolution(lang), lang)
    assert [u.id for u in seg.units] == HRC_IDS
    assert seg.get("body").kind == "acting-body" and seg.get("body").text == HRC_RESOLUTION[lang][5]
    assert seg.get("pp.2").footnote_refs == ("fn.1",) and "2200" in seg.get("fn.1").text
    assert seg.get("title").text == HRC_RESOLUTION[lang][4] and seg.get("cover.6").text == HRC_RESOLUTION[lang][3]
    assert "\n".join(seg.get(f"cover.{n}").text for n in range(1, 6)) == HRC_RESOLUTION[lang][2]
    assert seg.get("masthead.3").text == HRC_RESOLUTION[lang][1]  # "Original: English", the masthead's last line
    adoption = seg.get("adoption")  # the meeting and date, and the record of the vote in brackets under them
    assert adoption.kind == "adoption" and adoption.text.startswith(HRC_RESOLUTION[lang][-2])
    assert adoption.text.endswith(HRC_RESOLUTION[lang][-1])


#: The cover of a working group's background paper, which has no session line: the group's name, the place and
#: dates of its meeting, the agenda item (with an asterisk footnote's marker) and the item's title; then the
#: paper's title, its first chapter and paragraphs.
WORKING_GROUP_COVER = {
    "en": ("Working Group on International Cooperation", "Vienna, 23–27 May 2022", "Item 2 of the provisional agenda*",
           "Use of joint investigative bodies and special investigative techniques",
           "Background paper prepared by the Secretariat", "I. Introduction",
           "1. At its eleventh session, the Working Group considered the matter.", "2. The present paper was prepared."),
    "zh": ("国际合作工作组", "2022年5月23日至27日，维也纳", "临时议程*项目2", "联合调查机构和特殊侦查手段的使用",
           "秘书处编写的背景文件", "一. 导言", "1. 工作组在第十一届会议上审议了该事项。", "2. 编写了本文件。"),
    "fr": ("Groupe de travail sur la coopération internationale", "Vienne, 23-27 mai 2022",
           "Point 2 de l’ordre du jour provisoire*",
           "Recours aux organes d’enquête conjoints et aux techniques d’enquête spéciales",
           "Document d’information établi par le Secrétariat", "I. Introduction",
           "1. À sa onzième session, le Groupe de travail a examiné la question.", "2. Le présent document a été établi."),
    "es": ("Grupo de Trabajo sobre Cooperación Internacional", "Viena, 23 a 27 de mayo de 2022",
           "Tema 2 del programa provisional*",
           "Utilización de órganos mixtos de investigación y técnicas especiales de investigación",
           "Documento de antecedentes preparado por la Secretaría", "I. Introducción",
           "1. En su 11º período de sesiones, el Grupo de Trabajo examinó la cuestión.",
           "2. Se preparó el presente documento."),
    "ru": ("Рабочая группа по международному сотрудничеству", "Вена, 23–27 мая 2022 года",
           "Пункт 2 предварительной повестки дня*",
           "Использование совместных следственных органов и специальных методов расследования",
           "Справочный документ, подготовленный Секретариатом", "I. Введение",
           "1. На своей одиннадцатой сессии Рабочая группа рассмотрела этот вопрос.", "2. Настоящий документ подготовлен."),
    "ar": ("الفريق العامل المعني بالتعاون الدولي", "فيينا، 23-27 أيار/مايو 2022", "البند 2 من جدول الأعمال المؤقت*",
           "استخدام هيئات التحقيق المشتركة وأساليب التحري الخاصة", "ورقة معلومات أساسية من إعداد الأمانة",
           "أولا- مقدمة", "1- نظر الفريق العامل في المسألة في دورته الحادية عشرة.", "2- أُعدت هذه الورقة."),
}


@pytest.mark.parametrize("joined", [False, True])
@pytest.mark.parametrize("lang", LANGS)
def test_a_working_groups_cover_without_a_session_line_is_found_by_its_agenda_item(lang: str, joined: bool) -> None:
    """The cover lines get cover ids (on lines of their own or one under the other, as a PDF may give them), so
    the paper's own title is p.1 with or without them."""
    lines = WORKING_GROUP_COVER[lang]
    cover = ("\n" if joined else "\n\n").join(lines[:4])
    seg = _seg(cover + "\n\n" + "\n\n".join(lines[4:]) + "\n", lang)
    assert [u.id for u in seg.units] == ["cover.1", "cover.2", "cover.3", "cover.4", "p.1", "ch.1", "para.1", "para.2"]
    assert [seg.get(f"cover.{n}").text for n in range(1, 5)] == list(lines[:4])
    without = _seg("\n\n".join(lines[4:]) + "\n", lang)
    assert [u.id for u in without.units] == ["p.1", "ch.1", "para.1", "para.2"]
    assert without.get("p.1").text == seg.get("p.1").text == lines[4]


def test_an_agenda_item_under_a_paragraph_of_text_is_no_cover() -> None:
    """Lines above the agenda item that end a sentence are the document's own text, not a cover's."""
    text = "The Working Group met in Vienna.\n\nItem 2 of the provisional agenda\n\nUse of joint investigative bodies\n"
    assert [u.kind for u in _seg(text, "en").units if u.kind == "cover"] == []


#: A recorded vote closing the resolution, in place of "[Adopted without a vote.]": its header, then each side's
#: label and list of members.
RECORDED_VOTE = {
    "en": ("[Adopted by a recorded vote of 30 to 5, with 12 abstentions. The voting was as follows:", "In favour:",
           "Albania, Belgium, Chile", "Against:", "Burundi, Eritrea", "Abstaining:", "India, Indonesia]"),
    "zh": ("[以30票赞成、5票反对、12票弃权的记录表决结果获得通过。表决情况如下：", "赞成：", "阿尔巴尼亚、比利时、智利", "反对：",
           "布隆迪、厄立特里亚", "弃权：", "印度、印度尼西亚]"),
    "fr": ("[Adoptée à l'issue d'un vote enregistré par 30 voix contre 5, avec 12 abstentions. Les voix se sont "
           "réparties comme suit :", "Ont voté pour :", "Albanie, Belgique, Chili", "Ont voté contre :",
           "Burundi, Érythrée", "Se sont abstenus :", "Inde, Indonésie]"),
    "es": ("[Aprobada en votación registrada por 30 votos contra 5 y 12 abstenciones. El resultado de la votación "
           "fue el siguiente:", "Votos a favor:", "Albania, Bélgica, Chile", "Votos en contra:", "Burundi, Eritrea",
           "Abstenciones:", "India, Indonesia]"),
    "ru": ("[Принята путем заносимого в отчет о заседании голосования 30 голосами против 5 при 12 воздержавшихся. "
           "Результаты голосования были следующими:", "Голосовали за:", "Албания, Бельгия, Чили",
           "Голосовали против:", "Бурунди, Эритрея", "Воздержались:", "Индия, Индонезия]"),
    "ar": ("[اعتُمد بتصويت مسجل بأغلبية 30 صوتا مقابل 5 أصوات، وامتناع 12 عضوا عن التصويت. وكانت نتيجة التصويت "
           "كما يلي:", "المؤيدون:", "ألبانيا، بلجيكا، شيلي", "المعارضون:", "بوروندي، إريتريا", "الممتنعون:",
           "الهند، إندونيسيا]"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_human_rights_council_resolution_adopted_by_a_recorded_vote(lang: str) -> None:
    """The vote's header, labels and lists after the meeting line are pieces of their own, the same in every
    language; none joins the operative part or the footnote."""
    text = _hrc_resolution(lang).replace(HRC_RESOLUTION[lang][-1], "\n\n".join(RECORDED_VOTE[lang]))
    seg = _seg(text, lang)
    assert [u.id for u in seg.units] == HRC_IDS[:-2] + ["adoption", "p.1", "p.2", "p.3", "p.4", "p.5", "p.6", "p.7",
                                                         "fn.1"]
    assert [u.text for u in seg.units[-8:-1]] == list(RECORDED_VOTE[lang])
    assert seg.get("op.4").text.endswith((".", "。")) and seg.get("fn.1").text.endswith((".", "。"))


# --- a decision of a commission with no acting body, with its cover lines -------------------------------------

#: Per language: the organ line, the Commission's lines (with the agenda item's asterisk), the decision's number
#: line, its title and its text (one sentence, with no acting body above it), the asterisk footnote.
COMMISSION_DECISION = {
    "en": ("Economic and Social Council Distr.: General 14 March 2024",
           "Commission on Narcotic Drugs\nSixty-seventh session\nVienna, 14–22 March 2024\nAgenda item 5 (b)*\n"
           "Implementation of the international drug control treaties: changes in the scope of control of substances",
           "Decision 67/1",
           "Inclusion of a substance in Schedule I of the Single Convention on Narcotic Drugs of 1961 as amended by "
           "the 1972 Protocol",
           "At its 8th meeting, on 14 March 2024, the Commission on Narcotic Drugs decided by 51 votes to none, with "
           "no abstentions, to include the substance in Schedule I of the Single Convention on Narcotic Drugs of 1961 "
           "as amended by the 1972 Protocol.",
           "* E/CN.7/2024/1."),
    "zh": ("经济及社会理事会 Distr.: General 14 March 2024",
           "麻醉药品委员会\n第六十七届会议\n2024年3月14日至22日，维也纳\n议程项目5(b)*\n国际药物管制条约的执行情况：物质管制范围的变更",
           "第 67/1 号决定", "将一种物质列入经《1972年议定书》修正的《1961年麻醉品单一公约》附表一",
           "麻醉药品委员会在2024年3月14日第8次会议上以51票赞成、0票反对、0票弃权决定将该物质列入经《1972年议定书》修正的"
           "《1961年麻醉品单一公约》附表一。",
           "* E/CN.7/2024/1。"),
    "fr": ("Conseil économique et social Distr. générale 14 mars 2024",
           "Commission des stupéfiants\nSoixante-septième session\nVienne, 14-22 mars 2024\n"
           "Point 5 b) de l'ordre du jour*\nApplication des traités internationaux relatifs au contrôle des drogues : "
           "modifications du champ d'application du contrôle des substances",
           "Décision 67/1",
           "Inscription d'une substance au Tableau I de la Convention unique sur les stupéfiants de 1961 telle que "
           "modifiée par le Protocole de 1972",
           "À sa 8e séance, le 14 mars 2024, la Commission des stupéfiants a décidé, par 51 voix contre zéro, sans "
           "abstention, d'inscrire la substance au Tableau I de la Convention unique sur les stupéfiants de 1961 telle "
           "que modifiée par le Protocole de 1972.",
           "* E/CN.7/2024/1."),
    "es": ("Consejo Económico y Social Distr. general 14 de marzo de 2024",
           "Comisión de Estupefacientes\n67º período de sesiones\nViena, 14 a 22 de marzo de 2024\n"
           "Tema 5 b) del programa*\nAplicación de los tratados de fiscalización internacional de drogas: cambios en "
           "el alcance de la fiscalización de sustancias",
           "Decisión 67/1",
           "Inclusión de una sustancia en la Lista I de la Convención Única de 1961 sobre Estupefacientes enmendada "
           "por el Protocolo de 1972",
           "En su octava sesión, celebrada el 14 de marzo de 2024, la Comisión de Estupefacientes decidió, por 51 "
           "votos contra ninguno y ninguna abstención, incluir la sustancia en la Lista I de la Convención Única de "
           "1961 sobre Estupefacientes enmendada por el Protocolo de 1972.",
           "* E/CN.7/2024/1."),
    "ru": ("Экономический и Социальный Совет Distr.: General 14 March 2024",
           "Комиссия по наркотическим средствам\nШестьдесят седьмая сессия\nВена, 14–22 марта 2024 года\n"
           "Пункт 5 b повестки дня*\nОсуществление международных договоров о контроле над наркотиками: изменения "
           "в сфере охвата контроля над веществами",
           "Решение 67/1",
           "Включение одного вещества в Список I Единой конвенции о наркотических средствах 1961 года с поправками, "
           "внесенными в нее Протоколом 1972 года",
           "На своем 8-м заседании 14 марта 2024 года Комиссия по наркотическим средствам 51 голосом против нуля "
           "при отсутствии воздержавшихся постановила включить это вещество в Список I Единой конвенции о "
           "наркотических средствах 1961 года с поправками, внесенными в нее Протоколом 1972 года.",
           "* E/CN.7/2024/1."),
    "ar": ("المجلس الاقتصادي والاجتماعي Distr.: General 14 March 2024",
           "لجنة المخدرات\nالدورة السابعة والستون\nفيينا، 14-22 آذار/مارس 2024\nالبند 5 (ب) من جدول الأعمال*\n"
           "تنفيذ المعاهدات الدولية لمراقبة المخدرات: التغييرات في نطاق مراقبة المواد",
           "المقرر 67/1",
           "إدراج مادة في الجدول الأول من الاتفاقية الوحيدة للمخدرات لسنة 1961 بصيغتها المعدلة ببروتوكول سنة 1972",
           "قررت لجنة المخدرات، في جلستها الثامنة المعقودة في 14 آذار/مارس 2024، بأغلبية 51 صوتا مقابل لا شيء، ودون "
           "امتناع أحد عن التصويت، إدراج المادة في الجدول الأول من الاتفاقية الوحيدة للمخدرات لسنة 1961 بصيغتها "
           "المعدلة ببروتوكول سنة 1972.",
           "* E/CN.7/2024/1."),
}


def _commission_decision(lang: str) -> str:
    organ, commission, number, title, decision, note = COMMISSION_DECISION[lang]
    return "\n\n".join([f"{_ORGANIZATION[lang]} E/CN.7/2024/DEC/67/1", organ, commission, number, title, decision,
                        note, "V.24-04321 (E) 140324", "*2404321*"]) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_a_commission_decision_without_an_acting_body(lang: str) -> None:
    """The masthead's lines (the symbol, the organ and distribution line) have masthead ids, the Commission's lines
    (its name, session, place and dates, agenda item and the item's title) cover ids, the decision's number line is
    the symbol, its title a title, its text (no acting body stands above it) a paragraph; the agenda item's asterisk
    footnote is read."""
    organ, commission, number, title, decision, note = COMMISSION_DECISION[lang]
    seg = _seg(_commission_decision(lang), lang)
    assert [u.id for u in seg.units] == ["masthead.1", "masthead.2", "cover.1", "cover.2", "cover.3", "cover.4",
                                         "cover.5", "symbol", "title", "p.1", "fn.*"]
    assert "\n".join(seg.get(f"cover.{n}").text for n in range(1, 6)) == commission.replace("*", "")  # (its marker)
    assert seg.get("masthead.2").text == organ and seg.get("masthead.2").kind == "masthead"
    assert (seg.get("symbol").kind, seg.get("symbol").text) == ("symbol", number)
    assert (seg.get("title").text, seg.get("p.1").text, seg.get("p.1").kind) == (title, decision, "paragraph")
    assert seg.get("cover.4").footnote_refs == ("fn.*",) and seg.get("fn.*").text == note[2:]


@pytest.mark.parametrize("lang", LANGS)
def test_a_decision_without_an_acting_body_and_with_numbered_paragraphs(lang: str) -> None:
    paragraphs = {"en": ("1. Decides to hold its next session in Vienna;", "2. Requests the secretariat to report."),
                  "zh": ("1. 决定在维也纳举行下届会议；", "2. 请秘书处提出报告。"),
                  "fr": ("1. Décide de tenir sa prochaine session à Vienne ;", "2. Prie le secrétariat de faire rapport."),
                  "es": ("1. Decide celebrar su próximo período de sesiones en Viena;",
                         "2. Solicita a la secretaría que presente un informe."),
                  "ru": ("1. постановляет провести свою следующую сессию в Вене;", "2. просит секретариат представить доклад."),
                  "ar": ("1 - يقرر أن يعقد دورته المقبلة في فيينا؛", "2 - يطلب إلى الأمانة أن تقدم تقريرا.")}[lang]
    _, _, number, title, _, _ = COMMISSION_DECISION[lang]
    assert _ids("\n\n".join([number, title, *paragraphs]), lang) == ["symbol", "title", "op.1", "op.2"]


def test_a_report_that_quotes_a_decision_number_after_its_first_chapter_stays_a_report() -> None:
    text = ("E/CN.7/2024/15\n\nI. Matters brought to the attention of the Council\n\nDecision 67/1\n\n"
            "Inclusion of a substance in Schedule I\n\nAt its 8th meeting, the Commission decided to include it.\n\n"
            "1. The Commission adopted the decision.")
    # the decision it reproduces is walked as a draft is, under its number; the report's paragraph follows it
    assert _ids(text, "en") == ["symbol", "ch.1", "dec67-1", "dec67-1.title", "dec67-1.p.1", "para.1"]


# --- resolutions and decisions a report reproduces ------------------------------------------------------------

#: A session report's first chapter reproducing a resolution it adopted, then a section and a chapter of its own.
REPRODUCED = {
    "zh": (
        '一. 缔约方会议通过的决议和决定',
        'A. 决议',
        '1. 缔约方会议第十一届会议通过了以下决议：',
        '第 11/1 号决议',
        '执行各项国际合作条款',
        '缔约方会议，',
        '回顾其第 2/2 号决定，',
        '1. 决定继续开展工作；',
        'B. 决定',
        '2. 缔约方会议通过了以下决定：',
        '二. 会议安排',
        '3. 会议由主席宣布开幕。',
        '4. 缔约方会议通过了议程。',
    ),
    "en": (
        'I. Resolutions and decisions adopted by the Conference of the Parties',
        'A. Resolutions',
        '1. At its eleventh session, the Conference adopted the following resolutions:',
        'Resolution 11/1',
        'Implementation of the international cooperation provisions',
        'The Conference of the Parties,',
        'Recalling its decision 2/2,',
        '1. Decides to continue its work;',
        'B. Decisions',
        '2. The Conference adopted the following decision:',
        'II. Organization of the session',
        '3. The session was opened by the President.',
        '4. The Conference adopted its agenda.',
    ),
    "fr": (
        'I. Résolutions et décisions adoptées par la Conférence des Parties',
        'A. Résolutions',
        '1. À sa onzième session, la Conférence a adopté les résolutions suivantes :',
        'Résolution 11/1',
        'Application des dispositions relatives à la coopération internationale',
        'La Conférence des Parties,',
        'Rappelant sa décision 2/2,',
        '1. Décide de poursuivre ses travaux ;',
        'B. Décisions',
        '2. La Conférence a adopté la décision suivante :',
        'II. Organisation de la session',
        '3. La session a été ouverte par le Président.',
        '4. La Conférence a adopté son ordre du jour.',
    ),
    "es": (
        'I. Resoluciones y decisiones aprobadas por la Conferencia de las Partes',
        'A. Resoluciones',
        '1. En su 11º período de sesiones, la Conferencia aprobó las siguientes resoluciones:',
        'Resolución 11/1',
        'Aplicación de las disposiciones sobre cooperación internacional',
        'La Conferencia de las Partes,',
        'Recordando su decisión 2/2,',
        '1. Decide proseguir su labor;',
        'B. Decisiones',
        '2. La Conferencia aprobó la siguiente decisión:',
        'II. Organización del período de sesiones',
        '3. El Presidente declaró abierto el período de sesiones.',
        '4. La Conferencia aprobó su programa.',
    ),
    "ru": (
        'I. Резолюции и решения, принятые Конференцией Участников',
        'А. Резолюции',
        '1. На своей одиннадцатой сессии Конференция приняла следующие резолюции:',
        'Резолюция 11/1',
        'Осуществление положений о международном сотрудничестве',
        'Конференция Участников,',
        'ссылаясь на свое решение 2/2,',
        '1. постановляет продолжить свою работу;',
        'Б. Решения',
        '2. Конференция приняла следующее решение:',
        'II. Организация работы сессии',
        '3. Сессию открыл Председатель.',
        '4. Конференция утвердила свою повестку дня.',
    ),
    "ar": (
        'أولا - القرارات والمقررات التي اعتمدها مؤتمر الأطراف',
        'ألف - القرارات',
        '1 - اعتمد المؤتمر، في دورته الحادية عشرة، القرارات التالية:',
        'القرار 11/1',
        'تنفيذ أحكام التعاون الدولي',
        'إن مؤتمر الأطراف،',
        'إذ يشير إلى مقرره 2/2،',
        '1 - يقرر أن يواصل عمله؛',
        'باء - المقررات',
        '2 - اعتمد المؤتمر المقرر التالي:',
        'ثانيا - تنظيم أعمال الدورة',
        '3 - افتتح الرئيس الدورة.',
        '4 - أقر المؤتمر جدول أعماله.',
    ),
}
REPRODUCED_IDS = ["ch.1", "ch.1.A", "para.1", "res11-1", "res11-1.title", "res11-1.body", "res11-1.pp.1", "res11-1.op.1",
                  "ch.1.B", "para.2", "ch.2", "para.3", "para.4"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_resolution_a_report_reproduces_is_walked_under_its_number(lang: str) -> None:
    seg = _seg("\n\n".join(REPRODUCED[lang]), lang)
    assert [u.id for u in seg.units] == REPRODUCED_IDS
    assert seg.get("res11-1").kind == "draft" and seg.get("res11-1.body").text == REPRODUCED[lang][5]


def test_the_reports_next_numbered_paragraph_ends_a_reproduced_resolution() -> None:
    # the report's paragraph 2 after the resolution's operative paragraphs 1 to 3; a decision after it
    text = ("I. Resolutions and decisions\n\n1. The Conference adopted the following resolution:\n\nResolution 11/1\n\n"
            "Title\n\nThe Conference of the Parties,\n\n1. Decides to act;\n\n2. Requests a report;\n\n3. Decides to remain "
            "seized of the matter.\n\n2. The Conference also adopted the following decision:\n\nDecision 11/2\n\nVenue\n\n"
            "At its 9th meeting, the Conference decided:\n\n1. To meet in Vienna;\n\n2. To meet in 2026.\n\n"
            "II. Organization of the session\n\n3. The session was opened.")
    assert _ids(text, "en") == ["ch.1", "para.1", "res11-1", "res11-1.title", "res11-1.body", "res11-1.op.1",
                                "res11-1.op.2", "res11-1.op.3", "para.2", "dec11-2", "dec11-2.title", "dec11-2.p.1",
                                "dec11-2.op.1", "dec11-2.op.2", "ch.2", "para.3"]


def test_a_resolutions_number_line_at_the_top_is_no_reproduced_resolution() -> None:
    text = "Resolution 11/1\n\nTitle\n\nThe Conference of the Parties,\n\nRecalling its decision 2/2,\n\n1. Decides to act."
    assert _ids(text, "en") == ["symbol", "title", "body", "pp.1", "op.1"]


# --- a compilation: resolutions and decisions one after another, each under its number line ---------------------

COMPILATION = {
    "en": (
        'Resolution 11/1', 'Implementation of the international cooperation provisions', 'The Conference of the Parties,',
        'Recalling its decision 2/2,', '1. Decides to continue its work;', '2. Requests the Secretariat to report to it.',
        'Annex', 'Recommendations', '(a) States parties should designate central authorities;',
        '(b) States parties should use the Convention as a legal basis.',
        'Resolution 11/2', 'Review mechanism', 'The Conference of the Parties,', 'Noting the progress made,',
        '1. Welcomes the reviews completed.',
        'Decision 11/3', 'Venue of the twelfth session',
        'At its 9th meeting, the Conference decided to hold its twelfth session in Vienna.',
    ),
    "fr": (
        'Résolution 11/1', 'Application des dispositions relatives à la coopération internationale',
        'La Conférence des Parties,', 'Rappelant sa décision 2/2,', '1. Décide de poursuivre ses travaux ;',
        '2. Prie le Secrétariat de lui faire rapport.', 'Annexe', 'Recommandations',
        '(a) Les États parties devraient désigner des autorités centrales ;',
        '(b) Les États parties devraient utiliser la Convention comme base légale.',
        'Résolution 11/2', 'Mécanisme d’examen', 'La Conférence des Parties,', 'Prenant note des progrès accomplis,',
        '1. Se félicite des examens achevés.',
        'Décision 11/3', 'Lieu de la douzième session',
        'À sa 9e séance, la Conférence a décidé de tenir sa douzième session à Vienne.',
    ),
    "es": (
        'Resolución 11/1', 'Aplicación de las disposiciones sobre cooperación internacional',
        'La Conferencia de las Partes,', 'Recordando su decisión 2/2,', '1. Decide proseguir su labor;',
        '2. Solicita a la Secretaría que le informe.', 'Anexo', 'Recomendaciones',
        '(a) Los Estados partes deberían designar autoridades centrales;',
        '(b) Los Estados partes deberían utilizar la Convención como base jurídica.',
        'Resolución 11/2', 'Mecanismo de examen', 'La Conferencia de las Partes,', 'Observando los progresos realizados,',
        '1. Acoge con beneplácito los exámenes concluidos.',
        'Decisión 11/3', 'Lugar de celebración del 12º período de sesiones',
        'En su novena sesión, la Conferencia decidió celebrar su 12º período de sesiones en Viena.',
    ),
    "ru": (
        'Резолюция 11/1', 'Осуществление положений о международном сотрудничестве', 'Конференция Участников,',
        'ссылаясь на свое решение 2/2,', '1. постановляет продолжить свою работу;',
        '2. просит Секретариат представить ей доклад.', 'Приложение', 'Рекомендации',
        'a) государствам-участникам следует назначить центральные органы;',
        'b) государствам-участникам следует использовать Конвенцию в качестве правового основания.',
        'Резолюция 11/2', 'Механизм обзора', 'Конференция Участников,', 'отмечая достигнутый прогресс,',
        '1. приветствует завершенные обзоры.',
        'Решение 11/3', 'Место проведения двенадцатой сессии',
        'На своем 9-м заседании Конференция постановила провести свою двенадцатую сессию в Вене.',
    ),
    "ar": (
        'القرار 11/1', 'تنفيذ أحكام التعاون الدولي', 'إن مؤتمر الأطراف،', 'إذ يشير إلى مقرره 2/2،',
        '1 - يقرر أن يواصل عمله؛', '2 - يطلب إلى الأمانة أن تقدم إليه تقريرا.', 'المرفق', 'التوصيات',
        '(أ) ينبغي للدول الأطراف أن تعيّن سلطات مركزية؛',
        '(ب) ينبغي للدول الأطراف أن تستخدم الاتفاقية أساسا قانونيا.',
        'القرار 11/2', 'آلية الاستعراض', 'إن مؤتمر الأطراف،', 'إذ يلاحظ التقدم المحرز،',
        '1 - يرحب بالاستعراضات المنجزة.',
        'المقرر 11/3', 'مكان انعقاد الدورة الثانية عشرة',
        'قرر المؤتمر، في جلسته التاسعة، أن يعقد دورته الثانية عشرة في فيينا.',
    ),
    "zh": (
        '第 11/1 号决议', '国际合作条款的执行情况', '缔约方会议，', '回顾其第 2/2 号决定，', '1. 决定继续开展工作；',
        '2. 请秘书处向其报告。', '附件', '建议', '(a) 缔约国应指定中央机关；', '(b) 缔约国应将《公约》作为法律依据。',
        '第 11/2 号决议', '审议机制', '缔约方会议，', '注意到所取得的进展，', '1. 欣见已完成的审议。',
        '第 11/3 号决定', '第十二届会议的地点', '缔约方会议在其第 9 次会议上决定在维也纳举行第十二届会议。',
    ),
}
COMPILATION_IDS = [
    "res11-1", "res11-1.title", "res11-1.body", "res11-1.pp.1", "res11-1.op.1", "res11-1.op.2",
    "res11-1.annex1", "res11-1.annex1.title", "res11-1.annex1.a", "res11-1.annex1.b",
    "res11-2", "res11-2.title", "res11-2.body", "res11-2.pp.1", "res11-2.op.1",
    "dec11-3", "dec11-3.title", "dec11-3.p.1",
]


@pytest.mark.parametrize("lang", LANGS)
def test_each_resolution_and_decision_of_a_compilation_is_walked_under_its_number(lang: str) -> None:
    seg = _seg("\n\n".join(COMPILATION[lang]), lang)
    assert [u.id for u in seg.units] == COMPILATION_IDS
    # the second resolution opens after the first one's annex, not inside it
    assert seg.get("res11-2").kind == "draft" and seg.get("res11-2.body").text == COMPILATION[lang][12]
    assert seg.get("res11-1.annex1.b").text.endswith(COMPILATION[lang][9][-8:])


def test_a_compilation_keeps_the_title_above_its_first_number_line() -> None:
    text = "Resolutions adopted by the Conference of the Parties\n\n" + "\n\n".join(COMPILATION["en"])
    assert _ids(text, "en") == ["title"] + COMPILATION_IDS


def test_security_council_resolutions_one_after_another() -> None:
    text = ("Resolution 2719 (2023)\n\nAdopted by the Security Council at its 9512th meeting, on 21 December 2023\n\n"
            "The Security Council,\n\nRecalling its previous resolutions,\n\n1. Decides to remain seized of the matter.\n\n"
            "Resolution 2720 (2023)\n\nAdopted by the Security Council at its 9520th meeting, on 22 December 2023\n\n"
            "The Security Council,\n\nReaffirming its commitment,\n\n1. Requests a report;\n\n2. Decides to remain seized.")
    assert _ids(text, "en") == ["res2719-2023", "res2719-2023.adoption", "res2719-2023.body", "res2719-2023.pp.1",
                                "res2719-2023.op.1", "res2720-2023", "res2720-2023.adoption", "res2720-2023.body",
                                "res2720-2023.pp.1", "res2720-2023.op.1", "res2720-2023.op.2"]


@pytest.mark.parametrize("lang", LANGS)
def test_two_copies_of_the_sample_under_two_numbers_give_its_units_twice(lang: str) -> None:
    import corpora
    from aligner.model import Document
    from aligner.segment import segment

    text = corpora.load("untoc-cop-res-11-1", lang).text
    head, rest = text.lstrip().split("\n", 1)
    second = head.replace("11/1", "11/9") + "\n" + rest
    assert second != text.lstrip()
    one = [u.id for u in segment(Document(text=text, lang=lang)).body]
    both = [u.id for u in segment(Document(text=text + "\n\n" + second, lang=lang)).body]

    def keyed(key: str) -> list[str]:  # the symbol line becomes the resolution's own unit
        return [key if uid == "symbol" else f"{key}.{uid}" for uid in one]

    assert "symbol" in one and both == keyed("res11-1") + keyed("res11-9")


#: The Assembly's compilations print each resolution's number at the head of its title's line.
ASSEMBLY_COMPILATION = {
    "en": ('77/232. Strengthening the crime prevention and criminal justice programme', 'The General Assembly,',
           'Reaffirming its resolution 76/187,', '1. Requests the Secretary-General to report;',
           '2. Decides to include the item in its agenda.',
           '77/233. International cooperation against the world drug problem', 'The General Assembly,',
           'Recalling its resolution 76/188,', '1. Reaffirms its commitment.'),
    "fr": ('77/232. Renforcement du programme pour la prévention du crime et la justice pénale', "L’Assemblée générale,",
           'Réaffirmant sa résolution 76/187,', '1. Prie le Secrétaire général de lui faire rapport ;',
           '2. Décide d’inscrire la question à son ordre du jour.',
           '77/233. Coopération internationale face au problème mondial de la drogue', "L’Assemblée générale,",
           'Rappelant sa résolution 76/188,', '1. Réaffirme son engagement.'),
    "es": ('77/232. Fortalecimiento del programa de prevención del delito y justicia penal', 'La Asamblea General,',
           'Reafirmando su resolución 76/187,', '1. Solicita al Secretario General que la informe;',
           '2. Decide incluir el tema en su programa.',
           '77/233. Cooperación internacional contra el problema mundial de las drogas', 'La Asamblea General,',
           'Recordando su resolución 76/188,', '1. Reafirma su compromiso.'),
    "ru": ('77/232. Укрепление программы в области предупреждения преступности и уголовного правосудия',
           'Генеральная Ассамблея,', 'вновь подтверждая свою резолюцию 76/187,',
           '1. просит Генерального секретаря представить доклад;', '2. постановляет включить этот пункт в свою повестку дня.',
           '77/233. Международное сотрудничество в борьбе с мировой проблемой наркотиков', 'Генеральная Ассамблея,',
           'ссылаясь на свою резолюцию 76/188,', '1. вновь подтверждает свою приверженность.'),
    "ar": ('77/232 - تعزيز برنامج منع الجريمة والعدالة الجنائية', 'إن الجمعية العامة،', 'إذ تعيد تأكيد قرارها 76/187،',
           '1 - تطلب إلى الأمين العام أن يقدم تقريرا؛', '2 - تقرر أن تدرج البند في جدول أعمالها.',
           '77/233 - التعاون الدولي على مواجهة مشكلة المخدرات العالمية', 'إن الجمعية العامة،',
           'إذ تشير إلى قرارها 76/188،', '1 - تعيد تأكيد التزامها.'),
    "zh": ('77/232. 加强预防犯罪和刑事司法方案', '大会，', '重申其第 76/187 号决议，', '1. 请秘书长提出报告；',
           '2. 决定将该项目列入其议程。', '77/233. 开展国际合作应对世界毒品问题', '大会，', '回顾其第 76/188 号决议，',
           '1. 重申其承诺。'),
}
ASSEMBLY_COMPILATION_IDS = ["res77-232", "res77-232.title", "res77-232.body", "res77-232.pp.1", "res77-232.op.1",
                            "res77-232.op.2", "res77-233", "res77-233.title", "res77-233.body", "res77-233.pp.1",
                            "res77-233.op.1"]


@pytest.mark.parametrize("lang", LANGS)
def test_resolutions_of_an_assembly_compilation_are_walked_under_the_numbers_opening_their_titles(lang: str) -> None:
    lines = ASSEMBLY_COMPILATION[lang]
    seg = _seg("\n\n".join(lines), lang)
    assert [u.id for u in seg.units] == ASSEMBLY_COMPILATION_IDS
    number, title = seg.get("res77-233"), seg.get("res77-233.title")
    assert number.text.startswith("77/233") and len(number.text) <= len("77/233 -")
    assert f"{number.text} {title.text}" == lines[5] and number.raw.strip() == number.text


def test_resolutions_of_the_economic_and_social_council_one_after_another() -> None:
    text = ("2023/19. Strengthening the crime prevention programme\n\nThe Economic and Social Council,\n\n"
            "Recalling its resolution 2022/15,\n\n1. Requests a report.\n\n2023/20. Drug control\n\n"
            "The Economic and Social Council,\n\nNoting the report,\n\n1. Decides to act.")
    assert _ids(text, "en") == ["res2023-19", "res2023-19.title", "res2023-19.body", "res2023-19.pp.1",
                                "res2023-19.op.1", "res2023-20", "res2023-20.title", "res2023-20.body",
                                "res2023-20.pp.1", "res2023-20.op.1"]


def test_one_resolution_whose_number_opens_its_title_keeps_its_own_ids() -> None:
    text = "\n\n".join(ASSEMBLY_COMPILATION["en"][:5])
    assert _ids(text, "en") == ["title", "body", "pp.1", "op.1", "op.2"]


# --- a table of contents ------------------------------------------------------------------------------------------

CONTENTS = {
    "en": ("Contents", "Paragraphs Page", "I. Introduction . . . . . . . . . . . . . . . . 1–2 2",
           "II. Recommendations of the Working Group on International . . . . . 3 2",
           "Annex", "List of documents before the Working Group . . . . . . . . . . 4"),
    "fr": ("Table des matières", "Paragraphes Pages", "I. Introduction . . . . . . . . . . . . . . 1–2 2",
           "II. Recommandations du Groupe de travail sur la coopération . . . . . 3 2",
           "Annexe", "Liste des documents dont le Groupe de travail était saisi . . . . . . 4"),
    "es": ("Índice", "Párrafos Página", "I. Introducción . . . . . . . . . . . . . . . 1–2 2",
           "II. Recomendaciones del Grupo de Trabajo sobre Cooperación . . . . . 3 2",
           "Anexo", "Lista de documentos que tuvo ante sí el Grupo de Trabajo . . . . . . 4"),
    "ru": ("Содержание", "Пункты Стр.", "I. Введение . . . . . . . . . . . . . . . . . . 1–2 2",
           "II. Рекомендации Рабочей группы по международному сотрудничеству . . . 3 2",
           "Приложение", "Перечень документов, находившихся на рассмотрении Рабочей группы . . . 4"),
    "ar": ("المحتويات", "الفقرات الصفحة", "أولا - مقدمة . . . . . . . . . . . . . . . . . 1-2 2",
           "ثانيا - توصيات الفريق العامل المعني بالتعاون الدولي . . . . . . 3 2",
           "المرفق", "قائمة الوثائق التي كانت معروضة على الفريق العامل . . . . . . 4"),
    "zh": ("目录", "段次 页次", "一. 导言 ................................ 1-2 2",
           "二. 国际合作工作组的建议 ........................ 3 2", "附件", "工作组收到的文件一览表 ............... 4"),
}
CONTENTS_BODY = {
    "en": ("I. Introduction", "1. The Working Group met in Vienna on 5 and 6 June 2023.", "2. It held four meetings.",
           "II. Recommendations", "3. The Working Group adopted the following recommendations."),
    "fr": ("I. Introduction", "1. Le Groupe de travail s’est réuni à Vienne les 5 et 6 juin 2023.",
           "2. Il a tenu quatre séances.", "II. Recommandations", "3. Le Groupe de travail a adopté les recommandations suivantes."),
    "es": ("I. Introducción", "1. El Grupo de Trabajo se reunió en Viena los días 5 y 6 de junio de 2023.",
           "2. Celebró cuatro sesiones.", "II. Recomendaciones", "3. El Grupo de Trabajo aprobó las recomendaciones siguientes."),
    "ru": ("I. Введение", "1. Рабочая группа провела совещание в Вене 5 и 6 июня 2023 года.", "2. Она провела четыре заседания.",
           "II. Рекомендации", "3. Рабочая группа приняла следующие рекомендации."),
    "ar": ("أولا - مقدمة", "1 - اجتمع الفريق العامل في فيينا يومي 5 و6 حزيران/يونيه 2023.", "2 - وعقد أربع جلسات.",
           "ثانيا - التوصيات", "3 - اعتمد الفريق العامل التوصيات التالية."),
    "zh": ("一. 导言", "1. 工作组于 2023 年 6 月 5 日和 6 日在维也纳举行会议。", "2. 工作组举行了四次会议。", "二. 建议",
           "3. 工作组通过了下列建议。"),
}


@pytest.mark.parametrize("layout", ["paragraphs", "pdf"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_table_of_contents_gets_ids_of_its_own_and_leaves_the_chapters_theirs(lang: str, layout: str) -> None:
    glue = "\n\n" if layout == "paragraphs" else "\n"  # (a PDF's text: no blank line between the lines)
    seg = _seg(glue.join(CONTENTS[lang]) + "\n\n" + "\n\n".join(CONTENTS_BODY[lang]), lang)
    without = _seg("\n\n".join(CONTENTS_BODY[lang]), lang)
    ids = [u.id for u in seg.units]
    assert ids == ["toc", "toc.head", "toc.1", "toc.2", "toc.3"] + [u.id for u in without.units]
    assert [u.id for u in without.units] == ["ch.1", "para.1", "para.2", "ch.2", "para.3"]
    assert {u.kind for u in seg.units[:5]} == {"contents"}
    # an entry's text leaves out the leaders, the paragraphs and the page; its raw text keeps them
    assert seg.get("toc.1").text == CONTENTS[lang][2].split(" .")[0].split(" ..")[0]
    assert seg.get("toc.1").raw.strip() == CONTENTS[lang][2]
    assert seg.get("toc.3").text.startswith(CONTENTS[lang][4])  # the annex's line goes with its entry


def test_a_heading_named_contents_over_text_is_no_table_of_contents() -> None:
    text = "I. Contents\n\nContents\n\n1. The report contains the following chapters.\n\n2. It has an annex."
    assert _ids(text, "en") == ["ch.1", "p.1", "para.1", "para.2"]


def test_a_table_of_contents_ends_before_the_chapter_heading_under_it() -> None:
    # the body's first heading has no page number: it is not taken into the last entry
    text = ("Contents\nI. Introduction . . . . 2\nII. Conclusions . . . . 3\nI. Introduction\n"
            "1. The meeting was held on 5 June 2023.\nII. Conclusions\n2. It ended.")
    assert _ids(text, "en") == ["toc", "toc.1", "toc.2", "ch.1", "para.1", "ch.2", "para.2"]


# --- annotations of an agenda: each sub-item's title over its text ---------------------------------------------

ANNOTATIONS = {
    "en": ("I. Annotations", "1. Organizational matters", "(a) Opening of the meeting",
           "The meeting will be opened on 5 June 2023.", "(b) Adoption of the agenda",
           "The Working Group is expected to adopt its agenda.", "2. Extradition",
           "The Working Group will discuss practical issues."),
    "fr": ("I. Annotations", "1. Questions d’organisation", "a) Ouverture de la réunion",
           "La réunion sera ouverte le 5 juin 2023.", "b) Adoption de l’ordre du jour",
           "Le Groupe de travail devrait adopter son ordre du jour.", "2. Extradition",
           "Le Groupe de travail examinera des questions pratiques."),
    "es": ("I. Anotaciones", "1. Cuestiones de organización", "a) Apertura de la reunión",
           "La reunión se inaugurará el 5 de junio de 2023.", "b) Aprobación del programa",
           "Se prevé que el Grupo de Trabajo apruebe su programa.", "2. Extradición",
           "El Grupo de Trabajo examinará cuestiones prácticas."),
    "ru": ("I. Аннотации", "1. Организационные вопросы", "a) Открытие совещания",
           "Совещание откроется 5 июня 2023 года.", "b) Утверждение повестки дня",
           "Рабочая группа, как ожидается, утвердит свою повестку дня.", "2. Выдача",
           "Рабочая группа обсудит практические вопросы."),
    "ar": ("أولا - الشروح", "1 - المسائل التنظيمية", "(أ) افتتاح الاجتماع", "سيُفتتح الاجتماع في 5 حزيران/يونيه 2023.",
           "(ب) إقرار جدول الأعمال", "يُتوقع أن يقر الفريق العامل جدول أعماله.", "2 - تسليم المجرمين",
           "سيناقش الفريق العامل المسائل العملية."),
    "zh": ("一. 说明", "1. 组织事项", "(a) 会议开幕", "会议将于 2023 年 6 月 5 日开幕。", "(b) 通过议程",
           "预计工作组将通过其议程。", "2. 引渡", "工作组将讨论实际问题。"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_lettered_title_over_its_text_leaves_the_next_letter_on_its_list(lang: str) -> None:
    seg = _seg("\n\n".join(ANNOTATIONS[lang]), lang)
    assert [u.id for u in seg.units] == ["ch.1", "para.1", "para.1.a", "p.1", "para.1.b", "p.2", "para.2", "p.3"]


def test_a_list_under_a_paragraph_that_closes_its_sentence_is_the_paragraphs() -> None:
    text = ("I. Conclusions\n\n1. The group agreed on the following:\n\n(a) To meet again;\n\n"
            "The group also recommended the following:\n\n(a) To report;\n\n(b) To publish.")
    assert _ids(text, "en") == ["ch.1", "para.1", "para.1.a", "p.1", "p.1.a", "p.1.b"]


# --- paragraphs numbered in decimals under a numbered one ----------------------------------------------------------

DECIMAL = {
    "en": ("I. Guidelines", "1. General principles", "1.1 States should cooperate.", "1.2 States should designate authorities.",
           "2. Specific measures", "2.1 States should train officials.", "2.1.1 Training should be regular."),
    "fr": ("I. Lignes directrices", "1. Principes généraux", "1.1 Les États devraient coopérer.",
           "1.2 Les États devraient désigner des autorités.", "2. Mesures particulières",
           "2.1 Les États devraient former les agents.", "2.1.1 La formation devrait être régulière."),
    "es": ("I. Directrices", "1. Principios generales", "1.1 Los Estados deberían cooperar.",
           "1.2 Los Estados deberían designar autoridades.", "2. Medidas concretas",
           "2.1 Los Estados deberían capacitar a los funcionarios.", "2.1.1 La capacitación debería ser periódica."),
    "ru": ("I. Руководящие принципы", "1. Общие принципы", "1.1 Государствам следует сотрудничать.",
           "1.2 Государствам следует назначить органы.", "2. Конкретные меры",
           "2.1 Государствам следует обучать сотрудников.", "2.1.1 Обучение должно быть регулярным."),
    "ar": ("أولا - المبادئ التوجيهية", "1 - المبادئ العامة", "1.1 ينبغي للدول أن تتعاون.", "1.2 ينبغي للدول أن تعيّن سلطات.",
           "2 - التدابير المحددة", "2.1 ينبغي للدول أن تدرب الموظفين.", "2.1.1 ينبغي أن يكون التدريب منتظما."),
    "zh": ("一. 准则", "1. 一般原则", "１．１ 各国应开展合作。", "1.2 各国应指定主管机关。", "2. 具体措施",
           "2.1 各国应培训官员。", "2.1.1 培训应定期进行。"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_paragraphs_numbered_in_decimals_lie_under_the_numbered_one(lang: str) -> None:
    lines = DECIMAL[lang]
    seg = _seg("\n\n".join(lines), lang)
    assert [u.id for u in seg.units] == ["ch.1", "para.1", "para.1.1", "para.1.2", "para.2", "para.2.1", "para.2.1.1"]
    assert seg.get("para.2.1.1").text == lines[-1].split(" ", 1)[1] and seg.get("para.2.1.1").label == "2.1.1"


def test_arabic_decimals_written_with_a_hyphen() -> None:
    # UN Arabic numbers a report's recommendations "120-1", "120-2" (and its paragraphs "120 -")
    lines = ("ثانيا - الاستنتاجات و/أو التوصيات", "120 - ستنظر النمسا في التوصيات التالية:",
             "120-1 التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب (شيلي)؛",
             "120-2 النظر في التصديق على الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري (فرنسا)؛",
             "121 - تحظى التوصيات التالية بتأييد النمسا:", "١٢١-١ تعزيز المؤسسة الوطنية لحقوق الإنسان (إسبانيا)؛")
    seg = _seg("\n\n".join(lines), "ar")
    assert [u.id for u in seg.units] == ["ch.2", "para.120", "para.120.1", "para.120.2", "para.121", "para.121.1"]
    assert seg.get("para.120.1").label == "120-1" and seg.get("para.120.1").text.startswith("التصديق")
    # in the other languages a hyphen joins a range ("10-12 May"), not decimals
    assert _ids("I. Facts\n\n10. The meeting.\n\n10-12 May were the dates.", "en") == ["ch.1", "para.10", "p.1"]


def test_a_decimal_that_is_no_subparagraph_stays_text() -> None:
    # "1.5 million" opening a paragraph under paragraph 2, and a decimal of another paragraph's number
    text = "I. Facts\n\n1. Victims were counted.\n\n2. The counts rose.\n\n1.5 million people were helped.\n\n3. Done."
    assert _ids(text, "en") == ["ch.1", "para.1", "para.2", "p.1", "para.3"]


# --- a report whose chapters are named "Chapter I", their titles on the next line ---------------------------------

NAMED_CHAPTERS = {
    "en": ("Chapter I", "Matters calling for action by the Council", "1. The Commission recommends the following.",
           "Chapter II", "Organization of the session", "2. The session was opened."),
    "fr": ("Chapitre premier", "Questions appelant une décision du Conseil", "1. La Commission recommande ce qui suit.",
           "Chapitre II", "Organisation de la session", "2. La session a été ouverte."),
    "es": ("Capítulo I", "Cuestiones que requieren la adopción de medidas por el Consejo",
           "1. La Comisión recomienda lo siguiente.", "Capítulo II", "Organización del período de sesiones",
           "2. Se declaró abierto el período de sesiones."),
    "ru": ("Глава I", "Вопросы, требующие принятия решений Советом", "1. Комиссия рекомендует следующее.",
           "Глава II", "Организация работы сессии", "2. Сессия была открыта."),
    "ar": ("الفصل الأول", "المسائل التي تستدعي إجراء من المجلس", "1 - توصي اللجنة بما يلي.", "الفصل الثاني",
           "تنظيم الدورة", "2 - افتُتحت الدورة."),
    "zh": ("第一章", "需要理事会采取行动的事项", "1. 委员会建议如下。", "第二章", "会议组织", "2. 会议开幕。"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_reports_chapters_named_chapter_over_their_titles(lang: str) -> None:
    lines = NAMED_CHAPTERS[lang]
    seg = _seg("\n\n".join(lines), lang)
    assert [u.id for u in seg.units] == ["ch.1", "para.1", "ch.2", "para.2"]
    assert seg.get("ch.2").text == lines[4] and seg.get("ch.2").label == lines[3]


# --- a draft's sponsors over its title ------------------------------------------------------------------------------

SPONSORED = {
    "en": ("Austria, Belgium, Chile and Mexico: draft resolution", "Strengthening the crime prevention programme",
           "The General Assembly,", "Reaffirming its resolution 76/187,", "1. Requests a report."),
    "fr": ("Autriche, Belgique, Chili et Mexique : projet de résolution",
           "Renforcement du programme pour la prévention du crime", "L’Assemblée générale,",
           "Réaffirmant sa résolution 76/187,", "1. Demande un rapport."),
    "es": ("Austria, Bélgica, Chile y México: proyecto de resolución",
           "Fortalecimiento del programa de prevención del delito", "La Asamblea General,",
           "Reafirmando su resolución 76/187,", "1. Solicita un informe."),
    "ru": ("Австрия, Бельгия, Мексика и Чили: проект резолюции", "Укрепление программы в области предупреждения преступности",
           "Генеральная Ассамблея,", "вновь подтверждая свою резолюцию 76/187,", "1. просит представить доклад."),
    "ar": ("بلجيكا وشيلي والمكسيك والنمسا: مشروع قرار", "تعزيز برنامج منع الجريمة", "إن الجمعية العامة،",
           "إذ تعيد تأكيد قرارها 76/187،", "1 - تطلب تقديم تقرير."),
    "zh": ("奥地利、比利时、墨西哥和智利：决议草案", "加强预防犯罪方案", "大会，", "重申其第 76/187 号决议，", "1. 请提交一份报告。"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_drafts_sponsors_line_is_a_cover_line_and_the_title_keeps_its_id(lang: str) -> None:
    lines = SPONSORED[lang]
    seg = _seg("\n\n".join(lines), lang)
    assert [u.id for u in seg.units] == ["cover.1", "title", "body", "pp.1", "op.1"]
    assert seg.get("title").text == lines[1]
    assert [u.id for u in _seg("\n\n".join(lines[1:]), lang).units] == ["title", "body", "pp.1", "op.1"]


def test_a_title_ending_in_draft_resolution_words_without_a_colon_is_the_title() -> None:
    text = "Review of the draft resolution\n\nThe General Assembly,\n\nRecalling its work,\n\n1. Decides to act."
    assert _ids(text, "en") == ["title", "body", "pp.1", "op.1"]


def test_column_headings_over_two_lines_are_one_unit() -> None:
    text = ("Contents\nParagraphs\nPage\nI. Introduction . . . . 1-2 2\nII. Conclusions . . . . 3 4\n\n"
            "I. Introduction\n\n1. Text.\n\n2. More.\n\nII. Conclusions\n\n3. End.")
    seg = _seg(text, "en")
    assert [u.id for u in seg.units] == ["toc", "toc.head", "toc.1", "toc.2", "ch.1", "para.1", "para.2", "ch.2", "para.3"]
    assert seg.get("toc.head").text == "Paragraphs Page"


NAMED_CHAPTER_DRAFT = {
    "en": ("Draft resolution I", "Strengthening cooperation", "The Economic and Social Council,", "1. Decides to act."),
    "fr": ("Projet de résolution I", "Renforcement de la coopération", "Le Conseil économique et social,",
           "1. Décide d’agir."),
    "es": ("Proyecto de resolución I", "Fortalecimiento de la cooperación", "El Consejo Económico y Social,",
           "1. Decide actuar."),
    "ru": ("Проект резолюции I", "Укрепление сотрудничества", "Экономический и Социальный Совет,",
           "1. постановляет действовать."),
    "ar": ("مشروع القرار الأول", "تعزيز التعاون", "إن المجلس الاقتصادي والاجتماعي،", "1 - يقرر أن يتصرف."),
    "zh": ("决议草案一", "加强合作", "经济及社会理事会，", "1. 决定采取行动。"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_reports_next_named_chapter_ends_the_draft_it_carries(lang: str) -> None:
    chapters, draft = NAMED_CHAPTERS[lang], NAMED_CHAPTER_DRAFT[lang]
    seg = _seg("\n\n".join(chapters[:3] + draft + chapters[3:]), lang)
    assert [u.id for u in seg.units] == ["ch.1", "para.1", "dr1", "dr1.title", "dr1.body", "dr1.op.1", "ch.2", "para.2"]


def test_a_named_chapter_in_a_draft_stays_the_drafts_where_the_report_numbers_its_chapters_otherwise() -> None:
    # the report's chapters are "I.", "II.": a "Chapter II" inside the draft (guidelines it annexes) is the draft's
    text = ("I. Matters calling for action\n\n1. The Commission recommends the following draft resolution:\n\n"
            "Draft resolution I\n\nGuidelines on cooperation\n\nThe Economic and Social Council,\n\n1. Adopts the "
            "guidelines annexed to the present resolution.\n\nAnnex\n\nGuidelines on cooperation\n\nChapter I\n\n"
            "General principles\n\n1. States should cooperate.\n\nChapter II\n\nSpecific measures\n\n2. States should act.")
    ids = _ids(text, "en")
    assert ids[:3] == ["ch.1", "para.1", "dr1"] and "ch.2" not in ids and all(i.startswith("dr1") for i in ids[2:])


# --- a compilation of the General Assembly's decisions: "77/512. Title", then the decision's text ----------------

DECISIONS = {
    "en": ("77/512. Scale of assessments for the apportionment of the expenses of the United Nations",
           "At its 50th plenary meeting, on 7 December 2022, the General Assembly, on the recommendation of the Fifth "
           "Committee, decided to defer consideration of the question.",
           "77/513. Pattern of conferences",
           "At its 50th plenary meeting, on 7 December 2022, the General Assembly decided:",
           "(a) To take note of the report of the Committee on Conferences;",
           "(b) To request the Secretary-General to report to it at its seventy-eighth session.",
           "77/514. Joint Inspection Unit",
           "At its 51st plenary meeting, on 9 December 2022, the General Assembly took note of the report of the "
           "Joint Inspection Unit."),
    "fr": ("77/512. Barème des quotes-parts pour la répartition des dépenses de l’Organisation des Nations Unies",
           "À sa 50e séance plénière, le 7 décembre 2022, l’Assemblée générale, sur la recommandation de la "
           "Cinquième Commission, a décidé de reporter l’examen de la question.",
           "77/513. Plan des conférences",
           "À sa 50e séance plénière, le 7 décembre 2022, l’Assemblée générale a décidé :",
           "a) De prendre note du rapport du Comité des conférences ;",
           "b) De prier le Secrétaire général de lui faire rapport à sa soixante-dix-huitième session.",
           "77/514. Corps commun d’inspection",
           "À sa 51e séance plénière, le 9 décembre 2022, l’Assemblée générale a pris note du rapport du Corps commun "
           "d’inspection."),
    "es": ("77/512. Escala de cuotas para el prorrateo de los gastos de las Naciones Unidas",
           "En su 50ª sesión plenaria, celebrada el 7 de diciembre de 2022, la Asamblea General, por recomendación de "
           "la Quinta Comisión, decidió aplazar el examen de la cuestión.",
           "77/513. Plan de conferencias",
           "En su 50ª sesión plenaria, celebrada el 7 de diciembre de 2022, la Asamblea General decidió:",
           "a) Tomar nota del informe del Comité de Conferencias;",
           "b) Solicitar al Secretario General que la informe en su septuagésimo octavo período de sesiones.",
           "77/514. Dependencia Común de Inspección",
           "En su 51ª sesión plenaria, celebrada el 9 de diciembre de 2022, la Asamblea General tomó nota del informe "
           "de la Dependencia Común de Inspección."),
    "ru": ("77/512. Шкала взносов для распределения расходов Организации Объединенных Наций",
           "На своем 50-м пленарном заседании 7 декабря 2022 года Генеральная Ассамблея по рекомендации Пятого "
           "комитета постановила отложить рассмотрение этого вопроса.",
           "77/513. План конференций",
           "На своем 50-м пленарном заседании 7 декабря 2022 года Генеральная Ассамблея постановила:",
           "a) принять к сведению доклад Комитета по конференциям;",
           "b) просить Генерального секретаря представить доклад на ее семьдесят восьмой сессии.",
           "77/514. Объединенная инспекционная группа",
           "На своем 51-м пленарном заседании 9 декабря 2022 года Генеральная Ассамблея приняла к сведению доклад "
           "Объединенной инспекционной группы."),
    "ar": ("77/512 - جدول الأنصبة المقررة لقسمة نفقات الأمم المتحدة",
           "قررت الجمعية العامة، في جلستها العامة 50، المعقودة في 7 كانون الأول/ديسمبر 2022، بناء على توصية اللجنة "
           "الخامسة، تأجيل النظر في المسألة.",
           "77/513 - خطة المؤتمرات",
           "قررت الجمعية العامة، في جلستها العامة 50، المعقودة في 7 كانون الأول/ديسمبر 2022، ما يلي:",
           "(أ) أن تحيط علما بتقرير لجنة المؤتمرات؛",
           "(ب) أن تطلب إلى الأمين العام أن يقدم تقريرا إليها في دورتها الثامنة والسبعين.",
           "77/514 - وحدة التفتيش المشتركة",
           "أحاطت الجمعية العامة علما، في جلستها العامة 51، المعقودة في 9 كانون الأول/ديسمبر 2022، بتقرير وحدة "
           "التفتيش المشتركة."),
    "zh": ("77/512. 联合国费用分摊比额表",
           "在2022年12月7日第50次全体会议上，大会根据第五委员会的建议，决定推迟审议这一问题。",
           "77/513. 会议时间表",
           "在2022年12月7日第50次全体会议上，大会决定：",
           "(a) 注意到会议委员会的报告；",
           "(b) 请秘书长向大会第七十八届会议提出报告。",
           "77/514. 联合检查组",
           "在2022年12月9日第51次全体会议上，大会注意到联合检查组的报告。"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_compilation_of_decisions_walks_each_under_its_number(lang: str) -> None:
    lines = DECISIONS[lang]
    seg = _seg("\n\n".join(lines), lang)
    assert [u.id for u in seg.units] == [
        "dec77-512", "dec77-512.title", "dec77-512.p.1", "dec77-513", "dec77-513.title", "dec77-513.p.1",
        "dec77-513.p.a", "dec77-513.p.b", "dec77-514", "dec77-514.title", "dec77-514.p.1"]
    assert seg.get("dec77-513.title").text == lines[2].split(" ", 1)[1].lstrip("- ")
    assert seg.get("dec77-514.p.1").text == lines[-1]


def test_a_single_numbered_decision_keeps_its_plain_ids() -> None:
    text = "\n\n".join(DECISIONS["en"][:2])
    assert not any(uid.startswith("dec") for uid in _ids(text, "en"))


@pytest.mark.parametrize("lang", LANGS)
def test_an_agenda_items_title_over_two_lines_is_one_cover_line(lang: str) -> None:
    """The title under a cover's agenda item, broken over two lines as the cover sets it out (Chinese and Arabic
    have no lower case to show the second line goes on): the units of the title on one line, its text whole."""
    item_title = PRESESSION[lang][4]
    cut = len(item_title) // 2
    if " " in item_title:
        cut = item_title.index(" ", cut)
    broken = _presession(lang).replace(item_title, f"{item_title[:cut].rstrip()}\n{item_title[cut:].lstrip()}")
    seg, expected = _seg(broken, lang), _seg(_presession(lang), lang)
    assert broken != _presession(lang)
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in expected.units]


def test_an_agenda_items_title_whose_first_line_ends_in_an_enumeration_comma_is_no_acting_body() -> None:
    """"增进和保护所有人权――公民权利、政治权利、" ends in a comma, but in 、, which ends no acting body: the item's
    title goes on in the next line, and the Council's line under the title is the acting body."""
    text = ("人权理事会\n第五十五届会议\n2024年2月26日至4月5日\n议程项目3\n增进和保护所有人权――公民权利、政治权利、\n"
            "经济、社会及文化权利，包括发展权\n\n55/1. 打击跨国有组织犯罪\n\n人权理事会，\n\n回顾其以往的有关决议，\n\n"
            "1. 鼓励各国加强合作；\n\n2. 决定继续审议这一问题。\n")
    seg = _seg(text, "zh")
    assert [u.id for u in seg.units] == ["cover.1", "cover.2", "cover.3", "cover.4", "cover.5", "title", "body", "pp.1",
                                         "op.1", "op.2"]
    assert seg.get("cover.5").text == "增进和保护所有人权――公民权利、政治权利、经济、社会及文化权利，包括发展权"
    assert seg.get("body").text == "人权理事会，"


#: A Human Rights Council resolution's cover whose agenda item's title runs over lines ending in commas.
COUNCIL_ITEM_TITLE = {
    "en": "\n".join([
        'Human Rights Council',
        'Fifty-fifth session',
        '26 February–5 April 2024',
        'Agenda item 3',
        'Promotion and protection of all human rights, civil,',
        'political, economic, social and cultural rights,',
        'including the right to development',
        '',
        'Resolution adopted by the Human Rights Council on 4 April 2024',
        '',
        '55/1. Combating transnational organized crime',
        '',
        'The Human Rights Council,',
        '',
        'Recalling its previous relevant resolutions,',
        '',
        '1. Encourages States to strengthen cooperation;',
        '',
        '2. Decides to remain seized of the matter.',
    ]) + "\n",
    "ar": "\n".join([
        'مجلس حقوق الإنسان',
        'الدورة الخامسة والخمسون',
        '26 شباط/فبراير - 5 نيسان/أبريل 2024',
        'البند 3 من جدول الأعمال',
        'تعزيز وحماية جميع حقوق الإنسان، المدنية والسياسية',
        'والاقتصادية والاجتماعية والثقافية، بما في ذلك الحق في التنمية',
        '',
        'قرار اعتمده مجلس حقوق الإنسان في 4 نيسان/أبريل 2024',
        '',
        '55/1 - مكافحة الجريمة المنظمة عبر الوطنية',
        '',
        'إن مجلس حقوق الإنسان،',
        '',
        'إذ يشير إلى قراراته السابقة ذات الصلة،',
        '',
        '1 - يشجع الدول على تعزيز التعاون؛',
        '',
        '2 - يقرر مواصلة النظر في هذه المسألة.',
    ]) + "\n",
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_agenda_items_title_whose_lines_end_in_commas_is_no_acting_body(lang: str) -> None:
    """"Promotion and protection of all human rights, civil," is a line of the item's title, short and ending in a
    comma as an acting body is: the cover takes the whole title, and the Council's line is the acting body."""
    seg = _seg(COUNCIL_ITEM_TITLE[lang], lang)
    assert [u.id for u in seg.units] == ["cover.1", "cover.2", "cover.3", "cover.4", "cover.5", "cover.6", "title",
                                         "body", "pp.1", "op.1", "op.2"]
    assert seg.get("cover.5").text.endswith(("including the right to development", "بما في ذلك الحق في التنمية"))


COUNCIL_ITEM_TITLE_ZH = ("人权理事会\n第五十五届会议\n2024年2月26日至4月5日\n议程项目3\n增进和保护所有人权――公民权利、政治权利、\n"
                         "经济、社会及文化权利，包括发展权\n\n人权理事会2024年4月4日通过的决议\n\n55/1. 打击跨国有组织犯罪\n\n"
                         "人权理事会，\n\n回顾其以往的有关决议，\n\n1. 鼓励各国加强合作；\n\n2. 决定继续审议这一问题。\n")


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_a_cover_with_no_blank_lines_gives_the_units_it_gives_with_them(lang: str) -> None:
    """Copied with no blank lines, each line of a short text looks as full as any: the item's title, the line saying
    who adopted the resolution and its numbered title still stand apart ("…包括发展权" / "人权理事会2024年4月4日通过的决议",
    "… 4 April 2024" / "55/1. Combating …", "… الحق في التنمية" / "قرار اعتمده …")."""
    text = COUNCIL_ITEM_TITLE_ZH if lang == "zh" else COUNCIL_ITEM_TITLE[lang]
    run_on = re.sub(r"\n\n+", "\n", text)
    assert run_on != text
    expected = [(u.id, u.kind, u.text) for u in _seg(text, lang).units]
    assert [(u.id, u.kind, u.text) for u in _seg(run_on, lang).units] == expected
    assert [uid for uid, _, _ in expected][5:7] == ["cover.6", "title"]


def test_with_no_blank_lines_the_bracketed_line_under_the_adoption_line_is_its_own():
    text = ("Resolution adopted by the General Assembly\n"
            "[on the report of the Special Political and Decolonization\nCommittee (Fourth Committee) (A/50/605)]\n"
            "50/28. Assistance to Palestine refugees\nThe General Assembly,\n"
            "Recalling its resolution 49/35 A of 9 December 1994,\n1. Notes with regret;\n")
    seg = _seg(text, "en")
    assert [u.id for u in seg.units] == ["cover.1", "cover.2", "title", "body", "pp.1", "op.1"]
    assert seg.get("cover.2").text == "[on the report of the Special Political and Decolonization Committee (Fourth " \
                                      "Committee) (A/50/605)]"
    assert seg.get("title").text == "50/28. Assistance to Palestine refugees"


def test_a_sentence_going_on_in_a_resolution_number_is_no_numbered_title():
    text = ("The Economic and Social Council,\n"
            "Recalling its resolutions on crime prevention and criminal justice, in particular resolution\n"
            "2015/30. It also recalls the outcome of the Thirteenth Congress held in Doha in April of\n"
            "2015, and the Doha Declaration adopted there,\n1. Decides to remain seized of the matter.\n")
    seg = _seg(text, "en")
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1"]
    assert "in particular resolution 2015/30. It also recalls" in seg.get("pp.1").text


def test_a_sentence_going_on_in_resolution_adopted_is_no_front_line():
    text = ("The Conference of the Parties,\nRecalling its decision 2/2 of 19 October 2005 and the\n"
            "resolution adopted by the General Assembly at its fifty-fifth session,\n1. Notes with regret;\n")
    seg = _seg(text, "en")
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1"]


#: The agenda item of a General Assembly document issued before the agenda is adopted, under the preliminary list.
PRELIMINARY_LIST = {"en": "Item 107 of the preliminary list*", "zh": "暂定项目清单*项目107",
                    "fr": "Point 107 de la liste préliminaire*", "es": "Tema 107 de la lista preliminar*",
                    "ru": "Пункт 107 предварительного перечня*", "ar": "البند 107 من القائمة الأولية*"}


@pytest.mark.parametrize("lang", LANGS)
def test_an_item_of_the_preliminary_list_on_a_cover(lang: str) -> None:
    """"Item 107 of the preliminary list*" is the cover's agenda item line, as "Item 5 of the provisional agenda*"
    is: the same units, the asterisk footnote referred to from it."""
    text = _presession(lang).replace(PRESESSION[lang][3], PRELIMINARY_LIST[lang])
    seg, expected = _seg(text, lang), _seg(_presession(lang), lang)
    assert [(u.id, u.kind) for u in seg.units] == [(u.id, u.kind) for u in expected.units]
    item = next(u for u in seg.units if u.text == PRELIMINARY_LIST[lang].replace("*", ""))
    assert item.kind == "cover" and item.footnote_refs == ("fn.*",)
