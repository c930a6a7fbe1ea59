"""The embedded faces of a form's PDF: reportlab's TTFont with a fast way to
turn text into the bytes of its font subset, the same bytes it would write."""

from __future__ import annotations

import codecs
from typing import Any

from reportlab.pdfbase.ttfonts import TTFont

_UNDEFINED = "\ufffe"  # a byte no character maps to, for codecs.charmap_build


class SubsetTTFont(TTFont):  # type: ignore[misc]  # reportlab: no type information
    """A TTFont whose splitString() encodes text whose every character already
    has its code in the first subset with one C-level charmap encoding, not
    reportlab's Python loop over the characters (a seventh of a long form's
    rendering). Any other text (a character seen for the first time, a second
    subset) goes the library's way, which assigns the codes; the bytes are the same."""

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        state = self.state.get(doc) if isinstance(text, str) and text else None
        if state is not None:
            assignments = state.assignments
            cache = state.__dict__.get("_tbn4_subset0")
            if cache is None or cache[0] != len(assignments):
                # rebuilt when the library has assigned new codes: once per new character
                table = [_UNDEFINED] * 256
                for code, n in assignments.items():
                    if n < 256:
                        table[n] = chr(code)
                cache = state._tbn4_subset0 = (len(assignments), codecs.charmap_build("".join(table)))
            try:
                # the library writes a no-break space as a space
                return [(0, codecs.charmap_encode(text.replace("\xa0", " "), "strict", cache[1])[0])]
            except UnicodeEncodeError:
                pass  # a character without a code in the first subset yet
        result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        return result
