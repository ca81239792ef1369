"""What a reader gets from the PDFs the window writes: text of a readable size across the page.

Each export is written as the user would, then read back with pdfplumber, which gives every
character's font size (points) and position: no character under 8 pt, the body text's most
common size at least 10 pt, text across most of the printable width, and the content whole.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from pdf_reading import A4, assert_readable, columns, pages_with, read
from sqlmodel import col, select

from fredapp.core.models import ChecklistItem, Measure
from fredapp.core.seed import lineage_id
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow


def test_checklist_pdf_is_a_signable_a4_portrait_form(
    window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
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
    assert abs(reading.page_size[0] - A4[0]) < 1 and abs(reading.page_size[1] - A4[1]) < 1
    text = " ".join(reading.text.split())
    for words in ("Sjekkliste for sykefravær", "Enhet: Personal", "Periode: mars 2024"):
        assert words in text, words
    assert "Skrevet ut: 10.03.2024" in text
    titles = [page.model.item(row).title for row in range(page.model.rowCount())]
    assert titles
    task = columns(target, ["Oppgave", "Status", "Ansvarlig", "Frist", "Utført", "Notat"])
    for title in titles:
        assert title in task[0]["Oppgave"], title
    assert task[0]["Status"].startswith("Ikke startet")  # the status as a word, not a code
    assert "Frist" in text and "31.03.2024" in task[0]["Frist"]
    last = reading.page_texts[-1]
    for line in ("Sted og dato", "Leder", "Verneombud"):
        assert line in last, line
    assert last.count("_" * 20) >= 3  # three lines to write on
    assert f"Side 1 av {reading.pages}" in text


def long_items(count: int) -> list[ChecklistItem]:
    """Items with long titles and notes of many lengths, each marked where it ends."""
    checklist = uuid.uuid4()
    return [
        ChecklistItem(
            checklist_id=checklist,
            title=f"Punkt {n} " + "med lang tittel som brytes " * (n % 4) + f"TITTELSLUTT{n:02d}X",
            status=("ikke_startet", "pagar", "ferdig", "ikke_relevant")[n % 4],
            responsible="Kari Nordmann",
            due_date=dt.date(2024, 3, n % 28 + 1),
            note="Notat om oppfølgingen " * (n * 3 % 23) + f"NOTATSLUTT{n:02d}X",
        )
        for n in range(count)
    ]


def test_checklist_form_keeps_every_item_and_the_signatures_whole(
    translations: object, tmp_path: Path
) -> None:
    from fredapp.ui.sickleave.export import checklist_form, write_checklist_pdf

    items = long_items(45)
    target = tmp_path / "lang.pdf"
    pages = write_checklist_pdf(
        target, checklist_form("Personal", "mars 2024", items, dt.date(2024, 3, 10))
    )
    reading = read(target, 15)
    assert reading.pages == pages >= 3
    assert_readable(reading)
    headers = ["Oppgave", "Status", "Ansvarlig", "Frist", "Utført", "Notat"]
    cells = columns(target, headers)
    assert all(cells), "a page without the header row"
    for n, item in enumerate(items):
        on = [number for number, page in enumerate(cells, start=1) if item.title in page["Oppgave"]]
        assert len(on) == 1, (item.title, on)  # whole, on one page
        assert pages_with(reading, f"NOTATSLUTT{n:02d}X") == on, n  # its note on the same page
        assert pages_with(reading, f"TITTELSLUTT{n:02d}X") == on, n
    signatures = pages_with(reading, "Verneombud")
    assert signatures == [pages]
    assert "Leder" in reading.page_texts[-1] and "Sted og dato" in reading.page_texts[-1]
    # never alone: the last item is on the signatures' page
    assert pages_with(reading, f"NOTATSLUTT{len(items) - 1:02d}X") == [pages]


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


def test_tree_print_is_readable(window: MainWindow, tmp_path: Path) -> None:
    from fredapp.ui.document_page import pdf_writer
    from fredapp.ui.organisation.transfer import print_tree

    tab = window.organisation_tab
    target = tmp_path / "organisasjon.pdf"
    writer = pdf_writer(target, "Organisasjon")
    pages = print_tree(tab, writer)
    del writer  # the file is finished when the writer goes
    reading = read(target, 20)
    assert reading.pages == pages
    assert_readable(reading)
    text = " ".join(reading.text.split())
    for unit in tab.model.units:
        assert unit.name in text, unit.name
    assert f"Side {pages} av {pages}" in text
