"""The timeline on paper and as a picture, from the tab and from ``fredapp export timeline``.

Each PDF is read back with pdfplumber: text never under 8 pt (the body at the size of printed
tables), every shown measure's code in the label column exactly once (a row cut between two
pages would lose or double it), several pages where the rows need them, the seed's milestones
named; the PNG as wide as said and as tall as its rows.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from pdf_reading import assert_readable, read
from PySide6.QtGui import QImage

from fredapp.core import queries
from fredapp.ui.board.export import PAGE_MARGIN_MM
from fredapp.ui.board.timeline_export import PNG_WIDTH
from fredapp.ui.board.timeline_panel import TimelinePanel
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow


@pytest.fixture
def panel(window: MainWindow) -> TimelinePanel:
    tab = window.measures_tab
    window.tabs.setCurrentWidget(tab)
    tab.model.today = lambda: dt.date(2024, 6, 15)
    return tab.ensure_timeline()


def label_codes(path: Path) -> list[list[str]]:
    """Per page, the words of the label column that are measure codes (bold, left)."""
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            column = page.width * 0.27
            words = page.extract_words(extra_attrs=["fontname"])
            pages.append(
                [
                    w["text"]
                    for w in words
                    if float(w["x1"]) < column
                    and "Bold" in w["fontname"]
                    and re.fullmatch(r"(S-)?[A-Z]+\d+", w["text"])
                ]
            )
    return pages


@pytest.mark.parametrize("page", ["A4", "A3"])
def test_the_pdf_is_readable_and_holds_every_code_once(
    panel: TimelinePanel, context: AppContext, tmp_path: Path, page: str
) -> None:
    path = tmp_path / f"tidslinje-{page}.pdf"
    pages = panel.write(path, page)
    reading = read(path, PAGE_MARGIN_MM)
    assert reading.pages == pages and pages >= 2  # 46 measures and 22 milestones: more than one
    assert_readable(reading)
    assert min(reading.sizes) >= 8.0
    codes = [m.code for m in panel.model.records()]
    found = [code for page_codes in label_codes(path) for code in page_codes]
    assert sorted(found) == sorted(codes)  # every code once: no row lost or cut in two
    width, height = reading.page_size
    assert width > height  # landscape
    assert (width, height) == pytest.approx((842, 595), abs=2) if page == "A4" else True
    for milestone in queries.milestone_rows(context.database):
        assert milestone.title.split()[0] in reading.text
    assert "Tidslinje" in reading.page_texts[0] and "Side 1 av" in reading.page_texts[0]
    assert "Uten datoer" in reading.text and "Milepæler" in reading.page_texts[0]
    if page == "A4":  # the next page goes on with the staff's S measures, and says so
        assert "S – Struktur (forts.)" in reading.page_texts[1]


def test_the_png_holds_every_row(panel: TimelinePanel, tmp_path: Path) -> None:
    path = tmp_path / "tidslinje.png"
    assert panel.write(path) == 1
    image = QImage(str(path))
    assert image.width() == PNG_WIDTH
    rows = len(panel.view.rows)
    assert image.height() > rows * panel.view.row_height() * 0.9  # every row, not a window's worth


def test_the_panels_export_says_what_it_wrote(panel: TimelinePanel, tmp_path: Path) -> None:
    said: list[str] = []
    panel.message.connect(said.append)
    assert panel.export(tmp_path / "t.pdf", "A4") >= 2
    assert said and "t.pdf" in said[-1] and said[-1].startswith("Eksporterte tidslinjen")


def fredapp(*words: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    env = {key: value for key, value in os.environ.items() if key not in hidden}
    env["XDG_CONFIG_HOME"] = str(home)
    env["HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "fredapp", *map(str, words)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_the_command_line_writes_the_timeline(tmp_path: Path) -> None:
    db = tmp_path / "seed.sqlite"
    assert fredapp("demo", "--db", db, home=tmp_path).returncode == 0
    pdf = tmp_path / "t.pdf"
    done = fredapp(
        "export", "timeline", pdf, "--db", db, "--page", "A3", "--group", "level",
        "--dimension", "KK", "--lang", "en", home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("exported the timeline (")
    reading = read(pdf, PAGE_MARGIN_MM)
    assert "Timeline" in reading.page_texts[0] and "Without dates" in reading.text
    codes = [code for page in label_codes(pdf) for code in page]
    assert codes and all("KK" in code for code in codes)  # the board's filter
    png = tmp_path / "t.png"
    assert fredapp("export", "timeline", png, "--db", db, home=tmp_path).returncode == 0
    assert QImage(str(png)).width() == PNG_WIDTH
    bad = fredapp("export", "timeline", tmp_path / "t.svg", "--db", db, home=tmp_path)
    assert bad.returncode == 2 and "use .pdf or .png" in bad.stderr
    assert not (tmp_path / "t.svg").exists()


def test_the_file_menu_exports_the_timeline(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    (entry,) = [a for a in file_menu.actions() if a.text() == "Eksporter tids&linje"]
    submenu = entry.menu()
    submenu.aboutToShow.emit()
    panel = window.measures_tab.timeline
    assert panel is not None  # built when the menu opened
    assert submenu.actions() == panel.export_menu.actions()
    assert [a.text() for a in submenu.actions()] == [
        "PDF, A4 liggende …",
        "PDF, A3 liggende …",
        "PNG-bilde …",
    ]


def test_pages_hold_whole_rows_and_name_the_group_they_go_on_with() -> None:
    from fredapp.ui.board.timeline_export import paginate
    from fredapp.ui.board.timeline_layout import GROUP_HEADER, MEASURE, Row

    rows = []
    for group in "ABC":
        rows.append(Row(GROUP_HEADER, group))
        rows.extend(Row(MEASURE, text=f"{group}{n}") for n in range(7))
    pages = paginate(rows, 5, 6)
    assert [r.text for r in pages[0]] == ["A", "A0", "A1", "A2", "A3"]
    assert [r.text for r in pages[1]] == ["A (continued)", "A4", "A5", "A6", "B", "B0"]
    for page in pages:
        assert len(page) <= 6 and page[0].kind == GROUP_HEADER  # a group named at the top
        assert page[-1].kind != GROUP_HEADER  # and never alone at the foot
    measures = [r.text for page in pages for r in page if r.kind == MEASURE]
    assert measures == [r.text for r in rows if r.kind == MEASURE]  # each once, in order
