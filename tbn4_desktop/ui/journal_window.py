"""«Журнал изменений» (Файл → Журнал изменений…) and «История» of one
subtask (the subtask panel's button): who changed what and when, newest
first, with filters (dates, subtask, user, action) and «Экспорт в XLSX…».

A table model over plain rows (services.audit.JournalRow), filled in one
reset: thousands of entries show at once. The own journal is filtered by
the database; a subordinate's journal (from the bundle kept at its import)
is filtered here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.journal import AuditAction
from tbn4_desktop.core.journal_xlsx import period_text
from tbn4_desktop.i18n import N_, sort_key, tr
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.jobs import Job
from tbn4_desktop.ui.widgets import fit_to_screen, heading, wrapped

if TYPE_CHECKING:
    from tbn4_desktop.services.audit import JournalFilter, JournalRow
    from tbn4_desktop.services.context import AppContext

COLUMNS = (N_("Когда"), N_("Кто"), N_("Подзадача"), N_("Период"), N_("Действие"), N_("Что изменено"))
#: Rows read at once; beyond that the newest are shown and the user is asked to narrow the filter.
ROW_LIMIT = 5000
NO_DATE = QDate(2000, 1, 1)
OWN = ("own", 0, 0)


class JournalModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[JournalRow] = []

    def set_rows(self, rows: list[JournalRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> JournalRow:
        return self._rows[row]

    def rows(self) -> list[JournalRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return r.summary
        return None

    @staticmethod
    def text(r: JournalRow, column: int) -> str:
        return (
            r.at.strftime("%d.%m.%Y %H:%M"),
            r.who,
            r.subtask_code or "—",
            period_text(r.period),
            r.action_label,
            r.summary,
        )[column]


class JournalWindow(QDialog):
    """The journal; with `code` (and `period`) the «История» of one subtask."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        organization_id: int | None = None,
        code: str | None = None,
        period: str | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.organization_id = organization_id
        self.history = code is not None
        self.period = period
        self.job: Job | None = None
        self._ready = False  # filters fire signals while they are built
        self.setObjectName("journalWindow")
        if not self.history:
            what = tr("Журнал изменений")
        elif period is None:
            what = tr("История подзадачи {code}").format(code=code)
        else:
            what = tr("История подзадачи {code} ({period})").format(code=code, period=period_text(period))
        self.setWindowTitle(f"{what} — {tr(APP_TITLE)}")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(what, self, scale=1.15))
        if not self.history:
            layout.addWidget(
                wrapped(
                    tr(
                        "Каждое изменение данных записывается сюда в момент сохранения: когда, кто (пользователь "
                        "Windows и компьютер), что было и что стало. Записи защищены контрольными суммами: "
                        "исправленную или удалённую запись находит «Справка → Проверка данных»."
                    ),
                    self,
                    selectable=False,
                )
            )
        layout.addLayout(self._filters(code))
        self.model = JournalModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("journalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAccessibleName(tr("Записи журнала изменений"))
        header = self.table.horizontalHeader()
        for column, width in enumerate((118, 150, 92, 90, 215)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        layout.addWidget(self.table, 1)
        self.details = QTextBrowser(self)
        self.details.setObjectName("journalDetails")
        self.details.setAccessibleName(tr("Подробности записи"))
        self.details.setMaximumHeight(96)
        self.details.setPlaceholderText(tr("Выберите запись, чтобы прочитать её полностью, с подробностями."))
        layout.addWidget(self.details)
        bar = QHBoxLayout()
        self.count_label = QLabel(self)
        bar.addWidget(self.count_label, 1)
        self.export_button = QPushButton(tr("Экспорт в &XLSX…"), self)
        self.export_button.setObjectName("journalExportButton")
        self.export_button.clicked.connect(self.export_xlsx)
        bar.addWidget(self.export_button)
        close = QPushButton(tr("Закрыть"), self)
        close.clicked.connect(self.close)
        bar.addWidget(close)
        layout.addLayout(bar)
        fit_to_screen(
            self,
            QSize(1080, 600) if not self.history else QSize(960, 520),
            key="journalWindow/geometry" if not self.history else "journalHistory/geometry",
        )
        self._reload_timer = QTimer(self, singleShot=True, interval=250)
        self._reload_timer.timeout.connect(self.reload)
        self._ready = True
        self.reload()
        self.table.setFocus()

    # ------------------------------------------------------------ filters
    def _filters(self, code: str | None) -> QGridLayout:
        grid = QGridLayout()
        self.date_from, self.date_to = self._date_edit("journalFrom"), self._date_edit("journalTo")
        self.code_edit = QLineEdit(code or "", self)
        self.code_edit.setObjectName("journalCode")
        self.code_edit.setPlaceholderText(tr("например, 1.1.2"))
        self.code_edit.setEnabled(not self.history)
        self.code_edit.textChanged.connect(lambda _t: self._reload_timer.start())
        self.user_combo = self._combo("journalUser")
        self.action_combo = self._combo("journalAction")
        self.action_combo.addItem(tr("Все действия"), None)
        for action in AuditAction:
            self.action_combo.addItem(action.label, action.value)
        self.source_combo = self._combo("journalSource")
        self.source_combo.addItem(tr("Записи этой программы"), OWN)
        self.code_edit.setMaximumWidth(130)
        self.user_combo.setMinimumContentsLength(22)
        cells = (
            (tr("С:"), self.date_from),
            (tr("по:"), self.date_to),
            (tr("Подзадача:"), self.code_edit),
            (tr("Кто:"), self.user_combo),
        )
        for n, (text, widget) in enumerate(cells):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, 2 * n)
            grid.addWidget(widget, 0, 2 * n + 1)
        grid.addWidget(QLabel(tr("Действие:"), self), 1, 0)
        grid.addWidget(self.action_combo, 1, 1, 1, 5)
        reset = QPushButton(tr("Сбросить отбор"), self)
        reset.clicked.connect(self.reset_filters)
        grid.addWidget(reset, 1, 6, 1, 2, Qt.AlignmentFlag.AlignLeft)
        self.source_combo.hide()
        if not self.history:
            self._fill_sources()
            if self.source_combo.count() > 1:
                self.source_combo.show()
                grid.addWidget(QLabel(tr("Журнал:"), self), 2, 0)
                grid.addWidget(self.source_combo, 2, 1, 1, 7)
        grid.setColumnStretch(7, 1)
        return grid

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(tr("любая дата"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _d: self.reload())
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        return combo

    def _fill_sources(self) -> None:
        """The subordinates' journals that came with their imported bundles."""
        from sqlalchemy import select

        from tbn4_desktop.models import ImportedBundle, Organization

        with self.ctx.store.session() as session:
            live = session.execute(
                select(Organization.id, Organization.name, ImportedBundle.year)
                .join(ImportedBundle, ImportedBundle.organization_id == Organization.id)
                .where(ImportedBundle.superseded_at.is_(None))
                .order_by(Organization.id, ImportedBundle.year.desc())
            ).all()
        for org_id, name, year in sorted(live, key=lambda row: sort_key(row[1])):
            self.source_combo.addItem(
                tr("«{name}» за {year} год (из принятого пакета)").format(name=name, year=year),
                ("bundle", org_id, year),
            )

    def reset_filters(self) -> None:
        for widget in (self.date_from, self.date_to, self.user_combo, self.action_combo):
            widget.blockSignals(True)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.user_combo.setCurrentIndex(0)
        self.action_combo.setCurrentIndex(0)
        for widget in (self.date_from, self.date_to, self.user_combo, self.action_combo):
            widget.blockSignals(False)
        if not self.history:
            self.code_edit.setText("")
        self.reload()

    def current_filter(self) -> JournalFilter:
        from tbn4_desktop.services.audit import JournalFilter

        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_DATE else edit.date().toPython()  # type: ignore[return-value]  # PySide6: toPython() typed as object

        return JournalFilter(
            organization_id=self.organization_id if self.history else None,
            subtask_code=self.code_edit.text().strip() or None,
            period=self.period if self.history else None,
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            user=self.user_combo.currentData(),
            action=self.action_combo.currentData(),
            limit=ROW_LIMIT + 1,
        )

    # ------------------------------------------------------------ reading
    def reload(self) -> None:
        from tbn4_desktop.services import audit

        if not self._ready:
            return
        flt = self.current_filter()
        source = self.source_combo.currentData() or OWN
        try:
            with self.ctx.store.session() as session:
                if source[0] == "own":
                    rows = audit.list_entries(session, flt)
                    users = audit.journal_users(session, flt.organization_id)
                else:
                    everything = audit.imported_journal(session, self.ctx.blobs, source[1], source[2])
                    rows = [r for r in everything if _matches(r, flt)][: ROW_LIMIT + 1]
                    users = sorted({r.who for r in everything})
        except audit.JournalUnavailable as exc:
            errors.show_error(self, str(exc))
            return
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return
        self._fill_users(users)
        more = len(rows) > ROW_LIMIT
        self.model.set_rows(rows[:ROW_LIMIT])
        self.count_label.setText(
            tr("Показаны последние {count} записей: уточните отбор, чтобы увидеть более ранние.").format(
                count=ROW_LIMIT
            )
            if more
            else (tr("Записей нет.") if not rows else tr("Записей: {count}.").format(count=len(rows)))
        )
        self.export_button.setEnabled(bool(rows))
        self.details.clear()

    def _fill_users(self, users: list[str]) -> None:
        current = self.user_combo.currentData()
        wanted = [None, *users]
        if [self.user_combo.itemData(i) for i in range(self.user_combo.count())] == wanted:
            return
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem(tr("Все пользователи"), None)
        for who in users:
            self.user_combo.addItem(who, who)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(current)))
        self.user_combo.blockSignals(False)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        r = self.model.row_at(current.row())
        lines = [f"№{r.id}, {r.at:%d.%m.%Y %H:%M:%S}, {r.who}: {r.action_label}.", r.summary]
        details = json.loads(r.details or "{}")
        if details:
            lines.append(tr("Подробности: {details}").format(details=json.dumps(details, ensure_ascii=False)))
        self.details.setPlainText("\n".join(lines))

    # ------------------------------------------------------------ XLSX
    def export_xlsx(self) -> None:
        rows = self.model.rows()
        if not rows or (self.job is not None and not self.job.wait(0)):
            return
        name = f"Журнал изменений {date.today():%d.%m.%Y}.xlsx"  # i18n: ru-only — an exported file's name
        start = Path.home() / name
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Сохранить журнал изменений"), str(start), tr("Таблица Excel (*.xlsx)")
        )
        if chosen:
            self.save_to(Path(chosen), rows)

    def save_to(self, target: Path, rows: list[JournalRow]) -> Job:
        from tbn4_desktop.services.journal_files import (
            organization_names,
            save_journal_xlsx,
        )

        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        with self.ctx.store.session() as session:
            names = organization_names(session)
        self.job = Job(lambda _progress, _cancelled: save_journal_xlsx(rows, target, names), self)
        self.job.signals.succeeded.connect(
            lambda count: self.count_label.setText(
                tr("Журнал сохранён: {target} (записей: {count}).").format(target=target, count=count)
            )
        )
        self.job.signals.failed.connect(lambda exc, tb: errors.show_error(self, str(exc), tb))
        self.export_button.setEnabled(False)
        self.job.signals.finished.connect(lambda: self.export_button.setEnabled(True))
        self.count_label.setText(tr("Журнал сохраняется…"))
        self.job.start()
        return self.job


def _matches(r: JournalRow, flt: JournalFilter) -> bool:
    return (
        (flt.subtask_code is None or r.subtask_code == flt.subtask_code)
        and (flt.date_from is None or r.at.date() >= flt.date_from)
        and (flt.date_to is None or r.at.date() <= flt.date_to)
        and (flt.user is None or r.who == flt.user)
        and (flt.action is None or r.action == flt.action)
    )


def open_journal(
    parent: Any,
    ctx: AppContext | None,
    *,
    organization_id: int | None = None,
    code: str | None = None,
    period: str | None = None,
) -> JournalWindow | None:
    """Show the journal (or a subtask's history) non-modally beside the main window."""
    if ctx is None:
        return None
    window = JournalWindow(ctx, parent, organization_id=organization_id, code=code, period=period)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
