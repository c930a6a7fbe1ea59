"""The TBN-4 catalog (Карта реализации) as typed, validated data.

A catalog is one YAML file in resources/catalogs/ (or imported by the user):
an envelope (id, year, integer version, title, publication date) and the tree
projects → tasks → subtasks. This module never imports Qt.

Public API:

- ``load_catalog(path)`` — read and validate one YAML file into a ``Catalog``;
  any problem raises ``CatalogError`` with a Russian message naming the file,
  the path inside it and the field.
- ``catalog_from_data(data, file_name)`` — the same validation for data that
  is already parsed (e.g. built by an XLSX importer).
- ``CatalogRegistry`` — every catalog of the built-in and user folders, by
  (id, version); ``latest(year)``, ``get(id, version)``, ``is_older(catalog)``.
- ``builtin_catalog_dir()`` — the folder of the shipped catalogs.
- ``catalog_to_dict(catalog)`` / ``subtask_to_dict(subtask)`` — JSON-ready data.

The YAML format itself is documented in the header of
resources/catalogs/tbn4-2023.yaml.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import yaml

from tbn4_desktop.core.vocabulary import DocumentKind, OrgLevel, Periodicity, SignerRole


class DeadlineKind(StrEnum):
    FIXED = "fixed"            # a date set in the Карта реализации
    RELATIVE = "relative"      # N working days before/after a named event
    AFTER_PERIOD = "after_period"  # by day D of the month after the period


class AnchorEvent(StrEnum):
    """Events whose dates the user enters and relative deadlines count from."""

    ANALYSIS_START = "analysis_start"
    ANALYSIS_END = "analysis_end"
    REPORT_SIGNED = "report_signed"
    PLAN_APPROVED = "plan_approved"

    @property
    def label(self) -> str:
        return _ANCHOR_LABELS[self]


_ANCHOR_LABELS = {
    AnchorEvent.ANALYSIS_START: "начало внутреннего анализа коррупционных рисков",
    AnchorEvent.ANALYSIS_END: "завершение внутреннего анализа коррупционных рисков",
    AnchorEvent.REPORT_SIGNED: "подписание аналитической справки",
    AnchorEvent.PLAN_APPROVED: "утверждение плана мероприятий",
}


class KpiKind(StrEnum):
    SHARE_TRAINED = "share_trained"      # ≥ N % of civil servants trained a year
    MIN_EVENTS = "min_events"            # ≥ N events a year
    QUASI_SHARE_SCORE = "quasi_share_score"  # % of quasi-state companies, 100 % → 2 points


#: Column types a register may use (RegisterColumn.type).
COLUMN_TYPES: tuple[str, ...] = ("text", "date", "int", "money", "bool", "url", "choice")


@dataclass(frozen=True)
class DeadlineRule:
    kind: DeadlineKind
    text: str                       # the rule in Russian, as the user reads it
    event: AnchorEvent | None = None    # RELATIVE only
    workdays: int | None = None         # RELATIVE only; negative = before the event
    day_of_month: int | None = None     # AFTER_PERIOD only
    months_after: int = 1               # AFTER_PERIOD only


@dataclass(frozen=True)
class ConfirmingDocument:
    kind: DocumentKind
    title: str
    appendix: int | None = None     # FORM only: «Приложение №N к Инструкции»


@dataclass(frozen=True)
class RegisterColumn:
    key: str                        # identifier, [a-z_][a-z0-9_]*
    title: str                      # Russian column header
    type: str = "text"              # text | date | int | money | bool | url | choice
    required: bool = False
    choices: tuple[str, ...] = ()   # choice only


@dataclass(frozen=True)
class Register:
    key: str
    title: str
    columns: tuple[RegisterColumn, ...]

    def column(self, key: str) -> RegisterColumn:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


@dataclass(frozen=True)
class Kpi:
    kind: KpiKind
    target: float                   # percent for shares, count for events
    text: str                       # the rule in Russian


@dataclass(frozen=True)
class Subtask:
    code: str                       # "1.1.3"
    project: int
    task: int
    number: int
    title: str                      # exact title from the instruction
    short_title: str                # ≤ 60 chars, for folder names and the tree
    guidance: str                   # condensed from the instruction
    executor: str                   # responsible unit
    documents: tuple[ConfirmingDocument, ...]
    signers: dict[OrgLevel, tuple[SignerRole, ...]]
    periodicity: Periodicity
    deadline: DeadlineRule
    levels: tuple[OrgLevel, ...]    # organisation levels it applies to
    register: Register | None = None
    kpi: Kpi | None = None
    # Further registers of the same subtask (e.g. 2.2.1: the Appendix 2
    # reconciliation rows beside its Appendix 1 facts). Keys differ from
    # ``register.key``.
    extra_registers: tuple[Register, ...] = ()

    @property
    def task_code(self) -> str:
        return f"{self.project}.{self.task}"

    def applies_to(self, level: OrgLevel) -> bool:
        return level in self.levels

    @property
    def registers(self) -> tuple[Register, ...]:
        """The main register (if any) followed by the extra registers."""
        main = (self.register,) if self.register is not None else ()
        return main + self.extra_registers

    @property
    def appendices(self) -> tuple[int, ...]:
        """Numbers of the instruction's appendix forms that confirm this subtask."""
        return tuple(d.appendix for d in self.documents
                     if d.kind is DocumentKind.FORM and d.appendix is not None)

    def signers_for(self, level: OrgLevel) -> tuple[SignerRole, ...]:
        """Who may sign at ``level``; () when the subtask does not apply there."""
        return self.signers.get(level, ())


@dataclass(frozen=True)
class Task:
    code: str                       # "1.1"
    project: int
    number: int
    title: str
    subtasks: tuple[Subtask, ...]


@dataclass(frozen=True)
class Project:
    number: int
    title: str
    goal: str
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Catalog:
    id: str                         # "tbn4-2023"
    year: int
    version: int
    title: str
    publication_date: date
    source: str                     # legal source the catalog was condensed from
    projects: tuple[Project, ...]
    _by_code: dict[str, Subtask] = field(default_factory=dict, repr=False, compare=False)

    def subtasks(self) -> list[Subtask]:
        return [s for p in self.projects for t in p.tasks for s in t.subtasks]

    def subtask(self, code: str) -> Subtask:
        if not self._by_code:
            self._by_code.update((s.code, s) for s in self.subtasks())
        return self._by_code[code]

    def tasks(self) -> list[Task]:
        return [t for p in self.projects for t in p.tasks]

    def project(self, number: int) -> Project:
        for p in self.projects:
            if p.number == number:
                return p
        raise KeyError(number)

    def task(self, code: str) -> Task:
        for t in self.tasks():
            if t.code == code:
                return t
        raise KeyError(code)

    @property
    def key(self) -> tuple[str, int]:
        """(id, version): what identifies a catalog in bundles and the store."""
        return (self.id, self.version)


class CatalogError(ValueError):
    """A catalog file that cannot be used; the message is Russian and names
    the file, the path inside it and the field."""


class CatalogNotFoundError(CatalogError, LookupError):
    """No catalog for the requested year or (id, version)."""


class OlderCatalogError(CatalogError):
    """A catalog whose version is lower than one already known for its id."""


# --------------------------------------------------------------------------
# Limits

SHORT_TITLE_MAX = 60
YEAR_MIN, YEAR_MAX = 2000, 2100
APPENDIX_MIN, APPENDIX_MAX = 1, 5
MAX_FILE_BYTES = 2 * 1024 * 1024       # a catalog is ~100 KB; refuse anything absurd
_FORBIDDEN_NAME_CHARS = frozenset('<>:"/\\|?*')
_IDENT_RE = re.compile(r"[a-z_][a-z0-9_]*\Z")
_CATALOG_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")


# --------------------------------------------------------------------------
# YAML reading

_MERGE_TAG = "tag:yaml.org,2002:merge"


class _DuplicateKeyError(yaml.MarkedYAMLError):
    def __init__(self, key: str, mark: Any) -> None:
        super().__init__(problem=f"duplicate key {key!r}", problem_mark=mark)
        self.key = key


def _strict_loader(base: type) -> type:
    """A safe loader on ``base`` that refuses a key written twice in one
    mapping (PyYAML would silently keep the last one, hiding a typo)."""

    class StrictLoader(base):  # type: ignore[misc, valid-type]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            if isinstance(node, yaml.MappingNode):
                seen: set[str] = set()
                for key_node, _value in node.value:
                    if isinstance(key_node, yaml.ScalarNode) and key_node.tag != _MERGE_TAG:
                        if key_node.value in seen:
                            raise _DuplicateKeyError(key_node.value, key_node.start_mark)
                        seen.add(key_node.value)
            return super().construct_mapping(node, deep)

    return StrictLoader


# libyaml (CSafeLoader) is several times faster; the pure-Python safe loader
# is the fallback when PyYAML was built without it.
_StrictLoader = _strict_loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _read_yaml(path: Path) -> Any:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CatalogError(
                f"Файл каталога {name}: файл слишком большой ({size // 1024} КБ, "
                f"допустимо не более {MAX_FILE_BYTES // 1024} КБ).")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CatalogError(f"Файл каталога {name}: файл не найден ({path}).") from None
    except IsADirectoryError:
        raise CatalogError(f"Файл каталога {name}: это папка, а не файл ({path}).") from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise CatalogError(
            f"Файл каталога {name}: не удалось прочитать файл ({reason}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CatalogError(
            f"Файл каталога {name}: файл не в кодировке UTF-8 (строка {line}, "
            f"байт 0x{raw[exc.start]:02X}). Сохраните файл в кодировке UTF-8.") from None
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - safe loader subclass
    except _DuplicateKeyError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        raise CatalogError(
            f"Файл каталога {name}: строка {line} — поле «{exc.key}» указано дважды.") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"строка {mark.line + 1}, столбец {mark.column + 1}" if mark else "место неизвестно"
        detail = (exc.problem or exc.context or "").strip()
        raise CatalogError(
            f"Файл каталога {name}: ошибка синтаксиса YAML ({where}): {detail}.") from None
    except yaml.YAMLError as exc:
        raise CatalogError(f"Файл каталога {name}: ошибка синтаксиса YAML: {exc}.") from None
    except RecursionError:
        raise CatalogError(
            f"Файл каталога {name}: слишком глубокая вложенность данных YAML.") from None


# --------------------------------------------------------------------------
# Validation

_E = TypeVar("_E", bound=StrEnum)


def _describe(value: Any) -> str:
    """How a wrong value is shown in a message."""
    if value is None:
        return "пустое значение"
    if isinstance(value, bool):
        return f"логическое значение «{'true' if value else 'false'}»"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return f"«{shown}»" if shown else "пустая строка"
    if isinstance(value, (int, float)):
        return f"число {value}"
    if isinstance(value, datetime):
        return f"дата и время «{value.isoformat(sep=' ')}»"
    if isinstance(value, date):
        return f"дата «{value.isoformat()}»"
    if isinstance(value, list):
        return "список"
    if isinstance(value, dict):
        return "набор полей"
    return f"значение типа {type(value).__name__}"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class _Validator:
    """Turns parsed YAML into the frozen dataclasses, failing on the first
    problem with a message that names the file, the path and the field."""

    def __init__(self, file_name: str) -> None:
        self.file = file_name

    # -- primitives ---------------------------------------------------------

    def fail(self, path: str, problem: str) -> NoReturn:
        where = f"{path} — " if path else ""
        raise CatalogError(f"Файл каталога {self.file}: {where}{problem}.")

    def mapping(self, value: Any, path: str, allowed: Iterable[str],
                required: Iterable[str] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, f"ожидается набор полей «ключ: значение», получено {_describe(value)}")
        allowed = tuple(allowed)
        for key in value:
            if key not in allowed:
                self.fail(_join(path, str(key)),
                          f"неизвестное поле «{key}» (допустимые поля: {', '.join(allowed)})")
        for key in required:
            if key not in value:
                self.fail(_join(path, key), "обязательное поле отсутствует")
        return value

    def string(self, m: Mapping[str, Any], key: str, path: str, *,
               required: bool = True) -> str | None:
        p = _join(path, key)
        if key not in m:
            if required:
                self.fail(p, "обязательное поле отсутствует")
            return None
        value = m[key]
        if not isinstance(value, str):
            self.fail(p, f"ожидается строка, получено {_describe(value)}")
        value = value.strip()
        if not value:
            self.fail(p, "поле не должно быть пустым")
        return value

    def integer(self, m: Mapping[str, Any], key: str, path: str, *, required: bool = True,
                minimum: int | None = None, maximum: int | None = None,
                what: str = "целое число", show_range: bool = True) -> int | None:
        p = _join(path, key)
        if key not in m:
            if required:
                self.fail(p, "обязательное поле отсутствует")
            return None
        value = m[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(p, f"ожидается {what}, получено {_describe(value)}")
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            if not show_range:
                rng = ""
            elif minimum is not None and maximum is not None:
                rng = f"от {minimum} до {maximum}"
            elif minimum is not None:
                rng = f"не меньше {minimum}"
            else:
                rng = f"не больше {maximum}"
            self.fail(p, f"ожидается {what}{' ' + rng if rng else ''}, получено "
                         f"{_describe(value)}")
        return value

    def boolean(self, m: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        if key not in m:
            return default
        value = m[key]
        if not isinstance(value, bool):
            self.fail(_join(path, key),
                      f"ожидается true или false, получено {_describe(value)}")
        return value

    def enum(self, value: Any, path: str, enum_cls: type[_E]) -> _E:
        allowed = ", ".join(e.value for e in enum_cls)
        if not isinstance(value, str):
            self.fail(path, f"ожидается одно из значений ({allowed}), получено {_describe(value)}")
        try:
            return enum_cls(value.strip())
        except ValueError:
            self.fail(path, f"неизвестное значение {_describe(value)} "
                            f"(допустимые значения: {allowed})")

    def enum_field(self, m: Mapping[str, Any], key: str, path: str, enum_cls: type[_E]) -> _E:
        p = _join(path, key)
        if key not in m:
            self.fail(p, "обязательное поле отсутствует")
        return self.enum(m[key], p, enum_cls)

    def listing(self, m: Mapping[str, Any], key: str, path: str, *,
                required: bool = True, need: str = "хотя бы один элемент") -> list[Any] | None:
        p = _join(path, key)
        if key not in m:
            if required:
                self.fail(p, "обязательное поле отсутствует")
            return None
        value = m[key]
        if not isinstance(value, list):
            self.fail(p, f"ожидается список, получено {_describe(value)}")
        if not value:
            self.fail(p, f"список пуст: добавьте {need}")
        return value

    # -- envelope -----------------------------------------------------------

    _ENVELOPE = ("id", "year", "version", "title", "publication_date", "source",
                 "default_signers", "projects")
    _ENVELOPE_REQUIRED = ("id", "year", "version", "title", "publication_date", "source",
                          "projects")

    def catalog(self, data: Any) -> Catalog:
        if not isinstance(data, dict):
            self.fail("", "верхний уровень файла должен быть набором полей «ключ: значение» "
                          f"(id, year, version, …), получено {_describe(data)}")
        m = self.mapping(data, "", self._ENVELOPE, self._ENVELOPE_REQUIRED)
        cat_id = self.string(m, "id", "")
        assert cat_id is not None
        if not _CATALOG_ID_RE.match(cat_id):
            self.fail("id", "допустимы латинские буквы, цифры, точка, дефис и подчёркивание, "
                            f"получено {_describe(cat_id)}")
        year = self.integer(m, "year", "", minimum=YEAR_MIN, maximum=YEAR_MAX,
                            what="год (целое число)")
        version = self.integer(m, "version", "", minimum=1, what="целое положительное число",
                               show_range=False)
        title = self.string(m, "title", "")
        published = self.date_value(m["publication_date"], "publication_date")
        source = self.string(m, "source", "")
        default_signers: dict[OrgLevel, tuple[SignerRole, ...]] = {}
        if "default_signers" in m:
            default_signers = self.signers_map(m["default_signers"], "default_signers")
        projects_raw = self.listing(m, "projects", "", need="хотя бы один проект")
        assert projects_raw is not None

        projects: list[Project] = []
        by_code: dict[str, Subtask] = {}
        where_code: dict[str, str] = {}
        project_paths: dict[int, str] = {}
        for i, raw in enumerate(projects_raw):
            ppath = f"projects[{i}]"
            project = self.project(raw, ppath, default_signers, by_code, where_code)
            if project.number in project_paths:
                self.fail(_join(ppath, "number"),
                          f"номер проекта {project.number} уже использован в "
                          f"{project_paths[project.number]}")
            project_paths[project.number] = ppath
            projects.append(project)

        assert year is not None and version is not None and title is not None
        assert source is not None
        return Catalog(id=cat_id, year=year, version=version, title=title,
                       publication_date=published, source=source,
                       projects=tuple(projects), _by_code=by_code)

    def date_value(self, value: Any, path: str) -> date:
        if isinstance(value, datetime):
            self.fail(path, f"ожидается дата ГГГГ-ММ-ДД без времени, получено {_describe(value)}")
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(path, f"ожидается дата в формате ГГГГ-ММ-ДД, получено {_describe(value)}")

    # -- tree ---------------------------------------------------------------

    def project(self, raw: Any, path: str,
                default_signers: dict[OrgLevel, tuple[SignerRole, ...]],
                by_code: dict[str, Subtask], where_code: dict[str, str]) -> Project:
        m = self.mapping(raw, path, ("number", "title", "goal", "tasks"),
                         ("number", "title", "goal", "tasks"))
        number = self.integer(m, "number", path, minimum=1, what="номер проекта (целое число)")
        title = self.string(m, "title", path)
        goal = self.string(m, "goal", path)
        tasks_raw = self.listing(m, "tasks", path, need="хотя бы одну задачу")
        assert number is not None and title is not None and goal is not None
        assert tasks_raw is not None
        tasks = tuple(self.task(t, f"{path}.tasks[{j}]", number, default_signers,
                                by_code, where_code)
                      for j, t in enumerate(tasks_raw))
        return Project(number=number, title=title, goal=goal, tasks=tasks)

    def task(self, raw: Any, path: str, project: int,
             default_signers: dict[OrgLevel, tuple[SignerRole, ...]],
             by_code: dict[str, Subtask], where_code: dict[str, str]) -> Task:
        m = self.mapping(raw, path, ("number", "title", "subtasks"),
                         ("number", "title", "subtasks"))
        number = self.integer(m, "number", path, minimum=1, what="номер задачи (целое число)")
        title = self.string(m, "title", path)
        subtasks_raw = self.listing(m, "subtasks", path, need="хотя бы одну подзадачу")
        assert number is not None and title is not None and subtasks_raw is not None
        subtasks: list[Subtask] = []
        for k, s in enumerate(subtasks_raw):
            spath = f"{path}.subtasks[{k}]"
            subtask = self.subtask(s, spath, project, number, k + 1, default_signers)
            if subtask.code in by_code:
                self.fail(_join(spath, "code"),
                          f"код подзадачи «{subtask.code}» повторяется "
                          f"(уже есть в {where_code[subtask.code]})")
            by_code[subtask.code] = subtask
            where_code[subtask.code] = spath
            subtasks.append(subtask)
        return Task(code=f"{project}.{number}", project=project, number=number,
                    title=title, subtasks=tuple(subtasks))

    _SUBTASK = ("code", "title", "short_title", "guidance", "executor", "documents",
                "signers", "periodicity", "deadline", "levels", "register",
                "extra_registers", "kpi")
    _SUBTASK_REQUIRED = ("code", "title", "short_title", "guidance", "executor",
                         "documents", "periodicity", "deadline", "levels")

    def subtask(self, raw: Any, path: str, project: int, task: int, number: int,
                default_signers: dict[OrgLevel, tuple[SignerRole, ...]]) -> Subtask:
        m = self.mapping(raw, path, self._SUBTASK, self._SUBTASK_REQUIRED)
        code = self.string(m, "code", path)
        expected = f"{project}.{task}.{number}"
        if code != expected:
            self.fail(_join(path, "code"),
                      f"код {_describe(code)} не совпадает с позицией в файле: ожидается "
                      f"«{expected}» (проект {project}, задача {task}, подзадача {number})")
        title = self.string(m, "title", path)
        short_title = self.short_title(m, path)
        guidance = self.string(m, "guidance", path)
        executor = self.string(m, "executor", path)
        documents = self.documents(m, path)
        periodicity = self.enum_field(m, "periodicity", path, Periodicity)
        deadline = self.deadline(m["deadline"], _join(path, "deadline"))
        levels = self.levels(m, path)
        signers = self.resolve_signers(m, path, levels, default_signers)
        register = None
        if "register" in m:
            register = self.register(m["register"], _join(path, "register"))
        extra: list[Register] = []
        if "extra_registers" in m:
            extra_raw = self.listing(m, "extra_registers", path, need="хотя бы один реестр")
            assert extra_raw is not None
            seen = {register.key: _join(path, "register")} if register else {}
            for i, r in enumerate(extra_raw):
                rpath = f"{path}.extra_registers[{i}]"
                reg = self.register(r, rpath)
                if reg.key in seen:
                    self.fail(_join(rpath, "key"),
                              f"ключ реестра «{reg.key}» уже использован в {seen[reg.key]}")
                seen[reg.key] = rpath
                extra.append(reg)
        kpi = self.kpi(m["kpi"], _join(path, "kpi")) if "kpi" in m else None
        assert code is not None and title is not None and guidance is not None
        assert executor is not None
        return Subtask(code=code, project=project, task=task, number=number, title=title,
                       short_title=short_title, guidance=guidance, executor=executor,
                       documents=documents, signers=signers, periodicity=periodicity,
                       deadline=deadline, levels=levels, register=register, kpi=kpi,
                       extra_registers=tuple(extra))

    def short_title(self, m: Mapping[str, Any], path: str) -> str:
        value = self.string(m, "short_title", path)
        assert value is not None
        p = _join(path, "short_title")
        if len(value) > SHORT_TITLE_MAX:
            self.fail(p, f"краткое название длиннее {SHORT_TITLE_MAX} символов "
                         f"({len(value)}): {_describe(value)}")
        bad = sorted({ch for ch in value if ch in _FORBIDDEN_NAME_CHARS or ord(ch) < 32})
        if bad:
            shown = " ".join(f"«{ch}»" if ch.isprintable() else f"U+{ord(ch):04X}"
                             for ch in bad)
            self.fail(p, "краткое название используется в именах папок и не может содержать "
                         f"символы < > : \" / \\ | ? * и управляющие символы "
                         f"(найдено: {shown})")
        if value.endswith("."):
            self.fail(p, "краткое название не может заканчиваться точкой "
                         "(недопустимо в именах папок Windows)")
        return value

    def documents(self, m: Mapping[str, Any], path: str) -> tuple[ConfirmingDocument, ...]:
        items = self.listing(m, "documents", path, need="хотя бы один подтверждающий документ")
        assert items is not None
        result = []
        for i, raw in enumerate(items):
            p = f"{path}.documents[{i}]"
            d = self.mapping(raw, p, ("kind", "title", "appendix"), ("kind", "title"))
            kind = self.enum_field(d, "kind", p, DocumentKind)
            title = self.string(d, "title", p)
            assert title is not None
            appendix = None
            if kind is DocumentKind.FORM:
                if "appendix" not in d:
                    self.fail(_join(p, "appendix"),
                              "для формы отчётности (kind: form) обязателен номер приложения "
                              f"от {APPENDIX_MIN} до {APPENDIX_MAX}")
                appendix = self.integer(d, "appendix", p, minimum=APPENDIX_MIN,
                                        maximum=APPENDIX_MAX, what="номер приложения")
            elif "appendix" in d:
                self.fail(_join(p, "appendix"),
                          f"номер приложения допустим только для формы отчётности (kind: form), "
                          f"а здесь kind: {kind.value}")
            result.append(ConfirmingDocument(kind=kind, title=title, appendix=appendix))
        return tuple(result)

    def deadline(self, raw: Any, path: str) -> DeadlineRule:
        allowed_by_kind = {
            DeadlineKind.FIXED: ("kind", "text"),
            DeadlineKind.RELATIVE: ("kind", "text", "event", "workdays"),
            DeadlineKind.AFTER_PERIOD: ("kind", "text", "day_of_month", "months_after"),
        }
        all_keys = ("kind", "text", "event", "workdays", "day_of_month", "months_after")
        d = self.mapping(raw, path, all_keys, ("kind", "text"))
        kind = self.enum_field(d, "kind", path, DeadlineKind)
        for key in d:
            if key not in allowed_by_kind[kind]:
                self.fail(_join(path, key),
                          f"поле «{key}» не применяется к сроку вида «{kind.value}» "
                          f"(допустимые поля: {', '.join(allowed_by_kind[kind])})")
        text = self.string(d, "text", path)
        assert text is not None
        if kind is DeadlineKind.RELATIVE:
            event = self.enum_field(d, "event", path, AnchorEvent)
            workdays = self.integer(d, "workdays", path, minimum=-250, maximum=250)
            return DeadlineRule(kind=kind, text=text, event=event, workdays=workdays)
        if kind is DeadlineKind.AFTER_PERIOD:
            day = self.integer(d, "day_of_month", path, minimum=1, maximum=28,
                               what="число месяца")
            months = self.integer(d, "months_after", path, required=False, minimum=1,
                                  maximum=12, what="число месяцев")
            return DeadlineRule(kind=kind, text=text, day_of_month=day,
                                months_after=1 if months is None else months)
        return DeadlineRule(kind=kind, text=text)

    def levels(self, m: Mapping[str, Any], path: str) -> tuple[OrgLevel, ...]:
        items = self.listing(m, "levels", path, need="хотя бы один уровень организации")
        assert items is not None
        result: list[OrgLevel] = []
        for i, raw in enumerate(items):
            level = self.enum(raw, f"{path}.levels[{i}]", OrgLevel)
            if level in result:
                self.fail(f"{path}.levels[{i}]", f"уровень «{level.value}» указан дважды")
            result.append(level)
        # Canonical order, whatever the order in the file.
        return tuple(lv for lv in OrgLevel if lv in result)

    def signers_map(self, raw: Any, path: str) -> dict[OrgLevel, tuple[SignerRole, ...]]:
        if not isinstance(raw, dict):
            self.fail(path, "ожидается набор «уровень: [роли]», получено " + _describe(raw))
        result: dict[OrgLevel, tuple[SignerRole, ...]] = {}
        for key, roles_raw in raw.items():
            lpath = _join(path, str(key))
            level = self.enum(key, lpath, OrgLevel)
            if not isinstance(roles_raw, list):
                self.fail(lpath, "ожидается список ролей подписантов, получено "
                                 + _describe(roles_raw))
            if not roles_raw:
                self.fail(lpath, "список подписантов пуст")
            roles: list[SignerRole] = []
            for i, r in enumerate(roles_raw):
                role = self.enum(r, f"{lpath}[{i}]", SignerRole)
                if role in roles:
                    self.fail(f"{lpath}[{i}]", f"роль «{role.value}» указана дважды")
                roles.append(role)
            result[level] = tuple(roles)
        return result

    def resolve_signers(self, m: Mapping[str, Any], path: str, levels: tuple[OrgLevel, ...],
                        default: dict[OrgLevel, tuple[SignerRole, ...]]
                        ) -> dict[OrgLevel, tuple[SignerRole, ...]]:
        spath = _join(path, "signers")
        override: dict[OrgLevel, tuple[SignerRole, ...]] = {}
        if "signers" in m:
            override = self.signers_map(m["signers"], spath)
            for level in override:
                if level not in levels:
                    self.fail(_join(spath, level.value),
                              f"уровень «{level.value}» не входит в levels этой подзадачи "
                              f"({', '.join(lv.value for lv in levels)})")
        resolved: dict[OrgLevel, tuple[SignerRole, ...]] = {}
        for level in levels:
            roles = override.get(level) or default.get(level)
            if not roles:
                self.fail(spath, f"не указаны подписанты для уровня «{level.value}»: добавьте "
                                 "его в signers подзадачи или в default_signers каталога")
            resolved[level] = roles
        return resolved

    def register(self, raw: Any, path: str) -> Register:
        r = self.mapping(raw, path, ("key", "title", "columns"), ("key", "title", "columns"))
        key = self.identifier(r, "key", path)
        title = self.string(r, "title", path)
        cols_raw = self.listing(r, "columns", path, need="хотя бы один столбец")
        assert title is not None and cols_raw is not None
        columns: list[RegisterColumn] = []
        seen: dict[str, str] = {}
        for i, c in enumerate(cols_raw):
            cpath = f"{path}.columns[{i}]"
            col = self.column(c, cpath)
            if col.key in seen:
                self.fail(_join(cpath, "key"),
                          f"ключ столбца «{col.key}» повторяется (уже есть в {seen[col.key]})")
            seen[col.key] = cpath
            columns.append(col)
        return Register(key=key, title=title, columns=tuple(columns))

    def column(self, raw: Any, path: str) -> RegisterColumn:
        c = self.mapping(raw, path, ("key", "title", "type", "required", "choices"),
                         ("key", "title"))
        key = self.identifier(c, "key", path)
        title = self.string(c, "title", path)
        assert title is not None
        ctype = "text"
        if "type" in c:
            tpath = _join(path, "type")
            value = c["type"]
            if not isinstance(value, str) or value.strip() not in COLUMN_TYPES:
                self.fail(tpath, f"неизвестное значение {_describe(value)} "
                                 f"(допустимые значения: {', '.join(COLUMN_TYPES)})")
            ctype = value.strip()
        required = self.boolean(c, "required", path, default=False)
        choices: tuple[str, ...] = ()
        if ctype == "choice":
            items = self.listing(c, "choices", path, need="хотя бы один вариант выбора")
            assert items is not None
            values: list[str] = []
            for i, v in enumerate(items):
                vpath = f"{path}.choices[{i}]"
                if not isinstance(v, str) or not v.strip():
                    self.fail(vpath, f"ожидается непустая строка, получено {_describe(v)}")
                if v.strip() in values:
                    self.fail(vpath, f"вариант {_describe(v.strip())} указан дважды")
                values.append(v.strip())
            choices = tuple(values)
        elif "choices" in c:
            self.fail(_join(path, "choices"),
                      "варианты выбора допустимы только для столбца типа choice, "
                      f"а здесь type: {ctype}")
        return RegisterColumn(key=key, title=title, type=ctype, required=required,
                              choices=choices)

    def identifier(self, m: Mapping[str, Any], key: str, path: str) -> str:
        value = self.string(m, key, path)
        assert value is not None
        if not _IDENT_RE.match(value):
            self.fail(_join(path, key),
                      "ожидается идентификатор из строчных латинских букв, цифр и «_», "
                      f"начинающийся с буквы, получено {_describe(value)}")
        return value

    def kpi(self, raw: Any, path: str) -> Kpi:
        k = self.mapping(raw, path, ("kind", "target", "text"), ("kind", "target", "text"))
        kind = self.enum_field(k, "kind", path, KpiKind)
        target = k["target"]
        if isinstance(target, bool) or not isinstance(target, (int, float)) or target <= 0:
            self.fail(_join(path, "target"),
                      f"ожидается положительное число, получено {_describe(target)}")
        text = self.string(k, "text", path)
        assert text is not None
        return Kpi(kind=kind, target=float(target), text=text)


def catalog_from_data(data: Any, file_name: str = "(без имени)") -> Catalog:
    """Validate already-parsed catalog data (the YAML structure as plain
    dicts/lists) into a ``Catalog``; ``file_name`` is used in messages."""
    return _Validator(file_name).catalog(data)


def load_catalog(path: Path | str) -> Catalog:
    """Read and validate one catalog file. Raises ``CatalogError``."""
    path = Path(path)
    return catalog_from_data(_read_yaml(path), path.name)


# --------------------------------------------------------------------------
# Where the shipped catalogs live


def builtin_catalog_dir() -> Path:
    """resources/catalogs of the source tree, or of the frozen app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources" / "catalogs"
    return Path(__file__).resolve().parents[2] / "resources" / "catalogs"


# --------------------------------------------------------------------------
# Registry


class CatalogRegistry:
    """All known catalogs, by (id, version).

    Catalogs of every version are kept (a past year's data refers to the
    catalog it was made with); ``latest(year)`` picks the highest version, so
    an older file never replaces a newer one. Two files with the same id and
    version are refused.
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[str, int], tuple[Catalog, Path | None]] = {}

    # -- adding -------------------------------------------------------------

    def add(self, catalog: Catalog, path: Path | None = None) -> None:
        """Register ``catalog`` (read from ``path``). Raises ``CatalogError``
        when the same id and version is already registered."""
        known = self._entries.get(catalog.key)
        if known is not None:
            known_path = known[1]
            name = path.name if path else "(без имени)"
            raise CatalogError(
                f"Файл каталога {name}: каталог «{catalog.id}» версии {catalog.version} "
                f"уже загружен из файла {known_path or '(без имени)'} — файл "
                f"{path or '(без имени)'} отклонён. Чтобы заменить каталог, увеличьте "
                "version в новом файле.")
        self._entries[catalog.key] = (catalog, path)

    def load_file(self, path: Path | str, *, refuse_older: bool = False) -> Catalog:
        """Load one file and register it. With ``refuse_older`` (the user
        imports a file), a catalog older than a known version of the same id
        raises ``OlderCatalogError`` and is not registered."""
        path = Path(path)
        catalog = load_catalog(path)
        if refuse_older and self.is_older(catalog):
            newest = self.newest(catalog.id)
            raise OlderCatalogError(
                f"Файл каталога {path.name}: версия {catalog.version} каталога "
                f"«{catalog.id}» старше уже загруженной версии {newest.version} "
                f"(файл {self.path_of(newest) or '(без имени)'}) — более новый каталог "
                "не заменяется.")
        self.add(catalog, path)
        return catalog

    def load_dir(self, folder: Path | str) -> list[CatalogError]:
        """Load every ``*.yaml`` of ``folder`` (sorted by name). Files that
        cannot be used are skipped and their errors returned; a missing
        folder is simply empty."""
        folder = Path(folder)
        problems: list[CatalogError] = []
        if not folder.is_dir():
            return problems
        for path in sorted(folder.glob("*.yaml")):
            try:
                self.load_file(path)
            except CatalogError as exc:
                problems.append(exc)
        return problems

    @classmethod
    def from_dirs(cls, *folders: Path | str | None) -> tuple[CatalogRegistry, list[CatalogError]]:
        """A registry of the given folders, loaded in order (built-in first,
        then the user folder); ``None`` entries are skipped."""
        registry = cls()
        problems: list[CatalogError] = []
        for folder in folders:
            if folder is not None:
                problems.extend(registry.load_dir(folder))
        return registry, problems

    # -- queries ------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def catalogs(self) -> list[Catalog]:
        """Every registered catalog, by year, id and version."""
        return sorted((c for c, _ in self._entries.values()),
                      key=lambda c: (c.year, c.id, c.version))

    def years(self) -> list[int]:
        return sorted({c.year for c, _ in self._entries.values()})

    def path_of(self, catalog: Catalog) -> Path | None:
        entry = self._entries.get(catalog.key)
        return entry[1] if entry else None

    def get(self, catalog_id: str, version: int) -> Catalog:
        entry = self._entries.get((catalog_id, version))
        if entry is None:
            raise CatalogNotFoundError(
                f"Каталог «{catalog_id}» версии {version} не найден. Импортируйте файл "
                "каталога этой версии.")
        return entry[0]

    def newest(self, catalog_id: str) -> Catalog:
        """The highest version registered for ``catalog_id``."""
        versions = [c for (cid, _), (c, _) in self._entries.items() if cid == catalog_id]
        if not versions:
            raise CatalogNotFoundError(f"Каталог «{catalog_id}» не найден.")
        return max(versions, key=lambda c: c.version)

    def is_older(self, catalog: Catalog) -> bool:
        """True when a higher version of the same id is already registered."""
        return any(cid == catalog.id and version > catalog.version
                   for cid, version in self._entries)

    def latest(self, year: int) -> Catalog:
        """The highest version among the catalogs of ``year``; between
        different ids with the same version, the one registered last (the
        user folder is loaded after the built-in one)."""
        best: Catalog | None = None
        for catalog, _ in self._entries.values():  # insertion order
            if catalog.year == year and (best is None or catalog.version >= best.version):
                best = catalog
        if best is None:
            raise CatalogNotFoundError(
                f"Каталог ТБН №4 на {year} год не найден. Импортируйте Карту реализации "
                f"на {year} год.")
        return best


# --------------------------------------------------------------------------
# Plain data for JSON (`tbn4 catalog --json`)


def _deadline_to_dict(rule: DeadlineRule) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": rule.kind.value, "text": rule.text}
    if rule.kind is DeadlineKind.RELATIVE:
        out["event"] = rule.event.value if rule.event else None
        out["workdays"] = rule.workdays
    elif rule.kind is DeadlineKind.AFTER_PERIOD:
        out["day_of_month"] = rule.day_of_month
        out["months_after"] = rule.months_after
    return out


def _register_to_dict(reg: Register) -> dict[str, Any]:
    return {
        "key": reg.key,
        "title": reg.title,
        "columns": [
            {"key": c.key, "title": c.title, "type": c.type, "required": c.required,
             **({"choices": list(c.choices)} if c.choices else {})}
            for c in reg.columns
        ],
    }


def subtask_to_dict(subtask: Subtask) -> dict[str, Any]:
    """One subtask as JSON-ready plain data."""
    s = subtask
    return {
        "code": s.code,
        "project": s.project,
        "task": s.task,
        "number": s.number,
        "title": s.title,
        "short_title": s.short_title,
        "periodicity": s.periodicity.value,
        "executor": s.executor,
        "guidance": s.guidance,
        "levels": [lv.value for lv in s.levels],
        "deadline": _deadline_to_dict(s.deadline),
        "documents": [
            {"kind": d.kind.value, "title": d.title,
             **({"appendix": d.appendix} if d.appendix is not None else {})}
            for d in s.documents
        ],
        "signers": {lv.value: [r.value for r in roles] for lv, roles in s.signers.items()},
        "register": _register_to_dict(s.register) if s.register else None,
        "extra_registers": [_register_to_dict(r) for r in s.extra_registers],
        "kpi": ({"kind": s.kpi.kind.value, "target": s.kpi.target, "text": s.kpi.text}
                if s.kpi else None),
    }


def catalog_to_dict(catalog: Catalog) -> dict[str, Any]:
    """The catalog as JSON-ready plain data: the envelope, the project/task
    tree (titles and subtask codes) and the flat list ``subtasks`` (what
    ``tbn4 catalog --json`` prints)."""
    return {
        "id": catalog.id,
        "year": catalog.year,
        "version": catalog.version,
        "title": catalog.title,
        "publication_date": catalog.publication_date.isoformat(),
        "source": catalog.source,
        "projects": [
            {"number": p.number, "title": p.title, "goal": p.goal,
             "tasks": [{"code": t.code, "number": t.number, "title": t.title,
                        "subtasks": [s.code for s in t.subtasks]} for t in p.tasks]}
            for p in catalog.projects
        ],
        "subtasks": [subtask_to_dict(s) for s in catalog.subtasks()],
    }
