"""Scenario comparison: leader figures and the list of changes, computed from the trees."""

from __future__ import annotations

import uuid

import pytest

from fredapp.core.calc.scenarios import (
    ChangeKind,
    compare,
    compare_scenarios,
    compare_units,
    find_scenario,
)
from fredapp.core.db import Database
from fredapp.core.errors import FredAppError
from fredapp.core.models import Unit


def texts(changes, kind: ChangeKind) -> list[str]:  # type: ignore[no-untyped-def]
    return [change.describe() for change in changes if change.kind == kind]


def test_seed_fra_til_figures(seeded_db: Database) -> None:
    comparison = compare_scenarios(seeded_db, "Fra", "Til")
    totals = {row.key: row for row in comparison.total_rows()}
    assert (totals["leaders"].before, totals["leaders"].after) == (28, 21)
    assert totals["leaders"].difference == -7
    assert totals["leaders"].percent == pytest.approx(-25.0)
    assert (totals["employees"].before, totals["employees"].after) == (168, 210)
    assert totals["density"].before == pytest.approx(6.0)
    assert totals["density"].after == pytest.approx(10.0)
    levels = {row.key: (row.before, row.after) for row in comparison.level_rows()}
    assert levels == {"virksomhet": (11, 12), "avdeling": (0, 9), "team": (17, 0)}


def test_seed_change_list_tells_the_measures_story(seeded_db: Database) -> None:
    changes = compare_scenarios(seeded_db, "Fra", "Til").changes
    moved = texts(changes, ChangeKind.MOVED)
    # S-S4, S-S6, S-S7, S-S5
    assert (
        "Anskaffelser moved from Innovasjon og utvikling to Virksomhetsstyring og økonomi" in moved
    )
    assert "Kommuneadvokaten moved from Virksomhetsstyring og økonomi to Organisasjon" in moved
    assert "Kommunesekretariatet moved from Virksomhetsstyring og økonomi to Organisasjon" in moved
    assert (
        "Eiendomsskattekontoret moved from Virksomhetsstyring og økonomi to Finans og regnskap"
        in moved
    )
    split = texts(changes, ChangeKind.SPLIT)
    assert "Kommunikasjon og service split into Kommunikasjon and Innbyggerdialog" in split  # S-S8
    assert "HR split into Personal og lønn and Organisasjonsutvikling" in split
    assert "Økonomi og finans split into Økonomi og analyse and Finans og regnskap" in split  # S-S3
    assert texts(changes, ChangeKind.MERGED) == [
        "HR and Tjenesteutvikling merged into Organisasjonsutvikling"  # S-S9
    ]
    renamed = texts(changes, ChangeKind.RENAMED)
    assert "Innovasjon og utvikling renamed Organisasjon" in renamed
    assert "Styring og eierskap renamed Kvalitet og styring" in renamed
    assert texts(changes, ChangeKind.CREATED) == ["Førstelinje created under Innbyggerdialog"]
    removed = texts(changes, ChangeKind.REMOVED)
    assert "Innkjøp removed from Anskaffelser" in removed
    # S-S2: a flatter structure, teams become sections
    relevelled = texts(changes, ChangeKind.RELEVELLED)
    assert "Lønn changed level from team to avdeling" in relevelled
    # A split unit is neither removed nor are its heirs created.
    all_text = " | ".join(change.describe() for change in changes)
    assert "Kommunikasjon og service removed" not in all_text
    assert "Innbyggerdialog created" not in all_text
    kinds = [change.kind for change in changes]
    assert kinds == sorted(kinds, key=list(ChangeKind).index)


def test_comparison_reversed_swaps_the_figures(seeded_db: Database) -> None:
    comparison = compare_scenarios(seeded_db, "Til", "Fra")
    totals = {row.key: row for row in comparison.total_rows()}
    assert (totals["leaders"].before, totals["leaders"].after) == (21, 28)
    assert totals["leaders"].percent == pytest.approx(100 / 3)
    # Førstelinje exists only in Til: seen from Til to Fra it is removed.
    assert "Førstelinje removed from Innbyggerdialog" in texts(
        comparison.changes, ChangeKind.REMOVED
    )


def test_same_scenario_has_no_changes(seeded_db: Database) -> None:
    comparison = compare_scenarios(seeded_db, "Til", "til")
    assert comparison.changes == []
    assert all(row.difference == 0 for row in comparison.rows())


def test_to_dict_holds_the_same_figures(seeded_db: Database) -> None:
    data = compare_scenarios(seeded_db, "Fra", "Til").to_dict()
    assert data["from"] == "Fra" and data["to"] == "Til"
    assert data["leaders"] == {"before": 28, "after": 21, "difference": -7, "percent": -25.0}
    assert data["density"]["before"] == 6.0 and data["density"]["after"] == 10.0
    assert data["leaders_by_level"]["team"]["after"] == 0
    assert any(change["kind"] == "split" for change in data["changes"])


def test_unknown_scenario_names_the_known_ones(seeded_db: Database) -> None:
    with pytest.raises(FredAppError, match=r"no scenario is called 'Etter'.*'Fra', 'Til'"):
        find_scenario(seeded_db, "Etter")


def unit(name: str, lineage: str, parent: Unit | None = None, **values) -> Unit:  # type: ignore[no-untyped-def]
    return Unit(
        scenario_id=uuid.uuid4(),
        parent_id=parent.id if parent else None,
        lineage_id=uuid.uuid5(uuid.NAMESPACE_DNS, lineage),
        name=name,
        **values,
    )


def lineage(key: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, key))


def test_split_where_the_old_unit_continues() -> None:
    old = [unit("A", "a")]
    new = [unit("A", "a"), unit("B", "b", predecessors=lineage("a"))]
    changes = compare_units(old, new)
    assert [change.describe() for change in changes] == ["A split into A and B"]


def test_one_to_one_replacement_is_a_rename_and_a_move() -> None:
    top1, top2 = unit("Top", "top"), unit("Other", "other")
    old = [top1, top2, unit("Old", "old", top1)]
    new_top1, new_top2 = unit("Top", "top"), unit("Other", "other")
    new = [new_top1, new_top2, unit("New", "new", new_top2, predecessors=lineage("old"))]
    described = [change.describe() for change in compare_units(old, new)]
    assert described == ["New moved from Top to Other", "Old renamed New"]


def test_cycle_in_damaged_data_does_not_hang() -> None:
    a = unit("A", "a")
    b = unit("B", "b", a)
    a.parent_id = b.id
    assert compare_units([a, b], [a, b]) == []


def test_leaders_without_title_are_not_counted() -> None:
    before = [unit("A", "a", headcount=10, leader_title="Leder"), unit("B", "b", headcount=5)]
    comparison = compare(before, [], "x", "y")
    assert comparison.before.leaders == 1 and comparison.before.employees == 15
    assert comparison.after.density is None
    assert comparison.total_rows()[2].percent is None


def test_cli_compare_text_and_json(seeded_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from fredapp.cli import main

    path = str(seeded_db.path)
    seeded_db.close()
    assert main(["compare", "Fra", "Til", "--db", path]) == 0
    out = capsys.readouterr().out
    assert "leaders in total      28    21      -7   -25.0 %" in out
    assert "density              6.0  10.0" in out
    assert "Kommunikasjon og service split into Kommunikasjon and Innbyggerdialog" in out
    assert main(["compare", "Fra", "Til", "--db", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["leaders"]["percent"] == -25.0
    assert data["employees"] == {"before": 168, "after": 210, "difference": 42, "percent": 25.0}
    assert main(["compare", "Fra", "Etter", "--db", path]) == 2
    assert "no scenario is called 'Etter'" in capsys.readouterr().err
