"""«Файл → Резервные копии…»: the backups of the data folder, «Создать
копию сейчас», «Восстановить…» (verified first, the current state saved
first), the backup folder and the warnings. The backups themselves are made
by ui/backup_runner.py.

Restore in the running app: the store is closed, the backup put back, and
the data folder opened again into the same AppContext object, so every
window that holds it sees the restored data; the main window then re-reads
its year. Windows that hold their own copy of the data (the wizard, other
dialogs) must be closed first: the restore refuses while any is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.backup import BackupError
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.services import backup_warnings as W
from tbn4_desktop.services import backups as B
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.backup_runner import (  # noqa: F401
    BackupRunner,
    busy_dialog,
    runner_of,
    start_auto_backups,
)
from tbn4_desktop.ui.jobs import Job
from tbn4_desktop.ui.widgets import fit_to_screen, heading, wrapped

TITLE = N_("Резервные копии")


class BackupsDialog(QDialog):
    restored = Signal(object)  # RestoreResult

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window  # not `window`: QWidget.window() is a method
        self.ctx = window.ctx
        self.runner: BackupRunner = window.backup_runner
        self.setObjectName("backupsDialog")
        self.setWindowTitle(f"{tr(TITLE)} — {tr(APP_TITLE)}")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(TITLE), self))
        self.shared = bool(self.ctx.settings.database_url)
        intro = (
            tr(B.SERVER_NOTE)
            if self.shared
            else tr(
                "Программа сама делает копию базы данных и вложенных файлов каждые 30 минут, если что-то "
                "изменилось, и при закрытии. Старые копии прореживаются: остаются все за сегодня и вчера, "
                "затем по одной за 12 дней, 10 недель и 9 месяцев."
            )
        )
        layout.addWidget(wrapped(intro, self))
        folder_row = QHBoxLayout()
        self.folder_label = wrapped("", self)
        self.folder_label.setObjectName("backupFolder")
        folder_row.addWidget(self.folder_label, 1)
        self.folder_button = QPushButton(tr("Папка резервных копий…"), self)
        self.folder_button.setObjectName("chooseBackupFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder_button)
        self.open_button = QPushButton(tr("Открыть папку"), self)
        self.open_button.clicked.connect(self.open_folder)
        folder_row.addWidget(self.open_button)
        layout.addLayout(folder_row)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("backupWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        layout.addWidget(self.warnings)
        self.table = QTreeWidget(self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(tr("Резервные копии"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([tr("Дата и время"), tr("Причина"), tr("Размер"), tr("Изменений после копии")])
        header = self.table.header()
        header.setStretchLastSection(False)
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(tr("Создать копию сейчас"), QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.setObjectName("createBackup")
        self.create_button.clicked.connect(self.create_now)
        self.restore_button = buttons.addButton(tr("Восстановить…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        close = buttons.addButton(tr("Закрыть"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.runner.finished.connect(self._backup_made)
        self.runner.failed.connect(self._backup_failed)
        fit_to_screen(self, QSize(860, 540), key="backupsDialog/geometry")
        self.refresh()

    # ------------------------------------------------------------ contents
    @property
    def root(self) -> Path:
        return B.backup_root(self.ctx.data_dir, self.ctx.settings)

    def refresh(self) -> None:
        self.folder_label.setText(tr("Папка резервных копий: {folder}").format(folder=self.root))
        found = W.warnings(self.ctx.data_dir, self.ctx.settings)
        shown = [w for w in found if w != tr(B.SERVER_NOTE)]
        self.warnings.setText("\n".join(f"⚠ {w}" for w in shown))
        self.warnings.setVisible(bool(shown))
        self.backups = B.list_backups(self.root)
        changes = self._changes()
        self.table.clear()
        for info in self.backups:
            count = changes.get(info.name)
            item = QTreeWidgetItem(
                [
                    f"{info.created:%d.%m.%Y %H:%M}",
                    info.reason_label,
                    B.size_text(info.size),
                    "—" if count is None else str(count),
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(info.path))
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)  # None when there are no backups
        if first is not None:
            self.table.setCurrentItem(first)
        self._update_buttons()

    def _changes(self) -> dict[str, int | None]:
        if self.shared:
            return {}
        try:
            with self.ctx.store.session() as session:
                return {b.name: B.changes_since(session, b) for b in self.backups}
        except StoreError:
            return {}

    def selected(self) -> B.BackupInfo | None:
        current = self.table.currentItem()
        row = self.table.indexOfTopLevelItem(current) if current is not None else -1
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _update_buttons(self) -> None:
        busy = self.runner.running
        self.create_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)
        self.status.setText(tr("Создаётся резервная копия…") if busy else "")

    # ------------------------------------------------------------- actions
    def create_now(self) -> None:
        if self.runner.run_now():
            self._update_buttons()

    def _backup_made(self, info) -> None:
        self.refresh()
        if info is not None:
            self.status.setText(tr("Резервная копия создана: {when}.").format(when=f"{info.created:%d.%m.%Y %H:%M}"))

    def _backup_failed(self, message: str) -> None:
        self._update_buttons()
        errors.show_error(self, tr("Резервная копия не создана. {reason}").format(reason=message))

    def open_folder(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.root)))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Папка резервных копий"), str(self.root))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> bool:
        from tbn4_desktop.core.settings import load_settings, save_settings

        problem = W.folder_problem(self.ctx.data_dir, self.ctx.settings, folder)
        if problem:
            errors.show_error(self, problem)
            return False
        settings = load_settings(self.ctx.data_dir)
        settings.backup_dir = str(folder)
        save_settings(self.ctx.data_dir, settings)
        self.ctx.settings.backup_dir = str(folder)
        self.refresh()
        return True

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        blocker = self._blocker()
        if blocker:
            errors.show_error(self, blocker)
            return
        when = f"{info.created:%d.%m.%Y %H:%M}"
        if not errors.confirm(
            self,
            tr("Восстановить данные из резервной копии от {when}?").format(when=when),
            tr(
                "Текущее состояние данных сначала будет сохранено в новой резервной копии, "
                "поэтому восстановление можно будет отменить."
            ),
            yes_text=tr("Восстановить"),
        ):
            return
        RestoreFlow(self, info).start()

    def _blocker(self) -> str:
        if self.runner.running:
            return tr("Сейчас создаётся резервная копия: дождитесь окончания и повторите восстановление.")
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
            and w not in (self, self.main_window)
            and isinstance(w, QDialog)
            and w.objectName() != "startupNotice"
        ]
        running = [
            c
            for c in (self.main_window.export_controller, self.main_window.import_controller)
            if c is not None and c.running
        ]
        if running:
            return tr("Дождитесь окончания экспорта или импорта пакета, затем повторите восстановление.")
        if self.main_window.wizard is not None or others:
            return tr("Закройте мастер исполнения подзадачи и другие окна программы, затем повторите восстановление.")
        return ""


class RestoreFlow(QObject):
    """Check the backup (job) → close the store → restore (job) → reopen."""

    def __init__(self, dialog: BackupsDialog, info: B.BackupInfo):
        super().__init__(dialog)
        self.dialog, self.info, self.ctx = dialog, info, dialog.ctx
        self.progress: QProgressDialog | None = None
        self.result = None
        self.closed = False  # the store is closed for the restore

    def start(self) -> None:
        self.progress = busy_dialog(self.dialog, tr("Проверяется резервная копия…"))
        self._run(lambda _p, _c: B.check_backup(self.ctx.data_dir, self.info.path), self._checked)

    def _run(self, work, done) -> None:
        self.job = Job(work, self)
        self.job.signals.succeeded.connect(done)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _checked(self, problems: list[str]) -> None:
        if problems:
            self._finish()
            errors.show_error(self.dialog, problems[0])
            return
        if self.progress is not None:  # shown by start()
            self.progress.setLabelText(tr("Восстанавливаются данные…"))
        self.dialog.runner.paused = True
        QThreadPool.globalInstance().waitForDone(30_000)  # no job of the window may hold the store
        self.ctx.close()
        self.closed = True
        self._run(lambda _p, _c: B.restore_backup(self.ctx.data_dir, self.info.path), self._restored)

    def _restored(self, result) -> None:  # noqa: ANN001 - RestoreResult
        self.result = result
        if self._reopen():
            self._finish()
            self.dialog.restored.emit(result)
            self.dialog.refresh()
            errors.show_info(self.dialog, result.message)

    def _failed(self, exc: BaseException, details: str) -> None:
        known = isinstance(exc, BackupError | StoreError)
        if self.closed and not self._reopen():
            return
        self._finish()
        errors.show_error(
            self.dialog,
            tr("Данные не восстановлены. {reason}").format(reason=exc if known else tr(errors.UNEXPECTED_MESSAGE)),
            None if known else details,
        )

    def _reopen(self) -> bool:
        """Open the data folder again (restored or not); False after a message."""
        self.dialog.runner.paused = False
        self.closed = False
        try:
            B.reopen_in_place(self.ctx)
            if self.result is not None:
                B.record_restore(self.ctx, self.result)
        except StoreError as exc:
            self._finish()
            errors.show_error(
                self.dialog,
                tr("Данные не удалось открыть заново: {reason} Перезапустите программу.").format(reason=exc),
            )
            return False
        return True

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None


# ------------------------------------------------------------------ the main window's side


def open_backups_dialog(window) -> BackupsDialog | None:  # noqa: ANN001 - MainWindow
    if window.ctx is None:
        return None
    runner_of(window)
    dialog = BackupsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.restored.connect(lambda _result: reload_window(window))
    dialog.open()
    return dialog


def reload_window(window) -> None:  # noqa: ANN001 - MainWindow
    """After a restore: the organisation and its year as the restored data has them."""
    from tbn4_desktop.services.organizations import get_current_organization

    try:
        with window.ctx.store.session() as session:
            organization = get_current_organization(session)
    except StoreError as exc:
        errors.show_error(window, str(exc))
        return
    if organization is None:
        errors.show_error(window, tr("В восстановленных данных не выбрана организация: перезапустите программу."))
        return
    window.organization = organization
    window.deadline_rows = None
    window.load()
