"""The TBN-4 catalog (Карта реализации) as typed data.

A catalog is one YAML file in resources/catalogs/ (or imported by the user):
an envelope (id, year, integer version, title, publication date) and the tree
projects → tasks → subtasks. This module holds the model only; reading and
validating files is in catalog_loader, the set of known catalogs in
catalog_registry, JSON output in catalog_json. Never imports Qt.

The YAML format itself is documented in the header of
resources/catalogs/tbn4-2023.yaml.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from tbn4_desktop.core.vocabulary import (
    Channel,
    DocumentKind,
    OrgLevel,
    Periodicity,
    Requirement,
    SignerRole,
    SlotDate,
)
from tbn4_desktop.i18n import N_, tr


class DeadlineKind(StrEnum):
    FIXED = "fixed"  # a date set in the Карта реализации
    RELATIVE = "relative"  # N working days before/after a named event
    AFTER_PERIOD = "after_period"  # by day D of the month after the period
    # 1.1.9: units send information by day D of the month after the period;
    # the report is due N working days after it arrives.
    MONITORING = "monitoring"


class AnchorEvent(StrEnum):
    """Events whose dates the user enters and relative deadlines count from."""

    ANALYSIS_START = "analysis_start"
    ANALYSIS_END = "analysis_end"
    REPORT_SIGNED = "report_signed"
    PLAN_APPROVED = "plan_approved"

    @property
    def label(self) -> str:
        return tr(_ANCHOR_LABELS[self])


_ANCHOR_LABELS = {
    AnchorEvent.ANALYSIS_START: N_("начало внутреннего анализа коррупционных рисков"),
    AnchorEvent.ANALYSIS_END: N_("завершение внутреннего анализа коррупционных рисков"),
    AnchorEvent.REPORT_SIGNED: N_("подписание аналитической справки"),
    AnchorEvent.PLAN_APPROVED: N_("утверждение плана мероприятий"),
}


class KpiKind(StrEnum):
    SHARE_TRAINED = "share_trained"  # ≥ N % of civil servants trained a year
    MIN_EVENTS = "min_events"  # ≥ N events a year
    QUASI_SHARE = "quasi_share"  # % of quasi-state companies (no points)
    QUASI_SHARE_SCORE = "quasi_share_score"  # % of quasi-state companies, 100 % → 2 points


#: Column types a register may use (RegisterColumn.type).
COLUMN_TYPES: tuple[str, ...] = ("text", "date", "int", "money", "bool", "url", "choice")


@dataclass(frozen=True)
class DeadlineRule:
    kind: DeadlineKind
    text: str  # the rule in Russian, as the user reads it
    event: AnchorEvent | None = None  # RELATIVE only
    workdays: int | None = None  # RELATIVE only; negative = before the event
    day_of_month: int | None = None  # AFTER_PERIOD, MONITORING
    months_after: int = 1  # AFTER_PERIOD only
    source: str = ""  # the instruction's words for the rule
    # RELATIVE, MONITORING: the slot whose own date is judged against the
    # due date (an action deadline). Without it the deadline is an upload
    # deadline, judged by the ISPU upload mark.
    slot: str | None = None
    receipt_slot: str | None = None  # MONITORING: the slot dated when information arrived
    info_source: str = ""  # MONITORING: the words of the information step

    @property
    def judged_by_upload(self) -> bool:
        return self.slot is None


@dataclass(frozen=True)
class DocumentSlot:
    """One confirming document a subtask requires, optionally or on a condition."""

    key: str  # stable forever: stored with files, links and waivers
    title: str
    kind: DocumentKind
    requirement: Requirement
    source: str  # the instruction's words that make it a confirming document
    condition: str = ""  # CONDITIONAL: the instruction's condition words
    waive_reasons: tuple[str, ...] = ()  # CONDITIONAL: reasons allowed for «не требуется»
    appendix: int | None = None  # FORM only: «Приложение №N к Инструкции»
    register: str | None = None  # REGISTER only: the register key
    # SIGNED/FORM: who may sign, per level (the slot's own rule or the
    # subtask's); empty for other kinds.
    signers: dict[OrgLevel, tuple[SignerRole, ...]] = field(default_factory=dict)
    signers_source: str = ""  # the words of a slot's own signer rule
    channels: tuple[Channel, ...] = ()  # LINK only
    any_channel: bool = False  # LINK: one of the channels suffices («и/или»)
    date: SlotDate | None = None  # what the slot's date means; None: no date of its own
    anchor: AnchorEvent | None = None  # the slot's date is this anchor event
    year_scope: bool = False  # one document for the whole year of a periodic subtask

    def signers_for(self, level: OrgLevel) -> tuple[SignerRole, ...]:
        return self.signers.get(level, ())

    @property
    def counts(self) -> bool:
        """Whether completion can depend on it (optional slots never do)."""
        return self.requirement is not Requirement.OPTIONAL


@dataclass(frozen=True)
class Question:
    """An applicability question asked per organisation and year."""

    key: str
    text: str
    levels: tuple[OrgLevel, ...]
    source: str


@dataclass(frozen=True)
class RegisterColumn:
    key: str  # identifier, [a-z_][a-z0-9_]*
    title: str  # Russian column header
    type: str = "text"  # text | date | int | money | bool | url | choice
    required: bool = False
    choices: tuple[str, ...] = ()  # choice only
    # The column applies only when every (earlier bool/choice column key,
    # value) pair holds; elsewhere it is neither required nor kept.
    when: tuple[tuple[str, bool | str], ...] = ()


@dataclass(frozen=True)
class Register:
    key: str
    title: str
    columns: tuple[RegisterColumn, ...]

    def column(self, key: str) -> RegisterColumn:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


@dataclass(frozen=True)
class Kpi:
    kind: KpiKind
    target: float  # percent for shares, count for events
    text: str  # the rule in Russian
    source: str = ""  # the instruction's words


@dataclass(frozen=True)
class Subtask:
    code: str  # "1.1.3"
    project: int
    task: int
    number: int
    title: str  # exact title from the instruction
    short_title: str  # ≤ 60 chars, for folder names and the tree
    guidance: str  # condensed from the instruction
    executor: str  # responsible unit
    documents: tuple[DocumentSlot, ...]
    signers: dict[OrgLevel, tuple[SignerRole, ...]]
    periodicity: Periodicity
    deadline: DeadlineRule
    levels: tuple[OrgLevel, ...]  # organisation levels it applies to
    register: Register | None = None
    kpi: Kpi | None = None
    # Further registers of the same subtask (e.g. 2.2.1: the Appendix 2
    # reconciliation rows beside its Appendix 1 facts). Keys differ from
    # ``register.key``.
    extra_registers: tuple[Register, ...] = ()
    # The key of an applicability question; asked at the question's levels.
    applies_if: str | None = None
    periodicity_source: str = ""  # "" where the instruction is silent (the Карта decides)

    def slot(self, key: str) -> DocumentSlot:
        for d in self.documents:
            if d.key == key:
                return d
        raise KeyError(key)

    @property
    def task_code(self) -> str:
        return f"{self.project}.{self.task}"

    def applies_to(self, level: OrgLevel) -> bool:
        return level in self.levels

    @property
    def registers(self) -> tuple[Register, ...]:
        """The main register (if any) followed by the extra registers."""
        main = (self.register,) if self.register is not None else ()
        return main + self.extra_registers

    @property
    def appendices(self) -> tuple[int, ...]:
        """Numbers of the instruction's appendix forms that confirm this subtask."""
        return tuple(d.appendix for d in self.documents if d.kind is DocumentKind.FORM and d.appendix is not None)

    def signers_for(self, level: OrgLevel) -> tuple[SignerRole, ...]:
        """Who may sign at ``level``; () when the subtask does not apply there."""
        return self.signers.get(level, ())


@dataclass(frozen=True)
class Task:
    code: str  # "1.1"
    project: int
    number: int
    title: str
    subtasks: tuple[Subtask, ...]


@dataclass(frozen=True)
class Project:
    number: int
    title: str
    goal: str
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Catalog:
    id: str  # "tbn4-2023"
    year: int
    version: int
    title: str
    publication_date: date
    source: str  # legal source the catalog was condensed from
    projects: tuple[Project, ...]
    questions: tuple[Question, ...] = ()
    default_signers_source: dict[OrgLevel, str] = field(default_factory=dict)
    _by_code: dict[str, Subtask] = field(default_factory=dict, repr=False, compare=False)

    def subtasks(self) -> list[Subtask]:
        return [s for p in self.projects for t in p.tasks for s in t.subtasks]

    def subtask(self, code: str) -> Subtask:
        if not self._by_code:
            self._by_code.update((s.code, s) for s in self.subtasks())
        return self._by_code[code]

    def question(self, key: str) -> Question:
        for q in self.questions:
            if q.key == key:
                return q
        raise KeyError(key)

    def tasks(self) -> list[Task]:
        return [t for p in self.projects for t in p.tasks]

    def project(self, number: int) -> Project:
        for p in self.projects:
            if p.number == number:
                return p
        raise KeyError(number)

    def task(self, code: str) -> Task:
        for t in self.tasks():
            if t.code == code:
                return t
        raise KeyError(code)

    @property
    def key(self) -> tuple[str, int]:
        """(id, version): what identifies a catalog in bundles and the store."""
        return (self.id, self.version)


class CatalogError(ValueError):
    """A catalog file that cannot be used; the message is Russian and names
    the file, the path inside it and the field."""


class CatalogNotFoundError(CatalogError, LookupError):
    """No catalog for the requested year or (id, version)."""


class OlderCatalogError(CatalogError):
    """A catalog whose version is lower than one already known for its id."""


# --------------------------------------------------------------------------
# Where the shipped catalogs live


def builtin_catalog_dir() -> Path:
    """resources/catalogs of the source tree, or of the frozen app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources" / "catalogs"
    return Path(__file__).resolve().parents[2] / "resources" / "catalogs"
