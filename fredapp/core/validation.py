"""What a stored value may be: one set of rules for every row that enters, however it enters.

A row typed in the window, read from an import, or received from a shared file or a cloud
conflict copy is held to the same rules: the type of each column, UUIDs, dates, numbers in
range, the allowed words of each enumeration, the form of periods, sizes, no control
characters, no national identity numbers in free text, change stamps within the clock bound,
and the sick-leave rule that short + long is the total. The rules are written once, per
column, and read two ways:

- :func:`check_values` checks Python values before the service writes them (a local edit,
  an import), and
- :func:`find_violations` checks stored rows in SQL (a shared file before it is merged, the
  local database in ``fredapp check``), which is fast enough for a million rows; only the
  identity-number guard calls back into Python, and only for text that holds 11 digits.

A refusal names the table, the record and the field.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import sqlite3
import types
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Union, get_args, get_origin

from fredapp.core import clock, models, privacy
from fredapp.core.errors import FredAppError, ValidationError
from fredapp.core.messages import QT_TR_NOOP, Message, message

SHORT_TEXT_MAX = 4_000  # characters: names, titles, owners, periods …
LONG_TEXT_MAX = 2_000_000  # characters: descriptions, notes and their history (~2–8 MB)
DEVICE_MAX = 64
SICK_LEAVE_TOLERANCE = 0.1  # percentage points between short + long and the total
_INT_LIMIT = 2**53  # integers beyond this lose precision on their way through JSON and floats
# Dates people plan with: a year 2300 (or 0202) is a typing slip, refused before it is written.
DATE_MIN = dt.date(1900, 1, 1)
DATE_MAX = dt.date(2099, 12, 31)

# Characters that break spreadsheets and XML (openpyxl refuses them): C0 controls but tab,
# line feed and carriage return, and DEL.
CONTROL_CHARACTERS = "".join(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127))
_CONTROL = re.compile(f"[{re.escape(CONTROL_CHARACTERS)}]")

# A cheap first look before the identity-number guard: 11 digits with little between them.
_ELEVEN_DIGITS = re.compile(r"(?:\d\D{0,3}){10}\d")
_NON_DIGITS = re.compile(r"\D+")
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


def may_hold_national_id(text: str) -> bool:
    """False when ``text`` cannot hold an identity number: fewer than 11 digits, or none close
    together (counting the digits first is several times cheaper than the pattern)."""
    if not text.isascii():
        text = _INVISIBLE.sub("", text)  # zero-width characters between digits hide nothing
    return len(_NON_DIGITS.sub("", text)) >= 11 and _ELEVEN_DIGITS.search(text) is not None


class Kind(StrEnum):
    UUID = "uuid"
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    STAMP = "stamp"
    DEVICE = "device"


@dataclass(frozen=True)
class Rule:
    column: str
    kind: Kind
    nullable: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    pattern: str = ""  # a Python regex the whole text must match
    form: str = ""  # how the pattern is shown to people: "YYYY-MM"
    max_length: int = SHORT_TEXT_MAX
    free_text: bool = False  # guarded against national identity numbers
    required: bool = False  # a text that must not be empty or blank


# -- the rules ------------------------------------------------------------------------------

_LONG_TEXT = frozenset(
    {"body_html", "notes", "note", "description", "summary", "source_note"}
    | {"old_value", "new_value", "value_a", "value_b"}
)
_MONTH = r"\d{4}-(0[1-9]|1[0-2])"
_RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("unit", "headcount"): (0, 1_000_000),
    ("measure", "effect"): (1, 5),
    ("measure", "effort"): (1, 5),
    ("measure", "progress"): (0, 100),
    ("sickleavefigure", "employees"): (0, 1_000_000),
    ("sickleavefigure", "total_pct"): (0, 100),
    ("sickleavefigure", "short_pct"): (0, 100),
    ("sickleavefigure", "long_pct"): (0, 100),
    ("sickleavetarget", "target_pct"): (0, 100),
    ("descriptionversion", "version_no"): (0, _INT_LIMIT),
}
_CHOICES: dict[tuple[str, str], type[StrEnum]] = {
    ("unit", "level"): models.Level,
    ("measure", "dimension"): models.Dimension,
    ("measure", "level"): models.MeasureLevel,
    ("measure", "status"): models.MeasureStatus,
    ("checklistitem", "status"): models.ItemStatus,
    ("goal", "direction"): models.GoalDirection,
    ("description", "kind"): models.DescriptionKind,
    ("syncconflict", "kind"): models.ConflictKind,
}
_PATTERNS: dict[tuple[str, str], tuple[str, str]] = {
    ("sickleavefigure", "month"): (_MONTH, "YYYY-MM"),
    ("checklist", "period"): (r"\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?", "YYYY-MM, YYYY-Qn, YYYY"),
    ("unit", "predecessors"): (r"([0-9a-f-]{32,36}( [0-9a-f-]{32,36})*)?", "lineage ids"),
}
# Dates that must come in order (start, end) when both are set.
DATE_PAIRS: dict[str, tuple[str, str]] = {"measure": ("start_date", "due_date")}
# Texts that must say something (not empty, not only spaces).
_REQUIRED_TEXT = frozenset({("milestone", "title")})
_STAMP_COLUMNS = frozenset({"stamp", "stamp_a", "stamp_b"})
_DEVICE_COLUMNS = frozenset({"device", "device_a", "device_b"})
_KINDS: dict[Any, Kind] = {
    uuid.UUID: Kind.UUID,
    str: Kind.TEXT,
    int: Kind.INT,
    float: Kind.FLOAT,
    bool: Kind.BOOL,
    dt.date: Kind.DATE,
    dt.datetime: Kind.DATETIME,
}


def _annotation(annotation: Any) -> tuple[Any, bool]:
    """The Python type of a field and whether it may be None."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return args[0], True
    return annotation, False


def _rule(table: str, column: str, annotation: Any) -> Rule:
    python_type, nullable = _annotation(annotation)
    kind = _KINDS[python_type]
    if column in _STAMP_COLUMNS:
        return Rule(column, Kind.STAMP, nullable)
    if column in _DEVICE_COLUMNS:
        return Rule(column, Kind.DEVICE, nullable, max_length=DEVICE_MAX)
    key = (table, column)
    if key in _CHOICES:
        return Rule(column, kind, nullable, choices=tuple(e.value for e in _CHOICES[key]))
    if key in _PATTERNS:
        pattern, form = _PATTERNS[key]
        return Rule(column, kind, nullable, pattern=pattern, form=form, max_length=LONG_TEXT_MAX)
    if kind in (Kind.INT, Kind.FLOAT):
        low, high = _RANGES.get(key, (-_INT_LIMIT, _INT_LIMIT))
        return Rule(column, kind, nullable, minimum=low, maximum=high)
    if kind is Kind.TEXT:
        longest = LONG_TEXT_MAX if column in _LONG_TEXT else SHORT_TEXT_MAX
        free = column not in ("table_name", "field_name")
        required = key in _REQUIRED_TEXT
        return Rule(column, kind, nullable, max_length=longest, free_text=free, required=required)
    return Rule(column, kind, nullable)


@functools.cache
def rules_for(table: str) -> tuple[Rule, ...]:
    """The rules of every column of a synced table, in the model's column order."""
    model = _models()[table]
    return tuple(_rule(table, name, info.annotation) for name, info in model.model_fields.items())


@functools.cache
def _models() -> dict[str, type[models.Synced]]:
    from fredapp.core.sync.tables import synced_models

    return {str(model.__tablename__): model for model in synced_models()}


# -- the clock bound --------------------------------------------------------------------------


def stamp_limit(now_ms: int | None = None) -> str:
    """The largest acceptable stamp's wall part, as the 13 digits stamps start with."""
    return f"{clock.wall_limit_ms(now_ms):0{clock.WALL_DIGITS}d}"


# -- checking Python values (before a write) -------------------------------------------------


def check_values(model: type[models.Synced], values: Mapping[str, Any]) -> None:
    """Raise ValidationError naming the first field of ``values`` that breaks its rule."""
    table = str(model.__tablename__)
    rules = {rule.column: rule for rule in rules_for(table)}
    for name, value in values.items():
        rule = rules.get(name)
        if rule is None or rule.kind in (Kind.STAMP, Kind.DEVICE):
            continue
        problem = value_problem(rule, value)
        if problem is not None:
            if problem.template == _NATIONAL_ID:
                raise _refusal(privacy.refusal_message(name), table)
            raise _refusal(
                message(QT_TR_NOOP("field '{field}' {problem}"), field=name, problem=problem),
                table,
            )
    if table == "sickleavefigure" and {"total_pct", "short_pct", "long_pct"} <= set(values):
        problem = _sick_leave_problem(values["total_pct"], values["short_pct"], values["long_pct"])
        if problem is not None:
            raise ValidationError(problem)
    if (pair := DATE_PAIRS.get(table)) is not None:
        problem = date_order_problem(values.get(pair[0]), values.get(pair[1]))
        if problem is not None:
            raise ValidationError(problem)


def date_order_problem(start: Any, due: Any) -> Message | None:
    """A measure's start after its due date; None when one is missing or they are in order.

    Checked where both values are known: a write that sets both, a row received whole, and
    ``DataService.validate`` (which reads the one a change does not set).
    """
    if isinstance(start, dt.date) and isinstance(due, dt.date) and start > due:
        return message(_START_AFTER_DUE, start=start.isoformat(), due=due.isoformat())
    return None


def _refusal(refusal: Message, table: str) -> ValidationError:
    """A refusal of a field that also carries its ``table`` (a value the template does not
    show): the window names the field as people know it ("Notat", not ``note``)."""
    return ValidationError(Message(refusal.template, {**refusal.values, "table": table}))


def value_problem(rule: Rule, value: Any) -> Message | None:
    """What is wrong with ``value`` under ``rule``; None when it is fine."""
    if value is None:
        return None if rule.nullable else message(_EMPTY)
    checker = _PY_CHECKS[rule.kind]
    return checker(rule, value)


def _check_uuid(rule: Rule, value: Any) -> Message | None:
    return None if isinstance(value, uuid.UUID) else message(_NOT_UUID)


def _check_text(rule: Rule, value: Any) -> Message | None:
    if not isinstance(value, str):
        return message(_NOT_TEXT)
    if len(value) > rule.max_length:
        return message(_TOO_LONG, limit=rule.max_length, length=len(value))
    if rule.required and not value.strip():
        return message(_EMPTY)
    if _CONTROL.search(value):
        return message(_CONTROL_CHARS)
    if rule.choices and value not in rule.choices:
        return message(_NOT_CHOICE, value=_shown(value), choices=", ".join(rule.choices))
    if rule.pattern and not re.fullmatch(rule.pattern, value):
        return message(_NOT_FORM, value=_shown(value), form=rule.form)
    if rule.free_text and may_hold_national_id(value) and privacy.find_national_ids(value):
        return message(_NATIONAL_ID)
    return None


def _check_number(rule: Rule, value: Any) -> Message | None:
    whole = rule.kind is Kind.INT
    valid_type = isinstance(value, int) if whole else isinstance(value, int | float)
    if isinstance(value, bool) or not valid_type or not math.isfinite(value):
        return message(_NOT_INT if whole else _NOT_NUMBER, value=_shown(value))
    low = rule.minimum if rule.minimum is not None else -math.inf
    high = rule.maximum if rule.maximum is not None else math.inf
    if not low <= value <= high:
        return message(_OUT_OF_RANGE, value=value, minimum=_num(low), maximum=_num(high))
    return None


def _check_bool(rule: Rule, value: Any) -> Message | None:
    return None if isinstance(value, bool) or value in (0, 1) else message(_NOT_BOOL)


def _check_date(rule: Rule, value: Any) -> Message | None:
    if rule.kind is Kind.DATE and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        if DATE_MIN <= value <= DATE_MAX:
            return None
        return message(
            _OUT_OF_RANGE,
            value=value.isoformat(),
            minimum=DATE_MIN.isoformat(),
            maximum=DATE_MAX.isoformat(),
        )
    if rule.kind is Kind.DATETIME and isinstance(value, dt.datetime):
        return None
    return message(_NOT_DATE if rule.kind is Kind.DATE else _NOT_DATETIME, value=_shown(value))


def _check_meta(rule: Rule, value: Any) -> Message | None:
    if rule.kind is Kind.DEVICE:
        valid = isinstance(value, str) and len(value) <= DEVICE_MAX
        if not valid or value.strip(_DEVICE_CHARACTERS):
            return message(_NOT_DEVICE, value=_shown(value))
        return None
    return None if isinstance(value, str) and len(value) <= 100 else message(_NOT_STAMP)


_PY_CHECKS = {
    Kind.UUID: _check_uuid,
    Kind.TEXT: _check_text,
    Kind.INT: _check_number,
    Kind.FLOAT: _check_number,
    Kind.BOOL: _check_bool,
    Kind.DATE: _check_date,
    Kind.DATETIME: _check_date,
    Kind.STAMP: _check_meta,
    Kind.DEVICE: _check_meta,
}


def _sick_leave_problem(total: Any, short: Any, long: Any) -> Message | None:
    numbers = (total, short, long)
    if not all(isinstance(n, int | float) for n in numbers):
        return None  # the fields' own rules say what is wrong
    if abs(short + long - total) > SICK_LEAVE_TOLERANCE + 1e-9:
        return message(_SICK_SUM, short=short, long=long, total=total)
    return None


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:37] + "…"


def _num(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else ("-" if value < 0 else "") + "2^53"


# -- problem texts --------------------------------------------------------------------------

_EMPTY = QT_TR_NOOP("is empty, but must have a value")
_NOT_UUID = QT_TR_NOOP("is not a UUID")
_NOT_TEXT = QT_TR_NOOP("is not text")
_TOO_LONG = QT_TR_NOOP("is {length} characters long; at most {limit} are allowed")
_CONTROL_CHARS = QT_TR_NOOP("contains control characters")
_NOT_CHOICE = QT_TR_NOOP("is '{value}', not one of {choices}")
_NOT_FORM = QT_TR_NOOP("is '{value}', not of the form {form}")
_NATIONAL_ID = QT_TR_NOOP("contains what looks like a national identity number")
_NOT_INT = QT_TR_NOOP("is {value}, not a whole number")
_NOT_NUMBER = QT_TR_NOOP("is {value}, not a number")
_OUT_OF_RANGE = QT_TR_NOOP("is {value}, outside {minimum} to {maximum}")
_NOT_BOOL = QT_TR_NOOP("is not a yes/no value (0 or 1)")
_NOT_DATE = QT_TR_NOOP("is {value}, not a date (YYYY-MM-DD)")
_NOT_DATETIME = QT_TR_NOOP("is {value}, not a date and time")
_NOT_STAMP = QT_TR_NOOP("is not a change stamp")
_NOT_DEVICE = QT_TR_NOOP("is '{value}', not a device id (letters, digits, _ and -)")
_FUTURE_STAMP = QT_TR_NOOP(
    "is a change stamp from {when}, beyond the clock bound ({days} days ahead of this computer)"
)
_START_AFTER_DUE = QT_TR_NOOP("the start date {start} is after the due date {due}")
_SICK_SUM = QT_TR_NOOP(
    "short-term ({short}) and long-term ({long}) sick leave do not add up to the total ({total})"
)


# -- checking stored rows (SQL) ---------------------------------------------------------------


class RejectedData(FredAppError):
    """Data from outside (a shared file, a conflict copy) breaks a rule; nothing was applied."""


@dataclass(frozen=True)
class Violation:
    table: str
    record: str
    column: str
    problem: Message

    def message(self) -> Message:
        return message(
            QT_TR_NOOP("table {table}, record {record}, field {field}: {problem}"),
            table=self.table,
            record=self.record,
            field=self.column,
            problem=self.problem,
        )


def install_functions(conn: sqlite3.Connection) -> None:
    """Register the Python checks SQL cannot do itself on ``conn``."""
    conn.create_function("fredapp_national_id", 1, _has_national_id, deterministic=True)
    conn.create_function("fredapp_matches", 2, _matches, deterministic=True)


def _has_national_id(value: object) -> int:
    if not isinstance(value, str) or not may_hold_national_id(value):
        return 0
    return int(bool(privacy.find_national_ids(value)))


def _q(column: str) -> str:
    return f'"{column}"'


def _sql_bad(rule: Rule, limit: str) -> str:
    """An SQL expression that is true when the column breaks ``rule`` (NULL-safe)."""
    c = _q(rule.column)
    bad = _SQL_CHECKS[rule.kind](rule, c, limit)
    # Plain OR/AND, not CASE: SQLite evaluates every branch of an OR inside a CASE, so the
    # identity-number callback ran for every row (2 million calls on a full pull).
    if rule.nullable:
        return f"({c} IS NOT NULL AND ({bad}))"
    return f"({c} IS NULL OR ({bad}))"


def _sql_uuid(rule: Rule, c: str, limit: str) -> str:
    return f"typeof({c}) != 'text' OR length({c}) != 32 OR {c} GLOB '*[^0-9a-f]*'"


def _sql_text(rule: Rule, c: str, limit: str) -> str:
    parts = [f"typeof({c}) != 'text'", f"length({c}) > {rule.max_length}"]
    parts.append(f"{c} GLOB '*[{_glob_class(CONTROL_CHARACTERS)}]*'")
    parts.append(f"instr({c}, char(0)) > 0")
    if rule.choices:
        words = ", ".join("'" + choice.replace("'", "''") + "'" for choice in rule.choices)
        parts.append(f"{c} NOT IN ({words})")
    if rule.required:
        parts.append(f"trim({c}) = ''")
    if rule.pattern:
        parts.append(f"NOT fredapp_matches({_sql_literal(rule.pattern)}, {c})")
    if rule.free_text:
        parts.append(f"(length({c}) >= 11 AND fredapp_national_id({c}))")
    return " OR ".join(parts)


def _sql_number(rule: Rule, c: str, limit: str) -> str:
    types_ok = "'integer'" if rule.kind is Kind.INT else "'integer', 'real'"
    low = rule.minimum if rule.minimum is not None else -_INT_LIMIT
    high = rule.maximum if rule.maximum is not None else _INT_LIMIT
    return f"typeof({c}) NOT IN ({types_ok}) OR NOT ({c} BETWEEN {low!r} AND {high!r})"


def _sql_bool(rule: Rule, c: str, limit: str) -> str:
    return f"typeof({c}) != 'integer' OR {c} NOT IN (0, 1)"


def _sql_date(rule: Rule, c: str, limit: str) -> str:
    # date() alone takes 2024-02-30 as it is; a modifier makes it normalise (to 03-01).

    return (
        f"typeof({c}) != 'text' OR length({c}) != 10 "
        f"OR {c} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
        f"OR date({c}, '+0 days') IS NOT {c} "
        f"OR {c} NOT BETWEEN '{DATE_MIN.isoformat()}' AND '{DATE_MAX.isoformat()}'"
    )


def _sql_datetime(rule: Rule, c: str, limit: str) -> str:
    return (
        f"typeof({c}) != 'text' OR length({c}) NOT BETWEEN 19 AND 26 "
        f"OR datetime(substr({c}, 1, 19), '+0 days') IS NOT substr({c}, 1, 19) "
        f"OR (length({c}) > 19 AND substr({c}, 20) NOT GLOB '.[0-9]*')"
    )


def _sql_stamp(rule: Rule, c: str, limit: str) -> str:
    digits = "[0-9]" * clock.WALL_DIGITS + "." + "[0-9]" * clock.COUNTER_DIGITS + ".?*"
    return (
        f"typeof({c}) != 'text' OR ({c} != '' AND ("
        f"{c} NOT GLOB '{digits}' OR length({c}) > {21 + DEVICE_MAX} "
        f"OR substr({c}, 22) GLOB '*[^A-Za-z0-9_-]*' OR substr({c}, 1, 13) > '{limit}'))"
    )


def _sql_device(rule: Rule, c: str, limit: str) -> str:
    return f"typeof({c}) != 'text' OR length({c}) > {DEVICE_MAX} OR {c} GLOB '*[^A-Za-z0-9_-]*'"


_SQL_CHECKS = {
    Kind.UUID: _sql_uuid,
    Kind.TEXT: _sql_text,
    Kind.INT: _sql_number,
    Kind.FLOAT: _sql_number,
    Kind.BOOL: _sql_bool,
    Kind.DATE: _sql_date,
    Kind.DATETIME: _sql_datetime,
    Kind.STAMP: _sql_stamp,
    Kind.DEVICE: _sql_device,
}


def _glob_class(characters: str) -> str:
    """The characters as a GLOB class of ranges (a range is several times faster than a list).

    NUL cannot stand in SQL text; instr() finds it (see _sql_text).
    """
    codes = sorted(ord(ch) for ch in characters if ch not in "]^\x00")
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _matches(pattern: str, value: object) -> int:
    return int(isinstance(value, str) and re.fullmatch(pattern, value) is not None)


def find_violations(
    conn: sqlite3.Connection,
    schema: str,
    table: str,
    *,
    unless_in: str | None = None,
    only_ids: str | None = None,
    limit: int = 5,
    now_ms: int | None = None,
    keys: bool = True,
) -> list[Violation]:
    """Rows of ``schema.table`` that break a rule, at most ``limit``.

    ``unless_in``: skip rows that another schema holds with the same id and stamp (what a
    merge would not take in). ``only_ids``: a table of the ids to look at. ``keys=False``
    leaves out ``id`` and ``stamp``, which the merge checks in its own pass over them.

    Short texts, references and devices repeat a lot (a million KPI points have a hundred
    series, a few devices, ten thousand periods), so they are checked once per distinct
    value, in Python; numbers, flags, dates and stamps are checked per row in SQL, where
    that is cheap. Both read the same rules.
    """
    install_functions(conn)
    skipped = () if keys else ("id", "stamp")
    rules = [
        rule
        for rule in rules_for(table)
        if rule.column not in skipped and _present(conn, schema, table, rule.column)
    ]
    bound = stamp_limit(now_ms)
    rows = _RowFilter(schema, table, unless_in, only_ids)
    found: list[Violation] = []
    for rule in rules:
        if len(found) >= limit:
            return found
        if _by_distinct_value(rule):
            found.extend(_distinct_violations(conn, rows, rule, bound, limit - len(found)))
    per_row = [rule for rule in rules if not _by_distinct_value(rule)]
    found.extend(_row_violations(conn, rows, per_row, bound, limit - len(found)))
    return found


@dataclass(frozen=True)
class _RowFilter:
    """Which rows of a table to look at, as SQL over the alias ``x``."""

    schema: str
    table: str
    unless_in: str | None
    only_ids: str | None

    @property
    def source(self) -> str:
        return f'"{self.schema}"."{self.table}" x'

    def where(self) -> str:
        parts = ["1"]
        if self.unless_in is not None:
            parts.append(
                f'NOT EXISTS (SELECT 1 FROM "{self.unless_in}"."{self.table}" o '
                "WHERE o.id = x.id AND o.stamp = x.stamp)"
            )
        if self.only_ids is not None:
            parts.append(f"x.id IN (SELECT id FROM {self.only_ids})")
        return " AND ".join(parts)


def _by_distinct_value(rule: Rule) -> bool:
    if rule.column == "id":
        return False  # unique: as many distinct values as rows
    if rule.kind is Kind.TEXT:
        return rule.max_length <= SHORT_TEXT_MAX  # long texts could fill memory as a set
    return rule.kind in (Kind.UUID, Kind.DEVICE)


def _distinct_violations(
    conn: sqlite3.Connection, rows: _RowFilter, rule: Rule, bound: str, limit: int
) -> list[Violation]:
    c = _q(rule.column)
    found: list[Violation] = []
    query = f"SELECT DISTINCT x.{c} FROM {rows.source} WHERE {rows.where()}"
    for (value,) in conn.execute(query):
        if value is None and rule.nullable:
            continue
        problem = stored_problem(rule, value, bound) if _value_breaks(rule, value) else None
        if problem is None:
            continue
        record = conn.execute(
            f"SELECT x.id FROM {rows.source} WHERE x.{c} IS ? AND {rows.where()} LIMIT 1",
            (value,),
        ).fetchone()
        found.append(Violation(rows.table, _record_text(record[0]), rule.column, problem))
        if len(found) >= limit:
            break
    return found


def _value_breaks(rule: Rule, value: object) -> bool:
    return value_problem(rule, _as_python(rule, value)) is not None


_DEVICE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def _row_violations(
    conn: sqlite3.Connection, rows: _RowFilter, rules: list[Rule], bound: str, limit: int
) -> list[Violation]:
    if limit <= 0:
        return []
    flags = [_sql_bad(rule, bound) for rule in rules]
    if rows.table == "sickleavefigure":
        flags.append(_SQL_SICK_SUM)
    elif rows.table == "measure" and _present(conn, rows.schema, "measure", "start_date"):
        flags.append(_SQL_DATE_ORDER)
    if not flags:
        return []
    where = " OR ".join(flags)
    query = (
        f"SELECT x.id, {', '.join(flags)} FROM {rows.source} "
        f"WHERE ({where}) AND {rows.where()} LIMIT {int(limit)}"
    )
    found: list[Violation] = []
    schema, table = rows.schema, rows.table
    for row in conn.execute(query):
        record, marks = _record_text(row[0]), row[1:]
        bad = [rules[i] for i, mark in enumerate(marks[: len(rules)]) if mark]
        for rule in bad:
            value = _stored_value(conn, schema, table, rule.column, row[0])
            found.append(Violation(table, record, rule.column, stored_problem(rule, value, bound)))
        if len(marks) > len(rules) and marks[-1]:
            found.append(_pair_violation(conn, rows, row[0]))
    return found


def _pair_violation(conn: sqlite3.Connection, rows: _RowFilter, record: object) -> Violation:
    """The violation of a rule between two fields of one stored row."""
    values = _stored_row(conn, rows.schema, rows.table, record)
    if rows.table == "measure":
        start, due = values["start_date"], values["due_date"]
        problem = message(_START_AFTER_DUE, start=start, due=due)
        return Violation(rows.table, _record_text(record), "start_date", problem)
    sick = _sick_leave_problem(values["total_pct"], values["short_pct"], values["long_pct"])
    return Violation(rows.table, _record_text(record), "total_pct", sick or message(_NOT_NUMBER))


# Both dates valid (their own rules say otherwise) and the start after the due date.
_SQL_DATE_ORDER = (
    "(typeof(x.start_date) = 'text' AND typeof(x.due_date) = 'text' "
    "AND length(x.start_date) = 10 AND length(x.due_date) = 10 AND x.start_date > x.due_date)"
)

_SQL_SICK_SUM = (
    "(typeof(x.total_pct) IN ('integer', 'real') AND typeof(x.short_pct) IN ('integer', 'real') "
    f"AND typeof(x.long_pct) IN ('integer', 'real') "
    f"AND abs(x.short_pct + x.long_pct - x.total_pct) > {SICK_LEAVE_TOLERANCE + 1e-9!r})"
)


def _present(conn: sqlite3.Connection, schema: str, table: str, column: str) -> bool:
    return column in _columns(conn, schema, table)


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA "{schema}".table_info("{table}")')]


def _record_text(record: object) -> str:
    text = record if isinstance(record, str) else repr(record)
    return text if len(text) <= 40 else text[:37] + "…"


def _stored_value(
    conn: sqlite3.Connection, schema: str, table: str, column: str, record: object
) -> object:
    c = _q(column)
    row = conn.execute(
        f"SELECT CASE WHEN typeof({c}) IN ('text', 'blob') THEN substr({c}, 1, 200) ELSE {c} END, "
        f'length({c}) FROM "{schema}"."{table}" WHERE id IS ? LIMIT 1',
        (record,),
    ).fetchone()
    if row is None:
        return None
    if isinstance(row[0], str) and row[1] > 200:
        return _Long(row[0], row[1])
    return row[0]


class _Long(str):
    """The first 200 characters of a stored text, and its whole length."""

    length: int

    def __new__(cls, head: str, length: int) -> _Long:
        text = super().__new__(cls, head)
        text.length = length
        return text


def _stored_row(
    conn: sqlite3.Connection, schema: str, table: str, record: object
) -> dict[str, Any]:
    cursor = conn.execute(f'SELECT * FROM "{schema}"."{table}" WHERE id IS ? LIMIT 1', (record,))
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def stored_problem(rule: Rule, value: object, bound: str) -> Message:
    """What a stored value breaks, said as the Python check would say it."""
    digits = isinstance(value, str) and value[:13].isdigit()
    if rule.kind is Kind.STAMP and digits and str(value)[:13] > bound:
        return _future_message(str(value))
    if value is None:
        return message(_EMPTY)
    if isinstance(value, _Long) and value.length > rule.max_length:
        return message(_TOO_LONG, limit=rule.max_length, length=value.length)
    python_value = _as_python(rule, value)
    problem = value_problem(rule, python_value)
    return problem or message(_NOT_STAMP if rule.kind is Kind.STAMP else _NOT_TEXT)


def _future_message(stamp: str) -> Message:
    try:
        when = dt.datetime.fromtimestamp(int(stamp[:13]) / 1000, dt.UTC).strftime("%Y-%m-%d")
    except (ValueError, OverflowError, OSError):
        when = stamp[:13]
    return message(_FUTURE_STAMP, when=when, days=clock.MAX_DRIFT_DAYS)


def _as_python(rule: Rule, value: object) -> object:
    """A stored value as the model would hold it, so the Python check can name the problem."""
    try:
        if rule.kind is Kind.UUID and isinstance(value, str) and len(value) == 32:
            return uuid.UUID(hex=value) if not re.search("[^0-9a-f]", value) else value
        if rule.kind is Kind.DATE and isinstance(value, str):
            return dt.date.fromisoformat(value) if len(value) == 10 else value
        if rule.kind is Kind.DATETIME and isinstance(value, str):
            return dt.datetime.fromisoformat(value)
        if rule.kind is Kind.BOOL and value in (0, 1) and isinstance(value, int):
            return bool(value)
    except ValueError:
        return value
    return value


def all_violations(
    conn: sqlite3.Connection,
    schema: str = "main",
    *,
    unless_in: str | None = None,
    limit: int = 5,
    now_ms: int | None = None,
) -> list[Violation]:
    """Violations in every synced table of ``schema``, at most ``limit`` per table."""
    present = {
        row[0]
        for row in conn.execute(f"SELECT name FROM \"{schema}\".sqlite_master WHERE type='table'")
    }
    found: list[Violation] = []
    for table in _models():
        if table in present:
            found.extend(
                find_violations(
                    conn, schema, table, unless_in=unless_in, limit=limit, now_ms=now_ms
                )
            )
    return found


# -- references (fredapp check) ---------------------------------------------------------------

# (table, column, target table, target column): a live record's reference must find a record.
# Sync may bring a record before the one it points to, so this is checked on a whole database
# (`fredapp check`), not on each row a sync takes in.
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("unit", "scenario_id", "scenario", "id"),
    ("unit", "parent_id", "unit", "id"),
    ("measure", "owner_unit_id", "unit", "id"),
    ("measureunitlink", "measure_id", "measure", "id"),
    ("measureunitlink", "unit_lineage_id", "unit", "lineage_id"),
    ("milestone", "measure_id", "measure", "id"),
    ("description", "unit_lineage_id", "unit", "lineage_id"),
    ("description", "role_id", "role", "id"),
    ("descriptionversion", "description_id", "description", "id"),
    ("checklist", "unit_lineage_id", "unit", "lineage_id"),
    ("checklistitem", "checklist_id", "checklist", "id"),
    ("checklistitem", "toolkit_item_id", "toolkititem", "id"),
    ("sickleavefigure", "unit_lineage_id", "unit", "lineage_id"),
    ("sickleavetarget", "unit_lineage_id", "unit", "lineage_id"),
    ("kpipoint", "series_id", "kpiseries", "id"),
)


def broken_references(conn: sqlite3.Connection, schema: str = "main") -> list[Message]:
    """One message per kind of broken reference: how many live records point nowhere."""
    found: list[Message] = []
    for table, column, target, key in REFERENCES:
        query = (
            f'SELECT count(*), min(x.id) FROM "{schema}"."{table}" x '
            f"WHERE NOT x.deleted AND x.{column} IS NOT NULL AND NOT EXISTS "
            f'(SELECT 1 FROM "{schema}"."{target}" t WHERE t.{key} = x.{column})'
        )
        count, example = conn.execute(query).fetchone()
        if count:
            found.append(
                message(
                    QT_TR_NOOP(
                        "records of {table} whose {field} points to a {target} that does "
                        "not exist: {count} (for example record {record})"
                    ),
                    count=count,
                    table=table,
                    field=column,
                    target=target,
                    record=_record_text(example),
                )
            )
    return found
