"""The comparison view's spans of control, their bands setting, and the measures behind changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pdf_reading import read
from PySide6.QtCore import QSettings, Qt

from fredapp.core import seed
from fredapp.core.calc.spans import parse_bands
from fredapp.core.models import MeasureUnitLink
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.organisation.comparison import BANDS_KEY, ComparisonView


@pytest.fixture
def view(window: MainWindow) -> ComparisonView:
    tab = window.organisation_tab
    tab.pages.setCurrentWidget(tab.comparison_view)
    return tab.comparison_view


def figures(view: ComparisonView) -> dict[str, list[str]]:
    model = view.figures
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 5)]
        for r in range(model.rowCount())
    }


def changes(view: ComparisonView) -> dict[str, str]:
    model = view.changes
    return {model.index(r, 1).data(): model.index(r, 2).data() for r in range(model.rowCount())}


def test_the_view_shows_spans_bands_and_leader_levels_in_bokmal(view: ComparisonView) -> None:
    rows = figures(view)
    assert rows["Kontrollspenn, størst"][:3] == ["11", "15", "+4"]
    assert rows["Kontrollspenn, minst"][:3] == ["3", "5", "+2"]
    assert rows["Kontrollspenn, gjennomsnitt"][:2] == ["5,6", "9,4"]
    assert rows["Ledere med kontrollspenn 3–9"][:3] == ["25", "11", "−14"]
    assert rows["Ledere med kontrollspenn 10–15"][:3] == ["3", "10", "+7"]
    assert rows["Ledere med kontrollspenn 16+"][:2] == ["0", "0"]
    assert rows["Ledernivåer (lengste lederlinje)"][:2] == ["2", "2"]
    # which leaders have the largest span: on the row, as a tooltip
    model = view.figures
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().endswith("størst"))
    tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Fra: størst 11 (Regnskap)" in tip and "Til: størst 15 (Byarkivet)" in tip


def test_each_change_shows_the_measures_behind_it(view: ComparisonView) -> None:
    assert view.changes.headerData(2, Qt.Orientation.Horizontal) == "Tiltak"
    behind = changes(view)
    assert (
        behind["Anskaffelser flyttet fra Innovasjon og utvikling til Virksomhetsstyring og økonomi"]
        == "S-S4"
    )
    assert behind["Kommunikasjon og service delt i Kommunikasjon og Innbyggerdialog"] == "S-S8"
    assert behind["Styring og eierskap omdøpt til Kvalitet og styring"] == ""


def test_a_new_link_shows_at_once(view: ComparisonView, context: AppContext) -> None:
    text = "Styring og eierskap omdøpt til Kvalitet og styring"
    assert changes(view)[text] == ""
    context.service.create(
        MeasureUnitLink,
        measure_id=seed.seed_id("measure", "S-KK1"),
        unit_lineage_id=seed.lineage_id("kvalitet-styring"),
    )
    assert changes(view)[text] == "S-KK1"


def test_bands_are_a_kept_setting_and_bad_ones_are_named(view: ComparisonView) -> None:
    told: list[object] = []
    view.bands_changed.connect(told.append)
    view.bands_edit.setText("4, 10")
    assert view.apply_bands()
    assert told == [parse_bands("4, 10")]
    rows = figures(view)
    assert rows["Ledere med kontrollspenn 1–4"][:2] == ["12", "0"]
    assert rows["Ledere med kontrollspenn 11+"][:2] == ["3", "9"]
    assert "Ledere med kontrollspenn 16+" not in rows
    assert QSettings().value(BANDS_KEY) == "4, 10"
    before = figures(view)
    view.bands_edit.setText("9, 2")
    assert not view.apply_bands()
    assert not view.bands_message.isHidden()
    assert "«9, 2» må stige" in view.bands_message.text()
    assert figures(view) == before and QSettings().value(BANDS_KEY) == "4, 10"
    assert len(told) == 1  # refused: nobody told
    view.bands_edit.setText("2,9,15")
    assert view.apply_bands() and view.bands_message.isHidden()
    assert "Ledere med kontrollspenn 16+" in figures(view)


def test_the_exports_carry_spans_and_measures(window: MainWindow, tmp_path: Path) -> None:
    tab = window.organisation_tab
    xlsx = tmp_path / "fra-til.xlsx"
    assert tab.export_comparison(xlsx)
    figures_sheet, changes_sheet = load_workbook(xlsx).worksheets
    values = {row[0]: row[1:] for row in figures_sheet.iter_rows(min_row=2, values_only=True)}
    assert values["Kontrollspenn, størst"] == (11, 15, 4, 36.4)
    assert values["Ledere med kontrollspenn 10–15"][:3] == (3, 10, 7)
    rows = list(changes_sheet.iter_rows(values_only=True))
    assert rows[0] == ("Endring", "Hva som endret seg", "Tiltak")
    moved = next(r for r in rows if str(r[1]).startswith("Anskaffelser flyttet"))
    assert moved[2] == "S-S4"
    pdf = tmp_path / "fra-til.pdf"
    assert tab.export_comparison(pdf)
    reading = read(pdf, 20)
    flat = " ".join(reading.text.split())
    assert "Kontrollspenn, størst 11 15" in flat
    assert "Tiltak" in flat and "S-S4" in flat and "S-S8" in flat
    assert min(reading.sizes) >= 8.0


def test_the_board_says_per_measure_which_units_it_changes(
    window: MainWindow, context: AppContext
) -> None:
    """The other way round: a card's tooltip (and what a screen reader says) names the units."""
    model = window.measures_tab.model

    def said(code: str) -> str:
        row = model.row_of(seed.seed_id("measure", code))
        assert row is not None
        return str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))

    assert "endrer Anskaffelser" in said("S-S4")
    assert "Førstelinje" in said("S-A4") and "Innbyggerdialog" in said("S-S8")
    assert "endrer" not in said("S-RA1")  # linked to no unit
    context.service.create(
        MeasureUnitLink,
        measure_id=seed.seed_id("measure", "S-RA1"),
        unit_lineage_id=seed.lineage_id("byarkivet"),
    )
    assert "endrer Byarkivet" in said("S-RA1")
