"""What a reader gets from the PDFs the window writes: text of a readable size across the page.

Each export is written as the user would, then read back with pdfplumber, which gives every
character's font size (points) and position: no character under 8 pt, the body text's most
common size at least 10 pt, text across most of the printable width, and the content whole.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from sqlmodel import col, select

from fredapp.core.models import Measure
from fredapp.core.seed import lineage_id
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow

MM = 72 / 25.4  # points per millimetre
SMALLEST = 8.0
BODY = 10.0


@dataclass
class Reading:
    sizes: list[float]  # every character's font size, in points
    body: list[float]  # the same above the footer ("Page x of y" and the title)
    text: str  # every page's text, pages joined by newlines
    lines: str  # the same with line breaks removed: words split over lines join up
    spans: list[float]  # per page: the text's width as a share of the printable width
    pages: int


def read(path: Path, margin_mm: float) -> Reading:
    assert path.read_bytes().startswith(b"%PDF")
    sizes: list[float] = []
    body: list[float] = []
    texts: list[str] = []
    spans: list[float] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            sizes.extend(round(float(c["size"]), 1) for c in chars)
            footer = float(page.height) - margin_mm * MM - 20
            body.extend(round(float(c["size"]), 1) for c in chars if float(c["bottom"]) < footer)
            texts.append(page.extract_text() or "")
            printable = float(page.width) - 2 * margin_mm * MM
            if chars:
                left = min(float(c["x0"]) for c in chars)
                right = max(float(c["x1"]) for c in chars)
                spans.append((right - left) / printable)
            else:
                spans.append(0.0)
        pages = len(pdf.pages)
    text = "\n".join(texts)
    return Reading(sizes, body, text, " ".join(" ".join(text.split()).split("- ")), spans, pages)


def assert_readable(reading: Reading) -> None:
    assert reading.sizes, "no text in the PDF"
    assert min(reading.sizes) >= SMALLEST, f"text at {min(reading.sizes)} pt"
    common = Counter(reading.body).most_common(1)[0][0]
    assert common >= BODY, f"body text at {common} pt"
    assert reading.spans[0] >= 0.75, f"text spans {reading.spans[0]:.0%} of the page width"


def test_checklist_pdf_is_readable(window: MainWindow, context: AppContext, tmp_path: Path) -> None:
    tab = window.sickleave_tab
    tab.set_clock(lambda: dt.date(2024, 3, 10))
    window.tabs.setCurrentWidget(tab)
    tab.choose_unit(lineage_id("personal"))
    page = tab.checklist_page
    page.select_period("2024-03")
    page.create_from_catalogue()
    target = tmp_path / "sjekkliste.pdf"
    assert page.export_pdf(target)
    reading = read(target, 15)
    assert_readable(reading)
    flat = " ".join(reading.text.split())
    titles = [page.model.item(row).title for row in range(page.model.rowCount())]
    assert titles
    for title in titles:
        assert " ".join(title.split()) in reading.lines, title
    assert "Verneombud" in flat or "verneombud" in flat
    assert f"Side 1 av {reading.pages}" in flat


def test_description_pdfs_are_readable(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab = window.organisation_tab
    unit = next(u for u in tab.model.units if u.name == "Byarkivet")
    tab.select_unit(unit.id)
    editor = tab.description_panel.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Arkivtjenester for hele kommunen")
    one = tmp_path / "byarkivet.pdf"
    assert tab.description_panel.export_to(one)
    reading = read(one, 20)
    assert_readable(reading)
    assert "Arkivtjenester for hele kommunen" in reading.text
    assert "Side 1 av 1" in reading.text
    everything = tmp_path / "alle.pdf"
    assert tab.export_descriptions(everything)
    reading = read(everything, 20)
    assert_readable(reading)
    assert "Arkivtjenester for hele kommunen" in reading.text
    assert f"Side {reading.pages} av {reading.pages}" in reading.text


def test_comparison_pdf_is_readable(window: MainWindow, tmp_path: Path) -> None:
    tab = window.organisation_tab
    target = tmp_path / "fra-til.pdf"
    assert tab.export_comparison(target)
    reading = read(target, 20)
    assert_readable(reading)
    flat = " ".join(reading.text.split())
    # the leader figures as the XLSX has them (tests/ui/test_organisation_io.py)
    assert "Ledere i alt 28 21 −7" in flat.replace("-7", "−7")
    assert "Ansatte per leder" in flat
    assert "Kommunikasjon og service delt i Kommunikasjon og Innbyggerdialog" in reading.lines


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_board_pdf_is_readable(
    window: MainWindow, context: AppContext, tmp_path: Path, size: str
) -> None:
    tab = window.measures_tab
    target = tmp_path / f"tavle-{size}.pdf"
    assert tab.export_board(target, size) == 46
    reading = read(target, 10)
    assert_readable(reading)
    with context.database.session() as session:
        codes = session.exec(select(Measure.code).where(col(Measure.deleted).is_(False))).all()
    assert len(codes) == 46
    words = set(reading.text.split())
    missing = [code for code in codes if code not in words]
    assert not missing, missing
