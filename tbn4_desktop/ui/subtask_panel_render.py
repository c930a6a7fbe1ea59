"""The whole text of the subtask panel for one subtask: `PanelData` (what
is shown, plain data) and `render_subtask_html` with its status, periodicity
and «Показатель» sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from tbn4_desktop.core.catalog import Subtask
from tbn4_desktop.core.checklist import Applicability, Checklist
from tbn4_desktop.core.kpi import KpiResult
from tbn4_desktop.core.vocabulary import ExecutionStatus, OrgLevel, Periodicity, period_label
from tbn4_desktop.i18n import tc, tr
from tbn4_desktop.services.records import ExecutionDetail, ExecutionInfo, SignatoryInfo
from tbn4_desktop.ui.catalog_tree import sentence_case
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.kpi_line import verdict_html
from tbn4_desktop.ui.subtask_panel_checklist import applicability_html, checklist_html, slots_reference_html
from tbn4_desktop.ui.subtask_panel_html import _grey, _para, _section, deadlines_block, status_html


@dataclass(frozen=True)
class PanelData:
    """What the panel shows for one subtask (plain data, no ORM)."""

    subtask: Subtask
    level: OrgLevel
    executions: list[ExecutionInfo]  # every period of the subtask
    detail: ExecutionDetail | None  # the selected period, if one
    signatories: dict[int, SignatoryInfo]
    deadlines: tuple = ()  # dashboard.DeadlineRow of each period, when computed
    kpi: KpiResult | None = None  # the live KPI from the registers, when the subtask has one
    checklists: dict[int, Checklist] = field(default_factory=dict)  # by execution id, every period shown
    applicability: Applicability | None = None
    focus: ExecutionDetail | None = None  # the period whose checklist is shown (selected, else «Выполнить…»'s)

    @property
    def checklist(self) -> Checklist | None:
        return self.checklists.get(self.focus.info.id) if self.focus is not None else None


def periodicity_html(subtask, executions) -> str:  # noqa: ANN001 - Subtask, list[ExecutionInfo]
    """The year's periodicity (a Карта may have changed the catalog's: the
    periods of the executions tell) and whether the instruction states it."""
    periods = {e.period for e in executions}
    shown = subtask.periodicity
    if periods and all(p.startswith("Q") for p in periods):
        shown = Periodicity.QUARTERLY
    elif periods and all(p.startswith("M") for p in periods):
        shown = Periodicity.MONTHLY
    elif periods == {""} and shown not in (Periodicity.ONCE, Periodicity.YEARLY):
        shown = Periodicity.YEARLY
    if subtask.periodicity_source:
        # The instruction's own words stay Russian; the Kazakh message says so.
        note = tr("Инструкция: «{quote}».").format(quote=" ".join(subtask.periodicity_source.split()))
    else:
        note = tr("Инструкция периодичность не устанавливает: её определяет Карта реализации.")
    return _para(shown.label) + f"<p style='margin-top:0'>{_grey(escape(note))}</p>"


def render_subtask_html(data: PanelData) -> str:
    s, level = data.subtask, data.level
    applies_to_level = s.applies_to(level)
    answered_no = data.applicability is not None and not data.applicability.applies and applies_to_level
    applies = applies_to_level and bool(data.executions) and not answered_no
    parts = [
        f"<h3 style='margin-bottom:2px'>{escape(tr('Подзадача {code}').format(code=s.code))}</h3>",
        f"<p style='margin-top:0'><b>{escape(tc(s.title))}</b></p>",
    ]
    if answered_no and data.applicability is not None:  # answered_no: there is an answer
        parts.append(
            _para(tr("Не применяется: {reason}. Сведения ниже — для справки.").format(reason=data.applicability.reason))
        )
        parts.append(applicability_html(data.applicability))
    elif not applies:
        parts.append(
            _para(
                tr("Не применяется: подзадача не исполняется на уровне «{level}». Сведения ниже — для справки.").format(
                    level=level.label
                )
            )
        )
    else:
        parts.append(_section(tr("Текущий статус"), _status_block(data) + applicability_html(data.applicability)))
    checklist = data.checklist
    if applies and checklist is not None:
        period = data.focus.info.period if data.focus is not None else ""
        title = (
            tr("Подтверждающие документы — {period}").format(period=period_label(period))
            if period
            else tr("Подтверждающие документы")
        )
        parts.append(_section(title, checklist_html(checklist, level, data.focus)))
    else:
        parts.append(_section(tr("Подтверждающие документы"), slots_reference_html(s, level)))
    from tbn4_desktop.core.deadline_rules import judged_by_text  # the deadline engine, not on the first paint

    parts.append(_section(tr("Срок"), deadlines_block(s.deadline.text, data.deadlines, judged_by_text(s))))
    parts.append(_section(tr("Что требуется"), _para(tc(s.guidance))))
    parts.append(_section(tr("Исполнитель"), _para(tc(s.executor))))
    parts.append(_section(tr("Периодичность"), periodicity_html(s, data.executions)))
    if s.kpi is not None:
        live = f"<p style='margin-top:0'>{verdict_html(data.kpi)}</p>" if data.kpi is not None and applies else ""
        parts.append(_section(tr("Показатель"), _para(tc(s.kpi.text)) + live))
    return "".join(parts)


def _status_block(data: PanelData) -> str:
    if len(data.executions) == 1 and not data.executions[0].period:
        info = data.executions[0]
        return f"<p style='margin-top:0'>{status_html(info.status, info.status_text)}{_done_suffix(info, data)}</p>"
    rows = []
    selected = data.detail.info.id if data.detail else None
    for info in data.executions:
        label = escape(sentence_case(period_label(info.period)))
        if info.id == selected:
            label = f"<b>{label}</b>"
        rows.append(
            f"<tr><td style='padding-right:12px'>{label}</td><td>{status_html(info.status, info.status_text)}"
            f"{_done_suffix(info, data)}</td></tr>"
        )
    return "<table cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>"


def _done_suffix(info: ExecutionInfo, data: PanelData) -> str:
    """«выполнено 12.03.2025», and for a status held back by the checklist,
    what is missing is in the documents section: say so."""
    bits = []
    if info.completed_on and info.status.is_done:
        bits.append(tr("выполнено {date}").format(date=format_date(info.completed_on)))
    checklist = data.checklists.get(info.id)
    if checklist is not None and not checklist.complete and info.status is not ExecutionStatus.NOT_STARTED:
        missing = len(checklist.problems)
        bits.append(
            tr("не хватает документов: {count}").format(count=missing) if missing else tr("не хватает документов")
        )
    return (" — " + escape("; ").join(bits)) if bits else ""
