"""Every screen in Kazakh: the screenshot renderer's windows, dialogs and
wizard pages are read back widget by widget, and no text may be a Russian
message of ours (or of the catalog) that has a Kazakh translation. The
demo organisation's own data stays as it was typed, in Russian."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from tbn4_desktop import i18n
from tests.test_translations import translations

TAG = re.compile(r"<[^>]+>")


def _model_texts(view: QAbstractItemView, limit: int = 400) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts: list[str] = []

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model's columnCount is private in PySide6
            return 1

    texts += [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(columns(QModelIndex()))]
    stack = [QModelIndex()]
    while stack and len(texts) < limit:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), 100)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
            stack.append(model.index(row, 0, parent))
    return texts


def texts_of(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            texts.append(action.text())
            menu = action.menu()
            texts += [a.text() for a in menu.actions()] if menu else []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
    return [t for t in texts if t and t.strip()]


def russian_matcher():
    """True for a text that is one of our Russian messages (whole, with
    its placeholders filled in) although a Kazakh one exists."""
    merged, _, _, _ = translations.collect(translations.package_modules())
    kazakh = translations.read_ts(translations.TS_DIR / "tbn4_kk.ts")
    exact: set[str] = set()
    patterns: list[str] = []
    for key, message in merged.items():
        entry = kazakh.get(key)
        if message.numerus or entry is None or entry.translation == message.source:
            continue
        source = message.source.replace("&", "").strip()
        if len(source) < 4:
            continue
        if translations.PLACEHOLDER.search(source):
            pieces = translations.PLACEHOLDER.split(source)
            if sum(len(p) for p in pieces) >= 8:
                patterns.append(".+?".join(re.escape(p) for p in pieces))
        else:
            exact.add(source)
    exact |= {ru for ru, kk in i18n._catalog_texts.items() if ru != kk and len(ru) >= 4}
    combined = re.compile("|".join(f"(?:{p})" for p in patterns), re.DOTALL) if patterns else None

    def is_russian(text: str) -> bool:
        plain = html.unescape(TAG.sub("", text)).replace("&", "").strip()
        candidates = {text.replace("&", "").strip(), plain, *(line.strip() for line in plain.splitlines())}
        return any(c in exact or (combined is not None and combined.fullmatch(c)) for c in candidates if c)

    return is_russian


@pytest.fixture
def kazakh(tbn4_qapp):
    from tbn4_desktop.ui.i18n import install_translators

    i18n.set_language("kk")
    install_translators(tbn4_qapp, "kk")
    yield
    i18n.set_language("ru")
    i18n.set_catalog_texts({})
    install_translators(tbn4_qapp, "ru")


def test_every_screen_speaks_kazakh(kazakh, tmp_path, monkeypatch):
    from tbn4_desktop.ui import screenshots

    seen: list[tuple[str, list[str]]] = []
    original = screenshots.save_png

    def scanning(widget, path, **kwargs):
        seen.append((path.name, texts_of(widget.window() if widget.window() is not None else widget)))
        return original(widget, path, **kwargs)

    monkeypatch.setattr(screenshots, "save_png", scanning)
    warnings: list[str] = []
    screenshots.render_all(tmp_path, only={"1.1.3", "2.3.1", "3.1.1"}, isolate_settings=False, warn=warnings.append)
    assert warnings == []
    assert len(seen) > 20
    # The catalog's texts were shown in Kazakh too.
    assert i18n._catalog_texts, "no catalog translation was installed"
    is_russian = russian_matcher()
    russian = sorted({(name, text[:100]) for name, texts in seen for text in texts if is_russian(text)})
    assert russian == []
