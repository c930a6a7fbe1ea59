"""Register rows in the store (SQLite and PostgreSQL) and XLSX import/export."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.services.executions import ensure_year_plan, list_executions
from tbn4_desktop.services.organizations import OrganizationInput, SignatoryInput, create_organization
from tbn4_desktop.services.registers import (
    export_register_xlsx,
    import_register_xlsx,
    list_rows,
    save_rows,
)

CODE = "2.3.1"


@pytest.fixture
def execution_id(store, catalog):
    with store.session() as s:
        org = create_organization(
            s,
            OrganizationInput(
                name="Аппарат акима Байзакского района",
                bin="050340001235",
                level=OrgLevel.DISTRICT,
                parent_name="Аппарат акима Жамбылской области",
            ),
            [SignatoryInput("Тулегенова Айгерим Нурлановна", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF)],
        )
        plan = ensure_year_plan(s, org.id, 2025, catalog)
        return next(e.id for e in list_executions(s, plan.id) if e.subtask_code == CODE)


@pytest.fixture
def register(catalog):
    return catalog.subtask(CODE).register


def row(**over):
    values = {
        "category": "Уголовное",
        "event_date": "12.01.2025",
        "offender_position": "Главный специалист",
        "offender_name": "Касымов Арман Болатович",
        "damage": "1 250 000",
        "erdr_number": "251500031000123",
        "court_name": "Специализированный межрайонный суд",
        "judgement_date": "10.04.2025",
        "judgement_effective_date": "25.04.2025",
        "superior_name": "Омаров Данияр Серикович",
        "superior_position": "Руководитель отдела",
        "superior_is_political": "нет",
        "disciplinary_outcome": "Объявлен выговор",
    }
    values.update(over)
    return values


def test_rows_round_trip(store, execution_id, register):
    with store.session() as s:
        save_rows(s, execution_id, register, [row(), {}, row(offender_name="Бекова Сауле", damage="")])
    with store.session() as s:
        rows = list_rows(s, execution_id, register)
    assert [r.position for r in rows] == [0, 1]
    first = rows[0].values
    assert first["judgement_date"] == date(2025, 4, 10)
    assert first["damage"] == Decimal(1250000)
    assert first["superior_is_political"] is False
    assert rows[1].values["offender_name"] == "Бекова Сауле" and rows[1].values["damage"] is None
    # Saving again replaces, never appends.
    with store.session() as s:
        save_rows(s, execution_id, register, [row()])
    with store.session() as s:
        assert len(list_rows(s, execution_id, register)) == 1
        assert list_rows(s, execution_id, "app2_reconciliation") == []


def test_invalid_rows_are_refused_and_nothing_changes(store, execution_id, register):
    with store.session() as s:
        save_rows(s, execution_id, register, [row()])
    with pytest.raises(ValidationError) as exc, store.session() as s:
        save_rows(
            s,
            execution_id,
            register,
            [row(), row(judgement_effective_date="01.04.2025", damage="-3", offender_name="")],
        )
    assert set(exc.value.errors) == {"rows[1].judgement_effective_date", "rows[1].damage", "rows[1].offender_name"}
    assert "не может быть раньше" in exc.value.errors["rows[1].judgement_effective_date"]
    with store.session() as s:
        assert len(list_rows(s, execution_id, register)) == 1


def test_xlsx_round_trip(tmp_path, register):
    rows = [
        row(),
        row(
            offender_name="Бекова Сауле", damage="1250000,50", superior_is_political="да", resigned_within_10_days="да"
        ),
    ]
    path = tmp_path / "реестр.xlsx"
    export_register_xlsx(register, rows, path)
    imported = import_register_xlsx(register, path)
    assert len(imported) == 2
    assert imported[1]["damage"] == Decimal("1250000.50")
    assert imported[1]["superior_is_political"] is True
    assert imported[1]["disciplinary_outcome"] is None  # a political superior resigns instead
    assert imported[0]["event_date"] == date(2025, 1, 12)
    assert imported[0]["erdr_number"] == "251500031000123"


def test_bad_xlsx_is_refused_with_row_and_column(tmp_path, register):
    from openpyxl import load_workbook

    path = tmp_path / "реестр.xlsx"
    export_register_xlsx(register, [row(), row()], path)
    wb = load_workbook(path)
    ws = wb.active
    titles = [c.value for c in ws[1]]
    ws.cell(row=3, column=titles.index("Дата события") + 1, value="31.02.2025")
    wb.save(path)
    with pytest.raises(ValidationError) as exc:
        import_register_xlsx(register, path)
    assert list(exc.value.errors.values()) == [
        "Строка 3, столбец «Дата события»: Такой даты нет: 31.02.2025. Проверьте день и месяц."
    ]

    ws.cell(row=1, column=1, value="Лишний столбец")
    wb.save(path)
    with pytest.raises(ValidationError) as exc:
        import_register_xlsx(register, path)
    messages = " ".join(exc.value.errors.values())
    assert "неизвестный столбец «Лишний столбец»" in messages
    assert "нет обязательного столбца «Категория правонарушения»" in messages

    not_xlsx = tmp_path / "скан.xlsx"
    not_xlsx.write_bytes(b"%PDF-1.4 nothing")
    with pytest.raises(ValidationError, match="не является таблицей Excel"):
        import_register_xlsx(register, not_xlsx)


def test_saving_the_same_rows_again_is_not_a_change(store, execution_id, register):
    """The quasi-state matrix saves all seven registers at once: a register
    whose rows did not change keeps its version and stays «Загружено в ИСПУ»."""
    from tbn4_desktop.core.vocabulary import ExecutionStatus
    from tbn4_desktop.models import SubtaskExecution
    from tbn4_desktop.services.executions import get_execution

    with store.session() as s:
        save_rows(s, execution_id, register, [row()])
    with store.session() as s:
        s.get(SubtaskExecution, execution_id).status = ExecutionStatus.UPLOADED.value
    with store.session() as s:
        before = get_execution(s, execution_id).info
        stored = [r.values for r in list_rows(s, execution_id, register)]
        version = save_rows(s, execution_id, register, stored, expected_version=before.version)
    with store.session() as s:
        after = get_execution(s, execution_id).info
    assert version == before.version == after.version
    assert after.status is ExecutionStatus.UPLOADED
    with store.session() as s:  # a real change: to be uploaded again
        save_rows(s, execution_id, register, [row(offender_name="Бекова Сауле")], expected_version=after.version)
    with store.session() as s:
        assert get_execution(s, execution_id).info.status is ExecutionStatus.READY_FOR_UPLOAD
