"""«Отметить загрузку в ИСПУ»: after uploading by hand, the user notes the
day and, if ISPU gave one, the number; the subtask periods become
«Загружено в ИСПУ». Refusals are shown at their fields; a period whose
checklist of confirming documents is no longer complete (another user took
a file back in the shared database) is refused with the checklist's
sentence naming what is missing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import period_label
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.records import ExecutionInfo
from tbn4_desktop.store_errors import ConcurrentEditError, StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.widgets import (
    FieldError,
    buddy_label,
    mark_invalid,
    with_error,
    wrapped,
)


def _what(executions: list[ExecutionInfo]) -> str:
    code = executions[0].subtask_code
    periods = [period_label(e.period) for e in executions if e.period]
    if periods:
        return tr("Подзадача {code} — {period}").format(code=code, period=", ".join(periods))
    return tr("Подзадача {code}").format(code=code)


class UploadDialog(QDialog):
    marked = Signal(list)  # ids of the executions now «Загружено в ИСПУ»

    def __init__(
        self,
        ctx: AppContext,
        executions: list[ExecutionInfo],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        catalog: Catalog | None = None,
    ):
        """`catalog`: the year plan's (the main window's); None — each
        execution's plan catalog is looked up when marking."""
        super().__init__(parent)
        self.ctx, self.executions, self.catalog = ctx, executions, catalog
        self.setObjectName("uploadDialog")
        self.setWindowTitle(tr("Отметить загрузку в ИСПУ"))
        today = today or date.today()
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                tr(
                    "{what}: после загрузки документов в ИСПУ укажите дату загрузки "
                    "и, если ИСПУ его присвоил, номер. Статус станет «Загружено в ИСПУ»."
                ).format(what=_what(executions)),
                self,
            )
        )
        form = QFormLayout()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("uploadedOn")
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_error = FieldError(self)
        form.addRow(
            buddy_label(tr("&Дата загрузки:"), self.date_edit, self), with_error(self.date_edit, self.date_error)
        )
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("ispuReference")
        self.reference_edit.setPlaceholderText(tr("необязательно"))
        self.reference_error = FieldError(self)
        form.addRow(
            buddy_label(tr("&Номер в ИСПУ:"), self.reference_edit, self),
            with_error(self.reference_edit, self.reference_error),
        )
        layout.addLayout(form)
        self.general_error = FieldError(self)
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(tr("&Отметить"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def uploaded_on(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[return-value]  # PySide6: toPython() typed as object

    def accept(self) -> None:
        from tbn4_desktop.services.executions import mark_uploaded

        ids = [e.id for e in self.executions]
        try:
            with self.ctx.store.session() as session:
                mark_uploaded(
                    session,
                    ids,
                    uploaded_on=self.uploaded_on(),
                    ispu_reference=self.reference_edit.text(),
                    expected_versions={e.id: e.version for e in self.executions},
                    catalog=self.catalog or self._plan_catalog(session, ids[0]),
                )
        except ValidationError as exc:
            self._show(exc.errors)
            return
        except ConcurrentEditError as exc:
            self._show({"executions": str(exc)})
            return
        except StoreError as exc:
            errors.show_error(self, tr("Отметка не сохранена. {reason}").format(reason=exc))
            return
        self.marked.emit(ids)
        super().accept()

    def _plan_catalog(self, session, execution_id: int) -> Catalog | None:  # noqa: ANN001 - Session
        from tbn4_desktop.models import SubtaskExecution

        e = session.get(SubtaskExecution, execution_id)
        if e is None:
            return None  # mark_uploaded says so
        plan = e.year_plan
        return self.ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, plan.year)

    def _show(self, problems: dict[str, str]) -> None:
        self.date_error.set_message(problems.get("uploaded_on"))
        self.reference_error.set_message(problems.get("ispu_reference"))
        mark_invalid(self.reference_edit, "ispu_reference" in problems)
        self.general_error.set_message(problems.get("executions"))
        for key, field in (("uploaded_on", self.date_edit), ("ispu_reference", self.reference_edit)):
            if key in problems:
                field.setFocus()
                break
        self.adjustSize()
