"""The catalog as JSON-ready plain data (`tbn4 catalog --json`)."""

from __future__ import annotations

from typing import Any

from tbn4_desktop.core.catalog import (
    Catalog,
    DeadlineKind,
    DeadlineRule,
    DocumentSlot,
    Register,
    Subtask,
)
from tbn4_desktop.core.vocabulary import SignerRole


def _deadline_to_dict(rule: DeadlineRule) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": rule.kind.value, "text": rule.text}
    if rule.kind is DeadlineKind.RELATIVE:
        out["event"] = rule.event.value if rule.event else None
        out["workdays"] = rule.workdays
    elif rule.kind is DeadlineKind.AFTER_PERIOD:
        out["day_of_month"] = rule.day_of_month
        out["months_after"] = rule.months_after
    elif rule.kind is DeadlineKind.MONITORING:
        out["day_of_month"] = rule.day_of_month
        out["workdays"] = rule.workdays
        out["receipt_slot"] = rule.receipt_slot
        out["info_source"] = rule.info_source
    out["judged_by"] = rule.slot or "upload"
    out["source"] = rule.source
    return out


def slot_to_dict(d: DocumentSlot) -> dict[str, Any]:
    """One document slot: `key` is what `tbn4 attach/link/waive --doc` take."""
    out: dict[str, Any] = {
        "key": d.key,
        "title": d.title,
        "kind": d.kind.value,
        "requirement": d.requirement.value,
        "source": d.source,
    }
    if d.condition:
        out["condition"] = d.condition
        out["waive_reasons"] = list(d.waive_reasons)
    if d.appendix is not None:
        out["appendix"] = d.appendix
    if d.register is not None:
        out["register"] = d.register
    if d.kind.needs_signer:
        out["signers"] = {lv.value: [r.value for r in roles] for lv, roles in d.signers.items()}
        if d.signers_source:
            out["signers_source"] = d.signers_source
    if d.channels:
        out["channels"] = [c.value for c in d.channels]
        out["channels_rule"] = "any" if d.any_channel else "all"
    if d.date is not None:
        out["date"] = d.date.value
    if d.anchor is not None:
        out["anchor"] = d.anchor.value
    if d.year_scope:
        out["scope"] = "year"
    return out


def _register_to_dict(reg: Register) -> dict[str, Any]:
    return {
        "key": reg.key,
        "title": reg.title,
        "columns": [
            {
                "key": c.key,
                "title": c.title,
                "type": c.type,
                "required": c.required,
                **({"choices": list(c.choices)} if c.choices else {}),
                **({"when": dict(c.when)} if c.when else {}),
            }
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
        "periodicity_source": s.periodicity_source,
        "applies_if": s.applies_if,
        "documents": [slot_to_dict(d) for d in s.documents],
        "signers": {lv.value: [r.value for r in roles] for lv, roles in s.signers.items()},
        "register": _register_to_dict(s.register) if s.register else None,
        "extra_registers": [_register_to_dict(r) for r in s.extra_registers],
        "kpi": (
            {"kind": s.kpi.kind.value, "target": s.kpi.target, "text": s.kpi.text, "source": s.kpi.source}
            if s.kpi
            else None
        ),
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
        "questions": [
            {"key": q.key, "text": q.text, "levels": [lv.value for lv in q.levels], "source": q.source}
            for q in catalog.questions
        ],
        "roles": [{"id": r.value, "label": r.label} for r in SignerRole],
        "projects": [
            {
                "number": p.number,
                "title": p.title,
                "goal": p.goal,
                "tasks": [
                    {"code": t.code, "number": t.number, "title": t.title, "subtasks": [s.code for s in t.subtasks]}
                    for t in p.tasks
                ],
            }
            for p in catalog.projects
        ],
        "subtasks": [subtask_to_dict(s) for s in catalog.subtasks()],
    }
