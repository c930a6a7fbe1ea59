"""Text in an official form's PDF: the embedded faces' names and sizes,
paragraph styles, markup of plain text (links broken only at their own
boundaries: after / ? & = #, before . - _), and the widths of the parts of a
text no line may break inside (words, money and phones held by no-break spaces)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

# reportlab's own tests of a word it may hyphenate, or break at its hyphens (embeddedHyphenation)
from reportlab.platypus.paragraph import (
    ParaLines,
    _hy_letters_pat,
    _hy_pfx_pat,
    _hy_sfx_pat,
    _hy_shy_letters_pat,
    hyphenationMinWordLength,
)

from tbn4_desktop.core.forms.model import Align, ValueKind
from tbn4_desktop.core.forms.russian import money

FONT = "TBN4Serif"
FONT_BOLD = "TBN4Serif-Bold"
TEXT_PT, TABLE_PT, SMALL_PT = 14, 12, 10

# ------------------------------------------------------------------ text
_ALIGN = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT}
_styles: dict[tuple[float, Align, bool, float, bool], ParagraphStyle] = {}
_pyphen = None


def hyphenate_word(word: str) -> Iterator[tuple[str, str]]:
    """(head, tail) pairs where the Russian rules (pyphen) break `word`,
    longest head first. A compound «комплаенс-службы» breaks after its own
    hyphen or inside one of its parts, never next to the hyphen
    («комплаен-с-службы», as pyphen has it for the whole word)."""
    global _pyphen
    if _pyphen is None:
        import pyphen

        _pyphen = pyphen.Pyphen(lang="ru_RU")
    cuts: set[int] = set()
    start = 0
    for part in word.split("-"):
        cuts.update(start + p for p in _pyphen.positions(part))
        start += len(part) + 1
        if start < len(word):
            cuts.add(start)  # after the hyphen: no second one is added
    for cut in sorted(cuts, reverse=True):
        if 0 < cut < len(word):
            yield word[:cut], word[cut:]


def style(
    size: float = TEXT_PT, align: Align = Align.LEFT, bold: bool = False, indent: float = 0.0, hyphenate: bool = False
) -> ParagraphStyle:
    """`hyphenate`: break a word too long for its line by the Russian rules.
    embeddedHyphenation=2 breaks «комплаенс-офицера» at its own hyphen before a
    word is cut anywhere, and lets a word that cannot be hyphenated at a line's
    end go whole to the next line to be hyphenated there. (Links are no
    concern of it: markup() has already broken them into lines that fit.)"""
    key = (size, align, bold, indent, hyphenate)
    if key not in _styles:
        _styles[key] = ParagraphStyle(
            f"s{len(_styles)}",
            fontName=FONT_BOLD if bold else FONT,
            fontSize=size,
            leading=round(size * 1.15, 1),
            alignment=_ALIGN[align],
            leftIndent=indent,
            embeddedHyphenation=2,
            splitLongWords=1,
            hyphenationLang=hyphenate_word if hyphenate else "",
        )
    return _styles[key]


_LINK = re.compile(r"(?:[a-z][a-z0-9+.\-]*://|www\.)[^\s]+", re.IGNORECASE)


def url_segments(url: str) -> list[str]:
    """A URL cut where it may break: after / ? & = # (a run of them stays
    whole: «https://») and before . - _ ."""
    segments, current = [], ""
    for i, ch in enumerate(url):
        if ch in ".-_" and current and current[-1] not in "/?&=#.-_":
            segments.append(current)
            current = ""
        current += ch
        if ch in "/?&=#" and (i + 1 == len(url) or url[i + 1] not in "/?&=#"):
            segments.append(current)
            current = ""
    if current:
        segments.append(current)
    return segments


def link_lines(url: str, width: float, font: str, size: float) -> list[str]:
    """A URL wider than `width` as lines that fit it, broken at its boundaries
    only; a single segment wider than the column is cut where it must."""

    def measure(s: str) -> float:
        width: float = pdfmetrics.stringWidth(s, font, size)
        return width

    if measure(url) <= width:
        return [url]
    lines, line = [], ""
    for segment in url_segments(url):
        if line and measure(line + segment) > width:
            lines.append(line)
            line = ""
        line += segment
        while measure(line) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and measure(line[:cut]) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    return lines


def _plain(text: str) -> str:
    text = escape(text)
    text = re.sub(r" {2,}", lambda m: "\u00a0" * (len(m.group()) - 1) + " ", text)
    return text.replace("\n", "<br/>")


def markup(text: str, width: float | None = None, font: str = FONT, size: float = TEXT_PT) -> str:
    """Plain text as Paragraph markup: & < > escaped, line breaks and runs
    of spaces kept (the inventory's signature line is spaced by hand). Given
    the width of the text, a link wider than it is broken at its boundaries."""
    if width is None or ("://" not in text and "www." not in text.lower()):
        return _plain(text)
    out, pos = [], 0
    for m in _LINK.finditer(text):
        out.append(_plain(text[pos : m.start()]))
        out.append("<br/>".join(escape(line) for line in link_lines(m.group(), width - 0.5, font, size)))
        pos = m.end()
    out.append(_plain(text[pos:]))
    return "".join(out)


_plain_frags: dict[ParagraphStyle, Any] = {}


def _plain_frag(st: ParagraphStyle) -> Any:
    """The fragment reportlab's parser makes of a plain word in style `st`."""
    if st not in _plain_frags:
        _plain_frags[st] = Paragraph("x", st).frags[0]
    return _plain_frags[st]


class CachedParagraph(Paragraph):  # type: ignore[misc]  # reportlab: no type information
    """A Paragraph that remembers its last wrap: a table is measured and then
    drawn at the same width, and breaking lines is most of a long form's
    rendering time."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def _setup(self, text: Any, style: ParagraphStyle, bulletText: Any, frags: Any, cleaner: Any) -> None:
        # Plain text (no tag, no entity) is one fragment in the style's font: made here
        # as reportlab's parser makes it, without the parser, a third of building a table.
        if frags is None and bulletText is None and isinstance(text, str) and not style.textTransform:
            cleaned = cleaner(text)
            if cleaned and "<" not in cleaned and "&" not in cleaned:
                text, frags = cleaned, [_plain_frag(style).clone(text=cleaned, link=[], us_lines=[])]
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # reportlab's split() deletes blPara when the paragraph moves on whole: wrap again then.
        if self._wrapped is None or self._wrapped[0] != availWidth or "blPara" not in self.__dict__:
            self._wrapped = availWidth, super().wrap(availWidth, availHeight)
        return self._wrapped[1]

    def cut(self, width: float, height: float) -> tuple[Paragraph, Paragraph] | None:
        """The lines that fit in `height` and the rest, as two paragraphs, each
        of two lines at least (no line alone at a page's foot or head); None
        when all fit or no such cut does. The parts keep the lines already
        broken: reportlab's split() breaks the rest again, which for a long
        text over many pages costs its length on each page."""
        self.wrap(width, height)
        lines = self.blPara.lines
        fit = int((height + 1e-6) / self.style.leading)
        if fit >= len(lines):
            return None
        fit = min(fit, len(lines) - 2)  # nor a line alone at the next page's head
        if fit < 2:
            return None
        return self._part(width, 0, fit), self._part(width, fit, len(lines))

    def _part(self, width: float, start: int, stop: int) -> Paragraph:
        # Lines `start`..`stop` as broken at `width`, the only width a table cell draws it at
        # (its frags are the whole text's, for reportlab's bookkeeping only).
        part = CachedParagraph(None, self.style, frags=self.frags)
        bag = {k: v for k, v in self.blPara.__dict__.items() if k != "lines"}
        part.blPara = ParaLines(**bag, lines=self.blPara.lines[start:stop])
        part.width, part.height = width, (stop - start) * self.style.leading
        part._wrapWidths = self._wrapWidths
        part._wrapped = width, (width, part.height)
        return part


def para(text: str, width: float | None = None, **look: Any) -> Paragraph:
    """`text` as a paragraph `width` wide (links broken to fit it), in style(**look)."""
    st = style(**look)
    return CachedParagraph(markup(text, width, st.fontName, st.fontSize), st)


def cell_text(value: str | Decimal | int | None, kind: ValueKind) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal) or (kind is ValueKind.MONEY and isinstance(value, int)):
        return money(value)
    return str(value)


_BREAKS = re.compile(r"[ \t\r\n]+")  # not \s: no-break spaces hold money and phones together


def _pieces(word: str) -> Iterator[tuple[str, bool]]:
    """The parts of a word (`text` split at spaces) a line never breaks
    inside, each with whether the Russian hyphenation may still break it: the
    word; a word of letters and hyphens up to each hyphen; a link up to each
    of its boundaries."""
    if _LINK.fullmatch(word):
        for segment in url_segments(word):
            yield segment, False
        return
    core = _hy_sfx_pat.sub("", _hy_pfx_pat.sub("", word))
    parts = re.findall(r"[^-]+-?|-", word) if "-" in core and _hy_shy_letters_pat.match(core) else [word]
    for part in parts:
        core = _hy_sfx_pat.sub("", _hy_pfx_pat.sub("", part.rstrip("-")))
        yield part, len(core) >= hyphenationMinWordLength and bool(_hy_letters_pat.match(core))


# (word, font, size) → its widest_piece() pair
WidthCache = dict[tuple[str, str, float], tuple[float, float]]


def widest_piece(text: str, font: str, size: float, cache: WidthCache) -> tuple[float, float]:
    """(the widest part of `text` no line breaks inside, the widest of those
    the Russian hyphenation cannot break either: money, numbers, phones, links'
    segments). `cache` keeps each word's pair: a table repeats its words."""
    widest = rigid = 0.0
    for word in _BREAKS.split(text):
        key = word, font, size
        if key not in cache:
            w = r = 0.0
            for piece, hyphenable in _pieces(word):
                width = pdfmetrics.stringWidth(piece, font, size)
                w = max(w, width)
                if not hyphenable:
                    r = max(r, width)
            cache[key] = w, r
        w, r = cache[key]
        widest, rigid = max(widest, w), max(rigid, r)
    return widest, rigid
