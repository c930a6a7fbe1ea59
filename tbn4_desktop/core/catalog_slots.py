"""Catalog validation, part 2: a subtask's document slots and its deadline.

``_SlotReader`` reads ``short_title``, ``documents`` (each slot with the
fields its kind and requirement allow) and ``deadline`` (the fields of its
kind; the slots it names exist and carry a date). Apart from catalog_loader
because the slot rules are the largest part of the validator.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from tbn4_desktop.core.catalog import AnchorEvent, DeadlineKind, DeadlineRule, DocumentSlot
from tbn4_desktop.core.catalog_fields import (
    _FORBIDDEN_NAME_CHARS,
    APPENDIX_MAX,
    APPENDIX_MIN,
    SHORT_TITLE_MAX,
    _FieldReader,
    _join,
)
from tbn4_desktop.core.validation import describe_value
from tbn4_desktop.core.vocabulary import Channel, DocumentKind, OrgLevel, Requirement, SignerRole, SlotDate
from tbn4_desktop.i18n import tr


class _CommonRuleFields(TypedDict):
    """The DeadlineRule fields every kind of deadline may have."""

    source: str
    slot: str | None


class _SlotReader(_FieldReader):
    """Document slots and deadlines of one subtask."""

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
