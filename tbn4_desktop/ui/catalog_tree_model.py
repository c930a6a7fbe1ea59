"""The model of the year's tree (Проект → Задача → Подзадача → period
rows): its columns and roles, what a selection is, and the rows filled from
the catalog, the year's executions, checklists and deadlines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from tbn4_desktop.core.catalog import Catalog, Subtask
from tbn4_desktop.core.vocabulary import ExecutionStatus, OrgLevel, period_label
from tbn4_desktop.i18n import N_, tc, tr, trn
from tbn4_desktop.services.records import ExecutionInfo, SignatoryInfo
from tbn4_desktop.ui.catalog_tree_text import (
    aggregate_status,
    checklist_signers,
    checklist_tooltip,
    files_text,
    has_documents,
    sentence_case,
    short_name,
)
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
