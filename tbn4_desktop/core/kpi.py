"""The KPIs of the catalog computed from register rows (pure Python).

Three kinds (core.catalog.KpiKind):

* share_trained (4.2.1): civil servants trained in the year (the rows of the
  training list) / the headcount the user enters, as a percent with one
  decimal; met when ≥ the target (5 %). The 4.2.1 register has no headcount
  column and a headcount is not a property of any one trainee, so it is kept
  as a one-row register of its own, `HEADCOUNT_REGISTER`, under the same
  execution: no schema change, saved in the same transaction as the list and
  exported/deleted with it.
* min_events (4.2.2): events dated in the year, counted over every monthly
  execution of the year; met when ≥ the target (12).
* quasi_share_score (3.1.2, 3.2.1–3.2.6): companies having the document (the
  register's bool column) / companies listed → percent and score: each full
  10 % gives 0.2 points, at most 2 (100 % → 2, 90 % → 1.8, 50 % → 1.0,
  40 % → 0.8, as the instruction's «каждые 10 % — 0,2 балла»). The score uses
  the exact share, not the rounded percent, so 89.96 % still scores 1.6.

Percents are rounded half up to one decimal. Texts are Russian.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tbn4_desktop.core.catalog import Kpi, KpiKind, Register, RegisterColumn
from tbn4_desktop.core.register_values import is_blank_row, is_empty

#: The headcount of civil servants for the 4.2.1 share: one row, one column.
HEADCOUNT_REGISTER = Register(
    key="headcount",
    title="Штатная численность государственных служащих",
    columns=(RegisterColumn(key="headcount", title="Штатная численность государственных служащих",
                            type="int", required=True),),
)

#: Points for 100 % of quasi-state companies and per full 10 %.
MAX_SCORE = Decimal(2)
SCORE_PER_TEN = Decimal("0.2")


@dataclass(frozen=True)
class KpiResult:
    kind: KpiKind
    target: float
    value: Decimal | None       # percent (one decimal) or a count; None: cannot be computed yet
    met: bool | None            # None while it cannot be computed
    text: str                   # one Russian line, e.g. «4 из 5 организаций (80 %) — 1,6 балла из 2»
    part: int = 0               # trained / events / companies having the document
    whole: int | None = None    # headcount / companies listed
    score: Decimal | None = None    # quasi_share_score only

    @property
    def status_text(self) -> str:
        """«выполнено» / «не выполнено» / «нет данных»."""
        return {True: "выполнено", False: "не выполнено", None: "нет данных"}[self.met]


# ------------------------------------------------------------------ numbers
def percent(part: int, whole: int) -> Decimal:
    """part / whole in percent, rounded half up to one decimal."""
    if whole <= 0:
        raise ValueError("whole must be positive")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def quasi_score(part: int, whole: int) -> Decimal:
    """0.2 points per full 10 % of `part / whole`, at most 2."""
    if whole <= 0:
        raise ValueError("whole must be positive")
    tens = min(part * 10 // whole, 10)
    return (SCORE_PER_TEN * tens).quantize(Decimal("0.1")) if tens else Decimal(0)


def format_number(value: Decimal | float) -> str:
    """Russian form: 80, 1,6, 12,5 (no trailing ,0)."""
    amount = Decimal(str(value)).normalize()
    if amount == amount.to_integral_value():
        return f"{int(amount):,}".replace(",", "\u00a0")
    return format(amount, "f").replace(".", ",")


def format_percent(value: Decimal | float) -> str:
    return f"{format_number(value)}\u00a0%"


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def points_word(score: Decimal) -> str:
    """балл / балла / баллов after a score (a fraction takes «балла»)."""
    if score != score.to_integral_value():
        return "балла"
    return _plural(int(score), "балл", "балла", "баллов")


# ------------------------------------------------------------------ the three kinds
def share_trained(trained: int, headcount: int | None, target: float = 5) -> KpiResult:
    kind = KpiKind.SHARE_TRAINED
    goal = f"цель — не менее {format_percent(target)}"
    if not headcount or headcount <= 0:
        return KpiResult(kind, target, None, None, part=trained,
                         text=f"Обучено: {trained}. Укажите штатную численность, чтобы посчитать долю ({goal}).")
    if trained > headcount:
        return KpiResult(kind, target, None, None, part=trained, whole=headcount,
                         text=f"Обучено {trained}, а штатная численность — {headcount}: проверьте численность.")
    value = percent(trained, headcount)
    met = value >= Decimal(str(target))
    return KpiResult(kind, target, value, met, part=trained, whole=headcount,
                     text=f"Обучено {trained} из {headcount} {_plural(headcount, 'служащего', 'служащих', 'служащих')}"
                          f" ({format_percent(value)}); {goal}")


def min_events(count: int, target: float = 12) -> KpiResult:
    met = count >= target
    word = _plural(count, "мероприятие", "мероприятия", "мероприятий")
    return KpiResult(KpiKind.MIN_EVENTS, target, Decimal(count), met, part=count,
                     text=f"За год проведено {count} {word}; цель — не менее {format_number(target)}")


def quasi_share_score(having: int, companies: int, target: float = 100) -> KpiResult:
    kind = KpiKind.QUASI_SHARE_SCORE
    if companies <= 0:
        return KpiResult(kind, target, None, None, whole=0,
                         text="Нет ни одной организации: добавьте организации квазигосударственного сектора.")
    value = percent(having, companies)
    score = quasi_score(having, companies)
    word = _plural(companies, "организации", "организаций", "организаций")
    return KpiResult(kind, target, value, value >= Decimal(str(target)), part=having, whole=companies, score=score,
                     text=f"{having} из {companies} {word} ({format_percent(value)}) — "
                          f"{format_number(score)} {points_word(score)} из {format_number(MAX_SCORE)}")


# ------------------------------------------------------------------ from rows
def filled_rows(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [r for r in rows if not is_blank_row(r)]


def document_column(register: Register) -> RegisterColumn:
    """The bool column saying that a company has the document."""
    for column in register.columns:
        if column.type == "bool":
            return column
    raise ValueError(f"register {register.key} has no yes/no column")


def company_counts(register: Register, rows: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
    """(companies having the document, companies listed) of a quasi register."""
    flag = document_column(register).key
    listed = [r for r in filled_rows(rows) if not is_empty(r.get("company_name"))] \
        if any(c.key == "company_name" for c in register.columns) else filled_rows(rows)
    return sum(1 for r in listed if r.get(flag) is True), len(listed)


def events_in_year(rows: Iterable[Mapping[str, Any]], year: int | None) -> int:
    """Rows dated in `year` (every filled row when year is None)."""
    count = 0
    for row in filled_rows(rows):
        day = row.get("event_date")
        if year is None or (isinstance(day, date) and day.year == year):
            count += 1
    return count


def compute(kpi: Kpi, register: Register, rows: Iterable[Mapping[str, Any]], *,
            headcount: int | None = None, year: int | None = None) -> KpiResult:
    """The KPI of a subtask from typed rows of its register. For min_events
    pass the rows of every execution of the year; for share_trained the headcount."""
    rows = list(rows)
    if kpi.kind is KpiKind.SHARE_TRAINED:
        return share_trained(len(filled_rows(rows)), headcount, kpi.target)
    if kpi.kind is KpiKind.MIN_EVENTS:
        return min_events(events_in_year(rows, year), kpi.target)
    having, listed = company_counts(register, rows)
    return quasi_share_score(having, listed, kpi.target)
