"""The first screen's data, read with the standard library's sqlite3.

Loading SQLAlchemy costs about twice as long as showing a bare Qt window, so
the app reads what the main window shows first (organisation, signatories,
the year's executions) with plain SQL on a read-only connection, shows it,
and opens the full store right after. Anything unusual — no database yet,
a schema that needs migrating, no plan for the year, PostgreSQL, any error —
returns None, and the app takes the ordinary path through the services.
tests/services/test_startup_view.py checks this reader agrees with them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tbn4_desktop.core.vocabulary import ExecutionStatus, OrgLevel, SignerRole
from tbn4_desktop.migrations import SCHEMA_HEAD
from tbn4_desktop.services.records import ExecutionInfo, OrganizationInfo, PlanInfo, SignatoryInfo

DB_FILE = "tbn4.sqlite3"  # = store.DB_FILE (not imported: store loads SQLAlchemy)
CURRENT_ORG_KEY = "current_organization_id"  # = services.organizations.CURRENT_ORG_KEY


@dataclass(frozen=True)
class YearView:
    """What the main window shows for one organisation and year."""

    organization: OrganizationInfo
    plan: PlanInfo
    executions: list[ExecutionInfo]
    signatories: list[SignatoryInfo]
    plan_years: list[int]


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
        "LEFT JOIN organization p ON p.id = o.parent_id WHERE o.id = ?", (int(row[0]),)).fetchone()
    if org is None:
        return None
    organization = OrganizationInfo(id=org[0], name=org[1], bin=org[2], level=OrgLevel(org[3]),
                                    parent_id=org[4], parent_name=org[5])
    plan_row = conn.execute(
        "SELECT id, catalog_id, catalog_version FROM year_plan WHERE organization_id = ? AND year = ?",
        (organization.id, year)).fetchone()
    if plan_row is None:
        return None  # the ordinary path creates the year's plan
    plan = PlanInfo(id=plan_row[0], organization_id=organization.id, year=year,
                    catalog_id=plan_row[1], catalog_version=plan_row[2])
    executions = [
        ExecutionInfo(id=r[0], subtask_code=r[1], period=r[2], status=ExecutionStatus(r[3]),
                      completed_on=date.fromisoformat(r[4]) if r[4] else None, signatory_id=r[5],
                      notes=r[6], attachment_count=r[7], link_count=r[8], version=r[9],
                      uploaded_on=date.fromisoformat(r[10]) if r[10] else None, ispu_reference=r[11])
        for r in conn.execute(
            "SELECT e.id, e.subtask_code, e.period, e.status, e.completed_on, e.signatory_id, e.notes, "
            " (SELECT count(*) FROM attachment a WHERE a.execution_id = e.id AND a.removed_at IS NULL), "
            " (SELECT count(*) FROM link l WHERE l.execution_id = e.id), e.version, "
            " e.uploaded_on, e.ispu_reference "
            "FROM subtask_execution e WHERE e.year_plan_id = ? ORDER BY e.id", (plan.id,))
    ]
    signatories = [
        SignatoryInfo(id=r[0], full_name=r[1], position=r[2], role=SignerRole(r[3]), active=bool(r[4]))
        for r in conn.execute(
            "SELECT id, full_name, position, role, active FROM signatory "
            "WHERE organization_id = ? ORDER BY id", (organization.id,))
    ]
    years = [r[0] for r in conn.execute(
        "SELECT year FROM year_plan WHERE organization_id = ? ORDER BY year", (organization.id,))]
    return YearView(organization=organization, plan=plan, executions=executions,
                    signatories=signatories, plan_years=years)
