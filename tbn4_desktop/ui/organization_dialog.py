"""«Организация и подписанты»: change the organisation and its signatories
after the first start.

Signatory changes (add, edit, «Не подписывает больше», «Вернуть») are saved
at once, each in its own session; the organisation's fields are saved by
«Сохранить». A signatory is never deleted: whoever signed completed
subtasks stays in the store, so old records still show the name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.signer_rules import signing_hint
from tbn4_desktop.core.validation import ValidationError, bin_error
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
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

INACTIVE_COLOR = "#767676"
COLUMNS = ("Ф.И.О.", "Должность", "Роль", "Подписывает")


class SignatoryFormDialog(QDialog):
    """One signatory: Ф.И.О., должность, роль. `save` is the service call;
    its refusals are shown at their fields and the form stays open."""

    def __init__(self, save: Callable[[SignatoryInput], SignatoryInfo], parent: QWidget | None = None,
                 *, signatory: SignatoryInfo | None = None):
        super().__init__(parent)
        self._save = save
        self.saved: SignatoryInfo | None = None
        self.setObjectName("signatoryForm")
        self.setWindowTitle("Изменить подписанта" if signatory else "Новый подписант")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name = QLineEdit(self)
        self.full_name.setPlaceholderText("Фамилия Имя Отчество")
        self.position = QLineEdit(self)
        self.position.setPlaceholderText("Должность полностью")
        self.role = QComboBox(self)
        for role in SignerRole:
            self.role.addItem(role.label, role.value)
        self.field_errors = {key: FieldError(self) for key in ("full_name", "position", "role")}
        for key, text, widget in (("full_name", "&Ф.И.О.:", self.full_name), ("position", "&Должность:", self.position),
                                  ("role", "&Роль:", self.role)):
            form.addRow(buddy_label(text, widget, self), with_error(widget, self.field_errors[key]))
        layout.addLayout(form)
        if signatory is not None:
            self.full_name.setText(signatory.full_name)
            self.position.setText(signatory.position)
            self.role.setCurrentIndex(self.role.findData(signatory.role.value))
            layout.addWidget(wrapped(
                "Если сменился человек, добавьте нового подписанта, а прежнего отметьте «Не подписывает "
                "больше»: его подписи в выполненных подзадачах сохранятся.", self))
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton("Сохранить", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.full_name.setFocus()

    def value(self) -> SignatoryInput:
        return SignatoryInput(full_name=self.full_name.text(), position=self.position.text(),
                              role=SignerRole(self.role.currentData()))

    def submit(self) -> None:
        try:
            self.saved = self._save(self.value())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except Exception as exc:  # noqa: BLE001 - StoreError, ConcurrentEditError and the unexpected alike
            errors.show_error(self, errors.user_message(exc), errors.format_exception(type(exc), exc, exc.__traceback__))
            return
        self.accept()

    def show_errors(self, field_errors: dict[str, str]) -> None:
        widgets = {"full_name": self.full_name, "position": self.position, "role": self.role}
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

    def __init__(self, ctx: AppContext, organization_id: int, parent: QWidget | None = None, *,
                 catalog: Catalog | None = None, allow_level_change: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.organization_id = organization_id
        self.catalog = catalog if catalog is not None else ctx.catalog_for_year(date.today().year)
        self.allow_level_change = allow_level_change
        self.organization: OrganizationInfo | None = None
        self.signatories: list[SignatoryInfo] = []
        self.form: SignatoryFormDialog | None = None
        self.setObjectName("organizationDialog")
        self.setWindowTitle(f"{APP_TITLE} — организация и подписанты")
        self.setWindowIcon(app_icon())
        self._build()
        self.reload()
        self.resize(900, 640)

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        org_box = QGroupBox("Организация", self)
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
        self.parent_edit.setPlaceholderText("например: ГУ «Аппарат акима Алматинской области»")
        self.field_errors = {key: FieldError(org_box) for key in ("name", "bin", "level", "parent_name")}
        for key, text, widget in (("name", "&Наименование:", self.name_edit), ("bin", "&БИН:", self.bin_edit),
                                  ("level", "&Уровень:", self.level_combo),
                                  ("parent_name", "&Вышестоящий орган:", self.parent_edit)):
            form.addRow(buddy_label(text, widget, org_box), with_error(widget, self.field_errors[key]))
        if not self.allow_level_change:
            self.level_combo.setEnabled(False)
            self.level_combo.setToolTip("Уровень меняется в главном окне: «Файл → Организация и подписанты…».")
        layout.addWidget(org_box)

        sign_box = QGroupBox("Подписанты подтверждающих документов", self)
        sign_layout = QVBoxLayout(sign_box)
        self.table = QTableWidget(0, len(COLUMNS), sign_box)
        self.table.setObjectName("signatoryTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
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
        sign_layout.addWidget(buddy_label("&Подписанты (выключенные не предлагаются, но остаются в выполненных "
                                        "подзадачах):", self.table, sign_box))
        sign_layout.addWidget(self.table, 1)
        self.signatory_error = FieldError(sign_box)
        sign_layout.addWidget(self.signatory_error)
        row = QHBoxLayout()
        self.add_button = QPushButton("&Добавить…", sign_box)
        self.add_button.clicked.connect(self.add_signatory)
        self.edit_button = QPushButton("&Изменить…", sign_box)
        self.edit_button.clicked.connect(self.edit_signatory)
        self.toggle_button = QPushButton("Не подпи&сывает больше", sign_box)
        self.toggle_button.setObjectName("toggleActiveButton")
        self.toggle_button.clicked.connect(self.toggle_active)
        for button in (self.add_button, self.edit_button, self.toggle_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        sign_layout.addLayout(row)
        self.hint = wrapped("", sign_box)
        self.hint.setObjectName("signingHint")
        sign_layout.addWidget(self.hint)
        layout.addWidget(sign_box, 1)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton("Со&хранить", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        close = buttons.addButton("&Закрыть", QDialogButtonBox.ButtonRole.RejectRole)
        close.setToolTip("Закрыть без сохранения сведений об организации; подписанты уже сохранены.")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the organisation and every signatory (active or not)."""
        from tbn4_desktop.services.organizations import (
            get_organization,
            list_signatories,
        )

        with self.ctx.store.session() as session:
            org = get_organization(session, self.organization_id)
            signatories = list_signatories(session, self.organization_id, active_only=False)
        if org is None:
            raise ValueError(f"organization {self.organization_id} does not exist")
        if self.organization is None:
            self._fill_fields(org)
        self.organization = org
        self.signatories = signatories
        self._fill_table()

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
        for r, s in enumerate(self.signatories):
            for c, text in enumerate((s.full_name, s.position, s.role.label,
                                      "да" if s.active else "не подписывает больше")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                item.setToolTip(text)
                if not s.active:
                    item.setForeground(grey)
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()   # long positions wrap instead of being cut
        ids = [s.id for s in self.signatories]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        elif ids:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> SignatoryInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        sid = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.signatories if s.id == sid), None)

    def select_signatory(self, signatory_id: int) -> None:
        ids = [s.id for s in self.signatories]
        self.table.selectRow(ids.index(signatory_id))

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.toggle_button.setEnabled(chosen is not None)
        self.toggle_button.setText("Ве&рнуть" if chosen is not None and not chosen.active
                                   else "Не подпи&сывает больше")
        self.toggle_button.setToolTip(
            "Снова предлагать этого подписанта" if chosen is not None and not chosen.active else
            "Больше не предлагать этого подписанта; его подписи в выполненных подзадачах сохранятся")

    # ------------------------------------------------------------- behaviour
    def selected_level(self) -> OrgLevel:
        return OrgLevel(self.level_combo.currentData())

    def _level_changed(self) -> None:
        central = self.selected_level() is OrgLevel.CENTRAL
        self.parent_edit.setEnabled(not central)
        self.parent_edit.setPlaceholderText("не требуется" if central else
                                            "например: ГУ «Аппарат акима Алматинской области»")
        hint = signing_hint(self.catalog, self.selected_level())
        self.hint.setText(f"Кто что подписывает на уровне «{self.selected_level().label}»: {hint}" if hint else "")

    def _check_bin_now(self) -> None:
        text = self.bin_edit.text()
        message = bin_error(text) if text else None
        self.field_errors["bin"].set_message(message)
        mark_invalid(self.bin_edit, bool(message))

    def organization_input(self) -> OrganizationInput:
        central = self.selected_level() is OrgLevel.CENTRAL
        return OrganizationInput(name=self.name_edit.text(), bin=self.bin_edit.text(), level=self.selected_level(),
                                 parent_name="" if central else self.parent_edit.text())

    def _run(self, action: Callable[[object], object]) -> object | None:
        """One service call in its own session; refusals shown, None returned."""
        try:
            with self.ctx.store.session() as session:
                return action(session)
        except ValidationError as exc:
            self.show_errors(exc.errors)
        except Exception as exc:  # noqa: BLE001 - StoreError, ConcurrentEditError and the unexpected alike
            errors.show_error(self, errors.user_message(exc), errors.format_exception(type(exc), exc, exc.__traceback__))
            self.reload()
        return None

    def show_errors(self, field_errors: dict[str, str]) -> None:
        widgets = {"name": self.name_edit, "bin": self.bin_edit, "level": self.level_combo,
                   "parent_name": self.parent_edit}
        for key, error in self.field_errors.items():
            error.set_message(field_errors.get(key))
            mark_invalid(widgets[key], key in field_errors)
        self.signatory_error.set_message(field_errors.get("signatory"))
        first = next((widgets[k] for k in widgets if k in field_errors), None)
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        from tbn4_desktop.services.organizations import update_organization

        data, org = self.organization_input(), self.organization
        unchanged = (data.name.strip(), data.bin.strip(), data.level, data.parent_name.strip()) == (
            org.name, org.bin or "", org.level, org.parent_name or "")
        if not unchanged:
            saved = self._run(lambda s: update_organization(s, org.id, data, org.version,
                                                            catalog_for_plan=self.ctx.catalog_for_plan))
            if saved is None:
                return
            self.organization = saved
            self.changed.emit()
        self.accept()

    def _open_form(self, save: Callable[[SignatoryInput], SignatoryInfo], signatory: SignatoryInfo | None) -> None:
        def in_session(data: SignatoryInput) -> SignatoryInfo:
            with self.ctx.store.session() as session:
                return save(session, data)

        self.form = SignatoryFormDialog(in_session, self, signatory=signatory)
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
