"""Page «Данные»: the registers of the subtask, one tab each (only for
subtasks that have registers). Rows are saved when the user moves on
(refused rows keep the user on the page with the messages) and with the
draft on Cancel.

Project 2: an empty Appendix 1 table may be declared «Фактов не выявлено»
(services.registers.set_no_facts), saved with the rows. Project 3: the
organisation-name column offers the list of supervised companies, a new
name may join it, and buttons open that list and the documents matrix."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from tbn4_desktop.core.catalog import Register
from tbn4_desktop.core.kpi import HEADCOUNT_REGISTER
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.kpis import (
    get_headcount,
    other_period_rows,
    plan_year,
    supervised_of_execution,
)
from tbn4_desktop.services.registers import (
    NO_FACTS_REGISTER,
    declared_no_facts,
    list_rows,
    no_facts_register,
    save_rows,
    set_no_facts,
)
from tbn4_desktop.store_errors import (
    SUBTASK_RELOADED_MESSAGE,
    ConcurrentEditError,
    StoreError,
)
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.kpi_line import KpiLine
from tbn4_desktop.ui.register_table import RegisterEditor
from tbn4_desktop.ui.wizard_pages.state import WizardState

#: The column of a Project 3 register that names a supervised company.
COMPANY_COLUMN = "company_name"
NO_FACTS_NOTE = N_(
    "Строк нет. Если за отчётный период фактов не выявлено, отметьте «Фактов не выявлено»: в форме "
    "(Приложение №1) будет напечатано «Факты не выявлены.». Инструкция не говорит, как отчитываться, "
    "когда фактов нет; подтверждающий документ — подписанная форма, поэтому пустая таблица сама по "
    "себе не мешает завершить подзадачу."
)
NO_FACTS_CHECKED_NOTE = N_(
    "Отмечено: фактов не выявлено. В форме (Приложение №1) будет напечатано «Факты не "
    "выявлены.». Чтобы внести строки, снимите отметку."
)


def tab_title(title: str) -> str:
    """A tab shows «Приложение №1» for a register titled «… (Приложение №1)»
    (the catalog's Russian title): two full titles side by side do not fit;
    the tooltip keeps the full one."""
    match = re.search(r"\(Приложение №(\d)\)\s*$", title)  # i18n: ru-only — parses the catalog's Russian title
    return tr("Приложение №{number}").format(number=match[1]) if match else tc(title)


def no_facts_text(state: WizardState, register: Register) -> str | None:
    """What the review says of an empty Project 2 Appendix 1 table instead
    of «0 строк»; None for any other table or one with rows."""
    if no_facts_register(state.subtask) is not register or state.register_rows.get(register.key):
        return None
    # The subtask's only declarable table: a «no_facts» row means it.
    if state.register_rows.get(NO_FACTS_REGISTER.key):
        return tr("фактов не выявлено (отмечено)")
    return tr(
        "строк нет, «Фактов не выявлено» не отмечено; Инструкция не говорит, как отчитываться, когда фактов "
        "нет, — отметьте это на странице «Данные», если фактов не было"
    )


class DataPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("dataPage")
        self.setTitle(tr("Данные"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("registerTabs")
        self.editors: list[RegisterEditor] = []
        self._saved: list[list[dict]] = []
        self.filled = False
        self.kpi_line: KpiLine | None = None
        self._saved_headcount: int | None = None
        self.no_facts_box: QCheckBox | None = None
        self.no_facts_note: QLabel | None = None
        self._saved_no_facts = False
        self.supervised_button: QPushButton | None = None
        self.matrix_button: QPushButton | None = None
        self._declined: set[str] = set()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.tabs)

    def initializePage(self) -> None:
        self.setSubTitle(
            tr(
                "{heading}. Заполните таблицы, которые требует форма отчётности. "
                "Их можно импортировать из Excel или выгрузить в Excel."
            ).format(heading=self.state.heading)
        )
        if self.filled:
            return
        self.filled = True
        registers = self.state.subtask.registers
        project3 = self.state.subtask.project == 3
        with self.state.ctx.store.session() as session:
            stored = [[r.values for r in list_rows(session, self.state.execution_id, reg)] for reg in registers]
            no_facts = declared_no_facts(session, self.state.execution_id)
            names = self._supervised_names(session) if project3 else []
            kpi = self.state.subtask.kpi
            if kpi is not None and registers:
                self.kpi_line = KpiLine(
                    kpi,
                    registers[0],
                    year=plan_year(session, self.state.execution_id),
                    other_rows=other_period_rows(session, self.state.execution_id, registers[0]),
                    headcount=get_headcount(session, self.state.execution_id),
                    supervised=supervised_of_execution(session, self.state.execution_id),
                    parent=self,
                )
                self._saved_headcount = self.kpi_line.headcount_value()
        for register, rows in zip(registers, stored, strict=True):
            offered = (
                {COMPANY_COLUMN: names} if project3 and any(c.key == COMPANY_COLUMN for c in register.columns) else None
            )
            editor = RegisterEditor(register, self.tabs, suggestions=offered)
            editor.set_rows(rows)
            editor.unlistedName.connect(self.offer_to_list)
            self.editors.append(editor)
            self.tabs.addTab(editor, tab_title(register.title) if len(registers) > 1 else tr("Таблица"))
            self.tabs.setTabToolTip(self.tabs.count() - 1, tc(register.title))
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
            self.setSubTitle(f"{self.state.heading}. {tc(registers[0].title)}.")
        declarable = no_facts_register(self.state.subtask)
        if declarable is not None:
            self._add_no_facts(declarable.key in no_facts)
        if project3:
            self._add_project3_buttons()

    # ------------------------------------------------------------ Project 2: «Фактов не выявлено»
    def _add_no_facts(self, declared: bool) -> None:
        self.no_facts_box = QCheckBox(tr("Фактов не выявлено (таблица остаётся пустой)"), self)
        self.no_facts_box.setObjectName("noFactsBox")
        self.no_facts_box.setToolTip(
            tr(
                "Ответ «фактов не выявлено» сохраняется с подзадачей; форма (Приложение №1) "
                "печатает для пустой таблицы «Факты не выявлены.»"
            )
        )
        self.no_facts_note = QLabel(self)
        self.no_facts_note.setObjectName("noFactsNote")
        self.no_facts_note.setWordWrap(True)
        self.layout_.addWidget(self.no_facts_box)
        self.layout_.addWidget(self.no_facts_note)
        self._set_no_facts(declared)
        self._saved_no_facts = declared
        self.no_facts_box.toggled.connect(self._no_facts_toggled)
        main = self.editors[0]
        main.model.rowsEdited.connect(self._sync_no_facts)
        main.model.modelReset.connect(self._sync_no_facts)

    def no_facts(self) -> bool:
        return self.no_facts_box is not None and self.no_facts_box.isChecked()

    def _set_no_facts(self, declared: bool) -> None:
        if self.no_facts_box is None:
            return
        self.no_facts_box.blockSignals(True)
        self.no_facts_box.setChecked(declared)
        self.no_facts_box.blockSignals(False)
        self._sync_no_facts()

    def _no_facts_toggled(self, checked: bool) -> None:
        main = self.editors[0]
        filled = [r for r in main.rows() if any(v not in (None, "", False) for v in r.values())]
        if (
            checked
            and filled
            and not errors.confirm(
                self,
                tr("Удалить строки таблицы ({count}) и отметить «Фактов не выявлено»?").format(count=len(filled)),
                tr(
                    "Строки и «Фактов не выявлено» исключают друг друга. Удалённые строки "
                    "сохранятся только в журнале изменений."
                ),
                yes_text=tr("Удалить строки"),
            )
        ):
            self._set_no_facts(False)
            return
        if checked:
            main.set_rows([])
        self._sync_no_facts()

    def _sync_no_facts(self) -> None:
        if self.no_facts_box is None or self.no_facts_note is None:
            return
        main = self.editors[0]
        declared = self.no_facts_box.isChecked()
        # While «Фактов не выявлено» holds there is nothing to enter in the table.
        main.setEnabled(not declared)
        empty = main.model.rowCount() == 0
        self.no_facts_note.setText(
            (tr(NO_FACTS_CHECKED_NOTE) + self._waiver_hint()) if declared else tr(NO_FACTS_NOTE) if empty else ""
        )
        self.no_facts_note.setVisible(declared or empty)

    def _waiver_hint(self) -> str:
        """2.1.1: the letter and the reply may be declared «не требуется» for
        the catalog's reason «фактов не выявлено…»: say where."""
        # i18n: ru-only-begin — the catalog's Russian reasons
        slots = [
            d
            for d in self.state.subtask.documents
            if any("фактов не выявлено" in r.casefold() for r in d.waive_reasons)
        ]
        # i18n: ru-only-end
        if not slots:
            return ""
        titles = "; ".join(f"«{tc(d.title)}»" for d in slots)
        # i18n: ru-only-begin — the catalog's Russian reasons
        reason = next(r for r in slots[0].waive_reasons if "фактов не выявлено" in r.casefold())
        # i18n: ru-only-end
        return " " + tr(
            "На странице «Документы» для документов {titles} можно отметить «не требуется» по причине «{reason}»."
        ).format(titles=titles, reason=tc(reason))

    # ------------------------------------------------------------ Project 3: supervised companies
    def _supervised_names(self, session) -> list[str]:
        from tbn4_desktop.services.checklist import list_supervised

        return [s.name for s in list_supervised(session, self.state.organization.id)]

    def _refresh_suggestions(self) -> None:
        with self.state.ctx.store.session() as session:
            names = self._supervised_names(session)
        for editor in self.editors:
            if COMPANY_COLUMN in editor.suggestions:
                editor.set_suggestions(COMPANY_COLUMN, names)

    def offer_to_list(self, key: str, name: str) -> bool:
        """A company name not on the list was entered: offer to add it. True when added."""
        from tbn4_desktop.services.checklist import add_supervised

        if key != COMPANY_COLUMN or name.casefold() in self._declined:
            return False
        if not errors.confirm(
            self,
            tr("Добавить «{name}» в список курируемых организаций?").format(name=name),
            tr(
                "По этому списку считается доля в подзадачах Проекта 3 и строится матрица документов; "
                "в других подзадачах организация будет предложена в списке."
            ),
            yes_text=tr("Добавить"),
        ):
            self._declined.add(name.casefold())  # asked once per name while the wizard is open
            return False
        try:
            with self.state.ctx.store.session() as session:
                add_supervised(session, self.state.organization.id, name)
        except ValidationError as exc:
            errors.show_error(self, " ".join(exc.errors.values()))
            return False
        except StoreError as exc:
            errors.show_error(self, tr("Организация не добавлена. {reason}").format(reason=exc))
            return False
        self._refresh_suggestions()
        return True

    def _add_project3_buttons(self) -> None:
        self.supervised_button = QPushButton(tr("Курируемые &организации…"), self)
        self.supervised_button.setObjectName("supervisedButton")
        self.supervised_button.setToolTip(
            tr(
                "Список организаций квазигосударственного сектора, деятельность которых "
                "курирует организация: он общий для всех подзадач Проекта 3"
            )
        )
        self.matrix_button = QPushButton(tr("&Матрица документов…"), self)
        self.matrix_button.setObjectName("matrixButton")
        self.matrix_button.setToolTip(tr("Организации × документы подзадач 3.1.2 и 3.2.1–3.2.6 в одной таблице"))
        self.supervised_button.clicked.connect(self.open_supervised)
        self.matrix_button.clicked.connect(self.open_matrix)
        row = QHBoxLayout()
        row.addWidget(self.supervised_button)
        row.addWidget(self.matrix_button)
        row.addStretch(1)
        self.layout_.insertLayout(0, row)

    def open_supervised(self):
        """The organisation dialog on its «Курируемые организации» tab; the
        names offered are read again when it closes."""
        from tbn4_desktop.services.checklist import plan_year_of
        from tbn4_desktop.ui.organization_dialog import (
            TAB_SUPERVISED,
            OrganizationDialog,
        )

        try:
            with self.state.ctx.store.session() as session:
                year = plan_year_of(session, self.state.execution_id)
            dialog = OrganizationDialog(
                self.state.ctx,
                self.state.organization.id,
                self,
                catalog=self.state.catalog,
                allow_level_change=False,
                year=year,
            )
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return None
        dialog.tabs.setCurrentIndex(TAB_SUPERVISED)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._refresh_suggestions())
        dialog.open()
        return dialog

    def open_matrix(self):
        """The documents matrix of the year; the page's rows are saved first
        and read again after the matrix saved them."""
        from tbn4_desktop.ui.quasi_matrix import QuasiMatrixDialog, quasi_executions

        if not self.validatePage():
            return None
        try:
            with self.state.ctx.store.session() as session:
                executions = quasi_executions(session, self.state.execution_id)
            dialog = QuasiMatrixDialog(self.state.ctx, self.state.catalog, executions, self)
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _ids: self.reload_rows())
        dialog.finished.connect(lambda _r: self._refresh_suggestions())
        dialog.open()
        return dialog

    def update_kpi(self) -> None:
        if self.kpi_line is not None and self.editors:
            self.kpi_line.update_from(self.editors[0].rows())

    def _headcount(self) -> int | None:
        return self.kpi_line.headcount_value() if self.kpi_line is not None else None

    def changed(self) -> bool:
        return self.filled and (
            [e.rows() for e in self.editors] != self._saved
            or self._headcount() != self._saved_headcount
            or self.no_facts() != self._saved_no_facts
        )

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
                    version = save_rows(
                        session, self.state.execution_id, editor.register, editor.rows(), expected_version=version
                    )
                if self.kpi_line is not None and self.kpi_line.headcount is not None:
                    headcount = self._headcount()
                    version = save_rows(
                        session,
                        self.state.execution_id,
                        HEADCOUNT_REGISTER,
                        [{"headcount": headcount}] if headcount else [],
                        expected_version=version,
                    )
                if self.no_facts_box is not None and self.no_facts() != self._saved_no_facts:
                    set_no_facts(
                        session,
                        self.state.execution_id,
                        self.editors[0].register,
                        self.no_facts(),
                        expected_version=version,
                    )
        except ValidationError as exc:
            self._show(exc)
            return False
        except ConcurrentEditError:
            self.reload_rows()
            errors.show_error(self, tr(SUBTASK_RELOADED_MESSAGE))
            return False
        except StoreError as exc:
            errors.show_error(self, tr("Данные не сохранены. {reason}").format(reason=exc))
            return False
        self._saved = [e.rows() for e in self.editors]
        self._saved_headcount = self._headcount()
        self._saved_no_facts = self.no_facts()
        self.state.attachments_changed = True
        self.state.reload()  # the subtask's new version, for the next save
        return True

    def reload_rows(self) -> None:
        """Show the rows as stored now (another PC saved them meanwhile)."""
        self.state.reload()
        self.state.attachments_changed = True
        with self.state.ctx.store.session() as session:
            for editor in self.editors:
                editor.set_rows([r.values for r in list_rows(session, self.state.execution_id, editor.register)])
            no_facts = declared_no_facts(session, self.state.execution_id)
            headcount = get_headcount(session, self.state.execution_id) if self.kpi_line is not None else None
        self._saved = [e.rows() for e in self.editors]
        if self.no_facts_box is not None:
            self._set_no_facts(self.editors[0].register.key in no_facts)
            self._saved_no_facts = self.no_facts()
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
