"""Error messages in labels: said in words, in bold, and in the error colour.

Colour is never the only sign (WCAG 1.4.1): an error reads "Error: …" ("Feil: …"), so a user
who cannot tell the red from the text colour, or hears the label read aloud, knows it is one.
The colour is chosen for the label's background (see :func:`fredapp.ui.contrast.error_colour`)
and chosen again when the theme changes (:func:`restyle_error_labels`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from fredapp.ui.contrast import error_colour

ERROR_PROPERTY = "fredappError"  # set on a label while it shows an error
MESSAGE_LINES = 4  # the most a message label grows to


def error_message(text: str) -> str:
    """``text`` marked as an error in words; empty stays empty."""
    if not text:
        return ""
    return QCoreApplication.translate("ErrorLabel", "Error: %1").replace("%1", text)


def fit_message(label: QLabel) -> QLabel:
    """Let ``label`` wrap a long message over lines and never widen its layout.

    Without this a refusal of a few hundred characters asked for its whole width on one line,
    and a splitter beside it gave the unit tree what was left (about 70 pixels). The label
    takes the width its layout gives it and grows downwards instead.
    """
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    # Nor taller than four lines: a splitter or tab page asks its height at its narrowest,
    # where a long message would need dozens of lines and push the window off a 768-pixel
    # screen. The whole text is in the tooltip (and the status bar, where shown).
    label.setMaximumHeight(MESSAGE_LINES * label.fontMetrics().lineSpacing() + 6)
    return label


def show_error(label: QLabel, text: str) -> None:
    fit_message(label)
    label.setProperty(ERROR_PROPERTY, bool(text))
    label.setText(error_message(text))
    label.setToolTip(label.text())
    _style(label)


def show_info(label: QLabel, text: str) -> None:
    """A message that is not an error: the palette's own text colour."""
    fit_message(label)
    label.setProperty(ERROR_PROPERTY, False)
    label.setText(text)
    label.setToolTip(text)
    _style(label)


def mark_field(widget: QWidget, refused: bool) -> None:
    """Mark an input whose value was refused: a red frame and, for screen readers, its
    description says so; the text the person typed stays in it."""
    widget.setProperty(ERROR_PROPERTY, refused)
    if refused:
        colour = error_colour(QApplication.palette(widget).color(widget.backgroundRole()))
        widget.setStyleSheet(f"border: 2px solid {colour};")
        widget.setAccessibleDescription(
            QCoreApplication.translate("ErrorLabel", "The value was refused; see the message.")
        )
    else:
        widget.setStyleSheet("")
        widget.setAccessibleDescription("")


def is_marked(widget: QWidget | None) -> bool:
    return widget is not None and bool(widget.property(ERROR_PROPERTY))


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


__all__ = [
    "ERROR_PROPERTY",
    "error_message",
    "fit_message",
    "is_marked",
    "mark_field",
    "restyle_error_labels",
    "show_error",
    "show_info",
]
