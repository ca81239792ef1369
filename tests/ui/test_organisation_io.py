"""Import and export from the Organisasjon tab: org files, the comparison as PDF and XLSX."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.organisation import OrganisationTab

HEADER = "id;parent_id;name;level;leader_title;leader;headcount\r\n"


@pytest.fixture
def tab(window: MainWindow) -> OrganisationTab:
    return window.organisation_tab


def unit_count(context: AppContext) -> int:
    with sqlite3.connect(context.database.path) as conn:
        return conn.execute("SELECT count(*) FROM unit").fetchone()[0]


def test_import_new_scenario_shows_it_and_undoes_in_one_step(
    tab: OrganisationTab, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "forslag.csv"
    path.write_bytes(
        (HEADER + "1;;Stab;stab;;;0\r\n2;1;Økonomi;virksomhet;Leder;;9\r\n").encode("utf-8-sig")
    )
    assert tab.import_file(path, "Forslag")
    assert tab.scenario_box.currentText() == "Forslag"
    assert [unit.name for unit in tab.model.units] == ["Stab", "Økonomi"]
    assert "Importerte 2 enheter" in tab.message_label.text()
    assert "Forslag" in [tab.comparison_view.to_box.itemText(i) for i in range(3)]
    context.undo_stack.undo()
    texts = [tab.scenario_box.itemText(i) for i in range(tab.scenario_box.count())]
    assert not any(text.startswith("Forslag") for text in texts)
    context.undo_stack.redo()
    assert tab.choose_scenario("Forslag") is None and tab.model.units


def test_failed_import_leaves_nothing_behind(
    tab: OrganisationTab, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "feil.csv"
    path.write_bytes((HEADER + "1;;A;stab;;;0\r\n2;1;B;;;;tolv\r\n3;8;C;;;;1\r\n").encode())
    before = unit_count(context)
    depth = context.undo_stack.count()
    assert not tab.import_file(path, "Feil")
    message = tab.message_label.text()
    assert "rad 3, kolonne «headcount»: «tolv» er ikke et tall" in message
    assert "rad 4, kolonne «parent_id»: ukjent overordnet enhet «8»" in message
    assert unit_count(context) == before
    assert context.undo_stack.count() == depth
    assert tab.scenario_box.count() == 2


def test_export_org_from_the_tab(tab: OrganisationTab, tmp_path: Path) -> None:
    path = tmp_path / "til.xlsx"
    assert tab.export_file(path)
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    # A sheet for people, in the window's language; it imports back the same (see
    # tests/ui/test_sheet_exports.py).
    assert sheet.title == "Organisasjon"
    assert rows[0][:7] == (
        "Id",
        "Overordnet id",
        "Navn",
        "Nivå",
        "Ledertittel",
        "Leder",
        "Ansatte",
    )
    assert len(rows) == 24
    assert not tab.export_file(tmp_path / "nope" / "til.csv")
    assert "nope finnes ikke" in tab.message_label.text()


def test_comparison_exports_pdf_and_xlsx(tab: OrganisationTab, tmp_path: Path) -> None:
    pdf = tmp_path / "fra-til.pdf"
    assert tab.export_comparison(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "fra-til.xlsx"
    assert tab.export_comparison(xlsx)
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    figures, changes = book.worksheets
    values = {row[0]: row[1:] for row in figures.iter_rows(min_row=2, values_only=True)}
    assert values["Ledere i alt"] == (28, 21, -7, -25.0)
    assert values["Ansatte per leder"][:2] == (6, 10)
    texts = [row[1] for row in changes.iter_rows(min_row=2, values_only=True)]
    assert "Kommunikasjon og service delt i Kommunikasjon og Innbyggerdialog" in texts
    assert not tab.export_comparison(tmp_path / "fra-til.docx")
