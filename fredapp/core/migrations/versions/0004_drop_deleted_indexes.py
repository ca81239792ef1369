"""drop the indexes on the deleted mark

Nearly every row has deleted = 0, so these indexes are never selective; yet
without statistics SQLite's planner preferred them for every
"... AND deleted = 0" query and read whole tables (48 ms instead of 0.3 ms
for one unit's sick-leave trend, minutes for some tree queries).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

"""

from typing import Sequence, Union

from alembic import op

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TABLES = (
    "benchmark",
    "changerecord",
    "checklist",
    "checklistitem",
    "description",
    "descriptionversion",
    "goal",
    "kpipoint",
    "kpiseries",
    "measure",
    "measureunitlink",
    "role",
    "scenario",
    "sickleavefigure",
    "sickleavetarget",
    "toolkititem",
    "unit",
    "syncconflict",
)


def upgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_deleted")


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_deleted ON {table} (deleted)")
