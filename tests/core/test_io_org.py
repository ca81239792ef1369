"""Kind ``org``: a scenario's units out to CSV/XLSX and back in, validated whole first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fredapp.core.calc.scenarios import compare_scenarios, find_scenario, scenario_units
from fredapp.core.errors import FredAppError, ImportExportError
from fredapp.core.io.org import lineage_for, plan_org_import
from fredapp.core.io.registry import export_kind, import_kind
from fredapp.core.service import DataService

HEADER = "id;parent_id;name;level;leader_title;leader;headcount\r\n"


def write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def counts(service: DataService) -> tuple[int, int, int]:
    with sqlite3.connect(service.database.path) as conn:
        return (
            conn.execute("SELECT count(*) FROM unit").fetchone()[0],
            conn.execute("SELECT count(*) FROM scenario").fetchone()[0],
            conn.execute("SELECT count(*) FROM changerecord").fetchone()[0],
        )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_keeps_the_tree_and_lineages(
    service: DataService, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"til{suffix}"
    assert export_kind(service.database, "org", path, scenario="Til") == 23
    assert import_kind(service, "org", path, scenario="Til kopi") == 23
    comparison = compare_scenarios(service.database, "Til", "Til kopi")
    assert comparison.changes == []
    assert comparison.after.leaders == 21 and comparison.after.employees == 210
    # predecessors survive: Fra against the copy tells the same story as Fra against Til
    story = compare_scenarios(service.database, "Fra", "Til kopi")
    assert [c.describe() for c in story.changes] == [
        c.describe() for c in compare_scenarios(service.database, "Fra", "Til").changes
    ]


def test_export_without_scenario_takes_the_current_one(
    service: DataService, tmp_path: Path
) -> None:
    path = tmp_path / "org.csv"
    export_kind(service.database, "org", path)
    text = path.read_bytes().decode("utf-8-sig")
    assert "Innbyggerdialog" in text and "Kommunikasjon og service" not in text
    assert text.startswith("id;parent_id;name;level;leader_title;leader;headcount;predecessors\r\n")


def test_norwegian_excel_csv_in_windows_1252(service: DataService, tmp_path: Path) -> None:
    text = (
        "Id;Forelder;Navn;Nivå;Ledertittel;Leder;Ansatte\r\n"
        "1;;Økonomistab;stab;;;0\r\n"
        "2;1;Lønn og regnskap;virksomhet;Virksomhetsleder;Åse Berg;1 200\r\n"
        "3;2;Fakturamottak;;Teamleder;;4\r\n"
    )
    path = write(tmp_path / "org.csv", text, "cp1252")
    assert import_kind(service, "org", path, scenario="Ny") == 3
    scenario = find_scenario(service.database, "Ny")
    units = {unit.name: unit for unit in scenario_units(service.database, scenario.id)}
    assert units["Lønn og regnskap"].leader_name == "Åse Berg"
    assert units["Lønn og regnskap"].headcount == 1200
    assert units["Fakturamottak"].level == "avdeling"  # from its depth
    assert units["Fakturamottak"].parent_id == units["Lønn og regnskap"].id
    assert units["Økonomistab"].lineage_id == lineage_for("1")
    assert all(unit.device == service.device for unit in units.values())


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("1;;A;stab;;;0\r\n2;3;B;;;;1\r\n3;2;C;;;;1\r\n", "rows 3, 4: the parents form a cycle"),
        ("1;;A;stab;;;0\r\n2;9;B;;;;1\r\n", "row 3, column 'parent_id': unknown parent '9'"),
        ("1;;A;stab;;;0\r\n1;;B;stab;;;0\r\n", "rows 2 and 3: duplicate id '1'"),
        ("1;;A;stab;;;mange\r\n", "row 2, column 'headcount': 'mange' is not a number"),
        ("1;;A;stab;;;2,5\r\n", "row 2, column 'headcount': '2,5' is not a whole number"),
        ("1;;A;seksjon;;;1\r\n", "row 2, column 'level': 'seksjon' is not a level"),
        ("1;;;stab;;;1\r\n", "row 2, column 'name': empty"),
        ("1;1;A;stab;;;1\r\n", "row 2: the unit '1' is its own parent"),
    ],
)
def test_bad_files_name_the_rows_and_import_nothing(
    service: DataService, tmp_path: Path, rows: str, message: str
) -> None:
    before = counts(service)
    path = write(tmp_path / "bad.csv", HEADER + rows)
    with pytest.raises(ImportExportError) as info:
        import_kind(service, "org", path, scenario="Ny")
    assert message in str(info.value)
    assert "nothing changed" in str(info.value)
    assert counts(service) == before


def test_every_bad_row_is_named_at_once(service: DataService, tmp_path: Path) -> None:
    rows = "1;;A;stab;;;x\r\n2;7;B;;;;1\r\n2;;C;;;;1\r\n"
    path = write(tmp_path / "bad.csv", HEADER + rows)
    with pytest.raises(ImportExportError) as info:
        import_kind(service, "org", path, scenario="Ny")
    text = str(info.value)
    assert "row 2, column 'headcount'" in text
    assert "rows 3 and 4: duplicate id '2'" in text
    assert "row 3, column 'parent_id'" in text


def test_national_id_in_a_cell_is_refused(service: DataService, tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", HEADER + "1;;A;stab;;Kari 15076500565;1\r\n")
    before = counts(service)
    with pytest.raises(ImportExportError, match="row 2, column 'leader'"):
        import_kind(service, "org", path, scenario="Ny")
    assert counts(service) == before


def test_missing_columns_and_scenario_are_refused(service: DataService, tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "navn;ansatte\r\nA;1\r\n")
    with pytest.raises(ImportExportError, match="missing columns"):
        import_kind(service, "org", path, scenario="Ny")
    good = write(tmp_path / "good.csv", HEADER + "1;;A;stab;;;0\r\n")
    with pytest.raises(ImportExportError, match="--scenario"):
        import_kind(service, "org", good)


def test_reimport_updates_in_place(service: DataService, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", HEADER + "1;;A;stab;;;0\r\n2;1;B;;Leder;;5\r\n3;1;C;;;;2\r\n")
    import_kind(service, "org", path, scenario="Ny")
    scenario = find_scenario(service.database, "Ny")
    first = {unit.name: unit.id for unit in scenario_units(service.database, scenario.id)}
    changed = write(tmp_path / "b.csv", HEADER + "1;;A;stab;;;0\r\n2;1;B2;;Leder;;6\r\n")
    plan = plan_org_import(service, changed, "ny")
    assert (plan.created, plan.updated, plan.deleted, plan.new_scenario) == (0, 1, 1, False)
    service.apply_many(plan.changes)
    units = {unit.name: unit for unit in scenario_units(service.database, scenario.id)}
    assert set(units) == {"A", "B2"}
    assert units["B2"].id == first["B"] and units["B2"].headcount == 6


def test_cli_import_and_export_org(service: DataService, tmp_path: Path) -> None:
    from fredapp.cli import main

    db = str(service.database.path)
    out = tmp_path / "fra.xlsx"
    service.database.close()
    assert main(["export", "org", str(out), "--scenario", "Fra", "--db", db]) == 0
    assert main(["import", "org", str(out), "--scenario", "Fra igjen", "--db", db]) == 0
    assert main(["compare", "Fra", "Fra igjen", "--db", db, "--json"]) == 0
    bad = write(tmp_path / "bad.csv", HEADER + "1;;A;stab;;;0\r\n2;1;B;;;;-4\r\n")
    assert main(["import", "org", str(bad), "--scenario", "X", "--db", db]) == 2
    with pytest.raises(FredAppError):
        from fredapp.core.db import open_database

        database = open_database(Path(db), create=False, read_only=True)
        try:
            find_scenario(database, "X")
        finally:
            database.close()
