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
ORM objects would take minutes and gigabytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import random
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlmodel import SQLModel, col

from fredapp.core.db import Database
from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.models import (
    Checklist,
    ChecklistItem,
    Description,
    DescriptionKind,
    DescriptionVersion,
    Dimension,
    ItemStatus,
    KpiPoint,
    KpiSeries,
    Level,
    Measure,
    MeasureLevel,
    MeasureStatus,
    Role,
    Scenario,
    SickLeaveFigure,
    SickLeaveTarget,
    ToolkitItem,
    Unit,
)
from fredapp.core.seed import LEADER_TITLES, SEED_NAMESPACE, seed_id

DEMO_DEVICE = "demo"
# The lowest possible stamp, like the seed's: any real edit is newer and wins in sync.
DEMO_STAMP = f"{0:013d}.{0:06d}.{DEMO_DEVICE}"
BATCH_SIZE = 10_000

# The size of one scale unit.
STABS_PER_BLOCK = 3
VIRKSOMHETER_PER_BLOCK = 7
AVDELINGER_PER_VIRKSOMHET = 4
TEAMS_PER_AVDELING = 4
UNITS_PER_BLOCK = 150  # 3 + 7 × (1 + 4 × (1 + 4))
MEASURES_PER_BLOCK = 50
CHECKLISTS_PER_BLOCK = 100
ITEMS_PER_CHECKLIST = 20
FUNCTION_DESCRIPTIONS_PER_BLOCK = 150
ROLES_PER_BLOCK = 50  # role descriptions bring the descriptions to 200
SICK_LEAVE_UNITS_PER_BLOCK = 100
SICK_LEAVE_MONTHS = 12
KPI_SERIES_PER_BLOCK = 10
KPI_POINTS_PER_SERIES = 10_000

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
_FIRST_NAMES = (
    "Kari",
    "Ola",
    "Ingrid",
    "Lars",
    "Sofie",
    "Magnus",
    "Nora",
    "Henrik",
    "Emma",
    "Jonas",
    "Sigrid",
    "Øyvind",
    "Åse",
    "Bjørn",
    "Hanne",
    "Tor",
    "Liv",
    "Erik",
    "Marit",
    "Anders",
)
_LAST_NAMES = (
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Berg",
    "Haugen",
    "Hagen",
    "Eriksen",
    "Bakken",
    "Solberg",
)
_MEASURE_VERBS = ("Etablere", "Samordne", "Gjennomgå", "Tydeliggjøre", "Styrke", "Forenkle")
_MEASURE_OBJECTS = (
    "rutiner for tjenestekjøp",
    "ansvar for budsjettoppfølging",
    "felles saksbehandling",
    "ledernes rapportering",
    "opplæring i nye verktøy",
    "samarbeid med tillitsvalgte",
    "måling av brukertilfredshet",
    "digital innbyggerdialog",
    "rollefordeling i staben",
)
_DIMENSIONS = tuple(dimension.value for dimension in Dimension)
_MEASURE_STATUSES = tuple(status.value for status in MeasureStatus)
_ITEM_STATUSES = tuple(status.value for status in ItemStatus)
_CHECKLIST_STEPS = (
    "Kontakt med sykmeldt innen fire dager",
    "Vurdere tilrettelegging",
    "Oppfølgingsplan",
    "Dialogmøte 1 innen sju uker",
    "Involvere bedriftshelsetjenesten",
    "Dialogmøte 2",
    "Vurdere aktivitetsplikt",
    "Gjennomgå fraværsstatistikk",
    "Medarbeidersamtale",
    "Tilbakemelding til HR",
    "Kartlegge arbeidsmiljø",
    "Vurdere gradert sykmelding",
    "Avtale neste kontakt",
    "Sjekke Frekit for verktøy",
    "Drøfte med verneombud",
    "Oppdatere oppfølgingsplan",
    "Vurdere arbeidsrettede tiltak",
    "Dialogmøte 3",
    "Avslutte oppfølging",
    "Evaluere tiltakene",
)
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
# (code part, title, unit, typical level)
_KPI_TOPICS = (
    ("henvendelser", "Henvendelser til servicetorget", "stk", 400.0),
    ("ventetid", "Gjennomsnittlig ventetid i telefonkø", "s", 90.0),
    ("chat", "Samtaler med Kari", "stk", 250.0),
    ("minside", "Innlogginger på Min side", "stk", 1500.0),
    ("sykefravaer", "Sykefravær i kommunen", "%", 7.0),
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
_KPI_START = dt.date(2000, 1, 1)
_NAMESPACE_BYTES = SEED_NAMESPACE.bytes
_KPI_POINT_COLUMNS = (
    "id",
    "stamp",
    "device",
    "deleted",
    "series_id",
    "period",
    "category",
    "value",
    "sort_order",
)
_SAVED_AT = dt.datetime(2024, 1, 1, 8, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class DemoUnit:
    """What the other generators need to know about a generated unit."""

    id: uuid.UUID
    lineage_id: uuid.UUID
    name: str
    level: str
    headcount: int


def demo_id(kind: str, key: str) -> uuid.UUID:
    """A stable id for a demo record; the 'demo-' prefix keeps it apart from every seed id."""
    return seed_id(f"demo-{kind}", key)


def demo_id_hex(kind: str, key: str) -> str:
    """``demo_id(kind, key).hex`` (RFC 4122 UUID v5) at a third of the cost, for bulk rows."""
    name = f"demo-{kind}:{key}".encode()
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name, usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    return digest.hex()


def demo_scenario_id() -> uuid.UUID:
    return demo_id("scenario", "demo")


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
    _insert(conn, Measure, _measure_rows(block, demo_units), counts)
    _populate_sick_leave(conn, block, demo_units, toolkit_ids, counts)
    _populate_descriptions(conn, block, demo_units, counts)
    series = list(_kpi_series_rows(block))
    _insert(conn, KpiSeries, series, counts)
    _insert_raw(conn, KpiPoint, _KPI_POINT_COLUMNS, _kpi_point_rows(series), counts)


def _populate_sick_leave(
    conn: Connection,
    block: int,
    units: list[DemoUnit],
    toolkit_ids: list[uuid.UUID],
    counts: dict[str, int],
) -> None:
    checklists = list(_checklist_rows(block, units))
    _insert(conn, Checklist, checklists, counts)
    _insert(conn, ChecklistItem, _checklist_item_rows(block, checklists, toolkit_ids), counts)
    _insert(conn, SickLeaveFigure, _sick_leave_rows(block, units), counts)
    _insert(conn, SickLeaveTarget, _sick_leave_target_rows(block, units), counts)


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


def _rng(kind: str, block: int) -> random.Random:
    # A string seed is hashed with SHA-512, independent of PYTHONHASHSEED and the platform.
    return random.Random(f"fredapp-demo:{kind}:{block}")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"


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
    rng = _rng("unit", block)
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
        "leader_name": _person(rng),
        "headcount": unit.headcount,
        "sort_order": order,
    }


# -- measures ------------------------------------------------------------------------------


def _measure_rows(block: int, units: list[DemoUnit]) -> Iterator[dict[str, Any]]:
    rng = _rng("measure", block)
    owners = [unit for unit in units if unit.level == Level.VIRKSOMHET.value]
    for n in range(MEASURES_PER_BLOCK):
        index = block * MEASURES_PER_BLOCK + n
        dimension = _DIMENSIONS[index % len(_DIMENSIONS)]
        code = f"D-{dimension}{101 + index}"  # the running number keeps codes unique
        status = rng.choice(_MEASURE_STATUSES)
        yield {
            "id": demo_id("measure", code),
            "code": code,
            "title": f"{rng.choice(_MEASURE_VERBS)} {rng.choice(_MEASURE_OBJECTS)}",
            "dimension": dimension,
            "level": rng.choice((MeasureLevel.STAFF.value, MeasureLevel.MUNICIPALITY.value)),
            "status": status,
            "owner_unit_id": rng.choice(owners).id,
            "due_date": dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365)),
            "effect": rng.randint(1, 5),
            "effort": rng.randint(1, 5),
            "progress": 100 if status == MeasureStatus.DONE.value else rng.randrange(0, 100, 10),
            "notes": "" if rng.random() < 0.6 else f"Ansvarlig: {_person(rng)}",
            "sort_order": 1000 + index,  # after the seed's measures
        }


# -- sick-leave toolkit --------------------------------------------------------------------


def _checklist_rows(block: int, units: list[DemoUnit]) -> Iterator[dict[str, Any]]:
    rng = _rng("checklist", block)
    led_units = [unit for unit in units if unit.level != Level.STAB.value]
    for unit in led_units[:CHECKLISTS_PER_BLOCK]:  # one checklist per unit: (unit, period) unique
        yield {
            "id": demo_id("checklist", str(unit.lineage_id)),
            "unit_lineage_id": unit.lineage_id,
            "period": f"2024-{rng.randint(1, 12):02d}",
        }


def _checklist_item_rows(
    block: int, checklists: list[dict[str, Any]], toolkit_ids: list[uuid.UUID]
) -> Iterator[dict[str, Any]]:
    rng = _rng("checklist-item", block)
    for checklist in checklists:
        year, month = (int(part) for part in checklist["period"].split("-"))
        start = dt.date(year, month, 1)
        for order, title in enumerate(_CHECKLIST_STEPS[:ITEMS_PER_CHECKLIST]):
            yield _checklist_item(rng, checklist["id"], order, title, start, toolkit_ids)


def _checklist_item(
    rng: random.Random,
    checklist_id: uuid.UUID,
    order: int,
    title: str,
    start: dt.date,
    toolkit_ids: list[uuid.UUID],
) -> dict[str, Any]:
    status = rng.choice(_ITEM_STATUSES)
    due = start + dt.timedelta(days=7 * order + rng.randrange(7))
    done = due - dt.timedelta(days=rng.randrange(5)) if status == ItemStatus.DONE.value else None
    return {
        "id": demo_id("checklist-item", f"{checklist_id}:{order}"),
        "checklist_id": checklist_id,
        "toolkit_item_id": toolkit_ids[order % len(toolkit_ids)] if toolkit_ids else None,
        "title": title,
        "status": status,
        "responsible": _person(rng),
        "due_date": due,
        "done_date": done,
        "note": "" if rng.random() < 0.8 else "Avventer svar fra bedriftshelsetjenesten.",
        "sort_order": order,
    }


def _sick_leave_rows(block: int, units: list[DemoUnit]) -> Iterator[dict[str, Any]]:
    rng = _rng("sick-leave", block)
    for unit in units[:SICK_LEAVE_UNITS_PER_BLOCK]:
        employees = rng.randint(5, 60)  # the people the unit's figures cover, its subtree included
        for month in range(1, SICK_LEAVE_MONTHS + 1):
            winter = 1.5 if month in (1, 2, 12) else 0.0  # sick leave peaks in winter
            short = round(rng.uniform(1.0, 3.0) + winter, 1)
            long = round(rng.uniform(2.0, 7.0), 1)
            yield {
                "id": demo_id("sick-leave", f"{unit.lineage_id}:2024-{month:02d}"),
                "unit_lineage_id": unit.lineage_id,
                "month": f"2024-{month:02d}",
                "employees": employees,
                "total_pct": round(short + long, 1),
                "short_pct": short,
                "long_pct": long,
            }


def _sick_leave_target_rows(block: int, units: list[DemoUnit]) -> Iterator[dict[str, Any]]:
    # A trend means little without its target line, so every unit with figures gets one.
    rng = _rng("sick-leave-target", block)
    for unit in units[:SICK_LEAVE_UNITS_PER_BLOCK]:
        yield {
            "id": demo_id("sick-leave-target", str(unit.lineage_id)),
            "unit_lineage_id": unit.lineage_id,
            "target_pct": rng.choice((5.5, 6.0, 6.5, 7.0, 7.5)),
        }


# -- descriptions --------------------------------------------------------------------------


def _role_rows(block: int) -> Iterator[dict[str, Any]]:
    for n in range(ROLES_PER_BLOCK):
        title = f"{_ROLE_TITLES[n % len(_ROLE_TITLES)]} {block + 1}.{n + 1}"
        yield {"id": demo_id("role", f"{block}:{n}"), "title": title, "summary": ""}


def _description_rows(
    block: int, units: list[DemoUnit], roles: list[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    rng = _rng("description", block)
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


# -- KPI series ----------------------------------------------------------------------------


def _kpi_series_rows(block: int) -> Iterator[dict[str, Any]]:
    for n in range(KPI_SERIES_PER_BLOCK):
        key, title, unit, _level = _KPI_TOPICS[n % len(_KPI_TOPICS)]
        code = f"demo.{block + 1}.{n + 1}.{key}"
        yield {
            "id": demo_id("kpi-series", code),
            "code": code,
            "title": f"{title} (demo {block + 1}.{n + 1})",
            "unit": unit,
            "group": "demo",
            "source_note": "Generert demodata, ikke virkelige tall.",
        }


def _kpi_point_rows(series: list[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    for one in series:
        typical = next(topic[3] for topic in _KPI_TOPICS if one["code"].endswith(topic[0]))
        yield from _kpi_points(one["id"], one["code"], typical)


@functools.cache
def _kpi_periods() -> tuple[str, ...]:
    return tuple(
        (_KPI_START + dt.timedelta(days=day)).isoformat() for day in range(KPI_POINTS_PER_SERIES)
    )


def _kpi_points(series_id: uuid.UUID, code: str, typical: float) -> Iterator[tuple[Any, ...]]:
    """A daily random walk with a weekly rhythm, so graphs show both trend and detail.

    Rows are tuples in ``_KPI_POINT_COLUMNS`` order, already in SQLAlchemy's storage format
    for SQLite (UUIDs as 32 hex digits, booleans as 0/1): see ``_insert_raw``.
    """
    rng = random.Random(f"fredapp-demo:kpi-point:{code}")
    level = typical * rng.uniform(0.7, 1.3)
    series_hex = series_id.hex
    periods = _kpi_periods()
    for day in range(KPI_POINTS_PER_SERIES):
        level = max(0.0, level + rng.gauss(0.0, level * 0.01))
        weekday = day % 7  # 1 January 2000 was a Saturday: 0 and 1 are the weekend
        value = level * (0.4 if weekday < 2 else 1.0)
        yield (
            demo_id_hex("kpi-point", f"{code}:{day}"),
            DEMO_STAMP,
            DEMO_DEVICE,
            0,
            series_hex,
            periods[day],
            "",
            round(value, 2),
            day,
        )
