"""«Общая база данных офиса»: several PCs of one office work on one
PostgreSQL database and one shared attachments folder.

The address is built from its parts (server, port, database, user); the
password goes to the Windows user's PostgreSQL password file when
«Запомнить пароль» is on, never into settings.json or a log (core/pgpass.py).
«Проверить подключение» connects in a background job with a timeout and
reports the server version and the state of the tables, or one Russian
sentence. Saving — or going back to the local database — takes effect at
the next start: the running app keeps the database it opened.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core import pgpass
from tbn4_desktop.core.settings import load_settings
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.services.shared_database import (
    DEFAULT_PORT,
    DatabaseAddress,
    address_from_url,
    check_attachments_folder,
    check_connection,
    save_shared_database,
    use_local_database,
)
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.jobs import Job
from tbn4_desktop.ui.widgets import (
    FieldError,
    buddy_label,
    heading,
    mark_invalid,
    with_error,
    wrapped,
)
from tbn4_desktop.ui.window_fit import room

RESTART_NOTE = N_("Изменения вступят в силу после перезапуска программы.")

# Checks still running when the dialog closes finish here (the job keeps no widget).
_running: set[Job] = set()


class DatabaseDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, current_url: str | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setObjectName("databaseDialog")
        self.setWindowTitle(tr("Общая база данных офиса — {app}").format(app=tr(APP_TITLE)))
        self.setMinimumWidth(620)
        self._job: Job | None = None
        settings = load_settings(self.data_dir)
        address = address_from_url(settings.database_url)

        outer = QVBoxLayout(self)
        outer.addWidget(heading(tr("Общая база данных офиса"), self))
        outer.addWidget(
            wrapped(
                tr(
                    "Чтобы несколько компьютеров офиса работали с одними данными, укажите сервер PostgreSQL и общую "
                    "папку для вложений, доступную всем компьютерам. Резервные копии общей базы делает администратор "
                    "сервера."
                ),
                self,
            )
        )
        self.current = wrapped(self._current_text(current_url or settings.database_url), self)
        self.current.setObjectName("currentDatabase")
        outer.addWidget(self.current)

        form = QFormLayout()
        self.host = QLineEdit(address.host if address else "", self)
        self.host.setPlaceholderText(tr("например, server01 или 192.168.1.10"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(address.port if address else DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.port.setMaximumWidth(110)
        self.database = QLineEdit(address.database if address else "tbn4", self)
        self.user = QLineEdit(address.user if address else "", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(tr("Запомнить пароль на этом компьютере"), self)
        self.remember.setToolTip(
            tr("Пароль хранится в файле паролей PostgreSQL в профиле пользователя Windows, а не в настройках программы")
        )
        if address is not None:
            known = pgpass.stored_password(address.host, address.port, address.database, address.user)
            self.remember.setChecked(known is not None)
            if known:
                self.password.setPlaceholderText(tr("сохранён"))
        else:
            self.remember.setChecked(True)
        self.folder = QLineEdit(settings.attachments_dir or "", self)
        self.folder.setPlaceholderText(tr(r"например, \\server01\tbn4\вложения"))
        browse = QPushButton(tr("Об&зор…"), self)
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        folder_box = QWidget(self)
        folder_box.setLayout(folder_row)
        folder_box.setFocusProxy(self.folder)

        self.field_errors = {key: FieldError(self) for key in ("host", "port", "database", "user", "folder")}
        form.addRow(buddy_label(tr("&Сервер:"), self.host, self), with_error(self.host, self.field_errors["host"]))
        form.addRow(buddy_label(tr("П&орт:"), self.port, self), with_error(self.port, self.field_errors["port"]))
        form.addRow(
            buddy_label(tr("&База данных:"), self.database, self),
            with_error(self.database, self.field_errors["database"]),
        )
        form.addRow(
            buddy_label(tr("По&льзователь:"), self.user, self), with_error(self.user, self.field_errors["user"])
        )
        form.addRow(buddy_label(tr("Па&роль:"), self.password, self), self.password)
        form.addRow("", self.remember)
        form.addRow(
            buddy_label(tr("Общая папка &вложений:"), self.folder, self),
            with_error(folder_box, self.field_errors["folder"]),
        )
        outer.addLayout(form)

        self.status = wrapped("", self)
        self.status.setObjectName("connectionStatus")
        self.status.hide()
        outer.addWidget(self.status)
        self.error = FieldError(self)
        self.error.setObjectName("databaseError")
        outer.addWidget(self.error)
        outer.addStretch(1)

        buttons = QHBoxLayout()
        self.check_button = QPushButton(tr("&Проверить подключение"), self)
        self.check_button.clicked.connect(self.start_check)
        self.local_button = QPushButton(tr("Вернуться к &локальной базе"), self)
        self.local_button.clicked.connect(self.use_local)
        self.local_button.setEnabled(address is not None)
        self.save_button = QPushButton(tr("Со&хранить"), self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(tr("Закрыть"), self)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self.save_button.setDefault(True)

    @staticmethod
    def _current_text(url: str | None) -> str:
        address = address_from_url(url)
        if address is None:
            return tr("Сейчас программа работает с локальной базой в папке данных этого компьютера.")
        return tr("Сейчас программа работает с общей базой «{database}» на сервере {host}:{port}.").format(
            database=address.database, host=address.host, port=address.port
        )

    # ------------------------------------------------------------ values
    def address(self) -> DatabaseAddress:
        return DatabaseAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def _password(self) -> str | None:
        return self.password.text() or None

    def _show_field_errors(self, problems: dict[str, str]) -> bool:
        fields = {
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "user": self.user,
            "folder": self.folder,
        }
        for key, error in self.field_errors.items():
            error.set_message(problems.get(key))
            mark_invalid(fields[key], key in problems)
        if problems:
            fields[next(iter(problems))].setFocus()
        self._fit()
        return not problems

    def _fit(self) -> None:
        """Grow to show messages that appeared (a dialog does not by itself)."""
        layout = self.layout()
        if layout is not None:  # the dialog's layout, set in __init__
            layout.activate()
        needed = min(self.sizeHint().height(), room(self).height())  # never past the work area
        if needed > self.height():
            self.resize(self.width(), needed)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Общая папка для вложений"), self.folder.text())
        if folder:
            self.folder.setText(str(Path(folder)))

    # ------------------------------------------------------------ check
    @property
    def checking(self) -> bool:
        return self._job is not None

    def start_check(self) -> bool:
        """Connect in the background; the result comes back to `status`."""
        address = self.address()
        if self.checking or not self._show_field_errors(address.problems()):
            return False
        password = self._password()
        job = Job(lambda _progress, _cancelled: check_connection(address, password))
        _running.add(job)
        self._job = job
        job.signals.succeeded.connect(lambda report: self._checked(job, report.text, None))
        job.signals.failed.connect(lambda exc, details: self._checked(job, None, exc, details))
        job.signals.finished.connect(lambda: _running.discard(job))
        self.check_button.setEnabled(False)
        self.error.set_message(None)
        self._set_status(tr("Подключение к серверу…"))
        job.start()
        return True

    def _checked(self, job: Job, text: str | None, exc: BaseException | None, details: str = "") -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return
        self._job = None
        self.check_button.setEnabled(True)
        if text is not None:
            self._set_status(text)
            return
        self._set_status("")
        if isinstance(exc, StoreError):
            self.error.set_message(str(exc))
        else:
            self.error.set_message(tr("Не удалось проверить подключение. Подробности записаны в журнал."))
            errors.write_log(details)
        self._fit()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self._fit()

    def wait_check(self, timeout_s: float = 30) -> bool:
        """Tests: wait for the check and deliver its result."""
        from PySide6.QtCore import QElapsedTimer
        from PySide6.QtWidgets import QApplication

        clock = QElapsedTimer()
        clock.start()
        while (job := self._job) is not None and clock.elapsed() < timeout_s * 1000:
            job.wait(0.01)
            QApplication.processEvents()
        QApplication.processEvents()
        return not self.checking

    # ------------------------------------------------------------ save
    def save(self) -> bool:
        address = self.address()
        problems = dict(address.problems())
        folder_problem = None
        try:
            check_attachments_folder(self.folder.text())
        except StoreError as exc:
            folder_problem = str(exc)
        if folder_problem:
            problems["folder"] = folder_problem
        if not self._show_field_errors(problems):
            return False
        try:
            save_shared_database(
                self.data_dir,
                address,
                self.folder.text(),
                password=self._password(),
                remember_password=self.remember.isChecked(),
            )
        except StoreError as exc:
            self.error.set_message(str(exc))
            self._fit()
            return False
        errors.show_info(self, tr("Настройки общей базы данных сохранены."), tr(RESTART_NOTE))
        self.accept()
        return True

    def use_local(self) -> bool:
        if not errors.confirm(
            self,
            tr("Вернуться к локальной базе данных этого компьютера?"),
            tr("Данные общей базы останутся на сервере. Изменения вступят в силу после перезапуска программы."),
            yes_text=tr("Вернуться"),
        ):
            return False
        try:
            use_local_database(self.data_dir)
        except StoreError as exc:
            self.error.set_message(str(exc))
            return False
        errors.show_info(self, tr("Программа будет работать с локальной базой."), tr(RESTART_NOTE))
        self.accept()
        return True

    def reject(self) -> None:
        self._job = None  # a running check reports to nobody
        super().reject()
