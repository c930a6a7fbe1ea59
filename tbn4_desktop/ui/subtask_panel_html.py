"""HTML pieces of the subtask panel: the status and deadline lines (with
their icons), document and signer lines, and the section, paragraph, list
and colour markup the other panel renderers share."""

from __future__ import annotations

from html import escape

from tbn4_desktop.core.catalog import Subtask
from tbn4_desktop.core.vocabulary import DocumentKind, ExecutionStatus, OrgLevel
from tbn4_desktop.i18n import tc, tr
from tbn4_desktop.paths import resource_dir
from tbn4_desktop.ui.catalog_tree import sentence_case
from tbn4_desktop.ui.formatting import appendix_label, format_date

_STATUS_ICON_FILES = {
    ExecutionStatus.NOT_STARTED: "status-not-started.svg",
    ExecutionStatus.IN_PROGRESS: "status-in-progress.svg",
    ExecutionStatus.DOCUMENT_PREPARED: "status-document-prepared.svg",
    ExecutionStatus.SIGNED: "status-signed.svg",
    ExecutionStatus.READY_FOR_UPLOAD: "status-ready.svg",
    ExecutionStatus.UPLOADED: "status-uploaded.svg",
}


def _icon_img(file_name: str) -> str:
    path = (resource_dir() / "icons" / file_name).as_uri()
    return f'<img src="{path}" width="16" height="16" align="middle">'


def status_html(status: ExecutionStatus, text: str | None = None) -> str:
    return f"{_icon_img(_STATUS_ICON_FILES[status])}&nbsp;{escape(text or status.label)}"


def deadline_state_html(state) -> str:  # noqa: ANN001 - core.deadlines.DeadlineState
    from tbn4_desktop.ui.icons import DEADLINE_FILES

    return f"{_icon_img(DEADLINE_FILES[state])}&nbsp;{escape(state.label)}"


def deadline_html(row, *, judged: bool = True, rule_text: str = "") -> str:  # noqa: ANN001 - dashboard.DeadlineRow
    """«Срок: 12.05.2025 — ⚠ Просрочено», the explanation and, with
    `judged`, what tells «в срок» (and the upload mark when that is it).
    An explanation that only repeats `rule_text` (shown above it) and the
    date is left out: the rule is said once."""
    # Without a date the state says it («Срок не определён», «Не применяется»).
    head = (
        f"<b>{escape(format_date(row.due))}</b> — {deadline_state_html(row.state)}"
        if row.due
        else deadline_state_html(row.state)
    )
    warnings = "".join(f"<br>⚠&nbsp;{escape(w)}" for w in row.warnings)
    rules = (rule_text, tc(rule_text)) if rule_text else ()
    repeats = any(row.explanation in (rule, f"{rule} ({format_date(row.due)})") for rule in rules)
    explanation = "" if repeats else f"<br><span style='color:#444'>{escape(row.explanation)}</span>"
    out = f"{head}{explanation}{warnings}"
    judged_text = getattr(row, "judged_by_text", "")
    if judged and judged_text:
        out += f"<br><span style='color:#444'>{escape(tr('Засчитывается {judged}.').format(judged=judged_text))}</span>"
    if getattr(row, "judged_by", "upload") == "upload" and getattr(row, "upload_mark", ""):
        out += f"<br>{escape(sentence_case(row.upload_mark))}."
    return out


def deadlines_block(rule_text: str, rows, judged_text: str = "") -> str:  # noqa: ANN001 - Sequence[DeadlineRow]
    """The «Срок» section: the instruction's rule and what judges it, then
    each period's date, state, explanation and upload mark."""
    out = _para(tc(rule_text))
    if judged_text:
        out += _para(tr("Засчитывается {judged}.").format(judged=judged_text))
    if not rows:
        return out
    if len(rows) == 1 and not rows[0].period:
        return out + f"<p style='margin-top:0'>{deadline_html(rows[0], judged=False, rule_text=rule_text)}</p>"
    cells = "".join(
        f"<tr><td style='padding-right:12px; vertical-align:top'>{escape(sentence_case(r.period_text))}</td>"
        f"<td style='padding-bottom:4px'>{deadline_html(r, judged=False, rule_text=rule_text)}</td></tr>"
        for r in rows
    )
    return out + f"<table cellspacing='0' cellpadding='1'>{cells}</table>"


def document_line(doc_kind: DocumentKind, title: str, appendix: int | None) -> str:
    text = f"{doc_kind.label}: {tc(title)}"
    if doc_kind is DocumentKind.FORM and appendix and f"№{appendix}" not in title:
        text += f" ({appendix_label(appendix)})"
    return text


def _section(title: str, body: str) -> str:
    return f"<h4 style='margin-top:12px; margin-bottom:3px'>{escape(title)}</h4>{body}"


def _para(text: str) -> str:
    return f"<p style='margin-top:0'>{escape(text)}</p>"


def _list(items: list[str]) -> str:
    return "<ul style='margin-top:0; margin-left:-20px'>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def signers_text(subtask: Subtask, level: OrgLevel) -> str:
    roles = subtask.signers_for(level)
    return ", ".join(r.label for r in roles) if roles else "—"


RED, GREEN, GREY = "#b00020", "#1b7a2e", "#666666"


def _red(text: str) -> str:
    return f"<span style='color:{RED}'>{text}</span>"


def _grey(text: str) -> str:
    return f"<span style='color:{GREY}'>{text}</span>"


def _amber(html: str) -> str:
    return f"<span style='color:#8a5300'>{html}</span>"
