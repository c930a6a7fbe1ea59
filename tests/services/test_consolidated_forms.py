"""Consolidated Appendices 1 and 3: the oblast's own facts and each
subordinate's, prefixed by the organisation's name."""

from datetime import date

import pytest

from tbn4_desktop.core.forms.model import FormName
from tbn4_desktop.services.executions import find_year_plan, list_executions
from tbn4_desktop.services.forms import FormRequest, FormRequestError, build_form
from tbn4_desktop.services.registers import save_rows
from tests.services.rollup_fixtures import BAIZAK, OBLAST, ZHUALY, make_region, registry

YEAR = 2023


@pytest.fixture
def catalog():
    return registry().for_year(YEAR)


def _insider(name):
    return {"person_position": "главный специалист", "person_name": name, "measures_taken": "Предупреждение"}


def _company(parent, name):
    return {"parent_name": parent, "company_name": name, "ownership_form": "ТОО", "has_compliance_service": True}


@pytest.fixture
def region(store, catalog):
    with store.session() as s:
        region = make_region(s, catalog, YEAR)
        own = {e.subtask_code: e.id for e in list_executions(s, find_year_plan(s, region.oblast_id, YEAR).id)}
        insider, registry3 = catalog.subtask("2.5.4").register, catalog.subtask("3.4.1").register
        save_rows(s, own["2.5.4"], insider, [_insider("Областной Сотрудник")])
        save_rows(s, region.executions[(BAIZAK, "2.5.4", "")], insider, [_insider("Байзакский Сотрудник")])
        save_rows(s, region.executions[(ZHUALY, "2.5.4", "")], insider, [_insider("Жуалынский Сотрудник")])
        save_rows(
            s,
            region.executions[(BAIZAK, "3.4.1", "")],
            registry3,
            [_company("Аппарат акима Байзакского района", "ТОО «Байзак су»")],
        )
        save_rows(
            s,
            region.executions[(ZHUALY, "3.4.1", "")],
            registry3,
            [_company("Аппарат акима Жуалынского района", "ТОО «Жуалы жылу»")],
        )
    return region


def _texts(form):
    return [" | ".join(str(c.value) for c in row.cells) for t in form.tables for row in t.rows]


def _build(store, catalog, request):
    with store.session() as s:
        return build_form(s, catalog, request, today=date(YEAR, 12, 20))


def test_consolidated_appendix_1_prefixes_each_fact_with_its_organisation(store, catalog, region):
    texts = _texts(_build(store, catalog, FormRequest(FormName.APP1, YEAR, region.oblast_id, consolidated=True)))
    for org, person in ((OBLAST, "Областной"), (BAIZAK, "Байзакский"), (ZHUALY, "Жуалынский")):
        assert sum(f"{org}: " in t and f"{person} Сотрудник" in t for t in texts) == 1, org
    alone = _texts(_build(store, catalog, FormRequest(FormName.APP1, YEAR, region.oblast_id)))
    assert any("Областной Сотрудник" in t for t in alone)
    assert not any("Байзакский Сотрудник" in t or f"{OBLAST}: " in t for t in alone)


def test_consolidated_appendix_3_lists_every_subordinates_companies(store, catalog, region):
    form = _build(store, catalog, FormRequest(FormName.APP3, YEAR, region.oblast_id, consolidated=True))
    texts = _texts(form)
    assert any("ТОО «Байзак су»" in t for t in texts) and any("ТОО «Жуалы жылу»" in t for t in texts)
    # The appendix has no line for the issuer: the first column names each company's region or body.
    assert form.organizations == ()
    firsts = [r.cells[0] for r in form.tables[0].rows if len(r.cells) == len(form.tables[0].columns)]
    assert firsts and all(c.value for c in firsts)
    assert sum(c.rowspan for c in firsts) == len(form.tables[0].rows)


@pytest.mark.parametrize(
    "name, message",
    [
        (FormName.APP2, "Сводной формы «"),
        (FormName.INVENTORY, "Сводной формы «"),
    ],
)
def test_other_forms_are_not_consolidated(store, catalog, region, name, message):
    with pytest.raises(FormRequestError, match=message):
        _build(store, catalog, FormRequest(name, YEAR, region.oblast_id, consolidated=True))


def test_a_body_without_subordinates_data_is_told_so(store, catalog, region):
    with pytest.raises(FormRequestError, match="у подведомственных организаций .* нет данных за 2023 год"):
        _build(store, catalog, FormRequest(FormName.APP1, YEAR, region.ids[BAIZAK], consolidated=True))
