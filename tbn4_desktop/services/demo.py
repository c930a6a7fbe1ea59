"""A realistic demo: a district akimat half-way through its TBN-4 year.

`create_demo` fills an empty data folder with «Аппарат акима Байзакского
района» (Жамбылская область), its signatories, the year plan from the
catalog and about fifteen subtask executions in every status, with real
scanned-looking documents (rendered at run time with Pillow and a font that
has the Kazakh letters) and links to publications. Everything goes through
the same services and checks as a user's input, in one transaction.
"""

from __future__ import annotations

import functools
import io
import random
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import AnchorEvent, Catalog, DeadlineKind, Subtask
from tbn4_desktop.core.forms.russian import official_date
from tbn4_desktop.core.tempfiles import temp_name
from tbn4_desktop.core.validation import iin_bin_check_digit
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    Channel,
    DocumentKind,
    ExecutionStatus,
    OrgLevel,
    SignerRole,
)
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import Organization, SubtaskExecution
from tbn4_desktop.paths import resource_dir
from tbn4_desktop.services.checklist import (
    SlotLinkInput,
    add_supervised,
    complete,
    set_answer,
    set_slot_date,
    set_slot_links,
    set_slot_signer,
    waive_slot,
)
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.deadlines import set_anchors
from tbn4_desktop.services.executions import (
    add_attachment,
    ensure_year_plan,
    list_executions,
    mark_uploaded,
    save_notes,
)
from tbn4_desktop.services.organizations import (
    OrganizationInfo,
    OrganizationInput,
    SignatoryInfo,
    SignatoryInput,
    create_organization,
    get_current_organization,
    list_signatories,
)
from tbn4_desktop.services.registers import save_rows

if TYPE_CHECKING:
    from PIL import Image, ImageDraw, ImageFont  # loaded when a page is drawn

FONT_REGULAR = "DejaVuSerif.ttf"
FONT_BOLD = "DejaVuSerif-Bold.ttf"

# The demo's sample data (organisation, people, documents, notes, table
# rows) is what a Russian-speaking office would have entered: it stays
# Russian whatever the interface language, like any user's data.
# i18n: ru-only-begin — demo sample data
ORG_NAME = "Аппарат акима Байзакского района"
ORG_NAME_KK = "Байзақ ауданы әкімінің аппараты"
PARENT_NAME = "Аппарат акима Жамбылской области"
PLACE = "село Сарыкемер"
PLACE_KK = "Сарыкемер ауылы"
NEWS_URL = "https://www.gov.kz/memleket/entities/zhambyl-bayzak/press/news/details/{}?lang=ru"

SIGNATORIES = (
    SignatoryInput(
        "Сарсенбаев Ерлан Талгатович", "Аким Байзакского района", SignerRole.DISTRICT_AKIM, iin="740521303010"
    ),  # born 21.05.1974, control digit valid (its ЭЦП in the demo)
    SignatoryInput(
        "Тулегенова Айгерим Нурлановна", "Руководитель аппарата акима Байзакского района", SignerRole.CHIEF_OF_STAFF
    ),
    SignatoryInput(
        "Сәрсенбаева Гүлнұр Қайратқызы",
        "Уполномоченный по этике, главный специалист отдела управления персоналом аппарата акима Байзакского района",
        SignerRole.ETHICS_COMMISSIONER,
    ),
)
# i18n: ru-only-end


class DemoError(Exception):
    """The demo cannot be created here; the message says why."""


def demo_bin() -> str:
    """A BIN with a valid check digit: registered 02.1999, legal entity
    (4), head office (0), serial number 512 upwards."""
    serial = 512
    while True:
        first11 = f"9902400{serial:04d}"
        digit = iin_bin_check_digit(first11)
        if digit is not None:
            return first11 + str(digit)
        serial += 1


# --------------------------------------------------------------------------
# The script of the demo year
# --------------------------------------------------------------------------
# i18n: ru-only-begin — demo sample data


@dataclass(frozen=True)
class Doc:
    file_name: str  # as the user's scanner or phone named it
    kind: str  # ПРИКАЗ, ПРОТОКОЛ, СПРАВКА …
    subject: str
    body: tuple[str, ...]
    number: str = ""
    approve: bool = False  # «УТВЕРЖДАЮ» block at the top instead of a signature at the bottom
    slot: str = ""  # the catalog's document slot it confirms ('' = left unsorted)
    esign: bool = False  # signed with an ЭЦП (a demo certificate): a detached «.cms» beside it


# Where the demo's publications live: the akimat's page on gov.kz, the
# district newspaper, the akimat's page in a social network.
MEDIA_URL = "https://baizak-zhany.kz/ru/news/{}"
SOCIAL_URL = "https://www.facebook.com/baizak.akimat/posts/{}"
_CHANNEL_URLS = {"site": NEWS_URL, "media": MEDIA_URL, "social": SOCIAL_URL}


@dataclass(frozen=True)
class Step:
    code: str
    period: str
    status: ExecutionStatus
    signer: SignerRole
    day: tuple[int, int]  # (month, day) of the year
    docs: tuple[Doc, ...] = ()
    # (title, news id, channels): one publication, linked in each channel.
    links: tuple[tuple[str, int, tuple[str, ...]], ...] = ()
    notes: str = ""
    draft: bool = False  # the documents are unsigned drafts (DOCX)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # register key → rows (save_rows input)
    waive: dict[str, str] = field(default_factory=dict)  # slot key → reason («не требуется»)
    uploaded: tuple[int, int] | None = None  # (month, day) of the ISPU upload mark (UPLOADED steps)
    dates: dict[str, tuple[int, int]] = field(default_factory=dict)  # slot key → its date if not the step's


def _event(
    when: date, time: str, form: str, topic: str, audience: str, count: int, news_id: int | None, protocol: str
) -> dict[str, Any]:
    return {
        "event_date": when,
        "event_time": time,
        "format": form,
        "topic": topic,
        "audience": audience,
        "participants_count": count,
        "link": NEWS_URL.format(news_id) if news_id else None,
        "protocol_number": protocol,
    }


# 1.2.1: the positions the demo's analysis (1.1.6) found exposed to corruption risks.
_POSITIONS_AT_RISK = [
    {
        "structural_unit": "Отдел финансов и государственных закупок",
        "position": "Главный специалист по государственным закупкам",
        "corruption_risk": "Завышение цены и подгонка технической спецификации под конкретного поставщика",
        "staff_count": 2,
    },
    {
        "structural_unit": "Отдел финансов и государственных закупок",
        "position": "Руководитель отдела",
        "corruption_risk": "Единоличное решение о приёмке товаров, работ и услуг",
        "staff_count": 1,
    },
    {
        "structural_unit": "Отдел управления персоналом",
        "position": "Главный специалист по кадровой работе",
        "corruption_risk": "Необъективность при проведении конкурса на занятие вакантной должности",
        "staff_count": 1,
    },
    {
        "structural_unit": "Отдел по работе с обращениями и государственными услугами",
        "position": "Ведущий специалист по оказанию государственных услуг",
        "corruption_risk": "Истребование документов, не предусмотренных стандартом государственной услуги",
        "staff_count": 3,
    },
]

# 3.4.1: three communal companies of the district (Appendix 3).
_COMPLIANCE_REGISTRY: list[dict[str, Any]] = [
    {
        "parent_name": "Жамбылская область, Байзакский район",
        "company_name": "ГКП на ПХВ «Байзакская районная больница»",
        "ownership_form": "ГКП на ПХВ",
        "staff_count": 412,
        "budget": "1 864 500 000",
        "activity": "Здравоохранение",
        "has_compliance_service": True,
        "compliance_officer": "Омарова Динара Серикбаевна, +7 701 845 12 37",
        "responsible_person": None,
    },
    {
        "parent_name": "Жамбылская область, Байзакский район",
        "company_name": "ГККП «Ясли-сад «Балапан»",
        "ownership_form": "ГККП",
        "staff_count": 58,
        "budget": "212 300 000",
        "activity": "Дошкольное образование",
        "has_compliance_service": False,
        "compliance_officer": None,
        "responsible_person": "Ким Ольга Викторовна, заместитель директора, +7 702 318 44 09",
    },
    {
        "parent_name": "Жамбылская область, Байзакский район",
        "company_name": "ГКП «Байзак су»",
        "ownership_form": "ГКП",
        "staff_count": 74,
        "budget": "389 750 000",
        "activity": "Водоснабжение и водоотведение",
        "has_compliance_service": False,
        "compliance_officer": None,
        "responsible_person": "Жакыпов Нурлан Асылбекович, главный юрист, +7 747 226 90 15",
    },
]


def _preventive_rows(year: int) -> list[dict[str, Any]]:
    """4.2.3, Appendix 5: talks with holders of the 1.2.1 positions."""
    people = (
        ("Абдрахманов Данияр Муратович", "Главный специалист по государственным закупкам"),
        ("Есенова Салтанат Бакытжановна", "Руководитель отдела финансов и государственных закупок"),
        ("Нургалиев Азамат Ерланович", "Главный специалист по кадровой работе"),
        ("Байбекова Жанар Толеуовна", "Ведущий специалист по оказанию государственных услуг"),
    )
    topics = ("Антикоррупционные ограничения и запреты", "Урегулирование конфликта интересов")
    rows = []
    for month, day in ((2, 14), (5, 16)):
        for i, (name, position) in enumerate(people):
            rows.append(
                {
                    "employee_name": name,
                    "employee_position": position,
                    "event_date": date(year, month, day + i % 2),
                    "event_time": f"{10 + i}:00",
                    "format": "Офлайн" if i % 2 == 0 else "Онлайн",
                    "other_participants": "руководитель аппарата" if month == 5 and i == 0 else None,
                    "topic": topics[month == 5],
                    "link": None,
                }
            )
    return rows


def _script(year: int) -> list[Step]:
    y = year
    return [
        Step(
            "1.1.1",
            "",
            ExecutionStatus.UPLOADED,
            SignerRole.DISTRICT_AKIM,
            (1, 15),
            uploaded=(1, 26),
            docs=(
                Doc(
                    f"График ВАКР {y} подписан.pdf",
                    "ГРАФИК",
                    f"проведения внутреннего анализа коррупционных рисков в аппарате акима Байзакского района "
                    f"и его структурных подразделениях на {y} год",
                    (
                        "1. Отдел управления персоналом — февраль–март.",
                        "2. Отдел финансов и государственных закупок — февраль–март.",
                        "3. Отдел по работе с обращениями и государственными услугами — апрель.",
                        "4. Аппараты акимов сельских округов — май–июнь.",
                        "Ответственный за свод результатов — уполномоченный по этике.",
                    ),
                    approve=True,
                    slot="schedule",
                ),
            ),
        ),
        Step(
            "1.1.2",
            "",
            ExecutionStatus.UPLOADED,
            SignerRole.DISTRICT_AKIM,
            (2, 3),
            uploaded=(2, 6),
            docs=(
                Doc(
                    f"Приказ №15-ө от 03.02.{y}.pdf",
                    "ПРИКАЗ",
                    "О проведении внутреннего анализа коррупционных рисков",
                    (
                        "В соответствии со статьёй 8 Закона Республики Казахстан «О противодействии коррупции» "
                        "и Типовыми правилами проведения внутреннего анализа коррупционных рисков ПРИКАЗЫВАЮ:",
                        f"1. Провести внутренний анализ коррупционных рисков в аппарате акима Байзакского района "
                        f"с 19 февраля по 31 марта {y} года.",
                        "2. Утвердить состав рабочей группы согласно приложению к настоящему приказу.",
                        "3. Контроль за исполнением настоящего приказа оставляю за собой.",
                    ),
                    number="15-ө",
                    slot="order",
                    esign=True,
                ),
            ),
        ),
        Step(
            "1.1.3",
            "",
            ExecutionStatus.UPLOADED,
            SignerRole.CHIEF_OF_STAFF,
            (2, 5),
            uploaded=(2, 9),
            links=(("Анонс о начале внутреннего анализа коррупционных рисков", 712034, ("site", "media", "social")),),
        ),
        Step(
            "1.1.4",
            "",
            ExecutionStatus.READY_FOR_UPLOAD,
            SignerRole.CHIEF_OF_STAFF,
            (3, 4),
            links=(
                (
                    "О публичном обсуждении результатов внутреннего анализа коррупционных рисков",
                    736519,
                    ("site", "media", "social"),
                ),
            ),
        ),
        Step(
            "1.1.5",
            "",
            ExecutionStatus.READY_FOR_UPLOAD,
            SignerRole.DISTRICT_AKIM,
            (3, 12),
            docs=(
                Doc(
                    "IMG_0312_protokol.jpg",
                    "ПРОТОКОЛ",
                    "публичного обсуждения результатов внутреннего анализа коррупционных рисков",
                    (
                        "Присутствовали: члены рабочей группы, представители общественного совета района, "
                        "средств массовой информации и неправительственных организаций (23 человека).",
                        "Слушали: руководителя рабочей группы о выявленных коррупционных рисках.",
                        "Решили: одобрить проект аналитической справки с учётом поступивших предложений.",
                    ),
                    number="1",
                    slot="protocol",
                ),
            ),
            links=(
                (
                    "Итоги публичного обсуждения результатов анализа коррупционных рисков",
                    741288,
                    ("site", "media", "social"),
                ),
            ),
        ),
        Step(
            "1.1.6",
            "",
            ExecutionStatus.SIGNED,
            SignerRole.DISTRICT_AKIM,
            (4, 7),
            docs=(
                Doc(
                    "Аналитическая справка ВАКР.pdf",
                    "АНАЛИТИЧЕСКАЯ СПРАВКА",
                    "по результатам внутреннего анализа коррупционных рисков",
                    (
                        "Объект анализа: деятельность аппарата акима Байзакского района.",
                        "Выявлено коррупционных рисков: 4, в том числе в сфере государственных закупок — 2, "
                        "управления персоналом — 1, оказания государственных услуг — 1.",
                        "Рекомендации по устранению причин и условий изложены в приложении к справке.",
                    ),
                    slot="report",
                ),
            ),
        ),
        Step(
            "1.1.7",
            "",
            ExecutionStatus.DOCUMENT_PREPARED,
            SignerRole.DISTRICT_AKIM,
            (4, 14),
            draft=True,
            docs=(
                Doc(
                    "План мероприятий (проект).docx",
                    "ПЛАН МЕРОПРИЯТИЙ",
                    "по устранению причин и условий, способствующих совершению коррупционных правонарушений",
                    (
                        "1. Перевести приём документов на конкурс в электронный формат — II квартал.",
                        "2. Закрепить ротацию членов конкурсной комиссии — до 1 июля.",
                        "3. Опубликовать порядок закупок малого объёма на интернет-ресурсе — III квартал.",
                    ),
                    slot="plan",
                ),
            ),
        ),
        Step(
            "1.1.9",
            "Q3",
            ExecutionStatus.READY_FOR_UPLOAD,
            SignerRole.CHIEF_OF_STAFF,
            (8, 10),
            dates={"units_info": (8, 5)},
            docs=(
                Doc(
                    "Информация отделов 1 кв мониторинга.pdf",
                    "ИНФОРМАЦИЯ",
                    "о ходе исполнения рекомендаций по итогам внутреннего анализа коррупционных рисков",
                    (
                        "Отдел финансов: рекомендации 1 и 2 исполнены; отдел управления персоналом: рекомендация 3 "
                        "на исполнении.",
                    ),
                    slot="units_info",
                ),
                Doc(
                    "Справка мониторинг 1 кв.png",
                    "СПРАВКА",
                    "по результатам мониторинга исполнения рекомендаций за первый квартал мониторинга",
                    ("Из 6 рекомендаций исполнено 4, находятся на исполнении 2, сроки не нарушены.",),
                    slot="report",
                ),
            ),
        ),
        Step(
            "1.1.9",
            "Q4",
            ExecutionStatus.IN_PROGRESS,
            SignerRole.CHIEF_OF_STAFF,
            (11, 3),
            notes="Ждём информацию отдела финансов по пункту 3 плана.",
        ),
        Step(
            "2.1.1",
            "",
            ExecutionStatus.IN_PROGRESS,
            SignerRole.CHIEF_OF_STAFF,
            (6, 30),
            notes="Сведения за полугодие собраны; годовой отчёт — в январе.",
        ),
        Step(
            "3.1.1",
            "Q1",
            ExecutionStatus.UPLOADED,
            SignerRole.CHIEF_OF_STAFF,
            (3, 27),
            uploaded=(4, 2),
            waive={"link": "не опубликовано"},
            docs=(
                Doc(
                    "Информация о мероприятиях 1 кв.pdf",
                    "ИНФОРМАЦИЯ",
                    "об организациях, в которых проведены разъяснительные и обучающие мероприятия в I квартале",
                    (
                        "КГП «Байзакская районная больница», ГККП «Ясли-сад «Балапан», КГУ «Средняя школа им. Абая».",
                        "Охвачено работников: 146.",
                    ),
                    slot="info",
                ),
                Doc(
                    "Протокол семинара 1 кв.pdf",
                    "ПРОТОКОЛ",
                    "семинара по соблюдению требований антикоррупционного законодательства",
                    (
                        "Участники ознакомлены с антикоррупционными ограничениями и порядком уведомления "
                        "о конфликте интересов.",
                    ),
                    number="3",
                    slot="protocol",
                ),
            ),
        ),
        Step(
            "4.1.1",
            "Q1",
            ExecutionStatus.READY_FOR_UPLOAD,
            SignerRole.DISTRICT_AKIM,
            (3, 27),
            docs=(
                Doc(
                    f"График заседаний комиссии {y}.pdf",
                    "ГРАФИК",
                    f"проведения заседаний районной комиссии по противодействию коррупции на {y} год",
                    (
                        "I квартал — 27 марта; II квартал — 26 июня; III квартал — 25 сентября; "
                        "IV квартал — 18 декабря.",
                    ),
                    approve=True,
                    slot="schedule",
                ),
                Doc(
                    "Справка о заседании 27.03.pdf",
                    "СПРАВОЧНАЯ ИНФОРМАЦИЯ",
                    "о проведении заседания комиссии по противодействию коррупции",
                    ("Рассмотрены итоги внутреннего анализа коррупционных рисков и меры по их устранению.",),
                    slot="info",
                ),
            ),
            links=(("Заседание комиссии по противодействию коррупции", 745977, ("site",)),),
        ),
        Step(
            "4.2.2",
            "M01",
            ExecutionStatus.UPLOADED,
            SignerRole.CHIEF_OF_STAFF,
            (1, 30),
            uploaded=(2, 3),
            docs=(
                Doc(
                    "Справка обучение январь.pdf",
                    "СПРАВКА",
                    "о проведённых в январе разъясняющих и обучающих мероприятиях",
                    ("Проведён семинар «Антикоррупционные ограничения для государственных служащих» (38 человек).",),
                    slot="info",
                ),
                Doc(
                    "Протокол встречи январь.pdf",
                    "ПРОТОКОЛ",
                    "по итогам встречи с коллективом",
                    ("Разъяснены нормы Этического кодекса государственных служащих.",),
                    number="1",
                    slot="protocol",
                ),
            ),
            links=(("Семинар об антикоррупционных ограничениях", 704455, ("site",)),),
            rows={
                "monthly_events": [
                    _event(
                        date(y, 1, 24),
                        "10:00",
                        "Офлайн",
                        "Антикоррупционные ограничения для государственных служащих",
                        "все структурные подразделения аппарата",
                        38,
                        704455,
                        "1",
                    ),
                ]
            },
        ),
        Step(
            "4.2.2",
            "M02",
            ExecutionStatus.READY_FOR_UPLOAD,
            SignerRole.CHIEF_OF_STAFF,
            (2, 27),
            docs=(
                Doc(
                    "Справка обучение февраль.pdf",
                    "СПРАВКА",
                    "о проведённых в феврале разъясняющих и обучающих мероприятиях",
                    ("Проведена встреча с представителем территориального департамента Агентства (41 человек).",),
                    slot="info",
                ),
                Doc(
                    "Протокол встречи февраль.jpg",
                    "ПРОТОКОЛ",
                    "по итогам встречи с коллективом",
                    ("Обсуждены вопросы уведомления о конфликте интересов.",),
                    number="2",
                    slot="protocol",
                ),
            ),
            links=(("Встреча с представителем Антикоррупционной службы", 731870, ("site", "social")),),
            rows={
                "monthly_events": [
                    _event(
                        date(y, 2, 21),
                        "15:00",
                        "Офлайн",
                        "Уведомление о конфликте интересов и порядок его урегулирования",
                        "отдел финансов, отдел государственных закупок",
                        41,
                        731870,
                        "2",
                    ),
                    _event(
                        date(y, 2, 26),
                        "11:00",
                        "Онлайн",
                        "Новеллы Закона «О противодействии коррупции»",
                        "аппараты акимов сельских округов",
                        27,
                        None,
                        "3",
                    ),
                ]
            },
        ),
        Step(
            "4.2.3",
            "",
            ExecutionStatus.READY_FOR_UPLOAD,
            SignerRole.ETHICS_COMMISSIONER,
            (6, 30),
            docs=(
                Doc(
                    "График разъяснительной работы.png",
                    "ГРАФИК",
                    f"проведения разъяснительной работы уполномоченным по этике на {y} год",
                    (
                        "Ежемесячно: индивидуальные беседы с впервые принятыми служащими.",
                        "Ежеквартально: разъяснение антикоррупционных ограничений на совещаниях отделов.",
                    ),
                    approve=True,
                    slot="schedule",
                ),
                Doc(
                    "Отчёт уполномоченного по этике.pdf",
                    "ОТЧЁТ",
                    "по организации системной профилактической работы (Приложение №5 к Инструкции)",
                    ("Проведено бесед: 27; охвачено служащих: 64; выявлено нарушений: нет.",),
                    slot="app5",
                ),
            ),
            rows={"app5_preventive_work": _preventive_rows(y)},
        ),
        Step(
            "1.2.1",
            "",
            ExecutionStatus.IN_PROGRESS,
            SignerRole.CHIEF_OF_STAFF,
            (4, 21),
            notes="Перечень согласуется с отделами; на подпись — до 30 апреля.",
            rows={"positions_at_risk": _POSITIONS_AT_RISK},
        ),
        Step(
            "3.4.1",
            "",
            ExecutionStatus.IN_PROGRESS,
            SignerRole.CHIEF_OF_STAFF,
            (11, 14),
            notes="Сведения по ГКП «Байзак су» ждём до конца месяца.",
            rows={"app3_compliance_registry": _COMPLIANCE_REGISTRY},
        ),
    ]


# i18n: ru-only-end


# --------------------------------------------------------------------------
# Creating the demo
# --------------------------------------------------------------------------


def create_demo(ctx: AppContext, year: int | None = None, *, today: date | None = None) -> OrganizationInfo:
    """Fill an empty data folder with the demo organisation and its year.

    Refuses (DemoError) a folder that already has an organisation, and a
    future year. All or nothing: one database transaction."""
    today = today or date.today()
    year = year or today.year
    if year > today.year:
        raise DemoError(
            tr(
                "Демонстрационные данные создаются за текущий или прошедший год, а не за {year}. Укажите другой год."
            ).format(year=year)
        )
    catalog = ctx.catalog_for_year(year)
    with tempfile.TemporaryDirectory(prefix=temp_name("demo") + "-") as tmp, ctx.store.session() as session:
        existing = get_current_organization(session) or session.scalar(
            select(Organization).order_by(Organization.id.desc()).limit(1)
        )
        if existing is not None:
            raise DemoError(
                tr(
                    "В папке данных уже есть организация «{name}»: демонстрационные данные "
                    "создаются только в пустой папке. Выберите другую папку данных (параметр --data-dir)."
                ).format(name=existing.name)
            )
        org = create_organization(
            session,
            OrganizationInput(
                name=ORG_NAME,
                bin=demo_bin(),
                level=OrgLevel.DISTRICT,
                parent_name=PARENT_NAME,
                parent_level=OrgLevel.OBLAST,
            ),
            list(SIGNATORIES),
        )
        plan = ensure_year_plan(session, org.id, year, catalog)
        # The akim decided on a system-wide analysis (1.1.1 applies); the
        # akimat supervises the district's three communal companies (Project 3).
        for question in catalog.questions:
            set_answer(session, catalog, plan.id, question.key, True)
        for company in _COMPLIANCE_REGISTRY:
            add_supervised(session, org.id, company["company_name"])
        _set_deadline_data(session, catalog, plan.id, year, today)
        signers = list_signatories(session, org.id)
        rows = {(e.subtask_code, e.period): e.id for e in list_executions(session, plan.id)}
        for step in _script(year):
            when = date(year, *step.day)
            if when > today or (step.code, step.period) not in rows:
                continue
            _play(session, ctx, catalog, step, rows[(step.code, step.period)], when, signers, Path(tmp))
    return org


# The analysis dates of the demo's order (1.1.2: 19 February – 31 March) and
# the signing of its report (1.1.6); the plan is not approved yet.
_ANCHOR_DAYS = {
    AnchorEvent.ANALYSIS_START: (2, 19),
    AnchorEvent.ANALYSIS_END: (3, 31),
    AnchorEvent.REPORT_SIGNED: (4, 7),
}


def _demo_karta_date(subtask: Subtask, period: str, year: int) -> date:
    """A plausible Карта date for the demo (the real Карта is the oblast's):
    the 5th of the month after a quarter or month, else 20 December; the first
    Project 1 steps early in the year."""
    early = {"1.1.1": (1, 20), "1.1.2": (2, 10), "1.2.1": (4, 30)}
    if subtask.code in early:
        return date(year, *early[subtask.code])
    if period.startswith("Q"):
        month = int(period[1:]) * 3 + 1
    elif period.startswith("M"):
        month = int(period[1:]) + 1
    else:
        return date(year, 12, 20)
    return date(year + 1, 1, 5) if month > 12 else date(year, month, 5)


def _set_deadline_data(session: Session, catalog: Catalog, plan_id: int, year: int, today: date) -> None:
    set_anchors(
        session, plan_id, {event: date(year, *day) for event, day in _ANCHOR_DAYS.items() if date(year, *day) <= today}
    )
    for execution in session.scalars(select(SubtaskExecution).where(SubtaskExecution.year_plan_id == plan_id)):
        subtask = catalog.subtask(execution.subtask_code)
        if subtask.deadline.kind is DeadlineKind.FIXED:
            execution.due_date_override = _demo_karta_date(subtask, execution.period, year)
    session.flush()


def _signer_for(
    allowed: tuple[SignerRole, ...], wanted: SignerRole, signers: list[SignatoryInfo]
) -> SignatoryInfo | None:
    for role in (wanted, *allowed):
        if role in allowed:
            for s in signers:
                if s.role is role:
                    return s
    return None


def _play(
    session: Session,
    ctx: AppContext,
    catalog: Catalog,
    step: Step,
    execution_id: int,
    when: date,
    signers: list[SignatoryInfo],
    tmp: Path,
) -> None:
    """One step of the demo through the same services as the wizard: files
    into their slots, a signer allowed for each signed slot, each slot's
    date, links per channel, waivers, then completion and the upload mark."""
    subtask = catalog.subtask(step.code)
    role = AttachmentRole.DRAFT if step.draft else AttachmentRole.SIGNED_SCAN
    docs = list(step.docs)
    if step.status in (ExecutionStatus.READY_FOR_UPLOAD, ExecutionStatus.UPLOADED, ExecutionStatus.SIGNED):
        docs += _missing_docs(subtask, docs, step)
    for n, doc in enumerate(docs):
        slot = subtask.slot(doc.slot) if doc.slot else None
        allowed = slot.signers_for(OrgLevel.DISTRICT) if slot is not None and slot.kind.needs_signer else ()
        signer = _signer_for(allowed, step.signer, signers) or signers[0]
        path = tmp / f"{step.code}-{step.period}-{n}" / doc.file_name
        path.parent.mkdir()
        render_document(doc, path, signer=signer, when=when, seed=f"{step.code}{step.period}{n}")
        add_attachment(
            session, ctx.blobs, execution_id, path, role, max_bytes=ctx.settings.max_attachment_bytes, slot_key=doc.slot
        )
        if doc.esign:
            from tbn4_desktop.services.demo_esign import (
                demo_signature,  # cryptography: only when used
            )

            signature = path.with_name(path.name + ".cms")
            signature.write_bytes(
                demo_signature(
                    path.read_bytes(),
                    full_name=signer.full_name,
                    iin=signer.iin or "",  # the demo's e-signer has an ИИН
                    organization=ORG_NAME,
                    bin_=demo_bin(),
                )
            )
            add_attachment(
                session,
                ctx.blobs,
                execution_id,
                signature,
                role,
                max_bytes=ctx.settings.max_attachment_bytes,
                slot_key=doc.slot,
            )
        if slot is None:
            continue
        if allowed and not step.draft and step.status is not ExecutionStatus.DOCUMENT_PREPARED:
            set_slot_signer(session, catalog, execution_id, slot.key, signer.id)
        if slot.date is not None and slot.anchor is None and not step.draft:
            set_slot_date(
                session,
                catalog,
                execution_id,
                slot.key,
                date(when.year, *step.dates.get(slot.key, (when.month, when.day))),
            )
    for register in subtask.registers:
        if register.key in step.rows:
            save_rows(session, execution_id, register, step.rows[register.key])
    link_slots = [d for d in subtask.documents if d.kind is DocumentKind.LINK]
    if step.links and link_slots:
        slot = link_slots[0]
        links = [
            SlotLinkInput(_CHANNEL_URLS[channel].format(news_id), Channel(channel), when, title)
            for title, news_id, channels in step.links
            for channel in channels
        ]
        set_slot_links(session, catalog, execution_id, slot.key, links)
    for key, reason in step.waive.items():
        waive_slot(session, catalog, execution_id, key, reason)
    if step.notes:
        save_notes(session, execution_id, expected_version=None, notes=step.notes)
    if step.status.is_done:
        complete(session, catalog, execution_id, on=when)
    if step.status is ExecutionStatus.UPLOADED:
        uploaded = date(when.year, *step.uploaded) if step.uploaded else when
        mark_uploaded(
            session, [execution_id], uploaded_on=uploaded, ispu_reference=None, expected_versions=None, catalog=catalog
        )
    elif step.status in (ExecutionStatus.SIGNED, ExecutionStatus.DOCUMENT_PREPARED):
        # Statuses the user sets by hand («Подписано», «Документ подготовлен»).
        session.get_one(SubtaskExecution, execution_id).status = step.status.value
        session.flush()


def _missing_docs(subtask: Subtask, docs: list[Doc], step: Step) -> list[Doc]:
    """A generic page for each file slot the script does not fill (the
    catalog changed), so that a step the demo marks done stays complete."""
    have = {d.slot for d in docs}
    return [
        Doc(
            f"{subtask.code} {slot.key}.pdf",
            "ДОКУМЕНТ",  # i18n: ru-only — demo sample document
            slot.title,
            (subtask.title,),
            slot=slot.key,
        )
        for slot in subtask.documents
        if slot.kind.takes_files and slot.counts and slot.key not in have and slot.key not in step.waive
    ]


# --------------------------------------------------------------------------
# Documents that look scanned
# --------------------------------------------------------------------------
# i18n: ru-only-begin — demo sample documents (their printed text)

_DPI = 100
_PAGE = (827, 1169)  # A4 at 100 dpi
_MARGIN_L, _MARGIN_R = 110, 70


@dataclass
class _Pen:
    draw: ImageDraw.ImageDraw
    regular: ImageFont.FreeTypeFont
    bold: ImageFont.FreeTypeFont
    small: ImageFont.FreeTypeFont
    y: int = 60
    width: int = _PAGE[0] - _MARGIN_L - _MARGIN_R
    rng: random.Random = field(default_factory=random.Random)


def font_path(name: str = FONT_REGULAR) -> Path:
    return resource_dir() / "fonts" / name


def _short_name(full_name: str) -> str:
    parts = full_name.split()
    return f"{parts[1][0]}. {parts[0]}" if len(parts) >= 2 else full_name


def render_document(doc: Doc, target: Path, *, signer: SignatoryInfo, when: date, seed: str = "") -> None:
    """Render one page to `target`; the format follows its extension
    (.pdf, .jpg, .png, .docx)."""
    target.write_bytes(_rendered(doc, signer.full_name, signer.position, when, seed, target.suffix.lower()))


@functools.lru_cache(maxsize=64)
def _rendered(doc: Doc, full_name: str, position: str, when: date, seed: str, suffix: str) -> bytes:
    # Cached: rendering is most of the demo's time, and tests create it often.
    if suffix == ".docx":
        return _docx(doc, full_name, position, when)
    page = _page(doc, full_name, position, when, random.Random(seed))
    buf = io.BytesIO()
    if suffix == ".pdf":
        page.save(buf, "PDF", resolution=float(_DPI), title=f"{doc.kind} {doc.subject}", author=ORG_NAME)
    elif suffix in (".jpg", ".jpeg"):
        page.save(buf, "JPEG", quality=82, dpi=(_DPI, _DPI))
    else:
        page.convert("L").save(buf, "PNG", optimize=True, dpi=(_DPI, _DPI))
    return buf.getvalue()


def _page(doc: Doc, full_name: str, position: str, when: date, rng: random.Random) -> Image.Image:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", _PAGE, (250, 249, 245))
    draw = ImageDraw.Draw(img)
    pen = _Pen(
        draw=draw,
        regular=ImageFont.truetype(str(font_path()), 17),
        bold=ImageFont.truetype(str(font_path(FONT_BOLD)), 18),
        small=ImageFont.truetype(str(font_path()), 14),
        rng=rng,
    )

    # Bilingual letterhead, as on the blanks of Kazakhstan's akimats.
    mid = _PAGE[0] // 2
    draw.text((mid - 30, pen.y), ORG_NAME_KK.upper(), font=pen.small, fill=(25, 45, 120), anchor="ra")
    draw.text((mid + 30, pen.y), ORG_NAME.upper(), font=pen.small, fill=(25, 45, 120), anchor="la")
    pen.y += 22
    draw.text((mid - 30, pen.y), PLACE_KK, font=pen.small, fill=(25, 45, 120), anchor="ra")
    draw.text((mid + 30, pen.y), PLACE, font=pen.small, fill=(25, 45, 120), anchor="la")
    pen.y += 30
    draw.line((_MARGIN_L - 40, pen.y, _PAGE[0] - _MARGIN_R + 20, pen.y), fill=(25, 45, 120), width=3)
    pen.y += 30

    if doc.approve:
        x = mid + 60
        for line, font in (("УТВЕРЖДАЮ", pen.bold), (position, pen.regular)):
            for part in _wrap(draw, line, font, _PAGE[0] - _MARGIN_R - x):
                draw.text((x, pen.y), part, font=font, fill=(20, 20, 20))
                pen.y += 24
        pen.y += 12
        _signature(pen, x + 10, pen.y + 8)
        draw.text(
            (_PAGE[0] - _MARGIN_R, pen.y + 4), _short_name(full_name), font=pen.regular, fill=(20, 20, 20), anchor="ra"
        )
        pen.y += 40
        draw.text((x, pen.y), official_date(when), font=pen.regular, fill=(20, 20, 20))
        pen.y += 50

    draw.text((mid, pen.y), doc.kind, font=pen.bold, fill=(15, 15, 15), anchor="ma")
    pen.y += 30
    if doc.number:
        draw.text((_MARGIN_L, pen.y), when.strftime("%d.%m.%Y"), font=pen.regular, fill=(20, 20, 20))
        draw.text((_PAGE[0] - _MARGIN_R, pen.y), f"№ {doc.number}", font=pen.regular, fill=(20, 20, 20), anchor="ra")
        pen.y += 34
    for part in _wrap(draw, doc.subject, pen.bold, pen.width - 60):
        draw.text((mid, pen.y), part, font=pen.bold, fill=(15, 15, 15), anchor="ma")
        pen.y += 26
    pen.y += 20
    for paragraph in doc.body:
        for i, part in enumerate(_wrap(draw, paragraph, pen.regular, pen.width - 40)):
            draw.text((_MARGIN_L + (40 if i == 0 else 0), pen.y), part, font=pen.regular, fill=(20, 20, 20))
            pen.y += 25
        pen.y += 8

    if not doc.approve:
        pen.y = max(pen.y + 60, 820)
        left = _wrap(draw, position, pen.regular, 330)
        for part in left:
            draw.text((_MARGIN_L, pen.y), part, font=pen.regular, fill=(20, 20, 20))
            pen.y += 24
        _signature(pen, _PAGE[0] - _MARGIN_R - 300, pen.y - 34)
        draw.text(
            (_PAGE[0] - _MARGIN_R, pen.y - 24), _short_name(full_name), font=pen.regular, fill=(20, 20, 20), anchor="ra"
        )
        _stamp(pen, _PAGE[0] - _MARGIN_R - 300, pen.y + 60)
    draw.text(
        (_MARGIN_L, _PAGE[1] - 60),
        f"Исп.: отдел управления персоналом, тел. 8 (72637) 2-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        font=pen.small,
        fill=(60, 60, 60),
    )

    # A scanner never feeds the sheet perfectly straight.
    return img.rotate(
        rng.uniform(-0.6, 0.6), resample=Image.Resampling.BILINEAR, expand=False, fillcolor=(250, 249, 245)
    )


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _signature(pen: _Pen, x: int, y: int) -> None:
    """A handwritten-looking scribble in blue ink: a few loops and a stroke."""
    import math

    rng = pen.rng
    loops, length = rng.randint(3, 5), rng.randint(110, 150)
    phase, height = rng.uniform(0, math.pi), rng.randint(9, 14)
    points = []
    for i in range(120):
        t = i / 119
        points.append(
            (
                x + t * length + 9 * math.cos(2 * math.pi * loops * t + phase),
                y - height * math.sin(2 * math.pi * loops * t) * (1.2 - t),
            )
        )
    pen.draw.line(points, fill=(30, 50, 160), width=2, joint="curve")
    pen.draw.line((x - 5, y + 12, x + length + rng.randint(10, 30), y + 4), fill=(30, 50, 160), width=2)


def _stamp(pen: _Pen, cx: int, cy: int) -> None:
    """A round seal: two rings and the organisation's name."""
    ink = (60, 80, 190)
    for r, w in ((86, 3), (70, 1)):
        pen.draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=w)
    for i, line in enumerate(("АППАРАТ АКИМА", "БАЙЗАКСКОГО", "РАЙОНА")):
        pen.draw.text((cx, cy - 26 + i * 18), line, font=pen.small, fill=ink, anchor="ma")


def _docx(doc: Doc, full_name: str, position: str, when: date) -> bytes:
    """A minimal but valid Word document (an unsigned draft)."""
    paragraphs = [
        ORG_NAME.upper(),
        "",
        f"{doc.kind} (ПРОЕКТ)",
        doc.subject,
        "",
        *doc.body,
        "",
        f"{position} ____________ {_short_name(full_name)}",
        official_date(when),
    ]
    body = "".join(
        f'<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>'
        f'</w:rPr><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
        ),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, xml in parts.items():
            zf.writestr(name, xml.encode("utf-8"))
    return buf.getvalue()


# i18n: ru-only-end
