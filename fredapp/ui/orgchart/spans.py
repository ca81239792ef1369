"""Span-of-control marks on the chart: which leaders have very few or very many direct reports.

The spans are the core's (:func:`fredapp.core.calc.spans.unit_spans`); the bands are the
user's, as the comparison keeps them (:func:`fredapp.ui.organisation.comparison.load_bands`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication

from fredapp.core.calc.spans import SpanBands, marked_spans
from fredapp.ui.itemmodels.unitrecords import UnitRecord
from fredapp.ui.organisation.comparison import load_bands


def span_marks(units: Iterable[UnitRecord], bands: SpanBands | None = None) -> dict[uuid.UUID, str]:
    """The leaders with very few or very many direct reports (the lowest and the highest band,
    1–2 and 16+ by default; :mod:`fredapp.core.calc.spans`), each with its mark's text."""
    bands = bands or load_bands()  # the user's bands, as the comparison shows them
    found = marked_spans(cast(Iterable[Any], units), bands)
    return {
        unit_id: QCoreApplication.translate("OrgChart", "Span %1").replace("%1", str(span))
        for unit_id, span in found.items()
    }


def span_note(bands: SpanBands | None = None) -> str:
    """What a span mark means, with the lowest and highest bands (1–2 and 16+ by default)."""
    labels = (bands or load_bands()).labels()
    return (
        QCoreApplication.translate("OrgChart", "Span n: a leader whose span of control is %1 or %2")
        .replace("%1", labels[0])
        .replace("%2", labels[-1])
    )
