"""Load the briefing's data from ``resources/seed/`` into a new database.

Seed records get the same UUIDs and the same change stamp in every
installation (UUID v5 of a readable key), so two users who start from the
seed and later sync do not end up with every record twice.

The seed fills a NEW database only. A database made before the timeline existed (schema
0004 and older) is upgraded without the seed's milestones and measure dates: what it holds
is its users' data, and they may have dated or removed measures since. (They arrive by sync
from a colleague whose database is new, as any record does.)
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlmodel import SQLModel

from fredapp.core.db import Database
from fredapp.core.models import (
    Benchmark,
    Dimension,
    Goal,
    KpiPoint,
    KpiSeries,
    Level,
    Measure,
    MeasureLevel,
    MeasureStatus,
    MeasureUnitLink,
    Milestone,
    Scenario,
    ToolkitItem,
    Unit,
)
from fredapp.core.paths import resources_dir

SEED_NAMESPACE = uuid.UUID("8f0f5e7a-3c1e-5b1a-9d57-6a2f3f6b1c01")
SEED_DEVICE = "seed"
SEED_STAMP = f"{0:013d}.{0:06d}.{SEED_DEVICE}"
# Seed records whose content changed after they first shipped (the staff measures got their
# start and due dates with schema 0005) carry this later stamp: rows with equal stamps must be
# equal everywhere, and a database seeded before keeps its undated copy at SEED_STAMP, so a
# sync between the two takes the dated one instead of leaving them to disagree. Still older
# than any real edit, which wins over both.
SEED_STAMP_DATED = f"{1:013d}.{0:06d}.{SEED_DEVICE}"
SEED_STAMPS = (SEED_STAMP, SEED_STAMP_DATED)
LEADER_TITLES = {
    Level.VIRKSOMHET.value: "Virksomhetsleder",
    Level.AVDELING.value: "Avdelingsleder",
    Level.TEAM.value: "Teamleder",
}
CALL_METRICS = ("calls", "answered", "unanswered", "longest_s")
CALL_METRIC_TITLES = {
    "calls": "Antall samtaler",
    "answered": "Besvarte samtaler",
    "unanswered": "Ubesvarte samtaler",
    "longest_s": "Maks samtaletid",
}


def seed_id(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(SEED_NAMESPACE, f"{kind}:{key}")


def seed_dir() -> Path:
    return resources_dir() / "seed"


def load_json(name: str) -> dict[str, Any]:
    with (seed_dir() / name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def populate(database: Database) -> None:
    """Fill an empty database with the seed's data."""
    rows: dict[type[SQLModel], list[dict[str, Any]]] = {}
    for model, row in _all_rows():
        rows.setdefault(model, []).append(_stamped(row))
    with database.engine.begin() as conn:
        for model, model_rows in rows.items():
            conn.execute(insert(model.__table__), model_rows)  # type: ignore[attr-defined]


def _all_rows() -> Iterator[tuple[type[SQLModel], dict[str, Any]]]:
    yield from organisation_rows(load_json("organisation.json"))
    timeline = load_json("timeline.json")
    yield from measure_rows(load_json("measures.json"), timeline["measure_dates"])
    yield from milestone_rows(timeline)
    kpi = load_json("kpi.json")
    yield from callcentre_rows(kpi["callcentre"])
    yield from goal_rows(kpi["goals"])
    yield from benchmark_rows(kpi["benchmarks"])
    yield from toolkit_rows(load_json("toolkit.json"))


def _stamped(row: dict[str, Any]) -> dict[str, Any]:
    return {"stamp": SEED_STAMP, "device": SEED_DEVICE, "deleted": False, **row}


def organisation_rows(data: dict[str, Any]) -> Iterator[tuple[type[SQLModel], dict[str, Any]]]:
    for order, scenario in enumerate(data["scenarios"]):
        scenario_id = seed_id("scenario", scenario["key"])
        yield (
            Scenario,
            {
                "id": scenario_id,
                "name": scenario["name"],
                "description": scenario["description"],
                "is_current": scenario["is_current"],
                "sort_order": order,
            },
        )
        yield from _unit_rows(scenario["key"], scenario_id, None, scenario["units"])


def _unit_rows(
    scenario_key: str,
    scenario_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    units: list[dict[str, Any]],
) -> Iterator[tuple[type[SQLModel], dict[str, Any]]]:
    for order, unit in enumerate(units):
        unit_id = seed_id("unit", f"{scenario_key}:{unit['key']}")
        yield (
            Unit,
            {
                "id": unit_id,
                "scenario_id": scenario_id,
                "parent_id": parent_id,
                "lineage_id": lineage_id(unit["key"]),
                "predecessors": " ".join(str(lineage_id(k)) for k in unit.get("predecessors", [])),
                "name": unit["name"],
                "level": unit["level"],
                "leader_title": LEADER_TITLES.get(unit["level"], ""),
                "leader_name": "",
                "headcount": unit.get("headcount", 0),
                "sort_order": order,
            },
        )
        yield from _unit_rows(scenario_key, scenario_id, unit_id, unit.get("children", []))


def lineage_id(unit_key: str) -> uuid.UUID:
    return seed_id("lineage", unit_key)


def dimension_of(code: str) -> str:
    """The framework dimension a measure code names: 'S-KKV2' and 'KKV2' are both KKV."""
    letters = code.removeprefix("S-").rstrip("0123456789*")
    return Dimension(letters).value


def measure_rows(
    data: dict[str, Any], dates: dict[str, dict[str, str]] | None = None
) -> Iterator[tuple[type[SQLModel], dict[str, Any]]]:
    """The measures and their unit links; ``dates`` (timeline.json) dates the staff's."""
    in_progress = set(data["in_progress"])
    effect = _effect_ratings(data["effect_order_low_to_high"], data["effect_unplaced"])
    levels = (
        (MeasureLevel.STAFF, data["staff"]),
        (MeasureLevel.MUNICIPALITY, data["municipality"]),
    )
    order = 0
    for level, measures in levels:
        for measure in measures:
            code = measure["code"]
            measure_id = seed_id("measure", code)
            status = MeasureStatus.IN_PROGRESS if code in in_progress else MeasureStatus.NOT_STARTED
            yield (
                Measure,
                {
                    "id": measure_id,
                    "code": code,
                    "title": measure["title"],
                    "dimension": dimension_of(code),
                    "level": level.value,
                    "status": status.value,
                    "owner_unit_id": None,
                    **_measure_dates(dates, level, code in in_progress),
                    "effect": effect.get(code, 3),
                    "effort": 3,
                    "progress": 0,
                    "notes": measure.get("notes", ""),
                    "sort_order": order,
                },
            )
            order += 1
            for unit_key in measure.get("units", []):
                yield (
                    MeasureUnitLink,
                    {
                        "id": seed_id("measure-unit", f"{code}:{unit_key}"),
                        "measure_id": measure_id,
                        "unit_lineage_id": lineage_id(unit_key),
                    },
                )


def _measure_dates(
    dates: dict[str, dict[str, str]] | None, level: MeasureLevel, in_progress: bool
) -> dict[str, dt.date | str | None]:
    """Start and due of a seed measure: judged per group (see timeline.json's note); a dated
    one carries the later seed stamp (see SEED_STAMP_DATED)."""
    if dates is None or level is not MeasureLevel.STAFF:
        return {"start_date": None, "due_date": None}
    group = dates["in_progress" if in_progress else "other_staff"]
    return {
        "start_date": dt.date.fromisoformat(group["start"]),
        "due_date": dt.date.fromisoformat(group["due"]),
        "stamp": SEED_STAMP_DATED,
    }


def milestone_rows(data: dict[str, Any]) -> Iterator[tuple[type[SQLModel], dict[str, Any]]]:
    """The project plan's and the trust reform's milestones; none belongs to a measure."""
    for order, milestone in enumerate(data["milestones"]):
        yield (
            Milestone,
            {
                "id": seed_id("milestone", milestone["key"]),
                "title": milestone["title"],
                "date": dt.date.fromisoformat(milestone["date"]),
                "measure_id": None,
                "notes": milestone["notes"],
                "sort_order": order,
            },
        )


def _effect_ratings(low_to_high: list[str], unplaced: list[str]) -> dict[str, int]:
    """Spread the slide's order over ratings 1 … 5; unplaced measures get the middle."""
    ratings = {
        code: 1 + (4 * index) // max(1, len(low_to_high) - 1)
        for index, code in enumerate(low_to_high)
    }
    ratings.update({code: 3 for code in unplaced})
    return ratings


def parse_duration(text: str) -> int:
    """'00:42:48' as seconds."""
    hours, minutes, seconds = (int(part) for part in text.split(":"))
    return hours * 3600 + minutes * 60 + seconds


def callcentre_rows(data: dict[str, Any]) -> Iterator[tuple[type[SQLModel], dict[str, Any]]]:
    for table in ("queue", "hour"):
        for metric in CALL_METRICS:
            code = f"calls.{table}.{metric}"
            series_id = seed_id("kpi-series", code)
            yield (
                KpiSeries,
                {
                    "id": series_id,
                    "code": code,
                    "title": CALL_METRIC_TITLES[metric],
                    "unit": "s" if metric == "longest_s" else "samtaler",
                    "group": f"calls.{table}",
                    "source_note": data["source_note"],
                },
            )
            for order, row in enumerate(data[f"per_{table}"]):
                values = [*row[1:4], parse_duration(row[4])]
                yield (
                    KpiPoint,
                    {
                        "id": seed_id("kpi-point", f"{code}:{row[0]}"),
                        "series_id": series_id,
                        "period": data["period"],
                        "category": row[0],
                        "value": float(values[CALL_METRICS.index(metric)]),
                        "sort_order": order,
                    },
                )


def goal_rows(data: dict[str, Any]) -> Iterator[tuple[type[SQLModel], dict[str, Any]]]:
    for order, goal in enumerate(data["rows"]):
        yield (
            Goal,
            {
                "id": seed_id("goal", goal["key"]),
                "title": goal["title"],
                "direction": goal["direction"],
                "target": float(goal["target"]),
                "unit": goal["unit"],
                "baseline_period": goal["baseline_period"],
                "baseline": goal["baseline"],
                "outcome_period": goal["outcome_period"],
                "outcome": goal["outcome"],
                "sort_order": order,
                "source_note": data["source_note"],
            },
        )


@dataclass(frozen=True)
class PrintedChange:
    """The change in per cent the briefing printed for a seed goal, with the figures it
    printed beside it (whole per cent, as printed)."""

    change_pct: float
    baseline: float | None
    outcome: float | None


def printed_goal_changes() -> dict[uuid.UUID, PrintedChange]:
    """The briefing's printed change of each seed goal, by the goal's (stable) seed id.

    Kept in the seed file only, never loaded into a database: seed records carry the same
    stamp in every installation, so changing what they hold would make two installations
    disagree. Read from the file, it serves old databases and new ones alike.
    """
    return {
        seed_id("goal", row["key"]): PrintedChange(
            float(row["printed_change_pct"]), row["baseline"], row["outcome"]
        )
        for row in load_json("kpi.json")["goals"]["rows"]
        if row.get("printed_change_pct") is not None
    }


def printed_change_differs(
    printed: PrintedChange | None,
    baseline: float | None,
    outcome: float | None,
    change_pct: float | None,
) -> bool:
    """Whether the computed ``change_pct`` disagrees with what the briefing printed.

    Only for a goal that still holds the figures the briefing printed (another baseline or
    outcome makes another change), and beyond the printed rounding to whole per cent.
    """
    if printed is None or change_pct is None:
        return False
    if (baseline, outcome) != (printed.baseline, printed.outcome):
        return False
    return abs(change_pct - printed.change_pct) > 0.5 + 1e-9


def benchmark_rows(data: dict[str, Any]) -> Iterator[tuple[type[SQLModel], dict[str, Any]]]:
    for measure, values in data["measures"].items():
        for municipality, value in values.items():
            yield (
                Benchmark,
                {
                    "id": seed_id("benchmark", f"{measure}:{municipality}"),
                    "measure": measure,
                    "municipality": municipality,
                    "value": float(value),
                    "unit": data["unit"],
                    "period": data["period"],
                    "is_home": municipality == "Fredrikstad",
                    "source_note": data["source_note"],
                },
            )


def toolkit_rows(data: dict[str, Any]) -> Iterator[tuple[type[SQLModel], dict[str, Any]]]:
    for order, item in enumerate(data["items"]):
        yield (
            ToolkitItem,
            {
                "id": seed_id("toolkit", item["key"]),
                "title": item["title"],
                "description": item["description"],
                "category": item["category"],
                "link": item["link"],
                "tags": item["tags"],
                "retired": False,
                "sort_order": order,
            },
        )
