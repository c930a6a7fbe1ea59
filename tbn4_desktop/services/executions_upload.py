"""The ISPU upload marks: «Готово к загрузке» executions marked «Загружено в
ИСПУ» on a day with the ISPU reference, and the mark taken back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import ExecutionStatus, period_label
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import SubtaskExecution
from tbn4_desktop.services.executions_info import check_execution_version, current_info
from tbn4_desktop.services.records import ExecutionInfo

ISPU_REFERENCE_MAX = 200


def mark_uploaded(
    session: Session,
    execution_ids: Iterable[int],
    *,
    uploaded_on: date,
    ispu_reference: str | None,
    expected_versions: Mapping[int, int] | None,
    catalog: Catalog | None = None,
) -> list[ExecutionInfo]:
    """Mark «Готово к загрузке» executions «Загружено в ИСПУ» on a day, with
    the ISPU reference the user noted. With the catalog, an execution whose
    checklist is no longer complete is refused too. All or nothing:
    ValidationError (fields: uploaded_on, ispu_reference, executions) or
    ConcurrentEditError. ``expected_versions`` None: not checked (scripts)."""
    executions = _load_for_marking(session, execution_ids, expected_versions)
    reference = " ".join((ispu_reference or "").split()) or None
    errors: dict[str, str] = {}
    not_ready = [e for e in executions if ExecutionStatus(e.status) is not ExecutionStatus.READY_FOR_UPLOAD]
    if not_ready:
        errors["executions"] = tr(
            "Отметить загрузку можно только для подзадач со статусом «Готово к загрузке»; не готово: {names}."
        ).format(names=_names(not_ready))
    elif catalog is not None:
        from tbn4_desktop.services.checklist import plan_checklists

        incomplete = []
        for e in executions:
            checklist = plan_checklists(session, catalog, e.year_plan_id).checklists.get(e.id)
            if checklist is not None and not checklist.complete:
                incomplete.append(checklist.refusal())
        if incomplete:
            errors["executions"] = " ".join(incomplete)
    if uploaded_on > date.today():
        errors["uploaded_on"] = tr("Дата загрузки не может быть в будущем.")
    if reference and len(reference) > ISPU_REFERENCE_MAX:
        errors["ispu_reference"] = tr("Номер в ИСПУ длиннее {max} символов.").format(max=ISPU_REFERENCE_MAX)
    if errors:
        raise ValidationError(errors)
    for e in executions:
        e.status = ExecutionStatus.UPLOADED.value
        e.uploaded_on = uploaded_on
        e.ispu_reference = reference
    session.flush()
    return [current_info(e) for e in executions]


def unmark_uploaded(
    session: Session, execution_ids: Iterable[int], *, expected_versions: Mapping[int, int] | None
) -> list[ExecutionInfo]:
    """Take the upload mark back: «Загружено в ИСПУ» → «Готово к загрузке»."""
    executions = _load_for_marking(session, execution_ids, expected_versions)
    not_uploaded = [e for e in executions if ExecutionStatus(e.status) is not ExecutionStatus.UPLOADED]
    if not_uploaded:
        raise ValidationError(
            {
                "executions": tr(
                    "Отметка о загрузке есть не у всех выбранных подзадач: {names} в ИСПУ не загружено."
                ).format(names=_names(not_uploaded))
            }
        )
    for e in executions:
        e.status = ExecutionStatus.READY_FOR_UPLOAD.value  # the listener clears the date and number
    session.flush()
    return [current_info(e) for e in executions]


def _load_for_marking(
    session: Session, execution_ids: Iterable[int], expected_versions: Mapping[int, int] | None
) -> list[SubtaskExecution]:
    ids = list(dict.fromkeys(execution_ids))
    if not ids:
        raise ValidationError({"executions": tr("Не выбрано ни одной подзадачи.")})
    executions = []
    for execution_id in ids:
        e = session.get(SubtaskExecution, execution_id)
        if e is None:
            raise ValueError(f"execution {execution_id} does not exist")
        if expected_versions is not None:
            if execution_id not in expected_versions:
                raise ValueError(f"no expected version for execution {execution_id}")
            check_execution_version(e, expected_versions[execution_id])
        executions.append(e)
    return executions


def _names(executions: list[SubtaskExecution]) -> str:
    return ", ".join(f"{e.subtask_code} ({period_label(e.period)})" if e.period else e.subtask_code for e in executions)
