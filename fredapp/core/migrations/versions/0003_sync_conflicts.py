"""sync conflicts: concurrent long-text edits and deletes undone by an edit, for a person to see

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "syncconflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value_a", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("value_b", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("stamp_a", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("stamp_b", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("device_a", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("device_b", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("syncconflict") as batch:
        batch.create_index("ix_syncconflict_stamp", ["stamp"])
        batch.create_index("ix_syncconflict_deleted", ["deleted"])
        batch.create_index("ix_syncconflict_table_name", ["table_name"])
        batch.create_index("ix_syncconflict_record_id", ["record_id"])
        batch.create_index("ix_syncconflict_resolved", ["resolved"])


def downgrade() -> None:
    op.drop_table("syncconflict")
