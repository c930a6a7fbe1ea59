"""The dialogs and windows the main window opens: the subtask wizard
(«Выполнить…»), forms, the Project 3 document matrix, bundle export and
import, «Организация и подписанты», the journal, the data check, backups,
the shared database settings and «О программе», each imported lazily
(start-up budget). Apart from main_window.py: opening dialogs is one
concern, the window's layout and state another.

Functions of the window (`window: MainWindow`); MainWindow's methods of the
same names call them. `window` is left unannotated where the method had no
annotations: mypy did not check those bodies before the split either."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from tbn4_desktop.i18n import tr
from tbn4_desktop.services.records import OrganizationInfo
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.catalog_tree import NodeKind, Selection

if TYPE_CHECKING:
    from tbn4_desktop.ui.main_window import MainWindow


def execute_current(window: MainWindow) -> None:
    selection = window.tree.current_selection()
    if selection is not None:
        window.execute(selection)


def execute(window: MainWindow, selection: Selection) -> None:
    if window.catalog is None or selection.kind not in (NodeKind.SUBTASK, NodeKind.PERIOD):
        return
    target = selection.execution_id or window._default_target(
        selection.code, window.tree.tree_model.executions_of(selection.code)
    )
    if target is None:
        window.statusBar().showMessage(_not_applicable_text(window, selection.code), 8000)
        return
    window.open_wizard(target)


def _not_applicable_text(window: MainWindow, code: str, *, project3: bool = False) -> str:
    """«Подзадача 1.1.1 не применяется: нет: «…». …» — by the answer
    to a question, else by the organisation's level; with `project3`
    said of the Project 3 subtasks as a whole."""
    applies = window.year_checklists.applicability.get(code) if window.year_checklists is not None else None
    if applies is not None and applies.question is not None and not applies.applies:
        text = (
            tr(
                "Подзадачи Проекта 3 не применяются: {reason}. Ответ меняется в меню «Файл → Организация и "
                "подписанты…»."
            )
            if project3
            else tr(
                "Подзадача {code} не применяется: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…»."
            )
        )
        return text.format(code=code, reason=applies.reason)
    text = (
        tr("Подзадачи Проекта 3 не применяются к уровню «{level}».")
        if project3
        else tr("Подзадача {code} не применяется к уровню «{level}».")
    )
    return text.format(code=code, level=window.organization.level.label)


def open_wizard(window: MainWindow, execution_id: int):
    from tbn4_desktop.ui.subtask_wizard import SubtaskWizard

    if window.ctx is None or window.catalog is None:
        return None
    try:
        wizard = SubtaskWizard(
            window.ctx,
            window.catalog,
            window.organization,
            execution_id,
            window,
            deadline=window.deadline_of_execution(execution_id),
        )
    except StoreError as exc:
        errors.show_error(window, str(exc))
        return None
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.executionChanged.connect(window.refresh_execution)
    wizard.destroyed.connect(window._wizard_closed)
    window.wizard = wizard
    wizard.open()
    return wizard


def open_form(
    window,
    name,
    *,
    subtask_code: str | None = None,
    period: str | None = None,  # noqa: ANN001
    execution_id: int | None = None,
    consolidated: bool = False,
):  # noqa: ANN201 - FormDialog | None
    """«Форма: …» of the organisation and year shown (a FormName); for a
    subtask period also «Приложить к подзадаче»."""
    from tbn4_desktop.services.forms import FormRequest
    from tbn4_desktop.ui.forms_dialog import FormDialog

    if window.catalog is None or window.ctx is None:
        return None
    request = FormRequest(
        name=name,
        year=window.year,
        organization_id=window.organization.id,
        subtask_code=subtask_code,
        period=period or None,
        consolidated=consolidated,
    )
    dialog = FormDialog(window.ctx, window.catalog, request, window, execution_id=execution_id, today=window.today())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.attached.connect(window.refresh_execution)
    window.form_dialog = dialog
    dialog.open()
    return dialog


def open_panel_form(window: MainWindow, value: str):  # noqa: ANN201 - FormDialog | None
    """«Сформировать…» of the panel: the form for the period «Выполнить…» would open."""
    from tbn4_desktop.core.forms.model import FormName

    data, target = window.panel.data, window.panel.target
    if data is None or target is None:
        return None
    name = FormName(value)
    return window.open_form(
        name,
        subtask_code=data.subtask.code if name is FormName.APP1 else None,
        period=target.period,
        execution_id=target.id,
    )


def open_quasi_matrix(window):  # noqa: ANN201 - QuasiMatrixDialog | None
    """The companies × documents matrix of 3.1.2 and 3.2.1–3.2.6 of the year shown."""
    from tbn4_desktop.ui.quasi_matrix import QUASI_CODES, QuasiMatrixDialog

    if window.catalog is None:
        return None
    executions = {}
    for code in QUASI_CODES:
        found = window.tree.tree_model.executions_of(code)
        if found:
            executions[code] = found[0].id
    if not executions:
        window.statusBar().showMessage(_not_applicable_text(window, QUASI_CODES[0], project3=True), 8000)
        return None
    try:
        dialog = QuasiMatrixDialog(window.ctx, window.catalog, executions, window)
    except StoreError as exc:
        errors.show_error(window, str(exc))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(lambda _ids: window.statusBar().showMessage(tr("Матрица документов сохранена."), 5000))
    dialog.destroyed.connect(window._quasi_matrix_closed)
    dialog.finished.connect(lambda _result: window.refresh_deadlines())  # and the KPIs it changed
    window.quasi_matrix = dialog
    dialog.open()
    return dialog


def _quasi_matrix_closed(window: MainWindow) -> None:
    window.quasi_matrix = None


def _wizard_closed(window: MainWindow) -> None:
    window.wizard = None


def refresh_execution(window: MainWindow, execution_id: int) -> None:
    """A subtask changed (wizard, form attached): its row and every row
    its change can touch (a year-scope document, an anchor date) are
    judged again with the deadlines."""
    from tbn4_desktop.services.executions import get_execution

    if window.ctx is None:
        return
    try:
        with window.ctx.store.session() as session:
            info = get_execution(session, execution_id).info
    except StoreError as exc:
        errors.show_error(window, str(exc))
        return
    window.tree.tree_model.update_execution(info)
    window.refresh_deadlines()
    window._update_progress()


def export_bundle(window: MainWindow) -> None:
    from tbn4_desktop.ui.export_dialog import ExportController

    if window.ctx is None or (window.export_controller is not None and window.export_controller.running):
        return
    window.export_controller = ExportController(window, window.ctx, window.organization, window.year)
    window.export_controller.start()


def import_bundle(window: MainWindow) -> None:
    from tbn4_desktop.ui.import_dialog import ImportController

    if window.ctx is None or (window.import_controller is not None and window.import_controller.running):
        return
    window.import_controller = ImportController(window, window.ctx)
    window.import_controller.finished.connect(window._bundle_imported)
    window.import_controller.start()


def _bundle_imported(window: MainWindow, result) -> None:  # noqa: ANN001 - ImportResult | None
    if result is None or result.already_imported:
        return
    window.statusBar().showMessage(
        tr("Принят пакет «{organization}» за {year} год.").format(organization=result.organization, year=result.year),
        10000,
    )
    window._update_subordinates()  # a new subordinate shows its tab; its statuses are read again


def edit_organization(window):  # noqa: ANN201 - OrganizationDialog | None
    """«Организация и подписанты»: after a save the title, tree and panel
    are read again (the level decides which subtasks apply)."""
    from tbn4_desktop.ui.organization_dialog import OrganizationDialog

    if window.ctx is None:
        return None
    try:
        dialog = OrganizationDialog(
            window.ctx, window.organization.id, window, catalog=window.catalog, year=window.year
        )
    except StoreError as exc:
        errors.show_error(window, str(exc))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(lambda: _organization_changed(window, dialog.organization))
    dialog.open()
    return dialog


def answer_question(window: MainWindow, key: str = ""):  # noqa: ANN201 - OrganizationDialog | None
    """«Ответить…» on the panel: the organisation dialog on its
    «Применимость подзадач» page, at the question."""
    dialog = window.edit_organization()
    if dialog is not None:
        dialog.show_applicability(key)
    return dialog


def _organization_changed(window: MainWindow, organization: OrganizationInfo | None) -> None:
    if organization is not None:
        window.organization = organization
    window.load()


def open_data_folder(window: MainWindow) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(window.data_dir)))


def open_journal(window: MainWindow, code: str | None = None, period: str | None = None):  # noqa: ANN201 - JournalWindow | None
    """«Журнал изменений»; with a subtask code (the panel's «История…») that subtask's history."""
    from tbn4_desktop.ui.journal_window import open_journal

    return open_journal(window, window.ctx, organization_id=window.organization.id, code=code, period=period)


def open_check(window):  # noqa: ANN201 - CheckDialog | None
    """«Проверка данных» (ui/check_dialog.py)."""
    from tbn4_desktop.ui.check_dialog import open_check_dialog

    return open_check_dialog(window)


def open_backups(window):  # noqa: ANN201 - BackupsDialog | None
    """«Резервные копии»: list, create, restore (ui/backups_dialog.py)."""
    from tbn4_desktop.ui.backups_dialog import open_backups_dialog

    return open_backups_dialog(window)


def start_auto_backups(window: MainWindow) -> None:
    """Automatic backups and the backup on closing (app start-up only, never in tests)."""
    from tbn4_desktop.ui.backups_dialog import start_auto_backups

    start_auto_backups(window)


def open_database_settings(window):  # noqa: ANN201 - DatabaseDialog
    """«Общая база данных офиса»: saved settings apply at the next start."""
    from tbn4_desktop.ui.database_dialog import DatabaseDialog

    dialog = DatabaseDialog(window.data_dir, window, current_url=window.ctx.store.url if window.ctx else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(window: MainWindow) -> None:
    from tbn4_desktop.ui.about_dialog import AboutDialog

    AboutDialog(window, window.data_dir).exec()
