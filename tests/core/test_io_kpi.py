"""Import and export of the key-figure kinds: calls, goals, benchmarks."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlmodel import col, func, select

from fredapp.core.calc.calls import call_periods, call_rows
from fredapp.core.db import Database
from fredapp.core.errors import ImportExportError
from fredapp.core.io import export_kind, import_kind
from fredapp.core.io.kpi_common import DuplicatePeriodError, parse_duration, parse_period
from fredapp.core.models import Benchmark, ChangeRecord, Goal, KpiPoint, KpiSeries
from fredapp.core.paths import resources_dir
from fredapp.core.service import DataService

EXAMPLES = resources_dir() / "examples"
CALL_HEADER = "period;table;category;calls;answered;unanswered;longest"
GOAL_HEADER = "title;direction;target;unit;baseline_period;baseline;outcome_period;outcome"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))


def xlsx_rows(path: Path) -> list[list[Any]]:
    workbook = openpyxl.load_workbook(path)
    rows = [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    workbook.close()
    return rows


def counts(db: Database) -> tuple[int, ...]:
    with db.session() as session:
        return tuple(
            session.exec(select(func.count()).select_from(model)).one()
            for model in (KpiPoint, KpiSeries, Goal, Benchmark, ChangeRecord)
        )


# -- cells ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2023", "2023"),
        ("2023-4", "2023-04"),
        ("4.2023", "2023-04"),
        ("04/2023", "2023-04"),
        ("april 2023", "2023-04"),
        ("Apr. 2023", "2023-04"),
        ("mai 2024", "2024-05"),
        ("des 23", "2023-12"),
        ("Oktober 2022", "2022-10"),
        ("2023-04-30", "2023-04-30"),
        ("30.04.2023", "2023-04-30"),
    ],
)
def test_periods_with_norwegian_month_names(text: str, period: str) -> None:
    assert parse_period(text, row=2, column="periode") == period


@pytest.mark.parametrize("text", ["apil 2023", "13.2023", "2023-13", "31.02.2023", "forrige år"])
def test_bad_periods_name_the_cell(text: str) -> None:
    with pytest.raises(ImportExportError, match=r"row 7, column 'periode'"):
        parse_period(text, row=7, column="periode")


def test_durations() -> None:
    assert parse_duration("00:42:48", row=2, column="c") == 2568
    assert parse_duration("1:05:00", row=2, column="c") == 3900
    assert parse_duration("1 day, 2:00:00", row=2, column="c") == 93600
    assert parse_duration("", row=2, column="c") is None
    for bad in ("42:48", "00:61:00", "0:42:4x", "lang"):
        with pytest.raises(ImportExportError, match=r"row 3, column 'maks'.*hh:mm:ss"):
            parse_duration(bad, row=3, column="maks")


# -- exports, opened again -----------------------------------------------------------------


def test_calls_export_csv_and_xlsx(seeded_db: Database, tmp_path: Path) -> None:
    assert export_kind(seeded_db, "calls", tmp_path / "c.csv") == 10
    rows = csv_rows(tmp_path / "c.csv")
    assert rows[0] == CALL_HEADER.split(";")
    assert rows[1] == ["2023", "hour", "08:00-09:00", "293", "276", "17", "00:05:41"]
    assert rows[9] == ["2023", "queue", "Innbyggerdialog", "4737", "4486", "251", "00:42:48"]
    export_kind(seeded_db, "calls", tmp_path / "c.xlsx")
    sheet = xlsx_rows(tmp_path / "c.xlsx")
    assert sheet[3] == ["2023", "hour", "10:00-11:00", 844, 805, 39, "00:23:32"]


def test_goals_export_carries_computed_change_and_reached(
    seeded_db: Database, tmp_path: Path
) -> None:
    export_kind(seeded_db, "goals", tmp_path / "g.csv")
    rows = csv_rows(tmp_path / "g.csv")
    assert rows[0][-3:] == ["change", "change_pct", "reached"]
    assert rows[1][-3:] == ["-2073", "-29,9", "ja"]
    assert rows[5][-3:] == ["-1104", "-20,2", "nei"]
    assert [row[-1] for row in rows[1:]] == ["ja", "nei", "nei", "ja", "nei", "ja", "nei", ""]
    assert rows[8][5] == "" and rows[8][7] == "" and rows[8][8] == ""  # missing stays missing
    export_kind(seeded_db, "goals", tmp_path / "g.xlsx")
    sheet = xlsx_rows(tmp_path / "g.xlsx")
    assert sheet[4][5:] == [3134, "2023-04", 4703, 1569, 50.1, "ja"]
    assert sheet[8][5] is None and sheet[8][10] in (None, "")


def test_benchmarks_export_sorted_lowest_first(seeded_db: Database, tmp_path: Path) -> None:
    export_kind(seeded_db, "benchmarks", tmp_path / "b.xlsx")
    sheet = xlsx_rows(tmp_path / "b.xlsx")
    assert sheet[0] == ["measure", "municipality", "value", "unit", "period", "home"]
    hr = [row for row in sheet[1:] if row[0] == "HR drift"]
    assert [row[2] for row in hr] == [8.7, 10, 10.2, 11.5, 11.8]
    assert [row[1] for row in hr if row[5] == "ja"] == ["Fredrikstad"]


def test_an_unchanged_export_imports_back_without_a_question_and_changes_nothing(
    seeded_db: Database, service: DataService, tmp_path: Path
) -> None:
    for kind in ("calls", "goals", "benchmarks"):
        path = tmp_path / f"{kind}.xlsx"
        export_kind(seeded_db, kind, path)
        before = counts(seeded_db)
        import_kind(service, kind, path)  # the figures held are the file's: no clash
        assert counts(seeded_db) == before


# The column of a figure to change in the second row: calls, a goal's outcome, a value.
_CHANGED_COLUMN = {"calls": 4, "goals": 8, "benchmarks": 3}


def test_changed_figures_import_again_only_with_replace(
    seeded_db: Database, service: DataService, tmp_path: Path
) -> None:
    for kind, column in _CHANGED_COLUMN.items():
        path = tmp_path / f"{kind}.xlsx"
        export_kind(seeded_db, kind, path)
        workbook = openpyxl.load_workbook(path)
        workbook.worksheets[0].cell(row=2, column=column).value = 12345
        workbook.save(path)
        before = counts(seeded_db)
        with pytest.raises(DuplicatePeriodError):
            import_kind(service, kind, path)
        assert counts(seeded_db) == before
        import_kind(service, kind, path, replace=True)
        again = tmp_path / f"{kind}-again.xlsx"
        export_kind(seeded_db, kind, again)
        assert 12345 in [row[column - 1] for row in xlsx_rows(again)]


# -- the example files ---------------------------------------------------------------------


def test_example_calls_windows_1252_with_norwegian_headers(
    seeded_db: Database, service: DataService
) -> None:
    assert (EXAMPLES / "samtaler.csv").read_bytes().count(b"\xf8") > 0  # 'ø' in cp1252
    assert import_kind(service, "calls", EXAMPLES / "samtaler.csv") == 5
    with seeded_db.session() as session:
        assert call_periods(session) == ["2023", "2024-05"]
        queues = call_rows(session, "queue", "2024-05")
        hours = call_rows(session, "hour", "2024-05")
        seed_hours = call_rows(session, "hour", "2023")
    assert [q.category for q in queues] == [
        "Innbyggerdialog",
        "Førstelinjen miljø og byutviklingsetaten",
    ]
    assert queues[0].calls == 1388 and queues[0].longest_s == 31 * 60 + 2
    assert [h.answered for h in hours] == [240, 661, 680]
    assert len(seed_hours) == 8  # the other period is untouched


def test_example_calls_xlsx_with_time_cells(seeded_db: Database, service: DataService) -> None:
    assert import_kind(service, "calls", EXAMPLES / "samtaler.xlsx") == 3
    with seeded_db.session() as session:
        hours = call_rows(session, "hour", "2024-06")
    assert hours[0].longest_s == 6 * 60 + 3


def test_example_goals(seeded_db: Database, service: DataService) -> None:
    assert import_kind(service, "goals", EXAMPLES / "mal.csv") == 3
    with seeded_db.session() as session:
        goals = session.exec(select(Goal).where(Goal.outcome_period == "2024-05")).all()
    by_title = {goal.title: goal for goal in goals}
    kari = by_title["Kari-andel 20 % av besvarte samtaler (mai)"]
    assert kari.baseline == 14.5 and kari.outcome == 21.5 and kari.baseline_period == "2023-05"
    minside = by_title["Øke klikk Min side 25 % (mai)"]
    assert minside.baseline == 3020 and minside.outcome is None


def test_example_benchmarks_comma_separated(seeded_db: Database, service: DataService) -> None:
    assert import_kind(service, "benchmarks", EXAMPLES / "sammenligning.csv") == 4
    with seeded_db.session() as session:
        rows = session.exec(select(Benchmark).where(Benchmark.period == "2024")).all()
    values = {row.municipality: (row.value, row.is_home) for row in rows}
    assert values["Fredrikstad"] == (9.6, True) and values["Drammen"] == (10.1, False)


# -- what an import writes -----------------------------------------------------------------


def test_import_is_stamped_and_in_the_history(
    seeded_db: Database, service: DataService, tmp_path: Path
) -> None:
    path = write(tmp_path / "b.csv", "measure;municipality;value\nLønn;Fredrikstad;25,5\n")
    import_kind(service, "benchmarks", path)
    with seeded_db.session() as session:
        row = session.exec(
            select(Benchmark).where(Benchmark.measure == "Lønn", Benchmark.period == "")
        ).one()
        history = session.exec(select(ChangeRecord).where(ChangeRecord.record_id == row.id)).all()
    assert row.value == 25.5 and row.is_home  # Fredrikstad is home without a 'home' column
    assert row.device == service.device and row.stamp
    assert len(history) == 1 and history[0].author == "Kari Tester"


def test_replace_updates_a_goal_in_place(
    seeded_db: Database, service: DataService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "g.csv",
        f"{GOAL_HEADER}\nØke klikk Min side 25 % (juli);øk med;25;klikk;juli 2022;3000;"
        "juli 2023;3600\n",
    )
    with pytest.raises(DuplicatePeriodError, match="Min side"):
        import_kind(service, "goals", path)
    import_kind(service, "goals", path, replace=True)
    with seeded_db.session() as session:
        goals = session.exec(
            select(Goal).where(col(Goal.title).startswith("Øke klikk Min side 25 % (juli)"))
        ).all()
    assert len(goals) == 1 and goals[0].baseline == 3000 and goals[0].outcome == 3600


def test_replace_of_calls_removes_the_old_rows_of_that_period(
    seeded_db: Database, service: DataService, tmp_path: Path
) -> None:
    path = write(tmp_path / "c.csv", f"{CALL_HEADER}\n2023;hour;08:00-09:00;10;9;1;00:01:00\n")
    import_kind(service, "calls", path, replace=True)
    with seeded_db.session() as session:
        hours = call_rows(session, "hour", "2023")
        queues = call_rows(session, "queue", "2023")
    assert [(h.category, h.calls) for h in hours] == [("08:00-09:00", 10)]
    assert len(queues) == 2  # per queue was not in the file: kept


def test_empty_figures_are_imported_as_missing(
    seeded_db: Database, service: DataService, tmp_path: Path
) -> None:
    path = write(tmp_path / "c.csv", f"{CALL_HEADER}\n2025-01;queue;Kari;;;;\n")
    import_kind(service, "calls", path)
    with seeded_db.session() as session:
        (row,) = call_rows(session, "queue", "2025-01")
    assert row.calls is None and row.longest_s is None


# -- every import error: a message naming row and column, and nothing imported -------------


@pytest.mark.parametrize(
    ("kind", "text", "message"),
    [
        ("calls", "period;table;category;calls;answered;unanswered\n", "'longest' is missing"),
        (
            "calls",
            f"{CALL_HEADER};extra\n2024;hour;x;1;1;0;00:00:01;\n",
            "row 1, column 8: unknown column 'extra'",
        ),
        (
            "calls",
            f"{CALL_HEADER}\n2024;hour;08-09;12x;1;0;00:00:01\n",
            "row 2, column 'calls': '12x' is not a number",
        ),
        (
            "calls",
            f"{CALL_HEADER}\n2024;hour;08-09;1;1;0;00:00:01\n2024;hour;09-10;1;1;0;7 min\n",
            "row 3, column 'longest': '7 min' is not a duration",
        ),
        (
            "calls",
            f"{CALL_HEADER}\nsnart;hour;08-09;1;1;0;00:00:01\n",
            "row 2, column 'period': 'snart' is not a period",
        ),
        (
            "calls",
            f"{CALL_HEADER}\n2024;dag;08-09;1;1;0;00:00:01\n",
            "row 2, column 'table': 'dag' is neither hour nor queue",
        ),
        (
            "calls",
            f"{CALL_HEADER}\n2024;hour;08-09;1;1;0;00:00:01\n2024;hour;08-09;2;2;0;\n",
            "row 3: a second row for 08-09 .hour. in the period 2024; the first is row 2",
        ),
        ("calls", f"{CALL_HEADER}\n", "has a header but no rows"),
        (
            "goals",
            f"{GOAL_HEADER}\nMål;halvere;50;;;1;;2\n",
            "row 2, column 'direction': 'halvere' is not a direction",
        ),
        ("goals", f"{GOAL_HEADER}\nMål;reach;;;;1;;2\n", "row 2, column 'target': is empty"),
        (
            "goals",
            f"{GOAL_HEADER}\nMål;reach;5;;;1;;2\nmål;reach;6;;;1;;2\n",
            "row 3: the goal 'mål' .* appears twice; the first is row 2",
        ),
        (
            "benchmarks",
            "measure;municipality;value;home\nLønn;Moss;1;kanskje\n",
            "row 2, column 'home': 'kanskje' is neither ja nor nei",
        ),
        (
            "benchmarks",
            "measure;municipality;value\nLønn;Moss;1\nLønn;moss;2\n",
            "row 3: moss appears twice for Lønn",
        ),
        (
            "benchmarks",
            "measure;kommune;value;kommune\nLønn;Moss;1;Moss\n",
            "row 1, column 4: the column 'municipality' appears twice",
        ),
    ],
)
def test_import_errors_change_nothing(
    seeded_db: Database,
    service: DataService,
    tmp_path: Path,
    kind: str,
    text: str,
    message: str,
) -> None:
    before = counts(seeded_db)
    path = write(tmp_path / f"{kind}.csv", text)
    with pytest.raises(ImportExportError, match=message):
        import_kind(service, kind, path, replace=True)
    assert counts(seeded_db) == before


def test_an_error_late_in_the_file_imports_nothing(
    seeded_db: Database, service: DataService, tmp_path: Path
) -> None:
    lines = [f"2030;hour;{h:02d}:00;{h};{h};0;00:01:00" for h in range(8, 16)]
    lines.append("2030;hour;16:00;5;5;0;99:99")
    before = counts(seeded_db)
    with pytest.raises(ImportExportError, match="row 10, column 'longest'"):
        import_kind(service, "calls", write(tmp_path / "c.csv", "\n".join([CALL_HEADER, *lines])))
    assert counts(seeded_db) == before


def test_duplicate_period_refused_names_the_period(
    seeded_db: Database, service: DataService, tmp_path: Path
) -> None:
    before = counts(seeded_db)
    example = (EXAMPLES / "sammenligning.csv").read_text(encoding="utf-8")
    changed = write(tmp_path / "endret.csv", example.replace('"10,1"', '"10,2"'))
    with pytest.raises(DuplicatePeriodError) as info:
        import_kind(service, "benchmarks", EXAMPLES / "sammenligning.csv")
        import_kind(service, "benchmarks", EXAMPLES / "sammenligning.csv")  # the same: no clash
        import_kind(service, "benchmarks", changed)
    assert info.value.periods == ["HR drift 2024"]
    assert counts(seeded_db) != before  # the first import went in, once
    with seeded_db.session() as session:
        assert len(session.exec(select(Benchmark).where(Benchmark.period == "2024")).all()) == 4


def test_cli_refuses_a_held_period_unless_replace(seeded_db: Database, tmp_path: Path) -> None:
    path = seeded_db.path
    seeded_db.close()
    out = tmp_path / "calls.csv"
    base = [sys.executable, "-m", "fredapp"]
    subprocess.run([*base, "export", "calls", str(out), "--db", str(path)], check=True)
    same = subprocess.run(
        [*base, "import", "calls", str(out), "--db", str(path)], capture_output=True, text=True
    )
    assert same.returncode == 0, same.stderr  # the figures held are the file's: no clash
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    lines[1] = lines[1].replace(";293;", ";294;")  # one figure differs: the period clashes
    out.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    refused = subprocess.run(
        [*base, "import", "calls", str(out), "--db", str(path)], capture_output=True, text=True
    )
    assert refused.returncode == 2
    # Only the table whose figure differs clashes; the queues held are the file's.
    assert "already holds call figures for:\n2023 (per hour)\nNothing" in refused.stderr
    assert "--replace" in refused.stderr
    done = subprocess.run(
        [*base, "import", "calls", str(out), "--db", str(path), "--replace"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "imported 10 calls rows" in done.stdout


def test_an_option_a_kind_does_not_take_is_refused(
    service: DataService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fredapp.core.io import registry

    def plain_importer(service: DataService, path: Path) -> int:
        raise AssertionError("must not be called")

    monkeypatch.setitem(registry.KINDS, "plain", registry.Kind("plain", import_=plain_importer))
    with pytest.raises(ImportExportError, match="importing 'plain' does not take --replace"):
        import_kind(service, "plain", tmp_path / "x.csv", replace=True)
