"""The main window's «Формы» menu: each appendix and the inventory for the
year shown, Appendix 2 by quarter, the consolidated forms while the
organisation has subordinates, and the option of the «Сформировано…» line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.core.forms.names import APP2_QUARTERS, FormName
from tbn4_desktop.core.vocabulary import period_label
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors

if TYPE_CHECKING:
    from tbn4_desktop.ui.main_window import MainWindow

_FORMS = (
    (FormName.APP1, N_("Приложение №&1…")),
    (FormName.APP3, N_("Приложение №&3…")),
    (FormName.APP4, N_("Приложение №&4…")),
    (FormName.APP5, N_("Приложение №&5…")),
    (FormName.INVENTORY, N_("&Опись документов…")),
)
_CONSOLIDATED = (
    (FormName.APP1, N_("Сводное Приложение №1 по подведомственным…")),
    (FormName.APP3, N_("Сводное Приложение №3 по подведомственным…")),
)


class FormsMenu(QMenu):
    """`window` is the main window: its `open_form(name, period=…, consolidated=…)` and `ctx`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(tr("Ф&ормы"), window)
        self.window_ = window
        self.setObjectName("formsMenu")
        self.form_actions: dict[FormName, QAction] = {}
        for name, text in _FORMS:
            action = QAction(tr(text), self)
            action.setObjectName(f"formAction_{name.value}")
            action.setStatusTip(tr("{form} за год, показанный в окне").format(form=name.label))
            action.triggered.connect(lambda _checked=False, name=name: window.open_form(name))
            self.form_actions[name] = action
            self.addAction(action)
            if name is FormName.APP1:
                self.app2_menu = self._app2_menu()
                self.addMenu(self.app2_menu)
        self.consolidated_separator = self.addSeparator()
        self.consolidated_actions: dict[FormName, QAction] = {}
        for name, text in _CONSOLIDATED:
            action = QAction(tr(text), self)
            action.setObjectName(f"consolidatedAction_{name.value}")
            action.triggered.connect(lambda _checked=False, name=name: window.open_form(name, consolidated=True))
            self.consolidated_actions[name] = action
        self.footer_separator = self.addSeparator()
        self.footer_action = QAction(tr("Строка «Сформировано … в программе ТБН-4» внизу форм"), self)
        self.footer_action.setObjectName("formFooterAction")
        self.footer_action.setCheckable(True)
        self.footer_action.setStatusTip(tr("В приложениях к Инструкции такой строки нет: включите, если она нужна"))
        self.footer_action.toggled.connect(self.set_footer)
        self.addAction(self.footer_action)
        self.aboutToShow.connect(self._sync_footer)

    def _app2_menu(self) -> QMenu:
        menu = QMenu(tr("Приложение №&2"), self)
        menu.setObjectName("formMenu_app2")
        for quarter in APP2_QUARTERS:
            label = period_label(quarter)
            action = menu.addAction(f"{label[0].upper()}{label[1:]}…")
            action.setObjectName(f"formAction_app2_{quarter}")
            action.setStatusTip(
                tr("{form} за {period} года, показанного в окне").format(form=FormName.APP2.label, period=label)
            )
            action.triggered.connect(
                lambda _checked=False, quarter=quarter: self.window_.open_form(FormName.APP2, period=quarter)
            )
        return menu

    def show_consolidated(self, visible: bool) -> None:
        """The consolidated forms are listed only while there are subordinates."""
        actions = list(self.consolidated_actions.values())
        shown = actions[0] in self.actions()
        if visible and not shown:
            self.insertActions(self.footer_separator, actions)
        elif not visible and shown:
            for action in actions:
                self.removeAction(action)

    def _sync_footer(self) -> None:
        ctx = self.window_.ctx
        with QSignalBlocker(self.footer_action):
            self.footer_action.setEnabled(ctx is not None)
            self.footer_action.setChecked(ctx is not None and ctx.settings.form_footer)

    def set_footer(self, on: bool) -> bool:
        """Save the option in the data folder's settings; False (after a message) when it cannot be saved."""
        from tbn4_desktop.core.settings import load_settings, save_settings

        ctx = self.window_.ctx
        if ctx is None:
            return False
        try:
            settings = load_settings(ctx.data_dir)
            settings.form_footer = on
            save_settings(ctx.data_dir, settings)
        except (StoreError, OSError) as exc:
            reason = str(exc) if isinstance(exc, StoreError) else describe_os_error(exc, ctx.data_dir)
            errors.show_error(self.window_, tr("Настройка не сохранена. {reason}").format(reason=reason))
            self._sync_footer()
            return False
        ctx.settings.form_footer = on
        return True
