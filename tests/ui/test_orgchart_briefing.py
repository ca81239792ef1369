"""The briefing's picture slides: a picture drawn by the window lands, whole and described, in
the PPTX and in the PDF, after the slide it belongs with."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pptx import Presentation
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from fredapp.core.briefing import BriefingOptions, build_briefing
from fredapp.core.briefing.model import Picture, Slide, insert_slides
from fredapp.core.messages import QT_TR_NOOP, message
from fredapp.ui import briefing_pictures
from fredapp.ui.briefing_files import write_briefing, write_document
from fredapp.ui.context import AppContext

OPTIONS = BriefingOptions(today=dt.date(2024, 3, 1))


def png(width: int, height: int, colour: str) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def picture_slide() -> Slide:
    picture = Picture(png(400, 200, "#1f77b4"), 400, 200, "Two blue boxes")
    return Slide("picture", message(QT_TR_NOOP("Organisation chart")), picture=picture)


def slide_titles(deck: Any) -> list[str]:
    return [
        next(shape.text_frame.text for shape in slide.shapes if shape.name == "Title")
        for slide in deck.slides
    ]


def test_a_picture_slide_follows_its_slide_whole_and_described(
    context: AppContext, tmp_path: Path
) -> None:
    briefing = insert_slides(
        build_briefing(context.database, OPTIONS), "organisation", [picture_slide()]
    )
    keys = [slide.key for slide in briefing.slides]
    assert keys.index("picture") == keys.index("organisation") + 1
    path = tmp_path / "b.pptx"
    write_document(path, briefing, "en", lambda done, total: None)
    deck: Any = Presentation(str(path))
    titles = slide_titles(deck)
    assert titles.index("Organisation chart") == keys.index("picture")
    slide = deck.slides[keys.index("picture")]
    (shape,) = [shape for shape in slide.shapes if shape.name == "Picture"]
    assert shape.image.blob == briefing.slides[keys.index("picture")].picture.png
    assert shape._element.nvPicPr.cNvPr.get("descr") == "Two blue boxes"
    # Proportions kept (2:1) and inside the slide.
    assert shape.width / shape.height == pytest.approx(2.0, rel=0.01)
    assert shape.left >= 0 and shape.left + shape.width <= deck.slide_width

    pdf = tmp_path / "b.pdf"
    write_document(pdf, briefing, "en", lambda done, total: None)
    with pdfplumber.open(pdf) as document:
        page = document.pages[keys.index("picture")]
        assert "Organisation chart" in page.extract_text()
        (image,) = page.images
        assert (image["x1"] - image["x0"]) / (image["bottom"] - image["top"]) == pytest.approx(
            2.0, rel=0.02
        )


def test_makers_add_their_slides_when_the_briefing_is_written(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(briefing_pictures, "MAKERS", [("organisation", f"{__name__}:maker")])
    path = tmp_path / "b.pptx"
    write_briefing(context.database, [path], OPTIONS, "en")
    titles = slide_titles(Presentation(str(path)))
    assert titles[titles.index("Organisation chart") - 1].startswith("The organisation")


def maker(database: Any, options: BriefingOptions, language: str) -> list[Slide]:
    return [picture_slide()]


@pytest.mark.parametrize(
    ("language", "title", "story"),
    [
        ("nb", "Organisasjonskart: Fra → Til", "Ledere 28 → 21"),
        ("en", "Organisation chart: Fra → Til", "Leaders 28 → 21"),
    ],
)
def test_the_briefing_shows_the_pair_as_a_picture_after_the_figures(
    context: AppContext, tmp_path: Path, language: str, title: str, story: str
) -> None:
    path = tmp_path / "b.pptx"
    write_briefing(context.database, [path], OPTIONS, language)
    deck: Any = Presentation(str(path))
    titles = slide_titles(deck)
    place = titles.index(title)
    assert place == 2  # after the cover and the organisation's figures
    (shape,) = [s for s in deck.slides[place].shapes if s.name == "Picture"]
    description = shape._element.nvPicPr.cNvPr.get("descr")
    assert story in description and "Anskaffelser" in description
    image = QImage.fromData(shape.image.blob)
    assert image.width() > image.height() > 400  # wide as the slide, sharp when projected
    # Drawn, not blank: the colours of moved (blue) and split (orange) units are in it.
    colours = {
        image.pixelColor(x, y).name().upper()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert {"#C5E0F2", "#F9D9B8"} <= colours
