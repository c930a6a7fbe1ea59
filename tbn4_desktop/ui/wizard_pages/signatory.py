"""Page 3 «Подписант»: who signed the confirming documents. Every signatory
of the organisation is listed; those whose role may not sign this subtask at
this level are marked with the reason, and choosing one is refused on Next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
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
        label = QLabel("&Подписант:", self)
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        layout.addLayout(form)
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
        warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("— выберите подписанта —", None)
        for s in self.state.signatories:
            refusal = self.state.refusal_for(s)
            text = f"{s.full_name} — {s.position} ({s.role.label})"
            if refusal:
                self.combo.addItem(warning, f"{text} — не может подписывать", s.id)
                index = self.combo.count() - 1
                self.combo.setItemData(index, refusal, REFUSAL_ROLE)
                self.combo.setItemData(index, refusal, Qt.ItemDataRole.ToolTipRole)
                self.combo.setItemData(index, QBrush(QColor("#767676")), Qt.ItemDataRole.ForegroundRole)
            else:
                self.combo.addItem(text, s.id)
        current = self.state.detail.info.signatory_id
        if current is None:
            current = next((s.id for s in self.state.signatories if self.state.refusal_for(s) is None), None)
        index = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._changed()
        if not self.state.signatories:
            self.reason.setText("У организации нет подписантов. Добавьте их в сведениях об организации.")

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
        return True

    def show_error(self, message: str) -> None:
        self.error.set_message(message)
        self.reason.setText("")
        self.combo.setFocus()
