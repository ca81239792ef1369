"""The timeline's data through the server hub: a measure's start date and a milestone."""

from __future__ import annotations

import datetime as dt

import pytest
from server_thread import running_service
from sync_helpers import Client, make_template

from fredapp.cli import main as cli_main
from fredapp.core import queries, timeline
from fredapp.core.db import open_database
from fredapp.core.models import Measure


@pytest.fixture(scope="module")
def service(hub_db):  # type: ignore[no-untyped-def]
    with running_service(hub_db.service) as url:
        yield url


def test_a_start_date_and_a_milestone_reach_another_desktop_through_the_hub(
    hub_db, service, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    template = make_template(tmp_path)
    a = Client(tmp_path / "a.sqlite", template, "Anne")
    measure = a.service.create(
        Measure,
        code="TL-1",
        title="Med datoer",
        dimension="S",
        level="stab",
        start_date=dt.date(2025, 3, 1),
        due_date=dt.date(2025, 9, 30),
    ).record_id
    a.service.run(
        timeline.add_milestone(
            a.service, "Drøfting", dt.date(2025, 11, 1), "Ny", measure_id=measure, notes="Les"
        )
    )
    a.close()
    b = Client(tmp_path / "b.sqlite", template, "Bjørn")
    b.close()
    token_a = hub_db.user("Anne TL", ["facilitator"])[1]
    token_b = hub_db.user("Bjørn TL", ["facilitator"])[1]
    assert cli_main(["sync", "--db", str(a.path), "--hub", service, "--token", token_a]) == 0
    assert cli_main(["sync", "--db", str(b.path), "--hub", service, "--token", token_b]) == 0
    database = open_database(tmp_path / "b.sqlite", create=False)
    try:
        got = queries.record(database, Measure, measure)
        assert got is not None and (got.start_date, got.due_date) == (
            dt.date(2025, 3, 1),
            dt.date(2025, 9, 30),
        )
        (milestone,) = queries.milestone_rows(database)
        assert (milestone.title, milestone.date, milestone.measure_id, milestone.notes) == (
            "Drøfting",
            dt.date(2025, 11, 1),
            measure,
            "Les",
        )
    finally:
        database.close()
