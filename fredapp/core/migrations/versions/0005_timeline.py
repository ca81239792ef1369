"""timeline: a measure's start date, and milestones

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Each step only when its result is missing: a file whose revision mark is behind its
    # tables (a copy marked back by hand, a half-restored backup) upgrades all the same.
    inspector = sa.inspect(op.get_bind())
    if "start_date" not in {column["name"] for column in inspector.get_columns("measure")}:
        # A nullable column is added in place by SQLite (no table copy): rows keep their data.
        op.add_column("measure", sa.Column("start_date", sa.Date(), nullable=True))
    if inspector.has_table("milestone"):
        return
    op.create_table(
        "milestone",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("measure_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_milestone_stamp", "milestone", ["stamp"])
    op.create_index("ix_milestone_measure_id", "milestone", ["measure_id"])


def downgrade() -> None:
    op.drop_index("ix_milestone_measure_id", table_name="milestone")
    op.drop_index("ix_milestone_stamp", table_name="milestone")
    op.drop_table("milestone")
    with op.batch_alter_table("measure") as batch:
        batch.drop_column("start_date")
