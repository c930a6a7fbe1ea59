"""Page 4 «Ссылки на публикации»: rows of URL, title and date. Each URL is
checked at its field; blank rows are ignored."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tbn4_desktop.core.validation import url_error
from tbn4_desktop.services.executions import LinkInput
from tbn4_desktop.ui.widgets import FieldError, mark_invalid, wrapped
from tbn4_desktop.ui.wizard_pages.state import WizardState

NO_DATE = QDate(2000, 1, 1)


class LinkRow:
    """One link: URL, title, date, «Убрать», and its error line below. The
    widgets live in the page's grid, so the columns line up with the header."""

    def __init__(self, parent: QWidget):
        self.url = QLineEdit(parent)
        self.url.setPlaceholderText("https://…")
        self.url.setAccessibleName("Адрес ссылки")
        self.title = QLineEdit(parent)
        self.title.setPlaceholderText("Название публикации (необязательно)")
        self.title.setAccessibleName("Название публикации")
        self.date = QDateEdit(parent)
        self.date.setAccessibleName("Дата публикации")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText("без даты")
        self.date.setDate(NO_DATE)
        self.date.setMinimumWidth(115)
        self.remove_button = QPushButton("Убрать", parent)
        self.error = FieldError(parent)

    def place(self, grid: QGridLayout, row: int) -> None:
        for col, widget in enumerate((self.url, self.title, self.date, self.remove_button)):
            grid.addWidget(widget, row, col)
        grid.addWidget(self.error, row + 1, 0, 1, 4)

    def delete(self) -> None:
        for widget in (self.url, self.title, self.date, self.remove_button, self.error):
            widget.hide()
            widget.deleteLater()

    def set_value(self, url: str, title: str, published_on: date | None) -> None:
        self.url.setText(url)
        self.title.setText(title)
        self.date.setDate(QDate(published_on) if published_on else NO_DATE)

    def is_blank(self) -> bool:
        return not self.url.text().strip() and not self.title.text().strip()

    def value(self) -> LinkInput:
        qdate = self.date.date()
        published = None if qdate == NO_DATE else qdate.toPython()
        return LinkInput(url=self.url.text().strip(), title=self.title.text().strip(), published_on=published)

    def set_error(self, message: str | None) -> None:
        self.error.set_message(message)
        mark_invalid(self.url, bool(message))


class LinksPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("linksPage")
        self.setTitle("Ссылки на публикации")
        layout = QVBoxLayout(self)
        self.need_label = wrapped("", self)
        layout.addWidget(self.need_label)
        host = QWidget(self)
        self.grid = QGridLayout(host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        for col, text in enumerate(("Адрес (URL)", "Название", "Дата")):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", host), 0, col)
        self.grid.setColumnStretch(0, 4)
        self.grid.setColumnStretch(1, 3)
        self._next_grid_row = 1
        outer = QWidget(self)
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.addWidget(host)
        outer_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(outer)
        self._host = host
        layout.addWidget(scroll, 1)
        self.error = FieldError(self)
        self.error.setObjectName("linksError")
        layout.addWidget(self.error)
        add_row = QHBoxLayout()
        self.add_button = QPushButton("&Добавить ссылку", self)
        self.add_button.setObjectName("addLinkButton")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.rows: list[LinkRow] = []
        self.filled = False

    def initializePage(self) -> None:
        self.setSubTitle(f"{self.state.heading}: где опубликованы сведения (интернет-ресурс, СМИ, социальные сети).")
        self.need_label.setText(
            "Для этой подзадачи ссылка на публикацию — подтверждающий документ: добавьте хотя бы одну."
            if self.state.needs_link else
            "Ссылки необязательны для этой подзадачи; добавьте их, если сведения публиковались.")
        if self.filled:
            return
        self.filled = True
        for link in self.state.detail.links:
            self.add_row().set_value(link.url, link.title, link.published_on)
        if not self.rows:
            self.add_row()

    def add_row(self, *, focus: bool = False) -> LinkRow:
        row = LinkRow(self._host)
        row.remove_button.clicked.connect(lambda: self.remove_row(row))
        row.place(self.grid, self._next_grid_row)
        self._next_grid_row += 2
        self.rows.append(row)
        self._chain_tab_order()
        if focus:
            row.url.setFocus()
        return row

    def _chain_tab_order(self) -> None:
        """Tab walks the rows in reading order (URL, title, date, «Убрать»),
        then «Добавить ссылку»: the rows are created after the button."""
        chain = [w for r in self.rows for w in (r.url, r.title, r.date, r.remove_button)]
        chain.append(self.add_button)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def remove_row(self, row: LinkRow) -> None:
        focus_next = row.remove_button.hasFocus()
        self.rows.remove(row)
        row.delete()
        if not self.rows:
            self.add_row()
        self._chain_tab_order()
        if focus_next:
            self.add_button.setFocus()

    def filled_rows(self) -> list[LinkRow]:
        return [r for r in self.rows if not r.is_blank()]

    def links(self) -> list[LinkInput]:
        return [r.value() for r in self.filled_rows()]

    def check(self) -> bool:
        """Show every problem at its field; True when all is well."""
        ok = True
        first = None
        for row in self.rows:
            message = None if row.is_blank() else url_error(row.url.text())
            row.set_error(message)
            if message and first is None:
                first, ok = row, False
        if self.state.needs_link and not self.filled_rows():
            self.error.set_message("Добавьте ссылку на публикацию: она является подтверждающим документом.")
            ok = False
            first = first or self.rows[0]
        else:
            self.error.set_message(None)
        if first is not None:
            first.url.setFocus()
        return ok

    def validatePage(self) -> bool:
        return self.check()

    def show_error(self, key: str, message: str) -> None:
        """A service message: 'links' for the page, 'links[i]' for a row."""
        if key.startswith("links[") and key.endswith("]"):
            index = int(key[6:-1])
            filled = self.filled_rows()
            if 0 <= index < len(filled):
                filled[index].set_error(message)
                filled[index].url.setFocus()
                return
        self.error.set_message(message)
