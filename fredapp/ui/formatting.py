"""Numbers and dates in the UI's language (bokmål: 1 234,5 and 30.10.2023)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def number(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals)


def percent_sign() -> str:
    """What follows a number in per cent: bokmål writes a no-break space before «%»."""
    return "%" if QLocale().language() == QLocale.Language.English else "\u00a0%"


def percent(value: float | None, decimals: int = 0) -> str:
    """Bokmål writes a space before the per cent sign; English does not."""
    if value is None:
        return "–"
    text = number(value, decimals)
    if value > 0:
        text = "+" + text
    return text + percent_sign()


def date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def date_time(value: dt.datetime | None) -> str:
    """Date and hour:minute in the UI's language and the user's own time zone."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    return f"{date(local.date())} {local:%H:%M}"
