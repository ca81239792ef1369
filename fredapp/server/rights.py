"""Who may write which of FredApp's tables on the hub, and which tables are private to units.

The rights are enforced by PostgreSQL's row-level security (see :mod:`fredapp.server.schema`);
this table of classes is what the policies read (it is copied into ``hub.table_class`` by
every ``fredapp hub init``). A test fails when a synced table has no class.

- ``leader``: the sick-leave figures and the checklists, private to a unit: a leader reads and
  writes those of their own units and the units below them; nobody else reads them;
- ``hr``: the organisation (scenarios, units, roles, descriptions) and the key figures;
- ``facilitator``: the measures, their links to units, the toolkit and the goals;
- the history and the sync conflicts follow the record they name (``table_name``/``record_id``):
  whoever may write (and read) that record may write (and read) them;
- ``admin``: users and rights, through ``fredapp hub user`` (no table rows).

Everything not private is read by every signed-in user.
"""

from __future__ import annotations

from dataclasses import dataclass

LEADER = "leader"
HR = "hr"
FACILITATOR = "facilitator"
ADMIN = "admin"
ROLES: tuple[str, ...] = (LEADER, HR, FACILITATOR, ADMIN)

# Tables whose rows belong to the record they name: they take its writer and its unit.
NAMING_TABLES: frozenset[str] = frozenset({"changerecord", "syncconflict"})


@dataclass(frozen=True)
class TableClass:
    writer: str
    private: bool
    # Records are applied phase by phase within a push. The units come first: a leader's
    # units below their own are worked out from the hub's units, so a figure of a unit made
    # in the same push must find it. A checklist item's unit is its checklist's, and a history
    # row's is its record's, so those come after.
    phase: int


NAMING_PHASE = 4
_TREE = TableClass(HR, False, 1)
_ORG = TableClass(HR, False, 2)
_MEASURES = TableClass(FACILITATOR, False, 2)
_UNIT_PRIVATE = TableClass(LEADER, True, 2)

TABLE_CLASSES: dict[str, TableClass] = {
    "scenario": _TREE,
    "unit": _TREE,
    "role": _ORG,
    "description": _ORG,
    "descriptionversion": _ORG,
    "kpiseries": _ORG,
    "kpipoint": _ORG,
    "benchmark": _ORG,
    "measure": _MEASURES,
    "measureunitlink": _MEASURES,
    "milestone": _MEASURES,
    "toolkititem": _MEASURES,
    "goal": _MEASURES,
    "sickleavefigure": _UNIT_PRIVATE,
    "sickleavetarget": _UNIT_PRIVATE,
    "checklist": _UNIT_PRIVATE,
    "checklistitem": TableClass(LEADER, True, 3),
    # writer and privacy come from the named record (hub.classify_record): last.
    "changerecord": TableClass("", False, NAMING_PHASE),
    "syncconflict": TableClass("", False, NAMING_PHASE),
}
