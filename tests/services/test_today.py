"""«На сегодня» on the demo year 2025 seen on 10.06.2025, on SQLite and
PostgreSQL: what is listed, in which group, with which next action, and
that doing the action takes the line away."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PIL import Image
from sqlalchemy import select

from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus
from tbn4_desktop.models import SubtaskExecution, YearPlan
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.today import (
    NextAction,
    TodayGroup,
    counts_in_year,
    today_report,
    year_progress,
)

YEAR = 2025
AS_OF = date(2025, 6, 10)


@pytest.fixture
def ctx(data_dir, db_url):
    context = open_app(data_dir, database_url=db_url)
    yield context
    context.close()


@pytest.fixture
def demo(ctx):
    org = create_demo(ctx, YEAR, today=AS_OF)
    return ctx, org, ctx.catalog_for_year(YEAR)


def report(ctx, org, catalog, as_of=AS_OF):
    with ctx.store.session() as s:
        return today_report(s, catalog, org.id, YEAR, as_of)


def execution_id(ctx, org, code, period=""):
    with ctx.store.session() as s:
        return s.scalar(
            select(SubtaskExecution.id)
            .join(YearPlan)
            .where(
                YearPlan.organization_id == org.id,
                YearPlan.year == YEAR,
                SubtaskExecution.subtask_code == code,
                SubtaskExecution.period == period,
            )
        )


def line_of(rep, code, period=""):
    return next(x for x in rep.lines if (x.code, x.period) == (code, period))


def test_groups_in_order_most_overdue_first(demo):
    ctx, org, catalog = demo
    rep = report(ctx, org, catalog)
    groups = [x.group for x in rep.lines]
    assert groups == sorted(groups, key=list(TodayGroup).index)
    first = rep.lines[0]
    # The February monthly report of 4.2.2 is «Готово к загрузке» but was due 05.03.2025.
    assert (first.code, first.period, first.group) == ("4.2.2", "M02", TodayGroup.OVERDUE)
    assert first.action is NextAction.MARK_UPLOADED and first.action.label == "Отметить загрузку"
    # The working days come from the calendar: after 05.03.2025 up to and including 10.06.2025.
    with ctx.store.session() as s:
        from tbn4_desktop.services.deadlines import load_work_calendar

        late = load_work_calendar(s).count_workdays(date(2025, 3, 6), AS_OF)
    assert first.deadline_text == f"05.03.2025 — просрочено на {late} раб. дн."
    overdue = rep.group(TodayGroup.OVERDUE)
    assert [x.workdays for x in overdue] == sorted((x.workdays for x in overdue), reverse=True)
    assert all(x.state is DeadlineState.OVERDUE for x in overdue)


def test_each_line_names_its_next_action(demo):
    ctx, org, catalog = demo
    rep = report(ctx, org, catalog)
    # The plan of measures is prepared but has no signed scan yet.
    plan = line_of(rep, "1.1.7")
    assert plan.action is NextAction.ATTACH_SCAN and plan.slot_key == "plan"
    assert "Нет подписанного документа" in plan.action_hint
    # The report is signed and every document is there: only «Завершить» is left.
    report_line = line_of(rep, "1.1.6")
    assert report_line.action is NextAction.OPEN and "Завершить" in report_line.action_hint
    # Done in time but not uploaded yet.
    ready = line_of(rep, "1.1.4")
    assert ready.group is TodayGroup.NOT_UPLOADED and ready.action is NextAction.MARK_UPLOADED
    assert ready.deadline_text.endswith("выполнено в срок")
    # Nothing uploaded, nothing far off and untouched is listed.
    assert all(x.status is not ExecutionStatus.UPLOADED for x in rep.lines)
    assert ("1.1.9", "Q2") not in {(x.code, x.period) for x in rep.lines}


def test_a_scan_without_its_signer_waits_for_a_signature(demo, tmp_path):
    from tbn4_desktop.core.attachments import BlobStore
    from tbn4_desktop.services.executions import add_attachment

    ctx, org, catalog = demo
    ex = execution_id(ctx, org, "1.1.9", "Q4")  # due in January 2026: far from today
    slot = next(s for s in catalog.subtask("1.1.9").documents if s.kind.needs_signer)
    assert ex not in {
        x.execution_id
        for x in report(ctx, org, catalog).lines
        if x.slot_key == slot.key and x.action is NextAction.CHOOSE_SIGNER
    }
    scan = tmp_path / "справка.pdf"
    Image.new("RGB", (200, 280), "white").save(scan, "PDF")
    with ctx.store.session() as s:
        add_attachment(
            s,
            BlobStore(ctx.store.attachments_dir),
            ex,
            scan,
            AttachmentRole.SIGNED_SCAN,
            max_bytes=10_000_000,
            slot_key=slot.key,
        )
    line = next(x for x in report(ctx, org, catalog).lines if x.execution_id == ex)
    assert (line.group, line.action, line.slot_key) == (
        TodayGroup.AWAITING_SIGNATURE,
        NextAction.CHOOSE_SIGNER,
        slot.key,
    )
    assert line.action.label == "Выбрать подписанта"


def test_marking_the_upload_takes_the_line_away(demo):
    from tbn4_desktop.services.executions import mark_uploaded

    ctx, org, catalog = demo
    ex = execution_id(ctx, org, "4.1.1", "Q1")
    before = report(ctx, org, catalog)
    assert line_of(before, "4.1.1", "Q1").action is NextAction.MARK_UPLOADED
    with ctx.store.session() as s:
        mark_uploaded(s, [ex], uploaded_on=AS_OF, ispu_reference="77", expected_versions=None, catalog=catalog)
    after = report(ctx, org, catalog)
    assert ex not in {x.execution_id for x in after.lines}
    assert len(after.lines) == len(before.lines) - 1


def test_due_soon_counts_working_days_ahead(demo):
    ctx, org, catalog = demo
    # A week before the May report of 4.2.2 (due 05.06.2025): it is due within 10 working days.
    rep = report(ctx, org, catalog, as_of=date(2025, 5, 29))
    soon = line_of(rep, "4.2.2", "M05")
    assert soon.group is TodayGroup.DUE_SOON
    assert soon.deadline_text.startswith("05.06.2025 — через ") and soon.deadline_text.endswith(" раб. дн.")
    assert 1 <= soon.workdays <= 10
    # On the day itself.
    same_day = line_of(report(ctx, org, catalog, as_of=date(2025, 6, 5)), "4.2.2", "M05")
    assert same_day.deadline_text == "05.06.2025 — срок сегодня"


def test_progress_counts_what_its_words_say():
    S, D = ExecutionStatus, DeadlineState
    progress = year_progress(
        [
            (S.UPLOADED, D.DONE_ON_TIME),
            (S.READY_FOR_UPLOAD, D.OVERDUE),
            (S.IN_PROGRESS, D.LATER),
            (S.NOT_STARTED, D.NOT_APPLICABLE),
            (S.READY_FOR_UPLOAD, None),
        ]
    )
    assert (progress.total, progress.ready, progress.uploaded) == (4, 2, 1)
    assert progress.text == "Загружено в ИСПУ: 1 из 4; готово к загрузке: 2"
    assert not counts_in_year(D.NOT_APPLICABLE) and counts_in_year(D.NO_DATE)


def test_the_empty_day(demo):
    """With every period uploaded nothing is listed."""
    ctx, org, catalog = demo
    with ctx.store.session() as s:
        s.execute(
            SubtaskExecution.__table__.update().values(
                status=ExecutionStatus.UPLOADED.value, uploaded_on=AS_OF - timedelta(days=1)
            )
        )
    rep = report(ctx, org, catalog)
    assert rep.empty and rep.lines == []


def test_progress_leaves_the_total_out_until_the_deadlines_are_known():
    progress = year_progress([(ExecutionStatus.UPLOADED, None)], known=False)
    assert progress.text == "Загружено в ИСПУ: 1; готово к загрузке: 0"
