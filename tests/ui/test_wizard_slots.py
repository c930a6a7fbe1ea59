"""The wizard's document slots on the demo year (last year's, so that every
step of the demo has happened): signer lists per slot, «не требуется» with
the instruction's reasons, files sorted out of «Не распределено», anchor
dates as one value, link channels, another PC's change, completion, the
smallest wizard size, the keyboard and resuming."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
    QWizard,
)

from tbn4_desktop.core.catalog import AnchorEvent, Catalog
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus
from tbn4_desktop.services.context import AppContext, open_app
from tbn4_desktop.services.executions import (
    add_attachment,
    find_year_plan,
    get_execution,
    list_executions,
)
from tbn4_desktop.services.organizations import OrganizationInfo
from tbn4_desktop.store_errors import SUBTASK_RELOADED_MESSAGE
from tbn4_desktop.ui.subtask_wizard import PageId, SubtaskWizard
from tests.ui.test_wizard import choose_signer, combo_texts, open_wizard, set_date

AKIM = "Сарсенбаев Ерлан Талгатович"
CHIEF = "Тулегенова Айгерим Нурлановна"
ETHICS = "Сәрсенбаева Гүлнұр Қайратқызы"


@dataclass
class Demo:
    ctx: AppContext
    organization: OrganizationInfo
    catalog: Catalog
    year: int

    def execution(self, code: str, period: str = "") -> int:
        with self.ctx.store.session() as session:
            plan = find_year_plan(session, self.organization.id, self.year)
            return next(
                e.id
                for e in list_executions(session, plan.id)
                if e.subtask_code == code and (e.period == period or not period)
            )

    def detail(self, code: str, period: str = ""):
        with self.ctx.store.session() as session:
            return get_execution(session, self.execution(code, period))


@pytest.fixture(scope="module")
def demo(tbn4_qapp, tmp_path_factory):
    from tbn4_desktop.services.demo import create_demo

    folder = tmp_path_factory.mktemp("wizard-slots")
    ctx = open_app(folder)
    year = date.today().year - 1
    organization = create_demo(ctx, year)
    yield Demo(ctx, organization, ctx.catalog_for_year(year), year)
    ctx.close()


def wizard_for(qtbot, demo: Demo, code: str, period: str = "") -> SubtaskWizard:
    wizard = SubtaskWizard(demo.ctx, demo.catalog, demo.organization, demo.execution(code, period))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def goto(wizard: SubtaskWizard, page: PageId) -> None:
    wizard.go_to(PageId.INTRO)
    while wizard.currentId() != int(page):
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"stuck on {PageId(before).name}"


def test_each_file_slot_offers_only_its_own_signers(qtbot, demo, modal):
    wizard = wizard_for(qtbot, demo, "4.2.3")
    goto(wizard, PageId.DOCUMENTS)
    page = wizard.documents_page
    assert list(page.cards) == ["schedule", "app5"]
    schedule, app5 = page.card("schedule"), page.card("app5")
    # The schedule is approved by the akim or the chief of staff; Appendix 5 is signed by the ethics commissioner.
    assert [t.split(" — ")[0] for t in combo_texts(schedule.signer_combo)[1:]] == [AKIM, CHIEF]
    assert [t.split(" — ")[0] for t in combo_texts(app5.signer_combo)[1:]] == [ETHICS]
    assert "Уполномоченный по этике" in app5.signer_combo.toolTip()
    assert app5.signer_combo.currentText().startswith(ETHICS)
    assert schedule.mark.mark == app5.mark.mark == "✔"
    # Requirement and the instruction's words for each document.
    assert app5.requirement.text().startswith("Обязательный.")
    assert "Приложение №5" in app5.requirement.toolTip() and app5.requirement.toolTip().startswith("Инструкция:")
    wizard.reject()


def test_nobody_allowed_says_who_signs_and_where_to_add_them(qtbot, main_window, modal):
    wizard = open_wizard(main_window, "4.2.3")  # the fixture's akimat has no ethics commissioner
    goto(wizard, PageId.DOCUMENTS)
    card = wizard.documents_page.card("app5")
    assert combo_texts(card.signer_combo) == ["— не указан —"]
    assert card.no_signer.isVisible() and card.signers_button.isVisible()
    assert card.no_signer.text() == (
        "Этот документ подписывает: Уполномоченный по этике; добавьте подписанта в «Организация и подписанты»."
    )
    assert not wizard.documents_page.card("schedule").no_signer.isVisible()
    wizard.reject()


def test_waiving_conditional_documents_and_completing(qtbot, demo, tmp_path, modal):
    from PIL import Image

    wizard = wizard_for(qtbot, demo, "2.1.1")
    goto(wizard, PageId.DOCUMENTS)
    page = wizard.documents_page
    app1, letter, reply = page.card("app1"), page.card("letter"), page.card("reply")
    assert app1.waive is None  # a required document cannot be waived
    assert letter.requirement.text().startswith("При условии: к справке прилагаются письмо")
    assert letter.signer_combo is None and reply.signer_combo is None  # copies have no signer
    reasons = [letter.waive.combo.itemText(i) for i in range(letter.waive.combo.count())]
    assert reasons == list(demo.catalog.subtask("2.1.1").slot("letter").waive_reasons)
    assert letter.mark.mark == "✖"

    letter.waive.check.click()  # «Не требуется» with the only allowed reason
    assert letter.mark.mark == "—"
    assert letter.state_label.text() == "Не требуется: фактов не выявлено, сообщений не направлялось."
    reply.waive.check.click()
    # The form: a scan signed by the chief of staff (the only one allowed at district level), dated.
    scan = tmp_path / "Приложение 1 подписанное.png"
    Image.new("RGB", (200, 280), "white").save(scan, "PNG")
    assert page.add_files([scan], "app1") == 1
    assert [t.split(" — ")[0] for t in combo_texts(app1.signer_combo)[1:]] == [CHIEF]
    choose_signer(app1, CHIEF)
    set_date(app1, date.today() - timedelta(days=2))
    assert app1.mark.mark == "✔"
    wizard.next()
    assert wizard.currentId() == PageId.REVIEW  # no publication page for Project 2
    assert wizard.review_page.marks() == {"app1": "✔", "letter": "—", "reply": "—"}
    summary = wizard.review_page.summary.toPlainText()
    assert "не требуется: фактов не выявлено" in summary and "Все нужные документы есть" in summary
    # The register's rows: none, and «Фактов не выявлено» not ticked — the review says so.
    assert re.search(r"Приложение №1.*: строк нет, «Фактов не выявлено» не отмечено", summary)
    with qtbot.waitSignal(wizard.completed, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    detail = demo.detail("2.1.1")
    assert detail.info.status is ExecutionStatus.READY_FOR_UPLOAD
    assert detail.info.notes == "Сведения за полугодие собраны; годовой отчёт — в январе."  # the note kept


def test_a_file_in_no_document_is_sorted_into_a_slot(qtbot, demo, pdf_file, modal):
    execution = demo.execution("1.1.9", "Q4")
    with demo.ctx.store.session() as session:  # as the upgrade leaves a file it could not sort
        add_attachment(
            session, demo.ctx.blobs, execution, pdf_file, AttachmentRole.SIGNED_SCAN, max_bytes=1 << 22, slot_key=""
        )
    wizard = wizard_for(qtbot, demo, "1.1.9", "Q4")
    assert wizard.currentId() == PageId.DOCUMENTS  # resumes where files wait to be sorted
    page = wizard.documents_page
    unassigned = page.unassigned_card
    assert unassigned.isVisible() and unassigned.file_list.topLevelItemCount() == 1
    assert "не отнесены ни к одному документу" in unassigned.note.text()
    assert [a.text() for a in unassigned.menu.actions()] == [
        "Информация структурных подразделений о ходе исполнения рекомендаций и подтверждающие документы",
        "Справка по результатам мониторинга исполнения рекомендаций",
    ]
    wizard.back()
    assert "Файлы без документа: 1" in wizard.intro_page.text.toPlainText()
    wizard.next()
    unassigned.file_list.setCurrentItem(unassigned.file_list.topLevelItem(0))
    assert unassigned.assign_button.isEnabled()
    report_action = unassigned.menu.actions()[1]
    report_action.trigger()  # «В документ…» → the report
    assert not unassigned.isVisible()
    assert page.card("report").file_list.topLevelItemCount() == 1
    assert "отнесён к документу «Справка по результатам мониторинга" in page.result_label.text()
    assert [a.slot_key for a in demo.detail("1.1.9", "Q4").attachments] == ["report"]
    wizard.reject()


def test_link_only_subtask_has_channels_and_no_documents(qtbot, demo, modal):
    wizard = wizard_for(qtbot, demo, "1.1.3")
    assert wizard.page_ids() == [PageId.INTRO, PageId.LINKS, PageId.REVIEW]
    goto(wizard, PageId.LINKS)
    box = wizard.links_page.box("link")
    assert "Нужна ссылка в каждом канале: интернет-ресурс, СМИ, социальные сети." in box.requirement.text()
    assert sorted(r.channel.currentData() for r in box.rows) == ["media", "site", "social"]
    assert all(r.date.value() is not None for r in box.rows) and box.mark.mark == "✔"
    wizard.reject()
    wizard = wizard_for(qtbot, demo, "4.2.2", "M03")
    goto(wizard, PageId.LINKS)
    box = wizard.links_page.box("links")
    assert "Достаточно ссылки в одном из каналов: интернет-ресурс или социальные сети." in box.requirement.text()
    assert [box.rows[0].channel.itemText(i) for i in range(box.rows[0].channel.count())] == [
        "интернет-ресурс",
        "социальные сети",
    ]  # only the slot's channels
    # A new link is dated today (issue 14: the date is the publication's evidence); here the
    # deadline is the upload's, so the note only says what the date is.
    assert box.rows[0].date.value() == date.today() and not box.date_required
    assert box.date_note.text().startswith("Дата публикации — день размещения материала")
    wizard.reject()


def test_dates_default_to_what_the_app_knows_never_today(qtbot, demo, modal):
    from tbn4_desktop.services.deadlines import get_anchors

    wizard = wizard_for(qtbot, demo, "1.1.6")
    goto(wizard, PageId.DOCUMENTS)
    report = wizard.documents_page.card("report")
    assert report.date_edit.value() == date(demo.year, 4, 7)  # the anchor «справка подписана»
    assert "та же дата" in report.date_edit.toolTip()
    set_date(report, date(demo.year, 4, 9))
    with demo.ctx.store.session() as session:
        plan = find_year_plan(session, demo.organization.id, demo.year)
        assert get_anchors(session, plan.id)[AnchorEvent.REPORT_SIGNED] == date(demo.year, 4, 9)  # one value
    wizard.reject()

    wizard = wizard_for(qtbot, demo, "1.1.9", "Q4")
    goto(wizard, PageId.DOCUMENTS)
    card = wizard.documents_page.card("report")
    assert card.date_edit.value() is None and card.date_edit.text() == "не указана"
    # Typed from «не указана», digit by digit, and saved on Enter.
    card.date_edit.setFocus()
    qtbot.keyClicks(card.date_edit, f"0911{demo.year}")
    qtbot.keyClick(card.date_edit, Qt.Key.Key_Return)
    assert wizard.state.slot_state("report").doc_date == date(demo.year, 11, 9)
    # A future date is refused at the document, and the stored one shown again.
    set_date(card, date.today() + timedelta(days=3))
    assert card.error.label.text() == "Дата подписания не может быть в будущем."
    assert card.date_edit.value() == date(demo.year, 11, 9)
    wizard.reject()


def test_a_change_after_another_pcs_change_rereads_and_says_so(qtbot, demo, png_file, modal):
    wizard = wizard_for(qtbot, demo, "1.2.1")
    goto(wizard, PageId.DOCUMENTS)
    page = wizard.documents_page
    card = page.card("list")
    other = open_app(demo.ctx.data_dir)
    try:
        with other.store.session() as session:  # PC B attaches the list meanwhile
            add_attachment(
                session,
                other.blobs,
                wizard.state.execution_id,
                png_file,
                AttachmentRole.SIGNED_SCAN,
                max_bytes=1 << 22,
                slot_key="list",
            )
    finally:
        other.close()
    choose_signer(card, CHIEF)
    assert page.error.label.text() == SUBTASK_RELOADED_MESSAGE
    assert card.file_list.topLevelItemCount() == 1  # B's file shown
    assert card.signer_combo.currentData() is None  # A's choice not saved over B's change
    choose_signer(card, CHIEF)  # on the re-read subtask it works
    assert card.signer_combo.currentText().startswith(CHIEF)
    assert wizard.state.signer_ids["list"] == card.signer_combo.currentData()
    wizard.reject()


@pytest.mark.parametrize(
    "code, period", [("2.1.1", ""), ("4.2.3", ""), ("3.1.1", "Q1"), ("4.1.1", "Q1"), ("1.1.5", ""), ("3.3.1", "")]
)
def test_pages_fit_the_smallest_wizard_without_horizontal_scrolling(qtbot, demo, modal, code, period):
    wizard = wizard_for(qtbot, demo, code, period)
    wizard.resize(780, 560)
    for page_id in wizard.page_ids():
        if page_id not in (PageId.DOCUMENTS, PageId.LINKS):
            continue
        goto(wizard, page_id)
        QApplication.processEvents()
        page = wizard.currentPage()
        scroll = page.findChild(QScrollArea)
        viewport = scroll.viewport().width()
        assert scroll.widget().minimumSizeHint().width() <= viewport, (code, page_id)
        assert scroll.widget().width() <= viewport
        for widget in scroll.widget().findChildren(QWidget):
            if (
                widget.isVisibleTo(page)
                and widget.parentWidget() is not None
                and widget.parentWidget().isVisibleTo(page)
                and not isinstance(widget.parentWidget(), QScrollArea)
            ):
                right = widget.mapTo(scroll.widget(), widget.rect().topRight()).x()
                assert right <= viewport + 1, (code, page_id, widget.objectName(), type(widget).__name__, right)
        for button in scroll.widget().findChildren(QAbstractButton):
            if button.isVisibleTo(page):
                assert button.width() >= button.sizeHint().width() - 2, (code, button.text())  # no clipped text
    wizard.reject()


# ------------------------------------------------------------------ keyboard
_MNEMONIC = re.compile(r"&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    m = _MNEMONIC.search(text)
    return m.group(1).casefold() if m else None


def mnemonics_in(widget: QWidget, top: QWidget) -> list[str]:
    found = []
    for w in [*widget.findChildren(QAbstractButton), *widget.findChildren(QLabel)]:
        if w.isVisibleTo(top) and (key := mnemonic(w.text())):
            found.append(key)
    return found


@pytest.mark.parametrize("code", ["4.2.3", "2.1.1", "1.1.5"])
def test_mnemonics_unique_within_each_document_and_apart_from_the_wizards(qtbot, demo, modal, code):
    wizard = wizard_for(qtbot, demo, code)
    wizard_keys = {
        mnemonic(wizard.button(b).text()) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
    }
    assert wizard_keys == {"л", "н"}
    for page_id in wizard.page_ids():
        goto(wizard, page_id)
        page = wizard.currentPage()
        cards = [*getattr(page, "cards", {}).values(), *getattr(page, "boxes", {}).values()]
        for card in cards:
            keys = mnemonics_in(card, wizard)
            assert len(keys) == len(set(keys)), (page_id.name, card.objectName(), keys)
            assert not set(keys) & wizard_keys, (page_id.name, keys)
        labels = [w for w in page.findChildren(QLabel) if mnemonic(w.text())]
        assert all(label.buddy() is not None for label in labels), page_id.name
    wizard.reject()


def test_enter_goes_next_and_escape_keeps_the_links_typed(qtbot, main_window, modal):
    wizard = open_wizard(main_window, "1.1.3")
    qtbot.waitExposed(wizard)
    goto(wizard, PageId.LINKS)
    url = wizard.links_page.rows[0].url
    url.setText("https://karatal.gov.kz/news/1")
    url.setFocus()
    qtbot.keyClick(url, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.REVIEW
    wizard.back()
    wizard.links_page.rows[1].url.setText("https://karatal-tany.kz/news/1")
    qtbot.keyClick(wizard.links_page.rows[1].url, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    with main_window.ctx.store.session() as session:
        detail = get_execution(session, main_window.tree.tree_model.executions_of("1.1.3")[0].id)
    assert sorted((l.url, l.channel) for l in detail.links) == [
        ("https://karatal-tany.kz/news/1", "media"),
        ("https://karatal.gov.kz/news/1", "site"),
    ]


def test_reopening_resumes_at_what_is_missing(qtbot, main_window, pdf_file, modal):
    wizard = open_wizard(main_window, "1.1.5")
    assert wizard.currentId() == PageId.INTRO  # a fresh execution starts at the guidance
    wizard.next()
    wizard.documents_page.add_files([pdf_file], "protocol")
    qtbot.keyClick(wizard.documents_page.card("protocol").file_list, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    again = open_wizard(main_window, "1.1.5")
    assert again.currentId() == PageId.DOCUMENTS  # the signer and the date are missing
    # «Отмена» says that it keeps what was entered.
    assert "Всё введённое сохраняется" in again.button(QWizard.WizardButton.CancelButton).toolTip()
    card = again.documents_page.card("protocol")
    choose_signer(card, "Ахметов Серик Болатович")
    set_date(card, date.today() - timedelta(days=1))
    again.reject()
    again = open_wizard(main_window, "1.1.5")
    assert again.currentId() == PageId.LINKS  # the document is complete; the links are left
    again.back()
    assert again.currentId() == PageId.DOCUMENTS  # the earlier pages stay reachable with «Назад»
    again.reject()


def test_the_wizard_opens_no_larger_than_the_screen(qtbot, demo, modal, monkeypatch):
    """At 1366×768 and 125 % only about 1090×580 logical pixels are free: the wizard's 1000×680 would
    put its buttons under the taskbar, so it opens at what fits with its title bar (ui/window_fit.py)."""
    from PySide6.QtCore import QRect, QSettings
    from PySide6.QtGui import QScreen

    from tbn4_desktop.ui.subtask_wizard import DEFAULT_SIZE, GEOMETRY_KEY, MINIMUM_SIZE
    from tbn4_desktop.ui.window_fit import FRAME, MARGIN

    QSettings().remove(GEOMETRY_KEY)  # first opening: no size remembered from an earlier test
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1093, 582))
    wizard = wizard_for(qtbot, demo, "2.1.1", "")
    free_height = 582 - 2 * MARGIN - FRAME.top() - FRAME.bottom()
    assert (wizard.width(), wizard.height()) == (DEFAULT_SIZE.width(), free_height)
    assert MINIMUM_SIZE.height() <= free_height
    wizard.reject()
