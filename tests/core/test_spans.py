"""Spans of control: per leader, in bands, the longest leader line, and in the comparison."""

from __future__ import annotations

import time
import uuid

import pytest

from fredapp.core.calc.scenarios import ChangeKind, compare_scenarios
from fredapp.core.calc.spans import (
    DEFAULT_BANDS,
    SpanBands,
    marked_spans,
    parse_bands,
    span_stats,
    unit_spans,
)
from fredapp.core.db import Database
from fredapp.core.errors import FredAppError
from fredapp.core.models import Unit

SCENARIO = uuid.uuid4()


def unit(name: str, parent: Unit | None, headcount: int, leader: bool = True) -> Unit:
    return Unit(
        scenario_id=SCENARIO,
        parent_id=parent.id if parent else None,
        name=name,
        level="avdeling",
        leader_title="Leder" if leader else "",
        headcount=headcount,
    )


def test_a_span_is_the_people_in_the_unit_but_the_leader_plus_the_leaders_below() -> None:
    top = unit("Topp", None, 3)  # a leader and 2 people
    a = unit("A", top, 5)  # its leader reports to Topp's
    b = unit("B", top, 4, leader=False)  # 4 people without a leader of their own: Topp's
    b1 = unit("B1", b, 2, leader=False)  # and their unit's people too
    b2 = unit("B2", b, 6)  # a leader below a leaderless unit: reports to Topp's
    a1 = unit("A1", a, 1)  # a leader alone
    spans = unit_spans([top, a, b, b1, b2, a1])
    assert spans == {top.id: 2 + 1 + 4 + 2 + 1, a.id: 4 + 1, b2.id: 5, a1.id: 0}


def test_people_with_no_leader_above_are_in_no_span() -> None:
    staff = unit("Stab", None, 0, leader=False)  # the seed's staffs: no leader counted
    first = unit("Første", staff, 6)
    stats = span_stats([staff, first])
    assert [(s.unit, s.span) for s in stats.spans] == [("Første", 5)]
    assert stats.leader_levels == 1


def test_leader_levels_is_the_longest_line_of_leaders() -> None:
    top = unit("Topp", None, 1)
    gap = unit("Uten leder", top, 3, leader=False)
    deep = unit("Dyp", gap, 2)
    deeper = unit("Dypere", deep, 2)
    side = unit("Side", top, 2)
    assert span_stats([top, gap, deep, deeper, side]).leader_levels == 3


def test_the_seed_before_and_after(seeded_db: Database) -> None:
    comparison = compare_scenarios(seeded_db, "Fra", "Til")
    before, after = comparison.before_spans, comparison.after_spans
    assert before is not None and after is not None
    fra = {s.unit: s.span for s in before.spans}
    til = {s.unit: s.span for s in after.spans}
    assert len(fra) == 28 and len(til) == 21  # every leader has a span
    assert fra["Økonomi og finans"] == 4 + 3  # 5 placed, the leader one of them; three teams
    assert fra["Regnskap"] == 11
    assert til["Byarkivet"] == 15 and til["Anskaffelser"] == 11
    assert (before.band_counts(), after.band_counts()) == ([0, 25, 3, 0], [0, 11, 10, 0])
    assert (before.leader_levels, after.leader_levels) == (2, 2)
    assert before.smallest is not None and before.smallest.span == 3
    assert after.largest is not None and after.largest.span == 15
    rows = {row.key: row for row in comparison.span_rows()}
    assert (rows["span_max"].before, rows["span_max"].after, rows["span_max"].difference) == (
        11,
        15,
        4,
    )
    assert (rows["span_min"].before, rows["span_min"].after) == (3, 5)
    assert rows["span_mean"].before == pytest.approx(157 / 28)
    assert rows["span_mean"].after == pytest.approx(198 / 21)
    assert (rows["band:10–15"].before, rows["band:10–15"].after) == (3, 10)
    assert (rows["band:3–9"].percent) == pytest.approx((11 - 25) / 25 * 100)
    assert list(rows) == [
        "span_mean",
        "span_max",
        "span_min",
        "band:1–2",
        "band:3–9",
        "band:10–15",
        "band:16+",
        "leader_levels",
    ]
    data = comparison.to_dict()["spans"]
    assert data["span_max"] == {"before": 11, "after": 15, "difference": 4, "percent": 100 * 4 / 11}


def test_bands_are_a_setting_with_the_default_1_2_3_9_10_15_16() -> None:
    assert DEFAULT_BANDS.labels() == ["1–2", "3–9", "10–15", "16+"]
    assert [DEFAULT_BANDS.band_of(n) for n in (0, 1, 2, 3, 9, 10, 15, 16, 400)] == [
        0, 0, 0, 1, 1, 2, 2, 3, 3,
    ]  # fmt: skip
    assert [DEFAULT_BANDS.is_outside(n) for n in (2, 3, 15, 16)] == [True, False, False, True]
    assert parse_bands(" 3; 8 12 ") == SpanBands((3, 8, 12))
    assert parse_bands("3,8,12").labels() == ["1–3", "4–8", "9–12", "13+"]
    assert parse_bands(DEFAULT_BANDS.text()) == DEFAULT_BANDS
    assert parse_bands("1, 5").labels() == ["1", "2–5", "6+"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2, ni, 15", "'2, ni, 15' are not whole numbers"),
        ("9, 2", "must rise"),
        ("0, 4", "must rise from 1"),
        ("", "need 1 to 7 bounds, not 0"),
        ("1 2 3 4 5 6 7 8", "need 1 to 7 bounds, not 8"),
    ],
)
def test_bad_bands_are_refused_saying_what_is_wrong(text: str, said: str) -> None:
    with pytest.raises(FredAppError, match=said):
        parse_bands(text)


def test_other_bands_count_the_seed_again(seeded_db: Database) -> None:
    comparison = compare_scenarios(seeded_db, "Fra", "Til", parse_bands("4, 10"))
    assert comparison.after_spans is not None
    assert comparison.after_spans.bands.labels() == ["1–4", "5–10", "11+"]
    bands = {r.key: (r.before, r.after) for r in comparison.span_rows() if r.key[:5] == "band:"}
    assert bands == {"band:1–4": (12, 0), "band:5–10": (13, 12), "band:11+": (3, 9)}


def test_each_change_names_the_measures_linked_to_its_units(seeded_db: Database) -> None:
    comparison = compare_scenarios(seeded_db, "Fra", "Til")
    behind = {(c.kind, c.unit): comparison.measures_of(c) for c in comparison.changes}
    assert behind[(ChangeKind.MOVED, "Anskaffelser")] == ("S-S4",)
    assert behind[(ChangeKind.SPLIT, "Kommunikasjon og service")] == ("S-S8",)
    assert behind[(ChangeKind.MOVED, "Kommuneadvokaten")] == ("S-S6",)
    assert behind[(ChangeKind.CREATED, "Førstelinje")] == ("S-A4", "S-S8")
    assert behind[(ChangeKind.RENAMED, "Kvalitet og styring")] == ()
    moved = next(c for c in comparison.to_dict()["changes"] if c["unit"] == "Anskaffelser")
    assert moved["measures"] == ["S-S4"]


def test_ten_thousand_units_take_well_under_a_second() -> None:
    top = unit("Topp", None, 1)
    units = [top]
    for n in range(100):
        middle = unit(f"M{n}", top, 3, leader=n % 3 != 0)
        units.append(middle)
        units.extend(unit(f"T{n}.{m}", middle, 5) for m in range(99))
    assert len(units) == 10_001
    started = time.perf_counter()
    stats = span_stats(units)
    elapsed = time.perf_counter() - started
    assert len(stats.spans) == 1 + 66 + 9_900
    assert stats.largest is not None and stats.largest.unit == "Topp"
    assert elapsed < 1.0, elapsed


def test_the_command_line_comparison_lists_spans_and_measures(
    seeded_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from fredapp.cli import main

    path = str(seeded_db.path)
    seeded_db.close()
    assert main(["compare", "Fra", "Til", "--db", path]) == 0
    out = capsys.readouterr().out
    assert "span, largest         11    15      +4   +36.4 %" in out
    assert "leaders, span 10–15    3    10      +7  +233.3 %" in out
    assert "leader levels          2     2      +0    +0.0 %" in out
    assert (
        "Anskaffelser moved from Innovasjon og utvikling to Virksomhetsstyring og økonomi  [S-S4]"
        in out
    )


def test_the_chart_marks_leaders_with_very_few_or_very_many_reports() -> None:
    top = unit("Topp", None, 1)
    lonely = unit("Alene", top, 2)  # 1 report
    busy = unit("Travel", top, 17)  # 16 reports
    usual = unit("Vanlig", top, 6)  # 5 reports
    units = [top, lonely, busy, usual]
    assert marked_spans(units) == {lonely.id: 1, busy.id: 16}  # Topp has 3: not marked
    assert marked_spans(units, parse_bands("3, 10")) == {top.id: 3, lonely.id: 1, busy.id: 16}
