"""The consolidated view of subordinates: statuses (done = marked done and
the checklist complete), Project 3 shares over each subordinate's list of
supervised companies (the score for 3.2.x only), who is late — on hand-made
districts of an oblast."""

from datetime import date
from decimal import Decimal

import pytest

from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.core.kpi import NO_SUPERVISED_TEXT
from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.services.checklist import list_supervised, remove_supervised, set_answer
from tbn4_desktop.services.executions import find_year_plan
from tbn4_desktop.services.rollup import has_subordinates, late_table, project3_shares, subordinates_status
from tests.services.rollup_fixtures import BAIZAK, MERKE, ZHUALY, make_region, registry

YEAR = 2023
AS_OF = date(YEAR, 10, 15)  # a Sunday; 01.10 was a Sunday, 10.10 a Tuesday


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
    assert zhualy.periods["1.1.3"][0].state is DeadlineState.DONE_ON_TIME
    assert (zhualy.done, baizak.done) == (1, 0)
    assert zhualy.total == baizak.total > 37
    # Marked «Готово к загрузке» with its documents missing: not done, shown «В работе».
    [unready] = zhualy.periods["4.1.2"]
    assert unready.status is ExecutionStatus.READY_FOR_UPLOAD and not unready.complete and not unready.done
    assert unready.shown_status is ExecutionStatus.IN_PROGRESS
    assert unready.missing.startswith("Подзадачу 4.1.2 нельзя завершить: нет подписанного документа")
    assert unready.state is DeadlineState.OVERDUE
    [announced] = zhualy.periods["1.1.3"]
    assert announced.done and announced.complete and announced.missing == ""


def test_a_subtask_answered_no_does_not_apply_to_the_subordinate(store, catalog, region):
    with store.session() as s:
        set_answer(s, catalog, find_year_plan(s, region.ids[ZHUALY], YEAR).id, "supervises_quasi", False)
    with store.session() as s:
        baizak, zhualy, _ = subordinates_status(s, registry(), region.oblast_id, YEAR, as_of=AS_OF)
        shares = {d.code: d for d in project3_shares(s, registry(), region.oblast_id, YEAR, catalog)}
    quasi = [sub.code for sub in catalog.subtasks() if sub.applies_if == "supervises_quasi"]
    assert all(p.status is None for code in quasi for p in zhualy.periods[code])
    assert all(p.status is not None for code in quasi for p in baizak.periods[code])
    assert zhualy.total == baizak.total - sum(len(baizak.periods[code]) for code in quasi)
    # Only Байзак's companies count now: 2 of its 3 have the section.
    assert (shares["3.1.2"].result.part, shares["3.1.2"].result.whole) == (2, 3)


def test_an_upload_mark_reaches_the_oblast(store, catalog, region):
    with store.session() as s:
        zhualy = subordinates_status(s, registry(), region.oblast_id, YEAR, as_of=AS_OF)[1]
    [cell] = zhualy.periods["1.1.3"]
    assert (cell.status, cell.uploaded_on, cell.ispu_reference) == (ExecutionStatus.UPLOADED, date(YEAR, 9, 30), "12")
    assert zhualy.uploaded == 1


def test_project3_shares_and_scores_across_subordinates(store, catalog, region):
    with store.session() as s:
        shares = {d.code: d.result for d in project3_shares(s, registry(), region.oblast_id, YEAR, catalog)}
    assert list(shares) == ["3.1.2", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5", "3.2.6"]
    # 3.1.2 is a share without points.
    assert (shares["3.1.2"].part, shares["3.1.2"].whole) == (3, 5)
    assert (shares["3.1.2"].value, shares["3.1.2"].score) == (Decimal("60.0"), None)
    # The denominator is the five supervised companies, not the two the 3.2.1 registers name.
    assert (shares["3.2.1"].part, shares["3.2.1"].whole) == (2, 5)
    assert (shares["3.2.1"].value, shares["3.2.1"].score) == (Decimal("40.0"), Decimal("0.8"))
    # Nobody has 3.2.2 yet: 0 of the 5 companies, not «no companies».
    assert (shares["3.2.2"].part, shares["3.2.2"].whole, shares["3.2.2"].score) == (0, 5, Decimal(0))


def test_a_subordinate_without_a_list_is_named_and_not_divided_by_its_register(store, catalog, region):
    with store.session() as s:
        for entity in list_supervised(s, region.ids[ZHUALY]):
            remove_supervised(s, region.ids[ZHUALY], entity.id)
        shares = {d.code: d for d in project3_shares(s, registry(), region.oblast_id, YEAR, catalog)}
    share = shares["3.1.2"]
    assert share.without_list == (ZHUALY,)
    assert (share.result.part, share.result.whole) == (2, 3)  # Байзак only; Жуалы's register is no list
    for sub in (BAIZAK, ZHUALY):
        with store.session() as s:
            for entity in list_supervised(s, region.ids[sub]):
                remove_supervised(s, region.ids[sub], entity.id)
    with store.session() as s:
        shares = {d.code: d for d in project3_shares(s, registry(), region.oblast_id, YEAR, catalog)}
    assert shares["3.2.1"].without_list == (BAIZAK, ZHUALY)
    assert shares["3.2.1"].result.value is None and shares["3.2.1"].result.text == NO_SUPERVISED_TEXT


def test_late_table_most_days_late_first(store, catalog, region):
    with store.session() as s:
        late = late_table(s, registry(), region.oblast_id, YEAR, catalog, as_of=AS_OF)
    top = [(i.organization, i.code, i.workdays_late) for i in late if i.code == "1.2.1"]
    assert top == [(BAIZAK, "1.2.1", 10), (ZHUALY, "1.2.1", 3)]
    assert all(i.code != "1.1.3" or i.organization != ZHUALY for i in late)  # done is never late
    # «Готово к загрузке» without its documents is not done: it is late.
    assert (ZHUALY, "4.1.2") in [(i.organization, i.code) for i in late]
    days = [i.workdays_late for i in late]
    assert days == sorted(days, reverse=True)
    assert all(i.due < AS_OF for i in late)
