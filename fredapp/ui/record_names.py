"""Human names for the synced tables and their fields, for the history and conflict views.

The database speaks in ``measure.owner_unit_id``; a person reads "Tiltak", "Eierenhet".
Every synced table and every field a change can touch is named here; a test derives the
list from the models, so a new table or field without a name fails it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.service import CREATED

_CONTEXT = "RecordNames"

TABLES: dict[str, str] = {
    "benchmark": QT_TRANSLATE_NOOP("RecordNames", "Benchmark"),
    "changerecord": QT_TRANSLATE_NOOP("RecordNames", "History entry"),
    "checklist": QT_TRANSLATE_NOOP("RecordNames", "Checklist"),
    "checklistitem": QT_TRANSLATE_NOOP("RecordNames", "Checklist item"),
    "description": QT_TRANSLATE_NOOP("RecordNames", "Description"),
    "descriptionversion": QT_TRANSLATE_NOOP("RecordNames", "Description version"),
    "goal": QT_TRANSLATE_NOOP("RecordNames", "Goal"),
    "kpipoint": QT_TRANSLATE_NOOP("RecordNames", "Key figure value"),
    "kpiseries": QT_TRANSLATE_NOOP("RecordNames", "Key figure series"),
    "measure": QT_TRANSLATE_NOOP("RecordNames", "Measure"),
    "measureunitlink": QT_TRANSLATE_NOOP("RecordNames", "Measure's unit"),
    "milestone": QT_TRANSLATE_NOOP("RecordNames", "Milestone"),
    "role": QT_TRANSLATE_NOOP("RecordNames", "Role"),
    "scenario": QT_TRANSLATE_NOOP("RecordNames", "Scenario"),
    "sickleavefigure": QT_TRANSLATE_NOOP("RecordNames", "Sick-leave figure"),
    "sickleavetarget": QT_TRANSLATE_NOOP("RecordNames", "Sick-leave target"),
    "syncconflict": QT_TRANSLATE_NOOP("RecordNames", "Sync conflict"),
    "toolkititem": QT_TRANSLATE_NOOP("RecordNames", "Toolkit item"),
    "unit": QT_TRANSLATE_NOOP("RecordNames", "Unit"),
}

# Fields of the same name mean the same thing in every table; a table lists only its own.
COMMON_FIELDS: dict[str, str] = {
    CREATED: QT_TRANSLATE_NOOP("RecordNames", "Created"),
    "deleted": QT_TRANSLATE_NOOP("RecordNames", "Deleted"),
    "title": QT_TRANSLATE_NOOP("RecordNames", "Title"),
    "name": QT_TRANSLATE_NOOP("RecordNames", "Name"),
    "code": QT_TRANSLATE_NOOP("RecordNames", "Code"),
    "sort_order": QT_TRANSLATE_NOOP("RecordNames", "Order"),
    "unit": QT_TRANSLATE_NOOP("RecordNames", "Unit of measurement"),
    "unit_lineage_id": QT_TRANSLATE_NOOP("RecordNames", "Unit"),
    "source_note": QT_TRANSLATE_NOOP("RecordNames", "Source"),
    "period": QT_TRANSLATE_NOOP("RecordNames", "Period"),
    "value": QT_TRANSLATE_NOOP("RecordNames", "Value"),
    "status": QT_TRANSLATE_NOOP("RecordNames", "Status"),
    "level": QT_TRANSLATE_NOOP("RecordNames", "Level"),
    "due_date": QT_TRANSLATE_NOOP("RecordNames", "Due"),
    "description": QT_TRANSLATE_NOOP("RecordNames", "Description"),
    "category": QT_TRANSLATE_NOOP("RecordNames", "Category"),
    "body_html": QT_TRANSLATE_NOOP("RecordNames", "Text"),
    "author": QT_TRANSLATE_NOOP("RecordNames", "Author"),
    "table_name": QT_TRANSLATE_NOOP("RecordNames", "Table"),
    "record_id": QT_TRANSLATE_NOOP("RecordNames", "Record"),
    "field_name": QT_TRANSLATE_NOOP("RecordNames", "Field"),
}

FIELDS: dict[str, dict[str, str]] = {
    "benchmark": {
        "measure": QT_TRANSLATE_NOOP("RecordNames", "Indicator"),
        "municipality": QT_TRANSLATE_NOOP("RecordNames", "Municipality"),
        "is_home": QT_TRANSLATE_NOOP("RecordNames", "Own municipality"),
    },
    "changerecord": {
        "old_value": QT_TRANSLATE_NOOP("RecordNames", "Old value"),
        "new_value": QT_TRANSLATE_NOOP("RecordNames", "New value"),
        "changed_at": QT_TRANSLATE_NOOP("RecordNames", "Changed at"),
    },
    "checklistitem": {
        "checklist_id": QT_TRANSLATE_NOOP("RecordNames", "Checklist"),
        "toolkit_item_id": QT_TRANSLATE_NOOP("RecordNames", "Toolkit item"),
        "responsible": QT_TRANSLATE_NOOP("RecordNames", "Responsible"),
        "done_date": QT_TRANSLATE_NOOP("RecordNames", "Done on"),
        "note": QT_TRANSLATE_NOOP("RecordNames", "Note"),
    },
    "description": {
        # The description's text is what a person calls the description.
        "body_html": QT_TRANSLATE_NOOP("RecordNames", "Description"),
        "kind": QT_TRANSLATE_NOOP("RecordNames", "Kind"),
        "role_id": QT_TRANSLATE_NOOP("RecordNames", "Role"),
    },
    "descriptionversion": {
        "description_id": QT_TRANSLATE_NOOP("RecordNames", "Description"),
        "version_no": QT_TRANSLATE_NOOP("RecordNames", "Version"),
        "saved_at": QT_TRANSLATE_NOOP("RecordNames", "Saved at"),
    },
    "goal": {
        "direction": QT_TRANSLATE_NOOP("RecordNames", "Direction"),
        "target": QT_TRANSLATE_NOOP("RecordNames", "Target"),
        "baseline_period": QT_TRANSLATE_NOOP("RecordNames", "Baseline period"),
        "baseline": QT_TRANSLATE_NOOP("RecordNames", "Baseline"),
        "outcome_period": QT_TRANSLATE_NOOP("RecordNames", "Outcome period"),
        "outcome": QT_TRANSLATE_NOOP("RecordNames", "Outcome"),
    },
    "kpipoint": {"series_id": QT_TRANSLATE_NOOP("RecordNames", "Series")},
    "kpiseries": {"group": QT_TRANSLATE_NOOP("RecordNames", "Group")},
    "measure": {
        "dimension": QT_TRANSLATE_NOOP("RecordNames", "Dimension"),
        "owner_unit_id": QT_TRANSLATE_NOOP("RecordNames", "Owner unit"),
        "start_date": QT_TRANSLATE_NOOP("RecordNames", "Start date"),
        "effect": QT_TRANSLATE_NOOP("RecordNames", "Effect"),
        "effort": QT_TRANSLATE_NOOP("RecordNames", "Effort"),
        "progress": QT_TRANSLATE_NOOP("RecordNames", "Progress (%)"),
        "notes": QT_TRANSLATE_NOOP("RecordNames", "Notes"),
    },
    "measureunitlink": {"measure_id": QT_TRANSLATE_NOOP("RecordNames", "Measure")},
    "milestone": {
        "date": QT_TRANSLATE_NOOP("RecordNames", "Date"),
        "measure_id": QT_TRANSLATE_NOOP("RecordNames", "Measure"),
        "notes": QT_TRANSLATE_NOOP("RecordNames", "Notes"),
    },
    "role": {"summary": QT_TRANSLATE_NOOP("RecordNames", "Summary")},
    "scenario": {"is_current": QT_TRANSLATE_NOOP("RecordNames", "Current scenario")},
    "sickleavefigure": {
        "month": QT_TRANSLATE_NOOP("RecordNames", "Month"),
        "employees": QT_TRANSLATE_NOOP("RecordNames", "Employees"),
        "total_pct": QT_TRANSLATE_NOOP("RecordNames", "Total sick leave (%)"),
        "short_pct": QT_TRANSLATE_NOOP("RecordNames", "Short-term sick leave (%)"),
        "long_pct": QT_TRANSLATE_NOOP("RecordNames", "Long-term sick leave (%)"),
    },
    "sickleavetarget": {"target_pct": QT_TRANSLATE_NOOP("RecordNames", "Target (%)")},
    "syncconflict": {
        "kind": QT_TRANSLATE_NOOP("RecordNames", "Kind"),
        "value_a": QT_TRANSLATE_NOOP("RecordNames", "Version kept"),
        "value_b": QT_TRANSLATE_NOOP("RecordNames", "Other version"),
        "stamp_a": QT_TRANSLATE_NOOP("RecordNames", "Time stamp of the kept version"),
        "stamp_b": QT_TRANSLATE_NOOP("RecordNames", "Time stamp of the other version"),
        "device_a": QT_TRANSLATE_NOOP("RecordNames", "Device of the kept version"),
        "device_b": QT_TRANSLATE_NOOP("RecordNames", "Device of the other version"),
        "resolved": QT_TRANSLATE_NOOP("RecordNames", "Resolved"),
    },
    "toolkititem": {
        "link": QT_TRANSLATE_NOOP("RecordNames", "Link"),
        "tags": QT_TRANSLATE_NOOP("RecordNames", "Tags"),
        "retired": QT_TRANSLATE_NOOP("RecordNames", "Retired"),
    },
    "unit": {
        "scenario_id": QT_TRANSLATE_NOOP("RecordNames", "Scenario"),
        "parent_id": QT_TRANSLATE_NOOP("RecordNames", "Parent unit"),
        "lineage_id": QT_TRANSLATE_NOOP("RecordNames", "Same unit in other scenarios"),
        "predecessors": QT_TRANSLATE_NOOP("RecordNames", "Split or merged from"),
        "leader_title": QT_TRANSLATE_NOOP("RecordNames", "Leader title"),
        "leader_name": QT_TRANSLATE_NOOP("RecordNames", "Leader"),
        "headcount": QT_TRANSLATE_NOOP("RecordNames", "Headcount"),
    },
}


def source_field_name(table: str, field: str) -> str | None:
    """The English name of ``field`` in ``table``, or None when it has none."""
    return FIELDS.get(table, {}).get(field) or COMMON_FIELDS.get(field)


def table_name(table: str) -> str:
    """The translated name of ``table``, or the raw name of a table we do not know."""
    source = TABLES.get(table)
    return QCoreApplication.translate(_CONTEXT, source) if source else table


def field_name(table: str, field: str) -> str:
    """The translated name of ``field``; raw when unknown, so nothing is hidden."""
    source = source_field_name(table, field)
    return QCoreApplication.translate(_CONTEXT, source) if source else field
