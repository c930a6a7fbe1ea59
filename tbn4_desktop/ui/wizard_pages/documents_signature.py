"""«Сведения о подписи» opened from the documents page: the signature file's
report, or the reports of a signed document's signatures one after another,
checked now, in a SignatureDialog. Apart from documents.py: the signature
code (asn1crypto, cryptography) is imported only when the dialog opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.executions import AttachmentInfo
from tbn4_desktop.ui.signature_dialog import SignatureDialog

if TYPE_CHECKING:
    from tbn4_desktop.ui.wizard_pages.documents import DocumentsPage
    from tbn4_desktop.ui.wizard_pages.files_card import _FilesCard


def open_signature_dialog(
    page: DocumentsPage, a: AttachmentInfo | None, card: _FilesCard | None = None
) -> SignatureDialog | None:
    """«Сведения о подписи» of a signature file, or of the signatures of
    a signed document (one after another), checked now."""
    from tbn4_desktop.core.esign.cms import SignatureError
    from tbn4_desktop.core.esign.report import report_lines
    from tbn4_desktop.services.signatures import signature_report

    if a is None:
        return None
    files = page.state.detail.attachments
    signatures = (
        [a]
        if a.role is AttachmentRole.SIGNATURE
        else [s for s in files if s.role is AttachmentRole.SIGNATURE and s.signs_sha256 == a.sha256]
    )
    if not signatures:
        return None
    lines: list[str] = []
    ctx = page.state.ctx
    for signature in signatures:
        try:
            report = signature_report(ctx.blobs, signature.sha256, signature.signs_sha256, ctx.data_dir)
        except (SignatureError, OSError) as exc:
            message = tr("Сведения о подписи «{name}» не читаются: {reason}").format(
                name=signature.original_name, reason=getattr(exc, "strerror", None) or exc
            )
            (card.error if card is not None else page.error).set_message(message)
            return None
        text = report_lines(report)
        lines.extend(text if not lines else ["", *text[2:]])
    document = next(
        (
            d.original_name
            for d in files
            if d.sha256 == signatures[0].signs_sha256 and d.role is not AttachmentRole.SIGNATURE
        ),
        None,
    )
    dialog = SignatureDialog(page, signatures[0].original_name, document, lines)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
