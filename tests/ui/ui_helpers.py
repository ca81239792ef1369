"""Helpers the UI tests share (importable: tests/ui is on pytest's pythonpath)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from fredapp.ui.main_window import MainWindow


def focus_chain(window: MainWindow, page: QWidget) -> list[QWidget]:
    """Every widget Tab reaches on ``page``, in order."""
    reached: list[QWidget] = []
    start = window.tabs.tabBar()
    widget = start.nextInFocusChain()
    for _ in range(5000):
        if widget is start:
            break
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isVisible() and widget.isEnabled() and page.isAncestorOf(widget):
            reached.append(widget)
        widget = widget.nextInFocusChain()
    return reached


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
