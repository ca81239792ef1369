"""The board exported (PDF A4/A3, PNG, XLSX, CSV, filters applied) and measures imported."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from fredapp.core.io.formats import write_table
from fredapp.core.io.measures import COLUMNS
from fredapp.core.models import Measure
from fredapp.ui.board.colors import DIMENSION_COLORS
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.measures import MeasuresTab


@pytest.fixture
def tab(window: MainWindow) -> MeasuresTab:
    return window.measures_tab


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text) or 0
    )
    return shown


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """Page sizes (points) of a PDF written by Qt: its /MediaBox entries."""
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF-")
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", raw)
    return [(float(w), float(h)) for w, h in boxes]


@pytest.mark.parametrize(("page", "size"), [("A4", (842, 595)), ("A3", (1191, 842))])
def test_pdf_in_landscape(
    tab: MeasuresTab, tmp_path: Path, page: str, size: tuple[int, int]
) -> None:
    target = tmp_path / f"tavle-{page}.pdf"
    assert tab.export_board(target, page) == 46
    pages = pdf_pages(target)
    assert pages, "no page in the PDF"
    for width, height in pages:
        assert (round(width), round(height)) == size  # wider than high: landscape
    raw = target.read_bytes()
    # the title names what was exported (Qt writes it as UTF-16 in the info dictionary)
    assert "46 av 46 vist".encode("utf-16-be") in raw


def test_png_shows_the_filtered_board(tab: MeasuresTab, tmp_path: Path) -> None:
    tab.dimension_filter.setCurrentIndex(tab.dimension_filter.findData("KKV"))
    target = tmp_path / "tavle.png"
    assert tab.export_board(target) == 5
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 1000
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert QColor(DIMENSION_COLORS["KKV"]).name().lower() in colours  # KKV cards are drawn
    assert QColor(DIMENSION_COLORS["S"]).name().lower() not in colours  # S cards are not
    assert "Eksporterte 5 tiltak" in tab.message_label.text()


def test_xlsx_and_csv_hold_the_filtered_measures(tab: MeasuresTab, tmp_path: Path) -> None:
    tab.level_filter.setCurrentIndex(tab.level_filter.findData("kommune"))
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("ikke_startet"))
    tab.filter_edit.setText("sentralisere")
    expected = sorted(
        tab.model.record(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row()).code
        for r in range(tab.proxy.rowCount())
    )
    assert expected and all(not code.startswith("S-") for code in expected)
    assert tab.export_board(tmp_path / "t.xlsx") == len(expected)
    workbook = openpyxl.load_workbook(tmp_path / "t.xlsx")
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert len(rows[0]) == len(COLUMNS) and rows[0][:3] == ("Kode", "Tittel", "Dimensjon")
    assert sorted(row[0] for row in rows[1:]) == expected
    assert tab.export_board(tmp_path / "t.csv") == len(expected)
    lines = (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines()
    assert sorted(line.split(";")[0] for line in lines[1:]) == expected


def test_unsupported_export_type_is_explained(
    tab: MeasuresTab, tmp_path: Path, shown_errors: list[str]
) -> None:
    assert tab.export_board(tmp_path / "tavle.docx") == -1
    assert shown_errors and ".docx" in shown_errors[0]
    assert not (tmp_path / "tavle.docx").exists()


def test_import_from_the_tab_is_one_undo_step(
    tab: MeasuresTab, context: AppContext, tmp_path: Path
) -> None:
    source = tmp_path / "inn.csv"
    write_table(
        source,
        ["code", "title", "status"],
        [["S-S4", "Flytte Anskaffelser", "fullfort"], ["S-S10", "Nytt tiltak", "pagar"]],
    )
    assert tab.import_file(source)
    assert tab.model.rowCount() == 47
    assert "1 nye, 1 oppdatert, 0 uendret" in tab.message_label.text()
    assert "S-S10" in [
        tab.board.views[(1, 0)].proxy.measure(r).code
        for r in range(tab.board.views[(1, 0)].proxy.rowCount())
    ]
    context.undo_stack.undo()
    assert tab.model.rowCount() == 46
    with context.database.session() as session:
        s4 = session.exec(select(Measure).where(Measure.code == "S-S4")).one()
    assert s4.status == "ikke_startet" and s4.title.startswith("Flytte Anskaffelser fra")


def test_bad_import_names_rows_and_changes_nothing(
    tab: MeasuresTab, context: AppContext, tmp_path: Path, shown_errors: list[str]
) -> None:
    source = tmp_path / "feil.xlsx"
    write_table(source, ["code", "effect"], [["S-S1", "7"], ["S-S2", "2"]])
    assert not tab.import_file(source)
    assert "rad 2, kolonne «effect»" in shown_errors[0]
    assert not context.undo_stack.canUndo()
    with context.database.session() as session:
        s2 = session.exec(select(Measure).where(Measure.code == "S-S2")).one()
    assert s2.effect == 3  # the seed's value: the good row was not imported either


def test_a_refused_import_is_explained_in_bokmal(
    tab: MeasuresTab, tmp_path: Path, shown_errors: list[str]
) -> None:
    source = tmp_path / "feil.csv"
    write_table(source, ["code", "effect", "owner"], [["S-S1", "7", "Ingen"], ["", "2", ""]])
    assert not tab.import_file(source)
    assert shown_errors == [
        "feil.csv: ingenting ble importert; rader avvist: 2\n"
        "rad 2, kolonne «effect»: «7» er ikke et helt tall fra 1 til 5\n"
        "rad 2, kolonne «owner»: ingen enhet heter «Ingen»\n"
        "rad 3, kolonne «code»: er tom"
    ]


def test_a_large_import_reloads_the_board_once(tab: MeasuresTab, tmp_path: Path) -> None:
    source = tmp_path / "mange.xlsx"
    rows = [[f"S-A{100 + n}", f"Tiltak {n}", "pagar"] for n in range(300)]
    write_table(source, ["code", "title", "status"], rows)
    resets: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    assert tab.import_file(source)
    assert tab.model.rowCount() == 346 and len(resets) == 1
    assert tab.count_label.text() == "346 av 346 tiltak"
    assert tab.board.views[(1, 0)].proxy.rowCount() == 13 + 300
    tab.context.undo_stack.undo()
    assert tab.model.rowCount() == 46 and len(resets) == 2
