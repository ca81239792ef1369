"""The kind ``checklist``: the sick-leave checklists of all units, one row per item.

Columns ``unit, period, item, status, responsible, due, done, note``: the unit by its name in
the current organisation scenario, the period as YYYY-MM, YYYY-Qn or YYYY, the status in words
(``ikke startet``, ``pågår``, ``ferdig``, ``ikke relevant``; the stored codes and the English
words are read too), dates as YYYY-MM-DD or DD.MM.YYYY. On import a unit's checklist for the
period is made if it does not exist, and an item is matched by its text within that checklist:
a match is updated, anything else is added. Every row is checked before anything is written.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from fredapp.core.checklists import Period
from fredapp.core.db import Database
from fredapp.core.errors import FredAppError, ImportExportError, ValidationError
from fredapp.core.io.formats import read_table, write_table
from fredapp.core.io.sickleave import (
    column_positions,
    current_units_by_name,
    refusal_summary,
    unit_lineage,
    unit_names,
)
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.models import Checklist, ChecklistItem, ItemStatus
from fredapp.core.service import Change, DataService
from fredapp.core.vocabulary import (
    CHECKLIST_COLUMNS,
    CHECKLIST_STATUSES,
    CODES,
    ENGLISH_AND_CODES,
    Reading,
    Words,
)

COLUMNS = ["unit", "period", "item", "status", "responsible", "due", "done", "note"]
STATUS_WORDS = {
    ItemStatus.NOT_STARTED.value: "ikke startet",
    ItemStatus.IN_PROGRESS.value: "pågår",
    ItemStatus.DONE.value: "ferdig",
    ItemStatus.NOT_RELEVANT.value: "ikke relevant",
}
_STATUS_READ = {
    **{code: code for code in STATUS_WORDS},
    **{word: code for code, word in STATUS_WORDS.items()},
    "pagar": ItemStatus.IN_PROGRESS.value,
    "not started": ItemStatus.NOT_STARTED.value,
    "in progress": ItemStatus.IN_PROGRESS.value,
    "done": ItemStatus.DONE.value,
    "not relevant": ItemStatus.NOT_RELEVANT.value,
    "": ItemStatus.NOT_STARTED.value,
}
_NORWEGIAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def item_rows(
    items: list[ChecklistItem], unit: str, period: str, words: Words = CODES
) -> Iterator[list[Any]]:
    for item in items:
        yield [
            unit,
            period,
            item.title,
            _status_text(item.status, words),
            item.responsible,
            item.due_date,
            item.done_date,
            item.note,
        ]


def _status_text(status: str, words: Words) -> str:
    """The status for people, or the files' old words ("ikke startet") for scripts."""
    if words.for_people:
        return words.value(CHECKLIST_STATUSES, status)
    return STATUS_WORDS.get(status, status)


def _write(path: Path, rows: Iterator[list[Any]], words: Words) -> int:
    return write_table(
        path,
        words.header(CHECKLIST_COLUMNS, COLUMNS),
        rows,
        sheet=words.sheet("checklist"),
        date_format=words.date_format,
    )


def export_checklists(database: Database, path: Path, words: Words = CODES) -> int:
    with database.session() as session:
        names = unit_names(session)
        checklists = {
            c.id: c
            for c in session.exec(select(Checklist).where(col(Checklist.deleted).is_(False)))
        }
        items = list(
            session.exec(select(ChecklistItem).where(col(ChecklistItem.deleted).is_(False)))
        )
    items = [item for item in items if item.checklist_id in checklists]

    def order(item: ChecklistItem) -> tuple[str, str, int]:
        checklist = checklists[item.checklist_id]
        return (
            names.get(checklist.unit_lineage_id, "").casefold(),
            checklist.period,
            item.sort_order,
        )

    items.sort(key=order)

    def rows() -> Iterator[list[Any]]:
        for item in items:
            checklist = checklists[item.checklist_id]
            unit = names.get(checklist.unit_lineage_id, str(checklist.unit_lineage_id))
            yield from item_rows([item], unit, checklist.period, words)

    return _write(path, rows(), words)


def export_one_checklist(
    database: Database, checklist_id: uuid.UUID, path: Path, words: Words = CODES
) -> int:
    """One unit's checklist for one period, for its meeting with the safety representative."""
    from fredapp.core.checklists import checklist_items

    with database.session() as session:
        checklist = session.get(Checklist, checklist_id)
        if checklist is None or checklist.deleted:
            raise ImportExportError(QT_TR_NOOP("the checklist does not exist"))
        unit = unit_names(session).get(checklist.unit_lineage_id, "")
        items = checklist_items(session, checklist_id)
    return _write(path, item_rows(items, unit, checklist.period, words), words)


def parse_date(text: str, number: int, column: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        match = _NORWEGIAN_DATE.fullmatch(text)
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ImportExportError(
            QT_TR_NOOP(
                "row {row}, column '{column}': '{text}' is not a date (YYYY-MM-DD or DD.MM.YYYY)"
            ),
            row=number,
            column=column,
            text=text,
        ) from None


def import_checklists(
    service: DataService, path: Path, reading: Reading = ENGLISH_AND_CODES, **_options: Any
) -> int:
    header, rows = read_table(path)
    where = column_positions(reading.header(CHECKLIST_COLUMNS, header), COLUMNS, path)
    errors: list[Message] = []
    parsed: list[tuple[int, uuid.UUID, str, dict[str, Any]]] = []
    seen: set[tuple[uuid.UUID, str, str]] = set()
    with service.database.session() as session:
        by_name = current_units_by_name(session)
        for row in rows:
            number = row.number
            cells = {name: (row[i] if i < len(row) else "").strip() for name, i in where.items()}
            try:
                cells["status"] = reading.code(CHECKLIST_STATUSES, cells["status"])
                lineage, period, values = _parse_row(cells, number, by_name)
            except ImportExportError as exc:
                errors.append(exc.message)
                continue
            key = (lineage, period, values["title"].casefold())
            if key in seen:
                errors.append(
                    message(
                        QT_TR_NOOP("row {row}: the item '{item}' is in the file twice"),
                        row=number,
                        item=values["title"],
                    )
                )
                continue
            seen.add(key)
            parsed.append((number, lineage, period, values))
        if errors:
            raise ImportExportError(refusal_summary(path, errors))
        changes = _plan(service, session, parsed)
    try:
        service.apply_many(changes)
    except ValidationError as exc:
        raise ImportExportError(
            QT_TR_NOOP("{file}: {problem}; nothing was imported"), file=path.name, problem=exc
        ) from exc
    return len(parsed)


def _parse_row(
    cells: dict[str, str], number: int, by_name: dict[str, list[uuid.UUID]]
) -> tuple[uuid.UUID, str, dict[str, Any]]:
    lineage = unit_lineage(cells["unit"], number, by_name)
    try:
        period = str(Period.parse(cells["period"]))
    except FredAppError as exc:
        raise ImportExportError(
            QT_TR_NOOP("row {row}, column '{column}': {problem}"),
            row=number,
            column="period",
            problem=exc,
        ) from None
    except ValueError:
        # Period.parse's own text is English only; this one says the same and is translated.
        raise ImportExportError(
            QT_TR_NOOP(
                "row {row}, column '{column}': '{text}' is not a period (YYYY-MM, YYYY-Qn or YYYY)"
            ),
            row=number,
            column="period",
            text=cells["period"],
        ) from None
    if not cells["item"]:
        raise ImportExportError(
            QT_TR_NOOP("row {row}, column '{column}': is empty"), row=number, column="item"
        )
    status = _STATUS_READ.get(cells["status"].casefold())
    if status is None:
        raise ImportExportError(
            QT_TR_NOOP("row {row}, column '{column}': '{text}' is not one of {choices}"),
            row=number,
            column="status",
            text=cells["status"],
            choices=", ".join(STATUS_WORDS.values()),
        )
    return (
        lineage,
        period,
        {
            "title": cells["item"],
            "status": status,
            "responsible": cells["responsible"],
            "due_date": parse_date(cells["due"], number, "due"),
            "done_date": parse_date(cells["done"], number, "done"),
            "note": cells["note"],
        },
    )


def _plan(
    service: DataService,
    session: Any,
    parsed: list[tuple[int, uuid.UUID, str, dict[str, Any]]],
) -> list[Change]:
    from fredapp.core.checklists import checklist_items, find_checklist

    changes: list[Change] = []
    checklists: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
    existing_items: dict[uuid.UUID, dict[str, ChecklistItem]] = {}
    next_order: dict[uuid.UUID, int] = {}
    for _number, lineage, period, values in parsed:
        key = (lineage, period)
        if key not in checklists:
            found = find_checklist(session, lineage, Period.parse(period))
            if found is None:
                create = service.plan_create(Checklist, unit_lineage_id=lineage, period=period)
                changes.append(create)
                checklists[key] = create.record_id
                existing_items[create.record_id] = {}
                next_order[create.record_id] = 0
            else:
                checklists[key] = found.id
                items = checklist_items(session, found.id)
                existing_items[found.id] = {item.title.casefold(): item for item in items}
                next_order[found.id] = max((item.sort_order for item in items), default=-1) + 1
        checklist_id = checklists[key]
        old = existing_items[checklist_id].get(values["title"].casefold())
        if old is None:
            changes.append(
                service.plan_create(
                    ChecklistItem,
                    checklist_id=checklist_id,
                    sort_order=next_order[checklist_id],
                    **values,
                )
            )
            next_order[checklist_id] += 1
        else:
            differing = {k: v for k, v in values.items() if getattr(old, k) != v}
            if differing:
                before = {k: getattr(old, k) for k in differing}
                changes.append(Change(ChecklistItem, old.id, before, differing))
    return changes
