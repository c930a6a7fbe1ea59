"""Where a printed form may not break a line: inside a phone number, between
initials and a surname, inside a date, after «№».

`keep_together` puts no-break spaces (U+00A0) at those places. The form
builders apply it to every text cell, so all three formats agree; the PDF
renderer's column widths count a glued run as one word, so a narrow column
widens for it rather than splitting «+7 701 234 56 78» over two lines. Only
existing spaces are replaced: «А.Б.» stays as typed.
"""

from __future__ import annotations

import re

from tbn4_desktop.core.forms.russian import MONTHS_GENITIVE

NBSP = "\u00a0"

# +7 701 234 56 78, +7 (701) 234-56-78, 8 701 234 56 78 — any spacing of the ten digits.
# (the lookahead only lets the scan skip quickly past positions no number starts at)
_PHONE = re.compile(r"(?=[+8])(?:\+7|\b8)(?:[ \-()]*\d){10}\b")
_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІA-Z"
_LOWER = "а-яёәғқңөұүһіa-z"
_SURNAME = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_INITIAL = rf"[{_UPPER}]\."
# «Касымов А. Б.», «Касымов А.Б.» and «А. Б. Касымов»
_SURNAME_INITIALS = re.compile(rf"\b({_SURNAME}) ({_INITIAL})(?: ?({_INITIAL}))?")
_INITIALS_SURNAME = re.compile(rf"(?<![{_UPPER}{_LOWER}])({_INITIAL}) ?(?:({_INITIAL}) )?({_SURNAME})\b")
# Kazakh patronymics written apart: «Нурлан ұлы», «Айгерим Ерланқызы» needs nothing.
_PATRONYMIC_WORDS = ("ұлы", "улы", "қызы", "кызы")
_PATRONYMIC = re.compile(rf"\b([{_UPPER}][{_LOWER}]+) ({'|'.join(_PATRONYMIC_WORDS)})\b")
_MONTHS = "|".join(MONTHS_GENITIVE)
# «12» января 2026 года, 12 января 2026 г., января 2026 года
_DATE = re.compile(rf"(«?\d{{1,2}}»?) ({_MONTHS}) (\d{{4}}) (года|г\.)|({_MONTHS}) (\d{{4}}) (года|г\.)")
_NUMBER_SIGN = re.compile(r"№ (?=\S)")


def _glue(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", NBSP)


def keep_together(text: str) -> str:
    """`text` with no-break spaces where a line must not break."""
    if not text or text.isspace():
        return text
    text = _PHONE.sub(_glue, text)
    text = _DATE.sub(_glue, text)
    text = _SURNAME_INITIALS.sub(_glue, text)
    text = _INITIALS_SURNAME.sub(_glue, text)
    # a form's every cell passes here: the regex runs only where its word can match
    if any(word in text for word in _PATRONYMIC_WORDS):
        text = _PATRONYMIC.sub(_glue, text)
    return _NUMBER_SIGN.sub("№" + NBSP, text) if "№ " in text else text
