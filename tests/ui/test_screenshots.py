"""`tbn4 screenshots`: PNG files named by screen and subtask code, real
images of the right size, refusals in one Russian line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.test_cli import assert_refused, tbn4

# 2.3.1 and 4.2.1 have registers and files but no publication: no links page
WIZARD_PAGES = ["01_intro", "02_data", "03_documents", "04_review"]
MAIN = {
    "main_window.png",
    "main_window_not_applicable.png",
    "dashboard.png",
    "quasi_matrix.png",
    "panel_1.1.3.png",
    "panel_2.1.1.png",
    "panel_3.1.1_Q1.png",
    # as they open on a 1366×768 laptop (a maximized main window less the taskbar and title bar)
    "main_window_1366.png",
    "today_1366.png",
    "dashboard_1366.png",
    "form_app1_1366.png",
}


def _check_image(path: Path, size: tuple[int, int] | None = None) -> None:
    with Image.open(path) as image:
        assert image.format == "PNG"
        if size is not None:
            assert image.size == size, (path.name, image.size)
        else:
            assert image.width >= 600 and image.height >= 300, (path.name, image.size)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
        # A blank or unpainted window has a handful of colours; text alone gives a few dozen.
        assert colours is None or len(colours) > 24, (path.name, len(colours or []))


def test_render_two_subtasks(tmp_path):
    from PySide6.QtWidgets import QApplication

    from tbn4_desktop.ui.screenshots import render_all

    open_before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    shown: list[str] = []
    warnings: list[str] = []
    files = render_all(
        tmp_path,
        only={"2.3.1", "4.2.1"},
        progress=lambda p: shown.append(p.name),
        warn=warnings.append,
        isolate_settings=False,
    )
    names = {p.name for p in files}
    wizards = {f"wizard_{code}_{page}.png" for code in ("2.3.1", "4.2.1") for page in WIZARD_PAGES}
    laptop_wizards = {f"wizard_2.3.1_{page}_1366.png" for page in WIZARD_PAGES}  # 2.3.1: the widest register
    assert names == MAIN | wizards | laptop_wizards
    assert sorted(shown) == sorted(names) and not warnings
    assert {p.name for p in tmp_path.iterdir()} == names
    _check_image(tmp_path / "main_window.png", (1280, 800))
    _check_image(tmp_path / "dashboard.png", (1280, 800))
    for name in wizards:
        _check_image(tmp_path / name, (900, 640))
    _check_image(tmp_path / "main_window_1366.png", (1366, 697))
    _check_image(tmp_path / "today_1366.png", (1366, 697))
    for name in laptop_wizards:
        _check_image(tmp_path / name, (1000, 680))
    _check_image(tmp_path / "form_app1_1366.png", (900, 688))
    _check_image(tmp_path / "quasi_matrix.png")
    assert all(p.stat().st_size < 200 * 1024 for p in files)
    # Nothing left open (windows of earlier tests may still be around).
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in open_before]


def test_a_link_subtask_is_shown_up_to_review(tmp_path):
    """1.1.8 asks for a link only: intro, «Публикации», «Проверка» (no documents page)."""
    from tbn4_desktop.ui.screenshots import render_all

    names = {p.name for p in render_all(tmp_path, only=["1.1.8"], isolate_settings=False)}
    assert {n for n in names if n.startswith("wizard_")} == {
        "wizard_1.1.8_01_intro.png",
        "wizard_1.1.8_02_links.png",
        "wizard_1.1.8_03_review.png",
    }


def test_unknown_or_not_applicable_code_is_refused(tmp_path):
    from tbn4_desktop.ui.screenshots import ScreenshotError, render_all

    with pytest.raises(ScreenshotError, match="нет в каталоге"):
        render_all(tmp_path, only=["9.9.9"], isolate_settings=False)
    with pytest.raises(ScreenshotError, match="не применяется"):
        render_all(tmp_path, only=["4.1.3"], isolate_settings=False)
    assert not list(tmp_path.iterdir())


def test_cli_writes_the_files_and_a_summary(tmp_path):
    out = tmp_path / "снимки"
    proc = tbn4("screenshots", "--out", out, "--only", "2.3.1", env={"QT_QPA_PLATFORM": ""}, timeout=180)
    assert proc.returncode == 0, proc.err
    lines = proc.out.splitlines()
    # 2.3.1 twice: as the other wizards and as it opens on a 1366×768 laptop
    assert lines[-1].startswith(f"Снимков экрана: {len(MAIN) + 2 * len(WIZARD_PAGES)}, папка {out}, ")
    assert set(lines[:-1]) == {p.name for p in out.iterdir()}
    assert "wizard_2.3.1_02_data.png" in lines
    assert proc.err == ""
    _check_image(out / "wizard_2.3.1_02_data.png", (900, 640))


@pytest.mark.parametrize(
    "args, starts_with",
    [
        (["--only", "9.9.9"], "Подзадачи «9.9.9» нет в каталоге"),
        (["--only", ","], "После --only укажите коды подзадач"),
    ],
)
def test_cli_refuses_bad_codes(tmp_path, args, starts_with):
    assert_refused(tbn4("screenshots", "--out", tmp_path, *args), starts_with)


def test_cli_refuses_a_file_or_an_unwritable_folder(tmp_path, unwritable_dir):
    target = tmp_path / "снимок.png"
    target.write_bytes(b"")
    assert_refused(tbn4("screenshots", "--out", target), f"«{target}» — это файл, а не папка")
    assert_refused(tbn4("screenshots", "--out", unwritable_dir / "новая"), "Не удалось создать папку")
    assert_refused(tbn4("screenshots", "--out", unwritable_dir), "В папку")


def test_the_demo_order_gives_the_signature_details_picture(tmp_path):
    from tbn4_desktop.ui.screenshots import SIGNATURE_SHOT, render_all

    files = render_all(tmp_path, only={"1.1.2"}, progress=lambda p: None, warn=lambda w: None, isolate_settings=False)
    assert tmp_path / SIGNATURE_SHOT in files
    _check_image(tmp_path / SIGNATURE_SHOT, (720, 560))
