"""The council briefing's timeline slide: after the measures' slide, a picture of the seed's
milestones and dated measures, described in words, drawn in the briefing's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pptx import Presentation
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage

from fredapp.core.briefing import BriefingOptions
from fredapp.ui.board.timeline_briefing import in_language, timeline_slides
from fredapp.ui.briefing_files import write_briefing
from fredapp.ui.context import AppContext

OPTIONS = BriefingOptions(today=dt.date(2024, 3, 1))


def slide_titles(deck: Any) -> list[str]:
    return [
        next(shape.text_frame.text for shape in slide.shapes if shape.name == "Title")
        for slide in deck.slides
    ]


def test_the_briefing_has_the_timeline_after_the_measures(
    context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "b.pptx"
    write_briefing(context.database, [path], OPTIONS, "nb")
    deck: Any = Presentation(str(path))
    titles = slide_titles(deck)
    index = titles.index("Tidslinje for endringen")
    assert titles[index - 1].startswith("Tiltak")
    (shape,) = [s for s in deck.slides[index].shapes if s.name == "Picture"]
    description = shape._element.nvPicPr.cNvPr.get("descr")
    # the seed: 28 staff measures dated, 22 milestones, 18 municipality measures undated
    assert "28 tiltak med datoer" in description and "22 milepæler" in description
    assert "18 tiltak uten datoer" in description
    image = QImage.fromData(shape.image.blob)
    assert image.width() == 2400 and image.height() > 600
    assert shape.left + shape.width <= deck.slide_width


def test_the_slide_is_drawn_in_the_briefings_language(context: AppContext) -> None:
    before = QLocale().name()
    (slide,) = timeline_slides(context.database, OPTIONS, "en")
    assert QLocale().name() == before  # the window's language is back
    assert slide.picture is not None and slide.picture.width == 2400
    with in_language("en"):
        assert QLocale().standaloneMonthName(5) == "May"
    with in_language("nb"):
        assert QLocale().standaloneMonthName(5) == "mai"
