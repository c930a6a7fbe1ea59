"""Help inside the app: «Справка → Руководство пользователя» (F1) shows the
bundled guide offline with its pictures, «Справка → Обозначения» explains
every status and deadline state with its icon, and each wizard page's
«Справка» opens the guide at its section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextImageFormat
from PySide6.QtWidgets import QWizard

from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.core.vocabulary import ExecutionStatus
from tests.ui.test_wizard import open_wizard

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "user-guide.md"


def images_of(browser) -> list[QTextImageFormat]:
    out = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                out.append(fmt.toImageFormat())
            it += 1
        block = block.next()
    return out


def test_f1_opens_the_bundled_guide_with_its_pictures(qtbot, main_window):
    from tbn4_desktop.ui.help.guide import GuideWindow, guide_path

    assert guide_path() == GUIDE
    assert main_window.guide_action.shortcut().toString() == "F1"
    assert main_window.guide_action.text().replace("&", "") == "Руководство пользователя"
    main_window.guide_action.trigger()
    guide = main_window.findChild(GuideWindow, "guideWindow")
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert text.startswith("ТБН-4: исполнение проектов — руководство пользователя")
    assert "![" not in text and "## " not in text  # rendered, not shown as Markdown source
    pictures = images_of(guide.browser)
    assert len(pictures) >= 10
    document = guide.browser.document()
    for fmt in pictures:  # every picture is found offline and scaled into the window
        assert not document.resource(document.ResourceType.ImageResource.value, fmt.name()).isNull(), fmt.name()
        assert 0 < fmt.width() <= guide.browser.viewport().width()
    sections = [guide.contents.topLevelItem(i).text(0) for i in range(guide.contents.topLevelItemCount())]
    assert sections[:3] == ["Первый запуск", "На сегодня", "Главное окно"]
    assert "Справка и обозначения" in sections
    main_window.guide_action.trigger()  # the same window again, not a second one
    assert len(main_window.findChildren(GuideWindow)) == 1
    guide.close()


def test_the_guide_scrolls_to_a_section_and_finds_words(qtbot, main_window):
    from tbn4_desktop.ui.help import show_guide

    guide = show_guide(main_window, "«Проверка»")
    assert guide.visible_heading() == "«Проверка»"
    assert guide.browser.verticalScrollBar().value() > 0
    assert not guide.show_section("Нет такого раздела")
    guide.search.setText("Снять отметку о загрузке")
    assert guide.find_next()
    assert guide.browser.textCursor().selectedText() == "Снять отметку о загрузке"
    guide.search.setText("абракадабра")
    assert not guide.find_next()
    assert guide.search_result.text() == "Не найдено"
    guide.close()


def test_refitted_pictures_leave_the_whole_text_scrollable(qtbot):
    """Pictures refitted after the first layout (the scroll bar took its width)
    must not leave Qt's layout short of the end: the last section is reachable."""
    from tbn4_desktop.ui.help.guide import GuideWindow

    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.resize(1366, 728)
    guide.show()
    qtbot.waitExposed(guide)
    guide._fit_images()
    document = guide.browser.document()
    last = document.documentLayout().blockBoundingRect(document.lastBlock())
    assert last.height() > 0
    assert guide.browser.verticalScrollBar().maximum() + guide.browser.viewport().height() >= last.bottom() - 10
    assert guide.show_section("Справка и обозначения") and guide.visible_heading() == "Справка и обозначения"


def test_a_missing_guide_says_so(qtbot, tmp_path):
    from tbn4_desktop.ui.help.guide import MISSING_TEXT, GuideWindow

    guide = GuideWindow(path=tmp_path / "user-guide.md")
    qtbot.addWidget(guide)
    assert guide.browser.toPlainText() == MISSING_TEXT


def test_the_legend_explains_every_status_and_deadline_state_with_its_icon(qtbot, main_window):
    from tbn4_desktop.ui.help.legend import LegendDialog, deadline_rows, status_rows

    main_window.legend_action.trigger()
    legend = main_window.findChild(LegendDialog, "legendDialog")
    assert legend is not None and legend.isVisible()
    expected = [s.label for s in ExecutionStatus] + ["Не применяется"] + [s.label for s in DeadlineState]
    assert legend.words[: len(expected)] == expected
    assert "Срок впереди" in legend.words and "В срок" not in legend.words
    assert legend.words[len(expected) :] == ["Есть", "Не хватает", "Не требуется", "Необязательный"]
    for icon, word, meaning in status_rows() + deadline_rows():
        assert not icon.pixmap(20, 20).isNull(), word
        assert len(meaning) > 20, word
    legend.close()


def test_the_legend_and_the_guide_agree_on_the_words():
    """The guide's «Обозначения» section names every state the legend explains."""
    from tbn4_desktop.ui.help.legend import deadline_rows, status_rows

    text = GUIDE.read_text(encoding="utf-8")
    section = text[text.index("### Обозначения") :]
    section = section[: section.index("\n## ")] if "\n## " in section else section
    for _icon, word, _meaning in status_rows() + deadline_rows():
        assert f"«{word}»" in section, word


def test_every_wizard_page_has_help_to_its_section(qtbot, main_window):
    from tbn4_desktop.ui.subtask_wizard import GUIDE_SECTIONS, PageId

    headings = re.findall(r"^#+ (.+)$", GUIDE.read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert set(GUIDE_SECTIONS) == set(PageId)
    for title in GUIDE_SECTIONS.values():
        assert title in headings, title
    wizard = open_wizard(main_window, "4.2.3")  # intro, documents, review
    assert wizard.testOption(QWizard.WizardOption.HaveHelpButton)
    help_button = wizard.button(QWizard.WizardButton.HelpButton)
    assert help_button.isVisible() and help_button.text().replace("&", "") == "Справка"
    seen = []
    for page in wizard.page_ids():
        while wizard.currentId() != int(page):
            wizard.next() if wizard.currentId() < int(page) else wizard.back()
        qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
        guide = wizard._guide_window
        assert guide.isVisible()
        seen.append(guide.visible_heading())
    assert seen == [GUIDE_SECTIONS[p] for p in wizard.page_ids()]
    assert guide.parent() is wizard  # usable while the wizard is open; closes with it
    wizard.reject()


GUIDE_KK = ROOT / "docs" / "user-guide.kk.md"


@pytest.mark.parametrize(
    "picture",
    sorted(
        {
            picture
            for guide in (GUIDE, GUIDE_KK)
            for picture in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", guide.read_text(encoding="utf-8"))
        }
    ),
)
def test_every_picture_of_the_guide_exists_for_the_windows_build(picture):
    """installer/tbn4.spec bundles both guides' pictures by this same pattern."""
    assert (ROOT / "docs" / picture).is_file()
    spec = (ROOT / "installer" / "tbn4.spec").read_text(encoding="utf-8")
    assert 'for GUIDE in sorted((ROOT / "docs").glob("user-guide*.md")):' in spec
    assert "datas.append((str(GUIDE), \"docs\"))" in spec


def _heading_levels(path: Path) -> list[int]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [len(m.group(1)) for m in re.finditer(r"^(#{1,6}) ", text, flags=re.MULTILINE)]


def test_the_kazakh_guide_has_the_russian_guides_sections():
    """Sections are asked for by their Russian heading and found in the
    Kazakh guide by position: same headings, same levels, same order."""
    assert _heading_levels(GUIDE_KK) == _heading_levels(GUIDE)
    assert len(_heading_levels(GUIDE)) > 20


def test_the_kazakh_interface_opens_the_kazakh_guide_at_the_asked_section(qtbot, tbn4_qapp):
    from tbn4_desktop import i18n
    from tbn4_desktop.ui.help.guide import GuideWindow, guide_path

    i18n.set_language("kk")
    try:
        assert guide_path().name == "user-guide.kk.md"
        window = GuideWindow()
        qtbot.addWidget(window)
        window.show()
        assert window.show_section("Обозначения")
        assert window.visible_heading() == "Белгілер"
        assert window.show_section("Первый запуск")
        assert window.visible_heading() != "Первый запуск" and window.visible_heading() in window.section_titles()
    finally:
        i18n.set_language("ru")
    assert guide_path().name == "user-guide.md"
