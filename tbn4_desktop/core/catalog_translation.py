"""The catalog's texts in another language (Kazakh), read from a file
beside the catalog: ``tbn4-2023.yaml`` → ``tbn4-2023.kk.yaml``.

The file keys every text by stable identifiers (project number, task and
subtask codes, question, slot, register and column keys) and marks each
entry ``project`` (the project's own translation) or ``official`` (the
official text), so that an official text can replace ours later without
code changes. The instruction's quotes (``source``, ``condition``…) are
never translated. The format is described in the file's header.

Checked strictly: a place the catalog does not have, an unknown field, an
empty text, a list of choices or reasons of another length, or one Russian
text translated two ways is a ``CatalogTranslationError`` naming the file
and the place. Never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tbn4_desktop.core.catalog import Catalog, CatalogError
from tbn4_desktop.i18n import LANGUAGES, SOURCE_LANGUAGE, tr

PROJECT = "project"  # the project's own translation
OFFICIAL = "official"  # the official text of the instruction
MARKS = (PROJECT, OFFICIAL)


class CatalogTranslationError(CatalogError):
    """A translation file that cannot be used; the message names the file
    and the place in it."""


def translation_path(catalog_file: Path | str, language: str) -> Path:
    """``…/tbn4-2023.yaml`` → ``…/tbn4-2023.kk.yaml``."""
    catalog_file = Path(catalog_file)
    return catalog_file.with_name(f"{catalog_file.stem}.{language}{catalog_file.suffix}")


def catalog_places(catalog: Catalog) -> list[tuple[str, str]]:
    """(place, Russian text) of every translatable text of ``catalog``."""
    out = [("title", catalog.title)]
    for p in catalog.projects:
        out += [(f"projects.{p.number}.title", p.title), (f"projects.{p.number}.goal", p.goal)]
    out += [(f"tasks.{t.code}.title", t.title) for t in catalog.tasks()]
    out += [(f"questions.{q.key}.text", q.text) for q in catalog.questions]
    for s in catalog.subtasks():
        base = f"subtasks.{s.code}"
        out += [(f"{base}.{name}", getattr(s, name)) for name in ("title", "short_title", "guidance", "executor")]
        out.append((f"{base}.deadline", s.deadline.text))
        if s.kpi is not None:
            out.append((f"{base}.kpi", s.kpi.text))
        for d in s.documents:
            out.append((f"{base}.documents.{d.key}.title", d.title))
            out += [(f"{base}.documents.{d.key}.waive_reasons[{i}]", w) for i, w in enumerate(d.waive_reasons)]
        for r in s.registers:
            rbase = f"{base}.registers.{r.key}"
            out.append((f"{rbase}.title", r.title))
            for c in r.columns:
                out.append((f"{rbase}.columns.{c.key}.title", c.title))
                out += [(f"{rbase}.columns.{c.key}.choices[{i}]", v) for i, v in enumerate(c.choices)]
    return out


@dataclass(frozen=True)
class CatalogTranslation:
    catalog_id: str
    language: str
    # place → (Russian text, translated text, mark)
    entries: dict[str, tuple[str, str, str]]

    def texts(self) -> dict[str, str]:
        """Russian text → translated text (for i18n.set_catalog_texts)."""
        return {ru: text for ru, text, _mark in self.entries.values()}

    def missing(self, catalog: Catalog) -> list[str]:
        """Places of ``catalog`` that have no translation."""
        return [place for place, _ru in catalog_places(catalog) if place not in self.entries]

    def status_of(self, place: str) -> str:
        """``project`` or ``official``; KeyError for an untranslated place."""
        return self.entries[place][2]


class _Reader:
    def __init__(self, catalog: Catalog, name: str) -> None:
        self.catalog, self.name = catalog, name
        self.russian = dict(catalog_places(catalog))
        self.entries: dict[str, tuple[str, str, str]] = {}
        self.place_of: dict[str, str] = {}  # Russian text → first place

    def error(self, message: str, place: str, **values: Any) -> CatalogTranslationError:
        return CatalogTranslationError(message.format(file=self.name, place=place, **values))

    def mapping(self, value: Any, place: str, allowed: tuple[str, ...]) -> dict[Any, Any]:
        if not isinstance(value, dict) and not place:
            raise self.error(tr("Файл перевода каталога {file}: ожидается набор полей «ключ: значение»."), place)
        if not isinstance(value, dict):
            raise self.error(
                tr("Файл перевода каталога {file}: {place} — ожидается набор полей «ключ: значение»."), place
            )
        for key in value:
            if key not in allowed:
                raise self.error(
                    tr(
                        "Файл перевода каталога {file}: {place} — неизвестное поле "
                        "«{field}» (допустимые поля: {allowed})."
                    ),
                    _join(place, str(key)),
                    field=key,
                    allowed=", ".join(allowed),
                )
        return value

    def mark(self, m: dict[Any, Any], place: str, inherited: str) -> str:
        mark: str = m.get("translation", inherited)
        if mark not in MARKS:
            raise self.error(
                tr("Файл перевода каталога {file}: {place} — отметка перевода должна быть project или official."),
                _join(place, "translation"),
            )
        return mark

    def text(self, value: Any, place: str, mark: str) -> None:
        if place not in self.russian:
            raise self.error(tr("Файл перевода каталога {file}: {place} — такого текста нет в каталоге."), place)
        if not isinstance(value, str) or not value.strip():
            raise self.error(
                tr("Файл перевода каталога {file}: {place} — текст перевода пустой или не является строкой."), place
            )
        ru, value = self.russian[place], value.strip()
        first = self.place_of.setdefault(ru, place)
        if first != place and self.entries[first][1] != value:
            raise self.error(
                tr("Файл перевода каталога {file}: {place} — тот же русский текст, что и в {other}, переведён иначе."),
                place,
                other=first,
            )
        self.entries[place] = (ru, value, mark)

    def texts(self, value: Any, place: str, mark: str) -> None:
        expected = sum(1 for p in self.russian if p.startswith(place + "["))
        if not isinstance(value, list) or len(value) != expected:
            count = len(value) if isinstance(value, list) else "—"
            raise self.error(
                tr(
                    "Файл перевода каталога {file}: {place} — число вариантов "
                    "({count}) не совпадает с каталогом ({expected})."
                ),
                place,
                count=count,
                expected=expected,
            )
        for i, item in enumerate(value):
            self.text(item, f"{place}[{i}]", mark)

    def fields(self, m: dict[Any, Any], place: str, mark: str, names: tuple[str, ...]) -> None:
        for name in names:
            if name in m:
                self.text(m[name], _join(place, name), mark)

    def children(
        self, value: Any, place: str, known: dict[str, Any], message: str, *, quoted: bool = False
    ) -> list[tuple[str, Any, str]]:
        """(key, entry, place) of a mapping keyed by codes or keys of ``known``."""
        if value is None:
            return []
        out = []
        if not isinstance(value, dict):
            self.mapping(value, place, ())
        for key, entry in value.items():
            if quoted and not isinstance(key, str):
                raise self.error(
                    tr("Файл перевода каталога {file}: {place} — код «{code}» нужно записать в кавычках."),
                    place,
                    code=key,
                )
            where = f"{place}.{key}"
            if str(key) not in known:
                raise self.error(message, where, code=key)
            out.append((str(key), entry, where))
        return out

    def read(self, data: Any) -> dict[str, tuple[str, str, str]]:
        top = self.mapping(
            data, "", ("catalog", "language", "translation", "title", "projects", "tasks", "questions", "subtasks")
        )
        if top.get("catalog") != self.catalog.id:
            raise self.error(
                tr(
                    "Файл перевода каталога {file}: {place} — перевод относится "
                    "к каталогу «{found}», а не «{expected}»."
                ),
                "catalog",
                found=top.get("catalog", "—"),
                expected=self.catalog.id,
            )
        language = top.get("language")
        if language not in LANGUAGES or language == SOURCE_LANGUAGE:
            raise self.error(
                tr("Файл перевода каталога {file}: {place} — неизвестный язык перевода «{found}»."),
                "language",
                found=language or "—",
            )
        mark = self.mark(top, "", PROJECT)
        self.fields(top, "", mark, ("title",))
        c = self.catalog
        for _key, e, place in self.children(
            top.get("projects"),
            "projects",
            {str(p.number): p for p in c.projects},
            tr("Файл перевода каталога {file}: {place} — в каталоге нет проекта {code}."),
        ):
            m = self.mapping(e, place, ("translation", "title", "goal"))
            self.fields(m, place, self.mark(m, place, mark), ("title", "goal"))
        for _key, e, place in self.children(
            top.get("tasks"),
            "tasks",
            {t.code: t for t in c.tasks()},
            tr("Файл перевода каталога {file}: {place} — в каталоге нет задачи {code}."),
            quoted=True,
        ):
            m = self.mapping(e, place, ("translation", "title"))
            self.fields(m, place, self.mark(m, place, mark), ("title",))
        for _key, e, place in self.children(
            top.get("questions"),
            "questions",
            {q.key: q for q in c.questions},
            tr("Файл перевода каталога {file}: {place} — в каталоге нет вопроса «{code}»."),
        ):
            m = self.mapping(e, place, ("translation", "text"))
            self.fields(m, place, self.mark(m, place, mark), ("text",))
        for code, e, place in self.children(
            top.get("subtasks"),
            "subtasks",
            {s.code: s for s in c.subtasks()},
            tr("Файл перевода каталога {file}: {place} — в каталоге нет подзадачи {code}."),
            quoted=True,
        ):
            self.subtask(code, e, place, mark)
        return self.entries

    def subtask(self, code: str, e: Any, place: str, mark: str) -> None:
        s = self.catalog.subtask(code)
        m = self.mapping(
            e,
            place,
            (
                "translation",
                "title",
                "short_title",
                "guidance",
                "executor",
                "deadline",
                "kpi",
                "documents",
                "registers",
            ),
        )
        mark = self.mark(m, place, mark)
        self.fields(m, place, mark, ("title", "short_title", "guidance", "executor", "deadline", "kpi"))
        for _key, d, where in self.children(
            m.get("documents"),
            f"{place}.documents",
            {d.key: d for d in s.documents},
            tr("Файл перевода каталога {file}: {place} — у подзадачи нет документа «{code}»."),
        ):
            dm = self.mapping(d, where, ("translation", "title", "waive_reasons"))
            dmark = self.mark(dm, where, mark)
            self.fields(dm, where, dmark, ("title",))
            if "waive_reasons" in dm:
                self.texts(dm["waive_reasons"], f"{where}.waive_reasons", dmark)
        registers = {r.key: r for r in s.registers}
        for key, r, where in self.children(
            m.get("registers"),
            f"{place}.registers",
            registers,
            tr("Файл перевода каталога {file}: {place} — у подзадачи нет таблицы «{code}»."),
        ):
            rm = self.mapping(r, where, ("translation", "title", "columns"))
            rmark = self.mark(rm, where, mark)
            self.fields(rm, where, rmark, ("title",))
            for _ck, col, cwhere in self.children(
                rm.get("columns"),
                f"{where}.columns",
                {c.key: c for c in registers[key].columns},
                tr("Файл перевода каталога {file}: {place} — в таблице нет столбца «{code}»."),
            ):
                cm = self.mapping(col, cwhere, ("translation", "title", "choices"))
                cmark = self.mark(cm, cwhere, rmark)
                self.fields(cm, cwhere, cmark, ("title",))
                if "choices" in cm:
                    self.texts(cm["choices"], f"{cwhere}.choices", cmark)


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def load_catalog_translation(catalog: Catalog, path: Path | str) -> CatalogTranslation:
    """Read and check the translation of ``catalog`` in ``path``.
    Raises ``CatalogTranslationError``."""
    from tbn4_desktop.core.catalog_yaml import read_yaml

    path = Path(path)
    try:
        data = read_yaml(path)
    except CatalogError as exc:
        raise CatalogTranslationError(str(exc)) from None
    entries = _Reader(catalog, path.name).read(data)
    return CatalogTranslation(catalog.id, data["language"], entries)
