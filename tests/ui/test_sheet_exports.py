"""The window's spreadsheets are for people, in its language, and come back in unchanged;
``fredapp export KIND FILE --lang`` writes the very same file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text
from sqlmodel import SQLModel, select

from fredapp.cli import main as cli
from fredapp.core.calc.scenarios import compare_scenarios
from fredapp.core.db import Database
from fredapp.core.models import KpiPoint, KpiSeries, Measure
from fredapp.core.queries import current_scenario
from fredapp.ui.context import AppContext
from fredapp.ui.i18n import Translations
from fredapp.ui.main_window import MainWindow
from fredapp.ui.organisation.export import export_comparison


def records(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    with database.engine.connect() as connection:
        return {
            table.name: sorted(
                map(tuple, connection.execute(text(f'SELECT * FROM "{table.name}"'))), key=repr
            )
            for table in SQLModel.metadata.sorted_tables
        }


def cells(path: Path) -> tuple[str, list[tuple[Any, ...]], Any, Any, list[float]]:
    """What a reader gets from a workbook's first sheet."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    widths = [dimension.width for _letter, dimension in sorted(sheet.column_dimensions.items())]
    found = (
        sheet.title,
        list(sheet.iter_rows(values_only=True)),
        sheet.freeze_panes,
        sheet.auto_filter.ref,
        widths,
    )
    workbook.close()
    return found


@pytest.mark.parametrize(
    ("language", "title", "header", "status"),
    [
        ("nb", "Tiltak", ("Kode", "Tittel", "Dimensjon"), "Ikke startet"),
        ("en", "Measures", ("Code", "Title", "Dimension"), "Not started"),
    ],
)
def test_the_window_and_the_command_line_write_the_same_sheet_for_people(
    window: MainWindow,
    context: AppContext,
    translations: Translations,
    tmp_path: Path,
    language: str,
    title: str,
    header: tuple[str, ...],
    status: str,
) -> None:
    translations.install(language)
    assert window.export_measures_to(tmp_path / "window.xlsx")
    db = str(context.database.path)
    assert (
        cli(["export", "measures", str(tmp_path / "cli.xlsx"), "--db", db, "--lang", language]) == 0
    )
    shown = cells(tmp_path / "window.xlsx")
    assert shown == cells(tmp_path / "cli.xlsx")
    sheet_title, rows, frozen, autofilter, widths = shown
    assert sheet_title == title and rows[0][:3] == header
    assert status in {row[4] for row in rows[1:]}
    assert (frozen, autofilter) == ("A2", f"A1:K{len(rows)}")  # 11 columns, start date too
    assert len(widths) == 11 and all(6 <= width <= 60 for width in widths)


def test_the_command_line_without_lang_keeps_the_codes(context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "codes.xlsx"
    assert cli(["export", "measures", str(path), "--db", str(context.database.path)]) == 0
    sheet_title, rows, _frozen, _filter, _widths = cells(path)
    assert sheet_title == "Data" and rows[0][:5] == (
        "code",
        "title",
        "dimension",
        "level",
        "status",
    )
    assert "ikke_startet" in {row[4] for row in rows[1:]}


def test_the_organisation_exported_in_the_window_imports_back_unchanged(
    window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    tab = window.organisation_tab
    path = tmp_path / "org.xlsx"
    assert tab.export_file(path)
    _title, rows, *_ = cells(path)
    assert rows[0][2:4] == ("Navn", "Nivå") and "Virksomhet" in {row[3] for row in rows[1:]}
    scenario = current_scenario(context.database)
    assert scenario is not None
    before = records(context.database)
    assert tab.import_file(path, scenario.name)
    assert records(context.database) == before


def test_an_english_file_imports_into_a_bokmal_window(
    window: MainWindow, context: AppContext, translations: Translations, tmp_path: Path
) -> None:
    translations.install("en")
    path = tmp_path / "measures.xlsx"
    assert window.export_measures_to(path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    assert [cell.value for cell in sheet[1]][:5] == [
        "Code",
        "Title",
        "Dimension",
        "Level",
        "Status",
    ]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "S-RA1")
    row[4].value = "In progress"
    workbook.save(path)
    translations.install("nb")
    assert window.measures_tab.import_file(path)
    with context.database.session() as session:
        stored = session.exec(select(Measure).where(Measure.code == "S-RA1")).one()
    assert stored.status == "pagar"


def test_a_bokmal_file_imports_on_the_command_line(context: AppContext, tmp_path: Path) -> None:
    db = str(context.database.path)
    path = tmp_path / "sammenligning.csv"
    assert cli(["export", "benchmarks", str(path), "--db", db, "--lang", "nb"]) == 0
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Nøkkeltall;Kommune;Verdi;Måleenhet;Periode;Egen kommune"
    before = records(context.database)
    assert cli(["import", "benchmarks", str(path), "--db", db]) == 0
    assert records(context.database) == before


def test_the_comparison_workbook_is_laid_out_for_reading(
    window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "sammenligning.xlsx"
    export_comparison(path, compare_scenarios(context.database, "Fra", "Til"))
    workbook = openpyxl.load_workbook(path)
    assert [sheet.title for sheet in workbook.worksheets] == ["Tall", "Endringer"]
    for sheet in workbook.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        assert sheet.freeze_panes == "A2"
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{len(rows)}"
        )
        assert all(cell.font.b for cell in sheet[1])
        letters = [sheet.cell(1, i).column_letter for i in range(1, sheet.max_column + 1)]
        assert all(6 <= sheet.column_dimensions[letter].width <= 60 for letter in letters)
    figures = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert figures[0][:3] == ("Tall", "Fra", "Til")
    assert all(isinstance(value, int | float) for row in figures[1:] for value in row[1:3])


def test_a_time_series_exports_dates_as_date_cells(
    window: MainWindow,
    context: AppContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    series = context.service.create(KpiSeries, code="t.1", title="Testserie", unit="stk")
    context.service.apply_many(
        [
            context.service.plan_create(
                KpiPoint, series_id=series.record_id, period=f"2024-01-{d:02d}", value=d * 1.5
            )
            for d in range(1, 6)
        ]
    )
    window.tabs.setCurrentWidget(window.kpi_tab)
    window.kpi_tab.ensure_built()
    view = window.kpi_tab.series
    assert view is not None
    qtbot.waitUntil(lambda: view.series_box.count() == 1)
    assert view.export_data_to(tmp_path / "serie.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "serie.xlsx")
    sheet = workbook.worksheets[0]
    assert (sheet.title, sheet.freeze_panes, sheet.auto_filter.ref) == ("Tidsserie", "A2", "A1:B6")
    assert [cell.value for cell in sheet[1]] == ["Dato", "Verdi"]
    first = sheet["A2"]
    assert first.is_date and first.number_format == "dd.mm.yyyy"
    assert first.value == dt.datetime(2024, 1, 1) and sheet["B2"].value == 1.5


def test_the_organisation_tab_and_the_command_line_write_the_same_sheet(
    window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    assert window.organisation_tab.export_file(tmp_path / "window.xlsx")
    scenario = window.organisation_tab.current_scenario_name()
    db = str(context.database.path)
    command = ["export", "org", str(tmp_path / "cli.xlsx"), "--db", db, "--lang", "nb"]
    assert cli([*command, "--scenario", scenario]) == 0
    shown = cells(tmp_path / "window.xlsx")
    assert shown == cells(tmp_path / "cli.xlsx")
    assert shown[0] == "Organisasjon" and shown[1][0][:3] == ("Id", "Overordnet id", "Navn")
