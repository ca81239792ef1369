"""The checks a merge holds incoming rows to: sound ids and stamps, and the rules of a local write.

A row the merge would take into our side that breaks them refuses the whole merge
(``RejectedData``, naming the row); nothing is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fredapp.core import validation
from fredapp.core.sync.merge_rows import MergeContext

_HEX32 = re.compile(r"[0-9a-f]{32}")
_STAMP_LINE = re.compile(rb"\d{13}\.\d{6}\.[A-Za-z0-9_-]{1,64}\n")
_STAMP = re.compile(r"\d{13}\.\d{6}\.[A-Za-z0-9_-]{1,64}", re.ASCII)


class KeyCheck:
    """Checks each incoming (id, stamp) pair in the pass merge makes over them anyway."""

    def __init__(self, table: str, limit_ms: int) -> None:
        self.table = table
        self.limit = f"{limit_ms:013d}"

    def check_all(self, records: list[str], stamps: list[str]) -> None:
        """Check many pairs at once: a first full pull brings a million of them.

        Joined, the ids must be hex digits only and the stamps whole stamps only (one regex
        over all of them in C); only when that fails is each pair looked at, to name it.
        """
        try:
            ids = "".join(records).encode("ascii")
            stamp_lines = ("\n".join(stamps) + "\n").encode("ascii")
            sound = (
                not ids.translate(None, b"0123456789abcdef")
                and set(map(len, records)) <= {32}
                and not _STAMP_LINE.sub(b"", stamp_lines).strip(b"\n")
                and (not stamps or max(stamps)[:13] <= self.limit)
            )
        except (TypeError, UnicodeEncodeError):  # not text, or not ASCII: not sound
            sound = False
        if not sound:
            self.check_each(zip(records, stamps, strict=True))

    def check_each(self, pairs: Iterable[tuple[object, object]]) -> None:
        for record, stamp in pairs:
            self.check(record, stamp)

    def check(self, record: object, stamp: object) -> None:
        if not (isinstance(record, str) and _HEX32.fullmatch(record)):
            self._refuse(record, "id", validation.Rule("id", validation.Kind.UUID), record)
        if not (isinstance(stamp, str) and (stamp == "" or _STAMP.fullmatch(stamp))):
            rule = validation.Rule("stamp", validation.Kind.STAMP)
            self._refuse(record, "stamp", rule, stamp)
        if stamp[:13] > self.limit:  # type: ignore[index]
            rule = validation.Rule("stamp", validation.Kind.STAMP)
            self._refuse(record, "stamp", rule, stamp)

    def _refuse(self, record: object, column: str, rule: validation.Rule, value: object) -> None:
        problem = validation.stored_problem(rule, value, self.limit)
        raise validation.RejectedData(
            validation.Violation(self.table, str(record)[:40], column, problem).message()
        )


def check_incoming(ctx: MergeContext, table: str, incoming: list[str]) -> None:
    """Refuse the merge if a row about to be taken into ``ours`` breaks a rule."""
    if not incoming:
        return
    conn = ctx.conn
    total = conn.execute(f'SELECT count(*) FROM "{ctx.theirs}"."{table}"').fetchone()[0]
    only = None
    if len(incoming) != total:
        conn.execute("DELETE FROM temp.sync_ids")
        conn.executemany("INSERT INTO temp.sync_ids VALUES (?)", ((i,) for i in incoming))
        only = "temp.sync_ids"
    found = validation.find_violations(
        conn, ctx.theirs, table, only_ids=only, limit=1, now_ms=ctx.clock.wall(), keys=False
    )
    if found:
        raise validation.RejectedData(found[0].message())
