"""Which tables sync, and which of their fields are long texts.

The list is derived from the models: every SQLModel table that derives from
:class:`~fredapp.core.models.Synced` syncs, so a table a later issue adds is
covered without touching the sync code. Tables that never sync are named
here explicitly; a test fails when a table is neither.
"""

from __future__ import annotations

from sqlmodel import SQLModel

from fredapp.core import models

# Tables that stay on one device: per-database settings (device id, clock state, sync state)
# and Alembic's schema revision.
LOCAL_ONLY_TABLES: frozenset[str] = frozenset({"localsetting", "alembic_version"})

# Free-text fields where two concurrent edits are both kept and the record is marked as a
# conflict, instead of the later edit silently winning. Matched by field name in every
# synced table, so a new table's ``notes`` is covered too.
LONG_TEXT_FIELDS: frozenset[str] = frozenset(
    {"body_html", "notes", "note", "description", "summary"}
)

# Columns every synced table has; the merge treats them specially.
META_COLUMNS: tuple[str, ...] = ("id", "stamp", "device", "deleted")

# The history table: its rows never change once written, and they decide field merges.
HISTORY_TABLE = str(models.ChangeRecord.__tablename__)
CONFLICT_TABLE = str(models.SyncConflict.__tablename__)


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    sub: type
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_subclasses(sub))
    return found


def synced_models() -> list[type[models.Synced]]:
    """Every table model deriving from Synced, in a stable order."""
    seen: dict[str, type[models.Synced]] = {}
    for cls in _subclasses(models.Synced):
        table = getattr(cls, "__table__", None)
        if table is not None and table.name in SQLModel.metadata.tables:
            seen.setdefault(table.name, cls)
    return [seen[name] for name in sorted(seen)]


def synced_table_names() -> list[str]:
    return [str(model.__tablename__) for model in synced_models()]


def long_text_fields(table: str) -> frozenset[str]:
    if table in (HISTORY_TABLE, CONFLICT_TABLE):
        return frozenset()
    return LONG_TEXT_FIELDS
