"""What the checklist page changes: checklists made or deleted, a task of one's own added.

Each is one operation (one transaction, one undo step). The texts keep the translation
context of the page that shows them ("ChecklistPage").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fredapp.core.checklists import Period, plan_add_item, plan_delete_checklist
from fredapp.core.errors import ValidationError
from fredapp.core.messages import Message
from fredapp.core.operations import Operation
from fredapp.core.service import Change
from fredapp.ui.messages import error_text, message_text
from fredapp.ui.sickleave.checklist_model import TITLE
from fredapp.ui.undo import push_operation

if TYPE_CHECKING:
    from fredapp.ui.sickleave.checklist_page import ChecklistPage

Planner = Callable[..., list[Change]]


def create(page: ChecklistPage, planner: Planner, text: str) -> bool:
    """A checklist for the page's unit and period, as ``planner`` makes it; ``text``: its undo
    label, with %1 for the unit and period."""
    period = page.period()
    if page.lineage_id is None or period is None:
        return False
    service = page.context.service
    try:
        changes = planner(service, page.lineage_id, period)
        for change in changes:
            service.validate(change)
    except ValidationError as exc:
        page.show_message(_refusal_text(page, exc))
        return False
    # One operation: one transaction, one undo step; each change keeps its own label.
    label = text.replace("%1", f"{page.unit_name} {period}")
    push_operation(page.context.undo_stack, service, Operation(label, tuple(changes)))
    page.message_label.clear()
    page.fill_periods()
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, TITLE))
    return True


def _refusal_text(page: ChecklistPage, exc: ValidationError) -> str:
    # A period in a refusal reads as the period box shows it ("januar 2024"), not "2024-01".
    values = {
        name: page.period_label(value) if isinstance(value, Period) else value
        for name, value in exc.message.values.items()
    }
    return message_text(Message(exc.message.template, values))


def add_item(page: ChecklistPage, title: str) -> bool:
    """A task of the leader's own, last in the list; one undo step."""
    if page.checklist_id is None:
        return False
    service = page.context.service
    try:
        change = plan_add_item(service, page.checklist_id, title)
        label = QCoreApplication.translate("ChecklistPage", "Add task: %1")
        push_operation(
            page.context.undo_stack,
            service,
            Operation.named(label.replace("%1", title.strip()), [change]),
        )
    except ValidationError as exc:
        page.show_message(error_text(exc))
        return False
    row = page.model.rowCount() - 1
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(row, TITLE))
    return True


def delete_checklist(page: ChecklistPage) -> bool:
    """After a confirmation: the checklist and its items, as one undoable operation."""
    period = page.period()
    if page.checklist_id is None or period is None:
        return False
    what = f"{page.unit_name} {page.period_label(period)}"
    if not page.confirm_delete(what):
        return False
    service = page.context.service
    changes = plan_delete_checklist(service, page.checklist_id)
    label = QCoreApplication.translate("ChecklistPage", "Delete checklist %1").replace("%1", what)
    push_operation(page.context.undo_stack, service, Operation.named(label, changes))
    done = QCoreApplication.translate(
        "ChecklistPage", "Deleted the checklist %1. Undo (Ctrl+Z) brings it back."
    )
    page.show_message(done.replace("%1", what), error=False)
    return True
