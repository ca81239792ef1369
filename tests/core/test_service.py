"""The one place every write passes through: stamps, history, soft delete, undo/redo."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlmodel import func, select

from fredapp.core import seed
from fredapp.core.clock import HybridClock, Stamp, wall_now_ms
from fredapp.core.errors import ValidationError
from fredapp.core.models import (
    SYNCED_TABLES,
    ChangeRecord,
    Measure,
    MeasureStatus,
    Scenario,
    Unit,
)
from fredapp.core.service import CREATED, Change, DataService

S_S4 = seed.seed_id("measure", "S-S4")


def get(service: DataService, model, record_id: uuid.UUID):
    with service.database.session() as session:
        return session.get(model, record_id)


def history_count(service: DataService) -> int:
    with service.database.session() as session:
        return session.exec(select(func.count()).select_from(ChangeRecord)).one()


def row_counts(service: DataService) -> dict[str, int]:
    with service.database.session() as session:
        return {
            model.__tablename__: session.exec(select(func.count()).select_from(model)).one()
            for model in SYNCED_TABLES
        }


# -- create, update, delete --------------------------------------------------------------


def test_create_stamps_and_records_history(service) -> None:
    change = service.create(Scenario, label="Nytt scenario", name="Neste", description="2025")
    assert change.is_create
    record = get(service, Scenario, change.record_id)
    assert record.name == "Neste" and record.description == "2025"
    assert record.deleted is False
    assert record.device == service.device
    assert Stamp.parse(record.stamp) == service.clock.last
    assert record.stamp > seed.SEED_STAMP
    (entry,) = service.history(change.record_id)
    assert entry.field_name == CREATED
    assert entry.new_value == "Nytt scenario"
    assert entry.author == "Kari Tester"
    assert entry.stamp == record.stamp and entry.device == service.device
    assert entry.table_name == "scenario"


def test_create_fills_defaults_and_accepts_an_id(service) -> None:
    record_id = uuid.uuid4()
    change = service.create(Scenario, id=record_id, name="Med id")
    assert change.record_id == record_id
    assert change.after["description"] == "" and change.after["is_current"] is False
    record = get(service, Scenario, record_id)
    assert record.name == "Med id" and record.sort_order == 0


def test_update_stamps_and_history_holds_old_and_new_value(service) -> None:
    change = service.update(Measure, S_S4, label="Flytt", status="fullfort", progress=100)
    assert change is not None
    assert change.before == {"status": MeasureStatus.NOT_STARTED.value, "progress": 0}
    assert change.after == {"status": "fullfort", "progress": 100}
    record = get(service, Measure, S_S4)
    assert record.status == "fullfort" and record.progress == 100
    assert record.device == service.device
    assert record.stamp > seed.SEED_STAMP
    entries = {entry.field_name: entry for entry in service.history(S_S4)}
    assert set(entries) == {"status", "progress"}
    assert entries["status"].old_value == "ikke_startet"
    assert entries["status"].new_value == "fullfort"
    assert entries["progress"].old_value == "0"
    assert entries["progress"].new_value == "100"
    assert all(entry.author == "Kari Tester" for entry in entries.values())
    assert all(entry.stamp == record.stamp for entry in entries.values())


def test_update_records_only_the_fields_that_differ(service) -> None:
    record = get(service, Measure, S_S4)
    change = service.update(Measure, S_S4, title=record.title, effect=5)
    assert change is not None
    assert change.after == {"effect": 5}
    assert [entry.field_name for entry in service.history(S_S4)] == ["effect"]


def test_update_with_equal_values_writes_nothing(service) -> None:
    record = get(service, Measure, S_S4)
    counts = row_counts(service)
    calls = []
    service.listeners.append(calls.append)
    assert service.update(Measure, S_S4, title=record.title, effect=record.effect) is None
    assert row_counts(service) == counts
    assert get(service, Measure, S_S4).stamp == record.stamp == seed.SEED_STAMP_DATED
    assert calls == []


def test_update_of_a_missing_record_raises(service) -> None:
    with pytest.raises(KeyError):
        service.update(Measure, uuid.uuid4(), title="x")


def test_dates_are_written_and_recorded_as_text(service) -> None:
    undated = seed.seed_id("measure", "S1")  # the seed dates the staff's measures, not S1
    service.update(Measure, undated, due_date=dt.date(2024, 6, 1))
    assert get(service, Measure, undated).due_date == dt.date(2024, 6, 1)
    (entry,) = service.history(undated)
    assert entry.old_value is None and entry.new_value == "2024-06-01"


def test_delete_is_soft(service) -> None:
    unit_id = seed.seed_id("unit", "til:anskaffelser")
    before = get(service, Unit, unit_id)
    change = service.delete(Unit, unit_id)
    record = get(service, Unit, unit_id)
    assert record is not None, "a delete must not remove the row"
    assert record.deleted is True
    assert record.name == before.name
    assert record.stamp > before.stamp and record.device == service.device
    (entry,) = service.history(unit_id)
    assert (entry.field_name, entry.old_value, entry.new_value) == ("deleted", "false", "true")
    assert change.before == {"deleted": False} and change.after == {"deleted": True}


def test_stamps_strictly_increase(service) -> None:
    stamps = []
    for index in range(30):
        service.update(Measure, S_S4, progress=index + 1)
        stamps.append(get(service, Measure, S_S4).stamp)
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert [Stamp.parse(s) for s in stamps] == sorted(Stamp.parse(s) for s in stamps)


def test_stamps_increase_even_when_the_wall_clock_goes_back(service) -> None:
    times = iter([2_000_000_000_000, 1_000_000_000_000, 1_000_000_000_000, 5])
    service.clock = HybridClock(service.device, service.clock.last, wall_ms=lambda: next(times))
    stamps = []
    for value in range(4):
        service.update(Measure, S_S4, effort=value + 1)
        stamps.append(get(service, Measure, S_S4).stamp)
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


# -- undo and redo -----------------------------------------------------------------------


def test_inverse_undoes_and_reapplying_redoes_an_update(service) -> None:
    original = get(service, Measure, S_S4)
    change = service.update(Measure, S_S4, title="Ny tittel", effect=5, notes="notat")
    service.apply(change.inverse())
    undone = get(service, Measure, S_S4)
    assert (undone.title, undone.effect, undone.notes) == (
        original.title,
        original.effect,
        original.notes,
    )
    assert undone.stamp > original.stamp  # an undo is a new change, so it syncs
    service.apply(change)
    redone = get(service, Measure, S_S4)
    assert (redone.title, redone.effect, redone.notes) == ("Ny tittel", 5, "notat")
    assert redone.stamp > undone.stamp
    titles = [(e.old_value, e.new_value) for e in service.history(S_S4) if e.field_name == "title"]
    assert titles == [
        (original.title, "Ny tittel"),
        ("Ny tittel", original.title),
        (original.title, "Ny tittel"),
    ]


def test_undo_a_create_deletes_and_redo_restores(service) -> None:
    change = service.create(Scenario, name="Midlertidig")
    service.apply(change.inverse())
    record = get(service, Scenario, change.record_id)
    assert record is not None and record.deleted is True
    service.apply(change)
    record = get(service, Scenario, change.record_id)
    assert record.deleted is False and record.name == "Midlertidig"
    fields = [entry.field_name for entry in service.history(change.record_id)]
    assert fields == [CREATED, "deleted", CREATED]


def test_undo_a_delete_restores(service) -> None:
    unit_id = seed.seed_id("unit", "fra:hr")
    change = service.delete(Unit, unit_id)
    service.apply(change.inverse())
    assert get(service, Unit, unit_id).deleted is False


def test_inverse_of_inverse_is_the_change() -> None:
    change = Change(Scenario, uuid.uuid4(), {"name": "a"}, {"name": "b"}, "lbl")
    assert change.inverse().inverse() == change
    assert change.inverse().before == {"name": "b"} and change.inverse().after == {"name": "a"}
    assert change.inverse().label == "lbl"


# -- refusals ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "15076500565",
        "150765 00565",
        "Ring Ola (fnr 15076500565) i morgen",
        "fødselsnummer:150765 00565.",
    ],
)
def test_national_identity_number_is_refused_on_update(service, text) -> None:
    counts = row_counts(service)
    original = get(service, Measure, S_S4)
    calls = []
    service.listeners.append(calls.append)
    with pytest.raises(ValidationError) as excinfo:
        service.update(Measure, S_S4, notes=text)
    assert "notes" in str(excinfo.value)
    assert "national identity number" in str(excinfo.value)
    assert row_counts(service) == counts
    after = get(service, Measure, S_S4)
    assert (after.notes, after.stamp) == (original.notes, original.stamp)
    assert calls == []


def test_national_identity_number_is_refused_on_create(service) -> None:
    counts = row_counts(service)
    with pytest.raises(ValidationError, match="description"):
        service.create(Scenario, name="Ok", description="Kontakt 150765 00565")
    assert row_counts(service) == counts


def test_other_numbers_are_accepted(service) -> None:
    service.update(Measure, S_S4, notes="Tlf 69 30 60 00, sak 2023/12345, konto 15076500566")
    assert get(service, Measure, S_S4).notes.endswith("15076500566")


def test_unknown_field_is_refused(service) -> None:
    counts = row_counts(service)
    with pytest.raises(ValueError, match="no_such_field"):
        service.update(Measure, S_S4, no_such_field=1)
    with pytest.raises(ValueError, match="colour"):
        service.create(Scenario, name="x", colour="red")
    assert row_counts(service) == counts


@pytest.mark.parametrize("name", ["stamp", "device"])
def test_callers_cannot_set_sync_columns(service, name) -> None:
    counts = row_counts(service)
    with pytest.raises(ValueError, match=name):
        service.update(Measure, S_S4, **{name: "9999999999999.000000.x"})
    with pytest.raises(ValueError, match=name):
        service.create(Scenario, name="x", **{name: "9999999999999.000000.x"})
    assert row_counts(service) == counts


def test_callers_cannot_change_an_id(service) -> None:
    with pytest.raises(ValueError, match="id"):
        service.update(Measure, S_S4, id=uuid.uuid4())


# -- listeners, device and clock ---------------------------------------------------------


def test_listeners_are_called_with_the_change(service) -> None:
    seen: list[Change] = []
    service.listeners.append(seen.append)
    update = service.update(Measure, S_S4, effect=1)
    create = service.create(Scenario, name="L")
    delete = service.delete(Scenario, create.record_id)
    assert seen == [update, create, delete]
    assert seen[0].model is Measure and seen[0].record_id == S_S4


def test_listener_sees_the_written_state(service) -> None:
    seen = []
    service.listeners.append(lambda change: seen.append(get(service, Measure, S_S4).effect))
    service.update(Measure, S_S4, effect=4)
    assert seen == [4]


def test_device_id_persists_across_services(seeded_db) -> None:
    first = DataService(seeded_db)
    second = DataService(seeded_db)
    assert first.device == second.device
    assert len(first.device) >= 8


def test_devices_differ_between_databases(seeded_db, tmp_path) -> None:
    from fredapp.core.db import open_database

    other = open_database(tmp_path / "other.sqlite", populate=seed.populate)
    try:
        assert DataService(seeded_db).device != DataService(other).device
    finally:
        other.close()


def test_clock_persists_across_services(seeded_db) -> None:
    first = DataService(seeded_db)
    # The first session ran with a clock ahead of the real one, within the bound.
    future = wall_now_ms() + 20 * 24 * 3600 * 1000
    first.clock = HybridClock(first.device, wall_ms=lambda: future)
    first.update(Measure, S_S4, effect=2)
    first.update(Measure, S_S4, effect=3)
    last = get(first, Measure, S_S4).stamp
    assert Stamp.parse(last).wall_ms == future

    second = DataService(seeded_db)
    assert second.clock.last == Stamp.parse(last)
    second.update(Measure, S_S4, effect=4)
    stamp = get(second, Measure, S_S4).stamp
    assert stamp > last


def test_a_session_with_a_clock_beyond_the_bound_is_repaired_by_the_next(seeded_db) -> None:
    first = DataService(seeded_db)
    first.clock = HybridClock(first.device, wall_ms=lambda: 4_000_000_000_000)  # year 2096
    first.update(Measure, S_S4, effect=2)
    second = DataService(seeded_db)
    repaired = get(second, Measure, S_S4)
    assert Stamp.parse(repaired.stamp).wall_ms <= wall_now_ms() + 1000
    assert repaired.effect == 2  # the value stays; only its stamp is made sane
    second.update(Measure, S_S4, effect=4)
    assert Stamp.parse(get(second, Measure, S_S4).stamp).wall_ms < 4_000_000_000_000


def test_history_is_ordered_by_stamp_and_per_record(service) -> None:
    other = seed.seed_id("measure", "S-S5")
    service.update(Measure, S_S4, effect=1)
    service.update(Measure, other, effect=1)
    service.update(Measure, S_S4, effect=2)
    history = service.history(S_S4)
    assert [entry.new_value for entry in history] == ["1", "2"]
    assert all(entry.record_id == S_S4 for entry in history)
    assert history[0].stamp < history[1].stamp


def test_a_write_of_several_changes_is_framed_as_one_burst(service) -> None:  # type: ignore[no-untyped-def]
    from fredapp.core.models import Measure

    events: list[object] = []
    service.listeners.append(lambda change: events.append(change.record_id))
    service.burst_listeners.append(events.append)
    first = service.plan_create(Measure, code="X-1", title="En", dimension="S", level="stab")
    second = service.plan_create(Measure, code="X-2", title="To", dimension="S", level="stab")
    service.apply_many([first, second])
    assert events == [True, first.record_id, second.record_id, False]
    events.clear()
    third = service.plan_create(Measure, code="X-3", title="Tre", dimension="S", level="stab")
    service.apply(third)
    assert events == [third.record_id]  # one change is no burst
