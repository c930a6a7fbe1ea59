"""A subordinate's manifest.json parsed without trust: `parse_manifest`
checks the outer shape (the writer's own rules, core/bundle_verify.py) and
every field into typed records (core/bundle_records.py); `resolve_slots`
sorts a format 1 manifest into the catalog's document slots. Whatever is
wrong raises BundleError with one Russian sentence naming where it is and
what to do (ADVICE).

Apart from core/bundle_reader.py because it reads bytes, not an archive:
the reader hands it manifest.json's bytes, the fuzz tests call it directly.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, Literal

from tbn4_desktop.core.bundle_records import (
    Manifest,
    ManifestFile,
    ManifestItem,
    ManifestLink,
    ManifestOrganization,
    ManifestRows,
    ManifestSignatory,
    ManifestSigner,
    ManifestSlot,
)
from tbn4_desktop.core.bundle_spec import SIGNATURE_ROLE, BundleError
from tbn4_desktop.core.bundle_verify import _check_manifest_shape
from tbn4_desktop.core.catalog import AnchorEvent, Catalog
from tbn4_desktop.core.checklist import UNASSIGNED
from tbn4_desktop.core.slot_assignment import file_slot, link_slot, slots_signed_by
from tbn4_desktop.core.vocabulary import Channel, ExecutionStatus, OrgLevel, SignerRole
from tbn4_desktop.i18n import N_, tr

#: Translate where shown: tr(ADVICE).
ADVICE = N_("попросите организацию сформировать пакет в программе ТБН-4 заново и прислать его ещё раз")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_manifest(data: bytes, bundle_name: str) -> Manifest:
    """manifest.json's bytes → Manifest; anything malformed raises BundleError."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _refusal(bundle_name, tr("файл manifest.json повреждён или не в формате JSON")) from exc
    try:
        _check_manifest_shape(raw, bundle_name)
    except BundleError as exc:
        raise BundleError(_with_advice(str(exc))) from exc
    except RecursionError as exc:
        raise _refusal(bundle_name, tr("в manifest.json слишком глубокая вложенность")) from exc
    version = raw["format_version"]
    p = _Parser(bundle_name, version)
    org = raw["organization"]
    parent = org.get("parent")
    if parent is not None and not isinstance(parent, dict):
        raise p.bad(tr("сведения о вышестоящем органе неверного типа"))
    parent = parent or {}
    organization = ManifestOrganization(
        name=org["name"].strip(),
        bin=p.bin(org.get("bin"), tr("БИН организации")),
        level=p.enum(OrgLevel, org["level"], tr("уровень организации")),
        parent_name=p.opt_str(parent.get("name"), tr("наименование вышестоящего органа")),
        parent_bin=p.bin(parent.get("bin"), tr("БИН вышестоящего органа")),
        supervised=p.supervised(org.get("supervised", [])),
    )
    year = raw["year"]
    if not 2000 <= year <= 2100:
        raise p.bad(tr("указан невозможный год {year}").format(year=year))
    catalog_version = raw["catalog"]["version"]
    if isinstance(catalog_version, bool):
        raise p.bad(tr("версия каталога неверного типа"))
    items = tuple(p.item(i, item) for i, item in enumerate(raw["items"], 1))
    root_files = raw.get("files", [])
    if not isinstance(root_files, list):
        raise p.bad(tr("список файлов в корне (files) неверного типа"))
    scope = raw.get("scope") or {"kind": "year"}
    if not isinstance(scope, dict) or scope.get("kind") not in ("year", "project", "changed"):
        raise p.bad(tr("неизвестный состав пакета (scope)"))
    seen: set[tuple[str, str]] = set()
    for item in items:
        if (item.code, item.period) in seen:
            if item.period:
                raise p.bad(tr("подзадача {code} ({period}) указана дважды").format(code=item.code, period=item.period))
            raise p.bad(tr("подзадача {code} (за год) указана дважды").format(code=item.code))
        seen.add((item.code, item.period))
    return Manifest(
        sha256=hashlib.sha256(data).hexdigest(),
        created_at=p.moment(raw["created_at"]),
        organization=organization,
        year=year,
        catalog_id=raw["catalog"]["id"],
        catalog_version=catalog_version,
        items=items,
        raw=raw,
        scope=scope["kind"],
        root_files=tuple(p.file(f, tr("корня пакета")) for f in root_files),
        format_version=version,
        answers=p.answers(raw.get("answers", {})),
        slots_resolved=version >= 2,
        anchors=p.anchors(raw.get("anchors", {})),
    )


def resolve_slots(manifest: Manifest, catalog: Catalog) -> Manifest:
    """A format 1 manifest with its files, links and signer sorted into the
    catalog's document slots (format 2 manifests come back as they are):
    a file joins the subtask's one file slot, else «Не распределено»; a link
    its one link slot (with the slot's channel when it names one); the
    subtask's signer signs each slot that person may sign at the bundle's
    organisation level. Items of codes the catalog does not know are left."""
    if manifest.slots_resolved:
        return manifest
    level = manifest.organization.level
    items = []
    for item in manifest.items:
        try:
            subtask = catalog.subtask(item.code)
        except KeyError:
            items.append(item)
            continue
        key = file_slot(subtask)
        files = tuple(replace(f, slot=key if f.slot is None else f.slot) for f in item.files)
        link_key, channel = link_slot(subtask)
        links = tuple(replace(l, slot=link_key, channel=l.channel or channel) for l in item.links)
        signed = slots_signed_by(subtask, level, item.signatory.role) if item.signatory is not None else []
        slots: dict[str, ManifestSlot] = {k: ManifestSlot(k, signer=item.signatory) for k in signed}
        if link_key != UNASSIGNED and links:
            slots[link_key] = replace(slots.get(link_key, ManifestSlot(link_key)), links=links)
            links = ()
        ordered = tuple(slots[d.key] for d in subtask.documents if d.key in slots)
        items.append(replace(item, files=files, links=links, slots=ordered, signatory=None))
    return replace(manifest, items=tuple(items), slots_resolved=True)


class _Parser:
    """Typed fields of the manifest; every refusal names where it is.

    ``where`` is a translated phrase in the genitive («записи №2 (1.1.3)»,
    «корня пакета»), ``what`` a translated label of the field."""

    def __init__(self, bundle_name: str, version: int = 2):
        self.name = bundle_name
        self.version = version

    def bad(self, what: str) -> BundleError:
        return _refusal(self.name, tr("в manifest.json {problem}").format(problem=what))

    def opt_str(self, value: Any, what: str, max_len: int = 2000) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > max_len:
            raise self.bad(tr("поле «{what}» неверного типа или слишком длинное").format(what=what))
        return value

    def bin(self, value: Any, what: str) -> str | None:
        text = self.opt_str(value, what)
        if text is None or not text.strip():
            return None
        if not re.fullmatch(r"\d{12}", text.strip()):
            raise self.bad(tr("{what} «{value}» не из 12 цифр").format(what=what, value=text[:40]))
        return text.strip()

    def enum(self, kind: type, value: Any, what: str) -> Any:
        try:
            return kind(value)
        except (ValueError, TypeError):
            raise self.bad(
                tr("неизвестное значение «{value}» ({what})").format(value=str(value)[:40], what=what)
            ) from None

    def day(self, value: Any, what: str) -> date | None:
        if value is None:
            return None
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            with contextlib.suppress(ValueError):
                return date.fromisoformat(value)
        raise self.bad(tr("дата «{value}» ({what}) не в виде ГГГГ-ММ-ДД").format(value=str(value)[:40], what=what))

    def moment(self, value: str) -> datetime:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.bad(tr("время создания «{value}» не в формате ISO").format(value=value[:40])) from None
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment

    def item(self, i: int, item: dict[str, Any]) -> ManifestItem:
        code, period = item["code"], item["period"]
        where = tr("записи №{number} ({code})").format(number=i, code=code[:20])
        if not re.fullmatch(r"\d+(\.\d+){1,3}", code) or not re.fullmatch(r"|Q[1-4]|M(0[1-9]|1[0-2])", period):
            raise self.bad(tr("у {where} неверный код подзадачи или период").format(where=where))
        signatory = self.signer(item.get("signatory"), where)
        if self.version >= 2 and signatory is not None:
            raise self.bad(
                tr("у {where} подписант указан для всей подзадачи, а в формате 2 — для каждого документа").format(
                    where=where
                )
            )
        loose = UNASSIGNED if self.version >= 2 else None
        links = tuple(self.link(link, where, loose) for link in item.get("links", []))
        files = tuple(self.file(f, where) for f in item.get("files", []))
        self.signed_documents(files)
        slots: tuple[ManifestSlot, ...] = ()
        complete = judged_by = None
        if self.version >= 2:
            slots = self.slots(item.get("slots"), where)
            complete = item.get("complete")
            if complete is not None and not isinstance(complete, bool):
                raise self.bad(tr("у {where} отметка «complete» неверного типа").format(where=where))
            judged_by = self.opt_str(item.get("judged_by"), tr("чем судится срок"), 40)
        return ManifestItem(
            code=code,
            period=period,
            status=self.enum(ExecutionStatus, item.get("status"), tr("статус {where}").format(where=where)),
            completed_on=self.day(item.get("completed_on"), tr("дата исполнения, {where}").format(where=where)),
            signatory=signatory,
            links=tuple(links),
            data_rows=self.rows(item.get("data_rows", []), where),
            files=files,
            notes=self.opt_str(item.get("notes"), tr("примечание"), 100_000) or "",
            uploaded_on=self.day(item.get("uploaded_on"), tr("дата загрузки в ИСПУ, {where}").format(where=where)),
            ispu_reference=self.opt_str(item.get("ispu_reference"), tr("номер в ИСПУ"), 200),
            slots=slots,
            complete=complete,
            judged_by=judged_by,
        )

    def signer(self, value: Any, where: str) -> ManifestSignatory | None:
        if value is None:
            return None
        if not (
            isinstance(value, dict)
            and isinstance(value.get("full_name"), str)
            and value["full_name"].strip()
            and isinstance(value.get("position", ""), str)
        ):
            raise self.bad(tr("у {where} сведения о подписанте неполные (full_name, role)").format(where=where))
        return ManifestSignatory(
            full_name=value["full_name"].strip()[:300],
            position=(value.get("position") or "").strip()[:500],
            role=self.enum(SignerRole, value.get("role"), tr("роль подписанта {where}").format(where=where)),
        )

    def link(self, link: Any, where: str, slot: str | None) -> ManifestLink:
        if not (isinstance(link, dict) and isinstance(link.get("url"), str) and link["url"].strip()):
            raise self.bad(tr("у {where} ссылка без адреса").format(where=where))
        channel = link.get("channel")
        return ManifestLink(
            url=link["url"].strip()[:2000],
            title=(self.opt_str(link.get("title"), tr("название ссылки")) or "")[:500],
            published_on=self.day(link.get("published_on"), tr("дата публикации, {where}").format(where=where)),
            channel=None
            if channel is None
            else self.enum(Channel, channel, tr("канал публикации, {where}").format(where=where)),
            slot=slot,
        )

    def slot_key(self, value: Any, where: str) -> str:
        if not (isinstance(value, str) and re.fullmatch(r"[a-z_][a-z0-9_]{0,39}", value)):
            raise self.bad(tr("у {where} неверный ключ документа «{key}»").format(where=where, key=str(value)[:40]))
        return value

    def slots(self, value: Any, where: str) -> tuple[ManifestSlot, ...]:
        if not isinstance(value, list):
            raise self.bad(tr("у {where} нет списка документов (slots)").format(where=where))
        out: list[ManifestSlot] = []
        seen: set[str] = set()
        for slot in value:
            if not isinstance(slot, dict):
                raise self.bad(tr("у {where} описание документа неверного вида").format(where=where))
            key = self.slot_key(slot.get("key"), where)
            if key in seen:
                raise self.bad(tr("у {where} документ «{key}» указан дважды").format(where=where, key=key))
            seen.add(key)
            at = tr("{where}, документ «{key}»").format(where=where, key=key)
            waived = self.opt_str(slot.get("waived"), tr("причина «не требуется», {where}").format(where=at), 500)
            links = slot.get("links", [])
            if not isinstance(links, list):
                raise self.bad(tr("у {where} список ссылок неверного типа").format(where=at))
            satisfied = slot.get("satisfied")
            out.append(
                ManifestSlot(
                    key=key,
                    signer=self.signer(slot.get("signer"), at),
                    doc_date=self.day(slot.get("date"), tr("дата документа, {where}").format(where=at)),
                    waived_reason=waived.strip() if waived and waived.strip() else None,
                    links=tuple(self.link(l, at, key) for l in links),
                    satisfied=satisfied if isinstance(satisfied, bool) else None,
                )
            )
        return tuple(out)

    def supervised(self, value: Any) -> tuple[tuple[str, str | None], ...]:
        if not isinstance(value, list):
            raise self.bad(tr("список курируемых организаций (organization.supervised) неверного типа"))
        out = []
        for entry in value:
            if not (isinstance(entry, dict) and isinstance(entry.get("name"), str) and entry["name"].strip()):
                raise self.bad(tr("в списке курируемых организаций запись без наименования"))
            out.append(
                (" ".join(entry["name"].split())[:500], self.bin(entry.get("bin"), tr("БИН курируемой организации")))
            )
        return tuple(out)

    def anchors(self, value: Any) -> dict[AnchorEvent, date]:
        """Event → date; an event this program does not know is skipped."""
        if not isinstance(value, dict):
            raise self.bad(tr("даты событий (anchors) неверного вида"))
        known = {e.value for e in AnchorEvent}
        out = {}
        for key, day in value.items():
            parsed = self.day(day, tr("дата события «{event}»").format(event=str(key)[:40]))
            if key in known and parsed is not None:
                out[AnchorEvent(key)] = parsed
        return out

    def answers(self, value: Any) -> dict[str, bool]:
        if not (
            isinstance(value, dict)
            and all(
                isinstance(k, str) and re.fullmatch(r"[a-z_][a-z0-9_]{0,59}", k) and isinstance(v, bool)
                for k, v in value.items()
            )
        ):
            raise self.bad(tr("ответы на вопросы применимости (answers) неверного вида"))
        return dict(value)

    def rows(self, value: Any, where: str) -> tuple[ManifestRows, ...]:
        """data_rows: {register key: [{column: value}, …]}; early builds wrote []."""
        if value == []:
            return ()
        if not isinstance(value, dict):
            raise self.bad(tr("у {where} строки таблиц (data_rows) неверного типа").format(where=where))
        out: list[ManifestRows] = []
        for key, rows in value.items():
            if not (
                re.fullmatch(r"[a-z_][a-z0-9_]{0,99}", key)
                and isinstance(rows, list)
                and all(isinstance(r, dict) and all(isinstance(k, str) for k in r) for r in rows)
            ):
                raise self.bad(
                    tr("у {where} строки таблицы «{key}» (data_rows) неверного вида").format(where=where, key=key[:40])
                )
            out.append(ManifestRows(register=key, rows=tuple(dict(r) for r in rows)))
        return tuple(out)

    def file(self, f: Any, where: str) -> ManifestFile:
        if not (
            isinstance(f, dict)
            and isinstance(f.get("path"), str)
            and isinstance(f.get("role"), str)
            and isinstance(f.get("sha256"), str)
            and re.fullmatch(r"[0-9a-f]{64}", f["sha256"])
            and isinstance(f.get("size"), int)
            and not isinstance(f["size"], bool)
            and f["size"] >= 0
        ):
            raise self.bad(tr("у {where} описание файла неполное (path, sha256, size, role)").format(where=where))
        slot = None
        if self.version >= 2:
            slot = f.get("slot")
            if slot != UNASSIGNED:
                slot = self.slot_key(slot, where)
        signs, signers = self.signature(f) if f["role"] == SIGNATURE_ROLE else (None, ())
        return ManifestFile(
            path=f["path"],
            sha256=f["sha256"],
            size=f["size"],
            role=f["role"],
            original_name=(self.opt_str(f.get("original_name"), tr("исходное имя файла")) or "")[:255],
            media_type=(self.opt_str(f.get("media_type"), tr("тип файла")) or "")[:100],
            slot=slot,
            signs=signs,
            signers=signers,
        )

    def signature(self, f: dict[str, Any]) -> tuple[str | None, tuple[ManifestSigner, ...]]:
        """A signature file's «signs» and «signers», their types checked."""
        signs, signers = f.get("signs"), f.get("signers", [])
        text = (str, type(None))
        ok = (
            isinstance(signs, text)
            and isinstance(signers, list)
            and all(
                isinstance(s, dict)
                and all(isinstance(s.get(k, ""), str) for k in ("full_name", "iin", "bin", "organization"))
                and isinstance(s.get("signed_at"), text)
                and s.get("integrity", "not_checked") in ("ok", "not_checked")
                and isinstance(s.get("authorities", []), list)
                and all(isinstance(a, str) for a in s.get("authorities", []))
                for s in signers
            )
        )
        moments = [_moment_or_none(s.get("signed_at")) for s in signers] if ok else []
        if not ok or any(m is False for m in moments):
            raise self.bad(
                tr("у файла подписи «{path}» сведения о подписи (signs, signers) неверного вида").format(
                    path=f["path"][:120]
                )
            )
        return signs, tuple(
            ManifestSigner(
                full_name=s.get("full_name", "")[:300],
                iin=s.get("iin", "")[:12],
                bin=s.get("bin", "")[:12],
                organization=s.get("organization", "")[:500],
                signed_at=moment or None,
                authorities=tuple(a[:200] for a in s.get("authorities", [])),
                integrity=s.get("integrity", "not_checked"),
            )
            for s, moment in zip(signers, moments, strict=True)
        )

    def signed_documents(self, files: tuple[ManifestFile, ...]) -> None:
        """A signature's «signs» names another, non-signature file of the same item."""
        documents = {f.path for f in files if f.role != SIGNATURE_ROLE}
        for f in files:
            if f.role == SIGNATURE_ROLE and f.signs is not None and f.signs not in documents:
                raise self.bad(
                    tr(
                        "файл подписи «{path}» относится к файлу «{document}», которого нет среди файлов этой подзадачи"
                    ).format(path=f.path[:120], document=f.signs[:120])
                )


def _moment_or_none(value: str | None) -> datetime | None | Literal[False]:
    """An ISO moment, None for none, False when it is not ISO."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return False


def _refusal(bundle_name: str, what: str, advice: str | None = None) -> BundleError:
    """``what`` and ``advice``: translated clauses (default advice: ADVICE)."""
    return BundleError(
        tr("Пакет «{name}» отклонён: {problem}; {advice}.").format(
            name=bundle_name, problem=what, advice=advice if advice is not None else tr(ADVICE)
        )
    )


def _with_advice(message: str) -> str:
    return tr("{message}; {advice}.").format(message=message.rstrip(". "), advice=tr(ADVICE))
