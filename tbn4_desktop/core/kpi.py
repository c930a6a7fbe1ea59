"""The KPIs of the catalog computed from register rows (pure Python).

Four kinds (core.catalog.KpiKind):

* share_trained (4.2.1): civil servants trained in the year (the rows of the
  training list) / the headcount the user enters; met when the exact share
  is at least the target («не менее 5%»): trained × 100 ≥ target × headcount
  in exact arithmetic, so 99 of 2 000 (4.95 %) is NOT met although one
  decimal would show 5,0 % (the percent is then shown with the decimals
  that tell it from the target: 4,95 %). The 4.2.1 register has no headcount
  column and a headcount is not a property of any one trainee, so it is kept
  as a one-row register of its own, `HEADCOUNT_REGISTER`, under the same
  execution: no schema change, saved in the same transaction as the list and
  exported/deleted with it.
* min_events (4.2.2): events dated in the year, counted over every monthly
  execution of the year; met when ≥ the target (12).
* quasi_share (3.1.2) and quasi_share_score (3.2.1–3.2.6): the quasi-state
  companies the organisation supervises (its list of supervised entities,
  services/checklist.list_supervised — never the companies a register
  happens to name) having the document (the register's bool column for the
  company's row) / the companies on that list, as a percent. Only 3.2.x are
  scored (the instruction's point scale closes Task 2): each full 10 % gives
  0.2 points, at most 2 (100 % → 2, 90 % → 1.8, 50 % → 1.0, 40 % → 0.8,
  «каждые 10 % — 0,2 балла»). The score uses the exact share, not the
  rounded percent, so 89.96 % still scores 1.6. An empty list is said so
  («Список курируемых организаций не заполнен»), never divided by.

Percents are rounded half up to one decimal. Texts are in the interface's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from tbn4_desktop.core.catalog import Kpi, KpiKind, Register, RegisterColumn
from tbn4_desktop.core.register_values import is_blank_row, is_empty
from tbn4_desktop.i18n import N_, tr, trn

#: The headcount of civil servants for the 4.2.1 share: one row, one column.
HEADCOUNT_REGISTER = Register(
    key="headcount",
    title=N_("Штатная численность государственных служащих"),
    columns=(
        RegisterColumn(
            key="headcount", title=N_("Штатная численность государственных служащих"), type="int", required=True
        ),
    ),
)

#: Points for 100 % of quasi-state companies and per full 10 %.
MAX_SCORE = Decimal(2)
SCORE_PER_TEN = Decimal("0.2")

#: What a Project 3 share says when there is nothing to divide by (the
#: Russian source: KpiResult.text carries it translated, `tr(NO_SUPERVISED_TEXT)`).
NO_SUPERVISED_TEXT = N_(
    "Список курируемых организаций не заполнен: добавьте организации квазигосударственного "
    "сектора, деятельность которых курирует организация, чтобы посчитать долю."
)


@dataclass(frozen=True)
class KpiResult:
    kind: KpiKind
    target: float
    value: Decimal | None  # percent (one decimal, more when needed to tell it from the target) or a count
    met: bool | None  # None while it cannot be computed
    text: str  # one line, e.g. «4 из 5 организаций (80 %) — 1,6 балла из 2»
    part: int = 0  # trained / events / supervised companies having the document
    whole: int | None = None  # headcount / supervised companies
    score: Decimal | None = None  # quasi_share_score only
    unlisted: int = 0  # quasi kinds: companies of the register not on the supervised list

    @property
    def status_text(self) -> str:
        """«выполнено» / «не выполнено» / «нет данных»."""
        if self.met is None:
            return tr("нет данных")
        return tr("выполнено") if self.met else tr("не выполнено")


# ------------------------------------------------------------------ numbers
def percent(part: int, whole: int) -> Decimal:
    """part / whole in percent, rounded half up to one decimal."""
    if whole <= 0:
        raise ValueError("whole must be positive")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _exact(target: float | Decimal | int) -> Fraction:
    """The target as written (5 → 5, 4.95 → 99/20), not as a binary float."""
    return Fraction(str(target))


def share_meets(part: int, whole: int, target: float | Decimal | int) -> bool:
    """Whether part / whole is at least `target` percent, exactly:
    part × 100 ≥ target × whole (4.95 % is not 5 %)."""
    if whole <= 0:
        raise ValueError("whole must be positive")
    return Fraction(part) * 100 >= _exact(target) * whole


def shown_percent(part: int, whole: int, target: float | Decimal | int) -> Decimal:
    """The percent to show: one decimal, unless that would show a share
    below the target as reaching it (99 of 2 000 → 4.95, not 5.0); then as
    many decimals as tell it from the target (cut, never rounded up)."""
    value = percent(part, whole)
    if share_meets(part, whole, target) or value < Decimal(str(target)):
        return value
    exact = Fraction(part) * 100 / whole
    for places in range(2, 10):
        step = Fraction(1, 10**places)
        cut = (exact // step) * step
        shown = (Decimal(cut.numerator) / Decimal(cut.denominator)).quantize(Decimal(1).scaleb(-places))
        if shown < Decimal(str(target)):
            return shown
    return value


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


def points_text(score: Decimal) -> str:
    """A score with its noun: «2 балла», «1 балл», «0 баллов», «1,6 балла»
    (a fraction takes «балла»)."""
    if score != score.to_integral_value():
        return tr("{score} балла").format(score=format_number(score))
    return trn("%n балл", int(score))


# ------------------------------------------------------------------ the kinds
def share_trained(trained: int, headcount: int | None, target: float = 5) -> KpiResult:
    kind = KpiKind.SHARE_TRAINED
    goal = format_percent(target)
    if not headcount or headcount <= 0:
        return KpiResult(
            kind,
            target,
            None,
            None,
            part=trained,
            text=tr(
                "Обучено: {trained}. Укажите штатную численность, чтобы посчитать долю (цель — не менее {target})."
            ).format(trained=trained, target=goal),
        )
    if trained > headcount:
        return KpiResult(
            kind,
            target,
            None,
            None,
            part=trained,
            whole=headcount,
            text=tr("Обучено {trained}, а штатная численность — {headcount}: проверьте численность.").format(
                trained=trained, headcount=headcount
            ),
        )
    met = share_meets(trained, headcount, target)
    value = shown_percent(trained, headcount, target)
    return KpiResult(
        kind,
        target,
        value,
        met,
        part=trained,
        whole=headcount,
        text=trn("Обучено {trained} из %n служащего ({percent}); цель — не менее {target}", headcount).format(
            trained=trained, percent=format_percent(value), target=goal
        ),
    )


def min_events(count: int, target: float = 12) -> KpiResult:
    met = count >= target
    return KpiResult(
        KpiKind.MIN_EVENTS,
        target,
        Decimal(count),
        met,
        part=count,
        text=trn("За год проведено %n мероприятие; цель — не менее {target}", count).format(
            target=format_number(target)
        ),
    )


def _unlisted_text(unlisted: int) -> str:
    if not unlisted:
        return ""
    return trn("; не учтено %n организация из таблицы, которых нет в списке курируемых", unlisted)


def quasi_share(having: int, companies: int, target: float = 100, *, unlisted: int = 0) -> KpiResult:
    """3.1.2: the share of supervised companies having the document, without points."""
    kind = KpiKind.QUASI_SHARE
    if companies <= 0:
        return KpiResult(kind, target, None, None, whole=0, unlisted=unlisted, text=tr(NO_SUPERVISED_TEXT))
    value = shown_percent(having, companies, target)
    share = trn("{having} из %n организации ({percent})", companies).format(
        having=having, percent=format_percent(value)
    )
    return KpiResult(
        kind,
        target,
        value,
        share_meets(having, companies, target),
        part=having,
        whole=companies,
        unlisted=unlisted,
        text=share + _unlisted_text(unlisted),
    )


def quasi_share_score(having: int, companies: int, target: float = 100, *, unlisted: int = 0) -> KpiResult:
    """3.2.1–3.2.6: the share of supervised companies having the document and its points."""
    kind = KpiKind.QUASI_SHARE_SCORE
    if companies <= 0:
        return KpiResult(kind, target, None, None, whole=0, unlisted=unlisted, text=tr(NO_SUPERVISED_TEXT))
    value = shown_percent(having, companies, target)
    score = quasi_score(having, companies)
    share = trn("{having} из %n организации ({percent}) — {points} из {max}", companies).format(
        having=having, percent=format_percent(value), points=points_text(score), max=format_number(MAX_SCORE)
    )
    return KpiResult(
        kind,
        target,
        value,
        share_meets(having, companies, target),
        part=having,
        whole=companies,
        score=score,
        unlisted=unlisted,
        text=share + _unlisted_text(unlisted),
    )


def quasi_result(kind: KpiKind, having: int, companies: int, target: float = 100, *, unlisted: int = 0) -> KpiResult:
    """The Project 3 result of `kind` (QUASI_SHARE or QUASI_SHARE_SCORE)."""
    if kind is KpiKind.QUASI_SHARE:
        return quasi_share(having, companies, target, unlisted=unlisted)
    if kind is KpiKind.QUASI_SHARE_SCORE:
        return quasi_share_score(having, companies, target, unlisted=unlisted)
    raise ValueError(f"{kind} is not a Project 3 share")


# ------------------------------------------------------------------ from rows
def filled_rows(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [r for r in rows if not is_blank_row(r)]


def document_column(register: Register) -> RegisterColumn:
    """The bool column saying that a company has the document."""
    for column in register.columns:
        if column.type == "bool":
            return column
    raise ValueError(f"register {register.key} has no yes/no column")


@dataclass(frozen=True)
class Entity:
    """One supervised quasi-state company as the share counts it."""

    name: str
    bin: str | None = None


def name_key(name: Any) -> str:
    """A company name compared as people write it: case and spacing ignored."""
    return " ".join(str(name or "").split()).casefold()


def _bin_key(value: Any) -> str:
    return "".join(str(value or "").split())


def match_entity(entities: Sequence[Entity], row: Mapping[str, Any]) -> int | None:
    """The index of the supervised company a register row is about: the same
    BIN when both have one, else the same name; None when it is not listed."""
    row_bin = _bin_key(row.get("bin"))
    row_name = name_key(row.get("company_name"))
    for i, entity in enumerate(entities):
        if row_bin and entity.bin and _bin_key(entity.bin) == row_bin:
            return i
    for i, entity in enumerate(entities):
        if row_name and name_key(entity.name) == row_name:
            return i
    return None


def company_counts(
    register: Register, rows: Iterable[Mapping[str, Any]], entities: Sequence[Entity]
) -> tuple[int, int, int]:
    """(supervised companies having the document, supervised companies,
    companies of the register that are not on the list) of a quasi register."""
    flag = document_column(register).key
    having: set[int] = set()
    unlisted: set[str] = set()
    for row in filled_rows(rows):
        if is_empty(row.get("company_name")) and is_empty(row.get("bin")):
            continue
        i = match_entity(entities, row)
        if i is None:
            unlisted.add(_bin_key(row.get("bin")) or name_key(row.get("company_name")))
        elif row.get(flag) is True:
            having.add(i)
    return len(having), len(entities), len(unlisted)


def events_in_year(rows: Iterable[Mapping[str, Any]], year: int | None) -> int:
    """Rows dated in `year` (every filled row when year is None)."""
    count = 0
    for row in filled_rows(rows):
        day = row.get("event_date")
        if year is None or (isinstance(day, date) and day.year == year):
            count += 1
    return count


def compute(
    kpi: Kpi,
    register: Register,
    rows: Iterable[Mapping[str, Any]],
    *,
    headcount: int | None = None,
    year: int | None = None,
    supervised: Sequence[Entity] | None = None,
) -> KpiResult:
    """The KPI of a subtask from typed rows of its register. For min_events
    pass the rows of every execution of the year; for share_trained the
    headcount; for the Project 3 shares the organisation's list of
    supervised companies (None or empty: the list is not filled)."""
    rows = list(rows)
    if kpi.kind is KpiKind.SHARE_TRAINED:
        return share_trained(len(filled_rows(rows)), headcount, kpi.target)
    if kpi.kind is KpiKind.MIN_EVENTS:
        return min_events(events_in_year(rows, year), kpi.target)
    having, listed, unlisted = company_counts(register, rows, supervised or ())
    return quasi_result(kpi.kind, having, listed, kpi.target, unlisted=unlisted)
