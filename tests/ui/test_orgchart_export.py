"""The organisation chart as files: PDF pages a person can read (text ≥ 8 pt, every unit name
whole on one page), SVG with every name, and ``fredapp export orgchart`` from a script."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pdfplumber
import pytest
from pdf_reading import MM, assert_readable, flat, read

from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.orgchart.page import OrgChartPage
from fredapp.ui.orgchart.painting import wrap_name

MARGIN_MM = 12


@pytest.fixture
def page(window: MainWindow) -> OrgChartPage:
    tab = window.organisation_tab
    tab.pages.setCurrentWidget(tab.chart_page)
    tab.chart_page.compare("Fra", "Til")
    return tab.chart_page


def shown_names(page: OrgChartPage) -> list[str]:
    return [unit.name for view in (page.left, page.right) for unit in view.units.records.values()]


def assert_names_whole(path: Path, names: list[str]) -> None:
    """Each name's lines all on one page, and every letter inside the printable area."""
    with pdfplumber.open(path) as pdf:
        texts = [flat(p.extract_text() or "") for p in pdf.pages]
        for number, pdf_page in enumerate(pdf.pages, 1):
            for char in pdf_page.chars:
                assert char["x0"] >= MARGIN_MM * MM - 1, f"page {number}: {char['text']}"
                assert char["x1"] <= pdf_page.width - MARGIN_MM * MM + 1, f"page {number}"
                assert char["bottom"] <= pdf_page.height - MARGIN_MM * MM + 1, f"page {number}"
    for name in names:
        lines = wrap_name(name)
        assert any(all(line in text for line in lines) for text in texts), name


def test_the_pair_as_pdf_on_a4_and_a3_is_readable_with_every_name_whole(
    page: OrgChartPage, tmp_path: Path
) -> None:
    names = shown_names(page)
    counts = {}
    for paper in ("A4", "A3"):
        path = tmp_path / f"kart-{paper}.pdf"
        assert page.export_file(path, paper)
        reading = read(path, margin_mm=MARGIN_MM)
        assert_readable(reading)
        assert reading.page_size[0] > reading.page_size[1]  # landscape
        counts[paper] = reading.pages
        text = reading.text.replace("\u00a0", " ")
        assert "Organisasjonskart: Fra → Til" in text
        assert "Ledere 28 → 21 (−25 %)" in text or "Ledere 28 → 21 (-25 %)" in text
        assert "F Flyttet" in text and "D Delt" in text  # the legend, in bokmål
        assert f"Side {reading.pages} av {reading.pages}" in text
        assert_names_whole(path, names)
    assert counts["A4"] > counts["A3"] > 1  # several pages where needed, fewer on A3
    assert f"({counts['A3']} sider)" in page.message_label.text()


def test_one_scenario_as_svg_holds_every_name(page: OrgChartPage, tmp_path: Path) -> None:
    page.pair_check.setChecked(False)  # back to the tab's own scenario: Til
    path = tmp_path / "kart.svg"
    assert page.export_file(path)
    root = ET.parse(path).getroot()
    texts = " ".join(" ".join(node.itertext()) for node in root.iter() if node.tag.endswith("text"))
    texts = flat(texts)
    for unit in page.left.units.records.values():
        for line in wrap_name(unit.name):
            assert line in texts, unit.name
    assert "Organisasjonskart: Til" in texts
    assert "Flyttet" not in texts  # one scenario: no comparison, no legend


def test_a_bad_file_type_is_refused_and_nothing_is_written(
    page: OrgChartPage, tmp_path: Path
) -> None:
    path = tmp_path / "kart.png"
    assert not page.export_file(path)
    assert "kart" in page.message_label.text() or ".png" in page.message_label.text()
    assert not path.exists()


def fredapp(*words: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    env = {key: value for key, value in os.environ.items() if key not in hidden}
    env["XDG_CONFIG_HOME"] = env["HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "fredapp", *map(str, words)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_the_command_line_writes_the_pair_in_english(context: AppContext, tmp_path: Path) -> None:
    db = Path(context.database.path)
    target = tmp_path / "chart.pdf"
    done = fredapp(
        "export", "orgchart", target, "--db", db, "--scenario", "Fra", "--compare", "Til",
        "--page", "A3", "--lang", "en", home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "exported the organisation chart of Fra and Til" in done.stdout
    reading = read(target, margin_mm=MARGIN_MM)
    assert_readable(reading)
    assert "M Moved" in reading.text and "S Split" in reading.text
    assert "Leaders 28 → 21" in reading.text
    refused = fredapp(
        "export", "orgchart", tmp_path / "x.pdf", "--db", db, "--scenario", "Nowhere",
        home=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 2
    assert "no scenario is called 'Nowhere'" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_cancel_halfway_leaves_the_old_file(
    page: OrgChartPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fredapp.core.errors import Cancelled
    from fredapp.ui.orgchart import page as page_module

    class CancelAfterOnePage:
        def __init__(self, *args: object) -> None:
            self.pages: list[int] = []

        def __enter__(self) -> CancelAfterOnePage:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def __call__(self, done: int, total: int) -> None:
            assert total > 1
            raise Cancelled("Stopped; nothing was written.")

    folder = tmp_path / "ut"
    folder.mkdir()
    path = folder / "kart.pdf"
    path.write_bytes(b"the old file")
    monkeypatch.setattr(page_module, "StepProgress", CancelAfterOnePage)
    assert not page.export_file(path, "A4")
    assert path.read_bytes() == b"the old file"
    assert list(folder.iterdir()) == [path]  # no half-written file beside it
    assert "nothing was written" in page.message_label.text()


def test_ctrl_p_on_the_chart_page_prints_the_chart(
    window: MainWindow, page: OrgChartPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fredapp.ui.document_page import pdf_writer
    from fredapp.ui.organisation import printing

    target = tmp_path / "printer.pdf"
    writers = []

    def printer(parent: object, title: str) -> object:
        writers.append(pdf_writer(target, title, landscape=True, margin_mm=12))
        return writers[-1]

    monkeypatch.setattr(printing, "ask_printer", printer)
    assert window.organisation_tab.print_view()
    del writers[:]  # the writer closes the file
    reading = read(target, margin_mm=MARGIN_MM)
    assert_readable(reading)
    assert "Organisasjonskart: Fra → Til" in reading.text
    assert_names_whole(target, shown_names(page))
