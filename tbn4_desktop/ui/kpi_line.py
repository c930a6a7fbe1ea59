"""The KPI line under a register on the «Данные» page: the value computed
live from the rows being edited, the target, and «выполнено» / «не
выполнено» as an icon and a word (never colour alone). For 4.2.1 it also
holds the headcount the share is computed against."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QStyle, QWidget

from tbn4_desktop.core.catalog import Kpi, KpiKind, Register
from tbn4_desktop.core.kpi import KpiResult, compute

ICON_SIZE = 16


class KpiLine(QWidget):
    headcountChanged = Signal()

    def __init__(self, kpi: Kpi, register: Register, *, year: int | None = None,
                 other_rows: list[dict[str, Any]] | None = None, headcount: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpiLine")
        self.kpi = kpi
        self.register = register
        self.year = year
        self.other_rows = other_rows or []
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
        result = compute(self.kpi, self.register, rows, headcount=self.headcount_value(), year=self.year)
        self.result = result
        pixmap = {True: QStyle.StandardPixmap.SP_DialogApplyButton,
                  False: QStyle.StandardPixmap.SP_MessageBoxWarning,
                  None: QStyle.StandardPixmap.SP_MessageBoxInformation}[result.met]
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(ICON_SIZE, ICON_SIZE))
        verdict = {True: "✔ выполнено", False: "✖ не выполнено", None: "нет данных"}[result.met]
        self.label.setText(f"<b>Показатель: {verdict}.</b> {result.text}.")
        self.label.setAccessibleName(f"Показатель: {result.status_text}. {result.text}")
        return result
