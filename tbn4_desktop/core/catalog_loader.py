"""Reading and validating catalog files into the typed model.

- ``load_catalog(path, cache_dir=None)`` — read and validate one YAML file;
  any problem raises ``CatalogError`` with a Russian message naming the file,
  the path inside it and the field. With ``cache_dir``, the parsed data is
  kept as JSON keyed by the file's size and modification time, so the next
  start skips PyYAML (the data is validated again either way).
- ``catalog_from_data(data, file_name)`` — the same validation for data that
  is already parsed (e.g. built by an XLSX importer).

The validator is split by what it reads: catalog_fields (primitives),
catalog_slots (documents, deadlines), catalog_registers (registers,
questions, signers, KPIs); the envelope and the project tree are here.
"""

from __future__ import annotations

import json
import zlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tbn4_desktop import __version__
from tbn4_desktop.core.catalog import Catalog, Project, Register, Subtask, Task
from tbn4_desktop.core.catalog_fields import _CATALOG_ID_RE, YEAR_MAX, YEAR_MIN, _join
from tbn4_desktop.core.catalog_fields import APPENDIX_MAX as APPENDIX_MAX
from tbn4_desktop.core.catalog_fields import APPENDIX_MIN as APPENDIX_MIN
from tbn4_desktop.core.catalog_fields import SHORT_TITLE_MAX as SHORT_TITLE_MAX
from tbn4_desktop.core.catalog_registers import _RegisterReader
from tbn4_desktop.core.catalog_slots import _SlotReader
from tbn4_desktop.core.fileio import atomic_write_bytes
from tbn4_desktop.core.validation import describe_value
from tbn4_desktop.core.vocabulary import OrgLevel, Periodicity, SignerRole
from tbn4_desktop.i18n import tr

# --------------------------------------------------------------------------
# Validation


class _Validator(_SlotReader, _RegisterReader):
    """Turns parsed YAML into the frozen dataclasses, failing on the first
    problem with a message that names the file, the path and the field."""

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


def catalog_from_data(data: Any, file_name: str | None = None) -> Catalog:
    """Validate already-parsed catalog data (the YAML structure as plain
    dicts/lists) into a ``Catalog``; ``file_name`` is used in messages."""
    return _Validator(file_name if file_name is not None else tr("(без имени)")).catalog(data)


def load_catalog(path: Path | str, cache_dir: Path | None = None) -> Catalog:
    """Read and validate one catalog file. Raises ``CatalogError``."""
    path = Path(path)
    cache = _cache_entry(path, cache_dir) if cache_dir is not None else None
    data = _read_cache(*cache) if cache is not None else None
    if data is None:
        from tbn4_desktop.core.catalog_yaml import read_yaml

        data = read_yaml(path)
        catalog = catalog_from_data(data, path.name)
        if cache is not None:
            _write_cache(*cache, data)
        return catalog
    return catalog_from_data(data, path.name)


# --------------------------------------------------------------------------
# Cache of parsed files (start-up speed: JSON parses ~50× faster than YAML)


def _cache_entry(path: Path, cache_dir: Path) -> tuple[Path, str] | None:
    """The cache file for `path` and the key it must hold: the file, its size
    and time, and this program's version."""
    try:
        stat = path.stat()
    except OSError:
        return None  # reading the file itself will explain the problem
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{__version__}"
    # A checksum names the file, the key inside it decides (_read_cache): a
    # name shared by two keys only costs a YAML read. zlib, not hashlib: on
    # Windows hashlib loads OpenSSL's DLL, a cost on every start.
    return Path(cache_dir) / f"catalog-{zlib.crc32(key.encode()):08x}.json", key


def _read_cache(cache: Path, key: str) -> Any:
    try:
        entry = json.loads(cache.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None  # another file's, or written by an older version
    return entry.get("data")


def _write_cache(cache: Path, key: str, data: Any) -> None:
    try:
        payload = json.dumps({"key": key, "data": data}, ensure_ascii=False, default=_json_default).encode("utf-8")
        atomic_write_bytes(cache, payload)
    except (OSError, TypeError, ValueError):
        pass  # a cache that cannot be written only costs speed


def _json_default(value: Any) -> str:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()  # the validator reads ISO dates back
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")
