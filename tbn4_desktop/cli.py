"""The `tbn4` command (contract in PRODUCT.md). Thin: parses, calls services.

Exit codes: 0 success; 1 refused input (one clear line on stderr); 2 usage.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from tbn4_desktop.cli_args import (
    Refused,
    RussianArgumentParser,
    output_path,
    parse_date,
    parse_date_or_none,
    parse_year,
    russian_messages,
)
from tbn4_desktop.i18n import LANGUAGES, tc, tr
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
    catalog.set_defaults(func=cmd_catalog)

    demo = sub.add_parser("demo", parents=[common], help=tr("заполнить папку данных демонстрационными данными"))
    demo.add_argument("--year", type=parse_year)
    demo.set_defaults(func=cmd_demo, writes=True)

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
    export.set_defaults(func=cmd_export, writes=True)  # the export is recorded

    workdays = sub.add_parser("workdays", parents=[common], help=tr("рабочие дни Казахстана"))
    wsub = workdays.add_subparsers(dest="workdays_command", metavar="ACTION", required=True)
    wadd = wsub.add_parser("add", parents=[common], help=tr("дата плюс N рабочих дней (N может быть отрицательным)"))
    wadd.add_argument("date", type=parse_date, metavar="DATE", help=tr("дата ГГГГ-ММ-ДД"))
    wadd.add_argument("n", metavar="N", help=tr("число рабочих дней"))
    wadd.add_argument("--json", action="store_true")
    wadd.set_defaults(func=cmd_workdays_add)
    wcount = wsub.add_parser("count", parents=[common], help=tr("рабочие дни с FROM по TO включительно"))
    wcount.add_argument("start", type=parse_date, metavar="FROM", help=tr("дата ГГГГ-ММ-ДД"))
    wcount.add_argument("end", type=parse_date, metavar="TO", help=tr("дата ГГГГ-ММ-ДД"))
    wcount.add_argument("--json", action="store_true")
    wcount.set_defaults(func=cmd_workdays_count)
    wlist = wsub.add_parser("list", parents=[common], help=tr("праздники, переносы и рабочие выходные года"))
    wlist.add_argument("year", type=parse_year, metavar="YEAR", help=tr("год"))
    wlist.add_argument("--json", action="store_true")
    wlist.set_defaults(func=cmd_workdays_list)

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
    deadlines.set_defaults(func=cmd_deadlines)

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
    form.set_defaults(func=cmd_form)

    shots = sub.add_parser(
        "screenshots", parents=[common], help=tr("снимки экрана всех окон и мастеров на демонстрационных данных (PNG)")
    )
    shots.add_argument("--out", type=output_path, required=True, metavar="DIR", help=tr("папка для PNG-файлов"))
    shots.add_argument("--only", metavar="CODE[,CODE…]", help=tr("мастера только этих подзадач, через запятую"))
    shots.set_defaults(func=cmd_screenshots)

    imp = sub.add_parser("import", parents=[common], help=tr("принять пакет подведомственной организации (импорт)"))
    imp.add_argument("file", metavar="FILE.zip", help=tr("пакет, выгруженный подведомственной организацией"))
    imp.add_argument(
        "--add-subordinate",
        action="store_true",
        dest="add_subordinate",
        help=tr("добавить организацию пакета как подведомственную, если её ещё нет"),
    )
    imp.set_defaults(func=cmd_import, writes=True)

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


def _utf8_console() -> None:
    """Russian text must survive a Windows console or a redirected stream
    whose code page is not UTF-8 (cp866/cp1251)."""
    for stream in (sys.stdout, sys.stderr):
        if (
            stream is not None
            and hasattr(stream, "reconfigure")
            and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8"
        ):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8", errors="replace")


def run(argv: list[str]) -> int:
    _utf8_console()
    # A library's own warning (pypdf: «EOF marker not found» for a broken
    # scan) must not become a second stderr line: the refusal says it in Russian.
    logging.getLogger("pypdf").addHandler(logging.NullHandler())
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


def _data_dir(args: argparse.Namespace):  # noqa: ANN202
    from tbn4_desktop.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def cmd_gui(args: argparse.Namespace) -> int:
    from tbn4_desktop.ui.app import run_gui

    # An explicit --lang is a choice for this run: the first start's
    # language question is not put then.
    return run_gui(_data_dir(args), exit_after_start=args.exit_after_start, ask_language=not hasattr(args, "lang"))


@contextlib.contextmanager
def _refusals() -> Iterator[None]:
    """Domain errors carry one Russian sentence for the user: show it, exit 1."""
    from tbn4_desktop.core.attachments import AttachmentError
    from tbn4_desktop.core.bundle import BundleCancelled, BundleError
    from tbn4_desktop.core.catalog import CatalogError
    from tbn4_desktop.core.validation import ValidationError
    from tbn4_desktop.services.demo import DemoError
    from tbn4_desktop.services.export import ExportError
    from tbn4_desktop.store import StoreError

    try:
        yield
    except (
        StoreError,
        CatalogError,
        ExportError,
        AttachmentError,
        ValidationError,
        DemoError,
        BundleError,
        BundleCancelled,
    ) as exc:
        raise Refused(" ".join(str(exc).split())) from exc


def _open(args: argparse.Namespace):  # noqa: ANN202 - AppContext, imported lazily
    from tbn4_desktop.services.context import open_app

    return open_app(_data_dir(args))


def cmd_catalog(args: argparse.Namespace) -> int:
    from datetime import date

    from tbn4_desktop.core.catalog_json import subtask_to_dict
    from tbn4_desktop.services.catalogs import load_catalogs

    with _refusals():
        registry, _problems = load_catalogs(_data_dir(args))
    catalog = _catalog_for_year(registry, date.today().year if args.year is None else args.year)
    if args.json:
        print(json.dumps([subtask_to_dict(s) for s in catalog.subtasks()], ensure_ascii=False, indent=2))
        return 0
    print(
        tr("{title} (каталог {id}, версия {version}, {year} год)").format(
            title=tc(catalog.title), id=catalog.id, version=catalog.version, year=catalog.year
        )
    )
    width = max(len(p.label) for p in {s.periodicity for s in catalog.subtasks()})
    for project in catalog.projects:
        print("\n" + tr("Проект {number}. {title}").format(number=project.number, title=tc(project.title)))
        for task in project.tasks:
            print("  " + tr("Задача {code}. {title}").format(code=task.code, title=tc(task.title)))
            for s in task.subtasks:
                print(f"    {s.code:<7} {s.periodicity.label:<{width}}  {tc(s.title)}")
    print("\n" + tr("Всего подзадач: {count}.").format(count=len(catalog.subtasks())))
    return 0


def _catalog_for_year(registry, year: int):  # noqa: ANN001, ANN202 - CatalogRegistry, Catalog
    """The catalog of `year`, or a refusal saying which years have one."""
    from tbn4_desktop.core.catalog import CatalogNotFoundError
    from tbn4_desktop.core.workdays import YEAR_MAX

    try:
        return registry.for_year(year)
    except CatalogNotFoundError:
        years = registry.years()
        if not years:
            raise Refused(
                tr("Нет ни одного каталога ТБН №4: переустановите программу или импортируйте Карту реализации.")
            ) from None
        raise Refused(
            tr(
                "Нет каталога ТБН №4 на {year} год: каталоги есть на годы с {first} по {last}; "
                "укажите один из них или импортируйте Карту реализации на {year} год."
            ).format(year=year, first=years[0], last=YEAR_MAX)
        ) from None


def _demo_year(args: argparse.Namespace) -> int:
    """The demo's year: one a catalog covers, not in the future. Checked
    before the data folder is opened, so a refusal creates nothing."""
    from datetime import date

    from tbn4_desktop.core.catalog import builtin_catalog_dir
    from tbn4_desktop.core.catalog_registry import CatalogRegistry
    from tbn4_desktop.services.catalogs import USER_CATALOGS_DIR

    today = date.today().year
    year = today if args.year is None else args.year
    registry, _problems = CatalogRegistry.from_dirs(builtin_catalog_dir(), _data_dir(args) / USER_CATALOGS_DIR)
    first = min(registry.years(), default=today)
    if not first <= year <= today:
        raise Refused(
            tr(
                "Демонстрационные данные создаются за год с {first} по {last}, а не за {year}: "
                "укажите один из этих годов."
            ).format(first=first, last=today, year=year)
        )
    return year


def cmd_demo(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.demo import create_demo

    year = _demo_year(args)
    with _refusals():
        ctx = _open(args)
        try:
            org = create_demo(ctx, year)
        finally:
            ctx.close()
    print(
        tr("Демонстрационные данные созданы: «{name}», {year} год, папка данных {folder}.").format(
            name=org.name, year=year, folder=ctx.data_dir
        )
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.export import (
        ExportScope,
        NothingToExport,
        ScopeKind,
        export_bundle,
        export_preflight,
    )

    if args.changed:
        scope = ExportScope(ScopeKind.CHANGED)
    elif args.project is not None:
        scope = ExportScope.of_project(args.project)
    else:
        scope = ExportScope()
    target = args.folder or args.out
    with _refusals():
        ctx = _open(args)
        try:
            issues = export_preflight(ctx, args.org, args.year, scope)
            if issues and args.strict:
                _print_issues(issues)
                raise Refused(
                    tr("Проверка перед выгрузкой: замечаний {count}; пакет не сформирован (--strict).").format(
                        count=len(issues)
                    )
                )
            try:
                result = export_bundle(ctx, args.org, args.year, target, scope=scope, folder=bool(args.folder))
            except NothingToExport as exc:
                print(exc)
                return 0
        finally:
            ctx.close()
    # After the bundle is written, so that a refusal stays the only line on stderr.
    _print_issues(issues)
    print(result.path)
    megabytes = f"{result.bytes / (1024 * 1024):.1f}".replace(".", ",")
    values = {
        "year": args.year,
        "items": result.items,
        "ready": result.ready_items,
        "files": result.files,
        "size": megabytes,
    }
    if scope.kind is ScopeKind.YEAR:
        print(
            tr(
                "Пакет за {year} год: подзадач и периодов {items} (готово к загрузке {ready}), "
                "файлов {files}, {size} МБ."
            ).format(**values)
        )
    else:
        print(
            tr(
                "Пакет за {year} год ({scope}): подзадач и периодов {items} (готово к загрузке {ready}), "
                "файлов {files}, {size} МБ."
            ).format(scope=scope.label, **values)
        )
    return 0


def _print_issues(issues: list) -> None:
    for issue in issues:
        print(
            tr("Замечание: {code} {period}: {text}").format(code=issue.code, period=issue.period_text, text=issue.text),
            file=sys.stderr,
        )


def _parse_int(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise Refused(tr("«{text}» — не целое число ({what}).").format(text=text, what=what)) from None


@contextlib.contextmanager
def _calendar_refusals() -> Iterator[None]:
    from tbn4_desktop.core.workdays import WorkCalendarError

    try:
        yield
    except WorkCalendarError as exc:
        raise Refused(" ".join(str(exc).split())) from exc


def _has_database(args: argparse.Namespace) -> bool:
    """True when the data folder has a database (its SQLite file, or a
    server named in its settings); a bare folder is not created for it."""
    from tbn4_desktop.core.settings import SettingsError, load_settings
    from tbn4_desktop.store import DB_FILE

    folder = _data_dir(args)
    if (folder / DB_FILE).is_file():
        return True
    if not folder.is_dir():
        return False
    try:
        return bool(load_settings(folder).database_url)
    except SettingsError:
        return True  # damaged: opening the folder refuses it (exit 1), not the shipped calendar
    except Exception:  # noqa: BLE001 - no database worth reading
        return False


def _calendar(args: argparse.Namespace | None = None):  # noqa: ANN202 - WorkCalendar, imported lazily
    """The shipped calendar, plus the user's decrees when the data folder
    has a database."""
    from tbn4_desktop.core.workdays import load_calendar

    if args is None or not _has_database(args):
        return load_calendar()
    from tbn4_desktop.services.deadlines import load_work_calendar

    with _refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                return load_work_calendar(session)
        finally:
            ctx.close()


def cmd_workdays_add(args: argparse.Namespace) -> int:
    start = args.date
    n = _parse_int(args.n, tr("число рабочих дней N"))
    with _calendar_refusals():
        result = _calendar(args).add_workdays(start, n)
    if args.json:
        print(json.dumps({"date": result.isoformat(), "start": start.isoformat(), "workdays": n}))
    else:
        print(result.isoformat())
    return 0


def cmd_workdays_count(args: argparse.Namespace) -> int:
    start, end = args.start, args.end
    with _calendar_refusals():
        count = _calendar(args).count_workdays(start, end)
    if args.json:
        print(json.dumps({"from": start.isoformat(), "to": end.isoformat(), "workdays": count}))
    else:
        print(count)
    return 0


def cmd_workdays_list(args: argparse.Namespace) -> int:
    from tbn4_desktop.core.workdays import KIND_LABELS

    year = args.year
    with _calendar_refusals():
        calendar = _calendar(args)
        rows = calendar.special_days(year)
        official = calendar.has_official_data(year)
    if args.json:
        print(
            json.dumps(
                {
                    "year": year,
                    "official": official,
                    "days": [{"date": d.isoformat(), "kind": kind, "reason": reason} for d, kind, reason in rows],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    width = max(len(tr(label)) for label in KIND_LABELS.values())
    for d, kind, reason in rows:
        print(f"{d:%d.%m.%Y}  {tr(KIND_LABELS[kind]):<{width}}  {reason}")
    if not official:
        print(
            tr(
                "tbn4: календаря на {year} год в поставке нет: дни рассчитаны по общим правилам, "
                "переносы выходных и дата Курбан айта могут не совпадать с официальными."
            ).format(year=year),
            file=sys.stderr,
        )
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    from datetime import date

    from tbn4_desktop.core.vocabulary import period_label
    from tbn4_desktop.services.deadlines import load_work_calendar, year_deadlines
    from tbn4_desktop.services.executions import find_year_plan
    from tbn4_desktop.services.organizations import get_current_organization

    as_of = date.today() if args.as_of is None else args.as_of
    year = as_of.year if args.year is None else args.year
    with _refusals(), _calendar_refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                org = get_current_organization(session)
                if org is None:
                    raise Refused(
                        tr(
                            "Организация не выбрана: сначала заполните сведения об организации "
                            "в приложении (или создайте демонстрационные данные: tbn4 demo)."
                        )
                    )
                plan = find_year_plan(session, org.id, year)
                if plan is None:
                    raise Refused(
                        tr(
                            "За {year} год у организации «{name}» нет плана: укажите другой год (параметр --year)."
                        ).format(year=year, name=org.name)
                    )
                catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
                report = year_deadlines(session, catalog, org.id, year, as_of, load_work_calendar(session))
        finally:
            ctx.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "code": d.code,
                        "period": d.period,
                        "due": d.due.isoformat() if d.due else None,
                        "state": d.state.value,
                        "explanation": d.explanation,
                        "warnings": list(d.warnings),
                    }
                    for d in report.deadlines
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    rows = [
        (d.code, period_label(d.period), f"{d.due:%d.%m.%Y}" if d.due else "—", d.state.label, d.explanation)
        for d in report.deadlines
    ]
    print(tr("Сроки «{name}», {year} год, на {date}").format(name=org.name, year=year, date=f"{as_of:%d.%m.%Y}"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)] if rows else [0] * 4
    for r in rows:
        print("  ".join(f"{r[i]:<{widths[i]}}" for i in range(4)) + "  " + r[4])
    if report.warnings:
        print("\n" + tr("Предупреждения:"))
        for w in report.warnings:
            print(f"- {w}")
    return 0


def cmd_form(args: argparse.Namespace) -> int:
    from datetime import date

    from tbn4_desktop.core.fileio import describe_os_error
    from tbn4_desktop.core.forms.model import FormName
    from tbn4_desktop.core.forms.render import (
        FormError,
        format_of,
        formats_of,
        write_form,
    )
    from tbn4_desktop.services.forms import (
        FormRequest,
        FormRequestError,
        build_form,
        form_target,
    )

    names = ", ".join(n.value for n in FormName)
    try:
        name = FormName(args.name.strip().lower())
    except ValueError:
        raise Refused(
            tr("Неизвестная форма «{name}»: укажите одну из {names}.").format(name=args.name, names=names)
        ) from None
    out, year = args.out, args.year
    try:
        fmt = format_of(out)
    except FormError as exc:
        raise Refused(str(exc)) from None
    if fmt not in formats_of(name):
        raise Refused(tr("{form}: формат XLSX не предусмотрен, сохраните в DOCX или PDF.").format(form=name.label))
    if out.is_dir():
        raise Refused(
            tr("Указана папка, а не имя файла: {path}. Укажите имя файла, например «{example}».").format(
                path=out, example=f"{name.value}.{fmt}"
            )
        )
    if not out.parent.is_dir():
        raise Refused(tr("Папка «{folder}» не существует. Укажите существующую папку.").format(folder=out.parent))
    with _refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                org_id, year = form_target(session, args.org, year)
                plan = _plan_of(session, org_id, year)
                catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
                request = FormRequest(name, year, org_id, args.subtask, args.period, consolidated=args.consolidated)
                form = build_form(
                    session, catalog, request, today=date.today(), blobs=ctx.blobs, footer=ctx.settings.form_footer
                )
        except FormRequestError as exc:
            raise Refused(" ".join(str(exc).split())) from None
        finally:
            ctx.close()
    try:
        write_form(form, out)
    except FormError as exc:
        raise Refused(str(exc)) from None
    except OSError as exc:
        failed = Path(exc.filename) if exc.filename else out
        if failed.parent != out.parent:  # a file the renderer reads, not ours: name that one
            out = failed
        raise Refused(tr("Форма не сохранена. {error}").format(error=describe_os_error(exc, out))) from None
    print(out)
    return 0


def _plan_of(session, org_id: int, year: int):  # noqa: ANN001, ANN202 - services' PlanInfo, imported lazily
    from tbn4_desktop.services.executions import find_year_plan
    from tbn4_desktop.services.forms import FormRequestError

    plan = find_year_plan(session, org_id, year)
    if plan is None:
        raise FormRequestError(
            tr("За {year} год данных нет: у организации нет плана на этот год (параметр --year).").format(year=year)
        )
    return plan


def cmd_screenshots(args: argparse.Namespace) -> int:
    """Renders in a throwaway data folder: --data-dir is not read."""
    import time

    out = args.out
    if out.exists() and not out.is_dir():
        raise Refused(tr("«{path}» — это файл, а не папка: укажите в --out папку для снимков экрана.").format(path=out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise Refused(
            tr("Не удалось создать папку «{folder}»: укажите папку, доступную для записи.").format(folder=out)
        ) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise Refused(
            tr("В папку «{folder}» нельзя записывать: укажите папку, доступную для записи.").format(folder=out)
        )
    only = [c for c in args.only.split(",") if c.strip()] if args.only is not None else None
    if only is not None and not only:
        raise Refused(tr("После --only укажите коды подзадач через запятую, например 2.3.1,4.2.1."))
    # Works without a display: offscreen unless the user chose a platform
    # (an empty value means none was chosen, as for Qt).
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from tbn4_desktop.ui.screenshots import ScreenshotError, render_all

    started = time.perf_counter()
    try:
        with _refusals():
            files = render_all(
                out,
                only=only,
                progress=lambda path: print(path.name, flush=True),
                warn=lambda message: print(f"tbn4: {message}", file=sys.stderr),
            )
    except (ScreenshotError, PermissionError) as exc:
        raise Refused(" ".join(str(exc).split())) from exc
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    print(
        tr("Снимков экрана: {count}, папка {folder}, {seconds} с.").format(
            count=len(files), folder=out, seconds=seconds
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.imports import (
        ImportError_,
        UnknownSubordinate,
        import_bundle,
    )

    path = Path(args.file).expanduser().absolute()
    with _refusals():
        ctx = _open(args)
        try:
            result = import_bundle(ctx, path, add_unknown_subordinate=args.add_subordinate)
        except UnknownSubordinate as exc:
            raise Refused(
                tr("{error}: повторите с параметром --add-subordinate.").format(error=str(exc).rstrip("."))
            ) from None
        except ImportError_ as exc:
            raise Refused(" ".join(str(exc).split())) from None
        finally:
            ctx.close()
    print(result.message)
    return 0
