"""The KPI line under a register on the «Данные» page: the value computed
live from the rows being edited, the target, and «выполнено» / «не
выполнено» as an icon and a word (never colour alone). For 4.2.1 it also
holds the headcount the share is computed against.

The same verdict (icon, word, colour, shortfall) is shown by the details
panel and the «Сроки» dashboard through the helpers below."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyle,
    QWidget,
)

from tbn4_desktop.core.catalog import Kpi, KpiKind, Register
from tbn4_desktop.core.kpi import (
    Entity,
    KpiResult,
    compute,
    format_number,
    format_percent,
    share_meets,
)
from tbn4_desktop.paths import resource_dir

ICON_SIZE = 16

#: Verdict word and text colour by `KpiResult.met` (green, the warning
#: orange-brown of the «≤ 3 раб. дн.» icon, grey).
VERDICTS = {True: "выполнено", False: "не выполнено", None: "нет данных"}
COLORS = {True: "#1b5e20", False: "#a84b00", None: "#555555"}
_ICON_FILES = {True: ("deadline-done-on-time.svg", QStyle.StandardPixmap.SP_DialogApplyButton),
               False: ("kpi-not-met.svg", QStyle.StandardPixmap.SP_MessageBoxWarning),
               None: ("deadline-no-date.svg", QStyle.StandardPixmap.SP_MessageBoxInformation)}


@cache
def verdict_icon(met: bool | None) -> QIcon:
    name, fallback = _ICON_FILES[met]
    icon = QIcon(str(resource_dir() / "icons" / name))
    if icon.isNull() or icon.pixmap(ICON_SIZE, ICON_SIZE).isNull():
        return QApplication.style().standardIcon(fallback)
    return icon


def _icon_img(met: bool | None) -> str:
    path = (resource_dir() / "icons" / _ICON_FILES[met][0]).as_uri()
    return f'<img src="{path}" width="16" height="16" align="middle">'


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    return few if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else many


def shortfall(result: KpiResult) -> str:
    """What is missing to meet the target, e.g. «не хватает 3 мероприятий»;
    empty when met or not computable."""
    if result.met is not False:
        return ""
    if result.kind is KpiKind.MIN_EVENTS:
        missing = max(int(Decimal(str(result.target))) - result.part, 0)
        return f"не хватает {missing} {_plural(missing, 'мероприятия', 'мероприятий', 'мероприятий')}"
    if result.whole:
        target = Decimal(str(result.target))
        needed = result.part
        # The exact share decides (4.95 % is short of 5 %), never the rounded percent.
        while needed < result.whole and not share_meets(needed, result.whole, target):
            needed += 1
        missing = needed - result.part
        if result.kind is KpiKind.SHARE_TRAINED:
            return f"нужно обучить ещё {missing} {_plural(missing, 'служащего', 'служащих', 'служащих')}"
        return f"документа нет ещё у {missing} {_plural(missing, 'организации', 'организаций', 'организаций')}"
    return ""


def value_text(result: KpiResult) -> str:
    """Value against the target in a few characters: «6,7 % (цель ≥ 5 %)»,
    «8 (цель ≥ 12)», «80 %, 1,6 б. (цель 100 %)»; «—» while not computable."""
    if result.kind is KpiKind.MIN_EVENTS:
        return f"{result.part} (цель ≥\u00a0{format_number(result.target)})"
    goal = format_percent(result.target)
    if result.value is None:
        return f"— (цель ≥\u00a0{goal})"
    if result.kind is KpiKind.QUASI_SHARE_SCORE:
        return f"{format_percent(result.value)}, {format_number(result.score)}\u00a0б. (цель {goal})"
    return f"{format_percent(result.value)} (цель ≥\u00a0{goal})"


def full_text(result: KpiResult) -> str:
    """The computed line with its target (the quasi lines name only the share and score)."""
    if result.kind in (KpiKind.QUASI_SHARE, KpiKind.QUASI_SHARE_SCORE) and result.value is not None:
        return f"{result.text}; цель — {format_percent(result.target)} организаций"
    return result.text


def verdict_html(result: KpiResult) -> str:
    """Icon, coloured word, the computed line and the shortfall, as HTML."""
    colour = COLORS[result.met]
    gap = shortfall(result)
    tail = f" <span style='color:{colour}'>({escape(gap)})</span>" if gap else ""
    return (f"{_icon_img(result.met)}&nbsp;<b style='color:{colour}'>{escape(VERDICTS[result.met].capitalize())}</b>"
            f" — {escape(full_text(result))}{tail}")


class KpiLine(QWidget):
    headcountChanged = Signal()

    def __init__(self, kpi: Kpi, register: Register, *, year: int | None = None,
                 other_rows: list[dict[str, Any]] | None = None, headcount: int | None = None,
                 supervised: list[Entity] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpiLine")
        self.kpi = kpi
        self.register = register
        self.year = year
        self.other_rows = other_rows or []
        # Project 3 shares divide by the organisation's supervised companies
        # (services/kpis.supervised_of_execution), not by the register's rows.
        self.supervised = list(supervised or [])
        self.result: KpiResult | None = None
        self.icon = QLabel(self)
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.label = QLabel(self)
        self.label.setObjectName("kpiText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setToolTip(f"Показатель: {kpi.text}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.headcount: QSpinBox | None = None
        if kpi.kind is KpiKind.SHARE_TRAINED:
            caption = QLabel("Штатная &численность служащих:", self)
            self.headcount = QSpinBox(self)
            self.headcount.setObjectName("headcount")
            self.headcount.setRange(0, 1_000_000)
            self.headcount.setGroupSeparatorShown(True)
            self.headcount.setSpecialValueText("не указана")
            self.headcount.setValue(headcount or 0)
            self.headcount.setAccessibleName("Штатная численность государственных служащих")
            caption.setBuddy(self.headcount)
            self.headcount.valueChanged.connect(self.headcountChanged)
            layout.addWidget(caption)
            layout.addWidget(self.headcount)
            layout.addSpacing(12)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def headcount_value(self) -> int | None:
        return self.headcount.value() or None if self.headcount is not None else None

    def update_from(self, rows: list[dict[str, Any]]) -> KpiResult:
        rows = rows + self.other_rows if self.kpi.kind is KpiKind.MIN_EVENTS else rows
        result = compute(self.kpi, self.register, rows, headcount=self.headcount_value(), year=self.year,
                         supervised=self.supervised)
        self.result = result
        pixmap = {True: QStyle.StandardPixmap.SP_DialogApplyButton,
                  False: QStyle.StandardPixmap.SP_MessageBoxWarning,
                  None: QStyle.StandardPixmap.SP_MessageBoxInformation}[result.met]
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(ICON_SIZE, ICON_SIZE))
        verdict = {True: "✔ выполнено", False: "✖ не выполнено", None: "нет данных"}[result.met]
        text = result.text if result.text.endswith(".") else result.text + "."
        self.label.setText(f"<b>Показатель: {verdict}.</b> {escape(text)}")
        self.label.setAccessibleName(f"Показатель: {result.status_text}. {result.text}")
        return result


class KpiStrip(QFrame):
    """One compact line per KPI of the year: icon, code and short name, value
    against the target, and the verdict word in its colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpiStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 4, 8, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(0)
        self.lines: dict[str, tuple[QLabel, ...]] = {}
        self.met: list[bool | None] = []

    def set_kpis(self, statuses: Sequence) -> None:  # Sequence[services.kpis.KpiStatus]
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.lines.clear()
        heading = QLabel("<b>Показатели</b>", self)
        self.grid.addWidget(heading, 0, 0, 1, 4)
        for row, status in enumerate(statuses, 1):
            result = status.result
            icon = QLabel(self)
            icon.setPixmap(verdict_icon(result.met).pixmap(ICON_SIZE, ICON_SIZE))
            name = QLabel(f"{status.code} {status.title}", self)
            value = QLabel(value_text(result), self)
            verdict = QLabel(VERDICTS[result.met], self)
            verdict.setStyleSheet(f"color: {COLORS[result.met]}; font-weight: bold;")
            gap = shortfall(result)
            tip = full_text(result) + (f" ({gap})" if gap else "")
            for col, label in enumerate((icon, name, value, verdict)):
                label.setToolTip(tip)
                self.grid.addWidget(label, row, col)
            name.setAccessibleName(f"Показатель {status.code}: {VERDICTS[result.met]}. {tip}")
            self.lines[status.code] = (icon, name, value, verdict)
        self.grid.setColumnStretch(4, 1)
        self.met = [s.result.met for s in statuses]

    def summary(self) -> str:
        """«Показатели: выполнено 2 из 9» (the collapsed strip's button)."""
        if not self.met:
            return "Показатели"
        return f"Показатели: выполнено {sum(m is True for m in self.met)} из {len(self.met)}"

    def text(self, code: str) -> str:
        """«4.2.1 …: 6,7 % (цель ≥ 5 %) — выполнено» (tests, accessibility)."""
        _icon, name, value, verdict = self.lines[code]
        return f"{name.text()}: {value.text()} — {verdict.text()}"
