"""Domain vocabularies shared by the catalog, the store and the UI.

Each enum value is the stable code stored in files and the database; the
label (`label`, in the interface's language) is what users read (UX.md);
`label_ru` is the Russian one that documents and exports print.
"""

from __future__ import annotations

from enum import StrEnum

from tbn4_desktop.i18n import N_, tr


class OrgLevel(StrEnum):
    CENTRAL = "central"
    OBLAST = "oblast"
    DISTRICT = "district"
    QUASI = "quasi"

    @property
    def label(self) -> str:
        """The label in the interface's language."""
        return tr(_ORG_LEVEL_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _ORG_LEVEL_LABELS[self]


_ORG_LEVEL_LABELS = {
    OrgLevel.CENTRAL: N_("Центральный государственный орган"),
    OrgLevel.OBLAST: N_("Акимат области / областное управление"),
    OrgLevel.DISTRICT: N_("Акимат района (города)"),
    OrgLevel.QUASI: N_("Субъект квазигосударственного сектора"),
}


class SignerRole(StrEnum):
    FIRST_HEAD = "first_head"
    DEPUTY_HEAD = "deputy_head"
    CHIEF_OF_STAFF = "chief_of_staff"
    DISTRICT_AKIM = "district_akim"
    ETHICS_COMMISSIONER = "ethics_commissioner"

    @property
    def label(self) -> str:
        """The label in the interface's language."""
        return tr(_SIGNER_ROLE_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _SIGNER_ROLE_LABELS[self]


_SIGNER_ROLE_LABELS = {
    SignerRole.FIRST_HEAD: N_("Первый руководитель"),
    SignerRole.DEPUTY_HEAD: N_("Заместитель первого руководителя"),
    SignerRole.CHIEF_OF_STAFF: N_("Руководитель аппарата"),
    SignerRole.DISTRICT_AKIM: N_("Аким района (города)"),
    SignerRole.ETHICS_COMMISSIONER: N_("Уполномоченный по этике"),
}


class Periodicity(StrEnum):
    ONCE = "once"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    YEARLY = "yearly"

    @property
    def label(self) -> str:
        """The label in the interface's language."""
        return tr(_PERIODICITY_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _PERIODICITY_LABELS[self]


_PERIODICITY_LABELS = {
    Periodicity.ONCE: N_("Однократно"),
    Periodicity.QUARTERLY: N_("Ежеквартально"),
    Periodicity.MONTHLY: N_("Ежемесячно"),
    Periodicity.YEARLY: N_("Ежегодно"),
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
    N_("январь"),
    N_("февраль"),
    N_("март"),
    N_("апрель"),
    N_("май"),
    N_("июнь"),
    N_("июль"),
    N_("август"),
    N_("сентябрь"),
    N_("октябрь"),
    N_("ноябрь"),
    N_("декабрь"),
)
_QUARTERS = (N_("I квартал"), N_("II квартал"), N_("III квартал"), N_("IV квартал"))


def period_label_ru(period: str) -> str:
    """The Russian label of a period, for documents, exports and the
    bundle's folder names: 'Q2' → 'II квартал', 'M03' → 'март', '' → 'за год'."""
    if not period:
        return N_("за год")
    if period.startswith("Q"):
        return _QUARTERS[int(period[1:]) - 1]
    if period.startswith("M"):
        return _MONTHS_NOMINATIVE[int(period[1:]) - 1]
    raise ValueError(f"unknown period {period!r}")


def period_label(period: str) -> str:
    """The label of a period in the interface's language: 'Q2' → 'II квартал',
    'M03' → 'март', '' → 'за год' (documents use `period_label_ru`)."""
    return tr(period_label_ru(period))


class ExecutionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DOCUMENT_PREPARED = "document_prepared"
    SIGNED = "signed"
    READY_FOR_UPLOAD = "ready_for_upload"
    UPLOADED = "uploaded"

    @property
    def label(self) -> str:
        """The label in the interface's language."""
        return tr(_STATUS_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _STATUS_LABELS[self]

    @property
    def is_done(self) -> bool:
        return self in (ExecutionStatus.READY_FOR_UPLOAD, ExecutionStatus.UPLOADED)


_STATUS_LABELS = {
    ExecutionStatus.NOT_STARTED: N_("Не начато"),
    ExecutionStatus.IN_PROGRESS: N_("В работе"),
    ExecutionStatus.DOCUMENT_PREPARED: N_("Документ подготовлен"),
    ExecutionStatus.SIGNED: N_("Подписано"),
    ExecutionStatus.READY_FOR_UPLOAD: N_("Готово к загрузке"),
    ExecutionStatus.UPLOADED: N_("Загружено в ИСПУ"),
}


class DocumentKind(StrEnum):
    """What kind of confirming document a catalog slot holds."""

    SIGNED = "signed"  # a document of the body, signed or approved by its official (a scan)
    COPY = "copy"  # an electronic copy of a document the body does not sign itself
    FORM = "form"  # an appendix form the app generates, signed and attached as a scan
    LINK = "link"  # a link to a publication
    REGISTER = "register"  # the data of a register kept in the app (no file)

    @property
    def label(self) -> str:
        """The label in the interface's language."""
        return tr(_DOCUMENT_KIND_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _DOCUMENT_KIND_LABELS[self]

    @property
    def takes_files(self) -> bool:
        return self in (DocumentKind.SIGNED, DocumentKind.COPY, DocumentKind.FORM)

    @property
    def needs_signer(self) -> bool:
        return self in (DocumentKind.SIGNED, DocumentKind.FORM)


_DOCUMENT_KIND_LABELS = {
    DocumentKind.SIGNED: N_("Подписанный документ"),
    DocumentKind.COPY: N_("Электронная копия"),
    DocumentKind.FORM: N_("Форма отчётности"),
    DocumentKind.LINK: N_("Ссылка на публикацию"),
    DocumentKind.REGISTER: N_("Таблица в программе"),
}


class Requirement(StrEnum):
    REQUIRED = "required"
    CONDITIONAL = "conditional"  # required unless declared «не требуется» for a reason the slot allows
    OPTIONAL = "optional"

    @property
    def label(self) -> str:
        """The label in the interface's language."""
        return tr(_REQUIREMENT_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _REQUIREMENT_LABELS[self]


_REQUIREMENT_LABELS = {
    Requirement.REQUIRED: N_("Обязательный"),
    Requirement.CONDITIONAL: N_("При условии"),
    Requirement.OPTIONAL: N_("Необязательный"),
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
        """The label in the interface's language."""
        return tr(_SLOT_DATE_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _SLOT_DATE_LABELS[self]


_SLOT_DATE_LABELS = {
    SlotDate.SIGNED: N_("Дата подписания"),
    SlotDate.APPROVED: N_("Дата утверждения"),
    SlotDate.PUBLISHED: N_("Дата публикации"),
    SlotDate.HELD: N_("Дата проведения"),
    SlotDate.RECEIVED: N_("Дата поступления"),
}


class Channel(StrEnum):
    """Where a publication link is placed (1.1.3–1.1.5: интернет-ресурс, СМИ, социальные сети)."""

    SITE = "site"
    MEDIA = "media"
    SOCIAL = "social"

    @property
    def label(self) -> str:
        """The label in the interface's language."""
        return tr(_CHANNEL_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    Channel.SITE: N_("интернет-ресурс"),
    Channel.MEDIA: N_("СМИ"),
    Channel.SOCIAL: N_("социальные сети"),
}


class AttachmentRole(StrEnum):
    SIGNED_SCAN = "signed_scan"
    DRAFT = "draft"
    SUPPORTING = "supporting"
    # A CMS signature file (ЭЦП): what it is follows from its content, never
    # chosen; it makes the document it signs (or holds) signed evidence.
    SIGNATURE = "signature"

    @property
    def label(self) -> str:
        """The label in the interface's language."""
        return tr(_ATTACHMENT_ROLE_LABELS[self])

    @property
    def in_sentence(self) -> str:
        """The label inside a sentence: its first letter small, an
        abbreviation such as ЭЦП kept in capitals («файл электронной подписи (ЭЦП)»)."""
        label = self.label
        return label[:1].lower() + label[1:]

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _ATTACHMENT_ROLE_LABELS[self]


_ATTACHMENT_ROLE_LABELS = {
    AttachmentRole.SIGNED_SCAN: N_("Скан подписанного документа"),
    AttachmentRole.DRAFT: N_("Проект документа (без подписи)"),
    AttachmentRole.SUPPORTING: N_("Сопроводительный материал"),
    AttachmentRole.SIGNATURE: N_("Файл электронной подписи (ЭЦП)"),
}
