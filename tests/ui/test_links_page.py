"""The «Публикации» page (issue 14, item 5): a saved URL shows its beginning
(the site's domain) and the whole address in its tooltip; «Открыть» opens
a link in the browser, http(s) only; a new link is dated today, and where
the subtask's deadline is judged by the publication date (1.1.3) a link
without a date is refused at its row."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from tbn4_desktop.services.executions import get_execution
from tbn4_desktop.ui.subtask_wizard import PageId
from tests.ui.test_wizard import open_wizard
from tests.ui.test_wizard_slots import goto

LONG = (
    "https://www.gov.kz/memleket/entities/zhambyl-baizak/press/news/details/"
    "123456-anons-nachala-vnutrennego-analiza-korrupcionnyh-riskov-v-apparate-akima"
)


def links_page(main_window, code: str = "1.1.3"):
    wizard = open_wizard(main_window, code)
    goto(wizard, PageId.LINKS)
    return wizard, wizard.links_page


def test_a_long_url_shows_its_domain_and_opens_in_the_browser(qtbot, monkeypatch, main_window, modal):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    wizard, page = links_page(main_window)
    wizard.resize(900, 640)
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    row = page.rows[0]
    row.url.setFocus()
    QApplication.processEvents()
    row.url.setText(LONG)
    row.url.end(False)  # typed or pasted: the cursor at the end
    row.title.setFocus()  # leaving the field
    QApplication.processEvents()
    assert row.url.cursorPosition() == 0 and row.url.toolTip() == LONG
    row.open_button.click()
    assert [u.toString() for u in opened] == [LONG]
    assert not row.error.isVisible()

    row.url.setText("file:///C:/Windows/system32/calc.exe")
    row.open_button.click()
    assert len(opened) == 1 and row.error.isVisible() and "http://" in row.error.label.text()
    wizard.reject()


def test_saved_links_reopen_showing_their_beginning(qtbot, main_window, modal):
    wizard, page = links_page(main_window)
    for row in page.rows:
        row.url.setText(LONG if row.channel.currentData() == "site" else "https://baizak-tany.kz/news/1")
        row.date.set_value(date.today() - timedelta(days=2))
    wizard.next()
    assert wizard.currentId() == PageId.REVIEW
    wizard.reject()
    wizard, page = links_page(main_window)
    row = next(r for r in page.rows if r.url.text() == LONG)
    assert row.url.cursorPosition() == 0 and row.url.toolTip() == LONG
    assert row.date.value() == date.today() - timedelta(days=2)  # a stored date is kept, not today
    wizard.reject()


def test_a_new_link_is_dated_today_and_the_deadline_slot_requires_a_date(qtbot, main_window, modal):
    wizard, page = links_page(main_window)
    box = page.box("link")
    assert box.date_required
    assert box.date_note.text().startswith(
        "Дата публикации обязательна: по ней проверяется срок — за 10 рабочих дней до начала"
    )
    assert all(r.date.value() == date.today() for r in box.rows)
    box.add_button.click()
    assert box.rows[-1].date.value() == date.today()
    for row in box.rows:
        row.url.setText(f"https://baizak.gov.kz/news/{box.rows.index(row)}")
    box.rows[0].date.set_value(None)
    wizard.next()
    assert wizard.currentId() == PageId.LINKS
    assert box.rows[0].error.isVisible()
    assert box.rows[0].error.label.text() == "Укажите дату публикации: по ней проверяется срок подзадачи."
    box.rows[0].date.set_value(date.today() - timedelta(days=1))
    wizard.next()
    assert wizard.currentId() == PageId.REVIEW
    with main_window.ctx.store.session() as session:
        detail = get_execution(session, wizard.state.execution_id)
    assert min(l.published_on for l in detail.links) == date.today() - timedelta(days=1)
    assert all(l.published_on is not None for l in detail.links)
    wizard.reject()
