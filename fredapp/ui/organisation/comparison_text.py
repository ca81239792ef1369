"""What the comparison says in words: change kinds, figure names, sentences and cells.

Shared by the comparison view (``comparison``) and its PDF/XLSX export (``export``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fredapp.core.calc.scenarios import ChangeKind, Comparison, FigureRow, UnitChange
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.ui import formatting
from fredapp.ui.itemmodels.units import level_name

_CONTEXT = "ComparisonView"

KIND_NAMES = {
    ChangeKind.MOVED: QT_TRANSLATE_NOOP("ComparisonView", "Moved"),
    ChangeKind.RENAMED: QT_TRANSLATE_NOOP("ComparisonView", "Renamed"),
    ChangeKind.SPLIT: QT_TRANSLATE_NOOP("ComparisonView", "Split"),
    ChangeKind.MERGED: QT_TRANSLATE_NOOP("ComparisonView", "Merged"),
    ChangeKind.CREATED: QT_TRANSLATE_NOOP("ComparisonView", "New"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("ComparisonView", "Removed"),
    ChangeKind.RELEVELLED: QT_TRANSLATE_NOOP("ComparisonView", "Level changed"),
}
FIGURE_NAMES = {
    "leaders": QT_TRANSLATE_NOOP("ComparisonView", "Leaders in total"),
    "employees": QT_TRANSLATE_NOOP("ComparisonView", "Employees"),
    "density": QT_TRANSLATE_NOOP("ComparisonView", "Employees per leader"),
    "span_mean": QT_TRANSLATE_NOOP("ComparisonView", "Span of control, mean"),
    "span_max": QT_TRANSLATE_NOOP("ComparisonView", "Span of control, largest"),
    "span_min": QT_TRANSLATE_NOOP("ComparisonView", "Span of control, smallest"),
    "leader_levels": QT_TRANSLATE_NOOP("ComparisonView", "Leader levels (longest line)"),
}
# Figures shown with one decimal; the others are whole numbers.
_DECIMAL_FIGURES = frozenset({"density", "span_mean"})
FIGURE_HEADERS = (
    QT_TRANSLATE_NOOP("ComparisonView", "Figure"),
    "%from",
    "%to",
    QT_TRANSLATE_NOOP("ComparisonView", "Change"),
    QT_TRANSLATE_NOOP("ComparisonView", "Change in per cent"),
)
CHANGE_HEADERS = (
    QT_TRANSLATE_NOOP("ComparisonView", "Change"),
    QT_TRANSLATE_NOOP("ComparisonView", "What changed"),
    QT_TRANSLATE_NOOP("ComparisonView", "Measures"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _top(name: str | None) -> str:
    return name if name else QCoreApplication.translate("ComparisonView", "the top level")


def _and(names: tuple[str, ...]) -> str:
    if len(names) == 1:
        return names[0]
    return (
        QCoreApplication.translate("ComparisonView", "%1 and %2")
        .replace("%1", ", ".join(names[:-1]))
        .replace("%2", names[-1])
    )


def kind_name(kind: ChangeKind) -> str:
    return _tr(KIND_NAMES[kind])


def figure_name(row: FigureRow) -> str:
    if row.key in FIGURE_NAMES:
        return _tr(FIGURE_NAMES[row.key])
    if row.key.startswith("band:"):
        return QCoreApplication.translate(
            "ComparisonView", "Leaders with a span of control of %1"
        ).replace("%1", row.key.removeprefix("band:"))
    return QCoreApplication.translate("ComparisonView", "Leaders: %1").replace(
        "%1", level_name(row.key)
    )


def describe(change: UnitChange) -> str:
    """A change as a sentence in the UI's language."""
    match change.kind:
        case ChangeKind.MOVED:
            text = QCoreApplication.translate("ComparisonView", "%1 moved from %2 to %3").replace(
                "%2", _top(change.from_parent)
            )
            return text.replace("%3", _top(change.to_parent)).replace("%1", change.unit)
        case ChangeKind.RENAMED:
            return (
                QCoreApplication.translate("ComparisonView", "%1 renamed %2")
                .replace("%1", change.before[0])
                .replace("%2", change.after[0])
            )
        case ChangeKind.SPLIT:
            return (
                QCoreApplication.translate("ComparisonView", "%1 split into %2")
                .replace("%1", change.before[0])
                .replace("%2", _and(change.after))
            )
        case ChangeKind.MERGED:
            return (
                QCoreApplication.translate("ComparisonView", "%1 merged into %2")
                .replace("%1", _and(change.before))
                .replace("%2", change.after[0])
            )
        case ChangeKind.CREATED:
            return (
                QCoreApplication.translate("ComparisonView", "%1 created under %2")
                .replace("%1", change.after[0])
                .replace("%2", _top(change.to_parent))
            )
        case ChangeKind.REMOVED:
            return (
                QCoreApplication.translate("ComparisonView", "%1 removed from %2")
                .replace("%1", change.before[0])
                .replace("%2", _top(change.from_parent))
            )
        case ChangeKind.RELEVELLED:
            return (
                QCoreApplication.translate("ComparisonView", "%1 changed level from %2 to %3")
                .replace("%2", level_name(change.from_level or ""))
                .replace("%3", level_name(change.to_level or ""))
                .replace("%1", change.unit)
            )
    return change.describe()  # pragma: no cover


def figure_cells(row: FigureRow) -> list[str]:
    decimals = 1 if row.key in _DECIMAL_FIGURES else 0
    difference = row.difference
    change = formatting.number(difference, decimals)
    if difference is not None and difference > 0:
        change = "+" + change
    return [
        figure_name(row),
        formatting.number(row.before, decimals),
        formatting.number(row.after, decimals),
        change,
        formatting.percent(row.percent, 1),
    ]


def measures_text(comparison: Comparison | None, change: UnitChange) -> str:
    """The codes of the measures behind a change ("S-S4, S-S8"); empty when none is linked."""
    if comparison is None:
        return ""
    return ", ".join(comparison.measures_of(change))


def span_note(comparison: Comparison | None) -> str:
    """Which leaders have the largest and smallest spans in each scenario, for a tooltip."""
    if comparison is None or comparison.before_spans is None or comparison.after_spans is None:
        return ""
    lines = []
    for name, stats in (
        (comparison.from_name, comparison.before_spans),
        (comparison.to_name, comparison.after_spans),
    ):
        largest, smallest = stats.largest, stats.smallest
        if largest is None or smallest is None:
            continue
        lines.append(
            QCoreApplication.translate("ComparisonView", "%1: largest %2 (%3), smallest %4 (%5)")
            .replace("%1", name)
            .replace("%2", str(largest.span))
            .replace("%3", largest.unit)
            .replace("%4", str(smallest.span))
            .replace("%5", smallest.unit)
        )
    return "\n".join(lines)
