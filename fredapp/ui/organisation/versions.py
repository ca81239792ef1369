"""A description's saved versions: the list that explains itself, and two side by side."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import descriptions
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import DescriptionVersion
from fredapp.ui import formatting
from fredapp.ui.itemmodels.listtable import ListTableModel

Index = QModelIndex | QPersistentModelIndex


class VersionTableModel(ListTableModel):
    """A description's saved versions, newest first."""

    HEADER_CONTEXT = "VersionTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("VersionTableModel", "Version"),
        QT_TRANSLATE_NOOP("VersionTableModel", "Saved"),
        QT_TRANSLATE_NOOP("VersionTableModel", "Author"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.versions: list[DescriptionVersion] = []

    def set_versions(self, versions: list[DescriptionVersion]) -> None:
        self.beginResetModel()
        self.versions = list(versions)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.versions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        version = self.versions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return version.version_no
            if column == 1:
                return formatting.date_time(version.saved_at)
            return version.author or self.tr("(unknown)")
        if role == Qt.ItemDataRole.UserRole:
            return version
        return None


class DiffDialog(QDialog):
    """Two versions side by side; changed lines are marked, the panes scroll together."""

    def __init__(
        self,
        old: DescriptionVersion,
        new: DescriptionVersion,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Version %1 and version %2")
            .replace("%1", str(old.version_no))
            .replace("%2", str(new.version_no))
        )
        self.rows = descriptions.diff(old.body_html, new.body_html)
        self.left = QTextBrowser()
        self.left.setAccessibleName(
            self.tr("Version %1 (older)").replace("%1", str(old.version_no))
        )
        self.right = QTextBrowser()
        self.right.setAccessibleName(
            self.tr("Version %1 (newer)").replace("%1", str(new.version_no))
        )
        self.left.setHtml(self._pane("left"))
        self.right.setHtml(self._pane("right"))
        self.left.verticalScrollBar().valueChanged.connect(self.right.verticalScrollBar().setValue)
        self.right.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)
        changed = sum(1 for row in self.rows if row.tag != "equal")
        self.summary = QLabel(self.tr("%n differing line(s)", "", changed))
        self.summary.setAccessibleName(self.tr("Number of differing lines"))
        headings = QHBoxLayout()
        for version, pane in ((old, self.left), (new, self.right)):
            column = QVBoxLayout()
            caption = QLabel(
                self.tr("Version %1 · %2 · %3")
                .replace("%1", str(version.version_no))
                .replace("%2", formatting.date_time(version.saved_at))
                .replace("%3", version.author or "–")
            )
            caption.setBuddy(pane)
            column.addWidget(caption)
            column.addWidget(pane, 1)
            headings.addLayout(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(headings, 1)
        layout.addWidget(buttons)
        self.resize(1000, 600)

    def _pane(self, side: str) -> str:
        colours = {"replace": "#fff3bf", "delete": "#ffd8d8", "insert": "#d3f9d8"}
        lines = []
        for row in self.rows:
            text = row.left if side == "left" else row.right
            colour = colours.get(row.tag)
            shown = html.escape(text) if text is not None else "&nbsp;"
            mark = ""
            if row.tag != "equal":
                mark = "− " if side == "left" and text is not None else ""
                mark = "+ " if side == "right" and text is not None else mark
            style = f' style="background-color:{colour}"' if colour else ""
            lines.append(f"<tr><td{style}>{mark}{shown}</td></tr>")
        return f'<table width="100%" cellspacing="0" cellpadding="2">{"".join(lines)}</table>'


class VersionList(QWidget):
    """The versions of the description in the editor, with a line saying what they are.

    At least five rows are always in view: a list of two rows and a scroll bar hid that
    there were more, and what a version was went unsaid.
    """

    MIN_ROWS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = VersionTableModel()
        self.view = QTableView()
        self.view.setModel(self.versions)
        self.view.setAccessibleName(self.tr("Versions"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # Rows a line high: five of them fit beside the editor on a 768-pixel screen.
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(self.rows_height(self.MIN_ROWS))
        self.explanation = QLabel(
            self.tr(
                "Each version is the text as it was saved. A version is made when you choose "
                "Save version (Ctrl+S) and when you leave a description you have changed. "
                "Select one to restore it, or two to compare them."
            )
        )
        self.explanation.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Com&pare selected"))
        self.compare_button.setAccessibleName(self.tr("Compare two selected versions side by side"))
        self.restore_button = QPushButton(self.tr("R&estore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected version"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Versions:"))
        label.setBuddy(self.view)
        layout.addWidget(label)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        layout.addLayout(buttons)

    def rows_height(self, rows: int) -> int:
        """The view's height for ``rows`` rows, its header and frame."""
        row = self.view.verticalHeader().defaultSectionSize()
        header = self.view.horizontalHeader().sizeHint().height()
        return header + rows * row + 2 * self.view.frameWidth() + 2

    def set_versions(self, versions: list[DescriptionVersion]) -> None:
        self.versions.set_versions(versions)

    def selected(self) -> list[DescriptionVersion]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.versions.versions[row] for row in rows]

    def select(self, *version_numbers: int) -> None:
        selection = self.view.selectionModel()
        selection.clear()
        for row, version in enumerate(self.versions.versions):
            if version.version_no in version_numbers:
                selection.select(
                    self.versions.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
                self.view.scrollTo(self.versions.index(row, 0))
