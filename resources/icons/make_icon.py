"""Draw FredApp's icon and write it as PNG (window icon) and ICO (Windows installer).

Run from the repository root: python resources/icons/make_icon.py
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#0B4F8A"))  # a deep municipal blue; white on it is 8.6:1
    painter.setPen(Qt.PenStyle.NoPen)
    margin = size * 0.04
    painter.drawRoundedRect(
        QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.18, size * 0.18
    )
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size * 0.98), Qt.AlignmentFlag.AlignCenter, "F")
    painter.end()
    return image


def main() -> None:
    QGuiApplication([])
    draw(256).save(str(HERE / "fredapp.png"))
    # Qt's ICO writer stores one image per file; 256 px scales well in Explorer.
    draw(256).save(str(HERE / "fredapp.ico"))


if __name__ == "__main__":
    main()
