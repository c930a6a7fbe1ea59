"""Strict YAML reading of catalog files: UTF-8 only, a key written twice is
an error, every problem a CatalogError in Russian with the line.

Kept apart from the loader so start-up, which reads a validated cache,
never imports PyYAML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tbn4_desktop.core.catalog import CatalogError
from tbn4_desktop.i18n import tr

MAX_FILE_BYTES = 2 * 1024 * 1024  # a catalog is ~100 KB; refuse anything absurd

_MERGE_TAG = "tag:yaml.org,2002:merge"


class _DuplicateKeyError(yaml.MarkedYAMLError):  # type: ignore[misc]  # PyYAML ships no type information
    def __init__(self, key: str, mark: Any) -> None:
        super().__init__(problem=f"duplicate key {key!r}", problem_mark=mark)
        self.key = key


def _strict_loader(base: type) -> type:
    """A safe loader on ``base`` that refuses a key written twice in one
    mapping (PyYAML would silently keep the last one, hiding a typo)."""

    class StrictLoader(base):  # type: ignore[misc]  # a base chosen at run time (CSafeLoader or SafeLoader)
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


def read_yaml(path: Path) -> Any:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CatalogError(
                tr("Файл каталога {name}: файл слишком большой ({size} КБ, допустимо не более {limit} КБ).").format(
                    name=name, size=size // 1024, limit=MAX_FILE_BYTES // 1024
                )
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CatalogError(tr("Файл каталога {name}: файл не найден ({path}).").format(name=name, path=path)) from None
    except IsADirectoryError:
        raise CatalogError(
            tr("Файл каталога {name}: это папка, а не файл ({path}).").format(name=name, path=path)
        ) from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise CatalogError(
            tr("Файл каталога {name}: не удалось прочитать файл ({reason}).").format(name=name, reason=reason)
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CatalogError(
            tr(
                "Файл каталога {name}: файл не в кодировке UTF-8 (строка {line}, "
                "байт 0x{byte}). Сохраните файл в кодировке UTF-8."
            ).format(name=name, line=line, byte=f"{raw[exc.start]:02X}")
        ) from None
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - safe loader subclass
    except _DuplicateKeyError as exc:
        at_line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        raise CatalogError(
            tr("Файл каталога {name}: строка {line} — поле «{key}» указано дважды.").format(
                name=name, line=at_line, key=exc.key
            )
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = (exc.problem or exc.context or "").strip()
        if mark:
            raise CatalogError(
                tr("Файл каталога {name}: ошибка синтаксиса YAML (строка {line}, столбец {column}): {detail}.").format(
                    name=name, line=mark.line + 1, column=mark.column + 1, detail=detail
                )
            ) from None
        raise CatalogError(
            tr("Файл каталога {name}: ошибка синтаксиса YAML (место неизвестно): {detail}.").format(
                name=name, detail=detail
            )
        ) from None
    except yaml.YAMLError as exc:
        raise CatalogError(
            tr("Файл каталога {name}: ошибка синтаксиса YAML: {error}.").format(name=name, error=exc)
        ) from None
    except RecursionError:
        raise CatalogError(
            tr("Файл каталога {name}: слишком глубокая вложенность данных YAML.").format(name=name)
        ) from None
