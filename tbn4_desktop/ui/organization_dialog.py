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
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QRegularExpressionValidator
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
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.catalog import Catalog, Question
from tbn4_desktop.core.signer_rules import (
    offered_roles,
    signing_hint,
    signs_nothing_text,
    unsigned_documents,
)
from tbn4_desktop.core.validation import ValidationError, bin_error
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.records import (
    OrganizationInfo,
    OrganizationInput,
    SignatoryInfo,
    SignatoryInput,
)
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.icons import app_icon
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

INACTIVE_COLOR = "#767676"
WARNING_COLOR = "#8a5300"
COLUMNS = (N_("Ф.И.О."), N_("Должность"), N_("Роль"), N_("Подписывает"))
SUPERVISED_COLUMNS = (N_("Наименование"), N_("БИН"))
TAB_ORGANIZATION, TAB_APPLICABILITY, TAB_SUPERVISED = range(3)
#: Answer values of the radio buttons (None: «Не указано»).
ANSWERS: tuple[tuple[bool | None, str], ...] = ((True, N_("&Да")), (False, N_("&Нет")), (None, N_("Не &указано")))
SUPERVISED_TEXT = N_(
    "Субъекты квазигосударственного сектора, деятельность которых курирует организация. Этот список — "
    "знаменатель долей Проекта 3: доля курируемых организаций, создавших раздел по антикоррупционному "
    "комплаенсу (3.1.2) и исполнивших подзадачи 3.2.1–3.2.6, считается от числа организаций в нём."
)


class SignatoryFormDialog(QDialog):
    """One signatory: Ф.И.О., должность, роль. `save` is the service call;
    its refusals are shown at their fields and the form stays open."""

    def __init__(
        self,
        save: Callable[[SignatoryInput], SignatoryInfo],
        parent: QWidget | None = None,
        *,
        signatory: SignatoryInfo | None = None,
        roles: list[SignerRole] | None = None,
        level: OrgLevel | None = None,
    ):
        """`roles`: those that sign something at `level` (all when None); a
        signatory's own role stays in the list, with a warning."""
        super().__init__(parent)
        self._save = save
        self.level = level
        self.offered = roles or list(SignerRole)
        self.saved: SignatoryInfo | None = None
        self.setObjectName("signatoryForm")
        self.setWindowTitle(tr("Изменить подписанта") if signatory else tr("Новый подписант"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name = QLineEdit(self)
        self.full_name.setPlaceholderText(tr("Фамилия Имя Отчество"))
        self.position = QLineEdit(self)
        self.position.setPlaceholderText(tr("Должность полностью"))
        self.role = QComboBox(self)
        kept = [signatory.role] if signatory is not None and signatory.role not in self.offered else []
        for role in self.offered + kept:
            self.role.addItem(role.label, role.value)
        self.iin = QLineEdit(self)
        self.iin.setObjectName("signatoryIin")
        self.iin.setMaxLength(12)
        self.iin.setPlaceholderText(tr("12 цифр, необязательно"))
        self.iin.setToolTip(
            tr("По ИИН программа узнаёт подписанта в сертификате электронной цифровой подписи (ЭЦП) документа.")
        )
        self.field_errors = {key: FieldError(self) for key in ("full_name", "position", "role", "iin")}
        for key, text, widget in (
            ("full_name", tr("&Ф.И.О.:"), self.full_name),
            ("position", tr("&Должность:"), self.position),
            ("role", tr("&Роль:"), self.role),
            ("iin", tr("&ИИН:"), self.iin),
        ):
            form.addRow(buddy_label(text, widget, self), with_error(widget, self.field_errors[key]))
        layout.addLayout(form)
        self.role_warning = wrapped("", self)
        self.role_warning.setObjectName("roleWarning")
        self.role_warning.setStyleSheet(f"color: {WARNING_COLOR};")
        layout.addWidget(self.role_warning)
        self.role.currentIndexChanged.connect(self._role_changed)
        if signatory is not None:
            self.full_name.setText(signatory.full_name)
            self.position.setText(signatory.position)
            self.role.setCurrentIndex(self.role.findData(signatory.role.value))
            self.iin.setText(signatory.iin or "")
            layout.addWidget(
                wrapped(
                    tr(
                        "Если сменился человек, добавьте нового подписанта, а прежнего отметьте «Не подписывает "
                        "больше»: его подписи в выполненных подзадачах сохранятся."
                    ),
                    self,
                )
            )
        self._role_changed()
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(tr("Сохранить"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, QSize(560, self.sizeHint().height()))
        self.full_name.setFocus()

    def value(self) -> SignatoryInput:
        return SignatoryInput(
            full_name=self.full_name.text(),
            position=self.position.text(),
            role=SignerRole(self.role.currentData()),
            iin=self.iin.text(),
        )

    def _role_changed(self) -> None:
        role = SignerRole(self.role.currentData())
        useless = self.level is not None and role not in self.offered
        self.role_warning.setText(signs_nothing_text(role, self.level) if useless and self.level is not None else "")
        self.role_warning.setVisible(useless)

    def submit(self) -> None:
        try:
            self.saved = self._save(self.value())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except Exception as exc:  # noqa: BLE001 - StoreError, ConcurrentEditError and the unexpected alike
            errors.show_error(
                self, errors.user_message(exc), errors.format_exception(type(exc), exc, exc.__traceback__)
            )
            return
        self.accept()

    def show_errors(self, field_errors: dict[str, str]) -> None:
        widgets = {"full_name": self.full_name, "position": self.position, "role": self.role, "iin": self.iin}
        for key, error in self.field_errors.items():
            error.set_message(field_errors.get(key))
            mark_invalid(widgets[key], key in field_errors)
        first = next((widgets[k] for k in widgets if k in field_errors), None)
        if first is not None:
            first.setFocus()


class OrganizationDialog(QDialog):
    """The organisation's fields and its signatory table. `changed` is
    emitted after anything was saved; `organization` is then current."""

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

    def _build_applicability(self) -> QWidget:
        """The questions are added by _fill_answers (they depend on the level)."""
        page = QWidget(self.tabs)
        page.setObjectName("applicabilityPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        self.applicability_intro = wrapped("", page)
        layout.addWidget(self.applicability_intro)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.questions_holder = QWidget(scroll)
        self.questions_layout = QVBoxLayout(self.questions_holder)
        self.questions_layout.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(self.questions_holder)
        layout.addWidget(scroll, 1)
        self.answer_error = FieldError(page)
        layout.addWidget(self.answer_error)
        return page

    def _build_supervised(self) -> QWidget:
        page = QWidget(self.tabs)
        page.setObjectName("supervisedPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(wrapped(tr(SUPERVISED_TEXT), page))
        self.supervised_table = QTableWidget(0, len(SUPERVISED_COLUMNS), page)
        self.supervised_table.setObjectName("supervisedTable")
        self.supervised_table.setHorizontalHeaderLabels([tr(c) for c in SUPERVISED_COLUMNS])
        self.supervised_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.supervised_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.supervised_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.supervised_table.verticalHeader().hide()
        header = self.supervised_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.supervised_table.itemSelectionChanged.connect(self._update_supervised_buttons)
        layout.addWidget(buddy_label(tr("Курируемые &организации:"), self.supervised_table, page))
        layout.addWidget(self.supervised_table, 1)
        self.supervised_count = QLabel(page)
        self.supervised_count.setObjectName("supervisedCount")
        layout.addWidget(self.supervised_count)

        add_box = QGroupBox(tr("Добавить организацию"), page)
        form = QFormLayout(add_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.supervised_name = QLineEdit(add_box)
        self.supervised_name.setObjectName("supervisedName")
        self.supervised_name.setPlaceholderText(tr("например: КГП «Байзак су арнасы»"))
        self.supervised_bin = QLineEdit(add_box)
        self.supervised_bin.setObjectName("supervisedBin")
        self.supervised_bin.setMaxLength(12)
        self.supervised_bin.setPlaceholderText(tr("необязательно"))
        self.supervised_bin.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.supervised_bin)
        )
        self.supervised_errors = {key: FieldError(add_box) for key in ("name", "bin")}
        form.addRow(
            buddy_label(tr("&Наименование:"), self.supervised_name, add_box),
            with_error(self.supervised_name, self.supervised_errors["name"]),
        )
        form.addRow(
            buddy_label(tr("&БИН:"), self.supervised_bin, add_box),
            with_error(self.supervised_bin, self.supervised_errors["bin"]),
        )
        row = QHBoxLayout()
        self.add_supervised_button = QPushButton(tr("&Добавить в список"), add_box)
        self.add_supervised_button.setObjectName("addSupervised")
        self.add_supervised_button.setAutoDefault(False)
        self.add_supervised_button.clicked.connect(self.add_supervised)
        self.remove_supervised_button = QPushButton(tr("&Убрать из списка…"), page)
        self.remove_supervised_button.setObjectName("removeSupervised")
        self.remove_supervised_button.setAutoDefault(False)
        self.remove_supervised_button.clicked.connect(self.remove_supervised)
        row.addWidget(self.add_supervised_button)
        row.addWidget(self.remove_supervised_button)
        row.addStretch(1)
        form.addRow(row)
        layout.addWidget(add_box)
        return page

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

    def _fill_table(self) -> None:
        selected = self.selected()
        self.table.setRowCount(len(self.signatories))
        grey = QBrush(QColor(INACTIVE_COLOR))
        offered = self.offered_roles()
        for r, s in enumerate(self.signatories):
            if not s.active:
                signs = tr("не подписывает больше")
            else:
                signs = tr("да") if s.role in offered else tr("ничего на этом уровне")
            for c, text in enumerate((s.full_name, s.position, s.role.label, signs)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                item.setToolTip(text)
                if s.active and s.role not in offered:
                    item.setForeground(QBrush(QColor(WARNING_COLOR)))
                if not s.active:
                    item.setForeground(grey)
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()  # long positions wrap instead of being cut
        ids = [s.id for s in self.signatories]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        elif ids:
            self.table.selectRow(0)
        self._update_buttons()
        self._update_signing_warning()

    def offered_roles(self) -> list[SignerRole]:
        """The roles that sign something at the level chosen in the form."""
        return offered_roles(self.catalog, self.selected_level()) or list(SignerRole)

    def _update_signing_warning(self) -> None:
        """Who signs nothing at the chosen level; which documents nobody may sign."""
        level = self.selected_level()
        active = [s for s in self.signatories if s.active]
        offered = self.offered_roles()
        lines = [signs_nothing_text(s.role, level, s.full_name) for s in active if s.role not in offered]
        if lines:
            lines.append(tr("Измените роль («Изменить…») или отметьте «Не подписывает больше»."))
        if active:
            lines += unsigned_documents(self.catalog, level, {s.role for s in active})
        self.signing_warning.setText(" ".join(lines))
        self.signing_warning.setVisible(bool(lines))

    def selected(self) -> SignatoryInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        sid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((s for s in self.signatories if s.id == sid), None)

    def select_signatory(self, signatory_id: int) -> None:
        ids = [s.id for s in self.signatories]
        self.table.selectRow(ids.index(signatory_id))

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.toggle_button.setEnabled(chosen is not None)
        self.toggle_button.setText(
            tr("Ве&рнуть") if chosen is not None and not chosen.active else tr("Не подпи&сывает больше")
        )
        self.toggle_button.setToolTip(
            tr("Снова предлагать этого подписанта")
            if chosen is not None and not chosen.active
            else tr("Больше не предлагать этого подписанта; его подписи в выполненных подзадачах сохранятся")
        )

    # --------------------------------------------------------- applicability
    def questions(self) -> list[Question]:
        """The catalog's questions asked at the organisation's level."""
        if self.organization is None:  # never after __init__: reload() has read it
            return []
        level = self.organization.level
        return [q for q in self.catalog.questions if level in q.levels]

    def _fill_questions(self, organization: OrganizationInfo) -> None:
        while self.questions_layout.count():
            item = self.questions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.answer_groups.clear()
        questions = self.questions()
        if self.plan_id is None:
            intro = tr(
                "План на {year} год ещё не создан: ответы можно будет дать, когда этот год откроется в главном окне."
            ).format(year=self.year)
        elif questions:
            intro = tr(
                "Ответы за {year} год. От них зависит, применяются ли подзадачи: подзадача с ответом "
                "«Нет» показывается серой с пометкой «Не применяется»; без ответа она считается "
                "применимой. Наведите указатель на вопрос, чтобы прочитать слова Инструкции."
            ).format(year=self.year)
        else:
            intro = tr("На уровне «{level}» вопросов о применимости подзадач нет.").format(
                level=organization.level.label
            )
        self.applicability_intro.setText(intro)
        for q in questions:
            box = QGroupBox(self.questions_holder)
            box.setObjectName(f"question_{q.key}")
            box_layout = QVBoxLayout(box)
            label = wrapped(tc(q.text), box)
            label.setToolTip(self._quote(q))
            box_layout.addWidget(label)
            codes = [s.code for s in self.catalog.subtasks() if s.applies_if == q.key]
            if codes:
                note = wrapped(
                    (
                        tr("Решает, применяется ли подзадача {codes}.")
                        if len(codes) == 1
                        else tr("Решает, применяются ли подзадачи {codes}.")
                    ).format(codes=", ".join(codes)),
                    box,
                )
                note.setStyleSheet(f"color: {INACTIVE_COLOR};")
                box_layout.addWidget(note)
            row = QHBoxLayout()
            group = QButtonGroup(box)
            for value, text in ANSWERS:
                button = QRadioButton(tr(text), box)
                button.setObjectName(f"answer_{q.key}_{'none' if value is None else ('yes' if value else 'no')}")
                button.setToolTip(self._quote(q))
                button.setAccessibleDescription(tc(q.text))
                group.addButton(button)
                button.setProperty("answer", value)
                row.addWidget(button)
                button.setEnabled(self.plan_id is not None)
            row.addStretch(1)
            box_layout.addLayout(row)
            group.buttonClicked.connect(lambda button, key=q.key: self._answer_clicked(key, button))
            self.answer_groups[q.key] = group
            self.questions_layout.addWidget(box)
        self.questions_layout.addStretch(1)

    @staticmethod
    def _quote(q: Question) -> str:
        return tr("Инструкция: «{quote}»").format(quote=q.source) if q.source else tc(q.text)

    def _show_answers(self) -> None:
        for key, group in self.answer_groups.items():
            wanted = self.answers.get(key)
            for button in group.buttons():
                if button.property("answer") == wanted:
                    button.setChecked(True)

    def answer(self, key: str) -> bool | None:
        """The answer shown for a question (None: «Не указано»)."""
        button = self.answer_groups[key].checkedButton()
        return button.property("answer") if button is not None else None

    def set_answer(self, key: str, value: bool | None) -> bool:
        """Answer a question (as a click on its button); True when saved."""
        for button in self.answer_groups[key].buttons():
            if button.property("answer") == value:
                button.click()
        return self.answers.get(key) == value

    def _answer_clicked(self, key: str, button: QRadioButton) -> None:
        from tbn4_desktop.services.checklist import set_answer

        value = button.property("answer")
        if self.plan_id is None or self.answers.get(key) == value:
            return
        plan_id = self.plan_id

        def answer(session: Session) -> bool:
            set_answer(session, self.catalog, plan_id, key, value)
            return True

        if self._run(answer) is None:
            self._show_answers()
            return
        self.answer_error.set_message(None)
        if value is None:
            self.answers.pop(key, None)
        else:
            self.answers[key] = value
        self.changed.emit()

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

    # ------------------------------------------------------------ supervised
    def _fill_supervised(self) -> None:
        table = self.supervised_table
        table.setRowCount(len(self.supervised))
        for r, entity in enumerate(self.supervised):
            for c, text in enumerate((entity.name, entity.bin or "—")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entity.id)
                item.setToolTip(text)
                table.setItem(r, c, item)
        n = len(self.supervised)
        self.supervised_count.setText(
            tr("В списке: {count}.").format(count=n) if n else tr("Список пуст: доли Проекта 3 не из чего считать.")
        )
        self._update_supervised_buttons()

    def _update_supervised_buttons(self) -> None:
        self.remove_supervised_button.setEnabled(self.selected_supervised() is not None)

    def selected_supervised(self):  # noqa: ANN201 - SupervisedInfo | None
        rows = self.supervised_table.selectionModel().selectedRows()
        if not rows:
            return None
        entity_id = self.supervised_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.supervised if e.id == entity_id), None)

    def supervised_names(self) -> list[str]:
        return [e.name for e in self.supervised]

    def add_supervised(self) -> bool:
        from tbn4_desktop.services.checklist import add_supervised

        name, bin_ = self.supervised_name.text(), self.supervised_bin.text()
        added = self._run(
            lambda s: add_supervised(s, self.organization_id, name, bin_), show=self._show_supervised_errors
        )
        if added is None:
            return False
        self._show_supervised_errors({})
        self.supervised_name.clear()
        self.supervised_bin.clear()
        self.reload()
        ids = [e.id for e in self.supervised]
        if added.id in ids:
            self.supervised_table.selectRow(ids.index(added.id))
        self.supervised_name.setFocus()
        self.changed.emit()
        return True

    def remove_supervised(self) -> bool:
        from tbn4_desktop.services.checklist import remove_supervised

        chosen = self.selected_supervised()
        if chosen is None:
            return False
        if not errors.confirm(
            self,
            tr("Убрать «{name}» из списка курируемых организаций?").format(name=chosen.name),
            tr("Доли Проекта 3 будут считаться без этой организации."),
            yes_text=tr("Убрать"),
        ):
            return False

        def remove(session: Session) -> bool:
            remove_supervised(session, self.organization_id, chosen.id)
            return True

        if self._run(remove) is None:
            return False
        self.reload()
        self.changed.emit()
        return True

    def _show_supervised_errors(self, field_errors: dict[str, str]) -> None:
        widgets = {"name": self.supervised_name, "bin": self.supervised_bin}
        for key, error in self.supervised_errors.items():
            error.set_message(field_errors.get(key))
            mark_invalid(widgets[key], key in field_errors)
        first = next((widgets[k] for k in widgets if k in field_errors), None)
        if first is not None:
            first.setFocus()

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

    def _open_form(
        self, save: Callable[[Session, SignatoryInput], SignatoryInfo], signatory: SignatoryInfo | None
    ) -> None:
        def in_session(data: SignatoryInput) -> SignatoryInfo:
            with self.ctx.store.session() as session:
                return save(session, data)

        self.form = SignatoryFormDialog(
            in_session, self, signatory=signatory, roles=self.offered_roles(), level=self.selected_level()
        )
        self.form.accepted.connect(self._form_saved)
        self.form.open()

    def _form_saved(self) -> None:
        saved = self.form.saved if self.form is not None else None
        self.signatory_error.set_message(None)
        self.reload()
        if saved is not None:
            self.select_signatory(saved.id)
        self.changed.emit()

    def add_signatory(self) -> None:
        from tbn4_desktop.services.organizations import add_signatory

        self._open_form(lambda s, data: add_signatory(s, self.organization_id, data), None)

    def edit_signatory(self) -> None:
        from tbn4_desktop.services.organizations import update_signatory

        chosen = self.selected()
        if chosen is not None:
            self._open_form(lambda s, data: update_signatory(s, chosen.id, data, chosen.version), chosen)

    def toggle_active(self) -> None:
        from tbn4_desktop.services.organizations import (
            deactivate_signatory,
            reactivate_signatory,
        )

        chosen = self.selected()
        if chosen is None:
            return
        change = deactivate_signatory if chosen.active else reactivate_signatory
        if self._run(lambda s: change(s, chosen.id, chosen.version)) is not None:
            self.signatory_error.set_message(None)
            self.reload()
            self.changed.emit()
