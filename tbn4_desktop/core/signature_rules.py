"""Electronic signatures (ЭЦП) as evidence of a signed slot: whether a
slot's document is electronically signed, and the warnings when the
certificate does not fit what the user recorded or what the slot needs.

The instruction speaks of documents «подписанные» by the officials it
names and says nothing of ЭЦП certificates; how a certificate's authority
(first head, right of signature) is read against those officials is this
program's rule, shown as a warning and never as a refusal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tbn4_desktop.core.catalog import DocumentSlot
from tbn4_desktop.core.esign.evidence import SignatureFacts, SignerFacts, signer_names
from tbn4_desktop.core.esign.terms import Status
from tbn4_desktop.core.vocabulary import AttachmentRole, OrgLevel, SignerRole
from tbn4_desktop.i18n import N_, tc, tr

#: Shown under the warnings (tr at use): the instruction is silent on certificates.
RULE_NOTE = N_(
    "Сверка ЭЦП с подписантом, БИН организации и полномочиями — правило программы: Инструкция называет, кто "
    "подписывает документ, но ничего не говорит о сертификате ЭЦП. Эти предупреждения не мешают завершить "
    "подзадачу."
)

if TYPE_CHECKING:
    from tbn4_desktop.core.checklist import FileFact  # checklist imports this module


@dataclass(frozen=True)
class SignatureFile:
    """A current signature file of a slot as the checklist sees it."""

    name: str
    facts: SignatureFacts | None  # None: stored facts unreadable
    signs_present: bool  # its document is among the slot's current files (or inside it)
    signs_draft: bool = False  # its document is there, marked «проект без подписи»


@dataclass(frozen=True)
class SignatureJudgement:
    signed: bool  # some signature makes the document electronically signed
    signers: tuple[str, ...]  # who signed, by the certificates
    warnings: tuple[str, ...]


def signature_files(files: Sequence[FileFact], slot_key: str) -> list[SignatureFile]:
    """The signature files among a slot's FileFacts (core/checklist)."""
    in_slot = [f for f in files if f.slot_key == slot_key]
    # A draft is, by the user's word, not the signed version: its signature
    # proves nothing until the file's kind says otherwise.
    documents = {f.sha256 for f in in_slot if f.role not in (AttachmentRole.SIGNATURE, AttachmentRole.DRAFT)}
    drafts = {f.sha256 for f in in_slot if f.role is AttachmentRole.DRAFT}
    return [
        SignatureFile(
            name=f.name,
            facts=f.signature,
            signs_present=f.signs_sha256 is None or f.signs_sha256 in documents,
            signs_draft=f.signs_sha256 in drafts and f.signs_sha256 not in documents,
        )
        for f in in_slot
        if f.role is AttachmentRole.SIGNATURE
    ]


def judge_signatures(
    slot: DocumentSlot,
    level: OrgLevel,
    signatures: Sequence[SignatureFile],
    *,
    signer_name: str | None,
    signer_iin: str | None,
    org_bin: str,
) -> SignatureJudgement:
    if not signatures:
        return SignatureJudgement(signed=False, signers=(), warnings=())
    title = tc(slot.title)
    warnings: list[str] = []
    valid = [s.facts for s in signatures if s.facts is not None and s.facts.intact and s.signs_present]
    for s in signatures:
        if s.signs_draft:
            warnings.append(
                tr(
                    "подпись «{file}» относится к файлу, отмеченному как проект без подписи: поменяйте вид этого файла"
                ).format(file=s.name)
            )
        elif not s.signs_present:
            warnings.append(
                tr("подпись «{file}» относится к файлу, которого нет среди файлов документа «{title}»").format(
                    file=s.name, title=title
                )
            )
        elif s.facts is None:
            warnings.append(tr("сведения о подписи «{file}» не читаются: приложите подпись заново").format(file=s.name))
    people = [p for facts in valid for p in facts.signers]
    if any(p.integrity is Status.NOT_CHECKED for p in people):
        warnings.append(
            tr("подпись ГОСТ документа «{title}» прочитана, но программа не проверяет её целостность").format(
                title=title
            )
        )
    if people and slot.kind.needs_signer:
        warnings.extend(_signer_warnings(slot, level, people, title, signer_name, signer_iin, org_bin))
    return SignatureJudgement(
        signed=bool(valid), signers=tuple(p.name for p in people if p.name), warnings=tuple(warnings)
    )


def _signer_warnings(
    slot: DocumentSlot,
    level: OrgLevel,
    people: list[SignerFacts],
    title: str,
    signer_name: str | None,
    signer_iin: str | None,
    org_bin: str,
) -> list[str]:
    warnings: list[str] = []
    names = signer_names(people)
    if signer_name and signer_iin and all(p.iin != signer_iin for p in people):
        warnings.append(
            tr("документ «{title}» подписан ЭЦП: {names}, а подписантом указан(а) {name}").format(
                title=title, names=names, name=signer_name
            )
        )
    elif signer_name and not signer_iin:
        warnings.append(
            tr("у подписанта {name} не указан ИИН: программа не может сверить его с ЭЦП документа «{title}»").format(
                name=signer_name, title=title
            )
        )
    organisation = [p for p in people if p.bin]
    if not organisation:
        warnings.append(
            tr("документ «{title}» подписан ЭЦП физического лица ({names}), а не ЭЦП организации").format(
                title=title, names=names
            )
        )
    elif org_bin and all(p.bin != org_bin for p in organisation):
        warnings.append(
            tr("ЭЦП документа «{title}» выдана организации с БИН {bin}, а БИН вашей организации — {own}").format(
                title=title, bin=organisation[0].bin, own=org_bin
            )
        )
    if organisation and not any(p.may_sign_for_organization for p in organisation):
        authorities = ", ".join(dict.fromkeys(a for p in organisation for a in p.authorities)) or "—"
        warnings.append(
            tr(
                "в ЭЦП документа «{title}» нет права подписи за организацию (полномочия в сертификате: {authorities})"
            ).format(title=title, authorities=authorities)
        )
    elif (
        organisation
        and slot.signers_for(level) == (SignerRole.FIRST_HEAD,)
        and not any(p.first_head for p in organisation)
    ):
        warnings.append(
            tr(
                "документ «{title}» подписывает первый руководитель, а в ЭЦП {names} нет полномочия "
                "«Первый руководитель»"
            ).format(title=title, names=names)
        )
    return warnings
