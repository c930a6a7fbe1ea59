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
(nearly half the page), else «Просмотр…» on the card opens the large one.

This module holds the page itself (its layout, the history, the preview, the
writes saved at once); the cards are files_card.py and slot_card.py, the
background file jobs documents_jobs.py (FileJobsPage, the page's base class),
«Сведения о подписи» documents_signature.py."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import cast

import shiboken6
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.checklist import (
    assign_attachment,
    set_slot_date,
    set_slot_signer,
    waive_slot,
)
from tbn4_desktop.services.executions import (
    AttachmentInfo,
    remove_attachment,
    restore_attachment,
)
from tbn4_desktop.services.slot_records import set_attachment_role
from tbn4_desktop.store_errors import SUBTASK_RELOADED_MESSAGE
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.document_preview import (
    DocumentPreview,
    PreviewWindow,
    count_pages_in_background,
)
from tbn4_desktop.ui.jobs import Job
from tbn4_desktop.ui.open_files import open_stored_file
from tbn4_desktop.ui.signature_dialog import SignatureDialog
from tbn4_desktop.ui.widgets import FieldError
from tbn4_desktop.ui.wizard_pages.documents_jobs import MERGED_NAME as MERGED_NAME
from tbn4_desktop.ui.wizard_pages.documents_jobs import FileJobsPage
from tbn4_desktop.ui.wizard_pages.documents_signature import open_signature_dialog
from tbn4_desktop.ui.wizard_pages.files_card import FILE_FILTER as FILE_FILTER
from tbn4_desktop.ui.wizard_pages.files_card import UnassignedCard as UnassignedCard
from tbn4_desktop.ui.wizard_pages.files_card import _button
from tbn4_desktop.ui.wizard_pages.files_card import _FilesCard as _FilesCard
from tbn4_desktop.ui.wizard_pages.slot_card import DATE_LABELS as DATE_LABELS
from tbn4_desktop.ui.wizard_pages.slot_card import SlotCard as SlotCard
from tbn4_desktop.ui.wizard_pages.state import WizardState

PREVIEW_MIN_WIDTH = 920  # the page is wide enough for a preview beside the cards (wizard ≈ 950 px)
PREVIEW_MIN_PANE = 300  # and for a preview pane at least this wide beside the cards' own width


class DocumentsPage(FileJobsPage):
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
        a signed document (one after another), checked now (documents_signature.py)."""
        return open_signature_dialog(self, a, card)

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
            "" if message else tr("Вид файла «{name}»: {kind}.").format(name=a.original_name, kind=role.in_sentence),
        )
        return message is None

    def _preview_history(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.preview_attachment(item.data(0, Qt.ItemDataRole.UserRole), history=True)

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
