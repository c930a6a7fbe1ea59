"""The tree of the year: Проект → Задача → Подзадача → period rows.

Built from the catalog, one list of ExecutionInfo (one query) and the
year's checklists of confirming documents; updated row by row when a subtask
changes. The status shown is the one `tbn4 status` gives: «Готово к
загрузке» only while every required document is there (else «В работе»,
with what is missing in the tooltip). Subtasks that do not apply — to the
organisation's level, or by its answer to a question of the catalog — are
shown too, greyed, with «Не применяется».
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from tbn4_desktop.core.catalog import Catalog, Subtask
from tbn4_desktop.core.vocabulary import ExecutionStatus, OrgLevel, period_label
from tbn4_desktop.i18n import N_, tc, tr, trn
from tbn4_desktop.services.records import ExecutionInfo, SignatoryInfo
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.icons import (
    NOT_APPLICABLE_LABEL,
    deadline_icon,
    not_applicable_icon,
    status_icon,
)

if TYPE_CHECKING:
    from tbn4_desktop.core.checklist import Checklist
    from tbn4_desktop.services.startup_view import YearChecklists

COLUMNS = (N_("Наименование"), N_("Статус"), N_("Срок"), N_("Подписант"), N_("Файлы"))
COL_NAME, COL_STATUS, COL_DUE, COL_SIGNER, COL_FILES = range(5)

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
EXECUTION_ROLE = Qt.ItemDataRole.UserRole + 3
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 4
STATUS_ROLE = Qt.ItemDataRole.UserRole + 5

_GREY = QBrush(QColor("#767676"))
_RED = QBrush(QColor("#b00020"))
NO_DOCUMENTS = N_("нет документов")  # shown as tr(NO_DOCUMENTS)


class NodeKind(IntEnum):
    PROJECT = 1
    TASK = 2
    SUBTASK = 3
    PERIOD = 4


@dataclass(frozen=True)
class Selection:
    """What the user selected: a subtask and, if known, one execution."""

    kind: NodeKind
    code: str  # subtask code, task code or project number
    execution_id: int | None  # the period's execution (None: several or none)


def sentence_case(text: str) -> str:
    """'II квартал' stays, 'март' → 'Март' (str.capitalize would give 'Ii')."""
    return text[:1].upper() + text[1:]


def short_name(full_name: str) -> str:
    """'Ахметов Серик Болатович' → 'Ахметов С. Б.' for the narrow column."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return parts[0] + " " + " ".join(f"{p[0]}." for p in parts[1:3])


def files_text(attachments: int, links: int) -> str:
    parts = []  # a list of counts, joined with ", "
    if attachments:
        parts.append(trn("%n файл", attachments))
    if links:
        parts.append(trn("%n ссылка", links))
    return ", ".join(parts) or "—"


def aggregate_status(statuses: list[ExecutionStatus]) -> ExecutionStatus:
    """One status for a subtask with several periods: done when every period
    is done, «Не начато» when none started, else «В работе»."""
    if not statuses:
        return ExecutionStatus.NOT_STARTED
    if all(s is statuses[0] for s in statuses):
        return statuses[0]
    if all(s.is_done for s in statuses):
        return ExecutionStatus.READY_FOR_UPLOAD
    if all(s is ExecutionStatus.NOT_STARTED for s in statuses):
        return ExecutionStatus.NOT_STARTED
    return ExecutionStatus.IN_PROGRESS


def checklist_tooltip(checklist: Checklist) -> str:
    """One line per confirming document: its mark and title, then what is
    missing (the refusal sentence) when the checklist is not complete."""
    lines = [f"{state.mark} {tc(state.slot.title)}" for state in checklist.slots]
    if checklist.unassigned_files:
        lines.append(trn("Не распределено: %n файл", checklist.unassigned_files))
    if not checklist.complete:
        lines.append(checklist.refusal())
    return "\n".join(lines)


def checklist_signers(checklist: Checklist | None) -> list[tuple[str, bool]]:
    """(name, allowed) of every signer chosen in the checklist, each once."""
    out: dict[str, bool] = {}
    for state in checklist.slots if checklist is not None else ():
        if state.signer_name:
            out[state.signer_name] = out.get(state.signer_name, True) and state.signer_allowed is not False
    return list(out.items())


def has_documents(checklist: Checklist | None, info: ExecutionInfo) -> bool:
    """Any confirming document there at all (a file, a link, register rows,
    a document declared «не требуется»)."""
    if info.attachment_count or info.link_count:
        return True
    return checklist is not None and any((s.satisfied or s.waived_reason) and s.slot.counts for s in checklist.slots)


class CatalogTreeModel(QStandardItemModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self._catalog: Catalog | None = None
        self._signatories: dict[int, SignatoryInfo] = {}
        self._execution_rows: dict[int, list[QStandardItem]] = {}
        self._executions: dict[int, ExecutionInfo] = {}
        self._subtask_rows: dict[str, list[QStandardItem]] = {}
        self._subtask_executions: dict[str, list[int]] = {}
        self._checklists: YearChecklists | None = None
        self._not_applicable: dict[str, str] = {}  # code → why, in Russian
        self._stored: dict[int, ExecutionStatus] = {}  # execution id → the status as stored

    # ----------------------------------------------------------------- build
    def populate(
        self,
        catalog: Catalog,
        level: OrgLevel,
        executions: Iterable[ExecutionInfo],
        signatories: Iterable[SignatoryInfo],
        checklists: YearChecklists | None = None,
    ) -> None:
        """`executions` with their stored statuses; `checklists` (the
        year's, see services.startup_view.YearChecklists) decide the status
        shown and which subtasks apply by the organisation's answers."""
        # Rows are built detached and appended whole: the view sees one
        # insertion per project instead of one per row.
        self.removeRows(0, self.rowCount())
        self._catalog = catalog
        self._checklists = checklists
        self._not_applicable.clear()
        self._stored.clear()
        self._signatories = {s.id: s for s in signatories}
        self._execution_rows.clear()
        self._executions.clear()
        self._subtask_rows.clear()
        self._subtask_executions.clear()
        by_code: dict[str, list[ExecutionInfo]] = {}
        for info in executions:
            by_code.setdefault(info.subtask_code, []).append(info)
        root = self.invisibleRootItem()
        for project in catalog.projects:
            project_row = self._row(
                tr("Проект {number}. {title}").format(number=project.number, title=tc(project.title)),
                NodeKind.PROJECT,
                str(project.number),
                bold=True,
            )
            for task in project.tasks:
                task_row = self._row(
                    tr("Задача {code}. {title}").format(code=task.code, title=tc(task.title)), NodeKind.TASK, task.code
                )
                for subtask in task.subtasks:
                    task_row[0].appendRow(self._subtask_row(subtask, level, by_code.get(subtask.code, [])))
                project_row[0].appendRow(task_row)
            root.appendRow(project_row)
            self._refresh_summary(project_row[0])

    def _row(self, text: str, kind: NodeKind, code: str, *, bold: bool = False) -> list[QStandardItem]:
        items = [QStandardItem(text)] + [QStandardItem("") for _ in COLUMNS[1:]]
        for item in items:
            item.setEditable(False)
            item.setData(int(kind), KIND_ROLE)
            item.setData(code, CODE_ROLE)
        items[0].setToolTip(text)
        if bold:
            font = QFont(items[0].font())
            font.setBold(True)
            items[0].setFont(font)
        return items

    def _subtask_row(self, subtask: Subtask, level: OrgLevel, infos: list[ExecutionInfo]) -> list[QStandardItem]:
        row = self._row(f"{subtask.code} {tc(subtask.short_title)}", NodeKind.SUBTASK, subtask.code)
        row[0].setToolTip(tr("Подзадача {code}. {title}").format(code=subtask.code, title=tc(subtask.title)))
        self._subtask_rows[subtask.code] = row
        applies = self._checklists.applicability.get(subtask.code) if self._checklists is not None else None
        if not subtask.applies_to(level) or not infos or (applies is not None and not applies.applies):
            why = (
                tr("Подзадача не применяется к уровню вашей организации")
                if applies is None or applies.question is None
                else tr(
                    "Подзадача не применяется: {reason}. Ответ меняется в меню «Файл → Организация и подписанты…»"
                ).format(reason=applies.reason)
            )
            self._not_applicable[subtask.code] = why
            row[COL_STATUS].setText(tr(NOT_APPLICABLE_LABEL))
            row[COL_STATUS].setIcon(not_applicable_icon())
            row[COL_STATUS].setToolTip(why)
            for item in row:
                item.setForeground(_GREY)
                item.setData(None, EXECUTION_ROLE)
            return row
        self._subtask_executions[subtask.code] = [i.id for i in infos]
        infos = [self._shown(i) for i in infos]
        for info in infos:
            self._executions[info.id] = info
        if len(infos) == 1 and not infos[0].period:
            for item in row:
                item.setData(infos[0].id, EXECUTION_ROLE)
            self._execution_rows[infos[0].id] = row
            self._fill_execution(row, infos[0])
        else:
            for info in infos:
                child = self._row(sentence_case(period_label(info.period)), NodeKind.PERIOD, subtask.code)
                for item in child:
                    item.setData(info.id, EXECUTION_ROLE)
                    item.setData(info.period, PERIOD_ROLE)
                self._execution_rows[info.id] = child
                self._fill_execution(child, info)
                row[0].appendRow(child)
            self._fill_subtask_aggregate(subtask.code)
        return row

    def _shown(self, info: ExecutionInfo) -> ExecutionInfo:
        """The execution with the status shown (see YearChecklists.shown)."""
        self._stored[info.id] = info.status
        return self._checklists.shown(info) if self._checklists is not None else info

    def stored_status(self, execution_id: int) -> ExecutionStatus | None:
        """The status as stored: «Готово к загрузке» may be shown «В работе»."""
        return self._stored.get(execution_id)

    def checklist(self, execution_id: int) -> Checklist | None:
        return self._checklists.checklist(execution_id) if self._checklists is not None else None

    def not_applicable_reason(self, code: str) -> str | None:
        """Why a subtask is shown «Не применяется» (None: it applies)."""
        return self._not_applicable.get(code)

    def _fill_execution(self, row: list[QStandardItem], info: ExecutionInfo) -> None:
        checklist = self.checklist(info.id)
        row[COL_STATUS].setText(info.status.label)
        row[COL_STATUS].setIcon(status_icon(info.status))
        row[COL_STATUS].setData(info.status.value, STATUS_ROLE)
        tip = info.status_text
        if checklist is not None and info.status is not ExecutionStatus.NOT_STARTED and not checklist.complete:
            tip += "\n" + checklist.refusal()
        row[COL_STATUS].setToolTip(tip)
        self._fill_signers(row[COL_SIGNER], checklist_signers(checklist))
        files = row[COL_FILES]
        if (
            checklist is not None
            and info.status is not ExecutionStatus.NOT_STARTED
            and not has_documents(checklist, info)
        ):
            files.setText(tr(NO_DOCUMENTS))
        else:
            files.setText(files_text(info.attachment_count, info.link_count))
        files.setToolTip(checklist_tooltip(checklist) if checklist is not None else files.text())

    def _fill_signers(self, item: QStandardItem, signers: list[tuple[str, bool]]) -> None:
        """One signer's short name, else how many; red with the reason when
        someone signed a document they may not sign."""
        names = [short_name(n) for n, _ in signers]
        if len(names) == 1:
            item.setText(names[0])
        else:
            item.setText(trn("%n подписант", len(names)) if names else "")
        refused = [n for n, allowed in signers if not allowed]
        item.setForeground(_RED if refused else QBrush())
        lines = [n for n, _ in signers]
        if refused:
            lines.append(
                tr("Не может подписывать свой документ: {names} — подробности на панели справа").format(
                    names=", ".join(refused)
                )
            )
        item.setToolTip("\n".join(lines))

    def _fill_subtask_aggregate(self, code: str) -> None:
        ids = self._subtask_executions.get(code, [])
        row = self._subtask_rows[code]
        if len(ids) == 1 and self._execution_rows.get(ids[0]) is row:
            return
        infos = [self._executions[i] for i in ids]
        status = aggregate_status([i.status for i in infos])
        done = sum(i.status.is_done for i in infos)
        row[COL_STATUS].setText(
            tr("{status} ({done} из {total})").format(status=status.label, done=done, total=len(infos))
        )
        row[COL_STATUS].setIcon(status_icon(status))
        row[COL_STATUS].setData(status.value, STATUS_ROLE)
        signers: dict[str, bool] = {}
        for i in infos:
            for name, allowed in checklist_signers(self.checklist(i.id)):
                signers[name] = signers.get(name, True) and allowed
        self._fill_signers(row[COL_SIGNER], list(signers.items()))
        row[COL_FILES].setText(files_text(sum(i.attachment_count for i in infos), sum(i.link_count for i in infos)))
        missing = [
            f"{sentence_case(period_label(i.period))}: {checklist.refusal()}"
            for i in infos
            if i.status is not ExecutionStatus.NOT_STARTED
            and (checklist := self.checklist(i.id)) is not None
            and not checklist.complete
        ]
        row[COL_STATUS].setToolTip("\n".join(missing))
        row[COL_FILES].setToolTip(row[COL_FILES].text())

    def _refresh_summary(self, item: QStandardItem) -> tuple[int, int]:
        """Write «N из M готово» on project and task rows; returns (done, total)."""
        kind = item.data(KIND_ROLE)
        if kind == NodeKind.SUBTASK:
            ids = self._subtask_executions.get(item.data(CODE_ROLE), [])
            if not ids:
                return 0, 0
            ready = all(self._executions[i].status.is_done for i in ids)
            return int(ready), 1
        done = total = 0
        for r in range(item.rowCount()):
            d, t = self._refresh_summary(item.child(r, 0))
            done, total = done + d, total + t
        parent = item.parent() or self.invisibleRootItem()
        status_item = parent.child(item.row(), COL_STATUS)
        if status_item is not None:
            status_item.setText(
                tr("готово {done} из {total}").format(done=done, total=total) if total else tr(NOT_APPLICABLE_LABEL)
            )
            status_item.setToolTip(tr("Сколько применимых подзадач готово к загрузке или загружено в ИСПУ"))
        return done, total

    # ---------------------------------------------------------------- update
    def update_execution(self, info: ExecutionInfo) -> None:
        """Show a changed execution (its stored status) and refresh the totals above it."""
        row = self._execution_rows.get(info.id)
        if row is None:
            return
        info = self._shown(info)
        self._executions[info.id] = info
        self._fill_execution(row, info)
        self._fill_subtask_aggregate(info.subtask_code)
        subtask_item = self._subtask_rows[info.subtask_code][0]
        project_item = subtask_item.parent().parent()
        self._refresh_summary(project_item)

    def set_checklists(self, checklists: YearChecklists, executions: Iterable[ExecutionInfo]) -> None:
        """The year's checklists judged again (after any change): every row
        shows its status from them; `executions` carry the stored statuses.
        Which subtasks apply by the answers is settled by populate()."""
        self._checklists = checklists
        touched: set[str] = set()
        for info in executions:
            row = self._execution_rows.get(info.id)
            if row is None:
                continue
            info = self._shown(info)
            self._executions[info.id] = info
            self._fill_execution(row, info)
            touched.add(info.subtask_code)
        for code in touched:
            self._fill_subtask_aggregate(code)
        root = self.invisibleRootItem()
        for r in range(root.rowCount()):
            self._refresh_summary(root.child(r, 0))

    def set_deadlines(self, rows: Iterable) -> None:
        """The «Срок» column: state icon + due date per period; on a subtask
        with periods, its most pressing period. `rows` are dashboard
        DeadlineRow objects (code, period, due, state, explanation,
        execution_id)."""
        from tbn4_desktop.ui.dashboard import STATE_ORDER, period_text

        rank = {s: i for i, s in enumerate(STATE_ORDER)}
        by_code: dict[str, list] = {}
        for r in rows:
            by_code.setdefault(r.code, []).append(r)
            cells = self._execution_rows.get(r.execution_id) if r.execution_id is not None else None
            if cells is not None:
                self._fill_due(cells[COL_DUE], r)
        for code, row in self._subtask_rows.items():
            ids = self._subtask_executions.get(code, [])
            if len(ids) == 1 and self._execution_rows.get(ids[0]) is row:
                continue
            candidates = by_code.get(code, [])
            if not candidates:
                continue
            best = min(candidates, key=lambda r: (rank.get(r.state, 99), r.due or date.max))
            self._fill_due(
                row[COL_DUE],
                best,
                prefix=(f"{sentence_case(period_text(best.period))}: " if best.period and len(candidates) > 1 else ""),
            )

    @staticmethod
    def _fill_due(item: QStandardItem, row, prefix: str = "") -> None:  # noqa: ANN001
        item.setIcon(deadline_icon(row.state))
        # The column is narrow: a date, else a short word (the icon and the
        # tooltip carry the full state).
        short = {
            "no_date": tr("не определён"),
            "not_applicable": "—",
            "done_on_time": tr("выполнено"),
            "done_late": tr("выполнено"),
        }
        item.setText(format_date(row.due) if row.due else short.get(row.state.value, row.state.label))
        item.setToolTip(f"{prefix}{row.state.label} ({row.judged_word}). {row.tooltip}")

    def all_executions(self) -> list[ExecutionInfo]:
        return list(self._executions.values())

    def execution(self, execution_id: int) -> ExecutionInfo | None:
        return self._executions.get(execution_id)

    def executions_of(self, code: str) -> list[ExecutionInfo]:
        return [self._executions[i] for i in self._subtask_executions.get(code, [])]

    def index_of_execution(self, execution_id: int) -> QModelIndex:
        row = self._execution_rows.get(execution_id)
        return row[0].index() if row else QModelIndex()

    def index_of_subtask(self, code: str) -> QModelIndex:
        row = self._subtask_rows.get(code)
        return row[0].index() if row else QModelIndex()

    def counts(self) -> dict[NodeKind, int]:
        out = dict.fromkeys(NodeKind, 0)

        def walk(parent: QStandardItem) -> None:
            for r in range(parent.rowCount()):
                child = parent.child(r, 0)
                out[NodeKind(child.data(KIND_ROLE))] += 1
                walk(child)

        walk(self.invisibleRootItem())
        return out


#: A name wraps onto at most this many lines (the tooltip has it whole).
NAME_MAX_LINES = 3
_TEXT_MARGIN = 8  # the style's text margins either side, with room to spare


class WrappedNameDelegate(QStyledItemDelegate):
    """The «Наименование» column word-wrapped: officials know a subtask by
    its name, so «1.1.1 График внутреннего анализа коррупционных рисков»
    is shown whole on two lines rather than cut to «1.1.1 График
    внутренне…». Row heights follow the column's width."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view

    def text_width(self, index: QModelIndex | QPersistentModelIndex, option: QStyleOptionViewItem) -> int:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
        icon = (
            option.decorationSize.width() + 4
            if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration
            else 0
        )
        return max(self.view.columnWidth(COL_NAME) - indent - icon - 2 * _TEXT_MARGIN, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != COL_NAME:
            return size
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = QFontMetrics(opt.font)
        bound = metrics.boundingRect(
            QRect(0, 0, self.text_width(index, opt), 100000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        lines = min(max(1, -(-bound.height() // metrics.lineSpacing())), NAME_MAX_LINES)
        return QSize(size.width(), max(size.height(), lines * metrics.lineSpacing() + 4))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if index.column() != COL_NAME:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        opt.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)


class CatalogTreeView(QTreeView):
    """The tree; Enter (or a double click) on a subtask asks to execute it."""

    selectionChangedTo = Signal(object)  # Selection | None
    executeRequested = Signal(object)  # Selection

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catalogTree")
        self.tree_model = CatalogTreeModel(self)
        self.setModel(self.tree_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Names wrap (WrappedNameDelegate): rows are as high as their names.
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setItemDelegate(WrappedNameDelegate(self))
        self.setAlternatingRowColors(True)
        self.setExpandsOnDoubleClick(False)
        self.setAccessibleName(tr("Проекты, задачи и подзадачи ТБН №4"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # Narrow enough for the name to get most of the width at 1366×768
        # («Документ подготовлен», «1 файл, 3 ссылки» still fit).
        for col, width in ((COL_STATUS, 188), (COL_DUE, 100), (COL_SIGNER, 112), (COL_FILES, 116)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(col, width)
        header.sectionResized.connect(self._section_resized)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.doubleClicked.connect(self._activated)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == COL_NAME:
            self.scheduleDelayedItemsLayout()  # the names wrap anew: row heights change

    def selection_at(self, index: QModelIndex) -> Selection | None:
        if not index.isValid():
            return None
        index = index.siblingAtColumn(COL_NAME)
        kind = NodeKind(index.data(KIND_ROLE))
        return Selection(kind=kind, code=index.data(CODE_ROLE), execution_id=index.data(EXECUTION_ROLE))

    def current_selection(self) -> Selection | None:
        return self.selection_at(self.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selectionChangedTo.emit(self.selection_at(current))

    def _activated(self, index: QModelIndex) -> None:
        selection = self.selection_at(index)
        if selection is None:
            return
        if selection.kind in (NodeKind.SUBTASK, NodeKind.PERIOD):
            self.executeRequested.emit(selection)
        else:
            self.setExpanded(index.siblingAtColumn(COL_NAME), not self.isExpanded(index.siblingAtColumn(COL_NAME)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def select_execution(self, execution_id: int) -> None:
        index = self.tree_model.index_of_execution(execution_id)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def select_subtask(self, code: str) -> None:
        index = self.tree_model.index_of_subtask(code)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
