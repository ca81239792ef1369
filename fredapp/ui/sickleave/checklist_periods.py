"""The periods the checklist page offers, and how it names them ("mars 2024", "K1 2024", "2024").

Offered: the current period, some back, one ahead, those that have a checklist, and one
asked for. The texts keep the translation context of the page ("ChecklistPage").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from fredapp.core.checklists import Period, PeriodKind

_BACK = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 8, PeriodKind.YEAR: 4}


def offered_periods(
    current: Period, existing: Iterable[str], extra: Period | None = None
) -> list[Period]:
    """The periods of ``current``'s kind to choose from, newest first (``existing``: those
    with a checklist)."""
    kind = current.kind
    periods = {current.shifted(n) for n in range(-_BACK[kind], 2)}
    for text in existing:
        period = Period.parse(text)
        if period.kind is kind:
            periods.add(period)
    if extra is not None and extra.kind is kind:
        periods.add(extra)
    return sorted(periods, reverse=True)


def period_label(period: Period) -> str:
    if period.kind is PeriodKind.MONTH:
        name = QLocale().standaloneMonthName(period.number, QLocale.FormatType.LongFormat)
        return f"{name} {period.year}"
    if period.kind is PeriodKind.QUARTER:
        text = QCoreApplication.translate("ChecklistPage", "Q%1 %2")
        return text.replace("%1", str(period.number)).replace("%2", str(period.year))
    return str(period.year)
