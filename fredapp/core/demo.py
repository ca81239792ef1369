"""Generated demo data at a multiple of "municipality size", for trying and benchmarking FredApp.

One scale unit is one municipality's worth of data: 150 units, 50 measures, 100 checklists of
20 items, 200 descriptions of about 2 KB, 12 months of sick leave for 100 units and 100,000 KPI
points in 10 daily series. All units go into one extra scenario, "Demo ×N", beside the seed's.

The data is the same in every run and on every machine: ids are UUID v5 of readable keys and
every value comes from a ``random.Random`` seeded with a fixed string per table and scale block.
Block k of scale N is therefore identical to block k of any other scale (only the scenario's
name says N), so two demo databases that sync share their common records instead of doubling
them.

Rows are generated lazily and inserted with SQLAlchemy Core in batches: a million KPI points as
ORM objects would take minutes and gigabytes. Here: the organisation and descriptions; the
other tables' rows in demo_rows.py; ids, names and block sizes in demo_common.py.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlmodel import SQLModel, col

from fredapp.core.db import Database
from fredapp.core.demo_common import (
    AVDELINGER_PER_VIRKSOMHET,
    DEMO_DEVICE,
    DEMO_STAMP,
    FUNCTION_DESCRIPTIONS_PER_BLOCK,
    ROLES_PER_BLOCK,
    STABS_PER_BLOCK,
    TEAMS_PER_AVDELING,
    UNITS_PER_BLOCK,
    VIRKSOMHETER_PER_BLOCK,
    DemoUnit,
    demo_id,
    demo_id_hex,
    demo_scenario_id,
    person,
    seeded_rng,
)
from fredapp.core.demo_rows import (
    KPI_POINT_COLUMNS,
    checklist_item_rows,
    checklist_rows,
    kpi_point_rows,
    kpi_series_rows,
    measure_rows,
    sick_leave_rows,
    sick_leave_target_rows,
)
from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.models import (
    Checklist,
    ChecklistItem,
    Description,
    DescriptionKind,
    DescriptionVersion,
    KpiPoint,
    KpiSeries,
    Level,
    Measure,
    Role,
    Scenario,
    SickLeaveFigure,
    SickLeaveTarget,
    ToolkitItem,
    Unit,
)
from fredapp.core.seed import LEADER_TITLES

__all__ = [
    "AVDELINGER_PER_VIRKSOMHET",
    "BATCH_SIZE",
    "DEMO_DEVICE",
    "DEMO_STAMP",
    "FUNCTION_DESCRIPTIONS_PER_BLOCK",
    "ROLES_PER_BLOCK",
    "STABS_PER_BLOCK",
    "TEAMS_PER_AVDELING",
    "UNITS_PER_BLOCK",
    "VIRKSOMHETER_PER_BLOCK",
    "DemoUnit",
    "demo_id",
    "demo_id_hex",
    "demo_scenario_id",
    "populate_scaled",
]

BATCH_SIZE = 10_000

_SERVICES = (
    "Helse og omsorg",
    "Oppvekst",
    "Kultur",
    "Teknisk drift",
    "Byplan",
    "Eiendom",
    "Innbyggerservice",
    "Barnevern",
    "NAV-tjenester",
    "Skole",
    "Barnehage",
    "Vann og avløp",
)
_SECTIONS = ("Forvaltning", "Drift", "Utvikling", "Fag og kvalitet", "Tildeling", "Service")
_TEAMS = ("Nord", "Sør", "Øst", "Vest", "Sentrum", "Dag", "Kveld", "Natt", "Mottak", "Fag")
_DESCRIPTION_SENTENCES = (
    "Enheten har ansvar for å levere tjenester av god kvalitet til innbyggerne.",
    "Lederen har personal-, fag- og budsjettansvar for enheten.",
    "Oppgavene løses i tett samarbeid med de andre virksomhetene i kommunen.",
    "Enheten skal bidra til bærekraft25 og kommunens omstillingsarbeid.",
    "Tjenestene utvikles sammen med brukerne og de ansattes tillitsvalgte.",
    "Enheten følger opp sykefravær etter kommunens retningslinjer og Frekit.",
    "Ansvar og myndighet er delegert i tråd med kommunens delegeringsreglement.",
    "Enheten rapporterer på mål og nøkkeltall hvert tertial.",
)
_ROLE_TITLES = (
    "Rådgiver",
    "Konsulent",
    "Saksbehandler",
    "Controller",
    "Fagkoordinator",
    "Prosjektleder",
    "Spesialrådgiver",
    "Arkivar",
    "Systemforvalter",
    "Økonomirådgiver",
)
_SAVED_AT = dt.datetime(2024, 1, 1, 8, 0, tzinfo=dt.UTC)


def populate_scaled(database: Database, scale: int) -> dict[str, int]:
    """Add ``scale`` municipalities' worth of demo data; return the rows added per table."""
    if isinstance(scale, bool) or not isinstance(scale, int) or scale < 1:
        raise ValidationError(
            QT_TR_NOOP("the demo scale must be a whole number of at least 1, not {scale}"),
            scale=repr(scale),
        )
    if database.read_only:
        raise ValidationError(QT_TR_NOOP("the database is open read-only"))
    counts: dict[str, int] = {}
    with database.engine.begin() as conn:
        _refuse_second_run(conn)
        toolkit_ids = _toolkit_ids(conn)
        _insert(conn, Scenario, [_scenario_row(scale)], counts)
        for block in range(scale):
            _populate_block(conn, block, toolkit_ids, counts)
    return counts


def _populate_block(
    conn: Connection, block: int, toolkit_ids: list[uuid.UUID], counts: dict[str, int]
) -> None:
    units = list(_units(block))
    _insert(conn, Unit, (_unit_row(unit, parent, order) for unit, parent, order in units), counts)
    demo_units = [unit for unit, _parent, _order in units]
    _insert(conn, Measure, measure_rows(block, demo_units), counts)
    _populate_sick_leave(conn, block, demo_units, toolkit_ids, counts)
    _populate_descriptions(conn, block, demo_units, counts)
    series = list(kpi_series_rows(block))
    _insert(conn, KpiSeries, series, counts)
    _insert_raw(conn, KpiPoint, KPI_POINT_COLUMNS, kpi_point_rows(series), counts)


def _populate_sick_leave(
    conn: Connection,
    block: int,
    units: list[DemoUnit],
    toolkit_ids: list[uuid.UUID],
    counts: dict[str, int],
) -> None:
    checklists = list(checklist_rows(block, units))
    _insert(conn, Checklist, checklists, counts)
    _insert(conn, ChecklistItem, checklist_item_rows(block, checklists, toolkit_ids), counts)
    _insert(conn, SickLeaveFigure, sick_leave_rows(block, units), counts)
    _insert(conn, SickLeaveTarget, sick_leave_target_rows(block, units), counts)


def _populate_descriptions(
    conn: Connection, block: int, units: list[DemoUnit], counts: dict[str, int]
) -> None:
    roles = list(_role_rows(block))
    _insert(conn, Role, roles, counts)
    descriptions = list(_description_rows(block, units, roles))
    _insert(conn, Description, descriptions, counts)
    _insert(conn, DescriptionVersion, _version_rows(descriptions), counts)


def _insert(
    conn: Connection, model: type[SQLModel], rows: Iterable[dict[str, Any]], counts: dict[str, int]
) -> None:
    """Insert in batches, so memory stays flat however many rows the generator yields."""
    table = model.__table__  # type: ignore[attr-defined]
    statement = insert(table)
    for batch in itertools.batched(rows, BATCH_SIZE):
        conn.execute(statement, [_stamped(row) for row in batch])
        counts[table.name] = counts.get(table.name, 0) + len(batch)


def _insert_raw(
    conn: Connection,
    model: type[SQLModel],
    columns: tuple[str, ...],
    rows: Iterable[tuple[Any, ...]],
    counts: dict[str, int],
) -> None:
    """Insert tuples already in storage format, skipping SQLAlchemy's per-row processing.

    Kept for the one table that holds millions of rows, where that processing costs more than
    SQLite's own work; a test reads such rows back through the ORM to keep the formats equal.
    """
    table = model.__table__  # type: ignore[attr-defined]
    quote = conn.dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    for batch in itertools.batched(rows, BATCH_SIZE):
        conn.exec_driver_sql(sql, list(batch))
        counts[table.name] = counts.get(table.name, 0) + len(batch)


def _stamped(row: dict[str, Any]) -> dict[str, Any]:
    return {"stamp": DEMO_STAMP, "device": DEMO_DEVICE, "deleted": False, **row}


def _refuse_second_run(conn: Connection) -> None:
    # Demo ids are fixed, so a second run would collide with the first on every primary key.
    found = conn.execute(select(col(Scenario.id)).where(col(Scenario.id) == demo_scenario_id()))
    if found.first() is not None:
        raise ValidationError(QT_TR_NOOP("this database already holds demo data"))


def _toolkit_ids(conn: Connection) -> list[uuid.UUID]:
    query = (
        select(col(ToolkitItem.id))
        .where(col(ToolkitItem.deleted).is_(False))
        .order_by(col(ToolkitItem.sort_order))
    )
    return list(conn.execute(query).scalars())


def _scenario_row(scale: int) -> dict[str, Any]:
    return {
        "id": demo_scenario_id(),
        "name": f"Demo ×{scale}",
        "description": f"Generert demodata: {scale} × kommunestørrelse, "
        f"{scale * UNITS_PER_BLOCK} enheter",
        "is_current": False,
        "sort_order": 100,  # after the seed's scenarios
    }


# -- organisation --------------------------------------------------------------------------


def _units(block: int) -> Iterator[tuple[DemoUnit, uuid.UUID | None, int]]:
    """Units of one block as (unit, parent id, sort order), every parent before its children."""
    rng = seeded_rng("unit", block)
    stabs = [
        _make_unit(rng, block, f"s{n}", f"Stab {block + 1}.{n + 1}", Level.STAB)
        for n in range(STABS_PER_BLOCK)
    ]
    yield from ((stab, None, order) for order, stab in enumerate(stabs))
    for v in range(VIRKSOMHETER_PER_BLOCK):
        stab = stabs[v % STABS_PER_BLOCK]
        service = _SERVICES[(block * VIRKSOMHETER_PER_BLOCK + v) % len(_SERVICES)]
        name = f"{service} {block + 1}.{v + 1}"
        virksomhet = _make_unit(rng, block, f"v{v}", name, Level.VIRKSOMHET)
        yield virksomhet, stab.id, v // STABS_PER_BLOCK
        yield from _avdelinger(rng, block, virksomhet)


def _avdelinger(
    rng: random.Random, block: int, virksomhet: DemoUnit
) -> Iterator[tuple[DemoUnit, uuid.UUID | None, int]]:
    key = virksomhet.lineage_id.hex[:8]
    for a in range(AVDELINGER_PER_VIRKSOMHET):
        name = f"{_SECTIONS[a % len(_SECTIONS)]} ({virksomhet.name})"
        avdeling = _make_unit(rng, block, f"{key}.a{a}", name, Level.AVDELING)
        yield avdeling, virksomhet.id, a
        for t in range(TEAMS_PER_AVDELING):
            team_name = f"Team {_TEAMS[(a * TEAMS_PER_AVDELING + t) % len(_TEAMS)]}, {name}"
            yield _make_unit(rng, block, f"{key}.a{a}.t{t}", team_name, Level.TEAM), avdeling.id, t


_HEADCOUNT_RANGE = {
    Level.STAB: (1, 3),
    Level.VIRKSOMHET: (2, 6),
    Level.AVDELING: (3, 8),
    Level.TEAM: (5, 16),
}


def _make_unit(rng: random.Random, block: int, key: str, name: str, level: Level) -> DemoUnit:
    low, high = _HEADCOUNT_RANGE[level]
    return DemoUnit(
        id=demo_id("unit", f"{block}:{key}"),
        lineage_id=demo_id("lineage", f"{block}:{key}"),
        name=name,
        level=level.value,
        headcount=rng.randint(low, high),
    )


def _unit_row(unit: DemoUnit, parent_id: uuid.UUID | None, order: int) -> dict[str, Any]:
    # Leader names come from the unit's own id, so they do not depend on generation order.
    rng = random.Random(unit.id.int)
    return {
        "id": unit.id,
        "scenario_id": demo_scenario_id(),
        "parent_id": parent_id,
        "lineage_id": unit.lineage_id,
        "predecessors": "",
        "name": unit.name,
        "level": unit.level,
        "leader_title": LEADER_TITLES.get(unit.level, ""),
        "leader_name": person(rng),
        "headcount": unit.headcount,
        "sort_order": order,
    }


# -- descriptions --------------------------------------------------------------------------


def _role_rows(block: int) -> Iterator[dict[str, Any]]:
    for n in range(ROLES_PER_BLOCK):
        title = f"{_ROLE_TITLES[n % len(_ROLE_TITLES)]} {block + 1}.{n + 1}"
        yield {"id": demo_id("role", f"{block}:{n}"), "title": title, "summary": ""}


def _description_rows(
    block: int, units: list[DemoUnit], roles: list[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    rng = seeded_rng("description", block)
    for unit in units[:FUNCTION_DESCRIPTIONS_PER_BLOCK]:
        yield {
            "id": demo_id("description", f"function:{unit.lineage_id}"),
            "kind": DescriptionKind.FUNCTION.value,
            "unit_lineage_id": unit.lineage_id,
            "role_id": None,
            "title": f"Funksjonsbeskrivelse: {unit.name}",
            "body_html": _html(rng, unit.name),
        }
    for role in roles:
        yield {
            "id": demo_id("description", f"role:{role['id']}"),
            "kind": DescriptionKind.ROLE.value,
            "unit_lineage_id": None,
            "role_id": role["id"],
            "title": f"Rollebeskrivelse: {role['title']}",
            "body_html": _html(rng, role["title"]),
        }


def _html(rng: random.Random, heading: str, size: int = 2048) -> str:
    """A rich-text body of about ``size`` characters: a heading, paragraphs and a list."""
    parts = [f"<h1>{heading}</h1>"]
    length = len(parts[0])
    while length < size:
        sentences = " ".join(rng.sample(_DESCRIPTION_SENTENCES, 3))
        part = (
            f"<p>{sentences}</p>"
            if rng.random() < 0.7
            else "<ul>"
            + "".join(f"<li>{s}</li>" for s in rng.sample(_DESCRIPTION_SENTENCES, 2))
            + "</ul>"
        )
        parts.append(part)
        length += len(part)
    return "\n".join(parts)


def _version_rows(descriptions: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for description in descriptions:
        yield {
            "id": demo_id("description-version", f"{description['id']}:1"),
            "description_id": description["id"],
            "version_no": 1,
            "body_html": description["body_html"],
            "author": "Demo",
            "saved_at": _SAVED_AT,
        }
