"""The legend of a compared pair: each kind's colour, letter and name, as the boxes show them."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from fredapp.ui.orgchart import changes


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        for kind in changes.PRIORITY:
            label = QLabel()
            mark = changes.letter(kind)
            label.setText(f"{mark} {changes.kind_name(kind)}" if mark else changes.kind_name(kind))
            fill, edge = changes.COLOURS[kind]
            label.setStyleSheet(
                f"background: {fill}; border: 2px solid {edge}; color: black; padding: 1px 6px"
            )
            label.setAccessibleName(label.text())
            row.addWidget(label)
            self.labels[kind] = label
        row.addStretch(1)
