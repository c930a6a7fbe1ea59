"""Start-up of the desktop app: QApplication, translations, the error hook,
one running copy per data folder, the store, first start, the main window.

Heavy modules (export, demo, Pillow, the wizard) are imported only when used.
With `exit_after_start` the app builds everything, fills the tree, and exits
0 (the frozen-build smoke test and the start-up benchmark use it). When the
environment variable TBN4_STARTUP_MARK is set, the moment the window is shown
with its tree filled is printed on stdout as `TBN4_READY <time.time()>`, and
the moment the full store is open as `TBN4_STORE_READY <time.time()>`; set
to `phases`, each step before them too (`TBN4_PHASE <step> <time.time()>`,
benchmarks/startup.py --phases).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tbn4_desktop import APP_NAME, ORG_DOMAIN
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.instance_lock import (  # noqa: F401 - re-exported
    LOCK_FILE,
    ROLE_COMMAND,
    InstanceLock,
    busy_message,
)

if TYPE_CHECKING:
    from tbn4_desktop.services.context import AppContext

STARTUP_MARK_ENV = "TBN4_STARTUP_MARK"
STORE_READY_MARK = "TBN4_STORE_READY"

ALREADY_RUNNING_MESSAGE = N_(
    "Программа уже запущена с этой папкой данных. Переключитесь на открытое окно программы; "
    "если его не видно, подождите минуту или перезагрузите компьютер."
)


def mark_ready(mark: str = "TBN4_READY") -> None:
    """The benchmark's finish lines: TBN4_READY when the main window is shown
    with its tree filled, TBN4_STORE_READY when the full store is open too."""
    if os.environ.get(STARTUP_MARK_ENV):
        print(f"{mark} {time.time():.6f}", flush=True)
        if mark == "TBN4_READY":
            _mark_language()


def mark_phase(step: str) -> None:
    """The end of one step of the start (TBN4_STARTUP_MARK=phases): where
    the time to the first paint goes, measured in the real program."""
    if os.environ.get(STARTUP_MARK_ENV) == "phases":
        print(f"TBN4_PHASE {step} {time.time():.6f}", flush=True)


def _mark_language() -> None:
    """For the frozen smoke test: the language the window speaks, shown by
    our own word (the active window's title) and Qt's (its «Cancel»)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from tbn4_desktop.i18n import language

    window = QApplication.activeWindow() or next(
        (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle()), None
    )
    title = window.windowTitle() if window is not None else ""
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    print(f"TBN4_LANGUAGE {language()} | {cancel} | {title}", flush=True)


def ensure_application():
    """The QApplication (created once), with names, icon and translations."""
    from PySide6.QtWidgets import QApplication

    from tbn4_desktop.ui import qt_import_hook

    qt_import_hook.install()  # before the rest of the UI is imported
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        mark_phase("qt")
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationName(APP_NAME)
    if not app.property("tbn4Translated"):
        from tbn4_desktop.ui.i18n import install_translators
        from tbn4_desktop.ui.icons import app_icon

        install_translators(app)
        app.setWindowIcon(app_icon())
        app.setProperty("tbn4Translated", True)
        mark_phase("translations-icons")
    return app


def run_gui(data_dir: Path, exit_after_start: bool = False, ask_language: bool = False) -> int:
    data_dir = Path(data_dir)
    app = ensure_application()
    from tbn4_desktop.ui import errors

    errors.set_log_dir(data_dir / errors.LOGS_DIR)
    errors.set_noninteractive(exit_after_start)
    previous_hook = errors.install_excepthook()
    lock = InstanceLock(data_dir)
    startup = _Startup(app, data_dir, exit_after_start)
    try:
        try:
            locked = lock.acquire()
        except OSError as exc:
            from tbn4_desktop.core.fileio import describe_os_error

            errors.show_error(
                None, tr("Не удалось открыть папку данных. {reason}").format(reason=describe_os_error(exc, data_dir))
            )
            return 1
        if not locked:
            holder = lock.holder()
            busy_by_command = holder is not None and holder.role == ROLE_COMMAND
            errors.show_error(None, busy_message(holder) if busy_by_command else tr(ALREADY_RUNNING_MESSAGE))
            return 1
        if ask_language and not exit_after_start:
            _ask_language_once(app, data_dir)
        return startup.run()
    finally:
        startup.close()
        lock.release()
        sys.excepthook = previous_hook
        errors.set_noninteractive(False)


def _ask_language_once(app, data_dir: Path) -> None:  # noqa: ANN001 - QApplication, imported lazily
    """The first start's first question: the interface language, asked
    until it has been answered once for the data folder."""
    from tbn4_desktop.core.settings import load_settings
    from tbn4_desktop.language import apply_language
    from tbn4_desktop.store_errors import StoreError
    from tbn4_desktop.ui.i18n import install_translators
    from tbn4_desktop.ui.language_ui import ask_first_language

    try:
        if load_settings(data_dir).language is not None:
            return
    except StoreError:
        return  # a damaged settings file: the start explains it, in Russian
    chosen = ask_first_language(data_dir)
    if chosen is not None:
        apply_language(chosen)
        install_translators(app, chosen)


class _Startup:
    """Opens the data folder and the windows.

    Fast path (the usual start on the embedded database): the main window is
    shown and filled from a plain-sqlite3 read of the year (services/
    startup_view.py), then the full store (SQLAlchemy, migrations) is opened
    before the first user event is handled. Any other case — first start,
    a new year, a schema to migrate, a shared PostgreSQL database — takes the
    ordinary path: open the store, then show the window."""

    def __init__(self, app, data_dir: Path, exit_after_start: bool):
        self.app = app
        self.data_dir = data_dir
        self.exit_after_start = exit_after_start
        self.ctx: AppContext | None = None
        self.year = date.today().year

    def run(self) -> int:
        from tbn4_desktop.core.catalog import CatalogError
        from tbn4_desktop.core.settings import SettingsError, load_settings
        from tbn4_desktop.services.catalogs import load_catalogs
        from tbn4_desktop.services.startup_view import read_year_view
        from tbn4_desktop.ui.main_window import MainWindow

        mark_phase("modules")
        try:
            local = load_settings(self.data_dir).database_url is None
        except SettingsError:
            local = False  # the ordinary path explains it and offers this PC's database
        if local and not self._database_file_usable():
            return 1
        view = read_year_view(self.data_dir, self.year) if local else None
        mark_phase("year-read")
        catalogs = load_catalogs(self.data_dir)
        mark_phase("catalogs")
        if view is not None:
            try:
                catalog = catalogs[0].for_plan(view.plan.catalog_id, view.plan.catalog_version, self.year)
            except CatalogError:
                view = None  # the ordinary path explains it
        if view is None:
            return self._run_ordinary(catalogs)
        window = MainWindow(None, view.organization, self.year, catalogs=catalogs[0], data_dir=self.data_dir)
        mark_phase("window-built")
        window.show()
        window.show_year(view, catalog)
        mark_phase("tree-filled")
        self.app.processEvents()
        mark_ready()
        if not self._open_context(catalogs):
            window.close()
            return 1
        assert self.ctx is not None  # _open_context set it
        mark_phase("store-open")
        window.attach_context(self.ctx)
        mark_ready(STORE_READY_MARK)
        return self._exec(window)

    def _run_ordinary(self, catalogs) -> int:  # noqa: ANN001
        from PySide6.QtWidgets import QDialog

        from tbn4_desktop.services.organizations import get_current_organization
        from tbn4_desktop.store_errors import StoreError
        from tbn4_desktop.ui import errors
        from tbn4_desktop.ui.main_window import MainWindow

        if not self._open_context(catalogs):
            return 1
        assert self.ctx is not None  # _open_context set it
        try:
            with self.ctx.store.session() as session:
                organization = get_current_organization(session)
        except StoreError as exc:
            errors.show_error(None, str(exc))
            return 1

        if organization is None:
            from tbn4_desktop.ui.first_start import FirstStartDialog

            dialog = FirstStartDialog(self.ctx)
            if self.exit_after_start:
                # Nobody will fill it in: show that it builds, then leave.
                dialog.show()
                self.app.processEvents()
                mark_ready()
                dialog.close()
                return 0
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.organization is None:
                return 0
            organization = dialog.organization

        window = MainWindow(self.ctx, organization, self.year)
        window.show()
        if not window.load():
            # The message has been shown; without the year's data there is
            # nothing to work with.
            window.close()
            return 1
        mark_ready()
        mark_ready(STORE_READY_MARK)
        return self._exec(window)

    def _open_context(self, catalogs) -> bool:  # noqa: ANN001
        from tbn4_desktop.core.catalog import CatalogError
        from tbn4_desktop.services.context import open_app
        from tbn4_desktop.store_errors import StoreError
        from tbn4_desktop.ui import errors

        try:
            self.ctx = open_app(self.data_dir, catalogs=catalogs)
        except CatalogError as exc:
            errors.show_error(None, str(exc))
            return False
        except StoreError as exc:
            if not self._offer_local_database(exc):
                return False
            try:
                self.ctx = open_app(self.data_dir, catalogs=catalogs, local=True)
            except (StoreError, CatalogError) as again:
                errors.show_error(None, str(again))
                return False
        return True

    def _database_file_usable(self) -> bool:
        """The local database file, checked without writing to it before the
        first window reads it: an empty, foreign, versionless or read-only
        file is explained at once instead of starting as if all were well."""
        from tbn4_desktop.services.startup_view import DB_FILE
        from tbn4_desktop.store_errors import StoreError
        from tbn4_desktop.store_file import check_database_file
        from tbn4_desktop.ui import errors

        try:
            check_database_file(self.data_dir / DB_FILE)
        except StoreError as exc:
            errors.show_error(None, str(exc))
            return False
        return True

    def _offer_local_database(self, exc: Exception) -> bool:
        """The shared office database is unreachable (server off, network
        down), or settings.json is damaged so that nobody knows which database
        is meant: offer this PC's own database for this session instead of a
        dead end; the settings file is not touched, so the next start tries
        (or explains) again."""
        from tbn4_desktop.core.settings import SettingsError, load_settings
        from tbn4_desktop.ui import errors

        if isinstance(exc, SettingsError):
            return errors.confirm(
                None,
                str(exc),
                tr(
                    "Открыть на этот сеанс локальную базу этого компьютера? Файл настроек не "
                    "меняется: при следующем запуске программа снова сообщит о нём."
                ),
                yes_text=tr("Открыть локальную базу"),
            )
        try:
            shared = load_settings(self.data_dir).database_url is not None
        except SettingsError:
            shared = False
        if not shared:
            errors.show_error(None, str(exc))
            return False
        return errors.confirm(
            None,
            tr("Общая база данных офиса недоступна. {reason}").format(reason=exc),
            tr(
                "Открыть локальную базу этого компьютера? Настройка общей базы не меняется: при следующем "
                "запуске программа снова подключится к ней (изменить её можно в меню «Файл → Общая база "
                "данных офиса…»)."
            ),
            yes_text=tr("Открыть локальную базу"),
        )

    def _exec(self, window) -> int:  # noqa: ANN001
        from PySide6.QtCore import QTimer

        from tbn4_desktop.console import quiet_library_logs

        quiet_library_logs()  # after the first paint: `logging` is not on its path
        if not window.isVisible():
            return 0  # closed while start-up was still painting it
        if self.exit_after_start:
            QTimer.singleShot(0, self.app.quit)
        else:
            QTimer.singleShot(0, window.report_catalog_problems)
            # After the first paint and attach_context; never in a smoke run.
            QTimer.singleShot(0, window.show_startup_notice)
            QTimer.singleShot(0, window.start_auto_backups)
        self.app.exec()
        return 0

    def close(self) -> None:
        if self.ctx is not None:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone()
            self.ctx.close()
