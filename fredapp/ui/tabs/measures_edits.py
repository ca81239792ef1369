"""The Tiltak tab's measure dialog: the units it offers, the dialog for a new or a stored
measure, and where a new measure starts (the board's focused cell).

Functions of the tab rather than methods, so the tab stays the filters, edits and views; the
tab's ``_dialog``, ``edit_measure`` and ``new_measure`` call them.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from fredapp.core import queries
from fredapp.core.models import Measure
from fredapp.ui.board.dialog import MeasureDialog, UnitChoice
from fredapp.ui.board.view import BoardGrid
from fredapp.ui.context import AppContext

if TYPE_CHECKING:
    from fredapp.ui.tabs.measures import MeasuresTab


def unit_choices(context: AppContext) -> list[UnitChoice]:
    """The current units, by name."""
    units = queries.current_units(context.database)
    return sorted(
        (UnitChoice(u.id, u.lineage_id, u.name) for u in units),
        key=lambda u: u.name.casefold(),
    )


def measure_dialog(
    tab: MeasuresTab, measure: Measure | None, defaults: dict[str, str] | None
) -> MeasureDialog:
    """The dialog for ``measure`` (None: a new one starting from ``defaults``)."""
    model = tab.model
    units = unit_choices(tab.context)
    linked = set(model.links.get(measure.id, [])) if measure else set()
    known = {u.lineage_id for u in units}
    for lineage in linked - known:  # a unit outside the current scenario stays choosable
        units.append(UnitChoice(lineage, lineage, model.lineage_names.get(lineage, "?")))
    if (
        measure
        and measure.owner_unit_id
        and measure.owner_unit_id not in {u.unit_id for u in units}
    ):
        name = model.unit_names.get(measure.owner_unit_id, "?")
        units.append(UnitChoice(measure.owner_unit_id, uuid.uuid4(), name))
    taken = [(m.id, m.code) for m in model.records()]
    return MeasureDialog(
        tab,
        measure=measure,
        taken=taken,
        units=units,
        linked=linked,
        defaults=defaults,
        check=lambda values: tab.board_actions.refusal(measure, values),
    )


def defaults_from_focus(board: BoardGrid) -> dict[str, str]:
    """A new measure starts in the cell that has the focus."""
    cell = board.current_cell()
    if cell is None:
        return {}
    column, lane = cell
    return {
        board.columns.field: board.columns.values[column],
        board.lanes.field: board.lanes.values[lane],
    }
