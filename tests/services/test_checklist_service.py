"""«Done» as the instruction defines it, through the services: every required
confirming document, signed by the person the instruction names, each rule
with the instruction's own words (quoted in the test names' docstrings)."""

from datetime import date

import pytest

from tbn4_desktop.core.catalog import AnchorEvent
from tbn4_desktop.core.checklist import UNASSIGNED
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import AttachmentRole, Channel, ExecutionStatus, OrgLevel, SignerRole
from tbn4_desktop.services.checklist import (
    SlotLinkInput,
    add_supervised,
    assign_attachment,
    complete,
    execution_checklist,
    list_supervised,
    plan_checklists,
    set_answer,
    set_slot_date,
    set_slot_links,
    set_slot_signer,
    waive_slot,
)
from tbn4_desktop.services.deadlines import get_anchors
from tbn4_desktop.services.executions import add_attachment, ensure_year_plan, get_execution, list_executions
from tbn4_desktop.services.organizations import OrganizationInput, SignatoryInput, create_organization, list_signatories
from tests.evidence import fill_checklist
from tests.services.test_executions import MAX, NEWS, PDF, district, scan  # noqa: F401

DAY = date(2025, 3, 3)


@pytest.fixture
def blobs(store):
    from tbn4_desktop.core.attachments import BlobStore

    return BlobStore(store.attachments_dir)


def refusal(store, catalog, execution_id) -> str:
    with pytest.raises(ValidationError) as caught, store.session() as s:
        complete(s, catalog, execution_id)
    return caught.value.errors["slots"]


def status(store, execution_id) -> ExecutionStatus:
    with store.session() as s:
        return get_execution(s, execution_id).info.status


def test_one_scan_does_not_complete_a_subtask_with_several_documents(store, blobs, district, scan, catalog):
    """2.2.1: «Подтверждающими документами являются справочная информация … (Приложение №1 …) … и акт
    сверки … (Приложение №2 к Инструкции)»."""
    _, _, signers, rows = district
    row = rows[("2.2.1", "Q1")]
    with store.session() as s:
        fill_checklist(s, catalog, blobs, row.id, scan, signers, day=DAY, skip=("app2",))
    assert refusal(store, catalog, row.id) == (
        "Подзадачу 2.2.1 нельзя завершить: нет подписанного документа «Акт сверки административных и "
        "уголовных коррупционных правонарушений, и правонарушений, дискредитирующих государственную службу "
        "(Приложение №2 к Инструкции)» (скана с подписью или файла с ЭЦП)."
    )
    assert status(store, row.id) is ExecutionStatus.IN_PROGRESS
    with store.session() as s:
        fill_checklist(s, catalog, blobs, row.id, scan, signers, day=DAY, skip=("app1",))
        complete(s, catalog, row.id)
    assert status(store, row.id) is ExecutionStatus.READY_FOR_UPLOAD


def test_a_draft_or_an_unsorted_file_is_not_a_signed_document(store, blobs, district, scan, catalog):
    _, _, signers, rows = district
    row = rows[("1.1.2", "")]
    with store.session() as s:
        add_attachment(s, blobs, row.id, scan, AttachmentRole.DRAFT, max_bytes=MAX, slot_key="order")
        unsorted = add_attachment(s, blobs, row.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
        set_slot_signer(s, catalog, row.id, "order", signers[SignerRole.DISTRICT_AKIM].id)
    assert "нет подписанного документа «Утверждённый приказ" in refusal(store, catalog, row.id)
    with store.session() as s:
        assert execution_checklist(s, catalog, row.id).unassigned_files == 1
        assert unsorted.slot_key == UNASSIGNED
        assign_attachment(s, catalog, unsorted.id, "order")
        complete(s, catalog, row.id)
    assert status(store, row.id) is ExecutionStatus.READY_FOR_UPLOAD


def test_the_order_is_approved_by_the_head_only(store, blobs, district, scan, catalog):
    """1.1.2: «Руководитель государственного органа утверждает приказ» — at a district, the akim."""
    _, _, signers, rows = district
    row = rows[("1.1.2", "")]
    with pytest.raises(ValidationError) as caught, store.session() as s:
        set_slot_signer(s, catalog, row.id, "order", signers[SignerRole.CHIEF_OF_STAFF].id)
    assert caught.value.errors["signer"] == (
        "Тулегенова Айгерим Нурлановна, руководитель аппарата, не может подписывать документ «Утверждённый "
        "приказ о проведении внутреннего анализа коррупционных рисков»; его подписывает: аким района (города)."
    )
    assert (
        "Руководитель государственного органа утверждает приказ"
        in catalog.subtask("1.1.2").slot("order").signers_source
    )


def test_each_document_of_423_has_its_own_signer(store, blobs, district, scan, catalog):
    """4.2.3: the график follows the general rule; Приложение №5 is signed by the уполномоченный по этике."""
    _, _, signers, rows = district
    row = rows[("4.2.3", "")]
    ethics, akim = signers[SignerRole.ETHICS_COMMISSIONER], signers[SignerRole.DISTRICT_AKIM]
    with store.session() as s:
        set_slot_signer(s, catalog, row.id, "app5", ethics.id)
        set_slot_signer(s, catalog, row.id, "schedule", akim.id)
    for slot, person in (("app5", akim), ("schedule", ethics)):
        with pytest.raises(ValidationError), store.session() as s:
            set_slot_signer(s, catalog, row.id, slot, person.id)


def test_a_conditional_document_can_be_declared_not_required_for_an_allowed_reason(
    store, blobs, district, scan, catalog
):
    """2.1.1: «к справке прилагаются письмо в уполномоченный орган либо талон-уведомление … и полученный
    ответ» — with no facts there is no letter; the instruction's Appendix 1 form stays required."""
    _, _, signers, rows = district
    row = rows[("2.1.1", "")]
    with store.session() as s:
        fill_checklist(s, catalog, blobs, row.id, scan, signers, day=DAY, skip=("letter", "reply"))
    assert "«Письмо в уполномоченный орган либо талон-уведомление" in refusal(store, catalog, row.id)
    with pytest.raises(ValidationError) as caught, store.session() as s:
        waive_slot(s, catalog, row.id, "letter", "ответ ещё не получен")
    assert caught.value.errors["reason"] == (
        "Причина «ответ ещё не получен» не подходит; допустимо: «фактов не выявлено, сообщений не направлялось»."
    )
    with pytest.raises(ValidationError, match="обязателен"), store.session() as s:
        waive_slot(s, catalog, row.id, "app1", "фактов не выявлено, сообщений не направлялось")
    with store.session() as s:
        for key in ("letter", "reply"):
            waive_slot(s, catalog, row.id, key, "  Фактов не выявлено,   сообщений не направлялось ")
        checklist = execution_checklist(s, catalog, row.id)
        assert [(x.slot.key, x.mark) for x in checklist.slots] == [("app1", "✔"), ("letter", "—"), ("reply", "—")]
        complete(s, catalog, row.id)
    with store.session() as s:
        waive_slot(s, catalog, row.id, "reply", None)  # taken back: no longer complete
        assert not execution_checklist(s, catalog, row.id).complete


def test_an_unpublished_quarter_can_be_completed_honestly(store, blobs, district, scan, catalog):
    """3.1.1: «ссылки на интернет-ресурс, на котором опубликована соответствующая информация (при
    опубликовании)»."""
    _, plan, signers, rows = district
    with store.session() as s:
        set_answer(s, catalog, plan.id, "supervises_quasi", True)
    row = rows[("3.1.1", "Q2")]
    with store.session() as s:
        fill_checklist(s, catalog, blobs, row.id, scan, signers, day=DAY, skip=("link",))
    assert refusal(store, catalog, row.id).endswith("нет ссылки «" + catalog.subtask("3.1.1").slot("link").title + "».")
    with store.session() as s:
        waive_slot(s, catalog, row.id, "link", "не опубликовано")
        complete(s, catalog, row.id)
    assert catalog.subtask("3.1.1").slot("link").condition == "при опубликовании"


def test_an_announcement_needs_a_link_in_every_channel(store, district, catalog):
    """1.1.3: «Подтверждающим документом является ссылка на публикацию на интернет-ресурсе, в СМИ и
    социальных сетях»."""
    _, _, _, rows = district
    row = rows[("1.1.3", "")]
    with store.session() as s:
        set_slot_links(s, catalog, row.id, "link", [SlotLinkInput(NEWS, Channel.SITE, DAY)])
    assert refusal(store, catalog, row.id) == (
        "Подзадачу 1.1.3 нельзя завершить: для документа «"
        + catalog.subtask("1.1.3").slot("link").title
        + "» нет ссылки в каналах: СМИ, социальные сети."
    )
    with store.session() as s:
        set_slot_links(
            s,
            catalog,
            row.id,
            "link",
            [
                SlotLinkInput(NEWS, Channel.SITE, DAY),
                SlotLinkInput("https://baizak-zhany.kz/1", Channel.MEDIA, DAY),
                SlotLinkInput("https://www.facebook.com/baizak/posts/1", Channel.SOCIAL, date(2025, 3, 4)),
            ],
        )
        checklist = execution_checklist(s, catalog, row.id)
        assert checklist.state("link").doc_date == date(2025, 3, 4), "a link slot is dated by its last publication"
        complete(s, catalog, row.id)
    # a link-only subtask asks for no scan and no signer
    assert [d.kind.needs_signer or d.kind.takes_files for d in catalog.subtask("1.1.3").documents] == [False]


def test_a_link_in_a_channel_the_slot_does_not_name_is_refused(store, district, catalog):
    _, _, _, rows = district
    with pytest.raises(ValidationError) as caught, store.session() as s:
        set_slot_links(s, catalog, rows[("1.1.8", "")].id, "link", [SlotLinkInput(NEWS, Channel.MEDIA, DAY)])
    assert "Канал «СМИ» не предусмотрен" in caught.value.errors["links[0]"]


def test_monthly_events_need_a_link_on_the_site_or_in_a_social_network(store, blobs, district, scan, catalog):
    """4.2.2: «ссылок на публикации на официальном интернет-ресурсе объекта и/или на официальной странице
    в социальной сети»: one of the two suffices."""
    _, _, signers, rows = district
    row = rows[("4.2.2", "M03")]
    with store.session() as s:
        fill_checklist(s, catalog, blobs, row.id, scan, signers, day=DAY, skip=("links",))
        set_slot_links(
            s, catalog, row.id, "links", [SlotLinkInput("https://www.facebook.com/x/1", Channel.SOCIAL, DAY)]
        )
        complete(s, catalog, row.id)


def test_the_report_date_and_the_anchor_are_one_value(store, blobs, district, scan, catalog):
    """1.1.6's справка is dated by its signing, which is the anchor of 1.1.7's deadline."""
    _, plan, signers, rows = district
    row = rows[("1.1.6", "")]
    with store.session() as s:
        set_slot_date(s, catalog, row.id, "report", date(2025, 4, 7))
        assert get_anchors(s, plan.id)[AnchorEvent.REPORT_SIGNED] == date(2025, 4, 7)
        assert execution_checklist(s, catalog, row.id).state("report").doc_date == date(2025, 4, 7)


def test_the_date_that_judges_an_action_deadline_is_required(store, blobs, district, scan, catalog):
    """1.1.6: «Аналитическая справка подписывается … не позднее 10 рабочих дней со дня завершения»: without
    the signing date «в срок» cannot be told, so the date is asked for."""
    _, _, signers, rows = district
    row = rows[("1.1.6", "")]
    with store.session() as s:
        add_attachment(s, blobs, row.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=MAX, slot_key="report")
        set_slot_signer(s, catalog, row.id, "report", signers[SignerRole.DISTRICT_AKIM].id)
    assert "не указана дата подписания документа «" in refusal(store, catalog, row.id)
    with pytest.raises(ValidationError, match="не может быть в будущем"), store.session() as s:
        set_slot_date(s, catalog, row.id, "report", date(2999, 1, 1))


def test_a_yearly_schedule_serves_every_quarter(store, blobs, district, scan, catalog):
    """4.1.1: one «утверждённого графика» for the year; each quarter adds its справка."""
    _, _, signers, rows = district
    q1, q2 = rows[("4.1.1", "Q1")], rows[("4.1.1", "Q2")]
    with store.session() as s:
        fill_checklist(s, catalog, blobs, q1.id, scan, signers, day=DAY)
        fill_checklist(s, catalog, blobs, q2.id, scan, signers, day=DAY, skip=("schedule",))
        complete(s, catalog, q1.id)
        complete(s, catalog, q2.id)


def test_applicability_questions_decide_1_1_1_and_project_3(store, catalog, district):
    """1.1.1 applies «В случае принятия руководителем … акимом, решения о проведении внутреннего анализа …
    во всей системе»; Project 3 — to the body that supervises quasi-state companies."""
    _, plan, _, rows = district
    with store.session() as s:
        applies = plan_checklists(s, catalog, plan.id).applicability
        assert applies["1.1.1"].applies and applies["1.1.1"].answer is None  # shown, with the question
        set_answer(s, catalog, plan.id, "system_wide_analysis", False)
        set_answer(s, catalog, plan.id, "supervises_quasi", False)
        applies = plan_checklists(s, catalog, plan.id).applicability
        assert not applies["1.1.1"].applies and not applies["3.4.1"].applies and applies["1.1.2"].applies
    with pytest.raises(ValidationError, match="не применяется"), store.session() as s:
        complete(s, catalog, rows[("1.1.1", "")].id)
    with pytest.raises(ValidationError, match="Вопроса «nope» нет"), store.session() as s:
        set_answer(s, catalog, plan.id, "nope", True)


def test_quasi_state_companies_answer_no_question_and_sign_by_the_general_rule(store, catalog):
    """Quasi level: Project 3 always applies; 1.1.1 does not (the decision is the head's of a central body
    or an akim's); the general sentence names «первым руководителем, его заместителем либо руководителем
    аппарата»."""
    with store.session() as s:
        org = create_organization(
            s,
            OrganizationInput(
                name="ТОО «Тест»",
                bin="050340001235",
                level=OrgLevel.QUASI,
                parent_name="Аппарат акима Жамбылской области",
            ),
            [SignatoryInput("Иванов Иван Иванович", "Директор", SignerRole.FIRST_HEAD)],
        )
        plan = ensure_year_plan(s, org.id, 2025, catalog)
        set_answer(s, catalog, plan.id, "supervises_quasi", False)  # not asked at this level: no effect
        applies = plan_checklists(s, catalog, plan.id).applicability
        codes = {e.subtask_code for e in list_executions(s, plan.id)}
    assert applies["3.2.1"].applies and "1.1.1" not in codes
    assert catalog.subtask("3.2.1").slot("document").signers_for(OrgLevel.QUASI) == (
        SignerRole.FIRST_HEAD,
        SignerRole.DEPUTY_HEAD,
        SignerRole.CHIEF_OF_STAFF,
    )


def test_the_supervised_list_is_kept_per_organisation(store, district):
    org, _, _, _ = district
    with store.session() as s:
        add_supervised(s, org.id, "ГКП «Байзак су»", "050340001235")
        with pytest.raises(ValidationError, match="уже есть"):
            add_supervised(s, org.id, "гкп «байзак су»")
        with pytest.raises(ValidationError):
            add_supervised(s, org.id, "ТОО «Х»", "123")
        assert [x.name for x in list_supervised(s, org.id)] == ["ГКП «Байзак су»"]


def test_only_allowed_signers_of_the_organisation(store, district, catalog):
    _, _, _, rows = district
    with pytest.raises(ValidationError, match="нет в списке"), store.session() as s:
        set_slot_signer(s, catalog, rows[("1.1.2", "")].id, "order", 999999)
    with pytest.raises(ValidationError, match="не подписывается"), store.session() as s:
        set_slot_signer(s, catalog, rows[("2.1.1", "")].id, "reply", None)
    with store.session() as s:
        signers = list_signatories(s, district[0].id)
    assert {x.role for x in signers} == {
        SignerRole.DISTRICT_AKIM,
        SignerRole.CHIEF_OF_STAFF,
        SignerRole.ETHICS_COMMISSIONER,
    }
