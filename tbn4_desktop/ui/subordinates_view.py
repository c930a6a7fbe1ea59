"""«Подведомственные» tab: the subordinates × subtasks matrix (status icon and
a short word per cell, the periods in the tooltip), Project 3's shares of
quasi-state companies per document with the score, and «Кто опаздывает».
Shown only for an organisation with subordinates; built on first show.

A cell is done only when the period is marked done and its checklist is
complete (services/rollup.PeriodStatus.done); «Готово к загрузке» with a
required document missing shows as «В работе», with what is missing in the
tooltip, as the organisation's own tree shows it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Catalog, KpiKind
from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.core.kpi import format_number, format_percent
from tbn4_desktop.core.vocabulary import ExecutionStatus, period_label
from tbn4_desktop.i18n import N_, tc, tr, trn
from tbn4_desktop.services.rollup import (
    DocumentShare,
    LateItem,
    PeriodStatus,
    SubordinateStatus,
)
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.icons import (
    NOT_APPLICABLE_LABEL,
    deadline_icon,
    not_applicable_icon,
    status_icon,
)
from tbn4_desktop.ui.window_fit import fit_window

_SHORT = {
    ExecutionStatus.NOT_STARTED: N_("Не начато"),
    ExecutionStatus.IN_PROGRESS: N_("В работе"),
    ExecutionStatus.DOCUMENT_PREPARED: N_("Документ"),
    ExecutionStatus.SIGNED: N_("Подписано"),
    ExecutionStatus.READY_FOR_UPLOAD: N_("Готово"),
    ExecutionStatus.UPLOADED: N_("В ИСПУ"),
}
_OVERDUE_BG = QColor("#fde2e1")
_PROJECT_BG = (QColor("#ffffff"), QColor("#f3f6fa"))  # alternate projects' columns
FIXED_COLUMNS = (N_("Организация"), N_("Выполнено"))


def _capital(text: str) -> str:
    """«III квартал», «Март»: the first letter up, the rest as it is
    (str.capitalize would write «Iii квартал»)."""
    return text[:1].upper() + text[1:]


def _period_status_text(p: PeriodStatus) -> str:
    status = p.shown_status
    text = status.label if status else tr(NOT_APPLICABLE_LABEL)
    if status is ExecutionStatus.UPLOADED and p.uploaded_on:
        text += f" {format_date(p.uploaded_on)}" + (f" (№ {p.ispu_reference})" if p.ispu_reference else "")
    return text


class _Cell:
    """What one subordinate × subtask cell shows, computed once."""

    __slots__ = ("text", "icon_key", "tooltip", "overdue")

    def __init__(self, name: str, code: str, title: str, periods: list[PeriodStatus] | None):
        applicable = [p for p in periods or () if p.status is not None]
        self.overdue = any(p.state is DeadlineState.OVERDUE for p in applicable)
        if not applicable:
            self.text, self.icon_key = "—", None
            self.tooltip = f"{name}\n{code} {title}\n{tr(NOT_APPLICABLE_LABEL)}"
            return
        # One per period: a period with a status has a shown status.
        shown = [shown_status for p in applicable if (shown_status := p.shown_status) is not None]
        if len(applicable) == 1:
            self.text, self.icon_key = tr(_SHORT[shown[0]]), shown[0]
        else:
            done = sum(1 for p in applicable if p.done)
            self.text = tr("{done} из {total}").format(done=done, total=len(applicable))
            worst = min(shown, key=list(ExecutionStatus).index)
            self.icon_key = worst
        lines = [name, f"{code} {title}"]
        for p in applicable:
            label = f"{_capital(period_label(p.period))}: " if p.period else ""
            status = _period_status_text(p)
            if p.due:
                status = tr("{status}; срок {due} — {state}").format(
                    status=status, due=format_date(p.due), state=p.state.label
                )
            else:
                status = f"{status}; {p.state.label}"
            lines.append(f"{label}{status}")
            if p.missing and p.status is not None and p.status.is_done:
                lines.append(f"  {p.missing}")
        self.tooltip = "\n".join(lines)


class SubordinatesModel(QAbstractTableModel):
    """Rows: subordinates; columns: the name, done of total, then every subtask by code."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[SubordinateStatus] = []
        self.codes: list[str] = []
        self._headers: list[tuple[str, str]] = []
        self._project_of: list[int] = []
        self._cells: list[list[_Cell]] = []

    def set_data(self, catalog: Catalog, rows: list[SubordinateStatus]) -> None:
        self.beginResetModel()
        subtasks = catalog.subtasks()
        self.rows = rows
        self.codes = [s.code for s in subtasks]
        self._headers = [
            (
                s.code,
                tr("Проект {number}. {code} {title}").format(number=s.project, code=s.code, title=tc(s.short_title)),
            )
            for s in subtasks
        ]
        self._project_of = [s.project for s in subtasks]
        titles = [tc(s.short_title) for s in subtasks]
        self._cells = [
            [_Cell(r.name, s.code, title, r.periods.get(s.code)) for s, title in zip(subtasks, titles, strict=True)]
            for r in rows
        ]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self.codes)

    def cell(self, row: int, column: int) -> _Cell | None:
        return self._cells[row][column - len(FIXED_COLUMNS)] if column >= len(FIXED_COLUMNS) else None

    def periods_at(self, row: int, column: int) -> list[PeriodStatus]:
        if column < len(FIXED_COLUMNS):
            return []
        return self.rows[row].periods.get(self.codes[column - len(FIXED_COLUMNS)], [])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        sub = self.rows[r]
        if c == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return sub.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return sub.name if sub.has_plan else f"{sub.name}\n" + tr("Данных за год нет: пакет не импортирован.")
            return None
        if c == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    tr("{done} из {total}").format(done=sub.done, total=sub.total) if sub.has_plan else tr("нет данных")
                )
            if role == Qt.ItemDataRole.ToolTipRole and sub.has_plan:
                return tr(
                    "Готово или загружено: {done} из {total}; загружено в ИСПУ: {uploaded}; просрочено: {overdue}"
                ).format(done=sub.done, total=sub.total, uploaded=sub.uploaded, overdue=sub.overdue)
            return None
        cell = self.cell(r, c)
        if cell is None:  # never: the fixed columns are answered above
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.DecorationRole:
            return not_applicable_icon() if cell.icon_key is None else status_icon(cell.icon_key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.overdue:
                return QBrush(_OVERDUE_BG)
            return QBrush(_PROJECT_BG[self._project_of[c - len(FIXED_COLUMNS)] % 2])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section < len(FIXED_COLUMNS):
            return tr(FIXED_COLUMNS[section]) if role == Qt.ItemDataRole.DisplayRole else None
        code, tooltip = self._headers[section - len(FIXED_COLUMNS)]
        if role == Qt.ItemDataRole.DisplayRole:
            return code
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip
        return None


def share_text(share: DocumentShare) -> tuple[str, str, str]:
    """(companies, share, score) cells of one Project 3 document; 3.1.2 has
    a share without points («без баллов»)."""
    r = share.result
    if r.value is None:
        return tr("список не заполнен"), "—", tr("без баллов") if r.kind is KpiKind.QUASI_SHARE else "—"
    if r.score is None:
        score = tr("без баллов")
    elif r.score != r.score.to_integral_value():
        score = tr("{score} балла").format(score=format_number(r.score))  # a fraction: «0,8 балла»
    else:
        score = trn("%n балл", int(r.score))
    return tr("{done} из {total}").format(done=r.part, total=r.whole), format_percent(r.value), score


def share_tooltip(share: DocumentShare) -> str:
    """The share's line in words, and whose list of supervised companies is empty."""
    lines = [f"{share.code} {tc(share.title)}", share.result.text]
    if share.without_list:
        lines.append(
            tr("Список курируемых организаций не заполнен: {names}.").format(names=", ".join(share.without_list))
        )
    return "\n".join(lines)


def _missing_words(p: PeriodStatus) -> str:
    """What the checklist lacks, without the refusal's opening words."""
    text = p.missing
    if ": " in text:
        text = text.split(": ", 1)[1]
    return text.rstrip(".")


_DETAIL_COLUMNS = (
    N_("Период"),
    N_("Статус"),
    N_("Срок"),
    N_("Состояние срока"),
    N_("Выполнено"),
    N_("Документы: чего не хватает"),
)


def periods_html(name: str, code: str, title: str, periods: list[PeriodStatus]) -> str:
    rows = "".join(
        f"<tr><td>{escape(_capital(period_label(p.period)) if p.period else tr('За год'))}</td>"
        f"<td>{escape(_period_status_text(p))}</td><td>{escape(format_date(p.due) if p.due else '—')}</td>"
        f"<td>{escape(p.state.label)}</td><td>{escape(format_date(p.completed_on) if p.completed_on else '')}</td>"
        f"<td>{'—' if p.status is None else escape(_missing_words(p)) if p.missing else tr('всё на месте')}</td></tr>"
        for p in periods
    )
    heads = "".join(f"<th>{escape(tr(h))}</th>" for h in _DETAIL_COLUMNS)
    return (
        f"<h3>{escape(name)}</h3><p><b>{escape(tr('Подзадача {code}').format(code=code))}</b> {escape(title)}</p>"
        f"<table cellspacing='0' cellpadding='3' border='1'><tr>{heads}</tr>{rows}</table>"
    )


class SubordinatesView(QWidget):
    detailsShown = Signal(QDialog)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("subordinatesView")
        self.catalog: Catalog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = SubordinatesModel(self)
        self.table = QTableView(splitter)
        self.table.setObjectName("subordinatesMatrix")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(96)
        self.table.doubleClicked.connect(self._show_details)
        self.table.setAccessibleName(tr("Подведомственные организации по подзадачам"))
        bottom = QSplitter(Qt.Orientation.Horizontal, splitter)
        self.bottom = bottom
        box3 = QWidget(bottom)
        v3 = QVBoxLayout(box3)
        v3.setContentsMargins(0, 0, 0, 0)
        v3.addWidget(
            QLabel(
                "<b>{}</b>".format(tr("Проект 3: доля организаций квазигосударственного сектора с документом")), box3
            )
        )
        self.shares = QTableWidget(0, 4, box3)
        self.shares.setObjectName("project3Shares")
        self.shares.setHorizontalHeaderLabels([tr("Документ"), tr("Организаций"), tr("Доля"), tr("Балл")])
        self._table_defaults(self.shares)
        v3.addWidget(self.shares)
        box_late = QWidget(bottom)
        vl = QVBoxLayout(box_late)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(QLabel("<b>{}</b>".format(tr("Кто опаздывает")), box_late))
        self.late = QTableWidget(0, 5, box_late)
        self.late.setObjectName("lateTable")
        self.late.setHorizontalHeaderLabels(
            [tr("Организация"), tr("Подзадача"), tr("Период"), tr("Срок"), tr("Раб. дней просрочки")]
        )
        self._table_defaults(self.late)
        vl.addWidget(self.late)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _table_defaults(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)

    def set_data(
        self, catalog: Catalog, rows: list[SubordinateStatus], shares: list[DocumentShare], late: list[LateItem]
    ) -> None:
        self.catalog = catalog
        self.model.set_data(catalog, rows)
        self.table.setColumnWidth(0, 300)
        with_plan = sum(1 for r in rows if r.has_plan)
        self.summary.setText(
            tr(
                "Подведомственных организаций: {count}, с данными за год: {with_plan}. "
                "Просроченных подзадач: {late}. Дважды щёлкните ячейку, чтобы увидеть подробности."
            ).format(count=len(rows), with_plan=with_plan, late=len(late))
        )
        self.shares.setRowCount(len(shares))
        for i, share in enumerate(shares):
            cells = (f"{share.code} {tc(share.title)}", *share_text(share))
            tip = share_tooltip(share)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.shares.setItem(i, j, item)
        self.late.setRowCount(len(late))
        for i, entry in enumerate(late):
            texts = (
                entry.organization,
                f"{entry.code} {tc(entry.title)}",
                period_label(entry.period) if entry.period else tr("за год"),
                format_date(entry.due),
                str(entry.workdays_late),
            )
            for j, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if j == 4:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    cell.setIcon(deadline_icon(DeadlineState.OVERDUE))
                self.late.setItem(i, j, cell)
        # The document titles fit their text; the rest of the width goes to «Кто опаздывает».
        self.shares.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for j in range(self.shares.columnCount()):
            self.shares.resizeColumnToContents(j)
        shares_width = sum(self.shares.columnWidth(j) for j in range(4)) + 24
        pane = self.shares.parentWidget()
        if pane is not None:
            pane.setMaximumWidth(shares_width)
        # A capped pane does not hand its spare width over by itself: give it to «Кто опаздывает».
        total = max(sum(self.bottom.sizes()), self.bottom.width())
        self.bottom.setSizes([shares_width, max(total - shares_width, 200)])
        header = self.late.horizontalHeader()  # the names are long: both text columns share the width
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for j in range(2, self.late.columnCount()):
            self.late.resizeColumnToContents(j)

    def _show_details(self, index: QModelIndex) -> QDialog | None:
        periods = self.model.periods_at(index.row(), index.column())
        if not periods or self.catalog is None:
            return None
        code = self.model.codes[index.column() - len(FIXED_COLUMNS)]
        dialog = QDialog(self)
        dialog.setObjectName("subordinateDetails")
        dialog.setWindowTitle(tr("Подзадача {code} — {name}").format(code=code, name=self.model.rows[index.row()].name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        v = QVBoxLayout(dialog)
        browser = QTextBrowser(dialog)
        browser.setHtml(
            periods_html(self.model.rows[index.row()].name, code, tc(self.catalog.subtask(code).title), periods)
        )
        v.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        v.addWidget(buttons)
        fit_window(dialog, QSize(860, 460))  # room for what each period lacks, within the screen
        dialog.open()
        self.detailsShown.emit(dialog)
        return dialog
