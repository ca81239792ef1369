"""Every synced table and field has a human name; stored values are shown as people read them."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import select

from fredapp.core.models import Description, Scenario, Unit
from fredapp.core.service import CREATED
from fredapp.core.sync.tables import META_COLUMNS, synced_models
from fredapp.ui import record_names
from fredapp.ui.sync.record_text import RecordText

# Sync's own columns: set by the service, never in a change a person sees.
_NEVER_SHOWN = frozenset(META_COLUMNS) - {"deleted"}


def current_unit(context) -> Unit:  # type: ignore[no-untyped-def]
    """A unit of the current scenario: a lineage is named after it."""
    with context.database.session() as session:
        scenario = session.exec(select(Scenario).where(Scenario.is_current)).one()
        return session.exec(select(Unit).where(Unit.scenario_id == scenario.id)).first()


def test_every_synced_table_has_a_name() -> None:
    tables = {str(model.__tablename__) for model in synced_models()}
    assert tables - set(record_names.TABLES) == set()


@pytest.mark.parametrize("model", synced_models(), ids=lambda m: str(m.__tablename__))
def test_every_field_of_a_synced_table_has_a_name(model) -> None:  # type: ignore[no-untyped-def]
    table = str(model.__tablename__)
    missing = [
        field
        for field in model.model_fields
        if field not in _NEVER_SHOWN and record_names.source_field_name(table, field) is None
    ]
    assert missing == []


def test_the_created_marker_and_unknown_names(translations) -> None:  # type: ignore[no-untyped-def]
    assert record_names.field_name("measure", CREATED) == "Opprettet"
    assert record_names.table_name("measure") == "Tiltak"
    assert record_names.field_name("unit", "leader_name") == "Leder"
    # A table or field from a newer version still shows, if only by its raw name.
    assert record_names.table_name("later_table") == "later_table"
    assert record_names.field_name("measure", "later_field") == "later_field"


def test_values_are_shown_as_people_read_them(context, translations) -> None:  # type: ignore[no-untyped-def]
    names = RecordText(context)
    unit = current_unit(context)
    assert names.value("scenario", "is_current", "true") == "ja"
    assert names.value("scenario", "deleted", "false") == "nei"
    assert names.value("measure", "due_date", "2025-03-31") == "31.03.2025"
    assert names.value("measure", "status", "pagar") == "Pågår"
    assert names.value("measure", "dimension", "KK") == "Kompetanse og kapasitet"
    assert names.value("unit", "headcount", "1234") == "1\u00a0234"
    assert names.value("sickleavefigure", "total_pct", "5.25") == "5,25"
    assert names.value("measure", "owner_unit_id", str(unit.id)) == unit.name
    assert names.value("checklist", "unit_lineage_id", str(unit.lineage_id)) == unit.name
    html = "<p>Første <b>avsnitt</b></p><p>" + "lang tekst " * 20 + "</p>"
    shown = names.value("description", "body_html", html)
    assert shown.startswith("Første avsnitt lang tekst") and shown.endswith("…")
    assert "<" not in names.value("description", "body_html", html, whole=True)
    # The created row's value is the change's label: core templates are translated ...
    assert names.value("scenario", CREATED, "copy scenario") == "kopier scenario"
    # ... and a label the UI already translated is shown as it is.
    assert names.value("measure", CREATED, "Nytt tiltak") == "Nytt tiltak"
    # A value that is not what its field expects is shown raw, not lost.
    assert names.value("measure", "due_date", "snart") == "snart"


def test_record_names_for_records_without_a_title(context, translations) -> None:  # type: ignore[no-untyped-def]
    service = context.service
    unit = current_unit(context)
    with context.database.session() as session:
        scenario = session.exec(select(Scenario)).first()
    created = service.create(
        Description, kind="function", unit_lineage_id=unit.lineage_id, body_html="<p>x</p>"
    )
    names = RecordText(context)
    assert names.label("description", created.record_id) == unit.name
    assert names.label("scenario", scenario.id) == scenario.name
    assert names.value("description", "kind", "function") == "Funksjonsbeskrivelse"
    missing = uuid.uuid4()
    assert names.label("measure", missing) == str(missing)[:8]  # no such record: its short id
