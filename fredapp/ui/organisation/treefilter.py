"""The unit tree's filter and what the tree shows agreeing with what it acts on.

- The text in the filter box is always the filter applied: on another scenario, a copy just
  made, a tree read anew.
- A unit the person adds, moves, pastes or brings back with undo stays in view and selected
  while a filter is on, even if the filter would hide it; a message says so (decided: the
  filter is kept, the unit acted on is never hidden; typing another filter lets it go).
- Clearing the filter gives back the units that were expanded before it.
- After every edit, undo, redo or sync the current row is selected and the description
  editor names its unit.

Functions of the organisation tab; the strings keep its translation context.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

if TYPE_CHECKING:
    from fredapp.ui.tabs.organisation import OrganisationTab


class ExpandedBeforeFilter:
    """The units expanded when a filter began, put back when it is cleared."""

    def __init__(self) -> None:
        self.units: set[uuid.UUID] | None = None

    def remember(self, tab: OrganisationTab) -> None:
        tree, proxy, model = tab.tree, tab.proxy, tab.model
        self.units = set()
        for unit_id in model.records:
            index = proxy.mapFromSource(model.index_of(unit_id))
            if index.isValid() and tree.isExpanded(index):
                self.units.add(unit_id)

    def restore(self, tab: OrganisationTab) -> None:
        if self.units is None:
            return
        tree, proxy, model = tab.tree, tab.proxy, tab.model
        tree.collapseAll()
        for unit_id in self.units:
            index = proxy.mapFromSource(model.index_of(unit_id))
            if index.isValid():
                tree.setExpanded(index, True)
        self.units = None
        current = tree.currentIndex()
        if current.isValid():
            tree.scrollTo(current)  # the unit chosen while filtering stays in sight


def set_filter(tab: OrganisationTab, text: str) -> None:
    filtering, was_filtering = bool(text.strip()), bool(tab.proxy.query.strip())
    if filtering and not was_filtering:
        tab.expanded_before_filter.remember(tab)
    tab.proxy.set_query(text)
    if filtering:
        tab.tree.expandAll()
    elif was_filtering:
        tab.expanded_before_filter.restore(tab)


def reapply(tab: OrganisationTab) -> None:
    """The tree was read anew: the filter in the box applies to it too."""
    if tab.filter_edit.text().strip():
        tab.proxy.set_query(tab.filter_edit.text())
        tab.proxy.reapply()
        tab.tree.expandAll()


def kept_in_view(tab: OrganisationTab, unit_ids: list[uuid.UUID]) -> None:
    """Units acted on that the filter does not match: shown, the first selected, and said."""
    names = [unit.name for unit_id in unit_ids if (unit := tab.model.unit(unit_id))]
    if not names:
        return
    tab.select_unit(unit_ids[0])
    tab.show_message(
        QCoreApplication.translate(
            "OrganisationTab",
            "“%1” does not match the filter “%2”; it stays in view until the filter changes.",
        )
        .replace("%1", ", ".join(names))
        .replace("%2", tab.filter_edit.text().strip()),
        error=False,
    )


def agree(tab: OrganisationTab) -> None:
    """The current row is selected and the description editor names its unit."""
    tree = tab.tree
    current = tree.currentIndex()
    selection = tree.selectionModel()
    if current.isValid() and not selection.isRowSelected(current.row(), current.parent()):
        selection.select(
            current,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
    tab._current_unit_changed()
