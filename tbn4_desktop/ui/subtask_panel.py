"""The right-hand panel: everything the instruction says about the selected
subtask, what this organisation has done for it, and «Выполнить…»."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Catalog, Subtask
from tbn4_desktop.core.kpi import KpiResult
from tbn4_desktop.core.vocabulary import (
    DocumentKind,
    ExecutionStatus,
    OrgLevel,
    period_label,
)
from tbn4_desktop.paths import resource_dir
from tbn4_desktop.services.records import ExecutionDetail, ExecutionInfo, SignatoryInfo
from tbn4_desktop.ui.catalog_tree import sentence_case
from tbn4_desktop.ui.formatting import (
    appendix_label,
    format_date,
    format_size,
    media_label,
)
from tbn4_desktop.ui.icons import NOT_APPLICABLE_LABEL
from tbn4_desktop.ui.kpi_line import verdict_html


@dataclass(frozen=True)
class PanelData:
    """What the panel shows for one subtask (plain data, no ORM)."""

    subtask: Subtask
    level: OrgLevel
    executions: list[ExecutionInfo]          # every period of the subtask
    detail: ExecutionDetail | None           # the selected period, if one
    signatories: dict[int, SignatoryInfo]
    deadlines: tuple = ()                    # dashboard.DeadlineRow of each period, when computed
    kpi: KpiResult | None = None             # the live KPI from the registers, when the subtask has one


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


def deadline_html(row) -> str:  # noqa: ANN001 - dashboard.DeadlineRow
    """«Срок: 12.05.2025 — ⚠ Просрочено» and the explanation, for one period."""
    due = format_date(row.due) if row.due else "не определён"
    warnings = "".join(f"<br>⚠&nbsp;{escape(w)}" for w in row.warnings)
    return (f"<b>{escape(due)}</b> — {deadline_state_html(row.state)}<br>"
            f"<span style='color:#444'>{escape(row.explanation)}</span>{warnings}")


def deadlines_block(rule_text: str, rows) -> str:  # noqa: ANN001 - Sequence[DeadlineRow]
    """The «Срок» section: the instruction's rule, then each period's date,
    state and explanation."""
    out = _para(rule_text)
    if not rows:
        return out
    if len(rows) == 1 and not rows[0].period:
        return out + f"<p style='margin-top:0'>{deadline_html(rows[0])}</p>"
    cells = "".join(
        f"<tr><td style='padding-right:12px; vertical-align:top'>{escape(sentence_case(r.period_text))}</td>"
        f"<td style='padding-bottom:4px'>{deadline_html(r)}</td></tr>" for r in rows)
    return out + f"<table cellspacing='0' cellpadding='1'>{cells}</table>"


def document_line(doc_kind: DocumentKind, title: str, appendix: int | None) -> str:
    text = f"{doc_kind.label}: {title}"
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


def render_subtask_html(data: PanelData) -> str:
    s, level = data.subtask, data.level
    applies = s.applies_to(level) and bool(data.executions)
    parts = [f"<h3 style='margin-bottom:2px'>Подзадача {escape(s.code)}</h3>",
             f"<p style='margin-top:0'><b>{escape(s.title)}</b></p>"]
    if not applies:
        parts.append(_para(f"{NOT_APPLICABLE_LABEL}: подзадача не исполняется на уровне «{level.label}». "
                           "Сведения ниже — для справки."))
    else:
        parts.append(_section("Текущий статус", _status_block(data)))
    parts.append(_section("Что требуется", _para(s.guidance)))
    parts.append(_section("Исполнитель", _para(s.executor)))
    parts.append(_section("Подтверждающие документы", _list(
        [escape(document_line(d.kind, d.title, d.appendix)) for d in s.documents])))
    parts.append(_section(f"Кто подписывает ({level.label})", _para(signers_text(s, level))))
    parts.append(_section("Периодичность", _para(s.periodicity.label)))
    parts.append(_section("Срок", deadlines_block(s.deadline.text, data.deadlines)))
    if s.kpi is not None:
        live = f"<p style='margin-top:0'>{verdict_html(data.kpi)}</p>" if data.kpi is not None and applies else ""
        parts.append(_section("Показатель", _para(s.kpi.text) + live))
    if data.detail is not None:
        parts.append(_files_block(data.detail))
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
        rows.append(f"<tr><td style='padding-right:12px'>{label}</td><td>{status_html(info.status, info.status_text)}"
                    f"{_done_suffix(info, data)}</td></tr>")
    return "<table cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>"


def _done_suffix(info: ExecutionInfo, data: PanelData) -> str:
    bits = []
    if info.completed_on:
        bits.append(f"выполнено {format_date(info.completed_on)}")
    signer = data.signatories.get(info.signatory_id) if info.signatory_id else None
    if signer:
        bits.append(f"подписант: {escape(signer.full_name)}")
    return (" — " + escape("; ").join(bits)) if bits else ""


def _files_block(detail: ExecutionDetail) -> str:
    period = detail.info.period
    suffix = f" ({period_label(period)})" if period else ""
    if detail.attachments:
        files = _list([f"{escape(a.original_name)} — {escape(format_size(a.size))}, {escape(media_label(a.media_type))}"
                       f" <i>({escape(a.role.label)})</i>" for a in detail.attachments])
    else:
        files = _para("Файлы не приложены.")
    if detail.history:
        files += _para(f"В истории сохранено убранных файлов: {len(detail.history)}.")
    out = _section(f"Приложенные файлы{suffix}", files)
    if detail.links:
        items = []
        for link in detail.links:
            title = escape(link.title or link.url)
            date_text = f", {format_date(link.published_on)}" if link.published_on else ""
            items.append(f"<a href='{escape(link.url, quote=True)}'>{title}</a>{escape(date_text)}")
        out += _section(f"Ссылки на публикации{suffix}", _list(items))
    return out


class SubtaskPanel(QWidget):
    executeRequested = Signal()
    formRequested = Signal(str)     # a FormName value, for the period «Выполнить…» would open
    uploadRequested = Signal()      # «Отметить загрузку в ИСПУ…» for the ready periods shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("subtaskPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("subtaskDetails")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName("Сведения о подзадаче")
        layout.addWidget(self.browser, 1)
        bar = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        bar.addWidget(self.hint, 1)
        self.form_button = QPushButton("Сфор&мировать…", self)
        self.form_button.setObjectName("formButton")
        self.form_button.setMinimumHeight(34)
        self.form_button.clicked.connect(self._form_clicked)
        self.form_button.hide()
        self.forms: list = []          # FormName of the shown subtask
        self.target: ExecutionInfo | None = None
        bar.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignRight)
        self.upload_button = QPushButton("Отметить загрузку в ИСПУ…", self)
        self.upload_button.setObjectName("uploadButton")
        self.upload_button.setMinimumHeight(34)
        self.upload_button.setToolTip("Документы загружены в ИСПУ: указать дату загрузки и номер")
        self.upload_button.clicked.connect(self.uploadRequested)
        self.upload_button.hide()
        bar.addWidget(self.upload_button, 0, Qt.AlignmentFlag.AlignRight)
        self.execute_button = QPushButton("Выполнить…", self)
        self.execute_button.setObjectName("executeButton")
        self.execute_button.setMinimumHeight(34)
        self.execute_button.setToolTip("Открыть мастер исполнения подзадачи (Enter в дереве)")
        self.execute_button.clicked.connect(self.executeRequested)
        bar.addWidget(self.execute_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bar)
        self.data: PanelData | None = None
        self.show_placeholder()

    def show_placeholder(self, text: str = "") -> None:
        self.data = None
        self.browser.setHtml(_para(text or "Выберите подзадачу в дереве слева, чтобы увидеть, что требуется "
                                           "по Инструкции, и выполнить её."))
        self.execute_button.setEnabled(False)
        self.hint.setText("")
        self._set_forms([])
        self.upload_button.hide()

    def show_overview(self, catalog: Catalog, kind_title: str, title: str, text: str = "") -> None:
        """A project or task row: its title and goal."""
        self.data = None
        body = f"<h3>{escape(kind_title)}</h3><p><b>{escape(title)}</b></p>"
        if text:
            body += _para(text)
        body += _para(f"Каталог: {catalog.title}, версия {catalog.version}.")
        self.browser.setHtml(body)
        self.execute_button.setEnabled(False)
        self.hint.setText("Выберите подзадачу, чтобы выполнить её.")
        self._set_forms([])
        self.upload_button.hide()

    def show_subtask(self, data: PanelData, target: ExecutionInfo | None) -> None:
        """Show a subtask; `target` is the period «Выполнить…» will open."""
        self.data = data
        self.browser.setHtml(render_subtask_html(data))
        self.execute_button.setEnabled(target is not None)
        self.upload_button.setVisible(bool(self.ready_to_mark()))
        self.target = target
        if target is not None:
            from tbn4_desktop.services.forms import forms_of_subtask   # lazily: not on the first paint

            self._set_forms(forms_of_subtask(data.subtask))
        else:
            self._set_forms([])
        if target is None:
            self.hint.setText(NOT_APPLICABLE_LABEL if not data.executions else "")
        elif target.period:
            self.hint.setText(f"Выполнить за период: {period_label(target.period)}")
        else:
            self.hint.setText("")

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

    def _set_forms(self, forms: list) -> None:
        """«Сформировать…» for a subtask confirmed by a form; a menu when by several."""
        self.forms = list(forms)
        self.form_button.setVisible(bool(forms))
        old = self.form_button.menu()
        self.form_button.setMenu(None)
        if old is not None:
            old.deleteLater()
        if len(forms) > 1:
            menu = QMenu(self.form_button)
            for name in forms:
                menu.addAction(f"{name.label}…", lambda name=name: self.formRequested.emit(name.value))
            self.form_button.setMenu(menu)
        self.form_button.setToolTip("\n".join(f"Сформировать: {name.label}" for name in forms))

    def _form_clicked(self) -> None:
        if len(self.forms) == 1:
            self.formRequested.emit(self.forms[0].value)
