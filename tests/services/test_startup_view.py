"""The start-up reader (plain sqlite3) must show exactly what the services
show — the executions, their checklists of confirming documents and the
status shown from them — and step aside whenever it is not sure."""

from datetime import date

import pytest
from sqlalchemy import text

from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.services.checklist import plan_checklists, set_answer
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import (
    ensure_year_plan,
    list_executions,
    list_plan_years,
)
from tbn4_desktop.services.organizations import (
    get_current_organization,
    list_signatories,
)
from tbn4_desktop.services.startup_view import judge_year, read_year_view
from tbn4_desktop.services.year_status import year_status

YEAR = 2025
AS_OF = date(2026, 1, 15)


@pytest.fixture
def ctx(data_dir):
    ctx = open_app(data_dir)
    yield ctx
    ctx.close()


def services_view(ctx):
    with ctx.store.session() as s:
        org = get_current_organization(s)
        catalog = ctx.catalog_for_year(YEAR)
        plan = ensure_year_plan(s, org.id, YEAR, catalog)
        expected = (
            org,
            plan,
            list_executions(s, plan.id),
            list_signatories(s, org.id, active_only=False),
            list_plan_years(s, org.id),
        )
        checklists = plan_checklists(s, catalog, plan.id)
        status = year_status(s, catalog, org.id, YEAR, AS_OF)
    return expected, checklists, status, catalog


def assert_agrees(ctx, data_dir):
    """Same rows, same checklists, same applicability, same status shown."""
    expected, checklists, status, catalog = services_view(ctx)
    view = read_year_view(data_dir, YEAR)
    assert view is not None
    assert (view.organization, view.plan, view.executions, view.signatories, view.plan_years) == expected
    judged = judge_year(view, catalog)
    assert dict(judged.checklists) == checklists.checklists
    assert dict(judged.applicability) == checklists.applicability
    infos = {e.id: e for e in view.executions}
    shown = {i.execution_id: i.status for i in status.items}
    assert shown and {ex: judged.shown_status(infos[ex]) for ex in shown} == shown
    # year_status leaves out what does not apply; the view knows it too.
    assert {e.id for e in view.executions if judged.applies(e.subtask_code)} == set(shown)
    return view, judged, status


def test_it_reads_what_the_services_read(ctx, data_dir):
    create_demo(ctx, YEAR, today=AS_OF)
    view, judged, _status = assert_agrees(ctx, data_dir)
    assert any(e.completed_on for e in view.executions) and any(e.attachment_count for e in view.executions)
    assert any(c.complete for c in judged.checklists.values())
    assert any(not c.complete and c.problems for c in judged.checklists.values())


def test_a_ready_subtask_without_its_documents_is_shown_in_progress(ctx, data_dir):
    """A file taken back into «Не распределено» after completion: stored
    «Готово к загрузке», shown «В работе» by both readers."""
    create_demo(ctx, YEAR, today=AS_OF)
    with ctx.store.session() as s:
        org = get_current_organization(s)
        plan = ensure_year_plan(s, org.id, YEAR, ctx.catalog_for_year(YEAR))
        ready = next(
            e
            for e in list_executions(s, plan.id)
            if e.status is ExecutionStatus.READY_FOR_UPLOAD and e.attachment_count
        )
        s.execute(text("UPDATE attachment SET slot_key = '' WHERE execution_id = :id"), {"id": ready.id})
    view, judged, status = assert_agrees(ctx, data_dir)
    info = next(e for e in view.executions if e.id == ready.id)
    assert info.status is ExecutionStatus.READY_FOR_UPLOAD  # as stored
    assert judged.shown_status(info) is ExecutionStatus.IN_PROGRESS  # as shown
    assert judged.shown(info).status is ExecutionStatus.IN_PROGRESS
    assert judged.checklist(ready.id).unassigned_files == info.attachment_count
    item = next(i for i in status.items if i.execution_id == ready.id)
    assert item.status is ExecutionStatus.IN_PROGRESS


def test_answers_and_anchor_dates_are_read_too(ctx, data_dir):
    """A subtask answered «нет» does not apply; an unanswered question
    leaves it applicable; anchor slots take the anchor date."""
    create_demo(ctx, YEAR, today=AS_OF)
    catalog = ctx.catalog_for_year(YEAR)
    with ctx.store.session() as s:
        org = get_current_organization(s)
        plan = ensure_year_plan(s, org.id, YEAR, catalog)
        first, second = catalog.questions[:2]
        set_answer(s, catalog, plan.id, first.key, False)
        set_answer(s, catalog, plan.id, second.key, None)
    view, judged, _status = assert_agrees(ctx, data_dir)
    decided = [s for s in catalog.subtasks() if s.applies_if == first.key]
    assert decided and not any(judged.applies(s.code) for s in decided)
    open_question = [s for s in catalog.subtasks() if s.applies_if == second.key]
    assert open_question and all(judged.applies(s.code) for s in open_question)
    assert judged.applicability[open_question[0].code].answer is None
    assert view.inputs.anchors  # the demo's analysis dates


def test_it_steps_aside_when_unsure(ctx, data_dir, tmp_path):
    assert read_year_view(tmp_path / "nowhere", YEAR) is None  # no database
    assert read_year_view(data_dir, YEAR) is None  # no organisation yet
    create_demo(ctx, YEAR, today=AS_OF)
    assert read_year_view(data_dir, YEAR + 1) is None  # no plan for that year yet
    with ctx.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    assert read_year_view(data_dir, YEAR) is None  # the schema needs migrating


def test_a_damaged_database_file_is_left_to_the_ordinary_path(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "tbn4.sqlite3").write_bytes(b"this is not a database" * 100)
    assert read_year_view(data_dir, YEAR) is None
