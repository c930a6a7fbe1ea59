"""The errors of writing a form, apart from render.py so that the renderers
(pdf_render, xlsx_render) can raise them without importing the module that
imports them."""

from __future__ import annotations

from tbn4_desktop.core.forms.model import Form
from tbn4_desktop.i18n import tr


class FormError(Exception):
    """A form cannot be written as asked; the message is Russian and complete."""


#: How much of a row's label a message quotes.
LABEL_CHARS = 80


def row_too_tall(form: Form, label: str) -> FormError:
    """The one sentence for a row no page can hold even split into parts (a
    renderer's last resort: rows of any height are split across pages)."""
    if len(label) > LABEL_CHARS:  # a document's name can be a paragraph
        label = label[: LABEL_CHARS - 1].rstrip() + "…"
    if label:
        return FormError(
            tr(
                "{form}: строка «{label}» не помещается на страницу. Сократите её текст или разбейте "
                "сведения на несколько строк и сформируйте форму снова."
            ).format(form=form.name.label, label=label)
        )
    return FormError(
        tr(
            "{form}: одна из строк не помещается на страницу. Сократите её текст или разбейте "
            "сведения на несколько строк и сформируйте форму снова."
        ).format(form=form.name.label)
    )
