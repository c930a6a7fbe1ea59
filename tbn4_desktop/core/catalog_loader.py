"""Reading and validating catalog files into the typed model.

- ``load_catalog(path, cache_dir=None)`` — read and validate one YAML file;
  any problem raises ``CatalogError`` with a Russian message naming the file,
  the path inside it and the field. With ``cache_dir``, the parsed data is
  kept as JSON keyed by the file's size and modification time, so the next
  start skips PyYAML (the data is validated again either way).
- ``catalog_from_data(data, file_name)`` — the same validation for data that
  is already parsed (e.g. built by an XLSX importer).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypedDict, TypeVar

from tbn4_desktop import __version__
from tbn4_desktop.core.catalog import (
    COLUMN_TYPES,
    AnchorEvent,
    Catalog,
    CatalogError,
    DeadlineKind,
    DeadlineRule,
    DocumentSlot,
    Kpi,
    KpiKind,
    Project,
    Question,
    Register,
    RegisterColumn,
    Subtask,
    Task,
)
from tbn4_desktop.core.fileio import atomic_write_bytes
from tbn4_desktop.core.validation import describe_value
from tbn4_desktop.core.vocabulary import (
    Channel,
    DocumentKind,
    OrgLevel,
    Periodicity,
    Requirement,
    SignerRole,
    SlotDate,
)
from tbn4_desktop.i18n import tr

# --------------------------------------------------------------------------
# Limits

SHORT_TITLE_MAX = 60
YEAR_MIN, YEAR_MAX = 2000, 2100
APPENDIX_MIN, APPENDIX_MAX = 1, 5
_FORBIDDEN_NAME_CHARS = frozenset('<>:"/\\|?*')
_IDENT_RE = re.compile(r"[a-z_][a-z0-9_]*\Z")
_CATALOG_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")


# --------------------------------------------------------------------------
# Validation

_E = TypeVar("_E", bound=StrEnum)


class _CommonRuleFields(TypedDict):
    """The DeadlineRule fields every kind of deadline may have."""

    source: str
    slot: str | None


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class _Validator:
    """Turns parsed YAML into the frozen dataclasses, failing on the first
    problem with a message that names the file, the path and the field."""

    def __init__(self, file_name: str) -> None:
        self.file = file_name
        self._questions: set[str] = set()

    # -- primitives ---------------------------------------------------------

    def fail(self, path: str, problem: str) -> NoReturn:
        if path:
            raise CatalogError(
                tr("Файл каталога {file}: {path} — {problem}.").format(file=self.file, path=path, problem=problem)
            )
        raise CatalogError(tr("Файл каталога {file}: {problem}.").format(file=self.file, problem=problem))

    def mapping(self, value: Any, path: str, allowed: Iterable[str], required: Iterable[str] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(
                path, tr("ожидается набор полей «ключ: значение», получено {value}").format(value=describe_value(value))
            )
        allowed = tuple(allowed)
        for key in value:
            if key not in allowed:
                self.fail(
                    _join(path, str(key)),
                    tr("неизвестное поле «{key}» (допустимые поля: {allowed})").format(
                        key=key, allowed=", ".join(allowed)
                    ),
                )
        for key in required:
            if key not in value:
                self.fail(_join(path, key), tr("обязательное поле отсутствует"))
        return value

    def string(self, m: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> str | None:
        p = _join(path, key)
        if key not in m:
            if required:
                self.fail(p, tr("обязательное поле отсутствует"))
            return None
        value = m[key]
        if not isinstance(value, str):
            self.fail(p, tr("ожидается строка, получено {value}").format(value=describe_value(value)))
        value = value.strip()
        if not value:
            self.fail(p, tr("поле не должно быть пустым"))
        return value

    def integer(
        self,
        m: Mapping[str, Any],
        key: str,
        path: str,
        *,
        required: bool = True,
        minimum: int | None = None,
        maximum: int | None = None,
        what: str | None = None,
        show_range: bool = True,
    ) -> int | None:
        """``what``: the expected value, translated (default «целое число»)."""
        p = _join(path, key)
        if what is None:
            what = tr("целое число")
        if key not in m:
            if required:
                self.fail(p, tr("обязательное поле отсутствует"))
            return None
        value = m[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(p, tr("ожидается {what}, получено {value}").format(what=what, value=describe_value(value)))
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            shown = describe_value(value)
            if not show_range:
                problem = tr("ожидается {what}, получено {value}").format(what=what, value=shown)
            elif minimum is not None and maximum is not None:
                problem = tr("ожидается {what} от {minimum} до {maximum}, получено {value}").format(
                    what=what, minimum=minimum, maximum=maximum, value=shown
                )
            elif minimum is not None:
                problem = tr("ожидается {what} не меньше {minimum}, получено {value}").format(
                    what=what, minimum=minimum, value=shown
                )
            else:
                problem = tr("ожидается {what} не больше {maximum}, получено {value}").format(
                    what=what, maximum=maximum, value=shown
                )
            self.fail(p, problem)
        return value

    def boolean(self, m: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        if key not in m:
            return default
        value = m[key]
        if not isinstance(value, bool):
            self.fail(
                _join(path, key), tr("ожидается true или false, получено {value}").format(value=describe_value(value))
            )
        return value

    def enum(self, value: Any, path: str, enum_cls: type[_E]) -> _E:
        allowed = ", ".join(e.value for e in enum_cls)
        if not isinstance(value, str):
            self.fail(
                path,
                tr("ожидается одно из значений ({allowed}), получено {value}").format(
                    allowed=allowed, value=describe_value(value)
                ),
            )
        try:
            return enum_cls(value.strip())
        except ValueError:
            self.fail(
                path,
                tr("неизвестное значение {value} (допустимые значения: {allowed})").format(
                    value=describe_value(value), allowed=allowed
                ),
            )

    def enum_field(self, m: Mapping[str, Any], key: str, path: str, enum_cls: type[_E]) -> _E:
        p = _join(path, key)
        if key not in m:
            self.fail(p, tr("обязательное поле отсутствует"))
        return self.enum(m[key], p, enum_cls)

    def listing(
        self, m: Mapping[str, Any], key: str, path: str, *, required: bool = True, need: str | None = None
    ) -> list[Any] | None:
        """``need``: what an empty list lacks, translated (default «хотя бы один элемент»)."""
        p = _join(path, key)
        if key not in m:
            if required:
                self.fail(p, tr("обязательное поле отсутствует"))
            return None
        value = m[key]
        if not isinstance(value, list):
            self.fail(p, tr("ожидается список, получено {value}").format(value=describe_value(value)))
        if not value:
            self.fail(
                p,
                tr("список пуст: добавьте {need}").format(
                    need=need if need is not None else tr("хотя бы один элемент")
                ),
            )
        return value

    # -- envelope -----------------------------------------------------------

    _ENVELOPE = (
        "id",
        "year",
        "version",
        "title",
        "publication_date",
        "source",
        "default_signers",
        "default_signers_source",
        "questions",
        "projects",
    )
    _ENVELOPE_REQUIRED = ("id", "year", "version", "title", "publication_date", "source", "projects")

    def catalog(self, data: Any) -> Catalog:
        if not isinstance(data, dict):
            self.fail(
                "",
                tr(
                    "верхний уровень файла должен быть набором полей «ключ: значение» "
                    "(id, year, version, …), получено {value}"
                ).format(value=describe_value(data)),
            )
        m = self.mapping(data, "", self._ENVELOPE, self._ENVELOPE_REQUIRED)
        cat_id = self.string(m, "id", "")
        assert cat_id is not None
        if not _CATALOG_ID_RE.match(cat_id):
            self.fail(
                "id",
                tr("допустимы латинские буквы, цифры, точка, дефис и подчёркивание, получено {value}").format(
                    value=describe_value(cat_id)
                ),
            )
        year = self.integer(m, "year", "", minimum=YEAR_MIN, maximum=YEAR_MAX, what=tr("год (целое число)"))
        version = self.integer(m, "version", "", minimum=1, what=tr("целое положительное число"), show_range=False)
        title = self.string(m, "title", "")
        published = self.date_value(m["publication_date"], "publication_date")
        source = self.string(m, "source", "")
        default_signers: dict[OrgLevel, tuple[SignerRole, ...]] = {}
        if "default_signers" in m:
            default_signers = self.signers_map(m["default_signers"], "default_signers")
        signers_source: dict[OrgLevel, str] = {}
        if "default_signers_source" in m:
            signers_source = self.sources_by_level(m["default_signers_source"], "default_signers_source")
        questions = self.questions(m, "questions") if "questions" in m else ()
        self._questions = {q.key for q in questions}
        projects_raw = self.listing(m, "projects", "", need=tr("хотя бы один проект"))
        assert projects_raw is not None

        projects: list[Project] = []
        by_code: dict[str, Subtask] = {}
        where_code: dict[str, str] = {}
        project_paths: dict[int, str] = {}
        for i, raw in enumerate(projects_raw):
            ppath = f"projects[{i}]"
            project = self.project(raw, ppath, default_signers, by_code, where_code)
            if project.number in project_paths:
                self.fail(
                    _join(ppath, "number"),
                    tr("номер проекта {number} уже использован в {path}").format(
                        number=project.number, path=project_paths[project.number]
                    ),
                )
            project_paths[project.number] = ppath
            projects.append(project)

        assert year is not None and version is not None and title is not None
        assert source is not None
        return Catalog(
            id=cat_id,
            year=year,
            version=version,
            title=title,
            publication_date=published,
            source=source,
            projects=tuple(projects),
            questions=questions,
            default_signers_source=signers_source,
            _by_code=by_code,
        )

    def sources_by_level(self, raw: Any, path: str) -> dict[OrgLevel, str]:
        if not isinstance(raw, dict):
            self.fail(path, tr("ожидается набор «уровень: цитата», получено {value}").format(value=describe_value(raw)))
        result: dict[OrgLevel, str] = {}
        for key in raw:
            level = self.enum(key, _join(path, str(key)), OrgLevel)
            text = self.string(raw, key, path)
            assert text is not None
            result[level] = text
        return result

    def questions(self, m: Mapping[str, Any], path: str) -> tuple[Question, ...]:
        items = self.listing(m, "questions", "", need=tr("хотя бы один вопрос"))
        assert items is not None
        result: list[Question] = []
        for i, raw in enumerate(items):
            p = f"{path}[{i}]"
            q = self.mapping(raw, p, ("key", "text", "levels", "source"), ("key", "text", "levels", "source"))
            key = self.identifier(q, "key", p)
            if any(x.key == key for x in result):
                self.fail(_join(p, "key"), tr("вопрос «{key}» указан дважды").format(key=key))
            text = self.string(q, "text", p)
            source = self.string(q, "source", p)
            assert text is not None and source is not None
            result.append(Question(key=key, text=text, levels=self.levels(q, p), source=source))
        return tuple(result)

    def date_value(self, value: Any, path: str) -> date:
        if isinstance(value, datetime):
            self.fail(
                path, tr("ожидается дата ГГГГ-ММ-ДД без времени, получено {value}").format(value=describe_value(value))
            )
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(path, tr("ожидается дата в формате ГГГГ-ММ-ДД, получено {value}").format(value=describe_value(value)))

    # -- tree ---------------------------------------------------------------

    def project(
        self,
        raw: Any,
        path: str,
        default_signers: dict[OrgLevel, tuple[SignerRole, ...]],
        by_code: dict[str, Subtask],
        where_code: dict[str, str],
    ) -> Project:
        m = self.mapping(raw, path, ("number", "title", "goal", "tasks"), ("number", "title", "goal", "tasks"))
        number = self.integer(m, "number", path, minimum=1, what=tr("номер проекта (целое число)"))
        title = self.string(m, "title", path)
        goal = self.string(m, "goal", path)
        tasks_raw = self.listing(m, "tasks", path, need=tr("хотя бы одну задачу"))
        assert number is not None and title is not None and goal is not None
        assert tasks_raw is not None
        tasks = tuple(
            self.task(t, f"{path}.tasks[{j}]", number, default_signers, by_code, where_code)
            for j, t in enumerate(tasks_raw)
        )
        return Project(number=number, title=title, goal=goal, tasks=tasks)

    def task(
        self,
        raw: Any,
        path: str,
        project: int,
        default_signers: dict[OrgLevel, tuple[SignerRole, ...]],
        by_code: dict[str, Subtask],
        where_code: dict[str, str],
    ) -> Task:
        m = self.mapping(raw, path, ("number", "title", "subtasks"), ("number", "title", "subtasks"))
        number = self.integer(m, "number", path, minimum=1, what=tr("номер задачи (целое число)"))
        title = self.string(m, "title", path)
        subtasks_raw = self.listing(m, "subtasks", path, need=tr("хотя бы одну подзадачу"))
        assert number is not None and title is not None and subtasks_raw is not None
        subtasks: list[Subtask] = []
        for k, s in enumerate(subtasks_raw):
            spath = f"{path}.subtasks[{k}]"
            subtask = self.subtask(s, spath, project, number, k + 1, default_signers)
            if subtask.code in by_code:
                self.fail(
                    _join(spath, "code"),
                    tr("код подзадачи «{code}» повторяется (уже есть в {path})").format(
                        code=subtask.code, path=where_code[subtask.code]
                    ),
                )
            by_code[subtask.code] = subtask
            where_code[subtask.code] = spath
            subtasks.append(subtask)
        return Task(code=f"{project}.{number}", project=project, number=number, title=title, subtasks=tuple(subtasks))

    _SUBTASK = (
        "code",
        "title",
        "short_title",
        "guidance",
        "executor",
        "documents",
        "signers",
        "periodicity",
        "periodicity_source",
        "deadline",
        "levels",
        "register",
        "extra_registers",
        "kpi",
        "applies_if",
    )
    _SUBTASK_REQUIRED = (
        "code",
        "title",
        "short_title",
        "guidance",
        "executor",
        "documents",
        "periodicity",
        "deadline",
        "levels",
    )

    def subtask(
        self,
        raw: Any,
        path: str,
        project: int,
        task: int,
        number: int,
        default_signers: dict[OrgLevel, tuple[SignerRole, ...]],
    ) -> Subtask:
        m = self.mapping(raw, path, self._SUBTASK, self._SUBTASK_REQUIRED)
        code = self.string(m, "code", path)
        expected = f"{project}.{task}.{number}"
        if code != expected:
            self.fail(
                _join(path, "code"),
                tr(
                    "код {value} не совпадает с позицией в файле: ожидается "
                    "«{expected}» (проект {project}, задача {task}, подзадача {number})"
                ).format(value=describe_value(code), expected=expected, project=project, task=task, number=number),
            )
        title = self.string(m, "title", path)
        short_title = self.short_title(m, path)
        guidance = self.string(m, "guidance", path)
        executor = self.string(m, "executor", path)
        periodicity = self.enum_field(m, "periodicity", path, Periodicity)
        periodicity_source = self.string(m, "periodicity_source", path, required=False) or ""
        deadline = self.deadline(m["deadline"], _join(path, "deadline"))
        levels = self.levels(m, path)
        signers = self.resolve_signers(m, path, levels, default_signers)
        applies_if = None
        if "applies_if" in m:
            applies_if = self.identifier(m, "applies_if", path)
            if applies_if not in self._questions:
                self.fail(
                    _join(path, "applies_if"),
                    tr("вопрос «{key}» не найден в списке questions каталога").format(key=applies_if),
                )
        register = None
        if "register" in m:
            register = self.register(m["register"], _join(path, "register"))
        extra: list[Register] = []
        if "extra_registers" in m:
            extra_raw = self.listing(m, "extra_registers", path, need=tr("хотя бы один реестр"))
            assert extra_raw is not None
            seen = {register.key: _join(path, "register")} if register else {}
            for i, r in enumerate(extra_raw):
                rpath = f"{path}.extra_registers[{i}]"
                reg = self.register(r, rpath)
                if reg.key in seen:
                    self.fail(
                        _join(rpath, "key"),
                        tr("ключ реестра «{key}» уже использован в {path}").format(key=reg.key, path=seen[reg.key]),
                    )
                seen[reg.key] = rpath
                extra.append(reg)
        kpi = self.kpi(m["kpi"], _join(path, "kpi")) if "kpi" in m else None
        register_keys = {r.key for r in ((register,) if register else ()) + tuple(extra)}
        documents = self.documents(
            m,
            path,
            levels,
            signers,
            register_keys,
            periodic=periodicity in (Periodicity.QUARTERLY, Periodicity.MONTHLY),
        )
        self.deadline_slots(deadline, documents, _join(path, "deadline"))
        assert code is not None and title is not None and guidance is not None
        assert executor is not None
        return Subtask(
            code=code,
            project=project,
            task=task,
            number=number,
            title=title,
            short_title=short_title,
            guidance=guidance,
            executor=executor,
            documents=documents,
            signers=signers,
            periodicity=periodicity,
            deadline=deadline,
            levels=levels,
            register=register,
            kpi=kpi,
            extra_registers=tuple(extra),
            applies_if=applies_if,
            periodicity_source=periodicity_source,
        )

    def short_title(self, m: Mapping[str, Any], path: str) -> str:
        value = self.string(m, "short_title", path)
        assert value is not None
        p = _join(path, "short_title")
        if len(value) > SHORT_TITLE_MAX:
            self.fail(
                p,
                tr("краткое название длиннее {limit} символов ({length}): {value}").format(
                    limit=SHORT_TITLE_MAX, length=len(value), value=describe_value(value)
                ),
            )
        bad = sorted({ch for ch in value if ch in _FORBIDDEN_NAME_CHARS or ord(ch) < 32})
        if bad:
            shown = " ".join(f"«{ch}»" if ch.isprintable() else f"U+{ord(ch):04X}" for ch in bad)
            self.fail(
                p,
                tr(
                    "краткое название используется в именах папок и не может содержать "
                    "символы < > : \" / \\ | ? * и управляющие символы "
                    "(найдено: {found})"
                ).format(found=shown),
            )
        if value.endswith("."):
            self.fail(p, tr("краткое название не может заканчиваться точкой (недопустимо в именах папок Windows)"))
        return value

    _SLOT = (
        "key",
        "title",
        "kind",
        "requirement",
        "source",
        "condition",
        "waive_reasons",
        "appendix",
        "register",
        "signers",
        "signers_source",
        "channels",
        "channels_rule",
        "date",
        "anchor",
        "scope",
    )

    def documents(
        self,
        m: Mapping[str, Any],
        path: str,
        levels: tuple[OrgLevel, ...],
        subtask_signers: dict[OrgLevel, tuple[SignerRole, ...]],
        register_keys: set[str],
        *,
        periodic: bool,
    ) -> tuple[DocumentSlot, ...]:
        items = self.listing(m, "documents", path, need=tr("хотя бы один подтверждающий документ"))
        assert items is not None
        result: list[DocumentSlot] = []
        for i, raw in enumerate(items):
            p = f"{path}.documents[{i}]"
            if isinstance(raw, dict) and "key" not in raw:
                self.fail(
                    _join(p, "key"),
                    tr(
                        "у подтверждающего документа нет ключа (key): файл каталога составлен "
                        "для прежней версии программы — возьмите образец формата из "
                        "встроенного каталога tbn4-2023.yaml"
                    ),
                )
            slot = self.slot(raw, p, levels, subtask_signers, register_keys, periodic)
            if any(d.key == slot.key for d in result):
                self.fail(
                    _join(p, "key"), tr("ключ документа «{key}» повторяется в этой подзадаче").format(key=slot.key)
                )
            result.append(slot)
        return tuple(result)

    def slot(
        self,
        raw: Any,
        p: str,
        levels: tuple[OrgLevel, ...],
        subtask_signers: dict[OrgLevel, tuple[SignerRole, ...]],
        register_keys: set[str],
        periodic: bool,
    ) -> DocumentSlot:
        d = self.mapping(raw, p, self._SLOT, ("key", "title", "kind", "requirement", "source"))
        key = self.identifier(d, "key", p)
        kind = self.enum_field(d, "kind", p, DocumentKind)
        requirement = self.enum_field(d, "requirement", p, Requirement)
        title = self.string(d, "title", p)
        source = self.string(d, "source", p)
        assert title is not None and source is not None

        def only(field_name: str, allowed: bool, problem: str) -> None:
            if field_name in d and not allowed:
                self.fail(_join(p, field_name), problem)

        link_only = tr("поле допустимо только для ссылки (kind: link)")
        conditional_only = tr("поле допустимо только для условного документа (requirement: conditional)")
        only("appendix", kind is DocumentKind.FORM, tr("поле допустимо только для формы отчётности (kind: form)"))
        only("register", kind is DocumentKind.REGISTER, tr("поле допустимо только для таблицы (kind: register)"))
        only("channels", kind is DocumentKind.LINK, link_only)
        only("channels_rule", kind is DocumentKind.LINK, link_only)
        only(
            "signers",
            kind.needs_signer,
            tr("поле допустимо только для подписываемого документа (kind: signed или form)"),
        )
        only("signers_source", "signers" in d, tr("поле допустимо только вместе с полем signers"))
        only("condition", requirement is Requirement.CONDITIONAL, conditional_only)
        only("waive_reasons", requirement is Requirement.CONDITIONAL, conditional_only)
        only("anchor", "date" in d, tr("поле допустимо только вместе с полем date"))
        only("scope", periodic, tr("поле допустимо только для ежеквартальных и ежемесячных подзадач"))

        appendix = None
        if kind is DocumentKind.FORM:
            if "appendix" not in d:
                self.fail(
                    _join(p, "appendix"),
                    tr(
                        "для формы отчётности (kind: form) обязателен номер приложения от {minimum} до {maximum}"
                    ).format(minimum=APPENDIX_MIN, maximum=APPENDIX_MAX),
                )
            appendix = self.integer(
                d, "appendix", p, minimum=APPENDIX_MIN, maximum=APPENDIX_MAX, what=tr("номер приложения")
            )
        register = None
        if kind is DocumentKind.REGISTER:
            register = self.identifier(d, "register", p)
            if register not in register_keys:
                self.fail(_join(p, "register"), tr("таблица «{key}» не найдена в этой подзадаче").format(key=register))
        condition = ""
        waive: tuple[str, ...] = ()
        if requirement is Requirement.CONDITIONAL:
            condition = self.string(d, "condition", p) or ""
            reasons = self.listing(d, "waive_reasons", p, need=tr("хотя бы одну причину"))
            assert reasons is not None
            waive = tuple(self.enum_free_string(r, f"{p}.waive_reasons[{j}]") for j, r in enumerate(reasons))
        signers: dict[OrgLevel, tuple[SignerRole, ...]] = {}
        signers_source = ""
        if kind.needs_signer:
            own = self.signers_map(d["signers"], _join(p, "signers")) if "signers" in d else {}
            for level in own:
                if level not in levels:
                    self.fail(
                        _join(_join(p, "signers"), level.value),
                        tr("уровень «{level}» не входит в levels этой подзадачи").format(level=level.value),
                    )
            signers = {lv: own.get(lv) or subtask_signers[lv] for lv in levels}
            if own:
                signers_source = self.string(d, "signers_source", p) or ""
        channels: tuple[Channel, ...] = ()
        any_channel = False
        if kind is DocumentKind.LINK:
            raw_channels = self.listing(d, "channels", p, required=False, need=tr("хотя бы один канал"))
            found: list[Channel] = []
            for j, c in enumerate(raw_channels or ["site"]):
                channel = self.enum(c, f"{p}.channels[{j}]", Channel)
                if channel in found:
                    self.fail(f"{p}.channels[{j}]", tr("канал «{channel}» указан дважды").format(channel=channel.value))
                found.append(channel)
            channels = tuple(found)
            if "channels_rule" in d:
                rule = d["channels_rule"]
                if rule not in ("all", "any"):
                    self.fail(
                        _join(p, "channels_rule"),
                        tr("ожидается all или any, получено {value}").format(value=describe_value(rule)),
                    )
                any_channel = rule == "any"
        date_kind = self.enum_field(d, "date", p, SlotDate) if "date" in d else None
        anchor = self.enum_field(d, "anchor", p, AnchorEvent) if "anchor" in d else None
        year_scope = False
        if "scope" in d:
            if d["scope"] != "year":
                self.fail(
                    _join(p, "scope"), tr("ожидается year, получено {value}").format(value=describe_value(d["scope"]))
                )
            year_scope = True
        return DocumentSlot(
            key=key,
            title=title,
            kind=kind,
            requirement=requirement,
            source=source,
            condition=condition,
            waive_reasons=waive,
            appendix=appendix,
            register=register,
            signers=signers,
            signers_source=signers_source,
            channels=channels,
            any_channel=any_channel,
            date=date_kind,
            anchor=anchor,
            year_scope=year_scope,
        )

    def enum_free_string(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, tr("ожидается непустая строка, получено {value}").format(value=describe_value(value)))
        return value.strip()

    def deadline_slots(self, rule: DeadlineRule, slots: tuple[DocumentSlot, ...], path: str) -> None:
        """The slots a deadline names exist and carry a date."""
        by_key = {d.key: d for d in slots}
        for field_name, key in (("slot", rule.slot), ("receipt_slot", rule.receipt_slot)):
            if key is None:
                continue
            slot = by_key.get(key)
            if slot is None:
                self.fail(_join(path, field_name), tr("документ «{key}» не найден в этой подзадаче").format(key=key))
            if slot.date is None:
                self.fail(
                    _join(path, field_name),
                    tr("у документа «{key}» нет даты (поле date), по которой судить о сроке").format(key=key),
                )

    def deadline(self, raw: Any, path: str) -> DeadlineRule:
        allowed_by_kind = {
            DeadlineKind.FIXED: ("kind", "text", "source"),
            DeadlineKind.RELATIVE: ("kind", "text", "event", "workdays", "slot", "source"),
            DeadlineKind.AFTER_PERIOD: ("kind", "text", "day_of_month", "months_after", "slot", "source"),
            DeadlineKind.MONITORING: (
                "kind",
                "text",
                "day_of_month",
                "workdays",
                "slot",
                "receipt_slot",
                "source",
                "info_source",
            ),
        }
        all_keys = (
            "kind",
            "text",
            "event",
            "workdays",
            "day_of_month",
            "months_after",
            "slot",
            "receipt_slot",
            "source",
            "info_source",
        )
        d = self.mapping(raw, path, all_keys, ("kind", "text"))
        kind = self.enum_field(d, "kind", path, DeadlineKind)
        for key in d:
            if key not in allowed_by_kind[kind]:
                self.fail(
                    _join(path, key),
                    tr("поле «{key}» не применяется к сроку вида «{kind}» (допустимые поля: {allowed})").format(
                        key=key, kind=kind.value, allowed=", ".join(allowed_by_kind[kind])
                    ),
                )
        text = self.string(d, "text", path)
        assert text is not None
        common: _CommonRuleFields = {
            "source": self.string(d, "source", path, required=False) or "",
            "slot": self.identifier(d, "slot", path) if "slot" in d else None,
        }
        if kind is DeadlineKind.RELATIVE:
            event = self.enum_field(d, "event", path, AnchorEvent)
            workdays = self.integer(d, "workdays", path, minimum=-250, maximum=250)
            return DeadlineRule(kind=kind, text=text, event=event, workdays=workdays, **common)
        if kind is DeadlineKind.MONITORING:
            day = self.integer(d, "day_of_month", path, minimum=1, maximum=28, what=tr("число месяца"))
            workdays = self.integer(d, "workdays", path, minimum=1, maximum=60)
            if common["slot"] is None:
                self.fail(_join(path, "slot"), tr("обязательное поле отсутствует"))
            return DeadlineRule(
                kind=kind,
                text=text,
                day_of_month=day,
                workdays=workdays,
                receipt_slot=self.identifier(d, "receipt_slot", path) if "receipt_slot" in d else None,
                info_source=self.string(d, "info_source", path, required=False) or "",
                **common,
            )
        if kind is DeadlineKind.AFTER_PERIOD:
            day = self.integer(d, "day_of_month", path, minimum=1, maximum=28, what=tr("число месяца"))
            months = self.integer(
                d, "months_after", path, required=False, minimum=1, maximum=12, what=tr("число месяцев")
            )
            return DeadlineRule(
                kind=kind, text=text, day_of_month=day, months_after=1 if months is None else months, **common
            )
        return DeadlineRule(kind=kind, text=text, **common)

    def levels(self, m: Mapping[str, Any], path: str) -> tuple[OrgLevel, ...]:
        items = self.listing(m, "levels", path, need=tr("хотя бы один уровень организации"))
        assert items is not None
        result: list[OrgLevel] = []
        for i, raw in enumerate(items):
            level = self.enum(raw, f"{path}.levels[{i}]", OrgLevel)
            if level in result:
                self.fail(f"{path}.levels[{i}]", tr("уровень «{level}» указан дважды").format(level=level.value))
            result.append(level)
        # Canonical order, whatever the order in the file.
        return tuple(lv for lv in OrgLevel if lv in result)

    def signers_map(self, raw: Any, path: str) -> dict[OrgLevel, tuple[SignerRole, ...]]:
        if not isinstance(raw, dict):
            self.fail(path, tr("ожидается набор «уровень: [роли]», получено {value}").format(value=describe_value(raw)))
        result: dict[OrgLevel, tuple[SignerRole, ...]] = {}
        for key, roles_raw in raw.items():
            lpath = _join(path, str(key))
            level = self.enum(key, lpath, OrgLevel)
            if not isinstance(roles_raw, list):
                self.fail(
                    lpath,
                    tr("ожидается список ролей подписантов, получено {value}").format(value=describe_value(roles_raw)),
                )
            if not roles_raw:
                self.fail(lpath, tr("список подписантов пуст"))
            roles: list[SignerRole] = []
            for i, r in enumerate(roles_raw):
                role = self.enum(r, f"{lpath}[{i}]", SignerRole)
                if role in roles:
                    self.fail(f"{lpath}[{i}]", tr("роль «{role}» указана дважды").format(role=role.value))
                roles.append(role)
            result[level] = tuple(roles)
        return result

    def resolve_signers(
        self,
        m: Mapping[str, Any],
        path: str,
        levels: tuple[OrgLevel, ...],
        default: dict[OrgLevel, tuple[SignerRole, ...]],
    ) -> dict[OrgLevel, tuple[SignerRole, ...]]:
        spath = _join(path, "signers")
        override: dict[OrgLevel, tuple[SignerRole, ...]] = {}
        if "signers" in m:
            override = self.signers_map(m["signers"], spath)
            for level in override:
                if level not in levels:
                    self.fail(
                        _join(spath, level.value),
                        tr("уровень «{level}» не входит в levels этой подзадачи ({levels})").format(
                            level=level.value, levels=", ".join(lv.value for lv in levels)
                        ),
                    )
        resolved: dict[OrgLevel, tuple[SignerRole, ...]] = {}
        for level in levels:
            roles = override.get(level) or default.get(level)
            if not roles:
                self.fail(
                    spath,
                    tr(
                        "не указаны подписанты для уровня «{level}»: добавьте "
                        "его в signers подзадачи или в default_signers каталога"
                    ).format(level=level.value),
                )
            resolved[level] = roles
        return resolved

    def register(self, raw: Any, path: str) -> Register:
        r = self.mapping(raw, path, ("key", "title", "columns"), ("key", "title", "columns"))
        key = self.identifier(r, "key", path)
        title = self.string(r, "title", path)
        cols_raw = self.listing(r, "columns", path, need=tr("хотя бы один столбец"))
        assert title is not None and cols_raw is not None
        columns: list[RegisterColumn] = []
        seen: dict[str, str] = {}
        for i, c in enumerate(cols_raw):
            cpath = f"{path}.columns[{i}]"
            col = self.column(c, cpath)
            if col.key in seen:
                self.fail(
                    _join(cpath, "key"),
                    tr("ключ столбца «{key}» повторяется (уже есть в {path})").format(key=col.key, path=seen[col.key]),
                )
            seen[col.key] = cpath
            if "when" in c:
                later = [self._raw_key(x) for x in cols_raw[i + 1 :]]
                col = replace(col, when=self.condition(c["when"], _join(cpath, "when"), col.key, columns, later))
            columns.append(col)
        return Register(key=key, title=title, columns=tuple(columns))

    @staticmethod
    def _raw_key(raw: Any) -> Any:
        return raw.get("key", "").strip() if isinstance(raw, dict) and isinstance(raw.get("key"), str) else None

    def condition(
        self, raw: Any, path: str, own_key: str, earlier: list[RegisterColumn], later: list[Any]
    ) -> tuple[tuple[str, bool | str], ...]:
        """`when: {column: value, …}` — each key an earlier bool or choice
        column of the same register, each value one that column can hold."""
        if not isinstance(raw, dict) or not raw:
            self.fail(
                path,
                tr(
                    "ожидается условие «столбец: значение», например {{superior_is_political: true}}, получено {value}"
                ).format(value=describe_value(raw)),
            )
        by_key = {c.key: c for c in earlier}
        pairs: list[tuple[str, bool | str]] = []
        for key, value in raw.items():
            kpath = _join(path, str(key))
            key = key.strip() if isinstance(key, str) else key
            if key == own_key:
                self.fail(kpath, tr("столбец не может зависеть от самого себя"))
            if key not in by_key:
                if key in later:
                    self.fail(
                        kpath,
                        tr(
                            "столбец {value} идёт ниже этого столбца: условие может ссылаться "
                            "только на столбцы выше по списку"
                        ).format(value=describe_value(key)),
                    )
                self.fail(kpath, tr("столбец {value} не найден в этом реестре").format(value=describe_value(key)))
            other = by_key[key]
            if other.type == "bool":
                if not isinstance(value, bool):
                    self.fail(
                        kpath,
                        tr("столбец «{key}» типа bool: ожидается true или false, получено {value}").format(
                            key=key, value=describe_value(value)
                        ),
                    )
            elif other.type == "choice":
                if not isinstance(value, str) or value.strip() not in other.choices:
                    self.fail(
                        kpath,
                        tr("значение {value} не входит в варианты столбца «{key}» ({choices})").format(
                            value=describe_value(value), key=key, choices=", ".join(other.choices)
                        ),
                    )
                value = value.strip()
            else:
                self.fail(
                    kpath,
                    tr(
                        "условие может ссылаться только на столбец типа bool или choice, а «{key}» имеет тип {type}"
                    ).format(key=key, type=other.type),
                )
            pairs.append((key, value))
        return tuple(pairs)

    def column(self, raw: Any, path: str) -> RegisterColumn:
        c = self.mapping(raw, path, ("key", "title", "type", "required", "choices", "when"), ("key", "title"))
        key = self.identifier(c, "key", path)
        title = self.string(c, "title", path)
        assert title is not None
        ctype = "text"
        if "type" in c:
            tpath = _join(path, "type")
            value = c["type"]
            if not isinstance(value, str) or value.strip() not in COLUMN_TYPES:
                self.fail(
                    tpath,
                    tr("неизвестное значение {value} (допустимые значения: {allowed})").format(
                        value=describe_value(value), allowed=", ".join(COLUMN_TYPES)
                    ),
                )
            ctype = value.strip()
        required = self.boolean(c, "required", path, default=False)
        choices: tuple[str, ...] = ()
        if ctype == "choice":
            items = self.listing(c, "choices", path, need=tr("хотя бы один вариант выбора"))
            assert items is not None
            values: list[str] = []
            for i, v in enumerate(items):
                vpath = f"{path}.choices[{i}]"
                if not isinstance(v, str) or not v.strip():
                    self.fail(vpath, tr("ожидается непустая строка, получено {value}").format(value=describe_value(v)))
                if v.strip() in values:
                    self.fail(vpath, tr("вариант {value} указан дважды").format(value=describe_value(v.strip())))
                values.append(v.strip())
            choices = tuple(values)
        elif "choices" in c:
            self.fail(
                _join(path, "choices"),
                tr("варианты выбора допустимы только для столбца типа choice, а здесь type: {type}").format(type=ctype),
            )
        return RegisterColumn(key=key, title=title, type=ctype, required=required, choices=choices)

    def identifier(self, m: Mapping[str, Any], key: str, path: str) -> str:
        value = self.string(m, key, path)
        assert value is not None
        if not _IDENT_RE.match(value):
            self.fail(
                _join(path, key),
                tr(
                    "ожидается идентификатор из строчных латинских букв, цифр и «_», "
                    "начинающийся с буквы, получено {value}"
                ).format(value=describe_value(value)),
            )
        return value

    def kpi(self, raw: Any, path: str) -> Kpi:
        k = self.mapping(raw, path, ("kind", "target", "text", "source"), ("kind", "target", "text"))
        kind = self.enum_field(k, "kind", path, KpiKind)
        target = k["target"]
        if isinstance(target, bool) or not isinstance(target, (int, float)) or target <= 0:
            self.fail(
                _join(path, "target"),
                tr("ожидается положительное число, получено {value}").format(value=describe_value(target)),
            )
        text = self.string(k, "text", path)
        assert text is not None
        return Kpi(
            kind=kind, target=float(target), text=text, source=self.string(k, "source", path, required=False) or ""
        )


def catalog_from_data(data: Any, file_name: str | None = None) -> Catalog:
    """Validate already-parsed catalog data (the YAML structure as plain
    dicts/lists) into a ``Catalog``; ``file_name`` is used in messages."""
    return _Validator(file_name if file_name is not None else tr("(без имени)")).catalog(data)


def load_catalog(path: Path | str, cache_dir: Path | None = None) -> Catalog:
    """Read and validate one catalog file. Raises ``CatalogError``."""
    path = Path(path)
    cache = _cache_file(path, cache_dir) if cache_dir is not None else None
    data = _read_cache(cache) if cache is not None else None
    if data is None:
        from tbn4_desktop.core.catalog_yaml import read_yaml

        data = read_yaml(path)
        catalog = catalog_from_data(data, path.name)
        if cache is not None:
            _write_cache(cache, data)
        return catalog
    return catalog_from_data(data, path.name)


# --------------------------------------------------------------------------
# Cache of parsed files (start-up speed: JSON parses ~50× faster than YAML)


def _cache_file(path: Path, cache_dir: Path) -> Path | None:
    try:
        stat = path.stat()
    except OSError:
        return None  # reading the file itself will explain the problem
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{__version__}"
    return Path(cache_dir) / f"catalog-{hashlib.sha256(key.encode()).hexdigest()[:20]}.json"


def _read_cache(cache: Path) -> Any:
    try:
        return json.loads(cache.read_bytes())
    except (OSError, ValueError):
        return None


def _write_cache(cache: Path, data: Any) -> None:
    try:
        payload = json.dumps(data, ensure_ascii=False, default=_json_default).encode("utf-8")
        atomic_write_bytes(cache, payload)
    except (OSError, TypeError, ValueError):
        pass  # a cache that cannot be written only costs speed


def _json_default(value: Any) -> str:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()  # the validator reads ISO dates back
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")
