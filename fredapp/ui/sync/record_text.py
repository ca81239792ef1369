"""Stored values as people read them: names for ids, ja/nei, local dates and numbers.

The history keeps every value as text (JSON for numbers and booleans, ISO for dates, the
raw code of an enum, the UUID of a linked record). The history and conflict views show
them through :class:`RecordText`, which looks linked records up once and remembers them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import types
import typing
import uuid
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocumentFragment

from fredapp.core import queries
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import Synced
from fredapp.core.service import CREATED
from fredapp.core.sync.tables import synced_models
from fredapp.ui import formatting, labels
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.units import level_name
from fredapp.ui.messages import translate_core
from fredapp.ui.sickleave.checklist_model import status_label

_EXCERPT = 80
_LABEL_FIELDS = ("code", "title", "name", "period", "month")
_YES = str(QT_TRANSLATE_NOOP("RecordText", "yes"))
_NO = str(QT_TRANSLATE_NOOP("RecordText", "no"))

# Coded values and the labels the rest of the UI shows for them.
_CODES: dict[tuple[str, str], Callable[[str], str]] = {
    ("measure", "dimension"): labels.dimension,
    ("measure", "level"): labels.measure_level,
    ("measure", "status"): labels.measure_status,
    ("unit", "level"): level_name,
    ("checklistitem", "status"): status_label,
    ("goal", "direction"): labels.goal_direction,
    ("description", "kind"): labels.description_kind,
}
# Which table a reference field points into; the same name means the same table everywhere.
_REFERENCES: dict[str, str] = {
    "scenario_id": "scenario",
    "parent_id": "unit",
    "owner_unit_id": "unit",
    "role_id": "role",
    "description_id": "description",
    "measure_id": "measure",
    "checklist_id": "checklist",
    "toolkit_item_id": "toolkititem",
    "series_id": "kpiseries",
}
# Units are linked by lineage: the same unit in every scenario.
_LINEAGES = frozenset({"unit_lineage_id", "lineage_id", "predecessors"})


def model_for(table: str) -> type[Synced] | None:
    return {str(m.__tablename__): m for m in synced_models()}.get(table)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordText", text)


def field_type(table: str, field: str) -> type | None:
    """The Python type of ``field`` without its ``| None``; None for unknown fields."""
    model = model_for(table)
    info = model.model_fields.get(field) if model is not None else None
    if info is None:
        return None
    annotation = info.annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    return annotation if isinstance(annotation, type) else None


def plain_excerpt(text: str, html: bool = False, whole: bool = False) -> str:
    """One line of at most ``_EXCERPT`` characters (all of it if ``whole``, for tooltips);
    long texts and markup would drown the table."""
    if html:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    if whole:
        return text.strip()
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1].rstrip() + "…"


def _decimals(raw: str) -> int:
    """As many decimals as were stored (at most four): 5.25 stays 5,25 and 5 stays 5."""
    _, _, fraction = raw.partition(".")
    return min(len(fraction.rstrip("0")), 4) if "e" not in raw.lower() else 4


class RecordText:
    """Names of records and readable values, looked up in batches and cached."""

    def __init__(self, context: AppContext) -> None:
        self._database = context.database
        self._labels: dict[tuple[str, uuid.UUID], str] = {}
        self._lineages: dict[uuid.UUID, str] | None = None

    # -- names of records -----------------------------------------------------------------

    def prefetch(self, pairs: Iterable[tuple[str, uuid.UUID]]) -> None:
        """Look up many records at once: one query per table, not one per row."""
        wanted: dict[str, set[uuid.UUID]] = {}
        for table, record_id in pairs:
            if (table, record_id) not in self._labels:
                wanted.setdefault(table, set()).add(record_id)
        for table, ids in wanted.items():
            self._fetch(table, sorted(ids))

    def _fetch(self, table: str, ids: list[uuid.UUID]) -> None:
        model = model_for(table)
        found: dict[uuid.UUID, Synced] = {}
        if model is not None:
            found.update(queries.records_by_id(self._database, model, ids))
        for record_id in ids:
            record = found.get(record_id)
            text = self._describe(record) if record is not None else ""
            self._labels[(table, record_id)] = text or str(record_id)[:8]

    def label(self, table: str, record_id: uuid.UUID) -> str:
        """What people call the record: its code and title, name, or period and unit."""
        if (table, record_id) not in self._labels:
            self._fetch(table, [record_id])
        return self._labels[(table, record_id)]

    def _describe(self, record: Synced) -> str:
        parts = []
        lineage = getattr(record, "unit_lineage_id", None)
        if isinstance(lineage, uuid.UUID):
            parts.append(self.unit_by_lineage(lineage))
        for name in _LABEL_FIELDS:
            value = getattr(record, name, None)
            if value:
                parts.append(str(value))
                title = getattr(record, "title", None)
                if name == "code" and title:
                    parts.append(str(title))  # a code alone (S-S0) says little
                break
        return " ".join(parts)

    def unit_by_lineage(self, lineage_id: uuid.UUID) -> str:
        """The unit's name in the current scenario, else in any scenario it is in
        (:func:`fredapp.core.queries.lineage_names`)."""
        if self._lineages is None:
            self._lineages = queries.lineage_names(self._database)
        return self._lineages.get(lineage_id) or str(lineage_id)[:8]

    # -- values ---------------------------------------------------------------------------

    def value(self, table: str, field: str, raw: str | None, whole: bool = False) -> str:
        """``raw`` as stored in the history, shown as the rest of the UI shows it;
        long texts cut to an excerpt unless ``whole``."""
        if raw is None or raw == "":
            return ""
        if field == CREATED:
            return translate_core(raw)  # the change's label: a core template or UI text
        try:
            return self._value(table, field, raw, whole)
        except (ValueError, TypeError):
            return raw  # a value we cannot read is still better shown than hidden

    def _value(self, table: str, field: str, raw: str, whole: bool) -> str:
        code = _CODES.get((table, field))
        if code is not None:
            return code(raw)
        if field in _LINEAGES:
            return ", ".join(self.unit_by_lineage(uuid.UUID(part)) for part in raw.split())
        if field in _REFERENCES:
            return self.label(_REFERENCES[field], uuid.UUID(raw))
        if field == "body_html":
            return plain_excerpt(raw, html=True, whole=whole)
        kind = field_type(table, field)
        if kind is str or kind is None:
            long = len(raw) > _EXCERPT or "\n" in raw
            return plain_excerpt(raw) if long and not whole else raw
        return self._typed(kind, raw)

    def _typed(self, kind: type | None, raw: str) -> str:
        if kind is bool:
            return _tr(_YES) if json.loads(raw) else _tr(_NO)
        if kind is dt.datetime:
            return formatting.date_time(dt.datetime.fromisoformat(raw))
        if kind is dt.date:
            return formatting.date(dt.date.fromisoformat(raw))
        if kind is int:
            return formatting.number(int(json.loads(raw)))
        if kind is float:
            return formatting.number(float(json.loads(raw)), _decimals(raw))
        return raw


def record_label(context: AppContext, table: str, record_id: uuid.UUID) -> str:
    """One record's name, for a title; views showing many use one :class:`RecordText`."""
    return RecordText(context).label(table, record_id)
