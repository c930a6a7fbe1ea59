"""Who may sign what at one organisation level, read from a catalog and
said in one line (the hint under the signatory list).

Signed document slots are grouped by their set of allowed roles. The
largest group is the general rule («подтверждающие документы»); the others
are named by the instruction's appendix forms they are, or by the codes of
their subtasks."""

from __future__ import annotations

from tbn4_desktop.core.catalog import Catalog, DocumentSlot, Subtask
from tbn4_desktop.core.vocabulary import DocumentKind, OrgLevel, SignerRole
from tbn4_desktop.i18n import tr

Signed = tuple[Subtask, DocumentSlot]


def signer_groups(catalog: Catalog, level: OrgLevel) -> list[tuple[tuple[SignerRole, ...], list[Signed]]]:
    """(roles, signed slots) for every distinct role set at `level`, the
    largest group first, then in catalog order."""
    groups: dict[tuple[SignerRole, ...], list[Signed]] = {}
    for subtask in catalog.subtasks():
        if not subtask.applies_to(level):
            continue
        for slot in subtask.documents:
            roles = slot.signers_for(level)
            if slot.kind.needs_signer and roles:
                groups.setdefault(roles, []).append((subtask, slot))
    ordered = list(groups.items())
    ordered.sort(key=lambda item: -len(item[1]))  # stable: ties keep catalog order
    return ordered


def roles_text(roles: tuple[SignerRole, ...]) -> str:
    """«Аким района (города), руководитель аппарата»."""
    words = [r.label for r in roles]
    return ", ".join([words[0]] + [w[:1].lower() + w[1:] for w in words[1:]]) if words else "—"


def appendices_text(numbers: list[int]) -> str:
    """[1, 2] → «Приложения №1–2»; [5] → «Приложение №5»; [1, 2, 5] → «Приложения №1–2, №5»."""
    numbers = sorted(set(numbers))
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = ", ".join(f"№{r[0]}" if len(r) == 1 else f"№{r[0]}–{r[-1]}" for r in runs)
    if len(numbers) == 1:
        return tr("Приложение {numbers}").format(numbers=parts)
    return tr("Приложения {numbers}").format(numbers=parts)


def _what(signed: list[Signed]) -> str:
    if all(slot.kind is DocumentKind.FORM and slot.appendix for _, slot in signed):
        return appendices_text([slot.appendix for _, slot in signed if slot.appendix])
    codes = list(dict.fromkeys(s.code for s, _ in signed))
    if len(codes) == 1:
        return tr("подзадача {codes}").format(codes=codes[0])
    return tr("подзадачи {codes}").format(codes=", ".join(codes))


def signing_hint(catalog: Catalog, level: OrgLevel) -> str:
    """«Аким района (города), руководитель аппарата — подтверждающие
    документы; руководитель аппарата — Приложения №1–2; уполномоченный по
    этике — Приложение №5»."""
    groups = signer_groups(catalog, level)
    if not groups:
        return ""
    parts = []
    for i, (roles, signed) in enumerate(groups):
        what = tr("подтверждающие документы") if i == 0 else _what(signed)
        parts.append(f"{roles_text(roles)} — {what}")
    parts[1:] = [p[:1].lower() + p[1:] for p in parts[1:]]
    return "; ".join(parts) + "."


def allowed_roles(catalog: Catalog, level: OrgLevel) -> set[SignerRole]:
    """Every role that signs something at this level."""
    return {r for roles, _ in signer_groups(catalog, level) for r in roles}


def offered_roles(catalog: Catalog, level: OrgLevel) -> list[SignerRole]:
    """The roles that sign something at `level`, in the order of the rules
    (the general rule's roles first): what a role list offers."""
    return list(dict.fromkeys(r for roles, _ in signer_groups(catalog, level) for r in roles))


def suggested_roles(catalog: Catalog, level: OrgLevel) -> list[SignerRole]:
    """Roles, in offered order, enough for every signed document to have a
    signer (district: аким района (города), руководитель аппарата,
    уполномоченный по этике): the defaults of new signatory rows."""
    groups = [set(roles) for roles, _ in signer_groups(catalog, level)]
    chosen: list[SignerRole] = []
    for role in offered_roles(catalog, level):
        if any(role in g and not g & set(chosen) for g in groups):
            chosen.append(role)
    return chosen


def unsigned_documents(catalog: Catalog, level: OrgLevel, roles: set[SignerRole]) -> list[str]:
    """One Russian sentence per group of signed documents nobody with
    `roles` may sign: «Некому подписать Приложения №1–2: нужен подписант с
    ролью «Руководитель аппарата».»"""
    out = []
    for i, (group, signed) in enumerate(signer_groups(catalog, level)):
        if set(group) & roles:
            continue
        who = f"«{group[0].label}»"
        for role in group[1:]:
            who = tr("{first} или {second}").format(first=who, second=f"«{role.label}»")
        if i == 0:
            out.append(
                tr("Некому подписать подтверждающие документы: нужен подписант с ролью {roles}.").format(roles=who)
            )
        else:
            out.append(
                tr("Некому подписать {documents}: нужен подписант с ролью {roles}.").format(
                    documents=_what(signed), roles=who
                )
            )
    return out


def signs_nothing_text(role: SignerRole, level: OrgLevel, who: str = "") -> str:
    """Why a signatory (named `who`, if given) is useless at this level."""
    if who:
        return tr("{who} — роль «{role}» на уровне «{level}» ничего не подписывает.").format(
            who=who, role=role.label, level=level.label
        )
    return tr("Роль «{role}» на уровне «{level}» ничего не подписывает.").format(role=role.label, level=level.label)
