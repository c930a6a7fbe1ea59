"""Electronic signature files (ЭЦП) attached as evidence: which attached
document a signature signs, refusing what cannot be evidence, and the
«Сведения о подписи» of a stored signature (core/esign).

A detached signature is paired with the document whose digest it signed
(any current file of the subtask; the signature follows its document's
slot). A GOST digest cannot be computed here, so a GOST signature is
paired with the file it was dropped on, or the slot's only document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tbn4_desktop.core.attachments import (
    SIGNATURE_TYPE,
    AttachmentError,
    BlobStore,
    detect_media_type,
)
from tbn4_desktop.core.esign.cms import SignatureError, SignedData, read_signed_data
from tbn4_desktop.core.esign.evidence import (
    SignatureFacts,
    can_match_by_digest,
    read_facts,
    signed_document,
)
from tbn4_desktop.core.esign.terms import Status
from tbn4_desktop.core.esign.verify import (
    SignatureReport,
    check_signature,
    trusted_certificates,
)
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import Attachment, SubtaskExecution
from tbn4_desktop.paths import resource_dir

TRUST_FOLDER = "certs"  # in the data folder: the office's own trusted certificates


@dataclass(frozen=True)
class Pairing:
    """What a signature file is when attached: the slot it goes to, the
    document it signs (None: the document is inside it) and its facts."""

    slot_key: str
    signs_sha256: str | None
    facts: SignatureFacts
    document: Attachment | None = None  # the stored file it signs


def _documents(e: SubtaskExecution) -> list[Attachment]:
    return [a for a in e.attachments if a.removed_at is None and a.role != AttachmentRole.SIGNATURE.value]


def pair_signature(
    e: SubtaskExecution, blobs: BlobStore, source: Path, slot_key: str, signs_attachment_id: int | None = None
) -> Pairing:
    """Pair a signature file with what it signs, or AttachmentError (one
    Russian sentence) when it cannot be evidence: the document is not
    attached, it is not this signature's document, or the signature does
    not verify with its own certificate."""
    name = source.name
    try:
        data = source.read_bytes()
        signed = read_signed_data(data)
    except OSError as exc:
        raise AttachmentError(tr("Не удалось прочитать «{name}».").format(name=name)) from exc
    except SignatureError as exc:
        raise AttachmentError(tr("«{name}»: {reason}").format(name=name, reason=exc)) from None
    target_slot, document = slot_key, None
    if signed.detached:
        document = _document_of(e, blobs, signed, name, slot_key, signs_attachment_id)
        target_slot = document.slot_key or slot_key
    try:
        facts = read_facts(data, blobs.path_of(document.sha256).read_bytes() if document else None)
    except OSError as exc:
        raise AttachmentError(
            tr("Не удалось прочитать «{name}».").format(name=document.original_name if document else name)
        ) from exc
    except SignatureError as exc:
        raise AttachmentError(tr("«{name}»: {reason}").format(name=name, reason=exc)) from None
    if any(s.signature is Status.FAILED for s in facts.signers):
        raise AttachmentError(
            tr(
                "Подпись в файле «{name}» не сходится с ключом своего сертификата: файл подписи "
                "повреждён или подделан. Файл не приложен."
            ).format(name=name)
        )
    if any(s.integrity is Status.FAILED for s in facts.signers):
        if document is not None:
            raise AttachmentError(
                tr(
                    "Подпись «{name}» не подходит к файлу «{document}»: файл изменён после "
                    "подписания или подпись от другого документа. Файл не приложен."
                ).format(name=name, document=document.original_name)
            )
        raise AttachmentError(
            tr("Документ внутри файла подписи «{name}» изменён после подписания. Файл не приложен.").format(name=name)
        )
    return Pairing(
        slot_key=target_slot, signs_sha256=document.sha256 if document else None, facts=facts, document=document
    )


def _document_of(
    e: SubtaskExecution, blobs: BlobStore, signed: SignedData, name: str, slot_key: str, signs_attachment_id: int | None
) -> Attachment:
    documents = _documents(e)
    if signs_attachment_id is not None:
        chosen = next((a for a in documents if a.id == signs_attachment_id), None)
        if chosen is None:
            raise AttachmentError(
                tr(
                    "Файл, на который перенесена подпись «{name}», уже убран из подзадачи. Откройте подзадачу заново."
                ).format(name=name)
            )
        if (
            can_match_by_digest(signed)
            and signed_document(signed, [(chosen.sha256, blobs.path_of(chosen.sha256))]) is None
        ):
            raise AttachmentError(
                tr(
                    "Подпись «{name}» не подходит к файлу «{document}»: файл изменён после "
                    "подписания или подпись от другого документа. Файл не приложен."
                ).format(name=name, document=chosen.original_name)
            )
        return chosen
    if can_match_by_digest(signed):
        # The slot's own files first: the same document may sit in two slots.
        ordered = sorted(documents, key=lambda a: a.slot_key != slot_key)
        sha = signed_document(signed, [(a.sha256, blobs.path_of(a.sha256)) for a in ordered])
        if sha is not None:
            return next(a for a in ordered if a.sha256 == sha)
        raise AttachmentError(
            tr(
                "Подпись «{name}» не относится ни к одному файлу этой подзадачи: сначала "
                "приложите подписанный документ (или добавьте документ и подпись вместе), "
                "затем подпись."
            ).format(name=name)
        )
    in_slot = [a for a in documents if a.slot_key == slot_key]
    if len(in_slot) == 1:
        return in_slot[0]
    raise AttachmentError(
        tr(
            "Подпись ГОСТ в файле «{name}»: программа не может сама найти подписанный файл. "
            "Перетащите подпись на файл документа в списке."
        ).format(name=name)
    )


def trust_folders(data_dir: Path | None) -> list[Path]:
    """The certificates a chain may end at: those shipped with the app and
    those the office put in <data>/certs."""
    folders = [resource_dir() / "certs" / "nca"]
    if data_dir is not None:
        folders.append(Path(data_dir) / TRUST_FOLDER)
    return folders


def signature_report(
    blobs: BlobStore, signature_sha256: str, document_sha256: str | None, data_dir: Path | None
) -> SignatureReport:
    """«Сведения о подписи» of a stored signature, checked now (chain, time,
    revocation depend on today). SignatureError / OSError as the reads."""
    signature = blobs.path_of(signature_sha256).read_bytes()
    document = blobs.path_of(document_sha256).read_bytes() if document_sha256 else None
    return check_signature(signature, document, trusted_certificates(trust_folders(data_dir)))


def signed_content(blobs: BlobStore, signature_sha256: str) -> bytes | None:
    """The document inside an attached signature (None for a detached one)."""
    return read_signed_data(blobs.path_of(signature_sha256).read_bytes()).content


@dataclass(frozen=True)
class Incoming:
    """A file to attach: one the user chose, or a part of a card."""

    path: Path
    role: AttachmentRole
    card: str = ""  # the «Карточка электронного документа» it came from


def with_card_parts(
    paths: list[Path], role: AttachmentRole, folder: Path, max_bytes: int
) -> tuple[list[Incoming], list[str]]:
    """The files to attach for what the user chose: each file, then the
    documents and signatures embedded in a «Карточка электронного документа»
    PDF (written into `folder`, of the same role as the card), every
    signature after every document so
    that it finds the file it signs. Second: one sentence per card whose
    parts could not be read, or that carried files of other types (the card
    itself is still attached)."""
    from tbn4_desktop.core.esign.card import embedded_parts

    documents: list[Incoming] = []
    signatures: list[Incoming] = []
    notes: list[str] = []
    for path in paths:
        path = Path(path)
        try:
            # A file over the limit is not read here: attaching it refuses it by its size.
            kind = detect_media_type(path) if path.stat().st_size <= max_bytes else None
        except OSError:
            kind = None  # attaching it names the reason
        (signatures if kind == SIGNATURE_TYPE else documents).append(Incoming(path, role))
        if kind != "application/pdf":
            continue
        try:
            contents = embedded_parts(path, max_bytes=max_bytes)
        except AttachmentError as exc:
            notes.append(str(exc))
            continue
        if contents.skipped:
            notes.append(
                tr(
                    "В карточке «{card}» есть файлы, которые не являются документами или подписями, они "
                    "не приложены: {names}."
                ).format(card=path.name, names=", ".join(contents.skipped))
            )
        for n, part in enumerate(contents.parts, start=1):
            target = Path(folder) / f"{len(documents) + len(signatures)}-{n}" / part.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(part.data)
            incoming = Incoming(target, role, card=path.name)
            (signatures if part.kind == "signature" else documents).append(incoming)
    return documents + signatures, notes
