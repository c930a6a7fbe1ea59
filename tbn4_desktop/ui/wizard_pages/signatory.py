"""Page 3 «Подписант»: who signed the confirming documents. Every active
signatory of the organisation is listed; those whose role may not sign this
subtask at this level are marked with the reason, and choosing one is
refused on Next. «Изменить список подписантов…» opens «Организация и
подписанты» and refills the list, keeping the choice if still offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWizardPage,
)

from tbn4_desktop.ui.widgets import FieldError, wrapped
from tbn4_desktop.ui.wizard_pages.state import WizardState

REFUSAL_ROLE = Qt.ItemDataRole.UserRole + 1


class SignatoryPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("signatoryPage")
        self.setTitle("Подписант")
        layout = QVBoxLayout(self)
        self.allowed_label = wrapped("", self)
        layout.addWidget(self.allowed_label)
        form = QFormLayout()
        self.combo = QComboBox(self)
        self.combo.setObjectName("signatoryCombo")
        self.combo.setAccessibleName("Подписант")
        self.combo.currentIndexChanged.connect(self._changed)
        # A choice the page made by itself (the first allowed signatory) is
        # not the user's input: Cancel must not save it as a draft.
        # (_fill sets the index with signals blocked, so only a change made
        # after it, by the user, sets `touched`.)
        self.touched = False
        self.combo.currentIndexChanged.connect(self._touch)
        label = QLabel("&Подписант:", self)
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        layout.addLayout(form)
        edit_row = QHBoxLayout()
        self.edit_list_button = QPushButton("&Изменить список подписантов…", self)
        self.edit_list_button.setObjectName("editSignatoriesButton")
        self.edit_list_button.setAutoDefault(False)
        self.edit_list_button.clicked.connect(self.edit_signatories)
        edit_row.addWidget(self.edit_list_button)
        edit_row.addStretch(1)
        layout.addLayout(edit_row)
        self.missing = wrapped("", self)
        self.missing.setObjectName("noAllowedSignatory")
        layout.addWidget(self.missing)
        self.reason = wrapped("", self)
        layout.addWidget(self.reason)
        self.error = FieldError(self)
        self.error.setObjectName("signatoryError")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.filled = False

    def initializePage(self) -> None:
        self.setSubTitle(f"{self.state.heading}: кто подписал подтверждающие документы.")
        level = self.state.organization.level
        allowed = ", ".join(r.label for r in self.state.allowed_roles) or "—"
        self.allowed_label.setText(f"По Инструкции документы этой подзадачи на уровне «{level.label}» "
                                   f"подписывают: {allowed}.")
        if self.filled:
            return
        self.filled = True
        self._fill(self.state.detail.info.signatory_id)

    def _fill(self, current: int | None) -> None:
        warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("— выберите подписанта —", None)
        for s in self.state.signatories:
            refusal = self.state.refusal_for(s)
            text = f"{s.full_name} ({s.role.label})"     # the position is shown under the list
            if refusal:
                self.combo.addItem(warning, f"{text} — не может подписывать", s.id)
                index = self.combo.count() - 1
                self.combo.setItemData(index, refusal, REFUSAL_ROLE)
                self.combo.setItemData(index, refusal, Qt.ItemDataRole.ToolTipRole)
                self.combo.setItemData(index, QBrush(QColor("#767676")), Qt.ItemDataRole.ForegroundRole)
            else:
                self.combo.addItem(text, s.id)
        if current is None or self.combo.findData(current) < 0:
            current = next((s.id for s in self.state.signatories if self.state.refusal_for(s) is None), None)
        index = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._changed()
        self._say_what_is_missing()

    def _say_what_is_missing(self) -> None:
        """Nobody on the list may sign this subtask: say so, point at the button."""
        if any(self.state.refusal_for(s) is None for s in self.state.signatories):
            self.missing.setText("")
            self.missing.hide()
            return
        allowed = ", ".join(r.label for r in self.state.allowed_roles) or "—"
        who = "У организации нет подписантов." if not self.state.signatories else (
            "Среди подписантов организации нет того, кто может подписать эту подзадачу.")
        self.missing.setText(f"{who} Её подписывает: {allowed}. Добавьте подписанта кнопкой "
                             f"«Изменить список подписантов…».")
        self.missing.show()

    def edit_signatories(self):  # noqa: ANN201 - OrganizationDialog
        """Open «Организация и подписанты»; refill the list when it closes.
        The level is not changed from here: it decides whether this subtask applies."""
        from tbn4_desktop.ui.organization_dialog import OrganizationDialog

        dialog = OrganizationDialog(self.state.ctx, self.state.organization.id, self,
                                    catalog=self.state.catalog, allow_level_change=False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh_signatories())
        dialog.open()
        return dialog

    def refresh_signatories(self) -> None:
        from tbn4_desktop.services.organizations import list_signatories

        keep = self.selected_id()
        with self.state.ctx.store.session() as session:
            self.state.signatories = list_signatories(session, self.state.organization.id)
        self._fill(keep)

    def _touch(self) -> None:
        self.touched = True

    def _changed(self) -> None:
        refusal = self.combo.currentData(REFUSAL_ROLE)
        chosen = self.state.signatory(self.selected_id())
        if refusal:
            self.reason.setText(refusal)
        elif chosen is not None:
            self.reason.setText(f"{chosen.full_name}\nДолжность: {chosen.position}\nРоль: {chosen.role.label}")
        else:
            self.reason.setText("")
        self.error.set_message(None)

    def selected_id(self) -> int | None:
        return self.combo.currentData()

    def validatePage(self) -> bool:
        if self.selected_id() is None:
            self.show_error("Выберите подписанта.")
            return False
        refusal = self.combo.currentData(REFUSAL_ROLE)
        if refusal:
            self.show_error(refusal)
            return False
        self.error.set_message(None)
        self.touched = True          # «Далее» confirms the proposed signatory
        return True

    def show_error(self, message: str) -> None:
        self.error.set_message(message)
        self.reason.setText("")
        self.combo.setFocus()
