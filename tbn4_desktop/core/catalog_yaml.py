"""Strict YAML reading of catalog files: UTF-8 only, a key written twice is
an error, every problem a CatalogError in Russian with the line.

Kept apart from the loader so start-up, which reads a validated cache,
never imports PyYAML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tbn4_desktop.core.catalog import CatalogError

MAX_FILE_BYTES = 2 * 1024 * 1024       # a catalog is ~100 KB; refuse anything absurd

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


def read_yaml(path: Path) -> Any:
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
