"""Render the application icon for every platform: ``icons.py SVG OUT_FOLDER``.

Writes ``fieldpartner-<size>.png`` (the hicolor sizes of the Linux desktop entry),
``fieldpartner.ico`` (Windows, 16-256 px) and ``fieldpartner.icns`` (macOS, 16-1024 px).
Qt renders the SVG; Pillow writes the .ico and .icns. The output depends only on the SVG.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(BytesIO(bytes(data))).convert("RGBA")


def main(svg: str, out: str) -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        print(f"icons: cannot read {svg}", file=sys.stderr)
        return 1
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    large = render(renderer, 1024)
    for size in PNG_SIZES:
        render(renderer, size).save(folder / f"fieldpartner-{size}.png", optimize=False)
    large.save(folder / "fieldpartner.ico", sizes=[(s, s) for s in ICO_SIZES])
    large.save(folder / "fieldpartner.icns")
    print(f"icons: {len(PNG_SIZES)} PNG sizes, fieldpartner.ico and fieldpartner.icns in {folder}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.splitlines()[0], file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
