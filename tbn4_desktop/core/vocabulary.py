"""Domain vocabularies shared by the catalog, the store and the UI.

Each enum value is the stable code stored in files and the database; the
Russian label is what users read (UX.md).
"""

from __future__ import annotations

from enum import StrEnum


class OrgLevel(StrEnum):
    CENTRAL = "central"
    OBLAST = "oblast"
    DISTRICT = "district"
    QUASI = "quasi"

    @property
    def label(self) -> str:
        return _ORG_LEVEL_LABELS[self]


_ORG_LEVEL_LABELS = {
    OrgLevel.CENTRAL: "Центральный государственный орган",
    OrgLevel.OBLAST: "Акимат области / областное управление",
    OrgLevel.DISTRICT: "Акимат района (города)",
    OrgLevel.QUASI: "Субъект квазигосударственного сектора",
}


class SignerRole(StrEnum):
    FIRST_HEAD = "first_head"
    DEPUTY_HEAD = "deputy_head"
    CHIEF_OF_STAFF = "chief_of_staff"
    DISTRICT_AKIM = "district_akim"
    ETHICS_COMMISSIONER = "ethics_commissioner"

    @property
    def label(self) -> str:
        return _SIGNER_ROLE_LABELS[self]


_SIGNER_ROLE_LABELS = {
    SignerRole.FIRST_HEAD: "Первый руководитель",
    SignerRole.DEPUTY_HEAD: "Заместитель первого руководителя",
    SignerRole.CHIEF_OF_STAFF: "Руководитель аппарата",
    SignerRole.DISTRICT_AKIM: "Аким района (города)",
    SignerRole.ETHICS_COMMISSIONER: "Уполномоченный по этике",
}


class Periodicity(StrEnum):
    ONCE = "once"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    YEARLY = "yearly"

    @property
    def label(self) -> str:
        return _PERIODICITY_LABELS[self]


_PERIODICITY_LABELS = {
    Periodicity.ONCE: "Однократно",
    Periodicity.QUARTERLY: "Ежеквартально",
    Periodicity.MONTHLY: "Ежемесячно",
    Periodicity.YEARLY: "Ежегодно",
}


def periods_of(periodicity: Periodicity) -> tuple[str, ...]:
    """Reporting periods of one year, as stored in the execution table.

    '' is the single period of a once/yearly subtask; quarters are Q1..Q4,
    months M01..M12.
    """
    if periodicity is Periodicity.QUARTERLY:
        return ("Q1", "Q2", "Q3", "Q4")
    if periodicity is Periodicity.MONTHLY:
        return tuple(f"M{m:02d}" for m in range(1, 13))
    return ("",)


_MONTHS_NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)


def period_label(period: str) -> str:
    """'Q2' → 'II квартал', 'M03' → 'март', '' → 'за год'."""
    if not period:
        return "за год"
    if period.startswith("Q"):
        return f"{('I', 'II', 'III', 'IV')[int(period[1:]) - 1]} квартал"
    if period.startswith("M"):
        return _MONTHS_NOMINATIVE[int(period[1:]) - 1]
    raise ValueError(f"unknown period {period!r}")


class ExecutionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DOCUMENT_PREPARED = "document_prepared"
    SIGNED = "signed"
    READY_FOR_UPLOAD = "ready_for_upload"
    UPLOADED = "uploaded"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_done(self) -> bool:
        return self in (ExecutionStatus.READY_FOR_UPLOAD, ExecutionStatus.UPLOADED)


_STATUS_LABELS = {
    ExecutionStatus.NOT_STARTED: "Не начато",
    ExecutionStatus.IN_PROGRESS: "В работе",
    ExecutionStatus.DOCUMENT_PREPARED: "Документ подготовлен",
    ExecutionStatus.SIGNED: "Подписано",
    ExecutionStatus.READY_FOR_UPLOAD: "Готово к загрузке",
    ExecutionStatus.UPLOADED: "Загружено в ИСПУ",
}


class DocumentKind(StrEnum):
    """What kind of confirming document a catalog slot holds."""

    SIGNED = "signed"        # a document of the body, signed or approved by its official (a scan)
    COPY = "copy"            # an electronic copy of a document the body does not sign itself
    FORM = "form"            # an appendix form the app generates, signed and attached as a scan
    LINK = "link"            # a link to a publication
    REGISTER = "register"    # the data of a register kept in the app (no file)

    @property
    def label(self) -> str:
        return _DOCUMENT_KIND_LABELS[self]

    @property
    def takes_files(self) -> bool:
        return self in (DocumentKind.SIGNED, DocumentKind.COPY, DocumentKind.FORM)

    @property
    def needs_signer(self) -> bool:
        return self in (DocumentKind.SIGNED, DocumentKind.FORM)


_DOCUMENT_KIND_LABELS = {
    DocumentKind.SIGNED: "Подписанный документ",
    DocumentKind.COPY: "Электронная копия",
    DocumentKind.FORM: "Форма отчётности",
    DocumentKind.LINK: "Ссылка на публикацию",
    DocumentKind.REGISTER: "Таблица в программе",
}


class Requirement(StrEnum):
    REQUIRED = "required"
    CONDITIONAL = "conditional"   # required unless declared «не требуется» for a reason the slot allows
    OPTIONAL = "optional"

    @property
    def label(self) -> str:
        return _REQUIREMENT_LABELS[self]


_REQUIREMENT_LABELS = {
    Requirement.REQUIRED: "Обязательный",
    Requirement.CONDITIONAL: "При условии",
    Requirement.OPTIONAL: "Необязательный",
}


class SlotDate(StrEnum):
    """What the date a slot carries means."""

    SIGNED = "signed"
    APPROVED = "approved"
    PUBLISHED = "published"
    HELD = "held"
    RECEIVED = "received"

    @property
    def label(self) -> str:
        return _SLOT_DATE_LABELS[self]


_SLOT_DATE_LABELS = {
    SlotDate.SIGNED: "Дата подписания",
    SlotDate.APPROVED: "Дата утверждения",
    SlotDate.PUBLISHED: "Дата публикации",
    SlotDate.HELD: "Дата проведения",
    SlotDate.RECEIVED: "Дата поступления",
}


class Channel(StrEnum):
    """Where a publication link is placed (1.1.3–1.1.5: интернет-ресурс, СМИ, социальные сети)."""

    SITE = "site"
    MEDIA = "media"
    SOCIAL = "social"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    Channel.SITE: "интернет-ресурс",
    Channel.MEDIA: "СМИ",
    Channel.SOCIAL: "социальные сети",
}


class AttachmentRole(StrEnum):
    SIGNED_SCAN = "signed_scan"
    DRAFT = "draft"
    SUPPORTING = "supporting"

    @property
    def label(self) -> str:
        return _ATTACHMENT_ROLE_LABELS[self]


_ATTACHMENT_ROLE_LABELS = {
    AttachmentRole.SIGNED_SCAN: "Скан подписанного документа",
    AttachmentRole.DRAFT: "Проект документа (без подписи)",
    AttachmentRole.SUPPORTING: "Сопроводительный материал",
}
