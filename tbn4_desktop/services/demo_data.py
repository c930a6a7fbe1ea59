"""The demo's sample data: the organisation, its people, and the types its year is written in.

The names, places and addresses of the demo akimat, its signatories, the
``Doc`` (one sample document) and ``Step`` (one subtask execution of the
demo year) records, and the register rows several steps share. Apart from
demo.py so that the year's script (demo_script) and the page renderer
(demo_render) can use them without the code that plays the demo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tbn4_desktop.core.vocabulary import ExecutionStatus, SignerRole
from tbn4_desktop.services.organizations import SignatoryInput

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


# --------------------------------------------------------------------------
# The records the script of the demo year is written in (demo_script)
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


# i18n: ru-only-end
