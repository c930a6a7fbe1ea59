"""Catalog validation, part 3: registers, questions, signers and KPIs.

``_RegisterReader`` reads a register's columns (types, choices, ``when``
conditions on earlier columns), the catalog's questions and signer sources,
a subtask's resolved signers and its KPI. Apart from catalog_loader so that
each part of the validator stays readable on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from tbn4_desktop.core.catalog import COLUMN_TYPES, Kpi, KpiKind, Question, Register, RegisterColumn
from tbn4_desktop.core.catalog_fields import _FieldReader, _join
from tbn4_desktop.core.validation import describe_value
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.i18n import tr


class _RegisterReader(_FieldReader):
    """Registers, questions, signers and KPIs."""

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
