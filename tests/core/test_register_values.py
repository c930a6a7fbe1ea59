"""Register cell values: every column type, IIN/BIN, phones, money, date order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tbn4_desktop.core.catalog import Register, RegisterColumn
from tbn4_desktop.core.register_values import (
    CellError,
    applies,
    condition_text,
    format_money,
    format_value,
    from_storage,
    normalise,
    parse_value,
    to_storage,
    validate_row,
)

VALID_BIN = "050340001235"

REG = Register(
    key="demo",
    title="Демо",
    columns=(
        RegisterColumn("name", "Ф.И.О.", "text", required=True),
        RegisterColumn("judgement_date", "Дата вынесения судебного акта", "date"),
        RegisterColumn("judgement_effective_date", "Дата вступления в силу", "date"),
        RegisterColumn("staff", "Количество", "int"),
        RegisterColumn("damage", "Ущерб", "money"),
        RegisterColumn("is_political", "Политический служащий", "bool", required=True),
        RegisterColumn("link", "Ссылка", "url"),
        RegisterColumn("category", "Категория", "choice", choices=("Административное", "Уголовное")),
        RegisterColumn("company_bin", "БИН", "text"),
        RegisterColumn("head_iin", "ИИН", "text"),
        RegisterColumn("contact_phone", "Телефон", "text"),
        RegisterColumn("course_start", "Начало", "date"),
        RegisterColumn("course_end", "Окончание", "date"),
    ),
)


def col(key: str) -> RegisterColumn:
    return REG.column(key)


def ok_row(**over):
    row = {"name": "Иванов И.И.", "is_political": "нет"}
    row.update(over)
    return row


def test_a_minimal_row_is_valid():
    assert validate_row(REG, ok_row()) == {}


def test_required_columns():
    errors = validate_row(REG, {"name": "  "})
    assert errors["name"] == "Заполните столбец «Ф.И.О.»."
    assert "«Да» или «Нет»" in errors["is_political"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("15.03.2025", date(2025, 3, 15)),
        ("5.3.2025", date(2025, 3, 5)),
        ("2025-03-15", date(2025, 3, 15)),
        (date(2024, 2, 29), date(2024, 2, 29)),
    ],
)
def test_dates(text, expected):
    assert parse_value(col("judgement_date"), text) == expected


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("31.02.2025", "Такой даты нет"),
        ("15/03/2025", "ДД.ММ.ГГГГ"),
        ("01.01.0225", "диапазона"),
        ("завтра", "ДД.ММ"),
    ],
)
def test_bad_dates(text, fragment):
    with pytest.raises(CellError, match=fragment):
        parse_value(col("judgement_date"), text)


def test_int_is_whole_and_not_negative():
    assert parse_value(col("staff"), " 12 ") == 12
    assert parse_value(col("staff"), 7.0) == 7
    for bad in ("-1", "1,5", "двенадцать"):
        with pytest.raises(CellError):
            parse_value(col("staff"), bad)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1 250 000", Decimal(1250000)),
        ("1250000,50", Decimal("1250000.50")),
        ("1\u00a0250\u00a0000 тнг.", Decimal(1250000)),
        ("0", Decimal(0)),
        (1500.5, Decimal("1500.50")),
        ("99.9", Decimal("99.90")),
    ],
)
def test_money_formats(text, expected):
    assert parse_value(col("damage"), text) == expected


@pytest.mark.parametrize("text", ["-5", "1,234", "сто", "1.2.3"])
def test_bad_money(text):
    with pytest.raises(CellError):
        parse_value(col("damage"), text)


def test_money_display():
    assert format_money(Decimal(1250000)) == "1\u00a0250\u00a0000\u00a0тнг."
    assert format_money(Decimal("1250000.5")) == "1\u00a0250\u00a0000,50\u00a0тнг."
    assert format_value(col("judgement_date"), date(2025, 3, 5)) == "05.03.2025"
    assert format_value(col("is_political"), True) == "Да"


def test_bool_choice_url():
    assert parse_value(col("is_political"), "Да") is True
    assert parse_value(col("is_political"), False) is False
    with pytest.raises(CellError):
        parse_value(col("is_political"), "может быть")
    assert parse_value(col("category"), "уголовное") == "Уголовное"
    with pytest.raises(CellError, match="Выберите одно из значений"):
        parse_value(col("category"), "Гражданское")
    assert parse_value(col("link"), "https://gov.kz/x") == "https://gov.kz/x"
    with pytest.raises(CellError, match="http"):
        parse_value(col("link"), "gov.kz")


def test_bin_and_iin_check_digit():
    assert parse_value(col("company_bin"), VALID_BIN) == VALID_BIN
    with pytest.raises(CellError, match="контрольная цифра"):
        parse_value(col("company_bin"), VALID_BIN[:-1] + "6")
    with pytest.raises(CellError, match="12 цифр"):
        parse_value(col("head_iin"), "1234567890123")


def test_the_catalog_bin_column_is_checked(catalog):
    register = catalog.subtask("3.1.2").register
    bin_col = register.column("bin")
    with pytest.raises(CellError, match="БИН"):
        parse_value(bin_col, "123")


def test_phone():
    assert parse_value(col("contact_phone"), "+7 (701) 234-56-78") == "+7 701 234 56 78"
    for bad in ("87012345678", "+7 701 234", "+1 202 555 0100"):
        with pytest.raises(CellError, match=r"\+7"):
            parse_value(col("contact_phone"), bad)


def test_date_order():
    errors = validate_row(REG, ok_row(judgement_date="10.05.2025", judgement_effective_date="01.05.2025"))
    assert "не может быть раньше" in errors["judgement_effective_date"]
    assert validate_row(REG, ok_row(judgement_date="10.05.2025", judgement_effective_date="10.05.2025")) == {}
    errors = validate_row(REG, ok_row(course_start="10.05.2025", course_end="01.05.2025"))
    assert set(errors) == {"course_end"}


def test_storage_round_trip():
    typed, errors = normalise(REG, ok_row(judgement_date="01.02.2025", damage="1 000,5", staff="3"))
    assert errors == {}
    stored = to_storage(REG, typed)
    assert stored["judgement_date"] == "2025-02-01" and stored["damage"] == "1000.50"
    assert from_storage(REG, stored) == typed


# ------------------------------------------------------------------ conditional columns
COND = Register(
    key="superiors",
    title="Руководители",
    columns=(
        RegisterColumn("name", "Ф.И.О.", "text", required=True),
        RegisterColumn("political", "Политический служащий", "bool", required=True),
        RegisterColumn("resigned", "Подал в отставку", "bool", required=True, when=(("political", True),)),
        RegisterColumn("reason", "Причина", "text", required=True, when=(("political", True), ("resigned", False))),
        RegisterColumn("discipline", "Итоги", "text", required=True, when=(("political", False),)),
        RegisterColumn("kind", "Вид", "choice", choices=("Выговор", "Замечание")),
        RegisterColumn("order_date", "Дата приказа", "date", when=(("kind", "Выговор"),)),
    ),
)


def test_applies_compares_the_typed_value_of_earlier_columns():
    resigned = COND.column("resigned")
    assert applies(resigned, {"political": True})
    assert not applies(resigned, {"political": False})
    assert not applies(resigned, {"political": None}) and not applies(resigned, {})
    assert not applies(resigned, {"political": "True"})  # a text is not a «Да»
    reason = COND.column("reason")
    assert applies(reason, {"political": True, "resigned": False})
    assert not applies(reason, {"political": True, "resigned": True})
    assert applies(COND.column("name"), {})  # no condition: always
    assert applies(COND.column("order_date"), {"kind": "Выговор"})
    assert not applies(COND.column("order_date"), {"kind": "Замечание"})


def test_a_conditional_required_column_is_required_only_when_its_condition_holds():
    errors = validate_row(COND, {"name": "Омаров Д.С.", "political": "да"})
    assert set(errors) == {"resigned"}
    assert "«Да» или «Нет»" in errors["resigned"]
    errors = validate_row(COND, {"name": "Омаров Д.С.", "political": "да", "resigned": "нет"})
    assert errors == {"reason": "Заполните столбец «Причина»."}
    assert validate_row(COND, {"name": "Омаров Д.С.", "political": "да", "resigned": "да"}) == {}
    errors = validate_row(COND, {"name": "Омаров Д.С.", "political": "нет"})
    assert errors == {"discipline": "Заполните столбец «Итоги»."}


def test_values_of_columns_that_do_not_apply_are_dropped_without_errors():
    typed, errors = normalise(
        COND,
        {
            "name": "Омаров Д.С.",
            "political": "нет",
            "discipline": "Выговор объявлен",
            "resigned": "не знаю",
            "reason": "Отпуск",  # would be refused if it applied
            "kind": "Замечание",
            "order_date": "31.02.2025",
        },
    )
    assert errors == {}
    assert typed["resigned"] is None and typed["reason"] is None and typed["order_date"] is None
    assert typed["discipline"] == "Выговор объявлен"
    # A refused controlling value makes its dependants not apply: one error, not three.
    typed, errors = normalise(COND, {"name": "Омаров Д.С.", "political": "может быть", "reason": "x"})
    assert set(errors) == {"political"} and typed["reason"] is None


def test_condition_text_names_the_controlling_column_in_russian():
    assert condition_text(COND, COND.column("resigned")) == "Заполняется, если «Политический служащий» — «Да»"
    assert (
        condition_text(COND, COND.column("reason"))
        == "Заполняется, если «Политический служащий» — «Да» и «Подал в отставку» — «Нет»"
    )
    assert condition_text(COND, COND.column("order_date")) == "Заполняется, если «Вид» — «Выговор»"
    assert condition_text(COND, COND.column("name")) == ""


def test_the_catalog_splits_political_and_administrative_superiors(catalog):
    register = catalog.subtask("2.3.1").register
    base = {
        "category": "Уголовное",
        "event_date": "12.01.2025",
        "offender_position": "Главный специалист",
        "offender_name": "Касымов А.Б.",
        "erdr_number": "251500031000123",
        "court_name": "Суд",
        "judgement_date": "10.04.2025",
        "judgement_effective_date": "25.04.2025",
        "superior_name": "Омаров Д.С.",
        "superior_position": "Аким района",
        "resignation_outcome": "Отставка принята",
        "disciplinary_outcome": "Выговор",
        "order_number": "15-р",
    }
    typed, errors = normalise(register, {**base, "superior_is_political": "да", "resigned_within_10_days": "да"})
    assert errors == {}
    assert typed["resignation_outcome"] == "Отставка принята" and typed["disciplinary_outcome"] is None
    assert typed["order_number"] == "15-р"  # the order closes both outcomes
    typed, errors = normalise(register, {**base, "superior_is_political": "нет", "resigned_within_10_days": "да"})
    assert errors == {}
    assert typed["resigned_within_10_days"] is None and typed["resignation_outcome"] is None
    assert typed["disciplinary_outcome"] == "Выговор"
    errors = validate_row(register, {**base, "superior_is_political": "нет", "disciplinary_outcome": ""})
    assert set(errors) == {"disciplinary_outcome"}


def test_a_case_terminated_before_trial_has_no_court_act(catalog):
    """2.3.1: «либо если уголовное дело в отношении них прекращено органом досудебного расследования или
    судом по нереабилитирующим основаниям» — such a row is entered without the court's data."""
    from tbn4_desktop.core.register_values import normalise

    register = catalog.subtask("2.3.1").register
    base = {
        "category": "Уголовное",
        "event_date": "12.01.2025",
        "offender_position": "Специалист",
        "offender_name": "Ахметов Ерлан",
        "erdr_number": "251500031000123",
        "superior_name": "Бекова Сауле",
        "superior_position": "Руководитель отдела",
        "superior_is_political": "Нет",
        "disciplinary_outcome": "Выговор",
    }
    typed, errors = normalise(register, {**base, "pretrial_termination": "Да", "court_name": "Суд, который не нужен"})
    assert errors == {"termination_date": "Заполните столбец «Дата прекращения уголовного дела»."}
    assert typed["court_name"] is None
    typed, errors = normalise(
        register,
        {
            **base,
            "pretrial_termination": "Да",
            "termination_date": "20.03.2025",
            "termination_body": "Департамент Агентства",
        },
    )
    assert errors == {} and typed["termination_date"] == date(2025, 3, 20)
    # without the tick (and in rows saved before it existed) the court's data stays required
    typed, errors = normalise(register, base)
    assert typed["pretrial_termination"] is False
    assert {"court_name", "judgement_date", "judgement_effective_date"} <= set(errors)
