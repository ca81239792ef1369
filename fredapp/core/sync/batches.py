"""How a server hub push is cut: batches of about N rows, never splitting a record from the
history and conflicts that name it, records in the order the hub classifies them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from fredapp.core.sync.tables import CONFLICT_TABLE, HISTORY_TABLE

_NAMING = (HISTORY_TABLE, CONFLICT_TABLE)
_LATER = "checklistitem"  # takes its unit from its checklist: after it
_FIRST = ("scenario", "unit")  # rights below a leader's unit follow the hub's units


def device_of(chunk: list[tuple[str, str | None, dict[str, Any]]]) -> str:
    devices = Counter(str(row.get("device") or "") for _t, _b, row in chunk)
    devices.pop("", None)
    return devices.most_common(1)[0][0] if devices else "unknown"


Change = tuple[str, str | None, dict[str, Any]]


def chunks(changes: list[Change], size: int) -> Iterator[list[Change]]:
    """Pushes of about ``size`` rows, a record always with the history and conflicts naming it,
    records before checklist items before history (the order the hub classifies them in)."""
    naming: dict[tuple[str, str], list[Change]] = {}
    records: list[Change] = []
    for change in changes:
        if change[0] in _NAMING:
            key = (str(change[2].get("table_name")), str(change[2].get("record_id")))
            naming.setdefault(key, []).append(change)
        else:
            records.append(change)
    # Units first: a leader's units below their own are known to the hub from its units.
    records.sort(key=lambda c: 0 if c[0] in _FIRST else 2 if c[0] == _LATER else 1)
    groups: list[list[Change]] = []
    for change in records:
        groups.append([change, *naming.pop((change[0], str(change[2]["id"])), [])])
    # History and conflicts whose record is not in this push go one by one.
    groups.extend([c] for rest in naming.values() for c in rest)
    chunk: list[Change] = []
    for group in groups:
        if chunk and len(chunk) + len(group) > size:
            yield chunk
            chunk = []
        chunk.extend(group)
    if chunk:
        yield chunk
