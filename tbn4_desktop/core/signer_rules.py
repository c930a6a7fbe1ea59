"""Who may sign what at one organisation level, read from a catalog and
said in one Russian line (the hint under the signatory list).

Subtasks are grouped by their set of allowed roles. The largest group is
the general rule («подтверждающие документы»); the others are named by the
instruction's appendix forms they confirm, or by their codes when they
confirm none."""

from __future__ import annotations

from tbn4_desktop.core.catalog import Catalog, Subtask
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole


def signer_groups(catalog: Catalog, level: OrgLevel) -> list[tuple[tuple[SignerRole, ...], list[Subtask]]]:
    """(roles, subtasks) for every distinct role set at `level`, the largest
    group first, then in catalog order."""
    groups: dict[tuple[SignerRole, ...], list[Subtask]] = {}
    for subtask in catalog.subtasks():
        roles = subtask.signers_for(level)
        if subtask.applies_to(level) and roles:
            groups.setdefault(roles, []).append(subtask)
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
    parts = [f"№{r[0]}" if len(r) == 1 else f"№{r[0]}–{r[-1]}" for r in runs]
    return ("Приложение " if len(numbers) == 1 else "Приложения ") + ", ".join(parts)


def _what(subtasks: list[Subtask]) -> str:
    appendices = [a for s in subtasks for a in s.appendices]
    if appendices and all(s.appendices for s in subtasks):
        return appendices_text(appendices)
    codes = ", ".join(s.code for s in subtasks)
    return ("подзадача " if len(subtasks) == 1 else "подзадачи ") + codes


def signing_hint(catalog: Catalog, level: OrgLevel) -> str:
    """«Аким района (города), руководитель аппарата — подтверждающие
    документы; руководитель аппарата — Приложения №1–2; уполномоченный по
    этике — Приложение №5»."""
    groups = signer_groups(catalog, level)
    if not groups:
        return ""
    parts = []
    for i, (roles, subtasks) in enumerate(groups):
        what = "подтверждающие документы" if i == 0 else _what(subtasks)
        parts.append(f"{roles_text(roles)} — {what}")
    parts[1:] = [p[:1].lower() + p[1:] for p in parts[1:]]
    return "; ".join(parts) + "."


def allowed_roles(catalog: Catalog, level: OrgLevel) -> set[SignerRole]:
    """Every role that signs something at this level."""
    return {r for roles, _ in signer_groups(catalog, level) for r in roles}
