"""The forms' view-models: what Appendices 1–5 and the inventory contain,
before any renderer draws them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tbn4_desktop.core.forms import appendices as A
from tbn4_desktop.core.forms.inventory import InventoryItem, build_inventory
from tbn4_desktop.core.forms.model import Align, Cell, Column, Row, RowKind, Table, approval_lines, placed_cells

CTX = A.FormContext(
    2025, "Аппарат акима Байзакского района", "Омаров Данияр Кайратович", generated_on=date(2025, 3, 15)
)
OFFENCE = {
    "category": "Уголовное",
    "event_date": date(2025, 1, 12),
    "event_place": "г. Тараз",
    "offender_position": "Главный специалист",
    "offender_name": "Касымов Арман Болатович",
    "damage": Decimal(1250000),
}


def texts(form) -> list[str]:
    return [
        str(c.value)
        for t in form.tables
        for r in (*t.head_rows(), *t.rows)
        for c in r.cells
        if c.value not in (None, "")
    ]


def test_placed_cells_follows_spans_and_refuses_a_broken_grid():
    cols = (Column("a", 1), Column("b", 1), Column("c", 1))
    t = Table(
        cols,
        (Row((Cell("x", rowspan=2), Cell("1"), Cell("d"))), Row((Cell("2"), Cell("e"))), Row((Cell("g", colspan=3),))),
    )
    assert [[c for c, _ in row] for row in placed_cells(t)] == [[0, 1, 2], [1, 2], [0]]
    with pytest.raises(ValueError):
        placed_cells(Table(cols, (Row((Cell("x"), Cell("y"))),)))
    with pytest.raises(ValueError):
        placed_cells(Table(cols, (Row((Cell("x", rowspan=3), Cell("1"), Cell("d"))),)))


def test_app1_lists_the_ten_subtasks_of_the_form_in_order(catalog):
    codes = [s.code for s in A.app1_subtasks(catalog)]
    assert codes == ["2.1.1", "2.3.1", "2.3.2", "2.4.1", "2.5.1", "2.5.2", "2.5.3", "2.5.4", "2.5.5", "2.5.6"]
    form = A.build_app1(catalog, CTX, [A.OrgData(CTX.organization)])
    rows = form.tables[0].rows
    assert len(rows) == 10 and all(r.kind is RowKind.EMPTY for r in rows)
    assert rows[0].cells[2].value == A.NO_FACTS
    assert form.year == 2025 and form.approval.role_title == "Руководитель аппарата"
    assert form.approval.signer_name == "Омаров Данияр Кайратович"
    assert form.title == "ОТЧЁТ (Справка)" and "Приложение №1" in form.appendix_caption


def test_app1_facts_are_numbered_under_a_spanning_subtask_cell(catalog):
    org = A.OrgData(CTX.organization, {"app1_reports": [OFFENCE, {**OFFENCE, "offender_name": "Бекова Сауле"}]})
    form = A.build_app1(catalog, CTX, [org])
    first, second = form.tables[0].rows[:2]
    assert first.cells[0].rowspan == 2 and first.cells[0].value.startswith("Сообщение о коррупционных")
    assert first.cells[1].value == "1." and second.cells[0].value == "2."
    description = first.cells[2].value.replace("\u00a0", " ")  # a date never breaks: no-break spaces
    assert "Категория правонарушения: Уголовное" in description
    assert "Дата события: «12» января 2025 года" in description
    assert "1 250 000 тнг." in description and not description.endswith("..")
    assert "«12»\u00a0января\u00a02025\u00a0года" in first.cells[2].value
    placed_cells(form.tables[0])


def test_a_consolidated_app1_names_the_organisation_of_each_fact(catalog):
    orgs = [
        A.OrgData("Аппарат акима Байзакского района", {"app1_reports": [OFFENCE]}),
        A.OrgData("Аппарат акима Таласского района", {"app1_reports": [OFFENCE]}),
    ]
    form = A.build_app1(catalog, A.FormContext(2025, "Аппарат акима Жамбылской области"), orgs)
    descriptions = [r.cells[-1].value for r in form.tables[0].rows[:2]]
    assert descriptions[0].startswith("Аппарат акима Байзакского района: ")
    assert descriptions[1].startswith("Аппарат акима Таласского района: ")
    # The issuing body stands in the approval block, as the appendix prints it.
    assert form.organizations == () and form.approval.organization == "Аппарат акима Жамбылской области"


def test_app1_for_one_subtask_shows_only_it(catalog):
    form = A.build_app1(catalog, CTX, [A.OrgData(CTX.organization)], codes=["2.2.1"])
    # The appendix has no row of its own for the quarterly 2.2.1: its title names it.
    assert [r.cells[0].value for r in form.tables[0].rows] == [catalog.subtask("2.2.1").title]


def test_app1_rows_read_as_the_appendix_prints_them(catalog):
    form = A.build_app1(catalog, CTX, [A.OrgData(CTX.organization)])
    titles = [r.cells[0].value for r in form.tables[0].rows]
    assert titles[-2] == A.APP1_ROW_TEXTS["2.5.5"] and titles[-2].endswith("входят в служебные полномочия")
    assert titles[-2] != catalog.subtask("2.5.5").title


def test_a_value_ending_a_sentence_loses_its_full_stop_before_the_semicolon(catalog):
    register = catalog.subtask("2.1.1").register
    text = A.describe_fact(register, {**OFFENCE, "event_place": "г. Тараз, ул. Абая."})
    assert ".;" not in text.replace("г.", "").replace("тнг.", "")
    assert "ул. Абая;" in text and "тнг." in text


def test_app2_has_three_category_groups_and_the_quarterly_note(catalog):
    org = A.OrgData(
        CTX.organization,
        {
            "app2_reconciliation": [
                {
                    "category": "Уголовное правонарушение",
                    "plot": "Получение взятки",
                    "status": "Приговор вступил в силу",
                }
            ]
        },
    )
    form = A.build_app2(catalog, A.FormContext(2025, "Аппарат акима", period_text="за I квартал 2025 года"), [org])
    groups = [r.cells[1].value for r in form.tables[0].rows if r.kind is RowKind.GROUP]
    assert groups == list(A.APP2_CATEGORIES)
    assert "Получение взятки" in texts(form) and form.title == "АКТ СВЕРКИ"
    assert "ежеквартально" in form.notes[0] and form.subtitle.endswith("за I квартал 2025 года")


def test_app3_has_the_nine_columns_of_the_appendix_and_the_parent_spans_its_companies(catalog):
    company = {
        "parent_name": "Жамбылская область",
        "company_name": "ТОО «Тараз су»",
        "ownership_form": "ТОО",
        "staff_count": 120,
        "budget": Decimal("150000000"),
        "has_compliance_service": True,
    }
    org = A.OrgData(
        CTX.organization,
        {"app3_compliance_registry": [company, {**company, "staff_count": 30, "has_compliance_service": False}]},
    )
    form = A.build_app3(catalog, CTX, [org])
    table = form.tables[0]
    assert form.landscape and len(table.columns) == 9 and len(table.head_rows()) == 1
    assert table.columns[0].title.startswith("1.Наименование региона")
    assert form.title == "" and form.subtitle == ""  # the appendix has neither
    first, second = table.rows
    assert first.cells[0].value == "Жамбылская область" and first.cells[0].rowspan == 2
    assert all(r.kind is RowKind.DATA for r in table.rows)  # no «Итого»: the appendix has none
    assert [first.cells[6].value, second.cells[5].value] == ["+", "−"]
    placed_cells(table)


def test_app4_has_the_reporting_year_and_the_next_two(catalog):
    rows = [
        {
            "level": "Регион (всего)",
            "name": "Жамбылская область",
            "year": 2025,
            "total_amount": Decimal(500000000),
            "anticorruption_amount": Decimal(12000000),
        },
        {
            "level": "Район",
            "name": "Байзакский",
            "year": 2025,
            "anticorruption_amount": Decimal(3000000),
            "tender_link": "https://goszakup.gov.kz/ru/announce/index/123",
        },
        {
            "level": "Регион (всего)",
            "name": "Жамбылская область",
            "year": 2026,
            "total_amount": Decimal(520000000),
            "anticorruption_amount": Decimal(13000000),
        },
    ]
    form = A.build_app4(catalog, CTX, [A.OrgData(CTX.organization, {"app4_social_orders": rows})])
    current, breakdown, next1, next2 = form.tables
    assert current.rows[0].cells[0].value == Decimal(500000000)
    assert breakdown.rows[0].cells[0].value == "Байзакский район"
    assert len(breakdown.rows) == 1  # no «Итого»: the appendix has none
    assert A.app4_label("Областные управления", "") == "Областных управлений"
    assert A.app4_label("Город", "Тараз") == "город Тараз" and A.app4_label("Город", "г. Тараз") == "г. Тараз"
    assert A.app4_label("Район", "Байзакский район") == "Байзакский район"
    assert "на 2026 г." in next1.head_rows()[0].cells[0].value and next1.rows[0].cells[1].value == Decimal(13000000)
    assert "на 2027 г." in next2.head_rows()[0].cells[0].value and next2.rows[0].cells[0].value == "—"


def test_app5_is_approved_by_the_ethics_commissioner(catalog):
    org = A.OrgData(
        CTX.organization,
        {
            "app5_preventive_work": [
                {
                    "employee_name": "Иванов Иван",
                    "employee_position": "главный специалист",
                    "event_date": date(2025, 3, 1),
                    "event_time": "10:00",
                    "format": "Офлайн",
                    "topic": "Конфликт интересов",
                }
            ]
        },
    )
    form = A.build_app5(catalog, CTX, [org])
    assert form.approval.role_title == "Уполномоченный по этике" and not form.approval.with_stamp
    assert form.organizations == () and form.approval.organization == CTX.organization
    assert [line.text for line in approval_lines(form.approval, 2025)][:2] == [
        "Уполномоченный по этике",
        CTX.organization,
    ]
    row = form.tables[0].rows[0]
    assert row.cells[1].value == "Иванов Иван, главный специалист"
    assert row.cells[2].value == "«01»\u00a0марта\u00a02025\u00a0года, 10:00, формат: офлайн, тема: Конфликт интересов"


def test_inventory_groups_by_project_and_counts_pages():
    items = [
        InventoryItem(
            2,
            "Соблюдение норм",
            "2.3.1",
            "Ответственность руководителей",
            "2025 год",
            "Приложение 1.pdf",
            3,
            "Омаров Д. К.",
            date(2025, 3, 10),
        ),
        InventoryItem(1, "Внутренний анализ", "1.1.1", "График анализа", "2025 год", "График.pdf", 2),
    ]
    form = build_inventory(CTX, items)
    rows = form.tables[0].rows
    assert rows[0].cells[0].value.startswith("Проект 1.") and rows[2].cells[0].value.startswith("Проект 2.")
    assert rows[0].cells[0].align is Align.LEFT  # not the centred «№» column it starts in
    assert rows[-1].kind is RowKind.TOTAL and rows[-1].cells[2].value == 5
    placed_cells(form.tables[0])


def test_the_catalog_registers_have_the_columns_the_forms_read(catalog):
    needed = {
        "app2_": {"category", "plot", "status"},
        "app3_": {k for k, _ in A.APP3_COLUMNS} | {"parent_name"},
        "app4_": {"level", "name", "year", "total_amount", "anticorruption_amount", "tender_link"},
        "app5_": {
            "employee_name",
            "employee_position",
            "event_date",
            "event_time",
            "format",
            "other_participants",
            "topic",
            "link",
        },
    }
    registers = {r.key: r for s in catalog.subtasks() for r in s.registers}
    for prefix, keys in needed.items():
        matching = [r for k, r in registers.items() if k.startswith(prefix)]
        assert len(matching) == 1, prefix
        assert keys <= {c.key for c in matching[0].columns}, prefix
    app2 = next(r for k, r in registers.items() if k.startswith("app2_"))
    assert set(app2.column("category").choices) == set(A.APP2_CATEGORIES)
    assert set(A.APP4_LEVEL_LABELS) | {A.APP4_REGION} == set(registers["app4_social_orders"].column("level").choices)


@pytest.mark.parametrize("code", ["2.3.1", "2.3.2"])
def test_a_case_closed_before_trial_reads_as_a_termination_not_as_court_data(catalog, code):
    from tbn4_desktop.core.register_values import normalise

    register = catalog.subtask(code).register
    base = {c.key: None for c in register.columns}
    row = {
        **base,
        "category": "Уголовное",
        "event_date": "2025-01-10",
        "erdr_number": "251234567890",
        "pretrial_termination": True,
        "termination_date": "2025-05-12",
        "termination_body": "Департамент АПК по Жамбылской области",
        "court_name": "Байзакский районный суд",
    }
    typed, _errors = normalise(register, {k: v for k, v in row.items() if k in base})
    text = A.describe_fact(register, typed)
    assert (
        "Уголовное дело прекращено органом досудебного расследования по нереабилитирующим основаниям "
        "(Департамент АПК по Жамбылской области), дата прекращения «12» мая 2025 года"
    ) in text.replace("\u00a0", " ")
    assert "суд" not in text.replace("досудебного", "")  # no court data, not even the stale name
    assert "Дата прекращения уголовного дела" not in text and ": Да" not in text
    court = {
        **row,
        "pretrial_termination": False,
        "court_name": "Байзакский районный суд",
        "judgement_date": "2025-04-01",
        "judgement_effective_date": "2025-04-20",
    }
    typed, _errors = normalise(register, {k: v for k, v in court.items() if k in base})
    text = A.describe_fact(register, typed)
    assert "Наименование суда, вынесшего судебный акт: Байзакский районный суд" in text
    assert "прекращено" not in text and "Департамент АПК" not in text
