"""Versioned descriptions: autosave, versions with author and time, restore, diff, search."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from fredapp.core import descriptions
from fredapp.core.errors import ValidationError
from fredapp.core.models import Description, Role
from fredapp.core.service import DataService

T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def described(service: DataService) -> uuid.UUID:
    change = descriptions.plan_function_description(service, uuid.uuid4(), "Byarkivet")
    service.apply(change)
    return change.record_id


def test_first_save_creates_version_one(service: DataService, described: uuid.UUID) -> None:
    changes = descriptions.save(service, described, "<h1>Byarkivet</h1><p>Arkiv.</p>", now=T0)
    assert changes
    found = descriptions.versions(service.database, described)
    assert [(v.version_no, v.author) for v in found] == [(1, "Kari Tester")]
    stored = descriptions.get(service.database, described)
    assert stored is not None and "Arkiv." in stored.body_html


def test_autosave_within_a_session_updates_the_latest_version(
    service: DataService, described: uuid.UUID
) -> None:
    descriptions.save(service, described, "<p>A</p>", now=T0)
    descriptions.save(service, described, "<p>AB</p>", now=T0 + dt.timedelta(minutes=1))
    assert len(descriptions.versions(service.database, described)) == 1
    assert descriptions.versions(service.database, described)[0].body_html == "<p>AB</p>"
    # After a pause longer than an edit session, a new version.
    descriptions.save(service, described, "<p>ABC</p>", now=T0 + dt.timedelta(minutes=30))
    found = descriptions.versions(service.database, described)
    assert [v.version_no for v in found] == [2, 1]
    # Another author always starts a new version.
    other = DataService(service.database, author="Ola Annen")
    descriptions.save(other, described, "<p>ABCD</p>", now=T0 + dt.timedelta(minutes=31))
    found = descriptions.versions(service.database, described)
    assert (found[0].version_no, found[0].author) == (3, "Ola Annen")
    # Saving the same text again is no change at all.
    assert descriptions.save(other, described, "<p>ABCD</p>") == []


def test_restore_makes_a_new_version(service: DataService, described: uuid.UUID) -> None:
    descriptions.save(service, described, "<p>Gammel</p>", now=T0)
    descriptions.save(service, described, "<p>Ny</p>", now=T0 + dt.timedelta(hours=1))
    old = descriptions.versions(service.database, described)[-1]
    for change in descriptions.plan_restore(service, described, old.id):
        service.apply(change)
    found = descriptions.versions(service.database, described)
    assert [v.version_no for v in found] == [3, 2, 1]
    assert found[0].body_html == "<p>Gammel</p>"
    stored = descriptions.get(service.database, described)
    assert stored is not None and stored.body_html == "<p>Gammel</p>"
    with pytest.raises(ValidationError):
        descriptions.plan_restore(service, uuid.uuid4(), old.id)


def test_plain_text_keeps_lines_and_bullets() -> None:
    body = (
        "<html><head><style>p {}</style></head><body><h1>Tittel</h1>"
        "<p>Første &amp; andre</p><ul><li>en</li><li>to</li></ul></body></html>"
    )
    assert descriptions.plain_text(body) == "Tittel\nFørste & andre\n• en\n• to"


def test_diff_aligns_lines_side_by_side() -> None:
    rows = descriptions.diff("<p>a</p><p>b</p><p>c</p>", "<p>a</p><p>B</p><p>c</p><p>d</p>")
    assert [(r.tag, r.left, r.right) for r in rows] == [
        ("equal", "a", "a"),
        ("replace", "b", "B"),
        ("equal", "c", "c"),
        ("insert", None, "d"),
    ]


def test_search_finds_words_in_text_and_title_ignoring_case(
    service: DataService, described: uuid.UUID
) -> None:
    descriptions.save(service, described, "<p>Ansvar for <b>Øvrige</b> arkiver</p>")
    role = service.create(Role, title="Controller")
    role_desc = descriptions.plan_role_description(service, role.record_id, "Controller")
    service.apply(role_desc)
    descriptions.save(service, role_desc.record_id, "<p>Følger opp budsjett og arkiver</p>")
    hits = descriptions.search(service.database, "øvrige ARKIVER")
    assert [hit.description_id for hit in hits] == [described]
    assert "Øvrige" in hits[0].snippet
    both = descriptions.search(service.database, "arkiver")
    assert {hit.kind for hit in both} == {"function", "role"}
    assert descriptions.search(service.database, "controller")[0].role_id == role.record_id
    # Tag names are not words of the text.
    assert descriptions.search(service.database, "<b>") == []
    assert descriptions.search(service.database, "   ") == []


def test_function_description_lookup_and_scenario_export_order(service: DataService) -> None:
    from fredapp.core.calc.scenarios import find_scenario, scenario_units

    til = find_scenario(service.database, "Til")
    units = {unit.name: unit for unit in scenario_units(service.database, til.id)}
    for name in ("Lønn", "Organisasjon"):
        change = descriptions.plan_function_description(service, units[name].lineage_id, name)
        service.apply(change)
    assert descriptions.function_description(service.database, units["Lønn"].lineage_id)
    pairs = descriptions.scenario_function_descriptions(service.database, til.id)
    assert [unit.name for unit, _ in pairs] == ["Organisasjon", "Lønn"]
    assert all(isinstance(d, Description) for _, d in pairs)
