"""The matrix of quasi-state companies × Project 3 documents: its rows are
the organisation's list of supervised companies (the denominator of the
shares), companies only a register names are marked and join the list when
saved, a removed row leaves it, and 3.1.2 is a share without points."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from tbn4_desktop.core.kpi import NO_SUPERVISED_TEXT
from tbn4_desktop.services.checklist import add_supervised, list_supervised
from tbn4_desktop.services.kpis import plan_kpis
from tbn4_desktop.services.registers import list_rows, save_rows
from tbn4_desktop.ui.quasi_matrix import FIXED, QUASI_CODES, UNLISTED_TIP

SHOTS = Path(os.environ.get("TBN4_EXCHANGE_SHOTS", "/tmp/exchange_shots"))
LISTED = ("ГКП «Байзак су»", "ГККП «Ясли-сад «Балапан»", "ТОО «Жамбыл Энерго»")


def _check(model, row: int, column: int, on: bool) -> None:
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    model.setData(model.index(row, column), state.value, Qt.ItemDataRole.CheckStateRole)


def test_rows_are_the_supervised_list_and_saving_keeps_it(qtbot, main_window, catalog):
    org_id = main_window.organization.id
    ids = {code: main_window.tree.tree_model.executions_of(code)[0].id for code in QUASI_CODES}
    with main_window.ctx.store.session() as session:
        for name in LISTED:
            add_supervised(session, org_id, name)
        # A register names one listed company (by other case and spacing) and one that is not listed.
        save_rows(
            session,
            ids["3.2.1"],
            catalog.subtask("3.2.1").register,
            [
                {"company_name": "гкп  «байзак су»", "has_document": True},
                {"company_name": "ТОО «Не из списка»", "has_document": True},
            ],
        )
    dialog = main_window.open_quasi_matrix()
    model = dialog.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == [*sorted(LISTED), "ТОО «Не из списка» (нет в списке)"]
    # The tooltip gives the full name (the column may cut it) and why the row is marked.
    assert model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) == f"ТОО «Не из списка»\n{UNLISTED_TIP}"
    assert model.index(3, 0).data(Qt.ItemDataRole.EditRole) == "ТОО «Не из списка»"
    assert "нет в списке курируемых: 1" in dialog.message.text()
    # The listed company's row carries the register's mark.
    baizak = names.index("ГКП «Байзак су»")
    assert (
        model.index(baizak, FIXED + QUASI_CODES.index("3.2.1")).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )

    for row in range(model.rowCount()):
        _check(model, row, FIXED, row < 2)  # 3.1.2: 2 of 4
    summary = dialog.summary_model
    assert summary.item(0, FIXED).text() == "50\u00a0%" and summary.item(1, FIXED).text() == "без баллов"
    column = FIXED + QUASI_CODES.index("3.2.1")
    assert summary.item(0, column).text() == "50\u00a0%" and summary.item(1, column).text() == "1"

    dialog.resize(1240, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "quasi_matrix.png"))

    assert dialog.save()
    with main_window.ctx.store.session() as session:
        assert [e.name for e in list_supervised(session, org_id)] == sorted([*LISTED, "ТОО «Не из списка»"])
        kpis = plan_kpis(session, catalog, main_window.plan_id)
    assert kpis["3.1.2"].score is None and (kpis["3.1.2"].part, kpis["3.1.2"].whole) == (2, 4)
    assert (kpis["3.2.1"].part, kpis["3.2.1"].whole) == (2, 4)
    assert not dialog.message.isVisible()

    # A row removed here leaves the list (and its register rows).
    gone = [model.index(r, 0).data() for r in range(model.rowCount())].index("ТОО «Жамбыл Энерго»")
    model.remove_company(gone)
    assert dialog.save()
    with main_window.ctx.store.session() as session:
        assert "ТОО «Жамбыл Энерго»" not in [e.name for e in list_supervised(session, org_id)]
        rows = list_rows(session, ids["3.1.2"], catalog.subtask("3.1.2").register)
        assert len(rows) == 3 and "ТОО «Жамбыл Энерго»" not in [r.values["company_name"] for r in rows]
    dialog.reject()


def test_an_empty_list_is_said_so(qtbot, main_window):
    dialog = main_window.open_quasi_matrix()
    assert dialog.model.rowCount() == 0
    assert dialog.message.text().startswith("Список курируемых организаций не заполнен")
    result = dialog.results()["3.2.1"]
    assert result.value is None and result.text == NO_SUPERVISED_TEXT
    assert dialog.summary_model.item(0, FIXED).text() == "—"
    dialog.reject()


def test_headers_break_only_between_words_and_the_summary_rows_say_what_they_are(qtbot, main_window):
    dialog = main_window.open_quasi_matrix()
    model, header = dialog.model, dialog.view.horizontalHeader()
    metrics = header.fontMetrics()
    for section in range(FIXED, model.columnCount()):
        title = model.header_title(section)
        assert "-\n" not in title and "нная" not in title.split()  # «Антикоррупцио-нная» is gone
        # Every word fits its column, so Qt never breaks one in the middle.
        assert all(metrics.horizontalAdvance(w) + 12 <= header.sectionSize(section) for w in title.split()), title
    assert "Антикоррупционная" in model.header_title(FIXED + QUASI_CODES.index("3.2.2"))
    summary = dialog.summary_model
    labels = [summary.headerData(r, Qt.Orientation.Vertical) for r in range(2)]
    tips = [summary.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) for r in range(2)]
    assert labels == ["Доля", "Балл"] and "%" not in labels and "Б" not in labels
    assert "у которых есть документ" in tips[0] and "0,2 балла" in tips[1]
    assert summary.item(0, 0).text() == "Доля с документом"
    dialog.reject()
