"""Where a printed form may not break a line (core/forms/breaking.py)."""

from __future__ import annotations

import pytest

from tbn4_desktop.core.forms.breaking import NBSP, keep_together


@pytest.mark.parametrize(
    "text, glued",
    [
        ("Иванов И. И., +7 701 234 56 78", ["+7 701 234 56 78", "Иванов И. И."]),
        ("тел. +7 (701) 234-56-78, доб. 12", ["+7 (701) 234-56-78"]),
        ("А. Б. Касымов согласовал", ["А. Б. Касымов"]),
        ("Сәрсенбаева Г. Қ., уполномоченный по этике", ["Сәрсенбаева Г. Қ."]),
        ("Бекзат Нұрлан ұлы, главный специалист", ["Нұрлан ұлы"]),
        ("Айгерим Ерлан қызы", ["Ерлан қызы"]),
        ("дата события «12» января 2026 года, место", ["«12» января 2026 года"]),
        ("с 5 мая 2025 г. по июнь", ["5 мая 2025 г."]),
        ("приказ № 15 от", ["№ 15"]),
    ],
)
def test_runs_that_must_not_break_are_glued(text, glued):
    out = keep_together(text)
    assert out.replace(NBSP, " ") == text  # nothing but the spaces changes
    for run in glued:
        assert run.replace(" ", NBSP) in out
    assert " " in out  # the rest of the sentence still wraps


def test_nothing_is_inserted_where_there_was_no_space():
    assert keep_together("Касымов А.Б.") == f"Касымов{NBSP}А.Б."
    assert keep_together("https://goszakup.gov.kz/ru/announce/index/123") == (
        "https://goszakup.gov.kz/ru/announce/index/123"
    )


def test_ordinary_words_and_empty_text_are_left_alone():
    assert keep_together("") == "" and keep_together("   ") == "   "
    text = "Проведено обучающее мероприятие для сотрудников аппарата"
    assert keep_together(text) == text
