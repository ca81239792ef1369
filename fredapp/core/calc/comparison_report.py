"""A comparison of two scenarios as plain text for the terminal (``fredapp compare``)."""

from __future__ import annotations

from fredapp.core.calc.scenarios import Comparison, FigureRow

_FIGURE_NAMES = {
    "leaders": "leaders in total",
    "employees": "employees",
    "density": "density",
    "span_mean": "span, mean",
    "span_max": "span, largest",
    "span_min": "span, smallest",
    "leader_levels": "leader levels",
}
_DECIMALS = {"density": 1, "span_mean": 1}


def format_comparison(comparison: Comparison) -> str:
    """The comparison as a text table and a list of changes (English, for the terminal)."""
    rows = [("", comparison.from_name, comparison.to_name, "change", "per cent")]
    for row in comparison.level_rows():
        rows.append((f"leaders: {row.key}", *_figure_cells(row, 0)))
    for row in comparison.total_rows() + comparison.span_rows():
        name = _FIGURE_NAMES.get(row.key) or "leaders, span " + row.key.removeprefix("band:")
        rows.append((name, *_figure_cells(row, _DECIMALS.get(row.key, 0))))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]
    lines.append("")
    lines.append(f"changes ({len(comparison.changes)}):")
    for change in comparison.changes:
        measures = comparison.measures_of(change)
        behind = f"  [{', '.join(measures)}]" if measures else ""
        lines.append(f"  {change.kind.value:<10} {change.describe()}{behind}")
    return "\n".join(lines)


def _figure_cells(row: FigureRow, decimals: int) -> tuple[str, str, str, str]:
    def number(value: float | None, sign: bool = False) -> str:
        if value is None:
            return "–"
        return f"{value:{'+' if sign else ''}.{decimals}f}"

    percent = row.percent
    return (
        number(row.before),
        number(row.after),
        number(row.difference, sign=True),
        "–" if percent is None else f"{percent:+.1f} %",
    )
