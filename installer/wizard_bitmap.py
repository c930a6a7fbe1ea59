"""The picture on the installer's welcome and finish pages (NSIS wants a
164 × 314 BMP): the app icon on the icon's own dark teal, instead of NSIS's
stock picture.

    python installer/wizard_bitmap.py OUT.bmp

Made from installer/tbn4.ico at build time (installer/build_windows.sh).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ICO = Path(__file__).resolve().parent / "tbn4.ico"
SIZE = (164, 314)
BACKGROUND = (11, 95, 115)  # #0b5f73, the shield in resources/icons/app.svg
ICON_SIDE = 112


def wizard_bitmap(out: Path) -> None:
    with Image.open(ICO) as ico:
        ico.size = (256, 256)
        icon = ico.convert("RGBA").resize((ICON_SIDE, ICON_SIDE), Image.Resampling.LANCZOS)
    # A light plate behind the icon so the dark shield stands out.
    image = Image.new("RGB", SIZE, BACKGROUND)
    plate = Image.new("RGB", (ICON_SIDE + 24, ICON_SIDE + 24), (236, 244, 246))
    image.paste(plate, ((SIZE[0] - plate.width) // 2, 40))
    image.paste(icon, ((SIZE[0] - ICON_SIDE) // 2, 52), icon)
    image.save(out, format="BMP")


if __name__ == "__main__":
    wizard_bitmap(Path(sys.argv[1]))
