"""The first screen's data, read with the standard library's sqlite3.

Loading SQLAlchemy costs about twice as long as showing a bare Qt window, so
the app reads what the main window shows first (organisation, signatories,
the year's executions and what the checklists of confirming documents are
judged from) with plain SQL on a read-only connection, shows it, and opens
the full store right after. Anything unusual — no database yet, a schema
that needs migrating, no plan for the year, PostgreSQL, any error — returns
None, and the app takes the ordinary path through the services.
tests/services/test_startup_view.py checks this reader agrees with them:
the same executions, the same checklists, the same status shown.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TypeVar

from tbn4_desktop.core.catalog import AnchorEvent, Catalog
from tbn4_desktop.core.checklist import (
    UNASSIGNED,
    Applicability,
    Checklist,
    FileFact,
    LinkFact,
    SlotFacts,
    SlotRecordFact,
    applicability,
    judge_plan,
)
from tbn4_desktop.core.esign.evidence import SignatureFacts
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    Channel,
    ExecutionStatus,
    OrgLevel,
    SignerRole,
)
from tbn4_desktop.migrations import SCHEMA_HEAD
from tbn4_desktop.services.records import (
    ExecutionInfo,
    OrganizationInfo,
    PlanInfo,
    SignatoryInfo,
)

DB_FILE = "tbn4.sqlite3"  # = store.DB_FILE (not imported: store loads SQLAlchemy)
CURRENT_ORG_KEY = "current_organization_id"  # = services.organizations.CURRENT_ORG_KEY


@dataclass(frozen=True)
class YearChecklists:
    """The checklist of every execution of a year (by execution id) and the
    applicability of every subtask (by code): what the tree and the panel
    show the status from."""

    checklists: Mapping[int, Checklist]
    applicability: Mapping[str, Applicability]

    def checklist(self, execution_id: int) -> Checklist | None:
        return self.checklists.get(execution_id)

    def applies(self, code: str) -> bool:
        found = self.applicability.get(code)
        return found is None or found.applies

    def shown_status(self, info: ExecutionInfo) -> ExecutionStatus:
        """The status as services.year_status.StatusItem.status gives it:
        «Готово к загрузке» only while every required document is there."""
        return shown_status(info.status, self.checklists.get(info.id))

    def shown(self, info: ExecutionInfo) -> ExecutionInfo:
        status = self.shown_status(info)
        return info if status is info.status else replace(info, status=status)


def shown_status(stored: ExecutionStatus, checklist: Checklist | None) -> ExecutionStatus:
    """StatusItem.status for a stored status and its checklist (the test
    holds the two together on the demo year)."""
    if stored is ExecutionStatus.READY_FOR_UPLOAD and checklist is not None and not checklist.complete:
        return ExecutionStatus.IN_PROGRESS
    return stored


@dataclass(frozen=True)
class SlotInputs:
    """What the checklists of a year are judged from, as stored."""

    facts: Mapping[int, SlotFacts]
    anchors: Mapping[AnchorEvent, date | None]
    answers: Mapping[str, bool]


@dataclass(frozen=True)
class YearView:
    """What the main window shows for one organisation and year."""

    organization: OrganizationInfo
    plan: PlanInfo
    executions: list[ExecutionInfo]  # stored statuses; the shown ones come from `checklists`
    signatories: list[SignatoryInfo]
    plan_years: list[int]
    # Judged (the ordinary path, from the services) or not yet: then the
    # inputs read here are judged with the plan's catalog (judge_year).
    checklists: YearChecklists | None = None
    inputs: SlotInputs | None = field(default=None, compare=False)


def judge_year(view: YearView, catalog: Catalog) -> YearChecklists:
    """The checklists of the view's year with the plan's catalog, as
    services.checklist.plan_checklists judges them: anchor slots dated by
    their anchors, a year-scope slot satisfied in one period counting in
    every period of the subtask, applicability from the year's answers."""
    if view.checklists is not None:
        return view.checklists
    if view.inputs is None:
        raise ValueError("the view carries neither checklists nor what they are judged from")
    level = view.organization.level
    checklists = judge_plan(
        catalog,
        level,
        [(e.id, e.subtask_code, e.period or "") for e in view.executions],
        view.inputs.facts,
        view.inputs.anchors,
    )
    applies = {s.code: applicability(catalog, s, level, view.inputs.answers) for s in catalog.subtasks()}
    return YearChecklists(checklists=checklists, applicability=applies)


def read_year_view(data_dir: Path, year: int) -> YearView | None:
    path = Path(data_dir) / DB_FILE
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        return _read(conn, year)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _read(conn: sqlite3.Connection, year: int) -> YearView | None:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone():
        return None
    if conn.execute("SELECT version_num FROM alembic_version").fetchone() != (SCHEMA_HEAD,):
        return None
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (CURRENT_ORG_KEY,)).fetchone()
    if row is None:
        return None
    org = conn.execute(
        "SELECT o.id, o.name, o.bin, o.level, o.parent_id, p.name FROM organization o "
        "LEFT JOIN organization p ON p.id = o.parent_id WHERE o.id = ?",
        (int(row[0]),),
    ).fetchone()
    if org is None:
        return None
    organization = OrganizationInfo(
        id=org[0], name=org[1], bin=org[2], level=OrgLevel(org[3]), parent_id=org[4], parent_name=org[5]
    )
    plan_row = conn.execute(
        "SELECT id, catalog_id, catalog_version FROM year_plan WHERE organization_id = ? AND year = ?",
        (organization.id, year),
    ).fetchone()
    if plan_row is None:
        return None  # the ordinary path creates the year's plan
    plan = PlanInfo(
        id=plan_row[0], organization_id=organization.id, year=year, catalog_id=plan_row[1], catalog_version=plan_row[2]
    )
    executions = [
        ExecutionInfo(
            id=r[0],
            subtask_code=r[1],
            period=r[2],
            status=ExecutionStatus(r[3]),
            completed_on=_day(r[4]),
            signatory_id=r[5],
            notes=r[6],
            attachment_count=r[7],
            link_count=r[8],
            version=r[9],
            uploaded_on=_day(r[10]),
            ispu_reference=r[11],
        )
        for r in conn.execute(
            "SELECT e.id, e.subtask_code, e.period, e.status, e.completed_on, e.signatory_id, e.notes, "
            " (SELECT count(*) FROM attachment a WHERE a.execution_id = e.id AND a.removed_at IS NULL), "
            " (SELECT count(*) FROM link l WHERE l.execution_id = e.id), e.version, "
            " e.uploaded_on, e.ispu_reference "
            "FROM subtask_execution e WHERE e.year_plan_id = ? ORDER BY e.id",
            (plan.id,),
        )
    ]
    signatories = [
        SignatoryInfo(
            id=r[0], full_name=r[1], position=r[2], role=SignerRole(r[3]), active=bool(r[4]), version=r[5], iin=r[6]
        )
        for r in conn.execute(
            "SELECT id, full_name, position, role, active, version, iin FROM signatory "
            "WHERE organization_id = ? ORDER BY id",
            (organization.id,),
        )
    ]
    years = [
        r[0]
        for r in conn.execute("SELECT year FROM year_plan WHERE organization_id = ? ORDER BY year", (organization.id,))
    ]
    return YearView(
        organization=organization,
        plan=plan,
        executions=executions,
        signatories=signatories,
        plan_years=years,
        inputs=_slot_inputs(conn, plan.id),
    )


_E = TypeVar("_E", bound=Enum)


def _enum(kind: type[_E], value: str | None) -> _E | None:
    try:
        return kind(value) if value else None
    except ValueError:
        return None


def _slot_inputs(conn: sqlite3.Connection, plan_id: int) -> SlotInputs:
    """The facts services.checklist.plan_facts reads, with plain SQL."""
    ids = [r[0] for r in conn.execute("SELECT id FROM subtask_execution WHERE year_plan_id = ?", (plan_id,))]
    files: dict[int, list[FileFact]] = defaultdict(list)
    for ex, key, role, name, sha, signs, signature in conn.execute(
        "SELECT a.execution_id, a.slot_key, a.role, a.original_name, a.sha256, a.signs_sha256, "
        "a.signature_info FROM attachment a JOIN subtask_execution e ON e.id = a.execution_id "
        "WHERE e.year_plan_id = ? AND a.removed_at IS NULL ORDER BY a.id",
        (plan_id,),
    ):
        files[ex].append(
            FileFact(
                slot_key=key or UNASSIGNED,
                role=_enum(AttachmentRole, role) or AttachmentRole.SUPPORTING,
                name=name,
                sha256=sha,
                signs_sha256=signs,
                signature=SignatureFacts.from_json(signature),
            )
        )
    links: dict[int, list[LinkFact]] = defaultdict(list)
    for ex, key, url, channel, published in conn.execute(
        "SELECT l.execution_id, l.slot_key, l.url, l.channel, l.published_on FROM link l "
        "JOIN subtask_execution e ON e.id = l.execution_id WHERE e.year_plan_id = ? ORDER BY l.id",
        (plan_id,),
    ):
        links[ex].append(
            LinkFact(slot_key=key or UNASSIGNED, url=url, channel=_enum(Channel, channel), published_on=_day(published))
        )
    records: dict[int, dict[str, SlotRecordFact]] = defaultdict(dict)
    for ex, key, name, role, day, reason, iin in conn.execute(
        "SELECT r.execution_id, r.slot_key, s.full_name, s.role, r.doc_date, r.waived_reason, s.iin "
        "FROM slot_record r JOIN subtask_execution e ON e.id = r.execution_id "
        "LEFT JOIN signatory s ON s.id = r.signatory_id WHERE e.year_plan_id = ?",
        (plan_id,),
    ):
        records[ex][key] = SlotRecordFact(
            signer_name=name,
            signer_role=_enum(SignerRole, role),
            doc_date=_day(day),
            waived_reason=reason,
            signer_iin=iin,
        )
    rows: dict[int, dict[str, int]] = defaultdict(dict)
    for ex, key, n in conn.execute(
        "SELECT r.execution_id, r.register_key, count(*) FROM register_row r "
        "JOIN subtask_execution e ON e.id = r.execution_id WHERE e.year_plan_id = ? "
        "GROUP BY r.execution_id, r.register_key",
        (plan_id,),
    ):
        rows[ex][key] = n
    org_bin = (
        conn.execute(
            "SELECT o.bin FROM organization o JOIN year_plan p ON p.organization_id = o.id WHERE p.id = ?", (plan_id,)
        ).fetchone()
        or ("",)
    )[0] or ""
    facts = {
        ex: SlotFacts(
            files=tuple(files[ex]), links=tuple(links[ex]), records=records[ex], register_rows=rows[ex], org_bin=org_bin
        )
        for ex in ids
    }
    known = {e.value for e in AnchorEvent}
    anchors = {
        AnchorEvent(event): _day(day)
        for event, day in conn.execute("SELECT event, day FROM anchor_date WHERE year_plan_id = ?", (plan_id,))
        if event in known
    }
    answers = {
        key: bool(answer)
        for key, answer in conn.execute(
            "SELECT key, answer FROM applicability_answer WHERE year_plan_id = ?", (plan_id,)
        )
    }
    return SlotInputs(facts=facts, anchors=anchors, answers=answers)
