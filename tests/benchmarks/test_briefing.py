"""The council briefing for a ``fredapp demo --scale 10`` database (540 measures, 1,550 units).

The briefing compares the seed's "Fra" with the generated "Demo ×10" organisation (so the
comparison walks every unit and the sick-leave slide rolls up the generated figures) and lists
every measure. Each time is printed next to its floor: writing the same content's text, every
title, bullet, cell and chart value as the briefing words it, to a plain text file.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from fredapp.core.briefing import Briefing, BriefingOptions, build_briefing
from fredapp.core.briefing.model import Cell, render
from fredapp.core.briefing.pptx import write_pptx
from fredapp.core.db import Database, open_database
from fredapp.ui.briefing_pdf import translator_for, write_pdf

ROUNDS = 3
OPTIONS = BriefingOptions(from_scenario="Fra", to_scenario="Demo ×10")


@pytest.fixture(scope="module")
def database(scale10_database: Path) -> Iterator[Database]:
    opened = open_database(scale10_database, create=False, read_only=True)
    yield opened
    opened.close()


def content_text(briefing: Briefing, text: Callable[[Cell], str]) -> str:
    lines: list[str] = []
    for slide in briefing.slides:
        lines.append(text(slide.title))
        lines.extend(text(item) for item in (slide.subtitle, *slide.bullets) if item is not None)
        if slide.table is not None:
            for row in (slide.table.columns, *slide.table.rows):
                lines.append("\t".join(text(cell) for cell in row))
        if slide.chart is not None:
            lines.append("\t".join(text(category) for category in slide.chart.categories))
            for series in slide.chart.series:
                values = (str(value) for value in series.values)
                lines.append("\t".join((text(series.name), *values)))
    return "\n".join(lines)


def median_seconds(action: Callable[[], object], rounds: int = ROUNDS) -> float:
    action()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def fredapp_median(benchmark: Any) -> float:
    return float(benchmark.stats.stats.median)


@pytest.mark.parametrize("suffix", [".pptx", ".pdf"])
def test_briefing_at_scale_10(  # type: ignore[no-untyped-def]
    benchmark, record_ratio, qapp, database: Database, tmp_path: Path, suffix: str
) -> None:
    translate = translator_for("nb")
    path = tmp_path / f"orientering{suffix}"
    writer = write_pptx if suffix == ".pptx" else write_pdf

    def make() -> int:
        return writer(path, build_briefing(database, OPTIONS), translate, "nb")

    count = benchmark.pedantic(make, rounds=ROUNDS, warmup_rounds=1)
    briefing = build_briefing(database, OPTIONS)
    assert count >= len(briefing.slides) > 60
    floor_path = tmp_path / "orientering.txt"

    def floor() -> None:
        floor_path.write_text(
            content_text(briefing, lambda item: render(item, translate, "nb")), encoding="utf-8"
        )

    floor_seconds = median_seconds(floor)
    assert "Innbyggerdialog\t4\u00a0737" in floor_path.read_text(encoding="utf-8")
    record_ratio(
        f"briefing scale 10 ({len(briefing.slides)} slides){suffix}",
        fredapp_median(benchmark),
        "its text to a plain file",
        floor_seconds,
    )
