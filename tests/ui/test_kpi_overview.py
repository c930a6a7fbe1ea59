"""KPIs outside the wizard: the «Показатель» block of the details panel and
the KPI strip of the «Сроки» dashboard follow the stored registers."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tbn4_desktop.core.kpi import NO_SUPERVISED_TEXT
from tbn4_desktop.services.checklist import add_supervised, list_supervised
from tbn4_desktop.services.kpis import save_headcount, year_kpis
from tbn4_desktop.services.registers import save_rows

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def trainees(n: int) -> list[dict]:
    return [
        {
            "full_name": f"Служащий {i}",
            "position": "Главный специалист",
            "training_organisation": "Академия государственного управления",
            "programme": "Антикоррупционная культура",
            "end_date": date(2025, 5, 20),
        }
        for i in range(n)
    ]


def save_training(main_window, catalog, trained: int, headcount: int) -> int:
    execution = main_window.tree.tree_model.executions_of("4.2.1")[0].id
    with main_window.ctx.store.session() as session:
        save_rows(session, execution, catalog.subtask("4.2.1").register, trainees(trained))
        save_headcount(session, execution, headcount)
    return execution


def panel_html(main_window, code: str) -> str:
    main_window.tree.select_subtask(code)
    return main_window.panel.browser.toPlainText().replace("\u00a0", " ")


def test_year_kpis_lists_every_kpi_of_the_plan_in_catalog_order(main_window, catalog):
    save_training(main_window, catalog, 12, 180)
    with main_window.ctx.store.session() as session:
        statuses = year_kpis(session, catalog, main_window.organization.id, main_window.year)
        assert year_kpis(session, catalog, main_window.organization.id, 1990) == []
    assert [s.code for s in statuses] == ["3.1.2", *(f"3.2.{i}" for i in range(1, 7)), "4.2.1", "4.2.2"]
    training = statuses[7].result
    assert (training.part, training.whole, training.met) == (12, 180, True)
    assert statuses[8].result.met is False and statuses[0].result.met is None  # no events, no companies


def test_panel_shows_the_live_value_and_follows_a_register_change(qtbot, main_window, catalog):
    assert "Укажите штатную численность" in panel_html(main_window, "4.2.1")
    execution = save_training(main_window, catalog, 3, 180)
    main_window.refresh_execution(execution)  # what closing the wizard does
    text = panel_html(main_window, "4.2.1")
    assert "Не выполнено — Обучено 3 из 180 служащих (1,7 %); цель — не менее 5 %" in text
    assert "нужно обучить ещё 6 служащих" in text
    save_training(main_window, catalog, 12, 180)
    main_window.refresh_execution(execution)
    text = panel_html(main_window, "4.2.1")
    assert "Выполнено — Обучено 12 из 180 служащих (6,7 %)" in text and "обучить ещё" not in text
    assert "#1b5e20" in main_window.panel.browser.toHtml()  # the verdict is green as well as a word


def test_dashboard_strip_follows_the_registers_and_the_matrix(qtbot, main_window, catalog):
    main_window.show_dashboard()
    main_window.dashboard.set_section_shown("kpis", True)  # folded by default on a small screen
    strip = main_window.dashboard.kpi_strip
    qtbot.waitUntil(lambda: "4.2.2" in strip.lines, timeout=5000)
    assert strip.isVisible() and len(strip.lines) == 9
    assert strip.text("4.2.2").endswith("0 (цель ≥\u00a012) — не выполнено")
    events = main_window.tree.tree_model.executions_of("4.2.2")
    with main_window.ctx.store.session() as session:
        for month, execution in enumerate(events, start=1):
            save_rows(
                session,
                execution.id,
                catalog.subtask("4.2.2").register,
                [{"event_date": date(main_window.year, month, 10), "format": "Офлайн", "topic": "Этика"}],
            )
    main_window.refresh_execution(events[0].id)
    assert strip.text("4.2.2").endswith("12 (цель ≥\u00a012) — выполнено")

    dialog = main_window.open_quasi_matrix()
    rows = [
        {"company_name": "АО «Каратал Су»", "bin": "", "has_document": True},
        {"company_name": "ТОО «Уштобе Жылу»", "bin": "", "has_document": False},
    ]
    with main_window.ctx.store.session() as session:
        for code in ("3.1.2", "3.2.1"):
            save_rows(
                session, main_window.tree.tree_model.executions_of(code)[0].id, catalog.subtask(code).register, rows
            )
    dialog.reject()  # closing the matrix refreshes the strip
    # The registers name two companies, but the organisation's list of supervised companies is
    # empty: nothing to divide by, and the line says why.
    assert "3.1.2" in strip.text("3.1.2")
    assert strip.text("3.1.2").endswith("— (цель ≥\u00a0100\u00a0%) — нет данных")
    assert strip.text("3.2.1").endswith("— (цель ≥\u00a0100\u00a0%) — нет данных")
    assert strip.lines["3.1.2"][1].toolTip() == NO_SUPERVISED_TEXT

    with main_window.ctx.store.session() as session:
        for row in rows:
            add_supervised(session, main_window.organization.id, row["company_name"])
    main_window.open_quasi_matrix().reject()
    # 3.1.2 is a share without points; 3.2.1 keeps its points (50 % → 1 point).
    assert strip.text("3.1.2").endswith("50\u00a0% (цель ≥\u00a0100\u00a0%) — не выполнено")
    assert strip.text("3.2.1").endswith("50\u00a0%, 1\u00a0б. (цель 100\u00a0%) — не выполнено")


QUASI = ["3.1.2", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5", "3.2.6"]
#: Supervised companies added to the demo's list of three, so that the list has five.
MORE_COMPANIES = ["ТОО «Жамбыл Энерго»", "АО «Байзак Агро»"]


def save_small(image_path: Path, grabs) -> None:  # grabs: QPixmaps put side by side
    """One PNG of the grabs side by side, under 150 KB (256-colour octree palette)."""
    from PIL import Image

    parts = []
    for n, pixmap in enumerate(grabs):
        part = image_path.with_suffix(f".{n}.png")
        pixmap.save(str(part))
        parts.append(Image.open(part).convert("RGB"))
        part.unlink()
    canvas = Image.new(
        "RGB", (sum(p.width for p in parts) + 8 * (len(parts) - 1), max(p.height for p in parts)), "white"
    )
    x = 0
    for p in parts:
        canvas.paste(p, (x, 0))
        x += p.width + 8
    canvas.quantize(colors=256, method=Image.Quantize.FASTOCTREE).save(image_path, optimize=True)
    assert image_path.stat().st_size < 150 * 1024


def test_demo_year_panel_and_strip(qtbot, ctx, modal, tmp_path):
    """The demo year with a training list and the matrix filled: what the
    screenshots 31 and 32 show (written only with TBN4_SCREENSHOTS set)."""
    from tbn4_desktop.services.demo import create_demo
    from tbn4_desktop.ui.main_window import MainWindow

    org = create_demo(ctx, 2025, today=date(2025, 6, 10))
    window = MainWindow(ctx, org, 2025)
    window.as_of = date(2025, 6, 10)
    qtbot.addWidget(window)
    window.resize(1360, 820)
    window.show()
    window.load()
    catalog = window.catalog
    save_training(window, catalog, 12, 180)
    with ctx.store.session() as session:
        for name in MORE_COMPANIES:
            add_supervised(session, org.id, name)
        companies = [e.name for e in list_supervised(session, org.id)]
        assert len(companies) == 5
        # The registers name exactly the supervised companies: the shares divide by the list.
        for code, having in zip(QUASI, (4, 5, 3, 5, 2, 5, 4), strict=True):
            save_rows(
                session,
                window.tree.tree_model.executions_of(code)[0].id,
                catalog.subtask(code).register,
                [{"company_name": c, "has_document": i < having} for i, c in enumerate(companies)],
            )
    window.refresh_deadlines()
    window.resize(1360, 960)  # tall enough for both panels without scrolling
    grabs = []
    for code in ("4.2.1", "3.1.2"):
        window.tree.select_subtask(code)
        bar = window.panel.browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        QApplication.processEvents()
        grabs.append(window.panel.grab())
    assert "Выполнено — Обучено 12 из 180" in panel_html(window, "4.2.1")
    # 3.1.2 is a share without points; 3.2.6 (the same 4 of 5) scores 1,6 of 2.
    assert (
        "Не выполнено — 4 из 5 организаций (80 %); цель — 100 % организаций "
        "(документа нет ещё у 1 организации)" in panel_html(window, "3.1.2")
    )
    assert (
        "Не выполнено — 4 из 5 организаций (80 %) — 1,6 балла из 2; цель — 100 % организаций "
        "(документа нет ещё у 1 организации)" in panel_html(window, "3.2.6")
    )
    window.resize(1360, 820)
    window.show_dashboard()
    strip = window.dashboard.kpi_strip
    assert strip.text("3.1.2").endswith("80\u00a0% (цель ≥\u00a0100\u00a0%) — не выполнено")
    assert strip.text("3.2.1").endswith("100\u00a0%, 2\u00a0б. (цель 100\u00a0%) — выполнено")
    assert strip.text("4.2.2").endswith("(цель ≥\u00a012) — не выполнено")
    if os.environ.get("TBN4_SCREENSHOTS"):  # refresh docs/screenshots on demand only
        save_small(SCREENSHOTS / "31_panel_kpi.png", grabs)
        QApplication.processEvents()
        save_small(SCREENSHOTS / "32_dashboard_kpi.png", [window.dashboard.grab()])
    window.close()
