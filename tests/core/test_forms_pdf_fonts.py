"""The forms' fast font encoding (core/forms/pdf_fonts.SubsetTTFont) writes
exactly the bytes reportlab's own TTFont writes, line after line, while new
characters get their codes — so a reportlab upgrade that changes how
subsets are kept fails here, not in a form on a user's screen."""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont

from tbn4_desktop.core.forms.pdf_fonts import SubsetTTFont
from tbn4_desktop.paths import resource_dir

LINES = [
    "Приложение 1",
    "Аппарат акима Байзакского района",
    "Сағадиев\xa0Ә.\xa0Қ., тел. +7\xa0701\xa0123\xa045\xa067",  # Kazakh letters appear late, no-break spaces
    "№ 5 от 12.03.2025 г. — «Об утверждении»",
    "Ұлытау, Үржар, Іле; ёлка; 100 %",
    "Приложение 1",  # every character already has its code
    "".join(chr(c) for c in range(0x410, 0x450)) * 3,  # the whole alphabet, past 256 codes with the rest
    "ЯЮЭ ÄÖÜ ßø €",
]


def test_fast_encoding_gives_reportlabs_bytes() -> None:
    path = str(resource_dir() / "fonts" / "LiberationSerif-Regular.ttf")
    ours, theirs = SubsetTTFont("FastSerif", path), TTFont("PlainSerif", path)
    doc_ours, doc_theirs = PDFDocument(), PDFDocument()
    for line in LINES + LINES:
        assert ours.splitString(line, doc_ours) == theirs.splitString(line, doc_theirs), line
    assert ours.state[doc_ours].assignments == theirs.state[doc_theirs].assignments
