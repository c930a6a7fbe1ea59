"""The consolidated view of subordinates: statuses, Project 3 shares and
score, who is late — on hand-made districts of an oblast."""

from datetime import date
from decimal import Decimal

import pytest

from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.services.executions import get_execution, mark_uploaded
from tbn4_desktop.services.rollup import has_subordinates, late_table, project3_shares, subordinates_status
from tests.services.rollup_fixtures import BAIZAK, MERKE, ZHUALY, make_region, registry

YEAR = 2023
AS_OF = date(YEAR, 10, 15)        # a Sunday; 01.10 was a Sunday, 10.10 a Tuesday


@pytest.fixture
def catalog():
    return registry().for_year(YEAR)


@pytest.fixture
def region(store, catalog):
    with store.session() as s:
        return make_region(s, catalog, YEAR)


def test_every_subordinate_with_its_status(store, catalog, region):
    with store.session() as s:
        rows = subordinates_status(s, registry(), region.oblast_id, YEAR, as_of=AS_OF)
        assert has_subordinates(s, region.oblast_id) and not has_subordinates(s, region.ids[BAIZAK])
    assert [r.name for r in rows] == [BAIZAK, ZHUALY, MERKE]
    baizak, zhualy, merke = rows
    assert (merke.has_plan, merke.periods, merke.total) == (False, {}, 0)
    assert baizak.periods["1.2.1"][0].state is DeadlineState.OVERDUE
    assert baizak.periods["1.2.1"][0].due == date(YEAR, 10, 1)
    assert [p.period for p in baizak.periods["4.2.2"]] == [f"M{m:02d}" for m in range(1, 13)]
    assert zhualy.periods["4.1.2"][0].state is DeadlineState.DONE_ON_TIME
    assert (zhualy.done, baizak.done) == (1, 0)
    assert zhualy.total == baizak.total > 37


def test_an_upload_mark_reaches_the_oblast(store, catalog, region):
    execution_id = region.executions[(ZHUALY, "4.1.2", "")]
    with store.session() as s:
        version = get_execution(s, execution_id).info.version
        mark_uploaded(s, [execution_id], uploaded_on=date(YEAR, 10, 2), ispu_reference="77",
                      expected_versions={execution_id: version})
    with store.session() as s:
        zhualy = subordinates_status(s, registry(), region.oblast_id, YEAR, as_of=AS_OF)[1]
    [cell] = zhualy.periods["4.1.2"]
    assert (cell.status, cell.uploaded_on, cell.ispu_reference) == (ExecutionStatus.UPLOADED, date(YEAR, 10, 2), "77")
    assert zhualy.uploaded == 1


def test_project3_shares_and_scores_across_subordinates(store, catalog, region):
    with store.session() as s:
        shares = {d.code: d.result for d in project3_shares(s, registry(), region.oblast_id, YEAR, catalog)}
    assert list(shares) == ["3.1.2", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5", "3.2.6"]
    assert (shares["3.1.2"].part, shares["3.1.2"].whole) == (3, 5)
    assert (shares["3.1.2"].value, shares["3.1.2"].score) == (Decimal("60.0"), Decimal("1.2"))
    assert (shares["3.2.1"].value, shares["3.2.1"].score) == (Decimal("100.0"), Decimal("2.0"))
    assert shares["3.2.2"].value is None and shares["3.2.2"].whole == 0   # nobody listed companies


def test_late_table_most_days_late_first(store, catalog, region):
    with store.session() as s:
        late = late_table(s, registry(), region.oblast_id, YEAR, catalog, as_of=AS_OF)
    top = [(i.organization, i.code, i.workdays_late) for i in late if i.code == "1.2.1"]
    assert top == [(BAIZAK, "1.2.1", 10), (ZHUALY, "1.2.1", 3)]
    assert all(i.code != "4.1.2" or i.organization != ZHUALY for i in late)   # done is never late
    days = [i.workdays_late for i in late]
    assert days == sorted(days, reverse=True)
    assert all(i.due < AS_OF for i in late)
