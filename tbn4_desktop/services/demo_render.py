"""The demo's documents that look scanned: one page rendered with Pillow
(PDF, JPEG, PNG) or a minimal DOCX draft, with a bilingual letterhead, a
signature scribble and a round seal.

Apart from demo.py: it is the drawing of sample documents, not the playing
of the demo year; Pillow is imported only when a page is drawn.
"""

from __future__ import annotations

import functools
import io
import random
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from tbn4_desktop.core.forms.russian import official_date
from tbn4_desktop.paths import resource_dir
from tbn4_desktop.services.demo_data import ORG_NAME, ORG_NAME_KK, PLACE, PLACE_KK, Doc
from tbn4_desktop.services.organizations import SignatoryInfo

if TYPE_CHECKING:
    from PIL import Image, ImageDraw, ImageFont  # loaded when a page is drawn

FONT_REGULAR = "DejaVuSerif.ttf"
FONT_BOLD = "DejaVuSerif-Bold.ttf"


# --------------------------------------------------------------------------
# Documents that look scanned
# --------------------------------------------------------------------------
# i18n: ru-only-begin — demo sample documents (their printed text)

_DPI = 100
_PAGE = (827, 1169)  # A4 at 100 dpi
_MARGIN_L, _MARGIN_R = 110, 70


@dataclass
class _Pen:
    draw: ImageDraw.ImageDraw
    regular: ImageFont.FreeTypeFont
    bold: ImageFont.FreeTypeFont
    small: ImageFont.FreeTypeFont
    y: int = 60
    width: int = _PAGE[0] - _MARGIN_L - _MARGIN_R
    rng: random.Random = field(default_factory=random.Random)


def font_path(name: str = FONT_REGULAR) -> Path:
    return resource_dir() / "fonts" / name


def _short_name(full_name: str) -> str:
    parts = full_name.split()
    return f"{parts[1][0]}. {parts[0]}" if len(parts) >= 2 else full_name


def render_document(doc: Doc, target: Path, *, signer: SignatoryInfo, when: date, seed: str = "") -> None:
    """Render one page to `target`; the format follows its extension
    (.pdf, .jpg, .png, .docx)."""
    target.write_bytes(_rendered(doc, signer.full_name, signer.position, when, seed, target.suffix.lower()))


@functools.lru_cache(maxsize=64)
def _rendered(doc: Doc, full_name: str, position: str, when: date, seed: str, suffix: str) -> bytes:
    # Cached: rendering is most of the demo's time, and tests create it often.
    if suffix == ".docx":
        return _docx(doc, full_name, position, when)
    page = _page(doc, full_name, position, when, random.Random(seed))
    buf = io.BytesIO()
    if suffix == ".pdf":
        page.save(buf, "PDF", resolution=float(_DPI), title=f"{doc.kind} {doc.subject}", author=ORG_NAME)
    elif suffix in (".jpg", ".jpeg"):
        page.save(buf, "JPEG", quality=82, dpi=(_DPI, _DPI))
    else:
        page.convert("L").save(buf, "PNG", optimize=True, dpi=(_DPI, _DPI))
    return buf.getvalue()


def _page(doc: Doc, full_name: str, position: str, when: date, rng: random.Random) -> Image.Image:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", _PAGE, (250, 249, 245))
    draw = ImageDraw.Draw(img)
    pen = _Pen(
        draw=draw,
        regular=ImageFont.truetype(str(font_path()), 17),
        bold=ImageFont.truetype(str(font_path(FONT_BOLD)), 18),
        small=ImageFont.truetype(str(font_path()), 14),
        rng=rng,
    )

    # Bilingual letterhead, as on the blanks of Kazakhstan's akimats.
    mid = _PAGE[0] // 2
    draw.text((mid - 30, pen.y), ORG_NAME_KK.upper(), font=pen.small, fill=(25, 45, 120), anchor="ra")
    draw.text((mid + 30, pen.y), ORG_NAME.upper(), font=pen.small, fill=(25, 45, 120), anchor="la")
    pen.y += 22
    draw.text((mid - 30, pen.y), PLACE_KK, font=pen.small, fill=(25, 45, 120), anchor="ra")
    draw.text((mid + 30, pen.y), PLACE, font=pen.small, fill=(25, 45, 120), anchor="la")
    pen.y += 30
    draw.line((_MARGIN_L - 40, pen.y, _PAGE[0] - _MARGIN_R + 20, pen.y), fill=(25, 45, 120), width=3)
    pen.y += 30

    if doc.approve:
        x = mid + 60
        for line, font in (("УТВЕРЖДАЮ", pen.bold), (position, pen.regular)):
            for part in _wrap(draw, line, font, _PAGE[0] - _MARGIN_R - x):
                draw.text((x, pen.y), part, font=font, fill=(20, 20, 20))
                pen.y += 24
        pen.y += 12
        _signature(pen, x + 10, pen.y + 8)
        draw.text(
            (_PAGE[0] - _MARGIN_R, pen.y + 4), _short_name(full_name), font=pen.regular, fill=(20, 20, 20), anchor="ra"
        )
        pen.y += 40
        draw.text((x, pen.y), official_date(when), font=pen.regular, fill=(20, 20, 20))
        pen.y += 50

    draw.text((mid, pen.y), doc.kind, font=pen.bold, fill=(15, 15, 15), anchor="ma")
    pen.y += 30
    if doc.number:
        draw.text((_MARGIN_L, pen.y), when.strftime("%d.%m.%Y"), font=pen.regular, fill=(20, 20, 20))
        draw.text((_PAGE[0] - _MARGIN_R, pen.y), f"№ {doc.number}", font=pen.regular, fill=(20, 20, 20), anchor="ra")
        pen.y += 34
    for part in _wrap(draw, doc.subject, pen.bold, pen.width - 60):
        draw.text((mid, pen.y), part, font=pen.bold, fill=(15, 15, 15), anchor="ma")
        pen.y += 26
    pen.y += 20
    for paragraph in doc.body:
        for i, part in enumerate(_wrap(draw, paragraph, pen.regular, pen.width - 40)):
            draw.text((_MARGIN_L + (40 if i == 0 else 0), pen.y), part, font=pen.regular, fill=(20, 20, 20))
            pen.y += 25
        pen.y += 8

    if not doc.approve:
        pen.y = max(pen.y + 60, 820)
        left = _wrap(draw, position, pen.regular, 330)
        for part in left:
            draw.text((_MARGIN_L, pen.y), part, font=pen.regular, fill=(20, 20, 20))
            pen.y += 24
        _signature(pen, _PAGE[0] - _MARGIN_R - 300, pen.y - 34)
        draw.text(
            (_PAGE[0] - _MARGIN_R, pen.y - 24), _short_name(full_name), font=pen.regular, fill=(20, 20, 20), anchor="ra"
        )
        _stamp(pen, _PAGE[0] - _MARGIN_R - 300, pen.y + 60)
    draw.text(
        (_MARGIN_L, _PAGE[1] - 60),
        f"Исп.: отдел управления персоналом, тел. 8 (72637) 2-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        font=pen.small,
        fill=(60, 60, 60),
    )

    # A scanner never feeds the sheet perfectly straight.
    return img.rotate(
        rng.uniform(-0.6, 0.6), resample=Image.Resampling.BILINEAR, expand=False, fillcolor=(250, 249, 245)
    )


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _signature(pen: _Pen, x: int, y: int) -> None:
    """A handwritten-looking scribble in blue ink: a few loops and a stroke."""
    import math

    rng = pen.rng
    loops, length = rng.randint(3, 5), rng.randint(110, 150)
    phase, height = rng.uniform(0, math.pi), rng.randint(9, 14)
    points = []
    for i in range(120):
        t = i / 119
        points.append(
            (
                x + t * length + 9 * math.cos(2 * math.pi * loops * t + phase),
                y - height * math.sin(2 * math.pi * loops * t) * (1.2 - t),
            )
        )
    pen.draw.line(points, fill=(30, 50, 160), width=2, joint="curve")
    pen.draw.line((x - 5, y + 12, x + length + rng.randint(10, 30), y + 4), fill=(30, 50, 160), width=2)


def _stamp(pen: _Pen, cx: int, cy: int) -> None:
    """A round seal: two rings and the organisation's name."""
    ink = (60, 80, 190)
    for r, w in ((86, 3), (70, 1)):
        pen.draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=w)
    for i, line in enumerate(("АППАРАТ АКИМА", "БАЙЗАКСКОГО", "РАЙОНА")):
        pen.draw.text((cx, cy - 26 + i * 18), line, font=pen.small, fill=ink, anchor="ma")


def _docx(doc: Doc, full_name: str, position: str, when: date) -> bytes:
    """A minimal but valid Word document (an unsigned draft)."""
    paragraphs = [
        ORG_NAME.upper(),
        "",
        f"{doc.kind} (ПРОЕКТ)",
        doc.subject,
        "",
        *doc.body,
        "",
        f"{position} ____________ {_short_name(full_name)}",
        official_date(when),
    ]
    body = "".join(
        f'<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>'
        f'</w:rPr><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
        ),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, xml in parts.items():
            zf.writestr(name, xml.encode("utf-8"))
    return buf.getvalue()


# i18n: ru-only-end
