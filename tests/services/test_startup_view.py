"""The start-up reader (plain sqlite3) must show exactly what the services
show, and step aside whenever it is not sure."""

from datetime import date

import pytest
from sqlalchemy import text

from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import ensure_year_plan, list_executions, list_plan_years
from tbn4_desktop.services.organizations import get_current_organization, list_signatories
from tbn4_desktop.services.startup_view import read_year_view

YEAR = 2025


@pytest.fixture
def ctx(data_dir):
    ctx = open_app(data_dir)
    yield ctx
    ctx.close()


def test_it_reads_what_the_services_read(ctx, data_dir):
    create_demo(ctx, YEAR, today=date(2026, 1, 15))
    with ctx.store.session() as s:
        org = get_current_organization(s)
        plan = ensure_year_plan(s, org.id, YEAR, ctx.catalog_for_year(YEAR))
        expected = (org, plan, list_executions(s, plan.id), list_signatories(s, org.id, active_only=False),
                    list_plan_years(s, org.id))
    view = read_year_view(data_dir, YEAR)
    assert view is not None
    assert (view.organization, view.plan, view.executions, view.signatories, view.plan_years) == expected
    assert any(e.completed_on for e in view.executions) and any(e.attachment_count for e in view.executions)


def test_it_steps_aside_when_unsure(ctx, data_dir, tmp_path):
    assert read_year_view(tmp_path / "nowhere", YEAR) is None          # no database
    assert read_year_view(data_dir, YEAR) is None                      # no organisation yet
    create_demo(ctx, YEAR, today=date(2026, 1, 15))
    assert read_year_view(data_dir, YEAR + 1) is None                  # no plan for that year yet
    with ctx.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    assert read_year_view(data_dir, YEAR) is None                      # the schema needs migrating


def test_a_damaged_database_file_is_left_to_the_ordinary_path(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "tbn4.sqlite3").write_bytes(b"this is not a database" * 100)
    assert read_year_view(data_dir, YEAR) is None
