"""The timeline's data: measure start dates, milestones, their rules, operations, queries, sync."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sync_helpers import Client, make_template, row
from test_sheets_for_people import EN, NB

from fredapp.core import queries, timeline
from fredapp.core.errors import ImportExportError, ValidationError
from fredapp.core.io.formats import write_table
from fredapp.core.io.measures import plan_measure_import
from fredapp.core.io.registry import export_kind, import_kind
from fredapp.core.models import Measure
from fredapp.core.service import DataService
from fredapp.core.sync import FileHub, HubRefused, sync
from fredapp.core.vocabulary import Reading, Words

D = dt.date


def new_measure(service: DataService, code: str = "S-S9", **values: object) -> Measure:
    fields: dict[str, object] = {"title": f"Tiltak {code}", **values}
    record_id = service.create(Measure, code=code, dimension="S", level="stab", **fields).record_id
    measure = queries.record(service.database, Measure, record_id)
    assert measure is not None
    return measure


# -- rules -----------------------------------------------------------------------------------


def test_start_after_due_is_refused_with_both_dates_named_and_nothing_changes(
    service: DataService,
) -> None:
    measure = new_measure(service, due_date=D(2025, 6, 30))
    with pytest.raises(ValidationError) as excinfo:
        timeline.set_measure_dates(service, measure.id, D(2025, 9, 1), D(2025, 6, 30), "Datoer")
    assert "2025-09-01" in str(excinfo.value) and "2025-06-30" in str(excinfo.value)
    assert "start" in str(excinfo.value) and "due" in str(excinfo.value)
    stored = queries.record(service.database, Measure, measure.id)
    assert stored is not None and (stored.start_date, stored.due_date) == (None, D(2025, 6, 30))


def test_moving_only_the_start_past_the_stored_due_date_is_refused(service: DataService) -> None:
    measure = new_measure(service, start_date=D(2025, 1, 1), due_date=D(2025, 3, 31))
    with pytest.raises(ValidationError, match="2025-04-15"):
        timeline.move_measure_end(service, measure.id, "Flytt", start=D(2025, 4, 15))


def test_any_write_of_one_date_past_the_stored_other_is_refused(service: DataService) -> None:
    """Not only the timeline's: an edit of one date alone (a dialog, an undo, a script) is held
    to the stored other date, or every colleague's sync would refuse the row."""
    measure = new_measure(service, start_date=D(2025, 1, 1), due_date=D(2025, 3, 31))
    with pytest.raises(ValidationError, match="2025-04-01 is after the due date 2025-03-31"):
        service.update(Measure, measure.id, start_date=D(2025, 4, 1))
    with pytest.raises(ValidationError, match="2025-01-01 is after the due date 2024-12-01"):
        service.update(Measure, measure.id, due_date=D(2024, 12, 1))
    service.update(Measure, measure.id, due_date=None)  # no due date: any start will do
    service.update(Measure, measure.id, start_date=D(2026, 1, 1))
    stored = queries.record(service.database, Measure, measure.id)
    assert stored is not None and (stored.start_date, stored.due_date) == (D(2026, 1, 1), None)


def test_a_create_with_start_after_due_is_refused(service: DataService) -> None:
    with pytest.raises(ValidationError, match="after the due date"):
        new_measure(service, start_date=D(2026, 1, 2), due_date=D(2026, 1, 1))


@pytest.mark.parametrize("year", [2300, 1850])
def test_a_date_outside_sane_bounds_is_refused_naming_field_and_bounds(
    service: DataService, year: int
) -> None:
    measure = new_measure(service)
    with pytest.raises(ValidationError) as excinfo:
        timeline.set_measure_dates(service, measure.id, None, D(year, 1, 1), "Datoer")
    said = str(excinfo.value)
    assert f"{year}-01-01" in said and "1900-01-01" in said and "2099-12-31" in said
    assert "due_date" in said
    with pytest.raises(ValidationError, match="2099-12-31"):
        timeline.add_milestone(service, "Langt fram", D(year, 5, 1), "Ny milepæl")
    assert queries.milestone_rows(service.database) == [] or all(
        m.date.year != year for m in queries.milestone_rows(service.database)
    )


@pytest.mark.parametrize("title", ["", "   "])
def test_a_milestone_without_title_is_refused(service: DataService, title: str) -> None:
    before = queries.milestone_rows(service.database)
    with pytest.raises(ValidationError) as excinfo:
        timeline.add_milestone(service, title, D(2025, 5, 1), "Ny milepæl")
    assert "title" in str(excinfo.value) and "empty" in str(excinfo.value)
    assert queries.milestone_rows(service.database) == before


def test_a_milestone_title_has_the_measure_titles_length_limit(service: DataService) -> None:
    with pytest.raises(ValidationError, match="at most 4000"):
        timeline.add_milestone(service, "x" * 4001, D(2025, 5, 1), "Ny milepæl")
    with pytest.raises(ValidationError, match="at most 4000"):
        new_measure(service, title="x" * 4001)


# -- operations: one action, one undo step ----------------------------------------------------


def test_setting_start_and_due_is_one_operation_and_undo_restores_both(
    service: DataService,
) -> None:
    measure = new_measure(service, due_date=D(2025, 6, 30))
    operation = timeline.set_measure_dates(
        service, measure.id, D(2025, 2, 1), D(2025, 8, 31), "Datoer for S-S9"
    )
    assert operation is not None and len(operation) == 1
    assert operation.label == "Datoer for S-S9"
    service.run(operation)
    stored = queries.record(service.database, Measure, measure.id)
    assert stored is not None and (stored.start_date, stored.due_date) == (
        D(2025, 2, 1),
        D(2025, 8, 31),
    )
    service.undo(operation)
    stored = queries.record(service.database, Measure, measure.id)
    assert stored is not None and (stored.start_date, stored.due_date) == (None, D(2025, 6, 30))
    assert timeline.set_measure_dates(service, measure.id, None, D(2025, 6, 30), "x") is None


def test_dragging_the_due_end_keeps_the_start(service: DataService) -> None:
    measure = new_measure(service, start_date=D(2025, 1, 1), due_date=D(2025, 3, 31))
    operation = timeline.move_measure_end(service, measure.id, "Flytt", due=D(2025, 5, 15))
    assert operation is not None
    service.run(operation)
    stored = queries.record(service.database, Measure, measure.id)
    assert stored is not None and (stored.start_date, stored.due_date) == (
        D(2025, 1, 1),
        D(2025, 5, 15),
    )


def test_milestone_add_edit_delete_are_one_undoable_operation_each(service: DataService) -> None:
    start = [m.title for m in queries.milestone_rows(service.database)]
    measure = new_measure(service)
    added = timeline.add_milestone(
        service, "  Høring  ", D(2031, 11, 1), "Ny milepæl", measure_id=measure.id
    )
    service.run(added)
    mine = [m for m in queries.milestone_rows(service.database) if m.title == "Høring"]
    assert len(mine) == 1 and mine[0].measure_id == measure.id and mine[0].date == D(2031, 11, 1)
    edited = timeline.edit_milestone(service, mine[0].id, "Endre", date=D(2031, 12, 1))
    assert edited is not None and len(edited) == 1
    service.run(edited)
    assert queries.milestone_rows(service.database)[-1].date == D(2031, 12, 1)
    service.undo(edited)
    assert queries.milestone_rows(service.database)[-1].date == D(2031, 11, 1)
    deleted = timeline.delete_milestone(service, mine[0].id, "Slett")
    service.run(deleted)
    assert [m.title for m in queries.milestone_rows(service.database)] == start
    service.undo(deleted)
    service.undo(added)
    assert [m.title for m in queries.milestone_rows(service.database)] == start


# -- queries -------------------------------------------------------------------------------


def test_milestone_rows_are_live_and_by_date(empty_db) -> None:  # type: ignore[no-untyped-def]
    service = DataService(empty_db)
    for title, day in (("C", D(2025, 3, 1)), ("A", D(2025, 1, 1)), ("B", D(2025, 2, 1))):
        service.run(timeline.add_milestone(service, title, day, "Ny"))
    gone = queries.milestone_rows(empty_db)[1]
    service.run(timeline.delete_milestone(service, gone.id, "Slett"))
    assert [(m.title, m.date) for m in queries.milestone_rows(empty_db)] == [
        ("A", D(2025, 1, 1)),
        ("C", D(2025, 3, 1)),
    ]


# -- sync through a shared file -------------------------------------------------------------


@pytest.fixture
def two_clients(tmp_path: Path):  # type: ignore[no-untyped-def]
    template = make_template(tmp_path)
    (tmp_path / "share").mkdir()
    a = Client(tmp_path / "a.sqlite", template, "Anne")
    b = Client(tmp_path / "b.sqlite", template, "Bjørn")
    yield a, b, tmp_path / "share" / "fredapp.sqlite"
    a.close()
    b.close()


def test_start_dates_and_milestones_travel_through_the_shared_file(two_clients) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = two_clients
    measure = new_measure(a.service, start_date=D(2025, 3, 1), due_date=D(2025, 6, 30))
    a.service.run(
        timeline.add_milestone(
            a.service, "Prinsipper vedtatt", D(2023, 5, 15), "Ny", measure_id=measure.id
        )
    )
    sync(a.path, FileHub(shared), clock=a.service.clock)
    sync(b.path, FileHub(shared), clock=b.service.clock)
    got = queries.record(b.database, Measure, measure.id)
    assert got is not None and (got.start_date, got.due_date) == (D(2025, 3, 1), D(2025, 6, 30))
    milestones = queries.milestone_rows(b.database)
    assert [(m.title, m.date, m.measure_id) for m in milestones] == [
        ("Prinsipper vedtatt", D(2023, 5, 15), measure.id)
    ]
    # and back: b moves the start, a receives it
    b.service.run(timeline.move_measure_end(b.service, measure.id, "Flytt", start=D(2025, 4, 1)))
    sync(b.path, FileHub(shared), clock=b.service.clock)
    sync(a.path, FileHub(shared), clock=a.service.clock)
    back = queries.record(a.database, Measure, measure.id)
    assert back is not None and back.start_date == D(2025, 4, 1)


def test_a_shared_row_with_start_after_due_is_refused_by_name(two_clients) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = two_clients
    measure = new_measure(a.service, start_date=D(2025, 3, 1), due_date=D(2025, 6, 30))
    sync(a.path, FileHub(shared), clock=a.service.clock)
    with contextlib.closing(sqlite3.connect(shared)) as conn:
        conn.execute("UPDATE measure SET start_date = '2025-12-01' WHERE id = ?", (measure.id.hex,))
        conn.commit()
    with pytest.raises(HubRefused) as excinfo:
        sync(b.path, FileHub(shared), clock=b.service.clock)
    said = str(excinfo.value)
    assert "measure" in said and "start_date" in said and "2025-12-01" in said
    assert row(b.path, "measure", measure.id) is None


# -- the seed's plans ---------------------------------------------------------------------------


def test_a_new_seed_database_holds_the_project_plan_and_the_trust_reform(seeded_db) -> None:  # type: ignore[no-untyped-def]
    milestones = queries.milestone_rows(seeded_db)
    by_title = {m.title: m.date for m in milestones}
    assert len(milestones) == 22
    assert by_title["Prinsipper, målbilde og dagens situasjon"] == D(2022, 5, 1)
    assert by_title["Spørreundersøkelse alle ledere"] == D(2022, 5, 1)
    assert by_title["Arbeidsverksteder"] == D(2022, 8, 29)
    assert by_title["Drøfting"] == D(2022, 11, 1)
    assert by_title["Politisk behandling"] == D(2022, 12, 1)
    assert by_title["Tillitsreform: formål og prinsipper vedtatt"] == D(2023, 5, 1)
    assert by_title["Tillitsreform: rapport med anbefalinger for videre arbeid"] == D(2024, 10, 1)
    assert [m.date for m in milestones] == sorted(m.date for m in milestones)
    assert all(m.measure_id is None for m in milestones)
    # each says what was read from the slide («…») and what was placed by judgement
    assert all("«" in m.notes and "judgement" in m.notes for m in milestones)


def test_seed_staff_measures_have_judged_dates_and_municipality_measures_none(seeded_db) -> None:  # type: ignore[no-untyped-def]
    measures = {m.code: m for m in queries.live_records(seeded_db, Measure)}
    assert (measures["S-S2"].start_date, measures["S-S2"].due_date) == (
        D(2023, 6, 1),
        D(2024, 12, 31),
    )  # under way at the briefing: from the new structure of 1 June 2023
    assert (measures["S-S4"].start_date, measures["S-S4"].due_date) == (
        D(2024, 1, 1),
        D(2024, 12, 31),
    )
    assert (measures["S1"].start_date, measures["S1"].due_date) == (None, None)
    dated = [m for m in measures.values() if m.start_date and m.due_date]
    assert len(dated) == 28 and {m.code[:2] for m in dated} == {"S-"}
    assert sum(m.start_date == D(2023, 6, 1) for m in dated) == 13  # the 13 under way


# -- the measures' file: «Startdato» / "Start date" --------------------------------------------


def _sheet(path: Path) -> list[list[object]]:
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    rows = [list(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]
    workbook.close()
    return rows


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_measures_sheet_has_a_start_date_column_of_date_cells(
    seeded_db, tmp_path: Path, language: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tiltak.xlsx"
    export_kind(seeded_db, "measures", path, words=Words(NB if language == "nb" else EN))
    rows = _sheet(path)
    start = rows[0].index("Startdato" if language == "nb" else "Start date")
    assert rows[0][start + 1] == ("Frist" if language == "nb" else "Due")
    s_s2 = next(r for r in rows if r[0] == "S-S2")
    assert (s_s2[start], s_s2[start + 1]) == (dt.datetime(2023, 6, 1), dt.datetime(2024, 12, 31))
    assert next(r for r in rows if r[0] == "S1")[start] is None


def test_a_measures_file_round_trips_with_start_dates_unchanged(
    service: DataService, tmp_path: Path
) -> None:
    measure = new_measure(service, "S-S30", start_date=D(2025, 2, 3), due_date=D(2025, 9, 30))
    for suffix in ("csv", "xlsx"):
        path = tmp_path / f"m.{suffix}"
        export_kind(service.database, "measures", path, words=Words(NB))
        plan = plan_measure_import(service, path, reading=Reading((NB, EN)))
        assert (plan.rows, plan.changes) == (47, [])
    stored = queries.record(service.database, Measure, measure.id)
    assert stored is not None and stored.start_date == D(2025, 2, 3)


def test_importing_start_dates_sets_them_and_refuses_one_after_the_due_date(
    service: DataService, tmp_path: Path
) -> None:
    path = tmp_path / "inn.csv"
    write_table(
        path, ["code", "start", "due"], [["S-S4", "01.03.2024", ""], ["S-S5", "2024-02-01", ""]]
    )
    import_kind(service, "measures", path)
    got = {m.code: m for m in queries.live_records(service.database, Measure)}
    assert (got["S-S4"].start_date, got["S-S4"].due_date) == (D(2024, 3, 1), None)
    before = {m.code: (m.start_date, m.due_date) for m in got.values()}
    # a start after the stored due date (S-S2 is due 2024-12-31), and a start that is no date
    write_table(path, ["code", "start"], [["S-S2", "2025-03-01"], ["S-S3", "snart"]])
    with pytest.raises(ImportExportError) as caught:
        import_kind(service, "measures", path)
    said = str(caught.value)
    assert "nothing was imported; rows refused: 2" in said
    assert "row 2: the start date 2025-03-01 is after the due date 2024-12-31" in said
    assert "row 3, column 'start': 'snart' is not a date" in said
    after = {
        m.code: (m.start_date, m.due_date) for m in queries.live_records(service.database, Measure)
    }
    assert after == before


def test_an_older_file_without_the_start_column_leaves_start_dates_alone(
    service: DataService, tmp_path: Path
) -> None:
    path = tmp_path / "old.csv"
    write_table(path, ["code", "title", "due"], [["S-S2", "Ny tittel", "2024-11-30"]])
    import_kind(service, "measures", path)
    got = {m.code: m for m in queries.live_records(service.database, Measure)}
    assert (got["S-S2"].title, got["S-S2"].start_date, got["S-S2"].due_date) == (
        "Ny tittel",
        D(2023, 6, 1),
        D(2024, 11, 30),
    )


def test_check_names_a_milestone_whose_measure_is_gone_and_a_start_after_due(
    seeded_db, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from fredapp.cli import main as cli_main

    path = seeded_db.path
    seeded_db.close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE milestone SET measure_id = ? WHERE rowid = 1", ("0" * 31 + "1",))
        conn.execute(
            "UPDATE measure SET start_date = '2025-02-01' WHERE code = 'S-S2'"
        )  # due 2024-12-31
        conn.commit()
    capsys.readouterr()
    assert cli_main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "milestone" in err and "measure_id" in err and "does not exist" in err
    assert "start_date" in err and "2025-02-01 is after the due date 2024-12-31" in err


def test_concurrent_date_edits_merge_to_a_pair_in_order_and_sync_goes_on(two_clients) -> None:  # type: ignore[no-untyped-def]
    """Anne moves the whole bar later, Bjørn (later still) pulls its end earlier: field by
    field that would be Anne's start after Bjørn's due date, a row every sync then refuses.
    The two dates merge as a pair, from the side that changed them last."""
    a, b, shared = two_clients
    measure = new_measure(a.service, start_date=D(2025, 1, 1), due_date=D(2025, 3, 31))
    sync(a.path, FileHub(shared), clock=a.service.clock)
    sync(b.path, FileHub(shared), clock=b.service.clock)
    a.service.run(
        timeline.set_measure_dates(a.service, measure.id, D(2025, 5, 1), D(2025, 6, 30), "Flytt")
    )
    b.fake_ms = a.fake_ms + 60_000  # Bjørn's edit is the later one
    b.service.run(timeline.move_measure_end(b.service, measure.id, "Frist", due=D(2025, 2, 15)))
    sync(a.path, FileHub(shared), clock=a.service.clock)
    sync(b.path, FileHub(shared), clock=b.service.clock)
    sync(a.path, FileHub(shared), clock=a.service.clock)
    for client in (a, b):
        got = queries.record(client.database, Measure, measure.id)
        assert got is not None
        assert (got.start_date, got.due_date) == (D(2025, 1, 1), D(2025, 2, 15))


def test_a_database_seeded_before_the_dates_takes_them_from_a_new_one_by_sync(
    tmp_path: Path,
) -> None:
    """Seed rows with equal stamps must be equal everywhere: the dated seed measures carry a
    later seed stamp, so an older installation's undated copies give way to them on sync,
    while a measure its user edited keeps the user's values."""
    from fredapp.core import seed
    from fredapp.core.db import open_database

    old, new, shared = tmp_path / "old.sqlite", tmp_path / "new.sqlite", tmp_path / "f.sqlite"
    for path in (old, new):
        open_database(path, populate=seed.populate).close()
    with contextlib.closing(sqlite3.connect(old)) as conn:  # as seeded before schema 0005
        conn.execute(
            "UPDATE measure SET start_date = NULL, due_date = NULL, stamp = ?", (seed.SEED_STAMP,)
        )
        conn.execute("DELETE FROM milestone")
        conn.commit()
    s_s2, s_s4 = seed.seed_id("measure", "S-S2"), seed.seed_id("measure", "S-S4")
    database = open_database(old)
    try:
        DataService(database).update(Measure, s_s4, notes="Vår egen merknad")
    finally:
        database.close()
    sync(old, FileHub(shared))
    sync(new, FileHub(shared))
    sync(old, FileHub(shared))
    s4_dates = set()
    for path in (old, new):
        database = open_database(path)
        try:
            s2 = queries.record(database, Measure, s_s2)
            s4 = queries.record(database, Measure, s_s4)
            assert s2 is not None and (s2.start_date, s2.due_date) == (
                D(2023, 6, 1),
                D(2024, 12, 31),
            )
            assert s4 is not None and s4.notes == "Vår egen merknad"
            s4_dates.add((s4.start_date, s4.due_date))
            assert len(queries.milestone_rows(database)) == 22  # new records travel as any
        finally:
            database.close()
    assert len(s4_dates) == 1  # the edited measure is the same on both sides
