"""Page 2 «Документы»: attach signed scans by the file dialog or by
dragging files onto the list. Each file is checked by the service (type by
content, size); a refused file is not added and its message is shown. A
removed file goes to the history, never deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tbn4_desktop.core.attachments import AttachmentError
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.services.executions import add_attachment, remove_attachment
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.formatting import format_size, media_label
from tbn4_desktop.ui.widgets import FieldError, wrapped
from tbn4_desktop.ui.wizard_pages.state import WizardState

FILE_FILTER = ("Документы и сканы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.xlsx);;"
               "Все файлы (*)")


def local_files(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class FileDropList(QTreeWidget):
    """The list of attached files; local files dropped on it are emitted."""

    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self.setAccessibleName("Приложенные файлы")
        self.setColumnCount(4)
        self.setHeaderLabels(["Файл", "Размер", "Тип", "Вид"])
        self.setRootIsDecorated(False)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(files)


class DocumentsPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("documentsPage")
        self.setTitle("Документы")
        self.setSubTitle("Приложите сканы подписанных подтверждающих документов (PDF, JPEG, PNG, TIFF) "
                         "или файлы DOCX/XLSX.")
        layout = QVBoxLayout(self)
        role_row = QHBoxLayout()
        role_label = QLabel("&Что прикладываете:", self)
        self.role_combo = QComboBox(self)
        for role in AttachmentRole:
            self.role_combo.addItem(role.label, role.value)
        role_label.setBuddy(self.role_combo)
        role_row.addWidget(role_label)
        role_row.addWidget(self.role_combo)
        role_row.addStretch(1)
        layout.addLayout(role_row)

        self.file_list = FileDropList(self)
        self.file_list.filesDropped.connect(self.add_files)
        self.file_list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.file_list, 1)
        self.drop_hint = wrapped("Перетащите файлы в список мышью или нажмите «Добавить файлы…». "
                                 "Тип файла проверяется по содержимому, а не по расширению.", self)
        layout.addWidget(self.drop_hint)
        self.error = FieldError(self)
        self.error.setObjectName("documentsError")
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.add_button = QPushButton("&Добавить файлы…", self)
        self.add_button.setObjectName("addFilesButton")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton("&Убрать", self)
        self.remove_button.setObjectName("removeFileButton")
        self.remove_button.setToolTip("Убрать выбранный файл (он останется в истории)")
        self.remove_button.clicked.connect(self.remove_selected)
        self.history_label = QLabel(self)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_label)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.file_list, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        detail = self.state.detail
        self.file_list.clear()
        for a in detail.attachments:
            item = QTreeWidgetItem([a.original_name, format_size(a.size), media_label(a.media_type), a.role.label])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip(0, a.original_name)
            self.file_list.addTopLevelItem(item)
        self.history_label.setText(f"В истории: {len(detail.history)}" if detail.history else "")
        self.history_label.setToolTip("Убранные файлы не удаляются: они хранятся в истории подзадачи")
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.file_list.selectedItems()))

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Выберите сканы подписанных документов", "", FILE_FILTER)
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> int:
        """Attach files one by one; returns how many were added."""
        role = AttachmentRole(self.role_combo.currentData())
        refused: list[str] = []
        added = 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in paths:
                try:
                    with self.state.ctx.store.session() as session:
                        add_attachment(session, self.state.ctx.blobs, self.state.execution_id, path, role,
                                       max_bytes=self.state.ctx.settings.max_attachment_bytes)
                    added += 1
                except AttachmentError as exc:
                    refused.append(str(exc))
        finally:
            QApplication.restoreOverrideCursor()
        if added:
            self.state.attachments_changed = True
            self.state.reload()
            self.refresh()
        self.error.set_message("\n".join(refused) if refused else None)
        return added

    def remove_selected(self) -> None:
        items = self.file_list.selectedItems()
        if not items:
            return
        item = items[0]
        name = item.text(0)
        if not errors.confirm(self, f"Убрать файл «{name}» из подзадачи?",
                              "Файл не удаляется: он перейдёт в историю подзадачи и сохранится в папке данных.",
                              yes_text="Убрать"):
            return
        with self.state.ctx.store.session() as session:
            remove_attachment(session, int(item.data(0, Qt.ItemDataRole.UserRole)))
        self.state.attachments_changed = True
        self.state.reload()
        self.refresh()
        self.error.set_message(None)

    def show_error(self, message: str) -> None:
        self.error.set_message(message)
