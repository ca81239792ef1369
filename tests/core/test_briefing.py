"""The council briefing as PPTX, read back with python-pptx and checked against the database."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pptx import Presentation
from sqlalchemy import insert, update

from fredapp.core.briefing import BriefingOptions, build_briefing
from fredapp.core.briefing.model import Figure, Style, format_figure
from fredapp.core.briefing.pptx import write_pptx
from fredapp.core.calc.calls import call_rows
from fredapp.core.calc.goals import goal_attainment
from fredapp.core.calc.scenarios import compare_scenarios
from fredapp.core.db import Database
from fredapp.core.errors import FredAppError, ValidationError
from fredapp.core.models import Measure, SickLeaveFigure
from fredapp.core.queries import benchmarks, goals, live_records, scenario_units, scenarios

TODAY = dt.date(2024, 3, 1)


def english(text: str) -> str:
    return text


def write(database: Database, path: Path, **options: Any) -> Any:
    briefing = build_briefing(database, BriefingOptions(today=TODAY, **options))
    write_pptx(path, briefing, english, "en")
    return Presentation(str(path))


def title(slide: Any) -> str:
    return next(shape.text_frame.text for shape in slide.shapes if shape.name == "Title")


def texts(slide: Any) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def table(slide: Any) -> list[list[str]]:
    found = [shape.table for shape in slide.shapes if shape.has_table]
    assert len(found) == 1, title(slide)
    return [[cell.text for cell in row.cells] for row in found[0].rows]


def chart(slide: Any) -> Any:
    found = [shape.chart for shape in slide.shapes if shape.has_chart]
    assert len(found) == 1, title(slide)
    return found[0]


def slides(deck: Any, start: str) -> list[Any]:
    return [slide for slide in deck.slides if title(slide).startswith(start)]


def row(rows: list[list[str]], first: str) -> list[str]:
    return next(r for r in rows if r[0] == first)


def number(text: str) -> float:
    """An English figure as written ('4,737', '−25.0%', '+4') back to a number."""
    return float(text.replace(",", "").replace("%", "").replace("\u2212", "-").replace("+", ""))


@pytest.fixture
def deck(seeded_db: Database, tmp_path: Path) -> Any:
    return write(seeded_db, tmp_path / "briefing.pptx")


def test_the_slides_are_16_by_9(deck: Any) -> None:
    assert deck.slide_width * 9 == pytest.approx(deck.slide_height * 16, rel=1e-3)


def test_the_cover_has_title_date_and_period(deck: Any) -> None:
    cover = deck.slides[0]
    assert title(cover) == "The shared services and central cross-cutting processes"
    words = "\n".join(texts(cover))
    assert "Date: 2024-03-01" in words
    assert "Period: the latest figures held" in words
    assert "Organisation: Fra → Til" in words


def test_the_organisation_slide_has_the_seeds_leader_figures(
    seeded_db: Database, deck: Any
) -> None:
    expected = compare_scenarios(seeded_db, "Fra", "Til")
    (slide,) = slides(deck, "The organisation before and after: Fra → Til")
    rows = table(slide)
    assert rows[0][1:3] == ["Fra", "Til"]
    assert row(rows, "Leaders in total")[1:] == ["28", "21", "\u22127", "\u221225.0%"]
    assert row(rows, "Employees per leader")[1:3] == ["6.0", "10.0"]
    assert number(row(rows, "Employees")[1]) == expected.before.employees
    assert number(row(rows, "Team leaders")[1]) == 17
    assert "Leaders: 28 → 21 (\u221225%)" in texts(slide)[1]
    assert "Employees per leader: 6 → 10 (+67%)" in texts(slide)[1]
    plot = chart(slide)
    levels = expected.level_rows()
    assert [s.name for s in plot.plots[0].series] == ["Fra", "Til"]
    assert list(plot.plots[0].series[0].values) == [r.before for r in levels]
    assert list(plot.plots[0].series[1].values) == [r.after for r in levels]
    assert list(plot.plots[0].categories) == [
        "Business unit leaders",
        "Department leaders",
        "Team leaders",
    ]


def test_every_change_between_the_scenarios_is_listed(seeded_db: Database, deck: Any) -> None:
    expected = compare_scenarios(seeded_db, "Fra", "Til").changes
    listed = [r for slide in slides(deck, "What changed") for r in table(slide)[1:]]
    assert len(listed) == len(expected) == 34
    assert ["Split", "Økonomi og finans split into Økonomi og analyse and Finans og regnskap"] in (
        listed
    )
    assert ["Merged", "HR and Tjenesteutvikling merged into Organisasjonsutvikling"] in listed
    summary = table(slides(deck, "Units moved, split and merged")[0])
    assert row(summary, "Moved")[1] == "9"
    assert row(summary, "Total")[1] == "34"


def test_every_measure_code_is_on_a_slide_with_its_title(seeded_db: Database, deck: Any) -> None:
    measures = live_records(seeded_db, Measure)
    shown = {r[0]: r[1] for s in slides(deck, "Measures: ") for r in table(s)[1:]}
    assert shown == {m.code: m.title for m in measures}
    overview = slides(deck, "The measures:")[0]
    total = row(table(overview), "Total")
    assert total[0:4] == ["Total", "0", "13", "0"]  # done, under way, late
    assert number(total[-1]) == len(measures) == 46


def test_a_measure_past_its_due_date_is_late(seeded_db: Database, tmp_path: Path) -> None:
    with seeded_db.engine.begin() as conn:
        conn.execute(
            update(Measure)
            .where(Measure.code == "S-S2")  # type: ignore[arg-type]
            .values(due_date=TODAY - dt.timedelta(days=1))
        )
    deck = write(seeded_db, tmp_path / "late.pptx")
    assert title(slides(deck, "The measures:")[0]) == "The measures: 0 of 46 done, 1 late"
    (page,) = [s for s in slides(deck, "Measures: Structure") if "S-S2" in str(table(s))]
    assert row(table(page), "S-S2")[3:] == ["Late", "2024-02-29"]


def test_calls_per_queue_and_per_hour_with_totals(seeded_db: Database, deck: Any) -> None:
    with seeded_db.session() as session:
        queues = call_rows(session, "queue", "2023")
        hours = call_rows(session, "hour", "2023")
    (queue_slide,) = slides(deck, "Calls per queue (2023)")
    rows = table(queue_slide)
    assert row(rows, "Innbyggerdialog")[1:] == ["4,737", "4,486", "251", "00:42:48"]
    assert row(rows, "Total")[1:] == ["5,417", "5,126", "291", "00:42:48"]
    (hour_slide,) = slides(deck, "Calls per hour (2023)")
    assert row(table(hour_slide), "Total")[1:] == ["4,774", "4,522", "252", "00:26:29"]
    plot = chart(hour_slide)
    assert list(plot.plots[0].categories) == [h.category for h in hours]
    assert list(plot.plots[0].series[0].values) == [h.answered for h in hours]
    assert list(chart(queue_slide).plots[0].series[1].values) == [q.unanswered for q in queues]


def test_goals_against_outcomes_computed_and_missing_kept(seeded_db: Database, deck: Any) -> None:
    (slide,) = slides(deck, "Goals against outcomes")
    rows = table(slide)
    live = goals(seeded_db)
    assert [r[0] for r in rows[1:]] == [g.title for g in live]
    for goal, cells in zip(live, rows[1:], strict=True):
        result = goal_attainment(goal)
        if result.change is None:
            assert (cells[5], cells[6], cells[7]) == ("–", "–", "–")
        else:
            assert number(cells[5].split()[0]) == pytest.approx(result.change)
            assert cells[7] == ("Yes" if result.reached else "No")
    assert row(rows, "Nedgang på 25 % innkommende samtaler (april)")[5:] == [
        "\u22122,073",
        "\u221230%",
        "Yes",
    ]
    assert row(rows, "Kari-andel 20 % av besvarte samtaler (april)")[5] == "+3 points"
    assert row(rows, "Øke klikk Min side 25 % (juli)")[2:] == [
        "–",
        "2023-07",
        "–",
        "–",
        "–",
        "–",
    ]
    assert title(slide) == "Goals against outcomes: 3 of 8 reached"


def test_staffing_benchmarks_per_measure(seeded_db: Database, deck: Any) -> None:
    (slide,) = slides(deck, "Staffing benchmark: Lønn (2023)")
    stored = {b.municipality: b.value for b in benchmarks(seeded_db, "Lønn")}
    rows = table(slide)[1:]
    assert rows[0][0] == "Fredrikstad"  # home first, then lowest to highest
    assert {r[0]: number(r[1]) for r in rows} == stored
    values = list(chart(slide).plots[0].series[0].values)
    assert values == [stored[r[0]] for r in rows]
    assert values[1:] == sorted(values[1:])


def test_the_sources_slide_counts_the_records(seeded_db: Database, deck: Any) -> None:
    (slide,) = slides(deck, "Data sources")
    rows = table(slide)
    assert number(row(rows, "Measures")[1]) == len(live_records(seeded_db, Measure))
    assert row(rows, "Goals and outcomes")[2] == "as installed"
    assert row(rows, "Call-centre figures")[3] == (
        "Call-centre tables from the briefing to Bystyret 30.10.2023"
    )


def _figure(lineage: uuid.UUID, month: str, employees: int, short: float, long: float) -> dict:
    return {
        "id": uuid.uuid4(),
        "stamp": f"{1_700_000_000_000:013d}.000000.test",
        "device": "test",
        "deleted": False,
        "unit_lineage_id": lineage,
        "month": month,
        "employees": employees,
        "total_pct": short + long,
        "short_pct": short,
        "long_pct": long,
    }


def test_sick_leave_is_weighted_and_hides_groups_under_five(
    seeded_db: Database, tmp_path: Path
) -> None:
    til = next(s for s in scenarios(seeded_db) if s.name == "Til")
    units = scenario_units(seeded_db, til.id)
    rows = [
        _figure(units[1].lineage_id, "2024-01", 40, 2.0, 8.0),  # 10 %
        _figure(units[2].lineage_id, "2024-01", 10, 0.0, 0.0),  # 0 %
        _figure(units[3].lineage_id, "2024-01", 3, 30.0, 40.0),  # a group of 3: never shown
        _figure(units[3].lineage_id, "2024-02", 4, 1.0, 1.0),  # a month of only a small group
    ]
    with seeded_db.engine.begin() as conn:
        conn.execute(insert(SickLeaveFigure.__table__), rows)  # type: ignore[attr-defined]
    deck = write(seeded_db, tmp_path / "sick.pptx")
    (slide,) = slides(deck, "Sick leave in the organisation (Til)")
    cells = table(slide)
    assert row(cells, "2024-01")[1:] == ["50", "8.0%", "1.6%", "6.4%", "1"]
    assert row(cells, "2024-02")[1:] == ["0", "–", "–", "–", "1"]  # no shown group: no figure
    assert "70.0%" not in str(cells)
    assert list(chart(slide).plots[0].series[0].values) == [pytest.approx(8.0), None]
    sources = table(slides(deck, "Data sources")[0])
    assert row(sources, "Sick leave")[1:3] == ["4", "2023-11-14"]


def test_the_period_chooses_the_figures(seeded_db: Database, tmp_path: Path) -> None:
    deck = write(seeded_db, tmp_path / "p.pptx", period="2022")
    assert slides(deck, "Call centre")  # no calls held for 2022: said so, not left out
    assert "No call-centre figures for 2022" in str(texts(slides(deck, "Call centre")[0]))
    assert "Period: 2022" in "\n".join(texts(deck.slides[0]))


@pytest.mark.parametrize(
    ("options", "wrong"),
    [({"period": "april"}, "april"), ({"from_scenario": "Nope"}, "Nope")],
)
def test_bad_options_name_what_is_wrong_and_write_nothing(
    seeded_db: Database, tmp_path: Path, options: dict[str, str], wrong: str
) -> None:
    with pytest.raises((ValidationError, FredAppError), match=wrong):
        write(seeded_db, tmp_path / "bad.pptx", **options)
    assert not (tmp_path / "bad.pptx").exists()


@pytest.mark.parametrize(
    ("figure", "nb", "en"),
    [
        (Figure(4737), "4\u00a0737", "4,737"),
        (Figure(-25.0, Style.CHANGE_PERCENT), "\u221225\u00a0%", "\u221225%"),
        (Figure(6.04, Style.DECIMAL, 1), "6,0", "6.0"),
        (Figure(2568, Style.DURATION), "00:42:48", "00:42:48"),
        (Figure(None), "–", "–"),
    ],
)
def test_figures_are_written_for_the_language(figure: Figure, nb: str, en: str) -> None:
    assert format_figure(figure, "nb") == nb
    assert format_figure(figure, "en") == en


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_impress_converts_the_briefing_to_pdf(deck: Any, tmp_path: Path) -> None:
    source = tmp_path / "briefing.pptx"
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        [
            *("soffice", f"-env:UserInstallation={profile}", "--headless"),
            *("--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(source)),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(tmp_path / "out" / "briefing.pdf") as pdf:
        assert len(pdf.pages) == len(deck.slides)
        words = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "4,737" in words
    assert "Leaders: 28 → 21" in words
