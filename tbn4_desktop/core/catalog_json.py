"""The catalog as JSON-ready plain data (`tbn4 catalog --json`)."""

from __future__ import annotations

from typing import Any

from tbn4_desktop.core.catalog import Catalog, DeadlineKind, DeadlineRule, Register, Subtask

def _deadline_to_dict(rule: DeadlineRule) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": rule.kind.value, "text": rule.text}
    if rule.kind is DeadlineKind.RELATIVE:
        out["event"] = rule.event.value if rule.event else None
        out["workdays"] = rule.workdays
    elif rule.kind is DeadlineKind.AFTER_PERIOD:
        out["day_of_month"] = rule.day_of_month
        out["months_after"] = rule.months_after
    return out


def _register_to_dict(reg: Register) -> dict[str, Any]:
    return {
        "key": reg.key,
        "title": reg.title,
        "columns": [
            {"key": c.key, "title": c.title, "type": c.type, "required": c.required,
             **({"choices": list(c.choices)} if c.choices else {}),
             **({"when": dict(c.when)} if c.when else {})}
            for c in reg.columns
        ],
    }


def subtask_to_dict(subtask: Subtask) -> dict[str, Any]:
    """One subtask as JSON-ready plain data."""
    s = subtask
    return {
        "code": s.code,
        "project": s.project,
        "task": s.task,
        "number": s.number,
        "title": s.title,
        "short_title": s.short_title,
        "periodicity": s.periodicity.value,
        "executor": s.executor,
        "guidance": s.guidance,
        "levels": [lv.value for lv in s.levels],
        "deadline": _deadline_to_dict(s.deadline),
        "documents": [
            {"kind": d.kind.value, "title": d.title,
             **({"appendix": d.appendix} if d.appendix is not None else {})}
            for d in s.documents
        ],
        "signers": {lv.value: [r.value for r in roles] for lv, roles in s.signers.items()},
        "register": _register_to_dict(s.register) if s.register else None,
        "extra_registers": [_register_to_dict(r) for r in s.extra_registers],
        "kpi": ({"kind": s.kpi.kind.value, "target": s.kpi.target, "text": s.kpi.text}
                if s.kpi else None),
    }


def catalog_to_dict(catalog: Catalog) -> dict[str, Any]:
    """The catalog as JSON-ready plain data: the envelope, the project/task
    tree (titles and subtask codes) and the flat list ``subtasks`` (what
    ``tbn4 catalog --json`` prints)."""
    return {
        "id": catalog.id,
        "year": catalog.year,
        "version": catalog.version,
        "title": catalog.title,
        "publication_date": catalog.publication_date.isoformat(),
        "source": catalog.source,
        "projects": [
            {"number": p.number, "title": p.title, "goal": p.goal,
             "tasks": [{"code": t.code, "number": t.number, "title": t.title,
                        "subtasks": [s.code for s in t.subtasks]} for t in p.tasks]}
            for p in catalog.projects
        ],
        "subtasks": [subtask_to_dict(s) for s in catalog.subtasks()],
    }
