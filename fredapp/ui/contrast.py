"""Contrast of the application's palette: the text/background pairs, and a fix for failing ones.

The arithmetic is in :mod:`fredapp.core.contrast`; this module reads and writes Qt colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from fredapp.core.contrast import NORMAL_TEXT, adjusted, blend, contrast_ratio

Role = QPalette.ColorRole

# (text role, background role) of the palette that carry text; the text must reach 4.5:1.
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
)
# Disabled controls are exempt from 1.4.3; the active and inactive window must pass.
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def hex_of(colour: QColor, over: QColor | None = None) -> str:
    """``#RRGGBB`` of ``colour`` as seen over ``over`` (its alpha blended in)."""
    if over is None or colour.alpha() == 255:
        return colour.name()
    return QColor(*blend(colour.name(), over.name(), colour.alphaF())).name()


def ratio(foreground: QColor | str, background: QColor | str) -> float:
    fg = QColor(foreground)
    bg = QColor(background)
    return contrast_ratio(hex_of(fg, bg), bg.name())


def palette_pairs(
    palette: QPalette,
) -> list[tuple[str, str, str]]:
    """``(description, text colour, background colour)`` for every text pair of ``palette``."""
    pairs = []
    for group in GROUPS:
        for text_role, background_role in TEXT_PAIRS:
            background = palette.color(group, background_role)
            text = hex_of(palette.color(group, text_role), background)
            name = f"{group.name} {text_role.name} on {background_role.name}"
            pairs.append((name, text, background.name()))
    return pairs


def accessible_palette(palette: QPalette) -> QPalette:
    """``palette`` with every failing text pair brought to 4.5:1 by the smallest change.

    The highlight is darkened or lightened (its text stays white or black as the system has it);
    for the other pairs the text colour moves. Passing pairs, e.g. a Windows high-contrast
    theme, stay as the system set them.
    """
    result = QPalette(palette)
    for group in GROUPS:
        for text_role, background_role in TEXT_PAIRS:
            background = result.color(group, background_role)
            text = result.color(group, text_role)
            seen = hex_of(text, background)
            if contrast_ratio(seen, background.name()) >= NORMAL_TEXT:
                continue
            if background_role == Role.Highlight:
                result.setColor(
                    group, background_role, QColor(adjusted(background.name(), seen, NORMAL_TEXT))
                )
            else:
                result.setColor(
                    group, text_role, QColor(adjusted(seen, background.name(), NORMAL_TEXT))
                )
    return result


def apply_accessible_palette(app: QApplication) -> None:
    app.setPalette(accessible_palette(app.palette()))


__all__ = ["TEXT_PAIRS", "accessible_palette", "apply_accessible_palette", "palette_pairs", "ratio"]
