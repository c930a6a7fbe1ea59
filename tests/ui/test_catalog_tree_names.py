"""Subtask names in full in the tree (issue 14, item 5): on a 1366×768
laptop the «Наименование» column wraps, so every subtask's name is shown
whole (officials know subtasks by name), with the full title in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from tbn4_desktop.ui.catalog_tree import COL_NAME, KIND_ROLE, NodeKind


def subtask_indexes(model):
    out = []

    def walk(parent):
        for r in range(model.rowCount(parent)):
            index = model.index(r, COL_NAME, parent)
            if index.data(KIND_ROLE) == NodeKind.SUBTASK:
                out.append(index)
            walk(index)

    walk(model.index(-1, -1))
    return out


def test_every_subtask_name_is_shown_whole_at_1366x768(qtbot, main_window):
    main_window.resize(1366, 728)  # 768 less the taskbar
    main_window.focus_tree()
    tree = main_window.tree
    tree.expandAll()
    QApplication.processEvents()
    model = tree.tree_model
    indexes = subtask_indexes(model)
    assert len(indexes) == len(main_window.catalog.subtasks())
    metrics = QFontMetrics(tree.font())
    cut = []
    for index in indexes:
        text = index.data()
        rect = tree.visualRect(index)
        width = rect.width() - 2 * 6  # what the style leaves for the text
        needed = metrics.boundingRect(QRect(0, 0, width, 10000), int(Qt.TextFlag.TextWordWrap), text).height()
        if needed > rect.height():
            cut.append((text, needed, rect.height()))
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(f"Подзадача {text.split()[0]}. ")
    assert cut == [], cut[:5]
    # «1.1.1 График внутренне…» no more: the name wraps onto a second line instead.
    long_one = next(i for i in indexes if i.data().startswith("1.1.7 "))
    assert tree.visualRect(long_one).height() >= 2 * metrics.lineSpacing()


def test_a_narrower_name_column_gives_taller_rows(qtbot, main_window):
    main_window.resize(1366, 728)
    main_window.focus_tree()
    tree = main_window.tree
    tree.expandAll()
    QApplication.processEvents()
    index = next(i for i in subtask_indexes(tree.tree_model) if i.data().startswith("1.1.7 "))
    wide = tree.visualRect(index).height()
    main_window.splitter.setSizes([560, 806])
    QApplication.processEvents()
    tree.doItemsLayout()
    assert tree.visualRect(index).height() > wide
