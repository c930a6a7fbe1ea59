"""The main window: the tree of the year, the subtask panel, keyboard, menus
and remembered window state."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.ui.catalog_tree import COL_NAME, COL_STATUS, KIND_ROLE, NodeKind


def all_rows(model):
    out = []

    def walk(parent):
        for r in range(parent.rowCount()):
            item = parent.child(r, COL_NAME)
            out.append((item, parent.child(r, COL_STATUS)))
            walk(item)

    walk(model.invisibleRootItem())
    return out


def test_title_names_the_organisation_and_year(main_window):
    assert main_window.windowTitle() == (
        f"ТБН-4: исполнение проектов — ГУ «Аппарат акима Каратальского района», {date.today().year}"
    )
    assert main_window.year_combo.currentData() == date.today().year


def test_tree_shows_4_projects_13_tasks_and_all_37_subtasks(main_window):
    counts = main_window.tree.tree_model.counts()
    assert counts[NodeKind.PROJECT] == 4
    assert counts[NodeKind.TASK] == 13
    assert counts[NodeKind.SUBTASK] == 37
    # Quarterly subtasks carry four period rows, monthly ones twelve.
    assert counts[NodeKind.PERIOD] == 4 * 4 + 12


def test_every_subtask_row_has_a_status_word_and_icon(main_window):
    rows = [
        (n, s)
        for n, s in all_rows(main_window.tree.tree_model)
        if n.data(KIND_ROLE) in (NodeKind.SUBTASK, NodeKind.PERIOD)
    ]
    for name, status in rows:
        assert status.text(), name.text()
        assert not status.icon().isNull(), name.text()
    words = {s.text() for _, s in rows}
    assert "Не начато" in words


def test_subtask_not_applicable_at_district_level_is_greyed(main_window):
    model = main_window.tree.tree_model
    index = model.index_of_subtask("4.1.3")  # oblast only
    item = model.itemFromIndex(index)
    status = item.parent().child(item.row(), COL_STATUS)
    assert item.text().startswith("4.1.3 ")
    assert status.text() == "Не применяется"
    assert not status.icon().isNull()
    assert item.foreground().color().name() == "#767676"
    main_window.tree.select_subtask("4.1.3")
    assert not main_window.panel.execute_button.isEnabled()
    assert "Не применяется" in main_window.panel.browser.toPlainText()


def test_selecting_a_subtask_shows_its_guidance_and_its_checklist(main_window):
    main_window.tree.select_subtask("1.1.5")
    text = main_window.panel.browser.toPlainText()
    subtask = main_window.catalog.subtask("1.1.5")
    assert "Подзадача 1.1.5" in text
    assert subtask.title in text
    assert subtask.guidance[:60] in text
    # One line per document, nothing there yet: ✖ for what completion needs.
    protocol = subtask.slot("protocol")
    assert f"✖\n{protocol.title} (подписанный документ; обязательный)" in text
    assert "Подписант не указан; подписывает: аким района (города), руководитель аппарата." in text
    assert f"{protocol.date.label}: не указана" in text
    assert subtask.deadline.text in text
    assert "Засчитывается по дате документа" in text
    assert main_window.panel.execute_button.isEnabled()


def test_forms_are_named_as_appendices_of_the_instruction(main_window):
    main_window.tree.select_subtask("2.3.1")
    assert "Приложение №" in main_window.panel.browser.toPlainText()
    assert "к Инструкции" in main_window.panel.browser.toPlainText()


def test_periodic_subtask_lists_its_periods(main_window):
    main_window.tree.select_subtask("1.1.9")
    text = main_window.panel.browser.toPlainText()
    for quarter in ("I квартал", "II квартал", "III квартал", "IV квартал"):
        assert quarter in text
    assert main_window.panel.hint.text() == "Выполнить за период: I квартал"


def test_enter_on_a_subtask_opens_the_wizard(qtbot, main_window):
    main_window.tree.select_subtask("1.1.2")
    main_window.tree.setFocus()
    QTest.keyClick(main_window.tree, Qt.Key.Key_Return)
    wizard = main_window.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.state.subtask.code == "1.1.2"
    wizard.reject()


def test_keyboard_reaches_every_menu_action(main_window):
    actions = {a.text().replace("&", ""): a for m in main_window.menuBar().actions() for a in m.menu().actions()}
    assert actions["Экспорт пакета для загрузки в ИСПУ…"].shortcut().toString() == "Ctrl+E"
    assert actions["Выход"].shortcut().toString() == "Ctrl+Q"
    assert {"Открыть папку данных", "О программе", "Выполнить…"} <= set(actions)
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&Файл", "&Подзадача", "С&роки", "Ф&ормы", "&Справка"]


def test_about_cites_both_legal_bases(main_window):
    from tbn4_desktop import __version__
    from tbn4_desktop.ui.about_dialog import about_html

    html = about_html(main_window.ctx.data_dir)
    assert __version__ in html
    assert "№358" in html and "31 мая 2021" in html
    assert "№301/НҚ" in html and "31 июля 2023" in html and "МЦРИАП" in html


def test_window_geometry_and_splitter_are_remembered(qtbot, main_window, ctx, organization):
    from tbn4_desktop.ui.main_window import MainWindow

    main_window.resize(760, 520)
    main_window.splitter.setSizes([450, 300])
    sizes = main_window.splitter.sizes()
    main_window.close()
    assert QSettings().value("mainWindow/splitter") is not None
    again = MainWindow(ctx, organization)
    qtbot.addWidget(again)
    again.show()
    assert (again.size().width(), again.size().height()) == (760, 520)
    assert again.splitter.sizes() == sizes


def test_status_icons_differ_by_shape_not_only_colour():
    from tbn4_desktop.ui.icons import status_icon

    images = {s: status_icon(s).pixmap(16, 16).toImage() for s in ExecutionStatus}
    grey = {s: img.convertToFormat(img.Format.Format_Grayscale8) for s, img in images.items()}
    keys = list(grey)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            assert grey[a] != grey[b], (a, b)


def test_switching_the_year_loads_that_year(qtbot, main_window):
    combo = main_window.year_combo
    last_year = date.today().year - 1
    index = combo.findData(last_year)
    assert index >= 0
    with qtbot.waitSignal(main_window.treeFilled, timeout=5000):
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
    assert main_window.year == last_year
    assert main_window.windowTitle().endswith(f", {last_year}")
    assert main_window.tree.tree_model.counts()[NodeKind.SUBTASK] == 37
    assert combo.currentData() == last_year
