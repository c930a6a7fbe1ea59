"""Page 2 «Документы»: attach signed scans by the file dialog or by
dragging files onto the list. Each file is checked by the service (type by
content, size, pages that open); a refused file is not added and its message
is shown. A removed file goes to the history, never deleted.

Adding, merging and replacing read and write files, so they run as a
background job (ui/jobs.py): the worker opens its own store session and
touches no widget; the page shows a busy bar, disables its buttons and keeps
Next/Finish off until the result is back on the UI thread, and the wizard
refuses to close meanwhile (`busy_message`)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QElapsedTimer, Qt, Signal
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
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tbn4_desktop.core.attachments import AttachmentError
from tbn4_desktop.core.documents import DocumentError
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.services.executions import (
    add_attachment,
    get_execution,
    merge_attachments,
    remove_attachment,
    replace_attachment,
    restore_attachment,
)
from tbn4_desktop.store_errors import SUBTASK_RELOADED_MESSAGE, ConcurrentEditError, StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.document_preview import (
    DocumentPreview,
    cached_page_count,
    count_pages_in_background,
    known_page_count,
)
from tbn4_desktop.ui.formatting import format_size, media_label
from tbn4_desktop.ui.jobs import Job
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
        self.setColumnCount(5)
        self.setHeaderLabels(["Файл", "Размер", "Тип", "Вид", "Стр."])
        self.setRootIsDecorated(False)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
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


MERGED_NAME = "Объединённый документ.pdf"

# Jobs live here until they finish, even if the wizard is gone meanwhile.
_running: set[Job] = set()


def _pages_text(count: int | None) -> str:
    return str(count) if count else "—"


class DocumentsPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("documentsPage")
        self.setTitle("Документы")
        self.setSubTitle("Приложите сканы подписанных подтверждающих документов (PDF, JPEG, PNG, TIFF) "
                         "или файлы DOCX/XLSX.")
        outer = QVBoxLayout(self)
        role_row = QHBoxLayout()
        role_label = QLabel("&Что прикладываете:", self)
        self.role_combo = QComboBox(self)
        for role in AttachmentRole:
            self.role_combo.addItem(role.label, role.value)
        role_label.setBuddy(self.role_combo)
        role_row.addWidget(role_label)
        role_row.addWidget(self.role_combo)
        role_row.addStretch(1)
        outer.addLayout(role_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        self.file_list = FileDropList(left)
        self.file_list.filesDropped.connect(self.start_adding)
        self.file_list.itemSelectionChanged.connect(self._selection_changed)
        self.file_list.currentItemChanged.connect(lambda *_: self._preview_item(self.file_list.currentItem()))
        layout.addWidget(self.file_list, 1)
        self.drop_hint = wrapped("Перетащите файлы в список мышью или нажмите «Добавить файлы…». "
                                 "Тип файла проверяется по содержимому, а не по расширению.", left)
        layout.addWidget(self.drop_hint)
        self.error = FieldError(left)
        self.error.setObjectName("documentsError")
        layout.addWidget(self.error)
        self.result_label = QLabel(left)
        self.result_label.setObjectName("documentsResult")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.busy_bar = QProgressBar(left)
        self.busy_bar.setObjectName("documentsBusy")
        self.busy_bar.setAccessibleName("Ход работы с файлами")
        self.busy_bar.setTextVisible(True)
        self.busy_bar.hide()
        layout.addWidget(self.busy_bar)
        self._job: Job | None = None
        self._job_clock = QElapsedTimer()
        self.last_job_ms = 0            # how long the last job took, in ms
        self.last_added = 0

        buttons = QHBoxLayout()
        self.add_button = QPushButton("&Добавить файлы…", left)
        self.add_button.setObjectName("addFilesButton")
        self.add_button.clicked.connect(self.choose_files)
        self.replace_button = QPushButton("&Заменить…", left)
        self.replace_button.setObjectName("replaceFileButton")
        self.replace_button.setToolTip("Заменить выбранный файл другим (прежний останется в истории)")
        self.replace_button.clicked.connect(self.replace_selected)
        self.remove_button = QPushButton("&Убрать", left)
        self.remove_button.setObjectName("removeFileButton")
        self.remove_button.setToolTip("Убрать выбранный файл (он останется в истории)")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        order = QHBoxLayout()
        self.up_button = QPushButton("▲ В&ыше", left)
        self.up_button.setObjectName("moveUpButton")
        self.up_button.setToolTip("Переместить файл выше (порядок страниц при объединении)")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton("▼ Ни&же", left)
        self.down_button.setObjectName("moveDownButton")
        self.down_button.setToolTip("Переместить файл ниже (порядок страниц при объединении)")
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.merge_button = QPushButton("&Объединить в один PDF…", left)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setToolTip("Объединить выбранные файлы (или все, если выбран один) в порядке списка; "
                                     "исходные файлы перейдут в историю")
        self.merge_button.clicked.connect(self.merge_files)
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        order.addWidget(self.merge_button)
        layout.addLayout(order)

        history_row = QHBoxLayout()
        self.history_toggle = QToolButton(left)
        self.history_toggle.setObjectName("historyToggle")
        self.history_toggle.setCheckable(True)
        self.history_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.history_toggle.toggled.connect(self._toggle_history)
        self.history_label = QLabel(left)
        history_row.addWidget(self.history_toggle)
        history_row.addWidget(self.history_label)
        history_row.addStretch(1)
        layout.addLayout(history_row)
        self.history_list = QTreeWidget(left)
        self.history_list.setObjectName("historyList")
        self.history_list.setAccessibleName("История файлов")
        self.history_list.setColumnCount(2)
        self.history_list.setHeaderLabels(["Файл", "Убран"])
        self.history_list.setRootIsDecorated(False)
        self.history_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.history_list.header().setStretchLastSection(False)
        self.history_list.currentItemChanged.connect(lambda item, _prev: self._preview_item(item, history=True))
        self.history_list.itemSelectionChanged.connect(self._selection_changed)
        self.history_list.setMaximumHeight(150)
        self.restore_button = QPushButton("&Вернуть", left)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip("Вернуть выбранный файл из истории в подзадачу")
        self.restore_button.clicked.connect(self.restore_selected)
        history_box = QHBoxLayout()
        history_box.addWidget(self.history_list, 1)
        history_box.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        self.history_panel = QWidget(left)
        self.history_panel.setLayout(history_box)
        history_box.setContentsMargins(0, 0, 0, 0)
        self.history_panel.hide()
        layout.addWidget(self.history_panel)

        self.preview = DocumentPreview(self.splitter)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.file_list, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Alt+Up"), self.file_list, lambda: self.move_current(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Alt+Down"), self.file_list, lambda: self.move_current(1),
                  context=Qt.ShortcutContext.WidgetShortcut)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        detail = self.state.detail
        blobs = self.state.ctx.blobs
        self.file_list.clear()
        uncounted = []
        for a in detail.attachments:
            # A big PDF is never parsed on the UI thread: «…» until its count is back.
            known, count = known_page_count(a.sha256)
            if not known:
                uncounted.append((a.sha256, blobs.path_of(a.sha256), a.media_type))
            item = QTreeWidgetItem([a.original_name, format_size(a.size), media_label(a.media_type), a.role.label,
                                    _pages_text(count) if known else "…"])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setData(1, Qt.ItemDataRole.UserRole, a)
            item.setToolTip(0, a.original_name)
            self.file_list.addTopLevelItem(item)
        if uncounted:
            count_pages_in_background(uncounted, self._pages_counted)
        self.history_list.clear()
        for a in sorted(detail.history, key=lambda h: h.removed_at, reverse=True):
            when = a.removed_at.astimezone().strftime("%d.%m.%Y %H:%M") if a.removed_at else ""
            item = QTreeWidgetItem([a.original_name, when])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setData(1, Qt.ItemDataRole.UserRole, a)
            self.history_list.addTopLevelItem(item)
        self.history_label.setText(f"В истории: {len(detail.history)}" if detail.history else "")
        self.history_label.setToolTip("Убранные файлы не удаляются: они хранятся в истории подзадачи")
        self.history_toggle.setText("История")
        self.history_toggle.setEnabled(bool(detail.history))
        if not detail.history:
            self.history_toggle.setChecked(False)
        if self.file_list.topLevelItemCount():
            self.file_list.setCurrentItem(self.file_list.topLevelItem(0))
        else:
            self.preview.clear()
        self._selection_changed()

    def _pages_counted(self, counts: dict[str, int | None]) -> None:
        if not shiboken6.isValid(self):
            return
        for i in range(self.file_list.topLevelItemCount()):
            item = self.file_list.topLevelItem(i)
            sha256 = item.data(1, Qt.ItemDataRole.UserRole).sha256
            if sha256 in counts:
                item.setText(4, _pages_text(counts[sha256]))

    def _toggle_history(self, shown: bool) -> None:
        self.history_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.history_panel.setVisible(shown)

    def _preview_item(self, item: QTreeWidgetItem | None, history: bool = False) -> None:
        if item is None:
            return
        a = item.data(1, Qt.ItemDataRole.UserRole)
        name = f"{a.original_name} (из истории)" if history else a.original_name
        self.preview.show_file(a.sha256, self.state.ctx.blobs.path_of(a.sha256), a.media_type, name)

    def _selection_changed(self) -> None:
        if self.busy:
            return      # every button stays off until the job is back
        selected = bool(self.file_list.selectedItems())
        self.remove_button.setEnabled(selected)
        self.replace_button.setEnabled(len(self.file_list.selectedItems()) == 1)
        count = self.file_list.topLevelItemCount()
        self.up_button.setEnabled(count > 1)
        self.down_button.setEnabled(count > 1)
        self.merge_button.setEnabled(count > 1)
        self.restore_button.setEnabled(bool(self.history_list.selectedItems()))

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Выберите сканы подписанных документов", "", FILE_FILTER)
        if names:
            self.start_adding([Path(n) for n in names])

    # ---------------------------------------------------------------- jobs
    @property
    def busy(self) -> bool:
        return self._job is not None

    def busy_message(self) -> str:
        """Why the wizard may not close now (empty when it may)."""
        return "Подождите: файлы ещё сохраняются в подзадачу." if self.busy else ""

    def isComplete(self) -> bool:  # noqa: N802 - Qt override: no Next/Finish while files are being saved
        return not self.busy and super().isComplete()

    def _run(self, text: str, work, done) -> bool:
        """Run `work(progress)` on a pool thread (files and its own store
        session only) and `done(result)` back on the UI thread. False when
        another job is still running."""
        if self._job is not None:
            return False
        job = Job(lambda progress, _cancelled: work(progress))  # no parent: see document_preview
        _running.add(job)
        self._job = job
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
        for button in (self.add_button, self.replace_button, self.remove_button, self.up_button,
                       self.down_button, self.merge_button, self.restore_button):
            button.setEnabled(not busy)
        self.file_list.setAcceptDrops(not busy)
        self.role_combo.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None:      # closing is refused meanwhile anyway (SubtaskWizard.reject)
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        if busy:
            self.busy_bar.setRange(0, 0)     # indeterminate until the first progress report
            self.busy_bar.setFormat(text)
            self.busy_bar.show()
        else:
            self.busy_bar.hide()
            self._selection_changed()
        self.completeChanged.emit()

    def _progress(self, job: Job, done: int, total: int, name: str) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return
        self.busy_bar.setRange(0, max(total, 1))
        self.busy_bar.setValue(done)
        self.busy_bar.setFormat(f"Файл {done + 1} из {total}: {name}" if total > 1 else f"Сохраняется «{name}»…")

    def _job_result(self, job: Job, done, result) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return  # the wizard is gone: the worker has stored and committed the files anyway
        self._end_job()
        done(result)

    def _job_failed(self, job: Job, exc: BaseException, details: str) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return
        self._end_job()
        if isinstance(exc, ConcurrentEditError):     # another PC changed the subtask: re-read below
            self.error.set_message(SUBTASK_RELOADED_MESSAGE)
        elif isinstance(exc, (AttachmentError, DocumentError, StoreError)):
            self.error.set_message(str(exc))
        else:
            errors.show_error(self, "Не удалось сохранить файлы подзадачи. Повторите действие; если ошибка "
                                    "повторится, передайте журнал администратору.", details)
        try:
            self._changed()     # show what the store holds now
        except StoreError:
            pass                # the message above already says the store is unreachable

    def _end_job(self) -> None:
        self.last_job_ms = self._job_clock.elapsed()
        self._job = None
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

    # ---------------------------------------------------------------- adding
    def start_adding(self, paths: list[Path]) -> bool:
        """Attach files one by one in a background job (the file dialog and
        drops come here). False when another job is still running."""
        paths = [Path(p) for p in paths]
        if not paths:
            return False
        if self.busy:
            self.error.set_message(self.busy_message())
            return False
        role = AttachmentRole(self.role_combo.currentData())
        ctx, execution_id = self.state.ctx, self.state.execution_id
        version = self.state.detail.info.version

        def work(progress) -> tuple[list[int], list[str]]:
            nonlocal version
            refused: list[str] = []
            added: list[int] = []
            for n, path in enumerate(paths):
                progress(n, len(paths), path.name)
                try:
                    with ctx.store.session() as session:
                        info = add_attachment(session, ctx.blobs, execution_id, path, role,
                                              max_bytes=ctx.settings.max_attachment_bytes, check_pages=True,
                                              expected_version=version)
                        version = get_execution(session, execution_id).info.version    # this add bumped it
                    added.append(info.id)
                    # Count the pages here, so the list never counts a big PDF on the UI thread.
                    cached_page_count(info.sha256, ctx.blobs.path_of(info.sha256), info.media_type)
                except AttachmentError as exc:
                    refused.append(str(exc))
            return added, refused

        return self._run("Сохранение файлов…", work, self._added)

    def _added(self, result: tuple[list[int], list[str]]) -> None:
        added, refused = result
        self.last_added = len(added)
        if added:
            self._changed()
            self._select(added[-1])     # show the file just added
        self.error.set_message("\n".join(refused) if refused else None)

    def _select(self, attachment_id: int) -> None:
        for i in range(self.file_list.topLevelItemCount()):
            if self.file_list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == attachment_id:
                self.file_list.setCurrentItem(self.file_list.topLevelItem(i))

    def add_files(self, paths: list[Path]) -> int:
        """Attach files and wait for the job (scripts, tests); returns how many were added."""
        self.last_added = 0
        if not self.start_adding(paths):
            return 0
        self.wait_idle()
        return self.last_added

    def _changed(self, result: str = "") -> None:
        self.state.attachments_changed = True
        self.state.reload()
        self.refresh()
        self.result_label.setText(result)
        self.result_label.setVisible(bool(result))

    def remove_selected(self) -> None:
        items = self.file_list.selectedItems()
        if not items or self.busy:
            return
        item = items[0]
        name = item.text(0)
        if not errors.confirm(self, f"Убрать файл «{name}» из подзадачи?",
                              "Файл не удаляется: он перейдёт в историю подзадачи и сохранится в папке данных.",
                              yes_text="Убрать"):
            return
        try:
            with self.state.ctx.store.session() as session:
                remove_attachment(session, int(item.data(0, Qt.ItemDataRole.UserRole)),
                                  expected_version=self.state.detail.info.version)
        except StoreError as exc:
            self._refused_by_store(exc)
            return
        self._changed()
        self.error.set_message(None)

    def replace_selected(self) -> None:
        items = self.file_list.selectedItems()
        if len(items) != 1 or self.busy:
            return
        item = items[0]
        name, _ = QFileDialog.getOpenFileName(self, f"Чем заменить «{item.text(0)}»", "", FILE_FILTER)
        if not name:
            return
        new = Path(name)
        if not errors.confirm(self, f"Заменить «{item.text(0)}» файлом «{new.name}»?",
                              "Прежний файл не удаляется: он перейдёт в историю подзадачи.",
                              yes_text="Заменить"):
            return
        ctx, old_id, old_name = self.state.ctx, int(item.data(0, Qt.ItemDataRole.UserRole)), item.text(0)
        version = self.state.detail.info.version

        def work(progress):
            progress(0, 1, new.name)
            try:
                with ctx.store.session() as session:
                    info = replace_attachment(session, ctx.blobs, old_id, new,
                                              max_bytes=ctx.settings.max_attachment_bytes, check_pages=True,
                                              expected_version=version)
            except AttachmentError as exc:
                return str(exc)
            cached_page_count(info.sha256, ctx.blobs.path_of(info.sha256), info.media_type)
            return None

        def done(refused: str | None) -> None:
            if refused:
                self.error.set_message(refused)
                return
            self.error.set_message(None)
            self._changed(f"Файл «{old_name}» заменён файлом «{new.name}».")

        if not self._run("Замена файла…", work, done):
            self.error.set_message(self.busy_message())

    def move_current(self, step: int) -> None:
        """Reorder the list (the order of pages when merging)."""
        item = self.file_list.currentItem()
        if item is None:
            return
        row = self.file_list.indexOfTopLevelItem(item)
        target = row + step
        if not 0 <= target < self.file_list.topLevelItemCount():
            return
        self.file_list.takeTopLevelItem(row)
        self.file_list.insertTopLevelItem(target, item)
        self.file_list.setCurrentItem(item)

    def merge_candidates(self) -> list[QTreeWidgetItem]:
        """The selected files (if two or more) or all files, in the list order."""
        items = [self.file_list.topLevelItem(i) for i in range(self.file_list.topLevelItemCount())]
        selected = [i for i in items if i.isSelected()]
        return selected if len(selected) >= 2 else items

    def merge_files(self) -> None:
        items = self.merge_candidates()
        if len(items) < 2:
            self.error.set_message("Для объединения нужно не меньше двух файлов.")
            return
        order = "\n".join(f"{n}. {i.text(0)}" for n, i in enumerate(items, 1))
        if not errors.confirm(self, f"Объединить {len(items)} файла(ов) в один PDF в этом порядке?",
                              f"{order}\n\nИсходные файлы перейдут в историю подзадачи.",
                              yes_text="Объединить"):
            return
        ids = [int(i.data(0, Qt.ItemDataRole.UserRole)) for i in items]
        role = AttachmentRole(items[0].data(1, Qt.ItemDataRole.UserRole).role)
        ctx, execution_id, count = self.state.ctx, self.state.execution_id, len(items)
        version = self.state.detail.info.version

        def work(progress):
            progress(0, 1, MERGED_NAME)
            with ctx.store.session() as session:
                merged = merge_attachments(session, ctx.blobs, execution_id, ids, role, MERGED_NAME,
                                           max_bytes=ctx.settings.max_attachment_bytes,
                                           expected_version=version)
            return merged, cached_page_count(merged.sha256, ctx.blobs.path_of(merged.sha256), merged.media_type)

        def done(result) -> None:
            merged, pages = result
            self.error.set_message(None)
            self._changed(f"Создан «{merged.original_name}»: {pages} стр. из {count} файлов. "
                          "Исходные файлы — в истории.")
            self._select(merged.id)

        if not self._run("Объединение в один PDF…", work, done):
            self.error.set_message(self.busy_message())

    def restore_selected(self) -> None:
        items = self.history_list.selectedItems()
        if not items or self.busy:
            return
        name = items[0].text(0)
        try:
            with self.state.ctx.store.session() as session:
                restore_attachment(session, int(items[0].data(0, Qt.ItemDataRole.UserRole)),
                                   expected_version=self.state.detail.info.version)
        except StoreError as exc:
            self._refused_by_store(exc)
            return
        self._changed(f"Файл «{name}» возвращён в подзадачу.")

    def _refused_by_store(self, exc: StoreError) -> None:
        """A change the store refused: after a concurrent edit, show what is
        stored now; any other store problem is only told."""
        if isinstance(exc, ConcurrentEditError):
            self._changed()
            self.error.set_message(SUBTASK_RELOADED_MESSAGE)
        else:
            self.error.set_message(str(exc))

    def show_error(self, message: str) -> None:
        self.error.set_message(message)
