"""The cards of the documents page that hold files: what every card shares
(_FilesCard: a title line with the ✔/✖ mark, a file list with «Открыть»,
«Просмотр…», «Вид…», «ЭЦП…» and «Убрать», an error line) and «Не
распределено» (UnassignedCard: files the upgrade could not sort, each moved
into its document). Apart from documents.py so the page module holds the page;
a slot's own card (signer, date, waiver) is slot_card.py. The cards touch no
store: every action goes through the page (DocumentsPage)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import DocumentSlot
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.executions import AttachmentInfo
from tbn4_desktop.services.slot_records import allowed_roles
from tbn4_desktop.ui.widgets import FieldError, wrapped
from tbn4_desktop.ui.wizard_pages.file_list import FileDropList, attachment_of, signed_by
from tbn4_desktop.ui.wizard_pages.slot_widgets import MarkLabel
from tbn4_desktop.ui.wizard_pages.state import WizardState

if TYPE_CHECKING:
    from tbn4_desktop.ui.wizard_pages.documents import DocumentsPage

FILE_FILTER = N_(
    "Документы, сканы и подписи ЭЦП (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx *.cms "
    "*.sig *.p7s);;Все файлы (*)"
)


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
