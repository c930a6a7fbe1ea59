"""What an evidence command works on: the current organisation (one
transaction), its plan for --year, and the subtask, period, document and
signatory the command names — each refused in one line when it does not fit."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from tbn4_desktop.cli_context import Refused, _open, _refusals
from tbn4_desktop.cli_evidence_output import _where
from tbn4_desktop.cli_evidence_values import _choice_list, _name, _period
from tbn4_desktop.core.catalog import Catalog, DocumentSlot, Subtask
from tbn4_desktop.core.checklist import applicability
from tbn4_desktop.core.vocabulary import Periodicity, periods_of
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.records import OrganizationInfo, PlanInfo, SignatoryInfo

NO_ORGANIZATION = N_(
    "Организация не выбрана: сначала создайте её (tbn4 org init) или заполните сведения об организации в приложении."
)


@dataclass
class Scope:
    ctx: AppContext
    session: Session
    org: OrganizationInfo


@dataclass
class YearScope(Scope):
    plan: PlanInfo
    catalog: Catalog
    year: int


@contextlib.contextmanager
def _org_scope(args: argparse.Namespace) -> Iterator[Scope]:
    """One transaction on the current organisation: committed when the
    command succeeds, rolled back on any refusal."""
    from tbn4_desktop.services.organizations import get_current_organization

    with _refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                org = get_current_organization(session)
                if org is None:
                    raise Refused(tr(NO_ORGANIZATION))
                yield Scope(ctx, session, org)
        finally:
            ctx.close()


def _year(args: argparse.Namespace) -> int:
    year = getattr(args, "year", None)  # parsed and range-checked by cli_args.parse_year
    return date.today().year if year is None else year


@contextlib.contextmanager
def _year_scope(args: argparse.Namespace) -> Iterator[YearScope]:
    """The current organisation's plan for --year (the current year by
    default), created when it does not exist yet."""
    from tbn4_desktop.services.executions import ensure_year_plan, find_year_plan

    year = _year(args)
    with _org_scope(args) as scope:
        plan = find_year_plan(scope.session, scope.org.id, year)
        if plan is None:
            catalog = scope.ctx.catalog_for_year(year)
            plan = ensure_year_plan(scope.session, scope.org.id, year, catalog)
        else:
            catalog = scope.ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
        yield YearScope(scope.ctx, scope.session, scope.org, plan, catalog, year)


@dataclass(frozen=True)
class Target:
    subtask: Subtask
    period: str
    execution_id: int

    @property
    def where(self) -> str:
        return _where(self.subtask.code, self.period)


def _target(scope: YearScope, code: str, period_text: str | None) -> Target:
    """The execution of a subtask and period of the year, refused when the
    code is unknown, the subtask does not apply to the organisation, or the
    period does not fit the subtask."""
    from tbn4_desktop.services.checklist import get_answers
    from tbn4_desktop.services.executions import list_executions

    code = code.strip()
    try:
        subtask = scope.catalog.subtask(code)
    except KeyError:
        raise Refused(
            tr(
                "Подзадачи «{code}» нет в каталоге на {year} год: укажите код вида 1.1.2 "
                "(список подзадач: tbn4 catalog)."
            ).format(code=code, year=scope.year)
        ) from None
    applies = applicability(scope.catalog, subtask, scope.org.level, get_answers(scope.session, scope.plan.id))
    if not applies.applies:
        if applies.question is None:
            raise Refused(
                tr("Подзадача {code} не применяется к организации уровня «{level}».").format(
                    code=code, level=scope.org.level.label
                )
            )
        raise Refused(tr("Подзадача {code} не применяется (ответ {reason}).").format(code=code, reason=applies.reason))
    periods = periods_of(subtask.periodicity)
    period = _period(period_text)
    if periods == ("",):
        if period:
            raise Refused(
                tr("Подзадача {code} исполняется за год целиком: параметр --period для неё не указывается.").format(
                    code=code
                )
            )
        period = ""
    elif not period:
        if subtask.periodicity is Periodicity.MONTHLY:
            raise Refused(
                tr("Подзадача {code} исполняется ежемесячно: укажите период --period ({periods}).").format(
                    code=code, periods=_choice_list(periods)
                )
            )
        raise Refused(
            tr("Подзадача {code} исполняется ежеквартально: укажите период --period ({periods}).").format(
                code=code, periods=_choice_list(periods)
            )
        )
    elif period not in periods:
        raise Refused(
            tr("У подзадачи {code} нет периода {period}: укажите один из {periods}.").format(
                code=code, period=period, periods=_choice_list(periods)
            )
        )
    for e in list_executions(scope.session, scope.plan.id):
        if e.subtask_code == code and e.period == period:
            return Target(subtask, period, e.id)
    raise Refused(tr("В плане {year} года нет подзадачи {where}.").format(year=scope.year, where=_where(code, period)))


def _slot(target: Target, key: str) -> DocumentSlot:
    try:
        return target.subtask.slot(key.strip())
    except KeyError:
        known = ", ".join(f"{d.key} («{tc(d.title)}»)" for d in target.subtask.documents)
        raise Refused(
            tr("У подзадачи {code} нет документа «{key}»: укажите в --doc один из ключей: {keys}.").format(
                code=target.subtask.code, key=key, keys=known
            )
        ) from None


def _signatory(scope: Scope, full_name: str) -> SignatoryInfo:
    from tbn4_desktop.services.organizations import list_signatories

    wanted = _name(full_name).casefold()
    active = list_signatories(scope.session, scope.org.id)
    for person in active:
        if _name(person.full_name).casefold() == wanted:
            return person
    if not active:
        raise Refused(
            tr("Подписанта «{name}» нет среди подписантов организации: список пуст (tbn4 signatory add).").format(
                name=_name(full_name)
            )
        )
    raise Refused(
        tr("Подписанта «{name}» нет среди подписантов организации: {names}.").format(
            name=_name(full_name), names="; ".join(p.full_name for p in active)
        )
    )
