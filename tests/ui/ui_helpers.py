"""Helpers the UI tests share (importable: tests/ui is on pytest's pythonpath)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from fredapp.core.operations import Operation
from fredapp.core.service import DataService
from fredapp.core.sync.engine import SyncResult
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.organisation import OrganisationTab


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


def unit_id(tab: OrganisationTab, name: str) -> uuid.UUID:
    """The id of the unit called ``name`` in the organisation tree (exactly one)."""
    (found,) = [unit.id for unit in tab.model.units if unit.name == name]
    return found


def with_eight_below(tab: OrganisationTab) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """A new unit under Byarkivet with eight units below it, three levels deep."""
    model = tab.model
    root = model.add_unit(unit_id(tab, "Byarkivet"), "Rot")
    assert root is not None
    below: list[uuid.UUID] = []
    for n in range(4):
        child = model.add_unit(root, f"Barn {n}")
        assert child is not None
        grandchild = model.add_unit(child, f"Barnebarn {n}")
        assert grandchild is not None
        below += [child, grandchild]
    return root, below


def received(context: AppContext, other: DataService, write: Callable[[], object]) -> None:
    """What a sync brings: ``other`` (another laptop) writes, and the sync announces what it
    received to this window, the way the sync controller does."""
    written: list[Operation] = []
    other.operation_listeners.append(written.append)
    try:
        write()
    finally:
        other.operation_listeners.remove(written.append)
    ids: dict[str, list[str]] = {}
    for operation in written:
        for change in operation.changes:
            ids.setdefault(str(change.model.__tablename__), []).append(change.record_id.hex)
    counts = {table: len(hex_ids) for table, hex_ids in ids.items()}
    context.service.announce_received(SyncResult(received_ids=ids, received_counts=counts))
