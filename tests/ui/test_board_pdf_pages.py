"""The board PDF over several pages: each column of a lane runs on by itself, a card never cut,
every page starts with the column headers, and no page ends with more blank than a card needs.

A board of the seed's 46 measures and 150 more (in two columns, titles of different lengths, so
cards beside each other have different heights) is written as A4, then read back with
pdfplumber: every measure's code is on exactly one page, its card's title words are on that
same page, each page's top lines carry the column headers, and every page but the last is
filled to at least three quarters of its height.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from sqlmodel import col, select

from fredapp.core.models import Measure
from fredapp.core.operations import Operation
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow

EXTRA = 150


def test_board_pdf_breaks_between_cards_and_repeats_the_headers(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, qtbot, tmp_path: Path
) -> None:
    service = context.service
    creates = [
        service.plan_create(
            Measure,
            code=f"P-{n:03d}",
            title=f"Tiltak nummer{n:03d} side" + " med mer tekst" * (n % 5),
            dimension="S",
            level="stab",
            status=("ikke_startet", "pagar")[n % 2],
        )
        for n in range(EXTRA)
    ]
    service.run(Operation("Mange tiltak", tuple(creates)))
    tab = window.measures_tab
    qtbot.waitUntil(lambda: len(tab.shown_ids()) == 46 + EXTRA)
    target = tmp_path / "tavle.pdf"
    assert tab.export_board(target, "A4") == 46 + EXTRA
    grid = tab.board
    headers = [h.text() for h in grid.column_headers]
    with context.database.session() as session:
        measures = session.exec(select(Measure).where(col(Measure.deleted).is_(False))).all()
        cards = {m.code: m.title for m in measures}
    assert len(cards) == 46 + EXTRA
    with pdfplumber.open(target) as pdf:
        pages = [(page.extract_text() or "", page) for page in pdf.pages]
        assert len(pages) >= 3
        words = [text.split() for text, _ in pages]
        for number, (_text, page) in enumerate(pages, start=1):
            # the top of the page: the column headers, each whole
            top = page.within_bbox((0, 0, page.width, page.height * 0.2)).extract_text() or ""
            flat = " ".join(top.split())
            for header in headers:
                name = header.rsplit(" (", 1)[0]
                assert " ".join(name.split()) in flat, (number, name, flat[:200])
            if number < len(pages):  # the foot of the page: at most a card's height left blank
                body = [w for w in page.extract_words() if w["bottom"] < page.height - 50]
                lowest = max(float(w["bottom"]) for w in body)
                assert lowest > 0.75 * (page.height - 50), (number, lowest)
    for code, title in cards.items():
        on = [n for n, page_words in enumerate(words) if code in page_words]
        assert len(on) == 1 and words[on[0]].count(code) == 1, (code, on)
        if code.startswith("P-"):
            unique = title.split()[1]
            assert unique in words[on[0]], (code, title, on)
