"""«Обозначения»: every status of a subtask and every state of a deadline
with the icon the tree and «Сроки» draw for it (ui/icons.py), its word
(core vocabulary) and what it means; then the marks of a document in the
checklist (ui/wizard_pages/slot_widgets.py). The states come from the
enums, so a new state without an explanation fails the tests."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.ui.icons import (
    NOT_APPLICABLE_LABEL,
    app_icon,
    deadline_icon,
    not_applicable_icon,
    status_icon,
)
from tbn4_desktop.ui.window_fit import fit_window
from tbn4_desktop.ui.wizard_pages.slot_widgets import MARK_COLORS, MARK_WORDS

ICON_SIZE = 20

STATUS_MEANING = {
    ExecutionStatus.NOT_STARTED: N_("По подзадаче (периоду) ещё ничего не внесено."),
    ExecutionStatus.IN_PROGRESS: N_(
        "Что-то уже внесено — файлы, ссылки, строки таблиц, — но не всё, что требует Инструкция."
    ),
    ExecutionStatus.DOCUMENT_PREPARED: N_(
        "Документ составлен (например, сформирована форма), но скана "
        "подписанного документа ещё нет: документ ждёт подписи."
    ),
    ExecutionStatus.SIGNED: N_("Документ подписан и его скан приложен; для пакета не хватает чего-то ещё."),
    ExecutionStatus.READY_FOR_UPLOAD: N_(
        "Есть все подтверждающие документы, подписанные теми, кого называет "
        "Инструкция. Осталось загрузить их в ИСПУ и отметить загрузку."
    ),
    ExecutionStatus.UPLOADED: N_(
        "Загрузка в ИСПУ отмечена (дата и номер). Если потом изменить файлы, ссылки "
        "или таблицы, статус вернётся к «Готово к загрузке»."
    ),
}
NOT_APPLICABLE_MEANING = N_(
    "Подзадача не относится к уровню организации или ответ на вопрос о применимости — "
    "«Нет» («Организация и подписанты → Применимость подзадач»). Мастер не открывается, "
    "сроки не считаются."
)

DEADLINE_MEANING = {
    DeadlineState.OVERDUE: N_(
        "Срок прошёл, а подзадача не выполнена. Если срок — срок загрузки в ИСПУ, "
        "нужна отметка о загрузке, даже когда всё «Готово к загрузке»."
    ),
    DeadlineState.DUE_3: N_("До срока осталось не больше трёх рабочих дней."),
    DeadlineState.DUE_10: N_("До срока осталось не больше десяти рабочих дней."),
    DeadlineState.LATER: N_("До срока больше десяти рабочих дней."),
    DeadlineState.DONE_ON_TIME: N_(
        "Выполнено не позже срока (по отметке о загрузке в ИСПУ или по дате документа — смотря чем засчитывается срок)."
    ),
    DeadlineState.DONE_LATE: N_("Выполнено, но позже срока."),
    DeadlineState.NO_DATE: N_(
        "Программа не может посчитать срок: в Карте реализации нет даты или не введена "
        "дата, от которой срок отсчитывается (например, дата подписания аналитической "
        "справки). Что именно нужно, сказано в строке срока."
    ),
    DeadlineState.NOT_APPLICABLE: N_("Подзадача не применяется к организации: срока у неё нет."),
}

MARK_MEANING = {
    "✔": N_("Документ есть: файл приложен и подписан тем, кто вправе, или ссылка указана."),
    "✖": N_("Документа не хватает; чего именно — сказано рядом."),
    "—": N_("Документ не требуется: условие Инструкции не выполнено, выбрана причина."),
    "○": N_("Необязательный документ не приложен; на выполнение не влияет."),
}


def status_rows() -> list[tuple[QIcon, str, str]]:
    """(icon, word, meaning) for every status, then «Не применяется»."""
    rows = [(status_icon(s), s.label, tr(STATUS_MEANING[s])) for s in ExecutionStatus]
    return rows + [(not_applicable_icon(), tr(NOT_APPLICABLE_LABEL), tr(NOT_APPLICABLE_MEANING))]


def deadline_rows() -> list[tuple[QIcon, str, str]]:
    return [(deadline_icon(s), s.label, tr(DEADLINE_MEANING[s])) for s in DeadlineState]


class LegendDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legendDialog")
        self.setWindowTitle(tr("Обозначения — {app}").format(app=tr(APP_TITLE)))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.words: list[str] = []  # every word shown, in order (tests)
        sections = [
            self._section(tr("Статус подзадачи (дерево, панель подзадачи, «На сегодня»)"), status_rows()),
            self._section(tr("Состояние срока (дерево, «Сроки», «На сегодня»)"), deadline_rows()),
            self._marks(),
        ]
        # One width for the words of every section, so the explanations line up.
        names = [w for box in sections for w in box.findChildren(QLabel, "legendWord")]
        width = max(w.sizeHint().width() for w in names)
        for name in names:
            name.setMinimumWidth(width)
        for box in sections:
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(self)
        self.guide_button = QPushButton(tr("Руководство пользователя…"), self)
        self.guide_button.setAutoDefault(False)
        self.guide_button.clicked.connect(self._open_guide)
        buttons.addButton(self.guide_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, QSize(760, 700), key="legendDialog/geometry")

    def _grid(self, box: QGroupBox) -> QGridLayout:
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(0, ICON_SIZE + 4)
        return grid

    def _add_row(self, grid: QGridLayout, r: int, sign: QLabel, word: str, meaning: str) -> None:
        sign.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        name = QLabel(f"<b>{word}</b>", sign.parentWidget())
        name.setObjectName("legendWord")
        name.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(meaning, sign.parentWidget())
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.addWidget(sign, r, 0)
        grid.addWidget(name, r, 1)
        grid.addWidget(text, r, 2)
        self.words.append(word)

    def _section(self, title: str, rows: list[tuple[QIcon, str, str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        grid = self._grid(box)
        for r, (icon, word, meaning) in enumerate(rows):
            sign = QLabel(box)
            sign.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
            sign.setAccessibleName(word)
            self._add_row(grid, r, sign, word, meaning)
        return box

    def _marks(self) -> QGroupBox:
        box = QGroupBox(tr("Документ в чек-листе (панель подзадачи, мастер)"), self)
        grid = self._grid(box)
        for r, (mark, word) in enumerate(MARK_WORDS.items()):
            sign = QLabel(mark, box)
            sign.setStyleSheet(f"color: {MARK_COLORS[mark]}; font-weight: bold;")
            word = tr(word)
            sign.setAccessibleName(word)
            self._add_row(grid, r, sign, word, tr(MARK_MEANING[mark]))
        return box

    def _open_guide(self) -> None:
        from tbn4_desktop.ui.help.guide import show_guide

        # The guide (docs/user-guide.md) is in Russian: its heading, whatever the language.
        show_guide(self.parentWidget() or self, "Обозначения")  # i18n: ru-only — a heading of the guide


def show_legend(parent: QWidget | None = None) -> LegendDialog:
    """Non-modal: the legend stays open beside the tree it explains."""
    from tbn4_desktop.ui.help.guide import raise_one_per_window

    return raise_one_per_window(parent, "_legend_dialog", LegendDialog)
