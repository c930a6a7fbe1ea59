from collections import Counter
from datetime import date

import pytest
from PIL import Image, ImageDraw, ImageFont

from tbn4_desktop.core.attachments import ACCEPTED_TYPES, detect_media_type
from tbn4_desktop.core.validation import bin_error
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus, OrgLevel, SignerRole
from tbn4_desktop.models import Organization
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import (
    FONT_BOLD,
    FONT_REGULAR,
    DemoError,
    create_demo,
    demo_bin,
    font_path,
)
from tbn4_desktop.services.executions import find_year_plan, get_execution, list_executions
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    create_organization,
    get_current_organization,
    list_signatories,
)

KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"


@pytest.fixture
def ctx(data_dir, db_url):
    context = open_app(data_dir, database_url=db_url)
    yield context
    context.close()


def details_of(ctx, org_id, year):
    with ctx.store.session() as s:
        plan = find_year_plan(s, org_id, year)
        return [get_execution(s, e.id) for e in list_executions(s, plan.id)]


def test_demo_is_a_realistic_district_year(ctx):
    org = create_demo(ctx, 2025, today=date(2026, 1, 15))
    assert org.name == "Аппарат акима Байзакского района"
    assert org.parent_name == "Аппарат акима Жамбылской области"
    assert org.level is OrgLevel.DISTRICT
    assert bin_error(org.bin) is None and org.bin == demo_bin()
    with ctx.store.session() as s:
        assert get_current_organization(s) == org
        signers = list_signatories(s, org.id)
        parent = s.get(Organization, org.parent_id)
        assert parent.level == OrgLevel.OBLAST.value
    assert {x.role for x in signers} == {
        SignerRole.DISTRICT_AKIM,
        SignerRole.CHIEF_OF_STAFF,
        SignerRole.ETHICS_COMMISSIONER,
    }
    assert all(len(x.full_name.split()) == 3 and x.position for x in signers)

    details = details_of(ctx, org.id, 2025)
    statuses = Counter(d.info.status for d in details)
    assert set(statuses) == set(ExecutionStatus), statuses  # every status is shown
    touched = [d for d in details if d.info.status is not ExecutionStatus.NOT_STARTED]
    assert 10 <= len(touched) <= 20
    for d in details:
        if d.info.status.is_done:
            assert d.info.completed_on is not None and d.info.completed_on.year == 2025
    links = [l for d in details for l in d.links]
    assert len(links) >= 5
    assert {l.channel for l in links} == {"site", "media", "social"}
    assert all(
        l.url.startswith(
            (
                "https://www.gov.kz/memleket/entities/zhambyl-bayzak/",
                "https://baizak-zhany.kz/",
                "https://www.facebook.com/baizak.akimat/",
            )
        )
        for l in links
    )


def test_the_demo_shows_the_checklist_honestly(ctx):
    """Every subtask the demo marks done has every document, signed by whom the slot allows; others miss
    some; 3.1.1 Q1's link is declared «не опубликовано»; 1.1.1 was uploaded after its Карта date."""
    from tbn4_desktop.core.deadlines import DeadlineState
    from tbn4_desktop.services.year_status import year_status

    org = create_demo(ctx, 2025, today=date(2026, 1, 15))
    with ctx.store.session() as s:
        status = year_status(s, ctx.catalog_for_year(2025), org.id, 2025, date(2026, 1, 15))
    items = {(i.code, i.period): i for i in status.items}
    for item in status.items:
        if item.stored_status.is_done:
            assert item.checklist.complete, (item.code, item.period, item.checklist.refusal())
            for state in item.checklist.slots:
                assert state.signer_allowed is not False
    incomplete = [
        i for i in status.items if i.stored_status is not ExecutionStatus.NOT_STARTED and not i.checklist.complete
    ]
    assert len(incomplete) >= 3
    assert items[("3.1.1", "Q1")].checklist.state("link").waived_reason == "не опубликовано"
    late = items[("1.1.1", "")]
    assert late.deadline.state is DeadlineState.DONE_LATE and late.uploaded_on == date(2025, 1, 26)
    assert late.deadline.judged_by == "upload"
    # «Готово к загрузке» past its Карта date without an upload mark is overdue
    assert items[("4.2.2", "M02")].deadline.state is DeadlineState.OVERDUE


def test_demo_scans_are_real_files_of_accepted_types(ctx):
    org = create_demo(ctx, 2025, today=date(2026, 1, 15))
    attachments = [a for d in details_of(ctx, org.id, 2025) for a in d.attachments]
    assert len(attachments) >= 10
    kinds = set()
    for a in attachments:
        path = ctx.blobs.path_of(a.sha256)
        assert detect_media_type(path) == a.media_type  # judged by content, like a user's file
        assert a.media_type in ACCEPTED_TYPES
        if a.role is not AttachmentRole.SIGNATURE:
            assert path.stat().st_size > (1000 if a.role is AttachmentRole.DRAFT else 20_000)  # a real page
        kinds.add(a.media_type)
    assert kinds >= {
        "application/pdf",
        "image/jpeg",
        "image/png",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }
    assert any(a.role is AttachmentRole.DRAFT for a in attachments)


def test_the_demo_order_is_signed_with_a_demo_certificate_that_says_so(ctx):
    """1.1.2's order carries a detached ЭЦП by the akim: ИИН and БИН match the
    demo signatory and organisation (no warning), and the issuer is named a
    demonstration authority, so its chain is «не проверено»."""
    from tbn4_desktop.services.signatures import signature_report

    org = create_demo(ctx, 2025, today=date(2026, 1, 15))
    detail = next(d for d in details_of(ctx, org.id, 2025) if d.info.subtask_code == "1.1.2")
    order, signature = detail.attachments
    assert signature.role is AttachmentRole.SIGNATURE and signature.signs_sha256 == order.sha256
    assert signature.original_name == order.original_name + ".cms"
    person = signature.signature.signers[0]
    assert (person.name, person.iin, person.bin, person.first_head) == (
        "САРСЕНБАЕВ ЕРЛАН ТАЛГАТОВИЧ",
        "740521303010",
        org.bin,
        True,
    )
    report = signature_report(ctx.blobs, signature.sha256, order.sha256, ctx.data_dir)
    assert report.signers[0].certificate.issuer == "ДЕМО УЦ (не НУЦ РК)"
    assert report.signers[0].integrity.status.value == "ok" and report.signers[0].chain.status.value != "ok"
    with ctx.store.session() as s:
        from tbn4_desktop.services.checklist import execution_checklist

        state = execution_checklist(s, ctx.catalog_for_year(2025), detail.info.id).state("order")
    assert state.satisfied and state.warnings == ()


def test_early_in_the_year_only_what_is_already_past_is_filled(ctx):
    org = create_demo(ctx, 2026, today=date(2026, 2, 4))
    done = [d for d in details_of(ctx, org.id, 2026) if d.info.status is not ExecutionStatus.NOT_STARTED]
    assert {d.info.subtask_code for d in done} <= {"1.1.1", "1.1.2", "4.2.2"}
    assert all(d.info.completed_on is None or d.info.completed_on <= date(2026, 2, 4) for d in done)


def test_demo_twice_is_refused_and_changes_nothing(ctx):
    create_demo(ctx, 2025, today=date(2026, 1, 15))
    before = details_of(ctx, get_current_org_id(ctx), 2025)
    with pytest.raises(DemoError) as caught:
        create_demo(ctx, 2025, today=date(2026, 1, 15))
    assert str(caught.value).startswith("В папке данных уже есть организация «Аппарат акима Байзакского района»")
    assert details_of(ctx, get_current_org_id(ctx), 2025) == before
    with ctx.store.session() as s:
        assert s.query(Organization).count() == 2  # the district and its oblast


def get_current_org_id(ctx):
    with ctx.store.session() as s:
        return get_current_organization(s).id


def test_demo_refuses_a_folder_with_a_real_organisation(ctx):
    with ctx.store.session() as s:
        create_organization(
            s,
            OrganizationInput(
                name="ГУ «Отдел образования Байзакского района»",
                bin="050340001235",
                level=OrgLevel.DISTRICT,
                parent_name="Управление образования акимата Жамбылской области",
            ),
            [SignatoryInput("Ким Анна Петровна", "Руководитель отдела", SignerRole.DISTRICT_AKIM)],
        )
    with pytest.raises(DemoError, match="ГУ «Отдел образования Байзакского района»"):
        create_demo(ctx, 2025)


def test_demo_refuses_a_future_year(ctx):
    with pytest.raises(DemoError, match="за текущий или прошедший год"):
        create_demo(ctx, 2031, today=date(2026, 5, 1))
    with ctx.store.session() as s:
        assert get_current_organization(s) is None


@pytest.mark.parametrize("name", [FONT_REGULAR, FONT_BOLD])
def test_the_shipped_font_has_cyrillic_and_kazakh_letters(name):
    path = font_path(name)
    assert path.is_file()
    assert (path.parent / "DejaVu-LICENSE.txt").is_file() and (path.parent / "README.md").is_file()
    font = ImageFont.truetype(str(path), 32)

    def pixels(ch):
        img = Image.new("L", (48, 48))
        ImageDraw.Draw(img).text((4, 4), ch, font=font, fill=255)
        return img.tobytes()

    missing_glyph = pixels("\U0010fffd")  # a code point no font has: the «missing» box
    for ch in KAZAKH + "АЯЁяё№«»":
        assert pixels(ch) != missing_glyph, f"{ch!r} is missing from {name}"


def test_demo_year_has_deadlines_to_show(ctx):
    """The demo carries its analysis dates and Карта dates, so the «Сроки»
    tab shows real states, not «Срок не определён» everywhere."""
    from tbn4_desktop.core.deadlines import DeadlineState
    from tbn4_desktop.services.deadlines import year_deadlines

    org = create_demo(ctx, 2025, today=date(2025, 6, 10))
    with ctx.store.session() as session:
        report = year_deadlines(session, ctx.catalog_for_year(2025), org.id, 2025, date(2025, 6, 10))
    undated = {d.code for d in report.deadlines if d.state is DeadlineState.NO_DATE}
    assert undated == {"1.1.8"}  # the plan of measures is not approved yet in the demo
    states = {d.state for d in report.deadlines}
    assert {DeadlineState.DONE_ON_TIME, DeadlineState.OVERDUE, DeadlineState.LATER} <= states
    assert not report.warnings


def test_demo_register_rows_are_valid(ctx):
    from tbn4_desktop.core.register_values import validate_row
    from tbn4_desktop.services.registers import check_rows, list_rows

    org = create_demo(ctx, 2025, today=date(2026, 1, 15))
    catalog = ctx.catalog_for_year(2025)
    counts = {}
    with ctx.store.session() as s:
        plan = find_year_plan(s, org.id, 2025)
        for e in list_executions(s, plan.id):
            for register in catalog.subtask(e.subtask_code).registers:
                rows = [r.values for r in list_rows(s, e.id, register)]
                if not rows:
                    continue
                counts[(e.subtask_code, e.period, register.key)] = len(rows)
                assert all(validate_row(register, r) == {} for r in rows)
                assert len(check_rows(register, rows)) == len(rows)  # the wizard's checks on saving
    assert counts[("1.2.1", "", "positions_at_risk")] >= 3
    assert counts[("3.4.1", "", "app3_compliance_registry")] == 3
    assert counts[("4.2.2", "M01", "monthly_events")] >= 1
    assert counts[("4.2.2", "M02", "monthly_events")] >= 1
    assert counts[("4.2.3", "", "app5_preventive_work")] >= 4
    with ctx.store.session() as s:
        registry = [
            r.values
            for e in list_executions(s, plan.id)
            if e.subtask_code == "3.4.1"
            for r in list_rows(s, e.id, catalog.subtask("3.4.1").registers[0])
        ]
    phones = [v for row in registry for v in (row["compliance_officer"], row["responsible_person"]) if v]
    assert len(phones) == 3 and all("+7 7" in p for p in phones)
