"""Render resources/icons/app.svg into the Windows icon installer/tbn4.ico.

The .ico (exe icon, shortcuts, the setup program) is committed; run this
again only when app.svg changes:

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icon.py

Qt renders the SVG (Pillow cannot), Pillow writes the multi-size ICO.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO = ROOT / "installer" / "tbn4.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    # Each size rendered on its own (sharper than Pillow downscaling one image).
    images = [render(renderer, size) for size in SIZES]
    images[-1].save(ICO, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(f"{ICO.relative_to(ROOT)}: {len(SIZES)} sizes, {ICO.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
