"""Wizard and register benchmark, each against a bare Qt baseline measured in
the same run, in the same process.

    python benchmarks/wizard.py [--runs N] [--rows 5000] [--check]

(a) For every one of the 37 subtasks: construct the SubtaskWizard on its
    first execution of the demo year (4.1.3, oblast-only, on an oblast
    organisation added to the same store), show it, process events —
    against constructing and showing a bare QWizard with the same number of
    empty pages. Target (issue 4): < 150 ms per subtask.
(b) A register of N rows (2.3.1, Appendix 1, 22 columns): the «Данные»
    page's RegisterEditor constructed, the rows set on its model, shown,
    scrolled to the end — against a QTableView over a QStandardItemModel of
    the same size, filled beforehand (not timed), shown and scrolled.
    Target: < 300 ms; and no widget per row (child widgets counted before
    and after).

Offscreen by default. Samples alternate baseline / ours so that drift on a
busy machine hits both the same; one untimed warm-up of each goes first.
`--check` exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

WIZARD_TARGET_MS = 150.0
REGISTER_TARGET_MS = 300.0


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _settle(app) -> None:  # noqa: ANN001
    app.processEvents()
    app.processEvents()


# ------------------------------------------------------------------ (a)
def time_bare_wizard(app, pages: int) -> float:  # noqa: ANN001
    from PySide6.QtWidgets import QWizard, QWizardPage

    start = time.perf_counter()
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    for _ in range(pages):
        wizard.addPage(QWizardPage())
    wizard.show()
    _settle(app)
    elapsed = _ms(start)
    wizard.close()
    wizard.deleteLater()
    _settle(app)
    return elapsed


def time_subtask_wizard(app, ctx, catalog, org, execution_id: int) -> tuple[float, int]:  # noqa: ANN001
    from tbn4_desktop.ui.subtask_wizard import SubtaskWizard

    start = time.perf_counter()
    wizard = SubtaskWizard(ctx, catalog, org, execution_id)
    wizard.show()
    _settle(app)
    elapsed = _ms(start)
    pages = len(wizard.pageIds())
    wizard.done(0)  # not reject(): nothing to keep, and no draft is written
    wizard.deleteLater()
    _settle(app)
    return elapsed, pages


def bench_wizards(app, runs: int) -> list[dict]:  # noqa: ANN001
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.demo import create_demo
    from tbn4_desktop.services.executions import find_year_plan, list_executions

    tmp = tempfile.mkdtemp(prefix="tbn4-bench-wizard-")
    ctx = open_app(Path(tmp) / "data")
    year = date.today().year - 1  # a whole demo year behind us: every step played
    org = create_demo(ctx, year, today=date(year + 1, 1, 15))
    catalog = ctx.catalog_for_year(year)
    with ctx.store.session() as session:
        plan = find_year_plan(session, org.id, year)
        first: dict[str, int] = {}
        for e in list_executions(session, plan.id):
            first.setdefault(e.subtask_code, e.id)
    # Subtasks a district never executes (4.1.3 is oblast-only) are opened for
    # an oblast akimat in the same store, with an empty year plan.
    codes = [s.code for s in catalog.subtasks()]
    where = {code: (org, first[code]) for code in first}
    if any(code not in where for code in codes):
        oblast, ids = _oblast_plan(ctx, catalog, year)
        where.update({code: (oblast, ids[code]) for code in codes if code not in where and code in ids})
    results = []
    for code in codes:
        if code not in where:
            results.append({"code": code, "skipped": True})
            continue
        owner, execution_id = where[code]
        _, pages = time_subtask_wizard(app, ctx, catalog, owner, execution_id)  # warm-up
        time_bare_wizard(app, pages)
        ours, bare = [], []
        for i in range(runs):
            order = ("bare", "ours") if i % 2 == 0 else ("ours", "bare")
            for name in order:
                if name == "bare":
                    bare.append(time_bare_wizard(app, pages))
                else:
                    ours.append(time_subtask_wizard(app, ctx, catalog, owner, execution_id)[0])
        results.append(
            {
                "code": code,
                "pages": pages,
                "ours": statistics.median(ours),
                "max": max(ours),
                "bare": statistics.median(bare),
                "level": owner.level.value,
            }
        )
    ctx.close()
    return results


def _oblast_plan(ctx, catalog, year: int):  # noqa: ANN001, ANN202
    from tbn4_desktop.core.validation import iin_bin_check_digit
    from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
    from tbn4_desktop.services.executions import ensure_year_plan, list_executions
    from tbn4_desktop.services.organizations import OrganizationInput, SignatoryInput, create_organization

    serial = 900
    while iin_bin_check_digit(f"9902400{serial:04d}") is None:
        serial += 1
    bin_ = f"9902400{serial:04d}{iin_bin_check_digit(f'9902400{serial:04d}')}"
    with ctx.store.session() as session:
        oblast = create_organization(
            session,
            OrganizationInput(
                name="Аппарат акима Жамбылской области (замер)",
                bin=bin_,
                level=OrgLevel.OBLAST,
                parent_name="Агентство по делам государственной службы",
            ),
            [
                SignatoryInput("Абенов Марат Серикович", "Аким Жамбылской области", SignerRole.FIRST_HEAD),
                SignatoryInput(
                    "Ким Ольга Викторовна", "Руководитель аппарата акима области", SignerRole.CHIEF_OF_STAFF
                ),
            ],
        )
        plan = ensure_year_plan(session, oblast.id, year, catalog)
        ids: dict[str, int] = {}
        for e in list_executions(session, plan.id):
            ids.setdefault(e.subtask_code, e.id)
    return oblast, ids


# ------------------------------------------------------------------ (b)
def register_rows(register, n: int) -> list[dict]:  # noqa: ANN001
    """n valid, varied rows for the 2.3.1 register."""
    rows = []
    for i in range(n):
        event = date(2023, 1, 1) + timedelta(days=i % 700)
        rows.append(
            {
                "category": "Уголовное" if i % 3 else "Административное",
                "event_date": event,
                "event_place": "село Сарыкемер",
                "offender_position": "Главный специалист отдела",
                "offender_name": f"Сотрудник {i:05d} Иванович",
                "damage": Decimal(1000 * (i % 97)),
                "erdr_number": f"2401310000{i:05d}",
                "court_name": "Байзакский районный суд",
                "judgement_date": event + timedelta(days=60),
                "judgement_effective_date": event + timedelta(days=75),
                "appeal_changes": None,
                "superior_name": "Руководитель Отдела Серикович",
                "superior_position": "Руководитель отдела",
                "superior_over_3_months": True,
                "superior_is_political": False,
                "resigned_within_10_days": False,
                "not_resigned_reason": None,
                "resignation_outcome": None,
                "disciplinary_outcome": "Выговор",
                "order_number": f"{i}-ө",
                "order_date": event + timedelta(days=90),
                "order_signer_position": None,
            }
        )
    return [{c.key: r.get(c.key) for c in register.columns} for r in rows]


def _scroll_to_end(app, view) -> None:  # noqa: ANN001
    view.scrollToBottom()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    _settle(app)


def time_bare_table(app, register, rows: list[dict]) -> float:  # noqa: ANN001
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from tbn4_desktop.core.register_values import format_value

    model = QStandardItemModel(len(rows), len(register.columns))
    model.setHorizontalHeaderLabels([c.title for c in register.columns])
    for r, row in enumerate(rows):
        for c, column in enumerate(register.columns):
            value = row.get(column.key)
            model.setItem(r, c, QStandardItem(format_value(column, value) if value is not None else ""))
    # Timed: the view over the ready model (filling 110 000 QStandardItems
    # alone takes far longer than anything measured here, so it is left out).
    start = time.perf_counter()
    view = QTableView()
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    _settle(app)
    _scroll_to_end(app, view)
    elapsed = _ms(start)
    view.close()
    view.deleteLater()
    _settle(app)
    return elapsed


def time_register(app, register, rows: list[dict]) -> tuple[float, float, int, int]:  # noqa: ANN001
    """(ms to open and scroll, ms of set_rows alone, widgets before scrolling, after)."""
    from PySide6.QtWidgets import QWidget

    from tbn4_desktop.ui.register_table import RegisterEditor

    start = time.perf_counter()
    editor = RegisterEditor(register)
    t = time.perf_counter()
    editor.set_rows(rows)
    set_rows_ms = _ms(t)
    editor.resize(900, 500)
    editor.show()
    _settle(app)
    before = len(editor.findChildren(QWidget))
    _scroll_to_end(app, editor.view)
    elapsed = _ms(start)
    after = len(editor.findChildren(QWidget))
    editor.close()
    editor.deleteLater()
    _settle(app)
    return elapsed, set_rows_ms, before, after


def bench_register(app, runs: int, n: int) -> dict:  # noqa: ANN001
    from tbn4_desktop.services.context import open_app

    ctx = open_app(Path(tempfile.mkdtemp(prefix="tbn4-bench-reg-")) / "data")
    register = ctx.catalog_for_year(date.today().year).subtask("2.3.1").registers[0]
    ctx.close()
    rows = register_rows(register, n)
    time_register(app, register, rows)  # warm-up
    time_bare_table(app, register, rows)
    ours, bare, set_rows, widgets = [], [], [], []
    for i in range(runs):
        order = ("bare", "ours") if i % 2 == 0 else ("ours", "bare")
        for name in order:
            if name == "bare":
                bare.append(time_bare_table(app, register, rows))
            else:
                e, s, before, after = time_register(app, register, rows)
                ours.append(e)
                set_rows.append(s)
                widgets.append((before, after))
    return {
        "rows": n,
        "columns": len(register.columns),
        "ours": statistics.median(ours),
        "max": max(ours),
        "bare": statistics.median(bare),
        "set_rows": statistics.median(set_rows),
        "widgets": widgets,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--rows", type=int, default=5000, help="register rows (default 5000)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (default offscreen)")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ.pop("TBN4_DATA_DIR", None)

    from tbn4_desktop.ui.app import ensure_application

    app = ensure_application()
    ok = True

    wizards = bench_wizards(app, args.runs)
    timed = [w for w in wizards if not w.get("skipped")]
    print(
        f"\n(a) opening the wizard, {len(timed)} subtasks × {args.runs} runs, QT_QPA_PLATFORM={args.platform}, "
        f"Python {sys.version.split()[0]}"
    )
    print(f"{'code':6} {'pages':>5} {'median':>8} {'max':>8} {'bare':>8} {'ratio':>6}")
    for w in wizards:
        if w.get("skipped"):
            print(f"{w['code']:6} — no execution at district level")
            continue
        print(
            f"{w['code']:6} {w['pages']:5d} {w['ours']:7.1f}ms {w['max']:7.1f}ms {w['bare']:7.1f}ms "
            f"{w['ours'] / w['bare']:5.1f}×"
        )
    medians = [w["ours"] for w in timed]
    worst = max(timed, key=lambda w: w["max"])
    bare_med = statistics.median(w["bare"] for w in timed)
    print(
        f"all subtasks: median {statistics.median(medians):.1f} ms, worst median "
        f"{max(medians):.1f} ms, worst single run {worst['max']:.1f} ms ({worst['code']}); "
        f"bare QWizard median {bare_med:.1f} ms; ratio {statistics.median(medians) / bare_med:.1f}×"
    )
    verdict = max(medians) < WIZARD_TARGET_MS
    ok &= verdict
    print(f"target < {WIZARD_TARGET_MS:.0f} ms for every subtask (median): {'met' if verdict else 'MISSED'}")

    reg = bench_register(app, args.runs, args.rows)
    print(
        f"\n(b) register 2.3.1: {reg['rows']} rows × {reg['columns']} columns, open + scroll to the end, "
        f"{args.runs} runs"
    )
    print(
        f"RegisterEditor     median {reg['ours']:7.1f} ms, max {reg['max']:7.1f} ms "
        f"(of which set_rows {reg['set_rows']:.1f} ms)"
    )
    print(f"QTableView+QStandardItemModel median {reg['bare']:7.1f} ms; ratio {reg['ours'] / reg['bare']:.2f}×")
    before, after = reg["widgets"][-1]
    per_row = after - before >= reg["rows"] or before >= reg["rows"]
    print(
        f"child widgets of the editor: {before} before scrolling, {after} after "
        f"({'a widget per row!' if per_row else 'no widget per row'})"
    )
    verdict = reg["ours"] < REGISTER_TARGET_MS and not per_row
    ok &= verdict
    print(f"target < {REGISTER_TARGET_MS:.0f} ms and no widget per row: {'met' if verdict else 'MISSED'}")
    assert not per_row, "the register creates a widget per row"
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
