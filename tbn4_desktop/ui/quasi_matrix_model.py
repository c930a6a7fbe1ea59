"""The table model of the documents matrix (ui/quasi_matrix.py): supervised
quasi-state companies × the documents of 3.1.2 and 3.2.1–3.2.6."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from tbn4_desktop.core.catalog import KpiKind, Register, Subtask
from tbn4_desktop.core.kpi import (
    Entity,
    KpiResult,
    document_column,
    match_entity,
    quasi_result,
)
from tbn4_desktop.core.register_values import is_empty
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.checklist import SupervisedInfo

FIXED = 2  # «Организация», «БИН»

_Index = QModelIndex | QPersistentModelIndex


_UNLISTED_BG = QColor("#fff4d6")  # a company not on the list yet (the name cell also says so)
UNLISTED_TIP = N_(
    "Этой организации нет в списке курируемых: при сохранении матрицы она будет добавлена "
    "в список и войдёт в знаменатель доли."
)


def _key(name: Any) -> str:
    return " ".join(str(name or "").split()).casefold()


def quasi_register(subtask: Subtask) -> Register:
    """The register of a quasi-state subtask: the catalog gives each of the seven one."""
    if subtask.register is None:
        raise ValueError(subtask.code)  # not a quasi-state subtask
    return subtask.register


class MatrixModel(QAbstractTableModel):
    """Supervised companies × documents. Each company keeps, per subtask, the
    stored row it came from so that columns the matrix does not show survive
    a save, and the id of its entry in the list of supervised companies
    (None: not on the list yet)."""

    edited = Signal()

    def __init__(self, subtasks: list[Subtask], parent=None):
        super().__init__(parent)
        self.subtasks = subtasks
        self.flags_ = [document_column(quasi_register(s)).key for s in subtasks]
        # {"name", "bin", "entity": id | None, "docs": [bool]*7, "rows": [dict|None]*7}
        self.companies: list[dict[str, Any]] = []

    # ------------------------------------------------------------ contents
    def load(self, stored: list[list[dict[str, Any]]], supervised: list[SupervisedInfo] | None = None) -> None:
        """stored[i]: typed rows of subtask i's register; `supervised`: the
        organisation's list, the rows of the matrix in its order. A company a
        register names that is not on the list follows, marked."""
        self.beginResetModel()
        self.companies = [self._new(e.name, e.bin, entity=e.id) for e in supervised or []]
        entities = [Entity(c["name"], c["bin"]) for c in self.companies]
        by_key: dict[str, dict[str, Any]] = {}
        for i, rows in enumerate(stored):
            for row in rows:
                if is_empty(row.get("company_name")):
                    continue
                at = match_entity(entities, row)
                company: dict[str, Any] | None
                if at is not None:
                    company = self.companies[at]
                else:
                    company = by_key.get(_key(row["company_name"]))
                    if company is None:
                        company = self._new(row["company_name"], row.get("bin"))
                        by_key[_key(row["company_name"])] = company
                        self.companies.append(company)
                company["bin"] = company["bin"] or row.get("bin")
                company["docs"][i] = row.get(self.flags_[i]) is True
                company["rows"][i] = dict(row)
        self.endResetModel()
        self.edited.emit()

    def _new(self, name: Any, bin_: Any = None, *, entity: int | None = None) -> dict[str, Any]:
        n = len(self.subtasks)
        return {
            "name": str(name).strip() if name else "",
            "bin": bin_ or None,
            "entity": entity,
            "docs": [False] * n,
            "rows": [None] * n,
        }

    def unlisted(self) -> list[dict[str, Any]]:
        """Named companies not on the list of supervised companies yet."""
        return [c for c in self.companies if c["entity"] is None and not is_empty(c["name"])]

    def add_company(self, name: str = "", bin_: str | None = None) -> int:
        row = len(self.companies)
        self.beginInsertRows(QModelIndex(), row, row)
        self.companies.append(self._new(name, bin_))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_company(self, row: int) -> None:
        if 0 <= row < len(self.companies):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.companies[row]
            self.endRemoveRows()
            self.edited.emit()

    def import_companies(self, rows: list[dict[str, Any]]) -> int:
        """Add the companies of `rows` not listed yet; how many were added."""
        known = {_key(c["name"]) for c in self.companies}
        added = 0
        for row in rows:
            name = row.get("company_name")
            if is_empty(name) or _key(name) in known:
                continue
            known.add(_key(name))
            self.add_company(str(name).strip(), row.get("bin"))
            added += 1
        return added

    def register_rows(self, i: int) -> list[dict[str, Any]]:
        """The rows to save into subtask i's register, in the matrix order."""
        out = []
        for company in self.companies:
            if is_empty(company["name"]) and is_empty(company["bin"]):
                continue
            row = dict(company["rows"][i] or {})
            row.update(company_name=company["name"] or None, bin=company["bin"] or None)
            row[self.flags_[i]] = company["docs"][i]
            out.append(row)
        return out

    def result(self, i: int) -> KpiResult:
        """The share as it will be once saved: every named row is then on the list."""
        listed = [c for c in self.companies if not is_empty(c["name"])]
        kpi = self.subtasks[i].kpi
        kind = kpi.kind if kpi is not None else KpiKind.QUASI_SHARE_SCORE
        return quasi_result(
            kind, sum(1 for c in listed if c["docs"][i]), len(listed), kpi.target if kpi is not None else 100
        )

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.companies)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.subtasks)

    def header_title(self, section: int) -> str:
        if section == 0:
            return tr("Организация *")
        if section == 1:
            return tr("БИН")
        subtask = self.subtasks[section - FIXED]
        # Whole words only: the dialog makes each column as wide as its longest word.
        return f"{subtask.code}\n{tc(subtask.short_title)}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_title(section)
            if role == Qt.ItemDataRole.ToolTipRole and section >= FIXED:
                s = self.subtasks[section - FIXED]
                return f"{s.code}. {tc(quasi_register(s).title)}"
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        return base | (Qt.ItemFlag.ItemIsUserCheckable if index.column() >= FIXED else Qt.ItemFlag.ItemIsEditable)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        company = self.companies[index.row()]
        col = index.column()
        unlisted = company["entity"] is None and not is_empty(company["name"])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_UNLISTED_BG) if unlisted else None
        if col < FIXED:
            value = company["name"] if col == 0 else company["bin"]
            if role == Qt.ItemDataRole.EditRole:
                return value or ""
            if role == Qt.ItemDataRole.DisplayRole:
                # Never by colour alone: the name says it is not on the list.
                return tr("{name} (нет в списке)").format(name=value) if col == 0 and unlisted else (value or "")
            if role == Qt.ItemDataRole.ToolTipRole:
                # The full name however narrow the column is.
                return (f"{value}\n{tr(UNLISTED_TIP)}" if unlisted else value) if value else None
            return None
        has = company["docs"][col - FIXED]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if has else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("Есть") if has else tr("Нет")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            title = tc(self.subtasks[col - FIXED].short_title)
            return (tr("{title}: есть") if has else tr("{title}: нет")).format(title=title)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        company = self.companies[index.row()]
        col = index.column()
        if col >= FIXED and role == Qt.ItemDataRole.CheckStateRole:
            company["docs"][col - FIXED] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif col < FIXED and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            if col == 0:
                company["name"] = text
            else:
                company["bin"] = text or None
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def set_all(self, column: int, checked: bool) -> None:
        for company in self.companies:
            company["docs"][column - FIXED] = checked
        if self.companies:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.companies) - 1, column))
        self.edited.emit()
