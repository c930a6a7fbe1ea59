"""Catalog validation, part 1: the field readers every part builds on.

``_FieldReader`` holds the file name and the primitives that read one field
(string, integer, enum, list, date, identifier, levels, signer roles) and
fail on the first problem with a Russian message naming the file, the path
inside it and the field. Apart from catalog_loader so that the slot and
register readers (catalog_slots, catalog_registers) can share it without the
validator's envelope and tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from tbn4_desktop.core.catalog import CatalogError
from tbn4_desktop.core.validation import describe_value
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
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


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class _FieldReader:
    """The primitives of the catalog validator: one field at a time, failing
    on the first problem with a message that names the file, the path and the
    field."""

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

    def enum_free_string(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, tr("ожидается непустая строка, получено {value}").format(value=describe_value(value)))
        return value.strip()
