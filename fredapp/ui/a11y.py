"""What Qt's own accessibility API gets right on Windows but not over AT-SPI (Orca, Linux).

``tests/ui/atspi_walk.py`` shows the two gaps these helpers close.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget


def label_for_screen_readers(widget: QWidget, text: str) -> QLabel:
    """Give ``widget`` a buddy label that is read, not shown.

    On Linux Qt publishes a combo box's current item as its name and drops
    ``setAccessibleName`` (QAccessibleComboBox::text: "on Linux we use relations
    for this"): Orca announces "In progress, combo box" without saying which
    filter it is. Only a QLabel sibling whose buddy is the box adds the
    labelled-by relation. Use it where a visible caption would only repeat what
    the row already shows; call it once the widget is in its layout, since the
    label has to share the widget's parent.
    """
    parent = widget.parentWidget()
    if parent is None:
        raise ValueError("place the widget in its layout before labelling it")
    label = QLabel(text.replace("&", ""), parent)
    label.setBuddy(widget)
    label.hide()
    return label


def describe_graph(view: QAbstractScrollArea, name: str, description: str) -> None:
    """Name a graph (a QGraphicsView, so every pyqtgraph plot) and say where its figures are.

    Over AT-SPI a graphics view's items do not exist; what a screen reader meets
    is the view and, inside it, the viewport it is drawn on — a large filler
    with no name unless it is given one too.
    """
    for widget in (view, view.viewport()):
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)
