"""Reading a PDF back as a reader gets it: pdfplumber gives every character's size and place.

Shared by the readability tests of the window's exports and of ``fredapp export``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber

MM = 72 / 25.4  # points per millimetre
SMALLEST = 8.0
BODY = 10.0
A4 = (595.3, 841.9)  # points, portrait


@dataclass
class Reading:
    sizes: list[float]  # every character's font size, in points
    body: list[float]  # the same above the footer ("Page x of y" and the title)
    text: str  # every page's text, pages joined by newlines
    lines: str  # the same with line breaks removed: words split over lines join up
    spans: list[float]  # per page: the text's width as a share of the printable width
    pages: int
    page_texts: list[str]  # each page's text, whitespace made single spaces
    page_size: tuple[float, float]  # the first page's width and height, points


def flat(text: str) -> str:
    return " ".join(text.split())


def read(path: Path, margin_mm: float) -> Reading:
    assert path.read_bytes().startswith(b"%PDF")
    sizes: list[float] = []
    body: list[float] = []
    texts: list[str] = []
    spans: list[float] = []
    with pdfplumber.open(path) as pdf:
        size = (float(pdf.pages[0].width), float(pdf.pages[0].height))
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
    lines = " ".join(flat(text).split("- "))
    return Reading(sizes, body, text, lines, spans, pages, [flat(t) for t in texts], size)


def assert_readable(reading: Reading) -> None:
    assert reading.sizes, "no text in the PDF"
    assert min(reading.sizes) >= SMALLEST, f"text at {min(reading.sizes)} pt"
    common = Counter(reading.body).most_common(1)[0][0]
    assert common >= BODY, f"body text at {common} pt"
    assert reading.spans[0] >= 0.75, f"text spans {reading.spans[0]:.0%} of the page width"


def columns(path: Path, headers: list[str]) -> list[dict[str, str]]:
    """Per page: each column's text below its header (the header row found on the page by its
    first words), whitespace made single spaces; {} for a page without the header row."""
    result: list[dict[str, str]] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            starts = [_header_word(words, header) for header in headers]
            if any(start is None for start in starts):
                result.append({})
                continue
            lefts = [float(w["x0"]) - 2 for w in starts if w is not None]
            top = max(float(w["bottom"]) for w in starts if w is not None)
            rights = [*lefts[1:], float(page.width)]
            cells = {}
            for header, left, right in zip(headers, lefts, rights, strict=True):
                region = page.within_bbox((left, top + 0.5, right, float(page.height) - 40))
                cells[header] = flat(region.extract_text() or "")
            result.append(cells)
    return result


def _header_word(words: list[dict[str, Any]], header: str) -> dict[str, Any] | None:
    first = header.split()[0]
    found = [w for w in words if w["text"] == first]
    return min(found, key=lambda w: float(w["top"])) if found else None


def pages_with(reading: Reading, text: str) -> list[int]:
    """The pages (from 1) whose text holds ``text`` (whitespace made single spaces)."""
    wanted = flat(text)
    return [n for n, page in enumerate(reading.page_texts, start=1) if wanted in page]
