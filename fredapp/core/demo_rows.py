"""The demo's measures, checklists, sick-leave figures and KPI series, generated as rows.

Each generator yields the rows of one scale block, from its own seeded ``random.Random``
(see :mod:`fredapp.core.demo`, which inserts them).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import uuid
from collections.abc import Iterator
from typing import Any

from fredapp.core.demo_common import (
    CHECKLISTS_PER_BLOCK,
    DEMO_DEVICE,
    DEMO_STAMP,
    ITEMS_PER_CHECKLIST,
    KPI_POINTS_PER_SERIES,
    KPI_SERIES_PER_BLOCK,
    MEASURES_PER_BLOCK,
    SICK_LEAVE_MONTHS,
    SICK_LEAVE_UNITS_PER_BLOCK,
    DemoUnit,
    demo_id,
    demo_id_hex,
    person,
    seeded_rng,
)
from fredapp.core.models import Dimension, ItemStatus, Level, MeasureLevel, MeasureStatus

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
# (code part, title, unit, typical level)
_KPI_TOPICS = (
    ("henvendelser", "Henvendelser til servicetorget", "stk", 400.0),
    ("ventetid", "Gjennomsnittlig ventetid i telefonkø", "s", 90.0),
    ("chat", "Samtaler med Kari", "stk", 250.0),
    ("minside", "Innlogginger på Min side", "stk", 1500.0),
    ("sykefravaer", "Sykefravær i kommunen", "%", 7.0),
)
_KPI_START = dt.date(2000, 1, 1)
KPI_POINT_COLUMNS = (
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


def measure_rows(block: int, units: list[DemoUnit]) -> Iterator[dict[str, Any]]:
    rng = seeded_rng("measure", block)
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
            "notes": "" if rng.random() < 0.6 else f"Ansvarlig: {person(rng)}",
            "sort_order": 1000 + index,  # after the seed's measures
        }


def checklist_rows(block: int, units: list[DemoUnit]) -> Iterator[dict[str, Any]]:
    rng = seeded_rng("checklist", block)
    led_units = [unit for unit in units if unit.level != Level.STAB.value]
    for unit in led_units[:CHECKLISTS_PER_BLOCK]:  # one checklist per unit: (unit, period) unique
        yield {
            "id": demo_id("checklist", str(unit.lineage_id)),
            "unit_lineage_id": unit.lineage_id,
            "period": f"2024-{rng.randint(1, 12):02d}",
        }


def checklist_item_rows(
    block: int, checklists: list[dict[str, Any]], toolkit_ids: list[uuid.UUID]
) -> Iterator[dict[str, Any]]:
    rng = seeded_rng("checklist-item", block)
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
        "responsible": person(rng),
        "due_date": due,
        "done_date": done,
        "note": "" if rng.random() < 0.8 else "Avventer svar fra bedriftshelsetjenesten.",
        "sort_order": order,
    }


def sick_leave_rows(block: int, units: list[DemoUnit]) -> Iterator[dict[str, Any]]:
    rng = seeded_rng("sick-leave", block)
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


def sick_leave_target_rows(block: int, units: list[DemoUnit]) -> Iterator[dict[str, Any]]:
    # A trend means little without its target line, so every unit with figures gets one.
    rng = seeded_rng("sick-leave-target", block)
    for unit in units[:SICK_LEAVE_UNITS_PER_BLOCK]:
        yield {
            "id": demo_id("sick-leave-target", str(unit.lineage_id)),
            "unit_lineage_id": unit.lineage_id,
            "target_pct": rng.choice((5.5, 6.0, 6.5, 7.0, 7.5)),
        }


def kpi_series_rows(block: int) -> Iterator[dict[str, Any]]:
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


def kpi_point_rows(series: list[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
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

    Rows are tuples in ``KPI_POINT_COLUMNS`` order, already in SQLAlchemy's storage format
    for SQLite (UUIDs as 32 hex digits, booleans as 0/1): see ``fredapp.core.demo``.
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
