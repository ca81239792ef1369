"""One colour per framework dimension (colour-blind safe, after Okabe and Ito).

Colour is never the only sign: every card also names its dimension in text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from fredapp.core.contrast import best_text_colour

DIMENSION_COLORS: dict[str, str] = {
    "S": "#0072B2",  # blue
    "RA": "#E69F00",  # orange
    "KK": "#009E73",  # bluish green
    "A": "#CC79A7",  # reddish purple
    "P": "#56B4E9",  # sky blue
    "KKV": "#D55E00",  # vermillion
    "K": "#F0E442",  # yellow
}
UNKNOWN_DIMENSION_COLOR = "#808080"
OVERDUE_COLOR = "#C00000"
OVERDUE_COLOR_HIGH_CONTRAST = "#FF6060"
# The effect matrix's axes and the outline of its markers: the orange, sky blue, yellow and
# purple fills alone contrast less than 3:1 with white; every marker also carries its code.
AXIS_COLOR = "#000000"


def dimension_color(code: str) -> QColor:
    return QColor(DIMENSION_COLORS.get(code, UNKNOWN_DIMENSION_COLOR))


def text_on(color: QColor) -> QColor:
    """Black or white, whichever has the higher WCAG contrast with ``color``."""
    return QColor(best_text_colour(color.name()))
