"""The briefing as plain data: slides of titles, bullet lines, tables and chart series.

Why words travel as templates: the core never imports Qt, yet the briefing must come out in
bokmål or English. Every word FredApp itself writes is an English ``QT_TR_NOOP`` template in a
:class:`~fredapp.core.messages.Message` with its values kept apart; a writer (the PPTX here, the
PDF in ``fredapp.ui.briefing_pdf``) renders it with a ``translate`` callable for the chosen
language. Text that comes from the database (unit names, measure titles) is a plain ``str`` and
is never translated. Numbers stay numbers (:class:`Figure`) until a writer formats them with
:func:`format_figure` for the language, so both writers print the same text, and a chart gets
the number itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from fredapp.core.messages import Message

Translate = Callable[[str], str]
MISSING = "–"  # a missing figure stays missing: shown as a dash, never as zero


class Style(StrEnum):
    COUNT = "count"  # 4 737
    DECIMAL = "decimal"  # 6,0
    CHANGE = "change"  # +4 or −17 (a difference)
    PERCENT = "percent"  # 91 % (a share or a level in per cent)
    CHANGE_PERCENT = "change_percent"  # −25 % (a relative change)
    CHANGE_POINTS = "change_points"  # +3 percentage points (a change of a share)
    DURATION = "duration"  # 00:42:48 (seconds)


@dataclass(frozen=True)
class Figure:
    """A number in a table cell or a bullet: the value and how it is written."""

    value: float | None
    style: Style = Style.COUNT
    decimals: int = 0


Cell = str | Message | Figure | dt.date  # str: text from the database, shown as it is


@dataclass(frozen=True)
class Table:
    columns: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: int = 0  # the last ``totals`` rows are totals (drawn bold)
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty


def table_share(table: Table) -> float:
    """How much of the width a table takes beside a chart: a two-column table needs little, and
    the chart gets the room to name its categories."""
    return 0.35 if len(table.columns) <= 2 else 0.6


@dataclass(frozen=True)
class Series:
    name: str | Message
    values: tuple[float | None, ...]


class ChartKind(StrEnum):
    COLUMNS = "columns"  # clustered columns
    STACKED = "stacked"  # stacked columns
    BARS = "bars"  # clustered horizontal bars
    LINES = "lines"


@dataclass(frozen=True)
class Chart:
    kind: ChartKind
    title: Message
    categories: tuple[str | Message, ...]
    series: tuple[Series, ...]
    axis_title: Message
    decimals: int = 0
    highlight: int | None = None  # a category drawn in another colour (the home municipality)


@dataclass(frozen=True)
class Picture:
    """A picture drawn by the caller (the core cannot draw with Qt): PNG bytes, their size in
    pixels, and what it shows in words (the PPTX's alternative text for screen readers)."""

    png: bytes
    width: int
    height: int
    description: Message | str


@dataclass(frozen=True)
class Slide:
    key: str  # what the slide shows: cover, organisation, changes, measures, calls …
    title: Message
    subtitle: Message | None = None
    bullets: tuple[Message, ...] = ()
    table: Table | None = None
    chart: Chart | None = None
    picture: Picture | None = None  # fills the slide below its title and bullets


@dataclass(frozen=True)
class Briefing:
    title: Message
    made: dt.date
    period: Message | str
    slides: tuple[Slide, ...] = field(default_factory=tuple)


def insert_slides(briefing: Briefing, after: str, slides: Sequence[Slide]) -> Briefing:
    """The briefing with ``slides`` placed after its last slide whose key is ``after`` (at the
    end when there is none): how the window adds the slides it draws, such as pictures."""
    keys = [slide.key for slide in briefing.slides]
    place = len(keys) - keys[::-1].index(after) if after in keys else len(keys)
    new = (*briefing.slides[:place], *slides, *briefing.slides[place:])
    return replace(briefing, slides=new)


# -- writing values in a language --------------------------------------------------------------


def _grouped(value: float, decimals: int, language: str) -> str:
    text = f"{abs(value):,.{decimals}f}"
    if language == "nb":  # 4 737,5: a no-break space groups thousands, a comma marks decimals
        text = text.replace(",", "\u00a0").replace(".", ",")
    sign = "\u2212" if round(value, decimals) < 0 else ""
    return sign + text


def _signed(value: float, decimals: int, language: str) -> str:
    text = _grouped(value, decimals, language)
    return "+" + text if round(value, decimals) > 0 else text


def _percent_sign(language: str) -> str:
    return "\u00a0%" if language == "nb" else "%"


def format_figure(figure: Figure, language: str) -> str:
    """The figure as a reader of ``language`` ('nb' or 'en') writes it; a dash when missing."""
    value, decimals = figure.value, figure.decimals
    if value is None:
        return MISSING
    match figure.style:
        case Style.DURATION:
            whole = round(value)
            return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
        case Style.CHANGE:
            return _signed(value, decimals, language)
        case Style.PERCENT:
            return _grouped(value, decimals, language) + _percent_sign(language)
        case Style.CHANGE_PERCENT:
            return _signed(value, decimals, language) + _percent_sign(language)
        case Style.CHANGE_POINTS:
            points = "\u00a0%-poeng" if language == "nb" else " points"
            return _signed(value, decimals, language) + points
        case _:
            return _grouped(value, decimals, language)


def format_date(day: dt.date, language: str) -> str:
    return f"{day:%d.%m.%Y}" if language == "nb" else day.isoformat()


def render(item: Cell, translate: Translate, language: str) -> str:
    """A cell, a title or a bullet as text: words translated, values written for the language."""
    if isinstance(item, Figure):
        return format_figure(item, language)
    if isinstance(item, dt.date):
        return format_date(item, language)
    if isinstance(item, Message):
        values = {
            name: _value_text(value, translate, language) for name, value in item.values.items()
        }
        return Message(item.template, values).render(translate)
    return item


def _value_text(value: object, translate: Translate, language: str) -> object:
    if isinstance(value, (Figure, Message)):
        return render(value, translate, language)
    if isinstance(value, dt.date):
        return format_date(value, language)
    return value
