"""«Организация и подписанты»: change the organisation and its signatories
after the first start, answer the catalog's applicability questions for the
year, and keep the list of supervised quasi-state companies.

Three tabs (the dialog must fit 1366×768): «Организация и подписанты»,
«Применимость подзадач» (Да / Нет / Не указано per question for the
organisation's level, the instruction's words in the tooltip) and
«Курируемые организации» (the denominator of Project 3's shares).

Signatory changes (add, edit, «Не подписывает больше», «Вернуть»), answers
and the supervised list are saved at once, each in its own session; the
organisation's fields are saved by «Сохранить». A signatory is never
deleted: whoever signed completed subtasks stays in the store, so old
records still show the name.

This module holds the dialog: its construction, the organisation's fields,
reading and saving. Each tab's workflow is in the module next to it, as
functions of the dialog that its methods of the same names call:
organization_signatories (SignatoryFormDialog and the signatory table),
organization_applicability and organization_supervised.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.catalog import Catalog, Question
from tbn4_desktop.core.signer_rules import signing_hint
from tbn4_desktop.core.validation import ValidationError, bin_error
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.records import (
    OrganizationInfo,
    OrganizationInput,
    SignatoryInfo,
)
from tbn4_desktop.ui import (
    errors,
    organization_applicability,
    organization_signatories,
    organization_supervised,
)
from tbn4_desktop.ui.icons import app_icon
from tbn4_desktop.ui.organization_applicability import ANSWERS as ANSWERS
from tbn4_desktop.ui.organization_signatories import COLUMNS as COLUMNS
from tbn4_desktop.ui.organization_signatories import INACTIVE_COLOR as INACTIVE_COLOR
from tbn4_desktop.ui.organization_signatories import WARNING_COLOR as WARNING_COLOR
from tbn4_desktop.ui.organization_signatories import SignatoryFormDialog as SignatoryFormDialog
from tbn4_desktop.ui.organization_supervised import SUPERVISED_COLUMNS as SUPERVISED_COLUMNS
from tbn4_desktop.ui.organization_supervised import SUPERVISED_TEXT as SUPERVISED_TEXT
from tbn4_desktop.ui.widgets import (
    FieldError,
    buddy_label,
    mark_invalid,
    with_error,
    wrapped,
)
from tbn4_desktop.ui.window_fit import fit_window

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")

TAB_ORGANIZATION, TAB_APPLICABILITY, TAB_SUPERVISED = range(3)


class OrganizationDialog(QDialog):
    """The organisation's fields and its signatory table. `changed` is
    emitted after anything was saved; `organization` is then current."""

    # Made by organization_applicability._build_applicability:
    applicability_intro: QLabel
    questions_holder: QWidget
    questions_layout: QVBoxLayout
    answer_error: FieldError
    # Made by organization_supervised._build_supervised:
    supervised_table: QTableWidget
    supervised_count: QLabel
    supervised_name: QLineEdit
    supervised_bin: QLineEdit
    supervised_errors: dict[str, FieldError]
    add_supervised_button: QPushButton
    remove_supervised_button: QPushButton

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        organization_id: int,
        parent: QWidget | None = None,
        *,
        catalog: Catalog | None = None,
        allow_level_change: bool = True,
        year: int | None = None,
    ):
        """`year`: whose applicability answers are shown (the main window's;
        by default the current one)."""
        super().__init__(parent)
        self.ctx = ctx
        self.organization_id = organization_id
        self.year = year or date.today().year
        self.catalog = catalog if catalog is not None else ctx.catalog_for_year(self.year)
        self.allow_level_change = allow_level_change
        self.organization: OrganizationInfo | None = None
        self.signatories: list[SignatoryInfo] = []
        self.form: SignatoryFormDialog | None = None
        self.plan_id: int | None = None
        self.answers: dict[str, bool] = {}
        self.answer_groups: dict[str, QButtonGroup] = {}
        self.supervised: list = []  # services.checklist.SupervisedInfo
        self.setObjectName("organizationDialog")
        self.setWindowTitle(tr("{app} — организация и подписанты").format(app=tr(APP_TITLE)))
        self.setWindowIcon(app_icon())
        self._build()
        self.reload()
        fit_window(self, QSize(900, 640), key="organizationDialog/geometry")

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("organizationTabs")
        layout.addWidget(self.tabs, 1)
        first = QWidget(self.tabs)
        self._build_organization(QVBoxLayout(first))
        self.tabs.addTab(first, tr("Организ&ация и подписанты"))
        self.tabs.addTab(self._build_applicability(), tr("При&менимость подзадач"))
        self.tabs.addTab(self._build_supervised(), tr("&Курируемые организации"))
        self.tabs.setTabToolTip(
            TAB_APPLICABILITY,
            tr("Ответы на вопросы, от которых зависит, применяются ли подзадачи, за {year} год").format(year=self.year),
        )
        self.tabs.setTabToolTip(
            TAB_SUPERVISED, tr("Курируемые организации квазигосударственного сектора (знаменатель долей Проекта 3)")
        )

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(tr("Со&хранить"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        close = buttons.addButton(tr("&Закрыть"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setToolTip(
            tr(
                "Закрыть без сохранения сведений об организации; подписанты, ответы и список "
                "курируемых организаций уже сохранены."
            )
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_organization(self, layout: QVBoxLayout) -> None:
        layout.setContentsMargins(6, 6, 6, 6)
        org_box = QGroupBox(tr("Организация"), self)
        form = QFormLayout(org_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(org_box)
        self.bin_edit = QLineEdit(org_box)
        self.bin_edit.setMaxLength(12)
        self.bin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.bin_edit))
        self.bin_edit.editingFinished.connect(self._check_bin_now)
        self.level_combo = QComboBox(org_box)
        for level in OrgLevel:
            self.level_combo.addItem(level.label, level.value)
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.parent_edit = QLineEdit(org_box)
        self.parent_edit.setPlaceholderText(tr("например: ГУ «Аппарат акима Алматинской области»"))
        self.field_errors = {key: FieldError(org_box) for key in ("name", "bin", "level", "parent_name")}
        for key, text, widget in (
            ("name", tr("&Наименование:"), self.name_edit),
            ("bin", tr("&БИН:"), self.bin_edit),
            ("level", tr("&Уровень:"), self.level_combo),
            ("parent_name", tr("&Вышестоящий орган:"), self.parent_edit),
        ):
            form.addRow(buddy_label(text, widget, org_box), with_error(widget, self.field_errors[key]))
        if not self.allow_level_change:
            self.level_combo.setEnabled(False)
            self.level_combo.setToolTip(tr("Уровень меняется в главном окне: «Файл → Организация и подписанты…»."))
        layout.addWidget(org_box)

        sign_box = QGroupBox(tr("Подписанты подтверждающих документов"), self)
        sign_layout = QVBoxLayout(sign_box)
        self.table = QTableWidget(0, len(COLUMNS), sign_box)
        self.table.setObjectName("signatoryTable")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # Rows follow the column widths, so a long position wraps, never cut.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_signatory())
        sign_layout.addWidget(
            buddy_label(
                tr("&Подписанты (выключенные не предлагаются, но остаются в выполненных подзадачах):"),
                self.table,
                sign_box,
            )
        )
        sign_layout.addWidget(self.table, 1)
        self.signatory_error = FieldError(sign_box)
        sign_layout.addWidget(self.signatory_error)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("&Добавить…"), sign_box)
        self.add_button.clicked.connect(self.add_signatory)
        self.edit_button = QPushButton(tr("&Изменить…"), sign_box)
        self.edit_button.clicked.connect(self.edit_signatory)
        self.toggle_button = QPushButton(tr("Не подпи&сывает больше"), sign_box)
        self.toggle_button.setObjectName("toggleActiveButton")
        self.toggle_button.clicked.connect(self.toggle_active)
        for button in (self.add_button, self.edit_button, self.toggle_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        sign_layout.addLayout(row)
        self.signing_warning = wrapped("", sign_box)
        self.signing_warning.setObjectName("signingWarning")
        self.signing_warning.setStyleSheet(f"color: {WARNING_COLOR};")
        self.signing_warning.hide()
        sign_layout.addWidget(self.signing_warning)
        self.hint = wrapped("", sign_box)
        self.hint.setObjectName("signingHint")
        sign_layout.addWidget(self.hint)
        layout.addWidget(sign_box, 1)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the organisation and every signatory (active or not)."""
        from tbn4_desktop.services.checklist import get_answers, list_supervised
        from tbn4_desktop.services.executions import find_year_plan
        from tbn4_desktop.services.organizations import (
            get_organization,
            list_signatories,
        )

        with self.ctx.store.session() as session:
            org = get_organization(session, self.organization_id)
            signatories = list_signatories(session, self.organization_id, active_only=False)
            plan = find_year_plan(session, self.organization_id, self.year)
            answers = get_answers(session, plan.id) if plan is not None else {}
            supervised = list_supervised(session, self.organization_id)
        if org is None:
            raise ValueError(f"organization {self.organization_id} does not exist")
        if self.organization is None:
            self._fill_fields(org)
        level_changed = self.organization is not None and self.organization.level is not org.level
        first = self.organization is None
        self.organization = org
        self.signatories = signatories
        self.plan_id = plan.id if plan is not None else None
        self.answers = answers
        self.supervised = supervised
        self._fill_table()
        if first or level_changed:
            self._fill_questions(org)
        self._show_answers()
        self._fill_supervised()

    def _fill_fields(self, org: OrganizationInfo) -> None:
        self.name_edit.setText(org.name)
        self.bin_edit.setText(org.bin or "")
        self.level_combo.setCurrentIndex(self.level_combo.findData(org.level.value))
        self.parent_edit.setText(org.parent_name or "")
        self._level_changed()

    def show_applicability(self, key: str = "") -> None:
        """Open on «Применимость подзадач», the question's first button focused."""
        self.tabs.setCurrentIndex(TAB_APPLICABILITY)
        group = self.answer_groups.get(key) or next(iter(self.answer_groups.values()), None)
        if group is not None:
            (group.checkedButton() or group.buttons()[0]).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the fields of a new supervised company adds it (it
        would otherwise press «Сохранить» and close the dialog)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
            self.supervised_name,
            self.supervised_bin,
        ):
            self.add_supervised()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------- behaviour
    def selected_level(self) -> OrgLevel:
        return OrgLevel(self.level_combo.currentData())

    def _level_changed(self) -> None:
        central = self.selected_level() is OrgLevel.CENTRAL
        self.parent_edit.setEnabled(not central)
        self.parent_edit.setPlaceholderText(
            tr("не требуется") if central else tr("например: ГУ «Аппарат акима Алматинской области»")
        )
        hint = signing_hint(self.catalog, self.selected_level())
        self.hint.setText(
            tr("Кто что подписывает на уровне «{level}»: {hint}").format(level=self.selected_level().label, hint=hint)
            if hint
            else ""
        )
        if self.organization is not None:
            self._fill_table()  # «Подписывает» and the warning follow the level chosen

    def _check_bin_now(self) -> None:
        text = self.bin_edit.text()
        message = bin_error(text) if text else None
        self.field_errors["bin"].set_message(message)
        mark_invalid(self.bin_edit, bool(message))

    def organization_input(self) -> OrganizationInput:
        central = self.selected_level() is OrgLevel.CENTRAL
        return OrganizationInput(
            name=self.name_edit.text(),
            bin=self.bin_edit.text(),
            level=self.selected_level(),
            parent_name="" if central else self.parent_edit.text(),
        )

    def _run(self, action: Callable[[Session], T], *, show: Callable[[dict[str, str]], None] | None = None) -> T | None:
        """One service call in its own session; refusals shown (by `show`,
        else at the organisation's fields), None returned."""
        try:
            with self.ctx.store.session() as session:
                return action(session)
        except ValidationError as exc:
            (show or self.show_errors)(exc.errors)
        except Exception as exc:  # noqa: BLE001 - StoreError, ConcurrentEditError and the unexpected alike
            errors.show_error(
                self, errors.user_message(exc), errors.format_exception(type(exc), exc, exc.__traceback__)
            )
            self.reload()
        return None

    def show_errors(self, field_errors: dict[str, str]) -> None:
        widgets = {
            "name": self.name_edit,
            "bin": self.bin_edit,
            "level": self.level_combo,
            "parent_name": self.parent_edit,
        }
        for key, error in self.field_errors.items():
            error.set_message(field_errors.get(key))
            mark_invalid(widgets[key], key in field_errors)
        self.signatory_error.set_message(field_errors.get("signatory"))
        self.answer_error.set_message(field_errors.get("key"))
        first = next((widgets[k] for k in widgets if k in field_errors), None)
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        from tbn4_desktop.services.organizations import update_organization

        data, org = self.organization_input(), self.organization
        if org is None:  # never after __init__: reload() has read it
            return
        unchanged = (data.name.strip(), data.bin.strip(), data.level, data.parent_name.strip()) == (
            org.name,
            org.bin or "",
            org.level,
            org.parent_name or "",
        )
        if not unchanged:
            saved = self._run(
                lambda s: update_organization(s, org.id, data, org.version, catalog_for_plan=self.ctx.catalog_for_plan)
            )
            if saved is None:
                return
            self.organization = saved
            self.changed.emit()
        self.accept()

    # --------------------------- signatories (organization_signatories.py)
    def _fill_table(self) -> None:
        organization_signatories._fill_table(self)

    def offered_roles(self) -> list[SignerRole]:
        return organization_signatories.offered_roles(self)

    def selected(self) -> SignatoryInfo | None:
        return organization_signatories.selected(self)

    def select_signatory(self, signatory_id: int) -> None:
        organization_signatories.select_signatory(self, signatory_id)

    def _update_buttons(self) -> None:
        organization_signatories._update_buttons(self)

    def _form_saved(self) -> None:
        organization_signatories._form_saved(self)

    def add_signatory(self) -> None:
        organization_signatories.add_signatory(self)

    def edit_signatory(self) -> None:
        organization_signatories.edit_signatory(self)

    def toggle_active(self) -> None:
        organization_signatories.toggle_active(self)

    # ----------------------- applicability (organization_applicability.py)
    def _build_applicability(self) -> QWidget:
        return organization_applicability._build_applicability(self)

    def questions(self) -> list[Question]:
        return organization_applicability.questions(self)

    def _fill_questions(self, organization: OrganizationInfo) -> None:
        organization_applicability._fill_questions(self, organization)

    def _show_answers(self) -> None:
        organization_applicability._show_answers(self)

    def answer(self, key: str) -> bool | None:
        return organization_applicability.answer(self, key)

    def set_answer(self, key: str, value: bool | None) -> bool:
        return organization_applicability.set_answer(self, key, value)

    # ----------------------------- supervised (organization_supervised.py)
    def _build_supervised(self) -> QWidget:
        return organization_supervised._build_supervised(self)

    def _fill_supervised(self) -> None:
        organization_supervised._fill_supervised(self)

    def _update_supervised_buttons(self) -> None:
        organization_supervised._update_supervised_buttons(self)

    def selected_supervised(self):  # noqa: ANN201 - SupervisedInfo | None
        return organization_supervised.selected_supervised(self)

    def supervised_names(self) -> list[str]:
        return organization_supervised.supervised_names(self)

    def add_supervised(self) -> bool:
        return organization_supervised.add_supervised(self)

    def remove_supervised(self) -> bool:
        return organization_supervised.remove_supervised(self)

    def _show_supervised_errors(self, field_errors: dict[str, str]) -> None:
        organization_supervised._show_supervised_errors(self, field_errors)
