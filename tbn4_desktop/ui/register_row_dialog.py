"""«Строка таблицы»: one row of a register as a form, for registers too wide
to fill as a table row (2.3.1 has 22 columns).

The fields are generated from the register's columns. A column with a
`when` condition is shown only while the condition holds for what is
entered above it, so a political superior's resignation and an
administrative superior's disciplinary case never appear together. OK checks
the row with `core.register_values.normalise` (the same rules as the table
and the service) and shows each refusal under its field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Register, RegisterColumn
from tbn4_desktop.core.register_values import (
    CellError,
    applies,
    normalise,
    parse_value,
    show_value,
)
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.ui.register_delegate import suggestion_combo
from tbn4_desktop.ui.widgets import FieldError, fit_to_screen, mark_invalid, wrapped

BOOL_ITEMS = ("—", N_("Да"), N_("Нет"))  # N_: shown as tr(item)
_BOOL_VALUES = (None, True, False)
LABEL_WIDTH = 300
_PLACEHOLDERS = {"date": N_("ДД.ММ.ГГГГ"), "money": N_("сумма в тенге"), "int": N_("целое число"), "url": "https://…"}


def mnemonic_titles(titles: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Each title with «&» before a letter no earlier title uses: the first
    letter of a word when free, else any letter; none when all are taken."""
    used = {ch.casefold() for ch in taken}
    out = []
    for title in titles:
        text = title.replace("&", "&&")
        starts = [i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or not text[i - 1].isalpha())]
        others = [i for i, ch in enumerate(text) if ch.isalpha() and i not in starts]
        pick = next((i for i in starts + others if text[i].casefold() not in used), None)
        if pick is not None:
            used.add(text[pick].casefold())
            text = text[:pick] + "&" + text[pick:]
        out.append(text)
    return out


class RegisterRowDialog(QDialog):
    """One register row; after OK, `values()` are its typed values (those of
    columns whose condition does not hold are None)."""

    def __init__(
        self,
        register: Register,
        values: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        row_number: int | None = None,
        suggestions: Mapping[str, list[str]] | None = None,
    ):
        """`suggestions`: column key → names the text field offers (an
        editable list: another name may still be typed)."""
        super().__init__(parent)
        self.register = register
        self.suggestions = dict(suggestions or {})
        self.setObjectName("registerRowDialog")
        self.setWindowTitle(tr("Строка таблицы — {title}").format(title=tc(register.title)))
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.field_errors: dict[str, FieldError] = {}
        self._typed: dict[str, Any] = {}
        values = values or {}

        rules = tr(
            "Поля со звёздочкой (*) обязательны. Поля, которые зависят от ответов выше, появляются, когда они нужны."
        )
        intro = wrapped(
            (tr("Строка {number}.").format(number=row_number) + " " if row_number else "") + rules,
            self,
            selectable=False,
        )
        body = QWidget(self)
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(10)
        titles = mnemonic_titles(tc(c.title) + ("\u00a0*" if c.required else "") for c in register.columns)
        for column, title in zip(register.columns, titles, strict=True):
            self._add_field(column, title, values.get(column.key), body)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("ОК"))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Отмена"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        self.sync_conditions()
        self._fit_to_screen()

    # ------------------------------------------------------------ building
    def _add_field(self, column: RegisterColumn, title: str, value: Any, parent: QWidget) -> None:
        editor = self._editor(column, value, parent)
        editor.setObjectName(f"field_{column.key}")
        editor.setAccessibleName(tc(column.title))
        label = QLabel(title, parent)
        label.setWordWrap(True)
        label.setFixedWidth(LABEL_WIDTH)
        label.setBuddy(editor)
        label.setToolTip(tc(column.title))
        error = FieldError(parent)
        field = QWidget(parent)
        box = QVBoxLayout(field)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        self.form.addRow(label, field)
        self.editors[column.key] = editor
        self.labels[column.key] = label
        self.field_errors[column.key] = error

    def _editor(self, column: RegisterColumn, value: Any, parent: QWidget) -> QLineEdit | QComboBox:
        if column.type == "text" and column.key in self.suggestions:
            combo = suggestion_combo(parent, self.suggestions[column.key], "" if value is None else str(value))
            line_edit = combo.lineEdit()
            if line_edit is not None:  # always: suggestion_combo() is editable
                line_edit.setPlaceholderText(tr("выберите из списка или введите"))
            return combo
        if column.type in ("bool", "choice"):
            combo = QComboBox(parent)
            items = list(BOOL_ITEMS) if column.type == "bool" else ["", *column.choices]
            for item in items:
                # Shown translated; a choice's data is the catalog's Russian, the value stored.
                shown = (tr(item) if item in BOOL_ITEMS[1:] else item) if column.type == "bool" else tc(item)
                combo.addItem(shown, item)
            if column.type == "bool":
                index = _BOOL_VALUES.index(value) if isinstance(value, bool) else 0
            else:
                index = items.index(value) if value in items else 0
            if value is not None and not isinstance(value, bool) and value not in items:
                combo.addItem(str(value), str(value))  # a refused value is shown, not lost
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.currentIndexChanged.connect(self.sync_conditions)
            return combo
        edit = QLineEdit(parent)
        placeholder = _PLACEHOLDERS.get(column.type, "")
        edit.setPlaceholderText(tr(placeholder) if placeholder and placeholder != "https://…" else placeholder)
        if value is not None:
            edit.setText(show_value(column, value) if not isinstance(value, str) else value)
            edit.setCursorPosition(0)  # a long text shows its beginning
            edit.setToolTip(edit.text())
        return edit

    def _fit_to_screen(self) -> None:
        fit_to_screen(self, QSize(780, 640), key="registerRowDialog/geometry")

    # ------------------------------------------------------------ values
    def raw_values(self) -> dict[str, Any]:
        """What the fields hold: texts, the chosen item, True/False/None for «Да»/«Нет»/«—»."""
        out: dict[str, Any] = {}
        for column in self.register.columns:
            editor = self.editors[column.key]
            if isinstance(editor, QComboBox) and editor.isEditable():
                out[column.key] = editor.currentText().strip() or None
            elif isinstance(editor, QComboBox):
                i = editor.currentIndex()
                out[column.key] = (
                    _BOOL_VALUES[i] if column.type == "bool" and i < len(_BOOL_VALUES) else editor.currentData() or None
                )
            else:
                out[column.key] = editor.text().strip() or None
        return out

    def values(self) -> dict[str, Any]:
        """The typed values checked by OK."""
        return dict(self._typed)

    def applicable(self) -> dict[str, bool]:
        """Column key → whether its condition holds for what is entered now."""
        raw = self.raw_values()
        typed: dict[str, Any] = {}
        result: dict[str, bool] = {}
        for column in self.register.columns:
            result[column.key] = applies(column, typed)
            try:
                typed[column.key] = parse_value(column, raw[column.key]) if result[column.key] else None
            except CellError:
                typed[column.key] = None
        return result

    def sync_conditions(self) -> None:
        for key, shown in self.applicable().items():
            # PySide6's stubs say `object`; Qt returns (row, role).
            position = cast(tuple[int, QFormLayout.ItemRole], self.form.getWidgetPosition(self.labels[key]))
            row, _role = position
            self.form.setRowVisible(row, shown)
            if not shown:
                self._set_error(key, None)

    # ------------------------------------------------------------ OK
    def accept(self) -> None:
        typed, errors = normalise(self.register, self.raw_values())
        for column in self.register.columns:
            self._set_error(column.key, _beside_field(column, errors.get(column.key)))
        if errors:
            first = next(c.key for c in self.register.columns if c.key in errors)
            editor = self.editors[first]
            self.scroll_area.ensureWidgetVisible(self.labels[first], 0, 40)
            self.scroll_area.ensureWidgetVisible(self.field_errors[first], 0, 20)
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(editor, QLineEdit):
                editor.selectAll()
            elif isinstance(editor, QComboBox) and editor.isEditable():
                line_edit = editor.lineEdit()
                assert line_edit is not None  # an editable combo box has one
                line_edit.selectAll()
            return
        self._typed = typed
        super().accept()

    def error(self, key: str) -> str:
        """The message shown under a field ('' when none)."""
        return self.field_errors[key].message()

    def _set_error(self, key: str, message: str | None) -> None:
        self.field_errors[key].set_message(message)
        mark_invalid(self.editors[key], bool(message))


def _beside_field(column: RegisterColumn, message: str | None) -> str | None:
    # Under its own field the column's name need not be repeated.
    if message == tr("Заполните столбец «{column}».").format(column=tc(column.title)):
        return tr("Заполните это поле.")
    if message == tr("Укажите «Да» или «Нет» в столбце «{column}».").format(column=tc(column.title)):
        return tr("Выберите «Да» или «Нет».")
    return message
