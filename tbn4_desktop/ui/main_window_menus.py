"""The main window's menu bar: «Файл», «Подзадача», «Сроки», «Формы» and
«Справка», their actions (object names, shortcuts, status tips) and the
window's methods they call. Apart from main_window.py: the longest single
piece of the window, and only a list of actions.

Functions of the window (`window: MainWindow`); MainWindow's methods of the
same names call them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from tbn4_desktop.i18n import tr

if TYPE_CHECKING:
    from tbn4_desktop.ui.main_window import MainWindow


def _build_menus(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu(tr("&Файл"))
    window.export_action = QAction(tr("&Экспорт пакета для загрузки в ИСПУ…"), window)
    window.export_action.setObjectName("exportAction")
    window.export_action.setShortcut(QKeySequence("Ctrl+E"))
    window.export_action.triggered.connect(window.export_bundle)
    file_menu.addAction(window.export_action)
    window.import_action = QAction(tr("&Импорт пакета подведомственной организации…"), window)
    window.import_action.setObjectName("importAction")
    window.import_action.triggered.connect(window.import_bundle)
    file_menu.addAction(window.import_action)
    window.organization_action = QAction(tr("Орга&низация и подписанты…"), window)
    window.organization_action.setObjectName("organizationAction")
    window.organization_action.triggered.connect(window.edit_organization)
    file_menu.addAction(window.organization_action)
    open_data = QAction(tr("&Открыть папку данных"), window)
    open_data.triggered.connect(window.open_data_folder)
    file_menu.addAction(open_data)
    window.database_action = QAction(tr("Общая &база данных офиса…"), window)
    window.database_action.setObjectName("databaseAction")
    window.database_action.triggered.connect(window.open_database_settings)
    file_menu.addAction(window.database_action)
    window.backups_action = QAction(tr("&Резервные копии…"), window)
    window.backups_action.setObjectName("backupsAction")
    window.backups_action.triggered.connect(window.open_backups)
    file_menu.addAction(window.backups_action)
    window.journal_action = QAction(tr("&Журнал изменений…"), window)
    window.journal_action.setObjectName("journalAction")
    window.journal_action.setStatusTip(tr("Кто, когда и что изменил в данных; отбор и экспорт в XLSX"))
    window.journal_action.triggered.connect(lambda _checked=False: window.open_journal())
    file_menu.addAction(window.journal_action)
    from tbn4_desktop.ui.language_ui import add_language_menu

    window.language_menu = add_language_menu(window, file_menu, window.data_dir)
    file_menu.addSeparator()
    quit_action = QAction(tr("В&ыход"), window)
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    subtask_menu = window.menuBar().addMenu(tr("&Подзадача"))
    window.execute_action = QAction(tr("&Выполнить…"), window)
    window.execute_action.setObjectName("executeAction")
    window.execute_action.setShortcut(QKeySequence("Ctrl+Return"))
    window.execute_action.triggered.connect(window.execute_current)
    subtask_menu.addAction(window.execute_action)
    window.quasi_matrix_action = QAction(tr("&Матрица документов (Проект 3)…"), window)
    window.quasi_matrix_action.setObjectName("quasiMatrixAction")
    window.quasi_matrix_action.triggered.connect(window.open_quasi_matrix)
    subtask_menu.addAction(window.quasi_matrix_action)
    window.upload_action = QAction(tr("Отметить &загрузку в ИСПУ…"), window)
    window.upload_action.setObjectName("uploadAction")
    window.upload_action.setStatusTip(tr("Все периоды выбранной подзадачи со статусом «Готово к загрузке»"))
    window.upload_action.triggered.connect(window.mark_uploaded)
    subtask_menu.addAction(window.upload_action)
    window.unmark_action = QAction(tr("Снять отметку о за&грузке…"), window)
    window.unmark_action.setObjectName("unmarkAction")
    window.unmark_action.setStatusTip(
        tr("Вернуть статус «Готово к загрузке», если отметка о загрузке поставлена по ошибке")
    )
    window.unmark_action.triggered.connect(window.unmark_uploaded)
    subtask_menu.addAction(window.unmark_action)
    refresh = QAction(tr("&Обновить"), window)
    refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
    refresh.triggered.connect(window.load)
    subtask_menu.addAction(refresh)
    focus_tree = QAction(tr("Перейти к &дереву"), window)
    focus_tree.setShortcut(QKeySequence("Ctrl+1"))
    focus_tree.triggered.connect(window.focus_tree)
    subtask_menu.addAction(focus_tree)
    focus_panel = QAction(tr("Перейти к &сведениям"), window)
    focus_panel.setShortcut(QKeySequence("Ctrl+2"))
    focus_panel.triggered.connect(window.focus_panel)
    subtask_menu.addAction(focus_panel)

    deadlines_menu = window.menuBar().addMenu(tr("С&роки"))
    window.today_action = QAction(tr("&На сегодня"), window)
    window.today_action.setObjectName("todayAction")
    window.today_action.setShortcut(QKeySequence("Ctrl+0"))
    window.today_action.triggered.connect(window.today_page.show_page)
    deadlines_menu.addAction(window.today_action)
    window.dashboard_action = QAction(tr("&Показать сроки года"), window)
    window.dashboard_action.setObjectName("dashboardAction")
    window.dashboard_action.setShortcut(QKeySequence("Ctrl+3"))
    window.dashboard_action.triggered.connect(window.show_dashboard)
    deadlines_menu.addAction(window.dashboard_action)
    window.anchors_action = QAction(tr("&Даты внутреннего анализа коррупционных рисков…"), window)
    window.anchors_action.setObjectName("anchorsAction")
    window.anchors_action.triggered.connect(window.edit_anchors)
    deadlines_menu.addAction(window.anchors_action)
    window.decrees_action = QAction(tr("П&ереносы рабочих дней…"), window)
    window.decrees_action.setObjectName("decreesAction")
    window.decrees_action.triggered.connect(window.edit_decrees)
    deadlines_menu.addAction(window.decrees_action)
    deadlines_menu.addSeparator()
    window.karta_template_action = QAction(tr("&Шаблон Карты реализации (XLSX)…"), window)
    window.karta_template_action.setObjectName("kartaTemplateAction")
    window.karta_template_action.triggered.connect(window.export_karta_template)
    deadlines_menu.addAction(window.karta_template_action)
    window.karta_import_action = QAction(tr("&Импорт Карты реализации…"), window)
    window.karta_import_action.setObjectName("kartaImportAction")
    window.karta_import_action.triggered.connect(window.import_karta)
    deadlines_menu.addAction(window.karta_import_action)

    from tbn4_desktop.ui.forms_menu import FormsMenu

    window.forms_menu = FormsMenu(window)
    window.menuBar().addMenu(window.forms_menu)
    window.form_actions = window.forms_menu.form_actions
    window.consolidated_actions = window.forms_menu.consolidated_actions

    help_menu = window.menuBar().addMenu(tr("&Справка"))
    from tbn4_desktop.ui.help import add_help_actions

    window.guide_action, window.legend_action = add_help_actions(window, help_menu)  # F1, «Обозначения»
    help_menu.addSeparator()
    window.check_action = QAction(tr("&Проверка данных…"), window)
    window.check_action.setObjectName("checkAction")
    window.check_action.setStatusTip(tr("Проверить базу данных, вложенные файлы и журнал изменений"))
    window.check_action.triggered.connect(lambda _checked=False: window.open_check())
    help_menu.addAction(window.check_action)
    about = QAction(tr("&О программе"), window)
    about.triggered.connect(window.show_about)
    help_menu.addAction(about)
