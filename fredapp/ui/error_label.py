"""Error messages in labels: said in words, in bold, and in the error colour.

Colour is never the only sign (WCAG 1.4.1): an error reads "Error: …" ("Feil: …"), so a user
who cannot tell the red from the text colour, or hears the label read aloud, knows it is one.
The colour is chosen for the label's background (see :func:`fredapp.ui.contrast.error_colour`)
and chosen again when the theme changes (:func:`restyle_error_labels`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel

from fredapp.ui.contrast import error_colour

ERROR_PROPERTY = "fredappError"  # set on a label while it shows an error


def error_message(text: str) -> str:
    """``text`` marked as an error in words; empty stays empty."""
    if not text:
        return ""
    return QCoreApplication.translate("ErrorLabel", "Error: %1").replace("%1", text)


def show_error(label: QLabel, text: str) -> None:
    label.setProperty(ERROR_PROPERTY, bool(text))
    label.setText(error_message(text))
    _style(label)


def show_info(label: QLabel, text: str) -> None:
    """A message that is not an error: the palette's own text colour."""
    label.setProperty(ERROR_PROPERTY, False)
    label.setText(text)
    _style(label)


def _style(label: QLabel) -> None:
    if label.property(ERROR_PROPERTY):
        # The application's palette, not the label's: a widget takes a new palette only after
        # events are processed, and a label with a style sheet keeps its old one until polished.
        # FredApp's labels stand on the window's background, never on a palette of their own.
        window = QApplication.palette(label).color(label.backgroundRole())
        colour = error_colour(window)
        label.setStyleSheet(f"color: {colour}; font-weight: bold;")
    else:
        label.setStyleSheet("")


def restyle_error_labels() -> None:
    """After a palette change: error labels take the colour for their new background."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and widget.property(ERROR_PROPERTY):
            _style(widget)


__all__ = ["ERROR_PROPERTY", "error_message", "restyle_error_labels", "show_error", "show_info"]
