"""The words of FredApp's tables: names of coded values and of columns, in one place.

Decision (issue 16, "spreadsheets for people"): there is ONE source of truth for these words.
The English name of every coded value (``pagar`` → "In progress") and of every exported column
(``code`` → "Code") lives here, marked ``QT_TRANSLATE_NOOP(context, …)`` so Qt's ``lupdate``
collects it into ``resources/i18n/*.ts``; the ``.ts``/``.qm`` files hold the other languages.
The window's labels (:mod:`fredapp.ui.labels`) re-use these tables, and the contexts are the
window's own where it already names the thing (``MeasureTableModel``, ``UnitTreeModel``,
``ChecklistItemModel``), so a file says what the screen says.

The core never imports Qt, so it never translates by itself. Whoever has Qt hands it a
:data:`Translate` callable — the window ``QCoreApplication.translate``, the command line a
``QTranslator`` loaded with ``fredapp_nb.qm`` (see ``fredapp.ui.labels.translator``):

* :class:`Words` — one language, for writing a file. ``Words(None)`` (:data:`CODES`) writes the
  codes and code headers scripts depend on (``fredapp export`` without ``--lang``).
* :class:`Reading` — for reading a file: every code, the English names and the names in each
  language it was given, so a file exported in bokmål or English (or written by a script with
  codes) reads back the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.privacy import HIDDEN_TEXT

Translate = Callable[[str, str], str]  # (context, English source) -> text; "" when unknown


@dataclass(frozen=True, eq=False)
class Table:
    """Codes and their English names, translated in ``context``."""

    context: str
    names: Mapping[str, str]


# -- coded values --------------------------------------------------------------------------

DIMENSIONS = Table(
    "Labels",
    {
        "S": QT_TRANSLATE_NOOP("Labels", "Structure"),
        "RA": QT_TRANSLATE_NOOP("Labels", "Roles and responsibilities"),
        "KK": QT_TRANSLATE_NOOP("Labels", "Competence and capacity"),
        "A": QT_TRANSLATE_NOOP("Labels", "Work processes"),
        "P": QT_TRANSLATE_NOOP("Labels", "Performance measurement"),
        "KKV": QT_TRANSLATE_NOOP("Labels", "Communication, coordination and tools"),
        "K": QT_TRANSLATE_NOOP("Labels", "Culture"),
    },
)
MEASURE_STATUSES = Table(
    "Labels",
    {
        "ikke_startet": QT_TRANSLATE_NOOP("Labels", "Not started"),
        "pagar": QT_TRANSLATE_NOOP("Labels", "In progress"),
        "fullfort": QT_TRANSLATE_NOOP("Labels", "Done"),
        "stilt_i_bero": QT_TRANSLATE_NOOP("Labels", "On hold"),
    },
)
MEASURE_LEVELS = Table(
    "Labels",
    {
        "stab": QT_TRANSLATE_NOOP("Labels", "Central staffs"),
        "kommune": QT_TRANSLATE_NOOP("Labels", "Whole municipality"),
    },
)
GOAL_DIRECTIONS = Table(
    "Labels",
    {
        "reduce_by": QT_TRANSLATE_NOOP("Labels", "Reduce by per cent"),
        "increase_by": QT_TRANSLATE_NOOP("Labels", "Increase by per cent"),
        "reach": QT_TRANSLATE_NOOP("Labels", "Reach a level"),
    },
)
DESCRIPTION_KINDS = Table(
    "Labels",
    {
        "function": QT_TRANSLATE_NOOP("Labels", "Function description"),
        "role": QT_TRANSLATE_NOOP("Labels", "Role description"),
    },
)
CHECKLIST_STATUSES = Table(
    "ChecklistItemModel",
    {
        "ikke_startet": QT_TRANSLATE_NOOP("ChecklistItemModel", "Not started"),
        "pagar": QT_TRANSLATE_NOOP("ChecklistItemModel", "In progress"),
        "ferdig": QT_TRANSLATE_NOOP("ChecklistItemModel", "Done"),
        "ikke_relevant": QT_TRANSLATE_NOOP("ChecklistItemModel", "Not relevant"),
    },
)
UNIT_LEVELS = Table(
    "UnitTreeModel",
    {
        "stab": QT_TRANSLATE_NOOP("UnitTreeModel", "Staff"),
        "virksomhet": QT_TRANSLATE_NOOP("UnitTreeModel", "Operating unit"),
        "avdeling": QT_TRANSLATE_NOOP("UnitTreeModel", "Section"),
        "team": QT_TRANSLATE_NOOP("UnitTreeModel", "Team"),
    },
)
CALL_TABLES = Table(
    "Labels",
    {
        "hour": QT_TRANSLATE_NOOP("Labels", "Per hour"),
        "queue": QT_TRANSLATE_NOOP("Labels", "Per queue"),
    },
)
YES_NO = Table(
    "Labels",
    {"ja": QT_TRANSLATE_NOOP("Labels", "Yes"), "nei": QT_TRANSLATE_NOOP("Labels", "No")},
)
# A group under five: its code is the text the code files have always carried.
HIDDEN = Table("Labels", {HIDDEN_TEXT: QT_TRANSLATE_NOOP("Labels", "hidden (< 5)")})

# -- columns -------------------------------------------------------------------------------

MEASURE_COLUMNS = Table(
    "MeasureTableModel",
    {
        "code": QT_TRANSLATE_NOOP("MeasureTableModel", "Code"),
        "title": QT_TRANSLATE_NOOP("MeasureTableModel", "Title"),
        "dimension": QT_TRANSLATE_NOOP("MeasureTableModel", "Dimension"),
        "level": QT_TRANSLATE_NOOP("MeasureTableModel", "Level"),
        "status": QT_TRANSLATE_NOOP("MeasureTableModel", "Status"),
        "owner": QT_TRANSLATE_NOOP("MeasureTableModel", "Owner"),
        "start": QT_TRANSLATE_NOOP("MeasureTableModel", "Start date"),
        "due": QT_TRANSLATE_NOOP("MeasureTableModel", "Due"),
        "effect": QT_TRANSLATE_NOOP("MeasureTableModel", "Effect"),
        "effort": QT_TRANSLATE_NOOP("MeasureTableModel", "Effort"),
        "notes": QT_TRANSLATE_NOOP("MeasureTableModel", "Notes"),
    },
)
CHECKLIST_COLUMNS = Table(
    "ChecklistItemModel",
    {
        "unit": QT_TRANSLATE_NOOP("ChecklistItemModel", "Unit"),
        "period": QT_TRANSLATE_NOOP("ChecklistItemModel", "Period"),
        "item": QT_TRANSLATE_NOOP("ChecklistItemModel", "Task"),
        "status": QT_TRANSLATE_NOOP("ChecklistItemModel", "Status"),
        "responsible": QT_TRANSLATE_NOOP("ChecklistItemModel", "Responsible"),
        "due": QT_TRANSLATE_NOOP("ChecklistItemModel", "Due"),
        "done": QT_TRANSLATE_NOOP("ChecklistItemModel", "Done on"),
        "note": QT_TRANSLATE_NOOP("ChecklistItemModel", "Note"),
    },
)
SICKLEAVE_COLUMNS = Table(
    "Columns",
    {
        "unit": QT_TRANSLATE_NOOP("Columns", "Unit"),
        "month": QT_TRANSLATE_NOOP("Columns", "Month"),
        "employees": QT_TRANSLATE_NOOP("Columns", "Employees"),
        "total": QT_TRANSLATE_NOOP("Columns", "Sick leave (%)"),
        "short": QT_TRANSLATE_NOOP("Columns", "Short-term (%)"),
        "long": QT_TRANSLATE_NOOP("Columns", "Long-term (%)"),
    },
)
CALL_COLUMNS = Table(
    "Columns",
    {
        "period": QT_TRANSLATE_NOOP("Columns", "Period"),
        "table": QT_TRANSLATE_NOOP("Columns", "Table"),
        "category": QT_TRANSLATE_NOOP("Columns", "Category"),
        "calls": QT_TRANSLATE_NOOP("Columns", "Calls"),
        "answered": QT_TRANSLATE_NOOP("Columns", "Answered"),
        "unanswered": QT_TRANSLATE_NOOP("Columns", "Unanswered"),
        "longest": QT_TRANSLATE_NOOP("Columns", "Longest call"),
    },
)
GOAL_COLUMNS = Table(
    "Columns",
    {
        "title": QT_TRANSLATE_NOOP("Columns", "Goal"),
        "direction": QT_TRANSLATE_NOOP("Columns", "Direction"),
        "target": QT_TRANSLATE_NOOP("Columns", "Target"),
        "unit": QT_TRANSLATE_NOOP("Columns", "Unit of measure"),
        "baseline_period": QT_TRANSLATE_NOOP("Columns", "Baseline period"),
        "baseline": QT_TRANSLATE_NOOP("Columns", "Baseline"),
        "outcome_period": QT_TRANSLATE_NOOP("Columns", "Outcome period"),
        "outcome": QT_TRANSLATE_NOOP("Columns", "Outcome"),
        "change": QT_TRANSLATE_NOOP("Columns", "Change"),
        "change_pct": QT_TRANSLATE_NOOP("Columns", "Change (%)"),
        "reached": QT_TRANSLATE_NOOP("Columns", "Reached"),
    },
)
BENCHMARK_COLUMNS = Table(
    "Columns",
    {
        "measure": QT_TRANSLATE_NOOP("Columns", "Key figure"),
        "municipality": QT_TRANSLATE_NOOP("Columns", "Municipality"),
        "value": QT_TRANSLATE_NOOP("Columns", "Value"),
        "unit": QT_TRANSLATE_NOOP("Columns", "Unit of measure"),
        "period": QT_TRANSLATE_NOOP("Columns", "Period"),
        "home": QT_TRANSLATE_NOOP("Columns", "Home municipality"),
    },
)
# The tables beside the graphs of Nøkkeltall that have no kind of their own.
SERIES_COLUMNS = Table(
    "Columns",
    {
        "date": QT_TRANSLATE_NOOP("Columns", "Date"),
        "value": QT_TRANSLATE_NOOP("Columns", "Value"),
    },
)
TREND_COLUMNS = Table(
    "Columns",
    {
        "unit": QT_TRANSLATE_NOOP("Columns", "Unit"),
        "month": QT_TRANSLATE_NOOP("Columns", "Month"),
        "employees": QT_TRANSLATE_NOOP("Columns", "Employees"),
        "total_pct": QT_TRANSLATE_NOOP("Columns", "Sick leave (%)"),
        "short_pct": QT_TRANSLATE_NOOP("Columns", "Short-term (%)"),
        "long_pct": QT_TRANSLATE_NOOP("Columns", "Long-term (%)"),
        "target_pct": QT_TRANSLATE_NOOP("Columns", "Target (%)"),
        "hidden": QT_TRANSLATE_NOOP("Columns", "Hidden (under 5)"),
    },
)
ORG_COLUMNS = Table(
    "UnitTreeModel",
    {
        "id": QT_TRANSLATE_NOOP("UnitTreeModel", "Id"),
        "parent_id": QT_TRANSLATE_NOOP("UnitTreeModel", "Parent id"),
        "name": QT_TRANSLATE_NOOP("UnitTreeModel", "Name"),
        "level": QT_TRANSLATE_NOOP("UnitTreeModel", "Level"),
        "leader_title": QT_TRANSLATE_NOOP("UnitTreeModel", "Leader title"),
        "leader": QT_TRANSLATE_NOOP("UnitTreeModel", "Leader"),
        "headcount": QT_TRANSLATE_NOOP("UnitTreeModel", "Headcount"),
        "predecessors": QT_TRANSLATE_NOOP("UnitTreeModel", "Predecessors"),
    },
)
SHEETS = Table(
    "Sheets",
    {
        "measures": QT_TRANSLATE_NOOP("Sheets", "Measures"),
        "checklist": QT_TRANSLATE_NOOP("Sheets", "Checklists"),
        "sickleave": QT_TRANSLATE_NOOP("Sheets", "Sick leave"),
        "calls": QT_TRANSLATE_NOOP("Sheets", "Calls"),
        "goals": QT_TRANSLATE_NOOP("Sheets", "Goals"),
        "benchmarks": QT_TRANSLATE_NOOP("Sheets", "Benchmarks"),
        "org": QT_TRANSLATE_NOOP("Sheets", "Organisation"),
        "series": QT_TRANSLATE_NOOP("Sheets", "Time series"),
        "trend": QT_TRANSLATE_NOOP("Sheets", "Sick-leave trend"),
        "figures": QT_TRANSLATE_NOOP("Sheets", "Figures"),
    },
)
# The date format of a spreadsheet for people, as a word of its language (Excel's codes).
DATE_FORMAT = QT_TRANSLATE_NOOP("Sheets", "yyyy-mm-dd")
CODE_SHEET = "Data"  # the sheet of a file with codes, as scripts have always found it

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """``text`` as it is compared when read: case and runs of spaces do not matter."""
    return _SPACES.sub(" ", text).strip().casefold()


@dataclass(frozen=True, eq=False)
class Words:
    """The words of one language for writing a file; without ``translate``, the codes."""

    translate: Translate | None = None

    @property
    def for_people(self) -> bool:
        return self.translate is not None

    def value(self, table: Table, code: str) -> str:
        """``code``'s name in this language (the code itself when unknown or for codes)."""
        english = table.names.get(code)
        if self.translate is None or english is None:
            return code
        return self.translate(table.context, english) or english

    def header(self, table: Table, columns: Sequence[str]) -> list[str]:
        """The header row: each column's name, or the column codes for a file of codes."""
        return [self.value(table, column) for column in columns]

    def sheet(self, kind: str) -> str:
        return self.value(SHEETS, kind) if self.for_people else CODE_SHEET

    @property
    def date_format(self) -> str:
        """Excel's number format for a date cell: ``dd.mm.yyyy`` in bokmål."""
        if self.translate is None:
            return DATE_FORMAT
        return self.translate("Sheets", DATE_FORMAT) or DATE_FORMAT


CODES = Words()


@dataclass(eq=False)
class Reading:
    """Reads codes, English names and the names of every language in ``languages``."""

    languages: Iterable[Translate] = ()
    _lookups: dict[int, dict[str, str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.languages = tuple(self.languages)

    def code(self, table: Table, text: str) -> str:
        """The code ``text`` names in ``table``; ``text`` unchanged when it names none."""
        return self._lookup(table).get(fold(text), text)

    def header(self, table: Table, header: Sequence[str]) -> list[str]:
        """The header with every column name a known column's code; others unchanged."""
        return [self.code(table, name) for name in header]

    def _lookup(self, table: Table) -> dict[str, str]:
        found = self._lookups.get(id(table))
        if found is None:
            found = {}
            for language in self.languages:
                for code, english in table.names.items():
                    found.setdefault(fold(language(table.context, english) or english), code)
            for code, english in table.names.items():
                found[fold(english)] = code
                found[fold(code)] = code
            self._lookups[id(table)] = found
        return found


ENGLISH_AND_CODES = Reading()
