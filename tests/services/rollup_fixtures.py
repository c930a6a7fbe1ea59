"""An oblast akimat with three districts under it, made through the services
(the importer makes them from bundles in real use): two with a 2025 plan,
lists of supervised quasi-state companies and their registers, one without
a plan. Жуалы has one subtask done by the book (1.1.3: links in every
channel, complete, uploaded before its date) and one marked «Готово к
загрузке» with its documents missing (4.1.2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tbn4_desktop.core.catalog import builtin_catalog_dir
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.vocabulary import Channel, ExecutionStatus, OrgLevel, SignerRole
from tbn4_desktop.models import SubtaskExecution
from tbn4_desktop.services.checklist import SlotLinkInput, add_supervised, complete, set_slot_links
from tbn4_desktop.services.executions import ensure_year_plan, list_executions, mark_uploaded
from tbn4_desktop.services.organizations import OrganizationInput, SignatoryInput, create_organization
from tbn4_desktop.services.registers import save_rows

OBLAST = "Аппарат акима Жамбылской области"
BAIZAK = "Аппарат акима Байзакского района"
ZHUALY = "Аппарат акима Жуалынского района"
MERKE = "Аппарат акима Меркенского района"


@dataclass
class Region:
    oblast_id: int
    ids: dict[str, int]  # district name → organisation id
    executions: dict[tuple[str, str, str], int]  # (district, code, period) → execution id


def registry() -> CatalogRegistry:
    reg, problems = CatalogRegistry.from_dirs(builtin_catalog_dir())
    assert not problems
    return reg


def _org(session, name, bin_, level, parent="", current=False):
    return create_organization(
        session,
        OrganizationInput(name=name, bin=bin_, level=level, parent_name=parent),
        [
            SignatoryInput("Жанабаев Ерлан Сапарбекович", "Аким", SignerRole.DISTRICT_AKIM),
            SignatoryInput("Тулегенова Айгерим Нурлановна", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF),
        ],
        make_current=current,
    )


def companies(*flags: bool, prefix: str) -> list[dict]:
    return [{"company_name": f"ТОО «{prefix} {i + 1}»", "has_document": flag} for i, flag in enumerate(flags)]


def make_region(session, catalog, year: int = 2025) -> Region:
    oblast = _org(
        session,
        OBLAST,
        "990240001237",
        OrgLevel.OBLAST,
        parent="Агентство Республики Казахстан по противодействию коррупции",
        current=True,
    )
    ensure_year_plan(session, oblast.id, year, catalog)
    ids = {
        name: _org(session, name, bin_, OrgLevel.DISTRICT, parent=OBLAST).id
        for name, bin_ in ((BAIZAK, "050340001235"), (ZHUALY, "050340001245"), (MERKE, "050340001255"))
    }
    executions = {}
    for name in (BAIZAK, ZHUALY):
        plan = ensure_year_plan(session, ids[name], year, catalog)
        for e in list_executions(session, plan.id):
            executions[(name, e.subtask_code, e.period)] = e.id
    # The supervised companies: Байзак 3, Жуалы 2 — the Project 3 denominator (5).
    for name, prefix, n in ((BAIZAK, "Байзак", 3), (ZHUALY, "Жуалы", 2)):
        for i in range(n):
            add_supervised(session, ids[name], f"ТОО «{prefix} {i + 1}»")
    reg = {code: catalog.subtask(code).register for code in ("3.1.2", "3.2.1")}
    # 3.1.2: Байзак 2 of 3, Жуалы 1 of 2 → 3 of 5 = 60 % (no points); 3.2.1: each
    # lists one company having it → 2 of the 5 supervised = 40 % → 0,8 points.
    save_rows(session, executions[(BAIZAK, "3.1.2", "")], reg["3.1.2"], companies(True, True, False, prefix="Байзак"))
    save_rows(session, executions[(ZHUALY, "3.1.2", "")], reg["3.1.2"], companies(True, False, prefix="Жуалы"))
    save_rows(session, executions[(BAIZAK, "3.2.1", "")], reg["3.2.1"], companies(True, prefix="Байзак"))
    save_rows(session, executions[(ZHUALY, "3.2.1", "")], reg["3.2.1"], companies(True, prefix="Жуалы"))
    # Deadlines from the Карта: Байзак 1.2.1 due 01.10 (10 working days late on 15.10),
    # Жуалы 1.2.1 due 10.10 (3 late), Жуалы 1.1.3 due 01.10, done and uploaded on
    # 30.09 (never late); Жуалы 4.1.2 due 01.10, marked ready without its documents.
    _due(session, executions[(BAIZAK, "1.2.1", "")], date(year, 10, 1))
    _due(session, executions[(ZHUALY, "1.2.1", "")], date(year, 10, 10))
    announced = executions[(ZHUALY, "1.1.3", "")]
    _due(session, announced, date(year, 10, 1))
    set_slot_links(
        session,
        catalog,
        announced,
        "link",
        [SlotLinkInput(f"https://zhualy.gov.kz/{c.value}/1", c, date(year, 9, 20)) for c in Channel],
    )
    complete(session, catalog, announced)
    mark_uploaded(
        session,
        [announced],
        uploaded_on=date(year, 9, 30),
        ispu_reference="12",
        expected_versions=None,
        catalog=catalog,
    )
    unready = _due(session, executions[(ZHUALY, "4.1.2", "")], date(year, 10, 1))
    unready.status, unready.completed_on = ExecutionStatus.READY_FOR_UPLOAD.value, date(year, 9, 30)
    session.flush()
    return Region(oblast.id, ids, executions)


def _due(session, execution_id: int, day: date) -> SubtaskExecution:
    e = session.get(SubtaskExecution, execution_id)
    e.due_date_override = day
    return e
