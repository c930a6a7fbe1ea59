"""The tree of the year: Проект → Задача → Подзадача → period rows.

Built from the catalog, one list of ExecutionInfo (one query) and the
year's checklists of confirming documents; updated row by row when a subtask
changes. The status shown is the one `tbn4 status` gives: «Готово к
загрузке» only while every required document is there (else «В работе»,
with what is missing in the tooltip). Subtasks that do not apply — to the
organisation's level, or by its answer to a question of the catalog — are
shown too, greyed, with «Не применяется».

This module holds the view and its name column's delegate; the model is in
catalog_tree_model.py, its words in catalog_tree_text.py (both names are
re-exported here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyledItemDelegate,
    QTreeView,
    QWidget,
)

from tbn4_desktop.i18n import tr
from tbn4_desktop.ui.catalog_tree_model import CODE_ROLE as CODE_ROLE
from tbn4_desktop.ui.catalog_tree_model import COL_DUE as COL_DUE
from tbn4_desktop.ui.catalog_tree_model import COL_FILES as COL_FILES
from tbn4_desktop.ui.catalog_tree_model import COL_NAME as COL_NAME
from tbn4_desktop.ui.catalog_tree_model import COL_SIGNER as COL_SIGNER
from tbn4_desktop.ui.catalog_tree_model import COL_STATUS as COL_STATUS
from tbn4_desktop.ui.catalog_tree_model import COLUMNS as COLUMNS
from tbn4_desktop.ui.catalog_tree_model import EXECUTION_ROLE as EXECUTION_ROLE
from tbn4_desktop.ui.catalog_tree_model import KIND_ROLE as KIND_ROLE
from tbn4_desktop.ui.catalog_tree_model import NO_DOCUMENTS as NO_DOCUMENTS
from tbn4_desktop.ui.catalog_tree_model import PERIOD_ROLE as PERIOD_ROLE
from tbn4_desktop.ui.catalog_tree_model import STATUS_ROLE as STATUS_ROLE
from tbn4_desktop.ui.catalog_tree_model import CatalogTreeModel as CatalogTreeModel
from tbn4_desktop.ui.catalog_tree_model import NodeKind as NodeKind
from tbn4_desktop.ui.catalog_tree_model import Selection as Selection
from tbn4_desktop.ui.catalog_tree_text import aggregate_status as aggregate_status
from tbn4_desktop.ui.catalog_tree_text import checklist_signers as checklist_signers
from tbn4_desktop.ui.catalog_tree_text import checklist_tooltip as checklist_tooltip
from tbn4_desktop.ui.catalog_tree_text import files_text as files_text
from tbn4_desktop.ui.catalog_tree_text import has_documents as has_documents
from tbn4_desktop.ui.catalog_tree_text import sentence_case as sentence_case
from tbn4_desktop.ui.catalog_tree_text import short_name as short_name

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

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

    # QStyle, QStyleOptionViewItem and QFontMetrics are imported where they
    # are used: the tree is in a tab hidden at start, and touching those
    # types creates their Python enums (about 6 ms of the first paint).

    def text_width(self, index: QModelIndex | QPersistentModelIndex, option: QStyleOptionViewItem) -> int:
        from PySide6.QtWidgets import QStyleOptionViewItem

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
        from PySide6.QtGui import QFontMetrics
        from PySide6.QtWidgets import QStyleOptionViewItem

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
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

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
