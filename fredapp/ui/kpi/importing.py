"""Importing key figures in the window: one undoable step, and a question before replacing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QUndoCommand

from fredapp.core.io import benchmarks, calls, goals
from fredapp.core.io.kpi_common import DuplicatePeriodError, ImportPlan
from fredapp.core.service import Change, DataService
from fredapp.ui.context import AppContext

PLANNERS: dict[str, Callable[..., ImportPlan]] = {
    "calls": calls.plan_import,
    "goals": goals.plan_import,
    "benchmarks": benchmarks.plan_import,
}


class ImportCommand(QUndoCommand):
    """All changes of one import: redo writes them in one transaction, undo takes them back."""

    def __init__(self, service: DataService, changes: list[Change], text: str) -> None:
        super().__init__(text)
        self._service = service
        self._changes = changes

    def redo(self) -> None:
        self._service.apply_many(self._changes)

    def undo(self) -> None:
        self._service.apply_many([change.inverse() for change in reversed(self._changes)])


def import_figures(
    context: AppContext,
    kind: str,
    path: Path,
    confirm_replace: Callable[[list[str]], bool],
    text: str,
) -> int | None:
    """Import ``path`` as ``kind``; None when the user declined to replace held figures.

    Raises the core's :class:`~fredapp.core.errors.FredAppError` (with a message naming the row
    and column) when the file is refused; nothing is written then.
    """
    plan_import = PLANNERS[kind]
    try:
        plan = plan_import(context.service, path)
    except DuplicatePeriodError as exc:
        if not confirm_replace(exc.periods):
            return None
        plan = plan_import(context.service, path, replace=True)
    for change in plan.changes:
        context.service.validate(change)  # refused before the stack holds a half-done step
    context.undo_stack.push(ImportCommand(context.service, plan.changes, text))
    return plan.rows
