"""Translated names for the core's coded values (statuses, dimensions, levels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fredapp.core.messages import QT_TRANSLATE_NOOP

_CONTEXT = "Labels"

DIMENSIONS = {
    "S": QT_TRANSLATE_NOOP("Labels", "Structure"),
    "RA": QT_TRANSLATE_NOOP("Labels", "Roles and responsibilities"),
    "KK": QT_TRANSLATE_NOOP("Labels", "Competence and capacity"),
    "A": QT_TRANSLATE_NOOP("Labels", "Work processes"),
    "P": QT_TRANSLATE_NOOP("Labels", "Performance measurement"),
    "KKV": QT_TRANSLATE_NOOP("Labels", "Communication, coordination and tools"),
    "K": QT_TRANSLATE_NOOP("Labels", "Culture"),
}
MEASURE_STATUSES = {
    "ikke_startet": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "pagar": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "fullfort": QT_TRANSLATE_NOOP("Labels", "Done"),
    "stilt_i_bero": QT_TRANSLATE_NOOP("Labels", "On hold"),
}
MEASURE_LEVELS = {
    "stab": QT_TRANSLATE_NOOP("Labels", "Central staffs"),
    "kommune": QT_TRANSLATE_NOOP("Labels", "Whole municipality"),
}
GOAL_DIRECTIONS = {
    "reduce_by": QT_TRANSLATE_NOOP("Labels", "Reduce by per cent"),
    "increase_by": QT_TRANSLATE_NOOP("Labels", "Increase by per cent"),
    "reach": QT_TRANSLATE_NOOP("Labels", "Reach a level"),
}
DESCRIPTION_KINDS = {
    "function": QT_TRANSLATE_NOOP("Labels", "Function description"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role description"),
}


def label(table: dict[str, str], code: str) -> str:
    """The translated name of ``code``, or the code itself when it is unknown."""
    source = table.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def dimension(code: str) -> str:
    return label(DIMENSIONS, code)


def measure_status(code: str) -> str:
    return label(MEASURE_STATUSES, code)


def measure_level(code: str) -> str:
    return label(MEASURE_LEVELS, code)


def goal_direction(code: str) -> str:
    return label(GOAL_DIRECTIONS, code)


def description_kind(code: str) -> str:
    return label(DESCRIPTION_KINDS, code)
