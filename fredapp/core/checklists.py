"""Checklists of the sick-leave toolkit: one per unit and period, made from the catalogue.

A period is a month (``2024-03``), a quarter (``2024-Q1``) or a year (``2024``). A new
checklist takes one item per toolkit item that is not retired, due at the period's end; or it
copies the items still open in the unit's checklist for the previous period of the same kind.
Nothing here writes: the functions plan :class:`~fredapp.core.service.Change` s that the caller
applies (the UI pushes them on the undo stack as one step).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from fredapp.core.calc.sickleave import CLOSED_STATUSES, not_deleted
from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.models import Checklist, ChecklistItem, ItemStatus, ToolkitItem
from fredapp.core.service import Change, DataService


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class PeriodError(ValidationError, ValueError):
    """A period written wrongly; still a ValueError for callers that parse with ``except``."""


_PERIOD = re.compile(r"(\d{4})(?:-(?:(\d{2})|Q([1-4])))?")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: PeriodKind
    number: int = 1  # month 1–12, quarter 1–4, 1 for a year

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PERIOD.fullmatch(text.strip().upper())
        if not match:
            raise PeriodError(
                QT_TR_NOOP("'{text}' is not a period (YYYY-MM, YYYY-Qn or YYYY)"), text=text
            )
        year = int(match.group(1))
        if match.group(2):
            month = int(match.group(2))
            if not 1 <= month <= 12:
                raise PeriodError(
                    QT_TR_NOOP("'{text}' has no month {month}"), text=text, month=month
                )
            return cls(year, PeriodKind.MONTH, month)
        if match.group(3):
            return cls(year, PeriodKind.QUARTER, int(match.group(3)))
        return cls(year, PeriodKind.YEAR, 1)

    @classmethod
    def containing(cls, day: dt.date, kind: PeriodKind) -> Period:
        if kind is PeriodKind.MONTH:
            return cls(day.year, kind, day.month)
        if kind is PeriodKind.QUARTER:
            return cls(day.year, kind, (day.month - 1) // 3 + 1)
        return cls(day.year, kind, 1)

    def __str__(self) -> str:
        if self.kind is PeriodKind.MONTH:
            return f"{self.year:04d}-{self.number:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year:04d}-Q{self.number}"
        return f"{self.year:04d}"

    @property
    def _per_year(self) -> int:
        return {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.YEAR: 1}[self.kind]

    def shifted(self, count: int) -> Period:
        index = self.year * self._per_year + self.number - 1 + count
        return Period(index // self._per_year, self.kind, index % self._per_year + 1)

    def previous(self) -> Period:
        return self.shifted(-1)

    @property
    def start(self) -> dt.date:
        months = 12 // self._per_year
        return dt.date(self.year, (self.number - 1) * months + 1, 1)

    @property
    def end(self) -> dt.date:
        return self.shifted(1).start - dt.timedelta(days=1)


def find_checklist(session: Session, lineage_id: uuid.UUID, period: Period) -> Checklist | None:
    return session.exec(
        select(Checklist).where(
            col(Checklist.unit_lineage_id) == lineage_id,
            func.likely(col(Checklist.period) == str(period)),
            not_deleted(Checklist.deleted),
        )
    ).first()


def checklist_items(session: Session, checklist_id: uuid.UUID) -> list[ChecklistItem]:
    return list(
        session.exec(
            select(ChecklistItem)
            .where(
                col(ChecklistItem.checklist_id) == checklist_id,
                not_deleted(ChecklistItem.deleted),
            )
            .order_by(col(ChecklistItem.sort_order))
        )
    )


def periods_with_checklists(session: Session, lineage_id: uuid.UUID) -> list[str]:
    return sorted(
        session.exec(
            select(Checklist.period).where(
                col(Checklist.unit_lineage_id) == lineage_id, not_deleted(Checklist.deleted)
            )
        ).all()
    )


def _refuse_existing(session: Session, lineage_id: uuid.UUID, period: Period) -> None:
    if find_checklist(session, lineage_id, period) is not None:
        raise ValidationError(
            QT_TR_NOOP("the unit already has a checklist for {period}"), period=period
        )


def plan_from_catalogue(
    service: DataService, lineage_id: uuid.UUID, period: Period
) -> list[Change]:
    """A new checklist with one item per toolkit item that is not retired, due at period end."""
    with service.database.session() as session:
        _refuse_existing(session, lineage_id, period)
        tools = list(
            session.exec(
                select(ToolkitItem)
                .where(not_deleted(ToolkitItem.deleted), col(ToolkitItem.retired).is_(False))
                .order_by(col(ToolkitItem.sort_order))
            )
        )
    checklist = service.plan_create(
        Checklist, label=QT_TR_NOOP("new checklist"), unit_lineage_id=lineage_id, period=str(period)
    )
    changes = [checklist]
    for order, tool in enumerate(tools):
        changes.append(
            service.plan_create(
                ChecklistItem,
                checklist_id=checklist.record_id,
                toolkit_item_id=tool.id,
                title=tool.title,
                status=ItemStatus.NOT_STARTED.value,
                due_date=period.end,
                sort_order=order,
            )
        )
    return changes


def plan_copy_forward(service: DataService, lineage_id: uuid.UUID, period: Period) -> list[Change]:
    """A new checklist with the items still open in the previous period's checklist.

    An open item keeps its status, responsible, due date and note: a due date that has passed
    keeps the item overdue, which is the point of carrying it forward.
    """
    previous = period.previous()
    with service.database.session() as session:
        _refuse_existing(session, lineage_id, period)
        source = find_checklist(session, lineage_id, previous)
        if source is None:
            raise ValidationError(
                QT_TR_NOOP("the unit has no checklist for the previous period {period}"),
                period=previous,
            )
        items = [
            item
            for item in checklist_items(session, source.id)
            if item.status not in CLOSED_STATUSES
        ]
    checklist = service.plan_create(
        Checklist, label=QT_TR_NOOP("new checklist"), unit_lineage_id=lineage_id, period=str(period)
    )
    changes = [checklist]
    for order, item in enumerate(items):
        changes.append(
            service.plan_create(
                ChecklistItem,
                checklist_id=checklist.record_id,
                toolkit_item_id=item.toolkit_item_id,
                title=item.title,
                status=item.status,
                responsible=item.responsible,
                due_date=item.due_date,
                note=item.note,
                sort_order=order,
            )
        )
    return changes


def plan_toggle_done(service: DataService, item_id: uuid.UUID, today: dt.date) -> Change | None:
    """Done ↔ not done: done sets today's done date; undone goes back to in progress or not
    started (in progress when the item has a note or a responsible person) and clears it."""
    with service.database.session() as session:
        item = session.get(ChecklistItem, item_id)
        if item is None:
            raise KeyError(f"checklist item {item_id} does not exist")
        if item.status == ItemStatus.DONE.value:
            back = (
                ItemStatus.IN_PROGRESS.value
                if item.note.strip() or item.responsible.strip()
                else ItemStatus.NOT_STARTED.value
            )
            values: dict[str, Any] = {"status": back, "done_date": None}
        else:
            values = {"status": ItemStatus.DONE.value, "done_date": today}
    return service.plan_update(ChecklistItem, item_id, **values)


def plan_status(
    service: DataService, item_id: uuid.UUID, status: str, today: dt.date
) -> Change | None:
    """Set the status; done fills in today's done date if none, other statuses clear it."""
    status = ItemStatus(status).value
    with service.database.session() as session:
        item = session.get(ChecklistItem, item_id)
        if item is None:
            raise KeyError(f"checklist item {item_id} does not exist")
        done_date = (item.done_date or today) if status == ItemStatus.DONE.value else None
    return service.plan_update(ChecklistItem, item_id, status=status, done_date=done_date)


def plan_add_item(service: DataService, checklist_id: uuid.UUID, title: str) -> Change:
    """A task of the leader's own at the end of the checklist, due at the period's end.

    It is an item like the toolkit's (no toolkit item behind it): done, noted, exported and
    synced the same way.
    """
    title = " ".join(title.split())
    if not title:
        raise ValidationError(QT_TR_NOOP("a task needs a title"))
    with service.database.session() as session:
        checklist = session.get(Checklist, checklist_id)
        if checklist is None or checklist.deleted:
            raise ValidationError(QT_TR_NOOP("the checklist does not exist"))
        last = session.exec(
            select(func.max(ChecklistItem.sort_order)).where(
                col(ChecklistItem.checklist_id) == checklist_id
            )
        ).one()
    return service.plan_create(
        ChecklistItem,
        label=QT_TR_NOOP("new checklist item"),
        checklist_id=checklist_id,
        toolkit_item_id=None,
        title=title,
        status=ItemStatus.NOT_STARTED.value,
        due_date=Period.parse(checklist.period).end,
        sort_order=(last if last is not None else -1) + 1,
    )


def plan_delete_checklist(service: DataService, checklist_id: uuid.UUID) -> list[Change]:
    """A checklist made by mistake: it and its items go (one operation; undo brings all back)."""
    with service.database.session() as session:
        checklist = session.get(Checklist, checklist_id)
        if checklist is None or checklist.deleted:
            raise ValidationError(QT_TR_NOOP("the checklist does not exist"))
        items = checklist_items(session, checklist_id)
    label = QT_TR_NOOP("delete checklist")
    return [
        *(service.plan_delete(ChecklistItem, item.id, label) for item in reversed(items)),
        service.plan_delete(Checklist, checklist_id, label),
    ]
