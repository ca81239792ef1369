"""Checklists per unit and period: made from the catalogue, copied forward, toggled."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import col, select

from fredapp.core.checklists import (
    Period,
    PeriodKind,
    checklist_items,
    find_checklist,
    plan_copy_forward,
    plan_from_catalogue,
    plan_status,
    plan_toggle_done,
)
from fredapp.core.errors import ValidationError
from fredapp.core.models import Checklist, ChecklistItem, ItemStatus, ToolkitItem
from fredapp.core.seed import lineage_id, seed_id
from fredapp.core.service import DataService

UNIT = lineage_id("personal")
TODAY = dt.date(2024, 3, 10)


def apply_all(service: DataService, changes) -> None:  # type: ignore[no-untyped-def]
    for change in changes:
        service.apply(change)


def items_of(service: DataService, period: str) -> list[ChecklistItem]:
    with service.database.session() as session:
        checklist = find_checklist(session, UNIT, Period.parse(period))
        assert checklist is not None
        return checklist_items(session, checklist.id)


@pytest.mark.parametrize(
    ("text", "start", "end", "previous"),
    [
        ("2024-03", dt.date(2024, 3, 1), dt.date(2024, 3, 31), "2024-02"),
        ("2024-01", dt.date(2024, 1, 1), dt.date(2024, 1, 31), "2023-12"),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "2024-01"),
        ("2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31), "2023-Q4"),
        ("2024-q3", dt.date(2024, 7, 1), dt.date(2024, 9, 30), "2024-Q2"),
        ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "2023"),
    ],
)
def test_periods(text: str, start: dt.date, end: dt.date, previous: str) -> None:
    period = Period.parse(text)
    assert (period.start, period.end, str(period.previous())) == (start, end, previous)
    assert Period.parse(str(period)) == period


def test_period_containing_a_day_and_bad_periods() -> None:
    day = dt.date(2024, 8, 5)
    assert str(Period.containing(day, PeriodKind.MONTH)) == "2024-08"
    assert str(Period.containing(day, PeriodKind.QUARTER)) == "2024-Q3"
    assert str(Period.containing(day, PeriodKind.YEAR)) == "2024"
    for bad in ("2024-13", "2024-Q5", "24-01", "mars", ""):
        with pytest.raises(ValueError, match=r"period|month"):
            Period.parse(bad)


def test_checklist_from_the_catalogue(service: DataService) -> None:
    changes = plan_from_catalogue(service, UNIT, Period.parse("2024-Q1"))
    assert len(changes) == 4  # the checklist and the seed's three tools
    apply_all(service, changes)
    items = items_of(service, "2024-Q1")
    assert [item.title for item in items] == [
        "Verktøy og ressurser på Frekit",
        "Støttende aktiviteter for ledere",
        "Tiltak rettet mot hver medarbeider",
    ]
    assert {item.status for item in items} == {ItemStatus.NOT_STARTED.value}
    assert {item.due_date for item in items} == {dt.date(2024, 3, 31)}
    assert items[0].toolkit_item_id == seed_id("toolkit", "frekit-verktoy")
    with pytest.raises(ValidationError, match="already has a checklist for 2024-Q1"):
        plan_from_catalogue(service, UNIT, Period.parse("2024-Q1"))
    # Another unit, or another period, is a checklist of its own.
    assert len(plan_from_catalogue(service, lineage_id("lonn"), Period.parse("2024-Q1"))) == 4
    assert len(plan_from_catalogue(service, UNIT, Period.parse("2024-03"))) == 4


def test_retired_tools_stay_in_old_checklists_but_not_in_new_ones(service: DataService) -> None:
    apply_all(service, plan_from_catalogue(service, UNIT, Period.parse("2024-01")))
    service.update(ToolkitItem, seed_id("toolkit", "stotte-ledere"), retired=True)
    assert len(items_of(service, "2024-01")) == 3
    apply_all(service, plan_from_catalogue(service, UNIT, Period.parse("2024-02")))
    titles = [item.title for item in items_of(service, "2024-02")]
    assert "Støttende aktiviteter for ledere" not in titles and len(titles) == 2


def test_copy_forward_takes_the_open_items_with_their_work(service: DataService) -> None:
    apply_all(service, plan_from_catalogue(service, UNIT, Period.parse("2024-02")))
    first, second, third = items_of(service, "2024-02")
    service.apply(plan_toggle_done(service, first.id, TODAY))  # type: ignore[arg-type]
    service.update(
        ChecklistItem,
        second.id,
        status=ItemStatus.IN_PROGRESS.value,
        responsible="Kari Nordmann",
        note="Avtale med BHT",
    )
    apply_all(service, plan_from_catalogue(service, lineage_id("lonn"), Period.parse("2024-02")))
    changes = plan_copy_forward(service, UNIT, Period.parse("2024-03"))
    apply_all(service, changes)
    copied = items_of(service, "2024-03")
    assert [item.title for item in copied] == [second.title, third.title]
    assert copied[0].status == ItemStatus.IN_PROGRESS.value
    assert (copied[0].responsible, copied[0].note) == ("Kari Nordmann", "Avtale med BHT")
    assert copied[0].due_date == dt.date(2024, 2, 29)  # still overdue: that is why it is here
    assert copied[0].id != second.id
    # The previous checklist is untouched.
    assert len(items_of(service, "2024-02")) == 3


def test_copy_forward_without_a_previous_checklist_is_refused(service: DataService) -> None:
    with pytest.raises(ValidationError, match="no checklist for the previous period 2024-Q1"):
        plan_copy_forward(service, UNIT, Period.parse("2024-Q2"))
    apply_all(service, plan_from_catalogue(service, UNIT, Period.parse("2024-Q1")))
    apply_all(service, plan_copy_forward(service, UNIT, Period.parse("2024-Q2")))
    with pytest.raises(ValidationError, match="already has a checklist"):
        plan_copy_forward(service, UNIT, Period.parse("2024-Q2"))


def test_toggle_done_sets_and_clears_the_done_date(service: DataService) -> None:
    apply_all(service, plan_from_catalogue(service, UNIT, Period.parse("2024-03")))
    item = items_of(service, "2024-03")[0]
    change = plan_toggle_done(service, item.id, TODAY)
    assert change is not None
    service.apply(change)
    assert (items_of(service, "2024-03")[0].status, items_of(service, "2024-03")[0].done_date) == (
        ItemStatus.DONE.value,
        TODAY,
    )
    service.apply(plan_toggle_done(service, item.id, TODAY))  # type: ignore[arg-type]
    again = items_of(service, "2024-03")[0]
    assert (again.status, again.done_date) == (ItemStatus.NOT_STARTED.value, None)
    service.apply(change.inverse().inverse())
    service.apply(change.inverse())  # undo is the inverse change
    assert items_of(service, "2024-03")[0].status == ItemStatus.NOT_STARTED.value


def test_status_keeps_an_earlier_done_date(service: DataService) -> None:
    apply_all(service, plan_from_catalogue(service, UNIT, Period.parse("2024-03")))
    item = items_of(service, "2024-03")[0]
    service.update(ChecklistItem, item.id, done_date=dt.date(2024, 3, 2))
    service.apply(plan_status(service, item.id, "ferdig", TODAY))  # type: ignore[arg-type]
    assert items_of(service, "2024-03")[0].done_date == dt.date(2024, 3, 2)
    service.apply(plan_status(service, item.id, "pagar", TODAY))  # type: ignore[arg-type]
    assert items_of(service, "2024-03")[0].done_date is None
    with pytest.raises(ValueError):
        plan_status(service, item.id, "bogus", TODAY)


def test_a_note_with_a_national_id_is_refused(service: DataService) -> None:
    apply_all(service, plan_from_catalogue(service, UNIT, Period.parse("2024-03")))
    item = items_of(service, "2024-03")[0]
    with pytest.raises(ValidationError, match="fødselsnummer"):
        service.update(ChecklistItem, item.id, note="Sykmeldt 020132 99903")
    assert items_of(service, "2024-03")[0].note == ""
    with service.database.session() as session:
        assert session.exec(select(Checklist).where(col(Checklist.deleted).is_(False))).all()
