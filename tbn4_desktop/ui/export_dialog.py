"""«Экспорт пакета для загрузки в ИСПУ…»: what to export (the whole year,
one project, or only what changed since the last export), as a ZIP or a
plain folder, with the pre-flight list read from the checklists (what each
incomplete subtask lacks, files not sorted into a document, documents
without an allowed signer, a complete subtask not marked ready, a passed
deadline); then the file or folder, the bundle written in the background with
a progress dialog and «Отмена», and what was written (or why not) in plain
Russian."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.i18n import tc, tr, trn
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.export_scope import ExportScope, PreflightIssue, ScopeKind
from tbn4_desktop.services.records import OrganizationInfo
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.formatting import format_size
from tbn4_desktop.ui.jobs import JobCancelled, ProgressJobController
from tbn4_desktop.ui.widgets import heading, wrapped
from tbn4_desktop.ui.window_fit import fit_window

LAST_DIR_KEY = "export/lastDir"


def default_file_name(year: int, bin_: str | None) -> str:
    return f"ТБН4_{year}_{bin_ or 'без-БИН'}.zip"  # i18n: ru-only — the bundle's file name, whatever the language


def default_folder() -> Path:
    remembered = QSettings().value(LAST_DIR_KEY)
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_target(parent: QWidget | None, year: int, bin_: str | None) -> Path | None:
    suggested = default_folder() / default_file_name(year, bin_)
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Сохранить пакет для загрузки в ИСПУ"), str(suggested), tr("Пакет для загрузки в ИСПУ (*.zip)")
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    QSettings().setValue(LAST_DIR_KEY, str(path.parent))
    return path


def ask_folder_target(parent: QWidget | None, year: int, bin_: str | None) -> Path | None:
    """The new folder of the bundle, inside a folder the user picks; a
    numbered name when that one is taken."""
    where = QFileDialog.getExistingDirectory(
        parent, tr("Где создать папку пакета для загрузки в ИСПУ"), str(default_folder())
    )
    if not where:
        return None
    QSettings().setValue(LAST_DIR_KEY, where)
    stem = Path(default_file_name(year, bin_)).stem
    target, n = Path(where) / stem, 2
    while target.exists() and (not target.is_dir() or any(target.iterdir())):
        target, n = Path(where) / f"{stem} ({n})", n + 1
    return target


def run_dialog(dialog: QDialog) -> bool:
    """Show the options dialog modally; True when the user chose «Выгрузить».
    Tests replace this function to answer it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class ExportDialog(QDialog):
    """What to export and how, with the pre-flight list for that choice."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, organization: OrganizationInfo, year: int):
        super().__init__(parent)
        from tbn4_desktop.services.export import last_export

        self.ctx, self.organization, self.year = ctx, organization, year
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("Экспорт пакета для загрузки в ИСПУ"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Пакет за {year} год").format(year=year), self))
        layout.addWidget(wrapped(organization.name, self))

        what = QGroupBox(tr("Что выгрузить"), self)
        grid = QGridLayout(what)
        self.year_radio = QRadioButton(tr("Весь год"), what)
        self.project_radio = QRadioButton(tr("Один проект:"), what)
        self.project_combo = QComboBox(what)
        self.project_combo.setObjectName("exportProject")
        for project in ctx.catalog_for_year(year).projects:
            self.project_combo.addItem(f"{project.number}. {tc(project.title)}", project.number)
        self.project_combo.setMinimumContentsLength(40)
        self.project_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        last = last_export(ctx, organization.id, year)
        self.last_export = last
        changed = (
            tr("Только изменённое с последней выгрузки ({when})").format(when=last.strftime("%d.%m.%Y %H:%M"))
            if last
            else tr("Только изменённое (выгрузок ещё не было: войдёт весь год)")
        )
        self.changed_radio = QRadioButton(changed, what)
        grid.addWidget(self.year_radio, 0, 0, 1, 2)
        grid.addWidget(self.project_radio, 1, 0)
        grid.addWidget(self.project_combo, 1, 1)
        grid.addWidget(self.changed_radio, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.scope_group = QButtonGroup(self)
        for button in (self.year_radio, self.project_radio, self.changed_radio):
            self.scope_group.addButton(button)
        self.year_radio.setChecked(True)
        layout.addWidget(what)

        how = QGroupBox(tr("Как сохранить"), self)
        row = QHBoxLayout(how)
        self.zip_radio = QRadioButton(tr("ZIP-архив (один файл)"), how)
        self.folder_radio = QRadioButton(tr("Папка (для загрузки прямо с диска)"), how)
        self.zip_radio.setChecked(True)
        row.addWidget(self.zip_radio)
        row.addWidget(self.folder_radio)
        row.addStretch(1)
        layout.addWidget(how)

        self.summary = wrapped("", self)
        self.summary.setObjectName("preflightSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("preflightTable")
        self.table.setHorizontalHeaderLabels([tr("Подзадача"), tr("Период"), tr("Замечание")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # A checklist's refusal names every missing document: wrapped, so that
        # what is missing is read whole (the tooltip has it too).
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(tr("Выгрузить…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportGo")
        buttons.addButton(tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.scope_group.buttonToggled.connect(lambda _b, on: self.refresh() if on else None)
        self.project_combo.currentIndexChanged.connect(self._project_chosen)
        fit_window(self, QSize(760, 560), key="exportDialog/geometry")
        self.issues: list[PreflightIssue] = []
        self.refresh()

    def scope(self) -> ExportScope:
        if self.project_radio.isChecked():
            return ExportScope.of_project(self.project_combo.currentData())
        return ExportScope(ScopeKind.CHANGED) if self.changed_radio.isChecked() else ExportScope()

    def as_folder(self) -> bool:
        return self.folder_radio.isChecked()

    def _project_chosen(self) -> None:
        if self.project_radio.isChecked():
            self.refresh()
        else:
            self.project_radio.setChecked(True)  # choosing a project means exporting it

    def refresh(self) -> None:
        """The pre-flight list of the chosen scope."""
        from tbn4_desktop.services.export import ExportError, export_preflight

        try:
            self.issues = export_preflight(self.ctx, self.organization.id, self.year, self.scope())
        except ExportError as exc:
            self.issues = []
            self.summary.setText(str(exc))
            self.table.setRowCount(0)
            return
        self.table.setRowCount(len(self.issues))
        for row, issue in enumerate(self.issues):
            for col, text in enumerate((issue.code, issue.period_text, issue.text)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        n = len(self.issues)
        self.summary.setText(
            trn(
                "Проверка перед выгрузкой: %n замечание. "
                "Пакет можно сформировать и так, но в ИСПУ он попадёт неполным.",
                n,
            )
            if n
            else tr("Проверка перед выгрузкой: замечаний нет.")
        )


class ExportController(ProgressJobController):
    """One export run, from the options dialog to the result message."""

    finished = Signal(object)  # ExportResult, or None if cancelled or failed

    def __init__(self, parent: QWidget, ctx: AppContext, organization: OrganizationInfo, year: int):
        super().__init__(parent)
        self.ctx = ctx
        self.organization = organization
        self.year = year
        self.target: Path | None = None
        self.folder = False
        self.result = None

    def start(self) -> bool:
        """Ask what and where, and start; False if the user backed out."""
        dialog = ExportDialog(self._parent, self.ctx, self.organization, self.year)
        try:
            if not run_dialog(dialog):
                return False
            scope, folder = dialog.scope(), dialog.as_folder()
        finally:
            dialog.deleteLater()
        ask = ask_folder_target if folder else ask_target
        target = ask(self._parent, self.year, self.organization.bin)
        if target is None:
            return False
        self.run(target, scope=scope, folder=folder)
        return True

    def run(self, target: Path, *, scope: ExportScope | None = None, folder: bool = False) -> None:
        from tbn4_desktop.services.export import BundleCancelled, export_bundle

        ctx, org_id, year = self.ctx, self.organization.id, self.year

        def work(report, cancelled):
            try:
                return export_bundle(
                    ctx,
                    org_id,
                    year,
                    target,
                    scope=scope,
                    folder=folder,
                    progress=lambda done, total: report(done, total, ""),
                    status=lambda text: report(0, 0, text),
                    cancelled=cancelled,
                )
            except BundleCancelled as exc:
                raise JobCancelled() from exc

        self.target, self.folder = target, folder
        self.start_job(work, tr("Формируется пакет для загрузки в ИСПУ…"), "exportProgress")

    def cancel_text(self) -> str:
        return (
            tr("Отмена… папка пакета не будет создана.") if self.folder else tr("Отмена… файл пакета не будет создан.")
        )

    # ------------------------------------------------------ on the UI thread
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if text or not total:
            # Reading and the generated forms come before the bytes are counted.
            self.show_status(tr("Формируется пакет для загрузки в ИСПУ…\n{status}").format(status=text))
            return
        self.show_progress(
            done,
            total,
            tr("Формируется пакет для загрузки в ИСПУ…\nЗаписано {done} из {total}").format(
                done=format_size(done), total=format_size(total)
            ),
        )

    def _on_succeeded(self, result) -> None:
        self._close_progress()
        self.result = result
        box = QMessageBox(self._parent)
        box.setObjectName("exportResult")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr(APP_TITLE))
        box.setText(
            tr("Папка пакета для загрузки в ИСПУ сохранена.")
            if result.folder
            else tr("Пакет для загрузки в ИСПУ сохранён.")
        )
        where = (tr("Папка: {path}") if result.folder else tr("Файл: {path}")).format(path=result.path)
        if result.scope.kind is ScopeKind.YEAR:
            items = tr("Подзадач и периодов в пакете: {items}, из них готово к загрузке: {ready}.")
        else:
            items = tr("Подзадач и периодов в пакете ({scope}): {items}, из них готово к загрузке: {ready}.")
        items = items.format(scope=result.scope.label, items=result.items, ready=result.ready_items)
        if result.forms:
            files = trn("%n файл, {size}, из них сформированных форм: {forms}.", result.files)
        else:
            files = trn("%n файл, {size}.", result.files)
        files = files.format(size=format_size(result.bytes), forms=result.forms)
        box.setInformativeText(
            f"{where}\n{items}\n{files}\n\n" + tr("Загрузите пакет в ИСПУ с компьютера, подключённого к интернету.")
        )
        open_button = box.addButton(tr("Открыть папку"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        errors.widen(box, 480)
        errors.run_modal(box)
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path if result.folder else result.path.parent)))
        self.finished.emit(result)

    def _on_failed(self, exc: BaseException, details: str) -> None:
        self._close_progress()
        from tbn4_desktop.services.export import ExportError, NothingToExport

        if isinstance(exc, NothingToExport):
            errors.show_info(self._parent, str(exc))
        elif isinstance(exc, ExportError):
            errors.show_error(self._parent, tr("Пакет не сформирован. {reason}").format(reason=exc))
        else:
            message = errors.user_message(exc)
            if message == tr(errors.UNEXPECTED_MESSAGE):
                message = tr(
                    "Пакет не сформирован из-за непредвиденной ошибки; файл не создан. "
                    "Повторите экспорт; если ошибка повторится, передайте журнал администратору."
                )
            errors.show_error(self._parent, message, details)
        self.finished.emit(None)

    def _on_cancelled(self) -> None:
        self._close_progress()
        errors.show_info(
            self._parent,
            tr("Экспорт отменён: папка пакета не создана.")
            if self.folder
            else tr("Экспорт отменён: файл пакета не создан."),
        )
        self.finished.emit(None)
