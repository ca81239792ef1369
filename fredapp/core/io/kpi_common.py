"""What the key-figure kinds (calls, goals, benchmarks) share when they import.

- Headers: the known columns, English or Norwegian, in any order; an unknown or missing column
  stops the import and names it.
- Cells: durations as hh:mm:ss, periods as 2023, 2023-04, 2023-04-30, "april 2023" or
  "apr. 2023" (Norwegian month names), yes/no as ja/nei.
- Periods the database already holds are never doubled: :class:`DuplicatePeriodError` names
  them unless the caller asked to replace them.
- The plan of an import is a list of service changes, written in one transaction by
  :meth:`DataService.apply_many` after all of them are checked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from fredapp.core.errors import ImportExportError
from fredapp.core.io.formats import cell_name
from fredapp.core.messages import QT_TR_NOOP, Message
from fredapp.core.service import Change, DataService

MONTHS = {
    "januar": 1,
    "jan": 1,
    "februar": 2,
    "feb": 2,
    "mars": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "desember": 12,
    "des": 12,
}
_YEAR = re.compile(r"\d{4}")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{4})")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NORWEGIAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_NAMED_MONTH = re.compile(r"([a-zæøå]+)\.?[\s-]+(\d{4}|\d{2})")
_DURATION = re.compile(r"(?:(\d+) days?, )?(\d+):([0-5]\d):([0-5]\d)(?:\.\d+)?")
YES = frozenset({"ja", "j", "yes", "y", "true", "sann", "1", "x"})
NO = frozenset({"nei", "n", "no", "false", "usann", "0", ""})


class DuplicatePeriodError(ImportExportError):
    """The file holds figures for periods the database already has; nothing was imported."""

    def __init__(
        self, template: str | Message, /, *, periods: Sequence[str], **values: Any
    ) -> None:
        super().__init__(template, **values)
        self.periods = list(periods)
        # The same, as messages where a name has words in it, for the window to translate.
        self.held: list[str | Message] = list(values.get("held", periods))


@dataclass
class ImportPlan:
    """The changes an import would make, and how many rows of the file they come from."""

    changes: list[Change] = field(default_factory=list)
    rows: int = 0
    replaced: list[str] = field(default_factory=list)  # periods whose figures are replaced


def columns(
    header: Sequence[str],
    required: Sequence[str],
    optional: Sequence[str] = (),
    aliases: Mapping[str, str] | None = None,
    ignored: Sequence[str] = (),
) -> dict[str, int]:
    """Where each known column is: {canonical name: index}. Refuses unknown and missing ones."""
    aliases = aliases or {}
    known = {*required, *optional}
    found: dict[str, int] = {}
    for index, raw in enumerate(header):
        name = raw.strip().lower()
        name = aliases.get(name, name)
        if not name:  # Excel's trailing empty columns
            continue
        if name in ignored:
            continue
        if name not in known:
            if optional:
                raise ImportExportError(
                    QT_TR_NOOP(
                        "row 1, column {index}: unknown column '{name}'; "
                        "the columns are {expected} (optional: {optional})"
                    ),
                    index=index + 1,
                    name=raw.strip(),
                    expected=", ".join(required),
                    optional=", ".join(optional),
                )
            raise ImportExportError(
                QT_TR_NOOP(
                    "row 1, column {index}: unknown column '{name}'; the columns are {expected}"
                ),
                index=index + 1,
                name=raw.strip(),
                expected=", ".join(required),
            )
        if name in found:
            raise ImportExportError(
                QT_TR_NOOP("row 1, column {index}: the column '{name}' appears twice"),
                index=index + 1,
                name=name,
            )
        found[name] = index
    missing = [name for name in required if name not in found]
    names = ", ".join(repr(m) for m in missing)
    if len(missing) > 1:
        raise ImportExportError(QT_TR_NOOP("row 1: the columns {names} are missing"), names=names)
    if missing:
        raise ImportExportError(QT_TR_NOOP("row 1: the column {names} is missing"), names=names)
    return found


def cell(row: Sequence[str], where: Mapping[str, int], name: str) -> str:
    index = where.get(name)
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


def parse_duration(text: str, *, row: int, column: str) -> float | None:
    """'00:42:48' (also '0:42:48' and Excel's '1 day, 2:00:00') as seconds; '' is None."""
    text = text.strip()
    if not text:
        return None
    match = _DURATION.fullmatch(text)
    if match is None:
        raise ImportExportError(
            QT_TR_NOOP("{cell}: '{text}' is not a duration; write hh:mm:ss"),
            cell=cell_name(row, column),
            text=text,
        )
    days, hours, minutes, seconds = (int(part) if part else 0 for part in match.groups())
    return float(days * 86400 + hours * 3600 + minutes * 60 + seconds)


def parse_period(text: str, *, row: int, column: str, required: bool = True) -> str:
    """A period as FredApp stores it: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.

    Accepts '2023', '2023-04', '4.2023', '04/2023', '2023-04-30', '30.04.2023', and Norwegian
    month names written out or shortened: 'april 2023', 'apr. 2023', 'Des 23'.
    """
    text = text.strip()
    if not text:
        if required:
            raise ImportExportError(
                QT_TR_NOOP("{cell}: the period is empty"), cell=cell_name(row, column)
            )
        return ""
    lowered = text.lower()
    if _YEAR.fullmatch(lowered):
        return lowered
    if match := _YEAR_MONTH.fullmatch(lowered):
        return _month(int(match[1]), int(match[2]), text, row, column)
    if match := _MONTH_YEAR.fullmatch(lowered):
        return _month(int(match[2]), int(match[1]), text, row, column)
    if match := _DATE.fullmatch(lowered) or _NORWEGIAN_DATE.fullmatch(lowered):
        parts = (match[1], match[2], match[3]) if "-" in lowered else (match[3], match[2], match[1])
        try:
            return dt.date(*(int(p) for p in parts)).isoformat()
        except ValueError:
            raise ImportExportError(
                QT_TR_NOOP("{cell}: '{text}' is not a date"), cell=cell_name(row, column), text=text
            ) from None
    if match := _NAMED_MONTH.fullmatch(lowered):
        month = MONTHS.get(match[1])
        if month is not None:
            year = int(match[2]) if len(match[2]) == 4 else 2000 + int(match[2])
            return f"{year:04d}-{month:02d}"
    raise ImportExportError(
        QT_TR_NOOP(
            "{cell}: '{text}' is not a period; write for example 2023, "
            "2023-04, april 2023 or 30.04.2023"
        ),
        cell=cell_name(row, column),
        text=text,
    )


def _month(year: int, month: int, text: str, row: int, column: str) -> str:
    if not 1 <= month <= 12:
        raise ImportExportError(
            QT_TR_NOOP("{cell}: '{text}' has no month {month}"),
            cell=cell_name(row, column),
            text=text,
            month=month,
        )
    return f"{year:04d}-{month:02d}"


def parse_yes_no(text: str, *, row: int, column: str, default: bool = False) -> bool:
    value = text.strip().lower()
    if not value:
        return default
    if value in YES:
        return True
    if value in NO:
        return False
    raise ImportExportError(
        QT_TR_NOOP("{cell}: '{text}' is neither ja nor nei"),
        cell=cell_name(row, column),
        text=text.strip(),
    )


def refuse_duplicates(held: Iterable[str | Message], kind: Message) -> None:
    """Stop an import that would double figures the database already holds.

    ``kind`` names the figures ("call figures"); ``held`` names what is held, as text or as
    messages where the name has words in it. ``DuplicatePeriodError.periods`` has them as
    English text, in order; ``.held`` as they were given, in the same order.
    """
    by_text = {str(item): item for item in held}
    if by_text:
        periods = sorted(by_text)
        raise DuplicatePeriodError(
            QT_TR_NOOP(
                "the database already holds {kind} for:\n{held}\nNothing was imported; "
                "replace them with --replace (on the command line) or by answering yes in FredApp"
            ),
            periods=periods,
            kind=kind,
            held=[by_text[text] for text in periods],
        )


def apply_changes(service: DataService, changes: Sequence[Change]) -> None:
    """Write ``changes`` in one transaction, or nothing if any is refused (see apply_many)."""
    if changes:
        service.apply_many(list(changes))
