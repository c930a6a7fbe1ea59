"""The right-hand panel: everything the instruction says about the selected
subtask, what this organisation has done for it — the checklist of its
confirming documents for the period (✔/✖/—/○ per document, with files or
links per channel, signer, date and waiver), the deadline and what judges
it, whether a question decides it applies — and «Выполнить…».

The statuses shown are those of `tbn4 status` (services.year_status): the
main window passes them in, judged once for the year."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Catalog, DocumentSlot, Subtask
from tbn4_desktop.core.checklist import Applicability, Checklist, SlotState
from tbn4_desktop.core.deadlines import judged_by_text
from tbn4_desktop.core.kpi import KpiResult
from tbn4_desktop.core.signature_rules import RULE_NOTE
from tbn4_desktop.core.vocabulary import (
    Channel,
    DocumentKind,
    ExecutionStatus,
    OrgLevel,
    Periodicity,
    Requirement,
    period_label,
)
from tbn4_desktop.i18n import N_, tc, tr, trn
from tbn4_desktop.paths import resource_dir
from tbn4_desktop.services.records import ExecutionDetail, ExecutionInfo, SignatoryInfo
from tbn4_desktop.ui.catalog_tree import sentence_case
from tbn4_desktop.ui.formatting import (
    appendix_label,
    format_date,
)
from tbn4_desktop.ui.icons import NOT_APPLICABLE_LABEL
from tbn4_desktop.ui.kpi_line import verdict_html

if TYPE_CHECKING:
    from tbn4_desktop.services.context import AppContext


@dataclass(frozen=True)
class PanelData:
    """What the panel shows for one subtask (plain data, no ORM)."""

    subtask: Subtask
    level: OrgLevel
    executions: list[ExecutionInfo]  # every period of the subtask
    detail: ExecutionDetail | None  # the selected period, if one
    signatories: dict[int, SignatoryInfo]
    deadlines: tuple = ()  # dashboard.DeadlineRow of each period, when computed
    kpi: KpiResult | None = None  # the live KPI from the registers, when the subtask has one
    checklists: dict[int, Checklist] = field(default_factory=dict)  # by execution id, every period shown
    applicability: Applicability | None = None
    focus: ExecutionDetail | None = None  # the period whose checklist is shown (selected, else «Выполнить…»'s)

    @property
    def checklist(self) -> Checklist | None:
        return self.checklists.get(self.focus.info.id) if self.focus is not None else None


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


# ------------------------------------------------------------------ the checklist

RED, GREEN, GREY = "#b00020", "#1b7a2e", "#666666"
_MARK_COLORS = {"✔": GREEN, "✖": RED, "—": GREY, "○": GREY}
#: The href of «ответить на вопрос»: the main window opens the organisation
#: dialog on its «Применимость подзадач» page (the question key follows).
ANSWER_LINK = "tbn4-answer:"
#: The href of an attached file's name: opened in the system's viewer (the attachment id follows).
FILE_LINK = "tbn4-file:"


def requirement_text(slot: DocumentSlot) -> str:
    """«обязательный», «при условии: …», «необязательный»."""
    if slot.requirement is Requirement.CONDITIONAL:
        return (
            tr("при условии: {condition}").format(condition=tc(slot.condition)) if slot.condition else tr("при условии")
        )
    return slot.requirement.label.lower()


def _roles(roles) -> str:  # noqa: ANN001 - tuple[SignerRole, ...]
    return ", ".join(r.label.lower() for r in roles) or "—"


def _red(text: str) -> str:
    return f"<span style='color:{RED}'>{text}</span>"


def _grey(text: str) -> str:
    return f"<span style='color:{GREY}'>{text}</span>"


def slot_details(state: SlotState, level: OrgLevel, detail: ExecutionDetail | None) -> list[str]:
    """The lines under one document of the checklist (HTML): its files or
    links with their channels, its signer, its date, a waiver, what is missing."""
    slot = state.slot
    lines: list[str] = []
    if state.waived_reason:
        lines.append(escape(tr("Не требуется: {reason}").format(reason=tc(state.waived_reason))))
    files = [a for a in detail.attachments if a.slot_key == slot.key] if detail is not None else []
    links = [l for l in detail.links if l.slot_key == slot.key] if detail is not None else []
    elsewhere = slot.year_scope and state.satisfied and not files and not links
    # «Файлов нет» only where no sentence below says what is missing.
    quiet = bool(state.waived_reason or state.problems)
    if slot.kind.takes_files:
        if files:
            names = ", ".join(
                f"<a href='{FILE_LINK}{a.id}' title='{escape(tr(OPEN_FILE_TIP), quote=True)}'>"
                f"{escape(a.original_name)}</a> — <i>{escape(a.role.in_sentence)}</i>"
                for a in files
            )
            lines.append(f"{escape(trn('%n файл', len(files)))}: {names}")
        elif elsewhere:
            lines.append(escape(tr("Документ на весь год приложен в другом периоде.")))
        elif not quiet:
            lines.append(_grey(escape(tr("Файлов нет."))))
    elif slot.kind is DocumentKind.LINK:
        for link in links:
            channel = _channel_label(link.channel)
            when = f", {format_date(link.published_on)}" if link.published_on else ""
            lines.append(
                f"<a href='{escape(link.url, quote=True)}'>{escape(link.title or link.url)}</a>"
                f" — {escape(channel)}{escape(when)}"
            )
        if state.missing_channels and links and not quiet:
            channels = ", ".join(c.label for c in state.missing_channels)
            text = (
                tr("Нет ссылки ни в одном из каналов: {channels}.")
                if slot.any_channel
                else tr("Нет ссылки в каналах: {channels}.")
            )
            lines.append(_grey(escape(text.format(channels=channels))))
        elif not links and not quiet and not elsewhere:
            lines.append(_grey(escape(tr("Ссылок нет."))))
        elif elsewhere:
            lines.append(escape(tr("Ссылка на весь год указана в другом периоде.")))
    elif slot.kind is DocumentKind.REGISTER:
        lines.append(
            escape(tr("Таблица заполнена.")) if state.satisfied else _grey(escape(tr("Таблица не заполнена.")))
        )
    if slot.kind.needs_signer and not elsewhere:
        allowed = slot.signers_for(level)
        if state.signer_name:
            who = f"{state.signer_name}, {state.signer_role.label.lower()}" if state.signer_role else state.signer_name
            if state.signer_allowed is False:
                lines.append(
                    _red(
                        escape(
                            tr("Подписал(а): {who} — не может подписывать этот документ; подписывает: {roles}").format(
                                who=who, roles=_roles(allowed)
                            )
                        )
                    )
                )
            else:
                lines.append(escape(tr("Подписал(а): {who}").format(who=who)))
        else:
            lines.append(escape(tr("Подписант не указан; подписывает: {roles}.").format(roles=_roles(allowed))))
    if slot.date is not None and not state.waived_reason:
        label = slot.date.label
        if state.doc_date is not None:
            lines.append(escape(f"{label}: {format_date(state.doc_date)}"))
        else:
            lines.append(escape(tr("{label}: не указана").format(label=label)))
    if state.certificate_signers:
        lines.append(
            escape(tr("Подписано ЭЦП: {names}").format(names=", ".join(dict.fromkeys(state.certificate_signers))))
        )
    for problem in state.problems:
        lines.append(_red(escape(sentence_case(problem)) + "."))
    for warning in state.warnings:
        lines.append(_amber("⚠ " + escape(sentence_case(warning)) + "."))
    if state.warnings:
        lines.append(_grey(escape(tr(RULE_NOTE))))
    return lines


OPEN_FILE_TIP = N_("Открыть файл в программе просмотра Windows")  # shown as tr(OPEN_FILE_TIP)


def _amber(html: str) -> str:
    return f"<span style='color:#8a5300'>{html}</span>"


def _channel_label(value: str | None) -> str:
    try:
        return Channel(value).label if value else tr("канал не указан")
    except ValueError:
        return value or tr("канал не указан")


def checklist_html(checklist: Checklist, level: OrgLevel, detail: ExecutionDetail | None) -> str:
    """One row per document of the checklist: its mark, title and
    requirement, then its details; «Не распределено» below."""
    rows = []
    for state in checklist.slots:
        slot = state.slot
        color = _MARK_COLORS.get(state.mark, GREY)
        kind = slot.kind.label
        if slot.kind is DocumentKind.FORM and slot.appendix and f"№{slot.appendix}" not in slot.title:
            kind += f", {appendix_label(slot.appendix)}"
        head = (
            f"<b>{escape(tc(slot.title))}</b> <span style='color:{GREY}'>({escape(kind.lower())}; "
            f"{escape(requirement_text(slot))})</span>"
        )
        body = "".join(f"<br>{line}" for line in slot_details(state, level, detail))
        rows.append(
            f"<tr><td style='padding-right:6px; vertical-align:top; color:{color}'>"
            f"<b>{state.mark}</b></td><td style='padding-bottom:6px'>{head}{body}</td></tr>"
        )
    out = "<table cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>"
    if checklist.unassigned_files:
        names = ""
        if detail is not None:
            names = ": " + ", ".join(escape(a.original_name) for a in detail.attachments if not a.slot_key)
        text = escape(
            trn("Не распределено: %n файл{names} — разберите в мастере («Выполнить…»).", checklist.unassigned_files)
        )
        out += f"<p style='margin-top:2px'>{_red(text.format(names=names))}</p>"
    if detail is not None and detail.history:
        out += _para(tr("В истории сохранено убранных файлов: {count}.").format(count=len(detail.history)))
    return out


def slots_reference_html(subtask: Subtask, level: OrgLevel) -> str:
    """The documents of a subtask with no checklist to show (it does not
    apply, or no period is chosen): title, kind, requirement, who signs."""
    items = []
    for slot in subtask.documents:
        document, requirement = document_line(slot.kind, slot.title, slot.appendix), requirement_text(slot)
        if slot.kind.needs_signer and slot.signers_for(level):
            text = tr("{document} — {requirement}; подписывает: {roles}").format(
                document=document, requirement=requirement, roles=_roles(slot.signers_for(level))
            )
        else:
            text = f"{document} — {requirement}"
        items.append(escape(text))
    return _list(items)


def applicability_html(applies: Applicability | None) -> str:
    """The note when a question of the catalog decides whether the subtask
    applies, with a link to where it is answered."""
    if applies is None or applies.question is None:
        return ""
    link = f"<a href='{ANSWER_LINK}{escape(applies.question.key, quote=True)}'>"
    if applies.answer is None:
        return (
            f"<p style='margin-top:0'>{_red(escape(tr('Ответьте на вопрос')))}: "
            f"«{escape(tc(applies.question.text))}». "
            f"{escape(tr('Пока ответа нет, подзадача считается применимой.'))} "
            f"{link}{escape(tr('Ответить…'))}</a></p>"
        )
    answer = tr("Применимость: Да — «{question}».") if applies.answer else tr("Применимость: Нет — «{question}».")
    return (
        f"<p style='margin-top:0'>{_grey(escape(answer.format(question=tc(applies.question.text))))} "
        f"{link}{escape(tr('Изменить ответ…'))}</a></p>"
    )


def periodicity_html(subtask, executions) -> str:  # noqa: ANN001 - Subtask, list[ExecutionInfo]
    """The year's periodicity (a Карта may have changed the catalog's: the
    periods of the executions tell) and whether the instruction states it."""
    periods = {e.period for e in executions}
    shown = subtask.periodicity
    if periods and all(p.startswith("Q") for p in periods):
        shown = Periodicity.QUARTERLY
    elif periods and all(p.startswith("M") for p in periods):
        shown = Periodicity.MONTHLY
    elif periods == {""} and shown not in (Periodicity.ONCE, Periodicity.YEARLY):
        shown = Periodicity.YEARLY
    if subtask.periodicity_source:
        # The instruction's own words stay Russian; the Kazakh message says so.
        note = tr("Инструкция: «{quote}».").format(quote=" ".join(subtask.periodicity_source.split()))
    else:
        note = tr("Инструкция периодичность не устанавливает: её определяет Карта реализации.")
    return _para(shown.label) + f"<p style='margin-top:0'>{_grey(escape(note))}</p>"


def render_subtask_html(data: PanelData) -> str:
    s, level = data.subtask, data.level
    applies_to_level = s.applies_to(level)
    answered_no = data.applicability is not None and not data.applicability.applies and applies_to_level
    applies = applies_to_level and bool(data.executions) and not answered_no
    parts = [
        f"<h3 style='margin-bottom:2px'>{escape(tr('Подзадача {code}').format(code=s.code))}</h3>",
        f"<p style='margin-top:0'><b>{escape(tc(s.title))}</b></p>",
    ]
    if answered_no and data.applicability is not None:  # answered_no: there is an answer
        parts.append(
            _para(tr("Не применяется: {reason}. Сведения ниже — для справки.").format(reason=data.applicability.reason))
        )
        parts.append(applicability_html(data.applicability))
    elif not applies:
        parts.append(
            _para(
                tr("Не применяется: подзадача не исполняется на уровне «{level}». Сведения ниже — для справки.").format(
                    level=level.label
                )
            )
        )
    else:
        parts.append(_section(tr("Текущий статус"), _status_block(data) + applicability_html(data.applicability)))
    checklist = data.checklist
    if applies and checklist is not None:
        period = data.focus.info.period if data.focus is not None else ""
        title = (
            tr("Подтверждающие документы — {period}").format(period=period_label(period))
            if period
            else tr("Подтверждающие документы")
        )
        parts.append(_section(title, checklist_html(checklist, level, data.focus)))
    else:
        parts.append(_section(tr("Подтверждающие документы"), slots_reference_html(s, level)))
    parts.append(_section(tr("Срок"), deadlines_block(s.deadline.text, data.deadlines, judged_by_text(s))))
    parts.append(_section(tr("Что требуется"), _para(tc(s.guidance))))
    parts.append(_section(tr("Исполнитель"), _para(tc(s.executor))))
    parts.append(_section(tr("Периодичность"), periodicity_html(s, data.executions)))
    if s.kpi is not None:
        live = f"<p style='margin-top:0'>{verdict_html(data.kpi)}</p>" if data.kpi is not None and applies else ""
        parts.append(_section(tr("Показатель"), _para(tc(s.kpi.text)) + live))
    return "".join(parts)


def _status_block(data: PanelData) -> str:
    if len(data.executions) == 1 and not data.executions[0].period:
        info = data.executions[0]
        return f"<p style='margin-top:0'>{status_html(info.status, info.status_text)}{_done_suffix(info, data)}</p>"
    rows = []
    selected = data.detail.info.id if data.detail else None
    for info in data.executions:
        label = escape(sentence_case(period_label(info.period)))
        if info.id == selected:
            label = f"<b>{label}</b>"
        rows.append(
            f"<tr><td style='padding-right:12px'>{label}</td><td>{status_html(info.status, info.status_text)}"
            f"{_done_suffix(info, data)}</td></tr>"
        )
    return "<table cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>"


def _done_suffix(info: ExecutionInfo, data: PanelData) -> str:
    """«выполнено 12.03.2025», and for a status held back by the checklist,
    what is missing is in the documents section: say so."""
    bits = []
    if info.completed_on and info.status.is_done:
        bits.append(tr("выполнено {date}").format(date=format_date(info.completed_on)))
    checklist = data.checklists.get(info.id)
    if checklist is not None and not checklist.complete and info.status is not ExecutionStatus.NOT_STARTED:
        missing = len(checklist.problems)
        bits.append(
            tr("не хватает документов: {count}").format(count=missing) if missing else tr("не хватает документов")
        )
    return (" — " + escape("; ").join(bits)) if bits else ""


class SubtaskPanel(QWidget):
    executeRequested = Signal()
    formRequested = Signal(str)  # a FormName value, for the period «Выполнить…» would open
    uploadRequested = Signal()  # «Отметить загрузку в ИСПУ…» for the ready periods shown
    answerRequested = Signal(str)  # «Ответить…» on an applicability question (its key)
    historyRequested = Signal(str, object)  # «История…»: subtask code, period (None: every period)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("subtaskPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("subtaskDetails")
        # Links open here: publication links in the system browser, «Ответить…» in the app.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.setAccessibleName(tr("Сведения о подзадаче"))
        # «История…» above the text, not in the button bar: the bar is as wide
        # as the panel may get at 1366×768 already.
        top = QHBoxLayout()
        top.addStretch(1)
        self.history_button = QPushButton(tr("&История изменений…"), self)
        self.history_button.setObjectName("historyButton")
        self.history_button.setFlat(True)
        self.history_button.setToolTip(tr("Кто, когда и что менял в этой подзадаче (журнал изменений)"))
        self.history_button.clicked.connect(self._history_clicked)
        self.history_button.hide()
        top.addWidget(self.history_button)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        bar = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        bar.addWidget(self.hint, 1)
        self.form_button = QPushButton(tr("Сфор&мировать…"), self)
        self.form_button.setObjectName("formButton")
        self.form_button.setMinimumHeight(34)
        self.form_button.clicked.connect(self._form_clicked)
        self.form_button.hide()
        self.forms: list = []  # FormName of the shown subtask
        self.target: ExecutionInfo | None = None
        bar.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignRight)
        self.upload_button = QPushButton(tr("Отметить загрузку в ИСПУ…"), self)
        self.upload_button.setObjectName("uploadButton")
        self.upload_button.setMinimumHeight(34)
        self.upload_button.setToolTip(tr("Документы загружены в ИСПУ: указать дату загрузки и номер"))
        self.upload_button.clicked.connect(self.uploadRequested)
        self.upload_button.hide()
        bar.addWidget(self.upload_button, 0, Qt.AlignmentFlag.AlignRight)
        self.execute_button = QPushButton(tr("Выполнить…"), self)
        self.execute_button.setObjectName("executeButton")
        self.execute_button.setMinimumHeight(34)
        self.execute_button.setToolTip(tr("Открыть мастер исполнения подзадачи (Enter в дереве)"))
        self.execute_button.clicked.connect(self.executeRequested)
        bar.addWidget(self.execute_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bar)
        self.data: PanelData | None = None
        #: Returns the open AppContext (its attachment store and data folder) for opening files;
        #: the main window sets it (the store is attached after the first paint).
        self.context_source: Callable[[], AppContext | None] | None = None
        self.show_placeholder()

    def show_placeholder(self, text: str = "") -> None:
        self.data = None
        self.browser.setHtml(
            _para(
                text
                or tr("Выберите подзадачу в дереве слева, чтобы увидеть, что требуется по Инструкции, и выполнить её.")
            )
        )
        self.execute_button.setEnabled(False)
        self.hint.setText("")
        self._set_forms([])
        self.upload_button.hide()
        self.history_button.hide()

    def show_overview(self, catalog: Catalog, kind_title: str, title: str, text: str = "") -> None:
        """A project or task row: its title and goal."""
        self.data = None
        body = f"<h3>{escape(kind_title)}</h3><p><b>{escape(title)}</b></p>"
        if text:
            body += _para(text)
        body += _para(
            tr("Каталог: {title}, версия {version}.").format(title=tc(catalog.title), version=catalog.version)
        )
        self.browser.setHtml(body)
        self.execute_button.setEnabled(False)
        self.hint.setText(tr("Выберите подзадачу, чтобы выполнить её."))
        self._set_forms([])
        self.upload_button.hide()
        self.history_button.hide()

    def show_subtask(self, data: PanelData, target: ExecutionInfo | None) -> None:
        """Show a subtask; `target` is the period «Выполнить…» will open."""
        self.data = data
        self.browser.setHtml(render_subtask_html(data))
        self.history_button.setVisible(bool(data.executions))
        self.execute_button.setEnabled(target is not None)
        self.upload_button.setVisible(bool(self.ready_to_mark()))
        self.target = target
        if target is not None:
            from tbn4_desktop.services.forms import (
                forms_of_subtask,  # lazily: not on the first paint
            )

            self._set_forms(forms_of_subtask(data.subtask))
        else:
            self._set_forms([])
        if target is None:
            self.hint.setText(tr(NOT_APPLICABLE_LABEL) if not data.executions else "")
        elif self._deadline_not_applicable(target):
            self.hint.setText(
                tr("Срок за период «{period}» не применяется — см. «Срок» выше; выполнить его всё же можно.").format(
                    period=period_label(target.period)
                )
            )
        elif target.period:
            self.hint.setText(tr("Выполнить за период: {period}").format(period=period_label(target.period)))
        else:
            self.hint.setText("")

    def _deadline_not_applicable(self, target: ExecutionInfo) -> bool:
        """A period whose deadline does not apply (1.1.9's quarters in which no
        monitoring quarter ends: the instruction is silent on them)."""
        from tbn4_desktop.core.deadlines import DeadlineState

        data = self.data
        return data is not None and any(
            r.execution_id == target.id and r.state is DeadlineState.NOT_APPLICABLE for r in data.deadlines
        )

    def ready_to_mark(self) -> list[ExecutionInfo]:
        """The periods «Отметить загрузку в ИСПУ…» marks: the selected one when
        it is ready, else every ready period of the subtask shown."""
        if self.data is None:
            return []
        ready = [e for e in self.data.executions if e.status is ExecutionStatus.READY_FOR_UPLOAD]
        selected = self.data.detail.info if self.data.detail is not None else None
        if selected is not None and any(e.id == selected.id for e in ready):
            return [e for e in ready if e.id == selected.id]
        return ready

    def uploaded_marks(self) -> list[ExecutionInfo]:
        """The periods «Снять отметку о загрузке…» takes back: the selected one
        when it is marked, else every marked period of the subtask shown."""
        if self.data is None:
            return []
        marked = [e for e in self.data.executions if e.status is ExecutionStatus.UPLOADED]
        selected = self.data.detail.info if self.data.detail is not None else None
        if selected is not None and any(e.id == selected.id for e in marked):
            return [e for e in marked if e.id == selected.id]
        return marked

    def history_target(self) -> tuple[str, str | None] | None:
        """(code, period) «История…» shows: the selected period, else every
        period of the subtask (a once/yearly subtask has just one)."""
        if self.data is None:
            return None
        if self.data.detail is not None:
            return self.data.subtask.code, self.data.detail.info.period
        periods = {e.period for e in self.data.executions}
        return self.data.subtask.code, (periods.pop() if len(periods) == 1 else None)

    def _history_clicked(self) -> None:
        target = self.history_target()
        if target is not None:
            self.historyRequested.emit(*target)

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(ANSWER_LINK):
            self.answerRequested.emit(text[len(ANSWER_LINK) :])
        elif text.startswith(FILE_LINK):
            self.open_file(int(text[len(FILE_LINK) :]))
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def open_file(self, attachment_id: int) -> str | None:
        """Open an attached file of the period shown in the system's viewer
        under its original name; a failure is said in one message box."""
        from tbn4_desktop.ui import errors
        from tbn4_desktop.ui.open_files import open_stored_file

        detail = self.data.focus if self.data is not None else None
        attachment = next((a for a in detail.attachments if a.id == attachment_id), None) if detail else None
        ctx = self.context_source() if self.context_source is not None else None
        if attachment is None or ctx is None:
            message: str | None = tr("Файл не найден: выберите подзадачу заново.")
        else:
            message = open_stored_file(ctx.blobs, attachment, ctx.data_dir)
        if message:
            errors.show_error(self, message)
        return message

    def _set_forms(self, forms: list) -> None:
        """«Сформировать…» for a subtask confirmed by a form; a menu when by several."""
        self.forms = list(forms)
        self.form_button.setVisible(bool(forms))
        old = self.form_button.menu()
        self.form_button.setMenu(None)  # type: ignore[arg-type]  # PySide6 stubs: setMenu() takes None (no menu)
        if old is not None:
            old.deleteLater()
        if len(forms) > 1:
            menu = QMenu(self.form_button)
            for name in forms:
                action = menu.addAction(f"{name.label}…")
                action.triggered.connect(lambda _checked=False, name=name: self.formRequested.emit(name.value))
            self.form_button.setMenu(menu)
        self.form_button.setToolTip("\n".join(tr("Сформировать: {form}").format(form=name.label) for name in forms))

    def _form_clicked(self) -> None:
        if len(self.forms) == 1:
            self.formRequested.emit(self.forms[0].value)
