"""One entry point for writing a form to a file in any of its formats.

The form is rendered in memory, then written through fileio's atomic write,
so a failure or a full disk never leaves a half-written form under the
user's chosen name; and the renderers' ZIP writers (DOCX, XLSX) never see a
failing file, which they would leave unclosed, to complain at exit."""

from __future__ import annotations

import io
from pathlib import Path

from tbn4_desktop.core.fileio import atomic_write_bytes

# Re-exported: callers import the errors of writing a form from here.
from tbn4_desktop.core.forms.errors import LABEL_CHARS as LABEL_CHARS
from tbn4_desktop.core.forms.errors import FormError as FormError
from tbn4_desktop.core.forms.errors import row_too_tall as row_too_tall
from tbn4_desktop.core.forms.model import Form, FormName
from tbn4_desktop.i18n import tr

FORMATS = ("docx", "pdf", "xlsx")
#: XLSX is offered where the form is a table to work with (Appendices 3, 4 and the inventory).
XLSX_FORMS = frozenset({FormName.APP3, FormName.APP4, FormName.INVENTORY})


def formats_of(name: FormName) -> tuple[str, ...]:
    return FORMATS if name in XLSX_FORMS else ("docx", "pdf")


def format_of(path: Path) -> str:
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise FormError(
            tr("Неизвестный формат файла «{name}»: укажите имя с расширением .docx, .pdf или .xlsx.").format(
                name=Path(path).name
            )
        )
    return fmt


def write_form(form: Form, path: Path) -> Path:
    """Write `form` to `path` in the format its extension names."""
    fmt = format_of(path)
    if fmt not in formats_of(form.name):
        raise FormError(
            tr("{form}: формат XLSX не предусмотрен, сохраните в DOCX или PDF.").format(form=form.name.label)
        )
    if fmt == "pdf":
        from tbn4_desktop.core.forms.pdf_render import render_pdf as render
    elif fmt == "docx":
        from tbn4_desktop.core.forms.docx_render import render_docx as render
    else:
        from tbn4_desktop.core.forms.xlsx_render import render_xlsx as render
    buffer = io.BytesIO()
    render(form, buffer)
    atomic_write_bytes(Path(path), buffer.getvalue())
    return Path(path)
