"""The short way into the app: `tbn4-gui`, a bare `tbn4` and `tbn4 gui …`
with only the options `gui` takes start the window without building the
whole command parser (cli.py and its subcommands cost about a tenth of the
start-up budget).

Only the exact spellings below are taken here; anything else (help, an
abbreviation, a typo, a repeated option, another command) returns None and
goes to the full parser, which accepts or explains it as it always did.
tests/test_gui_start.py checks that both read the same command lines alike.
"""

from __future__ import annotations

from typing import NamedTuple

from tbn4_desktop.i18n import LANGUAGES

VALUE_OPTIONS = ("--data-dir", "--lang")
EXIT_AFTER_START = "--exit-after-start"


class GuiStart(NamedTuple):  # not a dataclass: five times cheaper to create, on the start-up path
    data_dir: str | None
    lang: str | None
    exit_after_start: bool


def parse_gui_start(argv: list[str]) -> GuiStart | None:
    """The GUI start `argv` asks for, or None when it is not a plain one."""
    values: dict[str, str] = {}
    command_seen = False
    exit_after_start = False
    index = 0
    while index < len(argv):
        arg = argv[index]
        name, equals, value = arg.partition("=")
        if arg == "gui" and not command_seen:
            command_seen = True
        elif arg == EXIT_AFTER_START and command_seen and not exit_after_start:
            exit_after_start = True
        elif name in VALUE_OPTIONS and name not in values:
            if not equals:
                index += 1
                if index == len(argv):
                    return None
                value = argv[index]
            if not value or value.startswith("-"):
                return None
            values[name] = value
        else:
            return None
        index += 1
    lang = values.get("--lang")
    if lang is not None and lang not in LANGUAGES:
        return None
    return GuiStart(values.get("--data-dir"), lang, exit_after_start)


def run(start: GuiStart, argv: list[str]) -> int:
    from tbn4_desktop.console import utf8_console
    from tbn4_desktop.language import apply_language, language_for
    from tbn4_desktop.paths import resolve_data_dir
    from tbn4_desktop.ui.app import mark_phase, run_gui

    mark_phase("entry")
    utf8_console()
    apply_language(language_for(argv))
    mark_phase("language")
    # An explicit --lang is a choice for this run: the first start's
    # language question is not put then.
    return run_gui(
        resolve_data_dir(start.data_dir), exit_after_start=start.exit_after_start, ask_language=start.lang is None
    )
