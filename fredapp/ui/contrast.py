"""Contrast of the application's palette: the text/background pairs, and a fix for failing ones.

The arithmetic is in :mod:`fredapp.core.contrast`; this module reads and writes Qt colours.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
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

# The colour of error messages in labels (the Organisasjon tab, the sync and board dialogs, the
# sick-leave pages): a dark red on light windows, a light red on dark and high-contrast black
# ones. tests/ui/test_contrast.py checks both against the windows they are shown on.
ERROR_TEXT = "#A4000F"
ERROR_TEXT_ON_DARK = "#FFA0A0"


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


def error_colour(background: QColor | str) -> str:
    """The error colour that contrasts more with ``background``; moved to 4.5:1 if neither does."""
    bg = QColor(background).name()
    best = max((ERROR_TEXT, ERROR_TEXT_ON_DARK), key=lambda colour: contrast_ratio(colour, bg))
    return adjusted(best, bg, NORMAL_TEXT)  # a mid-grey window: the nearer one, moved


def apply_accessible_palette(app: QApplication) -> None:
    app.setPalette(accessible_palette(app.palette()))


def needs_adjustment(palette: QPalette) -> bool:
    return any(contrast_ratio(text, bg) < NORMAL_TEXT for _, text, bg in palette_pairs(palette))


class PaletteKeeper(QObject):
    """Keeps the application palette's text pairs at 4.5:1 while FredApp runs.

    The fix at start is not enough: a user who switches the system between light and dark (or
    to a high-contrast theme) gets a new palette with its own failing pairs. A change of colour
    scheme starts again from the system's palette (our earlier fixes were for the old one);
    any palette change is then raised where it fails. Our own ``setPalette`` changes the
    palette again; the flag, and a fixed palette needing no fix, keep that from looping.
    """

    OBJECT_NAME = "fredappPaletteKeeper"

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(self.OBJECT_NAME)
        self._app = app
        self._busy = False
        app.paletteChanged.connect(self.palette_changed)
        app.styleHints().colorSchemeChanged.connect(self.scheme_changed)

    def palette_changed(self, *args: object) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            if needs_adjustment(self._app.palette()):
                self._app.setPalette(accessible_palette(self._app.palette()))
            from fredapp.ui.error_label import restyle_error_labels

            restyle_error_labels()  # a dark window wants the light error colour
        finally:
            self._busy = False

    def scheme_changed(self, *args: object) -> None:
        # QPalette() resolves to nothing set: setPalette then takes the theme's palette whole,
        # dropping roles we raised for the previous scheme (palette_changed runs on it).
        self._app.setPalette(QPalette())
        self.palette_changed()


def keep_accessible_palette(app: QApplication) -> PaletteKeeper:
    """Fix the palette now and whenever it changes; once per application."""
    keeper = app.findChild(
        PaletteKeeper, PaletteKeeper.OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly
    )
    if keeper is None:
        keeper = PaletteKeeper(app)
    apply_accessible_palette(app)
    return keeper


__all__ = [
    "ERROR_TEXT",
    "ERROR_TEXT_ON_DARK",
    "TEXT_PAIRS",
    "PaletteKeeper",
    "accessible_palette",
    "apply_accessible_palette",
    "error_colour",
    "keep_accessible_palette",
    "palette_pairs",
    "ratio",
]
