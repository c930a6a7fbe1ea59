"""«Даты внутреннего анализа коррупционных рисков»: the Project 1 anchor
events the relative deadlines count from. Each date may stay «не указана»;
the engine's warnings (analysis longer than 30 working days, a date on a day
off, events out of order) are shown as the user types; «Сохранить» writes
them all through services.deadlines.set_anchors."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.catalog import AnchorEvent, Catalog
from tbn4_desktop.core.vocabulary import OrgLevel
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.widgets import FieldError, wrapped

if TYPE_CHECKING:
    from tbn4_desktop.core.workdays import WorkCalendar
    from tbn4_desktop.services.context import AppContext

DIALOG_TITLE = N_("Даты внутреннего анализа коррупционных рисков")
NOT_SET = N_("не указана")
_EMPTY = QDate(1999, 12, 31)  # the edit's minimum, shown as «не указана»


class OptionalDateEdit(QDateEdit):
    """A dd.MM.yyyy date edit that may be empty («не указана»)."""

    def __init__(self, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._year = year
        self.setDisplayFormat("dd.MM.yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(tr(NOT_SET))
        self.setMinimumWidth(130)
        self.set_value(None)

    def value(self) -> date | None:
        return None if self.date() == _EMPTY else self.date().toPython()  # type: ignore[return-value]  # PySide6: toPython() typed as object

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self.value() is None:
            # The popup opens on the plan's year, not on 1999.
            self.calendarWidget().setCurrentPage(self._year, 1)


class AnchorDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        ctx: AppContext,
        plan_id: int,
        catalog: Catalog,
        level: OrgLevel,
        year: int,
        parent: QWidget | None = None,
        *,
        as_of: date | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.plan_id, self.catalog, self.level, self.year = ctx, plan_id, catalog, level, year
        self.as_of = as_of or date.today()
        self.calendar: WorkCalendar | None = None
        self.setObjectName("anchorDialog")
        self.setWindowTitle(f"{tr(DIALOG_TITLE)} — {tr(APP_TITLE)}")
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                tr(
                    "Проект 1, {year} год. Сроки подзадач, отсчитываемые от этих событий (например, «не позднее 10 "
                    "рабочих дней до завершения анализа»), рассчитываются по введённым датам. Пока дата не указана, "
                    "срок, отсчитываемый от неё, не определён."
                ).format(year=year),
                self,
                selectable=False,
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.edits: dict[AnchorEvent, OptionalDateEdit] = {}
        self.field_errors: dict[AnchorEvent, FieldError] = {}
        for event in AnchorEvent:
            edit = OptionalDateEdit(year, self)
            edit.setObjectName(f"anchor_{event.value}")
            edit.setAccessibleName(event.label)
            clear = QPushButton(tr("Очистить"), self)
            clear.setObjectName(f"clear_{event.value}")
            clear.setToolTip(tr("Сделать дату «{event}» незаданной").format(event=event.label))
            clear.setAutoDefault(False)
            clear.clicked.connect(lambda _=False, e=edit: e.set_value(None))
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(clear)
            row.addStretch(1)
            label = QLabel(f"{event.label[:1].upper()}{event.label[1:]}:", self)
            label.setBuddy(edit)
            form.addRow(label, row)
            error = FieldError(self)
            form.addRow("", error)
            self.edits[event] = edit
            self.field_errors[event] = error
            edit.dateChanged.connect(self.update_warnings)
        layout.addLayout(form)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("anchorWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Сохранить"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Отмена"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._load()

    def _load(self) -> None:
        from tbn4_desktop.services.deadlines import get_anchors, load_work_calendar

        with self.ctx.store.session() as session:
            anchors = get_anchors(session, self.plan_id)
            self.calendar = load_work_calendar(session)
        for event, edit in self.edits.items():
            edit.blockSignals(True)
            edit.set_value(anchors.get(event))
            edit.blockSignals(False)
        self.update_warnings()

    def values(self) -> dict[AnchorEvent, date | None]:
        return {event: edit.value() for event, edit in self.edits.items()}

    def set_values(self, values: dict[AnchorEvent, date | None]) -> None:
        for event, value in values.items():
            self.edits[event].set_value(value)

    def current_warnings(self) -> list[str]:
        from tbn4_desktop.core.deadlines import compute_deadlines

        anchors = {e: d for e, d in self.values().items() if d is not None}
        if self.calendar is None:
            return []
        return compute_deadlines(self.catalog, self.level, self.year, [], anchors, self.calendar, self.as_of).warnings

    def update_warnings(self) -> None:
        warnings = self.current_warnings()
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def save(self) -> bool:
        from tbn4_desktop.core.validation import ValidationError
        from tbn4_desktop.services.deadlines import set_anchors

        for error in self.field_errors.values():
            error.set_message(None)
        try:
            with self.ctx.store.session() as session:
                set_anchors(session, self.plan_id, self.values())
        except ValidationError as exc:
            for key, message in exc.errors.items():
                try:
                    event = AnchorEvent(key)
                except ValueError:
                    errors.show_error(self, message)
                    continue
                self.field_errors[event].set_message(message)
                self.edits[event].setFocus()
            return False
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return False
        self.saved.emit()
        self.accept()
        return True
