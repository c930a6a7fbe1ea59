"""One confirming document (slot) of the subtask on the documents page: its
card (SlotCard) with the requirement, the ✔/✖ state and what is missing, the
files (added by the button or dropped on the card, replaced, merged), who
signed it, its date and for a conditional document «Не требуется». Apart
from documents.py, the largest card, on the file-card base of files_card.py;
every change goes through the page (DocumentsPage), which saves it at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
)

from tbn4_desktop.core.catalog import DocumentSlot
from tbn4_desktop.core.signature_rules import RULE_NOTE
from tbn4_desktop.core.vocabulary import DocumentKind, SlotDate
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.executions import AttachmentInfo
from tbn4_desktop.ui.widgets import wrapped
from tbn4_desktop.ui.wizard_pages.file_list import DROP_HINT, local_files
from tbn4_desktop.ui.wizard_pages.files_card import FILE_FILTER, _button, _FilesCard, _small
from tbn4_desktop.ui.wizard_pages.slot_widgets import OptionalDateEdit, WaiveControl
from tbn4_desktop.ui.wizard_pages.state import (
    WizardState,
    problem_text,
    requirement_text,
    roles_text,
    source_tooltip,
)

if TYPE_CHECKING:
    from tbn4_desktop.ui.wizard_pages.documents import DocumentsPage

#: The date's label beside its field, with its mnemonic.
DATE_LABELS = {
    SlotDate.SIGNED: N_("Д&ата подписания:"),
    SlotDate.APPROVED: N_("Д&ата утверждения:"),
    SlotDate.PUBLISHED: N_("Д&ата публикации:"),
    SlotDate.HELD: N_("Д&ата проведения:"),
    SlotDate.RECEIVED: N_("Д&ата поступления:"),
}


class SlotCard(_FilesCard):
    """One confirming document (slot) of the subtask."""

    def __init__(self, page: DocumentsPage, slot: DocumentSlot):
        state = page.state
        files = slot.kind.takes_files
        super().__init__(
            page, tc(slot.title), accepts_drops=files, placeholder=tr(DROP_HINT) if files else "", slot=slot
        )
        self.slot = slot
        self.key = slot.key
        self.setObjectName(f"slotCard_{slot.key}")
        self.setAccessibleName(tc(slot.title))
        self.setAcceptDrops(files)
        self.requirement = _small(f"{requirement_text(slot)}. {slot.kind.label}.", self)  # two short sentences
        self.requirement.setObjectName("slotRequirement")
        self.requirement.setToolTip(source_tooltip(slot))
        self.title_label.setToolTip(source_tooltip(slot))
        self.layout_.addWidget(self.requirement)
        self.state_label = wrapped("", self)
        self.state_label.setObjectName("slotState")
        self.layout_.addWidget(self.state_label)
        # What does not fit in an electronic signature: a warning, never a refusal.
        self.warning_label = wrapped("", self)
        self.warning_label.setObjectName("slotSignatureWarnings")
        self.warning_label.setStyleSheet("color: #8a5300;")
        self.warning_label.hide()
        self.layout_.addWidget(self.warning_label)

        self.add_button = self.replace_button = self.merge_button = None
        if files:
            self.file_list.filesDropped.connect(
                lambda paths, onto: self.page.start_adding(paths, self.key, self, onto=onto or None)
            )
            self.layout_.addWidget(self.file_list)
            buttons = QHBoxLayout()
            buttons.setSpacing(6)
            self.add_button = _button(
                tr("&Добавить файлы…"),
                "addFilesButton",
                self,
                tr("Выбрать файлы этого документа (их можно и перетащить на карточку)"),
            )
            self.add_button.clicked.connect(self.choose_files)
            self.replace_button = _button(
                tr("&Заменить…"),
                "replaceFileButton",
                self,
                tr("Заменить выбранный файл другим (прежний останется в истории)"),
            )
            self.replace_button.clicked.connect(self.replace_selected)
            self.merge_button = _button(
                tr("Объ&единить…"),
                "mergeButton",
                self,
                tr(
                    "Объединить выбранные файлы (или все) в один PDF в порядке списка; "
                    "порядок меняют клавиши Alt+↑ и Alt+↓, исходные файлы уйдут в историю"
                ),
            )
            self.merge_button.clicked.connect(self.merge_files)
            for button in (
                self.add_button,
                self.open_button,
                self.view_button,
                self.kind_button,
                self.replace_button,
                self.remove_button,
                self.merge_button,
            ):
                buttons.addWidget(button)
            self.view_button.show()  # the page starts without its preview (see DocumentsPage.resizeEvent)
            buttons.addStretch(1)
            self.layout_.addLayout(buttons)
            QShortcut(
                QKeySequence("Alt+Up"),
                self.file_list,
                lambda: self.file_list.move_current(-1),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
            QShortcut(
                QKeySequence("Alt+Down"),
                self.file_list,
                lambda: self.file_list.move_current(1),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
            QShortcut(
                QKeySequence(Qt.Key.Key_Insert),
                self.file_list,
                self.choose_files,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        else:
            self.file_list.hide()
            self.open_button.hide()
            self.kind_button.hide()
            self.remove_button.hide()

        self.rows_label: QLabel | None = None
        if slot.kind is DocumentKind.REGISTER:
            self.rows_label = wrapped("", self)
            self.rows_label.setObjectName("slotRows")
            self.layout_.addWidget(self.rows_label)

        # Signer and date on one line.
        self.signer_combo: QComboBox | None = None
        self.date_edit: OptionalDateEdit | None = None
        line = QHBoxLayout()
        line.setSpacing(6)
        if slot.kind.needs_signer:
            self.signer_combo = QComboBox(self)
            self.signer_combo.setObjectName("slotSigner")
            self.signer_combo.setAccessibleName(tr("Подписант: {title}").format(title=tc(slot.title)))
            self.signer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.signer_combo.setMinimumContentsLength(18)
            self.signer_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            allowed = roles_text(slot.signers_for(state.level))
            tip = tr("Этот документ на уровне «{level}» подписывает: {roles}.").format(
                level=state.level.label, roles=allowed
            )
            if slot.signers_source:  # the instruction's own words stay Russian
                tip += "\n" + tr("Инструкция: «{quote}»").format(quote=slot.signers_source)
            self.signer_combo.setToolTip(tip)
            self.signer_combo.activated.connect(lambda _i: self._signer_chosen())
            label = QLabel(tr("&Подписант:"), self)
            label.setBuddy(self.signer_combo)
            line.addWidget(label)
            line.addWidget(self.signer_combo, 1)
        if slot.date is not None:
            self.date_edit = OptionalDateEdit(
                self, accessible_name=tr("{date}: {title}").format(date=slot.date.label, title=tc(slot.title))
            )
            self.date_edit.setObjectName("slotDate")
            if slot.anchor is not None:
                self.date_edit.setToolTip(
                    tr(
                        "Это та же дата, что «{anchor}» в сроках подзадач: изменённая здесь, она "
                        "меняется и там. Чтобы очистить дату, выделите её и нажмите Delete."
                    ).format(anchor=slot.anchor.label)
                )
            self.date_edit.committed.connect(self._date_committed)
            date_label = QLabel(tr(DATE_LABELS[slot.date]), self)
            date_label.setBuddy(self.date_edit)
            if self.signer_combo is None:
                line.addWidget(date_label)
                line.addWidget(self.date_edit)
                line.addStretch(1)
            else:
                line.addSpacing(8)
                line.addWidget(date_label)
                line.addWidget(self.date_edit)
        if line.count():
            self.layout_.addLayout(line)

        self.no_signer: QLabel | None = None
        self.signers_button: QPushButton | None = None
        if self.signer_combo is not None:
            row = QHBoxLayout()
            self.no_signer = wrapped("", self)
            self.no_signer.setObjectName("noAllowedSignatory")
            self.signers_button = _button(
                tr("Организация и подпи&санты…"),
                "editSignatoriesButton",
                self,
                tr("Добавить подписанта в список организации"),
            )
            self.signers_button.clicked.connect(self.page.edit_signatories)
            row.addWidget(self.no_signer, 1)
            row.addWidget(self.signers_button, 0, Qt.AlignmentFlag.AlignTop)
            self.layout_.addLayout(row)

        self.waive: WaiveControl | None = None
        if slot.waive_reasons:
            self.waive = WaiveControl(slot.waive_reasons, self)
            self.waive.setObjectName("slotWaive")
            self.waive.changed.connect(lambda reason: self.page.waive(self.key, reason, self))
            self.layout_.addWidget(self.waive)
        self.layout_.addWidget(self.error)

    # ------------------------------------------------------------ drops on the whole card
    def dragEnterEvent(self, event: QDragMoveEvent) -> None:  # a QDragEnterEvent, or dragMoveEvent's event
        if self.acceptDrops() and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if not files or not self.acceptDrops():
            event.ignore()
            return
        event.acceptProposedAction()
        self.page.start_adding(files, self.key, self)

    # ------------------------------------------------------------ showing the state
    def update_from(self, state: WizardState) -> list[tuple[str, Path, str]]:
        slot_state = state.slot_state(self.key)
        self.mark.set_state(slot_state)
        text = ""
        if slot_state.waived_reason:
            text = tr("Не требуется: {reason}.").format(reason=tc(slot_state.waived_reason))
        elif slot_state.problems:
            text = problem_text(slot_state)
        elif not slot_state.satisfied:
            text = tr("Необязательный документ: его можно не прикладывать.")
        elif self.slot.year_scope and slot_state.files == 0 and self.slot.kind.takes_files:
            text = tr("Приложен в другом периоде этого года: документ один на весь год.")
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))
        self.state_label.setStyleSheet("color: #a4000f;" if slot_state.problems else "")
        self.warning_label.setText(
            "\n".join([*(f"⚠ {w[:1].upper()}{w[1:]}." for w in slot_state.warnings), tr(RULE_NOTE)])
        )
        self.warning_label.setVisible(bool(slot_state.warnings))
        uncounted: list[tuple[str, Path, str]] = []
        if self.slot.kind.takes_files:
            uncounted = self.file_list.fill(state.files_of(self.key), state.ctx.blobs)
        if self.rows_label is not None:
            register = next((r for r in state.subtask.registers if r.key == self.slot.register), None)
            rows = state.register_rows.get(self.slot.register or "", 0)
            title = tc(register.title if register is not None else self.slot.title)
            self.rows_label.setText(
                tr("Таблица «{title}»: строк — {rows}.").format(title=title, rows=rows)
                if rows
                else tr("Таблица «{title}»: строк — 0. Заполните её на странице «Данные».").format(title=title)
            )
        self._fill_signers(state)
        if self.date_edit is not None and not self.date_edit.hasFocus():
            self.date_edit.set_value(slot_state.doc_date)
        if self.waive is not None:
            self.waive.set_reason(slot_state.waived_reason)
        self.update_buttons()
        return uncounted

    def _fill_signers(self, state: WizardState) -> None:
        combo = self.signer_combo
        if combo is None:
            return
        current = state.signer_ids.get(self.key)
        allowed = state.signers_for(self.slot)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("— не указан —"), None)
        for s in allowed:
            combo.addItem(f"{s.full_name} — {s.role.label.lower()}", s.id)
            combo.setItemData(combo.count() - 1, s.position, Qt.ItemDataRole.ToolTipRole)
        if current is not None and combo.findData(current) < 0:
            # Stored before (an older version, another PC): shown, never offered.
            person = state.signatory(current)
            slot_state = state.slot_state(self.key)
            warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            name = person.full_name if person else slot_state.signer_name
            combo.addItem(
                warning,
                tr("{name} — не может подписывать этот документ").format(name=name)
                if name
                else tr("подписант — не может подписывать этот документ"),
                current,
            )
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)
        nobody = not allowed
        if self.no_signer is not None and self.signers_button is not None:
            roles = roles_text(self.slot.signers_for(state.level))
            self.no_signer.setText(
                tr("Этот документ подписывает: {roles}; добавьте подписанта в «Организация и подписанты».").format(
                    roles=roles
                )
                if nobody
                else ""
            )
            self.no_signer.setVisible(nobody)
            self.signers_button.setVisible(nobody)

    def update_buttons(self) -> None:
        super().update_buttons()
        idle = not self.page.busy
        if self.add_button is not None and self.replace_button is not None and self.merge_button is not None:
            count = self.file_list.topLevelItemCount()
            self.add_button.setEnabled(idle)
            self.replace_button.setEnabled(idle and len(self.selected()) == 1)
            self.merge_button.setEnabled(idle and count > 1)
            self.file_list.setAcceptDrops(idle)
            self.setAcceptDrops(idle)

    # ------------------------------------------------------------ user actions
    def choose_files(self) -> None:
        if self.page.busy:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self, tr("Файлы документа «{title}»").format(title=tc(self.slot.title)), "", tr(FILE_FILTER)
        )
        if names:
            self.page.start_adding([Path(n) for n in names], self.key, self)

    def replace_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or self.page.busy:
            return
        self.page.replace_file(chosen[0], self)

    def merge_files(self) -> None:
        self.page.merge_files(self)

    def merge_candidates(self) -> list[AttachmentInfo]:
        """The selected files (if two or more) or all files, in the list order."""
        selected = self.file_list.attachments(selected_only=True)
        return selected if len(selected) >= 2 else self.file_list.attachments()

    def _signer_chosen(self) -> None:
        if self.signer_combo is not None:  # connected to the combo's «activated»
            self.select_signer(self.signer_combo.currentData())

    def select_signer(self, signatory_id: int | None) -> None:
        """The user's choice of who signed the document (saved at once)."""
        if signatory_id == self.page.state.signer_ids.get(self.key):
            return
        self.page.set_signer(self.key, signatory_id, self)

    def _date_committed(self) -> None:
        self.commit_date()

    def commit_date(self) -> bool:
        """Save the date shown if it is not the stored one. False when refused."""
        if self.date_edit is None:
            return True
        value = self.date_edit.value()
        if value == self.page.state.slot_state(self.key).doc_date:
            return True
        return self.page.set_date(self.key, value, self)
