"""Issue 13: a year whose registers hold long facts exports as an ISPU
bundle: the forms are made (no LayoutError), the bundle passes its own
verifier, and the forms inside print each long fact to its last word."""

import re
import subprocess
import zipfile
from datetime import datetime, timedelta, timezone

import pytest

from tbn4_desktop.core.bundle import verify_bundle
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import find_year_plan, list_executions
from tbn4_desktop.services.export import export_bundle
from tbn4_desktop.services.registers import list_rows, save_rows
from tests.core.test_forms_long import long_text
from tests.core.test_forms_pdf import tool

YEAR = 2025
CREATED = datetime(2026, 1, 20, 10, 0, 0, tzinfo=timezone(timedelta(hours=5)))
# (subtask, register, the column that gets the long text, its length, a full row to add)
LONG_FACTS = (
    (
        "2.5.3",
        "app1_conflicts_of_interest",
        "circumstances",
        20000,
        {
            "person_position": "главный специалист отдела финансов",
            "person_name": "Касымов Ерлан Болатович",
            "measures_taken": "Служебная проверка, замечание.",
        },
    ),
    (
        "2.2.1",
        "app2_reconciliation",
        "plot",
        3000,
        {"category": "Уголовное правонарушение", "status": "Приговор вступил в законную силу"},
    ),
    (
        "4.2.3",
        "app5_preventive_work",
        "topic",
        3000,
        {
            "employee_name": "Иванова Асель Маратовна",
            "employee_position": "главный специалист",
            "event_date": "12.03.2025",
            "event_time": "10:00",
            "format": "Офлайн",
        },
    ),
)


@pytest.fixture
def ctx(data_dir, db_url):
    context = open_app(data_dir, database_url=db_url)
    yield context
    context.close()


def add_long_facts(ctx, org_id: int) -> dict[str, str]:
    """Each long fact added to its register's rows (the first execution of its subtask),
    as the register editor saves them; subtask code → the form's file name stem."""
    catalog = ctx.catalog_for_year(YEAR)
    with ctx.store.session() as s:
        plan = find_year_plan(s, org_id, YEAR)
        executions = {}
        for e in list_executions(s, plan.id):
            executions.setdefault(e.subtask_code, e.id)
        for code, key, column, n, row in LONG_FACTS:
            register = next(r for r in catalog.subtask(code).registers if r.key == key)
            rows = [r.values for r in list_rows(s, executions[code], register)]
            save_rows(s, executions[code], register, [*rows, {**row, column: long_text(n)}])
    return {code: n for code, _, _, n, _ in LONG_FACTS}


def pdf_words(data: bytes, tmp_path) -> str:
    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        [tool("pdftotext"), "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return re.sub(r"(?<=\w)[-\u00ad] (?=\w)", "", " ".join(text.split()))


def test_a_year_with_long_facts_exports_and_verifies(ctx, tmp_path):
    demo = create_demo(ctx, YEAR)
    lengths = add_long_facts(ctx, demo.id)
    out = tmp_path / "Пакет ИСПУ 2025.zip"
    result = export_bundle(ctx, None, YEAR, out, created_at=CREATED)
    assert result.path == out
    manifest = verify_bundle(out, max_path_chars=ctx.settings.bundle_max_path_chars)
    wanted = {"2.5.3": "app1", "2.2.1": "app2", "4.2.3": "app5"}
    found = {}
    with zipfile.ZipFile(out) as zf:
        for it in manifest["items"]:
            if it["code"] not in wanted:
                continue
            for f in it["files"]:
                if f["role"] == "form" and f["form"] == wanted[it["code"]] and f["path"].endswith(".pdf"):
                    text = pdf_words(zf.read(f["path"]), tmp_path)
                    n = lengths[it["code"]]
                    found[it["code"]] = all(re.search(m + r"(?!\d)", text) for m in (f"начало{n}", f"конец{n}"))
    assert set(found) == set(wanted), f"forms missing from the bundle: {set(wanted) - set(found)}"
    assert all(found.values()), f"a long fact is not printed to its last word: {found}"
