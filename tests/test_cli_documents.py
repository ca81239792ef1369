"""``fredapp export`` for documents, run as a scheduled report runs it: a process with no display.

Each file is read back as a reader gets it (pdfplumber: every character's size and place, the
text per page and per column): text of a readable size, the content whole (every checklist item
on one page in its column, every board card's code once, no row split), the checklist an A4
portrait form with signature lines, English with ``--lang en``; bad arguments give one error
line, exit code 2 and no file.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from pdf_reading import A4, assert_readable, columns, flat, pages_with, read

MEASURES = 2000


def fredapp(*words: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    """``fredapp WORDS`` in a fresh process without a display and with its own settings."""
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


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, home: Path) -> Path:
    """The seed with generated data at scale 1: checklists, descriptions, 96 measures."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert fredapp("demo", "--db", path, "--scale", "1", home=home).returncode == 0
    return path


@pytest.fixture(scope="module")
def checklist(demo: Path) -> tuple[str, str, list[str]]:
    """A checklist of the demo: its unit's name, its period and its items' titles."""
    with sqlite3.connect(demo) as conn:
        lineage, period, checklist_id = conn.execute(
            "SELECT unit_lineage_id, period, id FROM checklist WHERE deleted = 0 "
            "ORDER BY period, id LIMIT 1"
        ).fetchone()
        (unit,) = conn.execute(
            "SELECT name FROM unit WHERE lineage_id = ? AND deleted = 0", (lineage,)
        ).fetchone()
        titles = [
            title
            for (title,) in conn.execute(
                "SELECT title FROM checklistitem WHERE checklist_id = ? AND deleted = 0",
                (checklist_id,),
            )
        ]
    return unit, period, titles


def measure_codes(database: Path, where: str = "1") -> set[str]:
    with sqlite3.connect(database) as conn:
        rows = conn.execute(f"SELECT code FROM measure WHERE deleted = 0 AND {where}")
        return {code for (code,) in rows}


def page_words(path: Path) -> list[list[str]]:
    with pdfplumber.open(path) as pdf:
        return [[w["text"] for w in page.extract_words()] for page in pdf.pages]


# -- the checklist form ----------------------------------------------------------------------

HEADERS_NB = ["Oppgave", "Status", "Ansvarlig", "Frist", "Utført", "Notat"]


def test_checklist_form_is_readable_whole_and_signable(
    checklist: tuple[str, str, list[str]], demo: Path, home: Path, tmp_path: Path
) -> None:
    unit, period, titles = checklist
    target = tmp_path / "sjekkliste.pdf"
    done = fredapp(
        "export", "checklist", target, "--db", demo, "--unit", unit, "--period", period,
        "--lang", "nb", home=home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("exported the checklist of") and not done.stderr
    reading = read(target, 15)
    assert_readable(reading)
    width, height = reading.page_size
    assert abs(width - A4[0]) < 1 and abs(height - A4[1]) < 1  # A4 portrait
    text = flat(reading.text)
    assert "Sjekkliste for sykefravær" in text and f"Enhet: {unit}" in text
    assert "Periode:" in text and "Skrevet ut:" in text
    cells = columns(target, HEADERS_NB)
    assert all(cells), "a page without the header row"
    for title in titles:
        on = [n for n, page in enumerate(cells, start=1) if title in page["Oppgave"]]
        assert len(on) == 1, (title, on)  # whole, and on one page
    statuses = " ".join(page["Status"] for page in cells)
    assert not re.search(r"ikke_startet|pagar|ferdig_|ikke_relevant", statuses)  # words
    assert re.search(r"Ikke startet|Pågår|Ferdig|Ikke relevant", statuses)
    last = reading.page_texts[-1]
    assert "Leder" in last and "Verneombud" in last and "Sted og dato" in last
    assert last.count("_" * 20) >= 3
    assert f"Side {reading.pages} av {reading.pages}" in text


def test_checklist_in_english(
    checklist: tuple[str, str, list[str]], demo: Path, home: Path, tmp_path: Path
) -> None:
    unit, period, titles = checklist
    target = tmp_path / "checklist.pdf"
    done = fredapp(
        "export", "checklist", target, "--db", demo, "--unit", unit, "--period", period,
        "--lang", "en", home=home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reading = read(target, 15)
    text = flat(reading.text)
    for words in ("Sick-leave checklist", "Unit:", "Period:", "Printed:", "Page 1 of"):
        assert words in text, words
    cells = columns(target, ["Task", "Status", "Responsible", "Due", "Done on", "Note"])
    assert all(cells)
    assert all(any(title in page["Task"] for page in cells) for title in titles)
    assert "Safety representative" in reading.page_texts[-1] and "Leader" in text
    assert "Verneombud" not in text


def test_checklist_data_kinds_stay_tables(demo: Path, home: Path, tmp_path: Path) -> None:
    target = tmp_path / "sjekklister.csv"
    done = fredapp("export", "checklist", target, "--db", demo, home=home)
    assert done.returncode == 0, done.stderr
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(";")[:3] == ["unit", "period", "item"]
    assert len(lines) > 100  # every checklist's items, not one form


# -- the board --------------------------------------------------------------------------------


def test_board_pdf_with_filters_holds_exactly_the_cards_they_let_through(
    demo: Path, home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "tavle.pdf"
    done = fredapp(
        "export", "board", target, "--db", demo, "--status", "Pågår", "--level", "stab",
        "--lang", "nb", home=home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reading = read(target, 10)
    assert_readable(reading)
    shown = measure_codes(demo, "status = 'pagar' AND level = 'stab'")
    hidden = measure_codes(demo) - shown
    words = page_words(target)
    for code in shown:
        assert sum(page.count(code) for page in words) == 1, code
    assert not hidden & {word for page in words for word in page}
    count = f"{len(shown)} av {len(shown | hidden)} vist"
    assert f"{count} – filter: Sentrale staber, Pågår" in flat(reading.text)


def test_board_png_is_the_board_as_a_picture(demo: Path, home: Path, tmp_path: Path) -> None:
    target = tmp_path / "tavle.png"
    done = fredapp("export", "board", target, "--db", demo, "--columns", "dimension", home=home)
    assert done.returncode == 0, done.stderr
    header = target.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert width == 1632 and height > 1000  # the board's width with margins; every card


@pytest.fixture(scope="module")
def board_2000(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's 96 measures and 1,904 more, made through the service."""
    from fredapp.core.db import open_database
    from fredapp.core.models import Measure
    from fredapp.core.operations import Operation
    from fredapp.core.service import DataService

    path = tmp_path_factory.mktemp("board") / "tiltak.sqlite"
    shutil.copy(demo, path)
    database = open_database(path, create=False)
    service = DataService(database)
    existing = len(measure_codes(path))
    statuses = ("ikke_startet", "pagar", "fullfort", "stilt_i_bero")
    creates = [
        service.plan_create(
            Measure,
            code=f"M-{n:04d}",
            title=f"Tiltak {n:04d} " + "med en tittel som brytes " * (n % 3),
            dimension=("S", "RA", "KK")[n % 3],
            level=("stab", "kommune")[n % 2],
            status=statuses[n % 4],
        )
        for n in range(MEASURES - existing)
    ]
    service.run(Operation("Mange tiltak", tuple(creates)))
    database.close()
    assert len(measure_codes(path)) == MEASURES
    return path


def test_board_of_2000_measures_keeps_every_card_whole_on_full_pages(
    board_2000: Path, home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "tavle.pdf"
    done = fredapp("export", "board", target, "--db", board_2000, "--lang", "nb", home=home)
    assert done.returncode == 0, done.stderr
    reading = read(target, 10)
    assert_readable(reading)
    words = page_words(target)
    codes = measure_codes(board_2000)
    for code in codes:  # every card once: none lost, none cut in two
        on = [n for n, page in enumerate(words) if code in page]
        assert len(on) == 1 and words[on[0]].count(code) == 1, (code, on)
        if code.startswith("M-"):  # the card's title on the same page
            assert code[2:] in words[on[0]], code
    headers = ["Ikke startet", "Pågår", "Fullført", "Stilt i bero"]
    with pdfplumber.open(target) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            top = flat(page.within_bbox((0, 0, page.width, page.height * 0.2)).extract_text())
            assert all(header in top for header in headers), (number, top[:120])
            if number < len(pdf.pages):  # no more blank at a page's foot than a card needs
                body = [w for w in page.extract_words() if w["bottom"] < page.height - 60]
                lowest = max(float(w["bottom"]) for w in body)
                assert lowest > 0.75 * (page.height - 60), (number, lowest)


# -- descriptions, comparison, graphs ---------------------------------------------------------


def test_descriptions_pdf_and_odt(demo: Path, home: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo) as conn:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT u.name FROM description d JOIN unit u ON u.lineage_id = d.unit_lineage_id"
                " JOIN scenario s ON s.id = u.scenario_id WHERE s.name = 'Demo ×1'"
                " AND d.deleted = 0 AND u.deleted = 0"
            )
        ]
    assert len(names) > 100
    pdf = tmp_path / "beskrivelser.pdf"
    done = fredapp(
        "export", "descriptions", pdf, "--db", demo, "--scenario", "Demo ×1", "--lang", "nb",
        home=home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reading = read(pdf, 20)
    assert_readable(reading)
    for name in names:
        assert pages_with(reading, f"Funksjonsbeskrivelse: {name}"), name
    odt = tmp_path / "beskrivelser.odt"
    done = fredapp("export", "descriptions", odt, "--db", demo, "--scenario", "demo ×1", home=home)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert all(name.replace("&", "&amp;") in content for name in names[:20])


def test_comparison_pdf_and_xlsx(demo: Path, home: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "fra-til.pdf"
    done = fredapp(
        "export", "comparison", pdf, "--db", demo, "--from", "Fra", "--to", "Til",
        "--lang", "nb", home=home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reading = read(pdf, 20)
    assert_readable(reading)
    text = flat(reading.text).replace("-7", "−7")
    assert "Ledere i alt 28 21 −7" in text and "Ansatte per leder" in text
    assert "Kommunikasjon og service delt i Kommunikasjon og Innbyggerdialog" in reading.lines
    assert pages_with(reading, "Hva som endret seg Endring Enhet")  # heading, table header
    xlsx = tmp_path / "fra-til.xlsx"
    done = fredapp(
        "export", "comparison", xlsx, "--db", demo, "--from", "fra", "--to", "til",
        "--lang", "nb", home=home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    rows = {row[0]: row[1:3] for row in sheet.iter_rows(values_only=True)}
    assert rows["Ledere i alt"] == (28, 21)


def test_graph_png_and_svg_carry_the_title(demo: Path, home: Path, tmp_path: Path) -> None:
    png = tmp_path / "samtaler.png"
    done = fredapp(
        "export", "graph", "calls-per-queue", png, "--db", demo, "--lang", "nb", home=home
    )
    assert done.returncode == 0, done.stderr
    width, height = struct.unpack(">II", png.read_bytes()[16:24])
    assert width >= 1000 and height >= 600
    svg = tmp_path / "mal.svg"
    done = fredapp("export", "graph", "goals", svg, "--db", demo, "--lang", "en", home=home)
    assert done.returncode == 0, done.stderr
    assert "Goals against outcomes" in svg.read_text(encoding="utf-8")


# -- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "says"),
    [
        (["checklist", "{f}.pdf", "--unit", "Ingen slik", "--period", "2024-03"], "no unit"),
        (["checklist", "{f}.pdf", "--unit", "Personal", "--period", "2024-13"], "no month 13"),
        (["checklist", "{f}.pdf", "--unit", "Personal"], "needs --unit and --period"),
        (["checklist", "{f}.pdf", "--unit", "Personal", "--period", "2031"], "no checklist"),
        (["descriptions", "{f}.pdf", "--scenario", "Ingen"], "no scenario is called"),
        (["comparison", "{f}.pdf", "--from", "Fra", "--to", "Ingen"], "no scenario is called"),
        (["comparison", "{f}.pdf", "--from", "Fra"], "needs --from A --to B"),
        (["graph", "ingen-graf", "{f}.png"], "no graph is called 'ingen-graf'"),
        (["graph", "goals", "{f}.jpg"], "unsupported file type '.jpg'"),
        (["board", "{f}.txt"], "unsupported file type '.txt' for board"),
        (["board", "{f}.pdf", "--status", "halvferdig"], "no status is called 'halvferdig'"),
        (["checklist", "{f}.png", "--unit", "Personal", "--period", "2024-03"], "'.png'"),
    ],
)
def test_bad_arguments_give_one_line_and_no_file(
    words: list[str], says: str, demo: Path, home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "ut"
    done = fredapp("export", *(w.format(f=target) for w in words), "--db", demo, home=home)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fredapp: error: ") and says in lines[0]
    assert list(tmp_path.iterdir()) == []
