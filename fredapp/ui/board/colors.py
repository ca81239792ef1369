"""One colour per framework dimension (colour-blind safe, after Okabe and Ito).

Colour is never the only sign: every card also names its dimension in text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

DIMENSION_COLORS: dict[str, str] = {
    "S": "#0072B2",  # blue
    "RA": "#E69F00",  # orange
    "KK": "#009E73",  # bluish green
    "A": "#CC79A7",  # reddish purple
    "P": "#56B4E9",  # sky blue
    "KKV": "#D55E00",  # vermillion
    "K": "#F0E442",  # yellow
}
OVERDUE_COLOR = "#C00000"
OVERDUE_COLOR_HIGH_CONTRAST = "#FF6060"


def dimension_color(code: str) -> QColor:
    return QColor(DIMENSION_COLORS.get(code, "#808080"))


def text_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color``."""
    luminance = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF()
    return QColor("#000000") if luminance > 0.55 else QColor("#FFFFFF")
