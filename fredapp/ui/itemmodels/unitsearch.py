"""The organisation tree's search: each unit's words (name, leader, function description) and
the filter proxy that shows the matches and their ancestors.

Description texts are read in small steps while the window is idle, so the first filter
keystroke finds them ready instead of reading 10,000 at once; the words of each unit are kept
until the unit or its text changes.
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, QTimer, Signal

from fredapp.core import orgtree, queries
from fredapp.core.db import Database
from fredapp.core.models import Description
from fredapp.ui.itemmodels.unitrecords import SHOWN, SHOWN_ROLE, UnitRecord

if TYPE_CHECKING:
    from fredapp.ui.itemmodels.units import UnitTreeModel

# Descriptions read per idle step: about 4 ms of work on a laptop, so a click or a key
# that arrives meanwhile waits no longer than that.
PRELOAD_ROWS = 100
_TAGS = re.compile(r"<[^>]*>")


def plain_text(body_html: str) -> str:
    """The words of a description's HTML, for searching.

    Not :func:`fredapp.core.descriptions.plain_text`, which keeps the lines of paragraphs and
    lists for showing a text: it parses the HTML and takes 30 times as long, too slow for
    reading 10,000 descriptions between keystrokes. Here only the words matter."""
    body = body_html.split("<body", 1)[-1]
    return html.unescape(_TAGS.sub(" ", body))


class UnitSearch(QObject):
    """The searchable words of a scenario's units, case folded, and the last query's matches."""

    def __init__(
        self,
        database: Database,
        units: Callable[[], Mapping[uuid.UUID, UnitRecord]],
        lineages: Callable[[], Mapping[uuid.UUID, uuid.UUID]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._units = units  # id → record, as the model holds them now
        self._lineages = lineages  # lineage → unit id
        self._description_text: dict[uuid.UUID, str] | None = None
        self._haystack: dict[uuid.UUID, str] | None = None
        self._last_query = ""
        self._last_matches: set[uuid.UUID] | None = None
        self._preload_texts: dict[uuid.UUID, str] = {}
        self._preload_after = -1  # the last description rowid read; -1 when not preloading
        self._preload_timer = QTimer(self)
        self._preload_timer.setInterval(0)
        self._preload_timer.timeout.connect(self._preload_step)

    @property
    def description_text(self) -> dict[uuid.UUID, str] | None:
        """The function descriptions' words per lineage; None until read."""
        return self._description_text

    def reset(self) -> None:
        """Forget everything read (another scenario, or the same one read again)."""
        self._description_text = None
        self._haystack = None
        self._last_query, self._last_matches = "", None
        self._preload_after = -1
        self._preload_timer.stop()

    def matching(self, query: str) -> set[uuid.UUID] | None:
        """Ids of the units to show for ``query``: matches and their ancestors.

        A unit matches when every word is in its name, leader, leader title or function
        description, case ignored; None means no filter. A query that extends the previous one
        (the user typed on) is looked for only among the previous matches.
        """
        folded = query.casefold()
        words = folded.split()
        if not words:
            self._last_query, self._last_matches = "", None
            return None
        haystacks = self._haystacks()
        candidates: Iterable[uuid.UUID] = haystacks
        last = self._last_matches
        if last is not None and self._last_query and folded.startswith(self._last_query):
            candidates = last
        matches = {
            unit_id
            for unit_id in candidates
            if all(word in haystacks.get(unit_id, "") for word in words)
        }
        self._last_query, self._last_matches = folded, matches
        # The ancestors as the one unit tree places them (the tree shows them so), from only
        # the units above the matches: a cycle or a missing parent left by a sync is repaired
        # here as in the view, the exports and the roll-ups.
        tree = orgtree.ancestry(self._units(), matches)
        visible: set[uuid.UUID] = set()
        for unit_id in matches:
            walker: Any = unit_id
            while walker is not None and walker not in visible:
                visible.add(walker)
                walker = tree.parent_id(walker)
        return visible

    def with_ancestors(self, unit_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """``unit_ids`` and every unit above them in the one unit tree."""
        units = self._units()
        present = [unit_id for unit_id in unit_ids if unit_id in units]
        tree = orgtree.ancestry(units, present)
        found: set[uuid.UUID] = set()
        for unit_id in present:
            walker: Any = unit_id
            while walker is not None and walker not in found:
                found.add(walker)
                walker = tree.parent_id(walker)
        return found

    def _haystacks(self) -> dict[uuid.UUID, str]:
        """Each unit's searchable words, case folded: kept until the unit or its text changes."""
        if self._haystack is None:
            descriptions = self._descriptions()
            self._haystack = {
                unit.id: self._haystack_of(unit, descriptions) for unit in self._units().values()
            }
        return self._haystack

    @staticmethod
    def _haystack_of(unit: UnitRecord, descriptions: dict[uuid.UUID, str]) -> str:
        text = f"{unit.name}\n{unit.leader_name}\n{unit.leader_title}".casefold()
        extra = descriptions.get(unit.lineage_id)
        return f"{text}\n{extra}" if extra else text

    def forget(self, unit_id: uuid.UUID | None = None) -> None:
        """A unit changed (None: several did): its words are read again."""
        self._last_query, self._last_matches = "", None
        if self._haystack is not None:
            if unit_id is None:
                self._haystack = None
            else:
                unit = self._units().get(unit_id)
                if unit is None:
                    self._haystack.pop(unit_id, None)
                else:
                    self._haystack[unit_id] = self._haystack_of(unit, self._descriptions())

    def _descriptions(self) -> dict[uuid.UUID, str]:
        """Function descriptions' words per lineage, read once and kept up to date."""
        if self._description_text is None:
            while self._preload_after >= 0:  # finish what the idle steps began
                self._preload_step(PRELOAD_ROWS * 100)
            if self._description_text is None:
                self._description_text = self._read_descriptions()
        return self._description_text

    def start_preload(self) -> None:
        """Begin reading the descriptions in idle steps (the units are known)."""
        has_units = bool(self._units())
        self._preload_texts = {}
        self._preload_after = 0 if has_units else -1
        if has_units:
            self._preload_timer.start()
        else:
            self._preload_timer.stop()

    @property
    def reading(self) -> bool:
        """The descriptions are still being read in idle steps."""
        return self._preload_after >= 0

    def _preload_step(self, rows: int = 0) -> None:
        """Read the next few descriptions (by position, so each step is one short query)."""
        if self._preload_after < 0 or self._description_text is not None:
            self._preload_after = -1
            self._preload_timer.stop()
            return
        wanted = rows or PRELOAD_ROWS
        batch = queries.function_description_bodies(self._database, self._preload_after, wanted)
        self._preload_texts.update(self._words(batch))
        if batch:
            self._preload_after = batch[-1][0]
        if len(batch) < wanted:
            self._description_text = self._preload_texts
            self._preload_texts = {}
            self._preload_after = -1
            self._preload_timer.stop()

    def _read_descriptions(self) -> dict[uuid.UUID, str]:
        return self._words(queries.function_description_bodies(self._database))

    def _words(self, bodies: Iterable[tuple[int, uuid.UUID, str]]) -> dict[uuid.UUID, str]:
        """The searchable words of function descriptions of this scenario's units."""
        lineages = self._lineages()
        return {
            lineage: plain_text(body).casefold()
            for _, lineage, body in bodies
            if lineage in lineages
        }

    def description_changed(self, description_id: uuid.UUID) -> uuid.UUID | None:
        """Follow a changed description; the unit whose words changed, if any."""
        if self._description_text is None:
            if self._preload_after >= 0:
                self.start_preload()  # a text already read may have changed: start over
            return None
        description = queries.record(self._database, Description, description_id)
        if description is None or description.unit_lineage_id is None:
            return None
        unit_id = self._lineages().get(description.unit_lineage_id)
        if unit_id is None:
            return None
        text = "" if description.deleted else plain_text(description.body_html).casefold()
        self._description_text[description.unit_lineage_id] = text
        self.forget(unit_id)
        return unit_id


class UnitFilterProxy(QSortFilterProxyModel):
    """Shows units whose name, leader or description holds every word, and their ancestors.

    The words are matched once per query in Python over plain strings
    (:meth:`UnitTreeModel.matching`, which narrows the previous result while the user types
    on); the model marks the units that change between shown and hidden, and Qt's own
    filtering on that mark does the rest in C++, without calling Python for each row.

    A unit the person just added, moved, pasted or brought back by undo stays in view while
    the filter is on, even if it does not match (``kept``, announced by ``kept_in_view``):
    the filter never hides the unit that was acted on. Typing another filter lets it go.
    """

    kept_in_view = Signal(list)  # ids of units shown although the filter does not match them

    def __init__(self, source: UnitTreeModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = ""
        self.kept: set[uuid.UUID] = set()
        self.setSourceModel(source)
        self.setRecursiveFilteringEnabled(False)  # the ancestors are in the matching set
        self.setFilterRole(SHOWN_ROLE)
        self.setFilterKeyColumn(0)
        source.rowsInserted.connect(self._recompute_if_filtered)
        source.dataChanged.connect(self._text_changed)

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """The person's filter: units kept in view for an earlier one are let go."""
        if query.split() != self._query.split():
            self.kept = set()
        self._apply(query)

    def _apply(self, query: str) -> None:
        self._query = query
        visible = self._source.matching(query)
        if visible is not None and self.kept:
            visible |= self._source.search.with_ancestors(self.kept)
        self.beginFilterChange()
        self._source.mark_shown(visible)
        pattern = "" if visible is None else SHOWN
        if self.filterRegularExpression().pattern() != pattern:
            self.setFilterFixedString(pattern)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _recompute_if_filtered(self, parent: Any = None, first: int = -1, last: int = -1) -> None:
        # While a tree is being built, units coming in are marked by the filter already.
        if not self._query.strip() or self._source.loading:
            return
        acted_on = isinstance(parent, QModelIndex) and first >= 0
        if acted_on and not self._source.applying_received:  # rows put in by this window
            arrived = self._arrived(parent, first, last)
            hidden = arrived - (self._source.matching(self._query) or set())
            if hidden:
                self.kept |= hidden
                self._apply(self._query)
                self.kept_in_view.emit(sorted(hidden, key=str))
                return
        self._apply(self._query)

    def _arrived(self, parent: QModelIndex, first: int, last: int) -> set[uuid.UUID]:
        found = set()
        for row in range(first, last + 1):
            unit = self._source.unit_at(self._source.index(row, 0, parent))
            if unit is not None:
                found.add(unit.id)
        return found

    def _text_changed(self, top_left: QModelIndex, *args: Any, **kwargs: Any) -> None:
        if top_left.column() in (0, 2, 3):  # a name or leader: what the filter looks at
            self._recompute_if_filtered()

    def reapply(self) -> None:
        """Apply the filter to a tree read anew (another scenario, a copy, a large sync)."""
        if self._query.strip():
            self._apply(self._query)
