"""The `tbn4` command (contract in PRODUCT.md): the argument parser and the
dispatch. Thin: each command lives in a cli_* module, imported only when it
runs (`_lazy`, `_evidence`), and calls services.

Exit codes: 0 success; 1 refused input (one clear line on stderr); 2 usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable

from tbn4_desktop.cli_args import (
    Refused,
    RussianArgumentParser,
    output_path,
    parse_date,
    parse_date_or_none,
    parse_year,
    russian_messages,
)

# The shared helpers, also importable from here as before (cli_context).
from tbn4_desktop.cli_context import _data_dir as _data_dir
from tbn4_desktop.cli_context import _open as _open
from tbn4_desktop.cli_context import _refusals as _refusals
from tbn4_desktop.console import quiet_library_logs, utf8_console
from tbn4_desktop.i18n import LANGUAGES, tr
from tbn4_desktop.language import apply_language, language_for

# A YEAR or DATE value goes through one parser (cli_args), at parse time.
_parse_date = parse_date
_parse_year = parse_year


def _data_dir_parent() -> RussianArgumentParser:
    # Of the subcommands' class for typing only: a parent lends its options, it never parses.
    parent = RussianArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=tr("папка данных (база, вложения, резервные копии)"),
    )
    parent.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=tr("язык сообщений: ru или kk (по умолчанию — выбранный в программе)"),
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _data_dir_parent()
    parser = RussianArgumentParser(prog="tbn4", parents=[common], description=tr("ТБН-4: исполнение проектов"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # `writes=True`: the command writes to the data folder, and run() holds
    # the folder's single-writer lock (shared with the app) around it.
    # restore and check --repair take it themselves; backup only reads the
    # database and takes the backup lock instead (instance_lock.py).

    gui = sub.add_parser("gui", parents=[common], help=tr("запустить приложение (по умолчанию)"))
    gui.add_argument(
        "--exit-after-start", action="store_true", help=tr("открыть главное окно и сразу выйти (проверка сборки)")
    )
    gui.set_defaults(func=cmd_gui)

    catalog = sub.add_parser("catalog", parents=[common], help=tr("каталог подзадач ТБН №4"))
    catalog.add_argument("--year", type=parse_year)
    catalog.add_argument("--json", action="store_true")
    catalog.set_defaults(func=_lazy("cli_catalog", "cmd_catalog"))

    demo = sub.add_parser("demo", parents=[common], help=tr("заполнить папку данных демонстрационными данными"))
    demo.add_argument("--year", type=parse_year)
    demo.set_defaults(func=_lazy("cli_catalog", "cmd_demo"), writes=True)

    export = sub.add_parser("export", parents=[common], help=tr("пакет для загрузки в ИСПУ"))
    export.add_argument("--year", type=parse_year, required=True)
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=output_path, metavar="FILE.zip", help=tr("пакет в виде ZIP-файла"))
    target.add_argument(
        "--folder", type=output_path, metavar="DIR", help=tr("пакет в виде обычной папки (новой или пустой)")
    )
    export.add_argument("--org", type=int, metavar="ID")
    part = export.add_mutually_exclusive_group()
    part.add_argument("--project", type=int, metavar="N", help=tr("только проект N"))
    part.add_argument("--changed", action="store_true", help=tr("только изменённое с прошлой выгрузки"))
    export.add_argument(
        "--strict", action="store_true", help=tr("не формировать пакет, если проверка нашла замечания (код выхода 1)")
    )
    export.set_defaults(func=_lazy("cli_bundles", "cmd_export"), writes=True)  # the export is recorded

    workdays = sub.add_parser("workdays", parents=[common], help=tr("рабочие дни Казахстана"))
    wsub = workdays.add_subparsers(dest="workdays_command", metavar="ACTION", required=True)
    wadd = wsub.add_parser("add", parents=[common], help=tr("дата плюс N рабочих дней (N может быть отрицательным)"))
    wadd.add_argument("date", type=parse_date, metavar="DATE", help=tr("дата ГГГГ-ММ-ДД"))
    wadd.add_argument("n", metavar="N", help=tr("число рабочих дней"))
    wadd.add_argument("--json", action="store_true")
    wadd.set_defaults(func=_lazy("cli_calendar", "cmd_workdays_add"))
    wcount = wsub.add_parser("count", parents=[common], help=tr("рабочие дни с FROM по TO включительно"))
    wcount.add_argument("start", type=parse_date, metavar="FROM", help=tr("дата ГГГГ-ММ-ДД"))
    wcount.add_argument("end", type=parse_date, metavar="TO", help=tr("дата ГГГГ-ММ-ДД"))
    wcount.add_argument("--json", action="store_true")
    wcount.set_defaults(func=_lazy("cli_calendar", "cmd_workdays_count"))
    wlist = wsub.add_parser("list", parents=[common], help=tr("праздники, переносы и рабочие выходные года"))
    wlist.add_argument("year", type=parse_year, metavar="YEAR", help=tr("год"))
    wlist.add_argument("--json", action="store_true")
    wlist.set_defaults(func=_lazy("cli_calendar", "cmd_workdays_list"))

    deadlines = sub.add_parser("deadlines", parents=[common], help=tr("сроки подзадач текущей организации"))
    deadlines.add_argument("--year", type=parse_year, metavar="YEAR", help=tr("год (по умолчанию — год даты --as-of)"))
    deadlines.add_argument(
        "--as-of",
        type=parse_date,
        metavar="DATE",
        dest="as_of",
        help=tr("на какую дату (ГГГГ-ММ-ДД), по умолчанию сегодня"),
    )
    deadlines.add_argument("--json", action="store_true")
    deadlines.set_defaults(func=_lazy("cli_calendar", "cmd_deadlines"))

    form = sub.add_parser(
        "form", parents=[common], help=tr("официальная форма (Приложения 1–5, опись) в DOCX, PDF или XLSX")
    )
    form.add_argument("name", metavar="NAME", help=tr("app1 … app5 или inventory"))
    form.add_argument(
        "--out",
        type=output_path,
        required=True,
        metavar="FILE.{docx,pdf,xlsx}",
        help=tr("файл формы; формат по расширению"),
    )
    form.add_argument(
        "--year", type=parse_year, metavar="YEAR", help=tr("год (по умолчанию — последний год организации)")
    )
    form.add_argument("--org", metavar="BIN", help=tr("БИН организации (по умолчанию — текущая)"))
    form.add_argument("--subtask", metavar="CODE", help=tr("только эта подзадача (Приложение №1), например 2.2.1"))
    form.add_argument(
        "--period", metavar="PERIOD", help=tr("только этот период: Q1…Q4, M01…M12 (Приложение №2 — всегда за квартал)")
    )
    form.add_argument(
        "--consolidated", action="store_true", help=tr("сводная форма организации и её подведомственных (app1, app3)")
    )
    form.set_defaults(func=_lazy("cli_form", "cmd_form"))

    shots = sub.add_parser(
        "screenshots", parents=[common], help=tr("снимки экрана всех окон и мастеров на демонстрационных данных (PNG)")
    )
    shots.add_argument("--out", type=output_path, required=True, metavar="DIR", help=tr("папка для PNG-файлов"))
    shots.add_argument("--only", metavar="CODE[,CODE…]", help=tr("мастера только этих подзадач, через запятую"))
    shots.set_defaults(func=_lazy("cli_screenshots", "cmd_screenshots"))

    imp = sub.add_parser("import", parents=[common], help=tr("принять пакет подведомственной организации (импорт)"))
    imp.add_argument("file", metavar="FILE.zip", help=tr("пакет, выгруженный подведомственной организацией"))
    imp.add_argument(
        "--add-subordinate",
        action="store_true",
        dest="add_subordinate",
        help=tr("добавить организацию пакета как подведомственную, если её ещё нет"),
    )
    imp.set_defaults(func=_lazy("cli_bundles", "cmd_import"), writes=True)

    sig = sub.add_parser("signature", parents=[common], help=tr("сведения об электронной цифровой подписи (ЭЦП)"))
    sig.add_argument("file", metavar="FILE", help=tr("файл подписи CMS (PKCS#7): .cms, .sig, .p7s"))
    sig.add_argument("--data", metavar="FILE", help=tr("подписанный документ (для отделённой подписи)"))
    sig.add_argument("--crl", metavar="FILE", help=tr("список отзыва сертификатов (CRL), скачанный с сайта НУЦ РК"))
    sig.add_argument("--json", action="store_true")
    sig.set_defaults(func=_lazy("cli_signature", "cmd_signature"))
    _add_evidence_commands(sub, common)
    _add_safety_commands(sub, common)
    return parser


def _lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command implemented in tbn4_desktop.<module>, imported only when it runs."""

    def run_command(args: argparse.Namespace) -> int:
        import importlib

        return getattr(importlib.import_module(f"tbn4_desktop.{module}"), name)(args)

    return run_command


def _add_safety_commands(sub, common: argparse.ArgumentParser) -> None:  # noqa: ANN001 - argparse's private type
    """Backups, restore, the data check and the journal of changes."""
    backup = sub.add_parser("backup", parents=[common], help=tr("сделать резервную копию сейчас"))
    backup.add_argument("--out", metavar="DIR", help=tr("папка резервных копий (по умолчанию — из настроек)"))
    backup.set_defaults(func=_lazy("cli_backup", "cmd_backup"))
    backups = sub.add_parser("backups", parents=[common], help=tr("список резервных копий"))
    backups.add_argument("--json", action="store_true")
    backups.set_defaults(func=_lazy("cli_backup", "cmd_backups"))
    restore = sub.add_parser("restore", parents=[common], help=tr("восстановить данные из резервной копии"))
    restore.add_argument("backup", metavar="BACKUP", help=tr("папка резервной копии (или её имя из tbn4 backups)"))
    restore.set_defaults(func=_lazy("cli_backup", "cmd_restore"))
    check = sub.add_parser("check", parents=[common], help=tr("проверка данных (код выхода 1 — найдены проблемы)"))
    check.add_argument(
        "--repair", action="store_true", help=tr("убрать лишнее в карантин и удалить временные файлы программы")
    )
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=_lazy("cli_check", "cmd_check"))
    journal = sub.add_parser("journal", parents=[common], help=tr("журнал изменений"))
    journal.add_argument("--code", metavar="CODE", help=tr("только эта подзадача"))
    journal.add_argument("--year", metavar="YEAR", help=tr("только этот год"))
    journal.add_argument("--xlsx", metavar="FILE.xlsx", help=tr("сохранить журнал в XLSX"))
    journal.add_argument("--json", action="store_true")
    journal.set_defaults(func=_lazy("cli_journal", "cmd_journal"))


def _evidence(name: str) -> Callable[[argparse.Namespace], int]:
    """A command of cli_evidence, imported only when it runs."""

    def run_command(args: argparse.Namespace) -> int:
        from tbn4_desktop import cli_evidence

        return getattr(cli_evidence, name)(args)

    return run_command


def _add_evidence_commands(sub, common: argparse.ArgumentParser) -> None:  # noqa: ANN001 - argparse's private type
    """Setting up the organisation and filling a year's checklists (cli_evidence)."""
    year = argparse.ArgumentParser(add_help=False)
    year.add_argument("--year", type=parse_year, metavar="YEAR", help=tr("год плана (по умолчанию — текущий)"))
    slot = argparse.ArgumentParser(add_help=False, parents=[common, year])
    slot.add_argument("code", metavar="CODE", help=tr("код подзадачи, например 1.1.2"))
    slot.add_argument("--period", metavar="PERIOD", help=tr("период: Q1…Q4 или M01…M12 (не указывается для годовых)"))

    def action(parent, name: str, help_: str, func: str, parents=(common,), writes=True):  # noqa: ANN001, ANN202
        p = parent.add_parser(name, parents=list(parents), help=help_)
        p.set_defaults(func=_evidence(func), writes=writes)
        return p

    def group(name: str, help_: str):  # noqa: ANN202
        return sub.add_parser(name, parents=[common], help=help_).add_subparsers(
            dest=f"{name}_command", metavar="ACTION", required=True
        )

    org = group("org", tr("организация папки данных"))
    init = action(org, "init", tr("создать организацию (в пустой папке данных)"), "org_init")
    init.add_argument("--name", required=True, help=tr("наименование организации"))
    init.add_argument("--bin", required=True, metavar="BIN", help=tr("БИН (12 цифр)"))
    init.add_argument("--level", required=True, metavar="LEVEL", help=tr("central, oblast, district или quasi"))
    init.add_argument("--parent", metavar="NAME", help=tr("вышестоящий (курирующий) орган; не нужен для central"))
    init.add_argument(
        "--parent-level",
        metavar="LEVEL",
        dest="parent_level",
        help=tr("уровень вышестоящего органа (по умолчанию: oblast, для central — central)"),
    )

    signatory = group("signatory", tr("подписанты организации"))
    add = action(signatory, "add", tr("добавить подписанта"), "signatory_add")
    add.add_argument("full_name", metavar=tr("Ф.И.О."))
    add.add_argument("--position", required=True, help=tr("должность полностью"))
    add.add_argument(
        "--role",
        required=True,
        metavar="ROLE",
        help=tr("first_head, deputy_head, chief_of_staff, district_akim или ethics_commissioner"),
    )
    add.add_argument(
        "--iin",
        default="",
        metavar="IIN",
        help=tr("ИИН подписанта (необязательно): по нему узнаётся подписант в сертификате ЭЦП"),
    )
    action(signatory, "list", tr("список подписантов"), "signatory_list", writes=False).add_argument(
        "--json", action="store_true"
    )

    answers = group("applicability", tr("вопросы о применимости подзадач (на год)"))
    aset = action(answers, "set", tr("ответить на вопрос"), "applicability_set", (common, year))
    aset.add_argument("key", metavar="KEY", help=tr("ключ вопроса (tbn4 applicability list)"))
    aset.add_argument("answer", metavar="yes|no|none", help=tr("да, нет или снять ответ"))
    action(answers, "list", tr("вопросы и ответы"), "applicability_list", (common, year), writes=False).add_argument(
        "--json", action="store_true"
    )

    supervised = group("supervised", tr("курируемые субъекты квазигосударственного сектора"))
    sadd = action(supervised, "add", tr("добавить курируемую организацию"), "supervised_add")
    sadd.add_argument("name", metavar="NAME")
    sadd.add_argument("--bin", metavar="BIN")
    action(supervised, "remove", tr("убрать курируемую организацию"), "supervised_remove").add_argument(
        "name", metavar="NAME"
    )
    action(supervised, "list", tr("список курируемых организаций"), "supervised_list", writes=False).add_argument(
        "--json", action="store_true"
    )

    attach = action(sub, "attach", tr("приложить файл к документу подзадачи"), "attach", (slot,))
    attach.add_argument("file", metavar="FILE")
    attach.add_argument("--doc", required=True, metavar="KEY", help=tr("ключ документа (tbn4 catalog --json)"))
    attach.add_argument("--signer", metavar=tr("Ф.И.О."), help=tr("кто подписал (утвердил) документ"))
    attach.add_argument("--date", type=parse_date, metavar="DATE", help=tr("дата документа ГГГГ-ММ-ДД"))
    attach.add_argument("--draft", action="store_true", help=tr("проект документа без подписи"))

    kind = action(sub, "file-kind", tr("изменить вид приложенного файла"), "file_kind", (slot,))
    kind.add_argument("file", metavar="NAME", help=tr("имя приложенного файла, например «Приказ.pdf»"))
    kind.add_argument("--doc", required=True, metavar="KEY", help=tr("ключ документа"))
    kind.add_argument("--kind", required=True, metavar="KIND", help=tr("signed_scan, draft или supporting"))

    link = action(sub, "link", tr("добавить ссылку на публикацию"), "link", (slot,))
    link.add_argument("url", metavar="URL")
    link.add_argument("--doc", required=True, metavar="KEY", help=tr("ключ документа-ссылки"))
    link.add_argument("--channel", metavar="CHANNEL", help=tr("site, media или social"))
    link.add_argument("--date", type=parse_date, metavar="DATE", help=tr("дата публикации ГГГГ-ММ-ДД"))

    waive = action(sub, "waive", tr("отметить документ «не требуется»"), "waive", (slot,))
    waive.add_argument("--doc", required=True, metavar="KEY", help=tr("ключ документа"))
    reason = waive.add_mutually_exclusive_group(required=True)
    reason.add_argument("--reason", metavar="TEXT", help=tr("причина, которую допускает Инструкция"))
    reason.add_argument("--undo", action="store_true", help=tr("снять отметку"))

    anchor = group("anchor", tr("даты событий, от которых считаются сроки"))
    aset = action(anchor, "set", tr("указать дату события"), "anchor_set", (common, year))
    aset.add_argument("name", metavar="NAME", help=tr("analysis_start, analysis_end, report_signed или plan_approved"))
    aset.add_argument("date", type=parse_date_or_none, metavar="DATE", help=tr("дата ГГГГ-ММ-ДД или none"))

    due = group("due", tr("сроки из Карты реализации"))
    dset = action(due, "set", tr("указать срок подзадачи по Карте"), "due_set", (slot,))
    dset.add_argument("date", type=parse_date_or_none, metavar="DATE", help=tr("дата ГГГГ-ММ-ДД или none"))

    karta = group("karta", tr("Карта реализации (XLSX)"))
    action(
        karta, "import", tr("импортировать сроки из заполненной Карты"), "karta_import", (common, year)
    ).add_argument("file", metavar="FILE.xlsx")

    action(sub, "complete", tr("отметить подзадачу «Готово к загрузке»"), "complete", (slot,))

    up = action(sub, "uploaded", tr("отметить загрузку в ИСПУ"), "uploaded", (slot,))
    up.add_argument("--on", type=parse_date, required=True, metavar="DATE", help=tr("дата загрузки ГГГГ-ММ-ДД"))
    up.add_argument("--number", metavar="N", help=tr("номер в ИСПУ"))

    st = action(
        sub, "status", tr("исполнение года: документы, сроки, загрузка в ИСПУ"), "status", (common, year), writes=False
    )
    st.add_argument(
        "--as-of",
        type=parse_date,
        metavar="DATE",
        dest="as_of",
        help=tr("на какую дату (ГГГГ-ММ-ДД), по умолчанию сегодня"),
    )
    st.add_argument("--json", action="store_true")


def run(argv: list[str]) -> int:
    utf8_console()
    quiet_library_logs()
    # Before the parser is built: its help and refusals are translated too.
    apply_language(language_for(argv))
    try:
        with russian_messages():
            args = build_parser().parse_args(argv)  # exits 2 on a usage error
        func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
        if not hasattr(args, "exit_after_start"):
            args.exit_after_start = False
        if getattr(args, "writes", False):
            return _run_writer(func, args)
        return func(args)
    except Refused as exc:
        print(f"tbn4: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (`tbn4 catalog --json | head`):
        # not an error of ours; keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run_writer(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """A command that writes to the data folder holds its single-writer
    lock (shared with the app) while it runs."""
    from tbn4_desktop.instance_lock import hold_write_lock
    from tbn4_desktop.store_errors import StoreError

    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(hold_write_lock(_data_dir(args)))
        except StoreError as exc:
            raise Refused(str(exc)) from None
        return func(args)


def cmd_gui(args: argparse.Namespace) -> int:
    from tbn4_desktop.ui.app import run_gui

    # An explicit --lang is a choice for this run: the first start's
    # language question is not put then.
    return run_gui(_data_dir(args), exit_after_start=args.exit_after_start, ask_language=not hasattr(args, "lang"))
