"""The short way into the app (gui_start) reads a GUI command line exactly
as the full parser does, and leaves every other command line to it."""

from __future__ import annotations

import itertools

import pytest

from tbn4_desktop.cli import build_parser, cmd_gui
from tbn4_desktop.gui_start import GuiStart, parse_gui_start


def _full_parser(argv: list[str]) -> GuiStart | None:
    """What the full parser makes of argv: a GUI start, or None for another
    command (or a usage error)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit:
        return None
    if getattr(args, "func", cmd_gui) is not cmd_gui:
        return None
    return GuiStart(
        getattr(args, "data_dir", None), getattr(args, "lang", None), args.__dict__.get("exit_after_start", False)
    )


PIECES = (
    ["gui"],
    ["--data-dir", "/tmp/данные"],
    ["--data-dir=D:\\ТБН"],
    ["--lang", "kk"],
    ["--lang=ru"],
    ["--exit-after-start"],
)


def _command_lines() -> list[list[str]]:
    lines = []
    for count in range(len(PIECES) + 1):
        for combo in itertools.permutations(PIECES, count):
            lines.append([arg for piece in combo for arg in piece])
    return lines


def test_every_command_line_the_short_way_takes_means_the_same_to_the_full_parser(capsys):
    taken = 0
    for argv in _command_lines():
        start = parse_gui_start(argv)
        if start is not None:
            taken += 1
            assert _full_parser(argv) == start, argv
    capsys.readouterr()  # the parser's usage errors for the lines it refuses
    # The plain starts are all taken: the shortcut is not dead code.
    assert parse_gui_start([]) == GuiStart(None, None, False)
    assert parse_gui_start(["gui", "--exit-after-start"]) == GuiStart(None, None, True)
    assert parse_gui_start(["--data-dir", "x", "gui", "--lang", "kk"]) == GuiStart("x", "kk", False)
    assert taken > 100


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["gui", "--help"],
        ["status"],
        ["gui", "gui"],
        ["--exit-after-start"],  # only the gui command takes it
        ["--exit-after-start", "gui"],
        ["gui", "--exit-after-start", "--exit-after-start"],
        ["--data", "x"],  # argparse's abbreviations are the full parser's business
        ["--data-dir"],
        ["--data-dir", ""],
        ["--data-dir", "--lang", "kk"],
        ["--data-dir", "a", "gui", "--data-dir", "b"],
        ["--lang", "en"],
        ["--lang=de", "gui"],
        ["gui", "extra"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv):
    assert parse_gui_start(argv) is None
