"""The board's rules: codes, duplicates, overdue measures, filters; measure import."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from sqlmodel import col, select

from fredapp.core import seed
from fredapp.core.calc.measures import (
    MeasureFilter,
    code_number,
    filter_measures,
    is_duplicate_code,
    is_overdue,
    next_free_code,
)
from fredapp.core.db import Database
from fredapp.core.errors import ImportExportError
from fredapp.core.io import export_kind, import_kind
from fredapp.core.io.formats import write_table
from fredapp.core.io.measures import COLUMNS, plan_measure_import
from fredapp.core.models import ChangeRecord, Measure, Unit
from fredapp.core.service import DataService

TODAY = dt.date(2024, 6, 1)


def measures(db: Database) -> dict[str, Measure]:
    with db.session() as session:
        rows = session.exec(select(Measure).where(col(Measure.deleted).is_(False)))
        return {m.code: m for m in rows}


def fake(**values: object) -> SimpleNamespace:
    base: dict[str, object] = {
        "id": uuid.uuid4(),
        "code": "S-S1",
        "title": "Tittel",
        "dimension": "S",
        "level": "stab",
        "status": "pagar",
        "owner_unit_id": None,
        "due_date": None,
        "notes": "",
    }
    return SimpleNamespace(**{**base, **values})


# -- codes ---------------------------------------------------------------------------------


def test_code_numbers_belong_to_their_dimension_and_level() -> None:
    assert code_number("S-KK3", "KK", "stab") == 3
    assert code_number("KK3", "KK", "kommune") == 3
    assert code_number("S-KK3", "KK", "kommune") is None
    assert code_number("S-KKV3", "KK", "stab") is None
    assert code_number("S-S0*", "S", "stab") == 0


def test_next_free_code_of_the_seed(seeded_db: Database) -> None:
    codes = list(measures(seeded_db))
    assert next_free_code(codes, "S", "stab") == "S-S10"  # S-S0 … S-S9
    assert next_free_code(codes, "KKV", "stab") == "S-KKV4"
    assert next_free_code(codes, "KKV", "kommune") == "KKV3"
    assert next_free_code(codes, "S", "kommune") == "S8"
    assert next_free_code([], "P", "kommune") == "P1"
    assert next_free_code(["A1", "A7", "S-A9"], "A", "kommune") == "A8"  # gaps stay gaps


def test_duplicate_codes_ignore_case_and_the_measure_itself() -> None:
    own, other = uuid.uuid4(), uuid.uuid4()
    taken = [(own, "S-S4"), (other, "KK1")]
    assert is_duplicate_code(" kk1 ", taken)
    assert is_duplicate_code("S-S4", taken, own_id=other)
    assert not is_duplicate_code("S-S4", taken, own_id=own)
    assert not is_duplicate_code("S-S11", taken)


def test_overdue_when_due_date_passed_and_not_done() -> None:
    assert is_overdue(fake(due_date=dt.date(2024, 5, 31)), TODAY)
    assert not is_overdue(fake(due_date=TODAY), TODAY)
    assert not is_overdue(fake(due_date=None), TODAY)
    assert not is_overdue(fake(due_date=dt.date(2020, 1, 1), status="fullfort"), TODAY)
    assert is_overdue(fake(due_date=dt.date(2020, 1, 1), status="stilt_i_bero"), TODAY)


def test_filter_by_each_field_and_free_text() -> None:
    owner = uuid.uuid4()
    items = [
        fake(code="S-S4", title="Flytte Anskaffelser", owner_unit_id=owner),
        fake(code="KKV1", title="Styrke internkommunikasjon", dimension="KKV", level="kommune"),
        fake(code="S-K1", title="Kultur", dimension="K", status="fullfort", notes="Se notat"),
    ]
    codes = lambda f, **kw: [m.code for m in filter_measures(items, f, **kw)]  # noqa: E731
    assert codes(MeasureFilter()) == ["S-S4", "KKV1", "S-K1"]
    assert MeasureFilter().is_empty and not MeasureFilter(text="x").is_empty
    assert codes(MeasureFilter(dimensions=frozenset({"KKV", "K"}))) == ["KKV1", "S-K1"]
    assert codes(MeasureFilter(levels=frozenset({"kommune"}))) == ["KKV1"]
    assert codes(MeasureFilter(statuses=frozenset({"fullfort"}))) == ["S-K1"]
    assert codes(MeasureFilter(owners=frozenset({owner}))) == ["S-S4"]
    assert codes(MeasureFilter(text="INTERNkommunikasjon")) == ["KKV1"]
    assert codes(MeasureFilter(text="notat")) == ["S-K1"]  # notes are searched
    assert codes(MeasureFilter(text="innkjøp"), owner_names={owner: "Innkjøp"}) == ["S-S4"]
    assert codes(MeasureFilter(text="flytte styrke")) == []  # every word must match


# -- import --------------------------------------------------------------------------------


# The columns of a file made before measures had a start date: such a file still imports,
# and leaves the start dates alone (the start column is tested in test_timeline_data.py).
OLDER_COLUMNS = [column for column in COLUMNS if column != "start"]


def write(path: Path, rows: list[list[object]], header: list[str] = OLDER_COLUMNS) -> Path:
    write_table(path, header, rows)
    return path


def test_round_trip_changes_nothing(service: DataService, tmp_path: Path) -> None:
    for suffix in ("csv", "xlsx"):
        path = tmp_path / f"m.{suffix}"
        export_kind(service.database, "measures", path)
        plan = plan_measure_import(service, path)
        assert (plan.rows, plan.created, plan.updated, plan.unchanged) == (46, 0, 0, 46)
        assert plan.changes == []


def test_import_updates_only_differing_fields_and_adds_new_codes(
    service: DataService, seeded_db: Database, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "m.csv",
        [
            [
                "S-S4",
                measures(seeded_db)["S-S4"].title,
                "S",
                "stab",
                "fullfort",
                "Anskaffelser",
                "30.06.2024",
                5,
                2,
                "Ferdig",
            ],
            ["S-S10", "Nytt strukturtiltak", "", "", "Pågår", "", "2025-01-31", "", "", ""],
            [
                "kk9",
                "Nytt kommunetiltak",
                "Kompetanse og kapasitet",
                "kommune",
                "",
                "",
                "",
                4,
                1,
                "",
            ],
        ],
    )
    assert import_kind(service, "measures", path) == 3
    after = measures(seeded_db)
    s4 = after["S-S4"]
    assert (s4.status, s4.due_date, s4.effect, s4.effort, s4.notes) == (
        "fullfort",
        dt.date(2024, 6, 30),
        5,
        2,
        "Ferdig",
    )
    with seeded_db.session() as session:
        owner = session.get(Unit, s4.owner_unit_id)
        history = session.exec(
            select(ChangeRecord.field_name).where(ChangeRecord.record_id == s4.id)
        ).all()
    assert owner is not None and owner.name == "Anskaffelser"
    # the title was the same: only the differing fields are written and recorded
    assert sorted(history) == ["due_date", "effect", "effort", "notes", "owner_unit_id", "status"]
    assert s4.device == service.device and s4.stamp > seed.SEED_STAMP
    new = after["S-S10"]
    assert (new.level, new.dimension, new.status, new.due_date) == (
        "stab",
        "S",
        "pagar",
        dt.date(2025, 1, 31),
    )
    kk9 = after["kk9"]
    assert (kk9.level, kk9.dimension, kk9.effect, kk9.effort) == ("kommune", "KK", 4, 1)
    assert kk9.sort_order > max(m.sort_order for c, m in after.items() if c != "kk9") - 1
    assert len(after) == 48


def test_import_of_columns_left_out_keeps_the_fields(
    service: DataService, seeded_db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path / "m.xlsx", [["s-s4", "pagar"]], header=["Code", "Status"])
    plan = plan_measure_import(service, path)
    assert plan.updated == 1 and plan.changes[0].after == {"status": "pagar"}
    import_kind(service, "measures", path)
    assert measures(seeded_db)["S-S4"].status == "pagar"
    assert measures(seeded_db)["S-S4"].title.startswith("Flytte Anskaffelser")


def test_bad_rows_are_all_named_and_nothing_is_imported(
    service: DataService, seeded_db: Database, tmp_path: Path
) -> None:
    before = {code: m.model_dump() for code, m in measures(seeded_db).items()}
    path = write(
        tmp_path / "m.csv",
        [
            ["S-S4", "Ny tittel", "S", "stab", "pagar", "", "", 3, 3, ""],  # fine on its own
            ["S-S5", "x", "Z", "stab", "pagar", "", "", 3, 3, ""],
            ["", "Uten kode", "S", "stab", "", "", "", "", "", ""],
            ["S-S6", "x", "S", "stab", "ferdig?", "", "", 3, 3, ""],
            ["S-S7", "x", "S", "stab", "pagar", "Finnes ikke", "", 3, 3, ""],
            ["S-S8", "x", "S", "stab", "pagar", "", "31/12/2024", 3, 3, ""],
            ["S-S9", "x", "S", "stab", "pagar", "", "", 6, "2,5", ""],
            ["S-S4", "igjen", "S", "stab", "pagar", "", "", 3, 3, ""],
            ["S-S20", "", "S", "stab", "pagar", "", "", 3, 3, ""],
            ["S-RA1", "Ring 150765 00565", "RA", "stab", "pagar", "", "", 3, 3, ""],
        ],
    )
    with pytest.raises(ImportExportError) as caught:
        import_kind(service, "measures", path)
    message = str(caught.value)
    assert message.startswith("m.csv: nothing was imported; rows refused: 9\n")
    for expected in (
        "row 3, column 'dimension': 'Z' is not one of S, RA, KK, A, P, KKV, K",
        "row 4, column 'code': is empty",
        "row 5, column 'status': 'ferdig?' is not one of",
        "row 6, column 'owner': no unit is named 'Finnes ikke'",
        "row 7, column 'due': '31/12/2024' is not a date",
        "row 8, column 'effect': '6' is not a whole number from 1 to 5",
        "row 8, column 'effort': '2,5'",
        "row 9: code 'S-S4' is also in row 2",
        "row 10, column 'title': a new measure needs a title",
        "row 11: ",
    ):
        assert expected in message, expected
    assert "fødselsnummer" in message
    after = {code: m.model_dump() for code, m in measures(seeded_db).items()}
    assert after == before


def test_unknown_or_missing_columns(service: DataService, tmp_path: Path) -> None:
    with pytest.raises(ImportExportError, match="unknown columns titel; the columns are code"):
        import_kind(
            service, "measures", write(tmp_path / "a.csv", [["S1", "x"]], ["code", "titel"])
        )
    with pytest.raises(ImportExportError, match="the column 'code' is missing"):
        import_kind(service, "measures", write(tmp_path / "b.csv", [["x"]], ["title"]))
    with pytest.raises(ImportExportError, match="the column 'code' appears twice"):
        import_kind(service, "measures", write(tmp_path / "c.csv", [["x", "y"]], ["code", "Code"]))


def test_export_only_the_filtered_measures(seeded_db: Database, tmp_path: Path) -> None:
    from fredapp.core.io.measures import export_measures

    chosen = [m.id for m in measures(seeded_db).values() if m.dimension == "KKV"]
    assert export_measures(seeded_db, tmp_path / "kkv.xlsx", only=chosen) == 5
    workbook = openpyxl.load_workbook(tmp_path / "kkv.xlsx")
    codes = [row[0] for row in workbook.worksheets[0].iter_rows(min_row=2, values_only=True)]
    workbook.close()
    assert sorted(codes) == ["KKV1", "KKV2", "S-KKV1", "S-KKV2", "S-KKV3"]


def test_command_line_import_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fredapp.cli import main

    database = tmp_path / "cli.sqlite"
    assert main(["demo", "--db", str(database)]) == 0
    exported = tmp_path / "tiltak.xlsx"
    assert main(["export", "measures", str(exported), "--db", str(database)]) == 0
    source = write(tmp_path / "inn.csv", [["S-S4", "", "", "", "fullfort", "", "", 5, 2, ""]])
    capsys.readouterr()
    assert main(["import", "measures", str(source), "--db", str(database)]) == 2  # empty title
    assert "row 2, column 'title': is empty" in capsys.readouterr().err
    source = write(
        tmp_path / "inn.csv", [["S-S4", "Ny", "S", "stab", "fullfort", "", "", 5, 2, ""]]
    )
    assert main(["import", "measures", str(source), "--db", str(database)]) == 0
    assert "imported 1 measures rows" in capsys.readouterr().out
    assert main(["import", "measures", str(exported), "--db", str(database)]) == 0  # back again
    from fredapp.core.db import open_database

    db = open_database(database)
    try:
        s4 = measures(db)["S-S4"]
        assert (s4.title.startswith("Flytte"), s4.status, s4.effect) == (True, "ikke_startet", 3)
    finally:
        db.close()
