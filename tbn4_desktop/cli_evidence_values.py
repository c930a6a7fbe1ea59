"""How the evidence commands read the user's words: levels, roles, channels,
events, yes/no answers, periods (Q1…Q4, M01…M12) and names."""

from __future__ import annotations

import re
from typing import Any

from tbn4_desktop.cli_context import Refused
from tbn4_desktop.core.catalog import AnchorEvent
from tbn4_desktop.core.vocabulary import Channel, OrgLevel, SignerRole
from tbn4_desktop.i18n import tr


def _choice_list(values: Any) -> str:
    return ", ".join(str(v) for v in values)


def _enum_value(kind: type[Any], text: str, message: str) -> Any:
    """The enum value `text` names; else Refused with `message` (a whole
    sentence with {text} and {choices})."""
    try:
        return kind(text.strip().lower())
    except ValueError:
        raise Refused(message.format(text=text, choices=_choice_list(kind))) from None


def _level(text: str) -> OrgLevel:
    return _enum_value(OrgLevel, text, tr("Неизвестный уровень «{text}»: укажите один из {choices}."))


def _role(text: str) -> SignerRole:
    return _enum_value(SignerRole, text, tr("Неизвестная роль «{text}»: укажите одну из {choices}."))


def _channel(text: str) -> Channel:
    return _enum_value(Channel, text, tr("Неизвестный канал «{text}»: укажите один из {choices}."))


def _anchor(text: str) -> AnchorEvent:
    return _enum_value(AnchorEvent, text, tr("Неизвестное событие «{text}»: укажите одно из {choices}."))


def _answer(text: str) -> bool | None:
    value = text.strip().lower()
    if value in ("yes", "да", "иә"):  # i18n: ru-only — parsing the user's answer (Russian or Kazakh word)
        return True
    if value in ("no", "нет", "жоқ"):  # i18n: ru-only — parsing the user's answer (Russian or Kazakh word)
        return False
    if value == "none":
        return None
    raise Refused(tr("Ответ «{text}» не понят: укажите yes (да), no (нет) или none (снять ответ).").format(text=text))


_PERIOD = re.compile(r"(?:(?P<q>[qQ])(?P<quarter>[1-4])|(?P<m>[mM])(?P<month>0?[1-9]|1[0-2]))")


def _period(text: str | None) -> str | None:
    """The stored form of a --period value ('' for the year); None when absent."""
    if text is None:
        return None
    value = text.strip()
    if not value:
        return ""
    match = _PERIOD.fullmatch(value)
    if match is None:
        raise Refused(tr("Период «{text}» не понят: укажите квартал Q1…Q4 или месяц M01…M12.").format(text=text))
    if match["q"]:
        return f"Q{match['quarter']}"
    return f"M{int(match['month']):02d}"


def _name(text: str) -> str:
    return " ".join(text.split())
