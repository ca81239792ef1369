"""SQLModel tables for all four areas of FredApp.

Every table that holds user data derives from :class:`Synced`, which carries
what sync needs: a UUID key, a change stamp (hybrid logical clock), the device
that made the change, and a ``deleted`` mark instead of a hard delete.

References between records are plain indexed UUID columns, not SQL foreign
keys: sync merges records table by table in any order, and a record may
arrive before the one it points to.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlmodel import Field, SQLModel


class Level(StrEnum):
    STAB = "stab"
    VIRKSOMHET = "virksomhet"
    AVDELING = "avdeling"
    TEAM = "team"


LEVEL_ORDER: tuple[Level, ...] = (Level.STAB, Level.VIRKSOMHET, Level.AVDELING, Level.TEAM)


class Dimension(StrEnum):
    """The seven dimensions of the municipality's review framework."""

    STRUKTUR = "S"
    ROLLER_OG_ANSVAR = "RA"
    KOMPETANSE_OG_KAPASITET = "KK"
    ARBEIDSPROSESSER = "A"
    PRESTASJONSMALING = "P"
    KOMMUNIKASJON = "KKV"
    KULTUR = "K"


class MeasureLevel(StrEnum):
    STAFF = "stab"  # the central staffs' measures, codes S-…
    MUNICIPALITY = "kommune"  # the whole municipality's measures


class MeasureStatus(StrEnum):
    NOT_STARTED = "ikke_startet"
    IN_PROGRESS = "pagar"
    DONE = "fullfort"
    ON_HOLD = "stilt_i_bero"


class ItemStatus(StrEnum):
    NOT_STARTED = "ikke_startet"
    IN_PROGRESS = "pagar"
    DONE = "ferdig"
    NOT_RELEVANT = "ikke_relevant"


class GoalDirection(StrEnum):
    REDUCE_BY = "reduce_by"  # target is a relative reduction in per cent
    INCREASE_BY = "increase_by"  # target is a relative increase in per cent
    REACH = "reach"  # target is a level to reach or exceed


class DescriptionKind(StrEnum):
    FUNCTION = "function"  # funksjonsbeskrivelse, one per unit
    ROLE = "role"  # rollebeskrivelse, one per role


class Synced(SQLModel):
    """Columns every synced record carries."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    stamp: str = Field(default="", index=True, description="hybrid logical clock of last change")
    device: str = Field(default="", description="device id of the last change")
    # No index: nearly every row is not deleted, so an index on it is never selective,
    # and without statistics SQLite would still pick it and scan the whole table.
    deleted: bool = False


class Scenario(Synced, table=True):
    name: str = Field(index=True)
    description: str = ""
    is_current: bool = False
    sort_order: int = 0


class Unit(Synced, table=True):
    scenario_id: uuid.UUID = Field(index=True)
    parent_id: uuid.UUID | None = Field(default=None, index=True)
    # The same unit in several scenarios shares a lineage id; that is how a
    # scenario diff tells a moved unit from a removed-and-created one.
    lineage_id: uuid.UUID = Field(default_factory=uuid.uuid4, index=True)
    # Lineage ids of the units this one was split from or merged out of,
    # separated by spaces; empty for a unit that simply continues.
    predecessors: str = ""
    name: str
    level: str = Level.VIRKSOMHET.value
    leader_title: str = ""
    leader_name: str = ""
    headcount: int = 0
    sort_order: int = 0


class Role(Synced, table=True):
    title: str
    summary: str = ""


class Description(Synced, table=True):
    """A function description (per unit lineage) or a role description."""

    kind: str = DescriptionKind.FUNCTION.value
    unit_lineage_id: uuid.UUID | None = Field(default=None, index=True)
    role_id: uuid.UUID | None = Field(default=None, index=True)
    title: str = ""
    body_html: str = ""


class DescriptionVersion(Synced, table=True):
    description_id: uuid.UUID = Field(index=True)
    version_no: int
    body_html: str
    author: str = ""
    saved_at: dt.datetime


class Measure(Synced, table=True):
    code: str = Field(index=True)
    title: str
    dimension: str
    level: str
    status: str = MeasureStatus.NOT_STARTED.value
    owner_unit_id: uuid.UUID | None = None
    start_date: dt.date | None = None
    due_date: dt.date | None = None
    effect: int = 3  # 1 (low) … 5 (high)
    effort: int = 3  # 1 (low) … 5 (high)
    progress: int = 0  # per cent
    notes: str = ""
    sort_order: int = 0


class MeasureUnitLink(Synced, table=True):
    measure_id: uuid.UUID = Field(index=True)
    unit_lineage_id: uuid.UUID = Field(index=True)


class Milestone(Synced, table=True):
    """A dated event on the timeline: of one measure, or of the whole change (no measure)."""

    title: str
    date: dt.date
    measure_id: uuid.UUID | None = Field(default=None, index=True)
    notes: str = ""
    sort_order: int = 0


class ToolkitItem(Synced, table=True):
    title: str
    description: str = ""
    category: str = ""
    link: str = ""
    tags: str = ""
    retired: bool = False
    sort_order: int = 0


class Checklist(Synced, table=True):
    unit_lineage_id: uuid.UUID = Field(index=True)
    period: str = Field(index=True, description="YYYY-MM, YYYY-Qn or YYYY")


class ChecklistItem(Synced, table=True):
    checklist_id: uuid.UUID = Field(index=True)
    toolkit_item_id: uuid.UUID | None = None
    title: str
    status: str = ItemStatus.NOT_STARTED.value
    responsible: str = ""
    due_date: dt.date | None = None
    done_date: dt.date | None = None
    note: str = ""
    sort_order: int = 0


class SickLeaveFigure(Synced, table=True):
    """A unit's sick leave for one month. Never per person."""

    unit_lineage_id: uuid.UUID = Field(index=True)
    month: str = Field(index=True, description="YYYY-MM")
    employees: int
    total_pct: float
    short_pct: float
    long_pct: float


class SickLeaveTarget(Synced, table=True):
    unit_lineage_id: uuid.UUID = Field(index=True)
    target_pct: float


class KpiSeries(Synced, table=True):
    code: str = Field(index=True)
    title: str
    unit: str = ""
    group: str = ""
    source_note: str = ""


class KpiPoint(Synced, table=True):
    series_id: uuid.UUID = Field(index=True)
    period: str = Field(description="ISO date, YYYY-MM, or a free period label")
    category: str = ""
    value: float | None = None
    sort_order: int = 0


class Goal(Synced, table=True):
    title: str
    direction: str
    target: float
    unit: str = ""
    baseline_period: str = ""
    baseline: float | None = None
    outcome_period: str = ""
    outcome: float | None = None
    sort_order: int = 0
    source_note: str = ""


class Benchmark(Synced, table=True):
    measure: str = Field(index=True)
    municipality: str
    value: float
    unit: str = ""
    period: str = ""
    is_home: bool = False
    source_note: str = ""


class ChangeRecord(Synced, table=True):
    """One field's change on one record: who, where, when, old and new value."""

    table_name: str = Field(index=True)
    record_id: uuid.UUID = Field(index=True)
    field_name: str
    old_value: str | None = None
    new_value: str | None = None
    author: str = ""
    changed_at: dt.datetime


class ConflictKind(StrEnum):
    TEXT = "text"  # two concurrent edits of one long text: both kept, one shown
    DELETE = "delete"  # a delete met an edit made elsewhere: the record was kept


class SyncConflict(Synced, table=True):
    """Something sync could not decide alone; a person looks at it and resolves it."""

    table_name: str = Field(index=True)
    record_id: uuid.UUID = Field(index=True)
    field_name: str = ""
    kind: str = ConflictKind.TEXT.value
    value_a: str | None = None  # the value sync kept in the record (the later stamp)
    value_b: str | None = None  # the other, concurrent value
    stamp_a: str = ""
    stamp_b: str = ""
    device_a: str = ""
    device_b: str = ""
    resolved: bool = Field(default=False, index=True)


class LocalSetting(SQLModel, table=True):
    """Per-database settings that never sync (device id, clock state)."""

    key: str = Field(primary_key=True)
    value: str


SYNCED_TABLES: tuple[type[Synced], ...] = (
    Scenario,
    Unit,
    Role,
    Description,
    DescriptionVersion,
    Measure,
    MeasureUnitLink,
    Milestone,
    ToolkitItem,
    Checklist,
    ChecklistItem,
    SickLeaveFigure,
    SickLeaveTarget,
    KpiSeries,
    KpiPoint,
    Goal,
    Benchmark,
    ChangeRecord,
    SyncConflict,
)
