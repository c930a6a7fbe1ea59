"""The signatories of «Организация и подписанты»: the form of one signatory
(SignatoryFormDialog: Ф.И.О., должность, роль, ИИН) and the dialog's
signatory table (who signs what at the level chosen, add, edit, «Не
подписывает больше» / «Вернуть»). Apart from organization_dialog.py: the
signatories are the dialog's first tab's own workflow.

Functions of the dialog (`dialog: OrganizationDialog`); OrganizationDialog's
methods of the same names call them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.signer_rules import offered_roles as offered_roles_at
from tbn4_desktop.core.signer_rules import signs_nothing_text, unsigned_documents
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.services.records import SignatoryInfo, SignatoryInput
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.widgets import FieldError, buddy_label, mark_invalid, with_error, wrapped
from tbn4_desktop.ui.window_fit import fit_window

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tbn4_desktop.ui.organization_dialog import OrganizationDialog

INACTIVE_COLOR = "#767676"
WARNING_COLOR = "#8a5300"
COLUMNS = (N_("Ф.И.О."), N_("Должность"), N_("Роль"), N_("Подписывает"))


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


def _fill_table(dialog: OrganizationDialog) -> None:
    selected = dialog.selected()
    dialog.table.setRowCount(len(dialog.signatories))
    grey = QBrush(QColor(INACTIVE_COLOR))
    offered = dialog.offered_roles()
    for r, s in enumerate(dialog.signatories):
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
            dialog.table.setItem(r, c, item)
    dialog.table.resizeRowsToContents()  # long positions wrap instead of being cut
    ids = [s.id for s in dialog.signatories]
    if selected is not None and selected.id in ids:
        dialog.table.selectRow(ids.index(selected.id))
    elif ids:
        dialog.table.selectRow(0)
    dialog._update_buttons()
    _update_signing_warning(dialog)


def offered_roles(dialog: OrganizationDialog) -> list[SignerRole]:
    """The roles that sign something at the level chosen in the form."""
    return offered_roles_at(dialog.catalog, dialog.selected_level()) or list(SignerRole)


def _update_signing_warning(dialog: OrganizationDialog) -> None:
    """Who signs nothing at the chosen level; which documents nobody may sign."""
    level = dialog.selected_level()
    active = [s for s in dialog.signatories if s.active]
    offered = dialog.offered_roles()
    lines = [signs_nothing_text(s.role, level, s.full_name) for s in active if s.role not in offered]
    if lines:
        lines.append(tr("Измените роль («Изменить…») или отметьте «Не подписывает больше»."))
    if active:
        lines += unsigned_documents(dialog.catalog, level, {s.role for s in active})
    dialog.signing_warning.setText(" ".join(lines))
    dialog.signing_warning.setVisible(bool(lines))


def selected(dialog: OrganizationDialog) -> SignatoryInfo | None:
    rows = dialog.table.selectionModel().selectedRows() if dialog.table.selectionModel() else []
    if not rows:
        return None
    item = dialog.table.item(rows[0].row(), 0)
    sid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return next((s for s in dialog.signatories if s.id == sid), None)


def select_signatory(dialog: OrganizationDialog, signatory_id: int) -> None:
    ids = [s.id for s in dialog.signatories]
    dialog.table.selectRow(ids.index(signatory_id))


def _update_buttons(dialog: OrganizationDialog) -> None:
    chosen = dialog.selected()
    dialog.edit_button.setEnabled(chosen is not None)
    dialog.toggle_button.setEnabled(chosen is not None)
    dialog.toggle_button.setText(
        tr("Ве&рнуть") if chosen is not None and not chosen.active else tr("Не подпи&сывает больше")
    )
    dialog.toggle_button.setToolTip(
        tr("Снова предлагать этого подписанта")
        if chosen is not None and not chosen.active
        else tr("Больше не предлагать этого подписанта; его подписи в выполненных подзадачах сохранятся")
    )


def _open_form(
    dialog, save: Callable[[Session, SignatoryInput], SignatoryInfo], signatory: SignatoryInfo | None
) -> None:
    def in_session(data: SignatoryInput) -> SignatoryInfo:
        with dialog.ctx.store.session() as session:
            return save(session, data)

    dialog.form = SignatoryFormDialog(
        in_session, dialog, signatory=signatory, roles=dialog.offered_roles(), level=dialog.selected_level()
    )
    dialog.form.accepted.connect(dialog._form_saved)
    dialog.form.open()


def _form_saved(dialog: OrganizationDialog) -> None:
    saved = dialog.form.saved if dialog.form is not None else None
    dialog.signatory_error.set_message(None)
    dialog.reload()
    if saved is not None:
        dialog.select_signatory(saved.id)
    dialog.changed.emit()


def add_signatory(dialog: OrganizationDialog) -> None:
    from tbn4_desktop.services.organizations import add_signatory

    _open_form(dialog, lambda s, data: add_signatory(s, dialog.organization_id, data), None)


def edit_signatory(dialog: OrganizationDialog) -> None:
    from tbn4_desktop.services.organizations import update_signatory

    chosen = dialog.selected()
    if chosen is not None:
        _open_form(dialog, lambda s, data: update_signatory(s, chosen.id, data, chosen.version), chosen)


def toggle_active(dialog: OrganizationDialog) -> None:
    from tbn4_desktop.services.organizations import (
        deactivate_signatory,
        reactivate_signatory,
    )

    chosen = dialog.selected()
    if chosen is None:
        return
    change = deactivate_signatory if chosen.active else reactivate_signatory
    if dialog._run(lambda s: change(s, chosen.id, chosen.version)) is not None:
        dialog.signatory_error.set_message(None)
        dialog.reload()
        dialog.changed.emit()
