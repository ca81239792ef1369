"""The timeline's writes: a measure's start and due dates, and milestones, one operation each.

Each function plans the changes of one user action through the service (nothing is written)
and returns the :class:`~fredapp.core.operations.Operation` the window pushes on its undo
stack (``fredapp.ui.undo.push_operation``), or None when nothing would change. The label is
the window's, in the user's language. Every change is validated here, so a refusal comes
before the undo stack sees anything.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from fredapp.core import queries
from fredapp.core.models import Measure, Milestone
from fredapp.core.operations import Operation
from fredapp.core.service import Change, DataService


def set_measure_dates(
    service: DataService,
    measure_id: uuid.UUID,
    start: dt.date | None,
    due: dt.date | None,
    label: str,
) -> Operation | None:
    """Set a measure's start and due dates together: one operation, one undo step.

    Raises ValidationError when the start is after the due date or a date is out of bounds
    (``DataService.validate``, which also holds one date against the stored other).
    """
    change = service.plan_update(Measure, measure_id, start_date=start, due_date=due)
    return _operation(service, label, change)


def move_measure_end(
    service: DataService,
    measure_id: uuid.UUID,
    label: str,
    *,
    start: dt.date | None = None,
    due: dt.date | None = None,
) -> Operation | None:
    """Change one end of a measure's bar (a drag), keeping the other as stored."""
    measure = queries.record(service.database, Measure, measure_id)
    if measure is None:
        raise KeyError(f"Measure {measure_id} does not exist")
    new_start = start if start is not None else measure.start_date
    new_due = due if due is not None else measure.due_date
    return set_measure_dates(service, measure_id, new_start, new_due, label)


def add_milestone(
    service: DataService,
    title: str,
    date: dt.date,
    label: str,
    *,
    measure_id: uuid.UUID | None = None,
    notes: str = "",
) -> Operation:
    """A new milestone (of a measure, or of the whole change when ``measure_id`` is None)."""
    order = max((m.sort_order for m in queries.milestone_rows(service.database)), default=-1)
    change = service.plan_create(
        Milestone,
        title=title.strip(),
        date=date,
        measure_id=measure_id,
        notes=notes,
        sort_order=order + 1,
    )
    operation = _operation(service, label, change)
    assert operation is not None  # a create always changes something
    return operation


def edit_milestone(
    service: DataService, milestone_id: uuid.UUID, label: str, **values: Any
) -> Operation | None:
    """Set ``values`` (title, date, measure_id, notes, sort_order) on one milestone."""
    title = values.get("title")
    if isinstance(title, str):
        values["title"] = title.strip()
    change = service.plan_update(Milestone, milestone_id, **values)
    return _operation(service, label, change)


def delete_milestone(service: DataService, milestone_id: uuid.UUID, label: str) -> Operation:
    change = service.plan_delete(Milestone, milestone_id)
    operation = _operation(service, label, change)
    assert operation is not None
    return operation


def _operation(service: DataService, label: str, change: Change | None) -> Operation | None:
    """The validated change as one operation; None when the plan changes nothing."""
    if change is None:
        return None
    service.validate(change)
    return Operation.named(label, [change])
