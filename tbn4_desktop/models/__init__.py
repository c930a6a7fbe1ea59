"""SQLAlchemy ORM models. Import from here so every table is registered."""

from tbn4_desktop.models.audit import AuditEntry
from tbn4_desktop.models.base import Base
from tbn4_desktop.models.calendar import AnchorDate, CalendarDecree
from tbn4_desktop.models.exchange import ExportedItem, ExportRecord, ImportedBundle
from tbn4_desktop.models.execution import (
    ApplicabilityAnswer,
    Attachment,
    Link,
    PlanPeriodicity,
    SlotRecord,
    SubtaskExecution,
    YearPlan,
)
from tbn4_desktop.models.organization import Organization, Setting, Signatory, SupervisedEntity
from tbn4_desktop.models.register import RegisterRow

__all__ = [
    "AnchorDate",
    "AuditEntry",
    "ApplicabilityAnswer",
    "PlanPeriodicity",
    "SlotRecord",
    "SupervisedEntity",
    "Attachment",
    "Base",
    "CalendarDecree",
    "ExportRecord",
    "ExportedItem",
    "ImportedBundle",
    "Link",
    "Organization",
    "RegisterRow",
    "Setting",
    "Signatory",
    "SubtaskExecution",
    "YearPlan",
]
