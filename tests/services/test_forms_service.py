"""Forms filled from the store: which register rows land in which form, the
period filter, who approves, and the inventory of signed documents."""

from datetime import date
from decimal import Decimal

import pytest
from PIL import Image

from tbn4_desktop.core.forms.appendices import NO_DATA, NO_FACTS
from tbn4_desktop.core.forms.model import FormName, RowKind
from tbn4_desktop.core.vocabulary import AttachmentRole, Channel, OrgLevel, SignerRole
from tbn4_desktop.services.checklist import SlotLinkInput, set_slot_date, set_slot_links, set_slot_signer
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import (
    add_attachment,
    ensure_year_plan,
    find_year_plan,
    get_execution,
    list_executions,
    remove_attachment,
)
from tbn4_desktop.services.forms import (
    FormRequest,
    FormRequestError,
    build_form,
    forms_of_subtask,
    inventory_items,
    short_name,
)
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    add_signatory,
    create_organization,
    deactivate_signatory,
    list_signatories,
)
from tbn4_desktop.services.registers import save_rows

YEAR = 2025
TODAY = date(2026, 1, 15)


@pytest.fixture
def ctx(data_dir, db_url):
    context = open_app(data_dir, database_url=db_url)
    yield context
    context.close()


def _fact(n: int, **extra) -> dict:
    return {
        "category": "Уголовное",
        "event_date": date(YEAR, 1, n),
        "event_place": "с. Сарыкемер",
        "offender_position": "главный специалист",
        "offender_name": f"Нарушитель {n}",
        "damage": Decimal(1_250_000),
        **extra,
    }


@pytest.fixture
def office(ctx):
    """An organisation with hand-made rows: 2.1.1 (yearly) two facts, 2.2.1
    one fact in Q1 and one in Q2, its reconciliation act only in Q1."""
    with ctx.store.session() as s:
        org = create_organization(
            s,
            OrganizationInput(
                "Аппарат акима Тестового района", "000740000728", OrgLevel.DISTRICT, parent_name="Аппарат акима области"
            ),
            [
                SignatoryInput("Ахметов Болат Серикович", "Аким района", SignerRole.DISTRICT_AKIM),
                SignatoryInput("Омарова Дина Каировна", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF),
            ],
        )
        catalog = ctx.catalog_for_year(YEAR)
        plan = ensure_year_plan(s, org.id, YEAR, catalog)
        ids = {(e.subtask_code, e.period): e.id for e in list_executions(s, plan.id)}
        reports = catalog.subtask("2.1.1").register
        save_rows(
            s, ids[("2.1.1", "")], reports, [_fact(1, report_letter="Письмо №1"), _fact(2, report_letter="Письмо №2")]
        )
        offences, reconciliation = catalog.subtask("2.2.1").registers
        save_rows(s, ids[("2.2.1", "Q1")], offences, [_fact(10, measures_taken="Уволен")])
        save_rows(s, ids[("2.2.1", "Q2")], offences, [_fact(20, measures_taken="Выговор")])
        save_rows(
            s,
            ids[("2.2.1", "Q1")],
            reconciliation,
            [{"category": "Уголовное правонарушение", "plot": "Получение взятки", "status": "Приговор вступил в силу"}],
        )
    return org, catalog, ids


def _form(ctx, catalog, request):
    with ctx.store.session() as s:
        return build_form(s, catalog, request, today=TODAY)


def _texts(form):
    return [" | ".join(str(c.value) for c in row.cells) for t in form.tables for row in t.rows]


def test_yearly_appendix_1_holds_the_yearly_facts_and_not_the_quarterly_ones(ctx, office):
    org, catalog, _ = office
    form = _form(ctx, catalog, FormRequest(FormName.APP1, YEAR, org.id))
    texts = _texts(form)
    assert sum("Нарушитель 1;" in t for t in texts) == 1 and sum("Нарушитель 2;" in t for t in texts) == 1
    assert not any("Нарушитель 10" in t or "Нарушитель 20" in t for t in texts)
    # Every other yearly subtask of the form is listed with «no facts».
    assert sum(NO_FACTS in t for t in texts) == len(form.tables[0].rows) - 2
    assert form.organizations == () and form.approval.organization == "Аппарат акима Тестового района"
    assert form.generated_on == ""  # the appendix has no such line unless asked for
    with ctx.store.session() as s:
        asked = build_form(s, catalog, FormRequest(FormName.APP1, YEAR, org.id), today=TODAY, footer=True)
    assert asked.generated_on == "Сформировано 15.01.2026 в программе ТБН-4"


def test_quarterly_appendix_1_takes_one_period_or_the_whole_year(ctx, office):
    org, catalog, _ = office
    year_form = _form(ctx, catalog, FormRequest(FormName.APP1, YEAR, org.id, subtask_code="2.2.1"))
    assert [any(f"Нарушитель {n};" in t for t in _texts(year_form)) for n in (10, 20)] == [True, True]
    assert "квартал" not in year_form.subtitle

    q1 = _form(ctx, catalog, FormRequest(FormName.APP1, YEAR, org.id, subtask_code="2.2.1", period="Q1"))
    assert [any(f"Нарушитель {n};" in t for t in _texts(q1)) for n in (10, 20)] == [True, False]
    assert q1.subtitle.endswith("за I квартал 2025 года")
    q3 = _form(ctx, catalog, FormRequest(FormName.APP1, YEAR, org.id, subtask_code="2.2.1", period="Q3"))
    assert q3.tables[0].rows[0].kind is RowKind.EMPTY and NO_FACTS in _texts(q3)[0]


def test_appendix_2_of_a_quarter(ctx, office):
    org, catalog, _ = office
    q1 = _form(ctx, catalog, FormRequest(FormName.APP2, YEAR, org.id, period="Q1"))
    assert any("Получение взятки" in t for t in _texts(q1))
    assert "за I квартал 2025 года" in q1.subtitle
    q2 = _form(ctx, catalog, FormRequest(FormName.APP2, YEAR, org.id, period="Q2"))
    assert not any("Получение взятки" in t for t in _texts(q2))
    assert sum(NO_DATA in t for t in _texts(q2)) == 3  # all three categories empty


def _sign(ctx, catalog, ids, code, period, slot, role=SignerRole.CHIEF_OF_STAFF, name=None):
    """Record who signed a slot: the organisation's signatory of that role (and name)."""
    from tbn4_desktop.services.kpis import organization_of_execution

    with ctx.store.session() as s:
        org_id = organization_of_execution(s, ids[(code, period)])
        person = next(
            x for x in list_signatories(s, org_id) if x.role is role and (name is None or x.full_name == name)
        )
        set_slot_signer(s, catalog, ids[(code, period)], slot, person.id)


def test_the_approver_is_the_signer_recorded_for_the_form_slot_never_a_guess(ctx, office):
    org, catalog, ids = office
    yearly = FormRequest(FormName.APP1, YEAR, org.id)
    # The chief of staff is on the list of signatories, but nobody signed the form: a blank line.
    assert _form(ctx, catalog, yearly).approval.signer_name == ""
    from tbn4_desktop.core.forms.appendices import app1_subtasks

    codes = [s.code for s in app1_subtasks(catalog)]
    for code in codes[:-1]:
        _sign(ctx, catalog, ids, code, "", "app1")
    # One of the ten subtasks the yearly form confirms is not signed yet: still blank.
    assert _form(ctx, catalog, yearly).approval.signer_name == ""
    _sign(ctx, catalog, ids, codes[-1], "", "app1")
    assert _form(ctx, catalog, yearly).approval.signer_name == "Омарова Д. К."
    # Two different people: no single approver to print.
    with ctx.store.session() as s:
        add_signatory(s, org.id, SignatoryInput("Жумабаев Нурлан", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF))
    _sign(ctx, catalog, ids, codes[0], "", "app1", name="Жумабаев Нурлан")
    assert _form(ctx, catalog, yearly).approval.signer_name == ""
    # The first one signed again by the same chief of staff: one approver again.
    _sign(ctx, catalog, ids, codes[0], "", "app1", name="Омарова Дина Каировна")
    assert _form(ctx, catalog, yearly).approval.signer_name == "Омарова Д. К."

    # The quarterly 2.2.1: its Appendix 1 and Appendix 2 (the act approved by
    # the chief of staff) per quarter, from that quarter's slots.
    q1 = FormRequest(FormName.APP1, YEAR, org.id, subtask_code="2.2.1", period="Q1")
    act_q1 = FormRequest(FormName.APP2, YEAR, org.id, period="Q1")
    assert _form(ctx, catalog, q1).approval.signer_name == ""
    _sign(ctx, catalog, ids, "2.2.1", "Q1", "app1")
    assert _form(ctx, catalog, q1).approval.signer_name == "Омарова Д. К."
    assert _form(ctx, catalog, act_q1).approval.signer_name == ""  # the act is a slot of its own
    _sign(ctx, catalog, ids, "2.2.1", "Q1", "app2")
    assert _form(ctx, catalog, act_q1).approval.signer_name == "Омарова Д. К."
    assert _form(ctx, catalog, FormRequest(FormName.APP2, YEAR, org.id, period="Q2")).approval.signer_name == ""
    # The act is made per quarter: a year-wide act is refused with the quarters to choose from.
    with pytest.raises(FormRequestError, match=r"за квартал.*I квартал \(Q1\).*IV квартал \(Q4\)"):
        _form(ctx, catalog, FormRequest(FormName.APP2, YEAR, org.id))

    # Appendix 5: the ethics commissioner recorded for its app5 slot.
    app5 = FormRequest(FormName.APP5, YEAR, org.id)
    assert _form(ctx, catalog, app5).approval.role_title == "Уполномоченный по этике"
    assert _form(ctx, catalog, app5).approval.signer_name == ""
    with ctx.store.session() as s:
        add_signatory(
            s,
            org.id,
            SignatoryInput("Сәрсенбаева Гүлнұр Қайратқызы", "Уполномоченный по этике", SignerRole.ETHICS_COMMISSIONER),
        )
    assert _form(ctx, catalog, app5).approval.signer_name == ""
    _sign(ctx, catalog, ids, "4.2.3", "", "app5", role=SignerRole.ETHICS_COMMISSIONER)
    assert _form(ctx, catalog, app5).approval.signer_name == "Сәрсенбаева Г. Қ."
    assert _form(ctx, catalog, FormRequest(FormName.APP3, YEAR, org.id)).approval is None
    # A recorded signer who has since left is still who signed it.
    with ctx.store.session() as s:
        chief = next(x for x in list_signatories(s, org.id) if x.full_name == "Омарова Дина Каировна")
        deactivate_signatory(s, chief.id, chief.version)
    assert _form(ctx, catalog, yearly).approval.signer_name == "Омарова Д. К."


@pytest.mark.parametrize(
    ("request_args", "message"),
    [
        ({"name": FormName.APP1, "year": 2019}, "За 2019 год данных нет"),
        ({"name": FormName.APP1, "subtask_code": "9.9.9"}, "Подзадачи 9.9.9 нет"),
        ({"name": FormName.APP1, "subtask_code": "4.2.3"}, "Подзадача 4.2.3 не подтверждается"),
        ({"name": FormName.APP1, "period": "Q1"}, "Период «Q1» не подходит"),
        ({"name": FormName.APP1, "subtask_code": "2.2.1", "period": "M03"}, "Период «M03» не подходит"),
        ({"name": FormName.APP3, "period": "Q1"}, "Период «Q1» не подходит"),
    ],
)
def test_requests_the_form_does_not_have_are_refused_in_russian(ctx, office, request_args, message):
    org, catalog, _ = office
    with pytest.raises(FormRequestError, match=message):
        _form(ctx, catalog, FormRequest(**{"year": YEAR, "organization_id": org.id, **request_args}))
    with pytest.raises(FormRequestError, match="Организации с номером 999"):
        _form(ctx, catalog, FormRequest(FormName.APP1, YEAR, 999))


def test_forms_of_a_subtask_and_short_names(catalog):
    assert forms_of_subtask(catalog.subtask("2.2.1")) == [FormName.APP1, FormName.APP2]
    assert forms_of_subtask(catalog.subtask("4.2.3")) == [FormName.APP5]
    assert forms_of_subtask(catalog.subtask("1.1.1")) == []
    assert short_name("Сәрсенбаева Гүлнұр Қайратқызы") == "Сәрсенбаева Г. Қ."


def _scan(path, pages):
    images = [Image.new("L", (200, 280), 255) for _ in range(pages)]
    images[0].save(path, save_all=True, append_images=images[1:])
    return path


def test_inventory_lists_signed_scans_with_pages_and_links_never_drafts(ctx, office, tmp_path):
    org, catalog, ids = office
    execution = ids[("2.1.1", "")]
    with ctx.store.session() as s:
        signer = next(x for x in list_signatories(s, org.id) if x.role is SignerRole.CHIEF_OF_STAFF)
        add = lambda path, role, slot="app1": add_attachment(  # noqa: E731
            s, ctx.blobs, execution, path, role, max_bytes=ctx.settings.max_attachment_bytes, slot_key=slot
        )
        add(_scan(tmp_path / "Справка подписана.pdf", 3), AttachmentRole.SIGNED_SCAN)
        add(_scan(tmp_path / "Черновик справки.pdf", 2), AttachmentRole.DRAFT)
        gone = add(_scan(tmp_path / "Старый скан.pdf", 4), AttachmentRole.SIGNED_SCAN)
        remove_attachment(s, gone.id)
        add(_scan(tmp_path / "Без документа.pdf", 1), AttachmentRole.SIGNED_SCAN, "")
        set_slot_signer(s, catalog, execution, "app1", signer.id)
        set_slot_date(s, catalog, execution, "app1", date(YEAR, 3, 10))
        set_slot_links(
            s,
            catalog,
            ids[("1.1.3", "")],
            "link",
            [SlotLinkInput("https://example.kz/news/1", Channel.SITE, date(YEAR, 2, 20))],
        )
    with ctx.store.session() as s:
        items = inventory_items(s, catalog, org.id, YEAR)
    assert [(i.code, i.document, i.pages) for i in items] == [
        ("1.1.3", "https://example.kz/news/1", None),
        ("2.1.1", "Справка подписана.pdf", 3),
        ("2.1.1", "Без документа.pdf", 1),
    ]
    link, scan, loose = items
    assert (scan.code, scan.project, scan.period) == ("2.1.1", 2, "2025 год")
    # The signer and date of the scan's slot; a link is dated by its publication and signed by no one.
    assert scan.signer == "Омарова Д. К., руководитель аппарата" and scan.signed_on == date(YEAR, 3, 10)
    assert link.signer == "" and link.signed_on == date(YEAR, 2, 20)
    assert loose.signer == "" and loose.signed_on is None  # not sorted into a document
    form = _form(ctx, catalog, FormRequest(FormName.INVENTORY, YEAR, org.id))
    total = form.tables[0].rows[-1]
    assert total.kind is RowKind.TOTAL and 4 in [c.value for c in total.cells]  # 3 + 1 pages


def test_forms_of_the_demo(ctx):
    org = create_demo(ctx, YEAR, today=TODAY)
    with ctx.store.session() as s:
        plan = find_year_plan(s, org.id, YEAR)
        catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, YEAR)
        drafts = {
            a.original_name
            for e in list_executions(s, plan.id)
            for a in get_execution(s, e.id).attachments
            if a.role is AttachmentRole.DRAFT
        }
        items = inventory_items(s, catalog, org.id, YEAR)
    assert drafts, "the demo has drafts to leave out"
    assert not drafts & {i.document for i in items}
    scans = [i for i in items if not i.document.startswith("https://")]
    assert len(scans) >= 10 and all(i.pages and i.pages >= 1 for i in scans)
    months = [i.period for i in items if i.code == "4.2.2"]
    assert months.index("Январь") < months.index("Февраль")

    app5 = _form(ctx, catalog, FormRequest(FormName.APP5, YEAR, org.id))
    assert app5.approval.signer_name == "Сәрсенбаева Г. Қ."
    assert app5.approval.organization == org.name
    assert len(app5.tables[0].rows) >= 5 and app5.tables[0].rows[0].kind is RowKind.DATA
    app3 = _form(ctx, catalog, FormRequest(FormName.APP3, YEAR, org.id))
    assert all(r.kind is RowKind.DATA for r in app3.tables[0].rows)
