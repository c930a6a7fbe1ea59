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
from tbn4_desktop.i18n import N_, tc, tr, trn
from tbn4_desktop.paths import resource_dir

ICON_SIZE = 16

#: Verdict word and text colour by `KpiResult.met` (green, the warning
#: orange-brown of the «≤ 3 раб. дн.» icon, grey).
VERDICTS = {True: N_("выполнено"), False: N_("не выполнено"), None: N_("нет данных")}  # shown as tr(…)
COLORS = {True: "#1b5e20", False: "#a84b00", None: "#555555"}
_ICON_FILES = {
    True: ("deadline-done-on-time.svg", QStyle.StandardPixmap.SP_DialogApplyButton),
    False: ("kpi-not-met.svg", QStyle.StandardPixmap.SP_MessageBoxWarning),
    None: ("deadline-no-date.svg", QStyle.StandardPixmap.SP_MessageBoxInformation),
}


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


def shortfall(result: KpiResult) -> str:
    """What is missing to meet the target, e.g. «не хватает 3 мероприятий»;
    empty when met or not computable."""
    if result.met is not False:
        return ""
    if result.kind is KpiKind.MIN_EVENTS:
        missing = max(int(Decimal(str(result.target))) - result.part, 0)
        return trn("не хватает %n мероприятия", missing)
    if result.whole:
        target = Decimal(str(result.target))
        needed = result.part
        # The exact share decides (4.95 % is short of 5 %), never the rounded percent.
        while needed < result.whole and not share_meets(needed, result.whole, target):
            needed += 1
        missing = needed - result.part
        if result.kind is KpiKind.SHARE_TRAINED:
            return trn("нужно обучить ещё %n служащего", missing)
        return trn("документа нет ещё у %n организации", missing)
    return ""


def value_text(result: KpiResult) -> str:
    """Value against the target in a few characters: «6,7 % (цель ≥ 5 %)»,
    «8 (цель ≥ 12)», «80 %, 1,6 б. (цель 100 %)»; «—» while not computable."""
    if result.kind is KpiKind.MIN_EVENTS:
        return tr("{value} (цель ≥\u00a0{goal})").format(value=result.part, goal=format_number(result.target))
    goal = format_percent(result.target)
    if result.value is None:
        return tr("{value} (цель ≥\u00a0{goal})").format(value="—", goal=goal)
    if result.kind is KpiKind.QUASI_SHARE_SCORE and result.score is not None:
        return tr("{value}, {score}\u00a0б. (цель {goal})").format(
            value=format_percent(result.value), score=format_number(result.score), goal=goal
        )
    return tr("{value} (цель ≥\u00a0{goal})").format(value=format_percent(result.value), goal=goal)


def full_text(result: KpiResult) -> str:
    """The computed line with its target (the quasi lines name only the share and score)."""
    if result.kind in (KpiKind.QUASI_SHARE, KpiKind.QUASI_SHARE_SCORE) and result.value is not None:
        return tr("{text}; цель — {goal} организаций").format(text=result.text, goal=format_percent(result.target))
    return result.text


def verdict_html(result: KpiResult) -> str:
    """Icon, coloured word, the computed line and the shortfall, as HTML."""
    colour = COLORS[result.met]
    gap = shortfall(result)
    tail = f" <span style='color:{colour}'>({escape(gap)})</span>" if gap else ""
    return (
        f"{_icon_img(result.met)}&nbsp;<b style='color:{colour}'>{escape(tr(VERDICTS[result.met]).capitalize())}</b>"
        f" — {escape(full_text(result))}{tail}"
    )


class KpiLine(QWidget):
    headcountChanged = Signal()

    def __init__(
        self,
        kpi: Kpi,
        register: Register,
        *,
        year: int | None = None,
        other_rows: list[dict[str, Any]] | None = None,
        headcount: int | None = None,
        supervised: list[Entity] | None = None,
        parent: QWidget | None = None,
    ):
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
        self.label.setToolTip(tr("Показатель: {text}").format(text=tc(kpi.text)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.headcount: QSpinBox | None = None
        if kpi.kind is KpiKind.SHARE_TRAINED:
            caption = QLabel(tr("Штатная &численность служащих:"), self)
            self.headcount = QSpinBox(self)
            self.headcount.setObjectName("headcount")
            self.headcount.setRange(0, 1_000_000)
            self.headcount.setGroupSeparatorShown(True)
            self.headcount.setSpecialValueText(tr("не указана"))
            self.headcount.setValue(headcount or 0)
            self.headcount.setAccessibleName(tr("Штатная численность государственных служащих"))
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
        result = compute(
            self.kpi, self.register, rows, headcount=self.headcount_value(), year=self.year, supervised=self.supervised
        )
        self.result = result
        pixmap = {
            True: QStyle.StandardPixmap.SP_DialogApplyButton,
            False: QStyle.StandardPixmap.SP_MessageBoxWarning,
            None: QStyle.StandardPixmap.SP_MessageBoxInformation,
        }[result.met]
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(ICON_SIZE, ICON_SIZE))
        verdict = {True: tr("✔ выполнено"), False: tr("✖ не выполнено"), None: tr("нет данных")}[result.met]
        text = result.text if result.text.endswith(".") else result.text + "."
        self.label.setText("<b>{}</b> {}".format(tr("Показатель: {verdict}.").format(verdict=verdict), escape(text)))
        self.label.setAccessibleName(
            tr("Показатель: {verdict}. {text}").format(verdict=result.status_text, text=result.text)
        )
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
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lines.clear()
        heading = QLabel("<b>{}</b>".format(tr("Показатели")), self)
        self.grid.addWidget(heading, 0, 0, 1, 4)
        for row, status in enumerate(statuses, 1):
            result = status.result
            icon = QLabel(self)
            icon.setPixmap(verdict_icon(result.met).pixmap(ICON_SIZE, ICON_SIZE))
            name = QLabel(f"{status.code} {tc(status.title)}", self)
            value = QLabel(value_text(result), self)
            verdict = QLabel(tr(VERDICTS[result.met]), self)
            verdict.setStyleSheet(f"color: {COLORS[result.met]}; font-weight: bold;")
            gap = shortfall(result)
            tip = full_text(result) + (f" ({gap})" if gap else "")
            for col, label in enumerate((icon, name, value, verdict)):
                label.setToolTip(tip)
                self.grid.addWidget(label, row, col)
            name.setAccessibleName(
                tr("Показатель {code}: {verdict}. {details}").format(
                    code=status.code, verdict=tr(VERDICTS[result.met]), details=tip
                )
            )
            self.lines[status.code] = (icon, name, value, verdict)
        self.grid.setColumnStretch(4, 1)
        self.met = [s.result.met for s in statuses]

    def summary(self) -> str:
        """«Показатели: выполнено 2 из 9» (the collapsed strip's button)."""
        if not self.met:
            return tr("Показатели")
        return tr("Показатели: выполнено {met} из {total}").format(
            met=sum(m is True for m in self.met), total=len(self.met)
        )

    def text(self, code: str) -> str:
        """«4.2.1 …: 6,7 % (цель ≥ 5 %) — выполнено» (tests, accessibility)."""
        _icon, name, value, verdict = self.lines[code]
        return f"{name.text()}: {value.text()} — {verdict.text()}"
