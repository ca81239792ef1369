"""Importing key figures in the window: one undoable step, and a question before replacing.

The file is read and checked in a thread (progress, Cancel); the write stays one transaction on
the UI thread, with a busy dialog when it is large (see :mod:`fredapp.ui.workers`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from fredapp.core.io import benchmarks, calls, goals
from fredapp.core.io.kpi_common import DuplicatePeriodError, ImportPlan
from fredapp.core.messages import Message
from fredapp.core.operations import Operation
from fredapp.ui.context import AppContext
from fredapp.ui.labels import reading
from fredapp.ui.messages import message_text
from fredapp.ui.undo import push_operation
from fredapp.ui.workers import read_with_progress

PLANNERS: dict[str, Callable[..., ImportPlan]] = {
    "calls": calls.plan_import,
    "goals": goals.plan_import,
    "benchmarks": benchmarks.plan_import,
}


def held_texts(exc: DuplicatePeriodError) -> list[str]:
    """What the database already holds, in the user's language ("2023 (per time)")."""
    return [message_text(item) if isinstance(item, Message) else item for item in exc.held]


def import_figures(
    context: AppContext,
    kind: str,
    path: Path,
    confirm_replace: Callable[[list[str]], bool],
    text: str,
    parent: QWidget | None = None,
) -> int | None:
    """Import ``path`` as ``kind``; None when the user declined to replace held figures.

    Raises the core's :class:`~fredapp.core.errors.FredAppError` (with a message naming the row
    and column) when the file is refused, and :class:`~fredapp.core.errors.Cancelled` when the
    user stopped the reading; nothing is written then.
    """
    plan_import = PLANNERS[kind]
    words = reading()  # file labels in bokmål or English, and the codes

    def read(replace: bool) -> ImportPlan:
        return read_with_progress(
            parent,
            path,
            lambda cancelled: plan_import(
                context.service, path, replace=replace, cancelled=cancelled, reading=words
            ),
        )

    with context.sync_held():  # no sync lands between the plan and its write
        try:
            plan = read(replace=False)
        except DuplicatePeriodError as exc:
            if not confirm_replace(held_texts(exc)):
                return None
            plan = read(replace=True)
        # Validated first: refused before the stack holds a step.
        push_operation(context.undo_stack, context.service, Operation(text, tuple(plan.changes)))
    return plan.rows
