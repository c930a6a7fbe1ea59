"""«Матрица документов квазигосударственного сектора»: Project 3 subtasks
3.1.2 and 3.2.1–3.2.6 ask the same thing of the same list of quasi-state
companies — does the company have document X. The rows are the
organisation's list of supervised companies (services/checklist.
list_supervised: the denominator of the shares); companies named only in
the registers are shown too, marked, and join the list when saved; a row
removed here leaves the list. The seven documents are checkable columns;
under the table the percent of each document and, for 3.2.1–3.2.6 only, the
score (3.1.2 is a share without points). Saving writes the list and the rows
of all seven registers in one transaction (other columns of a stored row —
date, number, link — are kept). Model/view: no widget per cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Catalog, KpiKind
from tbn4_desktop.core.kpi import KpiResult, format_number, format_percent
from tbn4_desktop.core.register_values import is_empty
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.checklist import (
    SupervisedInfo,
    add_supervised,
    list_supervised,
    remove_supervised,
)
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.executions import get_execution
from tbn4_desktop.services.registers import list_rows, save_rows
from tbn4_desktop.store_errors import ConcurrentEditError, StoreError
from tbn4_desktop.ui.quasi_matrix_model import FIXED, UNLISTED_TIP, MatrixModel, quasi_register  # noqa: F401 - re-exported
from tbn4_desktop.ui.window_fit import fit_window

#: The subtasks sharing the list of quasi-state companies, in column order.
QUASI_CODES: tuple[str, ...] = ("3.1.2", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5", "3.2.6")
TITLE = N_("Матрица документов квазигосударственного сектора")

#: The rows under the matrix: header label, what it means.
SUMMARY_ROWS = (
    (N_("Доля"), N_("Доля организаций из списка, у которых есть документ, в процентах")),
    (
        N_("Балл"),
        N_(
            "Балл подзадач 3.2.1–3.2.6: каждые 10 % организаций с документом — 0,2 балла, 100 % — 2 балла; "
            "3.1.2 — доля без баллов"
        ),
    ),
)


def quasi_executions(session: Any, execution_id: int) -> dict[str, int]:
    """The matrix's subtasks in the year plan of `execution_id` (code → execution id)."""
    from tbn4_desktop.services.checklist import sibling_executions

    return sibling_executions(session, execution_id, QUASI_CODES)


class QuasiMatrixDialog(QDialog):
    """Edit the seven registers at once. `executions`: subtask code → the
    execution id of that subtask in the year shown."""

    saved = Signal(list)  # execution ids written

    def __init__(self, ctx: AppContext, catalog: Catalog, executions: dict[str, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quasiMatrixDialog")
        self.setWindowTitle(tr(TITLE))
        self.ctx = ctx
        self.supervised: list[SupervisedInfo] = []
        self.org_id: int | None = None
        self.codes = [c for c in QUASI_CODES if c in executions]
        self.executions = executions
        self.subtasks = [catalog.subtask(c) for c in self.codes]
        self.model = MatrixModel(self.subtasks, self)
        self.view = QTableView(self)
        self.view.setObjectName("matrixView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setMinimumHeight(74)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, 200)
        self.view.setColumnWidth(1, 105)
        for i in range(len(self.subtasks)):
            self.view.setColumnWidth(FIXED + i, self._document_width(i))
        header.setSectionsClickable(True)
        header.sectionDoubleClicked.connect(self._toggle_column)

        # Percent and score of each document, column-aligned with the matrix.
        self.summary_model = QStandardItemModel(2, FIXED + len(self.subtasks), self)
        self.summary = QTableView(self)
        self.summary.setObjectName("matrixSummary")
        self.summary.setModel(self.summary_model)
        self.summary.horizontalHeader().hide()
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.verticalHeader().setDefaultSectionSize(26)
        # The rows say what they are in words: the header and the first column.
        for row, (label, tip) in enumerate(SUMMARY_ROWS):
            item = QStandardItem(tr(label))
            item.setToolTip(tr(tip))
            self.summary_model.setVerticalHeaderItem(row, item)
        self.summary.setFixedHeight(2 * 26 + 4)
        header.sectionResized.connect(lambda i, _old, new: self.summary.setColumnWidth(i, new))
        self.view.horizontalScrollBar().valueChanged.connect(self.summary.horizontalScrollBar().setValue)
        labels = max(
            self.summary.verticalHeader().fontMetrics().horizontalAdvance(tr(label)) for label, _ in SUMMARY_ROWS
        )
        self.view.verticalHeader().setFixedWidth(labels + 16)
        self.summary.verticalHeader().setFixedWidth(labels + 16)
        for c in range(self.summary_model.columnCount()):
            self.summary.setColumnWidth(c, self.view.columnWidth(c))

        self.add_button = QPushButton(tr("&Добавить организацию"), self)
        self.remove_button = QPushButton(tr("&Удалить организацию"), self)
        self.import_button = QPushButton(tr("&Импорт списка из подзадачи"), self)
        self.import_menu = QMenu(self.import_button)
        self.import_button.setMenu(self.import_menu)
        self.add_button.clicked.connect(self.add_company)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        intro = QLabel(
            tr(
                "Строки — список организаций квазигосударственного сектора, деятельность которых курирует "
                "организация: по нему считается доля в подзадачах 3.1.2 и 3.2.1–3.2.6. Организации, "
                "добавленные или удалённые здесь, при сохранении добавляются в список или удаляются из "
                "него. Отметьте, у каких организаций есть документ. Балл за 3.2.1–3.2.6: каждые 10 % "
                "организаций — 0,2 балла, 100 % — 2 балла; 3.1.2 — доля без баллов. Двойной щелчок по "
                "заголовку столбца отмечает или снимает все строки."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("matrixMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Сохранить"))
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Отмена"))
        self.box.accepted.connect(self.save_and_close)
        self.box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.box)
        fit_window(self, QSize(1240, 560), key="quasiMatrix/geometry")

        self.model.edited.connect(self.update_summary)
        # A long name wraps onto a second line instead of being cut.
        self.model.edited.connect(self.view.resizeRowsToContents)
        header.sectionResized.connect(lambda i, *_: self.view.resizeRowsToContents() if i == 0 else None)
        self.load()
        self._fill_import_menu()

    # ------------------------------------------------------------ data
    def load(self) -> None:
        with self.ctx.store.session() as session:
            self.stored = [
                [r.values for r in list_rows(session, self.executions[s.code], quasi_register(s))]
                for s in self.subtasks
            ]
            # What the matrix was read at: saving over another PC's newer rows is refused.
            details = {s.code: get_execution(session, self.executions[s.code]) for s in self.subtasks}
            self.versions = {code: d.info.version for code, d in details.items()}
            if self.org_id is None and self.subtasks:
                from tbn4_desktop.services.kpis import organization_of_execution

                self.org_id = organization_of_execution(session, self.executions[self.subtasks[0].code])
            self.supervised = list_supervised(session, self.org_id) if self.org_id is not None else []
        self.model.load(self.stored, self.supervised)
        self._sync_buttons()
        unlisted = self.model.unlisted()
        if unlisted:
            self.show_message(
                tr(
                    "Организаций из таблиц, которых нет в списке курируемых: {count}. "
                    "Они отмечены «нет в списке»; при сохранении они будут добавлены в список — "
                    "или удалите лишние строки."
                ).format(count=len(unlisted)),
                error=False,
            )
        elif not self.model.companies:
            self.show_message(
                tr(
                    "Список курируемых организаций не заполнен: добавьте организации, деятельность "
                    "которых курирует организация."
                ),
                error=False,
            )

    def _fill_import_menu(self) -> None:
        self.import_menu.clear()
        for subtask, rows in zip(self.subtasks, self.stored, strict=True):
            n = sum(1 for r in rows if not is_empty(r.get("company_name")))
            action = self.import_menu.addAction(
                tr("{code} {title} — организаций: {count}").format(
                    code=subtask.code, title=tc(subtask.short_title), count=n
                )
            )
            action.setEnabled(n > 0)
            action.triggered.connect(lambda _=False, code=subtask.code: self.import_from(code))

    def import_from(self, code: str) -> int:
        """Add the companies of subtask `code`'s stored rows; how many were new."""
        added = self.model.import_companies(self.stored[self.codes.index(code)])
        self._sync_buttons()
        self.show_message(
            tr("Добавлено организаций из подзадачи {code}: {count}.").format(code=code, count=added)
            if added
            else tr("Все организации из подзадачи {code} уже есть в матрице.").format(code=code),
            error=False,
        )
        return added

    def add_company(self) -> None:
        row = self.model.add_company()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)
        self._sync_buttons()

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_company(index.row())
        self._sync_buttons()

    def _toggle_column(self, column: int) -> None:
        if column >= FIXED and self.model.companies:
            self.model.set_all(column, not all(c["docs"][column - FIXED] for c in self.model.companies))

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.model.companies))

    def results(self) -> dict[str, KpiResult]:
        return {code: self.model.result(i) for i, code in enumerate(self.codes)}

    def _document_width(self, i: int) -> int:
        """A document column fits its longest header word (no word is broken)."""
        metrics = self.view.horizontalHeader().fontMetrics()
        words = self.model.header_title(FIXED + i).split()
        return max(123, max(metrics.horizontalAdvance(w) for w in words) + 20)

    def update_summary(self) -> None:
        first = QStandardItem(tr("Доля с документом"))
        second = QStandardItem(tr("Балл (из 2; 3.2.1–3.2.6)"))
        for item, (_label, tip) in zip((first, second), SUMMARY_ROWS, strict=True):
            item.setToolTip(tr(tip))
        self.summary_model.setItem(0, 0, first)
        self.summary_model.setItem(1, 0, second)
        listed = sum(1 for c in self.model.companies if not is_empty(c["name"]))
        self.summary_model.setItem(0, 1, QStandardItem(tr("всего: {count}").format(count=listed)))
        self.summary_model.setItem(1, 1, QStandardItem(""))
        for i, result in enumerate(self.results().values()):
            pct = QStandardItem("—" if result.value is None else format_percent(result.value))
            score = QStandardItem(
                tr("без баллов")
                if result.kind is KpiKind.QUASI_SHARE
                else "—"
                if result.score is None
                else format_number(result.score)
            )
            for item in (pct, score):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(result.text)
            self.summary_model.setItem(0, FIXED + i, pct)
            self.summary_model.setItem(1, FIXED + i, score)

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> bool:
        """Write all seven registers in one transaction; False with the reason shown."""
        unnamed = [i + 1 for i, c in enumerate(self.model.companies) if is_empty(c["name"]) and not is_empty(c["bin"])]
        if unnamed:
            self.show_message(
                tr("Укажите наименование организации в строках: {rows}.").format(rows=", ".join(map(str, unnamed)))
            )
            return False
        try:
            with self.ctx.store.session() as session:
                for i, subtask in enumerate(self.subtasks):
                    save_rows(
                        session,
                        self.executions[subtask.code],
                        quasi_register(subtask),
                        self.model.register_rows(i),
                        expected_version=self.versions[subtask.code],
                    )
                self._save_list(session)
        except ValidationError as exc:
            lines = []
            titles = {
                "company_name": tr("Наименование организации"),
                "bin": tr("БИН"),
                "name": tr("Наименование организации"),
            }
            for key, message in exc.errors.items():
                if key in ("name", "bin"):
                    lines.append(tr("Список курируемых организаций: {message}").format(message=message))
                    continue
                where = key
                if key.startswith("rows[") and "]." in key:
                    index, column = key[5:].split("].", 1)
                    where = tr("Строка {row}, «{column}»").format(row=int(index) + 1, column=titles.get(column, column))
                line = f"{where}: {message}"
                if line not in lines:
                    lines.append(line)
            self.show_message(tr("Матрица не сохранена.") + "\n" + "\n".join(lines[:8]))
            return False
        except ConcurrentEditError:
            self.load()
            self._fill_import_menu()
            self.show_message(
                tr(
                    "Матрица не сохранена: эти подзадачи только что изменил другой пользователь. "
                    "Данные перечитаны — проверьте их и повторите."
                )
            )
            return False
        except StoreError as exc:
            self.show_message(tr("Матрица не сохранена. {reason}").format(reason=exc))
            return False
        self.show_message("", error=False)
        self.load()
        self._fill_import_menu()
        self.saved.emit([self.executions[c] for c in self.codes])
        return True

    def _save_list(self, session: Any) -> None:
        """Make the list of supervised companies the matrix's rows: new and
        renamed rows are added, rows removed here leave the list."""
        if self.org_id is None:
            return
        kept: set[int] = set()
        for company in self.model.companies:
            if is_empty(company["name"]):
                continue
            entity = company["entity"]
            original = next((e for e in self.supervised if e.id == entity), None)
            if original is not None and (original.name, original.bin or None) == (company["name"], company["bin"]):
                kept.add(entity)
        for entity in self.supervised:
            if entity.id not in kept:
                remove_supervised(session, self.org_id, entity.id)
        session.flush()
        for company in self.model.companies:
            if is_empty(company["name"]) or company["entity"] in kept:
                continue
            add_supervised(session, self.org_id, company["name"], company["bin"])

    def save_and_close(self) -> None:
        if self.save():
            self.accept()
