"""Page «Документы»: the checklist of the subtask's confirming documents
(every slot but the links), one card per slot in the catalog's order. A
card shows the document's title, whether it is required (the instruction's
words in the tooltip), its ✔/✖ state from the core checklist and what is
missing, its files (added by the button or by dropping files on the card;
opened in the system's viewer under their own names — «Открыть», double
click, Enter; shown large in PreviewWindow; their kind — signed scan,
draft, supporting — changed by «Вид…»; replaced, removed to the history,
merged),
who signed it (only the people allowed to sign that document at the
organisation's level), its date (may be «не указана»; an anchor slot shows
the anchor date, the same value as in «Сроки»), and for a conditional
document «Не требуется» with the reasons the instruction allows. Files the
upgrade could not sort are shown first, under «Не распределено», each to
be moved into its document.

Every change is saved at once with the version the wizard read; after
another PC's change the page re-reads the subtask and says so.

Adding, merging and replacing read and write files, so they run as a
background job (ui/jobs.py): the worker opens its own store session and
touches no widget; the page shows a busy bar, disables its buttons and keeps
Next/Finish off until the result is back on the UI thread, and the wizard
refuses to close meanwhile (`busy_message`). A zoomable preview of the
selected file is shown beside the cards when the wizard is wide enough
(nearly half the page), else «Просмотр…» on the card opens the large one."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import datetime
from pathlib import Path
from typing import cast

import shiboken6
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import (
    QAction,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tbn4_desktop.core.attachments import AttachmentError
from tbn4_desktop.core.catalog import DocumentSlot
from tbn4_desktop.core.documents import DocumentError
from tbn4_desktop.core.tempfiles import temp_name
from tbn4_desktop.core.vocabulary import AttachmentRole, DocumentKind, SlotDate
from tbn4_desktop.i18n import N_, tc, tr, trn
from tbn4_desktop.services.checklist import (
    assign_attachment,
    set_slot_date,
    set_slot_signer,
    waive_slot,
)
from tbn4_desktop.services.executions import (
    AttachmentInfo,
    add_attachment,
    get_execution,
    merge_attachments,
    remove_attachment,
    replace_attachment,
    restore_attachment,
)
from tbn4_desktop.services.slot_records import allowed_roles, set_attachment_role
from tbn4_desktop.store_errors import (
    SUBTASK_RELOADED_MESSAGE,
    ConcurrentEditError,
    StoreError,
)
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.document_preview import (
    DocumentPreview,
    PreviewWindow,
    cached_page_count,
    count_pages_in_background,
)
from tbn4_desktop.ui.jobs import Job
from tbn4_desktop.ui.open_files import open_stored_file
from tbn4_desktop.ui.signature_dialog import SignatureDialog
from tbn4_desktop.ui.widgets import FieldError, wrapped
from tbn4_desktop.ui.wizard_pages.file_list import (
    DROP_HINT,
    FileDropList,
    attachment_of,
    local_files,
    role_for,
    signed_by,
)
from tbn4_desktop.ui.wizard_pages.slot_widgets import (
    MarkLabel,
    OptionalDateEdit,
    WaiveControl,
)
from tbn4_desktop.ui.wizard_pages.state import (
    WizardState,
    problem_text,
    requirement_text,
    roles_text,
    source_tooltip,
)

FILE_FILTER = N_(
    "Документы, сканы и подписи ЭЦП (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx *.cms "
    "*.sig *.p7s);;Все файлы (*)"
)
MERGED_NAME = (
    "Объединённый документ.pdf"  # i18n: ru-only — a stored file name, the same in the ISPU bundle whatever the language
)
#: The date's label beside its field, with its mnemonic.
DATE_LABELS = {
    SlotDate.SIGNED: N_("Д&ата подписания:"),
    SlotDate.APPROVED: N_("Д&ата утверждения:"),
    SlotDate.PUBLISHED: N_("Д&ата публикации:"),
    SlotDate.HELD: N_("Д&ата проведения:"),
    SlotDate.RECEIVED: N_("Д&ата поступления:"),
}
PREVIEW_MIN_WIDTH = 920  # the page is wide enough for a preview beside the cards (wizard ≈ 950 px)
PREVIEW_MIN_PANE = 300  # and for a preview pane at least this wide beside the cards' own width

# Jobs live here until they finish, even if the wizard is gone meanwhile.
_running: set[Job] = set()


def _bold(text: str, parent: QWidget) -> QLabel:
    label = wrapped(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _small(text: str, parent: QWidget) -> QLabel:
    label = wrapped(text, parent)
    label.setStyleSheet("color: #444444;")
    return label


def _button(text: str, name: str, parent: QWidget, tip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    if tip:
        button.setToolTip(tip)
    return button


class _FilesCard(QFrame):
    """What a slot card and «Не распределено» share: a title line, a file
    list with «Открыть» and «Убрать», and an error line."""

    def __init__(
        self,
        page: DocumentsPage,
        title: str,
        *,
        accepts_drops: bool,
        placeholder: str,
        slot: DocumentSlot | None = None,
    ):
        super().__init__(page.cards_host)
        self.page = page
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 6, 8, 6)
        self.layout_.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.title_label = _bold(title, self)
        self.mark = MarkLabel(self)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(head)
        self.file_list = FileDropList(self, accepts_drops=accepts_drops, placeholder=placeholder, slot=slot)
        self.file_list.setAccessibleName(tr("Файлы: {title}").format(title=title))
        self.file_list.itemSelectionChanged.connect(self.update_buttons)
        self.file_list.currentItemChanged.connect(lambda item, _prev: self._current_changed(item))
        self.file_list.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.open_button = _button(
            tr("&Открыть"),
            "openFileButton",
            self,
            tr("Открыть выбранный файл в программе просмотра Windows (двойной щелчок, Enter)"),
        )
        self.open_button.clicked.connect(self.open_selected)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.file_list,
            self.open_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.view_button = _button(
            tr("Прос&мотр…"),
            "viewFileButton",
            self,
            tr("Показать выбранный файл в большом окне с масштабом, чтобы проверить подпись"),
        )
        self.view_button.clicked.connect(lambda: self.page.enlarge(next(iter(self.selected()), None)))
        self.view_button.hide()  # shown while the preview beside the cards is not (a narrow wizard)
        self.kind_button = _button(
            tr("&Вид…"),
            "fileKindButton",
            self,
            tr(
                "Что это за файл: скан подписанного документа, проект без подписи или "
                "сопроводительный материал. Засчитывается только скан с подписью."
            ),
        )
        self.signature_button = _button(
            tr("&ЭЦП…"),
            "signatureButton",
            self,
            tr(
                "Сведения о подписи: кто подписал файл электронной цифровой подписью, "
                "каким сертификатом и что программа проверила"
            ),
        )
        self.signature_button.clicked.connect(lambda: self.page.show_signature(next(iter(self.selected()), None), self))
        self.signature_button.hide()  # shown on a card that holds a signature file
        # On the title line, not in the button row: the row sets the width
        # the cards need beside the preview, and must not grow with it.
        head.insertWidget(1, self.signature_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind_menu = QMenu(self.kind_button)
        self.kind_menu.aboutToShow.connect(self._fill_kind_menu)
        self.kind_button.setMenu(self.kind_menu)
        self.file_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.file_list.customContextMenuRequested.connect(self._context_menu)
        self.remove_button = _button(
            tr("&Убрать"), "removeFileButton", self, tr("Убрать выбранный файл (он останется в истории подзадачи)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = FieldError(self)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.file_list,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    def _current_changed(self, item: QTreeWidgetItem | None) -> None:
        self.update_buttons()
        self.page.preview_attachment(self.file_list.attachment(item))

    def selected(self) -> list[AttachmentInfo]:
        return self.file_list.chosen()

    def update_buttons(self) -> None:
        idle = not self.page.busy
        one = len(self.selected()) == 1
        self.open_button.setEnabled(idle and one)
        self.view_button.setEnabled(idle and one)
        self.kind_button.setEnabled(idle and one)
        self.remove_button.setEnabled(idle and bool(self.selected()))
        files = self.file_list.attachments()
        self.signature_button.setVisible(any(a.role is AttachmentRole.SIGNATURE for a in files))
        self.signature_button.setEnabled(one and bool(signed_by(self.selected()[0], files)))

    def open_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        self.error.set_message(self.page.open_file(chosen[0]))

    def _fill_kind_menu(self, menu: QMenu | None = None) -> None:
        """One checkable entry per kind the file's document allows."""
        menu = menu or self.kind_menu
        menu.clear()
        chosen = self.selected()
        if len(chosen) != 1:
            return
        a = chosen[0]
        state = self.page.state
        for role in allowed_roles(state.catalog, state.detail.info.subtask_code, a.slot_key, a.role):
            action = menu.addAction(role.label)
            action.setCheckable(True)
            action.setChecked(role is a.role)
            action.triggered.connect(lambda _checked=False, role=role, a=a: self.page.set_role(a, role, self))

    def _context_menu(self, pos) -> None:
        item = self.file_list.itemAt(pos)
        if item is None or self.page.busy:
            return
        if not item.isSelected():
            self.file_list.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(tr("Открыть"), self.open_selected)
        menu.addAction(tr("Просмотр крупно…"), lambda: self.page.enlarge(self.selected()[0]))
        if signed_by(attachment_of(item), self.file_list.attachments()):
            menu.addAction(tr("Сведения о подписи…"), lambda: self.page.show_signature(self.selected()[0], self))
        kinds = menu.addMenu(tr("Вид файла"))
        self._fill_kind_menu(kinds)
        menu.exec(self.file_list.viewport().mapToGlobal(pos))

    def remove_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.page.busy:
            return
        self.page.remove_file(chosen[0], self)


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
        self.warning_label.setText("\n".join(f"⚠ {w[:1].upper()}{w[1:]}." for w in slot_state.warnings))
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


class UnassignedCard(_FilesCard):
    """«Не распределено»: files of the subtask that belong to no document
    (from the upgrade of older data). Each is moved into its document."""

    def __init__(self, page: DocumentsPage):
        super().__init__(page, tr("Не распределено"), accepts_drops=False, placeholder="")
        self.setObjectName("unassignedCard")
        self.note = wrapped("", self)
        self.note.setObjectName("unassignedNote")
        self.note.setStyleSheet("color: #a4000f;")
        self.layout_.addWidget(self.note)
        self.layout_.addWidget(self.file_list)
        buttons = QHBoxLayout()
        self.assign_button = _button(
            tr("&В документ…"), "assignButton", self, tr("Отнести выбранный файл к документу подзадачи")
        )
        self.menu = QMenu(self.assign_button)
        for slot in page.state.file_slots:
            action = QAction(tc(slot.title), self.menu)
            action.setData(slot.key)
            action.triggered.connect(lambda _checked=False, key=slot.key: self.assign_selected(key))
            self.menu.addAction(action)
        self.assign_button.setMenu(self.menu)
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        self.kind_button.hide()  # a file outside any document has no kind to judge yet
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.error)

    def update_from(self, state: WizardState) -> list[tuple[str, Path, str]]:
        files = state.unassigned
        self.setVisible(bool(files))
        self.mark.set_mark("✖", tr("Разложите по документам"))
        if state.file_slots:
            self.note.setText(
                tr(
                    "Эти файлы ({count}) не отнесены ни к одному документу и не засчитываются. "
                    "Разложите их: выберите файл и нажмите «В документ…»."
                ).format(count=len(files))
            )
        else:
            self.note.setText(
                tr(
                    "К документам этой подзадачи файлы не прикладываются (нужны только ссылки); "
                    "эти файлы можно убрать в историю."
                )
            )
        uncounted = self.file_list.fill(files, state.ctx.blobs)
        self.update_buttons()
        return uncounted

    def update_buttons(self) -> None:
        super().update_buttons()
        self.assign_button.setEnabled(not self.page.busy and bool(self.selected()) and not self.menu.isEmpty())

    def assign_selected(self, slot_key: str) -> None:
        chosen = self.selected()
        if chosen:
            self.page.assign(chosen[0].id, slot_key, self)


class DocumentsPage(QWizardPage):
    scroll: QScrollArea  # type: ignore[assignment]  # hides QWidget.scroll(dx, dy), never called on it

    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("documentsPage")
        self.setTitle(tr("Документы"))
        self._job: Job | None = None
        self._job_card: _FilesCard | None = None
        self._job_clock = QElapsedTimer()
        self.last_job_ms = 0  # how long the last job took, in ms
        self.last_added = 0

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.scroll = QScrollArea(self.splitter)
        self.scroll.setObjectName("slotCards")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards_host = QWidget(self.scroll)
        column = QVBoxLayout(self.cards_host)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(8)
        self.unassigned_card = UnassignedCard(self)
        column.addWidget(self.unassigned_card)
        self.cards: dict[str, SlotCard] = {}
        for slot in state.document_slots:
            card = SlotCard(self, slot)
            self.cards[slot.key] = card
            column.addWidget(card)
        column.addLayout(self._history_section())
        column.addWidget(self.history_panel)
        column.addStretch(1)
        self.scroll.setWidget(self.cards_host)
        self.scroll.setMinimumWidth(self._cards_min_width())  # the splitter never clips a card
        self.preview = DocumentPreview(self.splitter)
        self.preview.set_actions(open_file=True, enlarge=True)
        self.preview.openRequested.connect(self._open_previewed)
        self.preview.enlargeRequested.connect(lambda: self.enlarge(self._previewed))
        self._previewed: AttachmentInfo | None = None
        self.preview_window: PreviewWindow | None = None
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.preview.hide()
        outer.addWidget(self.splitter, 1)

        self.error = FieldError(self)
        self.error.setObjectName("documentsError")
        outer.addWidget(self.error)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("documentsResult")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        outer.addWidget(self.result_label)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("documentsBusy")
        self.busy_bar.setAccessibleName(tr("Ход работы с файлами"))
        self.busy_bar.setTextVisible(True)
        self.busy_bar.hide()
        outer.addWidget(self.busy_bar)

    def _history_section(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.history_toggle = QToolButton(self.cards_host)
        self.history_toggle.setObjectName("historyToggle")
        self.history_toggle.setCheckable(True)
        self.history_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.history_toggle.setText(tr("&История"))
        self.history_toggle.toggled.connect(self._toggle_history)
        self.history_label = QLabel(self.cards_host)
        self.history_label.setToolTip(tr("Убранные файлы не удаляются: они хранятся в истории подзадачи"))
        row.addWidget(self.history_toggle)
        row.addWidget(self.history_label)
        row.addStretch(1)
        self.history_list = QTreeWidget(self.cards_host)
        self.history_list.setObjectName("historyList")
        self.history_list.setAccessibleName(tr("История файлов"))
        self.history_list.setColumnCount(3)
        self.history_list.setHeaderLabels([tr("Файл"), tr("Документ"), tr("Убран")])
        self.history_list.setRootIsDecorated(False)
        self.history_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.history_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.history_list.currentItemChanged.connect(lambda item, _prev: self._preview_history(item))
        self.history_list.itemSelectionChanged.connect(self.update_buttons)
        self.history_list.setFixedHeight(120)
        self.restore_button = _button(
            tr("Верну&ть"), "restoreButton", self.cards_host, tr("Вернуть выбранный файл из истории в его документ")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.history_panel = QWidget(self.cards_host)
        box = QHBoxLayout(self.history_panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.history_list, 1)
        box.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        self.history_panel.hide()
        return row

    # ------------------------------------------------------------ showing
    def initializePage(self) -> None:
        self.setSubTitle(
            tr("{heading}: файлы, подписант и дата каждого документа. Всё сохраняется сразу.").format(
                heading=self.state.heading
            )
        )
        self.refresh()

    def card(self, key: str) -> SlotCard:
        return self.cards[key]

    @property
    def file_cards(self) -> list[_FilesCard]:
        return [self.unassigned_card, *(c for c in self.cards.values() if c.slot.kind.takes_files)]

    def refresh(self) -> None:
        """Show the subtask as last read (every card, the history)."""
        uncounted: list[tuple[str, Path, str]] = []
        uncounted += self.unassigned_card.update_from(self.state)
        for card in self.cards.values():
            uncounted += card.update_from(self.state)
        if uncounted:
            count_pages_in_background(uncounted, self._pages_counted)
        history = self.state.detail.history
        self.history_list.clear()
        # A history entry is a removed file: its removed_at is set (get_execution).
        for a in sorted(history, key=lambda h: cast(datetime, h.removed_at), reverse=True):
            when = a.removed_at.astimezone().strftime("%d.%m.%Y %H:%M") if a.removed_at else ""
            item = QTreeWidgetItem([a.original_name, self.state.slot_title(a.slot_key), when])
            item.setData(0, Qt.ItemDataRole.UserRole, a)
            item.setToolTip(0, a.original_name)
            item.setToolTip(1, self.state.slot_title(a.slot_key))
            self.history_list.addTopLevelItem(item)
        self.history_label.setText(
            tr("убранных файлов: {count}").format(count=len(history)) if history else tr("убранных файлов нет")
        )
        self.history_toggle.setEnabled(bool(history))
        if not history:
            self.history_toggle.setChecked(False)
        self.update_buttons()

    def _pages_counted(self, counts: dict[str, int | None]) -> None:
        if not shiboken6.isValid(self):
            return
        for card in self.file_cards:
            card.file_list.pages_counted(counts)

    def _toggle_history(self, shown: bool) -> None:
        self.history_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.history_panel.setVisible(shown)
        if shown:
            self.scroll.ensureWidgetVisible(self.history_panel)

    def update_buttons(self) -> None:
        if self.busy:
            return  # every button stays off until the job is back
        for card in self.file_cards:
            card.update_buttons()
        self.restore_button.setEnabled(bool(self.history_list.selectedItems()))

    # ------------------------------------------------------------ preview
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        cards_min = self._cards_min_width()
        wide = self.width() >= max(PREVIEW_MIN_WIDTH, cards_min + PREVIEW_MIN_PANE)
        if wide == self.preview.isHidden():
            self.preview.setVisible(wide)
            for card in self.cards.values():
                card.view_button.setVisible(not wide and card.slot.kind.takes_files)
            if wide:
                # Nearly half the page for the preview when there is room: a scan is read
                # there; the cards keep room for a signer's full name.
                total = self.splitter.width()
                cards = max(int(total * 0.55), min(cards_min, total - PREVIEW_MIN_PANE))
                self.splitter.setSizes([cards, total - cards])
                self._preview_current()

    def _cards_min_width(self) -> int:
        """The width the cards need (their button row, the widest) without
        clipping, beside the preview: without «Просмотр…», which goes with it."""
        width = self.cards_host.minimumSizeHint().width()
        shown = [c.view_button for c in self.cards.values() if not c.view_button.isHidden()]
        if shown:
            width -= shown[0].sizeHint().width() + 6
        return width + self.scroll.verticalScrollBar().sizeHint().width() + 4

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.preview.isHidden() and self.preview.file is None:
            self._preview_current()

    def _preview_current(self) -> None:
        for card in self.file_cards:
            a = card.file_list.attachment(card.file_list.currentItem())
            if a is not None:
                self.preview_attachment(a)
                return

    def preview_attachment(self, a: AttachmentInfo | None, *, history: bool = False) -> None:
        if a is None:
            return
        name = tr("{name} (из истории)").format(name=a.original_name) if history else a.original_name
        path = self.state.ctx.blobs.path_of(a.sha256)
        window = self.preview_window
        if window is not None and shiboken6.isValid(window) and window.isVisible():
            window.show_file(a.sha256, path, a.media_type, name)  # the big window follows the choice
        if self.preview.isHidden():
            return
        self._previewed = a
        self.preview.show_file(a.sha256, path, a.media_type, name)

    def _open_previewed(self) -> None:
        if self._previewed is not None:
            self.error.set_message(self.open_file(self._previewed))

    def open_file(self, a: AttachmentInfo) -> str | None:
        """Open a file in the system's viewer under its original name; the
        Russian reason when it could not be."""
        ctx = self.state.ctx
        return open_stored_file(ctx.blobs, a, ctx.data_dir)

    def enlarge(self, a: AttachmentInfo | None) -> PreviewWindow | None:
        """Show a file in the large preview window (one per wizard)."""
        if a is None:
            return None
        window = self.preview_window
        if window is None or not shiboken6.isValid(window):
            window = self.preview_window = PreviewWindow(self.window())
            wizard = self.wizard()
            if wizard is not None:  # the large preview belongs to this wizard: it closes with it
                wizard.finished.connect(window.close)
        page = self.preview.page if self._previewed is not None and self._previewed.sha256 == a.sha256 else 0
        window.show_file(a.sha256, self.state.ctx.blobs.path_of(a.sha256), a.media_type, a.original_name, page)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_signature(self, a: AttachmentInfo | None, card: _FilesCard | None = None) -> SignatureDialog | None:
        """«Сведения о подписи» of a signature file, or of the signatures of
        a signed document (one after another), checked now."""
        from tbn4_desktop.core.esign.cms import SignatureError
        from tbn4_desktop.core.esign.report import report_lines
        from tbn4_desktop.services.signatures import signature_report

        if a is None:
            return None
        files = self.state.detail.attachments
        signatures = (
            [a]
            if a.role is AttachmentRole.SIGNATURE
            else [s for s in files if s.role is AttachmentRole.SIGNATURE and s.signs_sha256 == a.sha256]
        )
        if not signatures:
            return None
        lines: list[str] = []
        ctx = self.state.ctx
        for signature in signatures:
            try:
                report = signature_report(ctx.blobs, signature.sha256, signature.signs_sha256, ctx.data_dir)
            except (SignatureError, OSError) as exc:
                message = tr("Сведения о подписи «{name}» не читаются: {reason}").format(
                    name=signature.original_name, reason=getattr(exc, "strerror", None) or exc
                )
                (card.error if card is not None else self.error).set_message(message)
                return None
            text = report_lines(report)
            lines.extend(text if not lines else ["", *text[2:]])
        document = next(
            (
                d.original_name
                for d in files
                if d.sha256 == signatures[0].signs_sha256 and d.role is not AttachmentRole.SIGNATURE
            ),
            None,
        )
        dialog = SignatureDialog(self, signatures[0].original_name, document, lines)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def set_role(self, a: AttachmentInfo, role: AttachmentRole, card: _FilesCard | None = None) -> bool:
        """Change what a file is (signed scan, draft, supporting file)."""
        if role is a.role:
            return True
        catalog = self.state.catalog
        message = self.state.write(
            lambda session, version: set_attachment_role(session, catalog, a.id, role, expected_version=version)
        )
        self._after_write(
            message,
            card,
            "" if message else tr("Вид файла «{name}»: {kind}.").format(name=a.original_name, kind=role.label.lower()),
        )
        return message is None

    def _preview_history(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.preview_attachment(item.data(0, Qt.ItemDataRole.UserRole), history=True)

    # ---------------------------------------------------------------- jobs
    @property
    def busy(self) -> bool:
        return self._job is not None

    def busy_message(self) -> str:
        """Why the wizard may not close now (empty when it may)."""
        return tr("Подождите: файлы ещё сохраняются в подзадачу.") if self.busy else ""

    def isComplete(self) -> bool:
        return not self.busy and super().isComplete()

    def _run(self, text: str, card: _FilesCard, work, done) -> bool:
        """Run `work(progress)` on a pool thread (files and its own store
        session only) and `done(result)` back on the UI thread. False when
        another job is still running."""
        if self._job is not None:
            return False
        job = Job(lambda progress, _cancelled: work(progress))  # no parent: see document_preview
        _running.add(job)
        self._job = job
        self._job_card = card
        self._job_clock.start()
        self._set_busy(text)
        job.signals.progress.connect(lambda done_, total, name: self._progress(job, done_, total, name))
        job.signals.succeeded.connect(lambda result: self._job_result(job, done, result))
        job.signals.failed.connect(lambda exc, details: self._job_failed(job, exc, details))
        job.signals.finished.connect(lambda: _running.discard(job))
        job.start()
        return True

    def _set_busy(self, text: str | None) -> None:
        busy = text is not None
        for card in self.file_cards:
            for button in card.findChildren(QPushButton):
                if button is not getattr(card, "signers_button", None):
                    button.setEnabled(not busy)
            card.file_list.setAcceptDrops(not busy and card is not self.unassigned_card)
            card.setAcceptDrops(not busy and card is not self.unassigned_card)
        self.restore_button.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None:  # closing is refused meanwhile anyway (SubtaskWizard.reject)
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        if text is not None:  # busy
            self.busy_bar.setRange(0, 0)  # indeterminate until the first progress report
            self.busy_bar.setFormat(text)
            self.busy_bar.show()
        else:
            self.busy_bar.hide()
            self.update_buttons()
        self.completeChanged.emit()

    def _progress(self, job: Job, done: int, total: int, name: str) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return
        self.busy_bar.setRange(0, max(total, 1))
        self.busy_bar.setValue(done)
        self.busy_bar.setFormat(
            tr("Файл {number} из {total}: {name}").format(number=done + 1, total=total, name=name)
            if total > 1
            else tr("Сохраняется «{name}»…").format(name=name)
        )

    def _job_result(self, job: Job, done, result) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return  # the wizard is gone: the worker has stored and committed the files anyway
        self._end_job()
        done(result)

    def _job_failed(self, job: Job, exc: BaseException, details: str) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return
        card = self._job_card
        self._end_job()
        target = card.error if card is not None else self.error
        if isinstance(exc, ConcurrentEditError):  # another PC changed the subtask: re-read below
            self.error.set_message(tr(SUBTASK_RELOADED_MESSAGE))
        elif isinstance(exc, (AttachmentError, DocumentError, StoreError)):
            target.set_message(str(exc))
        else:
            errors.show_error(
                self,
                tr(
                    "Не удалось сохранить файлы подзадачи. Повторите действие; если ошибка "
                    "повторится, передайте журнал администратору."
                ),
                details,
            )
        # What the store holds now; the message above already says when it is unreachable.
        with contextlib.suppress(StoreError):
            self._changed()

    def _end_job(self) -> None:
        self.last_job_ms = self._job_clock.elapsed()
        self._job = None
        self._job_card = None
        self._set_busy(None)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Scripts and tests: let the event loop run until the job is back."""
        clock = QElapsedTimer()
        clock.start()
        while (job := self._job) is not None and clock.elapsed() < timeout_ms:
            job.wait(0.005)
            QApplication.processEvents()
        QApplication.processEvents()
        return not self.busy

    def _changed(self, result: str = "") -> None:
        self.state.attachments_changed = True
        self.state.reload()
        self.refresh()
        self.result_label.setText(result)
        self.result_label.setVisible(bool(result))

    # ---------------------------------------------------------------- files
    def start_adding(
        self, paths: list[Path], slot_key: str, card: SlotCard | None = None, onto: int | None = None
    ) -> bool:
        """Attach files to a slot one by one in a background job (the file
        dialog and drops come here). The parts of a «Карточка электронного
        документа» come after it, signatures after documents; `onto`: the file
        a signature was dropped on. False when another job is still running."""
        paths = [Path(p) for p in paths]
        card = card or self.cards[slot_key]
        if not paths:
            return False
        if self.busy:
            card.error.set_message(self.busy_message())
            return False
        card.error.set_message(None)
        self.error.set_message(None)
        role = role_for(card.slot)
        ctx, execution_id = self.state.ctx, self.state.execution_id
        version = self.state.detail.info.version

        def work(progress) -> tuple[list[int], list[str]]:
            # Here, not at the top: the signature code loads asn1crypto and
            # cryptography, which the window does not need to open.
            from tbn4_desktop.services.signatures import with_card_parts

            nonlocal version
            refused: list[str] = []
            added: list[int] = []
            ctx.blobs.root.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(prefix=temp_name("card") + "-", dir=ctx.blobs.root) as folder:
                incoming, notes = with_card_parts(paths, role, Path(folder), ctx.settings.max_attachment_bytes)
                refused.extend(notes)
                for n, item in enumerate(incoming):
                    progress(n, len(incoming), item.path.name)
                    try:
                        with ctx.store.session() as session:
                            info = add_attachment(
                                session,
                                ctx.blobs,
                                execution_id,
                                item.path,
                                item.role,
                                max_bytes=ctx.settings.max_attachment_bytes,
                                check_pages=True,
                                expected_version=version,
                                slot_key=slot_key,
                                signs_attachment_id=onto,
                            )
                            version = get_execution(session, execution_id).info.version  # this add bumped it
                        added.append(info.id)
                        # Count the pages here, so the list never counts a big PDF on the UI thread.
                        cached_page_count(info.sha256, ctx.blobs.path_of(info.sha256), info.media_type)
                    except AttachmentError as exc:
                        refused.append(
                            str(exc)
                            if not item.card
                            else tr("Из карточки «{card}»: {reason}").format(card=item.card, reason=exc)
                        )
            return added, refused

        def done(result: tuple[list[int], list[str]]) -> None:
            added, refused = result
            self.last_added = len(added)
            if added:
                self._changed()
                card.file_list.select_id(added[-1])  # show the file just added
            card.error.set_message("\n".join(refused) if refused else None)

        return self._run(tr("Сохранение файлов…"), card, work, done)

    def add_files(self, paths: list[Path], slot_key: str | None = None) -> int:
        """Attach files to a slot (default: the first that takes files) and
        wait for the job (scripts, tests); returns how many were added."""
        key = slot_key or self.state.file_slots[0].key
        self.last_added = 0
        if not self.start_adding(paths, key):
            return 0
        self.wait_idle()
        return self.last_added

    def remove_file(self, a: AttachmentInfo, card: _FilesCard) -> None:
        if not errors.confirm(
            self,
            tr("Убрать файл «{name}» из подзадачи?").format(name=a.original_name),
            tr("Файл не удаляется: он перейдёт в историю подзадачи и сохранится в папке данных."),
            yes_text=tr("Убрать"),
        ):
            return
        message = self.state.write(lambda session, version: remove_attachment(session, a.id, expected_version=version))
        self._after_write(message, card)

    def replace_file(self, old: AttachmentInfo, card: SlotCard) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Чем заменить «{name}»").format(name=old.original_name), "", tr(FILE_FILTER)
        )
        if not name:
            return
        new = Path(name)
        if not errors.confirm(
            self,
            tr("Заменить «{old}» файлом «{new}»?").format(old=old.original_name, new=new.name),
            tr("Прежний файл не удаляется: он перейдёт в историю подзадачи."),
            yes_text=tr("Заменить"),
        ):
            return
        ctx = self.state.ctx
        version = self.state.detail.info.version

        def work(progress):
            progress(0, 1, new.name)
            try:
                with ctx.store.session() as session:
                    info = replace_attachment(
                        session,
                        ctx.blobs,
                        old.id,
                        new,
                        max_bytes=ctx.settings.max_attachment_bytes,
                        check_pages=True,
                        expected_version=version,
                    )
            except AttachmentError as exc:
                return str(exc)
            cached_page_count(info.sha256, ctx.blobs.path_of(info.sha256), info.media_type)
            return None

        def done(refused: str | None) -> None:
            if refused:
                card.error.set_message(refused)
                return
            card.error.set_message(None)
            self._changed(tr("Файл «{old}» заменён файлом «{new}».").format(old=old.original_name, new=new.name))

        if not self._run(tr("Замена файла…"), card, work, done):
            card.error.set_message(self.busy_message())

    def merge_files(self, card: SlotCard) -> None:
        files = card.merge_candidates()
        if len(files) < 2:
            card.error.set_message(tr("Для объединения нужно не меньше двух файлов."))
            return
        order = "\n".join(f"{n}. {a.original_name}" for n, a in enumerate(files, 1))
        if not errors.confirm(
            self,
            trn("Объединить %n файл в один PDF в этом порядке?", len(files)),
            order + "\n\n" + tr("Исходные файлы перейдут в историю подзадачи."),
            yes_text=tr("Объединить"),
        ):
            return
        ids = [a.id for a in files]
        role = files[0].role
        ctx, execution_id, count = self.state.ctx, self.state.execution_id, len(files)
        version = self.state.detail.info.version

        def work(progress):
            progress(0, 1, MERGED_NAME)
            with ctx.store.session() as session:
                merged = merge_attachments(
                    session,
                    ctx.blobs,
                    execution_id,
                    ids,
                    role,
                    MERGED_NAME,
                    max_bytes=ctx.settings.max_attachment_bytes,
                    expected_version=version,
                )
            return merged, cached_page_count(merged.sha256, ctx.blobs.path_of(merged.sha256), merged.media_type)

        def done(result) -> None:
            merged, pages = result
            card.error.set_message(None)
            self._changed(
                trn("Создан «{name}»: {pages} стр. из %n файла. Исходные файлы — в истории.", count).format(
                    name=merged.original_name, pages=pages
                )
            )
            card.file_list.select_id(merged.id)

        if not self._run(tr("Объединение в один PDF…"), card, work, done):
            card.error.set_message(self.busy_message())

    def restore_selected(self) -> None:
        items = self.history_list.selectedItems()
        if not items or self.busy:
            return
        a: AttachmentInfo = items[0].data(0, Qt.ItemDataRole.UserRole)
        message = self.state.write(lambda session, version: restore_attachment(session, a.id, expected_version=version))
        self._after_write(
            message, None, "" if message else tr("Файл «{name}» возвращён в подзадачу.").format(name=a.original_name)
        )

    def assign(self, attachment_id: int, slot_key: str, card: _FilesCard | None = None) -> bool:
        """Move a file into a slot («В документ…»)."""
        catalog = self.state.catalog
        message = self.state.write(
            lambda session, version: assign_attachment(
                session, catalog, attachment_id, slot_key, expected_version=version
            )
        )
        self._after_write(
            message,
            card or self.unassigned_card,
            "" if message else tr("Файл отнесён к документу «{title}».").format(title=self.state.slot_title(slot_key)),
        )
        return message is None

    # ------------------------------------------------------------ signer, date, waiver
    def set_signer(self, slot_key: str, signatory_id: int | None, card: SlotCard | None = None) -> bool:
        catalog, execution_id = self.state.catalog, self.state.execution_id
        message = self.state.write(
            lambda session, version: set_slot_signer(
                session, catalog, execution_id, slot_key, signatory_id, expected_version=version
            )
        )
        self._after_write(message, card or self.cards[slot_key])
        return message is None

    def set_date(self, slot_key: str, day, card: SlotCard | None = None) -> bool:
        catalog, execution_id = self.state.catalog, self.state.execution_id
        message = self.state.write(
            lambda session, version: set_slot_date(
                session, catalog, execution_id, slot_key, day, expected_version=version
            )
        )
        self._after_write(message, card or self.cards[slot_key])
        return message is None

    def waive(self, slot_key: str, reason: str | None, card: SlotCard | None = None) -> bool:
        catalog, execution_id = self.state.catalog, self.state.execution_id
        message = self.state.write(
            lambda session, version: waive_slot(
                session, catalog, execution_id, slot_key, reason, expected_version=version
            )
        )
        self._after_write(message, card or self.cards[slot_key])
        return message is None

    def _after_write(self, message: str | None, card: _FilesCard | None, result: str = "") -> None:
        self.refresh()
        self.result_label.setText(result)
        self.result_label.setVisible(bool(result))
        if message == tr(SUBTASK_RELOADED_MESSAGE) or card is None:
            self.error.set_message(message)
        else:
            self.error.set_message(None)
            card.error.set_message(message)

    def commit_dates(self) -> bool:
        """Save every date typed but not yet saved (leaving the page, Cancel, Finish)."""
        results = [card.commit_date() for card in self.cards.values()]  # every card, even after a refusal
        return all(results)

    def edit_signatories(self):
        """Open «Организация и подписанты»; refill the signer lists when it
        closes. The level is not changed from here: it decides which
        subtasks apply."""
        from tbn4_desktop.ui.organization_dialog import OrganizationDialog

        dialog = OrganizationDialog(
            self.state.ctx, self.state.organization.id, self, catalog=self.state.catalog, allow_level_change=False
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh_signatories())
        dialog.open()
        return dialog

    def refresh_signatories(self) -> None:
        self.state.reload_signatories()
        self.refresh()

    def validatePage(self) -> bool:
        return self.commit_dates()

    def show_error(self, message: str) -> None:
        self.error.set_message(message)
