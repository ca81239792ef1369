"""The kinds of data FredApp imports and exports, and the two entry points for both.

Each kind lives in its own module and knows only its columns; the file format is
:mod:`fredapp.core.io.formats`' business. Adding a kind is one module and one line in
:data:`KINDS`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fredapp.core.db import Database
from fredapp.core.errors import ImportExportError
from fredapp.core.io import benchmarks, calls, checklist, goals, measures, org, sickleave
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.service import DataService

Exporter = Callable[..., int]  # (database, path, **options) -> rows
Importer = Callable[..., int]  # (service, path, **options) -> rows


@dataclass(frozen=True)
class Kind:
    """One kind of data; ``export``/``import_`` are None where that direction does not exist."""

    name: str
    export: Exporter | None = None
    import_: Importer | None = None


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("measures", export=measures.export_measures, import_=measures.import_measures),
        Kind("calls", export=calls.export_calls, import_=calls.import_calls),
        Kind("goals", export=goals.export_goals, import_=goals.import_goals),
        Kind("sickleave", export=sickleave.export_sickleave, import_=sickleave.import_sickleave),
        Kind(
            "checklist",
            export=checklist.export_checklists,
            import_=checklist.import_checklists,
        ),
        Kind(
            "benchmarks",
            export=benchmarks.export_benchmarks,
            import_=benchmarks.import_benchmarks,
        ),
        Kind("org", export=org.export_org, import_=org.import_org),
    )
}


def export_kind(database: Database, kind: str, path: str | Path, **options: Any) -> int:
    """Export every record of ``kind`` to ``path`` (.csv or .xlsx); return the rows written.

    ``options`` go to the kind's exporter, e.g. ``scenario="Til"`` for ``org``.
    """
    exporter = _kind(kind).export
    if exporter is None:
        raise ImportExportError(QT_TR_NOOP("'{kind}' cannot be exported"), kind=kind)
    _check_options(kind, exporter, options, exporting=True)
    return exporter(database, Path(path), **options)


def import_kind(service: DataService, kind: str, path: str | Path, **options: Any) -> int:
    """Import ``path`` as ``kind`` through the service (so edits sync and undo); return the rows.

    ``options`` go to the kind's importer, e.g. ``replace=True`` to replace figures for periods
    the database already holds (the key-figure kinds refuse them otherwise).
    """
    importer = _kind(kind).import_
    if importer is None:
        raise ImportExportError(QT_TR_NOOP("'{kind}' cannot be imported"), kind=kind)
    _check_options(kind, importer, options)
    return importer(service, Path(path), **options)


def _check_options(
    kind: str, function: Callable[..., int], options: dict[str, Any], *, exporting: bool = False
) -> None:
    """Refuse an option the kind's importer/exporter does not take, with a message."""
    parameters = inspect.signature(function).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return
    unknown = sorted(set(options) - set(parameters))
    if unknown and exporting:
        raise ImportExportError(
            QT_TR_NOOP("exporting '{kind}' does not take --{option}"), kind=kind, option=unknown[0]
        )
    if unknown:
        raise ImportExportError(
            QT_TR_NOOP("importing '{kind}' does not take --{option}"), kind=kind, option=unknown[0]
        )


def _kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ImportExportError(
            QT_TR_NOOP("unknown kind '{name}'; known kinds: {known}"),
            name=name,
            known=", ".join(sorted(KINDS)),
        ) from None
