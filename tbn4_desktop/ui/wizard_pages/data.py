"""Page «Данные»: the registers of the subtask, one tab each (only for
subtasks that have registers). Rows are saved when the user moves on
(refused rows keep the user on the page with the messages) and with the
draft on Cancel."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWizardPage

from tbn4_desktop.core.kpi import HEADCOUNT_REGISTER
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.services.kpis import (
    get_headcount,
    other_period_rows,
    plan_year,
    supervised_of_execution,
)
from tbn4_desktop.services.registers import list_rows, save_rows
from tbn4_desktop.store_errors import (
    SUBTASK_RELOADED_MESSAGE,
    ConcurrentEditError,
    StoreError,
)
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.kpi_line import KpiLine
from tbn4_desktop.ui.register_table import RegisterEditor
from tbn4_desktop.ui.wizard_pages.state import WizardState


def tab_title(title: str) -> str:
    """A tab shows «Приложение №1» for a register titled «… (Приложение №1)»:
    two full titles side by side do not fit; the tooltip keeps the full one."""
    match = re.search(r"\((Приложение №\d)\)\s*$", title)
    return match[1] if match else title


class DataPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("dataPage")
        self.setTitle("Данные")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("registerTabs")
        self.editors: list[RegisterEditor] = []
        self._saved: list[list[dict]] = []
        self.filled = False
        self.kpi_line: KpiLine | None = None
        self._saved_headcount: int | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.tabs)

    def initializePage(self) -> None:
        self.setSubTitle(f"{self.state.heading}. Заполните таблицы, которые требует форма отчётности. "
                         "Их можно загрузить из Excel или выгрузить в Excel.")
        if self.filled:
            return
        self.filled = True
        registers = self.state.subtask.registers
        with self.state.ctx.store.session() as session:
            stored = [[r.values for r in list_rows(session, self.state.execution_id, reg)] for reg in registers]
            kpi = self.state.subtask.kpi
            if kpi is not None and registers:
                self.kpi_line = KpiLine(
                    kpi, registers[0], year=plan_year(session, self.state.execution_id),
                    other_rows=other_period_rows(session, self.state.execution_id, registers[0]),
                    headcount=get_headcount(session, self.state.execution_id),
                    supervised=supervised_of_execution(session, self.state.execution_id), parent=self)
                self._saved_headcount = self.kpi_line.headcount_value()
        for register, rows in zip(registers, stored):
            editor = RegisterEditor(register, self.tabs)
            editor.set_rows(rows)
            self.editors.append(editor)
            self.tabs.addTab(editor, tab_title(register.title) if len(registers) > 1 else "Таблица")
            self.tabs.setTabToolTip(self.tabs.count() - 1, register.title)
        self._saved = [e.rows() for e in self.editors]
        if self.kpi_line is not None:
            self.layout_.addWidget(self.kpi_line)
            main = self.editors[0]
            main.model.rowsEdited.connect(self.update_kpi)
            main.model.modelReset.connect(self.update_kpi)
            self.kpi_line.headcountChanged.connect(self.update_kpi)
            self.update_kpi()
        if len(registers) == 1:
            self.tabs.tabBar().hide()
            self.setSubTitle(f"{self.state.heading}. {registers[0].title}.")

    def update_kpi(self) -> None:
        if self.kpi_line is not None and self.editors:
            self.kpi_line.update_from(self.editors[0].rows())

    def _headcount(self) -> int | None:
        return self.kpi_line.headcount_value() if self.kpi_line is not None else None

    def changed(self) -> bool:
        return self.filled and ([e.rows() for e in self.editors] != self._saved
                                or self._headcount() != self._saved_headcount)

    def save(self, *, only_valid: bool = False) -> bool:
        """Save every register in one transaction. False (and the errors shown
        at their cells) when a register is refused. With only_valid, registers
        with errors are skipped instead."""
        if not self.changed():
            return True
        editors = [e for e in self.editors if e.check()] if only_valid else self.editors
        version = self.state.detail.info.version
        try:
            with self.state.ctx.store.session() as session:
                for editor in editors:
                    version = save_rows(session, self.state.execution_id, editor.register, editor.rows(),
                                        expected_version=version)
                if self.kpi_line is not None and self.kpi_line.headcount is not None:
                    headcount = self._headcount()
                    save_rows(session, self.state.execution_id, HEADCOUNT_REGISTER,
                              [{"headcount": headcount}] if headcount else [], expected_version=version)
        except ValidationError as exc:
            self._show(exc)
            return False
        except ConcurrentEditError:
            self.reload_rows()
            errors.show_error(self, SUBTASK_RELOADED_MESSAGE)
            return False
        except StoreError as exc:
            errors.show_error(self, f"Данные не сохранены. {exc}")
            return False
        self._saved = [e.rows() for e in self.editors]
        self._saved_headcount = self._headcount()
        self.state.attachments_changed = True
        self.state.reload()     # the subtask's new version, for the next save
        return True

    def reload_rows(self) -> None:
        """Show the rows as stored now (another PC saved them meanwhile)."""
        self.state.reload()
        self.state.attachments_changed = True
        with self.state.ctx.store.session() as session:
            for editor in self.editors:
                editor.set_rows([r.values for r in list_rows(session, self.state.execution_id, editor.register)])
            headcount = get_headcount(session, self.state.execution_id) if self.kpi_line is not None else None
        self._saved = [e.rows() for e in self.editors]
        if self.kpi_line is not None:
            if self.kpi_line.headcount is not None:
                self.kpi_line.headcount.setValue(headcount or 0)
            self._saved_headcount = self._headcount()
            self.update_kpi()

    def _show(self, exc: ValidationError) -> None:
        # save_rows names the rows, not the register: find the editor that refuses.
        for i, editor in enumerate(self.editors):
            if not editor.check():
                self.tabs.setCurrentIndex(i)
                editor.view.setFocus()
                return
        errors.show_error(self, str(exc))

    def has_errors(self) -> bool:
        return any(not e.check() for e in self.editors)

    def validatePage(self) -> bool:
        for i, editor in enumerate(self.editors):
            if not editor.check():
                self.tabs.setCurrentIndex(i)
                editor.view.setFocus()
                return False
        return self.save()
